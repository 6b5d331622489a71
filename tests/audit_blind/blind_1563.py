"""BLIND_1563 (45 products; Myntra women's party and evening wear): written blind in the sixty-sixth session. Measured
blind at d0844da (the session's third rules): 77/84 failures found (91.7%) and 30/176 correct texts flagged (17.0%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and sheath dresses, satin slip and wrap
dresses, net, tulle and velvet gowns, crop tops sold with matching skirts (article type Co-Ords), a few crop tops,
party skirts, a jumpsuit and a playsuit. Columns as the feed has them: title (brand + "Women" + colour + product),
category (Myntra article type), color (Myntra base colour), gender; a few rows lack one of them. Photos are the
usual studio shots: a model on a plain backdrop wearing the product with other clothes (jeans, a tee, a bodysuit, a
blazer over the shoulders, heels, a clutch), two flat lays, two back views, a stool as a prop.
Who wrote what: every caption comes from the epoch-2 caption adapter (DeepFashion-MultiModal template captions: no
hue names, fabrics only from denim/cotton/leather/furry/knitted/chiffon/other, patterns like "pure color"); every
answer comes from the VQA adapter, free generation, greedy, 30 new tokens; captions 50 new tokens. Neither adapter
learned to stop, so long captions run into the limit and are cut; the VQA adapter usually says a word or two and
then goes quiet, but now and then repeats its answer to the limit or writes the next "Question: ... Answer:" itself.
Labeling conventions and judgement calls: one label per text, the most serious failure. A caption that ran to the
limit and ends mid-sentence is `cut`; one that repeats a sentence is `loop`; one that happened to end on a full stop
at the limit (009) is judged on its content only. Colour answers in the same family as the seller's colour are
correct (maroon -> red, teal -> green, lavender -> purple, rose gold -> pink, champagne/beige sequins -> gold,
burgundy -> red); navy answered "black" is a contradiction. An answer giving the colour of the jeans, tee, bodysuit,
blazer or heels worn with the product is `other_garment_color`. A fabric the title or photo rules out (cotton or
silk for satin, furry for velvet, fur for feathers, metal for metallic fabric) is `unsupported`; "other fabric" and
"chiffon" for georgette/tulle are accepted. "What is she wearing?" answered "dress" on a flat lay is accepted. The
VQA adapter's In-shop class names (romper for a jumpsuit or playsuit, tank or blouse for a crop top) are accepted;
"jacket" for a blazer dress, or "tank"/"jacket" as the type of a skirt or co-ord set, contradicts the title. The
caption adapter describing a jumpsuit or playsuit as a shirt plus pants or shorts is accepted. A minimal but true
answer ("a red dress" for "Describe the dress.") is correct; "the dress" or "yes" is a non-answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1563 = [
    # 001 Photo: model on a grey backdrop, black sequinned sleeveless bodycon mini dress, square neck, silver strappy
    # heels, stud earrings. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is square."
        ),
        wearing("dress", who="she"),
        color_of("dress", "black", kind="open"),
        is_a("dress", "yes"),
        details(
            "dress",
            "sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins "
            "sequins sequins",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Athena Women Black Embellished Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # 002 Photo: white backdrop, gold sequinned long-sleeve round-neck midi sheath dress, thin gold bracelet, black
    # strappy heels, black box clutch in the left hand. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lower clothing is of three-quarter length. There is an accessory on her wrist. The "
            "lower clothing is with other",
            "cut",
            hit_limit=True,
        ),
        wearing("a gold dress and black heels", who="she"),
        color_of("dress", "gold", kind="open"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Gold-Toned Sequinned Sheath Dress",
        category="Dresses",
        color="Gold",
    ),
    # 003 Photo: beige backdrop, black satin cowl-neck slip midi dress with spaghetti straps, a beige blazer worn open
    # over it, nude heels. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-003",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a lapel neckline. The lady wears a long dress. The dress is with chiffon fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "beige", "other_garment_color", kind="open"),
        wearing("a black dress and a beige blazer", who="she"),
        Q.material("silk", "unsupported"),
        is_a("dress", "yes"),
        Q.sleeve_length("long", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Black Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # 004 Photo: grey backdrop, maroon sequinned one-shoulder bodycon mini dress, nude heels. Caption: epoch-2 caption
    # adapter; answers: VQA adapter.
    case(
        "X1563-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The lady "
            "wears a sleeveless dress with pure color patterns. The dress is with other fabric. The lady wears a "
            "sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "red", kind="open"),
        wearing("dress", who="she"),
        Q.sleeve_length("sleeveless"),
        details("dress", "one shoulder"),
        gender="Women",
        title="Berrylush Women Maroon Sequinned One-Shoulder Bodycon Mini Dress",
        category="Dresses",
        color="Maroon",
    ),
    # 005 Photo: dark charcoal backdrop, navy blue sequinned floor-length gown, sweetheart neckline, sheer full
    # sleeves, thigh slit. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lower clothing is of long length. The fabric is chiffon and it has pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black", "contradiction", kind="open"),
        describe("dress", "a long blue dress with a slit"),
        is_a("dress", "yes"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        gender="Women",
        title="DODO & MOA Women Navy Blue Embellished Sequinned Maxi Gown",
        category="Dresses",
        color="Navy Blue",
    ),
    # 006 Photo: light grey backdrop, white sequinned strappy crop top and black satin midi skirt sold as a set.
    # Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-006",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long skirt. The tank shirt is with "
            "other fabric and its neckline is suspenders. The skirt is with other fabric and pure color patterns."
        ),
        wearing("a white top and black skirt", who="she"),
        color_of("top", "black", "other_garment_color", kind="open"),
        color_of("skirt", "black Question: What is the color of the top? Answer: black", "leak", kind="open"),
        Q.garment_type("skirt"),
        is_a("crop top", "yes"),
        gender="Women",
        title="StyleStone Women White & Black Sequinned Crop Top With Skirt",
        category="Co-Ords",
        color="White",
    ),
    # 007 Photo: white backdrop, pink satin off-shoulder ruffled crop top with short puff sleeves, worn with blue
    # high-waist jeans. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-007",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long pants. The blouse is with "
            "chiffon fabric. The pants are with denim fabric and solid color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "blue", "other_garment_color", kind="open"),
        wearing("a pink top and pink pants", "contradiction", who="she"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        is_a("top", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Pink Off-Shoulder Ruffled Satin Crop Top",
        category="Tops",
        color="Pink",
    ),
    # 008 Photo: white backdrop, emerald green satin wrap maxi dress, long sleeves, v-neck, self-tie at the waist, no
    # slit visible; model stands beside a white stool. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-008",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a v-shape neckline. There is an accessory on her waist.",
            "unsupported",
        ),
        color_of("dress", "green", kind="open"),
        describe("dress", "a green dress with a v neck and a tie waist"),
        details(
            "dress",
            "the dress has a v neck and a tie waist and long sleeves and a slit on the side and a zipper on the back "
            "and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        is_a("dress", "yes"),
        gender="Women",
        title="FOREVER NEW Women Green Satin Wrap Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # 009 Photo: flat lay on a white surface, silver sequinned sleeveless shift dress with a round neck; no person, no
    # accessories. Caption: epoch-2 caption adapter (ran to the limit, ended on a full stop); answers: VQA adapter.
    case(
        "X1563-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. There is an accessory on her neck. This lady wears a ring. There is an accessory on her "
            "wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("dress", who="she"),
        color_of("dress", "silver", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        Q.material("the garment is made of fabric", "restated"),
        gender="Women",
        title="U&F Women Silver-Toned Sequinned Shift Dress",
        category="Dresses",
        color="Silver",
    ),
    # 010 Photo: white backdrop, black velvet long-sleeve bodycon mini dress with puff shoulders, gold hoop earrings,
    # gold heels. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-010",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. The lower clothing is of medium short length.",
            "unsupported",
        ),
        color_of("dress", "black", kind="open"),
        Q.material("velvet"),
        wearing("a black dress", who="she"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sera Women Black Velvet Puff Sleeve Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # 011 Photo: beige backdrop, red sequinned midi skirt, plain white tee tucked in, white sneakers. Caption: epoch-2
    # caption adapter; answers: VQA adapter.
    case(
        "X1563-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-quarter skirt. The T-shirt is "
            "with cotton fabric and it has a round neckline. The skirt is with other fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red", kind="open"),
        wearing("a white shirt and red skirt", who="she"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Mango Women Red Sequinned A-Line Midi Skirt",
        category="Skirts",
        color="Red",
    ),
    # 012 Photo: white backdrop, black georgette off-shoulder ruffled maxi dress, solid, gold earrings; model with
    # hands on hips. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lower "
            "clothing is of long length."
        ),
        wearing("he is wearing a black dress", "pronoun", who="she"),
        color_of("dress", "black", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a black dress with ruffles"),
        gender="Women",
        title="Miss Chase Women Black Off-Shoulder Ruffled Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # 013 Photo: white backdrop, rose-gold (pinkish metallic) sequinned wrap mini dress, long sleeves, v-neck, thin
    # bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The lower clothing is of medium short length. There is an accessory on her wrist. "
            "There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "pink", kind="open"),
        Q.color("gold Question: What is the color of the garment? Answer: gold", "leak"),
        is_a("dress", "yes"),
        details("dress", "the dress has a v neck and long sleeves"),
        gender="Women",
        title="Athena Women Rose Gold Sequinned Wrap Mini Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # 014 Photo: white backdrop, black georgette crop top with a gold embellished neckline and a matching black flared
    # skirt with a gold border; no necklace. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-014",
        caption(
            "The lady wears a sleeveless tank shirt with graphic patterns and a long skirt. The tank shirt is with "
            "chiffon fabric. The skirt is with chiffon fabric and graphic patterns. There is an accessory on her "
            "neck.",
            "unsupported",
        ),
        wearing("a black top and a black skirt", who="she"),
        color_of("top", "black", kind="open"),
        color_of("skirt", "black", kind="open"),
        Q.pattern("solid"),
        is_a("skirt", "yes"),
        gender="Women",
        title="DODO & MOA Women Black & Gold-Toned Embellished Crop Top With Skirt",
        category="Co-Ords",
        color="Black",
    ),
    # 015 Photo: back view, purple satin maxi dress with a low open back and criss-cross straps. Caption: epoch-2
    # caption adapter; answers: VQA adapter.
    case(
        "X1563-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The lower "
            "clothing is of long length. The lady wears a sleeveless dress with pure color patterns. The dress is "
            "with other fabric. The lower",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "purple", kind="open"),
        details("dress", "cowl neck"),
        describe("dress", "a purple dress with an open back"),
        Q.material("satin"),
        is_a("dress", "no", "contradiction"),
        gender="Women",
        title="Trendyol Women Purple Satin Cowl Neck Backless Maxi Dress",
        category="Dresses",
        color="Purple",
    ),
    # 016 Photo: grey backdrop, black sequinned sleeveless halter-neck wide-leg jumpsuit. Caption: epoch-2 caption
    # adapter; answers: VQA adapter.
    case(
        "X1563-016",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long pants. The tank shirt is with "
            "other fabric. The pants are with other fabric and pure color patterns."
        ),
        wearing("romper", who="she"),
        Q.garment_type("dress", "contradiction"),
        is_a("jumpsuit", "yes"),
        color_of("jumpsuit", "black", kind="open"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Vero Moda Women Black Sequinned Halter Neck Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # 017 Photo: white backdrop, mustard satin corset-style sleeveless crop top, square neck, worn with black
    # high-waist trousers. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-017",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long pants. The tank shirt is with "
            "other fabric and its neckline is square. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "yellow", kind="open"),
        wearing("a yellow top and black pants", who="she"),
        Q.color("black", "other_garment_color"),
        Q.material("cotton", "unsupported"),
        is_a("top", "yes"),
        gender="Women",
        title="Kassually Women Mustard Yellow Satin Corset Crop Top",
        category="Tops",
        color="Mustard",
    ),
    # 018 Photo: white backdrop, metallic teal pleated midi skirt, black long-sleeve bodysuit tucked in; walking pose.
    # Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-018",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a three-quarter skirt. The T-shirt is "
            "with knitted fabric. The skirt is with other fabric and striped patterns. There is an accessory on her "
            "wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        Q.pattern("solid"),
        wearing("skirt", who="she"),
        is_a("skirt", "yes"),
        details("skirt", "pleats"),
        gender="Women",
        title="ONLY Women Teal Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Teal",
    ),
    # 019 Photo: white backdrop, champagne (pale gold) sequinned strapless fit & flare mini dress, sweetheart neck,
    # delicate necklace, nude heels. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lower clothing is of medium short length. There is an accessory on her neck. This "
            "lady",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "gold", kind="open"),
        Q.sleeve_length("sleeveless"),
        wearing("dress", who="she"),
        is_a("dress", "yes"),
        details("dress", "strapless"),
        gender="Women",
        title="Rare Women Beige Sequinned Strapless Fit & Flare Dress",
        category="Dresses",
        color="Beige",
    ),
    # 020 Photo: white backdrop, black net floor-length gown with a silver embellished bodice and cap sleeves; model
    # holds a silver clutch. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-020",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lower clothing is of long length. The lower clothing is of long length. The lower "
            "clothing is of long length",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "black and silver", kind="open"),
        describe("dress", "a black dress with silver sequins"),
        details(
            "dress",
            "the sleeves, the neckline, the waist, the sleeves, the neckline, the waist, the sleeves, the neckline, "
            "the waist, the sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.material("net"),
        Q.pattern("embellished"),
        gender="Women",
        title="Lulu & Sky Women Black Embellished Net Maxi Gown",
        category="Dresses",
        color="Black",
    ),
    # 021 Photo: white backdrop, lavender ruched mesh bodycon midi dress, long sleeves, round neck. Caption: epoch-2
    # caption adapter; answers: VQA adapter.
    case(
        "X1563-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The lower clothing is of three-quarter length."
        ),
        color_of("dress", "purple", kind="open"),
        wearing("Question: What is she wearing? Answer: a purple dress", "leak", who="she"),
        Q.sleeve_length("long"),
        details("dress", "the dress", "non_answer"),
        gender="Women",
        title="SASSAFRAS Women Lavender Ruched Bodycon Midi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # 022 Photo: white backdrop, black satin wrap midi dress with white polka dots, short puff sleeves, v-neck.
    # Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-022",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The lower clothing is of three-quarter length.",
            "contradiction",
        ),
        Q.pattern("polka dot"),
        color_of("dress", "black", kind="open"),
        Q.color("black and white"),
        is_a("dress", "yes"),
        gender="Women",
        title="Berrylush Women Black & White Polka Dot Print Satin Wrap Dress",
        category="Dresses",
        color="Black",
    ),
    # 023 Photo: dark grey backdrop, silver metallic halter crop top and matching silver mini skirt, black heels.
    # Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-023",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a medium short skirt. The tank shirt "
            "is with other fabric. The skirt is with other fabric and pure color patterns."
        ),
        wearing("a silver top and a silver skirt", who="she"),
        color_of("top", "silver", kind="open"),
        color_of("skirt", "silver", kind="open"),
        is_a(
            "skirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.material("metal", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Silver-Toned Metallic Halter Crop Top With Skirt",
        category="Co-Ords",
        color="Silver",
    ),
    # 024 Photo: white backdrop, red sequinned sleeveless v-neck mermaid gown; model holds the train. Caption: epoch-2
    # caption adapter; answers: VQA adapter.
    case(
        "X1563-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lower clothing is of long length. There is an accessory on her wrist. There is an "
            "accessory on her neck. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("dress", who="she"),
        describe("dress", "a red dress"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("gown"),
        gender="Women",
        title="Athena Women Red Sequinned Mermaid Maxi Gown",
        category="Dresses",
        color="Red",
    ),
    # 025 Photo: white backdrop, peach crop top with pearl embellishment and cap sleeves, worn with a gold sequinned
    # flared skirt (not part of the product), bangles. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-025",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt. The blouse is with "
            "chiffon fabric. The skirt is with other fabric and pure color patterns. There is an accessory on her "
            "wrist. The blouse",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "gold", "other_garment_color", kind="open"),
        wearing("a peach top and a gold skirt", who="she"),
        Q.color("pink"),
        details("top", "pearls"),
        is_a("top", "yes"),
        gender="Women",
        title="DODO & MOA Women Peach-Coloured Pearl Embellished Crop Top",
        category="Tops",
        color="Peach",
    ),
    # 026 Photo: white backdrop, black off-shoulder long-sleeve bodycon mini dress (stretch jersey); model sits on a
    # wooden stool. Caption: epoch-2 caption adapter; answers: VQA adapter. The feed row has no gender.
    case(
        "X1563-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The lower "
            "clothing is of medium short length."
        ),
        wearing("dress", who="she"),
        color_of("dress", "black", kind="open"),
        Q.sleeve_length("long"),
        Q.material("the garment is made of the material", "restated"),
        details("dress", "off shoulder"),
        title="Sheczzar Women Black Off-Shoulder Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # 027 Photo: white backdrop, blush pink sequinned maxi dress with short flutter sleeves and a v-neck, delicate
    # necklace and bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-027",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The lower clothing is of long length. There is an accessory on her neck. There is "
            "an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "pink", kind="open"),
        describe(
            "dress",
            "a pink dress with sequins Question: Describe the dress. Answer: a pink dress with sequins Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long", "contradiction"),
        is_a("dress", "yes"),
        Q.pattern("sequin"),
        gender="Women",
        title="FOREVER NEW Women Pink Sequinned Flutter Sleeve Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # 028 Photo: white backdrop, model with short cropped hair in a black sequinned double-breasted blazer dress with
    # lapels and long sleeves, black heels. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-028",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and "
            "it has a lapel neckline.",
            "pronoun",
        ),
        wearing("a black jacket", "contradiction", who="she"),
        color_of("dress", "black", kind="open"),
        is_a("dress", "yes"),
        Q.sleeve_length("long"),
        gender="Women",
        title="Zima Leto Women Black Sequinned Double-Breasted Blazer Dress",
        category="Dresses",
        color="Black",
    ),
    # 029 Photo: pale pink backdrop, fuchsia satin one-shoulder mini dress with a ruffle along the shoulder. Caption:
    # epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The lower "
            "clothing is of medium short length."
        ),
        wearing("", "non_answer", who="she"),
        color_of("dress", "pink", kind="open"),
        details("dress", "ruffles"),
        Q.color("pink"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Fuchsia Satin One-Shoulder Ruffled Mini Dress",
        category="Dresses",
        color="Fuchsia",
    ),
    # 030 Photo: white backdrop, black sheer-mesh long-sleeve crop top and black sequinned mini skirt sold as a set,
    # silver heels. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-030",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a medium short skirt. The T-shirt is "
            "with cotton fabric and it has a round neckline. The skirt is with other fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and a black skirt", who="she"),
        color_of("top", "black", kind="open"),
        color_of("skirt", "silver", "other_garment_color", kind="open"),
        details("skirt", "sequins"),
        Q.garment_type("skirt"),
        gender="Women",
        title="U&F Women Black Mesh Crop Top With Sequinned Mini Skirt",
        category="Co-Ords",
        color="Black",
    ),
    # 031 Photo: beige backdrop, olive green satin sleeveless cowl-neck top, worn with a black faux-leather mini skirt.
    # Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-031",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a medium short skirt. The tank shirt "
            "is with other fabric. The skirt is with leather fabric and pure color patterns."
        ),
        color_of("top", "green", kind="open"),
        wearing("tank", who="she"),
        Q.material("satin"),
        Q.color(
            "green Question: What is the color of the top? Answer: green Question: What is the color of the top?",
            "leak",
        ),
        is_a("top", "yes"),
        describe(
            "top",
            "a green top with a cowl neck and a cowl neck and a cowl neck and a cowl neck and a cowl neck and a cowl",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Pannkh Women Olive Green Satin Cowl Neck Top",
        category="Tops",
        color="Olive",
    ),
    # 032 Photo: white backdrop, royal blue sequinned long-sleeve v-neck bodycon mini dress; hand on hip, bracelet.
    # Caption: epoch-2 caption adapter; answers: VQA adapter. The feed row has no category.
    case(
        "X1563-032",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lower clothing is of medium short length. There is an accessory on her wrist. The "
            "lady wears a long",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "blue", kind="open"),
        wearing("a blue dress", who="she"),
        details("dress", "the dress is a dress", "non_answer"),
        is_a("dress", "yes"),
        gender="Women",
        title="Athena Women Blue Sequinned Bodycon Mini Dress",
        color="Blue",
    ),
    # 033 Photo: white backdrop, maroon velvet floor-length gown with a gold embellished round yoke and full sleeves;
    # model holds a gold potli bag, no earrings visible under her hair. Caption: epoch-2 caption adapter; answers: VQA
    # adapter.
    case(
        "X1563-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lower clothing is of long length. The fabric is other and it has pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "gold", "contradiction", kind="open"),
        wearing(
            "a maroon dress with gold embroidery on the neckline and sleeves and a gold clutch in her hand and a pair "
            "of gold earrings and a gold",
            "cut",
            who="she",
            hit_limit=True,
        ),
        Q.material("velvet"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        gender="Women",
        title="DODO & MOA Women Maroon Velvet Embellished Maxi Gown",
        category="Dresses",
        color="Maroon",
    ),
    # 034 Photo: white backdrop, black satin bias-cut midi skirt, white sequinned cami top tucked in. Caption: epoch-2
    # caption adapter; answers: VQA adapter.
    case(
        "X1563-034",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a three-quarter skirt. The tank "
            "shirt is with other fabric and its neckline is suspenders. The skirt is with other fabric and pure color "
            "patterns."
        ),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.garment_type("tank", "contradiction"),
        wearing("a white top and a black skirt", who="she"),
        is_a("skirt", "yes"),
        Q.material("satin"),
        gender="Women",
        title="Trendyol Women Black Satin Bias Cut Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # 035 Photo: grey backdrop, black sequinned short-sleeve v-neck playsuit with a self belt. Caption: epoch-2 caption
    # adapter; answers: VQA adapter.
    case(
        "X1563-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a medium short shorts. The T-shirt is "
            "with other fabric. The shorts are with other fabric and pure color patterns. There is an accessory on "
            "her waist."
        ),
        wearing("romper", who="she"),
        color_of("playsuit", "black", kind="open"),
        is_a("playsuit", "yes"),
        details("playsuit", "belt"),
        Q.sleeve_length(
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Black Sequinned Belted Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # 036 Photo: flat lay on a white surface, gold sequinned strappy crop top; no person. Caption: epoch-2 caption
    # adapter; answers: VQA adapter. The feed row has no base colour.
    case(
        "X1563-036",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with other fabric and "
            "its neckline is suspenders."
        ),
        wearing("a gold top", who="she"),
        color_of("top", "gold", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("top"),
        gender="Women",
        title="Tokyo Talkies Women Gold-Toned Sequinned Strappy Crop Top",
        category="Tops",
    ),
    # 037 Photo: back view, black sequinned maxi dress with a deep open back and straps tied at the nape; no necklace,
    # the front is not visible. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The lower "
            "clothing is of long length. There is an accessory on her neck.",
            "unsupported",
        ),
        details("dress", "the dress has a v neck and a slit on the front", "unsupported"),
        color_of("dress", "black", kind="open"),
        describe("dress", "a black dress with an open back"),
        is_a("dress", "yes"),
        gender="Women",
        title="Rare Women Black Sequinned Backless Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # 038 Photo: beige backdrop, ivory georgette crop top with silver floral thread embroidery and short sleeves, ivory
    # flared midi skirt with matching embroidery, bangles. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-038",
        caption(
            "The lady wears a short-sleeve blouse with floral patterns and a long skirt. The blouse is with chiffon "
            "fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her wrist. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and a white skirt", who="she"),
        color_of("top", "white", kind="open"),
        color_of("skirt", "white", kind="open"),
        Q.pattern("floral"),
        Q.material("cotton", "unsupported"),
        describe("skirt", "yes", "non_answer"),
        gender="Women",
        title="Label Ritu Kumar Women Off White Embroidered Crop Top With Skirt",
        category="Co-Ords",
        color="Off White",
    ),
    # 039 Photo: white backdrop, red satin ruched mini dress with thin straps, red heels. Caption: epoch-2 caption
    # adapter; answers: VQA adapter.
    case(
        "X1563-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is suspenders. The lower clothing is of medium short length."
        ),
        color_of("dress", "red", kind="open"),
        wearing(
            "Question: What is she wearing? Answer: red dress Question: What is the color of the dress? Answer: red "
            "Question",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        details("dress", "ruched"),
        gender="Women",
        title="Miss Chase Women Red Ruched Satin Mini Dress",
        category="Dresses",
        color="Red",
    ),
    # 040 Photo: white backdrop, burgundy sequinned maxi skirt, black long-sleeve bodysuit tucked in. Caption: epoch-2
    # caption adapter; answers: VQA adapter. The feed row has no gender.
    case(
        "X1563-040",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "knitted fabric. The skirt is with other fabric and pure color patterns. The lady wears a long-sleeve "
            "T-shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt details", "restated"),
        title="Kassually Women Burgundy Sequinned Flared Maxi Skirt",
        category="Skirts",
        color="Burgundy",
    ),
    # 041 Photo: white backdrop, black lace bodycon midi dress with sheer long sleeves and a round neck. Caption:
    # epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-041",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with other fabric and its "
            "neckline is round. The lower clothing is of three-quarter length."
        ),
        wearing("dress", who="she"),
        color_of("dress", "black", kind="open"),
        details("dress", "lace"),
        Q.pattern("floral"),
        Q.material("lace"),
        gender="Women",
        title="Sera Women Black Lace Sheer Sleeve Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # 042 Photo: white backdrop, white crepe long-sleeve mini dress with feather trim at the hem and cuffs. Caption:
    # epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-042",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. The lower "
            "clothing is of medium short length."
        ),
        color_of("dress", "white", kind="open"),
        describe("dress", "a white dress with feathers"),
        details(
            "dress",
            "feather feather feather feather feather feather feather feather feather feather feather feather feather "
            "feather feather feather feather feather feather feather feather feather feather feather feather feather "
            "feather feather feather feather",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.material("fur", "unsupported"),
        gender="Women",
        title="Athena Women White Feather Trim Mini Dress",
        category="Dresses",
        color="White",
    ),
    # 043 Photo: white backdrop, black midi dress with vertical silver sequin stripes, long sleeves, v-neck, thin
    # bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-043",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with other fabric and its "
            "neckline is v-shape. The lower clothing is of three-quarter length. There is an accessory on her wrist. "
            "This lady wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black and silver", kind="open"),
        Q.pattern("striped"),
        Q.color("silver"),
        wearing(
            "a black dress with a black dress with a black dress with a black dress with a black dress with a black",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        title="Dorothy Perkins Women Black & Silver-Toned Striped Sequinned Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # 044 Photo: white backdrop, pale pink tulle tiered off-shoulder maxi gown, small pendant necklace. Caption:
    # epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-044",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lower "
            "clothing is of long length. The fabric is chiffon and it has pure color patterns. There is an accessory "
            "on her neck. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a pink dress", "pronoun", who="she"),
        color_of("dress", "pink", kind="open"),
        describe("dress", "a pink dress with ruffles"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="U&F Women Pink Tiered Tulle Off-Shoulder Maxi Gown",
        category="Dresses",
        color="Pink",
    ),
    # 045 Photo: white backdrop, black sequinned bralette crop top and black sequinned mini skirt sold as a set, a white
    # oversized blazer worn open over them. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1563-045",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a lapel neckline. The lady wears a medium short skirt. The skirt is with other fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white", "other_garment_color", kind="open"),
        color_of("skirt", "black", kind="open"),
        wearing("a white jacket and a black skirt", who="she"),
        is_a("crop top", "yes"),
        Q.garment_type("jacket", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Black Sequinned Bralette Crop Top With Mini Skirt",
        category="Co-Ords",
        color="Black",
    ),
]
