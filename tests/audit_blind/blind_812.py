"""BLIND_812 (46 products; Myntra men's bottoms, caption adapter at epoch 3): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 110/126 failures found (87.3%) and 7/181 correct texts flagged
(3.9%). The writer's notes, verbatim:

Scenario: a Myntra-like men's bottoms feed (Jeans, Track Pants, Shorts, Trousers that the titles call chinos or
trousers), one product photo each: mostly a model on a white studio backdrop wearing the product with a top (tee,
polo, shirt, hoodie, jersey), a few back or side views and one flat lay. One row is a Kids Boys item that the feed
files under Men, as the real data set does; some rows lack the color or the category column; one seller color is
wrong for the photo (olive chinos sold as Brown).

Who wrote what: every text comes from leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3) on
blip2-opt-2.7b. Captions and open answers are free generation (greedy, 50 / 30 new tokens): the adapter falls back
on the DeepFashion-MultiModal template ("The pants are of long length. The pants are with denim fabric and pure
color patterns."), calls the wearer "the lady" now and then (the training data is mostly women), repeats a sentence
when it misses its stop, and sometimes writes the next "Question: ... Answer:" turn. It usually stops after the
template sentences; where it did not, the text ran to the token limit. Closed answers (color, garment_type,
pattern, is_a, the color_of questions stored closed) come from enrich's reference engine ranking candidates with the
same adapter: a single candidate, so they never loop or stop short, but they often pick the top's color.

Labeling conventions and judgement calls:
- The photo (my "# photo:" line) is the truth, not the seller: "olive" for the chinos the feed calls Brown is
  correct, and "brown" there would be a failure.
- A color of the top or belt (another garment) given to the product is other_garment_color; a color only the
  product's own stripes, checks or trim have, or one nothing in the photo has, is contradiction, and so are a wrong
  garment type, a wrong length (shorts as "long length"), the top's pattern given to the product, a wrong yes/no.
- Template phrases are read as DeepFashion meant them: "pure color" / "solid color patterns" = plain, "lattice" =
  checks, "three-point length" = shorts to about the knee, "color block" = contrast panels or tape. "pure color"
  for washed jeans is accepted as plain; "pure color patterns" for pinstriped trousers is a contradiction.
- An answer to a color question that gives only "pure color patterns" and no hue is non_answer; so is a one-word or
  yes/no reply to an open question, "They are long." and "The shorts are short." for a description or details.
- Echoing the question or saying the garment is itself ("The track pants are track pants.") is restated.
- Invented parts that the view cannot show or the photo lacks (watch, hat, back-pocket patch on a front view, leather
  fabric, the jersey's number printed on the shorts) are unsupported; a wrong material is unsupported unless it is
  another garment's fabric carried over (the denim shirt's "denim" given to the chinos), which I call contradiction.
- "the lady" / "she" / "her" for these men's products is pronoun, even when the rest of the text is right; a text
  with several faults carries the one a reader would fix first (a loop that is also cut is loop; a leak that ran to
  the limit is leak).
- "Cream" trousers called "white pants", "charcoal" called "grey", "navy" called "blue" are correct shades.
- hit_limit is set on every loop, every cut and every leak that ran on; every other text stopped on its own.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_812 = [
    # photo: man in mid-blue washed skinny jeans with fading at the thighs, white crew-neck tee worn out, white
    # sneakers, white backdrop, front view; all texts by the epoch-3 caption adapter, closed ones via reference
    case(
        "X812-001",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "it has a round neckline. The pants are of long length. The pants are with denim fabric and solid color "
            "patterns."
        ),
        wearing("He is wearing a white t-shirt and white jeans.", "other_garment_color", who="he"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "The jeans have a faded wash and a slim fit. The jeans have a faded wash and a slim fit. The jeans have "
            "a faded",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        Q.pattern("solid"),
        Q.material("denim"),
        is_a("pair of track pants", "yes", "contradiction"),
        title="Flying Machine Men Skinny Jack Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black regular-fit jeans, grey melange pullover hoodie, black sneakers, white backdrop, front view;
    # epoch-3 caption adapter, closed answers via reference
    case(
        "X812-002",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. Her "
            "pants are of long length. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("He is wearing a grey hoodie and black jeans.", who="he"),
        color_of("jeans", "grey", "other_garment_color"),
        describe("jeans", "The jeans are black, straight fit, with denim fabric and pure color patterns."),
        is_a("pair of jeans", "yes"),
        Q.color("black"),
        details(
            "jeans",
            "The jeans have a zip fly, a button at the waist, two front pockets and a small coin pocket on the right "
            "side, and the",
            "cut",
            hit_limit=True,
        ),
        title="Wrangler Men Black Texas Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in dark indigo rinse jeans with cuffed hems, light blue and white checked shirt untucked, brown
    # boots, white backdrop, three-quarter view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-003",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The pants are of long length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("He is wearing a blue and white checked shirt and dark blue jeans.", who="he"),
        color_of("jeans", "The jeans are with denim fabric and pure color patterns.", "non_answer", kind="open"),
        details("jeans", "The jeans have a dark rinse, a straight leg and turned up hems."),
        Q.pattern("checked", "contradiction"),
        Q.garment_type("jeans"),
        Q.material("denim fabric"),
        describe(
            "jeans", "The jeans are dark blue denim. Question: What is the color of the shirt? Answer: blue", "leak"
        ),
        title="Lee Men Chicago Fit Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: man in light blue acid-wash jeans ripped at both knees, black tee with a white skull print, no watch or
    # jewellery, white backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-004",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The trousers are of long length. The trousers are with denim fabric. There is an "
            "accessory on his wrist.",
            "unsupported",
        ),
        wearing("He is wearing a black t-shirt with a skull print and light blue ripped jeans.", who="he"),
        color_of("jeans", "black", "other_garment_color"),
        details("jeans", "The jeans are ripped at the knees and have a light acid wash."),
        describe("jeans", "jeans", "non_answer"),
        Q.color("light blue"),
        title="Spykar Men Ep Jeans Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in dark navy raw-denim jeans, white oxford shirt tucked in, tan leather belt, brown loafers, white
    # backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-005",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants are of long length. The pants are with denim fabric and pure color "
            "patterns. He wears a belt on his",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a white shirt, a brown belt and dark blue jeans.", who="he"),
        color_of("jeans", "navy blue"),
        Q.color("white", "other_garment_color"),
        details("jeans", "The jeans are slim fit and worn with a tan leather belt."),
        is_a("pair of jeans", "yes"),
        describe(
            "jeans", "The jeans are dark blue with a whiskered wash on the thighs and a distressed hem.", "unsupported"
        ),
        title="Levis Men 511 Slim Fit Navy Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in black jeans faded at the thighs, olive green bomber jacket open over a black tee, white backdrop,
    # front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-006",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "pants are of long length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("He is wearing an olive green jacket, a black t-shirt and black jeans.", who="he"),
        color_of("jeans", "The color of the jeans is olive green.", "other_garment_color", kind="open"),
        Q.color("black"),
        details(
            "jeans",
            "The jeans have a faded wash on the front and a tapered leg. The jeans have a faded wash on the front "
            "and a tapered leg. The jeans have",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        title="Highlander Men Slim Fit Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: back view of a man in mid-blue jeans with a brown leather patch on the waistband and stitched back
    # pockets, plain grey tee, white backdrop; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-007",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The pants are of long length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("He is wearing a grey t-shirt and blue jeans.", who="he"),
        details("jeans", "The jeans have a brown leather patch on the back and two back pockets."),
        describe(
            "jeans",
            "Question: Describe the jeans. Answer: The jeans are blue. Question: Describe the t-shirt. Answer: The "
            "t-shirt is grey",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "grey", "other_garment_color"),
        Q.pattern("solid"),
        title="Locomotive Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in light stone-wash blue jeans, black shirt with sleeves rolled to the elbow, white backdrop, front
    # view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-008",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers are of long length. The trousers are with denim fabric.",
            "pronoun",
        ),
        wearing("She is wearing a black shirt and blue jeans.", "pronoun", who="he"),
        color_of("jeans", "light blue"),
        details("jeans", "The jeans are light blue with a stone wash and a button closure."),
        Q.garment_type("shirt", "contradiction"),
        Q.material("denim"),
        title="Deni Yo Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in mid-blue washed jeans, red pique polo with white collar tipping, white sneakers, white backdrop,
    # front view; the jeans have plain tonal stitching; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-009",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton fabric "
            "and its neckline is lapel. The pants are of long length with denim fabric. The pants are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a red polo shirt and blue jeans.", who="he"),
        color_of("jeans", "red", "other_garment_color"),
        Q.color("blue"),
        details("jeans", "The jeans have red stitching on the pockets and a red leather tag.", "unsupported"),
        describe("jeans", "The jeans are blue, washed, with a regular fit."),
        Q.material("The garment is made of the material of the garment.", "restated"),
        title="United Colors of Benetton Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in grey denim jeans, navy sweatshirt with a white "WRANGLER" chest print, white backdrop, front view;
    # epoch-3 caption adapter, closed answers via reference
    case(
        "X812-010",
        caption(
            "This man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The pants are of long length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("He is wearing a navy blue sweatshirt with a logo and grey jeans.", who="he"),
        color_of("jeans", "navy blue", "other_garment_color"),
        details("jeans", "The jeans have a logo print on the leg.", "contradiction"),
        Q.pattern("solid"),
        is_a("pair of jeans", "yes"),
        Q.material("The jeans are with knitted fabric.", "unsupported"),
        title="Wrangler Men Grey Floyd Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: flat lay of folded mid-blue jeans on white, front pockets and a brown leather patch at the waistband
    # showing; no person; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-011",
        caption(
            "The pants are of long length. The pants are with denim fabric and pure color patterns. The man is "
            "wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric.",
            "unsupported",
        ),
        describe("jeans", "The jeans are blue, folded, with a brown leather patch at the waist."),
        details("jeans", "The details of the jeans are the details of the jeans.", "restated"),
        color_of("jeans", "blue"),
        Q.garment_type("jeans"),
        Q.material("The jeans are made of denim fabric."),
        title="Roadster Men Blue Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in mid-blue regular jeans, maroon full-sleeve henley tee, one hand in the front pocket, white
    # backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-012",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "pants are of long length. The pants are with denim fabric. The pants are of long length. The pants are "
            "with denim fabric. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing a maroon t-shirt and blue jeans.", who="he"),
        color_of("jeans", "maroon", "other_garment_color"),
        details("jeans", "The jeans have a mid blue wash and a regular fit, and his hand is in the pocket."),
        Q.color("blue"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Pepe Jeans Men Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: side view of a man in black jeans ripped at the knees, white shirt untucked over the waistband (no belt
    # visible), sleeves rolled, white backdrop; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-013",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants are of long length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("He is wearing a white shirt and white pants.", "other_garment_color", who="he"),
        color_of("jeans", "black"),
        details("jeans", "The jeans are torn at the knees."),
        describe(
            "jeans",
            "The jeans are black with ripped knees and a leather belt with a silver buckle.",
            "unsupported",
        ),
        is_a("pair of jeans", "no", "contradiction"),
        title="Mufti Men Black Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in light blue mid-rise jeans, navy and white horizontally striped tee, white backdrop, front view;
    # epoch-3 caption adapter, closed answers via reference
    case(
        "X812-014",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants are of long length. The pants are with denim fabric and striped patterns.",
            "contradiction",
        ),
        wearing("He is wearing a striped t-shirt and jeans.", who="he"),
        color_of("jeans", "navy blue", "other_garment_color"),
        details("jeans", "The jeans are light blue with a mid rise and a slim fit."),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Flying Machine Men Mid-Rise Light Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in navy track pants with a small white swoosh on the left thigh and elastic ankle cuffs, plain grey
    # tee, white backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-015",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a grey t-shirt and navy blue track pants.", who="he"),
        color_of("track pants", "grey", "other_garment_color"),
        details("track pants", "The track pants have a white logo on the thigh and elastic cuffs at the ankles."),
        Q.garment_type("track pants"),
        is_a("pair of shorts", "no"),
        describe(
            "track pants",
            "The track pants are blue with a white logo, and the man wears a black cap and sunglasses.",
            "unsupported",
        ),
        title="Nike Men Solid Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in black track pants with one white stripe down each side and a white logo, black tee, white
    # backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. Her "
            "pants are of long length. The pants are with cotton fabric and color block patterns.",
            "pronoun",
        ),
        wearing("He is wearing a black t-shirt and black track pants with white stripes on the sides.", who="he"),
        color_of("track pants", "black"),
        details(
            "track pants",
            "white stripes, white stripes, white stripes, white stripes, white stripes, white stripes, white stripes, "
            "white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.garment_type("track pants"),
        describe("track pants", "The track pants are grey with white stripes.", "contradiction"),
        title="Puma Men Heroes Black Track Pant",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in grey melange track pants with three black stripes down the sides, navy pullover hoodie, white
    # sneakers, white backdrop, front view (back not visible); epoch-3 caption adapter, closed answers via reference
    case(
        "X812-017",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants are of long length. The pants are with cotton fabric and striped patterns. He wears a pair of "
            "sneakers."
        ),
        wearing("He is wearing a navy blue hoodie and grey track pants with black stripes.", who="he"),
        color_of("track pants", "black", "contradiction"),
        describe(
            "track pants",
            "The track pants are grey with three black stripes on the sides and a zip pocket on the back.",
            "unsupported",
        ),
        Q.color("grey"),
        Q.pattern("striped"),
        details("track pants", "The track pants have details.", "restated"),
        title="ADIDAS Men Solid Grey Track Pant",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in charcoal fleece joggers with ribbed ankle cuffs and a drawstring, plain white tee, white backdrop,
    # front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-018",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a white t-shirt and white pants.", "other_garment_color", who="he"),
        color_of("track pants", "charcoal"),
        details("track pants", "The track pants have ribbed cuffs at the ankles and a drawstring waist."),
        describe("track pants", "They are long.", "non_answer"),
        Q.garment_type("track pants"),
        title="Nike Men AS Thermal Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: back view of a man in plain light grey track pants (no stripes, no logo at the back), white tee, white
    # backdrop; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-019",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a white t-shirt and grey track pants.", who="he"),
        color_of("track pants", "black", "contradiction"),
        details(
            "track pants",
            "The track pants have a drawstring, a zip pocket, side stripes and a printed logo on the front.",
            "unsupported",
        ),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        title="Puma Men Lifestyle Grey Track Pant",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in navy track pants with red piping down the sides, red tee with a white logo, white backdrop,
    # front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-020",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The pants "
            "are of long length. The pants are with cotton fabric and solid color patterns. This man wears a hat.",
            "unsupported",
        ),
        wearing("He is wearing a red t-shirt and blue track pants.", who="he"),
        color_of("track pants", "red", "other_garment_color"),
        Q.color("navy blue"),
        details(
            "track pants",
            "Question: What are the track pants details? Answer: The track pants are blue with a red stripe.",
            "leak",
        ),
        describe("track pants", "The track pants are navy blue with red piping down the sides."),
        Q.garment_type("track pants"),
        title="Reebok Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in black track pants with two white stripes down each side, yellow tee, white backdrop, front view;
    # epoch-3 caption adapter, closed answers via reference
    case(
        "X812-021",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants are of long length. The pants are with cotton fabric and striped "
            "patterns.",
            "pronoun",
        ),
        wearing("He is wearing a yellow t-shirt and black track pants.", who="he"),
        color_of("track pants", "yellow", "other_garment_color"),
        details("track pants", "two white stripes on the sides"),
        Q.garment_type("track pants"),
        Q.material(
            "The pants are with cotton fabric and striped patterns. The pants are with cotton fabric and striped "
            "patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        describe(
            "track pants",
            "The track pants are black with two white stripes. Question: What are the track pants made of? Answer: "
            "The track pants are",
            "leak",
            hit_limit=True,
        ),
        title="Proline Men Black Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: man in olive green joggers with black zip pockets and ribbed ankles, black pullover hoodie, white
    # backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-022",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a black hoodie and olive green joggers.", who="he"),
        color_of("track pants", "brown", "contradiction"),
        Q.color("olive"),
        details("track pants", "The joggers have zip pockets and ribbed ankles."),
        describe("track pants", "The track pants are track pants.", "restated"),
        title="HRX by Hrithik Roshan Men Olive Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: man in white track pants with navy and red tape down the sides, navy tee, white backdrop, front view;
    # epoch-3 caption adapter, closed answers via reference
    case(
        "X812-023",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "pants are of long length. The pants are with cotton fabric and color block patterns."
        ),
        wearing("He is wearing a navy blue t-shirt and white track pants with navy and red stripes.", who="he"),
        color_of("track pants", "navy blue", "other_garment_color"),
        Q.pattern("striped"),
        details("track pants", "The track pants have a red stripe down the side."),
        Q.material("The track pants are made of leather.", "unsupported"),
        describe("track pants", "The track pants are white with navy and red tape down the sides."),
        title="Fila Men White Track Pants",
        category="Track Pants",
        color="White",
        gender="Men",
    ),
    # photo: man in royal blue track pants with a zip at each ankle and a small white logo at the knee, a royal blue
    # tee of the same shade, white backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-024",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a blue t-shirt and blue track pants.", who="he"),
        color_of("track pants", "blue"),
        details("track pants", "The track pants have a zip at the ankle and a white logo on the knee."),
        describe("track pants", "yes", "non_answer"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Asics Men Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black track pants with three white stripes and zip pockets, white logo tee, black cap, white
    # backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-025",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The pants "
            "are of long length. The pants are with cotton fabric and striped patterns. This man wears a hat."
        ),
        wearing("He is wearing a white t-shirt, a black cap and black track pants with white stripes.", who="he"),
        color_of(
            "track pants",
            "The track pants are black with white stripes. The track pants are black with white stripes. The track "
            "pants are black with",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("track pants", "The track pants have three white stripes down the sides and zip pockets."),
        Q.color("white", "other_garment_color"),
        is_a("pair of track pants", "yes"),
        title="ADIDAS Men Solid Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in black running shorts above the knee with a white swoosh, plain grey tee, white backdrop, front
    # view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-026",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "shorts are of short length. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a grey t-shirt and black shorts.", who="he"),
        color_of("shorts", "blue", "contradiction"),
        details("shorts", "The shorts are short.", "non_answer"),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        describe(
            "shorts",
            "The shorts are black, above the knee, with a small white logo on the left leg and an elastic waistband "
            "under the t-shirt, and the",
            "cut",
            hit_limit=True,
        ),
        title="Nike Men Solid Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in black knee-length Bermuda shorts with a white cat logo on the left leg, white polo, white
    # backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-027",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton fabric "
            "and its neckline is lapel. The trousers are of long length. The trousers are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        wearing("He is wearing a white polo shirt and black shorts.", who="he"),
        color_of("shorts", "black"),
        details("shorts", "The shorts are knee length with a white logo on the left leg."),
        Q.color("white", "other_garment_color"),
        describe(
            "shorts", "The shorts are black and knee length, and she is wearing them with a white polo.", "pronoun"
        ),
        title="Puma Men Logo Bermuda Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in grey cargo shorts with flap side pockets, short-sleeve navy and white checked shirt worn over the
    # waistband (no belt seen), white backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-028",
        caption(
            "The man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The shorts are of three-point length. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("He is wearing a checked shirt and grey cargo shorts.", who="he"),
        color_of("shorts", "navy blue", "other_garment_color"),
        details("shorts", "The shorts have cargo pockets on the sides with flaps."),
        Q.pattern("checked", "contradiction"),
        Q.material("cotton"),
        describe("shorts", "The shorts are grey cargo shorts with a leather belt and a zip fly.", "unsupported"),
        title="Quiksilver Men Grey Ashland Cargo Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in navy and white checked shorts, plain white tee, white backdrop, front view; epoch-3 caption
    # adapter, closed answers via reference
    case(
        "X812-029",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The shorts are of three-point length. The shorts are with cotton fabric and lattice "
            "patterns."
        ),
        wearing("He is wearing a white t-shirt and navy blue checked shorts.", who="he"),
        color_of("shorts", "navy blue"),
        Q.pattern("checked"),
        details(
            "shorts",
            "The shorts have a lattice pattern and a lattice pattern and a lattice pattern and a lattice pattern and "
            "a lattice",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.material("The shorts are with denim fabric.", "unsupported"),
        title="Status Quo Men Check Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: a boy of about eight in beige shorts with an elastic waist and side pockets, orange tee, white backdrop,
    # front view (a Kids Boys item the feed files under Men); epoch-3 caption adapter, closed answers via reference
    case(
        "X812-030",
        caption(
            "The boy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "shorts are of three-point length. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing an orange t-shirt and beige shorts.", who="he"),
        color_of("shorts", "orange", "other_garment_color"),
        details("shorts", "The shorts have an elastic waist and two side pockets."),
        describe(
            "shorts",
            "Question: Describe the shorts. Answer: The shorts are beige. Question: Describe the t-shirt. Answer: "
            "The t-shirt is orange",
            "leak",
            hit_limit=True,
        ),
        Q.color("beige"),
        is_a("pair of shorts", "yes"),
        title="Palm Tree Kids Boys Solid Beige Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in light blue denim shorts with a frayed hem, black tank top, white backdrop, front view; epoch-3
    # caption adapter, closed answers via reference
    case(
        "X812-031",
        caption(
            "The man wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "shorts are of three-point length. The shorts are with denim fabric and pure color patterns."
        ),
        wearing("He is wearing a black tank top and light blue denim shorts.", who="he"),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "The shorts have a frayed hem and a faded wash on the front."),
        Q.material("The shorts are with leather fabric.", "unsupported"),
        Q.garment_type("shorts"),
        title="Deni Yo Men Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in white football shorts with a red side panel, red jersey with a white "10" on the chest, white
    # backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-032",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The shorts are of short length. The shorts are with cotton fabric and color block "
            "patterns."
        ),
        wearing("He is wearing a red jersey and red shorts.", "other_garment_color", who="he"),
        color_of("shorts", "white"),
        details("shorts", "The shorts have a red panel on the side and a small logo."),
        describe(
            "shorts",
            "The shorts are white with a red panel on the side. The number 10 is printed on the front of the shorts.",
            "unsupported",
        ),
        Q.pattern("color block"),
        title="Nike Men Ftbll/Socc shorts White Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: man in olive chino shorts with rolled hems, long-sleeve white shirt tucked in, brown leather belt, white
    # backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-033",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The shorts are of three-point length. The shorts are with cotton fabric and pure "
            "color patterns. The gentleman wears a belt around",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a white shirt, a brown belt and olive green shorts.", who="he"),
        color_of("shorts", "brown", "other_garment_color"),
        details("shorts", "The shorts have rolled up hems and a belt."),
        Q.color("olive"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("trousers", "contradiction"),
        title="Jack & Jones Men Olive Chino Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in navy shorts with an all-over green and white tropical leaf print, plain white tee, white
    # backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-034",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "shorts are of three-point length. The shorts are with cotton fabric and floral patterns."
        ),
        wearing(
            "He is wearing a white t-shirt and navy shorts with a green and white leaf print, and the shorts have an "
            "elastic waist with a drawstring and a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shorts", "navy blue"),
        details("shorts", "The shorts have a tropical leaf print in green and white."),
        Q.pattern("floral"),
        describe(
            "shorts",
            "The shorts are with floral patterns. The shorts are with floral patterns. The shorts are with floral "
            "patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.garment_type("shorts"),
        title="Roadster Men Printed Shorts",
        category="Shorts",
        color="Multi",
        gender="Men",
    ),
    # photo: man in navy running shorts with a small white logo and split side hems, neon lime tee, white backdrop,
    # front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. Her "
            "shorts are of short length. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("He is wearing a green t-shirt and navy blue shorts.", who="he"),
        color_of("shorts", "green", "other_garment_color"),
        details("shorts", "The shorts have a small white logo and a split at the side hem."),
        Q.garment_type("track pants", "contradiction"),
        describe(
            "shorts",
            "The shorts are navy blue, The shorts are navy blue, The shorts are navy blue, The shorts are navy blue, "
            "The shorts",
            "loop",
            hit_limit=True,
        ),
        title="ADIDAS Men Rsp Ds 7in Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in grey melange knit shorts with black side panels and a drawstring, black tee, white backdrop,
    # front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-036",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "shorts are of short length. The shorts are with knitted fabric and color block patterns."
        ),
        wearing("He is wearing a black t-shirt and black shorts.", "other_garment_color", who="he"),
        color_of("shorts", "grey"),
        details("shorts", "The shorts have black panels on the sides and a drawstring waist"),
        describe("shorts", "Describe the shorts.", "restated"),
        Q.pattern("color block"),
        title="Puma Men Solid Grey Knits Panel Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in flat-front khaki chinos, navy polo tucked in, brown belt, white backdrop, front view; epoch-3
    # caption adapter, closed answers via reference
    case(
        "X812-037",
        caption(
            "The lady wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton fabric "
            "and its neckline is lapel. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("He is wearing a navy blue polo shirt and khaki pants.", who="he"),
        color_of("pants", "navy blue", "other_garment_color"),
        details(
            "pants",
            "The pants have a belt loop, a belt loop, a belt loop, a belt loop, a belt loop, a belt loop, a belt",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        Q.color("khaki"),
        describe("pants", "The pants are khaki chinos with a slim fit and a pleated front.", "unsupported"),
        title="Highlander Men Classic Chinos Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in olive green slim chinos with turned-up hems (the seller says Brown; the photo is olive), white
    # tee, white sneakers, white backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-038",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a white t-shirt and olive green chinos.", who="he"),
        color_of("chinos", "olive"),
        details("chinos", "The chinos have a slim fit and turned up hems."),
        Q.color("white", "other_garment_color"),
        describe("chinos", "The chinos are olive green with a leather patch on the back pocket.", "unsupported"),
        title="Highlander Men Classic Chinos Brown Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: man in beige slim chinos, light blue denim shirt with sleeves rolled, white backdrop, front view;
    # epoch-3 caption adapter, closed answers via reference
    case(
        "X812-039",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The pants are of long length. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("He is wearing a blue denim shirt and beige chinos.", who="he"),
        color_of("chinos", "blue", "other_garment_color"),
        Q.material("cotton"),
        details("chinos", "The chinos are beige with a slim fit and side pockets."),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Basics Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in navy chinos, pink oxford shirt tucked in, brown belt, brown loafers, no watch, white backdrop,
    # front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-040",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a pink shirt, a brown belt and navy blue trousers.", who="he"),
        color_of("trousers", "pink", "other_garment_color"),
        details(
            "trousers",
            "The trousers have a flat front and a slim fit, and he wears a watch on his left wrist.",
            "unsupported",
        ),
        describe(
            "trousers",
            "The trousers are navy blue. The trousers are navy blue. The trousers are navy blue. The trousers are "
            "navy blue. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.pattern("checked", "contradiction"),
        title="Arrow Sport Men Solid Navy Blue Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rear three-quarter view of a man in khaki trousers with two buttoned back pockets, black tee, white
    # backdrop; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-041",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing(
            "He is wearing a black t-shirt and khaki pants. Question: What is the color of the pants? Answer: "
            "khaki. Question:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("trousers", "khaki"),
        details("trousers", "The trousers have two back pockets with buttons."),
        Q.garment_type("trousers"),
        Q.pattern("solid"),
        Q.color("black", "other_garment_color"),
        describe("trousers", "no", "non_answer"),
        title="Turtle Solid Men Khaki Trouser",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in charcoal formal trousers with thin pinstripes, white formal shirt tucked in, black belt, black
    # shoes, white backdrop, front view; epoch-3 caption adapter, closed answers via reference
    case(
        "X812-042",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("He is wearing a white shirt and grey trousers.", who="he"),
        color_of("trousers", "charcoal"),
        Q.pattern("striped"),
        details("trousers", "The trousers have thin pinstripes, a flat front and a black belt."),
        describe("trousers", "The trousers are white.", "other_garment_color"),
        Q.garment_type("jeans", "contradiction"),
        title="Peter England Men Stripes Charcoal Trouser",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in cream trousers with a straight leg, sky blue shirt worn untucked, white backdrop, front view;
    # epoch-3 caption adapter, closed answers via reference
    case(
        "X812-043",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a blue shirt and white pants.", who="he"),
        color_of("trousers", "cream"),
        details(
            "trousers",
            "The trousers have a straight leg, side pockets, a button closure at the waist and a crease down the "
            "front of each leg, with a small",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        Q.material("The trousers are made of wool.", "unsupported"),
        describe("trousers", "The trousers are cream."),
        title="Indigo Nation Men Cream Trouser Cream Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: man in black trousers with a brown check, grey crew-neck sweater, white backdrop, front view; epoch-3
    # caption adapter, closed answers via reference
    case(
        "X812-044",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "The pants are of long length. The pants are with cotton fabric and lattice patterns."
        ),
        wearing("He is wearing a grey sweater and black checked trousers.", who="he"),
        color_of("trousers", "grey", "other_garment_color"),
        Q.pattern("checked"),
        Q.garment_type("trousers"),
        details("trousers", "The trousers have a brown check on a black base."),
        describe("trousers", "She is wearing black and brown checked trousers with a grey sweater.", "pronoun"),
        title="United Colors of Benetton Men Black and Brown Checked Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: man in light grey flat-front trousers with belt loops, black shirt tucked in, white backdrop, front view;
    # epoch-3 caption adapter, closed answers via reference
    case(
        "X812-045",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The pants are of long length. The man wears a "
            "long-sleeve shirt with pure color patterns. The pants are of long length. The man wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing a black shirt and black pants.", "other_garment_color", who="he"),
        color_of("trousers", "grey"),
        details("trousers", "The trousers are grey with a flat front and belt loops."),
        Q.garment_type("trousers"),
        is_a("pair of jeans", "no"),
        describe("trousers", "Answer: The trousers are grey.", "leak"),
        title="Belmonte Men Solid Grey Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: side view of a man in chocolate brown trousers, beige tee, white backdrop; epoch-3 caption adapter,
    # closed answers via reference
    case(
        "X812-046",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a beige t-shirt and brown trousers.", who="he"),
        color_of("trousers", "beige", "other_garment_color"),
        details(
            "trousers",
            "The trousers are brown. The trousers are brown. The trousers are brown. The trousers are brown. The "
            "trousers",
            "loop",
            hit_limit=True,
        ),
        describe("trousers", "The trousers are brown with side pockets and a slim fit."),
        Q.garment_type("shorts", "contradiction"),
        Q.material("fabric", "non_answer"),
        title="Probase Men Solid Brown Trouser",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
]
