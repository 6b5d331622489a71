"""BLIND_648 (46 products; Myntra women's tops, tunics and kurtis, caption adapter epoch 3): written blind in the
fifty-third session. Measured blind at 94342b7 (the session's sixteenth rules): 105/124 failures found (84.7%) and 9/172
correct texts flagged (5.2%). The writer's notes, verbatim:

Scenario: one night of enrich over Myntra women's Tops, Tunics, Kurtis and Kurtas, all model shots on the catalog's
white (once pale grey) backdrop, the model wearing other clothes with the product (jeans, leggings, churidars,
palazzos, skirts, a blazer or a denim jacket over the top, dupattas). The open questions are the experiments' own,
"Describe the top." and "What are the top details?", asked of every product whatever its category, plus a
"What is she wearing?" on most; the closed questions are the blind set's color, type, pattern and sleeve length and
a few yes/no "Is this a ...?" questions. Seller columns: title, category (article_type), color (base_colour),
gender; a few rows lack one of them, as the real feed does.

Who wrote what: the caption and every open answer come from Salesforce/blip2-opt-2.7b with the caption adapter at
epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for the caption and 30 for answers. Its
habits: the DeepFashion template ("The lady wears a medium-sleeve top with floral patterns. It has a round
neckline.") for the caption and often for the answers too; "pure color patterns" instead of hues in the template;
no hue names in most captions, hues in the short answers; kurtas called "dress", "shirt", "top" or "upper
clothing"; template sentences about accessories on the wrist, rings and hats whether or not the photo has them;
template fabrics; no end token, so some texts loop or run to the limit mid-phrase; the Question/Answer format
leaking back out. The closed answers come from enrich's --engine reference (one candidate picked), so they never
loop or stop short; their failures are wrong picks, often the color of the leggings, jeans or dupatta.

Labeling conventions and judgement calls:
- A text gets one label, its main failure; a text cut at the token limit while also wrong is labeled cut only when
  the cut is what is wrong with it.
- "cut" is a text that runs to its token limit and ends mid-phrase (hit_limit=True); "loop" is a text that repeats a
  phrase or sentence until the limit (hit_limit=True as well); texts that end cleanly stopped on their own.
- For a kurta, kurti or tunic, "top", "upper clothing", "shirt", "tunic" and "kurta" are accepted names; "dress"
  (caption or a yes to "Is this a dress?") is a contradiction, the seller's category and the legs shown below it say
  otherwise, even for the flared anarkali. A kurti answered "no" to "Is this a kurta?" is a contradiction too.
- A hue that belongs to another worn garment (leggings, jeans, skirt, blazer, dupatta, trousers) given as the top's
  color is other_garment_color, also when that hue is also a print color on the top (navy print on off-white, cream
  paisley on rust) and when the answer inverts ground and print (white top with green leaves for a green top with
  white leaves). Another garment given the top's color ("black top and black jeans" for light blue jeans) is a
  contradiction, as is a color no garment in the photo has.
- Shades within the seller's color group are correct (peach as pink, mustard as yellow, magenta as pink, off white
  and cream as white, charcoal as grey, turquoise blue as blue, olive as green). A white kurti with a dense blue
  print that the seller calls Blue may be called white with blue prints: judged against the photo.
- Template fabrics: "cotton" and "chiffon" (for georgette) are accepted where the photo fits and the title is silent;
  a fabric the photo or title rules out (leather, denim, silk for a cotton kurta, velvet for a satin top) is
  unsupported. Invented parts (pockets, zippers, belts, buttons at an unseen back, a hat, a ring, a bracelet, a
  necklace, a bag) are unsupported; a back fastening is unsupported when only the front is shown.
- A sleeve length that belongs to a jacket worn over a sleeveless top is a contradiction, not other_garment_color
  (that label is kept for colors).
- A one-word hue or a yes/no to an open question, "clothes" for what she is wearing, or a bare "top" is non_answer;
  an answer that only gives the question's words back ("The top details are the top details.", "What are the top
  details?", "Describe the top. The top is green.") is restated even when a short answer follows the echo.
- "His", "he", "the man" for a women's product is pronoun; "the lady", "she", "the woman" are right throughout.
- Caption sentences about the other garments are judged as descriptions of the photo: "a long-sleeve denim jacket"
  in the caption of a sleeveless crop top worn under a jacket is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, describe, details, is_a, wearing


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def top(text, failure=None, hit_limit=False):
    return describe("top", text, failure, hit_limit)


def top_details(text, failure=None, hit_limit=False):
    return details("top", text, failure, hit_limit)


BLIND_648 = [
    # photo: black sleeveless round-neck jersey top, light blue skinny jeans, hand on hip, white backdrop, front view;
    # caption and open answers by the epoch-3 caption adapter, closed answers by the reference engine
    case(
        "X648-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. This lady wears a long denim pants."
        ),
        top("The top is black with no sleeves and a round neckline."),
        top_details(
            "The tank top has no sleeves, cotton fabric and pure color patterns. The tank top has no sleeves, "
            "cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        she("She is wearing a black tank top and black jeans.", "contradiction"),
        title="Vero Moda Women Solid Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: off-white top with a small navy floral print, short flutter sleeves, V-neck, navy trousers, white
    # backdrop, front view; caption adapter epoch 3 for caption and open answers, reference engine for closed ones
    case(
        "X648-002",
        caption(
            "The lady wears a short-sleeve blouse with floral patterns. The blouse is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        top("The top is navy blue with floral patterns and short sleeves.", "other_garment_color"),
        top_details("It has a v-shape neckline and short flutter sleeves with floral patterns."),
        Q.color("white"),
        Q.pattern("floral"),
        Q.garment_type("top"),
        title="AND Women Printed Off White Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: maroon straight knee-length kurta with gold block print, three-quarter sleeves, mandarin collar, cream
    # churidar, cream dupatta over one shoulder, no jewellery, white backdrop; caption adapter epoch 3 (caption, open),
    # reference engine (closed)
    case(
        "X648-003",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is of knee length and with cotton "
            "fabric. It has a stand neckline.",
            "contradiction",
        ),
        top("The top is maroon with gold printed patterns and medium sleeves."),
        top_details(
            "The top has a stand collar, medium sleeves and graphic patterns. The top has a stand collar, medium "
            "sleeves and graphic patterns. The top has",
            "loop",
            hit_limit=True,
        ),
        Q.color("maroon"),
        is_a("kurta", "yes"),
        Q.sleeve_length("three-quarter"),
        she("She is wearing a maroon kurta, cream pants and a necklace.", "unsupported"),
        title="Biba Women Maroon Printed Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: cobalt blue rayon tunic with a white ikat-style print along the hem, sleeveless, round neck with keyhole
    # tie, white leggings, white backdrop, body turned a little; caption adapter epoch 3 and reference engine
    case(
        "X648-004",
        caption(
            "This woman wears a sleeveless top with graphic patterns. The top is with cotton fabric. It has a round "
            "neckline. She wears a long leggings with pure color patterns."
        ),
        top("The top is white with a round neckline and no sleeves.", "other_garment_color"),
        top_details("The top details are on the top.", "restated"),
        Q.color("blue"),
        Q.pattern("printed"),
        she("She is wearing a blue tunic and white leggings."),
        title="Global Desi Women Blue Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: light pink satin-look camisole top with thin straps, white wide-leg trousers, no jewellery, pale grey
    # backdrop; caption adapter epoch 3 (caption, open answers), reference engine (closed)
    case(
        "X648-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        top("The top is pink and it is sleeveless with thin straps."),
        top_details("The top has thin straps, no sleeves and a pure color pattern."),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.material("denim", "unsupported"),
        title="Mango Women Solid Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle-green A-line kurti with a white floral print, three-quarter sleeves, round neck, white palazzos,
    # no jewellery, white backdrop, front view; caption adapter epoch 3 and reference engine
    case(
        "X648-006",
        caption(
            "The lady wears a medium-sleeve top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears a ring.",
            "unsupported",
        ),
        top("The upper clothing has medium sleeves, cotton fabric and floral patterns. It is green and white."),
        top_details(
            "Question: What are the top details? Answer: The top has a round neckline and floral patterns.", "leak"
        ),
        Q.color("green"),
        Q.garment_type("kurta"),
        wearing("The woman is wearing a green kurti with white pants.", who="the woman"),
        title="Libas Women Green Printed Kurti",
        category="Kurtis",
        color="Green",
        gender="Women",
    ),
    # photo: boxy short-sleeve top in navy and white horizontal stripes, round neck, black jeans, white backdrop;
    # caption adapter epoch 3 (caption, open answers), reference engine (closed)
    case(
        "X648-007",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants."
        ),
        top("The top is navy blue and white striped with short sleeves."),
        top_details("The top has short sleeves, a round neckline and pure color patterns.", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        she("He is wearing a striped T-shirt and black jeans.", "pronoun"),
        title="Roadster Women Navy Blue Striped Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard straight kurta with small rust and white motifs, three-quarter sleeves, notched V-neck, rust
    # cropped trousers, holding a tan clutch, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-008",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a three-point pants with pure color patterns."
        ),
        top("The top is orange with medium sleeves.", "other_garment_color"),
        top_details("The top has a v-shape neckline, medium sleeves and graphic patterns. She is holding a bag."),
        Q.color("yellow"),
        is_a("kurta", "yes"),
        Q.material("The top is with leather fabric.", "unsupported"),
        she("She is wearing a yellow kurta and orange pants."),
        title="W Women Mustard Printed Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: white crochet-lace peplum top, short sleeves, round neck, dark blue denim shorts, white backdrop;
    # caption adapter epoch 3 and reference engine
    case(
        "X648-009",
        caption(
            "The lady wears a short-sleeve blouse with other patterns. It has a round neckline. The lady wears a "
            "three-point shorts. The shorts are with denim fabric and pure color patterns."
        ),
        top("white", "non_answer"),
        top_details(
            "the lace, the sleeves, the neckline, the lace, the sleeves, the neckline, the lace, the sleeves, the "
            "neckline, the lace, the",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        wearing("The person is wearing a white lace top and blue denim shorts."),
        title="Forever 21 Women White Lace Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: teal straight kurta with a silver foil-printed yoke, long sleeves, round neck, white leggings, white
    # backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-010",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is of knee length. It has a round "
            "neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        top("The top is teal with a printed yoke and long sleeves."),
        top_details(
            "The top has a round neckline, long sleeves and a printed yoke. Question: What is the color of the top? "
            "Answer: teal",
            "leak",
            hit_limit=True,
        ),
        Q.color("teal"),
        Q.sleeve_length("long"),
        is_a("dress", "no"),
        Q.material("The top is with leather fabric and graphic patterns.", "unsupported"),
        title="Aurelia Women Teal Printed Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: red off-shoulder top with a ruffle along the neckline, long sleeves, black skinny trousers, white
    # backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-011",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers.",
            "unsupported",
        ),
        top("The top is red with an off-shoulder neckline and long sleeves."),
        top_details(
            "The top has a ruffled off-shoulder neckline, long sleeves and a pure color pattern, the sleeves are long "
            "and the neckline is off the shoulder and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.sleeve_length("short", "contradiction"),
        she("He is wearing a red shirt and black pants.", "pronoun"),
        title="Only Women Red Off-Shoulder Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: indigo hand-block-printed cotton kurta with small white buti motifs, three-quarter sleeves, mandarin
    # collar with a button placket, white churidar, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-012",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long pants with pure color patterns."
        ),
        top("The top is blue with white prints and short sleeves.", "contradiction"),
        top_details("The top has buttons at the front, a stand collar and medium sleeves."),
        Q.color("navy blue"),
        Q.material("silk", "unsupported"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        is_a("kurta", "yes"),
        she("She is wearing a blue kurta and white pants."),
        title="Fabindia Women Indigo Cotton Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange knit top, long sleeves, crew neck, knot at the front hem, black leggings, no watch or
    # bracelet, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-013",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. There is an accessory on her wrist.",
            "unsupported",
        ),
        top("The top is grey with long sleeves and a knot at the front."),
        top_details("The top details are the top details.", "restated"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        she(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Chemistry Women Grey Melange Knot Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: peach georgette tunic with a multicolour floral print, flared three-quarter sleeves, V-neck, peach
    # leggings, front only, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-014",
        caption(
            "The lady wears a medium-sleeve blouse with floral patterns. The blouse is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long leggings."
        ),
        top("The top is peach with floral patterns and flared sleeves."),
        top_details(
            "The top has a v-shape neckline, medium sleeves and floral patterns, and a zipper on the back.",
            "unsupported",
        ),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.garment_type("dress", "contradiction"),
        she(
            "The lady wears a medium-sleeve blouse with floral patterns. The blouse is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long leggings. The leggings are",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Women Peach Printed Tunic",
        category="Tunics",
        color="Peach",
        gender="Women",
    ),
    # photo: black top with white polka dots, cap sleeves, round neck, tucked into a red midi skirt, white backdrop;
    # caption adapter epoch 3 and reference engine
    case(
        "X648-015",
        caption(
            "The lady wears a short-sleeve blouse with graphic patterns. It has a round neckline. The lady wears a "
            "three-quarter skirt. The skirt is with chiffon fabric and pure color patterns."
        ),
        top("The top is red with short sleeves.", "other_garment_color"),
        top_details("The top has white dots, short sleeves and a round neckline. It is tucked into the skirt."),
        Q.color("black"),
        Q.pattern("polka dot"),
        is_a("skirt", "yes", "contradiction"),
        she("She is wearing a black and white polka dot top and a red skirt."),
        title="Kraus Women Black Polka Dot Print Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: cream straight kurta with pink thread embroidery round the neckline, sleeveless, round neck, pink straight
    # pants, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-016",
        caption(
            "The lady wears a sleeveless upper clothing with pure color patterns. It has a round neckline. The lady "
            "wears long pants. The pants are with cotton fabric and pure color patterns. The lady wears a sleeveless "
            "upper clothing with pure color patterns. It has a round",
            "loop",
            hit_limit=True,
        ),
        top("The top is pink with no sleeves and embroidery on the neckline.", "other_garment_color"),
        top_details("The top has embroidery around the neckline and no sleeves."),
        Q.color("cream"),
        Q.sleeve_length("long", "contradiction"),
        is_a("kurta", "yes"),
        she("She is wearing clothes.", "non_answer"),
        title="Rangriti Women Cream Embroidered Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: olive utility shirt-style top, two chest flap pockets, long sleeves rolled up with tabs, collar, button
    # front, white jeans, white backdrop; caption adapter epoch 3 and reference engine (no failure in this product)
    case(
        "X648-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long denim pants."
        ),
        top("The top is green with pockets on the chest and buttons in the front."),
        top_details("The top has two pockets on the chest, roll-up sleeves and a collar."),
        Q.color("olive"),
        Q.pattern("solid"),
        she("She is wearing an olive green shirt and white jeans."),
        title="Tokyo Talkies Women Olive Solid Shirt Style Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: white kurti covered in a dense indigo-blue floral block print, three-quarter sleeves, round neck, blue
    # palazzos, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-018",
        caption(
            "The lady wears a medium-sleeve top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        top("The top is white with blue floral prints and medium sleeves."),
        top_details(
            "The top has a round neckline and medium sleeves, a round neckline and medium sleeves, a round neckline "
            "and medium sleeves, a round neckline",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("floral"),
        she("She is wearing a white and blue printed top and blue palazzo pants."),
        title="Jaipur Kurti Women Blue Floral Printed Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: lemon yellow sleeveless top with ruffled tiers, square neck, light-wash jeans, sunglasses pushed up on
    # her head, no hat, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a square neckline. The lady wears a long denim pants. There is a hat in her head.",
            "unsupported",
        ),
        top("The top is yellow with ruffles and no sleeves."),
        top_details("yes", "non_answer"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        Q.material("The top is with denim fabric.", "unsupported"),
        she("She is wearing a yellow top and blue jeans with sunglasses on her head."),
        title="Miss Chase Women Yellow Ruffled Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: magenta flared anarkali-style kurta with a gold zari border at the hem, long sleeves, round neck, beige
    # churidar, full length, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. It has a round "
            "neckline.",
            "contradiction",
        ),
        top("The top is pink with a gold border at the bottom."),
        top_details(
            "The top has long sleeves, a round neckline and a gold border at the bottom of the top, the border is "
            "gold and the sleeves are long and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        is_a("kurta", "yes"),
        Q.garment_type("kurta"),
        she("His kurta is pink with a golden border.", "pronoun"),
        title="Anouk Women Magenta Flared Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: orange top with three-quarter bell sleeves and a boat neck, white trousers, front view only, white
    # backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-021",
        caption(
            "The lady wears a medium-sleeve blouse with pure color patterns. It has a round neckline. It has a round "
            "neckline. It has a round neckline. It has a round neckline. It has a round neckline. It has a round "
            "neckline. It has a",
            "loop",
            hit_limit=True,
        ),
        top("The top is orange with bell sleeves."),
        top_details("The top has a boat neckline, bell sleeves and a button at the back of the neck.", "unsupported"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("three-quarter"),
        she(
            "The lady wears a medium-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It has "
            "a round neckline."
        ),
        title="Harpa Women Orange Solid Bell Sleeve Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: purple short kurti with a black and gold geometric print, short sleeves, mandarin collar, no pockets,
    # black leggings, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-022",
        caption(
            "His shirt has short sleeves, cotton fabric and graphic patterns. It has a stand neckline. The man wears "
            "long leggings.",
            "pronoun",
        ),
        top("The top is purple with black and gold prints."),
        top_details("The top has a stand collar, short sleeves and pockets on the sides.", "unsupported"),
        Q.color("black", "other_garment_color"),
        Q.pattern("geometric"),
        Q.garment_type("kurta"),
        title="Biba Women Purple Printed Kurti",
        category="Kurtis",
        color="Purple",
        gender="Women",
    ),
    # photo: white shirt-style top with thin black pinstripes, long sleeves, collar, button front, worn under an open
    # black blazer, black trousers, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-023",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. It has a lapel neckline. The lady wears a "
            "long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady wears long "
            "trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        top("The top is black with long sleeves and a collar.", "other_garment_color"),
        top_details("The top has thin black stripes, a collar and buttons down the front."),
        Q.color("white"),
        Q.pattern("striped"),
        is_a("jacket", "yes", "contradiction"),
        she("She is wearing a white shirt, a black jacket and black pants."),
        title="Mast & Harbour Women White Striped Shirt Style Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: beige tunic with side slits, long sleeves rolled to the elbow, notched round neck, olive trousers, white
    # backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-024",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. The lady wears long trousers. Question: What is the lady wearing? Answer: The lady",
            "leak",
            hit_limit=True,
        ),
        top("beige", "non_answer"),
        top_details("The top has slits on the sides and a notch at the neckline."),
        Q.color("beige"),
        Q.sleeve_length("long"),
        Q.garment_type("dress", "contradiction"),
        Q.material("cotton"),
        title="W Women Beige Solid Tunic",
        category="Tunics",
        color="Beige",
        gender="Women",
    ),
    # photo: wrap-front top with red, yellow and green flowers on a black ground, short sleeves, V-neck, plain sleeves
    # without trim, blue jeans, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-025",
        caption(
            "The lady wears a short-sleeve blouse with floral patterns. It has a v-shape neckline. The lady wears a "
            "long denim pants. The lady wears a short-sleeve blouse with floral patterns. It has a v-shape neckline. "
            "The lady",
            "loop",
            hit_limit=True,
        ),
        top("The top is black with red and yellow flowers."),
        top_details("The top has a wrap front, short sleeves and lace trim on the sleeves.", "unsupported"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        she("She is wearing a floral top and blue jeans."),
        title="Vero Moda Women Black Floral Print Wrap Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: rust kurta with a cream paisley print and an asymmetric hem, three-quarter sleeves, round neck with a
    # tassel tie, no belt, cream palazzos, silver jhumkas, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-026",
        caption(
            "The lady wears a medium-sleeve top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears long pants with pure color patterns. This lady wears earrings."
        ),
        top("The top is cream with paisley prints.", "other_garment_color"),
        top_details(
            "The top has tassels at the neckline, medium sleeves and an asymmetric hem with a belt at the waist.",
            "unsupported",
        ),
        Q.color("orange"),
        Q.pattern("solid", "contradiction"),
        she("She is wearing an orange kurta, white palazzo pants and earrings."),
        title="Global Desi Women Rust Printed Asymmetric Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: lavender ribbed-knit crop top, short puff sleeves, square neck, high-waist white jeans, white backdrop;
    # caption adapter epoch 3 and reference engine
    case(
        "X648-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitted fabric. It "
            "has a square neckline. The lady wears a long denim pants. The lady wears a short-sleeve T-shirt with "
            "pure color patterns. The T-shirt is with knitted",
            "loop",
            hit_limit=True,
        ),
        top("The top is white with puff sleeves.", "other_garment_color"),
        top_details("The top has puff sleeves, a square neckline and a ribbed knit."),
        Q.color("purple"),
        Q.sleeve_length("short"),
        she("He is wearing a purple top and white jeans.", "pronoun"),
        title="Only Women Lavender Ribbed Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black straight kurta with white chikankari-style floral embroidery on the front and the sleeves, long
    # sleeves, round neck, white churidar, white dupatta, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-028",
        caption(
            "Question: What is the lady wearing? Answer: The lady wears a long-sleeve upper clothing with floral "
            "patterns. It has a round neckline.",
            "leak",
        ),
        top("The top is black with white embroidery and long sleeves."),
        top_details(
            "The top has white floral embroidery on the front and on the sleeves, a round neckline and long sleeves, "
            "and the embroidery is on the front and",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.pattern("embroidered"),
        title="Libas Women Black Chikankari Embroidered Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: navy top with white polka dots, cold-shoulder cut-outs, short sleeves, round neck, beige trousers, white
    # backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-029",
        caption(
            "The lady wears a short-sleeve blouse with graphic patterns. It has a round neckline. The lady wears long "
            "trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        top("The top is blue with white dots and cut-out shoulders."),
        top_details(
            "Question: What are the top details? Answer: The top has cold shoulders. Question: What is the color of "
            "the top? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        title="Femella Women Navy Blue Polka Dot Cold Shoulder Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sea-green tunic with a white embroidered yoke, three-quarter sleeves, V-neck, side slits, no pockets,
    # white slim pants, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-030",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns. It has a v-shape neckline. The lady wears "
            "long pants."
        ),
        top("Describe the top. The top is green.", "restated"),
        top_details(
            "The top has a v-shape neckline, embroidery on the yoke and two pockets on the front.", "unsupported"
        ),
        Q.color("green"),
        Q.garment_type("tunic"),
        wearing("A green tunic and white pants.", who="the woman"),
        title="Aurelia Women Sea Green Embroidered Tunic",
        category="Tunics",
        color="Sea Green",
        gender="Women",
    ),
    # photo: maroon velvet wrap top, long sleeves, V-neck, black cotton skater skirt (not leather), white backdrop;
    # caption adapter epoch 3 and reference engine
    case(
        "X648-031",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. It has a v-shape neckline. The lady wears "
            "a short skirt. The skirt is with leather fabric and pure color patterns.",
            "unsupported",
        ),
        top("The top is maroon with long sleeves and a wrap front."),
        top_details("The details of the top are the top's details.", "restated"),
        Q.color("maroon"),
        Q.material("velvet"),
        Q.sleeve_length("long"),
        she("yes", "non_answer"),
        title="Forever 21 Women Maroon Velvet Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: white tee-style top with a black "PARIS" text print, short sleeves, crew neck, black trousers, white
    # backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-032",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears long trousers with pure color patterns."
        ),
        top("The top is black with short sleeves and a graphic print.", "other_garment_color"),
        top_details(
            "It has a print that says paris paris paris paris paris paris paris paris paris paris paris paris paris "
            "paris paris paris paris paris paris paris paris",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("graphic"),
        she(
            "She is wearing a white T-shirt with a print and black pants. Question: What is the color of the "
            "pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        title="Sassafras Women White Printed Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: baby-pink anarkali kurta with a gold foil print, long sheer sleeves, round neck, pink churidar, gold
    # dupatta, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-033",
        caption(
            "The lady wears a long-sleeve top with graphic patterns. The top is with chiffon fabric. It has a round "
            "neckline. The lady wears long pants. The pants are with cotton fabric and pure color patterns. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        top("The top is pink with gold prints and long sheer sleeves."),
        top_details("top", "non_answer"),
        Q.color("gold", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        Q.garment_type("kurta"),
        title="Biba Women Pink Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-blue chambray denim top, sleeveless, collar, button front, no pockets, white shorts, white backdrop;
    # caption adapter epoch 3 and reference engine
    case(
        "X648-034",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts."
        ),
        top("The top is blue denim with buttons and no sleeves."),
        top_details(
            "The top has buttons on the front, a collar, no sleeves and two pockets on the chest.", "unsupported"
        ),
        Q.color("blue"),
        Q.material("denim"),
        Q.sleeve_length("long", "contradiction"),
        she("She is wearing a blue shirt and blue shorts.", "contradiction"),
        title="Mango Women Blue Sleeveless Denim Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey jersey top, long sleeves, cowl neck, black leggings, white backdrop; caption adapter epoch
    # 3 and reference engine
    case(
        "X648-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears long leggings.",
            "contradiction",
        ),
        top("The top is black with long sleeves and a cowl neck.", "other_garment_color"),
        top_details("The top has a cowl neck and long sleeves."),
        Q.color("grey"),
        Q.sleeve_length("long"),
        she("top", "non_answer"),
        title="Span Women Charcoal Cowl Neck Top",
        category="Tops",
        color="Charcoal",
        gender="Women",
    ),
    # photo: red cotton tunic with a black and white tribal print on the hem and the cuffs, three-quarter sleeves,
    # round neck with a tie-up, black jeggings, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-036",
        caption(
            "The lady wears a medium-sleeve upper clothing with graphic patterns. The upper clothing is with cotton "
            "fabric. It has a round neckline. The lady wears long leggings. The leggings are with denim fabric and "
            "pure color patterns."
        ),
        top(
            "the top is red, the top is red, the top is red, the top is red, the top is red, the top is red, the top "
            "is",
            "loop",
            hit_limit=True,
        ),
        top_details("The top has a tie at the neckline and a printed border on the hem and the sleeves."),
        Q.color("red"),
        Q.pattern("printed"),
        Q.garment_type("tunic"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Folklore Women Red Printed Tunic",
        category="Tunics",
        color="Red",
        gender="Women",
    ),
    # photo: black crop top with spaghetti straps and a square neck, worn under an open light-blue denim jacket, black
    # jeans, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-037",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The lady wears a long denim pants."
        ),
        top("The top is blue with long sleeves.", "other_garment_color"),
        top_details("The top has thin straps and a square neckline."),
        Q.color("black"),
        Q.sleeve_length("long", "contradiction"),
        she("She is wearing a black crop top, a denim jacket and black jeans."),
        title="Kook N Keech Women Black Strappy Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: off-white kurti with a small red and green floral print, short sleeves, round neck with potli buttons,
    # red cigarette pants, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-038",
        caption(
            "The lady wears a short-sleeve top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears long trousers with pure color patterns."
        ),
        top("The top is red with floral prints.", "other_garment_color"),
        top_details("The top has buttons at the neckline and short sleeves. Her pants are red."),
        Q.color("white"),
        Q.pattern("floral"),
        Q.garment_type("t-shirt", "contradiction"),
        she("Question: What is she wearing? Answer: She is wearing a white kurta and red pants.", "leak"),
        title="Rangriti Women Off White Floral Printed Kurti",
        category="Kurtis",
        color="Off White",
        gender="Women",
    ),
    # photo: mustard top with a keyhole neck and short ruched sleeves, tucked into navy culottes, white backdrop;
    # caption adapter epoch 3 and reference engine
    case(
        "X648-039",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. It has a round neckline. The lady wears "
            "three-quarter pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        top("The top is a top that is worn on the top.", "restated"),
        top_details("The top has a keyhole neckline and ruched sleeves."),
        Q.color("yellow"),
        Q.material("silk", "unsupported"),
        she("She wears a yellow top and blue pants."),
        title="AND Women Mustard Keyhole Neck Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: turquoise-blue kurta with a white floral block print, three-quarter sleeves, V-neck, white leggings, a
    # white dupatta held in one hand, no bag, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-040",
        caption(
            "The lady wears a medium-sleeve top with floral patterns. It has a v-shape neckline. The lady wears long "
            "leggings. The lady is holding a bag.",
            "unsupported",
        ),
        top("The top is turquoise blue with white flowers."),
        top_details("What are the top details?", "restated"),
        Q.color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        she("She is wearing a blue kurta with white leggings and a white scarf."),
        title="W Women Turquoise Blue Floral Print Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: chocolate-brown satin top, long balloon sleeves with cuffs, high neck with a tie bow, black trousers,
    # white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-041",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has "
            "a stand neckline. The lady wears long trousers."
        ),
        top("The top is brown with a bow at the neck, puffy sleeves and a zip at the back.", "unsupported"),
        top_details(
            "the sleeves, the neckline, the bow, the sleeves, the neckline, the bow, the sleeves, the neckline, the "
            "bow, the sleeves,",
            "loop",
            hit_limit=True,
        ),
        Q.color("brown"),
        Q.sleeve_length("long"),
        she("She is wearing a brown top and brown pants.", "contradiction"),
        title="Athena Women Brown Tie-Up Neck Satin Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: tunic with a pink, orange and purple abstract print on white, long sleeves, round neck, blue jeans, white
    # backdrop; caption adapter epoch 3 and reference engine; the feed row has no color
    case(
        "X648-042",
        caption(
            "The lady wears a long-sleeve top with graphic patterns. It has a round neckline. The lady wears a long "
            "denim pants."
        ),
        top("The top is blue with long sleeves.", "other_garment_color"),
        top_details(
            "The top has a round neckline and long sleeves with graphic patterns. The lady wears a long denim pants. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("tunic"),
        she("She is wearing a printed tunic and blue jeans."),
        title="Ira Soleil Women Printed Tunic",
        category="Tunics",
        gender="Women",
    ),
    # photo: bright yellow kurti with white lace trim at the hem and the sleeves, short sleeves, V-neck, white
    # churidar, white backdrop; caption adapter epoch 3 and reference engine; the feed row has no category
    case(
        "X648-043",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. It has a v-shape neckline. The lady wears "
            "long pants with pure color patterns."
        ),
        top("The top is orange with white lace on the sleeves and the hem.", "contradiction"),
        top_details(
            "The top has short sleeves and lace trim, lace trim, lace trim, lace trim, lace trim, lace trim, lace "
            "trim, lace trim",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        is_a("kurta", "no", "contradiction"),
        Q.sleeve_length("short"),
        Q.material("The top is with cotton fabric and lace."),
        title="Mytri Women Yellow Lace Detail Kurti",
        color="Yellow",
        gender="Women",
    ),
    # photo: green top with a white leaf print, sleeveless with ruffled shoulders, V-neck, no pockets, white skirt,
    # white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-044",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short skirt with pure color patterns."
        ),
        top("The top is white with green leaves.", "other_garment_color"),
        top_details("The top has ruffles on the shoulders and a v-neck. It has a pocket on the chest.", "unsupported"),
        Q.color("green"),
        Q.pattern("floral"),
        she("he is wearing a green tank top and a white skirt", "pronoun"),
        title="Only Women Green Leaf Print Ruffle Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: grey handloom cotton kurta with thin white vertical stripes, long sleeves rolled to the elbow, mandarin
    # collar, front placket, white pyjama pants, white backdrop; caption adapter epoch 3 and reference engine; the
    # feed row has no gender
    case(
        "X648-045",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a stand "
            "neckline. The lady wears long pants."
        ),
        top("The top is white with grey stripes and a stand collar.", "other_garment_color"),
        top_details(
            "Answer: The top has stripes and a collar. Question: What is the pattern of the top? Answer: striped",
            "leak",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.pattern("solid", "contradiction"),
        Q.material("cotton"),
        title="Fabindia Women Grey Striped Handloom Cotton Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # photo: peach chiffon blouse with a pleated front, short flutter sleeves, round neck, dark blue jeans, no
    # jewellery or watch, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X648-046",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has "
            "a round neckline. The lady wears a long denim pants. There is an accessory on her wrist. The lady wears "
            "a ring.",
            "unsupported",
        ),
        top("The top is peach with pleats in the front and short sleeves."),
        top_details(
            "The top has pleats on the front, short sleeves and a round neckline, the pleats are on the front and the "
            "sleeves are short and the neckline is round and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("short"),
        she("She is wearing a peach blouse and blue jeans."),
        title="Chemistry Women Peach Pleated Blouse Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
]
