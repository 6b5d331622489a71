"""BLIND_1375 (45 products; Myntra women's activewear): written blind in the sixty-fourth session. Measured blind at
d381b30 (the session's first rules): 41/52 failures found (78.8%) and 10/213 correct texts flagged (4.7%). The
writer's notes, verbatim:

Scenario: a Myntra women's activewear and sportswear feed (sports bras, tights and leggings, track jackets, track
pants, tees, a few tanks, shorts, sweatshirts and one skort). Most photos are the catalog's usual model shots on a
plain white or light grey backdrop, the product worn with other clothes (a bra with tights, a tee with tights, a
jacket over a tee); a few are flat lays, back views, a ghost mannequin, and two have a prop (a rolled yoga mat, a
water bottle). Catalog columns are Myntra's: title, category (article type), color (base colour), gender; one
column is missing now and then, as in the real feed.
Who wrote what: every caption is the epoch-2 caption adapter (LoRA on BLIP-2 OPT-2.7b, trained on the
DeepFashion-MultiModal template captions), greedy, 50 new tokens. It writes the template: "The lady wears a ... with
pure color patterns. The ... is with cotton fabric. It has a round neckline." and never names a hue. Short outfits
end on their own; a full outfit of four or five sentences runs past 50 tokens and is cut, and twice it loops on one
sentence. Every other text is a closed answer from the reference engine (untuned BLIP-2 ranking a candidate list):
garment type, color, pattern, sleeve length, a "length of the garment" question for bottoms, the yes/no "Is this a
...?" question and, for some outfits, the color of a named garment. The color question keeps the raw generation when
it does not map to a candidate, so four color answers are raw text ("white and black", "blue and black", one empty,
one that ran on into the next question).
Labeling conventions and judgement calls:
- The adapter has no word for a sports bra and calls it a "tank top". I mark that contradiction every time, even
  when the bra is the other garment in the photo (a leggings product), since the text names a garment that is not
  there. A real tank top called a tank top is fine.
- "trousers", "pants", "leggings" for tights, joggers or track pants are accepted (the template's lower-garment
  words); "long trousers" for cycling shorts, or "long-sleeve jacket" for a sleeveless gilet, is a contradiction.
- "cotton fabric" is the adapter's default and I leave it unmarked even on synthetic activewear (the photo cannot
  show fibre). A fabric the photo rules out (leather for a nylon shell, chiffon for a mesh panel) is unsupported.
- An invented accessory (wrist accessory, hat) and "the lady wears" on a flat lay with no person are unsupported.
- "The gentleman" / "his" / "this man" for a woman is pronoun, also where the gender column is missing.
- A caption cut by the limit is cut (hit_limit), whatever else is wrong in it; a sentence repeated to the limit is
  loop (hit_limit).
- Colors: a shade in the same family is accepted (teal as green, lavender or mauve as purple or pink, peach as pink,
  maroon or burgundy as red or maroon, charcoal as grey, olive as green, navy as blue, off white as white). Another
  garment's or the prop's color is other_garment_color (the prop: contradiction, it is no garment); a clearly
  other hue (neon green as yellow, navy as black, pink shell as red) is contradiction.
- A correct color of a named other garment ("What is the color of the t-shirt?" answered white on a track pants
  product) is correct. For a two-color product, naming one of its two colors is accepted even when the seller's
  base colour is the other one.
- The sleeve question asked of a bottom or of a sleeveless product and answered with the worn top's sleeves is a
  contradiction; "sleeveless" for a flat-lay of tights is left unmarked (it has none).
- A layered shot where the caption describes only the open jacket and not the bra underneath is left unmarked: the
  caption is true of the photo.
- Yes to "Is this a ...?" for the wrong garment (zip-front bra as a jacket, crew sweatshirt as a hoodie, flared yoga
  pants as leggings) is contradiction; "tights" answered "leggings" is accepted.
- Tape stripes on a track jacket's sleeves make "striped" acceptable; small logos leave "solid" acceptable.
The closed engine is steadier than the adapter, so the failure rate here is lower than four in ten overall: most of
the wrong texts are captions, the closed ones are mostly colors taken from the other garment in layered shots.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a, question

length = question("length", "What is the length of the garment?", "closed")

BLIND_1375 = [
    # Photo: model front, black racerback sports bra, charcoal leggings, white backdrop.
    # Caption: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1375-001",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Black Solid dryCELL Training Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model three-quarter front, navy tights with a small reflective logo at the ankle, white cropped tee.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (color taken from the white tee).
    case(
        "X1375-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tights"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of tights", "yes"),
        color_of("tights", "navy blue"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Rapid-Dry Running Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # Photo: model front, grey melange track jacket zipped to the collar, black joggers, white sneakers.
    # Caption: epoch-2 caption adapter; closed answers: reference engine. All correct.
    case(
        "X1375-003",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Track Jacket",
        category="Jackets",
        color="Grey Melange",
    ),
    # Photo: model front holding a clear water bottle, teal slim tee, black leggings; no watch, no bracelet.
    # Caption: epoch-2 caption adapter, cut at 50 tokens; closed answers: reference engine.
    case(
        "X1375-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("tank top", "no"),
        gender="Women",
        title="Kalenji By Decathlon Women Teal Solid Running T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: model front, pink sports bra with a purple abstract brush-stroke print, black tights.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (pattern says floral, it is abstract).
    case(
        "X1375-005",
        caption(
            "Her tank top has no sleeves, cotton fabric and graphic patterns. The neckline of it is suspenders. The "
            "pants the lady wears is of long length. The pants are with cotton fabric and solid color patterns.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="ADIDAS Women Pink & Purple Printed Training Sports Bra",
        category="Sports Bra",
        color="Pink",
    ),
    # Photo: flat lay, black tights laid out on a light grey surface, no person.
    # Caption: epoch-2 caption adapter (invents a wearer); closed answers: reference engine.
    case(
        "X1375-006",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("pair of tights", "yes"),
        title="Nike Women Black Dri-FIT One Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: woman cropped at the chin, black track pants with a small white Puma cat logo, white tee.
    # Caption: epoch-2 caption adapter (man's template); closed answers: reference engine.
    case(
        "X1375-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric.",
            "pronoun",
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        color_of("t-shirt", "white"),
        gender="Women",
        title="Puma Women Black Solid Essential Logo Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model front, white tee with a large black Reebok logo print across the chest, navy tights.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (color raw, unmapped, correct).
    case(
        "X1375-008",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this woman wears is of long length."
        ),
        Q.garment_type("t-shirt"),
        Q.color("white and black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Reebok Women White Printed Round Neck Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model front in a matching olive set, the cycling shorts (product) mid-thigh, olive sports bra.
    # Caption: epoch-2 caption adapter (calls the shorts long trousers, the bra a tank top); closed: reference engine.
    case(
        "X1375-009",
        caption(
            "The lady wears a tank top with pure color patterns and a long trousers. The tank top is with cotton "
            "fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("shorts"),
        Q.color("green"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        length("thigh length"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Olive Solid Rapid-Dry Cycling Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: back view, coral racerback sports bra showing the crossed straps, black leggings.
    # Caption: epoch-2 caption adapter, loops to the limit; closed answers: reference engine (type: tank top).
    case(
        "X1375-010",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The tank top is "
            "with cotton fabric. The tank top is with cotton fabric. The tank top is with cotton fabric. The tank",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Coral Non-Wired Non-Padded Racerback Sports Bra",
        category="Sports Bra",
        color="Coral",
    ),
    # Photo: model front, navy track jacket with white panels on the sleeves worn open over a white tee, black tights.
    # Caption: epoch-2 caption adapter (sweater for a zip jacket); closed answers: reference engine (white: the tee).
    case(
        "X1375-011",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It "
            "has a stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="ADIDAS Women Navy Blue & White Colourblocked Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: model front, lavender crew-neck sweatshirt (no hood), black joggers.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (yes to hoodie).
    case(
        "X1375-012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("sweatshirt"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "yes", "contradiction"),
        gender="Women",
        title="Puma Women Lavender Solid Crew Neck Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # Photo: model front, black tights with sheer mesh panels at the calves, hot pink tank top; bare wrists.
    # Caption: epoch-2 caption adapter, cut; closed answers: reference engine (pink: the tank top).
    case(
        "X1375-013",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of tights", "yes"),
        color_of("tank top", "pink"),
        gender="Women",
        title="Nike Women Black Solid Mesh Panel Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model front in a purple sports bra and purple leggings, a rolled blue yoga mat under one arm.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (color: the mat).
    case(
        "X1375-014",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a V-shape "
            "neckline. The leggings this lady wears is of long length.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("blue", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Kimjaly By Decathlon Women Purple Solid Yoga Sports Bra",
        category="Sports Bra",
        color="Purple",
    ),
    # Photo: model front, charcoal joggers with ribbed cuffs, white short-sleeve tee.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (sleeves of the tee for joggers).
    case(
        "X1375-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("pair of jeans", "no"),
        gender="Women",
        title="Jockey Women Charcoal Grey Solid Slim Fit Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: model front, neon lime-green racerback tank, black running shorts.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (neon green read as yellow).
    case(
        "X1375-016",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("tank top"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "no"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Fluorescent Green Racerback Training Tank Top",
        category="Tops",
        color="Fluorescent Green",
    ),
    # Photo: model front, maroon high-support sports bra with a front zip, black tights, a black smartwatch.
    # Caption: epoch-2 caption adapter, cut; closed answers: reference engine (yes to jacket for the zip front).
    case(
        "X1375-017",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a V-shape "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("jacket", "yes", "contradiction"),
        gender="Women",
        title="Zelocity by Zivame Women Maroon Zip-Front High Support Sports Bra",
        category="Sports Bra",
        color="Maroon",
    ),
    # Photo: model front, olive and khaki camouflage printed tights, plain black short-sleeve crop tee.
    # Caption: epoch-2 caption adapter (calls the camo tights pure color); closed answers: reference engine.
    case(
        "X1375-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The leggings this lady wears is of long length. The leggings are with cotton "
            "fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("leggings"),
        Q.color("green"),
        Q.pattern("camouflage"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Aesthetic Bodies Women Olive Green Camouflage Printed Tights",
        category="Tights",
        color="Olive",
    ),
    # Photo: model front, navy and white horizontal striped slim tee, white shorts.
    # Caption: epoch-2 caption adapter; closed answers: reference engine. All correct.
    case(
        "X1375-019",
        caption(
            "This woman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The shorts this woman wears is of three-point length."
        ),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Puma Women Navy Blue & White Striped Slim Fit T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model front, black hooded running jacket zipped up, hood down behind the neck, black tights.
    # Caption: epoch-2 caption adapter (a lapel neckline that is not there); closed answers: reference engine.
    case(
        "X1375-020",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Hooded Running Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model front, white sports bra with a small black Swoosh, a black track jacket worn open over it, black
    # tights. Caption: epoch-2 caption adapter (describes the jacket, true of the photo); closed answers: reference
    # engine, which answers for the jacket.
    case(
        "X1375-021",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Nike Women White Swoosh Medium-Support Sports Bra",
        category="Sports Bra",
        color="White",
    ),
    # Photo: side view, grey cropped leggings ending mid-calf, white tank top, white sneakers.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (length: ankle for a calf-length crop).
    case(
        "X1375-022",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The pants this lady wears is of three-quarter length. The pants are with cotton fabric."
        ),
        Q.garment_type("leggings"),
        Q.color("grey"),
        Q.pattern("solid"),
        length("ankle length", "contradiction"),
        is_a("pair of shorts", "no"),
        gender="Women",
        title="Domyos By Decathlon Women Grey Solid Cropped Gym Leggings",
        category="Capris",
        color="Grey",
    ),
    # Photo: flat lay, two sports bras side by side (one black, one grey), no person.
    # Caption: epoch-2 caption adapter (invents a wearer); closed answers: reference engine.
    case(
        "X1375-023",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Jockey Women Pack of 2 Solid Non-Wired Sports Bras",
        category="Sports Bra",
        color="Assorted",
    ),
    # Photo: model sitting on a white stool, peach oversized drop-shoulder tee, black cycling shorts.
    # Caption: epoch-2 caption adapter; closed answers: reference engine. All correct.
    case(
        "X1375-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts."
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Peach Solid Oversized Training T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Photo: model front, black running shorts with a white side Swoosh, grey tee; bare wrists.
    # Caption: epoch-2 caption adapter (invents a wrist accessory); closed answers: reference engine (grey: the tee).
    case(
        "X1375-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        Q.garment_type("shorts"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        title="Nike Women Black Solid Tempo Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: back view, maroon track jacket with white tape stripes down the sleeves, black tights.
    # Caption: epoch-2 caption adapter; closed answers: reference engine. All correct.
    case(
        "X1375-026",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Puma Women Maroon T7 Track Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Photo: side view, matching sea green sports bra and high-rise ankle-length leggings (product).
    # Caption: epoch-2 caption adapter, cut; closed answers: reference engine. Closed all correct.
    case(
        "X1375-027",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The leggings this lady wears is of long length. The leggings are with cotton fabric and pure "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("green"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes"),
        length("ankle length"),
        gender="Women",
        title="BlissClub Women Sea Green Solid High-Rise Ankle Length Leggings",
        category="Leggings",
        color="Sea Green",
    ),
    # Photo: back view, black tee with a sheer mesh panel across the upper back, grey tights.
    # Caption: epoch-2 caption adapter (chiffon for the mesh); closed answers: reference engine. Closed all correct.
    case(
        "X1375-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("tank top", "no"),
        gender="Women",
        title="ONLY PLAY Women Black Solid Mesh Back Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model front, black and grey leopard print padded sports bra, grey tights.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (no to sports bra).
    case(
        "X1375-029",
        caption(
            "The lady wears a tank top with other patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("animal print"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "no", "contradiction"),
        gender="Women",
        title="Clovia Women Black & Grey Animal Print Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model front, black track pants with three white side stripes, white tee.
    # Caption: epoch-2 caption adapter; closed answers: reference engine. All correct.
    case(
        "X1375-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and striped "
            "patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("striped"),
        is_a("pair of track pants", "yes"),
        color_of("track pants", "black"),
        gender="Women",
        title="ADIDAS Women Black 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in a running pose, blue long-sleeve fitted tee with thumbholes, black tights.
    # Caption: epoch-2 caption adapter, cut; closed answers: reference engine (short sleeves for long).
    case(
        "X1375-031",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("sweatshirt", "no"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Blue Solid Long Sleeve Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: torso crop of a woman (no face), navy crossback sports bra, navy tights; the navy shoots dark.
    # Caption: epoch-2 caption adapter (his / this man); closed answers: reference engine (navy read as black).
    case(
        "X1375-032",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this man wears is of long length.",
            "pronoun",
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        title="Under Armour Women Navy Blue Solid Crossback Sports Bra",
        category="Sports Bra",
        color="Navy Blue",
    ),
    # Photo: model front, hot pink lightweight nylon windproof jacket zipped up, black tights.
    # Caption: epoch-2 caption adapter (leather for the shiny shell); closed answers: reference engine (pink as red).
    case(
        "X1375-033",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a stand neckline. The lady wears a long leggings.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("red", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Kalenji By Decathlon Women Pink Windproof Running Jacket",
        category="Jackets",
        color="Pink",
    ),
    # Photo: model front, white yoga tank top with a scoop neck, black leggings.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (black: the leggings).
    case(
        "X1375-034",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tank top"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        color_of("leggings", "black"),
        gender="Women",
        title="Nike Women White Solid Dri-FIT Yoga Tank Top",
        category="Tops",
        color="White",
    ),
    # Photo: back view, burgundy high-rise tights with a waistband pocket, black cropped tee.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (black: the tee).
    case(
        "X1375-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tights"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of tights", "yes"),
        length("ankle length"),
        gender="Women",
        title="DressBerry Women Burgundy Solid High-Rise Gym Tights",
        category="Tights",
        color="Burgundy",
    ),
    # Photo: model front, off-white cropped hoodie with the hood down, black tights; no hat.
    # Caption: epoch-2 caption adapter (invents a hat); closed answers: reference engine. Closed all correct.
    case(
        "X1375-036",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears "
            "a hat.",
            "unsupported",
        ),
        Q.garment_type("sweatshirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "yes"),
        gender="Women",
        title="Puma Women Off White Solid Cropped Hooded Sweatshirt",
        category="Sweatshirts",
        color="Off White",
    ),
    # Photo: model front, black sports bra with fluorescent pink side panels, black tights.
    # Caption: epoch-2 caption adapter, loops on the neckline sentence; closed answers: reference engine.
    case(
        "X1375-037",
        caption(
            "The lady wears a tank top with color block patterns. The tank top is with cotton fabric. It has a round "
            "neckline. It has a round neckline. It has a round neckline. It has a round neckline. It has a round "
            "neckline. It",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("color block"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black & Fluorescent Pink Colourblocked Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model front, mauve slim tee with white "MOVE MORE" lettering on the chest, black joggers.
    # Caption: epoch-2 caption adapter; closed answers: reference engine. All correct.
    case(
        "X1375-038",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this woman wears is of long length. The pants are with cotton fabric and "
            "pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Alcis Women Mauve Typography Printed Slim Fit Training T-shirt",
        category="Tshirts",
        color="Mauve",
    ),
    # Photo: model standing barefoot on a yoga mat, black flared yoga pants, lilac tank top.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (yes to leggings for flared pants).
    case(
        "X1375-039",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes", "contradiction"),
        length("full length"),
        gender="Women",
        title="Domyos By Decathlon Women Black Solid Flared Yoga Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: teal seamless sports bra on a ghost mannequin torso, white backdrop.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (color: empty raw generation).
    case(
        "X1375-040",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with knitted fabric. It has a round "
            "neckline.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("", "non_answer"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Zivame Women Teal Solid Seamless Sports Bra",
        category="Sports Bra",
        color="Teal",
    ),
    # Photo: model front, blue and black abstract printed running tights, black tank top.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (color raw, unmapped, correct). All correct.
    case(
        "X1375-041",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The leggings this lady wears is of long length. The leggings are with cotton fabric and "
            "graphic patterns."
        ),
        Q.garment_type("tights"),
        Q.color("blue and black"),
        Q.pattern("printed"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Kica Women Blue & Black Printed Running Tights",
        category="Tights",
        color="Blue",
    ),
    # Photo: model front, black quilted sleeveless running gilet over a grey long-sleeve tee, black tights.
    # Caption: epoch-2 caption adapter (long-sleeve jacket); closed answers: reference engine (the tee's sleeves).
    case(
        "X1375-042",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("vest", "yes"),
        gender="Women",
        title="Kalenji By Decathlon Women Black Padded Sleeveless Running Gilet",
        category="Jackets",
        color="Black",
    ),
    # Photo: model front against a white backdrop, white crew-neck tee, navy leggings.
    # Caption: epoch-2 caption adapter; closed answers: reference engine. All correct.
    case(
        "X1375-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Van Heusen Athleisure Women White Solid Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model front, pink pleated tennis skort (inner shorts hidden), white polo tee with a collar.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (shorts for the skort).
    case(
        "X1375-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        is_a("skirt", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Pink Solid Pleated Tennis Skort",
        category="Skirts",
        color="Pink",
    ),
    # Photo: model front in a matching lavender set, medium-support sports bra (product) and leggings.
    # Caption: epoch-2 caption adapter; closed answers: reference engine (color raw, ran on into a new question).
    case(
        "X1375-045",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The leggings this lady wears is of long length.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color(
            "purple. Question: What is the color of the pants? Answer: purple. Question: What is the color of the "
            "shoes? Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Zelocity by Zivame Women Lavender Solid Medium Support Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
]
