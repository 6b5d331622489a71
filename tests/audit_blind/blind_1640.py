"""BLIND_1640 (45 products; Myntra nightwear & lingerie, epoch-2 adapter): written blind in the sixty-seventh session.
Measured blind at 0f3a531 (the session's first rules): 60/87 failures found (69.0%) and 14/178 correct texts flagged
(7.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, baby dolls, robes,
bath robes, lounge pants/shorts/t-shirts, camisoles, bras, sports bras, briefs, shapewear, lingerie sets, thermals).
Columns as Myntra exports them: title, category (the article type), color (the base colour), gender ("Women"); a
few rows lack one of them (a brief pack with no colour, a bath robe and a nightdress without gender, one row
without a category). Photos are the catalog's usual ones: a model on a white or grey backdrop wearing the product
with other clothes (jeans or shorts with a bra or a camisole, a tee over lounge pants, a slip under a robe), now
and then a flat lay (bras, brief packs, a printed tee), a back view, a prop (a mug, a teddy bear, a bed, a stool).
Who wrote what: the caption and every free answer (wearing, describe, details, the open "What is the color of the
X?" question and the material question) come from BLIP-2 OPT-2.7b with the epoch-2 checkpoint of the caption LoRA
(the DeepFashion-MultiModal template captions, unmasked labels, no end-of-answer token), greedy, 50 new tokens for
captions and 30 for answers. The closed questions (garment type, color, pattern, sleeve length, "Is this a ...?")
were answered by the untuned base model ranking the questionnaire's candidate lists, so they are always one short
label and never loop or run on; their errors are wrong picks (the colour of the jeans or the cardigan next to the
product, a robe "yes" for a kaftan, the sleeves of the top for a pair of leggings).
What the epoch-2 adapter does on this feed: it knows only DeepFashion's garments and fabrics, so a bra becomes a
"tank top"/"tank shirt", briefs and shaping shorts become "three-point shorts", a robe becomes a "cardigan" or a
"coat", satin becomes "chiffon" or "cotton", lace becomes "cotton"; its "colors" are DeepFashion's patterns ("pure
color"), so some color answers give no hue at all; it starts every caption with "The lady wears" even on a flat lay
or a back view, and now and then says "his"/"the man"/"He" for a model with short hair or a back to the camera; it
half-remembers how to answer, so many free answers are right and short, others return the caption template, loop on
a phrase, run into a new "Question: ... Answer:" or stop mid-sentence at the limit.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. One label per wrong text, the one a careful reviewer would name first: a garment word that is not the
product (tank top for a bra, cardigan/coat for a robe, shorts for briefs) is a contradiction, and so is a fabric the
title contradicts (chiffon or cotton for a "Satin" or "Lace" title, wool for "Fleece"); a fabric claimed where
neither title nor photo can tell (cotton for shapewear or a sports bra, silk for satin) is unsupported, and so are
invented details (a ring, a wrist accessory, pockets, lace trim that is not there, a front neckline read off a back
view, "the lady" in a flat lay). A color that belongs to the other garment in the shot (the jeans, the tee, the
slip, the cardigan) is other_garment_color, a color that belongs to nothing worn (the print's ink) a contradiction.
A text that ran to the limit is hit_limit=True; it is a loop when it repeats itself, a leak when it runs into a new
"Question:", otherwise cut when it stops mid-phrase; a template that reaches the limit in answer to a color question
is a non_answer (it never gives the color). "pure color", "the lady", an empty string and "the shorts are short" are
non_answers; an answer that only restates the product name ("lounge pants", "the pyjamas are long pyjamas") is
restated. Neighbouring shades count as right (red for maroon or burgundy, purple for mauve, beige for nude, green
for teal or sea green), and so do DeepFashion's own words when they fit (T-shirt for a tee-style night suit top,
dress for a nightdress or a baby doll, tank top for a camisole, lattice for checks, medium-sleeve for three-quarter
sleeves, furry for terry). In a flat lay, an answer to "What is the person wearing?" that names the product is
right; the caption's "The lady wears" there is not.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1640 = [
    # Photo: model on white backdrop in a pink cotton night suit: short-sleeve round-neck top with a small white heart
    # print, matching long pyjama pants, barefoot. Caption and free answers: epoch-2 caption adapter; closed: base
    # model ranking candidates. All right.
    case(
        "X1640-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and graphic patterns."
        ),
        wearing("The lady wears a short-sleeve T-shirt and long trousers."),
        color_of("night suit", "pink", kind="open"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Clovia Women Pink Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model in a black non-wired T-shirt bra with mid-blue jeans, arms down, white backdrop. Caption/free:
    # adapter (bra read as a tank top; the material answer loops to the limit); closed: base ranking, right.
    case(
        "X1640-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a long trousers. The trousers are with denim fabric.",
            "contradiction",
        ),
        wearing("a tank top and jeans", "contradiction"),
        color_of("bra", "black", kind="open"),
        Q.garment_type("bra"),
        is_a("bra", "yes"),
        Q.material(
            "The tank top is with cotton fabric and pure color patterns. The tank top is with cotton fabric and pure "
            "color patterns. The tank",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Zivame Women Black Solid Non-Wired Lightly Padded T-shirt Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model in navy blue pyjama pants with a small white star print, elastic waistband showing, a plain white
    # short-sleeve tee half tucked in. Caption (cut at 50 tokens) and free answers: adapter; the open color answer
    # gives the tee's white. Closed: base ranking, right.
    case(
        "X1640-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and graphic",
            "cut",
            hit_limit=True,
        ),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("pyjamas", "The trousers are of long length with an elastic waistband."),
        Q.pattern("printed"),
        gender="Women",
        title="Sweet Dreams Women Navy Blue Printed Pyjamas",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Photo: model in a knee-length mauve cotton nightdress, short sleeves, round neck, small white floral print,
    # button placket at the front; no watch, no bracelet. Caption invents a wrist accessory; the description repeats
    # the caption into the limit. Closed: base ranking.
    case(
        "X1640-004",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a floral dress"),
        color_of("nightdress", "purple", kind="open"),
        describe(
            "nightdress",
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a short-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        details("nightdress", "buttons on the front"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Dreamz by Pantaloons Women Mauve Floral Printed Nightdress",
        category="Nightdress",
        color="Mauve",
    ),
    # Photo: model in a maroon satin slip nightdress, spaghetti straps, lace trim along the neckline, midi length.
    # The adapter has no "satin": caption and material say chiffon. Closed sleeve: base ranking.
    case(
        "X1640-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline.",
            "contradiction",
        ),
        wearing("a red dress"),
        color_of("nightdress", "red", kind="open"),
        details("nightdress", "lace trim on the neckline"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Masha Women Maroon Satin Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Photo: side view, model in grey melange lounge shorts with a white drawstring, worn with a white sleeveless tank
    # top. Caption cut at the limit; the open color answer gives the tank top's white. Closed: base ranking, right.
    case(
        "X1640-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The shorts this lady wears is of three-point length. The shorts are with cotton fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        Q.color("grey"),
        details("shorts", "drawstring waist"),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Photo: flat lay, a nude seamless full-coverage bra on a white surface, no model. Caption: adapter, puts a lady in
    # it (and calls it a tank top). Free answers right; closed: base ranking, right.
    case(
        "X1640-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline.",
            "unsupported",
        ),
        wearing("a bra"),
        color_of("bra", "beige", kind="open"),
        Q.color("beige"),
        is_a("bra", "yes"),
        Q.pattern("solid"),
        gender="Women",
        title="Amante Women Nude-Coloured Solid Seamless Full Coverage Bra",
        category="Bra",
        color="Nude",
    ),
    # Photo: model seated on a wooden stool in a blue-and-white checked cotton night suit: long-sleeve button-down
    # shirt with notch collar, matching long pyjamas. Caption right; details loop; the base ranking picks "shirt" as
    # the garment type of a night suit.
    case(
        "X1640-008",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The trousers this lady wears is of long length."
        ),
        wearing("a blue and white checkered shirt and pants"),
        color_of("shirt", "blue", kind="open"),
        details(
            "shirt",
            "The shirt has a lapel neckline and buttons. The shirt has a lapel neckline and buttons. The shirt has a "
            "lapel neckline and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("shirt", "contradiction"),
        gender="Women",
        title="Nite Flite Women Blue Checked Pure Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: model in a black satin wrap robe, shawl collar, belt tied, three-quarter sleeves, knee length, over a
    # black slip. Caption: adapter, robe read as a cardigan; material "silk" is a guess (satin says nothing of fiber).
    case(
        "X1640-009",
        caption(
            "The lady wears a medium-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. It "
            "has a lapel neckline. There is a belt.",
            "contradiction",
        ),
        wearing("a black robe"),
        color_of("robe", "black", kind="open"),
        Q.material("silk", "unsupported"),
        is_a("robe", "yes"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="DressBerry Women Black Satin Robe",
        category="Robe",
        color="Black",
    ),
    # Photo: model with a short cropped haircut in a lavender oversized short-sleeve tee, grey joggers. Caption right;
    # the open color answer gives DeepFashion's "pure color"; "He" for the model. Closed: base ranking, right.
    case(
        "X1640-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers."
        ),
        color_of("t-shirt", "pure color", "non_answer", kind="open"),
        Q.color("lavender"),
        describe("t-shirt", "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline."),
        Q.sleeve_length("short sleeves"),
        wearing("He is wearing a purple t-shirt and grey pants.", "pronoun", who="she"),
        gender="Women",
        title="Kanvin Women Lavender Solid Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
    ),
    # Photo: model in a peach sleeveless maxi nightdress with a small green leaf print, holding a white coffee mug.
    # Caption right (the mug as an accessory in her hand); details loop. Closed: base ranking, right.
    case(
        "X1640-011",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory in her hand."
        ),
        color_of("nightdress", "peach", kind="open"),
        details(
            "nightdress",
            "The dress is with cotton fabric and graphic patterns. The dress is with cotton fabric and graphic "
            "patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Slumber Jill Women Peach Printed Cotton Maxi Nightdress",
        category="Nightdress",
        color="Peach",
    ),
    # Photo: flat lay of three cotton hipster briefs fanned out (black, nude, white), plain elastic waistbands, no
    # lace. Feed row has no colour. Caption/free: adapter reads them as shorts; closed: base ranking.
    case(
        "X1640-012",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric.",
            "contradiction",
        ),
        wearing("shorts", "contradiction"),
        Q.garment_type("briefs"),
        is_a("pair of shorts", "yes", "contradiction"),
        Q.material("cotton"),
        details("briefs", "lace trim on the waistband", "unsupported"),
        gender="Women",
        title="Marks & Spencer Women Pack of 3 Cotton Hipster Briefs",
        category="Briefs",
    ),
    # Photo: model in a red lace underwired bra with dark denim jeans. Caption: adapter's "tank shirt" with cotton and
    # pure color for red lace; the material answer says cotton for a lace bra. Closed: base ranking, right.
    case(
        "X1640-013",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. This "
            "lady wears a long trousers. The trousers are with denim fabric and solid color patterns.",
            "contradiction",
        ),
        color_of("bra", "red", kind="open"),
        Q.material("cotton", "contradiction"),
        details("bra", "lace cups and thin straps"),
        is_a("bra", "yes"),
        gender="Women",
        title="Enamor Women Red Lace Non-Padded Wired Bra",
        category="Bra",
        color="Red",
    ),
    # Photo: back view, model in teal jogger lounge pants with cuffed ankles (no pockets at the back), a white
    # short-sleeve crop tee. Caption right; "wearing" loops; details invent back pockets. Closed: base ranking.
    case(
        "X1640-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The trousers this lady wears is of long "
            "length. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "green", kind="open"),
        details("pants", "The pants have pockets on the back.", "unsupported"),
        Q.color("teal"),
        wearing(
            "The lady wears a short-sleeve T-shirt and long trousers. The lady wears a short-sleeve T-shirt and long "
            "trousers. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Teal Solid Jogger Lounge Pants",
        category="Lounge Pants",
        color="Teal",
    ),
    # Photo: model in a sheer purple baby doll with lace cups, V neck, thigh length, matching thong. Caption right
    # (chiffon for the sheer mesh); description cut at the limit; material answer empty. Closed: base ranking, right.
    case(
        "X1640-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline."
        ),
        wearing("a purple dress"),
        describe(
            "baby doll",
            "The dress is sleeveless with a V-shape neckline and lace on the chest. It is short and sheer, and there "
            "is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("nightdress"),
        Q.color("purple"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Zivame Women Purple Solid Sheer Baby Doll with Thong",
        category="Baby Dolls",
        color="Purple",
    ),
    # Photo: model in a night suit: black-and-white striped short-sleeve tee, solid black shorts. Caption right; the
    # shorts' open color answer takes the white of the stripes; the shorts' details say nothing. Closed: base ranking.
    case(
        "X1640-016",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The "
            "shorts this lady wears is of three-point length. The shorts are with pure color patterns."
        ),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        color_of("t-shirt", "black and white", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        details("shorts", "the shorts are short", "non_answer"),
        gender="Women",
        title="Van Heusen Woman Black & White Striped Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: model in nude high-waist thigh-length shaping shorts and a nude bra. Caption reads a tank top and shorts;
    # the base ranking picks "shorts"; "cotton" is a guess for a nylon-spandex piece the title says nothing about.
    case(
        "X1640-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        color_of("shapewear", "beige", kind="open"),
        Q.garment_type("shorts", "contradiction"),
        details("shapewear", "high waist"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Triumph Women Nude Solid High-Waist Tummy Control Shapewear",
        category="Shapewear",
        color="Nude",
    ),
    # Photo: model in a yellow short-sleeve top with a cartoon cat on the chest and yellow-and-white checked capri
    # pyjamas. Caption cut at the limit; free answers right. Closed: base ranking, right.
    case(
        "X1640-018",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The trousers this lady wears is of three-quarter length. The trousers are with cotton "
            "fabric and lattice",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow t-shirt and yellow and white checkered pants"),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("pants", "yellow", kind="open"),
        Q.pattern("graphic"),
        details("t-shirt", "a cat on the front"),
        is_a("night suit", "yes"),
        gender="Women",
        title="Bodycare Women Yellow Printed Capri Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: model in a white rib-knit cotton camisole with thin straps, tucked into light blue denim shorts. Caption
    # cut; the open color answer gives the denim's blue. Closed: base ranking, right.
    case(
        "X1640-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitted fabric. It "
            "has a suspenders neckline. The shorts this lady wears is of three-point length. The shorts are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("camisole", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        wearing("a white tank top and denim shorts"),
        Q.material("cotton"),
        Q.garment_type("camisole"),
        gender="Women",
        title="Jockey Women White Solid Cotton Camisole",
        category="Camisoles",
        color="White",
    ),
    # Photo: model in a long grey fleece robe with shawl collar, tie belt, two patch pockets, long sleeves, over grey
    # pyjamas. Caption: "coat"; material: "wool" for a fleece robe. Closed: base ranking, right.
    case(
        "X1640-020",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with furry fabric. It has a lapel "
            "neckline. There is a belt.",
            "contradiction",
        ),
        wearing("a grey robe"),
        describe(
            "robe",
            "The robe has long sleeves, a lapel neckline, a belt and two pockets on the front.",
        ),
        color_of("robe", "grey", kind="open"),
        Q.material("wool", "contradiction"),
        is_a("robe", "yes"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Mast & Harbour Women Grey Solid Fleece Robe",
        category="Robe",
        color="Grey",
    ),
    # Photo: model in a pink satin night suit with small white polka dots: long-sleeve notch-collar button shirt with
    # white piping, matching long pyjamas. Caption and material say cotton for satin. Closed: base ranking, right.
    case(
        "X1640-021",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The trousers are with cotton fabric and graphic patterns.",
            "contradiction",
        ),
        color_of("shirt", "pink", kind="open"),
        Q.pattern("polka dots"),
        Q.material("cotton", "contradiction"),
        details("shirt", "buttons and a collar"),
        wearing("pajamas"),
        gender="Women",
        title="Nite Flite Women Pink Printed Satin Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: back view, hair in a bun, model in a peach lace bralette with racerback straps and a hook closure, white
    # cotton shorts. Caption says "His"; open color gives the shorts' white. Closed: base ranking, right.
    case(
        "X1640-022",
        caption(
            "His tank shirt has no sleeves, cotton fabric and pure color patterns. The shorts this person wears is of "
            "three-point length. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("bralette", "white", "other_garment_color", kind="open"),
        Q.color("peach"),
        details("bralette", "hook closure at the back"),
        Q.garment_type("bra"),
        gender="Women",
        title="Zivame Women Peach Lace Racerback Bralette",
        category="Bra",
        color="Peach",
    ),
    # Photo: model in olive green wide-leg lounge pants with a black sleeveless crop top and white sneakers. Caption
    # right; the description only restates the name; the base ranking's color is the top's black.
    case(
        "X1640-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The trousers this lady wears is of long "
            "length. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "green", kind="open"),
        describe("lounge pants", "lounge pants", "restated"),
        Q.color("black", "other_garment_color"),
        wearing("a black tank top and green pants"),
        gender="Women",
        title="Ginger by Lifestyle Women Olive Green Solid Wide Leg Lounge Pants",
        category="Lounge Pants",
        color="Olive",
    ),
    # Photo: model sitting on a white bed against pillows, in a sea green short-sleeve cotton nightdress with a small
    # teddy bear print, knee length. Caption loops on the bed; base ranking calls the print solid.
    case(
        "X1640-024",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady is sitting on a bed. The lady is sitting on a bed. The lady is sitting on a "
            "bed. The",
            "loop",
            hit_limit=True,
        ),
        color_of("nightdress", "green", kind="open"),
        describe("nightdress", "a green dress with a teddy bear print"),
        is_a("nightdress", "yes"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid", "contradiction"),
        gender="Women",
        title="Sweet Dreams Women Sea Green Printed Cotton Nightdress",
        category="Nightdress",
        color="Sea Green",
    ),
    # Photo: model in a black racerback sports bra with black full-length leggings. Caption: tank top; material
    # "cotton" is a guess the title does not back (sports bras are mostly polyamide-spandex). Closed: right.
    case(
        "X1640-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("black leggings and a black sports bra"),
        color_of("sports bra", "black", kind="open"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="C9 Airwear Women Black Solid Non-Padded Racerback Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model in an off-white long-sleeve round-neck thermal top with blue jeans. Caption right; "wearing" runs
    # into a new question; details loop; the base ranking says yes to "sweater".
    case(
        "X1640-026",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted fabric. It has "
            "a round neckline. The lady wears a long trousers."
        ),
        wearing(
            "white long sleeve shirt and blue jeans. Question: What is the color of the jeans? Answer: blue. Question: "
            "What",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "white", kind="open"),
        is_a("sweater", "yes", "contradiction"),
        details(
            "top",
            "The top has long sleeves and a round neckline. The top has long sleeves and a round neckline. The top has "
            "long sleeves and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Lux Inferno Women Off-White Solid Thermal Top",
        category="Thermal Tops",
        color="Off White",
    ),
    # Photo: model in a red lace lingerie set: underwired lace bra and matching lace panty. Caption (tank top and
    # shorts) cut at the limit; the base ranking says yes to "swimsuit". Other answers right.
    case(
        "X1640-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The shorts this lady wears is of three-point length. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a red bra and panties"),
        color_of("lingerie set", "red", kind="open"),
        Q.material("lace"),
        Q.garment_type("lingerie set"),
        is_a("swimsuit", "yes", "contradiction"),
        gender="Women",
        title="Clovia Women Red Lace Lingerie Set",
        category="Lingerie Set",
        color="Red",
    ),
    # Photo: flat lay of a white short-sleeve tee with "SLEEPY HEAD" printed in black across the chest, no model.
    # Caption puts a lady in it; the base ranking's color is the print's black. Free answers right.
    case(
        "X1640-028",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline.",
            "unsupported",
        ),
        wearing("a white t-shirt with the words sleepy head on it"),
        color_of("t-shirt", "white", kind="open"),
        details("t-shirt", 'the words "sleepy head" on the front'),
        Q.pattern("graphic"),
        Q.color("black", "contradiction"),
        gender="Women",
        title="Kryptic Women White Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Photo: side view, model in black high-rise briefs with a wide waistband and a black bra. Caption: tank top and
    # shorts; the description runs into a new question. Closed: base ranking, right (a correct "no").
    case(
        "X1640-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        color_of("briefs", "black", kind="open"),
        Q.garment_type("briefs"),
        describe(
            "briefs",
            "The briefs are black and high rise with a wide waistband. Question: What is the color of the briefs? "
            "Answer: The briefs are black",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "no"),
        gender="Women",
        title="Amante Women Black Solid High-Rise Briefs",
        category="Briefs",
        color="Black",
    ),
    # Photo: model in a white cotton terry bath robe with a hood (down), tie belt, long sleeves, mid-calf. No gender
    # in the feed row. Caption: coat. Free answers and closed: right.
    case(
        "X1640-030",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with furry fabric. It has a lapel "
            "neckline. There is a belt.",
            "contradiction",
        ),
        wearing("a white bathrobe"),
        color_of("bath robe", "white", kind="open"),
        Q.material("cotton"),
        details("bath robe", "a hood and a belt"),
        Q.sleeve_length("long sleeves"),
        title="Spaces Women White Solid Cotton Hooded Bath Robe",
        category="Bath Robe",
        color="White",
    ),
    # Photo: model in black-and-white buffalo check pyjama pants with a plain black short-sleeve tee. Caption right;
    # the description loops on the colours; the details restate the name. Closed: base ranking, right.
    case(
        "X1640-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "trousers this lady wears is of long length. The trousers are with lattice patterns."
        ),
        color_of("pyjamas", "black and white", kind="open"),
        describe(
            "pyjamas",
            "black-and-white-black-and-white-black-and-white-black-and-white-black-and-white-black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        details("pyjamas", "the pyjamas are long pyjamas", "restated"),
        wearing("a black t-shirt and checkered pants"),
        gender="Women",
        title="Mast & Harbour Women Black & White Checked Pyjamas",
        category="Lounge Pants",
        color="Black",
    ),
    # Photo: model with a short pixie cut in a navy blue crew-neck tee and navy shorts with white side piping. Caption
    # says "The man" and "His". Free answers and closed: right.
    case(
        "X1640-032",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. His "
            "shorts are of three-point length. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a blue t-shirt and blue shorts", who="she"),
        color_of("shorts", "navy blue", kind="open"),
        details("shorts", "white piping on the sides"),
        Q.garment_type("night suit"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Shorts Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model in a burgundy satin cami with lace at the hem and matching satin shorts. Caption cut at the limit;
    # the material answer says chiffon for satin. Closed: base ranking, right.
    case(
        "X1640-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. The shorts this lady wears is of three-point length. The shorts are with "
            "chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("night suit", "red", kind="open"),
        Q.material("chiffon", "contradiction"),
        details("night suit", "lace trim on the top"),
        is_a("night suit", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Clovia Women Burgundy Satin Cami Top with Shorts Night Suit",
        category="Night suits",
        color="Burgundy",
    ),
    # Photo: model in a navy blue midi nightdress with a white floral print, three-quarter sleeves, V neck. Open color
    # answer runs on into new questions; base ranking says short sleeves; details answer "the lady".
    case(
        "X1640-034",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline."
        ),
        color_of(
            "nightdress",
            "blue. Question: What is the color of the flowers? Answer: white. Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("a blue floral dress"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("nightdress", "the lady", "non_answer"),
        gender="Women",
        title="Slumber Jill Women Navy Blue Floral Printed Midi Nightdress",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Photo: model in a mustard tee with a white moon-and-stars print, black lounge shorts. Caption right; the
    # description stops mid-phrase at the limit; the base ranking's color is the shorts' black.
    case(
        "X1640-035",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The shorts this lady wears is of three-point length."
        ),
        color_of("t-shirt", "yellow", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is short-sleeve with graphic patterns. It has a round neckline and a moon and stars print on "
            "the front, and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("t-shirt"),
        gender="Women",
        title="Sweet Dreams Women Mustard Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Mustard",
    ),
    # Photo: model in black thermal leggings with a grey long-sleeve knitted sweater. Open color answer gives the
    # sweater's grey; the base ranking gives the sweater's long sleeves for the leggings. Rest right.
    case(
        "X1640-036",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("leggings", "grey", "other_garment_color", kind="open"),
        Q.garment_type("leggings"),
        Q.material("knitted"),
        wearing("a grey sweater and black leggings"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="Lux Cottswool Women Black Solid Thermal Leggings",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Photo: model in a lavender night suit with a small white cloud print (long-sleeve round-neck top, long pyjamas,
    # no pockets, waist under the top), hugging a white teddy bear. Caption and description cut; details invent.
    case(
        "X1640-037",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The trousers this lady wears is of long length. There is an accessory in her hand. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple shirt and pants and a teddy bear"),
        color_of("night suit", "purple", kind="open"),
        describe(
            "night suit",
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The trousers",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        is_a("night suit", "yes"),
        details("night suit", "The night suit has pockets and a drawstring.", "unsupported"),
        gender="Women",
        title="Dreamz by Pantaloons Women Lavender Printed Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: back view only, model in a black knee-length slip nightdress with criss-cross back straps. No gender in
    # the row. Caption gives a front neckline it cannot see; the open color answer says "pure color".
    case(
        "X1640-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline.",
            "unsupported",
        ),
        wearing("a black dress"),
        details("nightdress", "criss-cross straps on the back"),
        color_of("nightdress", "The dress is in pure color.", "non_answer", kind="open"),
        Q.sleeve_length("sleeveless"),
        title="Zivame Women Black Solid Criss-Cross Back Nightdress",
        category="Nightdress",
        color="Black",
    ),
    # Photo: model in an ankle-length blue kaftan with a geometric print, wide elbow-length batwing sleeves, V neck,
    # drawstring tie at the waist. Base ranking says yes to "robe" and "sleeveless". Free answers right.
    case(
        "X1640-039",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline."
        ),
        Q.garment_type("kaftan"),
        is_a("robe", "yes", "contradiction"),
        color_of("kaftan", "blue", kind="open"),
        details("kaftan", "batwing sleeves and a tie at the waist"),
        Q.sleeve_length("sleeveless", "contradiction"),
        gender="Women",
        title="Clovia Women Blue Geometric Printed Cotton Kaftan Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: model in a black camisole with lace trim at the neckline, under an open beige knitted cardigan, white
    # trousers. Caption right (the whole outfit); the open color answer is the caption template to the limit; the
    # base ranking's color is the cardigan's beige.
    case(
        "X1640-040",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. The "
            "lady wears a sleeveless tank top with pure color patterns. The trousers this lady wears is of long length."
        ),
        color_of(
            "camisole",
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. The "
            "lady wears a",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.color("beige", "other_garment_color"),
        details("camisole", "lace trim on the neckline"),
        Q.garment_type("camisole"),
        wearing("a cardigan, a black top and white pants"),
        gender="Women",
        title="Marks & Spencer Women Black Solid Lace Trim Camisole",
        category="Camisoles",
        color="Black",
    ),
    # Photo: model in a red-and-black buffalo check flannel night suit (long-sleeve button shirt with a chest pocket,
    # long pyjamas), grey fuzzy slippers. "wearing" repeats itself as a new question and answer. Rest right.
    case(
        "X1640-041",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The trousers are with cotton fabric and lattice patterns."
        ),
        wearing(
            "a red and black plaid shirt and pants. Question: What is the person wearing? Answer: a red and black "
            "plaid shirt and pants",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "red and black", kind="open"),
        Q.pattern("checked"),
        Q.material("cotton"),
        details("shirt", "The shirt has a pocket on the chest and buttons down the front."),
        gender="Women",
        title="Sweet Dreams Women Red & Black Checked Flannel Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: flat lay of two cotton bikini briefs, one pink, one grey melange, plain elastic waistbands. Feed colour
    # "Assorted", no category column in this row. Caption puts a lady in them; details loop.
    case(
        "X1640-042",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts this lady wears is of three-point length.",
            "unsupported",
        ),
        wearing("underwear"),
        Q.garment_type("briefs"),
        color_of("briefs", "pink and grey", kind="open"),
        details(
            "briefs",
            "elastic waistband, elastic waistband, elastic waistband, elastic waistband, elastic waistband, elastic "
            "waistband, elastic waistband, elastic",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Jockey Women Pack of 2 Assorted Cotton Bikini Briefs",
        color="Assorted",
    ),
    # Photo: model in a thigh-length peach kimono robe with a large coral floral print, wide three-quarter sleeves,
    # worn open over a white slip. Caption: cardigan; the open color answer gives the slip's white. Closed: right.
    case(
        "X1640-043",
        caption(
            "The lady wears a medium-sleeve cardigan with floral patterns. The cardigan is with chiffon fabric. It has "
            "a lapel neckline. The lady wears a sleeveless dress with pure color patterns.",
            "contradiction",
        ),
        wearing("a floral robe over a white dress"),
        color_of("robe", "white", "other_garment_color", kind="open"),
        Q.color("peach"),
        Q.pattern("floral"),
        is_a("robe", "yes"),
        gender="Women",
        title="Sweet Dreams Women Peach Floral Printed Kimono Robe",
        category="Robe",
        color="Peach",
    ),
    # Photo: model seated on a stool in pink lounge shorts with a white heart print, a white short-sleeve tee. Caption
    # right; the shorts' details stop mid-phrase at the limit. Closed: base ranking, right.
    case(
        "X1640-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The shorts this lady wears is of "
            "three-point length. The shorts are with cotton fabric and graphic patterns."
        ),
        color_of("shorts", "pink", kind="open"),
        details(
            "shorts",
            "The shorts are of three-point length with cotton fabric and graphic patterns. There is an elastic "
            "waistband and a drawstring on the front, and the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        is_a("pair of shorts", "yes"),
        wearing("a white shirt and pink shorts"),
        gender="Women",
        title="Kryptic Women Pink Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
    ),
    # Photo: model with short hair in a knee-length green shirt-style nightdress with a paisley print, long sleeves,
    # collar, buttons all the way down. "He" for the model; everything else right.
    case(
        "X1640-045",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a lapel "
            "neckline."
        ),
        wearing("He is wearing a green shirt.", "pronoun", who="she"),
        color_of("nightdress", "green", kind="open"),
        describe(
            "nightdress",
            "The nightdress is a long-sleeve dress with graphic patterns. It has a lapel neckline and buttons on the "
            "front.",
        ),
        Q.pattern("paisley"),
        details("nightdress", "buttons"),
        gender="Women",
        title="Clovia Women Green Paisley Printed Cotton Button-Down Nightdress",
        category="Nightdress",
        color="Green",
    ),
]
