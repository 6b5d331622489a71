"""BLIND_621 (46 products; Myntra women's sarees and lehengas night: caption epoch 3 + VQA adapter answers): written
blind in the fifty-third session. Measured blind at 97c0ae7 (the session's third rules): 109/132 failures found (82.6%)
and 14/189 correct texts flagged (7.4%). The writer's notes, verbatim:

Scenario: one night of the enrichment job over a Myntra-like women's ethnic feed: silk, georgette, chiffon, cotton
and printed sarees worn with blouses, and lehenga cholis (skirt, choli, dupatta), all on model shots against white,
grey or beige studio backdrops, a few side or pallu views. Catalog rows carry gender, article_type (Sarees or Lehenga
Choli), base_colour and the seller's product_name; a few rows lack a column as real feeds do.

Who wrote what: captions come from the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption). It
writes the DeepFashion template ("The lady is wearing ... with pure color patterns. The dress is with chiffon
fabric ..."), has no word for a saree (calls it a dress or a long skirt, sometimes the base's "saree" leaks through),
rarely names a hue, and, trained without an end token, often runs to the 50-token limit (cut mid-sentence) or
repeats a sentence. Open answers (wearing, describe, details, material, border color, some color questions) come from
the VQA adapter (Data3_V3_BLIP2_VQA), free generation with a 30-token limit: short answers are often right, longer
ones loop ("gold, gold, gold"), get cut, echo the "Question: ... Answer:" format, or give the blouse's or the
dupatta's color for the saree or the lehenga. Closed answers (garment_type, color, pattern, sleeve_length, the is_a
yes/no, color_of stored closed) come from enrich's --engine reference: one candidate value, never looped or cut.

Labeling conventions and judgement calls:
- One label per text. Where a text has several failures the mechanical one wins: loop, then cut, then leak; then a
  wrong pronoun; then a wrong garment or color (contradiction / other_garment_color), then unsupported.
- A closed color outside the seller color's group is a contradiction even for a neighbouring shade ("brown" for
  Rust, "green" for Turquoise Blue, "brown" for Olive).
- A saree called a "dress", "gown" or "long skirt" (caption or answer) is a contradiction with the seller's
  category. A lehenga called a "long skirt" with a "top" is correct (that is what it is); "dress" for a lehenga choli
  is a contradiction.
- The blouse is part of the saree look; the saree's color answered with the blouse's color, or the lehenga's with
  the dupatta's or the choli's, is other_garment_color. The saree's border color given as the saree's color is a
  contradiction (same garment, wrong part), not other_garment_color.
- Seller color is the truth for the main garment unless the photo clearly says otherwise; a close shade (wine for
  Burgundy, rani pink for Pink, indigo for Navy Blue, off-white for Cream) is correct.
- The sleeve length question is about the blouse or choli; answered for the blouse it is correct.
- Material: correct when the title names it or the photo plainly shows it (sheer georgette/chiffon, tissue sheen,
  velvet pile); a material the title contradicts is a contradiction; a fiber-content, weave-origin or care claim
  nobody could read from a photo ("100% pure mulberry silk", "handwoven in Varanasi", "machine washable") is
  unsupported, and so are invented parts (pockets, zippers, sequins that are not there, a clutch, a belt).
- "yes", "no", a bare garment noun, or "it is" to an open question is non_answer; an answer that only turns the
  question's words around ("the saree details are the details of the saree") is restated.
- The person is a woman in every photo; "he", "his", "the gentleman", "a man" is pronoun.
- hit_limit=True on every loop and cut, and on leaks that ran to the limit. One caption ran exactly to the limit
  but ended on a full sentence and is right: it carries hit_limit=True and no failure.
- The caption template has no word for georgette or net: its "chiffon fabric" for a sheer georgette or net
  garment is taken as right; its "cotton" or "denim" where the title names another fabric is a contradiction.
- The caption template's hue-less "pure color patterns" for a solid garment is correct; a wrong pattern word
  ("stripe patterns" for a floral print) is a contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

border = question("color_border", "What is the color of the border?", "open")
dupatta = question("dupatta", "Is she wearing a dupatta?", "closed")
wearing_model = question("wearing_model", "What is the model wearing?", "open")

BLIND_621 = [
    # photo: maroon silk-blend saree with gold zari border and small gold buttis, matching maroon elbow-sleeve blouse,
    # gold jhumkas and a ring, front view on white backdrop. Caption adapter (epoch 3) caption; VQA adapter open
    # answers; reference engine closed answers.
    case(
        "X621-001",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with silk fabric and its "
            "neckline is round. There is an accessory on her ear. The lady wears a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon saree with a gold border"),
        BQ.color("maroon"),
        color_of("blouse", "maroon"),
        BQ.material("silk"),
        details(
            "saree",
            "gold zari border, small gold buttis all over, a heavy woven pallu and a stitched blouse with a side zip",
            "unsupported",
        ),
        title="Mitera Maroon & Gold-Toned Silk Blend Woven Design Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue poly georgette saree with small white flower print, contrast solid pink short-sleeve blouse,
    # front view, white backdrop, model holds the pallu. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-002",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns.",
            "contradiction",
        ),
        wearing("a navy blue saree with white flowers and a pink blouse"),
        color_of("saree", "pink", "other_garment_color", kind="open"),
        BQ.pattern("floral"),
        BQ.sleeve_length("short sleeves"),
        BQ.material("georgette"),
        details("saree", "saree", "non_answer"),
        title="Saree mall Navy Blue Printed Poly Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink flared lehenga with gold embroidery at the hem, gold sleeveless choli, sheer pink net dupatta over
    # one shoulder, gold bangles, front view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-003",
        caption(
            "The lady is wearing a sleeveless tank top with solid color patterns and a long skirt. The skirt is with "
            "chiffon fabric and graphic patterns. There is an accessory on her wrist."
        ),
        wearing("a pink lehenga with a gold top and a pink dupatta"),
        BQ.garment_type("lehenga choli"),
        BQ.color("gold", "other_garment_color"),
        BQ.sleeve_length("sleeveless"),
        details(
            "lehenga",
            "gold embroidery on the hem, gold embroidery on the hem, gold embroidery on the hem, gold "
            "embroidery on the hem, gold",
            "loop",
            hit_limit=True,
        ),
        dupatta("yes"),
        title="Inddus Pink & Gold-Toned Embroidered Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow cotton saree with red temple border, red three-quarter-sleeve blouse, front view, beige
    # backdrop, glass bangles on both wrists. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-004",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. "
            "There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("he is wearing a yellow saree with a red border", "pronoun"),
        BQ.color("mustard"),
        color_of("saree", "red", "other_garment_color", kind="open"),
        border("red"),
        BQ.sleeve_length("three-quarter sleeves"),
        BQ.material("100% pure cotton, handloom woven and machine washable", "unsupported"),
        title="Kalini Mustard Cotton Saree with Temple Border",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: green georgette leheriya saree (diagonal wave stripes in green and yellow), plain green short-sleeve
    # blouse, front view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-005",
        caption(
            "The lady is wearing a short-sleeve top with stripe patterns and a long skirt. The skirt is with chiffon "
            "fabric and stripe patterns. The lady wears a long skirt. The skirt is with chiffon fabric and stripe",
            "loop",
            hit_limit=True,
        ),
        wearing("a green and yellow striped saree"),
        BQ.pattern("striped"),
        BQ.color("yellow", "contradiction"),
        describe("saree", "saree", "non_answer"),
        color_of("blouse", "green"),
        title="Kalini Green Leheriya Georgette Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: red bridal lehenga with heavy gold zari, red elbow-sleeve choli, red dupatta with gold border over the
    # head, a ring and bangles, front view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-006",
        caption(
            "The lady is wearing a short-sleeve top with graphic patterns and a long skirt. The skirt is with silk "
            "fabric and graphic patterns. There is an accessory on her head. The lady wears a ring on her finger and"
            " a",
            "cut",
            hit_limit=True,
        ),
        wearing("a red lehenga choli with a red dupatta on her head"),
        BQ.garment_type("lehenga choli"),
        BQ.color("red"),
        color_of("dupatta", "red"),
        details("lehenga", "heavy gold zari work all over, a scalloped hem and a hidden side pocket", "unsupported"),
        BQ.sleeve_length("elbow sleeves"),
        title="Avishi Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: black chiffon saree with silver sequin border, black sleeveless v-neck blouse, front view, grey
    # backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-007",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline.",
            "contradiction",
        ),
        wearing("a black saree with a silver border"),
        BQ.color("black"),
        border("silver"),
        BQ.sleeve_length("long sleeves", "contradiction"),
        BQ.material("chiffon"),
        describe(
            "saree",
            "Answer: a black saree with silver sequins on the border Question: What is the color of "
            "the blouse? Answer: black",
            "leak",
            hit_limit=True,
        ),
        title="Mitera Black Embellished Chiffon Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: cream Kerala kasavu cotton saree with broad gold border, gold short-sleeve round-neck blouse, front view,
    # white backdrop, jasmine in the hair. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-008",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("an off white saree with a gold border and a gold blouse"),
        color_of("saree", "gold", "other_garment_color", kind="open"),
        BQ.color("cream"),
        BQ.pattern("solid"),
        BQ.material("cotton"),
        border("gold"),
        describe("saree", "a handloom kasavu saree woven in Balaramapuram with pure gold zari", "unsupported"),
        title="Kerala Kasavu Cream & Gold-Toned Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: peach net lehenga with silver embroidery, peach short-sleeve choli, peach dupatta, bangles, front view,
    # white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-009",
        caption(
            "The lady is wearing a short-sleeve top with graphic patterns and a long skirt. The skirt is with chiffon "
            "fabric and graphic patterns. There is an accessory on her wrist."
        ),
        wearing("a peach lehenga with silver embroidery"),
        BQ.color("peach"),
        BQ.garment_type("dress", "contradiction"),
        details("lehenga", "the lehenga details are the lehenga details", "restated"),
        BQ.material("net"),
        describe(
            "lehenga",
            "peach net lehenga with silver embroidery, silver embroidery, silver embroidery, silver "
            "embroidery, silver embroidery, silver",
            "loop",
            hit_limit=True,
        ),
        title="Inddus Peach-Coloured Embroidered Net Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: teal art silk saree with contrast magenta border and magenta pallu, magenta short-sleeve blouse,
    # bangles, front view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-010",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with silk fabric. There is an "
            "accessory on her wrist."
        ),
        wearing("a teal saree with a pink border"),
        BQ.color("magenta", "other_garment_color"),
        color_of("blouse", "magenta"),
        border("pink"),
        describe(
            "saree",
            "teal silk saree with a magenta border and a magenta pallu with a zipper on the side",
            "unsupported",
        ),
        is_a("saree", "yes"),
        title="Saree mall Teal & Magenta Art Silk Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: multicoloured abstract-print georgette saree (orange, royal blue, yellow brushstrokes), black
    # sleeveless blouse, front view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-011",
        caption(
            "The lady is wearing a sleeveless tank top with graphic patterns and a long skirt. The skirt is with "
            "chiffon fabric and graphic patterns.",
            "contradiction",
        ),
        wearing("a multicolored printed saree with a black blouse"),
        BQ.color("multi"),
        BQ.pattern("printed"),
        color_of("saree", "black", "other_garment_color", kind="open"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("georgette"),
        describe(
            "saree",
            "a multicolor abstract print saree with orange, blue and yellow brush strokes and a black "
            "sleeveless blouse with a deep",
            "cut",
            hit_limit=True,
        ),
        title="Ishin Women Multicoloured Poly Georgette Printed Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: lavender organza saree with pink and white floral embroidery scattered on the body, lavender
    # short-sleeve blouse, front view, white backdrop. Row lacks base_colour. Caption adapter caption; VQA open;
    # reference closed.
    case(
        "X621-012",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The "
            "lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a light purple saree with flowers Question: What is the color of the blouse? Answer: lavender Question:",
            "leak",
            hit_limit=True,
        ),
        BQ.color("lavender"),
        BQ.pattern("floral"),
        BQ.material("organza"),
        details(
            "saree",
            "pink and white flowers embroidered on the saree, a scalloped border and sequin work on the",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Lavender Embroidered Organza Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: navy blue lehenga with gold foil print, pink short-sleeve choli, pink dupatta, front view, white
    # backdrop, bare wrists and no rings. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-013",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and graphic patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a blue lehenga with a pink top and pink dupatta"),
        BQ.color("pink", "other_garment_color"),
        color_of("lehenga", "navy blue"),
        color_of("dupatta", "pink"),
        BQ.pattern("printed"),
        describe("lehenga", "Question: Describe the lehenga. Answer: a navy blue lehenga with gold print", "leak"),
        title="Ahalyaa Navy Blue & Pink Foil Print Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: half-and-half saree, yellow upper half and green lower half with a thin gold border, green
    # short-sleeve blouse, front view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-014",
        caption(
            "The lady is wearing a short-sleeve shirt with color block patterns. The shirt is with cotton fabric. "
            "The lady wears a long skirt with color block patterns.",
            "contradiction",
        ),
        wearing("a yellow and green saree"),
        BQ.color("yellow"),
        color_of("blouse", "green"),
        BQ.pattern("color block"),
        describe("saree", "yellow and green half and half saree with a thin gold border"),
        BQ.material("it is", "non_answer"),
        title="Saree mall Yellow & Green Half and Half Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: magenta bandhani georgette saree with tiny white dots all over, magenta short-sleeve blouse, bangles,
    # front view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-015",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with chiffon fabric. There is an "
            "accessory on her wrist."
        ),
        wearing("a pink saree with white dots"),
        BQ.color("magenta"),
        BQ.pattern("striped", "contradiction"),
        details(
            "saree",
            "white dots, white dots, white dots, white dots, white dots, white dots, white dots, white",
            "loop",
            hit_limit=True,
        ),
        BQ.material("georgette"),
        color_of("blouse", "white", "contradiction"),
        title="Kalini Magenta Bandhani Print Georgette Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey crepe saree with black geometric print, black short-sleeve round-neck blouse, front view, white
    # backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-016",
        caption(
            "The gentleman is wearing a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and "
            "its neckline is round.",
            "pronoun",
        ),
        wearing("a grey saree with black geometric print"),
        BQ.color("black", "other_garment_color"),
        color_of("blouse", "black"),
        BQ.pattern("geometric"),
        BQ.material("crepe"),
        details("saree", "black geometric print with a sequinned border and a satin petticoat", "unsupported"),
        title="Ishin Grey & Black Geometric Printed Crepe Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: orange silk saree with gold border, green elbow-sleeve round-neck blouse, front view, white
    # backdrop, gold necklace. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-017",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with silk fabric and its "
            "neckline is round. There is an accessory on her neck.",
            "contradiction",
        ),
        wearing("an orange saree with a gold border and a green blouse"),
        BQ.color("orange"),
        color_of("saree", "green", "other_garment_color", kind="open"),
        color_of("blouse", "green"),
        border(
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold",
            "loop",
            hit_limit=True,
        ),
        BQ.material("silk"),
        details(
            "saree",
            "a gold border and a gold pallu with woven elephants and peacocks, comes with a matching clutch",
            "unsupported",
        ),
        title="Mitera Orange Silk Blend Saree with Zari Border",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: white georgette saree with white chikankari embroidery, white short-sleeve blouse, front view, pale grey
    # backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-018",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a white chikankari saree with a silver belt and a white clutch", "unsupported"),
        BQ.color("white"),
        BQ.pattern("embroidered"),
        BQ.material("georgette"),
        describe("saree", "a white saree"),
        details("saree", "white", "non_answer"),
        title="Ada Women White Chikankari Georgette Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: purple cotton lehenga with mirror work, purple short-sleeve choli, orange dupatta, bangles and a ring,
    # front view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-019",
        caption(
            "The lady is wearing a short-sleeve top with graphic patterns and a long skirt. The skirt is with cotton "
            "fabric and graphic patterns. There is an accessory on her wrist. The lady wears a ring on her finger.",
            hit_limit=True,
        ),
        wearing("his lehenga is purple with an orange dupatta", "pronoun"),
        color_of("lehenga", "orange", "other_garment_color", kind="open"),
        color_of("dupatta", "orange"),
        BQ.color("purple"),
        details(
            "lehenga",
            "mirror work on the skirt and on the sleeves of the choli, tassels and latkans on the drawstring",
            "unsupported",
        ),
        BQ.sleeve_length("short sleeves"),
        title="Avishi Purple Mirror Work Lehenga Choli with Orange Dupatta",
        category="Lehenga Choli",
        color="Purple",
        gender="Women",
    ),
    # photo: rust cotton saree with black and cream block print, black short-sleeve blouse, front view, beige
    # backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-020",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with cotton fabric. The lady is wearing "
            "a saree with graphic patterns. The saree is with cotton fabric. The lady is wearing a saree with",
            "loop",
            hit_limit=True,
        ),
        wearing("a rust saree with black print and a black blouse"),
        BQ.color("brown", "contradiction"),
        BQ.pattern("printed"),
        BQ.material("cotton"),
        describe(
            "saree",
            "an orange saree with black and white block print, hand block printed in Bagru with natural dyes",
            "unsupported",
        ),
        title="Ishin Rust Block Print Cotton Saree",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: sea green lehenga with silver embroidery, sea green full-sleeve choli, white net dupatta, jhumkas, front
    # view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-021",
        caption(
            "The lady is wearing a long-sleeve top with graphic patterns and a long skirt. The skirt is with chiffon "
            "fabric and graphic patterns. There is an accessory on her ear."
        ),
        wearing("a sea green lehenga with a white dupatta"),
        BQ.color("white", "other_garment_color"),
        BQ.sleeve_length("long sleeves"),
        color_of("choli", "sea green"),
        describe("lehenga", "green lehenga with silver embroidery and a white net dupatta, he is wearing", "pronoun"),
        BQ.garment_type("kurta", "contradiction"),
        title="Inddus Sea Green Embroidered Lehenga Choli with Net Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Women",
    ),
    # photo: beige tissue saree with gold border, maroon short-sleeve blouse, front view, white backdrop.
    # Caption adapter caption; VQA open; reference closed.
    case(
        "X621-022",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns. The top is with cotton fabric. The lady"
            " wears a long skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige saree with a maroon blouse"),
        color_of("saree", "maroon", "other_garment_color", kind="open"),
        BQ.color("beige"),
        BQ.material("tissue"),
        border("gold"),
        BQ.sleeve_length("short sleeves"),
        is_a("saree", "no", "contradiction"),
        title="Mitera Beige & Gold-Toned Tissue Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: blue georgette saree with white and pink flower print, white sleeveless blouse, front view, white
    # backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-023",
        caption(
            "The lady is wearing a sleeveless top with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns.",
            "contradiction",
        ),
        wearing("a blue floral saree with a white blouse"),
        BQ.color("white", "other_garment_color"),
        BQ.pattern("floral"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("georgette"),
        describe(
            "saree",
            "a blue saree with white and pink flowers, a white sleeveless blouse and a ruffled hem",
            "unsupported",
        ),
        title="Saree mall Blue Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: red and black checked cotton saree, black border, red short-sleeve blouse, bangles, front view, white
    # backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-024",
        caption(
            "The lady is wearing a saree with lattice patterns. The saree is with cotton fabric. There is an "
            "accessory on her wrist."
        ),
        wearing("a red and black checked saree"),
        BQ.color("red"),
        BQ.pattern("checked"),
        border(
            "black and red, black and red, black and red, black and red, black and red, black and red, black",
            "loop",
            hit_limit=True,
        ),
        BQ.material("silk", "contradiction"),
        is_a("saree", "yes"),
        title="Kalini Red & Black Checked Cotton Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: mint green sequinned lehenga, mint sleeveless choli, no dupatta, no jewellery, front view, white backdrop.
    # Caption adapter caption; VQA open; reference closed.
    case(
        "X621-025",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("the person is wearing what the person is wearing", "restated"),
        BQ.color("green"),
        dupatta("yes", "contradiction"),
        details("lehenga", "sequins all over the skirt, a sequin choli and a matching potli bag", "unsupported"),
        BQ.sleeve_length("sleeveless"),
        title="Ahalyaa Mint Green Sequinned Ready to Wear Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: pink chiffon saree with ruffle border, pink sleeveless v-neck blouse, front view, white
    # backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-026",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is v-shape. The dress is with chiffon fabric and its neckline is v-shape. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("Answer: a pink ruffle saree", "leak"),
        BQ.color("pink"),
        BQ.pattern("printed", "contradiction"),
        BQ.sleeve_length("sleeveless"),
        describe("saree", "a pink chiffon saree with a ruffled border and a sleeveless pink blouse"),
        BQ.material("chiffon"),
        title="Mitera Pink Ruffled Chiffon Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: gold tissue lehenga, gold short-sleeve choli, maroon dupatta with gold border, bangles, front view,
    # white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-027",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns and a long skirt. The skirt is with "
            "silk fabric and pure color patterns. There is an accessory on her wrist. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a gold lehenga with a maroon dupatta"),
        BQ.color("maroon", "other_garment_color"),
        color_of("dupatta", "maroon"),
        BQ.material(
            "Question: What material is the garment made of? Answer: silk Question: What", "leak", hit_limit=True
        ),
        BQ.garment_type("lehenga choli"),
        title="Avishi Gold-Toned Tissue Lehenga Choli with Maroon Dupatta",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: coffee brown crepe saree with cream paisley print, brown elbow-sleeve blouse, front view, white
    # backdrop, bare wrists, no belt. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-028",
        caption(
            "The lady is wearing a saree with graphic patterns. There is an accessory on her wrist and a belt around "
            "her waist.",
            "unsupported",
        ),
        wearing("a brown paisley saree"),
        BQ.color("brown"),
        BQ.pattern("paisley"),
        details("saree", "yes", "non_answer"),
        BQ.sleeve_length("elbow sleeves"),
        title="Ishin Coffee Brown Paisley Print Crepe Saree",
        category="Sarees",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: navy blue silk saree with silver zari border, navy short-sleeve blouse, side view showing the pleats and
    # the pallu over the shoulder, bangles, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-029",
        caption(
            "The lady is wearing a long dress with pure color patterns. The dress is with silk fabric. There is an "
            "accessory on her wrist.",
            "contradiction",
        ),
        wearing("a dark blue saree"),
        BQ.color("navy blue"),
        border("silver"),
        details(
            "saree",
            "silver border on the pallu and on the pleats, silver border on the pallu and on the "
            "pleats, silver border on",
            "loop",
            hit_limit=True,
        ),
        BQ.material("silk"),
        describe("saree", "he is wearing a navy blue silk saree with a silver border", "pronoun"),
        title="Mitera Navy Blue Silk Blend Saree with Zari Border",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon velvet lehenga with gold embroidery, maroon full-sleeve velvet choli, pink net dupatta, front
    # view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-030",
        caption(
            "The lady is wearing a long-sleeve top with graphic patterns and a long skirt. The skirt is with "
            "velvet fabric and graphic patterns."
        ),
        wearing("a maroon velvet lehenga with a pink dupatta"),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        BQ.color("maroon"),
        BQ.material("velvet"),
        BQ.sleeve_length("short sleeves", "contradiction"),
        details("lehenga", "gold embroidery on the skirt and the sleeves of the choli"),
        title="Inddus Maroon Velvet Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green linen saree with thin silver stripes on the pallu, olive short-sleeve blouse, front view,
    # beige backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-031",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with linen fabric. The "
            "lady wears a long skirt. The skirt is with linen fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("an olive green saree"),
        BQ.color("brown", "contradiction"),
        BQ.material("linen"),
        describe("saree", "an olive saree with silver stripes on the pallu"),
        details("saree", "the details of the saree are on the saree", "restated"),
        title="Kalini Olive Green Linen Saree with Striped Pallu",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: turquoise blue georgette saree with white lace border, turquoise short-sleeve blouse, bangles and a
    # ring, front view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-032",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with chiffon fabric. There is an "
            "accessory on her wrist. The lady wears a ring on her finger."
        ),
        wearing("a turquoise saree with a white lace border"),
        BQ.color("green", "contradiction"),
        border("white"),
        BQ.material("georgette"),
        describe(
            "saree",
            "Question: Describe the saree. Answer: a blue saree with lace Question: Describe the saree. Answer:",
            "leak",
            hit_limit=True,
        ),
        BQ.sleeve_length("short sleeves"),
        details("saree", "no", "non_answer"),
        title="Saree mall Turquoise Blue Georgette Saree with Lace Border",
        category="Sarees",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: cream matte cotton lehenga with red floral print, red short-sleeve choli, red dupatta, front view, white
    # backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-033",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and floral patterns."
        ),
        wearing(
            "a cream lehenga with red flowers, a red short sleeve choli and a red dupatta draped over her left "
            "shoulder and",
            "cut",
            hit_limit=True,
        ),
        BQ.material("cotton with a satin lining and a cancan underneath", "unsupported"),
        BQ.color("red", "other_garment_color"),
        color_of("choli", "red"),
        BQ.pattern("floral"),
        describe("lehenga", "lehenga", "non_answer"),
        BQ.garment_type("lehenga choli"),
        title="Ahalyaa Cream & Red Floral Print Lehenga Choli",
        category="Lehenga Choli",
        color="Cream",
        gender="Women",
    ),
    # photo: black and white vertical-striped georgette saree, black sleeveless blouse, front view, white backdrop.
    # Caption adapter caption; VQA open; reference closed.
    case(
        "X621-034",
        caption(
            "The lady is wearing a sleeveless top with stripe patterns and a long skirt. The skirt is with chiffon "
            "fabric and stripe patterns.",
            "contradiction",
        ),
        wearing("a black and white striped saree"),
        BQ.color("black"),
        BQ.pattern("striped"),
        details(
            "saree",
            "black and white stripes, black and white stripes, black and white stripes, black and white",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("sleeveless"),
        BQ.material("georgette"),
        title="Ishin Black & White Striped Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: red georgette saree with small white polka dots, white short-sleeve blouse, bangles, front view, white
    # backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-035",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with chiffon fabric. There is an "
            "accessory on her wrist."
        ),
        wearing("a red polka dot saree with a white blouse"),
        color_of("saree", "white", "other_garment_color", kind="open"),
        BQ.pattern("polka dots"),
        BQ.color("red"),
        describe(
            "saree", "a red saree with white dots and a white blouse with a back zipper and pockets", "unsupported"
        ),
        BQ.material("georgette"),
        details("saree", "the saree has the details of a saree", "restated"),
        title="Kalini Red Polka Dot Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: yellow lehenga with pink flower print, pink short-sleeve choli, yellow dupatta, bangles and a ring,
    # front view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-036",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. There is an accessory on her wrist. The lady wears a ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow lehenga with pink flowers and a pink blouse"),
        BQ.color("yellow"),
        color_of("choli", "yellow", "other_garment_color"),
        BQ.pattern("floral"),
        details("lehenga", "the lehenga has lehenga details", "restated"),
        dupatta("yes"),
        title="Inddus Yellow & Pink Floral Print Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # photo: green silk saree with broad pink border and pink pallu, pink elbow-sleeve blouse, front view, white
    # backdrop, temple jewellery. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-037",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with silk fabric. There "
            "is an accessory on her neck. There is an accessory on her neck. There is an accessory on her neck.",
            "loop",
            hit_limit=True,
        ),
        wearing("a green silk saree with a pink border"),
        BQ.color("green"),
        border("pink"),
        BQ.material("pure mulberry silk handwoven in Kanchipuram with real gold zari", "unsupported"),
        color_of("blouse", "pink"),
        describe("saree", "a green saree with a pink border and a pink blouse"),
        title="Mitera Green & Pink Kanjeevaram Style Art Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: orange lehenga, fuchsia short-sleeve choli, fuchsia dupatta with gota border, silk sheen, front
    # view, white backdrop. Row lacks gender. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-038",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns and a long skirt. The skirt is with silk"
            " fabric and pure color patterns."
        ),
        wearing("an orange lehenga with a pink choli and pink dupatta"),
        BQ.color("pink", "other_garment_color"),
        color_of("lehenga", "orange"),
        details(
            "lehenga",
            "gota patti border on the dupatta and the hem of the lehenga, gota patti border on",
            "cut",
            hit_limit=True,
        ),
        BQ.garment_type("lehenga choli"),
        describe(
            "lehenga",
            "an orange lehenga with a pink choli and a pink dupatta and a pink dupatta and a pink "
            "dupatta and a pink dupatta and a",
            "loop",
            hit_limit=True,
        ),
        title="Avishi Orange & Fuchsia Gota Patti Lehenga Choli",
        category="Lehenga Choli",
        color="Orange",
    ),
    # photo: beige crepe saree with green leaf and flower print, green short-sleeve round-neck blouse, front
    # view, white backdrop. Row lacks base_colour. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-039",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round.",
            "contradiction",
        ),
        wearing(
            "a beige saree with green leaves and flowers and a green blouse, the pallu is draped over the left "
            "shoulder with the",
            "cut",
            hit_limit=True,
        ),
        BQ.color("green", "other_garment_color"),
        BQ.pattern("floral"),
        color_of("blouse", "green"),
        describe("saree", "the saree is a saree", "restated"),
        BQ.material("crepe"),
        title="Saree mall Beige & Green Floral Print Crepe Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: peach georgette saree with embroidered gold border, peach short-sleeve v-neck blouse, model holds the
    # pallu out, front view, grey backdrop, no belt. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-040",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with chiffon fabric. It has a "
            "v-shape neckline."
        ),
        wearing("she is wearing a peach saree"),
        BQ.color("peach"),
        border("gold"),
        details("saree", "embroidered border and a matching belt with sequins", "unsupported"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        BQ.material("georgette"),
        title="Kalini Peach-Coloured Georgette Saree with Embroidered Border",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: wine burgundy lehenga with gold sequins, wine three-quarter-sleeve choli, gold net dupatta, bangles, front
    # view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-041",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. There "
            "is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a wine colored lehenga with a gold dupatta"),
        BQ.color("burgundy"),
        color_of("lehenga", "gold", "other_garment_color", kind="open"),
        BQ.sleeve_length("three-quarter sleeves"),
        details("lehenga", "Answer: gold sequins", "leak"),
        dupatta("yes"),
        title="Ahalyaa Burgundy Sequinned Lehenga Choli with Net Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
        gender="Women",
    ),
    # photo: sky blue chiffon saree with white floral print, navy blue sleeveless blouse, bangles, front view,
    # white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-042",
        caption(
            "The lady is wearing a sleeveless top with floral patterns. The top is with chiffon fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and floral patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a light blue floral saree with a navy blouse"),
        BQ.color("navy blue", "other_garment_color"),
        BQ.pattern("floral"),
        BQ.material("chiffon"),
        describe("saree", "a sky blue saree with white flowers"),
        wearing_model("a man wearing a blue saree", "pronoun"),
        title="Mitera Blue Floral Printed Chiffon Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: silver-grey lehenga with silver embroidery, grey short-sleeve choli, silver net dupatta, silver earrings,
    # front view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-043",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and graphic patterns."
        ),
        wearing("a grey lehenga with silver embroidery"),
        BQ.color("silver"),
        BQ.garment_type("gown", "contradiction"),
        details("lehenga", "silver embroidery on the skirt and a zip pocket on the side", "unsupported"),
        BQ.material("cotton", "contradiction"),
        BQ.sleeve_length("short sleeves"),
        title="Inddus Silver-Toned Embroidered Net Lehenga Choli",
        category="Lehenga Choli",
        color="Silver",
        gender="Women",
    ),
    # photo: mustard art silk saree with small maroon motifs, mustard pallu, plain maroon short-sleeve blouse,
    # bangles, front view, white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-044",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with silk fabric. There is an "
            "accessory on her wrist."
        ),
        wearing(
            "a mustard and maroon saree Question: What is the color of the saree? Answer: mustard Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        BQ.color("maroon", "other_garment_color"),
        color_of("blouse", "maroon"),
        describe("saree", "a mustard saree with small maroon motifs and a plain maroon blouse"),
        details("saree", "yes", "non_answer"),
        BQ.material("art silk"),
        title="Ishin Mustard & Maroon Art Silk Printed Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: indigo (navy) cotton saree with white dabu print, indigo short-sleeve round-neck blouse, front view,
    # white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-045",
        caption(
            "The lady is wearing a short-sleeve shirt with graphic patterns. The shirt is with denim fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with denim fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        wearing("an indigo saree with white print"),
        BQ.color("navy blue"),
        BQ.pattern("printed"),
        BQ.material("denim", "contradiction"),
        BQ.sleeve_length("short sleeves"),
        describe("saree", "he is wearing an indigo dabu print cotton saree", "pronoun"),
        title="Kalini Navy Blue Dabu Print Cotton Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rani pink lehenga with gota patti work, rani pink elbow-sleeve choli, green dupatta, front view,
    # white backdrop. Caption adapter caption; VQA open; reference closed.
    case(
        "X621-046",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns and a long skirt. The skirt is with silk"
            " fabric and graphic patterns. Question: What is the lady wearing? Answer: The lady is wearing a",
            "leak",
            hit_limit=True,
        ),
        wearing("a pink lehenga with a green dupatta"),
        color_of("lehenga", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "green"),
        BQ.color("pink"),
        describe("lehenga", "a rani pink lehenga with gota patti work and a green dupatta"),
        details("lehenga", "the lehenga is a lehenga with details", "restated"),
        title="Avishi Rani Pink Gota Patti Lehenga Choli with Green Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
]
