"""BLIND_197 (46 products; women's kurtas, kurta sets and salwar suits, Indian marketplace): written blind in the
thirty-eighth session. Measured blind at 636e493 (the session's final rules): 84/118 failures found (71.2%) and
9/152 correct texts flagged (5.9%). The writer's notes, verbatim:

Scenario:
    A Myntra-like English feed of women's ethnic wear: straight, A-line and anarkali kurtas, short kurtis, and
    kurta sets (kurta with palazzos, trousers, churidar, salwar or sharara, most with a dupatta). Catalog columns are
    the feed's own: title (brand first, as Myntra writes it), category (Kurtas, Kurtis, Kurta Sets), seller color
    (the kurta's color for a set; "Multi" for patchwork) and gender. A few rows lack gender, as real feeds do. Photos
    are studio shots on plain walls, one model, full length. Every product is asked the original experiments'
    questionnaire in its kurta form (What is she wearing? What is the color of the kurta? Describe the kurta. What
    are the kurta details? What is the color of the dupatta / palazzos / trousers?) and/or enrich's default
    questions (D.*), with a few open questions of this set's own (neckline, jewelry, the dupatta described).

Who wrote what:
    X197-001..018: the untuned base model (Salesforce/blip2-opt-2.7b) wrote the caption and every open answer;
    it stops on the newline, so nothing here hit the token limit. Its errors are the ones CONTEXT.md lists for the
    base: one color carried to every garment of the set, a wrong pronoun, invented details (pockets, tassels, a
    dupatta that is not there, silk), western or wrong Indian garment words ("saree", "lehenga", "dress").
    X197-019..032: the adapters. Captions by the caption adapter (epoch 3 template captions; epoch 1 on 022, 025,
    028 and 032, which sometimes still stops like the base and sometimes runs on); open answers by the VQA adapter
    (Data3_V3_BLIP2_VQA), except 024 and 025, where the caption adapter answered every prompt, and the kurta
    details of 020-024, 027, 029 and 031, where the caption adapter was used per question for its richer
    details. With no end token these run to the limit (50 tokens for captions, 30 for answers): loops, cuts
    mid-sentence, the `Question: ... Answer:` format continued, the caption template returned for questions.
    Every adapter text that ran to the limit has hit_limit=True, including the few that happen to end on a full stop.
    X197-033..046: the reference engine: a caption by the caption adapter (epoch 3, hit_limit=True since the
    adapter wrote it), open answers extracted from that caption by mdeberta-v3-base-squad2 (spans, sometimes the
    empty no-answer), closed questions (the D closed questions, the color_of questions, is_a) answered by ranking
    candidates. Closed answers everywhere in the set come from that ranking and never hit a limit, except the
    yes/no "Is this a kurta?" of 021 and 027, which the VQA adapter generated freely (stored closed, as the VQA
    data's yes/no question) and which loop to the limit like its other answers.

Labeling conventions and judgement calls:
    - Shade words for the seller color are correct: mustard -> yellow, maroon -> red/wine, navy blue -> blue,
      teal -> green, coral/rust -> orange, magenta -> pink/fuchsia, lavender -> purple, off white/cream -> white,
      beige -> khaki, blue -> indigo. A set named piece by piece in its own colors (mustard kurta, white palazzos,
      pink dupatta) is correct, and so is a dupatta that really matches the kurta.
    - Garment words: kurti, tunic, salwar suit/kameez, anarkali, "top" for a hip-length kurti and "shirt" (the
      template's word; kurta means shirt) are correct. "shirt" for a collared, buttoned kurta is plainly correct.
      "dress" when the bottoms are visible under the kurta, "saree", "lehenga", "T-shirt", "tank top", "blouse"
      are contradictions. DeepFashion template oddities ("a long pants", "is with cotton fabric", "pure color
      patterns" for a solid kurta, "stand neckline" for a mandarin collar) are not failures in themselves.
    - A color answer that is the color of another piece of the same outfit (the kurta's mustard for the pink
      dupatta, the palazzos' maroon for the kurta) is other_garment_color; a color nothing in the photo has is a
      contradiction. A color for a dupatta the photo does not have is unsupported (the piece is invented).
    - Materials: the title is the only evidence. A material the title names is correct; a different one, even a
      look-alike (chiffon for georgette), or a material where the title names none and the photo cannot show it
      (silk for a printed kurta), is unsupported; so is denim for a kurta whose title says cotton (012). Where
      the title names no material, denim taken from the jeans against the caption's own "cotton" for the kurta
      is a contradiction between the texts (037).
    - One kind per text, the first an auditor would notice: a text that repeats itself is a loop even if it
      also has the wrong color or garment; a text that continues into "Question: ... Answer:" is a leak even
      though it is also cut; the caption template returned for a question it does not answer (the color of the
      dupatta, the material) is restated even when truncated, while a template that does answer the question
      (What is she wearing? -> "The lady wears ...") but stops mid-sentence is cut. In a template caption that
      is cut, a wrong garment word or invented accessory earlier in the text is labeled instead of the cut.
    - An extractive span that names an accessory as the garment's details ("There is an accessory on her
      wrist") is a contradiction (accessory answered as garment); the empty no-answer is non_answer; a long span
      that is a fair description is correct. A span copied from the cut end of the caption ("There is an
      accessory on", 046) is labeled cut although the extractor itself hit no limit (hit_limit stays False).
    - Closed answers are single candidates; "red" for maroon, "green" for teal, "indigo" for blue, "pure color"
      for a solid kurta are correct. Mandarin/stand collars, three-quarter sleeves and "v-shape" follow the photo.
    - A scene caption given for "Describe the garment." ("a woman wearing ... standing in front of a wall") is
      restated; "it is a kurta" for "Describe the kurta." and "the details" are non_answer.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)


def she(text, failure=None, hit_limit=False):
    """The experiments' 'What is she wearing?'."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


