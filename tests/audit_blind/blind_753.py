"""BLIND_753 (46 products; old Myntra women's ethnic/dresses, caption ep. 2): written blind in the fifty-fifth session.
Measured blind at 63d1c61 (the session's fourth rules): 89/110 failures found (80.9%) and 16/154 correct texts flagged
(10.4%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind: short product names ("Biba Women Pink Kurta"), the seller's
article_type as category (Kurtas, Kurtis, Tunics, Dresses, Churidar, Leggings, Patiala, Sarees, Dupatta, Lehenga Choli,
Skirts, Kurta Sets, Salwar and Dupatta) and base_colour as color. Women's ethnic wear and dresses, 224x224 shots on a
white backdrop, mostly worn by a model who also wears other garments (churidar or leggings under a kurta, a dupatta,
jeans under a kurti, heels or sandals under a dress). A few rows lack a column (no color, no gender, no category).

Who wrote what: the caption and every open answer (wearing, describe, details, material) come from BLIP-2 OPT-2.7b with
the caption adapter stopped at epoch 2 (between the published epoch-1 and epoch-3 checkpoints). It writes the
DeepFashion template ("The lady wears a medium-sleeve kurta with floral patterns and a long leggings. The kurta is with
cotton fabric and its neckline is round."), names patterns rather than hues in captions, borrows the template's
accessories ("There is an accessory on her wrist", "This lady has neckwear", a hat, a belt, a ring), and, with no
end token trained, sometimes runs on to the limit (50 tokens for captions, 30 for answers) in a loop or stops
mid-sentence. At epoch 2 the base model still shows through in answers: hue names, "kurta", now and then the
"Question: ... Answer:" format. Closed answers (color_of, pattern, sleeve_length, garment_type, color, is_a) come from
enrich's --engine reference: one candidate value, never cut or looped, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One label per text, the most salient failure; I avoided stacking two failures in one text.
- A closed color answer that names another garment's color (the churidar's, the dupatta's) is labelled contradiction;
  other_garment_color is kept for open answers that give the product the color of another garment worn with it.
- An open answer that paints every garment in one color: other_garment_color when the product gets the other
  garment's color; contradiction when the product's own color is spread onto the other garments (X753-033).
- Garment words: "top", "upper clothing", "tunic", "kurti", "long top" are fine for a kurta; "shirt", "T-shirt",
  "sweater" for a kurta/kurti/tunic and "dress" for a saree are contradictions of the seller's category. "Blouse" for
  a choli and "leggings" or "pants" for churidar, salwar and patiala are correct. Words about garments that are not
  the product (the kurta worn over listed leggings) were kept neutral so they are not judged.
- Shades map to coarse names: magenta -> pink, mustard -> yellow, teal/turquoise/navy -> blue, cream -> white,
  maroon -> red, olive/lime/sea green -> green, rust -> orange. X753-016's seller says Brown but the kurta is rust in
  the photo: "orange" is counted correct. For a Multi product, naming the dominant print color is correct.
- Material: a material that fits the photo and is not contradicted by the title is correct (cotton for a printed
  cotton-looking kurta); a material the photo does not support (denim, wool, knitting, leather-like claims for a
  kurta or chiffon dress) is unsupported; none here contradicts a material named in the title except X753-014
  (Chanderi title, "denim" answer), labelled contradiction.
- Invented details not visible in the photo (pockets, zips, buttons on cuffs, belts, hats, rings, lace trim) are
  unsupported; accessories the template names that ARE in the photo (bangles, necklace, dupatta as neckwear, a bag,
  sunglasses) are correct.
- non_answer: an empty or one-word reply to an open question, "yes", the bare garment name, or only what the question
  or title already says ("They are long." for a churidar's details, "The dress is long." for a maxi dress).
  restated: the question echoed or turned into a tautological sentence ("The dress details are the dress details.").
- loop: any text that repeats a phrase until the limit (hit_limit=True), labelled loop even though it also ends cut.
  cut: a text that stops mid-phrase at the limit (hit_limit=True). Correct texts stopped before the limit.
- leak: the "Question: ... Answer:" format in the text, at the start or continuing into a next question.
- pronoun: he/him/man/gentleman/boy for a Women or Girls product whose photo shows a woman or girl.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
material = BLIND_QUESTIONS.material

BLIND_753 = [
    # photo: pink straight knee-length kurta, small white floral print, 3/4 sleeves, white churidar, silver jhumkas,
    # white backdrop, front view; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-001",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns and a long leggings. The kurta is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("She wears a pink kurta with white floral print and white leggings."),
        color_of("kurta", "pink"),
        details(
            "kurta",
            "The kurta is with cotton fabric and floral patterns. It has a round neckline and a pocket on the chest.",
            "unsupported",
        ),
        material("The kurta is with chiffon fabric.", "unsupported"),
        pattern("floral"),
        is_a("dress", "no"),
        title="Biba Women Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue straight kurta, gold foil print on the yoke, long sleeves, cream salwar pants, tan clutch in
    # hand, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-002",
        caption(
            "This woman is wearing a long-sleeve kurta with graphic patterns and a long pants. The kurta is with "
            "cotton fabric and its neckline is round. The pants are cotton and solid color patterns."
        ),
        wearing("She wears a navy blue kurta with gold print and cream pants and holds a brown clutch."),
        color_of("kurta", "cream", "contradiction"),
        describe(
            "kurta",
            "The kurta is with cotton fabric and graphic patterns. The kurta is with cotton fabric and graphic "
            "patterns. The kurta is with cotton",
            "loop",
            hit_limit=True,
        ),
        sleeves("long sleeves"),
        title="W Women Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: orange sleeveless maxi dress with blue-and-white ikat print, brown belt at the waist, 3/4 view, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-003",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its neckline "
            "is round. The dress is of long length. There is a belt."
        ),
        wearing("The woman is wearing an orange and blue printed maxi dress with a brown belt."),
        color_of("dress", "blue", "contradiction"),
        details(
            "dress",
            "The dress is with cotton fabric and graphic patterns. It has a belt and two pockets on the sides and a "
            "zipper on the back.",
            "unsupported",
        ),
        material("cotton Question: What is the pattern of the garment? Answer: graphic", "leak"),
        is_a("dress", "yes"),
        title="Global Desi Women Printed Maxi Dress",
        category="Dresses",
        color="Orange",
        gender="Women",
    ),
    # photo: bottle green cotton kurta with white block-printed buttis, mandarin collar, button placket, 3/4 sleeves,
    # white churidar, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference
    case(
        "X753-004",
        caption(
            "The lady wears a medium-sleeve kurta with lattice patterns and a long leggings. The kurta is with cotton "
            "fabric and it has a stand collar. The leggings are with cotton fabric and pure color patterns. This "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("She wears a white kurta and white leggings.", "other_garment_color"),
        color_of("kurta", "green"),
        describe("kurta", "The kurta is green with small white prints, a mandarin collar and buttons down the front."),
        pattern("printed"),
        title="Fabindia Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: maroon churidar with ruched ankles worn under a beige kurta with a small maroon print, gold sandals,
    # white backdrop, full view; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-005",
        caption(
            "The lady wears a long-sleeve top with floral patterns and a long leggings. The leggings are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("She is wearing a beige kurta with maroon prints and maroon churidar leggings."),
        color_of("churidar", "beige", "contradiction"),
        details("churidar", "They are long.", "non_answer"),
        describe("churidar", "The churidar is beige with maroon prints.", "other_garment_color"),
        garment_type("leggings"),
        title="Aurelia Women Maroon Churidar",
        category="Churidar",
        color="Maroon",
        gender="Women",
    ),
    # photo: black knee-length sheath dress, short sleeves, black lace panel over the shoulders, red heels, no
    # jewellery, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-006",
        caption(
            "This woman is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is round. The dress is of medium length. This woman wears a ring on her finger.",
            "unsupported",
        ),
        wearing("The woman is wearing a black dress with lace on the shoulders and red heels."),
        color_of("dress", "black"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: The dress is with cotton fabric and pure color patterns. Question: "
            "What",
            "leak",
            hit_limit=True,
        ),
        details(
            "dress", "The dress is black with lace at the shoulders. It has gold buttons on the cuffs.", "unsupported"
        ),
        sleeves("short sleeves"),
        title="Vero Moda Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mustard-yellow short kurti, red and green embroidery at the neckline, short sleeves, blue jeans, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("She wears a yellow kurti with embroidered neckline and blue jeans."),
        color_of("kurti", "blue", "contradiction"),
        details("kurti", "The kurti has red and green embroidery around the neckline and short sleeves."),
        material(
            "The kurti is with denim fabric and pure color patterns. The pants are with denim fabric.", "unsupported"
        ),
        is_a("kurti", "yes"),
        title="Span Women Yellow Kurti",
        category="Kurtis",
        color="Yellow",
        gender="Women",
    ),
    # photo: red ankle-length anarkali kurta, gold zari border at the hem, sheer long sleeves, red churidar, gold
    # dupatta over one shoulder, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by ref
    case(
        "X753-008",
        caption(
            "The lady wears a long-sleeve kurta with complicated patterns. The kurta is with chiffon fabric. The kurta "
            "is with chiffon fabric. The kurta is with chiffon fabric. The kurta is with chiffon fabric. The kurta is",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a red anarkali kurta with a gold border, red churidar and a golden dupatta."),
        color_of("kurta", "gold", "contradiction"),
        describe("kurta", "A long red flared kurta with a golden border at the hem and sheer long sleeves."),
        is_a("kurta", "yes"),
        title="Libas Women Red Anarkali Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: indigo blue straight kurta with white dabu floral print, v-neck, 3/4 sleeves, white palazzo pants,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-009",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns and a long pants. The kurta is with cotton "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("The lady wears a white kurta with blue floral print and white pants.", "other_garment_color"),
        color_of("kurta", "blue"),
        details(
            "kurta",
            "The kurta is with cotton fabric and floral patterns. Its neckline is v-shape. The pants are with cotton "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        pattern("floral"),
        title="Jaipur Kurti Women Blue Printed Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: peach kurta with self woven stripes, mandarin collar, long sleeves, white leggings, model with hair
    # tightly tied back, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference
    case(
        "X753-010",
        caption(
            "This gentleman is wearing a long-sleeve kurta with striped patterns and a long pants. The kurta is with "
            "cotton fabric and it has a stand collar. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("A peach kurta with a mandarin collar and white leggings."),
        color_of("kurta", "peach"),
        describe(
            "kurta",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The kurta has a mandarin collar, woven stripes and embroidered flowers on the sleeves.",
            "unsupported",
        ),
        sleeves("long sleeves"),
        pattern("striped"),
        title="Shree Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: sea green kurta with pink embroidered yoke, matching sea green churidar, pink chiffon dupatta with
    # tassels around the neck, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by ref
    case(
        "X753-011",
        caption(
            "The lady wears a long-sleeve kurta with complicated patterns and a long leggings. The kurta is with "
            "cotton fabric and its neckline is round. This lady has neckwear."
        ),
        wearing("She wears a pink kurta, pink leggings and a pink scarf.", "other_garment_color"),
        color_of("kurta", "green"),
        color_of("dupatta", "pink"),
        details(
            "kurta",
            "The kurta has pink embroidery on the yoke and comes with matching churidar and a pink dupatta with "
            "tassels at the ends and a",
            "cut",
            hit_limit=True,
        ),
        material("The material is the material of the garment.", "restated"),
        title="Biba Women Sea Green Churidar Kurta with Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: white shift dress with black geometric print, short sleeves, above the knee, black sandals, front view,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-012",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of short length."
        ),
        wearing("She wears a black dress with white prints and black sandals.", "contradiction"),
        color_of("dress", "white"),
        pattern("printed"),
        describe("dress", "The dress is a dress.", "non_answer"),
        details(
            "dress",
            "The dress has a black and white print, short sleeves, a round neck and a hidden zip at the back with a "
            "hook",
            "cut",
            hit_limit=True,
        ),
        title="Mango Women Printed Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: mustard tunic with black tribal print border at hem and cuffs, long sleeves, black leggings, silver
    # bangles, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-013",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist."
        ),
        wearing("She wears a black tunic and black leggings.", "other_garment_color"),
        color_of("tunic", "yellow"),
        details("tunic", "The tunic has a black printed border at the hem and cuffs."),
        describe(
            "tunic",
            "The tunic is mustard yellow with a black print and lace trim at the sleeves and a keyhole button at the "
            "back.",
            "unsupported",
        ),
        garment_type("top"),
        title="Avirate Women Mustard Tunic",
        category="Tunics",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white chanderi kurta with small gold buttis, 3/4 sleeves, off-white churidar, red and green bandhani
    # dupatta over the arms, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by ref
    case(
        "X753-014",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns and a long leggings. The kurta is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "The leggings are with",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing an off white kurta with gold dots, white churidar and a red and green dupatta."),
        color_of("kurta", "red", "contradiction"),
        material("The kurta is with denim fabric.", "contradiction"),
        is_a("kurta", "yes"),
        title="Fabindia Women Off White Chanderi Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta A-line kurta with silver gota trim at the neckline, short sleeves, white palazzos, no rings or
    # jewellery, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-015",
        caption(
            "The lady wears a short-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric and its neckline is round. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("The lady wears a magenta kurta with silver trim on the neck and white palazzo pants."),
        color_of("kurta", "pink"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: The kurta is with cotton fabric and pure color patterns.",
            "leak",
        ),
        sleeves("short sleeves"),
        title="Sangria Women Magenta Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: rust kurta (seller says Brown) with cream kantha-stitch stripes, v-neck, long sleeves, cream leggings,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-016",
        caption(
            "This woman is wearing a long-sleeve kurta with striped patterns and a long leggings. The kurta is with "
            "cotton fabric and its neckline is v-shape. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("She wears a cream kurta with brown stripes and cream leggings.", "other_garment_color"),
        color_of("kurta", "orange"),
        details("kurta", "The kurta has thin cream stitched stripes running down the front and a v neckline."),
        pattern("striped"),
        is_a("kurta", "no", "contradiction"),
        title="Folklore Women Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: teal kurta with small white floral print, side slits, long sleeves, beige leggings, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-017",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a long leggings. The kurta is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a teal kurta with white flowers and beige leggings."),
        color_of("kurta", "blue"),
        describe(
            "kurta",
            "The kurta is with cotton fabric and floral patterns. The kurta is with cotton fabric and floral "
            "patterns. The kurta is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        material("cotton"),
        title="W Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: young girl in a pink lehenga skirt with gold embroidery, matching pink short-sleeve choli, orange net
    # dupatta, full view, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference
    case(
        "X753-018",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt. The blouse is with cotton "
            "fabric and its neckline is round. The skirt is with chiffon fabric and complicated patterns."
        ),
        wearing("She is wearing a pink lehenga with a pink blouse and an orange dupatta."),
        color_of("lehenga", "orange", "contradiction"),
        details("lehenga", "He is wearing a pink skirt with gold embroidery on the hem.", "pronoun"),
        pattern("embroidered"),
        title="Biba Girls Pink Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: royal blue sleeveless skater dress with white polka dots, flared skirt, white sneakers, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-019",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its neckline "
            "is round. The dress is of short length. The lady wears a sleeveless dress with graphic patterns. The "
            "dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("She wears a blue polka dot dress and white sneakers."),
        color_of("dress", "white", "contradiction"),
        pattern("polka dot"),
        describe("dress", "It is a blue sleeveless dress with white dots and a flared skirt."),
        details(
            "dress",
            "The dress is blue with white dots. It has a zip at the back, two pockets and a matching belt.",
            "unsupported",
        ),
        sleeves("sleeveless"),
        title="Tokyo Talkies Women Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black ankle-length leggings worn under a white chikan kurta, plain ankles, white backdrop; caption and
    # open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-020",
        caption(
            "The lady wears a long-sleeve top with floral patterns and a long leggings. The leggings are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("She wears a white kurta and white leggings.", "other_garment_color"),
        color_of("leggings", "black"),
        details(
            "leggings",
            "The leggings are with cotton fabric and pure color patterns. They have an elastic waistband and a zip at "
            "the ankle.",
            "unsupported",
        ),
        garment_type("leggings"),
        title="Aurelia Women Black Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: cream kurta with blue and red paisley print, mandarin collar, long sleeves, blue churidar, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-021",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a long leggings. The kurta is with cotton "
            "fabric and it has a stand collar. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("The lady wears a blue kurta and blue leggings.", "other_garment_color"),
        color_of("kurta", "white"),
        describe("kurta", "the kurta", "non_answer"),
        pattern("paisley"),
        material(
            "The kurta is with cotton fabric and floral patterns. The leggings are with cotton fabric and pure color "
            "patterns. The kurta is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        title="Shree Women Printed Cream Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: olive green maxi dress with tiered skirt, spaghetti straps, brown tassel necklace, no belt, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-022",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of long length. This lady has neckwear."
        ),
        wearing("She is wearing an olive green maxi dress with thin straps and a long necklace."),
        color_of("dress", "green"),
        details("dress", "The dress details are the dress details.", "restated"),
        describe("dress", "The dress is green with a tiered skirt and a brown belt with a gold buckle.", "unsupported"),
        sleeves("sleeveless"),
        is_a("dress", "yes"),
        title="Global Desi Women Green Maxi Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: purple kurta with white chevron print, 3/4 sleeves with printed border, side slits, white leggings,
    # model with a short bob, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by ref
    case(
        "X753-023",
        caption(
            "This man is wearing a medium-sleeve kurta with striped patterns and a long pants. The kurta is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("She wears a purple kurta with white zigzag print and white leggings."),
        color_of("kurta", "purple"),
        details(
            "kurta",
            "The kurta has white zigzag prints all over, three-quarter sleeves with a printed border, slits on both "
            "sides and a round neckline with",
            "cut",
            hit_limit=True,
        ),
        pattern("chevron"),
        title="Vishudh Women Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: orange sleeveless knee-length kurta, green embroidered v-neckline, green churidar, green dupatta, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-024",
        caption(
            "The lady wears a sleeveless kurta with complicated patterns and a long leggings. The kurta is with cotton "
            "fabric and its neckline is v-shape. The leggings are with cotton fabric and pure color patterns. This "
            "lady has neckwear."
        ),
        wearing("She wears a green kurta, green churidar and a green dupatta.", "other_garment_color"),
        color_of("kurta", "orange"),
        describe("kurta", "The kurta is orange and sleeveless with green embroidery around the neck."),
        material("silk", "unsupported"),
        sleeves("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        title="Meira Women Orange Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: navy saree with silver border, draped, matching navy short-sleeve blouse, model holding the pallu, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-025",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length.",
            "contradiction",
        ),
        wearing("She wears a navy blue saree with a silver border and a matching blouse."),
        color_of("saree", "blue"),
        garment_type("saree"),
        details(
            "saree",
            "The saree is with chiffon fabric and pure color patterns. Question: What is the color of the saree? "
            "Answer: blue",
            "leak",
        ),
        describe(
            "saree",
            "The saree is with chiffon fabric and pure color patterns. The saree is with chiffon fabric and pure "
            "color patterns. The saree is",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Sepia Women Blue Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white patiala salwar with heavy pleats gathered at the ankle, worn with a red printed short kurti, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-026",
        caption(
            "The lady wears a medium-sleeve blouse with graphic patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("She is wearing a red kurti and red pants.", "other_garment_color"),
        color_of("patiala", "white"),
        details("patiala", "The pants are loose with many pleats and gathered at the ankle."),
        describe("patiala", "The patiala is red with white pleats.", "other_garment_color"),
        garment_type("pants"),
        title="Biba Women White Patiala",
        category="Patiala",
        color="White",
        gender="Women",
    ),
    # photo: black kurta with large yellow, pink and green floral print, long sleeves, black leggings, no jewellery,
    # white backdrop (feed row has no color); caption and open answers by the epoch-2 caption adapter, closed by ref
    case(
        "X753-027",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a long leggings. The kurta is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("She wears a black kurta with big yellow and pink flowers and black leggings."),
        color_of("kurta", "black"),
        describe("kurta", "yellow", "non_answer"),
        pattern("floral"),
        title="Remanika Women Printed Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: red midi wrap dress with a self tie at the waist, long sleeves, v-neck, nude heels, gold watch, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-028",
        caption(
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is v-shape. The dress is of medium length. There is an accessory on her wrist."
        ),
        wearing("She is wearing a red wrap dress with long sleeves and beige heels."),
        color_of("dress", "red"),
        details(
            "dress",
            "The dress is with cotton fabric and pure color patterns. It has a belt with a metal buckle and two "
            "pockets",
            "unsupported",
        ),
        material("The dress is with denim fabric.", "unsupported"),
        title="Only Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: beige kurta with brown foil print, long sleeves, round neck, brown palazzos, white backdrop; caption and
    # open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-029",
        caption(
            "Question: What is in the picture? Answer: The lady wears a long-sleeve kurta with graphic patterns and a "
            "long pants.",
            "leak",
        ),
        wearing("She wears a beige kurta with brown prints and brown pants."),
        color_of("kurta", "brown", "contradiction"),
        describe("kurta", "A beige kurta with a brown print, long sleeves and a round neck."),
        material("The kurta is with knitting fabric.", "unsupported"),
        sleeves("long sleeves"),
        title="W Women Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: turquoise short kurti with white mirror-work embroidery, short sleeves, white jeans, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-030",
        caption(
            "The lady wears a short-sleeve shirt with complicated patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("She is wearing a turquoise kurti with mirror work and white jeans."),
        color_of("kurti", "blue"),
        details("kurti", "The kurti has small round mirrors embroidered with white thread on the front."),
        material("The garment is made of material.", "restated"),
        title="Jaipur Kurti Women Turquoise Kurti",
        category="Kurtis",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: lime green kurta with pink floral print, short sleeves, round neck with pink piping, pink leggings,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-031",
        caption(
            "The lady wears a short-sleeve kurta with floral patterns and a long leggings. The kurta is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing(
            "She is wearing a green kurta with pink flowers and pink leggings, and she is wearing a green kurta with "
            "pink flowers and pink leggings, and she",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "pink", "contradiction"),
        details("kurta", "The kurta has pink flowers all over, short sleeves and a round neck with pink piping."),
        pattern("floral"),
        is_a("kurta", "yes"),
        title="Biba Women Lime Green Kurta",
        category="Kurtas",
        color="Lime Green",
        gender="Women",
    ),
    # photo: indigo cotton shirt-dress with white shibori pattern, pointed collar, button front, roll-up sleeves with
    # tabs, waist tie, knee length, white backdrop; caption and open answers by the epoch-2 caption adapter, closed ref
    case(
        "X753-032",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "lapel collar. The dress is of medium length."
        ),
        wearing("A navy blue shirt dress with white tie-dye patterns."),
        color_of("dress", "blue"),
        details(
            "dress",
            "The dress has buttons down the front, a pointed collar, roll-up sleeves with button tabs, a tie at the "
            "waist and white shibori patterns all over the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Mother Earth Women Indigo Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red bandhani dupatta with gold zari border, over both shoulders of a model in a plain white kurta and
    # white churidar, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference
    case(
        "X753-033",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long leggings. The kurta is with cotton "
            "fabric and its neckline is round. This lady has neckwear."
        ),
        wearing("She wears a red kurta and red leggings with a red scarf.", "contradiction"),
        color_of("dupatta", "white", "contradiction"),
        describe("dupatta", "The dupatta is red with small white tie-dye dots and a gold border on both ends."),
        material(
            "The dupatta is with cotton fabric and pure color patterns. It has a gold zari border on both ends and "
            "small white dots that are made by tying the fabric before",
            "cut",
            hit_limit=True,
        ),
        garment_type("dupatta"),
        title="Fabindia Women Red Dupatta",
        category="Dupatta",
        color="Red",
        gender="Women",
    ),
    # photo: maroon tunic with cowl neck, long sleeves, grey jeggings, silver watch, white backdrop; caption and open
    # answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-034",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her "
            "wrist.",
            "contradiction",
        ),
        wearing("She is wearing a maroon tunic with a cowl neck and grey jeggings."),
        color_of("tunic", "red"),
        describe("tunic", "The tunic is grey with a cowl neckline and long sleeves.", "other_garment_color"),
        sleeves("long sleeves"),
        title="Avirate Women Maroon Tunic",
        category="Tunics",
        color="Maroon",
        gender="Women",
    ),
    # photo: ankle-length flared ethnic skirt, patchwork of red, yellow and green block prints, drawstring waist with
    # tassels, plain black tank top, silver necklace, white backdrop; caption, open: epoch-2 adapter, closed: ref
    case(
        "X753-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and complicated patterns. This lady has neckwear."
        ),
        wearing("She wears a black top and a black skirt.", "other_garment_color"),
        color_of("skirt", "red"),
        details(
            "skirt",
            "The skirt is long and flared with patches of block prints in red, yellow and green and a drawstring "
            "waist with tassels and",
            "cut",
            hit_limit=True,
        ),
        pattern("printed"),
        title="Span Women Printed Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: sky blue straight kurta with white chikankari embroidery, long sleeves, white churidar, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-036",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a long leggings. The kurta is with cotton "
            "fabric and its neckline is round."
        ),
        wearing("She is wearing a light blue kurta with white embroidery and white churidar."),
        color_of("kurta", "blue"),
        details(
            "kurta",
            "The kurta is with cotton fabric and floral patterns. Its neckline is round. The leggings are with cotton "
            "fabric and pure color patterns. The kurta is with cotton fabric and floral",
            "loop",
            hit_limit=True,
        ),
        material("The kurta is with denim fabric.", "unsupported"),
        pattern("embroidered"),
        title="Biba Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: baby pink lace A-line dress, cap sleeves, knee length, white pumps, white backdrop; caption and open
    # answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-037",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with lace fabric and its "
            "neckline is round. The dress is of medium length. She wears a pair of shoes."
        ),
        wearing("She is wearing a pink lace dress and white shoes."),
        color_of("dress", "white", "contradiction"),
        describe(
            "dress",
            "The dress is pink. The dress is pink. The dress is pink. The dress is pink. The dress is pink. The dress "
            "is pink. The",
            "loop",
            hit_limit=True,
        ),
        material("lace"),
        title="People Women Pink Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: navy kurta with white polka dot print, 3/4 sleeves, round neck, white churidar, no hat, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-038",
        caption(
            "The lady wears a medium-sleeve kurta with graphic patterns and a long leggings. The kurta is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. She wears "
            "a hat.",
            "unsupported",
        ),
        wearing("She wears a navy kurta with white dots and white leggings."),
        color_of("kurta", "blue"),
        details(
            "kurta",
            "The kurta is with cotton fabric and its neckline is round. Question: What is the color of the kurta? "
            "Answer: The kurta is navy blue. Question:",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "The kurta is white with blue dots.", "other_garment_color"),
        pattern("polka dot"),
        is_a("dress", "no"),
        title="Aurelia Women Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange kurta with black button placket, black piping at neckline, cuffs and side slits, curved hem,
    # long sleeves, black leggings, white backdrop; caption and open answers by the epoch-2 caption adapter, closed ref
    case(
        "X753-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with cotton "
            "fabric and it has a lapel collar. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("She is wearing a grey kurta and black leggings."),
        color_of("kurta", "black", "contradiction"),
        details(
            "kurta",
            "The kurta has a black button placket, black piping along the neckline and cuffs, side slits with black "
            "piping and a curved hem with a",
            "cut",
            hit_limit=True,
        ),
        material("The kurta is made of wool.", "unsupported"),
        title="Sangria Women Grey Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: maxi dress, white base with large blue and yellow flowers, halter neck, sleeveless, sunglasses pushed up
    # on the head, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-040",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. The neckline of "
            "it is suspenders. The dress is of long length. The lady wears sunglasses."
        ),
        wearing("He is wearing a long white dress with blue and yellow flowers.", "pronoun"),
        color_of("dress", "white"),
        details("dress", "The dress is long.", "non_answer"),
        material("The dress is with denim fabric.", "unsupported"),
        pattern("floral"),
        title="Vero Moda Women Printed Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: olive khadi kurta with mustard embroidered yoke, long sleeves, mustard churidar, no belt, white backdrop
    # (feed row has no category); caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-041",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long leggings. The kurta is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. This lady "
            "wears a belt.",
            "unsupported",
        ),
        wearing("She wears a yellow kurta and yellow churidar.", "other_garment_color"),
        color_of("kurta", "green"),
        describe("kurta", "The kurta is olive green with a mustard embroidered yoke and long sleeves."),
        material("khadi"),
        title="Do u speak green Women Olive Khadi Kurta",
        color="Olive",
        gender="Women",
    ),
    # photo: girl in a yellow cotton kurta with orange bandhani print, short sleeves, orange churidar, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-042",
        caption(
            "The gentleman wears a short-sleeve kurta with graphic patterns and a long pants. The kurta is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("She is wearing a yellow kurta with an orange print and orange leggings."),
        color_of("kurta", "yellow"),
        details(
            "kurta",
            "The kurta is with cotton fabric and graphic patterns. Its neckline is round. It has a zip on the back "
            "and a belt",
            "unsupported",
        ),
        describe("kurta", "The kurta is orange with yellow prints.", "other_garment_color"),
        sleeves("short sleeves"),
        title="Biba Girls Yellow Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Girls",
    ),
    # photo: white salwar and white chiffon dupatta (the product) worn with a pink kurta that is not part of it,
    # white backdrop (feed row has no gender); caption and open answers by the epoch-2 caption adapter, closed by ref
    case(
        "X753-043",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns and a long pants. The kurta is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. This lady "
            "has neckwear."
        ),
        wearing("She wears a pink kurta with white salwar and a white dupatta."),
        color("pink", "contradiction"),
        describe("salwar", "The salwar is white and loose with gathers at the ankles."),
        garment_type("pants"),
        title="Shree Women White Salwar and Dupatta",
        category="Salwar and Dupatta",
        color="White",
    ),
    # photo: rust kurta with white geometric print, long sleeves, high side slits, blue jeans, brown sling bag in
    # hand, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-044",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns and a long pants. The kurta is with cotton "
            "fabric and its neckline is v-shape. The pants are with denim fabric and pure color patterns. There is a "
            "bag in",
            "cut",
            hit_limit=True,
        ),
        wearing("She wears a rust kurta with a white print, blue jeans and carries a brown bag."),
        color_of("kurta", "orange"),
        material("The kurta is with denim fabric and pure color patterns.", "unsupported"),
        details(
            "kurta", "The kurta details are the details of the kurta, which are the details of the kurta.", "restated"
        ),
        pattern("geometric"),
        is_a("kurta", "yes"),
        title="Global Desi Women Rust Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: black kurta with gold block-printed borders at hem and sleeves, 3/4 sleeves, gold churidar, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-045",
        caption(
            "The lady wears a medium-sleeve kurta with graphic patterns and a long leggings. The kurta is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a golden kurta and golden leggings.", "other_garment_color"),
        color_of("kurta", "black"),
        describe("kurta", "Describe the kurta.", "restated"),
        sleeves("three-quarter sleeves"),
        title="Biba Women Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green sleeveless knee-length bodycon dress, black heels, white backdrop; caption and open answers
    # by the epoch-2 caption adapter, closed by reference engine
    case(
        "X753-046",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        wearing("yes", "non_answer"),
        color_of("dress", "green"),
        details(
            "dress",
            "She is wearing a green dress and black heels. She is wearing a green dress and black heels. She is "
            "wearing a green",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "The dress is black.", "other_garment_color"),
        material("The dress is with cotton fabric."),
        title="Mango Women Green Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
]
