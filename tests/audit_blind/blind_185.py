"""BLIND_185 (46 products; women's outerwear and knitwear, layered looks, European department store): written blind in
the thirty-seventh session. Measured blind at e7082eb: 129/140 failures found (92.1%) and 15/143 correct texts
flagged (10.5%). The writer's notes, verbatim:

Scenario: an English-language European department store's women's outerwear and knitwear: wool and wrap coats,
trench coats, puffer jackets and coats, blazers, cardigans, cable-knit jumpers, roll necks, gilets, shackets. Most
photos are models in layers on grey or white studio backdrops (a coat over a roll neck and jeans, a gilet over a
shirt, a cardigan over a dress); some are street shots (shop awnings, a red phone box, autumn trees, snow, a taxi)
and some are flat-lays (the garment alone, or styled with jeans and boots). Catalog columns as keyword extras:
title, category and the store's color name ("Camel", "Ecru", "Oatmeal Marl", "Forest", "Chocolate", "Dusty Blue",
"Black/Cream Check"); gender="women" where the feed has it, left out on a few rows (and on some flat-lays).

Which system wrote which text (as in CONTEXT.md):
- the untuned base blip2-opt-2.7b: short lowercase captions and open answers ("a woman in a camel coat and jeans").
  It stops by itself (hit_limit=False). Its failures: one color for every garment (the coat's color given to the
  skirt or shirt), "he"/"a man" for a woman, invented details (brands, fur hoods, gold buttons that are not there),
  empty or "i don't know" answers, and answers that only say the garment back ("a cardigan").
- the caption adapters (DeepFashion-MultiModal template, epoch 1 and epoch 3): the template for every open prompt
  (caption, wearing, describe, details, material, an open color question), "pure color"/"lattice"/"striped"
  patterns, never stops: hit_limit=True always, cut mid-sentence at 50 tokens (captions) or 30 (answers), or
  looping one template sentence; sometimes "The gentleman"/"His" for a woman.
- the VQA adapter: one word, then running on to the limit: the word repeated ("wool wool wool ...") or the
  "Question: ... Answer:" format continued; hit_limit=True always. Used on open answers, one yes/no question
  ("Is this a coat?" answered "yes Question: Is this a coat? Answer: yes ...") and two captions.
- the reference engine: the closed questions (garment_type, color, pattern, sleeve_length, color_of stored closed,
  is_a): one candidate, never loops, never hits the limit. Its failures: the color, pattern or sleeves of the layer
  under or over the product (the roll neck under the coat, the shirt's sleeves under a gilet), or the wrong garment
  ("dress" for a coat worn over a dress, "jeans" in a styled flat-lay), and once a street color (a taxi, an awning).

Labeling conventions and judgement calls:
- one label per failure, the one an auditor sees first. A loop is "loop" even when the looped word is right
  ("beige beige beige ..." for a beige gilet); a continued "Question: ... Answer:" is "leak" even when it also
  repeats; a template cut mid-sentence is "cut" even when everything it said is right (a "lattice" check coat).
- other_garment_color: the product (the sold garment) is given the color of another garment in the photo (the
  roll neck under it, the skirt, the jeans), by an open answer or by the engine. contradiction: any other color,
  garment, pattern or sleeve length the photo or the catalog contradicts: a non-product garment given the product's
  color ("green" skirt under a green blazer, "grey" shirt and jeans under a charcoal blazer), a street color
  ("yellow" from a taxi), a wrong garment type, the top's stripes or the dress's flowers as the product's pattern,
  "long" sleeves for a gilet (the shirt's sleeves).
- unsupported: a detail nothing in the photo or the catalog shows (brand, fur trim, elbow patches, belt, cashmere
  from Scotland, "leather" for a boucle jacket); for a flat-lay, the template's invented "lady" and her trousers.
- non_answer: empty, "i don't know", "none", or the template given to a color question with no hue in it (cut as
  well, hit_limit=True, but what an auditor sees is that no color was given). restated: the garment or the question
  said back with nothing added ("a cardigan", "the details of the cardigan", "it is a gilet").
- pronoun: "he"/"a man"/"The gentleman"/"His" for a woman's product with gender="women" (the template's
  "gentleman" caption is cut too; the pronoun is the plainer fault).
- loops are as long as 30 (answers) or 50 (caption) tokens allow: fewer repeats for words of two BPE tokens.
- correct texts include layers named with their own colors ("a camel coat, a cream turtleneck and blue jeans"),
  two-color checks and stripes ("black and white", "navy and white"), street colors in captions ("red phone booth",
  "yellow trees"), "cream"/"white" for Ecru, "beige" for Oatmeal Marl and Camel, "brown" for Camel and Chocolate,
  "vest" for a gilet, "jacket" for a shacket, "faux fur" for teddy borg, "gold buttons" where the blazer has them.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "women"

BLIND_185 = [
    # Grey backdrop. Camel longline wool-blend coat worn open over a cream roll neck, mid-blue straight jeans,
    # white trainers. Notched lapels, two hip flap pockets.
    case(
        "DS-OW-41020",
        caption("a woman wearing a camel coat and jeans"),
        wearing("a camel coat, a cream turtleneck and blue jeans"),
        Q.color("camel"),
        Q.material(
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool"
            " wool wool wool wool wool wool wool wool wool",
            "loop",
            hit_limit=True,
        ),
        details(
            "coat",
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a lapel"
            " neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Wool Blend Longline Coat",
        category="Coats",
        color="Camel",
    ),
    # White backdrop. Single-breasted blazer in a black and cream check, over a black fine-knit roll neck and black
    # wide-leg trousers. One button, flap pockets.
    case(
        "DS-OW-41021",
        caption(
            "The lady wears a long-sleeve blazer with lattice patterns. The blazer is with wool fabric. It has a lapel"
            " neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
            " There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("blazer"),
        Q.color("black and cream"),
        Q.pattern("check"),
        describe("blazer", "a black and white checked blazer"),
        wearing("a checked jacket, a black top and black pants"),
        Q.material(
            "wool Question: What is the pattern of the garment? Answer: check Question: What is the sleeve length of"
            " the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Check Single Breasted Blazer",
        category="Blazers",
        color="Black/Cream Check",
    ),
    # Grey backdrop. Chunky chocolate-brown cable-knit crew-neck jumper, loosely tucked into an ecru pleated midi
    # skirt; brown loafers. No pockets, plain ribbed cuffs.
    case(
        "DS-OW-41022",
        caption("a woman in a brown sweater and a white skirt"),
        Q.color("cream", "other_garment_color"),
        Q.pattern("cable knit"),
        details("sweater", "the sweater has a v-neck and a zip pocket on the chest", "unsupported"),
        Q.material("the sweater is made of material", "restated"),
        gender=W,
        title="Chunky Cable Knit Jumper",
        category="Knitwear",
        color="Chocolate",
    ),
    # Street shot, beige stone buildings. Black hooded quilted puffer jacket, hip length, zipped, over a grey marl
    # sweatshirt; black leggings, white trainers.
    case(
        "DS-OW-41023",
        caption("a woman walking down the street in a black puffer jacket"),
        wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket"
            " jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        describe("jacket", "a black puffer jacket with a hood"),
        Q.material("it is filled with goose down and has a north face logo on the chest", "unsupported"),
        gender=W,
        title="Hooded Padded Puffer Jacket",
        category="Coats & Jackets",
        color="Black",
    ),
    # White backdrop. Oatmeal marl ribbed roll-neck jumper (the product), worn under an open black wool coat that
    # hangs off the shoulders; black faux-leather midi skirt.
    case(
        "DS-OW-41024",
        caption("a woman wearing a black coat and a beige sweater"),
        Q.garment_type("coat", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.material("no", "non_answer"),
        describe(
            "sweater",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It"
            " has a turtleneck",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "beige", kind="open"),
        gender=W,
        title="Ribbed Roll Neck Jumper",
        category="Knitwear",
        color="Oatmeal Marl",
    ),
    # Grey backdrop. Forest-green diamond-quilted gilet, stand collar, zipped, over a white long-sleeve poplin shirt;
    # mid-blue jeans.
    case(
        "DS-OW-41025",
        caption(
            "The lady wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a stand"
            " neckline. The lady wears a long-sleeve shirt. The shirt is with cotton fabric and pure color patterns."
            " The trousers are of long",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.color("green"),
        Q.sleeve_length("long", "contradiction"),
        color_of("gilet", "white", "other_garment_color", kind="open"),
        wearing("a green vest, a white shirt and jeans"),
        details(
            "gilet",
            "pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets"
            " pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Quilted Gilet",
        category="Gilets",
        color="Forest",
    ),
    # White backdrop. Chunky ecru V-neck cardigan with brown horn-look buttons, worn open over a white t-shirt;
    # black slim jeans. No belt.
    case(
        "DS-OW-41026",
        caption("a woman in a white cardigan and black jeans"),
        wearing("he is wearing a white sweater and black jeans", "pronoun"),
        Q.color("cream"),
        describe("cardigan", "a white cardigan with buttons"),
        details("cardigan", "the cardigan has gold buttons and a belt", "unsupported"),
        Q.material(
            "cotton Question: What is the color of the garment? Answer: white Question: What is the pattern of the"
            " garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Chunky Knit V-Neck Cardigan",
        category="Knitwear",
        color="Ecru",
    ),
    # Grey backdrop. Dusty-blue double-breasted wool-blend coat, knee length, over a grey marl hoodie; white
    # straight jeans, white trainers.
    case(
        "DS-OW-41027",
        caption("a woman wearing a blue coat and white pants"),
        Q.color("white", "other_garment_color"),
        color_of("coat", "blue", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        details(
            "coat",
            "The coat is with wool fabric. The coat is with wool fabric. The coat is with wool fabric. The coat is"
            " with",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Double Breasted Wool Blend Coat",
        category="Coats",
        color="Dusty Blue",
    ),
    # Street shot, cream Haussmann facades. Stone-beige belted double-breasted trench coat, open, over a navy and
    # white Breton striped top; blue jeans, black ballet flats.
    case(
        "DS-OW-41028",
        caption("a woman in a trench coat standing on a street"),
        wearing("a beige trench coat, a striped shirt and jeans"),
        is_a(
            "coat",
            "yes Question: Is this a coat? Answer: yes Question: Is this a coat? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.color("beige"),
        Q.pattern("striped", "contradiction"),
        describe(
            "trench coat",
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a"
            " lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Classic Belted Trench Coat",
        category="Coats",
        color="Stone",
    ),
    # White backdrop. Black and cream check wool-blend shacket, button front, two flap chest pockets, open over a
    # black t-shirt; black jeans.
    case(
        "DS-OW-41029",
        caption("a woman wearing a black and white plaid shirt"),
        Q.color("black and white"),
        Q.pattern("check"),
        describe(
            "shacket",
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid",
            "loop",
            hit_limit=True,
        ),
        details("shacket", "two chest pockets with flaps and buttons"),
        wearing("she is wearing a plaid jacket over a black t-shirt and black jeans"),
        Q.material("i'm not sure", "non_answer"),
        gender=W,
        title="Check Wool Blend Shacket",
        category="Jackets",
        color="Black/Cream Check",
    ),
    # Grey backdrop. Camel single-breasted tailored blazer, over a plain white t-shirt; light-blue jeans, white
    # trainers.
    case(
        "DS-OW-41030",
        caption(
            "The gentleman wears a long-sleeve blazer with pure color patterns. The blazer is with cotton fabric. It"
            " has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure"
            " color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        describe("blazer", "a brown blazer with gold buttons and suede elbow patches", "unsupported"),
        wearing("a brown blazer, a white t-shirt and jeans"),
        color_of("t-shirt", "white", kind="open"),
        gender=W,
        title="Tailored Single Breasted Blazer",
        category="Blazers",
        color="Camel",
    ),
    # Flat-lay on white: a forest-green cable-knit crew-neck jumper, alone, sleeves folded in. No person.
    case(
        "DS-OW-41031",
        caption("a green sweater laid out on a white surface"),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It"
            " has a round neckline. The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        Q.pattern("cable knit"),
        is_a("cardigan", "yes", "contradiction"),
        describe("sweater", "a dark green cable knit sweater with a crew neck"),
        Q.material(
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool"
            " wool wool wool wool wool wool wool wool wool",
            "loop",
            hit_limit=True,
        ),
        title="Cable Knit Crew Neck Jumper",
        category="Knitwear",
        color="Forest",
    ),
    # Grey backdrop. Chocolate-brown belted wrap coat, no buttons, shawl collar, over a black roll neck and a black
    # midi skirt; black knee boots.
    case(
        "DS-OW-41032",
        caption("a woman in a brown coat and black boots"),
        wearing(
            "coat Question: What is the color of the coat? Answer: brown Question: What is the color of the coat?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("coat"),
        Q.color("brown"),
        details("coat", "the coat has a belt and large gold buttons", "unsupported"),
        color_of("skirt", "brown", "contradiction", kind="open"),
        gender=W,
        title="Belted Wrap Coat",
        category="Coats",
        color="Chocolate",
    ),
    # Street shot in a park, orange autumn leaves on the ground. Ecru padded gilet, zipped, over a grey hoodie; black
    # leggings, white trainers.
    case(
        "DS-OW-41033",
        caption("a woman in a white vest standing in a park with orange leaves"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.color("grey", "other_garment_color"),
        wearing("a white puffer vest, a grey hoodie and black leggings"),
        describe("gilet", "it is a gilet", "restated"),
        gender=W,
        title="Padded Gilet",
        category="Gilets",
        color="Ecru",
    ),
    # White backdrop. Dusty-blue cropped crew-neck cardigan with pearl buttons, worn buttoned as a top, tucked into a
    # cream pleated midi skirt.
    case(
        "DS-OW-41034",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It"
            " has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        wearing(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan"
            " cardigan cardigan cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        details("cardigan", "pearl buttons"),
        color_of("skirt", "cream"),
        Q.material("it is made of 100% cashmere from scotland", "unsupported"),
        gender=W,
        title="Cropped Pearl Button Cardigan",
        category="Knitwear",
        color="Dusty Blue",
    ),
    # Street shot, London: a red phone box behind her. Black longline tailored coat over a grey roll neck and grey
    # wide trousers.
    case(
        "DS-OW-41035",
        caption("a woman in a black coat standing next to a red phone booth"),
        Q.color("black"),
        color_of("coat", "red", "contradiction", kind="open"),
        details("coat", "the coat details", "restated"),
        wearing("a black coat, a grey sweater and grey pants"),
        describe(
            "coat",
            "black Question: What is the color of the coat? Answer: black Question: What is the color of the coat?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Longline Tailored Coat",
        category="Coats",
        color="Black",
    ),
    # Grey backdrop. Oatmeal marl longline shawl-collar cardigan, two patch pockets, open over a white t-shirt;
    # mid-blue jeans.
    case(
        "DS-OW-41036",
        caption("a woman wearing a beige cardigan and jeans"),
        wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It"
            " has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("cardigan"),
        describe("cardigan", "a cardigan", "restated"),
        Q.material(
            "knitted knitted knitted knitted knitted knitted knitted knitted knitted knitted knitted knitted knitted"
            " knitted knitted",
            "loop",
            hit_limit=True,
        ),
        details("cardigan", "shawl collar and two patch pockets"),
        gender=W,
        title="Longline Shawl Collar Cardigan",
        category="Knitwear",
        color="Oatmeal Marl",
    ),
    # White backdrop. Chocolate-brown cropped puffer jacket, high funnel neck, zipped halfway over a cream hoodie;
    # beige joggers.
    case(
        "DS-OW-41037",
        caption("a woman wearing a brown puffer jacket"),
        Q.color("cream", "other_garment_color"),
        color_of(
            "jacket",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown"
            " brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a"
            " stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.material("not sure", "non_answer"),
        describe("jacket", "a brown puffer jacket with a high collar"),
        wearing("a brown jacket and a white hoodie"),
        gender=W,
        title="Cropped Puffer Jacket",
        category="Coats & Jackets",
        color="Chocolate",
    ),
    # White backdrop. Forest-green double-breasted blazer with gold buttons, over a white blouse; black mini skirt,
    # black tights.
    case(
        "DS-OW-41038",
        caption("a woman in a green blazer and a black skirt"),
        describe("blazer", "he is wearing a green blazer", "pronoun"),
        Q.color("green"),
        details("blazer", "gold buttons"),
        Q.material(
            "polyester Question: What is the sleeve length of the garment? Answer: long Question: What is the"
            " pattern of",
            "leak",
            hit_limit=True,
        ),
        color_of("skirt", "green", "contradiction", kind="open"),
        wearing("she is wearing a green jacket and a black skirt"),
        gender=W,
        title="Double Breasted Blazer",
        category="Blazers",
        color="Forest",
    ),
    # Grey backdrop. Long wool-blend coat in a black and cream check, notched collar, over a plain black jumper;
    # black jeans.
    case(
        "DS-OW-41039",
        caption(
            "The lady wears a long-sleeve coat with lattice patterns. The coat is with wool fabric. It has a lapel"
            " neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. The"
            " lady",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("black and white"),
        describe("coat", "a black and white checked coat"),
        Q.material("a wool and cashmere blend made in italy", "unsupported"),
        wearing("a plaid coat over a black sweater and black jeans"),
        gender=W,
        title="Check Wool Blend Coat",
        category="Coats",
        color="Black/Cream Check",
    ),
    # White backdrop. Ecru cable-knit V-neck sweater vest over a light-blue long-sleeve shirt; grey pleated trousers.
    case(
        "DS-OW-41040",
        caption("a woman in a white sweater vest and a blue shirt"),
        Q.garment_type("vest"),
        Q.sleeve_length("long", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("cable knit"),
        details("vest", "i don't know", "non_answer"),
        describe(
            "vest",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitting fabric. It"
            " has a V-shape",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Cable Knit Sweater Vest",
        category="Knitwear",
        color="Ecru",
    ),
    # Flat-lay on white: a dusty-blue longline hooded puffer coat, zipped, laid flat. No person.
    case(
        "DS-OW-41041",
        caption("a blue puffer jacket on a white background"),
        Q.color("blue"),
        wearing(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a"
            " stand neckline. The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        describe("coat", "a light blue long puffer coat with a hood"),
        details(
            "coat",
            "hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood"
            " hood hood hood hood hood hood hood hood hood",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "polyester Question: Is this a coat? Answer: yes Question: Is this a coat? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        title="Longline Hooded Puffer Coat",
        category="Coats",
        color="Dusty Blue",
    ),
    # Grey backdrop. Camel cable-knit button cardigan, buttoned, over a white blouse with a lace collar; mid-blue
    # denim midi skirt.
    case(
        "DS-OW-41042",
        caption(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan"
            " cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan"
            " cardigan cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("cardigan"),
        Q.color("white", "other_garment_color"),
        Q.pattern("cable knit"),
        wearing("a brown cardigan, a white blouse and a denim skirt"),
        details("cardigan", "the details of the cardigan", "restated"),
        gender=W,
        title="Cable Knit Cardigan",
        category="Knitwear",
        color="Camel",
    ),
    # White backdrop. Black cropped boucle jacket with cream braided trim, four patch pockets with gold buttons,
    # over a white t-shirt; blue jeans.
    case(
        "DS-OW-41043",
        caption("a woman in a black jacket with white trim and jeans"),
        Q.color("white", "other_garment_color"),
        describe(
            "jacket",
            "The jacket is with tweed fabric and its neckline is round. The jacket is with tweed fabric and its"
            " neckline is round. The jacket is",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "white trim and four pockets with gold buttons"),
        Q.material("leather", "unsupported"),
        gender=W,
        title="Boucle Trim Jacket",
        category="Jackets",
        color="Black",
    ),
    # Grey backdrop. Forest-green fine merino roll neck (the product), a camel coat draped over her shoulders; cream
    # wide-leg trousers.
    case(
        "DS-OW-41044",
        caption("a woman in a green sweater and a brown coat"),
        Q.color("green"),
        color_of("sweater", "brown", "other_garment_color", kind="open"),
        wearing("a man in a green sweater and a brown coat", "pronoun"),
        describe(
            "sweater",
            "green Question: What is the color of the sweater? Answer: green Question: What is the color of the"
            " sweater? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("merino wool"),
        gender=W,
        title="Merino Roll Neck Jumper",
        category="Knitwear",
        color="Forest",
    ),
    # Street shot, wet grey pavement, a yellow taxi behind. Olive-khaki cropped trench jacket, belted, over a white
    # hoodie; black jeans.
    case(
        "DS-OW-41045",
        caption("a woman walking on a city street in a green jacket"),
        Q.color("yellow", "contradiction"),
        wearing("a green jacket, a white hoodie and black jeans"),
        describe("jacket", "a jacket", "restated"),
        details(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a"
            " lapel neckline.",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Cropped Trench Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # White backdrop. Ecru collarless wool-blend coat, long, over a black knitted midi dress; black ankle boots.
    case(
        "DS-OW-41046",
        caption("a woman in a white coat and a black dress"),
        Q.garment_type("dress", "contradiction"),
        Q.color("black", "other_garment_color"),
        wearing("she is wearing a white coat and a black dress"),
        describe("coat", "a long white coat"),
        details("coat", "", "non_answer"),
        Q.material(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a"
            " round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Collarless Wool Coat",
        category="Coats",
        color="Ecru",
    ),
    # Grey backdrop. Chocolate faux-suede overshirt, two chest pockets with press studs, open over a cream cable
    # roll neck; blue jeans.
    case(
        "DS-OW-41047",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with suede fabric and its"
            " neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.material("suede"),
        wearing("a man wearing a brown jacket and jeans", "pronoun"),
        details("overshirt", "two chest pockets and press studs"),
        gender=W,
        title="Faux Suede Overshirt",
        category="Jackets",
        color="Chocolate",
    ),
    # Grey backdrop. Black diamond-quilted padded gilet over a camel roll-neck jumper; ecru wide-leg jeans.
    case(
        "DS-OW-41048",
        caption("a woman in a black vest and a brown sweater"),
        Q.color("brown", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest"
            " vest vest vest vest vest vest vest vest vest",
            "loop",
            hit_limit=True,
        ),
        describe("gilet", "a black quilted vest with a zipper"),
        color_of("jeans", "black", "contradiction", kind="open"),
        Q.material("nothing", "non_answer"),
        gender=W,
        title="Diamond Quilted Gilet",
        category="Gilets",
        color="Black",
    ),
    # White backdrop. Dusty-blue mohair-blend crew-neck jumper with balloon sleeves, a white shirt collar showing at
    # the neck; ecru trousers.
    case(
        "DS-OW-41049",
        caption("a woman wearing a blue sweater and white pants"),
        Q.color("blue"),
        color_of("jumper", "white", "other_garment_color", kind="open"),
        details("jumper", "balloon sleeves and a white collar"),
        describe(
            "jumper",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It"
            " has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "wool Question: What is the material of the garment? Answer: wool Question: What is the material of the"
            " garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Mohair Blend Balloon Sleeve Jumper",
        category="Knitwear",
        color="Dusty Blue",
    ),
    # Street shot at dusk, stone pavement, strings of Christmas lights. Camel teddy borg coat, open over a white
    # t-shirt; black leggings, black boots. No logo, no label visible.
    case(
        "DS-OW-41050",
        caption("a woman in a teddy bear coat on a street with christmas lights"),
        Q.color("beige"),
        color_of("coat", "white", "other_garment_color", kind="open"),
        Q.material("faux fur"),
        details(
            "coat",
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with fur fabric. It has a lapel"
            " neckline. The",
            "cut",
            hit_limit=True,
        ),
        describe("coat", "a fluffy camel coat"),
        wearing("she is wearing a brown fur coat and black pants, the coat is made by max mara", "unsupported"),
        gender=W,
        title="Teddy Borg Coat",
        category="Coats",
        color="Camel",
    ),
    # Grey backdrop. Forest-green cropped cable cardigan, V-neck, buttoned, over a white midi dress printed with small
    # red flowers; tan sandals.
    case(
        "DS-OW-41051",
        caption("a woman in a green cardigan and a floral dress"),
        Q.pattern("floral", "contradiction"),
        Q.color("green"),
        wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It"
            " has a V-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        details("cardigan", "the cardigan has a hood and a zip", "unsupported"),
        describe("cardigan", "a green cable knit cardigan over a white floral dress"),
        gender=W,
        title="Cropped Cable Cardigan",
        category="Knitwear",
        color="Forest",
    ),
    # White backdrop. Charcoal oversized single-breasted blazer over a white shirt; mid-blue jeans.
    case(
        "DS-OW-41052",
        caption("a woman wearing a grey blazer and jeans"),
        Q.garment_type("blazer"),
        Q.color("grey"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        wearing(
            "blazer Question: What is the color of the blazer? Answer: grey Question: What is the color of the"
            " shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "blazer",
            "The lady wears a long-sleeve blazer with pure color patterns. The blazer is with cotton fabric. It has a"
            " lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        details("blazer", "two flap pockets and one button"),
        gender=W,
        title="Oversized Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Styled flat-lay on white: an ecru cable-knit roll neck, with folded blue jeans and brown ankle boots beside it.
    case(
        "DS-OW-41053",
        caption("a white sweater, jeans and brown boots on a white background"),
        Q.garment_type("jeans", "contradiction"),
        Q.color("cream"),
        Q.pattern("cable knit"),
        details(
            "sweater",
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater"
            " sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        describe("sweater", "a white sweater with a turtleneck"),
        Q.material("", "non_answer"),
        title="Cable Knit Roll Neck",
        category="Knitwear",
        color="Ecru",
    ),
    # Street shot, a dark-green shop awning behind. Black belted trench coat over a white t-shirt; black jeans.
    case(
        "DS-OW-41054",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has"
            " a lapel neckline. His trousers are of long length. The trousers are with denim fabric and pure color"
            " patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        Q.color("green", "contradiction"),
        details("coat", "the details are the coat's details", "restated"),
        describe("trench coat", "a black trench coat with a belt"),
        wearing("a black trench coat, a white t-shirt and black jeans"),
        gender=W,
        title="Belted Trench Coat",
        category="Coats",
        color="Black",
    ),
    # Grey backdrop. Camel double-faced wool coat, open, over a chocolate roll neck and chocolate wide trousers.
    case(
        "DS-OW-41055",
        caption("a woman in a camel coat and brown pants"),
        Q.color("beige"),
        color_of("pants", "brown", kind="open"),
        wearing("he is wearing a brown coat and brown pants", "pronoun"),
        details(
            "coat",
            "pockets Question: What are the coat details? Answer: pockets Question: What are the coat details? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("wool"),
        describe("coat", "the coat is a coat", "restated"),
        gender=W,
        title="Double Faced Wool Coat",
        category="Coats",
        color="Camel",
    ),
    # White backdrop. Dusty-blue quilted shacket, button front, open over a white t-shirt; ecru jeans.
    case(
        "DS-OW-41056",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
            " The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        color_of("jacket", "blue", kind="open"),
        wearing("a blue quilted jacket, a white shirt and white jeans"),
        details(
            "shacket",
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons"
            " buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Quilted Shacket",
        category="Jackets",
        color="Dusty Blue",
    ),
    # Street shot in a park, yellow autumn trees. Forest-green longline wool coat over a black roll neck; black
    # trousers, black loafers.
    case(
        "DS-OW-41057",
        caption("a woman in a green coat walking through a park with yellow trees"),
        Q.color("green"),
        color_of(
            "coat",
            "green Question: What is the color of the trousers? Answer: black Question: What is the color of the"
            " coat? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details(
            "coat",
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a"
            " lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        describe("coat", "she is wearing a long green coat with a black sweater under it"),
        Q.material("i don't know", "non_answer"),
        title="Longline Wool Coat",
        category="Coats",
        color="Forest",
    ),
    # Grey backdrop. Chocolate belted longline cardigan, ribbed, over a cream satin slip dress.
    case(
        "DS-OW-41058",
        caption(
            "cardigan Question: What is the color of the cardigan? Answer: brown Question: What is the color of the"
            " cardigan? Answer: brown Question: What is the color of the cardigan? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("cardigan"),
        wearing("a brown cardigan and a cream dress"),
        details("cardigan", "a belt at the waist and ribbed cuffs"),
        color_of(
            "cardigan",
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It"
            " has a V-shape",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender=W,
        title="Belted Longline Cardigan",
        category="Knitwear",
        color="Chocolate",
    ),
    # Snowy street. Black longline puffer coat with a plain hood (no fur trim), zipped; black boots.
    case(
        "DS-OW-41059",
        caption("a woman in a black puffer coat standing in the snow"),
        Q.color("black"),
        wearing("he is wearing a black coat and black boots", "pronoun"),
        describe(
            "coat",
            "The coat is with cotton fabric. The coat is with cotton fabric. The coat is with cotton fabric. The coat"
            " is with",
            "loop",
            hit_limit=True,
        ),
        details("coat", "the coat has a fur trimmed hood and leather patches on the elbows", "unsupported"),
        Q.material("polyester"),
        gender=W,
        title="Longline Puffer Coat",
        category="Coats",
        color="Black",
    ),
    # White backdrop. Oatmeal marl knitted longline gilet, sleeveless, open, over a white long-sleeve shirt; black
    # trousers.
    case(
        "DS-OW-41060",
        caption("a woman in a beige vest and a white shirt"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("vest"),
        Q.color("beige"),
        color_of(
            "vest",
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "gilet",
            "The lady wears a sleeveless vest with pure color patterns. The vest is with knitting fabric. It has a"
            " V-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        details("gilet", "none", "non_answer"),
        gender=W,
        title="Knitted Longline Gilet",
        category="Knitwear",
        color="Oatmeal Marl",
    ),
    # Grey backdrop. Navy double-breasted wool peacoat with black horn buttons, over a navy and white Breton striped
    # top; white jeans.
    case(
        "DS-OW-41061",
        caption("a woman in a navy coat and a striped shirt"),
        Q.pattern("striped", "contradiction"),
        color_of("shirt", "navy and white"),
        Q.garment_type("coat"),
        details("coat", "gold anchor buttons and a belt", "unsupported"),
        wearing(
            "coat Question: What is the person wearing? Answer: coat Question: What is the person wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Wool Blend Peacoat",
        category="Coats",
        color="Navy",
    ),
    # Grey backdrop. Forest-green short puffer jacket, zipped, over a grey hoodie whose hood shows at the back;
    # black leggings.
    case(
        "DS-OW-41062",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a"
            " stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("grey", "other_garment_color"),
        color_of("jacket", "green", kind="open"),
        describe("jacket", "a green puffer jacket with a grey hood underneath"),
        wearing("nothing", "non_answer"),
        Q.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester"
            " polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Short Padded Jacket",
        category="Coats & Jackets",
        color="Forest",
    ),
    # White backdrop. Black and cream striped crew-neck button cardigan, buttoned, over a black t-shirt; black midi
    # skirt.
    case(
        "DS-OW-41063",
        caption("a woman in a black and white striped cardigan"),
        Q.pattern("striped"),
        Q.color("black and white"),
        details("cardigan", "the cardigan has a lace collar and two pockets", "unsupported"),
        describe(
            "cardigan",
            "The lady wears a long-sleeve cardigan with striped patterns. The cardigan is with knitting fabric. It has"
            " a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black", kind="open"),
        wearing("she is wearing a striped sweater and a black skirt"),
        Q.material(
            "cotton Question: What is the pattern of the garment? Answer: striped Question: What is the sleeve length"
            " of the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Striped Button Cardigan",
        category="Knitwear",
        color="Black/Cream Stripe",
    ),
    # White backdrop. Ecru diamond-quilted barn jacket with a brown corduroy collar and press studs, over a blue
    # denim shirt; black jeans.
    case(
        "DS-OW-41064",
        caption("a woman wearing a white quilted jacket with a brown collar"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("quilted"),
        details("jacket", "brown corduroy collar and press stud fastening"),
        wearing("a man in a white jacket", "pronoun"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Quilted Barn Jacket",
        category="Jackets",
        color="Ecru",
    ),
    # Grey backdrop. Oatmeal marl hooded knitted coatigan, knee length, two patch pockets, open over a white t-shirt;
    # mid-blue jeans.
    case(
        "DS-OW-41065",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric."
            " The cardigan is with knitting fabric. The cardigan is with knitting fabric. The cardigan is with"
            " knitting fabric. The cardigan is with",
            "loop",
            hit_limit=True,
        ),
        Q.color("beige"),
        describe("coatigan", "a long beige knitted cardigan with a hood"),
        details("coatigan", "a hood and two pockets"),
        Q.material("the garment is made of material", "restated"),
        wearing(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan"
            " cardigan cardigan cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        title="Hooded Knitted Coatigan",
        category="Knitwear",
        color="Oatmeal Marl",
    ),
]
