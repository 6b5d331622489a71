"""BLIND_1399 (45 products; Myntra women's activewear, epoch-2 captions + reference engine): written blind in the sixty-
fourth session. Measured blind at 7897fa2 (the session's third rules): 57/61 failures found (93.4%) and 11/234
correct texts flagged (4.7%). The writer's notes, verbatim:

Scenario: a Myntra women's activewear and sportswear feed (sports bras, tights, track jackets, track pants, tees,
shorts, a hoodie, a tracksuit). Catalog columns as the feed has them: title, category (Myntra article type: Bra,
Tights, Tshirts, Jackets, Track Pants, Shorts, Sweatshirts, Tops, Joggers, Capris, Tracksuits), color (base colour),
gender; a few rows lack one column. Photos are the usual studio shots on a light grey backdrop: a model wearing the
product with other activewear (a bra over black tights, a tee over shorts, an open jacket over a crop top), some back
and side views, three flat lays with no person.
Who wrote what: captions by the epoch-2 caption adapter (LoRA q_proj/k_proj on blip2-opt-2.7b, trained on the
DeepFashion-MultiModal templates with the experiments' unmasked labels), greedy, 50 new tokens, cut at the newline
when it emits one; so captions speak the template ("tank top", "pure color patterns", "cotton fabric", no hues) and
most of them run to the limit, mid-sentence, or loop back into the template. Closed questions (garment type, color,
pattern, sleeve length, the yes/no "Is this a ...?") by the reference engine, ranking its candidate answers; the
open material and "What is the person wearing?" questions by the same engine's free generation on the untuned base
model (30 new tokens).
Labeling conventions and judgement calls: one label per text, the most salient one; hit_limit=True on every caption
that ran to 50 tokens and on open answers that ran to 30. A caption cut mid-sentence is `cut` even when it also
holds a template default; a caption that repeats a template sentence is `loop`. The template has no sports bra
class: "tank top with no sleeves" for a sports bra is accepted in captions, but the closed garment type "tank top"
for a longline bra titled Sports Bra is a contradiction. "leggings" for tights is accepted. The template's invented
"lady" on a flat lay is accepted; invented pants or a wrist accessory on a flat lay is `unsupported`. "cotton"
(caption or material answer) is `unsupported` where the title names a synthetic wicking fabric (Dri-FIT, Rapid-Dry),
accepted elsewhere. Near hues are accepted (teal/blue, lavender or mauve/purple, coral or rust/orange,
charcoal/grey, peach/pink, navy/blue); navy read as black, olive as brown and fluorescent green as yellow are
contradictions. A closed color that is the other visible garment's color is `other_garment_color`. Pink for a black
& pink colourblocked bra is accepted (it is on the garment). "jacket" for a tracksuit photo is accepted (the jacket
is the dominant piece). The engine answering a yes/no about the visible inner tank on a tights product is a
contradiction. Sleeve stripes on a track jacket: "striped" and the caption's "pure color" both accepted.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_1399 = [
    # photo: model front, black tights, white crop tee, white sneakers. caption: epoch-2 adapter (cut at 50);
    # the rest: reference engine
    case(
        "X1399-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The leggings this lady wears is of long length. The leggings are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        garment_type("leggings"),
        color("black"),
        pattern("solid"),
        material("polyester"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Training Tights",
        category="Tights",
        color="Black",
    ),
    # photo: model, pink sports bra, black full-length tights, hand on hip. caption: epoch-2 adapter (stopped on
    # newline); closed + material: reference engine. color answer is the tights' black
    case(
        "X1399-002",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "leggings this lady wears is of long length. The leggings are with pure color patterns."
        ),
        garment_type("sports bra"),
        color("black", "other_garment_color"),
        pattern("solid"),
        sleeve_length("sleeveless"),
        material("polyester"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Pink Solid Medium-Impact Sports Bra",
        category="Bra",
        color="Pink",
    ),
    # photo: model, navy blue padded sports bra, grey melange joggers. caption: epoch-2 adapter (cut); closed:
    # reference engine, dark navy ranked as black
    case(
        "X1399-003",
        caption(
            "The lady is wearing a tank tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        garment_type("sports bra"),
        color("black", "contradiction"),
        pattern("solid"),
        sleeve_length("sleeveless"),
        material("nylon"),
        gender="Women",
        title="Enamor Women Navy Blue Solid Non-Wired Lightly Padded Sports Bra",
        category="Bra",
        color="Navy Blue",
    ),
    # photo: model, navy track jacket half zipped with three white stripes on the sleeves, white tee under, navy
    # track pants. caption: epoch-2 adapter (cut); rest: reference engine
    case(
        "X1399-004",
        caption(
            "This woman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. This woman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        garment_type("jacket"),
        color("navy"),
        pattern("striped"),
        sleeve_length("long-sleeve"),
        material("polyester"),
        is_a("jacket", "yes"),
        wearing("a blue jacket and blue pants"),
        gender="Women",
        title="ADIDAS Women Navy Blue 3-Stripes Essentials Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: model, black slim training tee, grey running shorts. caption: epoch-2 adapter (complete, but cotton for
    # a Dri-FIT tee); rest: reference engine
    case(
        "X1399-005",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. This woman wears a three-point shorts.",
            "unsupported",
        ),
        garment_type("t-shirt"),
        color("black"),
        pattern("solid"),
        sleeve_length("short-sleeve"),
        material("polyester"),
        gender="Women",
        title="Nike Women Black Dri-FIT One Slim-Fit Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: model side view, teal tights with an abstract print, black sports bra. caption: epoch-2 adapter (loops
    # on the leggings sentence); closed: reference engine, color is the bra's black
    case(
        "X1399-006",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The leggings are of "
            "long length. The leggings are with cotton fabric and graphic patterns. The leggings are with cotton "
            "fabric and graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        garment_type("leggings"),
        color("black", "other_garment_color"),
        pattern("printed"),
        material("polyester and spandex"),
        is_a("pair of leggings", "yes"),
        gender="Women",
        title="Zelocity by Zivame Women Teal Printed Tights",
        category="Tights",
        color="Teal",
    ),
    # photo: model, grey melange round-neck tee, black shorts. caption: epoch-2 adapter (complete); rest: engine
    case(
        "X1399-007",
        caption(
            "This lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts this lady wears is of short length."
        ),
        garment_type("t-shirt"),
        color("grey"),
        pattern("solid"),
        sleeve_length("short-sleeve"),
        material("cotton"),
        wearing("a grey t-shirt and black shorts"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Grey Melange Solid Round-Neck Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: model back view, black high-rise tights, white racerback tank. caption: epoch-2 adapter (cut); closed:
    # reference engine, which says yes to the tank it sees
    case(
        "X1399-008",
        caption(
            "The tank top this lady wears has no sleeves and it is with cotton fabric and pure color patterns. The "
            "neckline of the tank top is round. The lady wears a long leggings. The leggings are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        garment_type("leggings"),
        color("black"),
        pattern("solid"),
        material("polyester"),
        is_a("tank top", "yes", "contradiction"),
        gender="Women",
        title="Reebok Women Black Lux Bold High-Rise Tights",
        category="Tights",
        color="Black",
    ),
    # photo: model, black sports bra with a pink racerback panel and pink underband, black tights. caption: epoch-2
    # adapter (cut); closed: engine (pink accepted, it is on the bra); wearing: engine, tights made pink
    case(
        "X1399-009",
        caption(
            "Her tank top has no sleeves, cotton fabric and color block patterns. It has a round neckline. The "
            "leggings this lady wears is of long length. The leggings are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        garment_type("sports bra"),
        color("pink"),
        pattern("color block"),
        sleeve_length("sleeveless"),
        material("polyester"),
        wearing("a pink sports bra and pink leggings", "contradiction"),
        gender="Women",
        title="Puma Women Black & Pink Colourblocked Sports Bra",
        category="Bra",
        color="Black",
    ),
    # photo: model, white tee with a large black logo print, black tights. caption: epoch-2 adapter (complete);
    # closed: engine, color ranked black (the print and the tights)
    case(
        "X1399-010",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns. Its neckline is round. The leggings this "
            "woman wears is of long length. The leggings are with solid color patterns."
        ),
        garment_type("t-shirt"),
        color("black", "other_garment_color"),
        pattern("graphic"),
        sleeve_length("short-sleeve"),
        material("polyester"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="ADIDAS Women White & Black Printed AEROREADY Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: model, lavender seamless longline sports bra with matching lavender tights (co-ord shoot). caption:
    # epoch-2 adapter (cut); closed: engine, garment type tank top for the longline bra
    case(
        "X1399-011",
        caption(
            "The lady wears a tank top with no sleeves, knitted fabric and pure color patterns. It has a round "
            "neckline. The leggings this lady wears is of long length. The leggings are with knitted fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        garment_type("tank top", "contradiction"),
        color("purple"),
        pattern("solid"),
        sleeve_length("sleeveless"),
        material("nylon"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Kica Women Lavender Solid Seamless Longline Sports Bra",
        category="Bra",
        color="Lavender",
    ),
    # photo: flat lay on white, pink padded sports bra with a small white swoosh, no person. caption: epoch-2
    # adapter (complete, invents long pants); rest: engine
    case(
        "X1399-012",
        caption(
            "Her tank top has no sleeves, cotton fabric and graphic patterns. It has a suspenders neckline. The pants "
            "this lady wears is of long length. The pants are with pure color patterns.",
            "unsupported",
        ),
        garment_type("sports bra"),
        color("pink"),
        pattern("solid"),
        sleeve_length("sleeveless"),
        material("polyester"),
        gender="Women",
        title="Nike Women Pink Dri-FIT Swoosh Medium-Support Padded Sports Bra",
        category="Bra",
        color="Pink",
    ),
    # photo: model, olive hooded track jacket worn open over a black crop top, black joggers. caption: epoch-2
    # adapter (loops); closed: engine, color is the crop top's black; wearing: engine
    case(
        "X1399-013",
        caption(
            "This woman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "This woman wears a long pants. The pants are with cotton fabric. The pants are with cotton fabric. The "
            "pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        garment_type("jacket"),
        color("black", "other_garment_color"),
        pattern("solid"),
        sleeve_length("long-sleeve"),
        material("polyester"),
        wearing("a green jacket and black pants"),
        gender="Women",
        title="Campus Sutra Women Olive Green Solid Hooded Track Jacket",
        category="Jackets",
        color="Olive",
    ),
    # photo: model, coral running shorts with a split hem, white tank. caption: epoch-2 adapter (complete); closed:
    # engine; material: engine says cotton for Rapid-Dry shorts
    case(
        "X1399-014",
        caption(
            "The tank top this lady wears has no sleeves and it is with pure color patterns. The neckline of the tank "
            "top is round. The shorts this lady wears is of short length."
        ),
        garment_type("shorts"),
        color("orange"),
        pattern("solid"),
        material("cotton", "unsupported"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Coral Solid Rapid-Dry Running Shorts",
        category="Shorts",
        color="Coral",
    ),
    # photo: model, black slim track pants with thin white side piping, grey melange tee. caption: epoch-2 adapter
    # (cut); closed: engine, color is the tee's grey
    case(
        "X1399-015",
        caption(
            "This lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        garment_type("track pants"),
        color("grey", "other_garment_color"),
        pattern("solid"),
        material("cotton"),
        is_a("pair of track pants", "yes"),
        gender="Women",
        title="Jockey Women Black Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: model back view, teal-blue tights with a printed side panel, black tank. feed row has no color.
    # caption: epoch-2 adapter (cut); closed: engine, pattern solid for the printed tights
    case(
        "X1399-016",
        caption(
            "The person is wearing a tank tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The person wears a long leggings. The leggings are with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        garment_type("leggings"),
        color("blue"),
        pattern("solid", "contradiction"),
        material("polyester"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Puma Women Teal Blue Printed Training Tights",
        category="Tights",
    ),
    # photo: model, fluorescent green slim running tee, black shorts. caption: epoch-2 adapter (complete); closed:
    # engine, neon green ranked yellow
    case(
        "X1399-017",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. Its neckline is round. The shorts "
            "this woman wears is of short length. The shorts are with pure color patterns."
        ),
        garment_type("t-shirt"),
        color("yellow", "contradiction"),
        pattern("solid"),
        sleeve_length("short-sleeve"),
        material("polyester"),
        gender="Women",
        title="Alcis Women Fluorescent Green Solid Slim Fit Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # photo: model, grey mid-rise capri tights, white tee with a small chest logo. caption: epoch-2 adapter (cut);
    # closed: engine, color is the tee's white; material: engine runs into the next prompt
    case(
        "X1399-018",
        caption(
            "This lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this lady wears is of three-quarter length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        garment_type("leggings"),
        color("white", "other_garment_color"),
        pattern("solid"),
        material(
            "polyester and spandex Question: What is the color of the garment? Answer: white Question: What is the",
            "leak",
        ),
        is_a("pair of capris", "yes"),
        gender="Women",
        title="Under Armour Women Grey HeatGear Mid-Rise Capris",
        category="Capris",
        color="Grey",
    ),
    # photo: model, navy full-zip fleece hoodie zipped up, grey joggers. caption: epoch-2 adapter (complete; the
    # template's "sweater"); rest: engine
    case(
        "X1399-019",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants this woman wears is of long length. The pants are with pure color patterns."
        ),
        garment_type("hoodie"),
        color("navy"),
        pattern("solid"),
        sleeve_length("long-sleeve"),
        material("fleece"),
        is_a("sweatshirt", "yes"),
        wearing("a blue hoodie and grey pants"),
        gender="Women",
        title="Nike Women Navy Blue Sportswear Essential Full-Zip Fleece Hoodie",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # photo: model, peach padded sports bra with a V neckline, beige tights, black smartwatch. caption: epoch-2
    # adapter (complete, the watch is real); closed: engine (pink for peach accepted)
    case(
        "X1399-020",
        caption(
            "The lady wears a tank top with no sleeves and pure color patterns. It has a V-shape neckline. The "
            "leggings this lady wears is of long length. There is an accessory on her wrist."
        ),
        garment_type("sports bra"),
        color("pink"),
        pattern("solid"),
        sleeve_length("sleeveless"),
        material("polyester and spandex"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Clovia Women Peach Solid Padded Non-Wired Sports Bra",
        category="Bra",
        color="Peach",
    ),
    # photo: model, black track jacket with grey side and shoulder panels, zipped, black tights. caption: epoch-2
    # adapter (cut); rest: engine
    case(
        "X1399-021",
        caption(
            "This woman is wearing a long-sleeve jacket with color block patterns. The jacket is with cotton fabric "
            "and it has a stand neckline. The leggings this woman wears is of long length. The leggings are with "
            "cotton fabric",
            "cut",
            hit_limit=True,
        ),
        garment_type("jacket"),
        color("black"),
        pattern("color block"),
        sleeve_length("long-sleeve"),
        material("polyester"),
        wearing("a black and grey jacket and black leggings"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black & Grey Colourblocked Rapid-Dry Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: model, black 7/8 tights with three white side stripes, black sports bra. caption: epoch-2 adapter
    # (complete); closed: engine, garment type is the bra
    case(
        "X1399-022",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "leggings this lady wears is of three-quarter length. The leggings are with striped patterns."
        ),
        garment_type("sports bra", "contradiction"),
        color("black"),
        pattern("striped"),
        material("polyester"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="ADIDAS Women Black 3-Stripes 7/8 Training Tights",
        category="Tights",
        color="Black",
    ),
    # photo: model with a short crop, low angle, navy round-neck tee, white track pants. caption: epoch-2 adapter
    # (complete, calls her a gentleman); rest: engine
    case(
        "X1399-023",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The trousers this gentleman wears is of long length.",
            "pronoun",
        ),
        garment_type("t-shirt"),
        color("blue"),
        pattern("solid"),
        sleeve_length("short-sleeve"),
        material("cotton"),
        wearing("a blue shirt and white pants"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Round Neck Sports T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: model back view showing the racerback, black sports bra, black tights. caption: epoch-2 adapter (loops
    # on the neckline); rest: engine
    case(
        "X1399-024",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a suspenders "
            "neckline. It has a suspenders neckline. It has a suspenders neckline. It has a suspenders neckline. It "
            "has a",
            "loop",
            hit_limit=True,
        ),
        garment_type("sports bra"),
        color("black"),
        pattern("solid"),
        sleeve_length("sleeveless"),
        material("nylon"),
        is_a("tank top", "no"),
        gender="Women",
        title="Zelocity by Zivame Women Black Solid High-Impact Racerback Sports Bra",
        category="Bra",
        color="Black",
    ),
    # photo: model, olive cuffed joggers, white crop tee, sneakers. caption: epoch-2 adapter (cut); closed: engine,
    # olive ranked brown
    case(
        "X1399-025",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The trousers this woman wears is of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        garment_type("joggers"),
        color("brown", "contradiction"),
        pattern("solid"),
        material("cotton"),
        is_a("pair of joggers", "yes"),
        gender="Women",
        title="Roadster Women Olive Green Solid Joggers",
        category="Joggers",
        color="Olive",
    ),
    # photo: model, white racer tank, black running shorts. caption: epoch-2 adapter (complete); closed: engine;
    # material: engine says cotton for Dri-FIT
    case(
        "X1399-026",
        caption(
            "The tank top this lady wears has no sleeves and it is with pure color patterns. The neckline of the tank "
            "top is round. The shorts this lady wears is of short length."
        ),
        garment_type("tank top"),
        color("white"),
        pattern("solid"),
        sleeve_length("sleeveless"),
        material("cotton", "unsupported"),
        is_a("t-shirt", "no"),
        gender="Women",
        title="Nike Women White Dri-FIT Race Running Tank Top",
        category="Tops",
        color="White",
    ),
    # photo: model, red track jacket with thin white tape on the sleeves, black track pants. feed row has no gender.
    # caption: epoch-2 adapter (cut); closed: engine; material: engine restates the question
    case(
        "X1399-027",
        caption(
            "This woman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a stand neckline. This woman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        garment_type("jacket"),
        color("red"),
        pattern("solid"),
        sleeve_length("long-sleeve"),
        material("the garment is made of the same material as the garment", "restated"),
        is_a("jacket", "yes"),
        title="Kappa Women Red Solid Track Jacket",
        category="Jackets",
        color="Red",
    ),
    # photo: model, black leggings with a white geometric lattice print, plain black tee. caption: epoch-2 adapter
    # (cut); closed: engine, pattern solid (the tee's)
    case(
        "X1399-028",
        caption(
            "This lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The leggings this lady wears is of long length. The leggings are with cotton "
            "fabric and lattice",
            "cut",
            hit_limit=True,
        ),
        garment_type("leggings"),
        color("black"),
        pattern("solid", "contradiction"),
        material("cotton"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Enamor Women Black & White Printed Full-Length Athleisure Tights",
        category="Tights",
        color="Black",
    ),
    # photo: model, grey melange crewneck sweatshirt, black tights. caption: epoch-2 adapter (complete); closed:
    # engine; material: engine runs on into the questionnaire
    case(
        "X1399-029",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "its neckline is round. The leggings this woman wears is of long length."
        ),
        garment_type("sweatshirt"),
        color("grey"),
        pattern("solid"),
        sleeve_length("long-sleeve"),
        material(
            "cotton Question: What is the color of the garment? Answer: grey Question: What is the pattern of the "
            "garment? Answer",
            "leak",
        ),
        wearing("a grey sweatshirt and black leggings"),
        gender="Women",
        title="Puma Women Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # photo: model, mauve slim training tee, black tights. caption: epoch-2 adapter (cut); rest: engine (purple
    # for mauve accepted)
    case(
        "X1399-030",
        caption(
            "This lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The leggings this lady wears is of long length. The leggings are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        garment_type("t-shirt"),
        color("purple"),
        pattern("solid"),
        sleeve_length("short-sleeve"),
        material("polyester"),
        is_a("sports bra", "no"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Mauve Solid Rapid-Dry Slim Fit Training T-shirt",
        category="Tshirts",
        color="Mauve",
    ),
    # photo: flat lay, black high-rise tights laid flat, waistband folded over, no person. caption: epoch-2 adapter
    # (complete, invents a wrist accessory); rest: engine
    case(
        "X1399-031",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        garment_type("leggings"),
        color("black"),
        pattern("solid"),
        material("polyester and spandex"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Nike Women Black Pro 365 High-Rise Tights",
        category="Tights",
        color="Black",
    ),
    # photo: model, maroon racer sports bra, black bike shorts, no logo on the shorts. caption: epoch-2 adapter (cut);
    # closed: engine; wearing: engine invents a Nike logo
    case(
        "X1399-032",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The shorts "
            "this lady wears is of three-point length. The shorts are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        garment_type("sports bra"),
        color("maroon"),
        pattern("solid"),
        sleeve_length("sleeveless"),
        material("polyester"),
        wearing("a red sports bra and black shorts with a white nike logo", "unsupported"),
        gender="Women",
        title="Reebok Women Maroon Solid Lux Racer Padded Sports Bra",
        category="Bra",
        color="Maroon",
    ),
    # photo: model mid-stride, blue running tee, black tights. caption: epoch-2 adapter (loops); rest: engine
    case(
        "X1399-033",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The T-shirt is with cotton fabric and its neckline is round. The T-shirt is "
            "with",
            "loop",
            hit_limit=True,
        ),
        garment_type("t-shirt"),
        color("blue"),
        pattern("solid"),
        sleeve_length("short-sleeve"),
        material("polyester"),
        wearing("a blue shirt and black pants"),
        gender="Women",
        title="ASICS Women Blue Core Short Sleeve Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: model, black cycling shorts (mid-thigh), white sports bra. caption: epoch-2 adapter (complete); closed:
    # engine, garment type leggings for the bike shorts
    case(
        "X1399-034",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "shorts this lady wears is of medium short length."
        ),
        garment_type("leggings", "contradiction"),
        color("black"),
        pattern("solid"),
        material("nylon and spandex"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Boldfit Women Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # photo: model in the full set: black zip jacket with white piping, matching black track pants. caption: epoch-2
    # adapter (cut); closed: engine ("jacket" for the set accepted); wearing: engine loops on shoes and socks
    case(
        "X1399-035",
        caption(
            "This woman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a stand neckline. This woman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        garment_type("jacket"),
        color("black"),
        pattern("solid"),
        sleeve_length("long-sleeve"),
        material("polyester"),
        wearing(
            "a black jacket and black pants and black shoes and black socks and black shoes and black socks and black "
            "shoes and black",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Puma Women Black & White Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # photo: model, rust ribbed seamless crop top with short sleeves, black high-waist tights. caption: epoch-2
    # adapter (complete, reads the ribbing as stripes); rest: engine (orange for rust accepted)
    case(
        "X1399-036",
        caption(
            "This woman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with knitted fabric and its "
            "neckline is round. The leggings this woman wears is of long length.",
            "contradiction",
        ),
        garment_type("top"),
        color("orange"),
        pattern("solid"),
        sleeve_length("short-sleeve"),
        material("nylon"),
        gender="Women",
        title="Kica Women Rust Solid Ribbed Seamless Crop Top",
        category="Tops",
        color="Rust",
    ),
    # photo: model, white cropped tee with a black Puma logo print, grey joggers. caption: epoch-2 adapter (cut);
    # rest: engine
    case(
        "X1399-037",
        caption(
            "This lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        garment_type("t-shirt"),
        color("white"),
        pattern("graphic"),
        sleeve_length("short-sleeve"),
        material("cotton"),
        is_a("crop top", "yes"),
        gender="Women",
        title="Puma Women White Brand Logo Printed Cropped T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: model, navy running tights with a small reflective logo, white tee, long hair. caption: epoch-2 adapter
    # (cut); closed: engine; wearing: engine says he
    case(
        "X1399-038",
        caption(
            "This lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The leggings this lady wears is of long length. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        garment_type("leggings"),
        color("navy"),
        pattern("solid"),
        material("polyester"),
        wearing("he is wearing a white t-shirt and blue leggings", "pronoun"),
        gender="Women",
        title="Nike Women Navy Blue Dri-FIT Fast Mid-Rise Running Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # photo: model back view, charcoal slim track pants, white tee. feed row has no category. caption: epoch-2
    # adapter (complete, the other template); closed: engine; material: engine names the garment, not a material
    case(
        "X1399-039",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is cotton and it has pure color patterns."
        ),
        garment_type("track pants"),
        color("grey"),
        pattern("solid"),
        material("track pants", "non_answer"),
        is_a("pair of jeans", "no"),
        gender="Women",
        title="Alcis Women Charcoal Grey Solid Slim Fit Track Pants",
        color="Charcoal",
    ),
    # photo: model, lavender pullover hoodie with white drawcords, white joggers. caption: epoch-2 adapter (cut);
    # closed: engine; wearing: engine runs to 30 tokens
    case(
        "X1399-040",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants this woman wears is of long length. The pants are with cotton fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        garment_type("hoodie"),
        color("purple"),
        pattern("solid"),
        sleeve_length("long-sleeve"),
        material("cotton"),
        wearing(
            "a purple hoodie with a white drawstring and white pants with a white stripe down the side of the leg and "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="HRX by Hrithik Roshan Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # photo: model, pink running shorts, black racer tank. caption: epoch-2 adapter (complete); closed: engine,
    # color is the tank's black
    case(
        "X1399-041",
        caption(
            "The tank top this lady wears has no sleeves and it is with pure color patterns. The shorts this lady "
            "wears is of short length. The shorts are with pure color patterns."
        ),
        garment_type("shorts"),
        color("black", "other_garment_color"),
        pattern("solid"),
        material("polyester"),
        is_a("skirt", "no"),
        gender="Women",
        title="ADIDAS Women Pink Own The Run Running Shorts",
        category="Shorts",
        color="Pink",
    ),
    # photo: model, blue and grey camouflage ankle-length tights, white sports bra. caption: epoch-2 adapter (cut);
    # closed: engine, camo ranked floral
    case(
        "X1399-042",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "leggings this lady wears is of long length. The leggings are with cotton fabric and complicated patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        garment_type("leggings"),
        color("blue"),
        pattern("floral", "contradiction"),
        material("polyester and spandex"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Clovia Women Blue & Grey Camouflage Printed Ankle-Length Tights",
        category="Tights",
        color="Blue",
    ),
    # photo: model, blue long-sleeve running tee with thumbholes, black tights. caption: epoch-2 adapter (cut);
    # closed: engine, sleeve short
    case(
        "X1399-043",
        caption(
            "This woman is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The leggings this woman wears is of long length. The leggings are with cotton "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        garment_type("t-shirt"),
        color("blue"),
        pattern("solid"),
        sleeve_length("short-sleeve", "contradiction"),
        material("polyester"),
        is_a("sweatshirt", "no"),
        gender="Women",
        title="Reebok Women Blue Solid Running Long Sleeve T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: flat lay, black slim tee with a small white chest print, no person. feed row has no gender. caption:
    # epoch-2 adapter (complete); closed: engine; material: engine says nothing
    case(
        "X1399-044",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round."
        ),
        garment_type("t-shirt"),
        color("black"),
        pattern("graphic"),
        sleeve_length("short-sleeve"),
        material("it is made of fabric", "non_answer"),
        title="Alcis Women Black Printed Slim Fit Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: model, black track pants with three white side stripes, black tee. caption: epoch-2 adapter (loops);
    # rest: engine
    case(
        "X1399-045",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. This woman wears a long pants. This woman wears a long pants. This woman wears "
            "a long pants. This",
            "loop",
            hit_limit=True,
        ),
        garment_type("track pants"),
        color("black"),
        pattern("striped"),
        material("polyester"),
        is_a("pair of leggings", "no"),
        wearing("a black shirt and black pants"),
        gender="Women",
        title="ADIDAS Women Black Tiro 21 Track Pants",
        category="Track Pants",
        color="Black",
    ),
]
