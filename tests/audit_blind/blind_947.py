"""BLIND_947 (46 products; sarees, VQA adapter, each piece's color): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 109/135 failures found (80.7%) and 11/193 correct texts flagged
(5.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's sarees (article type "Sarees", the seller's base colour is the color of the
saree's body). Studio catalog shots, mostly full-length front or three-quarter views on a white, grey or beige
backdrop, a few styled ones (a carved wooden door, a yellow wall, a garden). The model wears the saree with a blouse
that matches or contrasts, pallu over the left shoulder, usually with earrings and bangles; a few hold a clutch or
sit on a stool. The night asked each piece's color: the saree's (closed), the blouse's and the border's (open), and
per product a few of: what the person (or she) is wearing, describe the saree, the saree's details, the pattern,
the material, "Is this a saree?".

Who wrote what: captions come from the untuned base BLIP-2 OPT-2.7b (enrich runs the caption step without an
adapter, CONTEXT point 6): short, "a woman in a pink saree/sari ...", sometimes a wrong hue, the border's or
blouse's color for the saree, or an invented setting (a bride, a wedding, a temple). Every question is answered by
leoreigoto/Data3_V3_BLIP2_VQA. Closed answers (saree color, pattern, "Is this a saree?") come from
`--engine reference`, one candidate value each, so they are never looped or cut, only wrong. Open answers are the
adapter's free generation: trained without an end-of-answer token and with the loss on the prompt, it often runs
to the 30-token limit, repeats a color or a clause, or writes the next "Question: ... Answer:" itself. It knows no
saree from its In-shop classes and sometimes calls it a dress; it answers color questions with DeepFashion's
pattern labels ("pure color", "floral"); it says "he" for the model now and then; it hands one piece's color to
another (the saree gets the gold of its border, the blouse the saree's hue).

Labeling conventions and judgement calls:
- The saree is the product. Its color is the color of the body, as the seller gives it; the border, pallu and
  blouse are other pieces. A saree color answered with its border's or blouse's color, or a blouse or border color
  answered with another piece's color, is other_garment_color; a hue that is on no piece (or only in the print or
  the backdrop) is contradiction.
- Close shades count as right: magenta or rani pink for pink, wine or maroon for burgundy, white for cream or off
  white, orange for rust, green or blue for teal, yellow for mustard. Purple for a burgundy saree and yellow for a
  lime green one are labelled contradiction.
- Where a blouse really matches the saree, the same color for both is correct.
- "Is this a saree?" answered "no", "a dress" for what she wears, or "dress", "kurta" or "lehenga choli" as the
  garment type: contradiction; so is a wrong closed pattern (checked or floral for a plain saree).
- A one-word or yes/no answer to an open question (wearing, describe, details), or a DeepFashion pattern label
  ("pure color", "floral") for a color question: non_answer. An answer that gives only the question's own words
  back ("the details of the saree are the saree details"): restated.
- A text that ran to the token limit and repeats a clause or a word is loop (hit_limit); one that ran to the limit
  and stops mid-phrase without repeating is cut (hit_limit). A text that goes on with "Question: ..." is leak, with
  hit_limit where it ran to the limit. When a looping or leaking text also has a wrong color, the loop or leak is
  the label.
- A material the title contradicts (silk for a georgette saree), or details no front catalog shot can show (a
  backless blouse with tassels, a pocket, handwoven in Kanchipuram, a wedding), is unsupported.
- "he"/"his"/"the man" for a Women row is pronoun. Bangles, earrings, a clutch, a stool or the backdrop named
  rightly are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

material = BLIND_QUESTIONS.material
pattern = BLIND_QUESTIONS.pattern
garment_type = BLIND_QUESTIONS.garment_type

BLIND_947 = [
    # photo: magenta georgette saree with a narrow gold zari border, matching magenta blouse, gold jhumkas; white
    # backdrop, full-length front view, pallu over the left shoulder. Caption: base model; answers: VQA adapter.
    case(
        "X947-001",
        caption("a woman in a pink saree posing for a photo"),
        color_of("saree", "magenta"),
        color_of("blouse", "magenta", kind="open"),
        color_of("border", " ".join(["gold"] * 30), "loop", kind="open", hit_limit=True),
        wearing("a saree"),
        material("silk", "unsupported"),
        garment_type("dress", "contradiction"),
        title="Mitera Women Magenta Georgette Saree with Zari Border",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: cream cotton saree with a wide red border (Bengal style), red blouse; white backdrop, model holding the
    # pallu in her hand, full-length. Caption: base model; answers: VQA adapter.
    case(
        "X947-002",
        caption("a woman in a white and red saree standing against a white wall"),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red", kind="open"),
        color_of("border", "red", kind="open"),
        wearing("she is wearing a white saree with a red border and a red blouse"),
        describe(
            "saree",
            "the saree is a long saree with a red border and a red border and a red border and a red border and a",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        pattern("checked", "contradiction"),
        title="Parchi Women Cream & Red Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: navy blue chiffon saree with small white polka dots, navy blouse, a thin navy satin border; light grey
    # backdrop, three-quarter view. Caption: base model; answers: VQA adapter.
    case(
        "X947-003",
        caption("a woman in a blue saree with white polka dots"),
        color_of("saree", "navy blue"),
        color_of("blouse", "blue", kind="open"),
        color_of("border", "white", "contradiction", kind="open"),
        pattern("polka dots"),
        material("the saree is made of chiffon"),
        wearing("he is wearing a blue saree with white dots", "pronoun"),
        title="Saree mall Women Navy Blue Printed Chiffon Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red Banarasi silk saree with small gold woven buttis, a wide gold zari border, gold brocade blouse, red
    # and gold bangles; white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-004",
        caption("a woman in a red and gold saree with a gold border"),
        color_of("saree", "gold", "other_garment_color"),
        color_of("blouse", "gold", kind="open"),
        color_of("border", "gold", kind="open"),
        is_a("saree", "yes"),
        details(
            "saree",
            "the saree has a gold border and gold buttis all over the body and the pallu has a gold border and gold"
            " buttis all over the",
            "loop",
            hit_limit=True,
        ),
        material("silk"),
        wearing("a gold saree with a red blouse", "other_garment_color"),
        title="Kalini Women Red & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: plain mustard saree with a contrast maroon border, maroon blouse; beige studio backdrop, three-quarter
    # view, hand on hip. Caption: base model; answers: VQA adapter.
    case(
        "X947-005",
        caption("a woman in a yellow sari"),
        color_of("saree", "mustard"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("border", "maroon", kind="open"),
        wearing("a yellow saree and a red blouse"),
        pattern("solid"),
        describe("saree", "saree", "non_answer"),
        details("saree", "the saree has tassels on the pallu and a zip on the blouse", "unsupported"),
        title="Sangria Women Mustard Solid Saree with Contrast Border",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal net saree with scattered silver sequins, a silver sequinned lace border, sleeveless teal blouse;
    # dark grey backdrop, pallu spread out to the side. Caption: base model; answers: VQA adapter.
    case(
        "X947-006",
        caption("a woman in a blue dress with silver sequins", "contradiction"),
        color_of("saree", "teal"),
        color_of(
            "blouse",
            "teal Question: What is the color of the border? Answer: silver Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("border", "silver", kind="open"),
        material("net"),
        details("saree", "the saree has silver sequins and a silver border"),
        wearing("a green saree with a sleeveless blouse and a silver necklace", "unsupported", who="she"),
        title="Mischief Women Teal Embellished Net Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: half-and-half saree, peach pleats and a gold tissue pallu, peach border edged in gold zari, gold blouse;
    # white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-007",
        caption("a woman in a peach and gold saree"),
        color_of("saree", "peach"),
        color_of("blouse", "peach", "other_garment_color", kind="open"),
        color_of("border", "gold", kind="open"),
        wearing("a peach saree with a gold pallu and a gold blouse"),
        is_a("saree", "yes"),
        details("saree", "it is a wedding saree made for the bride", "unsupported"),
        title="Inddus Women Peach-Coloured & Gold-Toned Half and Half Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: black georgette saree with a red floral print, solid red border, black blouse; model holds a small gold
    # clutch; white backdrop, full-length. Caption: base model; answers: VQA adapter.
    case(
        "X947-008",
        caption("a woman in a black saree with red flowers holding a purse"),
        color_of("saree", "black"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        color_of("border", "red", kind="open"),
        pattern("floral"),
        describe(
            "saree",
            "the saree is black with red flowers and a red border and a black blouse with red flowers and a red"
            " border and a black blouse",
            "loop",
            hit_limit=True,
        ),
        material("georgette"),
        is_a("saree", "no", "contradiction"),
        title="Anouk Women Black & Red Floral Print Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: lavender organza saree with white floral thread embroidery, white scalloped border, lavender blouse;
    # light grey backdrop, front view, only the front of the blouse visible. Caption: base model; answers: VQA.
    case(
        "X947-009",
        caption("a woman in a purple saree with white flowers"),
        color_of("saree", "lavender"),
        color_of(
            "blouse",
            "purple Question: What is the color of the border? Answer: white Question: What is the color of",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("border", "white", kind="open"),
        wearing("she is wearing a purple saree", who="she"),
        material("cotton", "unsupported"),
        details("saree", "the blouse has a back tie with tassels", "unsupported"),
        title="KALINI Women Lavender Embroidered Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: orange cotton saree woven with small green checks, a plain green border, green blouse; white backdrop,
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-010",
        caption("a woman in an orange and green checkered saree"),
        color_of("saree", "green", "other_garment_color"),
        color_of("blouse", "green", kind="open"),
        color_of("border", " ".join(["green"] * 30), "loop", kind="open", hit_limit=True),
        pattern("checked"),
        wearing("an orange dress", "contradiction"),
        material("silk", "unsupported"),
        title="Tantkatha Women Orange & Green Checked Cotton Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: maroon art silk saree with a gold temple border, maroon blouse with gold bands on the sleeves; white
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-011",
        caption("a woman in a red and gold sari"),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon", kind="open"),
        color_of("border", "gold with a temple design", kind="open"),
        material("art silk"),
        describe(
            "saree",
            "a maroon saree with a gold border and a matching blouse with gold on the sleeves, the pallu is draped"
            " over the left shoulder and",
            "cut",
            hit_limit=True,
        ),
        wearing("the man is wearing a maroon saree", "pronoun"),
        title="Mimosa Women Maroon Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: off white linen saree with a silver zari border, black sleeveless blouse; white backdrop, side view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X947-012",
        caption("a woman in a white saree and a black top"),
        color_of("saree", "black", "other_garment_color"),
        color_of("blouse", "black", kind="open"),
        color_of("border", "silver", kind="open"),
        wearing("white saree and black blouse"),
        material("linen"),
        is_a("saree", "no", "contradiction"),
        describe("saree", "a white linen saree with a silver border, handwoven by artisans in bengal", "unsupported"),
        title="Fabindia Women Off White Linen Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: multicoloured ikat-print saree (blue, red and yellow), a solid blue border, red blouse; white backdrop,
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-013",
        caption("a woman in a colorful saree"),
        color_of("saree", "multi"),
        color_of("blouse", "red", kind="open"),
        color_of(
            "border",
            "blue and the blouse is red and the saree has red yellow and blue ikat print all over the body and"
            " the pallu has",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        pattern("printed"),
        wearing("he is wearing a saree and a red blouse", "pronoun"),
        describe("saree", "the saree is a blue saree with a blue border", "other_garment_color"),
        title="Aasvaa Women Multicoloured Ikat Printed Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: pink poly georgette saree with a silver border, silver blouse; white backdrop, model seated on a wooden
    # stool, legs crossed. Caption: base model; answers: VQA adapter.
    case(
        "X947-014",
        caption("a woman in a pink saree sitting on a stool"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        color_of("border", "silver", kind="open"),
        material("polyester georgette"),
        details(
            "saree",
            "the saree has a silver border and the blouse is silver and the saree has a silver border and the blouse"
            " is silver and the",
            "loop",
            hit_limit=True,
        ),
        pattern("floral", "contradiction"),
        title="Ishin Women Pink Poly Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle green silk blend saree with a magenta border striped with gold zari, magenta blouse; white
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-015",
        caption("a woman in a green and pink sari"),
        color_of("saree", "green"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        color_of("border", "pink and gold", kind="open"),
        wearing("a green dress and a pink scarf", "contradiction"),
        is_a("saree", "yes"),
        material("silk blend"),
        title="Mitera Women Green & Magenta Silk Blend Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: royal blue saree with a gold foil print of small paisleys, royal blue blouse, a thin gold border; beige
    # backdrop, three-quarter view. Caption: base model; answers: VQA adapter.
    case(
        "X947-016",
        caption("a woman in a blue saree with gold print posing"),
        color_of("saree", "blue"),
        color_of("blouse", "the color of the blouse is the color of the blouse", "restated", kind="open"),
        color_of("border", "silver", "contradiction", kind="open"),
        pattern("striped", "contradiction"),
        wearing("a blue and gold saree"),
        material("pure silk", "unsupported"),
        title="Saree mall Women Blue Foil Print Georgette Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow bandhani saree with red tie-dye dots, a red border, red blouse; white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X947-017",
        caption("a woman in a yellow and red saree"),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red", kind="open"),
        color_of(
            "border",
            "red Question: Is this a saree? Answer: yes Question: What is the color of the blouse? Answer: red",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        pattern("printed"),
        describe("saree", "yellow", "non_answer"),
        wearing("a yellow saree with red dots and a red blouse"),
        title="Vastranand Women Yellow & Red Bandhani Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey chiffon saree with a pink thread-embroidered border, pink blouse; white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X947-018",
        caption("a woman in a grey saree with a pink border"),
        color_of("saree", "white", "contradiction"),
        color_of("blouse", "grey", "other_garment_color", kind="open"),
        color_of("border", " ".join(["pink"] * 30), "loop", kind="open", hit_limit=True),
        wearing("a grey saree with a pink border and a pink blouse"),
        details("saree", "embroidered border on the pallu"),
        title="Satya Paul Women Grey Chiffon Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: black georgette saree with a gold zari border, black velvet blouse with full sleeves; black backdrop,
    # front view, lit from the side. Caption: base model; answers: VQA adapter.
    case(
        "X947-019",
        caption("a woman in a black saree with a gold border standing in the dark"),
        color_of("saree", "black"),
        color_of("blouse", "black", kind="open"),
        color_of("border", "silver", "contradiction", kind="open"),
        details("saree", "the blouse has long sleeves and the saree has a gold border"),
        material(
            "the saree is made of silk and the blouse is made of velvet and the saree is made of silk and the blouse"
            " is made of",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Kalki Women Black Georgette Saree with Zari Border",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: cream Kerala kasavu cotton saree with a gold border, bottle green blouse; white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X947-020",
        caption("a woman in a white saree with a gold border and a green blouse"),
        color_of("saree", "gold", "other_garment_color"),
        color_of("blouse", "green", kind="open"),
        color_of("border", "gold", kind="open"),
        wearing("he is wearing a white saree", "pronoun"),
        is_a("saree", "yes"),
        material("cotton"),
        pattern("striped", "contradiction"),
        details("saree", "the blouse has a back hook and padded cups", "unsupported"),
        title="Kasavu Women Cream & Gold Kerala Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: plain burgundy (wine) satin saree with a thin self border, burgundy blouse; grey backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X947-021",
        caption("a woman in a purple saree", "contradiction"),
        color_of("saree", "burgundy"),
        color_of("blouse", "pure color", "non_answer", kind="open"),
        color_of("border", "maroon", kind="open"),
        material("satin"),
        describe("saree", "a plain maroon saree with a shiny finish and a matching blouse"),
        details(
            "saree",
            "the saree has a thin self border on both sides and the pallu falls from the left shoulder to the "
            "back of the knee and",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Women Burgundy Satin Saree",
        category="Sarees",
        color="Burgundy",
        gender="Women",
    ),
    # photo: sea green saree with a pink floral print, sea green blouse, a solid pink border; white backdrop,
    # three-quarter view. Caption: base model; answers: VQA adapter.
    case(
        "X947-022",
        caption("a woman in a green floral saree"),
        color_of("saree", "pink", "other_garment_color"),
        color_of("blouse", "green", kind="open"),
        color_of(
            "border",
            "pink Question: What is the color of the blouse? Answer: green Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        pattern("floral"),
        wearing("the person is wearing what the person is wearing", "restated"),
        title="Ishin Women Sea Green Floral Printed Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: rani pink saree with gold zari weaving and a wide gold border, pink blouse, gold bangles; styled
    # backdrop of a carved wooden door and a potted plant. Caption: base model; answers: VQA adapter.
    case(
        "X947-023",
        caption("a woman in a pink saree standing in front of a wooden door"),
        color_of("saree", "magenta"),
        color_of("blouse", "pink", kind="open"),
        color_of("border", "gold", kind="open"),
        details("saree", "gold zari weaving on the body and a wide gold border"),
        wearing(
            "a pink saree with a gold border and a pink blouse and gold bangles on both hands and gold "
            "earrings and her hair is tied in a",
            "cut",
            hit_limit=True,
        ),
        material("pure silk handwoven in kanchipuram", "unsupported"),
        title="Mitera Women Pink Woven Design Kanjeevaram Art Silk Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: white cotton saree with thin vertical black stripes, a black border, black blouse; white backdrop,
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-024",
        caption("a woman in a black and white striped saree"),
        color_of("saree", "white"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        color_of("border", "black", kind="open"),
        pattern("striped"),
        wearing("yes", "non_answer"),
        is_a("saree", "yes"),
        material("silk", "unsupported"),
        title="Fabindia Women White & Black Striped Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: olive green saree with a mustard and black kalamkari print, a mustard border, mustard blouse; white
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-025",
        caption("a woman in a green saree with a yellow border"),
        color_of("saree", "olive"),
        color_of("blouse", "mustard yellow", kind="open"),
        color_of(
            "border",
            "the border of the saree is yellow and the blouse is yellow and the pallu is green with yellow and black"
            " print and the",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        wearing("a green saree and a black blouse", "contradiction"),
        pattern("printed"),
        describe("saree", "a green printed saree with a yellow border"),
        title="Tantkatha Women Olive Green Kalamkari Print Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: purple silk blend saree with a contrast orange border, purple blouse; white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X947-026",
        caption("a woman in a purple and orange sari with a purple blouse"),
        color_of("saree", "orange", "other_garment_color"),
        color_of("blouse", "purple", kind="open"),
        color_of("border", "orange", kind="open"),
        wearing("the person is wearing a purple saree"),
        material("silk"),
        details("saree", "orange", "non_answer"),
        pattern("floral", "contradiction"),
        title="Saree mall Women Purple & Orange Silk Blend Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: beige net saree covered in gold sequins, a gold scalloped border, beige blouse; white backdrop, front
    # view (the back of the blouse is not seen). Caption: base model; answers: VQA adapter.
    case(
        "X947-027",
        caption("a woman in a beige saree with gold sequins"),
        color_of("saree", "gold", "other_garment_color"),
        color_of("blouse", "beige", kind="open"),
        color_of("border", "gold", kind="open"),
        details("saree", "sequins all over and a scalloped border"),
        describe(
            "saree",
            "a beige net saree with gold sequins, a gold border and a backless blouse with tassels",
            "unsupported",
        ),
        garment_type("lehenga choli", "contradiction"),
        title="Mischief Women Beige Embellished Net Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: indigo cotton saree with a white dabu block print, an indigo border with white motifs, white blouse;
    # shot outdoors, model standing in a garden with green shrubs behind. Caption: base model; answers: VQA adapter.
    case(
        "X947-028",
        caption("a woman in a blue saree standing in a garden"),
        color_of("saree", "navy blue"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        color_of("border", "blue with white print", kind="open"),
        pattern("printed"),
        wearing(
            "she is wearing a blue saree and a white blouse and she is standing in front of a tree with green leaves"
            " and the tree is",
            "cut",
            who="she",
            hit_limit=True,
        ),
        material("cotton"),
        garment_type("kurta", "contradiction"),
        title="Okhai Women Indigo Dabu Print Cotton Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: plain turquoise georgette saree with a turquoise lace border, navy blue blouse; white backdrop, front
    # view. Caption: base model; answers: VQA adapter.
    case(
        "X947-029",
        caption("a woman in a blue sari"),
        color_of("saree", "turquoise blue"),
        color_of("blouse", "navy blue", kind="open"),
        color_of("border", "turquoise lace", kind="open"),
        is_a("saree", "no", "contradiction"),
        wearing("a blue dress", "contradiction"),
        title="Vishudh Women Turquoise Blue Solid Georgette Saree",
        category="Sarees",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: gold tissue saree with a gold border and a gold blouse, all one tone; white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X947-030",
        caption("a woman in a gold saree"),
        color_of("saree", "gold"),
        color_of("blouse", "gold", kind="open"),
        color_of("border", "gold", kind="open"),
        material("cotton", "unsupported"),
        wearing(
            "she is wearing a gold saree with a gold border and a gold blouse, the saree is draped over her "
            "left shoulder and the",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Kalini Women Gold-Toned Tissue Saree",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: heavily embroidered red saree with stonework, a gold border, red blouse with gold work, heavy necklace
    # and earrings; plain white studio backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X947-031",
        caption("a bride in a red saree at her wedding", "unsupported"),
        color_of("saree", "red"),
        color_of("blouse", "pink", "contradiction", kind="open"),
        color_of(
            "border",
            "gold and the blouse is red and the border is gold and the blouse is red and the border is gold and the"
            " blouse is",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("saree", "heavy embroidery with stones"),
        wearing(
            "red saree and jewelry Question: What is she wearing? Answer: red saree and jewelry Question: What is she",
            "leak",
            hit_limit=True,
        ),
        title="Mitera Women Red Embellished Silk Blend Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: mint green organza saree with a pink floral print, mint blouse, a mint border edged with a thin gold
    # line; white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-032",
        caption("a woman in a light green saree with pink flowers"),
        color_of("saree", "pink", "contradiction"),
        color_of("blouse", "mint green", kind="open"),
        color_of("border", "green with a thin gold line", kind="open"),
        pattern("floral"),
        describe(
            "saree",
            "a light green saree with pink flowers Question: What is the color of the border? Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        title="Ishin Women Green Floral Organza Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: coffee brown cotton silk saree with a rust border, rust blouse; white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X947-033",
        caption("a woman in a brown saree standing in a temple", "unsupported"),
        color_of("saree", "brown"),
        color_of("blouse", "orange", kind="open"),
        color_of("border", "brown", "other_garment_color", kind="open"),
        wearing("he is wearing a brown saree with an orange border", "pronoun"),
        material("cotton"),
        details("saree", "the details of the saree are the saree details", "restated"),
        title="Tantkatha Women Coffee Brown Cotton Silk Saree",
        category="Sarees",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: pink and yellow leheriya saree (diagonal stripes), a plain yellow border, pink blouse; white backdrop,
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-034",
        caption("a woman in a pink and yellow striped saree"),
        color_of("saree", "pink"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("border", "yellow", kind="open"),
        pattern("striped"),
        wearing("a pink and yellow saree"),
        describe(
            "saree",
            "the saree has diagonal stripes in pink and yellow and a yellow border with gold gota lace",
            "unsupported",
        ),
        title="Vastranand Women Pink & Yellow Leheriya Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: charcoal georgette saree with a silver border, black blouse; white backdrop, front view. The feed row
    # has no colour column. Caption: base model; answers: VQA adapter.
    case(
        "X947-035",
        caption("a woman in a blue saree", "contradiction"),
        color_of("saree", "charcoal"),
        color_of("blouse", "grey", "other_garment_color", kind="open"),
        color_of("border", "silver", kind="open"),
        wearing("a grey saree with a black blouse"),
        is_a("saree", "yes"),
        details(
            "saree",
            "the saree has a silver border, the saree has a silver border, the saree has a silver border, the"
            " saree has a",
            "loop",
            hit_limit=True,
        ),
        title="Satya Paul Women Charcoal Georgette Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: white chikankari georgette saree with white embroidery all over, white border, peach blouse with elbow
    # sleeves; white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-036",
        caption("a woman in a white saree"),
        color_of("saree", "white"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        color_of("border", "white", kind="open"),
        details("saree", "white embroidery all over the saree"),
        material("georgette"),
        wearing("white", "non_answer"),
        describe(
            "saree",
            "a white georgette saree with white chikan embroidery of small flowers all over, a white border "
            "and a peach blouse with elbow",
            "cut",
            hit_limit=True,
        ),
        title="Ada Women White Chikankari Georgette Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: plain lime green saree with a pink border, pink blouse; white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X947-037",
        caption("a woman in a yellow saree with a pink border", "contradiction"),
        color_of("saree", "lime green"),
        color_of("blouse", "pink", kind="open"),
        color_of("border", "pink Answer: pink", "leak", kind="open"),
        wearing("she is wearing a green saree with a pink blouse", who="she"),
        describe(
            "saree",
            "the saree is green and the border is pink and the blouse is pink and the saree is green and the border"
            " is pink and the",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Women Lime Green Solid Saree",
        category="Sarees",
        color="Lime Green",
        gender="Women",
    ),
    # photo: maroon patola-print saree with a navy and white geometric pattern, a maroon border, navy blouse; white
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-038",
        caption("a woman in a red and blue saree"),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon", "other_garment_color", kind="open"),
        color_of("border", "maroon", kind="open"),
        pattern("printed"),
        details("saree", "the saree has a geometric print with red blue and white"),
        wearing(
            "a red saree and a blue blouse and a red saree and a blue blouse and a red saree and a blue blouse and",
            "loop",
            hit_limit=True,
        ),
        material("velvet", "unsupported"),
        title="Mitera Women Maroon & Navy Blue Patola Printed Silk Blend Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: peacock blue silk blend saree with a green border woven with gold zari, peacock blue blouse; styled
    # backdrop of a mustard yellow wall. Caption: base model; answers: VQA adapter.
    case(
        "X947-039",
        caption("a woman in a blue saree standing in front of a yellow wall"),
        color_of("saree", "blue"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        color_of("border", "yellow", "contradiction", kind="open"),
        wearing("blue saree"),
        material("silk"),
        details(
            "saree",
            "the border is green with gold zari and the pallu has a wide green band with gold zari stripes "
            "and small gold",
            "cut",
            hit_limit=True,
        ),
        title="Kalini Women Blue & Green Silk Blend Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: baby pink chiffon saree with a silver gota border, pink blouse; white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X947-040",
        caption("a woman in a pink saree"),
        color_of("saree", "white", "contradiction"),
        color_of("blouse", "pink", kind="open"),
        color_of("border", "silver", kind="open"),
        wearing("he is wearing a pink saree with a silver border", "pronoun"),
        describe("saree", "describe the saree", "restated"),
        title="Anouk Women Pink Chiffon Saree with Gota Border",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: black and white geometric-print crepe saree, a black border, white blouse with short sleeves; white
    # backdrop, front view. The feed row has no article type. Caption: base model; answers: VQA adapter.
    case(
        "X947-041",
        caption("a woman in a black and white saree walking on a runway", "unsupported"),
        color_of("saree", "black"),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        color_of("border", "black", kind="open"),
        pattern("printed"),
        material("crepe"),
        details(
            "saree",
            "the saree has a black and white geometric print with a black border and a white blouse with short"
            " sleeves and a round",
            "cut",
            hit_limit=True,
        ),
        title="Saree mall Women Black & White Geometric Print Crepe Saree",
        color="Black",
        gender="Women",
    ),
    # photo: rust handloom cotton saree with a black border, black blouse; white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X947-042",
        caption("a woman in an orange saree with a black border"),
        color_of("saree", "rust"),
        color_of("blouse", " ".join(["black"] * 30), "loop", kind="open", hit_limit=True),
        color_of("border", "black", kind="open"),
        wearing("orange", "non_answer"),
        is_a("saree", "yes"),
        material("handloom cotton"),
        pattern("checked", "contradiction"),
        details("saree", "the saree comes with a matching dupatta", "unsupported"),
        title="Tantkatha Women Rust Handloom Cotton Saree",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: deep purple art silk saree with a pink border, pink blouse; grey backdrop, front view, right hand
    # holding the pallu, left hand on her hip.
    # Caption: base model; answers: VQA adapter.
    case(
        "X947-043",
        caption("a woman in a purple saree with a pink border"),
        color_of("saree", "purple"),
        color_of("blouse", "purple", "other_garment_color", kind="open"),
        color_of("border", "pink", kind="open"),
        describe("saree", "the saree is purple with a pink border and it has a pocket on the side", "unsupported"),
        material("the garment is made of the material of the garment", "restated"),
        wearing(
            "a purple saree with a pink border and a pink blouse, her right hand is holding the pallu and her "
            "left hand is on her",
            "cut",
            hit_limit=True,
        ),
        title="Mimosa Women Purple Art Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: cream crepe saree with a multicoloured floral digital print, cream blouse, a green border; white
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X947-044",
        caption("a woman in a white floral saree"),
        color_of("saree", "green", "other_garment_color"),
        color_of("blouse", "pure color", "non_answer", kind="open"),
        color_of("border", "green", kind="open"),
        pattern("floral"),
        wearing(
            "a white saree with a green border and white blouse Question: What is the color of the saree? Answer:",
            "leak",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Ishin Women Cream Floral Printed Crepe Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: teal Kanjeevaram-style saree with a mustard border and pallu, mustard blouse; white backdrop, front
    # view. Caption: base model; answers: VQA adapter.
    case(
        "X947-045",
        caption("a woman in a blue saree with yellow border and yellow blouse"),
        color_of("saree", "mustard", "other_garment_color"),
        color_of("blouse", "mustard Question: What is the color of the saree? Answer: blue", "leak", kind="open"),
        color_of("border", "mustard", kind="open"),
        wearing("a saree"),
        details("saree", "the saree details are", "restated"),
        title="Mitera Women Teal & Mustard Kanjeevaram Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: plain black saree with a red border, red blouse; white backdrop, model holding the pallu out with one
    # hand. Caption: base model; answers: VQA adapter.
    case(
        "X947-046",
        caption("a woman in a red saree", "other_garment_color"),
        color_of("saree", "black"),
        color_of("blouse", "red", kind="open"),
        color_of("border", "red", kind="open"),
        pattern("solid"),
        is_a("saree", "yes"),
        wearing("a black dress with a red border", "contradiction"),
        details("saree", "the saree has sequins on the pallu", "unsupported"),
        title="Kalki Women Black & Red Solid Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
]
