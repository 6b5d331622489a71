"""BLIND_1230 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-second session.
Measured blind at 4e431dc (the session's second rules): 39/51 failures found (76.5%) and 28/269 correct texts flagged
(10.4%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed (Kurtas, Kurta Sets, Sherwani, Nehru Jackets). Catalog columns are the
feed's own: title, category (Myntra's article type), color (its base colour), gender ("Men"); a few rows lack the
gender or the color, as the feed does. Photos are the usual studio shots: a model on a plain backdrop wearing the
product with other clothes (white churidar or pyjama under a kurta, a kurta under a Nehru jacket, stole and safa with
a sherwani), two flat lays, one back view, a few props (stool, chair, sword, pocket square).
Who wrote what: every caption is base Salesforce/blip2-opt-2.7b, no prompt, greedy, 50 new tokens. Open answers
(wearing, details, description, material) are the same base model, greedy, `Question: ... Answer:`, 30 new tokens.
Closed answers (garment type, color, pattern, sleeve length, "Is this a kurta?") are enrich's reference engine over
the base model: the candidate picked, or the model's raw text kept when it did not map. No adapter anywhere.
Labeling conventions and judgement calls: judged against the photo I imagined (in the comment above each case) and
the title. A kurta called a "shirt" (caption, wearing or garment type) is marked contradiction: on this feed the
seller says kurta and the long hem is in the photo. A sherwani called "coat" or "suit" and a Nehru jacket called
"vest" or "jacket" are correct. Close hue names are correct: cream/off-white -> white, maroon/wine -> red,
mustard/gold -> yellow, peach -> pink, teal/sea green/olive -> green, navy -> blue, rust -> orange, lavender ->
purple. Navy called "black" against the seller's Navy Blue is a contradiction. A color answer naming a color that is
in the product itself (one stripe of a multicolour kurta, the print of an off-white kurta) is left correct even where
it is not the seller's base colour; a color that belongs to another garment in the photo (the churidar, the kurta
under a jacket, the stole) is other_garment_color. On a Nehru jacket "long sleeve" (the kurta's sleeves) is a
contradiction. "solid" for a kurta whose title and photo show embroidery or print is a contradiction. Material: a
material the title states and the answer repeats is correct, one that contradicts the title is a contradiction; where
the title says nothing, a fabric the photo's texture allows (silk for sheen, cotton, linen, wool for a jacket) is
left correct, and one the photo does not allow is unsupported. Details invented (mirror work, a chest pocket, a
wedding venue on a plain backdrop) are unsupported. A one-word color for "What is the person wearing?", "no", or an
empty answer is a non_answer; details that only name the garment back ("the kurta is a kurta") are restated. A set's
"pants" as its garment type is a contradiction. Runs that reached the token limit carry hit_limit=True.
Fewer than four in ten texts are wrong here, on purpose: the base model on plain studio shots names the main color
and "kurta" well and the closed answers are picked from candidates, so most failures are the other garment's color,
"shirt" for a kurta, the jacket's sleeves, yes-bias on "Is this a kurta?", and the odd loop, cut or run-on prompt.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, wearing

BLIND_1230 = [
    # Photo: cream knee-length kurta with mandarin collar and a soft sheen, white churidar, grey backdrop, front view.
    # Caption and open answers: base BLIP-2; closed answers: reference engine.
    case(
        "X1230-001",
        caption("a man in a white kurta standing in front of a grey wall"),
        wearing("a white kurta"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Photo: navy kurta, white churidar, white backdrop. Base BLIP-2 open, reference engine closed.
    case(
        "X1230-002",
        caption("a man in a blue kurta and white pants"),
        wearing("kurta pajama"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Sojanya Men Navy Blue & White Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: mustard kurta with small white block-print motifs, blue jeans, white sneakers, white backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-003",
        caption("a man wearing a yellow kurta and jeans"),
        wearing("a yellow shirt and jeans", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeve"),
        D.details("it has a mandarin collar and a button placket"),
        gender="Men",
        title="Anouk Men Mustard Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: maroon brocade sherwani with gold buttons and gold woven motifs, cream churidar, cream stole over one
    # shoulder, beige backdrop. Base BLIP-2 open, reference engine closed.
    case(
        "X1230-004",
        caption("a man in a red and gold sherwani with a scarf"),
        wearing("a sherwani"),
        Q.garment_type("coat"),
        Q.color("red"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeve"),
        Q.material("silk"),
        is_a("kurta", "yes", "contradiction"),
        gender="Men",
        title="Manyavar Men Maroon & Gold-Toned Self Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: black sleeveless Nehru jacket over a white full-sleeve kurta and white pyjama, white backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-005",
        caption("a man in a black vest and white pants"),
        wearing("a black vest over a white kurta"),
        Q.garment_type("vest"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="See Designs Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: white kurta with white chikankari embroidery down the front and on the yoke, white pyjama, grey
    # backdrop. Base BLIP-2 open, reference engine closed.
    case(
        "X1230-006",
        caption("a man in a white kurta and white pants"),
        wearing("a white kurta"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        D.details("white embroidery on the front"),
        Q.material("cotton"),
        gender="Men",
        title="House of Pataudi Men White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: bottle green kurta, cream pyjama, white wall. Feed row without gender. Base BLIP-2 open, engine closed.
    case(
        "X1230-007",
        caption("a man in a green shirt and white pants standing in front of a white wall", "contradiction"),
        wearing("a green kurta and white pajamas"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        title="KISAH Men Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: male model with shoulder-length hair, peach calf-length kurta, white churidar, tan mojaris, white
    # backdrop. Base BLIP-2 open, reference engine closed.
    case(
        "X1230-008",
        caption("a woman in a pink kurta and white leggings", "pronoun"),
        wearing("a pink kurta"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Vastramay Men Peach-Coloured Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: indigo dabu-print kurta with small white dots, mandarin collar, off-white pyjama, white backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-009",
        caption("a man wearing a blue and white printed kurta"),
        wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("polka dot"),
        Q.material("cotton"),
        D.details(
            "it has a blue and white pattern with small white dots all over the kurta and a mandarin collar with a "
            "button placket on the front and the sleeves are long and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Fabindia Men Indigo Dabu Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: flat lay on white: gold jacquard kurta with small woven floral buttis, sleeves folded in, no person.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-010",
        caption("a gold shirt laid out on a white background", "contradiction"),
        wearing("a kurta"),
        Q.garment_type("kurta"),
        Q.color("gold"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Gold-Toned Woven Design Kurta",
        category="Kurtas",
        color="Gold",
    ),
    # Photo: off-white kurta and pyjama with a mustard printed Nehru jacket from the same set, white backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-011",
        caption("a man in a yellow vest and white kurta"),
        wearing("a white kurta and yellow vest"),
        Q.garment_type("vest"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Sanwara Men Off-White Kurta with Pyjamas & Mustard Printed Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: black kurta, white pyjama, grey backdrop. Base BLIP-2 open (material ran on past the answer),
    # reference engine closed.
    case(
        "X1230-012",
        caption("a man in a black kurta and white pants"),
        wearing("black kurta"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.material(
            "cotton Question: what is the color of the garment? Answer: black Question: what is the pattern of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Tissu Men Black Solid Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: cream sherwani with red and gold embroidery at collar and placket, red stole, cream churidar, red safa,
    # plain beige studio backdrop. Base BLIP-2 open, reference engine closed.
    case(
        "X1230-013",
        caption("a groom in a white sherwani with a red scarf and a red turban at his wedding", "unsupported"),
        wearing("a sherwani"),
        Q.garment_type("suit"),
        Q.color("red", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeve"),
        D.details("red and gold embroidery on the collar and the front"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Cream & Red Embroidered Sherwani Set with Stole",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: sky-blue kurta with tonal self stripes, white pyjama, white backdrop. Base BLIP-2 open, engine closed.
    case(
        "X1230-014",
        caption("a man in a blue shirt and white pants", "contradiction"),
        wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve"),
        Q.material("linen"),
        gender="Men",
        title="Hangup Men Blue Self-Striped Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: yellow kurta with a small white floral print, white pyjama, white backdrop. Base BLIP-2 open (details
    # looped to the limit), reference engine closed.
    case(
        "X1230-015",
        caption("a man in a yellow floral kurta and white pants"),
        wearing("yellow kurta"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve"),
        D.details(
            "the kurta has a floral print on the front and the back and the sleeves and the collar and the collar "
            "and the collar and the collar",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jompers Men Yellow Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: rust Nehru jacket over a cream kurta, beige trousers, grey backdrop. Base BLIP-2 open, engine closed.
    case(
        "X1230-016",
        caption("a man in an orange vest and white shirt"),
        wearing("an orange vest"),
        Q.garment_type("jacket"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("wool"),
        gender="Men",
        title="Ode by House of Pataudi Men Rust Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Rust",
    ),
    # Photo: back view (the feed's first image for this item): maroon kurta, black pyjama, white backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-017",
        caption("the back of a man in a red kurta"),
        wearing("a red kurta and black pants"),
        Q.garment_type("kurta"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        D.details("no", "non_answer"),
        gender="Men",
        title="Sojanya Men Maroon Solid Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: beige kurta with a maroon paisley print, brown trousers, white backdrop. Base BLIP-2 open, engine closed.
    case(
        "X1230-018",
        caption("a man wearing a beige kurta with paisley print"),
        wearing("a kurta"),
        Q.garment_type("kurta"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("paisley"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Ethnix by Raymond Men Beige & Maroon Paisley Printed Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Photo: navy matte Nehru jacket with a white pocket square, over white kurta and churidar, grey backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-019",
        caption("a man in a blue vest and white pants with a pocket square"),
        wearing("he is wearing a blue vest and white pants"),
        Q.garment_type("vest"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("velvet", "unsupported"),
        gender="Men",
        title="Manyavar Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: all-white kurta and pyjama, white backdrop. Feed row without gender. Base BLIP-2 open, engine closed.
    case(
        "X1230-020",
        caption("a man in a white kurta and white pants"),
        wearing("white", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        title="Sanwara Men White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: teal kurta, white churidar, model standing beside a wooden stool (prop), white backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-021",
        caption("a man in a green kurta standing next to a wooden stool"),
        wearing("a green kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeve", "contradiction"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Anouk Men Teal Green Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: pastel pink kurta with pink thread embroidery round the neckline only, no mirrors, white pyjama.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-022",
        caption("a man in a pink kurta with embroidery on the neck"),
        wearing("a pink shirt", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        D.details("embroidered neckline with mirror work", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Vastramay Men Pink Thread Work Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: ivory sherwani with a tonal woven floral self design, gold-toned buttons, churidar, mojaris.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-023",
        caption("a man in a white suit"),
        wearing("a white sherwani"),
        Q.garment_type("coat"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve"),
        Q.material("silk"),
        is_a("kurta", "no"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Self Design Sherwani",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: kurta with vertical multicolour stripes (red, navy, yellow), white pyjama, white backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-024",
        caption("a man in a striped shirt and white pants", "contradiction"),
        wearing("a striped kurta"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve"),
        gender="Men",
        title="Jompers Men Multicoloured Striped Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # Photo: olive kurta with a side-seam pocket visible in a three-quarter pose, khaki chinos, brown loafers.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-025",
        caption("a man in an olive green kurta and khaki pants"),
        wearing("a green kurta and khaki pants"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        D.details("it has a mandarin collar and a pocket on the side"),
        gender="Men",
        title="Fabindia Men Olive Green Solid Cotton Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: grey Nehru jacket with a small white geometric print, over a black kurta, black pants.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-026",
        caption("a man in a grey vest and black shirt"),
        wearing("a grey vest"),
        Q.garment_type("vest"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.material("wool"),
        gender="Men",
        title="Hangup Men Grey Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Photo: maroon velvet Nehru jacket over a cream kurta, cream churidar. Base BLIP-2 open, engine closed.
    case(
        "X1230-027",
        caption("a man in a maroon velvet vest and white kurta"),
        wearing("a red vest"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Svanik Men Maroon Solid Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: cream kurta with a light sheen, cream dhoti pants, maroon stole over the shoulder, beige backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-028",
        caption("a man in a white kurta and dhoti"),
        wearing("a kurta and dhoti"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.material("silk"),
        D.details("the kurta is a kurta with a dhoti", "restated"),
        gender="Men",
        title="Sojanya Men Cream-Coloured Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: black kurta, white churidar, model seated on a wooden chair (prop). Base BLIP-2 open, engine closed.
    case(
        "X1230-029",
        caption("a man sitting on a chair in a black kurta"),
        wearing("black kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Men",
        title="KISAH Men Black Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: hip-length short kurta, red with a black ikat print, half sleeves, blue jeans, white backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-030",
        caption("a man wearing a red and black printed kurta and jeans"),
        wearing("a red shirt and jeans", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeve"),
        gender="Men",
        title="Manyavar Men Red & Black Ikat Printed Short Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: gold kurta with a sheen, cream pyjama, white backdrop. Base BLIP-2 open, reference engine closed.
    case(
        "X1230-031",
        caption("a man in a gold kurta and white pants"),
        wearing("gold kurta and white pajama"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.material("cotton", "contradiction"),
        D.description("a gold kurta with a white pajama"),
        gender="Men",
        title="Vastramay Men Gold-Toned Solid Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Gold",
    ),
    # Photo: white kurta with thin blue checks, blue jeans, white backdrop. Base BLIP-2 open, engine closed.
    case(
        "X1230-032",
        caption("a man in a blue and white checkered shirt and jeans", "contradiction"),
        wearing("a checkered shirt", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men White & Blue Checked Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: long-haired, bearded male model in a peach embroidered sherwani with a pearl mala, white backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-033",
        caption("a man in a peach sherwani with a pearl necklace"),
        wearing("she is wearing a peach dress", "pronoun"),
        Q.garment_type("coat"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeve"),
        is_a("kurta", "yes", "contradiction"),
        gender="Men",
        title="Manyavar Men Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: lavender kurta, white pyjama, white backdrop. Base BLIP-2 open (details looped), engine closed.
    case(
        "X1230-034",
        caption("a man in a purple kurta and white pants"),
        wearing("purple kurta"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        D.details(
            "it is a purple kurta with a white pajama and a white pajama and a white pajama and a white pajama and "
            "a white pajama",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Anouk Men Lavender Solid Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: flat lay: navy kurta and white pyjama side by side on white, no person. Base BLIP-2 open, engine closed.
    case(
        "X1230-035",
        caption("a blue shirt and white pants on a white background", "contradiction"),
        wearing("a kurta"),
        Q.garment_type("pants", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        gender="Men",
        title="Sojanya Men Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: black Nehru jacket with gold jacquard motifs over a white kurta, white churidar.
    # Base BLIP-2 open (material ran to the limit), reference engine closed.
    case(
        "X1230-036",
        caption("a man in a black and gold vest and a white kurta"),
        wearing("a black vest"),
        Q.garment_type("vest"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "the jacket is made of a silk and cotton blend with a gold thread work and a silk lining on the inside "
            "and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="House of Pataudi Men Black & Gold-Toned Jacquard Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: navy kurta with a tone-on-tone woven geometric design, white pyjama, hands in the side pockets.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-037",
        caption("a man in a black kurta with his hands in his pockets", "contradiction"),
        wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("geometric"),
        Q.sleeve_length("long sleeve"),
        gender="Men",
        title="Ethnix by Raymond Men Navy Blue Woven Design Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: sea green kurta, white pyjama, white backdrop. Feed row without gender. Base BLIP-2 open, engine closed.
    case(
        "X1230-038",
        caption("a man in a green kurta and white pants"),
        wearing("green kurta"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.material("", "non_answer"),
        title="Jompers Men Sea Green Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: rust linen kurta, full sleeves, white pyjama, white backdrop. Base BLIP-2 open, engine closed.
    case(
        "X1230-039",
        caption("a man in an orange kurta and white pants"),
        wearing("orange kurta"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.material("linen"),
        D.details("the details of the garment are the collar and the sleeves", "restated"),
        gender="Men",
        title="Sanwara Men Rust Orange Solid Linen Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: gold embroidered sherwani, maroon stole, red safa, model holding a sword (prop), beige backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-040",
        caption("a man in a gold sherwani holding a sword"),
        wearing("a gold sherwani and a red turban"),
        Q.garment_type("coat"),
        Q.color("gold"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeve"),
        Q.material("silk"),
        is_a("kurta", "no"),
        gender="Men",
        title="Manyavar Men Gold-Toned & Red Embroidered Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: blue kurta, white churidar, white backdrop. Base BLIP-2 caption looped to the limit; engine closed.
    case(
        "X1230-041",
        caption(
            "a man in a blue kurta and white pants and a blue kurta and white pants and a blue kurta and white pants "
            "and a blue kurta and white pants and a blue kurta and white pants and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        gender="Men",
        title="Vastramay Men Blue Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: mustard Nehru jacket over a blue kurta, white churidar. Base BLIP-2 open, reference engine closed.
    case(
        "X1230-042",
        caption("a man in a yellow vest and a blue shirt"),
        wearing("a yellow vest and a blue shirt"),
        Q.garment_type("jacket"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Hangup Men Mustard Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: dark charcoal grey kurta with mandarin collar and button placket, no chest pocket, black pants.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-043",
        caption("a man in a grey kurta and black pants"),
        wearing("grey kurta"),
        Q.garment_type("kurta"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        D.details("it has a collar and buttons on the front and a pocket on the chest", "unsupported"),
        gender="Men",
        title="Fabindia Men Grey Solid Cotton Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: off-white kurta with a green leaf-and-flower print, white pyjama, white backdrop.
    # Base BLIP-2 open, reference engine closed.
    case(
        "X1230-044",
        caption("a man in a white floral kurta and white pants"),
        wearing("a white shirt with green leaves", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="See Designs Men Off-White & Green Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: wine-coloured kurta, white pyjama, grey backdrop. Feed row without a base colour.
    # Base BLIP-2 open (wearing ran on into a new prompt to the limit), reference engine closed.
    case(
        "X1230-045",
        caption("a man in a burgundy kurta and white pants"),
        wearing(
            "a kurta Question: what is the color of the kurta? Answer: red Question: what is the pattern of the kurta? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Manyavar Men Wine Solid Kurta",
        category="Kurtas",
    ),
]
