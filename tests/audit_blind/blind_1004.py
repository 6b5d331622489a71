"""BLIND_1004 (46 products; old Myntra ethnic wear/dresses, caption epoch 2): written blind in the fifty-eighth session.
Measured blind at fbe889a (the session's fifth rules): 112/123 failures found (91.1%) and 12/172 correct texts flagged
(7.0%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed (2011-2013 style short titles such as "W Women Printed Blue Kurtas" or
"Diva Women Embroided Mustard Kurta"), women's ethnic wear and dresses: kurtas, kurtis, tunics, a kurta set,
churidars, leggings and a patiala sold as bottoms under a kurta, sarees, a lehenga choli, a skirt, a top and
western and ethnic dresses. Photos are the shared set's kind: 3:4 product shots stretched to 224x224, white
backdrop, mostly front view, worn by a model who also wears the other half of the outfit (leggings under a kurta,
a kurta over the churidar that is the product, jeans under a kurti), sometimes with sandals, bags or jewellery.
Catalog columns as the old feed has them: title, category (article type), color (base colour), gender; a few rows
lack one column (one without gender, two without color, one without category).

Who wrote what: every caption and every open answer is free generation by the caption adapter stopped after its
second epoch (between the published epoch-1 and epoch-3 checkpoints) on blip2-opt-2.7b, greedy, 50 new tokens for
captions and 30 for answers. It was trained on the DeepFashion-MultiModal template captions without an end token,
so it speaks the template ("The lady wears a three-quarter sleeve top with floral patterns. The top is with cotton
fabric and it has a round neckline."), says "pure color patterns" where a hue belongs, calls kurtas "top" and now
and then "dress" or "shirt", calls a saree a skirt or dress, often adds template accessories (a belt on her waist,
an accessory on her wrist), and runs on until the token limit: captions cut mid-sentence or start the template
again. At epoch 2 it still answers many questions briefly like the base model ("a teal kurta with white
leggings"), but some answers slide into the caption template, echo the question, or carry on into a new
"Question: ... Answer:" turn. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come
from enrich's reference engine scoring the candidate values with the same adapter, so they are always one
candidate value; their failures are wrong picks: the leggings' or dupatta's color for the kurta, a print color for
the ground color, "dress" or "shirt" for a kurta.

Labeling conventions and judgement calls:
- One label per text. A loop that runs to the limit is "loop", not "cut". A text that invents or contradicts
  something and is also cut at the limit is labeled by the content failure (hit_limit still set). A leak that
  also repeats is "leak".
- "cut" is a text that stops mid-phrase at the token limit while what it says is right. One caption reached the
  limit exactly at the end of a phrase with nothing missing (X1004-004): hit_limit=True and no failure.
- Garment names: "top" and "tunic" for a kurta or kurti are accepted (a generic upper garment, true of a kurta);
  "dress" or "shirt" for a kurta worn over leggings, churidar or pants is a contradiction with the seller's type,
  in free text as in closed answers. For a western top, "shirt" is accepted (the In-shop class is blouse/shirt).
  "leggings" for a churidar and "trousers" for a patiala are accepted as the nearest generic candidate; "lehenga
  choli" is the lehenga's type; "kurta" for a kurti is right.
- A caption that names the other garments of the outfit correctly is right even when the product is the bottom.
  A yes/no garment question is about the seller's product: "yes" to "Is this a kurta?" on the churidar's photo is
  a contradiction.
- Colors: shade families are accepted (magenta as pink, maroon as red, rust as orange, cream as white, olive as
  green, lavender as purple). The color of another garment in the photo (leggings, dupatta, jeans, boots, the
  pants) given to the product is "other_garment_color". A print or embroidery color given as the product's color
  (red for a navy ikat dress, gold for a red lehenga, white for a black dress with a white print) and a plain wrong
  hue are "contradiction". The product's color given to another garment (maroon pants under a maroon kurta, pants
  really beige) is "contradiction".
- "pure color patterns" for a garment whose print is small or tonal is not counted as a failure; a named pattern
  that the photo does not show is a contradiction.
- Material: a fabric the photo supports (matte woven cotton for block-printed kurtas, sheer chiffon for a saree or a
  flowing maxi or a fluid georgette dress, denim, knit for a bodycon) is right; chiffon for opaque crepe is not; a
  fabric the photo gives no sign of (silk for a matte print, linen, satin without sheen) is "unsupported". The
  material of another garment (the jeans' denim) given for the product is a contradiction.
- "unsupported" is an invented detail: a pocket, zip at the back, belt, slit, bracelet, hat or watch that the
  photo does not show.
- "non_answer" is an empty answer, a single word or yes to an open question, or only the question's words back
  ("the kurti", "she is wearing a dress"), or an open color answer that gives the pattern instead of a color.
  "restated" is a sentence that rephrases the question as its answer ("The skirt details are the skirt details").
- "pronoun": every row is women's wear (gender Women, or missing on one row); "the man", "the gentleman" or "his"
  about the model is a pronoun failure; no pronoun failure was written on the row without gender.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1004 = [
    # photo: front view on white; teal straight kurta, small white floral block print, three-quarter sleeves, round
    # neck, side slits, over white churidar leggings; silver earrings. Caption and open answers: caption adapter
    # epoch 2; closed answers: reference engine.
    case(
        "X1004-001",
        caption(
            "The lady wears a three-quarter sleeve top with floral patterns and a long leggings. The top is with "
            "cotton fabric and it has a round neckline. The leggings are of pure color patterns. There is an",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a teal kurta with white leggings"),
        Q.garment_type("kurta"),
        color_of("kurta", "white", failure="other_garment_color"),
        Q.pattern("floral"),
        details("kurta", "three-quarter sleeves, a round neckline and small white floral prints"),
        Q.material("cotton"),
        title="Biba Women Printed Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: front view on white; off-white kurta with a gold foil geometric print, long sleeves, mandarin collar,
    # worn over maroon churidar. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "stand collar. The lady wears a long pants. The pants are of pure color patterns.",
            failure="contradiction",
        ),
        wearing("a white kurta and maroon churidar"),
        Q.color("maroon", failure="other_garment_color"),
        Q.sleeve_length("long"),
        describe("kurta", "The kurta has a mandarin collar, long sleeves and a gold print all over the front."),
        Q.material("The kurta is with cotton fabric."),
        is_a("dress", "no"),
        title="W Women Printed Off White Kurtas",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: front view on white; navy blue sleeveless maxi dress with a red, mustard and white ikat print, round
    # neck, fabric tie at the waist; brown flat sandals, silver bangles. Caption and open answers: caption adapter
    # epoch 2; closed: reference engine.
    case(
        "X1004-003",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sandal. There is an accessory on her wrist. The dress is with cotton fabric. "
            "It has a round neckline",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a long blue dress with a print"),
        Q.color("red", failure="contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has a tie belt at the waist and a zip at the back", failure="unsupported"),
        Q.material(
            "The dress is with cotton fabric and its neckline is round. The lady wears a sandal. There is an "
            "accessory on her",
            failure="cut",
            hit_limit=True,
        ),
        title="Global Desi Women Printed Navy Blue Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view on white; red solid straight kurta, long sleeves, stand collar, short button placket, over
    # white cotton pants; tan kolhapuri sandals. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1004-004",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric and it has a "
            "stand collar. The lady wears a long pants. The pants are with cotton fabric and pure color patterns",
            hit_limit=True,
        ),
        wearing("a red kurta and white pants"),
        color_of("kurta", "red"),
        Q.garment_type("shirt", failure="contradiction"),
        Q.material("cotton"),
        describe(
            "kurta", "The kurta is red with a stand collar, long sleeves and a button placket, worn with white pants."
        ),
        title="Fabindia Women Red Cotton Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: full-length front view on white; the product is the black ankle-length leggings, worn under a white
    # short kurti with tonal white embroidery; black flats. Caption and open answers: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X1004-005",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long leggings. The top is with cotton "
            "fabric. The leggings are with cotton fabric and pure color patterns. The lady wears a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a white top and black leggings"),
        Q.garment_type("leggings"),
        Q.color("white", failure="other_garment_color"),
        is_a("pair of leggings", "yes"),
        details("leggings", "they are leggings", failure="non_answer"),
        Q.material(
            "The leggings are with cotton fabric. The leggings are with cotton fabric. The leggings are with cotton "
            "fabric. The",
            failure="loop",
            hit_limit=True,
        ),
        title="Span Women Black Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: front view on white; short black sleeveless bodycon dress in stretch jersey, square neck, knee length;
    # silver heels, a small red clutch in her hand. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1004-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitting fabric and it has "
            "a square neckline. The lady wears a pair of heels. She holds a bag in her hand."
        ),
        wearing("a black dress and a red bag"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "The gentleman wears a sleeveless dress with pure color patterns and a square neckline.",
            failure="pronoun",
        ),
        details("dress", "a red bag", failure="contradiction"),
        title="Jealous 21 Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: front view on white; orange A-line kurta with a black and white tribal print, three-quarter sleeves,
    # V-neck with tassel ties, over beige churidar. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1004-007",
        caption(
            "The lady wears a three-quarter sleeve top with graphic patterns. The top is with cotton fabric and it has "
            "a v-shape neckline. The lady wears a long leggings. The leggings are of pure color patterns and cotton "
            "fabric. There",
            failure="cut",
            hit_limit=True,
        ),
        wearing("an orange kurta with beige leggings"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("short", failure="contradiction"),
        details("kurta", "tassels at the neckline, a v-neck and a black and white print"),
        Q.material("silk", failure="unsupported"),
        title="Mother Earth Women Printed Orange Kurtas",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: front view on white; navy blue straight kurta with white thread embroidery on the yoke, long sleeves,
    # round neck, over white leggings. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-008",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric and it has a "
            "round neckline. There is an embroidery on the top. The lady wears a long leggings."
        ),
        wearing("a navy blue kurta and white leggings"),
        color_of("kurta", "black", failure="contradiction"),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: The kurta is with cotton fabric and it has a round neckline. "
            "Question",
            failure="leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Shree Women Embroided Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view on white; pink straight kurta with a small green and white floral print, short cap sleeves,
    # round neck, over green churidar leggings. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine. The feed row has no color.
    case(
        "X1004-009",
        caption(
            "The lady wears a short-sleeve top with floral patterns. The top is with cotton fabric and it has a round "
            "neckline. The lady wears a long leggings. The leggings are green."
        ),
        wearing("pink kurta with green leggings"),
        Q.color("green", failure="other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        details(
            "kurta",
            "The kurta has a floral print, short sleeves and a round neckline. The kurta has a floral print, short "
            "sleeves and a round neckline. The",
            failure="loop",
            hit_limit=True,
        ),
        title="Sepia Women Printed Pink Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: front view on white; purple knee-length fit-and-flare dress in opaque crepe, short sleeves, round neck,
    # thin black belt; black pumps. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-010",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and it "
            "has a round neckline. There is a belt on her waist. The lady wears a pair of heels.",
            failure="unsupported",
        ),
        wearing("a purple dress with a black belt"),
        Q.color("black", failure="other_garment_color"),
        Q.sleeve_length("short"),
        describe("dress", "a purple knee-length dress with a black belt"),
        details("dress", "The dress is with black color and it has a belt on the waist", "other_garment_color"),
        is_a("dress", "yes"),
        title="Avirate Women Purple Dress",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: front view on white; bottle green A-line kurta with a narrow gold printed border at the hem,
    # three-quarter sleeves, round neck, no pockets, over white churidar; gold earrings. Caption and open answers:
    # caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-011",
        caption(
            "This woman wears a three-quarter sleeve top with pure color patterns. The top is with cotton fabric and "
            "it has a round neckline. This woman wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. This woman",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a green kurta and white churidar"),
        color_of("kurta", "green"),
        Q.pattern("solid"),
        details(
            "kurta",
            "The kurta is with a gold border at the hem and a round neckline. There is a pocket on the side.",
            failure="unsupported",
        ),
        Q.material("cotton"),
        is_a("dress", "yes", failure="contradiction"),
        title="Aurelia Women Solid Green Kurtas",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: front view on white; kurta set: mustard kurta with a small white floral booti print, long sleeves,
    # round neck, mustard salwar, maroon dupatta with a gold border over both shoulders. Caption and open answers:
    # caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-012",
        caption(
            "The lady wears a long-sleeve top with floral patterns and a long pants. She has a scarf around her neck. "
            "The top is with cotton fabric and it has a round neckline. The pants are with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta, yellow salwar and a red dupatta"),
        Q.color("maroon", failure="other_garment_color"),
        Q.garment_type("kurta"),
        D.description(
            "The garment is a long-sleeve top with floral patterns. The garment is a long-sleeve top with floral "
            "patterns. The garment is a",
            failure="loop",
            hit_limit=True,
        ),
        Q.material(
            "The garment is made of cotton. Question: What is the color of the garment? Answer: yellow. Question: What",
            failure="leak",
            hit_limit=True,
        ),
        title="Biba Women Mustard Salwar Kurta Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: full-length front view on white; royal blue sheer chiffon saree with a gold zari border, pallu over the
    # left shoulder, gold brocade short-sleeve blouse, gold bangles. Caption and open answers: caption adapter
    # epoch 2; closed: reference engine.
    case(
        "X1004-013",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. There is "
            "an accessory on her wrist. The lady wears a short-sleeve dress with pure color patterns. The dress is "
            "with chiffon",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a blue saree with a gold border"),
        Q.garment_type("dress", failure="contradiction"),
        Q.color("blue"),
        details("saree", "saree", failure="non_answer"),
        describe("saree", "The saree is gold with a blue border.", failure="contradiction"),
        Q.material("chiffon"),
        is_a("saree", "yes"),
        title="Kalazone Women Blue Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: front view on white; yellow shift dress with a black floral print, short sleeves, round neck, above
    # the knee; white sneakers, no hat. Caption and open answers: caption adapter epoch 2; closed: reference
    # engine.
    case(
        "X1004-014",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The lady wears a pair of sneakers."
        ),
        wearing("a yellow dress with black flowers and white shoes"),
        Q.color("yellow"),
        Q.pattern("floral"),
        describe(
            "dress",
            "The dress is a short-sleeve dress with floral patterns and it has a round neckline. She also wears a hat.",
            failure="unsupported",
        ),
        details("dress", "What are the dress details? The dress details are the details of the dress", "restated"),
        title="Tokyo Talkies Women Printed Yellow Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: front view on white; black straight kurta with red and gold embroidery around the round neck, long
    # sleeves, over red leggings. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-015",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a long leggings. The top is with cotton "
            "fabric and it has a round neckline. There is an embroidery on the neckline. The leggings are red."
        ),
        wearing("black kurta and red leggings"),
        color_of("kurta", "red", failure="other_garment_color"),
        Q.sleeve_length("long"),
        describe(
            "kurta",
            "The kurta is black and has red embroidery. The kurta is black and has red embroidery. The kurta is black "
            "and has red",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("The top is with cotton fabric and it has a round neckline."),
        title="Rangmanch Women Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: full-length front view on white; the product is the white churidar, gathered at the ankles, worn under
    # a long magenta kurta with a gold print that hides the waist. Caption and open answers: caption adapter epoch
    # 2; closed: reference engine.
    case(
        "X1004-016",
        caption(
            "The lady wears a long-sleeve top with floral patterns. The top is with cotton fabric and it has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a pink kurta and white churidar"),
        Q.garment_type("leggings"),
        Q.color("magenta", failure="other_garment_color"),
        is_a("kurta", "yes", failure="contradiction"),
        details("churidar", "gathered at the ankles, with a drawstring at the waist", failure="unsupported"),
        title="Folklore Women White Churidar",
        category="Churidar",
        color="White",
        gender="Women",
    ),
    # photo: front view on white; hip-length peach kurti with a white floral print, long sleeves rolled up,
    # mandarin collar, worn with blue jeans; brown handbag on her arm. Caption and open answers: caption adapter
    # epoch 2; closed: reference engine.
    case(
        "X1004-017",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a stand collar. The trousers are with denim fabric and pure color patterns. The lady",
            failure="contradiction",
            hit_limit=True,
        ),
        wearing("a peach kurti and blue jeans"),
        Q.color("blue", failure="other_garment_color"),
        Q.pattern("floral"),
        is_a("pair of jeans", "yes", failure="contradiction"),
        Q.material("denim", failure="contradiction"),
        title="W Women Printed Peach Kurti",
        category="Kurtis",
        color="Peach",
        gender="Women",
    ),
    # photo: front view on white; maroon midi wrap dress in fluid georgette, three-quarter sleeves, V-neck, fabric
    # tie at the waist; nude heels. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-018",
        caption(
            "The lady wears a three-quarter sleeve dress with pure color patterns. The dress is with chiffon fabric "
            "and it has a v-shape neckline. There is a belt on her waist. The lady wears a pair of heels."
        ),
        wearing("a red dress"),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter"),
        describe(
            "dress",
            "The man wears a three-quarter sleeve dress with pure color patterns. The dress is with chiffon fabric and",
            failure="pronoun",
            hit_limit=True,
        ),
        details("dress", "a wrap front with a tie at the waist and a v-neck"),
        title="Femella Women Maroon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: front view on white; beige sleeveless tunic with a brown paisley print, round neck, over black
    # leggings. Caption and open answers: caption adapter epoch 2; closed: reference engine. The feed row has no
    # gender.
    case(
        "X1004-019",
        caption(
            "The lady wears a sleeveless top with graphic patterns and a long leggings. The top is with cotton fabric. "
            "The leggings are with cotton fabric and pure color patterns. The lady wears a sleeveless top with graphic "
            "patterns",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a beige tunic and black leggings"),
        Q.color("black", failure="other_garment_color"),
        Q.pattern("paisley"),
        Q.sleeve_length("sleeveless"),
        details("tunic", "a brown paisley print and a round neck"),
        describe("tunic", "The tunic is black with a paisley print and it is sleeveless.", "other_garment_color"),
        title="Lakshita Women Printed Beige Tunic",
        category="Tunics",
        color="Beige",
    ),
    # photo: front view on white; blue and white vertical striped kurta, long sleeves rolled to the elbow, mandarin
    # collar, over white pants. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-020",
        caption(
            "The lady wears a long-sleeve top with striped patterns. The top is with cotton fabric and it has a stand "
            "collar. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a blue and white striped kurta and white pants"),
        Q.color("blue"),
        Q.pattern("striped"),
        describe(
            "kurta", "The kurta has blue and white stripes, a mandarin collar and long sleeves rolled up to the elbow."
        ),
        Q.material("linen", failure="unsupported"),
        is_a("shirt", "yes", failure="contradiction"),
        title="Fabindia Women Striped Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: front view on white; lime green peasant top with short puff sleeves and white embroidery at the round
    # neckline, tucked out over blue skinny jeans. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1004-021",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a round neckline. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a green top and blue jeans"),
        Q.garment_type("top"),
        Q.color("green"),
        details(
            "top",
            "The top has embroidery on the neckline and puff sleeves. The top has embroidery on the neckline and puff "
            "sleeves. The top",
            failure="loop",
            hit_limit=True,
        ),
        describe(
            "top",
            "The woman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a round neckline. The",
            failure="cut",
            hit_limit=True,
        ),
        title="Global Desi Women Lime Green Top",
        category="Tops",
        color="Lime Green",
        gender="Women",
    ),
    # photo: front view on white; flared magenta anarkali kurta, long sleeves, round neck, gold zari border at the
    # hem and cuffs, over gold churidar. Caption and open answers: caption adapter epoch 2; closed: reference
    # engine.
    case(
        "X1004-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The lady wears a long leggings.",
            failure="contradiction",
        ),
        wearing("a pink anarkali kurta and golden leggings"),
        Q.color("pink"),
        Q.garment_type("kurta"),
        describe("kurta", "yes", failure="non_answer"),
        details("kurta", "a gold border at the hem and at the cuffs"),
        Q.material(
            "The dress is with cotton fabric. Answer: The dress is with cotton fabric. Answer: The dress is with "
            "cotton",
            failure="leak",
            hit_limit=True,
        ),
        title="Biba Women Magenta Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: front view on white; red midi dress with white polka dots, short flutter sleeves, V-neck, tie waist,
    # bare wrists; black strappy sandals. Caption and open answers: caption adapter epoch 2; closed: reference
    # engine.
    case(
        "X1004-023",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and it has "
            "a v-shape neckline. The lady wears a pair of sandals. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        wearing("a red dress with white polka dots"),
        Q.color("red"),
        Q.pattern("polka dots"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        is_a("dress", "yes"),
        title="Elle Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: full-length front view on white; the product is the bottle green patiala, heavily pleated and gathered
    # at the ankle, worn with a short white kurta with a small green print. Caption and open answers: caption
    # adapter epoch 2; closed: reference engine.
    case(
        "X1004-024",
        caption(
            "The lady wears a short-sleeve top with floral patterns and a long pants. The top is with cotton fabric. "
            "The pants are with cotton fabric and pure color patterns. The lady wears a short-sleeve top with",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a white kurta and green patiala pants"),
        Q.garment_type("trousers"),
        Q.color("white", failure="other_garment_color"),
        details("patiala", "the patiala has pleats and is gathered at the ankle"),
        Q.material(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color",
            failure="loop",
            hit_limit=True,
        ),
        title="Span Women Green Patiala",
        category="Patiala",
        color="Green",
        gender="Women",
    ),
    # photo: front view on white; ankle-length flared indigo skirt with a white dabu floral print, no slit, worn
    # with a white sleeveless top; silver anklets. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1004-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is with cotton fabric and floral patterns."
        ),
        wearing("a white tank top and a long blue skirt"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        describe("skirt", "The skirt is long and has a floral print with a slit on the side", failure="unsupported"),
        details("skirt", "The skirt details are the skirt details", failure="restated"),
        Q.material("silk", failure="unsupported"),
        title="Mother Earth Women Indigo Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view on white; red lehenga skirt with heavy gold embroidery, red short-sleeve choli, red net
    # dupatta with a gold border over one shoulder. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1004-026",
        caption(
            "The lady wears a short-sleeve top with graphic patterns and a long skirt. The skirt is with chiffon "
            "fabric and it has graphic patterns. There is a scarf on her shoulder. The lady wears a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a red lehenga with gold embroidery"),
        Q.garment_type("lehenga choli"),
        Q.color("gold", failure="contradiction"),
        describe(
            "lehenga",
            "The lehenga is red with gold embroidery and she wears a red dupatta on his shoulder",
            failure="pronoun",
        ),
        details("lehenga", "heavy gold embroidery all over the skirt and a gold border on the dupatta"),
        is_a("lehenga", "yes"),
        title="Utsav Women Red Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: front view on white; rust solid straight kurta, three-quarter sleeves, round neck with a keyhole and
    # tassel ties, over cream cigarette pants. Caption and open answers: caption adapter epoch 2; closed: reference
    # engine.
    case(
        "X1004-027",
        caption(
            "The lady wears a three-quarter sleeve top with pure color patterns. The top is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants."
        ),
        wearing("an orange kurta and cream pants"),
        color_of("kurta", "cream", failure="other_garment_color"),
        Q.pattern("solid"),
        details(
            "kurta",
            "The kurta has a keyhole neckline with tassels. The kurta has a keyhole neckline with tassels. The kurta "
            "has",
            failure="loop",
            hit_limit=True,
        ),
        Q.material(
            "The kurta is with cotton fabric and it has a round neckline. The lady wears a long pants. The pants are",
            failure="cut",
            hit_limit=True,
        ),
        title="W Women Solid Rust Kurtas",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: front view on white; light blue denim shirt dress, long sleeves rolled up, collar, button front, brown
    # belt, knee length. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric and it has a "
            "lapel neckline. There is a belt on her waist."
        ),
        wearing("a denim shirt dress with a brown belt"),
        Q.color("blue"),
        Q.garment_type("shirt", failure="contradiction"),
        Q.material("denim"),
        describe(
            "dress",
            "The dress is with denim fabric and it has a lapel neckline. Question: What is the color of the belt? "
            "Answer",
            failure="leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Chemistry Women Blue Denim Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: front view on white; grey straight kurta with a black block print, three-quarter sleeves, V-neck, over
    # black leggings. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-029",
        caption(
            "The lady wears a three-quarter sleeve top with graphic patterns and a long leggings. The top is with "
            "cotton fabric and it has a v-shape neckline. The leggings are black."
        ),
        wearing("a grey and black kurta with black leggings"),
        Q.color("black", failure="other_garment_color"),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "The man wears a three-quarter sleeve top with graphic patterns. The top is with cotton fabric and",
            failure="pronoun",
            hit_limit=True,
        ),
        details("kurta", "a v-neck and a black block print"),
        title="Sepia Women Printed Grey Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: front view on white; white kurta with a blue floral print, long sleeves, mandarin collar, over blue
    # jeans. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-030",
        caption(
            "The lady wears a long-sleeve top with floral patterns and a long trousers. The top is with cotton fabric "
            "and it has a stand collar. The trousers are with denim fabric. The lady wears a long-sleeve top with "
            "floral",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a white floral kurta and jeans"),
        Q.color("blue", failure="other_garment_color"),
        color_of("kurta", "The kurta is with floral patterns.", failure="non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        details("kurta", "it has a collar"),
        title="Wills Lifestyle Women Printed White Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: front view on white; lavender sleeveless maxi dress in flowing chiffon, V-neck, gathered waist, no
    # sheen; silver sandals. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-031",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has "
            "a v-shape neckline. The dress is long."
        ),
        wearing("a purple dress"),
        Q.color("pink", failure="contradiction"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "The dress has a v-neck and a gathered waist. The dress has a v-neck and a gathered waist. The dress has a",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("satin", failure="unsupported"),
        title="Taurus Women Lavender Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: front view on white; sea green straight kurta with white embroidery on the yoke, three-quarter sleeves,
    # round neck, over white palazzo pants. Caption and open answers: caption adapter epoch 2; closed: reference
    # engine.
    case(
        "X1004-032",
        caption(
            "The lady wears a three-quarter sleeve top with pure color patterns and a long pants. The top is with "
            "cotton fabric and it has a round neckline. There is an embroidery on the top. The pants are with",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a green kurta and white palazzo pants"),
        color_of("kurta", "sea green"),
        Q.garment_type("kurta"),
        is_a("pair of trousers", "yes", failure="contradiction"),
        describe("kurta", "The kurta is green with white embroidery on the yoke and the pants are white."),
        title="Biba Women Sea Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: front view on white; patchwork kurta in red, yellow, blue and green squares with small mirror work,
    # long sleeves, mandarin collar, over black leggings; no jewellery. Caption and open answers: caption adapter
    # epoch 2; closed: reference engine.
    case(
        "X1004-033",
        caption(
            "The lady wears a long-sleeve top with color block patterns and a long leggings. The top is with cotton "
            "fabric and it has a stand collar. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a colorful kurta and black leggings"),
        Q.color("black", failure="other_garment_color"),
        Q.pattern("color block"),
        details(
            "kurta",
            "mirror work on the front and a patchwork of colors. She wears a necklace and a watch",
            failure="unsupported",
        ),
        Q.material("cotton"),
        title="Shree Women Printed Multi Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: front view on white; olive cotton shirt dress, short roll-up sleeves, collar, button front, no pockets,
    # self tie belt, above the knee; tan ankle boots. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1004-034",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a lapel neckline. There is a belt on her waist. The lady wears a pair of boots."
        ),
        wearing("a green shirt dress with a belt and brown boots"),
        Q.color("brown", failure="other_garment_color"),
        is_a("shirt", "no"),
        describe(
            "dress",
            "The dress is green. The dress is green. The dress is green. The dress is green. The dress is green. The "
            "dress is",
            failure="loop",
            hit_limit=True,
        ),
        details(
            "dress",
            "a collar, a button placket, a tie belt and two chest pockets with flaps",
            failure="unsupported",
        ),
        title="Tokyo Talkies Women Olive Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: front view on white; yellow sleeveless straight kurta with a green leaf print, round neck, no pockets,
    # over green leggings; no jewellery. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-035",
        caption(
            "The lady wears a sleeveless top with floral patterns and a long leggings. The top is with cotton fabric "
            "and it has a round neckline. The leggings are green. The top has a pocket on the",
            failure="unsupported",
            hit_limit=True,
        ),
        wearing("a yellow kurta and green leggings"),
        Q.color("green", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        details(
            "kurta",
            "The kurta has a green leaf print and a round neckline. The lady wears a ring on her finger.",
            failure="unsupported",
        ),
        title="Aurelia Women Printed Yellow Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: front view on white; black shift dress with a white abstract graphic print, short sleeves, round neck,
    # just above the knee; black heels. Caption and open answers: caption adapter epoch 2; closed: reference
    # engine.
    case(
        "X1004-036",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The lady wears a pair of heels. The dress is short."
        ),
        wearing("a black and white printed dress"),
        Q.color("white", failure="contradiction"),
        Q.pattern("printed"),
        describe("dress", "", failure="non_answer"),
        details("dress", "the details of the dress are on the dress", failure="restated"),
        is_a("dress", "yes"),
        title="109F Women Printed Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: front view on white; dark coffee brown straight kurta with cream thread embroidery at the neck, long
    # sleeves, over a cream salwar. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-037",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a long pants. The top is with cotton fabric "
            "and it has a round neckline. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "long",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a brown kurta and a white salwar"),
        color_of("kurta", "maroon", failure="contradiction"),
        Q.garment_type("kurta"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: The kurta has embroidery on the neckline. Question: What "
            "are the",
            failure="leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fabindia Women Coffee Brown Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: full-length front view on white; the product is the white leggings, seen below the knee under a long
    # red kurta with a gold print; bare wrists. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1004-038",
        caption(
            "The lady wears a long-sleeve top with graphic patterns. The top is with cotton fabric and it has a round "
            "neckline. The lady wears a long leggings. The leggings are white."
        ),
        wearing("a red kurta with white leggings"),
        Q.color("red", failure="other_garment_color"),
        Q.garment_type("kurta", failure="contradiction"),
        is_a("pair of leggings", "yes"),
        details(
            "leggings",
            "The leggings are with cotton fabric and pure color patterns. She has a bracelet on her wrist and a",
            failure="unsupported",
            hit_limit=True,
        ),
        title="Span Women White Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: front view on white; maroon A-line kurta with a cream floral print, three-quarter sleeves, round neck,
    # over beige straight pants. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-039",
        caption(
            "The lady wears a three-quarter sleeve top with floral patterns and a long pants. The top is with cotton "
            "fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("The man wears a three-quarter sleeve top with floral patterns and a long pants.", failure="pronoun"),
        Q.color("maroon"),
        Q.pattern("floral"),
        color_of("pants", "maroon", failure="contradiction"),
        Q.sleeve_length("three-quarter"),
        title="W Women Printed Maroon Kurtas",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: front view on white; turquoise tunic with orange and pink embroidery at the round neckline,
    # three-quarter bell sleeves, over white leggings. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1004-040",
        caption(
            "The lady wears a three-quarter sleeve top with pure color patterns and a long leggings. The top is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a blue tunic with white leggings"),
        Q.color("turquoise blue"),
        Q.garment_type("dress", failure="contradiction"),
        describe("tunic", "The tunic is blue with orange embroidery on the neckline and bell sleeves."),
        Q.material(
            "The top is with cotton fabric. The top is with cotton fabric. The top is with cotton fabric. The top is",
            failure="loop",
            hit_limit=True,
        ),
        title="Global Desi Women Printed Turquoise Blue Tunic",
        category="Tunics",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: front view on white; short pink kurti with a white geometric print, short sleeves, mandarin collar,
    # over blue jeans; white sneakers. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-041",
        caption(
            "The lady wears a short-sleeve top with graphic patterns and a long trousers. The top is with cotton "
            "fabric and it has a stand collar. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a pink top and jeans"),
        Q.color("pink"),
        Q.sleeve_length("short"),
        is_a("kurta", "yes"),
        details("kurti", "the kurti", failure="non_answer"),
        describe("kurti", "The kurti is purple with a white print and a stand collar.", failure="contradiction"),
        Q.material("cotton"),
        title="Biba Women Pink Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: front view on white; lavender kurta with white chikan embroidery all over, three-quarter sleeves,
    # round neck, over white churidar; silver jhumka earrings. Caption and open answers: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X1004-042",
        caption(
            "The lady wears a three-quarter sleeve top with pure color patterns. The top is with cotton fabric and it "
            "has a round neckline. There is an embroidery on the top. This lady wears earrings."
        ),
        wearing("a purple kurta and white leggings"),
        Q.color("white", failure="other_garment_color"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: The kurta is purple. Question: Describe the leggings. Answer: The "
            "leggings",
            failure="leak",
            hit_limit=True,
        ),
        details("kurta", "white chikan embroidery all over the kurta"),
        title="Mother Earth Women Embroided Lavender Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: full-length front view on white; emerald green saree with a pink border, pallu over the shoulder,
    # pink short-sleeve blouse. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-043",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and it has pure color patterns. The lady wears a short-sleeve top with pure color patterns and a "
            "long skirt",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a green saree with a pink border and a pink blouse"),
        Q.color("pink", failure="other_garment_color"),
        Q.garment_type("saree"),
        details("saree", "The saree details are the details of a green saree.", failure="restated"),
        is_a("saree", "no", failure="contradiction"),
        title="Kalazone Women Green Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: front view on white; white sleeveless skater dress with a pink, yellow and green floral print, round
    # neck, above the knee. Caption and open answers: caption adapter epoch 2; closed: reference engine. The feed
    # row has no color.
    case(
        "X1004-044",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is short."
        ),
        wearing("a white floral dress"),
        Q.color("pink", failure="contradiction"),
        Q.pattern("floral"),
        describe("dress", "she is wearing a dress", failure="non_answer"),
        Q.sleeve_length("sleeveless"),
        title="Jealous 21 Women Printed Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: front view on white; ankle-length flared indigo ethnic dress with a white dabu print, three-quarter
    # sleeves, round neck with a keyhole and tassel, no belt; silver oxidised necklace. Caption and open answers:
    # caption adapter epoch 2; closed: reference engine.
    case(
        "X1004-045",
        caption(
            "The lady wears a three-quarter sleeve dress with floral patterns. The dress is with cotton fabric and it "
            "has a round neckline. There is a necklace on her neck. The dress is long."
        ),
        wearing("a long blue dress with a white print and a necklace"),
        Q.color("blue"),
        Q.garment_type("kurta", failure="contradiction"),
        details(
            "dress",
            "The dress has a keyhole neckline with a tassel, and it is tied at the waist with a belt.",
            failure="unsupported",
        ),
        Q.material("cotton"),
        title="Biba Women Printed Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: front view on white; mustard straight kurta with maroon embroidery at the neck and cuffs, long
    # sleeves, over maroon leggings. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    # The feed row has no category.
    case(
        "X1004-046",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a long leggings. The top is with cotton "
            "fabric and it has a round neckline. There is an embroidery on the neckline and the sleeves. The leggings",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta and maroon leggings"),
        Q.color("maroon", failure="other_garment_color"),
        Q.garment_type("kurta"),
        describe("kurta", "The kurta is yellow with maroon embroidery. It has a zipper at the back.", "unsupported"),
        Q.material(
            "The kurta is made of cotton. Question: What is the color of the kurta? Answer: yellow. Question: What is",
            failure="leak",
            hit_limit=True,
        ),
        title="Diva Women Embroided Mustard Kurta",
        color="Mustard",
        gender="Women",
    ),
]
