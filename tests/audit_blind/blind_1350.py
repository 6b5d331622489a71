"""BLIND_1350 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-third session.
Measured blind at a6e2e4e (the session's eighth and final rules): 59/72 failures found (81.9%) and 32/257 correct
texts flagged (12.5%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed (article types Kurtas, Kurta Sets, Sherwani, Nehru Jackets; base colours
as Myntra writes them). Usual catalog shots: a male model on a plain grey or white backdrop wearing the product with
a pyjama, churidar, dhoti, jeans or chinos; sherwanis with a stole, safa or mala; Nehru jackets over a kurta or a
shirt or a t-shirt; now and then a flat lay or a back view. A few rows lack the gender, colour or category column, as
feeds do.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b (no adapter), greedy decoding. The
caption is the unprompted caption (50 new tokens at most). The open questions (wearing, description, details,
material) are free generation with the `Question: ... Answer:` prompt (30 new tokens at most). The closed questions
(garment type, colour, pattern, sleeve length, the pyjama/jacket/dhoti colour, is-a) are enrich's reference engine
over the same base model; where the generated text did not map to a candidate the raw text was kept.
Labeling conventions and judgement calls: judged against the photo I imagined (described in the comment above each
case) and the title. A colour that belongs to another garment in the photo (the white pyjama, the kurta under a
Nehru jacket, the stole, the t-shirt) is other_garment_color; a colour found nowhere in the photo, or a garment name,
pattern or material that the title contradicts, is contradiction. Sleeve length read off the kurta or shirt under a
sleeveless Nehru jacket is contradiction. Near colours accepted: cream/off white/ivory as "white", maroon as "red",
rust as "orange", lavender as "purple", gold as "yellow", turquoise as "blue", peach as pink or orange. Tone-on-tone
self design or woven jacquard that reads plain from the camera's distance is accepted as "solid"; a visible gold
jacquard or chikankari answered "solid" is not. "vest", "jacket" and "coat" are accepted for a Nehru jacket and
"coat" for a sherwani; "suit" and "dress" are not. A knee-length kurta called a "shirt" is marked contradiction; a
short kurta worn with jeans called a shirt in the caption or the wearing answer is left correct (it looks like one).
An invented object or construction detail (sword, zipper, pocket square, chest pocket) is unsupported, as is a
material the photo cannot show and the truth does not have. "nothing" to the wearing question on a flat lay and an
empty answer are non_answer; an answer that only hands back the question's words is restated. A text that is both
cut and invented is labelled by what a reader notices first. Answers that stop short but say true things are
correct. "unknown" and "the sherwani has a lot of details" are non_answer; "the garment is made of material" is
restated; a raw unmapped garment type ("traditional indian") is non_answer. A "no" to "Is this a kurta?" or "Is this a
nehru jacket?" when it is one is contradiction. Texts that disagree with each other (a wearing answer saying shirt
next to a closed "kurta") are judged one by one against the photo. About one text in five is wrong here, fewer than
the adapters' runs: the base model stops on short answers and the closed questions are picked from candidates, so
most failures are colours taken from the other garment in a layered or two-piece outfit, kurtas called shirts or
dresses, and guessed materials and details.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, is_a

MEN = "Men"

BLIND_1350 = [
    # Photo: model in a plain navy straight kurta, white churidar, tan mojaris, grey backdrop.
    # Caption and open answers: base OPT-2.7b; closed: reference engine over base. All correct.
    case(
        "X1350-001",
        caption("a man in a blue kurta standing in front of a gray background"),
        Q.wearing("a blue kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("it has a mandarin collar"),
        Q.material("cotton"),
        gender=MEN,
        title="Anouk Men Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: white kurta with dense white chikankari on the yoke and placket, white pyjama, front view.
    # Base caption/open; reference engine closed. The engine called the chikankari "solid"; material is not linen.
    case(
        "X1350-002",
        caption("a man in a white kurta and white pants"),
        Q.wearing("a white kurta pajama"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.details("embroidery"),
        Q.material("linen", "contradiction"),
        gender=MEN,
        title="Jompers Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: maroon silk-blend sherwani with gold zari embroidery, cream churidar, gold stole over one shoulder.
    # Base caption/open; reference engine closed. All correct (maroon as red).
    case(
        "X1350-003",
        caption("a man in a red and gold sherwani"),
        Q.wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("red"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long"),
        Q.details("gold embroidery on the collar and sleeves"),
        Q.material("silk"),
        gender=MEN,
        title="Manyavar Men Maroon Embroidered Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: teal tone-on-tone woven Nehru jacket over a white kurta and white pyjama.
    # Base caption/open; reference engine closed. Type, colour, sleeves and yes/no read off the kurta underneath.
    case(
        "X1350-004",
        caption("a man wearing a green vest and white kurta"),
        Q.wearing("a white kurta and a green jacket"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("silk"),
        is_a("nehru jacket", "no", "contradiction"),
        gender=MEN,
        title="VASTRAMAY Men Teal Green Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
    ),
    # Photo: knee-length mustard cotton kurta, off-white pyjama, model with hands in the kurta's side pockets.
    # Base caption/open; reference engine closed. Caption calls the knee-length kurta a shirt; pyjama got yellow.
    case(
        "X1350-005",
        caption("a man in a yellow shirt with his hands in his pockets", "contradiction"),
        Q.wearing("a yellow kurta and yellow pants", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender=MEN,
        title="Fabindia Men Mustard Yellow Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: cream kurta with a clearly visible gold-toned jacquard motif all over, gold buttons, cream churidar.
    # Base caption/open; reference engine closed. "she" for the man; gold jacquard called "solid"; description cut.
    case(
        "X1350-006",
        caption("a man in a white kurta and white pants"),
        Q.wearing("she is wearing a white kurta and churidar", "pronoun"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description(
            "a white kurta with gold embroidery on the front and a mandarin collar and gold buttons on the front and "
            "gold embroidery on the sleeves and",
            "cut",
            hit_limit=True,
        ),
        Q.details("it has a mandarin collar and gold buttons"),
        gender=MEN,
        title="House of Pataudi Men Cream-Coloured & Gold-Toned Jacquard Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: black kurta with a small white geometric print, worn with blue jeans and white sneakers.
    # Base caption/open; reference engine closed. The material is the jeans', not the kurta's.
    case(
        "X1350-007",
        caption("a man wearing a black and white kurta and jeans"),
        Q.wearing("a black kurta and jeans"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        Q.material("denim", "unsupported"),
        gender=MEN,
        title="Hangup Men Black Printed Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: off-white sherwani with tonal thread embroidery, white churidar, red stole and red safa (turban).
    # Base caption/open; reference engine closed. The colour answer took the stole and safa; the details say nothing.
    case(
        "X1350-008",
        caption("a man in a white sherwani with a red scarf"),
        Q.wearing("a white sherwani and a red turban"),
        Q.garment_type("sherwani"),
        Q.color("red", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long"),
        Q.details("the sherwani has a lot of details", "non_answer"),
        Q.material("silk"),
        gender=MEN,
        title="Manyavar Men Off White Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: knee-length kurta with blue and white vertical stripes, white pyjama; no chest pocket.
    # Base caption/open; reference engine closed. Engine said shirt and "no" to kurta; details invent a chest pocket.
    case(
        "X1350-009",
        caption("a man in a blue and white striped kurta"),
        Q.wearing("a blue and white striped kurta"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.details("the kurta has a mandarin collar and a pocket on the chest", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        gender=MEN,
        title="See Designs Men Blue & White Striped Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: flat lay of an olive cotton-blend Nehru jacket on white, no person.
    # Base caption/open; reference engine closed. "wool" is guessed: the jacket is a cotton blend.
    case(
        "X1350-010",
        caption("a green vest on a white background"),
        Q.wearing("a green vest"),
        Q.garment_type("vest"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.details("it has buttons down the front and two pockets"),
        Q.material("wool", "unsupported"),
        gender=MEN,
        title="KISAH Men Olive Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
    ),
    # Photo: maroon kurta with a subtle self-design weave, cream churidar, grey backdrop.
    # Base caption/open; reference engine closed. The garment colour came from the churidar.
    case(
        "X1350-011",
        caption("a man in a maroon kurta and white pants"),
        Q.wearing("a maroon kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        color_of("pyjamas", "white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        gender=MEN,
        title="Sojanya Men Maroon & Cream Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: back view (first image of the listing) of a beige kurta with side slits and a beige pyjama.
    # Base caption/open; reference engine closed. All correct.
    case(
        "X1350-012",
        caption("the back of a man in a beige kurta"),
        Q.wearing("a beige kurta"),
        Q.garment_type("kurta"),
        Q.color("beige"),
        Q.description("it is a long kurta with a slit on the side"),
        Q.details("the back of the kurta has a slit"),
        Q.material("cotton"),
        gender=MEN,
        title="Ethnix by Raymond Men Beige Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: gold-toned sherwani with floral zari embroidery, gold churidar, maroon stole draped over the arm.
    # Base caption/open; reference engine closed. "coat" accepted for a sherwani; the material answer says nothing.
    case(
        "X1350-013",
        caption("a man in a gold sherwani and a red shawl"),
        Q.wearing("a sherwani"),
        Q.garment_type("coat"),
        Q.color("gold"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.material("unknown", "non_answer"),
        gender=MEN,
        title="Manyavar Men Gold-Toned Embroidered Sherwani",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: pink cotton kurta with a small white floral print, white pyjama, white backdrop.
    # Base caption/open; reference engine closed. "she" for the male model; everything else correct.
    case(
        "X1350-014",
        caption("a man in a pink kurta with flowers on it"),
        Q.wearing("she is wearing a pink kurta", "pronoun"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        Q.description("a pink kurta with a floral print on it"),
        gender=MEN,
        title="Anouk Men Pink Floral Printed Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: plain sea green kurta, white pyjama, cream printed Nehru jacket worn open on top (three-piece set).
    # Base caption/open; reference engine closed. The engine typed the set and coloured it by its jacket.
    case(
        "X1350-015",
        caption("a man in a green kurta and a white jacket"),
        Q.wearing("a green kurta, white pants and a white vest"),
        Q.garment_type("vest", "contradiction"),
        Q.color("white", "other_garment_color"),
        color_of("jacket", "white"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender=MEN,
        title="Jompers Men Sea Green Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: knee-length indigo kurta with a small white hand-block print, khaki chinos, brown loafers.
    # Base caption/open; reference engine closed. Caption calls the knee-length kurta a shirt; the print read as solid.
    case(
        "X1350-016",
        caption("a man in a blue shirt and khaki pants", "contradiction"),
        Q.wearing("a blue kurta and khaki pants"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.material("cotton"),
        Q.details("the kurta has a white print on it"),
        gender=MEN,
        title="Fabindia Men Indigo Hand Block Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: black velvet sherwani, plain, white churidar, dark grey backdrop.
    # Base caption/open; reference engine closed. "suit" twice for a sherwani.
    case(
        "X1350-017",
        caption("a man in a black suit standing in front of a dark background", "contradiction"),
        Q.wearing("a black sherwani and white pants"),
        Q.garment_type("suit", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("velvet"),
        gender=MEN,
        title="Tabard Men Black Velvet Solid Sherwani Set",
        category="Sherwani",
        color="Black",
    ),
    # Photo: yellow silk-blend kurta, white pyjama, marigold garlands hung as a haldi prop behind the model.
    # Base caption/open; reference engine closed. Pyjama got the kurta's yellow; details loop; "cotton" vs "Silk Blend".
    case(
        "X1350-018",
        caption("a man in a yellow kurta standing next to a bunch of flowers"),
        Q.wearing("a yellow kurta"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        color_of("pyjamas", "yellow", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(
            "the kurta has a collar and the kurta has a collar and the kurta has a collar and the kurta has a "
            "collar and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        gender=MEN,
        title="Vastramay Men Yellow Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: navy Nehru jacket with a welt chest pocket (no pocket square) over a light blue shirt, beige chinos.
    # Base caption/open; reference engine closed. Sleeves read off the shirt; the pocket square is invented.
    case(
        "X1350-019",
        caption("a man wearing a blue vest and a light blue shirt"),
        Q.wearing("a blue shirt and a blue vest"),
        Q.garment_type("vest"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.details("the vest has a mandarin collar and a pocket square", "unsupported"),
        gender=MEN,
        title="MANQ Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: rust cotton kurta, cream pyjama, plain white backdrop; fabric is smooth cotton, not slub.
    # Base caption/open; reference engine closed. "linen" is a guess the photo does not support.
    case(
        "X1350-020",
        caption("a man in an orange kurta"),
        Q.wearing("an orange kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("it has a mandarin collar and a button placket"),
        Q.material("linen", "unsupported"),
        gender=MEN,
        title="Sanwara Men Rust Orange Solid Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: flat lay: lavender chikankari kurta folded above a white pyjama on a white surface, no person.
    # Base caption/open; reference engine closed. "nothing" on a flat lay; the caption makes the set a dress.
    case(
        "X1350-021",
        caption("a purple dress laid out on a white surface", "contradiction"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        color_of("pyjamas", "white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender=MEN,
        title="Jompers Men Lavender Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: peach silk-blend kurta with tone-on-tone woven buttis, cream pyjama, buttons down the placket.
    # Base caption/open; reference engine closed. Peach as orange or pink accepted; "shirt" and pink pants are not.
    case(
        "X1350-022",
        caption("a man in an orange kurta and white pants"),
        Q.wearing("a pink kurta and pink pants", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.details("the kurta has a mandarin collar and buttons down the front"),
        Q.material("silk"),
        gender=MEN,
        title="DEYANN Men Peach-Coloured Woven Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: navy Nehru jacket with a small gold-toned print over a cream kurta and cream churidar.
    # Base caption/open; reference engine closed. The garment colour came from the kurta underneath.
    case(
        "X1350-023",
        caption("a man in a blue vest and white pants"),
        Q.wearing("a blue vest and white kurta"),
        Q.garment_type("vest"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        gender=MEN,
        title="Manyavar Men Navy Blue & Gold-Toned Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: cream sherwani with maroon and gold embroidery at the collar and cuffs, red safa, pearl mala.
    # Base caption/open; reference engine closed. The material answer rambled to the token limit.
    case(
        "X1350-024",
        caption("a man in a white sherwani with a red turban"),
        Q.wearing("a white and gold sherwani, a red turban and a necklace"),
        Q.garment_type("sherwani"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long"),
        Q.material(
            "silk and velvet with gold embroidery and pearl buttons on the front and the sleeves and the collar and "
            "the hem and the",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Tabard Men Cream & Maroon Embroidered Sherwani Set with Safa",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: charcoal grey straight kurta, white pyjama, white backdrop.
    # Base caption/open; reference engine closed. The wearing answer says shirt; the pyjama got the kurta's grey.
    case(
        "X1350-025",
        caption("a man in a gray kurta and white pants"),
        Q.wearing("a grey shirt and white pants", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("grey"),
        color_of("pyjamas", "grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        gender=MEN,
        title="Anouk Men Charcoal Grey Solid Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
    ),
    # Photo: gold-toned plain silk kurta with cream dhoti pants, model barefoot on a grey backdrop.
    # Base caption/open; reference engine closed. Type kept raw "traditional indian"; the dhoti got the kurta's yellow.
    case(
        "X1350-026",
        caption("a man in a yellow kurta and white dhoti"),
        Q.wearing("a yellow kurta and a white dhoti"),
        Q.garment_type("traditional indian", "non_answer"),
        Q.color("yellow"),
        color_of("dhoti", "yellow", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("silk"),
        gender=MEN,
        title="Sojanya Men Gold-Toned Solid Silk Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Gold",
    ),
    # Photo: black rayon kurta with mirror work and thread embroidery on the yoke, black churidar.
    # Base caption/open; reference engine closed. "cotton" for a rayon kurta cannot be told from the photo.
    case(
        "X1350-027",
        caption("a man wearing a black kurta with mirrors on it"),
        Q.wearing("a black kurta"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.details("it has mirror work on the front"),
        Q.material("cotton", "unsupported"),
        gender=MEN,
        title="Hangup Men Black Yoke Design Mirror Work Rayon Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: blue kurta with a small white print, white churidar, model looking at a phone in his hand.
    # Base caption/open; reference engine closed. The wearing answer ran on into a new Q/A pair; material restated.
    case(
        "X1350-028",
        caption("a man in a blue kurta holding a phone"),
        Q.wearing("a blue kurta. Question: What is the color of the kurta? Answer: blue", "leak"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        Q.material("the garment is made of material", "restated"),
        gender=MEN,
        title="Manyavar Men Blue Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: ankle-length maroon angrakha-style kurta flaring from the waist, maroon churidar; male model, beard.
    # Base caption/open; reference engine closed. The flare made the model a woman in a dress.
    case(
        "X1350-029",
        caption("a woman in a red dress standing in front of a white wall", "pronoun"),
        Q.wearing("a red dress", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("silk"),
        gender=MEN,
        title="Manyavar Men Maroon Solid Angrakha Style Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: beige printed linen-blend Nehru jacket over a black crew-neck t-shirt, blue jeans.
    # Base caption/open; reference engine closed. Colour and sleeves read off the t-shirt.
    case(
        "X1350-030",
        caption("a man wearing a beige vest over a black t-shirt"),
        Q.wearing("a black shirt and a tan vest"),
        Q.garment_type("vest"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("the vest has a print of leaves on it"),
        Q.material("linen"),
        is_a("nehru jacket", "yes"),
        gender=MEN,
        title="Hangup Men Beige Printed Linen Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: kurta with a multicoloured ikat print (blue, red, mustard, green), white pyjama.
    # Base caption/open; reference engine closed. The details answer cycled the colours to the limit.
    case(
        "X1350-031",
        caption("a man in a colorful kurta"),
        Q.wearing("a colorful kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("multicolor"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        Q.details(
            "the kurta has a print of red, blue, green, yellow, red, blue, green, yellow, red, blue, green, yellow, "
            "red, blue",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Vastramay Men Multicoloured Ikat Printed Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # Photo: cream Nehru jacket over a white kurta and white churidar, white backdrop.
    # Base caption/open; reference engine closed. Sleeves read off the kurta; the material answer came back empty.
    case(
        "X1350-032",
        caption("a man in a white vest and white kurta"),
        Q.wearing("a white kurta and vest"),
        Q.garment_type("vest"),
        Q.color("white"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("", "non_answer"),
        gender=MEN,
        title="Ethnix by Raymond Men Cream Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Photo: hip-length green short kurta with sleeves rolled to the elbow, blue jeans, white sneakers.
    # Base caption/open; reference engine closed. "shirt" accepted for a short kurta; "yes" to details is not.
    case(
        "X1350-033",
        caption("a man in a green shirt and jeans"),
        Q.wearing("a green shirt and blue jeans"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("yes", "non_answer"),
        gender=MEN,
        title="Anouk Men Green Solid Short Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: off-white kurta with white chikankari down the front, off-white pyjama.
    # Base caption/open; reference engine closed. "she" for the male model.
    case(
        "X1350-034",
        caption("a man in a white kurta with embroidery"),
        Q.wearing("she is wearing a white kurta", "pronoun"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.details("it has white embroidery on the front"),
        Q.description("a white kurta with white embroidery"),
        Q.material("cotton"),
        gender=MEN,
        title="Sanwara Men Off White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: black Nehru jacket over a white shirt-collar kurta, black trousers.
    # Base caption/open; reference engine closed. The details answer hands the question back.
    case(
        "X1350-035",
        caption("a man in a black vest and white shirt"),
        Q.wearing("a black vest"),
        Q.garment_type("vest"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.details("the details of the garment are the details of the vest", "restated"),
        Q.material("polyester"),
        gender=MEN,
        title="KISAH Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: navy kurta with tonal embroidery at the neck, white pyjama visible below the knee.
    # Base caption/open; reference engine closed. The pyjama got the kurta's blue; "silk" for a cotton kurta.
    case(
        "X1350-036",
        caption("a man in a blue kurta"),
        Q.wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        color_of("pyjamas", "blue", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        gender=MEN,
        title="Jompers Men Navy Blue Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: peach sherwani with gold thread embroidery, cream churidar, gold stole.
    # Base caption/open; reference engine closed. The description ran to the 30-token limit mid-phrase.
    case(
        "X1350-037",
        caption("a man in a pink sherwani"),
        Q.wearing("a pink sherwani and white pants"),
        Q.garment_type("sherwani"),
        Q.color("pink"),
        Q.sleeve_length("long"),
        describe(
            "sherwani",
            "the sherwani is a long coat with a high collar and buttons down the front, it is embroidered with gold "
            "thread and has a matching",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Manyavar Men Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: brown cotton kurta with two side-seam pockets and a short button placket (no zipper), against a wall.
    # Base caption/open; reference engine closed. The zipper and front pockets are invented.
    case(
        "X1350-038",
        caption("a man in a brown kurta standing against a wall"),
        Q.wearing("a brown kurta"),
        Q.garment_type("kurta"),
        Q.color("brown"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("it has two pockets on the front and a zipper", "unsupported"),
        Q.material("cotton"),
        gender=MEN,
        title="Fabindia Men Brown Solid Cotton Kurta",
        category="Kurtas",
        color="Brown",
    ),
    # Photo: plain red kurta, white pyjama, warm studio light.
    # Base caption/open; reference engine closed. Closed colour says orange for a clearly red kurta; polyester guessed.
    case(
        "X1350-039",
        caption("a man in a red kurta and white pants"),
        Q.wearing("a red kurta"),
        Q.garment_type("kurta"),
        Q.color("orange", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("polyester", "unsupported"),
        gender=MEN,
        title="See Designs Men Red Solid Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: green kurta with gold-toned floral jacquard buttis, gold-toned cream churidar. Feed row lacks colour.
    # Base caption/open; reference engine closed. All correct.
    case(
        "X1350-040",
        caption("a man in a green and gold kurta"),
        Q.wearing("a green kurta and gold pants"),
        Q.garment_type("kurta"),
        Q.color("green"),
        color_of("pyjamas", "gold"),
        Q.pattern("floral"),
        Q.material("silk"),
        gender=MEN,
        title="Manyavar Men Green & Gold-Toned Jacquard Kurta with Churidar",
        category="Kurta Sets",
    ),
    # Photo: maroon velvet Nehru jacket over a white kurta, white churidar.
    # Base caption/open; reference engine closed. The material answer ran on through two made-up Q/A pairs.
    case(
        "X1350-041",
        caption("a man wearing a maroon vest and white kurta"),
        Q.wearing("a red vest"),
        Q.garment_type("vest"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "velvet Question: what is the color of the garment? Answer: maroon Question: what is the pattern of the "
            "garment? Answer: solid",
            "leak",
        ),
        gender=MEN,
        title="Hangup Men Maroon Solid Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: turquoise kurta with a small white print, white pyjama; male model with shoulder-length hair.
    # Feed row lacks gender. Base caption/open; reference engine closed. Caption: a woman; pyjama got blue.
    case(
        "X1350-042",
        caption("a woman in a blue kurta and white pants", "pronoun"),
        Q.wearing("a blue kurta and blue pants", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        title="Jompers Men Turquoise Blue Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Photo: navy sherwani with silver embroidery, white churidar, model holding a folded cream stole (no sword).
    # Base caption/open; reference engine closed. The caption invents a sword; the buttons are silver-toned, not gold.
    case(
        "X1350-043",
        caption("a man in a blue sherwani holding a sword", "unsupported"),
        Q.wearing("a blue sherwani"),
        Q.garment_type("sherwani"),
        Q.color("blue"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long"),
        Q.details("it has gold buttons", "unsupported"),
        gender=MEN,
        title="Manyavar Men Navy Blue Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: plain full-sleeve orange kurta, white pyjama, white backdrop. Feed row lacks the category column.
    # Base caption/open; reference engine closed. Caption loops to the 50-token limit; pyjama orange; sleeves short.
    case(
        "X1350-044",
        caption(
            "a man in an orange kurta and white pants and white pants and white pants and white pants and white pants "
            "and white pants and white pants and white pants and white pants and white pants and white pants and white "
            "pants and white",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("an orange kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        color_of("pyjamas", "orange", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        gender=MEN,
        title="Vastramay Men Orange Solid Kurta with Pyjamas",
        color="Orange",
    ),
    # Photo: back view of a knee-length lime green kurta with side slits, white pyjama.
    # Base caption/open; reference engine closed. The caption calls the knee-length kurta a shirt.
    case(
        "X1350-045",
        caption("a man in a green shirt with his back to the camera", "contradiction"),
        Q.wearing("a green kurta"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("there is a slit on the side"),
        is_a("kurta", "yes"),
        gender=MEN,
        title="Anouk Men Lime Green Solid Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lime Green",
    ),
]
