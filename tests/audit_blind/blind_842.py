"""BLIND_842 (46 products; Myntra sarees, caption adapter ep.1, piece colors): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 94/130 failures found (72.3%) and 17/191 correct texts flagged
(8.9%). The writer's notes, verbatim:

Scenario: a Myntra-like saree feed (article type Sarees, seller base colour, title; a few rows lack gender, color or
category). Photos are catalog shots: mostly a model in a draped saree, pallu over the left shoulder, a stitched
blouse that often contrasts with the saree, on white, grey or beige studio backdrops, some on location (balcony,
brick wall, window, garden, swing); one folded flat lay and one headless mannequin. Questions: the color of the
saree, the blouse, the border and the pallu, plus some of: what is the person wearing, describe the saree, the
saree's details, pattern, material, "Is this a saree?".

Who wrote what: every free text is the caption adapter at epoch 1 (Data2_V2_BLIP2_Finetune_Caption_First_Epoch on
blip2-opt-2.7b), greedy, 50 new tokens for the caption, 30 for answers. At epoch 1 it still half-remembers the base
model: some captions are the base's short "a woman in a red saree ..." line, others the DeepFashion template ("The
lady wears a saree with pure color patterns. The saree is with chiffon fabric."), which calls chiffon-like fabrics
chiffon, speaks of accessories on the wrist, sometimes calls the saree a dress and sometimes says "gentleman". It
stops on the base's newline for most short answers; where it did not, the text ran to the limit and either repeats
itself or stops mid-phrase. It also learned the prompt (unmasked labels), so some answers go on with "Question: ...
Answer:". The saree and blouse color, pattern and "Is this a saree?" are closed (enrich --engine reference picks one
candidate from the Myntra colour list / pattern list / yes-no); border and pallu colors are open (free generation),
as are wearing, describe, details and material.

Labeling conventions and judgement calls:
- One label per text, the one that makes it unusable. A text that ran to its limit is hit_limit=True and labeled
  loop when it repeats, cut when it ends mid-phrase and was right up to there; a wrong color inside a text that also
  ran out is labeled by the wrong color, with hit_limit=True kept.
- other_garment_color is used only for open answers that give the asked piece (saree body, border, pallu) the color
  of another piece of the same outfit (blouse, border, body). A closed pick of another piece's color is labeled
  contradiction, as is any color that no piece of the outfit has (the brick wall's red given for the pallu).
- Shade synonyms inside one color group are correct: mustard as yellow, rust as orange, off-white as white, mauve as
  purple, zari as gold. For a half-and-half or ombre saree either half's color counts as a correct saree color.
- A correct color that differs from the seller's column is still correct (an indigo dabu saree listed "Blue" whose
  body is white answered "white").
- Calling the saree a "dress" is a contradiction (seller category Sarees); "saree" in the caption template is fine.
- Invented parts (zipper, pockets, tassels, sequins, a bag, jewellery, sneakers not in the photo), a person on a flat
  lay, and a material the title contradicts (pure silk for art silk, cotton for crepe) are unsupported.
- non_answer: a bare "yes"/"no", "she", "the saree", "the pallu" or one color word given to describe/details. One
  color word is a full answer to a color question. restated: a longer answer that only says the question back.
- pronoun: "he", "his" or "gentleman" for a woman's saree; "she" for a mannequin is not labeled on its own.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

PATTERN = BLIND_QUESTIONS.pattern
MATERIAL = BLIND_QUESTIONS.material


def saree(text, failure=None):
    return color_of("saree", text, failure)


def blouse(text, failure=None):
    return color_of("blouse", text, failure)


def border(text, failure=None, hit_limit=False):
    return color_of("border", text, failure, kind="open", hit_limit=hit_limit)


def pallu(text, failure=None, hit_limit=False):
    return color_of("pallu", text, failure, kind="open", hit_limit=hit_limit)


BLIND_842 = [
    # photo: model in a maroon art-silk Kanjeevaram-style saree, gold zari border, gold woven pallu over the left
    # shoulder, matching maroon blouse with elbow sleeves, gold jhumkas (no necklace), white backdrop, full-length
    # front view. All texts: caption adapter epoch 1; saree/blouse color closed.
    case(
        "X842-001",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with silk fabric. There is an "
            "accessory on her ears."
        ),
        saree("maroon"),
        blouse("maroon"),
        border("gold"),
        pallu("gold and maroon"),
        wearing("a maroon silk saree with a golden border and a gold necklace with matching bangles", "unsupported"),
        describe(
            "saree",
            "the saree is maroon with a gold zari border and a heavy gold pallu, the saree is maroon "
            "with a gold zari border and a heavy gold pallu, the",
            "loop",
            hit_limit=True,
        ),
        title="Mitera Maroon & Gold-Toned Art Silk Woven Design Kanjeevaram Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue poly georgette saree with small white floral print, navy border edged with a thin silver lace,
    # pallu in the same print; white solid sleeveless blouse; light grey backdrop, front view. Caption adapter epoch 1.
    case(
        "X842-002",
        caption(
            "The lady wears a long saree with floral patterns. The saree is with chiffon fabric. It has a v-shape "
            "neckline. Her tank top is sleeveless, with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        saree("navy blue"),
        blouse("navy blue", "contradiction"),
        border("navy blue with a thin silver lace edge"),
        pallu("white", "other_garment_color"),
        wearing("a navy blue floral saree with a white sleeveless blouse"),
        title="Ishin Navy Blue & White Floral Print Poly Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard cotton saree, black ikat border with mustard motifs, pallu in black and mustard stripes; black
    # blouse with three-quarter sleeves; model standing beside a wooden chair, off-white backdrop. Caption adapter.
    case(
        "X842-003",
        caption("a woman in a yellow saree with black border standing next to a wooden chair"),
        saree("yellow"),
        blouse("black"),
        border("black and yellow"),
        pallu("black Question: What is the color of the blouse? Answer: black", "leak"),
        wearing("a black saree with a yellow border", "other_garment_color"),
        describe("saree", "The saree is yellow with a black border. It has a zipper on the back.", "unsupported"),
        title="Saree mall Mustard & Black Ikat Pure Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: peach organza saree, silver sequin-embroidered border, pallu with scattered sequins, matching peach
    # sleeveless blouse; model holds a small silver clutch; beige studio backdrop. Caption adapter epoch 1.
    case(
        "X842-004",
        caption(
            "The lady is wearing a sleeveless saree with pure color patterns. The saree is with chiffon fabric. It "
            "has a v-shape neckline. The lady is wearing a sleeveless saree with pure color patterns. The saree "
            "is",
            "loop",
            hit_limit=True,
        ),
        saree("peach"),
        blouse("peach"),
        border("silver"),
        pallu("peach with silver sequins"),
        wearing("he is wearing a peach saree and holding a silver clutch", "pronoun"),
        MATERIAL("organza"),
        title="Kalini Peach-Coloured Embellished Organza Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: red Banarasi saree with small gold zari buttas, wide gold border, heavy gold pallu; contrasting green
    # blouse with elbow sleeves; backdrop a wall hung with marigold garlands. Caption adapter epoch 1.
    case(
        "X842-005",
        caption(
            "The lady wears a saree with graphic patterns. The saree is with silk fabric. Her blouse has medium "
            "sleeves. There are flowers in the background."
        ),
        saree("red"),
        blouse("red", "contradiction"),
        border("gold"),
        pallu("green", "other_garment_color"),
        details(
            "saree",
            "gold zari buttas all over the body, a wide gold border and a heavy woven pallu with silver tassels",
            "unsupported",
        ),
        wearing("a red saree with a golden border and a green blouse, standing in front of a wall of marigold flowers"),
        title="Chhabra 555 Red & Gold-Toned Zari Woven Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: black chiffon saree with a thin red border, plain black pallu ending in red tassels; red halter-neck
    # blouse tied at the back; model in a back three-quarter view, glass bangles, white backdrop. Caption adapter.
    case(
        "X842-006",
        caption(
            "The lady wears a long dress with pure color patterns. The dress is with chiffon fabric. There is an "
            "accessory on her wrist.",
            "contradiction",
        ),
        saree("black"),
        blouse("black", "contradiction"),
        border("red"),
        pallu("black with red tassels"),
        is_a("saree", "yes"),
        details(
            "saree",
            "The saree has a red border and red tassels on the pallu. The blouse has a halter neck with a "
            "tie at the back and the saree is",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Black Solid Chiffon Saree with Tasselled Pallu",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: pastel sea green linen-blend saree with white floral block print, white border with small green motifs,
    # pallu with white stripes; white blouse; model on a balcony with potted plants, no bag. Caption adapter.
    case(
        "X842-007",
        caption("a woman in a green saree standing on a balcony with plants"),
        saree("green"),
        blouse("white"),
        border("green", "other_garment_color"),
        pallu("green and white stripes"),
        PATTERN("floral"),
        MATERIAL("linen cotton"),
        describe(
            "saree",
            "a green saree with white flowers, a white border and a striped pallu. she is holding a "
            "white handbag in her left hand",
            "unsupported",
        ),
        title="Kasee Sea Green & White Floral Printed Linen Blend Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: royal blue satin saree with gold lace border, plain pallu edged in gold lace; gold brocade blouse with
    # elbow sleeves; ring on her right hand; grey studio backdrop. Caption adapter epoch 1.
    case(
        "X842-008",
        caption(
            "The lady is wearing a medium-sleeve saree with pure color patterns. The saree is with satin fabric. "
            "It has a v-shape neckline. There is a ring on her finger. The lady also wears a",
            "cut",
            hit_limit=True,
        ),
        saree("blue"),
        blouse("gold"),
        border("gold"),
        pallu("the pallu is the pallu of the saree", "restated"),
        wearing("a blue saree with a gold blouse"),
        title="Satrani Blue Solid Satin Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white Kerala kasavu cotton saree, gold border, gold-striped pallu; gold tissue blouse; model holds a
    # lit brass lamp; white backdrop. Caption adapter epoch 1.
    case(
        "X842-009",
        caption("a woman in a white and gold saree holding a lamp"),
        saree("white"),
        blouse("white", "contradiction"),
        border("gold"),
        pallu(
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a white saree with a gold border and holding a brass lamp"),
        details("saree", "the details of the saree are on the saree", "restated"),
        title="Vishudh Off-White & Gold-Toned Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: ombre georgette saree, pink at the pleats fading to orange, orange border with gota lace, orange pallu;
    # pink sleeveless blouse; no sequins anywhere; white backdrop. The feed row has no color. Caption adapter.
    case(
        "X842-010",
        caption(
            "The lady wears a saree with color block patterns. The saree is with chiffon fabric. Her blouse is "
            "sleeveless."
        ),
        saree("pink"),
        blouse("pink"),
        border("orange"),
        pallu("pink", "other_garment_color"),
        wearing("a pink and orange saree with a pink blouse"),
        MATERIAL("georgette"),
        describe("saree", "a pink and orange saree with sequins all over the pallu", "unsupported"),
        title="Mimosa Pink & Orange Ombre Georgette Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: purple Kanjeevaram silk saree with parrot green border woven in gold zari, green and gold pallu; purple
    # blouse with green sleeve bands; model seated on a wooden swing, gold necklace. Caption adapter epoch 1.
    case(
        "X842-011",
        caption("a woman sitting on a swing wearing a purple saree with a green border and a gold necklace"),
        saree("purple"),
        blouse("green", "contradiction"),
        border("purple", "other_garment_color"),
        pallu("green and gold"),
        describe(
            "saree",
            "the saree is purple with a green border. the lady is sitting on a swing. the lady is "
            "sitting on a swing. the lady is sitting on a swing. the lady",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("silk"),
        title="Swtantra Purple & Green Kanjeevaram Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: flat lay, no person: a teal crepe saree with maroon paisley print folded, maroon border along the fold,
    # maroon blouse piece on top; the pallu is folded inside and not visible; white background. Caption adapter.
    case(
        "X842-012",
        caption("a teal and maroon saree folded on a white background"),
        saree("teal"),
        blouse("maroon"),
        border("maroon"),
        pallu("the pallu is maroon with gold tassels", "unsupported"),
        wearing("The lady is wearing a saree with graphic patterns. The saree is with crepe fabric.", "unsupported"),
        title="Triveni Teal & Maroon Paisley Printed Crepe Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: lemon yellow chiffon saree with small white polka dots, yellow border with white piping, yellow blouse
    # with short puff sleeves; model outdoors on a lawn. Caption adapter epoch 1.
    case(
        "X842-013",
        caption(
            "The lady wears a saree with graphic patterns. The saree is with chiffon fabric. It has a round "
            "neckline. Her blouse has short sleeves. There is grass in the background and the lady is",
            "cut",
            hit_limit=True,
        ),
        saree("yellow"),
        blouse("yellow"),
        border("yellow and white"),
        pallu("yellow with white polka dots"),
        PATTERN("floral", "contradiction"),
        details("saree", "yes", "non_answer"),
        title="Anouk Yellow Polka Dot Printed Chiffon Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: bottle green silk-blend saree with copper zari border and copper pallu, copper blouse; model in side
    # view before a beige curtain. Caption adapter epoch 1.
    case(
        "X842-014",
        caption(
            "The gentleman wears a saree with pure color patterns. The saree is with silk fabric. There is an "
            "accessory on his wrist.",
            "pronoun",
        ),
        saree("green"),
        blouse("copper"),
        border("green", "other_garment_color"),
        pallu("copper and green"),
        wearing("a green saree Question: What is the person holding? Answer: a green saree", "leak"),
        title="Mitera Green & Copper-Toned Zari Silk Blend Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: white georgette saree with a bold black floral print, black border, black pallu with white flowers;
    # black full-sleeved blouse; model against a red brick wall. Caption adapter epoch 1.
    case(
        "X842-015",
        caption("a woman in a black and white saree standing in front of a brick wall"),
        saree("black", "contradiction"),
        blouse("black"),
        border("black"),
        pallu("red", "contradiction"),
        PATTERN("floral"),
        describe("saree", "white saree with black flowers and a black border, worn with a black full sleeve blouse"),
        title="Saree mall White & Black Floral Printed Georgette Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: magenta bandhani georgette saree with white and yellow tie-dye dots, gold gota patti border, magenta
    # bandhani pallu; yellow blouse; bangles; white backdrop. The feed row has no gender. Caption adapter.
    case(
        "X842-016",
        caption(
            "The lady wears a saree with graphic patterns. The saree is with chiffon fabric. There is an accessory "
            "on her wrist. The lady wears a saree with graphic patterns. The saree is with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        saree("magenta"),
        blouse("magenta", "contradiction"),
        border("gold"),
        pallu("yellow", "other_garment_color"),
        MATERIAL("georgette"),
        details("saree", "no", "non_answer"),
        title="Prafful Magenta Bandhani Printed Georgette Saree",
        category="Sarees",
        color="Magenta",
    ),
    # photo: cream tissue saree with gold border and gold pallu held in her hand; maroon blouse with elbow sleeves;
    # front view only, white backdrop. Caption adapter epoch 1.
    case(
        "X842-017",
        caption("a woman in a cream saree with a gold border and a maroon blouse"),
        saree("cream"),
        blouse("maroon"),
        border("gold"),
        pallu("Question: What is the color of the pallu? Answer: gold", "leak"),
        details(
            "saree",
            "gold border, gold pallu and a maroon blouse with elbow sleeves and a back hook opening with "
            "a tie-up dori and tassels",
            "unsupported",
        ),
        wearing("a cream saree with a maroon blouse"),
        title="Kalini Cream-Coloured & Gold-Toned Tissue Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: grey handloom cotton saree with pink vertical stripes, solid pink border, grey pallu with pink stripes;
    # grey blouse; model outdoors beside a stone pillar. Caption adapter epoch 1.
    case(
        "X842-018",
        caption(
            "The lady wears a saree with striped patterns. The saree is with cotton fabric. It has a round "
            "neckline. There is a pillar behind the lady."
        ),
        saree("grey"),
        blouse("pink", "contradiction"),
        border("pink"),
        pallu("grey and pink stripes"),
        PATTERN("solid", "contradiction"),
        wearing("she is wearing a pink saree with grey stripes standing next to a pillar", "other_garment_color"),
        title="Shaily Grey & Pink Striped Handloom Cotton Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: rust orange art silk saree with a mustard temple border, mustard and gold zari pallu; rust blouse with
    # elbow sleeves and round neck; temple jewellery necklace; white backdrop, front view. Caption adapter.
    case(
        "X842-019",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with silk fabric. There is an "
            "accessory on her neck. There is an accessory on her neck. There is an accessory on her neck. There",
            "loop",
            hit_limit=True,
        ),
        saree("orange"),
        blouse("orange"),
        border("mustard yellow with temple motifs"),
        pallu("orange", "other_garment_color"),
        is_a("saree", "yes"),
        details(
            "saree",
            "the saree has a mustard temple border with gold zari, a rich zari pallu, and a matching rust "
            "blouse with elbow sleeves and a round neck with",
            "cut",
            hit_limit=True,
        ),
        title="Swtantra Rust Orange Temple Border Art Silk Saree",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: lavender net saree with silver sequins all over, silver sequin border, matching lavender embellished
    # sleeveless blouse; no bag; plain grey backdrop. Caption adapter epoch 1.
    case(
        "X842-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline.",
            "contradiction",
        ),
        saree("lavender"),
        blouse("lavender"),
        border("silver"),
        pallu("lavender with silver sequins all over"),
        MATERIAL("chiffon", "unsupported"),
        describe(
            "saree",
            "a lavender net saree with silver sequin work, paired with a matching sleeveless blouse and "
            "a silver potli bag",
            "unsupported",
        ),
        title="Mimosa Lavender Embellished Net Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: coffee brown crepe saree with a beige abstract print, beige border, brown pallu with beige print; brown
    # long-sleeved blouse; bangles; white backdrop. Caption adapter epoch 1.
    case(
        "X842-021",
        caption(
            "The lady wears a saree with graphic patterns. The saree is with chiffon fabric. It has a round "
            "neckline. There is an accessory on her wrist. Her blouse has long sleeves, and the",
            "cut",
            hit_limit=True,
        ),
        saree("brown"),
        blouse("beige", "contradiction"),
        border("beige"),
        pallu("brown with beige abstract print"),
        wearing("a brown printed saree with a long sleeve blouse"),
        title="Ishin Coffee Brown & Beige Abstract Printed Crepe Saree",
        category="Sarees",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: sky blue chanderi saree with small gold buttis, gold border, blue pallu with gold buttis (no peacock);
    # pink blouse; model standing by a sunlit window. Caption adapter epoch 1.
    case(
        "X842-022",
        caption("a woman in a blue saree standing by a window"),
        saree("blue"),
        blouse("blue", "contradiction"),
        border("gold"),
        pallu("blue with gold buttis and a peacock motif", "unsupported"),
        describe("saree", "the saree", "non_answer"),
        wearing("a pink saree with a blue blouse", "other_garment_color"),
        title="Vishudh Blue Chanderi Saree with Zari Buttis",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: Bengali tant cotton saree, plain white body, broad red border, red pallu with white stripes; red blouse;
    # model holds a brass puja thali; white backdrop. Caption adapter epoch 1.
    case(
        "X842-023",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with cotton fabric. She is holding a plate."
        ),
        saree("red", "contradiction"),
        blouse("red"),
        border("red"),
        pallu("red and white Question: What is the color of the border? Answer: red", "leak"),
        wearing("she is wearing a white saree with a red border and holding a puja thali"),
        PATTERN("solid"),
        title="Avishi White & Red Tant Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: navy blue art silk saree with a printed patola grid in pink, green and yellow, pink border, multicolour
    # patola pallu; navy blouse; model seated on a low stool, white backdrop. Caption adapter epoch 1.
    case(
        "X842-024",
        caption(
            "The lady wears a saree with lattice patterns. The saree is with silk fabric. The lady is sitting on a "
            "stool. The lady wears a saree with lattice patterns. The saree is with silk fabric. The lady is",
            "loop",
            hit_limit=True,
        ),
        saree("navy blue"),
        blouse("pink", "contradiction"),
        border("pink"),
        pallu("pink, navy blue, green and yellow geometric patola motifs"),
        PATTERN("geometric"),
        MATERIAL("pure silk", "unsupported"),
        title="Sangria Navy Blue & Pink Patola Print Art Silk Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green khadi saree with orange kantha running-stitch embroidery on the border and pallu; orange
    # blouse; jute sling bag over her shoulder; bangles; off-white backdrop. Caption adapter epoch 1.
    case(
        "X842-025",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with cotton fabric. There is an "
            "accessory on her wrist. She is carrying a bag."
        ),
        saree("green"),
        blouse("green", "contradiction"),
        border("orange"),
        pallu(
            "olive green with orange kantha stitch and the blouse is orange and the border is orange and the blouse "
            "is orange and the border",
            "loop",
            hit_limit=True,
        ),
        details("saree", "kantha embroidery on the border and pallu"),
        wearing("he is wearing an olive green saree with an orange blouse and carrying a jute bag", "pronoun"),
        title="Kasee Olive Green Kantha Embroidered Khadi Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: champagne gold shimmer lycra saree, gold border and pallu; burgundy velvet full-sleeved blouse with a
    # sweetheart neck; fairy lights behind her; empty hands; black heels under the hem. Caption adapter epoch 1.
    case(
        "X842-026",
        caption("a woman in a gold saree with fairy lights in the background holding a glass of wine", "unsupported"),
        saree("gold"),
        blouse("burgundy"),
        border("gold"),
        pallu("burgundy", "other_garment_color"),
        describe(
            "saree",
            "The saree is gold and shimmery. The blouse is made of velvet with full sleeves and a "
            "sweetheart neck. The lady is also wearing a pair of black",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("lycra"),
        title="Satrani Gold-Toned Shimmer Saree with Velvet Blouse",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: white cotton saree with indigo dabu floral block print, indigo border, indigo pallu; white sleeveless
    # blouse; model looking sideways, white backdrop. Seller lists the color as Blue. Caption adapter epoch 1.
    case(
        "X842-027",
        caption(
            "The lady wears a saree with floral patterns and its fabric is cotton. The lady's blouse is "
            "sleeveless and it is with cotton fabric and pure color patterns. There is an accessory on her wrist "
            "and she is",
            "cut",
            hit_limit=True,
        ),
        saree("white"),
        blouse("white"),
        border("indigo blue"),
        pallu("blue"),
        PATTERN("striped", "contradiction"),
        wearing("He is wearing a white and blue printed saree.", "pronoun"),
        title="Saree mall Indigo & White Dabu Printed Cotton Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: hot pink Banarasi georgette saree with silver zari weaving, silver zari border, pink and silver pallu
    # that she twirls; pink blouse; grey backdrop. Caption adapter epoch 1.
    case(
        "X842-028",
        caption(
            "The lady wears a saree with graphic patterns. The saree is with chiffon fabric. There is an accessory "
            "on her wrist."
        ),
        saree("pink"),
        blouse("pink"),
        border("pink", "other_garment_color"),
        pallu(
            "pink and silver Question: What is the color of the blouse? Answer: pink Question: What is the color of "
            "the border?",
            "leak",
            hit_limit=True,
        ),
        details("saree", "silver zari weaving"),
        wearing("a pink saree with silver zari, she is twirling the pallu"),
        title="Mitera Pink & Silver-Toned Woven Design Banarasi Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: cream poly crepe saree with a red, yellow and green floral digital print, green border, pallu with the
    # same print; red blouse; white backdrop. Caption adapter epoch 1.
    case(
        "X842-029",
        caption(
            "The lady wears a saree with floral patterns. The saree is with chiffon fabric. The lady wears a saree "
            "with floral patterns. The saree is with chiffon fabric. The lady wears a saree with floral",
            "loop",
            hit_limit=True,
        ),
        saree("multi"),
        blouse("red"),
        border("green"),
        pallu("cream with red and yellow flowers"),
        MATERIAL("cotton", "unsupported"),
        is_a("saree", "no", "contradiction"),
        wearing("yes", "non_answer"),
        title="Ishin Multicoloured Floral Digital Print Poly Crepe Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: black and white small-check cotton saree, red border, pallu in the checks with a wide red band; red
    # blouse with elbow sleeves; model outdoors beside a bicycle; her feet hidden by the saree. Caption adapter.
    case(
        "X842-030",
        caption("a woman in a black and white checked saree standing next to a bicycle"),
        saree("black"),
        blouse("black", "contradiction"),
        border("red"),
        pallu("black and white checks with a red band"),
        PATTERN("checked"),
        wearing("a checked saree, a red blouse and a pair of white sneakers", "unsupported"),
        describe(
            "saree",
            "a black and white checked cotton saree with a red border and a red blouse with elbow "
            "sleeves. the lady is standing next to a bicycle and",
            "cut",
            hit_limit=True,
        ),
        title="Shaily Black & White Checked Cotton Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: turquoise silk saree with contrast magenta border and magenta pallu woven with gold zari; turquoise
    # blouse; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X842-031",
        caption("a woman in a blue and pink silk saree posing for a photo"),
        saree("turquoise blue"),
        blouse("magenta", "contradiction"),
        border("magenta"),
        pallu("blue", "other_garment_color"),
        describe(
            "saree",
            "the saree is turquoise with a contrast magenta border and pallu with gold zari, and she is "
            "wearing a turquoise blouse with",
            "cut",
            hit_limit=True,
        ),
        details("saree", "The details are the saree's details", "restated"),
        title="Chhabra 555 Turquoise Blue & Magenta Kanjeevaram Silk Saree",
        category="Sarees",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: off-white georgette saree with white chikankari thread embroidery (no sequins), scalloped border, cream
    # blouse; model seated on a sofa. The feed row has no category. Caption adapter epoch 1.
    case(
        "X842-032",
        caption(
            "The lady wears a saree with floral patterns. The saree is with chiffon fabric. She is sitting on a sofa."
        ),
        saree("off white"),
        blouse("off white"),
        border("white"),
        pallu("white with embroidery"),
        details("saree", "chikankari embroidery, scalloped edges and sequins", "unsupported"),
        PATTERN("embroidered"),
        wearing(
            "She is wearing a white saree and sitting on a sofa. She is wearing a white saree and sitting on a "
            "sofa. She is",
            "loop",
            hit_limit=True,
        ),
        title="Kalini Off-White Chikankari Embroidered Georgette Saree",
        color="Off White",
        gender="Women",
    ),
    # photo: half-and-half saree, navy blue upper half, maroon lower half with a gold border, maroon pallu; navy
    # blouse with long sleeves; white backdrop. Caption adapter epoch 1.
    case(
        "X842-033",
        caption(
            "The lady wears a saree with color block patterns. The saree is with silk fabric. Her blouse has long "
            "sleeves and the neckline is round. There is an accessory on her wrist and the lady",
            "cut",
            hit_limit=True,
        ),
        saree("maroon"),
        blouse("navy blue"),
        border("gold"),
        pallu("navy blue", "other_garment_color"),
        wearing("he is wearing a saree", "pronoun"),
        title="Sangria Navy Blue & Maroon Half and Half Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light grey organza saree with pink floral embroidery, pink border, grey pallu with pink flowers; pink
    # blouse; bangles; white backdrop. Caption adapter epoch 1.
    case(
        "X842-034",
        caption(
            "The lady wears a saree with floral patterns. The saree is with chiffon fabric. It has a v-shape "
            "neckline. There is an accessory on her wrist."
        ),
        saree("grey"),
        blouse("grey", "contradiction"),
        border("grey", "other_garment_color"),
        pallu("grey with pink flowers"),
        MATERIAL("organza"),
        wearing("a grey saree Question: What is the color of the saree? Answer: grey", "leak"),
        title="Mimosa Grey Floral Embroidered Organza Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: mustard Mysore silk saree with green border and mustard-green-gold pallu; green blouse; no ring, no
    # sunglasses; white backdrop. Caption adapter epoch 1.
    case(
        "X842-035",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with silk fabric. There is a ring "
            "on her finger and she is wearing sunglasses on her head.",
            "unsupported",
        ),
        saree("mustard"),
        blouse("green"),
        border("green"),
        pallu(
            "mustard with green and gold, mustard with green and gold, mustard with green and gold, mustard with "
            "green and",
            "loop",
            hit_limit=True,
        ),
        wearing("she", "non_answer"),
        title="Swtantra Mustard Yellow Mysore Silk Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: blue chambray cotton saree with white pom-pom lace border, blue pallu with pom-poms; white blouse; white
    # sneakers; street backdrop. Caption adapter epoch 1.
    case(
        "X842-036",
        caption("a woman in a blue saree and white sneakers on a street"),
        saree("blue"),
        blouse("white"),
        border(
            "white Question: What is the color of the pallu? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        pallu("the color of the pallu is the color of the pallu of the saree", "restated"),
        describe("saree", "the saree is made of denim and has pockets", "unsupported"),
        MATERIAL("cotton"),
        title="Kasee Blue Chambray Cotton Saree with Pom Pom Lace",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: sea green Kota doria saree with a fine woven check, gold zari border, sea green blouse; bangles; white
    # backdrop. The feed row has no gender. Caption adapter epoch 1.
    case(
        "X842-037",
        caption(
            "The lady wears a saree with lattice patterns. The saree is with other fabric. There is an accessory "
            "on her wrist. The lady wears a saree with lattice patterns. The saree is with other fabric. There",
            "loop",
            hit_limit=True,
        ),
        saree("sea green"),
        blouse("sea green"),
        border("gold"),
        pallu("Answer: gold", "leak"),
        wearing("a sea green saree with a gold border"),
        describe(
            "saree",
            "The saree is sea green with a gold border. The saree is with other fabric. It has a lattice "
            "pattern all over and the border is with gold zari",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Sea Green Kota Doria Saree",
        category="Sarees",
        color="Sea Green",
    ),
    # photo: red georgette saree with a black border, plain red pallu; black sleeveless blouse; black clutch in her
    # hand; full length, white backdrop. Caption adapter epoch 1.
    case(
        "X842-038",
        caption(
            "The lady wears a sleeveless saree with pure color patterns. The saree is with chiffon fabric. It has "
            "a v-shape neckline. She is holding a bag."
        ),
        saree("red"),
        blouse("red", "contradiction"),
        border("red", "other_garment_color"),
        pallu("red"),
        wearing("he is wearing a red saree with a black border and holding a black clutch", "pronoun"),
        details(
            "saree",
            "the border is black and the saree is red and the border is black and the saree is red and "
            "the border is black and the",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Red Solid Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: close-up of the upper body: ivory Pochampally ikat silk saree with green ikat motifs, green border,
    # pallu over the shoulder; green blouse; gold stud earrings, no nose ring. Caption adapter epoch 1.
    case(
        "X842-039",
        caption("a close up of a woman wearing a white and green saree"),
        saree("off white"),
        blouse("green"),
        border("off white", "other_garment_color"),
        pallu("the pallu", "non_answer"),
        describe(
            "saree",
            "the saree is white with green ikat patterns and it has a green border and the lady is "
            "wearing gold earrings and a nose ring",
            "unsupported",
        ),
        title="Saree mall Off-White & Green Pochampally Ikat Silk Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: mauve satin saree with gold foil print, gold border, mauve pallu with foil print; mauve blouse with
    # short sleeves and round neck; gold earrings; white backdrop. Caption adapter epoch 1.
    case(
        "X842-040",
        caption(
            "The lady wears a saree with graphic patterns. The saree is with satin fabric. There is an accessory "
            "on her wrist. Her blouse has short sleeves and the neckline is round. The lady also",
            "cut",
            hit_limit=True,
        ),
        saree("purple"),
        blouse("purple"),
        border("the border is the border of the saree", "restated"),
        pallu("purple"),
        PATTERN("printed"),
        is_a("saree", "no", "contradiction"),
        wearing("a purple saree with gold print and a purple blouse and gold earrings"),
        title="Triveni Mauve Foil Printed Satin Saree",
        category="Sarees",
        color="Mauve",
        gender="Women",
    ),
    # photo: dark green Gadwal silk saree with red border and red pallu with gold zari; red blouse; gold necklace;
    # she sits beside a brass urli with floating flowers. Caption adapter epoch 1.
    case(
        "X842-041",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with silk fabric. There is an accessory "
            "on her neck. There are flowers in front of her."
        ),
        saree("red", "contradiction"),
        blouse("red"),
        border("red"),
        pallu("red with gold zari"),
        wearing(
            "The lady is wearing a saree. The saree is with silk fabric. The lady is wearing a saree. The saree "
            "is with silk fabric. The lady is",
            "loop",
            hit_limit=True,
        ),
        describe("saree", "green", "non_answer"),
        title="Chhabra 555 Green & Red Gadwal Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: baby pink chiffon saree with a white lace border, plain pink pallu edged in lace; white blouse; white
    # backdrop. Caption adapter epoch 1.
    case(
        "X842-042",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with chiffon fabric. It has a v-shape "
            "neckline."
        ),
        saree("pink"),
        blouse("pink", "contradiction"),
        border("white lace"),
        pallu("white", "other_garment_color"),
        details("saree", "The saree details are the details of the saree, which are", "restated"),
        wearing("a pink saree with a white blouse"),
        title="Anouk Pink Chiffon Saree with Lace Border",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: black cotton saree with red and mustard kalamkari motifs, mustard border, black pallu with kalamkari
    # motifs; mustard short-sleeved blouse; bangles; white backdrop. The feed row has no gender. Caption adapter.
    case(
        "X842-043",
        caption(
            "The lady wears a saree with graphic patterns. The saree is with cotton fabric. Her blouse has short "
            "sleeves. There is an accessory on her wrist. The neckline of the blouse is round and the lady's",
            "cut",
            hit_limit=True,
        ),
        saree("black"),
        blouse("mustard"),
        border("mustard"),
        pallu("black with red and mustard kalamkari motifs"),
        PATTERN("printed"),
        wearing("a black printed saree with a mustard blouse"),
        describe("saree", "the saree is mustard with black kalamkari print", "other_garment_color"),
        title="Prafful Black & Mustard Kalamkari Printed Cotton Saree",
        category="Sarees",
        color="Black",
    ),
    # photo: coral georgette saree with mirror work on the border and pallu, coral blouse; white backdrop.
    # Caption adapter epoch 1.
    case(
        "X842-044",
        caption("a woman in an orange saree with mirror work"),
        saree("coral"),
        blouse("coral"),
        border("Question: What is the color of the border? Answer: silver mirror work", "leak"),
        pallu("coral with mirror work"),
        wearing("he is wearing a coral saree", "pronoun"),
        describe(
            "saree",
            "a coral saree with mirror work on the border and pallu. the saree is made of pure silk",
            "unsupported",
        ),
        title="Kalini Coral Mirror Work Georgette Saree",
        category="Sarees",
        color="Coral",
        gender="Women",
    ),
    # photo: lavender and white leheriya (diagonal wave stripes) cotton saree, lavender border, white and lavender
    # pallu; white sleeveless blouse; bangles and a ring; white backdrop. Caption adapter epoch 1.
    case(
        "X842-045",
        caption(
            "The lady wears a saree with striped patterns. The saree is with cotton fabric. Her blouse is "
            "sleeveless and the neckline is round. There is an accessory on her wrist and a ring on",
            "cut",
            hit_limit=True,
        ),
        saree("lavender"),
        blouse("lavender", "contradiction"),
        border("lavender"),
        pallu("white and lavender waves"),
        PATTERN("striped"),
        MATERIAL("silk", "unsupported"),
        title="Kasee Lavender Leheriya Printed Cotton Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: headless mannequin draped in a yellow Banarasi silk-blend saree with red border and red-and-gold pallu,
    # red blouse; no jewellery; white background. Caption adapter epoch 1.
    case(
        "X842-046",
        caption("a yellow and red saree on a mannequin"),
        saree("yellow"),
        blouse("red"),
        border("red"),
        pallu("yellow", "other_garment_color"),
        wearing(
            "she is wearing a yellow saree with a red border. she is wearing a red blouse. she is wearing gold bangles",
            "unsupported",
        ),
        describe("saree", "this is a description of the saree, the saree is described as a saree", "restated"),
        title="Mitera Yellow & Red Banarasi Silk Blend Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
]
