"""BLIND_1292 (45 products; Myntra dresses and tops, epoch-3 caption adapter + extractive QA): written blind in the
sixty-third session. Measured blind at 5ce7a6b (the session's first rules): 101/117 failures found (86.3%) and 8/157
correct texts flagged (5.1%). The writer's notes, verbatim:

Scenario: a Myntra women's feed of dresses and tops (article types Dresses, Tops, Tshirts, Shirts), main catalog
image per product: a model on a plain backdrop wearing the product with other clothes (jeans, trousers, a skirt,
leggings, now and then a denim or leather jacket over a dress), one flat lay, two back views, a few props (a hat, a
clutch, a stool, a straw bag). Catalog columns as the feed has them: title, category (Myntra article type), color
(Myntra base colour), gender; one or another left out on a few rows.
Who wrote what: every caption is BLIP-2 OPT-2.7b with leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3), greedy,
50 new tokens. Every answer is timpal0l/mdeberta-v3-base-squad2 run over that caption alone (no image), so each
answer is a span of the caption or empty (squad2 no-answer). The caption adapter speaks the DeepFashion-MultiModal
template: sleeve length, "pure color / floral / graphic / striped / lattice / color block / other patterns", a fabric
from its short list (cotton, denim, chiffon, knitting, leather, other), a neckline, accessories; it almost never
names a hue, so the QA model has nothing to give for the color question. It has no "top" noun: a woven top becomes
"shirt", a knit one "T-shirt", "tank top" or "sweater", and a shirt dress becomes a shirt plus "lower clothing". It
was trained without an end token, so every caption ran to the 50-token limit: most are cut mid-sentence, some loop
on the last template sentence, and a few ended cleanly because the model went on emitting padding.
Labeling conventions and judgement calls: hit_limit=True on every caption (all ran to 50 tokens), never on an answer
(extractive spans do not generate). A caption gets one label: a loop, a wrong pronoun, an invented accessory or
garment, or one pattern given to two garments is labeled as that even though the caption is also cut; otherwise a
caption ending mid-sentence is "cut"; the three captions that end on a full stop with correct content are unmarked.
Color answers that give no hue ("pure color", "floral patterns", "striped", "color block", empty) are non_answer;
a hue that belongs to another garment in the shot is other_garment_color. "shirt", "sweater" or a jacket given as
the garment type of a top or dress is a contradiction with the title/category; "T-shirt" and "tank top" for a knit
tee-like top or a cami are accepted. Material "cotton" is accepted unless the title names another fabric
(contradiction) or the photo plainly shows a technical/synthetic fabric the caption could not see (unsupported); a
material taken from another garment (denim jacket, leather shoes/jacket) is a contradiction; "other" as a material
or pattern is a non_answer. Sleeve length answers describe the product, so a jacket's sleeves given for a
sleeveless dress are a contradiction. A details/describe answer that only names the garment is restated; one that is
the truncated tail of the caption is cut; one that reports an accessory the photo lacks is unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, describe, details, is_a, wearing

BLIND_1292 = [
    # Photo: model in a black sleeveless knee-length bodycon dress, round neck, nude heels, grey backdrop.
    # Caption: epoch-3 caption adapter (cut at 50 tokens). Answers: extractive QA over the caption.
    case(
        "X1292-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium short length. This lady wears a pair of shoes. The shoes are",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy and white horizontal-striped short-sleeve round-neck top tucked into blue jeans, white sneakers.
    # Caption: caption adapter, cut. Answers: extractive QA (the color question found no span).
    case(
        "X1292-002",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns and a long trousers"),
        Q.garment_type("T-shirt"),
        Q.color("", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Roadster Women Navy Blue & White Striped Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: red fit-and-flare midi dress with small white and yellow flowers, short puff sleeves, V-neck, a watch,
    # white sling bag on the shoulder. Caption: caption adapter, cut. Answers: extractive QA.
    case(
        "X1292-003",
        caption(
            "This woman wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of three-quarter length. There is an accessory on her wrist. This "
            "woman wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        describe("dress", "a short-sleeve dress with floral patterns"),
        gender="Women",
        title="Athena Women Red Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: black long-sleeve wrap top, V-neck, tie at the waist, with white wide-leg trousers.
    # Caption: caption adapter, loops on the trousers sentence until the limit. Answers: extractive QA.
    case(
        "X1292-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric. The trousers are with cotton fabric. The trousers are with cotton fabric. The trousers are with "
            "cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("pure color"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Wrap Top",
        category="Tops",
        color="Black",
    ),
    # Photo: maroon sleeveless square-neck A-line knee dress worn under an open light-blue denim jacket, white
    # sneakers. Caption: caption adapter describes the jacket first, cut. Answers: extractive QA pick the jacket.
    case(
        "X1292-005",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric and "
            "its neckline is lapel. The lady wears a sleeveless dress. The dress is with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("denim jacket", "contradiction"),
        Q.color("denim", "other_garment_color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim", "contradiction"),
        Q.pattern("pure color"),
        gender="Women",
        title="HERE&NOW Women Maroon Solid A-Line Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: teal short-sleeve round-neck tee, black leggings, training shoes, grey backdrop.
    # Caption: caption adapter, cut. Answers: extractive QA.
    case(
        "X1292-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long leggings"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Teal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: black wrap midi dress with white polka dots, three-quarter sleeves, V-neck, black block heels.
    # Caption: caption adapter, repeats the shoes sentence. Answers: extractive QA.
    case(
        "X1292-007",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of three-quarter length. The lady wears a pair of shoes. The lady "
            "wears a pair of shoes. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.pattern("graphic", "contradiction"),
        Q.color("", "non_answer"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Black & White Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: white long-sleeve collared button-down shirt, sleeves rolled, tucked into black trousers, black belt.
    # Caption: caption adapter; ended on a full stop, then padding to the limit. Answers: extractive QA.
    case(
        "X1292-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "This lady wears a belt.",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        details("shirt", "its neckline is lapel"),
        gender="Women",
        title="Mast & Harbour Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: mustard collared button-front shirt dress, short roll-up sleeves, self-tie belt, knee length.
    # Caption: caption adapter splits it into a shirt and "lower clothing", cut. Answers: extractive QA.
    case(
        "X1292-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a belt. The lower clothing is of medium short length. The lower "
            "clothing is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="SASSAFRAS Women Mustard Yellow Solid Shirt Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: pink sleeveless round-neck peplum top with a textured self-design, white jeans.
    # Caption: caption adapter, cut. Answers: extractive QA.
    case(
        "X1292-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        describe("top", "a sleeveless tank top with pure color patterns"),
        gender="Women",
        title="DressBerry Women Pink Self Design Peplum Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: navy maxi dress with a small white floral print, long sleeves, tie neck; no hat, no headwear.
    # Caption: caption adapter invents a hat, cut. Answers: extractive QA (details picks the hat).
    case(
        "X1292-011",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. The lady wears a hat. The hat is with cotton fabric "
            "and pure color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.color("", "non_answer"),
        Q.material("chiffon"),
        details("dress", "The lady wears a hat", "unsupported"),
        gender="Women",
        title="Vero Moda Women Navy Blue Printed Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: grey melange short-sleeve tee with a large black brand-logo print, black cotton shorts.
    # Caption: caption adapter, cut. Answers: extractive QA.
    case(
        "X1292-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a three-point shorts"),
        Q.garment_type("T-shirt"),
        Q.pattern("graphic"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Puma Women Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: olive green sheath dress, cap sleeves, round neck, knee length; thin gold bracelet, black clutch.
    # Caption: caption adapter, cut. Answers: extractive QA. (Feed row without the color column.)
    case(
        "X1292-013",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium short length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="AND Women Olive Green Solid Sheath Dress",
        category="Dresses",
    ),
    # Photo: off-white lace top with scalloped hem, three-quarter sleeves, round neck, blue jeans.
    # Caption: caption adapter ("other" fabric and pattern for lace), cut. Answers: extractive QA.
    case(
        "X1292-014",
        caption(
            "The lady wears a medium-sleeve shirt with other patterns and a long trousers. The shirt is with other "
            "fabric and its neckline is round. The trousers are with denim fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.material("other", "non_answer"),
        Q.pattern("other patterns", "non_answer"),
        Q.sleeve_length("medium-sleeve"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Harpa Women Off-White Lace Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: teal sleeveless A-line knee dress with a white geometric print, tan belt, a watch.
    # Caption: caption adapter, cut. Answers: extractive QA.
    case(
        "X1292-015",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears a belt. The dress is of medium short length. There is an accessory on "
            "her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.material("chiffon"),
        Q.color("", "non_answer"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a sleeveless dress with graphic patterns"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="Sera Women Teal Blue Printed A-Line Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: red and black buffalo-check long-sleeve shirt worn open over a black tee, black jeans; the model has a
    # short crop. Caption: caption adapter calls her a gentleman, cut. Answers: extractive QA.
    case(
        "X1292-016",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The gentleman "
            "wears",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns and a long pants"),
        Q.pattern("lattice"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("shirt"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: black satin slip dress, spaghetti straps, midi; sunglasses, a bangle.
    # Caption: caption adapter, cut. Answers: extractive QA (material contradicts the title's satin).
    case(
        "X1292-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is suspenders. The dress is of long length. There is an accessory on her wrist. The lady wears "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        details("dress", "its neckline is suspenders"),
        gender="Women",
        title="KASSUALLY Women Black Satin Slip Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: white off-shoulder (Bardot) top with tonal broderie embroidery, short flared sleeves, denim shorts.
    # Caption: caption adapter (wrong neckline), cut. Answers: extractive QA.
    case(
        "X1292-018",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "cotton fabric and its neckline is v-shape. The shorts are with denim fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("pure color"),
        Q.color("", "non_answer"),
        Q.material("cotton"),
        details("top", "its neckline is v-shape", "contradiction"),
        gender="Women",
        title="ONLY Women White Embroidered Bardot Top",
        category="Tops",
        color="White",
    ),
    # Photo: rust smocked fit-and-flare mini dress, short puff sleeves, square neck; a small ring.
    # Caption: caption adapter; ended on a full stop, then padding to the limit. Answers: extractive QA.
    case(
        "X1292-019",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of three-point length. This lady wears a ring on her finger.",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        details("dress", "its neckline is square"),
        gender="Women",
        title="Tokyo Talkies Women Rust Orange Solid Smocked Fit and Flare Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: beige linen-blend short-sleeve button-front shirt-style top, white trousers.
    # Caption: caption adapter, cut. Answers: extractive QA (cotton against the title's linen).
    case(
        "X1292-020",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long trousers"),
        Q.material("cotton", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Mango Women Beige Linen Blend Shirt Style Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: lavender tiered maxi dress, sleeveless with ruffled straps, V-neck, flat sandals.
    # Caption: caption adapter, loops on the length sentence. Answers: extractive QA.
    case(
        "X1292-021",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. The dress is of long length. The dress is of long "
            "length. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        Q.color("", "non_answer"),
        describe("dress", "a sleeveless dress with pure color patterns"),
        gender="Women",
        title="Athena Women Lavender Solid Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: black ribbed long-sleeve square-neck crop top, high-waist beige trousers.
    # Caption: caption adapter calls it a sweater, cut. Answers: extractive QA.
    case(
        "X1292-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is square. The pants are with cotton fabric and pure color patterns. "
            "The upper clothing",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.material("knitting"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Berrylush Women Black Ribbed Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo (back view): peach lace-overlay sheath dress, short sleeves, concealed back zip, tan leather heels.
    # Caption: caption adapter, cut. Answers: extractive QA (material taken from the shoes).
    case(
        "X1292-023",
        caption(
            "The lady wears a short-sleeve dress with other patterns. The dress is with other fabric. The dress is of "
            "medium short length. The lady wears a pair of shoes. The shoes are with leather fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.material("leather", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Harpa Women Peach-Coloured Lace Sheath Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: white short-sleeve tee with a small chest logo, tucked into a black pleated knee skirt.
    # Caption: caption adapter (one of the few that names a hue), cut. Answers: extractive QA.
    case(
        "X1292-024",
        caption(
            "The lady wears a short-sleeve white T-shirt with pure color patterns and a medium short skirt. The "
            "T-shirt is with cotton fabric and its neckline is round. The skirt is with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve white T-shirt with pure color patterns and a medium short skirt", who="she"),
        Q.material("cotton"),
        Q.garment_type("T-shirt"),
        Q.pattern("pure color"),
        Q.color("white"),
        gender="Women",
        title="Tommy Hilfiger Women White Brand Logo Print Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: green A-line midi dress with pink flowers, three-quarter sleeves, tie neck; straw bag; no glasses.
    # Caption: caption adapter invents glasses, cut. Answers: extractive QA.
    case(
        "X1292-025",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of three-quarter length. The lady wears a pair of glasses. The glasses "
            "are",
            "unsupported",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.material("cotton"),
        Q.sleeve_length("medium-sleeve"),
        Q.garment_type("dress"),
        Q.color("floral patterns", "non_answer"),
        wearing("a medium-sleeve dress with floral patterns"),
        gender="Women",
        title="Global Desi Women Green & Pink Floral Print A-Line Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: yellow satin sleeveless cowl-neck cami top, black trousers.
    # Caption: caption adapter, cut. Answers: extractive QA (chiffon against the title's satin).
    case(
        "X1292-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "chiffon fabric and its neckline is v-shape. The trousers are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "contradiction"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        describe("top", "tank top", "restated"),
        gender="Women",
        title="StyleStone Women Yellow Satin Cowl Neck Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: mid-blue denim shirt dress, long sleeves rolled, belted, above the knee.
    # Caption: caption adapter splits it into a shirt and "lower clothing", cut. Answers: extractive QA.
    case(
        "X1292-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears a belt. The lower clothing is of medium short length. The lower "
            "clothing is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.material("denim"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo (flat lay): maroon round-neck top with flutter short sleeves and a pleated yoke, laid on white; no person.
    # Caption: caption adapter invents a lady and trousers, cut. Answers: extractive QA.
    case(
        "X1292-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.material("chiffon"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        Q.color("", "non_answer"),
        gender="Women",
        title="AND Women Maroon Solid Top with Pleated Detail",
        category="Tops",
        color="Maroon",
    ),
    # Photo: coral ruched long-sleeve round-neck bodycon mini dress; the model sits on a white stool.
    # Caption: caption adapter, cut. Answers: extractive QA.
    case(
        "X1292-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of three-point length. The lady sits on a chair. The lady wears a pair "
            "of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        describe("dress", "a long-sleeve dress with pure color patterns"),
        gender="Women",
        title="Rare Women Coral Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: light blue and white vertical-stripe long-sleeve formal shirt, grey trousers, a watch.
    # Caption: caption adapter, cut. Answers: extractive QA (details takes the cut tail). Row without the color column.
    case(
        "X1292-030",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns and a long trousers"),
        Q.pattern("striped"),
        Q.material("cotton"),
        Q.garment_type("shirt"),
        Q.color("striped", "non_answer"),
        details("shirt", "There is an accessory on her", "cut"),
        gender="Women",
        title="Van Heusen Woman Blue Striped Formal Shirt",
        category="Shirts",
    ),
    # Photo: black sleeveless bodycon mini dress covered in gold sequins, round neck, bracelet.
    # Caption: caption adapter, loops on the wrist accessory. Answers: extractive QA.
    case(
        "X1292-031",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with other fabric and its neckline "
            "is round. The dress is of three-point length. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.material("other", "non_answer"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.color("", "non_answer"),
        gender="Women",
        title="DressBerry Women Black & Gold-Toned Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: white oversized tee with a black cartoon graphic, blue denim shorts; the model has a short bob.
    # Caption: caption adapter, "his"/"this man" template, cut. Answers: extractive QA.
    case(
        "X1292-032",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The shorts "
            "this man wears is of three-point length. The shorts are with denim fabric and pure color patterns. This",
            "pronoun",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Kook N Keech Women White Printed Boxy T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: mustard calf-length A-line dress with a blue ethnic block print, three-quarter sleeves, mandarin collar.
    # Caption: caption adapter, cut. Answers: extractive QA.
    case(
        "X1292-033",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is standing. The dress is of three-quarter length. The lady wears a pair of shoes. The lady "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.sleeve_length("medium-sleeve"),
        details("dress", "its neckline is standing"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Anouk Women Mustard & Blue Ethnic Printed A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: lime green square-neck top with short puff sleeves, white jeans.
    # Caption: caption adapter names the jeans' hue only, cut. Answers: extractive QA (color from the jeans).
    case(
        "X1292-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long white trousers. The shirt is "
            "with cotton fabric and its neckline is square. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.pattern("pure color"),
        gender="Women",
        title="SASSAFRAS Women Lime Green Puff Sleeve Top",
        category="Tops",
        color="Green",
    ),
    # Photo: white cotton broderie-anglaise tiered midi dress, sleeveless, V-neck; the model wears a straw hat.
    # Caption: caption adapter, cut. Answers: extractive QA.
    case(
        "X1292-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of three-quarter length. The lady wears a hat. The hat is with other",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Chemistry Women White Broderie Anglaise Tiered Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: black Dri-FIT training tee (visibly technical, smooth mesh-panel fabric), small swoosh, grey leggings.
    # Caption: caption adapter, cut. Answers: extractive QA.
    case(
        "X1292-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        gender="Women",
        title="Nike Women Black Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: navy shift dress, three-quarter sleeves, round neck, knee length, black pumps.
    # Caption: caption adapter, cut. Answers: extractive QA. Row without the gender column.
    case(
        "X1292-037",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium short length. The lady wears a pair of shoes. This lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("medium-sleeve"),
        Q.pattern("pure color"),
        Q.color("", "non_answer"),
        Q.material("cotton"),
        title="Ginger by Lifestyle Women Navy Blue Solid Shift Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black sheer mesh long-sleeve top over a black bralette, black faux-leather mini skirt.
    # Caption: caption adapter, cut. Answers: extractive QA.
    case(
        "X1292-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a medium short skirt. The shirt is with "
            "chiffon fabric and its neckline is round. The skirt is with leather fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="FabAlley Women Black Sheer Mesh Top",
        category="Tops",
        color="Black",
    ),
    # Photo: multicoloured tie-dye maxi dress (pink, blue, yellow swirls), short sleeves, round neck, a bracelet.
    # Caption: caption adapter, cut. Answers: extractive QA.
    case(
        "X1292-039",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        Q.color("color block", "non_answer"),
        Q.garment_type("dress"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Athena Women Multicoloured Tie-Dye Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: white cropped collared shirt, short sleeves, knotted at the hem showing the midriff, high-waist blue
    # mom jeans. Caption: caption adapter, cut. Answers: extractive QA.
    case(
        "X1292-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The upper clothing does not cover the navel. The trousers are "
            "with denim fabric",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.material("cotton"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        details("shirt", "The upper clothing does not cover the navel"),
        gender="Women",
        title="Tokyo Talkies Women White Solid Crop Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: red sleeveless fit-and-flare dress under an open black leather biker jacket, black ankle boots.
    # Caption: caption adapter describes the jacket (with its hue) first, cut. Answers: extractive QA.
    case(
        "X1292-041",
        caption(
            "The lady wears a long-sleeve black jacket with pure color patterns. The jacket is with leather fabric "
            "and its neckline is lapel. The lady wears a dress. The dress is with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.pattern("pure color"),
        describe("dress", "cotton fabric and pure color patterns"),
        gender="Women",
        title="Mast & Harbour Women Red Solid Fit & Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: navy and white Breton-stripe long-sleeve boat-neck top, plain white trousers.
    # Caption: caption adapter gives the stripes to the trousers too, cut. Answers: extractive QA.
    case(
        "X1292-042",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and striped patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("long-sleeve"),
        Q.color("", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue & White Striped Breton Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: navy wrap midi dress with a white and pink floral print, short sleeves, V-neck, a ring.
    # Caption: caption adapter; ended on a full stop, then padding to the limit. Answers: extractive QA.
    case(
        "X1292-043",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of three-quarter length. This lady wears a ring on her finger.",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        Q.color("floral", "non_answer"),
        is_a("dress", "dress", "restated"),
        gender="Women",
        title="Pluss Women Plus Size Navy Blue Floral Print Wrap Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: red ribbed sleeveless tank top, round neck, blue jeans.
    # Caption: caption adapter, names the hue this time, cut. Answers: extractive QA.
    case(
        "X1292-044",
        caption(
            "The lady wears a sleeveless red tank top with pure color patterns and a long trousers. The tank top is "
            "with cotton fabric and its neckline is round. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        wearing("a sleeveless red tank top with pure color patterns and a long trousers"),
        gender="Women",
        title="Roadster Women Red Solid Tank Top",
        category="Tops",
        color="Red",
    ),
    # Photo (back view): black sleeveless maxi dress with a cut-out back and a tie, strappy sandals.
    # Caption: caption adapter, loops on the shoes. Answers: extractive QA (details found no span).
    case(
        "X1292-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of long length. The lady wears a pair of shoes. The lady wears a pair of shoes. The lady wears a pair",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        details("dress", "", "non_answer"),
        gender="Women",
        title="Harpa Women Black Solid Maxi Dress",
        category="Dresses",
        color="Black",
    ),
]
