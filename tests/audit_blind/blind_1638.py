"""BLIND_1638 (45 products; Myntra men's ethnic, base BLIP-2 zero-shot): written blind in the sixty-seventh session.
Measured blind at 0f3a531 (the session's first rules): 58/66 failures found (87.9%) and 26/260 correct texts flagged
(10.0%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed (Kurtas, Kurta Sets, Sherwani, Nehru Jackets as the article type, the
marketplace's base colour, gender Men). Mostly a model on a plain studio backdrop wearing the product with other clothes
(white or cream pyjama/churidar under kurtas, a kurta under every Nehru jacket, jeans under short kurtas, a stole or a
safa with sherwanis); a few flat lays, back views and props (sandals and sunglasses, a coffee cup, a carved chair). A
feed leaves a column out now and then (one case has no color, one no category, one no gender).
Who wrote what: the caption and every open answer (wearing, description, details, material, and the open color question
where asked) come from base Salesforce/blip2-opt-2.7b, zero-shot, greedy, 50 new tokens for captions and 30 for answers,
stopping on newline. Closed answers (garment_type, color, pattern, sleeve_length, the closed "What is the color of the
pyjama/churidar/...?" and "Is this a ...?") were picked by enrich's reference engine, which ranks a candidate list with
the same base model, so they are always one candidate word, never cut or looped.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near colors count as right (cream or white for Off White, blue for Navy Blue, purple for Lavender, red for
Maroon, orange for Rust); a color that belongs to another garment in the photo (the pyjama, the kurta under a jacket, a
stole) is other_garment_color; a color of the wall, the floor or an accessory is contradiction. In open text "shirt" or
"long shirt" for a kurta and "vest" for a Nehru jacket count as right; as the closed garment_type, where "kurta" and
"sherwani" were candidates, "shirt" for a kurta and "coat" for a sherwani are contradiction, while "vest" or "jacket"
for a Nehru jacket is right. "long sleeves" for a Nehru jacket (the kurta's sleeves) is contradiction. A material that
the title contradicts is contradiction; a material the title does not give and that is wrong for the fabric in the photo
is unsupported, as are invented buttons, pockets, props. "the details of the garment", an empty answer, "i don't know",
"no" to an open question or a bare color for what he is wearing are non_answer; a sentence that only restates the
question's words is restated. A woman or "she" for the male model is pronoun. Thin but true answers ("it's a kurta",
"flowers") are left correct. The "arafed" artifact BLIP-2 puts in captions is left correct when the rest is right. Loops
and cuts are hit_limit; a loop that also ends mid-phrase is labeled loop. About one text in five is wrong: base BLIP-2
answers short and mostly right on clean studio shots, and the closed engine fails mainly by taking the color or sleeves
of another garment in the photo, or "shirt"/"coat"/"kurta" for the type.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, wearing

BLIND_1638 = [
    # Front, grey backdrop: white cotton kurta, light blue jeans, brown loafers. Caption and open answers: base BLIP-2;
    # closed: reference engine. All right.
    case(
        "X1638-001",
        caption("a man wearing a white kurta and blue jeans"),
        wearing("a white kurta"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        D.details("it has a mandarin collar and buttons"),
        gender="Men",
        title="Anouk Men White Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Front: navy kurta with small white printed motifs, white pyjama, brown mojaris. Base BLIP-2 caption/open; the
    # engine's pyjama color took the kurta's navy.
    case(
        "X1638-002",
        caption("a man in a blue kurta and white pants"),
        wearing("kurta pajama"),
        Q.color("navy blue"),
        color_of("pyjama", "navy blue", "other_garment_color"),
        Q.pattern("printed"),
        D.details("the kurta has a mandarin collar and a button placket"),
        Q.material("cotton"),
        gender="Men",
        title="KISAH Men Navy Blue Ethnic Motifs Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Front, beige backdrop: cream jacquard sherwani (silk blend) with gold buttons, cream churidar, a maroon stole over
    # the left shoulder. Base caption/open; the engine's color is the stole's.
    case(
        "X1638-003",
        caption("arafed man in a white sherwani with a red scarf"),
        wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("maroon", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.material("silk"),
        D.details("gold buttons on the front"),
        is_a("sherwani", "yes"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Woven Design Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Front: mustard woven Nehru jacket over a white kurta and white pyjama. Base caption/open; the engine's color and
    # sleeve answers are the kurta's.
    case(
        "X1638-004",
        caption("a man in a yellow vest and white pants"),
        wearing("a yellow vest and white kurta"),
        Q.garment_type("nehru jacket"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("jacket", "yes"),
        D.description("a yellow vest with a white shirt underneath"),
        color_of("jacket", "yellow", kind="open"),
        gender="Men",
        title="House of Pataudi Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Front: teal cotton kurta with tortoise-shell buttons, cream churidar. Base caption/open (details looped);
    # closed by the engine.
    case(
        "X1638-005",
        caption("a man in a blue kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("teal"),
        D.description("a long blue shirt with a collar"),
        D.details(
            "the buttons are gold, the buttons are gold, the buttons are gold, the buttons are gold, the buttons are",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Vastramay Men Teal Solid Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Front: maroon self-design (tone-on-tone) kurta, cream churidar. Base caption/open (details give the churidar the
    # kurta's maroon; material only restates the question); the engine did the same for the churidar.
    case(
        "X1638-006",
        caption("a man in a red kurta and white pants"),
        wearing("a maroon kurta and white churidar"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("the garment is made of the material of the garment", "restated"),
        D.details("the kurta is maroon and the churidar is maroon", "other_garment_color"),
        gender="Men",
        title="Sanwara Men Maroon Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Front, white backdrop: white chikankari kurta, white pyjama. Base caption/open, engine closed. All right.
    case(
        "X1638-007",
        caption("a man in a white shirt and white pants standing in front of a white wall"),
        wearing("white kurta pajama"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        D.details("embroidery on the front"),
        gender="Men",
        title="Fabindia Men White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # Front: black poly-blend Nehru jacket with a slight sheen over a cream kurta and pyjama. Base caption/open
    # (leather invented); the engine said no to the yes/no.
    case(
        "X1638-008",
        caption("a man wearing a black vest and white pants"),
        wearing("a black jacket"),
        Q.garment_type("vest"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        D.details("the jacket has a mandarin collar and a pocket on the chest"),
        is_a("nehru jacket", "no", "contradiction"),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="SOJANYA Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Front: hip-length yellow cotton kurta with a tiny floral print, no pocket, blue jeans. Base caption/open (a
    # chest pocket invented); engine picked "shirt".
    case(
        "X1638-009",
        caption("a man in a yellow shirt and jeans"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        D.details("it has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Jompers Men Yellow Floral Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Flat lay on white: folded beige cotton kurta and white pyjama, no model. Base caption/open (invented linen);
    # closed by the engine, which said no to "kurta" for the folded kurta.
    case(
        "X1638-010",
        caption("a beige shirt and white pants on a white background"),
        wearing("a shirt and pants"),
        Q.garment_type("kurta"),
        Q.color("beige"),
        color_of("pyjama", "white"),
        Q.pattern("solid"),
        D.description("a shirt and pants set"),
        Q.material("linen", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        gender="Men",
        title="Hangup Men Beige Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Beige",
    ),
    # Back view: blue kurta with a white geometric print, white pyjama; the front is not visible. Base caption/open
    # (details invent the front); the engine picked "shirt".
    case(
        "X1638-011",
        caption("the back of a man in a blue shirt"),
        wearing("a blue shirt"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        D.details("buttons on the front and a mandarin collar", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        gender="Men",
        title="See Designs Men Blue Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Front: pink kurta, white pyjama, bearded male model. Base caption/open ("she", "no" for details); closed by
    # the engine.
    case(
        "X1638-012",
        caption("a man in a pink kurta and white pants"),
        wearing("she is wearing a pink kurta", "pronoun"),
        Q.color("pink"),
        color_of("pyjama", "white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "yes"),
        D.details("no", "non_answer"),
        gender="Men",
        title="Vastramay Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # Front: bottle-green slim kurta, beige trousers, no props. Base caption (invents a phone) and open (description
    # cut at 30 tokens); closed by the engine.
    case(
        "X1638-013",
        caption("a man in a green kurta holding a cell phone", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("green"),
        D.description(
            "the kurta is green and has a mandarin collar and a button placket on the front, it has long sleeves and a"
            " curved",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        wearing("a green kurta and beige pants"),
        gender="Men",
        title="Ethnix by Raymond Men Green Solid Slim Fit Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Front: maroon art-silk sherwani with gold zari embroidery, cream churidar, cream safa. All right.
    case(
        "X1638-014",
        caption("a man in a red sherwani and a turban"),
        wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.material("silk"),
        D.details("gold embroidery on the collar and the front"),
        is_a("sherwani", "yes"),
        gender="Men",
        title="Manyavar Men Maroon Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
    ),
    # Front: navy cotton-blend Nehru jacket with a small white print over a sky-blue kurta. Base caption/open (wool is
    # invented, details loop); the engine missed the small print.
    case(
        "X1638-015",
        caption("a man in a blue vest and a blue shirt"),
        wearing("a blue jacket and a blue shirt"),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("wool", "unsupported"),
        D.details(
            "the vest has a mandarin collar and a pocket on the chest and a pocket on the chest and a pocket on the"
            " chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Hangup Men Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Front: off-white linen kurta, white pyjama. Base caption/open (cotton against the title; details echoed);
    # closed by the engine.
    case(
        "X1638-016",
        caption("a man in a white kurta"),
        wearing("a white kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("cream"),
        Q.material("cotton", "contradiction"),
        D.details("the details of the garment", "non_answer"),
        Q.pattern("solid"),
        gender="Men",
        title="Sanwara Men Off-White Solid Linen Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Front: yellow kurta with white floral block-print buttis, white pyjama. Base caption/open (description loops);
    # the engine gave the pyjama the kurta's yellow.
    case(
        "X1638-017",
        caption("a man in a yellow kurta with flowers"),
        wearing("a yellow kurta and white pajamas"),
        Q.color("yellow"),
        color_of("pyjama", "yellow", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        D.description(
            "a yellow kurta with white flowers on it and white flowers on it and white flowers on it and white flowers"
            " on it and white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jompers Men Yellow & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Front: black pathani kurta (shirt collar, one flap pocket) with matching black salwar. Base caption/open (a
    # second pocket invented); engine picked "shirt"; the black salwar answer is right.
    case(
        "X1638-018",
        caption("a man in a black shirt and black pants"),
        wearing("a black shirt and pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        color_of("salwar", "black"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        D.details("the shirt has a collar and two pockets on the chest", "unsupported"),
        gender="Men",
        title="Tabard Men Black Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Black",
    ),
    # Front: beige self-design Nehru jacket (mandarin collar, chest pocket, two welt pockets) over a white kurta.
    # Base caption/open; engine picked "kurta" for the type.
    case(
        "X1638-019",
        caption("a man in a beige vest and white pants"),
        wearing("a white kurta and a beige vest"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("beige"),
        Q.sleeve_length("sleeveless"),
        D.details("the jacket has a mandarin collar, two pockets, and buttons"),
        is_a("jacket", "yes"),
        Q.material("cotton"),
        D.description("a beige vest"),
        gender="Men",
        title="Jompers Men Beige Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Front: indigo cotton kurta with a white geometric dabu print, white pyjama. Base caption/open (details loop on a
    # paisley that is not there); closed by the engine.
    case(
        "X1638-020",
        caption("a man wearing a blue and white shirt with a pattern on it"),
        wearing("a blue kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.material("cotton"),
        D.details(
            "the pattern is a traditional indian pattern called the paisley. It is a traditional indian pattern called"
            " the paisley. It is a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue and white", kind="open"),
        gender="Men",
        title="Fabindia Men Indigo Blue Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Front, warm light: gold-toned silk-blend jacquard sherwani, white churidar, gold safa with a feather, red
    # mojaris. Base caption/open; the engine read the gold as brown and said yes to "kurta".
    case(
        "X1638-021",
        caption("a man in a gold sherwani and a turban"),
        wearing("a gold sherwani with a turban"),
        Q.garment_type("sherwani"),
        Q.color("brown", "contradiction"),
        Q.material("silk"),
        is_a("kurta", "yes", "contradiction"),
        gender="Men",
        title="Manyavar Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Front: red kurta with gold yoke embroidery, white pyjama; male model with a beard and long hair in a bun. Base
    # caption ("a woman") and open; the engine gave the pyjama the kurta's red.
    case(
        "X1638-022",
        caption("a woman in a red kurta and white pants", "pronoun"),
        wearing("a red kurta"),
        Q.color("red"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        D.details("gold embroidery on the neck"),
        color_of("pyjama", "red", "other_garment_color"),
        gender="Men",
        title="Anouk Men Red Ethnic Motifs Yoke Design Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Front: three-piece set, white kurta and pyjama under a navy printed Nehru jacket. Base caption/open; the engine's
    # garment color is the jacket's, its jacket color is right.
    case(
        "X1638-023",
        caption("a man in a blue vest and white pants"),
        wearing("a white kurta and a blue jacket"),
        Q.garment_type("kurta"),
        Q.color("navy blue", "other_garment_color"),
        color_of("jacket", "navy blue"),
        Q.sleeve_length("long sleeves"),
        D.details("the jacket has a floral print and the kurta is white"),
        gender="Men",
        title="Manyavar Men White Solid Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Front: peach cotton kurta, white pyjama. Base caption/open (material leaks the next prompt); the engine's color
    # is the pyjama's.
    case(
        "X1638-024",
        caption("a man in a peach kurta and white pants"),
        wearing("a peach kurta"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.material("it is made of cotton Question: what is the color of the kurta? Answer: peach", "leak"),
        gender="Men",
        title="Jompers Men Peach-Coloured Solid Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Front: maroon art-silk brocade Nehru jacket (woven florals, self-fabric covered buttons) over a cream kurta and
    # pyjama. Base caption/open (gold buttons invented); the engine gave the kurta's sleeves.
    case(
        "X1638-025",
        caption("a man in a red vest and white pants"),
        wearing("a red jacket and white kurta"),
        Q.color("maroon"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("silk"),
        D.details("it has a mandarin collar and gold buttons", "unsupported"),
        Q.garment_type("jacket"),
        gender="Men",
        title="Vastramay Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Front, white backdrop: grey melange cotton kurta, black jeans. Base caption looped to 50 tokens; the rest right.
    case(
        "X1638-026",
        caption(
            "a man in a grey kurta and black pants standing in front of a white wall with a white background and a"
            " white background and a white background and a white background and a white background and a white",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey kurta and black jeans"),
        Q.garment_type("kurta"),
        Q.color("grey"),
        D.description("it's a kurta"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Hubberholme Men Grey Melange Solid Cotton Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Front: lavender kurta, white pyjama. Base caption/open (empty wearing, looping details); closed by the engine.
    case(
        "X1638-027",
        caption("a man in a purple kurta and white pants"),
        wearing("", "non_answer"),
        Q.color("purple"),
        color_of("pyjama", "white"),
        Q.pattern("solid"),
        D.details(
            "the kurta has a mandarin collar and a button placket and the sleeves are long and the kurta has a"
            " mandarin collar and a button placket and the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="KLOTTHE Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Front: navy silk-blend sherwani with silver embroidery, white churidar, cream dupatta draped over one shoulder.
    # Base caption/open (velvet invented); the engine picked "coat".
    case(
        "X1638-028",
        caption("a man in a blue suit with a white scarf"),
        wearing("a blue sherwani"),
        Q.garment_type("coat", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("embroidered"),
        Q.material("velvet", "unsupported"),
        is_a("sherwani", "yes"),
        D.details("the sherwani is blue and has silver embroidery"),
        color_of("sherwani", "blue", kind="open"),
        gender="Men",
        title="Sanwara Men Navy Blue Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Flat lay on a wooden floor: white cotton kurta with brown kolhapuri sandals and sunglasses as props. Base
    # caption/open; the engine's color is the sandals' and floor's brown.
    case(
        "X1638-029",
        caption("a white shirt and a pair of sandals on a wooden floor"),
        wearing("a white shirt"),
        Q.garment_type("kurta"),
        Q.color("brown", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        Q.pattern("solid"),
        D.description("a white shirt with long sleeves and a pair of sandals"),
        gender="Men",
        title="Kraft India Men White Pure Cotton Solid Kurta",
        category="Kurtas",
    ),
    # Front: mustard long-sleeved kurta, white pyjama (the feed has no color column here). Base caption/open; the
    # engine said short sleeves.
    case(
        "X1638-030",
        caption("a man in a yellow kurta and white pants"),
        wearing("a yellow kurta and white pants"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves", "contradiction"),
        D.description("the garment is a yellow kurta with a white pajama"),
        Q.material("cotton"),
        gender="Men",
        title="Sethukrishna Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
    ),
    # Front: olive kurta, beige churidar. Base caption/open (a bare color for what he wears, details cut at 30
    # tokens); closed by the engine.
    case(
        "X1638-031",
        caption("a man in a green kurta and beige pants"),
        wearing("green", "non_answer"),
        Q.color("olive"),
        color_of("churidar", "beige"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        D.details(
            "the kurta has a mandarin collar and a button placket on the front, the sleeves are long and the hem is"
            " curved and there is a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jashvi Men Olive Green Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Olive",
    ),
    # Front, western styling: grey poly-viscose Nehru jacket over a white shirt and blue jeans. All right.
    case(
        "X1638-032",
        caption("a man in a grey vest and jeans"),
        wearing("a grey vest, white shirt and blue jeans"),
        Q.garment_type("vest"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        Q.material("polyester"),
        D.details("the vest has a mandarin collar and buttons down the front"),
        gender="Men",
        title="Ethnix by Raymond Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Front: blue and white vertical-striped cotton kurta, white pyjama. All right.
    case(
        "X1638-033",
        caption("a man in a blue and white striped shirt"),
        Q.color("blue"),
        color_of("pyjama", "white"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        D.details("the stripes are vertical"),
        Q.material("the garment is made of cotton"),
        gender="Men",
        title="Mag Men Blue & White Striped Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Front: black velvet sherwani with gold zardozi on collar and cuffs, cream churidar. Base caption/open (details
    # cut at 30 tokens); closed by the engine.
    case(
        "X1638-034",
        caption("a man in a black sherwani"),
        wearing("a black sherwani and white pants"),
        Q.color("black"),
        Q.material("velvet"),
        D.details(
            "the sherwani is black and has gold embroidery on the collar and the cuffs and the buttons are gold and"
            " the sherwani is",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        Q.garment_type("sherwani"),
        gender="Men",
        title="Manyavar Men Black Velvet Sherwani Set",
        category="Sherwani",
        color="Black",
    ),
    # Front: rust cotton kurta, white pyjama, model holding a coffee cup. Base caption/open (silk invented); closed by
    # the engine.
    case(
        "X1638-035",
        caption("a man in an orange kurta holding a cup of coffee"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.sleeve_length("long sleeves"),
        D.description("a kurta with a mandarin collar and long sleeves"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Vastramay Men Rust Orange Solid Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Front: sea-green kurta with a white floral print, white pyjama, tan mojaris. Base caption/open (wearing runs on
    # into invented prompts); closed by the engine.
    case(
        "X1638-036",
        caption("a man in a green and white floral kurta"),
        wearing(
            "kurta pajama. Question: What is the color of the kurta? Answer: green. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("pyjama", "white"),
        Q.pattern("floral"),
        D.details("flowers"),
        gender="Men",
        title="Sojanya Men Sea Green Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Front, grey backdrop: white self-striped (tone-on-tone) kurta, white pyjama. Base caption/open (material loops);
    # the engine's color is the wall's grey.
    case(
        "X1638-037",
        caption("a man in white clothes standing in front of a gray wall"),
        wearing("white kurta pajama"),
        Q.color("grey", "contradiction"),
        Q.pattern("striped"),
        Q.material(
            "the garment is made of cotton and it is made of cotton and it is made of cotton and it is made of cotton"
            " and it is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        gender="Men",
        title="SG LEMAN Men White Self Design Kurta",
        category="Kurtas",
        color="White",
    ),
    # Front: teal Nehru jacket, plain, no pocket square, over a white kurta and pyjama. Base caption invents a flower
    # in the pocket; the rest right.
    case(
        "X1638-038",
        caption("a man in a green vest and white pants with a flower in his pocket", "unsupported"),
        wearing("a green jacket"),
        Q.garment_type("nehru jacket"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Hangup Men Teal Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
    ),
    # Front: navy cotton kurta with tonal thread embroidery down the placket, white pyjama. Base caption (navy read as
    # black) and open (the kurta given the pyjama's white); closed by the engine.
    case(
        "X1638-039",
        caption("a man in a black kurta with embroidery on the front", "contradiction"),
        Q.color("navy blue"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.pattern("embroidered"),
        D.details("the embroidery is done with a thread"),
        Q.material("cotton"),
        wearing("a blue kurta and white pants"),
        gender="Men",
        title="Anouk Men Navy Blue Embroidered Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Front: cream silk kurta, cream churidar, gold mojaris. Base caption/open (cotton against the title; a
    # description that says nothing of this garment); closed by the engine.
    case(
        "X1638-040",
        caption("a man in a white kurta and white pants"),
        wearing("a white kurta"),
        Q.color("cream"),
        color_of("churidar", "cream"),
        D.description("the garment is a garment that is worn by men in india", "restated"),
        Q.material("cotton", "contradiction"),
        Q.pattern("solid"),
        gender="Men",
        title="Manyavar Men Cream Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # Front: beige art-silk sherwani with floral thread embroidery, churidar, model beside a carved wooden chair. Base
    # caption/open (details loop; cotton invented); closed by the engine.
    case(
        "X1638-041",
        caption("a man in a sherwani standing next to a chair"),
        wearing("sherwani"),
        Q.garment_type("sherwani"),
        Q.color("beige"),
        Q.pattern("floral"),
        D.details(
            "the collar and the sleeves and the buttons and the collar and the sleeves and the buttons and the collar"
            " and the",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="KISAH Men Beige Floral Embroidered Sherwani Set",
        category="Sherwani",
        color="Beige",
    ),
    # Front: black short-sleeved short kurta with a white print, blue jeans, sunglasses in hand. Base caption/open (the
    # open kurta color is the jeans' blue); closed by the engine.
    case(
        "X1638-042",
        caption("a man in a black shirt and jeans"),
        wearing("a black shirt and blue jeans"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        gender="Men",
        title="Jompers Men Black Printed Short Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Back view: cream woven Nehru jacket over a maroon kurta (the kurta's sleeves show). Base caption/open; the
    # engine's color is the kurta's, and it said no to "jacket".
    case(
        "X1638-043",
        caption("the back of a man in a white vest and red shirt"),
        wearing("a white vest"),
        Q.garment_type("nehru jacket"),
        Q.color("maroon", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        D.details("it has a mandarin collar"),
        is_a("jacket", "no", "contradiction"),
        gender="Men",
        title="Tabard Men Cream-Coloured Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Front: green cotton kurta with a small paisley print, white pyjama (no gender column). Base caption/open
    # ("i don't know" for details); closed by the engine.
    case(
        "X1638-044",
        caption("a man in a green kurta"),
        wearing("green kurta", who="the man"),
        Q.color("green"),
        Q.pattern("paisley"),
        Q.material("cotton"),
        D.details("i don't know", "non_answer"),
        Q.sleeve_length("long sleeves"),
        title="Fabindia Men Green Paisley Printed Cotton Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Front: royal blue kurta, white pyjama (no category column). Base caption/open (material runs on into the next
    # prompt); closed by the engine.
    case(
        "X1638-045",
        caption("a man in a blue kurta and white pants"),
        wearing("a blue kurta and white pajamas"),
        Q.color("blue"),
        color_of("pyjama", "white"),
        Q.sleeve_length("long sleeves"),
        D.description("a blue kurta with white pants"),
        Q.material("cotton. Question: What is the color of the pants? Answer: white", "leak"),
        Q.pattern("solid"),
        gender="Men",
        title="Armaan Ethnic Men Blue Solid Kurta with Pyjamas",
        color="Blue",
    ),
]
