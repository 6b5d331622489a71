"""BLIND_666 (46 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the fifty-fourth session.
Measured blind at 66d12ac (the session's second rules): 116/132 failures found (87.9%) and 15/193 correct texts flagged
(7.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and boys' ethnic wear: kurta pyjama and kurta churidar sets, kurtas worn with
Nehru jackets, Nehru jackets sold alone, sherwanis with stoles and turbans, dhoti sets and dhoti pants. Catalog shots
on a white or light grey backdrop, a few lifestyle shots (a bench, a brick wall, marigolds, a carved chair), front
views except one back view. The model nearly always wears the rest of the outfit (churidar, pyjama, dupatta, safa).

Who wrote what: the untuned base Salesforce/blip2-opt-2.7b wrote every text, zero-shot, greedy. Captions and open
answers are free generation (50 and 30 new tokens); closed answers (garment type, color of a garment, pattern,
sleeve length, "Is this a ...?") come from `--engine reference`, which picks one candidate, so they never loop or
stop short. The base model mostly answers short and stops on the newline; it gives the whole outfit one color,
names the stole's or the jacket's color for the kurta, calls long kurtas and sherwanis dresses, says "she" when the
question leaves the person open, invents embroidery, pockets and materials (silk, velvet, leather, denim), and now
and then runs on: repeats a phrase to the limit, writes a long sentence cut at the limit, or writes the next
`Question: ... Answer:` itself.

Labeling conventions and judgement calls:
- "shirt" or "tunic" for a kurta, and "coat", "jacket" or "suit" for a sherwani, are loose synonyms, not failures;
  "dress" or "robe" for either is a contradiction (the seller's category says otherwise).
- "vest" for a Nehru jacket is correct; "pants" for dhoti pants is correct.
- Shades fold into their family: cream or off white answered "white", maroon "red", mustard "yellow", peach "pink",
  navy "blue", silver "grey", teal "blue" or "green" are all correct. A tone-on-tone self design or jacquard
  answered "solid" is correct.
- A matching set (navy kurta with navy pyjama) answered with one color for both is correct.
- A wrong color in an open answer that belongs to another garment in the photo (the pyjama, the jacket, the stole)
  is other_garment_color; a wrong closed (reference engine) color is labelled contradiction, whichever garment it
  came from, and so is a color that belongs to no garment (the backdrop, the embroidery thread).
- When one wrong color covers two garments of the set ("a maroon kurta and a maroon churidar"), the garment whose
  color was taken is right and the other one is wrong: labelled other_garment_color when the answer is about the
  product's garment, contradiction when it is the churidar or pyjama that was wrongly colored in a wearing answer.
- Materials: a plausible material the photo supports and the title does not contradict is correct (cotton for
  matte fabric, silk for sheen, velvet or linen when the title says so); a material the photo argues against is
  unsupported; one the title contradicts is contradiction. Invented embroidery, pockets, brooches, zips: unsupported.
- A sleeve length or pattern that belongs to another garment (the kurta's long sleeves for a sleeveless Nehru
  jacket) is a contradiction.
- "she", "a woman", "a girl" for a Men or Boys row is pronoun, even when the answer also has another fault.
- A text that repeats a phrase until the limit is loop (hit_limit set); a long non-repeating sentence stopped
  at the limit is cut; a text that writes `Question:` or `Answer:` itself is leak, even when its answer part is right.
- One word or yes/no to an open question, or only the question's words back ("the dhoti"), is non_answer; a
  sentence that only turns the question around ("the kurta is a kurta") is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neck = question("neckline", "What is the neckline of the kurta?", "open")
bottom = question("bottom", "What is the man wearing on his legs?", "open")

BLIND_666 = [
    # photo: cream self-design kurta, mandarin collar, full sleeves, cream pyjama, brown mojaris, white backdrop,
    # front view; matte cotton-blend look; plain self buttons. Base BLIP-2 wrote all texts.
    case(
        "X666-001",
        caption("a man in a white kurta and pajamas standing in front of a white background"),
        wearing("a white kurta and white pants", who="the man"),
        color_of("kurta", "cream"),
        Q.pattern("solid"),
        describe("kurta", "a long white shirt with a mandarin collar and gold buttons", failure="unsupported"),
        Q.material("silk", failure="unsupported"),
        title="Manyavar Men Cream-Coloured Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon kurta, cream churidar, beige Nehru jacket with a faint gold print, mandarin collar, buttons;
    # white backdrop, front view. Base BLIP-2 wrote all texts.
    case(
        "X666-002",
        caption("a man wearing a maroon kurta and a gold vest"),
        color_of("kurta", "gold", failure="other_garment_color", kind="open"),
        color_of("jacket", "beige"),
        Q.garment_type("kurta"),
        details("jacket", "the jacket has a mandarin collar and buttons down the front"),
        wearing("he is wearing a maroon kurta and a maroon churidar", failure="contradiction", who="the man"),
        Q.sleeve_length("long sleeves"),
        title="Sojanya Men Maroon Solid Kurta with Churidar & Beige Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy blue knee-length straight kurta with small white buti motifs all over, button placket, white slim
    # trousers, white backdrop, front view. Base BLIP-2 wrote all texts.
    case(
        "X666-003",
        caption("a man in a blue shirt with a white pattern"),
        Q.pattern("printed"),
        color_of("kurta", "navy blue", kind="open"),
        color_of("trousers", "blue", failure="other_garment_color", kind="open"),
        details("kurta", "the kurta has small white motifs all over it and a button placket"),
        Q.material("cotton"),
        is_a("kurta", "no", failure="contradiction"),
        title="See Designs Men Navy Blue & White Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white sherwani with gold embroidery on collar, placket and cuffs, off-white churidar, red printed
    # stole over one shoulder, beige safa with a brooch; light grey studio backdrop; slight sheen. Base BLIP-2.
    case(
        "X666-004",
        caption("a man in a white sherwani with a red scarf and a turban"),
        color_of("sherwani", "red", failure="other_garment_color", kind="open"),
        Q.garment_type("sherwani"),
        describe("sherwani", "a white sherwani with gold embroidery on the collar and the front"),
        wearing("she is wearing a white sherwani and a red dupatta", failure="pronoun", who="the person"),
        Q.material("silk"),
        details(
            "sherwani",
            "gold embroidery on the collar, gold embroidery on the sleeves, gold embroidery on the collar, gold "
            "embroidery on the sleeves, gold",
            failure="loop",
            hit_limit=True,
        ),
        title="Vastramay Men Off-White & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: plain white full-sleeved kurta, white dhoti with a narrow gold border, tan kolhapuri sandals, white
    # backdrop, front view; no embroidery on the kurta. Base BLIP-2 wrote all texts.
    case(
        "X666-005",
        caption("a man in a white kurta and dhoti"),
        bottom("a white dhoti with a gold border"),
        color_of("kurta", "white"),
        is_a("dhoti", "yes"),
        details("dhoti", "the dhoti", failure="non_answer"),
        describe("kurta", "a white kurta with gold embroidery on the collar", failure="unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Mag Men White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: black kurta with thin white vertical pinstripes, black pyjama, white backdrop, front view.
    # Base BLIP-2 wrote all texts.
    case(
        "X666-006",
        caption("a man wearing a black and white striped kurta and black pants"),
        Q.pattern("solid", failure="contradiction"),
        color_of("pyjama", "black", kind="open"),
        color_of("kurta", "black"),
        describe("kurta", "a black kurta with white stripes and a mandarin collar"),
        details("kurta", "the kurta has details on it", failure="restated"),
        wearing(
            "a black kurta with a black kurta with a black kurta with a black kurta with a black kurta with a black "
            "kurta with",
            failure="loop",
            who="the man",
            hit_limit=True,
        ),
        title="Jompers Men Black & White Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: mustard yellow full-sleeved straight kurta with mandarin collar and side slits, white churidar, white
    # backdrop, front view. Base BLIP-2 wrote all texts.
    case(
        "X666-007",
        caption("a man in a yellow kurta and white pants posing for a photo"),
        color_of("kurta", "yellow"),
        color_of("pants", "yellow", failure="other_garment_color", kind="open"),
        details("kurta", "the kurta has a mandarin collar and a slit on the side"),
        neck("mandarin collar"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        Q.material(
            "the kurta is made of a soft, breathable cotton fabric that is perfect for the summer season and keeps you"
            " cool and comfortable all",
            failure="cut",
            hit_limit=True,
        ),
        title="Anouk Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy blue Nehru jacket with a self-woven paisley, over a white full-sleeved kurta and white churidar,
    # plain buttons, no pocket square, white backdrop. Base BLIP-2 wrote all texts.
    case(
        "X666-008",
        caption("a man in a blue vest and white kurta"),
        color_of("jacket", "white", failure="other_garment_color", kind="open"),
        Q.garment_type("vest"),
        Q.pattern("paisley"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        wearing("a blue jacket over a white kurta with white pants", who="the man"),
        is_a("jacket", "yes"),
        details("jacket", "the jacket has silver buttons and a pocket watch chain", failure="unsupported"),
        title="Manyavar Men Navy Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light pink chikankari kurta with white thread embroidery, white pyjama, white backdrop, front view.
    # Base BLIP-2 wrote all texts.
    case(
        "X666-009",
        caption("a man wearing a pink kurta with white embroidery"),
        wearing("she is wearing a pink kurta and white pants", failure="pronoun", who="the person"),
        color_of("kurta", "pink"),
        Q.pattern("embroidered"),
        describe("kurta", "pink", failure="non_answer"),
        Q.material("cotton"),
        color_of("pyjama", "pink", failure="other_garment_color", kind="open"),
        title="Sanwara Men Pink Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: gold-toned brocade sherwani, cream churidar, maroon stole, maroon mojaris, standing beside a carved
    # wooden chair, light grey backdrop; plain cloth buttons. Base BLIP-2 wrote all texts.
    case(
        "X666-010",
        caption("a man in a gold sherwani standing next to a wooden chair"),
        color_of("sherwani", "gold"),
        color_of("churidar", "gold", failure="other_garment_color", kind="open"),
        details(
            "sherwani",
            "the sherwani is made of silk and has gold zari work on the collar and the buttons are made of real gold",
            failure="unsupported",
        ),
        wearing("a gold sherwani with a maroon scarf and white pants", who="the man"),
        Q.garment_type("dress", failure="contradiction"),
        describe(
            "sherwani",
            "gold sherwani Question: What is the color of the churidar? Answer: white Question: What is the color of"
            " the",
            failure="leak",
            hit_limit=True,
        ),
        title="Manyavar Men Gold-Toned Woven Design Sherwani with Churidar",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: light blue full-sleeved kurta with side pockets, white pyjama, bearded model, white backdrop.
    # Base BLIP-2 wrote all texts.
    case(
        "X666-011",
        caption("a man in a blue kurta and white pajamas"),
        wearing("a blue shirt and white pants", who="the man"),
        color_of("kurta", "blue"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        details("kurta", "the kurta has pockets on the sides"),
        Q.material("denim", failure="unsupported"),
        color_of("pyjama", "blue", failure="other_garment_color", kind="open"),
        title="KISAH Men Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: cream dhoti pants with a gold zari border, worn with a cream kurta, bare feet, white backdrop; matte
    # cotton. Product is the dhoti. Base BLIP-2 wrote all texts.
    case(
        "X666-012",
        caption("a man wearing a white shirt and white pants"),
        is_a("dhoti", "no", failure="contradiction"),
        Q.garment_type("pants"),
        details("dhoti", "it has a gold border at the bottom"),
        color_of("dhoti", "cream", kind="open"),
        Q.material("silk", failure="unsupported"),
        wearing(
            "a man wearing a man wearing a man wearing a man wearing a man wearing a man wearing a man wearing a man "
            "wearing",
            failure="loop",
            who="the person",
            hit_limit=True,
        ),
        title="Sanwara Men Cream-Coloured Solid Dhoti Pants with Zari Border",
        category="Dhotis",
        color="Cream",
        gender="Men",
    ),
    # photo: bottle green straight kurta with gold buttons on the placket and a mandarin collar, white pyjama,
    # white backdrop. Base BLIP-2 wrote all texts.
    case(
        "X666-013",
        caption("a man in a green kurta with gold buttons"),
        color_of("kurta", "blue", failure="contradiction"),
        describe("kurta", "the kurta is a green kurta", failure="restated"),
        details("kurta", "gold buttons on the placket and a mandarin collar"),
        Q.pattern("solid"),
        bottom("white pajama pants"),
        wearing("a green kurta and green pants", failure="contradiction", who="the man"),
        title="House of Pataudi Men Green Solid Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: rust orange kurta, beige Nehru jacket with a small black print, white churidar, white backdrop; matte
    # cotton. Base BLIP-2 wrote all texts.
    case(
        "X666-014",
        caption("a man in an orange kurta and a beige vest"),
        color_of("jacket", "orange", failure="other_garment_color", kind="open"),
        color_of("kurta", "orange"),
        wearing(
            "he is wearing a kurta and a jacket and a kurta and a jacket and a kurta and a jacket and a kurta and a "
            "jacket and",
            failure="loop",
            who="he",
            hit_limit=True,
        ),
        describe("jacket", "a beige nehru jacket with a small black print"),
        Q.material("velvet", failure="unsupported"),
        title="Hangup Men Rust Solid Kurta with Churidar & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Rust",
        gender="Men",
    ),
    # photo: a young boy in a plain yellow full-sleeved kurta and white pyjama, white backdrop; no embroidery,
    # no pockets. Base BLIP-2 wrote all texts.
    case(
        "X666-015",
        caption("a young boy in a yellow kurta and white pants"),
        wearing("a little girl wearing a yellow dress", failure="pronoun", who="the child"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "white", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("dress", failure="contradiction"),
        details("kurta", "the kurta has embroidery on the collar and a pocket on the chest", failure="unsupported"),
        title="Jompers Boys Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: black velvet sherwani, plain, with silver buttons, black churidar, white backdrop; no embroidery.
    # Base BLIP-2 wrote all texts.
    case(
        "X666-016",
        caption("a man in a black suit with a mandarin collar"),
        Q.material("velvet"),
        describe("sherwani", "a black sherwani with silver buttons"),
        color_of("buttons", "silver", kind="open"),
        details("sherwani", "the sherwani has a lot of embroidery on the front", failure="unsupported"),
        Q.pattern("solid"),
        is_a("kurta", "yes", failure="contradiction"),
        wearing(
            "a black sherwani Question: What is the color of the sherwani? Answer: black",
            failure="leak",
            who="the man",
        ),
        title="Vastramay Men Black Solid Velvet Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: white cotton kurta with red, blue and green thread embroidery on the yoke, round neck with a slit,
    # white pyjama, white backdrop. Base BLIP-2 wrote all texts.
    case(
        "X666-017",
        caption("a man wearing a white kurta with colorful embroidery on the chest"),
        color_of("kurta", "red", failure="contradiction"),
        Q.material("polyester", failure="contradiction"),
        describe("kurta", "a white kurta with red and blue embroidery on the yoke"),
        wearing(
            "white kurta and white pyjama Question: What is the man wearing? Answer: white kurta and white pyjama",
            failure="leak",
            who="the man",
        ),
        neck("round neck with a slit"),
        title="Fabindia Men White Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: olive green Nehru jacket over a cream kurta, dark beige trousers, white backdrop; no pocket square.
    # Product is the jacket. Base BLIP-2 wrote all texts.
    case(
        "X666-018",
        caption("a man in a green vest and a white shirt"),
        color_of("jacket", "green"),
        Q.garment_type("kurta", failure="contradiction"),
        details("jacket", "the jacket has a mandarin collar and a pocket square", failure="unsupported"),
        wearing("a green jacket", who="the man"),
        Q.pattern("solid"),
        color_of("kurta", "green", failure="other_garment_color", kind="open"),
        title="Manyavar Men Olive Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: white kurta with an all-over indigo block print of small flowers, white pyjama, white backdrop.
    # Base BLIP-2 wrote all texts.
    case(
        "X666-019",
        caption("a man in a blue and white printed kurta"),
        color_of("kurta", "white"),
        Q.pattern("floral"),
        describe("kurta", "the kurta is white with blue flowers printed all over it"),
        details(
            "kurta",
            "the kurta is white with blue flowers printed all over it. the kurta is white with blue flowers printed"
            " all over it. the kurta is",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        wearing("she is wearing a white kurta with blue print", failure="pronoun", who="the person"),
        title="Fabindia Men White & Blue Block Print Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: cream full-sleeved kurta and cream churidar under a maroon Nehru jacket with small gold motifs, white
    # backdrop; matte cotton. Base BLIP-2 wrote all texts.
    case(
        "X666-020",
        caption("a man in a maroon jacket and white pants"),
        color_of("kurta", "maroon", failure="other_garment_color", kind="open"),
        wearing("a red vest and a white kurta", who="the man"),
        describe("jacket", "the jacket", failure="non_answer"),
        Q.sleeve_length("long sleeves"),
        color_of("jacket", "maroon"),
        Q.material("velvet", failure="unsupported"),
        title="Sojanya Men Cream Kurta with Churidar & Maroon Printed Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: charcoal grey kurta with a collar and buttons, black pyjama, model against a plain white wall;
    # light cotton. Base BLIP-2 wrote all texts.
    case(
        "X666-021",
        caption("a man in a grey kurta and black pants standing against a white wall"),
        color_of("kurta", "grey"),
        color_of("pyjama", "grey", failure="other_garment_color", kind="open"),
        describe("kurta", "a long grey shirt with a collar and buttons"),
        Q.material("wool", failure="unsupported"),
        wearing("Question: What is the man wearing? Answer: a grey kurta", failure="leak", who="the man"),
        title="Hangup Men Charcoal Grey Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: red silk-blend kurta with a tone-on-tone jacquard weave, gold buttons, full sleeves, cream churidar,
    # gold dupatta over the shoulder, white backdrop. Base BLIP-2 wrote all texts.
    case(
        "X666-022",
        caption("a man in a red kurta with a gold scarf"),
        color_of("kurta", "red"),
        color_of("dupatta", "red", failure="other_garment_color", kind="open"),
        details("kurta", "gold buttons"),
        Q.pattern("solid"),
        Q.material("silk"),
        is_a("kurta", "yes"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        wearing("a red kurta and red pants", failure="contradiction", who="the man"),
        title="Manyavar Men Red Woven Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: lifestyle shot, man seated on a wooden garden bench, plants behind; beige full-sleeved kurta with a
    # mandarin collar, off-white pyjama, brown cotton Nehru jacket. Base BLIP-2 wrote all texts.
    case(
        "X666-023",
        caption("a man sitting on a bench wearing a brown jacket and a white kurta"),
        wearing("a brown jacket and a beige kurta and white pants", who="the man"),
        color_of("kurta", "brown", failure="contradiction"),
        details("jacket", "the jacket is made of leather", failure="unsupported"),
        neck("mandarin collar"),
        Q.sleeve_length("long sleeves"),
        bottom("white pajamas"),
        details("kurta", "these are the details of the kurta", failure="restated"),
        title="Vastramay Men Beige Kurta with Pyjamas & Brown Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: teal knee-length kurta with side slits, button placket, full sleeves, mandarin collar, white churidar,
    # white backdrop. Base BLIP-2 wrote all texts.
    case(
        "X666-024",
        caption("a man in a blue kurta posing for a picture"),
        color_of("kurta", "green"),
        describe(
            "kurta",
            "the kurta is long and has a slit on the side and buttons on the front and the sleeves are long and the"
            " collar is a mandarin collar",
        ),
        wearing("a blue kurta and white pants", who="the man"),
        Q.material("cotton"),
        details("kurta", "yes", failure="non_answer"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        color_of("churidar", "blue", failure="other_garment_color", kind="open"),
        title="See Designs Men Teal Solid Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: plain saffron orange kurta, white dhoti, white backdrop, front view; no embroidery, no mirrors.
    # Base BLIP-2 wrote all texts.
    case(
        "X666-025",
        caption("a man in an orange shirt and white dhoti"),
        color_of("dhoti", "orange", failure="other_garment_color", kind="open"),
        wearing("he is wearing a traditional indian outfit", who="he"),
        is_a("dhoti", "yes"),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "the kurta is orange and the dhoti is white and the kurta is orange and the dhoti is white and the kurta"
            " is orange and",
            failure="loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a lot of embroidery and mirror work", failure="unsupported"),
        title="Mag Men Orange & White Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
        gender="Men",
    ),
    # photo: lavender full-sleeved kurta with a mandarin collar, white pyjama, white backdrop.
    # Base BLIP-2 wrote all texts.
    case(
        "X666-026",
        caption("a man wearing a purple kurta and white pajamas"),
        color_of("kurta", "pink", failure="contradiction"),
        wearing(
            "a purple kurta and white pajamas. Question: What is the color of the kurta? Answer: purple Question: What",
            failure="leak",
            who="the man",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        describe("kurta", "purple kurta with long sleeves and a mandarin collar"),
        color_of("pyjama", "purple", failure="other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has a mandarin collar with a button placket that goes down to the chest and the sleeves have"
            " a cuff with a",
            failure="cut",
            hit_limit=True,
        ),
        title="Anouk Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: off-white kurta and off-white churidar under a gold brocade Nehru jacket with five cloth-covered
    # buttons, white backdrop. Base BLIP-2 wrote all texts.
    case(
        "X666-027",
        caption("a man in a white kurta and a gold vest"),
        color_of("kurta", "gold", failure="contradiction"),
        color_of("jacket", "gold", kind="open"),
        details("jacket", "the jacket has a brocade pattern and five buttons"),
        wearing(
            "a white kurta and a white churidar and a white kurta and a white churidar and a white kurta and a white"
            " churidar and",
            failure="loop",
            who="the man",
            hit_limit=True,
        ),
        Q.material("brocade"),
        title="Manyavar Men Off-White Kurta with Churidar & Gold-Toned Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: pale peach straight kurta with thread embroidery on the neckline and cuffs, white pyjama, white
    # backdrop. Base BLIP-2 wrote all texts.
    case(
        "X666-028",
        caption("a man in a pink kurta with embroidery on the neck"),
        color_of("kurta", "white", failure="contradiction"),
        details("kurta", "embroidery on the neckline and the cuffs"),
        describe(
            "kurta",
            "the kurta is a peach colored kurta with embroidery on the neckline and the sleeves are long and it has a",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        wearing("a white kurta and white pants", failure="other_garment_color", who="the man"),
        title="Sanwara Men Peach-Coloured Embroidered Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: navy blue Indo-western sherwani with an asymmetric hem, mandarin collar and a plain chest pocket (no
    # pocket square), white churidar, white backdrop. Base BLIP-2 wrote all texts.
    case(
        "X666-029",
        caption("a man in a long blue coat and white pants"),
        Q.garment_type("coat"),
        describe("sherwani", "a long navy blue coat with an asymmetric hem and a mandarin collar"),
        color_of("sherwani", "black", failure="contradiction"),
        wearing("she is wearing a blue dress and white leggings", failure="pronoun", who="the person"),
        details("sherwani", "the sherwani has a pocket on the chest and a pocket square", failure="unsupported"),
        title="Sojanya Men Navy Blue Solid Indo-Western Sherwani",
        category="Sherwani",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cotton kurta with a multicoloured ikat print, mostly red with white and navy, mandarin collar, black
    # pyjama, white backdrop. Base BLIP-2 wrote all texts.
    case(
        "X666-030",
        caption("a man wearing a colorful kurta with a geometric pattern"),
        Q.pattern("geometric"),
        color_of("kurta", "red"),
        color_of("pyjama", "red", failure="other_garment_color", kind="open"),
        Q.material("cotton"),
        details(
            "kurta",
            "the kurta has a mandarin collar, a button placket with five buttons, long sleeves with buttoned cuffs"
            " and side slits at the",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a red and white kurta and black pants", who="the man"),
        title="Fabindia Men Multicoloured Ikat Print Cotton Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
    # photo: silver-grey self-design kurta with a soft sheen, white churidar, white backdrop; no sequins.
    # Base BLIP-2 wrote all texts.
    case(
        "X666-031",
        caption("a man in a silver kurta and white churidar"),
        color_of("kurta", "white", failure="contradiction"),
        describe("kurta", "a shiny grey kurta"),
        details("kurta", "the kurta has a lot of sequins on it", failure="unsupported"),
        Q.material("silk"),
        wearing("a grey kurta and white pants", who="the man"),
        color_of("churidar", "grey", failure="other_garment_color", kind="open"),
        title="Manyavar Men Silver-Toned Self-Design Kurta with Churidar",
        category="Kurta Sets",
        color="Silver",
        gender="Men",
    ),
    # photo: a little boy in a cream sherwani with embroidery on the collar and front, cream churidar, maroon
    # dupatta, white backdrop; matte cotton. Base BLIP-2 wrote all texts.
    case(
        "X666-032",
        caption("a little boy in a white sherwani and red scarf"),
        wearing("a white suit with a red scarf", who="the boy"),
        color_of("sherwani", "maroon", failure="other_garment_color", kind="open"),
        details("sherwani", "the sherwani has embroidery on the collar and the front"),
        Q.sleeve_length("long sleeves"),
        is_a("sherwani", "yes"),
        Q.garment_type("dress", failure="contradiction"),
        Q.material("velvet", failure="unsupported"),
        title="Jompers Boys Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: black kurta with mirror work and silver thread embroidery on the yoke, white pyjama, white backdrop;
    # no jewellery. Base BLIP-2 wrote all texts.
    case(
        "X666-033",
        caption("a man in a black kurta and white pants with a silver necklace", failure="unsupported"),
        color_of("kurta", "black"),
        color_of("pyjama", "white", kind="open"),
        details("kurta", "mirror work on the yoke with silver embroidery"),
        Q.pattern("embroidered"),
        describe("kurta", "the kurta is black"),
        wearing("black", failure="non_answer", who="the man"),
        title="Vastramay Men Black Mirror Work Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: festive lifestyle shot, man holding a brass diya before a marigold garland backdrop; cream kurta and
    # pyjama, red Nehru jacket with a small gold floral print. Base BLIP-2 wrote all texts.
    case(
        "X666-034",
        caption("a man holding a candle in front of yellow flowers"),
        color_of("jacket", "yellow", failure="contradiction", kind="open"),
        color_of("kurta", "cream"),
        wearing("a red jacket and a white kurta", who="the man"),
        details("jacket", "the jacket has a floral print in gold"),
        Q.material("cotton"),
        describe("kurta", "a red kurta with a gold print", failure="other_garment_color"),
        title="KISAH Men Cream Kurta with Pyjamas & Red Printed Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: white linen kurta with a slubby texture, full sleeves, white pyjama, sunglasses, white stole, white
    # backdrop. Base BLIP-2 wrote all texts.
    case(
        "X666-035",
        caption("a man in white kurta pyjama wearing sunglasses"),
        wearing("a white kurta and white pajamas and sunglasses", who="the man"),
        color_of("kurta", "white"),
        Q.material(
            "the kurta is made of linen Question: What is the color of the kurta? Answer: white", failure="leak"
        ),
        describe("kurta", "a white kurta"),
        details("kurta", "the kurta details are the details of the kurta", failure="restated"),
        Q.sleeve_length("three-quarter sleeves", failure="contradiction"),
        title="Hangup Men White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: plain coffee brown kurta with a mandarin collar and wooden-look buttons, cream pyjama, white
    # backdrop; matte cotton. Base BLIP-2 wrote all texts.
    case(
        "X666-036",
        caption("a man in a brown kurta and white pants"),
        color_of("kurta", "brown"),
        color_of("pyjama", "brown", failure="other_garment_color", kind="open"),
        wearing("a brown kurta and white pants", who="the man"),
        describe("kurta", "brown kurta with a mandarin collar and wooden buttons"),
        Q.material("leather", failure="unsupported"),
        is_a("shirt", "yes"),
        Q.pattern("checked", failure="contradiction"),
        title="Anouk Men Coffee Brown Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: maroon velvet sherwani with gold embroidery on collar, cuffs, front and hem, cream churidar, gold
    # safa, white backdrop; no pocket square, no brooch. Base BLIP-2 wrote all texts.
    case(
        "X666-037",
        caption("a man in a maroon sherwani and a gold turban"),
        color_of("sherwani", "maroon"),
        color_of("turban", "gold", kind="open"),
        wearing("a red sherwani with gold embroidery and a gold turban and white pants", who="the man"),
        details(
            "sherwani",
            "the sherwani has gold embroidery on the collar, the cuffs, the front and the hem, and it has a matching"
            " pocket square and a brooch on the",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.material("cotton", failure="unsupported"),
        describe("sherwani", "it is a sherwani", failure="restated"),
        title="Vastramay Men Maroon & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey Nehru jacket with a small white print over a black kurta and black churidar, white backdrop;
    # no chest pocket, lining not visible. Product is the jacket. Base BLIP-2 wrote all texts.
    case(
        "X666-038",
        caption("a man in a grey vest and black shirt"),
        color_of("jacket", "black", failure="contradiction"),
        color_of("kurta", "black", kind="open"),
        Q.pattern("printed"),
        describe("jacket", "the jacket is a jacket that is worn over the kurta", failure="restated"),
        Q.sleeve_length("sleeveless"),
        wearing("a grey kurta and grey vest", failure="other_garment_color", who="the man"),
        details("jacket", "the jacket has a satin lining and a chest pocket", failure="unsupported"),
        title="Hangup Men Grey Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: sea green kurta with a mandarin collar and side slits, white pyjama, potted plant beside the model,
    # white backdrop; matte cotton. Base BLIP-2 wrote all texts.
    case(
        "X666-039",
        caption("a man standing next to a potted plant wearing a green kurta"),
        color_of("kurta", "green"),
        wearing("a green kurta and white pants", who="he"),
        details(
            "kurta",
            "the kurta has a slit on the side and the kurta has a slit on the side and the kurta has a slit on the "
            "side and the",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("satin", failure="unsupported"),
        neck("mandarin collar"),
        describe("kurta", "green", failure="non_answer"),
        title="See Designs Men Sea Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: a young boy in a green kurta, cream dhoti and a mustard Nehru jacket with a green and pink floral
    # print and buttons, white backdrop. Base BLIP-2 wrote all texts.
    case(
        "X666-040",
        caption("a young boy wearing a green kurta and a yellow jacket"),
        wearing("a green shirt, a yellow vest and white pants", who="the boy"),
        color_of("kurta", "yellow", failure="other_garment_color", kind="open"),
        color_of("dhoti", "white"),
        describe("jacket", "the jacket is yellow with a green and pink floral print"),
        Q.garment_type("kurta"),
        details("jacket", "the jacket has a zipper in the front", failure="unsupported"),
        title="Jompers Boys Green Kurta with Dhoti Pants & Nehru Jacket",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: back view: white kurta and white pyjama under a black Nehru jacket, face not shown, white backdrop;
    # no pockets visible. Base BLIP-2 wrote all texts.
    case(
        "X666-041",
        caption("the back of a man wearing a black vest and white pants"),
        color_of("kurta", "black", failure="contradiction"),
        wearing("a black vest and a white kurta", who="the person"),
        details("jacket", "the jacket has two pockets and a mandarin collar", failure="unsupported"),
        Q.sleeve_length("long sleeves"),
        describe("jacket", "Answer: a black nehru jacket", failure="leak"),
        title="Manyavar Men White Kurta Pyjama with Black Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: navy blue kurta with matching navy pyjama, plain, no pockets, no zip, white backdrop; matte cotton.
    # Base BLIP-2 wrote all texts.
    case(
        "X666-042",
        caption("a man in a dark blue kurta and pajamas"),
        color_of("kurta", "blue"),
        color_of("pyjama", "blue", kind="open"),
        wearing("a blue kurta and blue pants", who="the man"),
        describe("kurta", "no", failure="non_answer"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        Q.pattern("striped", failure="contradiction"),
        details("kurta", "the kurta has a pocket on the chest and a hidden zip on the side", failure="unsupported"),
        title="Sojanya Men Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: loose beige linen kurta with two side pockets, band collar, curved hem at the knee, white trousers,
    # brown sandals, white backdrop. Feed row has no color column. Base BLIP-2 wrote all texts.
    case(
        "X666-043",
        caption("a man in a beige kurta and white pants"),
        Q.material("linen"),
        color_of("kurta", "white", failure="contradiction"),
        details("kurta", "the kurta has two pockets on the sides and a band collar"),
        wearing("a beige kurta Question: What is the color of the pants? Answer: white", failure="leak", who="the man"),
        describe(
            "kurta",
            "a loose beige kurta with a band collar and a curved hem that comes down to the knees, worn with a pair"
            " of white trousers and brown",
            failure="cut",
            hit_limit=True,
        ),
        title="Fabindia Men Beige Linen Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: pink kurta with a small white floral print, white churidar, white backdrop; matte cotton. Feed row
    # has no category column. Base BLIP-2 wrote all texts.
    case(
        "X666-044",
        caption("a man in a pink shirt with white flowers"),
        Q.pattern("floral"),
        color_of("churidar", "pink", failure="other_garment_color", kind="open"),
        wearing(
            "he is wearing a pink kurta with white flowers and white churidar and he is wearing a pink kurta with "
            "white flowers and white",
            failure="loop",
            who="he",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        describe("kurta", "a pink kurta with a floral print"),
        Q.material("silk", failure="unsupported"),
        title="Manyavar Men Pink Printed Kurta with Churidar",
        color="Pink",
        gender="Men",
    ),
    # photo: peach sherwani with tone-on-tone embroidery all over the front, high mandarin collar, ivory
    # churidar, white wall behind; silky sheen; no brooch. Base BLIP-2 wrote all texts.
    case(
        "X666-045",
        caption("a man in a pink sherwani standing in front of a white wall"),
        color_of("sherwani", "pink"),
        wearing("she is wearing a pink sherwani and white pants", failure="pronoun", who="the person"),
        describe(
            "sherwani",
            "the sherwani is knee length with tone on tone embroidery all over the front, a high mandarin collar, and"
            " a row of",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        details("sherwani", "the sherwani has a red and gold brooch on the chest", failure="unsupported"),
        color_of("churidar", "pink", failure="other_garment_color", kind="open"),
        title="Sanwara Men Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
        gender="Men",
    ),
    # photo: lifestyle shot, indigo blue khadi kurta with a chest pocket, white pyjama, red brick wall behind;
    # matte cotton. Base BLIP-2 wrote all texts.
    case(
        "X666-046",
        caption("a man in a blue shirt standing in front of a brick wall"),
        color_of("kurta", "red", failure="contradiction"),
        wearing("a blue shirt and white pants", who="the man"),
        Q.material("cotton"),
        details("kurta", "the kurta has a pocket on the chest"),
        describe("kurta", "she is wearing a blue kurta with white pants", failure="pronoun"),
        color_of("pyjama", "blue", failure="other_garment_color", kind="open"),
        title="Fabindia Men Indigo Blue Solid Khadi Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
]
