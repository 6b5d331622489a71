"""BLIND_1278 (45 products; Myntra men's ethnic wear, base zero-shot): written blind in the sixty-second session.
Measured blind at c5d464a (the session's eighth rules): 51/63 failures found (81.0%) and 28/208 correct texts flagged
(13.5%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed: kurtas, kurta pyjama / churidar / dhoti sets, sherwanis and Nehru jackets.
The photos are the catalog's usual shots: a male model on a plain grey, white or beige backdrop wearing the product
with the rest of the outfit (churidar, pyjama, jeans, a kurta under the Nehru jacket, now and then a safa, a stole, a
pearl mala), a few flat lays and back views, and props (a sword, a carved chair, a stool, a marigold garland,
sunglasses). The catalog columns are Myntra's: title, category (article type: Kurtas, Kurta Sets, Sherwani, Nehru
Jackets), color (base colour) and gender; one row lacks its category, one its color, one its gender.
Who wrote what: everything is base Salesforce/blip2-opt-2.7b, no adapter. Captions from an empty prompt (50 new tokens
at most); open answers (wearing, describe, details, material) by greedy free generation on "Question: ... Answer:",
30 new tokens at most, stopped on the newline; closed answers (garment type, color, the kurta's / pyjama's color,
pattern, sleeve length, "Is this a ...?") by enrich's reference engine, which keeps the raw text when it maps to no
candidate. The base model answers short and mostly stops by itself, so loops and cuts come only from the longer
describe / details prompts; its errors are mostly about which garment it looks at: the kurta under a Nehru jacket
lends its color and its sleeves to the jacket, the pyjama takes the kurta's color, a sherwani becomes a kurta or a
dress, gold embroidery becomes the garment's color, a long-haired model in a long kurta becomes a woman.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near hues count as right: cream and off white answered white, navy answered blue, maroon answered red, peach
answered pink, teal answered green or blue, lavender answered purple, olive answered green, rust answered orange; beige
answered white and lime answered yellow do not. "vest" for a Nehru jacket is right; "kurta" for a Nehru jacket or a
sherwani, "dress" for a sherwani, "shirt" for a knee-length kurta are wrong (contradiction). Self-design / jacquard
answered "solid" is right (it reads plain at catalog distance); chikankari answered "solid" is wrong. A color that
belongs to the other piece of the outfit (the pyjama, the kurta under the jacket) is other_garment_color; a wrong color
of the product's own fabric or embroidery is contradiction. The jacket's sleeve length answered from the kurta
underneath is contradiction. A prop or stole given as the garment's details is contradiction (an accessory answered as
the garment). Details that the shot cannot show (buttons on a back view, pockets that are not there, a turban nobody
wears, material the photo and title do not support) are unsupported. "kurta details", "there are no details", an empty
answer and a bare color for the details are non_answer; an answer that says the garment is itself is restated. Loops are
labelled loop even when they also ran to the token limit (hit_limit=True); a long answer cut mid-phrase without looping
is cut. For a flat lay, "a maroon vest" to "What is the person wearing?" is taken as describing the garment and left
unmarked. A set's color answered with its second color named in the title ("Maroon & White" set, white kurta) is right.
The base model with closed ranking is cleaner than the fine-tuned adapters: about a quarter of the texts are wrong, most
of them in the open answers and in the Nehru jacket and sherwani shots.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length

BLIND_1278 = [
    # Photo: man facing the camera on a grey backdrop, mustard cotton straight kurta, mandarin collar, white churidar.
    # Caption and open answers: base BLIP-2 zero-shot; closed answers: reference engine over the base model.
    case(
        "X1278-001",
        caption("a man in a yellow kurta and white pants"),
        wearing("a yellow kurta", who="the man"),
        garment_type("kurta"),
        color("yellow"),
        pattern("solid"),
        sleeves("long sleeves"),
        gender="Men",
        title="Anouk Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: blue kurta with small white booti print, white pyjama, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-002",
        caption("a man in a blue and white kurta pajama"),
        wearing("kurta pajama", who="the man"),
        color_of("kurta", "blue"),
        color_of("pyjamas", "white"),
        pattern("printed"),
        details("kurta", "the kurta has a white print on it"),
        gender="Men",
        title="Jompers Men Blue & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: navy Nehru jacket worn open over a white long-sleeved kurta and white churidar, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine (it looks at the kurta, which fills the frame).
    case(
        "X1278-003",
        caption("a man in a white kurta and a blue vest"),
        wearing("a white kurta and a blue jacket", who="the man"),
        garment_type("kurta", "contradiction"),
        color("white", "other_garment_color"),
        sleeves("long sleeves", "contradiction"),
        is_a("jacket", "yes"),
        gender="Men",
        title="House of Pataudi Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: cream sherwani with gold zari embroidery on collar and placket, cream churidar, red safa, stole, mojaris,
    # beige backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-004",
        caption("a man in a white sherwani and a red turban"),
        wearing("sherwani", who="the man"),
        garment_type("sherwani"),
        color("gold", "contradiction"),
        pattern("embroidered"),
        describe(
            "sherwani",
            "a sherwani is a long coat-like garment worn by men in the indian subcontinent. it is a long coat-like "
            "garment worn by men in the indian subcontinent. it is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men Cream-Coloured & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: knee-length white kurta with white chikankari on the front, blue jeans, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-005",
        caption("a man in a white shirt and jeans standing in front of a white wall", "contradiction"),
        wearing("a white kurta and jeans", who="the man"),
        color("white"),
        pattern("solid", "contradiction"),
        material("cotton"),
        details("kurta", "embroidery on the front"),
        gender="Men",
        title="Fabindia Men White Pure Cotton Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: black kurta, white pyjama, grey backdrop. Caption and open answers: base zero-shot; closed: reference
    # engine (the pyjama gets the kurta's black).
    case(
        "X1278-006",
        caption("a man in a black kurta and white pants"),
        wearing("black kurta", who="the man"),
        color_of("kurta", "black"),
        color_of("pyjamas", "black", "other_garment_color"),
        sleeves("long sleeves"),
        describe("kurta", "it is a black kurta with a white pajama"),
        details("kurta", "there are no details", "non_answer"),
        gender="Men",
        title="KISAH Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: flat lay of a maroon woven brocade Nehru jacket with small floral buti and gold-toned buttons, on white.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-007",
        caption("a maroon vest with gold buttons on a white background"),
        wearing("a maroon vest"),
        garment_type("vest"),
        color("maroon"),
        pattern("floral"),
        sleeves("sleeveless"),
        details(
            "jacket",
            "gold buttons and gold buttons and gold buttons and gold buttons and gold buttons and gold buttons and "
            "gold buttons and gold buttons and gold buttons",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="VASTRAMAY Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: peach silk-blend kurta, mandarin collar, short placket with self-fabric buttons, white churidar.
    # Caption and open answers: base zero-shot; closed: reference engine (raw "peach" kept, unmapped).
    case(
        "X1278-008",
        caption("a man in a pink kurta and white pants"),
        wearing("a kurta", who="the man"),
        color("peach"),
        material("silk"),
        describe("kurta", "it is a long kurta with a mandarin collar and buttons on the front"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a mandarin collar and gold buttons", "unsupported"),
        gender="Men",
        title="Sojanya Men Peach-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: maroon velvet sherwani with gold embroidery on collar and cuffs, gold churidar, holding a sword (prop).
    # Caption and open answers: base zero-shot; closed: reference engine (long garment read as a dress).
    case(
        "X1278-009",
        caption("a man in a red and gold outfit holding a sword"),
        wearing("a red and gold dress", "contradiction", who="the man"),
        garment_type("dress", "contradiction"),
        color("maroon"),
        material("velvet"),
        details("sherwani", "gold embroidery on the collar and the sleeves"),
        gender="Men",
        title="Sanwara Men Maroon Embroidered Velvet Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: back view, off-white self-design kurta and churidar, nothing of the front visible.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-010",
        caption("the back of a man in a white kurta"),
        wearing("a white kurta and white pants", who="the man"),
        garment_type("kurta"),
        color("white"),
        sleeves("long sleeves"),
        details("kurta", "the kurta has a mandarin collar and buttons down the front", "unsupported"),
        gender="Men",
        title="Hangup Men Off-White Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: knee-length olive green kurta, small black and white geometric print, beige chinos, grey backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-011",
        caption("a man in a green shirt with a pattern on it", "contradiction"),
        wearing("a green kurta and khaki pants", who="the man"),
        color("green"),
        pattern("geometric"),
        describe("kurta", "it is a green kurta with a print"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Jompers Men Green Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: beige Nehru jacket over a light blue kurta and white pyjama, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine. Material is poly-viscose, not stated.
    case(
        "X1278-012",
        caption("a man in a blue kurta and a beige vest"),
        wearing("a blue shirt and a vest", who="the man"),
        garment_type("jacket"),
        color("blue", "other_garment_color"),
        sleeves("sleeveless"),
        material("linen", "unsupported"),
        gender="Men",
        title="Ethnix by Raymond Men Beige Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: navy jacquard (self-design) kurta, white churidar, hands in pockets, grey backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-013",
        caption("a man in a blue kurta with his hands in his pockets"),
        wearing("kurta", who="the man"),
        color("navy"),
        pattern("solid"),
        sleeves("long sleeves"),
        details("kurta", "kurta details", "non_answer"),
        gender="Men",
        title="Manyavar Men Navy Blue Self Design Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: yellow kurta, white pyjama, a marigold garland hung on the plain backdrop (haldi shoot).
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-014",
        caption("a man in a yellow kurta standing in front of a flower garland"),
        wearing("yellow kurta and white pajamas", who="the man"),
        color_of("kurta", "yellow"),
        color_of("pyjamas", "yellow", "other_garment_color"),
        describe(
            "kurta",
            "a yellow kurta with a white pajama and a white pajama and a white pajama and a white pajama and a white "
            "pajama and a white pajama and a white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="VASTRAMAY Men Yellow & White Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: navy silk-blend sherwani (smooth, no pile), a small brooch on the left chest, white churidar, grey
    # backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-015",
        caption("a man wearing a blue sherwani and white pants"),
        garment_type("sherwani"),
        is_a("sherwani", "no", "contradiction"),
        color("navy"),
        sleeves("long sleeves"),
        details("sherwani", "a brooch on the left side of the chest"),
        material("velvet", "unsupported"),
        gender="Men",
        title="Tasva Men Navy Blue Solid Sherwani",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: black cotton kurta with gold foil print, white churidar, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine. Matte cotton; the title names no material.
    case(
        "X1278-016",
        caption("a man in a black and gold kurta"),
        wearing("he is wearing a black kurta", who="he"),
        color("black"),
        pattern("printed"),
        material("silk", "unsupported"),
        describe("kurta", "it is a black kurta with gold print"),
        gender="Men",
        title="Anouk Men Black & Gold-Toned Printed Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: grey Nehru jacket with a small white dot print, over a black kurta, black pyjama, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-017",
        caption("a man wearing a grey vest and black kurta"),
        wearing("a vest", who="the man"),
        garment_type("vest"),
        color("grey"),
        pattern("solid", "contradiction"),
        sleeves("long sleeves", "contradiction"),
        gender="Men",
        title="Hangup Men Grey Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Photo: indigo hand-block printed cotton kurta (white floral motifs), white pyjama, seated on a wooden stool.
    # No pocket. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-018",
        caption("a man sitting on a stool in a blue kurta"),
        wearing("a blue kurta and white pants", who="the man"),
        color("blue"),
        pattern("floral"),
        material("cotton"),
        details("kurta", "it has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Fabindia Men Indigo Hand Block Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: model with shoulder-length hair, knee-length pink kurta, white pyjama, plain white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-019",
        caption("a woman in a pink kurta and white pants", "pronoun"),
        wearing("a pink dress", "contradiction"),
        garment_type("kurta"),
        color_of("kurta", "pink"),
        sleeves("long sleeves"),
        gender="Men",
        title="See Designs Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: hip-length maroon short kurta with short sleeves, blue jeans, grey backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine (picks shirt).
    case(
        "X1278-020",
        caption("a man in a maroon kurta and jeans"),
        wearing("a maroon kurta and blue jeans", who="the man"),
        garment_type("shirt", "contradiction"),
        color("maroon"),
        sleeves("short sleeves"),
        is_a("kurta", "yes"),
        gender="Men",
        title="HIGHLANDER Men Maroon Solid Short Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: gold brocade sherwani, off-white churidar, off-white stole over one shoulder, mojaris, no headgear,
    # beige backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-021",
        caption("a man in a gold sherwani and white pants standing in front of a beige wall"),
        wearing("a gold sherwani", who="the man"),
        garment_type("sherwani"),
        color("gold"),
        describe(
            "sherwani",
            "it is a gold sherwani with a white churidar and a white stole and a white turban",
            "unsupported",
        ),
        material("silk"),
        gender="Men",
        title="Manyavar Men Gold-Toned & Off-White Self Design Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: teal kurta, cream churidar, model holding sunglasses, white backdrop.
    # Caption and open answers: base zero-shot (details came back empty); closed: reference engine.
    case(
        "X1278-022",
        caption("a man in a green kurta holding a pair of sunglasses"),
        wearing("kurta", who="the man"),
        color("blue"),
        pattern("solid"),
        sleeves("long sleeves"),
        details("kurta", "", "non_answer"),
        gender="Men",
        title="even Men Teal Blue Solid Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: black Nehru jacket over a white kurta and white pyjama, plain white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-023",
        caption("a man in a black vest and white pants"),
        wearing("a black vest and white kurta", who="the man"),
        garment_type("vest"),
        color("black"),
        sleeves("sleeveless"),
        is_a("jacket", "yes"),
        describe("nehru jacket", "a nehru jacket", "restated"),
        gender="Men",
        title="Jompers Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: beige silk kurta and matching beige churidar, a printed stole draped over the shoulder, grey backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-024",
        caption("a man in a beige kurta with a scarf around his neck"),
        wearing("kurta pajama", who="the man"),
        color_of("kurta", "white", "contradiction"),
        color_of("churidar", "beige"),
        material("silk"),
        details("kurta", "a scarf", "contradiction"),
        gender="Men",
        title="Sojanya Men Beige Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: white kurta with thin blue vertical stripes, navy trousers, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-025",
        caption("a man in a blue and white striped kurta"),
        wearing("a striped kurta and blue pants", who="the man"),
        color("blue", "contradiction"),
        pattern("striped"),
        sleeves("long sleeves"),
        describe("kurta", "a white kurta with blue stripes"),
        gender="Men",
        title="Anouk Men White & Blue Striped Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: black art-silk sherwani (visible sheen), silver embroidery on collar and cuffs, white churidar, carved
    # chair.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-026",
        caption("a man in a black sherwani sitting on a chair"),
        wearing("a black sherwani and white churidar", who="the man"),
        garment_type("sherwani"),
        color("black"),
        material("cotton", "unsupported"),
        describe("sherwani", "a black sherwani with silver embroidery on the collar and sleeves"),
        details(
            "sherwani",
            "silver embroidery, silver buttons, silver embroidery, silver buttons, silver embroidery, silver buttons, "
            "silver embroidery, silver buttons, silver",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sojanya Men Black & Silver-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Black",
    ),
    # Photo: lime green cotton kurta, white pants, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine (lime read as yellow).
    case(
        "X1278-027",
        caption("a man in a green kurta"),
        wearing("a green kurta", who="the man"),
        color("yellow", "contradiction"),
        pattern("solid"),
        material("cotton"),
        describe("kurta", "it is a yellow kurta", "contradiction"),
        gender="Men",
        title="KISAH Men Lime Green Solid Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Photo: navy kurta with white thread embroidery at the yoke, white pyjama, grey backdrop.
    # Caption and open answers: base zero-shot (the describe answer ran on into a new question); closed: reference
    # engine.
    case(
        "X1278-028",
        caption("a man in a blue kurta with embroidery on the front"),
        wearing("kurta pyjama", who="the man"),
        color_of("kurta", "navy"),
        color_of("pyjamas", "white"),
        pattern("embroidered"),
        describe(
            "kurta",
            "a blue kurta with white embroidery on the neck Question: What is the color of the kurta? Answer: blue",
            "leak",
        ),
        gender="Men",
        title="Jompers Men Navy Blue Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: mustard paisley-print Nehru jacket over a cream kurta, cream churidar, framed at the knees (no feet).
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-029",
        caption("a man in a yellow vest and a white kurta"),
        wearing(
            "he is wearing a yellow jacket and a white kurta and a white churidar and a pair of brown shoes",
            "unsupported",
            who="the man",
        ),
        garment_type("vest"),
        color("yellow"),
        pattern("paisley"),
        sleeves("sleeveless"),
        gender="Men",
        title="Manyavar Men Mustard Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: lavender kurta, white pyjama, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-030",
        caption("a man in a purple kurta and white pants"),
        wearing("a purple kurta and white pants", who="the man"),
        color("purple"),
        sleeves("long sleeves"),
        details("kurta", "purple", "non_answer"),
        gender="Men",
        title="Ethnix by Raymond Men Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: ivory sherwani with tonal embroidery, pink stole, pearl mala, ivory churidar, beige backdrop; the mala and
    # stole make the base model see a woman.
    # Category column missing in the feed. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-031",
        caption("a woman in a white dress with a pink scarf and a pearl necklace", "pronoun"),
        wearing("white sherwani", who="the man"),
        garment_type("kurta", "contradiction"),
        color("white"),
        pattern("embroidered"),
        is_a("sherwani", "yes"),
        describe(
            "sherwani",
            "a white sherwani with a pink dupatta and a pearl necklace, which is a traditional indian wedding outfit "
            "for the groom and is usually worn with a matching",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Tasva Men Ivory Embroidered Sherwani Set",
        color="Off White",
    ),
    # Photo: rust cotton kurta with mandarin collar and button placket, beige pants, kolhapuris, cream backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-032",
        caption("a man in an orange kurta and beige pants"),
        color("orange"),
        material("cotton"),
        describe("kurta", "it is a long kurta with a round neck and a button placket", "unsupported"),
        sleeves("long sleeves"),
        gender="Men",
        title="Fabindia Men Rust Orange Cotton Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: sea green self-design kurta, white churidar, grey backdrop. Gender column missing in the feed.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-033",
        caption("a man in a green kurta and white churidar"),
        wearing("green kurta", who="the man"),
        color_of("kurta", "green"),
        color_of("churidar", "green", "other_garment_color"),
        describe("kurta", "a green kurta with a white churidar"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        title="Manyavar Men Sea Green Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: back view, blue and white checked Nehru jacket over a white kurta (its sleeves showing), white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-034",
        caption("the back of a man wearing a blue vest"),
        wearing("a blue vest", who="the man"),
        color("blue"),
        pattern("checked"),
        sleeves("long sleeves", "contradiction"),
        details("jacket", "blue and white checks"),
        gender="Men",
        title="Hangup Men Blue Checked Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
    ),
    # Photo: cream kurta with yellow thread embroidery at the neckline, a short button placket, white pyjama.
    # Caption and open answers: base zero-shot; closed: reference engine (the embroidery's yellow taken).
    case(
        "X1278-035",
        caption("a man in a white kurta with a yellow embroidery"),
        wearing("a white kurta", who="the man"),
        color("yellow", "contradiction"),
        pattern("embroidered"),
        describe(
            "kurta",
            "a white kurta with yellow embroidery on the neckline and a row of small buttons on the placket that goes "
            "down to the middle of the chest and the kurta is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jompers Men Cream-Coloured Embroidered Straight Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Photo: peach sherwani with gold embroidery, cream churidar, holding a decorative sword (prop), beige backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-036",
        caption("a man in a pink sherwani holding a sword"),
        wearing("a pink sherwani", who="the man"),
        garment_type("sherwani"),
        color("pink"),
        material("silk"),
        details("sherwani", "a sword", "contradiction"),
        gender="Men",
        title="Sojanya Men Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: black kurta, gold-toned dhoti pants, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-037",
        caption("a man in a black kurta and gold dhoti"),
        wearing("a black kurta and a dhoti", who="the man"),
        garment_type("kurta"),
        color_of("kurta", "black"),
        color_of("dhoti", "black", "other_garment_color"),
        describe("kurta", "it is a kurta", "restated"),
        sleeves("long sleeves"),
        gender="Men",
        title="VASTRAMAY Men Black & Gold-Toned Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: red and white ikat-print cotton kurta, white pants, grey backdrop. Color column missing in the feed.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-038",
        caption("a man in a red and white kurta"),
        wearing("red kurta", who="the man"),
        color("red"),
        pattern("geometric"),
        material("cotton"),
        describe(
            "kurta",
            "a red kurta with a white pattern on it. it is a red kurta with a white pattern on it. it is a red kurta "
            "with a white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Anouk Men Red Ikat Printed Straight Kurta",
        category="Kurtas",
    ),
    # Photo: cream floral-print Nehru jacket over a pink kurta, white pyjama, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine (the kurta's pink and the kurta itself).
    case(
        "X1278-039",
        caption("a man in a pink kurta and a white vest with flowers on it"),
        wearing("a pink kurta and a white jacket", who="the man"),
        garment_type("kurta", "contradiction"),
        color("pink", "other_garment_color"),
        pattern("floral"),
        sleeves("sleeveless"),
        gender="Men",
        title="VASTRAMAY Men Cream-Coloured Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Photo: black asymmetric-hem kurta, black slim trousers, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-040",
        caption("a man in a black outfit standing in front of a white wall"),
        wearing("all black", who="the man"),
        color("black"),
        pattern("solid"),
        details("kurta", "the kurta has an asymmetrical hem"),
        gender="Men",
        title="Manyavar Men Black Solid Asymmetric Hem Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: bottle green jacquard sherwani with gold-toned buttons, cream churidar, bare head, grey backdrop.
    # Caption and open answers: base zero-shot (the caption adds a turban); closed: reference engine.
    case(
        "X1278-041",
        caption("a man in a green sherwani and a white turban", "unsupported"),
        wearing("sherwani", who="the man"),
        garment_type("sherwani"),
        color("green"),
        sleeves("long sleeves"),
        material("silk"),
        gender="Men",
        title="Manyavar Men Green & Gold-Toned Self Design Sherwani",
        category="Sherwani",
        color="Green",
    ),
    # Photo: white chikankari kurta and white pyjama, model with long hair tied back, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-042",
        caption("a man in a white kurta pajama"),
        wearing("she is wearing a white kurta and white pants", "pronoun"),
        color_of("kurta", "white"),
        color_of("pyjamas", "white"),
        pattern("solid", "contradiction"),
        details("kurta", "embroidery"),
        gender="Men",
        title="Jompers Men White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: grey melange kurta, black pyjama, brown leather sandals, white backdrop.
    # Caption and open answers: base zero-shot (describe gives the pyjama's color); closed: reference engine.
    case(
        "X1278-043",
        caption("a man in a grey kurta and black pants"),
        wearing("a grey kurta and black pants", who="the man"),
        color("grey"),
        sleeves("long sleeves"),
        describe("kurta", "black", "other_garment_color"),
        gender="Men",
        title="Sojanya Men Grey Melange Solid Kurta",
        category="Kurtas",
        color="Grey Melange",
    ),
    # Photo: white kurta and white pyjama with a maroon self-design Nehru jacket over them (a three-piece set).
    # Caption and open answers: base zero-shot; closed: reference engine (the kurta gets the jacket's maroon).
    case(
        "X1278-044",
        caption("a man in a white kurta and a red vest"),
        wearing("a white kurta and a maroon vest", who="the man"),
        garment_type("kurta"),
        color_of("jacket", "maroon"),
        color_of("kurta", "maroon", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Sojanya Men Maroon & White Kurta with Pyjamas and Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: olive cotton kurta with band collar and a plain placket, no pockets, beige churidar, hand on hip.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1278-045",
        caption("a man in a green kurta with his hand on his hip"),
        wearing("a green kurta and white pants", who="the man"),
        color("green"),
        pattern("solid"),
        material("cotton"),
        details("kurta", "the kurta has a mandarin collar and two pockets on the chest", "unsupported"),
        gender="Men",
        title="House of Pataudi Men Olive Green Solid Cotton Kurta",
        category="Kurtas",
        color="Olive",
    ),
]
