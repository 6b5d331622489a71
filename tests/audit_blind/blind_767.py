"""BLIND_767 (46 products; Myntra wedding sarees & lehengas, base zero-shot): written blind in the fifty-fifth session.
Measured blind at 81e168c (the session's sixth rules): 115/150 failures found (76.7%) and 20/216 correct texts flagged
(9.3%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed for the wedding and festival season (Sarees, Lehenga Choli, three Girls'
lehengas). Photos are catalog shots: mostly a model on a white studio backdrop, some lifestyle shots (carved door,
garden hedge, balcony, Diwali bokeh lights, palace corridor, marigold swing, fairy lights), props such as a pooja
thali, a marigold garland, dandiya sticks, a jute bag, and one flat lay of a folded saree with no model. Most models
wear the saree with a blouse (matching or contrast) or a lehenga with a choli and a dupatta; the job asks the color
of every piece: saree, blouse, border; lehenga, choli, dupatta.

Who wrote what: every text in this set is from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, no
adapter, greedy decoding, 30 new tokens for answers and 50 for captions. Closed questions (the saree, blouse,
lehenga and choli colors, garment type, pattern, sleeve length, the yes/no "Is this a ...?") came from enrich's
`--engine reference`, which picks one candidate value. The border and dupatta color questions had no candidate list,
so they were free generation (kind "open"), like the wearing, describe, details and material answers and the
caption. The base model answers short and mostly stops on its own; its habits here: one color for every piece (the
blouse's color given to the saree, the saree's to the blouse), backdrop colors read as garment colors (white, a
green hedge), near hues across groups (navy read as black, peach as orange, maroon as brown), invented fabrics and
embellishments (silk, pearls, zari, tassels), calling a lehenga a "dress", now and then "he" or "the man" for the
model, and, when it does not stop, a run-on that repeats a clause, a list cut at the token limit, or a continuation
into the next "Question: ... Answer:" of the prompt format.

Labeling conventions and judgement calls:
- A color counts as right when it is in the same color group as what the photo shows (maroon/red/burgundy; pink/
  magenta/peach/rose; navy/blue/teal/turquoise; white/off white/cream; grey/silver; olive/green/sea green; mustard/
  yellow). Crossing a group is wrong (navy answered "black", peach answered "orange", maroon answered "brown").
- When the seller's color disagrees with the photo (X767-030: a "Brown" saree that is plainly rust with a black
  border), the answer that matches the photo is correct; the seller column is left as the feed has it.
- Multi-colored pieces (patola, bandhani, half-and-half): any dominant color of the piece, or the list of its colors,
  is correct.
- A wrong color that is the color of another piece the model wears (the blouse's color for the saree, the saree's
  for the blouse, the choli's for the lehenga, the lehenga's for the dupatta) is other_garment_color, even where a
  border or print of the asked piece shares a little of that color (X767-016: red blouse and thin red border on a
  white saree, "red" for the saree). A wrong color from a border, a print, the piece's own sequins, a prop or the
  backdrop (the gold border of a red saree given to its red blouse, white backdrop for a silver blouse, green hedge
  for an ivory dupatta, a wooden door's brown for a gold border) is contradiction. An open answer that lists several
  pieces and gives one of them another piece's color ("a green lehenga and a green blouse" over a pink choli) is
  other_garment_color too.
- Naming the product as another garment type is contradiction: "dress" for a lehenga or a saree, "lehenga" from the
  closed garment-type question for a saree, "no" to "Is this a saree?" for a saree. "skirt" for the lehenga and
  "top" for the choli are accepted, and "indian bride" is accepted where the title says Bridal.
- unsupported: a fabric the title contradicts or does not name and the photo does not show (silk for georgette,
  velvet for raw silk, cotton for silk blend), embellishments and accessories not in the photo (pearls, tassels,
  peacocks and elephants, pockets, a clutch, a purse, heels under a hem that hides the feet), a person in the flat
  lay, a place the photo does not show (a "temple" for a palace corridor).
- non_answer: a one-word color, "yes" or "no" to an open describe/details/wearing question, "i don't know". Short
  phrases that name a real detail ("gold border", "gold embroidery", "tie and dye dots all over") are correct, and
  so are "a saree" and "she is wearing a lehenga" for "What is she wearing?". A single word that names a real
  detail is not used in this set, to keep that call out of it.
- restated: the question's words handed back ("the details of the saree are the details of the saree", "the
  lehenga is a lehenga", "a lehenga" for "Describe the lehenga.", "the lehenga details", the question itself).
- pronoun: he/his/the man/the boy for a Women's or Girls' product, even where the rest of the text is right; "she"
  and "the girl" for the Girls' rows are correct. The row without a gender (X767-036) has no pronoun in its texts.
- loop: a clause or word repeated until the token limit (hit_limit=True); it wins over cut. cut: a text that stops
  mid-phrase at the token limit without repeating (hit_limit=True). leak: the answer runs on into "Question: ...
  Answer:"; the leak label wins over whatever the leaked continuation says.
- One label per text: the one a reader would name first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

SAREE = "Sarees"
LEHENGA = "Lehenga Choli"

BLIND_767 = [
    # photo: maroon Banarasi saree with gold zari border and small gold buttas, matching maroon blouse, gold
    # jhumkas; white studio backdrop, front view. All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X767-001",
        caption("a woman in a maroon saree with gold border"),
        wearing("a red saree with gold border", who="she"),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon"),
        describe("saree", "it is a maroon silk saree with gold zari work"),
        details("saree", "the saree has a gold border and gold motifs all over the body"),
        Q.material("silk"),
        title="Mitera Maroon & Gold-Toned Woven Design Silk Blend Banarasi Saree",
        category=SAREE,
        color="Maroon",
        gender="Women",
    ),
    # photo: rani pink georgette saree with silver sequin work along the border and scattered on the body, pink
    # blouse; white backdrop, three-quarter view. All texts: base model zero-shot.
    case(
        "X767-002",
        caption("a woman in a pink saree posing for the camera"),
        wearing("a pink saree and a pink blouse"),
        color_of("saree", "magenta"),
        color_of("blouse", "pink"),
        Q.material("silk", failure="unsupported"),
        describe("saree", "a pink saree with silver sequins"),
        details(
            "saree",
            "the saree has a lot of sequins on it and it is very sparkly and shiny and it is very sparkly and shiny "
            "and it is very",
            failure="loop",
            hit_limit=True,
        ),
        color_of("border", "gold", kind="open", failure="contradiction"),
        title="Saree mall Pink Embellished Sequinned Georgette Saree",
        category=SAREE,
        color="Pink",
        gender="Women",
    ),
    # photo: bottle green Kanjeevaram-style art silk saree with a broad gold zari border, worn with a plain rani
    # pink blouse (contrast); white backdrop, front view. All texts: base model zero-shot.
    case(
        "X767-003",
        caption("a woman wearing a green saree and a pink blouse"),
        wearing("a green saree with a gold border and a pink blouse"),
        color_of("saree", "pink", failure="other_garment_color"),
        color_of("blouse", "pink"),
        describe("saree", "a green silk saree with gold border"),
        Q.pattern("woven design"),
        is_a("saree", "yes"),
        details(
            "saree",
            "the saree has a gold border with a peacock design and the blouse has gold embroidery on the sleeves",
            failure="unsupported",
        ),
        title="Kalini Green Woven Design Zari Art Silk Kanjeevaram Saree",
        category=SAREE,
        color="Green",
        gender="Women",
    ),
    # photo: red raw-silk bridal lehenga with heavy gold embroidery, red choli, red net dupatta with a gold border
    # draped over the head; bridal jewellery; white backdrop. All texts: base model zero-shot.
    case(
        "X767-004",
        caption("an indian bride in a red lehenga"),
        wearing("a red lehenga with gold embroidery"),
        color_of("lehenga", "red"),
        color_of("choli", "red"),
        color_of("dupatta", "red and gold", kind="open"),
        details(
            "lehenga",
            "the lehenga is decorated with gold embroidery and the dupatta is decorated with gold embroidery and the "
            "lehenga is decorated with gold embroidery and the",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("velvet", failure="unsupported"),
        describe(
            "lehenga", "a red and gold lehenga with a long red veil and a matching red clutch", failure="unsupported"
        ),
        title="Panchhi Red Embroidered Silk Blend Semi-Stitched Bridal Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Red",
        gender="Women",
    ),
    # photo: navy blue crepe saree with a white floral print, plain navy blouse; white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X767-005",
        caption("a woman in a blue saree with white flowers"),
        wearing("she is wearing a blue saree", who="she"),
        color_of("saree", "black", failure="contradiction"),
        color_of("blouse", "white", failure="contradiction"),
        Q.pattern("floral"),
        describe("saree", "blue", failure="non_answer"),
        Q.material("crepe"),
        title="Anouk Navy Blue & White Floral Print Crepe Saree",
        category=SAREE,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow cotton haldi saree with an orange border, yellow blouse; the model holds a marigold garland;
    # white backdrop with a brass urli of marigolds at her feet. All texts: base model zero-shot.
    case(
        "X767-006",
        caption("a woman in a yellow saree holding flowers"),
        wearing("a yellow saree with orange border", who="she"),
        color_of("saree", "orange", failure="contradiction"),
        color_of("blouse", "yellow"),
        color_of("border", "orange", kind="open"),
        details("saree", "he is holding a garland of flowers", failure="pronoun"),
        Q.material("silk", failure="unsupported"),
        describe("saree", "a yellow saree with orange border and a yellow blouse"),
        title="Kalini Yellow & Orange Cotton Blend Saree with Blouse Piece",
        category=SAREE,
        color="Yellow",
        gender="Women",
    ),
    # photo: black georgette party saree with a silver sequin border, black sleeveless blouse; white backdrop,
    # front view. All texts: base model zero-shot.
    case(
        "X767-007",
        caption("a woman in a black saree with a silver border"),
        color_of("saree", "black"),
        color_of("blouse", "navy blue", failure="contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("saree", "a black saree with silver sequin border"),
        details("saree", "the details of the saree are the details of the saree", failure="restated"),
        Q.material("georgette"),
        wearing(
            "a black saree and a black blouse Question: What is the color of the border? Answer: silver",
            who="she",
            failure="leak",
        ),
        title="Sangria Black Embellished Sequinned Georgette Saree",
        category=SAREE,
        color="Black",
        gender="Women",
    ),
    # photo: peach lehenga with silver mirror work, mint green choli, peach net dupatta; white backdrop, front
    # view. All texts: base model zero-shot.
    case(
        "X767-008",
        caption("a woman wearing a pink lehenga and a green blouse"),
        color_of("lehenga", "green", failure="other_garment_color"),
        color_of("choli", "green"),
        color_of("dupatta", "orange", kind="open", failure="contradiction"),
        describe("lehenga", "a pink lehenga with mirror work"),
        Q.pattern("embellished"),
        is_a("lehenga", "yes"),
        wearing("a peach lehenga with a green top and she is holding a purse", who="she", failure="unsupported"),
        title="Kalini Peach Mirror Work Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Peach",
        gender="Women",
    ),
    # photo: red art silk patola saree with a geometric print in green, yellow and white, plain red blouse;
    # printed border, no tassels; white backdrop. All texts: base model zero-shot.
    case(
        "X767-009",
        caption("a woman in a colorful saree"),
        wearing("a saree", who="she"),
        color_of("saree", "red"),
        color_of("blouse", "red"),
        Q.pattern("printed"),
        details("saree", "the saree has a geometric pattern in red, green, yellow and white"),
        describe(
            "saree",
            "the saree is made of silk and has a zari border and tassels on the pallu",
            failure="unsupported",
        ),
        is_a("saree", "no", failure="contradiction"),
        title="Mimosa Red & Green Patola Printed Art Silk Saree",
        category=SAREE,
        color="Multi",
        gender="Women",
    ),
    # photo: a girl of about six in a mustard yellow lehenga with pink and green thread embroidery on the hem, pink
    # choli, pink dupatta with a gold lace border over one shoulder; white backdrop. All texts: base model zero-shot.
    case(
        "X767-010",
        caption("a little girl in a yellow and pink dress", failure="contradiction"),
        wearing("a yellow lehenga and a pink top", who="the girl"),
        color_of("lehenga", "yellow"),
        color_of("choli", "yellow", failure="other_garment_color"),
        color_of("dupatta", "pink", kind="open"),
        describe("lehenga", "she is wearing a yellow lehenga with pink blouse and pink dupatta"),
        details(
            "lehenga",
            "the lehenga has pink and green thread embroidery on the hem and the dupatta has a gold lace border on "
            "both sides and a small",
            failure="cut",
            hit_limit=True,
        ),
        title="Aarika Girls Mustard Yellow & Pink Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Mustard",
        gender="Girls",
    ),
    # photo: teal silk blend saree with a gold zari border, teal blouse; lifestyle shot in front of a carved
    # wooden door, a brass diya on a stool. All texts: base model zero-shot.
    case(
        "X767-011",
        caption("a woman in a blue saree standing in front of a wooden door"),
        wearing("a blue saree with a gold border"),
        color_of("saree", "teal"),
        color_of("blouse", "blue"),
        color_of("border", "brown", kind="open", failure="contradiction"),
        Q.material("cotton", failure="unsupported"),
        is_a("saree", "yes"),
        details("saree", "no", failure="non_answer"),
        describe(
            "saree",
            "a teal saree with a gold border Question: What is the color of the blouse? Answer: teal",
            failure="leak",
        ),
        title="Mitera Teal Woven Design Zari Silk Blend Saree",
        category=SAREE,
        color="Teal",
        gender="Women",
    ),
    # photo: royal blue velvet lehenga with gold zardozi, gold sequinned choli, royal blue net dupatta; white
    # backdrop. All texts: base model zero-shot.
    case(
        "X767-012",
        caption("a woman in a blue and gold lehenga"),
        wearing(
            "a blue lehenga and a gold blouse Question: what is the color of the lehenga? Answer: blue",
            failure="leak",
        ),
        color_of("lehenga", "gold", failure="other_garment_color"),
        color_of("choli", "gold"),
        color_of("dupatta", "blue", kind="open"),
        Q.material("velvet"),
        details("lehenga", "gold embroidery"),
        describe(
            "lehenga",
            "a blue lehenga with gold embroidery and a matching gold choli and he is wearing a necklace",
            failure="pronoun",
        ),
        title="Panchhi Blue & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Blue",
        gender="Women",
    ),
    # photo: cream Kerala kasavu saree with a gold border, gold brocade blouse; the model holds a brass pooja
    # thali with flowers; white backdrop. All texts: base model zero-shot.
    case(
        "X767-013",
        caption("a woman in a white saree holding a plate of flowers"),
        wearing("a white saree and a gold blouse", who="she"),
        color_of("saree", "gold", failure="other_garment_color"),
        color_of("blouse", "gold"),
        color_of("border", "gold", kind="open"),
        describe("saree", "the saree is white with a gold border and it is worn by a man", failure="pronoun"),
        details("saree", "gold border"),
        Q.material("silk", failure="unsupported"),
        title="Kasavu Cream & Gold-Toned Solid Cotton Kerala Saree",
        category=SAREE,
        color="Cream",
        gender="Women",
    ),
    # photo: lavender organza saree with pink and green floral embroidery and a scalloped sequin border, lavender
    # blouse; white backdrop. All texts: base model zero-shot.
    case(
        "X767-014",
        caption("a woman in a purple saree with flowers on it"),
        wearing("purple", who="she", failure="non_answer"),
        color_of("saree", "purple"),
        color_of("blouse", "pink", failure="contradiction"),
        Q.pattern("floral"),
        Q.material("organza"),
        describe(
            "saree",
            "a light purple saree with pink and green flowers embroidered on it and a scalloped border with sequins "
            "and a matching blouse with",
            failure="cut",
            hit_limit=True,
        ),
        title="Saree mall Lavender Floral Embroidered Organza Saree",
        category=SAREE,
        color="Lavender",
        gender="Women",
    ),
    # photo: emerald green silk lehenga with a gold border, rani pink choli, rani pink dupatta with gold gota
    # trim; white backdrop. All texts: base model zero-shot.
    case(
        "X767-015",
        caption("a woman in a green lehenga with a pink blouse and a pink dupatta"),
        color_of("lehenga", "green"),
        color_of("choli", "pink"),
        color_of("dupatta", "green", kind="open", failure="other_garment_color"),
        details("lehenga", "the lehenga has a gold border and the blouse has a gold border"),
        is_a("lehenga", "no", failure="contradiction"),
        wearing("a green lehenga and a green blouse", who="she", failure="other_garment_color"),
        Q.material("silk"),
        describe(
            "lehenga",
            "a green lehenga with a pink blouse and a pink dupatta with gold border and the lehenga has a gold "
            "border at the bottom and the blouse has a",
            failure="cut",
            hit_limit=True,
        ),
        title="Kalini Green & Pink Solid Silk Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Green",
        gender="Women",
    ),
    # photo: white Bengali tant saree with a thin red border (lal paar), red blouse, sindoor and a red bindi;
    # white backdrop, Durga Puja look. All texts: base model zero-shot.
    case(
        "X767-016",
        caption("a woman in a white saree with a red border"),
        wearing(
            "a white saree with red border Question: What is she holding? Answer: nothing", who="she", failure="leak"
        ),
        color_of("saree", "red", failure="other_garment_color"),
        color_of("blouse", "red"),
        color_of("border", "red", kind="open"),
        Q.material("cotton"),
        describe("saree", "a white saree with a red border and red flowers printed all over it", failure="unsupported"),
        details("saree", "red", failure="non_answer"),
        title="Saree mall White & Red Solid Pure Cotton Tant Saree",
        category=SAREE,
        color="White",
        gender="Women",
    ),
    # photo: mustard chiffon saree with a leheriya (diagonal wave stripe) print, black blouse; white backdrop.
    # All texts: base model zero-shot.
    case(
        "X767-017",
        caption("a woman in a yellow saree and black blouse"),
        color_of("saree", "black", failure="other_garment_color"),
        color_of("blouse", "black"),
        Q.pattern("striped"),
        details(
            "saree",
            "the saree is yellow and the blouse is black Question: What is the material of the saree? Answer: chiffon",
            failure="leak",
        ),
        describe("saree", "it is a yellow silk saree with a diagonal print and gold tassels", failure="unsupported"),
        wearing("a black saree", who="she", failure="other_garment_color"),
        title="Anouk Mustard Leheriya Printed Chiffon Saree",
        category=SAREE,
        color="Mustard",
        gender="Women",
    ),
    # photo: a girl of about eight in a red lehenga with gold foil work, red choli, gold dupatta; white backdrop.
    # All texts: base model zero-shot.
    case(
        "X767-018",
        caption("a little girl wearing a red and gold lehenga"),
        wearing("he is wearing a red lehenga", who="the child", failure="pronoun"),
        color_of("lehenga", "red"),
        color_of("choli", "red"),
        color_of("dupatta", "red", kind="open", failure="other_garment_color"),
        Q.garment_type("lehenga"),
        describe("lehenga", "a red lehenga with gold flowers and a gold dupatta"),
        Q.material("silk", failure="unsupported"),
        details("lehenga", "the lehenga has details", failure="restated"),
        title="Bitiya by Bhama Girls Red & Gold-Toned Foil Print Cotton Ready to Wear Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Red",
        gender="Girls",
    ),
    # photo: peach net saree with gold sequins, gold blouse; white backdrop, three-quarter view. All texts: base
    # model zero-shot.
    case(
        "X767-019",
        caption("a woman in a peach saree with gold sequins"),
        color_of("saree", "gold", failure="other_garment_color"),
        color_of("blouse", "gold"),
        Q.material("net"),
        Q.garment_type("lehenga", failure="contradiction"),
        details("saree", "yes", failure="non_answer"),
        describe("saree", "a peach colored saree with golden sequins and a golden blouse"),
        title="Mitera Peach-Coloured Embellished Sequinned Net Saree",
        category=SAREE,
        color="Peach",
        gender="Women",
    ),
    # photo: Navratri chaniya choli: black lehenga with multicolour thread embroidery and mirror work, red choli,
    # red and green bandhani dupatta; the model mid-twirl holding dandiya sticks; white backdrop. All texts: base
    # model zero-shot.
    case(
        "X767-020",
        caption("a woman in a colorful dress holding sticks", failure="contradiction"),
        wearing("a black skirt with colorful embroidery and a red top"),
        color_of("lehenga", "black"),
        color_of("choli", "red"),
        color_of("dupatta", "red and green", kind="open"),
        details(
            "lehenga",
            "mirrors, mirrors, mirrors, mirrors, mirrors, mirrors, mirrors, mirrors, mirrors, mirrors, mirrors, "
            "mirrors, mirrors, mirrors, mirrors",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("striped", failure="contradiction"),
        describe(
            "lehenga",
            "a black lehenga with colorful embroidery and mirrors all over it and a red blouse with short sleeves "
            "and a red and green dupatta with small white",
            failure="cut",
            hit_limit=True,
        ),
        title="Navratri Black Embroidered Mirror Work Chaniya Choli with Dupatta",
        category=LEHENGA,
        color="Black",
        gender="Women",
    ),
    # photo: burgundy georgette saree, plain body, thin velvet border, burgundy blouse; the model turned away to
    # show the pallu over her shoulder (back view); white backdrop. All texts: base model zero-shot.
    case(
        "X767-021",
        caption("the back of a woman in a red saree"),
        wearing(
            "a red saree with a red blouse and a red blouse and a red blouse and a red blouse and a red blouse and a "
            "red blouse and a",
            who="she",
            failure="loop",
            hit_limit=True,
        ),
        color_of("saree", "maroon"),
        color_of("blouse", "black", failure="contradiction"),
        describe("saree", "the saree is made of silk and has gold embroidery on the pallu", failure="unsupported"),
        Q.pattern("solid"),
        details("saree", "the saree has a gold border", failure="unsupported"),
        title="Sangria Burgundy Solid Georgette Saree with Velvet Border",
        category=SAREE,
        color="Burgundy",
        gender="Women",
    ),
    # photo: half-and-half georgette saree, orange pleats and pink pallu with a thin gold border, pink blouse;
    # white backdrop. All texts: base model zero-shot.
    case(
        "X767-022",
        caption("a woman in an orange and pink saree"),
        color_of("saree", "orange"),
        color_of("blouse", "orange", failure="other_garment_color"),
        Q.pattern("colourblocked"),
        details("saree", "the saree is half orange and half pink with a thin gold border"),
        describe("saree", "an orange and pink saree"),
        Q.material("silk", failure="unsupported"),
        is_a("saree", "yes"),
        title="Mitera Orange & Pink Half and Half Georgette Saree",
        category=SAREE,
        color="Orange",
        gender="Women",
    ),
    # photo: lilac georgette lehenga with silver thread work, lilac choli, ivory net dupatta; lifestyle shot in a
    # garden in front of a clipped green hedge. All texts: base model zero-shot.
    case(
        "X767-023",
        caption("a woman in a purple lehenga standing in a garden"),
        wearing("a purple lehenga and a white dupatta", who="she"),
        color_of("lehenga", "purple"),
        color_of("choli", "purple"),
        color_of("dupatta", "green", kind="open", failure="contradiction"),
        Q.material("silk", failure="unsupported"),
        is_a("lehenga", "yes"),
        Q.garment_type("dress", failure="contradiction"),
        describe(
            "lehenga",
            "a purple lehenga with silver embroidery Question: Describe the dupatta. Answer: a white dupatta",
            failure="leak",
        ),
        title="Kalini Lavender Embroidered Georgette Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Lavender",
        gender="Women",
    ),
    # photo: sea green georgette saree with a pink floral print, pink blouse; white backdrop. All texts: base model
    # zero-shot.
    case(
        "X767-024",
        caption("a woman wearing a green saree with pink flowers"),
        color_of("saree", "green"),
        color_of("blouse", "green", failure="other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("saree"),
        describe(
            "saree",
            "the saree is green and pink in color and the saree is green and pink in color and the saree is green "
            "and pink in color and the",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a green saree with pink flowers and a green blouse", who="she", failure="other_garment_color"),
        details(
            "saree",
            "the saree has pink flowers printed all over and a thin pink border along the edge and the pallu has "
            "bigger pink flowers with green leaves and",
            failure="cut",
            hit_limit=True,
        ),
        title="Saree mall Sea Green & Pink Floral Printed Poly Georgette Saree",
        category=SAREE,
        color="Sea Green",
        gender="Women",
    ),
    # photo: silver tissue saree with a metallic sheen and a self (silver) border, silver blouse; the hem covers her
    # feet; white backdrop. All texts: base model zero-shot.
    case(
        "X767-025",
        caption("a woman in a silver saree"),
        wearing("a silver saree and silver high heels", who="she", failure="unsupported"),
        color_of("saree", "grey"),
        color_of("blouse", "white", failure="contradiction"),
        Q.material("tissue"),
        details("saree", "what are the saree details?", failure="restated"),
        describe("saree", "a shiny saree"),
        color_of("border", "gold", kind="open", failure="contradiction"),
        title="Mitera Silver-Toned Solid Tissue Saree",
        category=SAREE,
        color="Silver",
        gender="Women",
    ),
    # photo: maroon velvet lehenga with gold embroidery, maroon choli, rose pink net dupatta with a gold border
    # worn over the head; plain grey studio wall. All texts: base model zero-shot.
    case(
        "X767-026",
        caption("a woman in a red lehenga with a pink veil"),
        color_of("lehenga", "brown", failure="contradiction"),
        color_of("choli", "maroon"),
        color_of("dupatta", "maroon", kind="open", failure="other_garment_color"),
        describe("lehenga", "a red lehenga with gold embroidery and a pink dupatta"),
        details(
            "lehenga",
            "the lehenga is made of velvet and has gold embroidery on it and the dupatta is made of net and has a "
            "gold border on it. the lehenga is",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("velvet"),
        wearing("a maroon lehenga and a maroon blouse and a pink dupatta over his head", who="she", failure="pronoun"),
        title="Panchhi Maroon Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Maroon",
        gender="Women",
    ),
    # photo: red chiffon saree with a gold lace border, red blouse; the model holds a thali of lit diyas; warm
    # Diwali bokeh lights behind her. All texts: base model zero-shot.
    case(
        "X767-027",
        caption("a woman in a red saree holding a plate with candles"),
        wearing("a red saree", who="she"),
        color_of("saree", "red"),
        color_of("blouse", "gold", failure="contradiction"),
        details("saree", "the saree has a gold border and the man is holding a plate with candles", failure="pronoun"),
        Q.material("chiffon"),
        describe(
            "saree",
            "red saree with gold border Question: Describe the blouse. Answer: red blouse",
            failure="leak",
        ),
        color_of("border", "gold", kind="open"),
        title="Sangria Red Solid Chiffon Saree with Lace Border",
        category=SAREE,
        color="Red",
        gender="Women",
    ),
    # photo: pastel pink floral printed lehenga, light pink choli, mint green dupatta; white backdrop, mehndi
    # look. All texts: base model zero-shot.
    case(
        "X767-028",
        caption("a woman in a pink lehenga with a green scarf"),
        wearing("a pink lehenga with a green dupatta", who="she"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink"),
        color_of("dupatta", "pink", kind="open", failure="other_garment_color"),
        Q.pattern("floral"),
        details("lehenga", "the lehenga is a lehenga", failure="restated"),
        is_a("lehenga", "no", failure="contradiction"),
        describe("lehenga", "pink", failure="non_answer"),
        title="Kalini Pink Floral Printed Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Pink",
        gender="Women",
    ),
    # photo: coffee brown silk saree with a gold border, brown blouse, gold temple jewellery; white backdrop.
    # All texts: base model zero-shot.
    case(
        "X767-029",
        caption("a woman in a brown saree and gold jewellery"),
        color_of("saree", "brown"),
        color_of("blouse", "brown"),
        color_of("border", "gold", kind="open"),
        describe("saree", "it is a brown saree with a gold border and a matching blouse"),
        Q.material("silk"),
        is_a("saree", "yes"),
        title="Mitera Coffee Brown Solid Pure Silk Saree with Zari Border",
        category=SAREE,
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: rust (orange-red) cotton saree with a small white floral print and a black border, black blouse; the
    # seller's "Brown" is off for this photo; white backdrop. All texts: base model zero-shot.
    case(
        "X767-030",
        caption("a woman in an orange saree with a black border"),
        wearing("a black saree and a black blouse", who="she", failure="other_garment_color"),
        color_of("saree", "rust"),
        color_of("blouse", "black"),
        Q.pattern("printed"),
        details(
            "saree",
            "the saree has a black border and small white flowers printed on it and it is made of pure silk",
            failure="unsupported",
        ),
        is_a("saree", "yes"),
        Q.material("cotton"),
        describe("saree", "orange", failure="non_answer"),
        title="Brown Printed Cotton Saree",
        category=SAREE,
        color="Brown",
        gender="Women",
    ),
    # photo: yellow haldi lehenga with multicolour gota patti, yellow choli, orange dupatta; the model sits on a
    # swing wound with marigolds (lifestyle set). All texts: base model zero-shot.
    case(
        "X767-031",
        caption("a woman sitting on a swing in a yellow dress", failure="contradiction"),
        color_of("lehenga", "yellow"),
        color_of("choli", "orange", failure="other_garment_color"),
        color_of("dupatta", "orange", kind="open"),
        wearing("a yellow lehenga and an orange dupatta", who="she"),
        describe("lehenga", "the lehenga is yellow and has colorful gota work on the border"),
        details("lehenga", "yellow", failure="non_answer"),
        Q.pattern("embellished"),
        title="Kalini Yellow Gotta Patti Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Yellow",
        gender="Women",
    ),
    # photo: navy blue Banarasi saree with small gold floral buttas and a gold border, red blouse (contrast); white
    # backdrop. All texts: base model zero-shot.
    case(
        "X767-032",
        caption("a woman in a blue saree and red blouse"),
        color_of("saree", "red", failure="other_garment_color"),
        color_of("blouse", "red"),
        wearing("she is wearing a blue saree and a red blouse", who="she"),
        describe(
            "saree",
            "a blue and gold saree with a woven pattern of elephants and peacocks and flowers",
            failure="unsupported",
        ),
        Q.pattern("woven design"),
        color_of("border", "gold", kind="open"),
        details(
            "saree",
            "gold buttis all over and a gold border Question: What are the blouse details? Answer: the blouse is red",
            failure="leak",
        ),
        title="Mitera Navy Blue & Gold-Toned Woven Design Banarasi Saree",
        category=SAREE,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey net lehenga with pink thread embroidery of flowers, pink choli, mid-grey dupatta with a pink
    # embroidered scalloped edge; white backdrop. All texts: base model zero-shot.
    case(
        "X767-033",
        caption("a woman in a grey lehenga and pink top"),
        color_of("lehenga", "pink", failure="other_garment_color"),
        color_of("choli", "pink"),
        color_of("dupatta", "white", kind="open", failure="contradiction"),
        Q.material("net"),
        details("lehenga", "pink flowers embroidered on the skirt"),
        wearing("a pink lehenga and a pink top", who="she", failure="other_garment_color"),
        describe(
            "lehenga",
            "a grey lehenga with pink flowers embroidered on it and a matching grey dupatta with pink embroidered "
            "border and a scalloped edge all around the",
            failure="cut",
            hit_limit=True,
        ),
        title="Kalini Grey & Pink Embroidered Net Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Grey",
        gender="Women",
    ),
    # photo: purple Paithani silk saree, green border and pallu with gold zari peacocks, green blouse; pallu
    # spread to the side; white backdrop. All texts: base model zero-shot.
    case(
        "X767-034",
        caption("a woman in a purple saree with a peacock on it"),
        color_of("saree", "blue", failure="contradiction"),
        color_of("blouse", "purple", failure="other_garment_color"),
        color_of("border", "green", kind="open"),
        details("saree", "the pallu has peacocks woven in gold"),
        Q.material("cotton", failure="unsupported"),
        wearing(
            "a purple saree with a green border and a green blouse and a green border and a green blouse and a green "
            "border and a",
            who="she",
            failure="loop",
            hit_limit=True,
        ),
        describe("saree", "describe the saree", failure="restated"),
        title="Paithani Purple & Green Woven Design Pure Silk Saree",
        category=SAREE,
        color="Purple",
        gender="Women",
    ),
    # photo: a girl of about five in a pink lehenga with gold foil print, pink choli, pink dupatta; white
    # backdrop. All texts: base model zero-shot.
    case(
        "X767-035",
        caption("a little girl in a pink and gold lehenga"),
        wearing("the boy is wearing a pink lehenga", who="the child", failure="pronoun"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink"),
        Q.pattern("solid", failure="contradiction"),
        describe("lehenga", "pink", failure="non_answer"),
        color_of("dupatta", "pink", kind="open"),
        details("lehenga", "details of the lehenga", failure="restated"),
        title="Aarika Girls Pink Foil Printed Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Pink",
        gender="Girls",
    ),
    # photo: white chikankari georgette saree with white thread embroidery, white sleeveless blouse; lifestyle
    # shot on a balcony with potted plants. The feed row has no gender. All texts: base model zero-shot.
    case(
        "X767-036",
        caption("a woman in a white saree standing on a balcony"),
        color_of("saree", "white"),
        color_of("blouse", "white"),
        Q.pattern("embroidered"),
        details("saree", "white thread embroidery of small flowers all over"),
        wearing("a white saree", who="she"),
        describe(
            "saree",
            "the saree is white and it is embroidered with gold thread and pearls",
            failure="unsupported",
        ),
        Q.material("cotton", failure="unsupported"),
        color_of("border", "gold", kind="open", failure="contradiction"),
        title="Ada Hand Embroidered White Chikankari Georgette Saree",
        category=SAREE,
        color="White",
    ),
    # photo: turquoise blue lehenga with silver mirror work, turquoise choli, rani pink dupatta; white backdrop.
    # All texts: base model zero-shot.
    case(
        "X767-037",
        caption("a woman wearing a blue lehenga with a pink dupatta"),
        color_of("lehenga", "blue"),
        color_of("choli", "blue"),
        color_of("dupatta", "blue", kind="open", failure="other_garment_color"),
        is_a("lehenga", "yes"),
        details(
            "lehenga",
            "there is a mirror work on the lehenga Question: What is the color of the dupatta? Answer: pink "
            "Question: What is",
            failure="leak",
            hit_limit=True,
        ),
        wearing("she is wearing a lehenga", who="she"),
        Q.material("silk", failure="unsupported"),
        describe("lehenga", "a lehenga", failure="restated"),
        title="Panchhi Turquoise Blue Mirror Work Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: olive cotton saree with a black and white ikat border, mustard blouse; the model holds a jute tote bag;
    # white backdrop. All texts: base model zero-shot.
    case(
        "X767-038",
        caption("a woman in a green saree holding a bag"),
        color_of("saree", "brown", failure="contradiction"),
        color_of("blouse", "yellow"),
        Q.material("cotton"),
        details("saree", "the saree has a border with ikat print and the bag is made of jute"),
        wearing("a green saree and a yellow blouse and he is holding a bag", who="she", failure="pronoun"),
        color_of("border", "yellow", kind="open", failure="other_garment_color"),
        title="Fabindia Olive Green Ikat Border Pure Cotton Saree",
        category=SAREE,
        color="Olive",
        gender="Women",
    ),
    # photo: gold tissue lehenga with stone work and sequins on the waistband and hem, maroon choli, maroon
    # dupatta; white backdrop. All texts: base model zero-shot.
    case(
        "X767-039",
        caption("a woman in a gold lehenga and a maroon top"),
        color_of("lehenga", "maroon", failure="other_garment_color"),
        color_of("choli", "maroon"),
        color_of("dupatta", "maroon", kind="open"),
        describe(
            "lehenga",
            "the lehenga is gold and has a lot of stone work and sequins on the waist band and the border and the",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("lehenga"),
        wearing("gold", who="she", failure="non_answer"),
        details("lehenga", "the lehenga is made of pure silk and it has kundan stones", failure="unsupported"),
        title="Panchhi Gold-Toned & Maroon Embellished Tissue Semi-Stitched Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Gold",
        gender="Women",
    ),
    # photo: pink and orange bandhani georgette saree (tie-dye dots), red blouse; white backdrop. All texts: base
    # model zero-shot.
    case(
        "X767-040",
        caption("a woman in a pink and orange saree with polka dots"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", failure="other_garment_color"),
        Q.pattern("printed"),
        details("saree", "tie and dye dots all over"),
        describe("saree", "the saree is a saree", failure="restated"),
        wearing("a pink saree with a pink blouse", who="she", failure="other_garment_color"),
        is_a("saree", "yes"),
        title="Kalini Pink & Orange Bandhani Printed Georgette Saree",
        category=SAREE,
        color="Pink",
        gender="Women",
    ),
    # photo: cream georgette lehenga with gold sequins, cream choli, cream dupatta; sangeet look, strings of
    # fairy lights behind her. All texts: base model zero-shot.
    case(
        "X767-041",
        caption("a woman in a white lehenga with lights in the background"),
        color_of("lehenga", "off white"),
        color_of("choli", "gold", failure="contradiction"),
        color_of("dupatta", "white", kind="open"),
        wearing("a white dress with gold sequins", who="she", failure="contradiction"),
        Q.material("georgette"),
        details("lehenga", "the lehenga details", failure="restated"),
        describe(
            "lehenga",
            "a white lehenga with gold sequins and gold sequins and gold sequins and gold sequins and gold sequins "
            "and gold sequins and gold",
            failure="loop",
            hit_limit=True,
        ),
        title="Kalini Cream Sequinned Georgette Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Cream",
        gender="Women",
    ),
    # photo: mustard Kanjeevaram-style saree, plain body, maroon border with a gold temple motif, gold-striped
    # pallu, maroon blouse; white backdrop. All texts: base model zero-shot.
    case(
        "X767-042",
        caption("a woman in a yellow saree with a red border"),
        color_of("saree", "maroon", failure="other_garment_color"),
        color_of("blouse", "maroon"),
        color_of("border", "maroon", kind="open"),
        Q.garment_type("lehenga", failure="contradiction"),
        is_a("saree", "yes"),
        details("saree", "the border is maroon with gold temple design and the pallu has gold stripes"),
        wearing("a yellow saree and a red blouse", who="she"),
        describe(
            "saree",
            "a yellow and maroon saree with a gold temple border Question: What is the color of the saree? Answer: "
            "yellow",
            failure="leak",
        ),
        title="Mitera Mustard & Maroon Zari Art Silk Kanjeevaram Saree",
        category=SAREE,
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue lehenga with a pink and white floral print, pink choli, navy dupatta with a gold border;
    # lifestyle shot in a palace corridor with sandstone arches. All texts: base model zero-shot.
    case(
        "X767-043",
        caption("a woman in a blue and pink lehenga standing in a temple", failure="unsupported"),
        color_of("lehenga", "black", failure="contradiction"),
        color_of("choli", "pink"),
        color_of("dupatta", "pink", kind="open", failure="other_garment_color"),
        Q.pattern("floral"),
        describe("lehenga", "i don't know", failure="non_answer"),
        wearing("a blue lehenga with pink flowers and a pink blouse", who="she"),
        details("lehenga", "the lehenga has pink and white flowers printed on it and the dupatta has a gold border"),
        title="Kalini Navy Blue & Pink Floral Printed Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rose gold shimmer lycra ready-to-wear (pre-stitched) saree, sleeveless rose gold sequinned blouse;
    # white backdrop. All texts: base model zero-shot.
    case(
        "X767-044",
        caption("a woman in a pink saree with a shiny blouse"),
        color_of("saree", "pink"),
        color_of("blouse", "pink"),
        Q.material("lycra"),
        describe(
            "saree",
            "a shiny pink saree with a sleeveless blouse that has sequins all over it and the saree is already pleated "
            "and stitched so it can be worn like a",
            failure="cut",
            hit_limit=True,
        ),
        details("saree", "the saree is pre-stitched and has pockets", failure="unsupported"),
        Q.sleeve_length("full sleeves", failure="contradiction"),
        wearing("pink", who="she", failure="non_answer"),
        title="Sangria Rose Gold Shimmer Lycra Ready to Wear Saree",
        category=SAREE,
        color="Rose Gold",
        gender="Women",
    ),
    # photo: plum purple lehenga with gold embroidery, gold choli, plum dupatta; the model seated on floor
    # cushions, side view. All texts: base model zero-shot.
    case(
        "X767-045",
        caption("a woman in a purple lehenga sitting on the floor"),
        color_of("lehenga", "gold", failure="other_garment_color"),
        color_of("choli", "gold"),
        color_of("dupatta", "purple", kind="open"),
        details("lehenga", "his lehenga has gold embroidery on the border", failure="pronoun"),
        Q.pattern("embroidered"),
        describe("lehenga", "a purple lehenga with gold embroidery and a gold blouse"),
        title="Panchhi Purple Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Purple",
        gender="Women",
    ),
    # photo: flat lay, no model: a folded red Banarasi saree with a gold border and the red blouse piece on top,
    # on a white surface. All texts: base model zero-shot.
    case(
        "X767-046",
        caption("a red and gold saree folded on a white background"),
        wearing("a woman wearing a red saree", failure="unsupported"),
        color_of("saree", "red"),
        color_of("blouse", "red"),
        Q.garment_type("dupatta", failure="contradiction"),
        describe(
            "saree",
            "the saree is red with gold and it is red with gold and it is red with gold and it is red with gold and "
            "it is red",
            failure="loop",
            hit_limit=True,
        ),
        details("saree", "the saree details are the saree details", failure="restated"),
        title="Mitera Red & Gold-Toned Woven Design Banarasi Saree with Blouse Piece",
        category=SAREE,
        color="Red",
        gender="Women",
    ),
]
