"""BLIND_726 (46 products; men's sportswear; caption + extractive QA): written blind in the fifty-fourth session.
Measured blind at 4b4f207 (the session's final rules): 92/113 failures found (81.4%) and 2/165 correct texts flagged
(1.2%). The writer's notes, verbatim:

Scenario: a night's enrich run over a Myntra-like feed of men's sportswear (Track Pants, which on Myntra also holds
joggers, Shorts and Tshirts). Catalog photos on a white backdrop, the model wearing the product with another garment
(a tee over the track pants, shorts under the tee), mostly front views, a few side views and cropped shots. Each
photo is captioned first; the open questions are then answered by the extractive QA model
(timpal0l/mdeberta-v3-base-squad2) over that caption, so every open answer is a span of its caption or empty.
The closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's
--engine reference, which picks one candidate value.

Who wrote what: four captioners, named in each product's comment. The caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption) writes the DeepFashion template ("The pants this gentleman wears is of
long length. The pants are with cotton fabric and pure color patterns.") with no hue names, calls men "the lady"
or "her" often, invents cotton or denim, and sometimes loops a sentence or is cut at 50 tokens. The caption adapter
at epoch 1 (Data2_V2_BLIP2_Finetune_Caption_First_Epoch) writes base-like sentences with hues, runs on ("and black
shoes and black socks and ...") to the limit now and then, and invents settings and logos. The untuned base
blip2-opt-2.7b writes short plain captions ("a man in black shorts and a grey shirt"). The mixed caption+VQA adapter
under test writes base-like captions but sometimes carries on into the "Question: ... Answer: ..." format it was
trained on. The extractive QA then picks spans: often the first color in the caption whatever garment it belongs
to, the print's color, an empty string when nothing fits, or the question's own noun.

Labeling conventions and judgement calls:
- One label per text: the failure a reader would notice first. A looping caption that also hits the limit is
  "loop" with hit_limit=True; a caption cut mid-sentence at 50 tokens is "cut" with hit_limit=True.
- A QA span taken from a cut caption that ends where the caption was cut is "cut", with hit_limit=False: the span
  itself did not run to a limit, only its source did. A span that repeats the caption's loop is "loop".
- "pure color patterns", "solid color patterns", "striped patterns" or an empty string as the answer to a color
  question say no hue: "non_answer". So is a one-word answer ("red", "white") to "Describe the ..." and an empty
  span to the material question.
- A span that is only the question's garment noun ("shorts", "track pants", "joggers") is "restated".
- The color of the worn companion garment (tee, hoodie, tank) given for the product is "other_garment_color"; the
  color of the product's own print, tape or stripe given as its color is "contradiction", as is a closed value
  that the photo and seller contradict (wrong garment type, wrong sleeve length, wrong pattern, a wrong hue).
  "red" for a Maroon product, "grey" for Charcoal or Grey Melange and "blue" for Teal or Navy are counted right.
- A caption that gives both garments the same color when they differ ("grey hoodie and grey joggers" over black
  joggers) is "contradiction".
- Cotton or denim said of a polyester product, or a setting, logo, stripe, socks or prop the photo lacks, is
  "unsupported". Cotton said of a product whose title says cotton is right.
- "the lady", "her", "she" for a Men product is "pronoun", and so is the base model's "a woman" on a headless
  cropped shot of a man; the DeepFashion template's neutral "the person" is fine.
- Leaked "Question:" / "Answer:" text is "leak" even when the color after it is right.
- A side tape or single side stripe on track pants does not make the pattern "striped"; I did not ask pattern on
  those. Joggers answered "track pants" as garment type are right (Myntra files joggers under Track Pants).
- A wearing answer that names only one of the two garments is right when what it names is right.
- A closed "yes" to "Is this a pair of jeans?" over track pants, or "striped" for a tiger print's stripes or a
  polo's tipped collar, is "contradiction": the photo and title say otherwise.
- A QA span about the pose ("his hands in his pockets") given for the garment's details says nothing of it:
  "non_answer"; one about a setting or prop the photo lacks ("running on a treadmill") is "unsupported".
- Some rows lack the seller's color or category, as the real feed does.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_726 = [
    # photo: man in navy blue track pants with two thin white side stripes, plain white crew-neck t-shirt, white
    # sneakers; white backdrop, full-length front view. Caption: epoch-1 caption adapter; open: extractive QA; closed:
    # reference engine.
    case(
        "X726-001",
        caption("a man wearing a white t-shirt and navy blue track pants with white stripes on the side"),
        wearing("a white t-shirt and navy blue track pants"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        details("track pants", "white stripes on the side"),
        color_of("track pants", "navy blue"),
        title="Puma Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in olive cotton joggers with elastic cuffs and a drawstring, black crew-neck t-shirt, white sneakers;
    # white backdrop, side view. Caption: epoch-3 caption adapter (template, no hues); open: extractive QA; closed:
    # reference engine.
    case(
        "X726-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        color_of("joggers", "pure color patterns", "non_answer", kind="open"),
        details("joggers", "long length"),
        describe("joggers", "The pants this lady wears is of long length", "pronoun"),
        color_of("joggers", "olive"),
        Q.pattern("solid"),
        title="HRX by Hrithik Roshan Men Olive Solid Cotton Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: black polyester running shorts with a small white swoosh on the left leg, grey melange t-shirt; cropped
    # from chest to knees, white backdrop. Caption: untuned base BLIP-2; open: extractive QA; closed: reference.
    case(
        "X726-003",
        caption("a woman in black shorts and a grey shirt", "pronoun"),
        wearing("black shorts and a grey shirt", who="he"),
        color_of("shorts", "black", kind="open"),
        details("shorts", "shorts", "restated"),
        Q.garment_type("shorts"),
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a red short-sleeve polyester training t-shirt with a small white logo on the chest, black track
    # pants, hands on hips; white backdrop, front view. Caption: epoch-1 caption adapter; open: extractive QA; closed:
    # reference engine.
    case(
        "X726-004",
        caption("a man wearing a red t-shirt and black pants with his hands on his hips"),
        wearing("a red t-shirt and black pants"),
        describe("t-shirt", "a red t-shirt"),
        color_of("t-shirt", "red", kind="open"),
        material("", "non_answer"),
        Q.sleeve_length("short"),
        Q.color("black", "other_garment_color"),
        title="Puma Men Red Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in shiny black polyester tricot track pants with zip pockets and white piping down the legs, white
    # t-shirt worn out; white backdrop, front view. Caption: epoch-3 caption adapter, looped to the 50-token limit;
    # open: extractive QA; closed: reference engine.
    case(
        "X726-005",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and solid color "
            "patterns. The pants are with cotton fabric and solid color patterns. The pants are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        details(
            "track pants",
            "The pants are with cotton fabric and solid color patterns. The pants are with cotton fabric and solid "
            "color patterns",
            "loop",
        ),
        color_of("track pants", "solid color patterns", "non_answer", kind="open"),
        material("cotton", "unsupported"),
        color_of("track pants", "black"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Adidas Men Black Tiro Polyester Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in grey melange knit shorts with a white drawstring, navy blue t-shirt; white backdrop, front view
    # cropped at the shins. Caption: epoch-1 caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-006",
        caption("a man in a navy blue shirt and grey shorts standing in front of a white wall"),
        wearing("a navy blue shirt and grey shorts"),
        color_of("shorts", "navy blue", "other_garment_color", kind="open"),
        describe("shorts", "grey shorts"),
        Q.color("grey"),
        Q.garment_type("track pants", "contradiction"),
        title="Jockey Men Grey Melange Sports Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a white cotton t-shirt with a large black-and-red "RUN" graphic across the chest, black shorts;
    # white backdrop, front view. Caption: untuned base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X726-007",
        caption("a man wearing a white t-shirt with a black and red graphic"),
        wearing("a white t-shirt with a black and red graphic"),
        color_of("t-shirt", "black and red", "contradiction", kind="open"),
        describe("t-shirt", "a white t-shirt with a black and red graphic"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        title="Proline Men White Printed Running T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in charcoal grey slim joggers with zipped ankles, light blue t-shirt; white backdrop, three-quarter
    # view. Caption: the mixed caption+VQA adapter, which ran on into the VQA format; open: extractive QA; closed:
    # reference engine.
    case(
        "X726-008",
        caption(
            "a man wearing a light blue t-shirt and dark grey joggers Question: what is the color of the joggers? "
            "Answer: dark grey",
            "leak",
        ),
        wearing("a light blue t-shirt and dark grey joggers"),
        color_of("joggers", "dark grey", kind="open"),
        details("joggers", "the color of the joggers? Answer: dark grey", "leak"),
        Q.color("charcoal"),
        title="Wrogn Active Men Charcoal Grey Slim Fit Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a navy blue cotton polo t-shirt with white tipping on collar and cuffs, white shorts; white
    # backdrop, front view. Caption: epoch-3 caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-009",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The shorts this gentleman wears is of three-point length."
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        color_of("t-shirt", "", "non_answer", kind="open"),
        details("t-shirt", "its neckline is lapel"),
        material("cotton"),
        Q.color("navy blue"),
        Q.sleeve_length("short"),
        Q.pattern("striped", "contradiction"),
        title="U.S. Polo Assn. Men Navy Blue Cotton Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in navy blue woven running shorts with neon yellow side panels, black sleeveless training vest; white
    # backdrop, front view. Caption: mixed caption+VQA adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-010",
        caption(
            "a man wearing a black tank top and blue shorts with yellow stripes Question: what is the color of the "
            "shorts? Answer: black",
            "leak",
        ),
        wearing("a black tank top and blue shorts with yellow stripes"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        details("shorts", "yellow stripes"),
        Q.color("navy blue"),
        title="Reebok Men Navy Blue Running Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in grey melange cotton track pants with a drawstring, red pullover hoodie; white backdrop, front view.
    # Caption: untuned base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X726-011",
        caption("a man in a red hoodie and grey sweatpants"),
        wearing("a red hoodie and grey sweatpants"),
        color_of("track pants", "red", "other_garment_color", kind="open"),
        details("track pants", "grey sweatpants"),
        describe("track pants", "a red hoodie", "other_garment_color"),
        Q.color("grey"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Proline Men Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a black short-sleeve training t-shirt with a neon green abstract print across the chest, black
    # shorts; white backdrop, front view. Caption: epoch-1 caption adapter, cut at 50 tokens; open: extractive QA;
    # closed: reference engine.
    case(
        "X726-012",
        caption(
            "a man wearing a black t-shirt with a green and black design on the front of the shirt and black shorts, "
            "the t-shirt has a round neck and short sleeves, the shirt is made of a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt with a green and black design"),
        material("the shirt is made of a", "cut"),
        color_of("t-shirt", "black", kind="open"),
        Q.color("green", "contradiction"),
        Q.pattern("printed"),
        title="HRX by Hrithik Roshan Men Black Printed Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in black joggers with ribbed cuffs, grey pullover hoodie, white sneakers; white backdrop, front view.
    # Caption: epoch-1 caption adapter (one color for both garments); open: extractive QA; closed: reference engine.
    case(
        "X726-013",
        caption("a man in a grey hoodie and grey joggers with white sneakers", "contradiction"),
        wearing("a grey hoodie and grey joggers with white sneakers", "contradiction"),
        color_of("joggers", "grey", "contradiction", kind="open"),
        Q.color("black"),
        Q.garment_type("track pants"),
        title="Jack & Jones Men Black Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in teal polyester running shorts with a black waistband, plain white t-shirt; white backdrop, front
    # view. Caption: epoch-3 caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts are "
            "with cotton fabric.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts"),
        material("cotton", "unsupported"),
        details("shorts", "three-point shorts"),
        color_of("shorts", "", "non_answer", kind="open"),
        color_of("shorts", "teal"),
        Q.garment_type("shorts"),
        title="Puma Men Teal Polyester Running Shorts",
        category="Shorts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a mustard yellow cotton t-shirt with a small black chest logo, dark blue jeans; white backdrop,
    # front view. Caption: epoch-1 caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-015",
        caption("a man wearing a yellow t-shirt and blue jeans standing in front of a white background"),
        wearing("a yellow t-shirt and blue jeans"),
        color_of("t-shirt", "yellow", kind="open"),
        describe("t-shirt", "yellow", "non_answer"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("short"),
        is_a("t-shirt", "yes"),
        title="Puma Men Mustard Yellow Logo T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in maroon track pants with a thin white side stripe, white t-shirt; white backdrop, front view.
    # Caption: mixed caption+VQA adapter; open: extractive QA; closed: reference engine. The row has no color.
    case(
        "X726-016",
        caption("a man wearing a white t-shirt and maroon track pants"),
        wearing("a white t-shirt and maroon track pants"),
        color_of("track pants", "maroon", kind="open"),
        details("track pants", "track pants", "restated"),
        Q.color("maroon"),
        title="Sports52 Wear Men Maroon Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: man in bright red basketball shorts with white side trim, white sleeveless jersey, holding a basketball
    # at his hip; white backdrop, front view. Caption: untuned base BLIP-2; open: extractive QA; closed: reference.
    case(
        "X726-017",
        caption("a man holding a basketball wearing red shorts"),
        wearing("red shorts"),
        color_of("shorts", "red", kind="open"),
        describe("shorts", "red", "non_answer"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        title="Nike Men Red Basketball Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a grey melange t-shirt with short black raglan sleeves, black track pants; white backdrop, front
    # view. Caption: epoch-3 caption adapter, cut at 50 tokens; open: extractive QA; closed: reference engine.
    case(
        "X726-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with color block patterns"),
        details("t-shirt", "It has a round neckline"),
        Q.pattern("color block"),
        Q.color("grey"),
        Q.sleeve_length("long", "contradiction"),
        title="Proline Men Grey Melange Raglan T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in navy blue joggers with a white drawstring, white t-shirt, white sneakers, mid-stride walking pose;
    # white backdrop, side view. Caption: epoch-1 caption adapter (invents a street); open: extractive QA; closed:
    # reference engine.
    case(
        "X726-019",
        caption("a man walking in navy blue joggers and a white t-shirt on a city street", "unsupported"),
        wearing("navy blue joggers and a white t-shirt"),
        color_of("joggers", "navy blue", kind="open"),
        details("joggers", "on a city street", "unsupported"),
        describe("joggers", "joggers", "restated"),
        Q.color("navy blue"),
        is_a("pair of joggers", "yes"),
        title="Roadster Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a colour-blocked t-shirt (royal blue body, white shoulder yoke, black short sleeves), black shorts;
    # white backdrop, front view. Caption: mixed caption+VQA adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-020",
        caption("a man wearing a blue, white and black t-shirt and black shorts"),
        wearing("a blue, white and black t-shirt and black shorts"),
        color_of("t-shirt", "blue, white and black", kind="open"),
        describe("t-shirt", "black shorts", "other_garment_color"),
        Q.pattern("color block"),
        Q.color("blue"),
        title="Adidas Men Blue Colourblocked Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black knit shorts with white piping at the hem, black t-shirt, white low-cut sneakers, no socks
    # visible; white backdrop, front view. Caption: epoch-1 caption adapter, looped to the limit; open: extractive QA;
    # closed: reference engine.
    case(
        "X726-021",
        caption(
            "a man wearing black shorts and a black t-shirt and black shoes and black socks and black shoes and black "
            "socks and black shoes and black socks and black shoes and black socks and black",
            "loop",
            hit_limit=True,
        ),
        wearing("black shorts and a black t-shirt and black shoes and black socks and black shoes", "loop"),
        color_of("shorts", "black", kind="open"),
        details("shorts", "black socks", "unsupported"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes", "contradiction"),
        title="Nike Men Black Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in navy track pants with a single red side stripe, white polo t-shirt; white backdrop, front view.
    # Caption: epoch-3 caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-022",
        caption(
            "Her pants are of long length. The pants are with cotton fabric and striped patterns. The lady also wears "
            "a short-sleeve shirt with pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        details("track pants", "Her pants are of long length", "pronoun"),
        color_of("track pants", "striped patterns", "non_answer", kind="open"),
        Q.color("navy blue"),
        Q.garment_type("track pants"),
        title="Sports52 Wear Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a lime green quick-dry t-shirt, black running shorts; nothing in his hands; white backdrop, front
    # view. Caption: untuned base BLIP-2 (invents a racket); open: extractive QA; closed: reference engine.
    case(
        "X726-023",
        caption("a man in a green shirt and black shorts holding a tennis racket", "unsupported"),
        wearing("a green shirt and black shorts", who="he"),
        color_of("t-shirt", "green", kind="open"),
        Q.color("green"),
        is_a("tank top", "yes", "contradiction"),
        title="Puma Men Lime Green dryCELL T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: man in grey joggers, black zip hoodie worn closed; white backdrop, front view. Caption: mixed
    # caption+VQA adapter, ran on into the VQA format; open: extractive QA; closed: reference engine. No category.
    case(
        "X726-024",
        caption(
            "a man wearing a black hoodie and grey joggers Answer: grey Question: what is the color of the hoodie? "
            "Answer: black",
            "leak",
        ),
        wearing("a black hoodie and grey joggers"),
        color_of("joggers", "black", "other_garment_color", kind="open"),
        details("joggers", "Answer: grey", "leak"),
        Q.color("grey"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Puma Men Grey Solid Joggers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in charcoal grey cotton shorts, white sleeveless tank top; white backdrop, front view. Caption:
    # epoch-3 caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-025",
        caption(
            "This man wears a tank shirt with no sleeves, cotton fabric and pure color patterns. The shorts this man "
            "wears is of three-point length. The shorts are with cotton fabric and solid color patterns."
        ),
        wearing("a tank shirt with no sleeves"),
        color_of("shorts", "solid color patterns", "non_answer", kind="open"),
        details("shorts", "three-point length"),
        describe("shorts", "The shorts", "restated"),
        material("cotton"),
        Q.color("grey"),
        title="Jockey Men Charcoal Cotton Shorts",
        category="Shorts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a plain white crew-neck t-shirt (no logo, no print), black joggers, white sneakers; white backdrop,
    # front view. Caption: epoch-1 caption adapter (invents a logo); open: extractive QA; closed: reference engine.
    case(
        "X726-026",
        caption("a man wearing a white t-shirt and black pants with a black logo on the chest", "unsupported"),
        wearing("a white t-shirt and black pants"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "a white t-shirt"),
        details("t-shirt", "a black logo on the chest", "unsupported"),
        Q.color("white"),
        title="HRX by Hrithik Roshan Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in black track pants with orange side tape, black t-shirt; white backdrop, front view. Caption:
    # untuned base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X726-027",
        caption("a man in black pants with orange stripes"),
        wearing("black pants with orange stripes"),
        color_of("track pants", "orange", "contradiction", kind="open"),
        details("track pants", "orange stripes"),
        describe("track pants", "pants", "restated"),
        Q.color("black"),
        is_a("pair of track pants", "yes"),
        title="Reebok Men Black Track Pants with Contrast Tape",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a maroon t-shirt with white "TRAIN HARD" text printed on the chest, grey sweatpants, white
    # sneakers, black watch on the left wrist; white backdrop, front view. Caption: epoch-1 caption adapter, cut at
    # 50 tokens; open: extractive QA; closed: reference engine.
    case(
        "X726-028",
        caption(
            "a man wearing a maroon t-shirt with the words train hard printed on it and grey sweatpants and white "
            "sneakers with black laces and a black watch on his left wrist and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon t-shirt with the words train hard printed on it and grey sweatpants"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        details("t-shirt", "a black watch on his left wrist and a", "cut"),
        Q.pattern("printed"),
        Q.color("maroon"),
        title="Campus Sutra Men Maroon Printed Training T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in royal blue running shorts, white t-shirt with a small blue print; white backdrop, front view.
    # Caption: mixed caption+VQA adapter, ran on into the VQA format; open: extractive QA; closed: reference engine.
    case(
        "X726-029",
        caption(
            "a man wearing a white t-shirt and blue shorts Question: what is the man wearing? Answer: a white t-shirt "
            "and blue shorts",
            "leak",
        ),
        wearing("a white t-shirt and blue shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "Answer: a white t-shirt and blue shorts", "leak"),
        Q.color("blue"),
        title="Puma Men Blue Running Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in khaki cotton twill joggers with cargo pockets, black t-shirt; white backdrop, front view. Caption:
    # epoch-3 caption adapter (says denim); open: extractive QA; closed: reference engine.
    case(
        "X726-030",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The pants the person wears is of long "
            "length. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        material("denim", "unsupported"),
        describe("joggers", "The pants are with denim fabric and pure color patterns", "unsupported"),
        color_of("joggers", "khaki"),
        Q.pattern("solid"),
        title="Roadster Men Khaki Cotton Cargo Joggers",
        category="Track Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in an orange short-sleeve running t-shirt, navy blue shorts; white backdrop, front view. Caption:
    # mixed caption+VQA adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-031",
        caption("a man wearing an orange t-shirt and navy blue shorts"),
        wearing("an orange t-shirt and navy blue shorts"),
        color_of("t-shirt", "orange", kind="open"),
        describe("t-shirt", "an orange t-shirt"),
        details("t-shirt", "navy blue shorts", "other_garment_color"),
        Q.color("navy blue", "other_garment_color"),
        title="Puma Men Orange Running T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: man in teal track pants with black side panels, grey t-shirt, hands in his trouser pockets; white
    # backdrop, front view. Caption: epoch-1 caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-032",
        caption("a man in a grey shirt and teal pants standing with his hands in his pockets"),
        wearing("a grey shirt and teal pants"),
        color_of("track pants", "grey", "other_garment_color", kind="open"),
        details("track pants", "his hands in his pockets", "non_answer"),
        Q.color("teal"),
        is_a("pair of track pants", "yes"),
        Q.garment_type("track pants"),
        title="Wildcraft Men Teal Track Pants",
        category="Track Pants",
        color="Teal",
        gender="Men",
    ),
    # photo: man in white tennis shorts, navy blue polo t-shirt; white backdrop, front view. Caption: untuned base
    # BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X726-033",
        caption("a man in a blue polo shirt and white shorts"),
        wearing("a blue polo shirt and white shorts", who="he"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        describe("shorts", "white", "non_answer"),
        details("shorts", "a blue polo shirt", "other_garment_color"),
        Q.color("white"),
        Q.garment_type("shorts"),
        title="FILA Men White Tennis Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: man in a black cotton t-shirt with thin white horizontal stripes, short sleeves, grey track pants; white
    # backdrop, front view. Caption: epoch-3 caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-034",
        caption(
            "This gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this gentleman wears is of long length."
        ),
        wearing("a short-sleeve T-shirt with striped patterns"),
        color_of("t-shirt", "striped patterns", "non_answer", kind="open"),
        Q.pattern("striped"),
        Q.color("black"),
        Q.sleeve_length("long", "contradiction"),
        title="Proline Men Black Striped Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in olive camouflage-print joggers (olive, brown and black), black t-shirt; white backdrop, front
    # view. Caption: epoch-1 caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-035",
        caption("a man wearing a black t-shirt and camouflage cargo pants with a black belt", "unsupported"),
        wearing("a black t-shirt and camouflage cargo pants"),
        color_of("joggers", "black", "other_garment_color", kind="open"),
        details("joggers", "camouflage cargo pants with a black belt", "unsupported"),
        Q.pattern("camouflage"),
        Q.color("olive"),
        title="Alcis Men Olive Camouflage Print Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: man in grey shorts with a black logo-printed elastic waistband (nothing printed on the legs), white
    # t-shirt tucked in; white backdrop, front view. Caption: mixed caption+VQA adapter (invents a leg logo); open:
    # extractive QA; closed: reference engine.
    case(
        "X726-036",
        caption(
            "a man wearing a white t-shirt and grey shorts with a black waistband and a black logo on the leg",
            "unsupported",
        ),
        wearing("a white t-shirt and grey shorts"),
        details("shorts", "a black waistband and a black logo on the leg", "unsupported"),
        color_of("shorts", "grey", kind="open"),
        Q.color("grey"),
        title="Jockey Men Grey Shorts with Printed Waistband",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a navy blue t-shirt with a silver reflective print on the chest, black track pants; white
    # backdrop, front view. Caption: untuned base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X726-037",
        caption("a man wearing a blue t-shirt with a silver logo"),
        wearing("a blue t-shirt with a silver logo"),
        color_of("t-shirt", "silver", "contradiction", kind="open"),
        describe("t-shirt", "a blue t-shirt with a silver logo"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        title="Puma Men Navy Blue Reflective Print T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in charcoal grey track pants, white t-shirt; white backdrop, side view. Caption: epoch-3 caption
    # adapter, looped to the limit; open: extractive QA; closed: reference engine.
    case(
        "X726-038",
        caption(
            "The pants this lady wears is of long length. The pants this lady wears is of long length. The pants this "
            "lady wears is of long length. The pants this lady wears is",
            "loop",
            hit_limit=True,
        ),
        wearing("The pants this lady wears", "pronoun"),
        color_of("track pants", "", "non_answer", kind="open"),
        Q.color("grey"),
        Q.garment_type("track pants"),
        title="Proline Active Men Charcoal Grey Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in black cotton sweat shorts, red t-shirt; white backdrop, front view. Caption: epoch-1 caption
    # adapter, looped to the limit; open: extractive QA; closed: reference engine.
    case(
        "X726-039",
        caption(
            "a man wearing a red t-shirt and black shorts with a red t-shirt and black shorts with a red t-shirt and "
            "black shorts with a red t-shirt and black shorts with a red",
            "loop",
            hit_limit=True,
        ),
        wearing("a red t-shirt and black shorts"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        details("shorts", "black shorts with a red t-shirt and black shorts with a red t-shirt", "loop"),
        Q.color("black"),
        is_a("pair of shorts", "yes"),
        title="Nautica Men Black Sweat Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a purple quick-dry t-shirt, black shorts, standing still; white backdrop, front view. Caption:
    # epoch-1 caption adapter (invents a treadmill); open: extractive QA; closed: reference engine.
    case(
        "X726-040",
        caption("a man wearing a purple t-shirt and black shorts running on a treadmill", "unsupported"),
        wearing("a purple t-shirt and black shorts"),
        color_of("t-shirt", "purple", kind="open"),
        describe("t-shirt", "a purple t-shirt"),
        details("t-shirt", "running on a treadmill", "unsupported"),
        Q.color("pink", "contradiction"),
        Q.sleeve_length("short"),
        title="Nike Men Purple Dri-FIT T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: man in black joggers with white "ATHLETIC" lettering printed down the left leg, grey t-shirt; white
    # backdrop, front view. Caption: mixed caption+VQA adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-041",
        caption("a man wearing a grey t-shirt and black joggers with white writing on the leg"),
        wearing("a grey t-shirt and black joggers with white writing on the leg"),
        details("joggers", "white writing on the leg"),
        color_of("joggers", "white", "contradiction", kind="open"),
        Q.color("black"),
        title="Bewakoof Men Black Typography Printed Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a teal crew-neck training t-shirt, grey shorts; white backdrop, front view. Caption: untuned base
    # BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X726-042",
        caption("a man in a blue shirt and grey shorts"),
        wearing("a blue shirt and grey shorts", who="he"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.color("teal"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Puma Men Teal Training T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in navy blue cotton shorts, white t-shirt; white backdrop, front view cropped at the knees. Caption:
    # epoch-3 caption adapter, cut at 50 tokens; open: extractive QA; closed: reference engine.
    case(
        "X726-043",
        caption(
            "Her shorts are of three-point length. The shorts are with cotton fabric and pure color patterns. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        details("shorts", "Her shorts are of three-point length", "pronoun"),
        material("cotton"),
        Q.color("black", "contradiction"),
        Q.garment_type("shorts"),
        title="Jockey Men Navy Blue Cotton Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in plain royal blue track pants (no stripes, no tape), white t-shirt with a small blue print; white
    # backdrop, front view. Caption: mixed caption+VQA adapter (invents stripes); open: extractive QA; closed:
    # reference engine.
    case(
        "X726-044",
        caption("a man wearing a white t-shirt and blue track pants with white stripes down the side", "unsupported"),
        wearing("a white t-shirt and blue track pants"),
        details("track pants", "white stripes down the side", "unsupported"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        title="Adidas Men Blue Solid Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a charcoal t-shirt with a large orange tiger print on the chest, black joggers; white backdrop,
    # front view. Caption: epoch-1 caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X726-045",
        caption(
            "a man wearing a grey t-shirt with an orange tiger on it and black pants, the tiger is roaring and has "
            "black stripes on its face and the t-shirt has a round neck and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt with an orange tiger on it and black pants"),
        color_of("t-shirt", "orange", "contradiction", kind="open"),
        details("t-shirt", "an orange tiger on it"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        title="Tantra Men Charcoal Printed T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in grey melange joggers, navy blue pullover sweatshirt; white backdrop, front view. Caption: untuned
    # base BLIP-2; open: extractive QA; closed: reference engine. The row has no color.
    case(
        "X726-046",
        caption("a man in a blue sweatshirt and gray sweatpants"),
        wearing("a blue sweatshirt and gray sweatpants", who="he"),
        color_of("joggers", "blue", "other_garment_color", kind="open"),
        details("joggers", "gray sweatpants"),
        Q.color("grey"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Puma Men Grey Melange Joggers",
        category="Track Pants",
        gender="Men",
    ),
]
