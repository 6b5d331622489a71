"""BLIND_951 (46 products; Myntra women's activewear and leggings): written blind in the fifty-seventh session. Measured
blind at eed7db2 (the session's seventh rules): 118/131 failures found (90.1%) and 7/183 correct texts flagged (3.8%).
The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's activewear and leggings (article types Sports Bra, Tights, Leggings, Track
Pants, Tops for tank tops). Studio catalog photos, white or light grey backdrop, one model per photo, who always wears
a second garment (tights under a sports bra, a tee or tank over leggings, a jacket open over a bra). Some photos are
back or side views, some crop the head off, a few have gym props (yoga mat, dumbbells, water bottle, skipping rope,
bench). Catalog columns: title, category (article type), color (base colour), gender; a few rows lack one.

Who wrote what: the run follows the third experiment, captions first and extractive QA over them.
- Captions: the published first-epoch caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch) on BLIP-2
  OPT-2.7b, 50 new tokens. After one epoch it still mostly writes the base model's short "a woman in a ... and ..."
  line and stops on the newline, but about one caption in six falls back into the DeepFashion template ("The lady
  wears a tank top with pure color patterns. The tank top is with cotton fabric.") and then, having no end token,
  mostly runs to the 50-token limit: cut mid-phrase or repeating a sentence; a few base-style lines run on or repeat
  too. The template also brings "His"/"He" for headless crops and "cotton fabric" for everything, and calls a sports
  bra a "tank top".
- "What is the person wearing?" / "What is she wearing?" and "Describe the X." are answered by the extractive QA
  model (mdeberta-v3-base-squad2) over the caption: every such answer is a span of that product's caption (so it
  inherits the caption's errors, its loops included), or the empty string when squad2 abstains.
- "What are the X details?" and "What material is the garment made of?" (and an open color question on one product)
  are free generation by the untuned base BLIP-2 OPT-2.7b with the `Question: ... Answer:` prompt, 30 new tokens,
  stopped on the newline. It usually stops; sometimes it loops, runs to the limit, continues with a new
  "Question: ... Answer:" of its own, starts its reply with "Answer:", restates the question, answers yes/no, says
  "he", or invents fabric and features (pockets, pads, moisture wicking) a photo cannot show.
- Closed questions (garment type, color of the garment / of the X, pattern, sleeve length, length, "Is this a X?")
  come from enrich's --engine reference, which ranks candidate values and returns one: never cut or looped, but it
  often picks the other garment's color or the wrong garment (tank top for a bra, jacket for a zip-front bra).

Labeling conventions and judgement calls:
- One label per text, the failure a reader would notice first; a text that runs to the limit is labeled cut when it
  stops mid-phrase and loop when it repeats, even if it also holds an invented detail.
- hit_limit=True only where the model ran to its token limit (50 for captions, 30 for answers). An extractive span
  cut out of a looping or cut caption is not itself at a limit: the loop in such a span is labeled loop, hit_limit
  False.
- Colors are judged by coarse group: fuchsia/peach/coral are pink, lavender/mauve purple, teal blue, burgundy/maroon
  red, olive/sea green/fluorescent green green, charcoal/grey melange grey, cream/off-white white, rust orange.
  "pink" for a black tights' pink waistband is the product's own minor color, labeled contradiction, not
  other_garment_color; other_garment_color is only for a color that belongs to the other garment in the photo.
- A color that belongs to no garment in the photo (grey for a mauve bra, green for grey camouflage) is contradiction.
- Tights and leggings, track pants and joggers/sweatpants, t-shirt and shirt are synonyms: correct.
- A wrong garment type (tank top for a sports bra, jacket for a zip-front bra, shorts/t-shirt picked by the closed
  engine, "yes" to "Is this a jacket?" when the jacket is only worn over the product) is contradiction; so are a wrong
  pattern, sleeve length or length, and a material the title contradicts ("polyester" for a title that says cotton).
- A material answer is correct when the title names it or the photo shows it (mesh panels); a fabric named neither by
  the title nor visible ("cotton", "nylon and spandex", "moisture wicking", "recycled polyester") is unsupported.
  Invented pockets, pads, linings and features the photo does not show are unsupported.
- An extractive answer that names only part of the outfit ("a short-sleeve T-shirt") is correct when true; an
  extractive answer that calls the product by another garment's name ("a tank top" for the sports bra) is
  contradiction.
- pronoun: "he", "his", "man" for a model in a women's product (all rows are Women; the one row without gender has
  no pronoun failure).
- non_answer: the empty extractive answer, "yes"/"no" to an open question, the bare garment name or "a woman" as a
  description. restated: a sentence that only returns the question ("the sports bra is a sports bra", "the track
  pants details are the track pants"). A color-only description ("black joggers") is an answer, not a non_answer.
- leak: any "Question:" or a leading "Answer:" in an answer, whether or not the rest is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

Q = BLIND_QUESTIONS
length = question("length", "What is the length of the garment?", "closed")


def she_wearing(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_951 = [
    # photo: fuchsia pink racerback sports bra (front three-quarter view, racer straps visible at the shoulders), worn
    # with black full-length tights, white backdrop. Caption: epoch-1 adapter; wearing/describe extractive; details and
    # material base BLIP-2; closed from the reference engine.
    case(
        "X951-001",
        caption("a woman wearing a pink sports bra and black leggings"),
        wearing("a pink sports bra and black leggings"),
        color_of("sports bra", "pink"),
        Q.garment_type("sports bra"),
        Q.pattern("solid"),
        describe("sports bra", "", "non_answer"),
        details("sports bra", "the sports bra has a racerback and a wide elastic band under the bust"),
        Q.material("nylon and spandex", "unsupported"),
        title="Enamor Women Fuchsia Solid Non-Wired Lightly Padded Sports Bra",
        category="Sports Bra",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: black full-length training tights with a neon green stripe down each outer leg, worn with a grey melange
    # t-shirt and white sneakers, front view, white backdrop. No zip pocket visible anywhere. Caption epoch-1 (base
    # style); wearing extractive; details base; closed reference.
    case(
        "X951-002",
        caption("a woman in a grey t-shirt and black leggings with a green stripe"),
        wearing("a grey t-shirt and black leggings"),
        color_of("tights", "grey", "other_garment_color"),
        is_a("tights", "yes", article="a pair of"),
        length("full length"),
        details(
            "tights",
            "the tights have a green stripe down the side and a zip pocket at the back of the waistband",
            "unsupported",
        ),
        title="HRX by Hrithik Roshan Women Black Rapid-Dry Training Tights with Contrast Stripe",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue track pants with two white stripes down each side and a white drawstring, worn with a plain
    # white round-neck tank top and white sneakers, front view, white backdrop. Caption: epoch-1 adapter fell into the
    # DeepFashion template and ran to 50 tokens; material base BLIP-2 looping; closed reference.
    case(
        "X951-003",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The trousers the lady wears is of long length. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("track pants", "navy blue"),
        Q.pattern("striped"),
        Q.garment_type("track pants"),
        details("track pants", "they have two white stripes down the side and an elastic waistband with a drawstring"),
        Q.material(
            "the track pants are made of polyester and are made of polyester and are made of polyester and are made of",
            "loop",
            hit_limit=True,
        ),
        title="Puma Women Navy Blue Striped Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: back view, white racerback tank top with a black sports bra showing through the racer cut-out, black
    # leggings, white backdrop. Caption epoch-1; wearing/describe extractive; details/material base; closed reference.
    case(
        "X951-004",
        caption("the back of a woman wearing a white tank top and black leggings"),
        wearing("a white tank top and black leggings"),
        color_of("tank top", "black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("tank top", "white tank top"),
        details("tank top", "the tank top has a racerback and a black sports bra underneath"),
        Q.material("a breathable quick-dry fabric", "unsupported"),
        title="Domyos By Decathlon Women White Solid Racerback Training Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: full-length leggings with a tropical leaf print (green leaves on navy), worn with a black sports bra; the
    # model holds a rolled purple yoga mat under one arm; white backdrop. Caption epoch-1; base details/material.
    case(
        "X951-005",
        caption("a woman holding a yoga mat wearing a black sports bra and printed leggings"),
        wearing("a black sports bra and printed leggings"),
        color_of("leggings", "black", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("leggings"),
        length("capri", "contradiction"),
        details("leggings", "the leggings have a tropical leaf print in green and blue"),
        Q.material("polyester Question: What is the pattern of the leggings? Answer: leaves", "leak"),
        title="Kica Women Navy Blue & Green Tropical Printed Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: headless torso crop, charcoal grey round-neck tank top, black track pants, white backdrop. Caption: the
    # DeepFashion template with "His"/"He" (the adapter's habit on crops), stopped on its own; material base.
    case(
        "X951-006",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. He wears "
            "a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("tank top"),
        color_of("tank top", "grey"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        details("tank top", "it has a round neck and a curved hem"),
        title="Alcis Women Charcoal Grey Solid Round Neck Tank Top",
        category="Tops",
        color="Charcoal",
        gender="Women",
    ),
    # photo: black joggers with cuffed ankles and a white drawstring, worn with a peach crop t-shirt and white
    # sneakers, a wooden stool beside the model, white backdrop. Caption epoch-1; closed type and pattern wrong;
    # material base ran to the limit.
    case(
        "X951-007",
        caption("a woman in a peach t-shirt and black joggers"),
        wearing("a peach t-shirt and black joggers"),
        color_of("track pants", "black"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.pattern("striped", "contradiction"),
        details("track pants", "the joggers have cuffed ankles and a drawstring waist"),
        describe("track pants", "black joggers"),
        Q.material(
            "the joggers are made of a soft cotton blend fabric with a brushed inside that keeps you warm on cold "
            "mornings and the ribbed cuffs at the",
            "cut",
            hit_limit=True,
        ),
        title="Proline Active Women Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: back view, lavender sports bra with thin straps crossing over the back, worn with matching lavender
    # leggings, white backdrop. Caption epoch-1; details and material base BLIP-2.
    case(
        "X951-008",
        caption("a woman in a purple sports bra and purple leggings from behind"),
        wearing("a purple sports bra and purple leggings"),
        color_of("sports bra", "purple"),
        Q.pattern("solid"),
        details(
            "sports bra",
            "the straps cross over at the back, the straps cross over at the back, the straps cross over at the back, "
            "the straps",
            "loop",
            hit_limit=True,
        ),
        Q.material("it is made of a soft and stretchy fabric that is breathable and sweat-wicking", "unsupported"),
        title="Cultsport Women Lavender Strappy Back Medium Support Sports Bra",
        category="Sports Bra",
        color="Lavender",
        gender="Women",
    ),
    # photo: grey melange high-rise full-length leggings, white cropped tank top, light grey backdrop, front view.
    # Caption: the DeepFashion template, stopped on its own (cotton is in the title); details base ran to the limit.
    case(
        "X951-009",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("leggings", "white", "other_garment_color"),
        Q.color("grey"),
        Q.material("cotton"),
        length("full length"),
        describe("leggings", "a long leggings"),
        details(
            "leggings",
            "the leggings have a wide high-rise waistband with a flat front and a seam running down the middle of "
            "each leg from the waist to the",
            "cut",
            hit_limit=True,
        ),
        title="Jockey Women Grey Melange Cotton Stretch High-Rise Leggings",
        category="Leggings",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy blue training tights with black mesh panels at the calves, worn with a coral tank top, front view,
    # white backdrop. Caption epoch-1; describe extractive abstained; material base (mesh is visible).
    case(
        "X951-010",
        caption("a woman wearing a coral tank top and navy blue leggings with mesh panels"),
        wearing("a coral tank top and navy blue leggings"),
        color_of("tights", "pink", "other_garment_color"),
        is_a("tights", "no", "contradiction", article="a pair of"),
        describe("tights", "", "non_answer"),
        details("tights", "mesh panels on the calves"),
        Q.material("mesh"),
        title="Reebok Women Navy Blue Workout Ready Training Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green cargo track pants with flap pockets on the thighs and elastic ankles, black short-sleeve
    # t-shirt, white backdrop. Caption: the template looping back to its own sentence until the 50-token limit.
    case(
        "X951-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric. The lady wears a long pants. The pants are "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt"),
        color_of("track pants", "olive"),
        Q.pattern("solid"),
        Q.garment_type("track pants"),
        details("track pants", "they have cargo pockets on the side of the legs and elastic at the ankles"),
        Q.material("100% cotton twill", "unsupported"),
        title="HRX by Hrithik Roshan Women Olive Green Solid Cargo Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: black and white zebra-print sports bra with a wide black underband, black leggings, front view, white
    # backdrop. Caption epoch-1; details and material base.
    case(
        "X951-012",
        caption("a woman wearing a zebra print sports bra and black leggings"),
        wearing("a zebra print sports bra and black leggings"),
        Q.pattern("solid", "contradiction"),
        color_of("sports bra", "black"),
        describe("sports bra", "zebra print"),
        details("sports bra", "zebra print with black and white stripes and a wide band"),
        Q.material("the sports bra is made of a soft cotton fabric with a padded lining", "unsupported"),
        title="Zivame Women Black & White Zebra Printed Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: side view, maroon 7/8 leggings ending above the ankle, black tank top, white sneakers, white backdrop.
    # Caption epoch-1; details and material base (details continued with its own question).
    case(
        "X951-013",
        caption("a woman in a black tank top and maroon leggings"),
        wearing("a black tank top and maroon leggings"),
        color_of("leggings", "maroon"),
        length("7/8 length"),
        Q.garment_type("track pants", "contradiction"),
        details("leggings", "maroon leggings Question: What is the color of the top? Answer: black", "leak"),
        Q.material("the leggings are made of a moisture wicking fabric with four way stretch", "unsupported"),
        title="ONLY Play Women Maroon Solid 7/8 Length Training Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless tank top with a small white logo on the chest, grey running shorts, white
    # backdrop. Caption epoch-1; details base answered yes; material base restated.
    case(
        "X951-014",
        caption("a woman wearing a yellow tank top and grey shorts"),
        wearing("a yellow tank top and grey shorts"),
        color_of("tank top", "grey", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("tank top", "yes", "non_answer"),
        Q.material("the garment is made of the material of the garment", "restated"),
        title="Puma Women Mustard Yellow Solid Essential Tank Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: grey and black camouflage print tights, black sports bra, the model holds a clear water bottle, white
    # backdrop. Caption epoch-1; closed color picked green for camouflage; material base leaked a new question.
    case(
        "X951-015",
        caption("a woman in a black sports bra and camouflage leggings holding a water bottle"),
        wearing("a black sports bra and camouflage leggings"),
        color_of("tights", "green", "contradiction"),
        Q.pattern("camouflage"),
        details("tights", "camouflage print"),
        Q.material("Question: What is the woman holding? Answer: a water bottle", "leak"),
        title="Cultsport Women Grey Camouflage Printed Training Tights",
        category="Tights",
        color="Grey",
        gender="Women",
    ),
    # photo: teal high-neck sports bra with a full front zip, black leggings, front view, white backdrop. Caption
    # epoch-1; closed engine picked jacket for the zip front and black for the garment.
    case(
        "X951-016",
        caption("a woman in a blue sports bra with a zipper and black leggings"),
        wearing("a blue sports bra with a zipper and black leggings"),
        color_of("sports bra", "blue"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        details("sports bra", "it has a front zipper and a high neck"),
        is_a("sports bra", "yes"),
        Q.material("the sports bra is made of a breathable mesh fabric with removable pads", "unsupported"),
        title="Van Heusen Women Teal Solid Zip-Front High Support Sports Bra",
        category="Sports Bra",
        color="Teal",
        gender="Women",
    ),
    # photo: black full-length leggings with a small reflective silver logo on the left thigh, white round-neck
    # t-shirt knotted at the waist, white backdrop. Caption: template, cut at 50 tokens; material base.
    case(
        "X951-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        color_of("leggings", "white", "other_garment_color"),
        Q.garment_type("leggings"),
        details("leggings", "the leggings have a silver logo on the left thigh"),
        Q.material("cotton", "unsupported"),
        title="Nike Women Black One Dri-FIT Mid-Rise Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange cotton track pants with a drawstring and slanted side pockets, plain white t-shirt, the
    # model holds a skipping rope, white backdrop. Caption epoch-1; closed generic color picked the tee's white;
    # details base ran to the limit.
    case(
        "X951-018",
        caption("a woman in a white shirt and grey sweatpants holding a jump rope"),
        wearing("a white shirt and grey sweatpants"),
        color_of("track pants", "grey"),
        Q.color("white", "other_garment_color"),
        Q.material("cotton"),
        details(
            "track pants",
            "a drawstring waist, two slanted side pockets and a wide ribbed waistband that sits high on the waist with "
            "the drawstring tied in a bow at the",
            "cut",
            hit_limit=True,
        ),
        describe("track pants", "grey sweatpants"),
        is_a("jeans", "no", article="a pair of"),
        title="Jockey Women Grey Melange Solid Cotton Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black tank top with "TRAIN HARD" printed in white across the chest, black tights, a gym bench behind the
    # model, white wall. Caption epoch-1 ran on to the limit; details base says "he".
    case(
        "X951-019",
        caption(
            "a woman in a black tank top with the words train hard on it and black leggings standing in front of a "
            "bench in a gym with a white wall behind her and a",
            "cut",
            hit_limit=True,
        ),
        she_wearing("a black tank top"),
        color_of("tank top", "black"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("tank top", "he has a black tank top with white letters on the front", "pronoun"),
        describe("tank top", "black tank top with the words train hard on it"),
        title="HRX by Hrithik Roshan Women Black Printed Training Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: plain peach sports bra with wide straps (no visible padding or lining), white leggings, front view, white
    # backdrop. Caption epoch-1; details base restated; material base invented cups and lining.
    case(
        "X951-020",
        caption("a woman in a pink sports bra and white leggings"),
        wearing("a pink sports bra and white leggings"),
        color_of("sports bra", "white", "other_garment_color"),
        details("sports bra", "the sports bra is a sports bra", "restated"),
        Q.material("it has removable cups and a moisture wicking lining", "unsupported"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        title="Clovia Women Peach-Coloured Solid Sports Bra",
        category="Sports Bra",
        color="Peach",
        gender="Women",
    ),
    # photo: tie-dye leggings in pink, purple and blue swirls, white crop top, front view, white backdrop. Caption
    # epoch-1; material base looping.
    case(
        "X951-021",
        caption("a woman in a white crop top and tie dye leggings"),
        wearing("a white crop top and tie dye leggings"),
        color_of("leggings", "white", "other_garment_color"),
        Q.pattern("tie-dye"),
        details("leggings", "the leggings are tie dyed in pink, purple and blue"),
        Q.material(
            "the leggings are made of a cotton blend, the leggings are made of a cotton blend, the leggings are made",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Purple & Pink Tie-Dye Leggings",
        category="Leggings",
        color="Multi",
        gender="Women",
    ),
    # photo: side view, royal blue training tights with a side pocket on the thigh and a high waist, black sports bra,
    # white backdrop. Caption epoch-1 gave the tights the bra's black; wearing/describe extractive inherit it.
    case(
        "X951-022",
        caption("a woman in a black sports bra and black leggings", "other_garment_color"),
        wearing("a black sports bra and black leggings", "other_garment_color"),
        color_of("tights", "blue"),
        Q.garment_type("tights"),
        describe("tights", "leggings", "non_answer"),
        details("tights", "high waist and a side pocket on the thigh"),
        Q.material("made of recycled polyester", "unsupported"),
        title="Puma Women Blue Solid Training Tights",
        category="Tights",
        color="Blue",
        gender="Women",
    ),
    # photo: black track pants with three white stripes down each side, cropped white hoodie, white sneakers, white
    # backdrop. Caption epoch-1; details base leaked; material base restated.
    case(
        "X951-023",
        caption("a woman in a white hoodie and black track pants with white stripes"),
        wearing("a white hoodie and black track pants"),
        color_of("track pants", "black"),
        Q.pattern("striped"),
        details(
            "track pants",
            "three white stripes on the side Question: What is the color of the hoodie? Answer: white",
            "leak",
        ),
        Q.material("the track pants are made of the material of the track pants", "restated"),
        title="ADIDAS Women Black 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: red sports bra with black trim along the neckline and underband, black running shorts, front view,
    # white backdrop. The color question here went to base BLIP-2 as an open question and looped.
    case(
        "X951-024",
        caption("a woman in a red and black sports bra and black shorts"),
        wearing("a red and black sports bra and black shorts"),
        color_of(
            "sports bra",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        Q.garment_type("tank top", "contradiction"),
        details(
            "sports bra",
            "black trim along the neckline and the band and a hidden key pocket in the back",
            "unsupported",
        ),
        title="Puma Women Red & Black Colourblocked Sports Bra",
        category="Sports Bra",
        color="Red",
        gender="Women",
    ),
    # photo: waist-down crop, olive green high-waist full-length leggings with a front seam, white sneakers, white
    # backdrop; no face. Caption: template with "He"/"His" on the crop, stopped on its own; closed type picked track
    # pants.
    case(
        "X951-025",
        caption(
            "He wears a long leggings. The leggings are with cotton fabric and pure color patterns. His shoes are "
            "white.",
            "pronoun",
        ),
        wearing("a long leggings"),
        color_of("leggings", "green"),
        length("full length"),
        Q.garment_type("track pants", "contradiction"),
        Q.material("cotton fabric", "unsupported"),
        details("leggings", "the leggings have a high waist and a seam down the front of the leg"),
        title="Kica Women Olive Green Solid High-Waist Leggings",
        category="Leggings",
        color="Olive",
        gender="Women",
    ),
    # photo: side view, loose grey melange muscle tank with deep armholes showing a black sports bra underneath,
    # black leggings, white backdrop. Caption epoch-1; closed engine picked the bra; material base ran to the limit.
    case(
        "X951-026",
        caption("a woman in a grey tank top and black leggings"),
        wearing("a grey tank top and black leggings"),
        color_of("tank top", "black", "other_garment_color"),
        Q.garment_type("sports bra", "contradiction"),
        details("tank top", "the tank top has deep armholes that show the black sports bra underneath"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "the tank top is made of a light grey melange jersey with a loose fit, dropped armholes and a curved hem "
            "that is longer at the back than at",
            "cut",
            hit_limit=True,
        ),
        title="Domyos Women Grey Melange Loose Fit Training Tank Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: back view, black tights with a pink waistband and pink panels at the back of the calves, black tank top,
    # white backdrop. Caption epoch-1; details base cut at the limit; material base answered no.
    case(
        "X951-027",
        caption("the back of a woman in black leggings with a pink waistband"),
        wearing("black leggings with a pink waistband"),
        color_of("tights", "pink", "contradiction"),
        details(
            "tights",
            "the tights have a pink waistband and pink panels on the back of the calves, with flat seams along the "
            "inside of the legs and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.material("no", "non_answer"),
        title="Reebok Women Black Solid Lux Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: off-white low-impact sports bra with thin black straps, grey leggings, the model sits cross-legged on a
    # blue yoga mat, white backdrop. Caption epoch-1; describe abstained; material base looping.
    case(
        "X951-028",
        caption("a woman sitting on a yoga mat wearing a white sports bra and grey leggings"),
        wearing("a white sports bra and grey leggings"),
        color_of("sports bra", "white"),
        Q.color("grey", "other_garment_color"),
        describe("sports bra", "", "non_answer"),
        details("sports bra", "thin black straps"),
        is_a("tank top", "yes", "contradiction"),
        Q.material(
            "polyester and spandex, polyester and spandex, polyester and spandex, polyester and spandex, polyester and",
            "loop",
            hit_limit=True,
        ),
        title="Enamor Women Off-White Solid Low Impact Sports Bra",
        category="Sports Bra",
        color="Off White",
        gender="Women",
    ),
    # photo: back view, navy blue track pants with a red tape down each side, grey t-shirt, white backdrop; long hair
    # tied back. Caption epoch-1 called the model a man; material base leaked.
    case(
        "X951-029",
        caption("the back of a man in a grey t-shirt and blue track pants", "pronoun"),
        wearing("a grey t-shirt and blue track pants"),
        color_of("track pants", "grey", "other_garment_color"),
        details("track pants", "red stripe down the side of the leg"),
        Q.garment_type("track pants"),
        Q.material("track pants Question: what is the material of the track pants? Answer: polyester", "leak"),
        title="Kappa Women Navy Blue Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black leggings with sheer mesh inserts on the outer calves (no pockets), purple sports bra, white
    # backdrop. Caption epoch-1 turned the mesh into pockets; describe extractive inherits; material base cut.
    case(
        "X951-030",
        caption("a woman in a purple sports bra and black leggings with mesh pockets on the side", "unsupported"),
        wearing("a purple sports bra and black leggings"),
        color_of("leggings", "black"),
        details("leggings", "the leggings have mesh panels on the side of the legs"),
        describe("leggings", "black leggings with mesh pockets on the side", "unsupported"),
        Q.material(
            "the leggings are made of a stretch fabric with mesh panels on the sides of the legs from the knee down "
            "to the ankle and a wide waistband that sits at",
            "cut",
            hit_limit=True,
        ),
        title="Alcis Women Black Solid Leggings with Mesh Detail",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: fluorescent green sports bra with wide straps and a thick underband, black tights, front view, white
    # backdrop. Caption epoch-1 repeated its line to the limit; material base restated; generic color took the tights'.
    case(
        "X951-031",
        caption(
            "a woman in a neon green sports bra and black leggings, a woman in a neon green sports bra and black "
            "leggings, a woman in a neon green sports bra and black",
            "loop",
            hit_limit=True,
        ),
        wearing("a neon green sports bra and black leggings"),
        color_of("sports bra", "green"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("sports bra"),
        details("sports bra", "wide straps and a thick elastic band"),
        Q.material("the sports bra is made of sports bra material", "restated"),
        title="HRX by Hrithik Roshan Women Fluorescent Green Solid Sports Bra",
        category="Sports Bra",
        color="Fluorescent Green",
        gender="Women",
    ),
    # photo: black 3/4 length leggings ending below the knee, white tank top, white sneakers, white backdrop.
    # Caption epoch-1; closed length picked full length and the generic color the tank's white; material base.
    case(
        "X951-032",
        caption("a woman in a white tank top and black capri pants"),
        wearing("a white tank top and black capri pants"),
        length("full length", "contradiction"),
        color_of("leggings", "black"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("leggings"),
        details("leggings", "the leggings end below the knee"),
        Q.material("cotton lycra", "unsupported"),
        title="Jockey Women Black Solid 3/4 Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: white tank top with a small pink and yellow floral print, navy running shorts, front view, white
    # backdrop. Caption epoch-1; describe abstained; details base began with "Answer:" and ran on.
    case(
        "X951-033",
        caption("a woman in a white floral tank top and navy shorts"),
        wearing("a white floral tank top and navy shorts"),
        Q.pattern("floral"),
        color_of("tank top", "navy blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("tank top", "", "non_answer"),
        details(
            "tank top",
            "Answer: the tank top has a floral print Question: What are the shorts details? Answer: the shorts are",
            "leak",
            hit_limit=True,
        ),
        title="ONLY Play Women White Floral Printed Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: charcoal grey tights with a light grey geometric print, black sports bra, white backdrop. The row has
    # no base colour. Caption epoch-1; closed pattern picked solid; material base leaked.
    case(
        "X951-034",
        caption("a woman in a black sports bra and grey patterned leggings"),
        wearing("a black sports bra and grey patterned leggings"),
        color_of("tights", "grey"),
        Q.pattern("solid", "contradiction"),
        details("tights", "the tights have a geometric print in light grey"),
        describe("tights", "grey patterned leggings"),
        Q.material("polyester. Question: Is this a sports bra? Answer: no", "leak"),
        title="Cultsport Women Charcoal Grey Geometric Printed Training Tights",
        category="Tights",
        gender="Women",
    ),
    # photo: navy blue sports bra with white piping along the edges, matching navy leggings, light grey backdrop.
    # Caption: template calling the bra a tank top, cut at the limit; wearing extractive inherits the tank top.
    case(
        "X951-035",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns", "contradiction"),
        color_of("sports bra", "navy blue"),
        Q.garment_type("sports bra"),
        details("sports bra", "white piping along the edges"),
        Q.material("cotton", "unsupported"),
        title="Puma Women Navy Blue Solid Sports Bra",
        category="Sports Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black flared track pants, white tank top, white sneakers, front view, white backdrop; long hair, the
    # model clearly a woman. Caption epoch-1 said "a man"; details base restated; material base looped.
    case(
        "X951-036",
        caption("a man in a white tank top and black flared pants", "pronoun"),
        wearing("a white tank top and black flared pants"),
        details("track pants", "the track pants details are the track pants", "restated"),
        describe("track pants", "black flared pants"),
        color_of("track pants", "white", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.material(
            "the track pants are made of a soft stretchy fabric that is soft and stretchy and soft and stretchy and "
            "soft and stretchy and",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Black Solid Flared Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: burgundy full-length leggings with a wide waistband, black short-sleeve t-shirt, front view, white
    # backdrop. Caption epoch-1; details base says "his"; closed generic color picked the tee's black.
    case(
        "X951-037",
        caption("a woman in a black t-shirt and burgundy leggings"),
        she_wearing("a black t-shirt and burgundy leggings"),
        color_of("leggings", "red"),
        Q.color("black", "other_garment_color"),
        details("leggings", "his leggings are burgundy with a wide waistband", "pronoun"),
        Q.material("it is made of a soft cotton material that is comfortable to wear", "unsupported"),
        title="Kica Women Burgundy Solid Leggings",
        category="Leggings",
        color="Burgundy",
        gender="Women",
    ),
    # photo: mauve sports bra with a keyhole cut-out at the back (three-quarter back view), black leggings, white
    # backdrop. Caption epoch-1 called the mauve grey; wearing inherits; material base answered yes.
    case(
        "X951-038",
        caption("a woman in a grey sports bra and black leggings", "contradiction"),
        wearing("a grey sports bra and black leggings", "contradiction"),
        color_of("sports bra", "purple"),
        details("sports bra", "cut-out at the back"),
        Q.pattern("solid"),
        Q.material("yes", "non_answer"),
        title="Cultsport Women Mauve Solid Cut-Out Back Sports Bra",
        category="Sports Bra",
        color="Mauve",
        gender="Women",
    ),
    # photo: bottle green training tights with a small white logo on the left hip, white sports bra, white backdrop.
    # The row has no gender column. Caption epoch-1; details base restated; closed pattern picked striped.
    case(
        "X951-039",
        caption("a woman in a white sports bra and green leggings"),
        wearing("a white sports bra and green leggings"),
        color_of("tights", "green"),
        Q.garment_type("leggings"),
        Q.pattern("striped", "contradiction"),
        details("tights", "the tights details are tights", "restated"),
        Q.material("nylon and spandex", "unsupported"),
        title="Nike Women Green Solid Training Tights",
        category="Tights",
        color="Green",
    ),
    # photo: black track pants with a pink panel down each side, black sports bra under an open pink zip jacket,
    # white sneakers, white backdrop; no pockets visible. Caption epoch-1 ran on to the limit.
    case(
        "X951-040",
        caption(
            "a woman wearing a pink jacket, a black sports bra and black track pants with pink stripes down the sides "
            "of the legs and white sneakers on a white background with a pink jacket over the",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink jacket, a black sports bra and black track pants"),
        color_of("track pants", "black"),
        Q.pattern("color block"),
        is_a("jacket", "yes", "contradiction"),
        details("track pants", "they have pink panels on the sides and zip pockets", "unsupported"),
        Q.material("Answer: the track pants are made of polyester", "leak"),
        title="Reebok Women Black & Pink Colourblocked Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: back view, sea green racerback tank top, black shorts, white backdrop. The row has no article type.
    # Caption epoch-1; describe extractive gave the bare garment name; details base looped; material base leaked.
    case(
        "X951-041",
        caption("the back of a woman in a green tank top and black shorts"),
        wearing("a green tank top and black shorts"),
        color_of("tank top", "green"),
        describe("tank top", "tank top", "non_answer"),
        details(
            "tank top",
            "the details of the tank top are the racerback and the racerback and the racerback and the racerback and "
            "the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.material("Question: What is the color of the shorts? Answer: black", "leak"),
        title="Alcis Women Sea Green Solid Racerback Tank Top",
        color="Sea Green",
        gender="Women",
    ),
    # photo: pink full-length leggings, white t-shirt, front view, white backdrop. Caption epoch-1 looped to the
    # limit; the extractive wearing span took part of the loop; details base restated.
    case(
        "X951-042",
        caption(
            "a woman wearing pink leggings and a white t-shirt and pink leggings and a white t-shirt and pink leggings "
            "and a white t-shirt and pink leggings and a white t-shirt and pink",
            "loop",
            hit_limit=True,
        ),
        wearing("pink leggings and a white t-shirt and pink leggings and a white t-shirt", "loop"),
        color_of("leggings", "pink"),
        describe("leggings", "pink leggings"),
        details("leggings", "the leggings are pink leggings", "restated"),
        Q.garment_type("leggings"),
        title="SASSAFRAS Women Pink Solid Leggings",
        category="Leggings",
        color="Pink",
        gender="Women",
    ),
    # photo: rust orange full-length tights with a wide elastic waistband, cream tank top, white backdrop. Title says
    # cotton. Caption epoch-1; closed color picked the tank's white and type track pants; material base: polyester.
    case(
        "X951-043",
        caption("a woman in a white tank top and orange leggings"),
        wearing("a white tank top and orange leggings"),
        color_of("tights", "white", "other_garment_color"),
        Q.material("polyester", "contradiction"),
        details("tights", "a wide elastic waistband"),
        length("full length"),
        Q.garment_type("track pants", "contradiction"),
        title="Jockey Women Rust Orange Solid Cotton Stretch Athleisure Tights",
        category="Tights",
        color="Rust",
        gender="Women",
    ),
    # photo: side view, black and grey colour-block sports bra with a racerback, grey tights, white backdrop.
    # Caption epoch-1; describe extractive picked "a woman"; details base "he"; material base cut at the limit.
    case(
        "X951-044",
        caption("a woman in a black and grey sports bra and grey leggings"),
        she_wearing("a black and grey sports bra and grey leggings"),
        color_of("sports bra", "black"),
        Q.pattern("color block"),
        Q.garment_type("tank top", "contradiction"),
        describe("sports bra", "a woman", "non_answer"),
        details("sports bra", "he is wearing a black and grey sports bra with a racerback", "pronoun"),
        Q.material(
            "the sports bra is made of a polyester and elastane blend with a soft brushed lining, mesh panels at the "
            "back and a wide elastic band under the",
            "cut",
            hit_limit=True,
        ),
        title="Under Armour Women Black & Grey Colourblocked Mid Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: black joggers with a white all-over star print and an elastic waistband (no pockets visible), black
    # t-shirt, white backdrop.
    # Caption epoch-1; closed type picked leggings; material base looped; details base invented zip pockets.
    case(
        "X951-045",
        caption("a woman in a black t-shirt and black pants with white stars"),
        wearing("a black t-shirt and black pants with white stars"),
        Q.pattern("printed"),
        color_of("track pants", "black"),
        Q.garment_type("leggings", "contradiction"),
        details(
            "track pants", "white stars all over, an elastic waistband and zip pockets at the sides", "unsupported"
        ),
        describe("track pants", "black pants with white stars"),
        Q.material(
            "the pants are made of cotton and the pants are made of cotton and the pants are made of cotton and the",
            "loop",
            hit_limit=True,
        ),
        title="Kica Women Black & White Star Printed Joggers",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: plain lavender round-neck tank top, black capri leggings, the model holds a rolled yoga mat, front view,
    # white backdrop. Caption: template cut at the limit; closed picked black and t-shirt; details base restated.
    case(
        "X951-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        color_of("tank top", "black", "other_garment_color"),
        is_a("t-shirt", "yes", "contradiction"),
        details("tank top", "the tank top is a tank top", "restated"),
        Q.sleeve_length("sleeveless"),
        title="Domyos Women Lavender Solid Yoga Tank Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
]
