"""BLIND_1182 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-first session.
Measured blind at ac865f6 (the session's fourth rules): 44/66 failures found (66.7%) and 30/243 correct texts flagged
(12.3%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed: kurtas, kurta sets (kurta pyjama, kurta churidar, kurta dhoti, three-piece
sets with a Nehru jacket), sherwani sets and Nehru jackets. Columns as the feed has them: title, category (Myntra's
article type: Kurtas, Kurta Sets, Sherwani, Nehru Jackets), color (the base colour) and gender ("Men"); a few rows lack
the color or the gender. Photos are the catalog's usual shots: a model on a plain light backdrop wearing the product
with other clothes (a white kurta under a Nehru jacket, a safa and a stole with a sherwani, jeans under a short kurta),
a few flat lays, two back views, props now and then (a stool, a chair, a brass diya plate, marigolds, sunglasses).
Who wrote what: captions and open answers (wearing, details, description, describe the kurta/sherwani, material) come
from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, with the "Question: ... Answer:" prompt, 50 new tokens
for captions and 30 for answers; it mostly stops at a newline after a few words, now and then it runs on. The closed
answers (garment type, color, pattern, sleeve length, color of the kurta/pants/jeans, "Is this a ...?") come from
enrich's reference engine ranking a closed candidate list, so they are always one clean candidate; their errors are
wrong picks, mostly the color of another garment in the photo.
Labeling conventions and judgement calls: a text is judged against the photo I imagined (the comment above each case)
and the title. Near hues count as right: cream/off-white/ivory called "white", maroon called "red", mustard called
"yellow", peach called "pink", teal/turquoise/navy called "blue", lavender called "purple". Navy read as "black" in a
dark shot is wrong (contradiction). A knee-length or longer kurta called a "shirt" or a "dress" is a contradiction; a
hip-length short kurta called a "shirt" is right, and so is "tunic". A Nehru jacket called a "vest" or a "jacket" is
right; a sherwani called a "sherwani", "suit" or "wedding outfit" is right, a Nehru jacket over a kurta called "a
suit" is not. Full sleeves rolled to the elbow are still long sleeves. Tone-on-tone self design or jacquard that reads
as plain in the photo may be called "solid"; clearly visible contrasting motifs may not. A closed color, pattern
or sleeve answer that belongs to the kurta under a Nehru jacket, to the safa or stole with a sherwani, or to the
pyjama/jeans, is other_garment_color (colors) or contradiction (sleeves); a wrong color given to the pants because the
kurta has it is other_garment_color too. Material: right when it matches the fabric (art silk and silk blends count as
"silk"); a wrong fabric is a contradiction when the title names the fabric, unsupported when it does not. Invented
details (buttons, borders, pockets, embroidery that is not there) are unsupported. An answer that describes the prop or
the view instead of the garment, or only gives back the color, is a non_answer; "a kurta" to "Describe the kurta." is
restated. A text that ran to the token limit is marked hit_limit and labeled by its main failure (loop when it repeats,
cut otherwise). "she" or "a woman" for the male model is pronoun. The rate of failures (about two in ten) is lower than
the usual four in ten because more than half the texts are closed picks, the base model's open answers are short, and
the shots are simple; most of the wrong closed picks are on layered outfits (jackets, safas, pyjamas).
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS
D = DEFAULT_QUESTIONS

BLIND_1182 = [
    # Photo: model facing camera, knee-length plain white cotton kurta with mandarin collar and button placket, white
    # churidar, brown mojaris, light grey backdrop. Caption and open answers: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-001",
        caption("a man in a white kurta standing in front of a grey wall"),
        wearing("a white kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        D.details("buttons on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men White Solid Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: cream tone-on-tone jacquard kurta (self design, no embroidery, self-fabric buttons), cream churidar, one
    # hand on the hip, beige backdrop. Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-002",
        caption("a man in a white kurta and white pants"),
        wearing("a white kurta"),
        Q.garment_type("kurta"),
        Q.color("cream"),
        Q.pattern("solid"),
        D.details("gold embroidery on the collar", "unsupported"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: maroon plain cotton-blend kurta, knee length, white pyjama, white backdrop; no embroidery anywhere.
    # Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-003",
        caption("a man in a red kurta and white pants"),
        wearing("a red kurta and white pants"),
        Q.garment_type("kurta"),
        color_of("kurta", "maroon"),
        color_of("pants", "white"),
        Q.sleeve_length("long sleeves"),
        D.details("embroidery on the collar", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="SOJANYA Men Maroon & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: gold-toned jacquard sherwani (woven motifs, no embroidery) with gold buttons, cream churidar, maroon safa
    # with a brooch, maroon stole over the shoulder, dark beige backdrop. Caption/open: base OPT-2.7b; closed:
    # reference engine (the color pick is the safa and stole).
    case(
        "X1182-004",
        caption("a man in a gold sherwani and a red turban"),
        wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("red", "other_garment_color"),
        Q.pattern("embroidered", "contradiction"),
        Q.sleeve_length("long sleeves"),
        D.details("gold buttons"),
        Q.material("silk"),
        gender="Men",
        title="Vastramay Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: navy sleeveless Nehru jacket worn over a white long-sleeved kurta and white pyjama, light grey backdrop.
    # Caption/open: base OPT-2.7b; closed: reference engine (color and sleeves taken from the kurta underneath).
    case(
        "X1182-005",
        caption("a man in a blue vest and white pants"),
        wearing("a white kurta and a blue vest"),
        Q.garment_type("vest"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Men",
        title="Hangup Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: knee-length mustard cotton kurta with small white block-printed motifs, white pyjama, hands in pockets.
    # No gender in the row. Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-006",
        caption("a man in a yellow kurta and white pants"),
        wearing("a yellow shirt and white pants", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("printed"),
        D.details("white flowers"),
        Q.material("silk", "unsupported"),
        title="Anouk Men Mustard Yellow Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: peach cotton kurta with white chikankari on the placket and yoke, white pyjama, model seated on a wooden
    # stool. Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-007",
        caption("a man sitting on a stool wearing a pink kurta"),
        wearing("a pink kurta and white pants"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        D.details("embroidery on the front"),
        Q.sleeve_length("long sleeves"),
        Q.material("linen", "contradiction"),
        gender="Men",
        title="Jompers Men Peach-Coloured Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: flat lay on white, indigo kurta with white block print, laid full length, sleeves spread; no pockets.
    # Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-008",
        caption("a blue and white shirt on a white background", "contradiction"),
        wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        D.details("a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Indigo Blue Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: back view, black kurta with side slits, white pyjama, white backdrop. Caption/open: base OPT-2.7b;
    # closed: reference engine (gave the pyjama the kurta's color).
    case(
        "X1182-009",
        caption("the back of a man wearing a black kurta"),
        wearing("a black kurta and white pants"),
        color_of("kurta", "black"),
        color_of("pants", "black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        D.details("the back of the kurta", "non_answer"),
        gender="Men",
        title="Sanwara Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: maroon velvet sherwani, heavy gold zari embroidery on collar and front, cream churidar, gold stole, model
    # standing beside a carved wooden chair. Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-010",
        caption("a man in a red and gold sherwani standing next to a chair"),
        wearing("a red sherwani"),
        Q.garment_type("sherwani"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        D.details("gold embroidery on the collar and the front"),
        Q.material("velvet"),
        is_a("kurta", "yes", "contradiction"),
        gender="Men",
        title="Manyavar Men Maroon Embroidered Velvet Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: man with shoulder-length hair tied back and a stubble beard, hip-length lime green short kurta with
    # mandarin collar, blue jeans, white sneakers, white backdrop. Caption/open: base OPT-2.7b; closed: reference
    # engine. A short kurta called a shirt is right here.
    case(
        "X1182-011",
        caption("a woman in a green shirt and blue jeans", "pronoun"),
        wearing("a green shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        color_of("jeans", "blue"),
        gender="Men",
        title="KISAH Men Lime Green Solid Short Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Photo: off-white silk kurta with gold thread embroidery on the neckline and placket only, off-white churidar,
    # pale pink backdrop. Caption/open: base OPT-2.7b (details looped to the limit); closed: reference engine.
    case(
        "X1182-012",
        caption("a man in a white kurta with gold embroidery"),
        wearing("a white kurta with gold embroidery and white pants"),
        Q.color("white"),
        Q.pattern("embroidered"),
        D.details(
            "gold embroidery on the neck and sleeves and the neck and sleeves and the neck and sleeves and the neck "
            "and sleeves and the neck and",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        describe("kurta", "it is a white kurta with gold embroidery"),
        gender="Men",
        title="Vastramay Men Off-White & Gold-Toned Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: flat lay, beige tone-on-tone jacquard Nehru jacket, brown buttons, a brown pocket square in the pocket,
    # white background; the fabric is poly-viscose. Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-013",
        caption("a beige vest with a pocket square on a white background"),
        wearing("a vest"),
        Q.garment_type("jacket"),
        Q.color("beige"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        D.details("a pocket square"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Ethnix by Raymond Men Beige Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: teal solid kurta, cream Nehru jacket with a small floral print, cream pyjama, white backdrop.
    # Caption/open: base OPT-2.7b (description ran to the limit); closed: reference engine (color is the jacket's).
    case(
        "X1182-014",
        caption("a man in a blue kurta and a white vest"),
        wearing("a blue kurta, a white vest and white pants"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        D.description(
            "the garment is a blue kurta with a white vest and white pants. the vest has a floral print and the "
            "kurta has a mandarin collar and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="House of Pataudi Men Teal Blue Solid Kurta with Nehru Jacket & Pyjamas",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: black jacquard kurta with small gold woven buta motifs all over, white churidar, grey backdrop.
    # Caption/open: base OPT-2.7b (the wearing answer ran into the prompt format); closed: reference engine.
    case(
        "X1182-015",
        caption("a man in a black and gold kurta"),
        wearing("a black kurta Question: What is the person wearing? Answer: a black kurta", "leak"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        color_of("pants", "white"),
        Q.material("silk"),
        gender="Men",
        title="SOJANYA Men Black & Gold-Toned Woven Design Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: rust orange plain cotton kurta, khaki chinos, white backdrop. Caption/open: base OPT-2.7b; closed:
    # reference engine.
    case(
        "X1182-016",
        caption("a man in an orange kurta"),
        wearing("an orange kurta and khaki pants"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.sleeve_length("long sleeves"),
        D.details("the kurta is orange", "non_answer"),
        Q.material("silk", "contradiction"),
        gender="Men",
        title="Fabindia Men Rust Orange Solid Cotton Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: white-on-white chikankari cotton kurta, white pyjama, white backdrop; a male model, short hair.
    # Caption/open: base OPT-2.7b; closed: reference engine. White pants here are right.
    case(
        "X1182-017",
        caption("a man in a white kurta and white pants"),
        wearing("she is wearing a white kurta and white pants", "pronoun"),
        Q.color("white"),
        Q.pattern("embroidered"),
        color_of("pants", "white"),
        D.details("floral embroidery"),
        Q.material("cotton"),
        gender="Men",
        title="SOJANYA Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: cream raw silk sherwani with pink resham embroidery on collar and cuffs, pink safa, cream churidar.
    # Caption/open: base OPT-2.7b; closed: reference engine (color is the safa's).
    case(
        "X1182-018",
        caption("a man in a white sherwani and a pink turban"),
        wearing("a white sherwani and a pink turban"),
        Q.garment_type("sherwani"),
        Q.color("pink", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        D.details("pink embroidery on the collar"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: mustard silk Nehru jacket with brown wooden buttons, over a white kurta and white churidar.
    # Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-019",
        caption("a man in a yellow vest and white pants"),
        wearing("a yellow vest and a white kurta"),
        Q.garment_type("jacket"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        D.details("gold buttons", "unsupported"),
        Q.material("silk"),
        gender="Men",
        title="Fabindia Men Mustard Yellow Silk Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: navy kurta with thin white vertical stripes, knee length, white pyjama, model at a slight side angle.
    # Caption/open: base OPT-2.7b; closed: reference engine (gave the pyjama the kurta's color).
    case(
        "X1182-020",
        caption("a man in a blue and white striped kurta"),
        wearing("a blue striped kurta"),
        Q.color("blue"),
        Q.pattern("striped"),
        color_of("pants", "blue", "other_garment_color"),
        D.details("stripes"),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men Navy Blue Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: dark navy self-design kurta, dark grey backdrop, low light. Caption/open: base OPT-2.7b (read navy as
    # black); closed: reference engine.
    case(
        "X1182-021",
        caption("a man in a black kurta standing in front of a dark background", "contradiction"),
        wearing("a kurta and pants"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        D.details("a black collar and black buttons", "contradiction"),
        gender="Men",
        title="Ethnix by Raymond Men Navy Blue Self Design Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: sea green art silk kurta, white churidar, white backdrop. No gender in the row. Caption/open: base
    # OPT-2.7b; closed: reference engine.
    case(
        "X1182-022",
        caption("a man in a green kurta and white pants"),
        wearing("a green shirt and white pants", "contradiction"),
        describe("kurta", "a kurta", "restated"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.material("silk"),
        is_a("kurta", "yes"),
        title="Manyavar Men Sea Green Solid Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: three-piece set: cream kurta, maroon velvet Nehru jacket with gold buttons, cream pyjama.
    # Caption/open: base OPT-2.7b; closed: reference engine (gave the kurta the jacket's color).
    case(
        "X1182-023",
        caption("a man in a maroon vest and a white kurta"),
        wearing("a red vest, a white kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        color_of("kurta", "maroon", "other_garment_color"),
        D.details("gold buttons on the vest"),
        Q.material("velvet"),
        gender="Men",
        title="Vastramay Men Cream Kurta with Pyjamas & Maroon Velvet Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: off-white kurta with a blue floral print, blue jeans, white backdrop. Caption/open: base OPT-2.7b
    # (details looped to the limit); closed: reference engine.
    case(
        "X1182-024",
        caption("a man in a white kurta with blue flowers"),
        wearing("a white kurta with blue flowers and blue jeans"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        color_of("jeans", "blue"),
        D.details(
            "blue flowers, blue flowers, blue flowers, blue flowers, blue flowers, blue flowers, blue flowers, blue "
            "flowers, blue flowers, blue flowers",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Anouk Men Off-White & Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: olive green khadi cotton kurta with side pockets, hands in the pockets, white pyjama. Caption/open: base
    # OPT-2.7b; closed: reference engine.
    case(
        "X1182-025",
        caption("a man in a green kurta standing with his hands in his pockets"),
        wearing("a green kurta and white pants"),
        Q.color("green"),
        Q.pattern("solid"),
        D.details("pockets"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Fabindia Men Olive Green Solid Cotton Khadi Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: navy art silk sherwani with silver thread embroidery on the front and cuffs, white churidar, maroon stole;
    # no border anywhere. Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-026",
        caption("a man in a blue sherwani with a red scarf"),
        wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("blue"),
        Q.pattern("embroidered"),
        D.details("silver embroidery on the front and sleeves"),
        Q.material("cotton", "unsupported"),
        describe("sherwani", "the sherwani is made of silk and has a gold border", "unsupported"),
        gender="Men",
        title="Tabard Men Navy Blue Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: grey melange cotton kurta, black slim trousers, white backdrop. Caption/open: base OPT-2.7b; closed:
    # reference engine.
    case(
        "X1182-027",
        caption("a man in a grey kurta and black pants"),
        wearing("clothes", "non_answer"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        color_of("pants", "black"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="KISAH Men Grey Melange Solid Kurta",
        category="Kurtas",
        color="Grey Melange",
    ),
    # Photo: back view, male model with long hair in a bun, beige tone-on-tone woven kurta, white pyjama.
    # Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-028",
        caption("a woman in a beige kurta and white pants", "pronoun"),
        wearing("a beige kurta"),
        color_of("kurta", "beige"),
        color_of("pants", "white"),
        Q.pattern("solid"),
        D.details("the kurta is beige", "non_answer"),
        gender="Men",
        title="Jompers Men Beige Woven Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: bright yellow kurta, white dhoti pants, a marigold garland over one shoulder, white backdrop.
    # Caption/open: base OPT-2.7b; closed: reference engine (gave the dhoti the kurta's color).
    case(
        "X1182-029",
        caption("a man in a yellow kurta with a garland of flowers"),
        wearing("a yellow kurta and white pants"),
        Q.garment_type("kurta"),
        color_of("kurta", "yellow"),
        color_of("pants", "yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Men",
        title="SOJANYA Men Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: turquoise art silk kurta with silver embroidery on the collar and placket only, white churidar.
    # Caption/open: base OPT-2.7b (details ran to the limit, inventing cuff embroidery on the way); closed:
    # reference engine.
    case(
        "X1182-030",
        caption("a man in a turquoise kurta with silver embroidery"),
        wearing("a blue kurta"),
        Q.color("blue"),
        Q.pattern("embroidered"),
        D.details(
            "the kurta has a mandarin collar with silver embroidery on the collar and the placket, and the sleeves "
            "have silver embroidery on the cuffs and",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Turquoise Blue Embroidered Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # Photo: red-and-blue ikat printed Nehru jacket over a black kurta and black churidar. No color in the row.
    # Caption/open: base OPT-2.7b; closed: reference engine (color is the kurta's).
    case(
        "X1182-031",
        caption("a man in a colorful vest and a black kurta"),
        wearing("a vest and a black kurta"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        D.details("red and blue print"),
        Q.material("cotton"),
        gender="Men",
        title="Hangup Men Multicoloured Ikat Printed Nehru Jacket",
        category="Nehru Jackets",
    ),
    # Photo: cream sherwani with gold woven motifs, cream churidar, gold safa, white backdrop. No gender in the row.
    # Caption/open: base OPT-2.7b (wearing looped to the limit); closed: reference engine.
    case(
        "X1182-032",
        caption("a man in a traditional indian wedding outfit"),
        wearing(
            "a sherwani and a turban and a sherwani and a turban and a sherwani and a turban and a sherwani and a "
            "turban and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sherwani"),
        Q.color("cream"),
        Q.sleeve_length("long sleeves"),
        D.details("the details of the sherwani", "restated"),
        Q.material("silk"),
        title="Vastramay Men Cream-Coloured & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: ankle-length indigo cotton kurta, white pyjama visible at the ankles, side slits. Caption/open: base
    # OPT-2.7b; closed: reference engine.
    case(
        "X1182-033",
        caption("a man in a long blue dress", "contradiction"),
        wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves"),
        D.details("a long kurta with a slit on the side"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Fabindia Men Blue Cotton Long Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: black kurta with a white geometric print, white pyjama. Caption/open: base OPT-2.7b (details ran into the
    # prompt format); closed: reference engine.
    case(
        "X1182-034",
        caption("a man in a black and white kurta"),
        D.details("black and white print Question: What is the pattern of the garment? Answer: geometric", "leak"),
        Q.pattern("printed"),
        Q.color("black"),
        color_of("pants", "white"),
        gender="Men",
        title="Anouk Men Black Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: pink plain kurta, self-fabric collar and pink buttons, full sleeves, white pyjama. Caption/open: base
    # OPT-2.7b; closed: reference engine.
    case(
        "X1182-035",
        caption("a man in a pink kurta and white pants"),
        wearing("a pink kurta"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("kurta", "a pink kurta with a white collar and white buttons", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="SOJANYA Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: knee-length lavender cotton kurta, off-white trousers, sunglasses in one hand. Caption/open: base
    # OPT-2.7b; closed: reference engine.
    case(
        "X1182-036",
        caption("a man in a purple kurta holding sunglasses"),
        wearing("a purple kurta and white pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("purple"),
        Q.pattern("solid"),
        D.details("the details are purple", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="See Designs Men Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: peach cotton silk kurta with mandarin collar, cream churidar, white backdrop. Caption/open: base
    # OPT-2.7b (caption gave the churidar the kurta's color); closed: reference engine.
    case(
        "X1182-037",
        caption("a man in a peach kurta and peach pants", "other_garment_color"),
        wearing("a peach kurta and white pants"),
        color_of("kurta", "peach"),
        Q.pattern("solid"),
        D.details("a mandarin collar"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Peach-Coloured Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: black cotton bundi (Nehru jacket) with black buttons, over a hip-length white kurta and blue jeans.
    # Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-038",
        caption("a man in a black vest and a white shirt"),
        wearing("a black vest, a white shirt and jeans"),
        is_a("nehru jacket", "no", "contradiction"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        D.details("white buttons", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Black Cotton Bundi Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: white kurta with thin red stripes, white pyjama; the kurta reads as white from afar. Caption/open: base
    # OPT-2.7b; closed: reference engine (picked the stripe color).
    case(
        "X1182-039",
        caption("a man in a red and white striped kurta"),
        Q.color("red", "contradiction"),
        Q.pattern("striped"),
        color_of("pants", "white"),
        D.details("red stripes"),
        Q.sleeve_length("long sleeves"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Sanwara Men White & Red Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: back view, grey wool-blend Nehru jacket over a white kurta and white pyjama. Caption/open: base OPT-2.7b;
    # closed: reference engine.
    case(
        "X1182-040",
        caption("the back of a man in a grey vest"),
        wearing("a grey suit", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        D.details("the back of the vest", "non_answer"),
        Q.material("wool"),
        gender="Men",
        title="Ethnix by Raymond Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Photo: royal blue art silk kurta, plain, cream churidar, model holding a brass plate of lit diyas. Caption/open:
    # base OPT-2.7b; closed: reference engine.
    case(
        "X1182-041",
        caption("a man in a blue kurta holding a plate of candles"),
        wearing("a blue kurta and white pants"),
        Q.color("blue"),
        Q.pattern("solid"),
        D.details("candles", "non_answer"),
        describe("kurta", "a blue silk kurta with a gold border", "unsupported"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Royal Blue Solid Art Silk Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: all-black set: black cotton kurta, black pyjama, black buttons, white backdrop. Caption/open: base
    # OPT-2.7b; closed: reference engine. Black pants here are right.
    case(
        "X1182-042",
        caption("a man in a black kurta and black pants"),
        color_of("kurta", "black"),
        color_of("pants", "black"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        D.details("buttons on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Vastramay Men Black Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: flat lay, white chikankari cotton kurta laid full length on a wooden table. No gender in the row.
    # Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-043",
        caption("a white embroidered kurta on a wooden table"),
        wearing("a white shirt", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("embroidered"),
        D.details("embroidery"),
        Q.material("cotton"),
        title="Fabindia Men White Pure Cotton Chikankari Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: peach art silk sherwani with gold zari and sequin embroidery, high collar, matching churidar, gold
    # mojaris. Caption/open: base OPT-2.7b (description ran to the limit); closed: reference engine.
    case(
        "X1182-044",
        caption("a man in a pink sherwani"),
        wearing("a pink sherwani and gold shoes"),
        Q.garment_type("sherwani"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        D.description(
            "a long pink coat with gold embroidery and a high collar, worn with matching pants and gold shoes. it is "
            "a traditional indian wedding outfit for",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: olive linen kurta with full sleeves rolled up to the elbow, beige trousers, leaning on the backdrop.
    # Caption/open: base OPT-2.7b; closed: reference engine.
    case(
        "X1182-045",
        caption("a man in a green kurta leaning against a wall"),
        wearing("a green kurta and beige pants"),
        Q.color("green"),
        Q.sleeve_length("short sleeves", "contradiction"),
        D.details("rolled up sleeves"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Jompers Men Olive Green Solid Linen Kurta",
        category="Kurtas",
        color="Olive",
    ),
]
