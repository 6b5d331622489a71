"""BLIND_1316 (45 products; Myntra dresses and tops, caption + extractive QA): written blind in the sixty-third session.
Measured blind at d294d42 (the session's third rules): 120/152 failures found (78.9%) and 12/173 correct texts
flagged (6.9%). The writer's notes, verbatim:

Scenario: a Myntra women's dresses and tops feed (article types Dresses, Tops, Tshirts, Shirts, Tunics; Myntra base
colours; titles as Myntra writes them). Catalog photos: a model on a plain backdrop wearing the product with jeans,
trousers, shorts or sneakers, now and then a flat lay, a back view, a layered outfit or a prop. Every photo was
captioned by BLIP-2 OPT-2.7b with the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy,
50 new tokens; then each question was answered by timpal0l/mdeberta-v3-base-squad2 as an extractive span of that
caption (an empty string when the null answer won). The feed went through in two batches with two questionnaires:
X1316-001..024 asked wearing, garment type, color, pattern, sleeve length and material; X1316-025..045 asked garment
type, color, pattern, sleeve length, "Describe the garment.", "What are the details of the garment?" and, for the
dresses, "Is this a dress?".
Who wrote what: every caption is the caption adapter's; every answer is the QA model's span over that caption, so an
answer can only say what the caption said. The adapter writes the DeepFashion-MultiModal template: pattern words in
place of colors ("pure color", "floral", "striped", "lattice", "graphic", "color block"), fabric from its small set
(cotton, chiffon, denim, knitted), invented wrist accessories and rings, and it never stops: every caption ran to the
50-token limit (hit_limit=True on all of them), most cut mid-sentence, a few looping. It has no word for a dress: it
writes a dress as "upper clothing"/"lower clothing" or as a tank top, shirt or T-shirt with a skirt.
Labeling conventions and judgement calls: one label per text, judged by the photo I imagined and the title. A color
answer that is a pattern word, a fabric or empty is non_answer (the caption has no hue at all), except where the span
is the pattern of the jeans or pants under a printed top, which I labeled other_garment_color. "upper clothing" or an
empty string for the garment type, the outfit or "Is this a dress?" is non_answer. A dress given as a tank top,
shirt, T-shirt or skirt is contradiction (the title and the category say Dress), in the caption and in the answers.
A caption that both runs out mid-sentence and misstates the product itself (garment kind, fabric the title names,
neckline the title names, pronoun, invented person) gets that content label rather than cut; a caption that is only
cut, or cut after an invented bracelet, is cut; a caption that reached the limit exactly at the end of a sentence and
says nothing false is left unmarked (hit_limit=True still). A claim that only the photo disproves (a ring nobody
wears, pants that are a skirt, a bracelet on a flat lay) is unsupported; one the title or another text contradicts is
contradiction, including sleeves or pattern taken from another garment in the outfit and "denim" as the material of a
top. Accepted as correct: "shirt" for a woven blouse or peplum top, "T-shirt" for a knit or smocked top, "sweater"
for a ribbed long-sleeve knit top, "pure color" for self-design, melange, tonal stripes, eyelet and black lace,
"floral" for small ethnic buttis, "graphic" for a geometric print, "chiffon" for georgette or crepe, "cotton" where the
photo cannot tell, "short-sleeve" for puff, cap or flutter sleeves and "medium-sleeve" for three-quarter sleeves.
"""

from tests.audit_corpus import BLIND_QUESTIONS, DEFAULT_QUESTIONS, caption, case, is_a, wearing

Q = BLIND_QUESTIONS
describe = DEFAULT_QUESTIONS.description
details = DEFAULT_QUESTIONS.details

