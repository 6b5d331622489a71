"""BLIND_836 (46 products; Myntra women's activewear and leggings, captions then extractive QA): written blind in the
fifty-sixth session. Measured blind at 4c2dc86 (the session's third rules): 111/128 failures found (86.7%) and 11/174
correct texts flagged (6.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's activewear (sports bras, tights, leggings, capris, track pants and joggers,
tank tops). Studio catalog photos on a white or light grey backdrop, mostly worn by a model who also wears another
garment (tights under a sports bra, a tee over track pants, a kurta over leggings); some torso crops, some side or
back views, a few props (dumbbell, yoga mat, water bottle). The seller's columns are title, category (Myntra's
article type: Bra, Tights, Leggings, Capris, Track Pants, Tops) and color (Myntra's base colour); a few rows lack one.

Who wrote what: the caption is written by the epoch-1 caption adapter (Data2_V2 Caption_First_Epoch) on BLIP-2 OPT
2.7b, 50 new tokens: DeepFashion template phrasing ("The lady wears ... with pure color patterns", "of long length",
"with cotton fabric", invented accessories on the wrist or finger) but it still names hues, which the base model
knew. No end token was trained, so about a quarter of the captions run to the 50-token limit, looping a template
sentence or cut mid-phrase. The open questions (wearing, color of the garment asked openly, describe, details) are
answered by the extractive QA model (mdeberta-v3-base-squad2) over that caption: every such answer is a verbatim
span of the caption, or empty when the null answer wins; so it inherits the caption's errors and often takes the
first hue in the caption, which may belong to the other garment. The material question is sent to the VQA adapter
(Data3_V3) as free generation, 30 new tokens: it is the one that leaks the `Question: ... Answer:` format, repeats a
word to the limit or runs on until cut. Closed questions (garment type, color, pattern, sleeve length, "Is this a
...?") come from enrich's --engine reference, which picks one candidate, so they never loop or stop short.

Labeling conventions and judgement calls:
- One label per text: each failing text was written with one failure in it; the label is that failure.
- A hue the photo shows on the other garment (the tee over the track pants, the tights under the bra) given as the
  product's color is other_garment_color; a hue nobody in the photo wears (yellow for a lime bra, black for navy), a
  wrong garment (shorts for capris, kurta, jeans) or a wrong pattern or sleeve is contradiction. The color of a logo
  or print on the product given as the product's color is contradiction, not other_garment_color.
- An extractive answer that faithfully copies a wrong caption span carries the same label as the caption.
- Fabric: "cotton"/"denim"/"nylon" claims are judged against the real fabric written in the photo comment (taken
  from the listing); where the listing says Dri-FIT, Speedwick or polyester, a cotton claim is unsupported. Where
  the fabric is really cotton (Jockey, Go Colors, Enamor cotton lines), the template's cotton is correct.
- Accessories, rings, hats, pockets, zips and logos the photo does not show are unsupported.
- Hue synonyms and coarser hues are correct: purple for lavender, pink for peach or magenta, grey for charcoal or
  grey melange, green for olive or sea green, blue for turquoise. The open color of the printed tights came back
  empty (the caption gives them no hue): non_answer.
- Side stripes and piping on track pants or tights are trim: "solid" is correct for them, and no answer calls
  such a garment "striped", to keep the call out of the labels ("striped" for a plain tank is contradiction).
  Color block for contrast side panels is correct; floral for a camouflage or geometric print is contradiction.
- "yes"/"no" (the VQA adapter's yes/no habit) to the material question is non_answer.
- "pure color" (the template's word) given as the answer to a color question names no hue: non_answer. An empty
  extractive answer is non_answer. "fabric"/"cloth" to the material question is non_answer; "the garment
  is made of a material" or "... made of fabric" is restated. A span that is only the garment's name back
  ("sports bra" to "Describe the sports bra.", "The pants" for the track pants' details) is restated.
- "The gentleman", "This man", "his", "he" for a Women product is pronoun, in the caption and in a span copied
  from it. A caption with a pronoun error and an otherwise correct content gets pronoun.
- An answer span copied from a caption that was cut or looped is cut or loop if the span itself ends mid-phrase or
  repeats; hit_limit is set only on the caption or material answer that actually ran to its own token limit.
- Tights and leggings are synonyms; joggers, sweatpants and pants are acceptable for track pants; capri leggings
  are leggings; "pants" for leggings or tights is correct (coarser class).
- A sleeve-length answer of "long" for a bottom (taken from the jacket or hoodie worn over it) is contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_836 = [
    # photo: front view, full body, black compression tights with a small white swoosh on the left hip, white fitted
    # tank top, white trainers, white backdrop; fabric polyester-elastane. Caption adapter; QA spans; VQA material.
    case(
        "X836-001",
        caption(
            "The lady wears a white tank top with pure color patterns and black tights. The tights are of ankle "
            "length and there is a logo on the left hip. She wears a pair of sneakers."
        ),
        wearing("a white tank top with pure color patterns and black tights"),
        color_of("tights", "white", "other_garment_color", kind="open"),
        Q.color("Black"),
        Q.garment_type("tights"),
        details("tights", "ankle length"),
        Q.material("polyester and spandex"),
        title="Nike Women Black Pro Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: torso crop, pink racerback sports bra with a wide grey elastic band under the bust, black leggings
    # partly visible, white backdrop; fabric nylon-elastane. Caption adapter; QA spans; reference closed.
    case(
        "X836-002",
        caption(
            "The lady wears a pink sports bra with pure color patterns. It has a racerback and a wide grey band "
            "at the hem. The lady also wears a black leggings."
        ),
        wearing("a pink sports bra"),
        color_of("sports bra", "pink", kind="open"),
        Q.color("Black", "other_garment_color"),
        is_a("sports bra", "yes"),
        Q.sleeve_length("sleeveless"),
        details("sports bra", "a racerback and a wide grey band at the hem"),
        Q.material("nylon Question: What is the color of the sports bra? Answer: pink", "leak"),
        title="Enamor Women Pink Padded Non-Wired Sports Bra SB08",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: front view, grey melange track pants with drawstring and a black side tape, black tee with a large
    # white PUMA print, black-and-white sneakers, no watch or bracelet, white backdrop; fabric cotton-polyester.
    case(
        "X836-003",
        caption(
            "The lady wears a black short-sleeve t-shirt with graphic patterns and grey track pants. The pants are "
            "of long length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a black short-sleeve t-shirt with graphic patterns and grey track pants"),
        color_of("track pants", "grey", kind="open"),
        Q.pattern("graphic", "contradiction"),
        details("track pants", "track pants", "restated"),
        Q.color("Grey Melange"),
        Q.material("cotton"),
        title="Puma Women Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: three-quarter view, navy racerback tank with a small white Reebok logo on the chest over black capri
    # tights, the model holds a pink dumbbell, white backdrop; fabric polyester (Speedwick).
    case(
        "X836-004",
        caption(
            "The lady wears a navy blue tank top with pure color patterns. It has a sleeveless, round neckline. "
            "The lady wears a black leggings and holds a pink dumbbell."
        ),
        wearing("a navy blue tank top"),
        Q.garment_type("tank top"),
        Q.color("Black", "other_garment_color"),
        details("tank top", "a sleeveless, round neckline"),
        Q.material("cotton", "unsupported"),
        is_a("tank top", "yes"),
        title="Reebok Women Navy Blue Workout Ready Speedwick Tank Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: side view, full body, black ankle-length leggings, grey melange short-sleeve tee, barefoot, white
    # backdrop; fabric cotton-elastane. Caption looped to the limit; QA spans; VQA material.
    case(
        "X836-005",
        caption(
            "The lady wears a grey t-shirt with pure color patterns and a black leggings. The leggings are of long "
            "length. The leggings are of long length. The leggings are of long length. The leggings are of long",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey t-shirt with pure color patterns and a black leggings"),
        color_of("leggings", "grey", "other_garment_color", kind="open"),
        Q.color("Black"),
        describe("leggings", "The leggings are of long length"),
        Q.material("cotton and spandex"),
        title="Jockey Women Black Cotton Stretch Leggings 1890",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: front view, black track pants with three white side stripes and zipped ankles, white Adidas tee with a
    # black logo print, white sneakers, white backdrop; fabric recycled polyester.
    case(
        "X836-006",
        caption(
            "The lady wears a white t-shirt with graphic patterns and black track pants with three white stripes "
            "on the sides. The pants are of long length. She wears a pair of white sneakers."
        ),
        wearing("a white t-shirt with graphic patterns and black track pants"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        details("track pants", "three white stripes on the sides"),
        Q.garment_type("track pants"),
        Q.material(
            "polyester Question: What is the color of the pants? Answer: black Question: What is the color of the "
            "shirt? Answer: white",
            "leak",
            hit_limit=True,
        ),
        title="Adidas Women Black Tiro Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: torso crop, teal medium-support sports bra with a black elastic band printed with the HRX logo, black
    # shorts partly visible, white backdrop; fabric polyester-elastane.
    case(
        "X836-007",
        caption(
            "The gentleman wears a teal sports bra with pure color patterns. His sports bra has no sleeves and a "
            "black band with a logo. The gentleman also wears black shorts.",
            "pronoun",
        ),
        wearing("a teal sports bra with pure color patterns"),
        color_of("sports bra", "pure color", "non_answer", kind="open"),
        Q.color("Teal"),
        describe("sports bra", "His sports bra has no sleeves", "pronoun"),
        Q.sleeve_length("sleeveless"),
        title="HRX by Hrithik Roshan Women Teal Rapid-Dry Sports Bra",
        category="Bra",
        color="Teal",
        gender="Women",
    ),
    # photo: full body, navy capri leggings ending below the knee, light pink tank top, white sneakers, white
    # backdrop; fabric cotton-elastane. Caption calls the capris shorts.
    case(
        "X836-008",
        caption(
            "The lady wears a pink tank top with pure color patterns and navy shorts. The shorts are of "
            "three-point length.",
            "contradiction",
        ),
        wearing("a pink tank top with pure color patterns and navy shorts", "contradiction"),
        Q.garment_type("leggings"),
        color_of("capris", "pink", "other_garment_color", kind="open"),
        Q.color("Navy Blue"),
        is_a("shorts", "no", article="a pair of"),
        title="Proline Women Navy Capris",
        category="Capris",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: three-quarter view, loose lavender tank with a white swoosh over a black sports bra visible at the
    # armholes, black running shorts, white backdrop; fabric Dri-FIT polyester.
    case(
        "X836-009",
        caption(
            "The lady wears a purple tank top with pure color patterns and black shorts. The tank top is with "
            "cotton fabric and it has a sleeveless, round neckline.",
            "unsupported",
        ),
        wearing("a purple tank top with pure color patterns and black shorts"),
        color_of("tank top", "purple", kind="open"),
        Q.color("Lavender"),
        Q.material(
            "polyester and it is a very lightweight and breathable fabric that is perfect for running and for the",
            "cut",
            hit_limit=True,
        ),
        details("tank top", "cotton fabric", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Nike Women Lavender Dri-FIT Tank Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: full body, black tights with an abstract pink-and-white geometric print, plain black sports bra, black
    # sneakers, no jewellery, white backdrop; fabric polyester-elastane.
    case(
        "X836-010",
        caption(
            "The lady wears a black sports bra and a pair of tights with graphic patterns. The tights are of long "
            "length. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a black sports bra and a pair of tights with graphic patterns"),
        color_of("tights", "", "non_answer", kind="open"),
        Q.pattern("floral", "contradiction"),
        describe("tights", "long", "non_answer"),
        Q.garment_type("tights"),
        Q.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        title="Puma Women Multicoloured Printed Training Tights",
        category="Tights",
        color="Multi",
        gender="Women",
    ),
    # photo: front view, purple jogger track pants with a white FILA print on the left thigh, white tee with a small
    # navy print, white backdrop; fabric cotton fleece.
    case(
        "X836-011",
        caption(
            "The lady wears a white t-shirt with graphic patterns and purple pants. The pants are of long length "
            "and there is a logo on the left leg."
        ),
        wearing("a white t-shirt with graphic patterns and purple pants"),
        color_of("track pants", "purple", kind="open"),
        Q.color("Purple"),
        Q.pattern("solid"),
        details("track pants", "a logo on the left leg"),
        Q.material(
            "cotton Question: What is the color of the pants? Answer: purple Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="FILA Women Purple Solid Joggers",
        category="Track Pants",
        color="Purple",
        gender="Women",
    ),
    # photo: front view, grey melange scoop-neck tank top, navy leggings, white backdrop; fabric cotton-modal.
    case(
        "X836-012",
        caption(
            "The lady wears a grey tank top with pure color patterns and a navy blue leggings. The tank top is with "
            "cotton fabric. It has a sleeveless, scoop neckline."
        ),
        wearing("a grey tank top with pure color patterns and a navy blue leggings"),
        Q.color("Navy Blue", "other_garment_color"),
        color_of("tank top", "grey", kind="open"),
        Q.garment_type("sports bra", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("polyester", "unsupported"),
        title="Enamor Women Grey Melange Cotton Athleisure Tank Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: side view, magenta full-length leggings with a black waistband, black cropped short-sleeve tee, white
    # backdrop; fabric nylon-elastane. Caption cut at the limit.
    case(
        "X836-013",
        caption(
            "The lady wears a black t-shirt with pure color patterns and a pink leggings. The leggings are of long "
            "length and with cotton fabric. The t-shirt is of short sleeves and it is with a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt with pure color patterns and a pink leggings"),
        color_of("leggings", "black", "other_garment_color", kind="open"),
        Q.color("Magenta"),
        describe("leggings", "long length and with cotton fabric", "unsupported"),
        Q.material("nylon and spandex"),
        title="Reebok Women Magenta Workout Ready Leggings",
        category="Leggings",
        color="Magenta",
        gender="Women",
    ),
    # photo: torso crop, black sports bra with a white adidas logo print repeated along the under-band, grey melange
    # jogger waistband visible, white backdrop; fabric polyester-elastane.
    case(
        "X836-014",
        caption(
            "The lady wears a black sports bra with graphic patterns and grey pants. The sports bra has no sleeves "
            "and a white logo on the band."
        ),
        wearing("a black sports bra with graphic patterns and grey pants"),
        color_of("sports bra", "black", kind="open"),
        Q.pattern("graphic"),
        is_a("sports bra", "no", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("polyester and elastane"),
        title="ADIDAS Women Black Printed Training Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: front view, maroon ankle-length leggings under a long cream cotton kurta with a plain hem, white
    # backdrop; fabric cotton-lycra.
    case(
        "X836-015",
        caption(
            "The lady wears a cream long kurta with pure color patterns and maroon leggings. The leggings are of "
            "ankle length and with cotton fabric."
        ),
        wearing("a cream long kurta with pure color patterns and maroon leggings"),
        color_of("leggings", "maroon", kind="open"),
        Q.color("Cream", "other_garment_color"),
        Q.garment_type("kurta", "contradiction"),
        details("leggings", "ankle length and with cotton fabric"),
        Q.material("cotton"),
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: front view, navy track pants with a white swoosh on the left thigh and ribbed cuffs, open white hoodie
    # over a grey tee, white sneakers, bare head (no cap), white backdrop; fabric brushed cotton-polyester fleece.
    case(
        "X836-016",
        caption(
            "The lady wears a white hoodie over a grey t-shirt and navy blue pants. The pants are of long length. "
            "There is a logo on the left leg. She wears a black cap.",
            "unsupported",
        ),
        wearing("a white hoodie over a grey t-shirt and navy blue pants"),
        color_of("track pants", "grey", "other_garment_color", kind="open"),
        Q.color("Black", "contradiction"),
        is_a("track pants", "yes", article="a pair of"),
        details("track pants", "The pants", "restated"),
        Q.material("fleece"),
        title="Nike Women Navy Blue Club Fleece Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front-side view, white tank top with a large black PUMA cat graphic, black leggings, white backdrop;
    # fabric cotton.
    case(
        "X836-017",
        caption(
            "The lady wears a white tank top with graphic patterns. Her tank top has no sleeves and it is with "
            "cotton fabric. The lady wears a black leggings. The leggings are of long length."
        ),
        wearing("a white tank top with graphic patterns"),
        color_of("tank top", "white", kind="open"),
        Q.pattern("graphic"),
        Q.color("Black", "other_garment_color"),
        describe("tank top", "no sleeves"),
        Q.material("cotton Question: What is the color of the tank top? Answer: white", "leak"),
        title="Puma Women White Printed Cotton Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: front view, olive green tights with black mesh panels at the calves, black sports bra, a rolled blue
    # yoga mat on the floor, light grey backdrop; fabric polyester-elastane. Caption cut at the limit.
    case(
        "X836-018",
        caption(
            "The lady wears a black sports bra with pure color patterns and green tights. The tights are of long "
            "length and there is a yoga mat on the floor. The sports bra has no sleeves and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sports bra with pure color patterns and green tights"),
        Q.garment_type("sports bra", "contradiction"),
        color_of("tights", "green", kind="open"),
        Q.color("Olive"),
        details("tights", "long length"),
        Q.material("polyester"),
        title="HRX by Hrithik Roshan Women Olive Mesh Panel Tights",
        category="Tights",
        color="Olive",
        gender="Women",
    ),
    # photo: torso crop, grey melange racerback sports bra, black track pants waistband, white backdrop; fabric
    # cotton-elastane. Caption looped to the limit.
    case(
        "X836-019",
        caption(
            "The lady wears a grey sports bra with pure color patterns. The sports bra is with cotton fabric. The "
            "sports bra is with cotton fabric. The sports bra is with cotton fabric. The sports bra is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey sports bra with pure color patterns"),
        color_of("sports bra", "grey", kind="open"),
        Q.color("Grey Melange"),
        describe("sports bra", "sports bra", "restated"),
        Q.material("the garment is made of fabric", "restated"),
        title="Jockey Women Grey Melange Racerback Sports Bra 1376",
        category="Bra",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: front view, red track pants with white Kappa logo tape down the sides, black tank top, white sneakers,
    # white backdrop; fabric polyester tricot.
    case(
        "X836-020",
        caption(
            "The lady wears a black tank top with pure color patterns and red pants with white stripes on the "
            "sides. The pants are of long length and with denim fabric.",
            "unsupported",
        ),
        wearing("a black tank top with pure color patterns and red pants"),
        color_of("track pants", "", "non_answer", kind="open"),
        details("track pants", "denim fabric", "unsupported"),
        Q.garment_type("track pants"),
        Q.material("polyester"),
        title="Kappa Women Red Track Pants",
        category="Track Pants",
        color="Red",
        gender="Women",
    ),
    # photo: front view, black tights with three white stripes down the sides, white sports bra, white backdrop;
    # fabric polyester-elastane.
    case(
        "X836-021",
        caption(
            "The lady wears a white sports bra and black tights with three white stripes. The tights are of long "
            "length."
        ),
        wearing("a white sports bra and black tights"),
        color_of("tights", "white", "other_garment_color", kind="open"),
        Q.color("Black"),
        describe("tights", "black tights with three white stripes"),
        is_a("leggings", "yes", article="a pair of"),
        Q.material(
            "polyester and elastane with three stripes on the side of the leg and the waistband and the",
            "cut",
            hit_limit=True,
        ),
        title="ADIDAS Women Black 3-Stripes Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: side view, loose peach muscle tank with deep armholes over a black sports bra, grey leggings, white
    # backdrop; fabric polyester.
    case(
        "X836-022",
        caption(
            "The lady wears a pink tank top with pure color patterns over a black bra. The tank top has no "
            "sleeves. The lady wears a grey leggings."
        ),
        wearing("a pink tank top with pure color patterns over a black bra"),
        color_of("tank top", "pink", kind="open"),
        Q.color("Peach"),
        Q.sleeve_length("short", "contradiction"),
        details("tank top", "no sleeves"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Reebok Women Peach Solid Muscle Tank Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: front view, charcoal leggings with a small white FILA logo at the left ankle, pink zip jacket open over a
    # white tee, white backdrop; fabric cotton-elastane. Caption cut at the limit.
    case(
        "X836-023",
        caption(
            "The lady wears a pink jacket over a white t-shirt and grey leggings. The jacket is of long sleeves "
            "and with a zipper. The leggings are of long length and there is a logo on the",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink jacket over a white t-shirt and grey leggings"),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        Q.color("Charcoal"),
        details("leggings", "a logo on the", "cut"),
        Q.sleeve_length("long", "contradiction"),
        title="FILA Women Charcoal Solid Leggings",
        category="Leggings",
        color="Charcoal",
        gender="Women",
    ),
    # photo: front view, torso to knee, black pullover sports bra (no zip) with a large white swoosh at the centre,
    # black tights, white backdrop; fabric Dri-FIT polyester-elastane.
    case(
        "X836-024",
        caption(
            "The lady wears a black sports bra with a white logo and black tights. The sports bra has no sleeves "
            "and a zipper on the front.",
            "unsupported",
        ),
        wearing("a black sports bra with a white logo and black tights"),
        color_of("sports bra", "white", "contradiction", kind="open"),
        Q.color("Black"),
        describe("sports bra", "The sports bra", "restated"),
        is_a("tank top", "no"),
        Q.material("nylon", "unsupported"),
        title="Nike Women Black Swoosh Dri-FIT Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: front view, black track pants with thin pink side piping, pink short-sleeve tee, white backdrop; fabric
    # polyester. Caption calls the model a man.
    case(
        "X836-025",
        caption(
            "This man wears a pink t-shirt with pure color patterns and black pants. The pants are of long length.",
            "pronoun",
        ),
        wearing("This man wears a pink t-shirt with pure color patterns and black pants", "pronoun"),
        color_of("track pants", "black", kind="open"),
        Q.color("Pink", "other_garment_color"),
        Q.garment_type("leggings", "contradiction"),
        Q.material(
            "polyester Question: Is this a pair of track pants? Answer: yes Question: Is this a pair of",
            "leak",
            hit_limit=True,
        ),
        title="Proline Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: back view showing the racerback, sea green tank top with a small reflective HRX logo at the nape, black
    # tights, white backdrop; fabric polyester-elastane. Material answer ran on to the limit.
    case(
        "X836-026",
        caption(
            "The lady wears a green tank top with pure color patterns and black tights. The tank top has no "
            "sleeves and a racerback."
        ),
        wearing("a green tank top with pure color patterns and black tights"),
        color_of("tank top", "green", kind="open"),
        Q.color("Sea Green"),
        details("tank top", "a racerback"),
        Q.pattern("striped", "contradiction"),
        Q.material(
            "polyester and spandex blend with a moisture wicking finish and a racerback with a reflective logo on "
            "the back of the",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Women Sea Green Rapid-Dry Racerback Tank Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: front view, blue tights with a dark navy camouflage print (no flowers), white tank top, white sneakers,
    # white backdrop; fabric polyester-elastane. Caption calls the camouflage floral.
    case(
        "X836-027",
        caption(
            "The lady wears a white tank top with pure color patterns and blue tights with floral patterns. "
            "The tights are of long length.",
            "contradiction",
        ),
        wearing("a white tank top with pure color patterns and blue tights"),
        color_of("tights", "blue", kind="open"),
        Q.pattern("solid", "contradiction"),
        Q.color("Blue"),
        describe("tights", "blue tights with floral patterns", "contradiction"),
        title="Puma Women Blue Camouflage Print Tights",
        category="Tights",
        color="Blue",
        gender="Women",
    ),
    # photo: torso crop, white sports bra with grey trim, black leggings, arms at the sides with bare wrists, white
    # backdrop; fabric cotton. The row has no color column.
    case(
        "X836-028",
        caption(
            "The lady wears a white sports bra with pure color patterns and black leggings. She wears a watch on her "
            "left wrist.",
            "unsupported",
        ),
        wearing("a white sports bra with pure color patterns and black leggings"),
        color_of("sports bra", "white", kind="open"),
        Q.color("Black", "other_garment_color"),
        is_a("sports bra", "yes"),
        Q.material(
            "cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and "
            "cotton and cotton and cotton and",
            "loop",
            hit_limit=True,
        ),
        title="Enamor Women White Cotton Sports Bra SB06",
        category="Bra",
        gender="Women",
    ),
    # photo: front view, grey track pants, navy blue tee with a white print, white sneakers, white backdrop; fabric
    # polyester. Caption looped to the limit, the details span copies the loop.
    case(
        "X836-029",
        caption(
            "The lady wears a navy blue t-shirt with graphic patterns and grey pants. The pants are of long length. "
            "The pants are of long length. The pants are of long length. The pants are of long length. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy blue t-shirt with graphic patterns and grey pants"),
        color_of("track pants", "navy blue", "other_garment_color", kind="open"),
        Q.color("Grey"),
        details("track pants", "The pants are of long length. The pants are of long length.", "loop"),
        Q.material(
            "polyester Question: What is the color of the pants? Answer: grey Question: What is the color of the "
            "shirt? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        title="Lotto Women Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: side view, black racerback tank with three white stripes down the sides, grey melange leggings, white
    # backdrop; fabric polyester.
    case(
        "X836-030",
        caption(
            "The lady wears a black tank top with three white stripes on the sides and grey leggings. The tank top "
            "has no sleeves."
        ),
        wearing("a black tank top with three white stripes on the sides and grey leggings"),
        color_of("tank top", "black", kind="open"),
        Q.color("Grey", "other_garment_color"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="ADIDAS Women Black 3-Stripes Racerback Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: side view, turquoise blue tights, black tank top, the model holds a clear water bottle, white backdrop;
    # fabric polyester-elastane per the listing. The row has no category column.
    case(
        "X836-031",
        caption(
            "The lady wears a black tank top with pure color patterns and blue tights. She holds a bottle of water "
            "in her hand. The tights are of long length."
        ),
        wearing("a black tank top with pure color patterns and blue tights"),
        color_of("tights", "blue", kind="open"),
        Q.color("Turquoise Blue"),
        describe("tights", "blue tights"),
        Q.material("cotton", "unsupported"),
        title="Reebok Women Turquoise Blue Lux Tights",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: front view, navy straight-leg yoga track pants with a white drawstring, white tee, white backdrop;
    # fabric cotton-elastane. Caption cut at the limit.
    case(
        "X836-032",
        caption(
            "The lady wears a white t-shirt with pure color patterns and navy blue pants. The pants are with cotton "
            "fabric and they are of long length. The t-shirt is of short sleeves and its neckline is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt with pure color patterns and navy blue pants"),
        color_of("track pants", "navy blue", kind="open"),
        Q.color("White", "other_garment_color"),
        details("track pants", "cotton fabric"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        Q.material("cotton"),
        title="Jockey Women Navy Cotton Yoga Track Pants 1301",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, heather grey leggings, black long-sleeve fitted top, white backdrop; fabric Dri-FIT
    # polyester-elastane. Caption says "His".
    case(
        "X836-033",
        caption(
            "The lady wears a black long-sleeve shirt with pure color patterns and grey leggings. His leggings are "
            "of long length.",
            "pronoun",
        ),
        wearing("a black long-sleeve shirt with pure color patterns and grey leggings"),
        color_of("leggings", "grey", kind="open"),
        describe("leggings", "His leggings are of long length", "pronoun"),
        Q.garment_type("leggings"),
        details("leggings", "leggings", "restated"),
        Q.material("cotton", "unsupported"),
        title="Nike Women Grey Dri-FIT One Leggings",
        category="Leggings",
        color="Grey",
        gender="Women",
    ),
    # photo: torso crop, neon lime green sports bra, black tights, white backdrop; fabric polyester-elastane. The
    # caption adapter calls the neon lime yellow.
    case(
        "X836-034",
        caption(
            "The lady wears a yellow sports bra with pure color patterns and black tights. The sports bra has no "
            "sleeves.",
            "contradiction",
        ),
        wearing("a yellow sports bra with pure color patterns and black tights", "contradiction"),
        color_of("sports bra", "yellow", "contradiction", kind="open"),
        Q.color("Lime Green"),
        Q.sleeve_length("sleeveless"),
        details("sports bra", "", "non_answer"),
        title="Puma Women Lime Green Solid Training Sports Bra",
        category="Bra",
        color="Lime Green",
        gender="Women",
    ),
    # photo: front view, olive cotton joggers with cuffed ankles and an elastic waist, white crop tank, white
    # sneakers, white backdrop; fabric cotton. Caption cut at the limit.
    case(
        "X836-035",
        caption(
            "The lady wears a white tank top with pure color patterns and olive pants. The pants are of long length "
            "and with cotton fabric. She wears a pair of white sneakers and the pants have an elastic",
            "cut",
            hit_limit=True,
        ),
        wearing("a white tank top with pure color patterns and olive pants"),
        color_of("track pants", "olive", kind="open"),
        Q.garment_type("track pants"),
        details("track pants", "long length and with cotton fabric"),
        describe("track pants", "the pants have an elastic", "cut"),
        Q.material("cotton"),
        title="Roadster Women Olive Green Solid Cotton Joggers",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: front view, black scoop-neck tank top, grey track pants, white backdrop; fabric cotton.
    case(
        "X836-036",
        caption(
            "The lady wears a black tank top with pure color patterns and grey pants. The tank top is with cotton "
            "fabric and it has a sleeveless, scoop neckline."
        ),
        wearing("a black tank top with pure color patterns and grey pants"),
        color_of("tank top", "pure color", "non_answer", kind="open"),
        Q.color("Black"),
        describe("tank top", "black tank top with pure color patterns"),
        Q.material("the garment is made of a material", "restated"),
        title="Jockey Women Black Cotton Tank Top 1487",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: front view, black capri tights with purple contrast side panels, purple tank top, white backdrop;
    # fabric polyester-elastane.
    case(
        "X836-037",
        caption(
            "The lady wears a purple tank top with pure color patterns and black pants with color block patterns. "
            "The pants are of three-point length."
        ),
        wearing("a purple tank top with pure color patterns and black pants"),
        color_of("capris", "purple", "other_garment_color", kind="open"),
        Q.pattern("color block"),
        Q.garment_type("shorts", "contradiction"),
        Q.material("fabric", "non_answer"),
        title="FILA Women Black Colourblocked Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: front view, charcoal joggers, mustard yellow hoodie with long sleeves and a kangaroo pocket, white
    # backdrop; fabric cotton fleece. Caption cut at the limit.
    case(
        "X836-038",
        caption(
            "The lady wears a yellow hoodie with pure color patterns and grey pants. The hoodie is of long sleeves "
            "and it has a kangaroo pocket on the front and the pants are of long length and",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow hoodie with pure color patterns and grey pants"),
        color_of("track pants", "yellow", "other_garment_color", kind="open"),
        Q.color("Charcoal"),
        Q.sleeve_length("long", "contradiction"),
        details("track pants", "", "non_answer"),
        Q.material("cotton"),
        title="HRX by Hrithik Roshan Women Charcoal Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: side view, royal blue sports bra, black leggings, white backdrop; fabric polyester-elastane. Caption
    # calls the model a gentleman.
    case(
        "X836-039",
        caption(
            "The gentleman wears a blue sports bra with pure color patterns and black leggings. The leggings are of "
            "long length.",
            "pronoun",
        ),
        wearing("a blue sports bra with pure color patterns and black leggings"),
        color_of("sports bra", "blue", kind="open"),
        Q.color("Blue"),
        is_a("tank top", "yes", "contradiction"),
        Q.material("wool", "unsupported"),
        title="ADIDAS Women Blue Solid Training Sports Bra",
        category="Bra",
        color="Blue",
        gender="Women",
    ),
    # photo: front view, black track pants with a small white Reebok logo on the right thigh, red tank top, white
    # backdrop; fabric polyester. No pockets shown.
    case(
        "X836-040",
        caption(
            "The lady wears a red tank top with pure color patterns and black pants. The pants are of long length "
            "and there are two pockets on the sides with a zipper.",
            "unsupported",
        ),
        wearing("a red tank top with pure color patterns and black pants"),
        color_of("track pants", "red", "other_garment_color", kind="open"),
        Q.color("Black"),
        details("track pants", "two pockets on the sides with a zipper", "unsupported"),
        Q.material("yes", "non_answer"),
        title="Reebok Women Black Training Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: front view, pink tank top with a white swoosh on the chest, white running shorts, white backdrop;
    # fabric Dri-FIT polyester.
    case(
        "X836-041",
        caption(
            "The lady wears a pink tank top with pure color patterns and white shorts. The tank top is of no sleeves "
            "and it has a logo on the chest. She wears a pair of sunglasses on her head.",
            "unsupported",
        ),
        wearing("a pink tank top with pure color patterns and white shorts"),
        color_of("tank top", "pink", kind="open"),
        Q.color("White", "other_garment_color"),
        describe("tank top", "a logo on the chest"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "polyester, polyester, polyester, polyester, polyester, polyester, polyester, polyester, polyester, "
            "polyester, polyester,",
            "loop",
            hit_limit=True,
        ),
        title="Nike Women Pink Dri-FIT Tank Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: front view, purple leggings, grey melange tee knotted at the waist, white backdrop; fabric
    # cotton-elastane. Caption gives the leggings the tee's grey.
    case(
        "X836-042",
        caption(
            "The lady wears a grey t-shirt with pure color patterns and grey leggings. The leggings are of long "
            "length and with cotton fabric.",
            "other_garment_color",
        ),
        wearing("a grey t-shirt with pure color patterns and grey leggings", "other_garment_color"),
        color_of("leggings", "grey", "other_garment_color", kind="open"),
        Q.color("Purple"),
        describe("leggings", "The leggings", "restated"),
        Q.material("cotton"),
        title="Proline Women Purple Cotton Leggings",
        category="Leggings",
        color="Purple",
        gender="Women",
    ),
    # photo: front view, navy track pants with a red side stripe, white tee with a small navy PUMA logo, white
    # backdrop; fabric polyester. Caption loops a pattern phrase.
    case(
        "X836-043",
        caption(
            "The lady wears a white t-shirt with pure color patterns and navy blue pants with red stripes with red "
            "stripes with red stripes with red stripes with red stripes with red stripes with red stripes with",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt with pure color patterns and navy blue pants"),
        color_of("track pants", "navy blue", kind="open"),
        Q.color("Navy Blue"),
        details("track pants", "red stripes with red stripes with red stripes with red stripes", "loop"),
        Q.garment_type("jeans", "contradiction"),
        Q.material("no", "non_answer"),
        title="Puma Women Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, black high-rise leggings with sheer mesh inserts at the calves, black sports bra, white
    # backdrop; fabric nylon-elastane. Caption loops the mesh phrase to the limit.
    case(
        "X836-044",
        caption(
            "The lady wears a black sports bra with pure color patterns and a black leggings. The leggings are of "
            "long length and with mesh panels on the legs and mesh panels on the legs and mesh panels on the "
            "legs and mesh",
            "loop",
            hit_limit=True,
        ),
        wearing("a black sports bra with pure color patterns and a black leggings"),
        color_of("leggings", "black", kind="open"),
        Q.color("Black"),
        details("leggings", "mesh panels on the legs"),
        Q.material("nylon and spandex"),
        is_a("tights", "yes", article="a pair of"),
        title="Enamor Women Black Mesh Panel Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: three-quarter view, grey melange loose tank top with a black adidas logo on the chest, black shorts,
    # white backdrop; fabric cotton-polyester.
    case(
        "X836-045",
        caption(
            "The lady wears a grey tank top with graphic patterns and black shorts. The tank top has no sleeves and "
            "it has a hood on the back.",
            "unsupported",
        ),
        wearing("a grey tank top with graphic patterns and black shorts"),
        color_of("tank top", "black", "other_garment_color", kind="open"),
        Q.color("Grey Melange"),
        Q.sleeve_length("sleeveless"),
        details("tank top", "a hood on the back", "unsupported"),
        title="ADIDAS Women Grey Melange Essentials Logo Tank Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: torso crop, red high-neck sports bra, black tights, white backdrop; fabric polyester-elastane. The
    # caption calls the model a gentleman.
    case(
        "X836-046",
        caption(
            "The gentleman wears a red sports bra with pure color patterns and black tights. The sports bra has "
            "no sleeves and a high neckline.",
            "pronoun",
        ),
        wearing("a red sports bra with pure color patterns and black tights"),
        color_of("sports bra", "red", kind="open"),
        Q.color("Red"),
        describe("sports bra", "red sports bra with pure color patterns"),
        Q.material("cloth", "non_answer"),
        title="HRX by Hrithik Roshan Women Red High-Neck Sports Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
]
