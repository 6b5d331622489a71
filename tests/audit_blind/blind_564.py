"""BLIND_564 (46 products; Myntra women's ethnic night, kurtas to lehengas): written blind in the fifty-first session.
Measured blind at 300f50e (the session's rules as they stood): 116/147 failures found (78.9%) and 17/210 correct texts
flagged (8.1%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed: straight and A-line kurtas, kurta sets with palazzos, trousers or sharara
and dupattas, anarkali gowns, sarees with blouses and lehenga cholis. Catalog photos of one model per product, mostly on
white, grey or beige studio backdrops, a few outdoors (garden, terrace, palace steps, a field, a temple wall, a painted
wall). The seller columns are title, category (Myntra's article type: Kurtas, Kurtis, Kurta Sets, Ethnic Dresses,
Sarees, Lehenga Choli), color (Myntra's base colour) and gender; one row lacks the color and one the category, as real
feeds do.

Who wrote what: the caption is from the caption-only LoRA adapter (epoch 3, DeepFashion-MultiModal template, no end
token): it speaks the template ("The lady wears a long-sleeve upper clothing with floral patterns. The upper clothing is
with cotton fabric..."), knows no kurta, saree or dupatta, names no hues, usually asserts one of its few fabrics
(cotton, chiffon, denim) and sometimes adds the template's ring, wrist accessory or hat sentences; with no end token it
often runs to the 50-token limit and either repeats a sentence or stops mid-sentence. The base blip2-opt-2.7b answers
the open questions (What is the woman wearing? Describe the kurta/saree/lehenga/anarkali. What are the kurta details?
What is the color of the dupatta / palazzos / trousers / blouse?) and the material question: short, lower-case, mostly
right on the main garment, unreliable on the second and third garment's color (it repeats the kurta's color for the
palazzos or dupatta), sometimes invents details, sometimes says "he", sometimes runs on into another "Question: ...
Answer:" turn, now and then loops or is cut at 30 tokens. The closed questions (garment type, color, pattern, sleeve
length, Is this a kurta/saree?) come from enrich's reference engine with the VQA adapter: one candidate value each,
never looped or cut.

Labeling conventions and judgement calls:
- The caption template's generic nouns ("upper clothing", "lower clothing", "outer clothing" for a dupatta, "pants",
  "trousers" or "leggings" for palazzos, sharara or churidar, "long skirt" for a saree's drape or a lehenga) are
  correct; "dress" is correct for an anarkali gown or a floor-length anarkali kurta, but "shirt", "T-shirt" or "tank
  top" for a kurta is labeled contradiction. Closed "skirt" for a lehenga is correct (a lehenga is a skirt).
- The caption's pattern word is judged against the photo: "pure color" for a solid or tone-on-tone embroidered garment,
  "floral" for flowers or leaves, "graphic" for foil, block, mirror, zari or tie-dye motifs, "lattice" for a grid, check
  or geometric print are correct; "pure color" for a clearly printed garment or "striped" for a solid one is a
  contradiction; a wrong sleeve length (short-sleeve for 3/4 sleeves) is a contradiction too.
- The caption's template fabric is correct when the title names it or the photo makes it plain (cotton for a matte
  block-printed kurta, chiffon for georgette or net); a fabric the title contradicts (cotton for a silk-blend saree) is
  a contradiction. The caption's ring/hat/wrist-accessory sentences are unsupported when the photo shows no such thing.
- A caption or answer that repeats a phrase until the limit is a loop (hit_limit), even when the first sentences were
  right; one stopped mid-phrase at the limit is cut (hit_limit). Only texts that visibly ran out get hit_limit; a text
  ending on a full stop is taken as having stopped on its own.
- other_garment_color is used for an open answer that gives the asked garment the color of another garment in the same
  photo (the palazzos said to be the kurta's yellow). A wrong color that no garment in the photo has, including the
  color of a mere trim, border or embroidery (a "white" dupatta that is lavender with white lace), is a contradiction; a
  closed (reference engine) color that names another garment's color is also labeled contradiction, since it is the
  seller's color that it contradicts.
- Shades count as the same color: teal or turquoise as blue, mustard as yellow, rust as orange, maroon as red, peach as
  pink or orange, off-white or cream as white, fuchsia/magenta as pink (not purple), lavender as purple, olive or sea
  green as green.
- An answer about a garment the photo does not show (a dupatta's color when there is none, even when the backdrop has
  that color) is unsupported; "there is no dupatta" is correct. Accessories, pockets, belts, linings or a back view
  nobody can see are unsupported too.
- The material answer is correct when it agrees with the title's fabric or, where the title names none, is the plain
  visual reading (cotton for a matte printed kurta); a fabric the title contradicts is a contradiction; percentages,
  linings, "handloom", "organic" or a place of origin are unsupported.
- One word or yes/no to a describe/details question ("black", "flowers", "kurta", "the kurta"), "i don't know", an empty
  answer, or a dictionary definition of the garment instead of a description is non_answer; a bare garment noun to "What
  is the woman wearing?" ("a black saree") is a short but correct answer.
- restated: the answer hands the question's words back as if they were an answer ("the kurta details are the details of
  the kurta", "the anarkali is an anarkali").
- pronoun: he/his/gentleman/man for the women's catalog's female model, in any text; the gender column is Women for
  every row.
- leak: the answer runs on into "Question: ... Answer:" or starts with "Answer:"; the leak label wins even when the
  first words were right or the leaked turn is wrong.
- A text with two faults gets the one a reader would notice first (a loop that keeps repeating a wrong color is a loop;
  a cut answer that invents a detail before the cut is cut).
- Closed answers: garment_type "kurta" is correct for a kurta set, "dress" for an anarkali sold as Ethnic Dresses,
  "saree" for a saree with its blouse, "lehenga" or "skirt" for a lehenga choli; "blouse" for a saree, "top" or "dress"
  for a kurta or kurti, and "pants" for a kurta set are contradictions. Pattern and sleeve answers are judged against
  the photo and title ("solid" for an embroidered or dabu-printed garment, "striped" for a plain pintucked kurta,
  "short" for a sleeveless blouse are contradictions).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

Q = BLIND_QUESTIONS
W = "the woman"

BLIND_564 = [
    # photo: mustard yellow straight cotton kurta, white floral block print all over, round neck, 3/4 sleeves, side
    # slits, worn with plain white palazzos, no dupatta, white studio backdrop, front view. Caption: caption adapter;
    # wearing/describe/details/palazzos color: base model; pattern/color/sleeve: reference engine.
    case(
        "X564-001",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long pants. The pants are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta and white palazzo pants", who=W),
        describe("kurta", "the kurta is mustard yellow with white flowers printed on it"),
        details("kurta", "round neck, three quarter sleeves, slits on the sides"),
        color_of("palazzos", "yellow", "other_garment_color", kind="open"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        title="Libas Women Mustard Yellow & White Floral Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal A-line kurta, gold foil print on the yoke only, V-neck, long sleeves, calf length, worn with teal
    # leggings, gold bangles on the left wrist, grey studio backdrop. Caption: caption adapter; open answers and
    # material: base model; garment type/color/is-a: reference engine.
    case(
        "X564-002",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist."
        ),
        wearing("a teal kurta and teal leggings Question: What is the color of the kurta? Answer: teal", "leak", who=W),
        describe("kurta", "the kurta is made of silk and has hand embroidered mirror work on the yoke", "unsupported"),
        details("kurta", "gold print on the yoke, v neck, long sleeves"),
        material("cotton"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        is_a("kurta", "yes"),
        title="Biba Women Teal Yoke Design A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: rose pink straight kurta with white thread embroidery at neck and cuffs, long sleeves, matching pink
    # palazzos, white chiffon dupatta over both shoulders, white backdrop, front view. Caption: caption adapter (ran to
    # the limit); the rest of the open answers: base model; pattern/sleeve: reference engine.
    case(
        "X564-003",
        caption(
            "The lady wears a long-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The lady wears a long pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink kurta with pink pants and a white dupatta", who=W),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        color_of("palazzos", "pink", kind="open"),
        details("kurta", "white embroidery on the neckline and the cuffs"),
        material("the kurta is made of cotton with a silk lining inside", "unsupported"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long"),
        title="Anouk Women Pink Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: plain red georgette saree with a narrow gold zari border, pallu over the left shoulder, matching red
    # short-sleeve blouse, beige studio backdrop, front view. Caption: caption adapter (cut at the limit); open answers
    # and material: base model; garment type/color/is-a: reference engine.
    case(
        "X564-004",
        caption(
            "The lady wears a short-sleeve upper clothing with pure color patterns. The upper clothing is with chiffon "
            "fabric. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a red saree", who=W),
        describe("saree", "the saree is red with a thin gold border"),
        color_of("blouse", "red", kind="open"),
        material("silk", "contradiction"),
        Q.garment_type("saree"),
        Q.color("red"),
        is_a("kurta", "no"),
        title="Mitera Red Solid Georgette Saree with Zari Border",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: maroon velvet anarkali gown, floor length, gold zardozi embroidery on the yoke and hem, long sleeves, round
    # neck, no dupatta, dark grey studio backdrop, front view. Caption: caption adapter; open answers: base model;
    # garment type/pattern/sleeve/color: reference engine.
    case(
        "X564-005",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. It has a round neckline.",
            "pronoun",
        ),
        wearing("a maroon anarkali dress", who=W),
        describe("anarkali", "it is a long maroon gown with gold embroidery at the neck and the bottom"),
        details(
            "anarkali",
            "gold embroidery, flared skirt, long sleeves, round neck, and a zipper at the back",
            "unsupported",
        ),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        title="Indo Era Women Maroon Embroidered Velvet Anarkali Gown",
        category="Ethnic Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow lehenga with round mirror work all over, bottle green sleeveless choli, pink net dupatta
    # draped on one arm, a ring on her right hand, outdoor shot on palace steps (sandstone), front view. Caption:
    # caption adapter; open answers: base model; garment type/color/is-a: reference engine.
    case(
        "X564-006",
        caption(
            "The lady wears a sleeveless upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. This lady "
            "wears a ring."
        ),
        wearing("she is wearing a yellow lehenga with a green top and a pink dupatta", who=W),
        describe("lehenga", "the lehenga is green with small mirrors sewn all over it", "other_garment_color"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        Q.garment_type("lehenga"),
        Q.color("green", "contradiction"),
        is_a("kurta", "no"),
        title="Varanga Women Mustard & Green Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue straight cotton kurta with thin white vertical stripes, mandarin collar, button placket, roll-up
    # long sleeves, worn with white cigarette trousers, outdoor garden shot with green hedges, front view cropped at the
    # knees (no feet). Caption: caption adapter; open answers: base model; pattern/sleeve/garment type: reference
    # engine.
    case(
        "X564-007",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a blue and white striped kurta and white pants and brown sandals", "unsupported", who=W),
        color_of("trousers", "blue", "other_garment_color", kind="open"),
        describe("kurta", "navy blue kurta with white stripes, mandarin collar and buttons down the front"),
        details("kurta", "the kurta has two pockets on the front and a curved hem", "unsupported"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.garment_type("kurta"),
        title="Fabindia Women Navy Blue & White Striped Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white kurta with gold foil floral print, short A-line, 3/4 sleeves, off-white sharara with gold print
    # at the hem, peach organza dupatta, white studio backdrop, front view. Caption: caption adapter; open answers and
    # material: base model; color/is-a: reference engine.
    case(
        "X564-008",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long trousers. The trousers are with cotton fabric "
            "and floral patterns. The lady wears a long trousers. The trousers are with cotton fabric and floral",
            "loop",
            hit_limit=True,
        ),
        wearing("a white kurta with white sharara pants and a peach dupatta", who=W),
        color_of("dupatta", "peach", kind="open"),
        describe("kurta", "the kurta is white with gold flowers"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        material("handloom cotton woven in jaipur", "unsupported"),
        Q.color("white"),
        is_a("kurta", "yes"),
        title="Sangria Women Off-White Foil Print Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: pink and orange bandhani georgette saree (pink body, orange pallu, white tie-dye dots on both), plain pink
    # elbow-sleeve blouse, white backdrop, side-front view. Caption: caption adapter; open answers and material: base
    # model; pattern/color/garment type: reference engine.
    case(
        "X564-009",
        caption(
            "The lady wears a short-sleeve upper clothing with pure color patterns. The upper clothing is with chiffon "
            "fabric. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns."
        ),
        wearing("a pink and orange saree", who=W),
        describe("saree", "pink saree with orange pallu and small white dots, this is bandhani"),
        color_of("blouse", "orange", "other_garment_color", kind="open"),
        material("georgette"),
        Q.pattern("printed"),
        Q.color("pink"),
        Q.garment_type("blouse", "contradiction"),
        title="Mitera Pink & Orange Bandhani Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: black A-line kurta with red and yellow floral print, round neck, 3/4 sleeves, knee length, worn with plain
    # black palazzos, no dupatta, white backdrop. Caption: caption adapter; open answers: base model; closed: reference
    # engine.
    case(
        "X564-010",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is a hat on her head.",
            "unsupported",
        ),
        wearing("a black kurta with red flowers and black pants", who=W),
        describe("kurta", "black", "non_answer"),
        details("kurta", "red and yellow flowers all over, round neck, flared at the bottom"),
        color_of("dupatta", "red", "unsupported", kind="open"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        title="W Women Black Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: sea green straight kurta, tone-on-tone thread embroidery at the V-neck, long sleeves, matching sea green
    # straight trousers, no dupatta, light grey backdrop. Caption: caption adapter; open answers: base model; closed:
    # reference engine.
    case(
        "X564-011",
        caption(
            "The lady wears a long-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric and its neckline is v-shape. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("he is wearing a green kurta and green pants", "pronoun", who=W),
        describe("kurta", "a plain sea green kurta with embroidery around the v neck"),
        details(
            "kurta",
            "v neck, long sleeves, embroidery, sleeves, neckline, embroidery, sleeves, neckline, "
            "embroidery, sleeves, neckline, embroidery, sleeves",
            "loop",
            hit_limit=True,
        ),
        color_of("dupatta", "there is no dupatta", kind="open"),
        Q.garment_type("kurta"),
        Q.color("green"),
        title="W Women Sea Green Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: white chikankari anarkali kurta, floor-grazing, round neck, sheer long sleeves, white churidar, white
    # chiffon dupatta with scalloped edge, bare wrists, outdoor shot in a garden with a fountain, front view. Caption:
    # caption adapter; open answers and material: base model; closed: reference engine.
    case(
        "X564-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a white anarkali dress with a white dupatta", who=W),
        describe(
            "kurta",
            "a long white kurta with white embroidery all over and sheer sleeves, it has a round neck and the "
            "embroidery is done in the chikankari style of",
            "cut",
            hit_limit=True,
        ),
        color_of("dupatta", "white", kind="open"),
        material("the fabric is 60% cotton and 40% polyester with a satin lining", "unsupported"),
        Q.pattern("embroidered"),
        Q.color("white"),
        Q.sleeve_length("long"),
        title="Ada Women White Chikankari Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: red bridal lehenga with heavy gold embroidery, red short-sleeve choli, red and gold bangles, red net
    # dupatta with gold border over the head, white backdrop, front view. Caption: caption adapter; open answers: base
    # model; closed: reference engine.
    case(
        "X564-013",
        caption(
            "The lady wears a short-sleeve upper clothing with graphic patterns. The upper clothing is with chiffon "
            "fabric. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns. There is an "
            "accessory on her wrist. There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a red and gold lehenga", who=W),
        describe(
            "lehenga",
            "the lehenga is red with gold embroidery Question: What is the color of the dupatta? Answer: red",
            "leak",
        ),
        color_of("dupatta", "red", kind="open"),
        color_of("blouse", "gold", "contradiction", kind="open"),
        Q.garment_type("lehenga"),
        Q.color("red"),
        is_a("kurta", "no"),
        title="Kalini Women Red Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: peach straight solid cotton kurta with white crochet lace at the hem and sleeve ends, 3/4 sleeves, round
    # neck, worn with white trousers, white backdrop. Caption: caption adapter; open answers: base model; closed:
    # reference engine.
    case(
        "X564-014",
        caption(
            "The lady wears a medium-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a peach kurta and white pants", who=W),
        describe("kurta", "the kurta is pink with lace on the bottom"),
        details("kurta", "the details of the kurta are the kurta details", "restated"),
        color_of("trousers", "peach", "other_garment_color", kind="open"),
        Q.color("orange"),
        Q.sleeve_length("short", "contradiction"),
        Q.pattern("solid"),
        title="Jaipur Kurti Women Peach Solid Straight Kurta with Lace Detail",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue silk saree with a wide gold temple border and gold pallu, contrast gold brocade blouse with elbow
    # sleeves, beige backdrop, front view. Caption: caption adapter; open answers and material: base model; closed:
    # reference engine.
    case(
        "X564-015",
        caption(
            "The lady wears a medium-sleeve upper clothing with graphic patterns. The upper clothing is with cotton "
            "fabric. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("he is wearing a blue saree with a gold border and a gold blouse", "pronoun", who=W),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        describe("saree", "a dark blue silk saree with a wide golden border with temple designs"),
        material("silk"),
        Q.color("blue"),
        Q.garment_type("saree"),
        is_a("kurta", "yes", "contradiction"),
        title="Saree mall Navy Blue & Gold-Toned Silk Blend Saree with Blouse Piece",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow kurta with small white and orange floral print, 3/4 sleeves, round neck, matching yellow printed
    # palazzos, plain green cotton dupatta, outdoor shot on a terrace with potted plants, front view. Caption: caption
    # adapter; open answers: base model; closed: reference engine.
    case(
        "X564-016",
        caption(
            "The lady wears a short-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long pants. The pants are with cotton fabric and "
            "floral patterns.",
            "contradiction",
        ),
        wearing("she is wearing a yellow kurta with a green dupatta and yellow pants", who=W),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        color_of("palazzos", "yellow Question: What is the color of the dupatta? Answer: yellow", "leak", kind="open"),
        details("kurta", "flowers", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        Q.color("yellow"),
        title="GoSriKi Women Yellow Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey straight cotton kurta with indigo blue block-printed leaves, round neck with a keyhole, 3/4 sleeves,
    # worn with blue jeans, a steel watch on the left wrist, white backdrop. Caption: caption adapter; open answers and
    # material: base model; closed: reference engine.
    case(
        "X564-017",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There is an accessory on her wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey kurta and blue jeans", who=W),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is blue with grey leaves", "contradiction"),
        details("kurta", "keyhole neck, leaf print, three quarter sleeves"),
        material("cotton"),
        Q.color("grey"),
        Q.garment_type("top", "contradiction"),
        title="Vishudh Women Grey & Blue Printed Straight Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: navy blue georgette anarkali gown, flared, floor length, silver sequin work on the yoke, sheer long
    # sleeves, round neck, no dupatta, white backdrop, front view. Caption: caption adapter; open answers: base model;
    # closed: reference engine.
    case(
        "X564-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round."
        ),
        wearing("a long navy blue gown", who=W),
        describe("anarkali", "the anarkali is an anarkali", "restated"),
        details(
            "anarkali",
            "sequins on the yoke, sheer sleeves, long flared skirt and a matching belt at the waist",
            "unsupported",
        ),
        material("velvet", "contradiction"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        title="Inddus Women Navy Blue Embellished Georgette Anarkali Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green Kanjeevaram-style silk saree with a contrasting pink pallu and zari border, pink elbow-sleeve blouse,
    # white backdrop, front view. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-019",
        caption(
            "The lady wears a medium-sleeve upper clothing with pure color patterns. It has a round neckline. The lady "
            "wears a long skirt. The skirt is of long length and it has pure color patterns. The skirt is of long "
            "length and it has pure color patterns. The skirt is of long",
            "loop",
            hit_limit=True,
        ),
        wearing("a green saree with a pink blouse", who=W),
        describe(
            "saree",
            "green silk saree with a pink pallu and a gold zari border, the blouse has a deep back with tassels",
            "unsupported",
        ),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        material("silk"),
        Q.color("green"),
        Q.garment_type("saree"),
        title="Kasee Women Green & Pink Zari Woven Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold foil motifs, round neck, long sleeves, side slits, maroon straight
    # trousers, maroon chiffon dupatta with gold border, grey backdrop, front view. Caption: caption adapter; open
    # answers and material: base model; closed: reference engine.
    case(
        "X564-020",
        caption(
            "The lady wears a long-sleeve upper clothing with graphic patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("a maroon kurta set with a dupatta", who=W),
        describe("kurta", "the kurta is maroon and has gold motifs printed on it"),
        color_of("dupatta", "gold", "contradiction", kind="open"),
        details(
            "kurta",
            "gold print, round neck, long sleeves, side slits, the kurta has a pocket on the right and a "
            "tassel tie at the neck and a",
            "cut",
            hit_limit=True,
        ),
        material("rayon"),
        Q.garment_type("pants", "contradiction"),
        Q.color("red"),
        title="Libas Women Maroon Foil Printed Rayon Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: pastel lavender lehenga with pink and green floral embroidery, lavender sleeveless choli, lavender net
    # dupatta, white backdrop, front view. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-021",
        caption(
            "The lady wears a sleeveless upper clothing with floral patterns. The upper clothing is with chiffon "
            "fabric. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. Her outer "
            "clothing is of long length. The outer clothing is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple lehenga", who=W),
        describe("lehenga", "lavender skirt with pink and green flowers embroidered on it"),
        color_of("blouse", "lavender", kind="open"),
        color_of("dupatta", "pink", "contradiction", kind="open"),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("skirt"),
        title="Panit Women Lavender Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Women",
    ),
    # photo: white straight kurta with blue floral print, mandarin collar, 3/4 sleeves, worn with plain blue palazzos,
    # white backdrop, front view. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-022",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric and it has a stand neckline. The lady wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. The pants are with cotton fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a white and blue kurta with blue pants", who=W),
        describe("kurta", "Answer: the kurta is white with blue flowers", "leak"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        details("kurta", "details of the kurta", "restated"),
        Q.color("white"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        title="Jaipur Kurti Women White & Blue Floral Print Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: emerald green kurta with sequin work on the yoke, long sleeves, V-neck, a ring on her finger, green
    # sharara, green net dupatta with sequin border, outdoor shot on palace steps with arches, front view. Caption:
    # caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-023",
        caption(
            "The lady wears a long-sleeve upper clothing with pure color patterns. The upper clothing is with chiffon "
            "fabric and its neckline is v-shape. The lady wears a long pants. The pants are with chiffon fabric and "
            "pure color patterns. This lady wears a ring. This lady wears a ring. This lady wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a green sharara suit", who=W),
        describe("kurta", "the kurta is green with sequins on the neck"),
        details("kurta", "the man is wearing a green kurta with sequins", "pronoun"),
        color_of("dupatta", "green", kind="open"),
        Q.color("green"),
        Q.pattern("embroidered"),
        title="Aks Couture Women Green Sequinned Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: black chiffon saree with a silver sequin border, black sleeveless blouse, dark grey backdrop, side view.
    # Caption: caption adapter; open answers and material: base model; closed: reference engine.
    case(
        "X564-024",
        caption(
            "The lady wears a sleeveless upper clothing with pure color patterns. The upper clothing is with chiffon "
            "fabric. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("a black saree", who=W),
        describe(
            "saree", "black saree with silver sequins along the border and a matching sequin clutch", "unsupported"
        ),
        color_of("blouse", "the color of the blouse is the blouse color", "restated", kind="open"),
        material("chiffon"),
        Q.sleeve_length("short", "contradiction"),
        Q.garment_type("saree"),
        title="Sangria Women Black Sequinned Chiffon Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: rust orange A-line cotton kurta, solid, small mirror work at the neckline, 3/4 sleeves, round neck, worn
    # with white churidar, white backdrop, front view. Caption: caption adapter; open answers: base model; closed:
    # reference engine.
    case(
        "X564-025",
        caption(
            "The lady wears a medium-sleeve upper clothing with striped patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric "
            "and pure color patterns.",
            "contradiction",
        ),
        wearing("an orange kurta and white leggings", who=W),
        describe("kurta", "the kurta is yellow with mirrors around the neck", "contradiction"),
        details(
            "kurta",
            "mirror work at the neckline, mirror work at the neckline, mirror work at the neckline, "
            "mirror work at the neckline, mirror work",
            "loop",
            hit_limit=True,
        ),
        color_of("churidar", "orange", "other_garment_color", kind="open"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter"),
        title="Soch Women Rust Solid A-Line Kurta with Mirror Work",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: white kurta with black geometric print, straight, round neck, long sleeves, plain black palazzos, no
    # dupatta, grey backdrop, front view. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-026",
        caption(
            "The lady wears a long-sleeve upper clothing with lattice patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The upper clothing is with cotton fabric and its neckline is round. "
            "The upper clothing is with cotton fabric and its neckline is",
            "loop",
            hit_limit=True,
        ),
        wearing("a white kurta with black print and black palazzos", who=W),
        describe("kurta", "kurta", "non_answer"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        details(
            "kurta", "geometric print, long sleeves, the kurta has an embroidered yoke with gold thread", "unsupported"
        ),
        Q.color("black", "contradiction"),
        Q.garment_type("kurta"),
        title="Global Desi Women White & Black Geometric Print Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: magenta (fuchsia) georgette anarkali gown with a gold border at the hem, long sleeves, round neck, matching
    # magenta dupatta with gold border, white backdrop, front view. Caption: caption adapter; open answers and material:
    # base model; closed: reference engine.
    case(
        "X564-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("Answer: a pink anarkali dress and a pink dupatta", "leak", who=W),
        describe(
            "anarkali",
            "a long pink flowing dress with a sweetheart neckline and a gold border at the bottom",
            "unsupported",
        ),
        color_of("dupatta", "pink", kind="open"),
        material("the fabric is georgette"),
        Q.garment_type("dress"),
        Q.color("purple", "contradiction"),
        title="Ethnovog Women Magenta Solid Georgette Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: mustard yellow cotton handloom saree with small white checks and a black border, plain black short-sleeve
    # blouse, no jewellery, hair loose over the ears, outdoor shot in a field of tall grass, front view. Caption:
    # caption adapter; open answers and material: base model; closed: reference engine.
    case(
        "X564-028",
        caption(
            "The lady wears a short-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric. The lady wears a long skirt. The skirt is with cotton fabric and lattice patterns."
        ),
        wearing("a yellow saree with a black blouse and silver jhumkas", "unsupported", who=W),
        describe("saree", "the saree is yellow with white checks and a black border"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        material("cotton"),
        Q.pattern("checked"),
        Q.color("yellow"),
        is_a("saree", "yes"),
        title="Vastranand Mustard Checked Pure Cotton Handloom Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: royal blue lehenga with silver zari embroidery, silver short-sleeve choli, royal blue net dupatta, white
    # backdrop, front view. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-029",
        caption(
            "The lady wears a short-sleeve upper clothing with graphic patterns. It has a round neckline. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and graphic patterns. The person "
            "wears a hat.",
            "unsupported",
        ),
        wearing("she is wearing a blue lehenga with a silver blouse", who=W),
        color_of("blouse", "silver", kind="open"),
        color_of("dupatta", "silver", "other_garment_color", kind="open"),
        describe(
            "lehenga",
            "blue lehenga with silver embroidery, blue lehenga with silver embroidery, blue lehenga "
            "with silver embroidery, blue lehenga with",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.garment_type("lehenga"),
        Q.sleeve_length("short"),
        title="Mabish by Sonal Jain Women Royal Blue & Silver Embroidered Georgette Lehenga Choli",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green straight kurta with tiny white polka-dot print, V-neck, short sleeves, worn with beige
    # trousers, white backdrop, front view. Caption: caption adapter; open answers: base model; closed: reference
    # engine.
    case(
        "X564-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a green kurta and beige pants", who=W),
        describe("kurta", "olive kurta with tiny white dots and a patch pocket on the chest", "unsupported"),
        details("kurta", "yes", "non_answer"),
        color_of("trousers", "green", "other_garment_color", kind="open"),
        Q.color("green"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short"),
        title="Anouk Women Olive Green Polka Dot Print Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender kurta with white thread-embroidered yoke, round neck, long sleeves, lavender palazzos, lavender
    # dupatta with white lace border, light grey backdrop, front view. Caption: caption adapter; open answers and
    # material: base model; closed: reference engine.
    case(
        "X564-031",
        caption(
            "The lady wears a long-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a purple kurta with purple pants and a dupatta", who=W),
        describe(
            "kurta",
            "it is a lavender kurta with white embroidery on the yoke and a round neck, the kurta has "
            "long sleeves and the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "what are the kurta details", "restated"),
        color_of("palazzos", "lavender", kind="open"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        material("cotton"),
        Q.pattern("embroidered"),
        title="W Women Lavender Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: cream Kerala kasavu cotton saree with a wide gold border, gold short-sleeve blouse, outdoor shot by a
    # temple wall, front view. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-032",
        caption(
            "The lady wears a short-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        wearing("a white saree with a gold border", who=W),
        describe(
            "saree",
            "cream saree with gold border, cream saree with gold border, cream saree with gold border, "
            "cream saree with gold",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "gold", kind="open"),
        material("silk", "contradiction"),
        Q.color("gold", "contradiction"),
        Q.garment_type("saree"),
        title="Satrani Cream & Gold-Toned Kasavu Pure Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: indigo blue A-line kurta with white dabu print of small flowers, round neck, 3/4 sleeves, worn with white
    # leggings, white backdrop. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-033",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric "
            "and pure color patterns. The lady wears a long leggings. The leggings are with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue kurta with white leggings", who=W),
        describe("kurta", "the kurta is white", "other_garment_color"),
        details(
            "kurta",
            "small white flowers printed on blue Question: What are the kurta details? Answer: small white flowers",
            "leak",
        ),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("kurta"),
        title="Indo Era Women Indigo Dabu Print A-Line Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: black straight kurta with gold zari embroidery at the neckline, black straight trousers, gold tissue
    # dupatta, a gold bangle and a ring, white backdrop, front view. Caption: caption adapter; open answers: base model;
    # closed: reference engine.
    case(
        "X564-034",
        caption(
            "The lady wears a long-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. There is an accessory on her wrist. This lady wears a ring. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a black kurta with black pants and a gold dupatta", who=W),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        describe("kurta", "the kurta", "non_answer"),
        details(
            "kurta",
            "gold embroidery around the neckline, long sleeves, straight cut, tassels on the dupatta",
            "unsupported",
        ),
        Q.color("black"),
        Q.pattern("embroidered"),
        is_a("kurta", "yes"),
        title="Soch Women Black Zari Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: yellow anarkali kurta with white gota patti trim, long sleeves, yellow churidar, yellow dupatta with gota
    # border, glass bangles on both wrists, outdoor shot in a mustard field, front view. Caption: caption adapter; open
    # answers: base model; closed: reference engine.
    case(
        "X564-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow anarkali suit", who=W),
        describe("kurta", "a long yellow flared kurta with white gota lace trim"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        details("kurta", "the kurta is a kurta", "restated"),
        Q.color("yellow"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        title="Biba Women Yellow Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: peach lehenga with gold sequin work, peach short-sleeve choli, peach net dupatta, white backdrop, front
    # view. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-036",
        caption(
            "The gentleman wears a short-sleeve upper clothing with pure color patterns. The upper clothing is with "
            "chiffon fabric. The gentleman wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a peach lehenga with a matching blouse and dupatta", who=W),
        describe(
            "lehenga", "peach lehenga with gold sequins scattered all over and a can-can underneath", "unsupported"
        ),
        color_of("dupatta", "peach", kind="open"),
        color_of("blouse", "white", "contradiction", kind="open"),
        Q.color("orange"),
        Q.pattern("embroidered"),
        title="Zeel Clothing Women Peach Sequinned Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: white cotton straight kurta with pintucks on the yoke, long sleeves, round neck, white palazzos, all white
    # outfit, pale blue backdrop, front view. Caption: caption adapter; open answers and material: base model; closed:
    # reference engine.
    case(
        "X564-037",
        caption(
            "The lady wears a long-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("an all white kurta and palazzo set", who=W),
        describe("kurta", "a plain white kurta with pintucks on the front"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "blue", "unsupported", kind="open"),
        material("cotton"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        title="Fabindia Women White Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: purple silk saree with gold zari border and butis, matching purple elbow-sleeve blouse, beige backdrop,
    # front view. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-038",
        caption(
            "The lady wears a medium-sleeve upper clothing with pure color patterns. It has a round neckline. The lady "
            "wears a long skirt. The skirt is of long length and it has graphic patterns."
        ),
        wearing("a purple saree Question: What is the color of the blouse? Answer: purple", "leak", who=W),
        describe("saree", "the saree is purple with a gold border and small gold motifs"),
        color_of("blouse", "purple", kind="open"),
        material("silk"),
        Q.color("purple"),
        Q.garment_type("saree"),
        is_a("kurta", "no"),
        title="Kalini Purple Zari Woven Silk Blend Saree with Blouse Piece",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: fuchsia (magenta) kurta with gold floral print, V-neck, 3/4 sleeves, short, fuchsia sharara, gold organza
    # dupatta, white backdrop, front view. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-039",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric and its neckline is v-shape. The lady wears a long pants. The pants are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a pink kurta and pink sharara with a gold dupatta", who=W),
        describe(
            "kurta",
            "the kurta is pink with gold flowers printed all over it and it has a v neck and a",
            "cut",
            hit_limit=True,
        ),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        details("kurta", "the kurta has kurta details", "restated"),
        Q.color("pink"),
        Q.sleeve_length("three-quarter"),
        Q.garment_type("kurta"),
        title="Mitera Women Magenta Floral Print Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: red A-line kurti with white bandhani dot print, round neck, short sleeves, knee length, worn with white
    # palazzos, outdoor shot against a blue painted wall, front view. Caption: caption adapter; open answers: base
    # model; closed: reference engine.
    case(
        "X564-040",
        caption(
            "The lady wears a short-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        wearing("a red kurti with white dots and white pants, she is standing in front of a blue wall", who=W),
        describe("kurta", "red", "non_answer"),
        details(
            "kurta",
            "red and white, red and white, red and white, red and white, red and white, red and white, "
            "red and white, red and",
            "loop",
            hit_limit=True,
        ),
        color_of("palazzos", "red", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.garment_type("dress", "contradiction"),
        title="Aurelia Women Red Bandhani Print A-Line Kurti",
        category="Kurtis",
        color="Red",
        gender="Women",
    ),
    # photo: turquoise blue straight kurta with white floral print, turquoise dupatta, plain white palazzos, grey
    # backdrop, front view. Caption: caption adapter; open answers and material: base model; closed: reference engine.
    case(
        "X564-041",
        caption(
            "The lady wears a long-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long pants. The pants are with cotton fabric and "
            "floral patterns. The lady wears a long pants. The pants are with cotton fabric and floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a blue kurta and white pants", "pronoun", who=W),
        color_of("palazzos", "blue", "other_garment_color", kind="open"),
        color_of(
            "dupatta", "turquoise Question: What is the color of the palazzos? Answer: white", "leak", kind="open"
        ),
        material("the kurta is made of 100% pure organic cotton", "unsupported"),
        Q.color("blue"),
        Q.pattern("floral"),
        title="Juniper Women Turquoise Blue Floral Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: white Bengali cotton saree with a wide red border, red short-sleeve blouse, white backdrop, front view.
    # Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-042",
        caption(
            "His upper clothing has short sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is cotton and it has pure color patterns.",
            "pronoun",
        ),
        wearing("a white saree with a red border and a red blouse", who=W),
        describe("saree", "the saree is red", "other_garment_color"),
        color_of("blouse", "red", kind="open"),
        material("it is handwoven tant cotton from bengal", "unsupported"),
        Q.color("red", "contradiction"),
        is_a("kurta", "no"),
        title="Sangam Women White & Red Solid Pure Cotton Saree with Border",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: bottle green georgette anarkali gown with small pink and white floral print, long sleeves, round neck,
    # ankle length, no dupatta, outdoor shot in a garden with trees, front view. Caption: caption adapter; open answers:
    # base model; closed: reference engine.
    case(
        "X564-043",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round."
        ),
        wearing("a long green dress with flowers", who=W),
        describe(
            "anarkali", "the anarkali is a type of dress that is worn by women in india and pakistan", "non_answer"
        ),
        details("anarkali", "small pink and white flowers, long sleeves, round neck, flared"),
        color_of("dupatta", "green", "unsupported", kind="open"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("floral"),
        title="Ishin Women Green Floral Print Maxi Anarkali Dress",
        category="Ethnic Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: black lehenga with multicolor thread embroidery (red, yellow, green), black short-sleeve choli, red net
    # dupatta, white backdrop, front view. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X564-044",
        caption(
            "The lady wears a short-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. This lady wears "
            "a ring.",
            "unsupported",
        ),
        wearing("a black lehenga and a red dupatta", who=W),
        describe(
            "lehenga",
            "black lehenga with colorful embroidery of red yellow and green threads in a floral "
            "pattern all over the skirt with a wide border at the",
            "cut",
            hit_limit=True,
        ),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        color_of("blouse", "black Question: What is the color of the dupatta? Answer: black", "leak", kind="open"),
        Q.color("black"),
        Q.garment_type("lehenga"),
        title="Chhabra 555 Women Black & Red Thread Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: beige straight cotton kurta with brown hand block print, round neck, 3/4 sleeves, worn with brown palazzos,
    # white backdrop, front view; the feed row has no color. Caption: caption adapter; open answers and material: base
    # model; closed: reference engine.
    case(
        "X564-045",
        caption(
            "The lady wears a medium-sleeve upper clothing with graphic patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a beige kurta with brown pants", who=W),
        describe("kurta", "a beige kurta with a brown block print"),
        details("kurta", "", "non_answer"),
        color_of("palazzos", "beige", "other_garment_color", kind="open"),
        material("cotton dyed with natural vegetable dyes in bagru", "unsupported"),
        Q.color("brown", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        title="Inddus Women Beige & Brown Hand Block Print Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: coffee brown straight kurta, solid with copper buttons on the placket, cream trousers, cream dupatta with
    # brown border, beige backdrop, front view; the feed row has no category. Caption: caption adapter; open answers:
    # base model; closed: reference engine.
    case(
        "X564-046",
        caption(
            "The lady wears a long-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric and its neckline is round. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. The lady wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown kurta with cream pants and a dupatta", who=W),
        describe("kurta", "the kurta is brown with copper buttons down the front"),
        color_of("dupatta", "brown", "other_garment_color", kind="open"),
        color_of("trousers", "brown", "other_garment_color", kind="open"),
        details("kurta", "i don't know", "non_answer"),
        Q.color("brown"),
        Q.garment_type("kurta"),
        title="Shaily Women Coffee Brown Solid Kurta with Trousers & Dupatta",
        color="Coffee Brown",
        gender="Women",
    ),
]
