"""BLIND_1304 (45 products; Myntra women's nightwear, lingerie, loungewear): written blind in the sixty-third session.
Measured blind at 0a90725 (the session's third rules): 65/84 failures found (77.4%) and 19/188 correct texts flagged
(10.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, bras, briefs,
camisoles, robes, shapewear, lounge pants and tees, thermals). The photos are the catalog's usual shots: a model on a
plain backdrop wearing the product, often with clothes that are not for sale (jeans, a tee, a blazer, a robe over a
slip), now and then a flat lay of a pack, a back view, a prop (mug, pillow, teddy bear, Santa hat, eye mask). Catalog
columns as the feed has them: title, category (Myntra's article type), color (base colour), gender; a few rows lack
one of them.
Who wrote what: captions and the open answers (wearing, describe, details, material, and the open color questions)
come from the epoch-2 caption adapter (the original recipe: unmasked labels, no end token), greedy, 50 new tokens for
captions and 30 for answers. It writes the DeepFashion template ("Her tank shirt has no sleeves, cotton fabric and
pure color patterns..."), has no word for lace or satin (it says "other fabric" or "chiffon"), calls a bra a tank
shirt, and often runs to the limit. The closed questions (garment type, color, pattern, sleeve length, the yes/no
"Is this a ...?") come from the reference engine on the untuned base, which ranks a candidate list and keeps the raw
text when nothing maps; they are short and mostly right, but the base takes the color of whatever covers the most
of the photo and has no candidate for lingerie words that fit the shape.
Labeling conventions and judgement calls: one failure kind per text, the one a reader would name first; a text cut
at the limit is "cut" even when it also says something wrong; a loop is "loop" even when cut. The template's words
for a garment ("tank shirt" for a bra in a caption, "three-point shorts" for briefs) are counted right in captions and
template-style answers, since that is the vocabulary, but a closed garment type that names another kind than the
title (coat for a robe, tank top for a sports bra or bodysuit, jacket for a bra under a blazer) is a contradiction.
"Chiffon" or "furry" for a garment the title calls satin or cotton is a contradiction; "cotton" claimed for lace,
sheer or shapewear fabric the title does not name is unsupported. Near shades count as right (red for maroon, beige
for nude, purple for lavender or mauve, green for teal, pink for fuchsia); a color that belongs to the clothes worn
with the product is other_garment_color. "Other fabric" or "pure color patterns" as the answer to a material or color
question is a non_answer. A caption that describes a blazer over the bra and never the bra is true of the photo and
left unmarked; a lady or a lower garment described on a flat lay is unsupported. One caption ran to exactly 50
tokens and stopped on a full stop: marked hit_limit and left correct. For a multicolour product, one of its colors
is left correct; for a pack whose items differ, one item's color is not.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_1304 = [
    # Model on a grey backdrop in a black lace non-wired bra with high-waist blue jeans. Caption and open answers:
    # epoch-2 caption adapter; closed answers: reference engine on the base.
    case(
        "X1304-001",
        caption(
            "Her tank shirt has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. The "
            "pants this lady wears is of long length. The pants are with denim fabric and solid color patterns."
        ),
        wearing(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with other fabric "
            "and its neckline is suspenders. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("bra"),
        Q.color("black"),
        Q.material("The tank shirt is with cotton fabric.", "unsupported"),
        is_a("bra", "yes"),
        gender=W,
        title="Clovia Women Black Lace Non-Padded Non-Wired Bra",
        category="Bra",
        color="Black",
    ),
    # Model standing, holding a mug: pink cotton pyjama set, short-sleeve top with notched collar and button placket,
    # long pants, small white heart print on both. Adapter: caption, wearing, describe, details; engine: closed.
    case(
        "X1304-002",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "graphic patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("She wears a short-sleeve shirt and a long pants, with cotton fabric and graphic patterns."),
        describe(
            "night suit",
            "The night suit is with cotton fabric and graphic patterns. It has a lapel neckline. The pants are of "
            "long length.",
        ),
        details(
            "night suit",
            "The shirt has short sleeves, cotton fabric and graphic patterns. It has a lapel neckline. The pants "
            "this lady wears is of",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("printed"),
        is_a("night suit", "yes"),
        gender=W,
        title="Zivame Women Pink Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Model sitting on the edge of a bed in a maroon satin slip nightdress, thin straps, knee length, lace trim at the
    # neckline; no jewellery. Adapter: caption, material, describe; engine: color, sleeve length, yes/no.
    case(
        "X1304-003",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with chiffon fabric and its neckline "
            "is suspenders. This lady wears a ring.",
            "unsupported",
        ),
        Q.material("The dress is with chiffon fabric.", "contradiction"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        describe(
            "nightdress",
            "The nightdress is with chiffon fabric and pure color patterns. It has a suspenders neckline. The "
            "nightdress is of medium length. The nightdress is",
            "cut",
            hit_limit=True,
        ),
        is_a("nightdress", "yes"),
        gender=W,
        title="Dreamz by Pantaloons Women Maroon Satin Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Model in grey melange jogger lounge pants with a drawstring, a white crew-neck tee half tucked, white sneakers.
    # Adapter: caption, wearing, details, material; engine: color, garment type.
    case(
        "X1304-004",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants this woman wears is of long length. The pants are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and grey sweatpants"),
        details("pants", "The pants are with cotton fabric and pure color patterns. The pants are of long length."),
        Q.color("white", "other_garment_color"),
        Q.garment_type("pants"),
        Q.material("The pants are with cotton fabric."),
        gender=W,
        title="Sweet Dreams Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Flat lay on white: one nude moulded-cup T-shirt bra, nobody in the shot. Adapter: caption, wearing; engine: the
    # closed questions.
    case(
        "X1304-005",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
        ),
        wearing(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is suspenders.",
            "unsupported",
        ),
        Q.color("beige"),
        Q.garment_type("bra"),
        Q.pattern("solid"),
        is_a("bra", "yes"),
        gender=W,
        title="Amante Women Nude-Coloured Solid Padded T-shirt Bra",
        category="Bra",
        color="Nude",
    ),
    # Model in navy cotton lounge shorts with white polka dots and an elastic waist, a pale yellow tank top, a thin
    # bracelet. Adapter: caption, details, wearing; engine: closed.
    case(
        "X1304-006",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a round neckline. She "
            "wears a three-point shorts, with cotton fabric and graphic patterns. There is an accessory on her wrist."
        ),
        color_of("shorts", "yellow", "other_garment_color"),
        Q.pattern("polka dot"),
        details(
            "shorts", "The shorts are with cotton fabric and graphic patterns. The shorts are of three-point length."
        ),
        wearing("a yellow tank top and blue shorts"),
        Q.garment_type("shorts"),
        gender=W,
        title="Zivame Women Navy Blue Printed Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Flat lay of three hipster briefs side by side: black, pink, teal. Adapter: caption, describe, material; engine:
    # closed.
    case(
        "X1304-007",
        caption(
            "There are two briefs on a white background. The briefs are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.color("black", "contradiction"),
        Q.garment_type("underwear"),
        is_a("briefs", "yes", article="a pair of"),
        Q.material("The briefs are with cotton fabric."),
        describe(
            "briefs", "The briefs are of three-point length. The briefs are with cotton fabric and pure color patterns."
        ),
        gender=W,
        title="Clovia Women Pack of 3 Assorted Mid-Rise Hipster Briefs",
        category="Briefs",
        color="Assorted",
    ),
    # Model in a lavender satin robe, long sleeves, knee length, tied at the waist over a lavender slip (not sold).
    # Adapter: caption, wearing, describe; engine: color, sleeve length, garment type.
    case(
        "X1304-008",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with chiffon fabric. It has a "
            "lapel neckline. The coat is of medium length. There is a belt on her waist.",
            "contradiction",
        ),
        wearing("a purple robe"),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        describe(
            "robe",
            "The robe is with chiffon fabric and pure color patterns. It has long sleeves and a lapel neckline. The "
            "robe is of medium length. The robe",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("coat", "contradiction"),
        gender=W,
        title="Dressberry Women Lavender Solid Satin Robe",
        category="Robe",
        color="Lavender",
    ),
    # Model in a teal three-quarter-sleeve round-neck top with a white leaf print and teal-and-white checked capri
    # pyjamas. Adapter: caption, wearing, details, material; engine: pattern, sleeve length, color.
    case(
        "X1304-009",
        caption(
            "This woman is wearing a medium-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this woman wears is of three-quarter length. The pants are with "
            "lattice patterns.",
            hit_limit=True,
        ),
        wearing("The woman is wearing a T-shirt and a pants."),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("blue"),
        details(
            "night suit",
            "The T-shirt has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants "
            "this woman wears",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Sweet Dreams Women Teal Blue Printed Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Model by a curtain in a sheer black lace babydoll with spaghetti straps and a front slit, matching thong.
    # Adapter: caption, wearing, describe, material; engine: color, yes/no.
    case(
        "X1304-010",
        caption(
            "The lady wears a tank dress with other patterns. The dress is with other fabric and its neckline is "
            "V-shape. The dress is of three-point length."
        ),
        wearing("a black lingerie"),
        describe("babydoll", "The babydoll is a babydoll.", "restated"),
        Q.color("black"),
        is_a("babydoll", "yes"),
        Q.material("The dress is with cotton fabric.", "unsupported"),
        gender=W,
        title="Clovia Women Black Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Black",
    ),
    # Model in an off-white cotton camisole tucked into light blue jeans. Adapter: caption, details; engine: closed.
    case(
        "X1304-011",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "pants this lady wears is of long length. The pants are with denim fabric and pure color patterns. This "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        details(
            "camisole",
            "The camisole has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline.",
        ),
        gender=W,
        title="Marks & Spencer Women Off-White Cotton Camisole",
        category="Camisoles",
        color="Off White",
    ),
    # Model in nude thigh-length high-waist shaper shorts with a nude bra. Adapter: caption, material, wearing;
    # engine: garment type, color, yes/no.
    case(
        "X1304-012",
        caption(
            "The lady wears a tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric and its neckline is suspenders. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("beige"),
        Q.material("The shorts are with cotton fabric.", "unsupported"),
        is_a("shapewear", "no", "contradiction", article="a"),
        wearing("a beige bra and a pair of beige shorts"),
        gender=W,
        title="Swee Women Nude Tummy Shaper Shapewear",
        category="Shapewear",
        color="Nude",
    ),
    # Back view: model with short hair facing away, peach shirt-style pyjama top with piping, long sleeves, long
    # pants, small white floral print. Adapter: caption, wearing; engine: closed.
    case(
        "X1304-013",
        caption(
            "This gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. The "
            "pants this gentleman wears is of long length. The pants are with cotton fabric and floral patterns.",
            "pronoun",
        ),
        wearing("The man is wearing a long-sleeve shirt and a long pants.", "pronoun"),
        Q.color("peach"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        describe(
            "night suit",
            "The night suit is with cotton fabric and floral patterns. The night suit is with cotton fabric and "
            "floral patterns. The night",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Dreamz Women Peach Floral Print Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Model, arms raised, in a red lace underwired bra with matching red briefs. Adapter: caption, wearing, details,
    # material; engine: color, yes/no.
    case(
        "X1304-014",
        caption(
            "Her tank shirt has no sleeves, other fabric and other patterns. It has a V-shape neckline. She wears a "
            "three-point shorts, with other fabric and other patterns."
        ),
        wearing("a red bra and red panties"),
        Q.color("red"),
        details(
            "bra",
            "lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace,",
            "loop",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        Q.material("The tank shirt is with other fabric.", "non_answer"),
        gender=W,
        title="Triumph Women Red Lace Underwired Lightly Padded Bra",
        category="Bra",
        color="Red",
    ),
    # Model in an oversized black drop-shoulder crew-neck tee with grey melange lounge shorts. Adapter: caption,
    # describe; engine: closed.
    case(
        "X1304-015",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts this woman wears is of three-point length. The shorts are "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeves"),
        describe("T-shirt", "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline."),
        gender=W,
        title="Zivame Women Black Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # Model on a bed with a pillow: pink-and-white striped short-sleeve top, solid pink shorts. Adapter: caption,
    # wearing, details; engine: closed.
    case(
        "X1304-016",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing(
            "She wears a short-sleeve T-shirt with striped patterns and a three-point shorts. She wears a "
            "short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("pink"),
        details(
            "night suit",
            "Question: What are the night suit details? Answer: The T-shirt is with cotton fabric and striped "
            "patterns. Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        gender=W,
        title="Dressberry Women Pink & White Striped Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Model in a fitted maroon long-sleeve round-neck thermal top with black leggings. Adapter: caption, material;
    # engine: garment type, color, sleeve length, yes/no.
    case(
        "X1304-017",
        caption(
            "This woman is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted "
            "fabric. It has a round neckline. The pants this woman wears is of long length."
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("maroon"),
        Q.material("The T-shirt is with knitted fabric."),
        Q.sleeve_length("long sleeves"),
        is_a("thermal top", "yes"),
        wearing(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "knitted",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Lux Cottswool Women Maroon Thermal Top",
        category="Thermal Tops",
        color="Maroon",
    ),
    # Model in a blue cotton A-line maxi nightdress, short sleeves, white floral print, round neck with a short button
    # placket, no pockets. Adapter: caption, describe, details, material; engine: closed.
    case(
        "X1304-018",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length."
        ),
        describe(
            "nightdress",
            "The nightdress is with cotton fabric and floral patterns. It has a round neckline and short sleeves.",
        ),
        details(
            "nightdress",
            "It has a round neckline and short sleeves. There are two pockets on the front.",
            "unsupported",
        ),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender=W,
        title="Sweet Dreams Women Blue Floral Printed Cotton Maxi Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Model in black seamless briefs with a matching black bra, cropped at the shoulders. Adapter: caption, wearing;
    # engine: garment type, color, yes/no.
    case(
        "X1304-019",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. She "
            "wears a three-point shorts, with cotton fabric and pure color patterns."
        ),
        Q.garment_type("bra", "contradiction"),
        Q.color("black"),
        wearing("a black bra and black underwear"),
        is_a("briefs", "yes", article="a pair of"),
        details("briefs", "Answer: The briefs are with cotton fabric and pure color patterns.", "leak"),
        gender=W,
        title="Hunkemoller Women Black Solid Seamless Briefs",
        category="Briefs",
        color="Black",
    ),
    # Model in a navy satin robe worn open over a navy slip nightdress with cream lace trim (sold together).
    # Adapter: caption, wearing, describe; engine: color, yes/no.
    case(
        "X1304-020",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with chiffon fabric. It has a "
            "lapel neckline. There is a belt on her waist. There is a belt on her waist. There is a belt on her "
            "waist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy blue robe and a navy blue nightgown"),
        Q.color("blue"),
        describe("robe", "The robe is with chiffon fabric and pure color patterns.", "contradiction"),
        is_a("robe", "yes"),
        gender=W,
        title="Dressberry Women Navy Blue Satin Nightdress with Robe",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Model in grey-and-black checked flannel pyjama bottoms with a plain white tee. Adapter: caption, details,
    # material; engine: closed.
    case(
        "X1304-021",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants this woman wears is of long length. The pants are with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        Q.garment_type("pants"),
        details(
            "pyjamas",
            "The pants are of long length. The pants are with cotton fabric and lattice patterns. The pants are of "
            "long length. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.material("The pants are with cotton fabric."),
        gender=W,
        title="Kanvin Women Grey & Black Checked Flannel Pyjamas",
        category="Pyjamas",
        color="Grey",
    ),
    # Model on a stool in a royal blue lace bra and briefs set, a thin ring on one hand. Adapter: caption, wearing,
    # describe; engine: color, garment type, yes/no.
    case(
        "X1304-022",
        caption(
            "Her tank shirt has no sleeves, other fabric and other patterns. It has a V-shape neckline. She wears a "
            "three-point shorts, with other fabric and other patterns. This lady wears a ring. This lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue bra and panties"),
        Q.color("blue"),
        Q.garment_type("lingerie"),
        is_a("lingerie set", "yes"),
        describe("lingerie set", "The lingerie set is with other fabric and other patterns.", "non_answer"),
        gender=W,
        title="Amante Women Blue Lace Lingerie Set",
        category="Lingerie Set",
        color="Blue",
    ),
    # Model in a loose ankle-length kaftan nightdress, batwing sleeves to the elbow, V-neck, ikat print in pink,
    # orange and blue. Adapter: caption, wearing; engine: closed.
    case(
        "X1304-023",
        caption(
            "The lady wears a medium-sleeve dress with color block patterns. The dress is with cotton fabric. It has "
            "a V-shape neckline. The dress is of long length."
        ),
        Q.color("orange"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short sleeves"),
        wearing("a colorful dress"),
        Q.material(
            "The dress is with cotton fabric. The lady wears a medium-sleeve dress with color block patterns. The "
            "dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("kaftan", "yes"),
        gender=W,
        title="Sweet Dreams Women Multicoloured Ikat Print Kaftan Nightdress",
        category="Nightdress",
        color="Multi",
    ),
    # Model in a black racerback padded sports bra with grey track pants. Adapter: caption, open color, details;
    # engine: garment type, color, sleeve length.
    case(
        "X1304-024",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this lady wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("black"),
        color_of("sports bra", "The sports bra is with pure color patterns.", "non_answer", kind="open"),
        details(
            "sports bra",
            "The sports bra has no sleeves, cotton fabric and pure color patterns. There is a zipper on the front.",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        gender=W,
        title="Clovia Women Black Solid Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Model barefoot, holding a mug, in a sage green rib-knit long-sleeve crop top and matching wide-leg pants (solid,
    # ribbed). Adapter: caption, wearing, material; engine: pattern, color.
    case(
        "X1304-025",
        caption(
            "This woman is wearing a long-sleeve T-shirt with striped patterns. The T-shirt is with knitted fabric. "
            "The pants this woman wears is of long length. The pants are with knitted fabric and striped patterns.",
            "contradiction",
        ),
        Q.pattern("solid"),
        wearing("a green sweater and green pants"),
        Q.color("green"),
        Q.material("The T-shirt is with knitted fabric."),
        gender=W,
        title="Bannos Swagger Women Sage Green Ribbed Lounge Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Model lying on a bed in a black satin shirt-style night suit with white piping, long sleeves, long pants.
    # Adapter: caption, details, describe; engine: color, pattern, sleeve length.
    case(
        "X1304-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with chiffon fabric and pure "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        details(
            "night suit",
            "black and white, black and white, black and white, black and white, black and white, black and white, "
            "black and",
            "loop",
            hit_limit=True,
        ),
        describe("night suit", "a black and white pajama set"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender=W,
        title="Sweet Dreams Women Black Solid Satin Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Back view: pink lace bralette with criss-cross straps, white high-waist trousers. Adapter: caption, wearing,
    # details; engine: color, garment type.
    case(
        "X1304-027",
        caption(
            "The lady wears a tank top with other patterns. The tank top is with other fabric and its neckline is "
            "suspenders. The pants this lady wears is of long length. The pants are with cotton fabric."
        ),
        wearing(
            "The lady wears a tank top with other patterns and a long pants. The tank top is with other fabric and "
            "its neckline is suspenders. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("bra"),
        details("bralette", "criss-cross straps at the back"),
        gender=W,
        title="Zivame Women Pink Lace Non-Padded Bralette",
        category="Bra",
        color="Pink",
    ),
    # Model in a grey melange crew-neck sweatshirt with "SUNDAY" printed in white, black joggers. Adapter: caption,
    # describe, details; engine: closed.
    case(
        "X1304-028",
        caption(
            "This woman is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The pants this woman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        describe("sweatshirt", "The sweatshirt is with cotton fabric and graphic patterns. It has a round neckline."),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.garment_type("sweatshirt"),
        details("sweatshirt", "The sweatshirt has a hood and a kangaroo pocket.", "unsupported"),
        wearing(
            "a grey sweatshirt and black pants Question: What is the person wearing? Answer: a grey sweatshirt and "
            "black pants Question",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Marks & Spencer Women Grey Melange Typography Lounge Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Model sitting with a teddy bear: peach cotton sleeveless short nightdress with a cartoon panda print, no
    # jewellery. Adapter: caption, wearing, describe; engine: color, pattern, yes/no.
    case(
        "X1304-029",
        caption(
            "The lady wears a tank dress with graphic patterns. The dress is with cotton fabric and its neckline is "
            "round. The dress is of three-point length. This lady wears a ring. This lady wears a ring. This lady "
            "wears a ring",
            "loop",
            hit_limit=True,
        ),
        wearing("a peach dress with a panda on it"),
        Q.color("peach"),
        is_a("nightdress", "yes"),
        describe("nightdress", "a nightdress with a teddy bear", "unsupported"),
        Q.pattern("printed"),
        gender=W,
        title="Secret Wish Women Peach Panda Print Cotton Short Nightdress",
        category="Nightdress",
        color="Peach",
    ),
    # Model in a white cotton terry bathrobe with a shawl collar, belt and two patch pockets. Adapter: caption,
    # material, details, wearing; engine: garment type, color.
    case(
        "X1304-030",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with furry fabric. It has a "
            "lapel neckline. The coat is of long length. There is a belt on her waist."
        ),
        Q.garment_type("robe"),
        Q.color("white"),
        Q.material("The coat is with furry fabric.", "contradiction"),
        details("bath robe", "It has a shawl collar, a belt and two pockets on the front."),
        wearing("a white bathrobe", who="the woman"),
        gender=W,
        title="Trident Women White Solid Cotton Terry Bath Robe",
        category="Bath Robe",
        color="White",
    ),
    # Model in navy cotton pyjama bottoms with small white stars and a plain pink tee. Adapter: caption, wearing,
    # material; engine: color of the pyjamas, pattern. The feed row has no gender.
    case(
        "X1304-031",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants this woman wears is of long length. The pants are with "
            "cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        color_of("pyjamas", "pink", "other_garment_color"),
        Q.pattern("printed"),
        wearing("a pink shirt and blue pants"),
        Q.material("cotton"),
        title="Zivame Women Navy Blue Star Print Cotton Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Model in a teal cotton nursing bra (drop-down clips on the straps) with grey lounge pants. Adapter: caption,
    # details, open color, material; engine: color, yes/no.
    case(
        "X1304-032",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        details("bra", "It has a clip on the strap."),
        Q.color("green"),
        color_of("bra", "grey", "other_garment_color", kind="open"),
        is_a("bra", "yes"),
        Q.material("cotton"),
        gender=W,
        title="Zivame Women Teal Cotton Maternity Nursing Bra",
        category="Bra",
        color="Teal",
    ),
    # Model in a black strappy shaping bodysuit tucked into blue jeans. Adapter: caption, wearing, material; engine:
    # garment type, color, yes/no.
    case(
        "X1304-033",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is suspenders. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns."
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("black"),
        wearing("black top and blue jeans"),
        is_a("bodysuit", "no", "contradiction"),
        Q.material("The tank top is with cotton fabric. The pants are with denim fabric.", "unsupported"),
        gender=W,
        title="Swee Women Black Solid Shaping Bodysuit",
        category="Shapewear",
        color="Black",
    ),
    # Model in black thermal leggings with a matching black long-sleeve thermal top (not sold). Adapter: caption,
    # details, wearing; engine: garment type, color, yes/no.
    case(
        "X1304-034",
        caption(
            "This woman is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted "
            "fabric. The pants this woman wears is of long length. The pants are with knitted fabric. The pants "
            "this woman wears",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        details(
            "leggings", "The leggings are of long length. The leggings are with knitted fabric and pure color patterns."
        ),
        wearing(
            "black leggings and a black shirt. Question: What is the woman wearing? Answer: black leggings and a "
            "black shirt. Question:",
            "leak",
            who="the woman",
            hit_limit=True,
        ),
        is_a("leggings", "yes", article="a pair of"),
        gender=W,
        title="Lux Inferno Women Black Solid Thermal Leggings",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Model on a sofa with cushions: blue short-sleeve top with a white floral print, plain blue shorts. Adapter:
    # caption, wearing, describe; engine: closed.
    case(
        "X1304-035",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and floral patterns.",
            "unsupported",
        ),
        Q.pattern("floral"),
        Q.color("blue"),
        wearing("She is wearing a blue and white floral top and blue shorts."),
        describe("night suit", "a blue night suit with a floral top and blue shorts"),
        Q.sleeve_length("short sleeves"),
        is_a("night suit", "yes"),
        gender=W,
        title="Dreamz by Pantaloons Women Blue Floral Print Shorts Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Campaign shot: burgundy lace push-up bra under an open black blazer, black trousers. Adapter: caption, wearing,
    # material; engine: color, garment type, yes/no.
    case(
        "X1304-036",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric."
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        wearing("a black jacket and a red bra"),
        is_a("bra", "yes"),
        Q.material("The coat is with cotton fabric.", "unsupported"),
        gender=W,
        title="Hunkemoller Women Burgundy Lace Push-Up Bra",
        category="Bra",
        color="Burgundy",
    ),
    # Flat lay of two cotton camisoles, one white and one black. The feed row has no color. Adapter: caption, describe;
    # engine: color, garment type, yes/no.
    case(
        "X1304-037",
        caption(
            "There is a tank top with pure color patterns. The tank top is with cotton fabric and its neckline is "
            "suspenders.",
            "contradiction",
        ),
        Q.color("black and white"),
        Q.garment_type("tank top"),
        is_a("camisole", "yes"),
        describe(
            "camisoles",
            "The camisoles are with cotton fabric and pure color patterns. They have suspenders necklines.",
        ),
        gender=W,
        title="Marks & Spencer Women Pack of 2 Cotton Camisoles",
        category="Camisoles",
    ),
    # Model in a Santa hat: red long-sleeve top with white reindeer and snowflakes, red-and-white checked pants.
    # Adapter: caption, wearing, details, material; engine: color, pattern.
    case(
        "X1304-038",
        caption(
            "This woman is wearing a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this woman wears is of long length. The pants are with lattice "
            "patterns. This woman",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and a santa hat"),
        details(
            "night suit",
            "reindeer, snowflakes, reindeer, snowflakes, reindeer, snowflakes, reindeer, snowflakes, reindeer, "
            "snowflakes, reindeer, snow",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.pattern("printed"),
        Q.material("The T-shirt is with cotton fabric."),
        gender=W,
        title="Dressberry Women Red & White Christmas Print Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Pregnant model in a grey-and-white striped knee-length tee nightdress, short sleeves, hidden nursing zips.
    # Adapter: caption, details, describe; engine: closed.
    case(
        "X1304-039",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length."
        ),
        Q.pattern("striped"),
        Q.color("grey"),
        Q.sleeve_length("short sleeves"),
        details(
            "nightdress",
            "The nightdress has short sleeves, cotton fabric and striped patterns. It has a round neckline. The "
            "nightdress is of medium length. The nightdress",
            "cut",
            hit_limit=True,
        ),
        is_a("nightdress", "yes"),
        describe("nightdress", "a striped dress for pregnant women"),
        gender=W,
        title="Momtobe Women Grey Striped Maternity Nightdress with Nursing Zip",
        category="Nightdress",
        color="Grey",
    ),
    # Model hugging a pillow in an oversized white sleep tee-dress, mid-thigh, "Sleepy Head" printed in black.
    # Adapter: caption, wearing, details; engine: closed.
    case(
        "X1304-040",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline."
        ),
        wearing("a white shirt with black writing"),
        Q.color("white"),
        Q.garment_type("t-shirt"),
        details(
            "nightdress", "The nightdress has short sleeves and a round neckline. It has a graphic print on the front."
        ),
        Q.pattern("graphic"),
        gender=W,
        title="Shopaholic Women White Typography Print Sleep T-shirt Dress",
        category="Nightdress",
        color="White",
    ),
    # Back view: fuchsia polyamide padded bra with a three-hook closure, white shorts, hair tied up. Adapter: caption,
    # wearing, details, material; engine: color.
    case(
        "X1304-041",
        caption(
            "Her tank shirt has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. She "
            "wears a three-point shorts, with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a pink bra and white shorts.", "pronoun"),
        Q.color("pink"),
        Q.material("nylon"),
        details("bra", "It has three hooks at the back."),
        describe("bra", "a bra", "non_answer"),
        gender=W,
        title="Clovia Women Fuchsia Solid Polyamide Padded Bra",
        category="Bra",
        color="Fuchsia",
    ),
    # Model with a satin eye mask pushed up on her forehead: beige top with a brown teddy-bear print, beige-and-brown
    # checked pants. Adapter: caption, wearing, describe; engine: color, pattern, yes/no.
    case(
        "X1304-042",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this woman wears is of long length. The pants are with cotton "
            "fabric and lattice",
            "cut",
            hit_limit=True,
        ),
        wearing("a shirt and pants and glasses", "unsupported"),
        Q.color("beige"),
        is_a("night suit", "yes"),
        describe(
            "night suit",
            "The night suit is with cotton fabric and graphic patterns. It has a round neckline. The night suit is "
            "of long length. The night suit is",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        gender=W,
        title="Zivame Women Beige Teddy Print Cotton Night Suit with Eye Mask",
        category="Night suits",
        color="Beige",
    ),
    # Model lying on a bed in a mauve satin camisole with lace at the bust and matching shorts. Adapter: caption,
    # wearing, material, describe; engine: color, sleeve length.
    case(
        "X1304-043",
        caption(
            "The lady wears a tank top with pure color patterns and a three-point shorts. The tank top is with other "
            "fabric and its neckline is V-shape. The shorts are with other fabric and pure color patterns."
        ),
        wearing("a purple camisole and shorts"),
        Q.color("purple"),
        Q.material("The tank top is with chiffon fabric.", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("night suit", "", "non_answer"),
        gender=W,
        title="Dressberry Women Mauve Satin Lace Detail Camisole and Shorts Set",
        category="Night suits",
        color="Mauve",
    ),
    # Model in a white cotton non-padded bra with pink lounge pants, a watch on her wrist. Adapter: caption, wearing,
    # material; engine: color, garment type, yes/no.
    case(
        "X1304-044",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. The "
            "pants this lady wears is of long length. The pants are with cotton fabric. There is an accessory on "
            "her",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("bra"),
        Q.material("The tank shirt is with cotton fabric."),
        is_a("bra", "yes"),
        wearing("a white bra and pink pants"),
        gender=W,
        title="Enamor Women White Cotton Non-Padded Everyday Bra",
        category="Bra",
        color="White",
    ),
    # Model in a lilac fleece hooded onesie with a front zip, long sleeves and bunny ears on the hood (hood down).
    # Adapter: caption, details, describe; engine: closed. The feed row has no gender.
    case(
        "X1304-045",
        caption(
            "This woman is wearing a long-sleeve romper with pure color patterns. The romper is with furry fabric. It "
            "has a standing neckline. The romper is of long length."
        ),
        Q.garment_type("jumpsuit"),
        Q.color("purple"),
        details("onesie", "It has a zipper on the front and a hood with ears."),
        is_a("jumpsuit", "yes"),
        describe("onesie", "The onesie is a one-piece onesie.", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Sweet Dreams Women Lavender Fleece Hooded Onesie",
        category="Jumpsuit",
        color="Lavender",
    ),
]
