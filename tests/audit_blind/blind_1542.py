"""BLIND_1542 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-sixth session.
Measured blind at 71dbb3c (the session's first rules): 60/67 failures found (89.6%) and 24/225 correct texts flagged
(10.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's ethnic wear (kurtas, kurta pyjama / churidar / dhoti sets, sherwanis, Nehru
jackets). Catalog columns as Myntra has them: title, category (the article type: Kurtas, Kurta Sets, Sherwani, Nehru
Jackets), color (the base colour), gender ("Men"); one product lacks the color, one the category, one the gender.
Photos are the catalog's usual shots: a model on a plain light backdrop wearing the product with the rest of the
outfit (white churidar or pyjama under a kurta, a kurta under a Nehru jacket, stole and safa with a sherwani), two
flat lays, one back view, a few props (sunglasses, a stool, a plant, a folded stole) and one outdoor brick wall.
Who wrote what: base Salesforce/blip2-opt-2.7b, no adapter, zero-shot, greedy. Captions: no prompt, 50 new tokens.
Open answers (wearing, description, details, material): free generation with "Question: ... Answer:", 30 new tokens;
the untuned base usually stops on the newline after a short phrase, so most open answers are short; now and then it
rambles into the token limit, repeats itself, or goes on to write the next "Question: ... Answer:" of the format
itself. Closed answers (garment_type, color, pattern, sleeve_length, "Is this a ...?") are enrich's reference engine
ranking the candidate answers with the same base model; they are always a candidate label, so they fail by picking
the wrong candidate (the kurta's color for a Nehru jacket, the stole's color for a sherwani, "shirt" for a kurta,
the inner kurta's sleeves for a sleeveless jacket), never by looping or being cut.
Labeling conventions and judgement calls: judged against the photo I imagined (described above each case) and the
title. Near shades are not marked: white for cream or off white, blue for navy or teal, yellow for mustard or gold,
orange for rust, pink for peach, purple for lavender, green for olive or sea green. "shirt" for a kurta in a caption
or a "wearing" answer is loose wording and not marked; "shirt" (or "dress") as the closed garment type of a kurta is
a catalog attribute and is marked contradiction. "vest" or "jacket" for a Nehru jacket and "coat" for a sherwani are
fair names and not marked; "kurta" for a Nehru jacket is marked. A product's color given as the color of the garment
worn with it (the inner kurta, the stole, the safa, the jacket of a set) is other_garment_color; a second piece
given the product's color (black pyjama under a black kurta when the pyjama is white) is contradiction. "solid" for a
tone-on-tone self-design or jacquard is what the photo shows and is not marked. Material: a fabric that the title
names, or that the product really is (said in the case comment) and the photo fits, is correct; a fabric invented
against the photo (silk for a matte cotton kurta) is unsupported. Details or scenes not in the photo (embroidery on a
plain collar, a turban that is not there, "at a wedding" on a studio backdrop) are unsupported. "she"/"woman" for the
male model is pronoun. An answer that ran to the token limit is hit_limit=True; it is labeled loop when it repeats,
cut otherwise, even if it had said something true before the cut. An answer that writes the next question of the
prompt format is leak even when its first words are right. "yes", "none", an empty answer, "fabric" for the
material, and naming the garment back for its details or its description ("it is a kurta") are non_answer; "the
garment is a garment" style is restated.
A thin but true answer ("green" for the description, "buttons" for the details) is left correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, is_a

BLIND_1542 = [
    # Photo: model standing, cream self-design (woven, tone-on-tone) kurta with a plain band collar, cream churidar,
    # tan mojaris, light grey backdrop. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-001",
        caption("a man in a white kurta and white pants standing in front of a grey wall"),
        Q.garment_type("kurta"),
        Q.color("cream"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("embroidery on the collar", "unsupported"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: navy straight kurta, navy band collar, white pyjama, one hand in the side pocket, white backdrop.
    # The kurta is cotton (product details). Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-002",
        caption("a man in a blue kurta and white pants"),
        Q.wearing("a blue kurta and white pants"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a blue kurta with a white collar", "unsupported"),
        Q.material("cotton"),
        Q.details(
            "the details of the garment are the buttons and the collar and the buttons and the collar and the buttons "
            "and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Anouk Men Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: maroon Nehru jacket (sleeveless) over a white full-sleeve kurta, white churidar, white backdrop.
    # Caption: base BLIP-2; closed: reference engine.
    case(
        "X1542-003",
        caption("a man in a white kurta and a red vest"),
        Q.wearing("a white kurta and a red vest"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("nehru jacket", "yes"),
        gender="Men",
        title="See Designs Men Maroon Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: gold woven-design (brocade) sherwani with gold buttons, maroon stole over the left shoulder, maroon safa,
    # cream churidar, beige backdrop. Jacquard silk blend. Caption and open answers: base BLIP-2; closed: reference.
    case(
        "X1542-004",
        caption("a man in a gold sherwani with a red scarf and a red turban"),
        Q.wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("red", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.material("silk"),
        Q.details("gold buttons and a red dupatta"),
        gender="Men",
        title="KISAH Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: mustard-yellow cotton kurta with a small white floral print, white pyjama, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-005",
        caption("a man in a yellow shirt and white pants"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.details("floral print"),
        Q.description("a yellow kurta with a floral print and white pajamas"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Jompers Men Yellow Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: back view: model seen from behind in an off-white cotton kurta with side slits, blue jeans, white
    # backdrop. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-006",
        caption("the back of a man in a white shirt and blue jeans"),
        Q.wearing("a white kurta and jeans"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        Q.material("linen", "unsupported"),
        Q.details("there is a slit on the side"),
        gender="Men",
        title="Fabindia Men Off-White Solid Cotton Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: male model with shoulder-length hair, pink kurta with tonal thread embroidery down the placket, tonal
    # buttons, no pocket, white churidar, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-007",
        caption("a woman in a pink kurta and white leggings", "pronoun"),
        Q.wearing("a pink kurta"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        Q.description("she is wearing a pink kurta with white pants", "pronoun"),
        Q.details("the kurta has a pocket on the left side and gold buttons", "unsupported"),
        gender="Men",
        title="House of Pataudi Men Pink Embroidered Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: teal woven-design sherwani, gold buttons, thin gold zari at the collar, beige churidar, teal mojaris,
    # white backdrop. Art silk. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-008",
        caption("a man in a blue sherwani standing in front of a white background"),
        Q.garment_type("sherwani"),
        Q.color("blue"),
        Q.details(
            "gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold "
            "buttons, gold",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Teal Blue Woven Design Sherwani Set",
        category="Sherwani",
        color="Teal",
    ),
    # Photo: flat lay on a grey floor: white cotton kurta folded, white pyjama beside it, no person.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-009",
        caption("a white shirt and pants laid out on a grey floor"),
        Q.wearing("a white kurta"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.material("cotton"),
        Q.details("it is a kurta", "non_answer"),
        gender="Men",
        title="Vastramay Men White Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: beige solid kurta and beige churidar with a maroon printed Nehru jacket (part of the set) on top, white
    # backdrop. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-010",
        caption("a man wearing a maroon vest and beige pants"),
        Q.wearing("a kurta and a vest"),
        Q.garment_type("kurta"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("printed", "contradiction"),
        Q.description(
            "the kurta is made of cotton and has a mandarin collar. the nehru jacket is made of silk and has a floral "
            "print on it. the pants",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Sojanya Men Beige Solid Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: black solid kurta, white churidar, model holding sunglasses in his right hand, white backdrop. Cotton.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-011",
        caption("a man in a black kurta and white pants holding sunglasses"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Anouk Men Black Solid Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: bottle-green self-design kurta with a short button placket, cream pyjama, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-012",
        caption("a man in a green kurta and white pants"),
        Q.wearing("a green kurta question: what is the color of the pants? answer: white", "leak"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.details("buttons"),
        gender="Men",
        title="Manyavar Men Green Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: navy printed Nehru jacket (small white motifs) over a white kurta, beige trousers, white backdrop. The
    # jacket is cotton (product details). Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-013",
        caption("a man in a blue vest and white shirt"),
        Q.garment_type("vest"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.description("a blue vest with a white shirt and beige pants"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Ethnix by Raymond Men Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: maroon solid matte cotton kurta, white churidar, model standing beside a potted plant, white
    # backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-014",
        caption("a man in a red kurta standing next to a plant"),
        Q.wearing("kurta"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.description("it is a garment", "restated"),
        Q.details("none", "non_answer"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Jompers Men Maroon Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: cream sherwani with cream embroidery at the collar and cuffs, red dupatta over one shoulder, red safa,
    # cream churidar, beige backdrop. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-015",
        caption("a man in a red turban and a white sherwani"),
        Q.wearing("a red sherwani", "other_garment_color"),
        Q.garment_type("sherwani"),
        Q.color("cream"),
        Q.pattern("embroidered"),
        is_a("sherwani", "yes"),
        Q.description(
            "a white sherwani with a red dupatta and a red turban and a red dupatta and a red turban and a red "
            "dupatta and a red",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sanwara Men Cream-Coloured Embroidered Sherwani",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: blue-and-white pinstriped cotton kurta, white pyjama, pale blue backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-016",
        caption("a man in a blue and white striped shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Tabard Men Blue Striped Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: olive cotton short kurta (hip length) with half sleeves, mandarin collar, three buttons, blue jeans,
    # white backdrop. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-017",
        caption("a man in a green shirt and blue jeans"),
        Q.wearing("a green shirt and jeans"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.details("the shirt has a collar and buttons"),
        Q.material("denim", "unsupported"),
        gender="Men",
        title="Kryptic Men Olive Green Solid Short Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: black solid kurta, white pyjama, black juttis, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-018",
        caption("a man in a black kurta and black pants", "contradiction"),
        Q.wearing("a black kurta and white pants"),
        Q.description("a black kurta with black pants", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Manyavar Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: mustard kurta with white thread embroidery on the yoke only (sleeves plain), white pyjama. Cotton.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-019",
        caption("a man in a yellow kurta with white embroidery"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("embroidered"),
        Q.details(
            "embroidery on the neck, embroidery on the sleeves, embroidery on the neck, embroidery on the sleeves, "
            "embroidery on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Vastramay Men Mustard Yellow Embroidered Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: grey solid Nehru jacket over a black kurta, black churidar, model seated on a wooden stool, white
    # backdrop. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-020",
        caption("a man sitting on a stool wearing a grey vest"),
        Q.wearing("a black shirt and a grey vest"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a grey vest with a black kurta"),
        gender="Men",
        title="Hangup Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Photo: white kurta with white chikankari embroidery all over the front, white pyjama, white backdrop. Cotton.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-021",
        caption("a man in a white kurta with white embroidery"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.description(
            "a white kurta with embroidery question: what is the material of the kurta? answer: cotton", "leak"
        ),
        Q.material("cotton"),
        gender="Men",
        title="See Designs Men White Chikankari Embroidered Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: rust solid kurta with mandarin collar and a button placket, off-white churidar, white backdrop. Matte
    # cotton blend. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-022",
        caption("a man in an orange kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("it is a kurta", "non_answer"),
        Q.details("it has a mandarin collar and a button placket"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Sojanya Men Rust Orange Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: indigo kurta with a white block print all over, white pyjama, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-023",
        caption("a man in a blue and white printed shirt"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.description(
            "a blue kurta with a white print all over it. it has a mandarin collar and long sleeves. it is made of "
            "cotton and has a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Indigo Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: male model with long hair tied back, lavender self-design kurta, white pyjama, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-024",
        caption("a man in a purple kurta and white pants"),
        Q.wearing("she is wearing a purple kurta", "pronoun"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.pattern("solid"),
        gender="Men",
        title="Manyavar Men Lavender Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: beige linen kurta (knee length, band collar), beige trousers, brown sandals, white backdrop.
    # Caption: base BLIP-2; closed: reference engine; material: base BLIP-2.
    case(
        "X1542-025",
        caption("a man in a beige shirt and beige pants"),
        is_a("kurta", "no", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("beige"),
        Q.material("linen"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Svanik Men Beige Solid Linen Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Photo: sea-green solid kurta, white pyjama, white backdrop. The feed row has no color.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-026",
        caption("a man in a green kurta and white pants"),
        Q.wearing("a green kurta and white pants"),
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.description("green"),
        gender="Men",
        title="Even Apparels Men Sea Green Solid Kurta",
        category="Kurtas",
    ),
    # Photo: maroon woven-design sherwani with gold buttons, gold stole draped over both shoulders, cream churidar,
    # no headwear, beige backdrop. Silk blend. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-027",
        caption("a man in a maroon sherwani and a gold scarf"),
        Q.wearing("a sherwani and a scarf"),
        Q.garment_type("sherwani"),
        Q.color("gold", "other_garment_color"),
        Q.details("gold buttons and a matching turban", "unsupported"),
        Q.description(
            "a maroon sherwani with gold buttons and a gold stole. the sherwani is made of silk and has a gold border "
            "on the collar and the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: off-white kurta with a green leaf print, off-white pyjama, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-028",
        caption("a man in a white kurta with green leaves on it"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        Q.details("green leaf print"),
        gender="Men",
        title="Anouk Men Off-White & Green Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: navy kurta with white embroidery on the collar and placket, plain white churidar (no border), bare feet,
    # white backdrop. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-029",
        caption("a man in a blue kurta and white pants"),
        Q.wearing(
            "a blue kurta with white embroidery on the collar and the front and white pants with a white border at "
            "the bottom and a pair of brown",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short sleeves", "contradiction"),
        gender="Men",
        title="Jompers Men Navy Blue Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: black solid Nehru jacket over a white full-sleeve shirt, blue jeans (Indo-western styling), white
    # backdrop. Caption: base BLIP-2; closed: reference engine.
    case(
        "X1542-030",
        caption("a man in a black vest and white shirt"),
        Q.garment_type("vest"),
        Q.color("black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("nehru jacket", "yes"),
        gender="Men",
        title="Blackberrys Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: yellow solid kurta, white dhoti pants, kolhapuri sandals, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-031",
        caption("a man in a yellow kurta and white dhoti"),
        Q.wearing("a yellow kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.details("it is a kurta and dhoti", "non_answer"),
        gender="Men",
        title="Sanwara Men Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: blue self-design kurta (faint woven stripes), no pocket, white churidar, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-032",
        caption("a man in a blue kurta"),
        Q.wearing("a blue kurta and white pants"),
        Q.description("yes", "non_answer"),
        Q.details("the kurta has a pocket on the chest", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Manyavar Men Blue Self Design Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: peach Indo-western sherwani with an asymmetric front and concealed buttons along the slant, peach
    # churidar, white backdrop. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-033",
        caption("a man in a pink long coat"),
        Q.garment_type("coat"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("it has a slanted front with buttons"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Manyavar Men Peach-Coloured Solid Indo Western Sherwani",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: outdoor shot: charcoal kurta with a chest pocket, black jeans, model leaning against a red brick wall.
    # Cotton. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-034",
        caption("a man in a grey kurta leaning against a brick wall"),
        Q.wearing("a grey kurta and black jeans"),
        Q.color("grey"),
        Q.garment_type("kurta"),
        Q.details("the kurta has a pocket on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="The Indian Garage Co Men Charcoal Grey Solid Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: pista-green solid kurta, white pyjama, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-035",
        caption("a man in a light green kurta and white pants"),
        Q.wearing(
            "a green kurta and a green kurta and a green kurta and a green kurta and a green kurta and a green kurta "
            "and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Vastramay Men Pista Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: red solid cotton kurta, white churidar, no jewellery, plain white studio backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-036",
        caption("a man in a red kurta and white pants at a wedding", "unsupported"),
        Q.wearing("a red kurta"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Anouk Men Red Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: cream jacquard Nehru jacket with four buttons and a welt pocket, worn over an olive kurta, white churidar,
    # white backdrop. The feed row has no category. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-037",
        caption("a man in a green kurta and a white vest"),
        Q.garment_type("vest"),
        Q.color("green", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.details("it has buttons on the front and a pocket"),
        gender="Men",
        title="Ethnix by Raymond Men Cream Jacquard Nehru Jacket",
        color="Cream",
    ),
    # Photo: clearly light-blue solid kurta, white pyjama, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-038",
        caption("a man in a white kurta and white pants", "other_garment_color"),
        Q.wearing("a blue kurta and white pajamas"),
        Q.description("a white kurta", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("solid"),
        gender="Men",
        title="Hangup Men Blue Solid Kurta with White Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: gold-toned silk kurta with a plain collar, cream churidar, model holding a folded cream stole, beige
    # backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-039",
        caption("a man in a gold kurta holding a scarf"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves"),
        Q.description("a gold kurta with a matching stole"),
        Q.details("it has a gold border on the collar", "unsupported"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Gold-Toned Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Gold",
    ),
    # Photo: flat lay on white: mustard brocade Nehru jacket with gold floral motifs, no person.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-040",
        caption("a yellow and gold vest on a white background"),
        Q.wearing("a yellow vest"),
        Q.garment_type("vest"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.details(
            "gold flowers, gold leaves, gold flowers, gold leaves, gold flowers, gold leaves, gold flowers, gold "
            "leaves, gold",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Hangup Men Mustard Brocade Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: brown solid cotton kurta with a mandarin collar, white pyjama, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-041",
        caption("a man in a brown kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("brown"),
        Q.material("cotton"),
        Q.details(
            "it has a mandarin collar question: what is the material of the kurta? answer: cotton question:", "leak"
        ),
        gender="Men",
        title="Fabindia Men Brown Solid Cotton Kurta",
        category="Kurtas",
        color="Brown",
    ),
    # Photo: black kurta with silver thread embroidery on the yoke, black pyjama, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-042",
        caption("a man in a black kurta with silver embroidery"),
        Q.wearing("a black kurta and black pants"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Sanwara Men Black Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: off-white solid cotton kurta, off-white churidar, red mojaris, white backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-043",
        caption("a man in a white kurta and red shoes"),
        Q.description("the garment is a garment", "restated"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Manyavar Men Off-White Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: three-quarter view: navy art-silk sherwani with silver embroidery on the collar and down the front,
    # white churidar, white safa, white backdrop. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-044",
        caption("a man in a blue sherwani and a white turban"),
        Q.garment_type("sherwani"),
        Q.color("white", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.details("silver embroidery on the collar and the front"),
        Q.material("velvet", "unsupported"),
        gender="Men",
        title="Sanwara Men Navy Blue Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: lime-green cotton kurta with a tiny white polka-dot print, blue jeans, white backdrop. The feed row has no
    # gender. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1542-045",
        caption("a man in a green shirt and blue jeans"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long sleeves"),
        Q.wearing("a green shirt and jeans"),
        Q.description("a green kurta with white dots"),
        Q.material("polyester", "unsupported"),
        title="Jompers Men Lime Green Printed Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
]
