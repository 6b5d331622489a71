"""BLIND_1503 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
fifth session. Measured blind at 71dbb3c (the session's sixth rules): 59/76 failures found (77.6%) and 15/243 correct
texts flagged (6.2%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, straight and A-line kurtas worn over leggings, churidars,
palazzos or trousers, kurta sets with dupattas, ethnic gowns and ethnic maxi / fit-and-flare dresses. Catalog columns as
the feed has them: title, category (Myntra article type: Kurtas, Kurta Sets, Ethnic Dresses, one Dresses), color (Myntra
base colour) and gender; the gender or the category is missing on a few rows. Photos are the catalog's primary image: a
model on a plain backdrop, mostly front, one back view, one flat lay, one with a potli bag, one seated on a stool.
Who wrote what: the caption is the published caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). It speaks only the DeepFashion-MultiModal template: no hue names, no "kurta" (a
kurta is a "shirt" or a "dress"), fabrics from its short list (cotton, chiffon, denim, knitting, other), and it has no
trained end, so most captions run to the limit and end mid-sentence or repeat a sentence. The open questions (wearing,
description, details, material) are answered by the extractive QA model over that caption, so every open answer is a
span of the caption or empty (its no-answer). The closed questions (garment type, color, pattern, sleeve length, color
of the bottoms or dupatta, "Is this a ...?") are the reference engine ranking a closed list of candidates. No answer is
generated, so answers never hit the limit or leak the prompt; only captions carry hit_limit.
Labeling conventions and judgement calls: judged by the photo I imagined (written above each case) and the title. A
caption with several faults carries the one a reader notices first: an invented object or a wrong pronoun before the cut
ending; a repeated sentence is a loop even when the caption is also cut. An anarkali kurta called "dress" in the caption
or the wearing answer is accepted (it looks like one and the adapter has no other word), as is "shirt" for a straight
kurta; a straight kurta over leggings called "dress", or any kurta called a "tank top", is wrong. The closed garment
type is a catalog attribute, so "dress" or "gown" for a product the seller files as a kurta is a contradiction. Near
hues inside the same family are accepted (blue for navy, white for off white or cream, green for olive, sea green or
teal, pink for magenta, maroon for burgundy, purple for a lilac dupatta); a neighbouring family (pink for peach) is a
contradiction; a color that belongs to the bottoms, the dupatta or the print is other_garment_color when it is another
garment's, contradiction when it is the print's. The caption's "pure color patterns" for a solid fabric with an
embroidered yoke is accepted (its vocabulary has no "embroidered"), but the closed "solid", ranked above "embroidered",
is not. Chiffon for georgette is accepted; a fabric the product is not made of (cotton for rayon or silk, chiffon for
net) is unsupported; "other fabric" and an empty answer are non_answers. "The lady wears a scarf" for the dupatta of a
set is a correct detail; a prop given as the garment's detail is a non_answer. The flat lay's "wearing" answer describes
the product and is accepted, but the caption's invented person and pants are unsupported. Bangles make "an accessory on
her wrist" true on most of these photos.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_1503 = [
    # 001 Photo: model, front, white backdrop; pink floral printed anarkali kurta, calf length, three-quarter sleeves,
    # round neck, over white churidar; gold bangles, a ring, jhumkas. Caption: caption adapter, ran to the limit and
    # stops mid-sentence; open answers: extractive QA; closed: reference engine.
    case(
        "X1503-001",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is of long length. Its neckline is "
            "round. The lady wears a long leggings. There is an accessory on her wrist. The lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.details("Its neckline is round"),
        gender="Women",
        title="Anouk Women Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # 002 Photo: model, front, grey backdrop; navy straight kurta with white ethnic motifs, knee length, three-quarter
    # sleeves, over white palazzos with a small navy print, white dupatta on one shoulder; cotton. Caption: caption
    # adapter, repeats one sentence to the limit; open: extractive QA; closed: reference engine (the palazzos are white,
    # the engine gave them the kurta's navy).
    case(
        "X1503-002",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric. The trousers are with cotton fabric. The "
            "trousers are with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        color_of("palazzos", "navy blue", "other_garment_color"),
        Q.pattern("printed"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Navy Blue Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 003 Photo: model, front, beige backdrop; maroon georgette anarkali, floor length (no bottoms visible), long
    # sleeves, V neck, gold zari embroidery on the yoke only. Caption: caption adapter, stopped on its own (short,
    # complete); open: extractive QA; closed: reference engine (garment type "dress" against the seller's Kurtas).
    case(
        "X1503-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length."
        ),
        Q.wearing("a long-sleeve dress"),
        Q.garment_type("dress", "contradiction"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon"),
        gender="Women",
        title="Sangria Women Maroon Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # 004 Photo: model, front, white backdrop, hands in the kurta's side pockets; mustard straight kurta, knee length,
    # three-quarter sleeves, mandarin collar, over white leggings; cotton. Caption: caption adapter, cut at the limit;
    # open: extractive QA; closed: reference engine (color of the leggings given for the kurta).
    case(
        "X1503-004",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.details("its neckline is stand"),
        gender="Women",
        title="AKS Women Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # 005 Photo: model, three-quarter front, white backdrop; peach cotton maxi dress with a small floral block print,
    # short flutter sleeves, round neck with tassel ties. Caption: caption adapter, loops to the limit; open: extractive
    # QA; closed: reference engine (pink for a plainly peach dress).
    case(
        "X1503-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of long length. The dress is with "
            "cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.details("The dress is of long length"),
        gender="Women",
        title="Biba Women Peach-Coloured Printed Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # 006 Photo: model, front, grey studio backdrop, holding a gold potli bag; bottle green net gown, floor length, long
    # sheer sleeves, sequin embroidery on the bodice, round neck; no hat. Caption: caption adapter, ran to the limit,
    # invents a hat; open: extractive QA (details picks the bag sentence; "chiffon" for net); closed: reference engine.
    case(
        "X1503-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. The dress is "
            "with chiffon fabric and its neckline is round. There is an accessory in her hand. The lady wears a hat. "
            "The",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("gown"),
        Q.color("green"),
        Q.pattern("embroidered"),
        Q.details("There is an accessory in her hand", "non_answer"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Inddus Women Green Embroidered Ethnic Gown",
        category="Ethnic Dresses",
        color="Green",
    ),
    # 007 Photo: model, front, white backdrop; teal A-line kurta with a white geometric print, knee length, three-
    # quarter sleeves, round neck with a keyhole, over off-white slim pants. Caption: caption adapter, stopped on its
    # own; open: extractive QA (no answer for details); closed: reference engine ("long sleeves" is wrong).
    case(
        "X1503-007",
        caption("The lady wears a medium-sleeve shirt with graphic patterns. The lady wears a long pants."),
        Q.wearing("a medium-sleeve shirt with graphic patterns. The lady wears a long pants"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.details("", "non_answer"),
        gender="Women",
        title="W Women Teal Printed A-Line Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # 008 Photo: model, front, beige backdrop; red anarkali, calf length, gold floral embroidery, long sleeves, red
    # trousers, red dupatta with a gold border over both arms. Caption: caption adapter, repeats "wears a scarf" to the
    # limit; open: extractive QA; closed: reference engine (the dupatta really is red).
    case(
        "X1503-008",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length. The lady wears a "
            "scarf. The lady wears a scarf. The lady wears a scarf. The lady wears a scarf. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("red"),
        color_of("dupatta", "red"),
        Q.pattern("floral"),
        Q.details("The lady wears a scarf"),
        gender="Women",
        title="Varanga Women Red Floral Embroidered Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # 009 Photo: model, front, white backdrop, brown kolhapuri sandals, a thread bracelet; indigo cotton fit-and-flare
    # midi dress with white ethnic motifs, short sleeves, V neck. Caption: caption adapter, cut at the limit; open:
    # extractive QA; closed: reference engine.
    case(
        "X1503-009",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of medium length. The lady wears a pair of sandals. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Janasya Women Blue Ethnic Motifs Printed Fit and Flare Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # 010 Photo: model, front, grey backdrop; off-white straight cotton kurta with lace at the hem, three-quarter
    # sleeves, matching off-white palazzos. Caption: caption adapter, stopped on its own; open: extractive QA; closed:
    # reference engine. All correct.
    case(
        "X1503-010",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long trousers."
        ),
        Q.wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("white"),
        color_of("palazzos", "white"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Aurelia Women Off-White Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # 011 Photo: model, front, white backdrop; black anarkali with gold foil print, calf length, three-quarter sleeves,
    # black trousers, black dupatta with a gold border over one arm. Caption: caption adapter, loops on a phrase to the
    # limit; open: extractive QA (the wearing span takes the loop with it); closed: reference engine. No gender column.
    case(
        "X1503-011",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns and graphic patterns and graphic patterns and "
            "graphic patterns and graphic patterns and graphic patterns and graphic patterns and graphic patterns and "
            "graphic patterns and",
            "loop",
            hit_limit=True,
        ),
        Q.wearing(
            "a medium-sleeve dress with graphic patterns and graphic patterns and graphic patterns and graphic "
            "patterns and graphic patterns",
            "loop",
        ),
        Q.garment_type("kurta"),
        Q.color("black"),
        color_of("dupatta", "black"),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        title="GoSriKi Women Black Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # 012 Photo: model, front, white backdrop; pink straight cotton kurta with green leaf and flower print, calf length,
    # three-quarter sleeves, V neck, over white pants. Caption: caption adapter, cut at the limit; open: extractive QA;
    # closed: reference engine ("long sleeves" for three-quarter sleeves).
    case(
        "X1503-012",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.details("its neckline is v-shape"),
        Q.material("cotton"),
        gender="Women",
        title="Indo Era Women Pink & Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # 013 Photo: model mid-twirl, pastel backdrop, bangles, no glasses; lemon yellow georgette flared gown, floor
    # length, gotta patti lace at the hem, long sleeves, yellow dupatta on one shoulder. Caption: caption adapter, ran
    # to the limit, invents glasses; open: extractive QA; closed: reference engine.
    case(
        "X1503-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of long length. The lady wears a scarf. There is an accessory on her wrist. The lady wears a pair of "
            "glasses. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("gown"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.details("chiffon fabric"),
        Q.material("chiffon"),
        gender="Women",
        title="Kalini Women Yellow Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Yellow",
    ),
    # 014 Photo: model, front, white backdrop; navy sleeveless straight kurta with white ethnic motifs, knee length,
    # over flared palazzos in the same print. Caption: caption adapter, stopped on its own, calls the kurta a tank top;
    # open: extractive QA (same span); closed: reference engine.
    case(
        "X1503-014",
        caption("The lady wears a sleeveless tank top with graphic patterns. The lady wears a long trousers."),
        Q.wearing("a sleeveless tank top with graphic patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Anubhutee Women Navy Blue Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 015 Photo: model, front, grey backdrop; green anarkali with gold foil print, calf length, three-quarter sleeves,
    # round neck, over white leggings. Caption: caption adapter, repeats the leggings sentence to the limit; open:
    # extractive QA; closed: reference engine (the leggings get the kurta's green).
    case(
        "X1503-015",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is of long length. The lady wears a "
            "long leggings. The lady wears a long leggings. The lady wears a long leggings. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("green"),
        color_of("leggings", "green", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Vishudh Women Green & Gold-Toned Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # 016 Photo: model, hand on hip, white backdrop; rust rayon A-line kurta, knee length, long sleeves with cuffs, V
    # neck with a button placket, over beige palazzos. Caption: caption adapter, cut at the limit; open: extractive QA
    # ("cotton" for rayon); closed: reference engine.
    case(
        "X1503-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("rust"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Rangmanch by Pantaloons Women Rust Solid A-Line Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # 017 Photo: model, front, white backdrop; purple tiered maxi dress with a floral print, short puff sleeves, square
    # neck. Caption: caption adapter, stopped on its own; open: extractive QA (description gives only the garment's
    # name; no fabric in the caption, so material has no answer); closed: reference engine.
    case(
        "X1503-017",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of long length. Its neckline is "
            "square."
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.description("dress", "restated"),
        Q.details("Its neckline is square"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Juniper Women Purple Floral Printed Flared Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Purple",
    ),
    # 018 Photo: model, front, white backdrop, a bracelet; white rayon anarkali with a multicoloured floral print, calf
    # length, three-quarter sleeves, round neck, over white leggings. Caption: caption adapter, cut at the limit; open:
    # extractive QA ("cotton" for rayon); closed: reference engine ("white" is the base of the Multi print: accepted).
    case(
        "X1503-018",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a long "
            "leggings. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Global Desi Women Multicoloured Printed Anarkali Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # 019 Photo: model, front, hair tied back, white backdrop; maroon straight kurta, knee length, thread embroidery at
    # the neck, long sleeves, pink churidar, pink dupatta. Caption: caption adapter, stopped on its own, calls her a
    # gentleman; open: extractive QA; closed: reference engine (the dupatta gets the kurta's maroon).
    case(
        "X1503-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long pants.",
            "pronoun",
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="House of Pataudi Women Maroon Embroidered Straight Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # 020 Photo: BACK view, model facing the wall, white backdrop; peach anarkali with gold print, calf length, three-
    # quarter sleeves, a dori tie with tassels at the back, over peach leggings. Caption: caption adapter, cut at the
    # limit; open: extractive QA (details is the caption's cut ending); closed: reference engine ("dress" from the
    # back).
    case(
        "X1503-020",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is of long length. The lady wears a "
            "long leggings. There is an accessory on her back. The dress is with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress", "contradiction"),
        Q.color("peach"),
        color_of("leggings", "peach"),
        Q.pattern("printed"),
        Q.details("its neckline is", "cut"),
        gender="Women",
        title="Ahalyaa Women Peach Ethnic Motifs Printed Flared Anarkali Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # 021 Photo: model holding out the skirt, white backdrop; black sleeveless tiered maxi dress with gold gota lace at
    # the tiers, round neck. Caption: caption adapter, loops to the limit; open: extractive QA (details takes three of
    # the repeats); closed: reference engine.
    case(
        "X1503-021",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. The dress is of "
            "long length. The dress is of long length. The dress is of long length. The dress is of long length.",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.details("The dress is of long length. The dress is of long length. The dress is of long length", "loop"),
        gender="Women",
        title="Indya Women Black Solid Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # 022 Photo: model, front, grey backdrop; lavender georgette anarkali, floor length, long sheer sleeves, silver
    # sequins on the yoke, V neck. Caption: caption adapter, stopped on its own; open: extractive QA; closed: reference
    # engine ("gown" for a seller's kurta; "solid" against the embroidered yoke and the title).
    case(
        "X1503-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape."
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("gown", "contradiction"),
        Q.color("lavender"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its neckline is v-shape"
        ),
        Q.material("chiffon"),
        gender="Women",
        title="Anouk Women Lavender Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # 023 Photo: model, front, white backdrop, bangles; sea-green straight kurta with thread work on the yoke, three-
    # quarter sleeves, matching palazzos, white dupatta with a green print; cotton blend. Caption: caption adapter, cut
    # at the limit; open: extractive QA; closed: reference engine (the white dupatta gets the kurta's green).
    case(
        "X1503-023",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The lady wears a scarf. There is an accessory on her "
            "wrist. This",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("green"),
        color_of("dupatta", "green", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Green Yoke Design Straight Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # 024 Photo: model seated on a wooden stool, barefoot, white backdrop, bangles and a ring; red fit-and-flare dress
    # with a beige bandhani print, knee length, short sleeves, mandarin collar. Caption: caption adapter, ran to the
    # limit and happened to end on a full stop, invents socks; open: extractive QA (details picks the socks); closed:
    # reference engine.
    case(
        "X1503-024",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is of medium length. Its neckline is "
            "stand. The lady wears a pair of socks. There is an accessory on her wrist. The lady wears a ring on her "
            "finger.",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.details("The lady wears a pair of socks", "unsupported"),
        gender="Women",
        title="Sangria Women Red & Beige Printed Fit and Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Red",
    ),
    # 025 Photo: FLAT LAY on white, no model; blue cotton straight kurta with a white floral print, three-quarter
    # sleeves, round neck; nothing else in the frame. Caption: caption adapter, stopped on its own, invents a person in
    # pants; open: extractive QA (the wearing span describes the kurta: accepted); closed: reference engine.
    case(
        "X1503-025",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants.",
            "unsupported",
        ),
        Q.wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # 026 Photo: model, front, white backdrop; olive green cotton anarkali with a cream print, calf length, long
    # sleeves, round neck, over cream leggings. Caption: caption adapter, cut at the limit; open: extractive QA; closed:
    # reference engine (green for olive and white for cream: accepted).
    case(
        "X1503-026",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The dress is "
            "of long length. Its neckline is round. The lady wears a long leggings. The leggings are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("green"),
        color_of("leggings", "white"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Aurelia Women Olive Green Printed Anarkali Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # 027 Photo: model, front, grey backdrop; pink straight kurta with mirror work at the neck, three-quarter sleeves,
    # matching pink trousers. Caption: caption adapter, stopped on its own; open: extractive QA; closed: reference
    # engine ranks "shirt" first for the garment type but says yes to "Is this a kurta?".
    case(
        "X1503-027",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The lady wears a long pants. The pants are "
            "with pure color patterns."
        ),
        Q.wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="KSUT Women Pink Solid Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
    ),
    # 028 Photo: model, front, grey backdrop; wine velvet gown, floor length, long sleeves, zari embroidery on the yoke,
    # round neck. Caption: caption adapter, alternates two sentences to the limit; open: extractive QA ("other fabric"
    # says nothing); closed: reference engine (maroon for burgundy: accepted).
    case(
        "X1503-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. The dress is "
            "of long length. The dress is with other fabric. The dress is of long length. The dress is with other "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("gown"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("other fabric", "non_answer"),
        gender="Women",
        title="Indo Era Women Burgundy Embroidered Velvet Ethnic Gown",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # 029 Photo: model, front, white backdrop; white straight kurta with thin blue vertical stripes, calf length, roll-
    # up three-quarter sleeves, mandarin collar, over blue cotton pants. Caption: caption adapter, cut at the limit;
    # open: extractive QA; closed: reference engine (white for the kurta, blue for the pants: both right).
    case(
        "X1503-029",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve shirt with striped patterns"),
        Q.garment_type("kurta"),
        Q.color("white"),
        color_of("pants", "blue"),
        Q.pattern("striped"),
        Q.details("its neckline is stand"),
        gender="Women",
        title="W Women White & Blue Striped Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # 030 Photo: model, front, beige backdrop, bangles and a ring; navy anarkali with gold embroidery, long sleeves,
    # navy palazzos, gold net dupatta over the arms; no belt. Caption: caption adapter, ran to the limit, invents a
    # belt; open: extractive QA (details picks the belt); closed: reference engine (the gold dupatta gets the kurta's
    # navy).
    case(
        "X1503-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. There is a belt "
            "on her waist. The lady wears a scarf. There is an accessory on her wrist. The lady wears a ring on her "
            "finger",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        color_of("dupatta", "navy blue", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.details("There is a belt on her waist", "unsupported"),
        gender="Women",
        title="Mitera Women Navy Blue Embroidered Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 031 Photo: model, front, white backdrop; mustard anarkali with a red floral print, calf length, three-quarter
    # sleeves, round neck, over a red churidar. Caption: caption adapter, a short complete sentence; open: extractive
    # QA; closed: reference engine (red, the churidar's color, for the kurta). No category column.
    case(
        "X1503-031",
        caption("The lady wears a medium-sleeve dress with floral patterns."),
        Q.wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("red", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.details("floral patterns"),
        gender="Women",
        title="Biba Women Mustard Yellow Printed Anarkali Kurta",
        color="Mustard",
    ),
    # 032 Photo: model, front, long hair open, white backdrop, bangles; teal silk gown with zari motif embroidery, long
    # sleeves, floor length. Caption: caption adapter, ran to the limit, switches to "his" and "gentleman"; open:
    # extractive QA ("cotton" for silk); closed: reference engine.
    case(
        "X1503-032",
        caption(
            "This female wears a long-sleeve dress with graphic patterns. The dress is of long length. His dress is "
            "with cotton fabric. There is an accessory on his wrist. The gentleman wears a ring on his finger. The",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("gown"),
        Q.color("teal"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Ethnovog Women Teal Ethnic Motifs Embroidered Silk Gown",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # 033 Photo: model, front, white backdrop; off-white cotton A-line kurta with pink flowers, knee length, short
    # sleeves, round neck, over pink palazzos. Caption: caption adapter, cut at the limit; open: extractive QA; closed:
    # reference engine (pink, the palazzos' color, for an off-white kurta).
    case(
        "X1503-033",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. Its neckline "
            "is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The trousers are",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve shirt with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Off-White & Pink Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # 034 Photo: model, front, grey backdrop; sea-green anarkali with gold foil print, calf length, three-quarter
    # sleeves, V neck, over off-white leggings. Caption: caption adapter, loops on "the dress is of long length"; open:
    # extractive QA; closed: reference engine ("long sleeves" is wrong; green for sea green accepted).
    case(
        "X1503-034",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is of long length. The dress is of "
            "long length and the dress is of long length and the dress is of long length and the dress is of long",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.details("long length"),
        gender="Women",
        title="Varanga Women Sea Green Printed Anarkali Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # 035 Photo: model, front, white backdrop; black tiered maxi dress with a dense gold foil print, three-quarter
    # sleeves, V neck with tie-ups. Caption: caption adapter, stopped on its own; open: extractive QA; closed: reference
    # engine (gold, the print's color, for a black dress).
    case(
        "X1503-035",
        caption("The lady wears a medium-sleeve dress with graphic patterns. The dress is of long length."),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("gold", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.details("The dress is of long length"),
        gender="Women",
        title="Libas Women Black & Gold-Toned Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # 036 Photo: model, front, white backdrop; powder blue straight cotton kurta with white yoke embroidery, three-
    # quarter sleeves, V neck, over white trousers. Caption: caption adapter, cut at the limit; open: extractive QA;
    # closed: reference engine (the white trousers get the kurta's blue).
    case(
        "X1503-036",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        color_of("trousers", "blue", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        gender="Women",
        title="Vishudh Women Blue Yoke Design Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
    ),
    # 037 Photo: model, front, white backdrop, bare arms, bangles and a ring; pink SLEEVELESS tiered anarkali, calf
    # length, round neck, over a white churidar. Caption: caption adapter, ran to the limit, says long-sleeve; open:
    # extractive QA (same span); closed: reference engine (sleeveless: right).
    case(
        "X1503-037",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length. The lady wears a "
            "long leggings. There is an accessory on her wrist. The lady wears a ring on her finger. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Indya Women Pink Floral Printed Tiered Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # 038 Photo: model, front, grey backdrop; beige chanderi anarkali with gold embroidery on the yoke and hem, calf
    # length, three-quarter sleeves, beige dupatta draped; white churidar (not part of the set). Caption: caption
    # adapter, stopped on its own; open: extractive QA (no fabric in the caption: no answer); closed: reference engine
    # ("solid" against the embroidery and the title).
    case(
        "X1503-038",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is of long length. The lady "
            "wears a scarf."
        ),
        Q.wearing("a medium-sleeve dress with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("beige"),
        Q.pattern("solid", "contradiction"),
        Q.details("The lady wears a scarf"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Kalini Women Beige Embroidered Anarkali Kurta with Dupatta",
        category="Kurta Sets",
        color="Beige",
    ),
    # 039 Photo: model, front, white backdrop, a watch; green georgette tiered maxi dress with white flowers, short
    # flutter sleeves, V neck. Caption: caption adapter, repeats the wrist sentence and runs to the limit; open:
    # extractive QA; closed: reference engine. No gender column.
    case(
        "X1503-039",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        title="Global Desi Women Green Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # 040 Photo: model, front, white backdrop; magenta straight kurta, three-quarter sleeves, round neck with lace trim,
    # over white leggings. Caption: caption adapter, cut at the limit; open: extractive QA (the wearing answer is only
    # the subject); closed: reference engine (pink for magenta: accepted).
    case(
        "X1503-040",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The lady", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        color_of("leggings", "white"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="AKS Women Magenta Solid Straight Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # 041 Photo: model, front, white backdrop, bangles; maroon cotton flared gown with a small gold butti print, floor
    # length, three-quarter sleeves, round neck, a self-fabric tie belt at the waist. Caption: caption adapter, cut at
    # the limit; open: extractive QA (the belt is real); closed: reference engine.
    case(
        "X1503-041",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is of long length. There is a belt "
            "on her waist. The dress is with cotton fabric and its neckline is round. There is an accessory on her "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("gown"),
        Q.color("maroon"),
        Q.pattern("printed"),
        Q.details("There is a belt on her waist"),
        Q.material("cotton"),
        gender="Women",
        title="Juniper Women Maroon Printed Flared Ethnic Gown with Belt",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # 042 Photo: model in a walking pose, white backdrop; yellow straight kurta with pink flowers, three-quarter
    # sleeves, over pink palazzos. Caption: caption adapter, stopped on its own; open: extractive QA; closed: reference
    # engine says yes to "Is this a dress?".
    case(
        "X1503-042",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The lady wears a long trousers with pure color "
            "patterns."
        ),
        Q.wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        color_of("palazzos", "pink"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="Sangria Women Yellow & Pink Floral Printed Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # 043 Photo: model, three-quarter back, grey backdrop; grey anarkali with silver thread embroidery, floor length,
    # long sleeves. Caption: caption adapter, loops to the limit; open: extractive QA (no answer for details); closed:
    # reference engine ("dress" for a seller's kurta).
    case(
        "X1503-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. The dress is of "
            "long length. The dress is of long length. The dress is of long length. The dress is of long length",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress", "contradiction"),
        Q.color("grey"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.details("", "non_answer"),
        gender="Women",
        title="Ahalyaa Women Grey Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # 044 Photo: model, front, white backdrop, bangles, sandals; coral cotton fit-and-flare midi dress with pleats,
    # three-quarter sleeves, mandarin collar. Caption: caption adapter, cut at the limit; open: extractive QA; closed:
    # reference engine.
    case(
        "X1503-044",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is stand. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("coral"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.details("The dress is of medium length"),
        Q.material("cotton"),
        gender="Women",
        title="Rangmanch by Pantaloons Women Coral Solid Fit and Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Coral",
    ),
    # 045 Photo: model, front, white backdrop, bangles; purple anarkali with silver foil print, calf length, three-
    # quarter sleeves, purple trousers, lilac organza dupatta. Caption: caption adapter, "the person" template, cut at
    # the limit; open: extractive QA; closed: reference engine ("dress" for the set's kurta; purple for the lilac
    # dupatta: accepted). No gender column.
    case(
        "X1503-045",
        caption(
            "The person wears a medium-sleeve dress with graphic patterns. The dress is of long length. The person "
            "wears a long pants. The person wears a scarf. There is an accessory on her wrist. The person wears a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress", "contradiction"),
        Q.color("purple"),
        color_of("dupatta", "purple"),
        Q.pattern("printed"),
        title="Anubhutee Women Purple Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
]
