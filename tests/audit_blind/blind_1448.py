"""BLIND_1448 (45 products; Myntra women's nightwear, lingerie and loungewear, epoch-2 caption adapter): written blind
in the sixty-fifth session. Measured blind at 0c250e6 (the session's first rules): 66/82 failures found (80.5%) and
18/175 correct texts flagged (10.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, babydolls, robes,
bras, briefs, camisoles, shapewear, lounge tees, pants and shorts, thermals). Photos are the catalog's usual shots: a
model on a plain backdrop wearing the product with other clothes (jeans with a bra, a tee with lounge pants, a robe
over a slip), now and then a flat lay, a back view or a prop (a mug, a pillow, a teddy). The catalog columns are
title, category (Myntra's article type), color (base colour) and gender; a few rows lack one of them.
Who wrote what: the caption and every open answer (wearing, describe, details, material, and the open color
questions) come from BLIP-2 OPT-2.7b with the epoch-2 caption LoRA adapter, greedy, 50 new tokens for captions and
30 for answers. That adapter answers every prompt with pieces of the DeepFashion caption template ("The lady wears a
sleeveless dress with pure color patterns. The dress is with cotton fabric."), knows no hue names, no satin, lace or
bra, and calls a bra a tank top and briefs shorts. Padding was in its loss, so it often stops after a template
sentence; otherwise it runs to the limit, cut mid-sentence or looping. The closed questions (garment type, color,
pattern, sleeve length, "Is this a ...?") come from the reference engine ranking a closed candidate list with the
untuned base model: short labels, mostly right, with the base model's habits (the color of whatever garment fills
the frame, grey for anything dark, the sleeves of the shirt thrown over a bra).
Labeling conventions and judgement calls: one label per wrong text; where a text is wrong in two ways I marked the
one a reader would name first: a misnamed product (bra as tank top, briefs as shorts) or an invented detail outranks
a cut at the limit. Satin called chiffon, lace called cotton, terry called furry are unsupported. "The lady wears"
on a flat lay invents a person (unsupported); the template's bare "Her tank top" on a flat lay I let pass. A
camisole called a tank top, a nightdress a dress, a thermal top a T-shirt, capris pants, a bralette a bra are right.
But a sleep-shirt nightdress typed "t-shirt" by the closed question is wrong: that answer files the product. Close
hues (purple for lilac or mauve, white for off-white) are right; a color from the other garment in the photo is
other_garment_color; a color nothing in the photo has, or the minor color of a two-color stripe against the seller's
main one (white for navy-and-white), is contradiction. A material answer is judged on the material even when it
names the garment wrong. Every text that ran to the limit has hit_limit=True; a text that stopped on a full
sentence under the limit is judged on its content. A closed answer from the shirt over a bra (long sleeves) is a
contradiction, not a color failure. "pure color" to a color question is a non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1448 = [
    # Photo: model full length on white, navy long-sleeve notch-collar button-front shirt and matching full pyjama,
    # small white star print all over, barefoot. Caption and open answers: caption adapter (epoch 2); closed: engine.
    case(
        "X1448-001",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and graphic patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a long-sleeve shirt with graphic patterns and a long pants."),
        Q.garment_type("night suit"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        details(
            "shirt",
            "The shirt is with cotton fabric and graphic patterns. It has a lapel neckline. The pants are with cotton "
            "fabric and graphic patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Navy Blue Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model on beige, pink knee-length short-sleeve round-neck nightdress with a white teddy-bear print,
    # holding a white mug. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-002",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a ring",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        is_a("nightdress", "yes"),
        material("The dress is with cotton fabric."),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Sweet Dreams Women Pink Printed Pure Cotton Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Photo: model cropped neck to thigh on grey, black lace non-wired bra with matching black lace briefs, no
    # jewellery. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-003",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "shorts this woman wears is of extra short length. The shorts are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("bra"),
        Q.color("black"),
        material("The tank top is with cotton fabric and pure color patterns.", "unsupported"),
        is_a("bra", "yes"),
        Q.pattern("solid"),
        gender="Women",
        title="Amante Women Black Lace Non-Wired Lightly Padded Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model three-quarter side view on white, grey melange straight lounge pants with drawstring, plain white
    # crew-neck tee, white sneakers. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("lounge pants", "white", "other_garment_color"),
        Q.garment_type("pants"),
        Q.pattern("solid"),
        describe("lounge pants", "The pants are with cotton fabric and pure color patterns."),
        is_a("pair of lounge pants", "yes"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model on white, maroon satin babydoll, spaghetti straps, black lace trim at the bust, mid-thigh, no
    # jewellery at all. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. There is a ring on her finger.",
            "unsupported",
        ),
        Q.color("maroon"),
        material("The dress is with chiffon fabric. It has a suspenders neckline.", "unsupported"),
        Q.sleeve_length("sleeveless"),
        is_a("nightdress", "yes"),
        details(
            "babydoll",
            "It has a suspenders neckline. It has a suspenders neckline. It has a suspenders neckline. It has a "
            "suspenders neckline. It has",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Zivame Women Maroon Satin Babydoll With Thong",
        category="Baby Dolls",
        color="Maroon",
    ),
    # Photo: model on white, hands on hips, nude full-coverage moulded T-shirt bra with high-waist mid-blue jeans.
    # Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-006",
        caption(
            "The person wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("bra"),
        describe(
            "bra",
            "The tank top is with cotton fabric and pure color patterns. It has a round neckline.",
            "contradiction",
        ),
        is_a("bra", "yes"),
        Q.pattern("solid"),
        gender="Women",
        title="Enamor Women Nude Solid Full-Coverage Non-Padded T-shirt Bra",
        category="Bra",
        color="Nude",
    ),
    # Photo: model on white, teal short-sleeve crew-neck tee, black joggers. Caption and open answers: caption
    # adapter; closed: engine.
    case(
        "X1448-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("teal"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "It has a round neckline."),
        material("", "non_answer"),
        Q.pattern("solid"),
        gender="Women",
        title="Kanvin Women Teal Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Teal",
    ),
    # Photo: model on white, lavender pyjama pants with a small white-and-purple floral print, plain white
    # wide-strap tank top. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-008",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this woman wears is of long length. The pants are with cotton fabric and floral patterns."
        ),
        color_of("pyjamas", "white", "other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("pants"),
        describe(
            "pyjamas",
            "The pants are with cotton fabric and floral patterns. The pants are with cotton fabric and floral "
            "patterns. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("The lady wears a sleeveless tank top and a long pants."),
        gender="Women",
        title="Dreamz by Pantaloons Women Lavender Floral Print Pyjamas",
        category="Pyjamas",
        color="Lavender",
    ),
    # Photo: model on white, knee-length long-sleeve peach satin robe with shawl collar, tied with its own belt,
    # peach slip showing at the neckline. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-009",
        caption(
            "This lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. There is a belt.",
            "contradiction",
        ),
        Q.garment_type("robe"),
        Q.color("peach"),
        Q.sleeve_length("long sleeves"),
        material("The dress is with chiffon fabric.", "unsupported"),
        is_a("robe", "yes"),
        gender="Women",
        title="Clovia Women Peach-Coloured Solid Satin Robe",
        category="Robe",
        color="Peach",
    ),
    # Photo: model cropped rib to mid-thigh on white, black high-waist tummy-shaper brief worn with a black bra.
    # Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a extra short shorts. The tank top is "
            "with cotton fabric. It has a suspenders neckline. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("black"),
        is_a("shapewear", "yes"),
        details("shapewear", "The shorts this woman wears is of extra short length.", "contradiction"),
        gender="Women",
        title="Triumph Women Black Solid High-Waist Tummy Shaper Brief",
        category="Shapewear",
        color="Black",
    ),
    # Photo: model standing by a wooden stool on white, red, navy and white checked long-sleeve button-down shirt with
    # lapel collar and matching full pyjama, nothing on her wrists. Caption and open answers: caption adapter; closed:
    # engine.
    case(
        "X1448-011",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and lattice patterns.",
            "pronoun",
        ),
        wearing("The lady wears a long-sleeve shirt with lattice patterns and a long pants."),
        Q.pattern("checked"),
        Q.color("red"),
        Q.sleeve_length("long sleeves"),
        details(
            "night suit",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. There is an accessory on "
            "her wrist. There",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        title="Slumber Jill Women Red & Navy Blue Checked Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: model on dark grey, one arm raised, red lace plunge bra and matching red lace brief. Caption and open
    # answers: caption adapter; closed: engine.
    case(
        "X1448-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a extra short shorts. The shorts are with chiffon fabric and "
            "pure color",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("lingerie set"),
        Q.color("red"),
        Q.pattern("solid"),
        wearing(
            "The lady wears a sleeveless tank top. Question: What is the color of the tank top? Answer: pure color "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("lingerie set", "yes"),
        gender="Women",
        title="PrettySecrets Women Red Lace Lingerie Set",
        category="Lingerie Set",
        color="Red",
    ),
    # Photo: model mid-stride on white, navy short-sleeve round-neck tee and full-length navy pyjama, both with white
    # polka dots. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-013",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns. She wears",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("pyjama set", "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline."),
        material("The T-shirt is with cotton fabric."),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Polka Dot Print Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model on white, olive drawstring lounge shorts at mid-thigh, white cropped tank top, flat sandals.
    # Caption and open answers (the open color question included): caption adapter; closed: engine.
    case(
        "X1448-014",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The shorts this woman wears is "
            "of three-point length. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "pure color", "non_answer", kind="open"),
        Q.garment_type("shorts"),
        describe("lounge shorts", "The lounge shorts are shorts.", "restated"),
        Q.color("olive"),
        gender="Women",
        title="Quttos Women Olive Green Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
    # Photo: flat lay on white, three hipster briefs side by side: black, grey melange, pink. No person. Caption and
    # open answers: caption adapter; closed: engine.
    case(
        "X1448-015",
        caption(
            "The shorts this woman wears is of extra short length. The shorts are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        Q.garment_type("briefs"),
        Q.pattern("solid"),
        wearing("The lady wears a extra short shorts with pure color patterns.", "unsupported"),
        is_a("pack of briefs", "yes"),
        material("The fabric is cotton and it has pure color patterns."),
        gender="Women",
        title="Shyaway Women Pack of 3 Assorted Cotton Hipster Briefs",
        category="Briefs",
        color="Assorted",
    ),
    # Photo: model on white, black spaghetti-strap camisole tucked into wide beige linen trousers. Caption and open
    # answers: caption adapter; closed: engine.
    case(
        "X1448-016",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "pants this woman wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("camisole"),
        Q.color("beige", "other_garment_color"),
        is_a("camisole", "yes"),
        Q.sleeve_length("sleeveless"),
        details("camisole", "It has a suspenders neckline."),
        gender="Women",
        title="Sera Women Black Solid Camisole",
        category="Camisoles",
        color="Black",
    ),
    # Photo: model on white, ankle-length long-sleeve navy-and-white striped nightdress with collar and button
    # placket, a thin gold bracelet on her left wrist. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-017",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of long length. There is an accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("long sleeves"),
        describe(
            "nightdress",
            "The dress is with cotton fabric and striped patterns. It has a lapel neckline. The dress is of long "
            "length.",
        ),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Nite Flite Women Navy Blue & White Striped Nightdress",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Photo: model on white, skin-coloured long-sleeve round-neck thermal top worn with dark-blue jeans. Caption and
    # open answers: caption adapter; closed: engine.
    case(
        "X1448-018",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        material("The T-shirt is with knitting fabric."),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Jockey Women Skin-Coloured Solid Thermal Top",
        category="Thermal Tops",
        color="Nude",
    ),
    # Photo: back view on white, model facing away, grey short-sleeve tee and grey shorts, small white moon-and-star
    # print all over, nothing on her wrists. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-019",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and graphic patterns."
        ),
        wearing("The lady wears a short-sleeve T-shirt and a three-point shorts."),
        Q.garment_type("night suit"),
        Q.color("grey"),
        details(
            "night suit",
            "The shorts are with cotton fabric and graphic patterns. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        gender="Women",
        title="Sweet Dreams Women Grey Printed Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Photo: model on white, black sheer mesh babydoll with lace cups, spaghetti straps, upper-thigh length, matching
    # thong. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of short length."
        ),
        Q.color("black"),
        is_a("babydoll", "yes"),
        Q.garment_type("dress"),
        describe(
            "babydoll",
            "Answer: The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline.",
            "leak",
        ),
        material("The dress is with chiffon fabric."),
        gender="Women",
        title="Secret Wish Women Black Sheer Babydoll With Thong",
        category="Baby Dolls",
        color="Black",
    ),
    # Photo: model on white hugging a white pillow, pink long-sleeve round-neck top and full pyjama with a small
    # floral print. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-021",
        caption(
            "The lady wears a long-sleeve T-shirt with floral patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and floral patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.pattern("floral"),
        Q.color("pink"),
        Q.sleeve_length("long sleeves"),
        details("pyjama set", "The pants are with cotton fabric and floral patterns."),
        gender="Women",
        title="Zivame Women Pink Floral Print Knit Cotton Pyjama Set",
        category="Night suits",
        color="Pink",
    ),
    # Photo: flat lay on white, one beige non-padded minimizer bra, straps spread. No person. Caption and open answers:
    # caption adapter; closed: engine.
    case(
        "X1448-022",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. There is "
            "an accessory on her neck.",
            "unsupported",
        ),
        Q.garment_type("bra"),
        Q.color("beige"),
        is_a("bra", "yes"),
        describe("bra", "The tank top is with cotton fabric.", "contradiction"),
        gender="Women",
        title="Triumph Women Beige Solid Non-Padded Non-Wired Minimizer Bra",
        category="Bra",
        color="Beige",
    ),
    # Photo: model on white, white cotton terry bath robe, shawl collar, long sleeves, belt tied, white slippers.
    # Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-023",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. There is a belt."
        ),
        Q.garment_type("robe"),
        Q.color("white"),
        material("The outer clothing is with furry fabric.", "unsupported"),
        details("bath robe", "The bath robe details are the details of the bath robe.", "restated"),
        is_a("bath robe", "yes"),
        gender="Women",
        title="Story@home Women White Solid Cotton Bath Robe",
        category="Bath Robe",
        color="White",
    ),
    # Photo: model on white, black satin cami top and shorts with a pink lip print all over. Caption and open
    # answers: caption adapter; closed: engine.
    case(
        "X1448-024",
        caption(
            "Her tank top has no sleeves, chiffon fabric and graphic patterns. It has a suspenders neckline. The "
            "shorts this woman wears is of three-point length. The shorts are with chiffon fabric and graphic "
            "patterns.",
            "unsupported",
        ),
        Q.garment_type("night suit"),
        Q.color("black"),
        Q.pattern("printed"),
        wearing("The lady wears a sleeveless tank top and a three-point shorts."),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Clovia Women Black Printed Satin Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: model on white, black racerback sports bra with black full-length leggings. Caption and open answers:
    # caption adapter; closed: engine.
    case(
        "X1448-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.color("black"),
        Q.garment_type("sports bra"),
        details(
            "sports bra",
            "The tank top is with cotton fabric and pure color patterns. The tank top is with cotton fabric and pure "
            "color patterns. The tank",
            "loop",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        gender="Women",
        title="Enamor Women Black Solid Non-Wired Lightly Padded Sports Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model on white, yellow short-sleeve round-neck tee with a white graphic print, light denim shorts.
    # Caption and open answers: caption adapter; closed: engine. The feed row has no gender.
    case(
        "X1448-026",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The shorts this woman wears is of three-point length. The shorts are with denim fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("graphic"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. Question: What is the color of the T-shirt? "
            "Answer: The",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Kryptic Women Yellow & White Graphic Print Lounge T-shirt",
        category="Lounge Tshirts",
        color="Yellow",
    ),
    # Photo: model on white, light blue and white checked pyjama pants with a plain navy short-sleeve tee. Caption and
    # open answers: caption adapter; closed: engine.
    case(
        "X1448-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and lattice patterns."
        ),
        color_of("pyjamas", "navy blue", "other_garment_color"),
        Q.pattern("checked"),
        Q.garment_type("pants"),
        details("pyjamas", "The pants are with cotton fabric and lattice patterns."),
        gender="Women",
        title="Sweet Dreams Women Blue Checked Pyjamas",
        category="Pyjamas",
        color="Blue",
    ),
    # Photo: model on white, pink padded push-up bra under an unbuttoned white long-sleeve shirt, cropped at the
    # waist. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This lady also wears a sleeveless tank top. The tank top is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("bra"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("bra", "yes"),
        gender="Women",
        title="Amante Women Pink Padded Wired Push-Up Bra",
        category="Bra",
        color="Pink",
    ),
    # Photo: model on white holding a brown teddy bear, purple sleeveless round-neck knee-length cotton nightdress, no
    # jewellery. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is a ring on her finger. This",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        is_a("nightdress", "yes"),
        wearing("The lady wears a sleeveless dress with pure color patterns."),
        details("nightdress", "The nightdress details are the nightdress details.", "restated"),
        gender="Women",
        title="Clovia Women Purple Solid Cotton Nightdress",
        category="Nightdress",
        color="Purple",
    ),
    # Photo: model seated on a white stool, navy long-sleeve notch-collar shirt and pyjama with a small white leaf
    # print. Nothing grey in the frame. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-030",
        caption(
            "The female wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and graphic patterns."
        ),
        Q.color("grey", "contradiction"),
        Q.pattern("printed"),
        wearing(
            "The female wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        material("The shirt is with cotton fabric."),
        Q.garment_type("night suit"),
        gender="Women",
        title="Zivame Women Navy Blue Printed Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: back view on white, lilac lace racerback bralette with matching lilac briefs; the neckline is not
    # visible. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline.",
            "contradiction",
        ),
        Q.color("purple"),
        Q.garment_type("bra"),
        is_a("bralette", "no", "contradiction"),
        Q.pattern("solid"),
        gender="Women",
        title="PrettySecrets Women Lilac Lace Racerback Bralette",
        category="Bra",
        color="Lavender",
    ),
    # Photo: model on white, black mid-calf lounge capris, plain grey short-sleeve tee. Caption and open answers:
    # caption adapter; closed: engine.
    case(
        "X1448-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-quarter pants. The "
            "T-shirt is with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("pants"),
        describe("capris", "The pants this woman wears is of three-quarter length."),
        is_a("pair of capris", "yes"),
        gender="Women",
        title="Dollar Missy Women Black Solid Lounge Capris",
        category="Lounge Pants",
        color="Black",
    ),
    # Photo: model on white, red short-sleeve round-neck tee with a Mickey Mouse print, red-and-white checked
    # three-quarter pyjama. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-033",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-quarter pants. The T-shirt "
            "is with cotton fabric. The pants are with cotton fabric and lattice patterns."
        ),
        Q.color("red"),
        Q.pattern("graphic"),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns and a three-quarter pants."),
        details(
            "night suit",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The pants are with "
            "cotton fabric and lattice patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Sweet Dreams Women Red & White Mickey Mouse Print Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: model on white, charcoal thermal leggings worn with a white long-sleeve thermal top. Caption and open
    # answers: caption adapter; closed: engine.
    case(
        "X1448-034",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("leggings"),
        is_a("pair of leggings", "yes"),
        Q.material(
            "The pants are with knitting fabric. The pants are with knitting fabric. The pants are with knitting "
            "fabric. The pants are with knitting",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Charcoal Grey Solid Thermal Leggings",
        category="Thermal Bottoms",
        color="Charcoal",
    ),
    # Photo: model on white, mauve satin ankle-length sleeveless nightdress with v-neck under an open matching
    # long-sleeve robe. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-035",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. This lady also wears a sleeveless "
            "dress with pure color patterns. The dress is of long length. It has a v-shape neckline. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("purple"),
        is_a("nightdress", "yes"),
        describe(
            "nightdress",
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline.",
            "unsupported",
        ),
        wearing("The lady wears a long-sleeve outer clothing and a sleeveless dress."),
        gender="Women",
        title="Clovia Women Mauve Solid Satin Nightdress With Robe",
        category="Nightdress",
        color="Mauve",
    ),
    # Photo: model cropped waist to thigh on white, black cotton hipster brief, the hem of a white tank top above it.
    # Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-036",
        caption(
            "The shorts this woman wears is of extra short length. The shorts are with cotton fabric and pure color "
            "patterns. Her tank top has no sleeves, cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("briefs"),
        Q.color("black"),
        is_a("pair of briefs", "yes"),
        material("The shorts are with cotton fabric."),
        gender="Women",
        title="Jockey Women Black Solid Cotton Hipster Briefs",
        category="Briefs",
        color="Black",
    ),
    # Photo: model on white, off-white oversized short-sleeve round-neck lounge tee reaching mid-thigh, black shorts
    # just visible below. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The shorts this gentleman wears is of three-point length.",
            "pronoun",
        ),
        Q.color("white"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeves"),
        wearing("The lady wears a short-sleeve T-shirt with pure color patterns."),
        details("t-shirt", "The T-shirt details", "non_answer"),
        gender="Women",
        title="Bannos Swagger Women Off-White Solid Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Off White",
    ),
    # Photo: model on white, pink and blue tie-dye long-sleeve fleece sweatshirt with round neck and matching
    # joggers. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-038",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns and a long pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and color block patterns."
        ),
        Q.pattern("tie-dye"),
        Q.color("pink"),
        wearing(
            "The lady wears a long-sleeve sweater with color block patterns and a long pants. The sweater is with "
            "cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        material("The sweater is with knitting fabric."),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Nite Flite Women Pink & Blue Tie-Dye Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: flat lay on white, one white cotton camisole with thin straps and lace trim at the neckline. No person.
    # Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-039",
        caption("Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline."),
        Q.garment_type("camisole"),
        Q.color("white"),
        wearing("The lady wears a sleeveless tank top with pure color patterns.", "unsupported"),
        is_a("camisole", "yes"),
        details("camisole", "It has a suspenders neckline."),
        gender="Women",
        title="Enamor Women White Cotton Camisole With Lace Trim",
        category="Camisoles",
        color="White",
    ),
    # Photo: flat lay on white, two padded non-wired T-shirt bras, one black and one skin. No person. Caption and open
    # answers: caption adapter; closed: engine. The feed row has no category.
    case(
        "X1448-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a v-shape neckline. There is an accessory on her neck.",
            "unsupported",
        ),
        Q.garment_type("bra"),
        Q.pattern("solid"),
        is_a("bra", "yes"),
        describe("bra", "", "non_answer"),
        gender="Women",
        title="Zivame Pack of 2 Padded Non-Wired T-shirt Bras",
        color="Assorted",
    ),
    # Photo: model on white, yellow short-sleeve round-neck knee-length T-shirt nightdress with a cartoon print, a
    # black wristwatch on her left wrist. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-041",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on his wrist.",
            "pronoun",
        ),
        Q.color("yellow"),
        Q.pattern("printed"),
        is_a("nightdress", "yes"),
        describe("nightdress", "The dress is with cotton fabric and graphic patterns. It has a round neckline."),
        material("The dress is with cotton fabric."),
        gender="Women",
        title="Sweet Dreams Women Yellow Printed Pure Cotton Nightdress",
        category="Nightdress",
        color="Yellow",
    ),
    # Photo: model on white, plain black cotton lounge shorts, pink short-sleeve tee with a white graphic print.
    # Caption and open answers (the open color question included): caption adapter; closed: engine.
    case(
        "X1448-042",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The shorts this woman wears is of three-point length. The shorts are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("shorts"),
        Q.pattern("graphic", "contradiction"),
        describe("lounge shorts", "The shorts are with cotton fabric and pure color patterns."),
        color_of("shorts", "The shorts are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        gender="Women",
        title="Sweet Dreams Women Black Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # Photo: model on white, barefoot, grey melange oversized sleep-shirt nightdress to mid-thigh, short sleeves,
    # round neck, "Sleepy Head" print, a satin eye mask pushed up on her forehead. Caption and open answers: caption
    # adapter; closed: engine.
    case(
        "X1448-043",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. She wears a hat.",
            "unsupported",
        ),
        Q.color("grey"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("short sleeves"),
        is_a("nightdress", "no", "contradiction"),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns."),
        gender="Women",
        title="Bannos Swagger Women Grey Melange Printed Sleep Shirt",
        category="Nightdress",
        color="Grey Melange",
    ),
    # Photo: model on white, green ankle-length short-sleeve round-neck cotton nightdress with a white floral print
    # and a button placket. Caption and open answers: caption adapter; closed: engine. The feed row has no color.
    case(
        "X1448-044",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The dress is of long length. The dress is of long length. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("floral"),
        describe(
            "nightdress",
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The dress is of long "
            "length.",
        ),
        Q.sleeve_length("short sleeves"),
        details("nightdress", "The dress is of long length."),
        gender="Women",
        title="Clovia Women Green Floral Print Cotton Maxi Nightdress",
        category="Nightdress",
    ),
    # Photo: model on white, open black satin kimono robe with pink peony print and elbow sleeves over a short black
    # slip, a silver ring on her right hand. Caption and open answers: caption adapter; closed: engine.
    case(
        "X1448-045",
        caption(
            "The lady wears a medium-sleeve outer clothing with floral patterns. This lady also wears a sleeveless "
            "dress with pure color patterns. The dress is of short length. There is a ring on her finger. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("floral"),
        Q.garment_type("robe"),
        material("The outer clothing is with chiffon fabric.", "unsupported"),
        wearing(
            "Question: What is the lady wearing? Answer: The lady wears a medium-sleeve outer clothing with floral "
            "patterns. Question",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Nite Flite Women Black Floral Print Satin Kimono Robe",
        category="Robe",
        color="Black",
    ),
]