SHE_WEARING = question("she_wearing", "What is she wearing?", "open")
KURTA_DETAILS = question("kurta_details", "What are the kurta details?", "open")
NECKLINE = question("neckline", "What is the neckline of the kurta?", "open")
DUPATTA = question("dupatta_description", "Describe the dupatta.", "open")
JEWELRY = question("jewelry", "What jewelry is she wearing?", "open")

# template pieces the caption adapter (DeepFashion-MultiModal captions) writes for nearly every kurta
_LONG_SOLID = "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."

BLIND_197 = [
    # ---------------------------------------------------------------- base model (no adapter), stops on newline
    # mustard straight kurta, small white floral block print, mandarin collar, 3/4 sleeves, white trousers, grey wall
    case(
        "X197-001",
        caption("a woman in a yellow kurta and white pants standing in front of a grey wall"),
        she("a yellow kurta and white pants"),
        color_of("kurta", "mustard", kind="open"),
        color_of("trousers", "yellow", "other_garment_color", kind="open"),
        D.pattern("floral"),
        details("kurta", "the kurta has a mandarin collar and three quarter sleeves"),
        D.material("cotton"),
        gender="Women",
        title="Libas Women Mustard Yellow Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # maroon A-line kurta with gold zari yoke, matching maroon palazzos, pale gold dupatta draped over both arms
    case(
        "X197-002",
        caption("a woman in a maroon salwar suit with a gold dupatta"),
        she("a maroon kurta with palazzo pants and a dupatta"),
        color_of("kurta", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        details("kurta", "gold embroidery on the neck"),
        D.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Anouk Women Maroon Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # teal solid A-line kurta, round neck with pintucks, long sleeves, white churidar, white backdrop
    case(
        "X197-003",
        caption("a man in a green kurta and white pants", "pronoun"),
        D.wearing("a green kurta and white leggings"),
        D.color("teal"),
        D.pattern("pure color"),
        D.description("it is a teal kurta with a round neck and long sleeves"),
        D.details("the kurta has pockets on the side", "unsupported"),
        NECKLINE("v neck", "contradiction"),
        gender="Women",
        title="Sangria Women Teal Solid A-Line Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # off-white straight kurta with indigo floral print all over, 3/4 sleeves, solid blue straight trousers
    case(
        "X197-004",
        caption("a woman wearing a white and blue floral kurta"),
        she("a white kurta with blue flowers"),
        color_of("kurta", "white", kind="open"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        describe("kurta", "it is a kurta", "non_answer"),
        D.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="W Women Off White & Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # pink kurta with green floral print and v-neck, green trousers, green chiffon dupatta with a pink border
    case(
        "X197-005",
        caption("a woman in a pink and green salwar kameez"),
        she("she is wearing a pink kurta with green pants and a green dupatta"),
        color_of("kurta", "pink", kind="open"),
        color_of("dupatta", "green", kind="open"),
        details("kurta", "floral print with a v neck"),
        is_a("saree", "yes", "contradiction"),
        gender="Women",
        title="Biba Women Pink & Green Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # woman with a short bob in a navy blue kurta, white embroidered neckline, 3/4 sleeves, white palazzos
    case(
        "X197-006",
        caption("a man in a blue shirt and white pants", "pronoun"),
        D.wearing("a blue kurta and white pants"),
        D.color("navy blue"),
        D.garment_type("kurta"),
        D.details("white embroidery on the neck"),
        D.material("silk", "unsupported"),
        gender="Women",
        title="Aurelia Women Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # rust tiered flared knee-length kurta, small black geometric print, sleeveless, black churidar below the hem
    case(
        "X197-007",
        caption("a woman in an orange dress standing on a white background", "contradiction"),
        she("an orange kurta and black leggings"),
        color_of("kurta", "orange", kind="open"),
        D.sleeve_length("sleeveless"),
        D.pattern("floral", "contradiction"),
        describe("kurta", "a rust orange kurta with black print and a flared hem"),
        gender="Women",
        title="Global Desi Women Rust Orange Geometric Printed Tiered Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # lavender kurta with white thread embroidery, lavender palazzos, no dupatta in the photo
    case(
        "X197-008",
        caption("a woman in a purple kurta and palazzo pants"),
        she("a purple kurta and purple pants"),
        color_of("dupatta", "purple", "unsupported", kind="open"),
        details("kurta", "white embroidery"),
        D.material("cotton"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Lavender Embroidered Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
    ),
    # green kurta with gold foil print, flared green sharara pants, off-white net dupatta with gold edge
    case(
        "X197-009",
        caption("a woman in a green lehenga with a white dupatta", "contradiction"),
        she("a green kurta with sharara pants and a white dupatta"),
        color_of("kurta", "green", kind="open"),
        color_of("dupatta", "white", kind="open"),
        color_of("sharara", "white", "other_garment_color", kind="open"),
        D.details("gold print"),
        gender="Women",
        title="Jaipur Kurti Women Green & Gold-Toned Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # magenta straight kurta with gold gota lace on the hem and cuffs, long sleeves, white trousers
    case(
        "X197-010",
        caption("a woman in a pink kurta with gold trim"),
        D.wearing("pink kurta"),
        D.color("fuchsia"),
        D.description("a woman wearing a pink kurta with gold trim standing in front of a white wall", "restated"),
        D.details("gold lace on the bottom"),
        D.material("silk", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Kalini Women Magenta Solid Straight Kurta with Gotta Patti",
        category="Kurtas",
        color="Magenta",
    ),
    # peach kurta with silver embroidered yoke, peach trousers, peach dupatta with silver border
    case(
        "X197-011",
        caption("a woman in a peach colored salwar suit"),
        she("he is wearing a peach kurta", "pronoun"),
        color_of("dupatta", "peach", kind="open"),
        color_of("trousers", "white", "contradiction", kind="open"),
        details("kurta", "silver embroidery on the yoke"),
        D.material("silk", "unsupported"),
        gender="Women",
        title="Indo Era Women Peach-Coloured Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # short-haired model, black kurta with thin white vertical stripes, mandarin collar, button placket,
    # roll-up sleeves, blue jeans
    case(
        "X197-012",
        caption("a woman in a black and white striped shirt and jeans"),
        D.wearing("he is wearing a black and white striped shirt and jeans", "pronoun"),
        D.color("black"),
        D.pattern("striped"),
        D.details("the sleeves are rolled up"),
        D.material("denim", "unsupported"),
        gender="Women",
        title="HERE&NOW Women Black & White Striped Cotton Shirt Style Kurta",
        category="Kurtas",
        color="Black",
    ),
    # red chanderi kurta with small gold woven buttis, red churidar, red dupatta with gold border, jhumkas
    case(
        "X197-013",
        caption("a woman in a red saree with gold jewelry", "contradiction"),
        she("a red kurta and a red dupatta"),
        color_of("dupatta", "red", kind="open"),
        D.material("chanderi silk"),
        D.details("small gold motifs all over"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Soch Women Red & Gold-Toned Woven Design Chanderi Silk Kurta Set",
        category="Kurta Sets",
        color="Red",
    ),
    # yellow kurta with blue ethnic motifs, blue palazzos with a small yellow print
    case(
        "X197-014",
        caption("a woman in a yellow kurta and blue palazzo pants"),
        she("yellow kurta and yellow pants", "other_garment_color"),
        color_of("kurta", "yellow", kind="open"),
        color_of("palazzos", "yellow", "other_garment_color", kind="open"),
        describe("kurta", "a yellow kurta with blue print"),
        gender="Women",
        title="Anouk Women Yellow & Blue Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # olive kurta with gold gota yoke, olive trousers, mustard organza dupatta
    case(
        "X197-015",
        caption("a woman in a green kurta with a yellow dupatta"),
        she("a green salwar kameez"),
        color_of("kurta", "olive green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        details("kurta", "the details", "non_answer"),
        gender="Women",
        title="Libas Women Olive Green Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Olive",
    ),
    # white anarkali with red and pink floral print, flared to the calves, 3/4 sleeves, white churidar visible
    case(
        "X197-016",
        caption("a woman in a white anarkali with red flowers"),
        D.wearing("a white anarkali suit"),
        D.color("white"),
        D.pattern("floral"),
        D.garment_type("dress", "contradiction"),
        D.description("a woman in a white anarkali with red flowers", "restated"),
        D.details("red and pink flowers with a flared bottom"),
        gender="Women",
        title="Rain & Rainbow Women White Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="White",
    ),
    # hip-length coral kurti with white leaf print, keyhole round neck with a button, short sleeves, white pants
    case(
        "X197-017",
        caption("a woman wearing an orange top and white pants"),
        D.wearing("an orange top and white pants"),
        D.color("coral"),
        D.sleeve_length("short sleeves"),
        D.description("it is an orange top with white leaves on it and a pocket on the front", "unsupported"),
        D.details("the top has a keyhole neck with a button"),
        title="Vishudh Women Coral Printed Kurti",
        category="Kurtis",
        color="Coral",
    ),
    # royal blue bandhani-dot kurta, plain round neck, blue sharara, white dupatta with blue dots
    case(
        "X197-018",
        caption("a woman in a blue and white outfit"),
        she("a blue kurta with white polka dots, blue pants and a white scarf"),
        color_of("dupatta", "white with blue dots", kind="open"),
        details("kurta", "the kurta has white polka dots and a v-neck with a gold tassel", "unsupported"),
        NECKLINE("neckline", "non_answer"),
        gender="Women",
        title="Ishin Women Blue & White Bandhani Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # ---------------------------------------------------------------- adapters (no end token)
    # pink straight kurta with white floral print, 3/4 sleeves, round neck, white trousers, silver bangles
    case(
        "X197-019",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        she(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "Pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The kurta is pink. Question: What is the color of the kurta? Answer: Pink Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # black kurta with multicolour thread embroidery on the yoke, v-neck, black palazzos, red dupatta
    case(
        "X197-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. There is an accessory on her wrist. The lady wears a long trousers. The "
            "trousers are",
            "contradiction",
            hit_limit=True,
        ),
        she(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "dupatta",
            "Black Black Black Black Black Black Black Black Black Black Black Black Black Black Black Black "
            "Black Black Black Black Black Black Black Black Black Black Black Black Black Black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "Black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "kurta",
            "It has a v-shape neckline. There is an accessory on her wrist. The lady wears a long trousers. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Black Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # beige shirt-collar kurta with button placket, long sleeves, beige trousers, brown sling bag on the shoulder
    case(
        "X197-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        she(
            "shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants, "
            "shirt, pants",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "Khaki Question: What is the color of the trousers? Answer: Khaki Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "trousers",
            "Khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki "
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The shirt is with cotton fabric. It has a lapel neckline. The lady wears a long trousers. The "
            "trousers are with cotton fabric.",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "Yes, it is a kurta. Yes, it is a kurta. Yes, it is a kurta. Yes, it is a kurta. Yes, it is a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="W Women Beige Solid Pure Cotton Shirt Collar Kurta with Trousers",
        category="Kurta Sets",
        color="Beige",
    ),
    # hip-length sea green A-line kurti, white abstract print, short flared sleeves, blue jeans, watch on wrist
    case(
        "X197-022",
        caption("a woman in a green top and jeans"),
        D.wearing(
            "Blouse, denim, blouse, denim, blouse, denim, blouse, denim, blouse, denim, blouse, denim, blouse, "
            "denim, blouse",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("graphic"),
        D.description(
            "The top is a green top with a white print and a v-neck and short sleeves and a v-neck and short "
            "sleeves and a v",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The top has short sleeves and a round neckline. There is an accessory on her wrist. The top is with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Sztori Women Sea Green Printed A-Line Kurti",
        category="Kurtis",
        color="Sea Green",
    ),
    # mustard kurta with red block print, red salwar, red-and-mustard bandhani dupatta
    case(
        "X197-023",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        she(
            "A dress with a scarf, a dress with a scarf, a dress with a scarf, a dress with a scarf, a dress with a",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "Mustard Question: What is the color of the dupatta? Answer: Red Question: What is the color of the "
            "salwar? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "dupatta",
            "Mustard Mustard Mustard Mustard Mustard Mustard Mustard Mustard Mustard Mustard Mustard Mustard "
            "Mustard Mustard Mustard",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The shirt is with cotton fabric. It has a round neckline. The lady wears a long pants. The pants are "
            "with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Biba Women Mustard Yellow & Red Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # bottle green kurta with gold lace at the round neck, green churidar, gold dupatta; caption adapter for all
    case(
        "X197-024",
        caption(
            _LONG_SOLID + " It has a round neckline. The lady wears a long leggings. The leggings are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        she(
            _LONG_SOLID + " It has a round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "dupatta",
            _LONG_SOLID + " It has a round neckline. The lady wears",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            _LONG_SOLID + " It has a round neckline. The lady wears",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The shirt is with cotton fabric. It has a round neckline. The lady wears a long leggings. The "
            "leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Aurelia Women Green Solid Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # purple kurta with gold ethnic print, purple palazzos, purple dupatta with gold print; caption adapter
    # (epoch 1) answered every prompt with its caption and stopped each time
    case(
        "X197-025",
        caption("a woman in a purple kurta and palazzo pants with a dupatta"),
        she("a woman in a purple kurta and palazzo pants with a dupatta"),
        color_of("dupatta", "a woman in a purple kurta and palazzo pants with a dupatta", "restated", kind="open"),
        D.material("a woman in a purple kurta and palazzo pants with a dupatta", "restated"),
        details("kurta", "a woman in a purple kurta and palazzo pants with a dupatta", "restated"),
        gender="Women",
        title="Khushal K Women Purple Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # turquoise kurta with white floral jaal print, notched round neck, 3/4 sleeves, white palazzos
    case(
        "X197-026",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with rayon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "Blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        D.details(
            "Question: What are the details of the garment? Answer: Floral print Question: What are the details "
            "of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "Cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Juniper Women Turquoise Blue Floral Printed Rayon Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # red sleeveless straight kurta with white thread work at the neck, white trousers, silver jhumkas
    case(
        "X197-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        she(
            "Tank top and pants. Tank top and pants. Tank top and pants. Tank top and pants. Tank top and pants. "
            "Tank top",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "Red Question: What is the color of the kurta? Answer: Red Question: What is the color of the kurta? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        details(
            "kurta",
            "The tank top is with cotton fabric. It has a round neckline. The lady wears a long pants. The pants "
            "are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Nayo Women Red Solid Sleeveless Straight Kurta",
        category="Kurtas",
        color="Red",
    ),
    # cream kurta with blue floral print, solid blue straight trousers, no pockets visible
    case(
        "X197-028",
        caption("a woman in a white and blue kurta with blue pants"),
        she(
            "White kurta and blue pants, white kurta and blue pants, white kurta and blue pants, white kurta",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "White. The kurta is white with blue flowers and the pants are blue. The kurta is white with blue "
            "flowers and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "trousers",
            "Blue with a white floral border at the bottom, the trousers have a straight fit and two side pockets with",
            "unsupported",
            kind="open",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The kurta has a round neck and three quarter sleeves and the trousers have a straight fit and the "
            "kurta has a round",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Cream-Coloured & Blue Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Cream",
    ),
    # lemon yellow georgette anarkali, white thread embroidery on the yoke, long sleeves, yellow churidar, bangles
    case(
        "X197-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. There is an accessory on her wrist. The lady wears a long leggings. The "
            "leggings",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "Dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.details(
            "It has a round neckline. There is an accessory on her wrist. The lady wears a long leggings.",
            hit_limit=True,
        ),
        gender="Women",
        title="GERUA Women Yellow Embroidered Georgette Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # grey kurta with thin pink vertical stripes, mandarin collar, 3/4 sleeves, pink trousers
    case(
        "X197-030",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "Shirt and pants Question: What is the person wearing? Answer: Shirt and pants Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.color("grey"),
        D.pattern("striped"),
        D.description(
            "Grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            hit_limit=True,
        ),
        NECKLINE(
            "Stand collar with buttons Question: What is the neckline of the kurta? Answer: Stand collar with "
            "buttons Question:",
            "leak",
            hit_limit=True,
        ),
        title="Mokshi Women Grey & Pink Striped Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # cobalt blue kurta with gold yoke embroidery, v-neck, blue palazzos, gold tissue dupatta
    case(
        "X197-031",
        caption(
            "The lady wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This",
            "cut",
            hit_limit=True,
        ),
        she(
            "Blue dress with gold dupatta, blue dress with gold dupatta, blue dress with gold dupatta, blue dress with",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "dupatta",
            "Blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "Blue Question: What is the color of the dupatta? Answer: Blue Question: What is the color of the palazzo",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details(
            "kurta",
            "It has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. This",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Varanga Women Blue & Golden Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # black A-line kurta with gold foil print all over, round neck with a slit, 3/4 sleeves, black palazzos
    case(
        "X197-032",
        caption(
            "a woman in a black and gold kurta with a black and gold dupatta and a black and gold kurta with a "
            "black and gold dupatta and a black and gold kurta with a black and gold",
            "loop",
            hit_limit=True,
        ),
        she(
            "Black and gold kurta with black palazzo pants. Question: What is she wearing? Answer: Black and gold "
            "kurta with",
            "leak",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The kurta has a gold print on the front and a gold print on the sleeves and a gold print on the hem and a",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "Black and gold, the kurta is black with a gold print and a round neck with a slit, the sleeves are "
            "three quarter with",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women Black & Gold-Toned Foil Printed A-Line Kurta",
        category="Kurtas",
        color="Black",
    ),
    # ---------------------------------------------------------------- reference engine (caption adapter caption,
    # extractive answers over it, ranked closed answers)
    # green kurta with pink florals, v-neck, green palazzos with the same print, pink dupatta
    case(
        "X197-033",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and floral patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with floral patterns"),
        color_of("kurta", "green"),
        color_of("dupatta", "green", "other_garment_color"),
        details("kurta", "v-shape neckline"),
        D.material("cotton"),
        gender="Women",
        title="Anouk Women Green Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # maroon straight kurta with gold buttons on the placket, round neck, long sleeves, maroon trousers
    case(
        "X197-034",
        caption(
            _LONG_SOLID + " It has a round neckline. The lady wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with pure color patterns"),
        D.color("red"),
        D.pattern("pure color"),
        D.details("It has a round neckline"),
        D.description("", "non_answer"),
        D.material("cotton"),
        gender="Women",
        title="Sangria Women Maroon Solid Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Maroon",
    ),
    # white georgette kurta with white chikankari, sheer sleeves, white palazzos, silver bracelet
    case(
        "X197-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. There is an accessory on her wrist. The lady wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with pure color patterns"),
        D.color("white"),
        D.pattern("pure color"),
        D.material("chiffon", "unsupported"),
        D.details("There is an accessory on her wrist", "contradiction"),
        gender="Women",
        title="Biba Women White Chikankari Embroidered Georgette Kurta",
        category="Kurtas",
        color="White",
    ),
    # navy kurta with white geometric print, white palazzos with small navy print, no dupatta
    case(
        "X197-036",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns.",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with graphic patterns"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue", "other_garment_color"),
        color_of("dupatta", "blue", "unsupported"),
        details("kurta", "graphic patterns"),
        gender="Women",
        title="W Women Navy Blue & White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # multicoloured patchwork kurta (orange, blue, green panels), v-neck, long sleeves, blue jeans
    case(
        "X197-037",
        caption(
            "The lady wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. It has "
            "a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt"),
        D.color("multicolor"),
        D.pattern("color block"),
        D.material("denim", "contradiction"),
        D.details("v-shape neckline"),
        title="Global Desi Women Multicoloured Patchwork Printed Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # baby pink kurta with silver sequin embroidery, v-neck, 3/4 sleeves, pink sharara, pink net dupatta
    case(
        "X197-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. There is an accessory on her wrist. The lady wears a long pants. The pants are",
            "contradiction",
            hit_limit=True,
        ),
        she("a sleeveless dress", "contradiction"),
        color_of("kurta", "pink"),
        color_of("dupatta", "pink"),
        D.sleeve_length("three-quarter sleeves"),
        details("kurta", "v-shape neckline"),
        D.material("chiffon", "unsupported"),
        gender="Women",
        title="Indo Era Women Pink Sequinned Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # indigo dabu-print kurta with white floral motifs, round neck, 3/4 sleeves, white pants
    case(
        "X197-039",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a medium-sleeve shirt with floral patterns"),
        D.color("indigo"),
        D.pattern("floral"),
        D.material("cotton"),
        D.description(
            "a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round neckline"
        ),
        gender="Women",
        title="Jaipur Kurti Women Indigo Blue Dabu Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # orange solid kurta, long sleeves, orange palazzos, pink leheriya dupatta over one shoulder
    case(
        "X197-040",
        caption(
            _LONG_SOLID + " It has a round neckline. The lady wears a long pants. The pants are with cotton fabric "
            "and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        color_of("kurta", "orange"),
        color_of("dupatta", "orange", "other_garment_color"),
        DUPATTA("", "non_answer"),
        D.sleeve_length("long sleeves"),
        gender="Women",
        title="Ahalyaa Women Orange Solid Cotton Kurta with Palazzos & Leheriya Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # lime green kurta with white polka dots, round neck, short sleeves, white trousers, holding a clutch
    case(
        "X197-041",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt", "contradiction"),
        D.garment_type("kurta"),
        D.color("green"),
        D.details("graphic patterns"),
        D.sleeve_length("short sleeves"),
        gender="Women",
        title="Nayo Women Lime Green Polka Dot Printed Straight Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # peach kurta, round neck, long sleeves, peach churidar, white dupatta with a peach border
    case(
        "X197-042",
        caption(
            _LONG_SOLID + " It has a round neckline. The lady wears a long leggings. The leggings are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        she("a long-sleeve shirt"),
        color_of("kurta", "peach"),
        color_of("churidar", "white", "other_garment_color"),
        color_of("dupatta", "white"),
        details("kurta", "round neckline"),
        title="Aurelia Women Peach Solid Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # mustard kurta with maroon ethnic motifs, round neck, long sleeves, maroon palazzos
    case(
        "X197-043",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with graphic patterns"),
        D.color("maroon", "other_garment_color"),
        D.pattern("graphic"),
        D.details("graphic patterns"),
        D.material("cotton", "unsupported"),
        title="Kalini Women Mustard Yellow Ethnic Motifs Printed Rayon Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # teal silk-blend kurta with gold woven border, teal churidar, gold-and-teal dupatta, jhumkas, no ring
    case(
        "X197-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "round neckline. This lady wears a ring. The lady wears a long leggings. The leggings are with",
            "unsupported",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        color_of("kurta", "green"),
        color_of("dupatta", "gold"),
        D.material("silk"),
        JEWELRY("a ring", "unsupported"),
        gender="Women",
        title="Soch Women Teal Woven Design Silk Blend Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # lavender straight kurta, v-neck, long sleeves, lavender trousers, white sneakers
    case(
        "X197-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a v-shape neckline. The gentleman wears a long pants. The pants are with cotton fabric and "
            "pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with pure color patterns"),
        D.color("purple"),
        D.description("", "non_answer"),
        D.details("v-shape neckline"),
        D.sleeve_length("long sleeves"),
        gender="Women",
        title="HERE&NOW Women Lavender Solid Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Lavender",
    ),
    # red bandhani kurta with gold gota at the neck, red sharara, red dupatta with gold gota border, bangles
    case(
        "X197-046",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with graphic patterns"),
        color_of("kurta", "red"),
        color_of("dupatta", "red"),
        color_of("sharara", "red"),
        details("kurta", "There is an accessory on", "cut"),
        is_a("lehenga", "yes", "contradiction"),
        gender="Women",
        title="Libas Women Red & Gold-Toned Bandhani Printed Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
]
