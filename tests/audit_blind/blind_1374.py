"""BLIND_1374 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-fourth session.
Measured blind at d381b30 (the session's first rules): 44/53 failures found (83.0%) and 19/212 correct texts flagged
(9.0%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed: kurtas, kurta pyjama / churidar / dhoti sets, sherwanis and Nehru jackets.
Most photos are the catalog's usual front shot of a model on a plain light backdrop, wearing the product with the
rest of the outfit (white pyjama or churidar under a kurta, a kurta under a Nehru jacket, a stole or safa with a
sherwani); a few are flat lays, one is a back view, and some have a prop (sunglasses, a garland, a sword, a chair, a
wooden door, a pocket square). Catalog columns are the feed's own: title, category (Myntra's article type), color
(Myntra's base colour) and gender; the feed leaves the colour or the gender out now and then.
Who wrote what: every caption is untuned Salesforce/blip2-opt-2.7b, zero-shot, no prompt, greedy, 50 new tokens.
Open answers (wearing, describe, details, material) are the same base model, free generation from
"Question: ... Answer:", greedy, 30 new tokens. Closed answers (garment type, color, color of a named garment,
pattern, sleeve length, "Is this a ...?") are enrich's reference engine ranking a closed candidate list with the
same base model, so they are always a clean label, and wrong when the model looks at the wrong garment.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Neighbouring shades are counted right (cream or off white called white, maroon called red, teal called
green, rust called orange, lavender called purple, peach called pink). A knee-length kurta called a "shirt" or a
"dress" is a contradiction; a hip-length short kurta called a shirt is left unmarked, because that is what it looks
like. A sherwani typed "coat" and a Nehru jacket typed "vest" or "jacket" are right; a sherwani typed "kurta" or
"dress" is wrong. A color answer taken from the pyjama, churidar, dhoti, kurta underneath, turban or pocket square is
other_garment_color; a color taken from the backdrop or a prop is contradiction; a sleeve length or garment type
read off the kurta under a Nehru jacket is contradiction, as is an accessory (sunglasses, sword) given as the
garment's detail. An encyclopedic definition ("a sherwani is a long coat worn by ...") or "i don't know" or a detail
about the background is non_answer; "it is a kurta" for Describe and "the details of the kurta" are restated. A
material the title contradicts, or one the product is not made of (wool, velvet, linen, silk for cotton), is
unsupported, as is an invented pose or fittings. Answers that repeat until the limit are loop with hit_limit; long
free descriptions stopped mid-phrase at 30 tokens are cut with hit_limit. Pronoun is marked only where the text
calls the male model "she" or "a woman". Base BLIP-2 does stop on its own most of the time, so loops and cuts are
rare here; the bulk of the errors are looking at the wrong garment.
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
sleeve_length = BLIND_QUESTIONS.sleeve_length

BLIND_1374 = [
    # Photo: model on a white backdrop in a white chikankari kurta (tone-on-tone embroidery down the front) and a white
    # pyjama. Caption and open answers: base OPT-2.7b zero-shot; closed answers: reference engine.
    case(
        "X1374-001",
        caption("a man in a white kurta and pajama standing in front of a white background"),
        wearing("a white kurta pajama"),
        garment_type("kurta"),
        color("white"),
        pattern("embroidered"),
        details("kurta", "white", "non_answer"),
        material("cotton"),
        gender="Men",
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: model in a navy Nehru jacket over a full-sleeve white kurta and white churidar. The product is the jacket.
    # Caption, open: base zero-shot; closed: reference engine (color and sleeves read off the kurta).
    case(
        "X1374-002",
        caption("a man in a blue vest and white kurta"),
        wearing("a white kurta and a blue vest"),
        garment_type("vest"),
        color("white", "other_garment_color"),
        color_of("jacket", "navy blue"),
        sleeve_length("long sleeve", "contradiction"),
        gender="Men",
        title="Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: model in a maroon kurta with small gold ethnic-motif print all over, white pyjama.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-003",
        caption("a man wearing a red kurta and white pants"),
        wearing("kurta"),
        color("maroon"),
        pattern("solid", "contradiction"),
        is_a("kurta", "yes"),
        describe("kurta", "it is a kurta", "restated"),
        gender="Men",
        title="Men Maroon Ethnic Motifs Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: model in a cream sherwani with gold embroidery on collar and placket, cream churidar, maroon stole over one
    # shoulder. Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-004",
        caption("a man in a white sherwani with a red scarf"),
        garment_type("dress", "contradiction"),
        color("white"),
        is_a("sherwani", "yes"),
        details("sherwani", "gold embroidery on the collar and the front"),
        material("silk"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: model in a knee-length mustard kurta, mandarin collar, with blue jeans.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-005",
        caption("a man wearing a yellow kurta and jeans"),
        wearing("a yellow shirt and jeans", "contradiction"),
        color("mustard"),
        sleeve_length("long sleeve"),
        details("kurta", "mandarin collar"),
        material("cotton"),
        gender="Men",
        title="Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: model in a sky blue kurta and a white pyjama, slight side pose.
    # Caption, open: base zero-shot; closed: reference engine (the pyjama's color question answered with the kurta's).
    case(
        "X1374-006",
        caption("a man in a blue kurta and white pajamas"),
        wearing("blue kurta"),
        color("blue"),
        color_of("pants", "blue", "other_garment_color"),
        pattern("solid"),
        sleeve_length("long sleeve"),
        gender="Men",
        title="Men Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: flat lay, black self-design Nehru jacket alone on a white surface, no person.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-007",
        caption("a black vest with buttons on a white background"),
        wearing("nothing", "non_answer"),
        garment_type("vest"),
        color("black"),
        sleeve_length("sleeveless"),
        details("jacket", "buttons"),
        gender="Men",
        title="Men Black Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: long-haired, bearded male model in a pastel pink kurta and white pyjama.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-008",
        caption("a woman in a pink kurta and white pants", "pronoun"),
        wearing("pink kurta"),
        color("pink"),
        garment_type("kurta"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: model in a navy kurta with a white floral print, white trousers.
    # Caption, open: base zero-shot (the wearing answer runs on into the next question); closed: reference engine.
    case(
        "X1374-009",
        caption("a man in a blue floral print kurta"),
        wearing("a blue kurta Question: what is the color of the pants? Answer: white", "leak"),
        pattern("floral"),
        color("navy blue"),
        material("cotton"),
        sleeve_length("long sleeve"),
        gender="Men",
        title="Men Navy Blue Floral Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: model in a maroon velvet sherwani with gold zari embroidery and gold buttons, cream churidar.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-010",
        caption("a man in a red and gold sherwani"),
        garment_type("kurta", "contradiction"),
        color("maroon"),
        material("velvet"),
        details(
            "sherwani",
            "gold embroidery, gold buttons, gold embroidery, gold buttons, gold embroidery, gold buttons, gold "
            "embroidery, gold",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        gender="Men",
        title="Men Maroon Embroidered Velvet Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: model in an off-white kurta and pyjama under a gold brocade Nehru jacket (three-piece set).
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-011",
        caption("a man in a white kurta and gold jacket"),
        wearing("kurta and jacket"),
        color("white"),
        garment_type("kurta"),
        sleeve_length("long sleeve"),
        describe("jacket", "gold"),
        gender="Men",
        title="Men Off-White & Gold-Toned Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: model in a black kurta with a small white block print, white pyjama.
    # Caption, open: base zero-shot; closed: reference engine (the kurta's color taken from the print and pyjama).
    case(
        "X1374-012",
        caption("a man wearing a black kurta with white print"),
        wearing("a black kurta and white pants"),
        color("black"),
        pattern("printed"),
        color_of("kurta", "white", "other_garment_color"),
        material("cotton"),
        gender="Men",
        title="Men Black Printed Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: model in a teal kurta and white churidar, holding a pair of sunglasses in one hand.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-013",
        caption("a man in a green kurta holding a pair of sunglasses"),
        wearing("green kurta"),
        color("green"),
        garment_type("kurta"),
        is_a("kurta", "yes"),
        details("kurta", "sunglasses", "contradiction"),
        gender="Men",
        title="Men Teal Green Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: model in a hip-length white short kurta with white thread embroidery at the placket, blue jeans, sleeves
    # full length. Truth: cotton. Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-014",
        caption("a man in a white shirt and blue jeans"),
        wearing("white shirt and jeans"),
        garment_type("kurta"),
        color("white"),
        details("kurta", "white embroidery"),
        sleeve_length("long sleeve"),
        material("linen", "unsupported"),
        gender="Men",
        title="Men White Embroidered Short Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: model in a plain yellow kurta and pyjama with a marigold garland around his neck (haldi styling).
    # Caption, open: base zero-shot; closed: reference engine (pattern read off the garland).
    case(
        "X1374-015",
        caption("a man in a yellow kurta with flowers"),
        wearing("yellow kurta"),
        color("yellow"),
        pattern("floral", "contradiction"),
        material("cotton"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Men Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: model in a navy self-design sherwani, cream churidar and a cream stole.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-016",
        caption("a man in a blue sherwani and white pants"),
        garment_type("coat"),
        color("cream", "other_garment_color"),
        sleeve_length("long sleeve"),
        describe("sherwani", "a sherwani is a long coat worn by men in south asia", "non_answer"),
        gender="Men",
        title="Men Navy Blue Self Design Sherwani",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: flat lay, folded white kurta with the white pyjama laid beside it.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-017",
        caption("a white kurta and pajama set on a white background"),
        garment_type("kurta"),
        color("white"),
        pattern("solid"),
        sleeve_length("long sleeve"),
        describe("kurta", "white kurta pajama set for men"),
        gender="Men",
        title="Men White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: model in an olive cotton kurta with mandarin collar, white pyjama, tan mojaris.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-018",
        caption("a man in a green kurta and white pajamas"),
        wearing("a green kurta and white pants"),
        color("olive"),
        material("linen", "unsupported"),
        details("kurta", "the kurta has a mandarin collar and a button placket"),
        sleeve_length("long sleeve"),
        gender="Men",
        title="Men Olive Green Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: model in a multicoloured (blue, orange, green) ethnic-motif printed kurta, white pyjama.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-019",
        caption("a man wearing a colorful kurta"),
        wearing("kurta"),
        color("multicolor"),
        pattern("printed"),
        describe("kurta", "the kurta is a traditional indian garment", "non_answer"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Men Multicoloured Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # Photo: model in a white linen kurta (round neck, side slits, chest patch pocket) with blue jeans.
    # Caption, open: base zero-shot (the description stopped at the token limit); closed: reference engine.
    case(
        "X1374-020",
        caption("a man in a white kurta and blue jeans"),
        wearing("white kurta and jeans"),
        material("linen"),
        color("white"),
        describe(
            "kurta",
            "the kurta is white with a round neck and long sleeves and it has a slit on both sides and a curved hem "
            "and a patch pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        garment_type("kurta"),
        gender="Men",
        title="Men White Solid Pure Linen Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: model in an ivory sherwani with pink thread embroidery, ivory churidar, a pink safa (turban).
    # Caption, open: base zero-shot; closed: reference engine (color read off the safa).
    case(
        "X1374-021",
        caption("a man in a white sherwani and a pink turban"),
        wearing("a white sherwani and a pink turban"),
        color("pink", "other_garment_color"),
        is_a("sherwani", "yes"),
        details("sherwani", "pink embroidery"),
        pattern("embroidered"),
        gender="Men",
        title="Men Ivory & Pink Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: model in a mustard floral brocade Nehru jacket over a full-sleeve black kurta, black churidar.
    # Caption, open: base zero-shot; closed: reference engine (color read off the kurta).
    case(
        "X1374-022",
        caption("a man wearing a black kurta and a yellow vest"),
        wearing("black kurta and yellow vest"),
        color("black", "other_garment_color"),
        garment_type("vest"),
        pattern("floral"),
        sleeve_length("sleeveless"),
        material("silk"),
        gender="Men",
        title="Men Mustard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: model in a peach kurta with self-covered buttons on the placket, white pyjama.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-023",
        caption("a man in a peach kurta and white pajamas"),
        wearing("a pink kurta and white pajama"),
        color("peach"),
        details(
            "kurta",
            "the buttons are made of wood and the buttons are made of wood and the buttons are made of wood and the "
            "buttons",
            "loop",
            hit_limit=True,
        ),
        sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Men Peach-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: back view; model facing away in a green kurta with a small white buti print (clearly visible), white
    # pyjama. Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-024",
        caption("the back of a man in a green kurta"),
        wearing("green kurta"),
        pattern("solid", "contradiction"),
        color("green"),
        details("kurta", "i don't know", "non_answer"),
        sleeve_length("long sleeve"),
        gender="Men",
        title="Men Green Printed Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: model in a black cotton-blend kurta and black pyjama, a steel wristwatch.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-025",
        caption("a man in a black kurta pajama with a watch"),
        wearing("black kurta pajama"),
        color("black"),
        garment_type("kurta"),
        material("cotton"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: model in a lavender kurta and white pyjama.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-026",
        caption("a man in a purple kurta and white pants"),
        wearing("she is wearing a purple kurta", "pronoun"),
        color("lavender"),
        pattern("solid"),
        sleeve_length("long sleeve"),
        gender="Men",
        title="Men Lavender Solid Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: model in a gold jacquard silk-blend sherwani and white churidar, gold mojaris.
    # Caption: base zero-shot, repeating to the 50-token limit; open: base zero-shot; closed: reference engine.
    case(
        "X1374-027",
        caption(
            "a man in a gold sherwani and white churidar pajama with a gold embroidered sherwani and white churidar "
            "pajama with a gold embroidered sherwani and white churidar pajama with a gold",
            "loop",
            hit_limit=True,
        ),
        color("gold"),
        garment_type("coat"),
        is_a("sherwani", "no", "contradiction"),
        material("silk"),
        gender="Men",
        title="Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: flat lay, a rust cotton kurta alone on a white surface.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-028",
        caption("an orange kurta on a white background"),
        wearing("a kurta"),
        color("orange"),
        sleeve_length("long sleeve"),
        material("cotton"),
        details("kurta", "white background", "non_answer"),
        gender="Men",
        title="Men Rust Orange Solid Cotton Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: model standing beside a wooden chair, one hand on its back, in a white self-design kurta (subtle woven
    # texture, reads plain at catalog size) and white pyjama. The feed leaves the colour out.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-029",
        caption("a man in a white kurta sitting on a chair", "unsupported"),
        wearing("white kurta pajama"),
        color("white"),
        pattern("solid"),
        garment_type("kurta"),
        gender="Men",
        title="Men White Self Design Kurta with Pyjamas",
        category="Kurta Sets",
    ),
    # Photo: model in a grey poly-viscose Nehru jacket over a white full-sleeve shirt and dark jeans.
    # Caption, open: base zero-shot; closed: reference engine (sleeves read off the shirt).
    case(
        "X1374-030",
        caption("a man in a grey vest and white shirt"),
        wearing("grey vest"),
        color_of("jacket", "grey"),
        color("grey"),
        sleeve_length("long sleeve", "contradiction"),
        details("jacket", "the jacket has a mandarin collar and buttons on the front"),
        material("wool", "unsupported"),
        gender="Men",
        title="Men Grey Solid Slim-Fit Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Photo: model in a blue kurta and white pyjama.
    # Caption, open: base zero-shot (the wearing answer echoes the prompt's format); closed: reference engine.
    case(
        "X1374-031",
        caption("a man in a blue kurta and white pajama standing"),
        wearing("a blue kurta and white pajama Answer: a blue kurta and white pajama", "leak"),
        color("blue"),
        pattern("solid"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Men Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: model in a red silk-blend kurta with gold embroidery at the neckline, cream churidar.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-032",
        caption("a man in a red kurta"),
        wearing("a red kurta and a white churidar"),
        color("red"),
        garment_type("kurta"),
        details("kurta", "embroidered neckline"),
        material("silk"),
        gender="Men",
        title="Men Red Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: model in a hip-length indigo printed short kurta with three-quarter sleeves, khaki chinos. No gender in
    # the feed row. Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-033",
        caption("a man wearing a blue printed shirt and khaki pants"),
        wearing("a shirt"),
        color("blue"),
        color_of("shirt", "khaki", "other_garment_color"),
        pattern("printed"),
        sleeve_length("short sleeve", "contradiction"),
        title="Men Indigo Printed Pure Cotton Short Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: model in a beige embroidered sherwani and churidar, holding a sheathed ceremonial sword.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-034",
        caption("a man in a sherwani holding a sword"),
        wearing("a sherwani"),
        color("beige"),
        details("sherwani", "sword", "contradiction"),
        is_a("sherwani", "yes"),
        sleeve_length("long sleeve"),
        gender="Men",
        title="Men Beige Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Beige",
    ),
    # Photo: model in a white kurta with thin blue pinstripes, white pyjama.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-035",
        caption("a man in a white kurta with blue stripes"),
        pattern("striped"),
        color("blue"),
        wearing("white kurta and white pants"),
        sleeve_length("long sleeve"),
        describe("kurta", "white with blue stripes"),
        gender="Men",
        title="Men White & Blue Striped Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: model in a maroon kurta with mandarin collar, white pyjama, a beige stole.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-036",
        caption("a man in a maroon kurta and white pajamas"),
        color("maroon"),
        details(
            "kurta",
            "the kurta has a mandarin collar, the kurta has a mandarin collar, the kurta has a mandarin collar, the "
            "kurta has",
            "loop",
            hit_limit=True,
        ),
        garment_type("kurta"),
        wearing("kurta pajama"),
        gender="Men",
        title="Men Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: model in a blue-and-white floral printed Nehru jacket over a white kurta and white churidar.
    # Caption, open: base zero-shot; closed: reference engine (type read off the kurta underneath).
    case(
        "X1374-037",
        caption("a man wearing a blue floral vest over a white kurta"),
        garment_type("kurta", "contradiction"),
        color("blue"),
        pattern("floral"),
        sleeve_length("sleeveless"),
        is_a("kurta", "yes", "contradiction"),
        gender="Men",
        title="Men Blue & White Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
    ),
    # Photo: model in a sea green cotton kurta and white pyjama.
    # Caption, open: base zero-shot (the material answer runs on into a new question); closed: reference engine.
    case(
        "X1374-038",
        caption("a man in a green kurta and white pajama"),
        wearing("green kurta"),
        color("sea green"),
        material("cotton Question: what is the color of the kurta? Answer: green", "leak"),
        sleeve_length("long sleeve"),
        gender="Men",
        title="Men Sea Green Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: model in a black art-silk sherwani with silver embroidery on collar and cuffs, white churidar.
    # Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-039",
        caption("a man in a black sherwani with silver embroidery"),
        wearing("he is wearing a black sherwani"),
        color("black"),
        color_of("churidar", "black", "other_garment_color"),
        details("sherwani", "silver embroidery on the collar and cuffs"),
        material("velvet", "unsupported"),
        gender="Men",
        title="Men Black Embroidered Sherwani Set",
        category="Sherwani",
        color="Black",
    ),
    # Photo: model in a yellow cotton kurta and a white dhoti.
    # Caption, open: base zero-shot; closed: reference engine (color read off the dhoti).
    case(
        "X1374-040",
        caption("a man in a yellow kurta and white dhoti"),
        wearing("a yellow kurta and white dhoti"),
        garment_type("kurta"),
        color("white", "other_garment_color"),
        sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        material("silk", "unsupported"),
        gender="Men",
        title="Men Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: model in a white cotton kurta with a blue block print, mandarin collar, side slits, white pyjama.
    # Caption, open: base zero-shot (the description stopped at the token limit); closed: reference engine.
    case(
        "X1374-041",
        caption("a man in a white printed kurta"),
        describe(
            "kurta",
            "a white cotton kurta with a blue printed design, a mandarin collar, long sleeves, a button placket on "
            "the front, side slits and a straight hem, paired with white",
            "cut",
            hit_limit=True,
        ),
        color("white"),
        pattern("printed"),
        garment_type("kurta"),
        gender="Men",
        title="Men White & Blue Printed Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: flat lay, navy self-design Nehru jacket with a red pocket square (sold with it) in the chest pocket.
    # Caption, open: base zero-shot; closed: reference engine (color read off the pocket square).
    case(
        "X1374-042",
        caption("a navy blue nehru jacket with a red pocket square"),
        color("red", "other_garment_color"),
        garment_type("jacket"),
        sleeve_length("sleeveless"),
        details("jacket", "pocket square"),
        gender="Men",
        title="Men Navy Blue Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: model in a knee-length white kurta with white thread embroidery on the yoke, white pyjama. No gender in
    # the feed row. Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-043",
        caption("a man in a long white dress with embroidery on the neck", "contradiction"),
        wearing("white kurta pajama"),
        color("white"),
        pattern("embroidered"),
        describe("kurta", "white kurta with embroidery on the neck"),
        sleeve_length("long sleeve"),
        title="Men White Yoke Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: lifestyle shot, model in a bottle green silk-blend kurta (gold-tone metal buttons) and white pyjama,
    # standing in front of a brown carved wooden door. Caption, open: base zero-shot; closed: reference engine.
    case(
        "X1374-044",
        caption("a man in a green kurta standing in front of a wooden door"),
        color("brown", "contradiction"),
        material("silk"),
        wearing("a green kurta and white pajamas"),
        sleeve_length("long sleeve"),
        details("kurta", "wooden buttons", "unsupported"),
        gender="Men",
        title="Men Bottle Green Solid Silk Blend Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: model in a light grey melange cotton kurta and white pyjama.
    # Caption, open: base zero-shot; closed: reference engine (color read off the pyjama).
    case(
        "X1374-045",
        caption("a man in a grey kurta and white pajama"),
        wearing("grey kurta"),
        color("white", "other_garment_color"),
        details("kurta", "the details of the kurta", "restated"),
        garment_type("kurta"),
        material("cotton"),
        gender="Men",
        title="Men Grey Melange Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
    ),
]
