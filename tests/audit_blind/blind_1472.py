"""BLIND_1472 (45 products; Myntra women's nightwear, lingerie, loungewear): written blind in the sixty-fifth session.
Measured blind at af418ff (the session's third rules): 75/90 failures found (83.3%) and 18/197 correct texts flagged
(9.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, baby dolls, robes,
bras, briefs, camisoles, shapewear, lounge pants, shorts, tees and sweatshirts). Catalog columns as the feed has them:
title, category (Myntra article type), color (base colour), gender; a few rows lack one column, as feeds do. The
photos are the usual catalog shots: a model on a plain backdrop wearing the product with other clothes (a tee with
lounge pants, jeans or a tank with a bra or camisole, matching briefs with a bra), now and then a flat lay, a
ghost-mannequin shot, a back view or a prop (a mug, a teddy bear).
Who wrote what: the caption and every free answer (wearing, describe, details, the open color questions and the
material question) come from BLIP-2 OPT-2.7b with the epoch-2 caption adapter, greedy, 50 new tokens for captions and
30 for answers, with no terminator trained, so long templates run to the limit. The adapter speaks the
DeepFashion-MultiModal template ("The lady wears a sleeveless tank top with pure color patterns..."), has no word for
bra, brief, satin or robe, and half-remembers how to answer a question. The closed questions (garment type, color,
pattern, sleeve length, "Is this a ...?") are picked from candidate lists by the reference engine.
Labeling conventions and judgement calls: one failure kind per wrong text, the most salient one when a text has
several (a bra captioned as a tank top that is also cut at the limit is labeled cut). A bra, bralette or lounge bra
captioned as a "tank top" and briefs captioned as "shorts" are contradictions of the title; a camisole as a tank top,
shapewear shorts as "shorts", a babydoll as a nightdress, a lavender item as "purple", teal as "green", coral as
"orange", nude as "beige", olive as "green" and burgundy as "maroon" are accepted. "chiffon" for a product the title
calls satin is a contradiction; "cotton" for a visibly smooth microfibre bra with no fabric in the title is
unsupported. The template's "The lady wears" on a flat lay with no model is not counted when the garments it names
are right. A color answer that names a pattern ("lattice", "pure color") is a non-answer. An open color answer giving
the color of the tee, jeans, hoodie or the other half of a set worn with the product is other_garment_color; a closed
color that does the same is also other_garment_color. Loops and cut texts carry hit_limit=True; a leak that ran on to
the limit is labeled leak. "The gentleman" or "he" for a women's product is a pronoun failure, also on a
ghost-mannequin shot. Invented accessories, pockets, gussets, lace, padding and a mug "worn" are unsupported. About
three texts in ten are wrong: the reference engine's closed picks are mostly right, the adapter's free text much less.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1472 = [
    # Photo: model on a white backdrop in a pink cotton night suit: short-sleeve notch-collar shirt with a small white
    # heart print, matching long pyjama pants, barefoot. Caption and free answers: epoch-2 caption adapter; closed
    # answers: reference engine.
    case(
        "X1472-001",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with cotton fabric and graphic patterns."
        ),
        wearing(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel",
            "cut",
            hit_limit=True,
        ),
        color_of("night suit", "pink", kind="open"),
        Q.garment_type("night suit"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        details(
            "night suit",
            "The shirt is with cotton fabric and it has a lapel neckline. The pants are with cotton fabric and "
            "graphic patterns. The shirt is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model on a grey backdrop in a knee-length navy blue satin slip nightdress, spaghetti straps, lace trim at
    # the V neckline; under studio light the satin looks very dark. Caption and free answers: epoch-2 adapter; closed:
    # reference engine. The caption's "chiffon" contradicts the title's satin; the closed color picked black.
    case(
        "X1472-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of medium length.",
            "contradiction",
        ),
        color_of("nightdress", "navy blue", kind="open"),
        Q.color("black", "contradiction"),
        details("nightdress", "it has lace trim on the neckline and thin straps"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Zivame Women Navy Blue Satin Nightdress",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Photo: model in grey melange jogger lounge pants with a drawstring and cuffed hems, worn with a white round-neck
    # tee (untucked) and white sneakers. Caption and free answers: epoch-2 adapter; closed: reference engine. The open
    # color answer gives the tee's white.
    case(
        "X1472-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.garment_type("lounge pants"),
        details("pants", "they have a drawstring waist and elasticated cuffs"),
        wearing("a white t-shirt and grey pants", who="the woman"),
        Q.pattern("solid"),
        describe(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The lady wears a short-sleeve T-shirt with pure "
            "color patterns and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: torso crop of a model on a beige backdrop in a black moulded T-shirt bra (smooth microfibre cups) with
    # matching black briefs. Caption and free answers: epoch-2 adapter; closed: reference engine. The caption calls the
    # bra a tank top and the briefs shorts; "cotton" is invented for a smooth synthetic bra.
    case(
        "X1472-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is suspenders. The lady wears a short shorts. The shorts are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        Q.garment_type("bra"),
        Q.color("black"),
        is_a("bra", "yes"),
        describe(
            "bra",
            "The tank top is with cotton fabric and its neckline is suspenders. The tank top is with cotton fabric "
            "and its neckline is suspenders. The tank",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Enamor Black Solid Non-Wired Lightly Padded T-shirt Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model in a blue-and-white checked cotton pyjama set: long-sleeve button-down shirt with white piping on
    # the collar and cuffs, matching checked long pants. Caption and free answers: epoch-2 adapter; closed: reference
    # engine. The open color answer gives the DeepFashion pattern label instead of a color.
    case(
        "X1472-005",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with cotton fabric and lattice patterns."
        ),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        color_of("shirt", "lattice", "non_answer", kind="open"),
        wearing("she is wearing a blue and white checked pajama set", who="she"),
        details("pajama set", "The shirt has buttons on the front and white piping on the collar and the cuffs"),
        gender="Women",
        title="Sweet Dreams Women Blue & White Checked Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Photo: model on a white backdrop in a red lace non-padded bralette with scalloped edges, styled with high-waist
    # blue jeans. Caption and free answers: epoch-2 adapter; closed: reference engine. The caption makes the bralette a
    # tank top; the closed color picked the jeans' blue.
    case(
        "X1472-006",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long pants. The tank top is with other "
            "fabric and its neckline is v-shape. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("bra", "red", kind="open"),
        Q.color("blue", "other_garment_color"),
        details("bra", "it has scalloped lace edges and thin adjustable straps"),
        wearing("she is wearing a red bra and blue jeans", who="she"),
        Q.garment_type("bra"),
        gender="Women",
        title="Hunkemoller Women Red Lace Bralette",
        category="Bra",
        color="Red",
    ),
    # Photo: model in a lavender knee-length short-sleeve cotton nightdress with a small white floral print, round
    # neck and a short button placket. Caption and free answers: epoch-2 adapter; closed: reference engine. The caption
    # starts its template over; the wearing answer is the template cut at 30 tokens.
    case(
        "X1472-007",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of medium length. The lady wears a short-sleeve dress with floral "
            "patterns. The dress is with cotton fabric and it",
            "loop",
            hit_limit=True,
        ),
        color_of("nightdress", "purple", kind="open"),
        Q.color("purple"),
        Q.pattern("floral"),
        wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        describe("nightdress", "a light purple nightgown with white flowers and buttons down the front"),
        gender="Women",
        title="Slumber Jill Women Lavender Printed Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Photo: model in black mid-thigh cotton lounge shorts with side pockets and an elastic waistband, worn with a pink
    # crop tee. Caption and free answers: epoch-2 adapter; closed: reference engine. The open color answer gives the
    # tee's pink; the details answer only says they are shorts.
    case(
        "X1472-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and it has a round neckline. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        Q.garment_type("shorts"),
        Q.color("black"),
        gender="Women",
        title="Bannos Swagger Women Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # Photo: model on a light grey backdrop in a nude padded wired push-up bra (smooth microfibre) with matching nude
    # briefs. Caption and free answers: epoch-2 adapter; closed: reference engine. Caption: tank top template run to
    # the limit. The open color answer says white; nothing in the photo is white.
    case(
        "X1472-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "neckline of it is v-shape. The lady wears a short pants. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.color("beige"),
        color_of("bra", "white", "contradiction", kind="open"),
        is_a("bra", "yes"),
        details("bra", "it has underwire and padded cups with a plunge neckline"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Amante Women Nude-Coloured Solid Padded Wired Push-Up Bra",
        category="Bra",
        color="Nude",
    ),
    # Photo: model in a maroon waffle-knit cotton robe, long sleeves, knee length, shawl collar, tie belt knotted at
    # the waist. Caption and free answers: epoch-2 adapter; closed: reference engine. The closed type picked dress.
    case(
        "X1472-010",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric and it has a v-shape neckline. There is a belt on her waist."
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("maroon"),
        wearing("a maroon robe with a belt"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        describe(
            "robe",
            "The outer clothing is with cotton fabric and it has a v-shape neckline. There is a belt on her waist. "
            "The outer clothing is with cotton fabric and it has",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Dreamz by Pantaloons Women Maroon Solid Robe",
        category="Robe",
        color="Maroon",
    ),
    # Photo: model in a grey melange round-neck lounge tee with a small white "Sunday" text print on the chest, worn
    # with navy lounge pants. Caption and free answers: epoch-2 adapter; closed: reference engine. The closed color
    # picked the pants' navy; the wearing answer runs on into a new Question/Answer pair.
    case(
        "X1472-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "grey", kind="open"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("graphic"),
        details("t-shirt", "there is a white text print on the chest"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and it has a round neckline. The T-shirt is with cotton fabric and it "
            "has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a grey t-shirt and blue pants Question: What is the color of the pants? Answer: blue "
            "Question: What",
            "leak",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Grey Melange Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Photo: model in a sheer black mesh babydoll with lace cups and spaghetti straps, thigh length, matching thong.
    # Caption and free answers: epoch-2 adapter; closed: reference engine. The yes/no answer denies the babydoll.
    case(
        "X1472-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress is of short length."
        ),
        Q.garment_type("nightdress"),
        is_a("babydoll", "no", "contradiction"),
        Q.color("black"),
        details(
            "babydoll",
            "the lace, the straps, the lace, the straps, the lace, the straps, the lace, the straps, the lace, the "
            "straps",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="PrettySecrets Women Black Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Black",
    ),
    # Photo: model in a navy blue fitted long-sleeve round-neck thermal top, with black leggings. Caption and free
    # answers: epoch-2 adapter; closed: reference engine. The open color answer gives the leggings' black.
    case(
        "X1472-013",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("t-shirt"),
        Q.material("cotton"),
        wearing("a navy blue long sleeve top and black leggings"),
        describe(
            "top",
            "a navy blue long sleeve top with a navy blue long sleeve top with a navy blue long sleeve top with a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Navy Blue Solid Thermal Top",
        category="Thermal Tops",
        color="Navy Blue",
    ),
    # Photo: model in a peach sleeveless cotton tank top with a cartoon cat print and peach-and-white striped capri
    # pyjamas. Caption and free answers: epoch-2 adapter; closed: reference engine. The closed sleeve length says short
    # sleeves for a sleeveless top (the caption has it right).
    case(
        "X1472-014",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a three-point pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns."
        ),
        color_of("top", "pink", kind="open"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("a peach tank top with a cat print and striped pants", who="she"),
        details("night suit", "the top has a cat print on the front and the pants have stripes"),
        gender="Women",
        title="Kanvin Women Peach-Coloured Printed Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: ghost-mannequin product shot of a white full-coverage non-padded minimizer bra with wide straps, on white;
    # no model. Caption and free answers: epoch-2 adapter; closed: reference engine. The caption says "The gentleman";
    # the wearing answer is the same template cut at the limit.
    case(
        "X1472-015",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is v-shape.",
            "pronoun",
        ),
        Q.color("white"),
        Q.garment_type("bra"),
        wearing(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is v-shape. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        details("bra", "it has wide straps and full coverage cups"),
        is_a("bra", "yes"),
        gender="Women",
        title="Triumph Women White Solid Non-Padded Minimizer Bra",
        category="Bra",
        color="White",
    ),
    # Photo: model in a teal satin camisole with adjustable straps and lace at the V neckline, styled with matching
    # teal satin shorts (not part of the product). Caption and free answers: epoch-2 adapter; closed: reference engine.
    # The caption's "chiffon" contradicts the title's satin; the description is cut at 30 tokens.
    case(
        "X1472-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short shorts. The tank top is with "
            "chiffon fabric and its neckline is v-shape. The shorts are with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("camisole", "green", kind="open"),
        Q.color("teal"),
        Q.garment_type("camisole"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        describe(
            "camisole",
            "a green satin camisole with thin straps and lace on the neckline, worn with green satin shorts. The "
            "camisole has a v-shape neckline and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Teal Green Solid Satin Camisole",
        category="Camisoles",
        color="Teal",
    ),
    # Photo: flat lay of three hipster briefs (black, pink, grey) side by side on white; no model. The feed row has no
    # color. Caption and free answers: epoch-2 adapter; closed: reference engine. The caption and the wearing answer
    # make the pack of three one pair of shorts or one pair of underwear.
    case(
        "X1472-017",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        Q.garment_type("briefs"),
        Q.color("multi"),
        wearing("a pair of black underwear", "contradiction"),
        details("briefs", "there are three pairs of briefs in black, pink and grey"),
        is_a("pair of briefs", "yes"),
        gender="Women",
        title="Secret Wish Women Pack of 3 Assorted Hipster Briefs",
        category="Briefs",
    ),
    # Photo: model in mustard yellow cotton lounge pants with small white polka dots and an elastic waist, worn with a
    # black tee. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1472-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The pants are with cotton fabric and graphic patterns."
        ),
        Q.pattern("polka dots"),
        color_of("pants", "yellow", kind="open"),
        Q.color("yellow"),
        details(
            "pants",
            "The pants are with cotton fabric and graphic patterns. The pants are with cotton fabric and graphic "
            "patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "long yellow pants with white polka dots and an elastic waist"),
        wearing("a black t-shirt and yellow pants with white polka dots"),
        gender="Women",
        title="Sweet Dreams Women Mustard Yellow Printed Lounge Pants",
        category="Lounge Pants",
        color="Mustard",
    ),
    # Photo: side angle of a model in a purple lace-overlay lightly padded bra with matching purple lace briefs.
    # Caption and free answers: epoch-2 adapter; closed: reference engine. The caption uses the generic "upper
    # clothing" template and is right; the open color answer repeats one word to the limit.
    case(
        "X1472-019",
        caption(
            "The upper clothing has no sleeves, other fabric and floral patterns. It has a v-shape neckline. The lower "
            "clothing is of short length. The fabric is other and it has floral patterns."
        ),
        Q.color("purple"),
        color_of(
            "bra",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("bra", "it has lace on the cups and padded cups"),
        Q.pattern("floral"),
        wearing("a purple bra and purple panties"),
        gender="Women",
        title="Shyaway Women Purple Lace Lightly Padded Bra",
        category="Bra",
        color="Purple",
    ),
    # Photo: model in a knee-length white cotton nightshirt with thin navy vertical stripes, collar, button front,
    # breast pocket, long sleeves rolled to the elbow. Caption and free answers: epoch-2 adapter; closed: reference
    # engine. The caption loops; the wearing answer says "he".
    case(
        "X1472-020",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton "
            "fabric and it has a lapel",
            "loop",
            hit_limit=True,
        ),
        color_of("nightshirt", "white and blue", kind="open"),
        Q.garment_type("nightdress"),
        Q.pattern("striped"),
        details("nightshirt", "it has a collar, buttons on the front and a pocket on the chest"),
        Q.material("cotton"),
        wearing("he is wearing a white and blue striped shirt", "pronoun", who="she"),
        gender="Women",
        title="Nite Flite Women White & Navy Striped Cotton Night Shirt",
        category="Nightdress",
        color="White",
    ),
    # Photo: model in black high-waist tummy-control shapewear shorts to mid-thigh, with a white tank top tucked in.
    # Caption and free answers: epoch-2 adapter; closed: reference engine. The open color answer gives the tank's
    # white; the material answer came back empty.
    case(
        "X1472-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric and its neckline is round. The shorts are with other fabric and pure color patterns."
        ),
        color_of("shapewear", "white", "other_garment_color", kind="open"),
        Q.garment_type("shorts"),
        details("shapewear", "it has a high waist and a wide waistband"),
        Q.color("black"),
        Q.material("", "non_answer"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Da Intimo Women Black Solid Tummy Tucker Shapewear",
        category="Shapewear",
        color="Black",
    ),
    # Photo: back view of a model in olive green cotton joggers with ribbed ankle cuffs and a back pocket, wearing a
    # black hoodie with the hood up. Caption and free answers: epoch-2 adapter; closed: reference engine. The open
    # color answer gives the hoodie's black; the wearing answer says "he".
    case(
        "X1472-022",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("joggers", "black", "other_garment_color", kind="open"),
        Q.color("green"),
        wearing("he is wearing a black hoodie and green pants", "pronoun"),
        details("joggers", "they have ribbed cuffs at the ankles and a back pocket"),
        gender="Women",
        title="Klamotten Women Olive Green Solid Lounge Joggers",
        category="Lounge Pants",
        color="Olive",
    ),
    # Photo: model in a red satin set: long-sleeve robe worn open over a matching sleeveless V-neck slip nightdress.
    # Caption and free answers: epoch-2 adapter; closed: reference engine. The caption runs to the limit; the material
    # answer's "chiffon" contradicts the title's satin.
    case(
        "X1472-023",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with chiffon "
            "fabric. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is v-shape. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("nightdress", "red", kind="open"),
        Q.color("red"),
        Q.garment_type("robe"),
        is_a("nightdress", "yes"),
        Q.material("chiffon", "contradiction"),
        describe("nightdress", "a red satin nightgown with a matching robe"),
        gender="Women",
        title="N-Gal Women Red Solid Satin Nightdress with Robe",
        category="Nightdress",
        color="Red",
    ),
    # Photo: model in a lavender non-padded racerback lounge bra (wide band under the bust), with grey joggers.
    # Caption and free answers: epoch-2 adapter; closed: reference engine. The caption makes the bra a tank top; the
    # open color answer gives the joggers' grey; the description invents padding and an underwire.
    case(
        "X1472-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("bra", "grey", "other_garment_color", kind="open"),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        details("bra", "it has a racerback and a wide elastic band under the bust"),
        describe("bra", "a purple bra with padded cups and an underwire", "unsupported"),
        gender="Women",
        title="Enamor Women Lavender Solid Non-Padded Lounge Bra",
        category="Bra",
        color="Lavender",
    ),
    # Photo: flat lay of navy cotton pyjama bottoms with an all-over white star print and a drawstring waist; no model.
    # Caption and free answers: epoch-2 adapter; closed: reference engine. The wearing answer loops the template.
    case(
        "X1472-025",
        caption(
            "The lady wears a long pants with graphic patterns. The pants are with cotton fabric and graphic patterns."
        ),
        color_of("pants", "blue", kind="open"),
        Q.pattern("printed"),
        details("pants", "white stars all over and a drawstring waist"),
        wearing(
            "The lady wears a long pants with graphic patterns. The pants are with cotton fabric and graphic "
            "patterns. The lady wears a long pants with graphic patterns.",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Printed Pyjama Bottoms",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Photo: model in a coral cotton shorts set: short-sleeve round-neck tee with a white floral print and matching
    # coral floral shorts. Caption and free answers: epoch-2 adapter; closed: reference engine. The wearing answer is
    # the template cut at 30 tokens; the details answer gives the question back.
    case(
        "X1472-026",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns and a short shorts. The T-shirt is with cotton "
            "fabric and it has a round neckline. The shorts are with cotton fabric and floral patterns."
        ),
        color_of("shorts", "orange", kind="open"),
        Q.color("coral"),
        wearing(
            "She wears a short-sleeve T-shirt with floral patterns and a short shorts. The T-shirt is with cotton "
            "fabric and it has a round",
            "cut",
            who="she",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        details("shorts set", "the shorts set details are shorts set", "restated"),
        gender="Women",
        title="Zivame Women Coral & White Floral Print Shorts Set",
        category="Night suits",
        color="Coral",
    ),
    # Photo: model in a beige full-coverage wired bra with lace trim along the top of the cups, matching beige briefs.
    # The feed row has no gender. Caption and free answers: epoch-2 adapter; closed: reference engine. The caption
    # runs to the limit; the open color answer gives a pattern label.
    case(
        "X1472-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is v-shape. The lady wears a short shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.color("beige"),
        color_of("bra", "pure color", "non_answer", kind="open"),
        details("bra", "lace trim on the top of the cups and underwire"),
        is_a("bra", "yes"),
        title="Wacoal Women Beige Solid Full Coverage Wired Bra",
        category="Bra",
        color="Beige",
    ),
    # Photo: model in a night suit: grey melange long-sleeve tee with a pink "Dream Big" slogan, pink pyjama pants
    # with a small grey star print. Caption and free answers: epoch-2 adapter; closed: reference engine. The open color
    # answer for the pants repeats the tee's grey.
    case(
        "X1472-028",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and it has a round neckline. The pants are with cotton fabric and graphic patterns."
        ),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        wearing("a grey t-shirt with the words dream big and pink pajama pants"),
        details("t-shirt", 'it has the words "dream big" printed on the front in pink'),
        Q.garment_type("night suit"),
        Q.sleeve_length("long sleeves"),
        Q.color("grey"),
        gender="Women",
        title="Sweet Dreams Women Grey & Pink Printed Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Photo: front crop of a model in black floral-lace briefs with a matching black bra. Caption and free answers:
    # epoch-2 adapter; closed: reference engine. The caption loops; the details answer invents a lined gusset that the
    # photo cannot show.
    case(
        "X1472-029",
        caption(
            "The lady wears a short shorts with floral patterns. The shorts are with other fabric and floral patterns. "
            "The lady wears a short shorts with floral patterns. The shorts are with other fabric and floral "
            "patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("briefs"),
        details("briefs", "they have lace panels on the sides and a lined gusset", "unsupported"),
        Q.material("lace"),
        gender="Women",
        title="Amante Women Black Lace Brief",
        category="Briefs",
        color="Black",
    ),
    # Photo: pregnant model in an ankle-length sky blue cotton A-line maternity nightdress, three-quarter sleeves,
    # round neck, concealed feeding zips on both sides of the bust. Caption and free answers: epoch-2 adapter; closed:
    # reference engine.
    case(
        "X1472-030",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The dress is of long length."
        ),
        color_of("nightdress", "blue", kind="open"),
        Q.sleeve_length("three-quarter sleeves"),
        details("nightdress", "it has zips on both sides of the chest for feeding"),
        describe(
            "nightdress",
            "The dress is with cotton fabric and it has a round neckline. The dress is of long length. The dress is "
            "with cotton fabric and it has a round",
            "loop",
            hit_limit=True,
        ),
        is_a("nightdress", "yes"),
        Q.color("blue"),
        gender="Women",
        title="Slumber Jill Women Sky Blue Solid Maternity Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: model in a charcoal grey fleece hooded lounge sweatshirt with drawstrings and a kangaroo pocket, with
    # matching charcoal joggers. Caption and free answers: epoch-2 adapter; closed: reference engine. The description
    # says only that the sweatshirt is a sweatshirt.
    case(
        "X1472-031",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("grey"),
        Q.garment_type("hoodie"),
        details("sweatshirt", "it has a hood with drawstrings and a kangaroo pocket"),
        Q.material("cotton"),
        wearing("she is wearing a grey hoodie and grey sweatpants", who="she"),
        describe("sweatshirt", "The sweatshirt is a sweatshirt.", "restated"),
        gender="Women",
        title="Bannos Swagger Women Charcoal Grey Solid Hooded Lounge Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: model in a black floral-lace bra and matching brief, both with small pink satin bows; no jewellery.
    # Caption and free answers: epoch-2 adapter; closed: reference engine. The caption invents a ring; the open color
    # answer takes the bows' pink for the bra's color.
    case(
        "X1472-032",
        caption(
            "The upper clothing has no sleeves, other fabric and floral patterns. The lower clothing is of short "
            "length. There is a ring on her finger.",
            "unsupported",
        ),
        Q.color("black"),
        color_of("bra", "pink", "contradiction", kind="open"),
        details("lingerie set", "pink bows on the bra and the brief"),
        Q.pattern("solid"),
        gender="Women",
        title="Hunkemoller Women Black & Pink Lace Lingerie Set",
        category="Lingerie Set",
        color="Black",
    ),
    # Photo: model in a white cotton spaghetti-strap camisole, styled with blue denim shorts. Caption and free answers:
    # epoch-2 adapter; closed: reference engine. The closed color picked the shorts' blue; the material answer gives
    # the shorts' denim.
    case(
        "X1472-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short shorts. The tank top is with "
            "cotton fabric and its neckline is suspenders. The shorts are with denim fabric and pure color patterns."
        ),
        color_of("camisole", "white", kind="open"),
        Q.color("blue", "other_garment_color"),
        Q.material("denim", "contradiction"),
        Q.garment_type("camisole"),
        Q.sleeve_length("sleeveless"),
        details("camisole", "it has thin straps and a lace trim at the neckline", "unsupported"),
        gender="Women",
        title="Jockey Women White Solid Camisole",
        category="Camisoles",
        color="White",
    ),
    # Photo: model in an ankle-length green kaftan nightdress with a paisley print, wide elbow-length batwing sleeves,
    # a V neck with tassel ties, gold bangles on her wrist. Caption and free answers: epoch-2 adapter; closed:
    # reference engine. The wearing answer loops.
    case(
        "X1472-034",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist."
        ),
        color_of("nightdress", "green", kind="open"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        details("nightdress", "tassels on the neckline"),
        wearing(
            "a green dress with a paisley print and a green dress with a paisley print and a green dress with a "
            "paisley print and a green",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        gender="Women",
        title="Etc Women Green Printed Kaftan Nightdress",
        category="Nightdress",
        color="Green",
    ),
    # Photo: model in red-and-black buffalo-checked flannel pyjama pants, with a white round-neck tee. Caption and free
    # answers: epoch-2 adapter; closed: reference engine. The closed color picked the tee's white; the details answer
    # says nothing.
    case(
        "X1472-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The pants are with cotton fabric and lattice patterns."
        ),
        color_of("pyjamas", "red and black", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        details("pyjamas", "they are pyjamas", "non_answer"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("pyjamas"),
        gender="Women",
        title="Jockey Women Red & Black Checked Pyjamas",
        category="Lounge Pants",
        color="Red",
    ),
    # Photo: model in a calf-length white cotton terry bathrobe, shawl collar, long sleeves, belt tied, holding a mug.
    # Caption and free answers: epoch-2 adapter; closed: reference engine. The wearing answer has her wearing the mug;
    # the description loops.
    case(
        "X1472-036",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with furry "
            "fabric and it has a lapel neckline. There is a belt on her waist."
        ),
        Q.color("white"),
        Q.garment_type("robe"),
        Q.material("cotton"),
        wearing("a white robe and a cup of coffee", "unsupported"),
        describe(
            "robe",
            "a white robe with a white robe with a white robe with a white robe with a white robe with a white robe "
            "with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Trident Women White Solid Bath Robe",
        category="Bath Robe",
        color="White",
    ),
    # Photo: short-haired model in a black oversized drop-shoulder cotton lounge tee, with grey lounge shorts. Caption
    # and free answers: epoch-2 adapter; closed: reference engine. The caption says "The gentleman".
    case(
        "X1472-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and it has a round neckline. The shorts are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a black t-shirt and grey shorts"),
        Q.color("black"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "it has drop shoulders and a round neck"),
        color_of("t-shirt", "black", kind="open"),
        gender="Women",
        title="Clovia Women Black Solid Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # Photo: model in a burgundy satin pyjama set: long-sleeve notch-collar shirt with white piping on the collar,
    # pocket and cuffs, matching long pants. Caption and free answers: epoch-2 adapter; closed: reference engine. The
    # caption runs to the limit; the open color answer says brown; the description says nothing.
    case(
        "X1472-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with other "
            "fabric and it has a lapel neckline. The pants are with other fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        color_of("shirt", "brown", "contradiction", kind="open"),
        Q.material("satin"),
        details("pyjama set", "white piping on the collar, the pocket and the cuffs"),
        describe("shirt", "it is a shirt", "non_answer"),
        gender="Women",
        title="PrettySecrets Women Burgundy Satin Pyjama Set",
        category="Night suits",
        color="Burgundy",
    ),
    # Photo: model in below-knee sea green cotton lounge capris, with a white tank top. Caption and free answers:
    # epoch-2 adapter; closed: reference engine. The closed color picked the tank's white; the details answer loops;
    # the wearing answer runs on into the prompt format.
    case(
        "X1472-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a medium short pants. The tank top is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("capris", "green", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("capris"),
        details(
            "capris",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a white tank top and green pants Question: What is the person wearing? Answer: a white tank top and green",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Sea Green Solid Lounge Capris",
        category="Capris",
        color="Sea Green",
    ),
    # Photo: back view of a model in a short maroon viscose-jersey nightdress with lace cross-back straps. Caption and
    # free answers: epoch-2 adapter; closed: reference engine. The details answer only restates the question.
    case(
        "X1472-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is suspenders. The dress is of short length."
        ),
        Q.color("maroon"),
        color_of("nightdress", "maroon", kind="open"),
        details("nightdress", "the back of the nightdress is the back", "restated"),
        is_a("nightdress", "yes"),
        wearing("she is wearing a maroon nightgown with lace straps on the back", who="she"),
        Q.garment_type("nightdress"),
        gender="Women",
        title="Zivame Women Maroon Lace Back Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Photo: model in black ankle-length leggings under a long oversized pink tee that covers the hips and waistband.
    # Caption and free answers: epoch-2 adapter; closed: reference engine. The open color answer gives the tee's pink;
    # the closed type picked the tee; the details answer invents a side pocket.
    case(
        "X1472-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("t-shirt", "contradiction"),
        details("leggings", "they have a pocket on the side", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Clovia Women Black Solid Ankle-Length Lounge Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: model in a knee-length yellow short-sleeve cotton nightdress with a large teddy bear print, holding a
    # plush teddy bear. Caption and free answers: epoch-2 adapter; closed: reference engine. The details answer loops.
    case(
        "X1472-042",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of medium length."
        ),
        color_of("nightdress", "yellow", kind="open"),
        Q.pattern("graphic"),
        wearing("a yellow nightgown with a teddy bear on it"),
        details(
            "nightdress",
            "a teddy bear, a teddy bear, a teddy bear, a teddy bear, a teddy bear, a teddy bear, a teddy bear, a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("nightdress"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Sweet Dreams Women Yellow Printed Nightdress",
        category="Nightdress",
        color="Yellow",
    ),
    # Photo: model in a lime green cotton cami and shorts set with a white lemon print. Caption and free answers:
    # epoch-2 adapter; closed: reference engine. The open color answer goes on asking and answering its own questions.
    case(
        "X1472-043",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a short shorts. The tank top is with "
            "cotton fabric and its neckline is suspenders. The shorts are with cotton fabric and graphic patterns."
        ),
        color_of(
            "top",
            "green Question: What is the color of the shorts? Answer: green Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        details("night suit", "lemons printed all over the top and the shorts"),
        wearing(
            "The lady wears a sleeveless tank top with graphic patterns and a short shorts. The tank top is with "
            "cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Lime Green Printed Cami & Shorts Set",
        category="Night suits",
        color="Green",
    ),
    # Photo: flat lay on white of a night suit: white short-sleeve round-neck top with a pink strawberry print and
    # solid pink shorts; no model. Caption and free answers: epoch-2 adapter; closed: reference engine. The open color
    # answer for the shorts gives the top's white.
    case(
        "X1472-044",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short shorts. The T-shirt is with "
            "cotton fabric and it has a round neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing a white shirt with strawberries and pink shorts", who="she"),
        Q.color("white"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("night suit", "strawberry print on the top"),
        Q.material("cotton"),
        Q.garment_type("t-shirt", "contradiction"),
        gender="Women",
        title="Dreamz by Pantaloons Women White & Pink Printed Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: model in a maroon non-padded cotton nursing bra with drop-down clips on the straps, with grey lounge
    # pants. Caption and free answers: epoch-2 adapter; closed: reference engine. The caption makes the bra a tank top;
    # the closed color picked the pants' grey.
    case(
        "X1472-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("bra", "maroon", kind="open"),
        Q.color("grey", "other_garment_color"),
        details("bra", "it has clips on the straps to open the cups"),
        Q.material("cotton"),
        is_a("bra", "yes"),
        gender="Women",
        title="Enamor Women Maroon Solid Non-Padded Cotton Nursing Bra",
        category="Bra",
        color="Maroon",
    ),
]
