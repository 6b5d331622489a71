"""BLIND_1347 (45 products; Myntra women's party and evening wear): written blind in the sixty-third session. Measured
blind at a6e2e4e (the session's eighth and final rules): 83/95 failures found (87.4%) and 31/197 correct texts
flagged (15.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and sheath dresses, satin slip dresses,
velvet and tulle gowns, jumpsuits, crop tops sold alone (shot with a skirt, trousers or jeans that are not for sale),
crop-top-and-skirt co-ords, and a few party skirts shot with a top that is not for sale. Catalog shots: a model on a
plain grey or white backdrop, mostly front views, one back view, one flat lay, a clutch or a stool now and then.
Columns as the feed has them: title, category (Myntra article type), color (base colour), gender; one product lacks
its colour, one its category, two their gender.
Who wrote what: every caption is the epoch-2 caption adapter (DeepFashion-MultiModal template captions, so no hue
names, "other fabric" for sequins, "suspenders" for any strappy neckline); every answer is the VQA adapter
(Data3_V3_BLIP2_VQA), greedy, prompt "Question: ... Answer:". The caption adapter never learned to stop: most captions
run to the 50-token limit and end mid-sentence, and some fall into repeating the accessory sentence; a few stop on
their own after three or four sentences. The VQA adapter mostly gives a short answer and stops, but about one answer
in twelve loops on one word or phrase to the 30-token limit, or rolls on into a new "Question: ... Answer:" of its
own.
Labeling conventions and judgement calls: one failure kind per text. A caption cut mid-sentence at the limit is "cut"
when everything before the cut is right; when the part before the cut already says something wrong, the text carries
that error's kind instead (hit_limit still set). A caption that repeats one sentence three or more times is "loop"; one
repeat before the cut stays "cut". The template's vocabulary is judged leniently: "other fabric" for sequins,
"suspenders" for spaghetti straps or strapless, "lattice" for lace, "graphic" for beadwork, "chiffon" for tulle or net,
"long skirt" for a midi skirt, "The lady wears a ring" when a ring is visible. Colors: near names are right (maroon as
red, lavender as purple, magenta or mauve as pink, coral as orange, teal as blue, rose gold as rose gold, gunmetal grey
sequins as silver), and one color of a two-color product is right; a product's own color named as a different hue the
photo does not show (beige as gold, lavender as pink, burgundy as brown, sea green as blue) is "contradiction". The
color of the other garment in the shot (the skirt with a crop top, the top with a skirt, a clutch) is
"other_garment_color". A material or garment kind that the title contradicts (cotton for satin, denim for a satin top,
fur for feathers, pants for a jumpsuit, "yes" to "Is this a skirt?" for a crop top) is "contradiction"; a detail the
photo does not show (a slit, a chest pocket, a train, a zipper at the back, shoes that are nude, a ring in a back view
with the hands out of frame, silk for polyester satin) is "unsupported". "it is a dress", "the dress" or an empty string
for a details or describe question is "non_answer"; an answer that only turns the question back ("the skirt details are
the skirt details") is "restated". "he" or "the gentleman" for the women's models is "pronoun". "romper" plus "long
pants" for a jumpsuit passes; a tank top and pants does not. Raw closed answers the reference engine could not map
("sequin", "pleated", "ombre", "one shoulder", "cape") are kept and judged on their meaning. About a third of the texts
are wrong; most of the rest are short and right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_1347 = [
    # Photo: model, front view, black sequinned sleeveless round-neck bodycon mini dress, black strappy heels, silver
    # hoops, ring on her right hand, grey backdrop. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length. The lady wears a ring. The lady is wearing a pair of "
            "shoes. The shoes are with leather fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sequin dress", who="she"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        Q.material("sequins"),
        details(
            "dress",
            "sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, "
            "sequins, sequins",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Athena Women Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, front view, maroon sequinned long-sleeve V-neck knee-length sheath dress, nude heels, a ring and a
    # thin bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-002",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with other fabric and "
            "its neckline is V-shape. The dress is of medium length. The female wears a ring. There is an accessory "
            "on her wrist. The female",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "maroon"),
        Q.sleeve_length("long sleeve"),
        Q.pattern("the pattern of the dress is a pattern", "restated"),
        describe(
            "dress",
            "a long sleeve dress with a v neck and a v neck and a v neck and a v neck and a v neck and a v neck and a",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="SASSAFRAS Women Maroon Sequinned Sheath Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: model, front view, pink sequinned strappy crop top (the product) with white wide-leg trousers (not for
    # sale), white backdrop. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink top and white pants", who="the woman"),
        color_of("top", "pink"),
        Q.garment_type("tank top"),
        Q.color("white", "other_garment_color"),
        is_a("crop top", "yes"),
        gender=W,
        title="Tokyo Talkies Women Pink Sequinned Crop Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: model, front view, gold sequinned V-neck sleeveless crop top and matching gold sequinned midi skirt (the
    # set), grey backdrop. Caption: epoch-2 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1347-004",
        caption(
            "The woman is wearing a sleeveless tank shirt with pure color patterns and a long skirt. The tank shirt "
            "is with other fabric and its neckline is V-shape. The skirt is with other fabric and pure color patterns."
        ),
        wearing("a gold sequin top and skirt"),
        color_of(
            "top",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "gold"),
        is_a("skirt", "yes"),
        Q.sleeve_length("sleeveless"),
        gender=W,
        title="Rare Women Gold-Toned Sequinned Crop Top with Midi Skirt",
        category="Co-Ords",
        color="Gold",
    ),
    # Photo: model, front view, navy blue sequinned long-sleeve round-neck floor-length gown, cocktail ring and a
    # bangle. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-005",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with other fabric. It has "
            "a round neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue sequin gown", who="she"),
        color_of("gown", "navy blue"),
        is_a("dress", "yes"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.material("sequined"),
        details(
            "gown",
            "the gown has a high neck and sequins and a high neck and sequins and a high neck and sequins and a high "
            "neck and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Berrylush Women Navy Blue Embellished Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: model, front view, emerald green satin slip midi dress, spaghetti straps, cowl neck, silver heels, a ring;
    # no trim of any kind. Caption: epoch-2 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1347-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. Its "
            "neckline is suspenders. The lady wears a ring.",
            "contradiction",
        ),
        wearing("a green dress", who="the woman"),
        color_of("dress", "green"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a green satin dress with lace trim", "unsupported"),
        details("dress", "it has a cowl neck and thin straps"),
        gender=W,
        title="MANGO Women Green Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: model, front view, silver sequinned A-line mini skirt (the product) with a black short-sleeve crop tee
    # (not for sale). Caption: epoch-2 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1347-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with other fabric and pure color "
            "patterns."
        ),
        color_of("skirt", "black", "other_garment_color"),
        wearing("a black top and silver skirt"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        Q.pattern("sequin"),
        gender=W,
        title="SASSAFRAS Women Silver-Toned Sequinned A-Line Mini Skirt",
        category="Skirts",
        color="Silver",
    ),
    # Photo: model, three-quarter view, black velvet off-shoulder sleeveless floor-length gown, no slit, a ring and a
    # bracelet, black clutch in her hand. Caption: epoch-2 caption adapter; answers: VQA adapter. The feed has no
    # colour for this one.
    case(
        "X1347-008",
        caption(
            "This lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is suspenders. The dress is of long length. The lady wears a ring. There is an accessory on her "
            "wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a black velvet dress", who="she"),
        color_of("dress", "black"),
        describe("dress", "it is an off the shoulder dress with a slit", "unsupported"),
        is_a(
            "gown",
            "yes Question: Is this a dress? Answer: yes Question: Is this a skirt? Answer: no Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender=W,
        title="Athena Women Black Velvet Off-Shoulder Maxi Dress",
        category="Dresses",
    ),
    # Photo: model, front view, red one-shoulder ruffled bodycon mini dress, chiffon ruffle along the neckline.
    # Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-009",
        caption(
            "The woman is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The "
            "dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. The "
            "dress is with",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "red"),
        wearing("he is wearing a red dress", "pronoun"),
        Q.sleeve_length("one shoulder"),
        is_a("dress", "yes"),
        details("dress", "ruffles"),
        gender=W,
        title="Tokyo Talkies Women Red Solid One-Shoulder Ruffled Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: model, front view, champagne-beige sequin and bead sleeveless V-neck flapper dress with a fringed hem, a
    # ring and a bracelet, white backdrop. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-010",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with other fabric. It has a "
            "V-shape neckline. The dress is of short length. There is an accessory on her wrist. The lady wears a "
            "ring and a",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "gold", "contradiction"),
        Q.color("beige"),
        details("dress", "fringe on the bottom"),
        Q.material("sequins and beads"),
        is_a("dress", "yes"),
        gender=W,
        title="Label Ritu Kumar Women Beige Embellished Fringed Sheath Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: model, front view, pale lavender tulle fit-and-flare maxi gown, V-neck, short puff sleeves, a ring.
    # Caption: epoch-2 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1347-011",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. This lady wears a ring."
        ),
        wearing("a purple dress", who="the woman"),
        color_of("dress", "pink", "contradiction"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("solid"),
        describe(
            "dress",
            "a long purple dress with puffy sleeves and a v neck and a tulle skirt that goes all the way down to the "
            "floor and the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="StyleStone Women Lavender Tulle Fit & Flare Maxi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: model, front view, rose gold embellished V-neck sleeveless crop top (the product) with a black faux
    # leather high-waist mini skirt (not for sale). Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a V-shape neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "rose gold"),
        Q.color("black", "other_garment_color"),
        wearing("a top and a skirt", who="she"),
        Q.garment_type("crop top"),
        is_a("skirt", "yes", "contradiction"),
        describe("top", "the top is a crop top", "restated"),
        gender=W,
        title="Rare Women Rose Gold Embellished Crop Top",
        category="Tops",
        color="Rose Gold",
    ),
    # Photo: model with a short pixie cut, front view, black sequinned long-sleeve double-breasted blazer dress, lapel
    # collar, flap pockets at the hips, no chest pocket, a watch. Caption: epoch-2 caption adapter (stopped on its
    # own); answers: VQA adapter.
    case(
        "X1347-013",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has "
            "a lapel neckline. There is an accessory on his wrist.",
            "pronoun",
        ),
        wearing("a black jacket", "contradiction"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        Q.sleeve_length("long sleeve"),
        details("dress", "it has buttons on the front and a pocket on the chest", "unsupported"),
        gender=W,
        title="MANGO Women Black Sequinned Blazer Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: back view, model in a teal satin cowl-neck maxi dress with crossed straps over an open back; her hands
    # show a ring and a bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. Its neckline "
            "is suspenders. The dress is of long length. The lady wears a ring. There is an accessory on her wrist. "
            "The",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "teal"),
        wearing("a blue dress", who="she"),
        describe("dress", "a long blue dress with a cowl neck"),
        details(
            "dress",
            "the back of the dress is open and the back of the dress is open and the back of the dress is open and "
            "the back of",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender=W,
        title="Berrylush Women Teal Satin Cowl Neck Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: model, front view, white lace bodycon midi dress, round neck, long sheer lace sleeves, a ring. Caption:
    # epoch-2 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1347-015",
        caption(
            "The lady is wearing a long-sleeve dress with lattice patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a ring."
        ),
        color_of("dress", "white"),
        Q.pattern("lace"),
        Q.material("lace"),
        wearing("a white lace dress"),
        describe(
            "dress",
            "a white lace dress with long sleeves and a high neck and a high neck and a high neck and a high neck and "
            "a high neck and a",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Zink London Women White Lace Bodycon Midi Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: model, front view, magenta sleeveless round-neck bodycon mini dress with a cut-out at the left waist, a
    # ring and a bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter. No gender in the feed row.
    case(
        "X1347-016",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of short length. The female wears a ring. There is an accessory on her "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        Q.color("pink"),
        details("dress", "cut out"),
        describe("dress", "the dress", "non_answer"),
        is_a("dress", "yes"),
        Q.garment_type("dress"),
        title="Tokyo Talkies Women Magenta Cut-Out Bodycon Mini Dress",
        category="Dresses",
        color="Magenta",
    ),
    # Photo: model, front view, black sequinned sleeveless V-neck wide-leg jumpsuit, no belt, black heels. Caption:
    # epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-017",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with other fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with other fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jumpsuit", who="she"),
        is_a("jumpsuit", "yes"),
        Q.garment_type("pants", "contradiction"),
        color_of("jumpsuit", "black"),
        details("jumpsuit", "sequins and a belt", "unsupported"),
        gender=W,
        title="SASSAFRAS Women Black Sequinned Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: model, front view, olive green satin co-ord: square-neck crop top with short puff sleeves and a matching
    # midi skirt. Caption: epoch-2 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1347-018",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "square neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns."
        ),
        wearing("a green top and skirt", who="the woman"),
        color_of("top", "green"),
        color_of(
            "skirt",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        Q.material("satin"),
        is_a("skirt", "yes"),
        gender=W,
        title="Berrylush Women Olive Green Satin Crop Top with Midi Skirt",
        category="Co-Ords",
        color="Olive",
    ),
    # Photo: model, front view, peach indo-western set: sleeveless V-neck sequinned crop top and a flared floor-length
    # skirt with floral sequin motifs, sheer dupatta over one arm. Caption: epoch-2 caption adapter; answers: VQA
    # adapter.
    case(
        "X1347-019",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with other fabric. It has a "
            "V-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a lehenga"),
        color_of("skirt", "peach"),
        color_of("top", "peach"),
        Q.pattern("floral"),
        details("skirt", "the skirt details are the skirt details", "restated"),
        is_a("dress", "no"),
        gender=W,
        title="Inddus Women Peach Embellished Crop Top with Flared Skirt",
        category="Clothing Set",
        color="Peach",
    ),
    # Photo: model, front view, burgundy velvet long-sleeve wrap midi dress with a tie at the waist, a ring. Caption:
    # epoch-2 caption adapter (stopped on its own; it reads the tie as a belt); answers: VQA adapter.
    case(
        "X1347-020",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with other fabric. It has "
            "a V-shape neckline. The dress is of medium length. There is a belt. The lady wears a ring."
        ),
        color_of("dress", "maroon"),
        Q.color("brown", "contradiction"),
        Q.material("velvet"),
        wearing("a velvet wrap dress", who="she"),
        Q.sleeve_length("long sleeve"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: a velvet dress with long sleeves Question: Describe the dress. "
            "Answer: a velvet dress with",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="FOREVER NEW Women Burgundy Velvet Wrap Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: flat lay on white, silver metallic halter-neck crop top, nothing else in the shot. Caption: epoch-2
    # caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1347-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. Its "
            "neckline is suspenders. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        wearing("a silver top"),
        color_of("top", "silver"),
        Q.garment_type("halter top"),
        is_a("crop top", "yes"),
        Q.sleeve_length("sleeveless"),
        details("top", "", "non_answer"),
        gender=W,
        title="Tokyo Talkies Women Silver-Toned Metallic Halter Neck Crop Top",
        category="Tops",
        color="Silver",
    ),
    # Photo: model, front view, black round-neck bodycon mini dress with long sheer mesh sleeves and sequins on the
    # shoulders, sheer black tights, black heels, a ring and a bracelet. Caption: epoch-2 caption adapter; answers:
    # VQA adapter. No gender in the feed row.
    case(
        "X1347-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length. The lady wears a ring. There is an accessory on her wrist. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black"),
        details("dress", "the sleeves are sheer"),
        describe(
            "dress",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        is_a("dress", "yes"),
        wearing(
            "a black dress with sheer sleeves and black tights and black heels and a black dress with sheer sleeves "
            "and black",
            "cut",
            hit_limit=True,
        ),
        title="Athena Women Black Sequin Detail Bodycon Dress with Mesh Sleeves",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, front view, red sequinned sleeveless deep-V maxi gown with a thigh-high slit on the left, a ring and
    # a bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-023",
        caption(
            "This lady is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. It has "
            "a V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a red dress with a slit", who="she"),
        color_of("dress", "red"),
        details(
            "dress",
            "it has a high slit on the left leg and a deep v neckline and the sequins are all over the dress from the "
            "top to the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("gown", "yes"),
        gender=W,
        title="Athena Women Red Sequinned Maxi Dress with Thigh-High Slit",
        category="Dresses",
        color="Red",
    ),
    # Photo: model, front view, mauve pleated satin midi skirt (the product) with a white short-sleeve crop tee (not
    # for sale). Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with other fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color"),
        Q.color("pink"),
        Q.pattern("pleated"),
        is_a("skirt", "yes"),
        wearing("a white shirt and a pink skirt", who="the woman"),
        Q.material("satin"),
        details("skirt", "it is a skirt", "non_answer"),
        gender=W,
        title="StyleStone Women Mauve Satin Pleated Midi Skirt",
        category="Skirts",
        color="Mauve",
    ),
    # Photo: model, front view, gold sequinned strapless bodycon mini dress, small black clutch in her hand. Caption:
    # epoch-2 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1347-025",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. It has "
            "a suspenders neckline. The dress is of short length."
        ),
        color_of("dress", "gold"),
        wearing(
            "a gold dress and a black purse and a black purse and a black purse and a black purse and a black purse "
            "and a",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        is_a("dress", "yes"),
        details("dress", "the dress is a strapless dress"),
        gender=W,
        title="Rare Women Gold-Toned Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Gold",
    ),
    # Photo: model, front view, navy blue satin strappy corset crop top (the product) with light blue jeans (not for
    # sale). Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "blue"),
        wearing("a blue top and jeans", who="she"),
        Q.material("denim", "contradiction"),
        is_a("corset", "yes"),
        Q.garment_type("tank top"),
        details("top", "the top has details", "restated"),
        gender=W,
        title="Berrylush Women Navy Blue Satin Corset Crop Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: model, front view, pink tiered tulle square-neck mini dress with short puff sleeves, a ring. Caption:
    # epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-027",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of short length. The lady wears a ring. The lady wears a ring. The lady "
            "wears a ring. The",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        describe("dress", "a pink dress with ruffles"),
        details("dress", "it is a dress", "non_answer"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("solid"),
        gender=W,
        title="SASSAFRAS Women Pink Tiered Tulle Fit & Flare Mini Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: model, front view, black crepe round-neck long-sleeve mini dress with feather trim at the hem and the
    # cuffs. Caption: epoch-2 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1347-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. The dress is of short length."
        ),
        color_of("dress", "black"),
        details("dress", "feathers"),
        Q.material("fur", "contradiction"),
        wearing("a black dress with feathers"),
        is_a("coat", "no"),
        gender=W,
        title="MANGO Women Black Feather Trim Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, front view, off-white chiffon cape top with pearl beading at the neck (the product) and white
    # straight trousers (not for sale). Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-029",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white"),
        wearing("a white cape and white pants", who="the woman"),
        details("top", "pearls"),
        describe(
            "top",
            "the top is a cape top with pearls on the neck and a cape on the back and pearls on the neck and a cape "
            "on the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("cape"),
        gender=W,
        title="Label Ritu Kumar Women Off-White Embellished Cape Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: model, front view, purple sequinned long-sleeve V-neck wrap maxi gown, a ring and a bracelet. Caption:
    # epoch-2 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1347-030",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with other fabric. It has "
            "a V-shape neckline. The dress is of long length. This lady wears a ring. There is an accessory on her "
            "wrist."
        ),
        color_of("dress", "purple"),
        wearing("a purple dress", who="she"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("dress", "yes"),
        Q.material(
            "Question: What material is the dress made of? Answer: sequin Question: What material is the dress made "
            "of? Answer: sequin",
            "leak",
            hit_limit=True,
        ),
        details("dress", "sequins"),
        gender=W,
        title="Athena Women Purple Sequinned Wrap Maxi Dress",
        category="Dresses",
        color="Purple",
    ),
    # Photo: model, front view, sleeveless round-neck sheath mini dress in horizontal black and silver sequin stripes,
    # a ring and a bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-031",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with other fabric. It has a round "
            "neckline. The dress is of short length. There is an accessory on her wrist. The lady wears a ring and a",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black and silver"),
        Q.pattern("striped"),
        Q.color("silver"),
        wearing("a black and white striped dress"),
        details("dress", "stripes"),
        describe("dress", "dress", "non_answer"),
        gender=W,
        title="SASSAFRAS Women Black & Silver-Toned Striped Sequinned Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, front view, sleeveless V-neck floor-length sequinned gown shading from light blue at the top to
    # navy at the hem, no train, a ring and a bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-032",
        caption(
            "The lady is wearing a sleeveless dress with color block patterns. The dress is with other fabric. It has "
            "a V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "blue"),
        describe("dress", "a blue dress"),
        Q.pattern("ombre"),
        details(
            "dress",
            "the dress is blue and the dress is blue and the dress is blue and the dress is blue and the dress is blue "
            "and the",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue gown with a long train", "unsupported"),
        gender=W,
        title="Berrylush Women Blue Ombre Sequinned Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: model, front view, co-ord: black long-sleeve round-neck crop top and silver sequinned mini skirt (both
    # sold as the set). Caption: epoch-2 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1347-033",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with other fabric and pure color patterns."
        ),
        color_of("top", "black"),
        color_of("skirt", "black", "other_garment_color"),
        wearing("a black top and a silver skirt", who="she"),
        Q.color("black"),
        is_a("skirt", "yes"),
        Q.sleeve_length("long sleeve"),
        details("skirt", "sequins"),
        gender=W,
        title="Tokyo Talkies Women Black & Silver-Toned Crop Top with Sequinned Skirt",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: model, front view, green sequinned one-shoulder bodycon mini dress with one long sleeve, silver clutch in
    # her hand, nude heels, a ring and a bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. The dress "
            "is of short length. There is an accessory on her wrist. The lady wears a ring. There is an accessory on "
            "her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "green"),
        wearing("a green sequin dress and silver shoes", "unsupported"),
        Q.sleeve_length("one shoulder"),
        is_a("dress", "yes"),
        Q.material("sequin"),
        gender=W,
        title="Rare Women Green Sequinned One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: model, front view, white satin one-shoulder sleeveless wide-leg jumpsuit with a thin gold belt (sold with
    # it). Caption: epoch-2 caption adapter (stopped on its own; it splits the jumpsuit into a top and pants);
    # answers: VQA adapter.
    case(
        "X1347-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "lady wears a long pants. The pants are with other fabric and pure color patterns. There is a belt.",
            "contradiction",
        ),
        wearing("a white jumpsuit", who="she"),
        is_a("jumpsuit", "yes"),
        color_of("jumpsuit", "white"),
        color_of("belt", "gold"),
        Q.garment_type("jumpsuit"),
        details("jumpsuit", "a belt at the waist"),
        gender=W,
        title="MANGO Women White Satin One-Shoulder Jumpsuit with Belt",
        category="Jumpsuit",
        color="White",
    ),
    # Photo: model, front view, coral ruched bodycon midi dress, square neck, thin straps, a bracelet. Caption: epoch-2
    # caption adapter; answers: VQA adapter. No category in the feed row.
    case(
        "X1347-036",
        caption(
            "The female is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. It "
            "has a square neckline. The dress is of medium length. There is an accessory on her wrist. The female "
            "wears",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "orange"),
        details("dress", "ruching"),
        describe("dress", "ruched bodycon dress with a square neck and thin straps"),
        wearing("he is wearing an orange dress", "pronoun"),
        is_a("dress", "yes"),
        gender=W,
        title="Lulu & Sky Women Coral Ruched Bodycon Midi Dress",
        color="Coral",
    ),
    # Photo: model, front view, black lace crop top with long sheer sleeves (the product) and a red satin midi skirt
    # (not for sale). Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-037",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with other fabric. It has a round "
            "neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "black"),
        Q.color("red", "other_garment_color"),
        wearing("a black lace top and a red skirt", who="the woman"),
        Q.sleeve_length("long sleeve"),
        Q.pattern("lace"),
        is_a("skirt", "no"),
        details(
            "top",
            "sheer sleeves with lace and sheer sleeves with lace and sheer sleeves with lace and sheer sleeves with "
            "lace and sheer",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Athena Women Black Lace Crop Top with Sheer Sleeves",
        category="Tops",
        color="Black",
    ),
    # Photo: model, front view, bodycon mini dress in diagonal rainbow stripes of sequins, short puff sleeves, V-neck,
    # a ring and a bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-038",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with other fabric. It has a "
            "V-shape neckline. The dress is of short length. There is an accessory on her wrist. The lady wears a "
            "ring. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "rainbow"),
        Q.color("multicolor"),
        wearing("a rainbow dress"),
        Q.pattern("striped"),
        details(
            "dress",
            "rainbow rainbow rainbow rainbow rainbow rainbow rainbow rainbow rainbow rainbow rainbow rainbow rainbow "
            "rainbow rainbow",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Rare Women Multicoloured Sequinned Bodycon Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: model, front view, gunmetal grey sequinned long-sleeve round-neck A-line mini dress, grey backdrop.
    # Caption: epoch-2 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1347-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length."
        ),
        color_of("dress", "silver"),
        Q.color("grey"),
        describe("dress", "a grey dress with long sleeves"),
        Q.material("Answer: sequins", "leak"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the dress has sequins and the dress has sequins and the dress has sequins and the dress has sequins and "
            "the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="SASSAFRAS Women Grey Sequinned A-Line Mini Dress",
        category="Dresses",
        color="Grey",
    ),
    # Photo: model, front view, maroon velvet co-ord: square-neck long puff-sleeve crop top and matching mini skirt;
    # the back is not shown. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "square neckline. The lady wears a medium short skirt. The skirt is with other fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a red velvet top and skirt", who="she"),
        color_of("top", "maroon"),
        color_of("skirt", "maroon"),
        Q.material("velvet"),
        details("top", "the top has a square neck and puffed sleeves and a zipper on the back", "unsupported"),
        Q.sleeve_length("long sleeve"),
        gender=W,
        title="Berrylush Women Maroon Velvet Crop Top with Skirt",
        category="Co-Ords",
        color="Maroon",
    ),
    # Photo: model, front view, black satin midi skirt with a side slit (the product) and a gold sequinned V-neck
    # sleeveless crop top (not for sale). Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a V-shape neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black"),
        Q.color("gold", "other_garment_color"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        details("skirt", "a slit on the side"),
        Q.material("satin"),
        gender=W,
        title="Zink London Women Black Satin Midi Skirt with Slit",
        category="Skirts",
        color="Black",
    ),
    # Photo: model seated on a wooden stool, mustard yellow satin V-neck slip midi dress, thin straps, a bracelet.
    # Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-042",
        caption(
            "This lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is V-shape. The dress is of medium length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an accessory on",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "yellow"),
        wearing("a yellow dress"),
        Q.material("satin"),
        describe("dress", "a yellow satin dress sitting on a stool"),
        is_a("dress", "yes"),
        gender=W,
        title="StyleStone Women Mustard Yellow Satin Slip Midi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: back view, model in a blush pink sleeveless floor-length gown with a deep V back edged in beadwork; her
    # arms are at her front, hands out of frame. Caption: epoch-2 caption adapter (stopped on its own); answers: VQA
    # adapter.
    case(
        "X1347-043",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. The dress is "
            "of long length. The lady wears a ring.",
            "unsupported",
        ),
        color_of("dress", "pink"),
        wearing("a pink dress with an open back", who="she"),
        details("dress", "the back is open"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "a long pink dress with a long pink dress with a long pink dress with a long pink dress with a long pink",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Label Ritu Kumar Women Pink Embellished Maxi Gown",
        category="Dresses",
        color="Pink",
    ),
    # Photo: model, front view, black off-shoulder crop top with ruffled short sleeves (the product) and a white denim
    # mini skirt (not for sale), a bracelet. Caption: epoch-2 caption adapter (stopped on its own); answers: VQA
    # adapter.
    case(
        "X1347-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a short skirt. The skirt is with denim fabric and pure color patterns. There is an accessory on "
            "her wrist."
        ),
        color_of("top", "black"),
        wearing("a black top and a white skirt", who="the woman"),
        Q.color("black"),
        Q.garment_type("blouse"),
        is_a(
            "crop top",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details("top", "ruffles on the sleeves"),
        gender=W,
        title="Tokyo Talkies Women Black Off-Shoulder Ruffled Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model, front view, sea green net floor-length gown with short cape sleeves and floral sequin embroidery
    # on the bodice and sleeves, a ring and a bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1347-045",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("gown", "green"),
        Q.color("blue", "contradiction"),
        wearing("a green gown", who="she"),
        Q.pattern("floral"),
        details(
            "gown",
            "Question: What are the gown details? Answer: embroidery on the sleeves and the neck and the sleeves and "
            "the neck",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Inddus Women Sea Green Embellished Net Gown",
        category="Dresses",
        color="Sea Green",
    ),
]
