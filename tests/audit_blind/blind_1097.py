"""BLIND_1097 (46 products; Myntra women's bottoms and tops, caption epoch 2): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 112/121 failures found (92.6%) and 2/173 correct texts flagged
(1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's bottoms (Jeans, Trousers, Skirts, Shorts, one Track Pants row) whose photos
are catalog shots on a white backdrop: a model wearing the product with a top (tees, shirts, blouses, camis,
sweaters, a hoodie, a biker jacket), shoes and sometimes a bag, hat, racket or jewellery; mostly front views, a few
side or back views and one waist-down crop. Seller columns are title, category, color and gender; four rows lack
one of them (three without color, one without gender), as real feeds do. Two seller colors are coarse (Cream for an
off-white skirt, Grey Melange) but none is wrong.

Who wrote what: every caption and every open answer (wearing, describe, details, the open color questions,
material) is free generation by the epoch-2 checkpoint of the caption adapter (DeepFashion-MultiModal template
captions on blip2-opt-2.7b, LoRA on q_proj/k_proj, unmasked labels, no end token). Its habits: the template voice
("The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The pants are with denim fabric
and pure color patterns."), patterns instead of hues in captions, stock sentences ("There is an accessory on her
wrist", "There is a belt", "The lady wears a hat") whether or not the photo has them, "The gentleman"/"his" now and
then for a woman, and a question-answering skill half erased: short open questions usually get a short answer, but
sometimes the caption template comes back instead, or the `Question: ... Answer:` format continues into new
questions. It mostly stops after a template sentence (epoch 2 learned to stop on the padding that followed the
captions), but about one text in ten runs to the limit (30 new tokens for answers, 50 for captions) and either
repeats a phrase or is cut mid-phrase. Closed answers (garment type, color, pattern, fit, length, yes/no, and the
closed color-of questions) come from enrich's --engine reference ranking the candidates with the same adapter:
always one clean candidate, never looped or cut, but often the candidate that fits the top rather than the bottom.

Labeling conventions and judgement calls:
- The product is the bottom garment in the seller's row; "the garment" in the questionnaire means it, so a closed
  color, pattern or material that describes the top is wrong for the product.
- other_garment_color only for open answers and captions that give the product the color of another garment
  visibly worn in the photo (the top, a jacket, tights). A closed answer that picks the top's color or pattern is
  labelled contradiction (it contradicts the seller and the other texts), following the TARGETS comment that
  defines other_garment_color for open answers.
- The reverse (the top given the product's color, "a khaki shirt" for a white shirt over khaki shorts, the one
  color repeated for two garments) is labelled contradiction.
- A caption that gives the bottom the top's pattern ("pants ... with stripe patterns" under a striped shirt) is a
  contradiction; a caption stock sentence naming an accessory or belt the photo does not have is unsupported.
- Template fabric words that are plausible for what the photo shows (cotton tee, chiffon blouse, knitting sweater)
  are not failures; a material that contradicts the title ("denim" for linen trousers or a lace skirt) or that
  belongs to another garment (the jacket's leather for jeans) is unsupported.
- Shades and groups are correct: cream or off-white called white, maroon called red, teal called blue, khaki called
  beige, grey melange called grey. Maroon called brown is a contradiction (a different hue, not a shade).
- Navy shorts with three white side stripes answered "white" under a white tee: other_garment_color, since white is
  the tee's color and only a trim's on the shorts; where a print has the answered color, the set avoids the case.
- non_answer: empty text, a bare garment word or "the pants" for details, "they are short" style tautologies, a
  one-word answer to "Describe ...", "clothes" for what she is wearing, and the caption template returned for a
  color question without naming any color.
- restated: the question's own words sent back as a sentence ("the details of the skirt are the skirt details",
  "Describe the skirt. The skirt is a denim skirt").
- loop vs cut: a text that repeats a phrase or sentence until the limit is a loop even though it is also cut; a cut
  is a text that runs to the limit mid-phrase without repeating. Both have hit_limit=True. A leak that ran to the
  limit is a leak with hit_limit=True.
- One label per text, the first failure a reader meets; where a caption also has a plausible-but-unseen detail after
  its main failure, only the main failure is labelled.
- pronoun failures only on rows whose gender column is Women; the row without gender has none.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

fit = question("fit", "What is the fit of the garment?", "closed")
length = question("length", "What is the length of the garment?", "closed")

BLIND_1097 = [
    # photo: white round-neck tee tucked into mid-blue skinny jeans, white sneakers, white backdrop, front view.
    # caption adapter epoch 2 wrote caption and open answers; closed answers by the reference engine.
    case(
        "X1097-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a white t-shirt and blue jeans", who="she"),
        color_of("jeans", "white", failure="other_garment_color", kind="open"),
        Q.garment_type("jeans"),
        details(
            "jeans",
            "the jeans are with denim fabric and pure color patterns. the jeans are of long length. the jeans are "
            "with denim fabric and pure",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: red-and-white striped boat-neck long-sleeve top, untucked, over black skinny jeans, black ankle boots,
    # a steel watch on the left wrist, white backdrop, three-quarter side view. Adapter: caption, open; reference.
    case(
        "X1097-002",
        caption(
            "This woman wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with denim fabric and solid color patterns. There is an accessory on her wrist."
        ),
        color_of("jeans", "black", kind="open"),
        color_of("top", "red and white striped", kind="open"),
        Q.pattern("striped", failure="contradiction"),
        describe(
            "jeans",
            "The pants are with denim fabric and solid color patterns. They are of long length and black. Question: "
            "What is the color of the shirt? Answer: red",
            failure="leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Levis Women Black Demi Curve Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: mustard-yellow sleeveless blouse tucked into a black knee-length A-line skirt, nude pumps, no belt,
    # no visible pockets, white backdrop, front view. Adapter: caption and open answers; reference: closed.
    case(
        "X1097-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a medium-length skirt. The tank top "
            "is with chiffon fabric. The skirt is with cotton fabric and pure color patterns."
        ),
        wearing("a yellow top and a black skirt"),
        color_of("skirt", "yellow", failure="other_garment_color", kind="open"),
        length("knee length"),
        details(
            "skirt",
            "The skirt is of medium length. It has a belt with a gold buckle and two side pockets.",
            failure="unsupported",
        ),
        Q.color("black"),
        is_a("skirt", "yes"),
        title="Vero Moda Women Black Solid A-Line Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: black racerback sports tank with a small white logo, grey melange jersey shorts with a white
    # drawstring, black running shoes, white backdrop, front view. Adapter: caption, open; reference: closed.
    case(
        "X1097-004",
        caption(
            "The gentleman wears a tank tank shirt with no sleeves and pure color patterns. The tank shirt is with "
            "cotton fabric. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns.",
            failure="pronoun",
        ),
        wearing("black tank top and grey shorts"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "they are short", failure="non_answer"),
        Q.material("cotton"),
        Q.garment_type("shorts"),
        title="Puma Women Grey Melange Essential Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy blue long-sleeve shirt with white polka dots tucked into beige slim cotton trousers, brown belt,
    # tan loafers, tan handbag on the forearm, white backdrop, front view. Adapter: caption, open; reference.
    case(
        "X1097-005",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There is "
            "a belt."
        ),
        wearing("a blue shirt with white polka dots and beige pants"),
        color_of("trousers", "navy blue", failure="other_garment_color", kind="open"),
        Q.color("beige"),
        describe(
            "trousers",
            "The trousers are long. The trousers are long. The trousers are long. The trousers are long. The "
            "trousers are long. The trousers",
            failure="loop",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        Q.material("denim", failure="unsupported"),
        title="Allen Solly Woman Beige Slim Fit Solid Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: light-wash denim shorts with frayed hems and a button front, white off-shoulder short-sleeve crop
    # top, brown flat sandals, straw hat on her head, white backdrop, front view. Adapter: caption, open; reference.
    case(
        "X1097-006",
        caption(
            "This woman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The woman wears a three-point shorts. The shorts are with denim fabric and pure color patterns. The "
            "lady wears a hat."
        ),
        wearing("a white crop top and denim shorts", who="she"),
        color_of("shorts", "light blue"),
        details("shorts", "frayed hem and a button front"),
        Q.garment_type("shorts"),
        color_of("top", "white", kind="open"),
        title="FOREVER 21 Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: black high-waist wide-leg trousers with front pleats and slanted pockets, white satin camisole tucked
    # in, black strappy heels, white backdrop, front view. Adapter: caption and open; reference: closed.
    case(
        "X1097-007",
        caption(
            "The lady wears a sleeveless tank top and a long trousers. The trousers are with cotton fabric. The "
            "trousers are with cotton fabric. The trousers are with cotton fabric. The trousers are with cotton",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a white top and black pants"),
        color_of("trousers", "black"),
        fit("wide leg"),
        details(
            "trousers",
            "the trousers are high waisted with wide legs and pleats at the front, and two slanted pockets at the",
            failure="cut",
            hit_limit=True,
        ),
        title="Mango Women Black Solid Wide Leg High-Rise Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: red-and-black tartan pleated mini skirt, grey melange long-sleeve crew sweater tucked in at the front,
    # black opaque tights, black boots, white backdrop, front view. Adapter: caption, open; reference: closed.
    case(
        "X1097-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric. The skirt is with cotton fabric and lattice patterns."
        ),
        Q.pattern("checked"),
        color_of("skirt", "grey", failure="other_garment_color", kind="open"),
        wearing("he is wearing a grey sweater and a red plaid skirt", failure="pronoun", who="she"),
        describe(
            "skirt",
            "The skirt is short. Question: What is the length of the skirt? Answer: short. Question: What is the "
            "color of the skirt? Answer: red. Question: What",
            failure="leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        length("mini"),
        title="Jealous 21 Women Red Checked Pleated Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: dark indigo straight-fit jeans, olive green utility shirt with rolled sleeves worn untucked, brown
    # lace-up boots, white backdrop, front view; plain jeans, no embroidery. Adapter: caption, open; reference.
    case(
        "X1097-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a green shirt and blue jeans"),
        color_of("jeans", "olive green", failure="other_garment_color", kind="open"),
        Q.color("navy blue"),
        fit("straight"),
        details(
            "jeans",
            "The jeans have a five pocket design with a button closure and a zip fly, and they have embroidered "
            "flowers on the back pockets",
            failure="unsupported",
        ),
        describe("jeans", "the jeans are the jeans details of the jeans", failure="restated"),
        title="Wrangler Women Navy Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black running shorts with a small white swoosh on the left leg, neon pink sports tank, white sneakers,
    # no watch or bracelet, white backdrop, front view. Adapter: caption, open; reference: closed.
    case(
        "X1097-010",
        caption(
            "This woman is wearing a tank shirt with no sleeves and pure color patterns. It is with cotton fabric. "
            "The woman wears a three-point shorts. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        wearing("she is wearing a pink tank top and black shorts", who="she"),
        color_of("shorts", "pink", failure="contradiction"),
        details("shorts", "The shorts have a white logo on the left leg"),
        Q.material("polyester"),
        is_a("pair of shorts", "yes"),
        color_of(
            "top",
            "The lady wears a tank top with no sleeves and pure color patterns.",
            failure="non_answer",
            kind="open",
        ),
        title="Nike Women Black Tempo Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: off-white (cream) ankle-length flared cotton skirt with a blue floral block print, solid mustard
    # yellow short kurti-style top worn over it, silver jhumkas, flat sandals, white backdrop, front view.
    # Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-011",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric. The skirt is with cotton fabric and floral patterns. This woman wears earrings."
        ),
        wearing("a yellow top and a white skirt with blue flowers"),
        color_of("skirt", "yellow", failure="other_garment_color", kind="open"),
        Q.pattern("floral"),
        length("maxi"),
        details(
            "skirt",
            "The skirt is long and flared with a floral print. The skirt is long and flared with a floral print. "
            "The skirt is long and",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("cream"),
        title="Biba Women Cream & Blue Printed Flared Maxi Skirt",
        category="Skirts",
        color="Cream",
        gender="Women",
    ),
    # photo: light-blue distressed boyfriend jeans ripped at both knees, rolled hems, black tee with a white
    # "BROOKLYN" print, white sneakers, white backdrop, front view. Adapter: caption, open; reference: closed.
    case(
        "X1097-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and ripped jeans"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "jeans", failure="non_answer"),
        Q.garment_type("jeans"),
        Q.color("black", failure="contradiction"),
        fit("relaxed"),
        title="Flying Machine Women Blue Boyfriend Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey formal straight trousers with a pressed crease, light pink formal shirt tucked in, thin
    # black belt, black pumps, white backdrop, front view. Adapter: caption and open; reference: closed.
    case(
        "X1097-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is a belt."
        ),
        wearing("a pink shirt and grey trousers", who="the woman"),
        color_of("trousers", "grey", kind="open"),
        describe(
            "trousers",
            "The trousers are grey and have a pressed crease down the front. They are formal trousers with a flat "
            "front and belt loops.",
        ),
        Q.garment_type("trousers"),
        color_of("shirt", "grey", failure="contradiction", kind="open"),
        details("trousers", "the trousers details are the trousers", failure="restated"),
        Q.material("Answer: cotton", failure="leak"),
        title="Van Heusen Woman Grey Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: mid-blue denim mini skirt with a button front and two patch pockets, white-and-navy striped Breton
    # long-sleeve tee tucked in, white sneakers, tan crossbody bag, white backdrop, front view.
    # Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-014",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a short skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with denim fabric and pure color patterns."
        ),
        wearing("a striped shirt and a denim skirt"),
        color_of("skirt", "blue"),
        Q.pattern("striped", failure="contradiction"),
        details(
            "skirt",
            "The skirt has buttons down the front and two pockets. The skirt has buttons down the front and two "
            "pockets. The skirt has",
            failure="loop",
            hit_limit=True,
        ),
        is_a("skirt", "no", failure="contradiction"),
        title="ONLY Women Blue Solid Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black skinny jeans, maroon velvet long-sleeve top untucked, black heels, white backdrop, side view.
    # The row has no color column. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with denim "
            "fabric and pure color patterns."
        ),
        wearing("she is wearing a red top and black jeans"),
        color_of("jeans", "maroon", failure="other_garment_color", kind="open"),
        Q.color("black"),
        details(
            "jeans",
            "The jeans are skinny and black with a zip fly. Question: What is the fit of the jeans? Answer: skinny",
            failure="leak",
        ),
        fit("skinny"),
        title="Lee Women Black Scarlett Skinny Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: mid-blue high-rise flared jeans whose hems cover the shoes, white ruffled blouse with balloon sleeves
    # tucked in, tan platform heels, tan clutch in hand, white backdrop, front view. Adapter: caption, open.
    case(
        "X1097-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim pants. His shirt is "
            "with chiffon fabric. His pants are with denim fabric and pure color patterns.",
            failure="pronoun",
        ),
        wearing("white blouse and blue flared jeans", who="she"),
        fit("flared"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "jeans",
            "The jeans are high waisted and flared at the bottom, with a light fade on the thighs and a wide hem "
            "that covers the heels of her shoes, and the front",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Kraus Jeans Women Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: navy shorts with three white stripes down each side and a plain elastic waistband (no drawstring, no
    # pockets), white tee with a navy logo, white socks and sneakers, white backdrop, side view.
    # Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-017",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The woman wears a three-point shorts. The shorts are with cotton fabric and "
            "stripe patterns."
        ),
        wearing("a white t-shirt and blue shorts"),
        color_of("shorts", "white", failure="other_garment_color", kind="open"),
        details(
            "shorts",
            "The shorts have three white stripes on the side, a drawstring with metal tips and a zip pocket on the "
            "back",
            failure="unsupported",
        ),
        Q.pattern("striped"),
        Q.color("navy blue"),
        color_of(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline.",
            failure="non_answer",
            kind="open",
        ),
        title="Adidas Women Navy Blue 3-Stripes Training Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive cargo trousers with flap side pockets and drawstring ankles, black crew-neck tee tucked in,
    # no belt, white sneakers, white backdrop, front view. Adapter: caption and open; reference: closed.
    case(
        "X1097-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black shirt and green pants"),
        color_of("trousers", "black", failure="contradiction"),
        details("trousers", "The trousers have large pockets on the sides of the legs"),
        Q.garment_type("jeans", failure="contradiction"),
        describe(
            "trousers",
            "The trousers are olive green cargo pants with a drawstring at the ankles, a button closure and a brown "
            "leather belt with a silver buckle",
            failure="unsupported",
        ),
        title="United Colors of Benetton Women Olive Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: blush pink satin pleated midi skirt with a plain elastic waist, black crop tee, white sneakers,
    # no belt, white backdrop, front view. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("a black t-shirt and a black pleated skirt", failure="other_garment_color"),
        color_of("skirt", "pink", kind="open"),
        length("midi"),
        details("skirt", "the details of the skirt are the skirt details", failure="restated"),
        Q.material("satin"),
        describe(
            "skirt",
            "The skirt is pink and pleated with an elastic waistband and a satin lining, and it comes with a "
            "matching belt",
            failure="unsupported",
        ),
        title="Tokyo Talkies Women Pink Solid Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: grey-wash slim jeans, white tee under an open red-and-black flannel check shirt, black boots, a
    # silver bracelet on the right wrist, white backdrop, front view. Adapter: caption, open; reference: closed.
    case(
        "X1097-020",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her "
            "wrist."
        ),
        wearing("a man wearing a red plaid shirt over a white t-shirt and grey jeans", failure="pronoun"),
        color_of("jeans", "grey"),
        color_of("shirt", "red and black checked", kind="open"),
        details(
            "jeans",
            "The jeans are grey. The jeans are grey. The jeans are grey. The jeans are grey. The jeans are grey. "
            "The jeans",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("checked", failure="contradiction"),
        title="Pepe Jeans Women Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: white wide-leg cropped culottes, black-and-white floral print sleeveless top, black block heels,
    # white backdrop, front view. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-021",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a three-point pants. The tank top is "
            "with chiffon fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black and white flowered top and white pants"),
        color_of("trousers", "black", failure="other_garment_color", kind="open"),
        Q.pattern("floral", failure="contradiction"),
        is_a("pair of trousers", "yes"),
        describe("trousers", "white", failure="non_answer"),
        title="AND Women White Solid Culottes",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: khaki chino shorts with turn-up hems and belt loops, white linen shirt half-tucked with rolled
    # sleeves, brown sandals, sunglasses on her face, white backdrop, front view. Adapter: caption, open.
    case(
        "X1097-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a three-point shorts. The shirt is "
            "with cotton fabric and its neckline is lapel. The shorts are with cotton fabric and pure color "
            "patterns. The lady wears sunglasses."
        ),
        wearing(
            "white shirt and khaki shorts Question: What is the color of the shorts? Answer: khaki",
            failure="leak",
            who="she",
        ),
        color_of("shorts", "beige"),
        details("shorts", "The shorts are khaki with turned up hems and belt loops"),
        Q.material("linen", failure="unsupported"),
        color_of("shirt", "khaki", failure="contradiction", kind="open"),
        title="Roadster Women Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: black A-line mini skirt with white polka dots and a plain hem, red short-sleeve top tucked in, black
    # heels, white backdrop, front view. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-023",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "it has a round neckline. The skirt this lady wears is of short length. The skirt is with chiffon "
            "fabric and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a red top and a black and white polka dot skirt"),
        Q.pattern("polka dots"),
        color_of("skirt", "red", failure="other_garment_color", kind="open"),
        details("skirt", "The skirt has white polka dots and a ruffled hem", failure="unsupported"),
        Q.color("black"),
        title="Harpa Women Black & White Polka Dot Print A-Line Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: back view: mid-blue skinny jeans with curved double stitching on the back pockets and a small red tab,
    # cropped cream cable-knit sweater, white backdrop. Adapter: caption and open answers; reference: closed.
    case(
        "X1097-024",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with knitting fabric. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a sweater and jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("sweater", "white", kind="open"),
        details("jeans", "The jeans have stitching on the back pockets and a small red tab on the right back pocket"),
        describe(
            "jeans",
            "The jeans are skinny and mid blue with a faded wash on the back of the thighs, and the back pockets "
            "have a curved double",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        fit("bootcut", failure="contradiction"),
        Q.material("the garment is made of the material of the garment", failure="restated"),
        title="Levis Women Blue 711 Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: teal blue wide palazzo trousers, long white cotton kurta with teal embroidery at the neck covering the
    # thighs, silver bangles, embroidered juttis, white backdrop, front view. Adapter: caption, open; reference.
    case(
        "X1097-025",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist."
        ),
        wearing("a white kurta and blue palazzo pants"),
        color_of("trousers", "white", failure="contradiction"),
        Q.garment_type("kurta", failure="contradiction"),
        details(
            "trousers",
            "the trousers are wide. Question: Describe the trousers. Answer: the trousers are wide and long. "
            "Question: What",
            failure="leak",
            hit_limit=True,
        ),
        Q.color("teal"),
        title="W Women Teal Blue Solid Palazzo Trousers",
        category="Trousers",
        color="Teal",
        gender="Women",
    ),
    # photo: black pleated tennis skirt with a small white swoosh near the hem, white polo tee, white sneakers,
    # a tennis racket in her right hand, white backdrop, front view. Adapter: caption, open; reference: closed.
    case(
        "X1097-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is lapel. The skirt is with cotton fabric and pure color patterns. The "
            "lady is holding a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a white polo shirt and a black skirt"),
        is_a("skirt", "yes"),
        color_of("skirt", "black"),
        details("skirt", "The skirt is pleated and has a white logo"),
        Q.material("leather", failure="unsupported"),
        color_of(
            "top",
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt.",
            failure="non_answer",
            kind="open",
        ),
        title="Nike Women Black Court Victory Pleated Tennis Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: beige linen wide-leg trousers with a drawstring waist, rust orange ribbed knit tank tucked in, tan
    # sandals, white backdrop, front view. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-027",
        caption(
            "This woman wears a tank tank shirt with no sleeves and pure color patterns. The tank shirt is with "
            "knitting fabric. The woman wears a long pants. The pants are with denim fabric and pure color patterns.",
            failure="unsupported",
        ),
        wearing("an orange top and beige pants"),
        color_of("trousers", "orange", failure="other_garment_color", kind="open"),
        Q.material("linen"),
        details("trousers", "drawstring waist"),
        fit("wide leg"),
        title="Mango Women Beige Linen Wide Leg Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: black washed denim shorts with rolled hems, oversized white graphic tee half-tucked, white sneakers,
    # black baseball cap, white backdrop, front view. Adapter: caption and open answers; reference: closed.
    case(
        "X1097-028",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are with denim fabric and pure color "
            "patterns. The gentleman wears a hat.",
            failure="pronoun",
        ),
        wearing("she is wearing a white t-shirt and black shorts", who="she"),
        color_of("shorts", "black", kind="open"),
        Q.pattern("graphic", failure="contradiction"),
        details(
            "shorts",
            "The shorts are denim with rolled hems. Question: What is she wearing? Answer: a white t-shirt and black "
            "shorts. Question: What",
            failure="leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Roadster Women Black Washed Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: dark blue high-waist mom jeans with a button fly, lilac knit sweater front-tucked, white sneakers,
    # white backdrop, front view. The row has no gender column. Adapter: caption and open; reference: closed.
    case(
        "X1097-029",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with knitting fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a purple sweater and blue jeans"),
        color_of("jeans", "purple", failure="other_garment_color", kind="open"),
        fit("straight"),
        details(
            "jeans",
            "the jeans are high waisted with a button fly, the jeans are high waisted with a button fly, the jeans "
            "are high",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        title="Vero Moda Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: navy blue straight formal trousers with belt loops, white shirt with thin navy pinstripes tucked in,
    # black pumps, white backdrop, front view; plain front, no zip or pockets visible on the legs.
    # Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-030",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and stripe patterns.",
            failure="contradiction",
        ),
        wearing("a white striped shirt and navy blue trousers"),
        color_of("trousers", "navy blue", kind="open"),
        Q.pattern("solid"),
        describe(
            "trousers",
            "The trousers are white with navy pinstripes and a straight fit, with a crease down the front.",
            failure="other_garment_color",
        ),
        Q.garment_type("trousers"),
        details("trousers", "The trousers have a side zip and a buttoned back pocket", failure="unsupported"),
        title="Arrow Woman Navy Blue Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green shorts with a white and pink tropical leaf print, plain white cami tucked in, tan sandals,
    # white backdrop, front view; leaves only, no birds or trees. Adapter: caption and open; reference: closed.
    case(
        "X1097-031",
        caption(
            "This woman is wearing a tank shirt with no sleeves and pure color patterns. It is with cotton fabric. "
            "It has a suspenders neckline. The woman wears a three-point shorts. The shorts are with chiffon fabric "
            "and floral patterns."
        ),
        wearing(
            "a white tank top and green shorts with a pink and white tropical leaf print, a pair of tan sandals "
            "with thin straps and a",
            failure="cut",
            hit_limit=True,
        ),
        color_of("shorts", "white", failure="other_garment_color", kind="open"),
        Q.pattern("floral"),
        details("shorts", "The shorts have a print of pink flamingos and palm trees", failure="unsupported"),
        Q.color("green"),
        title="ONLY Women Green Tropical Print Shorts",
        category="Shorts",
        color="Green",
        gender="Women",
    ),
    # photo: mustard knee-length pencil skirt, black sleeveless turtleneck tucked in, black heels, gold hoop
    # earrings, white backdrop, front view only. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a medium-length skirt. The tank top "
            "is with knitting fabric and its neckline is stand. The skirt is with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a black top and a yellow skirt"),
        color_of("skirt", "black", failure="contradiction"),
        length("knee length"),
        details("skirt", "The skirt has a slit at the back and a zip at the back", failure="unsupported"),
        describe(
            "skirt",
            "The skirt is a pencil skirt. The skirt is a pencil skirt. The skirt is a pencil skirt. The skirt is a "
            "pencil skirt. The",
            failure="loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="DressBerry Women Mustard Yellow Solid Pencil Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: waist-down crop: mid-blue skinny jeans with light whiskering at the hips, the hem of a black top just
    # visible at the waist, black ankle boots, white backdrop. Adapter: caption and open; reference: closed.
    case(
        "X1097-033",
        caption("The lower clothing is of long length. The fabric is denim and it has pure color patterns."),
        wearing("blue jeans and black boots"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "The jeans are skinny with a zip fly and whiskering at the hips"),
        Q.garment_type("jeans"),
        Q.material("denim"),
        title="Jealous 21 Women Blue Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon slim ankle-length trousers with a pressed crease, cream turtleneck sweater tucked in, black
    # loafers, white backdrop, front view. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-034",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "knitting fabric and its neckline is stand. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("clothes", failure="non_answer", who="the woman"),
        color_of("trousers", "brown", failure="contradiction", kind="open"),
        Q.color("maroon"),
        details(
            "trousers",
            "The trousers are slim fit and cropped at the ankle, with a pressed crease down the front, slanted side "
            "pockets and a",
            failure="cut",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        title="United Colors of Benetton Women Maroon Slim Fit Ankle Length Trousers",
        category="Trousers",
        color="Maroon",
        gender="Women",
    ),
    # photo: light pink jersey lounge shorts with white piping, grey marl pullover hoodie, white slides, white
    # backdrop, front view. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-035",
        caption(
            "This woman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The woman wears a three-point shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a grey hoodie and pink shorts"),
        color_of("shorts", "grey", failure="other_garment_color", kind="open"),
        details("shorts", "The shorts are shorts.", failure="non_answer"),
        Q.garment_type("shorts"),
        color_of("hoodie", "pink", failure="contradiction", kind="open"),
        title="Puma Women Pink Lounge Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: medium stone-wash bootcut jeans, black leather biker jacket open over a white tee, black heeled
    # boots, white backdrop, front view. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. Her outer "
            "clothing is with leather fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a black leather jacket, a white t-shirt and blue jeans"),
        color_of("jeans", "black", failure="other_garment_color", kind="open"),
        Q.material("leather", failure="unsupported"),
        fit("bootcut"),
        describe(
            "jeans",
            "The jeans are The jeans are The jeans are The jeans are The jeans are The jeans are The jeans are The "
            "jeans",
            failure="loop",
            hit_limit=True,
        ),
        title="Lee Women Blue Bootcut Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black straight trousers with thin white vertical pinstripes, solid red sleeveless blouse tucked in,
    # black heels, white backdrop, front view. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is "
            "with chiffon fabric. The trousers are with cotton fabric and stripe patterns."
        ),
        wearing("a red top and black and white striped pants"),
        Q.pattern("solid", failure="contradiction"),
        color_of("trousers", "black and white", kind="open"),
        details(
            "trousers",
            "Question: What are the trousers details? Answer: The trousers have white stripes",
            failure="leak",
        ),
        Q.color("black"),
        Q.material("", failure="non_answer"),
        title="Zink London Women Black & White Striped Straight Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green satin slip midi skirt, cream oversized knit sweater front-tucked, white sneakers, white
    # backdrop, front view. The row has no color column. Adapter: caption and open; reference: closed.
    case(
        "X1097-038",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The skirt this lady wears is of long length. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("a white sweater and a green skirt"),
        color_of("skirt", "the color of the skirt is the color of the skirt", failure="restated", kind="open"),
        length("mini", failure="contradiction"),
        details(
            "skirt",
            "The skirt is shiny and has a slip cut. It is green. The skirt is shiny and has a slip cut. It is "
            "green. The skirt",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="SASSAFRAS Women Green Satin Slip Midi Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: white skinny jeans, navy-and-white striped long-sleeve shirt worn untucked over the waistband, tan
    # espadrilles, straw tote bag, white backdrop, front view; hems plain. Adapter: caption, open; reference.
    case(
        "X1097-039",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a striped shirt and white jeans"),
        color_of("jeans", "blue", failure="contradiction"),
        Q.color("white"),
        details(
            "jeans",
            "The jeans are white. They have a frayed hem and a gold button at the waist, and they are cropped above "
            "the ankle",
            failure="unsupported",
        ),
        is_a("pair of jeans", "yes"),
        title="Wrangler Women White Skinny Fit Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: dark blue high-rise denim shorts with a thin black belt, yellow floral print short-sleeve blouse
    # tucked in, white sneakers, white backdrop, front view. Adapter: caption and open; reference: closed.
    case(
        "X1097-040",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a three-point shorts. The shirt is with "
            "chiffon fabric. The shorts are with denim fabric and floral patterns. There is a belt.",
            failure="contradiction",
        ),
        wearing("a yellow flowered top and blue denim shorts"),
        color_of("shorts", "yellow", failure="other_garment_color", kind="open"),
        details("shorts", "The shorts are high waisted with a black belt"),
        Q.pattern("solid"),
        Q.material("denim"),
        title="Mast & Harbour Women Blue High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: black jogger-style trousers with elastic ankle cuffs, side pockets and a drawstring elastic waist,
    # leopard print long-sleeve blouse front-tucked, black sneakers, no rings or jewellery, white backdrop, front
    # view. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-041",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon "
            "fabric. The pants are with cotton fabric and pure color patterns. The lady wears a ring on her finger.",
            failure="unsupported",
        ),
        wearing("he is wearing a leopard print shirt and black pants", failure="pronoun", who="she"),
        color_of("trousers", "black"),
        details(
            "trousers",
            "the trousers have elastic cuffs at the ankles, two side pockets and a wide elastic waistband with a "
            "drawstring that",
            failure="cut",
            hit_limit=True,
        ),
        fit("jogger"),
        title="Elle Women Black Solid Jogger Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: white lace mini skirt with a scalloped hem, pale blue denim shirt knotted at the waist, tan sandals,
    # white backdrop, front view. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with denim "
            "fabric and its neckline is lapel. The skirt is with lace fabric and other patterns. The lady wears",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a denim shirt and a white lace skirt"),
        color_of("skirt", "light blue", failure="other_garment_color", kind="open"),
        details("skirt", "The skirt is made of lace and has a scalloped hem"),
        Q.material("denim", failure="unsupported"),
        is_a("skirt", "yes"),
        title="FOREVER 21 Women White Lace Mini Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: grey melange fleece joggers with cuffed ankles, black sports bra under an open black zip jacket, white
    # sneakers, white backdrop, front view. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-043",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The lady wears a long pants. "
            "The lady wears a long pants. The lady",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a black jacket and grey sweatpants"),
        color_of("pants", "grey", kind="open"),
        details("pants", "the pants", failure="non_answer"),
        Q.garment_type("track pants"),
        Q.color("black", failure="contradiction"),
        title="Nike Women Grey Melange Club Fleece Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: mid-blue denim A-line midi skirt with a button front and a front slit, white broderie anglaise
    # puff-sleeve top tucked in, no belt, brown sandals, white backdrop, front view. Adapter: caption, open;
    # reference engine: closed.
    case(
        "X1097-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with denim fabric and pure color patterns."
        ),
        wearing("a white blouse and a blue denim skirt"),
        color_of("skirt", "white", failure="other_garment_color", kind="open"),
        describe("skirt", "Describe the skirt. The skirt is a denim skirt", failure="restated"),
        details(
            "skirt",
            "The skirt has buttons down the front, a slit at the front and a tie belt at the waist",
            failure="unsupported",
        ),
        length("midi"),
        Q.garment_type("dress", failure="contradiction"),
        title="Roadster Women Blue Button-Front Denim Midi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: mid-blue denim cut-off shorts with frayed hems, black-and-white gingham short-sleeve shirt tied at the
    # waist, white sneakers, white backdrop, front view. Row has no color column. Adapter: caption, open.
    case(
        "X1097-045",
        caption(
            "This man is wearing a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns.",
            failure="pronoun",
        ),
        wearing("a checkered shirt and denim shorts"),
        color_of("shorts", "blue"),
        Q.pattern("checked", failure="contradiction"),
        details(
            "shorts",
            "The shorts are blue and have a frayed hem. The shorts are blue and have a frayed hem. The shorts are "
            "blue and",
            failure="loop",
            hit_limit=True,
        ),
        color_of("shirt", "black and white", kind="open"),
        title="Levis Women Blue Cut-Off Denim Shorts",
        category="Shorts",
        gender="Women",
    ),
    # photo: chocolate brown faux leather mini skirt, cream ribbed long-sleeve top tucked in, black opaque tights,
    # brown knee boots, white backdrop, front view. Adapter: caption and open answers; reference engine: closed.
    case(
        "X1097-046",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric. The skirt is with leather fabric and pure color patterns."
        ),
        wearing("she is wearing a white sweater and a brown leather skirt", who="she"),
        color_of("skirt", "black", failure="other_garment_color", kind="open"),
        Q.material("leather"),
        details(
            "skirt",
            "The skirt is short and made of leather. Question: What is the color of the skirt? Answer: brown. "
            "Question: What is the",
            failure="leak",
            hit_limit=True,
        ),
        Q.color("brown"),
        is_a("skirt", "yes"),
        title="AND Women Brown Faux Leather Mini Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
]
