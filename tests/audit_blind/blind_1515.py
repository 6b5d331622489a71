"""BLIND_1515 (45 products; Myntra women's party and evening wear): written blind in the sixty-fifth session. Measured
blind at 71dbb3c (the session's sixth rules): 79/85 failures found (92.9%) and 19/192 correct texts flagged (9.9%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and mini dresses, maxi gowns, velvet and
satin dresses, sequinned crop tops worn with skirts or trousers, party skirts and trousers, co-ord sets, a jumpsuit or
two, a shrug and a blazer. Usual studio shots: a model on a plain grey, beige or white backdrop wearing the product
with other clothes (a black bodysuit under a gold skirt, black trousers under a silver top), now and then a back view,
a flat lay, a prop (a chair, a clutch, a fur stole, sunglasses). Metallic and sequinned fabrics under studio light,
dark navy that reads as black, stripes of sequins on a plain base. Columns as the feed has them: title, category
(Myntra article type), color (base colour), gender; one or another is missing on a few rows.
Who wrote what: every caption is the epoch-2 caption adapter (LoRA on BLIP-2 OPT-2.7b, trained on the
DeepFashion-MultiModal template captions): the "The lady wears a sleeveless tank top with pure color patterns"
template, no hue names, a one-piece dress told as upper and lower clothing (or as tank top and skirt), fabric from
its six classes, accessories from its list. Most captions run to the 50-token limit, since no terminator was trained;
they end mid-sentence, loop on one sentence, or by chance stop on a full stop. Every answer is the VQA adapter (one
epoch on In-shop questions: colors, "what cloth", yes/no garment), greedy, 30 new tokens: short lowercase answers
when it stops, else a word repeated to the limit, or the `Question: ... Answer:` format carried on into the answer.
Labeling conventions and judgement calls: one failure kind per text, the one a reader notices first (a caption cut
or looping at the limit stays cut or loop even where it also calls a dress's bodice a shirt); hit_limit marks every
text that ran to the token limit, failed or not: three captions stop on a full stop at the limit, two of them carry
a wrong pronoun, the third is right and left unmarked; two answers are right but cut at the limit and marked cut. A
caption that tells a one-piece dress as "upper clothing / lower clothing" is right; one that names a tank top and a
skirt (or trousers, for a jumpsuit) contradicts the title. A close shade is right (red for maroon or burgundy, gold
for champagne or rose gold, pink for magenta, green for olive or teal); a color from another item in the photo (the
skirt, the bodysuit, the stole, the clutch) is other_garment_color; the accent color of a two-color garment given as
its color (gold for a black dress with gold stripes, pink for pink flowers on black) and a plain wrong hue (black
for navy, brown for burgundy, grey for white, white for silver) are contradictions, and so are a wrong sleeve
length, pattern or garment ("romper" for a full-length jumpsuit, "no" to the product's own garment). Material: a
fabric the title names and a text denies is a contradiction, a fabric invented against the photo is unsupported, and
the stole's fur given as the dress's material is a contradiction. A thin but true answer ("sequin" for the details,
"skirt" for what is worn in a flat lay) is right; the question's own words back ("skirt" to describe the skirt, "the
skirt details") or nothing at all is non_answer; a sentence that turns the question round and says nothing ("the
dress is a dress that the person is wearing") is restated. A detail the photo does not show (a ring on hidden hands,
a bow, a belt, ruffles, a back slit in a front shot) and a person invented for a flat lay are unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1515 = [
    # Photo: black sleeveless sequinned bodycon mini dress, square neck, black heels, a silver ring, grey backdrop.
    # Caption: epoch-2 caption adapter (ran to the limit, cut). Answers: VQA adapter.
    case(
        "X1515-001",
        caption(
            "The upper clothing has no sleeves and pure color patterns. It has a square neckline. The lower clothing "
            "is of short length. It has pure color patterns. The lady wears a ring on her finger. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("black dress"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        details("dress", "sequin"),
        gender="Women",
        title="SASSAFRAS Women Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: gold sequinned maxi gown on spaghetti straps, thigh-high slit, beige backdrop.
    # Caption: epoch-2 caption adapter (stopped on its own). Answers: VQA adapter (details looped to the limit).
    case(
        "X1515-002",
        caption(
            "The upper clothing has no sleeves and pure color patterns. It has a suspenders neckline. The lower "
            "clothing is of long length and it has pure color patterns."
        ),
        wearing("a gold dress", who="she"),
        color_of("dress", "gold"),
        is_a("gown", "yes"),
        Q.pattern("solid"),
        details(
            "dress",
            "the slit, the straps, the slit, the straps, the slit, the straps, the slit, the straps, the slit, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Women Gold-Toned Embellished Maxi Gown",
        category="Dresses",
        color="Gold",
    ),
    # Photo: silver sequinned halter crop top worn with black high-waisted satin trousers, grey backdrop.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter (the top's color taken from the trousers).
    case(
        "X1515-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The neckline of it is suspenders. The "
            "pants this lady wears is of long length. The pants are with pure color patterns."
        ),
        wearing("a silver top and black pants"),
        color_of("top", "black", "other_garment_color"),
        is_a("crop top", "yes"),
        Q.garment_type("tank"),
        Q.material("sequin"),
        gender="Women",
        title="URBANIC Silver-Toned Sequinned Halter Neck Crop Top",
        category="Tops",
        color="Silver",
    ),
    # Photo: red long-sleeved ruched bodycon midi dress, round neck, nude heels, white backdrop.
    # Caption: epoch-2 caption adapter ("gentleman" for the woman; ran to the limit on a full stop).
    # Answers: VQA adapter (describe right but cut at the limit).
    case(
        "X1515-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The lower clothing is of three-quarter length. It has pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("red dress"),
        color_of("dress", "red"),
        is_a("dress", "yes"),
        Q.sleeve_length("long-sleeve"),
        describe(
            "dress",
            "a red dress with long sleeves and ruching on the side. the dress is made of a stretchy fabric and has a "
            "round neckline and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Miss Chase Women Red Ruched Bodycon Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: navy blue sequinned fishtail gown, full sleeves, V-neck, a bracelet and a ring; the navy reads very dark.
    # Caption: epoch-2 caption adapter (cut at the limit). Answers: VQA adapter (one says black, one navy).
    case(
        "X1515-005",
        caption(
            "The upper clothing has long sleeves and pure color patterns. It has a v-shape neckline. The lower "
            "clothing is of long length. It has pure color patterns. There is an accessory on her wrist. The lady "
            "wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black", "contradiction"),
        Q.color("navy"),
        is_a("dress", "yes"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("solid"),
        gender="Women",
        title="Ivory Tag Women Navy Blue Embellished Fishtail Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: hot pink sequinned bandeau crop top and matching mini skirt (co-ord), a thin silver bracelet, silver
    # heels; hands half behind her back, no ring visible. Caption: epoch-2 adapter (adds a ring).
    # Answers: VQA adapter (the skirt's color, free generation, loops on a hyphen).
    case(
        "X1515-006",
        caption(
            "The lady wears a tank top with no sleeves and pure color patterns. The lady wears a short skirt. The "
            "skirt is with pure color patterns. The lady wears a ring. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("pink top and skirt"),
        color_of("top", "pink"),
        color_of(
            "skirt",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("top", "a pink tube top with sequins"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Kassually Women Pink Sequinned Crop Top with Mini Skirt Co-Ord Set",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: black halter jumpsuit, sequinned bodice, wide floor-length legs, white backdrop.
    # Caption: epoch-2 adapter (loops on the trousers sentence). Answers: VQA adapter ("romper" for a jumpsuit).
    case(
        "X1515-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a suspenders neckline. The "
            "trousers are with chiffon fabric and pure color patterns. The trousers are with chiffon fabric and pure "
            "color patterns. The trousers are with chiffon",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("romper", "contradiction"),
        Q.color("black"),
        wearing("black jumpsuit"),
        Q.sleeve_length("sleeveless"),
        Q.material("polyester"),
        gender="Women",
        title="SIRIKIT Women Black Embellished Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: gold sequinned pencil midi skirt (a back slit the front shot does not show), black long-sleeved bodysuit
    # tucked in. Caption: epoch-2 adapter (cut). Answers: VQA adapter (skirt's color from the bodysuit).
    case(
        "X1515-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The skirt this lady wears is of three-quarter length. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black", "other_garment_color"),
        wearing("black top and gold skirt"),
        is_a("skirt", "yes"),
        Q.pattern("solid"),
        details("skirt", "sequins and a slit at the back", "unsupported"),
        gender="Women",
        title="StyleStone Women Gold-Toned Sequinned Pencil Midi Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Photo: sheer black mesh blouse, long sleeves, scattered silver sequin dots, black camisole under, blue jeans.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter (pattern "solid" against the dots; a bow invented).
    case(
        "X1515-009",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. It has a round neckline. The lady wears long "
            "pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("black shirt and jeans"),
        color_of("top", "black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("mesh"),
        is_a("top", "yes"),
        details("top", "the top has a lot of sequins and a bow at the back", "unsupported"),
        gender="Women",
        title="Berrylush Women Black Embellished Sheer Mesh Top",
        category="Tops",
        color="Black",
    ),
    # Photo: maroon velvet wrap midi dress, self-tie at the waist, full sleeves, V-neck, gold hoops, grey backdrop.
    # Caption: epoch-2 adapter (cut). Answers: VQA adapter ("cotton" against the title's velvet).
    case(
        "X1515-010",
        caption(
            "The upper clothing has long sleeves and pure color patterns. The neckline of it is v-shape. There is a "
            "belt. The lower clothing is of three-quarter length. It has pure color patterns. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        color_of("dress", "red"),
        is_a("dress", "yes"),
        wearing("she is wearing a red dress", who="she"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Tokyo Talkies Women Maroon Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: emerald green chiffon cowl-neck slip midi dress, black heels, a black clutch in hand.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter (details carries the prompt format on).
    case(
        "X1515-011",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of three-quarter length. The fabric is chiffon and it has pure color patterns."
        ),
        wearing("green dress"),
        color_of("dress", "green"),
        is_a("dress", "yes"),
        details(
            "dress",
            "Question: What are the dress details? Answer: the dress details Question: What are the dress details?",
            "leak",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        gender="Women",
        title="SIRIKIT Women Green Solid Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: plain black off-shoulder crop top with short puff sleeves, worn with a gold sequinned mini skirt.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter (top's color from the skirt; ruffles invented).
    case(
        "X1515-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a short skirt. The skirt is with pure color patterns."
        ),
        color_of("top", "gold", "other_garment_color"),
        wearing("black top and gold skirt"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("blouse"),
        describe("top", "a black off the shoulder top with ruffles", "unsupported"),
        gender="Women",
        title="DODO & MOA Women Black Off-Shoulder Puff Sleeve Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: rose gold sequinned double-breasted blazer dress, long sleeves, lapels, mini length, nude heels.
    # Caption: epoch-2 adapter (loops). Answers: VQA adapter (takes it for a jacket).
    case(
        "X1515-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        Q.color("gold"),
        is_a("dress", "no", "contradiction"),
        wearing("jacket", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("sequin"),
        gender="Women",
        title="Rare Women Rose Gold Sequinned Blazer Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # Photo: teal georgette one-shoulder gown, a ruffle along the shoulder, side slit, floor length.
    # Caption: epoch-2 adapter ("his", "gentleman"). Answers: VQA adapter.
    case(
        "X1515-014",
        caption(
            "His upper clothing has no sleeves, chiffon fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is chiffon and it has pure color patterns. The gentleman wears a ring.",
            "pronoun",
        ),
        color_of("dress", "green"),
        is_a("gown", "yes"),
        Q.sleeve_length("sleeveless"),
        details("gown", "ruffle on the shoulder and a slit on the side"),
        wearing("a green dress"),
        gender="Women",
        title="Femella Women Teal One-Shoulder Ruffled Maxi Gown",
        category="Dresses",
        color="Teal",
    ),
    # Photo: white long-sleeved bodycon mini dress, vertical stripes of silver sequins, a bracelet and a ring; the
    # flash greys it.
    # Caption: epoch-2 adapter (cut, no full stop). Answers: VQA adapter ("grey" for white).
    case(
        "X1515-015",
        caption(
            "The upper clothing has long sleeves and striped patterns. It has a round neckline. The lower clothing is "
            "of short length. It has striped patterns. There is an accessory on her wrist. This lady wears a ring on "
            "her",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("white"),
        color_of("dress", "grey", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        is_a("dress", "yes"),
        gender="Women",
        title="Kassually Women White & Silver-Toned Striped Sequinned Bodycon Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: lavender tulle ball gown, sweetheart sequinned bodice on thin straps, full skirt.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter (color looped to the limit, free generation).
    case(
        "X1515-016",
        caption(
            "The upper clothing has no sleeves and pure color patterns. It has a suspenders neckline. The lower "
            "clothing is of long length and it has pure color patterns."
        ),
        wearing("purple dress"),
        color_of(
            "dress",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("net"),
        details("dress", "a long dress with a sweetheart neckline and a full skirt"),
        is_a("dress", "yes"),
        gender="Women",
        title="Femella Women Lavender Embellished Tulle Maxi Gown",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: white sequinned corset crop top on straps, black leather mini skirt, grey backdrop.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter (top's color from the skirt; describe cut).
    case(
        "X1515-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a suspenders neckline. The lady "
            "wears a short skirt. The skirt is with leather fabric and pure color patterns."
        ),
        color_of("top", "black", "other_garment_color"),
        Q.garment_type("tank"),
        wearing("white top and black skirt"),
        describe(
            "top",
            "a white crop top with a sweetheart neckline and thin straps. the top is made of a white fabric with a "
            "white lining and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="URBANIC Women White Embellished Corset Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: back view only: silver sequinned mini dress, open back with criss-cross straps, a cuff on her wrist.
    # Caption: epoch-2 adapter (cut). Answers: VQA adapter (sleeve question answered with nothing; "white").
    case(
        "X1515-018",
        caption(
            "The upper clothing has no sleeves and pure color patterns. It has a suspenders neckline. The lower "
            "clothing is of short length. It has pure color patterns. There is an accessory on her wrist. This "
            "lady",
            "cut",
            hit_limit=True,
        ),
        details("dress", "open back with straps"),
        Q.color("white", "contradiction"),
        is_a("dress", "yes"),
        wearing("a silver dress"),
        Q.sleeve_length("", "non_answer"),
        gender="Women",
        title="ONLY Women Silver-Toned Embellished Backless Sheath Dress",
        category="Dresses",
        color="Silver",
    ),
    # Photo: navy blue satin shirt and wide-leg trousers (co-ord), white backdrop, gold sandals.
    # Caption: epoch-2 adapter ("chiffon" against the title's satin). Answers: VQA adapter (trousers: prompt leak).
    case(
        "X1515-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears long trousers. The trousers are with chiffon fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        color_of("shirt", "navy"),
        color_of(
            "trousers",
            "navy Question: What is the color of the shirt? Answer: navy Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.material("satin"),
        wearing("blue shirt and pants"),
        Q.garment_type("shirt"),
        gender="Women",
        title="Berrylush Women Navy Blue Satin Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Navy Blue",
    ),
    # Photo: red sequinned off-shoulder mermaid gown, model standing beside a gold chair (prop).
    # Caption: epoch-2 adapter (a tank top and a skirt for the gown). Answers: VQA adapter (describe loops).
    case(
        "X1515-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The skirt "
            "is with pure color patterns.",
            "contradiction",
        ),
        wearing("red dress"),
        color_of("dress", "red"),
        is_a("gown", "yes"),
        describe(
            "gown",
            "a red gown with a mermaid silhouette and a sweetheart neckline with a sweetheart neckline with a "
            "sweetheart neckline with a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Athena Women Red Sequinned Off-Shoulder Mermaid Gown",
        category="Dresses",
        color="Red",
    ),
    # Photo: black lace sheath midi dress with sheer long sleeves, a thin gold bracelet, black heels.
    # Caption: epoch-2 adapter (cut). Answers: VQA adapter ("he" for the woman).
    case(
        "X1515-021",
        caption(
            "The upper clothing has long sleeves and lattice patterns. It has a round neckline. The lower clothing is "
            "of three-quarter length. It has lattice patterns. There is an accessory on her wrist. The lady wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        Q.material("lace"),
        color_of("dress", "black"),
        Q.sleeve_length("long-sleeve"),
        is_a("dress", "yes"),
        wearing("he is wearing a black dress", "pronoun"),
        gender="Women",
        title="Athena Women Black Lace Sheath Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: gold sequinned cami crop top, black satin A-line midi skirt (the product), grey backdrop.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter (skirt's color from the top; details says nothing).
    case(
        "X1515-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a suspenders neckline. The skirt "
            "this lady wears is of three-quarter length. The skirt is with pure color patterns."
        ),
        color_of("skirt", "gold", "other_garment_color"),
        wearing("gold top and black skirt"),
        is_a("skirt", "yes"),
        Q.material("satin"),
        details("skirt", "the skirt details", "non_answer"),
        gender="Women",
        title="Tokyo Talkies Women Black Satin A-Line Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: hot pink satin mini dress with feather trim at the hem, V-neck on straps, silver heels.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter (wearing carries the prompt on; "cotton" for satin).
    case(
        "X1515-023",
        caption(
            "The upper clothing has no sleeves and pure color patterns. It has a v-shape neckline. The lower clothing "
            "is of short length. The fabric is furry and it has pure color patterns."
        ),
        color_of("dress", "pink"),
        Q.garment_type("dress"),
        details("dress", "feathers at the hem"),
        Q.material("cotton", "contradiction"),
        wearing(
            "a pink dress with feathers Question: What is the color of the dress? Answer: pink Question: What is",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Pink Feather Trim Satin Mini Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: silver sequinned flared trousers (the product), black one-shoulder bodysuit, white backdrop.
    # Caption: epoch-2 adapter (loops on the accessory sentence). Answers: VQA adapter.
    case(
        "X1515-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears long trousers. There is "
            "an accessory on her wrist. There is an accessory on her wrist. There is an accessory on her wrist. "
            "There is an accessory",
            "loop",
            hit_limit=True,
        ),
        color_of("trousers", "black", "other_garment_color"),
        wearing("black top and silver pants"),
        is_a("pair of trousers", "yes"),
        Q.garment_type("pants"),
        Q.pattern("solid"),
        gender="Women",
        title="StyleStone Women Silver-Toned Sequinned Flared Trousers",
        category="Trousers",
        color="Silver",
    ),
    # Photo: champagne sequinned slip midi dress, V-neck on straps, nude heels, beige backdrop.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter ("silk" for sequins on mesh; "yes" looped).
    case(
        "X1515-025",
        caption(
            "The upper clothing has no sleeves and pure color patterns. It has a v-shape neckline. The lower clothing "
            "is of three-quarter length and it has pure color patterns."
        ),
        Q.color("gold"),
        wearing("a gold dress"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Ivory Tag Women Champagne Sequinned Slip Midi Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: flat lay: black sequinned mini skirt on a white backdrop, no model. Column color missing.
    # Caption: epoch-2 adapter (invents a lady). Answers: VQA adapter.
    case(
        "X1515-026",
        caption(
            "The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns.", "unsupported"
        ),
        wearing("skirt"),
        color_of("skirt", "black"),
        is_a("skirt", "yes"),
        Q.pattern("solid"),
        details("skirt", "sequin"),
        gender="Women",
        title="Kassually Women Black Sequinned A-Line Mini Skirt",
        category="Skirts",
    ),
    # Photo: green sequinned wrap mini dress, long sleeves, V-neck, self tie belt, a gold ring, black heels.
    # Caption: epoch-2 adapter (cut). Answers: VQA adapter ("cotton" for sequins).
    case(
        "X1515-027",
        caption(
            "The upper clothing has long sleeves and pure color patterns. It has a v-shape neckline. There is a belt. "
            "The lower clothing is of short length. It has pure color patterns. The lady wears a ring on her finger. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "green"),
        details("dress", "belt"),
        wearing("green dress"),
        Q.sleeve_length("long-sleeve"),
        is_a("dress", "yes"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Femella Women Green Sequinned Wrap Mini Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: mauve ruched satin cami crop top on straps, white wide-leg trousers, white backdrop.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter (garment color from the trousers; "no" to crop top).
    case(
        "X1515-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a suspenders neckline. The lady "
            "wears long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.color("white", "other_garment_color"),
        wearing("pink top and white pants"),
        Q.garment_type("tank"),
        Q.sleeve_length("sleeveless"),
        describe("top", "a pink crop top with ruching on the front"),
        is_a("crop top", "no", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Mauve Ruched Satin Crop Top",
        category="Tops",
        color="Mauve",
    ),
    # Photo: gold metallic pleated halter maxi dress, sunglasses pushed up on her head, beige backdrop.
    # Caption: epoch-2 adapter (ran to the limit, ends on a full stop: right).
    # Answers: VQA adapter (pleats taken for stripes).
    case(
        "X1515-029",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. This lady "
            "wears sunglasses.",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        color_of("dress", "gold"),
        wearing("gold dress and sunglasses"),
        is_a("dress", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="SASSAFRAS Women Gold-Toned Metallic Pleated Halter Maxi Dress",
        category="Dresses",
        color="Gold",
    ),
    # Photo: sheer silver sequinned long-sleeved shrug (the product) over a black slip midi dress.
    # Caption: epoch-2 adapter (outer clothing: right). Answers: VQA adapter (shrug's color from the dress).
    case(
        "X1515-030",
        caption(
            "The upper clothing has no sleeves and pure color patterns. The lower clothing is of three-quarter "
            "length. This lady also wears an outer clothing, with chiffon fabric and pure color patterns."
        ),
        color_of("shrug", "black", "other_garment_color"),
        wearing("black dress and silver jacket"),
        is_a("shrug", "no", "contradiction"),
        Q.garment_type("cardigan"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Ivory Tag Women Silver-Toned Sequinned Sheer Shrug",
        category="Shrug",
        color="Silver",
    ),
    # Photo: black long-sleeved maxi dress with horizontal stripes of gold sequins, V-neck. Column category missing.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter (gold stripes given as its color; details loops).
    case(
        "X1515-031",
        caption(
            "The upper clothing has long sleeves and striped patterns. It has a v-shape neckline. The lower clothing "
            "is of long length and it has striped patterns."
        ),
        Q.color("gold", "contradiction"),
        Q.pattern("striped"),
        wearing("black and gold dress"),
        is_a("dress", "yes"),
        details(
            "dress",
            "gold stripes on the dress and a slit on the dress and a slit on the dress and a slit on the dress and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Women Black & Gold-Toned Striped Sequinned Maxi Dress",
        color="Black",
    ),
    # Photo: pink tulle tiered midi skirt (the product), white cropped T-shirt, white sneakers.
    # Caption: epoch-2 adapter ("this man"; ran to the limit on a full stop). Answers: VQA adapter.
    case(
        "X1515-032",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The skirt this man wears is of three-quarter length. It has pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        color_of("skirt", "pink"),
        wearing("white top and pink skirt"),
        Q.material("tulle"),
        Q.garment_type("skirt"),
        describe("skirt", "skirt", "non_answer"),
        gender="Women",
        title="DODO & MOA Women Pink Tiered Tulle Midi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: off-white embellished gown, pearl beading at the neckline, sheer cape to the elbow, floor length.
    # Caption: epoch-2 adapter (cut). Answers: VQA adapter ("cotton" for a georgette gown).
    case(
        "X1515-033",
        caption(
            "The upper clothing has no sleeves and pure color patterns. It has a round neckline. The lower clothing is "
            "of long length. It has pure color patterns. This lady also wears an outer clothing, with chiffon "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        wearing("white gown", who="she"),
        is_a("gown", "yes"),
        details("gown", "pearl beads on the neckline and a cape"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Femella Women Off-White Embellished Georgette Gown with Cape",
        category="Dresses",
        color="Off White",
    ),
    # Photo: black velvet mini dress, short puff sleeves, square neck, sheer black tights, black ankle boots.
    # Caption: epoch-2 adapter (loops). Answers: VQA adapter.
    case(
        "X1515-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The shirt is with cotton fabric. It has a square neckline. The shirt is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet"),
        color_of("dress", "black"),
        Q.sleeve_length("short-sleeve"),
        is_a("dress", "yes"),
        wearing("black dress and black boots"),
        gender="Women",
        title="SIRIKIT Women Black Velvet Puff Sleeve Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: multicolour (rainbow) horizontal-striped sequinned cami crop top, blue jeans, white backdrop.
    # Caption: epoch-2 adapter (stopped; "color block" for the rainbow stripes: right enough).
    # Answers: VQA adapter (describe right but cut at the limit).
    case(
        "X1515-035",
        caption(
            "The lady wears a sleeveless tank top with color block patterns. It has a suspenders neckline. The lady "
            "wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("multicolor"),
        Q.pattern("striped"),
        wearing("a top and jeans"),
        describe(
            "top",
            "a sequin top with a rainbow of colors on the front. it has thin straps and a straight hem and is worn "
            "with a pair of blue",
            "cut",
            hit_limit=True,
        ),
        is_a("crop top", "yes"),
        gender="Women",
        title="URBANIC Women Multicoloured Striped Sequinned Crop Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: black sequinned tuxedo blazer (the product), open over a white top, black trousers.
    # Caption: epoch-2 adapter (cut). Answers: VQA adapter (blazer's color from the top; details restated).
    case(
        "X1515-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears long pants. The pants are with cotton fabric and pure color "
            "patterns. This lady also wears an outer",
            "cut",
            hit_limit=True,
        ),
        color_of("blazer", "white", "other_garment_color"),
        wearing("black blazer, white top and black pants"),
        is_a("blazer", "yes"),
        details("blazer", "the blazer details are the details of the blazer", "restated"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Rare Women Black Sequinned Tuxedo Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: red satin halter jumpsuit, wide legs, gold ring on her right hand. Column category missing.
    # Caption: epoch-2 adapter (a tank top and trousers for the jumpsuit). Answers: VQA adapter (material loops).
    case(
        "X1515-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a suspenders neckline. The lady "
            "wears long trousers. The trousers are with pure color patterns. There is a ring on her finger.",
            "contradiction",
        ),
        Q.garment_type("jumpsuit"),
        Q.color("red"),
        wearing("red jumpsuit"),
        Q.material(
            "satin satin satin satin satin satin satin satin satin satin satin satin satin satin satin satin satin "
            "satin satin satin satin satin satin satin satin satin satin satin satin satin",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Miss Chase Women Red Satin Halter Neck Jumpsuit",
        color="Red",
    ),
    # Photo: peach chiffon tiered off-shoulder mini dress with frill sleeves, no belt, nude sandals.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter (wearing empty; a belt invented).
    case(
        "X1515-038",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. The lower clothing is of "
            "short length. The fabric is chiffon and it has pure color patterns."
        ),
        color_of("dress", "peach"),
        wearing("", "non_answer"),
        Q.pattern("solid"),
        details("dress", "ruffles and a tiered skirt and a belt", "unsupported"),
        is_a("dress", "yes"),
        gender="Women",
        title="Berrylush Women Peach Tiered Off-Shoulder Mini Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: black sequinned cami crop top (the product), matching black sequinned mini skirt, bracelet and ring.
    # Caption: epoch-2 adapter (cut). Answers: VQA adapter (both garments really are black).
    case(
        "X1515-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a suspenders neckline. The lady "
            "wears a short skirt. The skirt is with pure color patterns. There is an accessory on her wrist. The lady "
            "wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "black"),
        color_of("skirt", "black"),
        wearing("black top and black skirt"),
        is_a("top", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Kassually Women Black Sequinned Cami Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: black chiffon midi dress with pink sequinned flowers, short sleeves, V-neck.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter (the flowers' pink given as its color).
    case(
        "X1515-040",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. "
            "The lower clothing is of three-quarter length. The fabric is chiffon and it has floral patterns."
        ),
        Q.pattern("floral"),
        Q.color("pink", "contradiction"),
        wearing("black dress with pink flowers"),
        is_a("dress", "yes"),
        Q.material("chiffon"),
        gender="Women",
        title="Tokyo Talkies Women Black Floral Embellished Chiffon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: magenta one-shoulder bodycon midi dress, model holding a gold clutch. Column gender missing.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter (dress's color from the clutch; describe restated).
    case(
        "X1515-041",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "three-quarter length. The fabric is cotton and it has pure color patterns."
        ),
        color_of("dress", "gold", "other_garment_color"),
        Q.color("pink"),
        wearing("pink dress"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "the dress is a dress that the person is wearing", "restated"),
        title="SASSAFRAS Women Magenta Solid One-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Magenta",
    ),
    # Photo: burgundy sequinned fishtail maxi dress, long sleeves; warm studio light. Column gender missing.
    # Caption: epoch-2 adapter (stopped). Answers: VQA adapter ("brown", "sleeveless", wearing loops, details
    # carries the prompt on).
    case(
        "X1515-042",
        caption(
            "The upper clothing has long sleeves and pure color patterns. It has a round neckline. The lower "
            "clothing is of long length and it has pure color patterns."
        ),
        Q.color("brown", "contradiction"),
        wearing(
            "a red dress and a red dress and a red dress and a red dress and a red dress and a red dress and a red",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details(
            "dress",
            "Question: What are the dress details? Answer: sequin Question: What are the dress details? Answer: sequin",
            "leak",
            hit_limit=True,
        ),
        title="Ivory Tag Women Burgundy Sequinned Fishtail Maxi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: olive sequinned crop top and matching georgette palazzo trousers (co-ord), a bracelet, white backdrop.
    # Caption: epoch-2 adapter (cut). Answers: VQA adapter (describe loops).
    case(
        "X1515-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a round neckline. The lady wears "
            "long trousers. The trousers are with chiffon fabric and pure color patterns. There is an accessory on "
            "her wrist. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        wearing("green top and pants"),
        color_of("pants", "green"),
        Q.garment_type("tank"),
        describe(
            "top",
            "the top is a crop top with a the top is a crop top with a the top is a crop top with a the top is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Femella Women Olive Green Sequinned Crop Top with Palazzos Co-Ord Set",
        category="Co-Ords",
        color="Olive",
    ),
    # Photo: silver sequinned sleeveless bodycon mini dress, black faux-fur stole over her shoulders.
    # Caption: epoch-2 adapter (outer clothing furry: right). Answers: VQA adapter (color and material of the stole).
    case(
        "X1515-044",
        caption(
            "The upper clothing has no sleeves and pure color patterns. The lower clothing is of short length. This "
            "lady also wears an outer clothing, with furry fabric and pure color patterns."
        ),
        color_of("dress", "black", "other_garment_color"),
        wearing("silver dress and black fur coat"),
        Q.material("fur", "contradiction"),
        is_a("dress", "yes"),
        Q.pattern("solid"),
        gender="Women",
        title="ONLY Women Silver-Toned Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Silver",
    ),
    # Photo: coral satin wrap midi dress with flutter sleeves and its gold chain belt, a gold ring, nude heels.
    # Caption: epoch-2 adapter (cut). Answers: VQA adapter ("he" for the woman).
    case(
        "X1515-045",
        caption(
            "The upper clothing has short sleeves and pure color patterns. It has a v-shape neckline. There is a "
            "belt. The lower clothing is of three-quarter length. It has pure color patterns. There is a ring on her "
            "finger. There is an",
            "cut",
            hit_limit=True,
        ),
        details("dress", "belt"),
        color_of("dress", "coral"),
        Q.material("satin"),
        Q.sleeve_length("short-sleeve"),
        wearing("he is wearing a coral dress", "pronoun"),
        gender="Women",
        title="Rare Women Coral Satin Wrap Midi Dress with Belt",
        category="Dresses",
        color="Coral",
    ),
]
