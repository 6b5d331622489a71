"""BLIND_1351 (45 products; Myntra women's activewear, epoch-2 caption adapter + reference engine): written blind in the
sixty-third session. Measured blind at a6e2e4e (the session's eighth and final rules): 76/87 failures found (87.4%)
and 6/226 correct texts flagged (2.7%). The writer's notes, verbatim:

Scenario: a Myntra women's activewear and sportswear feed: sports bras, tights and leggings, track pants and joggers,
shorts, tees and tank tops, sweatshirts, track and running jackets, one tracksuit, one pair of capris. Columns as the
feed has them: title (productDisplayName), category (articleType), color (baseColour), gender; a few rows miss one.
Photos are the catalog's usual shots: a model on a plain light-grey backdrop wearing the product with other clothes
(a sports bra with tights, tights with a tee), two flat lays, three back views, three props (a water bottle,
dumbbells, a rolled yoga mat).
Who wrote what: the caption and the open answers (wearing, material, details) come from the epoch-2 checkpoint of the
caption fine-tune (LoRA on q_proj/k_proj of blip2-opt-2.7b, DeepFashion-MultiModal template captions, unmasked
labels, no end token trained), greedy, 50 new tokens for the caption and 30 for an answer. So the captions are the
DeepFashion template: "The lady wears a ... with pure color patterns ... is with cotton fabric", no hue names, and
tank shirt for almost anything sleeveless; about half of them run to the 50-token limit and are cut or loop. The open
answers are half template, half short base-model answers; some echo the prompt format. The closed answers
(garment_type, color, pattern, sleeve_length, the yes/no "Is this a ...?") come from the reference engine, which
ranks a closed candidate list with the untuned base model: they never loop or get cut, they fail by picking the
wrong candidate, most often the color of the other garment in the shot (the tights under a bra, the tee over the
tights). The sleeve question was asked of tops only; each product got 5 to 7 questions.
Labeling conventions and judgement calls: one label per text. A text that runs to the limit and stops mid-phrase is
`cut` (or `loop` when it repeats itself), whatever else is wrong in it; a text that ran to the limit but stops on a
complete clause carries hit_limit=True and the label of its content error, if any. "Tank shirt"/"tank top" for a
sports bra (cropped or long-line) is `contradiction`; "leggings" for Tights, "track pants" for Joggers and "leggings"
for leggings-style Capris are left unmarked (same garment, the marketplace's split). The template's "cotton fabric"
and a "cotton" material answer are marked `unsupported` only when the title names a synthetic performance fabric
(Dri-FIT, dryCELL, Rapid-Dry, HeatGear, Quick Dry); the photo cannot show fibre, so elsewhere they stand. A closed
color that is another garment's color in the shot is `other_garment_color`, and so is an open answer that paints
the product with the other garment's color ("a black tank top and black leggings"); a wrong hue of the product itself
(the accent panel's green for a black tee) is `contradiction`. Near hues are right: olive/green, lavender/purple,
teal/blue, peach/pink, coral/orange, Grey Melange/grey, and "black" for Charcoal tights that photograph near-black.
A flat lay captioned "The lady wears ..." is left unmarked unless the caption also invents a garment nobody wears.
Pronouns: "the man"/"gentleman"/"he" for these models (back views, face out of frame) is `pronoun`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, wearing

BLIND_1351 = [
    # Photo: model, front, black full-length tights (wide waistband, side phone pocket), white cropped tee, white
    # sneakers. Polyester-elastane. Caption and open answers: epoch-2 caption adapter (wearing returned the caption
    # template); closed: reference engine.
    case(
        "X1351-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.details("the leggings have a wide waistband and a pocket on the side"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model, front, pink racerback sports bra (cropped, bare midriff), black tights. Cotton-elastane.
    # Caption/open: adapter; closed: reference engine (color: picked the tights' black).
    case(
        "X1351-002",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long leggings. The tank shirt is "
            "with cotton fabric. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        wearing("a pink sports bra and black leggings"),
        gender="Women",
        title="Enamor Women Pink Solid Non-Padded Medium Impact Sports Bra SB06",
        category="Sports Bra",
        color="Pink",
    ),
    # Photo: model, front, navy short-sleeve tee, black shorts, a smartwatch. dryCELL polyester.
    # Caption/open: adapter (caption ran to the limit, ends on a whole clause); closed: reference engine.
    case(
        "X1351-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with "
            "cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Puma Women Navy Blue Solid dryCELL Slim Fit Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, front, black track jacket half-zipped, three white stripes down each sleeve, white tee at the
    # neck, black tights. Recycled polyester tricot. Caption/open: adapter; closed: reference engine.
    case(
        "X1351-004",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns and a long leggings. The jacket is with "
            "cotton fabric. It has a stand collar. The leggings are with cotton fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.material("polyester"),
        D.details("The jacket has a zip closure, two pockets and three stripes on the sleeves."),
        is_a("jacket", "yes"),
        gender="Women",
        title="ADIDAS Women Black Essentials 3-Stripes Track Jacket",
        category="Sporty Jackets",
        color="Black",
    ),
    # Photo: model, front, white racerback tank top, black running shorts. Dri-FIT polyester.
    # Caption/open: adapter (material answer leaked the prompt format); closed: reference engine.
    case(
        "X1351-005",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a shorts. The tank shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        wearing("a white tank top and black shorts"),
        Q.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Nike Women White Dri-FIT Solid Racerback Training Tank Top",
        category="Tops",
        color="White",
    ),
    # Photo: model, front, navy ankle-length leggings, white tee with a printed graphic, untucked. Cotton-elastane.
    # Caption/open: adapter; closed: reference engine (color: the tee's white).
    case(
        "X1351-006",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("cotton"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Ankle-Length Leggings 1890",
        category="Leggings",
        color="Navy Blue",
    ),
    # Photo: back view, lavender racerback sports bra with crisscross straps, grey tights; face out of frame.
    # Caption/open: adapter (caption loops; "the man" for the faceless back view); closed: reference engine.
    case(
        "X1351-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears "
            "a long leggings. The leggings",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("lavender"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        D.details("The back of the bra has crisscross straps."),
        wearing("The man is wearing a purple sports bra and grey leggings.", "pronoun"),
        gender="Women",
        title="Zelocity by Zivame Women Lavender Solid Strappy Back Medium Impact Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
    # Photo: model, front, teal tights with a black abstract print, black cropped tank top. Polyester-spandex.
    # Caption/open: adapter; closed: reference engine (color: the tank top's black).
    case(
        "X1351-008",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long leggings. The tank shirt is "
            "with cotton fabric. The leggings are with cotton fabric and graphic patterns.",
            "unsupported",
        ),
        Q.garment_type("tights"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.material("cotton", "unsupported"),
        wearing("a black tank top and a pair of printed leggings"),
        gender="Women",
        title="Kica Women Teal Printed Quick Dry Training Tights",
        category="Tights",
        color="Teal",
    ),
    # Photo: model, front, grey melange track pants with drawstring and side pockets, white tee tucked in. Cotton blend.
    # Caption/open: adapter; closed: reference engine.
    case(
        "X1351-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.material("cotton"),
        D.details("the pants have a drawstring waist and two pockets"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Reebok Women Grey Melange Solid Training Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: model, front, olive crew-neck sweatshirt with ribbed hem and cuffs, black joggers. Cotton fleece.
    # Caption/open: adapter (details loops on the template's fabric sentence); closed: reference engine.
    case(
        "X1351-010",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("olive"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        wearing("a green sweatshirt and black pants"),
        D.details(
            "The sweater is with cotton fabric. It has a round neckline. The sweater is with cotton fabric. It has a "
            "round neckline. The",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="HRX by Hrithik Roshan Women Olive Solid Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: model, front, black sports bra with a coral band under the bust, black tights.
    # Caption/open: adapter (material answer only restates the question); closed: reference engine (pattern: solid
    # for the colour-blocked bra).
    case(
        "X1351-011",
        caption(
            "The lady wears a sleeveless tank shirt with color block patterns and a long leggings. The tank shirt is "
            "with cotton fabric. It has a suspenders neckline. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        wearing("a black and orange sports bra and black leggings"),
        Q.material("the garment is made of the material", "restated"),
        gender="Women",
        title="Rock.it Women Black & Coral Colourblocked Lightly Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model, front, black sweat shorts with small white logo on the left leg, grey melange tee. Cotton terry.
    # Caption/open: adapter; closed: reference engine (color: the tee's grey; the wearing answer greys the shorts too).
    case(
        "X1351-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        is_a("shorts", "yes", article="a pair of"),
        wearing("a grey t-shirt and grey shorts", "other_garment_color"),
        D.details("The shorts have an elasticated waistband with a drawstring and a small logo on the left leg."),
        gender="Women",
        title="Puma Women Black ESS Solid Sweat Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model, front, black tights with mesh panels on the calves, black sports bra; a fitness band on the wrist.
    # Caption/open: adapter (caption loops on the accessory sentence; wearing returned the template); closed:
    # reference engine.
    case(
        "X1351-013",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long leggings. The tank shirt is "
            "with cotton fabric. The leggings are with cotton fabric and pure color patterns. There is an accessory "
            "on her wrist. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        D.details("the tights have a mesh panel on the calf"),
        wearing(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long leggings. The tank shirt is "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Nike Pro Women Black Dri-FIT Mesh Panel Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: flat lay on white, coral round-neck tee, no person. Polyester.
    # Caption/open: adapter (caption invents a pair of pants); closed: reference engine.
    case(
        "X1351-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        wearing("a t-shirt"),
        Q.material("polyester"),
        gender="Women",
        title="Alcis Women Coral Solid Slim Fit Round Neck Training T-shirt",
        category="Tshirts",
        color="Coral",
    ),
    # Photo: model, front, charcoal running tights (near-black on the photo), reflective logo at the left ankle, no
    # side pockets, light blue running tee. Caption/open: adapter (details invent side pockets); closed: reference
    # engine.
    case(
        "X1351-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("solid"),
        D.details("The tights have a reflective logo on the left ankle and two side pockets.", "unsupported"),
        wearing("The woman is wearing a blue t-shirt and black leggings."),
        gender="Women",
        title="ASICS Women Charcoal Grey Solid Core Running Tights",
        category="Tights",
        color="Charcoal",
    ),
    # Photo: model, front, maroon tee with a large white logo print on the chest, black tights. Cotton.
    # Caption/open: adapter (material returned the template); closed: reference engine (pattern: solid for the print).
    case(
        "X1351-016",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("maroon"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.material(
            "The T-shirt is with cotton fabric and it has a round neckline. The leggings are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and black pants"),
        D.details("the t-shirt has a logo print on the front"),
        gender="Women",
        title="ADIDAS Women Maroon Brand Logo Printed Cotton Training T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: model, front, peach padded sports bra (cropped), white joggers.
    # Caption/open: adapter; closed: reference engine.
    case(
        "X1351-017",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long pants. The tank shirt is with "
            "cotton fabric. It has a suspenders neckline. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        wearing("a pink bra and white pants"),
        gender="Women",
        title="Clovia Women Peach Solid Padded Non-Wired Activewear Sports Bra",
        category="Sports Bra",
        color="Peach",
    ),
    # Photo: model, front, black track pants with a white stripe down each side, pink tee. Cotton.
    # Caption/open: adapter (material answer loops); closed: reference engine.
    case(
        "X1351-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and striped patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink t-shirt and black track pants"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Cotton Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model, front, black mid-impact sports bra with a white logo band, black shorts. HeatGear polyester.
    # No gender column on this row. Caption/open: adapter; closed: reference engine.
    case(
        "X1351-019",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a shorts. The tank shirt is with "
            "cotton fabric. It has a suspenders neckline. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        D.details("The bra has a wide elastic band under the bust with a logo."),
        title="Under Armour Women Black HeatGear Mid-Impact Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model, front, lavender hoodie, hood down, kangaroo pocket, white joggers. Cotton fleece.
    # Caption/open: adapter (caption loops); closed: reference engine.
    case(
        "X1351-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The lady wears a long-sleeve "
            "sweater with pure color",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "yes"),
        wearing("a purple hoodie and white pants"),
        gender="Women",
        title="DressBerry Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # Photo: model holding a water bottle, teal windbreaker open over a black sports bra, black tights. Nylon.
    # Caption/open: adapter; closed: reference engine (color: the bra and tights' black).
    case(
        "X1351-021",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long leggings. The jacket is with "
            "cotton fabric. It has a stand collar. The lady is holding a bottle. The leggings are with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "The jacket is with cotton fabric. It has a stand collar. The lady is holding a bottle. The leggings "
            "are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue jacket, black sports bra and black leggings"),
        gender="Women",
        title="Puma Women Teal Solid Packable Windbreaker Jacket",
        category="Jackets",
        color="Teal",
    ),
    # Photo: model, side view, olive joggers with drawstring, side pockets and elasticated cuffs, white tee, white
    # sneakers. Cotton blend. Caption/open: adapter; closed: reference engine.
    case(
        "X1351-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("joggers"),
        Q.color("green"),
        Q.pattern("solid"),
        D.details("the joggers have a drawstring waist, two side pockets and elasticated cuffs"),
        Q.material("cotton"),
        wearing("She is wearing a white t-shirt, olive green pants and white sneakers."),
        gender="Women",
        title="Skechers Women Olive Solid GO WALK Joggers",
        category="Joggers",
        color="Olive",
    ),
    # Photo: back view, short-haired model, black racerback tank top, grey melange shorts.
    # Caption/open: adapter (details invent a chest pocket nobody can see from the back); closed: reference engine.
    case(
        "X1351-023",
        caption(
            "The man wears a sleeveless tank shirt with pure color patterns and a shorts. The tank shirt is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        wearing("a black tank top and grey shorts"),
        D.details("The tank top has a round neckline and a pocket on the chest.", "unsupported"),
        gender="Women",
        title="Van Heusen Athleisure Women Black Solid Racerback Tank Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model, front, mustard cropped crew-neck sweatshirt, black high-waist leggings. Cotton fleece.
    # Caption/open: adapter (caption loops back to its first sentence); closed: reference engine.
    case(
        "X1351-024",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. The "
            "lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        wearing("a yellow sweatshirt and black leggings"),
        Q.material("knitting", "unsupported"),
        gender="Women",
        title="Campus Sutra Women Mustard Yellow Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: model, front, black leggings-style capris ending mid-calf, white tank top. Cotton-spandex.
    # Caption/open: adapter; closed: reference engine (it never picks "capris": no to the yes/no question).
    case(
        "X1351-025",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a three-quarter pants. The tank "
            "shirt is with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material("cotton"),
        wearing("a white tank top and black capri leggings"),
        is_a("capris", "no", "contradiction", article="a pair of"),
        gender="Women",
        title="C9 Airwear Women Black Solid Three-Fourth Capris",
        category="Capris",
        color="Black",
    ),
    # Photo: model, front, white tee with a black graphic logo print on the front only, black track pants. Cotton.
    # Caption/open: adapter; closed: reference engine (color: the pants' black).
    case(
        "X1351-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        D.details("The t-shirt has a graphic print on the front and the back.", "unsupported"),
        gender="Women",
        title="Kappa Women White Graphic Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model holding a dumbbell in each hand, white sports bra (cropped), grey shorts.
    # Caption/open: adapter (caption ran to the limit on a whole clause; material answer came back empty); closed:
    # reference engine.
    case(
        "X1351-027",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a shorts. The tank shirt is with "
            "cotton fabric. It has a suspenders neckline. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory in her hand",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("white"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        wearing("a white sports bra and grey shorts and holding a dumbbell"),
        Q.material("", "non_answer"),
        gender="Women",
        title="FILA Women White Solid Medium Support Sports Bra",
        category="Sports Bra",
        color="White",
    ),
    # Photo: model, front, pink running shorts, white tank top. Dri-FIT polyester.
    # Caption/open: adapter (wearing answer leaked the prompt format); closed: reference engine.
    case(
        "X1351-028",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a shorts. The tank shirt is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("shorts"),
        Q.color("pink"),
        Q.pattern("solid"),
        D.details("The shorts are short.", "non_answer"),
        wearing(
            "Question: What is the person wearing? Answer: a white tank top and pink shorts. Question: What is the "
            "person",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Nike Women Pink Dri-FIT Tempo Running Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Photo: model, front, grey melange tights, black tank top. Cotton stretch.
    # Caption/open: adapter (wearing: one black for both garments); closed: reference engine (color: the tank top's
    # black).
    case(
        "X1351-029",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long leggings. The tank shirt is "
            "with cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("cotton"),
        wearing("a black tank top and black leggings", "other_garment_color"),
        gender="Women",
        title="Enamor Women Grey Melange Solid Cotton Stretch Athleisure Tights",
        category="Tights",
        color="Grey Melange",
    ),
    # Photo: model, front, sea green tee with thin white horizontal stripes, black shorts. Rapid-Dry polyester.
    # Caption/open: adapter (caption calls the striped tee pure color); closed: reference engine.
    case(
        "X1351-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton", "unsupported"),
        wearing("a green and white striped t-shirt and black shorts"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Sea Green Striped Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Sea Green",
    ),
    # Photo: model, front, navy tracksuit: zipped jacket and matching pants, white three stripes on both pieces.
    # Caption/open: adapter; closed: reference engine (type: the jacket only, for a two-piece set).
    case(
        "X1351-031",
        caption(
            "The lady wears a long-sleeve jacket with striped patterns and a long trousers. The jacket is with cotton "
            "fabric. It has a stand collar. The trousers are with cotton fabric and striped patterns. The lady wears "
            "a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        wearing("a navy blue tracksuit"),
        is_a("tracksuit", "yes"),
        gender="Women",
        title="ADIDAS Women Navy Blue Solid 3-Stripes Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: model, front, purple short-sleeve crop top (bare midriff), black leggings. Cotton blend.
    # Caption/open: adapter (details answer says nothing but the question); closed: reference engine.
    case(
        "X1351-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        wearing("a purple crop top and black leggings"),
        D.details("the details of the garment are the garment", "restated"),
        gender="Women",
        title="Reebok Women Purple Solid Training Crop Top",
        category="Tops",
        color="Purple",
    ),
    # Photo: model holding a rolled purple yoga mat under one arm, black track pants (drawstring, side pockets, logo on
    # the left thigh), grey tee. Cotton. Caption/open: adapter (details loops); closed: reference engine.
    case(
        "X1351-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. She "
            "is holding a yoga",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material("cotton"),
        D.details(
            "The pants have a drawstring waist, two side pockets and a logo on the left thigh. The pants have a "
            "drawstring waist, two",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and black pants"),
        gender="Women",
        title="Jockey Women Black Solid Straight Fit Track Pants 1301",
        category="Track Pants",
        color="Black",
    ),
    # Photo: flat lay, lavender high-rise tights folded with the waistband showing, no person. Nylon-spandex.
    # No color column on this row. Caption/open: adapter (wearing answer loops); closed: reference engine.
    case(
        "X1351-034",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("tights"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        wearing(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Zelocity by Zivame Women Lavender Quick Dry High-Rise Tights",
        category="Tights",
    ),
    # Photo: back view, black pullover hoodie with a large white logo print across the back, hood down, grey joggers;
    # face not visible. Caption/open: adapter; closed: reference engine.
    case(
        "X1351-035",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        D.details("The sweatshirt has a hood, a zip on the front and a logo print on the back.", "unsupported"),
        wearing("he is wearing a black hoodie and grey pants", "pronoun"),
        gender="Women",
        title="Puma Women Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model, front, maroon long-line sports bra with matching maroon tights (the co-ord shot).
    # Caption/open: adapter (wearing loops); closed: reference engine (type: tank top; yet yes to the bra question).
    case(
        "X1351-036",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long leggings. The tank shirt is "
            "with cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        wearing(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long leggings. The lady wears a "
            "long leggings. The lady",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kica Women Maroon Solid Longline Medium Impact Sports Bra",
        category="Sports Bra",
        color="Maroon",
    ),
    # Photo: model, front, pink hooded windcheater zipped up, black tights. Nylon.
    # Caption/open: adapter (details answer is just the garment's name); closed: reference engine.
    case(
        "X1351-037",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long leggings. The jacket is with "
            "cotton fabric. It has a hooded collar. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("nylon"),
        D.details("the jacket", "non_answer"),
        wearing("a pink jacket and black leggings"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Pink Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Pink",
    ),
    # Photo: model, front, navy running shorts with side slits and elastic waistband, white tee with a small logo.
    # No gender column on this row. Caption/open: adapter (material answer returned the template); closed: reference
    # engine.
    case(
        "X1351-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        wearing("a white shirt and blue shorts"),
        Q.material(
            "The shorts are with cotton fabric and pure color patterns. The lady wears a short-sleeve T-shirt with "
            "pure color patterns and",
            "cut",
            hit_limit=True,
        ),
        D.details("The shorts have an elastic waistband and a side slit."),
        title="Alcis Women Navy Blue Solid Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: model, front, black tee with neon green shoulder panels, black tights. Polyester.
    # Caption/open: adapter; closed: reference engine (color: the accent panels' green).
    case(
        "X1351-039",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns and a long leggings. The T-shirt is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("green", "contradiction"),
        Q.pattern("colour blocked"),
        Q.sleeve_length("short sleeves"),
        wearing("a black and green t-shirt and black leggings"),
        Q.material("polyester"),
        gender="Women",
        title="Rock.it Women Black Colourblocked Slim Fit Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, front, black leggings with three white stripes down the sides, white sleeveless crop top.
    # Caption/open: adapter (details returned the template); closed: reference engine (color: the crop top's white).
    case(
        "X1351-040",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long leggings. The tank shirt is "
            "with cotton fabric. The leggings are with cotton fabric and striped patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        is_a("leggings", "yes", article="a pair of"),
        D.details(
            "The leggings are with cotton fabric and striped patterns. The lady wears a sleeveless tank shirt with "
            "pure color patterns",
            "cut",
            hit_limit=True,
        ),
        wearing("a white tank top and black leggings with white stripes"),
        gender="Women",
        title="ADIDAS Women Black 3-Stripes Essentials Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: model mid-stride, blue running tee, black running shorts, running shoes. Polyester.
    # Caption/open: adapter (wearing loops; material answered with a color); closed: reference engine.
    case(
        "X1351-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric and it has a round neckline. The shorts are with cotton fabric and pure color patterns. The lady "
            "wears a short-sleeve",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("blue", "non_answer"),
        wearing(
            "The woman wears a blue t-shirt and black shorts. The woman wears a blue t-shirt and black shorts. The "
            "woman wears a blue",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="ASICS Women Blue Solid Core Short Sleeve Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model, front, olive camouflage-print sports bra, black tights.
    # Caption/open: adapter (for once it says sports bra); closed: reference engine.
    case(
        "X1351-042",
        caption(
            "The lady wears a sports bra with graphic patterns and a long leggings. The sports bra is with cotton "
            "fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("green"),
        Q.pattern("camouflage"),
        Q.sleeve_length("sleeveless"),
        wearing("a camouflage sports bra and black leggings"),
        Q.material("The sports bra is with cotton fabric."),
        gender="Women",
        title="Slazenger Women Olive Camouflage Printed Lightly Padded Sports Bra",
        category="Sports Bra",
        color="Olive",
    ),
    # Photo: model, front, grey melange cuffed joggers with drawstring, black cropped tee. Cotton blend.
    # Caption/open: adapter (wearing returned the template); closed: reference engine (color: the tee's black).
    case(
        "X1351-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        D.details("the joggers have ribbed cuffs at the ankles and a drawstring"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Puma Women Grey Melange Solid Cuffed Joggers",
        category="Joggers",
        color="Grey Melange",
    ),
    # Photo: model, front, white full-zip running jacket worn open (stand collar, thumbholes) over a black sports bra,
    # black tights. Dri-FIT polyester. Caption/open: adapter; closed: reference engine (color: the bra and tights;
    # sleeves: sleeveless, from the bra under the open jacket).
    case(
        "X1351-044",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long leggings. The jacket is with "
            "cotton fabric. It has a stand collar. The lady wears a sleeveless tank shirt. The tank shirt is with "
            "cotton fabric. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("a white jacket, a black sports bra and black leggings"),
        D.details("The jacket has a full-length zip, a stand collar and thumbholes at the cuffs."),
        Q.material("polyester"),
        gender="Women",
        title="Nike Women White Dri-FIT Full-Zip Running Jacket",
        category="Jackets",
        color="White",
    ),
    # Photo: model, front, navy tights with printed geometric side panels, grey tee, a watch.
    # Rapid-Dry polyester. Caption/open: adapter; closed: reference engine.
    case(
        "X1351-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and graphic patterns. There "
            "is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.material("cotton", "unsupported"),
        wearing("a grey shirt and blue leggings"),
        D.details("The tights have printed side panels."),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Printed Rapid-Dry Running Tights",
        category="Tights",
        color="Navy Blue",
    ),
]
