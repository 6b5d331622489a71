"""BLIND_553 (46 products; Myntra women's ethnic and fusion night run): written blind in the fifty-first session.
Measured blind at 8b31c59 (the session's third rules): 100/122 failures found (82.0%) and 18/178 correct texts flagged
(10.1%). The writer's notes, verbatim:

Scenario: an overnight enrichment run over a Myntra women's ethnic and fusion feed: kurtas, kurtis, kurta sets with
palazzos, trousers, churidars or sharara, tunics over jeans or leggings, ethnic co-ords, sarees with blouses,
dupattas and ethnic jackets sold on their own. Mostly studio shots on white, grey or beige backdrops, a few
lifestyle shots (garden, café, balcony, wooden door, street, terrace with lights). Catalog columns are the seller's:
title, category (article type), color (base colour), gender; one row has no gender, as real feeds sometimes do.

Who wrote what: captions come from the caption-only LoRA adapter (epoch 1) with 50 new tokens. It writes the
DeepFashion template ("The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton
fabric..."), never names a hue, calls kurtas "dress" or "shirt", splits a saree into a shirt and a lower clothing,
and, trained without an end token, often runs to the limit: cut mid-sentence, or going round the same sentences.
Sometimes it still stops on the newline the base model learned. The open questions (What is the woman wearing?
Describe the kurta/saree/jacket. What are the kurta details? What is the color of the dupatta / palazzos /
blouse?) and the material question are answered by the untuned base blip2-opt-2.7b, 30 new tokens, greedy: short
lowercase answers, one color repeated for several garments, invented details (pockets, zips, tassels, belts),
now and then the `Question: ... Answer:` format continued, a bare word, a tautology, a "he" for the model. The
closed questions (garment type, color, pattern, sleeve length, Is this a saree?) come from enrich's reference
engine, one candidate value each, so they never loop or stop short but can pick the wrong candidate.

Labeling conventions and judgement calls:
- Labels follow the photo as described in each comment; where the seller's color is wrong for the photo (X553-023,
  seller "Brown" on a rust-orange kurta) an answer that matches the photo is correct.
- Shades of one family count as the same color: maroon/burgundy/red, navy/indigo/cobalt/blue, teal/turquoise/blue,
  mustard/yellow, off white/cream/white, peach/magenta/pink, lavender/mauve/lilac/purple, olive/mint/sea green/green,
  rust/orange. Giving a color from another color family is a failure.
- other_garment_color when the wrong color is exactly the color of another garment worn in the photo (palazzos,
  leggings, jeans, blouse, dupatta, the kurta under a jacket); contradiction when the wrong color belongs to nothing
  worn (a wall, a lamp, a print's thread) or a type, pattern, sleeve length or material is wrong.
- Garment words: the template's "dress" for a kurta, anarkali or saree, "shirt" for a kurti, tunic or saree blouse,
  "pants/trousers" for palazzos, churidar, leggings and sharara, "scarf" for a dupatta, "top" for a kurti, and
  "outer clothing" for a jacket or dupatta are accepted. A closed garment type naming the garment worn with the
  product (kurta for a dupatta or palazzos sold on their own) is a contradiction of the seller's category.
- Material: a single plausible fabric word is correct when the title names no fabric and the look fits; a fabric
  that differs from the title's fabric, or the other garment's fabric (denim of the jeans), is a contradiction; a
  fabric the photo's look rules out, or added claims (origin, blend, care, "imported from"), is unsupported.
- A caption cut at the 50-token limit is "cut" (hit_limit) even when what came before is right; a caption that
  starts its own first sentences again before the limit is "loop" (hit_limit). Base answers that ran to 30 tokens
  are marked hit_limit too. One label per text: the most visible failure.
- non_answer: a bare word, yes/no, "nothing", a generic definition of the garment, or the garment's name alone.
  restated: a sentence that only gives the question back ("the kurta details are the kurta details").
- pronoun: "he", "his", "a man", "the gentleman" for a product whose gender is Women.
- Leaks: the answer carries on into "Question: ... Answer: ..." (or starts with it); labeled leak even where the
  leaked answer happens to be right.
- A pack of two kurtis shown on two models: an answer describing one of the two is accepted.
- Backdrops and props named correctly (wooden door, tote bag, coffee cup) are correct answers, not failures.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length


def woman(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


def open_color(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def saree():
    return is_a("saree", "no")


BLIND_553 = [
    # photo: studio, white backdrop; pink straight kurta with white floral block print, three-quarter sleeves, round
    # neck; white palazzos; pink dupatta with white polka dots over one shoulder. Caption: caption LoRA epoch 1;
    # open answers and material: base OPT-2.7b; closed color: reference engine.
    case(
        "X553-001",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The pants the lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        woman("a pink kurta with white flowers and white palazzo pants"),
        describe("kurta", "the kurta is pink with a white floral print"),
        open_color("palazzos", "pink", "other_garment_color"),
        open_color("dupatta", "pink with white dots"),
        material("it is made of pure cotton cambric and is hand block printed in jaipur", "unsupported"),
        color("pink"),
        title="Libas Women Pink & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: studio, white backdrop; solid mustard yellow straight kurta, mandarin collar, three-quarter sleeves,
    # worn with white churidar leggings; front view. Caption: caption LoRA ep1 (stopped on its own); open answers and
    # material: base OPT-2.7b; color, pattern, garment type: reference engine.
    case(
        "X553-002",
        caption(
            "The female wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and it "
            "has a stand neckline. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        woman("a yellow kurta and white leggings"),
        describe("kurta", "yellow Question: What is the color of the leggings? Answer: white", "leak"),
        details("kurta", "it has a mandarin collar and three quarter sleeves"),
        color("white", "other_garment_color"),
        pattern("solid"),
        material("cotton"),
        title="W Women Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: studio, light grey backdrop; navy blue flared anarkali kurta with gold foil print, full sleeves; navy
    # churidar; navy dupatta with gold border draped on both arms. Caption: caption LoRA ep1; open answers: base
    # OPT-2.7b; saree and sleeve questions: reference engine.
    case(
        "X553-003",
        caption(
            "The woman is wearing a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. The dress is with chiffon fabric and graphic patterns. "
            "The dress is with chiffon fabric and graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        woman("a blue dress with gold print"),
        describe("kurta", "the kurta is a long flowing anarkali style with a gold print"),
        open_color("dupatta", "navy blue with a gold border"),
        details("kurta", "it has gold embroidery on the neckline and sleeves and a zip at the back", "unsupported"),
        saree(),
        sleeves("long sleeves"),
        title="Anouk Women Navy Blue & Gold-Toned Foil Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lifestyle, garden with a clipped hedge behind; sea green georgette kurta with white thread embroidery at
    # the yoke, long sleeves, V-neck; sea green sharara; white organza dupatta. Caption: caption LoRA ep1; open and
    # material: base OPT-2.7b; pattern: reference engine.
    case(
        "X553-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        woman("a green kurta and sharara"),
        describe("kurta", "the kurta is green with white embroidery around the neck"),
        open_color("dupatta", "green", "other_garment_color"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        material("georgette"),
        pattern("embroidered"),
        title="Biba Women Sea Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: studio, white backdrop; white cotton tunic with blue schiffli embroidery and a scalloped cutwork hem,
    # short sleeves, round neck; blue skinny jeans; white sneakers; front view. Caption: caption LoRA ep1 (stopped);
    # open answers and material: base OPT-2.7b; color and pattern: reference engine.
    case(
        "X553-005",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        woman("a white top and blue jeans"),
        describe("tunic", "the tunic is white with a scalloped hem and cutwork"),
        details("tunic", "it has short sleeves, a round neck, and a button on the back", "unsupported"),
        color("blue", "other_garment_color"),
        material("denim", "contradiction"),
        pattern("embroidered"),
        title="AKS Women White Schiffli Embroidered Pure Cotton Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: studio, beige backdrop; red Banarasi saree with gold zari border and small gold woven motifs, pallu over
    # the left shoulder; red blouse with gold trim, elbow sleeves; gold jhumkas. Caption: caption LoRA ep1; open and
    # material: base OPT-2.7b; saree, color, pattern: reference engine.
    case(
        "X553-006",
        caption(
            "The lady wears a sleeveless dress with complicated patterns. The dress is with chiffon fabric. The dress "
            "is of long length. The lady wears a ring. There is an accessory on her wrist. The lady wears a ring. "
            "There is an accessory on her wrist. The",
            "loop",
            hit_limit=True,
        ),
        woman("a red saree with a gold border"),
        describe("saree", "the saree is red with gold border and gold designs"),
        open_color("blouse", "red"),
        is_a("saree", "yes"),
        material("cotton", "contradiction"),
        color("red"),
        pattern("solid", "contradiction"),
        title="Mitera Red & Gold-Toned Silk Blend Woven Design Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: studio, white backdrop; the product is a magenta bandhani dupatta with gold gota border, draped over a
    # plain white long-sleeve kurta worn with white leggings. Caption: caption LoRA ep1; open and material: base
    # OPT-2.7b; garment type: reference engine.
    case(
        "X553-007",
        caption(
            "The woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants the woman wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. The woman wears a",
            "cut",
            hit_limit=True,
        ),
        woman("a white kurta and a pink scarf"),
        open_color("dupatta", "white", "other_garment_color"),
        describe("dupatta", "the dupatta is pink with white dots and a gold border"),
        garment_type("kurta", "contradiction"),
        material("Question: What material is the dupatta made of? Answer: silk", "leak"),
        title="Dupatta Bazaar Women Magenta Bandhani Dupatta with Gota Patti",
        category="Dupatta",
        color="Magenta",
        gender="Women",
    ),
    # photo: studio, white backdrop; the product is a maroon sleeveless longline ethnic jacket with gold brocade,
    # open front with no fastening, worn over an off-white long-sleeve kurta and off-white palazzos. Caption: caption
    # LoRA ep1 (stopped); open answers: base OPT-2.7b; color, sleeves, garment type: reference engine.
    case(
        "X553-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. This lady "
            "also wears an outer clothing, with cotton fabric and complicated patterns. The pants the lady wears is "
            "of long length."
        ),
        woman("a white kurta and a red jacket"),
        describe("jacket", "the jacket is maroon with gold design"),
        details("jacket", "it has two pockets and gold buttons down the front", "unsupported"),
        color("off white", "other_garment_color"),
        sleeves("sleeveless"),
        title="Sangria Women Maroon Woven Design Longline Ethnic Jacket",
        category="Ethnic Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: lifestyle, stone steps with potted plants; rust co-ord: short-sleeve V-neck top with white ethnic motif
    # print, long enough to cover the waist, matching rust straight trousers. Caption: caption LoRA ep1 (stopped); open
    # and material: base OPT-2.7b; color and pattern: reference engine.
    case(
        "X553-009",
        caption(
            "The female wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has "
            "a V-shape neckline. The trousers the female wears is of long length. The trousers are with cotton fabric "
            "and graphic patterns."
        ),
        woman("an orange top and matching pants"),
        describe("top", "it is an orange top with a white pattern"),
        details(
            "top",
            "the top has a v-neck and short sleeves and the pants have a drawstring waist and side pockets",
            "unsupported",
        ),
        color("orange"),
        pattern("striped", "contradiction"),
        material("cotton"),
        title="Jaipur Kurti Women Rust Ethnic Motifs Printed Top with Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: lifestyle, café, seated on a bench holding a coffee cup; lavender short kurti with white chikankari
    # embroidery, elbow sleeves, round neck; white jeans. Caption: caption LoRA ep1; open and material: base OPT-2.7b;
    # color and sleeves: reference engine.
    case(
        "X553-010",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        woman("she is wearing a purple top and white jeans"),
        describe("kurta", "the kurta is purple with white embroidery"),
        details("kurta", "it has white embroidery all over and a keyhole neckline with tassels", "unsupported"),
        material("polyester", "contradiction"),
        color("purple"),
        sleeves("sleeveless", "contradiction"),
        title="Ada Women Lavender Chikankari Hand Embroidered Pure Cotton Kurti",
        category="Kurtis",
        color="Lavender",
        gender="Women",
    ),
    # photo: studio, white backdrop; black straight kurta with red-and-gold floral print at yoke and hem border, long
    # sleeves; black palazzos; red dupatta. Caption: caption LoRA ep1 (stopped, but "gentleman"); open answers: base
    # OPT-2.7b; color: reference engine.
    case(
        "X553-011",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        woman("a black kurta with red flowers and black pants"),
        describe("kurta", "it is black with a red border at the bottom"),
        details("kurta", "the kurta details are", "restated"),
        open_color("dupatta", "black", "other_garment_color"),
        open_color("palazzos", "black"),
        color("black"),
        title="Anubhutee Women Black & Red Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: studio, white backdrop; teal A-line kurta with white geometric print, three-quarter sleeves, round neck;
    # white straight trousers; no accessories. Caption: caption LoRA ep1; open answers: base OPT-2.7b; color, pattern,
    # garment type: reference engine.
    case(
        "X553-012",
        caption(
            "The lady wears a medium-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is round. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        woman("a blue and white dress and sunglasses", "unsupported"),
        details(
            "kurta",
            "round neck and three quarter sleeves Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        describe("kurta", "kurta", "non_answer"),
        color("teal"),
        pattern("floral", "contradiction"),
        garment_type("kurta"),
        title="Sangria Women Teal & White Geometric Printed A-Line Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: lifestyle, pastel pink wall; peach anarkali kurta with gold gota embroidery on the yoke, long sheer
    # sleeves; peach palazzos; peach dupatta. Caption: caption LoRA ep1; open and material: base OPT-2.7b; sleeves and
    # saree: reference engine.
    case(
        "X553-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The lady wears a "
            "long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        woman("a peach colored dress"),
        open_color("dupatta", "peach"),
        describe("kurta", "it is a long flowing dress with gold embroidery on the yoke"),
        material("georgette"),
        sleeves("short sleeves", "contradiction"),
        is_a("saree", "yes", "contradiction"),
        title="Indo Era Women Peach-Coloured Embroidered Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: studio, white backdrop; indigo cotton straight kurta with white dabu floral print, three-quarter sleeves,
    # V-neck with white piping; white palazzos; oxidised silver jhumkas. Caption: caption LoRA ep1 (stopped); open and
    # material: base OPT-2.7b; color: reference engine.
    case(
        "X553-014",
        caption(
            "The female wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The pants the female wears is of long length. The pants are with cotton fabric and "
            "pure color patterns."
        ),
        woman("he is wearing a blue kurta and white pants", "pronoun"),
        describe("kurta", "blue with white flowers"),
        details("kurta", "it has a v-neck with a white piping"),
        material("cotton"),
        color("white", "other_garment_color"),
        title="Fabindia Women Indigo Dabu Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: studio, white backdrop; matte olive green kurta with mirror work on the yoke, long sleeves, V-neck; olive
    # trousers; multicoloured printed dupatta (red, yellow, blue). Caption: caption LoRA ep1 (stopped); open and
    # material: base OPT-2.7b; color: reference engine.
    case(
        "X553-015",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. This lady also wears a",
            "cut",
            hit_limit=True,
        ),
        woman("a green kurta and pants with a colorful scarf"),
        details("kurta", "mirror work on the neck"),
        open_color("dupatta", "green", "other_garment_color"),
        color("olive"),
        material("velvet", "unsupported"),
        title="Libas Women Olive Green Mirror Work Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: lifestyle, balcony with a railing and plants; yellow chiffon saree with small floral print and a plain
    # self border, no sequins; yellow sleeveless blouse. Caption: caption LoRA ep1 (stopped); open and material: base
    # OPT-2.7b; saree and pattern: reference engine.
    case(
        "X553-016",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The dress is "
            "of long length.",
            "contradiction",
        ),
        woman("a yellow saree"),
        is_a("saree", "yes"),
        open_color("blouse", "yellow"),
        describe("saree", "it is a yellow saree with a floral print and a sequined border", "unsupported"),
        details("saree", "saree", "non_answer"),
        material("chiffon"),
        pattern("floral"),
        title="Saree mall Yellow Floral Printed Poly Chiffon Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: studio, white backdrop, barefoot; white kurta with pink-and-green floral print, square neck,
    # three-quarter sleeves; white sharara in the same print; pink dupatta. Caption: caption LoRA ep1; open answers:
    # base OPT-2.7b (details ran to 30 tokens); color: reference engine.
    case(
        "X553-017",
        caption(
            "The woman is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is square. The lower clothing is of long length. The fabric is cotton and it has floral "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        woman("a white dress with flowers"),
        open_color("dupatta", "pink"),
        color("pink", "other_garment_color"),
        describe("kurta", "white with pink and green flowers"),
        details(
            "kurta",
            "the kurta is white with pink flowers, the sharara is white with pink flowers, the dupatta is pink, the "
            "kurta is white with pink flowers, the",
            "loop",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women White & Pink Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: studio, white backdrop; magenta straight kurta with gold foil print all over, long sleeves, round neck;
    # gold-toned palazzos. Caption: caption LoRA ep1 (stopped); open answers: base OPT-2.7b; sleeves and pattern:
    # reference engine.
    case(
        "X553-018",
        caption(
            "Her shirt has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants the "
            "lady wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        woman("pink", "non_answer"),
        open_color("palazzos", "gold"),
        describe("kurta", "it is pink with gold print"),
        sleeves("long sleeves"),
        pattern("solid", "contradiction"),
        title="Varanga Women Magenta & Gold-Toned Foil Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: lifestyle, standing in front of a carved wooden door; beige straight kurta with brown ikat print, round
    # neck, three-quarter sleeves, side slits; beige trousers. Caption: caption LoRA ep1 (stopped); open and material:
    # base OPT-2.7b; color: reference engine.
    case(
        "X553-019",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        woman("a beige kurta standing in front of a wooden door"),
        describe("kurta", "it's beige with a brown pattern"),
        details("kurta", "it has a round neck, three quarter sleeves, and side slits"),
        color("brown", "contradiction"),
        material("it is made of linen and cotton blend which is imported from italy", "unsupported"),
        title="Aurelia Women Beige Ikat Printed Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: studio, dark grey backdrop; dark green velvet kurta with gold zari embroidery, long sleeves, V-neck,
    # straight back with no ties; green trousers; green organza dupatta with a gold border. Caption: caption LoRA ep1;
    # open and material: base OPT-2.7b; sleeves and saree: reference engine.
    case(
        "X553-020",
        caption(
            "The woman wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The pants the woman wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        woman("a green dress"),
        material("velvet"),
        open_color("dupatta", "green"),
        describe("kurta", "the kurta is a traditional indian garment", "non_answer"),
        details("kurta", "it has gold embroidery and a tie-up back with latkans", "unsupported"),
        sleeves("long sleeves"),
        title="House of Pataudi Women Green Velvet Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: lifestyle, city street; white short kurti with blue floral print, long sleeves, round neck; blue jeans;
    # brown sling bag. Caption: caption LoRA ep1; open and material: base OPT-2.7b; color: reference engine.
    case(
        "X553-021",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        woman("she is wearing a white kurti with blue flowers and blue jeans"),
        describe("kurta", "a white top with blue flowers and a brown bag"),
        details("kurta", "it has a front pocket and a contrast belt at the waist", "unsupported"),
        color("blue", "other_garment_color"),
        material("cotton"),
        title="Global Desi Women White & Blue Floral Print Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: studio, white backdrop; gold tissue saree with a wide maroon border, pleats in front; maroon blouse with
    # elbow sleeves. Caption: caption LoRA ep1 (stopped); open and material: base OPT-2.7b; saree and color: reference.
    case(
        "X553-022",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lower "
            "clothing is of long length. The fabric is chiffon and it has pure color patterns."
        ),
        woman("a gold saree and a maroon blouse"),
        open_color("blouse", "gold", "other_garment_color"),
        is_a("saree", "yes"),
        material("silk"),
        describe("saree", "the saree is gold with a maroon border"),
        details("saree", "what are the saree details? the saree details", "restated"),
        color("gold"),
        title="Kalamandir Gold-Toned & Maroon Zari Tissue Saree",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: studio, white backdrop; rust-orange straight kurta with small white buttis, long sleeves, round neck
    # (the seller calls it Brown; it is plainly orange); white palazzos. Caption: caption LoRA ep1 (stopped); open
    # answers: base OPT-2.7b; color: reference engine.
    case(
        "X553-023",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The pants are "
            "of long length. The pants are with cotton fabric and pure color patterns."
        ),
        woman("an orange kurta and white pants"),
        color("orange"),
        open_color("palazzos", "orange", "other_garment_color"),
        describe("kurta", "the kurta is orange with white dots"),
        details("kurta", "round neck, long sleeves Question: what is the fabric? Answer: cotton", "leak"),
        title="Rangriti Women Brown Printed Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: studio, white backdrop; black georgette kurta with silver sequin work, long sheer sleeves; black
    # sharara; black net dupatta with sequins. Caption: caption LoRA ep1; open and material: base OPT-2.7b; sleeves:
    # reference engine.
    case(
        "X553-024",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The "
            "dress is of long length. The dress is with chiffon fabric. The dress is of long length. The dress is "
            "with chiffon fabric. The dress is",
            "loop",
            hit_limit=True,
        ),
        woman("a black dress with silver sequins"),
        open_color("dupatta", "black"),
        sleeves("sleeveless", "contradiction"),
        material("georgette"),
        describe(
            "kurta",
            "it is a black kurta with a sharara and dupatta Question: What is the color of the sharara? Answer: black",
            "leak",
        ),
        details("kurta", "nothing", "non_answer"),
        title="Lavish Alley Women Black Sequinned Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: lifestyle, garden with flower beds; the product is white flared palazzos with a lace hem, worn with a
    # pastel pink elbow-sleeve kurta. Caption: caption LoRA ep1 (stopped); open answers: base OPT-2.7b; color and
    # garment type: reference engine.
    case(
        "X553-025",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The pants the lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        woman("a pink top and white pants"),
        open_color("palazzos", "pink", "other_garment_color"),
        color("white"),
        garment_type("kurta", "contradiction"),
        describe("palazzos", "they are wide and flowy with lace at the bottom"),
        details("palazzos", "the palazzo details are on the palazzos", "restated"),
        title="Sztori Women White Solid Flared Palazzos with Lace Hem",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: studio, white backdrop; black-and-white striped shirt-style tunic with collar and button placket, full
    # sleeves, no belt; black leggings. Caption: caption LoRA ep1 (stopped); open and material: base OPT-2.7b;
    # pattern, color, sleeves: reference engine.
    case(
        "X553-026",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants the lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        woman("a black and white striped shirt and black leggings"),
        describe("tunic", "it is a long striped shirt with a collar and buttons down the front"),
        details("tunic", "the tunic has a collar, buttons, and a belt with a gold buckle", "unsupported"),
        pattern("striped"),
        color("black"),
        sleeves("short sleeves", "contradiction"),
        title="Rare Women Black & White Striped Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: studio, white backdrop; model with a short crop; grey-and-white checked asymmetric tunic with collar,
    # long sleeves, plain chest; black jeggings. Caption: caption LoRA ep1 (stopped, "gentleman"); open answers: base
    # OPT-2.7b; pattern, color, garment type: reference engine.
    case(
        "X553-027",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        woman("a grey and white plaid shirt and black pants"),
        describe("tunic", "it's a long plaid shirt with an uneven hem"),
        details("tunic", "it has a pointed collar, a chest pocket with a logo and roll up sleeves", "unsupported"),
        pattern("checked"),
        color("black", "other_garment_color"),
        garment_type("tunic"),
        title="Mish Women Grey Checked Asymmetric Tunic",
        category="Tunics",
        color="Grey",
        gender="Women",
    ),
    # photo: studio, white backdrop; turquoise blue rayon kurta with white printed motifs, three-quarter sleeves,
    # plain hem; white churidar; turquoise dupatta with white print; a thin bangle on the wrist. Caption: caption LoRA
    # ep1 (stopped); open and material: base OPT-2.7b; sleeves: reference engine.
    case(
        "X553-028",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The pants are of long length. There is an accessory on her wrist."
        ),
        woman("she is wearing a turquoise blue kurta and white leggings"),
        describe("kurta", "it is turquoise blue with white print and has pom pom tassels at the hem", "unsupported"),
        open_color("dupatta", "turquoise"),
        material("rayon"),
        color("green", "contradiction"),
        sleeves("three-quarter sleeves"),
        title="Vishudh Women Turquoise Blue Printed Rayon Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: lifestyle, beside a carved jharokha window; off-white chanderi kurta with gold buttis, long sleeves,
    # round neck; off-white trousers; pink dupatta with gold gota border. Caption: caption LoRA ep1; open and material:
    # base OPT-2.7b; color: reference engine.
    case(
        "X553-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The pants the lady wears is of long length. The pants are with chiffon fabric and "
            "pure color patterns. There is an accessory in",
            "cut",
            hit_limit=True,
        ),
        woman("a white kurta and a pink dupatta"),
        color("pink", "other_garment_color"),
        open_color("dupatta", "pink with a gold border"),
        describe("kurta", "it is white with gold dots and it has a round neck"),
        title="Biba Women Off-White & Pink Chanderi Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: studio, white backdrop; light blue denim kurti with white thread embroidery on yoke and cuffs, shirt
    # collar, long sleeves; white trousers. Caption: caption LoRA ep1 (stopped); open and material: base OPT-2.7b;
    # saree, color, pattern: reference engine.
    case(
        "X553-030",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has "
            "a lapel neckline. The trousers the female wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        woman("he is wearing a blue denim shirt and white pants", "pronoun"),
        material("denim"),
        details("kurta", "it has white embroidery on the yoke and sleeves"),
        color("blue"),
        pattern("striped", "contradiction"),
        title="Sera Women Blue Denim Embroidered Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: studio, white backdrop; navy blue georgette saree with pink floral print and a narrow pink border, no
    # zari; pink short-sleeve blouse. Caption: caption LoRA ep1; open and material: base OPT-2.7b; saree: reference.
    case(
        "X553-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lower "
            "clothing is of long length. The fabric is chiffon and it has floral patterns. The lady wears a "
            "short-sleeve shirt with pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        woman("a blue saree with pink flowers"),
        open_color("blouse", "blue", "other_garment_color"),
        is_a("saree", "yes"),
        color("pink", "other_garment_color"),
        material("georgette"),
        describe("saree", "it is a blue saree"),
        details("saree", "it has pink flowers and a thick gold zari border", "unsupported"),
        title="Satrani Navy Blue & Pink Floral Printed Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lifestyle, outdoor garden; lemon yellow kurta with white chikankari floral embroidery, short sleeves,
    # round neck; white palazzos. Caption: caption LoRA ep1 (stopped); open answers: base OPT-2.7b; color and sleeves:
    # reference engine.
    case(
        "X553-032",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        woman("Question: What is the woman wearing? Answer: a yellow kurta", "leak"),
        describe("kurta", "yellow with white embroidery"),
        open_color("palazzos", "white"),
        color("yellow"),
        sleeves("long sleeves", "contradiction"),
        title="Ada Women Yellow Chikankari Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: studio, white backdrop; burgundy straight kurta with a slight sheen and gold embroidery at the V-neck,
    # long sleeves; beige churidar. Caption: caption LoRA ep1 (started over, then the limit); open and material: base
    # OPT-2.7b; color: reference engine.
    case(
        "X553-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. The lady wears a long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        woman("a red kurta"),
        describe("kurta", "yes", "non_answer"),
        details("kurta", "gold embroidery on the neck"),
        color("maroon"),
        material("silk"),
        title="Soch Women Burgundy Embroidered Straight Kurta",
        category="Kurtas",
        color="Burgundy",
        gender="Women",
    ),
    # photo: lifestyle, pastel blue wall behind; lime green co-ord: short-sleeve collared shirt with white floral print
    # and button placket, matching palazzos. Caption: caption LoRA ep1 (stopped); open answers: base OPT-2.7b (details
    # ran to 30 tokens); color: reference engine.
    case(
        "X553-034",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants the lady wears is of long length. The pants are with cotton fabric and floral "
            "patterns."
        ),
        woman("a green floral shirt and matching pants"),
        color("blue", "contradiction"),
        describe("kurta", "it is a green shirt with white flowers"),
        open_color("palazzos", "green with white flowers"),
        details(
            "kurta",
            "it has a collar, short sleeves, a button placket, a curved hem, and matching palazzo pants with an "
            "elasticated waist and two",
            "cut",
            hit_limit=True,
        ),
        title="Janasya Women Lime Green Floral Printed Shirt with Palazzos Co-Ords",
        category="Co-Ords",
        color="Lime Green",
        gender="Women",
    ),
    # photo: studio, white backdrop; the product is a sheer white chiffon dupatta with multicoloured phulkari
    # embroidery, over a plain black long-sleeve kurta and black leggings. Caption: caption LoRA ep1 (stopped); open
    # and material: base OPT-2.7b; color and garment type: reference engine.
    case(
        "X553-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. This lady "
            "also wears an outer clothing, with chiffon fabric and complicated patterns. The pants are of long length."
        ),
        woman("a black dress and a colorful scarf"),
        open_color("dupatta", "black", "other_garment_color"),
        describe("dupatta", "the dupatta has colorful embroidery all over"),
        details(
            "dupatta",
            "the dupatta has red, yellow, green, orange, pink, red, yellow, green, orange, pink, red, yellow, green, "
            "orange, pink, red",
            "loop",
            hit_limit=True,
        ),
        color("black", "other_garment_color"),
        material("phulkari is made of cotton with silk thread embroidery from punjab", "unsupported"),
        title="Dupatta Bazaar Women Multicoloured Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Multi",
        gender="Women",
    ),
    # photo: studio, white backdrop; model with a short bob; mint green kurta with white lace trims at neck and hem,
    # three-quarter sleeves, no pockets; mint palazzos; sheer mint dupatta. Caption: caption LoRA ep1 (stopped); open
    # answers: base OPT-2.7b; sleeves: reference engine.
    case(
        "X553-036",
        caption(
            "The woman wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        woman("a man wearing a green kurta and pants", "pronoun"),
        describe("kurta", "it is light green with white lace"),
        details("kurta", "it has lace on the sleeves and hem and a hidden zip pocket", "unsupported"),
        open_color("dupatta", "mint green"),
        open_color("palazzos", "white", "contradiction"),
        sleeves("three-quarter sleeves"),
        title="GoSriKi Women Mint Green Lace Detail Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: lifestyle, walking on a street with a canvas tote bag; maroon short kurti with gold block print,
    # straight hem, no pockets; blue skinny jeans. Caption: caption LoRA ep1; open and material: base OPT-2.7b; color:
    # reference engine.
    case(
        "X553-037",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory in her hand. The",
            "cut",
            hit_limit=True,
        ),
        woman("a maroon top, blue jeans and a tote bag"),
        describe("kurta", "it is maroon with gold print"),
        color("maroon"),
        material("it is made of cotton"),
        details("kurta", "the kurta has a high low hem, side pockets, and a fabric belt", "unsupported"),
        title="Aurelia Women Maroon Printed Kurti",
        category="Kurtis",
        color="Maroon",
        gender="Women",
    ),
    # photo: studio, white backdrop; white cotton saree with a broad red border (Bengal style); red short-sleeve
    # blouse. Caption: caption LoRA ep1 (stopped); open and material: base OPT-2.7b; saree and color: reference engine.
    case(
        "X553-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is cotton and it has color block "
            "patterns."
        ),
        woman("a white saree with a red border"),
        open_color("blouse", "white", "other_garment_color"),
        color("white"),
        is_a("saree", "no", "contradiction"),
        describe(
            "saree",
            "the saree is white with a red border Question: What is the color of the blouse? Answer: red",
            "leak",
        ),
        material("cotton"),
        title="Saree mall White & Red Solid Cotton Saree with Border",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: studio, white backdrop, no belt or accessories; cobalt blue kurta with white floral print, notched round
    # neck, three-quarter sleeves, straight hem; white trousers; white dupatta with blue print. Caption: caption LoRA
    # ep1 (stopped); open answers: base OPT-2.7b (palazzo color ran to 30 tokens); pattern: reference engine.
    case(
        "X553-039",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. The pants "
            "are of long length. The lady wears a belt.",
            "unsupported",
        ),
        woman("a blue and white kurta set"),
        open_color("palazzos", " ".join(["white"] * 30), "loop", hit_limit=True),
        open_color("dupatta", "white and blue"),
        describe("kurta", "blue with white flowers"),
        details("kurta", "the kurta has a notched round neck, three quarter sleeves and a straight hem"),
        title="Anouk Women Blue & White Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: lifestyle, beside a staircase with a brass lamp; mauve tiered anarkali kurta with small floral print,
    # V-neck, long sleeves; a bracelet. Caption: caption LoRA ep1; open and material: base OPT-2.7b; color: reference.
    case(
        "X553-040",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is V-shape. The dress is of long length. There is an accessory on her wrist. There is an accessory on "
            "her wrist. There is an accessory on her",
            "loop",
            hit_limit=True,
        ),
        woman("a purple dress"),
        describe("kurta", "it is a purple tiered dress with floral print"),
        details("kurta", "it has a v neck, long sleeves and it is tiered"),
        color("gold", "contradiction"),
        title="Yufta Women Mauve Printed Tiered Anarkali Kurta",
        category="Kurtas",
        color="Mauve",
        gender="Women",
    ),
    # photo: studio, white backdrop; mustard bandhani-print kurta with gota lace at the neckline, three-quarter
    # sleeves; mustard palazzos; pink dupatta. The feed row has no gender. Caption: caption LoRA ep1; open answers:
    # base OPT-2.7b; saree: reference engine.
    case(
        "X553-041",
        caption(
            "The lady wears a medium-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is round. The pants the lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. This lady also wears an",
            "cut",
            hit_limit=True,
        ),
        woman("a yellow kurta with pink dupatta"),
        open_color("dupatta", "yellow", "other_garment_color"),
        open_color("palazzos", "yellow"),
        describe(
            "kurta",
            "it has a bandhani print in yellow with small white dots all over and gotta lace at the neckline and the "
            "sleeves and it is paired with yellow palazzos and a",
            "cut",
            hit_limit=True,
        ),
        saree(),
        title="KALINI Women Mustard Bandhani Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # photo: studio, white backdrop; pack of two: two models side by side, one in a navy printed kurti, one in a pink
    # printed kurti, both long sleeves, round neck, with white jeans. Caption: caption LoRA ep1 (stopped); open answers:
    # base OPT-2.7b; color and pattern: reference engine.
    case(
        "X553-042",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        woman("a blue kurta and white jeans"),
        describe("kurta", "there are two kurtas, one is blue and one is pink"),
        details("kurta", "they are kurtas", "non_answer"),
        color("navy blue"),
        pattern("printed"),
        title="Anouk Women Pack of 2 Navy Blue & Pink Printed Kurtis",
        category="Kurtis",
        color="Multi",
        gender="Women",
    ),
    # photo: studio, white backdrop; the product is a mustard sleeveless cotton ethnic jacket with multicolour
    # embroidery, worn open over a white long-sleeve kurta and white palazzos. Caption: caption LoRA ep1; open and
    # material: base OPT-2.7b; sleeves and garment type: reference engine.
    case(
        "X553-043",
        caption(
            "The woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. This woman "
            "also wears an outer clothing, with cotton fabric and complicated patterns. The pants the woman wears is "
            "of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        woman("a white dress with a yellow jacket"),
        describe("jacket", "it is a white jacket with yellow embroidery", "other_garment_color"),
        material("it is made of wool", "contradiction"),
        sleeves("sleeveless"),
        garment_type("jacket"),
        title="Fabindia Women Mustard Embroidered Cotton Ethnic Jacket",
        category="Ethnic Jackets",
        color="Mustard",
        gender="Women",
    ),
    # photo: studio, white backdrop; cream straight kurta with thin pink vertical stripes, round neck with a slit and a
    # pink tassel tie, three-quarter sleeves; cream trousers. Caption: caption LoRA ep1 (stopped); open answers: base
    # OPT-2.7b; pattern and color: reference engine.
    case(
        "X553-044",
        caption(
            "The lady wears a medium-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "round neckline. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        woman("a striped kurta and white pants"),
        describe("kurta", "it is a cream kurta with pink stripes that he is wearing with matching pants", "pronoun"),
        details("kurta", "it has pink stripes, a round neck with a slit, and a pink tassel tie"),
        color("pink", "contradiction"),
        title="Libas Women Cream-Coloured & Pink Striped Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: lifestyle, terrace at dusk with fairy lights; lavender kurta with silver mukaish work, long sleeves;
    # lavender sharara; lavender dupatta. Caption: caption LoRA ep1; open answers: base OPT-2.7b; saree: reference.
    case(
        "X553-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The pants the lady wears is of long length. The pants are with chiffon fabric and "
            "pure color patterns. There are lights behind",
            "cut",
            hit_limit=True,
        ),
        woman("she is wearing a purple kurta and sharara"),
        open_color("dupatta", "lavender"),
        describe("kurta", "it has silver embroidery all over"),
        details("kurta", "the details are the details of the kurta and the sharara", "restated"),
        saree(),
        title="Lakshita Women Lavender Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: studio, white backdrop; green Kanjeevaram-style art silk saree with a broad pink woven border and gold
    # motifs; pink blouse with elbow sleeves. Caption: caption LoRA ep1; open and material: base OPT-2.7b; pattern and
    # saree: reference engine.
    case(
        "X553-046",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has complicated patterns. The lower clothing is of long length. The fabric is "
            "chiffon and it has complicated patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        woman("a green and pink saree"),
        open_color("blouse", "green", "other_garment_color"),
        describe("saree", "the saree is a saree", "restated"),
        material("art silk"),
        pattern("woven design"),
        title="Mimosa Green & Pink Woven Design Kanjeevaram Art Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
]
