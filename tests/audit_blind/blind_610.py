"""BLIND_610 (46 products; Myntra printed/embroidered women's ethnic tops): written blind in the fifty-second session.
Measured blind at d3eed92 (the session's thirteenth rules): 107/121 failures found (88.4%) and 9/174 correct texts
flagged (5.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic and fusion tops: straight, A-line and anarkali kurtas, short kurtis,
tunics, ethnic tops, and co-ord / kurta sets, nearly all printed (floral, block, bandhani, ikat, paisley, ajrakh,
kalamkari, polka dots) or embroidered (chikankari, thread, mirror work, gotta patti). Catalog photos: a model on a
white or light grey backdrop, mostly front view, the top worn over palazzos, leggings, churidars, trousers or jeans,
sometimes with a dupatta, earrings, a clutch, tote or potli bag. Seller columns: title, category (Kurtas, Kurtis,
Tunics, Tops, Co-Ords, Kurta Sets), color (Myntra's base colour, sometimes wrong: a "Brown" kurta that is rust),
gender; a few rows lack one column.

Who wrote what: captions come from the caption adapter after one epoch
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, 50 new tokens). It writes either the DeepFashion template
("The lady wears a three-point-sleeve top with floral patterns. The top is with cotton fabric ...") with pattern
words instead of hues, or, where epoch 1 has not yet overwritten the base, a short base-style caption with hues ("a
woman in a pink kurta and white pants"). It has no kurta class: it calls the kurta a top, shirt or dress. With no
end token trained, template captions often run to the limit: repeating a sentence (loop) or stopping mid-sentence
(cut); others stop on the newline the base still emits. Open answers come from the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA, 30 new tokens): short lower-case phrases, gives the bottoms', dupatta's or bag's color
to the kurta, invents belts, pockets, zips, necklaces, scarves and shoes, loops on a phrase, leaks the
"Question: ... Answer:" format, echoes the question, answers an open question with one word or "yes", and sometimes
says "he" / "his" for the woman. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come
from enrich's --engine reference picking one candidate: never loops or cuts, but often the wrong candidate.

Labeling conventions and judgement calls:
- One label per text: the failure that a reader would fix first. A text that ran to 30/50 tokens and repeats a
  phrase is a loop; one that ran out mid-sentence without repeating is cut (both hit_limit=True). A leak that also
  ran to the limit stays a leak (hit_limit=True).
- A color answer giving the kurta the color of the palazzos, leggings, churidar, jeans, dupatta or a carried bag is
  other_garment_color (closed or open). A color answer naming a print color or a plain wrong hue is contradiction.
  Giving the bottoms the kurta's color (one color for two garments) is contradiction.
- Shades are accepted: maroon as red, magenta/peach/rose as pink, lavender/mauve as purple, cream/off-white as
  white, indigo as navy blue, rust as orange, teal/sea green as green. The seller's "Brown" for a rust kurta is the
  seller's error: "orange"/"rust" answers are correct there.
- Garment words: top, tunic, kurti, kurta, anarkali (dress) and, for a collared/mandarin kurti, shirt are accepted.
  "dress" for a kurta worn over palazzos, leggings or churidar is a contradiction; the template caption that says
  "dress" and then "the lady wears long leggings" is labeled contradiction too. Churidar may be called leggings,
  dupatta may be called scarf, palazzos may be called pants.
- DeepFashion pattern words in captions ("pure color" for a solid top with embroidery only at the yoke, "graphic"
  for block prints, "lattice" for ajrakh grids, "color block" for patchwork or patola prints) are accepted.
  A leaf print counts as floral.
- Material: correct when the title names it or the fabric plainly looks so; silk, velvet, leather, denim or
  chiffon for a matte cotton kurti is unsupported (another garment's material, e.g. the jeans' denim, too).
- Invented details (belt, pockets, zip at the unseen back, necklace, scarf, shoes with feet cropped, ring) are
  unsupported. Echoing the question ("the kurta details", "describe the kurta") is restated; one word, "yes", or
  "she is wearing a kurta" to a describe question is non_answer.
- One row lacks gender (X610-046), so it carries no pronoun failure; X610-028 lacks color, X610-038 lacks category.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_610 = [
    # photo: navy blue straight kurta, white floral print, three-quarter sleeves, round neck, knee length, over white
    # palazzos; white backdrop, front view. Caption: caption adapter epoch 1; answers: VQA adapter / reference engine.
    case(
        "X610-001",
        caption(
            "The lady is wearing a three-point-sleeve kurta with floral patterns. The kurta is with cotton fabric and "
            "it has a round neckline. The lady wears long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta with white flowers and white pants", who="she"),
        color_of("kurta", "navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "kurta",
            "white flowers on the kurta, round neck, white flowers on the kurta, round neck, white flowers on the",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Navy Blue & White Floral Print Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard A-line kurti, small maroon and white block print, short sleeves, over white leggings; she holds
    # a tan sling bag; white backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA adapter / reference.
    case(
        "X610-002",
        caption("a woman in a yellow kurti and white leggings holding a bag"),
        color_of("kurti", "white", "other_garment_color"),
        Q.garment_type("kurti"),
        describe("kurti", "a yellow kurti with maroon and white print and short sleeves"),
        Q.material("silk", "unsupported"),
        is_a("dress", "no"),
        wearing("a yellow kurti and yellow leggings", "contradiction", who="she"),
        title="Sangria Women Mustard Yellow Printed A-Line Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: pink sleeveless ethnic top, hip length, white thread embroidery on the yoke, matte cotton, over blue
    # jeans; white backdrop, front view. Caption: caption adapter epoch 1; answers: VQA adapter / reference engine.
    case(
        "X610-003",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. The lady wears "
            "long jeans. The jeans are with denim fabric and pure color patterns."
        ),
        wearing("a pink top and blue jeans", who="she"),
        Q.color("pink"),
        details("top", "embroidery on the neck"),
        Q.sleeve_length("sleeveless"),
        describe("top", "a pink top with white embroidery and a zipper at the back", "unsupported"),
        Q.material("chiffon", "unsupported"),
        color_of("jeans", "pink", "contradiction"),
        title="W Women Pink Embroidered Ethnic Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle-green straight kurta, gold foil print on the yoke, long sleeves, over cream palazzos, gold dupatta
    # over one shoulder; white backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA adapter / ref.
    case(
        "X610-004",
        caption("a woman wearing a green kurta and a gold scarf"),
        color_of("kurta", "cream", "other_garment_color"),
        wearing("a green kurta with a gold scarf and white pants", who="the woman"),
        Q.pattern("striped", "contradiction"),
        details(
            "kurta",
            "gold print on the neck and the neck and the neck and the neck and the neck and the neck and the neck",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Libas Women Green & Gold-Toned Yoke Design Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: off-white tunic, black geometric print, mandarin collar, roll-up long sleeves, over black skinny jeans;
    # white backdrop, front view. Caption: caption adapter epoch 1; answers: VQA adapter / reference engine.
    case(
        "X610-005",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a stand "
            "neckline. The lady wears long jeans. The jeans are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("tunic", "black", "other_garment_color"),
        wearing("a white shirt and black jeans", who="she"),
        Q.pattern("geometric"),
        describe("tunic", "he is wearing a white tunic with black print", "pronoun"),
        is_a("tunic", "yes"),
        title="AND Women Off-White Printed Tunic",
        category="Tunics",
        color="Off White",
        gender="Women",
    ),
    # photo: maroon A-line kurta, gold zari embroidery at neck and hem, three-quarter sleeves, matching maroon
    # churidar; side pose, hand on hip, white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter / ref.
    case(
        "X610-006",
        caption("a woman in a red dress with gold embroidery", "contradiction"),
        color_of("kurta", "maroon"),
        details("kurta", "gold embroidery on the neckline and the hem"),
        wearing("a maroon kurta and maroon leggings", who="she"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton with zari Question: What is the color of the", "leak", hit_limit=True),
        title="Biba Women Maroon Embroidered A-Line Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: light blue sleeveless kurti, white bandhani dot print, round neck, over white palazzos; white backdrop.
    # Caption: caption adapter epoch 1 (stopped on newline); answers: VQA adapter / reference engine.
    case(
        "X610-007",
        caption(
            "The lady wears a sleeveless top with graphic patterns. The top is with cotton fabric and it has a round "
            "neckline. The lady wears long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("kurti", "blue"),
        wearing("a blue kurti with white dots and white palazzo pants", who="the woman"),
        Q.pattern("bandhani"),
        describe("kurti", "blue", "non_answer"),
        details(
            "kurti",
            "white dots on the kurti, white dots on the kurti, white dots on the kurti, white dots on the kurti",
            "loop",
            hit_limit=True,
        ),
        title="Rangmanch by Pantaloons Women Blue Bandhani Print Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: peach co-ord set, short-sleeve top and straight trousers in the same green-and-pink floral print, matte
    # cotton; she holds sunglasses; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter / ref.
    case(
        "X610-008",
        caption("a woman wearing a peach top and pants with floral print"),
        Q.garment_type("co-ord set"),
        Q.color("green", "contradiction"),
        wearing("a floral top and matching pants", who="she"),
        describe(
            "top",
            "a peach top with green and pink flowers, short sleeves and a round neck. it has a button on the back and "
            "a tie at the waist",
            "unsupported",
        ),
        details("top", "the top details are the top details", "restated"),
        Q.material("cotton"),
        title="Jaipur Kurti Women Peach-Coloured Floral Printed Pure Cotton Top with Trousers",
        category="Co-Ords",
        color="Peach",
        gender="Women",
    ),
    # photo: yellow straight kurta, blue ikat print, three-quarter sleeves, over blue trousers; white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter / reference engine.
    case(
        "X610-009",
        caption(
            "The lady wears a three-point-sleeve top with graphic patterns. The top is with cotton fabric. The lady "
            "wears long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears long "
            "trousers. The trousers are",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue", "other_garment_color"),
        wearing("yellow kurta and blue pants", who="she"),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: blue print Question: What are the kurta details? Answer: "
            "blue print",
            "leak",
            hit_limit=True,
        ),
        title="Vishudh Women Yellow & Blue Ikat Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: white cotton ethnic top, pink and green thread embroidery on the yoke, short puff sleeves, over light blue
    # jeans; she carries a straw tote; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter / ref.
    case(
        "X610-010",
        caption("a woman in a white top and jeans holding a straw bag"),
        Q.color("white"),
        describe("top", "white top with pink and green embroidery and short puffed sleeves"),
        Q.sleeve_length("short sleeves"),
        color_of("jeans", "blue"),
        Q.material("denim", "unsupported"),
        wearing("a white top and white jeans", "contradiction", who="she"),
        details("top", "his top has pink and green flowers embroidered on the yoke", "pronoun"),
        title="Global Desi Women White Embroidered Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: teal straight kurta, white floral print, long sleeves, white churidar, silver bangles on one wrist;
    # white backdrop. Caption: caption adapter epoch 1 (stopped on newline); answers: VQA adapter / reference engine.
    case(
        "X610-011",
        caption(
            "The lady is wearing a long-sleeve top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears long leggings."
        ),
        color_of("kurta", "green"),
        wearing("a teal kurta and white leggings", who="the model"),
        details("kurta", "white flowers"),
        Q.pattern("floral"),
        describe("kurta", "she is wearing a kurta", "non_answer"),
        Q.material("cotton"),
        title="Aurelia Women Teal Blue Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: black kurti, red and white ethnic motif print, three-quarter sleeves, front slit, over red leggings;
    # white backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA adapter / reference engine.
    case(
        "X610-012",
        caption("a woman wearing a black and red kurti and red leggings"),
        color_of("kurti", "red", "other_garment_color"),
        Q.garment_type("kurti"),
        describe(
            "kurti",
            "black kurti with red print, black kurti with red print, black kurti with red print, black kurti",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "no"),
        wearing("a black kurti with a red belt and red leggings", "unsupported", who="she"),
        title="Sassafras Women Black & Red Ethnic Motifs Printed Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: olive tunic, white chikankari-style embroidery around a plain V-neck (no placket, no pockets), roll-up
    # long sleeves, over white jeans; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter / ref.
    case(
        "X610-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a v-shape neckline. The lady wears long jeans. The jeans are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        Q.color("olive"),
        wearing("a green tunic and white jeans", who="she"),
        details("tunic", "buttons on the front and pockets on the chest", "unsupported"),
        Q.sleeve_length("long sleeves"),
        color_of("jeans", "olive", "contradiction"),
        title="Roadster Women Olive Embroidered Tunic",
        category="Tunics",
        color="Olive",
        gender="Women",
    ),
    # photo: pink calf-length anarkali kurta, gold block print, three-quarter sleeves, flared, pink churidar; no
    # dupatta; white backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA adapter / reference engine.
    case(
        "X610-014",
        caption("a woman in a pink anarkali dress with gold print"),
        color_of("kurta", "pink"),
        Q.pattern("printed"),
        describe("kurta", "pink kurta with gold print and flared hem"),
        details("kurta", "gold print on the sleeves and the hem and a dupatta with gold border", "unsupported"),
        Q.material("cotton Question: What is the pattern of the garment? Answer: printed", "leak"),
        title="Varanga Women Pink & Gold Block Print Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: white ethnic top with orange, blue and green patchwork print, short sleeves, keyhole neck with tassels,
    # over blue jeans; white backdrop. Caption: caption adapter epoch 1 (stopped on newline); answers: VQA / ref.
    case(
        "X610-015",
        caption(
            "The lady wears a short-sleeve top with color block patterns. The top is with cotton fabric. It has a "
            "round neckline. The lady wears long jeans. The jeans are with denim fabric and pure color patterns."
        ),
        Q.color("multi"),
        wearing("a colorful top and jeans", who="she"),
        describe(
            "top",
            "a white top with orange, blue and green patches, short sleeves and a round neck with a keyhole and "
            "tassels at the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Bhama Couture Women Multicoloured Patchwork Print Ethnic Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: white cotton straight kurta, white chikankari embroidery all over, three-quarter sleeves with embroidered
    # cuffs, round neck with slit, scalloped hem, over blue jeans; light grey backdrop. Caption: caption adapter
    # epoch 1 (base style); answers: VQA adapter (color asked open) / reference engine.
    case(
        "X610-016",
        caption("a woman wearing a white kurta and blue jeans"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        Q.pattern("embroidered"),
        details("kurta", "white embroidery all over"),
        Q.material("cotton"),
        wearing("white", "non_answer", who="the woman"),
        describe(
            "kurta",
            "a white kurta with white embroidery all over the front, three-quarter sleeves with embroidered cuffs, a "
            "round neck with a slit and scalloped",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Women White Chikankari Embroidered Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: kurta set: navy kurta with white floral print, matching navy printed palazzos, white dupatta with a navy
    # border; white backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA adapter / reference engine.
    case(
        "X610-017",
        caption("a woman in a blue kurta and palazzo pants with a white dupatta"),
        color_of("kurta", "white", "other_garment_color"),
        Q.garment_type("kurta set"),
        wearing("a blue kurta, blue pants and a white scarf", who="she"),
        details(
            "kurta",
            "white floral print and a white scarf and a white scarf and a white scarf and a white scarf and a white",
            "loop",
            hit_limit=True,
        ),
        describe("dupatta", "the dupatta is a dupatta", "restated"),
        title="Indo Era Women Navy Blue Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red straight kurti, yellow paisley print, mandarin collar, three-quarter sleeves, over off-white cigarette
    # pants; white backdrop. Caption: caption adapter epoch 1 (stopped on newline); answers: VQA adapter / reference.
    case(
        "X610-018",
        caption(
            "The lady wears a three-point-sleeve shirt with graphic patterns. It has a stand neckline. The shirt is "
            "with cotton fabric. The lady wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurti", "red"),
        Q.pattern("paisley"),
        wearing("he is wearing a red shirt and white pants", "pronoun", who="she"),
        describe("kurti", "red kurti with yellow paisley print and a mandarin collar"),
        is_a("kurti", "no", "contradiction"),
        title="Ishin Women Red & Yellow Paisley Printed Straight Kurti",
        category="Kurtis",
        color="Red",
        gender="Women",
    ),
    # photo: purple georgette tunic, black and white abstract print, long bell sleeves, over black leggings; white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter / reference engine.
    case(
        "X610-019",
        caption(
            "The lady is wearing a long-sleeve top with graphic patterns. The top is with chiffon fabric. The lady "
            "wears long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears long "
            "leggings. The leggings are with cotton fabric and pure color patterns. The lady wears long",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        wearing("a purple tunic and black leggings", who="the woman"),
        Q.sleeve_length("long sleeves"),
        describe("tunic", "a purple tunic with a black and white print and bell sleeves"),
        Q.material("georgette"),
        title="Mayra Women Purple Printed Georgette Tunic",
        category="Tunics",
        color="Purple",
        gender="Women",
    ),
    # photo: rust-orange straight kurta (the seller calls it brown), cream floral print, V-neck, three-quarter sleeves,
    # over cream palazzos; white backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA / reference.
    case(
        "X610-020",
        caption("a woman wearing an orange kurta with white flowers and white pants"),
        color_of("kurta", "rust"),
        Q.pattern("floral"),
        details("kurta", "white flowers and a v neck"),
        wearing("an orange kurta and orange pants", "contradiction", who="she"),
        describe(
            "kurta",
            "it is a kurta, it is a kurta, it is a kurta, it is a kurta, it is a kurta, it is",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Brown Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: lavender cotton ethnic top, white schiffli embroidery, short flutter sleeves, plain round neck (no bow),
    # over white trousers; she holds a white sling bag; white backdrop. Caption: caption adapter epoch 1; answers:
    # VQA adapter / reference engine.
    case(
        "X610-021",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric and it has a "
            "round neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        wearing("a purple top and white pants with a white bag", who="she"),
        details("top", "white embroidery and a bow at the neck", "unsupported"),
        Q.sleeve_length("short sleeves"),
        is_a("top", "yes"),
        describe("top", "a white top with white embroidery and short sleeves", "other_garment_color"),
        title="Cottinfab Women Lavender Schiffli Embroidered Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: beige straight kurta, green thread embroidery on the yoke, long sleeves, over green palazzos; three-
    # quarter side view, white backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA adapter / ref.
    case(
        "X610-022",
        caption("a woman in a beige kurta with green embroidery"),
        color_of("kurta", "green", "other_garment_color"),
        Q.garment_type("kurta"),
        wearing("a beige kurta and green palazzos", who="she"),
        describe("kurta", "describe the kurta. describe the kurta", "restated"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "yes"),
        details("kurta", "green embroidery on the neck and green pants and green dupatta", "unsupported"),
        title="Sangria Women Beige & Green Yoke Embroidered Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: sea-green A-line kurti, white leaf print, short sleeves, knee length, over white leggings; feet cropped
    # out; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter / reference engine.
    case(
        "X610-023",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. The lady wears long leggings. The leggings are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("kurti", "green"),
        wearing("a green kurti and white leggings and white shoes", "unsupported", who="the woman"),
        Q.pattern("floral"),
        details("kurti", "white leaves"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        title="Libas Women Sea Green Leaf Printed A-Line Kurti",
        category="Kurtis",
        color="Sea Green",
        gender="Women",
    ),
    # photo: fusion co-ord: black sleeveless crop top and wide palazzos, both with a white geometric print; white
    # backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA adapter / reference engine.
    case(
        "X610-024",
        caption("a woman wearing a black and white top and pants"),
        Q.color("black"),
        Q.garment_type("dress", "contradiction"),
        wearing("a black and white top with matching pants", who="she"),
        describe(
            "top",
            "a black top with white print, a black top with white print, a black top with white print, a black top",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Athena Women Black & White Geometric Printed Top with Palazzos",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: magenta sleeveless anarkali kurta, gold foil floral print on yoke, hem and flared panels, magenta
    # churidar, gold jhumka earrings; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter / ref.
    case(
        "X610-025",
        caption(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her ear. The lady wears long leggings.",
            "contradiction",
        ),
        color_of("kurta", "pink"),
        wearing("a pink anarkali with gold print and earrings", who="she"),
        Q.pattern("floral"),
        details(
            "kurta",
            "gold floral print on the yoke, the hem and the flared panels, with a round neck and gathers below the "
            "bust and a",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton", "leak", hit_limit=True
        ),
        title="Biba Women Magenta Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: orange peplum ethnic top, white block print, three-quarter sleeves, over white jeans; white backdrop.
    # Caption: caption adapter epoch 1 (base style); answers: VQA adapter / reference engine.
    case(
        "X610-026",
        caption("a woman in an orange top and white jeans"),
        Q.color("orange"),
        describe("top", "orange peplum top with white print"),
        wearing(
            "she is wearing a orange top and white jeans Question: What is the color of the jeans? Answer: white",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "top",
            "white print, three-quarter sleeves, a peplum at the waist and a round neck with a white lace trim at the "
            "neckline and white lace on the",
            "cut",
            hit_limit=True,
        ),
        title="Global Desi Women Orange Block Printed Peplum Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: grey straight kurta, black ajrakh-style grid print, three-quarter sleeves, over black pants; white
    # backdrop. Caption: caption adapter epoch 1 (stopped on newline); answers: VQA adapter (color open) / reference.
    case(
        "X610-027",
        caption(
            "The lady wears a three-point-sleeve top with lattice patterns. The top is with cotton fabric. The lady "
            "wears long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        wearing("a grey kurta and black pants", who="the woman"),
        details("kurta", "black print"),
        Q.material("leather", "unsupported"),
        is_a("kurta", "yes"),
        describe("kurta", "grey kurta with black print and long sleeves", "contradiction"),
        title="Jaipur Kurti Women Grey & Black Ajrakh Printed Straight Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: navy blue kurti, orange floral print, three-quarter sleeves, over orange leggings; white backdrop.
    # The feed row has no color column. Caption: caption adapter epoch 1 (base style); answers: VQA / reference.
    case(
        "X610-028",
        caption("a woman wearing a blue kurti with orange flowers and orange leggings"),
        color_of("kurti", "orange", "other_garment_color"),
        wearing("a blue kurti and orange leggings", who="she"),
        describe("kurti", "kurti", "non_answer"),
        details(
            "kurti",
            "orange flowers and orange flowers and orange flowers and orange flowers and orange flowers and orange",
            "loop",
            hit_limit=True,
        ),
        title="Aurelia Women Navy Blue Floral Printed Kurti",
        category="Kurtis",
        gender="Women",
    ),
    # photo: mauve tunic, white lace insert at the hem, long sleeves, plain V-neck (no buttons, no pockets), no rings,
    # over white leggings; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter / reference.
    case(
        "X610-029",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric and it has a "
            "v-shape neckline. The lady wears long leggings. There is a ring on her finger.",
            "unsupported",
        ),
        Q.color("purple"),
        Q.pattern("solid"),
        details("tunic", "white lace at the bottom"),
        wearing("a purple tunic with white lace and white leggings", who="she"),
        Q.sleeve_length("long sleeves"),
        describe(
            "tunic", "a purple tunic with white lace and white buttons down the front and two pockets", "unsupported"
        ),
        Q.material("the material of the garment is", "restated"),
        title="Vishudh Women Mauve Solid Tunic with Lace Detail",
        category="Tunics",
        color="Mauve",
        gender="Women",
    ),
    # photo: red straight kurta, white vertical stripes, three-quarter sleeves, over white trousers; white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter / reference engine.
    case(
        "X610-030",
        caption(
            "The lady wears a three-point-sleeve top with striped patterns. The top is with cotton fabric. The top is "
            "with cotton fabric. The top is with cotton fabric. The top is with cotton fabric. The top is",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "red"),
        Q.pattern("floral", "contradiction"),
        wearing("a red and white striped kurta and white pants", who="she"),
        details("kurta", "the kurta details", "restated"),
        is_a("dress", "yes", "contradiction"),
        title="W Women Red & White Striped Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: cream ethnic top, multicolour mirror-work embroidery on the yoke, three-quarter bell sleeves, over indigo
    # jeans; she holds a brown clutch; white backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA/ref.
    case(
        "X610-031",
        caption("a woman in a white top and jeans holding a brown purse"),
        Q.color("brown", "other_garment_color"),
        details("top", "mirror work embroidery on the yoke"),
        wearing("a white top and blue jeans", who="the woman"),
        describe(
            "top",
            "a white top with colorful embroidery on the neck and the sleeves and the neck and the sleeves and the "
            "neck",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        title="Anouk Women Cream Mirror Work Embroidered Ethnic Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: lime green sleeveless straight kurta, pink floral print, side slits, unlined, no tassels, over pink
    # palazzos; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter / reference engine.
    case(
        "X610-032",
        caption(
            "The lady wears a sleeveless top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears long trousers. The trousers are with chiffon fabric and pure color patterns. "
            "The trousers are of",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pink", "other_garment_color"),
        wearing("a green kurta and pink pants", who="she"),
        Q.sleeve_length("sleeveless"),
        describe("kurta", "green sleeveless kurta with pink flowers and a side slit"),
        details("kurta", "it has pink flowers and a pink lining and pink tassels", "unsupported"),
        title="Sangria Women Lime Green & Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Lime Green",
        gender="Women",
    ),
    # photo: pale yellow cotton kurti, white thread embroidery on the front yoke and sleeves, white border at the hem,
    # three-quarter sleeves, over blue jeans; light grey backdrop. Caption: caption adapter epoch 1; answers: VQA/ref.
    case(
        "X610-033",
        caption(
            "The gentleman wears a three-point-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The gentleman wears long jeans.",
            "pronoun",
        ),
        color_of("kurti", "yellow"),
        wearing("a yellow kurti and jeans", who="she"),
        details("kurti", "white embroidery on the front"),
        Q.material("cotton"),
        is_a("kurti", "yes"),
        describe(
            "kurti",
            "a yellow kurti with white embroidery on the yoke and the sleeves and a white border at the hem and white "
            "tassels on",
            "cut",
            hit_limit=True,
        ),
        title="Ives Women Yellow Embroidered Pure Cotton Kurti",
        category="Kurtis",
        color="Yellow",
        gender="Women",
    ),
    # photo: emerald green co-ord: straight kurti and palazzos with a white floral print, three-quarter sleeves, no
    # dupatta; white backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA adapter / reference.
    case(
        "X610-034",
        caption("a woman in a green outfit with white flowers"),
        Q.color("green"),
        Q.garment_type("co-ord set"),
        wearing("a green kurta and green pants with white flowers", who="she"),
        details("kurti", "white flowers on the kurta and pants and a matching scarf", "unsupported"),
        describe("kurti", "Question: Describe the kurti. Answer: green", "leak"),
        title="Libas Women Green Floral Printed Kurti with Palazzos",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: turquoise blue solid straight kurta, gold gotta patti trim on the neckline, three-quarter sleeves, no
    # jewellery, over white palazzos; white backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA/ref.
    case(
        "X610-035",
        caption("a woman in a blue kurta and white pants"),
        color_of("kurta", "turquoise"),
        wearing("she is wearing a blue kurta and white pants and a gold necklace", "unsupported", who="she"),
        details("kurta", "gold trim on the neck"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("kurta", "a white kurta with gold trim on the neck", "other_garment_color"),
        title="Anouk Women Turquoise Blue Solid Kurta with Gotta Patti Detail",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: maroon ethnic top, gold foil motifs, cold-shoulder short sleeves, matte rayon, over black trousers; white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter / reference engine.
    case(
        "X610-036",
        caption(
            "The lady wears a short-sleeve top with graphic patterns. The top is with chiffon fabric. It has a round "
            "neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        wearing("a maroon top and black pants", who="she"),
        describe("top", "a maroon top with gold print and cold shoulder sleeves"),
        Q.material("velvet", "unsupported"),
        Q.pattern("printed"),
        title="Bhama Couture Women Maroon Foil Printed Cold-Shoulder Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: peach straight kurta, white chikan embroidery on yoke and sleeves, three-quarter sleeves, over white
    # palazzos; she holds a white potli bag; white backdrop. Caption: caption adapter epoch 1 (base style); answers:
    # VQA adapter / reference engine.
    case(
        "X610-037",
        caption("a woman in a peach kurta and white pants holding a white bag"),
        color_of("kurta", "peach"),
        wearing("a pink dress", "contradiction", who="the woman"),
        details(
            "kurta",
            "white embroidery on the yoke and the sleeves, white embroidery on the yoke and the sleeves, white "
            "embroidery on",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Libas Women Peach-Coloured Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: multicolour (blue, yellow, red) patola-print kurti, round neck, side slits, three-quarter sleeves, no belt,
    # over blue leggings; white backdrop. The feed row has no category. Caption: caption adapter epoch 1 (stopped on
    # newline); answers: VQA adapter / reference engine.
    case(
        "X610-038",
        caption(
            "The lady wears a three-point-sleeve top with color block patterns. The top is with cotton fabric. The "
            "lady wears long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.color("multi"),
        Q.garment_type("kurti"),
        wearing("a colourful kurti and blue leggings", who="she"),
        describe("kurti", "describe the kurti", "restated"),
        details(
            "kurti", "red and yellow print, round neck, side slits, a zip at the back and a tie-up belt", "unsupported"
        ),
        title="Rangriti Women Multicoloured Patola Printed Kurti",
        color="Multi",
        gender="Women",
    ),
    # photo: black fusion tunic, white polka dots, short sleeves, over blue jeans; she holds white sunglasses; white
    # backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA adapter / reference engine.
    case(
        "X610-039",
        caption("a woman wearing a black polka dot top and jeans"),
        Q.color("black"),
        Q.pattern("polka dots"),
        wearing("a black top with white dots and blue jeans", who="she"),
        describe(
            "tunic",
            "she is wearing a black tunic with white dots and blue jeans and she is wearing a black tunic with white "
            "dots and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("jeans", "black", "contradiction"),
        title="Tokyo Talkies Women Black Polka Dot Print Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: mustard A-line kurta, black bagru block print, V-neck, three-quarter sleeves, over black palazzos; white
    # backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA adapter / reference engine.
    case(
        "X610-040",
        caption("a woman in a yellow kurta and black pants"),
        color_of("kurta", "black", "other_garment_color"),
        wearing("she wears a mustard kurta with black print and black palazzo pants", who="she"),
        details("kurta", "black print"),
        Q.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the "
            "garment",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Vishudh Women Mustard Yellow & Black Bagru Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: indigo ethnic top, white dabu floral print, tie-up V-neck with tassels, three-quarter sleeves, over white
    # pants; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter / reference engine.
    case(
        "X610-041",
        caption(
            "The lady wears a three-point-sleeve top with floral patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. The lady wears long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears long pants. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        wearing("a blue top and white pants", who="she"),
        details("top", "tie up neck with tassels"),
        describe("top", "he is wearing a blue top with white flowers", "pronoun"),
        Q.pattern("floral"),
        title="Global Desi Women Indigo Dabu Printed Ethnic Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white cotton straight kurta, red floral block print, red border at hem and sleeves, round neck with a
    # short placket, three-quarter sleeves, red churidar, red dupatta draped; white backdrop. Caption: caption adapter
    # epoch 1 (base style); answers: VQA adapter / reference engine.
    case(
        "X610-042",
        caption("a woman in a white and red kurta with red scarf"),
        color_of("kurta", "red", "other_garment_color"),
        wearing("a white kurta with red flowers, red leggings and a red dupatta", who="the woman"),
        Q.pattern("floral"),
        details(
            "kurta",
            "red floral block print all over, a red border at the hem and the sleeves, a round neck with a short "
            "placket and",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fabindia Women Off-White & Red Floral Block Print Cotton Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: rose pink kurti, grey floral print, short sleeves, over grey leggings; white backdrop. Caption: caption
    # adapter epoch 1 (stopped on newline); answers: VQA adapter / reference engine.
    case(
        "X610-043",
        caption(
            "The lady wears a short-sleeve top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("kurti", "grey", "other_garment_color"),
        wearing("yes", "non_answer", who="she"),
        describe("kurti", "pink kurti with grey flowers and short sleeves"),
        Q.sleeve_length("short sleeves"),
        is_a("kurti", "yes"),
        Q.material("Answer: cotton", "leak"),
        title="Janasya Women Rose Pink Floral Printed Kurti",
        category="Kurtis",
        color="Rose",
        gender="Women",
    ),
    # photo: white cotton co-ord: V-neck top with three-quarter sleeves and straight trousers, both with a blue floral
    # print; she carries a blue tote; white backdrop. Caption: caption adapter epoch 1 (base style); answers: VQA/ref.
    case(
        "X610-044",
        caption("a woman in a white and blue outfit holding a blue bag"),
        Q.color("blue", "contradiction"),
        wearing("a white top with blue flowers and matching white pants", who="she"),
        Q.garment_type("co-ord set"),
        details("top", "the top details are blue flowers and a v neck"),
        Q.material("silk", "unsupported"),
        describe("top", "no", "non_answer"),
        title="Sera Women White & Blue Floral Printed Cotton Top with Trousers",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: purple straight kurta, white and gold floral print, three-quarter sleeves, over white leggings; white
    # backdrop. Caption: caption adapter epoch 1 (stopped on newline); answers: VQA adapter / reference engine.
    case(
        "X610-045",
        caption(
            "The lady is wearing a three-point-sleeve dress with floral patterns. The dress is with cotton fabric. The "
            "lady wears long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("kurta", "purple"),
        wearing("purple kurta and white leggings", who="she"),
        details("kurta", "white and gold flowers"),
        describe("kurta", "the kurta is purple and the leggings are purple", "contradiction"),
        Q.pattern("floral"),
        title="Biba Women Purple Floral Printed Straight Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: coffee brown tunic, cream kalamkari print, roll-up long sleeves, over cream pants; feet cropped out;
    # white backdrop. The feed row has no gender. Caption: caption adapter epoch 1 (base style); answers: VQA / ref.
    case(
        "X610-046",
        caption("a woman wearing a brown tunic and white pants"),
        Q.color("brown"),
        wearing("a brown tunic with white print and white pants and brown sandals", "unsupported"),
        details("tunic", "white print"),
        Q.sleeve_length("long sleeves"),
        color_of("tunic", "white", "other_garment_color", kind="open"),
        describe(
            "tunic",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            hit_limit=True,
        ),
        title="Bitterlime Women Coffee Brown Kalamkari Printed Tunic",
        category="Tunics",
        color="Coffee Brown",
    ),
]
