"""BLIND_1159 (46 products; Myntra activewear, captions then extractive QA): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 104/129 failures found (80.6%) and 10/186 correct texts flagged
(5.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear and leggings (sports bras, tights, leggings, capris, track pants,
tank tops), a few Unisex and Girls rows mixed in. Photos are Myntra catalog shots on a white backdrop, mostly worn
by a model who also wears other clothes (a tee over leggings, a kurta over churidar leggings, leggings under a
sports bra), a few back or side views and one flat lay. The job captions each photo, then answers the open
questions with the extractive QA model (timpal0l/mdeberta-v3-base-squad2) over that caption; the closed questions
(color, garment type, pattern, sleeve length, length, neckline, "Is this a ...?") come from --engine reference.

Who wrote what: captions come from three models, named in each product's comment. [base] is
Salesforce/blip2-opt-2.7b with no adapter: short lowercase captions with hue names ("a woman in a pink sports bra
and gray sweatpants", "t - shirt" with spaced hyphens), stops by itself, but often gives one color to two garments,
calls a woman a man now and then, and once ran on into a "Question: ... Answer:" pair. [e1] is
leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch: a half-learned DeepFashion template that still names hues,
usually stops, but invents shoes, caps and fibres; it leaked the VQA format once and ran to the limit three times
(cut twice, looped once). [e3] is leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3): the full DeepFashion
template ("tank tank top", "pure color patterns", "with cotton fabric", "three-quarter pants") with no hue names and
no end token, so every e3 caption runs to the 50-token limit and is either cut or looping. Open answers are spans
the QA model lifted from the caption, so they inherit the caption's mistakes, and an empty string is the QA model's
no-answer. Closed answers are one candidate value each.

Labeling conventions and judgement calls:
- One label per text, the most salient failure: a caption that loops and also says "cotton" is a loop; an e3
  caption that says "gentleman" and is cut is labeled pronoun (hit_limit still set).
- hit_limit=True only on captions that ran to the 50-token limit. Extractive spans cut where their caption was
  cut are labeled cut, but hit_limit stays False: the QA model did not hit any limit.
- The product's own color given as the color another worn garment has (in an open answer) is other_garment_color;
  a wrong closed color is a contradiction whatever its source (the reference engine only picks a candidate); a
  caption or answer that gives a worn garment the product's color, or names the wrong garment kind (tank top for a
  sports bra, trousers for tights), is a contradiction; a wrong hue that is no garment's color is a contradiction.
- An open answer about the product that is really another worn garment with its color ("gray sweatpants" to
  "Describe the sports bra.", "a white shirt" for the track pants' details) is other_garment_color; the same span
  given to the material question is non_answer (it claims no color for the product). A wrong closed pattern,
  sleeve length or garment type (printed for a solid piece with a logo, tank top for a sports bra) is contradiction.
- A pattern word instead of a hue ("pure color patterns", "graphic patterns") for a color question is non_answer;
  so is an empty span, or a span that is no answer at all (a color or another garment for a material question).
  An answer that only echoes the question's garment noun back ("pants", "sports bra") is restated.
- Material: a fibre the title does not state ("cotton fabric" from the template, "polyester") is unsupported;
  "cotton" for a title that says cotton is correct. Invented shoes, caps, bottles, accessories, mesh panels,
  necklines, and the kurta's embroidery put on the leggings are unsupported.
- Thin but true answers ("gray pants" for the track pants' details, a caption naming only the top) are correct.
  Coral called orange or pink, magenta called pink and wine called maroon are correct; lime called yellow is not
  (contradiction). Tights called leggings and joggers called track pants are synonyms, not failures.
- "lady" for a Girls row is not a pronoun failure (female either way); "a man" describing a man in a Unisex row is
  correct; "he", "man", "gentleman" for a woman are pronoun failures.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    question,
    wearing,
)

length = question("length", "What is the length of the leggings?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_1159 = [
    # photo: woman in a black racerback sports bra with a small white Puma cat logo on the band, black leggings,
    # white backdrop, front view cropped at mid-thigh. Caption [base], open answers mdeberta, closed reference.
    case(
        "X1159-001",
        caption("a woman in a black sports bra and black leggings"),
        wearing("a black sports bra and black leggings"),
        Q.color("black"),
        Q.garment_type("sports bra"),
        describe("sports bra", "black sports bra"),
        material("black", "non_answer"),
        Q.pattern("printed", "contradiction"),
        title="Puma Women Black Solid Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: woman in navy blue ankle-length leggings with a white crew-neck t-shirt half tucked, white sneakers,
    # white backdrop, full-length front view. Caption [base].
    case(
        "X1159-002",
        caption("a woman wearing a white t - shirt and blue leggings"),
        wearing("a white t - shirt and blue leggings"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        length("ankle length"),
        is_a("leggings", "yes", article="a pair of"),
        details("leggings", "", "non_answer"),
        describe("leggings", "a white t - shirt", "other_garment_color"),
        title="Go Colors Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in teal full-length running tights with a thin reflective grey stripe down the outer leg, a
    # black tank top, side view, white backdrop. Caption [e3], ran to the limit.
    case(
        "X1159-003",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "sleeveless neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank tank top with pure color patterns"),
        color_of("tights", "pure color", "non_answer", kind="open"),
        material("cotton fabric", "unsupported"),
        describe("tights", "a long trousers", "contradiction"),
        details("tights", "There is an accessory on her", "cut"),
        Q.color("teal"),
        Q.pattern("solid"),
        title="HRX by Hrithik Roshan Women Teal Rapid-Dry Running Tights",
        category="Tights",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a coral padded sports bra with criss-cross back straps (seen from the front), grey melange
    # joggers, white backdrop, front view. Caption [base].
    case(
        "X1159-004",
        caption("a woman in a pink sports bra and gray sweatpants"),
        Q.color("pink"),
        color_of("sports bra", "pink", kind="open"),
        wearing("a pink sports bra and gray sweatpants", who="she"),
        details("sports bra", "pink sports bra"),
        describe("sports bra", "gray sweatpants", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("sports bra"),
        title="Enamor Women Coral Medium-Impact Padded Sports Bra",
        category="Bra",
        color="Coral",
        gender="Women",
    ),
    # photo: woman in black Dri-FIT tights with a small white swoosh on the left thigh, a lavender cropped t-shirt,
    # side view, white backdrop. Caption [e1], stopped by itself.
    case(
        "X1159-005",
        caption(
            "The lady is wearing a lavender t-shirt and black leggings. The leggings are with pure color patterns "
            "and cotton fabric.",
            "unsupported",
        ),
        material("cotton fabric", "unsupported"),
        color_of("tights", "black", kind="open"),
        wearing("a lavender t-shirt and black leggings"),
        Q.garment_type("tights"),
        Q.pattern("solid"),
        describe("tights", "black leggings"),
        title="Nike Women Black Dri-FIT One Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: woman in grey melange track pants with a white drawstring and white side piping, a navy blue t-shirt,
    # white shoes, front view, white backdrop. Caption [base].
    case(
        "X1159-006",
        caption("a woman in a blue shirt and gray pants"),
        color_of("track pants", "blue", "other_garment_color", kind="open"),
        Q.color("grey melange"),
        wearing("a blue shirt and gray pants"),
        details("track pants", "gray pants"),
        describe("track pants", "a blue shirt", "other_garment_color"),
        is_a("track pants", "yes", article="a pair of"),
        title="Proline Active Women Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a black racerback tank top with a white "JOCKEY" print across the chest, charcoal leggings,
    # front view, white backdrop. Caption [e3], looped to the limit.
    case(
        "X1159-007",
        caption(
            "The lady wears a tank tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "sleeveless, sleeveless, sleeveless, sleeveless, sleeveless, sleeveless, sleeveless, sleeveless, "
            "sleeveless, sleeveless, sleeveless",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        describe("tank top", "sleeveless, sleeveless, sleeveless, sleeveless, sleeveless, sleeveless", "loop"),
        Q.pattern("graphic"),
        material("cotton fabric", "unsupported"),
        Q.color("black"),
        wearing("a tank tank top with graphic patterns"),
        title="Jockey Women Black Racerback Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman in pink training tights with three white stripes down the side, a white sports bra, side view,
    # white backdrop. Caption [base].
    case(
        "X1159-008",
        caption("a woman in a white sports bra and pink leggings with white stripes"),
        Q.pattern("striped"),
        color_of("tights", "white", "other_garment_color", kind="open"),
        Q.color("pink"),
        wearing("a white sports bra and pink leggings with white stripes"),
        describe("tights", "pink leggings with white stripes"),
        details("tights", "a white sports bra", "other_garment_color"),
        title="Adidas Women Pink Believe This 3-Stripes Training Tights",
        category="Tights",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a maroon seamless sports bra with a wide underband, black high-waist leggings, front view,
    # white backdrop. Caption [e1].
    case(
        "X1159-009",
        caption("The gentleman wears a tank top with pure color patterns and black pants.", "pronoun"),
        wearing("a tank top with pure color patterns and black pants", "contradiction"),
        Q.color("black", "contradiction"),
        Q.garment_type("sports bra"),
        is_a("sports bra", "yes"),
        color_of("sports bra", "pure color", "non_answer", kind="open"),
        describe("sports bra", "The gentleman wears a tank top", "pronoun"),
        title="Kica Women Maroon Seamless Sports Bra",
        category="Bra",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in mustard cotton ankle-length leggings under a knee-length white kurta with a blue block print,
    # front view, white backdrop. Caption [base].
    case(
        "X1159-010",
        caption("a woman in a white kurta and yellow leggings"),
        color_of("leggings", "yellow", kind="open"),
        Q.color("mustard"),
        wearing("a white kurta and yellow leggings"),
        material("", "non_answer"),
        length("ankle length"),
        details("leggings", "white", "other_garment_color"),
        Q.pattern("printed", "contradiction"),
        title="Twin Birds Women Mustard Solid Ankle Length Leggings",
        category="Leggings",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in purple training tights with an all-over black geometric print, a black tank top, front view,
    # white backdrop. Caption [e3], ran to the limit.
    case(
        "X1159-011",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "sleeveless neckline. The lady wears a long leggings with graphic patterns. The leggings are with "
            "cotton fabric. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("purple"),
        color_of("tights", "graphic patterns", "non_answer", kind="open"),
        material("cotton fabric", "unsupported"),
        describe("tights", "a long leggings with graphic patterns"),
        wearing("The lady wears a", "cut"),
        title="Puma Women Purple Printed Training Tights",
        category="Tights",
        color="Purple",
        gender="Women",
    ),
    # photo: woman in olive green joggers with cuffed ankles and a small white Fila logo on the left thigh, a
    # black t-shirt, white sneakers, front view, white backdrop. Caption [base].
    case(
        "X1159-012",
        caption("a woman wearing a black t - shirt and green pants"),
        Q.color("black", "contradiction"),
        wearing("a black t - shirt and green pants"),
        color_of("joggers", "green", kind="open"),
        details("joggers", "green pants"),
        describe("joggers", "a black t - shirt", "other_garment_color"),
        Q.garment_type("track pants"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Fila Women Olive Solid Joggers",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a lavender non-padded sports bra with a small white floral print, light grey track pants,
    # front view, white backdrop. Caption [e1], ran on into the VQA format, then stopped.
    case(
        "X1159-013",
        caption(
            "The lady wears a floral sports bra and grey pants. Question: What is the color of the sports bra? "
            "Answer: purple",
            "leak",
        ),
        color_of("sports bra", "Answer: purple", "leak", kind="open"),
        Q.color("lavender"),
        Q.pattern("floral"),
        wearing("a floral sports bra and grey pants"),
        describe("sports bra", "floral"),
        details("sports bra", "Question: What is the color of the sports bra? Answer: purple", "leak"),
        title="Zivame Women Lavender Printed Non-Padded Sports Bra",
        category="Bra",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in a turquoise blue racerback tank top, black tights, three-quarter back view showing the
    # racerback, white backdrop. Caption [base].
    case(
        "X1159-014",
        caption("a woman in a blue tank top and black leggings"),
        color_of("tank top", "black", "other_garment_color", kind="open"),
        Q.color("turquoise blue"),
        Q.sleeve_length("sleeveless"),
        wearing("a blue tank top and black leggings", who="she"),
        describe("tank top", "blue tank top"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Alcis Women Turquoise Blue Solid Racerback Tank Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: woman in charcoal track pants with two thin white side stripes, a white t-shirt with a black text
    # print, front view, white backdrop. Caption [e3], looped to the limit.
    case(
        "X1159-015",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The pants are with cotton fabric and pure color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        color_of("track pants", "pure color patterns", "non_answer", kind="open"),
        Q.color("charcoal"),
        Q.pattern("solid"),
        material("cotton fabric", "unsupported"),
        details(
            "track pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns",
            "loop",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        title="De Moza Women Charcoal Grey Solid Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: woman in a red medium-impact sports bra with a white Reebok delta logo at the centre, black leggings,
    # arms at her sides, nothing in her hands, front view, white backdrop. Caption [base].
    case(
        "X1159-016",
        caption("a woman in a red sports bra and black leggings holding a water bottle", "unsupported"),
        wearing("a red sports bra and black leggings"),
        Q.color("red"),
        color_of("sports bra", "red", kind="open"),
        is_a("tank top", "no"),
        Q.garment_type("sports bra"),
        details("sports bra", "holding a water bottle", "unsupported"),
        title="Reebok Women Red Solid Medium-Impact Sports Bra",
        category="Sports Bra",
        color="Red",
        gender="Women",
    ),
    # photo: woman in peach tights, a white sports bra under an open grey zip-up hoodie, front view, white
    # backdrop. Caption [e1].
    case(
        "X1159-017",
        caption("The lady wears a grey jacket with a zipper, a white top and pink leggings."),
        wearing("a grey jacket with a zipper"),
        color_of("tights", "grey", "other_garment_color", kind="open"),
        Q.color("peach"),
        describe("tights", "pink leggings"),
        material("zipper", "non_answer"),
        title="Ajile by Pantaloons Women Peach-Coloured Solid Tights",
        category="Tights",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in wine (burgundy) cotton ankle-length leggings under a beige straight kurta with a small gold
    # foil print and three-quarter sleeves, front view, white backdrop. Caption [e3], ran to the limit.
    case(
        "X1159-018",
        caption(
            "The female wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The female wears a long leggings. The leggings are with cotton fabric and solid "
            "color patterns. She",
            "cut",
            hit_limit=True,
        ),
        material("cotton fabric"),
        color_of("leggings", "solid color patterns", "non_answer", kind="open"),
        Q.color("maroon"),
        length("ankle length"),
        wearing("a long-sleeve shirt with solid color patterns", "contradiction"),
        details("leggings", "She", "cut"),
        title="Prisma Women Wine Solid Cotton Leggings",
        category="Leggings",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in a lime green training tank top with a black HRX logo on the chest, black track pants, front
    # view, white backdrop. Caption [base].
    case(
        "X1159-019",
        caption("a woman in a yellow tank top and black pants", "contradiction"),
        color_of("tank top", "yellow", "contradiction", kind="open"),
        Q.color("lime green"),
        wearing("a yellow tank top and black pants", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        describe("tank top", "yellow tank top", "contradiction"),
        title="HRX by Hrithik Roshan Women Lime Green Solid Rapid-Dry Training Tank Top",
        category="Tops",
        color="Lime Green",
        gender="Women",
    ),
    # photo: woman in navy blue track pants with red-white-red side taping, a white cropped t-shirt, front view
    # cropped above the ankles (no shoes visible), white backdrop. Caption [e1].
    case(
        "X1159-020",
        caption(
            "The lady wears a white t-shirt and blue track pants with red and white stripes on the side. She also "
            "wears a pair of white sneakers.",
            "unsupported",
        ),
        wearing("a white t-shirt and blue track pants"),
        details("track pants", "red and white stripes on the side"),
        color_of("track pants", "blue", kind="open"),
        Q.color("navy blue"),
        describe("track pants", "a pair of white sneakers", "unsupported"),
        is_a("track pants", "yes", article="a pair of"),
        title="Kappa Women Navy Blue Track Pants with Side Taping",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a black sports bra with a white zebra-stripe print, plain black leggings, front view, white
    # backdrop. Caption [base].
    case(
        "X1159-021",
        caption("a woman in a zebra print sports bra and black leggings"),
        Q.pattern("animal"),
        Q.color("white", "contradiction"),
        color_of("sports bra", "black", kind="open"),
        wearing("a zebra print sports bra and black leggings"),
        describe("sports bra", "zebra print"),
        title="Clovia Women Black & White Zebra Print Padded Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: a man in black track pants with an elastic waist and zip side pockets, a grey crew-neck t-shirt, front
    # view, white backdrop (a Unisex row). Caption [base].
    case(
        "X1159-022",
        caption("a man in a gray t - shirt and black pants"),
        wearing("a gray t - shirt and black pants", who="she"),
        color_of("track pants", "gray", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("track pants"),
        details("track pants", "black pants"),
        describe("track pants", "a gray t - shirt", "other_garment_color"),
        title="Proline Active Unisex Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Unisex",
    ),
    # photo: woman in magenta workout leggings, a black sports bra, side view, white backdrop. Caption [e3],
    # looped to the limit.
    case(
        "X1159-023",
        caption(
            "The lady wears a tank tank top with pure color patterns. It has a sleeveless neckline. The lady wears "
            "a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a long "
            "leggings. The leggings are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a tank tank top with pure color patterns", "contradiction"),
        color_of("leggings", "pure color patterns", "non_answer", kind="open"),
        Q.color("magenta"),
        material("cotton fabric", "unsupported"),
        is_a("leggings", "yes", article="a pair of"),
        title="C9 Airwear Women Magenta Solid Workout Leggings",
        category="Leggings",
        color="Magenta",
        gender="Women",
    ),
    # photo: woman in black ankle-crop leggings with a small white UA logo at the hip, a heather grey tank top,
    # side view, white backdrop. Caption [base].
    case(
        "X1159-024",
        caption("a woman in a gray tank top and black leggings"),
        wearing("a gray tank top and black leggings"),
        Q.color("grey", "contradiction"),
        color_of("leggings", "black", kind="open"),
        length("ankle length"),
        describe("leggings", "black leggings"),
        material("gray tank top", "non_answer"),
        details("leggings", "leggings", "restated"),
        title="Under Armour Women Black HeatGear Ankle Crop Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: woman in red track pants with a black colourblocked panel down each side, a plain black t-shirt,
    # front view cropped at the shins, white backdrop. Caption [e1], ran to the limit.
    case(
        "X1159-025",
        caption(
            "The lady wears a black t-shirt with pure color patterns and red pants with color block patterns. The "
            "pants are with polyester fabric. The t-shirt is with cotton fabric. The lady wears a pair of black "
            "shoes and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("colourblocked"),
        color_of("track pants", "red", kind="open"),
        material("polyester fabric", "unsupported"),
        wearing("a black t-shirt with pure color patterns and red pants"),
        details("track pants", "color block patterns"),
        describe("track pants", "a pair of black shoes and", "cut"),
        title="Bitz Women Red & Black Colourblocked Track Pants",
        category="Track Pants",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a white medium-support sports bra with a large black swoosh on the band, black tights, front
    # view, white backdrop. Caption [base].
    case(
        "X1159-026",
        caption("a woman in a white sports bra with a black nike logo"),
        wearing("a white sports bra with a black nike logo"),
        color_of("sports bra", "black", "contradiction", kind="open"),
        Q.color("white"),
        is_a("sports bra", "yes"),
        details("sports bra", "a black nike logo"),
        title="Nike Women White Swoosh Medium-Support Sports Bra",
        category="Sports Bra",
        color="White",
        gender="Women",
    ),
    # photo: flat lay, no model: two pairs of ankle-length leggings folded side by side, one black and one navy
    # blue, white backdrop. Caption [base]. The feed row has no color column.
    case(
        "X1159-027",
        caption("two pairs of black leggings on a white background", "contradiction"),
        wearing("two pairs of black leggings", "contradiction"),
        Q.color("black"),
        Q.garment_type("leggings"),
        is_a("leggings", "yes", article="a pair of"),
        title="LUX LYRA Women Pack of 2 Solid Ankle-Length Leggings",
        category="Leggings",
        gender="Women",
    ),
    # photo: woman in a lavender scoop-neck tank top, black track pants, front view cropped at the knees, white
    # backdrop. Caption [e1].
    case(
        "X1159-028",
        caption(
            "The man is wearing a purple tank top and black pants. He also wears a pair of black shoes.", "pronoun"
        ),
        wearing("a purple tank top and black pants"),
        color_of("tank top", "purple", kind="open"),
        Q.color("lavender"),
        Q.sleeve_length("sleeveless"),
        details("tank top", "a pair of black shoes", "unsupported"),
        describe("tank top", "He also wears a pair of black shoes", "pronoun"),
        title="Kryptic Women Lavender Solid Tank Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: back view, woman in a black lightly padded sports bra with strappy cross-back straps (solid fabric, no
    # mesh), black leggings, white backdrop. Caption [base].
    case(
        "X1159-029",
        caption("the back of a woman in a black sports bra with a mesh panel", "unsupported"),
        wearing("a black sports bra", who="she"),
        Q.color("black"),
        details("sports bra", "a mesh panel", "unsupported"),
        Q.garment_type("sports bra"),
        title="Van Heusen Women Black Seamless Lightly Padded Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: woman in black leggings with a white tropical palm-leaf print, a plain white tank top, front view,
    # white backdrop. Caption [e3], ran on into the VQA format until the limit.
    case(
        "X1159-030",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "sleeveless neckline. The lady wears a long leggings with floral patterns. Question: What is the color "
            "of the leggings? Answer: The leggings are",
            "leak",
            hit_limit=True,
        ),
        color_of("leggings", "Answer: The leggings are", "leak", kind="open"),
        Q.pattern("floral"),
        Q.color("black"),
        describe("leggings", "a long leggings with floral patterns"),
        wearing("a tank tank top with pure color patterns"),
        material("Question: What is the color of the leggings", "leak"),
        title="Kappa Women Black Tropical Print Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: woman in navy blue relaxed track pants with open hems and a white drawstring, a white round-neck
    # t-shirt, front view, white backdrop. Caption [base].
    case(
        "X1159-031",
        caption("a woman in a white t - shirt and navy blue pants"),
        color_of("track pants", "navy blue", kind="open"),
        Q.color("white", "contradiction"),
        wearing("a white t - shirt and navy blue pants"),
        describe("track pants", "pants", "restated"),
        material("white t - shirt", "non_answer"),
        details("track pants", "white t - shirt", "other_garment_color"),
        title="Jockey Women Navy Blue Relaxed Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a burgundy scoop-neck sports bra, black tights, front view, white backdrop. Caption [e1].
    case(
        "X1159-032",
        caption("The lady wears a maroon sports bra and black leggings. It has a v-neck.", "unsupported"),
        color_of("sports bra", "maroon", kind="open"),
        Q.color("burgundy"),
        wearing("a maroon sports bra and black leggings"),
        details("sports bra", "a v-neck", "unsupported"),
        neckline("scoop neck"),
        describe("sports bra", "black leggings", "other_garment_color"),
        title="Adidas Women Burgundy Solid All Me Sports Bra",
        category="Sports Bra",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in grey melange tights, a black cropped hoodie, white sneakers, front view, white backdrop.
    # Caption [e3], looped to the limit.
    case(
        "X1159-033",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The leggings are with cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        material("cotton cotton cotton cotton cotton cotton", "loop"),
        color_of("tights", "pure color patterns", "non_answer", kind="open"),
        Q.color("grey"),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("leggings"),
        title="Slazenger Women Grey Melange Solid Tights",
        category="Tights",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a coral running tank top, navy blue running shorts, front view, white backdrop.
    # Caption [base].
    case(
        "X1159-034",
        caption("a woman in an orange tank top and blue shorts"),
        color_of("tank top", "blue", "other_garment_color", kind="open"),
        Q.color("coral"),
        wearing("an orange tank top and blue shorts"),
        is_a("tank top", "yes"),
        details("tank top", "blue shorts", "other_garment_color"),
        title="Asics Women Coral Solid Running Tank Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: woman in olive churidar leggings ruched at the ankles, under a white cotton kurti with olive thread
    # embroidery at the yoke, front view cropped at the ankles, no jewellery, white backdrop. Caption [e1], ran to
    # the limit.
    case(
        "X1159-035",
        caption(
            "The lady wears a white kurta with embroidery on the neckline and green leggings. The kurta is with "
            "cotton fabric and the leggings are with cotton fabric. The lady wears a pair of white sandals and a "
            "silver bracelet on her left",
            "cut",
            hit_limit=True,
        ),
        color_of("leggings", "green", kind="open"),
        details("leggings", "embroidery", "unsupported"),
        length("full length"),
        Q.color("olive"),
        wearing("a white kurta with embroidery on the neckline and green leggings"),
        title="Go Colors Women Olive Solid Churidar Leggings",
        category="Leggings",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in grey slim-fit joggers with a small black Reebok logo on the thigh, a black sports bra, black
    # sneakers, front view, white backdrop. Caption [base].
    case(
        "X1159-036",
        caption("a woman in black sports bra and gray joggers"),
        wearing("black sports bra and gray joggers", who="she"),
        Q.color("black", "contradiction"),
        color_of("joggers", "gray", kind="open"),
        describe("joggers", "gray joggers"),
        details("joggers", "", "non_answer"),
        Q.pattern("printed", "contradiction"),
        title="Reebok Women Grey Solid Slim Fit Joggers",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in black mid-calf capri leggings, a pink tank top with a white graphic print, side view, no
    # jewellery, white backdrop. Caption [e3], ran to the limit mid-word.
    case(
        "X1159-037",
        caption(
            "The lady wears a tank tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "sleeveless neckline. The lady wears a three-quarter pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on her wri",
            "cut",
            hit_limit=True,
        ),
        length("capri"),
        color_of("capris", "pure color patterns", "non_answer", kind="open"),
        wearing("a three-quarter pants"),
        material("cotton fabric", "unsupported"),
        details("capris", "an accessory on her wri", "cut"),
        Q.pattern("printed", "contradiction"),
        Q.color("black"),
        title="Enamor Women Black Solid Capri Leggings",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a white tank top with a black text print "JUST BREATHE", black leggings, front view, white
    # backdrop. Caption [base].
    case(
        "X1159-038",
        caption("a woman wearing a white tank top that says just breathe"),
        wearing("a white tank top that says just breathe"),
        Q.pattern("printed"),
        Q.color("white"),
        color_of("tank top", "white", kind="open"),
        describe("tank top", "just breathe"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Tokyo Talkies Women White Printed Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a pink sports bra, white track pants, front view, white backdrop. Caption [base].
    case(
        "X1159-039",
        caption("a woman in a pink sports bra"),
        describe("sports bra", "a pink sports bra"),
        details("sports bra", "sports bra", "restated"),
        wearing("a pink sports bra"),
        color_of("sports bra", "pink", kind="open"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("white", "contradiction"),
        title="Fila Women Pink Solid Sports Bra",
        category="Sports Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in black training tights with sheer mesh panels at the calves, a neon green sports bra, no cap
    # or headwear, side view, white backdrop. Caption [e1].
    case(
        "X1159-040",
        caption(
            "The lady wears a green sports bra and black leggings with mesh panels. She also wears a black cap.",
            "unsupported",
        ),
        wearing("a green sports bra and black leggings with mesh panels", who="she"),
        details("tights", "mesh panels"),
        color_of("tights", "green", "other_garment_color", kind="open"),
        Q.color("black"),
        describe("tights", "black leggings with mesh panels"),
        title="Alcis Women Black Solid Training Tights with Mesh Inserts",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: woman in rust track pants with an elastic waist, a cream t-shirt, front view, white backdrop.
    # Caption [base].
    case(
        "X1159-041",
        caption("a woman in orange pants and a white shirt"),
        wearing("orange pants and a white shirt"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        Q.color("rust"),
        describe("track pants", "pants", "restated"),
        Q.garment_type("track pants"),
        details("track pants", "a white shirt", "other_garment_color"),
        title="Sweet Dreams Women Rust Solid Track Pants",
        category="Track Pants",
        color="Rust",
        gender="Women",
    ),
    # photo: woman in navy blue track pants with three white stripes down the side, a white t-shirt with a small
    # chest logo, white sneakers, front view, white backdrop. Caption [e3], ran to the limit.
    case(
        "X1159-042",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and striped patterns. The gentle",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        color_of("track pants", "striped patterns", "non_answer", kind="open"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        describe("track pants", "The gentleman wears a long trousers", "pronoun"),
        details("track pants", "striped patterns. The gentle", "cut"),
        title="Adidas Women Navy Blue 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a yellow tank top with a black Puma logo, black shorts, front view, white backdrop.
    # Caption [base], ran on into the VQA format.
    case(
        "X1159-043",
        caption("a woman in a yellow tank top Question: what color is the tank top? Answer: yellow", "leak"),
        wearing("a yellow tank top"),
        color_of("tank top", "yellow", kind="open"),
        Q.color("yellow"),
        describe("tank top", "Question: what color is the tank top", "leak"),
        Q.sleeve_length("sleeveless"),
        title="Puma Women Yellow Solid Tank Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: girl in pink leggings with a small white heart print, a white t-shirt with a pink graphic, front view,
    # white backdrop. Caption [e1].
    case(
        "X1159-044",
        caption("The lady wears a white t-shirt with graphic patterns and pink leggings with heart patterns."),
        color_of("leggings", "pink", kind="open"),
        Q.pattern("printed"),
        wearing("a white t-shirt with graphic patterns and pink leggings with heart patterns"),
        details("leggings", "heart patterns"),
        material("", "non_answer"),
        Q.color("white", "contradiction"),
        title="Gini and Jony Girls Pink Heart Print Leggings",
        category="Leggings",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in an olive sports bra, black leggings, front view, white backdrop. Caption [base].
    case(
        "X1159-045",
        caption("a woman in a black sports bra and black leggings", "contradiction"),
        wearing("a black sports bra and black leggings", "contradiction"),
        color_of("sports bra", "black", "other_garment_color", kind="open"),
        Q.color("olive"),
        Q.garment_type("sports bra"),
        details("sports bra", "sports bra", "restated"),
        title="Puma Women Olive Solid Sports Bra",
        category="Sports Bra",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in grey melange ankle-length leggings, a long black round-neck tunic top with long sleeves,
    # front view, white backdrop. Caption [e1], looped to the limit. The feed row has no category column.
    case(
        "X1159-046",
        caption(
            "The lady wears a black long-sleeve top and grey leggings. The top has a round neckline and the sleeves "
            "are long. The leggings are grey and the leggings are grey and the leggings are grey and",
            "loop",
            hit_limit=True,
        ),
        color_of("leggings", "grey", kind="open"),
        Q.color("black", "contradiction"),
        wearing("a black long-sleeve top and grey leggings"),
        describe("leggings", "grey and the leggings are grey and the leggings are grey and", "loop"),
        length("ankle length"),
        details("leggings", "a black long-sleeve top", "other_garment_color"),
        title="Go Colors Women Grey Melange Solid Ankle-Length Leggings",
        color="Grey Melange",
        gender="Women",
    ),
]
