"""BLIND_931 (46 products; Myntra sarees with blouses, caption adapter epoch 1, per-piece color questions): written
blind in the fifty-seventh session. Measured blind at eed7db2 (the session's seventh rules): 96/136 failures found
(70.6%) and 14/192 correct texts flagged (7.3%). The writer's notes, verbatim:

Scenario: a Myntra-like saree feed (article type Sarees, one readymade Blouse row). Most photos are catalog shots of a
model in a draped saree on a white or grey backdrop, the pallu over the left shoulder, the blouse visible, bangles
and earrings common; a few are folded flat-lays with no person, a few are shot against a colored wall, garlands or
a garden. The job asks for the caption and four per-piece colors: saree (body), blouse, border, pallu, plus one to
three extra questions per product (what she is wearing, describe / details of the saree, material, pattern, sleeve
length, "Is this a saree?", garment type).

Who wrote what: the caption and every open answer come from Salesforce/blip2-opt-2.7b with the caption adapter at
epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens for captions and 30 for
answers. One epoch has taught it the DeepFashion template ("The lady is wearing ... The saree is with georgette
fabric and its border is ... There is an accessory on her wrist.") but it keeps the base model's hue names and the
word "saree"; it still stops on a newline about half the time, and otherwise runs on into loops, cuts, or the
"Question: ... Answer:" format it was trained on. Its open color answers often hand a piece the color of another
piece (the blouse's or the body's color for the pallu or border). The closed answers (saree and blouse color,
pattern, sleeve length, is-a-saree, garment type) come from enrich's --engine reference, one candidate value each;
their errors are the base model's habit of repeating one color for every piece, or the backdrop's color.

Labeling conventions and judgement calls:
- One label per text. A loop is labelled loop and a run-on "Question: ... Answer:" is labelled leak even where it
  also ends cut. A text cut mid-phrase at the limit is labelled cut only when everything before the cut is right;
  a wrong color or invented detail before the cut takes its own label, and hit_limit stays True.
- hit_limit=True on every loop, every cut and every run-on leak that reached 50 (caption) or 30 (answer) tokens;
  short leaks that stopped on their own have it False.
- A closed answer that names a wrong color is a contradiction, even when that color belongs to another piece (the
  closed engine picks a candidate, it does not describe another garment). An open answer (or open part of a caption
  answer) that gives a piece the color another piece of the same outfit really has is other_garment_color; a color
  no piece has (the wall's, a made-up one) is contradiction. In a caption a piece given another piece's color is
  labelled contradiction, since the caption is not an answer to a per-piece question.
- Border and pallu are treated as pieces for other_garment_color: "yellow" for a maroon pallu of a yellow saree is
  the body's color given to the pallu.
- A pallu or border that really is two colors (gold zari on red) is right when answered with either its ground color
  and the motif color together, or with the color that dominates the photo; a print color alone for a pallu whose
  ground is another piece's color is counted other_garment_color only where the ground clearly dominates.
- Shades count as the same color: teal/blue, mustard/yellow, copper zari/gold, rust/orange, sea green/green,
  coral/peach, lavender/purple, magenta/pink. "Lattice patterns" for checks and "graphic patterns" for a block print
  are the template's words, counted right.
- A fabric the title names and the text repeats is right. A fabric the text adds where the title names none, or a
  different fabric from the title's, is unsupported: a photo does not show a fiber. Invented accessories (a ring, a
  watch, a clutch, a nose ring, tassels) the photo lacks are unsupported; so is any "lady", "wrist" or "neckline"
  in a text about a flat-lay with no person.
- "Lady"/"woman" for the one Girls row is not a pronoun failure (the gender is right); "boy", "he", "his",
  "gentleman" for a Women or Girls row are pronoun failures. The row with no gender column has no pronoun failure.
- One-word or yes/no answers to an open describe / wearing question ("yes", "grey", "a saree") are non_answer; a
  one-word color answer to an open color question is a proper answer. Answers that only turn the question around
  ("the saree details are the details of the saree") are restated.
- The seller's color is not always what the photo shows: a "Black" row whose saree body is white with a black
  print, a "Gold" Blouse row photographed on a black saree, a "Multi" row whose body reads red. Texts that match the
  photo are labelled correct even where they differ from the seller's column.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
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
OPEN = "open"

BLIND_931 = [
    # photo: model in a red poly georgette saree with a gold zari border, pallu red with gold woven motifs, matching
    # red elbow-sleeve blouse, gold jhumkas and bangles, white backdrop, front view. Caption adapter epoch 1 wrote the
    # caption and open answers; reference engine the closed colors.
    case(
        "X931-001",
        caption(
            "The lady is wearing a red saree with gold border. The saree is with georgette fabric. There is an "
            "accessory on her wrist. She wears earrings."
        ),
        color_of("saree", "red"),
        color_of("blouse", "red"),
        color_of("border", "gold", kind=OPEN),
        color_of("pallu", "red and gold", kind=OPEN),
        material("georgette"),
        title="Mitera Red Poly Georgette Saree with Zari Border",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy blue chiffon saree printed all over with pink flowers, thin pink piping for a border,
    # pallu navy with pink flowers, solid pink short-sleeve blouse, grey backdrop. Adapter: caption and open answers;
    # reference engine: closed colors.
    case(
        "X931-002",
        caption(
            "The lady is wearing a blue saree with floral patterns. The saree is with chiffon fabric and its "
            "blouse is pink. The lady is wearing a blue saree with floral patterns. The saree is with chiffon",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "navy blue"),
        color_of("blouse", "navy blue", "contradiction"),
        color_of("border", "pink", kind=OPEN),
        color_of("pallu", "blue with pink flowers", kind=OPEN),
        describe("saree", "a navy blue chiffon saree with pink floral print all over and a thin pink border"),
        wearing("he is wearing a navy blue saree with pink flowers", "pronoun"),
        title="Saree mall Navy Blue Floral Print Chiffon Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard cotton saree with a maroon temple border, pallu maroon with thin mustard stripes,
    # maroon blouse, hands hidden under the pallu (no ring visible), white backdrop. Adapter: caption and open answers;
    # reference engine: closed colors.
    case(
        "X931-003",
        caption(
            "The lady is wearing a yellow saree with red border. The saree is with cotton fabric. She is wearing "
            "a red blouse. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("saree", "mustard"),
        color_of("blouse", "maroon"),
        color_of("border", "maroon", kind=OPEN),
        color_of("pallu", "yellow", "other_garment_color", kind=OPEN),
        wearing("a mustard cotton saree with a maroon border and a maroon blouse"),
        describe(
            "saree",
            "The saree is with cotton fabric and its border is maroon with temple patterns. The pallu is "
            "maroon with yellow stripes and the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Shree Mustard Cotton Saree with Temple Border",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a pink Banarasi art silk saree with a gold zari border and a heavy gold woven pallu, pink
    # brocade blouse; an inset shows the unstitched blouse piece; white backdrop. Adapter: caption and open answers;
    # reference engine: closed colors.
    case(
        "X931-004",
        caption(
            "a woman in a pink saree with gold border Question: what is the color of the saree? Answer: pink "
            "Question: what is the color of the blouse? Answer: pink Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("saree", "pink"),
        color_of("blouse", "pink"),
        color_of("border", "gold", kind=OPEN),
        color_of("pallu", "pink", "other_garment_color", kind=OPEN),
        material("cotton", "unsupported"),
        title="Varanga Pink Banarasi Art Silk Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black georgette saree with a silver sequin border, pallu black scattered with sequins, black
    # sleeveless blouse, silver earrings, bare hands with no rings, dark grey studio backdrop. Adapter: caption and
    # open answers; reference engine: closed colors and sleeve length.
    case(
        "X931-005",
        caption(
            "The lady is wearing a black saree with sequin border. The saree is with georgette fabric and its "
            "blouse is sleeveless. There is an accessory on her ear. There is a ring on her finger and a",
            "unsupported",
            hit_limit=True,
        ),
        color_of("saree", "black"),
        color_of("blouse", "black"),
        color_of("border", "black", "other_garment_color", kind=OPEN),
        color_of(
            "pallu",
            "black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black black black",
            "loop",
            kind=OPEN,
            hit_limit=True,
        ),
        sleeves("sleeveless"),
        wearing("she is wearing a black saree with silver sequins and a black sleeveless blouse and silver earrings"),
        title="Inddus Black Embellished Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a half-and-half saree: green body, orange pallu, narrow gold border, orange blouse, white
    # backdrop. Adapter: caption and open answers; reference engine: closed colors and is-a-saree.
    case(
        "X931-006",
        caption("The lady is wearing a green saree with orange border and orange blouse.", "contradiction"),
        color_of("saree", "green"),
        color_of("blouse", "green", "contradiction"),
        color_of("border", "gold", kind=OPEN),
        color_of("pallu", "green", "other_garment_color", kind=OPEN),
        is_a("saree", "yes"),
        wearing(
            "a green saree with an orange blouse and orange pallu Question: What is the color of the border? "
            "Answer: gold Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Kvsfab Green & Orange Half and Half Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a maroon saree with a green border edged in gold, maroon pallu with gold buttis, contrast green
    # blouse, glass bangles on both wrists, beige backdrop, she holds the pallu out. Adapter: caption and open
    # answers; reference engine: closed colors.
    case(
        "X931-007",
        caption(
            "The gentleman is wearing a maroon saree with green border and a green blouse. There is an accessory "
            "on his wrist.",
            "pronoun",
        ),
        color_of("saree", "maroon"),
        color_of("blouse", "green"),
        color_of("border", "green and gold", kind=OPEN),
        color_of("pallu", "maroon with gold", kind=OPEN),
        details("saree", "the saree details are the details of the saree", "restated"),
        material("silk", "unsupported"),
        title="Prafful Maroon Woven Design Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a teal crepe saree with a white-and-black geometric print, black border, pallu teal with the
    # same print, black short-sleeve blouse, bare arms, white backdrop. Adapter: caption and open answers; reference
    # engine: closed colors and pattern.
    case(
        "X931-008",
        caption(
            "The lady is wearing a blue saree with geometric patterns. The saree is with crepe fabric and its "
            "border is black. She wears a black blouse with short sleeves. The pallu of the saree is blue with "
            "black and",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "teal"),
        color_of("blouse", "black"),
        color_of("border", "black", kind=OPEN),
        color_of("pallu", "black", "other_garment_color", kind=OPEN),
        pattern("geometric"),
        wearing("she is wearing a teal saree with a black blouse and a black dupatta", "unsupported"),
        title="Ishin Women Teal Printed Crepe Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a peach net saree with silver thread embroidery, scalloped silver-embroidered border, peach
    # pallu with silver embroidery, peach embroidered blouse, white backdrop. Adapter: caption and open answers;
    # reference engine: closed colors.
    case(
        "X931-009",
        caption(
            "The lady is wearing a peach saree with embroidery. The saree is with net fabric and its border is "
            "scalloped. The lady is wearing a peach saree with embroidery. The saree is with net fabric and its "
            "border",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "peach"),
        color_of("blouse", "peach"),
        color_of("border", "silver", kind=OPEN),
        color_of(
            "pallu",
            "the pallu is peach with silver embroidery and the border is scalloped. The lady is wearing "
            "a peach saree with embroidery. The saree",
            "cut",
            kind=OPEN,
            hit_limit=True,
        ),
        material("net"),
        title="Shonaya Peach Embroidered Net Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a royal blue silk saree with a broad silver border, pallu striped silver and blue, silver
    # blouse, standing against a red painted studio wall. Adapter: caption and open answers; reference engine: closed
    # colors.
    case(
        "X931-010",
        caption("a woman in a blue saree standing in front of a red wall"),
        color_of("saree", "blue"),
        color_of("blouse", "red", "contradiction"),
        color_of("border", "silver", kind=OPEN),
        color_of("pallu", "silver and blue stripes", kind=OPEN),
        describe(
            "saree",
            "The saree is with silk fabric and pure color patterns. The border of it is silver. The "
            "saree is with silk fabric and pure color patterns. The border of",
            "loop",
            hit_limit=True,
        ),
        wearing("a royal blue silk saree with a silver blouse"),
        material("cotton", "unsupported"),
        title="Satya Paul Royal Blue Silk Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an off-white Kerala kasavu cotton saree with a gold border, pallu off-white with gold stripes,
    # red blouse, white backdrop. Adapter: caption and open answers; reference engine: closed colors.
    case(
        "X931-011",
        caption(
            "The lady is wearing a white saree with gold border and a red blouse. The saree is with cotton fabric."
        ),
        color_of("saree", "off white"),
        color_of("blouse", "red"),
        color_of("border", "gold", kind=OPEN),
        color_of("pallu", "red", "other_garment_color", kind=OPEN),
        describe("saree", "a white saree with gold border, it is a kerala saree"),
        material("silk", "unsupported"),
        wearing("yes", "non_answer"),
        title="Kalini Off White Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a bandhani-print saree: red body with yellow and green dots, green border, yellow pallu, green
    # blouse, gold bangles, white backdrop. Adapter: caption and open answers; reference engine: closed colors and
    # pattern.
    case(
        "X931-012",
        caption(
            "The lady is wearing a red saree with dot patterns and a green border. She is wearing a green "
            "blouse. The pallu is yellow with dot patterns. There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "multi"),
        color_of("blouse", "red", "contradiction"),
        color_of("border", "green", kind=OPEN),
        color_of("pallu", "yellow", kind=OPEN),
        pattern("printed"),
        material("georgette", "unsupported"),
        title="Hatheli Multicoloured Bandhani Print Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a lavender organza saree with floral embroidery, silver embroidered border, lavender pallu,
    # lavender short-sleeve blouse, pale pink backdrop. Adapter: caption and open answers; reference engine: closed
    # colors and sleeve length.
    case(
        "X931-013",
        caption(
            "The lady is wearing a purple saree with floral patterns. The saree is with organza fabric and its "
            "border is silver. She wears a purple blouse."
        ),
        color_of("saree", "lavender"),
        color_of("blouse", "pink", "contradiction"),
        color_of("border", "silver", kind=OPEN),
        color_of("pallu", "Question: What is the color of the pallu? Answer: purple", "leak", kind=OPEN),
        sleeves("short sleeves"),
        wearing("Question: What is the person wearing? Answer: a purple saree with silver border", "leak"),
        title="Mitera Lavender Organza Saree with Embroidered Border",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a yellow georgette saree with a blue floral print, blue border, pallu yellow with blue flowers,
    # blue blouse, white backdrop. Adapter: caption and open answers; reference engine: closed colors.
    case(
        "X931-014",
        caption(
            "The lady is wearing a yellow saree with floral patterns and a blue blouse. The lady wears a long "
            "skirt with floral patterns.",
            "contradiction",
        ),
        color_of("saree", "yellow"),
        color_of("blouse", "blue"),
        color_of("border", "blue", kind=OPEN),
        color_of("pallu", "blue", "other_garment_color", kind=OPEN),
        describe("saree", "yes", "non_answer"),
        material("chiffon", "unsupported"),
        title="Diva Fashion Women Yellow Printed Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: flat-lay, no person: a magenta art silk saree folded to show the gold border and the gold woven pallu,
    # the magenta blouse piece with gold buttis folded beside it, white surface. Adapter: caption and open answers;
    # reference engine: closed colors and is-a-saree.
    case(
        "X931-015",
        caption(
            "The lady is wearing a pink saree with gold border. The saree is with silk fabric and its neckline is "
            "round.",
            "unsupported",
        ),
        color_of("saree", "magenta"),
        color_of("blouse", "magenta"),
        color_of("border", "gold", kind=OPEN),
        color_of("pallu", "pink", "other_garment_color", kind=OPEN),
        is_a("saree", "yes"),
        describe("saree", "describe the saree", "restated"),
        title="Jashn Magenta Art Silk Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a grey chiffon saree with a black lace border, grey pallu edged with the lace, black blouse,
    # no watch or bracelet, white backdrop. Adapter: caption and open answers; reference engine: closed colors.
    case(
        "X931-016",
        caption(
            "The lady is wearing a grey saree with black border. The saree is with chiffon fabric and pure color "
            "patterns. She wears a black blouse."
        ),
        color_of("saree", "black", "contradiction"),
        color_of("blouse", "black"),
        color_of("border", "black", kind=OPEN),
        color_of("pallu", "grey", kind=OPEN),
        pattern("floral", "contradiction"),
        describe(
            "saree",
            "The saree is grey with a black lace border. The saree is grey with a black lace border. The saree is grey",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a grey saree with black lace and a black blouse, she is also wearing a silver watch",
            "unsupported",
        ),
        title="Sangria Grey Solid Chiffon Saree with Lace Border",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: model in an orange bandhej saree with a plain pink border, pink pallu, pink short-sleeve blouse, white
    # backdrop. Adapter: caption and open answers; reference engine: closed colors.
    case(
        "X931-017",
        caption("The lady is wearing an orange saree with pink border. Her blouse is pink and short-sleeve."),
        color_of("saree", "orange"),
        color_of("blouse", "pink"),
        color_of("border", "pink", kind=OPEN),
        color_of("pallu", "orange", "other_garment_color", kind=OPEN),
        details(
            "saree",
            "the saree is with silk fabric and its border is with zari work and tassels on the pallu",
            "unsupported",
        ),
        wearing("He is wearing an orange saree with a pink border.", "pronoun"),
        title="Avishi Orange Bandhej Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a white Bengal tant cotton saree with a red border (laal paad), pallu in wide red and white
    # stripes, red blouse, red and white bangles, white backdrop. Adapter: caption and open answers; reference engine:
    # closed colors and is-a-saree.
    case(
        "X931-018",
        caption(
            "The lady is wearing a white saree with red border and a red blouse. The saree is with cotton fabric "
            "and pure color patterns. There is an accessory on her wrist. She wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "white"),
        color_of("blouse", "red"),
        color_of("border", "red", kind=OPEN),
        color_of("pallu", "red and white stripes", kind=OPEN),
        material("cotton"),
        is_a("saree", "yes"),
        describe(
            "saree",
            "The saree is white in color with a red border. The blouse is red in color and the pallu is "
            "red and white in color. The saree is",
            "cut",
            hit_limit=True,
        ),
        title="Bengal Handloom White & Red Cotton Tant Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in an olive green Kanjeevaram-style art silk saree with a copper zari border, pallu woven in copper
    # zari on green, rust blouse, gold bangles, white backdrop. Adapter: caption and open answers; reference engine:
    # closed colors.
    case(
        "X931-019",
        caption(
            "The lady is wearing a green saree with gold border. The saree is with silk fabric and its blouse is "
            "orange. There is an accessory on her wrist. There is an accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "olive"),
        color_of("blouse", "olive", "contradiction"),
        color_of("border", "gold", kind=OPEN),
        color_of("pallu", "copper and green", kind=OPEN),
        describe(
            "saree",
            "olive green saree with copper zari border Question: What is the color of the blouse? "
            "Answer: rust Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        title="Mimosa Olive Green Kanjeevaram Art Silk Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a purple saree with a mustard paisley print, mustard border, pallu purple with mustard paisleys,
    # mustard elbow-sleeve blouse, no rings visible, white backdrop. Adapter: caption and open answers; reference
    # engine: closed colors, pattern and sleeve length.
    case(
        "X931-020",
        caption(
            "The lady is wearing a purple saree with paisley patterns and a yellow border. Her blouse is yellow "
            "and elbow-sleeve. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("saree", "purple"),
        color_of("blouse", "mustard"),
        color_of("border", "yellow", kind=OPEN),
        color_of("pallu", "yellow", "other_garment_color", kind=OPEN),
        pattern("paisley"),
        sleeves("elbow sleeves"),
        describe("saree", "the saree is described as a purple saree", "restated"),
        title="Ishin Women Purple Paisley Print Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a cream tissue saree with a gold border and a gold woven pallu, maroon blouse, she holds the
    # pallu out, light beige backdrop. Adapter: caption and open answers; reference engine: closed colors.
    case(
        "X931-021",
        caption(
            "The lady is wearing a maroon saree with gold border. The saree is with tissue fabric.", "contradiction"
        ),
        color_of("saree", "cream"),
        color_of("blouse", "maroon"),
        color_of("border", "gold", kind=OPEN),
        color_of("pallu", "maroon", "other_garment_color", kind=OPEN),
        details("saree", "gold border and pallu with woven stripes"),
        describe(
            "saree",
            "a cream saree with a gold border and a maroon blouse. The saree is with tissue fabric and "
            "its pallu is gold with a",
            "cut",
            hit_limit=True,
        ),
        title="Kalini Cream Tissue Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a red-and-black checked Chettinad cotton saree, black border, pallu in red and black checks,
    # black blouse, white backdrop. Adapter: caption and open answers; reference engine: closed colors and pattern.
    case(
        "X931-022",
        caption(
            "The lady is wearing a red saree with lattice patterns. The saree is with cotton fabric and its "
            "border is black. She wears a black blouse."
        ),
        color_of("saree", "red"),
        color_of("blouse", "black"),
        color_of("border", "black", kind=OPEN),
        color_of("pallu", "red and black checks", kind=OPEN),
        pattern("striped", "contradiction"),
        describe(
            "saree",
            "red and black checked saree with a black border Question: Describe the blouse. Answer: the "
            "blouse is black",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "The lady is wearing a red saree with lattice patterns. The saree is with cotton fabric and its "
            "border is black. She wears a black blouse. The",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Shree Red & Black Checked Cotton Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model outdoors in a garden (trees behind) in a sea green georgette saree with a pink and white floral
    # print, pink border, pallu green with the same print, solid sea green blouse. Adapter: caption and open answers;
    # reference engine: closed colors.
    case(
        "X931-023",
        caption("a woman in a green saree standing in a garden"),
        color_of("saree", "sea green"),
        color_of("blouse", "pink", "contradiction"),
        color_of("border", "pink", kind=OPEN),
        color_of(
            "pallu",
            "Question: What is the color of the pallu? Answer: green Question: What is the color of "
            "the pallu? Answer: green",
            "leak",
            kind=OPEN,
            hit_limit=True,
        ),
        describe(
            "saree",
            "The saree is with georgette fabric and floral patterns. The saree is with georgette "
            "fabric and floral patterns. The saree is with",
            "loop",
            hit_limit=True,
        ),
        title="Saree mall Sea Green Floral Printed Georgette Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a navy blue Kota doria saree with small gold checks, a plain gold border, pallu navy with gold
    # stripes and no tassels, gold blouse, white backdrop. Adapter: caption and open answers; reference engine: closed
    # colors.
    case(
        "X931-024",
        caption("The lady is wearing a blue saree with gold border and small checks. Her blouse is gold."),
        color_of("saree", "navy blue"),
        color_of("blouse", "navy blue", "contradiction"),
        color_of("border", "gold", kind=OPEN),
        color_of("pallu", "blue", kind=OPEN),
        details("saree", "the saree has small gold checks all over and a wide gold border with tassels", "unsupported"),
        wearing("she is wearing a gold saree with a blue blouse", "other_garment_color"),
        pattern("solid", "contradiction"),
        title="Ambica Navy Blue Kota Doria Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a saree whose body is white with a black abstract print, black border, pallu black with a white
    # print, black blouse, white backdrop; the seller calls it Black. Adapter: caption and open answers; reference
    # engine: closed colors and pattern.
    case(
        "X931-025",
        caption(
            "The lady is wearing a white saree with graphic patterns. The saree is with black border and her "
            "blouse is black."
        ),
        color_of("saree", "white"),
        color_of("blouse", "black"),
        color_of("border", "black", kind=OPEN),
        color_of("pallu", "black and white", kind=OPEN),
        pattern("printed"),
        wearing("a white and black printed saree with a black blouse"),
        title="Diva Fashion Women Black & White Printed Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a rani pink chiffon saree with sequins all over, silver sequin border, pink pallu with silver
    # sequins, silver sequinned short-sleeve blouse, white backdrop. Adapter: caption and open answers; reference
    # engine: closed colors and sleeve length.
    case(
        "X931-026",
        caption(
            "The lady is wearing a pink saree with sequins and a silver blouse. The lady is wearing a pink saree "
            "with sequins and a silver blouse. The lady is wearing a pink saree with sequins and a",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "pink"),
        color_of("blouse", "silver"),
        color_of("border", "pink", "other_garment_color", kind=OPEN),
        color_of("pallu", "pink with silver sequins", kind=OPEN),
        sleeves("sleeveless", "contradiction"),
        describe("saree", "pink", "non_answer"),
        title="Inddus Rani Pink Embellished Chiffon Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a coffee brown Bhagalpuri silk saree with a rust ikat-printed border, pallu brown with rust
    # ikat print, rust blouse, bangles on one wrist, empty hands (no bag), white backdrop. Adapter: caption and open
    # answers; reference engine: closed colors.
    case(
        "X931-027",
        caption(
            "The lady is wearing a brown saree with printed border. The saree is with silk fabric and its blouse "
            "is orange. There is an accessory on her wrist."
        ),
        color_of("saree", "brown"),
        color_of("blouse", "brown", "contradiction"),
        color_of("border", "orange", kind=OPEN),
        color_of("pallu", "brown", kind=OPEN),
        material("silk"),
        details(
            "saree",
            "The saree is with silk fabric and its border is printed with orange ikat patterns. The pallu "
            "is brown with orange",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown saree with an orange border and she is holding a matching potli bag", "unsupported"),
        title="Shaily Women Coffee Brown Bhagalpuri Silk Saree",
        category="Sarees",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: model in a turquoise blue woven saree with a contrast pink border and pink pallu, turquoise blouse, white
    # backdrop. Adapter: caption and open answers; reference engine: closed colors.
    case(
        "X931-028",
        caption(
            "The lady is wearing a blue saree with pink border. The saree is with silk fabric and its pallu is pink.",
            "unsupported",
        ),
        color_of("saree", "turquoise blue"),
        color_of("blouse", "pink", "contradiction"),
        color_of("border", "pink", kind=OPEN),
        color_of("pallu", "blue", "other_garment_color", kind=OPEN),
        describe("saree", "a turquoise blue saree with a pink border and pink pallu"),
        wearing("the gentleman is wearing a turquoise saree with a pink border", "pronoun"),
        title="Varanga Turquoise Blue & Pink Woven Saree",
        category="Sarees",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: model in a beige linen-blend saree with a silver zari striped border, pallu beige with silver stripes,
    # black blouse, potted plants behind her on a wooden floor. The feed row has no color column. Adapter: caption and
    # open answers; reference engine: closed colors.
    case(
        "X931-029",
        caption(
            "The lady is wearing a beige saree with black blouse. The saree is with linen fabric and pure color "
            "patterns."
        ),
        color_of("saree", "beige"),
        color_of("blouse", "black"),
        color_of("border", "black", "other_garment_color", kind=OPEN),
        color_of("pallu", "beige with silver stripes", kind=OPEN),
        material("linen"),
        wearing(
            "she is wearing a beige saree and a black blouse and a black blouse and a black blouse and a black "
            "blouse and a black",
            "loop",
            hit_limit=True,
        ),
        describe("saree", "saree", "non_answer"),
        title="Inddus Beige Linen Blend Saree with Silver Border",
        category="Sarees",
        gender="Women",
    ),
    # photo: model in a magenta Paithani-style art silk saree with a green border woven with peacocks, green pallu
    # with gold peacock zari, green blouse, white backdrop. Adapter: caption and open answers; reference engine:
    # closed colors.
    case(
        "X931-030",
        caption(
            "The lady is wearing a pink saree with green border and a green blouse. Question: What is the color "
            "of the saree? Answer: pink Question: What is the color of the border? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("saree", "magenta"),
        color_of("blouse", "magenta", "contradiction"),
        color_of("border", "green with peacock designs", kind=OPEN),
        color_of("pallu", "pink", "other_garment_color", kind=OPEN),
        details("saree", "the saree has peacock motifs on the border and the pallu"),
        title="Mimosa Magenta Paithani Art Silk Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a burgundy georgette saree with a gold embroidered border, burgundy pallu, gold blouse, hands
    # folded with no rings, white backdrop. Adapter: caption and open answers; reference engine: closed colors and
    # is-a-saree.
    case(
        "X931-031",
        caption(
            "The lady is wearing a maroon saree with gold border and a gold blouse. The saree is with georgette "
            "fabric. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("saree", "burgundy"),
        color_of("blouse", "gold"),
        color_of("border", "gold", kind=OPEN),
        color_of(
            "pallu",
            "burgundy burgundy burgundy burgundy burgundy burgundy burgundy burgundy burgundy "
            "burgundy burgundy burgundy burgundy burgundy burgundy",
            "loop",
            kind=OPEN,
            hit_limit=True,
        ),
        is_a("saree", "no", "contradiction"),
        title="Shonaya Burgundy Embroidered Georgette Saree",
        category="Sarees",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a powder blue chikankari cotton saree with white embroidery, white border, pallu light blue
    # with white embroidery, white blouse, grey backdrop. Adapter: caption and open answers; reference engine: closed
    # colors.
    case(
        "X931-032",
        caption(
            "The lady is wearing a blue saree with white embroidery and a white blouse. The saree is with cotton "
            "fabric."
        ),
        color_of("saree", "blue"),
        color_of("blouse", "white"),
        color_of("border", "white", kind=OPEN),
        color_of("pallu", "white", "other_garment_color", kind=OPEN),
        describe("saree", "a saree", "non_answer"),
        wearing(
            "she is wearing a blue saree with a white blouse. The saree is with cotton fabric and white "
            "embroidery. The blouse is white with short",
            "cut",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Ada Women Powder Blue Chikankari Cotton Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in three-quarter back view in a coral georgette saree with a white floral print, white piping
    # border, pallu coral with white flowers, coral blouse with a tie-up back, white backdrop. Adapter: caption and
    # open answers; reference engine: closed colors.
    case(
        "X931-033",
        caption(
            "The lady is wearing an orange saree with floral patterns. Her blouse is with tie-up back. The lady is "
            "wearing an orange saree with floral patterns. Her blouse is with tie-up back. The lady is wearing an "
            "orange saree with floral patterns. Her",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "peach"),
        color_of("blouse", "peach"),
        color_of("border", "orange", "other_garment_color", kind=OPEN),
        color_of("pallu", "orange with white flowers", kind=OPEN),
        wearing("he is wearing a saree with a floral print and a blouse with a tie-up back", "pronoun"),
        title="Sangria Coral Floral Print Georgette Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: flat-lay, no person: a red Banarasi saree with gold buttis folded on a white surface, gold border, heavy
    # gold pallu fanned out on top, the red blouse piece beside it. Adapter: caption and open answers; reference
    # engine: closed colors.
    case(
        "X931-034",
        caption("a red and gold saree laid out on a white surface"),
        color_of("saree", "red"),
        color_of("blouse", "red"),
        color_of("border", "gold", kind=OPEN),
        color_of("pallu", "red", "other_garment_color", kind=OPEN),
        wearing(
            "The lady is wearing a red saree with gold patterns. There is an accessory on her wrist.", "unsupported"
        ),
        details("saree", "The details of the saree are the details", "restated"),
        title="Mitera Red & Gold-Toned Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a shaded chiffon saree, pink at the waist fading to grey at the hem, grey border, pallu pink
    # fading to grey, pink blouse, bangles, white backdrop. Adapter: caption and open answers; reference engine: closed
    # colors and is-a-saree.
    case(
        "X931-035",
        caption(
            "The lady is wearing a pink and grey saree with pure color patterns. The saree is with chiffon "
            "fabric. She wears a pink blouse. There is an accessory on her wrist. The pallu is pink and grey and "
            "the",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "pink"),
        color_of("blouse", "grey", "contradiction"),
        color_of("border", "grey", kind=OPEN),
        color_of("pallu", "pink and grey", kind=OPEN),
        is_a("saree", "yes"),
        describe(
            "saree",
            "The saree is pink and grey with shaded patterns. The saree is with chiffon fabric and its "
            "border is grey. The blouse",
            "cut",
            hit_limit=True,
        ),
        title="Kvsfab Pink & Grey Shaded Chiffon Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a plain black saree with a red border and a solid red pallu, red blouse, red bangles, white
    # backdrop. The feed row has no gender column. Adapter: caption and open answers; reference engine: closed colors.
    case(
        "X931-036",
        caption(
            "The lady is wearing a black saree with red border. She wears a red blouse. There is an accessory on "
            "her wrist."
        ),
        color_of("saree", "red", "contradiction"),
        color_of("blouse", "red"),
        color_of("border", "red", kind=OPEN),
        color_of("pallu", "red", kind=OPEN),
        describe(
            "saree",
            "The saree is black in color with a red border and the blouse is red in color and the "
            "blouse is red in color and the blouse",
            "loop",
            hit_limit=True,
        ),
        details("saree", "the saree details are the details on the saree", "restated"),
        title="Prafful Black Solid Saree with Red Border",
        category="Sarees",
        color="Black",
    ),
    # photo: model in a lime green organza saree with a pink floral print, pink piping border, pallu lime green with
    # pink flowers, pink blouse, white backdrop. Adapter: caption and open answers; reference engine: closed colors.
    case(
        "X931-037",
        caption(
            "The lady is wearing a green saree with floral patterns. The saree is with organza fabric and its "
            "border is pink. She is wearing a pink blouse."
        ),
        color_of("saree", "lime green"),
        color_of("blouse", "green", "contradiction"),
        color_of("border", "pink", kind=OPEN),
        color_of(
            "pallu",
            "Question: What is the color of the pallu? Answer: green Question: What is the color of "
            "the border? Answer: pink",
            "leak",
            kind=OPEN,
            hit_limit=True,
        ),
        material("organza"),
        describe("saree", "the saree", "non_answer"),
        title="Saree mall Lime Green Floral Organza Saree",
        category="Sarees",
        color="Lime Green",
        gender="Women",
    ),
    # photo: model in a cobalt blue georgette saree with a gold lace border, pallu plain blue edged with the lace,
    # gold brocade elbow-sleeve blouse, empty hands (no clutch), white backdrop. Adapter: caption and open answers;
    # reference engine: closed colors and sleeve length.
    case(
        "X931-038",
        caption(
            "The lady is wearing a blue saree with gold border and a gold brocade blouse. She is holding a clutch.",
            "unsupported",
        ),
        color_of("saree", "blue"),
        color_of("blouse", "gold"),
        color_of("border", "gold", kind=OPEN),
        color_of("pallu", "gold", "other_garment_color", kind=OPEN),
        sleeves("elbow sleeves"),
        garment_type("blouse", "contradiction"),
        details(
            "saree",
            "The saree details are the border, the pallu, the blouse, the border, the pallu, the blouse, "
            "the border, the",
            "loop",
            hit_limit=True,
        ),
        title="Jashn Blue Solid Georgette Saree with Brocade Blouse",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a rust cotton saree with a black block print, black border, pallu rust with black block print,
    # black blouse, a small red bindi and no nose ring, white backdrop. Adapter: caption and open answers; reference
    # engine: closed colors.
    case(
        "X931-039",
        caption(
            "The lady is wearing an orange saree with graphic patterns. The saree is with cotton fabric and its "
            "border is black."
        ),
        color_of("saree", "rust"),
        color_of("blouse", "rust", "contradiction"),
        color_of("border", "black", kind=OPEN),
        color_of("pallu", "black", "other_garment_color", kind=OPEN),
        wearing(
            "a rust saree with black block print and a black blouse, she has a bindi and a nose ring", "unsupported"
        ),
        title="Shree Rust Block Print Cotton Saree",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a gold tissue saree with a maroon border, pallu gold with thin maroon stripes, maroon blouse,
    # white backdrop. Adapter: caption and open answers; reference engine: closed colors.
    case(
        "X931-040",
        caption("The lady is wearing a gold saree with maroon border and a maroon blouse."),
        color_of("saree", "gold"),
        color_of("blouse", "maroon"),
        color_of("border", "gold", "other_garment_color", kind=OPEN),
        color_of("pallu", "gold", kind=OPEN),
        material("cotton", "unsupported"),
        describe("saree", "The gentleman wears a gold saree with a maroon border", "pronoun"),
        title="Kalini Gold-Toned Tissue Saree with Maroon Border",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: model in a bottle green crepe saree with white polka dots, white border, pallu green with white dots,
    # white blouse, white backdrop. Adapter: caption and open answers; reference engine: closed colors and pattern.
    case(
        "X931-041",
        caption(
            "The lady is wearing a green saree with polka dot patterns and a white blouse. The saree is with crepe "
            "fabric."
        ),
        color_of("saree", "green"),
        color_of("blouse", "green", "contradiction"),
        color_of("border", "white", kind=OPEN),
        color_of("pallu", "green with white dots", kind=OPEN),
        pattern("polka dots"),
        details(
            "saree",
            "The saree has white polka dots and a white border. The saree has white polka dots and a "
            "white border. The saree has",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "the lady is wearing a green saree with white polka dots. Question: What is the lady wearing? Answer: "
            "a green saree",
            "leak",
            hit_limit=True,
        ),
        title="Ishin Women Green Polka Dot Print Crepe Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a grey ready-to-wear (pre-stitched) saree with a thin black border, grey pallu, a black
    # embellished belt at the waist, black sleeveless blouse, white backdrop. Adapter: caption and open answers;
    # reference engine: closed colors.
    case(
        "X931-042",
        caption(
            "The lady is wearing a grey saree with a black belt. Her blouse is black and sleeveless. The saree is "
            "with pure color patterns and its border is black. The saree is grey and the belt is black and the",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "grey"),
        color_of("blouse", "black"),
        color_of("border", "black", kind=OPEN),
        color_of("pallu", "black", "other_garment_color", kind=OPEN),
        wearing("a grey saree with a black belt"),
        describe("saree", "grey", "non_answer"),
        title="Inddus Grey Ready to Wear Saree with Belt",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a yellow Kota saree with a pink border, pallu yellow ending in the pink border, pink blouse,
    # only earrings (no necklace), standing in front of hanging marigold garlands. Adapter: caption and open answers;
    # reference engine: closed colors and garment type.
    case(
        "X931-043",
        caption("a woman in a yellow saree standing in front of yellow flowers"),
        color_of("saree", "yellow"),
        color_of("blouse", "yellow", "contradiction"),
        color_of("border", "pink", kind=OPEN),
        color_of("pallu", "yellow", kind=OPEN),
        garment_type("dress", "contradiction"),
        wearing(
            "she is wearing a yellow saree with a pink border and a pink blouse and a gold necklace", "unsupported"
        ),
        title="Avishi Yellow & Pink Kota Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a leheriya saree with diagonal red, yellow and green stripes, gold border, pallu in the same
    # stripes, red short-sleeve blouse, bangles, white backdrop. Adapter: caption and open answers; reference
    # engine: closed colors and pattern.
    case(
        "X931-044",
        caption(
            "The lady is wearing a multicolor saree with striped patterns. The saree is with pure color border and "
            "its border is gold. She wears a red blouse with short sleeves. There is an accessory on her wrist "
            "and her",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "multi"),
        color_of("blouse", "red"),
        color_of("border", "red", "other_garment_color", kind=OPEN),
        color_of("pallu", "red yellow green stripes", kind=OPEN),
        pattern("striped"),
        material("the garment is made of material", "restated"),
        title="Hatheli Multicoloured Leheriya Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: the product is the blouse: a gold sequinned short-sleeve readymade blouse, worn by a model with a plain
    # black georgette saree (black border and pallu), white backdrop. Adapter: caption and open answers; reference
    # engine: closed colors and sleeve length.
    case(
        "X931-045",
        caption("The lady is wearing a black saree with a gold blouse. Her blouse is short-sleeve with sequins."),
        color_of("saree", "black"),
        color_of("blouse", "gold"),
        color_of("border", "black", kind=OPEN),
        color_of("pallu", "black", kind=OPEN),
        sleeves("short sleeves"),
        wearing("black saree and gold blouse"),
        title="Inddus Gold-Toned Sequinned Readymade Saree Blouse",
        category="Blouse",
        color="Gold",
        gender="Women",
    ),
    # photo: a girl in a pink ready-to-wear saree with a gold border, pink pallu with gold edging, gold short-sleeve
    # blouse, white backdrop. Adapter: caption and open answers; reference engine: closed colors.
    case(
        "X931-046",
        caption("The lady is wearing a pink saree with gold border and a gold blouse."),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "contradiction"),
        color_of("border", "gold", kind=OPEN),
        color_of("pallu", "pink and gold", kind=OPEN),
        wearing("a boy wearing a pink saree with a gold border", "pronoun"),
        material("silk", "unsupported"),
        describe(
            "saree",
            "a pink ready to wear saree with a gold border and a gold blouse. The saree is pre-stitched "
            "and the pallu is pink with gold",
            "cut",
            hit_limit=True,
        ),
        title="Aarika Girls Pink Ready to Wear Saree",
        category="Sarees",
        color="Pink",
        gender="Girls",
    ),
]
