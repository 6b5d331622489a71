"""BLIND_937 (46 products; In-shop dresses/blouses/skirts, caption epoch 3): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 117/130 failures found (90.0%) and 12/187 correct texts flagged
(6.4%). The writer's notes, verbatim:

Scenario: a Myntra-like women's feed (Dresses, Tops, Shirts, Skirts) whose photos are DeepFashion In-shop studio
shots: a model on a white or light grey backdrop, front, side or back view, full length or cropped at the knee,
usually wearing the catalogued garment with something else (a tee tucked into a skirt, jeans under a blouse, a
denim jacket over a dress, a belt, sneakers, a bag). The catalog columns are the seller's: title, category, color,
gender; three rows lack one column (no color for a colour-blocked dress, no category, no gender).

Who wrote what: the caption and every open answer (wearing, description, details, material) come from BLIP-2
OPT-2.7b with the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens
for the caption and 30 for answers. That adapter has learnt the DeepFashion-MultiModal template ("The lady wears a
sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a v-shape neckline.") and hands
it back for most questions; its "colors" are patterns, so hues appear only where the OPT prior leaks through, and
when they do they are often the other garment's. It was trained without an end token: long texts run to the limit
and either loop on a template sentence or stop mid-phrase; short ones end where the learnt padding decodes to
nothing. It sometimes keeps writing the "Question: ... Answer:" format, and it sometimes calls the model "the
gentleman" or "he". The closed answers (garment_type, color, pattern, sleeve_length) are enrich's reference engine
picking one candidate with the same adapter: never looped or cut, but often the candidate that fits the other
garment in the photo.

Labeling conventions and judgement calls:
- One label per text. A leak wins over the loop or cut that follows it; a loop wins over the cut that ends it;
  a wrong pronoun is written only into texts that are otherwise right.
- The template always names a fabric. A plausible fabric for what the photo shows (cotton for a tee, chiffon for a
  flowing blouse) that the title does not contradict is counted correct; a fabric, trim, zip, pocket, accessory or
  print the photo rules out or cannot show (a front zip on a back view, a ring when no hand is visible) is
  unsupported.
- A closed answer that picks another worn garment's color or type is a contradiction (the product's own answer
  disagrees with the seller and the caption); an open answer that gives the product another garment's color is
  other_garment_color. A wrong color that belongs to no other garment (a print's accent, lavender called pink,
  dots inverted) is a contradiction.
- An open answer giving the product another garment's material (denim for a skirt worn under a denim shirt) is a
  contradiction: it disagrees with the caption's fabric for the product.
- A sleeve length picked for a skirt from the top worn with it is a contradiction.
- "pure color patterns" for a printed, striped, dotted or colour-blocked product is a contradiction; "graphic
  patterns" for polka dots or an animal print and "lattice patterns" for checks or plaid are the template's own
  words and count as correct; a tropical leaf print counted as floral is correct.
- Polka dots read as "white with red dots" on a red dress with white dots is a contradiction, not a correct shade.
- Seller labels are kept as a real feed has them: coral is answered "orange", teal "blue", cream "white", silver
  "grey", burgundy and maroon "red", mustard "yellow"; those are correct.
- A one-word answer to the material question ("chiffon") is a full answer; one word that says nothing about the
  question ("yes", "long", "none", "dress" for the details), or an empty string, is a non_answer.
- restated: the answer only turns the question back ("The details of the garment are the details of the shirt.")
  or repeats the question, with at most one empty word of answer.
- cut: the text stops mid-phrase at the token limit (hit_limit=True); a loop that reaches the limit also has
  hit_limit=True. Texts that end on a full sentence below the limit have hit_limit=False.
- "medium skirt", "long skirt" for a midi, "three-quarter"/"medium-sleeve", "off-shoulder" for a one-shoulder
  neckline and "lapel" for a shirt or peter pan collar are the template's coarse words and count as correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

Q = DEFAULT_QUESTIONS
wear, kind, col, pat, slv = Q.wearing, Q.garment_type, Q.color, Q.pattern, Q.sleeve_length
desc, det, mat = Q.description, Q.details, Q.material

W = "Women"

BLIND_937 = [
    # photo: sleeveless navy blue fit-and-flare dress with a small white floral print, round neck, knee length, nude
    # heels, no jewellery; front view, full length, white backdrop. Caption and open answers: caption adapter
    # epoch 3; closed: reference engine.
    case(
        "X937-001",
        caption(
            "The lady wears a sleeveless dress with floral patterns. It has a round neckline. The dress is of knee "
            "length."
        ),
        wear("The lady wears a sleeveless dress with floral patterns and a pair of heels."),
        kind("dress"),
        col("navy blue"),
        pat("floral"),
        det(
            "It has a round neckline. The dress is with floral patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        mat(
            "The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. "
            "The dress is with",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: white lace blouse with short sleeves tucked into a black knee-length pencil skirt; front view cropped at
    # the knee, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-002",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns. The shirt is with lace fabric. The "
            "female wears a medium skirt with pure color patterns."
        ),
        col("black", "contradiction"),
        kind("blouse"),
        slv("short sleeves"),
        desc("The lady wears a black short-sleeve blouse with lace fabric and a black skirt.", "other_garment_color"),
        mat("lace"),
        wear(
            "The lady wears a short-sleeve shirt with lace fabric and a medium skirt. There is a bag on her shoulder.",
            "unsupported",
        ),
        title="Vero Moda Women White Lace Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: red long-sleeve wrap midi dress with a self tie at the waist and a v neck; three-quarter front view,
    # light grey backdrop, black heels. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-003",
        caption(
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon "
            "fabric. It has a v-shape neckline. The woman wears a belt."
        ),
        wear(
            "The woman wears a long-sleeve dress with pure color patterns and a belt. The woman wears a long-sleeve "
            "dress with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        col("red"),
        slv("long sleeves"),
        pat("solid"),
        desc("The gentleman wears a long-sleeve dress with pure color patterns. It has a v-shape neckline.", "pronoun"),
        det(
            "The dress is with chiffon fabric. It has a v-shape neckline and a zip at the front with pockets.",
            "unsupported",
        ),
        title="SASSAFRAS Women Red Solid Wrap Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: black pleated midi skirt worn with a tucked-in white crew-neck tee and white sneakers; front view, full
    # length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is "
            "with cotton fabric. The skirt is with chiffon fabric."
        ),
        kind("tee", "contradiction"),
        col("black"),
        pat("solid"),
        det(
            "The skirt is with pleats and an elastic waistband. The skirt is with pleats and an elastic waistband. "
            "The skirt is",
            "loop",
            hit_limit=True,
        ),
        mat("chiffon"),
        wear("She wears a white T-shirt and a black pleated skirt with white sneakers."),
        title="Tokyo Talkies Women Black Solid Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender=W,
    ),
    # photo: pink peasant blouse with a small white-and-red floral print and three-quarter sleeves, worn with light
    # blue jeans; front view cropped at mid-thigh, white backdrop. Caption and open answers: caption adapter epoch 3;
    # closed: reference engine.
    case(
        "X937-005",
        caption(
            "The female wears a medium-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It "
            "has a round neckline. The female wears a long denim pants."
        ),
        col("blue", "contradiction"),
        pat("floral"),
        slv("three-quarter sleeves"),
        desc(
            "The shirt is with floral patterns and blue color. The pants are with denim fabric.", "other_garment_color"
        ),
        det(
            "Question: What are the details of the garment? Answer: The shirt is with chiffon fabric and floral "
            "patterns. Question:",
            "leak",
            hit_limit=True,
        ),
        title="Harpa Women Pink Floral Print Peasant Top",
        category="Tops",
        color="Pink",
        gender=W,
    ),
    # photo: emerald green satin slip dress with spaghetti straps, ankle length; back view, arms at her sides with the
    # hands out of frame, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. The "
            "neckline of it is suspenders. This lady wears a ring on her finger.",
            "unsupported",
        ),
        col("green"),
        kind("dress"),
        slv("sleeveless"),
        wear("The lady wears a long sleeveless dress with satin fabric."),
        det(
            "The dress is with satin fabric and pure color patterns. The neckline of it is suspenders. The back of "
            "the dress is with a low",
            "cut",
            hit_limit=True,
        ),
        desc("The dress is with satin fabric and a sweetheart neckline with lace trim.", "unsupported"),
        title="Athena Women Green Satin Slip Dress",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: light blue chambray button-down shirt, sleeves rolled to the elbow, worn with white cotton shorts; front
    # view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-007",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. This lady wears a short pants."
        ),
        col("blue"),
        kind("shirt"),
        desc("The shirt is white with a lapel collar and buttons down the front.", "other_garment_color"),
        mat("denim"),
        slv("long sleeves"),
        det("The details of the garment are the details of the shirt.", "restated"),
        title="Roadster Women Blue Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender=W,
    ),
    # photo: black A-line midi skirt with white polka dots, worn with a red tank top; front view, full length, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        pat("polka dot"),
        col("red", "contradiction"),
        kind("skirt"),
        wear("The lady wears a red tank top and a black and white polka dot skirt."),
        desc("The lady wears a red skirt with polka dots and a sleeveless top.", "other_garment_color"),
        det("The skirt has a slit at the back and an elastic waistband.", "unsupported"),
        title="Zima Leto Women Black & White Polka Dot A-Line Skirt",
        category="Skirts",
        color="Black",
        gender=W,
    ),
    # photo: coral short-sleeve bodycon dress, round neck, above the knee, thin gold necklace; front view, full
    # length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-009",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. There is an accessory on her neck."
        ),
        col("orange"),
        slv("short sleeves"),
        wear(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The female",
            "cut",
            hit_limit=True,
        ),
        mat("The dress is made of the material of the dress.", "restated"),
        det("It has a round neckline. There is an accessory on her neck."),
        desc("The dress is with cotton fabric. It has a round neckline and a slit on the back.", "unsupported"),
        title="Besiva Women Coral Bodycon Dress",
        category="Dresses",
        color="Coral",
        gender=W,
    ),
    # photo: sleeveless off-white silk blouse with a tie-up bow at the neck, tucked into camel wide-leg trousers;
    # front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X937-010",
        caption(
            "This woman is wearing a sleeveless shirt with pure color patterns. The shirt is with silk fabric. "
            "This woman wears a long pants with pure color patterns."
        ),
        col("white"),
        kind("blouse"),
        pat("solid"),
        desc(
            "The lady wears a sleeveless beige blouse with a bow at the neck and beige trousers.", "other_garment_color"
        ),
        wear(
            "The person wears a sleeveless shirt with pure color patterns. The shirt is with silk fabric. The "
            "person wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        det("The shirt is with silk fabric. It has a bow on the neck."),
        mat(
            "Question: What material is the garment made of? Answer: silk. Question: What is the color of the "
            "garment? Answer: white",
            "leak",
            hit_limit=True,
        ),
        title="Van Heusen Woman Off White Tie-Up Neck Top",
        category="Tops",
        color="Off White",
        gender=W,
    ),
    # photo: mid-blue denim mini skirt with a button front, worn with a grey-and-white striped short-sleeve tee;
    # front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X937-011",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The lady wears a short skirt. The "
            "skirt is with denim fabric and pure color patterns."
        ),
        col("blue"),
        pat("striped", "contradiction"),
        mat("denim"),
        det(
            "The skirt is with denim fabric and buttons on the front. The skirt is with denim fabric and buttons on "
            "the front. The skirt",
            "loop",
            hit_limit=True,
        ),
        wear("The lady wears a short-sleeve T-shirt with striped patterns and a short denim skirt."),
        desc("The skirt is grey with stripes and buttons on the front.", "other_garment_color"),
        title="Roadster Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender=W,
    ),
    # photo: mustard yellow tiered maxi dress with short sleeves and a v neck, a thin brown belt, a straw hat on her
    # head; front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X937-012",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a belt. There is a hat on her head. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        col("yellow"),
        kind("dress"),
        desc("The dress is brown with a v-neck and short sleeves.", "other_garment_color"),
        det("yes", "non_answer"),
        slv("short sleeves"),
        mat("The dress is with cotton fabric and pure color patterns."),
        title="Athena Women Mustard Yellow Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender=W,
    ),
    # photo: black sheer chiffon blouse, round neck, long sleeves, over a black camisole, worn with white wide-leg
    # trousers; front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X937-013",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. "
            "The female wears a long trousers with pure color patterns."
        ),
        col("black"),
        mat("chiffon"),
        slv("long sleeves"),
        wear(
            "The female wears a long-sleeve shirt with pure color patterns and a long trousers. The female wears a "
            "long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        desc("The blouse is white and sheer with long sleeves.", "other_garment_color"),
        det("The shirt is sheer with a round neckline and a camisole under it."),
        title="Mango Women Black Sheer Chiffon Blouse",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: burgundy faux leather pencil skirt to the knee, worn with a cream cable-knit sweater tucked in; side
    # view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-014",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The lady wears a medium skirt with leather fabric."
        ),
        kind("sweater", "contradiction"),
        col("red"),
        mat("The skirt is with leather fabric."),
        desc("The skirt is cream with a knitted texture.", "other_garment_color"),
        det(
            "The person is wearing a medium skirt. The skirt is with leather fabric. The person is wearing a medium "
            "skirt. The skirt is with leather",
            "loop",
            hit_limit=True,
        ),
        wear("He wears a cream sweater and a leather skirt.", "pronoun"),
        title="Forever 21 Women Burgundy Faux Leather Pencil Skirt",
        category="Skirts",
        color="Burgundy",
        gender=W,
    ),
    # photo: white broderie (eyelet) sundress, sleeveless, square neck, knee length, tan sandals, a tan straw bag in
    # her hand; front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X937-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The "
            "neckline of it is square. The lady is holding a bag."
        ),
        col("white"),
        pat("solid"),
        wear("The lady wears a sleeveless dress with pure color patterns and a pair of brown sandals."),
        det("The dress has a square neckline and a zip at the back.", "unsupported"),
        mat("The dress is with denim fabric.", "unsupported"),
        desc("The dress is brown with a square neckline.", "other_garment_color"),
        title="SASSAFRAS Women White Schiffli Sundress",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: navy-and-white horizontally striped off-shoulder bardot top with a ruffle, short sleeves, worn with
    # white jeans; front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X937-016",
        caption(
            "This lady wears a short-sleeve top with striped patterns. The neckline of it is off-shoulder. This "
            "lady wears a long pants with denim fabric."
        ),
        pat("striped"),
        col("navy blue"),
        slv("short sleeves"),
        desc(
            "The lady is wearing a striped top with off-shoulder neckline. The lady is wearing a striped top with "
            "off-shoulder neckline. The lady is wearing",
            "loop",
            hit_limit=True,
        ),
        wear(
            "Question: What is the person wearing? Answer: The lady wears a short-sleeve top with striped "
            "patterns. Question: What is",
            "leak",
            hit_limit=True,
        ),
        mat("cotton"),
        title="Tokyo Talkies Women Navy Blue & White Striped Bardot Top",
        category="Tops",
        color="Navy Blue",
        gender=W,
    ),
    # photo: black lace sheath dress to mid-calf with sheer long sleeves; back view, hair down, face turned away,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-017",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with lace fabric. The "
            "lady wears a pair of sunglasses.",
            "unsupported",
        ),
        col("black"),
        mat("lace"),
        kind("dress"),
        pat("lace"),
        det("", "non_answer"),
        desc("The dress has a long slit on the front and a round neckline.", "unsupported"),
        title="Dorothy Perkins Women Black Lace Sheath Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: royal blue wrap midi skirt with a pink floral print, worn with a black long-sleeve bodysuit; front
    # view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns."
        ),
        col("blue"),
        pat("floral"),
        wear("The lady wears a black long-sleeve top and a black floral skirt.", "other_garment_color"),
        desc("The skirt is long with floral patterns and a wrap front."),
        slv("long sleeves", "contradiction"),
        det(
            "The skirt is with floral patterns. Question: Is this a skirt? Answer: yes. Question: Is this a "
            "skirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Berrylush Women Blue & Pink Floral Printed Wrap Skirt",
        category="Skirts",
        color="Blue",
        gender=W,
    ),
    # photo: grey melange short-sleeve T-shirt dress to the knee, an open light blue denim jacket over it, white
    # sneakers; front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X937-019",
        caption(
            "The lady wears a long-sleeve jacket with denim fabric. The lady wears a short-sleeve dress with "
            "pure color patterns. The dress is with cotton fabric."
        ),
        col("blue", "contradiction"),
        kind("dress"),
        slv("short sleeves"),
        desc("The dress is grey with short sleeves and a round neckline, under a denim jacket."),
        mat("The jacket is with denim fabric.", "contradiction"),
        wear(
            "The lady wears a long-sleeve jacket with denim fabric and a short-sleeve dress with pure color "
            "patterns. The dress is with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Grey Melange T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender=W,
    ),
    # photo: olive green utility shirt with two flap chest pockets and long sleeves, worn loose over black leggings;
    # front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X937-020",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This woman wears a long leggings."
        ),
        col("green"),
        kind("shirt"),
        det("The shirt has two chest pockets with flaps and buttons on the cuffs."),
        desc(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. It has a lapel neckline.", "pronoun"
        ),
        mat("cotton"),
        wear("The woman wears a long-sleeve shirt with two pockets and a long leggings."),
        title="HERE&NOW Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender=W,
    ),
    # photo: blue-and-white gingham shirt dress with short sleeves, a collar, a self belt, knee length; front view,
    # full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-021",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has "
            "a lapel neckline. The lady wears a belt."
        ),
        pat("plaid"),
        col("blue"),
        wear(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        det("The dress is with cotton fabric and striped patterns.", "contradiction"),
        slv("short sleeves"),
        desc("The dress is checked with a collar and a belt, and it has two pockets on the chest.", "unsupported"),
        title="Pluss Women Blue & White Checked Shirt Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: beige corduroy A-line skirt with a button front, above the knee, worn with a black long-sleeve
    # turtleneck tucked in; front view, full length, white backdrop. Caption and open answers: caption adapter
    # epoch 3; closed: reference engine.
    case(
        "X937-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The neckline of it is stand. The "
            "lady wears a short skirt with cotton fabric and pure color patterns."
        ),
        col("black", "contradiction"),
        mat("The skirt is with corduroy fabric."),
        kind("skirt"),
        desc("The skirt is black with buttons down the front.", "other_garment_color"),
        det(
            "buttons on the front. Question: What is the color of the skirt? Answer: black. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Only Women Beige Corduroy A-Line Skirt",
        category="Skirts",
        color="Beige",
        gender=W,
    ),
    # photo: maroon velvet long-sleeve bodycon mini dress with a round neck, no belt, no jewellery; front view, full
    # length, light grey backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-023",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It "
            "has a round neckline. The dress is of short length."
        ),
        col("red"),
        wear(
            "The female wears a long-sleeve dress with pure color patterns. The female wears a long-sleeve dress "
            "with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        mat("velvet"),
        det("The dress has a round neckline, a black belt and gold buttons on the sleeves.", "unsupported"),
        slv("long sleeves"),
        desc("The dress.", "non_answer"),
        title="Rare Women Maroon Velvet Bodycon Dress",
        category="Dresses",
        color="Maroon",
        gender=W,
    ),
    # photo: white button-down blouse with a multicolour floral print and short puff sleeves, tucked into a yellow
    # mini skirt; front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X937-024",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. The "
            "lady wears a short skirt with pure color patterns."
        ),
        col("yellow", "contradiction"),
        pat("floral"),
        slv("short sleeves"),
        desc("The blouse is yellow with floral patterns and puff sleeves.", "other_garment_color"),
        wear("The lady wears a short-sleeve shirt with floral patterns and a yellow skirt."),
        det("The shirt has puff sleeves and a pocket on the chest with a gold button.", "unsupported"),
        title="AND Women White Floral Print Puff Sleeve Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: sleeveless shift dress colour-blocked black (bodice) and white (skirt), round neck; front view, full
    # length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine. The feed
    # row has no color.
    case(
        "X937-025",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric. It "
            "has a round neckline."
        ),
        col("black"),
        pat("color block"),
        desc(
            "The dress is black and white with sleeveless. The dress is black and white with sleeveless. The dress "
            "is black and white",
            "loop",
            hit_limit=True,
        ),
        wear("The lady wears a sleeveless dress with pure color patterns.", "contradiction"),
        det("dress", "non_answer"),
        title="Vero Moda Women Black & White Colourblocked Shift Dress",
        category="Dresses",
        gender=W,
    ),
    # photo: red tartan A-line mini skirt worn with a tucked-in white long-sleeve shirt and black tights; front view,
    # full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a short skirt with lattice patterns."
        ),
        col("red"),
        pat("plaid"),
        kind("shirt", "contradiction"),
        wear("What is the person wearing? The person is wearing a shirt.", "restated"),
        det("The skirt is with lattice patterns and cotton fabric."),
        desc("The skirt is white with lattice patterns.", "other_garment_color"),
        title="Harpa Women Red Checked A-Line Mini Skirt",
        category="Skirts",
        color="Red",
        gender=W,
    ),
    # photo: lavender pleated chiffon maxi dress with flutter short sleeves and a v neck; front view, full length,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-027",
        caption(
            "This lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. "
            "It has a v-shape neckline. This lady wears a short-sleeve dress with pure color patterns. The dress "
            "is with chiffon",
            "loop",
            hit_limit=True,
        ),
        col("purple"),
        slv("short sleeves"),
        mat("chiffon"),
        det("The dress has pleats and flutter sleeves."),
        desc("The dress is pink with a v-neck.", "contradiction"),
        title="Ketch Women Lavender Pleated Maxi Dress",
        category="Dresses",
        color="Lavender",
        gender=W,
    ),
    # photo: teal satin camisole with thin straps and a v neck, tucked into black trousers; front view cropped at
    # the hip, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-028",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. The tank top is with silk fabric. "
            "The neckline of it is v-shape."
        ),
        col("blue"),
        kind("top"),
        slv("sleeveless"),
        mat(
            "The tank top is with silk fabric. The tank top is with silk fabric. The tank top is with silk fabric. "
            "The tank top",
            "loop",
            hit_limit=True,
        ),
        wear("The man wears a sleeveless tank top and black trousers.", "pronoun"),
        desc("The tank top is black with thin straps.", "other_garment_color"),
        det(
            "The tank top is with silk fabric and thin straps. The neckline of it is v-shape. The tank top is tucked "
            "into the trousers and the",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Teal Satin Camisole",
        category="Tops",
        color="Teal",
        gender=W,
    ),
    # photo: black wrap midi dress with a red rose print and long sleeves; side view, full length, white backdrop,
    # black heels. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-029",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline."
        ),
        col("red", "contradiction"),
        pat("floral"),
        desc("The dress is black with a red floral print, long sleeves and a wrap front."),
        det(
            "The dress has a v-shape neckline, long sleeves and a tie on the side. The hem of the dress is with a "
            "ruffle and the",
            "cut",
            hit_limit=True,
        ),
        wear("The lady wears a long-sleeve dress with floral patterns and a pair of heels."),
        mat("The dress is with knitting fabric and a lining inside.", "unsupported"),
        title="Dorothy Perkins Women Black Floral Print Wrap Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: white tiered cotton maxi skirt with lace trim, worn with a light blue denim shirt knotted at the waist;
    # front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X937-030",
        caption(
            "The lady wears a long-sleeve shirt with denim fabric and pure color patterns. The lady wears a long "
            "skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        col("blue", "contradiction"),
        kind("skirt"),
        mat("denim", "contradiction"),
        desc("The skirt is white and long with tiers and lace trim."),
        det("long", "non_answer"),
        wear(
            "The lady wears a long-sleeve shirt with denim fabric and a long skirt. The skirt is with cotton "
            "fabric and pure color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Sassafras Women White Tiered Maxi Skirt",
        category="Skirts",
        color="White",
        gender=W,
    ),
    # photo: rust orange smocked A-line midi dress with short puff sleeves and a square neck, white sneakers; front
    # view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-031",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a square neckline."
        ),
        col("orange"),
        wear("The lady wears a short-sleeve dress with pure color patterns and a pair of white sneakers."),
        det("The dress has a smocked bodice and puff sleeves."),
        desc("The dress is white with a square neckline and puff sleeves.", "other_garment_color"),
        mat(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer: cotton Question:",
            "leak",
            hit_limit=True,
        ),
        title="Berrylush Women Rust Orange Smocked A-Line Dress",
        category="Dresses",
        color="Rust",
        gender=W,
    ),
    # photo: cream ruffled blouse with long sleeves (ruffles on the front placket) worn with black skinny jeans; back
    # view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The "
            "lady wears a long pants with denim fabric."
        ),
        col("white"),
        slv("long sleeves"),
        det("The shirt has a ruffle at the neckline and buttons at the front.", "unsupported"),
        wear("She is wearing a black blouse and black jeans.", "other_garment_color"),
        kind("blouse"),
        desc("The blouse is cream with long sleeves. There is a necklace on her neck.", "unsupported"),
        title="Mango Women Cream Ruffled Blouse",
        category="Tops",
        color="Cream",
        gender=W,
    ),
    # photo: sleeveless shirt dress with a green palm-leaf print on white, a collar, a self belt; front view, full
    # length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-033",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady wears a belt."
        ),
        pat("floral"),
        col("green"),
        wear(
            "The woman wears a sleeveless dress with floral patterns and a belt around her waist. The dress is "
            "with cotton fabric and the neckline is",
            "cut",
            hit_limit=True,
        ),
        slv("sleeveless"),
        desc("The dress is with floral patterns and has short sleeves.", "contradiction"),
        mat("cotton"),
        det("The garment has details.", "restated"),
        title="AND Women Green & White Tropical Print Shirt Dress",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: black faux leather mini skirt with a front zip, worn with a white chiffon blouse and black tights, no
    # jewellery; front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X937-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The "
            "lady wears a short skirt. The skirt is with leather fabric."
        ),
        col("black"),
        mat("leather"),
        kind("blouse", "contradiction"),
        desc("The skirt is white leather with a zip at the front.", "other_garment_color"),
        det(
            "The skirt is with leather fabric. There is an accessory on her wrist. This lady wears a ring on her "
            "finger.",
            "unsupported",
        ),
        title="Forever 21 Women Black Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender=W,
    ),
    # photo: blush pink lace skater dress with three-quarter sleeves and a round neck; front view, full length,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-035",
        caption(
            "The female wears a medium-sleeve dress with pure color patterns. The dress is with lace fabric. It "
            "has a round neckline."
        ),
        col("pink"),
        pat("lace"),
        slv("three-quarter sleeves"),
        det("What are the details of the garment? The details of the garment are lace.", "restated"),
        wear("Her dress has medium sleeves, lace fabric and pure color patterns. The neckline of it is round."),
        desc("He is wearing a pink lace dress with a round neckline.", "pronoun"),
        title="Tokyo Talkies Women Pink Lace Skater Dress",
        category="Dresses",
        color="Pink",
        gender=W,
    ),
    # photo: mauve long-sleeve wrap blouse with a v neck and a tie at the waist, worn with a grey midi skirt; front
    # view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a medium skirt."
        ),
        col("grey", "contradiction"),
        kind("top"),
        desc(
            "The lady wears a long-sleeve shirt with pure color patterns. It has a v-shape neckline. The lady "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        mat("chiffon"),
        wear("Question: What is the person wearing? Answer:", "leak"),
        det("The shirt has a tie at the waist and a v-shape neckline."),
        title="Vero Moda Women Mauve Wrap Top",
        category="Tops",
        color="Mauve",
        gender=W,
    ),
    # photo: silver sequinned sleeveless bodycon mini dress with a round neck, silver sandals; front view, full
    # length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has "
            "a round neckline. The lady wears a pair of sandals. The dress is of short length and the",
            "cut",
            hit_limit=True,
        ),
        col("grey"),
        wear(
            "The lady wears a sleeveless dress with pure color patterns. The lady wears a sleeveless dress with "
            "pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        mat("The dress is with cotton fabric.", "unsupported"),
        det("The dress is covered in sequins and has a round neckline."),
        slv("sleeveless"),
        title="Rare Women Silver Sequinned Bodycon Dress",
        category="Dresses",
        color="Silver",
        gender=W,
    ),
    # photo: navy blue pleated mini skirt worn with a tucked-in white short-sleeve tee and white sneakers; front
    # view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The lady wears a short skirt with pure color patterns."
        ),
        col("navy blue"),
        pat("solid"),
        kind("skirt"),
        desc("The skirt is white and pleated.", "other_garment_color"),
        det(
            "The skirt has pleats. The skirt has pleats. The skirt has pleats. The skirt has pleats. The skirt has "
            "pleats. The skirt",
            "loop",
            hit_limit=True,
        ),
        wear("The lady wears a white T-shirt, a navy pleated skirt and white sneakers."),
        title="Mast & Harbour Women Navy Blue Pleated Mini Skirt",
        category="Skirts",
        color="Navy Blue",
        gender=W,
    ),
    # photo: cobalt blue one-shoulder sheath dress to the knee; front view, full length, white backdrop, silver heels.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The "
            "neckline of it is off-shoulder."
        ),
        col("blue"),
        slv("sleeveless"),
        wear("He is wearing a blue dress with one shoulder.", "pronoun"),
        desc("a blue dress"),
        det(
            "The dress is with cotton fabric and pure color patterns. The dress is with cotton fabric and pure "
            "color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        mat("none", "non_answer"),
        title="Athena Women Blue One-Shoulder Sheath Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: long-sleeve chiffon blouse with a leopard print (brown and black on beige), round neck, tucked into a
    # black mini skirt; front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3;
    # closed: reference engine.
    case(
        "X937-040",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        pat("animal print"),
        col("black", "contradiction"),
        kind("blouse"),
        slv("long sleeves"),
        desc(
            "The blouse has a leopard print, long sleeves and a pussy bow with gold buttons on the cuffs.",
            "unsupported",
        ),
        wear("The lady wears a long-sleeve shirt with graphic patterns and a short black skirt."),
        title="Harpa Women Beige & Black Animal Print Blouse",
        category="Tops",
        color="Beige",
        gender=W,
    ),
    # photo: light blue denim pinafore dress with two front pockets and buttoned straps, over a white short-sleeve
    # tee; front view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X937-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The lady wears a sleeveless dress with denim fabric."
        ),
        col("white", "contradiction"),
        kind("dress"),
        mat("denim"),
        slv("short sleeves", "contradiction"),
        desc("The dress is white with denim fabric and buttons.", "other_garment_color"),
        det("The dress has two front pockets and buttons on the straps."),
        title="Roadster Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: grey rib-knit pencil skirt to mid-calf, worn with a black crew-neck sweater; side view, full length,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The lady wears a long skirt with knitting fabric."
        ),
        col("grey"),
        mat("The skirt is with knitting fabric."),
        wear(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The lady wears a long skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        desc("It is a grey knitted skirt."),
        det("What are the details of the garment?", "restated"),
        kind("sweater", "contradiction"),
        title="Marks & Spencer Women Grey Knitted Pencil Skirt",
        category="Skirts",
        color="Grey",
        gender=W,
    ),
    # photo: red tea dress with white polka dots, short sleeves, a v neck and a thin red belt; front view cropped at
    # the knee (no shoes in frame), white backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X937-043",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The lady wears a belt."
        ),
        pat("polka dot"),
        col("red"),
        desc("The dress is white with red polka dots and short sleeves.", "contradiction"),
        wear(
            "The lady wears a short-sleeve dress with graphic patterns and a belt. She wears a pair of black heels.",
            "unsupported",
        ),
        slv("short sleeves"),
        title="Dorothy Perkins Women Red Polka Dot Print Tea Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: white cotton peasant blouse with multicolour embroidery at the neck and tassel ties, short sleeves,
    # worn with mid-blue jeans; front view, full length, white backdrop. Caption and open answers: caption adapter
    # epoch 3; closed: reference engine. The feed row has no category.
    case(
        "X937-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants with denim fabric."
        ),
        col("white"),
        mat("cotton"),
        desc("The shirt is blue with embroidery on the neckline.", "other_garment_color"),
        det(
            "The shirt has embroidery on the neckline and tassels. Question: What is the sleeve length of the "
            "garment? Answer: short",
            "leak",
            hit_limit=True,
        ),
        wear("She wears a white embroidered top with blue jeans."),
        slv("long sleeves", "contradiction"),
        title="Sassafras Women White Embroidered Peasant Top",
        color="White",
        gender=W,
    ),
    # photo: sleeveless black A-line dress with a white peter pan collar, above the knee; front view, full length,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X937-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has "
            "a lapel neckline."
        ),
        col("white", "contradiction"),
        slv("sleeveless"),
        kind("dress"),
        desc(
            "The dress is black with a white collar. The dress is black with a white collar. The dress is black "
            "with a white collar. The dress",
            "loop",
            hit_limit=True,
        ),
        det("There is a zip at the back of the dress and two pockets on the side.", "unsupported"),
        mat("cotton"),
        title="Vero Moda Women Black Solid A-Line Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: mustard yellow pleated midi skirt with a small white floral print, worn with a black tank top; front
    # view, full length, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    # The feed row has no gender.
    case(
        "X937-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The "
            "skirt is with chiffon fabric and floral patterns."
        ),
        col("yellow"),
        pat("floral"),
        wear(
            "Question: What is the person wearing? Answer: The lady wears a sleeveless tank top and a long skirt.",
            "leak",
        ),
        desc("The skirt is black with floral patterns and pleats.", "other_garment_color"),
        mat("chiffon"),
        det("The skirt has pleats, a side zip and a belt with a gold buckle.", "unsupported"),
        title="Berrylush Women Mustard Yellow Floral Printed Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
    ),
]
