"""BLIND_1398 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-fourth session.
Measured blind at 7897fa2 (the session's third rules): 60/74 failures found (81.1%) and 26/234 correct texts flagged
(11.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's ethnic wear (article types Kurtas, Kurta Sets, Sherwani, Nehru Jackets), the usual
catalog shots: a model on a plain grey, white or beige backdrop wearing the product with other clothes (white
pyjamas or churidars under a coloured kurta, a white kurta under a Nehru jacket, jeans under a short kurta, a safa
or a stole with a sherwani), now and then a flat lay, a back view, a seated pose or a prop (a marigold garland, a
pillar, a chair). Feed columns: title, category (the article type), color (the base colour), gender; one or the
other is missing on a few rows, as in a real export.
Who wrote what: Salesforce/blip2-opt-2.7b with no adapter, greedy, wrote the caption (no prompt, 50 new tokens) and
the open answers (wearing, description, details, material; `Question: ... Answer:`, 30 new tokens, stopped at the
newline when it came). enrich's reference engine wrote the closed answers (garment type, color, pattern, sleeve
length, the pyjama's color, "Is this a ...?") by ranking a closed candidate list with the same base model; the color
list has the marketplace's base colours (navy blue, off white, mustard, teal, charcoal...), the pattern list solid /
printed / striped / checked / floral / embroidered / woven design / self design, the type list includes kurta,
sherwani, jacket, vest, shirt, dress, coat. Closed answers therefore never loop, leak or get cut; when they are wrong
they are wrong values.
Labeling conventions and judgement calls: judged by the imagined photo and the title. Near hues are right: white for
cream or off white, red for maroon, pink for peach or magenta, orange for rust, green for teal or sea green, black
for charcoal; black for a clearly navy sherwani is wrong (contradiction). A free text that calls a short or straight
kurta a "shirt", or a Nehru jacket a "vest", is right; the closed garment type, which had "kurta" among its
candidates, is wrong when it says shirt or dress for a kurta (contradiction). "vest" and "jacket" are both right as
the closed type of a Nehru jacket; "sleeveless" is its right sleeve length, and "long sleeves" (the kurta's under
it) is a contradiction. The color of the pyjama, the jeans, the kurta under a jacket or the safa given as the
product's color is other_garment_color; a caption that gives the white pyjama the kurta's colour is
other_garment_color too. For a striped two-colour kurta either colour is right. A claimed detail or fabric that the
photo does not show and the title does not say is unsupported; a fabric the title contradicts is contradiction.
"nothing" to "What is the person wearing?" on a flat lay with no person is right; "none", an empty answer, "the
kurta" or the garment named again for details is non_answer; an answer that only turns the question's words back
("the garment is made of a material") is restated. A loop that also runs to the limit is labeled loop; an answer
that is a sensible sentence cut at 30 tokens is cut. A `Question: ... Answer:` continuation is leak even when the
leaked answer is right. One label per text, the most visible fault.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_1398 = [
    # 001 Truth: model on a light grey backdrop, navy blue self-design straight kurta (mandarin collar, full sleeves,
    # matte cotton blend) over white churidar, brown mojaris. Caption and open answers: base BLIP-2; closed: reference
    # engine.
    case(
        "X1398-001",
        caption("a man in a blue kurta and white pants standing in front of a grey wall"),
        Q.wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("it has a mandarin collar and buttons on the front"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Anouk Men Navy Blue Self Design Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # 002 Truth: flat lay, no person: a white cotton kurta folded open on a light wooden table, five white buttons on
    # the placket. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-002",
        caption("a white kurta on a wooden table"),
        Q.wearing("nothing"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.material("cotton"),
        Q.details("buttons"),
        gender="Men",
        title="Fabindia Men White Pure Cotton Solid Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # 003 Truth: model on a beige backdrop, cream art-silk kurta with a tonal self-design (woven texture, no embroidery)
    # and a cream churidar. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-003",
        caption("a man in a white kurta and white pants"),
        Q.wearing("a white kurta and churidar"),
        Q.garment_type("kurta"),
        Q.color("cream"),
        Q.pattern("embroidered", "contradiction"),
        Q.description("it is a long white kurta with a high collar and buttons down the front"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Self Design Art Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # 004 Truth: maroon solid kurta with gold-tone buttons, white pyjama, grey backdrop. Caption and open answers: base
    # BLIP-2; closed: reference engine.
    case(
        "X1398-004",
        caption("a man in a maroon kurta and white pajamas"),
        Q.wearing("a kurta pajama"),
        Q.color("white", "other_garment_color"),
        color_of("pyjama", "white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("the buttons are gold"),
        Q.description("it is a red kurta with a white collar", "unsupported"),
        gender="Men",
        title="SOJANYA Men Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # 005 Truth: mustard jacquard Nehru jacket over a white full-sleeve kurta and white churidar; the jacket is a poly-
    # viscose jacquard. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-005",
        caption("a man in a yellow vest and white kurta"),
        Q.wearing("a yellow jacket and a white kurta"),
        Q.garment_type("vest"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("silk", "unsupported"),
        Q.description("it is a yellow jacket with a mandarin collar and buttons"),
        gender="Men",
        title="House of Pataudi Men Mustard Yellow Jacquard Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # 006 Truth: black art-silk sherwani with gold zardozi embroidery on the collar and down the placket, black
    # churidar, a gold stole over one shoulder. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-006",
        caption("a man in a black sherwani with gold embroidery"),
        Q.wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.details("gold embroidery on the collar and the front"),
        Q.material("velvet", "unsupported"),
        gender="Men",
        title="KISAH Men Black Embroidered Sherwani Set",
        category="Sherwani",
        color="Black",
    ),
    # 007 Truth: slim young male model with shoulder-length hair, pastel pink straight kurta and white pyjama, white
    # backdrop. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-007",
        caption("a woman in a pink kurta and white pants", "pronoun"),
        Q.wearing("a pink kurta and white pajamas"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("it is a long pink tunic with a mandarin collar"),
        gender="Men",
        title="Jompers Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # 008 Truth: blue kurta with a white leaf print all over, round neck with a short button placket (no collar), worn
    # with white pyjama, grey backdrop. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-008",
        caption("a man in a blue and white printed kurta"),
        Q.wearing("a kurta"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.details("the kurta has a floral print and a mandarin collar", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Anouk Men Blue & White Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # 009 Truth: olive green solid kurta, one in-seam side pocket, no chest pocket, beige trousers, tan loafers. Caption
    # and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-009",
        caption("a man in a green kurta and beige pants"),
        Q.wearing("a green kurta"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "the kurta is a long green shirt with a mandarin collar and a button placket. it has long sleeves and a "
            "side pocket. it is made of",
            "cut",
            hit_limit=True,
        ),
        Q.details("there are two pockets on the front of the kurta", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Ethnix by Raymond Men Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # 010 Truth: beige woven-design (poly-viscose jacquard) Nehru jacket over a black kurta and black churidar. Caption
    # and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-010",
        caption("a man wearing a black kurta and a beige vest"),
        Q.wearing("a black shirt and a vest"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("woven design"),
        Q.sleeve_length("sleeveless"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="VASTRAMAY Men Beige Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # 011 Truth: teal kurta with gold thread embroidery around the neckline and placket, plain gold metal buttons, white
    # churidar. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-011",
        caption("a man in a green kurta with gold embroidery"),
        Q.wearing("a green kurta"),
        Q.color("teal"),
        Q.pattern("embroidered"),
        Q.description("it is a long green kurta with gold embroidery on the neck"),
        Q.details("the embroidery is done with gold thread and the buttons are made of pearl", "unsupported"),
        is_a("sherwani", "yes", "contradiction"),
        gender="Men",
        title="Sanwara Men Teal Embroidered Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # 012 Truth: three-piece set: white kurta, white churidar, navy blue Nehru jacket with covered buttons, grey
    # backdrop. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-012",
        caption("a man in a blue vest and blue kurta", "other_garment_color"),
        Q.wearing("a white kurta and a blue jacket"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.details(
            "the jacket has buttons and the kurta has buttons and the jacket has buttons and the kurta has buttons "
            "and the jacket has",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="SOJANYA Men White & Navy Blue Solid Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # 013 Truth: back view only: a black cotton kurta seen from behind, side slits visible, white pyjama. Caption and
    # open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-013",
        caption("the back of a man in a black kurta"),
        Q.wearing("a black kurta"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("it is a long black shirt with a slit on the side"),
        Q.details("black", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Anouk Men Black Pure Cotton Solid Kurta",
        category="Kurtas",
        color="Black",
    ),
    # 014 Truth: maroon velvet Nehru jacket with gold buttons over a white kurta pyjama, dark backdrop. Caption and open
    # answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-014",
        caption("a man in a red vest and white pants"),
        Q.wearing("a maroon vest Question: What is the color of the vest? Answer: maroon", "leak"),
        Q.garment_type("vest"),
        Q.color("maroon"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        Q.description("it is a red velvet vest with gold buttons"),
        gender="Men",
        title="Manyavar Men Maroon Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # 015 Truth: mustard silk-blend kurta, white pyjama, the model holds a marigold garland in both hands (prop).
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-015",
        caption("a man in a yellow kurta and white pants holding a flower garland"),
        Q.wearing("a yellow kurta"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.material("silk"),
        Q.details("the kurta has a flower garland", "unsupported"),
        gender="Men",
        title="VASTRAMAY Men Mustard Yellow Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # 016 Truth: rust short kurta (hip length, mandarin collar, full sleeves, no pocket) worn with blue jeans and white
    # sneakers. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-016",
        caption("a man in an orange shirt and blue jeans"),
        Q.wearing("a shirt and jeans"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        Q.details("the shirt has a pocket on the chest", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        gender="Men",
        title="The Indian Garage Co Men Rust Solid Short Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # 017 Truth: groom look: cream sherwani with gold embroidery on the collar and cuffs, red safa (turban), pearl mala,
    # cream churidar. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-017",
        caption("a man in a white sherwani and a red turban"),
        Q.wearing("a sherwani and a turban"),
        Q.garment_type("sherwani"),
        Q.color("red", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.details("the sherwani has gold embroidery on the collar and cuffs"),
        Q.description(
            "it is a long white coat with gold embroidery and a red turban and a red turban and a red turban and a "
            "red turban and a red",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # 018 Truth: grey solid kurta, white pyjama, white backdrop. Caption and open answers: base BLIP-2; closed:
    # reference engine. (No gender column on this row.)
    case(
        "X1398-018",
        caption("a man in a grey kurta and grey pajamas", "other_garment_color"),
        Q.wearing("kurta"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("none", "non_answer"),
        Q.material("cotton"),
        title="Jompers Men Grey Solid Cotton Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # 019 Truth: lavender calf-length kurta with mandarin collar and button placket, white pyjama. Caption and open
    # answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-019",
        caption("a man in a purple kurta and purple pants", "other_garment_color"),
        Q.wearing("a purple dress", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("lavender"),
        Q.description("it is a long purple kurta with a mandarin collar and a button placket"),
        Q.material("the garment is made of a material", "restated"),
        gender="Men",
        title="See Designs Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
    ),
    # 020 Truth: peach cotton kurta with white chikankari embroidery on the front and sleeves, white pyjama. Caption and
    # open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-020",
        caption("a man in a pink kurta with white embroidery"),
        Q.wearing("a pink kurta"),
        Q.color("peach"),
        Q.pattern("embroidered"),
        Q.details("the details of the garment", "restated"),
        Q.description("it is a pink kurta with white embroidery on the front and the sleeves"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Men",
        title="SOJANYA Men Peach-Coloured Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # 021 Truth: black solid Nehru jacket over a white kurta and white churidar, grey backdrop. Caption and open
    # answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-021",
        caption("a man in a black vest and a white shirt"),
        Q.wearing("a black vest and white shirt"),
        Q.garment_type("vest"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a black vest with a white shirt underneath"),
        gender="Men",
        title="Hangup Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # 022 Truth: straight kurta with blue and white vertical stripes, white pyjama; cotton. Caption and open answers:
    # base BLIP-2; closed: reference engine.
    case(
        "X1398-022",
        caption("a man in a blue and white striped shirt"),
        Q.wearing("a striped shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.description("it's a long sleeved shirt with blue and white stripes"),
        Q.material("cotton Question: What is the pattern of the garment? Answer: striped", "leak"),
        gender="Men",
        title="Anouk Men Blue & White Striped Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # 023 Truth: flat lay on white: a green kurta and a white pyjama laid side by side, no person. Caption and open
    # answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-023",
        caption("a green shirt and white pants on a white background"),
        Q.wearing("a green shirt and white pants"),
        Q.garment_type("kurta"),
        Q.color("green"),
        color_of("pyjama", "white"),
        Q.details("a green shirt and white pants", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Green Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # 024 Truth: red kurta with mirror work and thread embroidery around the neckline only (plain sleeves), no
    # jewellery, white churidar. Caption and open answers: base BLIP-2; closed: reference engine. (No gender column on
    # this row.)
    case(
        "X1398-024",
        caption("a man in a red kurta with a gold necklace", "unsupported"),
        Q.wearing("a red kurta"),
        Q.color("red"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.details("embroidery on the neck"),
        Q.description("it is a red kurta with gold embroidery on the neck and sleeves", "unsupported"),
        title="Sanwara Men Red Mirror Work Embroidered Kurta",
        category="Kurtas",
        color="Red",
    ),
    # 025 Truth: navy blue sherwani with tonal embroidery and gold buttons, a maroon stole, cream churidar, warm studio
    # light. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-025",
        caption("a man in a black sherwani with a red scarf", "contradiction"),
        Q.wearing("a sherwani"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("embroidered"),
        Q.description("it is a long dark blue coat with a high collar and gold buttons"),
        gender="Men",
        title="Manyavar Men Navy Blue Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # 026 Truth: white kurta and white pyjama on a white backdrop, white buttons, mandarin collar. Caption and open
    # answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-026",
        caption("a man in a white kurta and white pajamas standing in front of a white wall"),
        Q.wearing("a white kurta pajama"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.description(
            "a white kurta with a white collar and white buttons and white buttons and white buttons and white buttons "
            "and white buttons and",
            "loop",
            hit_limit=True,
        ),
        Q.details("it has a mandarin collar"),
        gender="Men",
        title="See Designs Men White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # 027 Truth: mustard Nehru jacket with a white ikat print and a mustard band collar, over a white full-sleeve kurta
    # whose collar shows above it. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-027",
        caption("a man wearing a yellow and white vest"),
        Q.wearing("a yellow vest"),
        Q.color("mustard"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton"),
        Q.details("the vest has a white collar", "unsupported"),
        gender="Men",
        title="SOJANYA Men Mustard Yellow Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # 028 Truth: charcoal grey solid kurta, white pyjama, black buttons. Caption and open answers: base BLIP-2; closed:
    # reference engine.
    case(
        "X1398-028",
        caption("a man in a black kurta and white pants"),
        Q.wearing("a black kurta Question: What is the color of the kurta? Answer: black", "leak"),
        Q.color("charcoal"),
        Q.sleeve_length("long sleeves"),
        Q.details("buttons"),
        Q.description("it is a black kurta with a mandarin collar"),
        gender="Men",
        title="VASTRAMAY Men Charcoal Grey Solid Kurta",
        category="Kurtas",
        color="Charcoal",
    ),
    # 029 Truth: sea green cotton-silk kurta, plain front with no pocket, white churidar. Caption and open answers: base
    # BLIP-2; closed: reference engine.
    case(
        "X1398-029",
        caption("a man in a green kurta standing in front of a white wall"),
        Q.wearing("a green kurta"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.material("linen", "contradiction"),
        Q.details("it has a pocket on the left chest", "unsupported"),
        gender="Men",
        title="Fabindia Men Sea Green Cotton Silk Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # 030 Truth: beige solid kurta (the product) styled under a brown Nehru jacket, beige pyjama. Caption and open
    # answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-030",
        caption("a man in a brown vest and beige kurta"),
        Q.wearing("a brown jacket"),
        Q.garment_type("kurta"),
        Q.color("brown", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.description("a brown vest over a beige kurta"),
        gender="Men",
        title="Ethnix by Raymond Men Beige Solid Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # 031 Truth: purple silk-blend kurta, white pyjama, male model, grey backdrop. Caption and open answers: base
    # BLIP-2; closed: reference engine.
    case(
        "X1398-031",
        caption("a man in a purple kurta and white pants"),
        Q.wearing("she is wearing a purple kurta and white pants", "pronoun"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("silk"),
        Q.details("it is a kurta", "non_answer"),
        gender="Men",
        title="Jompers Men Purple Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Purple",
    ),
    # 032 Truth: ghost-mannequin shot of a navy blue textured solid Nehru jacket on white: five buttons, two welt
    # pockets and a chest pocket. Caption and open answers: base BLIP-2; closed: reference engine. (No category.)
    case(
        "X1398-032",
        caption("a navy blue vest on a white background"),
        Q.wearing("a vest"),
        Q.garment_type("vest"),
        Q.color("navy blue"),
        Q.pattern("checked", "contradiction"),
        Q.details("there are four buttons on the front and two pockets", "unsupported"),
        gender="Men",
        title="Hangup Men Navy Blue Solid Nehru Jacket",
        color="Navy Blue",
    ),
    # 033 Truth: cream kurta with white dhoti pants, model barefoot on a beige backdrop. Caption and open answers: base
    # BLIP-2; closed: reference engine.
    case(
        "X1398-033",
        caption("a man in a white kurta and white dhoti"),
        Q.wearing("a kurta and dhoti"),
        Q.garment_type("kurta"),
        Q.color("cream"),
        Q.pattern("solid"),
        Q.description(
            "the kurta is a long shirt that is worn by men in india and pakistan. it is usually worn with a dhoti or "
            "a pair of loose trousers called",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Sanwara Men Cream-Coloured Cotton Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Cream",
    ),
    # 034 Truth: green woven-design silk-blend sherwani with gold buttons, white churidar, the model holds a stole.
    # Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-034",
        caption("a man in a green sherwani and white pants"),
        Q.wearing("sherwani"),
        Q.color("green"),
        Q.pattern("woven design"),
        Q.details("gold buttons"),
        Q.material(
            "it is made of silk and it is made of silk and it is made of silk and it is made of silk and it is made of",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men Green Woven Design Silk Blend Sherwani Set",
        category="Sherwani",
        color="Green",
    ),
    # 035 Truth: blue solid kurta with short (elbow) sleeves, white pyjama; hip-to-knee length. Caption and open
    # answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-035",
        caption("a man in a blue shirt and white pants"),
        Q.wearing("a blue shirt"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("it is a blue kurta with short sleeves and a mandarin collar"),
        Q.details("short sleeves Question: What is the color of the garment? Answer: blue", "leak"),
        gender="Men",
        title="Jompers Men Blue Solid Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # 036 Truth: model seated on a wooden chair, off-white kurta with an embroidered yoke, off-white pyjama. Caption and
    # open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-036",
        caption("a man sitting on a chair wearing a white kurta"),
        Q.wearing("a white kurta and white pants"),
        Q.color("off white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.details("the embroidery on the neck"),
        gender="Men",
        title="SOJANYA Men Off-White Yoke Design Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
    ),
    # 037 Truth: black kurta with a white floral print, white pyjama. Caption and open answers: base BLIP-2; closed:
    # reference engine.
    case(
        "X1398-037",
        caption("a man in a black and white floral kurta"),
        Q.wearing("a floral shirt"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.details("", "non_answer"),
        Q.description("a black kurta with white flowers"),
        Q.material("the garment is made of fabric", "restated"),
        gender="Men",
        title="Anouk Men Black & White Floral Printed Kurta",
        category="Kurtas",
        color="Black",
    ),
    # 038 Truth: gold-toned woven-design art-silk Nehru jacket over a cream kurta and cream churidar. Caption and open
    # answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-038",
        caption("a man in a gold vest and white kurta"),
        Q.wearing("a gold vest and white kurta"),
        Q.garment_type("jacket"),
        Q.color("gold"),
        Q.pattern("woven design"),
        Q.sleeve_length("sleeveless"),
        Q.description("it is a gold brocade jacket with a mandarin collar"),
        Q.material("the garment is made of the material of the garment", "restated"),
        gender="Men",
        title="VASTRAMAY Men Gold-Toned Woven Design Art Silk Nehru Jacket",
        category="Nehru Jackets",
        color="Gold",
    ),
    # 039 Truth: navy blue solid kurta, white pyjama, both hands in the side pockets. Caption and open answers: base
    # BLIP-2; closed: reference engine.
    case(
        "X1398-039",
        caption("a man in a blue kurta and white pants with his hands in his pockets"),
        Q.wearing("a kurta"),
        Q.color("white", "other_garment_color"),
        color_of("pyjama", "white"),
        Q.pattern("solid"),
        Q.description("it's a garment", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Jompers Men Navy Blue Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 040 Truth: magenta art-silk kurta, plain hem and cuffs (no border), white churidar. Caption and open answers: base
    # BLIP-2; closed: reference engine.
    case(
        "X1398-040",
        caption("a man in a pink kurta and white pants"),
        Q.wearing("a pink kurta"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.material("silk"),
        Q.details("the kurta has a zari border at the bottom and the sleeves", "unsupported"),
        Q.description("it is a pink silk kurta with a gold collar", "unsupported"),
        gender="Men",
        title="Sanwara Men Magenta Solid Art Silk Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # 041 Truth: maroon embroidered sherwani, maroon safa and maroon stole, cream churidar, dark backdrop. Caption and
    # open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-041",
        caption(
            "a man in a maroon sherwani with a maroon turban and a maroon stole and a maroon turban and a maroon "
            "stole and a maroon turban and a maroon stole and a maroon turban and a maroon stole and a maroon turban "
            "and a",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.details("there are no details", "non_answer"),
        gender="Men",
        title="KISAH Men Maroon Embroidered Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # 042 Truth: grey Nehru jacket with black buttons over a black kurta and black churidar. Caption and open answers:
    # base BLIP-2; closed: reference engine.
    case(
        "X1398-042",
        caption("a man in a grey vest and black kurta"),
        Q.wearing("a grey jacket and grey pants", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        Q.details("buttons Question: What is the color of the buttons? Answer: black", "leak"),
        gender="Men",
        title="Hangup Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # 043 Truth: long-haired male model in a white anarkali-cut kurta (flared, calf length) with embroidered sleeves,
    # white churidar. Caption and open answers: base BLIP-2; closed: reference engine.
    case(
        "X1398-043",
        caption("a woman in a long white dress with embroidery", "pronoun"),
        Q.wearing("a white kurta"),
        Q.garment_type("dress", "contradiction"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "yes"),
        gender="Men",
        title="SOJANYA Men White Embroidered Anarkali Kurta",
        category="Kurtas",
        color="White",
    ),
    # 044 Truth: all-black cotton kurta and black pyjama, grey backdrop. Caption and open answers: base BLIP-2; closed:
    # reference engine.
    case(
        "X1398-044",
        caption("a man in a black kurta and black pants"),
        Q.wearing("a black kurta and pajama"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.details("the kurta", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.material("the material of the garment is cotton"),
        gender="Men",
        title="See Designs Men Black Pure Cotton Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # 045 Truth: rust silk-blend kurta with full-length sleeves, band collar and brown wooden buttons, cream churidar,
    # the model leans on a white pillar (prop). Caption and open answers: base BLIP-2; closed: reference engine. (No
    # gender column on this row.)
    case(
        "X1398-045",
        caption("a man in an orange kurta leaning against a pillar"),
        Q.wearing("a kurta"),
        Q.color("orange"),
        Q.material("silk"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        Q.description(
            "the kurta is a traditional indian garment that is worn by men and women. it is a long shirt that is worn "
            "over a pair of loose trousers",
            "cut",
            hit_limit=True,
        ),
        Q.details("the kurta has a nehru collar and gold buttons", "unsupported"),
        title="Fabindia Men Rust Silk Blend Kurta",
        category="Kurtas",
        color="Rust",
    ),
]
