"""BLIND_1073 (46 products; Myntra kurtis/tops, leggings/jeans, caption ep3): written blind in the fifty-ninth session.
Measured blind at 247287f (the session's seventh rules): 100/116 failures found (86.2%) and 12/153 correct texts flagged
(7.8%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-and-western feed: kurtas, kurtis, tunics and tops (and a few leggings, jeggings and
jeans sold on their own) photographed on a model against the usual white studio backdrop. The labelled product is
almost always worn over something else: white, black, maroon or coloured churidar leggings, blue or white jeans, a
dupatta, a denim jacket. Front views, full length or cropped at the knee; a few props (a bag, a cup, sunglasses).
Catalog columns are the feed's own: title, category (Kurtas, Kurtis, Tunics, Tops, Leggings, Jeggings, Jeans),
color (Myntra's base colour) and gender; one row has no color and one has no gender, as real feeds do.

Who wrote what: every caption and every open answer comes from the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b, greedy, 50 new tokens for captions, 30 for answers).
It speaks the DeepFashion-MultiModal template ("The lady wears a three-quarter sleeve kurta with floral patterns.
The kurta is with cotton fabric."), calls patterns "pure color", "graphic", "complicated", "lattice", seldom names a
hue on its own, and was trained with no end token: it usually runs to the limit and either loops a clause or is cut
mid-sentence; sometimes it stops after a full sentence (a newline). Asked a question it often answers with the
template, sometimes echoes the `Question: ... Answer:` frame, or drifts into a man's template ("The gentleman").
The closed answers (garment type, color, pattern, sleeve length, neckline, the per-garment color questions stored
closed, the yes/no "Is this a ...?") come from enrich's --engine reference, which ranks candidate values with the
same adapter: one clean value each, never looped or cut, but often the leggings' or jeans' color, or the salient
garment's type when the product is the leggings.

Labeling conventions and judgement calls:
- One label per text: the failure a reader would fix first. A text cut at the limit whose content is right is "cut";
  a looped text is "loop" even when it also ran to the limit (hit_limit=True on both).
- A caption template that mistakes the wearer for a man ("The gentleman ... shirt") is "pronoun", even though the
  garment noun that follows from the same mistake is also off.
- A color belonging to another garment in the photo (leggings, jeans, jacket, dupatta) given to the product, or the
  product's color given to the leggings/jeans, is "other_garment_color"; a wrong color that no garment in the photo
  has (red for an orange kurta, purple for magenta) is "contradiction".
- A shade inside the seller's color group is right: maroon for Burgundy, light pink for Peach, yellow for Mustard,
  white for Cream, blue for Turquoise Blue; likewise red for maroon leggings, light pink for a peach top.
- A garment type or material the seller's columns refute (dress for an Anarkali kurta, kurta when the product is the
  leggings, silk for a Rayon title) is "contradiction"; an invented detail nothing shows or states (a ring, a
  necklace, pockets, tassels, chiffon on an opaque knit, wool, velvet) is "unsupported".
- A tee-shaped top called "T-shirt", a tunic called "top", leggings called "pants" or churidar, a dupatta called a
  scarf, bandhani or ikat answered "printed", polka dots or foil prints called "graphic patterns": accepted.
- A template answer to an open color question that names no hue ("with pure color patterns") is "non_answer"; so is
  a one-word or yes/no reply to an open question that the word does not answer ("yes", "no", "olive", "floral").
  A short answer that does answer ("cotton" to the material question) is correct; "a tunic" to "Describe the
  tunic." gives back only the question's word and is "non_answer".
- Echoing the question's own words as the answer ("the details of the tunic", "what she is wearing") or opening
  with the question before answering is "restated"; a `Question:`/`Answer:` frame inside an answer is "leak".
- A collared, button-front checked tunic called "shirt" in a caption is accepted (it is a shirt cut); the closed
  garment type "shirt" for a collarless striped tunic is "contradiction".
- A caption that omits the product but says nothing false (names only the jacket over it) would be correct; where
  it is cut mid-sentence it is "cut".
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

gtype = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material
neck = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_1073 = [
    # photo: maroon straight kurta, gold floral block print, 3/4 sleeves, round neck, white churidar leggings, white
    # backdrop, front full length. Caption adapter ep3 wrote caption and open answers; closed from reference engine.
    case(
        "X1073-001",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric. It has"
            " a round neckline. The leggings the lady wears is of long length. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        wearing("She wears a long kurta with floral patterns and a pair of leggings.", who="she"),
        col("white", "other_garment_color"),
        pat("floral"),
        sleeve("three-quarter"),
        color_of("leggings", "white"),
        title="Biba Women Maroon Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue solid A-line tunic, short sleeves, round neck, black skinny jeans, silver wristwatch, white
    # backdrop, front view to the knee. Adapter ep3 caption/open; reference engine closed.
    case(
        "X1073-002",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric."
            " The pants this woman wears is of long length. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        gtype("tunic"),
        col("navy blue"),
        color_of("jeans", "navy blue", "other_garment_color"),
        details("tunic", "The tunic has a round neckline and short sleeves. There is an accessory on her wrist."),
        mat("The tunic is with chiffon fabric.", "unsupported"),
        title="AND Women Navy Blue Solid A-Line Tunic",
        category="Tunics",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow anarkali kurta with green floral print, long sleeves, flared, green churidar leggings,
    # gold bangles on both wrists, white backdrop, full length. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-003",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its neckline"
            " is round. The lady wears a long leggings. There is an accessory on her wrist.",
            "contradiction",
        ),
        gtype("kurta"),
        col("mustard"),
        color_of("leggings", "mustard", "other_garment_color"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "The kurta is with floral patterns. It has long sleeves and a round neckline. The kurta is of long length"
            " and flared at the",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Women Mustard Yellow & Green Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: white chikankari-embroidered cotton kurti, 3/4 sleeves, v-neck, light blue jeans, white backdrop, front
    # full length. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-004",
        caption(
            "The upper clothing has three-quarter sleeves, cotton fabric and complicated patterns. The neckline of it"
            " is v-shape. The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        wearing("She wears a white kurti with a pair of blue jeans.", who="she"),
        col("white"),
        pat("embroidered"),
        color_of("jeans", "The jeans are white.", "other_garment_color", kind="open"),
        mat("The kurti is with cotton fabric."),
        details(
            "kurti",
            "The kurti has embroidery on the front and the sleeves. The kurti has embroidery on the front and the"
            " sleeves. The kurti has embroidery on the",
            "loop",
            hit_limit=True,
        ),
        title="Ada Women White Chikankari Embroidered Cotton Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless solid peplum top, round neck, plain armholes, no zip, white skinny jeans, black heels,
    # white backdrop, full length. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-005",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants the"
            " lady wears is of long length. The pants are with denim fabric and pure color patterns. She wears",
            "cut",
            hit_limit=True,
        ),
        sleeve("sleeveless"),
        col("black"),
        details("top", "The top has a peplum hem, a zip at the back and lace trim at the armholes.", "unsupported"),
        wearing("He wears a sleeveless top with pure color patterns and a pair of long jeans.", "pronoun"),
        title="Harpa Women Black Solid Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: teal blue straight kurta, small white geometric print, 3/4 sleeves, mandarin collar, off-white leggings,
    # white backdrop, front full length. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-006",
        caption(
            "This woman is wearing a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric"
            " and it has a stand collar. The leggings this woman wears is of long length. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        wearing("The woman is wearing a kurta and leggings.", who="the woman"),
        col("teal"),
        pat("solid", "contradiction"),
        neck("mandarin collar"),
        color_of("leggings", "black", "contradiction"),
        title="Libas Women Teal Blue Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: pink cotton A-line kurti with small white flowers, short sleeves, round neck, mid-blue jeans, brown sling
    # bag on the shoulder, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-007",
        caption(
            "The lady wears a short-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a round"
            " neckline. The lady wears a long jeans. The jeans are with denim fabric. She carries a bag."
        ),
        wearing(
            "Question: What is she wearing? Answer: She wears a short-sleeve kurta with floral patterns.",
            "leak",
            who="she",
        ),
        col("pink"),
        sleeve("short"),
        details(
            "kurti",
            "The kurti has floral patterns, a round neckline, short sleeves, a round neckline, short sleeves, a round"
            " neckline, short sleeves, a round",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Women Pink Printed A-Line Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: the product is the black ankle-length leggings; worn under a plain white long-sleeve cotton kurti, white
    # backdrop, full length. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-008",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper"
            " clothing has long sleeves, cotton fabric and pure color patterns."
        ),
        gtype("kurta", "contradiction"),
        col("white", "other_garment_color"),
        color_of("leggings", "black"),
        is_a("leggings", "yes", article="a pair of"),
        mat("The leggings are with cotton fabric."),
        title="Go Colors Women Black Solid Ankle-Length Cotton Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: off-white tunic with thin blue vertical stripes, long sleeves, round neck, side slits, no collar, blue
    # skinny jeans, white backdrop, no jewellery. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-009",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. It has a round neckline. The"
            " lower clothing is of long length. The fabric is denim and it has pure color patterns. This lady wears a"
            " ring on her finger.",
            "unsupported",
        ),
        gtype("shirt", "contradiction"),
        col("off white"),
        pat("striped"),
        color_of("jeans", "blue"),
        details("tunic", "The tunic details are the details of the tunic.", "restated"),
        title="Roadster Women Off-White & Blue Striped Tunic",
        category="Tunics",
        color="Off White",
        gender="Women",
    ),
    # photo: red rayon straight kurta with gold foil-printed yoke, 3/4 sleeves, cream churidar leggings, gold jhumka
    # earrings, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-010",
        caption(
            "This woman is wearing a three-quarter sleeve kurta with pure color patterns. The kurta is with cotton"
            " fabric. The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton"
            " fabric. The kurta is with",
            "loop",
            hit_limit=True,
        ),
        wearing("She wears a red kurta and cream leggings. She wears earrings.", who="she"),
        col("red"),
        color_of("leggings", "The leggings are red with pure color patterns.", "other_garment_color", kind="open"),
        mat("The kurta is with silk fabric.", "contradiction"),
        title="W Women Red Yoke Design Rayon Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: olive green solid cotton tunic, button placket, long roll-up sleeves, no pockets, black leggings, wooden
    # bead necklace, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-011",
        caption(
            "The female is wearing a long-sleeve tunic with pure color patterns. The tunic is with cotton fabric. The"
            " female wears a long leggings. The female has neckwear."
        ),
        wearing("yes", "non_answer", who="she"),
        col("olive"),
        color_of("leggings", "black"),
        sleeve("long"),
        describe(
            "tunic",
            "The tunic is olive green with a button placket, roll-up sleeves and two chest pockets with flaps.",
            "unsupported",
        ),
        title="Fabindia Women Olive Green Solid Cotton Tunic",
        category="Tunics",
        color="Olive",
        gender="Women",
    ),
    # photo: peach sheer chiffon top, short flutter sleeves, round neck, white jeans, white backdrop, cropped at the
    # knee. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-012",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with chiffon fabric. It has a round"
            " neckline. The pants the lady wears is of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        col("white", "other_garment_color"),
        color_of("top", "The top is light pink.", kind="open"),
        sleeve("short"),
        details(
            "top",
            "The top has ruffled sleeves and a round neckline. Question: What is the color of the top? Answer: The top"
            " is",
            "leak",
            hit_limit=True,
        ),
        title="Rare Women Peach-Coloured Solid Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue and white ikat-print sleeveless straight cotton kurta, round neck, white leggings, white
    # backdrop, full length. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-013",
        caption(
            "This woman is wearing a sleeveless kurta with graphic patterns. The kurta is with cotton fabric and its"
            " neckline is round. The leggings this woman wears is of long length."
        ),
        wearing("The person is wearing a kurta with long sleeves and a pair of leggings.", "contradiction"),
        sleeve("sleeveless"),
        col("navy blue"),
        pat("printed"),
        color_of("leggings", "white"),
        describe("kurta", "Describe the kurta: the kurta is a kurta.", "restated"),
        title="Anouk Women Navy Blue & White Ikat Print Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: magenta matte cotton straight kurta, thread embroidery at the neck, 3/4 sleeves, gold cotton-lycra
    # leggings, glass bangles, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-014",
        caption(
            "The lady wears a three-quarter sleeve kurta with complicated patterns. The kurta is with cotton fabric. It"
            " has a round neckline. The lady wears a long leggings. There is an accessory on her wrist."
        ),
        col("purple", "contradiction"),
        mat("The kurta is with silk fabric and the leggings are with silk fabric.", "unsupported"),
        details("kurta", "The kurta has embroidery on the neckline."),
        wearing(
            "The man is wearing a three-quarter sleeve kurta with complicated patterns and a long leggings.", "pronoun"
        ),
        title="Aurelia Women Magenta Embroidered Straight Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: rust orange rayon kaftan-style tunic with cream floral print, long bell sleeves, mid-blue jeans, white
    # backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-015",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. The lower clothing is of long"
            " length. The fabric is denim and it has pure color patterns. The upper clothing has long sleeves, cotton"
            " fabric and floral patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        gtype("tunic"),
        col("orange"),
        color_of("jeans", "black", "contradiction"),
        describe("tunic", "a tunic", "non_answer"),
        mat("The tunic is with rayon fabric."),
        title="Global Desi Women Rust Printed Rayon Tunic",
        category="Tunics",
        color="Rust",
        gender="Women",
    ),
    # photo: grey melange tee-style cotton top, short sleeves, black "bonjour" print on the chest, no pocket, black
    # jeggings, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-016",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The trousers this woman wears is of long length. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("She wears a grey t-shirt with a print and black jeans.", who="she"),
        col("grey"),
        pat("graphic"),
        color_of("jeans", "grey", "other_garment_color"),
        details(
            "top",
            "The top has a graphic print on the front with the word bonjour in black letters and a small pocket on the"
            " chest.",
            "unsupported",
        ),
        title="Tokyo Talkies Women Grey Melange Printed Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: lavender solid straight kurta, lace trim at the hem, 3/4 sleeves, v-neck, white leggings, white
    # backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-017",
        caption(
            "The lady wears a three-quarter sleeve kurta with pure color patterns. The kurta is with cotton fabric. It"
            " has a v-shape neckline. The lady wears a long leggings."
        ),
        col("lavender"),
        color_of("leggings", "The leggings are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        describe(
            "kurta",
            "The kurta is purple with lace at the hem. The kurta is purple with lace at the hem. The kurta is purple"
            " with lace at the hem. The kurta",
            "loop",
            hit_limit=True,
        ),
        sleeve("long", "contradiction"),
        title="Varanga Women Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: the product is the mid-blue skinny jeans; worn with a white sleeveless cotton tank top left out and
    # white sneakers, white backdrop, full length. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-018",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants the"
            " lady wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        gtype("jeans"),
        col("white", "other_garment_color"),
        color_of("jeans", "blue"),
        wearing(
            "She is wearing a white tank top and blue jeans. She is wearing a white tank top and blue jeans. She is"
            " wearing a white",
            "loop",
            who="she",
            hit_limit=True,
        ),
        mat("The jeans are with denim fabric."),
        title="Jealous 21 Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow A-line kurta with small white and green flowers, short sleeves, round neck, white leggings, white
    # backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-019",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a round"
            " neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        sleeve("short"),
        col("yellow"),
        pat("floral"),
        color_of("leggings", "yellow", "other_garment_color"),
        details("kurta", "The kurta details are floral patterns and a round neckline."),
        title="Rain & Rainbow Women Yellow Floral Print A-Line Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: black and white checked cotton poplin shirt-style tunic, long sleeves, shirt collar, button front,
    # thin black belt at the waist, black leggings, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-020",
        caption(
            "This woman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it"
            " has a lapel collar. The leggings this woman wears is of long length. There is an accessory on her waist."
        ),
        col("black"),
        pat("checked"),
        color_of("leggings", "black"),
        describe("tunic", "The tunic is black and white checked with a black belt at the waist and a shirt collar."),
        wearing(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a"
            " lapel collar. The leggings this lady wears is of long length. There is",
            "cut",
            who="she",
            hit_limit=True,
        ),
        mat("The tunic is with linen fabric.", "unsupported"),
        title="Vero Moda Women Black & White Checked Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: sea green A-line kurta with small white polka dots, 3/4 sleeves, plain round neck, no pockets, white
    # leggings, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-021",
        caption(
            "The lady wears a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric. The"
            " lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        col("sea green"),
        pat("polka dot"),
        color_of(
            "kurta",
            "The kurta is with graphic patterns. The kurta is with graphic patterns. The kurta is with graphic"
            " patterns. The kurta is with",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "The kurta has polka dots all over, a keyhole neckline with tassels and side pockets.",
            "unsupported",
        ),
        title="Jaipur Kurti Women Sea Green Polka Dot Print A-Line Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: beige cotton straight kurta with black thread embroidery down the placket, 3/4 sleeves, black leggings,
    # no necklace, white backdrop; the feed row has no color. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-022",
        caption(
            "The female is wearing a three-quarter sleeve kurta with complicated patterns. The kurta is with cotton"
            " fabric and its neckline is round. The female wears a long leggings. The female has neckwear.",
            "unsupported",
        ),
        wearing("The woman is wearing a beige kurta with black embroidery and black leggings.", who="the woman"),
        col("black", "other_garment_color"),
        color_of("leggings", "black"),
        mat("cotton"),
        title="Fabindia Women Beige Embroidered Cotton Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: the product is the maroon churidar leggings, bunched at the ankle; worn under a plain grey melange long
    # kurti with long sleeves, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-023",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of long"
            " length. The fabric is cotton and it has pure color patterns."
        ),
        col("grey", "other_garment_color"),
        color_of("leggings", "The leggings are maroon.", kind="open"),
        gtype("leggings"),
        wearing("She wears a long kurta with pure color patterns and a pair of leggings.", who="she"),
        mat("The leggings are with denim fabric.", "unsupported"),
        title="De Moza Women Maroon Solid Churidar Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: turquoise blue tunic with white embroidered yoke, 3/4 sleeves, dark blue jeans, sunglasses pushed up on
    # the head, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-024",
        caption(
            "The lady wears a three-quarter sleeve top with complicated patterns. The top is with cotton fabric. The"
            " pants the lady wears is of long length. The pants are with denim fabric. The lady wears sunglasses."
        ),
        col("blue"),
        color_of("jeans", "turquoise blue", "other_garment_color"),
        details(
            "tunic",
            "Question: What are the tunic details? Answer: The tunic details are embroidery on the yoke.",
            "leak",
        ),
        sleeve("three-quarter"),
        wearing("She is wearing a turquoise tunic and jeans.", who="she"),
        title="Biba Women Turquoise Blue Embroidered Tunic",
        category="Tunics",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: white tee-style top with black horizontal stripes, boat neck, 3/4 sleeves, mid-blue jeggings, white
    # backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-025",
        caption(
            "This woman is wearing a three-quarter sleeve T-shirt with striped patterns. The T-shirt is with cotton"
            " fabric. The pants this woman wears is of long length. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        col("white"),
        pat("striped"),
        color_of("jeans", "white", "other_garment_color"),
        describe("top", "The top is white with black stripes and a boat neckline."),
        wearing(
            "She is wearing a striped top and blue jeans. Question: What is the color of the top? Answer: White."
            " Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women White & Black Striped Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: olive green straight kurta with mirror work on the yoke, long sleeves, orange churidar leggings, orange
    # dupatta over one shoulder, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-026",
        caption(
            "The lady wears a long-sleeve kurta with complicated patterns. The kurta is with cotton fabric. The lady"
            " wears a long leggings. The lady has a scarf around her neck."
        ),
        col("orange", "other_garment_color"),
        color_of("dupatta", "orange"),
        color_of("leggings", "The leggings are orange.", kind="open"),
        details("kurta", "The kurta has mirror work on the yoke and the sleeves are plain."),
        wearing("olive", "non_answer", who="she"),
        title="Sangria Women Olive Green Yoke Design Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: black asymmetric-hem kurti with white floral print, sleeveless, round neck, mid-blue jeans, beige tote
    # bag, white backdrop; crepe-like cotton, no sheen. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-027",
        caption(
            "The lady wears a sleeveless kurta with floral patterns. The kurta is with cotton fabric. It has a round"
            " neckline. The lady wears a long jeans. The jeans are with denim fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        col("black"),
        sleeve("sleeveless"),
        color_of("jeans", "blue"),
        describe(
            "kurti",
            "The kurti is black with white flowers. It has an asymmetric hem and a high-low hem, a high-low hem, a"
            " high-low hem, a high-low",
            "loop",
            hit_limit=True,
        ),
        mat("The kurti is with silk fabric.", "unsupported"),
        title="Anouk Women Black Printed Asymmetric Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: woman with a short pixie crop in a cream solid straight cotton kurta, long sleeves, navy blue jeans,
    # white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-028",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " The pants the gentleman wears is of long length. The pants are with denim fabric and pure color"
            " patterns.",
            "pronoun",
        ),
        wearing("She wears a cream kurta and blue jeans.", who="she"),
        col("white"),
        color_of("jeans", "navy blue"),
        gtype("kurta"),
        sleeve("long"),
        details("kurta", "none", "non_answer"),
        title="Fabindia Women Cream Solid Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: multicoloured bandhani-print straight kurta (red ground, yellow and green dots), 3/4 sleeves, white
    # leggings, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-029",
        caption(
            "This woman is wearing a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric."
            " The leggings this woman wears is of long length. The leggings are with cotton fabric and pure color"
            " patterns."
        ),
        col("white", "other_garment_color"),
        pat("printed"),
        describe(
            "kurta",
            "The kurta is red with yellow and green dots. The kurta is red with yellow and green dots. The kurta is"
            " red with yellow",
            "loop",
            hit_limit=True,
        ),
        color_of("leggings", "white"),
        wearing("She is wearing what she is wearing.", "restated", who="she"),
        title="Vishudh Women Multicoloured Bandhani Print Straight Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: burgundy solid wrap top in opaque jersey knit, long sleeves, v-neck, side tie, black skinny jeans, white
    # backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-030",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric and it has"
            " a v-shape neckline. The pants the lady wears is of long length. The pants are with denim fabric.",
            "unsupported",
        ),
        col("maroon"),
        gtype("top"),
        color_of("jeans", "brown", "contradiction"),
        sleeve("long"),
        details("top", "The top has a wrap front with a tie at the side."),
        title="Mango Women Burgundy Solid Wrap Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: mint green solid long cotton tunic with a front slit, short sleeves, white leggings, holding a paper
    # coffee cup, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-031",
        caption(
            "The lady wears a short-sleeve tunic with pure color patterns. The tunic is with cotton fabric. The lady"
            " wears a long leggings. The lady holds a cup in her hand."
        ),
        col("white", "other_garment_color"),
        color_of("tunic", "The tunic is mint green.", kind="open"),
        wearing(
            "The lady wears a short-sleeve tunic with pure color patterns. The tunic is with cotton fabric. The lady"
            " wears a long leggings. The lady wears a long leggings. The lady wears a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        mat("The tunic is with polyester fabric.", "unsupported"),
        title="W Women Green Solid Cotton Tunic",
        category="Tunics",
        color="Green",
        gender="Women",
    ),
    # photo: blue chambray kurti, mandarin collar, button placket, 3/4 roll-up sleeves, white leggings, white
    # backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-032",
        caption(
            "The lady wears a three-quarter sleeve kurta with denim fabric and pure color patterns. The lady wears a"
            " long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a blue denim shirt and white pants.", "pronoun"),
        col("blue"),
        mat("The kurti is with denim fabric."),
        color_of("leggings", "blue", "other_garment_color"),
        describe(
            "kurti",
            "The kurti is made of chambray. It has a mandarin collar, a button placket and roll-up sleeves. Question:"
            " Describe the",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Blue Chambray Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: dark green straight kurta with pink floral print, 3/4 sleeves, round neck, pink leggings, white
    # backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-033",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric. It has"
            " a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns."
        ),
        col("pink", "other_garment_color"),
        color_of("kurta", "green"),
        color_of("leggings", "pink"),
        pat("floral"),
        details("kurta", "floral", "non_answer"),
        title="Rangmanch by Pantaloons Women Green Printed Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: the product is the dark navy skinny jeggings; worn under a short pink floral-print kurti with 3/4
    # sleeves, white backdrop, full length. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-034",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric. The"
            " pants the lady wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        gtype("kurta", "contradiction"),
        col("navy blue"),
        color_of("jeggings", "pink", "other_garment_color"),
        wearing("She is wearing a pink kurta and blue jeggings.", who="she"),
        pat("floral", "contradiction"),
        title="Go Colors Women Navy Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: purple flared cotton kurta with silver foil print, 3/4 sleeves, white cotton leggings, white backdrop.
    # Adapter ep3 caption/open; reference closed.
    case(
        "X1073-035",
        caption(
            "The lady wears a three-quarter sleeve dress with graphic patterns. The dress is with cotton fabric. The"
            " lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        gtype("kurta"),
        col("purple"),
        color_of("leggings", "white"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: The kurta is purple with silver print. Question: Describe the"
            " kurta. Answer:",
            "leak",
            hit_limit=True,
        ),
        mat("The kurta is with cotton fabric and the leggings are with cotton fabric."),
        title="Biba Women Purple Foil Print Flared Cotton Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: black sleeveless top with a lace panel across the shoulders, light blue ripped jeans, model with a
    # slicked-back bun, cropped at the thigh, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-036",
        caption(
            "The man is wearing a tank top with no sleeves, cotton fabric and pure color patterns. The pants the man"
            " wears is of long length. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        col("black"),
        color_of("jeans", "grey", "contradiction"),
        sleeve("sleeveless"),
        details("top", "The top has a lace panel on the shoulders."),
        title="Harpa Women Black Lace Panel Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: pink and white striped straight cotton kurta, 3/4 sleeves, white leggings, tan handbag in hand, white
    # backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-037",
        caption(
            "This woman is wearing a three-quarter sleeve kurta with striped patterns. The kurta is with cotton fabric."
            " The leggings this woman wears is of long length. The leggings are with cotton fabric and pure color"
            " patterns."
        ),
        col("pink"),
        pat("striped"),
        color_of("leggings", "pink", "other_garment_color"),
        wearing("She is wearing a striped kurta and white leggings and carries a bag.", who="she"),
        details(
            "kurta",
            "The kurta details are the stripes, the stripes, the stripes, the stripes, the stripes, the stripes, the"
            " stripes, the",
            "loop",
            hit_limit=True,
        ),
        title="Shree Women Pink & White Striped Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: orange straight kurta with white embroidered yoke and a tie-up neck with tassels, 3/4 sleeves, white
    # jeans, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-038",
        caption(
            "The lady wears a three-quarter sleeve kurta with complicated patterns. The kurta is with cotton fabric. It"
            " has a round neckline. The pants the lady wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        col("red", "contradiction"),
        color_of("jeans", "white"),
        describe("kurta", "The kurta is orange with white embroidery on the yoke and tassels on the neck tie."),
        wearing("What is the person wearing? The person is wearing a kurta.", "restated"),
        title="Jaipur Kurti Women Orange Embroidered Straight Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: the product is the white solid leggings; worn under a navy blue kurta with a white floral print, 3/4
    # sleeves, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-039",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric. The"
            " lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        col("navy blue", "other_garment_color"),
        gtype("leggings"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("leggings", "The leggings are white.", kind="open"),
        mat(
            "The leggings are with cotton fabric and the kurta is with cotton fabric and the leggings are with cotton"
            " fabric and the kurta is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        title="Twin Birds Women White Solid Cotton Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: coffee brown tunic with a cream paisley print, long sleeves, cream leggings, wooden bangles on one
    # wrist, white backdrop; soft cotton. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-040",
        caption(
            "The lady wears a long-sleeve tunic with graphic patterns. The tunic is with cotton fabric. The lady wears"
            " a long leggings. There is an accessory on her wrist. There is an accessory on her wrist. There is an"
            " accessory on her",
            "loop",
            hit_limit=True,
        ),
        col("brown"),
        color_of("leggings", "brown", "other_garment_color"),
        pat("solid", "contradiction"),
        wearing("She is wearing a brown tunic with a print, cream leggings and wooden bangles.", who="she"),
        mat("The tunic is with wool fabric.", "unsupported"),
        title="Global Desi Women Coffee Brown Printed Tunic",
        category="Tunics",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: white cotton top with schiffli eyelet embroidery, short puff sleeves, round neck, mid-blue jeans, white
    # backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-041",
        caption(
            "The lady wears a short-sleeve blouse with complicated patterns. The blouse is with cotton fabric. It has a"
            " round neckline. The pants the lady wears is of long length. The pants are with denim fabric and pure"
            " color patterns."
        ),
        wearing("His top is white and his pants are blue.", "pronoun", who="she"),
        col("white"),
        color_of("jeans", "The jeans are white.", "other_garment_color", kind="open"),
        details(
            "top",
            "The top has puff sleeves and eyelet embroidery. Question: What is the color of the jeans? Answer:",
            "leak",
        ),
        title="Rare Women White Schiffli Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: mustard solid short kurti, blue jeans, a blue denim jacket worn open over it with sleeves rolled to the
    # elbow, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-042",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. This lady wears"
            " an outer clothing, with denim fabric and pure color patterns. The upper clothing is with cotton fabric"
            " and pure color",
            "cut",
            hit_limit=True,
        ),
        col("blue", "other_garment_color"),
        gtype("jacket", "contradiction"),
        color_of("kurti", "mustard"),
        wearing("She is wearing a mustard kurti, a denim jacket and blue jeans.", who="she"),
        describe("kurti", "The kurti is yellow."),
        title="Libas Women Mustard Solid Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue straight kurta with gold geometric print and a front slit, 3/4 sleeves, maroon leggings, white
    # backdrop; cotton, matte. The feed row has no gender. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-043",
        caption(
            "The lady wears a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric. The"
            " lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        col("navy blue"),
        color_of("leggings", "red"),
        details("kurta", "The kurta has a gold print and a slit at the front."),
        wearing(
            "The lady wears a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric. The"
            " lady wears a long leggings. The leggings are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        mat("The kurta is with velvet fabric.", "unsupported"),
        title="W Women Navy Blue Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # photo: green sheer chiffon top with white floral print, long sleeves, tie-up v-neck, white jeans, no hat or
    # sunglasses, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-044",
        caption(
            "The lady wears a long-sleeve blouse with floral patterns. The blouse is with chiffon fabric. It has a"
            " v-shape neckline. The pants the lady wears is of long length. The pants are with denim fabric."
        ),
        col("green"),
        color_of("jeans", "green", "other_garment_color"),
        pat("floral"),
        describe(
            "top",
            "The top is green with white flowers and a tie at the neck. The lady wears a hat and sunglasses.",
            "unsupported",
        ),
        sleeve("short", "contradiction"),
        title="Mango Women Green Floral Print Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: peach Anarkali kurta with gota patti trim, long sleeves, floor-length flare, white churidar leggings,
    # peach dupatta, white backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-045",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is of long length. The dress is"
            " with chiffon fabric. The dress is of long length. The dress is with chiffon fabric. The dress is of",
            "loop",
            hit_limit=True,
        ),
        gtype("dress", "contradiction"),
        col("peach"),
        color_of("leggings", "The leggings are white.", kind="open"),
        wearing("She is wearing a peach anarkali with a dupatta and white churidar.", who="she"),
        details("kurta", "The kurta details are the details on the kurta.", "restated"),
        title="Biba Women Peach-Coloured Embellished Anarkali Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: white A-line cotton kurta with a blue floral print, 3/4 sleeves, round neck, mid-blue jeans, white
    # backdrop. Adapter ep3 caption/open; reference closed.
    case(
        "X1073-046",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric. It has"
            " a round neckline. The lady wears a long jeans. The jeans are with denim fabric and pure color patterns."
        ),
        col("white"),
        color_of("jeans", "The jeans are blue.", kind="open"),
        describe("kurta", "no", "non_answer"),
        wearing(
            "She wears a kurta with floral patterns and a pair of jeans. She wears a kurta with floral patterns and a"
            " pair of jeans. She wears a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Anouk Women White & Blue Floral Print A-Line Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
]
