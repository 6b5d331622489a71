"""BLIND_1140 (46 products; Myntra kurta sets, VQA adapter, per-piece colors): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 113/142 failures found (79.6%) and 8/190 correct texts flagged
(4.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's (and a few girls') ethnic sets: a kurta with palazzos, a sharara or a
churidar, most with a dupatta, a few sold without one. Catalog photos: the model stands (or sits) on a white, beige
or grey studio backdrop, a few shot outdoors (garden, brick or sandstone wall, carved wooden door) or with props (a
lamp, a plant, a garland, a stool, a bouquet). The seller's columns are title, category (Kurta Sets), color (the
kurta's color, as Myntra's base_colour is) and gender; a few rows lack category or color.

Who wrote what: every caption and open answer was written by the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b (greedy, 50 new tokens for captions, 30 for answers, stopped on the newline). The job asks
the color of each piece separately ("What is the color of the kurta / palazzos / sharara / churidar / dupatta?"),
free generation, stored open; it also asks what the person is wearing, describe / details of one piece, and the
material. The closed questions (garment type, color of the garment, pattern, sleeve length, "Is this a kurta?") come
from enrich's --engine reference, which picks one candidate value. The adapter was trained on In-shop VQA pairs
without masking and without an end token: it answers short and lowercase, often stops on the newline after a few
words, but sometimes runs on to the 30-token limit (loops, cut sentences) or writes the next "Question: ... Answer:"
itself; it knows no kurta class, so it calls kurtas dresses, shirts or blouses; it gives one piece's color to the
next piece; asked for a dupatta that is not there, it names a color anyway; it invents trims (mirror work, sequins,
buttons, belts) the photo does not have.

Labeling conventions and judgement calls:
- Truth is the photo as described in the product's comment; when the seller's color is wrong for the photo (the
  "Brown" set that is rust), an answer that matches the photo is correct.
- Colors in the same coarse family count as correct: maroon or burgundy as red, mustard as yellow, navy, teal or
  turquoise as blue, magenta, coral or peach as pink, lavender as purple, off-white or cream as white, silver as grey.
- A per-piece open color answer that names the color of another piece of the same set (white for the pink kurta
  whose palazzos are white) is other_garment_color; a wrong color that no piece has is contradiction; a closed
  answer with the wrong color, even another piece's (the closed "color of the garment" giving the palazzos' color
  instead of the kurta's, or the wall's color), is contradiction, because the reference engine only picks.
- Garment words: "kurta", "kurti", "tunic" are correct for the kurta, "pants", "leggings", "trousers" for palazzos
  or churidar, "scarf" or "stole" for the dupatta. "dress", "gown", "shirt" or "blouse" for a kurta (an anarkali
  included, though it looks like a dress), "saree" for the whole set and "skirt" for a sharara are contradictions.
- Any color, trim or property given to a dupatta that the set does not have is unsupported; invented trims, props
  or jewellery are unsupported; a material other than the one the title names is unsupported.
- Chevron and leheriya (wave) prints counted as striped, patchwork as color block, gota and zari work as embroidered.
- An open question answered with one bare color or "yes" is non_answer; an answer that only gives the question's
  words back ("the palazzos", "the kurta details are the details of the kurta") is restated when it is a sentence
  built from the question, non_answer when it is a bare fragment or empty.
- A text that stopped at the token limit carries hit_limit=True; a loop is labeled loop even if it also ran to the
  limit, a text cut mid-phrase without repeating is cut; a caption or answer that writes "Question:" or "Answer:" is a
  leak even when the color it gives is right.
- "man", "boy", "he" or "his" for a Women or Girls product is pronoun; "woman" for the girls' sets is not counted.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def piece(garment, text, failure=None, hit_limit=False):
    """The per-piece color question, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1140 = [
    # photo: rose pink straight cotton kurta with white floral block print, plain white palazzos, pink dupatta with
    # small white print over both arms; silver jhumkas; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-001",
        caption("a woman wearing a pink kurta with white pants and a pink scarf"),
        piece("kurta", "pink"),
        piece("palazzos", "pink", "other_garment_color"),
        piece("dupatta", "pink with white print"),
        Q.pattern("floral"),
        Q.material("cotton"),
        wearing("a pink kurta and white palazzos"),
        details(
            "kurta",
            "white flowers all over the kurta and a round neck with a white flower and a white flower and a white "
            "flower and a white flower and a white flower",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Pink & White Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow A-line kurta with gold foil print on the yoke, three-quarter sleeves, mustard sharara,
    # bottle green dupatta with gold gota border; beige backdrop, a brass lamp on a stool beside her. VQA + reference.
    case(
        "X1140-002",
        caption("a woman in a yellow kurta and yellow pants with a green scarf standing next to a lamp"),
        piece("kurta", "mustard"),
        piece("sharara", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "kurta",
            "gold print on the yoke and three quarter sleeves with mirror work and tassels",
            "unsupported",
        ),
        Q.garment_type("dress", "contradiction"),
        title="Anouk Women Mustard Yellow Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue cotton kurta with small white polka dots, round keyhole neck, three-quarter sleeves, navy piping
    # at the hem, white churidar, white chiffon dupatta with a navy dotted border; light grey studio backdrop; front
    # view, hands at her sides. VQA adapter + reference engine.
    case(
        "X1140-003",
        caption(
            "a woman wearing a blue kurta with white dots and white leggings and a white scarf and a white scarf and a "
            "white scarf and a white scarf and a white scarf and a white scarf and a white scarf and a white",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "navy blue"),
        piece("churidar", "white"),
        piece("dupatta", "white with blue border"),
        Q.pattern("polka dots"),
        wearing("she is wearing a blue kurta and blue churidar", "other_garment_color"),
        details(
            "kurta",
            "white polka dots, a round neck with a keyhole and three quarter sleeves with navy piping along the hem "
            "and the",
            "cut",
            hit_limit=True,
        ),
        title="W Women Navy Blue Polka Dot Print Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle green silk-blend kurta with small gold zari buttis and a zari hem border, three-quarter sleeves,
    # green palazzos, green-and-gold organza dupatta; white studio with a marigold garland hanging behind. VQA +
    # reference.
    case(
        "X1140-004",
        caption("a woman in a green and gold saree standing in front of a flower garland", "contradiction"),
        piece("kurta", "green"),
        piece("palazzos", "green"),
        piece("dupatta", "green and gold"),
        describe(
            "kurta",
            "a green kurta with gold buttis and a gold border with mirror work on the neckline",
            "unsupported",
        ),
        Q.material("silk"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Indo Era Women Green Ethnic Motifs Woven Design Silk Blend Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: white cotton kurta with red thread embroidery round the neckline, red palazzos, red-and-white bandhani
    # dupatta held in one hand; outdoors, green garden hedge behind; front view. VQA adapter + reference engine.
    case(
        "X1140-005",
        caption("a woman in a white kurta and red pants standing in a garden"),
        piece("kurta", "red", "other_garment_color"),
        piece("palazzos", "red"),
        piece("dupatta", "red and white"),
        Q.color("white"),
        details("kurta", "red embroidery around the neck"),
        wearing("Question: What is the person wearing? Answer: a white kurta with red pants", "leak"),
        describe("dupatta", "a red and white bandhani dupatta with gold sequins and tassels", "unsupported"),
        title="Sangria Women White & Red Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: black rayon kurta with all-over gold foil print, black palazzos, NO dupatta (the set has none); gold
    # bangles; white backdrop; side pose, hand on hip. VQA adapter + reference engine.
    case(
        "X1140-006",
        caption("a woman wearing a black and gold printed kurta with black palazzo pants"),
        piece("kurta", "black and gold"),
        piece("palazzos", "black"),
        piece("dupatta", "gold", "unsupported"),
        Q.pattern("printed"),
        Q.material("rayon"),
        wearing("a black kurta with gold print and black pants and a gold necklace", "unsupported"),
        title="Rain & Rainbow Women Black & Gold-Toned Printed Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: peach floor-length anarkali kurta with white thread embroidery, full sleeves, peach churidar, peach net
    # dupatta; beige wall backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-007",
        caption("a woman in a long peach dress with white embroidery", "contradiction"),
        piece("kurta", "peach"),
        piece("churidar", "peach"),
        piece(
            "dupatta",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach "
            "peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeves"),
        wearing("he is wearing a peach anarkali with a peach dupatta", "pronoun"),
        title="Biba Women Peach-Coloured Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: teal blue straight cotton kurta with white geometric print, round neck, three-quarter sleeves, straight hem
    # with side slits, plain white palazzos, teal dupatta; white studio, a potted plant beside her; front view. VQA
    # adapter + reference engine.
    case(
        "X1140-008",
        caption("a woman in a blue kurta standing next to a plant"),
        wearing("a teal kurta and teal pants and a teal dupatta", "other_garment_color"),
        piece("kurta", "teal"),
        piece("palazzos", "teal", "other_garment_color"),
        piece("dupatta", "teal"),
        Q.material("cotton"),
        details(
            "kurta",
            "white geometric print all over, a round neck, three quarter sleeves and a straight hem with side slits and"
            " a",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Teal Geometric Printed Pure Cotton Kurta with Palazzo & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon straight kurta with a gold zari yoke, cream churidar, maroon dupatta with a gold border; dark grey
    # studio backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-009",
        caption("a man in a maroon kurta and white pants", "pronoun"),
        piece("kurta", "maroon"),
        piece("churidar", "maroon", "other_garment_color"),
        piece("dupatta", "red with gold border"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        describe("dupatta", "a maroon dupatta with a gold border and gold tassels", "unsupported"),
        title="Vishudh Women Maroon Yoke Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: lavender georgette kurta with silver sequin work at the yoke, lavender sharara, lavender dupatta with a
    # sequin border; white studio; front view. VQA adapter + reference engine.
    case(
        "X1140-010",
        caption("a woman wearing a purple outfit with a scarf over her shoulder"),
        piece("kurta", "purple"),
        piece("sharara", "purple"),
        piece("dupatta", "white", "contradiction"),
        wearing("a purple dress and a skirt", "contradiction"),
        Q.material("georgette"),
        describe("kurta", "describe the kurta", "restated"),
        details(
            "kurta",
            "silver sequins on the yoke and the neckline and the sleeves and the yoke and the neckline and the sleeves "
            "and the yoke and the neckline",
            "loop",
            hit_limit=True,
        ),
        title="Ishin Women Lavender Embellished Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: off-white cotton chikankari kurta with white thread embroidery, off-white palazzos, multicolour phulkari
    # dupatta (orange, pink, green); carved wooden door behind her; front view. VQA adapter + reference engine.
    case(
        "X1140-011",
        caption(
            "a woman in a white kurta with a colorful scarf Question: what is the color of the kurta? Answer: white",
            "leak",
        ),
        piece("kurta", "white"),
        piece("palazzos", "white"),
        piece("dupatta", "white", "other_garment_color"),
        describe("dupatta", "multicolored with orange pink and green embroidery"),
        Q.pattern("embroidered"),
        Q.material("linen", "unsupported"),
        title="House of Pataudi Women Off-White Chikankari Pure Cotton Kurta with Palazzos & Phulkari Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: rust orange kurta (the seller says Brown) with a small white print, rust palazzos, cream dupatta with rust
    # tassels; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-012",
        caption("a woman wearing an orange kurta and orange pants with a white scarf"),
        piece("kurta", "orange"),
        piece("palazzos", "orange"),
        piece("dupatta", "orange", "other_garment_color"),
        Q.color("orange"),
        details("dupatta", "the dupatta has tassels on the ends"),
        describe("kurta", "Answer: orange kurta with white print", "leak"),
        wearing("a orange dress with a white scarf and white pants", "contradiction"),
        title="Anouk Women Brown Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: yellow kurta with a white floral print, yellow sharara with gold gota lace at the hem, white mulmul dupatta
    # over her shoulders; outdoors under marigold garlands; front view, smiling. VQA adapter + reference engine.
    case(
        "X1140-013",
        caption("Question: what is the color of the sharara? Answer: yellow", "leak"),
        piece("kurta", "yellow with white flowers"),
        piece("sharara", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("blouse", "contradiction"),
        details("sharara", "gold lace on the bottom"),
        wearing(
            "a yellow floral kurta and a yellow sharara with gold lace and a white dupatta over her shoulders and she "
            "is standing under",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Yellow Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: sea green straight kurta with white leaf print, round neck, three-quarter sleeves, sea green palazzos,
    # white dupatta with a sea green border; light grey backdrop; three-quarter view. VQA adapter + reference engine.
    case(
        "X1140-014",
        caption("a woman in a green kurta and green pants with a white dupatta"),
        piece("kurta", "green"),
        piece("palazzos", "white", "other_garment_color"),
        piece("dupatta", "white"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing("he is wearing a green kurta with green pants", "pronoun"),
        describe(
            "kurta",
            "a sea green kurta with white leaf print and a mandarin collar with gold buttons",
            "unsupported",
        ),
        title="Jaipur Kurti Women Sea Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: a girl of about eight in a pink kurta with gold foil print, pink sharara, gold tissue dupatta she holds out
    # with both hands; white studio; front view. VQA adapter + reference engine.
    case(
        "X1140-015",
        caption("a little girl in a pink kurta and pink sharara with a gold dupatta"),
        piece("kurta", "pink"),
        piece("sharara", "gold", "other_garment_color"),
        piece("dupatta", "gold"),
        wearing("a pink dress", "contradiction"),
        is_a("kurta", "yes"),
        Q.color("gold", "contradiction"),
        title="Biba Girls Pink & Gold-Toned Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: indigo cotton kurta with white dabu floral print, mandarin collar with wooden buttons, indigo palazzos with
    # white print, NO dupatta; white backdrop, she holds a cane basket. VQA adapter + reference engine.
    case(
        "X1140-016",
        caption("a woman in a blue and white printed kurta and pants holding a basket"),
        piece("kurta", "blue and white"),
        piece("palazzos", "blue"),
        piece("dupatta", "blue", "unsupported"),
        Q.material("cotton"),
        describe("kurta", "blue kurta with white floral print and a mandarin collar with wooden buttons"),
        Q.pattern("floral"),
        wearing(
            "Question: What is she wearing? Answer: a blue kurta and blue pants Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Fabindia Women Indigo Blue Dabu Print Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: beige kurta with brown thread embroidery at the neckline and hem, brown palazzos, beige dupatta with brown
    # pom-poms; outdoors, red brick wall behind; front view. VQA adapter + reference engine.
    case(
        "X1140-017",
        caption("a woman in a beige kurta and beige pants standing in front of a brick wall", "other_garment_color"),
        piece("kurta", "beige"),
        piece("palazzos", "beige", "other_garment_color"),
        piece("dupatta", "beige with brown pom poms"),
        details(
            "kurta",
            "brown embroidery on the neck and the hem, brown embroidery on the neck and the hem, brown embroidery on "
            "the neck and the hem, brown",
            "loop",
            hit_limit=True,
        ),
        Q.color("brown", "contradiction"),
        title="Sangria Women Beige & Brown Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: magenta kurta with a gold zari border, magenta churidar, magenta dupatta with a plain gold border, all one
    # color; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-018",
        caption("a woman in a magenta kurta with a matching dupatta"),
        piece("kurta", "magenta"),
        piece("churidar", "pink"),
        piece("dupatta", "magenta with gold border"),
        Q.pattern("solid"),
        wearing("a pink kurta, pink leggings and a pink dupatta"),
        describe("dupatta", "a pink dupatta with gold border and sequins all over", "unsupported"),
        title="Soch Women Magenta Solid Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey kurta with black geometric print, keyhole neck with a tassel tie, black palazzos, grey chiffon dupatta
    # with black print; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-019",
        caption("a woman in a grey kurta and black pants"),
        piece("kurta", "grey"),
        piece("palazzos", "grey", "other_garment_color"),
        piece("dupatta", "grey and black"),
        Q.color("grey"),
        details("kurta", "black geometric print and a keyhole neck with a tassel tie"),
        wearing("Answer: a grey kurta and black pants", "leak"),
        describe("dupatta", "the dupatta", "non_answer"),
        title="W Women Grey & Black Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: white kurta with blue floral print, blue palazzos, blue dupatta with white print held out to one side in
    # her right hand; silver earrings; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-020",
        caption(
            "a woman wearing a white and blue floral kurta with blue palazzos and a blue dupatta that she holds out "
            "to one side with her right hand and she is wearing silver earrings and a",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "white with blue flowers"),
        piece("palazzos", "blue"),
        piece("dupatta", "blue"),
        Q.pattern("floral"),
        Q.garment_type("shirt", "contradiction"),
        details("kurta", "blue flowers and buttons down the front and two pockets", "unsupported"),
        wearing("a white dress with blue flowers and blue pants and a blue scarf", "contradiction"),
        title="Varanga Women White & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: black kurta with pink, green and yellow thread embroidery at the yoke, three-quarter sleeves, black
    # sharara, multicolour printed dupatta; black sandals; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-021",
        caption(
            "a woman in a black kurta with colorful embroidery and a black sharara with a colorful dupatta and black "
            "sandals and black sandals and black sandals and black sandals and black sandals and black sandals and",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "black"),
        piece("sharara", "black"),
        piece("dupatta", "black", "other_garment_color"),
        details("kurta", "multicolored embroidery on the yoke"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Vishudh Women Black Yoke Design Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: coral kurta with white schiffli lace at the hem, V neck without buttons, white palazzos, coral dupatta;
    # white juttis; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-022",
        caption("a woman in a pink kurta and white pants with a pink scarf"),
        piece("kurta", "coral"),
        piece("palazzos", "white"),
        piece(
            "dupatta",
            "coral pink coral pink coral pink coral pink coral pink coral pink coral pink coral pink coral pink coral "
            "pink",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a coral kurta with white lace at the bottom and a v neck with gold buttons", "unsupported"),
        wearing("a woman wearing a pink kurta and white pants and white shoes"),
        Q.color("white", "contradiction"),
        Q.pattern("floral", "contradiction"),
        title="Libas Women Coral Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Coral",
        gender="Women",
    ),
    # photo: olive green kurta with mirror work on the yoke, three-quarter sleeves, olive palazzos, plain beige dupatta;
    # she sits on a wicker chair; white backdrop. VQA adapter + reference engine.
    case(
        "X1140-023",
        caption("a woman in a green kurta sitting on a wicker chair"),
        piece("kurta", "olive green"),
        piece("palazzos", "green"),
        piece("dupatta", "green", "other_garment_color"),
        details("kurta", "mirror work on the yoke"),
        is_a("kurta", "no", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("beige", "contradiction"),
        title="Anouk Women Olive Green Mirror Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: cream kurta with pink floral print, pink palazzos, pink dupatta; pastel pink wall behind; front view. The
    # row has no color column. VQA adapter + reference engine.
    case(
        "X1140-024",
        caption("a woman in a white kurta with pink flowers standing in front of a pink wall"),
        piece("kurta", "cream"),
        piece("palazzos", "pink"),
        piece("dupatta", "pink"),
        wearing("a white and pink floral dress and pink pants", "contradiction"),
        Q.color("pink", "contradiction"),
        describe("palazzos", "the palazzos are palazzos", "restated"),
        title="Janasya Women Cream-Coloured & Pink Floral Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: royal blue art silk kurta with gold zari border at hem and cuffs, full sleeves, royal blue churidar, gold
    # tissue dupatta over her left shoulder; gold jhumkas; white backdrop. VQA adapter + reference engine.
    case(
        "X1140-025",
        caption("a woman in a royal blue kurta with gold border and a gold dupatta and a gold necklace", "unsupported"),
        piece("kurta", "blue"),
        piece("churidar", "gold", "other_garment_color"),
        piece("dupatta", "gold"),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("long sleeves"),
        wearing(
            "a blue kurta with a gold border, blue churidar and a gold dupatta draped over her left shoulder and gold "
            "earrings with a",
            "cut",
            hit_limit=True,
        ),
        title="Kalini Women Royal Blue Woven Design Art Silk Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: purple kurta with white print, white churidar, purple-and-white dupatta; white backdrop; front view. The
    # row has no category column. VQA adapter + reference engine.
    case(
        "X1140-026",
        caption("a woman wearing a purple kurta with white leggings and a dupatta"),
        piece("kurta", "purple"),
        piece("churidar", "purple", "other_garment_color"),
        piece("dupatta", "purple and white"),
        Q.garment_type("kurta"),
        describe("kurta", "yes", "non_answer"),
        wearing(
            "a purple kurta with white leggings and a purple and white dupatta and a purple and white dupatta and a "
            "purple and white dupatta and a",
            "loop",
            hit_limit=True,
        ),
        title="Ahalyaa Women Purple & White Printed Kurta with Churidar & Dupatta",
        color="Purple",
        gender="Women",
    ),
    # photo: orange kurta with white chevron print, white palazzos, orange dupatta with white tassels; white backdrop;
    # front view. VQA adapter + reference engine.
    case(
        "X1140-027",
        caption("a woman wearing an orange and white striped kurta with white pants"),
        piece("kurta", "orange and white"),
        piece("palazzos", "white"),
        piece("dupatta", "what is the color of the dupatta", "restated"),
        Q.pattern("striped"),
        wearing("a orange and white shirt and white pants", "contradiction"),
        details("dupatta", "white tassels on the ends"),
        title="Ives Women Orange & White Chevron Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: mint green kurta with white thread work on yoke and sleeves (no sequins, no buttons), mint sharara, white
    # organza dupatta; white studio under a pastel floral arch; front view. VQA adapter + reference engine.
    case(
        "X1140-028",
        caption("a woman in a mint green kurta and sharara standing under a floral arch"),
        piece("kurta", "mint green"),
        piece("sharara", "the color of the sharara is the color of the sharara", "restated"),
        piece("dupatta", "green", "other_garment_color"),
        details(
            "kurta",
            "white thread embroidery on the yoke and sleeves with gold sequins and pearl buttons",
            "unsupported",
        ),
        is_a("dress", "no"),
        title="Indo Era Women Mint Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: red kurta with gold gota patti work, red sharara with a gota border at the hem (no sequins), red dupatta
    # with a gold gota border; fairy-light bokeh behind her; front view. VQA adapter + reference engine.
    case(
        "X1140-029",
        caption("a woman in a red outfit with gold work in front of lights"),
        piece("kurta", "red"),
        piece("sharara", "red"),
        piece(
            "dupatta",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a red kurta with gold work and a red sharara Question: What is the color of the dupatta? "
            "Answer: red",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        Q.color("gold", "contradiction"),
        details("sharara", "gold gota lace at the hem and gold sequins all over the sharara", "unsupported"),
        title="Sangria Women Red Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: white kurta with black vertical stripes and side pockets, black palazzos, NO dupatta; white backdrop; side
    # view, one hand in the kurta pocket. VQA adapter + reference engine.
    case(
        "X1140-030",
        caption("a woman in a black and white striped kurta with black pants and her hand in her pocket"),
        piece("kurta", "white and black striped"),
        piece("palazzos", "black"),
        piece("dupatta", "black", "unsupported"),
        Q.pattern("striped"),
        Q.garment_type("kurta"),
        wearing("a man in a black and white striped kurta and black pants", "pronoun"),
        title="Mokshi Women White & Black Striped Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: plain pink kurta with three-quarter sleeves, green palazzos, green dupatta with a pink border; white
    # backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-031",
        caption("a woman wearing a pink kurta with green pants and a green dupatta"),
        piece("kurta", "green", "other_garment_color"),
        piece("palazzos", "green"),
        piece("dupatta", "green with pink border"),
        Q.color("pink"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Libas Women Pink Solid Kurta with Green Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue cotton kurta with white bird print, round neck, three-quarter sleeves, side slits, white
    # palazzos, navy dupatta; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-032",
        caption(
            "Question: what is the color of the kurta? Answer: blue Question: what is the color of the palazzos? "
            "Answer: white Question: what is the color of the dupatta? Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        piece("kurta", "navy blue with white birds"),
        piece("palazzos", "white"),
        piece("dupatta", "navy"),
        describe(
            "kurta",
            "a navy blue kurta with white bird print, round neck, three quarter sleeves, side slits and a straight "
            "hem with the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jaipur Kurti Women Navy Blue & White Bird Printed Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lime green kurta with pink piping at neckline and sleeves, side slits, pink palazzos, pink dupatta with a
    # lime border; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-033",
        caption("a woman wearing a green kurta and pink pants"),
        piece("kurta", "lime green"),
        piece("palazzos", "green", "other_garment_color"),
        piece("dupatta", "pink"),
        wearing("pink", "non_answer"),
        Q.pattern("solid"),
        details(
            "kurta",
            "a lime green kurta with pink piping on the neckline and the sleeves and a straight hem with side slits "
            "and a pink",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Women Lime Green & Pink Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: coffee brown kurta with gold foil print, round neck, beige churidar, brown dupatta with gold print over her
    # left shoulder; brown juttis; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-034",
        caption("a woman in a brown kurta and beige pants with a brown dupatta"),
        piece("kurta", "brown"),
        piece("churidar", "brown", "other_garment_color"),
        piece("dupatta", "brown and gold"),
        Q.color("black", "contradiction"),
        describe("kurta", "brown kurta with gold print and a round neck"),
        wearing(
            "a brown kurta with gold print, beige leggings, a brown dupatta with gold print and brown juttis and the "
            "dupatta is draped over her left shoulder and her",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Coffee Brown & Gold-Toned Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: cotton patchwork kurta (blue, red, yellow, green patches), tie-up neck with tassels, white palazzos, plain
    # red dupatta; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-035",
        caption(
            "a woman in a colorful patchwork kurta and white pants with a red scarf and a red scarf and a red scarf "
            "and a red scarf and a red scarf and a red scarf and a red scarf and a red scarf and",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "multicolored"),
        piece("palazzos", "white"),
        piece("dupatta", "red"),
        Q.pattern("color block"),
        details(
            "kurta",
            "the kurta has patches of blue red yellow and green fabric and a tie up neck with tassels and a straight "
            "hem with side slits and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Global Desi Women Multicoloured Patchwork Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: plain burgundy velvet kurta with full sleeves, burgundy palazzos, NO dupatta; back view, she looks over her
    # shoulder; white backdrop. VQA adapter + reference engine.
    case(
        "X1140-036",
        caption("a woman in a red velvet kurta and red pants looking over her shoulder"),
        piece("kurta", "burgundy"),
        piece("palazzos", "maroon"),
        piece("dupatta", "maroon", "unsupported"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "gold embroidery on the back and the sleeves", "unsupported"),
        wearing("he is wearing a maroon kurta and maroon pants", "pronoun"),
        title="Vishudh Women Burgundy Velvet Kurta with Palazzos",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: all white: white cotton kurta with lace inserts, white palazzos, white dupatta with a lace border; beige
    # wall behind; front view, hands folded in front of her, looking at the camera. VQA adapter + reference engine.
    case(
        "X1140-037",
        caption(
            "a woman in an all white kurta set with lace on the kurta and the dupatta standing against a beige wall "
            "with her hands folded in front of her and looking at the camera with a",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "white"),
        piece("palazzos", "white"),
        piece("dupatta", "yes", "non_answer"),
        wearing("a white kurta, white pants and a white dupatta with lace"),
        Q.color("beige", "contradiction"),
        details(
            "dupatta",
            "lace border lace border lace border lace border lace border lace border lace border lace border lace "
            "border lace border",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Women White Lace Detail Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: turquoise kurta with silver foil print, three-quarter sleeves, white churidar, turquoise dupatta with
    # silver print; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-038",
        caption("a woman wearing a turquoise kurta with white leggings and a turquoise dupatta"),
        piece("kurta", "turquoise"),
        piece("churidar", "turquoise", "other_garment_color"),
        piece("dupatta", "blue"),
        Q.pattern("printed"),
        describe("dupatta", "Question: Describe the dupatta. Answer: turquoise with silver print", "leak"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Varanga Women Turquoise Blue & Silver-Toned Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: a girl of about six in a yellow kurta with white floral embroidery, white palazzos, yellow dupatta; white
    # backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-039",
        caption("a little boy wearing a yellow kurta and white pants", "pronoun"),
        piece("kurta", "yellow"),
        piece("palazzos", "yellow", "other_garment_color"),
        piece("dupatta", "yellow"),
        wearing("a yellow kurta with white embroidery and white palazzos"),
        is_a("kurta", "yes"),
        describe("dupatta", "the dupatta is a dupatta", "restated"),
        title="Bitiya by Bhama Girls Yellow Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: peach cotton kurta with white lace at the hem and cuffs, peach palazzos, peach dupatta; she sits on a white
    # stool holding a bouquet of pink roses; white backdrop. VQA adapter + reference engine.
    case(
        "X1140-040",
        caption("a woman in a peach kurta sitting on a stool holding a cup of coffee", "unsupported"),
        piece("kurta", "peach"),
        piece("palazzos", "the palazzos", "non_answer"),
        piece("dupatta", "peach"),
        details("kurta", "white lace on the hem and the sleeves"),
        Q.material("silk", "unsupported"),
        Q.garment_type("kurta"),
        wearing(
            "a peach kurta and peach pants with a peach dupatta and she is holding pink roses in her hands and sitting "
            "on a white",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Peach-Coloured Lace Detail Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: blue and white ikat cotton kurta, straight, no collar and no belt, blue palazzos, white dupatta; white
    # backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-041",
        caption("a woman wearing a blue and white ikat kurta with blue pants"),
        piece("kurta", "blue and white"),
        piece("palazzos", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        Q.pattern("printed"),
        describe("kurta", "a blue and white ikat kurta with a collar and a belt at the waist", "unsupported"),
        wearing("a blue and white kurta and blue pants and a white scarf"),
        details(
            "kurta",
            "blue and white ikat print blue and white ikat print blue and white ikat print blue and white ikat print "
            "blue and white",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Blue & White Ikat Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: rust kurta with small round mirrors round the neckline, off-white palazzos, rust dupatta; white backdrop;
    # front view. VQA adapter + reference engine.
    case(
        "X1140-042",
        caption(
            "a woman wearing a rust kurta with white palazzos and a rust dupatta with mirror work on the yoke and the "
            "dupatta and the sleeves and the hem and the yoke and the dupatta and the sleeves and the hem and",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "rust"),
        piece("palazzos", "off white"),
        piece("dupatta", "orange"),
        Q.color("orange"),
        wearing("a rust colored kurta with rust pants", "other_garment_color"),
        details("kurta", "small round mirrors around the neckline"),
        title="Anouk Women Rust Orange Mirror Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: pink leheriya kurta (white diagonal waves on pink), three-quarter sleeves, pink palazzos, pink leheriya
    # dupatta; outdoors in front of a sandstone wall; front view. VQA adapter + reference engine.
    case(
        "X1140-043",
        caption("a woman in a pink striped kurta standing in front of a stone wall"),
        piece("kurta", "pink and white"),
        piece("palazzos", "pink"),
        piece("dupatta", "", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing(
            "she is wearing a pink kurta with pink palazzos and a pink dupatta with white waves and a pink dupatta "
            "with white waves and",
            "loop",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Pink Leheriya Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: green bandhani kurta, green sharara, red bandhani dupatta with white dots and no border; green glass
    # bangles on both wrists, hair tied back; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-044",
        caption("a woman in a green kurta and green skirt with a red dupatta", "contradiction"),
        piece("kurta", "green"),
        piece("sharara", "red", "other_garment_color"),
        piece("dupatta", "red"),
        details("kurta", "green", "non_answer"),
        wearing(
            "a green bandhani kurta with a green sharara and a red bandhani dupatta and green bangles on both wrists "
            "and her hair is tied in a",
            "cut",
            hit_limit=True,
        ),
        describe("dupatta", "red dupatta with white dots and a gold border with mirror work", "unsupported"),
        title="Sangria Women Green & Red Bandhani Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: silver-grey georgette kurta with sequin work, grey sharara, grey net dupatta with a sequin border; dark
    # grey party backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-045",
        caption("a woman in a silver sequin dress with a matching dupatta", "contradiction"),
        piece("kurta", "silver"),
        piece("sharara", "grey"),
        piece(
            "dupatta",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        is_a("kurta", "yes"),
        wearing("a grey dress", "contradiction"),
        title="Ishin Women Grey Sequinned Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: mustard yellow kurta with black floral print, V neck, three-quarter sleeves, black palazzos,
    # mustard-and-black dupatta; black juttis; white backdrop; front view. VQA adapter + reference engine.
    case(
        "X1140-046",
        caption("a woman in a yellow and black printed kurta with black pants"),
        piece("kurta", "black", "other_garment_color"),
        piece("palazzos", "black"),
        piece("dupatta", "the dupatta is the color of the dupatta", "restated"),
        Q.color("mustard"),
        describe(
            "kurta",
            "a mustard yellow kurta with black floral print, a v neck, three quarter sleeves and black palazzos with a"
            " black and yellow",
            "cut",
            hit_limit=True,
        ),
        wearing("Question: What is the person wearing? Answer: a yellow and black kurta with black palazzos", "leak"),
        title="Libas Women Mustard Yellow & Black Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
]
