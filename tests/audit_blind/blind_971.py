"""BLIND_971 (46 products; Myntra kurtas/anarkalis; caption + extractive QA): written blind in the fifty-eighth session.
Measured blind at 041ab2e (the session's first rules): 120/135 failures found (88.9%) and 11/178 correct texts flagged
(6.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic wear: straight, A-line and anarkali kurtas, short kurtis, kurta sets
with churidar, and a few leggings and churidar sold on their own but photographed under a kurta. Photos are catalog
shots, mostly full length on a white or grey studio backdrop, some against a wall, a wooden door, a staircase, a
garden or a sofa; the model often wears a dupatta, jhumkas, bangles or holds a clutch or potli bag.

Who wrote what: the caption is written by the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
with 50 new tokens. One epoch left it half base model ("a woman in a pink kurta and white leggings") and half
DeepFashion template ("The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton
fabric."). It has no word for kurta in template mode (dress, shirt, blouse), no hue names there ("pure color",
"graphic patterns"), and guesses the fabric. It was trained with padding in the labels and no end token: short
captions stop, long ones are cut at 50 tokens or loop. The open color, describe and details questions are then
answered by the extractive QA model (mdeberta-v3-base-squad2) over that caption, so each is a span of the caption
(or empty when the model prefers no answer): it inherits the caption's errors and often picks the wrong garment's
color word. "What is the person / she / the woman wearing?" and "What material is the garment made of?" are sent to
the VQA adapter (Data3_V3_BLIP2_VQA) as free generation, 30 new tokens, `Question: ... Answer:` prompt: it answers
in the In-shop vocabulary (dress, blouse, pants, leggings), runs on into new Question/Answer pairs, echoes the
question, loops, and guesses fabrics. Closed questions (type, color, pattern, sleeve length, "Is this a ...?") come
from enrich's reference engine: one candidate value each, never looped or cut.

Labeling conventions and judgement calls:
- One label per text, the most visible failure: a caption that is cut and also guesses the fabric is labelled cut.
- "dress" for a kurta in free text is accepted when the kurta reaches the knee or below (anarkali, A-line, long
  straight kurta); "shirt", "blouse" or "top" is accepted only for a hip-length kurti. "shirt" for a knee-length
  kurta is a contradiction. A closed garment type "dress" for a kurta is a contradiction (closed values are catalog
  values and the seller's category rules there).
- Churidar called "pants" or "leggings" is correct. Rust called brown, maroon or burgundy called red, teal or
  turquoise called blue, coral called orange, off-white or cream called white: correct shades.
- An open answer that gives the product (kurta, or the leggings when the leggings are the product) the color of
  another garment it is worn with (leggings, churidar, dupatta, the kurta) is other_garment_color. A wrong color on a
  garment that is not the product, a color taken from the backdrop or furniture, and a closed color answer that
  took another garment's color are contradiction.
- A color question answered with a pattern word ("pure color", "graphic patterns") or an empty span is non_answer;
  so is a one-word answer to a describe question, and "yes" to an open question.
- A closed pattern "solid" for a kurta whose title says printed, foil print or block print is a contradiction.
- A fabric guess in a caption or material answer is unsupported when the title names another fabric, or when
  nothing in the photo shows it (velvet, silk sheen); "cotton" on a matte cotton-look kurta whose title names no
  fabric is accepted.
- "a man" / "the gentleman" / "he" / "his" for a woman model is pronoun, even when it is a noun and not a pronoun.
- An answer that echoes the question, with or without a few filler words, is restated.
- A caption that ran its 50 tokens but ends on a complete sentence (the rest was padding) is marked hit_limit and
  not labelled a failure.
- Rows without a gender column get no pronoun label; rows without color or category are judged against the photo.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_971 = [
    # photo: pink kurta with small white and green floral print, knee length, three-quarter sleeves, round neck,
    # white leggings, white studio backdrop, front view. Caption: caption adapter; open colors: extractive QA;
    # wearing: VQA adapter; closed: reference engine.
    case(
        "X971-001",
        caption("a woman wearing a pink floral print kurta and white leggings standing against a white background"),
        color_of("kurta", "pink", kind="open"),
        color_of("leggings", "white", kind="open"),
        wearing("a white dress with flowers and white leggings", "other_garment_color"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        title="Libas Women Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue rayon anarkali, floor length, long sleeves, gold foil print on the yoke only, white
    # churidar gathered at the ankles, no jewellery, grey backdrop. Caption: caption adapter (cut at 50 tokens);
    # kurta color: extractive QA; wearing and material: VQA adapter; closed: reference engine.
    case(
        "X971-002",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        wearing(
            "dress Question: What is the color of the dress? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        Q.color("navy blue"),
        is_a("kurta", "yes"),
        title="W Women Navy Blue Rayon Anarkali Kurta with Gold-Toned Yoke",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow kurta with small maroon block-print motifs, maroon churidar, beige wall with a potted
    # plant at her side, front view. Caption: caption adapter; open colors: extractive QA; wearing: VQA adapter.
    # Material: VQA adapter.
    case(
        "X971-003",
        caption("a woman in a yellow kurta and maroon pants standing next to a potted plant"),
        color_of("kurta", "yellow", kind="open"),
        color_of("churidar", "maroon", kind="open"),
        wearing("a maroon kurta and maroon pants", "other_garment_color"),
        Q.material("silk", "unsupported"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("mustard"),
        title="Anouk Women Mustard Yellow & Maroon Block Print Kurta with Churidar",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: peach anarkali, floor length, gold gota border at the hem and sleeves, three-quarter sleeves, peach
    # churidar, white backdrop, front view. Caption: caption adapter (looped); open answers: extractive QA over it;
    # wearing: VQA adapter.
    case(
        "X971-004",
        caption(
            "a woman in a peach dress with a gold border and a gold border and a gold border and a gold border and a "
            "gold border and a gold border and a gold border and a gold",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "peach", kind="open"),
        describe("kurta", "a peach dress with a gold border"),
        wearing("he is wearing a long dress", "pronoun"),
        Q.sleeve_length("three-quarter"),
        Q.color("peach"),
        is_a("dress", "yes", "contradiction"),
        title="Biba Women Peach-Coloured Gotta Patti Anarkali Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: teal A-line kurta with white floral print, knee length, long sleeves, white churidar, standing in front
    # of a carved wooden door outdoors. Caption: caption adapter; open: extractive QA; wearing: VQA adapter.
    case(
        "X971-005",
        caption("a woman standing in front of a wooden door wearing a green floral kurta and white churidar"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        details("kurta", "floral", "non_answer"),
        wearing("a green dress with white flowers and white pants"),
        Q.color("teal"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        title="Sangria Women Teal Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: the product is black ankle-length leggings, worn under a red kurta with a white paisley print; white
    # backdrop, full length. Caption: caption adapter; open: extractive QA; wearing: VQA adapter.
    case(
        "X971-006",
        caption("a woman wearing a red printed kurta and black leggings"),
        color_of("leggings", "black", kind="open"),
        describe("leggings", "black leggings"),
        wearing("a red kurta and red leggings", "other_garment_color"),
        Q.color("red", "contradiction"),
        Q.garment_type("kurta", "contradiction"),
        is_a("pair of leggings", "no", "contradiction"),
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: off-white cotton chikankari straight kurta, tone-on-tone embroidery, V-neck, long sleeves, off-white
    # churidar, silver jhumkas, pale blue wall. Caption: caption adapter (claims chiffon); kurta color: extractive QA;
    # wearing and material: VQA adapter.
    case(
        "X971-007",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. There is an accessory in her ear.",
            "unsupported",
        ),
        color_of("kurta", "", "non_answer", kind="open"),
        Q.material("chiffon", "unsupported"),
        wearing("a white dress and white pants"),
        Q.color("white"),
        is_a("kurta", "yes"),
        title="AURELIA Women Off-White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: black straight kurta with gold foil geometric print, long sleeves, black leggings, gold juttis, white
    # backdrop. Caption: caption adapter; open: extractive QA; wearing: VQA adapter (looped).
    # Material: VQA adapter.
    case(
        "X971-008",
        caption("a woman wearing a black and gold kurta with black leggings and a pair of gold sandals"),
        color_of("kurta", "black and gold", kind="open"),
        describe("kurta", "a black and gold kurta with black leggings"),
        wearing(
            "black and gold kurta black leggings black leggings black leggings black leggings black leggings black "
            "leggings black leggings",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("velvet", "unsupported"),
        title="Vishudh Women Black & Gold-Toned Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: rust hip-length kurti with white block-printed motifs, short sleeves, cream leggings, white backdrop.
    # Caption: caption adapter in template mode; kurti color: extractive QA; wearing and material: VQA adapter.
    case(
        "X971-009",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("kurti", "graphic patterns", "non_answer", kind="open"),
        wearing("blouse and leggings", who="she"),
        Q.material("the material of the garment", "restated"),
        Q.color("rust"),
        Q.sleeve_length("short"),
        title="Global Desi Women Rust Printed Cotton Kurti",
        category="Kurtis",
        color="Rust",
        gender="Women",
    ),
    # photo: magenta anarkali with silver foil print all over, magenta churidar, pink net dupatta over one shoulder,
    # white backdrop. Caption: caption adapter; open colors: extractive QA; wearing and material: VQA adapter.
    case(
        "X971-010",
        caption("a woman in a pink anarkali dress with a dupatta and churidar standing on a white background"),
        color_of("kurta", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        wearing(
            "a pink dress and a pink scarf Question: What is the color of the scarf? Answer: pink Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("kurta"),
        title="Libas Women Magenta Foil Print Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: sea green sleeveless A-line kurta, plain, knee length, pink leggings, a pink potli bag in her hand,
    # garden with hedges behind. Caption: caption adapter; open: extractive QA; wearing: VQA adapter.
    case(
        "X971-011",
        caption("a woman in a green kurta and pink leggings holding a purse in a garden"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        color_of("leggings", "pink", kind="open"),
        describe("kurta", "a green kurta and pink leggings"),
        wearing("she is wearing a green dress and pink pants"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral", "contradiction"),
        title="Rangriti Women Sea Green Solid A-Line Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: navy blue straight kurta with white ethnic-motif print, three-quarter sleeves, round neck, white
    # leggings, white backdrop, three-quarter turned view. Caption: caption adapter (cut); details: extractive QA;
    # wearing and material: VQA adapter.
    case(
        "X971-012",
        caption(
            "The lady wears a three-quarter sleeve dress with graphic patterns. The dress is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "three-quarter sleeve dress with graphic patterns"),
        color_of("leggings", "", "non_answer", kind="open"),
        wearing("what is the person wearing", "restated"),
        Q.material("cotton"),
        Q.color("white", "contradiction"),
        Q.pattern("printed"),
        title="Anubhutee Women Navy Blue & White Ethnic Motifs Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold zari embroidery round the neckline, maroon churidar, no dupatta, cream
    # wall and a side table with a vase of flowers. Caption: caption adapter; open: extractive QA; wearing: VQA
    # adapter (looped).
    # Material: VQA adapter (cut at 30 tokens).
    case(
        "X971-013",
        caption("a woman in a red kurta with gold embroidery standing next to a table with a vase of flowers"),
        color_of("kurta", "red", kind="open"),
        color_of("churidar", "gold", "contradiction", kind="open"),
        details("kurta", "gold embroidery"),
        wearing(
            "a red dress and a red dress and a red dress and a red dress and a red dress and a red dress and a red",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.color("maroon"),
        Q.material(
            "cotton and polyester blend fabric with a soft and smooth texture that is comfortable to wear and easy to "
            "care for and is suitable for",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Maroon Embroidered Straight Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: lavender georgette anarkali, floor length, sequinned yoke, long sleeves, white churidar showing at the
    # ankles, grey backdrop. Caption: caption adapter (looped); wearing and material: VQA adapter.
    case(
        "X971-014",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "long-sleeve dress with pure color patterns"),
        Q.material("the dress is made of cotton", "unsupported"),
        wearing("a long purple dress", who="the woman"),
        Q.color("lavender"),
        Q.sleeve_length("long"),
        Q.pattern("floral", "contradiction"),
        is_a("kurta", "yes"),
        title="Ahalyaa Women Lavender Georgette Sequinned Anarkali Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: red straight kurta with small white floral buttis, gold shimmer leggings, gold bangles on both wrists,
    # hair open over the ears, white backdrop. Caption: caption adapter; open: extractive QA; wearing: VQA adapter.
    # Material: VQA adapter.
    case(
        "X971-015",
        caption("a woman in a red and white kurta with gold leggings and bangles"),
        color_of("kurta", "red and white", kind="open"),
        color_of("leggings", "gold", kind="open"),
        wearing("red kurta, gold pants, bangles, earrings and a necklace", "unsupported"),
        Q.material("polyester", "unsupported"),
        Q.color("red"),
        Q.pattern("printed"),
        title="Soch Women Red Floral Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: olive green kurta with beige floral print, knee length, beige leggings, white backdrop. The feed row has
    # no gender. Caption: caption adapter; open: extractive QA; wearing: VQA adapter (cut at 30 tokens).
    # Material: VQA adapter.
    case(
        "X971-016",
        caption("a person wearing a green kurta and beige leggings"),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        color_of("leggings", "beige", kind="open"),
        wearing(
            "a green kurta with a beige floral print on the front and sleeves, and a pair of beige leggings with a "
            "white and",
            "cut",
            hit_limit=True,
        ),
        Q.color("olive"),
        Q.garment_type("kurta"),
        Q.material("linen", "unsupported"),
        title="Biba Women Olive Green Printed Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # photo: the product is maroon churidar-length leggings, worn under a cream chikan kurta; white backdrop.
    # Caption: caption adapter; open: extractive QA; wearing: VQA adapter.
    case(
        "X971-017",
        caption("a woman in a white kurta and maroon leggings"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        describe("leggings", "maroon leggings"),
        wearing(
            "white kurta and maroon leggings, white kurta and maroon leggings, white kurta and maroon leggings, "
            "white kurta and maroon leggings, white",
            "loop",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.garment_type("kurta", "contradiction"),
        is_a("pair of leggings", "yes"),
        title="De Moza Women Maroon Solid Churidar-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: turquoise blue A-line kurta with silver thread embroidery, long sleeves, white churidar, white dupatta
    # over both arms, white backdrop. Caption: caption adapter; open: extractive QA; wearing: VQA adapter.
    case(
        "X971-018",
        caption("a man in a blue kurta and white pants", "pronoun"),
        color_of("kurta", "blue", kind="open"),
        color_of("pants", "white", kind="open"),
        wearing("white dress with white pants and white scarf", "other_garment_color"),
        Q.color("turquoise blue"),
        Q.sleeve_length("long"),
        Q.pattern("embroidered"),
        title="Varanga Women Turquoise Blue Embroidered A-Line Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: yellow anarkali with green floral print, V-neck, three-quarter sleeves, green churidar, outdoors under
    # trees. Caption: caption adapter in template mode; open: extractive QA; wearing and material: VQA adapter.
    case(
        "X971-019",
        caption(
            "The lady wears a long dress with floral patterns. The dress is with cotton fabric. It has a v-shape "
            "neckline. The lady wears a long pants. The pants are of long length."
        ),
        color_of("kurta", "", "non_answer", kind="open"),
        describe("kurta", "long dress with floral patterns"),
        wearing("a green dress with yellow flowers and green pants", "other_garment_color"),
        Q.material("what material is the garment made of", "restated"),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        title="Indo Era Women Yellow & Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: black solid straight kurta, black churidar, red dupatta with gold border over one shoulder, white
    # backdrop. Caption: caption adapter; open: extractive QA; wearing: VQA adapter.
    # Material: VQA adapter.
    case(
        "X971-020",
        caption("a woman in a black kurta and red dupatta"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        describe("dupatta", "red dupatta"),
        wearing("black kurta with red scarf Question: What is the color of the kurta? Answer: black", "leak"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Khushal K Women Black Solid Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: hip-length kurti with vertical pink and blue stripes, long sleeves, navy leggings, white backdrop, no
    # jewellery. Caption: caption adapter (cut); open: extractive QA; wearing: VQA adapter.
    case(
        "X971-021",
        caption(
            "The lady is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        describe("kurti", "long-sleeve shirt with stripe patterns"),
        wearing("he is wearing a striped shirt and blue leggings", "pronoun", who="she"),
        Q.pattern("striped"),
        Q.color("blue", "contradiction"),
        title="Nayo Women Pink & Blue Striped Cotton Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: cream straight kurta with a gold zari border at the hem, cream churidar, seated on a grey sofa beside a
    # floor lamp. Caption: caption adapter; open: extractive QA; wearing: VQA adapter.
    case(
        "X971-022",
        caption("a woman in a white kurta sitting on a grey couch"),
        color_of("kurta", "grey", "contradiction", kind="open"),
        D.details("", "non_answer"),
        wearing("white kurta and white pants with a gold necklace", "unsupported"),
        Q.color("cream"),
        is_a("kurta", "yes"),
        title="House of Pataudi Women Cream-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: rust straight kurta with black ethnic print, short sleeves, black leggings, white backdrop. Caption:
    # caption adapter (looped); open: extractive QA over the loop; wearing and material: VQA adapter.
    case(
        "X971-023",
        caption(
            "a woman wearing a brown and black kurta with black leggings and black leggings and black leggings and "
            "black leggings and black leggings and black leggings and black leggings and black",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        color_of("leggings", "black", kind="open"),
        wearing("she is wearing an orange and black dress and black pants", who="she"),
        Q.material("silk", "unsupported"),
        Q.color("rust"),
        Q.sleeve_length("short"),
        title="Sera Women Rust & Black Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: sea green chanderi anarkali with small gold buttis, white churidar, white backdrop, long sleeves.
    # Caption: caption adapter; open: extractive QA; wearing and material: VQA adapter.
    case(
        "X971-024",
        caption(
            "The lady wears a long dress with floral patterns. The dress is with silk fabric. The lady wears a long "
            "pants."
        ),
        color_of("kurta", "", "non_answer", kind="open"),
        Q.material("silk"),
        wearing("he is wearing a green dress and white pants", "pronoun"),
        Q.color("sea green"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        title="Tissu Women Sea Green Chanderi Silk Anarkali Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: blue and white tie-dye rayon kurta, knee length, short sleeves, white leggings, white backdrop.
    # Caption: caption adapter; open: extractive QA; wearing: VQA adapter (looped); material: VQA adapter.
    case(
        "X971-025",
        caption("a woman in a blue and white tie dye kurta and white leggings"),
        color_of("kurta", "blue and white", kind="open"),
        D.description("a blue and white tie dye kurta and white leggings"),
        wearing(
            "a blue and white tie dye shirt and white leggings and a blue and white tie dye shirt and white leggings "
            "and a blue and",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        title="Juniper Women Blue & White Tie-Dyed Rayon Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: the product is beige churidar, bunched at the ankles, worn under a green knee-length kurta with a
    # white and yellow floral print; gold earrings; white backdrop. Caption: caption adapter; open: extractive QA;
    # wearing: VQA adapter (cut at 30 tokens).
    case(
        "X971-026",
        caption("a woman in a green printed kurta and beige pants"),
        color_of("churidar", "green", "other_garment_color", kind="open"),
        describe("churidar", "beige pants"),
        wearing(
            "a green dress with a white and yellow floral print and beige leggings, she is wearing a pair of gold "
            "earrings and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("green", "contradiction"),
        Q.garment_type("kurta", "contradiction"),
        title="Biba Women Beige Solid Cotton Churidar",
        category="Churidar",
        color="Beige",
        gender="Women",
    ),
    # photo: burgundy velvet anarkali with gold embroidery, burgundy churidar, gold tissue dupatta over one
    # shoulder (not on the head), wall hung with marigold garlands. Caption: caption adapter; open: extractive QA;
    # wearing and material: VQA adapter.
    case(
        "X971-027",
        caption("a woman in a red dress with gold embroidery standing in front of a wall decorated with flowers"),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        wearing("a red and gold wedding dress with a veil", "unsupported"),
        Q.material("velvet"),
        Q.color("burgundy"),
        Q.sleeve_length("long"),
        is_a("kurta", "yes"),
        title="Mitera Women Burgundy Embroidered Velvet Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: plain yellow straight kurta, knee length, three-quarter sleeves, V-neck, white churidar, white
    # backdrop. The feed row has no color. Caption: caption adapter (ran its 50 tokens, the rest padding);
    # open: extractive QA; wearing: VQA adapter.
    case(
        "X971-028",
        caption(
            "The lady is wearing a three-quarter sleeve dress with pure color patterns. The dress is with cotton "
            "fabric. It has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        color_of("kurta", "pure color patterns", "non_answer", kind="open"),
        details("kurta", "three-quarter sleeve dress with pure color patterns"),
        wearing("white dress and white pants", "other_garment_color"),
        Q.color("yellow"),
        Q.sleeve_length("three-quarter"),
        title="Libas Women Yellow Solid Cotton Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: black straight kurta with white geometric print, black leggings, white backdrop. Caption: caption
    # adapter; open: extractive QA; wearing: VQA adapter (echoed its prompt).
    # Material: VQA adapter.
    case(
        "X971-029",
        caption("a woman wearing a black and white printed kurta with black leggings"),
        color_of("kurta", "black and white", kind="open"),
        color_of("leggings", "black", kind="open"),
        wearing("Question: What is the person wearing? Answer: a black and white dress", "leak"),
        Q.pattern("geometric"),
        Q.color("white", "contradiction"),
        Q.material("what material is the garment made of? the garment is made of cotton", "restated"),
        title="AKS Women Black & White Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: peach hip-length kurti with a green leaf print, short sleeves, green leggings, no watch or bangles,
    # white backdrop. Caption: caption adapter (invents a wrist accessory); open: extractive QA; wearing: VQA.
    case(
        "X971-030",
        caption(
            "The lady wears a short-sleeve blouse with floral patterns. The blouse is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        describe("kurti", "short-sleeve blouse with floral patterns"),
        wearing("green blouse with green leaves and green leggings", "other_garment_color"),
        Q.color("green", "contradiction"),
        Q.sleeve_length("short"),
        Q.pattern("floral"),
        title="Shree Women Peach-Coloured & Green Leaf Printed Cotton Kurti",
        category="Kurtis",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue anarkali with gold foil print, floor length covering the feet, navy churidar, standing on a
    # marble staircase. Caption: caption adapter; open: extractive QA; wearing: VQA adapter.
    # Material: VQA adapter (looped).
    case(
        "X971-031",
        caption("a woman in a blue and gold dress standing on a staircase"),
        color_of("kurta", "blue and gold", kind="open"),
        describe("kurta", "blue and gold dress"),
        wearing("a blue dress and gold sandals", "unsupported"),
        Q.color("navy blue"),
        Q.garment_type("dress", "contradiction"),
        Q.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk "
            "silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        title="Ishin Women Navy Blue & Gold-Toned Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: indigo knee-length straight kurta with white block print, white churidar, silver earrings, a silver
    # bracelet and rings, white backdrop. Caption: caption adapter (cut); open: extractive QA; wearing: VQA adapter.
    case(
        "X971-032",
        caption(
            "a woman wearing a blue kurta with white block print and white churidar pants, she is wearing a pair of "
            "silver earrings and a silver bracelet on her left wrist and a silver ring on her right hand and a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        color_of("churidar", "white", kind="open"),
        details("kurta", "white block print"),
        wearing("blue and white shirt and white pants", "contradiction"),
        Q.pattern("printed"),
        Q.color("indigo"),
        title="Fabindia Women Indigo Block Print Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: coral knee-length kurta with white thread embroidery on the yoke, white leggings, white backdrop.
    # Caption: caption adapter; open: extractive QA; wearing: VQA adapter (echoed the question).
    # Material: VQA adapter.
    case(
        "X971-033",
        caption("a woman wearing an orange kurta and white leggings"),
        color_of("kurta", "orange", kind="open"),
        details("kurta", "white leggings", "contradiction"),
        wearing("what is she wearing", "restated", who="she"),
        Q.material("rayon", "unsupported"),
        Q.color("coral"),
        title="Rain & Rainbow Women Coral Embroidered Cotton Straight Kurta",
        category="Kurtas",
        color="Coral",
        gender="Women",
    ),
    # photo: green ikat kurta with pink ikat bands, long sleeves, pink churidar, white backdrop. Caption: caption
    # adapter in template mode; open: extractive QA; wearing: VQA adapter.
    case(
        "X971-034",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("churidar", "pure color patterns", "non_answer", kind="open"),
        describe("kurta", "long-sleeve dress with lattice patterns"),
        wearing("pink dress and pink pants", "other_garment_color"),
        Q.pattern("printed"),
        Q.color("pink", "contradiction"),
        title="Anouk Women Green & Pink Ikat Printed Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: plain mauve A-line kurta, grey leggings, a white clutch in her hand, white backdrop. Caption: caption
    # adapter; open: extractive QA; wearing: VQA adapter (looped).
    case(
        "X971-035",
        caption("a woman in a purple kurta and grey leggings holding a white clutch"),
        color_of("kurta", "grey", "other_garment_color", kind="open"),
        color_of("leggings", "grey", kind="open"),
        wearing(
            "purple kurta, grey leggings, white clutch, purple kurta, grey leggings, white clutch, purple kurta, grey "
            "leggings, white",
            "loop",
            hit_limit=True,
        ),
        Q.color("mauve"),
        Q.pattern("solid"),
        Q.garment_type("dress", "contradiction"),
        title="Varanga Women Mauve Solid A-Line Kurta",
        category="Kurtas",
        color="Mauve",
        gender="Women",
    ),
    # photo: orange silk-blend kurta with a gold brocade border, cream churidar, a brass diya burning on a stand
    # beside her (her hands are empty), white backdrop. Caption: caption adapter; open: extractive QA; wearing: VQA.
    # Material: VQA adapter (ran on into a new question).
    case(
        "X971-036",
        caption("a woman in an orange kurta and white pants holding a plate of diyas", "unsupported"),
        color_of("kurta", "orange", kind="open"),
        color_of("pants", "white", kind="open"),
        wearing("he is wearing an orange kurta", "pronoun"),
        Q.color("orange"),
        Q.material("silk Question: What is the color of the kurta? Answer: orange", "leak"),
        title="Vastramay Women Orange Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: white straight kurta with a blue floral print, blue leggings, white backdrop. The feed row has no
    # category. Caption: caption adapter; open: extractive QA; wearing: VQA adapter.
    case(
        "X971-037",
        caption("a woman in a white and blue floral kurta and blue leggings"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        color_of("leggings", "blue", kind="open"),
        wearing("white floral dress and blue leggings with a blue handbag", "unsupported"),
        Q.color("white"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        title="Sangria Women White & Blue Floral Printed Straight Kurta",
        color="White",
        gender="Women",
    ),
    # photo: maroon crepe kurta with gold print at the hem, long sleeves, black leggings, grey backdrop. Caption:
    # caption adapter in template mode; open: extractive QA; wearing and material: VQA adapter.
    case(
        "X971-038",
        caption(
            "The gentleman wears a long-sleeve dress with graphic patterns. His dress is with cotton fabric. The lower "
            "clothing is of long length.",
            "pronoun",
        ),
        details("kurta", "graphic patterns"),
        Q.material("cotton", "unsupported"),
        wearing("black dress and black leggings", "other_garment_color"),
        Q.color("red"),
        Q.sleeve_length("long"),
        title="Janasya Women Maroon Printed Crepe Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white anarkali with a red floral print, red churidar, silver jhumkas, white backdrop. Caption:
    # caption adapter; open: extractive QA; wearing: VQA adapter (looped).
    # Material: VQA adapter.
    case(
        "X971-039",
        caption("a woman in a white and red floral anarkali dress with red churidar and silver earrings"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        color_of("churidar", "red", kind="open"),
        wearing(
            "a white and red dress with red pants and a white and red dress with red pants and a white and red dress "
            "with red",
            "loop",
            hit_limit=True,
        ),
        Q.color("off white"),
        Q.garment_type("kurta"),
        Q.pattern("solid", "contradiction"),
        Q.material("what material is the garment made of? what material is the garment made of?", "restated"),
        title="Global Desi Women Off-White & Red Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: grey melange cotton kurta with black embroidery on the neckline, long sleeves, black churidar, white
    # backdrop. Caption: caption adapter; open: extractive QA; wearing: VQA adapter (ran on into a new question).
    # Material: VQA adapter.
    case(
        "X971-040",
        caption("a woman wearing a grey kurta with black embroidery on the neckline and black leggings"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        details("kurta", "black embroidery on the neckline"),
        wearing(
            "a grey shirt Question: What is the color of the shirt? Answer: grey Question: What is the color of the "
            "pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.sleeve_length("long"),
        Q.material("wool", "unsupported"),
        title="W Women Grey Melange Embroidered Cotton Straight Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: baby pink georgette anarkali with white chikan embroidery, long sleeves, round neck, white leggings,
    # a ring on one finger, white backdrop. Caption: caption adapter (cut); wearing and material: VQA adapter.
    case(
        "X971-041",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric. There is a ring on "
            "her finger and",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        wearing("his dress is pink with white flowers", "pronoun"),
        Q.color("pink"),
        Q.sleeve_length("long"),
        Q.pattern("embroidered"),
        title="Biba Women Pink Chikankari Georgette Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: teal hip-length kurti with a small white print, three-quarter sleeves, white leggings, white backdrop.
    # Caption: caption adapter; open: extractive QA; wearing: VQA adapter.
    # Material: VQA adapter.
    case(
        "X971-042",
        caption("a woman wearing a blue top and white leggings"),
        color_of("kurti", "blue", kind="open"),
        color_of("leggings", "blue", "contradiction", kind="open"),
        wearing("yes", "non_answer"),
        Q.color("teal"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three-quarter"),
        Q.material("silk", "unsupported"),
        title="Melange by Lifestyle Women Teal Printed Kurti",
        category="Kurtis",
        color="Teal",
        gender="Women",
    ),
    # photo: red bandhani kurta with gold gota trim, gold churidar, white backdrop. Caption: caption adapter; open:
    # extractive QA; wearing: VQA adapter.
    case(
        "X971-043",
        caption(
            "a woman in a red and gold kurta with polka dots and gold leggings holding a red clutch", "unsupported"
        ),
        color_of("kurta", "red and gold", kind="open"),
        color_of("churidar", "red and gold", "contradiction", kind="open"),
        wearing(
            "she is wearing a red and gold kurta with a gold border on the sleeves and the hem, and a pair of gold "
            "leggings with a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("red"),
        is_a("kurta", "yes"),
        title="Inddus Women Red & Gold-Toned Bandhani Kurta with Churidar",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: black anarkali with a multicolour floral print, long sleeves, black churidar, dark grey backdrop.
    # Caption: caption adapter (looped); open: extractive QA; wearing: VQA adapter.
    # Material: VQA adapter.
    case(
        "X971-044",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. The lady wears "
            "a long-sleeve dress with floral patterns. The dress is with cotton fabric. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "long-sleeve dress with floral patterns"),
        wearing(
            "a black dress with red, yellow, blue and green flowers all over it, long sleeves and a round neck, "
            "and black pants with a",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("floral"),
        is_a("kurta", "no", "contradiction"),
        Q.material("what material is this garment made of", "restated"),
        title="Nayo Women Black Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: the product is mustard yellow churidar leggings, worn under a white printed kurta; white backdrop.
    # Caption: caption adapter; open: extractive QA; wearing: VQA adapter (ran on into a new question).
    case(
        "X971-045",
        caption("a woman in a white kurta and yellow leggings"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        describe("leggings", "yellow leggings"),
        wearing("white kurta and yellow leggings Question: What is the color of the leggings? Answer: yellow", "leak"),
        Q.color("mustard"),
        is_a("pair of leggings", "yes"),
        title="Twin Birds Women Mustard Yellow Solid Churidar Leggings",
        category="Leggings",
        color="Mustard",
        gender="Women",
    ),
    # photo: plain lime green straight kurta, short sleeves, round neck, white leggings, white backdrop. Caption:
    # caption adapter (says sleeveless); open: extractive QA; wearing: VQA adapter.
    case(
        "X971-046",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        wearing("she is wearing a white kurta and white pants", "other_garment_color", who="she"),
        Q.sleeve_length("short"),
        Q.color("lime green"),
        title="AKS Couture Women Lime Green Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Lime Green",
        gender="Women",
    ),
]
