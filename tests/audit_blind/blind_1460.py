"""BLIND_1460 (45 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-fifth session. Measured blind at 81d2e84 (the session's second rules): 82/113 failures found (72.6%) and
4/179 correct texts flagged (2.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's dresses and tops (article types Dresses, Tops, Tshirts, Shirts, Tunics; base
colours as Myntra spells them). Catalog shots: a model on a plain backdrop wearing the product with jeans, trousers,
shorts or a skirt; a few back views, one flat lay, a prop now and then (a coffee cup, a clutch, a jacket on the
shoulder). Every photo was captioned by BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens; then enrich's default questionnaire (a subset of
4 to 8 of its questions per product) was answered by timpal0l/mdeberta-v3-base-squad2 over that caption.
Who wrote what: the caption is the caption adapter's; every answer is a span the QA model extracted from that caption
(or an empty string where it chose "no answer"), so no answer says anything the caption does not. The adapter only
knows the DeepFashion-MultiModal templates: "pure color / floral / graphic / striped / lattice / color block" for
colour, a fabric word in every sentence, "There is an accessory on her wrist", lower garments described even when
the product is a dress. It never learned to stop, so nearly every caption runs to the 50-token limit: cut in the
middle of the next template sentence, or looping the dress / neckline sentences.
Labeling conventions and judgement calls:
- A caption carries one label. When the caption gets the product's garment kind wrong (a dress split into "tank top"
  + "long skirt", a shirt dress called a shirt, a mesh top called a T-shirt, a flat lay given a lady and pants, a
  short-haired model called "the gentleman"), that is its label; otherwise a truncated caption is `cut` and a
  repeating one `loop`. A wrong fabric word inside a caption that is also cut is left to the answer that extracts it.
- One caption ran to the limit and happened to end on a full, true sentence (X1460-045): hit_limit, unmarked.
  The two "gentleman" captions also end on a full stop at the limit; they are marked `pronoun`.
- Colour: the caption has no hue, so "What is the color of the garment?" gets "pure color", "floral", "graphic",
  "denim" or nothing: `non_answer` throughout. Where the span is the pattern of the other garment in the photo
  (the plain trousers / skirt / shorts under a striped or printed top) I marked it `other_garment_color` instead.
- "What is the person wearing?" answered with the other garment the model really wears ("a long leggings", "a short
  skirt", the white tee under a pinafore) is true of the photo and left unmarked, although it misses the product.
- Garment words: "shirt" for a blouse-like woven top (square neck, puff or bell sleeves, A-line embroidered top) and
  "tank top" for a sleeveless top are accepted; "T-shirt" for a peplum or sheer mesh top, "shirt" for a bardot top,
  a tunic or a shirt dress, "tank top" / "long skirt" for a dress, "cardigan" for a shirt are `contradiction`.
- Material: the title's fabric (Linen, Satin, Velvet, Denim, Sheer Mesh) against the extracted fabric is
  `contradiction`; a fabric taken from the trousers / shorts / jacket is `contradiction` too. Where the title names
  no fabric, a plausible fabric word ("chiffon" for a georgette-looking top, "cotton" for a bodycon) is left alone.
- "graphic" for a polka-dot print and "pure color" for white-on-white chikankari are accepted as the template's
  nearest words; "color block" for a solid dress with a white collar contradicts "Solid".
- Invented accessories or garments (a hat, a bracelet on a bare wrist, straps on an off-shoulder top, pants in a flat
  lay) are `unsupported`; jewellery given as "the details of the garment" when it is really there is `non_answer`.
- Extractive spans that are only the question's words back ("patterns") are `restated`; empty spans are
  `non_answer`. No answer hit the 30-token limit (spans are short).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1460 = [
    # Photo: model in a black sleeveless bodycon midi, round neck, silver bangle and a ring, grey backdrop.
    # Caption: epoch-3 caption adapter (runs to 50 tokens, cut); answers: mdeberta-v3-base-squad2 over the caption.
    case(
        "X1460-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. This lady wears a ring. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        Q.details("It has a round neckline"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy dress with small white flowers, short flutter sleeves, V-neck, midi, white backdrop.
    # Caption: caption adapter, loops the fabric / neckline sentences; answers: extractive QA over the caption.
    case(
        "X1460-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is with chiffon fabric. It has a v-shape neckline. The dress is with chiffon "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.pattern("floral"),
        Q.color("floral", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.description("a short-sleeve dress with floral patterns"),
        Q.material("chiffon"),
        gender="Women",
        title="DressBerry Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: maroon long-sleeve collared shirt-style top tucked into blue jeans, white backdrop.
    # Caption: caption adapter, cut; answers: extractive QA (the material span is the jeans').
    case(
        "X1460-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Roadster Women Maroon Solid Shirt Style Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: white ribbed sleeveless crop top, square neck, black high-waist trousers.
    # Caption: caption adapter, cut; answers: extractive QA.
    case(
        "X1460-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a square neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        Q.details("It has a square neckline"),
        Q.description("a sleeveless tank top"),
        gender="Women",
        title="SASSAFRAS Women White Solid Fitted Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: mustard A-line knee dress with a small white floral print, full long sleeves, round neck, a watch,
    # a brown sling bag held as a prop.
    # Caption: caption adapter, starts the template again; answers: extractive QA.
    case(
        "X1460-005",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with floral "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.color("floral", "non_answer"),
        Q.material("chiffon"),
        gender="Women",
        title="Harpa Women Mustard Yellow Printed A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: black peplum top with short puff sleeves, round neck, white jeans.
    # Caption: caption adapter, cut, calls the peplum top a T-shirt; answers: extractive QA.
    case(
        "X1460-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Peplum Top",
        category="Tops",
        color="Black",
    ),
    # Photo: blue-and-white vertical striped shirt dress, long sleeves, collar, self belt, knee length.
    # Caption: caption adapter, calls it a shirt and repeats; answers: extractive QA.
    case(
        "X1460-007",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is a belt on her waist. The lady wears a long-sleeve shirt with striped patterns. "
            "The shirt is",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with striped patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("striped"),
        Q.color("striped", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women Blue Striped Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: olive sleeveless sheath dress, V-neck, gold necklace, a ring and a bracelet, black heels.
    # Caption: caption adapter, cut in the accessory sentences; answers: extractive QA.
    case(
        "X1460-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her neck. This lady wears a ring. There is an accessory on "
            "her",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.color("pure color", "non_answer"),
        Q.details("It has a v-shape neckline"),
        Q.description("a sleeveless dress with pure color patterns"),
        gender="Women",
        title="AND Women Olive Green Solid Sheath Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: short-haired model in a white shirt with black pinstripes, long sleeves, collar, plain black trousers.
    # Caption: caption adapter, "the gentleman", ends on a full stop at the limit; answers: extractive QA.
    case(
        "X1460-009",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with striped patterns"),
        Q.pattern("striped"),
        Q.color("pure color", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women White & Black Striped Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Photo: pink fitted short-sleeve crop top, tee-shaped, round neck, with denim shorts. Feed row has no gender.
    # Caption: caption adapter, cut; answers: extractive QA (the material span is the shorts').
    case(
        "X1460-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        Q.material("denim", "contradiction"),
        Q.color("pure color", "non_answer"),
        title="U&F Women Pink Solid Crop Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: red wrap midi with white polka dots, short sleeves, V-neck, thin bracelet and a ring.
    # Caption: caption adapter, cut; answers: extractive QA.
    case(
        "X1460-011",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. There is a ring on her finger. The lady wears a "
            "short-sleeve",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with graphic patterns"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.color("graphic", "non_answer"),
        Q.garment_type("dress"),
        gender="Women",
        title="Berrylush Women Red Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: lavender smocked off-shoulder bardot top, long sleeves, no straps, white jeans.
    # Caption: caption adapter, calls it a shirt with a "suspenders" neckline, cut; answers: extractive QA.
    case(
        "X1460-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        Q.details("It has a suspenders neckline", "unsupported"),
        gender="Women",
        title="Athena Women Lavender Self-Design Bardot Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: teal tunic with white block print, 3/4 sleeves, mandarin collar, white leggings.
    # Caption: caption adapter, calls the tunic a shirt, cut; answers: extractive QA.
    case(
        "X1460-013",
        caption(
            "Her shirt has medium sleeves, cotton fabric and graphic patterns. It has a standing neckline. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a long leggings"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("medium sleeves"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Global Desi Women Teal Printed Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Photo: back view of a black ribbed long-sleeve bodycon midi, round back neck.
    # Caption: caption adapter, loops; answers: extractive QA.
    case(
        "X1460-014",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has "
            "a round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with "
            "knitting fabric. It",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.material("knitting"),
        Q.sleeve_length("long-sleeve"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        gender="Women",
        title="Trendyol Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: flat lay, no model: peach sleeveless top with a ruffled round neckline on a white surface.
    # Caption: caption adapter, invents a lady and her denim pants; answers: extractive QA.
    case(
        "X1460-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.material("chiffon"),
        Q.sleeve_length("sleeveless"),
        Q.details("denim fabric and pure color patterns", "unsupported"),
        Q.description("a sleeveless tank top"),
        gender="Women",
        title="StyleStone Women Peach Solid Ruffled Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: white maxi with pink and green flowers, spaghetti tie straps, square neck; straw hat held in hand.
    # Caption: caption adapter, splits the dress into a tank top and a long skirt; answers: extractive QA.
    case(
        "X1460-016",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It has "
            "a suspenders neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral "
            "patterns. This lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless tank top with floral patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        Q.color("floral", "non_answer"),
        Q.details("It has a suspenders neckline"),
        gender="Women",
        title="Sera Women Multicoloured Floral Print Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: blue denim pinafore dress, knee length, over a white short-sleeve tee.
    # Caption: caption adapter, sees a tee and a denim skirt, no dress; answers: extractive QA.
    case(
        "X1460-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.material("cotton", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        gender="Women",
        title="ONLY Women Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: emerald satin wrap top, long balloon sleeves, V-neck, black crepe trousers.
    # Caption: caption adapter in its "upper clothing" template, chiffon for satin, leather trousers, cut;
    # answers: extractive QA.
    case(
        "X1460-018",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a v-shape neckline. "
            "The lower clothing is of long length. The fabric is leather and it has pure color patterns. There is "
            "an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.details("It has a v-shape neckline"),
        Q.pattern("pure color"),
        gender="Women",
        title="Tokyo Talkies Women Green Satin Wrap Top",
        category="Tops",
        color="Green",
    ),
    # Photo: rust sleeveless button-front A-line mini, round neck, gold hoop earrings, bare wrists.
    # Caption: caption adapter, loops on a wrist accessory that is not there; answers: extractive QA.
    case(
        "X1460-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.details("There is an accessory on her wrist", "unsupported"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Harpa Women Rust Orange Solid A-Line Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: grey melange short-sleeve round-neck tee, black jeans, white backdrop.
    # Caption: caption adapter, cut; answers: extractive QA.
    case(
        "X1460-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        Q.details("The T-shirt is with cotton fabric"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: black-and-white gingham long-sleeve shirt-style top with collar, white trousers.
    # Caption: caption adapter, cut; answers: extractive QA.
    case(
        "X1460-021",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        Q.color("lattice", "non_answer"),
        Q.garment_type("shirt"),
        Q.wearing("a long-sleeve shirt with lattice patterns"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="FabAlley Women Black & White Checked Shirt Style Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink floral tiered maxi dress, short puff sleeves, V-neck. Feed row has no colour.
    # Caption: caption adapter, describes the tiers as a second garment, a long skirt; answers: extractive QA.
    case(
        "X1460-022",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.description("a long skirt", "contradiction"),
        gender="Women",
        title="DressBerry Women Pink Floral Print Tiered Maxi Dress",
        category="Dresses",
    ),
    # Photo: white linen shirt, long sleeves rolled to the elbow, tucked into beige trousers.
    # Caption: caption adapter, cut; answers: extractive QA.
    case(
        "X1460-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("pure color"),
        Q.wearing("a long-sleeve shirt with pure color patterns"),
        gender="Women",
        title="Vero Moda Women White Solid Linen Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: maroon long-sleeve wrap midi, V-neck, tie belt at the waist.
    # Caption: caption adapter, starts over; answers: extractive QA.
    case(
        "X1460-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is a belt on her waist. The lady wears a long-sleeve dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.sleeve_length("long-sleeve"),
        Q.details("There is a belt on her waist"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: black sheer mesh long-sleeve top over a black bralette, black faux-leather mini skirt.
    # Caption: caption adapter, calls the mesh top a cotton T-shirt, cut; answers: extractive QA.
    case(
        "X1460-025",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. This lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="SASSAFRAS Women Black Sheer Mesh Top",
        category="Tops",
        color="Black",
    ),
    # Photo: yellow woven top with a small floral print, short puff sleeves, square neck, blue jeans.
    # Caption: caption adapter, cut; answers: extractive QA.
    case(
        "X1460-026",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "square neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.pattern("floral"),
        Q.color("floral", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.details("It has a square neckline"),
        Q.material("chiffon"),
        gender="Women",
        title="Harpa Women Yellow Floral Print Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: navy short-sleeve fit-and-flare mini with a white Peter Pan collar; a watch and a ring; the model holds a
    # coffee cup.
    # Caption: caption adapter, "color block" for the collar, cut; answers: extractive QA.
    case(
        "X1460-027",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with cotton fabric. It has "
            "a lapel neckline. There is an accessory on her wrist. There is a ring on her finger. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with color block patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.pattern("color block", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Solid Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: olive long-sleeve utility shirt with flap pockets, worn open over a white tank top, black jeans.
    # Caption: caption adapter, sees the tank and calls the shirt a cardigan, cut; answers: extractive QA.
    case(
        "X1460-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long-sleeve cardigan. The cardigan is with cotton fabric and "
            "pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top", "contradiction"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("cotton"),
        Q.pattern("pure color"),
        gender="Women",
        title="Roadster Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: coral short-sleeve sheath dress, round neck, a bracelet and a ring, clutch in hand.
    # Caption: caption adapter, loops the ring sentence; answers: extractive QA.
    case(
        "X1460-029",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. This lady wears a ring. This lady wears a ring. "
            "This lady wears",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        Q.description("a short-sleeve dress with pure color patterns"),
        gender="Women",
        title="AND Women Coral Solid Sheath Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: white cotton A-line top with white chikankari embroidery, 3/4 sleeves, round neck, blue jeans.
    # Caption: caption adapter, cut; answers: extractive QA (nothing found for the details).
    case(
        "X1460-030",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        Q.wearing("a medium-sleeve shirt with pure color patterns"),
        Q.details("", "non_answer"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Sangria Women White Embroidered A-Line Top",
        category="Tops",
        color="White",
    ),
    # Photo: black sleeveless top with red flowers, ruffle hem, V-neck, white denim shorts.
    # Caption: caption adapter, cut; answers: extractive QA (colour and details taken from the shorts).
    case(
        "X1460-031",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It has "
            "a v-shape neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless tank top with floral patterns"),
        Q.pattern("floral"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        Q.color("pure color", "other_garment_color"),
        Q.details("denim fabric and pure color patterns", "contradiction"),
        gender="Women",
        title="Berrylush Women Black Floral Print Ruffled Top",
        category="Tops",
        color="Black",
    ),
    # Photo: blue ribbed bodycon midi with spaghetti straps, a denim jacket over one shoulder, white sneakers.
    # Feed row has no category.
    # Caption: caption adapter, the jacket as a denim "cardigan", cut; answers: extractive QA.
    case(
        "X1460-032",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitting fabric. It has a "
            "suspenders neckline. This lady wears a cardigan. The cardigan is with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with pure color patterns"),
        Q.material("denim", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        Q.details("It has a suspenders neckline"),
        gender="Women",
        title="SASSAFRAS Women Blue Solid Ribbed Bodycon Dress",
        color="Blue",
    ),
    # Photo: short-haired model in a cream ribbed long-sleeve turtleneck top tucked into brown trousers.
    # Caption: caption adapter, "the gentleman", ends on a full stop at the limit; answers: extractive QA.
    case(
        "X1460-033",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a standing neckline. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.material("knitting"),
        Q.sleeve_length("long-sleeve"),
        Q.details("It has a standing neckline"),
        Q.wearing("a long-sleeve sweater with pure color patterns"),
        gender="Women",
        title="Vero Moda Women Cream Solid Ribbed Top",
        category="Tops",
        color="Cream",
    ),
    # Photo: mustard tiered maxi with an ethnic block print, long sleeves, V-neck.
    # Caption: caption adapter, loops; answers: extractive QA.
    case(
        "X1460-034",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton "
            "fabric. It has a v",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with graphic patterns"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.color("graphic", "non_answer"),
        Q.garment_type("dress"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Global Desi Women Mustard Printed Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: back view, black boxy drop-shoulder short-sleeve tee with blue denim shorts.
    # Caption: caption adapter, cut; answers: extractive QA (no span found for the details).
    case(
        "X1460-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        Q.details("", "non_answer"),
        gender="Women",
        title="HERE&NOW Women Black Solid Boxy T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: white mini with small blue flowers, flutter sleeves, smocked bodice, square neck; a watch and a ring,
    # no hat.
    # Caption: caption adapter, invents a hat before the cut; answers: extractive QA.
    case(
        "X1460-036",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. There is an accessory on her wrist. There is a ring on her finger. This lady wears a "
            "hat. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.details("This lady wears a hat", "unsupported"),
        Q.garment_type("dress"),
        gender="Women",
        title="Tokyo Talkies Women White Floral Print Smocked Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: blue washed denim shirt, long sleeves, collar, tucked into black jeans.
    # Caption: caption adapter, cut; answers: extractive QA.
    case(
        "X1460-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("pure color"),
        Q.color("denim", "non_answer"),
        Q.wearing("a long-sleeve shirt with pure color patterns"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: burgundy velvet long-sleeve bodycon mini, square neck, gold bracelet and a ring.
    # Caption: caption adapter, "furry" for velvet, cut; answers: extractive QA.
    case(
        "X1460-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "square neckline. There is an accessory on her wrist. This lady wears a ring. The lady wears a "
            "long-sleeve",
            "cut",
            hit_limit=True,
        ),
        Q.material("furry", "contradiction"),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("dress"),
        Q.details("It has a square neckline"),
        gender="Women",
        title="Athena Women Burgundy Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: teal satin cami with thin straps, V-neck, white jeans.
    # Caption: caption adapter, cut; answers: extractive QA (the pattern answer is one word of the span).
    case(
        "X1460-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        Q.color("pure color", "non_answer"),
        Q.wearing("a sleeveless tank top with pure color patterns"),
        Q.pattern("patterns", "restated"),
        gender="Women",
        title="Mast & Harbour Women Teal Blue Solid Cami Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: black sleeveless halter maxi dress with a side slit, silver clutch. Feed row has no gender.
    # Caption: caption adapter, a tank top and a long skirt; answers: extractive QA.
    case(
        "X1460-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.wearing("a long skirt", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        title="Sera Women Black Solid Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy-and-white Breton-striped long-sleeve top, boat neck, plain red mini skirt.
    # Caption: caption adapter, cut; answers: extractive QA (colour span taken from the skirt).
    case(
        "X1460-041",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("long-sleeve"),
        Q.color("pure color", "other_garment_color"),
        Q.wearing("a short skirt"),
        gender="Women",
        title="FabAlley Women Navy Blue Striped Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: lavender crop top, big short puff sleeves, sweetheart neckline, high-waist jeans.
    # Caption: caption adapter, cut; answers: extractive QA.
    case(
        "X1460-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("shirt"),
        Q.description("a short-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        Q.details("It has a v-shape neckline"),
        gender="Women",
        title="DressBerry Women Lavender Solid Puff Sleeve Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: green wrap midi with white daisies, long sleeves, V-neck, a bangle; three-quarter back view.
    # Caption: caption adapter, starts the template again; answers: extractive QA.
    case(
        "X1460-043",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with floral "
            "patterns. There is",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        Q.color("floral", "non_answer"),
        Q.garment_type("dress"),
        gender="Women",
        title="Trendyol Women Green Floral Print Wrap Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: red woven top with 3/4 bell sleeves, round neck, black jeans.
    # Caption: caption adapter, cut; answers: extractive QA (the sleeve answer is the "long" of "long pants").
    case(
        "X1460-044",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long", "contradiction"),
        Q.garment_type("shirt"),
        Q.pattern("pure color"),
        Q.material("chiffon"),
        Q.wearing("a medium-sleeve shirt with pure color patterns"),
        gender="Women",
        title="KASSUALLY Women Red Solid Bell Sleeve Top",
        category="Tops",
        color="Red",
    ),
    # Photo: off-white sleeveless tiered midi with a small black graphic print, round neck; a bangle, a ring and a
    # pendant necklace.
    # Caption: caption adapter, ran to the limit but happened to end on a full, true sentence; answers: extractive QA.
    case(
        "X1460-045",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. This lady wears a ring. There is an accessory on "
            "her neck.",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with graphic patterns"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        Q.color("graphic", "non_answer"),
        Q.details("There is an accessory on her neck", "non_answer"),
        gender="Women",
        title="Harpa Women Off-White Printed Tiered Dress",
        category="Dresses",
        color="Off White",
    ),
]
