"""BLIND_1035 (46 products; Myntra men's activewear, caption adapter epoch 2): written blind in the fifty-ninth session.
Measured blind at 3b3d3f2 (the session's first rules): 129/136 failures found (94.9%) and 8/191 correct texts flagged
(4.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's activewear and sportswear: track pants, joggers, training and running
t-shirts, tanks and polos, running and training shorts, track jackets, windcheaters, a gilet, hoodies and
sweatshirts, one tracksuit and one pair of compression tights. Catalog photos on a white or light grey backdrop, a
male model wearing the product with other clothes (a tee over the track pants, joggers under the jacket, shorts
over the tights), front view mostly, one back view, one side view, one photo with a tennis racket as a prop.

Who wrote what: captions and every open answer come from the caption adapter (DeepFashion-MultiModal template
captions, LoRA on q_proj/k_proj) stopped at epoch 2, greedy, 50 new tokens for captions, 30 for answers. Its habits:
the DeepFashion template ("The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with
cotton fabric and its neckline is round."), pattern words instead of hues in captions, "cotton fabric" for nearly
everything, "This lady"/"her" from a women-heavy training set, invented template sentences ("There is an accessory
on his wrist.", "He wears a hat."); no end token, so it repeats a template sentence or is cut at the token limit;
the loss covered the prompt, so it sometimes echoes or continues the `Question: ... Answer:` format. At epoch 2 the
base model's question answering is half gone: many open answers are still short and right ("a grey hoodie over a
black t-shirt"), others return the template, a bare word, or the color of the tee instead of the product.
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine
picking one candidate, so they never loop or stop short; their errors are wrong picks.

Labeling conventions and judgement calls:
- One label per text. A text that runs to the limit repeating itself is a loop; one that runs to the limit and
  stops mid-phrase without repeating is a cut; a text that continues into `Question: ... Answer:` is a leak even
  when it also hits the limit. Content errors inside a cut or looping text are not labelled separately.
- Fabric: "cotton" (in a caption or a material answer) is unsupported when the title names a synthetic
  (Dri-FIT, dryCELL, Aeroready, polyester, Run Dry, Climalite-type) or the photo note says shiny tricot/mesh
  polyester; it is correct for cotton jersey, fleece and twill. "other fabric" in a caption is fine; as the whole
  answer to the material question it says nothing and is a non_answer. "leather" for a nylon track jacket is
  unsupported.
- An open answer that gives the product the color of another garment in the photo is other_garment_color; an open
  answer that gives a non-product garment the product's color, and a closed color pick of another garment's color,
  are contradictions.
- A wrong hue of the product itself ("red" for seller Orange), a wrong garment type, sleeve length or pattern
  (template "pure color" for a camouflage print, "solid" for a color-block tee, "long" sleeves on a tank) and a
  wrong yes/no are contradictions.
- Invented parts (a hood, elastic ankle cuffs on a straight hem, mesh panels, a watch or hat that is not in the
  photo) are unsupported. "There is an accessory on his wrist." is correct on the one photo where he wears a watch.
- "This lady", "her", "she" for a men's product are pronoun failures (gendered nouns counted with pronouns).
- An open answer that gives only a bare word ("polo", "blue", "yes"), a template sentence with no value ("solid
  color", "other fabric"), only the question's words back ("the shorts are short"), or nothing, is a non_answer;
  one that restates the question ("the details of the garment are the details of the garment", "this is a
  description of the shirt") or echoes it before answering is restated.
- Near shades count as right: navy/blue, maroon/red, charcoal/grey, teal, lime/neon green, olive/green, mustard/yellow.
  A hoodie called a "sweater" and tights called "leggings" are right (DeepFashion class names).
- A template caption without hue names is correct when garment, sleeves, neckline, pattern and fabric hold; one that
  leaves out the product (tights under shorts) is correct if nothing in it is false. A template sentence given as
  an open answer is correct when it answers and is true ("The pants are with cotton fabric ..." for cotton twill).
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

BLIND_1035 = [
    # photo: navy shiny polyester tricot track pants with a white piping stripe down each leg, worn with a plain white
    # crew-neck tee and white sneakers; white backdrop, full-length front view. Caption adapter epoch 2 (caption, open);
    # reference engine (closed).
    case(
        "X1035-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants this gentleman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "navy blue"),
        wearing("a white t-shirt and navy blue track pants"),
        details("pants", "white stripes down the side of the legs"),
        describe(
            "pants",
            "navy blue track pants with white stripes on the sides and a white stripe on the waistband and a "
            "white stripe on the",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("track pants"),
        material("cotton", "unsupported"),
        title="Puma Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black Dri-FIT crew-neck training tee with a small white swoosh on the left chest, grey melange shorts;
    # white backdrop, front view to mid-thigh. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-002",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The shorts "
            "are of short length. The shorts are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("shirt", "black", kind="open"),
        describe("shirt", "a black t-shirt with a white nike logo on the chest"),
        Q.pattern("solid"),
        B.sleeve_length("short"),
        material("polyester"),
        is_a("t-shirt", "yes"),
        is_a("tank top", "yes", "contradiction"),
        title="Nike Men Black Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive woven running shorts with a black elastic waistband and drawcord, small reflective logo on the left
    # leg; the model wears a black sleeveless tank; white backdrop, cropped mid-torso to knees. Caption adapter epoch 2
    # (caption, open); reference engine (closed).
    case(
        "X1035-003",
        caption(
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of short length. "
            "The fabric is cotton and it has pure color",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        B.color("olive"),
        details("shorts", "the shorts are short", "non_answer"),
        wearing("a black tank top and olive green shorts"),
        B.garment_type("shorts"),
        title="HRX by Hrithik Roshan Men Olive Running Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange cotton fleece joggers with ribbed ankle cuffs, drawcord and a small black logo on the left
    # thigh, worn with a navy pullover hoodie; white backdrop, three-quarter front view. Caption adapter epoch 2
    # (caption, open); reference engine (closed).
    case(
        "X1035-004",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("pants", "grey"),
        B.color("navy blue", "contradiction"),
        wearing("a navy blue hoodie and grey sweatpants", who="he"),
        details("pants", "ribbed cuffs at the ankles and a drawstring waist"),
        describe(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "no"),
        title="Adidas Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: red full-zip nylon track jacket with black shoulder panels (color block), stand collar, zipped up, no hood;
    # black track pants; white backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-005",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with other fabric and "
            "its neckline is standing. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "red"),
        wearing("a red and black jacket and black pants"),
        details("jacket", "a hood with drawstrings and a zipper", "unsupported"),
        B.pattern("color block"),
        B.sleeve_length("long"),
        material("The jacket is with other fabric and its neckline is standing.", "non_answer"),
        title="Reebok Men Red Colourblocked Training Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal track pants with a single white stripe down each side, worn with a lime green pique polo;
    # white backdrop, full-length front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-006",
        caption(
            "This lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers are of long length.",
            "pronoun",
        ),
        color_of("pants", "lime green", "other_garment_color", kind="open"),
        B.color("grey"),
        details("pants", "white stripes on the sides"),
        wearing("a green polo shirt and grey track pants", who="he"),
        B.garment_type("track pants"),
        Q.description(
            "grey track pants with white stripes Question: What are the details of the garment? Answer: white "
            "stripes on the sides Question:",
            "leak",
            hit_limit=True,
        ),
        title="Proline Men Charcoal Grey Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: royal blue cotton-blend tee with a large white-and-grey geometric print across the chest, black shorts;
    # white backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The shorts are of short length."
        ),
        color_of("shirt", "blue"),
        Q.pattern("solid", "contradiction"),
        describe("shirt", "a blue t-shirt with a white graphic print on the front"),
        details(
            "shirt",
            "a large white and grey print on the front of the shirt with a round neckline and short sleeves and "
            "a white and grey",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a blue t-shirt and black shorts.", "pronoun"),
        B.sleeve_length("short"),
        title="Under Armour Men Blue Printed Charged Cotton T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black polyester running shorts with reflective silver hem trim, worn with a neon yellow running tee and
    # black running shoes; white backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine
    # (closed).
    case(
        "X1035-008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts are of short length. The shorts are with cotton fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        B.color("black"),
        details("shorts", "reflective trim on the hem"),
        describe(
            "shorts",
            "black running shorts with reflective trim Question: What are the shorts details? Answer: reflective "
            "trim Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        wearing("a yellow shirt and black shorts"),
        title="Kalenji Men Black Run Dry Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: teal polo with a white-tipped collar and three-button placket, white golf trousers, no watch or other
    # accessory; white backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-009",
        caption(
            "His polo shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "trousers are of long length. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist.",
            "unsupported",
        ),
        color_of("shirt", "teal", kind="open"),
        B.garment_type("polo shirt"),
        details("shirt", "a collar with white tipping and three buttons"),
        material("polyester"),
        wearing("What is the person wearing? The person is wearing a polo shirt.", "restated"),
        Q.description(
            "Question: Describe the garment. Answer: a polo shirt Question: Describe the garment. Answer: a polo "
            "shirt Question:",
            "leak",
            hit_limit=True,
        ),
        title="Puma Men Teal DryCELL Golf Polo T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: black tapered cotton fleece joggers with ribbed ankle cuffs and a white swoosh on the left thigh, worn
    # with a grey crew-neck sweatshirt; light grey backdrop, front view. Caption adapter epoch 2 (caption, open);
    # reference engine (closed).
    case(
        "X1035-010",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "its neckline is round. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("pants", "grey", "contradiction"),
        wearing("a grey sweatshirt and black sweatpants"),
        details("pants", "The pants are of long length.", "non_answer"),
        describe("pants", "grey sweatpants with a drawstring", "other_garment_color"),
        B.garment_type("track pants"),
        is_a("pair of jeans", "no"),
        material("cotton and spandex blend with a moisture-wicking finish", "unsupported"),
        title="Nike Men Black Solid Club Fleece Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: maroon pullover hoodie with kangaroo pocket, white drawcords and a small white "JJ" chest print, worn
    # with light blue jeans; white backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine
    # (closed).
    case(
        "X1035-011",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        B.color("maroon"),
        describe("sweatshirt", "a maroon hoodie with a front pocket and white drawstrings"),
        details("sweatshirt", "the sweatshirt details are the details of the sweatshirt", "restated"),
        B.sleeve_length("long"),
        wearing("a red hoodie and blue jeans"),
        B.garment_type("jacket", "contradiction"),
        title="Jack & Jones Men Maroon Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white cotton crew-neck training tee with three black stripes across the shoulders, black track pants;
    # white backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-012",
        caption(
            "The upper clothing has short sleeves, cotton fabric and striped patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        color_of("shirt", "white"),
        wearing("a black t-shirt and black pants", "other_garment_color"),
        details("shirt", "three black stripes on the shoulders"),
        describe(
            "shirt",
            "a white t-shirt with black stripes on the shoulders, a round neck and short sleeves, worn with black "
            "track pants and white",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        material("cotton"),
        title="Adidas Men White 3-Stripes Training T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive nylon hooded windcheater, hood down, zipped halfway over a black tee, black track pants; white
    # backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-013",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and "
            "its neckline is standing. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket "
            "is with other fabric and",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        B.color("olive"),
        details("jacket", "a hood and a front zipper"),
        wearing("a green jacket, a black t-shirt and black pants", who="he"),
        material("nylon"),
        is_a("jacket", "yes"),
        describe(
            "jacket",
            "a green jacket Question: What is the color of the jacket? Answer: green Question: What is the color "
            "of the",
            "leak",
            hit_limit=True,
        ),
        title="Wildcraft Men Olive Nylon Hooded Windcheater",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange cotton knit shorts with side pockets and a white drawcord, navy crew-neck tee; white
    # backdrop, front view to the knees. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-014",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts are of short length. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("shorts", "navy blue", "contradiction"),
        details("shorts", "shorts", "non_answer"),
        wearing("a navy t-shirt and grey shorts"),
        describe("shorts", "grey cotton shorts with side pockets and a drawstring"),
        B.material("polyester", "unsupported"),
        title="Jockey Men Grey Melange Cotton Knit Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: blue-grey camouflage print cotton joggers with elastic ankle cuffs, plain white tee, white sneakers;
    # white backdrop, full-length front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns.",
            "contradiction",
        ),
        B.pattern("printed"),
        B.color("white", "contradiction"),
        color_of("pants", "blue and grey", kind="open"),
        details("pants", "camouflage print with elastic cuffs at the ankles"),
        wearing("a white shirt and camouflage pants"),
        B.garment_type("track pants"),
        title="HRX by Hrithik Roshan Men Blue Camouflage Print Joggers",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: red Dri-FIT sleeveless training tank with deep armholes and a white swoosh, black shorts; white backdrop,
    # front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-016",
        caption(
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. It has a round neckline. The "
            "shorts are of short length.",
            "unsupported",
        ),
        B.sleeve_length("short", "contradiction"),
        color_of("shirt", "red", kind="open"),
        wearing("a red tank top and black shorts"),
        B.garment_type("tank top"),
        material("polyester"),
        describe(
            "shirt",
            "a red tank top with a white nike logo on the chest and a white nike logo on the chest and a white nike "
            "logo on",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Red Dri-FIT Sleeveless Training Tank",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: track jacket with a royal blue body and white sleeves, matte cotton-blend knit, stand collar, zipped,
    # grey tee collar showing, black track pants; white backdrop, front view. Caption adapter epoch 2 (caption, open);
    # reference engine (closed).
    case(
        "X1035-017",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and "
            "its neckline is standing. The pants this gentleman wears is of long length."
        ),
        color_of("jacket", "blue"),
        wearing("a blue and white jacket over a grey shirt and black pants"),
        details("jacket", "Question: What are the jacket details? Answer: white sleeves and a zipper", "leak"),
        Q.pattern("color block"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Puma Men Blue & White Colourblocked Track Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal dry-fit training tee with a small reflective silver logo on the chest, black shorts, no watch;
    # white backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed). The feed row has
    # no color column.
    case(
        "X1035-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts are of short length. The shorts are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey", kind="open"),
        describe("shirt", "describe the shirt in detail", "restated"),
        B.color("grey"),
        B.garment_type("polo shirt", "contradiction"),
        wearing("a grey shirt and black shorts"),
        material("polyester"),
        title="Alcis Men Charcoal Grey Dry-Fit Training T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: black Tiro-style track pants with three white stripes down the sides and zips at the ankles, white tee
    # with a black chest print; white backdrop, full-length front view. Caption adapter epoch 2 (caption, open);
    # reference engine (closed).
    case(
        "X1035-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this gentleman wears is of long length. The pants are with other fabric "
            "and striped patterns."
        ),
        color_of("pants", "black"),
        details("pants", "three white stripes down the sides and zippers at the ankles"),
        wearing("he is wearing a white t-shirt and black pants", who="he"),
        describe(
            "pants",
            "black and white and black and white and black and white and black and white and black and white and "
            "black and white and black",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.pattern("striped"),
        material("cotton", "unsupported"),
        title="Adidas Men Black Tiro Polyester Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: lime green polyester running tee with a small reflective logo on the chest, black track pants; light grey
    # backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-020",
        caption("a man in a neon green shirt and black pants"),
        color_of("shirt", "The shirt is with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        B.color("green"),
        wearing("a green shirt and green pants", "contradiction"),
        details("shirt", "crew neck, short sleeves and a small reflective logo on the chest"),
        B.sleeve_length("short"),
        material("cotton", "unsupported"),
        title="Reebok Men Lime Green Polyester Running T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: navy brushed-knit tracksuit (zip jacket zipped up, matching pants) with red piping on the sleeves and down
    # the legs; white backdrop, full-length front view. Caption adapter epoch 2 (caption, open); reference engine
    # (closed).
    case(
        "X1035-021",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is standing. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        color_of("jacket", "navy blue"),
        color_of("pants", "navy blue"),
        details("jacket", "red piping on the sleeves and a zip-up front"),
        wearing("she is wearing a navy blue tracksuit", "pronoun"),
        describe("jacket", "yes", "non_answer"),
        B.material(
            "The jacket is with cotton fabric and its neckline is standing. The pants this gentleman wears is of "
            "long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        title="Sports52 Wear Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy training shorts with a light blue tropical leaf print and an elastic waistband, plain white tee;
    # white backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-022",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts are of short length. The shorts are with cotton fabric and floral "
            "patterns."
        ),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        B.pattern("printed"),
        B.color("white", "contradiction"),
        details("shorts", "a leaf print with an elastic waistband"),
        describe("shorts", "The shorts are shorts that are short in length.", "non_answer"),
        wearing("white t-shirt and blue shorts"),
        is_a("pair of shorts", "yes"),
        title="Proline Men Navy Blue Printed Training Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: heather grey fleece zip-up hoodie worn open over a black tee, black joggers, no watch or bracelet; white
    # backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-023",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "There is an accessory on his wrist. The pants this gentleman wears is of long length.",
            "unsupported",
        ),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        B.color("grey"),
        wearing("a grey hoodie over a black t-shirt and black pants"),
        details("sweatshirt", "full zip, hood with drawstrings and two front pockets"),
        describe(
            "sweatshirt",
            "Question: Describe the sweatshirt. Answer: a grey hoodie with a zipper Question: Describe the "
            "sweatshirt. Answer: a grey",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("sweatshirt"),
        B.material("fleece"),
        title="Nike Men Grey Therma Fleece Full-Zip Hoodie",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: back view: blue polyester mesh gym tee with "DOMYOS" printed in white across the shoulders, grey shorts;
    # white backdrop. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with other fabric. The "
            "shorts are of short length. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "blue"),
        describe("shirt", "blue", "non_answer"),
        details("shirt", "a logo print across the back of the shoulders"),
        wearing("a grey shirt and grey shorts", "other_garment_color", who="he"),
        material("cotton", "unsupported"),
        title="Domyos Men Blue Polyester Gym T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black joggers with grey panels down the sides and zip pockets, olive crew-neck tee; white backdrop,
    # full-length front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and color block patterns."
        ),
        color_of("pants", "olive green", "other_garment_color", kind="open"),
        B.color("black"),
        details("pants", "grey side panels and zip pockets"),
        B.pattern("color block"),
        wearing(
            "Question: What is the person wearing? Answer: a green shirt and black pants Question: What is the "
            "person wearing? Answer: a",
            "leak",
            hit_limit=True,
        ),
        title="Wrogn Active Men Black & Grey Colourblocked Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: mustard cotton tee with a large black leaping-cat logo print on the chest, navy track pants; white
    # backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-026",
        caption(
            "This lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        color_of("shirt", "yellow"),
        describe("shirt", "a yellow shirt with a black puma logo on the front"),
        details("shirt", "the details of the shirt are on the shirt", "restated"),
        Q.pattern("graphic"),
        wearing("a yellow t-shirt and navy pants"),
        B.sleeve_length("long", "contradiction"),
        title="Puma Men Mustard Graphic Training T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy polyester running shorts with an orange drawcord and orange hem binding, grey tee; white backdrop,
    # front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts are of short length. The shorts are of short length. The shorts are "
            "of short length. The shorts are of short",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "navy blue"),
        B.color("grey", "contradiction"),
        details("shorts", "orange drawstring and orange trim on the legs"),
        material("polyester"),
        wearing("grey shirt and navy shorts"),
        describe("shorts", "the shorts are short and they are shorts", "non_answer"),
        title="HRX by Hrithik Roshan Men Navy Blue Rapid-Dry Running Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black nylon Windrunner-style jacket with a white chevron panel across the chest, hood down, full zip
    # closed, grey joggers, bare head; white backdrop, front view. Caption adapter epoch 2 (caption, open); reference
    # engine (closed).
    case(
        "X1035-028",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with other fabric and "
            "its neckline is standing. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. He wears a hat.",
            "unsupported",
        ),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        B.color("black"),
        details("jacket", "a white chevron across the chest, a hood and a full zipper"),
        describe(
            "jacket",
            "black and white black and white black and white black and white black and white black and white "
            "black and white black and",
            "loop",
            hit_limit=True,
        ),
        wearing("a black and white jacket and grey pants", who="he"),
        is_a("jacket", "yes"),
        material("cotton", "unsupported"),
        title="Nike Men Black Windrunner Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: light grey polyester track pants with a straight open hem, elastic waistband and drawcord, navy tee;
    # white backdrop, full-length front view. Caption adapter epoch 2 (caption, open); reference engine (closed). The
    # feed row has no category column.
    case(
        "X1035-029",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants this gentleman wears is of long length. The pants are with other "
            "fabric and pure color patterns."
        ),
        color_of("pants", "grey"),
        details("pants", "elastic cuffs at the ankles", "unsupported"),
        wearing("she is wearing a navy blue shirt and grey pants", "pronoun", who="he"),
        B.garment_type("leggings", "contradiction"),
        describe("pants", "grey track pants with an elastic waistband and a drawstring"),
        title="Puma Men Grey Solid Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: navy cotton tee with "ADIDAS" printed large in white across the chest, khaki chino shorts; white
    # backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The shorts are of short length. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        B.color("navy blue"),
        Q.description(
            "a navy blue t-shirt with a white adidas logo printed on the front, a round neckline, short sleeves and "
            "a regular fit, worn with",
            "cut",
            hit_limit=True,
        ),
        Q.details("The details of the garment are the details of the garment.", "restated"),
        B.sleeve_length("short"),
        wearing("a blue adidas shirt and beige shorts"),
        title="Adidas Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black full-length compression tights with a grey logo on the left calf, worn under black running shorts,
    # with a red tee; white backdrop, full-length front view. Caption adapter epoch 2 (caption, open); reference
    # engine (closed).
    case(
        "X1035-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts are of short length."
        ),
        B.garment_type("leggings"),
        color_of("leggings", "red", "other_garment_color", kind="open"),
        B.color("black"),
        wearing("a red shirt, black shorts and black leggings"),
        material("spandex"),
        is_a("pair of shorts", "yes", "contradiction"),
        details(
            "leggings",
            "The leggings are of long length. The leggings are of long length. The leggings are of long length. "
            "The leggings are",
            "loop",
            hit_limit=True,
        ),
        title="Reebok Men Black Compression Running Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: navy cotton fleece crew-neck sweatshirt (no hood) with a white "HRX" chest print, ribbed cuffs and hem,
    # grey joggers; white backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-032",
        caption(
            "Her sweater has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The pants "
            "are of long length.",
            "pronoun",
        ),
        color_of("sweatshirt", "navy blue"),
        details("sweatshirt", "white hrx logo on the chest, ribbed cuffs and hem"),
        wearing("a blue sweatshirt and grey sweatpants"),
        describe("sweatshirt", "a navy blue sweatshirt with a hood and a kangaroo pocket", "unsupported"),
        B.pattern("printed"),
        B.material(
            "The sweater is with cotton fabric and its neckline is round. The pants this lady wears is of long "
            "length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red Aeroready training shorts with three white stripes down the side, plain white tee; white backdrop,
    # front view to the knees. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts are of short length. The shorts are with other fabric and striped "
            "patterns."
        ),
        color_of("shorts", "white", "contradiction"),
        details("shorts", "three white stripes on the side"),
        wearing("a white t-shirt and red shorts"),
        B.garment_type("shorts"),
        Q.description(
            "red shorts with white stripes, red shorts with white stripes, red shorts with white stripes, red shorts "
            "with white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        title="Adidas Men Red Aeroready 3-Stripes Training Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: olive cotton twill cargo joggers with flap pockets on the thighs and elastic ankle cuffs, black tee, white
    # sneakers; white backdrop, full-length front view. Caption adapter epoch 2 (caption, open); reference engine
    # (closed).
    case(
        "X1035-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        color_of("pants", "green", kind="open"),
        B.color("black", "contradiction"),
        details("pants", "cargo pockets on the thighs and elastic cuffs"),
        wearing("a black shirt and black pants", "other_garment_color", who="he"),
        material("The pants are with cotton fabric and pure color patterns."),
        describe(
            "pants",
            "olive green joggers Question: What is the color of the pants? Answer: green Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        title="Jack & Jones Men Olive Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: bright orange running tee with a small black logo on the left chest, black shorts, black running shoes;
    # white backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric and "
            "its neckline is round. The shorts are of short length. The shorts are with other fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "red", "contradiction", kind="open"),
        B.color("orange"),
        wearing("an orange shirt and black shorts", who="he"),
        details(
            "shirt",
            "a small logo on the left side of the chest and a small logo on the right side of the chest and a small "
            "logo on the left side of",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "this is a description of the shirt", "restated"),
        B.sleeve_length("short"),
        title="Asics Men Orange Core Running T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: charcoal Dri-FIT training shorts with a volt green swoosh on the left leg, white sleeveless tank; white
    # backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-036",
        caption(
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. It has a round neckline. The "
            "shorts are of short length. The shorts are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        B.color("grey"),
        details("shorts", "a green nike logo on the left leg"),
        is_a("pair of shorts", "yes"),
        wearing("", "non_answer"),
        title="Nike Men Charcoal Grey Dri-FIT Training Shorts",
        category="Shorts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white nylon track jacket with a navy and red stripe across the chest, stand collar, zipped; navy track
    # pants; light grey backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-037",
        caption(
            "The gentleman wears a long-sleeve jacket with striped patterns. The jacket is with other fabric and its "
            "neckline is standing. The pants this gentleman wears is of long length. The pants are with other fabric "
            "and pure color patterns."
        ),
        color_of("jacket", "white"),
        color_of("pants", "navy blue", kind="open"),
        details("jacket", "a navy and red stripe across the chest"),
        wearing("she is wearing a white jacket and blue pants", "pronoun"),
        material("leather", "unsupported"),
        B.pattern("solid", "contradiction"),
        title="Fila Men White Striped Track Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: grey melange training tee with black raglan sleeves (color block), black track pants; white backdrop,
    # front view, no mesh panels or zip. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey"),
        describe("shirt", "a grey t-shirt with black sleeves"),
        details("shirt", "mesh panels under the arms and a zipper at the neck", "unsupported"),
        Q.pattern("solid", "contradiction"),
        wearing("a grey and black shirt and black pants"),
        B.sleeve_length("short"),
        title="Proline Active Men Grey Melange Raglan Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon track pants with a small white logo on the left thigh, white tee with a maroon chest graphic,
    # white sneakers; white backdrop, full-length front view. Caption adapter epoch 2 (caption, open); reference
    # engine (closed). The feed row has no color column.
    case(
        "X1035-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.color("maroon"),
        details(
            "pants",
            "Question: What are the pants details? Answer: The pants are of long length. Question: What are the "
            "pants details? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("a white shirt and red pants"),
        B.garment_type("track pants"),
        Q.pattern("graphic", "contradiction"),
        title="Puma Men Maroon Solid Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: navy quilted sleeveless puffer gilet with a stand collar and full zip, over a grey hoodie (hood down),
    # black joggers; white backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-040",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The outer clothing is a vest. The pants this gentleman wears is of long length."
        ),
        B.garment_type("vest"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        B.color("navy blue"),
        B.sleeve_length("long", "contradiction"),
        details("jacket", "quilted panels, a stand collar and a full zip"),
        describe(
            "jacket",
            "a navy blue sleeveless puffer jacket with a high collar and a zipper worn over a grey hoodie with a "
            "drawstring hood and",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue vest over a grey hoodie and black pants"),
        B.material("What material is the garment made of? The garment is made of material.", "restated"),
        title="HRX by Hrithik Roshan Men Navy Blue Sleeveless Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy slim polyester track pants with zip side pockets, tapered leg, red tee, a black smartwatch on the left
    # wrist; white backdrop, full-length front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants this gentleman wears is of long length. The pants are with other "
            "fabric and pure color patterns. There is an accessory on his wrist."
        ),
        color_of("pants", "navy blue"),
        details("pants", "zip pockets on the sides"),
        wearing("a red shirt and red pants", "other_garment_color"),
        describe(
            "pants",
            "The pants this gentleman wears is of long length. The pants this gentleman wears is of long length. "
            "The pants this gentleman wears is",
            "loop",
            hit_limit=True,
        ),
        material("polyester"),
        B.pattern("solid"),
        title="Puma Men Navy Blue Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white Dri-FIT golf polo with navy collar tipping, khaki golf trousers; white backdrop, front view.
    # Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-042",
        caption(
            "His polo shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "trousers are of long length. The trousers are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("shirt", "white", kind="open"),
        B.garment_type("polo shirt"),
        wearing("she is wearing a white polo shirt and khaki pants", "pronoun", who="he"),
        details("shirt", "polo", "non_answer"),
        material("polyester"),
        title="Nike Men White Dri-FIT Victory Golf Polo",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: red cotton fleece pullover hoodie with a kangaroo pocket, hood down, black joggers; white backdrop,
    # front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-043",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("sweatshirt", "red"),
        describe("sweatshirt", "a red hoodie with a front pocket"),
        details(
            "sweatshirt",
            "The sweatshirt is with cotton fabric. The sweatshirt is with cotton fabric. The sweatshirt is with "
            "cotton fabric. The sweatshirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("a red sweatshirt and black pants"),
        color_of("pants", "red", "contradiction", kind="open"),
        is_a("jacket", "yes", "contradiction"),
        title="Wildcraft Men Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: side view: teal polyester running tee with a small reflective logo on the chest, no visible mesh, black
    # shorts; white backdrop. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-044",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric and "
            "its neckline is round. The shorts are of short length. The shorts are with other fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        B.color("teal"),
        wearing("a teal shirt and black shorts"),
        details("shirt", "reflective logo on the chest and a mesh back panel", "unsupported"),
        B.sleeve_length("short"),
        describe(
            "shirt",
            "a teal t-shirt with a round neck and short sleeves and a small logo on the chest and the back of the "
            "shirt is made of a",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Teal Blue Solid Running T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: black long-sleeve dryCELL training tee with white lettering printed down the left sleeve, grey joggers;
    # white backdrop, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1035-045",
        caption(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this gentleman wears is of long length."
        ),
        B.sleeve_length("long"),
        color_of("shirt", "black"),
        describe("shirt", "a black long sleeve shirt with white writing down the left sleeve"),
        wearing(
            "a black shirt and grey pants, a black shirt and grey pants, a black shirt and grey pants, a black shirt",
            "loop",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        Q.pattern("solid", "contradiction"),
        details("shirt", "the details are on the shirt", "restated"),
        title="Puma Men Black Printed Full Sleeve dryCELL T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: black polyester track pants with a straight hem, elastic waistband and side pockets, white polo shirt; the
    # model holds a tennis racket; white backdrop, full-length front view. Caption adapter epoch 2 (caption, open);
    # reference engine (closed). The feed row has no gender column.
    case(
        "X1035-046",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.color("black"),
        wearing("a white polo shirt and black pants"),
        details("pants", "an elastic waistband and side pockets"),
        B.garment_type("track pants"),
        material("cotton", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Slazenger Men Black Polyester Track Pants",
        category="Track Pants",
        color="Black",
    ),
]
