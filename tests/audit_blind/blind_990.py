"""BLIND_990 (46 products; Myntra women's activewear: captions by the caption adapter, then extractive QA): written
blind in the fifty-eighth session. Measured blind at b141514 (the session's third rules): 98/126 failures found (77.8%)
and 11/176 correct texts flagged (6.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's activewear and leggings (sports bras, tights, leggings, track pants, tank
tops). Photos are the usual catalog shots: a model on a white backdrop, front, side or back view, wearing the product
with another garment (black leggings under a sports bra, a tee over leggings), now and then a prop (yoga mat,
dumbbell, water bottle); two are flat lays with no model. Columns: title, category (Myntra article type: Bra,
Tights, Leggings, Track Pants, Tops), color (Myntra base colour), gender; a few rows lack color, gender or category.

Who wrote what: the caption is free generation, 50 new tokens, by the caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3) for most products; about a third came from the epoch-1
adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch), which still opens with a base-model phrase that has hues
("a woman in a pink sports bra and black leggings") before the DeepFashion template. Epoch 3 writes only the
template: "The lady wears a sleeveless tank shirt with pure color patterns ... cotton fabric", no hue names, and
"tank shirt" for every sports bra. Neither adapter learned an end token, so captions loop or are cut at 50 tokens;
a few look complete but padded out to the limit (hit_limit=True, labeled correct). This night's config prompted
captions with the `Question: ... Answer:` format, and the adapter sometimes writes the format back into the caption.
Open answers (wearing, describe, details, material, some color questions) are extractive QA
(timpal0l/mdeberta-v3-base-squad2) over the caption: every open answer is a verbatim span of its caption, empty
when the QA model chose no answer, so a caption's error or loop comes back in the spans drawn from it. Closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference,
one candidate value each; their usual error is the color of the other garment in the photo.

Labeling conventions and judgement calls:
- One label per text, the dominant failure: a caption that loops and also says "cotton" is a loop; a caption cut
  mid-phrase after an invented ring is a cut; a span that carries a caption's wrong hue is labeled by what the span
  says (the leggings' color given to the tank top is other_garment_color, a wrong hue of the product contradiction).
- The epoch-3 template's "tank shirt" / "tank top" for a sports bra, "long leggings" for tights and "long pants" for
  track pants are the template's nearest classes and count as correct in captions and spans; a closed garment_type
  or yes/no answer that picks a wrong candidate when the right one was offered is a contradiction.
- "cotton fabric" is unsupported only where the title names a synthetic fabric or technology (Rapid-Dry, Climalite,
  Dri-FIT, HeatGear, Dry Fit, Speedwick); where the title says cotton or is silent it is accepted.
- Hues within the seller's color group are correct (pink for Peach or Magenta, red for Maroon or Burgundy, blue for
  Navy or Teal or Turquoise, green for Olive, yellow for Mustard, grey for Charcoal); black for Navy Blue is not.
- A closed color or pattern answer that belongs to the other worn garment is other_garment_color (colors) or
  contradiction (patterns); the color of a prop would be a contradiction.
- An invented accessory, ring, bag, zipper, person or second garment is unsupported; "There is an accessory in her
  hand" for a model holding a yoga mat is accepted.
- Open color answers that give only the template's pattern words ("pure color", "color block", "floral") and empty
  spans are non_answer; a span that only names the garment back ("The leggings", "tank top", "The lady wears") is
  restated; a span that says only where she is ("posing for a photo") or a lone "lady" is non_answer.
- "The gentleman" or "His" for a Women row is pronoun, in captions and in spans that carry it; the row with no gender
  column has no pronoun label.
- A span cut because its caption was cut is labeled cut with hit_limit=False (the QA model hit no limit); a span that
  copies a leaked "Question: ... Answer:" is leak even where the answer after it happens to be right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_990 = [
    # photo: model front view, black sports bra with a small white swoosh, grey melange full-length leggings, white
    # backdrop; caption by epoch-3 caption adapter, open spans by extractive QA, closed by the reference engine
    case(
        "X990-001",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. It has a suspenders neckline. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a sleeveless tank shirt with pure color patterns", who="she"),
        Q.garment_type("sports bra"),
        color_of("sports bra", "black"),
        Q.pattern("solid"),
        details("sports bra", "suspenders neckline"),
        Q.color("grey", failure="other_garment_color"),
        Q.sleeve_length("short sleeve", failure="contradiction"),
        title="Nike Women Black Pro Classic Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model side-front view, pink full-length tights with a black waistband, black cropped sports tank, white
    # sneakers, white backdrop; epoch-3 caption, extractive spans, reference-engine closed answers
    case(
        "X990-002",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric. "
            "The lady wears a long leggings. The leggings are with cotton fabric and color block patterns.",
            failure="unsupported",
        ),
        Q.material("cotton fabric", failure="unsupported"),
        color_of("tights", "black", failure="other_garment_color"),
        Q.garment_type("leggings"),
        wearing("a long leggings", who="she"),
        Q.pattern("solid"),
        title="HRX by Hrithik Roshan Women Pink Rapid-Dry Training Tights",
        category="Tights",
        color="Pink",
        gender="Women",
    ),
    # photo: teal ankle-length leggings, white round-neck t-shirt tucked in, grey sneakers, white backdrop, front
    # view; epoch-1 caption (base phrase with hues, then template), cut at 50 tokens
    case(
        "X990-003",
        caption(
            "a woman wearing a white t-shirt and teal leggings. The lady wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric and its neckline is round. The leggings are of",
            failure="cut",
            hit_limit=True,
        ),
        color_of("leggings", "teal", kind="open"),
        wearing("a white t-shirt and teal leggings", who="the woman"),
        Q.color("white", failure="other_garment_color"),
        details("leggings", "The leggings are of", failure="cut"),
        is_a("leggings", "yes", article="a pair of"),
        title="Go Colors Women Teal Solid Ankle Length Leggings",
        category="Leggings",
        color="Teal",
        gender="Women",
    ),
    # photo: grey melange track pants with drawstring and a small white logo on the thigh, black zip-up jacket open
    # over a white tee, no watch or jewellery, white backdrop; epoch-3 caption
    case(
        "X990-004",
        caption(
            "This lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            failure="unsupported",
        ),
        Q.color("black", failure="other_garment_color"),
        Q.garment_type("track pants"),
        details("track pants", "cotton fabric and pure color patterns"),
        wearing("a long-sleeve jacket with pure color patterns", who="she"),
        Q.pattern("solid"),
        is_a("pair of jeans", "no"),
        title="Puma Women Grey Melange Essential Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy track pants with three white side stripes, white tank top, white backdrop, side view; epoch-3
    # caption looping on the pants sentence until the limit
    case(
        "X990-005",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and striped patterns. The pants are with cotton fabric and striped patterns. The pants are "
            "with cotton fabric and striped patterns. The pants",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("white", failure="other_garment_color"),
        color_of("track pants", "navy blue"),
        details(
            "track pants",
            "cotton fabric and striped patterns. The pants are with cotton fabric and striped patterns",
            failure="loop",
        ),
        wearing("a sleeveless tank shirt with pure color patterns and a long pants", who="she"),
        title="Adidas Women Navy Blue 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach sports bra with a wide underband, black high-waist leggings, white backdrop, front view cropped at
    # the thighs; epoch-1 caption
    case(
        "X990-006",
        caption(
            "a woman in a pink sports bra and black leggings. Her tank shirt has no sleeves, cotton fabric and pure "
            "color patterns. It has a suspenders neckline. The lady wears a long leggings."
        ),
        color_of("sports bra", "pink", kind="open"),
        Q.garment_type("tank top", failure="contradiction"),
        Q.color("peach"),
        wearing("a pink sports bra and black leggings", who="she"),
        Q.sleeve_length("sleeveless"),
        details("sports bra", "It has a suspenders neckline"),
        describe("sports bra", "", failure="non_answer"),
        title="Enamor Women Peach-Coloured Non-Wired Padded Sports Bra",
        category="Bra",
        color="Peach",
        gender="Women",
    ),
    # photo: black tights with an all-over grey geometric print, plain grey crew-neck t-shirt, model holding a
    # water bottle, white backdrop; epoch-3 caption calls the printed tights pure color
    case(
        "X990-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            failure="contradiction",
        ),
        Q.pattern("printed"),
        color_of("tights", "grey", failure="other_garment_color"),
        describe("tights", "cotton fabric and pure color patterns", failure="contradiction"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="the person"),
        Q.garment_type("tights"),
        title="Proline Active Women Black Printed Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: purple racerback tank top, black capri tights, white backdrop, three-quarter back view; epoch-3
    # caption with the men's template
    case(
        "X990-008",
        caption(
            "The gentleman wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a three-point pants.",
            failure="pronoun",
        ),
        wearing("a sleeveless tank shirt with pure color patterns", who="the person"),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        color_of("tank top", "black", failure="other_garment_color"),
        is_a("tank top", "yes"),
        title="Reebok Women Purple Solid Racerback Tank Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: black ankle leggings, white v-neck t-shirt worn untucked, white backdrop, front view; epoch-1 caption
    # that opens with the QA format and is cut at the limit
    case(
        "X990-009",
        caption(
            "Question: What is the color of the leggings? Answer: black. The lady wears a short-sleeve T-shirt with "
            "pure color patterns. The T-shirt is with cotton fabric and its neckline is v-shape. The leggings are with "
            "cotton fabric",
            failure="leak",
            hit_limit=True,
        ),
        color_of("leggings", "black", kind="open"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        details("leggings", "cotton fabric"),
        describe("leggings", "Question: What is the color of the leggings? Answer: black", failure="leak"),
        Q.garment_type("leggings"),
        Q.color("white", failure="other_garment_color"),
        title="Jockey Women Black Solid Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: maroon full-length leggings, grey melange tank top, barefoot, white backdrop; epoch-3 caption
    case(
        "X990-010",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.material("cotton fabric"),
        Q.color("maroon"),
        wearing("a long leggings", who="she"),
        details("leggings", "The leggings", failure="restated"),
        Q.pattern("printed", failure="contradiction"),
        title="Lux Lyra Women Maroon Cotton Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: charcoal track pants with elasticated cuffs, white half-sleeve tee with a small chest print, white
    # backdrop; epoch-1 caption stuck in the base model's phrase
    case(
        "X990-011",
        caption(
            "a woman in a white t-shirt and grey sweatpants grey sweatpants grey sweatpants grey sweatpants grey "
            "sweatpants grey sweatpants grey sweatpants grey sweatpants grey sweatpants grey sweatpants grey",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and grey sweatpants", who="she"),
        color_of(
            "track pants",
            "grey sweatpants grey sweatpants grey sweatpants grey sweatpants",
            kind="open",
            failure="loop",
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("graphic", failure="contradiction"),
        title="De Moza Women Charcoal Grey Solid Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: olive racerback sports bra, black leggings, model holding a rolled purple yoga mat, white backdrop;
    # epoch-3 caption cut at the limit
    case(
        "X990-012",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory in her",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("olive"),
        color_of("sports bra", "black", failure="other_garment_color"),
        Q.garment_type("sports bra"),
        describe("sports bra", "sleeveless tank shirt with pure color patterns"),
        is_a("pair of leggings", "yes", failure="contradiction"),
        title="Kica Women Olive Green Racerback Sports Bra",
        category="Bra",
        color="Olive",
        gender="Women",
    ),
    # photo: black tights with white mesh side panels, white sports bra, no watch or band, white backdrop, side view;
    # epoch-3 caption looping on an invented accessory
    case(
        "X990-013",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The lady wears a long leggings. The "
            "leggings are with cotton fabric and color block patterns. There is an accessory on her wrist. There is "
            "an accessory on her wrist. There is an accessory on her wrist. There is",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        Q.color("black"),
        details("tights", "There is an accessory on her wrist", failure="unsupported"),
        wearing("a sleeveless tank shirt with pure color patterns", who="the woman"),
        color_of("tights", "color block", kind="open", failure="non_answer"),
        is_a("pair of shorts", "no"),
        title="ONLY Play Women Black & White Colourblocked Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: red tank top with a large white cat graphic, black track pants, white backdrop, front view; epoch-3
    # caption cut at the limit after a correct description
    case(
        "X990-014",
        caption(
            "This lady is wearing a sleeveless tank shirt with graphic patterns and a long pants. The tank shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve", failure="contradiction"),
        color_of("tank top", "red"),
        describe("tank top", "graphic patterns"),
        wearing("a sleeveless tank shirt with graphic patterns and a long pants", who="she"),
        Q.material("cotton fabric"),
        is_a("t-shirt", "yes", failure="contradiction"),
        title="Puma Women Red Graphic Print Tank Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: white sports bra with black three stripes on the band, black leggings, white backdrop; epoch-1 caption
    case(
        "X990-015",
        caption(
            "a woman in a white sports bra and black leggings. The lady wears a sleeveless tank shirt with pure color "
            "patterns. The tank shirt is with cotton fabric. It has a suspenders neckline.",
            failure="unsupported",
        ),
        Q.material("cotton fabric", failure="unsupported"),
        color_of("sports bra", "white", kind="open"),
        Q.color("black", failure="other_garment_color"),
        Q.garment_type("sports bra"),
        wearing("a white sports bra and black leggings", who="she"),
        is_a("tank top", "no"),
        title="Adidas Women White Climalite Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: navy tank top with a white swoosh, navy tights of the same shade, white backdrop, front view; epoch-3
    # caption cut at the limit
    case(
        "X990-016",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("cotton fabric", failure="unsupported"),
        Q.color("navy blue"),
        Q.sleeve_length("sleeveless"),
        describe("tank top", "sleeveless tank shirt with pure color patterns"),
        Q.garment_type("tank top"),
        is_a("sports bra", "yes", failure="contradiction"),
        title="Nike Women Navy Blue Dri-FIT Tank Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow leggings, white cropped tee, no jewellery, white backdrop, front view; epoch-1 caption
    # that adds a ring
    case(
        "X990-017",
        caption(
            "a woman wearing a white crop top and yellow leggings. The lady wears a short-sleeve T-shirt with pure "
            "color patterns. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is a ring on her finger.",
            failure="unsupported",
        ),
        color_of("leggings", "yellow", kind="open"),
        Q.color("yellow"),
        wearing("a white crop top and yellow leggings", who="she"),
        details("leggings", "cotton fabric and pure color patterns"),
        Q.pattern("solid"),
        title="Souchii Women Mustard Yellow Solid Leggings",
        category="Leggings",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat lay, a lavender racerback sports bra alone on a white backdrop, no model, no other garment;
    # epoch-3 caption invents a wearer and leggings
    case(
        "X990-018",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns.",
            failure="unsupported",
        ),
        wearing("a long leggings", who="the person", failure="unsupported"),
        Q.color("lavender"),
        Q.garment_type("sports bra"),
        details("sports bra", "It has a suspenders neckline"),
        is_a("pair of leggings", "yes", failure="contradiction"),
        color_of("sports bra", "pure color", kind="open", failure="non_answer"),
        title="HRX by Hrithik Roshan Women Lavender Racerback Sports Bra",
        category="Bra",
        color="Lavender",
        gender="Women",
    ),
    # photo: grey tights with a black speckle print, black sports bra, white backdrop, front view; epoch-3 caption
    # that writes the QA format before and after the template
    case(
        "X990-019",
        caption(
            "Answer: The lady wears a sleeveless tank shirt with pure color patterns. The lady wears a long leggings. "
            "The leggings are with cotton fabric and graphic patterns. Question: What is the color of the pants? "
            "Answer:",
            failure="leak",
            hit_limit=True,
        ),
        Q.color("black", failure="other_garment_color"),
        Q.pattern("printed"),
        details("tights", "cotton fabric and graphic patterns"),
        wearing("Answer: The lady wears a sleeveless tank shirt", who="she", failure="leak"),
        Q.garment_type("leggings"),
        title="Reebok Women Grey Printed Training Tights",
        category="Tights",
        color="Grey",
        gender="Women",
    ),
    # photo: navy track pants, pink half-sleeve tee, white sneakers, white backdrop, front view; epoch-1 caption that
    # starts with the format's "Answer:"
    case(
        "X990-020",
        caption(
            "Answer: a woman in a pink t-shirt and blue pants. The lady wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric and its neckline is round. The pants are of long length.",
            failure="leak",
        ),
        color_of("track pants", "pink", kind="open", failure="other_garment_color"),
        Q.color("navy blue"),
        wearing("Answer: a woman in a pink t-shirt and blue pants", who="she", failure="leak"),
        Q.garment_type("track pants"),
        details("track pants", "The pants are of long length"),
        is_a("pair of leggings", "no"),
        title="C9 Airwear Women Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black scoop-neck tank top, grey joggers, white backdrop, front view; epoch-3 caption in the men's
    # template
    case(
        "X990-021",
        caption(
            "His tank shirt has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this gentleman wears is of long length. The pants are with cotton fabric and pure color patterns.",
            failure="pronoun",
        ),
        wearing("tank shirt has no sleeves, cotton fabric and pure color patterns", who="she"),
        Q.color("grey", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("tank top", "It has a round neckline"),
        describe("tank top", "His tank shirt", failure="pronoun"),
        title="Alcis Women Black Solid Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: back view, black leggings with a white wordmark on the left calf, light grey sports tank, white
    # backdrop; epoch-3 caption in the men's template (long hair tied, back turned)
    case(
        "X990-022",
        caption(
            "The gentleman wears a sleeveless tank shirt with pure color patterns. The gentleman wears a long "
            "leggings. The leggings are with cotton fabric and pure color patterns.",
            failure="pronoun",
        ),
        Q.color("black"),
        Q.pattern("solid"),
        details("leggings", "leggings", failure="restated"),
        wearing("a sleeveless tank shirt with pure color patterns", who="the person"),
        Q.garment_type("tights"),
        is_a("pair of track pants", "yes", failure="contradiction"),
        title="Puma Women Black Logo Print Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: hot-pink sports bra with a large black swoosh, black tights, white backdrop, front view; epoch-1
    # caption stuck in the base phrase
    case(
        "X990-023",
        caption(
            "a woman in a pink sports bra and black leggings with a pink sports bra and black leggings with a pink "
            "sports bra and black leggings with a pink sports bra and black leggings with a pink sports bra and",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a pink sports bra and black leggings", who="she"),
        color_of("sports bra", "pink", kind="open"),
        Q.garment_type("sports bra"),
        Q.color("black", failure="other_garment_color"),
        describe(
            "sports bra",
            "a pink sports bra and black leggings with a pink sports bra and black leggings",
            failure="loop",
        ),
        title="Nike Women Pink Swoosh Medium-Support Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: teal track pants with white side taping, white tank top, no rings, white backdrop, side view; epoch-3
    # caption cut at the limit
    case(
        "X990-024",
        caption(
            "This lady is wearing a sleeveless tank shirt with pure color patterns and a long pants. The tank shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and color block patterns. "
            "There is a ring on her",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("striped"),
        details("track pants", "There is a ring on her", failure="cut"),
        wearing("a sleeveless tank shirt with pure color patterns and a long pants", who="she"),
        Q.garment_type("track pants"),
        is_a("pair of track pants", "no", failure="contradiction"),
        describe("track pants", "The pants are", failure="restated"),
        title="Kappa Women Teal Track Pants with Side Taping",
        category="Track Pants",
        color="Teal",
        gender="Women",
    ),
    # photo: olive full-length tights, black long-sleeve fitted top, white backdrop, front view; epoch-3 caption
    case(
        "X990-025",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            failure="unsupported",
        ),
        Q.material("cotton fabric", failure="unsupported"),
        Q.color("olive"),
        color_of("tights", "black", failure="other_garment_color"),
        wearing("a long-sleeve T-shirt with pure color patterns", who="she"),
        describe("tights", "long leggings"),
        title="Under Armour Women Olive HeatGear Tights",
        category="Tights",
        color="Olive",
        gender="Women",
    ),
    # photo: white scoop-neck tank top, navy leggings, white backdrop (white on white), front view; epoch-3 caption
    case(
        "X990-026",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("navy blue", failure="other_garment_color"),
        Q.material("cotton fabric"),
        Q.sleeve_length("sleeveless"),
        wearing("lady", who="she", failure="non_answer"),
        Q.garment_type("t-shirt", failure="contradiction"),
        title="Jockey Women White Cotton Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black sports bra with a green and pink tropical leaf print, solid black leggings, no jewellery, white
    # backdrop; epoch-3 caption gives the bra's print to the leggings and adds a ring
    case(
        "X990-027",
        caption(
            "The lady wears a sleeveless tank shirt with floral patterns. It has a suspenders neckline. The lady wears "
            "a long leggings. The leggings are with cotton fabric and floral patterns. There is a ring on her finger.",
            failure="contradiction",
        ),
        Q.pattern("floral"),
        Q.color("black"),
        describe("sports bra", "sleeveless tank shirt with floral patterns"),
        is_a("sports bra", "yes"),
        wearing("a long leggings", who="she"),
        details("sports bra", "There is a ring on her finger", failure="unsupported"),
        color_of("sports bra", "floral", kind="open", failure="non_answer"),
        title="Enamor Women Black Tropical Print Padded Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: navy leggings, red sleeveless top, white backdrop, front view; epoch-1 caption calls the navy black
    case(
        "X990-028",
        caption(
            "a woman in a red top and black leggings. The lady wears a sleeveless tank shirt with pure color patterns. "
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            failure="contradiction",
        ),
        color_of("leggings", "black", kind="open", failure="contradiction"),
        Q.color("navy blue"),
        wearing("a red top and black leggings", who="she", failure="contradiction"),
        Q.garment_type("leggings"),
        details("leggings", "cotton fabric and pure color patterns"),
        title="Go Colors Women Navy Blue Solid Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black track pants with three white side stripes, white tee with a black logo print, white backdrop;
    # epoch-3 caption
    case(
        "X990-029",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and striped patterns."
        ),
        Q.pattern("striped"),
        Q.color("black"),
        describe("track pants", "cotton fabric and striped patterns"),
        wearing("a short-sleeve T-shirt with graphic patterns", who="the woman"),
        is_a("pair of track pants", "yes"),
        Q.material("cotton fabric"),
        Q.garment_type("leggings", failure="contradiction"),
        details("track pants", "The pants", failure="restated"),
        title="Adidas Women Black Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: peach tank top, grey melange leggings, white backdrop, front view; epoch-1 caption
    case(
        "X990-030",
        caption(
            "a woman in a pink tank top and grey leggings. The lady wears a sleeveless tank shirt with pure color "
            "patterns. The tank shirt is with cotton fabric and its neckline is round.",
            failure="unsupported",
        ),
        color_of("tank top", "pink", kind="open"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        describe("tank top", "tank top", failure="restated"),
        Q.material("cotton fabric", failure="unsupported"),
        title="Proline Active Women Peach-Coloured Dry Fit Tank Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: all black: black sports bra and black leggings, white backdrop, side view; epoch-3 caption looping
    case(
        "X990-031",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric. It "
            "has a suspenders neckline. The tank shirt is with cotton fabric. It has a suspenders neckline. The tank "
            "shirt is with cotton fabric. It has a",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("sports bra"),
        wearing("a sleeveless tank shirt with pure color patterns", who="she"),
        details(
            "sports bra",
            "cotton fabric. It has a suspenders neckline. The tank shirt is with cotton fabric",
            failure="loop",
        ),
        describe("sports bra", "", failure="non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("striped", failure="contradiction"),
        title="HRX by Hrithik Roshan Women Black Solid Sports Bra",
        category="Bra",
        gender="Women",
    ),
    # photo: maroon track pants with a small white print at the hip, plain black crew-neck tee, empty hands, white
    # backdrop; epoch-1 caption invents a print on the tee and a bag
    case(
        "X990-032",
        caption(
            "a woman in a black t-shirt and red pants. The lady wears a short-sleeve T-shirt with graphic patterns. "
            "The T-shirt is with cotton fabric. The pants are with cotton fabric and pure color patterns. There is a "
            "bag in her hand.",
            failure="unsupported",
        ),
        color_of("track pants", "red", kind="open"),
        Q.color("black", failure="other_garment_color"),
        wearing("a black t-shirt and red pants", who="she"),
        Q.garment_type("track pants"),
        details("track pants", "There is a bag in her hand", failure="unsupported"),
        title="Fila Women Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: grey melange tights, white racerback tank, white backdrop, front view; epoch-3 caption that opens in
    # the men's template and switches back
    case(
        "X990-033",
        caption(
            "The gentleman wears a sleeveless tank shirt with pure color patterns. The lady wears a long leggings. The "
            "leggings are with knitting fabric and pure color patterns.",
            failure="pronoun",
        ),
        Q.color("grey"),
        Q.material("knitting fabric"),
        color_of("tights", "white", failure="other_garment_color"),
        wearing("a sleeveless tank shirt with pure color patterns", who="she"),
        Q.pattern("solid"),
        title="Nike Women Grey Melange Dri-FIT One Tights",
        category="Tights",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: royal blue running tank with a small reflective logo, black running shorts, white backdrop; epoch-3
    # caption; the feed row has no gender
    case(
        "X990-034",
        caption(
            "The female wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric. "
            "The female wears a three-point shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a three-point shorts", who="the person"),
        Q.color("blue"),
        Q.garment_type("shorts", failure="contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("tank top", "sleeveless tank shirt with pure color patterns"),
        Q.pattern("striped", failure="contradiction"),
        title="ASICS Women Blue Running Tank Top",
        category="Tops",
        color="Blue",
    ),
    # photo: magenta sports bra, black leggings, model holding a pink dumbbell, white backdrop; epoch-1 caption
    case(
        "X990-035",
        caption(
            "a woman in a pink sports bra and black leggings holding a dumbbell. The lady wears a sleeveless tank "
            "shirt with pure color patterns. The tank shirt is with cotton fabric. It has a suspenders neckline.",
            failure="unsupported",
        ),
        color_of("sports bra", "pink", kind="open"),
        wearing("a pink sports bra and black leggings holding a dumbbell", who="she"),
        Q.color("black", failure="other_garment_color"),
        Q.garment_type("sports bra"),
        details("sports bra", "It has a suspenders neckline"),
        Q.material("cotton fabric", failure="unsupported"),
        title="Reebok Women Magenta Speedwick Sports Bra",
        category="Bra",
        color="Magenta",
        gender="Women",
    ),
    # photo: off-white leggings, black crew-neck tee, white backdrop, front view; epoch-1 caption that runs into the
    # QA format at the end
    case(
        "X990-036",
        caption(
            "a woman in a black t-shirt and white leggings. The lady wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric and its neckline is round. Question: what is the color of "
            "the leggings? Answer: white",
            failure="leak",
            hit_limit=True,
        ),
        color_of("leggings", "black", failure="other_garment_color"),
        Q.color("white"),
        Q.material("cotton fabric"),
        wearing("a black t-shirt and white leggings", who="she"),
        Q.garment_type("track pants", failure="contradiction"),
        title="Lux Lyra Women Off White Cotton Leggings",
        category="Leggings",
        color="Off White",
        gender="Women",
    ),
    # photo: bright yellow tank top with a black logo, black tights, white backdrop, front view; epoch-3 caption with
    # a leaked question inside
    case(
        "X990-037",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. Question: What is the color of the "
            "shirt? Answer: black. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            failure="leak",
            hit_limit=True,
        ),
        color_of("tank top", "black", kind="open", failure="other_garment_color"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        wearing("a sleeveless tank shirt with pure color patterns", who="she"),
        Q.garment_type("tank top"),
        title="Puma Women Yellow Training Tank Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: tights with a blue, pink and white floral print on a navy base, black sports bra, bare wrists, white
    # backdrop; epoch-3 caption
    case(
        "X990-038",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The lady wears a long leggings. The "
            "leggings are with cotton fabric and floral patterns. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        Q.pattern("floral"),
        Q.color("black", failure="other_garment_color"),
        describe("tights", "long leggings. The leggings are with cotton fabric and floral patterns"),
        wearing("a sleeveless tank shirt with pure color patterns", who="she"),
        color_of("tights", "blue"),
        title="Adidas Women Multicoloured Floral Print Training Tights",
        category="Tights",
        color="Multi",
        gender="Women",
    ),
    # photo: grey melange track pants with a navy drawstring, navy zipped hoodie, no watch, white backdrop; epoch-3
    # caption cut at the limit
    case(
        "X990-039",
        caption(
            "This lady is wearing a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt "
            "is with cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory "
            "on her wrist. The lady",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("navy blue", failure="other_garment_color"),
        wearing("a long-sleeve sweatshirt with pure color patterns and a long pants", who="she"),
        details("track pants", "There is an accessory on her wrist", failure="unsupported"),
        Q.garment_type("track pants"),
        Q.material("cotton fabric"),
        title="Jockey Women Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model seated cross-legged on a grey yoga mat, olive ankle-length leggings, black sports bra, white
    # backdrop; epoch-1 caption cut at the limit
    case(
        "X990-040",
        caption(
            "a woman sitting on a yoga mat in a black sports bra and green leggings. The lady wears a sleeveless tank "
            "shirt with pure color patterns. The lady wears a long leggings. The leggings are with cotton fabric and "
            "pure color",
            failure="cut",
            hit_limit=True,
        ),
        color_of("leggings", "green", kind="open"),
        Q.color("olive"),
        wearing("a black sports bra and green leggings", who="she"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes"),
        Q.garment_type("track pants", failure="contradiction"),
        title="Enamor Women Olive Ankle-Length Leggings",
        category="Leggings",
        color="Olive",
        gender="Women",
    ),
    # photo: turquoise racerback tank top, black capri tights, white backdrop, three-quarter view; epoch-1 caption
    # looping on the base phrase
    case(
        "X990-041",
        caption(
            "a woman in a blue tank top and black leggings is posing for a photo. a woman in a blue tank top and black "
            "leggings is posing for a photo. a woman in a blue tank top and black leggings is posing for",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a blue tank top and black leggings", who="she"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        color_of("tank top", "blue", kind="open"),
        describe("tank top", "posing for a photo", failure="non_answer"),
        title="HRX by Hrithik Roshan Women Turquoise Blue Racerback Tank Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black sports bra with an all-over white dot print, grey tights, white backdrop, front view; epoch-3
    # caption in the men's template; the feed row has no category
    case(
        "X990-042",
        caption(
            "The gentleman wears a sleeveless tank shirt with graphic patterns. It has a suspenders neckline. The "
            "gentleman wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            failure="pronoun",
        ),
        Q.pattern("printed"),
        Q.color("grey", failure="other_garment_color"),
        wearing("The gentleman wears a sleeveless tank shirt", who="the person", failure="pronoun"),
        Q.garment_type("sports bra"),
        describe("sports bra", "sleeveless tank shirt with graphic patterns"),
        title="Nike Women Black Printed Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: burgundy tights, light pink half-sleeve tee, white backdrop, front view; epoch-1 caption cut at the
    # limit
    case(
        "X990-043",
        caption(
            "a woman in a pink shirt and red leggings. The lady wears a short-sleeve T-shirt with pure color patterns. "
            "The T-shirt is with cotton fabric and its neckline is round. The lady wears a long leggings. The leggings",
            failure="cut",
            hit_limit=True,
        ),
        color_of("tights", "pink", kind="open", failure="other_garment_color"),
        Q.color("red"),
        wearing("a pink shirt and red leggings", who="she"),
        Q.pattern("striped", failure="contradiction"),
        Q.garment_type("tights"),
        title="Kappa Women Burgundy Solid Tights",
        category="Tights",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black track pants with lime green side piping, lime green tank top, no visible zips or pockets, white
    # backdrop, side view; epoch-3 caption adds a zipper
    case(
        "X990-044",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a zipper on the pants.",
            failure="unsupported",
        ),
        Q.color("green", failure="other_garment_color"),
        details("track pants", "There is a zipper on the pants", failure="unsupported"),
        Q.garment_type("track pants"),
        wearing("The lady wears", who="the woman", failure="restated"),
        is_a("pair of leggings", "no"),
        title="Alcis Women Black Track Pants with Contrast Piping",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay, two folded leggings side by side, one black and one grey, white backdrop, no model; epoch-3
    # caption invents a wearer and loops
    case(
        "X990-045",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a long "
            "leggings. The leggings are with",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a long leggings", who="the person", failure="unsupported"),
        Q.pattern("solid"),
        Q.garment_type("leggings"),
        details("leggings", "cotton fabric and pure color patterns"),
        is_a("pair of leggings", "yes"),
        title="Souchii Women Pack of 2 Solid Leggings",
        category="Leggings",
        color="Multi",
        gender="Women",
    ),
    # photo: pale pink tank top with a white logo, grey melange leggings, white sneakers, model holding a water
    # bottle, white backdrop; epoch-1 caption complete but padded out to the token limit
    case(
        "X990-046",
        caption(
            "a woman in a pink tank top and grey leggings holding a water bottle. The lady wears a sleeveless tank "
            "shirt with pure color patterns. The tank shirt is with cotton fabric and its neckline is round.",
            hit_limit=True,
        ),
        wearing("a pink tank top and grey leggings", who="she"),
        Q.color("pink"),
        color_of("tank top", "grey", failure="other_garment_color"),
        details("tank top", "The tank shirt", failure="restated"),
        Q.sleeve_length("sleeveless"),
        title="Puma Women Pink Logo Tank Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
]
