"""BLIND_1352 (45 products; Myntra women's nightwear, lingerie and loungewear, epoch-2 caption adapter): written blind
in the sixty-third session. Measured blind at a6e2e4e (the session's eighth and final rules): 61/82 failures found
(74.4%) and 17/189 correct texts flagged (9.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, pyjamas, lounge
pants, shorts and T-shirts, bras, briefs, lingerie sets, baby dolls, camisoles, robes, shapewear, thermals). The
catalog columns are the feed's own: title, category (Myntra's article type), color (its base colour), gender; a few
rows lack one of them. Photos are the usual catalog shots: a model on a plain light backdrop wearing the product with
other clothes (jeans with bras, a tee with pyjama bottoms, leggings with tops), a few back views, two flat lays, and
props now and then (a teddy bear, a coffee mug, an eye mask).
Who wrote what: the caption and every free answer (wearing, describe, details, material, and the color questions
stored open) come from the LoRA caption adapter at its second epoch, greedy, `Question: ... Answer:` prompts, 50 new
tokens for the caption and 30 for answers. It was trained on DeepFashion-MultiModal templates only, so it talks in
that template ("The lady wears a tank top with no sleeves... The shorts are with cotton fabric and pure color
patterns"), knows no lingerie words (a bra becomes a tank top, briefs become three-point shorts), knows only the
template's fabrics (cotton, chiffon, denim, knitting, other; never satin or lace), gives pattern words where a color
is asked, and never learned to stop, so long answers run to the limit. The closed questions (garment type, color,
pattern, sleeve length, the yes/no "Is this a ...?" and the color questions stored closed) come from the untuned
base model through the reference engine, which maps the short answer to the candidate list and keeps the raw text
when it cannot ("pajamas", "lingerie", "peach").
Labeling conventions and judgement calls: judged by the photo I imagined and the title. A text that ran to the limit
and stops mid-sentence is "cut" unless it loops (then "loop"); a loop is "loop" whether or not it hit the limit.
Template captions that call a bra a tank top, a robe a cardigan, briefs shorts, or a night suit just "shirt"/"t-shirt"
are "contradiction" (the title names the garment); a camisole or a shaping cami called a tank top, a babydoll called
a dress, a thermal top called a t-shirt and a bra photo captioned "upper clothing" I left correct. A template fabric
against a fabric the title names (cotton or chiffon for satin) is "contradiction"; a fabric or detail that the photo
does not show and the title does not name (cotton for nylon shapewear, a back hook seen from the front, a pocket, a
hat, shorts under a babydoll, a lady in a flat lay) is "unsupported". A closed color answer that gives the product the
color of the other garment in the photo is "other_garment_color"; a color question about the companion garment that
is answered with the product's color is "contradiction". Maroon answered "red", lavender "purple", coral "orange",
nude "beige" are right; for an assorted pack, one of the pack's colors is right, but a description that speaks of one
bra for a pack of two is "contradiction". A material answer that names the wrong garment (the tank top of a bra, the
cardigan of a robe, the sweater worn over joggers) is "contradiction" even where the fabric itself is plausible; a
"yes" to "Is this a bra?" for a vest is "contradiction". Pattern words given for a color ("pure color", "graphic") and
answers that only restate the question are "non_answer" or "restated"; an empty answer (the adapter emitted padding
until the limit) is "non_answer" with hit_limit. "nothing" for what the person wears in a flat lay is correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

BLIND_1352 = [
    # Photo: model standing front-on in a pink short-sleeve round-neck top with a small white heart print and matching
    # pink pyjama pants with a drawstring bow. Caption and free answers: epoch-2 adapter; closed: base via engine.
    case(
        "X1352-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("a pink night suit"),
        Q.color("pink"),
        Q.garment_type("pajamas"),
        Q.pattern("printed"),
        details(
            "night suit",
            "The night suit has a round neckline, short sleeves and long pants. The T-shirt is with cotton fabric and "
            "graphic patterns. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Pink & White Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model in a black moulded T-shirt bra worn with mid-blue jeans, cropped at the thighs. Adapter calls the
    # bra a tank top in the caption and again in the material answer.
    case(
        "X1352-002",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a suspenders "
            "neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black bra and jeans"),
        Q.color("black"),
        Q.garment_type("bra"),
        is_a("bra", "yes"),
        material("The tank top is with cotton fabric.", "contradiction"),
        gender="Women",
        title="Zivame Women Black Solid Non-Wired Lightly Padded T-shirt Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: side view, navy pyjama pants with a small white star print, worn with a plain white crew-neck tee. The
    # base model's closed color goes to the tee; the adapter answers the color question with a pattern word.
    case(
        "X1352-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and graphic patterns."
        ),
        Q.color("white", "other_garment_color"),
        color_of("pants", "The color of the pants is graphic.", "non_answer", kind="open"),
        Q.pattern("printed"),
        Q.garment_type("pants"),
        describe("pyjamas", "The pyjamas are long, with an elastic waist and a star print all over."),
        gender="Women",
        title="Sweet Dreams Women Navy Blue Printed Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: model in a knee-length maroon satin robe with a self-tie belt, shawl lapel, three-quarter side pose. The
    # adapter's template has no robe, so it says cardigan, and chiffon for satin.
    case(
        "X1352-004",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric and "
            "its neckline is V-shape.",
            "contradiction",
        ),
        wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric and "
            "its neckline is V-shape. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        material("The cardigan is with chiffon fabric.", "contradiction"),
        Q.garment_type("robe"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Bannos Swagger Women Maroon Solid Satin Robe",
        category="Robe",
        color="Maroon",
    ),
    # Photo: grey melange jogger-style lounge pants (drawstring, side pockets, ribbed cuffs) worn with a black tank top.
    case(
        "X1352-005",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "grey"),
        Q.color("black", "other_garment_color"),
        details(
            "lounge pants",
            "The lounge pants have an elastic waistband with a drawstring, two side pockets and ribbed cuffs at the "
            "ankles.",
        ),
        Q.pattern("solid"),
        is_a("pair of pants", "yes"),
        wearing(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a round "
            "neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model in a thigh-length black sheer babydoll with lace cups and spaghetti straps; the thong is not visible.
    case(
        "X1352-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress is of short length."
        ),
        wearing("a black lingerie"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("lace"),
        describe(
            "baby doll",
            "The baby doll is a short black sheer dress with spaghetti straps and a lace trim at the bust and hem.",
        ),
        gender="Women",
        title="N-Gal Women Black Self-Design Sheer Baby Doll with Thong",
        category="Baby Dolls",
        color="Black",
    ),
    # Photo: ankle-length purple cotton nightdress, short sleeves, round neck with a short button placket, no pockets.
    case(
        "X1352-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lower clothing is of long length. The lower clothing is with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple nightgown"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        details(
            "nightdress",
            "The nightdress has a round neckline, a button placket, short sleeves and a pocket on the chest.",
            "unsupported",
        ),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Kanvin Women Purple Solid Nightdress",
        category="Nightdress",
        color="Purple",
    ),
    # Photo: lavender short-sleeve lounge tee with a white "SLEEPY HEAD" text print, worn with grey lounge shorts.
    case(
        "X1352-008",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("purple"),
        describe("t-shirt", "The T-shirt is lavender with a white text print on the front that reads sleepy head."),
        Q.garment_type("t-shirt"),
        details(
            "t-shirt",
            "the t-shirt, the t-shirt, the t-shirt, the t-shirt, the t-shirt, the t-shirt, the t",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Etc Women Lavender Printed Lounge Tshirt",
        category="Lounge Tshirts",
        color="Lavender",
    ),
    # Photo: model in a red lace bra and matching red lace panty, plain grey backdrop.
    case(
        "X1352-009",
        caption(
            "The lady wears a tank top with no sleeves, other fabric and floral patterns. It has a suspenders "
            "neckline. The lady wears a three-point shorts. The shorts are with other fabric and floral patterns.",
            "contradiction",
        ),
        wearing("a red bra and panties"),
        Q.color("red"),
        Q.pattern("lace"),
        Q.garment_type("bra"),
        material("The tank top is with other fabric.", "non_answer"),
        gender="Women",
        title="PrettySecrets Women Red Lace Lingerie Set",
        category="Lingerie Set",
        color="Red",
    ),
    # Photo: off-white long-sleeve notch-collar shirt with blue vertical stripes, button front, chest pocket, blue
    # piping on collar and cuffs, matching striped pants.
    case(
        "X1352-010",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and striped patterns."
        ),
        wearing(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        details(
            "night suit",
            "The night suit has a notched collar, a button front, a chest pocket and contrast piping on the collar and "
            "cuffs.",
        ),
        gender="Women",
        title="Dreamz by Pantaloons Women Off White & Blue Striped Night Suit",
        category="Night suits",
        color="Off White",
    ),
    # Photo: model in a nude seamless high-waist thigh shaper reaching under the bust, with a nude bra; no jewellery.
    case(
        "X1352-011",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a suspenders "
            "neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("beige"),
        Q.garment_type("shorts", "contradiction"),
        wearing("a beige shapewear"),
        is_a("shapewear", "yes"),
        material("The shorts are with cotton fabric.", "unsupported"),
        gender="Women",
        title="Amante Women Nude-Coloured Solid Seamless Shapewear",
        category="Shapewear",
        color="Nude",
    ),
    # Photo: teal lounge shorts with white polka dots, worn with a white cropped tee.
    case(
        "X1352-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("polka dots"),
        wearing("The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts."),
        details("shorts", "The shorts are short.", "non_answer"),
        Q.garment_type("shorts"),
        gender="Women",
        title="Sweet Dreams Women Teal Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Teal",
    ),
    # Photo: white lace bralette (V-neck, thin straps) worn with light blue denim shorts. The closed bra color goes to
    # the shorts.
    case(
        "X1352-013",
        caption(
            "The lady wears a tank top with no sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. "
            "The lady wears a three-point shorts. The shorts are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        Q.color("white"),
        color_of("bra", "blue", "other_garment_color"),
        is_a("bra", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("lace"),
        gender="Women",
        title="Clovia Women White Lace Non-Padded Non-Wired Bralette Bra",
        category="Bra",
        color="White",
    ),
    # Photo: peach sleeveless round-neck top and capri pants with a small bird print; the model is a woman (no gender
    # column in this row).
    case(
        "X1352-014",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and graphic patterns. It has a round neckline. "
            "The lady wears a three-quarter pants. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("He is wearing a tank top and capri pants.", "pronoun"),
        Q.color("peach"),
        Q.sleeve_length("sleeveless"),
        material("The tank top is with cotton fabric."),
        describe(
            "night suit",
            "The night suit is a sleeveless top and capri pants with a bird print all over and a round neckline.",
        ),
        title="Kanvin Women Peach Printed Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: navy spaghetti-strap camisole worn with white lounge pants. The adapter runs on into the next question.
    case(
        "X1352-015",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a suspenders "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tank top"),
        Q.color("blue"),
        material("The tank top is with cotton fabric."),
        wearing(
            "a navy blue tank top and white pants. Question: What is the color of the pants? Answer: white. Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Navy Blue Solid Camisole",
        category="Camisoles",
        color="Navy Blue",
    ),
    # Photo: knee-length nightdress, white ground with pink and green flowers, cap sleeves, V-neck, gathered waist,
    # ruffled hem.
    case(
        "X1352-016",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric and its "
            "neckline is V-shape. The lower clothing is of medium short length. The fabric is cotton and it has floral "
            "patterns."
        ),
        Q.color("white"),
        Q.pattern("floral"),
        wearing("a floral nightgown"),
        details(
            "nightdress",
            "The nightdress has a V-neckline, short sleeves, a gathered waist and a ruffle at the hem. The nightdress "
            "has a V-neckline, short sleeves, a",
            "loop",
            hit_limit=True,
        ),
        is_a("nightdress", "no", "contradiction"),
        gender="Women",
        title="Zivame Women Multicoloured Floral Printed Nightdress",
        category="Nightdress",
        color="Multi",
    ),
    # Photo: black satin short-sleeve notch-collar shirt with white piping and black satin shorts with white piping.
    case(
        "X1352-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        material("The shirt is with cotton fabric.", "contradiction"),
        Q.color("black"),
        Q.garment_type("shirt", "contradiction"),
        wearing("a black satin pajama set"),
        details(
            "night suit",
            "The night suit has white piping on the collar, pocket and shorts, with a notched collar and button front.",
        ),
        gender="Women",
        title="Bannos Swagger Women Black Satin Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: flat lay on white, three full briefs side by side (pink, white, grey); no person.
    case(
        "X1352-018",
        caption(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("The lady wears a three-point shorts with pure color patterns.", "unsupported"),
        Q.garment_type("underwear"),
        Q.color("pink"),
        is_a("pair of briefs", "yes"),
        Q.pattern("solid"),
        gender="Women",
        title="Marks & Spencer Women Pack of 3 Assorted Full Briefs",
        category="Briefs",
        color="Assorted",
    ),
    # Photo: grey melange tee with a pink "Good Vibes" print, pink-and-grey checked pyjama pants.
    case(
        "X1352-019",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and lattice patterns."
        ),
        Q.color("grey"),
        describe(
            "night suit", "The night suit is grey and pink with a graphic print on the t-shirt and checked pants."
        ),
        Q.pattern("checked"),
        details("night suit", "", "non_answer", hit_limit=True),
        gender="Women",
        title="Sweet Dreams Women Grey Melange & Pink Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: black short-sleeve round-neck lounge tee worn with light grey joggers. The pants get the tee's color.
    case(
        "X1352-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("black"),
        color_of("pants", "black", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("t-shirt"),
        material("The T-shirt is with cotton fabric."),
        wearing("The lady wears a short-sleeve T-shirt with pure color patterns and a long pants."),
        gender="Women",
        title="Jockey Women Black Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # Photo: navy-and-white checked pyjama pants, worn with a navy tee.
    case(
        "X1352-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and lattice patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("blue"),
        wearing("navy blue pants and a navy blue t-shirt"),
        is_a("pair of pyjamas", "yes"),
        gender="Women",
        title="Kanvin Women Navy Blue & White Checked Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: torso crop, pink floral lace push-up bra, hand on hip, thin silver bracelet; front view only.
    case(
        "X1352-022",
        caption(
            "The lady wears a tank top with no sleeves, other fabric and floral patterns. It has a V-shape neckline. "
            "There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a pink bra"),
        material("The tank top is with chiffon fabric.", "contradiction"),
        details(
            "bra",
            "The bra has underwire, padded cups, lace overlay, adjustable straps and a hook and eye closure at the "
            "back.",
            "unsupported",
        ),
        Q.color("pink"),
        is_a("bra", "yes"),
        gender="Women",
        title="Zivame Women Pink Floral Lace Padded Wired Push-Up Bra",
        category="Bra",
        color="Pink",
    ),
    # Photo: olive green lounge shorts (drawstring, side pockets) with a white tee. The caption turns the shorts into
    # long pants; the closed product color goes to the tee.
    case(
        "X1352-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("shorts", "green"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        details("shorts", "The shorts have an elastic waistband, a drawstring and two side pockets."),
        wearing("a white t-shirt and green shorts"),
        gender="Women",
        title="Jockey Women Olive Green Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
    # Photo: red-and-black buffalo check long-sleeve collared shirt with black pyjama pants. No gender column.
    case(
        "X1352-024",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("red"),
        color_of("pants", "red", "contradiction"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        describe(
            "night suit",
            "The night suit is a red and black checked shirt with a collar and buttons and black pants with a "
            "drawstring waist. The shirt is",
            "cut",
            hit_limit=True,
        ),
        title="Clovia Women Red & Black Checked Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: knee-length blue short-sleeve round-neck nightdress with a white cloud print.
    case(
        "X1352-025",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium short length. The dress is with cotton fabric and graphic "
            "patterns. The dress is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue nightgown with clouds on it"),
        Q.color("blue"),
        material("The dress is with cotton fabric."),
        describe(
            "nightdress",
            "Question: Describe the nightdress. Answer: The nightdress is blue with white clouds and short sleeves. "
            "Question: Describe the nightdress. Answer: The",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Sweet Dreams Women Blue Printed Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: black long-sleeve thermal top worn with black thermal leggings (both black: one color for both is right).
    case(
        "X1352-026",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("black"),
        color_of("leggings", "black"),
        color_of("t-shirt", "The color of the T-shirt is pure color.", "non_answer", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("t-shirt"),
        material("The T-shirt is with knitting fabric."),
        wearing(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Black Solid Thermal Top",
        category="Thermal Tops",
        color="Black",
    ),
    # Photo: burgundy satin camisole with lace trim at the neckline and satin shorts with a lace hem.
    case(
        "X1352-027",
        caption(
            "The lady wears a tank top with no sleeves, chiffon fabric and pure color patterns. It has a suspenders "
            "neckline. The lady wears a three-point shorts. The shorts are with chiffon fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.color("maroon"),
        wearing("a red satin pajama set with lace"),
        details(
            "night suit",
            "The night suit has lace trim on the neckline and hem of the shorts, thin adjustable straps and an elastic "
            "waistband on the shorts with a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="PrettySecrets Women Burgundy Satin Lace Trim Camisole & Shorts Set",
        category="Night suits",
        color="Burgundy",
    ),
    # Photo: back view, black racerback sports bra with black leggings. The base model says it is not a bra.
    case(
        "X1352-028",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.color("black"),
        Q.garment_type("sports bra"),
        is_a("bra", "no", "contradiction"),
        wearing(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a round "
            "neckline. The lady wears a long leggings",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        gender="Women",
        title="Zivame Women Black Solid Racerback Sports Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: pink cotton lounge pants with a small cupcake print, worn with a white thin-strap tank top.
    case(
        "X1352-029",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a suspenders "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns."
        ),
        Q.color("pink"),
        Q.pattern("printed"),
        material("The pants are with cotton fabric."),
        wearing(
            "The lady wears a long pants. The lady wears a long pants. The lady wears a long pants. The lady wears a "
            "long pants. The",
            "loop",
            hit_limit=True,
        ),
        describe(
            "lounge pants",
            "The lounge pants are pink with a cupcake print, an elastic waistband and a drawstring, with side pockets "
            "and a ribbed hem at the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Pink Printed Cotton Lounge Pants",
        category="Lounge Pants",
        color="Pink",
    ),
    # Photo: white waffle-knit bathrobe, shawl collar, self-tie belt, two patch pockets, model barefoot; the robe
    # reaches mid-calf, no pants visible.
    case(
        "X1352-030",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric and "
            "its neckline is lapel. The lady wears a long pants. The pants are with knitting fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a white bathrobe"),
        Q.color("white"),
        Q.garment_type("robe"),
        material("The cardigan is with cotton fabric.", "contradiction"),
        details(
            "bathrobe",
            "The bathrobe has a shawl collar, a self tie belt at the waist, two patch pockets and long sleeves.",
        ),
        gender="Women",
        title="Bannos Swagger Women White Solid Waffle Bathrobe",
        category="Bath Robe",
        color="White",
    ),
    # Photo: model holding a teddy bear; yellow tee with a bear print, yellow-and-white striped shorts.
    case(
        "X1352-031",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and striped "
            "patterns."
        ),
        wearing("a yellow shirt and shorts and holding a teddy bear"),
        Q.color("yellow"),
        Q.pattern("striped"),
        describe(
            "night suit",
            "The night suit is a yellow t-shirt with a teddy bear print and striped shorts, and she is holding a teddy "
            "bear in her hands and",
            "cut",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        gender="Women",
        title="Sweet Dreams Women Yellow Printed Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: charcoal joggers (drawstring, side pockets, cuffed ankles) with a light pink sweatshirt. The base model's
    # closed answers follow the sweatshirt.
    case(
        "X1352-032",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("pink", "other_garment_color"),
        color_of("joggers", "grey"),
        Q.garment_type("sweater", "contradiction"),
        details(
            "joggers",
            "The joggers have an elastic waistband with a drawstring, side pockets and elasticated cuffs at the "
            "ankles.",
        ),
        wearing("The woman is wearing a pink sweatshirt and grey sweatpants."),
        material("The sweater is with cotton fabric.", "contradiction"),
        gender="Women",
        title="Jockey Women Charcoal Grey Solid Lounge Joggers",
        category="Lounge Pants",
        color="Charcoal",
    ),
    # Photo: back view, nude minimiser bra showing a three-hook closure and wide side wings, light-wash jeans.
    case(
        "X1352-033",
        caption(
            "The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. The lady "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns. The lady wears a long "
            "trousers. The trousers are with denim",
            "loop",
            hit_limit=True,
        ),
        Q.color("beige"),
        details("bra", "The bra has a hook and eye closure at the back, wide side wings and adjustable straps."),
        is_a("bra", "yes"),
        wearing("a bra and jeans"),
        gender="Women",
        title="Zivame Women Nude-Coloured Solid Non-Padded Non-Wired Minimiser Bra",
        category="Bra",
        color="Nude",
    ),
    # Photo: long lavender satin slip nightdress, spaghetti straps, lace at the bust; model holds a coffee mug.
    case(
        "X1352-034",
        caption(
            "The lady wears a tank top with no sleeves, chiffon fabric and pure color patterns. It has a suspenders "
            "neckline. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns.",
            "contradiction",
        ),
        wearing("a purple satin nightgown"),
        Q.color("purple"),
        describe(
            "nightdress",
            "The nightdress is a long lavender satin slip with thin straps and lace at the bust.",
        ),
        material("The nightdress is made of satin."),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Clovia Women Lavender Solid Satin Slip Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Photo: model with a short crop, white long-sleeve lounge tee with a black text print, black lounge pants.
    case(
        "X1352-035",
        caption(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("The man is wearing a white t-shirt and black pants.", "pronoun"),
        Q.color("white"),
        color_of("pants", "black"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Sweet Dreams Women White & Black Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Photo: red sheer mesh babydoll with red lace cups and a front slit, on a plain backdrop beside a chair; no shorts
    # (the thong is barely visible through the mesh).
    case(
        "X1352-036",
        caption(
            "The lady wears a tank top with no sleeves, chiffon fabric and pure color patterns. It has a V-shape "
            "neckline. The lady wears a three-point shorts. The shorts are with chiffon fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        wearing("a red lingerie"),
        Q.color("red"),
        Q.garment_type("lingerie"),
        details(
            "baby doll",
            "The baby doll has lace cups, a sheer mesh body, a front slit and thin straps. The baby doll has lace "
            "cups, a sheer mesh body,",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Da Intimo Women Red Sheer Babydoll with Thong",
        category="Baby Dolls",
        color="Red",
    ),
    # Photo: sea green V-neck top with three-quarter sleeves and matching pants, small white floral print.
    case(
        "X1352-037",
        caption(
            "The lady wears a medium-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long pants. The pants are with cotton fabric and floral patterns."
        ),
        wearing("a green floral pajama set"),
        Q.color("green"),
        color_of("night suit", "The night suit is with floral patterns.", "non_answer", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.pattern("floral"),
        material("The T-shirt is with cotton fabric."),
        details("night suit", "The night suit details are the details of the night suit.", "restated"),
        gender="Women",
        title="Kanvin Women Sea Green Printed Night Suit",
        category="Night suits",
        color="Sea Green",
    ),
    # Photo: white ribbed innerwear vest (tank) worn with black leggings. The closed color of the tank top goes to the
    # leggings.
    case(
        "X1352-038",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.color("white"),
        Q.garment_type("tank top"),
        color_of("tank top", "black", "other_garment_color"),
        material("The tank top is with cotton fabric."),
        is_a("bra", "yes", "contradiction"),
        gender="Women",
        title="Jockey Women White Solid Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: long coral kaftan nightdress with a white geometric print, wide elbow sleeves, V-neck. The adapter
    # starts its answer by repeating the prompt.
    case(
        "X1352-039",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with chiffon fabric and its "
            "neckline is V-shape. The lower clothing is of long length. The fabric is chiffon and it has graphic "
            "patterns."
        ),
        wearing(
            "Question: What is the person wearing? Answer: The lady wears a short-sleeve T-shirt with graphic "
            "patterns. The T-shirt",
            "leak",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.garment_type("dress"),
        Q.pattern("printed"),
        material("The T-shirt is with chiffon fabric.", "contradiction"),
        describe("kaftan", "The kaftan is a long loose nightdress with wide sleeves, a V-neckline and a white print."),
        gender="Women",
        title="Dreamz by Pantaloons Women Coral Printed Kaftan Nightdress",
        category="Nightdress",
        color="Coral",
    ),
    # Photo: black tee with a pink "DO NOT DISTURB" print, black pyjama pants with small pink hearts, a pink eye mask
    # pushed up on the forehead (part of the set); no hat.
    case(
        "X1352-040",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The pants are with cotton "
            "fabric and graphic patterns. This lady wears a hat.",
            "unsupported",
        ),
        Q.color("black"),
        wearing("a black t-shirt and pants with a pink heart print and a pink eye mask"),
        is_a("night suit", "yes"),
        details(
            "night suit",
            "The night suit has a text print on the t-shirt, heart print pants and a matching eye mask.",
        ),
        gender="Women",
        title="Zivame Women Black & Pink Printed Night Suit with Eye Mask",
        category="Night suits",
        color="Black",
    ),
    # Photo: black seamless tummy-shaper camisole worn with blue jeans.
    case(
        "X1352-041",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        Q.color("black"),
        Q.garment_type("tank top"),
        Q.material(
            "The tank top is with cotton fabric, cotton fabric, cotton fabric, cotton fabric, cotton fabric, cotton "
            "fabric, cotton fabric, cotton fabric, cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a black tank top and blue jeans"),
        describe("shapewear", "The shapewear is a shapewear.", "restated"),
        gender="Women",
        title="Zivame Women Black Solid Tummy Shaper Camisole",
        category="Shapewear",
        color="Black",
    ),
    # Photo: grey melange thermal leggings with a white long-sleeve thermal top. The top gets the leggings' grey.
    case(
        "X1352-042",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("grey"),
        color_of("t-shirt", "grey", "contradiction"),
        Q.garment_type("leggings"),
        wearing("grey leggings and a white shirt"),
        details("leggings", "The leggings have an elastic waistband and ribbed ankle cuffs."),
        gender="Women",
        title="Marks & Spencer Women Grey Melange Thermal Leggings",
        category="Thermal Bottoms",
        color="Grey Melange",
    ),
    # Photo: flat lay on white, blue tee with a white penguin print and blue shorts with the same print; no person.
    # No category column in this row.
    case(
        "X1352-043",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of three-point length. The fabric is cotton and it has graphic patterns."
        ),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts.", "unsupported"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.garment_type("t-shirt", "contradiction"),
        material("The upper clothing is with cotton fabric."),
        gender="Women",
        title="Clovia Women Blue Printed Night Suit",
        color="Blue",
    ),
    # Photo: flat lay, two non-wired bras side by side, one black and one skin-coloured; no person.
    case(
        "X1352-044",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders."
        ),
        Q.color("black"),
        Q.garment_type("bra"),
        is_a("bra", "yes"),
        describe("bras", "The bra is black with thin straps and a round neckline.", "contradiction"),
        wearing("nothing"),
        material("The bra is with cotton fabric."),
        gender="Women",
        title="Jockey Women Pack of 2 Solid Non-Padded Non-Wired Bras",
        category="Bra",
        color="Assorted",
    ),
    # Photo: knee-length maroon shirt-style nightdress with white polka dots, collar, button front, long sleeves rolled
    # to the elbow. No gender column.
    case(
        "X1352-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lower clothing is of medium short length. The fabric is cotton and it has pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.pattern("polka dots"),
        wearing("a red shirt dress"),
        Q.sleeve_length("long sleeves"),
        describe(
            "nightdress",
            "The nightdress is a maroon shirt style nightdress with white polka dots, a collar, a button front and "
            "long sleeves rolled up at the",
            "cut",
            hit_limit=True,
        ),
        title="Kanvin Women Maroon Polka Dot Print Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
]
