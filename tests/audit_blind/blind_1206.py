"""BLIND_1206 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-first session.
Measured blind at 1ef79ed (the session's sixth rules): 48/60 failures found (80.0%) and 32/238 correct texts flagged
(13.4%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed (kurtas, kurta pyjama / churidar / dhoti sets, sherwanis, Nehru jackets).
Photos are the catalog's usual shots: a male model on a plain grey, white or beige backdrop, wearing the product with
the rest of the outfit (white pyjama or churidar under a kurta, a white kurta under a Nehru jacket, stole, safa and
mojaris with a sherwani, jeans under a short kurta); a few flat lays, a few back views, now and then a prop (a stool,
sunglasses). Catalog columns as Myntra exports them: title, category (the article type: Kurtas, Kurta Sets,
Sherwani, Nehru Jackets), color (the base colour), gender (Men); one product lacks its colour, one its gender, one its
category.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, no adapter. The caption is the model's
unprompted caption (50 new tokens at most). Open questions (wearing, description, details, material) are free greedy
generation after "Question: ... Answer:" (30 new tokens at most, stopping at the newline). Closed questions
(garment_type, color, pattern, sleeve length, "Is this a sherwani/kurta?") are enrich's reference engine ranking a
candidate list, so they come back as a candidate label. The job ran the default questionnaire, trimmed per product
(sleeve length skipped on some batches, material asked on about half), so products carry 5 to 7 questions.
Labeling conventions and judgement calls: near hues are not failures (cream/off-white answered "white" or "beige",
maroon "red", peach "orange", rust "brown", gold "yellow", teal "blue"); navy answered "black" is a failure. Self-design
and tone-on-tone jacquard answered "solid" is accepted; "solid" for a visible print, check, brocade or a title that says
Printed/Checked/Embroidered is a contradiction. Woven motifs called "embroidered" are accepted. A kurta called "shirt"
or "dress" (caption, wearing or garment_type) is a contradiction of the title; "vest" or "jacket" for a Nehru jacket is
accepted, "kurta" for a sherwani is not. The color of the pyjama, inner kurta, stole or safa given as the product's
color is other_garment_color, including the set whose base colour is the kurta's while the answer is the jacket's. "long
sleeves" for a Nehru jacket (the kurta's sleeves underneath) is a contradiction. Material guesses where the title is
silent and the photo makes them plausible (cotton for a matte kurta, silk for a sheen, velvet for visible pile) are left
unmarked; a material against the title, or silk for a matte fabric, is unsupported; invented details and accessories
(embroidery, a chest pocket, brooch, dupatta, pocket square not in the photo) are unsupported. "nothing" for the wearer
of a flat lay, "there are no details", "i don't know" are non_answer; echoing the question ("it is a garment") is
restated. "a woman" / "she" for the male model is pronoun. "arafed" in a caption is the model's known tic and the
caption is otherwise right, so it stays unmarked. Sunglasses given as the garment's details are an accessory answered as
a garment (contradiction).
About one text in five is wrong, fewer than the usual four in ten: the closed answers are ranked from candidates
and are mostly right (about one in nine wrong, the others' colors and "solid" for faint prints), while the base
model's free answers and captions go wrong about one time in three or four.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, is_a

BLIND_1206 = [
    # Photo: model front view, grey backdrop; cream kurta with a tone-on-tone woven motif, cream churidar, brown
    # mojaris; no embroidery, no zari. Caption and open answers: base BLIP-2; closed answers: reference engine. The
    # description invents gold embroidery.
    case(
        "X1206-001",
        caption("a man in a white kurta and white pants standing in front of a grey wall"),
        Q.wearing("a kurta"),
        Q.garment_type("kurta"),
        Q.color("beige"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a white kurta with gold embroidery", "unsupported"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Self-Design Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: navy straight kurta with a small white geometric print, blue jeans, white sneakers, white backdrop.
    # No chest pocket. The caption calls the kurta a shirt; the reference engine misses the small print.
    case(
        "X1206-002",
        caption("a man wearing a blue shirt and jeans", "contradiction"),
        Q.wearing("a blue kurta and jeans"),
        Q.garment_type("kurta"),
        Q.color("navy"),
        Q.pattern("solid", "contradiction"),
        Q.description("a navy blue kurta with white print"),
        Q.details("white buttons and a chest pocket", "unsupported"),
        gender="Men",
        title="Roadster Men Navy Blue Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: maroon kurta, white pyjama, hands in pockets, beige backdrop. The color ranking picks the pyjama's
    # white; the details answer runs to the 30-token limit mid-clause.
    case(
        "X1206-003",
        caption("a man in a maroon kurta and white pants"),
        Q.wearing("a red kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details(
            "the kurta has a mandarin collar and a button placket and the pants have a drawstring waist and the "
            "pants are",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Anouk Men Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: navy Nehru jacket over a white kurta and white pyjama, plain white backdrop. Closed color and sleeve
    # answers describe the kurta underneath.
    case(
        "X1206-004",
        caption("a man in a blue vest and white kurta"),
        Q.wearing("a white kurta and a blue jacket"),
        Q.garment_type("nehru jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("linen"),
        gender="Men",
        title="Hangup Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: off-white sherwani with small gold woven buttis, churidar, maroon stole over the left shoulder, red safa,
    # gold mojaris. No pocket square anywhere. Color ranking picks the stole.
    case(
        "X1206-005",
        caption("arafed man in a white sherwani and red turban"),
        Q.wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.description("a white sherwani with gold embroidery and a red turban"),
        Q.details("the sherwani has a pocket square", "unsupported"),
        gender="Men",
        title="House of Pataudi Men Off-White & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: mustard kurta, white pyjama, grey backdrop, front view. The wearing answer gives the pyjama the kurta's
    # yellow.
    case(
        "X1206-006",
        caption("a man in a yellow kurta and white pants"),
        Q.wearing("a yellow kurta and yellow pants", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves"),
        Q.description("the kurta is yellow"),
        Q.material("cotton"),
        gender="Men",
        title="KISAH Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: gold brocade Nehru jacket over a cream kurta and churidar. The details answer loops to the limit.
    case(
        "X1206-007",
        caption("a man in a gold jacket and white pants"),
        Q.wearing("a gold vest"),
        Q.garment_type("jacket"),
        Q.color("gold"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.details(
            "gold and gold and gold and gold and gold and gold and gold and gold and gold and gold and gold and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Vastramay Men Gold-Toned Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Gold",
    ),
    # Photo: flat lay on white, indigo kurta with white block-printed flowers, laid out full length. No person.
    # The caption reads the long flat kurta as a dress; "nothing" for the wearer says nothing of the garment.
    case(
        "X1206-008",
        caption("a blue and white floral print dress on a white background", "contradiction"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Blue Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: black sherwani with gold zari embroidery on the collar and down the front, plain sleeves, cream churidar.
    # The details answer puts embroidery on the sleeves.
    case(
        "X1206-009",
        caption("a man in a black and gold sherwani"),
        Q.wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.description("the sherwani is black and gold"),
        Q.details("gold embroidery on the collar and the sleeves", "unsupported"),
        gender="Men",
        title="SOJANYA Men Black & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Black",
    ),
    # Photo: pale pink kurta with white chikankari, white pyjama; the male model has shoulder-length hair. The caption
    # and the description make him a woman.
    case(
        "X1206-010",
        caption("a woman in a pink kurta with white embroidery", "pronoun"),
        Q.wearing("a pink kurta"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        Q.description("she is wearing a pink kurta with white embroidery", "pronoun"),
        Q.material("cotton"),
        gender="Men",
        title="Jompers Men Pink Chikankari Embroidered Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: back view, olive kurta with side slits, cream pyjama, grey backdrop. The caption reads olive as brown.
    case(
        "X1206-011",
        caption("the back of a man in a brown kurta", "contradiction"),
        Q.wearing("a green kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.description("a green kurta with a slit on the side"),
        Q.details("there are no details", "non_answer"),
        gender="Men",
        title="See Designs Men Olive Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
    ),
    # Photo: white cotton kurta with white buttons and two side pockets, white pyjama, white backdrop. The details
    # answer falls into a loop.
    case(
        "X1206-012",
        caption("a man in a white kurta and white pants"),
        Q.wearing("white kurta pajama"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.material("cotton"),
        Q.details(
            "a white kurta with white buttons and white pockets and white buttons and white pockets and white buttons "
            "and white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="FOJ Men White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: teal kurta with a tone-on-tone jacquard, beige trousers; the model holds a pair of sunglasses in one
    # hand. The details answer names the sunglasses.
    case(
        "X1206-013",
        caption("a man in a blue kurta holding a pair of sunglasses"),
        Q.wearing("a blue kurta and khaki pants"),
        Q.garment_type("kurta"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.description("a blue kurta with a mandarin collar"),
        Q.details("sunglasses", "contradiction"),
        gender="Men",
        title="Tabard Men Teal Green Self Design Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: peach sherwani with zari embroidery, cream churidar, peach safa, mojaris. The reference engine ranks
    # "kurta" over "sherwani".
    case(
        "X1206-014",
        caption("a man in an orange sherwani with a turban"),
        Q.wearing("a sherwani and a turban"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("orange"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: hip-length black short kurta with a band collar, blue jeans, white backdrop. Everything reads it as a
    # shirt, including the closed garment type.
    case(
        "X1206-015",
        caption("a man in a black shirt and blue jeans", "contradiction"),
        Q.wearing("a black shirt and jeans", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="HERE&NOW Men Black Solid Short Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: cream kurta, cream churidar and a maroon Nehru jacket (part of the set). Base colour is the kurta's; the
    # color ranking picks the jacket.
    case(
        "X1206-016",
        caption("a man in a maroon vest and white kurta"),
        Q.wearing("a white kurta and a red jacket"),
        Q.garment_type("kurta"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a white kurta with a red vest"),
        Q.material("silk"),
        gender="Men",
        title="Sojanya Men Cream & Maroon Solid Kurta with Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: beige kurta with a woven stripe texture, white pyjama, grey wall. The description runs to the limit.
    case(
        "X1206-017",
        caption("a man in a beige kurta and white pants standing in front of a wall"),
        Q.wearing("a kurta"),
        Q.garment_type("kurta"),
        Q.color("beige"),
        Q.pattern("woven"),
        Q.description(
            "the kurta is beige with a mandarin collar and a slit on the side and the pants are white and the kurta "
            "has a",
            "cut",
            hit_limit=True,
        ),
        Q.details("buttons on the front"),
        gender="Men",
        title="Ethnix by Raymond Men Beige Woven Design Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Photo: red kurta, white pyjama, white backdrop. The wearing answer carries on into the prompt format.
    case(
        "X1206-018",
        caption("a man in a red kurta"),
        Q.wearing("a red kurta Question: What is the color of the pants? Answer: white", "leak"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Showoff Men Red Solid Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: flat lay on white, grey Nehru jacket with a fine check only visible up close.
    case(
        "X1206-019",
        caption("a grey vest on a white background"),
        Q.wearing("a vest"),
        Q.garment_type("nehru jacket"),
        Q.color("grey"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Blackberrys Men Grey Checked Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Photo: bottle-green kurta with a gold foil print, cream pyjama. All right.
    case(
        "X1206-020",
        caption("a man in a green and gold kurta"),
        Q.wearing("a green kurta with gold print"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.description("a green kurta with gold print on it"),
        Q.details("gold print"),
        gender="Men",
        title="Anouk Men Green & Gold-Toned Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: blue self-design kurta, white churidar, grey backdrop. The details answer only echoes the question.
    case(
        "X1206-021",
        caption("a man in a blue kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("the details of the garment", "restated"),
        gender="Men",
        title="Manyavar Men Blue Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: yellow kurta with a small white floral print, self-fabric band collar, white pyjama, hand on hip. The
    # description invents a white collar.
    case(
        "X1206-022",
        caption("a man in a yellow kurta with a floral print"),
        Q.wearing("a yellow kurta with flowers"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.description("a yellow and white floral kurta with a white collar", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Jompers Men Yellow Floral Printed Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: navy sherwani with tone-on-tone jacquard, cream churidar, gold stole. The caption sees navy as black.
    case(
        "X1206-023",
        caption("a man in a black sherwani with a gold scarf", "contradiction"),
        Q.wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a navy blue sherwani with a gold scarf"),
        gender="Men",
        title="TheEthnicCo Men Navy Blue Woven Design Sherwani",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: black Nehru jacket with a small white paisley print, matte cotton, over a white kurta.
    case(
        "X1206-024",
        caption("a man in a black and white jacket"),
        Q.wearing("a white kurta and a black vest"),
        Q.garment_type("nehru jacket"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Hangup Men Black Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: white kurta with thin red pinstripes, white pyjama. The caption loops to the 50-token limit.
    case(
        "X1206-025",
        caption(
            "a man in a white and red striped kurta with a white and red striped kurta with a white and red striped "
            "kurta with a white and red striped kurta with a white and red",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a striped kurta"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Sanwara Men White & Red Striped Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: purple silk-blend kurta with a sheen, white pyjama. Material answer goes against the title.
    case(
        "X1206-026",
        caption("a man in a purple kurta and white pants"),
        Q.wearing("a purple kurta"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.description("a purple silk kurta"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="VASTRAMAY Men Purple Solid Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Purple",
    ),
    # Photo: off-white kurta with white thread embroidery around the neckline and placket, beige trousers. The feed
    # row has no colour. "solid" misses the embroidery the title names.
    case(
        "X1206-027",
        caption("a man in a white kurta"),
        Q.wearing("a white kurta and beige pants"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.details("embroidery on the collar"),
        gender="Men",
        title="Ethnix Men Off-White Embroidered Kurta",
        category="Kurtas",
    ),
    # Photo: maroon velvet sherwani with gold embroidery, gold churidar. All right.
    case(
        "X1206-028",
        caption("a man in a red sherwani with gold embroidery"),
        is_a("sherwani", "yes"),
        Q.garment_type("sherwani"),
        Q.color("red"),
        Q.pattern("embroidered"),
        Q.material("velvet"),
        Q.details("gold embroidery on the front and the sleeves"),
        gender="Men",
        title="Manyavar Men Maroon Embroidered Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: grey melange kurta, black jeans. The wearing answer gives the kurta the jeans' black.
    case(
        "X1206-029",
        caption("a man in a grey kurta and black pants"),
        Q.wearing("a black kurta and black pants", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Roadster Men Grey Melange Solid Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: rust kurta with a cream churidar. The description calls the churidar matching.
    case(
        "X1206-030",
        caption("a man in an orange kurta and white pants"),
        Q.wearing("a kurta and churidar"),
        Q.garment_type("kurta"),
        Q.color("brown"),
        Q.sleeve_length("long sleeves"),
        Q.description("an orange kurta with a matching churidar", "contradiction"),
        gender="Men",
        title="Sojanya Men Rust Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: blue kurta with a white ikat print, white pyjama, brown sandals. The wearing answer runs out mid-list.
    case(
        "X1206-031",
        caption("a man in a blue and white kurta"),
        Q.wearing(
            "a blue and white printed kurta with a white pajama and a pair of brown sandals and a white",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Jompers Men Blue & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: beige self-design Nehru jacket over a light blue kurta, white churidar. Color and sleeves come from the
    # kurta underneath.
    case(
        "X1206-032",
        caption("a man wearing a beige vest and a blue kurta"),
        Q.wearing("a vest"),
        Q.garment_type("nehru jacket"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("a beige vest with a mandarin collar"),
        gender="Men",
        title="Manyavar Men Beige Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: indigo-dyed cotton kurta, slightly uneven dye, white pyjama. The feed row has no gender. All right.
    case(
        "X1206-033",
        caption("a man in a blue kurta and white pants"),
        Q.wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.material("cotton"),
        Q.details("a mandarin collar and a button placket"),
        title="Fabindia Men Blue Dyed Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: sea-green kurta with a small white print, white pyjama. The wearing answer runs on into new questions.
    case(
        "X1206-034",
        caption("a man in a green kurta"),
        Q.wearing(
            "a green kurta and white pants. Question: What is the color of the kurta? Answer: green. Question: What "
            "is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.description("a green kurta with a white print"),
        gender="Men",
        title="Anouk Men Sea Green Printed Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: cream sherwani with light tone-on-tone embroidery, pink safa, pearl mala, churidar. The caption and the
    # yes/no question take it for a kurta; the color ranking picks the safa.
    case(
        "X1206-035",
        caption("a man in a white kurta and a pink turban", "contradiction"),
        is_a("sherwani", "no", "contradiction"),
        Q.garment_type("sherwani"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="KISAH Men Cream Embroidered Sherwani",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: flat lay, lavender kurta folded above white pyjamas on a white surface. The caption says shirt.
    case(
        "X1206-036",
        caption("a purple shirt and white pants laid out on a white background", "contradiction"),
        Q.wearing("a purple kurta and white pajamas"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Men",
        title="SG LEMAN Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: pink satin Nehru jacket with a white pocket square, over a white kurta and churidar. No brooch.
    case(
        "X1206-037",
        caption("a man in a pink vest and white pants"),
        Q.wearing("a pink vest and a white kurta"),
        Q.garment_type("nehru jacket"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        Q.details("a pocket square and a brooch", "unsupported"),
        Q.material("silk"),
        gender="Men",
        title="Hangup Men Pink Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Pink",
    ),
    # Photo: olive kurta with roll-up sleeve tabs, black jeans; the model sits on a wooden stool.
    case(
        "X1206-038",
        caption("a man in a green kurta sitting on a stool"),
        Q.wearing("a green shirt and black jeans", "contradiction"),
        is_a("kurta", "yes"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.details("roll-up sleeves"),
        gender="Men",
        title="Roadster Men Olive Green Solid Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: matte black cotton-look kurta with gold buttons, cream dhoti pants, beige backdrop. The caption gives the
    # dhoti the kurta's black; "silk" has nothing to stand on.
    case(
        "X1206-039",
        caption("a man in a black kurta and black dhoti", "other_garment_color"),
        Q.wearing("a black kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.description("a black kurta with gold buttons and a white dhoti"),
        Q.details("the kurta has gold buttons"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Vastramay Men Black Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: cream kurta with green woven motifs across the body, white pyjama. The color ranking picks the motif
    # green; the material question gets no answer.
    case(
        "X1206-040",
        caption("a man in a white kurta with green embroidery"),
        Q.wearing("kurta"),
        Q.garment_type("kurta"),
        Q.color("green", "contradiction"),
        Q.pattern("embroidered"),
        Q.material("i don't know", "non_answer"),
        gender="Men",
        title="Tabard Men Cream & Green Woven Design Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Photo: back view, gold brocade sherwani, churidar; nothing else in the frame. The description adds a dupatta.
    case(
        "X1206-041",
        caption("the back of a man in a gold sherwani"),
        Q.wearing("a gold sherwani"),
        Q.garment_type("sherwani"),
        Q.color("yellow"),
        Q.pattern("woven"),
        Q.description("a gold sherwani with a red dupatta", "unsupported"),
        gender="Men",
        title="Manyavar Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: navy jacquard kurta with tone-on-tone motifs, white churidar. The description is cut at the limit.
    case(
        "X1206-042",
        caption("a man in a navy blue kurta and white pants"),
        Q.wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "the kurta is made of a jacquard fabric with a mandarin collar and a button placket, and the churidar is "
            "made of a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="House of Pataudi Men Navy Blue Jacquard Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: sky-blue linen kurta, white pyjama. The color ranking picks the pyjama; the wearing answer turns the
    # pyjama blue.
    case(
        "X1206-043",
        caption("a man in a light blue kurta and white pants"),
        Q.wearing("a blue kurta and blue pants", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.material("linen"),
        gender="Men",
        title="Ethnix by Raymond Men Blue Solid Linen Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: peach kurta, white pyjama; the male model has shoulder-length hair tied back. The caption says woman;
    # the description only says it is a garment.
    case(
        "X1206-044",
        caption("a woman in a peach kurta and white pants", "pronoun"),
        Q.wearing("a peach kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.description("it is a garment", "restated"),
        gender="Men",
        title="KISAH Men Peach Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: ivory sherwani with gold thread embroidery on collar, cuffs and front, churidar, cream stole. The feed row
    # has no category. The details answer loops.
    case(
        "X1206-045",
        caption("a man in a white sherwani with gold embroidery"),
        Q.wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.details(
            "gold embroidery on the collar, the cuffs, the front, the cuffs, the front, the cuffs, the front, the "
            "cuffs",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sojanya Men Ivory & Gold-Toned Embroidered Sherwani Set",
        color="Off White",
    ),
]
