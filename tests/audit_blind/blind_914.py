"""BLIND_914 (46 products; Myntra women's kurtis, tunics and tops over leggings or jeans, caption adapter epoch 3):
written blind in the fifty-seventh session. Measured blind at e30524e (the session's fifth rules): 105/115 failures
found (91.3%) and 9/162 correct texts flagged (5.6%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic and western-top feed: kurtas, kurtis, tunics and tops, each photographed on a
model who also wears leggings, churidars or jeans (white or light grey studio backdrop, front or three-quarter view,
now and then a bag, sunglasses, bangles, earrings or a denim jacket). Catalog columns as the feed has them: title,
category (the seller's article type), color (the seller's base colour), gender; a few rows lack one column.

Who wrote what: every caption and every open answer comes from the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on Salesforce/blip2-opt-2.7b, greedy, 50 new tokens for captions and 30
for answers). Its habits: DeepFashion template sentences ("The lady wears a three-quarter-sleeve shirt with floral
patterns. The shirt is with cotton fabric. It has a round neckline."), no hue names in captions, a kurta called a
shirt, the caption template handed back for questions, no end token so some texts repeat or run to the limit, the
`Question: ... Answer:` format echoed now and then, "the gentleman"/"his" slipping in from the men's captions.
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine
ranking candidate values with the same adapter: always one clean value, sometimes the wrong one (often the color of
the leggings or jeans, a print read as a pattern it is not).

Labeling conventions and judgement calls:
- One label per text, the most salient failure; a leak wins over a cut, a pronoun over a garment word.
- DeepFashion's upper-garment words (shirt, blouse, top, T-shirt, tank top for a sleeveless one) are accepted for a
  kurta, kurti, tunic or top; "dress", "sweater", "jacket" for the product, or "no" to "Is this a kurta?", are
  contradictions when the photo shows a kurta or top over leggings or jeans.
- Pattern words read by meaning: "pure color" and "solid" = plain body (a self-design or a small embroidered yoke or
  border stays solid), "lattice" = checks, "graphic" = any printed motif, "floral" also for a floral embroidery, a
  chevron counts as striped. A pattern word the photo plainly denies is a contradiction.
- Shades inside the seller's color group are correct (maroon for red, teal or navy for blue, rust for orange, peach
  for pink, olive for green). A product color that belongs to the leggings, jeans, churidar or an open jacket is
  other_garment_color, whether the text is open or closed; a wrong hue with no source in the photo is contradiction.
- Fabric: a plausible fabric for the look (cotton for a matte printed kurta, denim for jeans, lace for lace) is
  accepted; a fabric the title contradicts (silk for a "Cotton" title) or the photo denies (denim for a woven top)
  is a contradiction; a fabric plus construction nobody can see (velvet with a silk lining, zari) is unsupported.
- Unsupported = an item or detail absent from the photo (hat, ring, sunglasses, belt, back zip, pockets, sequins,
  boots when the feet are cropped out). A wrong claim about a visible part (v-neck for a round neck, short sleeves
  for long ones) is a contradiction.
- Every text that hit the token limit is labeled: cut when it stops mid-phrase, loop when it repeats, leak when it
  runs into another "Question:". Texts that ended on their own have hit_limit False.
- A one-word answer or a bare yes/no to an open question, or the caption template given for a color question, is
  non_answer; restated = the answer only turns the question's own words into a sentence.
- A pronoun is judged against the woman in the photo; the caption template's "the lady"/"the female" is right.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
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

neck_kurta = question("neckline", "What is the neckline of the kurta?", "open")
neck_top = question("neckline", "What is the neckline of the top?", "open")

BLIND_914 = [
    # photo: mustard straight kurta with a small rust-and-green floral block print, three-quarter sleeves, round
    # neck, white leggings, no jewellery; white backdrop, front view. Caption and open answers: caption adapter
    # epoch 3; closed: reference engine.
    case(
        "X914-001",
        caption(
            "The lady wears a three-quarter-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns."
        ),
        wearing("a mustard yellow kurta with a small floral print and white leggings", who="she"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        details(
            "kurta",
            "The kurta has a round neckline, three-quarter sleeves and a straight hem with side slits. There is an"
            " accessory on her wrist.",
            "unsupported",
        ),
        title="Biba Women Mustard Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy tunic with small white polka dots, short sleeves, light woven fabric, light-wash blue jeans, thin
    # silver watch; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-002",
        caption(
            "The female is wearing a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The"
            " female wears a long denim pants. The pants are with denim fabric and pure color patterns. There is an"
            " accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue polka dot tunic and light blue jeans"),
        Q.color("blue"),
        color_of("jeans", "navy blue", "other_garment_color", kind="open"),
        Q.pattern("polka dot"),
        describe("tunic", "The tunic is the tunic that the lady is wearing.", "restated"),
        title="Tokyo Talkies Women Navy Blue Printed Tunic",
        category="Tunics",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: solid teal straight kurta, long sleeves, mandarin collar with a gold-button placket, cream churidar
    # leggings; white backdrop, model turned three-quarter. Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X914-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " stand collar. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns."
        ),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " stand collar. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.color("teal"),
        Q.sleeve_length("short", "contradiction"),
        is_a("kurta", "yes"),
        neck_kurta("mandarin collar with a button placket"),
        title="W Women Teal Solid Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: rose-pink sleeveless A-line kurti with small gold foil motifs, mid-blue jeans, tan clutch in her right
    # hand; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-004",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a"
            " round neckline. The lady wears a long denim pants. There is a bag in her hand."
        ),
        wearing("pink", "non_answer", who="she"),
        color_of("kurti", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("The kurti is made of silk with gold zari weaving.", "unsupported"),
        Q.pattern("printed"),
        title="Anouk Women Pink Printed A-Line Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: black solid top with short flutter sleeves and a v-neck, tucked into white jeans; white backdrop,
    # front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-005",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has"
            " a v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a black short-sleeved blouse tucked into white jeans", who="the woman"),
        color_of("top", "white", "other_garment_color"),
        color_of("jeans", "white", kind="open"),
        Q.sleeve_length("short"),
        neck_top("v-neck"),
        title="Vero Moda Women Black Solid Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold thread embroidery on the yoke, long sleeves, round neck, gold churidar
    # leggings, jhumka earrings; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a round neckline. The gentleman wears a long pants. There is an accessory on his ears.",
            "pronoun",
        ),
        wearing("a maroon kurta with gold embroidery on the yoke and gold churidar leggings", who="she"),
        Q.color("red"),
        describe("kurta", "The kurta is maroon with gold embroidery around the neck and long sleeves"),
        details(
            "kurta",
            "embroidery, embroidery, embroidery, embroidery, embroidery, embroidery, embroidery, embroidery,"
            " embroidery, embroidery, embroidery, embroidery, embroidery, embroidery, embroidery",
            "loop",
            hit_limit=True,
        ),
        color_of("leggings", "maroon", "other_garment_color", kind="open"),
        title="Libas Women Maroon Yoke Design Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white tunic with an indigo ethnic block print, short sleeves, v-neck with tassel ties, dark indigo
    # skinny jeans, sunglasses pushed up on her head; white backdrop. Caption/open: adapter epoch 3; closed: reference.
    case(
        "X914-007",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a"
            " v-shape neckline. The lady wears a long denim pants. There is an accessory on her head."
        ),
        wearing("an off-white printed tunic with dark blue jeans and sunglasses on her head"),
        Q.color("white"),
        color_of("jeans", "The jeans are white with blue prints", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        is_a("tunic", "no", "contradiction"),
        title="Global Desi Women Off-White Printed Tunic",
        category="Tunics",
        color="Off White",
        gender="Women",
    ),
    # photo: red sleeveless peplum top with a square neck, matte woven fabric, black jeans; light grey studio
    # backdrop, front view (back not shown). Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has"
            " a square neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has"
            " a square neckline. The lady wears a sleeveless tank top",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        color_of("jeans", "black"),
        describe(
            "top",
            "a red sleeveless peplum top with a square neckline, a flared hem and a gold zip down the back",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        title="AND Women Red Solid Peplum Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: bottle-green straight kurta with a white-and-pink floral print, three-quarter sleeves, v-neck, white
    # leggings, no rings or jewellery; white backdrop. Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X914-009",
        caption(
            "The lady wears a three-quarter-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has"
            " a v-shape neckline. The lady wears a long leggings. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("green and white floral kurta with white leggings"),
        color_of(
            "kurta",
            "Question: What is the color of the leggings? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        neck_kurta("v-neck"),
        Q.material("cotton"),
        title="Sangria Women Green Floral Print Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: olive shirt-style tunic with a collar, long sleeves, two chest flap pockets and a fabric tie belt, black
    # leggings; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-010",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel collar. The female wears a long leggings. There is a belt around her waist."
        ),
        wearing("an olive shirt tunic with a tie belt and black leggings"),
        Q.color("green"),
        color_of("leggings", "olive green", "other_garment_color", kind="open"),
        details(
            "tunic",
            "The tunic has two chest pockets, roll-up sleeves, a tie belt and a zip at the back with lace trim along"
            " the hem",
            "unsupported",
        ),
        Q.pattern("striped", "contradiction"),
        title="Roadster Women Olive Green Solid Tunic",
        category="Tunics",
        color="Olive",
        gender="Women",
    ),
    # photo: white cotton eyelet (broderie) top, short puff sleeves, round neck, mid-blue ripped jeans; white
    # backdrop, side view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-011",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        wearing("She is wearing a white top and blue jeans.", who="she"),
        describe("top", "The top is described as a top.", "restated"),
        Q.material("The top is made of linen with a satin lining.", "unsupported"),
        Q.sleeve_length("long", "contradiction"),
        is_a("top", "yes"),
        title="MANGO Women White Self Design Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: powder-blue straight kurta with white chikankari-style embroidery on the front, three-quarter sleeves,
    # round neck, white leggings; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-012",
        caption(
            "The lady wears a three-quarter-sleeve dress with graphic patterns. The dress is with cotton fabric. It"
            " has a round neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        wearing("a light blue embroidered kurta with white leggings"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        describe("kurta", "kurta", "non_answer"),
        is_a("kurta", "yes"),
        title="AURELIA Women Blue Embroidered Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange long-sleeve knit top with "BROOKLYN" printed in white, round neck, black skinny jeans;
    # white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-013",
        caption(
            "The female is wearing a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The female wears a long denim pants."
        ),
        wearing("a grey long sleeve top with white text and black jeans"),
        Q.color("grey"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        describe(
            "top",
            "Answer: The lady wears a long-sleeve T-shirt with graphic patterns. Question: Describe the jeans. Answer:"
            " The lady wears a long",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        title="ONLY Women Grey Melange Printed Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy straight kurta with a small white bagru print, three-quarter sleeves, round neck with a keyhole
    # slit, beige leggings, tan kolhapuri sandals; light grey backdrop. Caption/open: epoch 3; closed: reference.
    case(
        "X914-014",
        caption(
            "The lady wears a three-quarter-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester", "contradiction"),
        Q.color("navy blue"),
        wearing("he is wearing a navy kurta with white print and beige leggings", "pronoun"),
        color_of("leggings", "beige", kind="open"),
        details(
            "kurta",
            "small white prints all over, a round neckline with a keyhole slit, three-quarter sleeves and side slits",
        ),
        title="Fabindia Women Navy Blue Cotton Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: solid peach woven top with short flutter sleeves trimmed in lace, round neck, blue jeans; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-015",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has"
            " a round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        wearing("a peach top with lace sleeves and blue jeans"),
        color_of("top", "pink", kind="open"),
        color_of("jeans", "blue"),
        Q.pattern("striped", "contradiction"),
        describe(
            "top",
            "The top is peach with lace sleeves. The top is peach with lace sleeves. The top is peach with lace"
            " sleeves. The top is peach",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Peach-Coloured Lace Detail Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: rust tunic with a black geometric print, long sleeves, round neck with a short button placket, no
    # pockets, black leggings, black sling bag on her shoulder; white backdrop. Caption/open: epoch 3; closed: ref.
    case(
        "X914-016",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a rust-coloured printed tunic, black leggings and a black sling bag", who="she"),
        color_of("tunic", "black", "other_garment_color", kind="open"),
        Q.color("orange"),
        Q.sleeve_length("long"),
        describe(
            "tunic",
            "a rust tunic with a black geometric print, long sleeves and a round neck with a short button placket at"
            " the front of the",
            "cut",
            hit_limit=True,
        ),
        title="Rain & Rainbow Women Rust Printed Tunic",
        category="Tunics",
        color="Rust",
        gender="Women",
    ),
    # photo: white kurti with a blue-and-yellow floral print, short sleeves, round neck with a button placket,
    # flared hem, solid red leggings, no watch or jewellery; white backdrop. Caption/open: epoch 3; closed: reference.
    case(
        "X914-017",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady wears a long leggings. The leggings are with cotton fabric and floral patterns.",
            "contradiction",
        ),
        wearing("a white floral kurti with red leggings"),
        Q.color("red", "other_garment_color"),
        color_of("leggings", "red", kind="open"),
        Q.pattern("floral"),
        details(
            "kurti",
            "The kurti has a round neck with a button placket, short sleeves and a flared hem. The lady wears a watch"
            " on her left wrist.",
            "unsupported",
        ),
        title="Biba Women White & Blue Floral Printed Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: lavender A-line kurta, plain body with a silver foil printed hem border, long sleeves, round neck, white
    # leggings, silver bangles; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton"
            " fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a lavender kurta with a silver border and white leggings"),
        Q.color("purple"),
        Q.pattern("solid"),
        color_of("kurta", "The color of the kurta is the color of the kurta.", "restated", kind="open"),
        is_a("kurta", "yes"),
        title="W Women Lavender Solid A-Line Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: mustard yellow top with ruffles down the front, short sleeves, round neck, grey jeans; white backdrop,
    # front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-019",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        wearing("yellow top"),
        Q.color("yellow"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        describe("top", "ruffles", "non_answer"),
        Q.sleeve_length("short"),
        title="Tokyo Talkies Women Mustard Yellow Ruffled Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: magenta straight kurta with gold foil buti print, three-quarter sleeves, round neck, off-white leggings;
    # white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-020",
        caption(
            "The lady wears a three-quarter-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It"
            " has a v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure"
            " color patterns.",
            "contradiction",
        ),
        neck_kurta("round neckline"),
        wearing(
            "The lady wears a three-quarter-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It"
            " has a v-shape neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        color_of("leggings", "magenta", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        title="Libas Women Magenta Foil Print Straight Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: black-and-white horizontally striped top, long sleeves, boat neck, mid-blue jeans; white backdrop.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-021",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a"
            " boat neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        wearing("a black and white striped long sleeve top and blue jeans", who="she"),
        Q.color("black"),
        Q.pattern("floral", "contradiction"),
        color_of("jeans", "black and white striped", "other_garment_color", kind="open"),
        Q.sleeve_length("long"),
        is_a("top", "no", "contradiction"),
        title="SASSAFRAS Women Black & White Striped Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: lemon-yellow kurti with white thread embroidery round the v-neck, three-quarter sleeves, side slits,
    # ripped blue jeans, a watch; white backdrop. Feed row without gender. Caption/open: epoch 3; closed: reference.
    case(
        "X914-022",
        caption(
            "The female wears a three-quarter-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a v-shape neckline. The female wears a long denim pants. There is an accessory on her wrist."
        ),
        wearing("a yellow kurti with white embroidery at the neck and ripped blue jeans"),
        Q.color("yellow"),
        color_of("kurti", "blue", "other_garment_color", kind="open"),
        details("kurti", "yes", "non_answer"),
        Q.sleeve_length("long", "contradiction"),
        title="Anouk Women Yellow Embroidered Kurti",
        category="Kurtis",
        color="Yellow",
    ),
    # photo: sea-green smocked peasant top with a small white floral print, elbow sleeves, round neck, light blue
    # jeans; light grey backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-023",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a medium-sleeve shirt."),
        Q.color("green"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        Q.sleeve_length("elbow"),
        Q.material("denim", "contradiction"),
        title="Global Desi Women Sea Green Printed Peasant Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black straight kurta, plain body with a multicolour floral embroidered yoke, long sleeves, round neck,
    # mustard leggings; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-024",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady wears a long leg",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow", "other_garment_color"),
        color_of("leggings", "yellow"),
        describe(
            "kurta",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        title="Sangria Women Black Yoke Design Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: bright blue sleeveless tunic with a white leaf print, keyhole neck, white leggings, no sunglasses or
    # accessories; white backdrop. Feed row without color. Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X914-025",
        caption(
            "The lady wears a sleeveless shirt with floral patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady wears a long leggings. The lady wears a pair of sunglasses.",
            "unsupported",
        ),
        wearing("yes", "non_answer"),
        color_of("tunic", "blue and white", kind="open"),
        Q.sleeve_length("sleeveless"),
        details(
            "tunic",
            "The tunic has a keyhole neckline with a button at the back, a printed leaf pattern and a",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Women Blue Printed Tunic",
        category="Tunics",
        gender="Women",
    ),
    # photo: turquoise-blue straight kurta, mandarin collar, long sleeves with white embroidered cuffs, side slits,
    # grey leggings; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " stand collar. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns."
        ),
        wearing(
            "Question: What is she wearing? Answer: The lady wears a long-sleeve shirt with pure color patterns. The"
            " shirt is with cotton",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("leggings", "turquoise", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "a turquoise blue straight kurta with a mandarin collar, long sleeves with white embroidered cuffs and"
            " side slits",
        ),
        is_a("kurta", "no", "contradiction"),
        title="Rangmanch by Pantaloons Women Turquoise Blue Solid Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: navy wrap top with a pink floral print, short sleeves, v-neck, tie at the waist, white jeans; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-027",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a"
            " v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        wearing("a navy floral wrap top with white jeans"),
        Q.color("white", "other_garment_color"),
        color_of("jeans", "white", kind="open"),
        Q.pattern("floral"),
        details("top", "The details of the top are the details of the top.", "restated"),
        title="Vero Moda Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red anarkali kurta with gold print, flared from the waist, long sleeves, round neck, off-white churidar,
    # jhumka earrings; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-028",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady wears a long leggings. There is an accessory on her ears."
        ),
        wearing("The man is wearing a red kurta and white pants.", "pronoun"),
        Q.color("red"),
        describe("kurta", "a red anarkali kurta with gold print, flared from the waist, long sleeves and a round neck"),
        Q.material("The kurta is made of velvet with a silk lining.", "unsupported"),
        Q.garment_type("kurta"),
        title="Biba Women Red Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: white shirt-style tunic with thin blue pinstripes, collar, long sleeves rolled up, black jeans; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-029",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel"
            " collar. The lady wears a long denim pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a white striped shirt tunic, black jeans"),
        Q.pattern("checked", "contradiction"),
        color_of("tunic", "black", "other_garment_color", kind="open"),
        color_of("jeans", "black"),
        Q.sleeve_length("long"),
        title="Roadster Women White & Blue Striped Shirt Style Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: maroon ribbed knit top, long sleeves, high neck, grey jeans; white backdrop, front view.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-030",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting"
            " fabric. It has a turtle neckline. The gentleman wears a long denim pants.",
            "pronoun",
        ),
        wearing("a maroon ribbed high neck top and grey jeans", who="she"),
        Q.color("maroon"),
        color_of("jeans", "maroon", "other_garment_color", kind="open"),
        Q.garment_type("top"),
        details(
            "top",
            "ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed,"
            " ribbed, ribbed",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Maroon Ribbed Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: indigo straight kurta with a white floral dabu print, three-quarter sleeves, round neck with a slit,
    # off-white leggings, oxidised silver bangles; white backdrop. Caption/open: epoch 3; closed: reference engine.
    case(
        "X914-031",
        caption(
            "The female wears a three-quarter-sleeve shirt with floral patterns. The shirt is with cotton fabric. It"
            " has a round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure"
            " color patterns. There is an accessory on her wrist. The female",
            "cut",
            hit_limit=True,
        ),
        wearing("an indigo printed kurta with off-white leggings and silver bangles"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        describe(
            "kurta",
            "The kurta is indigo with a white floral print, three-quarter sleeves, a round neck with a slit and a"
            " straight hem.",
        ),
        Q.material("cotton"),
        title="Jaipur Kurti Women Indigo Blue Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: parrot-green kurti with mirror work round the v-neck only, plain body, short sleeves, blue jeans; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " v-shape neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        wearing("kurti", "non_answer"),
        Q.color("green"),
        details(
            "kurti",
            "mirror work around the neckline, gold sequins all over the body and tassels on the sleeves",
            "unsupported",
        ),
        Q.sleeve_length("short"),
        color_of("jeans", "Question: What is the color of the kurti? Answer: green", "leak", kind="open"),
        title="Anouk Women Green Mirror Work Kurti",
        category="Kurtis",
        color="Green",
        gender="Women",
    ),
    # photo: beige straight kurta with a small brown block print, three-quarter sleeves, round neck, brown leggings,
    # a cloth tote bag in her hand; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-033",
        caption(
            "The lady wears a three-quarter-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long leggings. There is a bag in her hand."
        ),
        wearing("What is the person wearing? The person is wearing", "restated"),
        Q.color("beige"),
        color_of("leggings", "brown", kind="open"),
        Q.pattern("solid", "contradiction"),
        describe(
            "kurta",
            "a beige kurta with brown prints, a beige kurta with brown prints, a beige kurta with brown prints, a"
            " beige kurta with",
            "loop",
            hit_limit=True,
        ),
        title="W Women Beige & Brown Printed Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: white sleeveless lace camisole top with a v-neck, light blue jeans; white backdrop (white on white).
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with lace fabric. It has a"
            " v-shape neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        wearing("a white lace tank top with light blue jeans, against a white background"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.material("lace"),
        describe("top", "The lady wears a long-sleeve shirt with pure color patterns.", "contradiction"),
        title="ONLY Women White Lace Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: charcoal grey longline tunic with an asymmetric hem, long sleeves, round neck, black leggings, black
    # flats, no hat; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long leggings. The lady wears a pair of shoes. The lady wears a hat.",
            "unsupported",
        ),
        wearing("a dark grey longline tunic with an uneven hem and black leggings"),
        Q.color("grey"),
        Q.sleeve_length("short", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        details("tunic", "The tunic has an asymmetric hem"),
        title="People Women Charcoal Grey Asymmetric Tunic",
        category="Tunics",
        color="Charcoal",
        gender="Women",
    ),
    # photo: baby-pink kurta with white schiffli floral embroidery all over, three-quarter sleeves, round neck, no
    # zip, blue jeans; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-036",
        caption(
            "The lady wears a three-quarter-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long denim pants."
        ),
        wearing(
            "She wears a pink kurta and blue jeans. She wears a pink kurta and blue jeans. She wears a pink kurta and"
            " blue jeans.",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        color_of("kurta", "pink with white embroidery", kind="open"),
        Q.material("cotton"),
        details("kurta", "white schiffli embroidery, a back zip, and a lining inside", "unsupported"),
        title="Sangria Women Pink Schiffli Embroidered Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: coral off-shoulder smocked top with short puff sleeves, blue jeans; white backdrop.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-037",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " female wears a long denim pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing(
            "Question: What is she wearing? Answer: She is wearing a red top and blue jeans. Question: What",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.color("red"),
        neck_top("The neckline of the top is the neckline.", "restated"),
        Q.sleeve_length("short"),
        is_a("top", "yes"),
        title="Tokyo Talkies Women Coral Off-Shoulder Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: solid rust cotton kurta, mandarin collar, wooden-button placket, long sleeves rolled up with tabs,
    # curved hem, indigo jeans; white backdrop, three-quarter view. Caption/open: epoch 3; closed: reference engine.
    case(
        "X914-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " stand collar. The lady wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        wearing("The lady wears a long-sleeve shirt with pure color patterns."),
        color_of(
            "kurta",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric.",
            "non_answer",
            kind="open",
        ),
        Q.color("orange"),
        Q.material("silk", "contradiction"),
        details(
            "kurta",
            "a mandarin collar, a front button placket with wooden buttons, roll-up sleeves with tabs and a curved hem",
        ),
        title="Fabindia Women Rust Orange Cotton Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: blue-and-white gingham checked top, short sleeves, collar, knotted at the waist (no belt), dark blue
    # jeans; white backdrop. Feed row without category. Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X914-039",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a"
            " lapel collar. The lady wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        wearing("a blue gingham shirt knotted at the waist, dark jeans and a brown leather belt", "unsupported"),
        Q.pattern("checked"),
        Q.color("blue"),
        describe(
            "top",
            "The top is with lattice patterns. The top is with lattice patterns. The top is with lattice patterns."
            " The top is with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        title="Jealous 21 Women Blue & White Checked Top",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white kurta with a green-and-pink floral print, long sleeves, round neck, pink leggings; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-040",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The gentleman wears a long leggings.",
            "pronoun",
        ),
        wearing("an off-white floral kurta and pink leggings"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("floral"),
        details("kurta", "no", "non_answer"),
        Q.sleeve_length("long"),
        title="W Women Off-White & Green Floral Printed Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: black sleeveless tunic with a white-and-red tribal print, v-neck with tassel ties, blue jeans; framed
    # from the head to the knees (feet out of frame); white backdrop. Caption/open: epoch 3; closed: reference.
    case(
        "X914-041",
        caption(
            "The lady wears a sleeveless shirt with graphic patterns. The shirt is with cotton fabric. It has a"
            " v-shape neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        wearing("A black printed tunic with tassels at the neck, blue jeans and brown ankle boots", "unsupported"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        describe("tunic", "Describe the tunic. The tunic is a tunic.", "restated"),
        Q.material("The tunic is made of cotton."),
        title="Global Desi Women Black Printed Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: deep purple straight kurta with gold foil print, three-quarter sleeves, round neck, black leggings,
    # a thin gold bracelet; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-042",
        caption(
            "The lady wears a three-quarter-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It"
            " has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple kurta with gold print and black leggings"),
        Q.color("purple"),
        Q.pattern("striped", "contradiction"),
        is_a("kurta", "yes"),
        Q.material("The kurta is made of silk with zari embroidery on the neckline and hem", "unsupported"),
        title="Libas Women Purple Foil Printed Straight Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: beige sleeveless satin top worn under an open light-blue denim jacket with long sleeves, white jeans;
    # white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-043",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. The lady"
            " wears a long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a beige satin top under a light blue denim jacket, with white jeans"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        Q.garment_type("top"),
        color_of(
            "top",
            "beige Question: What is the color of the jacket? Answer: blue Question: What is the color of the jeans?"
            " Answer: white",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="MANGO Women Beige Satin Finish Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: mint-green kurta with white lace at the hem, plain yoke and plain cuffs, three-quarter sleeves, v-neck,
    # white leggings; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X914-044",
        caption(
            "The lady wears a three-quarter-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It"
            " has a v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure"
            " color patterns."
        ),
        wearing("Question: What is she wearing? Answer: green", "leak", who="she"),
        Q.color("green"),
        color_of("leggings", "white", kind="open"),
        details("kurta", "The kurta has lace at the hem, pintucks on the yoke and embroidered cuffs.", "unsupported"),
        Q.pattern("solid"),
        title="AURELIA Women Mint Green Solid Kurta With Lace Detail",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: pink-and-white vertically striped shirt-style top, collar, long sleeves rolled to the elbow, blue jeans,
    # one hand in her jeans pocket; white backdrop, side pose. Caption/open: epoch 3; closed: reference engine.
    case(
        "X914-045",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a"
            " lapel collar. The gentleman wears a long denim pants. His hand is in his pocket.",
            "pronoun",
        ),
        wearing("a pink and white striped shirt with blue jeans, one hand in her pocket"),
        Q.pattern("striped"),
        Q.color("pink"),
        color_of("jeans", "light blue", kind="open"),
        describe("top", "striped", "non_answer"),
        Q.material("cotton"),
        title="Roadster Women Pink & White Striped Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: navy straight kurta with a white chevron print, three-quarter sleeves, round neck, side slits, no
    # pockets, white leggings, brown handbag in her hand; white backdrop. Caption/open: epoch 3; closed: reference.
    case(
        "X914-046",
        caption(
            "The lady wears a three-quarter-sleeve shirt with striped patterns. The shirt is with cotton fabric. It"
            " has a round neckline. The lady wears a long leggings. There is a bag in her hand."
        ),
        wearing("a navy kurta with white zigzag stripes and white leggings, carrying a brown bag"),
        Q.pattern("striped"),
        color_of("kurta", "Question: What is the color of the leggings? Answer: white", "leak", kind="open"),
        Q.color("navy blue"),
        details(
            "kurta",
            "The kurta has a round neck, three-quarter sleeves, side slits and two side pockets.",
            "unsupported",
        ),
        title="Sangria Women Navy Blue Chevron Print Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
]
