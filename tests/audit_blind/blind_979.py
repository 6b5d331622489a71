"""BLIND_979 (46 products; Myntra women's bottoms, caption adapter epoch 2): written blind in the fifty-eighth session.
Measured blind at fba231f (the session's second rules): 101/111 failures found (91.0%) and 6/160 correct texts flagged
(3.8%). The writer's notes, verbatim:

Scenario: a Myntra-like women's feed of jeans, trousers, skirts and shorts (article_type Jeans, Trousers, Skirts,
Shorts). Every photo is a catalog shot on a white backdrop with the model wearing the product together with a top
(tees, tanks, blouses, shirts, sweaters, a jacket or cardigan over a tee), often shoes, sometimes a bag, hat or
jewellery. Mostly front views, a few back or side views. Catalog columns are title, category (article_type), color
(base_colour) and gender; one row lacks gender, one lacks the color and one lacks the category, as real feeds do.

Who wrote what: the captions and every open answer come from the caption LoRA adapter at epoch 2 (between the
published epoch-1 and epoch-3 checkpoints), on Salesforce/blip2-opt-2.7b, greedy, 50 new tokens for captions and 30
for answers. It was trained on DeepFashion-MultiModal template captions with unmasked labels and no end token, so
its captions are the template ("The lady wears a short-sleeve T-shirt with pure color patterns. The lower clothing
is of long length. The fabric is denim..."), with pattern words instead of hues, often running on into a repeated
sentence or cut at the limit, often adding template accessories (a wrist accessory, a hat, a ring) that are not
there, and sometimes using the template's male wording. At epoch 2 it still answers most questions in short
phrases, but some answers slide into the template, echo the question, or continue with the `Question: ... Answer:`
format it saw in training. It is poor at keeping the bottom's color apart from the top's. The closed answers
(garment type, color, pattern, yes/no "Is this a ...?", and the closed color-of questions) come from enrich's
`--engine reference`, which picks one candidate value: they never loop or stop short, but the pick is sometimes the
top's color or pattern, or a wrong garment.

Labeling conventions and judgement calls:
- Labels follow the photo, not the seller: in X979-030 the seller says Black but the jeans photograph as faded
  charcoal grey, so "grey" answers are correct.
- A color that belongs to the top (or the jacket or cardigan) given to the product is other_garment_color, for
  closed and open answers alike (X979-025's "white" is the kurti's color, though the print is white too); a color
  the product only has as a print accent ("gold" for X979-039's blue skirt), a wrong length, a wrong garment type, a
  "yes" to the wrong garment, a pattern taken from the top, and a fabric the title contradicts are contradiction.
- The template's pattern words ("pure color", "lattice", "color block", "graphic") are not hues; "pure color"
  for a solid garment is correct, "striped patterns" for solid jeans is a contradiction.
- Invented accessories (a hat, a wrist accessory, a ring) and invented construction details (a back slit, a gold
  buckle, a zipper at the ankle) are unsupported, as is a material the photo cannot show and the title does not
  give, and the top's material given as the product's.
- Shades are taken as correct within their family: cream = white, khaki = beige, olive = green, maroon = red,
  peach = pink, lavender = purple, charcoal = grey, navy = blue.
- A text gets one label. A loop that also runs to the token limit is a loop; a text that echoes the prompt format
  with "Question:"/"Answer:" is a leak even when it also runs out; a caption cut mid-phrase with no other fault is
  cut; a cut caption whose only fault is the male template wording is pronoun.
- hit_limit=True on every text that used all its new tokens (loops, cuts, run-on leaks, a couple of run-on
  captions that happen to end on a word boundary).
- A one-word, yes/no or "a skirt"/"the trousers are long" answer to an open question is non_answer; an open
  question answered with the caption template and no color is non_answer; an answer that repeats the question's
  words back as its content ("the jeans details are details of the jeans", or the question echoed before a thin
  answer) is restated.
- Complete template sentences that describe the photo rightly (length, fabric, pattern words) are correct answers,
  even when terse or phrased oddly ("is of three-point length").
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern

BLIND_979 = [
    # photo: mid-blue skinny jeans with a light fade, white short-sleeve crew-neck tee tucked in, white sneakers,
    # white backdrop, front view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X979-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lower clothing is of long length. The fabric is denim and it has",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue jeans", who="she"),
        color_of("jeans", "blue"),
        details("jeans", "The jeans are of long length. The fabric is denim and it has solid color patterns."),
        garment_type("jeans"),
        material("denim"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black super skinny jeans, grey melange long-sleeve sweatshirt top, black ankle boots, clean hems, white
    # backdrop, front view. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X979-002",
        caption(
            "The woman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lower clothing is of long length. The fabric is denim and it has solid color "
            "patterns."
        ),
        wearing("she is wearing a grey sweater and grey jeans", "other_garment_color", who="she"),
        color_of("jeans", "black"),
        details(
            "jeans",
            "the jeans have a zipper fly, five pockets and a button at the waist, and the hem is frayed at the ankle",
            "unsupported",
        ),
        is_a("pair of jeans", "yes"),
        title="Levis Women Black Super Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: beige straight-leg trousers, black sleeveless top tucked in, nude heels, no jewellery, white backdrop,
    # front view. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X979-003",
        caption(
            "The tank top this lady wears has no sleeves and it is with cotton fabric and pure color patterns. The "
            "trousers this lady wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a black tank top and beige pants"),
        color_of("trousers", "black", "other_garment_color"),
        color("beige"),
        describe(
            "trousers", "The trousers are of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        pattern("solid"),
        garment_type("top", "contradiction"),
        title="Vero Moda Women Beige Regular Fit Solid Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: navy blue A-line midi skirt with a small white floral print, white short-sleeve blouse tucked in, tan
    # sandals, white backdrop, front view. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X979-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The skirt this lady wears is of long "
            "length. The skirt is with chiffon fabric and floral patterns. The skirt this lady wears is of long "
            "length. The skirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a white blouse and a blue floral skirt", who="she"),
        color_of("skirt", "navy blue"),
        pattern("floral"),
        describe("skirt", "skirt", "non_answer"),
        is_a("skirt", "yes"),
        title="Tokyo Talkies Women Navy Blue Printed A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange knit sports shorts with a black drawstring and a black side stripe, black racerback tank,
    # black trainers, white backdrop, front view. Caption and open answers: adapter epoch 2; closed: reference.
    case(
        "X979-005",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns.",
            "contradiction",
        ),
        wearing("he is wearing a black tank top and grey shorts", "pronoun", who="she"),
        color_of("shorts", "grey"),
        details(
            "shorts",
            "the shorts have an elastic waistband with a drawstring and a black stripe on the side, the shorts have an "
            "elastic waistband with a drawstring and a",
            "loop",
            hit_limit=True,
        ),
        garment_type("shorts"),
        title="Puma Women Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Women",
    ),
    # photo: olive green cotton cargo trousers with side flap pockets and cuffed ankles, white crop tee, white
    # sneakers, white backdrop, front view. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X979-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a white crop top and green cargo pants"),
        color_of("trousers", "olive"),
        details("trousers", "flap pockets on the sides and elastic cuffs at the ankles"),
        material("leather", "unsupported"),
        is_a("pair of jeans", "no"),
        title="ONLY Women Olive Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: black knee-length pencil skirt, red short-sleeve ribbed top tucked in, black heels, no hat, white
    # backdrop, front view. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X979-007",
        caption(
            "The woman wears a short-sleeve shirt with pure color patterns. The skirt this woman wears is of medium "
            "short length. The skirt is with cotton fabric and pure color patterns. This woman wears a hat.",
            "unsupported",
        ),
        wearing("a red top and a red skirt", "other_garment_color", who="she"),
        color_of("skirt", "black"),
        describe("skirt", "a black pencil skirt that comes to the knee"),
        details("skirt", "a slit at the back and a zip at the back", "unsupported"),
        garment_type("skirt"),
        title="Mango Women Black Solid Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: light-blue denim shorts with frayed hems, white tee with navy horizontal stripes, white canvas shoes,
    # white backdrop, front view. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X979-008",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The lower clothing is of three-point length. The fabric is denim and it has solid color "
            "patterns."
        ),
        wearing("a striped t-shirt and denim shorts", who="she"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "frayed hem, five pockets, button and zip fly, belt loops"),
        pattern("striped", "contradiction"),
        is_a("skirt", "no"),
        title="Wrangler Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey washed slim jeans, mustard yellow long-sleeve knit top, brown boots, white backdrop, front
    # view. Caption and open answers (the color question asked open here): adapter epoch 2; closed: reference.
    case(
        "X979-009",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and it "
            "has a round neckline. The lower clothing is of long length. The fabric is denim and it has solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow sweater and grey jeans", who="she"),
        color_of(
            "jeans",
            "grey jeans with a yellow sweater and brown boots, grey jeans with a yellow sweater and brown boots, grey "
            "jeans with",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: the jeans have a slim fit Question: What are the",
            "leak",
            hit_limit=True,
        ),
        color("grey"),
        material("denim"),
        title="Jealous 21 Women Charcoal Grey Slim Fit Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Women",
    ),
    # photo: maroon high-waisted wide-leg trousers with front pleats, side pockets and a self-fabric tie belt, cream
    # sleeveless blouse tucked in, gold hoops, white backdrop, front view (no back visible). Adapter epoch 2 for
    # caption and open answers; closed: reference engine.
    case(
        "X979-010",
        caption(
            "The tank top this lady wears has no sleeves and it is with chiffon fabric and pure color patterns. The "
            "trousers this lady wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "This lady has a belt."
        ),
        wearing("a white blouse and red pants"),
        color_of("trousers", "maroon"),
        describe(
            "trousers",
            "the trousers are wide and long, with pleats at the front, a tie belt at the waist, pockets on the side "
            "and a zipper on the back",
            "unsupported",
        ),
        is_a("pair of trousers", "yes"),
        details("trousers", "no", "non_answer"),
        garment_type("trousers"),
        title="AND Women Maroon Wide Leg Trousers",
        category="Trousers",
        color="Maroon",
        gender="Women",
    ),
    # photo: light pink pleated mini skirt, white cropped long-sleeve cardigan over a white cami, white sneakers,
    # white backdrop, front view. Adapter epoch 2 for caption and open answers; closed: reference engine.
    case(
        "X979-011",
        caption(
            "This lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The skirt this lady wears is of short length. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("she is wearing a white cardigan and a pink skirt", who="she"),
        color_of("skirt", "white", "other_garment_color"),
        describe(
            "skirt",
            "Describe the skirt. Describe the skirt. Describe the skirt. Describe the skirt. Describe the skirt. "
            "Describe the",
            "loop",
            hit_limit=True,
        ),
        details("skirt", "the skirt has pleats all around"),
        pattern("solid"),
        title="FOREVER 21 Women Pink Pleated Mini Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black lightweight running shorts with a white swoosh on the left leg and a visible white drawcord, pink
    # short-sleeve training tee, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lower clothing is of three-point length. The fabric is other and it has graphic patterns."
        ),
        wearing("a pink t-shirt and black shorts", who="she"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        details("shorts", "a white logo on the left leg and a drawstring at the waist"),
        garment_type("shorts"),
        material("polyester"),
        title="Nike Women Black Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: dark indigo bootcut jeans seen from the back (back pockets with contrast stitching), white short-sleeve
    # top with lace trim, white backdrop, back view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lower "
            "clothing is of long length. The fabric is denim and it has solid color patterns. The lady wears a "
            "short-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a white top and dark blue jeans", who="she"),
        color_of("jeans", "navy blue"),
        details("jeans", "The jeans details are details of the jeans", "restated"),
        is_a("pair of jeans", "yes"),
        title="Kraus Women Navy Blue Bootcut Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: khaki chinos rolled at the ankle, navy and white breton-striped long-sleeve top, brown loafers, brown
    # leather tote held in one hand, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-014",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "striped patterns.",
            "contradiction",
        ),
        wearing("a striped shirt and khaki pants, and she is holding a brown bag"),
        color_of("trousers", "navy blue", "other_garment_color", kind="open"),
        pattern("solid"),
        color("beige"),
        describe("trousers", "khaki", "non_answer"),
        title="Marks & Spencer Women Khaki Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: white cotton shorts with turned-up hems and side pockets, light blue chambray sleeveless collared shirt,
    # tan flat sandals, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-015",
        caption(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns.",
            "contradiction",
        ),
        wearing("a blue sleeveless shirt and white shorts", who="she"),
        color_of("shorts", "blue", "other_garment_color"),
        details("shorts", "turned up hems and two side pockets"),
        material("cotton"),
        garment_type("shorts"),
        title="Vero Moda Women White Solid Cotton Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: ankle-length flared skirt with a colour-block print in orange, teal and yellow, plain black short-sleeve
    # top, silver jhumka earrings, bare wrists, no rings, white backdrop, front view. Adapter epoch 2 (caption,
    # open); reference (closed).
    case(
        "X979-016",
        caption(
            "The woman wears a short-sleeve shirt with pure color patterns. The skirt this woman wears is of long "
            "length. The skirt is with cotton fabric and color block patterns. There is an accessory on her wrist. "
            "This woman wears a ring",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black top and a printed skirt", who="she"),
        color_of("skirt", "black", "other_garment_color"),
        pattern("printed"),
        describe("skirt", "a long flared skirt with a print in orange, blue and yellow"),
        is_a("skirt", "yes"),
        garment_type("dress", "contradiction"),
        title="Biba Women Multicoloured Printed Flared Maxi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: light-wash high-waist mom jeans with rolled cuffs, black long-sleeve bodysuit tucked in, black belt,
    # white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-017",
        caption(
            "The woman wears a long-sleeve shirt with pure color patterns. The lower clothing is of long length. The "
            "fabric is denim and it has solid color patterns. This woman has a belt."
        ),
        wearing("She is wearing a black top, blue jeans and a black belt", who="she"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details(
            "jeans",
            "high waist, rolled up hem, high waist, rolled up hem, high waist, rolled up hem, high waist, rolled up "
            "hem, high waist",
            "loop",
            hit_limit=True,
        ),
        garment_type("jeans"),
        title="Mast & Harbour Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: mid-grey tailored straight trousers with a front crease, white long-sleeve formal shirt tucked in,
    # black pumps, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-018",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a white shirt and grey trousers"),
        color_of("trousers", "grey"),
        describe("trousers", "grey formal trousers with a crease down the front"),
        material("wool", "unsupported"),
        details("trousers", "What are the trousers details? the trousers", "restated"),
        is_a("pair of trousers", "yes"),
        title="Allen Solly Woman Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: mustard yellow corduroy A-line mini skirt with a button front, black long-sleeve turtleneck, black
    # tights, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-019",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and it "
            "has a stand neckline. The skirt this lady wears is of short length. The skirt is with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a black sweater and a yellow skirt", who="she"),
        color_of("skirt", "mustard"),
        details(
            "skirt",
            "buttons down the front, buttons down the front, buttons down the front, buttons down the front, buttons",
            "loop",
            hit_limit=True,
        ),
        material("corduroy"),
        color("black", "other_garment_color"),
        title="Roadster Women Mustard Corduroy A-Line Mini Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: peach paper-bag-waist shorts with a self-fabric tie belt and side pockets, white off-shoulder top with
    # short sleeves, sunglasses pushed up on the head, white backdrop, front view. Adapter epoch 2 (caption, open);
    # reference (closed).
    case(
        "X979-020",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "three-point length. The fabric is cotton and it has pure color patterns. This lady wears glasses."
        ),
        wearing("a white off the shoulder top and pink shorts", who="she"),
        color_of("shorts", "peach"),
        describe(
            "shorts",
            "Question: Describe the shorts. Answer: the shorts are of three-point length Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        details("shorts", "a paper bag waist with a tie belt and a gold buckle", "unsupported"),
        is_a("skirt", "yes", "contradiction"),
        title="DressBerry Women Peach Solid Paperbag Shorts",
        category="Shorts",
        color="Peach",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans, white sleeveless ruffled top, nude heels, white backdrop, front view. Adapter
    # epoch 2 (caption, open); reference (closed).
    case(
        "X979-021",
        caption(
            "The tank top this lady wears has no sleeves and it is with chiffon fabric and pure color patterns. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("jeans", "non_answer", who="she"),
        color_of("jeans", "blue"),
        details("jeans", "the jeans have a button and zipper closure and front pockets"),
        pattern("solid"),
        material("denim"),
        title="Levis Women Blue 711 Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: navy pleated ankle-length trousers, pink short-sleeve tee with a small printed slogan on the chest,
    # white sneakers, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-022",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a pink t-shirt and pink pants", "other_garment_color"),
        color_of("trousers", "navy blue"),
        describe(
            "trousers",
            "the trousers are navy blue with pleats at the front and the trousers are navy blue with pleats at the "
            "front and the trousers are",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes", "contradiction"),
        title="United Colors of Benetton Women Navy Blue Pleated Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black faux-leather mini skirt with a front zip, white graphic tee with a black print, black ankle boots,
    # white backdrop, front view only. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-023",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The skirt this lady wears is of short length. The skirt is with leather fabric and pure "
            "color patterns."
        ),
        wearing("a white graphic t-shirt and a black leather skirt", who="she"),
        color_of("skirt", "black"),
        describe(
            "skirt",
            "The skirt is with leather fabric and pure color patterns. It has a zipper at the front and a slit at the "
            "back",
            "unsupported",
        ),
        material("leather"),
        pattern("graphic", "contradiction"),
        title="Tokyo Talkies Women Black Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: black denim shorts with rips on the front and a raw frayed hem, grey heathered long-sleeve henley
    # tucked in, white sneakers, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lower "
            "clothing is of three-point length. The fabric is denim and it has solid color patterns. The lady wears a "
            "long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey shirt and grey shorts", "other_garment_color", who="she"),
        color_of("shorts", "black"),
        details("shorts", "rips on the front and a frayed hem"),
        garment_type("shorts"),
        color("grey", "other_garment_color"),
        title="SPYKAR Women Black Distressed Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: green palazzo trousers with a white leaf print, white short kurti with green embroidery at the V neck
    # covering the waist, kolhapuri sandals, white backdrop, front view. Adapter epoch 2 (caption, open); reference.
    case(
        "X979-025",
        caption(
            "The woman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a V-shape neckline. The trousers this woman wears is of long length. The trousers are with cotton fabric "
            "and floral patterns."
        ),
        wearing("a white kurta and green printed palazzo pants"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        pattern("floral"),
        describe("trousers", "the trousers are wide and flowing with a leaf print"),
        details("trousers", "the trousers details are the trousers", "restated"),
        is_a("pair of trousers", "yes"),
        title="W Women Green Printed Palazzo Trousers",
        category="Trousers",
        color="Green",
        gender="Women",
    ),
    # photo: mid-wash blue boyfriend jeans with ripped knees and rolled cuffs, red and black buffalo-check flannel
    # shirt worn open over a black tee, black sneakers, white backdrop, front view. Adapter epoch 2 (caption, open);
    # reference (closed).
    case(
        "X979-026",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lower clothing is of long length. The fabric is denim and it has solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a red plaid shirt and ripped blue jeans", "pronoun", who="she"),
        color_of("jeans", "blue"),
        pattern("checked", "contradiction"),
        details("jeans", "ripped knees and rolled up hems"),
        describe("jeans", "the jeans are blue"),
        title="Jealous 21 Women Blue Boyfriend Fit Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: red wrap midi skirt with small white polka dots and a side tie, white sleeveless crop top, a silver
    # bangle on the right wrist, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-027",
        caption(
            "The tank top this lady wears has no sleeves and it is with cotton fabric and pure color patterns. The "
            "skirt this lady wears is of long length. The skirt is with chiffon fabric and graphic patterns. There is "
            "an accessory on her wrist."
        ),
        wearing("a white crop top and a red polka dot skirt", who="she"),
        color_of("skirt", "red"),
        describe("skirt", "a red wrap skirt with white polka dots and a tie at the waist"),
        details("skirt", "what are the skirt details? the skirt details are", "restated"),
        pattern("polka dots"),
        is_a("dress", "yes", "contradiction"),
        title="Label Ritu Kumar Women Red Polka Dot Print Wrap Midi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: navy track shorts with three white stripes down the sides, white sleeveless tank with a small logo,
    # white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-028",
        caption(
            "The upper clothing has no sleeves, cotton fabric and graphic patterns. The lower clothing is of "
            "three-point length. The fabric is cotton and it has striped patterns."
        ),
        wearing(
            "she is wearing a white tank top and blue shorts, she is wearing a white tank top and blue shorts, she is "
            "wearing a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("shorts", "navy blue"),
        details("shorts", "three white stripes on the side"),
        describe("shorts", "navy shorts with white stripes on the side and a zip pocket at the back", "unsupported"),
        garment_type("shorts"),
        title="Adidas Women Navy Blue 3-Stripes Track Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream wide-leg linen-blend trousers, black short-sleeve tee knotted at the waist, a straw hat held in one
    # hand, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The trousers this lady wears is of long length. The trousers are with denim fabric "
            "and pure color patterns.",
            "contradiction",
        ),
        wearing("a black t-shirt and white pants, and she is holding a hat"),
        color_of("trousers", "white"),
        material("linen"),
        describe("trousers", "the trousers are long", "non_answer"),
        title="Zara Women Cream Linen Blend Wide Leg Trousers",
        category="Trousers",
        color="Cream",
        gender="Women",
    ),
    # photo: slim jeans faded to a charcoal grey (the seller calls them Black), white tee with black horizontal
    # stripes, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-030",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The lower clothing is of long length. The fabric is denim and it has solid color "
            "patterns."
        ),
        wearing("a striped t-shirt and grey jeans", who="she"),
        color_of("jeans", "grey"),
        details(
            "jeans",
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The lady wears "
            "a short-sleeve",
            "cut",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        title="Roadster Women Black Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: olive knee-length A-line skirt with a button front and a small front slit, white short-sleeve tee
    # tucked in, tan belt, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The skirt this lady wears is of medium "
            "short length. The skirt is with cotton fabric and pure color patterns. This lady has a belt."
        ),
        wearing("She is wearing a white t-shirt and an olive skirt with a belt", who="she"),
        color_of("skirt", "green", kind="open"),
        describe("skirt", "a skirt", "non_answer"),
        details("skirt", "buttons down the front and a slit"),
        garment_type("skirt"),
        title="Harpa Women Olive Green Solid A-Line Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: pink shorts with a small white floral print, white eyelet short-sleeve blouse, white backdrop, front
    # view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-032",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The lower clothing is of three-point "
            "length. The fabric is cotton and it has floral patterns.",
            "pronoun",
        ),
        wearing("a white blouse and pink floral shorts", who="she"),
        color_of("shorts", "pink"),
        pattern("floral"),
        details("shorts", "they are shorts", "non_answer"),
        describe("shorts", "pink shorts with white flowers and a bow at the waist", "unsupported"),
        title="Chemistry Women Pink Floral Print Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: medium blue high-rise straight jeans, white and blue vertical-striped long-sleeve shirt tucked in, white
    # sneakers, white backdrop, side view (no back pocket or tab visible). Adapter epoch 2 (caption, open);
    # reference (closed).
    case(
        "X979-033",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lower clothing is of long length. The fabric is denim and it has striped patterns.",
            "contradiction",
        ),
        wearing("a striped shirt and blue jeans"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "the jeans have a button fly with copper buttons and a red tab on the back pocket",
            "unsupported",
        ),
        material("cotton denim"),
        title="Levis Women Blue High Rise Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: chocolate brown tapered trousers with a paper-bag waist and a tie belt, beige ribbed short-sleeve top
    # tucked in, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric and "
            "it has a round neckline. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige top and brown pants", who="she"),
        color_of("trousers", "beige", "other_garment_color"),
        describe("trousers", "brown trousers with a paper bag waist and a tie belt"),
        details("trousers", "the trousers details are the brown trousers with the details", "restated"),
        is_a("pair of trousers", "yes"),
        title="People Women Brown Paperbag Waist Tapered Trousers",
        category="Trousers",
        color="Brown",
        gender="Women",
    ),
    # photo: white tiered cotton maxi skirt, black sleeveless crop top, brown sandals, woven straw bag on the
    # shoulder, no hat, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed). The feed
    # row has no category.
    case(
        "X979-035",
        caption(
            "The tank top this lady wears has no sleeves and it is with cotton fabric and pure color patterns. The "
            "skirt this lady wears is of long length. The skirt is with cotton fabric and pure color patterns. This "
            "lady wears a hat",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black crop top, a white maxi skirt and a straw bag", who="she"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        describe(
            "skirt",
            "the skirt is white and long and has tiers, the skirt is white and long and has tiers, the skirt is white "
            "and long",
            "loop",
            hit_limit=True,
        ),
        color("white"),
        title="Sassafras Women White Tiered Maxi Skirt",
        color="White",
        gender="Women",
    ),
    # photo: grey melange jersey lounge shorts with a white drawcord, lavender short-sleeve oversized tee, white
    # backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-036",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. His T-shirt is with cotton fabric "
            "and it has a round neckline. The lower clothing is of three-point length. The fabric is cotton and it has "
            "pure color patterns.",
            "pronoun",
        ),
        wearing("a purple t-shirt and grey shorts", who="she"),
        color_of("shorts", "grey"),
        details(
            "shorts",
            "Answer: a drawstring at the waist Question: What are the shorts details? Answer: a drawstring",
            "leak",
            hit_limit=True,
        ),
        material("cotton"),
        garment_type("shorts"),
        title="HRX by Hrithik Roshan Women Grey Melange Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: light blue flared jeans, white cropped cami, platform sandals, bare wrists, white backdrop, front view.
    # Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-037",
        caption(
            "The tank top this lady wears has no sleeves and it is with cotton fabric and pure color patterns. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns."
        ),
        wearing("the lady wears a tank top with pure color patterns and long jeans", who="she"),
        color_of("jeans", "light blue"),
        details(
            "jeans",
            "flared legs, flared legs, flared legs, flared legs, flared legs, flared legs, flared legs, flared legs, "
            "flared",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no", "contradiction"),
        describe("jeans", "Describe the jeans. The jeans are flared", "restated"),
        title="ONLY Women Light Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black ankle-length cigarette trousers, emerald green satin short-sleeve V-neck blouse tucked in, black
    # heels, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-038",
        caption(
            "The woman wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and it "
            "has a V-shape neckline. The trousers this woman wears is of three-quarter length. The trousers are with "
            "cotton fabric and pure color patterns."
        ),
        wearing("a green blouse and black pants"),
        color_of("trousers", "green", "other_garment_color"),
        describe("trousers", "black slim trousers that end at the ankle"),
        material("silk", "unsupported"),
        details(
            "trousers",
            "Question: What are the trousers details? Answer: the trousers are slim Question: What are the trousers "
            "details? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Van Heusen Woman Black Slim Fit Cigarette Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: royal blue flared maxi skirt with a gold foil printed border at the hem, white short kurti top, white
    # backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-039",
        caption(
            "The woman wears a short-sleeve shirt with pure color patterns. The skirt this woman wears is of long "
            "length. The skirt is with cotton fabric and graphic patterns. The woman wears a short-sleeve shirt with "
            "pure color patterns. The skirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a white top and a blue skirt", who="she"),
        color_of("skirt", "blue"),
        describe("skirt", "a long blue skirt with a gold printed border at the bottom"),
        details("skirt", "gold embroidery and sequins and mirror work all over the skirt", "unsupported"),
        is_a("skirt", "yes"),
        color("gold", "contradiction"),
        title="Global Desi Women Blue Printed Flared Maxi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white denim shorts with rolled hems, navy short-sleeve polo tee, white backdrop, front view. Adapter
    # epoch 2 (caption, open); reference (closed). The feed row has no color.
    case(
        "X979-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a lapel neckline. The lower clothing is of three-point length. The fabric is denim and it has solid "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a navy polo shirt and white shorts", who="she"),
        color_of("shorts", "navy blue", "other_garment_color"),
        details("shorts", "yes", "non_answer"),
        material("denim"),
        title="Tommy Hilfiger Women White Denim Shorts",
        category="Shorts",
        gender="Women",
    ),
    # photo: dark blue skinny jeans, olive utility jacket worn open over a white tee, white sneakers, white backdrop,
    # front view. Adapter epoch 2 (caption, open); reference (closed). The feed row has no gender.
    case(
        "X979-041",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a lapel neckline. The lower clothing is of long length. The fabric is denim and it has solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket, a white t-shirt and blue jeans"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        details("jeans", "skinny fit with a faded wash on the thighs"),
        garment_type("jacket", "contradiction"),
        title="Roadster Women Blue Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: black and white checked straight trousers, black long-sleeve turtleneck, white backdrop, front view.
    # Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and it "
            "has a stand neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and lattice patterns."
        ),
        wearing("a black sweater and checkered pants"),
        color_of("trousers", "black and white", kind="open"),
        pattern("checked"),
        describe("trousers", "the trousers are solid black with a straight leg", "contradiction"),
        details("trousers", "the details of the trousers are the details of the checked trousers", "restated"),
        title="FOREVER 21 Women Black Checked Straight Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: lavender satin slip midi skirt, cream chunky-knit long-sleeve sweater half tucked, white sneakers, white
    # backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-043",
        caption(
            "The woman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "skirt this woman wears is of short length. The skirt is with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a white sweater and a purple skirt", who="she"),
        color_of("skirt", "white", "other_garment_color"),
        describe("skirt", "the man is wearing a purple satin skirt", "pronoun"),
        material("satin"),
        is_a("skirt", "yes"),
        title="Vero Moda Women Lavender Satin Midi Skirt",
        category="Skirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: red athletic shorts with white piping at the hem and a small logo on the left leg, black sports bra under
    # an open grey zip jacket, black fitness band on the left wrist, white backdrop, front view. Adapter epoch 2
    # (caption, open); reference (closed).
    case(
        "X979-044",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lower "
            "clothing is of three-point length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist."
        ),
        wearing("a grey jacket over a black sports bra and red shorts", who="she"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        details(
            "shorts",
            "white piping on the hem and the logo on the left leg, and white piping on the hem and the logo on the "
            "left leg, and",
            "loop",
            hit_limit=True,
        ),
        color("red"),
        material("denim", "unsupported"),
        title="Puma Women Red Solid Sports Shorts",
        category="Shorts",
        color="Red",
        gender="Women",
    ),
    # photo: navy wide-leg culottes ending mid-calf with front pleats, no belt, white short-sleeve tee with a red
    # graphic, white sneakers, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-045",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The trousers this lady wears is of three-quarter length. The trousers are with cotton "
            "fabric and pure color patterns."
        ),
        wearing(
            "Question: What is she wearing? Answer: a white t-shirt and navy pants Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("trousers", "navy blue"),
        garment_type("shorts", "contradiction"),
        describe(
            "trousers",
            "navy culottes that stop at the calf, with a wide leg, pleats at the waist and a belt with a silver buckle",
            "unsupported",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Navy Blue Solid Culottes",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mid-blue denim mini skirt with a raw hem and two front pockets, black long-sleeve top tucked in, black
    # ankle boots, white backdrop, front view. Adapter epoch 2 (caption, open); reference (closed).
    case(
        "X979-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The skirt this lady wears is of short "
            "length. The skirt is with denim fabric and solid color patterns."
        ),
        wearing("a black top and a denim skirt", who="she"),
        color_of("skirt", "blue"),
        describe(
            "skirt",
            "Answer: a short denim skirt Question: What is the color of the skirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        details("skirt", "a raw hem and two front pockets"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="ONLY Women Blue Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
]
