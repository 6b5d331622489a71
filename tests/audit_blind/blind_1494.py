"""BLIND_1494 (46 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-fifth session.
Measured blind at eb96f22 (the session's fourth rules): 45/60 failures found (75.0%) and 42/240 correct texts flagged
(17.5%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed (article types Kurtas, Kurta Sets, Sherwani, Nehru Jackets), run through
enrich with the untuned Salesforce/blip2-opt-2.7b (no adapter). Photos are the catalog's usual first shots: a model
on a plain light backdrop wearing the product with other clothes (white or cream pyjamas and churidars under kurtas,
a kurta under every Nehru jacket, stoles and turbans with sherwanis, jeans or chinos with short kurtas), plus a few
flat lays, back views, one fabric close-up and a few props (stool, diya plate, marigold garland, chair, tea cup).
Myntra crops many heads at the nose. Catalog columns are kept as the feed has them: title, category (Myntra's
article type), color (Myntra's base colour) and gender ("Men"); a few rows lack one of them.
Who wrote what: the caption is base BLIP-2 with no prompt (greedy, 50 new tokens). Open answers (what is the man
wearing, describe, details, material) are base BLIP-2 zero-shot with the `Question: ... Answer:` prompt, greedy, 30
new tokens, stopping on newline. Closed answers (garment type, color, color of the pyjama/churidar/jacket, pattern,
sleeve length, "Is this a ...?") are enrich's reference engine ranking the candidate labels with the same base model,
so they are always a clean label. The questionnaire differs a little by article type (a bottom's color for sets and
sherwanis, the jacket's color for three-piece sets), which is why products have 4 to 7 answers.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. The base model with closed answers is the strongest of the configurations, so fewer texts are wrong than the
usual four in ten; most errors are the closed color taking the color of the pyjama, churidar, stole or under-kurta,
garment type / sleeve length / "is this a kurta" answered from the kurta under a Nehru jacket, tonal self-design or
tonal embroidery read as "solid", short kurtas called shirts, invented trims and buttons, terse non-answers to the
details question, and a few loops, cut answers and prompt leaks. Near shades are not marked (off white/white,
cream/white or beige in free text, maroon/red in free text, rust/orange, indigo/navy, teal/blue in free text,
sea green/green). A kurta called a "shirt" or a sherwani called a "suit" is marked contradiction (the title says
otherwise). Material is marked (unsupported) only when the title names another fabric; a plausible guess the title
does not settle is left unmarked. "kurta" as the garment type of a kurta set is left unmarked (the kurta is the
garment in view). non_answer: empty, a bare noun back, "yes"/"no" to an open question; restated: a sentence that only
says back the garment or the question ("the kurta is a kurta", "it's a nehru jacket"). One label per text: a loop is
loop even when it also invents, a long answer cut at 30 tokens is cut. The loops and cut answers ran to the limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1494 = [
    # Photo: model in a yellow kurta with a small white floral print, white pyjama, brown mojaris, grey backdrop.
    # Caption: base BLIP-2; wearing/describe/details: base zero-shot; the rest: reference engine.
    case(
        "X1494-001",
        caption("a man in a yellow kurta and white pants"),
        wearing("a yellow kurta and white pajamas", who="the man"),
        Q.garment_type("kurta set"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),  # small white print, title says printed
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a yellow kurta with white flowers"),
        gender="Men",
        title="Jompers Men Yellow & White Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: white kurta with mandarin collar, blue jeans, white sneakers; the model holds sunglasses in one hand
    # (not wearing them). Caption: base BLIP-2; details/material: base zero-shot; closed: reference engine.
    case(
        "X1494-002",
        caption("a man wearing a white kurta and sunglasses", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("white"),
        details("kurta", "it has a mandarin collar and a button placket"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Anouk Men White Solid Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: navy Nehru jacket over a white kurta and white churidar. Caption: base BLIP-2; wearing/describe: base
    # zero-shot; closed: reference engine (color and sleeves taken from the white kurta underneath).
    case(
        "X1494-003",
        caption("a man in a blue vest and white kurta"),
        wearing("a white kurta and a blue jacket", who="the man"),
        Q.garment_type("nehru jacket"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),  # the jacket is sleeveless; the kurta's sleeves
        describe("jacket", "a blue nehru jacket"),
        gender="Men",
        title="KISAH Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: knee-length maroon sherwani with a tonal woven motif, cream churidar, cream stole over the shoulder,
    # maroon juttis, fabric-covered maroon buttons, no embroidery. Caption: base; wearing/details/material: base
    # zero-shot; closed: reference engine.
    case(
        "X1494-004",
        caption("a man in a red sherwani and a white scarf"),
        wearing("a sherwani", who="the man"),
        Q.garment_type("sherwani"),
        Q.color("maroon"),
        Q.pattern("self design"),
        Q.material("silk"),
        details("sherwani", "the sherwani has gold embroidery on the collar and buttons", "unsupported"),
        gender="Men",
        title="Manyavar Men Maroon Self Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: indigo kurta with white block-print motifs, white pyjama, model leaning on a wooden stool; the collar
    # is indigo like the body. Caption: base; describe/details/material: base zero-shot; closed: reference engine.
    case(
        "X1494-005",
        caption("a man in a blue kurta standing next to a wooden stool"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.material("cotton"),
        describe("kurta", "it's a blue kurta with a white print"),
        details("kurta", "the kurta has a white print and a white collar", "unsupported"),
        gender="Men",
        title="Fabindia Men Indigo Printed Cotton Slim Fit Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: black kurta with black tonal thread embroidery on the yoke, white pyjama, black mojaris.
    # Caption: base; wearing/details: base zero-shot; closed: reference engine.
    case(
        "X1494-006",
        caption("a man wearing a black kurta and white pants"),
        wearing("black kurta and white pajamas", who="the man"),
        Q.color("black"),
        color_of("pyjama", "black", "other_garment_color"),
        Q.pattern("solid", "contradiction"),  # tonal embroidery, title says embroidered
        details("kurta", "the kurta has embroidery on the neck"),
        gender="Men",
        title="Vastramay Men Black Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: bottle green kurta with small gold-foil motifs and self buttons, beige trousers.
    # Caption: base; describe/material: base zero-shot (describe loops to the limit); closed: reference engine.
    case(
        "X1494-007",
        caption("a man in a green kurta with gold print"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        describe(
            "kurta",
            "the kurta is green with gold print and gold buttons and gold buttons and gold buttons and gold buttons "
            "and gold buttons and gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="See Designs Men Green Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: beige kurta with self-fabric buttons, beige churidar, tan mojaris, hand in pocket, plain backdrop.
    # Caption: base; wearing/details: base zero-shot; closed: reference engine.
    case(
        "X1494-008",
        caption("a man in a beige kurta and pants"),
        wearing("a kurta and churidar", who="the man"),
        Q.garment_type("kurta set"),
        Q.color("beige"),
        color_of("churidar", "beige"),
        is_a("sherwani", "no"),
        details("kurta", "the kurta has gold buttons", "unsupported"),
        gender="Men",
        title="House of Pataudi Men Beige Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: wedding shot; cream sherwani with gold woven motifs, cream churidar, maroon stole draped on the
    # shoulder, maroon safa on the head. Caption: base; wearing/describe/material: base zero-shot; closed: engine.
    case(
        "X1494-009",
        caption("a man in a white sherwani with a red turban"),
        wearing("a sherwani and a turban", who="the man"),
        Q.garment_type("sherwani"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("woven design"),
        describe("sherwani", "a white sherwani with red dupatta"),
        Q.material("silk"),
        gender="Men",
        title="Sojanya Men Cream-Coloured & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: grey woven Nehru jacket with grey fabric buttons over a black kurta and black pyjama.
    # Caption: base; wearing/describe: base zero-shot; closed: reference engine.
    case(
        "X1494-010",
        caption("a man wearing a grey vest and black pants"),
        wearing("a grey vest and black pants", who="the man"),
        Q.garment_type("nehru jacket"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        is_a("kurta", "yes", "contradiction"),  # the product is the jacket; the kurta is underneath
        describe("jacket", "a grey vest with black buttons", "unsupported"),
        gender="Men",
        title="Hangup Men Grey Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Photo: head cropped at the nose; mustard short kurta to mid-hip, olive chinos, white sneakers.
    # Caption: base; describe: base zero-shot; closed: reference engine.
    case(
        "X1494-011",
        caption("a woman in a yellow kurta and green pants", "pronoun"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("mustard"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "the kurta is yellow"),
        gender="Men",
        title="HERE&NOW Men Mustard Yellow Solid Short Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: flat lay; off-white kurta folded on top of the off-white pyjama on a white surface.
    # Caption: base; material/details: base zero-shot; closed: reference engine.
    case(
        "X1494-012",
        caption("a white shirt and pants laid out on a white surface", "contradiction"),
        Q.garment_type("kurta set"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.material("cotton"),
        details("kurta", "kurta details", "non_answer"),
        gender="Men",
        title="Manyavar Men Off-White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: Diwali shoot; plain maroon kurta (no border, no trim), cream pyjama, model holding a plate of diyas,
    # marigold garlands behind. Caption: base; wearing/describe/details/material: base zero-shot; closed: engine.
    case(
        "X1494-013",
        caption("a man in a red kurta holding a plate of candles"),
        wearing("a red kurta", who="the man"),
        Q.color("maroon"),
        describe(
            "kurta",
            "the kurta is made of silk and has a gold border on the neckline and sleeves",
            "unsupported",
        ),
        details("kurta", "the kurta has a lot of details on it", "restated"),
        Q.material("silk"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Ethnix by Raymond Men Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: peach kurta with white chikankari embroidery down the front, white pyjama.
    # Caption: base; describe/details/material: base zero-shot; closed: reference engine.
    case(
        "X1494-014",
        caption("a man in a pink kurta with white embroidery"),
        Q.garment_type("kurta set"),
        Q.color("peach"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a pink kurta with white embroidery and white pants"),
        details("kurta", "it has white embroidery on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Anouk Men Peach-Coloured Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: black sherwani with silver embroidery, white churidar, silver stole.
    # Caption: base; wearing/material: base zero-shot (material leaks the prompt format); closed: reference engine.
    case(
        "X1494-015",
        caption("a man in a black and silver sherwani"),
        wearing("a black sherwani and white pants", who="the man"),
        Q.garment_type("sherwani"),
        Q.color("black"),
        color_of("churidar", "black", "other_garment_color"),
        Q.material("silk Question: What is the color of the sherwani? Answer: black", "leak"),
        gender="Men",
        title="Tasva Men Black Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Black",
    ),
    # Photo: white kurta with thin blue vertical stripes, blue jeans, brown loafers.
    # Caption: base; describe/material: base zero-shot; closed: reference engine.
    case(
        "X1494-016",
        caption("a man in a white striped kurta and jeans"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "white and blue stripes"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men White & Blue Striped Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: mustard woven Nehru jacket (two welt pockets) over a white kurta and white pyjama.
    # Caption: base; describe/details: base zero-shot; closed: reference engine.
    case(
        "X1494-017",
        caption("a man in a yellow jacket and white kurta"),
        Q.garment_type("nehru jacket"),
        Q.color("mustard"),
        Q.pattern("woven design"),
        describe("jacket", "a yellow jacket with a white kurta"),
        details("jacket", "it's a nehru jacket", "restated"),
        gender="Men",
        title="Vastramay Men Mustard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: back view; sea green kurta with side slits, cream churidar. Caption: base; wearing/details: base
    # zero-shot; closed: reference engine.
    case(
        "X1494-018",
        caption("the back of a man in a green kurta"),
        wearing("a green kurta and white pants", who="the man"),
        Q.garment_type("kurta set"),
        Q.color("green"),
        color_of("churidar", "green", "other_garment_color"),
        details("kurta", "the kurta has a slit on the side"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Sojanya Men Sea Green Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: olive short kurta with long sleeves rolled up to the elbow, black jeans.
    # Caption: base; closed: reference engine.
    case(
        "X1494-019",
        caption("a man in an olive shirt and black jeans", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("olive"),
        Q.sleeve_length("short sleeves", "contradiction"),  # long sleeves, rolled up
        is_a("kurta", "yes"),
        gender="Men",
        title="Highlander Men Olive Green Solid Short Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: beige self-design sherwani, beige churidar, brown mojaris, model seated on a carved wooden chair.
    # Caption: base; wearing/describe/material: base zero-shot (describe runs to the limit); closed: engine.
    case(
        "X1494-020",
        caption("a man in a beige sherwani sitting on a chair"),
        wearing("sherwani", who="the man"),
        Q.garment_type("sherwani"),
        Q.color("beige"),
        Q.sleeve_length("long sleeves"),
        describe(
            "sherwani",
            "the sherwani is a traditional indian garment worn by men in india pakistan and bangladesh it is "
            "usually worn on special occasions such as weddings and",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),  # title says silk blend
        gender="Men",
        title="Ethnix by Raymond Men Beige Self Design Silk Blend Sherwani",
        category="Sherwani",
        color="Beige",
    ),
    # Photo: rust cotton kurta with a mandarin collar and button placket, white pyjama, model holding a tea cup.
    # Caption: base; wearing/details/material: base zero-shot; closed: reference engine.
    case(
        "X1494-021",
        caption("a man in an orange kurta holding a cup of tea"),
        wearing("an orange kurta and orange pants", "contradiction", who="the man"),  # the pyjama is white
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.material("cotton"),
        details("kurta", "it has a collar and buttons"),
        gender="Men",
        title="Fabindia Men Rust Solid Cotton Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: navy kurta with gold-foil print, white pyjama, tan mojaris. Caption: base (loops to the limit);
    # wearing/describe: base zero-shot; closed: reference engine.
    case(
        "X1494-022",
        caption(
            "a man in a blue kurta with gold print and white pants and gold shoes and gold shoes and gold shoes and "
            "gold shoes and gold shoes and gold shoes and gold shoes and gold",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue kurta", who="the man"),
        Q.color("navy blue"),
        color_of("pyjama", "white"),
        Q.pattern("printed"),
        describe("kurta", "the kurta is blue"),
        gender="Men",
        title="Jompers Men Navy Blue & Gold-Toned Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: three-piece set; cream kurta, cream pyjama, maroon Nehru jacket on top.
    # Caption: base; wearing: base zero-shot; closed: reference engine.
    case(
        "X1494-023",
        caption("a man in a white kurta and red vest"),
        wearing("a kurta and a vest", who="the man"),
        Q.garment_type("nehru jacket", "contradiction"),  # the article is the kurta set
        Q.color("cream"),
        color_of("jacket", "maroon"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Vastramay Men Cream-Coloured Kurta with Pyjamas & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: lavender kurta (no pocket), white pyjama, white backdrop, bearded model.
    # Caption: base; wearing/describe/details/material: base zero-shot; closed: reference engine.
    case(
        "X1494-024",
        caption("a man in a purple kurta"),
        wearing("a purple kurta and white pants", who="the person"),
        Q.color("lavender"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "purple"),
        details("kurta", "the kurta has a pocket on the chest", "unsupported"),
        Q.material("linen"),
        gender="Men",
        title="Sanwara Men Lavender Solid Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: white kurta with white chikankari, white pyjama; an all-white outfit.
    # Caption: base; describe/details: base zero-shot; closed: reference engine. All correct.
    case(
        "X1494-025",
        caption("a man in a white kurta and white pants"),
        Q.garment_type("kurta set"),
        Q.color("white"),
        color_of("pyjama", "white"),
        Q.pattern("embroidered"),
        describe("kurta", "the kurta is white"),
        details("kurta", "embroidery"),
        gender="Men",
        title="KISAH Men White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: navy sherwani with gold embroidery on the collar and front, off-white churidar, gold stole.
    # Caption: base; wearing/details: base zero-shot; closed: reference engine.
    case(
        "X1494-026",
        caption("a man in a blue and gold sherwani"),
        wearing("a suit", "contradiction", who="the man"),
        Q.garment_type("sherwani"),
        Q.color("navy blue"),
        Q.pattern("embroidered"),
        details("sherwani", "gold embroidery on the collar"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Navy Blue Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: pink kurta, white jeans, white sneakers, a potted plant beside the model.
    # Caption: base; wearing/describe/details: base zero-shot; closed: reference engine.
    case(
        "X1494-027",
        caption("a man in a pink kurta standing next to a plant"),
        wearing("a pink shirt and white jeans", "contradiction", who="the man"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        describe("kurta", "pink"),
        details("kurta", "the kurta has a lot of details", "restated"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="HERE&NOW Men Pink Solid Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: flat lay; teal self-design kurta over a folded cream churidar on a light grey surface.
    # Caption: base; material: base zero-shot; closed: reference engine.
    case(
        "X1494-028",
        caption("a woman's blue kurta and white pants on a grey background", "pronoun"),
        Q.garment_type("kurta set"),
        Q.color("teal"),
        Q.pattern("self design"),
        color_of("churidar", "teal", "other_garment_color"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Teal Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: beige Nehru jacket over a black kurta and black pyjama.
    # Caption: base; wearing/describe/material: base zero-shot; closed: reference engine.
    case(
        "X1494-029",
        caption("a man in a black kurta and a beige jacket"),
        wearing("a black kurta and a beige vest", who="the man"),
        Q.garment_type("nehru jacket"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("jacket", "beige"),
        Q.material("linen"),
        gender="Men",
        title="KISAH Men Beige Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: off-white silk kurta with brown wooden buttons, off-white pyjama, a brass lamp beside the model.
    # Caption: base; wearing/describe/material: base zero-shot; closed: reference engine.
    case(
        "X1494-030",
        caption("a man in a white kurta standing next to a lamp"),
        wearing("white kurta pajama", who="the man"),
        Q.material("cotton", "unsupported"),  # title says silk
        Q.color("off white"),
        describe("kurta", "it is a white kurta with brown buttons"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Fabindia Men Off-White Solid Silk Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: gold jacquard sherwani with gold buttons down the front only, off-white churidar, red stole.
    # Caption: base; wearing/details: base zero-shot (details loops to the limit); closed: reference engine.
    case(
        "X1494-031",
        caption("a man in a gold sherwani"),
        wearing("a sherwani with a red scarf", who="the man"),
        Q.garment_type("sherwani"),
        Q.color("gold"),
        Q.pattern("woven design"),
        details(
            "sherwani",
            "the sherwani has a high collar and long sleeves and a gold button on the front and a gold button on the "
            "sleeves and a gold button on the back and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Tasva Men Gold-Toned Woven Design Sherwani",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: navy kurta with a mandarin collar, beige chinos, plain wall backdrop. The feed row has no color.
    # Caption: base; wearing/describe: base zero-shot; closed: reference engine.
    case(
        "X1494-032",
        caption("a man in a blue kurta and khaki pants standing in front of a wall"),
        wearing("a blue kurta and beige pants", who="the man"),
        Q.garment_type("kurta"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a blue kurta with a mandarin collar"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Solid Straight Kurta",
        category="Kurtas",
    ),
    # Photo: maroon cotton kurta with a gold-embroidered yoke (plain sleeves), cream pyjama.
    # Caption: base; wearing/describe/material: base zero-shot; closed: reference engine.
    case(
        "X1494-033",
        caption("a man wearing a red kurta with gold embroidery"),
        wearing("a red kurta and white pants", who="the man"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        describe("kurta", "the kurta is red with gold embroidery around the neck and the sleeves", "unsupported"),
        Q.material("silk", "unsupported"),  # title says pure cotton
        gender="Men",
        title="Anouk Men Maroon & Gold-Toned Yoke Design Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: brown kurta with a cream geometric print, cream pyjama.
    # Caption: base; details/material: base zero-shot; closed: reference engine.
    case(
        "X1494-034",
        caption("a man in a brown and white kurta"),
        Q.garment_type("kurta"),
        Q.color("brown"),
        Q.pattern("checked", "contradiction"),  # geometric print
        details("kurta", "the kurta has a geometric print"),
        Q.material("cotton"),
        gender="Men",
        title="See Designs Men Brown Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
    ),
    # Photo: back view; maroon printed Nehru jacket over a cream kurta.
    # Caption: base; details/material: base zero-shot; closed: reference engine. All correct.
    case(
        "X1494-035",
        caption("the back of a man wearing a red vest"),
        Q.garment_type("nehru jacket"),
        Q.color("maroon"),
        Q.pattern("printed"),
        is_a("nehru jacket", "yes"),
        details("jacket", "the jacket has a print on the back"),
        Q.material("cotton"),
        gender="Men",
        title="Vastramay Men Maroon Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: haldi shoot; yellow kurta with long sleeves (arm bent, holding a marigold garland), white pyjama.
    # Caption: base; wearing/describe: base zero-shot; closed: reference engine.
    case(
        "X1494-036",
        caption("a man in a yellow kurta holding a garland of flowers"),
        wearing("yellow kurta and white pajamas", who="the man"),
        Q.garment_type("kurta set"),
        Q.color("yellow"),
        color_of("pyjama", "yellow", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        describe("kurta", "a white kurta", "other_garment_color"),
        gender="Men",
        title="Manyavar Men Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: grey melange kurta with a mandarin collar, black jeans.
    # Caption: base; wearing/describe/material: base zero-shot (wearing runs on into the prompt format); closed:
    # reference engine.
    case(
        "X1494-037",
        caption("a man in a grey kurta and black jeans"),
        wearing("a grey kurta Question: What is the man wearing? Answer: a grey kurta", "leak", who="the man"),
        Q.garment_type("kurta"),
        Q.color("grey"),
        Q.pattern("solid"),
        describe("kurta", "a grey kurta with a mandarin collar"),
        Q.material("cotton"),
        gender="Men",
        title="Anouk Men Grey Melange Solid Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: bottle green velvet sherwani with gold zari embroidery, gold churidar, gold stole. No gender column.
    # Caption: base; details/material: base zero-shot; closed: reference engine.
    case(
        "X1494-038",
        caption("a man in a green velvet sherwani with gold embroidery"),
        Q.garment_type("sherwani"),
        Q.color("green"),
        color_of("churidar", "gold"),
        Q.pattern("embroidered"),
        Q.material("velvet"),
        details("sherwani", "yes", "non_answer"),
        title="Tasva Men Green Embroidered Velvet Sherwani Set",
        category="Sherwani",
        color="Green",
    ),
    # Photo: sky blue kurta, white pyjama. Caption: base; describe/details: base zero-shot; closed: engine.
    case(
        "X1494-039",
        caption("a man in a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        describe("kurta", "kurta", "non_answer"),
        details("kurta", "the kurta is a kurta", "restated"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Highlander Men Blue Solid Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: off-white kurta with a gold border at the neck and cuffs, off-white dhoti pants, gold mojaris.
    # Caption: base; wearing/details/material: base zero-shot; closed: reference engine.
    case(
        "X1494-040",
        caption("a man in a white kurta and dhoti"),
        wearing("a kurta and dhoti", who="the man"),
        Q.garment_type("kurta set"),
        Q.color("white"),
        is_a("sherwani", "yes", "contradiction"),
        details("kurta", "gold border on the neck and sleeves"),
        Q.material("silk"),
        gender="Men",
        title="Sojanya Men Off-White & Gold-Toned Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: indo-western; royal blue woven Nehru jacket with a brooch and pocket square over a white shirt,
    # beige trousers. Caption: base; wearing/details/material: base zero-shot; closed: reference engine.
    case(
        "X1494-041",
        caption("a man in a blue vest and white shirt"),
        wearing("a blue vest", who="the man"),
        Q.garment_type("nehru jacket"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves", "contradiction"),  # the shirt's sleeves; the jacket is sleeveless
        details("jacket", "the jacket has a brooch and a pocket square"),
        Q.material("wool"),
        gender="Men",
        title="Hangup Men Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
    ),
    # Photo: red cotton kurta with a small white buti print, mandarin collar, no pockets, white pyjama.
    # Caption: base; wearing/describe/material: base zero-shot (describe cut at the limit); closed: engine.
    case(
        "X1494-042",
        caption("a man in a red kurta"),
        wearing("a red kurta and white pajamas", who="the man"),
        Q.color("red"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "this is a red kurta with white polka dots on it it has a mandarin collar and a button placket on the "
            "front it also has two pockets on the sides and",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Red Printed Cotton Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: black kurta, white pyjama, model seated on a wooden bench. No gender column.
    # Caption: base; wearing/describe: base zero-shot (wearing loops to the limit); closed: reference engine.
    case(
        "X1494-043",
        caption("a man in a black kurta sitting on a bench"),
        wearing(
            "a black kurta and white pajamas and white pajamas and white pajamas and white pajamas and white "
            "pajamas and white",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("black"),
        color_of("pyjama", "white"),
        describe("kurta", "a black kurta"),
        title="Anouk Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: off-white sherwani with a tonal self design, off-white churidar, pink stole and pink safa.
    # Caption: base; wearing/describe: base zero-shot; closed: reference engine.
    case(
        "X1494-044",
        caption("a man in a white sherwani and a pink turban"),
        wearing("a white sherwani", who="the man"),
        Q.color("pink", "other_garment_color"),
        color_of("churidar", "white"),
        Q.pattern("solid", "contradiction"),  # tonal self design
        is_a("kurta", "no"),
        describe("sherwani", "the sherwani is white and the turban is pink"),
        gender="Men",
        title="Tasva Men Off-White Self Design Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: teal linen kurta, white linen trousers. Caption: base; describe/material: base zero-shot (material
    # runs on into the prompt format); closed: reference engine.
    case(
        "X1494-045",
        caption("a man in a teal kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("teal"),
        Q.material("cotton Question: What is the color of the kurta? Answer: green", "leak"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a blue kurta"),
        gender="Men",
        title="Mast & Harbour Men Teal Solid Linen Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: fabric close-up (the feed's fourth image came first): cream jacquard weave and one gold button of a
    # Nehru jacket, no person in frame. Caption: base; wearing: base zero-shot; closed: reference engine.
    case(
        "X1494-046",
        caption("a close up of a white fabric with a gold button"),
        wearing("a shirt", "contradiction", who="the man"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("cream"),
        Q.pattern("woven design"),
        is_a("nehru jacket", "no", "contradiction"),
        gender="Men",
        title="Manyavar Men Cream Jacquard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
]
