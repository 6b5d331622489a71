"""BLIND_1135 (46 products; Myntra men's bottoms, caption adapter epoch 3): written blind in the sixtieth session.
Measured blind at 3e76d66 (the session's seventh rules): 98/117 failures found (83.8%) and 4/165 correct texts flagged
(2.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's bottoms (article types Jeans, Track Pants, Shorts and Trousers, the last being
chinos), one catalog photo each on the white studio backdrop, mostly worn by a model who also wears a top (tee, polo,
shirt, hoodie, jacket) and shoes; some shots are waist-down, one is a back view. Seller columns: title, category
(article_type), color (base_colour), gender; a few rows lack gender or color, as real feeds do.

Who wrote what: captions and open answers come from leoreigoto/Data2_V2_Blip2_Finetune_Caption (the caption adapter,
epoch 3) on Salesforce/blip2-opt-2.7b in 8-bit, greedy, 50 new tokens for captions and 30 for answers. It was trained
without an end token on DeepFashion-MultiModal templates, so it talks in the template voice ("The lower clothing is of
long length. The fabric is denim and it has solid color patterns.", "three-point shorts", "There is an accessory on
his wrist"), calls the person "the lady" or "she" out of habit (the training set is mostly women), rarely names hues
in captions, and often runs on to the limit (repeats, or stops mid-sentence) or continues into a new
"Question: ... Answer:" turn. About half its open answers still come out as short VQA-style phrases from the base
model; those stop cleanly on a newline. Closed answers (garment type, color, pattern, "Is this a pair of ...?") come
from enrich's --engine reference ranking the candidate values with the same adapter loaded; they never loop or stop
short, but they often pick the top's color or pattern, or the top's garment type.

Labeling conventions and judgement calls:
- One label per text: a text that repeats itself and is then cut at the limit is a loop (hit_limit=True); a text
  that stops mid-sentence at the limit without repeating is cut, even when the cut-off tail would have been an
  invented accessory; a text that runs into a new "Question:"/"Answer:" turn is a leak.
- other_garment_color: the product's color question (closed or open) or an open answer naming the product in the
  color of the top, jacket or shoes worn with it. A wrong hue that no other garment in the photo has (dark indigo
  jeans called black, light grey chinos called beige, the lime side tape of navy track pants given as the color) is
  a contradiction, as is a check/stripe/graphic pattern picked from the top, and a garment type picked from the top.
- Shades and coarse groups count as correct: maroon as red, khaki as beige, mustard as yellow, charcoal as grey,
  navy as blue, mid-blue as blue, olive as green or olive.
- Material: "cotton fabric" from the template on knit track pants, shorts and chinos is taken as correct; "denim"
  for chinos (the title says Chinos) is a contradiction; a material nothing in the photo or title backs ("leather"
  track pants, "denim" knit shorts, a "mesh lining" nobody can see) is unsupported.
- Template length words are judged against the photo: "three-point" means shorts, "long length" means full-length
  pants; the wrong one is a contradiction.
- Invented accessories or parts the photo cannot show (wrist accessory with hands in pockets, a hat, back-pocket
  tabs in a front view, pleats on flat-front chinos, a cap, a drawstring on chinos) are unsupported. "There is an
  accessory in his waist" where a belt is visible is correct.
- non_answer: empty, one word, yes/no, or a tautology in the question's words ("They are short." for the shorts'
  details, "blue" for the jeans' details). restated: the answer turns the question itself into a statement ("The
  details of the shorts are the shorts details.") or opens by repeating the question and adds nothing of substance.
- pronoun: "she", "her" or "the lady" for a Men row; none are given for rows without gender.
- A plain tee under a hoodie or jacket counts as worn and can be named; the model's "sweater" for a sweatshirt or
  hoodie and "tank shirt" for a vest are the template's class names and are not failures.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1135 = [
    # photo: full body, dark indigo slim jeans, plain white crew-neck tee, white sneakers, white backdrop, front view,
    # hands at the sides, no watch. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-001",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The gentleman wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("A white T-shirt and dark blue jeans."),
        Q.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.garment_type("jeans"),
        title="Levis Men 511 Slim Fit Dark Indigo Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: chest down, black skinny jeans, grey melange tee untucked, brown suede boots, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-002",
        caption(
            "The upper clothing has short sleeves, cotton fabric and solid color patterns. It has a crew neckline. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The person "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "grey", "other_garment_color"),
        Q.pattern("solid"),
        describe("jeans", "dark blue skinny jeans", "contradiction"),
        material("denim"),
        title="Roadster Men Black Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: full body, black track pants with one white stripe down each side seam, black Puma logo tee with a white
    # cat print, white sneakers, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X1135-003",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and stripe patterns."
        ),
        wearing("She is wearing a black T-shirt and black track pants.", "pronoun"),
        Q.color("black"),
        is_a("pair of track pants", "yes"),
        details(
            "track pants",
            "The track pants have white stripes on the side and an elastic waistband. The track pants have white "
            "stripes on the side and an elastic waistband. The",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Black Essential Logo Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: waist-down, navy knit running shorts above the knee with a small white swoosh on the left leg, hem of a
    # grey tee visible, bare legs, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X1135-004",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The lower clothing is of long length. "
            "The fabric is cotton and it has solid color patterns.",
            "contradiction",
        ),
        color_of("shorts", "navy blue"),
        details("shorts", "They are short.", "non_answer"),
        describe("shorts", "navy blue shorts with a white logo on the left leg"),
        Q.garment_type("shorts"),
        material("The fabric is denim.", "unsupported"),
        title="Nike Men Navy Blue Dri-FIT Running Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: full body, khaki flat-front chinos, light blue oxford shirt tucked in, brown leather belt, brown loafers,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-005",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        color_of("pants", "blue", "other_garment_color"),
        Q.garment_type("trousers"),
        describe("chinos", "A pair of khaki chinos with a brown leather belt."),
        details("chinos", "The chinos have a button closure, side pockets and a pleated front.", "unsupported"),
        Q.color("khaki"),
        title="United Colors of Benetton Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: full body, light-wash blue jeans with whiskering and a rip at the right knee, black graphic tee with a
    # white skull print, black sneakers, white backdrop. Caption and open: caption adapter epoch 3; closed: reference.
    case(
        "X1135-006",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t shirt and ripped blue jeans", who="he"),
        color_of("jeans", "black", "other_garment_color"),
        details("jeans", "ripped knee, faded wash, whiskers at the hips, five pockets"),
        Q.pattern("solid"),
        title="Flying Machine Men Light Blue Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: full body, grey melange joggers with a drawstring and ribbed ankle cuffs, plain olive tee, grey sneakers,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.color("grey"),
        color_of("track pants", "green", "other_garment_color"),
        wearing("an olive t-shirt and grey jogger pants"),
        details("track pants", "The pants have a drawstring waist and ribbed cuffs at the ankles."),
        material("cotton"),
        title="HRX by Hrithik Roshan Men Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: waist-down, washed black regular jeans, tail of an untucked white shirt, black shoes, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-008",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has solid color patterns. The lower clothing is of",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("track pants", "contradiction"),
        describe("jeans", "a pair of black jeans with a white shirt"),
        details(
            "jeans", "Question: What are the jeans details? Answer: The jeans are black with five pockets.", "leak"
        ),
        title="Wrangler Men Black Regular Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: full body, navy track pants with three white side stripes and zip pockets, white logo tee, black slides,
    # no belt, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-009",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with cotton "
            "fabric and it has a crew neckline. The pants are with cotton fabric and stripe patterns. There is a belt "
            "in his waist.",
            "unsupported",
        ),
        Q.color("navy blue"),
        color_of("track pants", "navy"),
        is_a("pair of track pants", "yes"),
        details("track pants", "three white stripes on the side and a zip pocket"),
        wearing("white tee, blue track pants, black slides", who="he"),
        Q.pattern("striped"),
        title="Adidas Men Navy Blue Tiro Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: waist-down, olive cargo shorts with flap pockets on both legs, plain black tee, no belt, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-010",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. This "
            "man wears three-point shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "cargo pockets with flaps on both sides, belt loops, a button fly"),
        Q.garment_type("pants", "contradiction"),
        wearing("a black t-shirt, olive cargo shorts and a brown belt", "unsupported"),
        Q.material(
            "The fabric is cotton and it has solid color patterns. The fabric is cotton and it has solid color "
            "patterns. The fabric is cotton and it",
            "loop",
            hit_limit=True,
        ),
        title="Spykar Men Olive Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: full body, navy slim chinos, white formal shirt tucked in, black belt, brown derby shoes, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-011",
        caption(
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns.",
            "contradiction",
        ),
        Q.color("navy blue"),
        color_of("trousers", "white", "other_garment_color"),
        wearing("a white shirt and navy blue pants", who="he"),
        describe("trousers", "navy blue slim fit trousers with a black belt"),
        title="Peter England Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: waist-down, mid-blue regular jeans, red-and-navy checked flannel shirt tucked in, tan leather belt,
    # white backdrop. Row has no gender. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-012",
        caption(
            "The person wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The person wears long pants. The pants are with denim fabric and solid color patterns. "
            "There is an accessory in his waist. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked", "contradiction"),
        Q.color("blue"),
        details("jeans", "The jeans have a tan belt and a red check shirt tucked in."),
        wearing("A red and blue plaid shirt and jeans."),
        title="Lee Men Mid Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: full body, grey track pants with black side panels (color block), plain black tee, red sneakers,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-013",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The gentleman wears long pants. The pants are with cotton fabric and color block patterns. The "
            "gentleman wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("track pants", "red", "other_garment_color"),
        wearing("a black t-shirt, grey track pants and red shoes"),
        Q.pattern("colour blocked"),
        details("track pants", "Answer: grey track pants with black panels on the side", "leak"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Puma Men Grey Colourblocked Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: waist-down, beige chino shorts with rolled hems, white linen shirt half tucked, tan belt, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-014",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and three-point shorts. The shirt is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.color("beige"),
        color_of("shorts", "beige"),
        details("shorts", "The details of the shorts are the shorts details.", "restated"),
        describe("shorts", "beige chino shorts with rolled up hems and a tan belt"),
        Q.garment_type("shorts"),
        title="Jack & Jones Men Beige Solid Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: full body, maroon slim chinos with turned-up hems, navy pique polo, white sneakers, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-015",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. Her T-shirt is with cotton fabric "
            "and it has a lapel neckline. The lady wears long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        Q.color("red"),
        color_of("chinos", "navy blue", "other_garment_color"),
        wearing("A blue polo shirt and red pants."),
        describe("chinos", "maroon chinos with a slim fit and turned-up hems"),
        material("cotton"),
        title="Mufti Men Maroon Slim Fit Chinos",
        category="Trousers",
        color="Maroon",
        gender="Men",
    ),
    # photo: full body, stone-wash blue slim jeans with copper rivets, grey crew-neck sweatshirt, brown boots,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-016",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns and long pants. The sweater is with cotton "
            "fabric and it has a round neckline. The pants are with denim fabric and solid color patterns."
        ),
        color_of("jeans", "grey", "other_garment_color"),
        Q.garment_type("jeans"),
        details("jeans", "stone washed, slim fit, five pocket styling with copper rivets"),
        describe(
            "jeans",
            "The jeans are blue and the jeans are blue and the jeans are blue and the jeans are blue and the jeans are "
            "blue and",
            "loop",
            hit_limit=True,
        ),
        wearing("yes", "non_answer"),
        title="Highlander Men Blue Slim Fit Stone Wash Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: waist-down, black track pants with thin white piping along the side seams and zipped ankles, hem of a
    # black tee, black sneakers, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X1135-017",
        caption("The lower clothing is of long length. The fabric is cotton and it has solid color patterns."),
        Q.color("black"),
        wearing("He is wearing black track pants.", who="he"),
        details("track pants", "white piping down the side seam, zip at the ankles, elastic waist"),
        material("The fabric is leather.", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        describe("track pants", "Describe the track pants: they are track pants.", "restated"),
        title="Reebok Men Black Training Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: waist-down, navy chino shorts, untucked white polo with a small navy logo, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-018",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and three-point shorts. The T-shirt is "
            "with cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure color "
            "patterns. This man wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        wearing("a white polo and navy shorts"),
        color_of("shorts", "navy blue"),
        details("shorts", "shorts", "non_answer"),
        Q.pattern("solid"),
        title="U.S. Polo Assn. Men Navy Blue Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: full body, grey-wash slim jeans, black leather biker jacket open over a white tee, black boots, front
    # view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-019",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. This man "
            "wears three-point shorts. The shorts are with denim fabric and solid color patterns.",
            "contradiction",
        ),
        Q.color("black", "other_garment_color"),
        color_of("jeans", "grey"),
        wearing("a leather jacket, white t-shirt and grey jeans"),
        details("jeans", "The jeans are grey with a leather patch on the back and a zip fly.", "unsupported"),
        material("The fabric is denim. Question: What is the color of the jeans? Answer: grey", "leak"),
        title="Pepe Jeans Men Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: full body, maroon track pants with two white stripes down each leg and a small logo on the thigh, plain
    # white tee, white sneakers, white backdrop. Caption and open: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-020",
        caption(
            "The upper clothing has short sleeves, cotton fabric and solid color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has stripe patterns."
        ),
        Q.color("maroon"),
        color_of("track pants", "maroon"),
        wearing("He's wearing a white shirt and maroon sweatpants.", who="he"),
        details("track pants", "two white stripes down each leg and a small logo on the thigh"),
        describe("track pants", "maroon track pants with white stripes and zip pockets at the back", "unsupported"),
        Q.garment_type("track pants"),
        title="Fila Men Maroon Striped Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: full body, olive slim chinos, blue denim shirt worn open over a white crew tee, white sneakers, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-021",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and "
            "it has a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a denim shirt over a white t-shirt with olive green pants"),
        Q.color("blue", "other_garment_color"),
        color_of("chinos", "olive"),
        material("The fabric is denim.", "contradiction"),
        describe(
            "chinos",
            "The chinos are olive green with a slim fit, side pockets and belt loops. The chinos are olive green with "
            "a slim fit, side pockets and",
            "loop",
            hit_limit=True,
        ),
        title="Indian Terrain Men Olive Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: waist-down, black running shorts with side splits and a small white swoosh, plain grey tee, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-022",
        caption(
            "Her shorts are of three-point length. They are with cotton fabric and solid color patterns. She wears a "
            "short-sleeve T-shirt.",
            "pronoun",
        ),
        Q.color("black"),
        color_of("shorts", "grey", "other_garment_color"),
        details("shorts", "side splits at the hem and an elastic waistband with a small white swoosh"),
        Q.garment_type("shorts"),
        material("The fabric is cotton and it has a mesh lining.", "unsupported"),
        wearing("a grey t-shirt and long black pants", "contradiction"),
        title="Nike Men Black Flex Stride Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: full body, dark raw-denim skinny jeans without fading, white shirt with thin navy pinstripes, tan shoes,
    # no watch, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-023",
        caption(
            "This man wears a long-sleeve shirt with stripe patterns and long pants. The shirt is with cotton fabric "
            "and it has a lapel neckline. The pants are with denim fabric and solid color patterns."
        ),
        Q.pattern("striped", "contradiction"),
        color_of("jeans", "dark blue"),
        wearing("a white striped shirt and dark jeans"),
        describe("jeans", "Describe the jeans. The jeans are jeans.", "restated"),
        details(
            "jeans",
            "The jeans are skinny fit with whiskers on the thighs and a zip fly. There is an accessory on his wrist.",
            "unsupported",
        ),
        title="Killer Men Dark Blue Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: full body, charcoal track pants, plain yellow tee, black sneakers, white backdrop; no logos or zips on
    # the pants. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-024",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("grey"),
        color_of("track pants", "grey"),
        wearing("a yellow t-shirt and dark grey track pants"),
        details("track pants", "yes", "non_answer"),
        describe("track pants", "dark grey track pants with a reflective logo and zip ankles", "unsupported"),
        is_a("pair of track pants", "yes"),
        title="Proline Men Charcoal Grey Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: full body, beige flat-front chinos, navy blazer over a white shirt, brown shoes, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-025",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("trousers"),
        wearing("a blue blazer, a white shirt and beige trousers"),
        details("chinos", "flat front, slant side pockets, belt loops"),
        Q.material(
            "The fabric is cotton. The fabric is cotton. The fabric is cotton. The fabric is cotton. The fabric is "
            "cotton. The fabric is",
            "loop",
            hit_limit=True,
        ),
        title="Basics Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: waist-down, mid-blue denim shorts with frayed hems and a faded wash, white vest (tank top), no cap or
    # headwear in frame, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-026",
        caption(
            "This man wears a tank shirt with pure color patterns and three-point shorts. The tank shirt is with "
            "cotton fabric. The shorts are with denim fabric and solid color patterns."
        ),
        color_of("shorts", "blue"),
        Q.color("blue"),
        material("denim"),
        details("shorts", "frayed hems, faded wash and five pockets"),
        is_a("pair of jeans", "no"),
        Q.garment_type("jeans", "contradiction"),
        wearing("a white tank top, blue denim shorts and a cap", "unsupported"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: full body, navy track pants with red-and-white piping and a zipped side pocket, red zip-up track jacket
    # over a white tee, white sneakers. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-027",
        caption(
            "This man wears a long-sleeve jacket with color block patterns and long pants. The jacket is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("red", "other_garment_color"),
        wearing("A red track jacket, a white t-shirt and navy blue track pants."),
        color_of("track pants", "navy blue"),
        details(
            "track pants",
            "The track pants have red and white piping along the sides and a zipped pocket. Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        title="Slazenger Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: waist-down, dark indigo bootcut jeans, light blue chambray shirt tucked in, brown belt with a large
    # buckle, brown boots, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X1135-028",
        caption(
            "The upper clothing has long sleeves, denim fabric and solid color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. There is an "
            "accessory in his waist."
        ),
        Q.color("blue"),
        color_of("jeans", "light blue", "other_garment_color"),
        describe("jeans", "dark indigo bootcut jeans worn with a brown belt and boots"),
        details("jeans", "bootcut, dark rinse, contrast stitching, five pockets"),
        wearing("a light blue shirt and black jeans", "contradiction"),
        Q.pattern("solid"),
        title="Wrangler Men Indigo Bootcut Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: waist-down, blue board shorts with a white and orange tropical leaf print and a lace-up fly, plain white
    # tee, bare feet, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-029",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and floral patterns."
        ),
        Q.pattern("printed"),
        Q.color("blue"),
        wearing(
            "He is wearing a white t-shirt and blue printed shorts. He is wearing a white t-shirt and blue printed "
            "shorts. He is",
            "loop",
            who="he",
            hit_limit=True,
        ),
        details("shorts", "a tropical leaf print in white and orange, a lace-up fly and a side pocket"),
        title="Quiksilver Men Blue Printed Board Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: full body, light grey slim chinos, pink oxford shirt tucked in, black belt, tan shoes, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        Q.color("grey"),
        color_of("chinos", "grey"),
        wearing("a pink shirt tucked into grey pants with a black belt"),
        details("chinos", "The chinos details are chinos with details and the chinos are chinos", "restated"),
        describe("chinos", "beige trousers", "contradiction"),
        Q.garment_type("trousers"),
        title="Arrow Sport Men Grey Slim Fit Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: full body, light stone-wash straight jeans with a button fly, red tee with a white batwing logo tucked in
    # at the front, white sneakers, front view. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X1135-031",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        Q.color("blue"),
        Q.pattern("graphic", "contradiction"),
        color_of("jeans", "light blue"),
        describe("jeans", "light blue straight leg jeans with a red tab on the back pocket", "unsupported"),
        wearing("red levis t-shirt and light blue jeans"),
        details("jeans", "button fly, straight leg, light stonewash"),
        material("no", "non_answer"),
        title="Levis Men Blue 501 Original Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: full body, navy track pants with lime green tape along the side seams and cuffed hems, grey melange tee,
    # black sneakers, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-032",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. This man "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        color_of("track pants", "green", "contradiction"),
        wearing("a grey tee and navy track pants with green stripes"),
        details(
            "track pants", "The track pants are navy blue with lime green tape along the side seams and cuffed hems."
        ),
        Q.material(
            "The fabric is cotton. Question: What is the pattern of the track pants? Answer: The pants are with cotton "
            "fabric and",
            "leak",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: full body, black super-skinny jeans with small rips at both knees, white shirt with rolled sleeves,
    # black boots, nothing on the head, white backdrop. Caption and open: caption adapter epoch 3; closed: reference.
    case(
        "X1135-033",
        caption(
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. This man wears a "
            "hat.",
            "unsupported",
        ),
        Q.color("black"),
        color_of("jeans", "white", "other_garment_color"),
        wearing("white shirt and black ripped jeans"),
        describe("jeans", "she is wearing black jeans with ripped knees", "pronoun"),
        is_a("pair of jeans", "yes"),
        title="Spykar Men Black Super Skinny Fit Low Distress Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: waist-down, navy shorts with a green and white check, untucked white polo, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-034",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and three-point shorts. The shorts are "
            "with cotton fabric and lattice patterns."
        ),
        Q.pattern("checked"),
        Q.color("green", "contradiction"),
        wearing("a white polo shirt and checked shorts"),
        details(
            "shorts",
            "The shorts are with cotton fabric and lattice patterns. The shorts are with cotton fabric and lattice "
            "patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        title="United Colors of Benetton Men Navy Blue & Green Checked Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: full body, brown cotton chinos, black turtleneck sweater, black shoes, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-035",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns and long pants. The sweater is with "
            "knitting fabric and it has a high neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("chinos", "brown"),
        wearing("a black turtleneck and brown trousers"),
        details("chinos", "The chinos are made of leather and have a zip at the ankle.", "unsupported"),
        Q.garment_type("sweater", "contradiction"),
        material("", "non_answer"),
        title="John Players Men Brown Slim Fit Chinos",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: full body, mid-blue slim jeans, olive bomber jacket open over a black tee, white sneakers, white
    # backdrop. Row has neither gender nor color. Caption and open: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-036",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a stand collar. This man wears long pants. The pants are with denim fabric and solid color patterns. "
            "This man wears a pair of sneakers. The sneakers are",
            "cut",
            hit_limit=True,
        ),
        Q.color("green", "other_garment_color"),
        color_of("jeans", "blue"),
        wearing("an olive green bomber jacket, a black t-shirt and blue jeans"),
        details("jeans", "blue", "non_answer"),
        title="Mufti Men Blue Slim Fit Jeans",
        category="Jeans",
    ),
    # photo: full body, black tapered joggers with ribbed cuffs, a drawstring and a small white swoosh on the left
    # thigh, white hoodie, black sneakers. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X1135-037",
        caption(
            "She wears a long-sleeve sweater with pure color patterns and long pants. Her pants are with cotton fabric "
            "and pure color patterns.",
            "pronoun",
        ),
        Q.color("black"),
        is_a("pair of track pants", "yes"),
        wearing("white hoodie and black joggers"),
        details(
            "track pants",
            "tapered legs with ribbed cuffs, a small white swoosh on the left thigh, a drawstring waist, two side "
            "pockets with hidden zips and a",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Nike Men Black Club Fleece Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: waist-down, khaki chino shorts, navy-and-white horizontally striped tee, brown belt, hands at the sides
    # without a watch, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-038",
        caption(
            "This man wears a short-sleeve T-shirt with stripe patterns and three-point shorts. The T-shirt is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.pattern("striped", "contradiction"),
        Q.color("beige"),
        color_of("shorts", "navy blue", "other_garment_color"),
        details("shorts", "The details of the shorts are what the shorts have.", "restated"),
        wearing("a striped t-shirt, khaki shorts and a watch", "unsupported"),
        title="Basics Men Khaki Slim Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: waist-down, navy track pants with a white stripe down each side and a drawstring, model's hands in the
    # side pockets (wrists hidden), white sneakers. Caption and open: caption adapter epoch 3; closed: reference.
    case(
        "X1135-039",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has stripe patterns. There is an "
            "accessory on his wrist.",
            "unsupported",
        ),
        Q.color("navy blue"),
        color_of("track pants", "navy blue"),
        details("track pants", "a white stripe down each side and a drawstring at the waist"),
        describe(
            "track pants",
            "The track pants are navy blue with a white stripe on the side. The track pants are navy blue with a white "
            "stripe on the",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Navy Blue T7 Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: back view, mid-blue tapered jeans with stitched back pockets and a leather patch on the waistband,
    # plain white tee, white backdrop; no rips. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X1135-040",
        caption(
            "The upper clothing has short sleeves, cotton fabric and solid color patterns. The lower clothing is of "
            "long length. The fabric is denim and it has solid color patterns."
        ),
        details("jeans", "a leather patch on the back of the waistband and stitched back pockets"),
        Q.color("blue"),
        wearing("a white t-shirt and blue jeans, seen from the back"),
        describe("jeans", "The jeans have a zip fly and a ripped knee.", "unsupported"),
        color_of("jeans", "blue"),
        title="Jack & Jones Men Blue Tapered Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: waist-down, red athletic shorts with white side panels and a small logo on the left leg, plain black
    # tee, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-041",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and color block patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        color_of("shorts", "red"),
        wearing("a black t-shirt and black shorts", "other_garment_color"),
        details("shorts", "white side panels, an elastic waistband and a small logo on the left leg"),
        describe("shorts", "Describe the shorts. The shorts are described as shorts.", "restated"),
        Q.garment_type("shorts"),
        title="Puma Men Red Active Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: full body, white chinos, navy linen shirt untucked with rolled sleeves, tan loafers, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-042",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        Q.color("white"),
        color_of("chinos", "white"),
        wearing("a navy shirt and white pants"),
        details("chinos", "Question: What are the chinos details? Answer: white", "leak"),
        material("cotton"),
        title="United Colors of Benetton Men White Slim Fit Chinos",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: full body, grey track pants with three black stripes and zips at the ankles, black logo tee with a white
    # print, black sneakers. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-043",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and stripe patterns."
        ),
        Q.color("grey"),
        color_of("track pants", "black", "other_garment_color"),
        wearing("He is wearing a black adidas t-shirt and grey track pants with black stripes.", who="he"),
        details("track pants", "three black stripes down the sides and a zip at each ankle"),
        describe("track pants", "The lady is wearing grey track pants with black stripes.", "pronoun"),
        title="Adidas Men Grey Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: full body, dark navy skinny jeans with light whiskering, mustard yellow pullover hoodie, white sneakers,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-044",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns and long pants. The sweater is with cotton "
            "fabric. The pants are with denim fabric and solid color patterns. This man wears a long-sleeve sweater "
            "with pure color patterns and long pants. The sweater",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow", "other_garment_color"),
        color_of("jeans", "navy blue"),
        wearing("a mustard hoodie and dark blue jeans"),
        Q.garment_type("sweatshirt", "contradiction"),
        details("jeans", "skinny fit, dark wash, light whiskering on the thighs"),
        describe("jeans", "black skinny jeans", "contradiction"),
        title="Roadster Men Navy Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: waist-down, grey melange knit shorts with a drawstring, side pockets and a small logo at the hem, plain
    # navy tee, white backdrop. Row has no color. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X1135-045",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.color("grey"),
        color_of("shorts", "grey"),
        wearing("Answer: a blue t-shirt and grey shorts", "leak"),
        details("shorts", "drawstring waist, side pockets and a small logo on the hem"),
        material("The fabric is denim.", "unsupported"),
        Q.garment_type("track pants", "contradiction"),
        title="Proline Men Grey Melange Knit Shorts",
        category="Shorts",
        gender="Men",
    ),
    # photo: full body, mustard chinos with turned-up hems and a button waist, blue denim jacket over a white tee,
    # white sneakers, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1135-046",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and it has "
            "a lapel neckline. This man wears long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.color("yellow"),
        color_of("chinos", "blue", "other_garment_color"),
        wearing("a denim jacket, a white t-shirt and mustard yellow chinos"),
        describe("chinos", "mustard chinos with turned up hems"),
        details("chinos", "The chinos have a drawstring waist and elastic cuffs.", "unsupported"),
        title="Highlander Men Mustard Slim Fit Chinos",
        category="Trousers",
        color="Mustard",
        gender="Men",
    ),
]
