"""BLIND_911 (46 products; Myntra women's bottoms, caption adapter epoch 2): written blind in the fifty-seventh session.
Measured blind at e30524e (the session's fifth rules): 120/132 failures found (90.9%) and 6/194 correct texts flagged
(3.1%). The writer's notes, verbatim:

Scenario: a Myntra women's feed of jeans, trousers, skirts and shorts (seller article_type Jeans, Trousers, Skirts,
Shorts). Every photo is a studio catalog shot, mostly on a white backdrop (a few light grey, one with a potted plant,
one with a straw hat), the model wearing the product with a top: tees, tanks, shirts, blouses, sweaters, and a few
layered outfits (denim jacket, leather jacket, flannel shirt, a matching blazer). Three rows lack a column (one has no
base_colour, one no gender, one no article_type) and one seller color is wrong for the photo (a "Black" pair of jeans
that is plainly faded charcoal grey).

Who wrote what: captions and open answers are the caption LoRA adapter (q_proj/k_proj on blip2-opt-2.7b) stopped
after its second epoch, between the published first- and third-epoch checkpoints. It writes a hybrid: the base
model's short "a woman in a white t-shirt and blue jeans" lead, then the DeepFashion-MultiModal template ("Her T-shirt
has short sleeves, cotton fabric and pure color patterns. The pants are of long length."), which carries no hue names
and often the stock accessory lines ("There is an accessory on her wrist."). Trained without an end token, it ends
some texts on a newline and runs others to the limit (30 new tokens for answers, 50 for captions): looping a word
or a template sentence, or cut mid-sentence. Half-forgotten question answering shows as the caption template
returned for a question, as the `Question: ... Answer:` format continued, as the question said back, and as the
top's color given to the product. Closed answers (garment type, color, pattern, yes/no garment questions) are
enrich's `--engine reference` picking one candidate value with the same adapter loaded: they never loop or stop
short, but they can pick the top's color or pattern, or a wrong garment.

Labeling conventions and judgement calls:
- One label per text, by precedence: a text that continues the Question/Answer format is leak (even when the color
  inside is right, even when it then repeats or is cut); else a text that runs to its token limit is loop when it
  repeats and cut when it does not, whatever else is wrong in it. hit_limit=True is set on every text that ran to
  its limit, and only on those.
- The photo is the truth, not the seller: the "Black" jeans that are charcoal grey are correctly called grey.
- An open answer or a caption that gives the product (or another asked garment) the color of a different garment in
  the photo is other_garment_color; a closed answer that picks another garment's color, a color no garment has,
  another garment's pattern, a wrong garment type or a wrong yes/no is contradiction. A garment word that is wrong
  (cargo pants for cargo shorts) is contradiction too.
- Shade words within the seller's color family are correct: maroon called red, cream called white, peach called pink,
  teal called blue, lavender called purple, khaki called beige, mustard called yellow.
- unsupported: a detail the photo does not show (a belt, a ring, a wrist accessory, a handbag, sunglasses, a slit,
  a zip at the back in a front view, a brand on a plain tee, rips on clean jeans) or a fabric neither the title nor
  the photo establishes (silk for a satin skirt, wool for suiting, polyester for a crepe skirt). A template
  accessory line is correct where the photo has one (the bracelet, the straw hat).
- Template fabric words for the worn top ("cotton fabric", "chiffon fabric") are not labeled unless the photo
  contradicts them; material answers for the product are judged against the title and the photo line.
- Corduroy wales called "striped" is labeled contradiction (the trousers are solid); "pure color patterns" for jeans
  is correct.
- non_answer: the caption template about the top returned for a question about the product, "they are shorts",
  a bare "yes"/"no" to an open question. restated: the question's own words said back ("the jeans details are the
  details of the jeans"); both count as saying nothing.
- pronoun: he/his/man for these women's products; with no gender column, "she" is not judged.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as BQ,
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

BLIND_911 = [
    # photo: front view, mid-blue skinny jeans, clean wash, white crew-neck tee half tucked, white sneakers, white
    # backdrop. Caption adapter epoch 2 wrote caption and open answers; reference engine the closed ones.
    case(
        "X911-001",
        caption(
            "a woman wearing blue jeans and a white t-shirt. Her T-shirt has short sleeves, cotton fabric and pure "
            "color patterns. The pants are of long length."
        ),
        wearing("a white t-shirt and blue skinny jeans", who="she"),
        color_of("jeans", "blue"),
        describe("jeans", "blue skinny jeans with a mid rise and a clean wash, she wears them with white sneakers"),
        BQ.pattern("solid"),
        BQ.garment_type("t-shirt", failure="contradiction"),
        material("denim"),
        details(
            "jeans",
            "The jeans are of long length. The jeans are with denim fabric and solid color patterns. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. The T",
            failure="cut",
            hit_limit=True,
        ),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black slim high-rise jeans, mustard yellow ribbed sleeveless top tucked in, black ankle boots, white
    # backdrop, front view. Adapter epoch 2 (caption, open), reference engine (closed).
    case(
        "X911-002",
        caption(
            "a woman in a yellow tank top and black jeans. Her tank top has no sleeves, cotton fabric and pure "
            "color patterns. It has a round neckline."
        ),
        wearing("she is wearing a yellow top and black jeans", who="she"),
        color_of("jeans", "yellow", failure="other_garment_color", kind="open"),
        BQ.color("black"),
        BQ.garment_type("jeans"),
        describe(
            "jeans",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline.",
            failure="non_answer",
        ),
        details(
            "jeans",
            "high rise, slim fit, black, black, black, black, black, black, black, black, black, black, black, "
            "black, black",
            failure="loop",
            hit_limit=True,
        ),
        title="Kraus Jeans Women Black Slim Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: beige regular-fit trousers, straight leg, pressed front crease, black sleeveless top tucked in, nude
    # heels, no jewellery, white backdrop, front view. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is "
            "with cotton fabric. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        wearing("a black sleeveless top and beige trousers"),
        color_of("trousers", "black", failure="contradiction"),
        BQ.pattern("solid"),
        describe("trousers", "beige straight-leg trousers with a pressed crease down the front, worn with a black top"),
        BQ.material(
            "Question: What material is the garment made of? Answer: cotton. Question: What is the color of the",
            failure="leak",
            hit_limit=True,
        ),
        title="Vero Moda Women Beige Regular Fit Solid Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: navy midi flared skirt with a dense floral print (pink, yellow and green flowers on navy), white
    # short-sleeve blouse tucked in, tan sandals, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-004",
        caption(
            "a woman wearing a floral skirt and a white blouse. Her skirt is of three-quarter length with floral "
            "patterns. The blouse has short sleeves and pure color patterns."
        ),
        wearing("a white blouse and a floral skirt"),
        color_of("skirt", "white", failure="other_garment_color", kind="open"),
        BQ.pattern("floral"),
        BQ.color("navy blue"),
        describe("skirt", "a long floral skirt with a slit up to the thigh on the right side", failure="unsupported"),
        details(
            "skirt",
            "The skirt is of long length. The skirt is with chiffon fabric and floral patterns. The skirt is of "
            "long length. The skirt is with chiffon fabric and floral",
            failure="loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="AND Women Multicoloured Printed Flared Midi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: Levis mid-blue washed denim shorts with a frayed raw hem, pink-and-white horizontally striped tee,
    # front view, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-005",
        caption(
            "a woman in a pink striped t-shirt and denim shorts. Her T-shirt has short sleeves, cotton fabric and "
            "striped patterns. Her shorts are of short length."
        ),
        wearing("he is wearing a striped t-shirt and denim shorts", failure="pronoun"),
        color_of("shorts", "blue"),
        color_of("t-shirt", "blue", failure="other_garment_color", kind="open"),
        BQ.pattern("striped", failure="contradiction"),
        details("shorts", "washed blue denim with a frayed hem at the bottom of the legs"),
        material("denim"),
        title="Levis Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: navy formal trousers, slim straight leg, light blue long-sleeve formal shirt tucked in, brown belt,
    # front view, light grey backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-006",
        caption(
            "a woman in a light blue shirt and navy blue pants. The shirt has long sleeves, cotton fabric and pure "
            "color patterns. It has a lapel neckline."
        ),
        wearing("a light blue shirt tucked into navy trousers with a brown belt"),
        color_of("pants", "light blue", failure="other_garment_color", kind="open"),
        BQ.color("navy blue"),
        describe("pants", "navy formal trousers with a straight leg and a pressed crease, worn with a brown belt"),
        details("pants", "What are the pants details? The pants details are the pants", failure="restated"),
        BQ.garment_type("trousers"),
        is_a("pair of jeans", "yes", failure="contradiction"),
        title="Allen Solly Woman Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: straight-fit jeans, plainly faded charcoal grey (the seller says Black), white tee with a small black
    # chest print, white sneakers, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-007",
        caption(
            "a woman wearing a white t-shirt and grey jeans. Her T-shirt has short sleeves, cotton fabric and "
            "graphic patterns. The pants are of long length."
        ),
        wearing("a white graphic t-shirt and faded grey jeans"),
        color_of("jeans", "grey"),
        describe("jeans", "washed grey denim with a straight leg, five pockets and a slight fade on the thighs"),
        details(
            "jeans",
            "Answer: the jeans are grey with a straight leg. Question: What are the jeans details? Answer: the "
            "jeans are grey with a",
            failure="leak",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        title="Roadster Women Black Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: black A-line mini skirt (matte crepe, no belt), red short-sleeve tee tucked in, bare legs, white
    # sneakers, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-008",
        caption(
            "a woman wearing a red t-shirt and a black skirt. Her T-shirt has short sleeves, cotton fabric and pure "
            "color patterns. The skirt is of short length."
        ),
        wearing("she is wearing a red t-shirt and a black mini skirt", who="she"),
        color_of("skirt", "red", failure="other_garment_color", kind="open"),
        color_of("t-shirt", "red"),
        BQ.garment_type("skirt"),
        describe(
            "skirt",
            "a black a-line mini skirt with a black leather belt and a gold buckle at the waist",
            failure="unsupported",
        ),
        is_a("pair of shorts", "yes", failure="contradiction"),
        title="Vero Moda Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton twill shorts with rolled cuffs, navy-and-white Breton striped long-sleeve top tucked in,
    # white backdrop, front view. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-009",
        caption(
            "a woman in a navy striped top and white shorts. Her shirt has long sleeves, cotton fabric and striped "
            "patterns. Her shorts are of short length."
        ),
        wearing("a navy and white striped top and white shorts with rolled cuffs"),
        color_of("shorts", "navy blue", failure="contradiction"),
        BQ.pattern("solid"),
        details("shorts", "they are shorts", failure="non_answer"),
        describe(
            "shorts",
            "The shorts are of short length. The shorts are with cotton fabric and pure color patterns. The lady "
            "wears a long-sleeve shirt with striped patterns. The shirt is",
            failure="cut",
            hit_limit=True,
        ),
        material("cotton"),
        BQ.color("white"),
        title="FOREVER 21 Women White Solid Regular Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: olive green cotton cargo trousers with flap pockets on the thighs and drawstring ankle cuffs, black
    # short-sleeve tee, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-010",
        caption(
            "a woman wearing a black t-shirt and olive green cargo pants. The T-shirt has short sleeves and pure "
            "color patterns. The pants are of long length with pockets."
        ),
        wearing("a black t-shirt and green cargo pants"),
        color_of(
            "pants",
            "black, black, black, black, black, black, black, black, black, black, black, black, black, black",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        BQ.color("olive"),
        BQ.garment_type("jeans", failure="contradiction"),
        details("pants", "the pants have large flap pockets on the sides and drawstrings at the ankles"),
        describe(
            "pants",
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. It",
            failure="cut",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        title="Roadster Women Olive Green Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: light blue boyfriend-fit jeans, ripped at both knees, hems rolled, grey melange crew sweatshirt, white
    # sneakers, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-011",
        caption(
            "a woman in a grey sweatshirt and light blue ripped jeans. Her sweater has long sleeves, cotton fabric "
            "and pure color patterns. The pants are of long length."
        ),
        wearing("a grey sweater and ripped jeans"),
        color_of("jeans", "grey", failure="other_garment_color", kind="open"),
        describe("jeans", "light blue boyfriend jeans with rips at both knees and the hems rolled up above the ankles"),
        BQ.color("light blue"),
        details("jeans", "light blue jeans with rips at the knees and a brown leather belt", failure="unsupported"),
        material("wool", failure="contradiction"),
        title="Pepe Jeans Women Light Blue Boyfriend Fit Distressed Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: black culottes, wide cropped leg, white shirt with thin black pinstripes tucked in, black block heels,
    # white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-012",
        caption(
            "a woman wearing a white striped shirt and black wide leg pants. The shirt has long sleeves, cotton "
            "fabric and striped patterns. The pants are of three-quarter length."
        ),
        wearing("a white striped shirt and black culottes"),
        color_of("pants", "white", failure="contradiction"),
        BQ.pattern("striped", failure="contradiction"),
        describe(
            "pants",
            "The pants are of three-quarter length. The pants are of three-quarter length. The pants are of "
            "three-quarter length. The pants are of three",
            failure="loop",
            hit_limit=True,
        ),
        BQ.garment_type("trousers"),
        title="ONLY Women Black Solid Culottes",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: maroon satin knife-pleated midi skirt, no slit, cream short-sleeve knit top tucked in, three-quarter
    # view, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-013",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. The skirt is with pleated patterns."
        ),
        wearing("a cream knit top and a maroon pleated skirt"),
        color_of("skirt", "maroon"),
        describe(
            "skirt",
            "a maroon pleated midi skirt with an elastic waistband and a slit on the left side",
            failure="unsupported",
        ),
        details("skirt", "the details of the skirt are the skirt details", failure="restated"),
        BQ.material("satin"),
        is_a("dress", "yes", failure="contradiction"),
        title="SASSAFRAS Women Maroon Satin Pleated Midi Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink cotton shorts with a drawstring waist, white tee with the word WEEKEND printed in black across the
    # chest, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-014",
        caption(
            "a woman in a white graphic t-shirt and pink shorts. Her T-shirt has short sleeves, cotton fabric and "
            "graphic patterns. Her shorts are of short length."
        ),
        wearing("a white t-shirt with writing on it and pink shorts"),
        color_of("shorts", "white", failure="other_garment_color", kind="open"),
        color_of("t-shirt", "white"),
        details(
            "shorts",
            "the shorts have a drawstring at the waist and the word weekend printed on the front",
            failure="unsupported",
        ),
        BQ.garment_type("shorts"),
        BQ.pattern("graphic", failure="contradiction"),
        title="Roadster Women Pink Solid Regular Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-blue high-rise mom jeans, ankle length, white tee tucked in under an open light blue denim jacket,
    # white backdrop. Layered outfit. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-015",
        caption(
            "a woman wearing a denim jacket, a white t-shirt and blue jeans. Her jacket has long sleeves, denim "
            "fabric and pure color patterns. The pants are of long length."
        ),
        wearing("a denim jacket over a white t-shirt with blue mom jeans"),
        color_of("jeans", "blue"),
        color_of("t-shirt", "blue", failure="other_garment_color", kind="open"),
        describe("jeans", "high waisted blue mom jeans that taper to the ankle, with the white t-shirt tucked in"),
        details(
            "jeans",
            "high waist, tapered leg, ankle length, high waist, tapered leg, ankle length, high waist, tapered leg, "
            "ankle length, high waist",
            failure="loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes", failure="contradiction"),
        title="HERE&NOW Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: khaki cotton chinos, tapered, rolled hem, blue-and-white vertically striped shirt tucked in, no rings
    # or jewellery, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-016",
        caption(
            "a woman in a blue striped shirt and khaki pants. The shirt has long sleeves, cotton fabric and striped "
            "patterns. The pants are of long length. There is a ring on her finger.",
            failure="unsupported",
        ),
        wearing("a striped shirt and khaki chinos"),
        color_of("shirt", "khaki", failure="other_garment_color", kind="open"),
        color_of("pants", "beige"),
        BQ.pattern("solid"),
        details(
            "pants", "the pants are blue and white striped with a button and a zip fly", failure="other_garment_color"
        ),
        material("cotton"),
        title="Marks & Spencer Women Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: blue denim A-line skirt above the knee with a row of metal buttons down the front, black fitted
    # long-sleeve top tucked in, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-017",
        caption(
            "a woman in a black top and a denim skirt. Her top has long sleeves, cotton fabric and pure color "
            "patterns. The skirt is of short length. The skirt is with denim fabric and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a black long sleeve top and a blue denim skirt with buttons down the front"),
        color_of("skirt", "blue"),
        describe("skirt", "a blue denim a-line skirt with a row of buttons down the front, above the knee"),
        details("skirt", "no", failure="non_answer"),
        BQ.garment_type("skirt"),
        material("denim"),
        is_a("skirt", "no", failure="contradiction"),
        title="Tokyo Talkies Women Blue Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black running shorts with a small white Puma logo on the left leg and side slits, neon green sports
    # tank, white sneakers, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-018",
        caption(
            "a woman wearing a green tank top and black shorts. Her tank top has no sleeves and pure color "
            "patterns. Her shorts are of short length."
        ),
        wearing("a neon green sports top and black running shorts"),
        color_of("shorts", "green", failure="other_garment_color", kind="open"),
        color_of("top", "the color of the top is the color of the top", failure="restated", kind="open"),
        BQ.color("black"),
        details("shorts", "black shorts with a small white puma logo on the left leg and slits at the sides"),
        describe(
            "shorts",
            "Question: Describe the shorts. Answer: black running shorts with a white logo Question: What is the "
            "color of the top? Answer: green",
            failure="leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Puma Women Black Solid Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: white skinny jeans, navy short-sleeve blouse with ruffled sleeves, tan belt, no bag, white backdrop.
    # Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-019",
        caption(
            "a woman in a navy blue blouse and white jeans. The blouse has short sleeves, chiffon fabric and pure "
            "color patterns. The pants are of long length."
        ),
        wearing("a navy blouse with ruffled sleeves and white skinny jeans"),
        color_of("jeans", "navy blue", failure="contradiction"),
        describe("jeans", "the jeans are blue", failure="other_garment_color"),
        BQ.garment_type("jeans"),
        details(
            "jeans",
            "white skinny jeans with a tan belt and a brown leather bag on her shoulder",
            failure="unsupported",
        ),
        title="Vero Moda Women White Skinny Fit Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: grey slim trousers with a faint black windowpane check, black long-sleeve turtleneck, black heels,
    # light grey backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-020",
        caption(
            "a woman wearing a black turtleneck sweater and grey plaid pants. The sweater has long sleeves, "
            "knitting fabric and pure color patterns. It has a turtleneck neckline."
        ),
        wearing("a black sweater and black pants", failure="other_garment_color"),
        color_of("pants", "grey"),
        BQ.pattern("checked"),
        describe(
            "pants",
            "The pants are of long length. The pants are with cotton fabric and lattice patterns. The lady wears a "
            "long-sleeve sweater with pure color patterns. The sweater",
            failure="cut",
            hit_limit=True,
        ),
        material("wool", failure="unsupported"),
        title="Van Heusen Woman Grey Checked Slim Fit Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: mustard yellow accordion-pleated midi skirt, white tee tucked in, white sneakers, white backdrop.
    # Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-021",
        caption(
            "a woman in a white t-shirt and a yellow pleated skirt. Her T-shirt has short sleeves, cotton fabric "
            "and pure color patterns. The skirt is of long length."
        ),
        wearing("a white t-shirt and a mustard yellow pleated midi skirt"),
        color_of(
            "skirt",
            "mustard yellow, mustard yellow, mustard yellow, mustard yellow, mustard yellow, mustard yellow, "
            "mustard yellow, mustard",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        BQ.color("yellow"),
        details("skirt", "the skirt has fine accordion pleats all the way down and an elastic waistband"),
        describe("skirt", "the skirt is a skirt", failure="non_answer"),
        BQ.pattern("solid"),
        is_a("skirt", "yes"),
        title="Harpa Women Mustard Yellow Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: olive cargo shorts with side patch pockets, white tank top, brown sandals, white backdrop. The feed row
    # has no base_colour. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-022",
        caption(
            "a woman wearing a white tank top and green shorts. Her tank top has no sleeves, cotton fabric and pure "
            "color patterns. Her shorts are of short length."
        ),
        wearing("she wears a white tank top and olive cargo pants", failure="contradiction", who="she"),
        color_of("shorts", "white", failure="contradiction"),
        details("shorts", "the shorts have pockets on the sides"),
        describe("shorts", "they are shorts", failure="non_answer"),
        BQ.garment_type("shorts"),
        material("cotton"),
        title="Roadster Women Olive Cargo Shorts",
        category="Shorts",
        gender="Women",
    ),
    # photo: black skinny jeans, clean (no rips), red-and-black buffalo check flannel shirt open over a black tee,
    # black boots, white backdrop. Layered. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-023",
        caption(
            "a woman in a red plaid shirt and black jeans. The shirt has long sleeves, cotton fabric and lattice "
            "patterns. The pants are of long length."
        ),
        wearing("a red checked shirt over a black t-shirt with black skinny jeans"),
        color_of("jeans", "red", failure="other_garment_color", kind="open"),
        color_of("shirt", "red"),
        describe("jeans", "black skinny jeans with ripped knees and a frayed hem", failure="unsupported"),
        BQ.pattern("checked", failure="contradiction"),
        title="Levis Women Black 711 Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: white high-waisted wide-leg trousers, green-and-white leaf print short-sleeve top, a potted plant
    # beside her, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-024",
        caption(
            "a woman in a green printed top and white wide leg pants standing next to a plant. Her top has short "
            "sleeves, cotton fabric and floral patterns. The pants are of long length."
        ),
        wearing("a green and white printed top and white trousers"),
        color_of("trousers", "white"),
        describe("trousers", "green wide leg trousers with a high waist", failure="other_garment_color"),
        details(
            "trousers",
            "The trousers are of long length. The trousers are of long length. The trousers are of long length. "
            "The trousers are of long",
            failure="loop",
            hit_limit=True,
        ),
        material("silk", failure="unsupported"),
        BQ.garment_type("trousers"),
        title="FabAlley Women White High-Rise Wide Leg Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: light pink satin bias-cut midi slip skirt, grey marl tee tucked in, white backdrop. Adapter epoch 2
    # (caption, open), reference (closed).
    case(
        "X911-025",
        caption(
            "a woman in a grey t-shirt and a pink satin skirt. Her T-shirt has short sleeves, cotton fabric and "
            "pure color patterns. The skirt is of long length."
        ),
        wearing("a grey t-shirt and a pink skirt"),
        color_of("skirt", "grey", failure="contradiction"),
        material("silk", failure="unsupported"),
        describe("skirt", "a light pink satin slip skirt that falls to mid calf with a soft sheen"),
        details(
            "skirt",
            "Question: What are the skirt details? Answer: Question: What are the skirt details? Answer: Question: "
            "What are the",
            failure="leak",
            hit_limit=True,
        ),
        title="Mango Women Pink Satin Midi Slip Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: navy-and-white vertically striped shorts with a self tie belt, white sleeveless top, white backdrop.
    # Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-026",
        caption(
            "a woman wearing a white sleeveless top and striped shorts. Her tank top has no sleeves, cotton fabric "
            "and pure color patterns. Her shorts are of short length with striped patterns."
        ),
        wearing("he is wearing a white top and navy striped shorts", failure="pronoun"),
        color_of("shorts", "navy blue"),
        color_of("top", "navy blue", failure="other_garment_color", kind="open"),
        BQ.pattern("striped"),
        describe("shorts", "navy and white striped shorts with a tie belt at the waist"),
        details(
            "shorts",
            "The shorts are of short length. The shorts are with cotton fabric and striped patterns. The lady "
            "wears a sleeveless tank top with pure color patterns. There",
            failure="cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Navy Blue Striped Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: dark indigo bootcut jeans, black leather biker jacket with silver zips over a white top, black heeled
    # boots, white backdrop. Layered. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-027",
        caption(
            "a woman in a black leather jacket and blue jeans. Her jacket has long sleeves, leather fabric and pure "
            "color patterns. The pants are of long length."
        ),
        wearing("a black leather jacket, a white top and blue bootcut jeans"),
        color_of("jeans", "black", failure="contradiction"),
        describe("jeans", "dark blue bootcut jeans that flare slightly over the boots"),
        details(
            "jeans",
            "bootcut, bootcut, bootcut, bootcut, bootcut, bootcut, bootcut, bootcut, bootcut, bootcut, bootcut, "
            "bootcut, bootcut, bootcut",
            failure="loop",
            hit_limit=True,
        ),
        material("leather", failure="contradiction"),
        BQ.garment_type("jeans"),
        title="Flying Machine Women Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon paperbag-waist trousers with a self-fabric tie belt, white short-sleeve top tucked in, white
    # backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-028",
        caption(
            "a woman wearing a white top and maroon pants. Her top has short sleeves, cotton fabric and pure color "
            "patterns. The pants are of long length. The pants are with cotton fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        wearing("she is wearing a white top and red pants", who="she"),
        color_of("pants", "maroon"),
        color_of("top", "maroon", failure="other_garment_color", kind="open"),
        details("pants", "a paperbag waist with a tie belt in the same fabric"),
        describe("pants", "he is wearing maroon pants with a tie at the waist", failure="pronoun"),
        is_a("pair of trousers", "yes"),
        title="Zink London Women Maroon Paperbag Waist Trousers",
        category="Trousers",
        color="Maroon",
        gender="Women",
    ),
    # photo: black-and-white gingham check mini skirt (seller color Black), black short-sleeve tee tucked in, front
    # view (no zip visible), white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-029",
        caption(
            "a woman in a black t-shirt and a black and white checked skirt. Her T-shirt has short sleeves, cotton "
            "fabric and pure color patterns. The skirt is of short length."
        ),
        wearing("a black top and a checkered mini skirt"),
        color_of("skirt", "black"),
        BQ.pattern("solid", failure="contradiction"),
        describe(
            "skirt",
            "The skirt is of short length. The skirt is with cotton fabric and lattice patterns. The skirt is of "
            "short length. The skirt is with cotton fabric and lattice",
            failure="loop",
            hit_limit=True,
        ),
        details("skirt", "black and white checks with a zip at the back", failure="unsupported"),
        title="SASSAFRAS Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: red Nike running shorts with a white swoosh on the left leg and an elastic waistband, plain grey tee
    # (no logo), white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-030",
        caption(
            "a woman in a grey t-shirt and red shorts. Her T-shirt has short sleeves, cotton fabric and pure color "
            "patterns. Her shorts are of short length."
        ),
        wearing("a grey nike t-shirt and red running shorts", failure="unsupported"),
        color_of("shorts", "red"),
        material("polyester"),
        details("shorts", "a white nike swoosh on the left leg and an elastic waistband"),
        describe("shorts", "the shorts are described as shorts", failure="restated"),
        color_of("t-shirt", "red", failure="other_garment_color", kind="open"),
        title="Nike Women Red Dri-FIT Polyester Running Shorts",
        category="Shorts",
        color="Red",
        gender="Women",
    ),
    # photo: back view, mid-blue flared jeans with stitched back pockets, lavender short-sleeve top, white backdrop.
    # Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-031",
        caption(
            "a woman in a purple top and blue jeans seen from the back. Her top has short sleeves, cotton fabric "
            "and pure color patterns. The pants are of long length."
        ),
        wearing("a lavender top and blue flared jeans"),
        color_of("jeans", "purple", failure="other_garment_color", kind="open"),
        details("jeans", "two back pockets with stitching and a flared leg from the knee"),
        describe("jeans", "the jeans are described as jeans", failure="restated"),
        BQ.color("blue"),
        BQ.pattern("solid"),
        is_a("pair of jeans", "yes"),
        title="ONLY Women Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: cream linen wide straight-leg trousers with a drawstring waist and side pockets, white linen shirt with
    # rolled sleeves, no jewellery, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-032",
        caption(
            "a woman wearing a white shirt and white pants. The shirt has long sleeves, linen fabric and pure color "
            "patterns. The pants are of long length."
        ),
        wearing("a white shirt and cream linen trousers"),
        color_of("trousers", "off white"),
        material("linen"),
        details("trousers", "the trousers are linen trousers with a drawstring"),
        describe(
            "trousers",
            "the trousers have a drawstring waist and side pockets and she is wearing a gold necklace",
            failure="unsupported",
        ),
        BQ.garment_type("shirt", failure="contradiction"),
        title="Mango Women Cream Linen Wide Leg Trousers",
        category="Trousers",
        color="Cream",
        gender="Women",
    ),
    # photo: green midi wrap skirt with small white flowers, tie at the side, ruffled hem, black sleeveless top, no
    # bag, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-033",
        caption(
            "a woman in a black tank top and a green floral skirt. Her tank top has no sleeves, cotton fabric and "
            "pure color patterns. The skirt is of long length with floral patterns."
        ),
        wearing("a black top and a green floral skirt with a black handbag", failure="unsupported"),
        color_of("skirt", "black", failure="other_garment_color", kind="open"),
        BQ.pattern("floral"),
        details("skirt", "a wrap front that ties at the side with a ruffled hem"),
        describe(
            "skirt",
            "Question: Describe the skirt. Answer: a green floral skirt. Question: Describe the top. Answer: a black",
            failure="leak",
            hit_limit=True,
        ),
        title="Berrylush Women Green Floral Print Wrap Midi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: grey melange cotton lounge shorts with a drawstring, pink racerback tank, white backdrop. Adapter epoch
    # 2 (caption, open), reference (closed).
    case(
        "X911-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short shorts. The tank top is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a pink tank top and grey shorts"),
        color_of("shorts", "pink", failure="contradiction"),
        describe("shorts", "grey shorts"),
        details(
            "shorts",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            failure="loop",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        is_a("pair of shorts", "no", failure="contradiction"),
        title="HRX by Hrithik Roshan Women Grey Melange Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: mid-grey straight-fit jeans with a button fly, white button-down shirt half tucked, bare wrists, white
    # backdrop. The feed row has no gender. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-035",
        caption(
            "a woman in a white shirt and grey jeans. The shirt has long sleeves, cotton fabric and pure color "
            "patterns. The pants are of long length."
        ),
        wearing("a white shirt and grey jeans"),
        color_of("jeans", "white", failure="other_garment_color", kind="open"),
        BQ.color("grey"),
        describe("jeans", "yes", failure="non_answer"),
        details(
            "jeans",
            "straight leg grey jeans with a button fly and five pockets, she has a watch on her left wrist",
            failure="unsupported",
        ),
        BQ.garment_type("jeans"),
        title="Kraus Women Grey Straight Fit Jeans",
        category="Jeans",
        color="Grey",
    ),
    # photo: brown corduroy wide-leg trousers with a button waist, cream turtleneck sweater tucked in, white
    # backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-036",
        caption(
            "a woman wearing a white sweater and brown corduroy pants. The sweater has long sleeves, knitting "
            "fabric and pure color patterns. It has a turtleneck neckline. The pants are of long length. The pants "
            "are with",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a cream turtleneck and brown corduroy trousers"),
        color_of("sweater", "brown", failure="other_garment_color", kind="open"),
        color_of("trousers", "brown"),
        material("corduroy"),
        details("trousers", "wide legs with vertical corduroy ribs and a button at the waist"),
        describe("trousers", "the trousers are brown"),
        BQ.pattern("striped", failure="contradiction"),
        title="Marks & Spencer Women Brown Corduroy Wide Leg Trousers",
        category="Trousers",
        color="Brown",
        gender="Women",
    ),
    # photo: white lined lace mini skirt with a scalloped hem, pink short-sleeve blouse, bare wrists, no rings,
    # white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-037",
        caption(
            "a woman in a pink blouse and a white lace skirt. The blouse has short sleeves, chiffon fabric and pure "
            "color patterns. The skirt is of short length."
        ),
        wearing("a pink blouse and a white lace skirt"),
        color_of("skirt", "pink", failure="other_garment_color", kind="open"),
        describe("skirt", "a white lace mini skirt with a scalloped hem and a lining underneath"),
        details(
            "skirt",
            "The skirt is of short length. The skirt is with lace fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            failure="unsupported",
        ),
        material("lace"),
        BQ.color("white"),
        is_a("pair of shorts", "yes", failure="contradiction"),
        title="Vero Moda Women White Lace A-Line Mini Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: blue-and-white gingham shorts with a tie waist, white tee tucked in, white backdrop. Adapter epoch 2
    # (caption, open), reference (closed).
    case(
        "X911-038",
        caption(
            "a woman wearing a white t-shirt and blue checked shorts. Her T-shirt has short sleeves, cotton fabric "
            "and pure color patterns. Her shorts are of short length with lattice patterns."
        ),
        wearing("she is wearing a white t shirt and plaid shorts", who="she"),
        color_of("shorts", "blue"),
        color_of("t-shirt", "blue", failure="other_garment_color", kind="open"),
        BQ.pattern("checked"),
        details("shorts", "the shorts are blue and white checked with a tie at the waist and the t-shirt is tucked in"),
        describe(
            "shorts",
            "The shorts are of short length. The shorts are with cotton fabric and lattice patterns. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. The T",
            failure="cut",
            hit_limit=True,
        ),
        material("Question: What material is the garment made of? Answer: cotton", failure="leak"),
        title="Roadster Women Blue & White Checked Regular Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans ripped at the knees, black short-sleeve crop top, white backdrop. Adapter epoch 2
    # (caption, open), reference (closed).
    case(
        "X911-039",
        caption(
            "a man wearing a black t-shirt and ripped blue jeans. His T-shirt has short sleeves, cotton fabric and "
            "pure color patterns. The pants are of long length.",
            failure="pronoun",
        ),
        wearing("a black crop top and ripped blue jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "ripped blue skinny jeans with torn knees"),
        details("jeans", "the jeans details are the details of the jeans", failure="restated"),
        material("denim and cotton"),
        is_a("pair of jeans", "yes"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Ripped Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black slim formal trousers worn as a suit with the matching black blazer (buttoned, covering the waist)
    # over a white shirt, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-040",
        caption(
            "a woman wearing a black blazer, a white shirt and black pants. Her blazer has long sleeves and pure "
            "color patterns. The pants are of long length."
        ),
        wearing("a black suit with a white shirt"),
        color_of("pants", "black"),
        color_of("shirt", "black", failure="other_garment_color", kind="open"),
        describe("pants", "black slim fit trousers with a crease, part of a suit with the blazer"),
        details(
            "pants",
            "the pants have a black belt with a silver buckle and slanted side pockets",
            failure="unsupported",
        ),
        BQ.garment_type("blazer", failure="contradiction"),
        title="Allen Solly Woman Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: navy A-line knee-length skirt with white polka dots, yellow short-sleeve top tucked in, white backdrop.
    # Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-041",
        caption(
            "a woman in a yellow top and a navy blue polka dot skirt. Her top has short sleeves, cotton fabric and "
            "pure color patterns. The skirt is of medium length."
        ),
        wearing("a yellow top and a blue skirt with white polka dots"),
        color_of("skirt", "yellow", failure="contradiction"),
        color_of("top", "yes", failure="non_answer", kind="open"),
        BQ.pattern("polka dot"),
        details(
            "skirt",
            "white polka dots white polka dots white polka dots white polka dots white polka dots white polka dots "
            "white polka dots white polka",
            failure="loop",
            hit_limit=True,
        ),
        describe("skirt", "a navy a-line skirt with white dots that ends at the knee"),
        title="Tokyo Talkies Women Navy Blue Polka Dot Print A-Line Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige linen shorts with front pleats and the tan belt with a gold buckle they are sold with, white
    # sleeveless blouse, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-042",
        caption(
            "a woman in a white sleeveless blouse and beige shorts with a belt. Her blouse has no sleeves, cotton "
            "fabric and pure color patterns. Her shorts are of short length."
        ),
        wearing("a white top and beige shorts with a brown belt"),
        color_of("shorts", "white", failure="other_garment_color", kind="open"),
        material("linen"),
        details("shorts", "a tan belt with a gold buckle at the waist and pleats in front"),
        BQ.color("beige"),
        describe("shorts", "he has beige shorts with a belt", failure="pronoun"),
        is_a("skirt", "yes", failure="contradiction"),
        title="Mango Women Beige Linen Shorts with Belt",
        category="Shorts",
        color="Beige",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans, orange ribbed short-sleeve top, a thin gold bracelet on her right wrist, white
    # backdrop. The feed row has no article_type. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-043",
        caption(
            "a woman in an orange top and blue jeans. Her top has short sleeves, cotton fabric and pure color "
            "patterns. The pants are of long length. There is an accessory on her wrist."
        ),
        wearing("an orange top and blue skinny jeans"),
        color_of("jeans", "orange", failure="other_garment_color", kind="open"),
        BQ.garment_type("jeans"),
        BQ.pattern("solid"),
        describe(
            "jeans",
            "The jeans are of long length. The jeans are with denim fabric and pure color patterns. The lady wears "
            "a short-sleeve T-shirt with pure color patterns. The T",
            failure="cut",
            hit_limit=True,
        ),
        material("Answer: denim", failure="leak"),
        title="Levis Women Blue 710 Super Skinny Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: teal tapered ankle-length trousers with a front zip, white short-sleeve top with a small black abstract
    # print, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-044",
        caption(
            "a woman wearing a white printed top and blue pants. Her top has short sleeves, chiffon fabric and "
            "graphic patterns. The pants are of long length."
        ),
        wearing("a white top with a black print and teal trousers"),
        color_of("trousers", "teal"),
        details("trousers", "tapered legs that end at the ankle with a zip at the front"),
        describe("trousers", "Question: Describe the trousers. Answer: teal trousers", failure="leak"),
        BQ.pattern("printed", failure="contradiction"),
        is_a("pair of jeans", "yes", failure="contradiction"),
        title="AND Women Teal Solid Tapered Trousers",
        category="Trousers",
        color="Teal",
        gender="Women",
    ),
    # photo: red knee-length crepe pencil skirt, no front zip, black short-sleeve top tucked in, black heels, front
    # view, white backdrop. Adapter epoch 2 (caption, open), reference (closed).
    case(
        "X911-045",
        caption(
            "a woman in a black top and a red pencil skirt. Her top has short sleeves, cotton fabric and pure color "
            "patterns. The skirt is of medium length."
        ),
        wearing(
            "she is wearing a black top and a red skirt and he is also wearing black heels",
            failure="pronoun",
            who="she",
        ),
        color_of("skirt", "red"),
        describe("skirt", "a red fitted pencil skirt that reaches the knee"),
        color_of("top", "red", failure="other_garment_color", kind="open"),
        details("skirt", "a gold zip running down the front of the skirt", failure="unsupported"),
        material("polyester", failure="unsupported"),
        is_a("skirt", "yes"),
        title="Vero Moda Women Red Solid Pencil Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: peach shorts, white short-sleeve top, a straw hat on her head, no sunglasses, white backdrop. Adapter
    # epoch 2 (caption, open), reference (closed).
    case(
        "X911-046",
        caption(
            "a woman in a white top and peach shorts wearing a straw hat. Her top has short sleeves, cotton fabric "
            "and pure color patterns. Her shorts are of short length. The lady wears a hat."
        ),
        wearing("a white top, peach shorts, a straw hat and sunglasses", failure="unsupported"),
        color_of("shorts", "peach"),
        BQ.color("white", failure="contradiction"),
        details("shorts", "shorts", failure="non_answer"),
        describe("shorts", "peach shorts with a high waist and a straw hat on her head"),
        title="ONLY Women Peach Solid Regular Shorts",
        category="Shorts",
        color="Peach",
        gender="Women",
    ),
]
