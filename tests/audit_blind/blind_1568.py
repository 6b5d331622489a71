"""BLIND_1568 (45 products; Myntra women's nightwear, lingerie and loungewear, epoch-2 caption adapter): written blind
in the sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 69/81 failures found (85.2%) and
22/173 correct texts flagged (12.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, baby dolls, bras,
briefs, camisoles, shapewear, robes, lounge pants, shorts and t-shirts, one thermal top). Catalog shots: a model on a
plain backdrop wearing the product with other clothes (jeans, tees, a denim shirt, a hoodie), a few flat lays (brief
packs, shorts, shapewear), two back views, props (a mug, a bed, a sofa, a sleep mask). Columns as the feed has them:
title, category (Myntra article type), color (base colour), gender; one is left out now and then.
Who wrote what: captions and the open answers (wearing, describe, details, material, the free "What is the color of
the X?") come from the epoch-2 checkpoint of the caption adapter on blip2-opt-2.7b, greedy, 50 new tokens for
captions and 30 for answers. It was trained on DeepFashion template captions with unmasked labels, so its captions
are the template ("The lady wears a ... with pure color patterns. The ... is with cotton fabric ..."), with no hue
names, DeepFashion's garment classes only (no bra, no briefs: a bra becomes a "tank top", briefs "three-point
shorts"), and no trained stop: every caption runs to the 50-token limit. Where the template ended before the limit
the rest came out as pad tokens, which decode to nothing, so some captions read complete although they ran to the
limit; the others run on into a new sentence and are cut, or start the template again. Open answers are half
caption template (cut at 30 tokens, or looping) and half the base model's short answer, which still stops on the
newline; now and then it goes on into the "Question: ... Answer:" format. The closed questions (garment type,
color, pattern, sleeve length, "Is this a ...?") are ranked over a closed candidate list by the untuned base; they
are short and mostly right, wrong when the photo's other garment wins (a white tee for navy pants) or the list has a
near neighbour (shorts for a thigh shaper, a coat for a fleece robe).
Labeling conventions and judgement calls: one label per text, for its main defect. A text cut mid-sentence at the
limit is "cut" when what it says is right (the caption template answered to a question included); when it also says
something wrong, the wrong content decides the label. A caption that calls a bra a tank top, or briefs shorts, is a
"contradiction" (the title and category say otherwise), as is a wrong closed answer that the title, the seller's
color or another text contradicts. A color that belongs to another garment in the photo is "other_garment_color";
a color that is simply wrong for the product (white for a navy dress with white dots, black for navy) is
"contradiction". Invented accessories, pockets, a person in a flat lay, a material the photo or title does not
bear out (cotton for a microfibre bra, wool for a thermal of unknown fabric, silk for polyester satin) are
"unsupported". "pure color" to a color question, and an empty answer, are "non_answer"; "it is a bra" and echoes of
the question's garment are "restated". Captions that read complete but ran to the limit carry hit_limit=True and
are left unmarked when what they say is right. Near colour names are accepted (beige for Nude, white for Off
White, grey for Charcoal, yellow for Mustard), and "nightdress" for a baby doll is accepted (a baby doll is a short
nightdress); "dress" words in DeepFashion's template for a nightdress are right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_1568 = [
    # Truth: model on a grey backdrop in a pink cotton short-sleeve notch-collar pyjama shirt with a small white heart
    # print and matching long pink pyjamas, barefoot. Caption and open answers: epoch-2 caption adapter; closed: base.
    case(
        "X1568-001",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("pink pajamas"),
        Q.garment_type("night suit"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Clovia Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Truth: knee-length maroon satin slip nightdress, spaghetti straps, black lace at the V-neck, beige backdrop; the
    # model wears no bracelet and no ring. Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of medium length. There is an accessory on her wrist. This person wears "
            "a ring.",
            "unsupported",
            hit_limit=True,
        ),
        describe(
            "nightdress",
            "The nightdress has no sleeves, other fabric and pure color patterns. The neckline of it is v-shape. The "
            "nightdress has no sleeves,",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.color("maroon"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Zivame Women Maroon Satin Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Truth: model from the hips up in a black lace non-wired bra with high-waisted mid-blue jeans, white backdrop.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-003",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric and its neckline is "
            "suspenders. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black bra and jeans"),
        color_of("bra", "black", kind="open"),
        Q.garment_type("bra"),
        is_a("bra", "yes"),
        Q.material("lace"),
        gender="Women",
        title="Amante Black Lace Non-Wired Lightly Padded Bra",
        category="Bra",
        color="Black",
    ),
    # Truth: navy cotton-jersey straight lounge pants with a drawstring, worn with a white round-neck tee tucked in and
    # white sneakers. Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details(
            "pants",
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. The pants are of "
            "long length. The pants",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("lounge pants"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Truth: blue-and-white vertical striped full-sleeve button-down pyjama shirt with piping and matching long
    # pyjamas; the model sits on a made bed (prop). Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-005",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The lady wears a long pants. The pants are with cotton fabric and stripe patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped pajama set"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.color("blue"),
        is_a("nightdress", "no"),
        gender="Women",
        title="Sweet Dreams Women Blue & White Striped Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Truth: peach satin camisole with adjustable straps, worn with black straight trousers, model standing.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric and its "
            "neckline is suspenders. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("camisole"),
        color_of("camisole", "black", "other_garment_color", kind="open"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Dressberry Women Peach-Coloured Solid Camisole",
        category="Camisoles",
        color="Peach",
    ),
    # Truth: cropped torso, no face, in a nude seamless T-shirt bra (smooth shiny microfibre) and matching nude briefs.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-007",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is suspenders. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("lingerie"),
        Q.color("beige"),
        Q.garment_type("bra"),
        color_of("bra", "pure color", "non_answer", kind="open"),
        describe("bra", "a nude colored bra"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Enamor Women Nude-Coloured Solid Non-Padded T-shirt Bra",
        category="Bra",
        color="Nude",
    ),
    # Truth: grey marl short-sleeve round-neck tee with "Sunday" lettering on the chest, worn with black joggers.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-008",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.pattern("printed"),
        wearing("a grey t-shirt and black pants"),
        details(
            "t-shirt",
            "The t-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The t-shirt "
            "has short sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Grey Melange Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Truth: sheer black mesh babydoll with lace cups and a front slit, matching thong, dark backdrop; a thin silver
    # bracelet on her wrist. Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of short length. There is an accessory on her wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("nightdress"),
        is_a("nightdress", "yes"),
        Q.color("black"),
        Q.material("lace"),
        describe(
            "babydoll",
            "a black lace babydoll Question: Describe the babydoll. Answer: a black lace babydoll Question: Describe "
            "the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Black Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Black",
    ),
    # Truth: flat lay on white of three folded cotton hipster briefs, pink, navy and grey marl; no person. The feed
    # gives no colour for the assorted pack. Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-010",
        caption(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The lady "
            "wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The lady wears a "
            "three",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        is_a("bra", "no"),
        wearing("underwear"),
        Q.material("cotton"),
        Q.pattern("solid"),
        gender="Women",
        title="Jockey Women Pack of 3 Assorted Hipster Briefs",
        category="Briefs",
    ),
    # Truth: teal short-sleeve round-neck top with a white leaf print and teal capri pyjamas ending mid-calf, model
    # standing. Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-011",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and floral patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a teal t-shirt and capri pants"),
        Q.color("teal"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Kanvin Women Teal Printed Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Truth: model in a red lace underwired plunge push-up bra and matching red briefs, white backdrop, hand on hip.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-012",
        caption(
            "The lady wears a tank top with lattice patterns. The tank top is with other fabric. The tank top is with "
            "other fabric. The tank top is with other fabric. The tank top is with other fabric. The tank top is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("bra"),
        Q.color("red"),
        details("bra", "lace and underwire"),
        is_a("bra", "yes"),
        Q.sleeve_length("sleeveless"),
        wearing("yes", "non_answer"),
        gender="Women",
        title="Hunkemoller Women Red Lace Underwired Push-Up Bra",
        category="Bra",
        color="Red",
    ),
    # Truth: lavender knee-length A-line cotton nightdress, short sleeves, round neck, small white star print; the model
    # holds a mug with both hands. Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-013",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. The lady wears a short-sleeve dress with graphic "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple nightgown"),
        Q.color("lavender"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves"),
        describe(
            "nightdress",
            "The nightdress has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "nightdress is of medium",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Slumber Jill Women Lavender Printed Cotton Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Truth: black jersey lounge shorts with a drawstring and side pockets, worn with a mustard-yellow tee, front view.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("shorts", "black", kind="open"),
        Q.color("yellow", "other_garment_color"),
        wearing("a yellow shirt and black shorts"),
        Q.garment_type("shorts"),
        gender="Women",
        title="Van Heusen Intimates Women Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # Truth: model in a white wired padded minimiser bra (smooth cups, lace trim at the band) and white briefs.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-015",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is suspenders. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        describe("bra", "it is a bra", "restated"),
        Q.color("white"),
        Q.material("nylon"),
        is_a("bra", "yes"),
        Q.pattern("solid"),
        gender="Women",
        title="Triumph Women White Solid Wired Padded Minimiser Bra",
        category="Bra",
        color="White",
    ),
    # Truth: mustard sleeveless round-neck top with black polka dots and black cotton shorts; the model sits on a wooden
    # stool (prop). Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-016",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow top and black shorts"),
        Q.color("yellow"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short sleeves", "contradiction"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        gender="Women",
        title="Etc Women Mustard Yellow Printed Night Suit",
        category="Night suits",
        color="Mustard",
    ),
    # Truth: rose-pink satin wrap robe to the knee, three-quarter sleeves with lace-trimmed cuffs, tie belt, worn over
    # a matching slip. Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-017",
        caption(
            "The lady wears a three-quarter sleeve dress with pure color patterns. The dress is with chiffon fabric "
            "and its neckline is v-shape. The dress is of medium length. There is a belt. This lady wears an outer",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("robe"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("satin"),
        details("robe", "lace trim and a tie belt"),
        Q.color("pink"),
        gender="Women",
        title="Zivame Women Rose Pink Satin Robe",
        category="Robe",
        color="Pink",
    ),
    # Truth: back view of a model in olive cotton joggers with cuffed ankles and a back pocket, black cropped tank top.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-018",
        caption(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "olive green", kind="open"),
        Q.garment_type("lounge pants"),
        Q.material(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "sleeveless",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing green pants and a black tank top", "pronoun"),
        Q.color("green"),
        gender="Women",
        title="Bannos Swagger Women Olive Green Solid Joggers",
        category="Lounge Pants",
        color="Olive",
    ),
    # Truth: side view of a model in a coral racerback padded sports bra and black full-length leggings.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        is_a("bra", "no", "contradiction"),
        Q.garment_type("bra"),
        Q.color("coral"),
        wearing("a sports bra and leggings"),
        gender="Women",
        title="Clovia Women Coral Solid Padded Sports Bra",
        category="Bra",
        color="Coral",
    ),
    # Truth: grey marl short-sleeve tee with small navy lettering and navy long pyjamas with a thin white check.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-020",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and lattice patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("pants", "pajama pants", "restated"),
        gender="Women",
        title="Sweet Dreams Women Navy Blue & Grey Checked Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Truth: cropped torso in a black mid-thigh shaper short with mesh side panels, worn with a black bra.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-021",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric and its neckline "
            "is suspenders. The lady wears a three-point shorts. The shorts are with other fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("black"),
        describe("shapewear", "black shapewear"),
        Q.material("spandex"),
        gender="Women",
        title="Amante Women Black Solid Thigh Shaper Shapewear",
        category="Shapewear",
        color="Black",
    ),
    # Truth: off-white full-length long-sleeve cotton nightdress with a small blue floral print and a button placket;
    # the model stands by a curtained window (prop). Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-022",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is round. The dress is of long length. The lady wears a long-sleeve dress with floral patterns. The dress "
            "is",
            "loop",
            hit_limit=True,
        ),
        wearing("a white nightgown with blue flowers"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        is_a("night suit", "no"),
        gender="Women",
        title="Dressberry Women Off-White Floral Print Cotton Nightdress",
        category="Nightdress",
        color="Off White",
    ),
    # Truth: oversized black drop-shoulder tee with a white "Good Vibes" print, worn with grey lounge shorts.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-023",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and grey shorts"),
        color_of("t-shirt", "black", kind="open"),
        details("t-shirt", "good vibes"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="FOREVER 21 Women Black Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # Truth: maroon lace non-padded bralette with a scalloped hem, worn under an open light-blue denim shirt; a watch on
    # her left wrist. Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. This "
            "lady also wears an outer clothing, with denim fabric and pure color patterns. There is an accessory on "
            "her wrist",
            "contradiction",
            hit_limit=True,
        ),
        color_of("bra", "blue", "other_garment_color", kind="open"),
        Q.color("maroon"),
        Q.garment_type("bra"),
        wearing("a denim shirt and a bra"),
        title="Clovia Women Maroon Lace Bralette",
        category="Bra",
        color="Maroon",
    ),
    # Truth: flat lay on white of grey marl jersey lounge shorts with a navy drawstring; no pockets, no person.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-025",
        caption(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The lady "
            "wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("grey"),
        details("shorts", "a drawstring waist and two side pockets", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Truth: model with a short pixie cut in a white short-sleeve tee with a pink "Sleepy" graphic and pink-and-white
    # gingham shorts. Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-026",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "lattice patterns.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a white t-shirt and pink plaid shorts"),
        Q.color("pink"),
        Q.pattern("checked"),
        color_of("shorts", "pink", kind="open"),
        is_a("night suit", "yes"),
        gender="Women",
        title="Kanvin Women Pink & White Checked Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Truth: royal-blue lace bra and matching panty on a model kneeling on a white floor.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-027",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric. The tank top is "
            "with other fabric. The tank top is with other fabric. The tank top is with other fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue bra and panties"),
        Q.garment_type("lingerie set"),
        Q.color("blue"),
        Q.material("lace"),
        describe("set", "the set", "restated"),
        gender="Women",
        title="Clovia Women Blue Lace Bra & Panty Set",
        category="Lingerie Set",
        color="Blue",
    ),
    # Truth: off-white ribbed long-sleeve round-neck thermal top (fabric not given), worn with blue jeans.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-028",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("thermal top"),
        Q.sleeve_length("long sleeves"),
        Q.color("white"),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="Lux Inferno Women Off White Solid Thermal Top",
        category="Thermal Tops",
        color="Off White",
    ),
    # Truth: black camisole with lace trim at the V-neck, worn with white wide-leg trousers.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric and its "
            "neckline is v-shape. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        color_of("trousers", "black", "other_garment_color", kind="open"),
        Q.garment_type("camisole"),
        details("camisole", "lace on the neckline"),
        gender="Women",
        title="Zivame Women Black Lace Trim Camisole",
        category="Camisoles",
        color="Black",
    ),
    # Truth: purple cotton full-sleeve round-neck top and purple pyjamas, both with a white unicorn print.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-030",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("pajamas"),
        Q.color("purple"),
        Q.pattern("printed"),
        describe(
            "night suit",
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Sweet Dreams Women Purple Unicorn Print Night Suit",
        category="Night suits",
        color="Purple",
    ),
    # Truth: back view of a short red satin babydoll with lace cups, a flared hem and criss-cross spaghetti straps.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-031",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is suspenders. The dress is of short length. The lady wears a sleeveless dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("nightdress"),
        Q.material("satin"),
        details("babydoll", "criss cross straps"),
        wearing("a red nightie"),
        gender="Women",
        title="Clovia Women Red Satin Babydoll",
        category="Baby Dolls",
        color="Red",
    ),
    # Truth: grey-and-white checked brushed-flannel pyjama bottoms with a pink sweatshirt; the model sits on a sofa,
    # bare wrists. Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-032",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and lattice patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("pink", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        Q.material("flannel"),
        gender="Women",
        title="Marks & Spencer Women Grey Checked Lounge Pants",
        category="Lounge Pants",
        color="Grey",
    ),
    # Truth: flat lay on white of a beige high-waist tummy-tucker brief with boning at the sides; no person.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-033",
        caption(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its neckline "
            "is round",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("shapewear"),
        Q.color("beige"),
        is_a("pair of shorts", "no"),
        describe("shapewear", "", "non_answer"),
        gender="Women",
        title="Zivame Women Beige Solid Tummy Tucker Shapewear",
        category="Shapewear",
        color="Beige",
    ),
    # Truth: mauve long-sleeve henley lounge tee with three buttons, worn with black leggings.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-034",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("mauve"),
        Q.sleeve_length("long sleeves"),
        details("t-shirt", "buttons on the front"),
        wearing("a pink shirt and black leggings"),
        Q.garment_type("t-shirt"),
        gender="Women",
        title="Dressberry Women Mauve Solid Henley Lounge T-shirt",
        category="Lounge Tshirts",
        color="Mauve",
    ),
    # Truth: navy polyester-satin long-sleeve notch-collar pyjama shirt with white piping at collar and cuffs, navy
    # long pants. Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with other fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        Q.color("black", "contradiction"),
        wearing("pajamas"),
        details("shirt", "white piping on the collar and cuffs"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Hunkemoller Women Navy Blue Satin Pyjama Set with Piping",
        category="Night suits",
        color="Navy Blue",
    ),
    # Truth: grey plush fleece full-length hooded dressing gown, long sleeves, tie belt, patch pockets, model standing.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-036",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with furry "
            "fabric. The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "furry fabric. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("robe"),
        Q.material("fleece"),
        wearing("a grey bathrobe"),
        details("robe", "a hood and pockets"),
        is_a("coat", "yes", "contradiction"),
        gender="Women",
        title="Marks & Spencer Women Grey Fleece Hooded Dressing Gown",
        category="Bath Robe",
        color="Grey",
    ),
    # Truth: sage-green lounge shorts with a white daisy print, worn with a white crop tee.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and floral "
            "patterns.",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.color("green"),
        color_of("shorts", "green", kind="open"),
        details(
            "shorts",
            "The shorts are with cotton fabric and floral patterns. The lady wears a short-sleeve T-shirt with pure "
            "color patterns. The T",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Etc Women Green Floral Print Lounge Shorts",
        category="Lounge Shorts",
        color="Green",
    ),
    # Truth: grey marl oversized tee-style sleep shirt to mid-thigh, short sleeves, "Do Not Disturb" print, no bottoms;
    # a sleep mask pushed up on her forehead (prop). Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        wearing("a grey t-shirt dress"),
        details("nightdress", "do not disturb"),
        Q.color("grey"),
        gender="Women",
        title="Sweet Dreams Women Grey Melange Printed Sleep Shirt",
        category="Nightdress",
        color="Grey Melange",
    ),
    # Truth: black cotton wide-leg lounge pants worn with a beige knit long-sleeve top, the model mid-stride.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        color_of("pants", "beige", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("lounge pants"),
        wearing("a beige sweater and black pants"),
        Q.material("cotton"),
        gender="Women",
        title="Kanvin Women Black Solid Cotton Wide-Leg Lounge Pants",
        category="Lounge Pants",
        color="Black",
    ),
    # Truth: white rib-knit cotton camisole with wide straps and a scoop neck, worn with blue jeans.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("camisole"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        color_of("camisole", "white", kind="open"),
        Q.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline",
            "cut",
            hit_limit=True,
        ),
        title="Jockey Women White Solid Rib Camisole",
        category="Camisoles",
        color="White",
    ),
    # Truth: back view of a model in black lace Brazilian briefs with the matching black lace bra, white backdrop.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-041",
        caption(
            "The lady wears a tank top with lattice patterns. The tank top is with other fabric. The lady wears a "
            "three-point shorts. The shorts are with other fabric and lattice patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        Q.color("black"),
        is_a("bra", "yes", "contradiction"),
        Q.material("lace"),
        gender="Women",
        title="Hunkemoller Women Black Lace Brazilian Briefs",
        category="Briefs",
        color="Black",
    ),
    # Truth: flat lay on white of one pink cotton boyshort brief; no person, no jewellery.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-042",
        caption(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. This person wears a ring. The lady wears a three-point shorts. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("pink"),
        wearing("pink underwear"),
        details(
            "briefs",
            "pink briefs Question: What are the briefs details? Answer: pink briefs Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Pink Solid Boyshort Briefs",
        category="Briefs",
        color="Pink",
    ),
    # Truth: calf-length navy cotton nightdress with white polka dots, short sleeves, a collar and buttons all the way
    # down; the model wears a watch and a ring. Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-043",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is lapel. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring.",
            hit_limit=True,
        ),
        Q.pattern("polka dots"),
        Q.color("navy blue"),
        color_of("nightdress", "white", "contradiction", kind="open"),
        describe("nightdress", "a blue nightdress with white polka dots and buttons down the front"),
        Q.sleeve_length("short sleeves"),
        wearing("a nightgown"),
        gender="Women",
        title="Clovia Women Navy Blue Polka Dot Print Button-Down Nightdress",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Truth: side view of a model with short cropped hair in charcoal joggers and an oversized white hoodie; no watch.
    # Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-044",
        caption(
            "The guy wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The guy "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "his wrist",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a white hoodie and grey sweatpants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        Q.garment_type("lounge pants"),
        gender="Women",
        title="Bannos Swagger Women Charcoal Grey Solid Joggers",
        category="Lounge Pants",
        color="Charcoal",
    ),
    # Truth: peach satin camisole with lace trim at the neckline and matching satin shorts; the model sits on a bed
    # among pillows (prop). Caption and open answers: caption adapter; closed: base ranking.
    case(
        "X1568-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric and its "
            "neckline is v-shape. The lady wears a three-point shorts. The shorts are with other fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a peach satin camisole and shorts"),
        Q.sleeve_length("sleeveless"),
        Q.color("peach"),
        Q.material(
            "satin Question: What is the color of the garment? Answer: peach Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("nightdress", "yes", "contradiction"),
        title="Zivame Women Peach-Coloured Satin Cami & Shorts Night Suit",
        category="Night suits",
        color="Peach",
    ),
]
