"""BLIND_1078 (46 products; Myntra men's kurtas, kurta sets and Nehru jackets, base BLIP-2 zero-shot): written blind in
the fifty-ninth session. Measured blind at 247287f (the session's seventh rules): 111/127 failures found (87.4%) and
8/176 correct texts flagged (4.5%). The writer's notes, verbatim:

Scenario: a Myntra-like men's ethnic-wear feed: straight, short, Pathani and asymmetric kurtas, two- and three-piece
kurta sets (kurta with pyjama, churidar, salwar or dhoti pants, one with its Nehru jacket) and Nehru jackets worn
over a kurta or a shirt. Catalog photos on white or light studio backdrops, mostly front or three-quarter views of a
male model who also wears the other half of the outfit; a few props (a bench, a floor cushion, a potted plant, a
marigold garland, sunglasses, a cloth bag), one back view and one flat lay without a person. Seller columns are
title, category (Kurtas, Kurta Sets, Nehru Jackets), color and gender; one row lacks the color, one the category,
one the gender. One seller color is wrong for the photo (a "Brown" kurta that is rust orange).

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions and
open answers are greedy free generation (50 and 30 new tokens); closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?") come from enrich's --engine reference ranking the candidates, so they are single candidate
values that never loop or stop short. The base model's habits: short answers that usually stop on the newline, a
Nehru jacket called a "vest", a kurta sometimes called a "shirt" or the outfit a "suit", one color spread over the
whole outfit or taken from the pyjama, the layer beneath or a prop, "she" for a long-haired or pastel-clad model,
invented trims, buttons, pockets and fabrics, and now and then a run that does not stop: a repeated clause to the
token limit, a long sentence cut at the limit, or the prompt format continued ("Question: ... Answer: ...").

Labeling conventions and judgement calls:
- Truth is the photo as the comment describes it; the seller's color is right unless the comment says otherwise.
- "vest" or "waistcoat" for a Nehru jacket is a correct synonym (it is a sleeveless jacket), in captions, open
  answers, the closed garment type and "Is this a vest?".
- "shirt" for a knee-length kurta (or "Is this a shirt?" answered yes) is a contradiction; for a hip-length short
  kurta, and for a short kurta worn as the under-layer of a jacket, "shirt" is a correct synonym.
- "suit" for a Nehru jacket worn with non-matching trousers or a kurta is a contradiction (another garment).
- Shades within one family are correct: cream or off-white called white, maroon or burgundy called red, teal or lime
  called green, mustard called yellow, peach called pink, rust called orange, charcoal called grey or dark grey.
- The product's color given to another garment ("black" jeans under a black kurta) is a contradiction; another
  garment's color (the pyjama's, the under-layer's, a stole's) given to the product is other_garment_color. A color
  from a prop (the garland, a plant) or from a print or embroidery on the product, given as the product's color,
  is a contradiction.
- A closed pattern or sleeve answer that is wrong for the product (long sleeves for a Nehru jacket, taken from the
  kurta beneath) is a contradiction.
- Material is judged against the title where it names a fabric, otherwise against what the photo shows; a fabric,
  trim, pocket, button color, provenance, or a detail on a side the photo does not show (the back in a front view,
  the placket in a back view) is unsupported. A person claimed for a flat lay is unsupported.
- For a Multi row, the print's dominant color is a correct answer to the color question.
- A one-word answer that names no garment and no attribute ("kurta", "yes", "no", "the kurta", a bare color to
  "Describe the kurta." or "What is he wearing?") is non_answer; an answer that only hands the question's words
  back ("the details of the kurta", "it is a jacket") is restated. A bare garment to "What is he wearing?" ("kurta")
  answers it and is correct.
- he/she, his/her and "a woman" for a Men row are pronoun; the row with no gender gets no pronoun label.
- A "Question: ... Answer: ..." in a text, echoed or continued, is leak even where the answer in it is right; a
  text with two faults gets the one that ends it (loop or cut over the wrong fact inside it); hit_limit where it
  ran to 30 or 50 tokens.
- A true but incomplete answer (only the under-layer named for a jacket shot) is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1078 = [
    # photo: cream solid straight knee-length kurta, mandarin collar, button placket, white churidar, brown mojaris;
    # front view, white backdrop. Base blip2-opt-2.7b zero-shot wrote every text (closed ones via the reference engine).
    case(
        "X1078-001",
        caption("a man wearing a cream kurta and white pants"),
        wearing("a kurta and churidar", who="the man"),
        color_of("kurta", "cream"),
        Q.pattern("solid"),
        details("kurta", "the kurta has a mandarin collar and a button placket"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Manyavar Men Cream-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: navy blue cotton kurta with small white floral buttis all over, white pyjama, front view, white backdrop.
    # Base model zero-shot wrote every text.
    case(
        "X1078-002",
        caption("a man in a blue kurta with white pants"),
        color_of("kurta", "white", "other_garment_color"),
        Q.pattern("printed"),
        describe("kurta", "the kurta is navy blue with small white flowers all over it"),
        details(
            "kurta",
            "the kurta has a mandarin collar, the kurta has a mandarin collar, the kurta has a mandarin collar, the "
            "kurta has",
            "loop",
            hit_limit=True,
        ),
        wearing("kurta pajama", who="he"),
        Q.material("linen", "unsupported"),
        title="Jompers Men Navy Blue & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon woven self-design Nehru jacket, maroon fabric-covered buttons, no embroidery, over a plain white
    # kurta and white churidar; front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-003",
        caption("a man in a maroon vest and white kurta"),
        color_of("jacket", "white", "other_garment_color"),
        Q.garment_type("jacket"),
        is_a("jacket", "yes"),
        describe("jacket", "the jacket is maroon with gold buttons and gold embroidery on the collar", "unsupported"),
        wearing("a maroon jacket and a white kurta", who="the man"),
        title="Vastramay Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard yellow straight kurta with white thread embroidery along the placket, white pyjama; the model has
    # shoulder-length hair; three-quarter view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-004",
        caption("a woman wearing a yellow kurta and white pants", "pronoun"),
        wearing("a yellow kurta", who="the person"),
        Q.color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        details("kurta", "white embroidery on the front"),
        Q.material("cotton"),
        title="Anouk Men Mustard Yellow Embroidered Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: plain white cotton kurta and white pyjama, hands in pockets, tan leather sandals; front view against a
    # white wall. Base model zero-shot wrote every text.
    case(
        "X1078-005",
        caption("a man in a white kurta and pajamas standing in front of a white wall"),
        color_of("pyjama", "white"),
        color_of("kurta", "white"),
        Q.material("cotton"),
        describe("kurta", "kurta", "non_answer"),
        wearing(
            "he is wearing a white kurta and a white kurta and a white kurta and a white kurta and a white kurta and a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Fabindia Men White Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: navy blue solid Nehru jacket, mandarin collar, five buttons, over a sky-blue full-sleeve shirt and beige
    # chinos; front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-006",
        caption("a man wearing a navy blue vest and a blue shirt"),
        color_of("jacket", "navy blue"),
        color_of("pants", "beige"),
        details(
            "jacket",
            "the jacket has a mandarin collar and buttons down the front. the jacket has a mandarin collar and buttons "
            "down the front. the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("beige", "other_garment_color"),
        wearing("a suit", "contradiction", who="the man"),
        title="See Designs Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: knee-length black kurta with a white geometric block print, round neck with a short placket, blue jeans,
    # white sneakers; front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-007",
        caption("a man in a black and white shirt and jeans", "contradiction"),
        color_of("kurta", "black"),
        Q.pattern("printed"),
        Q.color("blue", "other_garment_color"),
        color_of("jeans", "black", "contradiction"),
        describe("kurta", "the kurta is black with white geometric prints and a round neck"),
        wearing("he is wearing a black kurta with jeans", who="the person"),
        title="Roadster Men Black & White Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: pastel pink solid kurta with white churidar; model with long hair tied back; front view, light grey studio
    # backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-008",
        caption("a man in a pink kurta and white pants"),
        wearing("she is wearing a pink kurta and white leggings", "pronoun", who="the person"),
        color_of("kurta", "pink"),
        color_of("churidar", "pink", "contradiction"),
        Q.sleeve_length("long"),
        details("kurta", "the details of the kurta", "restated"),
        title="Sojanya Men Pink Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: mustard Nehru jacket with a small paisley print, over a white kurta and white pyjama; three-quarter view,
    # white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-009",
        caption("a man in a yellow jacket and white kurta"),
        color_of("jacket", "mustard"),
        Q.pattern("solid", "contradiction"),
        describe("jacket", "yellow with paisley print"),
        Q.sleeve_length("long", "contradiction"),
        wearing(
            "a yellow vest and a white kurta Question: what is the color of the vest? Answer: yellow", "leak", who="he"
        ),
        title="Hangup Men Mustard Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive green self-striped straight kurta (tone-on-tone stripes), mandarin collar, curved hem, no chest
    # pocket, beige trousers; front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-010",
        caption("a man wearing a green kurta and khaki pants"),
        color_of("kurta", "brown", "contradiction"),
        Q.pattern("striped"),
        Q.color("khaki", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is olive green and has a chinese collar and full sleeves with a pocket on the chest",
            "unsupported",
        ),
        details("kurta", "olive green, mandarin collar, full sleeves, curved hem"),
        wearing("kurta", who="the man"),
        title="Ethnix by Raymond Men Olive Green Self-Striped Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: three-piece set: white kurta, white churidar and a teal blue Nehru jacket worn open over them; front
    # view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-011",
        caption("a man in a blue vest and white kurta"),
        color_of("kurta", "teal", "other_garment_color"),
        color_of("jacket", "teal"),
        is_a("kurta", "no", "contradiction"),
        wearing("a white kurta pajama with a blue nehru jacket", who="the man"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and the jacket has a mandarin collar and a button "
            "placket and the jacket has a",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men White & Teal Kurta Churidar with Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: maroon silk-blend kurta with gold zari work on the mandarin collar only, gold-tone buttons, plain cuffs,
    # off-white churidar; front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-012",
        caption("a man in a red kurta with gold trim"),
        Q.material("silk"),
        color_of("kurta", "brown", "contradiction"),
        describe("kurta", "it is a long maroon kurta with golden embroidery on the collar and cuffs", "unsupported"),
        details(
            "kurta",
            "the kurta is made of silk and has a mandarin collar with gold zari work on the collar and a row of gold "
            "buttons down the front of the",
            "cut",
            hit_limit=True,
        ),
        wearing("white kurta and white pants", "other_garment_color", who="the person"),
        title="Manyavar Men Maroon Silk Blend Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: black solid Nehru jacket with silver buttons over a cream kurta and cream pyjama; front view, white
    # backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-013",
        caption("a man in a black vest and white pants"),
        color_of("jacket", "black"),
        color_of("kurta", "black", "contradiction"),
        Q.color("cream", "other_garment_color"),
        is_a("jacket", "yes"),
        describe("jacket", "jacket", "non_answer"),
        Q.sleeve_length("sleeveless"),
        wearing("a black nehru jacket over a cream kurta", who="he"),
        title="Louis Philippe Ethnix Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: hip-length cotton short kurta, sky blue with thin white pinstripes, chest pocket on the left, mandarin
    # collar, dark blue jeans; front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-014",
        caption("a man in a blue striped shirt and jeans"),
        Q.garment_type("kurta"),
        Q.pattern("striped"),
        Q.material("silk", "unsupported"),
        color_of("kurta", "blue"),
        color_of("jeans", "blue"),
        details("kurta", "it has a mandarin collar, and a pocket on the left side of the chest"),
        wearing(
            "a blue striped shirt and blue jeans Question: what is the color of the shirt? Answer: blue Question:",
            "leak",
            who="the person",
            hit_limit=True,
        ),
        title="Hangup Men Blue Striped Short Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: beige kurta with brown thread embroidery on the yoke, matte cotton, beige pyjama; standing next to a
    # potted plant, beige backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-015",
        caption("a man in a beige kurta and pants standing next to a plant"),
        color_of("kurta", "green", "contradiction"),
        describe("kurta", "a beige kurta with brown embroidery on the neck and chest"),
        details("kurta", "the kurta is made of pure silk and is hand embroidered with zari threads", "unsupported"),
        Q.material("cotton"),
        wearing("the man is wearing a kurta", who="the man"),
        title="Kisah Men Beige Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: charcoal grey self-design Nehru jacket with a white pocket square, over a white full-sleeve shirt and
    # navy trousers; three-quarter view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-016",
        caption("a man in a grey suit with a white shirt", "contradiction"),
        color_of("jacket", "grey"),
        color_of("trousers", "grey", "contradiction"),
        details("jacket", "the jacket has a pocket square in the pocket and buttons"),
        Q.sleeve_length("long", "contradiction"),
        is_a("jacket", "yes"),
        title="Mr Button Men Charcoal Grey Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white chikankari kurta, white-on-white floral thread embroidery, thin cotton, white pyjama; front view,
    # white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-017",
        caption("a man in a white kurta"),
        Q.color("white"),
        Q.pattern("floral"),
        describe("kurta", "the kurta is white with white embroidery"),
        wearing("white", "non_answer", who="he"),
        details("kurta", "hand embroidered by artisans in lucknow", "unsupported"),
        Q.material("cotton"),
        title="Sanwara Men White Chikankari Embroidered Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: rust orange solid kurta (the seller's "Brown" is wrong for it), band collar, self-fabric buttons, plain
    # buttoned cuffs, cream churidar; front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-018",
        caption("a man in an orange kurta and white pants"),
        color_of("kurta", "orange"),
        color_of("churidar", "white"),
        details("kurta", "it has a band collar and full sleeves with buttoned cuffs"),
        Q.sleeve_length("long"),
        describe("kurta", "the kurta is orange with copper buttons and embroidered cuffs", "unsupported"),
        Q.color("white", "other_garment_color"),
        wearing("orange kurta and white churidar", who="the person"),
        title="Jompers Men Brown Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Brown",
        gender="Men",
    ),
    # photo: Nehru jacket in a blue, red and white ikat print, wooden buttons, over a white kurta; front view, white
    # backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-019",
        caption("a man in a blue and red printed vest"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        describe("jacket", "the jacket is blue with red and white geometric patterns"),
        details("jacket", "the details of the jacket are the jacket", "restated"),
        wearing("a white kurta", who="the man"),
        color_of("kurta", "white"),
        title="Sojanya Men Multicoloured Ikat Print Nehru Jacket",
        category="Nehru Jackets",
        color="Multi",
        gender="Men",
    ),
    # photo: teal green cotton kurta with small mirrors sewn round the neckline, white pyjama; seated on a brown
    # wooden bench, white wall behind. Base model zero-shot wrote every text.
    case(
        "X1078-020",
        caption("a man sitting on a bench wearing a green kurta"),
        color_of("kurta", "green"),
        details("kurta", "the kurta has small mirrors sewn around the neckline"),
        Q.material("velvet", "unsupported"),
        describe("kurta", "the kurta is a kurta", "restated"),
        wearing(
            "he is wearing a green kurta with white pants and sitting on a brown wooden bench in front of a white "
            "wall with a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Svanik Men Teal Green Mirror Work Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: all-black set: black kurta with black buttons and black pyjama; side view, white backdrop; long-haired
    # model. Base model zero-shot wrote every text.
    case(
        "X1078-021",
        caption("a man wearing a black kurta and black pants"),
        color_of("pyjama", "black"),
        color_of("kurta", "black"),
        describe("kurta", "a black kurta with a white collar and white buttons", "unsupported"),
        Q.sleeve_length("long"),
        wearing("she is wearing a black kurta and pants", "pronoun", who="the person"),
        title="Mohanlal Sons Men Black Solid Kurta Pyjama Set",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: beige linen Nehru jacket with wooden buttons over a navy blue kurta and white churidar; front view,
    # white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-022",
        caption("a man in a beige vest and a blue kurta"),
        color_of("jacket", "navy blue", "other_garment_color"),
        Q.material("linen"),
        describe("jacket", "the jacket is beige with a mandarin collar and wooden buttons"),
        Q.garment_type("jacket"),
        details("jacket", "the details are on the jacket", "restated"),
        wearing(
            "a vest and a blue kurta Question: what is the man wearing? Answer: a vest and a blue kurta",
            "leak",
            who="the man",
        ),
        title="Indian Terrain Men Beige Linen Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: lavender solid straight kurta, mandarin collar, placket with small self-fabric buttons, white pyjama;
    # front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-023",
        caption("a man in a purple kurta and white pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        wearing("a purple dress", "contradiction", who="he"),
        describe("kurta", "a light purple kurta with a mandarin collar and long sleeves"),
        details("kurta", "the kurta has a mandarin collar and mother of pearl buttons", "unsupported"),
        title="House of Pataudi Men Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Men",
    ),
    # photo: green kurta with a gold floral print, slight art-silk sheen, cream dhoti pants; front view, white
    # backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-024",
        caption("a man in a green and gold kurta with white dhoti"),
        color_of("kurta", "green"),
        Q.pattern("floral"),
        color_of("pants", "gold", "contradiction"),
        describe("kurta", "yes", "non_answer"),
        Q.material("silk"),
        Q.color("white", "other_garment_color"),
        wearing("a green kurta with gold print and white dhoti pants", who="the man"),
        title="Vastramay Men Green & Gold-Toned Printed Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: royal blue brocade Nehru jacket with gold floral woven motifs and gold buttons, over a cream kurta and
    # cream churidar; front view, white backdrop; long-haired model. Base model zero-shot wrote every text.
    case(
        "X1078-025",
        caption("a man in a blue and gold jacket"),
        color_of("jacket", "gold", "contradiction"),
        Q.pattern("floral"),
        details("jacket", "the jacket has a floral pattern and gold buttons with a mandarin collar"),
        wearing("she is wearing a blue and gold jacket", "pronoun", who="the person"),
        is_a("jacket", "yes"),
        Q.color("cream", "other_garment_color"),
        title="Manyavar Men Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: knee-length red cotton kurta with a white bandhani dot print, white churidar; front view, white backdrop.
    # Base model zero-shot wrote every text.
    case(
        "X1078-026",
        caption("a man in a red shirt with white polka dots and white pants", "contradiction"),
        Q.color("red"),
        Q.pattern("printed"),
        describe("kurta", "a red kurta with white dots"),
        details("kurta", "kurta details", "restated"),
        Q.material("silk", "unsupported"),
        wearing("a red kurta and white pyjamas", who="he"),
        title="Kisah Men Red Bandhani Print Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: off-white round-neck cotton kurta and off-white pyjama, a maroon stole draped over one shoulder; front
    # view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-027",
        caption("a man in a white kurta with a red scarf"),
        color_of("kurta", "maroon", "other_garment_color"),
        wearing("a white kurta and a red shawl", who="the man"),
        Q.garment_type("scarf", "contradiction"),
        describe("kurta", "plain white kurta with long sleeves and a round neck"),
        Q.material("khadi silk", "unsupported"),
        title="Manyavar Men Off-White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: olive cotton (khadi-textured) Nehru jacket, two welt pockets, five buttons, over a white hip-length short
    # kurta and blue jeans; front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-028",
        caption("a man wearing a green vest over a white shirt and jeans"),
        color_of("jacket", "olive"),
        Q.material("wool", "unsupported"),
        details(
            "jacket",
            "the jacket has two pockets on the front and a mandarin collar with five buttons down the front and it is "
            "worn over a white",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        color_of("jeans", "blue"),
        Q.color("white", "other_garment_color"),
        title="Fabindia Men Olive Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange kurta with black piping on the collar and placket, back not shown, black trousers, black
    # shoes; front view, white backdrop. The feed row lacks the color. Base model zero-shot wrote every text.
    case(
        "X1078-029",
        caption("a man in a gray kurta and black pants"),
        color_of("kurta", "black", "other_garment_color"),
        describe(
            "kurta",
            "a grey kurta with black piping on the collar and placket, full sleeves and a straight hem, worn with "
            "black trousers and black shoes on a white",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey kurta and black pants", who="the person"),
        details(
            "kurta",
            "the kurta is grey with black trim and has embroidered peacock motifs on the back",
            "unsupported",
        ),
        Q.pattern("solid"),
        title="Even Men Grey Melange Solid Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: sea green kurta with thin white vertical stripes, mandarin collar, white pyjama; long-haired model;
    # front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-030",
        caption("a man in a green and white striped kurta"),
        Q.pattern("checked", "contradiction"),
        Q.color("green"),
        describe(
            "kurta",
            "the kurta is green and white striped with a mandarin collar, long sleeves, and a long hemline that "
            "reaches down to the knees and it",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a green and white striped kurta", "pronoun", who="he"),
        color_of("pyjama", "white"),
        title="See Designs Men Sea Green & White Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: flat lay, no person: cream Nehru jacket with a thin gold border on the collar, laid on a white backdrop.
    # Base model zero-shot wrote every text.
    case(
        "X1078-031",
        caption("a cream colored vest on a white background"),
        wearing("a man wearing a vest", "unsupported", who="the person"),
        color_of("jacket", "cream"),
        details("jacket", "gold trim on the collar"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("vest"),
        describe("jacket", "it is a jacket", "restated"),
        title="Ives Men Cream-Coloured Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender="Men",
    ),
    # photo: peach kurta with white embroidery round the neckline, no border at the hem, white pyjama; holding black
    # sunglasses; front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-032",
        caption("a man in a pink kurta holding sunglasses"),
        color_of("kurta", "peach"),
        details("kurta", "white embroidery around the neckline and the sunglasses are black"),
        wearing("she is wearing a pink kurta and white pajamas", "pronoun", who="the man"),
        describe("kurta", "the kurta is peach with white embroidery and a gold border at the hem", "unsupported"),
        Q.material("cotton"),
        Q.color("white", "other_garment_color"),
        title="Anouk Men Peach-Coloured Embroidered Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: charcoal Pathani set: knee-length kurta with a shirt collar, chest pocket and cuffed full sleeves, matching
    # charcoal salwar; front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-033",
        caption("a man in a dark grey kurta and pants"),
        Q.color("grey"),
        Q.garment_type("shirt", "contradiction"),
        details("kurta", "the kurta has a shirt collar, a chest pocket and full sleeves with cuffs"),
        wearing("no", "non_answer", who="he"),
        color_of("salwar", "grey"),
        describe("kurta", "the kurta is made of pure linen and is perfect for summer", "unsupported"),
        title="Jompers Men Charcoal Grey Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: burgundy velvet Nehru jacket, gold buttons, one chest pocket on the left, over a black kurta and black
    # churidar; front view, dark grey backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-034",
        caption("a man in a red velvet jacket and black pants"),
        color_of("jacket", "black", "other_garment_color"),
        Q.material("velvet"),
        describe("jacket", "a maroon velvet nehru jacket with a mandarin collar"),
        details(
            "jacket",
            "the jacket has a mandarin collar and gold buttons and a pocket on the chest and a pocket on the chest and "
            "a pocket on the chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "no", "contradiction"),
        wearing("a red jacket and black kurta", who="the man"),
        title="Hangup Men Burgundy Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Burgundy",
        gender="Men",
    ),
    # photo: indigo cotton kurta with a white floral dabu block print, indigo collar, white pyjama; holding a white
    # cloth bag; front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-035",
        caption("a man in a blue and white kurta"),
        Q.material("cotton"),
        color_of("kurta", "blue"),
        Q.pattern("floral"),
        describe("kurta", "a blue kurta with white flowers printed all over and a white collar", "unsupported"),
        wearing(
            "he is wearing a blue kurta with white floral prints and white pajamas and he is holding a white bag in "
            "his hand and he is",
            "cut",
            who="the person",
            hit_limit=True,
        ),
        title="Fabindia Men Indigo Dabu Print Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: bright yellow solid kurta with mandarin collar, white pyjama, an orange marigold garland round the neck;
    # front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-036",
        caption("a man in a yellow kurta with a flower garland around his neck"),
        color_of("kurta", "orange", "contradiction"),
        color_of("pyjama", "yellow", "contradiction"),
        wearing(
            "a yellow kurta and a garland Question: what color is the garland? Answer: orange",
            "leak",
            who="he",
        ),
        details("kurta", "the kurta has a mandarin collar and the garland is made of orange marigolds"),
        Q.sleeve_length("long"),
        title="Sojanya Men Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: white Nehru jacket with black buttons over a black kurta and black pyjama; front view, white backdrop.
    # Base model zero-shot wrote every text.
    case(
        "X1078-037",
        caption("a man in a black kurta and white vest"),
        color_of("jacket", "white"),
        Q.color("black", "other_garment_color"),
        describe("jacket", "white jacket with black buttons"),
        wearing("a black and white suit", "contradiction", who="the man"),
        Q.garment_type("coat", "contradiction"),
        title="Louis Philippe Ethnix Men White Solid Nehru Jacket",
        category="Nehru Jackets",
        color="White",
        gender="Men",
    ),
    # photo: knee-length pink straight kurta with a white floral print, opaque cotton, white pyjama; model with long
    # hair; studio backdrop of a beige wall with a window. Base model zero-shot wrote every text.
    case(
        "X1078-038",
        caption("a man in a pink floral kurta standing in front of a window"),
        color_of("kurta", "pink"),
        Q.pattern("floral"),
        describe("kurta", "she is wearing a pink kurta with white flowers", "pronoun"),
        details("kurta", "the kurta has a floral print"),
        Q.material("chiffon", "unsupported"),
        title="Roadster Men Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: knee-length blue chambray kurta, mandarin collar, white pyjama, brown leather watch; front view, white
    # backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-039",
        caption("a man in a denim shirt and white pants", "contradiction"),
        color_of("kurta", "blue"),
        Q.material("cotton"),
        details(
            "kurta",
            "the kurta is a chambray kurta with a mandarin collar, the kurta is a chambray kurta with a mandarin "
            "collar, the kurta",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue kurta and white pants and a watch", who="the person"),
        is_a("shirt", "yes", "contradiction"),
        title="Hangup Men Blue Chambray Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: grey and black tartan-checked Nehru jacket, mandarin collar, five black buttons, two welt pockets, over a
    # white shirt and black trousers; front view, white backdrop. The feed row lacks the category.
    # Base model zero-shot wrote every text.
    case(
        "X1078-040",
        caption("a man in a plaid vest and white shirt"),
        Q.pattern("checked"),
        color_of("jacket", "grey"),
        describe(
            "jacket",
            "the jacket is grey and black checked, with a mandarin collar, five black buttons, two welt pockets at the "
            "waist, and a chest pocket with a",
            "cut",
            hit_limit=True,
        ),
        wearing("a vest", who="he"),
        color_of("shirt", "grey", "contradiction"),
        Q.color("white", "other_garment_color"),
        title="Dennis Lingo Men Grey Checked Nehru Jacket",
        color="Grey",
        gender="Men",
    ),
    # photo: black kurta with red thread embroidery on the yoke only, plain sleeves, black churidar; front view,
    # white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-041",
        caption("a man in a black kurta with red embroidery"),
        Q.color("red", "contradiction"),
        describe("kurta", "black kurta with red embroidery on the yoke and sleeves", "unsupported"),
        details("kurta", "Question: What are the kurta details? Answer: the kurta has red embroidery", "leak"),
        wearing("a black kurta and black churidar", who="the man"),
        Q.sleeve_length("long"),
        title="Manyavar Men Black Embroidered Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: lime green solid cotton kurta, white pyjama; sitting cross-legged on a white floor cushion; front view,
    # white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-042",
        caption("a man sitting on a white cushion in a white kurta", "other_garment_color"),
        color_of("kurta", "green"),
        color_of("pyjama", "green", "contradiction"),
        wearing("green kurta with white pajamas", who="the person"),
        describe("kurta", "the kurta", "non_answer"),
        Q.material("cotton"),
        title="Svanik Men Lime Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lime Green",
        gender="Men",
    ),
    # photo: black Nehru jacket with white floral thread embroidery and black buttons, over a white kurta; front view,
    # white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-043",
        caption("a man wearing a black vest with white flowers on it"),
        color_of("jacket", "white", "other_garment_color"),
        Q.pattern("floral"),
        details("jacket", "white floral embroidery on the front and back, and a silk lining", "unsupported"),
        wearing(
            "he is wearing a black jacket with white flowers on it Question: what color is the kurta? Answer: white "
            "Question: what",
            "leak",
            who="he",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Sojanya Men Black Embroidered Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: rust orange solid kurta with an asymmetric hem longer on one side, smooth fabric, black jeans; front view,
    # white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-044",
        caption("a man in an orange kurta and black jeans"),
        color_of("kurta", "orange"),
        color_of("jeans", "orange", "contradiction"),
        describe("kurta", "the kurta is orange with an asymmetric hem that is longer on one side"),
        wearing("orange kurta with black jeans", who="the man"),
        details("kurta", "the kurta is made of linen", "unsupported"),
        Q.color("black", "other_garment_color"),
        title="Hangup Men Rust Orange Solid Asymmetric Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: back view: sky blue solid kurta with a mandarin collar seen from behind, white pyjama; white backdrop.
    # The feed row lacks the gender. Base model zero-shot wrote every text.
    case(
        "X1078-045",
        caption("the back of a man in a blue kurta and white pants"),
        color_of("kurta", "blue"),
        details("kurta", "the kurta has a mandarin collar and buttons down the front", "unsupported"),
        wearing("a blue kurta", who="the person"),
        describe("kurta", "blue", "non_answer"),
        Q.pattern("solid"),
        Q.color("white", "other_garment_color"),
        title="Kisah Men Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # photo: pastel peach Nehru jacket with thin gold stripes and a mandarin collar, over a white kurta and white
    # pyjama; holding a phone; front view, white backdrop. Base model zero-shot wrote every text.
    case(
        "X1078-046",
        caption("a man in a peach vest and white kurta"),
        color_of("jacket", "peach"),
        Q.pattern("solid", "contradiction"),
        describe("jacket", "the jacket is peach with thin gold stripes and a mandarin collar"),
        wearing("she is wearing a peach jacket and a white kurta", "pronoun", who="the man"),
        details("jacket", "the jacket details", "restated"),
        Q.color("white", "other_garment_color"),
        title="Mr Button Men Peach Striped Nehru Jacket",
        category="Nehru Jackets",
        color="Peach",
        gender="Men",
    ),
]
