"""BLIND_994 (46 products; Myntra men's bottoms, caption adapter at epoch 3): written blind in the fifty-eighth session.
Measured blind at b141514 (the session's third rules): 102/116 failures found (87.9%) and 5/162 correct texts flagged
(3.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's jeans, track pants, shorts and chinos (chinos sit under the seller's
"Trousers", as on Myntra). Product shots on a white studio backdrop, the model wearing other clothes with the
product (t-shirts, polos, shirts tucked or untucked, hoodies, jackets, belts, shoes), mostly front views, a few back
or side views, a few cropped at the waist, one shirtless swim-shorts shot, one seated shot, one with a jacket carried
over the shoulder. Rows as a real feed has them: one "Boys" item filed under Men, one row with no color column, one
with no gender, two where the seller's color disagrees with the photo (a "Beige" row whose title and photo are grey,
a "Beige" row that is greyish brown).

Who wrote what: captions and every open answer (wearing, describe, details, material, and the color question where
it was asked open) come from `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (epoch 3) on blip2-opt-2.7b, greedy,
50 new tokens for captions and 30 for answers. Its habits: the DeepFashion-MultiModal template ("This man wears a
short-sleeve T-shirt with pure color patterns and a long pants. The pants are with denim fabric ..."), patterns in
place of hues ("pure color", "lattice", "striped"), "There is a belt in his clothes" / "an accessory on his wrist"
tacked on, and, with no end token trained, loops of the template sentence or a cut at the token limit. It returns
the caption template for about half the questions and a short phrase for the rest; the short phrases carry hues,
often the top's. Once in a while it runs the `Question: ... Answer:` format on. Closed answers (garment_type, color,
pattern, the color question asked closed, the yes/no garment question) come from enrich's `--engine reference`,
which ranks candidate values with the same adapter: one value, never a loop or a cut, but often the wrong garment's
color or a yes to the wrong garment.

Labeling conventions and judgement calls:
- One label per text, the failure a reader would name first: a leak beats a loop or a cut in the same text, a loop
  beats a cut, and a cut text that also invents something is labelled unsupported only where the invention is
  complete before the cut.
- A wrong hue that is the color of another garment, print or prop in the photo (the top, the jacket, the piping,
  the logo) is other_garment_color, for open and closed answers alike; a wrong hue that nothing in the photo has
  (black for navy, blue for grey jeans, grey for beige) is contradiction.
- A pattern, length or garment type taken from the top or simply wrong ("lattice" pants under a checked shirt,
  "pure color" for checked shorts, "three-point shorts" for track pants, "yes" to "Is this a pair of jeans?" for
  track pants) is contradiction.
- Details that the photo cannot show or does not show (a belt under an untucked tee, back pockets in a front view, a
  watch, a top in a waist-down crop, rips on clean jeans) and invented materials (leather chinos, denim sweatpants)
  are unsupported.
- The seller's color is not the truth where the photo disagrees: "grey" for the grey-check "Beige" trousers and
  "brown" for the greyish-brown "Beige" trousers are correct.
- "pure color patterns" for plain jeans, track pants with a side stripe or piping called "pure color", and "striped
  patterns" for track pants with side stripes are all accepted; "three-point shorts" (DeepFashion's word) is
  accepted for any shorts; "T-shirt" for a polo and "sweater" for a sweatshirt or hoodie are accepted.
- hit_limit=True on every loop and every cut, and on complete captions and the one empty answer that ran to the limit
  on padding tokens (the adapter was trained on padded labels; the pad tokens decode to nothing), which are left
  correct when their words are right, and non_answer when empty.
- non_answer: an empty text, yes/no, or a word or two that only hands the question back ("the man", "shorts",
  "the track pants are long"). restated: the answer opens by repeating the question, or says the garment is itself.
- pronoun: she/her/lady for a Men row (the "Boys" row filed under Men is a boy, so "he" and "boy" are right).
- cut: ends mid-phrase at the limit even when what came before is right.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_994 = [
    # photo: man in a plain white crew-neck tee, untucked, over mid-blue washed slim jeans, white sneakers; white
    # backdrop, full front view. Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X994-001",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. There is a belt in his clothes.",
            failure="unsupported",
        ),
        describe("jeans", "The jeans are black slim fit jeans.", failure="contradiction"),
        Q.pattern("solid"),
        is_a("jeans", "yes", article="a pair of"),
        title="Wrangler Men Blue Texas Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a light grey crew-neck sweatshirt over black slim jeans, black boots; white backdrop, front.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X994-002",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with denim fabric and solid color patterns. The pants are with denim "
            "fabric and solid color patterns. The pants are with denim",
            failure="loop",
            hit_limit=True,
        ),
        color_of("jeans", "grey", failure="other_garment_color"),
        wearing("a grey sweatshirt and black jeans", who="the man"),
        describe("jeans", "The jeans are black denim with a slim fit and five pockets."),
        Q.material("The pants are with denim fabric."),
        title="Lee Men Black Chicago Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white Puma tee, untucked, navy woven track pants with thin white piping down the side seams and
    # elastic ankle cuffs, white running shoes; white backdrop, front. Caption/open: caption adapter; closed:
    # reference engine.
    case(
        "X994-003",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        color_of("track pants", "navy blue"),
        details(
            "track pants",
            "The pants have an elastic waistband, white piping down the side and elastic cuffs at the ankle.",
        ),
        describe("track pants", "The track pants are white with navy piping.", failure="other_garment_color"),
        Q.pattern("checked", failure="contradiction"),
        title="Puma Men Wind Navy Blue Track Pant",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a navy-and-white horizontally striped polo, untucked, beige chino shorts to the knee, brown
    # loafers; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-004",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns and a three-point shorts. The shirt is "
            "with cotton fabric and its neckline is lapel. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "beige"),
        wearing("a striped polo shirt and beige shorts", who="he"),
        details("shorts", "The shorts are striped with navy and white.", failure="other_garment_color"),
        Q.pattern("solid"),
        title="Status Quo Men Solid Beige Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a light blue oxford shirt tucked in, brown leather belt, khaki chinos, brown derby shoes; white
    # backdrop, front. Caption/open: caption adapter (the caption padded out to the limit); closed: reference engine.
    case(
        "X994-005",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is a belt in his clothes.",
            hit_limit=True,
        ),
        color_of("chinos", "The chinos are light blue.", failure="other_garment_color", kind="open"),
        Q.garment_type("trousers"),
        Q.color("khaki"),
        describe("chinos", "The trousers are khaki cotton chinos with slant front pockets, worn with a brown belt."),
        details(
            "chinos",
            "The chinos have a hidden zip pocket on the back and a stretch waistband.",
            failure="unsupported",
        ),
        Q.material("cotton"),
        title="Highlander Men Classic Chinos Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a black Adidas tee with a white logo, grey melange track pants with three white stripes down the
    # sides and a drawstring waist, black sneakers; white backdrop, front. Caption/open: caption adapter; closed:
    # reference engine.
    case(
        "X994-006",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person wears a long pants. The pants are with cotton fabric and striped",
            failure="cut",
            hit_limit=True,
        ),
        color_of("track pants", "grey"),
        wearing("black", failure="non_answer", who="he"),
        details(
            "track pants",
            "The pants have three white stripes on the side and an elastic waistband with a drawstring.",
        ),
        describe("track pants", "the track pants are the track pants he is wearing", failure="restated"),
        is_a("jeans", "no", article="a pair of"),
        Q.color("black", failure="other_garment_color"),
        title="ADIDAS Men Solid Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a maroon long-sleeve henley, dark indigo jeans rolled once at the hem, tan leather boots; white
    # backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-007",
        caption(
            "Her pants are of long length. The pants are with denim fabric and solid color patterns. The lady wears "
            "a long-sleeve T-shirt with pure color patterns.",
            failure="pronoun",
        ),
        wearing("a maroon henley and dark blue jeans with brown boots", who="the man"),
        color_of("jeans", "The jeans are maroon.", failure="other_garment_color", kind="open"),
        details("jeans", "The jeans are rolled up at the hem."),
        Q.garment_type("jeans"),
        title="Levis Men 511 Slim Fit Dark Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a white Nike dri-fit football jersey, black football shorts with a white swoosh on the left leg,
    # white socks, black boots; no watch or band; white backdrop, front. Caption/open: caption adapter; closed:
    # reference engine.
    case(
        "X994-008",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns. There is an accessory "
            "on his wrist.",
            failure="unsupported",
        ),
        color_of("shorts", "black"),
        wearing("He is wearing a white shirt and white shorts.", failure="other_garment_color", who="he"),
        describe("shorts", "black football shorts with a white Nike swoosh on the left leg"),
        is_a("shorts", "yes", article="a pair of"),
        Q.material(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The",
            failure="loop",
            hit_limit=True,
        ),
        title="Nike Men Football/Soccer Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white formal shirt tucked in, black belt, charcoal flat-front trousers with a pressed crease,
    # black oxfords; cropped at the chest, no face; white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X994-009",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is a belt in his",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        color_of("trousers", "white", failure="other_garment_color"),
        details("trousers", "The trousers have a flat front, belt loops and a sharp crease down each leg."),
        Q.garment_type("trousers"),
        wearing(
            "Question: What is the person wearing? Answer: a white shirt and grey trousers. Question: What is the",
            failure="leak",
            hit_limit=True,
        ),
        title="Arrow Men Autoflex Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a red Manchester United long-sleeve zip training top, black track pants with a small red club
    # crest on the left thigh, zip side pockets, tapered legs, black trainers; white backdrop, front.
    # Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-010",
        caption(
            "The man is wearing a long-sleeve jacket with graphic patterns and a long pants. The jacket is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("track pants", "red", failure="other_garment_color"),
        describe(
            "track pants",
            "The pants are black with a red club crest on the left thigh, an elastic waist and tapered legs.",
        ),
        details(
            "track pants",
            "The track pants have zip pockets on both sides and reflective strips at the ankles.",
            failure="unsupported",
        ),
        wearing("She is wearing a red jacket and black track pants.", failure="pronoun", who="he"),
        Q.pattern("solid"),
        is_a("jeans", "yes", failure="contradiction", article="a pair of"),
        title="Manchester United Men Solid Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in an open black leather biker jacket over a grey crew-neck tee, light stone-wash jeans with
    # whiskering and faded thighs (no rips), white sneakers; white backdrop, front. Caption/open: caption adapter;
    # closed: reference engine.
    case(
        "X994-011",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "leather fabric. The pants are with denim fabric and pure color patterns. The inner clothing is a "
            "T-shirt."
        ),
        color_of("jeans", "black", failure="other_garment_color"),
        details("jeans", "The jeans have a light wash with faded thighs and whiskering at the hips."),
        Q.color("blue"),
        wearing("a black leather jacket, a grey t-shirt, blue jeans and white sneakers", who="the man"),
        describe(
            "jeans",
            "The jeans are light blue with rips at both knees and a frayed hem.",
            failure="unsupported",
        ),
        title="Flying Machine Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in an olive green crew-neck tee, mid-blue denim shorts with rolled hems above the knee, white
    # sneakers; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-012",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric. The shorts are with denim fabric and pure color patterns. The shorts "
            "are with denim fabric and pure color patterns. The shorts are",
            failure="loop",
            hit_limit=True,
        ),
        color_of("shorts", "The shorts are olive green.", failure="other_garment_color", kind="open"),
        Q.color("blue"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "shorts", failure="non_answer"),
        wearing("an olive t-shirt and blue denim shorts", who="he"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a white crew-neck tee, olive slim chinos rolled at the ankle, white sneakers, a navy jacket
    # slung over his shoulder (held, not worn); white backdrop, front. Caption/open: caption adapter (caption
    # padded to the limit); closed: reference engine.
    case(
        "X994-013",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("trousers", "olive"),
        wearing("a white t-shirt, olive chinos and white sneakers, with a jacket over his shoulder", who="he"),
        describe("trousers", "The trousers are navy blue chinos with a slim fit.", failure="other_garment_color"),
        Q.garment_type("trousers"),
        Q.material("The trousers are with denim fabric.", failure="unsupported"),
        title="Basics Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: BACK view. Man in a black pullover hoodie, grey melange joggers with ribbed ankle cuffs and a small
    # Puma cat logo on the back right pocket, grey sneakers; white backdrop. Caption/open: caption adapter; closed:
    # reference engine.
    case(
        "X994-014",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The pants this person wears is of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("track pants", "grey"),
        details(
            "track pants",
            "The track pants have ribbed cuffs at the ankles and a small Puma logo on the back pocket.",
        ),
        describe(
            "track pants",
            "The track pants are black with a drawstring waist and zip pockets.",
            failure="other_garment_color",
        ),
        wearing(
            "Question: What is he wearing? Answer: He is wearing a black hoodie and grey sweatpants.",
            failure="leak",
            who="he",
        ),
        Q.pattern("solid"),
        title="Puma Men Lifestyle Grey Track Pant",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a red-and-black buffalo check flannel shirt, untucked, sleeves rolled, dark blue jeans, brown
    # work boots; no watch; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-015",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and lattice patterns.",
            failure="contradiction",
        ),
        color_of("jeans", "blue"),
        wearing("a red and black checked shirt, blue jeans and a silver watch", failure="unsupported", who="the man"),
        details("jeans", "The jeans are red and black.", failure="other_garment_color"),
        Q.pattern("solid"),
        is_a("jeans", "yes", article="a pair of"),
        title="Highlander Men High Original Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a navy Adidas tank top, grey training shorts with three black stripes down the sides, elastic
    # waist, black running shoes; cropped at the shoulders; white backdrop, front. Caption/open: caption adapter;
    # closed: reference engine.
    case(
        "X994-016",
        caption(
            "The man wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. The shorts are with cotton fabric and striped patterns. The neckline of the tank "
            "top is round."
        ),
        color_of("shorts", "navy blue", failure="other_garment_color"),
        wearing("yes", failure="non_answer", who="he"),
        describe(
            "shorts",
            "The shorts are grey athletic shorts with three black stripes down the sides and an elastic waist.",
        ),
        Q.garment_type("shorts"),
        is_a("track pants", "yes", failure="contradiction", article="a pair of"),
        Q.material(
            "The shorts are with cotton fabric and striped patterns. The tank top is with cotton fabric. The shorts "
            "are with cotton fabric and striped patterns. The tank",
            failure="loop",
            hit_limit=True,
        ),
        title="ADIDAS Men Solid Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a black pique polo tucked in, brown belt, beige slim trousers, black loafers; white backdrop,
    # front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-017",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color "
            "patterns. There is a belt in his",
            failure="cut",
            hit_limit=True,
        ),
        color_of("trousers", "The trousers are grey.", failure="contradiction", kind="open"),
        Q.color("beige"),
        details("trousers", "The trousers have belt loops, slant side pockets and a button closure."),
        is_a("jeans", "no", article="a pair of"),
        wearing("She is wearing a black polo shirt and beige trousers.", failure="pronoun"),
        title="Highlander Men Solid Beige Trouser",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a white Nike tee with a small black logo, black woven track pants with full-length side zips and
    # a white swoosh on the left thigh, black sneakers; white backdrop, front. Caption/open: caption adapter;
    # closed: reference engine.
    case(
        "X994-018",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The gentleman wears a long pants. The pants are with cotton",
            failure="loop",
            hit_limit=True,
        ),
        color_of("track pants", "black"),
        describe(
            "track pants",
            "The pants are black woven track pants with zips running down the sides and a white swoosh on the left "
            "thigh.",
        ),
        details("track pants", "the track pants details are the details of the track pants", failure="restated"),
        wearing("a white t-shirt with a nike logo and black track pants", who="the man"),
        Q.material("The pants are with leather fabric.", failure="unsupported"),
        title="Nike Men AS Team Woven Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in an open olive bomber jacket over a white tee, black skinny jeans with ripped knees, black
    # chelsea boots; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-019",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The inner clothing is a "
            "T-shirt."
        ),
        color_of("jeans", "The jeans are green.", failure="other_garment_color", kind="open"),
        Q.color("black"),
        details("jeans", "The jeans have ripped knees and a skinny fit."),
        wearing("He is wearing a green jacket, white t-shirt and black ripped jeans.", who="he"),
        is_a("jeans", "yes", article="a pair of"),
        title="Roadster Men Black Skinny Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a plain white tee, navy shorts with a thin red-and-white check, elastic drawstring waist (no
    # belt), brown sandals; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-020",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns.",
            failure="contradiction",
        ),
        Q.pattern("checked"),
        color_of("shorts", "navy blue"),
        describe("shorts", "The shorts are navy blue with a small red and white check pattern and side pockets."),
        wearing("The person is wearing a white t-shirt and black shorts.", failure="contradiction", who="the person"),
        details(
            "shorts",
            "The shorts are with cotton fabric and lattice patterns. There is a belt in his clothes.",
            failure="unsupported",
        ),
        Q.material("cotton"),
        title="Status Quo Men Check Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a pink oxford shirt, sleeves rolled, untucked, navy chinos, tan loafers; no rings or jewellery;
    # white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-021",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns.",
            failure="pronoun",
        ),
        Q.color("navy blue"),
        color_of("trousers", "pink", failure="other_garment_color"),
        wearing("a pink shirt and navy trousers", who="the man"),
        details(
            "trousers",
            "The trousers are with cotton fabric and pure color patterns. There is a ring on his finger.",
            failure="unsupported",
        ),
        Q.garment_type("trousers"),
        title="Highlander Men Solid Navy Blue Trouser",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white cricket polo with blue trim on the collar, royal blue track pants with white piping,
    # white cricket shoes; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-022",
        caption(
            "The man is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The man wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns.",
            failure="contradiction",
        ),
        color_of("track pants", "blue"),
        describe("track pants", "The track pants are white with blue trim.", failure="other_garment_color"),
        details(
            "track pants",
            "Question: What are the track pants details? Answer: The track pants are with cotton fabric and pure "
            "color patterns. Question: What are the",
            failure="leak",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        wearing("a white polo shirt, blue track pants and white shoes", who="he"),
        title="Nike Men Crickt Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a navy crew-neck knit sweater, grey washed slim jeans with faded thighs, black sneakers; white
    # backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-023",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("blue", failure="contradiction"),
        color_of("jeans", "The jeans are grey.", kind="open"),
        wearing("The man is wearing a navy sweater and grey jeans with black sneakers.", who="the man"),
        details(
            "jeans",
            "The jeans are slim fit with a faded wash on the thighs, belt loops, two front pockets and a coin "
            "pocket, and the hems are stacked over the",
            failure="cut",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        title="Spykar Men Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a black graphic tee with a white print and a black baseball cap, olive cargo shorts with flap
    # pockets on both sides, black sneakers; white backdrop, front. Caption/open: caption adapter; closed: reference.
    case(
        "X994-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric and pure color patterns. There is a hat on "
            "his head."
        ),
        color_of("shorts", "black", failure="other_garment_color"),
        describe("shorts", "The shorts are olive green cargo shorts with flap pockets on both sides."),
        details(
            "shorts",
            "The shorts have flap pockets, flap pockets, flap pockets, flap pockets, flap pockets, flap pockets, "
            "flap pockets, flap pockets, flap",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        wearing("He wears a black graphic t-shirt, a black cap and olive cargo shorts.", who="he"),
        title="Roadster Men Olive Green Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a white shirt tucked in, black belt, grey trousers with a faint windowpane check, black shoes;
    # white backdrop, front. The seller's color says Beige; the title and the photo say grey. Caption/open: caption
    # adapter; closed: reference engine.
    case(
        "X994-025",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and lattice patterns. "
            "There is a belt in his clothes."
        ),
        Q.color("grey"),
        Q.pattern("solid", failure="contradiction"),
        details("trousers", "The trousers have a faint check pattern, belt loops and a flat front."),
        describe("trousers", "trousers", failure="non_answer"),
        wearing("a white shirt, a black belt and grey checked trousers", who="the person"),
        title="Probase Men Check Grey Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a yellow Puma crew-neck tee, black track pants with a yellow stripe down each side and a
    # drawcord waist, black shoes; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-026",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        color_of("track pants", "yellow", failure="other_garment_color"),
        Q.color("black"),
        describe(
            "track pants",
            "The track pants are black with a yellow stripe down each side and an elastic waistband with a drawcord.",
        ),
        details("track pants", "", failure="non_answer", hit_limit=True),
        title="Puma Men Heroes Black Track Pant",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: waist-down crop: mid-blue straight jeans with a brown leather belt through the loops, brown shoes; no top
    # visible; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-027",
        caption(
            "The pants this man wears is of long length. The pants are with denim fabric and pure color patterns. "
            "There is a belt in his clothes."
        ),
        wearing("The man is wearing a white t-shirt and blue jeans.", failure="unsupported", who="the man"),
        color_of("jeans", "blue"),
        details("jeans", "The jeans have belt loops with a brown belt, two front pockets and a straight leg."),
        Q.garment_type("jeans"),
        Q.material(
            "The jeans are with denim fabric and pure color patterns. The jeans are with denim fabric and pure color "
            "patterns. The jeans are with",
            failure="loop",
            hit_limit=True,
        ),
        title="Wrangler Men Blue Floyd Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black Nike running tee, white woven running shorts with a black swoosh and split hems, black
    # socks and shoes; white backdrop, front view only. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-028",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "white"),
        describe("shorts", "The shorts are white running shorts with a black swoosh and a split hem."),
        wearing("She is wearing a black shirt and white shorts.", failure="pronoun", who="he"),
        details(
            "shorts",
            "The shorts have a zippered back pocket and a reflective logo on the back.",
            failure="unsupported",
        ),
        Q.garment_type("shorts"),
        is_a("shorts", "no", failure="contradiction", article="a pair of"),
        title="Nike Men As Woven Shor White Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: man in a light blue linen shirt, untucked, cream relaxed straight trousers with side pockets and belt
    # loops, brown sandals; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-029",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.color("cream"),
        color_of("trousers", "The trousers are light blue.", failure="other_garment_color", kind="open"),
        describe("trousers", "The trousers are cream coloured with a relaxed straight leg and side pockets."),
        details(
            "trousers",
            "The trousers have side pockets, belt loops and a button closure at the waist, and the legs are "
            "straight with a",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("The trousers are with leather fabric.", failure="unsupported"),
        is_a("jeans", "no", article="a pair of"),
        title="Belmonte Men Solid Cream Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a grey crew-neck sweatshirt, navy joggers with cuffed ankles, white sneakers, holding a clear water
    # bottle; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-030",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color patterns. There is",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("black", failure="contradiction"),
        color_of("track pants", "The track pants are navy blue.", kind="open"),
        wearing("a grey sweatshirt and navy blue joggers, holding a water bottle", who="the man"),
        details("track pants", "the track pants are long", failure="non_answer"),
        is_a("track pants", "yes", article="a pair of"),
        title="Nike Men Casual Navy Blue Track Pant",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white shirt with thin blue pinstripes, tucked in, brown belt, dark blue straight jeans, brown
    # brogues; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-031",
        caption(
            "This man wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and striped patterns.",
            failure="contradiction",
        ),
        color_of("jeans", "blue"),
        wearing("He is wearing a striped shirt, a belt and blue jeans.", who="he"),
        describe(
            "jeans",
            "Question: Describe the jeans. Answer: The jeans are dark blue with a straight leg.",
            failure="leak",
        ),
        Q.pattern("solid"),
        Q.material("denim"),
        title="Lee Men Sanskrit Blue Rodeo Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: bare-chested man in red swim shorts with a white drawstring, elastic waist, short inseam; no watch or
    # band; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-032",
        caption(
            "The gentleman wears a three-point shorts. The shorts are with other fabric and pure color patterns. "
            "There is an accessory on his wrist.",
            failure="unsupported",
        ),
        color_of("shorts", "red"),
        wearing("He is wearing a white t-shirt and red shorts.", failure="unsupported", who="he"),
        details("shorts", "The shorts have an elastic waist with a white drawstring and a short inseam."),
        Q.garment_type("shorts"),
        title="United Colors of Benetton Men Red Swim Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: SIDE view, man seated on a white stool, in a cream knit polo, brown slim trousers, white sneakers; white
    # backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-033",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with knitting fabric and its neckline is lapel. The trousers are with cotton fabric and pure color "
            "patterns. The man is sitting on a chair."
        ),
        Q.color("brown"),
        color_of(
            "trousers",
            "The trousers are cream and the shirt is brown.",
            failure="other_garment_color",
            kind="open",
        ),
        wearing("the person is wearing a cream polo shirt and brown trousers", who="the person"),
        describe(
            "trousers",
            "The trousers are brown trousers are brown trousers are brown trousers are brown trousers are brown "
            "trousers are brown trousers are",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        title="Probase Men Solid Brown Trouser",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a green Puma South Africa jersey with a yellow collar, grey track pants with green-and-yellow
    # piping down the sides and a small crest on the left thigh, black shoes; white backdrop, front.
    # Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-034",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "The man wears a long pants. The pants are with cotton fabric and graphic patterns."
        ),
        color_of("track pants", "green", failure="other_garment_color"),
        Q.color("grey"),
        details(
            "track pants",
            "The pants have green and yellow piping down the sides and a small crest on the left thigh.",
        ),
        wearing(
            "He is wearing a green jersey with a yellow collar, grey track pants with green and yellow piping, and "
            "black shoes with white",
            failure="cut",
            who="he",
            hit_limit=True,
        ),
        title="Puma Men South Africa Grey Track Pant",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a navy blazer over a white shirt, untucked, light blue faded slim jeans, tan loafers; white
    # backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-035",
        caption(
            "This man wears a long-sleeve suit with pure color patterns and a long pants. The suit is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "navy blue", failure="other_garment_color"),
        wearing("a navy blazer over a white shirt and light blue jeans", who="the man"),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. The jeans are with denim fabric and pure color "
            "patterns. The jeans are with",
            failure="loop",
            hit_limit=True,
        ),
        describe("jeans", "The jeans are light blue with a faded wash and a slim leg."),
        Q.pattern("solid"),
        is_a("jeans", "yes", article="a pair of"),
        title="Locomotive Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: a boy (about eight) in a blue-and-white striped tee, beige cotton shorts to the knee, white sneakers;
    # white backdrop, front. The feed files this Boys item under Men. Caption/open: caption adapter; closed:
    # reference engine.
    case(
        "X994-036",
        caption(
            "The boy wears a short-sleeve T-shirt with striped patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "beige"),
        wearing("He is wearing a blue and white striped t-shirt and beige shorts.", who="he"),
        describe("shorts", "The shorts are blue and white striped.", failure="other_garment_color"),
        Q.garment_type("shorts"),
        Q.material(
            "The shorts are with cotton fabric. Question: What material is the garment made of? Answer: The shorts "
            "are with",
            failure="leak",
            hit_limit=True,
        ),
        title="Gini and Jony Kids Boys Solid Beige Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a grey shirt tucked in, black belt, black trousers with thin grey pinstripes, black shoes; white
    # backdrop, front. Caption/open: caption adapter (caption padded to the limit); closed: reference engine.
    case(
        "X994-037",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and striped patterns. "
            "There is a belt in his clothes.",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("grey", failure="other_garment_color"),
        details("trousers", "The trousers have thin pinstripes, a flat front and belt loops."),
        wearing("the man", failure="non_answer", who="the man"),
        describe(
            "trousers", "Describe the trousers. The trousers are black trousers with stripes.", failure="restated"
        ),
        title="Genesis Men Stripes Black Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white hooded sweatshirt, light blue fleece track pants with a drawstring and side pockets, no
    # logo visible, white sneakers; white backdrop, front. The feed row has no color column. Caption/open: caption
    # adapter; closed: reference engine.
    case(
        "X994-038",
        caption(
            "The person is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. The person wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            failure="contradiction",
        ),
        color_of("track pants", "blue"),
        wearing("He is wearing a white hoodie and light blue sweatpants.", who="he"),
        details(
            "track pants",
            "The track pants have a drawstring waist, side pockets and a logo embroidered on the left hip.",
            failure="unsupported",
        ),
        Q.garment_type("track pants"),
        title="United Colors of Benetton Men Solid Blue Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: man in a mustard yellow crew-neck tee, heavily faded blue jeans with frayed hems, brown sneakers; white
    # backdrop, front. The feed row has no gender column. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-039",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "pants this lady wears is of long length. The pants are with denim fabric and pure color patterns.",
            failure="pronoun",
        ),
        color_of("jeans", "The jeans are mustard yellow.", failure="other_garment_color", kind="open"),
        Q.color("blue"),
        details("jeans", "The jeans have heavy fading on the thighs and frayed hems."),
        wearing("The person is wearing a yellow t-shirt, blue jeans and brown shoes.", who="the person"),
        is_a("jeans", "yes", article="a pair of"),
        title="Deni Yo Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: SIDE view. Man in a black tank top, grey melange sweat shorts with a black Puma cat logo on the left leg,
    # drawcord waist and side pockets, black slides; no jewellery; white backdrop. Caption/open: caption adapter;
    # closed: reference engine.
    case(
        "X994-040",
        caption(
            "The man wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns. The shorts are with "
            "cotton fabric and pure color",
            failure="loop",
            hit_limit=True,
        ),
        color_of("shorts", "grey"),
        describe("shorts", "The shorts are black sweat shorts.", failure="other_garment_color"),
        details(
            "shorts",
            "The shorts have a black Puma cat logo on the left leg, an elastic waistband with a drawcord, and side "
            "pockets.",
        ),
        Q.material("cotton"),
        Q.garment_type("track pants", failure="contradiction"),
        wearing(
            "He wears a tank top and shorts made of silk with a gold chain around his neck.",
            failure="unsupported",
            who="he",
        ),
        title="Puma Men Grey Sweat Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a black crew-neck tee, olive cargo trousers with flap pockets on both thighs and drawcords at the
    # ankles, black boots; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-041",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is a belt in his",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("jeans", failure="contradiction"),
        color_of("trousers", "olive"),
        details("trousers", "The trousers have flap cargo pockets on both thighs and drawcords at the ankles."),
        wearing(
            "The man is wearing a black t-shirt, black pants and black boots.",
            failure="other_garment_color",
            who="the man",
        ),
        describe("trousers", "The trousers are the trousers that the man is wearing.", failure="restated"),
        title="Roadster Men Olive Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a white short-sleeve tee with a red Puma No.1 logo, black track pants with a white No.1 logo on
    # the left thigh, red sneakers; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-042",
        caption(
            "The gentleman is wearing a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. The gentleman wears a long pants. The pants are with cotton fabric and graphic patterns.",
            failure="contradiction",
        ),
        color_of("track pants", "black"),
        describe("track pants", "The track pants are red.", failure="other_garment_color"),
        details("track pants", "Answer: The pants are with cotton fabric and graphic patterns.", failure="leak"),
        wearing("He is wearing a white t-shirt with a red logo, black track pants and red sneakers.", who="he"),
        is_a("shorts", "no", article="a pair of"),
        title="Puma Men No. 1 logo Black Track Pant",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: FRONT view. Man in a blue denim shirt (double denim), untucked, black slim jeans, black sneakers; white
    # backdrop. The feed row has no color column. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-043",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "blue", failure="other_garment_color"),
        wearing("a blue denim shirt and black jeans", who="the man"),
        describe("jeans", "The jeans are black jeans with a slim fit."),
        details(
            "jeans",
            "The jeans have two back pockets with embroidered wing stitching and a leather patch on the waistband.",
            failure="unsupported",
        ),
        Q.color("black"),
        title="Spykar Men Ep Jeans Black Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: man in a white Adidas running tee, navy running shorts with three white stripes at the side, white
    # running shoes; white backdrop, front. Caption/open: caption adapter; closed: reference engine.
    case(
        "X994-044",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns. The neckline of the "
            "T-shirt is round. The",
            failure="cut",
            hit_limit=True,
        ),
        color_of("shorts", "The shorts are white.", failure="other_garment_color", kind="open"),
        Q.color("navy blue"),
        describe("shorts", "The shorts are navy running shorts with three white stripes on the side."),
        wearing("The man is wearing a white t-shirt and navy blue shorts.", who="he"),
        Q.garment_type("shorts"),
        title="ADIDAS Men Rsp Ds 7in Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white shirt tucked in, brown belt, greyish-brown (taupe) flat-front trousers, brown shoes;
    # white backdrop, front. Seller's color Beige, title "Greyish Brown". Caption/open: caption adapter (caption
    # padded to the limit); closed: reference engine.
    case(
        "X994-045",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is a belt in his clothes.",
            hit_limit=True,
        ),
        Q.color("brown"),
        color_of("trousers", "The trousers are white.", failure="other_garment_color", kind="open"),
        wearing(
            "What is the person wearing? The person is wearing a white shirt and brown trousers.",
            failure="restated",
            who="the person",
        ),
        details("trousers", "The trousers have a flat front, belt loops and slant pockets."),
        title="Indigo Nation Men Pv Plan(Mix & Max) Greyish Brown Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a navy Puma pullover hoodie, hands in its pocket, grey melange sweatpants with ribbed ankle cuffs
    # and a drawstring waist, black sneakers; white backdrop, front. Caption/open: caption adapter; closed: reference.
    case(
        "X994-046",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The gentleman wears a long pants. The pants",
            failure="loop",
            hit_limit=True,
        ),
        color_of("track pants", "grey"),
        Q.garment_type("track pants"),
        describe("track pants", "The sweatpants are grey melange with ribbed ankle cuffs and a drawstring waist."),
        wearing(
            "Question: What is he wearing? Answer: a navy hoodie and grey sweatpants. Question: What is the color of",
            failure="leak",
            who="he",
            hit_limit=True,
        ),
        Q.material("The pants are with denim fabric.", failure="unsupported"),
        title="Puma Men Solid Grey Core Sweat Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
]
