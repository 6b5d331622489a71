"""BLIND_963 (46 products; old Myntra feed bottoms, caption adapter ep. 3): written blind in the fifty-seventh session.
Measured blind at 5a92fc7 (the session's final rules): 110/131 failures found (84.0%) and 5/183 correct texts flagged
(2.7%). The writer's notes, verbatim:

Scenario: the older Myntra feed (short seller titles such as "Wrangler Men Blue Texas Jeans"), men's and women's
bottoms: jeans, trousers, chinos, shorts, skirts and track pants. Photos are of the shared set's kind: product shots on
a white or light grey backdrop, mostly worn by a model who also wears a top, shoes and sometimes a belt, jacket or
watch; a few are cropped at the waist and one is a flat lay with no person. Catalog columns: title, category (the
seller's article type), color (the seller's base colour), gender; a few rows lack gender or color, and kids' items
are filed under Men/Women as the old feed did.

Who wrote what: every caption and every open answer (wearing, describe, details, material, and the experiments'
"What is the color of the <garment>?" asked open) is free generation by BLIP-2 OPT-2.7b with the caption adapter at
epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for captions and 30 for answers. At
epoch 3 it has mostly forgotten question answering: it falls back on the DeepFashion template ("The pants are with
denim fabric and pure color patterns", "This person has a belt", "There is an accessory on her wrist"), calls the
wearer "this lady" by habit, puts the top's pattern or color on the bottoms, and, trained without an end token, runs
on into loops, cuts, or a new "Question: ... Answer:" turn. Hue words survive from the base model in short answers.
The closed questions (garment type, the default color question, pattern, "Is this a ...?") come from enrich's
`--engine reference`: one candidate value picked, never looping or cut, but sometimes the top's value.

Labeling conventions and judgement calls:
- The photo is the truth; the seller's columns are what a feed has (a Khaki row may be answered "beige", a Navy Blue
  row "dark blue", a washed Black row "dark grey faded denim", Charcoal "dark grey": all correct).
- One label per text. A loop is labelled loop even when it also invents a detail or is cut at the limit; a text with
  a wrong color, garment, pattern, material or pronoun before the cut is labelled by that error, not cut; cut is kept
  for texts whose words are right but stop mid-phrase at the limit.
- other_garment_color only for open texts that give the product (or, in "wearing", both garments) the color of
  another garment in the photo (top, jacket, jersey). A closed answer that picks the top's color, pattern or type is
  labelled contradiction, as is an open text that gives the bottoms the top's pattern ("floral", "lattice") or the
  wrong garment.
- A wrong material is contradiction when another text of the product or the photo plainly shows the right one
  (denim vs cotton, leather on denim); an invented detail that cannot be seen (back pockets on a front view, a
  liner, fabric blend, a watch or ring that is not there, distressing on clean jeans) is unsupported.
- Template side stripes: "stripe patterns" for track pants or shorts with contrast side stripes is taken as correct;
  "color block" for a contrast panel is correct; "lattice" for checks is correct (the DeepFashion word).
- "This man" for a boy, "this lady" for a girl are correct; he/she (or his/her) wrong for the model is pronoun.
- The one correct caption with hit_limit=True ran to 50 tokens but ends on a complete phrase; it is not cut.
- Yes/no, "none", an empty string, or "they are short" to an open question is non_answer; a sentence that only
  turns the question back ("the jeans details are the jeans details") is restated.
- Open color answers that name no hue but are right about the garment would be non_answer; none were kept here.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_963 = [
    # photo: man, full body, front, white backdrop: white crew-neck t-shirt untucked, mid-blue washed straight jeans
    #   (clean, no rips), brown boots, no belt visible. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-001",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The pants are with denim fabric and solid color patterns."
        ),
        wearing("He is wearing a white t-shirt and blue jeans.", who="he"),
        color_of("jeans", "The jeans are white with pure color patterns.", "other_garment_color", kind="open"),
        Q.color("blue"),
        details(
            "jeans",
            "The pants are of long length. The pants are of long length. The pants are of long length. The pants",
            "loop",
            hit_limit=True,
        ),
        describe(
            "jeans", "The jeans are blue with a slim fit and distressed knees and a brown leather belt.", "unsupported"
        ),
        Q.garment_type("jeans"),
        title="Wrangler Men Blue Texas Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, three-quarter view, white backdrop: grey-and-white horizontal striped tank top untucked over black
    #   skinny jeans, black heels, no belt. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-002",
        caption(
            "This lady is wearing a sleeveless tank top with stripe patterns and long pants. The tank top is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        wearing("She is wearing a striped tank top and black skinny jeans.", who="she"),
        color_of("jeans", "The jeans are grey and white striped.", "other_garment_color", kind="open"),
        Q.pattern("striped", "contradiction"),
        details(
            "jeans", "The jeans are with denim fabric and pure color patterns. This person has a belt.", "unsupported"
        ),
        Q.material("The fabric is denim."),
        Q.color("black"),
        title="Flying Machine Women Lowrise Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man, front, white backdrop: navy blue polo t-shirt untucked, khaki cotton chinos with slant pockets,
    #   white sneakers. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-003",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns and long trousers. The trousers "
            "are with cotton fabric and pure color patterns. The polo shirt is with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a blue polo shirt and khaki pants.", who="he"),
        color_of("trousers", "The trousers are navy blue.", "other_garment_color", kind="open"),
        Q.color("khaki"),
        describe("trousers", "The trousers are beige cotton chinos of long length with slant pockets."),
        details("trousers", "The trousers have a drawstring waist and zip pockets on the back.", "unsupported"),
        Q.garment_type("trousers"),
        title="Highlander Men Classic Chinos Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: young woman, front, white backdrop: pink t-shirt with a white cartoon print, ice-wash light blue denim
    #   hot shorts with frayed hems, white canvas shoes. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-004",
        caption(
            "This lady is wearing a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric. The shorts are with denim fabric and pure color patterns."
        ),
        wearing("She is wearing a pink t-shirt and denim shorts.", who="she"),
        color_of("shorts", "light blue denim", kind="open"),
        details("shorts", "They are short.", "non_answer"),
        Q.pattern("solid"),
        is_a("skirt", "no"),
        title="Doodle Girl Hot Ice Wash Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front, white backdrop: black polyester track pants with three white side stripes, white t-shirt
    #   with a black chest logo, black sneakers. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-005",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton "
            "fabric and it has a round neckline. The pants are with cotton fabric and stripe patterns."
        ),
        wearing("She is wearing a white t-shirt and black track pants.", "pronoun", who="he"),
        color_of("track pants", "black with white stripes on the side", kind="open"),
        Q.color("black"),
        Q.material("The pants are with cotton fabric and have a zip pocket at the back.", "unsupported"),
        Q.garment_type("track pants"),
        details(
            "track pants",
            "The pants are with cotton fabric and stripe patterns. The pants are with cotton fabric and stripe "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        title="ADIDAS Men Solid Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: girl, front, white backdrop: white short-sleeve top with a small floral print, plain pink knee-length
    #   flared cotton skirt, white sandals. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-006",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a medium-short skirt. The skirt is with "
            "cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a white shirt and a pink skirt.", who="she"),
        color_of("skirt", "The skirt is pink with floral patterns.", "contradiction", kind="open"),
        Q.color("pink"),
        Q.pattern("solid"),
        details("skirt", "The skirt has a lace trim at the hem and a bow on the waist.", "unsupported"),
        title="Palm Tree Kids Girls Solid Pink Skirts",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man, front, hand in pocket, white backdrop: grey marl long-sleeve henley, black slim jeans, black shoes,
    #   steel watch on the left wrist. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-007",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns and long pants. The pants are with denim "
            "fabric and pure color patterns. There is an accessory on his wrist."
        ),
        wearing("He is wearing a grey sweater and grey jeans.", "other_garment_color", who="he"),
        color_of("jeans", "black", kind="open"),
        Q.color("black"),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: The jeans are with denim fabric and pure color patterns. "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        Q.material("The jeans are with stretch cotton and elastane fabric for comfort.", "unsupported"),
        describe("jeans", "She is wearing black jeans with a slim fit.", "pronoun"),
        title="Lee Men Black Chicago Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front, light grey backdrop: cream sleeveless chiffon blouse tucked into black straight trousers,
    #   nude heels. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-008",
        caption(
            "This woman is wearing a sleeveless blouse with pure color patterns and long trousers. The blouse is with "
            "chiffon fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a white blouse and black pants.", who="she"),
        color_of("trousers", "The trousers are black and white.", "other_garment_color", kind="open"),
        Q.color("black"),
        describe("trousers", "The trousers are the trousers that the woman is wearing.", "restated"),
        Q.garment_type("trousers"),
        title="Vero Moda Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man, front, white backdrop: white polo t-shirt tucked in, navy-and-white checked knee-length cotton
    #   shorts, brown belt, no pockets with zips. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-009",
        caption(
            "This man wears a short-sleeve polo shirt with pure color patterns and medium-short pants. The shorts are "
            "with cotton fabric and lattice patterns. This person has a belt."
        ),
        wearing("He is wearing a white polo shirt and checkered shorts.", who="he"),
        color_of("shorts", "navy blue and white checks", kind="open"),
        Q.pattern("checked"),
        Q.color("navy blue"),
        details(
            "shorts",
            "The shorts are with cotton fabric and lattice patterns. The shorts are with cotton fabric and lattice "
            "patterns. The shorts",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shorts",
            "The shorts are navy blue and white checked with a belt and a zip pocket on the side.",
            "unsupported",
        ),
        is_a("pair of shorts", "yes"),
        title="Status Quo Men Check Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front, white backdrop: black leather-look biker jacket open over a white tee, light-wash blue
    #   skinny jeans with whiskering at the thighs, black ankle boots. Caption/open: adapter ep3; closed: reference.
    case(
        "X963-010",
        caption(
            "This lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "The pants are of long length. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a black jacket, a white t-shirt and blue jeans.", who="she"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.garment_type("jacket", "contradiction"),
        details("jeans", "The jeans have a faded wash with whiskers at the thighs."),
        Q.material("The fabric is denim."),
        title="Spykar Women Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front, white backdrop: light blue formal shirt tucked into charcoal grey flat-front formal trousers
    #   with a pressed crease and plain hems, black belt, black shoes. Caption/open: adapter ep3; closed: reference.
    case(
        "X963-011",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are of long length with pure color patterns. This person "
            "has a belt."
        ),
        wearing("He is wearing a blue shirt and grey pants.", who="he"),
        color_of("trousers", "The trousers are light blue.", "other_garment_color", kind="open"),
        Q.color("charcoal"),
        Q.material("The trousers are with denim fabric and pure color patterns.", "contradiction"),
        details("trousers", "The trousers have a flat front, belt loops and a crease down the leg."),
        describe("trousers", "The trousers are charcoal formal trousers with pleats and turn-up hems.", "unsupported"),
        title="Arrow Men Wooltouch Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman, front, white backdrop: fuchsia pink racerback tank top, grey melange jogger track pants with a
    #   white drawstring and cuffed ankles, pink sneakers. Caption/open: caption adapter ep3; closed: reference.
    case(
        "X963-012",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns and long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a pink tank top and grey sweatpants.", "pronoun", who="she"),
        color_of("track pants", "grey", kind="open"),
        Q.color("grey"),
        details("track pants", "The pants have an elastic waistband with a drawstring and cuffs at the ankles."),
        Q.garment_type("leggings", "contradiction"),
        describe(
            "track pants",
            "The track pants are grey jogger style with a white drawstring at the waist and cuffs at the ankles and "
            "two side pockets and a",
            "cut",
            hit_limit=True,
        ),
        title="Nike Women Regular Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: waist-down crop, white backdrop: dark indigo slim jeans with plain hems, tan leather belt, the hem of a
    #   red checked shirt tucked in at the top, brown loafers; no hands in frame. Caption/open: ep3; closed: reference.
    case(
        "X963-013",
        caption(
            "The pants are of long length. The pants are with denim fabric and pure color patterns. This person has "
            "a belt."
        ),
        wearing("He is wearing a red checked shirt and dark blue jeans with a brown belt.", who="he"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. There is an accessory on his wrist. The jeans "
            "are with denim fabric",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        describe(
            "jeans", "The jeans are dark blue slim fit jeans with a button fly and red selvedge cuffs.", "unsupported"
        ),
        title="Levis Men Slim Fit Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: girl, front, white backdrop: yellow sleeveless top, blue denim mini skirt with a white canvas belt,
    #   white sneakers. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-014",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns and a short skirt. The skirt is with "
            "denim fabric and pure color patterns. This person has a belt."
        ),
        wearing("She is wearing a yellow tank top and a denim skirt.", who="she"),
        color_of("skirt", "The skirt is yellow.", "other_garment_color", kind="open"),
        Q.garment_type("shorts", "contradiction"),
        is_a("skirt", "yes"),
        details("skirt", "yes", "non_answer"),
        title="Doodle Girl Denim skirt with belt Blue Skirts",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front view only, white backdrop: white linen shirt with rolled sleeves, untucked, olive green cotton
    #   chinos, tan shoes. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-015",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a white shirt and green pants.", who="he"),
        color_of("trousers", "olive green", kind="open"),
        Q.color("brown", "contradiction"),
        describe(
            "trousers",
            "The trousers are olive green with a slim fit, two back pockets with buttons and a leather patch on the "
            "waistband.",
            "unsupported",
        ),
        Q.pattern("solid"),
        Q.material(
            "The trousers are with cotton fabric and pure color patterns. The shirt is with cotton fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        title="Basics Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, front, white backdrop: coral floral-print peasant top, plain mid-blue bootcut jeans, tan wedges.
    #   The feed row has no color. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-016",
        caption(
            "This lady is wearing a short-sleeve blouse with floral patterns and long pants. The blouse is with "
            "chiffon fabric. The pants are with denim fabric and floral patterns.",
            "contradiction",
        ),
        wearing("She is wearing a floral top and blue jeans.", who="she"),
        color_of("jeans", "The jeans are blue with a bootcut.", kind="open"),
        Q.color("blue"),
        details("jeans", "the jeans details are the jeans details", "restated"),
        is_a("pair of jeans", "yes"),
        Q.material(
            "denim Question: What is the color of the jeans? Answer: blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Wrangler Women Blue Custom Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: man, front, white backdrop: navy blue t-shirt with a white surf graphic, grey cotton cargo shorts with
    #   flap side pockets, brown flip-flops. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-017",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and medium-short pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a blue t-shirt and grey cargo shorts.", who="he"),
        color_of("shorts", "The shorts are grey with pockets on the side.", kind="open"),
        Q.color("navy blue", "contradiction"),
        details("shorts", "The shorts have cargo pockets on the sides with flaps."),
        Q.material(
            "The shorts are with denim fabric and pure color patterns. The shorts are with denim fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        title="Quiksilver Men Grey Ashland Cargo Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, front, white backdrop: black fitted long-sleeve top, cream high-waisted wide-leg trousers with a
    #   pleated front and side zip, black heels, no jewellery. Caption/open: caption adapter ep3; closed: reference.
    case(
        "X963-018",
        caption(
            "This woman wears a long-sleeve T-shirt with pure color patterns and long trousers. The T-shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a black top and white pants.", who="she"),
        color_of("trousers", "The trousers are black.", "other_garment_color", kind="open"),
        Q.color("cream"),
        describe("trousers", "The trousers are wide-leg, high-waisted and flowing, in an off-white color."),
        details(
            "trousers",
            "The trousers have a side zip and a pleated front. There is an accessory on her wrist. The trousers have "
            "a side zip and",
            "loop",
            hit_limit=True,
        ),
        Q.material("no", "non_answer"),
        title="Mango Women Cream Trousers",
        category="Trousers",
        color="Cream",
        gender="Women",
    ),
    # photo: man, front, white backdrop: red logo t-shirt, navy track pants with red side piping and a small white
    #   cat logo on the left thigh, red sneakers, no hat. The feed row has no gender. Caption/open: ep3; closed: ref.
    case(
        "X963-019",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and long pants. The pants are with cotton "
            "fabric and pure color patterns. The T-shirt is with cotton fabric."
        ),
        wearing("The person is wearing a red t-shirt and red pants.", "other_garment_color"),
        color_of("track pants", "navy blue with red stripes", kind="open"),
        Q.color("red", "contradiction"),
        details("track pants", "The pants have red piping down the sides and a logo on the left thigh."),
        Q.garment_type("track pants"),
        Q.material("The pants are with cotton fabric and there is a hat on his head.", "unsupported"),
        describe("track pants", "Describe the track pants: the track pants are track pants.", "restated"),
        title="Puma Men Heroes Navy Blue Track Pant",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: woman, front, white backdrop: white short-sleeve lace top, washed black skinny jeans faded to charcoal at
    #   the thighs, silver bracelet on the right wrist. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-020",
        caption(
            "This lady is wearing a short-sleeve blouse with pure color patterns and long pants. The pants are with "
            "denim fabric and pure color patterns. There is an accessory on her wrist."
        ),
        wearing("She is wearing a white lace top and black jeans.", who="she"),
        color_of("jeans", "dark grey faded denim", kind="open"),
        Q.color("black"),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. Question: What is the color of the jeans? "
            "Answer: black Question",
            "leak",
            hit_limit=True,
        ),
        Q.material("The jeans are with cotton fabric and lace patterns.", "contradiction"),
        describe(
            "jeans",
            "The jeans are black black black black black black black black black black black black black black black "
            "black black black",
            "loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Washed Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man, front, white backdrop: black round-neck t-shirt with a large white skull graphic, light blue washed
    #   straight jeans faded at the thighs and knees, white sneakers. Caption/open: adapter ep3; closed: reference.
    case(
        "X963-021",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton "
            "fabric and it has a round neckline. The pants are with denim fabric and graphic patterns.",
            "contradiction",
        ),
        wearing("He is wearing a black t-shirt and blue jeans.", who="he"),
        color_of("jeans", "light blue", kind="open"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        details("jeans", "The jeans are faded on the thighs and knees with a light wash and a straight fit."),
        is_a("pair of jeans", "yes"),
        Q.material(
            "The jeans are with denim fabric and pure color patterns. The T-shirt is with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        title="Locomotive Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, side view, white backdrop: black sports bra under a white mesh tank, grey knit running shorts with
    #   a black waistband and a small white swoosh. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-022",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns and a short pants. The tank top is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a white tank top and grey shorts.", who="she"),
        color_of("shorts", "The shorts are grey with a black waistband.", kind="open"),
        describe("shorts", "The shorts are short.", "non_answer"),
        details("shorts", "The shorts have a zippered back pocket and a built-in mesh liner.", "unsupported"),
        Q.garment_type("shorts"),
        title="Nike Women Solid Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Women",
    ),
    # photo: man, front, light grey backdrop: white formal shirt tucked into plain black formal trousers, black belt,
    #   black shoes. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-023",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. This "
            "person",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a white shirt and black trousers.", who="he"),
        color_of("trousers", "The trousers are white.", "other_garment_color", kind="open"),
        Q.color("black"),
        details("trousers", "The trousers have a belt and a crease down the front."),
        Q.pattern("striped", "contradiction"),
        title="Genesis Men Black Solid Trouser",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front, white backdrop: purple t-shirt with a white print, black track pants with a pink waistband
    #   and pink side panels, black trainers. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-024",
        caption(
            "She wears a short-sleeve T-shirt with graphic patterns and long pants. The pants are with cotton fabric "
            "and color block patterns."
        ),
        wearing("She is wearing a purple t-shirt and black pants.", who="she"),
        color_of("track pants", "purple", "other_garment_color", kind="open"),
        Q.color("black"),
        details("track pants", "These are the details of the track pants.", "restated"),
        describe("track pants", "The track pants are black with a pink waistband and pink panels on the sides."),
        title="Puma Women TP Funky Workout Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man, front, grey backdrop: olive green shirt with rolled sleeves, untucked, plain black slim jeans (no
    #   chain, no rips), brown boots. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-025",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        wearing("She is wearing a green shirt and black jeans.", "pronoun", who="he"),
        color_of("jeans", "The jeans are green.", "other_garment_color", kind="open"),
        Q.color("black"),
        details("jeans", "The jeans are with denim fabric and pure color patterns."),
        Q.garment_type("jeans"),
        describe(
            "jeans", "The jeans are black with a skinny fit and silver chain hanging from the pocket.", "unsupported"
        ),
        title="Spykar Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: girl, front, white backdrop: white t-shirt with a red heart print, red tiered cotton skirt above the knee
    #   with a gathered elastic waist, red sandals. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a medium-short skirt. The T-shirt is "
            "with cotton fabric. The skirt is with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a white t-shirt and a red skirt.", who="she"),
        color_of("skirt", "red", kind="open"),
        Q.pattern("graphic", "contradiction"),
        details("skirt", "The skirt has three tiers with gathered seams and an elastic waist."),
        is_a("skirt", "no", "contradiction"),
        Q.material(
            "The skirt is with cotton fabric and pure color patterns. The T-shirt is with cotton fabric and it has",
            "cut",
            hit_limit=True,
        ),
        title="Gini and Jony Kids Girls Solid Red Skirts",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: man, front, white backdrop: black v-neck t-shirt tucked into beige cotton trousers, black belt, black
    #   shoes. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-027",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and long trousers. The T-shirt is with "
            "cotton fabric and it has a v-shape neckline. The trousers are with cotton fabric and pure color patterns",
            hit_limit=True,
        ),
        wearing("He is wearing a black t-shirt and beige pants.", who="he"),
        color_of("trousers", "The trousers are black.", "other_garment_color", kind="open"),
        Q.color("beige"),
        Q.material(
            "The trousers are with cotton fabric. The trousers are with cotton fabric. The trousers are with cotton "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        describe(
            "trousers",
            "Answer: The trousers are beige with pure color patterns. Question: Describe the trousers. Answer: The",
            "leak",
            hit_limit=True,
        ),
        title="Highlander Men Solid Beige Trouser",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman, front, white backdrop: mustard yellow knit sweater, mid-blue skinny jeans ripped at both knees,
    #   white sneakers. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-028",
        caption(
            "This lady is wearing a long-sleeve sweater with pure color patterns and long pants. The sweater is with "
            "knitting fabric. The pants are with denim fabric and pure color patterns."
        ),
        wearing("She is wearing a yellow sweater and ripped jeans.", who="she"),
        color_of("jeans", "The jeans are yellow.", "other_garment_color", kind="open"),
        Q.color("blue"),
        details("jeans", "The jeans are ripped at the knees and have a skinny fit."),
        describe("jeans", "He is wearing a pair of blue jeans with holes in the knees.", "pronoun"),
        Q.garment_type("sweater", "contradiction"),
        title="Jealous 21 Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front, white backdrop: white-and-red colour-block sleeveless vest, black knee-length jersey baggy
    #   shorts with a white logo, white socks, black trainers. Caption/open: caption adapter ep3; closed: reference.
    case(
        "X963-029",
        caption(
            "This man wears a sleeveless tank top with color block patterns and medium-short pants. The tank top is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a tank top and shorts.", who="he"),
        color_of("shorts", "black", kind="open"),
        Q.color("black"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The person wears socks. Question: What are "
            "the shorts details? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Puma Men Black Baggy Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front, white backdrop: pale pink formal shirt tucked into navy blue straight formal trousers,
    #   black belt, black pumps. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-030",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns and long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a pink shirt and blue pants.", who="she"),
        color_of("trousers", "dark blue", kind="open"),
        Q.color("pink", "contradiction"),
        details("trousers", "The trousers have a straight leg, a belt and a pressed crease."),
        describe(
            "trousers", "The trousers are navy blue formal pants with a straight fit. He wears black shoes.", "pronoun"
        ),
        title="Arrow Woman Navy Blue Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, front, white backdrop: grey hooded sweatshirt covering the waist, mid-blue straight jeans, grey
    #   sneakers. The feed row has no gender. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-031",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns and long pants. The pants are with "
            "denim fabric and pure color patterns. The sweatshirt is with cotton fabric."
        ),
        wearing("The person is wearing a grey hoodie and blue jeans."),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.color("blue"),
        details(
            "jeans",
            "The jeans have a zip fly, five pockets, copper rivets and a leather patch on the back with the brand "
            "logo embroidered",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        describe("jeans", "jeans", "non_answer"),
        title="Numero Uno Men Blue Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: woman, front, white backdrop: white broderie short-sleeve blouse, mid-blue denim shorts with rolled cuffs,
    #   brown belt, a straw hat held in her hand (not worn). Caption/open: caption adapter ep3; closed: reference.
    case(
        "X963-032",
        caption(
            "This lady wears a short-sleeve blouse with pure color patterns and a short pants. The shorts are with "
            "denim fabric and pure color patterns. This person has a belt. There is a hat."
        ),
        wearing("She is wearing a white blouse and blue denim shorts with a brown belt.", who="she"),
        color_of("shorts", "light blue", kind="open"),
        Q.color("blue"),
        details("shorts", "The shorts have rolled cuffs and a brown belt."),
        is_a("pair of shorts", "yes"),
        Q.material("The shorts are with leather fabric.", "contradiction"),
        title="Mango Women Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front, white backdrop: white-and-blue pinstriped shirt tucked into plain mid-grey flat-front trousers,
    #   black belt, black shoes. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-033",
        caption(
            "This man wears a long-sleeve shirt with stripe patterns and long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and stripe patterns.",
            "contradiction",
        ),
        wearing("He is wearing a striped shirt and grey pants.", who="he"),
        color_of("trousers", "grey", kind="open"),
        Q.pattern("solid"),
        Q.color("grey"),
        details(
            "trousers",
            "The trousers are grey, the shirt is striped, the belt is black, the shoes are black, the trousers are "
            "grey, the shirt is",
            "loop",
            hit_limit=True,
        ),
        describe(
            "trousers",
            "The trousers are grey formal pants with a buckle side adjuster and a hidden coin pocket.",
            "unsupported",
        ),
        title="Belmonte Men Solid Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, front, white backdrop: red-and-white striped long-sleeve Breton top, dark blue mid-rise straight
    #   jeans, red flats, no jewellery. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-034",
        caption(
            "This lady is wearing a long-sleeve T-shirt with stripe patterns and long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her "
            "wrist. This lady wears a ring",
            "unsupported",
            hit_limit=True,
        ),
        wearing("She is wearing a striped shirt and jeans.", who="she"),
        color_of("jeans", "The jeans are red and white striped.", "other_garment_color", kind="open"),
        Q.color("blue"),
        details("jeans", "The jeans are dark blue with a mid-rise waist and a straight leg."),
        is_a("pair of jeans", "yes"),
        Q.material(
            "The pants are with denim fabric and pure color patterns. This lady is wearing a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        title="Flying Machine Women Midrise Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front, white backdrop: black zip-up track jacket (zipped), grey melange fleece track pants with
    #   cuffed ankles, side pockets and a small white swoosh on the thigh, black trainers. Open: ep3; closed: ref.
    case(
        "X963-035",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns and long pants. The jacket is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a black jacket and black pants.", "other_garment_color", who="he"),
        color_of("track pants", "grey", kind="open"),
        Q.color("grey"),
        details("track pants", "The track pants have cuffed ankles, side pockets and a small white logo on the thigh."),
        Q.garment_type("jacket", "contradiction"),
        Q.material("The material of the garment is the material the garment is made of.", "restated"),
        title="Nike Men AS Thermal Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, front, white backdrop: white t-shirt tucked into olive cotton cargo trousers with patch pockets
    #   and plain hems, white sneakers. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-036",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns and long trousers. The T-shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a white t-shirt and green cargo pants.", who="she"),
        color_of("trousers", "The trousers are olive green.", kind="open"),
        Q.color("white", "contradiction"),
        details(
            "trousers",
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        describe(
            "trousers", "The trousers are olive with cargo pockets and a drawstring at the ankles.", "unsupported"
        ),
        title="United Colors of Benetton Women Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: man, front, light grey backdrop: navy blue football jersey, white shorts with three navy side stripes and
    #   an elastic waist, navy socks, no watch. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-037",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and medium-short pants. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and stripe patterns."
        ),
        wearing("He is wearing a blue jersey and white shorts.", who="he"),
        color_of("shorts", "navy blue", "other_garment_color", kind="open"),
        Q.color("white"),
        details("shorts", "The shorts have three stripes on the sides and an elastic waist."),
        describe(
            "shorts",
            "Question: Describe the shorts. Answer: The shorts are white with blue stripes. Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.material("The shorts are with cotton fabric. There is an accessory on his wrist.", "unsupported"),
        title="ADIDAS Men Solid White Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: woman, front, white backdrop: white shirt knotted at the waist, black skinny jeans, black heels,
    #   sunglasses pushed up on her head. The feed row has no color. Caption/open: ep3; closed: reference engine.
    case(
        "X963-038",
        caption(
            "This lady is wearing a long-sleeve shirt with pure color patterns and long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. This "
            "lady wears glasses."
        ),
        wearing("She is wearing a white shirt and white jeans.", "other_garment_color", who="she"),
        color_of("jeans", "black", kind="open"),
        Q.color("black"),
        details("jeans", "", "non_answer"),
        Q.garment_type("jeans"),
        title="Spykar Women Black Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: man, front, white backdrop: light blue denim shirt untucked, dark brown cotton trousers, brown shoes.
    #   Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-039",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long trousers. The shirt is with denim "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a blue denim shirt and brown pants.", who="he"),
        color_of("trousers", "The trousers are blue.", "other_garment_color", kind="open"),
        Q.color("brown"),
        Q.material("The trousers are with denim fabric.", "contradiction"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Probase Men Solid Brown Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: woman, side pose, white backdrop: white t-shirt, royal blue slim track pants with a white side stripe,
    #   white sneakers, bare wrists. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-040",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        wearing("She is wearing a white t-shirt and blue track pants.", who="she"),
        color_of("track pants", "royal blue with a white stripe", kind="open"),
        Q.color("blue"),
        details(
            "track pants",
            "The track pants are blue. The track pants are blue. The track pants are blue. The track pants are blue. "
            "The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        describe(
            "track pants",
            "The track pants are blue with a white stripe down the side and an elastic waistband. The T-shirt is "
            "white with a round",
            "cut",
            hit_limit=True,
        ),
        title="Urban Yoga Women Solid Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Women",
    ),
    # photo: flat lay, no person, white backdrop: light blue washed jeans laid flat, back view, two back pockets with
    #   contrast stitching. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-041",
        caption(
            "The pants are of long length. The pants are with denim fabric and pure color patterns. This man wears a "
            "short-sleeve T-shirt with pure color patterns.",
            "unsupported",
        ),
        describe("jeans", "The jeans are light blue with a faded wash and two back pockets with stitching."),
        color_of("jeans", "light blue", kind="open"),
        Q.color("blue"),
        details("jeans", "The details of the jeans are the details of the jeans.", "restated"),
        Q.garment_type("jeans"),
        Q.material("Question: What material is the garment made of? Answer: denim", "leak"),
        title="Deni Yo Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, front, white backdrop with a grey floor shadow: navy-and-white striped t-shirt, white linen-look
    #   shorts with a tie waist and two side pockets, tan sandals. Caption/open: caption adapter ep3; closed: reference.
    case(
        "X963-042",
        caption(
            "This lady wears a short-sleeve T-shirt with stripe patterns and a short pants. The T-shirt is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a striped shirt and white shorts.", "pronoun", who="she"),
        color_of("shorts", "The shorts are blue and white striped.", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        details("shorts", "The shorts have a tie at the waist and two side pockets."),
        Q.material(
            "The shorts are with cotton fabric, cotton fabric, cotton fabric, cotton fabric, cotton fabric, cotton "
            "fabric, cotton",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women White Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: man, front, white backdrop: white-and-grey checked shirt tucked into plain navy slim trousers with side
    #   pockets, brown belt, brown shoes. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X963-043",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns and long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and lattice patterns.",
            "contradiction",
        ),
        wearing("He is wearing a checkered shirt and navy blue pants.", who="he"),
        color_of("trousers", "navy", kind="open"),
        Q.color("navy blue"),
        details("trousers", "none", "non_answer"),
        describe(
            "trousers",
            "The trousers are navy blue with a slim fit, flat front and side pockets. She is wearing a checked shirt "
            "tucked into the",
            "pronoun",
            hit_limit=True,
        ),
        title="Scullers Men Solid Navy Blue Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front, white backdrop: black-and-white floral long-sleeve chiffon blouse, light blue flared jeans,
    #   black heeled sandals, a black handbag held in her hand. Caption/open: caption adapter ep3; closed: reference.
    case(
        "X963-044",
        caption(
            "This lady is wearing a long-sleeve blouse with floral patterns and long pants. The blouse is with "
            "chiffon fabric. The pants are with denim fabric and pure color patterns. There is a bag in her hand."
        ),
        wearing("She is wearing a floral blouse and blue jeans.", who="she"),
        color_of("jeans", "The jeans are black and white.", "other_garment_color", kind="open"),
        Q.color("blue"),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. The blouse is with chiffon fabric. The pants "
            "are of long length. The",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        Q.garment_type("blouse", "contradiction"),
        title="Levis Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: boy, front, white backdrop: green-and-white striped polo t-shirt, plain beige knee-length cotton shorts
    #   with a drawstring waist and two side pockets, brown sandals. Caption/open: adapter ep3; closed: reference.
    case(
        "X963-045",
        caption(
            "This man wears a short-sleeve polo shirt with stripe patterns and medium-short pants. The shorts are "
            "with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a green striped shirt and khaki shorts.", who="he"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        Q.color("beige"),
        details(
            "shorts",
            "The shorts have a drawstring waist and two pockets. The shorts have a drawstring waist and two pockets. "
            "The shorts",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        describe("shorts", "These shorts are the shorts.", "restated"),
        title="Gini and Jony Kids Boys Solid Beige Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: woman, front, white backdrop: black hooded jacket open over a white tee, grey skinny track pants with a
    #   small black logo on the left thigh, white trainers, no rings. Caption/open: adapter ep3; closed: reference.
    case(
        "X963-046",
        caption(
            "This lady wears a long-sleeve jacket with pure color patterns and long pants. The jacket is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a black hoodie, a white t-shirt and grey pants.", who="she"),
        color_of("track pants", "The track pants are black.", "other_garment_color", kind="open"),
        Q.color("grey"),
        describe(
            "track pants",
            "Question: Describe the track pants. Answer: The track pants are grey with a logo on the thigh. Question: "
            "What",
            "leak",
            hit_limit=True,
        ),
        details("track pants", "The track pants have a skinny fit and a small black logo on the left thigh."),
        Q.material("The pants are with cotton fabric and the person wears a ring on her finger.", "unsupported"),
        title="Puma Women Essential Skinny Grey Track Pant",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
]
