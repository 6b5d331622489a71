"""BLIND_577 (46 products; Myntra women's dresses, tops and bottoms): written blind in the fifty-first session. Measured
blind at 3d5f19d (the session's rules as they stood): 114/132 failures found (86.4%) and 10/187 correct texts flagged
(5.3%). The writer's notes, verbatim:

Scenario: a Myntra women's night of dresses (maxi, midi, wrap, shirt, bodycon, A-line), tops (crop tops, blouses,
tank tops) and bottoms (jeans, trousers, skirts, shorts). Mostly studio shots on a white or light backdrop with the
model in a full outfit (the product plus another top or bottom, shoes, sometimes a bag or hat); a few lookbook shots
on a concrete wall, a pastel wall or a garden hedge; three flat-lays with no model (black jeans, khaki shorts, a
burgundy cami). Seller columns as a Myntra feed has them; the three flat-lay rows lack gender, one row lacks the
category, one row lacks the color.

Who wrote what: every caption is the caption-only LoRA adapter at epoch 3 (DeepFashion template: "The lady wears a
sleeveless dress with floral patterns. The dress is with cotton fabric and its neckline is v-shape.", no hue names,
patterns as pure color / floral / stripe / lattice / graphic / color block, fabrics from the template's short list,
stock accessory sentences like "There is an accessory on her wrist."). It has no end token: when it does not stop
after a template sentence it loops the template or is cut at 50 tokens. Twelve rows (003, 007, 010, 014, 018, 021,
025, 029, 033, 037, 041, 044) had their open questions answered by the same adapter, which returns the caption
template for every prompt, sometimes the `Question: ... Answer:` format it was trained on, and loops or cuts at 30
tokens. The other rows' open questions (What is the woman wearing? Describe the <garment>. What are the <garment>
details? What is the color of the <garment>?) are the base blip2-opt-2.7b: short lower-case answers, one color
reused for the other garment, invented pockets/zippers/logos, an occasional "he", a restated question, a bare "yes",
and a few leaks of the next `Question:`. Closed questions (garment type, color, pattern, sleeve length, "Is this a
...?") come from enrich's reference engine: one candidate value, never a loop or a cut.

Labeling conventions and judgement calls:
- One label per text, the most salient failure. A text that repeats at least one whole template sentence is a loop;
  one that ends mid-phrase with less than a sentence repeated is a cut. Both carry hit_limit=True.
- An adapter text that ends on a complete template sentence is stored as it came, without hit_limit: the adapter
  sometimes emits a stop after a sentence (padding was in its labels), so those are not cuts.
- The DeepFashion template names a wearer ("The lady wears a long pants.") even on a flat-lay; that boilerplate is
  not counted as a failure. Invented accessories ("There is an accessory on her wrist.", "The lady wears a hat.")
  on a photo without them are unsupported, as are invented pockets, zippers, logos, slits, rips, bows, embroidery
  and a fabric the photo plainly is not (denim for pleated crepe trousers, leather for a printed knit dress).
- The template fabric (cotton, chiffon, knitting, denim) is counted correct when it fits the photo as described;
  "chiffon" for satin or georgette is accepted, "long" for a midi length is accepted.
- The adapter's answer to an open color question is the template with "pure color patterns" and no hue: non_answer.
  A bare "yes" to "Describe the shorts.", a one-word "no" to a details question, the garment's own name alone
  ("jeans") and "the shorts are short" are non_answer; an answer that only echoes the question's words ("the
  trousers details are the trousers", "the dress is a dress") is restated. A one-word answer that names a real
  detail ("ruffles", "polka dots") counts as correct.
- other_garment_color: the product's color question (open or closed) answered with the color of the other garment
  worn in the photo (the jeans, the skirt, the tee). A color that belongs to no garment (the garden hedge), a hue of
  a different group than the seller's (rust called brown, lavender called pink), a pattern or sleeve length taken
  from the other garment (stripes of the tee given to the jeans, the floral skirt's pattern given to the blouse), a
  wrong pattern, sleeve length or length for the photo (stripes for a cherry print, sleeveless for puff sleeves,
  short for a maxi), a wrong garment type (shirt for a shirt dress, skirt for paperbag shorts, jumpsuit for a wrap
  dress) and a wrong yes/no are contradictions.
- Shades within the seller's color group count as correct (maroon/burgundy, peach/pink, khaki/beige, burgundy/red,
  navy/blue, lavender/light purple); teal called green is accepted as correct (teal is blue-green).
- "The gentleman", "his" or "he" for a woman model is pronoun, even when the rest of the text is right.
- A base answer that goes on into `Question: ... Answer:` or starts with "Answer:" is a leak, stopped by the model,
  no hit_limit; the adapter's leak that is cut at 30 tokens carries hit_limit=True.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "the woman"

BLIND_577 = [
    # photo: navy blue maxi dress with a small white floral print, V-neck, short flutter sleeves, tie waist; white
    # sneakers; white backdrop, full-length front view. Caption: adapter; open answers: base; closed: reference.
    case(
        "X577-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length."
        ),
        wearing("a blue floral maxi dress", who=W),
        describe("dress", "a long navy dress with white flowers and a v neck"),
        details("dress", "the dress has a tie waist, short sleeves and a slit on the side", "unsupported"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="SASSAFRAS Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow ribbed sleeveless crop top, no buttons, round neck, worn with high-waist light blue mom
    # jeans; hand on hip, white backdrop, front view. Caption: adapter; open: base; closed: reference.
    case(
        "X577-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitting fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow crop top and jeans", who=W),
        color_of("top", "blue", "other_garment_color", kind="open"),
        describe("top", "a yellow crop top with buttons down the front", "unsupported"),
        Q.color("mustard"),
        Q.sleeve_length("sleeveless"),
        title="Tokyo Talkies Women Mustard Yellow Ribbed Crop Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon solid wrap midi dress, long sleeves, V-neck, self-tie at the waist; black heels, no jewellery;
    # grey studio backdrop, front view. Caption and open answers: adapter; closed: reference.
    case(
        "X577-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long-sleeve dress with pure color patterns. The dress is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a",
            "cut",
            who=W,
            hit_limit=True,
        ),
        describe(
            "dress",
            "The dress is with cotton fabric and pure color patterns. It has a v-shape neckline. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        details(
            "dress",
            "The dress is with cotton fabric. It has a v-shape neckline. The dress is with cotton fabric. It has a "
            "v-shape neckline. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("burgundy"),
        Q.sleeve_length("long sleeves"),
        title="Berrylush Women Maroon Solid Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: white-and-blue vertical striped shirt dress, collar, full button placket, sleeves rolled to the elbow,
    # fabric belt, knee length, no pockets; tan sandals; white backdrop. Caption: adapter; open: base; closed: ref.
    case(
        "X577-004",
        caption(
            "The lady wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. There is a belt.",
            "contradiction",
        ),
        wearing("a striped shirt dress with a belt", who=W),
        color_of("dress", "white and blue", kind="open"),
        describe("dress", "a blue and white striped shirt dress with a collar and buttons"),
        details("dress", "the dress has a collar, buttons down the front and two chest pockets", "unsupported"),
        Q.pattern("striped"),
        Q.garment_type("shirt", "contradiction"),
        is_a("dress", "yes"),
        title="Roadster Women White & Blue Striped Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black solid bodycon mini dress, sleeveless, square neck; silver strappy heels, small silver clutch in
    # hand; white backdrop, front view (back not visible). Caption: adapter; open: base; closed: reference.
    case(
        "X577-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitting fabric and its "
            "neckline is square. The dress is of short length."
        ),
        wearing("a black dress and silver heels", who=W),
        describe("dress", "his dress is short and black", "pronoun"),
        details("dress", "the dress has a zipper on the back", "unsupported"),
        color_of("dress", "black", kind="open"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        title="Mango Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: peach A-line knee-length dress with white polka dots, short puff sleeves, round neck; white sneakers;
    # pastel pink wall as backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-006",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of medium length. The lady wears a short-sleeve dress with graphic "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a pink dress with white polka dots", who=W),
        color_of("dress", "pink", kind="open"),
        describe("dress", "a peach dress with white dots and puffy sleeves"),
        details("dress", "polka dots"),
        Q.pattern("polka dots"),
        Q.garment_type("dress"),
        is_a("skirt", "no"),
        title="DressBerry Women Peach-Coloured Polka Dot A-Line Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: off-white blouse with eyelet (broderie) embroidery, three-quarter sleeves, round neck with a tie, tucked
    # into black trousers; thin gold watch on her left wrist; white backdrop, half-body front view.
    # Caption and open answers: adapter; closed: reference.
    case(
        "X577-007",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears",
            "cut",
            who=W,
            hit_limit=True,
        ),
        describe(
            "blouse",
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        details(
            "blouse", "The shirt is with cotton fabric. It has a round neckline. There is an accessory on her wrist."
        ),
        color_of("blouse", "The lady wears a medium-sleeve shirt with pure color patterns.", "non_answer", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        title="AND Women Off-White Self-Design Schiffli Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: white ribbed tank top with thin straps, no print, worn with olive green cargo trousers; black sneakers;
    # grey concrete wall behind her (lookbook shot). Caption: adapter; open: base; closed: reference.
    case(
        "X577-008",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. The "
            "pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a white tank top and green pants", who=W),
        color_of("top", "green", "other_garment_color", kind="open"),
        describe("top", "the top is white and has thin straps"),
        details("top", "the top has a logo on the front", "unsupported"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        title="Roadster Women White Solid Ribbed Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: dark blue skinny jeans, mildly distressed at the knees, worn with a black crew-neck t-shirt tucked in;
    # white sneakers; white backdrop, full-body front view. Caption: adapter; open: base; closed: reference.
    case(
        "X577-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and blue jeans", who=W),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "the jeans are ripped at the knees"),
        describe("jeans", "he is wearing skinny jeans", "pronoun"),
        Q.color("navy blue"),
        is_a("pair of jeans", "yes"),
        title="Roadster Women Navy Blue Skinny Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige wide-leg pleated crepe trousers, worn with a white short-sleeve shirt tucked in and a brown belt;
    # nude block heels; white backdrop. Caption and open answers: adapter; closed: reference.
    case(
        "X577-010",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. There is a belt.",
            who=W,
        ),
        describe(
            "trousers",
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with cotton fabric and pure color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        details(
            "trousers",
            "The lady wears a long trousers. The trousers are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("trousers", "The trousers are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        Q.color("beige"),
        title="Mango Women Beige Wide Leg Pleated Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: black-and-white houndstooth A-line mini skirt, no visible pockets or zip, worn with a black long-sleeve
    # turtleneck tucked in; black ankle boots; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-011",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "it has a high neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice "
            "patterns."
        ),
        wearing("a black sweater and a checkered skirt", who=W),
        color_of("skirt", "black and white", kind="open"),
        describe("skirt", "it's a short skirt with a plaid pattern"),
        details("skirt", "the skirt has two front pockets and a zipper", "unsupported"),
        Q.pattern("checked"),
        is_a("dress", "yes", "contradiction"),
        title="FOREVER 21 Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: light-blue washed denim shorts with frayed hems, worn with a white t-shirt printed "SUNDAY" in black
    # letters, knotted at the waist; white sneakers; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a white t-shirt and blue shorts", who=W),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "the shorts are short", "non_answer"),
        describe(
            "shorts",
            "a pair of denim shorts with frayed edges Question: Describe the t-shirt. Answer: a white t-shirt",
            "leak",
        ),
        Q.color("blue"),
        Q.pattern("graphic", "contradiction"),
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress, thin plain straps, cowl neck; gold hoop earrings; beige backdrop.
    # Caption: adapter; open: base; closed: reference.
    case(
        "X577-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length."
        ),
        wearing("a green satin dress", who=W),
        describe("dress", "a green silk dress with spaghetti straps"),
        details("dress", "the dress has a cowl neck and lace trim on the straps", "unsupported"),
        Q.color("green"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Athena Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: white crop top with a red cherry print, short puff sleeves, square neck, worn with light blue straight
    # jeans; white backdrop. Caption and open answers: adapter; closed: reference.
    case(
        "X577-014",
        caption(
            "The female wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is square. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is square.",
            "pronoun",
            who=W,
        ),
        describe(
            "top",
            "The T-shirt is with cotton fabric and graphic patterns. It has a square neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        details(
            "top", "The T-shirt is with cotton fabric and stripe patterns. It has a square neckline.", "contradiction"
        ),
        Q.color("blue", "other_garment_color"),
        Q.pattern("printed"),
        title="Tokyo Talkies Women White Cherry Print Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy blue blouse with small white polka dots, long sleeves with buttoned cuffs, V-neck with a bow tie,
    # tucked into a beige midi skirt; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-015",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a blue blouse and a beige skirt", who=W),
        color_of("top", "beige", "other_garment_color", kind="open"),
        describe("top", "a navy blue top with white polka dots and a bow"),
        details("top", "no", "non_answer"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long sleeves"),
        Q.color("navy blue"),
        title="Harpa Women Navy Blue Polka Dot Print Bow Neck Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white wrap maxi dress with a pink, orange and green floral print, short flutter sleeves, V-neck, ruffled
    # hem; straw hat; tan sandals; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-016",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a hat."
        ),
        wearing("a floral dress and a straw hat", who=W),
        color_of("dress", "white with pink and orange flowers", kind="open"),
        describe("dress", "the dress is a short floral dress", "contradiction"),
        details(
            "dress", "a ruffled hem and flutter sleeves Question: What is the color of the hat? Answer: beige", "leak"
        ),
        Q.pattern("floral"),
        title="SASSAFRAS Women White & Pink Floral Printed Wrap Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: rust orange ribbed knit bodycon midi dress, long sleeves, crew neck, no zipper in front; white sneakers;
    # white backdrop.
    # Caption: adapter; open: base; closed: reference.
    case(
        "X577-017",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric and its "
            "neckline is round. The dress is of long length."
        ),
        wearing("she is wearing a brown dress", "contradiction", who=W),
        color_of("dress", "orange", kind="open"),
        describe("dress", "a long sleeve orange bodycon dress with a zipper in the front", "unsupported"),
        details("dress", "the details of the dress are the sleeves and the dress", "restated"),
        Q.color("rust"),
        Q.sleeve_length("long sleeves"),
        title="Vero Moda Women Rust Orange Solid Bodycon Midi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: flat-lay of black high-rise straight jeans, no belt, on a white wooden table, front view, no model.
    # Caption and open answers: adapter; closed: reference. The feed row has no gender.
    case(
        "X577-018",
        caption(
            "The lady wears a long pants. The pants are with denim fabric and pure color patterns. The lady wears a "
            "long pants. The pants are with denim fabric and pure color patterns. The lady wears a long pants. The "
            "pants",
            "loop",
            hit_limit=True,
        ),
        wearing("The lady wears a long pants. The pants are with denim fabric and pure color patterns.", who=W),
        describe(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are of long length. There is a belt.",
            "unsupported",
        ),
        details("jeans", "The pants are with denim fabric and pure color patterns. The pants are of long length."),
        Q.color("black"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="H&M Women Black Straight High Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: black tank top with wide straps and a white palm-tree print on the chest, no pocket, worn with white
    # denim shorts; sunglasses pushed up on her head; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-019",
        caption(
            "The lady wears a tank top with graphic patterns. The tank top is with cotton fabric and its neckline is "
            "round. The lady wears a short pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a black tank top and white shorts", who=W),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("top", "a top", "non_answer"),
        details("top", "the tank top has a palm tree print and a pocket on the chest", "unsupported"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="FOREVER 21 Women Black Printed Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: olive green high-waist paperbag trousers with a self-tie belt, worn with a white crop t-shirt tucked in;
    # white sneakers; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a belt."
        ),
        wearing("a white shirt and khaki pants", "contradiction", who=W),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("trousers", "a pair of green trousers with a belt"),
        details("trousers", "the trousers details are the trousers", "restated"),
        Q.color("olive"),
        title="Tokyo Talkies Women Olive Green Paperbag Waist Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender pleated midi skirt in a light satin-finish fabric, worn with a white t-shirt tucked in; white
    # sneakers; no jewellery; white backdrop. Caption and open answers: adapter; closed: reference.
    case(
        "X577-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears",
            "cut",
            who=W,
            hit_limit=True,
        ),
        describe("skirt", "The skirt is with chiffon fabric and pure color patterns. The skirt is of long length."),
        details(
            "skirt",
            "The skirt is with chiffon fabric and pure color patterns. The skirt is of long length. The skirt is with "
            "chiffon fabric and pure color patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        title="Mango Women Lavender Pleated Midi Skirt",
        category="Skirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: light-wash blue denim shirt dress, long sleeves rolled up, collar, buttoned front, knee length, brown
    # belt; white sneakers; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has a "
            "lapel neckline. There is a belt. The lady wears a long-sleeve shirt with pure color patterns. The shirt "
            "is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a denim jumpsuit", "contradiction", who=W),
        color_of("dress", "blue", kind="open"),
        describe("dress", "a blue denim shirt dress with a brown belt"),
        details(
            "dress", "buttons down the front and a belt Question: What is the color of the belt? Answer: brown", "leak"
        ),
        Q.color("blue"),
        is_a("jumpsuit", "no"),
        title="Roadster Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: red ribbed long-sleeve crop top, round neck, worn with black high-waist skinny jeans; white backdrop.
    # Caption: adapter; open: base; closed: reference.
    case(
        "X577-023",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a red top and black jeans", who=W),
        color_of("top", "black", "other_garment_color", kind="open"),
        describe("top", "a red long sleeve crop top"),
        details("top", "he is wearing a red top with long sleeves", "pronoun"),
        Q.sleeve_length("long sleeves"),
        Q.color("black", "other_garment_color"),
        title="SASSAFRAS Women Red Solid Fitted Crop Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay of khaki chino shorts with belt loops and rolled hems, nothing else in the shot, white
    # backdrop, front view. Caption: adapter; open: base; closed: reference. The feed row has no gender.
    case(
        "X577-024",
        caption("The lady wears a short pants. The pants are with cotton fabric and pure color patterns."),
        wearing("a pair of khaki shorts and a white t-shirt", "unsupported", who=W),
        describe("shorts", "yes", "non_answer"),
        details("shorts", "the shorts have belt loops and rolled up hems"),
        color_of("shorts", "beige", kind="open"),
        Q.garment_type("shorts"),
        Q.color("khaki"),
        is_a("pair of shorts", "yes"),
        title="H&M Women Khaki Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # photo: sleeveless A-line knee-length dress color-blocked with a black bodice and a white skirt, round neck, no
    # rings or bracelets; black heels; white backdrop. Caption and open answers: adapter; closed: reference.
    case(
        "X577-025",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        wearing(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a",
            "cut",
            who=W,
            hit_limit=True,
        ),
        describe(
            "dress",
            "The dress is with cotton fabric and color block patterns. It has a round neckline. There is a ring on "
            "her finger.",
            "unsupported",
        ),
        details(
            "dress", "The dress is with cotton fabric and stripe patterns. It has a round neckline.", "contradiction"
        ),
        Q.pattern("color block"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        title="AND Women Black & White Colourblocked A-Line Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow tiered maxi dress with a small white floral print, sleeveless with tie straps, V-neck;
    # brown sandals; outdoor shot in front of a green garden hedge. Caption: adapter; open: base; closed: reference.
    case(
        "X577-026",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of long length. The lady wears a sleeveless dress with floral "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow floral dress", who=W),
        color_of("dress", "green", "contradiction", kind="open"),
        describe("dress", "a long yellow dress with white flowers"),
        details(
            "dress",
            "the dress has tie straps and a tiered skirt Question: What is the color of the sandals? Answer: brown",
            "leak",
        ),
        Q.color("mustard"),
        Q.pattern("floral"),
        title="Berrylush Women Mustard Yellow Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: charcoal grey straight formal trousers with a front crease and slant side pockets, worn with a light
    # pink long-sleeve shirt tucked in; black pumps; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and grey pants", who=W),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("trousers", "a pair of grey dress pants"),
        details("trousers", "the pants have a crease down the front and side pockets"),
        Q.color("grey"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Van Heusen Woman Charcoal Grey Regular Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Women",
    ),
    # photo: teal satin wrap blouse, long sleeves, V-neck, tie at the side, worn with white wide-leg trousers; white
    # backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a green blouse and white pants", who=W),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("top", "a teal wrap top with long sleeves"),
        details("top", "what are the top details", "restated"),
        Q.color("teal"),
        Q.sleeve_length("long sleeves"),
        title="Mango Women Teal Satin Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: beige-and-brown snakeskin print bodycon midi dress in a stretch knit, long sleeves, high neck; nude
    # heels; white backdrop. Caption and open answers: adapter; closed: reference. The feed row has no color.
    case(
        "X577-029",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with knitting fabric and it has "
            "a high neckline. The dress is of long length. The lady wears a long-sleeve dress with graphic patterns. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with knitting fabric and it has "
            "a high neckline.",
            who=W,
        ),
        describe(
            "dress", "The dress is with leather fabric and graphic patterns. It has a high neckline.", "unsupported"
        ),
        details("dress", "The dress is with knitting fabric and graphic patterns. It has a high neckline."),
        Q.pattern("printed"),
        Q.color("beige"),
        Q.sleeve_length("long sleeves"),
        title="FOREVER 21 Women Beige & Brown Snakeskin Print Bodycon Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: white sleeveless ruffled blouse with a ruffle neckline, tucked into a pink floral midi skirt; white
    # backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-030",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns."
        ),
        wearing("a white top and a floral skirt", who=W),
        color_of("top", "pink", "other_garment_color", kind="open"),
        describe("top", "a white blouse with ruffles"),
        details("top", "ruffles"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.color("white"),
        title="Harpa Women White Solid Ruffled Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: light blue high-rise mom jeans, clean look, worn with a navy-and-white Breton striped long-sleeve tee
    # tucked in; white sneakers; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-031",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a striped shirt and jeans", who=W),
        color_of("jeans", "light blue", kind="open"),
        describe("jeans", "jeans", "non_answer"),
        details("jeans", "the jeans have stripes", "contradiction"),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        title="Roadster Women Blue Mom Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: blue denim button-front A-line midi skirt, worn with a yellow short-sleeve t-shirt tucked in; white
    # sneakers; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with denim fabric and pure color "
            "patterns. The lady wears a short",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow shirt and a denim skirt", who=W),
        color_of("skirt", "yellow", "other_garment_color", kind="open"),
        describe("skirt", "Answer: a blue denim skirt with buttons down the front", "leak"),
        details("skirt", "the skirt has buttons down the front"),
        Q.color("blue"),
        is_a("skirt", "yes"),
        title="Vero Moda Women Blue Denim Button-Front A-Line Midi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: sage green ribbed tank top, wide straps, square neck, worn with black biker shorts; white backdrop.
    # Caption and open answers: adapter; closed: reference.
    case(
        "X577-033",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with knitting fabric and its "
            "neckline is square. The lady wears a short pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "The lady wears a tank top with pure color patterns. The tank top is with knitting fabric and its "
            "neckline is square. The lady wears a short pants.",
            who=W,
        ),
        describe(
            "top",
            "The tank top is with knitting fabric and pure color patterns. It has a square neckline. The tank top is "
            "with knitting fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        details(
            "top",
            "The tank top is with knitting fabric and pure color patterns. Question: What are the top details? "
            "Answer: The tank top is",
            "leak",
            hit_limit=True,
        ),
        color_of(
            "top",
            "The tank top is with knitting fabric and pure color patterns. It has a square neckline.",
            "non_answer",
            kind="open",
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        title="ONLY Women Sea Green Ribbed Square Neck Tank Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: red-and-white gingham midi dress, short puff sleeves, square neck with a smocked bodice; white sneakers;
    # wicker basket bag in hand; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-034",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of long length. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and white checkered dress", who=W),
        color_of("dress", "red and white", kind="open"),
        describe("dress", "he is wearing a red gingham dress with puff sleeves", "pronoun"),
        details("dress", "the dress has puff sleeves and a smocked top"),
        Q.pattern("checked"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="DressBerry Women Red & White Checked Smocked Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black high-waist paperbag shorts with a self-tie belt, worn with a white sleeveless chiffon blouse
    # tucked in; black strappy sandals; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-035",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a short pants. The pants are with cotton fabric and pure color "
            "patterns. There is a belt."
        ),
        wearing("black shorts and a white top", who=W),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        describe("shorts", "shorts", "non_answer"),
        details("shorts", "the shorts have a tie belt at the waist"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("black"),
        title="Berrylush Women Black Solid High-Rise Paperbag Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: white smocked off-shoulder crop top with short puff sleeves, no bow, worn with a blue denim mini skirt;
    # white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a short skirt. The skirt is with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a white off the shoulder top and a jean skirt", who=W),
        color_of("top", "blue", "other_garment_color", kind="open"),
        describe(
            "top", "a white crop top with puffy sleeves Question: What is the color of the skirt? Answer: blue", "leak"
        ),
        details("top", "the top has a bow in the front", "unsupported"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        title="FOREVER 21 Women White Off-Shoulder Bardot Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black-and-white vertical pinstriped straight-leg trousers, worn with a black sleeveless bodysuit tucked
    # in; black loafers; white backdrop. Caption and open answers: adapter; closed: reference.
    case(
        "X577-037",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The lady wears a long trousers. The trousers are with cotton fabric and stripe patterns."
        ),
        wearing(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The lady wears a long trousers. The",
            "cut",
            who=W,
            hit_limit=True,
        ),
        describe(
            "trousers", "The trousers are with cotton fabric and stripe patterns. The trousers are of long length."
        ),
        details(
            "trousers",
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length.",
            "contradiction",
        ),
        color_of(
            "trousers",
            "The trousers are with cotton fabric and stripe patterns. The trousers are with cotton fabric and stripe "
            "patterns. The trousers are with cotton",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("black"),
        title="AND Women Black & White Striped Straight Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: cobalt blue solid wrap mini dress, short sleeves, V-neck, tie at the side, no bracelet or watch; gold
    # sandals; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-038",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of short length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a blue dress", who=W),
        describe("dress", "the dress is a dress", "restated"),
        details("dress", "the dress has a v neck, short sleeves and a tie at the waist"),
        Q.color("blue"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("jumpsuit", "contradiction"),
        title="Athena Women Blue Solid Wrap Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black peplum top with a lace yoke at the shoulders, short cap sleeves, round neck, worn with white
    # skinny jeans; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-039",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady wears a short-sleeve",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and white jeans", who=W),
        color_of("top", "black", kind="open"),
        describe("top", "Answer: a black lace top", "leak"),
        details("top", "the top has lace on the shoulders and a peplum waist"),
        Q.sleeve_length("short sleeves"),
        Q.color("white", "other_garment_color"),
        title="Harpa Women Black Lace Insert Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white wrap midi skirt with a blue floral print and a ruffled hem, no slit, worn with a plain blue
    # t-shirt tucked in; tan sandals; white backdrop. Caption: adapter; open: base; closed: reference. The feed row
    # has no category.
    case(
        "X577-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and floral "
            "patterns."
        ),
        wearing("a blue shirt and a floral skirt", who=W),
        color_of("skirt", "white with blue flowers", kind="open"),
        describe("skirt", "describe the skirt", "restated"),
        details("skirt", "the skirt has a ruffle hem and a slit at the front", "unsupported"),
        Q.pattern("floral"),
        Q.color("blue", "other_garment_color"),
        title="SASSAFRAS Women White & Blue Floral Print Wrap Midi Skirt",
        color="White",
        gender="Women",
    ),
    # photo: green-and-navy tartan checked shirt dress, long sleeves, collar, knee length, black belt; black ankle
    # boots; white backdrop. Caption and open answers: adapter; closed: reference.
    case(
        "X577-041",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric and it has a "
            "lapel neckline. The dress is of medium length. There is a belt."
        ),
        wearing(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric and it has a "
            "lapel neckline. The lady wears a",
            "cut",
            who=W,
            hit_limit=True,
        ),
        describe(
            "dress",
            "The dress is with cotton fabric and lattice patterns. It has a lapel neckline. The dress is with cotton "
            "fabric and lattice patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        details(
            "dress",
            "Answer: The dress is with cotton fabric and lattice patterns. It has a lapel neckline. There is a belt.",
            "leak",
        ),
        Q.pattern("checked"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        title="Tokyo Talkies Women Green & Navy Blue Checked Shirt Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: dark indigo high-rise flared jeans, clean look, single button and zip, worn with a white ribbed tank
    # tucked in; tan heels; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-042",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("he is wearing a white tank top and flared jeans", "pronoun", who=W),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("jeans", "dark blue flare jeans"),
        details("jeans", "the jeans have rips on the knees and a button fly", "unsupported"),
        Q.color("navy blue"),
        title="Mango Women Navy Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: flat-lay of a burgundy satin cami top with lace trim at the neckline and adjustable spaghetti straps,
    # white backdrop, no model. Caption: adapter; open: base; closed: reference. The feed row has no gender.
    case(
        "X577-043",
        caption("Her tank shirt has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline."),
        wearing("a red tank top", who=W),
        color_of("top", "maroon", kind="open"),
        describe("top", "a burgundy cami top with lace"),
        details("top", "lace trim on the neckline and adjustable straps"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        Q.color("burgundy"),
        title="DressBerry Women Burgundy Lace Trim Satin Cami Top",
        category="Tops",
        color="Burgundy",
    ),
    # photo: black A-line midi dress with a white abstract print, short flutter sleeves, V-neck, tie waist, no hat;
    # black heels; light grey backdrop. Caption and open answers: adapter; closed: reference.
    case(
        "X577-044",
        caption(
            "The female wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. His dress is of long length.",
            "pronoun",
        ),
        wearing(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a short-sleeve dress with graphic patterns",
            "loop",
            who=W,
            hit_limit=True,
        ),
        describe(
            "dress",
            "The dress is with chiffon fabric and graphic patterns. It has a v-shape neckline. The dress is of short "
            "length.",
            "contradiction",
        ),
        details(
            "dress",
            "The dress is with chiffon fabric and graphic patterns. It has a v-shape neckline. There is a belt. The "
            "lady wears a hat.",
            "unsupported",
        ),
        Q.color("black"),
        Q.pattern("printed"),
        title="Vero Moda Women Black & White Printed A-Line Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: lavender blouse with three-quarter bell sleeves, round neck with a keyhole, no embroidery, worn with dark
    # blue jeans; white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-045",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a pink top and jeans", "contradiction", who=W),
        color_of("top", "blue", "other_garment_color", kind="open"),
        describe("top", "a light purple blouse with bell sleeves"),
        details("top", "the top has bell sleeves, a keyhole neck and embroidery on the chest", "unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("lavender"),
        title="AND Women Lavender Solid Bell Sleeve Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: white schiffli (eyelet) A-line knee-length dress, sleeveless, V-neck, no belt; straw bag on her arm;
    # white backdrop. Caption: adapter; open: base; closed: reference.
    case(
        "X577-046",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of medium length."
        ),
        wearing("a white dress and a straw bag", who=W),
        describe("dress", "a white lace dress with a belt", "unsupported"),
        details("dress", "the details of the dress", "restated"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        title="Mango Women White Schiffli A-Line Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
]
