"""BLIND_1443 (45 products; Myntra women's party and evening wear): written blind in the sixty-fifth session. Measured
blind at 0c250e6 (the session's first rules): 81/90 failures found (90.0%) and 26/189 correct texts flagged (13.8%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and sheath dresses, satin slip and wrap
dresses, net and tulle gowns, velvet, crop tops sold alone and worn with a skirt or trousers that are not the product,
co-ord sets, a shrug, a blazer, a blazer dress, a jumpsuit, sequinned skirts and trousers. The photos are the usual
catalog shots: a model on a plain backdrop, a few with a clutch in hand, two back views, two flat lays. Columns as
the feed has them: title, category (Myntra article type), color (Myntra base colour), gender; a few rows lack one.
Who wrote what: every caption is from the epoch-2 caption adapter (DeepFashion-MultiModal template: "upper/lower
clothing", fabric and "pure color patterns", never a hue), greedy, 50 new tokens; with no end token trained most of
them run to the limit and stop mid-sentence, a few loop on "The lady wears a ring.", a few stop on their own. Every
answer is from the VQA adapter (In-shop style answers: short, lowercase, "jacket/coat", "romper/jumpsuit"), greedy,
30 new tokens; the short questions mostly come back clean, the open ones (wearing, details, describe) run on, loop,
or echo the "Question: ... Answer:" format.
Labeling conventions and judgement calls: one label per text. A caption that hit the limit and ends mid-sentence is
`cut` unless something earlier in it is wrong (an invented belt, hat or ring, a "gentleman", a dress called a tank
shirt and a skirt, a lower garment in a flat lay): then that error is the label and hit_limit stays True. One
caption hit the limit on a full stop with everything true: unmarked, hit_limit=True. The template's fabrics are
judged loosely: "other" for sequins, "chiffon" for georgette or organza, "furry" for velvet, "cotton" for matte
jersey pass; "chiffon" where the title says satin is a `contradiction`; "cotton" on a sequinned or net piece never
occurs here. "The lady wears ..." on a flat lay passes, but the ring and wrist accessory it invents there do not.
Near hues pass (burgundy/wine as red or maroon, teal as green or blue, champagne as gold, rose gold as pink, silver
as grey); navy called black and peach called orange do not (`contradiction`). A color answer that gives the skirt,
trousers, clutch or dress worn with the product is `other_garment_color`; a garment type or material taken from the
other garment, and a sleeve length answered from the top for a skirt, are `contradiction`. A blazer dress called a
jacket, a co-ord called a dress or jumpsuit, a crop top "covering the navel": `contradiction`. In-shop class names
as answers ("tee/tank" for a corset top, "romper/jumpsuit") pass when the class fits. "the skirt is short" for the
skirt's details is a `non_answer`, "it is a top" for "Describe the top." is `restated`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1443 = [
    # Photo: model front on grey, black sleeveless square-neck sequinned bodycon mini, black heels, a ring and a
    # bracelet. Caption: epoch-2 caption adapter (cut at 50 tokens). Answers: VQA adapter, all right.
    case(
        "X1443-001",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a square neckline. The "
            "lower clothing is of short length. The fabric is other and it has pure color patterns. The lady wears "
            "a ring. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sequin dress"),
        BQ.color("black"),
        BQ.sleeve_length("sleeveless"),
        details("dress", "sequins"),
        is_a("dress", "yes"),
        gender="Women",
        title="Athena Women Black Embellished Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: silver sequin maxi with spaghetti straps and a thigh slit, white backdrop, silver heels; nothing visible
    # at the back. Caption: caption adapter, calls the dress a tank shirt and a long skirt. Answers: VQA adapter; the
    # details answer runs on to the limit.
    case(
        "X1443-002",
        caption(
            "This lady is wearing a tank tank shirt with pure color patterns. The tank shirt is with other fabric "
            "and its neckline is suspenders. The lady wears a long skirt with other fabric and pure color patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a silver dress"),
        BQ.color("silver"),
        BQ.garment_type("dress"),
        details(
            "dress",
            "the dress has a slit on the side and thin straps and the dress is fitted at the waist and the slit is "
            "on the side and the",
            "cut",
            hit_limit=True,
        ),
        BQ.material("sequin"),
        gender="Women",
        title="SASSAFRAS Women Silver-Toned Embellished Sheath Maxi Dress",
        category="Dresses",
        color="Silver",
    ),
    # Photo: maroon satin wrap midi, long sleeves, V-neck, tie belt; she holds a gold clutch and wears a bracelet.
    # Caption: caption adapter (cut). Answers: VQA adapter; the garment color comes from the clutch.
    case(
        "X1443-003",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a V-shape neckline. "
            "The lower clothing is of medium length. The fabric is other and it has pure color patterns. There is an "
            "accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon dress"),
        BQ.color("gold", "other_garment_color"),
        BQ.sleeve_length("long"),
        BQ.pattern("solid"),
        is_a("wrap dress", "yes"),
        details("dress", "the dress has a belt at the waist"),
        gender="Women",
        title="Tokyo Talkies Women Maroon Satin Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: pink sequinned strappy crop top and matching pink sequinned mini skirt, white backdrop, no belt.
    # Caption: caption adapter, invents a belt before the cut. Answers: VQA adapter; the set is typed as a dress.
    case(
        "X1443-004",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of short length. The fabric is other and it has pure color patterns. This lady "
            "wears a belt. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a pink top and skirt"),
        BQ.garment_type("dress", "contradiction"),
        BQ.color("pink"),
        is_a("co-ord set", "yes"),
        details("top", "the top has thin straps and a sequin embellishment"),
        gender="Women",
        title="Berrylush Women Pink Embellished Crop Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: navy sequinned fit-and-flare mini with short puff sleeves and a round neck; under the studio light the
    # navy reads almost black. Caption: caption adapter, stopped on its own, right. Answers: VQA adapter; both color
    # answers say black.
    case(
        "X1443-005",
        caption(
            "The upper clothing has short sleeves, other fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of short length. The fabric is other and it has pure color patterns."
        ),
        wearing("a black dress", "contradiction"),
        BQ.color("black", "contradiction"),
        BQ.sleeve_length("short"),
        BQ.pattern("solid"),
        describe("dress", "it is a dress", "restated"),
        gender="Women",
        title="StyleStone Women Navy Blue Embellished Fit & Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: gold sequinned one-shoulder bodycon mini, a ring on her right hand. Caption: caption adapter, loops on
    # the ring sentence. Answers: VQA adapter; the wearing answer loops.
    case(
        "X1443-006",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The lower clothing is of short "
            "length. The fabric is other and it has pure color patterns. The lady wears a ring. The lady wears a "
            "ring. The lady wears a ring. The",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a gold dress and a gold dress and a gold dress and a gold dress and a gold dress and a",
            "loop",
            hit_limit=True,
        ),
        BQ.color("gold"),
        BQ.sleeve_length("sleeveless"),
        is_a("one shoulder dress", "yes"),
        details("dress", "one shoulder"),
        gender="Women",
        title="Sera Women Gold-Toned Sequinned One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Gold",
    ),
    # Photo: burgundy net gown, sheer full sleeves, round neck, sequin floral embroidery on the bodice, layered net
    # skirt to the floor; no hat. Caption: caption adapter, invents a hat. Answers: VQA adapter; details cut.
    case(
        "X1443-007",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has pure color patterns. This lady wears "
            "a hat. There is an",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a red gown"),
        BQ.color("maroon"),
        BQ.sleeve_length("long"),
        BQ.material("net"),
        details(
            "gown",
            "the gown has sheer sleeves with sequin work on the bodice and a layered net skirt that flows to the "
            "floor and the sleeves have a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Label Ritu Kumar Women Burgundy Embellished Net Maxi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: silver sequinned halter crop top (the product) worn with black high-waist trousers and black heels, a
    # ring. Caption: caption adapter (cut). Answers: VQA adapter; the garment color is the trousers'.
    case(
        "X1443-008",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady "
            "wears a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a silver top and black pants"),
        color_of("top", "silver"),
        BQ.color("black", "other_garment_color"),
        BQ.sleeve_length("sleeveless"),
        is_a("crop top", "yes"),
        details("top", "halter neck"),
        gender="Women",
        title="Tokyo Talkies Women Silver-Toned Sequinned Halter Crop Top",
        category="Tops",
        color="Silver",
    ),
    # Photo: red matte-jersey off-shoulder bodycon, long sleeves, knee length, a ring. Caption: caption adapter,
    # stopped on its own, right. Answers: VQA adapter; sleeve length wrong.
    case(
        "X1443-009",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "medium length. The fabric is cotton and it has pure color patterns. The lady wears a ring."
        ),
        wearing("a red off the shoulder dress"),
        BQ.color("red"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        details("dress", "off shoulder"),
        is_a("dress", "yes"),
        gender="Women",
        title="Miss Chase Women Red Solid Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: black sheer sequin-dotted long-sleeve shrug (the product) over a red sleeveless midi dress. Caption:
    # caption adapter (cut). Answers: VQA adapter; color and type come from the dress under it.
    case(
        "X1443-010",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The lower clothing is of "
            "medium length. The fabric is chiffon and it has pure color patterns. This lady also wears an outer "
            "clothing, with chiffon fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a red dress and a black jacket"),
        BQ.color("red", "other_garment_color"),
        BQ.garment_type("dress", "contradiction"),
        BQ.sleeve_length("long"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Harpa Women Black Embellished Sheer Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: emerald green satin cowl-neck slip midi with spaghetti straps, beige backdrop, a bracelet. Caption:
    # caption adapter, says chiffon for the titled satin. Answers: VQA adapter; "silk" is not what the satin is.
    case(
        "X1443-011",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. "
            "There is an accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green dress"),
        BQ.color("green"),
        BQ.material("silk", "unsupported"),
        BQ.pattern("solid"),
        details("dress", "cowl neck and thin straps"),
        gender="Women",
        title="Vero Moda Women Green Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: black sequinned mini skirt (the product) with a white satin long-sleeve shirt tucked in, a ring.
    # Caption: caption adapter (cut). Answers: VQA adapter; the shirt leaks into color and type.
    case(
        "X1443-012",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a lapel neckline. "
            "The lower clothing is of short length. The fabric is other and it has pure color patterns. The lady "
            "wears a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a black skirt"),
        color_of("skirt", "black"),
        BQ.color("white", "other_garment_color"),
        BQ.garment_type("shirt", "contradiction"),
        details("skirt", "the skirt is short", "non_answer"),
        is_a("skirt", "yes"),
        gender="Women",
        title="KASSUALLY Women Black Sequinned Bodycon Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: blush pink tulle tiered maxi with flutter short sleeves and a V-neck. Feed row has no color. Caption:
    # caption adapter, stopped on its own, right. Answers: VQA adapter; details loops.
    case(
        "X1443-013",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. It has a V-shape "
            "neckline. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns."
        ),
        wearing("a pink dress"),
        BQ.color("pink"),
        BQ.sleeve_length("short"),
        details(
            "dress",
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles "
            "ruffles ruffles",
            "loop",
            hit_limit=True,
        ),
        is_a("gown", "yes"),
        gender="Women",
        title="AND Women Pink Tiered Tulle Maxi Dress",
        category="Dresses",
    ),
    # Photo: rose-gold sequinned double-breasted blazer dress, long sleeves, lapels, mini, a ring; long-haired woman.
    # Caption: caption adapter, "gentleman". Answers: VQA adapter; the dress is read as a jacket.
    case(
        "X1443-014",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of short length. The fabric is other and it has pure color patterns. This gentleman "
            "wears a ring. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a pink jacket", "contradiction"),
        BQ.color("pink"),
        BQ.garment_type("jacket/coat", "contradiction"),
        is_a("dress", "yes"),
        BQ.sleeve_length("long"),
        gender="Women",
        title="DressBerry Women Rose Gold-Toned Embellished Blazer Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # Photo: teal velvet bodycon midi, long sleeves, square neck, a ring. Caption: caption adapter (cut; "furry" for
    # velvet is the template's word). Answers: VQA adapter; details runs to the limit.
    case(
        "X1443-015",
        caption(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. It has a square neckline. "
            "The lower clothing is of medium length. The fabric is furry and it has pure color patterns. The lady "
            "wears a ring. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a green dress"),
        BQ.color("blue"),
        BQ.material("velvet"),
        BQ.sleeve_length("long"),
        details(
            "dress",
            "the dress has a square neckline and long sleeves and it is fitted at the waist and it is fitted at the "
            "hips and it is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Qurvii Women Teal Blue Velvet Square Neck Bodycon Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: white sweetheart corset crop top with spaghetti straps (the product) and a black leather mini skirt.
    # Caption: caption adapter (cut). Answers: VQA adapter; color and material come from the skirt.
    case(
        "X1443-016",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of short length. The fabric is leather and it has pure color "
            "patterns. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and a black leather skirt"),
        color_of("top", "white"),
        BQ.color("black", "other_garment_color"),
        BQ.garment_type("tee/tank"),
        details("top", "corset"),
        BQ.material("leather", "contradiction"),
        gender="Women",
        title="URBANIC Women White Sweetheart Neck Corset Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: champagne sequinned maxi, cap sleeves, V-neck, a ring and a bracelet. Caption: caption adapter (cut).
    # Answers: VQA adapter; the wearing answer echoes the prompt format.
    case(
        "X1443-017",
        caption(
            "The upper clothing has short sleeves, other fabric and pure color patterns. It has a V-shape neckline. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns. The lady "
            "wears a ring. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a gold dress Question: What is the person wearing? Answer: a gold dress Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        BQ.color("gold"),
        BQ.pattern("sequin"),
        BQ.sleeve_length("short"),
        details("dress", "sequins"),
        gender="Women",
        title="FOREVER NEW Women Beige Embellished Sequinned Maxi Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: flat lay on white: lavender strapless tulle fit-and-flare mini with an embellished sweetheart bodice.
    # Caption: caption adapter, invents a ring and a wrist accessory. Answers: VQA adapter; details cut.
    case(
        "X1443-018",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The lower clothing is of "
            "short length. The fabric is chiffon and it has pure color patterns. The lady wears a ring. There is an "
            "accessory on her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a purple dress"),
        BQ.color("purple"),
        BQ.sleeve_length("sleeveless"),
        details(
            "dress",
            "the dress has a sweetheart neckline and a tulle skirt and the bodice is embellished with sequins and "
            "beads and the skirt is",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Women",
        title="Athena Women Lavender Embellished Tulle Fit & Flare Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: black lace sheath maxi, sheer lace long sleeves, high neck, a ring and a bracelet. Caption: caption
    # adapter (cut). Answers: VQA adapter, all right.
    case(
        "X1443-019",
        caption(
            "The upper clothing has long sleeves, other fabric and lattice patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is other and it has lattice patterns. The lady wears "
            "a ring. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a black lace dress"),
        BQ.color("black"),
        BQ.pattern("lace"),
        BQ.material("lace"),
        details("dress", "lace sleeves and a high neck"),
        BQ.sleeve_length("long"),
        gender="Women",
        title="Trendyol Women Black Self Design Lace Sheath Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: back view: red sequinned bardot crop top with long sleeves and a plain elasticated back, black flared
    # trousers, a ring. Caption: caption adapter, stopped on its own, right. Answers: VQA adapter; "he", and a
    # zipper that the back view shows is not there.
    case(
        "X1443-020",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is cotton and it has pure color patterns. The lady wears a ring."
        ),
        wearing("he is wearing a red top and black pants", "pronoun"),
        color_of("top", "red"),
        BQ.sleeve_length("long"),
        details("top", "the top has a zipper on the back", "unsupported"),
        is_a("crop top", "yes"),
        gender="Women",
        title="Antheaa Women Red Sequinned Bardot Crop Top",
        category="Tops",
        color="Red",
    ),
    # Photo: black sleeveless wide-leg jumpsuit with a gold sequinned neckline and a self belt, a bangle. Caption:
    # caption adapter (cut). Answers: VQA adapter; details loops on "gold".
    case(
        "X1443-021",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is chiffon and it has pure color patterns. This lady wears a belt. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("romper/jumpsuit"),
        BQ.color("black"),
        BQ.garment_type("jumpsuit"),
        is_a("jumpsuit", "yes"),
        details(
            "jumpsuit",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Lulu & Sky Women Black Embellished Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: olive satin sleeveless cowl-neck top (the product) tucked into black jeans. Caption: caption adapter,
    # stopped on its own, right. Answers: VQA adapter; the garment color is the jeans'.
    case(
        "X1443-022",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is denim and it has pure color patterns."
        ),
        wearing("a green top and jeans"),
        color_of("top", "green"),
        BQ.color("black", "other_garment_color"),
        BQ.sleeve_length("sleeveless"),
        describe("top", "it is a top", "restated"),
        BQ.material("satin"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Satin Cowl Neck Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: royal blue sequinned shift mini, three-quarter sleeves, round neck, a ring. Caption: caption adapter
    # (cut as it starts the ring sentence again). Answers: VQA adapter; the color answer loops and is kept raw.
    case(
        "X1443-023",
        caption(
            "The upper clothing has medium sleeves, other fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of short length. The fabric is other and it has pure color patterns. The "
            "lady wears a ring. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        BQ.color(
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("three-quarter"),
        details("dress", "sequin"),
        is_a("dress", "yes"),
        gender="Women",
        title="Globus Women Blue Sequinned Shift Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: black jersey halter maxi with a side cut-out, a ring and a bangle. Caption: caption adapter (cut).
    # Answers: VQA adapter; the wearing answer loops.
    case(
        "X1443-024",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns. The lady wears a ring. There is an "
            "accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a black dress with a cut out on the side and a black dress with a cut out on the side and a black",
            "loop",
            hit_limit=True,
        ),
        BQ.color("black"),
        details("dress", "cutout"),
        BQ.pattern("solid"),
        BQ.material("cotton"),
        gender="Women",
        title="Kazo Women Black Solid Cut-Out Halter Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: gold metallic pleated midi skirt (the product) with a black long-sleeve round-neck bodysuit, a ring.
    # Caption: caption adapter (cut). Answers: VQA adapter; color and sleeve length come from the bodysuit.
    case(
        "X1443-025",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is other and it has striped patterns. The lady "
            "wears a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and a gold skirt"),
        color_of("skirt", "gold"),
        BQ.color("black", "other_garment_color"),
        BQ.pattern("pleated"),
        BQ.sleeve_length("long", "contradiction"),
        is_a("skirt", "yes"),
        gender="Women",
        title="RARE Women Gold-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Photo: black ruched bodycon mini, long puff sleeves, round neck, a ring. Feed row has no gender. Caption:
    # caption adapter, stopped on its own. Answers: VQA adapter. All right.
    case(
        "X1443-026",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The "
            "lady wears a ring."
        ),
        wearing("a black dress"),
        BQ.color("black"),
        BQ.sleeve_length("long"),
        details("dress", "puff sleeves"),
        is_a("dress", "yes"),
        title="Tokyo Talkies Women Black Ruched Bodycon Dress with Puff Sleeves",
        category="Dresses",
        color="Black",
    ),
    # Photo: black layered tulle maxi skirt (the product) with a white short-sleeve graphic crop tee, a ring.
    # Caption: caption adapter (cut). Answers: VQA adapter; the type is the tee's.
    case(
        "X1443-027",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. The lady "
            "wears a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and a black skirt"),
        color_of("skirt", "black"),
        BQ.garment_type("graphic tee", "contradiction"),
        BQ.material("tulle"),
        details("skirt", "layers"),
        is_a("skirt", "yes"),
        gender="Women",
        title="SASSAFRAS Women Black Tulle Layered Flared Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: silver sequinned sleeveless sheath mini with a fringed hem, silver clutch, silver heels, a bracelet, no
    # belt. Caption: caption adapter, invents a belt. Answers: VQA adapter, all right.
    case(
        "X1443-028",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The lower clothing is of short "
            "length. The fabric is other and it has pure color patterns. This lady wears a belt. There is an "
            "accessory on her wrist. The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a silver dress"),
        BQ.color("silver"),
        details("dress", "fringe"),
        BQ.sleeve_length("sleeveless"),
        gender="Women",
        title="Zink London Women Silver-Toned Sequinned Sheath Dress with Fringe",
        category="Dresses",
        color="Silver",
    ),
    # Photo: black sequinned V-neck cami and black wide palazzos (a set), worn as an outfit, a ring and a bracelet.
    # Caption: caption adapter (cut). Answers: VQA adapter; the all-black set is read as a jumpsuit, details cut.
    case(
        "X1443-029",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has pure color patterns. The lady wears "
            "a ring. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and black pants"),
        BQ.color("black"),
        BQ.garment_type("romper/jumpsuit", "contradiction"),
        is_a("top", "yes"),
        details(
            "top",
            "the top has thin straps and a v neckline with sequins all over and the pants are wide and flowy and the "
            "top is tucked into the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Berrylush Women Black Sequinned Top with Palazzos",
        category="Clothing Set",
        color="Black",
    ),
    # Photo: ivory strapless sweetheart net gown, pearl and sequin embroidery on the bodice, full skirt to the floor,
    # no train, a ring and a bracelet. Caption: caption adapter (cut). Answers: VQA adapter; the train is invented.
    case(
        "X1443-030",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and floral patterns. The lower clothing is of long "
            "length. The fabric is chiffon and it has pure color patterns. The lady wears a ring. There is an "
            "accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a white gown"),
        BQ.color("white"),
        BQ.sleeve_length("sleeveless"),
        is_a("gown", "yes"),
        details("gown", "the gown has a sweetheart neckline and pearls on the bodice and a long train", "unsupported"),
        BQ.material("net"),
        gender="Women",
        title="Label Ritu Kumar Women Ivory Embellished Net Gown",
        category="Dresses",
        color="Off White",
    ),
    # Photo: black corset-style mini, sheer mesh long sleeves, round neck, a ring and a bracelet. Caption: caption
    # adapter, hit the limit on a full stop, all true. Answers: VQA adapter; "he".
    case(
        "X1443-031",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of short length. The fabric is other and it has pure color patterns. The lady wears a "
            "ring. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("he is wearing a black dress", "pronoun"),
        BQ.color("black"),
        BQ.sleeve_length("long"),
        details("dress", "mesh sleeves"),
        gender="Women",
        title="StyleStone Women Black Embellished Corset Mini Dress with Mesh Sleeves",
        category="Dresses",
        color="Black",
    ),
    # Photo: magenta one-shoulder ruched midi with one long sleeve, the other shoulder bare, a ring. Caption: caption
    # adapter, loops. Answers: VQA adapter; "sleeveless" for a one-sleeve dress.
    case(
        "X1443-032",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "medium length. The fabric is cotton and it has pure color patterns. The lady wears a ring. The lady "
            "wears a ring. The lady wears a ring",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress"),
        BQ.color("pink"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        details("dress", "ruched"),
        is_a("one shoulder dress", "yes"),
        gender="Women",
        title="Sera Women Magenta One-Shoulder Ruched Bodycon Dress",
        category="Dresses",
        color="Magenta",
    ),
    # Photo: flat lay on white: mustard sequinned sleeveless square-neck crop top, nothing else in the shot. Feed row
    # has no gender. Caption: caption adapter, invents a lower garment and a wrist accessory. Answers: VQA adapter.
    case(
        "X1443-033",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a square neckline. The "
            "lower clothing is of short length. The fabric is other and it has pure color patterns. There is an "
            "accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a yellow top"),
        color_of("top", "yellow"),
        BQ.sleeve_length("sleeveless"),
        details("top", "sequins and a square neck"),
        is_a("crop top", "yes"),
        title="Qurvii Women Mustard Yellow Sequinned Square Neck Crop Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: navy sequinned wide-leg trousers (the product) with a white satin cami, a ring. Caption: caption adapter
    # (cut). Answers: VQA adapter; the garment color is the cami's, details says nothing.
    case(
        "X1443-034",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is other and it has pure color patterns. "
            "The lady wears a ring. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and blue pants"),
        color_of("pants", "blue"),
        BQ.color("white", "other_garment_color"),
        BQ.garment_type("pants"),
        is_a("trousers", "yes", article="a pair of"),
        details("trousers", "they are trousers", "restated"),
        gender="Women",
        title="ONLY Women Navy Blue Sequinned Wide Leg Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: black sequinned high-neck maxi with an attached sheer cape over the shoulders. Caption: caption adapter
    # (cut; the cape as "outer clothing" is fair). Answers: VQA adapter; typed as a coat.
    case(
        "X1443-035",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is other and it has pure color patterns. This lady also wears an outer clothing, "
            "with chiffon fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        wearing("a black dress and a cape"),
        BQ.color("black"),
        BQ.garment_type("jacket/coat", "contradiction"),
        details("dress", "a cape"),
        BQ.sleeve_length("sleeveless"),
        gender="Women",
        title="SASSAFRAS Women Black Embellished Maxi Dress with Cape Sleeves",
        category="Dresses",
        color="Black",
    ),
    # Photo: pink satin strappy ruched mini. Caption: caption adapter, stopped on its own, right. Answers: VQA
    # adapter; two answers run on into the prompt format.
    case(
        "X1443-036",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of short length. The fabric is other and it has pure color patterns."
        ),
        wearing(
            "a pink dress Question: What is the color of the dress? Answer: pink Question: Is this a dress? Answer: "
            "yes Question: What",
            "leak",
            hit_limit=True,
        ),
        BQ.color("pink"),
        BQ.pattern("solid"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        BQ.material("satin"),
        gender="Women",
        title="Tokyo Talkies Women Pink Satin Ruched Mini Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: dark green sequin-embellished A-line midi, long bishop sleeves, V-neck, no belt; she holds a black
    # clutch, a ring. Caption: caption adapter (cut). Answers: VQA adapter; wearing loops, details invents a belt.
    case(
        "X1443-037",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. "
            "The lower clothing is of medium length. The fabric is chiffon and it has pure color patterns. The lady "
            "wears a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a green dress with long sleeves and a black clutch in her hand and a green dress with long sleeves and a",
            "loop",
            hit_limit=True,
        ),
        BQ.color("green"),
        BQ.sleeve_length("long"),
        details("dress", "the dress has a v neckline and long sleeves and a belt at the waist", "unsupported"),
        BQ.material("polyester"),
        gender="Women",
        title="DressBerry Women Green Embellished A-Line Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: red satin halter maxi, shot at an angle that shows the open back; short-haired woman, a bracelet.
    # Caption: caption adapter, "gentleman" (and a tank top with pants). Answers: VQA adapter; details leaks.
    case(
        "X1443-038",
        caption(
            "The gentleman wears a tank top with pure color patterns. The tank top is with other fabric. It has a "
            "suspenders neckline. The gentleman wears long pants. The pants are with other fabric and pure color "
            "patterns. There is an accessory",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a red dress"),
        BQ.color("red"),
        BQ.material("satin"),
        BQ.sleeve_length("sleeveless"),
        is_a("gown", "yes"),
        details(
            "dress",
            "backless Question: What are the dress details? Answer: backless Question: What are the dress details? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Zima Leto Women Red Solid Satin Halter Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: black sequinned blazer (the product) worn open over a black cami with black trousers. Feed row has no
    # gender. Caption: caption adapter (cut). Answers: VQA adapter, all right.
    case(
        "X1443-039",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is other and it has pure color patterns. This lady also "
            "wears an outer clothing with other",
            "cut",
            hit_limit=True,
        ),
        wearing("a black suit"),
        BQ.color("black"),
        BQ.garment_type("jacket/coat"),
        details("blazer", "sequins"),
        BQ.material("sequin"),
        BQ.sleeve_length("long"),
        title="Vero Moda Women Black Sequinned Single-Breasted Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: peach georgette tiered midi, flutter short sleeves, V-neck, small sequin dots, a ring. Caption: caption
    # adapter (cut). Answers: VQA adapter; "orange" for peach, details restated.
    case(
        "X1443-040",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. It has a V-shape "
            "neckline. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. "
            "The lady wears a ring. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange dress", "contradiction"),
        BQ.color("pink"),
        details("dress", "the details of the dress", "restated"),
        BQ.sleeve_length("short"),
        gender="Women",
        title="KASSUALLY Women Peach Embellished Tiered Midi Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: black organza top with sheer long puff sleeves and pearl trim at the round neck (the product), worn
    # with a beige satin midi skirt; no necklace. Caption: caption adapter, calls the trim neckwear (cut after it).
    # Answers: VQA adapter, all right.
    case(
        "X1443-041",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. This "
            "lady has neckwear. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black top and a skirt"),
        color_of("top", "black"),
        BQ.color("black"),
        details("top", "pearls"),
        BQ.sleeve_length("long"),
        BQ.material("chiffon"),
        gender="Women",
        title="AND Women Black Sheer Embellished Puff Sleeve Top",
        category="Tops",
        color="Black",
    ),
    # Photo: silver-grey sequinned long-sleeve round-neck bodycon mini, a ring. Feed row has no category. Caption:
    # caption adapter, loops. Answers: VQA adapter; describe loops.
    case(
        "X1443-042",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of short length. The fabric is other and it has pure color patterns. The "
            "lady wears a ring. The lady wears a ring",
            "loop",
            hit_limit=True,
        ),
        wearing("a silver dress"),
        BQ.color("grey"),
        BQ.pattern("solid"),
        describe(
            "dress",
            "the dress is a dress with a dress and a dress with a dress and a dress with a dress and a dress with a "
            "dress and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sheczzar Women Silver-Toned Sequinned Bodycon Mini Dress",
        color="Silver",
    ),
    # Photo: black long-sleeve sequinned crop top showing the midriff and a black midi skirt with silver sequin
    # stripes (a set). Caption: caption adapter, says the top covers the navel. Answers: VQA adapter; "yes" to dress.
    case(
        "X1443-043",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is round. "
            "The upper clothing covers the navel. The lower clothing is of long length. The fabric is other and it "
            "has striped patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black top and a black skirt"),
        BQ.color("black"),
        BQ.pattern("striped"),
        is_a("dress", "yes", "contradiction"),
        details("skirt", "the skirt has silver stripes"),
        gender="Women",
        title="SASSAFRAS Women Black & Silver Sequinned Crop Top with Midi Skirt Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: wine velvet wrap mini, long sleeves, V-neck, a ring. Caption: caption adapter, stopped on its own, right.
    # Answers: VQA adapter; material came back empty, details "no".
    case(
        "X1443-044",
        caption(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. It has a V-shape neckline. "
            "The lower clothing is of short length. The fabric is furry and it has pure color patterns. The lady "
            "wears a ring."
        ),
        wearing("a red dress"),
        BQ.color("red"),
        BQ.material("", "non_answer"),
        details("dress", "no", "non_answer"),
        BQ.sleeve_length("long"),
        gender="Women",
        title="Antheaa Women Burgundy Velvet Wrap Mini Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: back view: black sequinned sleeveless mini with criss-cross back straps, a ring and a bracelet; the front
    # is not shown. Caption: caption adapter (cut). Answers: VQA adapter; describe invents the front.
    case(
        "X1443-045",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The lower clothing is of short "
            "length. The fabric is other and it has pure color patterns. The lady wears a ring. There is an "
            "accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black dress"),
        BQ.color("black"),
        details("dress", "the back has criss cross straps"),
        BQ.sleeve_length("sleeveless"),
        describe("dress", "the dress has a sweetheart neckline and a bow at the front", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Black Embellished Sequinned Mini Dress with Criss-Cross Back",
        category="Dresses",
        color="Black",
    ),
]
