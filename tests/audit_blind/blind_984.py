"""BLIND_984 (46 products; Myntra sarees, lehengas: caption, extractive QA): written blind in the fifty-eighth session.
Measured blind at b141514 (the session's third rules): 74/123 failures found (60.2%) and 11/181 correct texts flagged
(6.1%). The writer's notes, verbatim:

Scenario: a Myntra-like ethnic-wear feed, article types "Sarees" and "Lehenga Choli", gender Women (three Girls
lehengas). Catalog shots: a model on a white or light grey studio backdrop, full length, pallu over the shoulder or
the dupatta draped or held out; one row is a close-up of a pallu with no model (and no gender in the feed). The job
captions each photo, then answers the questions with the extractive QA model (timpal0l/mdeberta-v3-base-squad2)
reading only the caption; the color of every piece is asked (saree and blouse; lehenga, choli and dupatta), plus
what the person wears, a description or the details, sometimes the material, and a few closed questions (garment
type, pattern, garment color, is this a ...) answered by enrich's --engine reference, which picks one candidate.

Who wrote what: 30 captions come from the untuned Salesforce/blip2-opt-2.7b: short ("a woman in a red saree ..."),
they stop on their own, but they swap colors between pieces, invent props and poses, and now and then write "his".
16 captions come from the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch): the
DeepFashion template ("The lady is wearing a short-sleeve ... blouse with pure color patterns ... The saree is with
silk fabric"), with hue names still in it, a lehenga called a "long skirt", a dupatta a "scarf", invented fabrics and
wrist accessories, and no end token: every one of them runs to the 50-token limit (hit_limit=True) and ends in a loop
or mid-phrase; a few run on into the `Question: ... Answer:` format. Every open answer is a span the QA model lifted
from the caption (or an empty string, its no-answer); the QA model itself never runs to a limit, so answers never
carry hit_limit, but a span taken from a looped or cut tail carries the loop or the cut. Closed answers are single
candidate values and never loop or stop short.

Labeling conventions and judgement calls:
- One label per text: the failure the text shows most plainly. An adapter caption that ran to the limit is labeled
  loop (it repeats) or cut (it stops mid-phrase) even when it also invents a fabric or a ring; the invention is then
  labeled on the answer that repeats it. Exceptions: a caption that runs on into "Question: ... Answer:" is a leak,
  and one whose only plain error beside the cut is "gentleman"/"his" for a woman is labeled pronoun (hit_limit kept).
- A color answer that gives a piece the color another worn piece really has (the saree called the blouse's green,
  the choli the lehenga's pink) is other_garment_color, even when the caption said the same; a wrong color that is
  no other piece's color, and a wrong color or garment in a caption or a "wearing"/description answer, is
  contradiction.
- The photo is the truth, not the seller: a cream kasavu saree called "white and gold" is right; peach called pink,
  teal called blue, lavender called purple, maroon called red, rust called orange are right (same color group);
  peach called orange is a contradiction.
- A lehenga called a "long skirt" and a choli a "blouse" or "top" in captions and open answers is right; the closed
  garment type "skirt" or "dress" for a product the seller sells as Lehenga Choli is a contradiction, and so is
  "saree" for a bridal lehenga with the dupatta worn as a veil.
- An empty answer is non_answer when the piece is in the photo; on a pallu close-up with no blouse and no person,
  an empty answer to the blouse color or to what the person wears is correct. A span that answers with the backdrop
  or the pose, or a pattern for the material, says nothing of what was asked: non_answer; an accessory given as the
  garment's detail ("a watch" for the saree details) is contradiction. A span that only gives the question's own
  words back ("the saree details", "the details of a ... saree", "a red and green lehenga choli" to "Describe the
  lehenga.") is restated.
- Fabric named in the title (chiffon, silk, art silk, velvet seen in the photo) is supported; a fabric the title does
  not name and the photo cannot show (cotton on a plain drape) is unsupported; a prop, ring, bag or pose the photo
  does not have is unsupported.
- A color right by chance (the QA model lifted "pink" from "a pink bag" and the choli is pink) is a correct answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

garment_type = BLIND_QUESTIONS.garment_type
pattern = BLIND_QUESTIONS.pattern
garment_color = BLIND_QUESTIONS.color


def piece(garment, text, failure=None):
    """The color of one piece, answered by the extractive QA model over the caption (free text, stored open)."""
    return color_of(garment, text, failure, kind="open")


BLIND_984 = [
    # photo: red Banarasi silk-blend saree with gold zari border and buttis, matching red blouse with elbow sleeves,
    # pallu over the left shoulder, gold jhumkas, white backdrop, front view. Caption: base model; answers: QA.
    case(
        "X984-001",
        caption("a woman in a red and gold saree posing for a photo"),
        piece("saree", "red and gold"),
        piece("blouse", "", "non_answer"),
        wearing("a red and gold saree"),
        describe("saree", "red and gold saree"),
        garment_type("saree"),
        title="Saree mall Red & Gold-Toned Silk Blend Woven Design Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: pink georgette saree with a small white floral print, contrasting green short-sleeve blouse, no necklace
    # (small studs only), standing straight, white backdrop. Caption: base model (invents a necklace); answers: QA;
    # pattern and yes/no: reference engine.
    case(
        "X984-002",
        caption("a woman wearing a pink saree with a green blouse and a green necklace", "unsupported"),
        piece("saree", "green", "other_garment_color"),
        piece("blouse", "green"),
        wearing("a pink saree with a green blouse"),
        details("saree", "a green necklace", "unsupported"),
        pattern("printed"),
        is_a("saree", "yes"),
        title="Mitera Pink Printed Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue chiffon saree with a pink paisley print border, pink blouse, one thin gold bangle, model holding
    # the pallu out with one hand, white backdrop. Caption: epoch-1 caption adapter (loops); answers: QA.
    case(
        "X984-003",
        caption(
            "The lady is wearing a long saree with graphic patterns. The saree is with chiffon fabric. Her blouse is "
            "pink. There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory on "
            "her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "pink", "other_garment_color"),
        piece("blouse", "pink"),
        material("chiffon"),
        wearing("a long saree with graphic patterns"),
        details("saree", "There is an accessory on her wrist. There is an accessory on her wrist", "loop"),
        title="Triveni Navy Blue & Pink Chiffon Printed Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle green cotton-blend saree with a gold zari border, matching green blouse with elbow sleeves, small
    # red bindi, hands empty at her sides, white backdrop. Caption: base model (invents a purse); answers: QA.
    case(
        "X984-004",
        caption("a woman in a green saree with gold border and a purse", "unsupported"),
        piece("saree", "green"),
        piece("blouse", "", "non_answer"),
        describe("saree", "green saree with gold border"),
        details("saree", "gold border"),
        wearing("a green saree with gold border and a purse", "unsupported"),
        is_a("saree", "yes"),
        title="Kvsfab Green Cotton Blend Solid Saree with Zari Border",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: maroon velvet lehenga with gold floral embroidery at the hem, maroon choli with elbow sleeves, sheer beige
    # net dupatta with a gold border over one shoulder, white backdrop, full length. Caption: epoch-1 adapter (cut).
    case(
        "X984-005",
        caption(
            "The woman is wearing a medium-sleeve maroon blouse with floral patterns and a long maroon skirt. The "
            "skirt is with velvet fabric and floral patterns. She wears a beige scarf with a gold border around her "
            "shoulder and a pair of",
            "cut",
            hit_limit=True,
        ),
        piece("lehenga", "maroon"),
        piece("choli", "maroon"),
        piece("dupatta", "beige"),
        describe("lehenga", "a long maroon skirt. The skirt is with velvet fabric and floral patterns"),
        details("lehenga", "a pair of", "cut"),
        garment_type("lehenga choli"),
        title="Chhabra 555 Maroon Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink flared lehenga with a green floral print, plain green choli, pink net dupatta across the chest, white
    # backdrop. Caption: base model (gives the lehenga the choli's green); answers: QA; pattern: reference engine.
    case(
        "X984-006",
        caption("a woman in a green lehenga with a pink dupatta", "contradiction"),
        piece("lehenga", "green", "other_garment_color"),
        piece("choli", "", "non_answer"),
        piece("dupatta", "pink"),
        wearing("a green lehenga with a pink dupatta", "contradiction"),
        describe("lehenga", "a green lehenga", "contradiction"),
        pattern("floral"),
        title="Ethnovog Pink & Green Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow georgette saree with a thin red border, red sleeveless blouse, hand on hip, white backdrop.
    # Caption: base model (invents a garden); answers: QA; pattern: reference engine.
    case(
        "X984-007",
        caption("a woman wearing a yellow saree with a red blouse and red border in a garden", "unsupported"),
        piece("saree", "yellow"),
        piece("blouse", "red"),
        describe("saree", "yellow saree with a red blouse and red border"),
        material("", "non_answer"),
        wearing("a yellow saree"),
        pattern("solid"),
        title="Shaily Mustard Georgette Solid Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: magenta art-silk saree with a gold foil print all over, gold short-sleeve blouse in the same foil print,
    # model holding the pallu out to show the print, white backdrop. Caption: epoch-1 adapter (loops).
    case(
        "X984-008",
        caption(
            "The woman is wearing a short-sleeve gold blouse with graphic patterns and a long magenta saree. The saree "
            "is with silk fabric and graphic patterns. The saree is with silk fabric and graphic patterns. The saree "
            "is with silk",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "magenta"),
        piece("blouse", "gold"),
        material("silk"),
        describe(
            "saree",
            "a long magenta saree. The saree is with silk fabric and graphic patterns. The saree is with silk fabric "
            "and graphic patterns",
            "loop",
        ),
        wearing("a short-sleeve gold blouse with graphic patterns and a long magenta saree"),
        title="Inddus Magenta Art Silk Foil Printed Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: peach net saree with a sequinned border, peach blouse with sheer sleeves, model glancing sideways, white
    # backdrop. Caption: base model (calls peach orange); answers: QA; yes/no: reference engine.
    case(
        "X984-009",
        caption("a woman in an orange saree standing on a white background", "contradiction"),
        piece("saree", "orange", "contradiction"),
        piece("blouse", "", "non_answer"),
        wearing("an orange saree", "contradiction"),
        details("saree", "standing on a white background", "non_answer"),
        is_a("saree", "yes"),
        title="Saree mall Peach-Coloured Embellished Net Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: black crepe saree with a grey geometric print, black blouse, oxidised silver earrings, hands empty, white
    # backdrop. Caption: base model (invents a handbag); answers: QA; pattern: reference engine.
    case(
        "X984-010",
        caption("a woman wearing a black and grey saree with a geometric print and a black handbag", "unsupported"),
        piece("saree", "black and grey"),
        piece("blouse", "black"),
        pattern("printed"),
        describe("saree", "a black and grey saree with a geometric print"),
        details("saree", "a geometric print and a black handbag", "unsupported"),
        material("", "non_answer"),
        title="Vastranand Black & Grey Printed Crepe Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: a young girl in a pink lehenga with a gold gota border, gold-toned choli with cap sleeves, pink net
    # dupatta across her front, standing, no chair, white backdrop. Caption: base model (invents the chair); answers:
    # QA; type: reference engine.
    case(
        "X984-011",
        caption("a little girl in a pink and gold lehenga sitting on a chair", "unsupported"),
        piece("lehenga", "pink and gold"),
        piece("choli", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        wearing("a pink and gold lehenga"),
        details("lehenga", "sitting on a chair", "unsupported"),
        garment_type("lehenga choli"),
        title="Biba Girls Pink & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: teal blue Kanjeevaram silk saree with a contrast magenta zari border and pallu, magenta blouse with elbow
    # sleeves, gold temple necklace and earrings, white backdrop. Caption: epoch-1 adapter (cut); answers: QA;
    # pattern: reference engine (picks "checked" for the woven buttis).
    case(
        "X984-012",
        caption(
            "The lady is wearing a medium-sleeve magenta blouse with pure color patterns and a long blue saree with a "
            "pink border. The saree is with silk fabric and lattice patterns. She wears a gold necklace and a pair "
            "of gold",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "blue"),
        piece("blouse", "magenta"),
        details("saree", "a pink border"),
        material("silk"),
        wearing("a gold necklace and a pair of gold", "cut"),
        pattern("checked", "contradiction"),
        title="Ishin Teal Blue Woven Design Kanjeevaram Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: navy blue net lehenga with silver sequins, navy sleeveless choli, navy dupatta draped over the forearm,
    # hands holding the dupatta (no bag), white backdrop. Caption: base model (invents a clutch); answers: QA.
    case(
        "X984-013",
        caption("a woman in a blue lehenga with silver sequins holding a clutch", "unsupported"),
        piece("lehenga", "blue"),
        piece("choli", "blue"),
        piece("dupatta", "silver", "contradiction"),
        wearing("a blue lehenga with silver sequins"),
        details("lehenga", "silver sequins"),
        title="Mitera Navy Blue & Silver Embellished Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white Bengal cotton saree with a broad red border, red short-sleeve blouse, red bindi, white and red
    # shakha-pola bangles, no rings, white backdrop. Caption: epoch-1 adapter (loops on an invented ring).
    case(
        "X984-014",
        caption(
            "The woman is wearing a short-sleeve red blouse with pure color patterns and a long white saree with a red "
            "border. There is an accessory on her wrist. There is a ring on her finger. There is a ring on her "
            "finger. There is a",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "white"),
        piece("blouse", "red"),
        describe("saree", "a long white saree with a red border"),
        details("saree", "There is a ring on her finger. There is a ring on her finger", "loop"),
        material("pure color patterns", "non_answer"),
        title="Anouk White & Red Bengal Handloom Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: mustard cotton lehenga with green block print and mirror work, plain green choli, mustard dupatta with
    # green tassels, model mid-twirl, white backdrop. Caption: base model; answers: QA; pattern and yes/no: reference
    # engine (says yes to "Is this a saree?").
    case(
        "X984-015",
        caption("a woman in a yellow and green lehenga twirling"),
        piece("lehenga", "yellow and green"),
        piece("choli", "yellow", "other_garment_color"),
        piece("dupatta", "yellow and green"),
        wearing("a yellow and green lehenga"),
        pattern("printed"),
        is_a("saree", "yes", "contradiction"),
        title="Inddus Mustard & Green Block Print Cotton Lehenga Choli",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: purple art-silk saree with a gold border, matching purple blouse, gold earrings and bangles, white
    # backdrop, front view. Caption: base model (invents a temple); answers: QA; yes/no: reference engine.
    case(
        "X984-016",
        caption("a woman in a purple saree with gold border and gold jewelry standing in a temple", "unsupported"),
        piece("saree", "purple"),
        piece("blouse", "purple"),
        wearing("a purple saree with gold border and gold jewelry"),
        details("saree", "gold border"),
        is_a("lehenga choli", "no"),
        title="Mimosa Purple Art Silk Saree with Zari Border",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: beige saree with a maroon floral print and a maroon border, plain maroon blouse with three-quarter sleeves,
    # gold bangles, white backdrop. Caption: epoch-1 adapter (cut; invents cotton and a floral blouse); answers: QA.
    case(
        "X984-017",
        caption(
            "The lady is wearing a long-sleeve maroon blouse with floral patterns and a long beige saree. The saree is "
            "with cotton fabric and floral patterns. There is an accessory on her wrist. She wears a pair of earrings "
            "and her",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "beige"),
        piece("blouse", "maroon"),
        material("cotton", "unsupported"),
        describe("blouse", "a long-sleeve maroon blouse with floral patterns", "unsupported"),
        details("saree", "floral patterns"),
        wearing("a pair of earrings and her", "cut"),
        title="Saree mall Beige & Maroon Floral Printed Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: red silk bridal lehenga with a gold embroidered hem, red choli, gold tissue dupatta worn over the head as a
    # veil, bridal necklace and maang tikka, white backdrop. Caption: base model; type: reference engine.
    case(
        "X984-018",
        caption("an indian bride in a red lehenga with a gold dupatta on her head"),
        piece("lehenga", "red"),
        piece("choli", "red"),
        piece("dupatta", "gold"),
        wearing("a red lehenga with a gold dupatta on her head"),
        describe("lehenga", "red lehenga"),
        garment_type("saree", "contradiction"),
        title="Fabindia Red Embroidered Silk Bridal Lehenga Set",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: orange georgette saree with a white leheriya print, white blouse, left hand on hip, white backdrop.
    # Caption: base model (writes "his"); answers: QA; pattern: reference engine.
    case(
        "X984-019",
        caption("a woman in an orange saree with his hand on his hip", "pronoun"),
        piece("saree", "orange"),
        piece("blouse", "", "non_answer"),
        wearing("an orange saree with his hand on his hip", "pronoun"),
        pattern("printed"),
        describe("saree", "orange saree"),
        details("saree", "his hand on his hip", "pronoun"),
        title="Prafful Orange Georgette Leheriya Printed Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: emerald green lehenga with a pink zari border, pink choli, green dupatta with a pink border, white
    # backdrop. Caption: epoch-1 adapter, runs on into the question format (leak).
    case(
        "X984-020",
        caption(
            "The woman is wearing a green lehenga with a pink border and a pink blouse. Question: What is the color of "
            "the lehenga? Answer: green. Question: What is the color of the blouse? Answer: pink. Question:",
            "leak",
            hit_limit=True,
        ),
        piece("lehenga", "green"),
        piece("choli", "pink"),
        piece("dupatta", "green"),
        wearing("a green lehenga with a pink border and a pink blouse"),
        details("lehenga", "Question: What is the color of the lehenga? Answer: green", "leak"),
        title="Soch Green & Pink Zari Work Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: cobalt blue linen saree with a silver zari stripe border and tassels on the pallu, white sleeveless blouse,
    # silver wristwatch, white backdrop. Caption: base model; answers: QA (gives the watch as the saree's detail).
    case(
        "X984-021",
        caption("a woman in a blue saree with a white blouse and a watch"),
        piece("saree", "blue"),
        piece("blouse", "white"),
        describe("saree", "blue saree with a white blouse"),
        material("", "non_answer"),
        wearing("a blue saree with a white blouse and a watch"),
        details("saree", "a watch", "contradiction"),
        title="Sangria Blue Linen Saree with Tassels",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: peach georgette lehenga with silver mirror work, peach choli, off-white dupatta over both arms, white
    # backdrop. Caption: base model; answers: QA; type and garment color: reference engine (picks the dupatta's).
    case(
        "X984-022",
        caption("a woman in a pink lehenga with mirror work and a white dupatta"),
        piece("lehenga", "pink"),
        piece("choli", "pink"),
        piece("dupatta", "white"),
        details("lehenga", "mirror work"),
        garment_type("lehenga choli"),
        garment_color("white", "other_garment_color"),
        title="Janasya Peach Georgette Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: plain maroon saree, contrasting mustard short-sleeve blouse, two gold bangles on the left wrist, no rings,
    # white backdrop. Caption: epoch-1 adapter (cut; invents chiffon and a ring).
    case(
        "X984-023",
        caption(
            "The lady is wearing a short-sleeve yellow blouse with pure color patterns and a long maroon saree. The "
            "saree is with chiffon fabric and pure color patterns. The lady wears a ring on her finger and a bracelet "
            "on her left",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "yellow", "other_garment_color"),
        piece("blouse", "yellow"),
        material("chiffon", "unsupported"),
        pattern("solid"),
        wearing("a short-sleeve yellow blouse with pure color patterns and a long maroon saree"),
        details("saree", "a ring on her finger", "unsupported"),
        title="Kalini Maroon Solid Saree with Blouse Piece",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: multicolour patchwork lehenga (red, blue, yellow and green panels with embroidery), red choli, yellow
    # dupatta, white backdrop. Caption: base model; answers: QA; pattern: reference engine. Feed row lacks the color.
    case(
        "X984-024",
        caption("a woman in a colorful lehenga with a yellow dupatta"),
        piece("lehenga", "colorful"),
        piece("choli", "yellow", "other_garment_color"),
        piece("dupatta", "yellow"),
        wearing("a colorful lehenga with a yellow dupatta"),
        pattern("embroidered"),
        title="Chhabra 555 Multicoloured Patchwork Embroidered Lehenga Choli",
        category="Lehenga Choli",
        gender="Women",
    ),
    # photo: cream Kerala kasavu saree with a broad gold border, gold blouse, jasmine flowers in her hair, white
    # backdrop. Caption: base model; answers: QA; yes/no: reference engine.
    case(
        "X984-025",
        caption("a woman in a white and gold saree with flowers in her hair"),
        piece("saree", "white and gold"),
        piece("blouse", "gold"),
        describe("saree", "white and gold saree with flowers in her hair"),
        is_a("saree", "yes"),
        wearing("a white and gold saree"),
        title="Shaily Cream & Gold Kasavu Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: a girl in a purple satin lehenga with a gold print, gold short-sleeve choli, purple dupatta over one
    # shoulder, white backdrop. Caption: epoch-1 adapter (loops); type: reference engine.
    case(
        "X984-026",
        caption(
            "The girl is wearing a short-sleeve gold blouse with graphic patterns and a long purple skirt. The skirt "
            "is with satin fabric and graphic patterns. The skirt is with satin fabric and graphic patterns. The "
            "skirt is with",
            "loop",
            hit_limit=True,
        ),
        piece("lehenga", "purple"),
        piece("choli", "gold"),
        piece("dupatta", "purple"),
        describe(
            "lehenga",
            "a long purple skirt. The skirt is with satin fabric and graphic patterns. The skirt is with satin fabric",
            "loop",
        ),
        garment_type("skirt", "contradiction"),
        title="Aarika Girls Purple & Gold-Toned Printed Satin Lehenga Choli",
        category="Lehenga Choli",
        color="Purple",
        gender="Girls",
    ),
    # photo: grey net saree with pink thread-embroidered flowers near the border, pink blouse, white backdrop.
    # Caption: base model; answers: QA; garment color: reference engine (picks the blouse's pink).
    case(
        "X984-027",
        caption("a woman in a grey saree with pink flowers showing the saree details"),
        piece("saree", "grey"),
        piece("blouse", "pink"),
        details("saree", "the saree details", "restated"),
        wearing("a grey saree"),
        material("", "non_answer"),
        garment_color("pink", "other_garment_color"),
        title="Mitera Grey & Pink Embroidered Net Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: parrot green Paithani silk saree with a red border and peacock pallu, green blouse with elbow sleeves,
    # nose ring, white backdrop. Caption: epoch-1 adapter, "gentleman"/"his" (cut at the limit).
    case(
        "X984-028",
        caption(
            "The gentleman is wearing a medium-sleeve green blouse with pure color patterns and a long green saree "
            "with a red border. His saree is with silk fabric and graphic patterns. There is an accessory on his "
            "nose and",
            "pronoun",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "green"),
        wearing("a medium-sleeve green blouse with pure color patterns and a long green saree with a red border"),
        details("saree", "His saree is with silk fabric and graphic patterns", "pronoun"),
        material("silk"),
        title="Vastranand Green & Red Paithani Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: black lehenga with a gold brocade border, black choli with gold embroidery, red dupatta over one shoulder,
    # white backdrop. Caption: base model (gives the lehenga the dupatta's red); answers: QA.
    case(
        "X984-029",
        caption("a woman in a red and black lehenga with gold embroidery", "contradiction"),
        piece("lehenga", "red and black", "other_garment_color"),
        piece("choli", "", "non_answer"),
        piece("dupatta", "red"),
        wearing("a red and black lehenga with gold embroidery", "contradiction"),
        details("lehenga", "gold embroidery"),
        title="Ethnovog Black & Gold Brocade Lehenga Choli",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: lavender chiffon saree with a silver sequin border, silver sleeveless blouse, white backdrop.
    # Caption: epoch-1 adapter (loops on the fabric sentence).
    case(
        "X984-030",
        caption(
            "The lady is wearing a sleeveless silver blouse with pure color patterns and a long purple saree with a "
            "silver border. The saree is with chiffon fabric. The saree is with chiffon fabric. The saree is with "
            "chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "purple"),
        piece("blouse", "silver"),
        material("chiffon"),
        describe("saree", "a long purple saree with a silver border"),
        details("saree", "The saree is with chiffon fabric. The saree is with chiffon fabric.", "loop"),
        title="Satrani Lavender Chiffon Saree with Sequinned Border",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: red bandhani lehenga with a green border, plain green choli, red bandhani dupatta, white backdrop.
    # Caption: base model; answers: QA; pattern and garment color: reference engine (picks the choli's green).
    case(
        "X984-031",
        caption("a woman in a red and green lehenga choli with a red dupatta"),
        piece("lehenga", "red and green"),
        piece("choli", "red", "other_garment_color"),
        piece("dupatta", "red"),
        pattern("printed"),
        wearing("a red and green lehenga choli with a red dupatta"),
        describe("lehenga", "a red and green lehenga choli", "restated"),
        garment_color("green", "other_garment_color"),
        title="Mitera Red & Green Bandhani Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: half-and-half saree, navy pleats and a pink pallu, navy blouse, no jewellery at all, white backdrop.
    # Caption: base model (invents jewelry); answers: QA; yes/no: reference engine.
    case(
        "X984-032",
        caption("a woman in a pink and blue saree with silver jewelry", "unsupported"),
        piece("saree", "pink and blue"),
        piece("blouse", "pink", "other_garment_color"),
        wearing("a pink and blue saree"),
        describe("saree", "pink and blue saree"),
        is_a("lehenga choli", "no"),
        title="Ishin Pink & Navy Blue Half-and-Half Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: turquoise net lehenga with silver embroidery, turquoise choli with long sheer sleeves, peach net dupatta,
    # hands empty, white backdrop. Caption: epoch-1 adapter (cut; invents cotton and a bag). Feed row lacks category.
    case(
        "X984-033",
        caption(
            "The woman is wearing a long-sleeve blue blouse with pure color patterns and a long blue skirt. The skirt "
            "is with cotton fabric and floral patterns. She is holding a bag in her hand and there is a",
            "cut",
            hit_limit=True,
        ),
        piece("lehenga", "blue"),
        piece("choli", "blue"),
        piece("dupatta", "", "non_answer"),
        describe("lehenga", "a long blue skirt. The skirt is with cotton fabric and floral patterns", "unsupported"),
        wearing("a long-sleeve blue blouse with pure color patterns and a long blue skirt"),
        details("lehenga", "holding a bag in her hand", "unsupported"),
        title="Panash Trends Turquoise Blue Embroidered Semi-Stitched Lehenga Choli",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: coffee brown tussar silk saree with a rust border, rust blouse, white backdrop. Caption: base model (calls
    # the saree orange, the blouse's color); answers: QA; pattern and garment color: reference engine.
    case(
        "X984-034",
        caption("an indian woman in an orange saree standing in front of a white wall", "contradiction"),
        piece("saree", "orange", "other_garment_color"),
        piece("blouse", "orange"),
        wearing("an orange saree", "contradiction"),
        pattern("solid"),
        details("saree", "standing in front of a white wall", "non_answer"),
        garment_color("orange", "other_garment_color"),
        title="Inddus Brown Tussar Silk Saree with Contrast Border",
        category="Sarees",
        color="Brown",
        gender="Women",
    ),
    # photo: ivory lehenga with gold sequin work, gold choli, ivory dupatta with a gold border, white backdrop.
    # Caption: base model (invents a wedding); answers: QA; garment color: reference engine.
    case(
        "X984-035",
        caption("a woman in a white and gold lehenga at a wedding", "unsupported"),
        piece("lehenga", "white and gold"),
        piece("choli", "white", "other_garment_color"),
        piece("dupatta", "white"),
        wearing("a white and gold lehenga"),
        details("lehenga", "at a wedding", "unsupported"),
        garment_color("white"),
        title="Shaily Off White & Gold Sequinned Lehenga Choli",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: olive saree with a black and white ikat print, black short-sleeve blouse, oxidised jhumkas, hand on hip,
    # white backdrop. Caption: epoch-1 adapter (loops; invents cotton).
    case(
        "X984-036",
        caption(
            "The lady is wearing a short-sleeve black blouse with pure color patterns and a long green saree. The "
            "saree is with cotton fabric and lattice patterns. She wears a pair of earrings. She wears a pair of "
            "earrings. She wears a",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "black"),
        material("cotton", "unsupported"),
        pattern("printed"),
        details("saree", "lattice patterns"),
        title="Saree mall Olive Green Ikat Printed Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta lehenga, orange choli, orange dupatta with a magenta border, white backdrop. Caption: base model
    # (swaps the pieces' colors); answers: QA; yes/no: reference engine.
    case(
        "X984-037",
        caption("a woman in an orange lehenga with a pink dupatta", "contradiction"),
        piece("lehenga", "orange", "other_garment_color"),
        piece("choli", "orange"),
        piece("dupatta", "pink", "other_garment_color"),
        wearing("an orange lehenga with a pink dupatta", "contradiction"),
        is_a("lehenga choli", "yes"),
        title="Ethnovog Magenta & Orange Lehenga Choli",
        category="Lehenga Choli",
        color="Magenta",
        gender="Women",
    ),
    # photo: white saree with black polka dots, black sleeveless blouse, red lipstick, white backdrop. Caption: base
    # model; answers: QA; pattern: reference engine.
    case(
        "X984-038",
        caption("a woman in a black and white polka dot saree"),
        piece("saree", "black and white"),
        piece("blouse", "black"),
        pattern("polka dots"),
        describe("saree", "black and white polka dot saree"),
        wearing("a black and white polka dot saree"),
        title="Vastranand White & Black Polka Dot Printed Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: a girl in a yellow lehenga with a pink floral print, pink choli, yellow dupatta, holding a small pink potli
    # bag, white backdrop. Caption: base model (calls it a dress); answers: QA; type and yes/no: reference engine.
    case(
        "X984-039",
        caption("a little girl in a yellow dress holding a pink bag", "contradiction"),
        piece("lehenga", "yellow"),
        piece("choli", "pink"),
        piece("dupatta", "", "non_answer"),
        wearing("a yellow dress", "contradiction"),
        garment_type("lehenga choli"),
        is_a("dress", "yes", "contradiction"),
        title="Biba Girls Yellow & Pink Floral Print Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: red Kanjeevaram silk saree with a green border, green blouse with elbow sleeves, temple jewellery, white
    # backdrop. Caption: epoch-1 adapter, runs on into the question format (leak); answers: QA.
    case(
        "X984-040",
        caption(
            "The woman is wearing a medium-sleeve green blouse with pure color patterns and a long red saree with a "
            "green border. Question: What is the color of the saree? Answer: green. Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        piece("saree", "green", "other_garment_color"),
        piece("blouse", "green"),
        wearing("a medium-sleeve green blouse with pure color patterns and a long red saree with a green border"),
        details("saree", "Question: What is the color of the saree? Answer: green", "leak"),
        material("", "non_answer"),
        title="Mimosa Red Kanjeevaram Art Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: navy lehenga with pink floral embroidery, pink sleeveless choli, pink dupatta around the neck and
    # shoulders, right hand on hip, white backdrop. Caption: epoch-1 adapter, runs on into the question format.
    case(
        "X984-041",
        caption(
            "The woman is wearing a sleeveless pink blouse with pure color patterns and a long blue skirt with floral "
            "patterns. She wears a pink scarf around her neck. Question: What is the person wearing? Answer: a pink",
            "leak",
            hit_limit=True,
        ),
        piece("lehenga", "blue"),
        piece("choli", "pink"),
        piece("dupatta", "pink"),
        describe("lehenga", "a long blue skirt with floral patterns"),
        wearing("a pink scarf around her neck. Question: What is the person wearing? Answer: a pink", "leak"),
        garment_type("lehenga choli"),
        title="Inddus Navy Blue & Pink Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: baby pink georgette saree with a blue floral print, blue blouse, model standing beside a wooden stool
    # (not sitting), light grey backdrop. Caption: base model (invents the pose); answers: QA; garment color:
    # reference engine (picks the blouse's blue).
    case(
        "X984-042",
        caption("a woman in a pink saree sitting on a stool", "unsupported"),
        piece("saree", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        wearing("a pink saree"),
        details("saree", "sitting on a stool", "unsupported"),
        describe("saree", "pink saree"),
        garment_color("blue", "other_garment_color"),
        title="Satrani Pink Georgette Saree with Floral Print",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: rust orange lehenga with a gold block print, cream choli, rust dupatta held up behind her head, white
    # backdrop. Caption: base model; answers: QA; type and garment color: reference engine ("skirt"; the choli's
    # cream).
    case(
        "X984-043",
        caption("a woman in an orange skirt and a white top holding a scarf"),
        piece("lehenga", "orange"),
        piece("choli", "white"),
        piece("dupatta", "orange"),
        wearing("an orange skirt and a white top"),
        garment_type("skirt", "contradiction"),
        garment_color("white", "other_garment_color"),
        title="Soch Women Rust Orange Printed Lehenga Skirt with Choli and Dupatta",
        category="Lehenga Choli",
        color="Rust",
        gender="Women",
    ),
    # photo: sea green silk-blend saree with a gold woven border, sea green blouse with gold short sleeves, white
    # backdrop. Caption: epoch-1 adapter (loops); answers: QA; pattern: reference engine (picks "printed").
    case(
        "X984-044",
        caption(
            "The lady is wearing a short-sleeve green blouse with pure color patterns and a long green saree with a "
            "gold border. Her saree is with silk fabric. Her saree is with silk fabric. Her saree is with silk "
            "fabric. Her",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "green"),
        material("silk"),
        details(
            "saree", "Her saree is with silk fabric. Her saree is with silk fabric. Her saree is with silk", "loop"
        ),
        pattern("printed", "contradiction"),
        wearing("a short-sleeve green blouse with pure color patterns and a long green saree with a gold border"),
        title="Kvsfab Sea Green Silk Blend Saree with Woven Border",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: gold-toned tissue lehenga, maroon choli, maroon dupatta with a gold border over the left shoulder, white
    # backdrop. Caption: base model (writes "his"); answers: QA; garment color: reference engine (the dupatta's
    # red). Feed row lacks category.
    case(
        "X984-045",
        caption("a woman in a gold lehenga with a red dupatta over his shoulder", "pronoun"),
        piece("lehenga", "gold"),
        piece("choli", "red"),
        piece("dupatta", "red"),
        wearing("a gold lehenga with a red dupatta over his shoulder", "pronoun"),
        details("lehenga", "", "non_answer"),
        garment_color("red", "other_garment_color"),
        title="Chhabra 555 Gold-Toned Tissue Lehenga Choli with Maroon Dupatta",
        color="Gold",
        gender="Women",
    ),
    # photo: close-up of a royal blue saree's pallu with a yellow floral print, laid flat, no model and no blouse,
    # white backdrop. Caption: base model; answers: QA (empty where nothing is there); pattern: reference engine.
    case(
        "X984-046",
        caption("a close up of the details of a blue and yellow saree"),
        piece("saree", "blue and yellow"),
        piece("blouse", ""),
        wearing(""),
        details("saree", "the details of a blue and yellow saree", "restated"),
        describe("saree", "blue and yellow saree"),
        pattern("floral"),
        title="Mitera Blue & Yellow Floral Printed Saree",
        category="Sarees",
        color="Blue",
    ),
]
