"""BLIND_550 (46 products; Myntra women's western wear, epoch-3 caption LoRA): written blind in the fifty-first session.
Measured blind at 75f2757 (the session's second rules): 103/134 failures found (76.9%) and 3/170 correct texts flagged
(1.8%). The writer's notes, verbatim:

Scenario: a Myntra women's western-wear feed (Tops, Shirts, Tshirts, Dresses, Jumpsuit, Co-Ords, Jeans, Trousers,
Skirts, Shrug, Jackets). Catalog photos on a white studio backdrop, the model wearing the product with other clothes
(a tee under a jacket, jeans under a top, a camisole under a shrug), front or three-quarter view, mostly full length.

Who wrote what: the caption-only LoRA adapter (Data2_V2_Blip2_Finetune_Caption, epoch 3, trained without an end
token on DeepFashion-MultiModal templates) writes the caption and every open question (wearing, describe, details,
material). It only knows its template: "The lady wears a short-sleeve T-shirt with pure color patterns and a long
denim pants", "This lady also wears an outer clothing", "There is an accessory on her wrist", fabrics from denim /
cotton / chiffon / knitted / leather / furry / other, patterns from pure color / floral / stripe / lattice / graphic /
color block, and no hue names at all. It loops its own sentences, runs to the 30-token (answers) or 50-token
(caption) limit, echoes "Question: ... Answer:", calls the woman "the man" or "he" now and then, and adds
accessories, belts, pockets and buttons that are not there. The untuned base blip2-opt-2.7b answers the per-piece
color questions ("What is the color of the top / jeans / jacket?") freely and briefly; it gives one color to two
garments, or the product the color of the garment worn with it. Closed questions (garment type, color, pattern,
sleeve length, "Is this a ...?") come from enrich's reference engine: one candidate value, never cut or looped.

Labeling conventions and judgement calls:
- One label per text, the most visible failure. A template that loops and is then cut at the limit is "loop"; a
  text that is cut before it repeats anything is "cut". Both carry hit_limit=True; texts that stopped on their own
  (the adapter sometimes emits the newline the job stops on) carry hit_limit=False.
- The photo line is the ground truth. DeepFashion template words are read as the template means them: "lapel" is a
  shirt collar, "pure color" is a solid garment, "lattice" is checks, "medium short" is a knee or mini length,
  "long" covers midi and maxi, "three-quarter pants" covers culottes and rolled-up jeans, "outer clothing" is a
  jacket or shrug, "other fabric" is lace or nylon. Those are correct, not failures.
- A belt is counted correct when the photo shows a belt or a fabric tie belt; "the person wears a belt" with only
  belt loops, a bracelet, ring, hat, glasses, neckwear, socks, pockets, buttons or a collar that the photo does not
  show is "unsupported".
- Material: when the title names the material (Pure Cotton, Denim, Lace) a different fabric is "contradiction";
  when the title names none, a fabric the photo does not bear out (leather for an olive cotton shirt, denim for twill
  cargos, silk for a plain wrap top) is "unsupported". Leather for a faux-leather biker jacket and chiffon for a
  sheer georgette top are counted correct (that is what they look like).
- Cotton, the template's default fabric, is counted correct for the tees, shirts, tops, trousers, skirts, dresses
  and jumpsuits here: unless its photo line says otherwise, each shows a matte cotton-like woven or jersey fabric.
- Color: the base model's coarse names for seller shades are correct when they fall in the same group (red for
  maroon, purple for lavender, pink for peach, blue for navy or teal, white for off white, orange for rust). A color
  answer for the product that is the color of the garment worn with it is "other_garment_color"; a wrong color for
  the other garment (usually the product's own color repeated) or a color in no garment's group (brown for a rust
  jumpsuit, white for a beige co-ord top) is "contradiction". The closed "color of the garment" question works the
  same way: the jeans' blue for a white top is "other_garment_color".
- Garment kind: the template's upper-plus-lower reading of a one-piece (tank top and pants for a jumpsuit, shirt and
  skirt for a shirt dress), "shirt" for a collarless top or a lace shrug, "sweater" for a puffer jacket, "jacket" for
  a shrug, "shorts" for culottes and the reference engine's "shirt" or "trousers" against a Co-Ords or Jeans title
  are "contradiction". So are a sleeve or pattern the photo does not show (the denim jacket's long sleeves given to
  a sleeveless dress, ribbing or knife pleats read as stripes, a printed tee called solid), "yes" to "Is this a
  dress?" for a jumpsuit and "no" to "Is this a t-shirt?" for a tee.
- A bare "yes" or "no", one noun or a short noun phrase ("pants", "the fabric") to an open question is "non_answer";
  a text that gives the question back ("Describe the T-shirt.", "The top details.") or says the garment is itself
  ("The top is a top.", "the details of the jumpsuit are the jumpsuit details") is "restated".
- Any "Question:" or "Answer:" in the text is "leak", even when the rest is a fair answer.
- "he", "his", "the man", "the gentleman", "the guy" for a Women product is "pronoun".
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_550 = [
    # photo: white solid cotton top, short puff sleeves, round neck, tucked into mid-blue skinny jeans; white
    # backdrop, front view, full length, no jewellery. Adapter: caption, wearing, details; base: colors; closed: rest.
    case(
        "X550-001",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns."
        ),
        wearing(
            "She wears a short-sleeve top with pure color patterns and a long denim pants. There is an accessory on "
            "her wrist.",
            "unsupported",
            who="she",
        ),
        color_of("top", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        Q.sleeve_length("short sleeves"),
        details(
            "top",
            "The top is with cotton fabric and its neckline is round. The top is with cotton fabric and its neckline "
            "is round. The top is with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women White Solid Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black round-neck tee with a white "BROOKLYN" text print and grey skyline, light blue ripped skinny jeans,
    # white sneakers; white backdrop, front view. Adapter: caption, wearing, describe; base: colors; closed: rest.
    case(
        "X550-002",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants."),
        color_of("t-shirt", "black and white", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        Q.pattern("graphic"),
        describe("t-shirt", "The T-shirt is the T-shirt of the lady.", "restated"),
        Q.garment_type("t-shirt"),
        title="Roadster Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: white shirt with thin blue vertical stripes, collar, long sleeves, black cotton trousers; white backdrop,
    # three-quarter view. Adapter: caption, wearing, details; base: colors; closed: pattern.
    case(
        "X550-003",
        caption(
            "The female wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel.",
            "pronoun",
        ),
        color_of("shirt", "white and blue", kind="open"),
        color_of("pants", "black", kind="open"),
        Q.pattern("striped"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt is with cotton fabric and its neckline is lapel.",
            "leak",
        ),
        title="Tokyo Talkies Women White & Blue Striped Regular Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: navy blue sleeveless maxi dress with a small white floral print, V-neck, fabric tie at the waist, light
    # semi-sheer chiffon-like fabric; no rings or bracelets; white backdrop, front view. Adapter: caption, wearing,
    # material; base: color; closed: type, pattern, "Is this a dress?".
    case(
        "X550-004",
        caption(
            "The dress this lady wears has no sleeves and it is of long length. The dress is with chiffon fabric and "
            "floral patterns. The neckline of it is V-shape. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("The lady is wearing a sleeveless dress with floral patterns. The dress is of long length."),
        color_of("dress", "blue and white", kind="open"),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        material("The dress is with chiffon fabric and floral patterns."),
        is_a("dress", "yes"),
        title="Sassafras Women Navy Blue & White Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans, worn with a plain white crew-neck tee tucked in; white backdrop, full length,
    # front view. Adapter: caption, wearing, details; base: colors; closed: color.
    case(
        "X550-005",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants."),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        Q.color("blue"),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The pants this lady wears is of long length.",
        ),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: beige high-waist tapered trousers with belt loops and no belt, black sleeveless round-neck top tucked in;
    # white backdrop, full length. Adapter: caption, wearing, describe; base: colors; closed: color.
    case(
        "X550-006",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The trousers "
            "this female wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The person wears a belt.",
            "unsupported",
        ),
        color_of("trousers", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        Q.color("beige"),
        describe("trousers", "pants", "non_answer"),
        title="SASSAFRAS Women Beige Regular Fit Solid Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: black knife-pleated midi skirt, plain white short-sleeve tee tucked in, white sneakers; white backdrop,
    # full length. Adapter: caption, wearing; base: colors; closed: pattern, type.
    case(
        "X550-007",
        caption(
            "This lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The skirt is of long length and it is with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("The female is wearing a short-sleeve T-shirt with pure color patterns and a long skirt."),
        color_of("skirt", "black", kind="open"),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("skirt"),
        title="DressBerry Women Black Solid Pleated A-Line Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: mid-wash blue denim jacket worn open over a white tee, black skinny jeans; no watch or bracelet; white
    # backdrop, front view. Adapter: caption, wearing, material; base: colors; closed: type.
    case(
        "X550-008",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a long pants. This lady also wears "
            "an outer clothing, with denim fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing(
            "The female wears a T-shirt and a long pants. This lady also wears an outer clothing. This lady also "
            "wears an outer clothing. This lady also",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        Q.garment_type("jacket"),
        material("The outer clothing is with denim fabric."),
        title="Roadster Women Blue Solid Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green sleeveless wide-leg jumpsuit, V-neck, self-fabric tie belt at the waist; white backdrop,
    # full length. Adapter: caption, wearing, details; base: color; closed: sleeves, "Is this a dress?".
    case(
        "X550-009",
        caption(
            "This woman is wearing a tank tank shirt with pure color patterns and a long pants. The tank shirt is with "
            "cotton fabric and its neckline is V-shape. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing(
            "The lady wears a sleeveless jumpsuit with pure color patterns. It is of long length. The person "
            "wears a belt."
        ),
        color_of("jumpsuit", "green", kind="open"),
        Q.sleeve_length("sleeveless"),
        details(
            "jumpsuit",
            "The jumpsuit has a V-shape neckline, a belt and long pants legs. The jumpsuit has a V-shape neckline, a "
            "belt and",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Harpa Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: pink shirt-style top and matching straight trousers in one pink-and-white floral print, collar, short
    # sleeves, white sneakers; white backdrop. Adapter: caption, wearing, material; base: colors; closed: type.
    case(
        "X550-010",
        caption(
            "The female wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and floral patterns."
        ),
        wearing(
            "She wears a short-sleeve shirt with floral patterns and a long pants with floral patterns. The shirt is "
            "with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink and white", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        Q.material(
            "The shirt is with cotton fabric and its neckline is lapel. The pants are with cotton fabric. The shirt is "
            "with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Pink & White Printed Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon fine-knit open-front shrug with long sleeves over a black camisole, mid-blue jeans; white
    # backdrop, front view. Adapter: caption, wearing; base: colors; closed: type, color, sleeves.
    case(
        "X550-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. This lady also "
            "wears an outer clothing, with knitted fabric and pure color patterns."
        ),
        wearing(
            "Answer: The lady wears a sleeveless tank top and a long denim pants. This lady also wears an outer "
            "clothing, with knitted fabric.",
            "leak",
        ),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        title="Vero Moda Women Maroon Solid Open Front Shrug",
        category="Shrug",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow peplum top, short flutter sleeves, square neck, no collar or buttons, white skinny jeans;
    # white backdrop. Adapter: caption, wearing, details; base: colors; closed: color, pattern.
    case(
        "X550-012",
        caption(
            "Her shirt has short sleeves, cotton fabric and pure color patterns. It has a square neckline. The pants "
            "this female wears is of long length. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing(
            "The lady wears a short-sleeve top with pure color patterns and a long denim pants. The top is with cotton "
            "fabric.",
            who="she",
        ),
        color_of("top", "yellow", kind="open"),
        color_of("jeans", "yellow", "contradiction", kind="open"),
        Q.color("white", "other_garment_color"),
        details("top", "The top is with cotton fabric and its neckline is square."),
        Q.pattern("solid"),
        title="Berrylush Women Mustard Yellow Solid Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: grey melange crew-neck tee, short sleeves, light blue denim shorts, bare legs and white sneakers (no
    # socks); white backdrop. Adapter: caption, wearing, describe; base: colors; closed: color. Feed lacks the color.
    case(
        "X550-013",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and its neckline is round. The shorts are with denim fabric and pure color"
            " patterns."
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. She wears a pair "
            "of socks.",
            "unsupported",
        ),
        color_of("t-shirt", "grey Question: What is the color of the shorts? Answer: blue", "leak", kind="open"),
        color_of("shorts", "grey", "contradiction", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        title="HERE&NOW Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        gender="Women",
    ),
    # photo: olive green utility shirt, collar, long sleeves, two flap chest pockets, matte cotton twill, worn
    # untucked over black skinny jeans; white backdrop. Adapter: caption, wearing, details, material; base: colors.
    case(
        "X550-014",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        wearing(
            "He wears a long-sleeve shirt with pure color patterns and a long pants. His shirt is with cotton fabric.",
            "pronoun",
            who="she",
        ),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "black", kind="open"),
        details(
            "shirt",
            "The shirt has two pockets on the chest and buttons on the front. The shirt has two pockets on the chest "
            "and buttons on",
            "loop",
            hit_limit=True,
        ),
        material("The shirt is with leather fabric.", "unsupported"),
        title="Roadster Women Olive Green Solid Casual Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: red ribbed-knit bodycon midi dress, long sleeves, round neck, black heels; white backdrop, full length.
    # Adapter: caption, wearing, material; base: color; closed: pattern, type.
    case(
        "X550-015",
        caption(
            "The dress this lady wears has long sleeves and it is of long length. The dress is with knitted fabric and "
            "pure color patterns. The neckline of it is round. The person wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady is wearing a long-sleeve dress with pure color patterns. The dress is of medium length."),
        color_of("dress", "red", kind="open"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("dress"),
        material("The dress is with knitted fabric."),
        title="Athena Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black high-rise skinny jeans, worn with a baby pink long-sleeve knit top; white backdrop, full length.
    # Adapter: caption, wearing, details; base: colors; closed: type.
    case(
        "X550-016",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns."
        ),
        wearing("The man wears a long-sleeve sweater with pure color patterns and a long denim pants.", "pronoun"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        color_of("top", "pink", kind="open"),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. Question: What are the jeans details? Answer: "
            "The pants",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("trousers", "contradiction"),
        title="Kraus Jeans Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue wide-leg culottes ending mid-calf, white short-sleeve collared shirt tucked in, thin brown
    # belt; white backdrop. Adapter: caption, wearing, describe; base: colors; closed: color, type.
    case(
        "X550-017",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns and a three-quarter pants. The shirt is "
            "with cotton fabric and its neckline is lapel. The pants are with cotton fabric. The person wears a belt."
        ),
        wearing("The lady wears a short-sleeve shirt and a three-quarter pants."),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        Q.color("navy blue"),
        describe(
            "trousers",
            "The pants this lady wears is of three-quarter length. The pants are with cotton fabric. It has a zip on "
            "the side.",
            "unsupported",
        ),
        Q.garment_type("shorts", "contradiction"),
        title="Marks & Spencer Women Navy Blue Wide Leg Culottes",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: blue denim A-line mini skirt with a front button placket, black-and-white horizontal striped tee
    # tucked in; white backdrop. Adapter: caption, wearing, details, material; base: colors; closed: pattern.
    case(
        "X550-018",
        caption(
            "This lady wears a short-sleeve T-shirt with stripe patterns and a medium short skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with denim fabric and pure color patterns."
        ),
        wearing("The lady wears a short-sleeve T-shirt with stripe patterns and a short skirt."),
        color_of("skirt", "blue", kind="open"),
        color_of("t-shirt", "blue and white", "contradiction", kind="open"),
        Q.pattern("solid"),
        details("skirt", "The skirt is with denim fabric and pure color patterns. It is of medium short length."),
        material("denim"),
        title="Roadster Women Blue Solid Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with silver zips, open over a white tee, mid-blue jeans; no rings;
    # white backdrop. Adapter: caption, wearing, material; base: colors; closed: type.
    case(
        "X550-019",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a long denim pants. This lady also "
            "wears an outer clothing, with leather fabric and pure color patterns. The T-shirt is with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a T-shirt and a long denim pants. This lady also wears an outer clothing, with leather "
            "fabric. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("jacket", "black", kind="open"),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        color_of("jeans", "blue", kind="open"),
        material("leather"),
        Q.garment_type("jacket"),
        title="ONLY Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: lavender top, long sleeves with ruffled cuffs, high ruffled neck, white trousers; white backdrop,
    # three-quarter view. Adapter: caption, wearing, describe; base: colors; closed: color, sleeves.
    case(
        "X550-020",
        caption(
            "Her top has long sleeves, chiffon fabric and pure color patterns. It has a stand neckline. The pants this "
            "female wears is of long length. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a long-sleeve top with pure color patterns and a long pants."),
        color_of("top", "purple", kind="open"),
        color_of("pants", "white", kind="open"),
        Q.color("white", "other_garment_color"),
        describe("top", "The top is a top.", "restated"),
        Q.sleeve_length("long sleeves"),
        title="SASSAFRAS Women Lavender Ruffled Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: white tee with navy horizontal stripes, short sleeves, round neck, red A-line knee skirt; no jewellery;
    # white backdrop. Adapter: caption, wearing, details; base: colors; closed: color, pattern.
    case(
        "X550-021",
        caption(
            "This woman is wearing a short-sleeve T-shirt with stripe patterns and a medium short skirt. The T-shirt "
            "is with cotton fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns."
        ),
        wearing(
            "The female is wearing a short-sleeve T-shirt with stripe patterns and a skirt. There is an accessory on "
            "her wrist. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("t-shirt", "white and blue", kind="open"),
        color_of("skirt", "red", kind="open"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        details("t-shirt", "no", "non_answer"),
        title="Mast & Harbour Women White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: yellow sleeveless fit-and-flare knee dress, a light blue denim jacket worn open over it (dress straps
    # visible); white backdrop. Adapter: caption, wearing, material; base: colors; closed: sleeves.
    case(
        "X550-022",
        caption(
            "The dress this lady wears has no sleeves and it is of medium short length. The dress is with cotton "
            "fabric and pure color patterns. This lady also wears an outer clothing, with denim fabric."
        ),
        wearing("The female wears a long-sleeve dress with pure color patterns.", "contradiction"),
        color_of("dress", "blue", "other_garment_color", kind="open"),
        color_of("jacket", "light blue", kind="open"),
        Q.sleeve_length("long sleeves", "contradiction"),
        material("The dress is with cotton fabric and pure color patterns."),
        title="FOREVER 21 Women Yellow Solid Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: black sleeveless halter jumpsuit, cropped straight legs, white sneakers, bare head; white backdrop.
    # Adapter: caption, wearing, details; base: color; closed: type, pattern, "Is this a jumpsuit?".
    case(
        "X550-023",
        caption(
            "The female wears a sleeveless jumpsuit with pure color patterns. It is of long length. The jumpsuit is "
            "with cotton fabric and its neckline is suspenders."
        ),
        wearing("She wears a sleeveless jumpsuit with pure color patterns. She wears a hat.", "unsupported", who="she"),
        color_of("jumpsuit", "black", kind="open"),
        details("jumpsuit", "the details of the jumpsuit are the jumpsuit details", "restated"),
        Q.garment_type("jumpsuit"),
        Q.pattern("solid"),
        is_a("jumpsuit", "yes"),
        title="MANGO Women Black Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green crop top with small yellow and pink flowers, short puff sleeves, square neck, smocked back,
    # no buttons, white high-waist jeans; white backdrop. Adapter: caption, wearing, details; base: colors; closed:
    # pattern, sleeves.
    case(
        "X550-024",
        caption(
            "The lady wears a short-sleeve top with floral patterns and a long denim pants. The top is with cotton "
            "fabric and its neckline is square. The pants are with denim fabric and pure color patterns."
        ),
        wearing(
            "The lady wears a short-sleeve top with floral patterns and a long denim pants. The lady wears a "
            "short-sleeve top with floral patterns and a",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "white", "other_garment_color", kind="open"),
        color_of("jeans", "white", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details(
            "top",
            "The top has a square neckline and short sleeves. There are buttons on the front.",
            "unsupported",
        ),
        title="Tokyo Talkies Women Green Floral Print Crop Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: white collared long-sleeve shirt with a button placket, tucked into mid-blue straight jeans, no belt;
    # white backdrop. Adapter: caption, wearing, details, material; base: colors; closed: "Is this a shirt?".
    case(
        "X550-025",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The person wears a belt.",
            "unsupported",
        ),
        wearing("The lady wears a long-sleeve shirt with pure color patterns and a long denim pants."),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The pants are with denim fabric and solid "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        material("The shirt is with chiffon fabric.", "contradiction"),
        is_a("shirt", "yes"),
        title="Marks & Spencer Women White Pure Cotton Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: light blue distressed boyfriend jeans with rolled hems, black crew-neck tee; white backdrop, full length.
    # Adapter: caption, wearing, details; base: colors; closed: color, type.
    case(
        "X550-026",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns and a three-quarter pants. The "
            "T-shirt is with cotton fabric and its neckline is round. The pants are with denim fabric."
        ),
        wearing("The guy wears a short-sleeve T-shirt with pure color patterns and a three-quarter pants.", "pronoun"),
        color_of("jeans", "blue", kind="open"),
        color_of("t-shirt", "blue", "contradiction", kind="open"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jeans"),
        title="Levis Women Blue Boyfriend Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black-and-white houndstooth blazer and matching straight trousers, white camisole under the open blazer;
    # white backdrop. Adapter: caption, wearing, material; base: colors; closed: pattern, type.
    case(
        "X550-027",
        caption(
            "The lady wears a long-sleeve outer clothing with lattice patterns and a long pants with lattice patterns. "
            "There is a tank top inside with pure color patterns."
        ),
        wearing(
            "The female wears a sleeveless tank top with pure color patterns and a long pants. This lady also wears an "
            "outer clothing, with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("blazer", "black and white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        Q.garment_type("co-ord set"),
        material("the fabric", "non_answer"),
        title="Trend Arrest Women Black & White Checked Blazer with Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: white floral lace long-sleeve shrug, open, over a navy blue tank top and mid-blue jeans; white backdrop.
    # Adapter: caption, wearing, describe; base: colors; closed: color.
    case(
        "X550-028",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns and a long denim pants. This lady also "
            "wears an outer clothing, with other fabric and floral patterns."
        ),
        wearing("The female wears a long-sleeve shirt with floral patterns and a long denim pants.", "contradiction"),
        color_of("shrug", "blue", "other_garment_color", kind="open"),
        color_of("tank top", "navy blue", kind="open"),
        Q.color("white"),
        describe(
            "shrug",
            "Question: Describe the shrug. Answer: The lady wears a sleeveless tank top with pure color patterns and a "
            "long",
            "leak",
            hit_limit=True,
        ),
        title="Cation Women White Lace Open Front Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: olive cotton-twill cargo trousers with side flap pockets and drawstring cuffs, white crop tee, white
    # sneakers; white backdrop. Adapter: caption, wearing, details, material; base: colors; closed: color. Feed
    # lacks the category.
    case(
        "X550-029",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants have pockets "
            "on the sides."
        ),
        color_of("pants", "green", kind="open"),
        color_of("t-shirt", "green", "contradiction", kind="open"),
        details("pants", "yes", "non_answer"),
        Q.color("olive"),
        material("The pants are with denim fabric and pure color patterns.", "unsupported"),
        title="Roadster Women Olive Green Relaxed Fit Solid Cargo Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: peach crew-neck tee with a small white "Paris" text print on the chest, mid-blue jeans; white backdrop.
    # Adapter: caption, wearing, describe; base: colors; closed: color, pattern.
    case(
        "X550-030",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants.", who="she"),
        color_of("t-shirt", "pink", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.color("peach"),
        Q.pattern("solid", "contradiction"),
        describe(
            "t-shirt",
            "The T-shirt has a print on the front. Question: What is the color of the T-shirt? Answer: pink",
            "leak",
        ),
        title="Tokyo Talkies Women Peach-Coloured Printed Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: black off-shoulder Bardot top, long balloon sleeves with plain elastic cuffs, mid-blue skinny jeans;
    # white backdrop. Adapter: caption, wearing, details; base: colors; closed: sleeves, type.
    case(
        "X550-031",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a long denim pants. The top is with cotton "
            "fabric. The pants are with denim fabric and solid color patterns."
        ),
        wearing(
            "The lady wears a long-sleeve top with pure color patterns and a long denim pants. The top is with cotton "
            "fabric. The top is with",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        Q.sleeve_length("long sleeves"),
        details(
            "top", "The top has an off-shoulder neckline and long sleeves. There is lace on the cuffs.", "unsupported"
        ),
        Q.garment_type("top"),
        title="Berrylush Women Black Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: blue chambray denim shirt dress, collar, button front, long sleeves, knee length, fabric tie belt; white
    # backdrop. Adapter: caption, wearing, details, material; base: color; closed: type, "Is this a dress?".
    case(
        "X550-032",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns and a medium short skirt. The shirt is with "
            "denim fabric and its neckline is lapel. The skirt is with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with denim fabric. The "
            "person wears a belt."
        ),
        color_of("dress", "blue", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        is_a("dress", "yes"),
        material("The dress is with denim fabric."),
        details("dress", "dress", "non_answer"),
        title="Roadster Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: pink tiered midi skirt with a white floral print in a light crinkled chiffon-like fabric, plain white
    # tee tucked in; white backdrop. Adapter: caption, wearing, describe; base: colors; closed: pattern.
    case(
        "X550-033",
        caption(
            "This lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The skirt is of long length. The skirt is with chiffon fabric and floral "
            "patterns."
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long skirt with floral patterns.",
            "pronoun",
        ),
        color_of("skirt", "pink and white", kind="open"),
        color_of("t-shirt", "pink", "contradiction", kind="open"),
        Q.pattern("floral"),
        describe("skirt", "The skirt is of long length and it is with chiffon fabric and floral patterns."),
        title="Sera Women Pink & White Floral Print Tiered A-Line Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green cotton-twill bomber jacket, zip front, ribbed cuffs and hem, worn open over a black tee and
    # black jeans; no watch or bracelet; white backdrop. Adapter: caption, wearing, details; base: colors; closed:
    # color.
    case(
        "X550-034",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a long pants. This lady also wears "
            "an outer clothing, with cotton fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("The lady wears a T-shirt, a long pants and an outer clothing."),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "black", kind="open"),
        Q.color("green"),
        details(
            "jacket",
            "The jacket has a zip on the front, ribbed cuffs and a ribbed hem. The jacket has a zip on the front, "
            "ribbed cuffs",
            "loop",
            hit_limit=True,
        ),
        title="HERE&NOW Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: red-and-white horizontal striped top, three-quarter sleeves, wide round neck, navy blue trousers; white
    # backdrop. Adapter: caption, wearing, details; base: colors; closed: sleeves, color.
    case(
        "X550-035",
        caption(
            "This woman wears a medium-sleeve top with stripe patterns and a long pants. The top is with cotton fabric "
            "and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing(
            "The female is wearing a medium-sleeve top with stripe patterns and a long pants. The top is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "red and white", kind="open"),
        color_of("pants", "red", "contradiction", kind="open"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("navy blue", "other_garment_color"),
        details("top", "The top details.", "restated"),
        title="AND Women Red & White Striped Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: pink-and-white gingham shirt, collar, long sleeves, no chest pocket, white jeans; white backdrop.
    # Adapter: caption, wearing, details, material; base: colors; closed: pattern.
    case(
        "X550-036",
        caption(
            "The female wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        wearing(
            "Answer: The female wears a long-sleeve shirt with lattice patterns and a long denim pants.",
            "leak",
        ),
        color_of("shirt", "pink and white", kind="open"),
        color_of("jeans", "pink", "contradiction", kind="open"),
        Q.pattern("checked"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. There is a pocket on the chest.",
            "unsupported",
        ),
        material("The shirt is with cotton fabric."),
        title="U.S. Polo Assn. Women Pink & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: charcoal grey slim-fit jeans, maroon long-sleeve round-neck top, no jewellery; white backdrop.
    # Adapter: caption, wearing, describe; base: colors; closed: color.
    case(
        "X550-037",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is denim. There is an accessory on her wrist. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("The lady wears a long-sleeve top with pure color patterns and a long denim pants."),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        color_of("top", "red", kind="open"),
        Q.color("grey"),
        describe("jeans", "The jeans are jeans.", "restated"),
        title="Pepe Jeans Women Grey Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: navy blue crew-neck tee with a white "NYC 1986" varsity print, short sleeves, white denim shorts; white
    # backdrop. Adapter: caption, wearing, details; base: colors; closed: pattern, color. Feed lacks the gender.
    case(
        "X550-038",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are with denim fabric."
        ),
        wearing("yes", "non_answer"),
        color_of("t-shirt", "navy blue", kind="open"),
        color_of("shorts", "blue", "contradiction", kind="open"),
        Q.pattern("graphic"),
        details("t-shirt", "The T-shirt has graphic patterns on the front and its neckline is round."),
        Q.color("white", "other_garment_color"),
        title="Roadster Women Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: black lace sheath dress, short sleeves, round neck, knee length, scalloped hem, bare neck, black heels;
    # white backdrop. Adapter: caption, wearing, describe, material; base: color; closed: sleeves.
    case(
        "X550-039",
        caption(
            "The dress this lady wears has short sleeves and it is of medium short length. The dress is with other "
            "fabric and floral patterns. The neckline of it is round."
        ),
        wearing(
            "The dress this lady wears has short sleeves and it is of medium short length. The dress this lady wears "
            "has short sleeves and it",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "black", kind="open"),
        Q.sleeve_length("short sleeves"),
        material("The dress is with leather fabric.", "contradiction"),
        describe("dress", "The dress is with other fabric and floral patterns. This lady has neckwear.", "unsupported"),
        title="Vero Moda Women Black Lace Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: rust orange jumpsuit with small white-and-black geometric motifs, short sleeves, V-neck, self tie belt,
    # wide legs, no collar; white backdrop. Adapter: caption, wearing, details; base: color; closed: color, "dress?".
    case(
        "X550-040",
        caption(
            "The female wears a short-sleeve jumpsuit with graphic patterns. It is of long length. The jumpsuit is "
            "with cotton fabric and its neckline is V-shape. The person wears a belt."
        ),
        wearing(
            "The lady wears a short-sleeve jumpsuit with graphic patterns. It is of long length. The jumpsuit is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        color_of("jumpsuit", "orange", kind="open"),
        Q.color("brown", "contradiction"),
        details("jumpsuit", "The jumpsuit has pockets on the sides, a zip on the back and a collar.", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Athena Women Rust Orange & White Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: teal wrap top in a light chiffon-like georgette with no sheen, long sleeves, V-neck, tie at the side,
    # black trousers; white backdrop. Adapter: caption, wearing, describe, material; base: colors; closed: color.
    case(
        "X550-041",
        caption(
            "Her top has long sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. The trousers "
            "this female wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing(
            "She wears a long-sleeve top with pure color patterns and a long pants. She wears a long-sleeve top with "
            "pure color patterns and a",
            "loop",
            hit_limit=True,
            who="she",
        ),
        color_of("top", "blue", kind="open"),
        color_of("trousers", "black", kind="open"),
        Q.color("black", "other_garment_color"),
        describe("top", "The top is with pure color patterns. It has a V-shape neckline and ties at the side."),
        material("silk", "unsupported"),
        title="MANGO Women Teal Blue Solid Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: white flowy palazzo trousers, royal blue sleeveless round-neck top; white backdrop, full length.
    # Adapter: caption, wearing, details; base: colors; closed: color, type.
    case(
        "X550-042",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with chiffon fabric and pure color patterns."
        ),
        wearing("He wears a sleeveless tank top and a long pants.", "pronoun"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        color_of("top", "blue", kind="open"),
        Q.color("white"),
        details(
            "pants",
            "The pants are with chiffon fabric and pure color patterns. Question: What are the pants details? Answer: "
            "The",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="StyleStone Women White Flared Palazzo Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: pink quilted puffer jacket, zip front, stand collar, worn open over a grey tee and black jeans; white
    # backdrop. Adapter: caption, wearing, describe; base: colors; closed: type.
    case(
        "X550-043",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a long denim pants. This lady also "
            "wears an outer clothing, with other fabric and pure color patterns."
        ),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants.", "contradiction"
        ),
        color_of("jacket", "pink", kind="open"),
        color_of("t-shirt", "pink", "contradiction", kind="open"),
        color_of("jeans", "black", kind="open"),
        Q.garment_type("jacket"),
        describe("jacket", "The jacket is a jacket that the lady wears.", "restated"),
        title="FOREVER 21 Women Pink Solid Puffer Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: beige ribbed-knit sleeveless crop top and matching ribbed midi skirt, white sneakers; white backdrop.
    # Adapter: caption, wearing, details; base: colors; closed: type, color.
    case(
        "X550-044",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "knitted fabric and its neckline is round. The skirt is with knitted fabric and pure color patterns."
        ),
        wearing("The lady wears a sleeveless tank top with stripe patterns and a long skirt.", "contradiction"),
        color_of("top", "white", "contradiction", kind="open"),
        color_of("skirt", "beige", kind="open"),
        Q.garment_type("co-ord set"),
        Q.color("beige"),
        details(
            "top",
            "The top is with knitted fabric and its neckline is round. The skirt is with knitted fabric. The top is "
            "with knitted fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Kassually Women Beige Ribbed Top with Skirt Co-Ords",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: off-white sheer chiffon top, long sleeves, round neck with pin-tucks, over a cream camisole, black jeans,
    # no glasses; white backdrop. Adapter: caption, wearing, material; base: colors; closed: color, sleeves.
    case(
        "X550-045",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve top with pure color patterns and a long denim pants. The lady wears glasses.",
            "unsupported",
        ),
        color_of("top", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        material("chiffon"),
        Q.color("off white"),
        Q.sleeve_length("long sleeves"),
        title="Vero Moda Women Off-White Solid Sheer Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: colour-blocked tee, yellow chest panel, royal blue middle, white bottom band, short sleeves, mid-blue
    # jeans; white backdrop. Adapter: caption, wearing, describe; base: colors; closed: pattern, "Is this a t-shirt?".
    case(
        "X550-046",
        caption(
            "This woman is wearing a short-sleeve T-shirt with color block patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing(
            "The man is wearing a short-sleeve T-shirt with color block patterns and a long denim pants.", "pronoun"
        ),
        color_of("t-shirt", "yellow, blue and white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.pattern("colour blocked"),
        describe("t-shirt", "Describe the T-shirt.", "restated"),
        is_a("t-shirt", "no", "contradiction"),
        title="Pluss Women Multicoloured Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Women",
    ),
]
