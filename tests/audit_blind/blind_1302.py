"""BLIND_1302 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-third session.
Measured blind at be4df7e (the session's first rules): 58/74 failures found (78.4%) and 30/218 correct texts flagged
(13.8%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed (kurtas, kurta pyjama sets, sherwanis, Nehru jackets). Catalog shots: a
male model on a plain grey, white or beige backdrop wearing the product with the rest of an outfit (churidar or
pyjama, jeans under short kurtas, a kurta under every Nehru jacket, safa and stole with sherwanis), now and then a
flat lay, a back view, a chair or a pocket square. Columns as the feed has them: title, category (Myntra article type),
color (Myntra base colour), gender; one or another left out now and then.
Who wrote what: the caption and the open answers (wearing, description, details, material) are free generation by the
untuned Salesforce/blip2-opt-2.7b, greedy, stopping on the newline, 50 new tokens for captions and 30 for answers.
The closed answers (garment type, color, pattern, sleeve length, the color of a named garment, "Is this a ...?") are
enrich's reference engine ranking a closed candidate set with the same base model. Because the answers stop on the
newline, loops, cuts and leaks are rare; most failures are the base model misreading Indian garments (a short kurta
called a shirt, a long one a dress or robe, a sherwani a suit), dark colors (navy and bottle green read as black,
olive as grey), and above all the engine answering for the garment that fills the frame rather than the product:
the white kurta's color and long sleeves for a Nehru jacket, the pyjama or stole's color for the kurta.
Labeling conventions and judgement calls: judged by the photo I imagined and the title. Near hues count as right
(cream or off-white as "white", mustard as "yellow", teal as "green", rust as "orange", peach as "pink", maroon as
"red", lavender as "purple", indigo as "navy blue"); a clearly different hue is a contradiction; the color of another
garment in the photo (pyjama, churidar, stole, safa, the kurta under a jacket) given for the product is
other_garment_color. A Nehru jacket called a "vest" is right; a kurta called a "shirt", a sherwani a "suit", a kurta
a "dress" is a contradiction. "kurta" for a kurta set is right. A material the title names and the answer contradicts
is a contradiction; a material or detail the photo does not show is unsupported; a guessable material ("cotton" for a
matte kurta, "silk" for a jacquard sherwani) is right. A bare color or the garment's name as the details is a
non_answer. "arafed" in a caption is BLIP-2's usual artifact and not counted. "nothing" as what the person wears on
a flat lay is right (there is no person). On a set whose seller color is the jacket's (X1302-045), "white" for the
photo's mostly white outfit counts as right.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    is_a,
    wearing,
)

BLIND_1302 = [
    # photo: model on grey backdrop, cream tone-on-tone self-design knee-length kurta, cream churidar, brown mojaris;
    # plain mandarin collar. Caption and open answers: base BLIP-2 zero-shot; closed: reference engine.
    case(
        "X1302-001",
        caption("a man in a white kurta and white pants standing in front of a gray wall"),
        wearing("a kurta and churidar"),
        Q.garment_type("kurta set"),
        Q.color("cream"),
        Q.pattern("solid"),
        D.details("embroidery on the collar", "unsupported"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # photo: navy short straight kurta, light blue jeans, white sneakers, white backdrop; navy buttons, no contrast.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1302-002",
        caption("a man in a blue kurta and jeans standing in front of a white wall"),
        wearing("a blue shirt and jeans", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        D.description("a blue shirt with a white collar", "unsupported"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # photo: olive solid Nehru jacket over a white kurta and white churidar, grey backdrop; the kurta's long sleeves
    # show. Caption and open answers: base BLIP-2; closed: reference engine (answers for the kurta).
    case(
        "X1302-003",
        caption("a man wearing a green vest and white pants"),
        wearing("a white kurta and a green jacket"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeve", "contradiction"),
        gender="Men",
        title="House of Pataudi Men Olive Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
    ),
    # photo: maroon sherwani with gold-toned woven buttis and gold piping at collar and cuffs, gold churidar, maroon
    # safa, stole over one shoulder, beige backdrop. Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-004",
        caption("arafed man in a red and gold sherwani with a turban"),
        wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.material("silk"),
        D.details("gold embroidery on the collar and sleeves"),
        gender="Men",
        title="Sojanya Men Maroon & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # photo: flat lay of a white cotton straight kurta on a light wooden floor, sleeves spread, no person.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-005",
        caption("a white kurta laying on a wooden floor"),
        wearing("nothing"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        D.details("white", "non_answer"),
        gender="Men",
        title="Fabindia Men White Cotton Solid Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # photo: blue kurta with white floral block print, plain white pyjama, white backdrop.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-006",
        caption("a man in a blue and white kurta and white pants"),
        wearing("a kurta pajama"),
        Q.garment_type("kurta set"),
        Q.color("blue"),
        color_of("pyjama", "blue", "other_garment_color"),
        Q.pattern("floral"),
        D.description("a blue kurta with white flowers on it"),
        gender="Men",
        title="Anouk Men Blue & White Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # photo: metallic gold-toned kurta with small woven geometric buttis, self-colored collar, cream churidar.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-007",
        caption("a man in a gold kurta and white pants"),
        wearing("he is wearing a gold kurta"),
        Q.garment_type("kurta"),
        Q.color("gold"),
        Q.pattern("striped", "contradiction"),
        Q.material("silk"),
        D.description("a gold kurta with a white collar", "unsupported"),
        gender="Men",
        title="Vastramay Men Gold-Toned Woven Design Kurta",
        category="Kurtas",
        color="Gold",
    ),
    # photo: black solid mandarin-collar kurta, black pathani pants, white backdrop; black buttons down the placket.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-008",
        caption("a man in a black kurta and black pants"),
        Q.color("black"),
        Q.sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        D.details("the kurta has a mandarin collar"),
        D.description("a black kurta with a mandarin collar and buttons down the front"),
        gender="Men",
        title="KISAH Men Black Solid Mandarin Collar Kurta",
        category="Kurtas",
        color="Black",
    ),
    # photo: mustard cotton Nehru jacket with a small floral print over a white short kurta, blue jeans.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-009",
        caption("a man wearing a yellow vest and jeans"),
        Q.garment_type("nehru jacket"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        is_a("kurta", "yes", "contradiction"),
        Q.material("silk", "unsupported"),
        D.details("the vest has a floral print and buttons"),
        gender="Men",
        title="See Designs Men Mustard Yellow Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # photo: three-piece set: pale peach solid kurta, white pyjama, beige printed Nehru jacket; model with a beard.
    # Caption and open: base BLIP-2; closed: reference engine (gives the jacket's color).
    case(
        "X1302-010",
        caption("a woman in a pink dress and a vest", "pronoun"),
        wearing("a kurta and a vest"),
        Q.garment_type("kurta set"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        D.description("a pink dress with a beige vest", "contradiction"),
        gender="Men",
        title="Hangup Men Peach-Coloured Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Peach",
    ),
    # photo: back view, maroon matte cotton kurta with white pyjama; the yoke embroidery is on the front, not seen.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-011",
        caption("the back of a man in a red kurta"),
        wearing("a kurta and pajamas"),
        Q.color("maroon"),
        color_of("pyjama", "white"),
        Q.pattern("solid"),
        Q.material("silk", "unsupported"),
        D.details("back", "non_answer"),
        gender="Men",
        title="Jompers Men Maroon Yoke Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # photo: dark navy self-design jacquard sherwani in low warm light, cream churidar, mojaris.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-012",
        caption("a man in a black sherwani and white pants", "contradiction"),
        wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("long sleeve"),
        Q.material("velvet", "unsupported"),
        gender="Men",
        title="Manyavar Men Navy Blue Self-Design Sherwani",
        category="Sherwani",
        color="Navy Blue",
    ),
    # photo: off-white linen kurta with a chest patch pocket, sleeves rolled to the elbow, beige chinos.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-013",
        caption("a man in a white kurta and beige pants"),
        wearing("a white shirt and khaki pants", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton", "contradiction"),
        D.description("a white kurta with a mandarin collar"),
        D.details("the kurta has a pocket"),
        gender="Men",
        title="Fabindia Men Off-White Solid Linen Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # photo: teal solid Nehru jacket over a cream kurta and cream pyjama, grey backdrop.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-014",
        caption("a man in a green vest and white pants"),
        wearing("a vest and a kurta"),
        Q.garment_type("vest"),
        Q.color("green"),
        Q.sleeve_length("long sleeve", "contradiction"),
        is_a("kurta", "yes", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Ethnix by Raymond Men Teal Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
    ),
    # photo: kurta in a dense multicolour print of flowers and leaves, white pyjama, white backdrop.
    # Caption and open: base BLIP-2 (the details loop to the limit); closed: reference engine.
    case(
        "X1302-015",
        caption("a man wearing a colorful kurta and white pants"),
        wearing("a kurta"),
        Q.color("multi"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeve"),
        D.description("a colorful kurta with a colorful print"),
        D.details(
            "the kurta has a print of flowers, leaves, flowers, leaves, flowers, leaves, flowers, leaves, flowers, "
            "leaves, flowers",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sanwara Men Multicoloured Printed Straight Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # photo: sky blue solid kurta with a band collar, white pyjama, white backdrop.
    # Caption and open: base BLIP-2 (the description runs to the limit, encyclopedic); closed: reference engine.
    case(
        "X1302-016",
        caption("a man in a light blue kurta and white pants"),
        wearing("a blue shirt and white pants", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.material("cotton"),
        D.description(
            "a kurta is a loose collarless shirt worn in the indian subcontinent. it is usually made of cotton or silk "
            "and is worn with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Blue Solid Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: white chikankari-embroidered cotton kurta, white pyjama, white backdrop.
    # Caption and open: base BLIP-2 (the wearing answer runs on into the next prompt); closed: reference engine.
    case(
        "X1302-017",
        caption("a man in a white kurta and white pants"),
        wearing("a white kurta and pajamas Question: what is the color of the kurta? Answer: white", "leak"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        D.description("a white kurta with white embroidery"),
        D.details("embroidery"),
        gender="Men",
        title="Anouk Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # photo: pink solid kurta, white pyjama; male model with long hair tied back, side profile.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-018",
        caption("a man in a pink kurta and white pants"),
        wearing("she is wearing a pink kurta", "pronoun"),
        Q.color("pink"),
        color_of("pyjama", "white"),
        Q.sleeve_length("long sleeve"),
        D.details("pink", "non_answer"),
        gender="Men",
        title="Vastramay Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # photo: cream silk-blend kurta with a subtle sheen and cream churidar, beige backdrop. Gender column missing.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-019",
        caption("a man in a cream kurta and white pants"),
        wearing("a white kurta and white pajamas"),
        Q.garment_type("kurta set"),
        Q.color("cream"),
        color_of("churidar", "white"),
        Q.material("silk"),
        D.details("the details of the garment are the details of the garment", "restated"),
        title="Sojanya Men Cream-Coloured Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # photo: olive short kurta with light blue jeans, white sneakers, white backdrop; flat light makes it greyish.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-020",
        caption("a man in a green kurta and jeans"),
        wearing("a green kurta and jeans"),
        Q.garment_type("kurta"),
        Q.color("grey", "contradiction"),
        Q.material("fabric", "non_answer"),
        D.description("a green kurta with jeans"),
        gender="Men",
        title="Roadster Men Olive Green Solid Short Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # photo: yellow cotton kurta with a small floral block print, plain placket, white pyjama; no embroidery.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-021",
        caption("a man in a yellow kurta and white pants"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeve"),
        D.description("a yellow kurta with a floral print"),
        D.details("the kurta is hand embroidered with zari work", "unsupported"),
        gender="Men",
        title="HERE&NOW Men Yellow Floral Printed Cotton Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # photo: cream silk-blend sherwani with tonal embroidery, bright red safa, maroon stole, cream churidar.
    # Caption and open: base BLIP-2; closed: reference engine (ranks the safa's red).
    case(
        "X1302-022",
        caption("a man in a white sherwani and a red turban"),
        wearing("a sherwani and a turban"),
        Q.garment_type("sherwani"),
        Q.color("red", "other_garment_color"),
        Q.pattern("embroidered"),
        is_a("sherwani", "yes"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Embroidered Silk Blend Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # photo: flat lay on white: blue-and-white striped kurta folded over a white pyjama, no person.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-023",
        caption("a blue and white striped shirt and white pants on a white background", "contradiction"),
        wearing("a striped shirt and pants", "contradiction"),
        Q.garment_type("kurta set"),
        Q.color("blue"),
        Q.pattern("striped"),
        color_of("pyjama", "white"),
        gender="Men",
        title="Jompers Men Blue & White Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # photo: maroon velvet Nehru jacket with four buttons over a black kurta and black churidar.
    # Caption and open: base BLIP-2 (the details loop to the limit); closed: reference engine.
    case(
        "X1302-024",
        caption("a man in a red vest and black pants"),
        wearing("a black kurta and a red vest"),
        Q.garment_type("nehru jacket"),
        Q.color("maroon"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        D.details(
            "the vest has buttons and buttons and buttons and buttons and buttons and buttons and buttons and buttons "
            "and buttons and buttons and buttons and buttons and buttons and buttons",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sanwara Men Maroon Solid Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # photo: bottle green solid kurta (very dark), white pyjama, white backdrop.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-025",
        caption("a man in a black kurta and white pants", "contradiction"),
        wearing("a kurta and pajamas"),
        Q.color("green"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        D.description("a dark green kurta with a mandarin collar"),
        D.details("kurta", "non_answer"),
        gender="Men",
        title="Tabard Men Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # photo: beige kurta with a plain placket and no pocket, white churidar, grey backdrop.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-026",
        caption("a man in a beige kurta and white pants"),
        wearing("a kurta and churidar"),
        Q.color("beige"),
        color_of("churidar", "beige", "other_garment_color"),
        D.details("it has a mandarin collar and a pocket on the chest", "unsupported"),
        gender="Men",
        title="Melange by Lifestyle Men Beige Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Beige",
    ),
    # photo: rust short kurta with a chest pocket, blue jeans, white backdrop.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-027",
        caption("a man in an orange shirt and jeans", "contradiction"),
        wearing("a kurta and jeans"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("orange"),
        Q.sleeve_length("long sleeve"),
        D.details("the shirt has a pocket on the chest", "contradiction"),
        gender="Men",
        title="Roadster Men Rust Solid Short Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # photo: gold-toned jacquard sherwani with paisley motifs and a high collar, model seated on a carved chair.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-028",
        caption("a man in a gold sherwani sitting on a chair"),
        wearing("a suit", "contradiction"),
        Q.color("gold"),
        Q.pattern("paisley"),
        is_a("kurta", "yes", "contradiction"),
        Q.material("silk"),
        D.details("the sherwani has a paisley pattern and a high collar"),
        gender="Men",
        title="Manyavar Men Gold-Toned Jacquard Sherwani",
        category="Sherwani",
        color="Gold",
    ),
    # photo: waist-up crop: navy checked Nehru jacket with a pocket square over a white kurta.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-029",
        caption("a man wearing a blue vest and a white kurta"),
        Q.garment_type("nehru jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        is_a("nehru jacket", "yes"),
        D.details("a pocket square in the pocket"),
        gender="Men",
        title="Hangup Men Navy Blue Checked Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # photo: mustard kurta with thread embroidery at the neck, white churidar.
    # Caption and open: base BLIP-2 (the description loops to the limit); closed: reference engine.
    case(
        "X1302-030",
        caption("a man in a yellow kurta and white pants"),
        wearing("a yellow kurta"),
        Q.color("mustard"),
        color_of("churidar", "white"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        D.description(
            "a yellow kurta with embroidery on the neck and embroidery on the neck and embroidery on the neck and "
            "embroidery on the neck and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Anouk Men Mustard Yellow Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Mustard",
    ),
    # photo: indigo dabu-printed cotton kurta with full sleeves, white pyjama. Gender column missing.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-031",
        caption("a man in a blue and white kurta"),
        wearing("a blue kurta"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.material("cotton"),
        D.details("the kurta has a floral print and a mandarin collar"),
        title="Fabindia Men Indigo Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: purple silk-blend kurta with white pyjama, grey backdrop.
    # Caption: base BLIP-2, looping to the 50-token limit; open: base BLIP-2; closed: reference engine.
    case(
        "X1302-032",
        caption(
            "a man in a purple kurta and a purple kurta and a purple kurta and a purple kurta and a purple kurta and "
            "a purple kurta and a purple kurta and a purple kurta and a purple kurta and a purple",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple kurta and white pants"),
        Q.color("purple"),
        color_of("pyjama", "purple", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("silk"),
        gender="Men",
        title="Vastramay Men Purple Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Purple",
    ),
    # photo: black Nehru jacket with a small tonal grey motif print over a white kurta and white churidar.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-033",
        caption("a man in a black vest and white kurta"),
        Q.garment_type("nehru jacket"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeve", "contradiction"),
        is_a("kurta", "no"),
        gender="Men",
        title="Sojanya Men Black Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # photo: peach kurta with neck embroidery, peach churidar, maroon dupatta draped over one shoulder.
    # Caption and open: base BLIP-2; closed: reference engine (ranks the dupatta's maroon).
    case(
        "X1302-034",
        caption("a man in a peach kurta with a red scarf"),
        wearing("a kurta and a scarf"),
        Q.garment_type("kurta set"),
        Q.color("maroon", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        D.description("a peach kurta with a red scarf around the neck"),
        D.details("embroidery on the neck"),
        gender="Men",
        title="Manyavar Men Peach-Coloured Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # photo: lavender solid kurta, white pants; male model with shoulder-length hair, white wall.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-035",
        caption("a woman in a purple kurta standing in front of a white wall", "pronoun"),
        wearing("a purple kurta"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.sleeve_length("long sleeve"),
        D.details("buttons on the front"),
        gender="Men",
        title="KISAH Men Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # photo: ankle-length white angrakha kurta with white tonal thread embroidery, white churidar.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-036",
        caption("a man in a long white kurta with embroidery"),
        Q.garment_type("dress", "contradiction"),
        is_a("kurta", "yes"),
        Q.color("white"),
        Q.pattern("embroidered"),
        D.description("a long white robe with gold embroidery", "unsupported"),
        gender="Men",
        title="Sojanya Men White Embroidered Angrakha Kurta",
        category="Kurtas",
        color="White",
    ),
    # photo: flat lay on white of a grey slub-textured Nehru jacket, no person.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-037",
        caption("a gray vest on a white background"),
        wearing("a vest"),
        Q.garment_type("nehru jacket"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        Q.material("linen"),
        D.details("it has buttons"),
        gender="Men",
        title="Hangup Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # photo: blue kurta with a plain front (no pocket), white pyjama. Category column missing.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-038",
        caption("a man in a blue kurta and white pants"),
        wearing("kurta pajama"),
        Q.color("blue"),
        color_of("pyjama", "white"),
        D.description("no", "non_answer"),
        D.details("the kurta has a collar and buttons and a pocket", "unsupported"),
        gender="Men",
        title="Ethnix by Raymond Men Blue Solid Kurta with Pyjamas",
        color="Blue",
    ),
    # photo: sea green solid kurta with white churidar, grey backdrop.
    # Caption and open: base BLIP-2 (the material answer runs into the next prompt); closed: reference engine.
    case(
        "X1302-039",
        caption("a man in a green kurta and white pants"),
        Q.garment_type("kurta set"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.material("cotton Question: what is the pattern of the garment? Answer: solid", "leak"),
        D.description("a green kurta with white pants"),
        D.details("yes", "non_answer"),
        gender="Men",
        title="Jompers Men Sea Green Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # photo: black cotton kurta with a gold-toned foil print on the front, black pants.
    # Caption and open: base BLIP-2; closed: reference engine (ranks the print's gold).
    case(
        "X1302-040",
        caption("a man in a black and gold kurta"),
        wearing("a black kurta"),
        Q.color("gold", "contradiction"),
        Q.pattern("printed"),
        Q.material("silk", "contradiction"),
        D.details("gold print on the front"),
        gender="Men",
        title="See Designs Men Black & Gold-Toned Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Black",
    ),
    # photo: ivory sherwani with gold embroidery, gold stole, ivory churidar, beige backdrop.
    # Caption and open: base BLIP-2 (the description runs to the limit); closed: reference engine.
    case(
        "X1302-041",
        caption("a man in a white sherwani and a gold stole"),
        wearing("a sherwani and a stole"),
        Q.garment_type("sherwani"),
        Q.color("white"),
        is_a("sherwani", "yes"),
        Q.material("silk"),
        D.description(
            "a white sherwani with gold embroidery and a gold stole. the sherwani is made of silk and the stole is "
            "made of silk. the sherwani is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Sojanya Men Off-White Embroidered Sherwani & Churidar with Stole",
        category="Sherwani",
        color="Off White",
    ),
    # photo: bright red mandarin-collar kurta, white pyjama, white backdrop. Color column missing.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-042",
        caption("a man in a red kurta and white pants"),
        wearing("a red kurta and white pajamas"),
        Q.color("red"),
        Q.sleeve_length("long sleeve"),
        D.description("a red kurta with white pants and a white shirt", "unsupported"),
        D.details("the kurta has a round neck", "unsupported"),
        gender="Men",
        title="Hangup Men Red Solid Kurta",
        category="Kurtas",
    ),
    # photo: beige paisley jacquard Nehru jacket over a maroon kurta (long sleeves) and white churidar.
    # Caption and open: base BLIP-2; closed: reference engine (gives the kurta's color and sleeves).
    case(
        "X1302-043",
        caption("a man in a maroon kurta and a beige vest"),
        wearing("he is wearing a kurta and a vest"),
        Q.garment_type("nehru jacket"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("paisley"),
        Q.sleeve_length("long sleeve", "contradiction"),
        gender="Men",
        title="Ethnix by Raymond Men Beige Jacquard Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # photo: grey melange kurta, black pants, model with a hand in his pocket and a black wristwatch.
    # Caption and open: base BLIP-2; closed: reference engine (reads the melange as stripes).
    case(
        "X1302-044",
        caption("a man in a gray kurta and black pants"),
        wearing("a grey kurta and black pants"),
        Q.garment_type("kurta"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        Q.material("cotton"),
        D.description("a gray kurta with black pants"),
        gender="Men",
        title="Mast & Harbour Men Grey Melange Solid Kurta",
        category="Kurtas",
        color="Grey Melange",
    ),
    # photo: three-piece set: off-white kurta and pyjama under a blue Nehru jacket; the seller's color is the jacket's.
    # Caption and open: base BLIP-2; closed: reference engine.
    case(
        "X1302-045",
        caption("a man in a white kurta and a blue vest"),
        wearing("a kurta and a vest"),
        Q.garment_type("nehru jacket", "contradiction"),
        Q.color("white"),
        color_of("jacket", "blue"),
        gender="Men",
        title="Vastramay Men Off-White Kurta with Pyjamas & Blue Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
    ),
]
