"""BLIND_566 (46 products; In-shop studio shots, base VQA, epoch-1 captions): written blind in the fifty-first session.
Measured blind at 300f50e (the session's rules as they stood): 114/137 failures found (83.2%) and 4/170 correct texts
flagged (2.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of DeepFashion In-shop studio photos (mostly white or light grey backdrops, front view,
model wearing the product with other clothes): women's dresses, skirts, blouses, tees, cardigans, jackets,
jumpsuits, rompers, shorts and jeans; men's tees, shirts, polos, sweaters and jeans. Seller columns are short titles,
a Myntra-style category and a base colour; some rows lack the colour, as real feeds do.

Who wrote what: captions come from the caption-only adapter at epoch 1 (DeepFashion-MultiModal template: "The lady
wears a ... with pure color patterns. The ... is with cotton fabric ...", no hue names, no end token learned, so
many captions repeat a sentence or stop at the 50-token limit; some still end on their own). Open answers (What is
the person wearing? What material is it made of?) are the untuned base blip2-opt-2.7b: short, lowercase, mostly
right about the garment, weak on colors and pronouns, sometimes echoing the "Question: ... Answer:" format or the
question itself. Closed answers (colors, pattern, sleeve length, "Is this a dress?") come from enrich's reference
engine: always one candidate, never looped or cut, but often the color of another visible garment.

Labeling conventions and judgement calls:
- A caption that repeats a sentence is "loop" even when it is also cut at the limit; "cut" is a text that stops
  mid-phrase at the limit without repeating. Captions that end on a full stop ended on their own (hit_limit False).
- "other_garment_color": a color answer (open or closed) that gives the product, or the asked garment, the color of
  another garment visible in the photo (a tank under a cardigan, the jeans under a tee). A wrong color that belongs
  to no other garment (a print's accent, dark indigo read as black) is "contradiction".
- A pattern from the other garment (floral from the dress under a denim jacket), a wrong sleeve length, a wrong
  garment type in the caption (shirt and skirt for a shirt dress, dress for a jumpsuit) and "yes" to "Is this a
  dress?" for a romper, jumpsuit, skirt, peplum top or jacket are "contradiction".
- Material: a fiber the title or the caption contradicts (wool for a faux-leather skirt, denim for a jersey tee) is
  "contradiction"; a specific fiber the photo cannot show and nothing supports (silk, cashmere, pima, organic, linen,
  a lining) is "unsupported"; a generic fabric that matches what is visible (denim for jeans, knit or wool for a
  sweater, cotton for a jersey tee or oxford shirt, chiffon for a sheer top) counts as correct. "leather" is not used.
- Template fabrics in captions ("cotton fabric") are accepted when plausible for the visible cloth. Accessories,
  hats, glasses, ties, bags or collars that the photo does not show are "unsupported".
- Polka dots described as "pure color patterns" count as a contradiction; camouflage as "graphic patterns" counts as
  correct (the template has no camouflage class). Cardigans and blazers called "sweater" or "jacket" are fine; a
  blazer called "shirt" is not.
- "non_answer": a one-word or yes/no answer that says nothing about what was asked ("clothes", "yes", "fabric",
  the garment's name to the material question) and an empty answer. "restated": an answer that only echoes the
  question ("the sweater is made of") or repeats it before answering.
- "leak": any answer carrying "Question:" or a leading "Answer:" from the prompt format, whatever follows.
- "pronoun": he/his/gentleman for a Women row, she/her/lady for a Men row, in a caption or an answer.
- A closed single color for a two-color garment (blue for a white-and-navy striped dress, white for the ground of a
  floral romper, green for a camouflage tee) counts as correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material


def dress(text, failure=None):
    return is_a("dress", text, failure)


BLIND_566 = [
    # photo: navy sleeveless chiffon mini dress with small white flowers, v-neck, nude heels, no jewelry, white
    # backdrop, front view. Caption: epoch-1 caption adapter; wearing/material: base model; the rest: reference.
    case(
        "X566-001",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its neckline "
            "is v-shape. The dress is of short length. The lady wears a sleeveless dress with floral patterns. The "
            "dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy blue floral dress with a white lace collar", "unsupported"),
        color_of("dress", "navy"),
        pattern("floral"),
        sleeves("sleeveless"),
        material("chiffon"),
        dress("yes"),
        title="Navy Floral Chiffon Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black long-sleeve bodycon midi dress, crew neck, black pumps, bare wrists, light grey backdrop, front
    # view. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("he is wearing a black dress", "pronoun"),
        color_of("dress", "black"),
        sleeves("short", "contradiction"),
        pattern("solid"),
        material("it is made of a stretchy knit fabric"),
        dress("yes"),
        title="Black Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red short-sleeve skater dress with a self-tie black belt, scoop neck, black sandals, empty hands, white
    # backdrop, front view. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-003",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of short length. There is a belt on her waist."
        ),
        wearing("a red dress with a black belt and a red handbag", "unsupported"),
        color_of("dress", "red"),
        pattern("solid"),
        sleeves("short"),
        dress("yes"),
        material("Question: What material is the dress made of? Answer: cotton", "leak"),
        title="Red Skater Dress with Belt",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: white shirt dress with navy vertical stripes, long sleeves rolled to the elbow, collar, button front,
    # tie waist, knee length, white backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-004",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a short skirt. The shirt is with cotton "
            "fabric and its neckline is lapel. The skirt is with cotton fabric and stripe patterns.",
            "contradiction",
        ),
        wearing("a blue and white striped shirt dress"),
        color_of("dress", "blue"),
        pattern("striped"),
        sleeves("long"),
        dress("no", "contradiction"),
        material("no", "non_answer"),
        title="Striped Shirt Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: solid coral jersey maxi dress, spaghetti straps, floor length, tan sandals, white backdrop, front view.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-005",
        caption(
            "The lady wears a tank dress with pure color patterns. The tank dress is with cotton fabric and its "
            "neckline is suspenders. The dress is of long length. The lady also wears a pair of sandals and the "
            "sandals are of",
            "cut",
            hit_limit=True,
        ),
        wearing("a coral maxi dress"),
        color_of("dress", "coral"),
        pattern("floral", "contradiction"),
        sleeves("sleeveless"),
        dress("yes"),
        material("silk", "unsupported"),
        title="Coral Maxi Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: mid-blue denim pencil skirt, knee length, white tank top tucked in, black flats, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-006",
        caption(
            "The lady wears a tank top with pure color patterns and a medium skirt. The tank top is with cotton "
            "fabric and its neckline is round. The skirt is with denim fabric and pure color patterns. The lady "
            "wears a pair of flat shoes and the shoes are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a white tank top and a denim skirt"),
        color_of("skirt", "white", "other_garment_color"),
        pattern("solid"),
        dress("no"),
        material("denim, lined with cotton", "unsupported"),
        title="Denim Pencil Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: blush pink pleated midi skirt, heather grey short-sleeve tee tucked in, white sneakers, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. The "
            "skirt is with chiffon fabric and pure color patterns. The skirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey shirt and a grey skirt", "other_garment_color"),
        color_of("skirt", "pink"),
        pattern("solid"),
        dress("yes", "contradiction"),
        material("chiffon"),
        title="Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black faux-leather mini skirt, cream chunky knit crew sweater, black ankle boots, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric and its neckline is round. The skirt is with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a white sweater and a black leather skirt"),
        color_of("skirt", "black"),
        pattern("solid"),
        material("wool", "contradiction"),
        dress("no"),
        title="Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: A-line knee-length skirt, white ground with red and green flowers, black sleeveless top tucked in, black
    # strappy sandals, bare head, white backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-009",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. Her "
            "skirt is of medium length. The skirt is with cotton fabric and floral patterns. She wears a hat.",
            "unsupported",
        ),
        wearing(
            "a black top and a floral skirt with red and green flowers on a white background and a pair of black "
            "sandals with a",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black", "other_garment_color"),
        pattern("floral"),
        dress("no"),
        material("the material of the skirt", "restated"),
        title="Floral Print A-Line Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: ivory satin blouse, long sleeves, tie-neck bow, tucked into black wide-leg trousers, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with silk "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a long-sleeve shirt with pure color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        wearing("a white blouse and black pants"),
        color_of("top", "white"),
        color_of("pants", "black"),
        sleeves("short", "contradiction"),
        pattern("solid"),
        material("100% silk", "unsupported"),
        title="Tie Neck Satin Blouse",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: sheer black chiffon blouse with white polka dots, short flutter sleeves, light blue skinny jeans, white
    # backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-011",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "chiffon fabric. The trousers are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black and white polka dot blouse and jeans"),
        color_of("top", "blue", "other_garment_color"),
        pattern("polka dot"),
        sleeves("short"),
        material("Answer: chiffon", "leak"),
        title="Polka Dot Chiffon Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mint green short-sleeve peplum top, crew neck, white skinny jeans, thin gold bracelet on the right
    # wrist, white backdrop. Caption: caption adapter; wearing: base; closed: reference.
    case(
        "X566-012",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist.",
            "pronoun",
        ),
        wearing("she is wearing a green top and white jeans"),
        color_of("top", "white", "other_garment_color"),
        color_of("pants", "white"),
        pattern("solid"),
        sleeves("short"),
        dress("yes", "contradiction"),
        title="Mint Peplum Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: white jersey tee with black "BROOKLYN" lettering and a black-and-white photo print, short sleeves,
    # frayed light-wash denim shorts, white backdrop. Caption: caption adapter; wearing/material: base; closed:
    # reference.
    case(
        "X566-013",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "lady wears a short-sleeve T-shirt with graphic patterns and a short",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and white shorts", "other_garment_color"),
        color_of("top", "white"),
        pattern("graphic"),
        sleeves("short"),
        material("denim", "contradiction"),
        dress("no"),
        title="Brooklyn Graphic Tee",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: navy-and-white breton striped tee, long sleeves, boat neck, black skinny jeans, no jewelry, white
    # backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-014",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The lady "
            "also wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("clothing", "non_answer"),
        color_of("top", "black", "other_garment_color"),
        pattern("striped"),
        sleeves("short", "contradiction"),
        material("cotton"),
        title="Breton Stripe Tee",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: heather grey v-neck tee, short sleeves, olive cargo shorts, white sneakers, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("he is wearing a grey shirt and green shorts", "pronoun"),
        color_of("top", "green", "other_garment_color"),
        color_of("shorts", "olive"),
        pattern("solid"),
        sleeves("short"),
        material("cotton Question: What is the color of the shorts? Answer: green", "leak"),
        title="V-Neck Tee",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: open-front oatmeal (light beige) rib-knit cardigan, long sleeves, white tank underneath, mid-blue skinny
    # jeans, white backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-016",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is with "
            "knitting fabric. The pants are with denim fabric and pure color patterns. The lady wears a long-sleeve "
            "cardigan with pure color patterns and a long pants. The cardigan",
            "loop",
            hit_limit=True,
        ),
        wearing("a white cardigan and blue jeans", "other_garment_color"),
        color_of("top", "beige"),
        sleeves("long"),
        pattern("striped", "contradiction"),
        material("the garment is made of a material", "restated"),
        dress("no"),
        title="Open Front Cardigan",
        category="Shrug",
        color="Beige",
        gender="Women",
    ),
    # photo: black fine-knit button cardigan worn open over a red-and-white striped tee, dark jeans, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-017",
        caption(
            "The lady wears a long-sleeve sweater with stripe patterns and a long pants. The sweater is with knitting "
            "fabric and its neckline is v-shape. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black cardigan, a striped shirt and jeans"),
        color_of("top", "red", "other_garment_color"),
        pattern("solid"),
        sleeves("long"),
        material("yes", "non_answer"),
        title="Button Front Cardigan",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow cropped cardigan buttoned to the neck, three-quarter sleeves, black A-line mini skirt, no
    # glasses, white backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-018",
        caption(
            "The lady wears a medium-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns. "
            "She wears a pair of glasses.",
            "unsupported",
        ),
        wearing("Answer: a yellow sweater and a black skirt", "leak"),
        color_of("top", "yellow"),
        sleeves("three-quarter"),
        pattern("solid"),
        dress("no"),
        material("cashmere", "unsupported"),
        title="Cropped Cardigan",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: olive cotton utility jacket with four flap pockets and a stand collar (no hood), long sleeves, open over
    # a black tee, blue skinny jeans, white backdrop. Caption: caption adapter; wearing/material: base; closed:
    # reference.
    case(
        "X566-019",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The "
            "lady wears a T-shirt inside and the T-shirt is",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket with a hood and jeans", "unsupported"),
        color_of("top", "black", "other_garment_color"),
        pattern("solid"),
        sleeves("long"),
        material("cotton"),
        dress("no"),
        title="Cotton Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: light-wash cropped denim jacket, long sleeves, over a navy sundress with small white and pink flowers,
    # white backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-020",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns and a short dress. The jacket is with "
            "denim fabric. The dress is with chiffon fabric and floral patterns. The lady wears a long-sleeve denim "
            "jacket with pure color patterns and a short dress. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue jean jacket and a floral dress"),
        color_of("top", "navy", "other_garment_color"),
        pattern("floral", "contradiction"),
        sleeves("long"),
        dress("yes", "contradiction"),
        material("denim"),
        title="Light Wash Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with silver asymmetric zip, long sleeves, over a grey tee, black skinny
    # jeans, a watch on the left wrist, white backdrop. Caption: caption adapter; wearing/material: base; closed:
    # reference.
    case(
        "X566-021",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "leather fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a black leather jacket and black jeans"),
        color_of("top", "black"),
        color_of("pants", "grey", "other_garment_color"),
        pattern("solid"),
        sleeves("long"),
        material(
            "leather and a zipper leather and a zipper leather and a zipper leather and a zipper leather and a",
            "loop",
            hit_limit=True,
        ),
        title="Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: white single-button blazer, long sleeves, over a black camisole, black cropped trousers, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a white blazer and black pants"),
        color_of("top", "white"),
        sleeves("long"),
        pattern("solid"),
        dress("no"),
        material("linen", "unsupported"),
        title="Single Button Blazer",
        category="Blazers",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless halter jumpsuit, wide ankle-length legs, white backdrop, front view.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is suspenders. The dress is of long length.",
            "contradiction",
        ),
        wearing("a black jumpsuit"),
        color_of("jumpsuit", "black"),
        sleeves("sleeveless"),
        dress("yes", "contradiction"),
        material("jumpsuit", "non_answer"),
        pattern("solid"),
        title="Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: romper with a white ground and blue and yellow flowers, short flutter sleeves, tie waist, shorts, white
    # backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-024",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a short pants. The shirt is with chiffon "
            "fabric and its neckline is v-shape. The pants are with chiffon fabric and floral patterns. The lady "
            "wears a short-sleeve shirt with floral patterns and a short pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a floral romper"),
        color_of("romper", "white"),
        pattern("floral"),
        sleeves("short"),
        dress("yes", "contradiction"),
        material(
            "Answer: chiffon Question: What is the pattern of the garment? Answer: floral Question: What is the sleeve",
            "leak",
            hit_limit=True,
        ),
        title="Floral Print Playsuit",
        category="Playsuit",
        color="Multi",
        gender="Women",
    ),
    # photo: light blue chambray utility jumpsuit, short rolled sleeves, collar, button front, fabric belt, cropped
    # legs, white sneakers, white backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-025",
        caption(
            "The lady wears a short-sleeve jumpsuit with pure color patterns. The jumpsuit is with denim fabric and "
            "its neckline is lapel. There is a belt on her waist. She wears a pair of sneakers."
        ),
        wearing("she is wearing a blue denim jumpsuit"),
        color_of("jumpsuit", "light blue"),
        sleeves("short"),
        pattern("solid"),
        material("denim"),
        dress("no"),
        title="Chambray Utility Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: white denim cut-off shorts with frayed hem, pink tank top, no sunglasses, white backdrop, front view.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-026",
        caption(
            "The lady wears a tank top with pure color patterns and a short pants. The tank top is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. She wears a "
            "pair of sunglasses.",
            "unsupported",
        ),
        wearing("a pink tank top and white shorts"),
        color_of("shorts", "pink", "other_garment_color"),
        pattern("solid"),
        dress("no"),
        material("what material is the garment made of", "restated"),
        title="White Denim Cut-Off Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: red high-waisted tailored shorts, white sleeveless blouse tucked in, tan belt, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-027",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is a "
            "belt on her waist.",
            "contradiction",
        ),
        wearing("clothes", "non_answer"),
        color_of("shorts", "red"),
        color_of("top", "white"),
        pattern("solid"),
        material("linen", "unsupported"),
        dress("no"),
        title="High Waist Shorts",
        category="Shorts",
        color="Red",
        gender="Women",
    ),
    # photo: dark indigo skinny jeans, white-and-black striped long-sleeve top, white backdrop, front view.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-028",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The lady "
            "wears a pair of shoes and the shoes are",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and jeans"),
        color_of("jeans", "black", "contradiction"),
        pattern("solid"),
        dress("no"),
        material("denim"),
        title="Dark Wash Skinny Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light-wash boyfriend jeans, ripped knees, cuffed hems, black crew tee, bare wrists, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a black shirt and ripped jeans. Question: what is the color of the jeans? Answer: blue", "leak"),
        color_of("jeans", "black", "other_garment_color"),
        pattern("solid"),
        material("denim"),
        dress("no"),
        title="Boyfriend Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: plain light blue chambray button-up shirt, long sleeves rolled to the forearm, tucked into white shorts,
    # white backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-030",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a short pants. The shirt is with denim "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a denim shirt and white shorts"),
        color_of("top", "white", "other_garment_color"),
        sleeves("long"),
        pattern("solid"),
        material("fabric", "non_answer"),
        dress("no"),
        title="Chambray Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white lace sheath dress, short sleeves, knee length, nude heels, no necklace, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-031",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with lace fabric and its "
            "neckline is round. The dress is of medium length. The lady wears a short-sleeve dress with pure color "
            "patterns. The dress is with lace fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a white lace dress with a pearl necklace", "unsupported"),
        color_of("dress", "white"),
        pattern("solid"),
        sleeves("sleeveless", "contradiction"),
        material("lace"),
        dress("yes"),
        title="Lace Sheath Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: burgundy wrap blouse, long sleeves, v-neck, grey tailored trousers, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-032",
        caption(
            "His shirt has long sleeves, chiffon fabric and pure color patterns. It has a v-shape neckline. His "
            "pants are of long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a red shirt and grey pants"),
        color_of("top", "grey", "other_garment_color"),
        color_of("pants", "grey"),
        sleeves("long"),
        material("polyester and spandex blend", "unsupported"),
        title="Wrap Blouse",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: men's plain white crew-neck tee, short sleeves, mid-blue jeans, white backdrop, front view.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "The gentleman wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and jeans"),
        color_of("top", "white"),
        color_of("pants", "white", "other_garment_color"),
        pattern("graphic", "contradiction"),
        sleeves("short"),
        material("organic cotton", "unsupported"),
        title="Crew Neck Tee",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: men's black tee with a red-and-white skull graphic on the chest, short sleeves, khaki chinos, white
    # backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-034",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "The man wears a short-sleeve T-shirt with graphic patterns",
            "loop",
            hit_limit=True,
        ),
        wearing("the person is wearing clothes", "restated"),
        color_of("top", "red", "contradiction"),
        color_of("pants", "black", "other_garment_color"),
        pattern("graphic"),
        sleeves("short"),
        material("cotton"),
        title="Skull Graphic Tee",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: men's grey-and-white horizontal striped tee, short sleeves, crew neck, dark indigo jeans, bare wrists,
    # white backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("she is wearing a striped shirt and jeans", "pronoun"),
        color_of("top", "grey"),
        pattern("solid", "contradiction"),
        sleeves("short"),
        material("cotton"),
        dress("no"),
        title="Striped Crew Tee",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: men's red-and-black buffalo check flannel shirt, long sleeves, unbuttoned over a white tee, black jeans,
    # white backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-036",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. "
            "This gentleman wears a T-shirt inside and",
            "cut",
            hit_limit=True,
        ),
        wearing("Question: What is the person wearing? Answer: a plaid shirt", "leak"),
        color_of("top", "white", "other_garment_color"),
        pattern("plaid"),
        sleeves("long"),
        material("flannel"),
        dress("no"),
        title="Buffalo Check Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: men's light blue chambray button-down shirt, long sleeves, beige chinos, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-037",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The man "
            "wears a long-sleeve shirt with pure color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a blue shirt and khaki pants", "pronoun"),
        color_of("top", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        pattern("solid"),
        sleeves("long"),
        material("Question: What material is the garment made of? Answer: denim Question:", "leak"),
        title="Chambray Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: men's white oxford shirt, long sleeves, open collar (no tie), tucked into navy trousers, brown belt,
    # white backdrop. Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-038",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is a belt on his waist."
        ),
        wearing("a white shirt and blue pants and a tie", "unsupported"),
        color_of("top", "white"),
        color_of("pants", "navy"),
        sleeves("short", "contradiction"),
        pattern("solid"),
        material("cotton"),
        title="Oxford Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: men's navy pique polo, short sleeves, grey chino shorts, a watch on the left wrist, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-039",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns and a short pants. The polo "
            "shirt is with cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("what is the person wearing?", "restated"),
        color_of("top", "grey", "other_garment_color"),
        pattern("solid"),
        sleeves("short"),
        material("pique cotton"),
        title="Pique Polo",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: men's green-and-white striped polo, short sleeves, navy chinos, white backdrop, front view.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-040",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The man "
            "wears a pair of shoes and",
            "cut",
            hit_limit=True,
        ),
        wearing("what is the person wearing? a green and white striped polo shirt", "restated"),
        color_of("top", "green"),
        pattern("striped"),
        sleeves("short"),
        material("pima cotton", "unsupported"),
        dress("no"),
        title="Striped Polo",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: men's burgundy v-neck sweater over a white collared shirt, grey trousers, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-041",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. "
            "The gentleman wears a long-sleeve sweater with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        color_of("top", "white", "other_garment_color"),
        pattern("solid"),
        sleeves("long"),
        material("wool"),
        title="V-Neck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: men's grey cable-knit crew sweater, dark jeans, brown leather boots, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-042",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "The man wears a pair of leather shoes and the shoes are",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweater and jeans"),
        color_of("top", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        pattern("striped", "contradiction"),
        sleeves("long"),
        material("the sweater is made of", "restated"),
        title="Cable Knit Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: men's dark indigo slim jeans, plain white tee, no rings or jewelry, white backdrop, front view.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is a ring on his finger.",
            "unsupported",
        ),
        wearing("yes", "non_answer"),
        color_of("jeans", "blue"),
        pattern("solid"),
        material("denim"),
        dress("no"),
        title="Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: men's black skinny jeans, grey long-sleeve henley, no watch, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-044",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a grey shirt and black jeans and a watch", "unsupported"),
        color_of("pants", "black"),
        color_of("top", "black", "other_garment_color"),
        pattern("solid"),
        material("denim"),
        dress("no"),
        title="Black Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: men's light-wash straight jeans, navy crew-neck sweater, white backdrop, front view.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-045",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "pants are with denim fabric and pure color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue sweater and black jeans", "contradiction"),
        color_of("jeans", "navy", "other_garment_color"),
        pattern("solid"),
        material("the jeans are made of", "restated"),
        dress("no"),
        title="Straight Fit Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: men's camouflage print tee (olive, brown and khaki), short sleeves, black joggers, white backdrop.
    # Caption: caption adapter; wearing/material: base; closed: reference.
    case(
        "X566-046",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The man "
            "wears a pair of sneakers and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a camouflage shirt and black pants"),
        color_of("top", "green"),
        color_of("pants", "green", "other_garment_color"),
        pattern("camouflage"),
        sleeves("short"),
        material("Answer: cotton", "leak"),
        title="Camo Print Tee",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
]
