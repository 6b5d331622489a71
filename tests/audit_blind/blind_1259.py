"""BLIND_1259 (45 products; Myntra dresses, jumpsuits and playsuits, epoch-1 captions + extractive QA): written blind in
the sixty-second session. Measured blind at 59066e5 (the session's fifth rules): 79/107 failures found (73.8%) and
3/215 correct texts flagged (1.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra spells them). Every photo was captioned by the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, 50 new tokens, no end-of-caption token learnt), then each
question was answered by timpal0l/mdeberta-v3-base-squad2 over that caption; where the QA model found no span the
question went to the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, 30 new tokens). Women's items got wearing, type,
colour, pattern, sleeve length and material, jumpsuits and playsuits also "Is this a ...?", a few items a describe or
details question; girls' items went through the short questionnaire (wearing, type, colour, sleeves, sometimes
pattern). The captions speak DeepFashion-MultiModal: no hue names, "pure color" for solid, lattice for checks, and
they split a jumpsuit or playsuit into a top plus pants or shorts (a shirt dress becomes a shirt). So the colour
question mostly finds no span and goes to the VQA adapter, and the garment answers inherit the split.
Who wrote what: the caption is always the caption adapter's; an answer is the QA model's span (verbatim from the
caption) unless the comment above the case says the VQA adapter answered it. Loops, leaks and answers that ran to 30
tokens are all VQA-adapter answers; spans never hit the limit.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. Near hues count as
right (peach "pink", lavender "purple", teal "blue", mustard "yellow", cream/off-white "white", burgundy "red");
"black" for maroon or navy, "white" for beige, a print's colour for the ground colour are wrong (contradiction), and a
colour that belongs to a layer, a shoe or a jacket in the photo is other_garment_color. "pure color", "striped" or
"other" given for a colour or a material is a non_answer. A top, shirt, T-shirt or tank top (or "dress") for a
jumpsuit or playsuit, and a shirt or T-shirt for a shirt or T-shirt dress, is a contradiction of the title, also
in the caption. A material the title names otherwise is a contradiction (denim answered "cotton" I let pass: denim is
cotton); a material, sleeve or accessory that only the photo disproves (sequins called cotton, a ring nobody wears,
"sleeveless" for off-shoulder sleeves) is unsupported. "The lady wears" on a flat lay I let pass (the template always
has a wearer), but an invented ring or wrist accessory on it is unsupported. When a text fails twice I label the
first fault a reader meets (a split garment in the first sentence outranks the loop or cut after it) and keep
hit_limit=True. One caption ran to exactly 50 tokens and ends on a full sentence with nothing false: hit_limit, left
unmarked. A loop of the right answer ("yes yes yes") is still a loop.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1259 = [
    # Photo: model on a grey backdrop in a black sleeveless bodycon midi dress, round neck, matte stretch jersey, black
    # strappy sandals. Caption adapter (ran to 50 tokens); all answers QA spans.
    case(
        "X1259-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of three-quarter length. The lady wears a pair of sandals. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy dress with small white flowers, short flutter sleeves, V-neck, knee length, tan sandals, white
    # backdrop. Caption adapter (cut at 50 tokens, nothing false before the cut). Colour: no span, VQA adapter.
    case(
        "X1259-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium short length. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: maroon sleeveless jumpsuit, V-neck, wide legs, self tie belt, white sneakers, studio. Caption adapter
    # splits it into a tank top and trousers (ran to 50 tokens). "Is this a jumpsuit?": VQA adapter; the rest QA spans.
    case(
        "X1259-003",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is a belt",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="DressBerry Women Maroon Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
    ),
    # Photo: mustard playsuit with a white ditsy floral print, short puff sleeves, square neck, shorts; the model holds
    # a straw hat at her side. Caption adapter (shirt + shorts, 50 tokens). Colour and "Is this a playsuit?": VQA.
    case(
        "X1259-004",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a three-point shorts. The shirt is with "
            "chiffon fabric. The neckline of the shirt is square. The shorts are with chiffon fabric and floral "
            "patterns. This lady wears a hat",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns and a three-point shorts", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="Berrylush Women Mustard Yellow Printed Playsuit",
        category="Playsuit",
        color="Mustard",
    ),
    # Photo: olive wrap midi dress, long sleeves, V-neck, waist tie, brown ankle boots, beige backdrop. Caption adapter
    # loops to the limit. Colour: VQA adapter; the rest QA spans.
    case(
        "X1259-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is with cotton fabric. It has a v-shape neckline. The dress is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Harpa Women Olive Green Solid Wrap Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: red crepe sheath dress, cap sleeves, round neck, knee length, black pumps, grey backdrop. Caption adapter
    # (stopped on its own); the title says crepe. Colour: VQA adapter.
    case(
        "X1259-006",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round.",
            "contradiction",
        ),
        wearing("a short-sleeve dress"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="AND Women Red Crepe Sheath Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: a girl of about eight in a white cotton broderie dress, short frill sleeves, round neck, white sneakers, a
    # hair clip, pale pink backdrop. Caption adapter (cut at 50 tokens). Colour: VQA adapter. Short questionnaire.
    case(
        "X1259-007",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. The lady wears a pair of shoes. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress"),
        Q.garment_type("dress"),
        Q.color("white"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        gender="Girls",
        title="H&M Girls White Broderie Anglaise Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: a girl in a pink sleeveless party dress, sequinned bodice, knee-length tulle skirt, hair bow, silver
    # shoes, white backdrop. Caption adapter splits it into a tank top and a (long) skirt. Colour: VQA adapter.
    case(
        "X1259-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric. The skirt is with chiffon fabric.",
            "contradiction",
        ),
        wearing("a sleeveless tank top with pure color patterns and a long skirt", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        gender="Girls",
        title="Cutiekins Girls Pink Embellished Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: black-and-white vertical stripe shirt dress, collar, button placket, sleeves rolled to the elbow, self
    # belt, white sneakers, white backdrop. Caption adapter calls it a shirt, then repeats itself to the limit. All
    # answers QA spans.
    case(
        "X1259-009",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("dress", "lapel neckline"),
        gender="Women",
        title="Vero Moda Women Black & White Striped Shirt Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: beige linen-blend sleeveless jumpsuit, wide legs, tie waist, white sandals, a straw bag in hand, white
    # backdrop; under the studio light the beige reads pale but not white. Caption adapter (stopped). Colour and "Is
    # this a jumpsuit?": VQA adapter.
    case(
        "X1259-010",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "female wears a long pants.",
            "contradiction",
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("white", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Mango Women Beige Linen-Blend Jumpsuit",
        category="Jumpsuit",
        color="Beige",
    ),
    # Photo: rust short-sleeve playsuit, round neck, elasticated waist, shorts, a light-blue denim jacket draped over
    # the shoulders, white backdrop. Caption adapter (T-shirt + shorts, 50 tokens). Colour: VQA adapter (the jacket's).
    case(
        "X1259-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="StyleStone Women Rust Orange Solid Playsuit",
        category="Playsuit",
        color="Rust",
    ),
    # Photo: teal satin slip midi dress with a visible sheen, spaghetti straps, cowl neck, gold earrings, grey
    # backdrop. Caption adapter (stopped); the title says satin. Colour: VQA adapter.
    case(
        "X1259-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length.",
            "contradiction",
        ),
        wearing("a sleeveless dress"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        describe("dress", "a sleeveless dress with pure color patterns"),
        gender="Women",
        title="Athena Women Teal Blue Satin Slip Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: a girl in a yellow A-line dress with a white lemon print, short puff sleeves, white Peter Pan collar,
    # yellow sandals, no jewellery. Caption adapter (50 tokens) invents a wrist accessory. Colour: VQA adapter.
    case(
        "X1259-013",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of medium short length. There is an accessory on her wrist. The lady wears "
            "a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Pspeaches Girls Yellow & White Printed A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: mid-blue denim pinafore dress, sleeveless, square neck, worn over a white short-sleeve T-shirt, white
    # sneakers. Caption adapter describes the T-shirt and a denim skirt (50 tokens). Colour: VQA adapter.
    case(
        "X1259-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a medium short skirt. The skirt is with denim fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="ONLY Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: lavender tiered maxi dress, smocked bodice, short puff sleeves, square neck, white backdrop. Caption
    # adapter (stopped). Colour: VQA adapter. Everything right.
    case(
        "X1259-015",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of long length."
        ),
        wearing("a short-sleeve dress"),
        Q.garment_type("dress"),
        Q.color("purple"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women Lavender Smocked Tiered Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: black long-sleeve utility jumpsuit, shirt collar, front zip, flap pockets, belt, black boots. Caption
    # adapter (shirt + pants, 50 tokens). Type, colour and "Is this a jumpsuit?": VQA adapter (no span).
    case(
        "X1259-016",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The person wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("jumpsuit"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        is_a("jumpsuit", "yes"),
        details("jumpsuit", "lapel neckline"),
        gender="Women",
        title="Roadster Women Black Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: peach off-shoulder bodycon dress, short sleeves sitting on the upper arms, knee length, nude heels, grey
    # backdrop. Caption adapter (stopped) calls it sleeveless. Colour: VQA adapter.
    case(
        "X1259-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline.",
            "unsupported",
        ),
        wearing("a sleeveless dress", "unsupported"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="U&F Women Peach Solid Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: flat lay on white: navy girls' dress with pink flowers, short sleeves, round neck. Caption adapter (50
    # tokens) invents a ring. Colour: VQA adapter (dark navy read as black).
    case(
        "X1259-018",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium short length. The lady wears a ring on her finger. There is an",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Girls",
        title="Marks & Spencer Girls Navy Floral Cotton Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: coral A-line mini dress, ruffled flutter straps (no sleeves), V-neck, ruffle hem, white block heels, white
    # backdrop. Caption adapter loops. Colour: VQA adapter, also looping.
    case(
        "X1259-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is "
            "with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress"),
        Q.garment_type("dress"),
        Q.color(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="KASSUALLY Women Coral Solid Ruffled A-Line Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: green playsuit with a white floral print, short puff sleeves, wrap V-neck, shorts, white handbag in hand,
    # white backdrop. Caption adapter (stopped) calls it a dress. Colour and "Is this a playsuit?": VQA adapter.
    case(
        "X1259-020",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline.",
            "contradiction",
        ),
        wearing("a short-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        is_a("playsuit", "no", "contradiction"),
        gender="Women",
        title="HERE&NOW Women Green & White Floral Print Playsuit",
        category="Playsuit",
        color="Green",
    ),
    # Photo: a girl in an off-white anarkali with gold foil print, three-quarter sleeves, round neck, ankle length, a
    # matching dupatta over one shoulder, glass bangles, mojaris. Caption adapter ran to exactly 50 tokens and ends on
    # a full, true sentence. Colour: VQA adapter.
    case(
        "X1259-021",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The lady has neckwear. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("white"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("graphic"),
        gender="Girls",
        title="Biba Girls Off White Printed Anarkali Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: maroon velvet maxi dress, long sleeves, V-neck, a cocktail ring, plain grey backdrop, low light on the
    # folds. Caption adapter (cut at 50 tokens). Colour: VQA adapter.
    case(
        "X1259-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a ring on her finger. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress"),
        Q.garment_type("dress"),
        Q.color("black", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        describe("dress", "dress", "restated"),
        gender="Women",
        title="Globus Women Maroon Solid Velvet Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: back view: navy sleeveless culotte jumpsuit with a keyhole back and tie belt, model facing away, white
    # backdrop. Caption adapter (stopped). Colour and "Is this a jumpsuit?": VQA adapter (the second loops).
    case(
        "X1259-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a three-quarter pants.",
            "contradiction",
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a(
            "jumpsuit",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: a girl in a red-and-white gingham sleeveless dress, round neck with a bow, knee length, white backdrop.
    # Caption adapter (stopped). Colour: VQA adapter. Everything right.
    case(
        "X1259-024",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. It has a round "
            "neckline."
        ),
        wearing("a sleeveless dress with lattice patterns"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("lattice"),
        gender="Girls",
        title="Nautinati Girls Red Checked Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: black sequinned long-sleeve mini dress, round neck, shimmering all over, silver heels, dark grey backdrop,
    # no rings. Caption adapter (50 tokens) calls the sequins cotton. All answers QA spans.
    case(
        "X1259-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. The lady wears a ring on her finger. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        describe("dress", "a long-sleeve dress with pure color patterns"),
        gender="Women",
        title="RARE Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: pink sleeveless jumpsuit with ruffled shoulders, V-neck, straight legs, the model holds a paper coffee cup,
    # plain backdrop. Caption adapter (stopped) opens with "His". Colour and "Is this a jumpsuit?": VQA adapter.
    case(
        "X1259-026",
        caption(
            "His tank top has no sleeves, chiffon fabric and pure color patterns. It has a v-shape neckline. The "
            "person wears a long trousers.",
            "pronoun",
        ),
        wearing("tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pink"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("chiffon"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="SASSAFRAS Women Pink Solid Jumpsuit with Ruffles",
        category="Jumpsuit",
        color="Pink",
    ),
    # Photo: white schiffli (eyelet) playsuit, wide straps, square neck, shorts, the model sits on a wooden stool, white
    # backdrop. Caption adapter (tank top + shorts, 50 tokens). Colour: VQA adapter.
    case(
        "X1259-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. It has a square neckline. The shorts are with cotton fabric and pure color patterns. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a three-point shorts", "contradiction"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("playsuit", "square neckline"),
        gender="Women",
        title="Hola Bonita Women White Schiffli Playsuit",
        category="Playsuit",
        color="White",
    ),
    # Photo: a girl in a blue denim shirt dress, rolled short sleeves, collar, buttons, knee length, white sneakers.
    # Caption adapter (stopped) calls it a shirt. Colour: VQA adapter. Short questionnaire.
    case(
        "X1259-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline.",
            "contradiction",
        ),
        wearing("a short-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="YK Girls Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: black maxi dress with red and pink roses, sheer long sleeves, V-neck, grey backdrop. Caption adapter
    # repeats its first sentences to the limit. Colour: VQA adapter (the roses' red).
    case(
        "X1259-029",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a long-sleeve dress with floral patterns. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("red", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Vero Moda Women Black Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: mustard short-sleeve jumpsuit, round neck, tapered legs, white sneakers, white backdrop. Caption adapter
    # (stopped; T-shirt + pants). Type, colour and "Is this a jumpsuit?": VQA adapter.
    case(
        "X1259-030",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The female wears a long pants.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("jumpsuit"),
        Q.color("yellow"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Solid Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
    ),
    # Photo: red halter-neck tiered maxi dress with a small white paisley print, sleeveless, gold jhumkas, bare wrists,
    # no necklace, plain backdrop. Caption adapter (50 tokens) invents a wrist accessory and neckwear. Colour: VQA
    # adapter, which runs into the prompt format.
    case(
        "X1259-031",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of long length. There is an accessory on her wrist. The lady has neckwear. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color(
            "red Question: What is the color of the dress? Answer: red Question: What is the color of the dress? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Athena Women Red Printed Tiered Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: flat lay: purple long-sleeve jersey dress with a glitter unicorn print, round neck. Caption adapter
    # (stopped). Colour: VQA adapter. Everything right.
    case(
        "X1259-032",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round."
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("purple"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("graphic"),
        gender="Girls",
        title="H&M Girls Purple Unicorn Print Jersey Dress",
        category="Dresses",
        color="Purple",
    ),
    # Photo: black playsuit with white polka dots, short flutter sleeves, V-neck, ruffle-hem shorts, red heels, white
    # backdrop. Caption adapter (shirt + shorts, 50 tokens). Colour and "Is this a playsuit?": VQA adapter.
    case(
        "X1259-033",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a three-point shorts. The shorts are with chiffon fabric and graphic "
            "patterns",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("red", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="Berrylush Women Black Polka Dot Printed Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: pink fit-and-flare dress with blue flowers, short sleeves, round neck, knee length, white backdrop. Feed
    # row without gender. Caption adapter (stopped). Colour: VQA adapter; the describe answer is a one-word span.
    case(
        "X1259-034",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline."
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        describe("dress", "dress", "restated"),
        title="Harpa Women Pink & Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: olive shirt-style jumpsuit, long sleeves, collar, button front, belt, tapered legs, white sneakers. Caption
    # adapter (shirt, then loops). Type and colour: VQA adapter (type loops).
    case(
        "X1259-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton "
            "fabric. It has",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type(
            "jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit "
            "jumpsuit jumpsuit jumpsuit jumpsuit",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="DressBerry Women Olive Green Solid Shirt Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: a girl in a navy T-shirt dress with white horizontal stripes, short sleeves, round neck, above the knee,
    # red sneakers. Caption adapter (T-shirt, then repeats). Colour: VQA adapter.
    case(
        "X1259-036",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("striped"),
        gender="Girls",
        title="Allen Solly Junior Girls Navy Blue Striped T-shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black sleeveless halter jumpsuit, wide legs, seen under an open beige trench coat, gold earrings, white
    # backdrop. Caption adapter describes the coat (50 tokens). Colour and "Is this a jumpsuit?": VQA adapter.
    case(
        "X1259-037",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve outer clothing", "contradiction"),
        Q.garment_type("outer clothing", "contradiction"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="ONLY Women Black Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: cream rib-knit sweater dress, long sleeves, turtleneck, midi, brown knee boots, beige backdrop. Caption
    # adapter (stopped). Colour: VQA adapter. Everything right.
    case(
        "X1259-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "stand neckline. The dress is of long length."
        ),
        wearing("a long-sleeve dress"),
        Q.garment_type("dress"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        describe("dress", "a long-sleeve dress with pure color patterns"),
        gender="Women",
        title="Mango Women Cream Knitted Sweater Dress",
        category="Dresses",
        color="Cream",
    ),
    # Photo: a woman with a cropped pixie cut in a charcoal grey sleeveless jumpsuit, round neck, straight legs, white
    # sneakers, grey backdrop. Caption adapter (stopped) says "gentleman". Colour and "Is this a jumpsuit?": VQA
    # adapter.
    case(
        "X1259-039",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "The gentleman wears a long pants.",
            "pronoun",
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("grey"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        is_a(
            "jumpsuit",
            "yes Question: Is this a jumpsuit? Answer: yes Question: Is this a jumpsuit? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Kook N Keech Women Charcoal Grey Solid Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
    ),
    # Photo: sea-green wrap dress with white and pink flowers, short sleeves, V-neck, waist tie, knee length, white
    # sneakers. Caption adapter (cut at 50 tokens; the "belt" is the wrap tie). Colour: VQA adapter.
    case(
        "X1259-040",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium short length. There is a belt in her clothes. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "a belt"),
        gender="Women",
        title="Sera Women Sea Green Floral Print Wrap Dress",
        category="Dresses",
        color="Sea Green",
    ),
    # Photo: a girl in a peach tulle party dress, cap sleeves, round neck, sequinned bodice, a satin flower at the
    # waist, ankle length. Caption adapter loops on the fabric sentence. All answers QA spans.
    case(
        "X1259-041",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. The dress "
            "is with other fabric. The dress is with other fabric. The dress is with other fabric. The dress is with "
            "other",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        gender="Girls",
        title="Pspeaches Girls Peach Embellished Net Party Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: black sheath dress with white side panels, sleeveless, round neck, knee length, black pumps. Caption
    # adapter (stopped). Colour: VQA adapter, looping on the right colour.
    case(
        "X1259-042",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("a sleeveless dress with color block patterns"),
        Q.garment_type("dress"),
        Q.color(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="AND Women Black & White Colourblocked Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: burgundy off-shoulder playsuit, short sleeves, tie waist, shorts, gold hoops, white backdrop. Caption
    # adapter (blouse + shorts, 50 tokens). Type, colour and "Is this a playsuit?": VQA adapter (type leaks).
    case(
        "X1259-043",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a three-point shorts. The blouse is "
            "with cotton fabric. It has a suspenders neckline. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve blouse with pure color patterns and a three-point shorts", "contradiction"),
        Q.garment_type(
            "romper Question: Is this a romper? Answer: yes Question: Is this a romper? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="U&F Women Burgundy Solid Bardot Playsuit",
        category="Playsuit",
        color="Burgundy",
    ),
    # Photo: a girl in a mustard tiered ethnic maxi dress with small red block-print motifs, sleeveless, round neck, a
    # small potli bag in hand, no rings. Feed row without a colour. Caption adapter (50 tokens) invents a ring.
    # Colour: VQA adapter.
    case(
        "X1259-044",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The lady wears a ring on her finger. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("graphic"),
        gender="Girls",
        title="Bitiya by Bhama Girls Yellow Printed Ethnic Maxi Dress",
        category="Dresses",
    ),
    # Photo: black strappy maxi dress, spaghetti straps, square neck, thigh slit, black sandals, grey backdrop. Caption
    # adapter (stopped) gives neither sleeves nor fabric; the QA model takes "long length" for the sleeves. Colour and
    # material: VQA adapter (the material answer runs to the limit).
    case(
        "X1259-045",
        caption("The lady wears a dress with pure color patterns. The dress is of long length."),
        wearing("a dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long length", "unsupported"),
        Q.material(
            "the dress is made of a soft and flowy fabric that drapes beautifully on the body and is perfect for any "
            "occasion. The dress is made of a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Maxi Dress",
        category="Dresses",
        color="Black",
    ),
]
