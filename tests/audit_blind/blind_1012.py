"""BLIND_1012 (46 products; Myntra party dresses and tops, caption epoch 2): written blind in the fifty-eighth session.
Measured blind at 37344f5 (the session's sixth rules): 128/138 failures found (92.8%) and 26/197 correct texts flagged
(13.2%). The writer's notes, verbatim:

Scenario: a Myntra women's party-wear feed, 23 dresses and 23 tops in sequins, satin, velvet and lace. Catalog shots
on white, grey or beige studio backdrops; the tops are worn with jeans, trousers or skirts, a few dresses over a tee
or under a blazer, with heels, clutches and earrings as props. Seller columns as Myntra has them: title, category
(article type), color (base colour), gender; one row has no color, one no category, one no gender.

Who wrote what: the caption and every open answer come from blip2-opt-2.7b with the caption LoRA adapter saved after
its second epoch (unmasked labels, no end-of-answer token). It writes the DeepFashion template ("The lady wears a
sleeveless dress with pure color patterns. The dress is of long length.", "its neckline is suspenders", "there is an
accessory on her wrist") and rarely names a hue in captions. At epoch 2 it still answers short questions and usually
stops on a newline after a short answer, but long answers and captions run on: they repeat a template sentence until
the limit (50 tokens for captions, 30 for answers) or stop mid-sentence there. It leaks the `Question: ... Answer:`
format, invents template accessories (ring, watch, wrist accessory) and invisible details (zips, pockets, slits),
gives a top the color of the jeans or trousers worn with it, and now and then writes "the gentleman" or "he". The
closed answers (garment type, color, pattern, sleeve length, neckline, "Is this a dress?", color of a named garment)
come from enrich's --engine reference ranking candidate values with the same adapter: always one clean candidate,
sometimes the wrong one.

Labeling conventions and judgement calls:
- One label per text, the most salient failure; I avoided writing texts that carry two failures.
- other_garment_color only for open answers that give the product the color of a garment worn with it (jeans,
  trousers, skirt, blazer, shoes, clutch). A closed answer that picks another garment's color (or sleeve length, or
  type) is labeled contradiction, as is a color that belongs to a trim of the product itself (a white collar).
- A wrong material where the seller's title names the fabric (chiffon for a "Satin" top) is contradiction; a
  material or detail claimed where neither the title nor the front-view photo shows it (zip at the back, pockets,
  polyester, cotton for sequins on mesh, a ring or wrist accessory on a bare hand) is unsupported.
- Loops and cuts that ran to the token limit carry hit_limit=True. A caption whose repetition starts late is still a
  loop. A cut text is labeled cut even when what it did say is right.
- A one-word or yes/no/none/empty reply to an open question (describe, details) is non_answer; one that only hands
  the question's words back ("the top details are the top details") is restated.
- Caption template words judged correct: "floral patterns" for floral lace, "pure color patterns" for a solid sequin
  or satin fabric, "long length" for a midi or maxi, "medium length" for knee length, "suspenders" for spaghetti
  straps, "outer clothing" for a blazer, "upper clothing" for a top. Shades named by a near synonym (champagne for
  Beige, pink for Magenta, orange for Rust, maroon for Burgundy, blue for Teal or Navy) are correct.
- "color block patterns" for a black dress with a white collar, and "graphic patterns" for sequin stars, are
  judged correct; "striped" for fringe tiers and "solid" for a star-studded mesh top are contradictions.
- A bare "Answer:" prefix, or a `Question: ... Answer:` pair before or after the answer, is a leak even when the
  answer in it is right.
- A caption that describes the whole outfit (the tee under a slip dress, the pants under a top) is correct as long
  as what it says about each garment is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_1012 = [
    # photo: black sequinned sleeveless bodycon mini dress, V-neck, silver strappy heels, white backdrop, front view.
    # caption adapter epoch 2 wrote caption and open answers; closed answers from the reference engine.
    case(
        "X1012-001",
        caption(
            "The lady wears a black sleeveless dress with pure color patterns. The dress is of short length. "
            "Its neckline is v-shape."
        ),
        wearing("a black sequin dress with a silver belt and silver heels", "unsupported"),
        Q.color("black"),
        Q.pattern("sequinned"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has sequins all over, a v neck and a zip at the back", "unsupported"),
        title="Sera Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: gold sequinned strappy crop top worn with black high-waisted trousers, white backdrop, front view.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-002",
        caption(
            "The lady wears a tank top with pure color patterns and long pants. The pants are with cotton fabric "
            "and pure color patterns. The tank top is with other fabric and its neckline is suspenders. The "
            "pants are of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a gold sequin crop top and black trousers"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.color("gold"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        describe(
            "top",
            "The top is a gold crop top with thin straps and sequins. It has a hidden zip at the side and padded cups.",
            "unsupported",
        ),
        title="Athena Women Gold-Toned Embellished Crop Top",
        category="Tops",
        color="Gold",
        gender="Women",
    ),
    # photo: maroon velvet wrap midi dress, long sleeves, self-tie at the waist, black heels, grey backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is v-shape. The dress is of long length.",
            "contradiction",
        ),
        wearing("a maroon velvet wrap dress", who="the woman"),
        Q.color("brown", "contradiction"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        details("dress", "the wrap dress has a tie at the waist and a v neckline"),
        describe(
            "dress", "The dress is a maroon velvet wrap dress with side pockets and a satin lining.", "unsupported"
        ),
        title="SASSAFRAS Women Maroon Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue satin cowl-neck camisole, white wide-leg trousers, thin silver bracelet, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-004",
        caption(
            "The lady wears a tank top with pure color patterns and long pants. The pants are of long length. "
            "The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist and "
            "the lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue satin cami and white wide leg trousers"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        describe("top", "The top is white satin with thin straps and a cowl neck.", "other_garment_color"),
        Q.material("satin"),
        Q.pattern("solid"),
        neckline("cowl"),
        title="Mast & Harbour Women Navy Blue Satin Cowl Neck Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink floral lace A-line midi dress, short sleeves, scalloped hem, thin gold bracelet, nude heels, white.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of long length. There is an "
            "accessory on her wrist."
        ),
        wearing("a pink lace dress with short sleeves"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.color("pink"),
        Q.pattern("lace"),
        details("dress", "the dress has a scalloped hem, a round neck and short sleeves"),
        Q.material(
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace "
            "lace lace lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "he is wearing a pink lace dress that falls below the knee", "pronoun"),
        title="Label Ritu Kumar Women Pink Lace A-Line Midi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: black velvet top with puff long sleeves and square neck, tucked into blue jeans, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-006",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a square "
            "neckline. The lower clothing is of long length with denim fabric and pure color patterns."
        ),
        wearing("a black velvet top and blue jeans"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        details("top", "puff sleeves and a square neck"),
        describe("top", "the top has a square neck, puff sleeves and buttons down the back", "unsupported"),
        Q.garment_type("top"),
        Q.material("the top is made of denim", "contradiction"),
        title="Tokyo Talkies Women Black Velvet Puff Sleeve Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress, spaghetti straps, gold hoop earrings, beige backdrop, front view.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-007",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. Its neckline is suspenders. The dress "
            "is of long length and it is with other fabric. The lady has earrings in her ears and her hair is",
            "cut",
            hit_limit=True,
        ),
        wearing("a green satin slip dress"),
        Q.color("green"),
        color_of("dress", "emerald green", kind="open"),
        Q.pattern("floral", "contradiction"),
        Q.material("satin"),
        describe(
            "dress",
            "The dress is sleeveless, with other fabric and pure color patterns. The dress is of long "
            "length. The dress is sleeveless, with other fabric and pure",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Forever New Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: white lace peplum top with short sleeves, black pencil skirt, white backdrop, front view.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-008",
        caption(
            "The lady wears a short-sleeve top with floral patterns and a skirt. The skirt is with cotton fabric "
            "and pure color patterns."
        ),
        wearing("a white lace top and a black skirt"),
        Q.color("black", "contradiction"),
        color_of("top", "white", kind="open"),
        Q.pattern("lace"),
        describe("top", "a black lace top with short sleeves and a peplum", "other_garment_color"),
        details("top", "Question: What are the top details? Answer: the top has a peplum hem and lace", "leak"),
        Q.garment_type("top"),
        title="Berrylush Women White Lace Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: silver sequinned long-sleeve shift mini dress, model holds a black clutch, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of short length. She "
            "holds a bag in her hand."
        ),
        wearing("a silver sequin mini dress and a black clutch"),
        describe("dress", "dress", "non_answer"),
        Q.color("silver"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.pattern("sequinned"),
        Q.material("the dress is made of silk and has a silk lining", "unsupported"),
        title="Rare Women Silver-Toned Sequinned Shift Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: magenta satin wrap top with long balloon sleeves and side tie, black trousers, grey backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-010",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and long pants. The top is with chiffon "
            "fabric and its neckline is v-shape. The pants are of long length.",
            "contradiction",
        ),
        wearing("a pink satin top with long sleeves and black pants", who="the woman"),
        Q.color("magenta"),
        color_of(
            "top",
            "black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        details("top", "the top has a wrap front with a tie at the side and balloon sleeves"),
        title="Kazo Women Magenta Satin Wrap Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: burgundy velvet off-shoulder bodycon mini dress, long sleeves, black heels, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-011",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is of short length and "
            "its neckline is off-shoulder.",
            "pronoun",
        ),
        wearing("Answer: a burgundy velvet off shoulder dress", "leak"),
        Q.color("maroon"),
        Q.garment_type("dress"),
        describe("dress", "the dress is off the shoulder with long sleeves and a fitted bodycon shape"),
        Q.material("velvet"),
        details("dress", "the dress has a front pocket and gold buttons on the sleeves", "unsupported"),
        title="U&F Women Burgundy Velvet Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: off-white lace high-neck top with sheer long sleeves tucked into a black satin midi skirt, white.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-012",
        caption(
            "The lady wears a long-sleeve top with floral patterns and a long skirt. The skirt is with other "
            "fabric and pure color patterns."
        ),
        wearing("an off white lace top and a black satin skirt"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("white"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("lace"),
        details(
            "top",
            "the top has a high neck, sheer long sleeves with lace cuffs, a scalloped hem and it is "
            "tucked into the black satin skirt which is",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Off White Lace High Neck Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: gold sequinned halter-neck maxi dress, sleeveless, bare wrists and hands, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. There is "
            "an accessory on her wrist. The lady wears a ring.",
            "unsupported",
        ),
        wearing("a gold sequin maxi dress"),
        Q.color("gold"),
        Q.sleeve_length("sleeveless"),
        neckline("halter"),
        describe("dress", "yes", "non_answer"),
        Q.material("the dress is made of knitted fabric", "unsupported"),
        title="Athena Women Gold-Toned Embellished Maxi Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # photo: red satin one-shoulder top, black leather mini skirt, black heels, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-014",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a short skirt. The skirt is with "
            "leather fabric. The skirt is with leather fabric. The skirt is with leather fabric. The skirt is "
            "with leather fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a red one shoulder top and a black leather skirt"),
        Q.color("red"),
        color_of("top", "red", kind="open"),
        neckline("one shoulder"),
        Q.garment_type("skirt", "contradiction"),
        Q.material("leather", "contradiction"),
        title="ONLY Women Red Satin One Shoulder Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue velvet fit-and-flare knee-length dress, three-quarter sleeves, nude pumps, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-015",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is of medium length. Its "
            "neckline is round."
        ),
        wearing("a navy velvet dress and nude heels"),
        Q.material("the dress is made of velvet with a silk lining", "unsupported"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        details("dress", "the dress has a round neck, three quarter sleeves and a flared skirt"),
        describe("dress", "Describe the dress. The dress is a dress.", "restated"),
        title="DressBerry Women Navy Blue Velvet Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: blush pink sequinned top with cap sleeves, white skinny jeans, white backdrop, front view.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-016",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and long pants. The pants are with "
            "denim fabric and pure color patterns."
        ),
        wearing("a pink sequin top and white jeans"),
        Q.color("pink"),
        color_of("top", "white", "other_garment_color", kind="open"),
        color_of("jeans", "white"),
        Q.pattern("sequinned"),
        details("top", "the top has sequins all over and a button placket at the front with a pocket", "unsupported"),
        describe("top", "his top is pink with sequins and short sleeves", "pronoun"),
        title="Lulu & Sky Women Pink Sequinned Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black lace sleeveless sheath dress over a nude lining, knee length, black heels, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-017",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is of medium length and it is "
            "with lace fabric. Its neckline is round. There is a nude lining under the lace and the lady wears "
            "black",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a black lace dress", who="she"),
        Q.color("black"),
        Q.pattern("lace"),
        Q.material("lace"),
        details("dress", "a sheer lace overlay on a nude lining and a scalloped hem"),
        is_a("dress", "no", "contradiction"),
        describe("dress", "describe the dress: a dress", "restated"),
        title="Harpa Women Black Lace Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: teal satin camisole with black lace trim at the neckline, black jeans, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-018",
        caption(
            "The lady wears a tank top with pure color patterns and long pants. The pants are with denim fabric "
            "and pure color patterns. The tank top has lace trim at the neckline."
        ),
        wearing("a teal satin cami and black jeans"),
        Q.color("blue"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("the top is made of satin and lace"),
        describe(
            "top",
            "the top is a tank top with thin straps and lace at the top and lace at the top and lace at "
            "the top and lace at the top and lace",
            "loop",
            hit_limit=True,
        ),
        details("top", "the top has adjustable straps, lace trim and a hidden side zip", "unsupported"),
        title="StyleStone Women Teal Satin Camisole with Lace Trim",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: multicoloured sequinned sheath mini dress in pink, blue, gold and silver horizontal stripes, long
    # sleeves, round neck, white backdrop. caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-019",
        caption("The lady wears a long-sleeve dress with striped patterns. The dress is of short length."),
        wearing("a multicolored sequin dress with stripes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.color("multicolor"),
        Q.pattern("striped"),
        details(
            "dress", "the dress has stripes of sequins in pink, blue, gold and silver, long sleeves and a round neck"
        ),
        Q.material("cotton", "unsupported"),
        describe(
            "dress",
            "The dress is long-sleeve with striped patterns. The dress is of short length. The dress "
            "is long-sleeve with striped patterns. The dress is of short",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "Answer: multicolored", "leak", kind="open"),
        title="Sera Women Multicoloured Striped Sequinned Sheath Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: black velvet sleeveless corset top with sweetheart neckline, high-waisted blue jeans, white backdrop.
    # the feed row has no color. caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-020",
        caption(
            "The lady wears a sleeveless top with pure color patterns and long pants. The pants are with denim "
            "fabric and pure color patterns. The pants are with denim fabric and pure color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a black velvet corset top and blue jeans"),
        Q.color("black"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        neckline("sweetheart"),
        Q.garment_type("top"),
        details("top", "the top details are the corset top details", "restated"),
        title="Miss Chase Women Black Velvet Corset Top",
        category="Tops",
        gender="Women",
    ),
    # photo: champagne beige satin cowl-neck midi slip dress, thin straps, gold heels, white backdrop, front view.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-021",
        caption(
            "The lady wears a sleeveless beige dress with pure color patterns. The dress is of long length. Its "
            "neckline is suspenders and the dress is with other fabric. The lady wears a pair of gold shoes and "
            "the dress is",
            "cut",
            hit_limit=True,
        ),
        wearing("a champagne satin dress and gold heels"),
        Q.color("beige"),
        color_of("dress", "gold", "other_garment_color", kind="open"),
        Q.material("satin"),
        details(
            "dress",
            "the dress has a cowl neck and thin straps and thin straps and thin straps and thin straps "
            "and thin straps and thin straps and thin",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "The dress is a long satin dress with a cowl neck, a side slit and a belt at the waist.",
            "unsupported",
        ),
        title="Forever New Women Beige Satin Cowl Neck Midi Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: lavender lace top with long bell sleeves and round neck, white trousers, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-022",
        caption(
            "The lady wears a long-sleeve top with floral patterns and long pants. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("a purple lace top and white pants", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        describe(
            "top",
            "The top is long-sleeve with bell sleeves and floral lace patterns. It has a round neckline. "
            "The pants are of long length and the pants are",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "lavender", "contradiction"),
        Q.pattern("lace"),
        title="Femella Women Lavender Lace Bell Sleeve Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: red sequinned one-shoulder sleeveless bodycon mini dress, red heels, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. The lady "
            "wears a sleeveless dress with pure color patterns. The dress is of short length. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a red sequin one shoulder dress"),
        Q.color("red"),
        Q.pattern("sequinned"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a red dress. Question: What is the color of the dress? Answer: red", "leak"),
        details("dress", "the dress has one shoulder and is covered in sequins"),
        title="Rare Women Red Sequinned One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black sheer mesh top with long sleeves and silver sequin stars, over a black bralette, silver metallic
    # mini skirt, white backdrop. caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-024",
        caption(
            "The lady wears a long-sleeve top with graphic patterns and a short skirt. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a black sheer top with stars and a silver skirt"),
        Q.color("black"),
        color_of("top", "silver", "other_garment_color", kind="open"),
        Q.pattern("solid", "contradiction"),
        details("top", "sheer mesh sleeves and silver stars"),
        Q.material("mesh"),
        title="U&F Women Black Embellished Sheer Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: royal blue sequinned wrap midi dress, long sleeves, self-tie belt at the waist, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. Its "
            "neckline is v-shape. There is a belt on her waist."
        ),
        wearing("a blue sequin wrap dress"),
        Q.color("blue"),
        Q.garment_type("dress"),
        details(
            "dress",
            "Question: What are the dress details? Answer: The dress has a v-neck and a tie at the waist.",
            "leak",
        ),
        Q.material("polyester", "unsupported"),
        describe("dress", "his dress is blue with sequins and long sleeves", "pronoun"),
        title="Sera Women Blue Sequinned Wrap Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard yellow satin tie-front crop top with short puff sleeves, white trousers, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-026",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and long pants. The top is with other "
            "fabric. The pants are of long length."
        ),
        wearing("a yellow satin crop top and white pants"),
        Q.color("yellow"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details(
            "top", "the top ties at the front Question: What are the sleeves details? Answer: puff sleeves", "leak"
        ),
        describe("top", "The top is described as a top.", "restated"),
        Q.material("cotton", "contradiction"),
        title="Kazo Women Mustard Yellow Satin Tie-Up Crop Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black velvet slip midi dress with lace trim, worn over a fitted white t-shirt, white sneakers, white.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-027",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The dress is of long length. Its "
            "neckline is suspenders."
        ),
        wearing("a black velvet slip dress over a white t-shirt"),
        Q.color("white", "contradiction"),
        color_of("dress", "black", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes"),
        Q.material("velvet and lace"),
        title="ONLY Women Black Velvet Slip Dress with Lace Trim",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: silver sequinned halter-neck top, black wide-leg pants, white backdrop, front view.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-028",
        caption(
            "The lady wears a sleeveless top with pure color patterns and long pants. The pants are with cotton "
            "fabric and pure color patterns. The lady wears a sleeveless top with pure color patterns and long "
            "pants. The",
            "loop",
            hit_limit=True,
        ),
        wearing("Question: What is the person wearing? Answer: a silver top and black pants", "leak"),
        Q.color("silver"),
        neckline("halter"),
        color_of("top", "silver", kind="open"),
        details("top", "top", "non_answer"),
        title="Athena Women Silver-Toned Sequinned Halter Neck Top",
        category="Tops",
        color="Silver",
        gender="Women",
    ),
    # photo: maroon lace bodycon mini dress with long sleeves and lining, bare wrists, black heels, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-029",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with lace fabric. The dress "
            "is of short length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a maroon lace dress with long sleeves"),
        Q.color("red"),
        Q.pattern("lace"),
        describe(
            "dress",
            "the dress is a long sleeve bodycon dress in maroon lace with a lining underneath and a "
            "round neckline and the sleeves are sheer lace and the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Zink London Women Maroon Lace Bodycon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: white satin long-sleeve blouse with a bow at the neck, black faux-leather pants, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-030",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns and long leather pants. There is a "
            "bow at the neck."
        ),
        wearing("a white satin blouse and black leather pants"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.material("leather", "contradiction"),
        details(
            "top",
            "a bow at the neck and a bow at the neck and a bow at the neck and a bow at the neck and a "
            "bow at the neck and a bow",
            "loop",
            hit_limit=True,
        ),
        title="Mango Women White Satin Bow Neck Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: rose-gold sequinned mini dress with spaghetti straps, nude heels, white backdrop, front view.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-031",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. Its "
            "neckline is suspenders. The dress is with other fabric and the lady wears a pair of shoes on her "
            "feet and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a rose gold sequin mini dress"),
        Q.color("pink"),
        color_of("dress", "rose gold", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has thin straps, a zip at the back and a slit on the side", "unsupported"),
        describe("dress", "The gentleman wears a sleeveless dress with pure color patterns.", "pronoun"),
        title="Rena Love Women Rose Gold-Toned Sequinned Mini Dress",
        category="Dresses",
        color="Rose",
        gender="Women",
    ),
    # photo: emerald green velvet wrap top with long sleeves, black satin midi skirt, grey backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-032",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a long skirt. The skirt is with "
            "other fabric and pure color patterns. The skirt is of long length. The lady wears a pair of black "
            "shoes and her hair is tied back and the",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a green velvet top and a black skirt", who="she"),
        Q.color("black", "contradiction"),
        color_of("top", "green", kind="open"),
        Q.garment_type("top"),
        describe("top", "green", "non_answer"),
        title="Tokyo Talkies Women Green Velvet Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: off-white lace fit-and-flare knee-length dress with cap sleeves and round neck, no jewellery, nude
    # heels, white backdrop. caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-033",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of medium length. Its "
            "neckline is round. The dress is with lace fabric and floral patterns. The dress is of medium "
            "length. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a white lace dress"),
        Q.color("white"),
        Q.pattern("lace"),
        details("dress", "cap sleeves, a round neck and a full skirt"),
        Q.material("lace"),
        describe(
            "dress", "the dress is white and she wears a pearl necklace and carries a white handbag", "unsupported"
        ),
        title="Label Ritu Kumar Women Off-White Lace Fit and Flare Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: maroon velvet top with sheer black lace long sleeves and round neck, black jeans, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-034",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and long pants. The pants are with denim "
            "fabric and pure color patterns. Its neckline is round."
        ),
        wearing("a maroon top and black jeans"),
        describe("top", "the top is maroon velvet with a button at the back of the neck and lace cuffs", "unsupported"),
        Q.color("maroon"),
        color_of("top", "black", "other_garment_color", kind="open"),
        details(
            "top",
            "the top has lace sleeves and a round neck. The top is with velvet fabric and lace sleeves "
            "and the top is with velvet fabric and lace",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("velvet"),
        title="Cation Women Maroon Velvet Top with Lace Sleeves",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: purple velvet maxi dress with long sleeves and a front slit, black strappy heels, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. There "
            "is a slit at the front."
        ),
        wearing("a purple velvet maxi dress"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        Q.color("purple"),
        describe("dress", "he wears a purple dress with long sleeves", "pronoun"),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        details("dress", "the dress has a slit at the front and gold buttons down the back", "unsupported"),
        title="Athena Women Purple Velvet Maxi Dress",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: white lace crop top with spaghetti straps, pink satin midi skirt, white backdrop, front view.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-036",
        caption(
            "The lady wears a tank top with floral patterns and a long skirt. The skirt is with other fabric "
            "and pure color patterns. The tank top is with lace fabric. The skirt is of long length. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a white lace crop top and a pink skirt"),
        Q.color("pink", "contradiction"),
        color_of("top", "white", kind="open"),
        color_of("skirt", "pink", kind="open"),
        Q.garment_type("top"),
        details("top", "yes", "non_answer"),
        title="Berrylush Women White Lace Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black velvet mini dress with long puff sleeves and a white pointed collar, black loafers, white.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-037",
        caption(
            "The lady wears a long-sleeve dress with color block patterns. The dress is of short length. Its "
            "neckline is lapel."
        ),
        wearing("a black velvet dress with a white collar"),
        Q.color("black"),
        color_of("dress", "white", "contradiction", kind="open"),
        details("dress", "a white collar and puff sleeves"),
        Q.sleeve_length("long sleeves"),
        Q.material("Question: What material is the garment made of? Answer: velvet", "leak"),
        title="SASSAFRAS Women Black Velvet Puff Sleeve Mini Dress with Collar",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: rust satin camisole, beige wide-leg trousers, white backdrop, front view.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-038",
        caption(
            "The lady wears a tank top with pure color patterns and long pants. The pants are with cotton "
            "fabric and pure color patterns. The pants are of long length."
        ),
        wearing("an orange satin cami and beige pants"),
        Q.color("orange"),
        color_of("top", "beige", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("top", "The top is a camisole. Question: Describe the pants. Answer: The pants", "leak"),
        details("top", "the details of the top are the top's details", "restated"),
        title="Mast & Harbour Women Rust Satin Camisole",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: magenta satin off-shoulder midi dress with short puff sleeves, silver heels, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-039",
        caption("The lady wears a short-sleeve dress with pure color patterns. The dress is of long length."),
        wearing("a pink satin off shoulder dress"),
        color_of("dress", "silver", "other_garment_color", kind="open"),
        Q.color("magenta"),
        Q.material("chiffon", "contradiction"),
        details(
            "dress",
            "the dress has an off shoulder neckline, short puff sleeves, a fitted waist and a flared "
            "skirt that falls below the knee and the dress is",
            "cut",
            hit_limit=True,
        ),
        neckline("off shoulder"),
        title="Kazo Women Magenta Satin Off-Shoulder Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: black sequinned tank top under an open white blazer, black trousers, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-040",
        caption(
            "The lady wears a tank top with pure color patterns and long pants. This lady also wears an outer "
            "clothing, with cotton fabric and pure color patterns."
        ),
        wearing("a white blazer over a black sequin top and black pants"),
        Q.color("white", "contradiction"),
        color_of("top", "black", kind="open"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("top"),
        details("top", "the top details are the top details", "restated"),
        describe("top", "a black top Question: What is the color of the blazer? Answer: white", "leak"),
        title="Vero Moda Women Black Sequinned Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: teal sequinned sleeveless sheath mini dress with tiers of fringe, white backdrop, front view.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. The "
            "dress has fringe on the hem."
        ),
        wearing("a teal fringe dress"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.color("teal"),
        Q.pattern("striped", "contradiction"),
        details(
            "dress",
            "the dress has fringe and sequins and fringe and sequins and fringe and sequins and fringe "
            "and sequins and fringe and sequins and fringe",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "the dress is made of feathers and has a feather boa", "unsupported"),
        title="Sera Women Teal Embellished Fringe Sheath Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: peach lace top with short sleeves and scalloped hem, white jeans, bare wrists, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-042",
        caption(
            "The lady wears a short-sleeve top with floral patterns and long pants. The pants are with denim "
            "fabric and pure color patterns. The lady wears a watch.",
            "unsupported",
        ),
        wearing("a peach lace top and white jeans"),
        Q.color("peach"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details("top", "scalloped hem and short sleeves"),
        Q.material("the top is made of lace"),
        describe("top", "top", "non_answer"),
        title="Harpa Women Peach Lace Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: black satin midi dress with white polka dots and short puff sleeves, black heels, white backdrop.
    # the feed row has no gender. caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-043",
        caption("The lady wears a short-sleeve black dress with white polka dots. The dress is of long length."),
        wearing("a black and white polka dot dress with a red belt", "unsupported"),
        Q.color("black"),
        Q.pattern("polka dot"),
        describe(
            "dress",
            "The dress is short-sleeve with polka dot patterns. The dress is of long length. The "
            "dress is short-sleeve with polka dot patterns. The dress is of long",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        details("dress", "", "non_answer"),
        title="Forever New Women Black Polka Dot Satin Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # photo: burgundy velvet square-neck bodysuit with long sleeves, tucked into blue jeans, white backdrop.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-044",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and long pants. The pants are with denim "
            "fabric. Its neckline is square."
        ),
        wearing("a burgundy velvet bodysuit and blue jeans"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.color("maroon"),
        is_a("dress", "yes", "contradiction"),
        Q.material("velvet"),
        details(
            "top",
            "The top has a square neckline and long sleeves. The top is with other fabric and pure "
            "color patterns. The pants are with denim fabric and the pants are of",
            "cut",
            hit_limit=True,
        ),
        describe("top", "The top is a top.", "restated"),
        title="Miss Chase Women Burgundy Velvet Square Neck Bodysuit",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: navy blue lace maxi gown with long sheer sleeves, sheer high neck and a beaded waistband, white
    # backdrop; the feed row has no category. caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-045",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length and its "
            "neckline is round."
        ),
        wearing("he wears a navy blue lace gown", "pronoun"),
        Q.color("blue"),
        Q.garment_type("dress"),
        details(
            "dress",
            "The dress has long sheer lace sleeves, an embellished waist and a long skirt. The dress "
            "has long sheer lace sleeves, an embellished waist and a",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "the dress is a long navy gown with a sheer high neck"),
        Q.material("lace and net"),
        title="Label Ritu Kumar Women Navy Blue Lace Embellished Maxi Dress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink satin sleeveless corset top with ruched bust, white wide-leg trousers, silver clutch, white.
    # caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1012-046",
        caption(
            "The lady wears a sleeveless top with pure color patterns and long pants. She holds a bag in her hand."
        ),
        wearing("she is wearing a pink satin corset top and white pants", who="she"),
        Q.color("pink"),
        color_of("top", "silver", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        details("top", "none", "non_answer"),
        describe(
            "top",
            "The top is sleeveless, with other fabric and pure color patterns. It has a sweetheart "
            "neckline and the bust is ruched. The pants are of long length and",
            "cut",
            hit_limit=True,
        ),
        title="Rare Women Pink Satin Corset Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
]