BLIND_1316 = [
    # Photo: model in a black sleeveless knee-length fit-and-flare dress, round neck, white sneakers, grey backdrop, no
    # jewellery. Caption: caption adapter (tank top + skirt for the dress, cut); answers: mdeberta over the caption.
    case(
        "X1316-001",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The skirt "
            "this lady wears is of medium short length. The skirt is with cotton fabric and pure color patterns. There "
            "is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model in a red wrap top with a small white floral print, V neck, short flutter sleeves, tucked into blue
    # jeans, gold hoops, white backdrop. Caption: caption adapter (cut); answers: mdeberta; the color span is the
    # jeans' "pure color".
    case(
        "X1316-002",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="SASSAFRAS Women Red Floral Print Wrap Top",
        category="Tops",
        color="Red",
    ),
    # Photo: model in a mustard sleeveless round-neck top and black trousers, beige backdrop. Caption: caption adapter
    # (cut); answers: mdeberta.
    case(
        "X1316-003",
        caption(
            "This woman is wearing a sleeveless tank shirt with pure color patterns and a long trousers. The tank "
            "shirt is with cotton fabric. It has a round neckline. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank shirt with pure color patterns and a long trousers"),
        Q.garment_type("tank shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: model in a pink ribbed-knit bodycon dress, long sleeves, square neck, above the knee, nude heels. Caption:
    # caption adapter (upper/lower clothing, cut); answers: mdeberta.
    case(
        "X1316-004",
        caption(
            "The upper clothing has long sleeves, knitted fabric and pure color patterns. The neckline of it is "
            "square. The lower clothing is of medium short length. The fabric is knitted and it has pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        gender="Women",
        title="DressBerry Women Pink Self-Design Bodycon Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: model in a navy midi A-line dress with white polka dots, short puff sleeves, V neck, tan sandals, a straw
    # bag in hand. Caption: caption adapter (shirt + skirt, dots read as pure color, cut); answers: mdeberta.
    case(
        "X1316-005",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Navy Blue Printed A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: model in a white shirt with thin blue vertical stripes, collar, long sleeves, tucked into light blue
    # jeans. Caption: caption adapter (cut); answers: mdeberta.
    case(
        "X1316-006",
        caption(
            "This woman is wearing a long-sleeve shirt with striped patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with denim fabric and pure color patterns. This "
            "woman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns and a long trousers"),
        Q.garment_type("shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women White Striped Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Photo: short-haired woman in a maroon peplum top, three-quarter sleeves, round neck, black jeans, white backdrop.
    # Caption: caption adapter ("The gentleman"); answers: mdeberta.
    case(
        "X1316-007",
        caption(
            "The gentleman wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Harpa Women Maroon Solid Peplum Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: model in a black sleeveless sheath dress covered in sequins, knee length, a silver clutch in hand, studio.
    # Caption: caption adapter (cotton for sequins, cut); answers: mdeberta.
    case(
        "X1316-008",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of medium short length. The fabric is cotton and it has pure color patterns. There "
            "is an accessory in",
            "unsupported",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Athena Women Black Sequinned Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model in an olive collared shirt dress, long sleeves rolled up, belted, knee length, white sneakers.
    # Caption: caption adapter (shirt + skirt, cut); answers: mdeberta.
    case(
        "X1316-009",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns and a medium short skirt. The shirt is "
            "with cotton fabric. It has a lapel neckline. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a medium short skirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: model in a blue-and-white gingham top, short sleeves, square neck, white trousers. Caption: caption
    # adapter (reached the limit at a full stop); answers: mdeberta.
    case(
        "X1316-010",
        caption(
            "The lady wears a short-sleeve T-shirt with lattice patterns. The T-shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with lattice patterns"),
        Q.garment_type("T-shirt"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women Blue Checked Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: model in a black tee with a white text print, short sleeves, denim shorts, plain wall. The feed row has
    # no base colour. Caption: caption adapter (cut); answers: mdeberta.
    case(
        "X1316-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="ONLY Women Black Printed Round Neck T-shirt",
        category="Tshirts",
    ),
    # Photo: model in a green strappy maxi dress with pink and white flowers, V neck, flat sandals, bare wrists.
    # Caption: caption adapter (ends at a full stop; the wrist accessory is invented); answers: mdeberta.
    case(
        "X1316-012",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and floral patterns. The neckline of it is V-shape. The "
            "lower clothing is of long length. The fabric is chiffon and it has floral patterns. There is an accessory "
            "on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("an accessory on her wrist", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("no sleeves"),
        Q.material("chiffon"),
        gender="Women",
        title="Sera Women Green Floral Printed Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: model in an off-white ribbed fitted top, long sleeves, high neck, black trousers. Caption: caption adapter
    # (cut); answers: mdeberta.
    case(
        "X1316-013",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The "
            "neckline of it is standing. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Women",
        title="Trendyol Women Off-White Ribbed Fitted Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: model in a teal hip-length tunic with small white block-printed buttis, three-quarter sleeves, mandarin
    # collar, white leggings. Caption: caption adapter (cut); answers: mdeberta.
    case(
        "X1316-014",
        caption(
            "This woman is wearing a medium-sleeve shirt with floral patterns and a long leggings. The shirt is with "
            "cotton fabric. The neckline of it is standing. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns and a long leggings"),
        Q.garment_type("shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Teal Printed Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Photo: model in a black satin cowl-neck camisole top tucked into white wide-leg trousers, a silver bracelet.
    # Caption: caption adapter (cotton where the title says satin; ends at a full stop); answers: mdeberta.
    case(
        "X1316-015",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this lady wears is of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank top"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Black Satin Cowl Neck Top",
        category="Tops",
        color="Black",
    ),
    # Photo: flat lay, no model: a grey melange short-sleeve round-neck tee on white. Caption: caption adapter (invents
    # a lady and her denim pants); answers: mdeberta; the material span is the invented pants' denim.
    case(
        "X1316-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model in a peach top with short ruffle sleeves, round neck, white jeans. Caption: caption adapter (cut);
    # answers: mdeberta (null answer for the color).
    case(
        "X1316-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="DressBerry Women Peach-Coloured Solid Ruffled Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: model in a lavender knee-length A-line dress with tonal self stripes, short sleeves, round neck, white
    # sneakers. Caption: caption adapter (cut); answers: mdeberta; the sleeve span is the skirt's length.
    case(
        "X1316-018",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of medium short length. The fabric is cotton and it has pure color patterns. The "
            "fabric is cotton and",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium short length", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Chemistry Women Lavender Self-Striped A-Line Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: model in a white cropped tee with a small black graphic, short sleeves, high-waisted blue mom jeans.
    # Caption: caption adapter (loops on the pants); answers: mdeberta; the color span is the jeans' fabric.
    case(
        "X1316-019",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric. The pants are with denim "
            "fabric. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("denim", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women White Printed Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: model in a rust midi dress with white buttis, three-quarter sleeves, tie-up V neck, juttis, oxidised
    # bangles. Caption: caption adapter (shirt + skirt, cut); answers: mdeberta.
    case(
        "X1316-020",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. There "
            "is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Global Desi Women Rust Printed A-Line Midi Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: three-quarter view of a model in a navy wrap midi dress, long sleeves, V neck, black boots, no rings. The
    # feed row has no gender. Caption: caption adapter (cut); answers: mdeberta (null answer for the outfit).
    case(
        "X1316-021",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "V-shape. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. "
            "This person wears a ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon"),
        title="Vero Moda Women Navy Blue Solid Wrap Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: model in a white eyelet-embroidered blouse, short puff sleeves, square neck, light blue jeans, a straw sun
    # hat on her head. Caption: caption adapter (reached the limit at a full stop); answers: mdeberta.
    case(
        "X1316-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a square neckline. The pants are with denim fabric and pure color patterns. This lady "
            "wears a hat.",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="H&M Women White Cotton Broderie Anglaise Blouse",
        category="Tops",
        color="White",
    ),
    # Photo: model in a pink polo T-shirt, short sleeves, white shorts, white sneakers. Caption: caption adapter
    # (reached the limit at a full stop); answers: mdeberta.
    case(
        "X1316-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="U.S. Polo Assn. Women Pink Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: model in a light-blue denim shirt, long sleeves, collar, buttoned and tucked into black jeans. Caption:
    # caption adapter (cut); answers: mdeberta.
    case(
        "X1316-024",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "denim fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Women",
        title="Mast & Harbour Women Blue Denim Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Second batch, second questionnaire.
    # Photo: model in a black-and-white horizontally striped bodycon mini dress, short sleeves, round neck, white
    # sneakers. Caption: caption adapter (T-shirt + skirt, cut); answers: mdeberta.
    case(
        "X1316-025",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and striped "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        describe("a short-sleeve T-shirt with striped patterns", "contradiction"),
        details("round neckline"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Berrylush Women Black & White Striped Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model in a coral top with short puff sleeves and a square neck, tucked into white pants, a thin gold
    # watch. Caption: caption adapter (ends at a full stop, the wrist accessory is real); answers: mdeberta.
    case(
        "X1316-026",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "square. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There "
            "is an accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        describe("short sleeves, cotton fabric and pure color patterns"),
        details("square"),
        gender="Women",
        title="SASSAFRAS Women Coral Solid Puff Sleeve Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: model in a maroon velvet bodycon dress, long sleeves, square neck, above the knee, black heels, bare
    # wrists. Caption: caption adapter (cotton where the title says velvet, cut); answers: mdeberta.
    case(
        "X1316-027",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is square. "
            "The lower clothing is of medium short length. The fabric is cotton and it has pure color patterns. There "
            "is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        describe("long sleeves, cotton fabric and pure color patterns", "contradiction"),
        details("an accessory on", "cut"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Athena Women Maroon Velvet Bodycon Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: model in a black top with small yellow flowers, three-quarter sleeves, V neck, blue jeans. Caption:
    # caption adapter (cut); answers: mdeberta; color and details spans come from the jeans.
    case(
        "X1316-028",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        describe("a medium-sleeve shirt with floral patterns"),
        details("denim fabric and pure color patterns", "contradiction"),
        gender="Women",
        title="Harpa Women Black Floral Print Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a short yellow sleeveless fit-and-flare dress with white daisies, round neck, white sneakers,
    # sunglasses in hand. Caption: caption adapter (tank top + skirt, then loops on the skirt); answers: mdeberta.
    case(
        "X1316-029",
        caption(
            "Her tank top has no sleeves, chiffon fabric and floral patterns. It has a round neckline. The skirt this "
            "lady wears is of medium short length. The skirt is with chiffon fabric and floral patterns. The skirt is "
            "with chiffon fabric and floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("no sleeves"),
        describe("chiffon fabric and floral patterns"),
        details("round neckline"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Tokyo Talkies Women Yellow Floral Print Fit & Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: model in an olive utility shirt with two chest pockets, long sleeves rolled up, worn open over a white
    # tank top, black jeans. Caption: caption adapter (leads with the inner tank, the shirt as outer clothing, cut);
    # answers: mdeberta, which takes the tank for the product.
    case(
        "X1316-030",
        caption(
            "This woman is wearing a sleeveless tank shirt with pure color patterns and a long pants. The tank shirt "
            "is with cotton fabric. It has a round neckline. This woman also wears an outer clothing, with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("a sleeveless tank shirt with pure color patterns", "contradiction"),
        details("an outer clothing, with cotton fabric and pure color"),
        gender="Women",
        title="Roadster Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model in a blue-and-white tie-dye maxi dress, short sleeves, round neck, flat slippers. Caption: caption
    # adapter (tie-dye read as color block, cut); answers: mdeberta.
    case(
        "X1316-031",
        caption(
            "The upper clothing has short sleeves, cotton fabric and color block patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is cotton and it has color block patterns. There "
            "is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("", "non_answer"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block", "contradiction"),
        Q.sleeve_length("short sleeves"),
        describe("long length"),
        details("round"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Sera Women Blue Tie-Dye Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: back view of a model in a red long-sleeve wrap top (the V neck not visible), black trousers. Caption:
    # caption adapter (round neckline where the title says V-neck, cut); answers: mdeberta.
    case(
        "X1316-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        describe("a long-sleeve shirt with pure color patterns"),
        details("round neckline", "contradiction"),
        gender="Women",
        title="Vero Moda Women Red Solid V-Neck Wrap Top",
        category="Tops",
        color="Red",
    ),
    # Photo: model in an oversized white tee with a large cartoon print, elbow-length drop-shoulder sleeves, black
    # bike shorts. Caption: caption adapter (cut); answers: mdeberta (null answer for the details).
    case(
        "X1316-033",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        describe("a short-sleeve T-shirt with graphic patterns"),
        details("", "non_answer"),
        gender="Women",
        title="Kook N Keech Women White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model in a mustard maxi dress with a white floral print, long sleeves, V neck with tassels, kolhapuris,
    # bangles. The feed row has no gender. Caption: caption adapter (shirt + skirt, cut); answers: mdeberta.
    case(
        "X1316-034",
        caption(
            "This woman is wearing a long-sleeve shirt with floral patterns and a long skirt. The shirt is with cotton "
            "fabric. It has a V-shape neckline. The skirt is with cotton fabric and floral patterns. There is an "
            "accessory on her wrist. This",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        describe("a long-sleeve shirt with floral patterns and a long skirt", "contradiction"),
        details("V-shape neckline"),
        is_a("dress", "a long skirt", "contradiction"),
        title="Libas Women Mustard Yellow Floral Printed Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: model in an oversized beige linen shirt, long sleeves, collar, white trousers, a watch. Caption: caption
    # adapter (cut); answers: mdeberta.
    case(
        "X1316-035",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        describe("long sleeves, cotton fabric and pure color patterns"),
        details("lapel neckline"),
        gender="Women",
        title="MANGO Women Beige Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: model in a black lace knee-length sheath dress, cap sleeves, round neck, pumps, stud earrings, no rings.
    # Caption: caption adapter (ends at a full stop with an invented ring); answers: mdeberta.
    case(
        "X1316-036",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of medium short length. The fabric is chiffon and it has pure color "
            "patterns. This lady wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        describe("short sleeves, chiffon fabric and pure color patterns", "contradiction"),
        details("a ring", "unsupported"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="AND Women Black Lace Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model in a green ribbed sleeveless crop top, square neck, beige cargo pants, a bracelet on the hand on her
    # hip. Caption: caption adapter (ends at a full stop, all true); answers: mdeberta.
    case(
        "X1316-037",
        caption(
            "Her tank top has no sleeves, knitted fabric and pure color patterns. It has a square neckline. The pants "
            "this lady wears is of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        describe("knitted fabric and pure color patterns"),
        details("square neckline"),
        gender="Women",
        title="Tokyo Talkies Women Green Solid Ribbed Crop Top",
        category="Tops",
        color="Green",
    ),
    # Photo: model in a lavender smocked off-shoulder top, short puff sleeves, a mid-thigh denim skirt. Caption:
    # caption adapter (long pants where she wears a skirt, cut); answers: mdeberta.
    case(
        "X1316-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns. There is an accessory "
            "on her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        describe("a short-sleeve T-shirt with pure color patterns"),
        details("a long pants", "unsupported"),
        gender="Women",
        title="Style Quotient Women Lavender Solid Smocked Off-Shoulder Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: model in a multicoloured geometric-print wrap midi dress (orange, navy, white), short flutter sleeves, V
    # neck, tan heels. Caption: caption adapter (cut); answers: mdeberta.
    case(
        "X1316-039",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and graphic patterns. The neckline of it is V-shape. "
            "The lower clothing is of long length. The fabric is chiffon and it has graphic patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        describe("short sleeves, chiffon fabric and graphic patterns"),
        details("V-shape"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Berrylush Women Multicoloured Geometric Print Wrap Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: model in a black ribbed tank top (the product) under an open red plaid flannel shirt, grey jeans. Caption:
    # caption adapter (describes the overshirt, cut); answers: mdeberta, all about the overshirt.
    case(
        "X1316-040",
        caption(
            "This lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        describe("a long-sleeve shirt with lattice patterns", "contradiction"),
        details("lapel neckline", "contradiction"),
        gender="Women",
        title="ONLY Women Black Solid Ribbed Tank Top",
        category="Tops",
        color="Black",
    ),
    # Photo: back view of a model in a red sleeveless halter maxi dress, open back, gold necklace, flat sandals. The
    # feed row has no article type. Caption: caption adapter (loops on the length); answers: mdeberta.
    case(
        "X1316-041",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The lower clothing is of long length. The lower "
            "clothing is of long length. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        describe("chiffon fabric and pure color patterns"),
        details("long length. The lower clothing is of long length", "loop"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="DressBerry Women Red Solid Halter Neck Maxi Dress",
        color="Red",
    ),
    # Photo: model in a navy-and-white Breton-striped top, long sleeves, boat neck, white jeans. Caption: caption
    # adapter (reached the limit at a full stop); answers: mdeberta.
    case(
        "X1316-042",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        describe("a long-sleeve T-shirt with striped patterns"),
        details("round neckline"),
        gender="Women",
        title="HERE&NOW Women Navy Blue & White Striped Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: model in a pink satin slip dress, spaghetti straps, midi, white sneakers. Caption: caption adapter (tank
    # top + skirt, chiffon, cut); answers: mdeberta.
    case(
        "X1316-043",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. The "
            "skirt this lady wears is of long length. The skirt is with chiffon fabric and pure color patterns. There "
            "is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        describe("chiffon fabric and pure color patterns", "contradiction"),
        details("suspenders neckline"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="SASSAFRAS Women Pink Satin Slip Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: woman with cropped hair in a maroon tee with a small white floral graphic on the chest, short sleeves,
    # black joggers. Caption: caption adapter ("The man"); answers: mdeberta (null answer for the details).
    case(
        "X1316-044",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        describe("a short-sleeve T-shirt with graphic patterns"),
        details("", "non_answer"),
        gender="Women",
        title="Roadster Women Maroon Printed Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: product shot, no model: an emerald green tiered maxi dress on a hanger, long puff sleeves, square neck.
    # Caption: caption adapter (ends at a full stop; a wrist accessory with nobody in the photo); answers: mdeberta.
    case(
        "X1316-045",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "square. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. There "
            "is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        describe("long sleeves, chiffon fabric and pure color patterns"),
        details("an accessory on her wrist", "unsupported"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Athena Women Green Tiered Maxi Dress",
        category="Dresses",
        color="Green",
    ),
]
