"""BLIND_1083 (46 products; Myntra sarees with blouses, epoch-1 caption adapter, per-piece color questions): written
blind in the fifty-ninth session. Measured blind at b845312 (the session's eighth rules): 96/126 failures found (76.2%)
and 23/181 correct texts flagged (12.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's sarees (article_type Sarees), one catalog photo each. Most photos show a model
draped in the saree on a white or light grey studio backdrop, front or three-quarter view, with the matching or
contrasting stitched blouse, the pallu over the left shoulder, jewellery and now and then a prop (clutch, potli bag,
brass lamp, a potted plant). One photo is a flat lay of a folded saree with its blouse piece beside it. Pieces asked
about: the saree body, the blouse, the border and the pallu.

Who wrote what: every text was written by Salesforce/blip2-opt-2.7b with the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch). Captions and open answers are greedy free generation
(50 new tokens for captions, 30 for answers); the adapter was trained without an end token, so many texts run to
the limit, loop or are cut, and it keeps slipping into the DeepFashion caption template ("The lady wears a
short-sleeve blouse with pure color patterns and a long skirt...", "There is an accessory on her wrist", fabric
words cotton/chiffon/silk) even when asked a color. It never saw a saree in training, so it sometimes calls one a
skirt, a dress or a lehenga, and the template's "gentleman"/"man" leaks in. Under the `Question: ... Answer:` prompt
it sometimes writes the next question itself. The saree and blouse color questions are closed (enrich
--engine reference ranks candidate color names with the same model and keeps one), so those never loop or cut;
border and pallu colors, what she wears, descriptions, details and material are open.

Labeling conventions and judgement calls:
- The product is the saree (body, border and pallu). The blouse, jewellery, bags and other props are other things
  worn or held. A saree or pallu answer that takes the blouse's or a held bag's color is other_garment_color; a
  blouse answer that takes the saree's or border's color, or a piece answer that takes another piece's color (pallu
  given the border's color, body given the pallu's), is contradiction. Where the wrong color is both the blouse's
  and another piece's (a black pallu on a print saree with a black blouse and black border), it is
  other_garment_color.
- A caption or answer that calls the saree a skirt, dress or lehenga (and never a saree) is contradiction (the seller
  says Sarees); a closed garment_type or is-a answer that denies the saree likewise. Calling the blouse a shirt, top or
  blouse is accepted; calling it a tank top together with a skirt is contradiction.
- DeepFashion's pattern words are judged against the photo: "graphic" or "lattice" for woven motifs, geometric or
  patola prints is accepted; "pure color" for a plain body with a contrast border is accepted.
- Fabric: "chiffon" for georgette is accepted (the template's nearest word); a fabric that the title contradicts
  (chiffon for crepe or organza, cotton for georgette) is contradiction; a fabric, certificate, blouse piece or
  other detail that neither the photo nor the title supports is unsupported.
- Shades: maroon for burgundy or wine, purple for lavender or mauve, blue for teal, indigo or turquoise, orange for
  rust, yellow for mustard, green for mint, sea green or olive, gold for a beige-gold tissue, and white for off-white
  or cream are accepted as correct. Where the seller's color is off (a rust saree listed Brown), the answer that
  matches the photo is correct. For a half-and-half saree either half's color is a correct answer for the body.
- A wrong visual claim that no other text or catalog field contradicts (bangles on bare wrists, a ring on hands
  not shown, a bag not held, a necklace not worn, a peacock on a floral pallu) is unsupported.
- One label per text. A text that ran to the limit and loops is loop; one that writes the next Question/Answer is
  leak; one that ran to the limit and stops mid-phrase without a loop or leak is cut, even when it also carries
  a wrong garment word; otherwise the content failure the reader notices first. hit_limit=True marks every text that
  ran to its token limit, whatever its label.
- "the saree", "the color of the pallu", "the pallu of the saree" and "it is the color of the border" restate the
  question (restated). "yes", "no", "the lady", a lone "pallu" to the pallu's color, and a lone color or garment
  word to "What is she wearing?" or to a description or details question are non_answer.
- Pronoun is labelled where the text makes the wearer a man (man, gentleman, he, his) for a Women's product.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
fabric = BLIND_QUESTIONS.material
garment_type = DEFAULT_QUESTIONS.garment_type


def saree(text, failure=None):
    return color_of("saree", text, failure)


def blouse(text, failure=None):
    return color_of("blouse", text, failure)


def border(text, failure=None, hit_limit=False):
    return color_of("border", text, failure, kind="open", hit_limit=hit_limit)


def pallu(text, failure=None, hit_limit=False):
    return color_of("pallu", text, failure, kind="open", hit_limit=hit_limit)


SAREES = "Sarees"

BLIND_1083 = [
    # photo: model in a maroon Banarasi art-silk saree, wide gold zari border, gold-woven pallu with paisley motifs
    # over the left shoulder, maroon short-sleeve blouse, gold bangles on both wrists; white backdrop, full length,
    # front view. All texts by the epoch-1 caption adapter (closed ones ranked by it).
    case(
        "X1083-001",
        caption(
            "The lady is wearing a short-sleeve blouse and a long saree with graphic patterns. The saree is with silk"
            " fabric and its border is golden. There is an accessory on her wrist."
        ),
        saree("maroon"),
        blouse("maroon"),
        border("gold"),
        pallu(
            "gold and maroon with a paisley pattern, gold and maroon with a paisley pattern, gold and maroon with a"
            " paisley",
            "loop",
            hit_limit=True,
        ),
        pattern("woven"),
        fabric(
            "The saree is made of pure silk and comes with a silk mark certificate and a matching silk blouse piece.",
            "unsupported",
        ),
        title="Mitera Maroon & Gold-Toned Art Silk Woven Design Banarasi Saree",
        category=SAREES,
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue georgette saree with a small pink and white floral print all over, thin pink printed border,
    # navy three-quarter-sleeve blouse; model with a hand on her hip, stud earrings only; light grey backdrop.
    # Epoch-1 caption adapter.
    case(
        "X1083-002",
        caption(
            "The lady wears a blouse with floral patterns and a long saree with floral patterns. The saree is with"
            " chiffon fabric and its border is thin. The lady wears a long saree with floral patterns. The saree is",
            "cut",
            hit_limit=True,
        ),
        saree("navy blue"),
        blouse("navy blue"),
        border("navy blue", "contradiction"),
        pallu("navy blue with pink and white flowers"),
        wearing("a blue floral saree", who="the woman"),
        describe(
            "saree",
            "The saree is navy blue with pink flowers. It has a pink border and tassels on the pallu. It is a great"
            " choice for a party.",
            "unsupported",
        ),
        title="Saree mall Navy Blue Floral Printed Georgette Saree",
        category=SAREES,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow handloom cotton saree, black woven border with thin white stripes, black pallu with white
    # stripes held out in her left hand, black short-sleeve blouse, oxidised silver jhumkas; white backdrop.
    # Epoch-1 caption adapter.
    case(
        "X1083-003",
        caption(
            "The lady is wearing a short-sleeve black shirt and a long yellow skirt with striped patterns. The skirt"
            " is with cotton fabric.",
            "contradiction",
        ),
        saree("black", "other_garment_color"),
        blouse("black"),
        border("black and white"),
        pallu("pallu", "non_answer"),
        is_a("saree", "yes"),
        title="Ishin Mustard Yellow & Black Handloom Cotton Saree",
        category=SAREES,
        color="Mustard",
        gender="Women",
    ),
    # photo: baby pink solid chiffon saree with a silver gota-patti lace border, pleated pallu over the shoulder,
    # sleeveless baby pink blouse, silver choker and silver bangles; white backdrop, front view. Epoch-1 caption
    # adapter.
    case(
        "X1083-004",
        caption("a woman in a pink saree with a silver border"),
        saree("pink"),
        blouse("pink"),
        border(
            "silver silver silver silver silver silver silver silver silver silver silver silver silver silver silver"
            " silver silver silver silver silver silver silver silver silver silver silver silver silver silver",
            "loop",
            hit_limit=True,
        ),
        pallu(
            "pink Question: What is the color of the blouse? Answer: pink Question: What is the color of the saree?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("The lady wears a sleeveless tank top and a long skirt with pure color patterns.", "contradiction"),
        title="Inddus Pink Solid Chiffon Saree with Gota Patti Border",
        category=SAREES,
        color="Pink",
        gender="Women",
    ),
    # photo: emerald green art-silk Kanjeevaram-style saree with a contrast pink zari border and a pink pallu with
    # gold temple motifs, green short-sleeve blouse with a pink band on the sleeves, gold temple necklace; white
    # backdrop. Epoch-1 caption adapter.
    case(
        "X1083-005",
        caption(
            "The lady is wearing a green saree with a pink border and a pink pallu. The saree is with silk fabric."
            " The lady is wearing a green saree with a pink border and a pink pallu. The saree is with silk",
            "loop",
            hit_limit=True,
        ),
        saree("green"),
        blouse("pink", "contradiction"),
        border("green", "contradiction"),
        pallu("pink"),
        fabric("silk"),
        title="Varkala Silk Sarees Green & Pink Art Silk Zari Woven Kanjeevaram Saree",
        category=SAREES,
        color="Green",
        gender="Women",
    ),
    # photo: off-white Kerala kasavu cotton saree with a broad gold zari border and gold stripes across the pallu,
    # gold tissue short-sleeve blouse, gold jhumkas and no necklace; model holds a lit brass lamp; beige wall with a
    # plant behind. Epoch-1 caption
    # adapter.
    case(
        "X1083-006",
        caption("a woman in a white and gold saree holding a lamp"),
        saree("gold", "other_garment_color"),
        blouse("gold"),
        border("gold"),
        pallu("white with gold stripes"),
        wearing("she is wearing a white saree and a gold blouse and a gold necklace", "unsupported", who="she"),
        details(
            "saree",
            "The saree has a gold border and a gold pallu. The blouse has a gold border and a gold pallu. The blouse"
            " has a gold border and a gold pallu. The",
            "loop",
            hit_limit=True,
        ),
        title="Kalini Off White & Gold-Toned Kasavu Cotton Saree",
        category=SAREES,
        color="Off White",
        gender="Women",
    ),
    # photo: black net saree with scattered sequins, scalloped border of silver sequins on black, sleeveless black
    # sequinned blouse; she holds a silver clutch; saree falls to the floor, feet hidden; dark grey studio backdrop.
    # Epoch-1 caption adapter.
    case(
        "X1083-007",
        caption("The lady is wearing a black saree with sequins and holding a clutch"),
        saree("black"),
        blouse("black"),
        border("black with silver sequins"),
        pallu(
            "Question: What is the color of the pallu? Answer: black Question: What is the color of the pallu?"
            " Answer: black Question",
            "leak",
            hit_limit=True,
        ),
        fabric("chiffon", "contradiction"),
        describe(
            "saree",
            "The saree is black with silver sequins. She is wearing a black blouse and a pair of black heels.",
            "unsupported",
        ),
        title="Mitera Black Embellished Net Saree",
        category=SAREES,
        color="Black",
        gender="Women",
    ),
    # photo: red georgette saree with a white bandhani dot print, gold lace border, red elbow-sleeve blouse, red and
    # gold bangles, hands partly hidden in the pallu; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-008",
        caption(
            "The lady wears a long saree with lattice patterns and a short-sleeve blouse. The saree is with chiffon"
            " fabric. There is an accessory on her wrist. The lady wears a long saree with lattice patterns and a"
            " short-sleeve",
            "loop",
            hit_limit=True,
        ),
        saree("red"),
        blouse("red"),
        border("gold"),
        pallu("no", "non_answer"),
        pattern("printed"),
        wearing("he is wearing a red saree", "pronoun"),
        title="Saree mall Red Bandhani Print Georgette Saree with Lace Border",
        category=SAREES,
        color="Red",
        gender="Women",
    ),
    # photo: teal blue silk-blend saree with an orange zari border and orange pallu, orange short-sleeve blouse;
    # bare neck, no necklace; white backdrop, three-quarter view. Epoch-1 caption adapter.
    case(
        "X1083-009",
        caption("a woman in a blue and orange saree and a gold necklace", "unsupported"),
        saree("orange", "other_garment_color"),
        blouse("orange"),
        border("orange"),
        pallu("orange with gold"),
        describe(
            "saree",
            "The saree is a teal blue saree with an orange border. It is made of silk and is embroidered with gold"
            " thread. The saree is",
            "cut",
            hit_limit=True,
        ),
        title="Satrani Teal & Orange Silk Blend Saree",
        category=SAREES,
        color="Teal",
        gender="Women",
    ),
    # photo: half-and-half georgette saree, pink pleats and grey upper drape and pallu, thin silver lace border, pink
    # short-sleeve blouse; white backdrop, front view. Epoch-1 caption adapter.
    case(
        "X1083-010",
        caption(
            "The lady is wearing a pink and grey saree. The saree is with chiffon fabric and color block patterns."
            " The lady is wearing a pink blouse."
        ),
        saree("pink"),
        blouse("grey", "contradiction"),
        border("silver"),
        pallu("grey"),
        pattern("color block"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The"
            " lady wears a long pants",
            "cut",
            hit_limit=True,
        ),
        title="Kasee Grey & Pink Half and Half Georgette Saree",
        category=SAREES,
        color="Grey",
        gender="Women",
    ),
    # photo: peach georgette saree with a wide embroidered border in gold and pink thread, sleeveless peach blouse
    # with a sweetheart neck; beige backdrop with a potted plant at the left. Epoch-1 caption adapter.
    case(
        "X1083-011",
        caption(
            "The lady is wearing a peach saree with an embroidered border and a sleeveless blouse. There is a plant in"
            " the background."
        ),
        saree("peach"),
        blouse("peach"),
        border("gold and pink"),
        pallu("the pallu is the color of the pallu", "restated"),
        fabric("cotton", "contradiction"),
        title="Shaily Peach-Coloured Embroidered Georgette Saree",
        category=SAREES,
        color="Peach",
        gender="Women",
    ),
    # photo: lavender crepe saree with a small white leaf print, lavender satin border, lavender short-sleeve blouse;
    # white backdrop, slight side view. Epoch-1 caption adapter.
    case(
        "X1083-012",
        caption("a woman in a purple saree posing for a picture"),
        saree("lavender"),
        blouse("lavender"),
        border(
            "lavender with a white and lavender with a white and lavender with a white and lavender with a white and"
            " lavender with a",
            "loop",
            hit_limit=True,
        ),
        pallu("white", "contradiction"),
        wearing("She is wearing a lavender saree with a white leaf print and a lavender blouse.", who="she"),
        title="Mimosa Lavender Printed Crepe Saree",
        category=SAREES,
        color="Lavender",
        gender="Women",
    ),
    # photo: multicoloured abstract-print saree (orange, teal, yellow and black shapes), black border, black
    # short-sleeve blouse, black bead bracelet on the right wrist; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-013",
        caption(
            "The lady wears a long saree with graphic patterns and a short-sleeve shirt with pure color patterns."
            " There is an accessory on her wrist."
        ),
        saree("multi"),
        blouse("black"),
        border("black"),
        pallu("black", "other_garment_color"),
        describe(
            "saree",
            "The saree is a multi-colored saree with a black border. It is made of pure georgette and has a zari"
            " border on the pallu.",
            "unsupported",
        ),
        title="Saree mall Multicoloured Abstract Printed Saree",
        category=SAREES,
        color="Multi",
        gender="Women",
    ),
    # photo: cream chanderi saree with a narrow gold zari border and small gold buttis, worn with a contrast red
    # short-sleeve blouse; model spreads the cream pallu with both hands; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-014",
        caption(
            "The lady wears a red saree with a gold border. The saree is with silk fabric. The lady wears a red saree"
            " with a gold border. The saree is with silk fabric. The lady wears a red",
            "loop",
            hit_limit=True,
        ),
        saree("red", "other_garment_color"),
        blouse("red"),
        border("gold"),
        pallu("red", "other_garment_color"),
        is_a("saree", "yes"),
        fabric("chanderi silk"),
        title="Pothys Cream-Coloured Chanderi Saree with Zari Border",
        category=SAREES,
        color="Cream",
        gender="Women",
    ),
    # photo: turquoise blue chiffon saree with a silver sequinned border, turquoise blouse, silver bangles, nothing held
    # in her hands; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-015",
        caption("a woman in a turquoise saree with silver border and a silver purse", "unsupported"),
        saree("turquoise blue"),
        blouse("turquoise blue"),
        border("silver"),
        pallu(
            "blue with silver sequins and a silver border and a silver border and a silver border and a silver border"
            " and a silver",
            "loop",
            hit_limit=True,
        ),
        wearing("The man is wearing a blue saree and a blue blouse", "pronoun"),
        title="Prafful Turquoise Blue Chiffon Saree",
        category=SAREES,
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: rust orange cotton saree (the seller lists it Brown) with an off-white border woven with small rust
    # temple motifs, plain rust pallu, rust short-sleeve blouse; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-016",
        caption(
            "The lady wears a short-sleeve blouse and a long saree with pure color patterns. The saree is with cotton"
            " fabric and its border is white."
        ),
        saree("rust"),
        blouse("rust"),
        border("white and orange"),
        pallu("yes", "non_answer"),
        details(
            "saree",
            "The saree has a white border with a temple design and a tassel on the pallu. The blouse has a white"
            " border on the sleeves and a",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Brown Woven Design Cotton Saree",
        category=SAREES,
        color="Brown",
        gender="Women",
    ),
    # photo: olive green silk-blend saree with a mustard zari border and a mustard pallu, mustard short-sleeve blouse;
    # her hands are bare (no bangles, no watch); white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-017",
        caption(
            "The lady is wearing a short-sleeve blouse with pure color patterns and a long saree. The saree is with"
            " silk fabric. There is an accessory on her wrist.",
            "unsupported",
        ),
        saree("mustard", "other_garment_color"),
        blouse("mustard"),
        border("yellow"),
        pallu("mustard"),
        pattern("woven"),
        wearing("a green saree with a yellow border"),
        title="Satrani Olive Green & Mustard Silk Blend Woven Design Saree",
        category=SAREES,
        color="Olive",
        gender="Women",
    ),
    # photo: beige tissue saree with a gold zari woven border, shimmering gold-beige tissue blouse, gold necklace,
    # earrings and bangles; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-018",
        caption(
            "The lady wears a gold saree with a gold border and a gold blouse. She wears a gold necklace and gold"
            " earrings and gold bangles and a gold",
            "cut",
            hit_limit=True,
        ),
        saree("beige"),
        blouse("gold"),
        border("Question: What is the color of the border? Answer: gold", "leak"),
        pallu("gold"),
        fabric("It is made of pure silk with real gold zari.", "unsupported"),
        title="Mitera Beige & Gold-Toned Tissue Saree",
        category=SAREES,
        color="Beige",
        gender="Women",
    ),
    # photo: magenta bandhej saree with white and yellow bandhani dots, green border and a green pallu dotted in
    # white and yellow, magenta short-sleeve blouse; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-019",
        caption("a woman in a pink and green saree"),
        saree("green", "contradiction"),
        blouse("magenta"),
        border("pink", "contradiction"),
        pallu("green with yellow dots"),
        wearing("She is wearing a pink bandhani saree with a green border and a pink blouse.", who="the woman"),
        describe(
            "saree",
            "The saree is pink with a green border. It is a bandhani saree. It is a bandhani saree. It is a bandhani"
            " saree. It is a",
            "loop",
            hit_limit=True,
        ),
        title="Bhelpuri Magenta & Green Bandhani Saree",
        category=SAREES,
        color="Magenta",
        gender="Women",
    ),
    # photo: grey crepe saree with a black geometric print, black border, sleeveless black blouse; white backdrop,
    # front view. Epoch-1 caption adapter.
    case(
        "X1083-020",
        caption(
            "The lady is wearing a sleeveless blouse and a long saree with graphic patterns. The saree is with chiffon"
            " fabric.",
            "contradiction",
        ),
        saree("black", "other_garment_color"),
        blouse("black"),
        border("black"),
        pallu("black", "other_garment_color"),
        pattern("geometric"),
        fabric("crepe"),
        title="Florence Grey & Black Printed Crepe Saree",
        category=SAREES,
        color="Grey",
        gender="Women",
    ),
    # photo: yellow cotton saree with a red border, red pallu with yellow woven stripes, red short-sleeve blouse;
    # white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-021",
        caption("The man is wearing a yellow saree with a red border and a red blouse.", "pronoun"),
        saree("red", "other_garment_color"),
        blouse("red"),
        border("the border is the border of the saree", "restated"),
        pallu("red"),
        is_a("saree", "no", "contradiction"),
        title="Ishin Yellow & Red Cotton Saree",
        category=SAREES,
        color="Yellow",
        gender="Women",
    ),
    # photo: orange solid georgette saree with a gold lace border, orange elbow-sleeve blouse; white backdrop.
    # Epoch-1 caption adapter.
    case(
        "X1083-022",
        caption(
            "The lady wears a long saree with pure color patterns. The saree is with chiffon fabric. The lady wears a"
            " long saree with pure color patterns. The saree is with chiffon fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        saree("orange"),
        blouse("orange"),
        border(
            "gold Question: What is the color of the pallu? Answer: orange Question: What is the color of the blouse",
            "leak",
            hit_limit=True,
        ),
        pallu("orange"),
        fabric("georgette"),
        wearing("yes", "non_answer"),
        title="Prafful Orange Solid Georgette Saree",
        category=SAREES,
        color="Orange",
        gender="Women",
    ),
    # photo: lime green chiffon saree with a hot pink border (the pallu edged in the same pink), lime green
    # short-sleeve blouse; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-023",
        caption(
            "The lady is wearing a green saree with a pink border. The saree is with chiffon fabric and pure color"
            " patterns. The lady is wearing a green blouse."
        ),
        saree("lime green"),
        blouse("pink", "contradiction"),
        border("pink"),
        pallu("it is the color of the border", "restated"),
        pattern("solid"),
        wearing("the lady", "non_answer", who="she"),
        title="Kasee Lime Green Chiffon Saree with Contrast Border",
        category=SAREES,
        color="Lime Green",
        gender="Women",
    ),
    # photo: indigo cotton saree with a white dabu block print of small flowers, indigo border with a white printed
    # band, indigo blouse with the same white print; no jewellery on the hands; white backdrop. The feed row has no
    # gender. Epoch-1 caption adapter.
    case(
        "X1083-024",
        caption(
            "The lady wears a blue saree with white flowers. The saree is with cotton fabric and floral patterns."
            " There is an accessory on her wrist. This woman wears a ring. The lady wears a blue",
            "cut",
            hit_limit=True,
        ),
        saree("blue"),
        blouse("white", "contradiction"),
        border("blue and white"),
        pallu(
            "The pallu is blue with white flowers. The pallu is blue with white flowers. The pallu is blue with"
            " white flowers. The pallu is",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        fabric("cotton"),
        title="Janasya Indigo Blue Block Print Cotton Saree",
        category=SAREES,
        color="Blue",
    ),
    # photo: sea green georgette saree with a gold embroidered border, sea green stitched blouse, gold earrings; she
    # holds a gold potli bag; the saree falls to the floor and hides her feet; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-025",
        caption("a woman in a green saree holding a purse"),
        saree("sea green"),
        blouse("sea green"),
        border("gold"),
        pallu(
            "green and gold Question: What is the color of the border? Answer: gold Question: What is the color of"
            " the blouse",
            "leak",
            hit_limit=True,
        ),
        describe(
            "saree",
            "The saree is a sea green georgette saree with gold embroidery on the border. It comes with an unstitched"
            " blouse piece.",
            "unsupported",
        ),
        wearing("a green saree and gold jewellery and a gold potli bag and gold sandals", "unsupported"),
        title="Inddus Sea Green Embroidered Georgette Saree",
        category=SAREES,
        color="Sea Green",
        gender="Women",
    ),
    # photo: burgundy georgette saree with a burgundy velvet border embroidered in gold, full-sleeve burgundy velvet
    # blouse; front view only (the blouse back is not seen); white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-026",
        caption(
            "The lady is wearing a long-sleeve blouse and a long saree. The saree is with chiffon fabric and pure"
            " color patterns. The blouse is with velvet fabric."
        ),
        saree("maroon"),
        blouse("maroon"),
        border("maroon with gold embroidery"),
        pallu("gold", "contradiction"),
        wearing("He is wearing a maroon saree with a velvet border.", "pronoun"),
        details(
            "saree",
            "The border is made of velvet with gold embroidery. The blouse has a zip at the back and padded cups.",
            "unsupported",
        ),
        title="Sangria Burgundy Solid Saree with Velvet Border",
        category=SAREES,
        color="Burgundy",
        gender="Women",
    ),
    # photo: black and white vertical pin-striped cotton saree, plain black border, black short-sleeve blouse; white
    # backdrop. Epoch-1 caption adapter.
    case(
        "X1083-027",
        caption("The lady is wearing a black and white striped saree with a black blouse"),
        saree("black"),
        blouse("black"),
        border("white", "contradiction"),
        pallu("black and white stripes"),
        pattern("striped"),
        wearing(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants with striped patterns. The"
            " pants are with cotton",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Chhabra 555 Black & White Striped Cotton Saree",
        category=SAREES,
        color="Black",
        gender="Women",
    ),
    # photo: coral pink chiffon saree with a navy blue border, sleeveless navy blue blouse; white backdrop.
    # Epoch-1 caption adapter.
    case(
        "X1083-028",
        caption("a woman in a pink saree with a blue border"),
        saree("navy blue", "other_garment_color"),
        blouse("navy blue"),
        border("blue"),
        pallu("navy blue", "other_garment_color"),
        describe("saree", "The saree is navy blue with a pink border.", "other_garment_color"),
        title="Kalini Coral Pink Chiffon Saree with Navy Border",
        category=SAREES,
        color="Pink",
        gender="Women",
    ),
    # photo: silver tissue saree with a silver zari border, silver blouse; both hands rest empty at her sides; light
    # grey backdrop. Epoch-1 caption adapter.
    case(
        "X1083-029",
        caption("The lady wears a silver saree and a silver blouse. She has a silver bag in her hand.", "unsupported"),
        saree("silver"),
        blouse("silver"),
        border("silver"),
        pallu("the color of the pallu", "restated"),
        fabric("tissue"),
        title="Mitera Silver-Toned Tissue Saree",
        category=SAREES,
        color="Silver",
        gender="Women",
    ),
    # photo: white Bengal tant cotton saree with a red border and red stripes on the pallu, red short-sleeve blouse,
    # red and white bangles on both wrists; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-030",
        caption("The lady wears a white saree with a red border and a red blouse. There is an accessory on her wrist."),
        saree("red", "other_garment_color"),
        blouse("red"),
        border("red"),
        pallu("red and white"),
        is_a("saree", "yes"),
        wearing("she is wearing a red saree with a white border", "other_garment_color", who="she"),
        title="Bhelpuri White & Red Tant Cotton Saree",
        category=SAREES,
        color="White",
        gender="Women",
    ),
    # photo: flat lay, no model: a royal blue pure silk saree folded, the gold zari border and the gold pallu folded on
    # top, the royal blue blouse piece with a gold edge laid beside it; white backdrop, top view. Epoch-1 caption
    # adapter.
    case(
        "X1083-031",
        caption("a blue and gold saree folded on a white background"),
        saree("blue"),
        blouse("blue"),
        border("blue", "contradiction"),
        pallu("gold"),
        wearing(
            "The lady is wearing a blue saree with a gold border. She is wearing a gold necklace.",
            "unsupported",
            who="she",
        ),
        fabric("silk"),
        title="Pothys Royal Blue Pure Silk Saree",
        category=SAREES,
        color="Blue",
        gender="Women",
    ),
    # photo: mauve organza saree with a border embroidered in pink and green flowers, sleeveless mauve blouse, a thin
    # silver bracelet; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-032",
        caption(
            "The lady is wearing a sleeveless blouse and a long saree with floral patterns. The saree is with chiffon"
            " fabric and its border is embroidered with flowers. There is an accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        saree("mauve"),
        blouse("mauve"),
        border("pink and green"),
        pallu("pink and green", "contradiction"),
        fabric("chiffon", "contradiction"),
        title="Kasee Mauve Organza Saree with Embroidered Border",
        category=SAREES,
        color="Mauve",
        gender="Women",
    ),
    # photo: navy blue patola-print saree with red, white and yellow geometric motifs, red border, red pallu with the
    # same motifs, red short-sleeve blouse; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-033",
        caption(
            "The lady wears a long saree with lattice patterns and a short-sleeve blouse with pure color patterns."
        ),
        saree("red", "other_garment_color"),
        blouse("navy blue", "contradiction"),
        border("red"),
        pallu("red with white and yellow"),
        pattern("geometric"),
        describe("saree", "the saree", "restated"),
        title="Varanga Navy Blue & Red Patola Print Saree",
        category=SAREES,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green leheriya georgette saree with diagonal green, yellow and white waves, gold gota border, yellow
    # short-sleeve blouse; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-034",
        caption("a woman in a green and yellow striped saree"),
        saree("green"),
        blouse("yellow"),
        border(
            "Question: What is the color of the border? Answer: gold Question: What is the color of the pallu?"
            " Answer: green",
            "leak",
            hit_limit=True,
        ),
        pallu(
            "green and yellow and white and green and yellow and white and green and yellow and white and green and"
            " yellow and white and",
            "loop",
            hit_limit=True,
        ),
        pattern("striped"),
        wearing("The gentleman is wearing a green and yellow saree.", "pronoun"),
        title="Avishi Green & Yellow Leheriya Georgette Saree",
        category=SAREES,
        color="Green",
        gender="Women",
    ),
    # photo: cream cotton saree with a small maroon floral print, maroon border, maroon short-sleeve blouse, gold
    # bangles on the left wrist; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-035",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long saree with floral patterns."
            " There is an accessory on her wrist. The saree is with cotton fabric. This woman wears a",
            "cut",
            hit_limit=True,
        ),
        saree("maroon", "other_garment_color"),
        blouse("maroon"),
        border("maroon"),
        pallu("maroon and cream"),
        pattern("floral"),
        fabric(
            "The saree is made of cotton. The blouse is made of cotton. The saree is made of cotton. The blouse is"
            " made of cotton. The saree",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Cream & Maroon Floral Printed Cotton Saree",
        category=SAREES,
        color="Cream",
        gender="Women",
    ),
    # photo: pink Banarasi saree with small gold zari buttas, a gold pallu woven with a floral jaal, gold brocade
    # elbow-sleeve blouse; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-036",
        caption("a woman in a pink and gold saree"),
        saree("gold", "other_garment_color"),
        blouse("gold"),
        border("gold"),
        pallu("gold"),
        wearing("pink", "non_answer", who="she"),
        details(
            "saree",
            "The saree has a gold border and gold buttis all over. It has a gold pallu with a peacock motif.",
            "unsupported",
        ),
        title="Mitera Pink & Gold-Toned Banarasi Saree",
        category=SAREES,
        color="Pink",
        gender="Women",
    ),
    # photo: black Kanjeevaram-style art-silk saree with a red zari border and red pallu, red short-sleeve blouse,
    # gold necklace and gold jhumkas; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-037",
        caption(
            "The lady is wearing a black saree with a red border and a red blouse. The saree is with silk fabric. The"
            " lady is wearing a gold necklace and gold earrings. She has her hands on",
            "cut",
            hit_limit=True,
        ),
        saree("red", "other_garment_color"),
        blouse("red"),
        border("red"),
        pallu("red"),
        fabric(
            "The saree is made of silk. It is a soft silk saree with a zari border. It is a soft silk saree with a"
            " zari border. It",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Varkala Silk Sarees Black & Red Art Silk Zari Woven Saree",
        category=SAREES,
        color="Black",
        gender="Women",
    ),
    # photo: mint green ruffled georgette saree (ruffles along the border), sleeveless mint blouse; white backdrop.
    # Epoch-1 caption adapter.
    case(
        "X1083-038",
        caption(
            "The lady is wearing a green dress with ruffles. The dress is with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        saree("green"),
        blouse("green"),
        border("green"),
        pallu(
            "Question: What is the color of the border? Answer: green Question: What is the color of the pallu? Answer",
            "leak",
            hit_limit=True,
        ),
        garment_type("dress", "contradiction"),
        describe("saree", "a green saree with ruffles"),
        title="Sangria Mint Green Ruffled Georgette Saree",
        category=SAREES,
        color="Green",
        gender="Women",
    ),
    # photo: wine satin saree with a border of silver stones, wine short-sleeve blouse, silver drop earrings and no
    # necklace; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-039",
        caption("The lady is wearing a maroon saree with a silver border. The saree is with satin fabric."),
        saree("burgundy"),
        blouse("burgundy"),
        border("maroon", "contradiction"),
        pallu("maroon"),
        fabric("satin"),
        wearing(
            "The lady is wearing a maroon saree with a silver border and a maroon blouse. She is also wearing silver"
            " earrings and a silver necklace.",
            "unsupported",
        ),
        title="Shaily Wine Satin Saree with Embellished Border",
        category=SAREES,
        color="Burgundy",
        gender="Women",
    ),
    # photo: charcoal grey chiffon saree with a silver sequin border, sleeveless charcoal blouse; she holds a black
    # clutch against the pallu; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-040",
        caption(
            "The lady wears a long saree with pure color patterns and a sleeveless blouse. The saree is with chiffon"
            " fabric. The lady holds a bag in her hand."
        ),
        saree("black", "other_garment_color"),
        blouse("grey"),
        border("silver"),
        pallu("black", "other_garment_color"),
        describe("saree", "The saree is a saree with a saree border.", "restated"),
        title="Inddus Charcoal Grey Chiffon Saree",
        category=SAREES,
        color="Charcoal",
        gender="Women",
    ),
    # photo: beige linen saree with a thin red, green and yellow striped border and multicolour pom-pom tassels on the
    # pallu, beige short-sleeve blouse; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-041",
        caption(
            "The lady wears a short-sleeve blouse and a long saree with pure color patterns. There are tassels on the"
            " saree."
        ),
        saree("beige"),
        blouse("beige"),
        border("red, green and yellow"),
        pallu("beige with colorful tassels"),
        fabric("cotton", "contradiction"),
        details(
            "saree",
            "The pallu has tassels in red, green, yellow and pink. The border has red, green and yellow stripes. The"
            " blouse has a",
            "cut",
            hit_limit=True,
        ),
        title="Avishi Beige Linen Saree with Tassels",
        category=SAREES,
        color="Beige",
        gender="Women",
    ),
    # photo: shaded georgette saree going from sky blue at the pleats to navy at the pallu, thin self-piping border,
    # navy short-sleeve blouse; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-042",
        caption("a woman in a blue saree"),
        saree("blue"),
        blouse("navy blue"),
        border("blue"),
        pallu("the pallu of the saree", "restated"),
        wearing(
            "The lady is wearing a blue saree. The lady is wearing a blue saree. The lady is wearing a blue saree. The"
            " lady is wearing a blue",
            "loop",
            hit_limit=True,
        ),
        describe(
            "saree",
            "The saree is shaded from light blue to dark blue. It is made of pure chiffon with a satin border.",
            "unsupported",
        ),
        title="Florence Blue Shaded Georgette Saree",
        category=SAREES,
        color="Blue",
        gender="Women",
    ),
    # photo: white georgette saree with black polka dots, black border, black short-sleeve blouse, black strap watch
    # on the left wrist; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-043",
        caption(
            "The lady wears a short-sleeve blouse and a long saree with graphic patterns. The saree is with chiffon"
            " fabric. There is an accessory on her wrist."
        ),
        saree("black", "other_garment_color"),
        blouse("black"),
        border("black"),
        pallu("black", "other_garment_color"),
        pattern("polka dots"),
        describe(
            "saree",
            "The saree is white with black polka dots and a black border. It is a great choice for a casual day out."
            " The blouse is",
            "cut",
            hit_limit=True,
        ),
        title="Anouk White & Black Polka Dot Print Georgette Saree",
        category=SAREES,
        color="White",
        gender="Women",
    ),
    # photo: half-and-half saree, maroon pleats, mustard upper drape and pallu, thin gold lace border, mustard
    # short-sleeve blouse; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-044",
        caption("The lady is wearing a yellow and red saree with a yellow blouse."),
        saree("maroon"),
        blouse("maroon", "contradiction"),
        border("gold"),
        pallu("yellow"),
        wearing(
            "The woman is wearing a yellow and red saree. Question: What is the color of the saree? Answer: yellow"
            " and red Question:",
            "leak",
            hit_limit=True,
        ),
        details("saree", "saree", "non_answer"),
        title="Kasee Mustard & Maroon Half and Half Saree",
        category=SAREES,
        color="Mustard",
        gender="Women",
    ),
    # photo: purple Paithani silk saree with a green and gold border, green and gold pallu woven with peacocks,
    # purple elbow-sleeve blouse with green bands at the sleeves; white backdrop. Epoch-1 caption adapter.
    case(
        "X1083-045",
        caption("a woman in a purple saree with a green border and peacock design"),
        saree("purple"),
        blouse("green", "contradiction"),
        border("green with gold"),
        pallu("green and gold with a peacock"),
        describe(
            "saree",
            "The saree is purple with a green border. It has a peacock design on the pallu. It is made of pure silk"
            " and handwoven in Paithan by skilled weavers.",
            "unsupported",
        ),
        fabric("silk"),
        title="Pratami Purple & Green Paithani Silk Saree",
        category=SAREES,
        color="Purple",
        gender="Women",
    ),
    # photo: red ready-to-wear net saree with sequins, border of gold sequins on red, red sleeveless blouse; white
    # backdrop. The feed row has no color column. Epoch-1 caption adapter.
    case(
        "X1083-046",
        caption(
            "The man is wearing a red saree with sequins and a red blouse. The saree is with net fabric.", "pronoun"
        ),
        saree("red"),
        blouse("red"),
        border("red and gold"),
        pallu(
            "red with gold sequins red with gold sequins red with gold sequins red with gold sequins red with gold",
            "loop",
            hit_limit=True,
        ),
        garment_type("lehenga", "contradiction"),
        fabric("It is made of net and comes with a stitched petticoat.", "unsupported"),
        title="Mitera Red Ready to Wear Embellished Net Saree",
        category=SAREES,
        gender="Women",
    ),
]
