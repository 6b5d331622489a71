"""BLIND_1118 (46 products; old Myntra bottoms & jeans, epoch-3 caption adapter): written blind in the sixtieth session.
Measured blind at 796126b (the session's fourth rules): 108/129 failures found (83.7%) and 7/186 correct texts flagged
(3.8%). The writer's notes, verbatim:

Scenario: the older Myntra "Fashion Product Images" feed, the kind the shared photos come from: short seller titles
("Locomotive Men Blue Jeans"), article_type as category (Jeans, Trousers, Shorts, Track Pants, Skirts, Capris) and
base_colour as color. Only bottoms: men's and women's jeans, trousers, shorts, track pants, capris and skirts. Every
photo is a catalog shot on a white backdrop, the bottom worn by a model who also wears a top (tee, shirt, polo,
blouse, sweater, hoodie, kurta), sometimes a jacket, blazer or open denim shirt, belts, watches, shoes. Mostly front
views, a few back or side views, some cropped at the knees. A few rows lack a column (no title, no color, no gender)
and one row's seller color is wrong (X1118-046: "Black" for jeans that are plainly blue; the black is the polo's).

Who wrote what: the caption and every open answer come from the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b, greedy, 50 new tokens for captions, 30 for answers). It
writes the DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt
is with cotton fabric. The pants are with denim fabric and solid color patterns."), names hues mostly in its short
answers (rarely in a caption), and was trained with no end token, so about one text in ten runs to the limit, looping or
cut mid-phrase; the template's stock tails ("There is an accessory on her wrist.", "The man wears a hat.") come out
whether or not the photo has one. In short answers it often gives the top's color to the bottom, swaps he/she, and now
and then writes the "Question: ... Answer:" format back. Closed answers (garment type, color, pattern, the yes/no "Is
this a pair of jeans?") come from enrich's --engine reference, which picks one candidate value with the same model, so
they never loop or stop short, but they do pick the top's color or pattern.

Labeling conventions and judgement calls:
- One label per text, the one a reader would name first: a text that loops until the limit is "loop" (hit_limit),
  one that stops mid-phrase at the limit with no repetition is "cut" (hit_limit), even where the cut text also
  carries an invented detail. A text that writes the "Question: ... Answer:" format back is "leak" even where it
  also ran to the limit (X1118-003, X1118-027 carry hit_limit).
- A wrong color in an open answer or caption that is the color of another garment in the photo (the top, the
  jacket, the shirt over the jeans) is other_garment_color; the same mistake in a closed answer (the reference
  engine picked the top's color) is contradiction, as are closed picks of the top's pattern and a wrong garment
  type or a "no" to "Is this a pair of jeans?" for jeans.
- A hue that is nobody's in the photo ("blue" for black jeans, "black" for charcoal or navy trousers, "brown" for a
  maroon skirt) is contradiction. Shade synonyms inside the seller's group are correct: navy as "blue", maroon as
  "red", cream as "white", turquoise as "blue", olive as "green", charcoal as "grey".
- The caption template's pattern words are judged against the garment: "floral patterns" or "striped patterns" for
  plain shorts or jeans (the top's pattern carried down) is contradiction; "pure color"/"solid color" for a plain
  bottom is correct, and "graphic patterns" for a polka-dot blouse is accepted.
- Material: the template's generic fabric for the kind (denim for jeans, cotton for chinos and skirts, polyester for
  track pants) is correct; a fabric the category rules out (denim track pants, leather jeans) is contradiction; a
  specific blend, percentage, lining, or fabric the photo does not show (cotton for glossy Nike shorts, corduroy for
  twill chinos, "organic cotton") is unsupported.
- The template's accessory tails are correct when the photo shows the thing (a watch, a bracelet, a belt) and
  unsupported when it does not; so are zips, back pockets, drawstrings and buttons that the view cannot show.
- Saying nothing is non_answer: an empty answer, "yes" to an open question, a one-word garment name for "What is he
  wearing?", "pure color" for a color question, or the question's own words ("The shorts are shorts.").
  restated is a sentence that turns the question back on itself ("The details of the jeans are the details of the
  jeans.") or echoes the question verbatim.
- "pants" from the reference engine for capris is accepted as correct (the candidate set has no capris); "a white
  kurta and blue jeans" is correct for jeans worn under a kurta.
- X1118-046: answers that call the jeans blue are correct (right for the photo) although the seller says Black; the
  open answer "black" is other_garment_color.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

JEANS = "pair of jeans"

BLIND_1118 = [
    # photo: man in mid-blue slim jeans, plain white crew-neck tee worn out, brown shoes, steel watch on the left
    # wrist, white backdrop, full-length front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-001",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is crew. The man wears long denim pants with solid color patterns. There is an accessory on his "
            "wrist."
        ),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_of("jeans", "blue"),
        describe("jeans", "The jeans are of long length. The fabric is denim and it has solid color patterns."),
        details(
            "jeans",
            "The jeans have five pockets, a button fly, a belt, a zipper, a button fly, a belt, a zipper, a button "
            "fly, a belt",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        material("98% cotton denim with 2% elastane", "unsupported"),
        title="Locomotive Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black skinny jeans, grey marl loose tee half-tucked at the front, white sneakers, white
    # backdrop, full-length front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The trousers the lady wears is of long length. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and black jeans", who="she"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        describe("jeans", "black skinny jeans with a high waist"),
        details(
            "jeans", "The jeans have a zipper fly and a button, and there is a tag on the back pocket.", "unsupported"
        ),
        is_a(JEANS, "yes"),
        title="Kraus Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in khaki flat-front chinos, light blue formal shirt tucked in, brown leather belt, brown shoes,
    # white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-003",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The trousers are of long length. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a blue shirt and khaki pants with a belt", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.garment_type("trousers"),
        details(
            "pants",
            "The pants have a belt loop, a belt loop, a belt loop, a belt loop, a belt loop, a belt loop, a belt loop",
            "loop",
            hit_limit=True,
        ),
        describe(
            "pants",
            "Question: Describe the pants. Answer: The pants are khaki chinos with a brown belt. Question: Describe",
            "leak",
            hit_limit=True,
        ),
        material("cotton"),
        title="Arrow Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in navy polyester athletic shorts with a small white swoosh on the left leg, grey tee, white
    # backdrop, front view cropped at the shins. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-004",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The man wears three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        wearing("a grey t-shirt and navy blue shorts", who="he"),
        color_of("shorts", "navy blue"),
        describe("shorts", "they are short", "non_answer"),
        details("shorts", "a white nike logo on the left leg and an elastic waistband"),
        Q.material("polyester"),
        Q.garment_type("shorts"),
        title="Nike Men Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in black knee-length A-line skirt, white sleeveless chiffon top tucked in, black heels, white
    # backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The skirt the lady wears is of medium length. The skirt is with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a white tank top and a black skirt", who="she"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.garment_type("skirt"),
        describe(
            "skirt",
            "The skirt is a black skirt with a black skirt with a black skirt with a black skirt with a black skirt "
            "with",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        details("skirt", "The skirt has a zip at the back and a lining inside.", "unsupported"),
        title="Vero Moda Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in light-wash blue jeans with whiskering and faded thighs, black tee with a white graphic print,
    # black sneakers, white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-006",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is crew. The pants are of long length. The pants are with denim fabric and solid color "
            "patterns."
        ),
        wearing("black t-shirt and black jeans", "other_garment_color", who="he"),
        color_of("jeans", "light blue", kind="open"),
        Q.color("blue"),
        details("jeans", "The jeans are faded on the thighs and have whiskers at the hips."),
        describe(
            "jeans",
            "Question: What is the color of the jeans? Answer: blue Question: What is the color of the shirt? "
            "Answer: black",
            "leak",
        ),
        material("organic cotton denim", "unsupported"),
        title="Spykar Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in dark indigo skinny jeans with rolled hems, pink floral long-sleeve blouse worn out, thin silver
    # bracelet, nude flats, white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-007",
        caption(
            "The female is wearing a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. The "
            "female wears long denim pants with solid color patterns. There is an accessory on his wrist.",
            "pronoun",
        ),
        wearing("a pink floral blouse and dark blue jeans", who="she"),
        color_of("jeans", "pink", "contradiction"),
        describe("jeans", "dark blue skinny jeans with the hems rolled up"),
        details(
            "jeans",
            "The jeans are with denim fabric and solid color patterns. The jeans are with denim fabric and solid "
            "color patterns. The jeans",
            "loop",
            hit_limit=True,
        ),
        is_a(JEANS, "yes"),
        title="Only Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in black track pants with a white side stripe and a small cat logo on the thigh, red tee, black
    # sneakers, white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-008",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "man wears long trousers. The trousers are with denim fabric and solid color patterns.",
            "contradiction",
        ),
        wearing("a red t-shirt and black track pants", who="he"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.garment_type("track pants"),
        details("pants", "a white stripe down the side of each leg and a small logo on the left thigh"),
        describe("pants", "black track pants with a white stripe on the side, worn with a red t-shirt"),
        material("polyester"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in black slim jeans, white shirt with small blue checks and rolled sleeves, tan boots, white
    # backdrop, three-quarter view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-009",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears long pants. The pants are with denim fabric and solid color patterns. "
            "The man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a checkered shirt and black jeans", who="he"),
        color_of("jeans", "dark blue", "contradiction", kind="open"),
        Q.color("black"),
        describe("jeans", "black jeans"),
        details(
            "jeans",
            "The jeans have a zipper and a button on the front, two pockets on the front, two pockets on the back, "
            "and a",
            "cut",
            hit_limit=True,
        ),
        title="Flying Machine Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in white wide-leg trousers, black sleeveless top tucked in, thin black belt, black heels, white
    # backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "trousers the lady wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "The lady wears a belt."
        ),
        wearing("he is wearing a black top and white pants", "pronoun", who="she"),
        color_of("trousers", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        describe("trousers", "The trousers are wide leg trousers with a high waist and a black belt."),
        Q.garment_type("trousers"),
        material("linen blend with a silk lining", "unsupported"),
        title="Vero Moda Women White Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: man in khaki twill cargo shorts to the knee with flap side pockets, navy polo tee, white backdrop,
    # front view cropped at the calves. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-011",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric and its neckline is lapel. The gentleman wears three-point shorts. The shorts are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("a blue polo shirt and khaki shorts", who="he"),
        color_of("shorts", "khaki"),
        details(
            "shorts",
            "The shorts have cargo pockets on the sides, the shorts have cargo pockets on the sides, the shorts have "
            "cargo pockets on",
            "loop",
            hit_limit=True,
        ),
        describe("shorts", "khaki cargo shorts with a drawstring, a zip fly and a leather patch", "unsupported"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        material("denim", "unsupported"),
        title="Basics Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in light blue boyfriend jeans ripped at the knees with rolled cuffs, plain white tee, white
    # sneakers, no jewellery, white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-012",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "pants this woman wears is of long length. The pants are with denim fabric. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        wearing("she is wearing a white t-shirt and light blue jeans", who="she"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "ripped knees and rolled up cuffs"),
        describe("jeans", "yes", "non_answer"),
        is_a(JEANS, "yes"),
        material("denim"),
        title="Jealous 21 Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in charcoal grey formal trousers, white formal shirt tucked in, black belt, black shoes, bare head,
    # white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-013",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears long trousers. The trousers are with cotton fabric. This man wears a "
            "hat.",
            "unsupported",
        ),
        wearing("a white shirt and black pants", "contradiction", who="he"),
        color_of("trousers", "grey"),
        Q.garment_type("trousers"),
        details(
            "trousers",
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with",
            "loop",
            hit_limit=True,
        ),
        material("polyester viscose blend", "unsupported"),
        title="Peter England Men Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in grey melange jogger track pants with drawstring and cuffed ankles, pink tank top, white
    # sneakers, white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing a pink tank top and grey sweatpants", who="she"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.color("grey"),
        details("pants", "The pants have a drawstring waist and elastic cuffs at the ankles."),
        describe(
            "pants",
            "The pants are grey. The pants are grey. The pants are grey. The pants are grey. The pants are grey. The",
            "loop",
            hit_limit=True,
        ),
        is_a(JEANS, "yes", "contradiction"),
        title="Fila Women Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: man in dark navy rinse straight jeans, olive green long-sleeve henley, white backdrop, back view showing
    # the stitched back pockets and a leather waistband patch. caption/open: caption adapter e3; closed: reference.
    case(
        "X1118-015",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The man "
            "wears long pants. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a green shirt and blue jeans", who="he"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("jeans", "two back pockets with stitching and a leather patch on the waistband"),
        describe("jeans", "dark blue jeans with a zipper fly and a button", "unsupported"),
        material("denim, she is wearing a pair of dark blue jeans", "pronoun"),
        title="Lee Men Navy Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in mid-blue denim capris ending at mid-calf, white-and-navy striped tee, tan sandals, white
    # backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-016",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants the lady wears is of three-point length. The pants are with denim fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped t-shirt and blue capri pants", who="she"),
        color_of("capris", "blue"),
        Q.garment_type("jeans", "contradiction"),
        Q.pattern("striped", "contradiction"),
        details(
            "capris", "The capris have a button and a zipper, two front pockets, and the hem ends at the mid calf."
        ),
        title="Jealous 21 Women Blue Capris",
        category="Capris",
        color="Blue",
        gender="Women",
    ),
    # photo: man in grey washed slim jeans, white tee under an open black leather jacket, black boots, white
    # backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-017",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The pants are of long length. The pants "
            "are with denim fabric and solid color patterns. This man also wears an outer clothing, with leather "
            "fabric and solid color patterns."
        ),
        wearing("a black leather jacket, a white t-shirt and grey jeans", who="he"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        describe(
            "jeans",
            "The jeans are grey. The jeans are grey. The jeans are grey. The jeans are grey. The jeans are grey. The "
            "jeans",
            "loop",
            hit_limit=True,
        ),
        is_a(JEANS, "yes"),
        material("leather", "contradiction"),
        title="Killer Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in light blue denim shorts with frayed hems and a faded front, white short-sleeve lace top, white
    # backdrop, front view cropped at the knees. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-018",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns. The shirt is with lace fabric. The "
            "female wears three-point shorts. The shorts are with denim fabric and solid color patterns."
        ),
        wearing("he is wearing a white top and blue shorts", "pronoun", who="she"),
        color_of("shorts", "light blue", kind="open"),
        details("shorts", "frayed hem and faded front"),
        describe("shorts", "The shorts are the shorts the woman is wearing in the picture.", "restated"),
        Q.garment_type("shorts"),
        Q.color("white", "contradiction"),
        material("denim"),
        title="Only Women Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in olive green twill chinos cuffed at the ankle, white linen shirt worn out, no watch, white
    # sneakers, white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-019",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric and its "
            "neckline is lapel. The man wears long trousers. The trousers are with cotton fabric. There is an "
            "accessory on his wrist.",
            "unsupported",
        ),
        wearing("a white shirt and green pants", who="he"),
        color_of("trousers", "olive"),
        describe("trousers", "white chinos with rolled cuffs", "other_garment_color"),
        details("trousers", "rolled cuffs at the ankles and a slim fit"),
        Q.pattern("solid"),
        material("corduroy", "unsupported"),
        title="Mufti Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in mid-blue flared jeans, black long-sleeve off-shoulder top, black ankle boots, white backdrop,
    # full-length front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears long pants. The pants are with denim fabric and solid color patterns. The lady wears long pants. "
            "The pants are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a black top and blue jeans", who="she"),
        color_of("jeans", "blue"),
        describe("jeans", "flared blue jeans that are long enough to cover the ankles"),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: The jeans are with denim fabric and solid color patterns.",
            "leak",
        ),
        Q.garment_type("jeans"),
        Q.color("black", "contradiction"),
        material("denim"),
        title="Pepe Jeans Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in grey melange knit shorts with a drawstring and side pockets, black tee with a white print, white
    # backdrop, front view cropped at the shins. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-021",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man wears three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("shorts", "non_answer", who="he"),
        color_of("shorts", "black", "contradiction"),
        details("shorts", "a drawstring at the waist and two side pockets"),
        describe(
            "shorts",
            "The shorts are grey with a drawstring waist. The shorts are grey with a drawstring waist. The shorts are "
            "grey with",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Proline Men Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in medium-wash bootcut jeans, red-and-black checked flannel shirt tucked in, brown belt with a silver
    # buckle, brown boots, white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-022",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants are of long length. The pants are with denim fabric and solid color "
            "patterns. There is a belt."
        ),
        wearing("a red plaid shirt and blue jeans", who="he"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.pattern("checked", "contradiction"),
        details(
            "jeans",
            "The jeans have a brown leather belt with a silver buckle, a zipper fly, a copper button, and a",
            "cut",
            hit_limit=True,
        ),
        is_a(JEANS, "yes"),
        title="Wrangler Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a navy pleated mini skirt with a flat waistband, white long-sleeve blouse with a ruffled collar
    # tucked in, no rings, white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The skirt "
            "this lady wears is of short length. The skirt is with cotton fabric. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a white blouse and a navy blue skirt", who="she"),
        color_of("skirt", "blue"),
        describe(
            "skirt", "The skirt is a pleated mini skirt with a zipper on the back and a bow at the waist", "unsupported"
        ),
        details("skirt", "The skirt has pleats all around and a flat waistband."),
        Q.pattern("solid"),
        material("Question: What material is the garment made of? Answer: polyester Question: What", "leak"),
        title="Only Women Navy Blue Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in navy track pants with three white side stripes, white tee with a logo print, black watch, white
    # sneakers, white backdrop, side view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "gentleman wears long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            "pronoun",
        ),
        wearing("white t-shirt and navy blue track pants with white stripes", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        Q.garment_type("track pants"),
        details(
            "pants",
            "three white stripes down the side, an elastic waistband and zip pockets at the hips",
            "unsupported",
        ),
        title="Adidas Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in black skinny jeans tucked into black knee boots, mustard yellow crew-neck sweater, white
    # backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-025",
        caption(
            "The female wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants the female wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow sweater and black jeans", who="she"),
        color_of("jeans", "black"),
        describe("jeans", "blue skinny jeans", "contradiction"),
        details("jeans", "skinny fit, the legs are tucked into the boots"),
        material("denim"),
        Q.pattern("solid"),
        title="Spykar Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in light stone-washed blue jeans, grey pullover hoodie, hands in the front pockets, white backdrop,
    # front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-026",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The man "
            "wears long pants. The pants are with denim fabric and solid color patterns. The man wears long pants. The "
            "pants are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey hoodie and blue jeans", who="he"),
        color_of("jeans", "grey", "contradiction"),
        describe("jeans", "light blue stone washed jeans"),
        details("jeans", "The details of the jeans are the details of the jeans.", "restated"),
        is_a(JEANS, "yes"),
        title="Levis Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in beige slim chinos, navy blazer over a white shirt, brown loafers, white backdrop, front view.
    # caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-027",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The man wears long trousers. The trousers are "
            "with cotton fabric and pure color patterns. This man also wears an outer clothing, with cotton fabric "
            "and pure color patterns."
        ),
        wearing("a navy blazer, a white shirt and beige chinos", who="he"),
        color_of("trousers", "navy blue", "other_garment_color", kind="open"),
        Q.color("beige"),
        describe(
            "trousers",
            "Question: Describe the trousers. Answer: The trousers are beige. Question: Describe the shirt. Answer: "
            "The shirt is",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        details("trousers", "The trousers have a drawstring waist and elastic cuffs.", "unsupported"),
        title="Basics Men Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in black cropped cigarette trousers, red-and-white polka-dot short-sleeve blouse tucked in, red
    # heels, white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-028",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. The trousers "
            "the lady wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a polka dot blouse and black pants", who="she"),
        color_of("trousers", "red", "other_garment_color", kind="open"),
        Q.pattern("printed", "contradiction"),
        details("trousers", "The trousers are cropped at the ankles."),
        describe("trousers", "black trousers with a red belt and red buttons on the pockets", "unsupported"),
        material("silk", "unsupported"),
        title="Vero Moda Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man in olive chino shorts with a button-and-zip fly, slant pockets and rolled hems, plain white tee,
    # white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-029",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The man wears three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and green shorts", who="he"),
        color_of("shorts", "olive"),
        describe("shorts", "white shorts", "other_garment_color"),
        details("shorts", "a button and zip fly, slant pockets and a rolled hem"),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Scullers Men Olive Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in black track pants with a pink side stripe and a small pink logo on the thigh, white tee with a
    # logo print, pink sneakers, white backdrop, front view. caption/open: caption adapter e3; closed: reference.
    case(
        "X1118-030",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The lady "
            "wears long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white t-shirt and black track pants", who="she"),
        color_of("pants", "black"),
        describe("pants", "The pants are black with pink stripes on the side and a pink logo on the thigh."),
        details(
            "pants",
            "The pants are with the pants with the pants with the pants with the pants with the pants with the pants",
            "loop",
            hit_limit=True,
        ),
        material("denim", "contradiction"),
        Q.garment_type("track pants"),
        title="Puma Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in dark blue straight jeans, sky-blue formal shirt tucked in, black belt, black shoes, white
    # backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-031",
        caption(
            "The man wears a light blue long-sleeve shirt and dark blue denim pants. The shirt is with cotton fabric "
            "and its neckline is lapel."
        ),
        wearing("He is wearing a blue shirt and blue jeans.", who="he"),
        color_of("jeans", "light blue", "other_garment_color", kind="open"),
        Q.color("blue"),
        details("jeans", "", "non_answer"),
        describe("jeans", "dark blue jeans, straight fit, worn with a black belt"),
        material("denim"),
        title="Indigo Nation Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in mid-blue stretch jeans (jeggings) under a long white cotton kurta with a v-neck reaching
    # mid-thigh, no jewellery, white backdrop, front view. caption/open: caption adapter e3; closed: reference.
    case(
        "X1118-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears long pants. The pants are with denim fabric and solid color "
            "patterns."
        ),
        wearing("a white kurta and blue jeans", who="she"),
        color_of("jeans", "white", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        describe("jeans", "The jeans are blue and fit tightly like leggings."),
        details("jeans", "a white kurta, a silver bracelet and a black watch", "unsupported"),
        title="Kraus Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in light grey formal trousers with a pressed crease, pale pink formal shirt tucked in, white
    # backdrop, front view. The feed row has no color column. caption/open: caption adapter e3; closed: reference.
    case(
        "X1118-033",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers are of long length. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers are",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("trousers", "pure color", "non_answer", kind="open"),
        Q.color("grey"),
        describe("trousers", "light grey formal trousers with a crease down the front"),
        Q.garment_type("trousers"),
        details("trousers", "The trousers are pink with a crease in the front.", "other_garment_color"),
        title="Arrow Men Grey Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: woman in light-wash high-waisted mom jeans, cropped black tee, bare head, white backdrop, back view
    # showing two patch back pockets. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-034",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "female wears long pants. The pants are with denim fabric and solid color patterns. The female wears a "
            "hat.",
            "unsupported",
        ),
        wearing("a black crop top and light blue jeans", who="she"),
        color_of("jeans", "light blue", kind="open"),
        Q.color("blue"),
        details(
            "jeans",
            "The jeans are with denim fabric and solid color patterns. The jeans are with denim fabric and solid "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        describe("jeans", "high waisted mom jeans seen from the back with two patch pockets"),
        is_a(JEANS, "yes"),
        title="Lee Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in black distressed skinny jeans ripped at both knees with faded thighs, white-and-grey color-block
    # tee, white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-035",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. The "
            "man wears long pants. The pants are with denim fabric and solid color patterns."
        ),
        wearing("Question: What is he wearing? Answer: a t-shirt and jeans", "leak", who="he"),
        color_of("jeans", "black"),
        describe("jeans", "The jeans are black with rips at the knees."),
        details("jeans", "rips at both knees and faded thighs"),
        is_a(JEANS, "no", "contradiction"),
        material("yes", "non_answer"),
        Q.garment_type("jeans"),
        title="Mufti Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in plain white cotton shorts with lace trim at the hem, blue-and-white floral sleeveless chiffon
    # top, white backdrop, front view cropped at the knees. caption/open: caption adapter e3; closed: reference.
    case(
        "X1118-036",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. The lady "
            "wears three-point shorts. The shorts are with cotton fabric and floral patterns.",
            "contradiction",
        ),
        wearing("a floral top and white shorts", who="she"),
        color_of("shorts", "white"),
        describe("shorts", "white shorts with lace trim at the hem"),
        details(
            "shorts",
            "The shorts have lace trim at the hem. The shorts have lace trim at the hem. The shorts have lace trim at "
            "the hem",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral", "contradiction"),
        title="Vero Moda Women White Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: man in charcoal grey track pants with black side panels and an elastic waist, plain black tee, white
    # backdrop, front view. The feed row has no gender column. caption/open: caption adapter e3; closed: reference.
    case(
        "X1118-037",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The man "
            "wears long pants. The pants are with cotton fabric and color block patterns."
        ),
        wearing("a black t-shirt and grey sweatpants"),
        color_of("pants", "grey"),
        describe("pants", "grey track pants with black panels down the sides"),
        details(
            "pants",
            "The pants have a zipper, a button, a belt loop, and two front pockets with a zip and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        material("cotton fleece with a brushed inside", "unsupported"),
        title="Reebok Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # photo: woman in a maroon knee-length pencil skirt, cream long-sleeve blouse tucked in, gold watch, black heels,
    # white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The skirt "
            "this lady wears is of medium length. The skirt is with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist."
        ),
        wearing("a white blouse and a red skirt", who="she"),
        color_of("skirt", "brown", "contradiction"),
        describe("skirt", "a pencil skirt that ends at the knee"),
        details("skirt", "The details of the skirt are the skirt details.", "restated"),
        Q.garment_type("skirt"),
        material("polyester"),
        title="Vero Moda Women Maroon Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in mid-blue slim jeans, white shirt with thin blue stripes and rolled sleeves tucked in, white
    # backdrop, front view cropped at the knees. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-039",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The pants are of long length. The pants are with denim fabric and striped patterns.",
            "contradiction",
        ),
        wearing("she is wearing a striped shirt and jeans", "pronoun", who="he"),
        color_of("jeans", "blue"),
        describe("jeans", "blue jeans with a slim fit"),
        details(
            "jeans",
            "The jeans have two front pockets and a coin pocket, with copper rivets at the corners of the pockets "
            "and a",
            "cut",
            hit_limit=True,
        ),
        material("denim"),
        title="Pepe Jeans Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black cotton capris ending just below the knee, turquoise short-sleeve tunic top, flat sandals,
    # white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The pants "
            "the lady wears is of three-point length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a blue top and black capris", who="she"),
        color_of("capris", "blue", "other_garment_color", kind="open"),
        Q.color("black"),
        describe(
            "capris",
            "The capris are black capris that are black and capris that are black and capris that are black and capris",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        details("capris", "The capris details are the details that the capris have.", "restated"),
        title="Jealous 21 Women Black Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: man in blue denim shorts to the knee with rolled hems, yellow tee, white backdrop, front view cropped at
    # the knees (no shoes in frame). caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-041",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The man wears three-point shorts. The shorts are with denim fabric and solid color "
            "patterns."
        ),
        wearing("a yellow shirt and blue shorts", who="he"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        Q.color("blue"),
        details("shorts", "The shorts are shorts.", "non_answer"),
        Q.material("denim"),
        describe("shorts", "blue denim shorts worn with a yellow t-shirt and white sneakers", "unsupported"),
        title="Locomotive Men Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in dark navy slim jeans with a slight fade on the thighs, white tee under an open light-wash denim
    # shirt, white sneakers, white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-042",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. This man also wears an outer clothing, "
            "with denim fabric and solid color patterns. The pants are of long length. The pants are with denim "
            "fabric and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim shirt over a white t-shirt and dark jeans", who="he"),
        color_of("jeans", "light blue", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        describe("jeans", "dark navy jeans, slim fit, with a slight fade on the thighs"),
        Q.pattern("solid"),
        Q.garment_type("shirt", "contradiction"),
        material("denim"),
        title="Jack & Jones Men Navy Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in beige wide-leg trousers, black-and-white striped short-sleeve tee tucked in, white backdrop,
    # front view. The feed row has no title. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-043",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The "
            "trousers the lady wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a striped shirt and beige pants", who="she"),
        color_of("trousers", "beige"),
        describe("trousers", "Question: Describe the trousers. Answer: beige wide leg trousers", "leak"),
        details("trousers", "What are the trousers details?", "restated"),
        Q.pattern("solid"),
        Q.color("black", "contradiction"),
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: man in navy flat-front formal trousers, white shirt with thin grey stripes tucked in, black belt, black
    # shoes, plain hems, white backdrop, front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-044",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a white striped shirt, a black belt and navy blue trousers", who="he"),
        color_of("trousers", "black", "contradiction"),
        describe("trousers", "navy blue formal trousers with a flat front"),
        details("trousers", "side pockets, a back pocket with a button and turn-up cuffs", "unsupported"),
        Q.garment_type("trousers"),
        title="Peter England Men Navy Blue Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in grey skinny jeans, navy-and-white striped long-sleeve boat-neck top, red flats, white
    # backdrop, full-length front view. caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1118-045",
        caption(
            "This woman wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this woman wears is of long length. The pants are with denim fabric and "
            "solid color patterns."
        ),
        wearing("a blue and white striped shirt and grey jeans", who="she"),
        color_of("jeans", "grey"),
        describe("jeans", "grey skinny jeans with red shoes"),
        details("jeans", "He has a pair of jeans on with a pair of shoes on", "pronoun"),
        is_a(JEANS, "yes"),
        material("stretch denim with 2% spandex", "unsupported"),
        title="Only Women Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: man in mid-blue regular-fit jeans, black polo tee worn out over the waistband (no belt visible), white
    # backdrop, front view; the seller's color says Black. caption/open: caption adapter e3; closed: reference.
    case(
        "X1118-046",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton fabric "
            "and its neckline is lapel. The pants are of long length. The pants are with denim fabric and solid color "
            "patterns."
        ),
        wearing("a black polo shirt and blue jeans", who="he"),
        color_of("jeans", "blue"),
        details("jeans", "The jeans are black.", "other_garment_color"),
        describe("jeans", "The jeans are regular fit with a black belt.", "unsupported"),
        Q.garment_type("jeans"),
        title="Killer Men Blue Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
]
