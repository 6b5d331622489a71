"""BLIND_1256 (45 products; Myntra women's nightwear, lingerie and loungewear, epoch-2 caption adapter): written blind
in the sixty-second session. Measured blind at 59066e5 (the session's fifth rules): 73/83 failures found (88.0%) and
25/189 correct texts flagged (13.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, baby dolls, robes,
bras, briefs, camisoles, shapewear, lounge pants, shorts and tees, a thermal top). Catalog photos: a model on a plain
backdrop wearing the product with other clothes (a white tee over lounge shorts, jeans under a camisole, an open shirt
over a cami, a robe over a slip), a few flat lays of multipacks, one back view, a few props (a mug, a pillow, a teddy
bear, an eye mask on the forehead). Feed columns as Myntra has them: title, category (article type), color (base
colour), gender; a column is missing here and there.
Who wrote what: captions and every open answer (What is the person wearing?, Describe the X., What are the X details?,
the material question, and the experiments' open "What is the color of the X?" where asked) come from BLIP-2 OPT-2.7b
with the epoch-2 caption LoRA, greedy, 50 new tokens for captions and 30 for answers. The closed questions
(garment type, color, pattern, sleeve length, "Is this a X?") come from the reference engine ranking candidate
answers; they never hit a limit. The adapter was trained on DeepFashion template captions with unmasked, right-padded
labels, so a caption never stops: it ends with padding (invisible after decoding) or runs on and is cut, and every
caption ran to the 50-token limit. At epoch 2 the adapter still stops on the newline for most open questions (short,
often right answers); about one open answer in four is the caption template or a loop and runs to the 30-token limit.
The template has no hue names ("pure color patterns", "lattice", "floral") and no word for bra or briefs, so
it calls a bra a "sleeveless tank top" and briefs "a three-point shorts".
Labeling conventions and judgement calls: one label per text. A wrong garment, color or pattern beats truncation: a cut
caption that calls a bra a tank top is a contradiction, not a cut. A loop or a leak beats a cut. A caption template
given to a question it does not answer (material answered with "other fabric", a color question answered with "pure
color") is a non_answer. A template answer whose content is right but which stops mid-sentence is a cut. A text that
ran to the limit but reads complete (a caption followed by padding, one material answer that ended on a full stop) is
hit_limit=True and left unmarked when its content is right. A wrong fabric the title contradicts (cotton or chiffon for
satin or modal, silk for satin) is unsupported, as are invented accessories and details (a hat, a ring, a front
closure). Near hues I accept: purple for lavender, yellow for mustard, beige for nude, grey for charcoal, white for off
white. For multipacks a color of one of the pieces shown is accepted. A color answer that gives the color of a garment
worn with the product (the tee, the open shirt, the slip, the leggings) is other_garment_color; the color of the print
on the product is a contradiction. "The gentleman" or "he" for the women in these photos is pronoun. The prop answered
for "What is the person wearing?" is a non_answer when it describes the action and a contradiction when it names the
prop as the thing worn.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1256 = [
    # Photo: model standing, pink short-sleeve round-neck top with a white cat print, pink pyjama pants with the same
    # print. Caption/open: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1256-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink pajama set"),
        Q.garment_type("night suit"),
        Q.color("pink"),
        Q.pattern("graphic"),
        details(
            "night suit",
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: knee-length sleeveless lavender nightdress, lace at the V neckline, model barefoot on a white backdrop.
    # Caption/open: adapter (caption ends in padding); closed: reference engine.
    case(
        "X1256-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of knee length.",
            hit_limit=True,
        ),
        wearing("a purple nightgown"),
        Q.color("purple"),
        color_of("nightdress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe(
            "nightdress",
            "The dress is with cotton fabric. It has a v-shape neckline. The dress is with cotton fabric. It has a "
            "v-shape neckline",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Sweet Dreams Women Lavender Solid Cotton Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Photo: model in a black lace bra with matching black lace briefs, cropped at the thighs, grey backdrop.
    # Caption/open: adapter; closed: reference engine.
    case(
        "X1256-003",
        caption(
            "The lady wears a sleeveless tank top with other patterns. The tank top is with other fabric. It has a "
            "suspenders neckline. The lady wears a three-point shorts. The shorts are with",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("bra"),
        Q.color("black"),
        is_a("bra", "yes"),
        details("bra", "black lace with thin straps"),
        Q.material(
            "The lady wears a sleeveless tank top with other patterns. The tank top is with other fabric. It has a "
            "suspenders",
            "non_answer",
            hit_limit=True,
        ),
        gender="Women",
        title="Amante Black Lace Non-Padded Non-Wired Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model in black hipster briefs with a white ribbed tank top, front view.
    # Caption/open: adapter; closed: reference engine (color picked the tank top).
    case(
        "X1256-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The shorts are "
            "with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure color patterns. "
            "The shorts are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tank top and black underwear"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("briefs"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Women",
        title="Jockey Women Black Solid Hipster Briefs",
        category="Briefs",
        color="Black",
    ),
    # Photo: maroon satin baby doll, spaghetti straps, black lace on the cups and the hem, a small bow at the centre.
    # Caption/open: adapter (caption ends in padding; chiffon for satin); closed: reference engine.
    case(
        "X1256-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of short length.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("nightdress"),
        Q.color("maroon"),
        describe("baby doll", "a short maroon satin nightie with lace trim"),
        details(
            "baby doll",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Zivame Women Maroon Satin Baby Doll",
        category="Baby Dolls",
        color="Maroon",
    ),
    # Photo: navy full-sleeve button-down pyjama shirt with a small white star print and white piping, matching pants,
    # a chest pocket. Caption/open: adapter (caption ends in padding); closed: reference engine (stars as dots).
    case(
        "X1256-006",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns.",
            hit_limit=True,
        ),
        wearing("pajamas"),
        Q.color("navy blue"),
        Q.pattern("polka dots", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details(
            "pyjama set", "white piping on the collar and the cuffs, buttons down the front, a pocket on the chest"
        ),
        gender="Women",
        title="Dreamz by Pantaloons Women Navy Blue Printed Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: grey melange joggers with a drawstring, worn with a black crop tee and white sneakers.
    # Caption/open: adapter; closed: reference engine (color picked the tee).
    case(
        "X1256-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("pants"),
        wearing("a black t-shirt and grey sweatpants"),
        describe("lounge pants", "grey jogger pants with an elastic waist and a drawstring"),
        details(
            "lounge pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mast & Harbour Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: off-white short-sleeve top with a pink floral print and solid pink shorts; model seated on a stool.
    # Caption/open: adapter (caption ends in padding; the material answer ran to 30 tokens and happened to end on a
    # full stop); closed: reference engine.
    case(
        "X1256-008",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("white"),
        wearing("a white shirt and pink shorts"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.pattern("floral"),
        Q.material(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline.",
            hit_limit=True,
        ),
        gender="Women",
        title="Bannos Swagger Women Off-White Printed Cotton Night Suit",
        category="Night suits",
        color="Off White",
    ),
    # Photo: flat lay, two lounge tees side by side: grey with a "sleepy" slogan, pink with a cloud graphic. No person.
    # Caption/open: adapter; closed: reference engine.
    case(
        "X1256-009",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        describe("t-shirts", "two t-shirts, one grey and one pink, with writing on them"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Kanvin Women Pack of 2 Printed Lounge T-shirts",
        category="Lounge Tshirts",
        color="Multi",
    ),
    # Photo: peach camisole worn under an open white cotton shirt, with blue jeans; the camisole shows down the middle.
    # Caption/open: adapter (describes the shirt and jeans it sees); closed: reference engine (picked the shirt).
    case(
        "X1256-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        wearing("a white shirt, a peach top and jeans"),
        is_a("camisole", "no", "contradiction"),
        describe("camisole", "a peach camisole with thin straps"),
        gender="Women",
        title="Clovia Women Peach Solid Camisole",
        category="Camisoles",
        color="Peach",
    ),
    # Photo: navy lounge shorts with a white drawstring, worn with a plain white tee.
    # Caption/open: adapter (caption ends in padding); closed: reference engine.
    case(
        "X1256-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.garment_type("shorts"),
        details("shorts", "they are shorts", "non_answer"),
        Q.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a white t-shirt and blue shorts", who="the woman"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: light blue and white checked pyjama set, long-sleeve collared shirt, matching checked pants.
    # Caption/open: adapter; closed: reference engine.
    case(
        "X1256-012",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and lattice patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("blue"),
        color_of("pyjama set", "lattice", "non_answer", kind="open"),
        wearing("a blue and white plaid pajama set"),
        Q.sleeve_length("long sleeves"),
        describe(
            "pyjama set",
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Sweet Dreams Women Blue Checked Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Photo: short black sheer nightdress with lace at the neckline and hem, a matching sheer robe open over it.
    # Caption/open: adapter; closed: reference engine.
    case(
        "X1256-013",
        caption(
            "The lady wears a long-sleeve outer clothing with other patterns. The outer clothing is with chiffon "
            "fabric. The lady wears a sleeveless dress with other patterns. The dress is with chiffon fabric. It has "
            "a v",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("nightdress"),
        Q.color("black"),
        is_a("nightdress", "yes"),
        details("nightdress", "black lace trim on the neckline and the hem"),
        wearing("a black lingerie and a black robe"),
        gender="Women",
        title="N-Gal Women Black Lace Sheer Nightdress with Robe",
        category="Nightdress",
        color="Black",
    ),
    # Photo: baby pink long-sleeve round-neck modal top and pink pants; the model holds a white mug with both hands.
    # Caption/open: adapter (cotton for modal); closed: reference engine.
    case(
        "X1256-014",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "This lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("she is holding a cup of coffee", "non_answer"),
        Q.color("pink"),
        Q.garment_type("night suit"),
        Q.pattern("solid"),
        gender="Women",
        title="Marks & Spencer Women Pink Cool Comfort Modal Pyjama Set",
        category="Night suits",
        color="Pink",
    ),
    # Photo: lavender terry bathrobe, shawl collar, tied belt, two patch pockets; no jewellery, hands in the pockets.
    # Caption/open: adapter (caption ends in padding, invents a ring); closed: reference engine.
    case(
        "X1256-015",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. There is a belt. The lady wears a ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("robe"),
        Q.color("lavender"),
        details("robe", "a belt at the waist and two pockets"),
        describe(
            "robe",
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a lapel",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Women Lavender Solid Cotton Terry Bathrobe",
        category="Robe",
        color="Lavender",
    ),
    # Photo: nude padded T-shirt bra, smooth moulded cups, hook closure at the back (not visible), model cropped at the
    # waist, grey backdrop. Caption/open: adapter; closed: reference engine.
    case(
        "X1256-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The lady wears a sleeveless tank top with pure color patterns. The tank top",
            "loop",
            hit_limit=True,
        ),
        Q.color("beige"),
        Q.garment_type("bra"),
        is_a("padded bra", "yes"),
        details("bra", "smooth cups, adjustable straps and a front closure", "unsupported"),
        wearing("a bra"),
        gender="Women",
        title="Enamor Women Nude Padded Non-Wired T-Shirt Bra",
        category="Bra",
        color="Nude",
    ),
    # Photo: teal satin short-sleeve button-down top with white piping and teal shorts, model standing.
    # Caption/open: adapter (caption ends in padding); closed: reference engine.
    case(
        "X1256-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with other fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("satin"),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Teal Satin Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Photo: grey melange lounge tee with "WEEKEND MODE" printed in black, worn with black lounge pants.
    # Caption/open: adapter (caption ends in padding); closed: reference engine.
    case(
        "X1256-018",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "the word weekend on the front"),
        Q.pattern("printed"),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Sweet Dreams Women Grey Melange Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Photo: red lace underwired bra with matching red briefs, black backdrop.
    # Caption/open: adapter (caption ends in padding); closed: reference engine.
    case(
        "X1256-019",
        caption(
            "The lady wears a sleeveless tank top with other patterns. The tank top is with other fabric. It has a "
            "v-shape neckline. The lady wears a three-point shorts. The shorts are with other fabric and other "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("bra"),
        details(
            "bra",
            "red lace red lace red lace red lace red lace red lace red lace red lace red lace red lace",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        is_a("sports bra", "no"),
        gender="Women",
        title="Triumph Women Red Lace Underwired Lightly Padded Bra",
        category="Bra",
        color="Red",
    ),
    # Photo: mustard lounge shorts with a small white leaf print, worn with a plain white tank top.
    # Caption/open: adapter (caption ends in padding; the wearing answer went on into a new question); closed:
    # reference engine (pattern taken from the solid tank top).
    case(
        "X1256-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and graphic "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.garment_type("shorts"),
        Q.pattern("solid", "contradiction"),
        describe("shorts", "yellow shorts with a print"),
        wearing(
            "a white tank top and yellow shorts Question: What is the color of the shorts? Answer: yellow Question: "
            "What",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Hypernation Women Mustard Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Mustard",
    ),
    # Photo: flat lay of three briefs: one blue, one pink, one white with a small print. No person.
    # Caption/open: adapter; closed: reference engine.
    case(
        "X1256-021",
        caption(
            "The lady wears a three-point shorts with graphic patterns. The shorts are with cotton fabric and graphic "
            "patterns. The lady wears a three-point shorts with graphic patterns. The shorts are with cotton fabric "
            "and graphic",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        Q.color("multi"),
        is_a("pack of briefs", "yes"),
        wearing("a pair of shorts", "contradiction"),
        details("briefs", "three pairs of underwear in different colors"),
        gender="Women",
        title="Bummer Women Pack of 3 Assorted Printed Cotton Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: black high-waist tummy and thigh shaper shorts, worn with a nude bra, front view.
    # Caption/open: adapter; closed: reference engine. No category column in this row.
    case(
        "X1256-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The lady wears a three-point shorts. The shorts are with other fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("shorts"),
        details("shapewear", "a high waist and it goes down to the thighs"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a",
            "cut",
            hit_limit=True,
        ),
        Q.material("nylon"),
        gender="Women",
        title="Clovia Women Black Solid Tummy & Thigh Shaper Shorts",
        color="Black",
    ),
    # Photo: maroon ankle-length short-sleeve nightdress with a small white floral print, side view, the model hugs a
    # white pillow. Caption/open: adapter; closed: reference engine.
    case(
        "X1256-023",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The lady holds a pillow. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        wearing("a pillow", "contradiction"),
        color_of("nightdress", "floral", "non_answer", kind="open"),
        describe("nightdress", "a long red dress with white flowers"),
        gender="Women",
        title="Sweet Dreams Women Maroon Floral Print Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Photo: loose black cotton kaftan nightdress, elbow sleeves, gold embroidery around the V neck, a thin bangle.
    # Caption/open: adapter (caption ends in padding); closed: reference engine.
    case(
        "X1256-024",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        Q.color("black"),
        details(
            "kaftan",
            "The dress is with cotton fabric. It has a v-shape neckline. The dress is of long length. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        describe("kaftan", "a black dress with gold trim"),
        Q.garment_type("dress"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Mackly Women Black Solid Cotton Kaftan Nightdress",
        category="Nightdress",
        color="Black",
    ),
    # Photo: purple floral lace bra and briefs set, model cropped at the knees, no jewellery.
    # Caption/open: adapter (invents a ring, then loops on it); closed: reference engine.
    case(
        "X1256-025",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with other fabric. It has a "
            "v-shape neckline. This lady wears a ring on her finger. This lady wears a ring on her",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("lingerie"),
        Q.color("purple"),
        wearing("purple lingerie"),
        details("lingerie set", "floral lace on the bra and the panties, thin straps"),
        Q.pattern("floral"),
        gender="Women",
        title="Amante Women Purple Floral Lace Lingerie Set",
        category="Lingerie Set",
        color="Purple",
    ),
    # Photo: back view: olive lounge pants with two back patch pockets and an elastic waist, white tee, no hat.
    # Caption/open: adapter (invents a hat); closed: reference engine.
    case(
        "X1256-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is a hat",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.garment_type("pants"),
        wearing("a white shirt and green pants"),
        describe("lounge pants", "lounge pants", "restated"),
        details("lounge pants", "two pockets on the back and an elastic waistband"),
        is_a("pair of pants", "yes"),
        gender="Women",
        title="Kryptic Women Olive Green Solid Lounge Pants",
        category="Lounge Pants",
        color="Olive",
    ),
    # Photo: red long-sleeve top with small white hearts and matching pants; the model holds a teddy bear.
    # Caption/open: adapter; closed: reference engine.
    case(
        "X1256-027",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        wearing("red pajamas with hearts"),
        Q.color("red"),
        Q.pattern("printed"),
        details("night suit", "the lady is holding a teddy bear", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("night suit"),
        gender="Women",
        title="Secret Wish Women Red Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: navy kimono-style robe with a large floral print, elbow sleeves, belt tied, a white slip under it.
    # Caption/open: adapter; closed: reference engine (color picked the slip).
    case(
        "X1256-028",
        caption(
            "The lady wears a medium-sleeve outer clothing with floral patterns. The outer clothing is with chiffon "
            "fabric. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("robe"),
        describe(
            "robe",
            "The lady wears a medium-sleeve outer clothing with floral patterns. The outer clothing is with chiffon "
            "fabric. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        wearing("she is wearing a kimono", who="the woman"),
        gender="Women",
        title="Zivame Women Navy Blue Floral Print Robe",
        category="Robe",
        color="Navy Blue",
    ),
    # Photo: charcoal grey long-sleeve thermal top, crew neck, worn with blue jeans.
    # Caption/open: adapter (caption ends in padding; "sweater, knitted" for a knit thermal, accepted); closed:
    # reference engine.
    case(
        "X1256-029",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("top"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a round",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweater and jeans"),
        gender="Women",
        title="Jockey Women Charcoal Grey Solid Thermal Top",
        category="Thermal Tops",
        color="Charcoal",
    ),
    # Photo: flat lay, pink pyjama pants folded in half, white drawstring, no pockets, no zip. No gender column.
    # Caption/open: adapter; closed: reference engine.
    case(
        "X1256-030",
        caption(
            "The lady wears a long pants with pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The lady wears a long pants with pure color patterns. The pants are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("pink pants"),
        Q.color("pink"),
        Q.garment_type("pants"),
        details("pyjamas", "a drawstring at the waist and a zipper pocket", "unsupported"),
        title="Ahs Women Pink Solid Cotton Pyjamas",
        category="Lounge Pants",
        color="Pink",
    ),
    # Photo: off-white three-quarter-sleeve top with thin black stripes, solid black pants.
    # Caption/open: adapter (caption ends in padding, stripes given to the pants too); closed: reference engine
    # (color picked the pants).
    case(
        "X1256-031",
        caption(
            "The lady wears a medium-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and striped patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing("a striped shirt and black pants"),
        gender="Women",
        title="Chemistry Women Off-White & Black Striped Night Suit",
        category="Night suits",
        color="Off White",
    ),
    # Photo: white cotton camisole, thin straps, scoop neck, worn with blue jeans.
    # Caption/open: adapter (caption ends in padding; a camisole as a tank top, accepted); closed: reference engine.
    case(
        "X1256-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.garment_type("tank top"),
        wearing("a white tank top and jeans"),
        is_a("camisole", "yes"),
        details(
            "camisole",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Lady Lyka Women Pack of 2 White Cotton Camisoles",
        category="Camisoles",
        color="White",
    ),
    # Photo: peach satin short-sleeve shirt with a notch collar and black piping, peach satin pants.
    # Caption/open: adapter (caption ends in padding; cotton for satin); closed: reference engine.
    case(
        "X1256-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        Q.color("peach"),
        describe("night suit", "a peach satin pajama set with black piping"),
        Q.garment_type("night suit"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Nite Flite Women Peach Satin Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: back view, black sheer mesh babydoll tied with a bow at the back, cropped at the hips.
    # Caption/open: adapter (caption ends in padding); closed: reference engine.
    case(
        "X1256-034",
        caption(
            "The lady wears a sleeveless dress with other patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline.",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("nightdress"),
        wearing(
            "lingerie lingerie lingerie lingerie lingerie lingerie lingerie lingerie lingerie lingerie",
            "loop",
            hit_limit=True,
        ),
        is_a("baby doll", "yes"),
        details("babydoll", "sheer fabric with a bow at the back"),
        gender="Women",
        title="FashionRack Women Black Sheer Babydoll with Thong",
        category="Baby Dolls",
        color="Black",
    ),
    # Photo: grey short-sleeve tee with "NAP QUEEN" in pink letters, solid pink shorts with an elastic waist.
    # Caption/open: adapter (caption ends in padding); closed: reference engine.
    case(
        "X1256-035",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("grey"),
        describe("t-shirt", "a grey t-shirt with the words nap queen on it"),
        details("shorts", "pink shorts with an elastic waist"),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("night suit"),
        gender="Women",
        title="Sweet Dreams Women Grey & Pink Printed T-shirt with Shorts",
        category="Night suits",
        color="Grey",
    ),
    # Photo: model in navy lounge pants and a white tee, an inset in the corner shows the second pair in grey.
    # Caption/open: adapter; closed: reference engine.
    case(
        "X1256-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.garment_type("pants"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        details("lounge pants", "two pairs of pants, one blue and one grey"),
        gender="Women",
        title="Dollar Missy Women Pack of 2 Solid Lounge Pants",
        category="Lounge Pants",
        color="Multi",
    ),
    # Photo: black racerback sports bra worn with grey leggings, gym pose against a white wall.
    # Caption/open: adapter; closed: reference engine (color picked the leggings).
    case(
        "X1256-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("bra"),
        Q.sleeve_length("sleeveless"),
        describe("sports bra", "a black racerback sports bra"),
        wearing("she is wearing a black sports bra and grey leggings", who="the woman"),
        gender="Women",
        title="Triumph Women Black Solid Non-Wired Sports Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: lavender short-sleeve top and shorts with a moon-and-stars print; a matching eye mask pushed up on the
    # forehead. Caption/open: adapter (the eye mask as a hat); closed: reference engine.
    case(
        "X1256-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and graphic "
            "patterns. The lady wears a hat",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a purple shirt, purple shorts and a sleep mask"),
        Q.color("purple"),
        Q.pattern("graphic"),
        details("night suit", "moon and stars"),
        is_a("night suit", "yes"),
        gender="Women",
        title="Clovia Women Lavender Printed Night Suit with Eye Mask",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: cropped from the chin down, a woman in a light blue oversized lounge tee and white shorts.
    # Caption/open: adapter ("the gentleman", "he"); closed: reference engine.
    case(
        "X1256-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a blue t-shirt and white shorts"),
        Q.color("blue"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "a light blue t-shirt, he is wearing it with white shorts", "pronoun"),
        gender="Women",
        title="Nykd Women Blue Solid Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Blue",
    ),
    # Photo: flat lay of two non-padded cotton bras, one maroon and one black. No person.
    # Caption/open: adapter (caption ends in padding); closed: reference engine.
    case(
        "X1256-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a v-shape neckline.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("bra"),
        Q.color("maroon"),
        is_a("bra", "yes"),
        details("bras", "two bras, one maroon and one black"),
        Q.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a v",
            "contradiction",
            hit_limit=True,
        ),
        gender="Women",
        title="Curvy Love Women Pack of 2 Cotton Non-Padded Bras",
        category="Bra",
        color="Maroon",
    ),
    # Photo: beige kaftan nightdress with a brown leaf print, elbow sleeves, a thin gold bangle. No gender column.
    # Caption/open: adapter; closed: reference engine (color from the print).
    case(
        "X1256-041",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist.",
            "loop",
            hit_limit=True,
        ),
        Q.color("brown", "contradiction"),
        Q.pattern("floral"),
        describe("kaftan", "a beige dress with leaves on it"),
        Q.sleeve_length("short sleeves"),
        title="Bene Kleed Women Beige Printed Cotton Kaftan Nightdress",
        category="Nightdress",
        color="Beige",
    ),
    # Photo: red satin robe open over a matching red satin slip with lace at the neckline, belt hanging loose.
    # Caption/open: adapter; closed: reference engine.
    case(
        "X1256-042",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with chiffon "
            "fabric. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It "
            "has",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("robe"),
        wearing("a red silk robe", "unsupported"),
        details("set", "lace on the neckline of the slip, a belt on the robe"),
        Q.material("satin"),
        gender="Women",
        title="Zivame Women Red Satin Robe & Nightdress Set",
        category="Nightdress",
        color="Red",
    ),
    # Photo: white cotton pyjama pants with small blue flowers, worn with a plain blue tee, side pose.
    # Caption/open: adapter (caption ends in padding); closed: reference engine (color picked the tee).
    case(
        "X1256-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and floral patterns.",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("pants"),
        describe(
            "pyjamas",
            "The pants are with cotton fabric and floral patterns. The pants are with cotton fabric and floral "
            "patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        wearing("a blue shirt and white pants with flowers"),
        gender="Women",
        title="Sweet Dreams Women White Floral Print Cotton Pyjamas",
        category="Lounge Pants",
        color="White",
    ),
    # Photo: peach seamless hipster briefs worn with a matching peach bra, model cropped at the thighs. No color
    # column. Caption/open: adapter; closed: reference engine.
    case(
        "X1256-044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a v-shape neckline. The lady wears a three-point shorts. The shorts are with other fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        Q.color("peach"),
        details("briefs", "no seams and a wide waistband"),
        is_a("thong", "no"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a v-shape",
            "contradiction",
            hit_limit=True,
        ),
        gender="Women",
        title="Amante Women Peach Seamless Hipster Briefs",
        category="Briefs",
    ),
    # Photo: yellow short-sleeve tee with a sunflower print, yellow-and-white checked shorts.
    # Caption/open: adapter (caption ends in padding; the description echoed its prompt); closed: reference engine.
    case(
        "X1256-045",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and lattice "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("printed"),
        describe(
            "night suit",
            "Question: Describe the night suit. Answer: The lady wears a short-sleeve T-shirt with graphic patterns. "
            "The T-shirt",
            "leak",
            hit_limit=True,
        ),
        wearing("a yellow pajama set"),
        details("night suit", "the details of the night suit", "restated"),
        gender="Women",
        title="Dreamz by Pantaloons Women Yellow Printed Night Suit with Shorts",
        category="Night suits",
        color="Yellow",
    ),
]
