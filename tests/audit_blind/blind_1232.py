"""BLIND_1232 (45 products; Myntra women's nightwear and lingerie): written blind in the sixty-second session. Measured
blind at 4e431dc (the session's second rules): 68/81 failures found (84.0%) and 19/193 correct texts flagged (9.8%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, babydolls, robes,
bras, briefs, shapewear, camisoles, lounge pants, shorts and tees, thermals). Catalog shots: a model on a plain
backdrop wearing the product with other clothes (jeans under a bra, a white tee over lounge shorts), now and then a
flat lay, a back view, a prop (a mug, a pillow, a teddy bear, a bed). Columns as the feed has them: title, category
(Myntra's article type), color (Myntra's base colour), gender; one is missing here and there.
Who wrote what: the caption and every open answer (wearing, describe, details, material, and the open color
questions) come from the epoch-2 checkpoint of the caption adapter, trained with the original recipe (unmasked
labels, DeepFashion-MultiModal template captions), greedy, `Question: ... Answer:` prompts, 50 new tokens for
captions and 30 for answers, stopping on newline or eos. At epoch 2 it still answers some questions briefly in the
base model's manner, but it mostly falls back to the caption template ("The lady is wearing a sleeveless tank top with
pure color patterns. The tank top is with cotton fabric..."), which has no hue names, no lace, satin or modal, and no
bra or brief: it only knows tank tops, T-shirts, shirts, dresses, coats, pants, trousers, shorts and leggings. Many
of its outputs never stop and run to the token limit, cut mid-sentence or looping. The closed questions (garment
type, color, pattern, sleeve length, "Is this a ...?") are answered by the reference engine ranking candidates with
the untuned base model: single words, mostly right, wrong mainly when the model's other garment dominates the photo.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. The template's nearest DeepFashion class is accepted where it is the same kind of garment (dress for a
nightdress or babydoll, T-shirt for a lounge tee, pants for pyjamas or joggers, tank top for a camisole, sweater for a
hoodie, coat left alone only inside a text that is wrong for another reason); a clearly different kind is marked
contradiction (tank top for a bra, shorts for briefs or a shaper, dress for a robe, shirt for a camisole).
"Upper clothing ... suspenders neckline" for a bra names no kind and is accepted. Fabric words that the title
contradicts (chiffon or cotton for satin or modal) are contradiction; fabric or details the photo does not show and the
title does not give (cotton for a nylon shaper, lace trim that is not there, a ring, a wrist accessory, a person in a
flat lay) are unsupported. Near hues are accepted (red for maroon or burgundy, pink for mauve, coral or peach, orange
for coral, purple for lavender, beige for nude, grey for grey melange). A closed color giving the other garment's
color (the tee over lounge shorts) is other_garment_color; a single color for a multi-colour pack is contradiction.
Naming one piece of a set (bra for a lingerie set, robe for a robe-and-slip set) is left unmarked. A text that ran
to the limit but ended on a complete sentence or phrase is hit_limit=True and left unmarked if what it says is right;
one cut mid-phrase is cut. Where a text is wrong in two ways I marked the one a reader notices first: a loop over a
cut, a leak over a cut, the wrong pronoun over a cut, a tank top for a bra over a cut (but a cut caption whose only
other fault is the template's tank top for the model's other garment stays cut). A color question answered with the
template's "pure color patterns" gives no color and is non_answer; an answer that only echoes the question is restated
or non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1232 = [
    # Photo: model on a grey backdrop in a pink short-sleeve round-neck top with small navy star print and navy blue
    # pyjama pants with pink piping. Caption, wearing, details and the open pants color by the caption adapter;
    # closed questions by the reference engine.
    case(
        "X1232-001",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a pink t-shirt and blue pajama pants"),
        B.garment_type("pajamas"),
        B.color("pink"),
        B.pattern("printed"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        details(
            "night suit",
            "The T-shirt is with cotton fabric. It has a round neckline. The lady wears a long pants. The pants are "
            "with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Women",
        title="Sweet Dreams Women Pink & Navy Blue Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model in a black moulded T-shirt bra with mid-blue straight jeans, white backdrop, no jewellery.
    # Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-002",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. There is a "
            "ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black bra and jeans"),
        B.garment_type("bra"),
        B.color("black"),
        describe("bra", "a black bra with thin straps"),
        B.material("cotton"),
        gender="Women",
        title="Clovia Women Black Solid Non-Padded Non-Wired Cotton T-shirt Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model in a knee-length maroon satin slip nightdress, spaghetti straps, V-neck with black lace trim.
    # Caption, wearing, details and material by the caption adapter; color and sleeves by the reference engine.
    case(
        "X1232-003",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it is of "
            "medium short length. It has a V-shape neckline.",
            "contradiction",
        ),
        wearing("a red satin nightgown"),
        B.color("maroon"),
        B.sleeve_length("sleeveless"),
        B.material("The dress is with chiffon fabric.", "contradiction"),
        details("nightdress", "lace trim on the neckline and thin straps"),
        gender="Women",
        title="Zivame Women Maroon Solid Satin Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Photo: model in grey melange cuffed lounge joggers with a white crew-neck tee, white sneakers.
    # Caption, describe and open color by the caption adapter; closed by the reference engine.
    case(
        "X1232-004",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        B.garment_type("pants"),
        B.color("white", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        describe(
            "lounge pants",
            "The pants are long. The pants are with cotton fabric and pure color patterns. The pants are long. The "
            "pants are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes", article="a"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model in a lavender floral-lace bralette (no padding, thin straps, V front) with light blue high-waisted
    # jeans, hand on hip, white backdrop. Caption, wearing, details by the caption adapter; closed by the engine.
    case(
        "X1232-005",
        caption(
            "The upper clothing has no sleeves, other fabric and floral patterns. It has a V-shape neckline. The lower "
            "clothing is of long length. The fabric is denim and it has solid color patterns."
        ),
        wearing("a purple bra and jeans"),
        B.garment_type("bra"),
        B.color("lavender"),
        B.pattern("solid"),
        details(
            "bra",
            "The upper clothing has no sleeves, other fabric and floral patterns. It has a V-shape neckline. The lower "
            "clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Amante Women Lavender Lace Non-Padded Non-Wired Bralette",
        category="Bra",
        color="Lavender",
    ),
    # Photo: model in an ankle-length white cotton nightdress with a dense blue floral print, short sleeves, round
    # neck, no trims, holding a coffee mug. Caption and open answers by the caption adapter; closed by the engine.
    case(
        "X1232-006",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric and it is "
            "of long length. It has a round neckline."
        ),
        wearing("a blue floral nightgown"),
        describe("nightdress", "a long blue and white floral nightgown with short sleeves"),
        details("nightdress", "lace trim on the collar and sleeves", "unsupported"),
        B.material("cotton"),
        B.pattern("floral"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Nite Flite Women Blue Printed Pure Cotton Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: model in a nude seamless high-waist thigh shaper (shiny nylon-spandex) with a plain white bra.
    # Caption, wearing and material by the caption adapter; closed by the reference engine.
    case(
        "X1232-007",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a suspenders neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a white bra and beige shorts"),
        B.garment_type("shorts", "contradiction"),
        B.color("white", "other_garment_color"),
        B.material("The shorts are with cotton fabric.", "unsupported"),
        gender="Women",
        title="Zivame Women Nude-Coloured Solid Seamless Tummy & Thigh Shaper",
        category="Shapewear",
        color="Nude",
    ),
    # Photo: model in a grey fleece hooded dressing gown tied with its belt, long sleeves, white pyjama pants below,
    # holding a white mug. Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-008",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with furry fabric. It has a "
            "lapel neckline. She wears a belt. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey robe and white pajama pants"),
        B.garment_type("robe"),
        B.color("grey"),
        describe("robe", "a grey fleece robe with a hood and a belt"),
        details(
            "robe",
            "The lady is wearing a long-sleeve coat with pure color patterns. Question: What is the lady wearing? "
            "Answer: The lady",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        gender="Women",
        title="Marks & Spencer Women Grey Solid Hooded Fleece Robe",
        category="Bath Robe",
        color="Grey",
    ),
    # Photo: back view of a model in a white ribbed tank top and pink cotton lounge shorts with a small cat print.
    # Caption, details and open color by the caption adapter; closed by the reference engine.
    case(
        "X1232-009",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and "
            "graphic",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        B.color("white", "other_garment_color"),
        color_of("shorts", "pink", kind="open"),
        details("shorts", "The shorts are with cotton fabric and graphic patterns."),
        B.pattern("printed"),
        gender="Women",
        title="Clovia Women Pink Cat Print Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
    ),
    # Photo: flat lay on white: a nude padded underwired full-coverage bra, no person.
    # Caption, wearing and details by the caption adapter; closed by the reference engine.
    case(
        "X1232-010",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a suspenders neckline.",
            "unsupported",
        ),
        wearing("The lady is wearing a sleeveless tank top with pure color patterns.", "unsupported"),
        B.garment_type("bra"),
        B.color("beige"),
        is_a("bra", "yes"),
        details(
            "bra",
            "padded cups, underwire, adjustable straps, hook and eye closure, padded cups, underwire, adjustable "
            "straps, hook and eye",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Enamor Women Nude-Coloured Solid Lightly Padded Wired Full Coverage T-shirt Bra",
        category="Bra",
        color="Nude",
    ),
    # Photo: model barefoot in a navy-and-white striped long-sleeve notch-collar pyjama shirt with a chest pocket and
    # matching striped pyjama pants; no trims. Caption and open answers by the caption adapter; closed by the engine.
    case(
        "X1232-011",
        caption(
            "The lady is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and striped patterns."
        ),
        wearing("a blue and white striped pajama set"),
        B.pattern("striped"),
        B.color("navy blue"),
        B.sleeve_length("long sleeve"),
        describe(
            "night suit",
            "The shirt is with cotton fabric. It has a lapel neckline. The lady wears a long pants. The pants are with "
            "cotton fabric and striped patterns",
            hit_limit=True,
        ),
        details("night suit", "buttons, a pocket, a drawstring and a lace trim", "unsupported"),
        gender="Women",
        title="Sweet Dreams Women Navy Blue & White Striped Pure Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model in a black oversized drop-shoulder lounge tee with grey melange joggers.
    # Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-012",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        B.color("black"),
        wearing("a black t-shirt and grey sweatpants"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        B.material("cotton"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. The person wears a long pants. The pants are "
            "with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Kanvin Women Black Solid Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # Photo: model sitting on a bed in a thigh-length red babydoll: lace cups, sheer mesh body, spaghetti straps, with
    # a matching thong. Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-013",
        caption(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric and it is "
            "of medium short length. It has a V-shape neckline."
        ),
        wearing("a red lingerie"),
        B.garment_type("nightdress"),
        B.color("red"),
        describe(
            "babydoll",
            "The dress is with chiffon fabric and it is of medium short length. It has a V-shape neckline. The lady "
            "is wearing a sleeveless dress with floral",
            "cut",
            hit_limit=True,
        ),
        is_a("babydoll", "no", "contradiction"),
        gender="Women",
        title="PrettySecrets Women Red Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Red",
    ),
    # Photo: model in a peach satin camisole with lace trim at the neckline and matching peach satin shorts.
    # Caption, wearing and material by the caption adapter; closed by the reference engine.
    case(
        "X1232-014",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. "
            "It has a suspenders neckline. The tank top is with chiffon fabric. It has a suspenders neckline. The "
            "tank top is",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink satin pajama set"),
        B.color("peach"),
        B.garment_type("night suit"),
        B.material("satin"),
        gender="Women",
        title="Dreamz by Pantaloons Women Peach Solid Satin Cami Top and Shorts Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: model in a white racerback sports bra with black full-length leggings, studio.
    # Caption, wearing and describe by the caption adapter; closed by the reference engine.
    case(
        "X1232-015",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        B.color("white"),
        wearing("a white sports bra and black leggings"),
        B.garment_type("bra"),
        is_a("sports bra", "yes"),
        describe(
            "sports bra",
            "The tank top is with cotton fabric. It has a round neckline. The lady wears a long leggings. The leggings "
            "are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Triumph Women White Solid Non-Wired Lightly Padded Sports Bra",
        category="Bra",
        color="White",
    ),
    # Photo: model in a black cotton camisole with thin straps, tucked into mid-blue jeans.
    # Caption, wearing and material by the caption adapter; closed by the reference engine.
    case(
        "X1232-016",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a suspenders neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("tank top"),
        wearing("a black tank top and blue jeans"),
        B.material(
            "The tank top is with cotton fabric. It has a suspenders neckline. The lady wears a long pants. The pants "
            "are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        gender="Women",
        title="Jockey Women Black Solid Cotton Camisole",
        category="Camisoles",
        color="Black",
    ),
    # Photo: flat lay of three hipster briefs side by side: pink with white polka dots, plain navy, grey melange with
    # a small heart print. No person. Caption, wearing and describe by the caption adapter; closed by the engine.
    case(
        "X1232-017",
        caption(
            "The lady is wearing a three-point shorts with graphic patterns. The shorts are with cotton fabric. There "
            "is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("three pairs of underwear"),
        B.garment_type("briefs"),
        B.color("pink", "contradiction"),
        is_a("pair of briefs", "yes"),
        describe(
            "briefs",
            "The shorts are with cotton fabric and graphic patterns. The shorts are with cotton fabric and graphic "
            "patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Pack of 3 Printed Cotton Hipster Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in a black floral-lace padded push-up bra with black high-waisted tailored trousers.
    # Caption, wearing, details and material by the caption adapter; closed by the reference engine.
    case(
        "X1232-018",
        caption(
            "Her tank top has no sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black lace bra and black pants"),
        B.color("black"),
        B.pattern("floral"),
        details(
            "bra",
            "lace, underwire, lace, underwire, lace, underwire, lace, underwire, lace, underwire, lace, underwire",
            "loop",
            hit_limit=True,
        ),
        B.material("lace"),
        gender="Women",
        title="Hunkemoller Women Black Lace Padded Push-Up Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model in olive green cuffed lounge joggers with a white short-sleeve crop tee and white sneakers with
    # ankle socks. Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-019",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. The person wears socks in "
            "shoes.",
            hit_limit=True,
        ),
        B.color("green"),
        color_of("pants", "green", kind="open"),
        wearing("green pants and a white top"),
        describe(
            "joggers",
            "The pants are with cotton fabric and pure color patterns. The pants are of long length. The lady wears a "
            "short-sleeve T-shirt with pure",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        gender="Women",
        title="C9 Airwear Women Olive Green Solid Lounge Joggers",
        category="Lounge Pants",
        color="Olive",
    ),
    # Photo: model in a black fitted long-sleeve round-neck thermal top with matching black thermal leggings.
    # Caption, wearing, describe and material by the caption adapter; closed by the reference engine.
    case(
        "X1232-020",
        caption(
            "The lady is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        B.color("black"),
        B.sleeve_length("long sleeve"),
        wearing("The lady is wearing a long-sleeve T-shirt with pure color patterns and a long leggings."),
        describe("thermal top", "it is a thermal top", "non_answer"),
        B.material("The T-shirt is with knitted fabric."),
        B.garment_type("t-shirt"),
        gender="Women",
        title="Marks & Spencer Women Black Heatgen Thermal Top",
        category="Thermal Tops",
        color="Black",
    ),
    # Photo: model hugging a pillow, in a yellow short-sleeve top printed "GOOD VIBES" and white capri pyjamas with a
    # small yellow print. Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-021",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-quarter pants. The pants are with cotton fabric and graphic "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a yellow shirt and white pants"),
        B.color("yellow"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        details("night suit", "good vibes"),
        B.pattern("printed"),
        gender="Women",
        title="Sweet Dreams Women Yellow & White Printed Capri Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: back view of a model in a short teal satin robe with elbow kimono sleeves and lace cuffs, belt tied.
    # Caption, describe and wearing by the caption adapter; closed by the reference engine.
    case(
        "X1232-022",
        caption(
            "The lady is wearing a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "it is of medium short length. She wears a belt.",
            "contradiction",
        ),
        B.garment_type("robe"),
        B.color("teal"),
        describe(
            "robe",
            "The dress is with chiffon fabric and it is of medium short length. She wears a belt. The dress is with "
            "chiffon fabric and it is of medium",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue satin robe"),
        B.sleeve_length("three-quarter sleeve"),
        gender="Women",
        title="Zivame Women Teal Blue Solid Satin Short Robe with Belt",
        category="Robe",
        color="Teal",
    ),
    # Photo: model before a white curtain in a pink floral-lace underwired bra and matching lace brief, no jewellery.
    # Caption, wearing and details by the caption adapter; closed by the reference engine.
    case(
        "X1232-023",
        caption(
            "The upper clothing has no sleeves, other fabric and floral patterns. The neckline of it is V-shape. The "
            "lower clothing is of three-point length. The fabric is other and it has floral patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink bra and panties"),
        B.garment_type("bra"),
        B.color("pink"),
        B.pattern("floral"),
        details(
            "lingerie set",
            "The upper clothing has no sleeves, other fabric and floral patterns. The neckline of it is V-shape. The "
            "lower clothing is of three",
            "cut",
            hit_limit=True,
        ),
        is_a("lingerie set", "yes"),
        gender="Women",
        title="Amante Women Pink Floral Lace Wired Bra and Brief Lingerie Set",
        category="Lingerie Set",
        color="Pink",
    ),
    # Photo: model in green-and-white checked cotton pyjama bottoms with a white short-sleeve tee.
    # Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-024",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and lattice patterns."
        ),
        B.color("green"),
        wearing("a white shirt and green pants"),
        B.pattern("checked"),
        describe("pyjamas", "The pants are with cotton fabric and lattice patterns."),
        details(
            "pyjamas",
            "The pants are with cotton fabric and lattice patterns. The pants are with cotton fabric and lattice "
            "patterns. The pants are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeve", "contradiction"),
        gender="Women",
        title="Nite Flite Women Green & White Checked Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Green",
    ),
    # Photo: model by a window in a burgundy satin long-sleeve robe worn open over a matching ankle-length slip.
    # Caption, wearing and material by the caption adapter; closed by the reference engine.
    case(
        "X1232-025",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with chiffon fabric. It has "
            "a lapel neckline. The lady wears a long dress. The dress is with chiffon fabric and pure color patterns. "
            "She",
            "cut",
            hit_limit=True,
        ),
        wearing("a red robe and a red nightgown"),
        B.garment_type("robe"),
        B.color("maroon"),
        B.material("silk", "unsupported"),
        is_a("robe", "yes"),
        gender="Women",
        title="Masha Women Burgundy Satin Nightdress with Robe",
        category="Nightdress",
        color="Burgundy",
    ),
    # Photo: model on a stool in navy blue lounge shorts with a grey melange tee.
    # Caption, wearing and details by the caption adapter; closed by the reference engine.
    case(
        "X1232-026",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a three-point shorts. The shorts are with cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a gray t-shirt and blue shorts"),
        B.color("navy blue"),
        B.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        details("shorts", "the details of the shorts", "restated"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: model in a beige full-coverage minimizer bra with wide straps and white linen trousers.
    # Caption, wearing and describe by the caption adapter; closed by the reference engine. Feed row has no gender.
    case(
        "X1232-027",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        B.garment_type("bra"),
        describe("bra", "a beige bra with wide straps"),
        title="Triumph Women Beige Solid Non-Wired Minimizer Bra",
        category="Bra",
        color="Beige",
    ),
    # Photo: model on the edge of a bed in a knee-length mauve modal T-shirt nightdress with a chest pocket, no rings.
    # Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-028",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it "
            "is of medium short length. It has a round neckline. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a pink dress"),
        B.color("pink"),
        color_of("nightdress", "The dress is with pure color patterns.", "non_answer", kind="open"),
        describe("nightdress", "a pink nightgown with a pocket on the chest"),
        B.material("cotton", "contradiction"),
        B.sleeve_length("short sleeve"),
        gender="Women",
        title="Bannos Swagger Women Mauve Solid Modal T-shirt Nightdress",
        category="Nightdress",
        color="Mauve",
    ),
    # Photo: model in a black short-sleeve notch-collar shirt with white polka dots, buttons, and matching shorts.
    # Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-029",
        caption(
            "The lady is wearing a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and graphic "
            "patterns.",
            hit_limit=True,
        ),
        B.pattern("polka dot"),
        B.color("black"),
        color_of("shorts", "white", "contradiction", kind="open"),
        wearing("a black and white polka dot pajama set"),
        details(
            "night suit",
            "polka dots, buttons, collar, pockets, polka dots, buttons, collar, pockets, polka dots, buttons, collar, "
            "pockets, polka dots",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Black & White Polka Dot Print Shirt and Shorts Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: back view of a model in a navy blue full-coverage non-wired bra: hook-and-eye closure, wide straps.
    # Caption, wearing, details and material by the caption adapter; closed by the reference engine.
    case(
        "X1232-030",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a suspenders neckline.",
            "contradiction",
        ),
        wearing("a blue bra"),
        details(
            "bra",
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline.",
        ),
        B.color("navy blue"),
        is_a("bra", "yes"),
        B.material("cotton"),
        gender="Women",
        title="Enamor Women Navy Blue Solid Non-Wired Full Coverage Cotton Bra",
        category="Bra",
        color="Navy Blue",
    ),
    # Photo: model in a coral boxy short-sleeve lounge tee with white lounge shorts.
    # Caption, wearing and open color by the caption adapter; closed by the reference engine.
    case(
        "X1232-031",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        B.color("orange"),
        wearing("Answer: a pink shirt and white shorts", "leak"),
        B.garment_type("t-shirt"),
        B.sleeve_length("short sleeve"),
        color_of("t-shirt", "pink", kind="open"),
        gender="Women",
        title="Mod & Shy Women Coral Solid Boxy Lounge T-shirt",
        category="Lounge Tshirts",
        color="Coral",
    ),
    # Photo: model in an ankle-length blue-and-white ikat print rayon kaftan with wide sleeves and a V-neck.
    # Caption, wearing and describe by the caption adapter; closed by the reference engine.
    case(
        "X1232-032",
        caption(
            "The lady is wearing a medium-sleeve dress with complicated patterns. The dress is with chiffon fabric and "
            "it is of long length. It has a V-shape neckline."
        ),
        wearing("a blue and white dress"),
        describe(
            "kaftan",
            "The dress is with chiffon fabric and it is of long length. It has a V-shape neckline. The lady is wearing "
            "a medium-sleeve dress with",
            "cut",
            hit_limit=True,
        ),
        B.pattern("printed"),
        B.garment_type("dress"),
        is_a("kaftan", "yes"),
        gender="Women",
        title="Kryptic Women Blue Ikat Printed Kaftan Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: flat lay of a black satin long-sleeve pyjama shirt with white crescent-moon print and white piping, the
    # matching pants and a pink eye mask; no person. Caption and open answers by the caption adapter; closed by the
    # reference engine.
    case(
        "X1232-033",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long pants.",
            "unsupported",
        ),
        B.garment_type("pajamas"),
        B.color("black"),
        wearing("a black pajama set and a pink eye mask"),
        details("pyjama set", "moon print, piping, buttons, eye mask"),
        B.material(
            "The shirt is with chiffon fabric. It has a lapel neckline. The lady wears a long pants. The pants are "
            "with chiffon fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="PrettySecrets Women Black Printed Satin Pyjama Set with Eye Mask",
        category="Night suits",
        color="Black",
    ),
    # Photo: model in a skin-tone seamless camisole under an open light-blue denim shirt, with blue jeans.
    # Caption, wearing and describe by the caption adapter; closed by the reference engine.
    case(
        "X1232-034",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        B.color("blue", "other_garment_color"),
        B.garment_type("shirt", "contradiction"),
        wearing("a denim shirt and a tan tank top"),
        describe("camisole", "a beige tank top with thin straps"),
        gender="Women",
        title="Jockey Women Skin-Coloured Solid Seamless Camisole",
        category="Camisoles",
        color="Skin",
    ),
    # Photo: model in a grey melange non-padded nursing bra (drop-down clips on the straps) and dark grey lounge pants.
    # Caption, wearing, details and material by the caption adapter; closed by the reference engine.
    case(
        "X1232-035",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        B.color("grey"),
        details("bra", "The bra has a clip on the strap"),
        B.material("cotton"),
        is_a("nursing bra", "no", "contradiction"),
        gender="Women",
        title="Morph Maternity Women Grey Melange Solid Non-Padded Nursing Bra",
        category="Bra",
        color="Grey Melange",
    ),
    # Photo: model sitting cross-legged on a bed with a teddy bear, in a maroon full-sleeve top and pyjamas with a
    # small white heart print. Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-036",
        caption(
            "The lady is wearing a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns.",
            hit_limit=True,
        ),
        wearing("a red pajama set and a teddy bear"),
        B.color("maroon"),
        B.pattern("printed"),
        describe(
            "night suit",
            "The lady is wearing a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        gender="Women",
        title="Sweet Dreams Women Maroon Printed Full Sleeve Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: model in a white short-sleeve lounge tee printed "SLEEP MODE ON" in black, with black lounge shorts.
    # Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-037",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        B.color("white"),
        details("t-shirt", "sleep mode on"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        B.pattern("graphic"),
        wearing("a white t-shirt that says sleep mode on and black shorts"),
        gender="Women",
        title="DressBerry Women White Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Photo: model in off-white wide-leg flared lounge pants with a black sleeveless crop top.
    # Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-038",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long trousers. The tank top is "
            "with cotton fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        B.color("black", "other_garment_color"),
        color_of("pants", "white", kind="open"),
        wearing("a black top and white pants"),
        describe(
            "lounge pants",
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length.",
        ),
        B.garment_type("pants"),
        gender="Women",
        title="Enamor Women Off-White Solid Wide Leg Lounge Pants",
        category="Lounge Pants",
        color="Off White",
    ),
    # Photo: model in a grey melange hooded lounge sweatshirt (kangaroo pocket, drawstrings) with black joggers.
    # Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-039",
        caption(
            "The person is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The person wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("The person is wearing a long-sleeve sweater with pure color patterns and a long pants."),
        B.color("grey"),
        B.sleeve_length("long sleeve"),
        details(
            "sweatshirt",
            "hood, pocket, drawstrings, hood, pocket, drawstrings, hood, pocket, drawstrings, hood, pocket, "
            "drawstrings, hood, pocket",
            "loop",
            hit_limit=True,
        ),
        B.material("The sweater is with knitted fabric."),
        gender="Women",
        title="C9 Airwear Women Grey Melange Solid Hooded Lounge Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model kneeling on white sheets in a thigh-length black sheer mesh babydoll with lace cups, and a G-string.
    # Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-040",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it "
            "is of three-point length. It has a V-shape neckline."
        ),
        wearing("a black lingerie"),
        B.color("black"),
        describe(
            "babydoll",
            "Question: Describe the babydoll. Answer: The lady is wearing a sleeveless dress with pure color patterns. "
            "The dress is with",
            "leak",
            hit_limit=True,
        ),
        is_a("babydoll", "yes"),
        B.material("no", "non_answer"),
        gender="Women",
        title="N-Gal Women Black Sheer Babydoll with G-String",
        category="Baby Dolls",
        color="Black",
    ),
    # Photo: model in a thigh-length light blue long-sleeve button-down night shirt with white piping.
    # Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-041",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline.",
            "pronoun",
        ),
        wearing("a blue shirt"),
        B.garment_type("shirt"),
        B.color("blue"),
        describe("nightshirt", "a light blue shirt with white piping"),
        B.sleeve_length("long sleeve"),
        gender="Women",
        title="Dreamz by Pantaloons Women Blue Solid Button-Down Night Shirt",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: model holding a mug, a blurred Christmas tree behind, in a red-and-black buffalo-check flannel pyjama
    # shirt and matching pants. Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-042",
        caption(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and lattice patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and black plaid pajama set"),
        B.pattern("checked"),
        B.color("red"),
        B.material("flannel"),
        details(
            "pyjama set",
            "The shirt is with cotton fabric. It has a lapel neckline. The lady wears a long pants. The pants are with "
            "cotton fabric and lattice patterns.",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Red & Black Checked Flannel Pyjama Set",
        color="Red",
    ),
    # Photo: back view of a model in lavender capri pyjamas with a small floral print and a white tee.
    # Caption, wearing, describe and open color by the caption adapter; closed by the reference engine.
    case(
        "X1232-043",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The lady wears a three-quarter pants. The pants are with cotton fabric and floral patterns."
        ),
        B.color("purple"),
        color_of("capris", "white", "other_garment_color", kind="open"),
        wearing("a white shirt and purple pants"),
        B.garment_type("pants"),
        describe("capris", "", "non_answer"),
        gender="Women",
        title="Sweet Dreams Women Lavender Floral Printed Capris",
        category="Capris",
        color="Lavender",
    ),
    # Photo: model in a black full-sleeve crop lounge top and black joggers with a pink stripe down each side.
    # Caption and open answers by the caption adapter; closed by the reference engine.
    case(
        "X1232-044",
        caption(
            "The lady is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and color block "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a black top and black pants with pink stripes"),
        B.color("black"),
        B.pattern("solid"),
        details("lounge set", "The pants have pink stripes on the side."),
        B.material(
            "The T-shirt is with cotton fabric. It has a round neckline. The lady wears a long pants. The pants are "
            "with cotton fabric and color block",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Kanvin Women Black Solid Crop Top and Joggers Lounge Set",
        category="Night suits",
        color="Black",
    ),
    # Photo: model in one black bikini brief of the pack with a black sports bra; inset swatches of the other two
    # (red, grey melange). Caption, wearing and details by the caption adapter; closed by the reference engine.
    # Feed row has no category.
    case(
        "X1232-045",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady is wearing a sleeveless tank top with pure color patterns and a three-point shorts.",
            "contradiction",
        ),
        B.garment_type("shorts", "contradiction"),
        B.color("black", "contradiction"),
        details(
            "briefs",
            "The shorts are with cotton fabric and pure color patterns. The shorts are of three-point length.",
            "contradiction",
        ),
        gender="Women",
        title="Jockey Women Assorted Pack of 3 Solid Bikini Briefs",
        color="Assorted",
    ),
]
