"""BLIND_1157 (46 products; Myntra women's ethnic wear, caption adapter epoch 3): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 118/133 failures found (88.7%) and 32/194 correct texts flagged
(16.5%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed (Sarees, Lehenga Choli, Kurtas and Kurta Sets for anarkalis, Ethnic
Dresses for gowns; two girls' rows). Catalog photos: a model wearing the product, mostly on a white or grey studio
backdrop, a few against a pink wall, a curtain, plants or with a chair; blouses, dupattas, churidars, palazzos and
jewellery that are not the product are in nearly every shot.

Who wrote what: captions and open answers (wearing, describe, details, material, open color questions) come from
BLIP-2 OPT-2.7b with the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption). Its habits: the
DeepFashion template ("The lady is wearing a long-sleeve dress with pure color patterns. The dress is ankle-length.
There is an accessory on her wrist."), "dress" or "long skirt" for ethnic garments, the template returned for a
question it should answer, no trained end token (enrich stops on the newline, which it emits most of the time, but
some texts run to the 30/50 token limit and loop or stop mid-phrase), the `Question: ... Answer:` format echoed back.
Closed answers (garment_type, color, pattern, sleeve_length, color_of, is_a) come from enrich's `--engine reference`
ranking the candidates with the same model: one candidate value, never looped or cut, but often the wrong one
(the blouse's or dupatta's color, the wall's color, the print's color).

Labeling conventions and judgement calls:
- One label per text: the failure a reader would notice first. A text that ran to its limit is labeled loop when it
  repeats and cut when it stops mid-phrase, even when it also invents a detail; a text that echoes `Question:` is a
  leak even when it also hit the limit.
- The product is the seller's article: the saree (not its blouse), the lehenga skirt (not the choli or dupatta), the
  anarkali kurta (not the churidar, palazzos or dupatta), the gown. A product color taken from the blouse, dupatta,
  churidar, palazzos or a belt is other_garment_color. A product color taken from the print, the border, a wall, a
  chair or plants is contradiction (no other garment has it). Another garment given the product's color (the blouse
  "orange" like the saree) is contradiction.
- Shade families count as the same color: magenta/pink, teal/blue, turquoise/blue, cream/off white/white, lavender
  or mauve/purple, burgundy/maroon, mustard/yellow, rust/orange.
- "dress" for an anarkali or a gown is correct; "long skirt" for a lehenga skirt is correct; "dress" for a saree is
  a contradiction (the seller's category says otherwise); "scarf" for a dupatta is correct.
- Material: a fabric other than the one the title names is a contradiction; where the title names none, a fabric the
  photo makes plausible (sheen, drape) is correct and one the photo rules out (denim, leather, wool, furry,
  knitting) or a hand-work claim nobody can see is unsupported.
- Accessories, closures, pockets, tiaras, hats or glasses not in the photo are unsupported; bangles are "an
  accessory on her wrist".
- A one-word answer, a color alone or an empty string to an open question, and the caption template returned for an
  open color question, are non_answer; the question's own words given back are restated.
- he/his/the man for a woman or girl is pronoun.
- On sleeves of a saree or lehenga the blouse's sleeves count.
- One cut (X1157-046 details) did not hit the limit: the adapter emitted its newline after "a", as it sometimes does;
  it is labeled cut with hit_limit False.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1157 = [
    # photo: magenta georgette saree with a gold zari border, pallu over the left shoulder, matching magenta
    # short-sleeve blouse, gold jhumkas and bangles, white backdrop, front view. Epoch-3 caption adapter; reference
    # engine for the closed answers.
    case(
        "X1157-001",
        caption(
            "The lady is wearing a pink saree with a golden border. There is an accessory on her wrist. "
            "She wears earrings."
        ),
        wearing("a pink saree with a gold border"),
        Q.color("pink"),
        Q.pattern("solid"),
        color_of("blouse", "gold", "contradiction"),
        Q.material("The saree is with chiffon fabric.", "contradiction"),
        details(
            "saree",
            "The saree has a golden border and the pallu is draped over her shoulder. The blouse has short sleeves.",
        ),
        title="Mitera Magenta & Gold-Toned Zari Border Georgette Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: maroon velvet lehenga skirt with gold embroidery, maroon choli with elbow sleeves, beige net dupatta with
    # a gold border over both shoulders, maang tikka, white backdrop. Epoch-3 caption adapter; reference engine.
    case(
        "X1157-002",
        caption(
            "The lady is wearing a maroon long skirt with floral patterns. Her top has medium sleeves and it is "
            "with velvet fabric. There is a scarf around her neck. The lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "maroon"),
        color_of("dupatta", "beige"),
        Q.color("beige", "other_garment_color"),
        Q.garment_type("lehenga choli"),
        wearing("The lady is wearing a beige dupatta with a beige lehenga and a beige blouse", "other_garment_color"),
        details("lehenga", "The lehenga has gold embroidery on the skirt and a net dupatta with a gold border."),
        is_a("saree", "no"),
        Q.material("velvet"),
        title="Inddus Maroon & Beige Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue cotton anarkali kurta with a small white floral print, three-quarter sleeves, round neck,
    # calf length, white churidar leggings, silver jhumkas, no dupatta, white backdrop. Epoch-3 adapter; reference.
    case(
        "X1157-003",
        caption(
            "The lady is wearing a three-quarter-sleeve dress with floral patterns. The dress is of long length "
            "and its neckline is round. The lady wears a pair of white leggings."
        ),
        wearing("a blue floral dress and white leggings"),
        Q.color("white", "other_garment_color"),
        color_of("kurta", "navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurta", "the kurta is navy blue with small white flowers and a flared hem"),
        Q.material(
            "The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton "
            "fabric. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Navy Blue & White Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow georgette flared ethnic maxi dress, mirror work on the yoke, full sleeves, a ring on her
    # right hand, no dupatta, white backdrop, front view. Epoch-3 adapter; reference engine.
    case(
        "X1157-004",
        caption(
            "The woman is wearing a long-sleeve yellow dress with pure color patterns. The dress is "
            "ankle-length. There is a ring on her finger."
        ),
        wearing("a yellow dress"),
        Q.garment_type("dress"),
        Q.pattern("striped", "contradiction"),
        details("dress", "Question: What are the dress details? Answer: the dress has long sleeves", "leak"),
        Q.sleeve_length("long sleeves"),
        Q.material("The dress is with denim fabric.", "unsupported"),
        title="Aks Women Mustard Yellow Embellished Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white cotton saree with a wide red border (laal paar), red short-sleeve blouse, red bindi, shakha
    # pola bangles, grey backdrop, front view. Epoch-3 adapter; reference engine.
    case(
        "X1157-005",
        caption(
            "The lady is wearing a white saree with a red border. The saree is with cotton fabric. There is an "
            "accessory on her wrist."
        ),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red"),
        is_a("saree", "yes"),
        wearing(
            "she is wearing a white saree with a red border and a red blouse. she is wearing a red bindi and bangles"
        ),
        Q.material("cotton"),
        describe(
            "saree",
            "the saree is a white saree with a red border and the saree is a white saree with a red "
            "border and the saree is a white",
            "loop",
            hit_limit=True,
        ),
        title="Saree mall Off White & Red Pure Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: a girl of about eight in a pink and gold sequinned lehenga, sleeveless pink choli, white net dupatta,
    # white backdrop, front view. Epoch-3 adapter; reference engine.
    case(
        "X1157-006",
        caption("a little girl wearing a pink lehenga with a gold border and a dupatta"),
        wearing("he is wearing a pink lehenga", "pronoun", who="the girl"),
        Q.color("pink"),
        color_of("dupatta", "pink", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("lehenga", "yes"),
        details("lehenga", "The lehenga has pom-pom tassels on the waist tie and a can-can underskirt.", "unsupported"),
        title="Biba Girls Pink & Gold-Toned Embellished Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: bottle green silk-blend anarkali kurta with a gold zari yoke, full sleeves, green churidar, gold-toned
    # dupatta over one shoulder, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-007",
        caption(
            "The woman is wearing a green long-sleeve dress with pure color patterns. The dress is long-length. "
            "There is a scarf on her shoulder."
        ),
        Q.garment_type("kurta"),
        color_of("dupatta", "gold"),
        Q.color("gold", "other_garment_color"),
        details(
            "kurta",
            "The kurta has a gold yoke with zari work, the kurta has a gold yoke with zari work, the "
            "kurta has a gold yoke with zari",
            "loop",
            hit_limit=True,
        ),
        Q.material("The dress is made of 100% pure silk with hand-done zardozi embroidery", "unsupported"),
        wearing("Question: What is the person wearing? Answer: a green dress", "leak"),
        title="Anouk Women Green Yoke Design Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: burgundy velvet ethnic maxi gown, full sleeves, round neck, gold embroidered yoke, open hair, beige
    # studio backdrop, side pose. Epoch-3 adapter; reference engine.
    case(
        "X1157-008",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is ankle-length. The "
            "dress is with velvet fabric. The neckline of the dress is round."
        ),
        Q.color("maroon"),
        Q.material("velvet"),
        describe("dress", "describe the dress in detail", "restated"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("he is wearing a maroon velvet dress with long sleeves", "pronoun"),
        details(
            "dress",
            "The dress has gold embroidery on the yoke, long sleeves with gold cuffs and a round neck "
            "with a keyhole opening at the back and a",
            "cut",
            hit_limit=True,
        ),
        title="Inddus Women Burgundy Embroidered Velvet Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: teal Kanjeevaram silk-blend saree with a wide gold temple border and small gold buttas, contrast mustard
    # blouse with elbow sleeves, gold temple necklace, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-009",
        caption(
            "The lady is wearing a blue saree with a golden border and a yellow blouse. The lady wears a necklace."
        ),
        color_of("saree", "yellow", "other_garment_color"),
        color_of("blouse", "mustard"),
        Q.pattern("woven design"),
        Q.material("silk"),
        details(
            "saree",
            "the saree has a wide gold border with a temple design, small gold buttas all over the "
            "body and a rich gold pallu with",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "no"),
        wearing("The lady is wearing a blue saree and a yellow blouse. She wears glasses and a watch.", "unsupported"),
        title="Kalamandir Teal & Mustard Woven Design Kanjeevaram Silk Blend Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: powder blue net lehenga with silver sequins, matching sleeveless blouse and blue net dupatta, bangles,
    # white backdrop, front view. Epoch-3 adapter; reference engine.
    case(
        "X1157-010",
        caption("The lady is wearing a blue lehenga with silver sequins and a matching blouse and dupatta."),
        Q.color("blue"),
        Q.pattern("embellished"),
        Q.garment_type("saree", "contradiction"),
        Q.material("net"),
        wearing(
            "The lady is wearing a sleeveless top and a long skirt with pure color patterns. The skirt is "
            "ankle-length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        describe(
            "lehenga",
            "The lehenga is sky blue with silver sequins and has a mirror work belt and a potli bag.",
            "unsupported",
        ),
        title="Fusionic Women Blue Embellished Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: peach georgette anarkali with white chikankari floral embroidery, three-quarter sleeves, V neck, peach
    # dupatta, white palazzos, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-011",
        caption(
            "The lady is wearing a long dress with floral patterns. The dress is ankle-length. The neckline of "
            "it is V-shape. The lady wears a pair of white pants."
        ),
        Q.color("peach"),
        Q.pattern("embroidered"),
        color_of("palazzos", "white"),
        describe("kurta", "The kurta is pink with a floral print. The palazzos are pink too.", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        details("kurta", "the details of the kurta are the details", "restated"),
        title="House of Pataudi Women Peach-Coloured Chikankari Embroidered Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: rust orange cotton A-line knee-length ethnic dress with small black block-print motifs, short flutter
    # sleeves, tie-up neck, black mojaris, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-012",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is knee-length. The "
            "dress is with cotton fabric. The lady wears a pair of shoes."
        ),
        Q.color("orange"),
        Q.pattern("printed"),
        wearing("yes", "non_answer"),
        Q.material("cotton"),
        is_a("dress", "yes"),
        details(
            "dress", "The dress has a sweetheart neckline with a zipper at the back and side pockets.", "unsupported"
        ),
        describe(
            "dress",
            "The dress is orange with black prints. Question: What is the material of the dress? Answer: cotton",
            "leak",
        ),
        color_of("dress", "black", "other_garment_color", kind="open"),
        title="Sangria Women Rust Orange Printed Cotton A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: black chiffon saree with a silver sequin border, black sleeveless blouse, silver earrings, model in
    # profile, grey backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-013",
        caption("The lady is wearing a sleeveless black saree with a silver border. She wears earrings."),
        Q.color("black"),
        Q.material(
            "The saree is with chiffon fabric and it has pure color patterns. The saree is with chiffon "
            "fabric and it has pure color patterns. The saree is",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embellished"),
        details("saree", "saree", "non_answer"),
        wearing("The man is wearing a black saree with a silver border.", "pronoun"),
        title="Mitera Black Embellished Sequinned Pure Chiffon Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: mustard cotton lehenga with multicolour mirror work and gota patti, mustard choli with short sleeves,
    # green dupatta, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-014",
        caption("The lady is wearing a yellow lehenga with mirror work and a green dupatta."),
        color_of("lehenga", "green", "other_garment_color"),
        color_of("dupatta", "green"),
        Q.material("The lehenga is with silk fabric.", "contradiction"),
        wearing("She is wearing a yellow lehenga. Question: What is the color of the dupatta? Answer: green", "leak"),
        is_a("lehenga", "yes"),
        Q.pattern("embellished"),
        title="Jaipur Kurti Women Mustard & Green Mirror Work Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: white cotton anarkali kurta with a red floral print, full sleeves, white churidar, red dupatta, glass
    # bangles, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-015",
        caption(
            "The woman is wearing a red long-sleeve dress with floral patterns. The dress is long-length. There "
            "is an accessory on her wrist.",
            "other_garment_color",
        ),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        color_of("dupatta", "red"),
        describe(
            "kurta",
            "The kurta is white with red flowers and long sleeves. It is worn with a red dupatta and white churidar.",
        ),
        Q.material(
            "The dress is with cotton fabric. The lady wears a ring on her finger and there is an accessory "
            "on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women White & Red Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: emerald green satin ethnic maxi gown, sheer full sleeves, round neck, a band of gold foil geometric print
    # on the hem, white backdrop; the feed row has no gender. Epoch-3 adapter; reference engine.
    case(
        "X1157-016",
        caption(
            "The lady is wearing a green long-sleeve dress with graphic patterns. The dress is ankle-length and "
            "it is with satin fabric."
        ),
        Q.color("green"),
        Q.pattern("floral", "contradiction"),
        details("dress", "The dress has a gold foil print on the hem and sheer sleeves."),
        Q.material("satin"),
        wearing("green", "non_answer"),
        describe(
            "dress",
            "The dress is green with gold print on the hem. The dress is green with gold print on the "
            "hem. The dress is green",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Green Foil Printed Satin Ethnic Maxi Gown",
        category="Ethnic Dresses",
        color="Green",
    ),
    # photo: yellow georgette saree with thin pink leheriya stripes, pink blouse with elbow sleeves, model holding the
    # pallu out, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-017",
        caption("The lady is wearing a yellow saree with striped patterns and a pink blouse."),
        Q.pattern("striped"),
        Q.color("yellow"),
        color_of("blouse", "yellow", "contradiction"),
        Q.material("The saree is made of pure silk with a zari border.", "unsupported"),
        wearing("The lady is wearing a long dress with striped patterns. The dress is ankle-length.", "contradiction"),
        is_a("saree", "yes"),
        title="Anouk Yellow & Pink Leheriya Printed Georgette Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: red bridal lehenga with heavy gold zardozi embroidery in raw silk, red choli with elbow sleeves, red net
    # dupatta with a gold border over her head, heavy necklace and earrings, white backdrop. Epoch-3; reference.
    case(
        "X1157-018",
        caption(
            "The lady is wearing a red lehenga with gold embroidery and a red dupatta on her head. She wears a "
            "necklace and earrings."
        ),
        Q.color("red"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details(
            "lehenga",
            "the lehenga has heavy gold embroidery, the dupatta has a gold border, the choli has gold "
            "embroidery, the lehenga has heavy gold embroidery, the dupatta",
            "loop",
            hit_limit=True,
        ),
        Q.material("The lehenga is made of velvet.", "unsupported"),
        describe("lehenga", "a red lehenga with gold embroidery"),
        title="Panash India Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: black anarkali kurta with a pink, green and gold floral print on the flared hem, full sleeves, black
    # leggings, long earrings, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-019",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is long-length. She wears a "
            "pair of black leggings."
        ),
        Q.color("pink", "contradiction"),
        color_of("leggings", "black"),
        wearing("a black kurta with pink and green flowers on the bottom and black leggings"),
        Q.garment_type("kurta"),
        details(
            "kurta", "The kurta has a zip closure at the back, two side pockets and a detachable belt", "unsupported"
        ),
        color_of(
            "kurta",
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is long-length.",
            "non_answer",
            kind="open",
        ),
        title="Varanga Women Black & Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: lavender organza ethnic gown with white thread floral embroidery, short puff sleeves, white backdrop,
    # no jewellery but small studs. Epoch-3 adapter; reference engine.
    case(
        "X1157-020",
        caption("The lady is wearing a short-sleeve purple dress with floral patterns. The dress is ankle-length."),
        Q.color("lavender"),
        Q.sleeve_length("short sleeves"),
        describe(
            "gown",
            "The gown is a lavender gown with a lavender gown and a lavender gown with a lavender gown "
            "and a lavender gown with a",
            "loop",
            hit_limit=True,
        ),
        Q.material("The dress is with cotton fabric.", "contradiction"),
        is_a("lehenga", "yes", "contradiction"),
        wearing("She is wearing a lavender gown with a silver belt and a tiara.", "unsupported"),
        title="Ethnovogue Women Lavender Embroidered Organza Ethnic Gown",
        category="Ethnic Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: navy blue crepe saree with white polka dots, navy half-sleeve blouse, model holding a small silver
    # clutch, grey backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-021",
        caption("The lady is wearing a navy blue saree with white polka dots and she holds a bag."),
        Q.pattern("polka dots"),
        Q.color("navy blue"),
        Q.material("crepe"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("saree", "the saree details are the details of the saree", "restated"),
        wearing("She is wearing a navy blue saree with white polka dots and sunglasses on her head.", "unsupported"),
        title="Saree mall Navy Blue & White Polka Dot Printed Crepe Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pastel pink floral printed lehenga skirt, white short-sleeve crop blouse, pink dupatta, model twirling,
    # side view, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-022",
        caption(
            "The lady is wearing a white top and a pink long skirt with floral patterns. The skirt is ankle-length."
        ),
        color_of("blouse", "white"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        wearing(
            "The lady is wearing a white top and a pink long skirt with floral patterns. The lady is wearing a "
            "white top and a",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        title="KALINI Pink & White Printed Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: teal sleeveless anarkali kurta with a gold foil print, V neck, matching teal palazzos, gold earrings,
    # white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-023",
        caption(
            "The woman is wearing a sleeveless dress with graphic patterns and a pair of pants. The dress is "
            "long-length. The neckline of it is V-shape."
        ),
        Q.sleeve_length("sleeveless"),
        Q.color("teal"),
        Q.pattern("solid", "contradiction"),
        Q.material("rayon"),
        wearing("She is wearing a teal kurta with gold print and matching palazzos and gold earrings"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: The kurta has a V neck. Question: What are the",
            "leak",
            hit_limit=True,
        ),
        title="AKS Women Teal Foil Printed Anarkali Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white cotton ethnic maxi dress with a blue indigo floral print, full sleeves, round neck, flared hem,
    # shot outdoors in front of green plants. Epoch-3 adapter; reference engine.
    case(
        "X1157-024",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is ankle-length and it is "
            "with cotton fabric. There are plants behind her."
        ),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        wearing("a white and blue printed dress"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe(
            "dress",
            "The dress is white with blue flowers, long sleeves and a round neck. The dress is "
            "ankle-length and it has a flared hem with a blue",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fabindia Women White & Blue Printed Cotton Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="White",
        gender="Women",
    ),
    # photo: orange Paithani art silk saree with a green border and gold peacock motifs on the border and pallu,
    # green elbow-sleeve blouse, jasmine gajra in her hair, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-025",
        caption("The man is wearing an orange saree with a green border. He wears a flower in his hair.", "pronoun"),
        color_of("saree", "orange"),
        color_of("blouse", "orange", "contradiction"),
        Q.pattern("woven design"),
        Q.material("art silk"),
        details("saree", "The saree has a green border with peacock motifs woven in gold and a green blouse."),
        wearing("orange", "non_answer"),
        title="Mimosa Orange & Green Woven Design Paithani Art Silk Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: black velvet lehenga with gold embroidery on the hem and waist, black full-sleeve blouse, red net
    # dupatta with a gold border, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-026",
        caption(
            "The lady is wearing a red long skirt and a black top with long sleeves. The skirt is ankle-length.",
            "other_garment_color",
        ),
        color_of("lehenga", "black"),
        color_of("dupatta", "red"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        describe(
            "lehenga",
            "The lehenga is black velvet with gold embroidery on the hem and the waist, and it is "
            "paired with a red net dupatta with a",
            "cut",
            hit_limit=True,
        ),
        title="Warthy Ent Black & Red Embroidered Velvet Lehenga Choli",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: maroon anarkali kurta with a gold zari yoke, full sleeves, gold churidar, maroon dupatta on one
    # shoulder, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-027",
        caption(
            "The lady is wearing a long-sleeve maroon dress with pure color patterns. The dress is long-length. "
            "There is a scarf on her shoulder. There is an accessory on her wrist. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        color_of("churidar", "maroon", "contradiction"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeves"),
        wearing(
            "Question: What is the person wearing? Answer: The lady is wearing a long-sleeve dress with pure color",
            "leak",
            hit_limit=True,
        ),
        Q.material("The dress is with leather fabric.", "unsupported"),
        title="Indo Era Women Maroon Yoke Design Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: peach net ethnic gown covered in sequins, sleeveless, with a sheer floor-length net cape, white
    # backdrop, front view. Epoch-3 adapter; reference engine.
    case(
        "X1157-028",
        caption("The lady is wearing a sleeveless peach dress with a long cape. The dress is ankle-length."),
        Q.color("peach"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("gown", "The gown has sequins all over, a sheer net cape and a flared skirt."),
        is_a("dress", "yes"),
        Q.material("net"),
        wearing("The lady wears a hat and a long dress.", "unsupported"),
        describe("gown", "peach", "non_answer"),
        title="Zeel Women Peach-Coloured Embellished Net Ethnic Gown with Cape",
        category="Ethnic Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: grey poly georgette saree with an abstract pink print, pink sleeveless blouse, white backdrop.
    # Epoch-3 adapter; reference engine.
    case(
        "X1157-029",
        caption(
            "The lady is wearing a pink saree with graphic patterns. She wears a sleeveless blouse.",
            "other_garment_color",
        ),
        Q.color("grey"),
        Q.pattern("printed"),
        describe("saree", "a saree", "non_answer"),
        Q.material("georgette"),
        wearing("She is wearing a grey printed saree and a pink sleeveless blouse."),
        color_of("blouse", "pink"),
        details("saree", "Question: What are the saree details? Answer: The saree has a pink print", "leak"),
        title="Satrani Grey & Pink Printed Poly Georgette Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: multicoloured patchwork cotton lehenga (orange, green, pink and blue panels), navy short-sleeve blouse,
    # orange dupatta on one shoulder, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-030",
        caption(
            "The lady is wearing a long skirt with color block patterns and a short-sleeve top. The skirt is "
            "ankle-length. There is a scarf on her shoulder."
        ),
        Q.color("multi"),
        Q.pattern("patchwork"),
        color_of("blouse", "navy blue"),
        color_of("dupatta", "navy blue", "contradiction"),
        wearing(
            "The lady is wearing a long skirt with color block patterns and a short-sleeve top. The skirt is "
            "ankle-length. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("lehenga", "what are the lehenga details", "restated"),
        title="Bhavyam Multicoloured Patchwork Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: sea green bandhani printed anarkali kurta with elbow sleeves, matching leggings, shot against a pink
    # wall. Epoch-3 adapter; reference engine.
    case(
        "X1157-031",
        caption(
            "The lady is wearing a green dress with medium sleeves. The dress is long-length and it has dotted "
            "patterns. There is a pink wall behind her."
        ),
        Q.color("pink", "contradiction"),
        Q.pattern("bandhani"),
        Q.sleeve_length("elbow sleeves"),
        details("kurta", "The kurta is worn by a man. He is wearing a green kurta.", "pronoun"),
        Q.material("cotton"),
        title="Jaipur Kurti Women Sea Green Bandhani Printed Anarkali Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: a girl in a yellow silk pavadai-style ethnic dress with a red border at the hem, short puff sleeves,
    # white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-032",
        caption("a little girl in a yellow and red dress with short sleeves"),
        Q.color("red", "contradiction"),
        wearing("she is wearing a yellow dress with a red border", who="the girl"),
        Q.sleeve_length("short sleeves"),
        Q.material(
            "The dress is with silk fabric. The dress is with silk fabric. The dress is with silk fabric. "
            "The dress is with silk",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Kinder Kids Girls Yellow & Red Solid Ethnic Dress",
        category="Ethnic Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: cream tissue saree with a gold zari border, gold sleeveless blouse, gold necklace and bangles, white
    # backdrop, three-quarter view. Epoch-3 adapter; reference engine.
    case(
        "X1157-033",
        caption(
            "The lady is wearing a white saree with a golden border and a golden sleeveless blouse. She wears a "
            "necklace and bangles."
        ),
        Q.color("gold", "other_garment_color"),
        Q.material("The saree is made of tissue."),
        details(
            "saree",
            "zari zari zari zari zari zari zari zari zari zari zari zari zari zari zari",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        is_a("saree", "no", "contradiction"),
        title="Sangam Prints Cream-Coloured & Gold-Toned Zari Tissue Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: lavender lehenga with silver gota patti work, lavender blouse with short puff sleeves, silver tissue
    # dupatta, a blush curtain behind her. Epoch-3 adapter; reference engine.
    case(
        "X1157-034",
        caption("The lady is wearing a purple lehenga and a short-sleeve blouse. There is a curtain behind her."),
        Q.color("silver", "other_garment_color"),
        color_of("dupatta", "silver"),
        Q.sleeve_length("short sleeves"),
        describe("lehenga", "The lehenga is the lehenga of the lady.", "restated"),
        Q.material(
            "The lehenga is made of pure georgette with hand embroidered zardozi work and sequins", "unsupported"
        ),
        title="Libas Women Lavender Gotta Patti Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Women",
    ),
    # photo: pink flared anarkali kurta with an embroidered yoke, full sleeves, gold dupatta, bangles, white
    # backdrop; the feed row has no color. Epoch-3 adapter; reference engine.
    case(
        "X1157-035",
        caption(
            "The lady is wearing a long-sleeve pink dress with pure color patterns. The dress is long-length. "
            "There is an accessory on her wrist."
        ),
        Q.color("gold", "other_garment_color"),
        color_of("dupatta", "gold"),
        Q.garment_type("lehenga", "contradiction"),
        wearing("She is wearing a pink anarkali with a gold dupatta"),
        Q.pattern("embroidered"),
        details(
            "kurta",
            "the kurta has embroidery on the yoke and the sleeves and the hem and the yoke and the "
            "sleeves and the hem and the yoke and the",
            "loop",
            hit_limit=True,
        ),
        title="Ishin Women Pink Embroidered Anarkali Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: navy blue georgette ethnic maxi dress with silver sequin embroidery on the yoke, full sleeves, attached
    # navy dupatta, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-036",
        caption(
            "The lady is wearing a long-sleeve blue dress with pure color patterns. The dress is ankle-length. "
            "The dress is with chiffon fabric.",
            "contradiction",
        ),
        Q.color("navy blue"),
        details("dress", "The dress has silver embroidery on the yoke and a matching dupatta."),
        Q.sleeve_length("long sleeves"),
        wearing(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is ankle-length. The "
            "dress is with",
            "cut",
            hit_limit=True,
        ),
        Q.material("The dress is with furry fabric.", "unsupported"),
        title="Janasya Women Navy Blue Embroidered Georgette Ethnic Maxi Dress with Dupatta",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green Banarasi silk-blend saree with small gold buttis, gold border and pallu, contrast pink blouse with
    # elbow sleeves, necklace, hair in a bun, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-037",
        caption("The lady is wearing a green saree with a golden border and a pink blouse. The lady wears a necklace."),
        Q.color("green"),
        color_of("blouse", "pink"),
        Q.pattern("woven design"),
        Q.material(
            "The saree is with silk fabric and it has a zari border. She is wearing a pink blouse with a "
            "deep back neck and tassels on the",
            "cut",
            hit_limit=True,
        ),
        details(
            "saree",
            "The saree has small gold buttis on the body, a gold zari border and a gold pallu. The "
            "model is wearing a hat.",
            "unsupported",
        ),
        wearing("Question: What is the person wearing? Answer:", "leak"),
        title="Saree Mall Green & Pink Woven Design Banarasi Silk Blend Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: off-white lehenga with multicolour thread embroidery of flowers and leaves, off-white sleeveless blouse,
    # pink dupatta over one arm, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-038",
        caption(
            "The lady is wearing a white long skirt with floral patterns and a sleeveless top. The skirt is "
            "ankle-length. There is a pink scarf on her arm."
        ),
        Q.color("pink", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("sleeveless"),
        Q.material("The skirt is with knitting fabric.", "unsupported"),
        wearing("a white lehenga with pink dupatta"),
        is_a("lehenga", "yes"),
        describe(
            "lehenga",
            "The lehenga is off white with pink, green and yellow thread embroidery of flowers and "
            "leaves all over the skirt, and the",
            "cut",
            hit_limit=True,
        ),
        title="Fabpixel Off White & Pink Thread Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: purple cotton anarkali kurta with white ethnic motifs, short sleeves, white churidar, no dupatta, white
    # backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-039",
        caption(
            "The woman is wearing a short-sleeve purple dress with graphic patterns. The dress is long-length. "
            "She wears a pair of white pants."
        ),
        Q.color("purple"),
        Q.pattern("ethnic motifs"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("He is wearing a purple kurta with white churidar", "pronoun"),
        Q.material("cotton"),
        describe("kurta", "white", "other_garment_color"),
        title="Yufta Women Purple & White Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: red and black bandhani printed ethnic maxi dress, full sleeves, round neck, black fabric tie belt at
    # the waist, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-040",
        caption(
            "The lady is wearing a long-sleeve red dress with dotted patterns. The dress is ankle-length. There "
            "is a belt around her waist."
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("bandhani"),
        details(
            "dress",
            "The dress has a black belt, long sleeves and a round neck. The dress has a black belt, "
            "long sleeves and a round",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        is_a("gown", "yes"),
        Q.material("The dress is made of wool and has a fur collar.", "unsupported"),
        wearing("what is the person wearing? the person is wearing", "restated"),
        title="Mokshi Women Red & Black Bandhani Printed Ethnic Maxi Dress with Belt",
        category="Ethnic Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: mauve floral printed organza saree, matching sleeveless blouse, pearl earrings, model spreading the
    # pallu, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-041",
        caption("The lady is wearing a purple saree with floral patterns. She wears earrings."),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.material("organza"),
        details(
            "saree",
            "The saree has a floral print and a sequin border. She is wearing a pearl necklace and a tiara",
            "unsupported",
        ),
        wearing("She is wearing a mauve floral saree with a sleeveless blouse."),
        Q.garment_type("saree"),
        color_of(
            "saree",
            "The lady is wearing a long dress with floral patterns. The dress is ankle-length.",
            "non_answer",
            kind="open",
        ),
        title="KALINI Mauve Floral Printed Organza Saree",
        category="Sarees",
        color="Mauve",
        gender="Women",
    ),
    # photo: turquoise blue georgette lehenga with pink floral embroidery, pink short-sleeve blouse, turquoise net
    # dupatta, white backdrop; the feed row has no gender. Epoch-3 adapter; reference engine.
    case(
        "X1157-042",
        caption(
            "The lady is wearing a pink long skirt with floral patterns and a blue top. The skirt is ankle-length.",
            "other_garment_color",
        ),
        color_of("lehenga", "turquoise"),
        color_of("blouse", "pink"),
        Q.pattern("embroidered"),
        describe(
            "lehenga",
            "The lehenga is blue with pink flowers. Question: Describe the blouse. Answer: The blouse is pink",
            "leak",
        ),
        Q.material("georgette"),
        wearing("She is wearing a blue lehenga with a pink blouse and a fur stole.", "unsupported"),
        title="Mitera Turquoise Blue & Pink Embroidered Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Turquoise Blue",
    ),
    # photo: off-white anarkali kurta with a multicoloured floral print and gota lace at the hem, full sleeves, white
    # churidar, multicoloured dupatta, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-043",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is long-length. There is a "
            "scarf on her shoulder."
        ),
        Q.color("off white"),
        Q.pattern("floral"),
        Q.material(
            "The dress is with cotton fabric. There is an accessory on her wrist. There is an accessory on "
            "her wrist. There is an accessory on",
            "loop",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        color_of("dupatta", "off white", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Biba Women Off-White & Multicoloured Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: rani pink silk ethnic gown with a gold woven brocade bodice, three-quarter sleeves, gold jhumkas, model
    # sitting on a wooden chair, beige studio backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-044",
        caption(
            "The lady is sitting on a chair. She is wearing a pink dress with three-quarter sleeves. The dress "
            "is ankle-length."
        ),
        Q.color("brown", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "gown", "The gown has a gold woven bodice and a flared pink skirt and the model is wearing gold earrings."
        ),
        Q.material("silk"),
        describe("gown", "His gown is pink with a gold bodice.", "pronoun"),
        wearing("The woman is wearing a pink dress and a pink dupatta and pink pants", "unsupported"),
        title="Inddus Women Magenta & Gold Woven Design Silk Ethnic Gown",
        category="Ethnic Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: rust orange linen saree with thin silver zari stripes, black sleeveless blouse, oxidised silver
    # necklace, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-045",
        caption(
            "The lady is wearing a black saree with striped patterns and a sleeveless top. She wears a necklace.",
            "other_garment_color",
        ),
        Q.color("orange"),
        Q.pattern("striped"),
        Q.material("linen"),
        color_of("blouse", "black"),
        details("saree", "the details of the saree are on the saree", "restated"),
        wearing("She is wearing a rust saree with a black blouse and a black leather belt.", "unsupported"),
        title="Suta Rust Orange Striped Linen Saree",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: gold tissue lehenga with sequins on the hem, maroon velvet blouse with elbow sleeves, maroon dupatta,
    # necklace and bangles, bridal pose, white backdrop. Epoch-3 adapter; reference engine.
    case(
        "X1157-046",
        caption(
            "The lady is wearing a golden lehenga with a maroon blouse and a maroon dupatta. She wears a "
            "necklace and bangles."
        ),
        Q.color("maroon", "other_garment_color"),
        color_of("blouse", "maroon"),
        Q.material("The lehenga is with tissue fabric and the blouse is with velvet fabric."),
        Q.sleeve_length("elbow sleeves"),
        wearing(
            "She is wearing a gold lehenga with maroon blouse. She is wearing a gold lehenga with maroon blouse. "
            "She is wearing a gold",
            "loop",
            hit_limit=True,
        ),
        details("lehenga", "The lehenga has sequin work on the hem and a", "cut"),
        title="Zeel Gold-Toned & Maroon Embellished Tissue Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
]
