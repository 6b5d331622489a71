"""BLIND_1137 (46 products; Myntra men's activewear, caption adapter at epoch 2): written blind in the sixtieth session.
Measured blind at 3e76d66 (the session's seventh rules): 117/131 failures found (89.3%) and 5/187 correct texts flagged
(2.7%). The writer's notes, verbatim:

Scenario: a Myntra men's activewear and sportswear feed (track pants, joggers, training and running t-shirts, polos,
gym vests, shorts, track jackets, windcheaters, sweatshirts and hoodies, one tracksuit). Catalog photos on a white
backdrop (one on a light grey studio backdrop), mostly worn by a male model who also wears another garment (a tee
over the track pants, shorts or track pants under the tee, a tee under an open jacket); two are product shots with no
model (a ghost-mannequin windcheater, a flat-lay pair of track pants); some back and side views; props are a steel
water bottle, a football and a stool.

Who wrote what: every caption and every open answer (wearing, describe, details, the open color questions, material)
is free generation by BLIP-2 OPT-2.7b with the caption LoRA adapter after its second epoch (trained on the
DeepFashion-MultiModal caption templates, labels unmasked, no end-of-answer token). Its habits: captions in the
template ("The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with
cotton fabric..."), hue-free because the template has none, "The lady"/"The female" from the women-heavy training
data, "There is an accessory on his wrist" / "a hat" / "a belt" from the template's accessory sentences, "cotton
fabric" as the default material; it never learned to stop, so many texts run to the limit (50 tokens for captions,
30 for answers) and either loop or are cut; sometimes it keeps going in the `Question: ... Answer:` format; when
it does answer a question it still half-answers it ("pure color" for a color question). At epoch 2 it still keeps
some of the base model's short answers ("a black t-shirt and grey sweatpants"), so open answers are a mix of short
base-style answers and template text. Closed answers (garment_type, color, pattern, sleeve_length, the yes/no "Is
this ...?" questions and the closed color-of questions) come from enrich's `--engine reference`, which ranks fixed
candidate values: they are always one clean candidate, never loop or stop short, and are wrong when the ranking
picks the other garment's value, a neighbouring shade or the print's color.

Labeling conventions and judgement calls:
- One label per text: where a text has two faults, the one that dominates it; texts with two clear faults were avoided.
- A loop or a cut always has hit_limit=True. Two captions ran to the 50-token limit and happen to end on a full stop
  with nothing wrong in them: hit_limit=True and no failure (the text is complete and right for the photo).
- A closed color that names the other garment's color (the tee's "black" for grey joggers) is "contradiction"; an
  open answer that gives the product the other worn garment's color is "other_garment_color".
- A closed or open color that is a neighbouring but wrong hue (lime green called "yellow", burgundy called "purple",
  charcoal called "black", the grey backdrop's "grey" for navy joggers) is "contradiction"; a shade of the right hue
  (maroon for burgundy, charcoal or dark grey for charcoal, navy or dark blue for navy, teal blue for teal, royal blue
  for blue) is correct.
- Joggers are track pants (Myntra files them under Track Pants): "joggers" for a Track Pants row is correct; "no"
  to "Is this a pair of track pants?" for joggers is a contradiction. "tank top" for a sleeveless gym vest filed under
  Tshirts, "hoodie" for a hooded sweatshirt and "tracksuit" for a Tracksuits row are correct.
- Side stripes or piping down a track pant's leg make "striped" a correct pattern answer; a solid sweatshirt or solid
  track pants called "striped", and a colour-blocked jacket called "solid", are contradictions.
- Material: the template's "cotton" is accepted where the title names no fabric and the garment looks like knit
  cotton; "cotton" where the title names a synthetic (Dri-FIT, Rapid-Dry) is a contradiction; a fabric nobody shows
  or names (leather for a windcheater, denim for a polo) is unsupported.
- Unsupported: a hood, zip, thumbholes, pocket, zip fly, v-neck, leather patch, reflective strip, cap, hat, belt,
  wrist accessory, sneakers, print text or back print that the photo does not show, and "The man is wearing" for a
  ghost-mannequin shot with no man. A watch, ball, bottle or stool (called a chair) that the photo shows is correct.
- Non-answer: an empty, one-word or yes/no reply to an open question, "pure color" / "solid color" for a color
  question, and "they are short" for the shorts' details. Restated: the question's words handed back as a sentence
  ("the pants details are the details of the pants"), also when the echo is followed by a little of an answer
  ("Describe the shirt. The shirt is a blue polo shirt..."). A leak is any `Question:`/`Answer:` marker in a text.
- Pronoun: "she", "her", "the lady", "the woman", "the female" for a Men's row; "he" and "the man" are correct.
- One row lacks its category, one its title and one its color, as real feed rows do. One seller color is off for the
  photo (a teal-green tee sold as "Green"): the answers follow the photo and "teal" there is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

Q = BLIND_QUESTIONS  # the closed questions (garment_type, color, pattern, sleeve_length) and Q.material for a loop

BLIND_1137 = [
    # photo: Puma black matte knit track pants, model in a plain white crew tee and white sneakers, no watch, white
    # backdrop, front, full length. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1137-001",
        caption(
            "This man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("pants", "black"),
        color_of("shirt", "white", kind="open"),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and black track pants", who="he"),
        Q.garment_type("track pants"),
        is_a("track pants", "yes", article="a pair of"),
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: Nike navy blue Dri-FIT training tee, short sleeves, small white swoosh on the chest; model in black
    # shorts; white backdrop; front, cropped at mid-thigh. Caption and open answers: caption adapter; closed: reference.
    case(
        "X1137-002",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt has a crew neckline. The man "
            "wears a three-point shorts."
        ),
        color_of("shirt", "navy blue"),
        describe("shirt", "The shirt is a navy blue t-shirt with a small white logo on the chest and short sleeves"),
        material("The T-shirt is with cotton fabric.", "contradiction"),
        Q.sleeve_length("short sleeves"),
        wearing("she is wearing a navy blue t-shirt and black shorts", "pronoun"),
        details("shirt", "crew neck, short sleeves, a white logo on the left chest"),
        title="Nike Men Navy Blue Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: Adidas grey melange joggers, three black stripes down each side, white drawstring, tapered cuffs; model
    # in a black crew tee and black sneakers; white backdrop; front. Free texts: caption adapter; closed: reference.
    case(
        "X1137-003",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The pants are "
            "with cotton fabric and striped patterns."
        ),
        Q.color("black", "contradiction"),
        color_of("pants", "grey with black stripes", kind="open"),
        details(
            "pants",
            "The pants have an elastic waistband with a white drawstring, two side pockets and three black stripes "
            "down the sides",
        ),
        wearing("He is wearing a black t-shirt and blue sweatpants with black stripes", "contradiction", who="he"),
        Q.pattern("striped"),
        Q.garment_type("joggers"),
        title="Adidas Men Grey Melange Essentials 3-Stripes Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: HRX charcoal Rapid-Dry running tee, round neck, short sleeves, small reflective logo on the chest; model
    # in black track pants; white backdrop; waist-up crop. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-004",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. It has a round neckline. The lady "
            "wears a long pants.",
            "pronoun",
        ),
        Q.color("charcoal"),
        color_of("shirt", "grey", kind="open"),
        describe(
            "shirt",
            "a dark grey running t-shirt with short sleeves, a round neck and a small reflective logo on the chest. "
            "It is made of a light",
            "cut",
            hit_limit=True,
        ),
        material("polyester"),
        wearing("a grey t-shirt and black pants"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        title="HRX by Hrithik Roshan Men Charcoal Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: Reebok black training shorts above the knee, small white logo on the left leg; model in an untucked red
    # crew tee, no watch or jewellery; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts are "
            "with cotton fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("shorts", "black"),
        color_of("shirt", "red", kind="open"),
        details(
            "shorts", "red shorts with an elastic waistband and a small logo on the left leg", "other_garment_color"
        ),
        wearing(
            "He is wearing a red t-shirt and black shorts. He is wearing a red t-shirt and black shorts. He is "
            "wearing a red t",
            "loop",
            who="he",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        title="Reebok Men Black Solid Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: Proline navy track pants with two thin white stripes down each side; model in a grey melange tee and
    # white sneakers; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-006",
        caption(
            "This gentleman is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The pants are "
            "with cotton fabric and striped patterns. The T-shirt is with cotton fabric and it has a crew",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe("pants", "navy blue track pants with two white stripes down the side and an elastic waistband"),
        is_a("track pants", "yes", article="a pair of"),
        material(
            "cotton Question: What is the color of the pants? Answer: navy blue Question: What is the color of the "
            "shirt? Answer: grey",
            "leak",
        ),
        title="Proline Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: Puma colour-blocked track jacket, red body, black sleeves, white zip and stand collar, no hood, worn open
    # over a white tee; black track pants; white backdrop; front. Free texts: caption adapter; closed: reference.
    case(
        "X1137-007",
        caption(
            "The man is wearing a long-sleeve jacket with color block patterns and a long pants. The jacket has a "
            "stand collar. The man wears a short-sleeve T-shirt inside."
        ),
        Q.color("red"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        describe("jacket", "a red and black track jacket with a white zip, a stand collar and long black sleeves"),
        Q.pattern("colour blocked"),
        Q.sleeve_length("long sleeves"),
        wearing("a red jacket, a white t-shirt and black pants"),
        details("jacket", "the jacket has a hood with drawstrings and two zip pockets", "unsupported"),
        title="Puma Men Red & Black Colourblocked Track Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: Nike olive green fleece joggers, BACK view, one patch pocket on the back right, cuffed ankles; model in a
    # white tee; white backdrop. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-008",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. The man is wearing a short-sleeve T-shirt with pure color patterns "
            "and a long pants. The pants",
            "loop",
            hit_limit=True,
        ),
        Q.color("olive"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "The pants have an elastic waistband, cuffed ankles and a pocket on the back"),
        wearing("white", "non_answer", who="he"),
        material("fleece"),
        is_a("shorts", "no", article="a pair of"),
        title="Nike Men Olive Green Club Fleece Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: Adidas white tee with three black stripes across the shoulders, crew neck; model in black track pants;
    # white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt has a crew "
            "neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("white"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "a white t-shirt with three black stripes on the shoulders, a round neck and a zip pocket on the side",
            "unsupported",
        ),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        details("shirt", "yes", "non_answer"),
        title="Adidas Men White Own The Run 3-Stripes T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: FILA royal blue polo sports tee, white tipping on the collar and sleeve hems, two-button placket; model
    # in navy shorts; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-010",
        caption(
            "The man is wearing a short-sleeve shirt with pure color patterns and a shorts. The shirt has a lapel "
            "collar. The shorts are of three-point length."
        ),
        Q.garment_type("polo t-shirt"),
        Q.color("navy blue", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        describe(
            "shirt", "Describe the shirt. The shirt is a blue polo shirt with white trim on the collar", "restated"
        ),
        wearing(
            "The man is wearing a short-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric and it has a lapel collar. The shorts are of",
            "cut",
            hit_limit=True,
        ),
        material("The fabric is cotton and it has pure color patterns."),
        title="FILA Men Blue Solid Polo Collar Sports T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: Wildcraft teal hooded windcheater (nylon), half zipped over a black tee, hood down, two zip side pockets;
    # black track pants; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-011",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with leather "
            "fabric and it has a hooded collar.",
            "unsupported",
        ),
        Q.color("teal"),
        color_of("jacket", "teal blue", kind="open"),
        wearing("He is wearing a teal jacket with a hood and black pants", who="he"),
        details(
            "jacket",
            "The jacket has a hood, a full zip, and two side pockets with zips. The jacket has a hood, a full zip, "
            "and two side pockets with",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        title="Wildcraft Men Teal Hooded Windcheater",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: Kappa maroon crew-neck sweatshirt, solid, small white logo, ribbed cuffs; model in black joggers; white
    # backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-012",
        caption(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt has "
            "a round neckline. The pants are with cotton fabric."
        ),
        Q.color("maroon"),
        color_of("sweatshirt", "red", kind="open"),
        describe("sweatshirt", "black sweatshirt with a round neck and ribbed cuffs", "other_garment_color"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.pattern("striped", "contradiction"),
        wearing(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Kappa Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: ASICS lime green running tee, short sleeves, small reflective logo; model in black shorts; white
    # backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-013",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with "
            "cotton fabric and it has a crew neckline. The shorts are of three-point length. The man is wearing",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow", "contradiction"),
        color_of("shirt", "neon green", kind="open"),
        describe(
            "shirt", "Answer: a bright green running t-shirt with short sleeves and a small logo on the chest", "leak"
        ),
        wearing("he is wearing a black t-shirt and black shorts", "other_garment_color", who="he"),
        Q.sleeve_length("short sleeves"),
        title="ASICS Men Lime Green Running T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: Under Armour black long-sleeve compression tee, crew neck, small logo on the chest; model in grey
    # shorts, bareheaded; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-014",
        caption(
            "The man is wearing a long-sleeve T-shirt with pure color patterns and a shorts. The T-shirt has a crew "
            "neckline. The shorts are of three-point length."
        ),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.color("black"),
        describe(
            "shirt",
            "The shirt is a black long sleeve shirt. The shirt is a black long sleeve shirt. The shirt is a black "
            "long sleeve",
            "loop",
            hit_limit=True,
        ),
        material("spandex"),
        details("shirt", "The shirt has a crew neckline, long sleeves and a logo on the chest"),
        wearing("a black long sleeve shirt and grey shorts and a black cap", "unsupported"),
        title="Under Armour Men Black HeatGear Compression T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: Domyos (Decathlon) grey gym shorts, elastic waist; model in a navy tee; white backdrop; front. Free
    # texts: caption adapter; closed: reference engine.
    case(
        "X1137-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts are "
            "with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("shorts", "grey"),
        color_of("shirt", "navy", kind="open"),
        details("shorts", "they are short", "non_answer"),
        Q.garment_type("shorts"),
        wearing("Question: What is he wearing? Answer: a navy blue t-shirt and grey shorts", "leak", who="he"),
        title="Domyos By Decathlon Men Grey Gym Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: HRX mustard training tee, short sleeves, large black chest print reading "TRAIN HARD"; model in navy
    # joggers; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-016",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.color("mustard"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless", "contradiction"),
        color_of("shirt", "yellow", kind="open"),
        describe("shirt", "a mustard yellow t-shirt with the words just do it printed on the front", "unsupported"),
        details("shirt", "the shirt has a graphic print"),
        wearing("a yellow t-shirt and blue pants"),
        title="HRX by Hrithik Roshan Men Mustard Printed Training T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: Performax olive camouflage-print track pants, drawstring waist, ribbed cuffs; model in a black tee;
    # white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-017",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with cotton "
            "fabric and graphic patterns."
        ),
        Q.pattern("camouflage"),
        Q.color("olive"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe("pants", "green camouflage track pants with a drawstring waist and ribbed cuffs"),
        wearing("She is wearing a black t-shirt and camouflage pants", "pronoun", who="he"),
        details("pants", "The pants details are the details of the pants.", "restated"),
        title="Performax Men Olive Camouflage Print Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: Nike black pullover hoodie (no zip), white swoosh, kangaroo pocket, hood down; model in grey joggers;
    # white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-018",
        caption(
            "The man is wearing a long-sleeve hoodie with striped patterns and a long pants. The hoodie is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("hoodie"),
        Q.color("grey", "contradiction"),
        color_of("sweatshirt", "black", kind="open"),
        details(
            "sweatshirt",
            "The sweatshirt has a hood with drawstrings, a kangaroo pocket and a zipper down the front",
            "unsupported",
        ),
        wearing("a black hoodie and grey sweatpants"),
        is_a("hoodie", "yes"),
        title="Nike Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: Puma white running shorts with a black waistband and drawstring, small black logo on the left leg; model
    # in a black tee; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-019",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts "
            "are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "black", "contradiction"),
        color_of("shirt", "black", kind="open"),
        describe("shorts", "The shorts are black with a white logo on the leg.", "other_garment_color"),
        wearing("a black t-shirt and white shorts", who="he"),
        details("shorts", "the shorts have an elastic waistband, a drawstring and a small logo on the left leg"),
        material("The material of the garment is the material of the garment", "restated"),
        title="Puma Men White Running Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: Adidas navy tracksuit, jacket half zipped over a white tee, white three stripes on the sleeves and down
    # the legs; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-020",
        caption(
            "The man wears a long-sleeve jacket with striped patterns and a long pants. The jacket has a stand collar. "
            "The pants are with cotton fabric and striped patterns."
        ),
        Q.garment_type("tracksuit"),
        Q.color("navy blue"),
        color_of("jacket", "solid color", "non_answer", kind="open"),
        color_of(
            "pants",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "jacket",
            "The jacket is a navy blue track jacket with white stripes on the sleeves and a zip front. The pants are "
            "navy blue with white stripes on the",
            "cut",
            hit_limit=True,
        ),
        wearing("a black tracksuit with a white t-shirt", "contradiction"),
        title="Adidas Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: Reebok orange training tee, crew neck; model in grey shorts; white backdrop; front. Free texts: caption
    # adapter; closed: reference engine.
    case(
        "X1137-021",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt has a "
            "crew neckline.",
            "pronoun",
        ),
        Q.color("orange"),
        color_of("shirt", "orange", kind="open"),
        describe("shirt", "an orange t-shirt with a v-neck and a chest pocket", "unsupported"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt has short sleeves and a crew neck. Question: "
            "What is the color of",
            "leak",
            hit_limit=True,
        ),
        material("polyester"),
        wearing("a red t-shirt and grey shorts", "contradiction"),
        title="Reebok Men Orange Workout Ready T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: Alcis charcoal slim joggers with black ribbed cuffs and black waistband with drawstring; model in a white
    # tee, bareheaded; white backdrop; side view. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-022",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. There is a hat on his head.",
            "unsupported",
        ),
        Q.color("charcoal"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "The pants have black ribbed cuffs and a black waistband with a drawstring"),
        wearing(
            "white t-shirt and charcoal joggers and white t-shirt and charcoal joggers and white t-shirt and charcoal "
            "joggers and white",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("joggers"),
        is_a("track pants", "no", "contradiction", article="a pair of"),
        title="Alcis Men Charcoal Grey Slim Fit Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: Jockey grey melange sleeveless sports vest, scoop neck; model in black shorts; white backdrop; front.
    # Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-023",
        caption(
            "The man is wearing a sleeveless tank top with pure color patterns and a shorts. The tank top is with "
            "cotton fabric and it has a round neckline."
        ),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("tank top"),
        Q.color("grey melange"),
        color_of("shirt", "white", "contradiction", kind="open"),
        describe("shirt", "a grey sleeveless vest with a scoop neck"),
        wearing(
            "He is wearing a tank top. Question: What is the color of the tank top? Answer: grey", "leak", who="he"
        ),
        material("cotton"),
        title="Jockey Men Grey Melange Sleeveless Sports Vest",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: Puma burgundy track pants, small cat logo on the left thigh, side pockets without zips; model in a black
    # tee; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-024",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a crew neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        color_of("pants", "purple", "contradiction", kind="open"),
        details(
            "pants",
            "the pants have a small logo on the left thigh, an elastic waistband and zip pockets on both sides",
            "unsupported",
        ),
        wearing("a black t-shirt and black track pants", "other_garment_color"),
        is_a("track pants", "yes", article="a pair of"),
        title="Puma Men Burgundy Solid Track Pants",
        category="Track Pants",
        color="Burgundy",
        gender="Men",
    ),
    # photo: Nike light grey full-zip running jacket, stand collar, small reflective swoosh, plain cuffs (no
    # thumbholes); model in black shorts; white backdrop; front. Free texts: caption adapter; closed: reference.
    case(
        "X1137-025",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns and a shorts. The jacket has a stand "
            "collar. The shorts are of three-point length."
        ),
        Q.color("grey"),
        color_of("jacket", "grey", kind="open"),
        describe(
            "jacket",
            "a light grey zip-up running jacket with a stand collar, thumbholes and a reflective logo",
            "unsupported",
        ),
        Q.sleeve_length("long sleeves"),
        wearing("he is wearing a blue jacket and black shorts", "contradiction", who="he"),
        details("jacket", "grey", "non_answer"),
        title="Nike Men Grey Running Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: Shiv Naresh navy track pants with red-and-white piping down the sides; model in a white tee; white
    # backdrop; front only (the back is not shown). Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-026",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and striped patterns."
        ),
        Q.color("navy blue"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("pants", "navy blue track pants with red and white piping down the sides"),
        details(
            "pants",
            "The pants have red and white stripes on the sides and a reflective print on the back",
            "unsupported",
        ),
        wearing("The lady is wearing a white t-shirt and navy track pants", "pronoun"),
        Q.pattern("striped"),
        title="Shiv Naresh Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: Slazenger black polo sports tee, white tipping on collar and sleeves, two-button placket; model in black
    # track pants (same black as the tee); white backdrop; front. Free texts: caption adapter; closed: reference.
    case(
        "X1137-027",
        caption(
            "The man is wearing a short-sleeve shirt with pure color patterns and a long pants. The shirt has a lapel "
            "collar. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("black"),
        color_of("pants", "black", kind="open"),
        describe("shirt", "a black polo shirt with white tipping on the collar and sleeves and a two-button placket"),
        Q.garment_type("polo t-shirt"),
        wearing("a black shirt and black pants", who="he"),
        material("The shirt is made of denim", "unsupported"),
        title="Slazenger Men Black Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: Adidas khaki training shorts, elastic waist, side pockets; model in a white tee; white backdrop; front.
    # Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-028",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts are "
            "with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "khaki"),
        color_of("shirt", "white", kind="open"),
        describe("shorts", "beige shorts with an elastic waist and side pockets"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are of three-point length. The "
            "shorts are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("shorts", "non_answer"),
        title="Adidas Men Khaki Training Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: HRX colour-blocked running jacket, royal blue body with black side and sleeve panels, zipped to the
    # collar; black track pants; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-029",
        caption(
            "The man is wearing a long-sleeve jacket with color block patterns and a long pants. The jacket has a "
            "stand collar. The pants are with cotton fabric and pure color patterns."
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("blue"),
        color_of("jacket", "blue and black", kind="open"),
        describe(
            "jacket",
            "a blue and black jacket with a zipper and a stand up collar and a zipper and a stand up collar and a "
            "zipper and a stand up",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a blue and black jacket and black pants", who="he"),
        title="HRX by Hrithik Roshan Men Blue & Black Colourblocked Running Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: Wildcraft black hooded windcheater, ghost-mannequin product shot, NO model, full zip and two zip pockets
    # visible; white backdrop; front. Row has no color column. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-030",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket has a hooded collar.",
            "unsupported",
        ),
        Q.color("black"),
        Q.pattern("solid"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black hooded jacket with a full zip and two zip pockets"),
        wearing("What is the person wearing? The person is wearing", "restated"),
        Q.garment_type("jacket"),
        title="Wildcraft Men Black Hooded Windcheater Jacket",
        category="Jackets",
        gender="Men",
    ),
    # photo: Lotto white tee with a red "LOTTO" logo print on the chest; model in navy track pants; white backdrop;
    # front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-031",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("red", "contradiction"),
        color_of("shirt", "white with a red print", kind="open"),
        describe("shirt", "a white t-shirt with a red lotto logo printed on the chest"),
        wearing("He is wearing a navy blue t-shirt and navy blue pants.", "other_garment_color", who="he"),
        details(
            "shirt",
            "Answer: The shirt has a red print on the chest. Question: What is the color of the pants? Answer: navy "
            "blue Question",
            "leak",
            hit_limit=True,
        ),
        title="Lotto Men White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: Kappa black track pants, FLAT LAY on white, no model, white side tape with a repeated logo print, elastic
    # waist with drawstring, two side pockets. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-032",
        caption(
            "The pants are with cotton fabric and striped patterns. The pants are of long length. The pants are with "
            "cotton fabric and striped patterns. The pants are of long length. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        color_of("pants", "black and white", kind="open"),
        describe("pants", "black track pants with white side stripes with the kappa logo"),
        wearing("a pair of black track pants"),
        Q.garment_type("track pants"),
        details(
            "pants",
            "The pants have a white tape down each side with a repeated logo print, an elastic waistband with a "
            "drawstring and two side pockets with",
            "cut",
            hit_limit=True,
        ),
        title="Kappa Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: Puma charcoal crew sweatshirt with a white Puma logo printed on the chest, ribbed cuffs; model in black
    # joggers; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-033",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt has a "
            "round neckline. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        color_of("sweatshirt", "dark grey", kind="open"),
        describe("sweatshirt", "a charcoal grey sweatshirt with a white puma logo on the chest and ribbed cuffs"),
        Q.pattern("printed"),
        wearing(
            "He wears a grey sweatshirt with a logo and black jogging pants. The sweatshirt has a round neckline and "
            "ribbed cuffs and the",
            "cut",
            hit_limit=True,
        ),
        details("sweatshirt", "the sweatshirt details are a sweatshirt", "restated"),
        title="Puma Men Charcoal Grey Printed Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: Nike red Dri-FIT running shorts, BACK view, zip pocket at the back waistband, small logo on the leg;
    # model in a white tee; white backdrop. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-034",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts are "
            "with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("shorts", "red"),
        color_of("shirt", "white", kind="open"),
        details("shorts", "The shorts have a zip pocket on the back and a small logo"),
        wearing("he", "non_answer", who="he"),
        material("polyester"),
        title="Nike Men Red Dri-FIT Running Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: Proline grey track pants, elastic waist, plain hems (no reflective trim); model in a navy pullover
    # hoodie; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-035",
        caption(
            "The man is wearing a long-sleeve hoodie with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        describe(
            "pants",
            "The pants are grey track pants with an elastic waistband and a reflective strip at the ankle",
            "unsupported",
        ),
        details("pants", "The pants are with cotton fabric and pure color patterns. The pants are of long length."),
        wearing(
            "Question: What is the person wearing? Answer: a navy blue hoodie and grey track pants. Question: What is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        title="Proline Men Grey Solid Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: ASICS navy running shorts with split hems; model in a yellow tee and a black sports watch on the left
    # wrist; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-036",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a three-point shorts. There is an "
            "accessory on his wrist."
        ),
        color_of("shorts", "navy blue"),
        describe("shorts", "yellow running shorts with a split hem", "other_garment_color"),
        details("shorts", "The shorts details are that the shorts are shorts.", "restated"),
        wearing("a yellow t-shirt, navy shorts and a black watch", who="he"),
        is_a("shorts", "yes", article="a pair of"),
        title="ASICS Men Navy Blue Running Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: Adidas teal-green (sea green) training tee with three white stripes on the shoulders, sold as "Green";
    # model in black shorts; white backdrop; front. Row has no category. Free texts: caption adapter; closed: reference.
    case(
        "X1137-037",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt has a round "
            "neckline."
        ),
        Q.color("teal"),
        color_of("shirt", "green", kind="open"),
        describe("shirt", "a sea green t-shirt with three white stripes on the shoulders"),
        material("polyester mesh"),
        Q.garment_type("shorts", "contradiction"),
        wearing("A man wearing a green t-shirt and black shorts standing in front of a white wall"),
        title="Adidas Men Green Climacool Training T-shirt",
        color="Green",
        gender="Men",
    ),
    # photo: Umbro colour-blocked training tee, black body with a white shoulder yoke; model in black shorts; cropped
    # at the thigh (no shoes in frame); white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-038",
        caption(
            "The man is wearing a short-sleeve T-shirt with color block patterns and a shorts. The T-shirt has a crew "
            "neckline. The shorts are with cotton fabric. The man is wearing a short-sleeve T-shirt with color block "
            "patterns and a",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("colour blocked"),
        Q.color("black"),
        color_of("shirt", "black and white", kind="open"),
        describe("shirt", "a white t-shirt with black sleeves", "contradiction"),
        wearing(
            "He is wearing a black and white t-shirt and black shorts with white sneakers and white socks",
            "unsupported",
            who="he",
        ),
        title="Umbro Men Black & White Colourblocked Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: FILA navy joggers with white drawstrings and cuffed hems; model in a white tee; LIGHT GREY studio
    # backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-039",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        Q.color("navy blue"),
        color_of("pants", "grey", "contradiction", kind="open"),
        describe(
            "pants",
            "navy blue joggers with white drawstrings, cuffed hems and a leather patch on the back",
            "unsupported",
        ),
        wearing("she is wearing a white top and navy pants", "pronoun"),
        details(
            "pants",
            "The pants are navy blue. The pants are navy blue. The pants are navy blue. The pants are navy blue. The "
            "pants are navy",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("joggers"),
        title="FILA Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: Reebok grey melange zip-up hoodie worn open over a black tee, two front pockets, ribbed cuffs; black
    # track pants; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-040",
        caption(
            "The man wears a long-sleeve hoodie with pure color patterns and a long pants. The hoodie is with cotton "
            "fabric. The man wears a short-sleeve T-shirt inside."
        ),
        Q.color("grey"),
        Q.sleeve_length("short sleeves", "contradiction"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        describe("sweatshirt", "a grey zip up hoodie with a hood, two front pockets and ribbed cuffs"),
        details(
            "sweatshirt",
            "The sweatshirt has a hood and a zip. Question: What is the color of the sweatshirt? Answer: grey",
            "leak",
        ),
        wearing(
            "The man wears a long-sleeve hoodie with pure color patterns and a long pants. The hoodie is with cotton "
            "fabric. The man wears a short",
            "cut",
            who="he",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        title="Reebok Men Grey Melange Hooded Zip Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: HRX black shorts with a grey abstract print on both legs; model in a grey tee; white backdrop; front.
    # Row has no title. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-041",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts "
            "are with cotton fabric and graphic patterns."
        ),
        color_of("shorts", "grey", "contradiction"),
        Q.pattern("printed"),
        describe("shorts", "black shorts with a grey print on the legs"),
        details("shorts", "the shorts are short", "non_answer"),
        wearing("a grey t-shirt and black printed shorts"),
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: Puma royal blue long-sleeve training tee, crew neck, small Puma logo on the chest; model in black track
    # pants; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-042",
        caption(
            "The woman is wearing a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt has a "
            "crew neckline.",
            "pronoun",
        ),
        Q.sleeve_length("long sleeves"),
        Q.color("blue"),
        color_of("shirt", "purple", "contradiction", kind="open"),
        describe("shirt", "a blue long sleeve t-shirt with a crew neck and a small puma logo on the chest"),
        details("shirt", "The details of the shirt are the shirt's details, the shirt is a shirt", "restated"),
        material("cotton"),
        wearing("a black long sleeve shirt and black track pants", "other_garment_color"),
        title="Puma Men Blue Long Sleeve Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: Nike white track jacket with black trims along the zip and cuffs, zipped, black tee collar showing, no
    # belt visible (jacket covers the waist); black pants; white backdrop; front. Free texts: caption adapter; closed:
    # reference engine.
    case(
        "X1137-043",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket has a stand "
            "collar. There is a belt on his waist.",
            "unsupported",
        ),
        Q.color("white"),
        Q.pattern("solid"),
        color_of("jacket", "white with black trim", kind="open"),
        describe("jacket", "a black track jacket with white stripes", "other_garment_color"),
        wearing("", "non_answer"),
        Q.garment_type("jacket"),
        title="Nike Men White Track Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: Performax maroon training tee, round neck, no pocket; model in black track pants holding a steel water
    # bottle; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-044",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. He is holding a "
            "bottle."
        ),
        Q.color("maroon"),
        color_of("shirt", "burgundy", kind="open"),
        describe("shirt", "a maroon t-shirt with short sleeves, a round neck and a pocket on the chest", "unsupported"),
        wearing("He is wearing a maroon t-shirt, black track pants and holding a water bottle.", who="he"),
        details(
            "shirt",
            "The shirt has short sleeves, a round neckline and a The shirt has short sleeves, a round neckline and a "
            "The shirt has short",
            "loop",
            hit_limit=True,
        ),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Performax Men Maroon Training T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: Adidas black football shorts with three white side stripes; model in a grey tee holding a football under
    # his arm; white backdrop; front. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-045",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts are "
            "with cotton fabric and striped patterns. He is holding a ball."
        ),
        color_of("shorts", "black"),
        color_of("shirt", "grey", kind="open"),
        describe("shorts", "grey football shorts with white stripes", "other_garment_color"),
        details(
            "shorts",
            "The shorts have three white stripes on the sides and an elastic waistband with a drawstring. The shorts "
            "have three white stripes on the sides and",
            "loop",
            hit_limit=True,
        ),
        wearing("The lady is holding a football", "pronoun"),
        is_a("shorts", "yes", article="a pair of"),
        title="Adidas Men Black Tiro Football Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: Jockey navy joggers, elastic cuffs, side pockets, no fly; model in a grey melange tee and white sneakers
    # sitting on a white stool; white backdrop; side view. Free texts: caption adapter; closed: reference engine.
    case(
        "X1137-046",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. He is sitting on a "
            "chair."
        ),
        Q.color("navy blue"),
        color_of("pants", "dark blue", kind="open"),
        color_of("shirt", "pure color patterns", "non_answer", kind="open"),
        describe("pants", "grey joggers with elastic cuffs and side pockets", "other_garment_color"),
        details("pants", "The pants have a zip fly and belt loops", "unsupported"),
        wearing("he is wearing a grey t-shirt and navy blue joggers and white sneakers", who="he"),
        Q.garment_type("track pants"),
        title="Jockey Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
]
