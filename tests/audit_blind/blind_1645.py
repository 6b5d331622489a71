"""BLIND_1645 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions, VQA colors): written blind in the sixty-
seventh session. Measured blind at 0f3a531 (the session's first rules): 50/71 failures found (70.4%) and 11/169
correct texts flagged (6.5%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed of Sarees and Lehenga Choli articles, plus a few pieces sold alone (three saree
Blouses, two Dupattas). Catalog columns as the feed has them: title, category (Myntra's article type), color (base
colour), gender (Women or Girls; left out on a few rows). Photos are the usual catalog shots: a model on a plain grey
or white backdrop, some back views (blouse tie-ups), two flat lays, a few props (a chair, a bouquet, a potli bag, a
brass thali), one head-cropped shot. Sarees are mostly shot with the matching or contrast blouse on the model.
Who wrote what: every caption comes from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
on blip2-opt-2.7b, greedy, 50 new tokens; it writes the DeepFashion template (shirt / top / long skirt, fabric and
pattern words, no hue names), sometimes with the word "saree" or "blouse" that survives from the base model. Every
answer comes from the VQA adapter (Data3_V3_BLIP2_VQA), greedy, 30 new tokens: one color question per visible piece
(saree and blouse; blouse, skirt and dupatta for lehengas), generated freely and stored open; the yes/no garment
question, the wearing question and the closed pattern / sleeve / type / garment-color questions stored as raw text;
a few material and details questions. Because the VQA adapter was trained with padding in the loss, most short
answers end cleanly, but some run on: loops of one color, or the next "Question: ... Answer:" turn of its training
format.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near shades count as
right (maroon/wine as red or maroon, teal as blue, lavender as purple, cream or off white as white, magenta as pink,
mustard as yellow); navy called black, or a hue no piece has, is a contradiction. A color that belongs to another
visible piece (the blouse given the saree's color, the dupatta given the skirt's, a solo Blouse or Dupatta given the
styling garment's color) is other_garment_color. For lehengas, "long skirt" plus a top or shirt is a fair description;
for a saree, a caption that only has "a long skirt" (no saree, no drape) is a contradiction of the article type, as
is "dress" or "shirt" answered for a saree or lehenga and "no" to "Is this a saree?". A material answer or caption
fabric that the title contradicts (denim for organza, knitted for velvet, cotton for georgette) is a contradiction;
caption fabric words the title does not address are left alone. Invented accessories, a person in a flat lay, a
zipper the photo does not show are unsupported. "He"/"his"/"gentleman" for a woman is pronoun (the one head-cropped
shot included); "the lady" for a girl is left alone. A caption cut at the 50-token limit is cut even if it also has
another problem; a caption that repeats its own sentences until the limit is loop. An answer that carries the next
prompt turn is leak; an empty answer or the question's words back is non_answer; an answer that only restates the
garment ("the saree is a saree") is restated. Wearing answers are judged by what the person wears; naming one visible
piece (skirt, saree) is right. Answers that add words but give the right value ("the color of the dupatta is white")
are left correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1645 = [
    # Photo: model on grey backdrop in a pink Banarasi saree with gold zari buttis and border, matching pink blouse
    # with gold zari on the sleeves, gold bangles. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1645-001",
        caption(
            "The lady is wearing a saree with floral patterns. She wears a short-sleeve blouse. "
            "There is an accessory on her wrist."
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        is_a("saree", "yes"),
        wearing("saree"),
        Q.pattern("floral"),
        gender="Women",
        title="Saree mall Pink & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Pink",
    ),
    # Photo: navy georgette saree with scattered sequins, navy sleeveless blouse, silver clutch in her hand (prop).
    # Caption: epoch-1 adapter, ran to 50 tokens; answers: VQA adapter. The saree reads dark but is clearly navy.
    case(
        "X1645-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. "
            "It has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure "
            "color patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "black", "contradiction", kind="open"),
        color_of("blouse", "navy blue", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("georgette"),
        gender="Women",
        title="Mitera Navy Blue Embellished Sequinned Pure Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: maroon lehenga skirt with gold embroidery, maroon blouse, a pink net dupatta over one shoulder, bangles.
    # Caption: epoch-1 adapter; answers: VQA adapter (dupatta given the skirt's maroon).
    case(
        "X1645-003",
        caption(
            "The lady wears a short-sleeve top with floral patterns and a long skirt. The skirt has floral "
            "patterns. There is an accessory on her wrist."
        ),
        color_of("blouse", "maroon", kind="open"),
        color_of("skirt", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: a girl of about eight on a white backdrop: pink flared skirt with a green border, plain green sleeveless
    # blouse with lace at the neck, pink dupatta across the body. Caption: epoch-1 adapter; answers: VQA adapter.
    case(
        "X1645-004",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with cotton fabric and color block patterns."
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of(
            "dupatta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("dress", "contradiction"),
        gender="Girls",
        title="Aarika Girls Pink & Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: flat lay, no person: the mustard saree folded to show its red-motif pallu, the red blouse piece folded
    # beside it. Caption: epoch-1 adapter (invents a lady in a shirt); answers: VQA adapter.
    case(
        "X1645-005",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline.",
            "unsupported",
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        wearing("shirt", "contradiction"),
        is_a("saree", "yes"),
        title="Saree mall Mustard Yellow & Red Ethnic Motifs Printed Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Photo: model in a gold sequinned sleeveless padded blouse (the product), styled with a plain black saree.
    # Caption: epoch-1 adapter; answers: VQA adapter (the garment-color question answered with the saree's black).
    case(
        "X1645-006",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. It has a v-shape neckline. The lower "
            "clothing is of long length with pure color patterns."
        ),
        color_of("blouse", "gold", kind="open"),
        Q.garment_type("blouse"),
        Q.sleeve_length("sleeveless"),
        Q.color("black", "other_garment_color"),
        gender="Women",
        title="Fabcartz Women Gold-Toned Sequinned Padded Saree Blouse",
        category="Blouse",
        color="Gold",
    ),
    # Photo: red bandhani-print saree with a green pallu, green short-sleeve blouse, bangles on both wrists.
    # Caption: epoch-1 adapter, cut at 50 tokens; answers: VQA adapter (the blouse answer runs into the next turn).
    case(
        "X1645-007",
        caption(
            "The lady is wearing a saree with lattice patterns. The saree is with cotton fabric. The lady wears a "
            "short-sleeve shirt. The shirt is with cotton fabric and pure color patterns. It has a round neckline. "
            "There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "red", kind="open"),
        color_of(
            "blouse",
            "green Question: What is the color of the saree? Answer: red Question: What is the color of the "
            "blouse? Answer: green",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("dotted"),
        is_a("saree", "yes"),
        gender="Women",
        title="KALINI Red & Green Bandhani Printed Saree",
        category="Sarees",
        color="Red",
    ),
    # Photo: head cropped at the chin: teal lehenga skirt and teal short-sleeve blouse, gold tissue dupatta held
    # open behind her. Caption: epoch-1 adapter ("gentleman"); answers: VQA adapter.
    case(
        "X1645-008",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long skirt.",
            "pronoun",
        ),
        color_of("blouse", "blue", kind="open"),
        color_of("skirt", "teal", kind="open"),
        color_of("dupatta", "teal", "other_garment_color", kind="open"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="panchhi Teal Blue & Gold-Toned Embroidered Semi-Stitched Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: Kerala kasavu saree, off-white cotton with a gold border, gold tissue blouse, jasmine in the hair.
    # Caption: epoch-1 adapter; answers: VQA adapter (the yes/no question loops).
    case(
        "X1645-009",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with cotton fabric. She has a "
            "short-sleeve blouse."
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "gold", kind="open"),
        Q.material("cotton"),
        wearing("saree"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sangria Off White & Gold-Toned Solid Kasavu Saree",
        category="Sarees",
        color="Off White",
    ),
    # Photo: all-peach set: peach sequinned skirt, peach sleeveless blouse, peach net dupatta.
    # Caption: epoch-1 adapter, repeats its skirt sentence to the limit; answers: VQA adapter.
    case(
        "X1645-010",
        caption(
            "The lady wears a sleeveless top with floral patterns. The top is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "The lady wears a long skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "peach", kind="open"),
        color_of("skirt", "peach", kind="open"),
        color_of(
            "dupatta",
            "peach Question: What is the color of the skirt? Answer: peach Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="KALKI Fashion Peach-Coloured Embroidered Sequinned Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: back view: magenta blouse with a tie-up dori and gold tassels, magenta saree with a gold zari border,
    # the pallu falling over the left shoulder. Caption: epoch-1 adapter (a shirt and a long skirt); answers: VQA
    # adapter (the wearing answer goes on into the next turn).
    case(
        "X1645-011",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt with pure "
            "color patterns.",
            "contradiction",
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        details("blouse", "tie-up back with tassels"),
        wearing(
            "saree Question: What is the color of the saree? Answer: pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Ishin Magenta & Gold-Toned Woven Design Zari Art Silk Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Photo: model in a plain white kurta and white palazzos with the product, a green Banarasi dupatta with gold
    # motifs, over both shoulders. Caption: epoch-1 adapter, cut; answers: VQA adapter.
    case(
        "X1645-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a scarf on her neck. The",
            "cut",
            hit_limit=True,
        ),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        Q.color("green"),
        is_a("dupatta", "no", "contradiction"),
        wearing("shirt and pants"),
        gender="Women",
        title="Dupatta Bazaar Green & Gold-Toned Ethnic Motifs Woven Design Banarasi Dupatta",
        category="Dupatta",
        color="Green",
    ),
    # Photo: grey georgette saree with black diagonal stripes, black sleeveless blouse.
    # Caption: epoch-1 adapter; answers: VQA adapter (the blouse given the saree's grey; material contradicts the
    # title's georgette).
    case(
        "X1645-013",
        caption("The saree has striped patterns. The lady wears a sleeveless blouse with pure color patterns."),
        color_of("saree", "grey", kind="open"),
        color_of("blouse", "grey", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Satrani Grey & Black Striped Georgette Saree",
        category="Sarees",
        color="Grey",
    ),
    # Photo: bridal red lehenga with heavy gold embroidery, red blouse, red dupatta with a gold border over the head,
    # necklace and bangles; hands folded under the dupatta, no ring visible. Caption: epoch-1 adapter; answers: VQA.
    case(
        "X1645-014",
        caption(
            "The lady wears a short-sleeve top with floral patterns and a long skirt with floral patterns. There "
            "is a ring on her finger. The lady has neckwear.",
            "unsupported",
        ),
        color_of("blouse", "red", kind="open"),
        color_of("skirt", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        wearing("lehenga"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Chhabra 555 Red & Gold-Toned Embroidered Semi-Stitched Bridal Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: purple Kanjeevaram saree with a contrast green-and-gold border, green blouse, gold necklace and bangles.
    # Caption: epoch-1 adapter; answers: VQA adapter (blouse given the saree's purple; wearing answer cut at 30).
    case(
        "X1645-015",
        caption(
            "The lady is wearing a saree with color block patterns. The lady wears a short-sleeve blouse. There "
            "is an accessory on her wrist. The lady has neckwear."
        ),
        color_of("saree", "purple", kind="open"),
        color_of("blouse", "purple", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        wearing(
            "a purple saree with a green border and a green blouse and a gold necklace and a gold bangle and a "
            "gold earring and a gold",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Mimosa Women Purple Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Purple",
    ),
    # Photo: navy net lehenga with silver sequins, navy sleeveless blouse, silver-grey net dupatta; dark studio light.
    # Caption: epoch-1 adapter; answers: VQA adapter (navy read as black on both pieces).
    case(
        "X1645-016",
        caption(
            "The person is wearing a sleeveless top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and graphic patterns."
        ),
        color_of("blouse", "black", "contradiction", kind="open"),
        color_of("skirt", "black", "contradiction", kind="open"),
        color_of("dupatta", "silver", kind="open"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Fabcartz Women Navy Blue & Silver-Toned Sequinned Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: orange georgette saree with pink flowers, pink short-sleeve blouse, model holding the pallu out.
    # Caption: epoch-1 adapter, cut; answers: VQA adapter.
    case(
        "X1645-017",
        caption(
            "The lady wears a saree with floral patterns. The saree is with chiffon fabric. The lady wears a "
            "short-sleeve blouse. The blouse is with chiffon fabric and pure color patterns. It has a round "
            "neckline. There is an accessory on her wrist. The lady has",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "orange", kind="open"),
        color_of("blouse", "pink", kind="open"),
        Q.pattern("floral"),
        Q.material("georgette"),
        wearing("saree"),
        gender="Women",
        title="Vishudh Orange & Pink Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Orange",
    ),
    # Photo: a girl in a yellow skirt with gota border, pink short-sleeve blouse, yellow dupatta, white backdrop.
    # Caption: epoch-1 adapter; answers: VQA adapter (blouse given the skirt's yellow; "yes" to dress).
    case(
        "X1645-018",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The lady wears a long skirt. The skirt "
            "is with cotton fabric and floral patterns."
        ),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        wearing("skirt and top"),
        is_a("dress", "yes", "contradiction"),
        gender="Girls",
        title="BAESD Girls Yellow & Pink Embroidered Ready to Wear Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: sea-green plain saree with a sequinned border, matching blouse, a bouquet of pink roses in her hands.
    # Caption: epoch-1 adapter (the bouquet becomes a bag); answers: VQA adapter.
    case(
        "X1645-019",
        caption("The lady is wearing a saree with pure color patterns. She is holding a bag.", "unsupported"),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        is_a("saree", "yes"),
        Q.pattern("solid"),
        describe("saree", "the saree is a saree", "restated"),
        gender="Women",
        title="Anouk Sea Green Solid Saree with Sequinned Border",
        category="Sarees",
        color="Sea Green",
    ),
    # Photo: mustard lehenga skirt with a maroon border, maroon short-sleeve blouse, mustard dupatta.
    # Caption: epoch-1 adapter, cut; answers: VQA adapter (dupatta loops).
    case(
        "X1645-020",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a v-shape neckline. The lady wears a long skirt. The skirt is with cotton fabric and color block "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "red", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of(
            "dupatta",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("lehenga choli"),
        gender="Women",
        title="Koskii Women Mustard Yellow & Maroon Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: black Chanderi saree with a silver zari border, black blouse with silver piping.
    # Caption: epoch-1 adapter; answers: VQA adapter, right but for the details answer cut at 30 tokens.
    case(
        "X1645-021",
        caption(
            "The lady wears a saree with pure color patterns. She wears a short-sleeve blouse with pure color patterns."
        ),
        color_of("saree", "black", kind="open"),
        color_of("blouse", "black", kind="open"),
        wearing("She is wearing a black saree."),
        Q.material("cotton"),
        details(
            "saree",
            "the saree has a silver zari border on the pallu and the hem, the blouse has silver piping on the "
            "sleeves and the neckline, and the",
            "cut",
            hit_limit=True,
        ),
        title="SOCH Black & Silver-Toned Zari Border Chanderi Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: lavender embroidered lehenga skirt, lavender sleeveless blouse, white net dupatta.
    # Caption: epoch-1 adapter; answers: VQA adapter (the dupatta answer came back empty).
    case(
        "X1645-022",
        caption(
            "The lady wears a sleeveless top with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. There is an accessory on her wrist."
        ),
        color_of("blouse", "purple", kind="open"),
        color_of("skirt", "purple", kind="open"),
        color_of("dupatta", "", "non_answer", kind="open"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Warthy Ent Lavender Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: cream organza saree with gold floral embroidery, cream sleeveless blouse, bangles.
    # Caption: epoch-1 adapter; answers: VQA adapter (material "denim"; the saree called a dress).
    case(
        "X1645-023",
        caption(
            "The lady is wearing a saree with floral patterns. She wears a sleeveless blouse. There is an "
            "accessory on her wrist."
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "white", kind="open"),
        Q.material("denim", "contradiction"),
        wearing("a white dress", "contradiction"),
        gender="Women",
        title="Mitera Cream-Coloured & Gold-Toned Floral Embroidered Organza Saree",
        category="Sarees",
        color="Cream",
    ),
    # Photo: model in a maroon velvet elbow-sleeve padded blouse (the product) with a beige saree.
    # Caption: epoch-1 adapter (knitted fabric for velvet); answers: VQA adapter.
    case(
        "X1645-024",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with knitted fabric. It "
            "has a round neckline.",
            "contradiction",
        ),
        color_of("blouse", "maroon", kind="open"),
        Q.garment_type("blouse"),
        Q.sleeve_length("short"),
        Q.color("beige", "other_garment_color"),
        gender="Women",
        title="Salwar Studio Women Maroon Velvet Padded Saree Blouse",
        category="Blouse",
        color="Maroon",
    ),
    # Photo: blue-and-white leheriya (diagonal wave) saree, plain white short-sleeve blouse.
    # Caption: epoch-1 adapter; answers: VQA adapter (blouse given the saree's blue).
    case(
        "X1645-025",
        caption(
            "The lady is wearing a saree with striped patterns. She wears a short-sleeve blouse with pure color "
            "patterns. There is an accessory on her wrist."
        ),
        color_of("saree", "blue and white", kind="open"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        is_a("saree", "yes"),
        gender="Women",
        title="KALINI Blue & White Leheriya Printed Saree",
        category="Sarees",
        color="Blue",
    ),
    # Photo: rust lehenga skirt with gold embroidery, rust short-sleeve blouse, beige dupatta.
    # Caption: epoch-1 adapter, repeats the skirt sentence to the limit; answers: VQA adapter. Answers all right.
    case(
        "X1645-026",
        caption(
            "The lady wears a short-sleeve top with floral patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and floral patterns. The lady wears a long skirt. The skirt is with cotton fabric "
            "and floral patterns. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "orange", kind="open"),
        color_of("skirt", "orange", kind="open"),
        color_of("dupatta", "beige", kind="open"),
        wearing("lehenga"),
        gender="Women",
        title="Shaily Women Rust Orange Embroidered Semi-Stitched Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Rust",
    ),
    # Photo: green chiffon saree with small white flowers, matching green sleeveless blouse.
    # Caption: epoch-1 adapter ("He"); answers: VQA adapter. Answers all right.
    case(
        "X1645-027",
        caption(
            "The lady is wearing a saree with floral patterns. The saree is with chiffon fabric. He is wearing a "
            "sleeveless blouse.",
            "pronoun",
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Saree mall Green Floral Printed Chiffon Saree",
        category="Sarees",
        color="Green",
    ),
    # Photo: model twirling in a pink silk lehenga with gold zari checks, gold short-sleeve blouse, pink dupatta.
    # Caption: epoch-1 adapter; answers: VQA adapter (blouse given the skirt's pink; details says nothing).
    case(
        "X1645-028",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and lattice patterns."
        ),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt is a long skirt", "restated"),
        gender="Women",
        title="Kvsfab Pink & Gold-Toned Zari Woven Design Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: rani pink patola-print saree with orange geometric motifs, orange short-sleeve blouse.
    # Caption: epoch-1 adapter, cut; answers: VQA adapter (sleeves called long).
    case(
        "X1645-029",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. "
            "There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "orange", kind="open"),
        Q.pattern("geometric"),
        wearing("saree"),
        Q.sleeve_length("long", "contradiction"),
        gender="Women",
        title="Sangria Women Rani Pink & Orange Patola Printed Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Photo: sea-green lehenga skirt with pink floral embroidery, pink sleeveless blouse, pink dupatta.
    # Caption: epoch-1 adapter; answers: VQA adapter (skirt given the pink of the top; wearing leaks the next turn).
    case(
        "X1645-030",
        caption("The lady wears a sleeveless top with floral patterns and a long skirt with floral patterns."),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        wearing(
            "a long skirt and a sleeveless top Question: What is the color of the skirt? Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Rajnandini Women Sea Green & Pink Embroidered Semi-Stitched Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: peach net saree with silver sequins, silver sleeveless blouse, model leaning on a wooden chair (prop).
    # Caption: epoch-1 adapter (a shirt and a long skirt); answers: VQA adapter ("no" to saree).
    case(
        "X1645-031",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. It has a v-shape neckline. The lady "
            "wears a long skirt with graphic patterns.",
            "contradiction",
        ),
        color_of("saree", "peach", kind="open"),
        color_of("blouse", "silver", kind="open"),
        is_a("saree", "no", "contradiction"),
        Q.material("net"),
        gender="Women",
        title="Ishin Women Peach & Silver-Toned Embellished Net Saree",
        category="Sarees",
        color="Peach",
    ),
    # Photo: model in a plain white kurta and churidar with the product, a mustard bandhani dupatta with a gota
    # border, over one shoulder. Caption: epoch-1 adapter; answers: VQA adapter (the kurta's color and pattern).
    case(
        "X1645-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The lady wears long pants. She has a scarf."
        ),
        color_of("dupatta", "yellow", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color", "contradiction"),
        is_a("dupatta", "yes"),
        gender="Women",
        title="Anouk Women Mustard Yellow Bandhani Dupatta with Gota Patti Border",
        category="Dupatta",
        color="Mustard",
    ),
    # Photo: wine velvet lehenga skirt and long-sleeve blouse with zardozi flowers, gold net dupatta.
    # Caption: epoch-1 adapter; answers: VQA adapter (dupatta loops on the skirt's color).
    case(
        "X1645-033",
        caption(
            "The lady wears a long-sleeve top with floral patterns and a long skirt with floral patterns. There "
            "is an accessory on her wrist."
        ),
        color_of("blouse", "maroon", kind="open"),
        color_of("skirt", "maroon", kind="open"),
        color_of(
            "dupatta",
            "maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.material("velvet"),
        gender="Women",
        title="Inddus Women Wine Embroidered Velvet Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Photo: white Bengal tant cotton saree with a red border, red blouse, model holding a brass thali (prop).
    # Caption: epoch-1 adapter; answers: VQA adapter. All right.
    case(
        "X1645-034",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with cotton fabric. She wears a "
            "short-sleeve blouse."
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "red", kind="open"),
        wearing("a white saree with a red border"),
        is_a("saree", "yes"),
        Q.pattern("pure color"),
        gender="Women",
        title="Mitera White & Red Woven Design Tant Cotton Saree",
        category="Sarees",
        color="White",
    ),
    # Photo: flat lay, no person: blue girls' lehenga skirt, gold short-sleeve blouse, blue dupatta laid out on white.
    # Caption: epoch-1 adapter (invents a lady); answers: VQA adapter. Gender column missing in the feed.
    case(
        "X1645-035",
        caption(
            "The lady wears a short-sleeve top with graphic patterns and a long skirt. The skirt is with cotton "
            "fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("blouse", "gold", kind="open"),
        color_of("skirt", "blue", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        is_a("skirt", "yes"),
        title="Bitiya by Bhama Girls Blue & Gold-Toned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: black georgette saree with a pink sequinned border, pink sleeveless blouse.
    # Caption: epoch-1 adapter; answers: VQA adapter (blouse given the saree's black; pattern says nothing).
    case(
        "X1645-036",
        caption(
            "The lady wears a saree with pure color patterns. The lady wears a sleeveless blouse. The blouse is "
            "with chiffon fabric and pure color patterns. It has a sweetheart neckline."
        ),
        color_of("saree", "black", kind="open"),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        Q.pattern("pattern", "non_answer"),
        wearing("black saree"),
        gender="Women",
        title="Saree mall Black & Pink Embellished Sequinned Georgette Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: green leheriya lehenga skirt with gold gota, green short-sleeve blouse, yellow dupatta.
    # Caption: epoch-1 adapter; answers: VQA adapter (dupatta given the green of the skirt).
    case(
        "X1645-037",
        caption(
            "The lady wears a short-sleeve top with striped patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and striped patterns."
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        gender="Women",
        title="KALINI Women Green & Gold-Toned Leheriya Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: back view: royal-blue art silk saree, pleated pallu over the shoulder, blue short-sleeve blouse with a
    # deep back and gold latkans. Caption: epoch-1 adapter (sleeveless, long skirt); answers: VQA adapter.
    case(
        "X1645-038",
        caption(
            "The person wears a sleeveless top with pure color patterns. The person wears a long skirt with pure "
            "color patterns.",
            "contradiction",
        ),
        color_of("saree", "blue", kind="open"),
        color_of("blouse", "blue", kind="open"),
        Q.sleeve_length("short-sleeve"),
        wearing("the person is wearing", "non_answer"),
        gender="Women",
        title="SOCH Women Blue Art Silk Saree with Zari Border",
        category="Sarees",
        color="Blue",
    ),
    # Photo: black lehenga skirt with a red embroidered border, red short-sleeve blouse, red dupatta.
    # Caption: epoch-1 adapter, cut; answers: VQA adapter (skirt given the red of the other pieces).
    case(
        "X1645-039",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. "
            "There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "red", kind="open"),
        color_of("skirt", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        is_a("skirt", "yes"),
        gender="Women",
        title="LOOKNBOOK ART Women Black & Red Embroidered Semi-Stitched Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Photo: lime-green organza saree, matching lime-green sleeveless blouse, a small gold potli bag in her hand.
    # Caption: epoch-1 adapter (the bag is really there); answers: VQA adapter (blouse called yellow).
    case(
        "X1645-040",
        caption(
            "The lady is wearing a saree with pure color patterns. She wears a sleeveless blouse. The lady is "
            "holding a bag."
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "yellow", "contradiction", kind="open"),
        Q.material("organza"),
        is_a("saree", "yes"),
        gender="Women",
        title="Tikhi Imli Women Lime Green Solid Organza Saree",
        category="Sarees",
        color="Lime Green",
    ),
    # Photo: off-white lehenga skirt with a pink floral print, pink sleeveless blouse, off-white dupatta, bangles.
    # Caption: epoch-1 adapter ("his wrist"); answers: VQA adapter. Answers all right.
    case(
        "X1645-041",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and floral patterns. There is an accessory on his wrist.",
            "pronoun",
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "white", kind="open"),
        color_of("dupatta", "the color of the dupatta is white", kind="open"),
        Q.pattern("floral"),
        gender="Women",
        title="House of Pataudi Women Off White & Pink Printed Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Photo: maroon saree with beige kalamkari motifs, beige short-sleeve blouse.
    # Caption: epoch-1 adapter; answers: VQA adapter (details loops).
    case(
        "X1645-042",
        caption(
            "The lady is wearing a saree with floral patterns. The saree is with cotton fabric. She wears a "
            "short-sleeve blouse. There is an accessory on her wrist."
        ),
        color_of("saree", "maroon", kind="open"),
        color_of("blouse", "beige", kind="open"),
        details(
            "saree",
            "the saree has a floral print and a floral print and a floral print and a floral print and a floral "
            "print and a floral print and",
            "loop",
            hit_limit=True,
        ),
        wearing("saree"),
        gender="Women",
        title="Kvsfab Maroon & Beige Kalamkari Printed Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Photo: all-purple set with mirror work: purple skirt, purple short-sleeve blouse, purple dupatta.
    # Caption: epoch-1 adapter; answers: VQA adapter (the dupatta answer carries the next turn, then stops).
    case(
        "X1645-043",
        caption("The lady wears a short-sleeve top with graphic patterns and a long skirt with graphic patterns."),
        color_of("blouse", "purple", kind="open"),
        color_of("skirt", "purple", kind="open"),
        color_of("dupatta", "purple Question: What is the color of the skirt? Answer: purple", "leak", kind="open"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Rajnandini Women Purple & Silver Mirror Work Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Photo: back view: model in a black sequinned short-sleeve blouse (the product) with a deep back and a tie-up
    # dori, plain black saree. Caption: epoch-1 adapter; answers: VQA adapter (type "shirt", an invented zipper).
    case(
        "X1645-044",
        caption("The lady wears a short-sleeve shirt with graphic patterns. It has a round neckline."),
        color_of("blouse", "black", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("short"),
        details("blouse", "the blouse has a zipper on the back", "unsupported"),
        gender="Women",
        title="Salwar Studio Women Black Sequinned Readymade Saree Blouse",
        category="Blouse",
        color="Black",
    ),
    # Photo: yellow Paithani saree with a green peacock border and pallu, green short-sleeve blouse, necklace, rings.
    # Caption: epoch-1 adapter, cut; answers: VQA adapter (the wearing answer runs on to the limit).
    case(
        "X1645-045",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. It has a round neckline. The lady wears "
            "a long skirt with floral patterns. There is an accessory on her wrist. There is a ring on her finger. "
            "The lady has neckwear. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "green", kind="open"),
        Q.material("silk"),
        wearing(
            "a yellow saree with a green border and a green blouse with a green border and a green blouse with a "
            "green border and a green",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Yellow & Green Woven Design Zari Pure Silk Paithani Saree",
        category="Sarees",
        color="Yellow",
    ),
]
