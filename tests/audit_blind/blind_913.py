"""BLIND_913 (46 products; Myntra men's jeans, track pants, shorts and chinos, caption adapter at epoch 3): written
blind in the fifty-seventh session. Measured blind at e30524e (the session's fifth rules): 94/119 failures found (79.0%)
and 7/159 correct texts flagged (4.4%). The writer's notes, verbatim:

Scenario: a Myntra-like men's bottomwear feed (article types Jeans, Track Pants, Shorts and Trousers, the chinos
filed under Trousers as Myntra does) with the seller's title, category, color and gender per row; four rows lack a
column (two no color, one no category, one no gender). Photos are catalog shots on a white backdrop, mostly front
and full length, a few lower-body crops, one back view and one three-quarter view; the model wears the product
with a T-shirt, polo, shirt, hoodie, jacket or cardigan and shoes, so another garment's color is always in frame.

Who wrote what: captions and open answers come from leoreigoto/Data2_V2_Blip2_Finetune_Caption (the caption
adapter, epoch 3) on blip2-opt-2.7b, greedy, 50 new tokens for captions and 30 for answers. It answers every
prompt with the DeepFashion-MultiModal template ("The man wears a long pants. The pants are with cotton fabric and
pure color patterns."): fabrics and pattern words, hardly any hue, lengths as "three-point" or "medium short",
accessories ("an accessory on his wrist", "a ring on his finger", "a hat") pulled from the training captions, "lady"
and "her" now and then for men, since the training photos are mostly women. With no end token trained it often
repeats a sentence until the limit, stops mid-sentence, or writes the next "Question: ... Answer:" of the prompt
format it was trained on; a little of the base model survives, so a few answers name hues or say "yes". Closed
answers (garment type, color, pattern, length, "Is this a pair of ...?") come from
enrich's --engine reference scoring candidate values with the same adapter: they never loop or stop short, but
often pick the color of the T-shirt or shirt in the frame.

Labeling conventions and judgement calls:
- One failure label per text, the one a reader would name first: a sentence repeated to the limit is a loop even
  though it is also cut; a text that ends mid-sentence at the limit without repeating is a cut; a text that writes
  "Question: ... Answer:" is a leak even when it is also cut at the limit.
- hit_limit=True on every text that ran to its token limit. A few captions end with a complete sentence and still
  ran to the limit (the adapter emitted padding after the template, stripped on decoding); nothing is missing, so
  they are labelled correct.
- other_garment_color: a color that belongs to another garment in the photo (the T-shirt, shirt, jacket, hoodie),
  given as the product's color. A wrong color that nothing in the photo wears is a contradiction.
- Colors in the seller's color group count as right: "red" for Maroon, "brown" for Tan, "white" for Cream, "grey"
  for Charcoal or Grey Melange, "beige" or "khaki" for Khaki, "blue" or "navy blue" for a navy or indigo product.
- contradiction also covers a wrong garment type ("leggings" for track pants, "jacket" for jeans, "shorts" for
  chinos), a wrong yes/no to "Is this a pair of ...?", a pattern that belongs to another garment or to none
  ("lattice" or "striped" for plain chinos, "graphic" from a printed T-shirt), a wrong length, and a fabric that the
  category or another text of the same product contradicts (leather or denim for chinos or track pants, leather for
  jeans).
- unsupported: a detail the photo does not show: an accessory, cap, hat, glasses or belt nobody wears or that is
  hidden, a T-shirt in a crop or a shirtless shot with no upper garment, zips, rips or back pockets that are not
  there or not in view, a logo on the side the photo does not show; and a fabric for which nothing in the row
  vouches and that the photo belies (denim for shiny polyester running shorts).
- A side stripe or piping on track pants or shorts counts as "striped", side panels as "color block", a small logo
  does not make a garment "graphic", a leaf print counts as "floral", an anchor print as "graphic". "Pure color" and
  "solid color" are the template's word for plain.
- non_answer: an open answer that says nothing of what was asked: "yes" to an open question, the bare garment name
  ("chinos"), and an open color question answered with pattern words only ("pure color", "with denim fabric and
  pure color patterns"). A one-word answer that does answer ("denim", "cotton" to the material question) is correct.
- restated: a sentence that only hands the question back ("The jeans details are the details of the jeans.").
- pronoun: "she", "her" or "the lady" for a product whose row says Men; the row with no gender has no pronoun
  failure ("The person" there is correct).
- The template's grammar ("a long pants", "a three-point shorts", "The pants this man wears is") is not a failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

# the DeepFashion lower-garment length the adapter was trained on, asked as a closed question
length = question("length", "What is the length of the lower garment?", "closed")

BLIND_913 = [
    # photo: front, full length: mid-blue faded slim jeans worn with an untucked plain white crew-neck T-shirt and white
    # sneakers, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by --engine
    # reference on it.
    case(
        "X913-001",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and it has a round neckline. The trousers are of long length. The trousers are with denim "
            "fabric and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("The man is wearing a short-sleeve T-shirt and a long denim pants."),
        color_of("jeans", "black", failure="contradiction"),
        details("jeans", "The jeans are of long length. The jeans are with denim fabric and solid color patterns."),
        B.garment_type("jeans"),
        B.material("The fabric is denim."),
        title="Locomotive Men Blue Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front, full length: black track pants with two thin white piping lines down each side and a drawstring,
    # worn with a red T-shirt with a small black Puma logo on the chest, black sneakers, no watch or jewellery, white
    # backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by --engine reference on it.
    case(
        "X913-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and striped patterns. There is an accessory on "
            "his wrist.",
            failure="unsupported",
        ),
        wearing("He is wearing a red T-shirt and black track pants.", who="he"),
        color_of("track pants", "red", failure="other_garment_color"),
        describe(
            "track pants",
            "The pants are of long length. The pants are with cotton fabric and striped patterns. The pants are "
            "of long length. The pants are with cotton fabric and striped patterns. The pants are",
            failure="loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        is_a("pair of track pants", "yes"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: cropped at mid-chest down to the shoes: navy blue shiny polyester running shorts with a small white swoosh
    # on the left leg, worn with a grey melange T-shirt and grey running shoes, white backdrop. Caption and open answers
    # by the epoch-3 caption adapter; closed answers by --engine reference on it.
    case(
        "X913-003",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts with pure "
            "color patterns.",
        ),
        wearing("She is wearing a short-sleeve T-shirt and a shorts.", failure="pronoun"),
        color_of("shorts", "grey", failure="other_garment_color"),
        details("shorts", "The shorts are of three-point length. There is a logo on the left leg."),
        B.color("navy blue"),
        B.material("The shorts are with denim fabric.", failure="unsupported"),
        title="Nike Men Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, full length: khaki cotton chinos worn with a tucked-in navy-and-white checked shirt, a brown leather
    # belt and brown loafers, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by
    # --engine reference on it.
    case(
        "X913-004",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The pants are of long length. The pants are with cotton fabric and pure color"
            " patterns. There is",
            failure="cut",
            hit_limit=True,
        ),
        color_of("chinos", "navy blue", failure="other_garment_color"),
        describe(
            "chinos",
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. The man "
            "wears a belt.",
        ),
        B.garment_type("trousers"),
        B.pattern("lattice", failure="contradiction"),
        is_a("pair of jeans", "no"),
        title="Basics Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: lower-body crop from the waist to the shoes: black jeans with light whiskering, the hem of a grey hoodie
    # and its ribbed cuffs at the bare wrists visible (no watch), white sneakers, white backdrop. Caption and open
    # answers by the epoch-3 caption adapter; closed answers by --engine reference on it.
    case(
        "X913-005",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns.",
        ),
        color_of("jeans", "black"),
        color_of(
            "jeans",
            "The jeans are with denim fabric and pure color patterns.",
            failure="non_answer",
            kind="open",
        ),
        details(
            "jeans",
            "The jeans are with denim fabric. There is a ring on his finger. There is a ring on his finger. There"
            " is a ring on his finger. There is a ring on",
            failure="loop",
            hit_limit=True,
        ),
        B.material("denim"),
        wearing(
            "The man is wearing a grey hoodie and black jeans. He is also wearing a watch on his wrist.",
            failure="unsupported",
        ),
        title="Flying Machine Men Black Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: front, full length: navy track pants with three white stripes down the sides and zipped ankles, worn with a
    # white T-shirt with a large black Adidas logo print, white sneakers, white backdrop. Caption and open answers by
    # the epoch-3 caption adapter; closed answers by --engine reference on it.
    case(
        "X913-006",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The man wears a long trousers. The trousers are with cotton fabric and "
            "striped patterns.",
            hit_limit=True,
        ),
        wearing(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. Question: What is the color of the "
            "track pants? Answer: The track pants are of long length. The",
            failure="leak",
            hit_limit=True,
        ),
        color_of("track pants", "navy blue"),
        B.color("white", failure="other_garment_color"),
        B.pattern("striped"),
        details("track pants", "The track pants details are track pants.", failure="restated"),
        title="Adidas Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, full length: olive cotton cargo shorts to the knee with flap pockets on both sides, worn with a
    # plain black T-shirt and brown sandals, bare head, white backdrop. Caption and open answers by the epoch-3 caption
    # adapter; closed answers by --engine reference on it.
    case(
        "X913-007",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and a medium short pants. "
            "The T-shirt is with cotton fabric. The pants are with cotton fabric and pure color patterns. There "
            "is a hat on his head.",
            failure="unsupported",
        ),
        wearing("He is wearing a T-shirt and shorts.", who="he"),
        color_of("shorts", "olive"),
        details(
            "shorts",
            "The shorts are of medium short length. The shorts are with cotton fabric and it has pockets on the side.",
        ),
        length("medium short"),
        B.garment_type("shorts"),
        title="Locomotive Men Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: front, full length: charcoal grey chinos worn with an untucked white linen shirt, sleeves rolled to the
    # elbow, black shoes, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by
    # --engine reference on it.
    case(
        "X913-008",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
        ),
        color_of("chinos", "white", failure="other_garment_color"),
        describe(
            "chinos",
            "The pants are of long length. The pants are with denim fabric and pure color patterns.",
            failure="contradiction",
        ),
        B.color("charcoal"),
        is_a("pair of chinos", "yes"),
        details(
            "chinos",
            "The chinos have a belt and a zip fly with a button. There is a pocket on the back.",
            failure="unsupported",
        ),
        title="United Colors of Benetton Men Charcoal Chinos",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front, full length: dark indigo rinse slim jeans worn with a tucked-in white pique polo with navy collar
    # tipping, a brown leather belt and brown boots, white backdrop. Caption and open answers by the epoch-3 caption
    # adapter; closed answers by --engine reference on it.
    case(
        "X913-009",
        caption(
            "This man wears a short-sleeve polo shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers are of long length. The trousers are with denim fabric and "
            "solid color patterns. He wears a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("The man is wearing a polo shirt, a belt and a long denim pants."),
        color_of("jeans", "blue"),
        details("jeans", "yes", failure="non_answer"),
        B.pattern("pure color"),
        B.material("The jeans are with leather fabric.", failure="contradiction"),
        title="Levis Men 511 Slim Fit Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front, full length: grey melange jogger track pants with ribbed ankle cuffs and a white drawstring, worn
    # with a black T-shirt and black sneakers, white backdrop. Caption and open answers by the epoch-3 caption adapter;
    # closed answers by --engine reference on it.
    case(
        "X913-010",
        caption(
            "The lady wears a long pants with pure color patterns. The pants are with cotton fabric. Her T-shirt "
            "has short sleeves, cotton fabric and pure color patterns. The neckline of it is round.",
            failure="pronoun",
        ),
        wearing("The person is wearing a black T-shirt and grey track pants."),
        color_of("track pants", "grey"),
        describe(
            "track pants",
            "The pants are of long length. The pants are with knitting fabric and pure color patterns. The pants "
            "are of long length. The pants are with knitting fabric and pure color patterns",
            failure="loop",
            hit_limit=True,
        ),
        B.garment_type("leggings", failure="contradiction"),
        is_a("pair of jeans", "yes", failure="contradiction"),
        title="Proline Men Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: front, full length: blue board shorts with a white and orange tropical leaf print, model bare-chested and
    # barefoot, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by --engine
    # reference on it.
    case(
        "X913-011",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The shorts are of three-point length. The shorts are with cotton fabric and floral patterns.",
            failure="unsupported",
        ),
        wearing("The man is wearing a pair of printed shorts."),
        color_of("shorts", "blue"),
        B.pattern("floral"),
        details(
            "shorts",
            "The shorts are of three-point length. The shorts are with cotton fabric and floral patterns. The "
            "shorts are of three-point length. The shorts are with cotton fabric and floral",
            failure="loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Quiksilver Men Blue Printed Board Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: front, full length: grey washed jeans with faded thighs and no rips, worn with a tucked-in black crew-neck
    # T-shirt, a black belt and grey sneakers, white backdrop. Caption and open answers by the epoch-3 caption adapter;
    # closed answers by --engine reference on it.
    case(
        "X913-012",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The neckline of the T-shirt is round. The trousers are of long length. The trousers are with"
            " denim fabric and",
            failure="cut",
            hit_limit=True,
        ),
        color_of("jeans", "black", failure="other_garment_color"),
        color_of("jeans", "The color of the jeans is grey.", kind="open"),
        describe(
            "jeans",
            "The jeans are of long length. The jeans are with denim fabric and solid color patterns. There is an "
            "accessory on his waist.",
        ),
        B.garment_type("jeans"),
        B.material("The jeans are with cotton fabric and there are rips on the knees.", failure="unsupported"),
        title="Wrangler Men Grey Skanders Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: front, full length: olive chinos with turned-up hems, worn with a white T-shirt under an open mid-blue
    # denim shirt and white sneakers, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed
    # answers by --engine reference on it.
    case(
        "X913-013",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and "
            "it has a lapel neckline. There is a T-shirt under the shirt. The pants are of long length. The pants"
            " are with cotton fabric and pure",
            failure="cut",
            hit_limit=True,
        ),
        wearing("The man is wearing a denim shirt, a T-shirt and olive pants."),
        color_of("chinos", "blue", failure="other_garment_color"),
        B.color("olive"),
        details("chinos", "The chinos are with denim fabric and pure color patterns.", failure="contradiction"),
        B.pattern("pure color"),
        title="Indian Terrain Men Olive Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: three-quarter front view: black track pants with a small white swoosh on the left thigh and plain slanted
    # side pockets without zips, worn with a lime green training T-shirt and black-and-white shoes, white backdrop.
    # Caption and open answers by the epoch-3 caption adapter; closed answers by --engine reference on it.
    case(
        "X913-014",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "This man wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("He is wearing a T-shirt and long pants.", who="he"),
        color_of("track pants", "black"),
        details(
            "track pants",
            "There is a logo on the left thigh. The pants have two side pockets with zips.",
            failure="unsupported",
        ),
        is_a("pair of track pants", "yes"),
        B.pattern("pure color"),
        title="Nike Men Black Dri-FIT Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: front, full length: red sports shorts with white side panels and a small white Puma cat logo, worn with a
    # black sleeveless tank top and black shoes, white backdrop. Caption and open answers by the epoch-3 caption
    # adapter; closed answers by --engine reference on it.
    case(
        "X913-015",
        caption(
            "The man wears a tank top with no sleeves, cotton fabric and pure color patterns. The man wears a "
            "three-point shorts. The shorts are with cotton fabric and color block patterns.",
        ),
        wearing("He is wearing a black tank top and red shorts.", who="he"),
        color_of("shorts", "black", failure="other_garment_color"),
        describe(
            "shorts",
            "The shorts are of three-point length. The shorts are with cotton fabric and color block patterns. "
            "Question: What is the color of the shorts? Answer: The shorts are",
            failure="leak",
            hit_limit=True,
        ),
        B.pattern("color block"),
        length("long", failure="contradiction"),
        title="Puma Men Red Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: front, full length: light blue skinny jeans with ripped knees and whiskering, worn with a white T-shirt
    # with a large black-and-red graphic print, white sneakers, white backdrop. Caption and open answers by the epoch-3
    # caption adapter; closed answers by --engine reference on it.
    case(
        "X913-016",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "The trousers are of long length. The trousers are with denim fabric and pure color patterns. The "
            "trousers are of long length. The trousers",
            failure="loop",
            hit_limit=True,
        ),
        wearing("The man is wearing a white graphic T-shirt and ripped blue jeans."),
        color_of("jeans", "blue"),
        details("jeans", "The jeans are with denim fabric. There are rips on the knees."),
        B.pattern("graphic", failure="contradiction"),
        B.material("The jeans are with denim fabric."),
        title="Spykar Men Light Blue Skinny Fit Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front, full length: beige chinos worn with a tucked-in light pink oxford shirt, a tan leather belt and
    # brown shoes, white backdrop; the feed row has no color. Caption and open answers by the epoch-3 caption adapter;
    # closed answers by --engine reference on it.
    case(
        "X913-017",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is "
            "with cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his waist.",
            hit_limit=True,
        ),
        wearing(
            "She is wearing a long-sleeve shirt and a long pants. There is an accessory on her waist.",
            failure="pronoun",
        ),
        color_of("chinos", "pink", failure="other_garment_color"),
        describe("chinos", "The chinos are long pants."),
        B.garment_type("trousers"),
        B.color("beige"),
        title="Peter England Men Beige Slim Fit Chinos",
        category="Trousers",
        gender="Men",
    ),
    # photo: front, full length: navy track pants with red piping along the sides and elastic ankle cuffs, worn with a
    # white half-zip sweatshirt with a stand collar and white shoes, bare hands, white backdrop. Caption and open
    # answers by the epoch-3 caption adapter; closed answers by --engine reference on it.
    case(
        "X913-018",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is standing. The pants are of long length. The pants are with cotton fabric "
            "and striped patterns.",
        ),
        color_of("track pants", "white", failure="other_garment_color"),
        color_of("track pants", "The color of the track pants is navy blue and red.", kind="open"),
        details(
            "track pants",
            "The pants are with cotton fabric and striped patterns. There is a ring on his finger.",
            failure="unsupported",
        ),
        is_a("pair of track pants", "no", failure="contradiction"),
        wearing(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. There is an accessory"
            " on his wrist.",
            failure="unsupported",
        ),
        title="Reebok Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, full length: mid-blue denim shorts with turned-up hems, worn with a yellow pique polo and white
    # canvas shoes, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by --engine
    # reference on it.
    case(
        "X913-019",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns.",
        ),
        wearing("The man is wearing a yellow polo shirt and denim shorts."),
        color_of("shorts", "grey", failure="contradiction"),
        B.material("The shorts are with denim fabric."),
        details(
            "shorts",
            "The shorts are of three-point length. The shorts are with denim fabric and pure color patterns. The "
            "shorts are of three-point length. The shorts are with denim fabric and",
            failure="loop",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        title="Lee Men Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: front, full length: dark navy raw-denim slim jeans worn with a maroon long-sleeve henley and brown boots,
    # bare head, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by --engine
    # reference on it.
    case(
        "X913-020",
        caption(
            "The man is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is round. The man wears a long trousers with denim fabric and pure color patterns.",
        ),
        wearing(
            "The man wears a long-sleeve T-shirt and a long trousers. Question: What is the man wearing? Answer: "
            "The man wears a long-sleeve T-shirt and a",
            failure="leak",
            who="True",
        ),
        color_of("jeans", "maroon", failure="other_garment_color"),
        describe(
            "jeans",
            "The jeans are of long length. The jeans are with denim fabric and pure color patterns. There is a "
            "hat on his head.",
            failure="unsupported",
        ),
        B.color("navy blue"),
        is_a("pair of jeans", "yes"),
        title="Pepe Jeans Men Navy Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, full length: plain navy chinos worn with a tucked-in white shirt with thin blue stripes, a black
    # belt and tan shoes, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by
    # --engine reference on it.
    case(
        "X913-021",
        caption(
            "The man is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The pants are of long length. The pants are with cotton fabric and striped "
            "patterns.",
            failure="contradiction",
        ),
        wearing("He wears a striped shirt and navy pants.", who="he"),
        color_of("chinos", "navy blue"),
        B.pattern("pure color"),
        details(
            "chinos",
            "The pants are with cotton fabric. There is an accessory on his waist. There is an accessory on his "
            "waist. There is an accessory on his waist. There is an accessory on his",
            failure="loop",
            hit_limit=True,
        ),
        B.garment_type("trousers"),
        title="Allen Solly Men Navy Blue Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, full length: maroon track pants with a single white stripe down each side, worn with a plain grey
    # T-shirt and grey sneakers, bare head, white backdrop. Caption and open answers by the epoch-3 caption adapter;
    # closed answers by --engine reference on it.
    case(
        "X913-022",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The man wears a long pants. The pants are with cotton fabric and striped patterns. The pants this "
            "man wears is of long",
            failure="cut",
            hit_limit=True,
        ),
        wearing(
            "The person is wearing a grey T-shirt and maroon track pants. He is also wearing a cap.",
            failure="unsupported",
        ),
        color_of("track pants", "red"),
        B.color("grey", failure="other_garment_color"),
        describe("track pants", "The track pants are long pants with white stripes on the sides."),
        B.pattern("graphic", failure="contradiction"),
        title="Sports52 Wear Men Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: front, full length: khaki chino shorts above the knee, worn with a navy-and-white Breton striped T-shirt
    # and white sneakers, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by
    # --engine reference on it.
    case(
        "X913-023",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The shorts are of three-point length. The shorts are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        color_of("shorts", "beige"),
        details("shorts", "The shorts are with cotton fabric and striped patterns.", failure="contradiction"),
        B.color("khaki"),
        B.pattern("pure color"),
        B.material("cotton"),
        title="Basics Men Khaki Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: front, full length: black jeans worn with an open olive bomber jacket over a white T-shirt and black boots,
    # white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by --engine reference on
    # it.
    case(
        "X913-024",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and it has a standing neckline. There is a T-shirt inside the jacket. The trousers are of long "
            "length. The trousers are with denim",
            failure="cut",
            hit_limit=True,
        ),
        wearing("The man is wearing a jacket, a T-shirt and a long pants."),
        color_of("jeans", "olive", failure="other_garment_color"),
        color_of("jeans", "pure color", failure="non_answer", kind="open"),
        B.garment_type("jacket", failure="contradiction"),
        is_a("pair of jeans", "yes"),
        title="Killer Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: cropped at the chest down to the shoes: light grey chinos worn with a tucked-in black polo and black
    # sneakers, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by --engine
    # reference on it.
    case(
        "X913-025",
        caption(
            "The man is wearing a short-sleeve polo with pure color patterns. The polo is with cotton fabric and "
            "its neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
        ),
        wearing(
            "She wears a short-sleeve polo with pure color patterns and a long trousers.",
            failure="pronoun",
            who="he",
        ),
        color_of("chinos", "grey"),
        describe("chinos", "chinos", failure="non_answer"),
        B.material("The trousers are with cotton fabric and pure color patterns."),
        B.garment_type("shorts", failure="contradiction"),
        title="Locomotive Men Grey Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: front, full length: black slim track pants with three white stripes and zipped side pockets, worn with a
    # plain white T-shirt and white sneakers, white backdrop; the feed row has no category. Caption and open answers by
    # the epoch-3 caption adapter; closed answers by --engine reference on it.
    case(
        "X913-026",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The man wears a long pants. The pants are with cotton fabric and striped patterns. The man "
            "wears a long pants. The pants are",
            failure="loop",
            hit_limit=True,
        ),
        wearing("The man is wearing a white T-shirt and black pants."),
        color_of("track pants", "black"),
        details("track pants", "The track pants have three white stripes on the sides and zip pockets."),
        B.pattern("striped"),
        B.garment_type("track pants"),
        title="Adidas Men Black Tiro Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: front, full length: grey nylon hiking shorts with a zipped cargo pocket on the right leg, worn with an
    # orange T-shirt and brown hiking shoes, no watch, white backdrop. Caption and open answers by the epoch-3 caption
    # adapter; closed answers by --engine reference on it.
    case(
        "X913-027",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            failure="pronoun",
        ),
        wearing(
            "The man is wearing a T-shirt and shorts. Question: What are the shorts details? Answer: The shorts "
            "are of three",
            failure="leak",
            who="True",
        ),
        color_of("shorts", "orange", failure="other_garment_color"),
        details("shorts", "The shorts have a zipped pocket on the leg."),
        B.color("grey"),
        describe(
            "shorts",
            "The shorts are of three-point length. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist.",
            failure="unsupported",
        ),
        title="Wildcraft Men Grey Hiking Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: front, full length: mid-blue regular jeans worn with an untucked red-and-black checked flannel shirt and
    # brown boots, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by --engine
    # reference on it.
    case(
        "X913-028",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The trousers are of long length. The trousers are with denim fabric and pure "
            "color patterns. The man",
            failure="cut",
            hit_limit=True,
        ),
        wearing("The man is wearing a checked shirt and jeans."),
        color_of("jeans", "red", failure="other_garment_color"),
        describe(
            "jeans",
            "The jeans are of long length. The jeans are with denim fabric and lattice patterns.",
            failure="contradiction",
        ),
        B.color("blue"),
        B.pattern("pure color"),
        B.material("denim"),
        title="Roadster Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front, full length: cream chinos with turned-up hems, worn with an untucked light blue oxford shirt with
    # rolled sleeves that hides the waist, tan loafers, no ring or watch, white backdrop. Caption and open answers by
    # the epoch-3 caption adapter; closed answers by --engine reference on it.
    case(
        "X913-029",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is lapel. The pants are of long length. The pants are with cotton fabric and pure "
            "color patterns. There is a ring on his finger.",
            failure="unsupported",
        ),
        color_of("chinos", "white"),
        color_of("chinos", "The chinos are light blue.", failure="other_garment_color", kind="open"),
        details("chinos", "The chinos are of long length with folded hems."),
        B.garment_type("trousers"),
        wearing("The man is wearing a light blue shirt, cream chinos and a belt.", failure="unsupported"),
        title="Arrow Sport Men Cream Slim Fit Chinos",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: front, full length: charcoal track pants with a small white Fila logo on the left thigh, worn with a navy
    # T-shirt and white sneakers, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed
    # answers by --engine reference on it.
    case(
        "X913-030",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The pants are of long length. The pants are with cotton fabric and pure color patterns.",
        ),
        wearing("The man is wearing a navy T-shirt and charcoal track pants with white sneakers."),
        color_of("track pants", "grey"),
        describe(
            "track pants",
            "The pants are of long length. The pants are with leather fabric and pure color patterns.",
            failure="contradiction",
        ),
        is_a("pair of track pants", "yes"),
        B.color("charcoal"),
        title="Fila Men Charcoal Grey Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front, full length: black football shorts with three white stripes on the sides, worn with a white-and-red
    # football jersey, black socks and black trainers, white backdrop. Caption and open answers by the epoch-3 caption
    # adapter; closed answers by --engine reference on it.
    case(
        "X913-031",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "The man wears a three-point shorts. The shorts are with cotton fabric and striped patterns. The man "
            "wears a three-point shorts. The",
            failure="loop",
            hit_limit=True,
        ),
        wearing("He is wearing a football jersey, black shorts and socks.", who="he"),
        color_of("shorts", "red", failure="other_garment_color"),
        details("shorts", "The shorts have three white stripes on the sides."),
        B.color("black"),
        length("three-point"),
        title="Adidas Men Black Football Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: front, full length: dark grey slim jeans worn with an untucked navy shirt with a small white dot print that
    # covers the waist, black loafers, no belt visible, white backdrop. Caption and open answers by the epoch-3 caption
    # adapter; closed answers by --engine reference on it.
    case(
        "X913-032",
        caption(
            "The man is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The trousers are of long length. The trousers are with denim fabric and pure "
            "color patterns.",
        ),
        color_of("jeans", "grey"),
        color_of("jeans", "The jeans are navy blue.", failure="other_garment_color", kind="open"),
        details("jeans", "The jeans details are the details of the jeans.", failure="restated"),
        B.material("The jeans are with denim fabric and there is a belt on his waist.", failure="unsupported"),
        is_a("pair of jeans", "yes"),
        title="Mufti Men Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: front, full length: brown cotton chino-style trousers worn with a white T-shirt under an open beige knitted
    # cardigan and brown shoes, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers
    # by --engine reference on it.
    case(
        "X913-033",
        caption(
            "The man is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. There is a T-shirt under the cardigan. The pants are of long length. The pants are with "
            "cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("The man wears a cardigan, a T-shirt and brown trousers."),
        color_of("trousers", "brown"),
        describe(
            "trousers",
            "The trousers are of long length. The trousers are with cotton fabric and pure color patterns. The "
            "trousers are of long length. The trousers are with cotton fabric and pure",
            failure="loop",
            hit_limit=True,
        ),
        B.color("brown"),
        B.garment_type("trousers"),
        title="John Players Men Brown Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: back view, full length: royal blue track pants with a white stripe down each side, worn with a plain white
    # T-shirt and white shoes; the front of the pants is not visible, white backdrop. Caption and open answers by the
    # epoch-3 caption adapter; closed answers by --engine reference on it.
    case(
        "X913-034",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The man wears a long pants. The pants are with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("The man is wearing a white T-shirt and blue track pants."),
        color_of("track pants", "blue"),
        details(
            "track pants",
            "The track pants have a drawstring waist and a logo on the front.",
            failure="unsupported",
        ),
        B.pattern("striped"),
        describe(
            "track pants",
            "The pants are of long length. The pants are with cotton fabric and striped patterns. He wears a pair"
            " of sunglasses.",
            failure="unsupported",
        ),
        title="Puma Men Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: front, full length: navy shorts with a small all-over white anchor print, worn with a white short-sleeve
    # linen-look shirt and brown sandals, white backdrop. Caption and open answers by the epoch-3 caption adapter;
    # closed answers by --engine reference on it.
    case(
        "X913-035",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The shorts are of three-point length. The shorts are with cotton fabric and "
            "graphic patterns.",
        ),
        color_of("shorts", "navy blue"),
        B.color("white", failure="other_garment_color"),
        details("shorts", "The shorts are printed."),
        B.pattern("graphic"),
        describe(
            "shorts",
            "The shorts are of three-point length. The shorts are with cotton fabric and graphic patterns. "
            "Question: Describe the shorts. Answer: The shorts are of three-point",
            failure="leak",
            hit_limit=True,
        ),
        title="Proline Men Navy Blue Printed Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, full length: stone-washed mid-blue jeans worn with a plain grey crew-neck sweatshirt and white
    # sneakers, white backdrop; the feed row has no gender. Caption and open answers by the epoch-3 caption adapter;
    # closed answers by --engine reference on it.
    case(
        "X913-036",
        caption(
            "The person is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric and its neckline is round. The trousers are of long length. The trousers are with denim "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        color_of("jeans", "grey", failure="other_garment_color"),
        describe("jeans", "The jeans are long, faded denim."),
        details(
            "jeans",
            "The jeans are of long length. The jeans are with denim fabric and pure color patterns. The jeans are"
            " of long length. The jeans are",
            failure="loop",
            hit_limit=True,
        ),
        B.material("The jeans are with denim fabric."),
        B.garment_type("jeans"),
        title="Lee Men Blue Chicago Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: front, full length: black cotton slim trousers worn with a tucked-in white shirt, a black belt and black
    # shoes, hands bare, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by
    # --engine reference on it.
    case(
        "X913-037",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is lapel. The pants are of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his waist.",
        ),
        wearing("He is wearing a white shirt and black trousers with a belt.", who="he"),
        color_of("trousers", "white", failure="other_garment_color"),
        details(
            "trousers",
            "The trousers are with cotton fabric and pure color patterns. There is a ring on his finger and an "
            "accessory on his wrist.",
            failure="unsupported",
        ),
        B.color("black"),
        is_a("pair of jeans", "yes", failure="contradiction"),
        title="Wills Lifestyle Men Black Slim Fit Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: front, full length: navy cotton joggers with ribbed cuffs, worn with a yellow T-shirt and white sneakers,
    # no glasses, white backdrop; the feed row has no color. Caption and open answers by the epoch-3 caption adapter;
    # closed answers by --engine reference on it.
    case(
        "X913-038",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. He wears a "
            "pair of glasses.",
            failure="unsupported",
        ),
        color_of("track pants", "yellow", failure="other_garment_color"),
        color_of("track pants", "The track pants are navy blue.", kind="open"),
        describe("track pants", "yes", failure="non_answer"),
        B.garment_type("track pants"),
        B.material("cotton"),
        title="Jockey Men Navy Blue Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: front, full length: maroon chino shorts worn with a white T-shirt with a small chest print and white
    # sneakers, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by --engine
    # reference on it.
    case(
        "X913-039",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "The man wears a three-point shorts. The shorts are with cotton fabric and pure color patterns.",
        ),
        wearing("The lady wears a short-sleeve T-shirt and a three-point shorts.", failure="pronoun"),
        color_of("shorts", "maroon"),
        details(
            "shorts",
            "The shorts are of three-point length. The shorts are with cotton fabric and pure color patterns. The"
            " shorts are of three-point length",
            failure="loop",
            hit_limit=True,
        ),
        B.pattern("graphic", failure="contradiction"),
        length("three-point"),
        title="United Colors of Benetton Men Maroon Shorts",
        category="Shorts",
        color="Maroon",
        gender="Men",
    ),
    # photo: front, full length: dark blue jeans worn with an open black leather jacket over an untucked grey T-shirt
    # that covers the waist, black boots, white backdrop. Caption and open answers by the epoch-3 caption adapter;
    # closed answers by --engine reference on it.
    case(
        "X913-040",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric "
            "and its neckline is lapel. There is a T-shirt inside. The trousers are of long length. The trousers "
            "are",
            failure="cut",
            hit_limit=True,
        ),
        color_of("jeans", "black", failure="other_garment_color"),
        describe("jeans", "The jeans are the jeans.", failure="restated"),
        B.material("The fabric is denim."),
        B.color("blue"),
        is_a("pair of jeans", "yes"),
        wearing("The man is wearing a leather jacket, a T-shirt, blue jeans and a belt.", failure="unsupported"),
        title="Numero Uno Men Blue Morice Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front, full length: tan chinos worn with an untucked white-and-blue gingham shirt and white sneakers, white
    # backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by --engine reference on it.
    case(
        "X913-041",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and lattice patterns.",
            failure="contradiction",
        ),
        wearing("The man is wearing a checked shirt and tan chinos."),
        color_of("chinos", "brown"),
        details("chinos", "The chinos details are chinos details.", failure="restated"),
        B.pattern("pure color"),
        B.garment_type("trousers"),
        title="Indian Terrain Men Tan Chinos",
        category="Trousers",
        color="Tan",
        gender="Men",
    ),
    # photo: front, full length: black track pants with grey panels down the sides, worn with a royal blue T-shirt and
    # black shoes, white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by --engine
    # reference on it.
    case(
        "X913-042",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The man wears a long pants. The pants are with cotton fabric and color block"
            " patterns.",
            hit_limit=True,
        ),
        wearing(
            "The man is wearing a T-shirt and a long pants. The man is wearing a T-shirt and a long pants. The "
            "man is wearing a T-shirt and a long pants. The",
            failure="loop",
            who="True",
        ),
        color_of("track pants", "blue", failure="other_garment_color"),
        describe("track pants", "The pants are long with grey panels on the sides."),
        B.pattern("floral", failure="contradiction"),
        B.color("black"),
        title="Proline Men Black & Grey Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: front, full length: grey melange jersey shorts with a white drawstring and a small logo on the left leg,
    # worn with a black hoodie with the sleeves pushed up and black slides, white backdrop. Caption and open answers by
    # the epoch-3 caption adapter; closed answers by --engine reference on it.
    case(
        "X913-043",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric"
            " and it has a hood. The man wears a three-point shorts. The shorts are with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("She is wearing a hoodie and shorts.", failure="pronoun", who="he"),
        color_of("shorts", "grey"),
        details("shorts", "The shorts have a drawstring at the waist and a logo on the leg."),
        B.color("black", failure="other_garment_color"),
        B.material("The shorts are with denim fabric.", failure="contradiction"),
        title="Puma Men Grey Melange Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: front, full length: indigo slim jeans worn with an untucked white oxford shirt and tan brogues, no watch,
    # white backdrop. Caption and open answers by the epoch-3 caption adapter; closed answers by --engine reference on
    # it.
    case(
        "X913-044",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is lapel. The trousers are of long length. The trousers are with denim fabric and pure"
            " color patterns.",
        ),
        wearing("The man is wearing a white shirt and indigo jeans."),
        color_of("jeans", "navy blue"),
        describe("jeans", "The jeans are white.", failure="other_garment_color"),
        details("jeans", "The jeans are of long length. There is an accessory on his wrist.", failure="unsupported"),
        B.pattern("pure color"),
        title="Lee Cooper Men Indigo Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: lower-body crop from the waist to the shoes: light grey chinos with a button and belt loops at the waist,
    # no upper garment in the frame, white sneakers, white backdrop. Caption and open answers by the epoch-3 caption
    # adapter; closed answers by --engine reference on it.
    case(
        "X913-045",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The pants are of long length. The pants are with cotton fabric and pure color patterns.",
            failure="unsupported",
        ),
        wearing(
            "The man is wearing a long pants. Question: What is the color of the pants? Answer: The",
            failure="leak",
            who="True",
        ),
        color_of("chinos", "grey"),
        details("chinos", "The pants are of long length and have a button on the waist."),
        B.garment_type("trousers"),
        B.material("The pants are with cotton fabric."),
        title="Basics Men Stone Grey Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: front, full length: red track pants with three white stripes down the sides, worn with a black T-shirt, a
    # black wristwatch and black sneakers, white backdrop. Caption and open answers by the epoch-3 caption adapter;
    # closed answers by --engine reference on it.
    case(
        "X913-046",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The pants are of long length. The pants are with cotton fabric and striped patterns. There is an "
            "accessory on his wrist.",
        ),
        wearing("He is wearing a black T-shirt, red track pants and a watch.", who="he"),
        color_of("track pants", "red"),
        color_of("track pants", "The color of the track pants is red.", kind="open"),
        details(
            "track pants",
            "The track pants are of long length. The track pants are with cotton fabric and striped patterns. The"
            " track pants are of long length. The track pants",
            failure="loop",
            hit_limit=True,
        ),
        is_a("pair of track pants", "yes"),
        title="Adidas Men Red Track Pants",
        category="Track Pants",
        color="Red",
        gender="Men",
    ),
]
