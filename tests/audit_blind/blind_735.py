"""BLIND_735 (46 products; older Myntra feed, men's and women's bottoms and jeans, caption adapter epoch 3): written
blind in the fifty-fifth session. Measured blind at 28a922c (the session's first rules): 96/115 failures found (83.5%)
and 2/162 correct texts flagged (1.2%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, with short product names ("Spykar Men Blue Jeans"):
jeans, trousers, shorts, track pants, capris, leggings and skirts for men and women. Catalog photos on a white
backdrop, the model wearing the bottom with a top (t-shirt, shirt, sweater, jacket, kurta), most of them full-length
front views, a few cropped from the waist down and one back view. A few rows lack a column (color, category or
gender), as old feeds do.

Who wrote what: the caption and every open answer come from BLIP-2 OPT-2.7b with the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for captions and 30 for answers. Its habits:
the DeepFashion-MultiModal template ("This man wears a short-sleeve T-shirt with pure color patterns. The trousers
are of long length. The trousers are with denim fabric and ..."), no hue names in captions, the wrong "man"/"lady"
now and then, accessories invented ("There is an accessory on his wrist"), the template pouring into answers, no
end token, so texts that do not stop by luck run on to the limit, cut or looping. Short answers still come out when
the base model's answer ends with a newline. Closed answers (color, garment type, pattern, length, "Is this a
...?") come from enrich's --engine reference, one candidate picked by the same model; they never loop or stop short,
but they often pick the top's color or pattern.

Labeling conventions and judgement calls:
- One label per text. Where a text has two failures, the label is the one about content (a wrong color, a wrong
  garment, an invented detail) over the one about form (cut, loop); hit_limit is still set when it ran to the limit.
- other_garment_color is used only for open answers that give the product the top's (or kurta's, jacket's) color;
  a closed answer that picks the other garment's color or pattern is labeled contradiction.
- A color of the same group as the seller's is correct (khaki -> "beige", olive -> "green", maroon -> "red",
  dark rinse -> "dark blue"); navy trousers answered "black" are a contradiction.
- A kurta read as a "dress" and a hoodie read as a "sweater" are taken as correct: the template has no other word.
- Captions that describe the top's pattern correctly are correct; a caption that gives the bottom the top's
  pattern (striped jeans, floral jeans) or calls wide-leg trousers a skirt is a contradiction.
- Materials: "denim" for jeans, "cotton" for chinos, trousers or kurtas, "polyester" for sports shorts and track
  pants, "corduroy" where it shows, are correct; a named blend, linen, chiffon or wool that the photo cannot show is
  unsupported, and so is "cotton" for sports shorts that are plainly synthetic; the jacket's leather, or denim for
  formal trousers or chinos, is a contradiction.
- Details not visible in the view (a back pocket in a front view, a drawstring under an untucked t-shirt, a button
  fly from behind, a wrist accessory on a bare wrist, a hood called a hat) are unsupported.
- Template text given to a question ("The pants are of three-quarter length." over and over) is a loop when it
  repeats, a cut when it drifts on and stops mid-phrase at the limit.
- "the shorts are short", "the leggings are the leggings" and "yes" to an open question are non_answer; an answer
  that turns the question's own words back ("The jeans details are the details of the jeans") is restated.
- A "Question: ... Answer:" fragment in a text is a leak, even where it then repeats.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

gtype = BLIND_QUESTIONS.garment_type
colr = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
mat = BLIND_QUESTIONS.material
length = question("length", "What is the length of the garment?", "closed")

BLIND_735 = [
    # photo: mid-blue faded slim jeans, white crew-neck t-shirt untucked, white sneakers, bare wrists, white backdrop,
    # full-length front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-001",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it"
            " has a round neckline. The trousers are of long length. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        colr("blue"),
        is_a("pair of jeans", "yes"),
        title="Spykar Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: dark indigo skinny jeans, red sleeveless top, black heels, white backdrop, full-body front view.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The pants are with denim"
            " fabric and pure color patterns."
        ),
        wearing("skinny jeans and a red tank top", who="she"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        describe("jeans", "dark blue skinny jeans with front pockets and a button at the waist"),
        pattern("solid"),
        gtype("jeans"),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: skinny fit. Question: What are the jeans details? Answer:"
            " skinny fit. Question:",
            "leak",
            hit_limit=True,
        ),
        title="Jealous 21 Women Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black formal flat-front trousers, light blue formal shirt tucked in, black belt, black shoes, white
    # backdrop, full-length front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-003",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The trousers are of long length. The trousers are with cotton fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and black pants", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are of long length. The pants are"
            " with cotton fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        colr("black"),
        mat("denim", "contradiction"),
        title="Peter England Men Black Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: beige tapered ankle-length trousers, white blouse tucked in, nude heels, white backdrop, full-length
    # front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-004",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with cotton"
            " fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("she is wearing a white blouse and beige pants", who="she"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        gtype("trousers"),
        length("ankle length"),
        describe(
            "pants",
            "The pants are beige with a belt loop and a belt loop and a belt loop and a belt loop and a belt loop and"
            " a belt loop",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: navy polyester sports shorts with a small white Nike swoosh on the left leg, plain grey t-shirt, white
    # backdrop, cropped from the chest to the knees. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X735-005",
        caption(
            "His shorts has three-point length. The shorts are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("navy blue shorts with a white nike logo and a grey t-shirt", who="he"),
        color_of("shorts", "navy blue", kind="open"),
        details("shorts", "the shorts are short", "non_answer"),
        pattern("solid"),
        is_a("pair of shorts", "yes"),
        title="Nike Men Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light-wash bootcut jeans with whiskering on the thighs, white t-shirt with a black graphic print, white
    # backdrop, full-body front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-006",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has"
            " a round neckline. The pants the lady wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white graphic t-shirt and light blue jeans", who="she"),
        color_of("jeans", "light blue", kind="open"),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: The pants are with denim fabric and pure color patterns.",
            "leak",
        ),
        pattern("graphic", "contradiction"),
        gtype("jeans"),
        title="Levis Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black track pants with two white side stripes and a small white Puma cat on the thigh, elastic cuffs,
    # white t-shirt worn untucked over the waistband, white backdrop, full-length front view. Caption and open
    # answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-007",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. His pants are with"
            " striped patterns."
        ),
        wearing("black track pants and a white t-shirt", who="he"),
        color_of("pants", "black with white stripes", kind="open"),
        describe(
            "pants", "The pants are black with white stripes on the sides and a drawstring at the waist", "unsupported"
        ),
        mat("polyester"),
        colr("black"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: navy knee-length A-line skirt with a small white floral print, white short-sleeve shirt tucked in, bare
    # wrists and hands, white backdrop, full-body front view. Caption and open answers: caption adapter epoch 3;
    # closed: reference engine.
    case(
        "X735-008",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a skirt of medium length. The skirt has"
            " floral patterns."
        ),
        wearing("a white shirt and a white skirt", "other_garment_color", who="she"),
        color_of("skirt", "navy blue with white flowers", kind="open"),
        pattern("floral"),
        gtype("skirt"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "There is an accessory on her wrist. There is a ring on her finger. There is an accessory on her wrist."
            " There is a ring on her",
            "loop",
            hit_limit=True,
        ),
        title="Mango Women Printed Navy Blue Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mid-blue straight jeans, black pique polo t-shirt tucked in, brown leather belt, tan boots, white
    # backdrop, full-length front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-009",
        caption(
            "This man wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton fabric"
            " and its neckline is lapel. His trousers are of long length. The trousers are with denim fabric and pure"
            " color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a black polo shirt, blue jeans and a brown belt", who="he"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "straight leg with a brown leather belt and belt loops"),
        colr("blue"),
        mat("denim"),
        title="Wrangler Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: light-blue denim shorts with frayed hems, white-and-navy striped t-shirt tucked in, white backdrop,
    # cropped from the shoulders to the knees. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X735-010",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. Her shorts"
            " has three-point length. The shorts are with denim fabric and pure color patterns."
        ),
        wearing("a striped shirt and denim shorts", who="she"),
        color_of("shorts", "navy blue and white stripes", "other_garment_color", kind="open"),
        pattern("striped", "contradiction"),
        details("shorts", "frayed hem"),
        describe(
            "shorts",
            "The shorts are of three-point length. The shorts are of three-point length. The shorts are of three-point"
            " length. The shorts are",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal-grey formal trousers with a pressed crease, white formal shirt tucked in, black belt, black
    # shoes, white backdrop, cropped from the chest down. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X735-011",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The trousers"
            " are of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("white shirt and grey trousers", who="he"),
        color_of("trousers", "grey", kind="open"),
        describe("trousers", "the trousers are white and have a crease down the front", "other_garment_color"),
        mat("wool blend", "unsupported"),
        gtype("trousers"),
        title="Arrow Men Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon ankle-length leggings under a long plain white cotton kurta that ends at the knees, no jewellery,
    # white backdrop, full-body front view. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X735-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. She wears a"
            " long leggings. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a white dress and red leggings", who="she"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        gtype("kurta", "contradiction"),
        is_a("pair of leggings", "yes"),
        length("ankle length"),
        title="Go Colors Women Maroon Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: grey melange knit shorts with a white drawstring and side pockets, navy t-shirt tucked up above the
    # waistband, white backdrop, cropped from the chest to the knees. Caption and open answers: caption adapter
    # epoch 3; closed: reference engine.
    case(
        "X735-013",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a shorts. The shorts are with knitting"
            " fabric and pure color patterns."
        ),
        wearing("he is wearing a navy blue t shirt and navy blue shorts", "other_garment_color", who="he"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "drawstring waist and side pockets"),
        pattern("solid"),
        title="Proline Men Grey Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black skinny jeans, grey crew-neck sweater, white sneakers, white backdrop, full-body front view.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-014",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The"
            " pants are of long length. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a grey sweater and black jeans", who="she"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "The jeans details are the details of the jeans.", "restated"),
        colr("black"),
        mat("denim"),
        title="Vero Moda Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: dark rinse slim jeans, red-and-black checked flannel shirt worn untucked over the fly, white backdrop,
    # full-length front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-015",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. His trousers are of long length. The trousers are with denim fabric and pure color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a red plaid shirt and dark blue jeans", who="he"),
        color_of("jeans", "red and black", "other_garment_color", kind="open"),
        pattern("checked", "contradiction"),
        is_a("pair of jeans", "yes"),
        details("jeans", "dark wash with contrast stitching and a button fly", "unsupported"),
        title="Lee Men Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy track pants with three white stripes down each leg, small white adidas logo, zip pockets, red
    # t-shirt, white backdrop, full-length front view. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X735-016",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The"
            " pants are of long length. The pants are with cotton fabric and striped patterns."
        ),
        wearing("red", "non_answer", who="he"),
        color_of("track pants", "navy blue with three white stripes", kind="open"),
        describe("track pants", "The track pants are red with white stripes", "other_garment_color"),
        gtype("track pants"),
        mat(
            "cotton. Question: What material is the garment made of? Answer: cotton. Question: What material is the"
            " garment made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Adidas Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive cotton capris ending mid-calf with a drawstring tie, white sleeveless top, white backdrop,
    # full-body front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. Her pants are of three-quarter length. The"
            " pants are with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing olive green capri pants and a white tank top", who="she"),
        color_of("pants", "green", kind="open"),
        details(
            "pants",
            "The pants are of three-quarter length. The pants are of three-quarter length. The pants are of"
            " three-quarter length. The pants",
            "loop",
            hit_limit=True,
        ),
        length("full length", "contradiction"),
        gtype("capris"),
        title="W Women Olive Capris",
        category="Capris",
        color="Olive",
        gender="Women",
    ),
    # photo: mid-blue slim jeans, heavily faded, ripped at both knees, white short-sleeve henley, white sneakers,
    # white backdrop, full-length front view. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X735-018",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. His"
            " trousers are of long length. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a white shirt and ripped jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details(
            "jeans",
            "ripped knees and whiskering. The trousers are with denim fabric and pure color patterns. The trousers are"
            " with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        describe(
            "jeans",
            "The jeans are light blue with rips on both knees, fading on the thighs and a slim fit that tapers to the"
            " ankle, worn with a white henley and white sneakers on a",
            "cut",
            hit_limit=True,
        ),
        colr("blue"),
        title="Flying Machine Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black wide-leg high-waisted trousers, cream knit sweater tucked in, white backdrop, full-body front
    # view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-019",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. She"
            " wears a long skirt. The skirt is with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a white sweater and black pants", who="she"),
        color_of("pants", "black", kind="open"),
        gtype("trousers"),
        describe("pants", "The pants are black and wide leg, with a high waist"),
        mat("chiffon", "unsupported"),
        title="Mango Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: khaki knee-length chino shorts with belt loops, light-blue checked short-sleeve shirt untucked, white
    # backdrop, full-length front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-020",
        caption(
            "This man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. His shorts has medium short length. The shorts are with cotton fabric and pure color"
            " patterns."
        ),
        wearing("a blue checkered shirt and khaki shorts", who="he"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. This man wears a short-sleeve shirt with"
            " lattice patterns. The shirt is with cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        colr("khaki"),
        pattern("checked", "contradiction"),
        title="Basics Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: mid-blue high-waisted mom jeans cropped at the ankle, yellow short-sleeve crop top, white sneakers,
    # white backdrop, full-body front view. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X735-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it"
            " has a round neckline. The pants the lady wears is of long length. The pants are with denim fabric and"
            " pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow top and blue jeans", who="she"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        describe("jeans", "The jeans are high waisted and cropped at the ankle"),
        gtype("jeans"),
        details("jeans", "his jeans are blue with a high waist", "pronoun"),
        title="ONLY Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: olive slim chinos with side pockets and belt loops, plain white t-shirt tucked in, brown loafers, white
    # backdrop, full-length front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-022",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The trousers are with"
            " denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a white t shirt and green pants", who="he"),
        color_of("pants", "olive green", kind="open"),
        details("pants", "slim fit with side pockets and belt loops"),
        colr("white", "contradiction"),
        mat("cotton"),
        title="Basics Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange joggers with ribbed ankle cuffs, black pullover hoodie, male model, white backdrop,
    # full-length front view; the feed row has no gender. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X735-023",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. His"
            " pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black hoodie and grey sweatpants", who="he"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe("pants", "The pants are grey joggers with elastic cuffs at the ankles"),
        is_a("pair of track pants", "yes"),
        gtype("sweatshirt", "contradiction"),
        title="Nike Grey Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # photo: red pleated mini skirt, black long-sleeve turtleneck top, black ankle boots, bare wrists, white
    # backdrop, full-body front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-024",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. Her skirt has short length. The skirt is"
            " with chiffon fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a black sweater and a red skirt", who="she"),
        color_of("skirt", "red", kind="open"),
        details("skirt", "pleated"),
        pattern("solid"),
        describe("skirt", "The skirt is black and pleated, with a short length", "other_garment_color"),
        title="Vero Moda Women Red Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: grey washed slim jeans, navy-and-white striped polo t-shirt, white backdrop, full-length front view.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-025",
        caption(
            "This man wears a short-sleeve polo shirt with striped patterns. His trousers are of long length. The"
            " trousers are with denim fabric and striped patterns.",
            "contradiction",
        ),
        wearing("a navy striped polo shirt and grey jeans", who="he"),
        color_of("jeans", "grey", kind="open"),
        pattern("solid"),
        details("jeans", "yes", "non_answer"),
        mat("denim"),
        title="Locomotive Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: navy formal straight trousers with a front crease, pink formal shirt tucked in, black belt, white
    # backdrop, full-body front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-026",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The pants are of long length. The pants are with cotton fabric and pure color"
            " patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a pink shirt and navy blue pants", who="she"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        colr("navy blue"),
        describe("pants", "The pants are navy blue with a black belt and a crease down the front"),
        length("full length"),
        title="Arrow Woman Navy Blue Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sports shorts with a small white Puma logo on the left leg, white sleeveless vest, white
    # backdrop, front view from the chest to the shins. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X735-027",
        caption(
            "This man wears a sleeveless tank top with pure color patterns. His shorts has three-point length. The"
            " shorts are with pure color patterns."
        ),
        wearing("Question: What is he wearing? Answer: a white tank top and black shorts", "leak", who="he"),
        color_of("shorts", "black", kind="open"),
        details(
            "shorts",
            "black shorts with a white logo on the left leg and a zip pocket at the back",
            "unsupported",
        ),
        is_a("pair of shorts", "yes"),
        title="Puma Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: medium-blue flared jeans, white long-sleeve peasant blouse with white floral embroidery, brown sandals,
    # white backdrop, full-body front view. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X735-028",
        caption(
            "The lady wears a long-sleeve blouse with floral patterns. The blouse is with chiffon fabric. The pants the"
            " lady wears is of long length. The pants are with denim fabric and floral patterns.",
            "contradiction",
        ),
        wearing("a white blouse and blue flared jeans", who="she"),
        color_of("jeans", "blue", kind="open"),
        describe("jeans", "The jeans are blue with flared legs"),
        pattern("floral", "contradiction"),
        gtype("jeans"),
        title="Kraus Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: khaki flat-front trousers, navy v-neck sweater over a white shirt collar, white backdrop, full-length
    # front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-029",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and its"
            " neckline is V-shape. The trousers are of long length. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        wearing("He is wearing a blue sweater and khaki pants.", who="he"),
        color_of("pants", "beige", kind="open"),
        details(
            "pants",
            "The trousers are of long length. The trousers are with cotton fabric and pure color patterns. The trousers"
            " are of long length. The trousers are with cotton",
            "loop",
            hit_limit=True,
        ),
        colr("navy blue", "contradiction"),
        mat("linen", "unsupported"),
        title="Scullers Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: black jeans slightly faded at the thighs, white shirt with thin blue stripes, sleeves rolled up, white
    # backdrop, full-length front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-030",
        caption(
            "This man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. His trousers are of long length. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a striped shirt and black jeans", who="he"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "The jeans details are black jeans with details", "restated"),
        colr("black"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Spykar Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: pink track pants with white piping down the sides and elastic cuffs, plain white t-shirt, white
    # backdrop, full-body front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The"
            " pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white t-shirt and pink track pants", who="she"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        describe("track pants", "The track pants are pink with white piping down the sides and elastic cuffs"),
        gtype("leggings", "contradiction"),
        mat(
            "cotton. The pants are with cotton fabric and pure color patterns. The lady wears a short-sleeve T-shirt"
            " with pure color patterns. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        title="Puma Women Pink Track Pants",
        category="Track Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-blue tapered jeans with turn-ups, olive bomber jacket open over a grey t-shirt, white backdrop,
    # full-length front view; the feed row has no color. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X735-032",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. There is a"
            " T-shirt under his jacket. His trousers are of long length. The trousers are with denim fabric and pure"
            " color",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket, grey t-shirt and blue jeans", who="he"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        details("jeans", "rolled up cuffs"),
        gtype("jacket", "contradiction"),
        colr("blue"),
        title="Jack & Jones Men Blue Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: light grey skinny jeans tucked into black ankle boots, black leather jacket over a white tee, white
    # backdrop, full-body front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-033",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The pants"
            " the lady wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("she is wearing a black leather jacket, white shirt and grey jeans", who="she"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        describe("jeans", "The jeans are grey and skinny, with a zip at the ankle", "unsupported"),
        mat("leather", "contradiction"),
        pattern("solid"),
        title="Pepe Jeans Women Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: blue knee-length denim shorts, white t-shirt with a red graphic print, white backdrop, full-length front
    # view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-034",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has"
            " a round neckline. His shorts has medium short length. The shorts are with denim fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white graphic t-shirt and denim shorts", who="he"),
        color_of("shorts", "blue", kind="open"),
        details(
            "shorts",
            "The shorts are with denim fabric and pure color patterns. The shorts are with denim fabric and pure color"
            " patterns. The shorts are with denim fabric",
            "loop",
            hit_limit=True,
        ),
        pattern("graphic", "contradiction"),
        is_a("pair of shorts", "yes"),
        title="Wrangler Men Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: black ankle-length leggings under a knee-length mustard kurta with a small floral block print, white
    # backdrop, full-body front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-035",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. She wears a long"
            " leggings with pure color patterns."
        ),
        wearing("a yellow dress and black leggings", who="she"),
        color_of("leggings", "yellow", "other_garment_color", kind="open"),
        details("leggings", "The leggings are the leggings.", "non_answer"),
        gtype("leggings"),
        pattern("floral", "contradiction"),
        length("ankle length"),
        title="Go Colors Women Black Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: back view of mid-indigo regular-fit jeans showing both back pockets, a red tab and the leather patch,
    # grey marl sweatshirt, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X735-036",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. His"
            " trousers are of long length. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("grey sweatshirt and blue jeans", who="he"),
        details("jeans", "two back pockets with a red tab and a leather patch on the waistband"),
        color_of("jeans", "blue", kind="open"),
        describe("jeans", "The jeans are blue with a button fly and a zipper fly", "unsupported"),
        colr("grey", "contradiction"),
        title="Levis Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: white straight trousers, navy-and-white striped long-sleeve top, white backdrop, full-body front view.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-037",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The pants"
            " the lady wears is of long length. The pants are with cotton fabric and striped patterns.",
            "contradiction",
        ),
        wearing("a striped top and white pants", who="she"),
        color_of("pants", "white", kind="open"),
        pattern("solid"),
        describe("pants", "The pants are navy blue and white striped", "other_garment_color"),
        mat("linen blend", "unsupported"),
        is_a("pair of trousers", "yes"),
        title="Elle Women White Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: navy track pants with a thin white side stripe, bright yellow t-shirt worn untucked over the waistband,
    # white backdrop, full-length front view. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X735-038",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it"
            " has a round neckline. The pants are of long length. The pants are with cotton fabric and pure color"
            " patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow t-shirt and blue track pants", who="he"),
        color_of("track pants", "yellow", "other_garment_color", kind="open"),
        describe(
            "track pants",
            "The track pants are navy with a white stripe on the side and a drawstring waist with white cords",
            "unsupported",
        ),
        gtype("track pants"),
        title="Proline Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: dark blue bootcut jeans, white shirt knotted at the waist, white backdrop, full-body front view.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The pants the lady wears is of long length. The pants are with denim fabric and pure"
            " color patterns."
        ),
        wearing("yes", "non_answer", who="she"),
        color_of("jeans", "dark blue", kind="open"),
        details("jeans", "He is wearing bootcut jeans with a dark wash and a white shirt tied at the waist", "pronoun"),
        colr("blue"),
        title="Lee Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: navy flat-front formal trousers with plain hems, white formal shirt tucked in, navy tie, black shoes,
    # white backdrop, full-length front view. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X735-040",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. There is an accessory in his neck. The trousers are of long length. The trousers are"
            " with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt, a tie and navy pants", who="he"),
        color_of("trousers", "black", "contradiction", kind="open"),
        details("trousers", "pleated front with cuffed hems and side pockets", "unsupported"),
        mat("polyester viscose blend", "unsupported"),
        gtype("trousers"),
        title="Van Heusen Men Navy Blue Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black high-waisted tailored shorts with a thin black belt, white blouse with black polka dots tucked in,
    # white backdrop, front view from the shoulders to the knees. Caption and open answers: caption adapter epoch 3;
    # closed: reference engine.
    case(
        "X735-041",
        caption(
            "The lady wears a short-sleeve blouse with graphic patterns. Her shorts has three-point length. The shorts"
            " are with pure color patterns."
        ),
        wearing("a white blouse with black polka dots and black shorts", who="she"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        pattern("polka dots", "contradiction"),
        details(
            "shorts",
            "high waisted with a belt and pleats on the front, and the blouse is tucked in to the shorts with a bow at"
            " the neck and a",
            "cut",
            hit_limit=True,
        ),
        title="Forever 21 Women Black Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: light-blue slim jeans, navy pullover hoodie with the hood down, white backdrop, full-length front view.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-042",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. There is a hat on his head. His trousers"
            " are of long length. The trousers are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a blue hoodie and blue jeans", who="he"),
        color_of("jeans", "light blue", kind="open"),
        details(
            "jeans",
            "Answer: light wash. Answer: light wash. Answer: light wash. Answer: light wash. Answer: light wash."
            " Answer: light",
            "leak",
            hit_limit=True,
        ),
        colr("navy blue", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Numero Uno Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: blue denim capris ending just below the knee, orange sleeveless top, white backdrop, full-body front
    # view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The pants the lady wears is of"
            " three-quarter length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("an orange tank top and blue capris", who="she"),
        color_of("capris", "orange", "other_garment_color", kind="open"),
        describe("capris", "The capris are blue denim, ending just below the knee"),
        length("full length", "contradiction"),
        gtype("capris"),
        details("capris", "the capris have capri details", "restated"),
        title="Jealous 21 Women Blue Capris",
        category="Capris",
        color="Blue",
        gender="Women",
    ),
    # photo: red basketball shorts with white trim on the hems, plain grey t-shirt, white backdrop, front view from
    # the chest to the shins. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-044",
        caption(
            "His shorts has medium short length. The shorts are with cotton fabric and pure color patterns. His shorts"
            " has medium short length. The shorts are with cotton fabric and pure color patterns. His",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and red shorts", who="he"),
        color_of("shorts", "red with white trim", kind="open"),
        details("shorts", "mesh panels on the sides and a white trim on the hem", "unsupported"),
        mat("polyester"),
        colr("red"),
        title="Nike Men Red Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: white skinny jeans, light pink short-sleeve blouse, tan sandals, white backdrop, full-body front view;
    # the feed row has no category. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-045",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The pants the lady wears is of long length."
            " The pants are with denim fabric and pure color patterns."
        ),
        wearing("a pink shirt and white pants", who="she"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        details("jeans", "the details of the jeans", "restated"),
        colr("white"),
        mat("denim"),
        title="Jealous 21 Women White Jeans",
        color="White",
        gender="Women",
    ),
    # photo: brown corduroy straight trousers, cream cable-knit sweater, white backdrop, full-length front view.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X735-046",
        caption(
            "This man wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric. His"
            " trousers are of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a white sweater and brown pants", who="he"),
        color_of("trousers", "brown", kind="open"),
        describe(
            "trousers",
            "The trousers are brown corduroy with a straight leg and a button tab on the back pocket",
            "unsupported",
        ),
        mat("corduroy"),
        pattern("solid"),
        details("trousers", "she wears brown corduroy trousers with wide wales and a flat front", "pronoun"),
        title="Turtle Men Brown Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
]
