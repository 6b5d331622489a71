"""BLIND_585 (46 products; Myntra women's ethnic wear, VQA adapter questionnaire, base OPT-2.7b captions): written blind
in the fifty-second session. Measured blind at 1c1c724 (the session's third rules): 100/127 failures found (78.7%) and
16/186 correct texts flagged (8.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic wear: straight and A-line kurtas, kurtis, kurta sets with palazzos,
trousers and dupattas, anarkalis, sarees with blouses, lehenga cholis with dupattas. Mostly studio shots on a white,
grey or pastel backdrop, a few outdoors (stone wall, potted plant); the model often wears a second garment (white
palazzos, jeans, leggings, a blouse, a dupatta) and sometimes holds a prop (clutch, jute bag).

Who wrote what: the base Salesforce/blip2-opt-2.7b wrote every caption (short, stops on its own; its failures are a
wrong color or garment, an invented place, prop or accessory, and "a man" for a woman). The VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA) answered the open questions by free generation: trained without an end token, it
runs on into loops or is cut at the 30-token limit, starts a new "Question: ... Answer:" turn, answers "yes" or one
word to open questions, echoes the question, uses In-shop words (skirt, blouse, pants, leggings) for Indian garments,
guesses fabrics and says "he". Closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") come
from enrich's --engine reference: one candidate value each, never looped or cut, but sometimes the wrong one.

Labeling conventions and judgement calls:
- One label per text, the most salient failure; a loop or cut that also invents a detail is labeled loop or cut.
- A color answer that gives the asked garment the color another visible garment has (palazzos, dupatta, blouse,
  jeans) is other_garment_color, even where that color also appears in the product's print or border; a wrong color
  nothing in the photo has, or an accessory's color (a clutch), is a contradiction.
- Shade synonyms within one group are correct (maroon/red/burgundy, peach/pink, cream/off-white/white/beige for
  cream, navy/blue, teal/turquoise/blue, mustard/yellow, lavender/purple, magenta/pink, sea green/green).
- "dress" for a straight kurta, "saree" for a lehenga, "shirt" for a kurta, a closed garment type that contradicts the
  seller's category, or "no" to "Is this a saree?" for a saree, are contradictions. "dress" or "anarkali dress" for
  a flared anarkali is accepted; In-shop words for the parts of an outfit (skirt for lehenga, blouse for choli, top
  for a short kurti, pants for palazzos, trousers or churidar, scarf for dupatta) are accepted.
- A material answer is correct when the title names that fabric or the photo shows it (velvet, denim, tissue);
  a fabric the title contradicts is a contradiction; a fabric guessed where the title names none is unsupported.
- Invented details the photo cannot show (pockets, a zip or button at the back, tassels, a place, a handbag,
  flowers in the hair) are unsupported.
- A one-word color or "yes" to an open describe/details/wearing question, "pure color" to a color question, and
  "it is a kurta" are non_answer; "the saree is a saree", "the details of the kurta are the kurta details" and the
  echoed question are restated.
- Loops and cuts ran to the token limit (hit_limit=True); a leak that runs on to the limit is hit_limit=True too.
- "he" in an answer or "a man" in a caption for a Women row is pronoun; one row has no gender column.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_585 = [
    # photo: mustard yellow straight kurta with small white floral block print, three-quarter sleeves, round neck,
    # white palazzos, white backdrop, front view. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-001",
        caption("a woman in a yellow kurta and white pants"),
        wearing("a yellow kurta and white palazzo pants", who="she"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        details(
            "kurta",
            "the kurta has a round neck, three-quarter sleeves and a floral print on the front and the back of the"
            " kurta and the sleeves of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Anouk Women Mustard Yellow & White Floral Block Print Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue flared anarkali kurta with gold foil print, full sleeves, navy churidar, no dupatta, plain
    # light grey studio backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-002",
        caption("a woman in a navy blue anarkali dress with gold print standing in a hallway", "unsupported"),
        wearing("a navy blue anarkali kurta with gold print and blue leggings"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        describe(
            "kurta",
            "the kurta is a kurta with a kurta and a kurta with a kurta and a kurta with a kurta and a kurta with a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Libas Women Navy Blue & Gold-Toned Foil Print Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red georgette saree with a gold zari border, plain red blouse with elbow sleeves, grey backdrop, front
    # view, pallu over the left shoulder. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-003",
        caption("a woman in a red saree with a gold border standing in front of a grey wall"),
        wearing("a red saree with a gold border and a red blouse", who="she"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.material("silk", "contradiction"),
        details(
            "saree",
            "the saree has a gold border and a pallu with tassels and a matching blouse with embroidery on the sleeves",
            "unsupported",
        ),
        is_a("saree", "yes"),
        title="Mitera Red & Gold-Toned Zari Border Poly Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: pink kurta with white floral print, pink palazzos, white dupatta with small pink print over both
    # shoulders, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-004",
        caption("a woman in a pink and white floral print kurta set"),
        wearing("a pink kurta, pink palazzo pants and a white dupatta"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("kurta set"),
        describe("kurta", "he is wearing a pink kurta with white flowers and pink pants", "pronoun"),
        color_of("dupatta", "white with pink print", kind="open"),
        Q.material("cotton"),
        title="Jaipur Kurti Women Pink Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon velvet lehenga with gold zari embroidery, maroon short-sleeved blouse, gold net dupatta, beige
    # backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-005",
        caption("a woman in a red and gold lehenga posing for a picture"),
        wearing("a maroon lehenga choli with a gold dupatta"),
        Q.garment_type("saree", "contradiction"),
        Q.color("gold", "other_garment_color"),
        details(
            "lehenga",
            "the lehenga has gold embroidery all over the skirt and the blouse has gold embroidery on the sleeves and"
            " the dupatta has a",
            "cut",
            hit_limit=True,
        ),
        Q.material("velvet"),
        is_a("lehenga", "yes"),
        title="Panchhi Maroon & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: white chikankari straight kurta with white thread embroidery, long sleeves, worn over blue jeans,
    # white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-006",
        caption("a woman wearing a white kurta and blue jeans"),
        wearing("a white kurta and blue jeans"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("embroidered"),
        describe("kurta", "a white kurta with white embroidery, long sleeves and a round neck"),
        details("kurta", "white", "non_answer"),
        Q.sleeve_length("long"),
        title="Ada Women White Chikankari Embroidered Straight Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: teal blue saree with a white geometric print, black sleeveless blouse, white backdrop, model holding
    # the pallu out to show the print. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-007",
        caption("a woman in a blue and white saree with a black top"),
        wearing("she is wearing a black saree with a black blouse", "other_garment_color"),
        Q.pattern("geometric"),
        Q.color("teal"),
        details(
            "saree",
            "the saree has a geometric print and the blouse is black and the saree has a geometric print and the"
            " blouse is black and the saree",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        title="Saree mall Teal Blue & White Geometric Printed Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: green kurta with a gold-embroidered yoke, three-quarter sleeves, side slits, green trousers, green
    # dupatta with a gold border on one shoulder, white backdrop. Caption base model, answers VQA adapter / reference.
    case(
        "X585-008",
        caption("a woman in a green kurta with gold embroidery and matching pants"),
        wearing(
            "a green kurta with green pants Question: What is the color of the dupatta? Answer: green Question: What"
            " is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("kurta set"),
        Q.color("green"),
        details("kurta", "the kurta has a yoke with gold embroidery, three-quarter sleeves and side slits"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("kurta", "yes"),
        title="Biba Women Green Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: peach sequinned lehenga, peach short-sleeved blouse, sheer peach net dupatta, light pink wall behind
    # the model. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-009",
        caption("a woman in a pink lehenga standing in front of a pink wall"),
        wearing("a pink skirt and a pink blouse"),
        Q.color("pink"),
        details(
            "lehenga",
            "the lehenga has sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins,"
            " sequins, sequins",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embellished"),
        describe("blouse", "the blouse is a blouse", "restated"),
        Q.sleeve_length("short"),
        color_of("dupatta", "pure color", "non_answer", kind="open"),
        title="Peach-Coloured Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: black straight kurta with white vertical stripes, mandarin collar, long sleeves, black leggings, white
    # backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-010",
        caption("a woman in a black and white striped dress", "contradiction"),
        wearing("a black and white striped kurta and black leggings"),
        Q.pattern("striped"),
        Q.color("black"),
        describe("kurta", "a black kurta with white stripes and long sleeves and a mandarin collar"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("rayon", "unsupported"),
        title="HERE&NOW Women Black & White Striped Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: yellow sleeveless anarkali with a pink and green floral print, white churidar, pink dupatta over the
    # shoulders, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-011",
        caption("a woman in a yellow floral dress with a pink scarf"),
        wearing("a yellow anarkali with a pink dupatta and white leggings"),
        Q.color("pink", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details(
            "kurta",
            "the kurta has a v-neck and a flared hem with a floral print and a flared hem with a floral print and a"
            " flared hem with a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        is_a("dress", "no"),
        title="Sangria Women Yellow Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: rust orange A-line kurta with mirror work on the yoke, three-quarter sleeves, round neck, cream
    # palazzos, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-012",
        caption("a woman wearing an orange kurta and white pants"),
        wearing(
            "an orange kurta with a white pants. the kurta is orange and the pants are white. the kurta is orange and"
            " the pants are",
            "loop",
            hit_limit=True,
        ),
        Q.color("brown", "contradiction"),
        details("kurta", "mirror work on the yoke, three-quarter sleeves and a round neck"),
        Q.pattern("embellished"),
        Q.sleeve_length("three-quarter"),
        title="Global Desi Women Rust Orange Mirror Work A-Line Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: pink Banarasi art silk saree with woven gold motifs and a green border, green blouse, white backdrop,
    # hands empty. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-013",
        caption("a woman in a pink and green saree holding a bouquet of flowers", "unsupported"),
        wearing("a pink saree with a green blouse", who="she"),
        Q.color("green", "other_garment_color"),
        Q.material("silk"),
        details("saree", "the saree has woven gold motifs and a green border"),
        describe("saree", "the saree is a saree", "restated"),
        Q.pattern("woven"),
        title="Mimosa Pink & Green Woven Design Art Silk Banarasi Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: indigo blue dabu-printed cotton kurta with white motifs, mandarin collar with a button placket, long
    # sleeves, white trousers, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-014",
        caption("a man in a blue shirt and white pants", "pronoun"),
        wearing("a blue printed kurta and white trousers"),
        Q.color("blue"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "a blue kurta with white print and a collar and buttons on the front and two pockets on the sides",
            "unsupported",
        ),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Fabindia Women Indigo Blue Dabu Print Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard lehenga with mirror work, green short-sleeved blouse, pink dupatta, white backdrop. Caption base
    # model, answers VQA adapter / reference engine.
    case(
        "X585-015",
        caption("a woman in a yellow skirt with a green top and a pink scarf"),
        wearing("a yellow lehenga with a green blouse and a pink dupatta"),
        Q.color("green", "other_garment_color"),
        color_of("blouse", "green", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        details(
            "lehenga",
            "mirror work all over the lehenga and the blouse and the dupatta and the lehenga and the blouse and the"
            " dupatta and the lehenga",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Mustard & Green Mirror Work Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: olive green straight kurta with small printed motifs, short sleeves, beige trousers, model holding a
    # brown jute tote, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-016",
        caption("a woman in a green kurta holding a brown bag"),
        wearing("an olive kurta, beige pants and a brown bag"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("short"),
        describe(
            "kurta",
            "a green kurta with a brown bag and a green kurta with a brown bag and a green kurta with a brown bag and"
            " a green",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        details(
            "kurta",
            "small printed motifs all over the kurta, short sleeves, a round neck and a straight hem with side slits"
            " and the kurta is paired with",
            "cut",
            hit_limit=True,
        ),
        title="W Women Olive Green Printed Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: black poly georgette saree covered in small silver sequins, black sleeveless blouse, white studio
    # backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-017",
        caption("a woman in a black saree with silver sequins at a party", "unsupported"),
        wearing("a black saree"),
        Q.color("silver", "contradiction"),
        Q.pattern("embellished"),
        details(
            "saree",
            "the saree has sequins all over and a sleeveless blouse. the saree has sequins all over and a sleeveless"
            " blouse. the saree",
            "loop",
            hit_limit=True,
        ),
        Q.material("georgette"),
        is_a("saree", "yes"),
        title="Mitera Black Sequinned Poly Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: lavender straight kurta with white thread embroidery at the neckline, hem and cuffs, long sleeves, white
    # palazzos, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-018",
        caption("a woman in a pink kurta and white pants", "contradiction"),
        wearing(
            "she is wearing a purple kurta with a purple kurta with a purple kurta with a purple kurta with a purple",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.color("lavender"),
        Q.pattern("embroidered"),
        details(
            "kurta",
            "the kurta has white embroidery on the neckline and the hem and the sleeves have white embroidery at the"
            " cuffs and a",
            "cut",
            hit_limit=True,
        ),
        color_of("palazzos", "white", kind="open"),
        title="Vishudh Women Lavender Embroidered Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: burgundy velvet anarkali with gold embroidery on the yoke and sleeves, long sleeves, round neck, gold
    # dupatta, grey backdrop, front view. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-019",
        caption("a woman in a maroon velvet dress with gold embroidery"),
        wearing("a maroon anarkali with a gold dupatta"),
        Q.color("maroon"),
        Q.material("velvet"),
        details(
            "kurta",
            "gold embroidery on the yoke and sleeves, a round neck and a button at the back",
            "unsupported",
        ),
        describe("kurta", "yes", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        title="Aks Women Burgundy Embroidered Velvet Anarkali Kurta",
        category="Kurtas",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white kurta with a red floral print, v-neck, three-quarter sleeves, red palazzos, red dupatta, white
    # backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-020",
        caption("a woman in a white and red floral print kurta with red pants"),
        wearing("a white kurta with red flowers and red pants and a red dupatta"),
        Q.color("red", "other_garment_color"),
        describe("kurta", "white kurta with red floral print, three-quarter sleeves and a v-neck"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        Q.garment_type("kurta set"),
        Q.material("the garment is made of material", "restated"),
        title="Anouk Women White & Red Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: yellow and orange leheriya-printed saree with a thin orange border, red short-sleeved blouse, shot
    # outdoors against a stone wall. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-021",
        caption("a woman in a yellow saree standing in front of a stone wall"),
        wearing("a yellow and orange saree with a red blouse", who="she"),
        Q.pattern("printed"),
        Q.color("red", "other_garment_color"),
        details(
            "saree",
            "the saree has a wavy striped print and a thin orange border with tassels on the pallu",
            "unsupported",
        ),
        Q.garment_type("lehenga choli", "contradiction"),
        Q.sleeve_length("short"),
        title="Anouk Yellow & Orange Leheriya Printed Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: sea green straight kurta with a white floral print, round neck, three-quarter sleeves, side slits,
    # white palazzos, oxidised silver earrings, white backdrop. Caption base model, answers VQA adapter / reference.
    case(
        "X585-022",
        caption("a woman wearing a green kurta and earrings"),
        wearing(
            "a green kurta and white pants Question: What is the color of the kurta? Answer: green Question: What is"
            " the",
            "leak",
            hit_limit=True,
        ),
        Q.color("sea green"),
        Q.pattern("floral"),
        details("kurta", "floral print, round neck, three-quarter sleeves, and a slit at the sides"),
        Q.material(
            "the garment is made of cotton and the garment is made of cotton and the garment is made of cotton and the",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Sea Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: red bridal lehenga with heavy gold zari embroidery, red blouse, red dupatta draped over the head, gold
    # jewellery, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-023",
        caption("a woman in a red and gold bridal lehenga with jewelry"),
        wearing("he is wearing a red lehenga with a red dupatta", "pronoun", who="she"),
        Q.garment_type("lehenga choli"),
        Q.color("red"),
        details("lehenga", "heavy gold embroidery and a red dupatta covering the head"),
        Q.material("silk", "unsupported"),
        is_a("saree", "yes", "contradiction"),
        title="Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold foil print, round neck, three-quarter sleeves, beige palazzos, white
    # backdrop; the feed row has no color. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-024",
        caption("a woman in a red kurta with gold print and beige pants"),
        wearing("a maroon kurta and beige palazzos"),
        Q.color("beige", "other_garment_color"),
        describe(
            "kurta",
            "a maroon straight kurta with gold foil print all over, a round neck, three-quarter sleeves and a gold"
            " print at the hem and the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        Q.pattern("solid", "contradiction"),
        title="Indo Era Women Maroon Gold Foil Printed Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: off-white Kerala kasavu cotton saree with a gold zari border, gold blouse, hair in a plain bun without
    # flowers, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-025",
        caption("a woman in a white and gold saree with flowers in her hair", "unsupported"),
        wearing("a white saree with a gold blouse"),
        Q.color("cream"),
        Q.material("cotton"),
        details("saree", "gold border"),
        describe("saree", "white", "non_answer"),
        is_a("saree", "yes"),
        title="Off White & Gold-Toned Zari Border Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta kurta with gota patti trim at the neckline and hem, three-quarter sleeves, magenta palazzos and
    # magenta dupatta, white backdrop, front view. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-026",
        caption("a woman in a pink kurta and pants with a pink dupatta"),
        wearing(
            "a pink kurta with pink pants and a pink dupatta and a pink kurta with pink pants and a pink dupatta and a"
            " pink kurta",
            "loop",
            hit_limit=True,
        ),
        Q.color("magenta"),
        details(
            "kurta",
            "gota patti work on the neckline and hem, and a pocket on the right side and a zip at the back",
            "unsupported",
        ),
        Q.garment_type("kurta set"),
        Q.sleeve_length("three-quarter"),
        title="Varanga Women Magenta Gotta Patti Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: powder blue anarkali with white embroidery on the yoke, sheer long sleeves with scalloped edges, white
    # leggings, pastel blue backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-027",
        caption("a woman in a light blue dress with white embroidery"),
        wearing("a light blue anarkali kurta with white leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "the kurta is long and flared with white embroidery on the yoke and sheer sleeves with scalloped edges"
            " and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        color_of("leggings", "blue", "other_garment_color", kind="open"),
        title="House of Pataudi Women Blue Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow straight kurta with a black printed pattern, black straight pants, white backdrop. Caption base
    # model, answers VQA adapter / reference engine.
    case(
        "X585-028",
        caption("a man in a yellow and black shirt", "pronoun"),
        wearing("a yellow and black printed kurta and black pants"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("kurta"),
        details("kurta", "the details of the kurta are the kurta details", "restated"),
        is_a("kurta", "yes"),
        Q.pattern("solid", "contradiction"),
        title="Sangria Women Yellow & Black Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: purple-to-pink ombre chiffon saree, pink blouse, white backdrop, three-quarter view. Caption base model,
    # answers VQA adapter / reference engine.
    case(
        "X585-029",
        caption("a woman in a purple and pink saree"),
        wearing("a purple saree with a pink blouse"),
        Q.color("purple"),
        Q.pattern("dyed"),
        Q.material("georgette", "contradiction"),
        details(
            "saree",
            "the saree is purple and pink with a pink blouse and the saree is purple and pink with a pink blouse and"
            " the saree is",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "purple", "other_garment_color", kind="open"),
        title="Purple & Pink Ombre Dyed Chiffon Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: cream kurta with black thread embroidery at a keyhole neckline, three-quarter sleeves, black palazzos,
    # cream dupatta, white backdrop, warm studio light. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-030",
        caption("a woman in a yellow kurta with black pants", "contradiction"),
        wearing("she is wearing a beige kurta and black palazzos with a cream dupatta"),
        Q.color("black", "other_garment_color"),
        details("kurta", "black embroidery on the neckline, a keyhole neck and three-quarter sleeves"),
        Q.material("cotton", "unsupported"),
        is_a("kurta set", "yes"),
        title="Aurelia Women Cream-Coloured & Black Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: pink floral-printed lehenga, white sleeveless blouse, pink dupatta, model twirling so the skirt flares,
    # white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-031",
        caption("a woman in a pink floral skirt and white top spinning around"),
        wearing("a pink floral skirt and a white top"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("lehenga choli"),
        details("lehenga", "a floral print lehenga with a sleeveless white blouse and a pink dupatta"),
        Q.sleeve_length("long", "contradiction"),
        describe(
            "lehenga",
            "the lehenga is pink with flowers and the blouse is white and the dupatta is pink and the lehenga is pink"
            " with flowers and the",
            "loop",
            hit_limit=True,
        ),
        title="Pink Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: blue chambray denim shirt-style kurta, shirt collar, button placket, one chest pocket, long sleeves
    # rolled up with button tabs, white leggings, white backdrop. Caption base model, answers VQA adapter / reference.
    case(
        "X585-032",
        caption("a woman wearing a blue denim kurta and white leggings"),
        wearing("a blue denim kurta with white pants"),
        Q.material("denim"),
        Q.color("blue"),
        details("kurta", "shirt collar, button placket, roll-up sleeves with button tabs and a chest pocket"),
        Q.sleeve_length("long"),
        is_a("shirt", "yes", "contradiction"),
        describe(
            "kurta",
            "a blue denim kurta with a shirt collar and buttons down the front and the sleeves rolled up to the elbows"
            " with a button tab on",
            "cut",
            hit_limit=True,
        ),
        title="Women Blue Denim Shirt-Style Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: green saree with small white and pink flowers and a thin border, green blouse, model holding a gold
    # clutch, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-033",
        caption("a woman in a green floral saree holding a gold clutch"),
        wearing("she is wearing a green saree", who="she"),
        Q.color("gold", "contradiction"),
        details("saree", "small white and pink flowers on a green base and a thin border"),
        describe(
            "saree",
            "a green saree with a floral print. Question: Describe the blouse. Answer: a green blouse. Question:"
            " Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.material("crepe", "unsupported"),
        title="Satrani Green Floral Printed Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: solid baby pink straight kurta with white lace trim at the hem and cuffs, round neck, three-quarter
    # sleeves, white palazzos, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-034",
        caption("a woman in a pink kurta and white palazzo pants"),
        describe("kurta", "he is wearing a pink kurta with lace at the bottom", "pronoun"),
        Q.pattern("solid"),
        Q.color("pink"),
        details("kurta", "lace trim at the hem and sleeves, a round neck and three-quarter sleeves"),
        Q.material("cotton", "unsupported"),
        color_of("palazzos", "pink", "other_garment_color", kind="open"),
        title="Rain & Rainbow Women Pink Solid Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: solid orange kurta with an embroidered neckline, three-quarter sleeves, green trousers, red-yellow-green
    # bandhani dupatta with tassels at the ends, white backdrop. Caption base model, answers VQA adapter / reference.
    case(
        "X585-035",
        caption("a woman in an orange kurta and green pants with a colorful scarf"),
        wearing("an orange kurta with green pants and a bandhani dupatta"),
        Q.color("green", "other_garment_color"),
        Q.pattern("solid"),
        details("dupatta", "the dupatta has a bandhani print in red, yellow and green with tassels on the ends"),
        Q.sleeve_length("three-quarter"),
        Q.material("silk blend with a cotton lining", "unsupported"),
        title="Kalini Women Orange & Green Kurta with Trousers & Bandhani Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: navy blue lehenga with silver embroidery, navy blouse, silver dupatta over one arm, white backdrop; the
    # feed row has no category. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-036",
        caption("a woman in a blue and silver lehenga"),
        wearing("a blue skirt and a blue blouse with a silver scarf"),
        Q.color("silver", "other_garment_color"),
        Q.garment_type("lehenga choli"),
        details(
            "lehenga",
            "silver embroidery on the skirt, the blouse, the skirt, the blouse, the skirt, the blouse, the skirt, the"
            " blouse, the skirt",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "pure color", "non_answer", kind="open"),
        is_a("lehenga", "yes"),
        title="Navy Blue & Silver-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: turquoise blue cotton kurta with a white ikat print, mandarin collar, three-quarter sleeves, side
    # slits, white ankle pants, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-037",
        caption("a woman in a blue and white patterned kurta"),
        wearing("a blue kurta"),
        Q.color("turquoise"),
        Q.pattern("striped", "contradiction"),
        details(
            "kurta",
            "ikat print, a mandarin collar, three-quarter sleeves, side slits, a mandarin collar, three-quarter"
            " sleeves, side slits, a mandarin",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe("kurta", "describe the kurta", "restated"),
        title="Fabindia Women Turquoise Blue Ikat Cotton Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: coffee brown handloom cotton saree with a mustard border, mustard blouse with elbow sleeves, outdoors
    # next to a potted plant. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-038",
        caption("a woman in a brown saree standing next to a plant"),
        wearing("a brown saree with a yellow blouse"),
        Q.color("mustard", "other_garment_color"),
        Q.material("cotton"),
        details("saree", "a yellow border, a brown body and a yellow blouse with puff sleeves", "unsupported"),
        describe("saree", "a brown saree Question: Is this a saree? Answer: yes", "leak"),
        is_a("saree", "no", "contradiction"),
        title="Coffee Brown & Mustard Handloom Cotton Saree",
        category="Sarees",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: white anarkali with multicolour thread embroidery on the yoke and panels, long sleeves, white churidar,
    # multicolour dupatta, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-039",
        caption("a woman in a white anarkali dress with a colorful dupatta"),
        wearing("Question: What is the person wearing? Answer: a white anarkali", "leak"),
        Q.color("multi", "other_garment_color"),
        details("kurta", "colorful thread embroidery on the yoke and the flared panels"),
        Q.sleeve_length("long"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("saree", "contradiction"),
        title="Biba Women White Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: peach A-line kurta with small white print, notched round neck, three-quarter sleeves, white pants,
    # model with a hand on her hip, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-040",
        caption("a woman in a peach kurta and white pants with her hand on her hip"),
        wearing("a peach kurta and white pants"),
        Q.color("peach"),
        details("kurta", "small white motifs and a notched round neck"),
        describe("kurta", "it is a kurta", "non_answer"),
        Q.pattern("printed"),
        Q.material("polyester", "unsupported"),
        title="AURELIA Women Peach-Coloured Printed A-Line Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: black kurta with a gold and red floral print, black palazzos, red dupatta, white backdrop. Caption base
    # model, answers VQA adapter / reference engine.
    case(
        "X585-041",
        caption("a woman in a black and red outfit"),
        wearing("she is wearing a red kurta with a red dupatta", "other_garment_color", who="she"),
        Q.color("black"),
        Q.pattern("floral"),
        describe(
            "kurta",
            "black kurta with gold flowers and red flowers and gold flowers and red flowers and gold flowers and red"
            " flowers and gold",
            "loop",
            hit_limit=True,
        ),
        color_of("dupatta", "red", kind="open"),
        Q.garment_type("dress", "contradiction"),
        title="Black Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: gold tissue saree with a wide maroon border and maroon stripes on the pallu, maroon blouse, model
    # standing, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-042",
        caption("a woman in a gold saree sitting on a chair", "unsupported"),
        wearing("a gold saree with a maroon blouse"),
        Q.color("maroon", "other_garment_color"),
        Q.material("tissue"),
        details("saree", "a wide maroon border and a gold pallu with maroon stripes"),
        is_a("lehenga", "no"),
        describe("saree", "he is wearing a gold saree with a maroon blouse", "pronoun"),
        title="Gold-Toned & Maroon Tissue Saree",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: short red kurti with white polka dots, short sleeves, round neck with a keyhole and tie-up, blue jeans,
    # white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-043",
        caption("a woman wearing a red polka dot top and jeans"),
        wearing("a red kurti and blue jeans"),
        Q.pattern("polka dot"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("short"),
        details(
            "kurti",
            "white polka dots, short sleeves, a round neck with a keyhole and a tie-up at the neck with two tassels at"
            " the",
            "cut",
            hit_limit=True,
        ),
        title="Women Red Polka Dot Printed Kurti",
        category="Kurtis",
        color="Red",
        gender="Women",
    ),
    # photo: bottle green flared anarkali with gold print and a gold border at the hem and cuffs, long sleeves,
    # round neck, green leggings, hands empty, white backdrop. Caption base model, answers VQA adapter / reference.
    case(
        "X585-044",
        caption("a woman in a green and gold dress with a matching handbag", "unsupported"),
        wearing("a green anarkali kurta with green leggings", who="she"),
        Q.color("green"),
        describe(
            "kurta",
            "a green flared anarkali kurta with gold print, long sleeves, a round neck and a gold border at the hem"
            " and the sleeves and the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Ishin Women Green Printed Flared Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: lavender kurta with self-thread embroidery, three-quarter sleeves, matching lavender trousers, no
    # dupatta, white backdrop. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-045",
        caption("a woman in a purple kurta and purple pants"),
        wearing("yes", "non_answer"),
        Q.color("purple"),
        details("kurta", "the kurta has details on the kurta", "restated"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "a purple kurta with embroidery and purple pants. Question: What are the kurta details? Answer: embroidery"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        title="Women Lavender Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: multicoloured patola-printed saree (red, green, yellow, black geometric motifs) with a red border, red
    # blouse, white backdrop; the feed row has no gender. Caption base model, answers VQA adapter / reference engine.
    case(
        "X585-046",
        caption("a woman in a colorful saree with a red blouse"),
        wearing("a red blouse and a multicolored saree"),
        Q.color("multi"),
        Q.pattern("geometric"),
        details(
            "saree",
            "the saree has a patola print in red, green, yellow and black with a red border and a red blouse with a"
            " red border and",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Multicoloured Patola Printed Saree",
        category="Sarees",
        color="Multi",
    ),
]
