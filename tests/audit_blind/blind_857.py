"""BLIND_857 (46 products; Myntra women's bottoms, caption adapter epoch 2): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 105/120 failures found (87.5%) and 9/155 correct texts flagged
(5.8%). The writer's notes, verbatim:

Scenario: a Myntra women's feed of jeans, trousers, jeggings, capris, skirts and shorts. Every photo is a catalog
shot of a model (a few are girls from the kids' lines that the feed files under Women) wearing the product with a top,
sometimes a jacket or an open shirt over it, shoes, now and then a belt, watch, bangles or earrings; mostly a plain
white backdrop, some grey or beige walls, a few side or back views. The product is always the bottom garment.

Who wrote what: captions and every open answer come from BLIP-2 OPT-2.7b with the caption LoRA at epoch 2 (an
intermediate checkpoint between the published epoch-1 and epoch-3 caption adapters, trained on DeepFashion-MultiModal
template captions only, labels unmasked, no end token). Its habits: the template ("The lady wears a long-sleeve
shirt with pure color patterns and a long pants. The pants are with denim fabric and pure color patterns."), pattern
words instead of hues, the template returned for a question, the template's accessory sentences ("There is an
accessory on her wrist", "a hat on her head") whether or not the photo has one, running on to the token limit (loops
or a cut mid-sentence) and now and then a new "Question: ... Answer:" pair. At epoch 2 the base model's question
answering is not all gone: about a third of open answers are short base-style phrases with hues, and those are the
ones that hand the top's color to the bottom. A couple of captions are base-style sentences too. Closed answers
(garment type, color, pattern, color of the X, "Is this a ...?") come from enrich's --engine reference ranking the
candidates with the same adapter-loaded model: one candidate value each, never looped or cut, but often the top's
color or pattern, since the top fills most of the frame.

Labeling conventions and judgement calls:
- The photo is the truth. Where the seller's color disagrees with the photo (X857-041: "Black" jeans that photograph
  charcoal grey) an answer that matches the photo is correct and one that matches only the seller is not.
- Shades and groups count as the same color: maroon/red, peach/pink, cream/white, khaki/beige, navy/dark blue,
  mustard/yellow, rust/orange. "green" for a teal skirt (X857-043) is correct (teal is blue-green); "brown" for a
  rust skirt (X857-029) is a contradiction, since the photo is plainly orange-red.
- A color (or pattern) of the top, jacket, shirt or tights given to the product is other_garment_color when it is a
  color; a pattern borrowed from the top (stripes, checks, polka dots, florals on a plain bottom) is contradiction. A
  color taken from the wall or from a belt is contradiction too, not other_garment_color.
- The template's "pure color"/"solid color patterns" for plain, washed or faded denim is correct; side-stripe trim on
  track shorts makes "striped" correct. DeepFashion garment words are accepted: jeans are "long pants", capris and
  culottes "three-point pants", jeggings "leggings", a hoodie a "sweater", a midi skirt "long" or "medium".
- Fabric claims for the top are accepted when plausible (cotton tee, chiffon blouse); a fabric is unsupported when the
  title or the photo says otherwise (denim for linen, leather for linen-blend shorts, denim for tailored trousers).
- An accessory sentence is correct when the photo has one there (watch, bangles, belt, glasses on the head,
  necklace) and unsupported when it does not. Invented rips, pockets, drawstrings, slits, belts: unsupported.
- An open color question answered with the template and no hue ("The pants are with denim fabric") is non_answer;
  so is "yes", "nothing" or the garment's own name alone. Text that only echoes the question's words is restated.
- One label per text. A loop is labeled loop even when it ends cut; a text whose only fault is running off the end
  is cut. Where a text both invents something and runs off the end, the invention is the label and hit_limit is
  still set. A leaked "Question: ... Answer:" is leak even when the leaked answer is right.
- hit_limit=True on every loop and every cut, and on one caption that hit the 50-token limit exactly at a full
  stop (X857-039): labeled cut, because the model was still going.
- Pronoun failures only where the feed has a gender (Women or Girls): "he", "the man", "the gentleman", "the boy".
- Partial but true answers ("a checkered shirt" to what she is wearing) are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_857 = [
    # photo: mid-wash blue skinny jeans, white crew-neck tee tucked in, white sneakers, plain white backdrop,
    # full-length front view, no rips. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a white t-shirt and blue jeans", who="she"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "The pants are of long length. The pants are with denim fabric and pure color patterns. The pants are "
            "of long length. The pants are with denim fabric and",
            failure="loop",
            hit_limit=True,
        ),
        describe("jeans", "blue skinny jeans with ripped knees", failure="unsupported"),
        Q.pattern("solid"),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Women Midrise Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: dark indigo bootcut jeans, mustard yellow sleeveless chiffon blouse tucked in, tan leather belt, brown
    # heels, white backdrop, front view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is a belt",
            failure="cut",
            hit_limit=True,
        ),
        color_of("jeans", "yellow", failure="other_garment_color"),
        describe(
            "jeans",
            "The pants are of long length with denim fabric and solid color patterns. There is a belt on her waist.",
        ),
        Q.color("navy blue"),
        wearing("yellow top and jeans"),
        Q.material("denim"),
        title="Wrangler Women Blue Custom Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: light stone-washed blue jeans faded at the thighs, black-and-white horizontally striped long-sleeve tee,
    # black ankle boots, grey studio backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference.
    case(
        "X857-003",
        caption(
            "The female is wearing a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. "
            "The pants this female wears is of long length. The pants are with denim fabric and solid color patterns."
        ),
        Q.pattern("striped", failure="contradiction"),
        color_of("jeans", "light blue"),
        details("jeans", "faded wash on the thighs and five pockets"),
        wearing("He is wearing a striped shirt and blue jeans.", failure="pronoun"),
        is_a("pair of jeans", "yes"),
        title="Spykar Women Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: washed black slim jeans, faded toward charcoal at the knees, pale pink chiffon blouse worn loose, nude
    # flats, bare wrists, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            failure="unsupported",
        ),
        color_of("jeans", "black"),
        color_of(
            "jeans", "The pants are with denim fabric and pure color patterns.", failure="non_answer", kind="open"
        ),
        describe("jeans", "black skinny jeans"),
        Q.color("pink", failure="other_garment_color"),
        Q.garment_type("jeans"),
        title="United Colors of Benetton Women Washed Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: dark rinse navy skinny jeans, grey marl pullover hoodie, hands in its pocket, white sneakers, white
    # backdrop, three-quarter view; plain hems, no belt. Caption/open: caption adapter epoch 2; closed: reference.
    case(
        "X857-005",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with denim fabric and pure",
            failure="cut",
            hit_limit=True,
        ),
        color_of("jeans", "navy blue"),
        details("jeans", "dark blue skinny denim, ankle length"),
        describe(
            "jeans", "dark blue jeans with a distressed hem and a silver chain on the belt loop", failure="unsupported"
        ),
        wearing("a grey hoodie and dark blue jeans"),
        Q.pattern("solid"),
        title="Levis Women Dark Blue Skinny Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light blue boyfriend jeans with ripped knees and rolled cuffs, olive green utility shirt with sleeves
    # rolled up, white canvas shoes, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The pants are "
            "with denim fabric and pure color patterns. The pants",
            failure="loop",
            hit_limit=True,
        ),
        color_of("jeans", "green", failure="other_garment_color"),
        details("jeans", "ripped knees and rolled-up hems"),
        is_a("pair of jeans", "yes"),
        Q.material("denim"),
        wearing("an olive shirt and ripped jeans"),
        title="Pepe Jeans Women Blue Boyfriend Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: jet black skinny jeans, white camisole under an open red-and-black checked flannel shirt, black boots,
    # white backdrop, front view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-007",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("jeans", "red", failure="other_garment_color"),
        color_of("shirt", "red"),
        describe("jeans", "the jeans are jeans", failure="restated"),
        Q.pattern("checked", failure="contradiction"),
        is_a("pair of jeans", "yes"),
        title="Roadster Women Black Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: high-waisted mid-blue mom jeans with a button fly, cropped white cotton tee with a small black graphic,
    # white sneakers, pale beige wall behind her, front view. Caption: base-style from the epoch-2 adapter; open
    # answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-008",
        caption("a woman standing in front of a beige wall wearing a white crop top and high waisted jeans"),
        color_of("jeans", "beige", failure="contradiction"),
        details("jeans", "high waisted with a button fly"),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        title="Kraus Women Blue High Rise Mom Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: mid-grey skinny jeans, black leather biker jacket open over a white tee, black ankle boots, no belt, white
    # backdrop, front view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-009",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "black", failure="other_garment_color"),
        describe("jeans", "grey denim skinny jeans with a white belt", failure="unsupported"),
        is_a("pair of jeans", "no", failure="contradiction"),
        wearing("a black leather jacket, a white t-shirt and grey jeans"),
        details("jeans", "jeans", failure="non_answer"),
        title="Only Women Grey Skinny Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: medium blue slim jeans with whiskering, coral pink sleeveless peplum top, silver wristwatch, white
    # backdrop, front view (the feed row has no color). Caption/open: caption adapter epoch 2; closed: reference.
    case(
        "X857-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The pants are with denim "
            "fabric and pure color patterns. There is an accessory on her wrist."
        ),
        color_of("jeans", "blue"),
        Q.color("blue"),
        details(
            "jeans", "Question: What are the jeans details? Answer: The pants are with denim fabric", failure="leak"
        ),
        wearing("a coral top and blue jeans"),
        is_a("skirt", "yes", failure="contradiction"),
        title="Jealous 21 Women Blue Slim Fit Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: black tailored slim trousers with a pressed crease, ivory silk-look shirt tucked in, black pointed pumps,
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "chiffon fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("trousers", "white", failure="other_garment_color"),
        describe("trousers", "black formal trousers with a crease down the front"),
        Q.material("denim", failure="unsupported"),
        Q.garment_type("trousers"),
        is_a("pair of trousers", "yes"),
        details(
            "trousers",
            "The trousers are of long length. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears a long-sleeve shirt with",
            failure="cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Slim Fit Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: navy straight-leg formal trousers, pale blue button-down shirt tucked in, navy blazer open over it, short
    # hair, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-012",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns and a long trousers. The suit is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns.",
            failure="pronoun",
        ),
        color_of("trousers", "navy blue"),
        color_of("shirt", "light blue"),
        details(
            "trousers",
            "navy blue, navy blue, navy blue, navy blue, navy blue, navy blue, navy blue, navy blue, navy blue, navy",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a navy suit with a light blue shirt"),
        title="Van Heusen Woman Navy Blue Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige khaki straight chinos, black-and-white Breton striped boat-neck top, white sneakers, white
    # backdrop, front view; plain back. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-013",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and striped patterns.",
            failure="contradiction",
        ),
        color_of("trousers", "khaki"),
        Q.pattern("solid"),
        describe("trousers", "The pants are of long length. The pants are with cotton fabric and pure color patterns."),
        wearing("a striped shirt and khaki pants", who="she"),
        Q.color("white", failure="other_garment_color"),
        details("trousers", "two buttons on the back pocket and a drawstring at the waist", failure="unsupported"),
        title="Allen Solly Woman Beige Chino Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: wide-leg olive palazzo trousers, cream short kurti with a small olive block print worn over the waist,
    # gold bangles, brown juttis, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-014",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist."
        ),
        color_of("trousers", "olive"),
        details("trousers", "wide legs and an elastic waist with a drawstring", failure="unsupported"),
        Q.garment_type("trousers"),
        is_a("pair of trousers", "yes"),
        wearing("She is wearing a cream kurta with green palazzo pants"),
        title="W Women Olive Green Palazzo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon ankle-length cigarette trousers, black fitted turtleneck worn untucked over the waist, black
    # loafers, grey backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-015",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("trousers", "red"),
        Q.color("black", failure="other_garment_color"),
        describe("trousers", "yes", failure="non_answer"),
        wearing("a black turtleneck and maroon pants"),
        details("trousers", "ankle length with a side zip and a gold button at the waist", failure="unsupported"),
        title="AND Women Maroon Cigarette Trousers",
        category="Trousers",
        color="Maroon",
        gender="Women",
    ),
    # photo: white linen wide-leg trousers, navy blue sleeveless top, tan sandals, straw tote in her right hand, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "lady is holding a",
            failure="cut",
            hit_limit=True,
        ),
        color_of("trousers", "navy blue", failure="other_garment_color"),
        Q.material("linen"),
        describe("trousers", "white wide leg pants"),
        is_a("pair of trousers", "yes"),
        wearing("He is wearing a navy top and white pants", failure="pronoun"),
        title="Mango Women White Linen Wide Leg Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: grey Prince-of-Wales checked straight trousers, black sleeveless shell top, black heels, white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric and its neckline is round. The pants are with cotton fabric and lattice patterns."
        ),
        Q.pattern("checked"),
        color_of("trousers", "grey"),
        details("trousers", "they are long", failure="non_answer"),
        Q.color("black", failure="other_garment_color"),
        wearing("Question: What is she wearing? Answer: The lady wears a sleeveless tank top", failure="leak"),
        title="Park Avenue Woman Grey Checked Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: charcoal grey slim trousers, white shirt with thin blue vertical pinstripes tucked in, black belt, black
    # loafers, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-018",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. There is an "
            "accessory on her waist."
        ),
        color_of("trousers", "grey"),
        describe(
            "trousers",
            "The trousers are long trousers. The trousers are long trousers. The trousers are long trousers. The "
            "trousers are long trousers. The",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a blue and white striped shirt and grey pants"),
        Q.pattern("solid"),
        title="Marks & Spencer Women Charcoal Grey Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Women",
    ),
    # photo: mustard yellow high-waist flared trousers, white short-sleeved off-shoulder top tucked in, gold hoop
    # earrings, nothing on the wrists, nude heels, white backdrop. Caption/open: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X857-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her ear."
        ),
        color_of("trousers", "yellow"),
        Q.color("mustard"),
        details(
            "trousers",
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. There is an accessory on her",
            failure="unsupported",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        Q.garment_type("jeans", failure="contradiction"),
        describe("trousers", "Describe the trousers. The trousers are trousers", failure="restated"),
        title="Miss Chase Women Mustard Flared Trousers",
        category="Trousers",
        color="Mustard",
        gender="Women",
    ),
    # photo: khaki slim chinos, navy polo shirt tucked in, brown leather belt, white sneakers, short-haired model,
    # white backdrop, side view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("trousers", "brown", failure="contradiction"),
        wearing("He is wearing a navy polo shirt and khaki pants.", failure="pronoun"),
        Q.material("cotton"),
        describe("trousers", "khaki slim fit chinos with belt loops"),
        details(
            "trousers",
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. There is a belt "
            "on her",
            failure="cut",
            hit_limit=True,
        ),
        title="Arrow Woman Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: a girl in a blue denim A-line mini skirt with a white fabric belt, pink tee with a cartoon print, white
    # backdrop, front view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-021",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with denim fabric and pure color patterns."
        ),
        color_of("skirt", "pink", failure="other_garment_color"),
        describe("skirt", "a blue denim skirt with a white belt"),
        Q.garment_type("jeans", failure="contradiction"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "It has a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt",
            failure="loop",
            hit_limit=True,
        ),
        title="Doodle Girl Denim skirt with belt Blue Skirts",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: a girl in a pink tiered cotton skirt to the knee, white puff-sleeve top, pink hairband, no hat, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-022",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The skirt she wears is of medium length. There is a hat on her head.",
            failure="unsupported",
        ),
        color_of("skirt", "white", failure="other_garment_color"),
        Q.color("pink"),
        wearing("The boy is wearing a white shirt and a pink skirt.", failure="pronoun"),
        Q.pattern("solid"),
        describe("skirt", "a pink tiered skirt"),
        title="Palm Tree Kids Girls Solid Pink Skirts",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: a girl in a red corduroy A-line skirt above the knee, navy-and-white striped long-sleeve tee, white
    # tights, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-023",
        caption(
            "The female is wearing a long-sleeve T-shirt with striped patterns and a short skirt. The T-shirt is with "
            "cotton fabric. The skirt is with cotton fabric and striped patterns.",
            failure="contradiction",
        ),
        color_of("skirt", "red"),
        Q.material("corduroy"),
        details(
            "skirt",
            "The skirt is of short length. The skirt is with cotton fabric and pure color patterns. The skirt is of "
            "short length. The skirt is with cotton fabric and pure",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        title="Gini and Jony Kids Girls Solid Red Skirts",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: light washed blue denim skirt with a frayed hem, yellow sleeveless top with white polka dots, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-024",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a short skirt. The tank top is with cotton "
            "fabric and its neckline is round. The skirt is with denim fabric and pure color patterns."
        ),
        color_of("skirt", "yellow", failure="other_garment_color"),
        Q.pattern("polka dots", failure="contradiction"),
        describe("skirt", "a light blue denim skirt with a frayed hem"),
        wearing("Yes", failure="non_answer"),
        title="Palm Tree Kids Girl Washed Blue Skirts",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black pleated midi skirt, cream knit sweater tucked in at the front, black ankle boots, no jewellery,
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. "
            "There is an accessory",
            failure="cut",
            hit_limit=True,
        ),
        color_of("skirt", "black"),
        Q.color("black"),
        details("skirt", "pleated with a wide waistband"),
        wearing("a cream sweater and a black pleated skirt"),
        describe("skirt", "The skirt is a skirt that is a skirt", failure="restated"),
        is_a("skirt", "no", failure="contradiction"),
        title="Mango Women Black Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy A-line knee-length skirt with a small white and pink floral print, plain white tee tucked in, white
    # sneakers, white backdrop; no pockets seen. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a medium skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and floral patterns."
        ),
        color_of("skirt", "white", failure="other_garment_color"),
        Q.pattern("floral"),
        describe("skirt", "navy blue skirt with white and pink flowers"),
        details("skirt", "it has flowers on it and a zipper on the side and two pockets", failure="unsupported"),
        is_a("skirt", "yes"),
        wearing("Question: What is the person wearing? Answer: a white t-shirt and a navy skirt", failure="leak"),
        title="Vero Moda Women Navy Floral Print Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige knee-length pencil skirt, black sleeveless top tucked in, thin gold necklace, black heels, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a medium skirt. The tank top is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns. There "
            "is an accessory on her neck."
        ),
        color_of("skirt", "black", failure="other_garment_color"),
        Q.color("beige"),
        Q.garment_type("dress", failure="contradiction"),
        describe(
            "skirt",
            "The skirt is of medium length. The skirt is with cotton fabric and pure color patterns. The skirt is "
            "with cotton fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        title="Only Women Beige Pencil Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: long flowing maxi skirt with an orange, teal and magenta paisley print, plain white cotton top, silver
    # jhumka earrings, oxidised bangles, white backdrop. Caption/open: caption adapter epoch 2; closed: reference.
    case(
        "X857-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and graphic patterns. There is "
            "an accessory on her wrist."
        ),
        Q.color("multicolor"),
        Q.pattern("printed"),
        color_of("skirt", "white", failure="other_garment_color"),
        describe("skirt", "a long orange skirt with a paisley print"),
        wearing(
            "She is wearing a white top and a long skirt. She is wearing a white top and a long skirt. She is "
            "wearing a white top and a long",
            failure="loop",
            who="she",
            hit_limit=True,
        ),
        title="Global Desi Women Multicoloured Printed Maxi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: rust orange ankle-length flared cotton skirt with a gold foil border at the hem, off-white short kurti,
    # white backdrop; no embroidery or tassels. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with cotton fabric and pure color patterns and there is a gold border at the bottom."
        ),
        color_of("skirt", "orange"),
        details("skirt", "gold border at the hem"),
        Q.color("brown", failure="contradiction"),
        wearing("a woman in a long skirt"),
        describe("skirt", "a rust skirt with mirror work embroidery and tassels", failure="unsupported"),
        title="Biba Women Rust Flared Skirt",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # photo: red skater mini skirt, black long-sleeve crop top, black tights, black boots, no hat, white backdrop (the
    # feed row has no category). Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-030",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns. There "
            "is a hat on her head.",
            failure="unsupported",
        ),
        color_of("skirt", "red"),
        Q.garment_type("shorts", failure="contradiction"),
        describe("skirt", "black", failure="other_garment_color"),
        is_a("skirt", "yes"),
        Q.material("Question: What material is the garment made of? Answer: cotton", failure="leak"),
        title="FabAlley Women Red Skater Skirt",
        color="Red",
        gender="Women",
    ),
    # photo: heather grey jersey running shorts with a white drawstring, black racerback sports tank, black running
    # shoes, white backdrop, front view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-031",
        caption(
            "The lady wears a tank top with no sleeves and a shorts. The tank top is with cotton fabric and its "
            "neckline is suspenders. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "grey"),
        Q.color("black", failure="other_garment_color"),
        details("shorts", "the shorts are short", failure="non_answer"),
        wearing("a black tank top and grey shorts"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("skirt", failure="contradiction"),
        title="Nike Women Solid Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Women",
    ),
    # photo: a girl in ice-wash blue denim hot shorts with rolled hems, white sleeveless top with a red cherry print,
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-032",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a shorts. The tank top is with cotton "
            "fabric. The shorts are with denim fabric and pure color patterns. The shorts are with denim fabric and "
            "pure color patterns. The shorts are with",
            failure="loop",
            hit_limit=True,
        ),
        color_of("shorts", "light blue"),
        describe("shorts", "red denim shorts with rolled hems", failure="other_garment_color"),
        Q.pattern("solid"),
        wearing("she is wearing", failure="restated"),
        title="Doodle Girl Hot Ice Wash Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: black polyester training shorts with a white side logo and pink trim, pink racerback tank top, white
    # backdrop, side view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts. The tank top is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "pink", failure="other_garment_color"),
        details("shorts", "white logo on the side and pink trim"),
        Q.material("polyester"),
        is_a("pair of shorts", "yes"),
        wearing("He is wearing a pink tank top and black shorts", failure="pronoun"),
        describe(
            "shorts",
            "The shorts are of short length. The shorts are with cotton fabric and pure color patterns. The shorts "
            "have",
            failure="cut",
            hit_limit=True,
        ),
        title="Puma Women Black Training Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: navy shorts with three white stripes down each side, white tee with a navy logo, white sneakers, white
    # backdrop, front view; no pockets at the back seen. Caption/open: caption adapter epoch 2; closed: reference.
    case(
        "X857-034",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and striped patterns."
        ),
        color_of("shorts", "navy blue"),
        Q.pattern("striped"),
        describe("shorts", "navy shorts with white stripes on the sides"),
        Q.color("white", failure="other_garment_color"),
        details("shorts", "a zip pocket at the back and a reflective logo", failure="unsupported"),
        title="Adidas Women Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green cargo shorts with flap pockets, black-and-white checked shirt knotted at the waist over a
    # white tank, no belt, brown sandals, white backdrop. Caption/open: caption adapter epoch 2; closed: reference.
    case(
        "X857-035",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a shorts. The shirt is with cotton fabric "
            "and its neckline is lapel. The shorts are with cotton fabric and lattice patterns.",
            failure="contradiction",
        ),
        color_of("shorts", "green"),
        details("shorts", "flap pockets on both sides"),
        describe("shorts", "green cargo shorts with a brown leather belt", failure="unsupported"),
        wearing("a checkered shirt"),
        Q.garment_type("shorts"),
        title="Roadster Women Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: white denim cut-off shorts with frayed hems, light blue chambray shirt, tan woven belt, sunglasses pushed
    # up on her head, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a shorts. The shirt is with denim fabric "
            "and its neckline is lapel. The shorts are with denim fabric and pure color patterns. There is a pair of "
            "glasses on her head."
        ),
        color_of("shorts", "blue", failure="other_garment_color"),
        Q.color("white"),
        details("shorts", "frayed hems and a tan belt"),
        describe("shorts", "Question: Describe the shorts. Answer: white denim shorts", failure="leak"),
        is_a("pair of shorts", "no", failure="contradiction"),
        title="Forever 21 Women White Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: peach linen-blend shorts with a paper-bag waist and tie belt, white lace camisole, white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-037",
        caption(
            "The lady wears a tank top with no sleeves and a long pants. The tank top is with cotton fabric and its "
            "neckline is suspenders. The pants are with cotton fabric and pure color patterns.",
            failure="contradiction",
        ),
        color_of("shorts", "pink"),
        details("shorts", "paper bag waist with a tie belt"),
        Q.material("leather", failure="unsupported"),
        wearing("a white top and peach shorts"),
        Q.pattern("solid"),
        title="Mast & Harbour Women Peach Linen Blend Shorts",
        category="Shorts",
        color="Peach",
        gender="Women",
    ),
    # photo: mid-blue bootcut jeans, black long-sleeve bodysuit, black heels, grey studio backdrop, back view showing
    # the back pockets' stitching; no hat, no rings. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-038",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "black", failure="other_garment_color"),
        details("jeans", "two back pockets with stitching"),
        describe(
            "jeans",
            "The pants are of long length. The pants are with denim fabric and pure color patterns. The lady is "
            "wearing a hat on her head and a ring",
            failure="unsupported",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        wearing("a black top and blue jeans Question: What is the color of the jeans? Answer: blue", failure="leak"),
        title="Lee Women Blue Bootcut Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black stretch jeggings, long grey-melange tunic sweatshirt covering the hips, white sneakers, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns.",
            failure="cut",
            hit_limit=True,
        ),
        color_of("jeggings", "grey", failure="other_garment_color"),
        Q.color("black"),
        is_a("pair of leggings", "yes"),
        describe(
            "jeggings",
            "They are black and they are black and they are black and they are black and they are black and they are",
            failure="loop",
            hit_limit=True,
        ),
        title="DNMX Women Black Jeggings",
        category="Jeggings",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue denim capris cropped at the calf with plain hems, red-and-white striped sleeveless top, white
    # sneakers, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-040",
        caption(
            "The lady wears a sleeveless tank top with striped patterns and a three-point pants. The tank top is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        color_of("capris", "red", failure="other_garment_color"),
        Q.pattern("solid"),
        details("capris", "cropped at the calf with a button slit at the hem", failure="unsupported"),
        wearing("Question: What is she wearing? Answer: a striped top and capri pants", failure="leak", who="she"),
        is_a("pair of jeans", "yes"),
        title="Kraus Women Blue Denim Capris",
        category="Capris",
        color="Blue",
        gender="Women",
    ),
    # photo: the seller calls these black, but they photograph washed-out charcoal grey: low-rise skinny jeans with a
    # zip fly and metal button, lavender tee tucked in, white backdrop. Caption/open: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X857-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "grey"),
        Q.color("purple", failure="other_garment_color"),
        wearing("a purple t-shirt and grey jeans"),
        details("jeans", "low rise with a zip fly and a button"),
        describe("jeans", "light blue skinny jeans", failure="contradiction"),
        title="Flying Machine Women Lowrise Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: cream linen straight trousers, black-and-white polka dot short-sleeve blouse, black sandals, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-042",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon "
            "fabric. The pants are with denim fabric and pure color patterns.",
            failure="unsupported",
        ),
        color_of("trousers", "white"),
        Q.material("linen"),
        describe(
            "trousers",
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is round. The pants are with",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("polka dots", failure="contradiction"),
        title="Marks & Spencer Women Cream Linen Trousers",
        category="Trousers",
        color="Cream",
        gender="Women",
    ),
    # photo: teal satin wrap midi skirt with a tie at the side, black fitted short-sleeve tee tucked in, gold
    # wristwatch, black block heels, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. There "
            "is an accessory on her wrist."
        ),
        color_of("skirt", "teal"),
        describe("skirt", "a green satin wrap skirt"),
        details("skirt", "wrap front with a tie at the side"),
        wearing("The man is wearing a black t-shirt and a green skirt", failure="pronoun"),
        Q.garment_type("skirt"),
        Q.pattern("floral", failure="contradiction"),
        title="AND Women Teal Satin Wrap Skirt",
        category="Skirts",
        color="Teal",
        gender="Women",
    ),
    # photo: hot pink running shorts with a black waistband, grey melange tee, no cap or hat, white backdrop. Caption:
    # base-style from the epoch-2 adapter; open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-044",
        caption("a woman in a grey t-shirt and pink shorts standing in front of a white background"),
        color_of("shorts", "grey", failure="other_garment_color"),
        Q.color("pink"),
        details("shorts", "black waistband"),
        describe(
            "shorts",
            "Question: Describe the shorts. Answer: The shorts are pink. Question: What are the shorts details? "
            "Answer:",
            failure="leak",
        ),
        wearing("a grey t-shirt, pink shorts and a black cap", failure="unsupported"),
        title="Nike Women Pink Running Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: dark blue straight jeans, white shirt with black vertical pinstripes tucked in, black belt, black loafers,
    # white backdrop (the feed row has no title). Caption and open answers: caption adapter epoch 2; closed: reference.
    case(
        "X857-045",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "The pants are with denim fabric.", failure="non_answer", kind="open"),
        Q.color("blue"),
        details("jeans", "What are the jeans details? The jeans details are", failure="restated"),
        wearing("a striped shirt, black belt and dark jeans"),
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black wide cropped culottes, white sleeveless top with a black floral print, black sandals, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X857-046",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a three-point pants. The tank top is with "
            "chiffon fabric. The pants are with cotton fabric and floral patterns.",
            failure="contradiction",
        ),
        color_of("trousers", "black"),
        Q.pattern("solid"),
        describe(
            "trousers",
            "black culottes black culottes black culottes black culottes black culottes black culottes black culottes",
            failure="loop",
            hit_limit=True,
        ),
        wearing("nothing", failure="non_answer", who="she"),
        Q.color("white", failure="other_garment_color"),
        title="Van Heusen Woman Black Culottes",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
]
