"""BLIND_1412 (45 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-fourth session. Measured blind at 4e1890e (the session's fourth rules): 94/119 failures found (79.0%) and
7/201 correct texts flagged (3.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's dresses, tops and a few tunics (article types Dresses, Tops, Tunics; Myntra base
colours; gender Women, missing on a few rows as feeds do). Each photo was captioned once by BLIP-2 OPT-2.7b with the
epoch-3 caption LoRA (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens; then every question was
answered by timpal0l/mdeberta-v3-base-squad2 reading that caption only (handle_impossible_answer on, so an empty
string is its "no answer"). The questionnaire: what the person wears, garment type, colour, pattern, sleeve length,
and on most rows the material; a few rows also got a details or describe question about their garment.
Who wrote what: every caption is the caption adapter's; every answer is the QA model's span out of that caption (or
empty). Nothing was generated for the answers, so no answer hit a token limit; only captions carry hit_limit.
Labeling conventions and judgement calls: the adapter learned the DeepFashion-MultiModal template and no end token, so
nearly every caption runs to 50 tokens; a caption cut mid-sentence is `cut` only when what it says is otherwise right; a
caption that repeats a sentence is `loop` whatever else it says; a caption that also states something false (wrong
garment, a dress split into top + skirt, a fabric the title contradicts, an invented belt/hat/person, a wrong pronoun)
carries that failure instead, and still hit_limit=True. One caption ended on a full stop exactly at the limit: left
unmarked. The template has no hue names, so the colour question mostly gets a pattern phrase ("pure color", "floral") or
nothing: `non_answer`; a hue that belongs to another item (black trousers, white sneakers) is `other_garment_color`, and
one that happens to be right (a black dress next to "black high heels") is left correct. "The lady wears ..." on a flat
lay is the template's wording: left unmarked unless the caption invents clothes or accessories for the missing model. A
fabric or pattern the title contradicts (satin, lace, linen, embroidered) is `contradiction`; a fabric picked from the
trousers' sentence is `contradiction`; a sleeve length taken from the trousers' "long" is `contradiction`.
"T-shirt"/"shirt"/"tank top" for a Top is accepted when the cut fits; a bardot called a T-shirt, a ribbed knit top
called a sweater, a flutter-sleeve top called a sleeveless tank top, a tunic or kaftan top called a dress are
`contradiction`. "What is the person wearing?" answered with a true accessory ("a hat" she does wear) is left correct. A
span that stops where the caption was cut is `cut`. "tank top" to "Describe the top." is `restated`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, describe, details, is_a, wearing

BLIND_1412 = [
    # Photo: black sleeveless ribbed crop top, square neck, light-blue high-rise jeans, hand on hip, grey backdrop.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: mdeberta QA over the caption.
    case(
        "X1412-001",
        caption(
            "The lady wears a tank top with pure color patterns and a long trousers. The tank top is with cotton "
            "fabric. The neckline of it is square. The trousers are with denim fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns and a long trousers"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: mustard short-sleeve A-line knee dress, small white flowers, V-neck, watch on the left wrist, white
    # sneakers, white wall. Caption: caption adapter (50 tokens); answers: QA over the caption.
    case(
        "X1412-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The dress is of medium short length. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: woman with a short bob in a navy-and-white vertical-striped shirt-style top, collar, sleeves rolled to
    # the forearm, tucked into white trousers, steel watch. Caption: caption adapter (50 tokens, "gentleman");
    # answers: QA over the caption.
    case(
        "X1412-003",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        details("shirt", "its neckline is lapel"),
        gender="Women",
        title="Roadster Women Navy Blue & White Striped Shirt Style Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: red long-sleeve wrap midi dress, V-neck, self tie at the waist, nude heels, beige backdrop.
    # Caption: caption adapter, repeats the length sentence to the limit; answers: QA over the caption.
    case(
        "X1412-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The dress is of long length. The dress is of long length. "
            "The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        details("dress", "It has a v-shape neckline"),
        gender="Women",
        title="Berrylush Women Red Solid Wrap Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: black off-shoulder bardot top with short puff sleeves, light denim shorts, tan shoulder bag.
    # Caption: caption adapter (50 tokens) calls the bardot a T-shirt; answers: QA over the caption.
    case(
        "X1412-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a suspenders neckline. The shorts are with denim fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="SHOWOFF Women Black Off-Shoulder Bardot Top",
        category="Tops",
        color="Black",
    ),
    # Photo: teal three-quarter-sleeve midi dress with white block-printed motifs, round neck, bangles and a ring,
    # kolhapuri sandals, clutch in hand. Caption: caption adapter (50 tokens); answers: QA over the caption.
    case(
        "X1412-006",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring. "
            "This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Teal Blue Ethnic Motifs Printed A-Line Midi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: flat lay, no model: pink sleeveless top with a ruffled round neck on a white sheet.
    # Caption: caption adapter (50 tokens) invents a wrist accessory and denim trousers; answers: QA over it.
    case(
        "X1412-007",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with chiffon fabric. The neckline of "
            "it is round. There is an accessory on her wrist. The lady wears a long trousers. The trousers are with "
            "denim fabric and",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        details("top", "The neckline of it is round"),
        gender="Women",
        title="DressBerry Women Pink Solid Top with Ruffles",
        category="Tops",
        color="Pink",
    ),
    # Photo: red floral strappy sleeveless maxi dress, wide straw sun hat worn on the head, thin gold bracelet.
    # Caption: caption adapter (50 tokens); answers: QA over the caption ("a hat" is true, just not the dress).
    case(
        "X1412-008",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a hat. The dress is of long length. There is an accessory on her "
            "wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a hat"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Vero Moda Women Red Floral Print Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: maroon short-sleeve fit-and-flare knee dress, round neck, black block heels, plain grey backdrop.
    # Caption: caption adapter, stopped on its own after three sentences; answers: QA over the caption.
    case(
        "X1412-009",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="HERE&NOW Women Maroon Solid Fit and Flare Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: white all-over lace top with short sleeves and round neck, black skinny trousers, silver bracelet.
    # Caption: caption adapter (50 tokens): lace read as chiffon with graphic patterns; answers: QA over it.
    case(
        "X1412-010",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic", "unsupported"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="AND Women White Lace Top",
        category="Tops",
        color="White",
    ),
    # Photo: green sleeveless peplum top with a small white floral print, round neck, white jeans, a thin ring.
    # Caption: caption adapter (50 tokens); answers: QA over the caption (material taken from the jeans).
    case(
        "X1412-011",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long pants. The tank top is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. There is a ring "
            "on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with floral patterns and a long pants"),
        Q.garment_type("tank top"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("denim", "contradiction"),
        details("top", "It has a round neckline"),
        gender="Women",
        title="Harpa Women Green Printed Peplum Top",
        category="Tops",
        color="Green",
    ),
    # Photo: blue cotton tunic with white floral print, long sleeves, mandarin collar, side slits, white leggings.
    # Caption: caption adapter (50 tokens) calls the tunic a shirt; answers: QA over the caption.
    case(
        "X1412-012",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is standing. The leggings are with cotton fabric and pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns and a long leggings"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Blue Printed Pure Cotton Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Photo: black long-sleeve ribbed bodycon mini dress, round neck, black ankle boots.
    # Caption: caption adapter, starts the caption over again and runs to the limit; answers: QA over it.
    case(
        "X1412-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of medium short length. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress is with knitting",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Women",
        title="Mast & Harbour Women Black Ribbed Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: off-white short-sleeve cotton top with a pink thread-embroidered yoke, round neck, mid-blue jeans.
    # Caption: caption adapter (50 tokens) misses the embroidery ("pure color"); answers: QA over the caption.
    case(
        "X1412-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with denim fabric and pure color patterns. The "
            "lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt"),
        Q.garment_type("T-shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Athena Women Off-White Embroidered Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: olive long-sleeve shirt dress with collar and a self belt, knee length, white sneakers.
    # Caption: caption adapter (50 tokens) splits the dress into a shirt and a skirt; answers: QA over it.
    case(
        "X1412-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is a belt in her clothes. The lady wears a medium short skirt. The skirt is with "
            "cotton",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("dress", "There is a belt in her clothes"),
        gender="Women",
        title="FabAlley Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: lavender cropped top, square neck, short puff sleeves, white wide-leg trousers, beige backdrop.
    # Caption: caption adapter (50 tokens); answers: QA over the caption.
    case(
        "X1412-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The neckline of it is square. The trousers are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long trousers"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="U&F Women Lavender Solid Puff Sleeve Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: black long-sleeve wrap top with small white polka dots, V-neck, black trousers, gold bangle.
    # Caption: caption adapter (50 tokens); answers: QA over the caption (pattern taken from the trousers).
    case(
        "X1412-017",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a v-shape neckline. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Sera Women Black & White Polka Dot Wrap Top",
        category="Tops",
        color="Black",
    ),
    # Photo: plus-size model in a navy floral kaftan top with wide batwing sleeves to the elbow, V-neck, hip length,
    # black leggings. Caption: caption adapter, stopped early, calls the kaftan a dress; answers: QA over it.
    case(
        "X1412-018",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium short length. There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        is_a("top", "", "non_answer"),
        gender="Women",
        title="Pluss Women Plus Size Navy Blue Floral Print Kaftan Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: back view: grey melange long-sleeve fitted rib-knit top, blue jeans, hair in a bun.
    # Caption: caption adapter (50 tokens) calls the top a sweater; answers: QA over the caption.
    case(
        "X1412-019",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long pants"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Ribbed Round Neck Top",
        category="Tops",
        color="Grey Melange",
    ),
    # Photo: flat lay, no model: peach sleeveless shift dress, round neck, above the knee, on white.
    # Caption: caption adapter, stopped on its own ("The lady wears" is the template's); answers: QA over it.
    case(
        "X1412-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        details("dress", "medium short length"),
        title="SASSAFRAS Women Peach-Coloured Solid Shift Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: blue-and-white horizontal-striped sleeveless A-line knee dress, round neck, woven bracelet, straw bag.
    # Caption: caption adapter (50 tokens); answers: QA over the caption.
    case(
        "X1412-021",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium short length. There is an accessory on her wrist. The lady wears a "
            "ring. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Chemistry Women Blue & White Striped A-Line Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: white long-sleeve shirt-style top with collar and button placket, black trousers, black loafers.
    # Caption: caption adapter (50 tokens), the one hue it names is the trousers'; answers: QA over the caption.
    case(
        "X1412-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a black long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a black long pants"),
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Kassually Women White Solid Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Photo: beige sleeveless linen-blend top, V-neck, tucked into brown straight trousers.
    # Caption: caption adapter (50 tokens) says cotton where the title says linen; answers: QA over the caption.
    case(
        "X1412-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric. The neckline of it is v-shape. The trousers are with cotton fabric and pure color "
            "patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long trousers"),
        Q.garment_type("tank top"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="MANGO Women Beige Solid Linen Blend Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: woman with a pixie cut in a black long-sleeve shirt-style top with a small white graphic print,
    # collar, dark-blue jeans. Caption: caption adapter (50 tokens, "This man"); answers: QA over the caption.
    case(
        "X1412-024",
        caption(
            "This man wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        details("shirt", "its neckline is lapel"),
        gender="Women",
        title="Moda Rapido Women Black Printed Shirt Style Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink floral long-sleeve wrap maxi dress, V-neck, flowing georgette, nude sandals.
    # Caption: caption adapter, stopped on its own; answers: QA over the caption.
    case(
        "X1412-025",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length."
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Pink Floral Print Wrap Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: colour-blocked short-sleeve top, white chest and black lower half, round neck, blue jeans.
    # Caption: caption adapter (50 tokens); answers: QA over the caption. The feed row has no colour column.
    case(
        "X1412-026",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with color block patterns and a long pants"),
        Q.garment_type("T-shirt"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black & White Colourblocked Top",
        category="Tops",
    ),
    # Photo: emerald-green satin slip midi dress with thin straps, gold drop earrings, bare wrists.
    # Caption: caption adapter, repeats an invented wrist accessory to the limit; answers: QA over the caption.
    case(
        "X1412-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "contradiction"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: maroon hip-length tunic with gold foil print, three-quarter sleeves, round neck, white palazzos,
    # bangles. Caption: caption adapter (50 tokens) calls the tunic a dress; answers: QA over the caption.
    case(
        "X1412-028",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. There is an accessory on her wrist. The lady wears "
            "a long trousers",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Vishudh Women Maroon & Gold-Toned Printed Tunic",
        category="Tunics",
        color="Maroon",
    ),
    # Photo: yellow short-sleeve crop top with a front knot and V-neck, high-waist denim mini skirt, midriff bare.
    # Caption: caption adapter (50 tokens); answers: QA over the caption (details span stops where it was cut).
    case(
        "X1412-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a medium short skirt. The T-shirt is "
            "with cotton fabric. It has a v-shape neckline. The skirt is with denim fabric and pure color patterns. "
            "The upper clothing covers the",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a medium short skirt"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("top", "The upper clothing covers the", "cut"),
        gender="Women",
        title="Cover Story Women Yellow Solid Tie-Up Crop Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: black sleeveless sequinned top, round neck, black tapered trousers, silver cuff on the wrist.
    # Caption: caption adapter (50 tokens), fabric "other"; answers: QA over the caption.
    case(
        "X1412-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long pants"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="Lulu & Sky Women Black Sequinned Top",
        category="Tops",
        color="Black",
    ),
    # Photo: blue sleeveless fit-and-flare dress with white floral print, V-neck, ring and beaded bracelet.
    # Caption: caption adapter (50 tokens); answers: QA over the caption.
    case(
        "X1412-031",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of medium short length. There is a ring on her finger. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "a sleeveless dress with floral patterns"),
        wearing("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Ahalyaa Women Blue Printed Fit and Flare Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: multicoloured horizontal-striped short-sleeve top, round neck, dark jeans, white sneakers.
    # Caption: caption adapter, stuck on the fabric sentence to the limit; answers: QA over the caption.
    case(
        "X1412-032",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The "
            "T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The "
            "T-",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns"),
        Q.garment_type("T-shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        title="Trendyol Women Multicoloured Striped Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: back view: grey long-sleeve longline top over black leggings, long hair down the back.
    # Caption: caption adapter (50 tokens), ends on "his"; answers: QA over the caption.
    case(
        "X1412-033",
        caption(
            "The person wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns and a long leggings"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="AND Women Grey Solid Longline Top",
        category="Tops",
        color="Grey",
    ),
    # Photo: white cotton schiffli top with short flutter sleeves and square neck, light-blue jeans.
    # Caption: caption adapter (50 tokens) drops the sleeves ("sleeveless tank top"); answers: QA over it.
    case(
        "X1412-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric. The neckline of it is square. The trousers are with denim fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long trousers", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women White Pure Cotton Schiffli Top",
        category="Tops",
        color="White",
    ),
    # Photo: navy short-sleeve knee-length sheath dress, round neck, steel watch, small ring.
    # Caption: caption adapter, reached the limit exactly on a full stop; answers: QA over the caption.
    case(
        "X1412-035",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. There is an accessory on her wrist. The lady wears "
            "a ring.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Zink London Women Navy Blue Solid Sheath Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: rust sleeveless tiered midi dress with thin straps, three-quarter back view, tan sandals.
    # Caption: caption adapter (50 tokens) splits the tiers into a tank top and a skirt; answers: QA over it.
    case(
        "X1412-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The skirt is with cotton fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long skirt", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="SASSAFRAS Women Rust Orange Solid Tiered Midi Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: off-white peasant top with small indigo block print, three-quarter balloon sleeves, tie-up keyhole
    # V-neck, blue jeans. Caption: caption adapter (50 tokens); answers: QA over the caption.
    case(
        "X1412-037",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a v-shape neckline. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("top", "It has a v-shape neckline"),
        gender="Women",
        title="Global Desi Women Off-White Printed Peasant Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: black long-sleeve sheath dress with a white daisy print, round neck, white sneakers.
    # Caption: caption adapter (50 tokens), "white" is the sneakers'; answers: QA over the caption.
    case(
        "X1412-038",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of medium short length. The lady wears a white sneakers. There is an accessory "
            "on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="ONLY Women Black Printed Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: red long-sleeve shirt-style top with collar, untucked, mid-blue jeans, white sneakers.
    # Caption: caption adapter, stuck on "pure color patterns" to the limit; answers: QA over the caption.
    case(
        "X1412-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with denim "
            "fabric and pure color patterns and pure color patterns and pure color patterns and pure color patterns "
            "and pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="StyleStone Women Red Solid Shirt Style Top",
        category="Tops",
        color="Red",
    ),
    # Photo: mauve long-sleeve longline jersey top, round neck, grey joggers, coffee cup in hand (prop).
    # Caption: caption adapter, stopped after one sentence; answers: QA over the caption.
    case(
        "X1412-040",
        caption("The lady wears a long-sleeve T-shirt with pure color patterns."),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("", "non_answer"),
        title="Mast & Harbour Women Mauve Solid Longline Top",
        category="Tops",
        color="Mauve",
    ),
    # Photo: black sleeveless ruffled peplum top, round neck, white straight trousers, no belt, bare waist seam.
    # Caption: caption adapter (50 tokens) invents a belt; answers: QA over the caption.
    case(
        "X1412-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "chiffon fabric. There is a belt in her clothes. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long trousers"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        details("top", "There is a belt in her clothes", "unsupported"),
        gender="Women",
        title="Athena Women Black Solid Ruffled Peplum Top",
        category="Tops",
        color="Black",
    ),
    # Photo: black sleeveless bodycon mini dress, round neck, black high heels, thin bracelet.
    # Caption: caption adapter (50 tokens); "black" belongs to the heels but is also the dress's colour.
    case(
        "X1412-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. The lady wears a black high heels. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: white tiered maxi dress with small blue flowers, short puff sleeves, square neck, straw hat held in
    # the hand (not worn), bracelet. Caption: caption adapter (50 tokens) puts the hat on her; answers: QA over it.
    case(
        "X1412-043",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of long length. The lady wears a hat. There is an accessory on her wrist. "
            "The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a hat", "unsupported"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "It has a square neckline"),
        gender="Women",
        title="Berrylush Women White Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: mustard short-sleeve round-neck top, blue jeans, blue canvas shoes.
    # Caption: caption adapter (50 tokens), cut right after "a blue" (the shoes); answers: QA over the caption.
    case(
        "X1412-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. The "
            "lady wears a blue",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants"),
        Q.garment_type("T-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: lavender satin sleeveless cowl-neck cami top, black wide trousers, gold hoops.
    # Caption: caption adapter (50 tokens) says chiffon where the title says satin; answers: QA over the caption.
    case(
        "X1412-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric. The neckline of it is v-shape. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        describe("top", "tank top", "restated"),
        wearing("a sleeveless tank top with pure color patterns and a long pants"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Lavender Satin Cowl Neck Top",
        category="Tops",
        color="Lavender",
    ),
]
