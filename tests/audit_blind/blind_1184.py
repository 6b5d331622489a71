"""BLIND_1184 (45 products; Myntra women's nightwear, lingerie and loungewear, epoch-2 caption adapter): written blind
in the sixty-first session. Measured blind at ac865f6 (the session's fourth rules): 73/85 failures found (85.9%) and
10/190 correct texts flagged (5.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, babydolls, robes,
bras, briefs, camisoles, shapewear, thermals, lounge tees, pants, shorts and joggers). Catalog shots: a model on a
plain backdrop wearing the product with other clothes (a tee over lounge pants, briefs under a bra, jeans under a
bra now and then), two flat lays, one back view, a few props (a mug, a stool, a plant, a bed edge, an eye mask).
Columns as the feed has them: title, category (Myntra article type), color (base colour), gender; the colour is
missing on one pack, the gender on two rows, the category on one.

Who wrote what: the caption and every open answer (wearing, describe, details, the open color_of, material) come from
BLIP-2 OPT-2.7b with the epoch-2 checkpoint of the caption LoRA (DeepFashion-MultiModal template captions, unmasked
labels, no terminator): 50 new tokens for captions, 30 for answers, greedy. It mostly answers with the caption
template ("The lady wears a sleeveless tank top with pure color patterns..."), knows no hue names from its training
and says "pure color patterns" where a colour is asked, runs on until the limit and then either cuts mid-phrase,
loops, or invents an accessory; now and then (about one answer in six) the base model's short answer survives ("a
black robe"). The closed questions (garment_type, color, pattern, sleeve_length and the yes/no is_a; every color_of
here is open) come from the reference engine, which ranks a closed candidate list with the untuned base model: short,
mostly right, wrong where the photo misleads (a companion garment's colour, navy read as black, a thermal top read as
a sweater).

Labeling conventions and judgement calls:
- One label per text. A text that ran to the limit and stops mid-phrase is labeled cut, whatever else is wrong in
  it; one that ran to the limit on a complete phrase is labeled by its other fault (a leak, a pronoun, an invented
  ring). A loop is labeled loop even where the limit cuts it.
- The product called by another garment's name (a bra or bralette as "tank top", briefs as "shorts", a bodysuit as a
  tank top plus shorts, a thermal top as "sweater") is a contradiction of the title. The same words for a companion
  garment, or for a camisole or a shaping cami (which are tank tops), are not faults. "upper clothing" / "lower
  clothing" for lingerie is vague but correct.
- A fabric that contradicts the title (chiffon for a satin nightdress, babydoll or cami set) is a contradiction;
  chiffon for a sheer mesh hem is accepted. "other fabric" as the answer to the material question says nothing:
  non_answer. A colour question answered with "pure color patterns" and no hue: non_answer.
- An accessory, hat, ring, or lower garment that is not in the photo is unsupported; so is a person wearing a
  garment that is shown as a flat lay. An eye mask pushed up on the head called "a hat" is unsupported.
- A colour that belongs to the companion garment (the tee over lounge pants, the jeans under a bra) is
  other_garment_color; a colour that belongs to the print, the backdrop or a prop is a contradiction.
- Near-colours are accepted: lavender as purple, teal as green, olive as green, burgundy as maroon, nude as beige,
  maroon as red, peach as pink in an open answer.
- Three answers ran to the 30-token limit and happen to end on a full stop with nothing wrong in them: hit_limit=True
  and left unmarked. Every cut text is hit_limit=True.
- A babydoll answered "nightdress" and a nightshirt answered "shirt" by the closed garment type are correct; "dress"
  for a babydoll in the caption is correct.
- "male" words (gentleman, his) in a women's feed are pronoun faults.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1184 = [
    # Photo: model in a pink short-sleeve notch-collar pyjama shirt with a white heart print and matching full-length
    # pyjama pants, white backdrop, holding a mug. Caption and open answers: epoch-2 caption adapter; color,
    # pattern, is_a: reference engine.
    case(
        "X1184-001",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and graphic patterns."
        ),
        wearing(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "The shirt is with cotton fabric and graphic patterns.", "non_answer", kind="open"),
        describe(
            "night suit",
            "The night suit is a night suit with a shirt and a pants. It is a night suit that the lady wears.",
            "restated",
        ),
        Q.color("pink"),
        Q.pattern("printed"),
        is_a("night suit", "yes"),
        gender="Women",
        title="Clovia Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model in a black lace non-padded bra with matching black briefs, front view, beige backdrop. Caption and
    # open answers: adapter; color, is_a: reference engine.
    case(
        "X1184-002",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. The "
            "shorts this lady wears is of three-point length. The shorts are with other fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        describe(
            "bra",
            "The tank top is with other fabric and pure color patterns. It has a suspenders neckline.",
            "contradiction",
        ),
        Q.color("black"),
        Q.material("The tank top is with other fabric.", "non_answer"),
        is_a("bra", "yes"),
        gender="Women",
        title="Zivame Women Black Lace Non-Padded Non-Wired Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model in a plain white tee (not the product) and navy-and-white vertically striped drawstring lounge
    # pants, grey backdrop, side pose. Caption and open answers: adapter; garment_type, pattern: reference engine.
    case(
        "X1184-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and striped patterns."
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round.",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details(
            "pants",
            "The trousers are with cotton fabric and striped patterns. The lady wears a short-sleeve T-shirt with "
            "pure color patterns. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("lounge pants"),
        Q.pattern("striped"),
        gender="Women",
        title="Sweet Dreams Women Navy Blue & White Striped Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Photo: model in a maroon satin knee-length slip nightdress with thin straps and a lace trim at the neckline,
    # white backdrop. Caption, wearing, material: adapter; color, sleeve_length, is_a: reference engine.
    case(
        "X1184-004",
        caption(
            "This woman wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline."
        ),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of three-quarter length. It has "
            "a suspenders neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.material("The dress is with chiffon fabric.", "contradiction"),
        Q.color("maroon"),
        Q.sleeve_length("sleeveless"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Marks & Spencer Women Maroon Satin Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Photo: model in a grey melange crew-neck short-sleeve tee tucked into black lounge joggers (not the product),
    # white backdrop. Caption and open answers: adapter; color, sleeve_length: reference engine.
    case(
        "X1184-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a grey t-shirt and black pants", who="she"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Photo: model in a red babydoll with lace cups, thin straps and a sheer mesh flared hem, matching thong, pink
    # backdrop. Caption, wearing, describe: adapter; color, garment_type, is_a: reference engine.
    case(
        "X1184-006",
        caption(
            "This woman wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of three-point length."
        ),
        wearing("a red lingerie"),
        describe(
            "babydoll",
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("nightdress"),
        is_a("babydoll", "yes"),
        gender="Women",
        title="PrettySecrets Women Red Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Red",
    ),
    # Photo: model in a white tee with a black text graphic (not the product) and lavender cotton drawstring shorts,
    # white backdrop, cropped at the knees. Caption and open answers: adapter; color, pattern, is_a: reference engine.
    case(
        "X1184-007",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "The shorts are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        details("shorts", "the shorts are short", "non_answer"),
        Q.color("purple"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Dreamz by Pantaloons Women Lavender Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Lavender",
    ),
    # Photo: model in a white waffle-knit knee-length bath robe with a shawl collar, long sleeves and a tie belt, bare
    # legs, grey backdrop, a folded towel over her arm. Caption and open answers: adapter; color, is_a: reference
    # engine.
    case(
        "X1184-008",
        caption(
            "The female wears a long-sleeve outer clothing with pure color patterns. It has a lapel neckline. This "
            "female has a belt. The lower clothing is of long length.",
            "unsupported",
        ),
        wearing("a white robe"),
        details(
            "robe",
            "The outer clothing is with cotton fabric. It has a lapel neckline. This female has a belt. The outer "
            "clothing is with cotton fabric. It has",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.color("white"),
        is_a("robe", "yes"),
        gender="Women",
        title="Bannos Swagger Women White Solid Waffle Bath Robe",
        category="Bath Robe",
        color="White",
    ),
    # Photo: model in a nude seamless full-coverage T-shirt bra worn with light-blue jeans, white backdrop. Caption
    # and open answers: adapter; color, pattern, is_a: reference engine.
    case(
        "X1184-009",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. The pants are with",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("bra", "blue", "other_garment_color", kind="open"),
        Q.color("beige"),
        Q.pattern("solid"),
        is_a("bra", "yes"),
        gender="Women",
        title="Enamor Women Nude Solid Non-Padded Full Coverage T-shirt Bra",
        category="Bra",
        color="Nude",
    ),
    # Photo: model in a blue-and-white checked long-sleeve pyjama shirt with white piping and matching checked pyjama
    # pants, grey backdrop. Caption and open answers: adapter; pattern, sleeve_length: reference engine.
    case(
        "X1184-010",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and lattice patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white checkered pajama set"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "blue and white", kind="open"),
        details("shirt", "The shirt is with cotton fabric and lattice patterns. Its neckline is lapel."),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Nite Flite Women Blue & White Checked Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Photo: model in skin-coloured high-waist thigh-length shaping shorts with a plain black bra, white backdrop.
    # Caption and open answers: adapter; garment_type, color, is_a: reference engine.
    case(
        "X1184-011",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. "
            "The shorts this lady wears is of three-point length. The shorts are with other fabric and pure color "
            "patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The shorts are "
            "with other fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        Q.garment_type("shorts"),
        Q.color("beige"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Triumph Women Skin-Coloured Solid High-Waist Shapewear Shorts",
        category="Shapewear",
        color="Nude",
    ),
    # Photo: model in a pink hoodie (not the product) and black cuffed lounge joggers, white sneakers, white
    # backdrop. Caption and open answers: adapter; color, pattern: reference engine.
    case(
        "X1184-012",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink sweatshirt and black pants"),
        color_of("pants", "black", kind="open"),
        details("pants", "The pants are with cotton fabric and pure color patterns. The pants are of long length."),
        Q.color("pink", "other_garment_color"),
        Q.pattern("solid"),
        gender="Women",
        title="Van Heusen Woman Black Solid Lounge Joggers",
        category="Lounge Pants",
        color="Black",
    ),
    # Photo: model in a peach cotton knee-length short-sleeve nightdress with a small white floral print, round neck
    # and a short button placket, no jewellery, white backdrop. Caption and open answers: adapter; color, pattern,
    # sleeve_length: reference engine.
    case(
        "X1184-013",
        caption(
            "This woman wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of three-quarter length."
        ),
        wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a ring on her finger",
            "unsupported",
            who="she",
            hit_limit=True,
        ),
        color_of("dress", "The dress is with floral patterns.", "non_answer", kind="open"),
        Q.color("peach"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Clovia Women Peach Floral Print Cotton Nightdress",
        category="Nightdress",
        color="Peach",
    ),
    # Photo: model in a teal ribbed camisole with thin straps tucked into light denim shorts, white backdrop. Caption
    # and open answers: adapter; garment_type, color, is_a: reference engine.
    case(
        "X1184-014",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "shorts this lady wears is of three-point length. The shorts are with denim fabric and pure color "
            "patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        color_of("camisole", "green", kind="open"),
        Q.garment_type("tank top"),
        Q.color("teal"),
        is_a("camisole", "yes"),
        gender="Women",
        title="Zivame Women Teal Solid Ribbed Camisole",
        category="Camisoles",
        color="Teal",
    ),
    # Photo: model in a navy short-sleeve tee with a white "Sleepy Head" text print and navy shorts with a small
    # white star print. Caption and open answers: adapter; color, is_a: reference engine.
    case(
        "X1184-015",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has graphic patterns."
        ),
        wearing(
            "Question: What is the person wearing? Answer: The lady wears a short-sleeve T-shirt with graphic patterns "
            "and a three-point shorts",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        details(
            "shorts", "The shorts are with cotton fabric and graphic patterns. The shorts are of three-point length."
        ),
        Q.color("navy blue"),
        is_a("night suit", "yes"),
        gender="Women",
        title="Sweet Dreams Women Navy Blue Printed Night Suit with Shorts",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model with short cropped hair in a short black satin kimono robe with three-quarter sleeves and a tie
    # belt over a black slip, grey backdrop. Caption and open answers: adapter; sleeve_length, is_a: reference engine.
    case(
        "X1184-016",
        caption(
            "The female wears a medium-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "other fabric. It has a v-shape neckline. This female has a belt."
        ),
        wearing(
            "The gentleman wears a medium-sleeve outer clothing with pure color patterns. His outer clothing is with "
            "other fabric and pure color patterns",
            "pronoun",
            hit_limit=True,
        ),
        describe(
            "robe",
            "The outer clothing is with other fabric and pure color patterns. It has a v-shape neckline. This female "
            "has a belt. The outer clothing is with other",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("robe", "yes"),
        gender="Women",
        title="Kanvin Women Black Solid Satin Kimono Robe",
        category="Robe",
        color="Black",
    ),
    # Photo: model in a pink lace triangle bralette and matching brief, white backdrop. Caption and open answers:
    # adapter; garment_type, color, pattern, is_a: reference engine.
    case(
        "X1184-017",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a v-shape neckline. The "
            "lower clothing is of three-point length. The fabric is other and it has pure color patterns."
        ),
        wearing("The lady wears a sleeveless tank top and a three-point shorts.", "contradiction", who="she"),
        Q.garment_type("bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        is_a("lingerie set", "yes"),
        gender="Women",
        title="N-Gal Women Pink Lace Bralette and Brief Lingerie Set",
        category="Lingerie Set",
        color="Pink",
    ),
    # Photo: model in a plain white tee (not the product) and mustard-and-black horizontally striped pyjama bottoms,
    # white backdrop. Caption and open answers: adapter; color, pattern: reference engine.
    case(
        "X1184-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns."
        ),
        wearing("a white shirt and yellow pants"),
        color_of("pants", "yellow", kind="open"),
        details(
            "pants",
            "The pants are with cotton fabric and striped patterns. The pants are of long length. The pants are with "
            "cotton fabric and striped patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        gender="Women",
        title="Slumber Jill Women Mustard & Black Striped Pyjamas",
        category="Pyjamas",
        color="Mustard",
    ),
    # Photo: model in a fitted off-white long-sleeve round-neck thermal top (fine rib) with blue jeans, white
    # backdrop. Caption and open answers: adapter; garment_type, sleeve_length: reference engine.
    case(
        "X1184-019",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns."
        ),
        wearing(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round.",
            hit_limit=True,
        ),
        color_of("top", "white", kind="open"),
        Q.garment_type("sweater", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Off-White Solid Thermal Top",
        category="Thermal Tops",
        color="Off White",
    ),
    # Photo: flat lay on white of three hipster briefs, black, nude and maroon, no model. Caption and open answers:
    # adapter; garment_type, pattern, is_a: reference engine.
    case(
        "X1184-020",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        details("briefs", "The briefs are with cotton fabric and pure color patterns."),
        Q.garment_type("briefs"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes", "contradiction"),
        gender="Women",
        title="Bodycare Women Pack of 3 Solid Cotton Hipster Briefs",
        category="Briefs",
        color="Assorted",
    ),
    # Photo: model with a short bob in an olive oversized drop-shoulder tee and beige shorts (not the product), side
    # view, white backdrop. Caption and open answers: adapter; color, sleeve_length: reference engine.
    case(
        "X1184-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns.",
            "pronoun",
        ),
        wearing("The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts.", who="she"),
        color_of("t-shirt", "green", kind="open"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The shorts this lady "
            "wears is of",
            "cut",
            hit_limit=True,
        ),
        Q.color("olive"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Mast & Harbour Women Olive Solid Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
    ),
    # Photo: model in a black racerback sports bra and black leggings (not the product), grey backdrop, mid-stretch.
    # Caption and open answers: adapter; garment_type, color, is_a: reference engine.
    case(
        "X1184-022",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "the female wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black sports bra and black leggings", who="she"),
        describe("sports bra", "The sports bra is a sports bra that is worn for sports.", "restated"),
        color_of("bra", "black", kind="open"),
        Q.garment_type("sports bra"),
        Q.color("black"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Black Solid Racerback Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model in a full-length loose kaftan nightdress with wide elbow sleeves and a V-neck, multicolour floral
    # print on a white ground, no jewellery. Caption and open answers: adapter; pattern, sleeve_length,
    # garment_type: reference engine.
    case(
        "X1184-023",
        caption(
            "This woman wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring "
            "on her finger",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        color_of("nightdress", "multicolored", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.garment_type("nightdress"),
        gender="Women",
        title="Dreamz by Pantaloons Women Multicoloured Floral Print Kaftan Nightdress",
        category="Nightdress",
        color="Multi",
    ),
    # Photo: model in a grey long-sleeve tee (not the product), black thermal leggings and white socks, white
    # backdrop. Caption and open answers: adapter; color, is_a: reference engine.
    case(
        "X1184-024",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey shirt and black leggings"),
        color_of("leggings", "grey", "other_garment_color", kind="open"),
        details(
            "leggings",
            "The leggings are with cotton fabric and pure color patterns. The leggings are of long length. The "
            "leggings are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        is_a("pair of leggings", "yes"),
        gender="Women",
        title="Marks & Spencer Women Black Solid Thermal Leggings",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Photo: model seated on a stool in a lavender satin camisole with a lace neckline and matching satin shorts with
    # a lace hem, white backdrop. Caption and open answers: adapter; color, is_a: reference engine.
    case(
        "X1184-025",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. The "
            "shorts this lady wears is of three-point length. The shorts are with chiffon fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with chiffon fabric and its neckline is",
            "cut",
            who="she",
            hit_limit=True,
        ),
        describe("night suit", "a purple satin pajama set"),
        Q.color("purple"),
        Q.material("satin"),
        is_a("night suit", "yes"),
        gender="Women",
        title="Clovia Women Lavender Satin Cami and Shorts Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: model holding a cushion, in a maroon fleece long-sleeve round-neck top and matching fleece jogger pants,
    # bare head, white backdrop. Caption and open answers: adapter; sleeve_length: reference engine.
    case(
        "X1184-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with furry "
            "fabric and its neckline is round. The pants are with furry fabric and pure color patterns. There is a "
            "hat in her head.",
            "unsupported",
        ),
        wearing("a maroon sweater and maroon pants"),
        color_of("top", "red", kind="open"),
        details("top", "The sweater is with furry fabric. Its neckline is round."),
        Q.material("fleece"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Kanvin Women Maroon Solid Fleece Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: back view: model's back in a white lace underwired bra (straps and hook closure shown) and white briefs,
    # white backdrop. Caption and open answers: adapter; color, pattern, is_a: reference engine.
    case(
        "X1184-027",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The lower clothing is of "
            "three-point length. The fabric is other and it has pure color patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline.",
            "contradiction",
            who="she",
        ),
        describe("bra", "This is a bra. The bra is a bra that the lady wears on her upper body.", "restated"),
        details("bra", "The upper clothing is with other fabric and pure color patterns."),
        Q.color("white"),
        Q.pattern("solid"),
        is_a("bra", "yes"),
        gender="Women",
        title="Zivame Women White Lace Padded Underwired Bra",
        category="Bra",
        color="White",
    ),
    # Photo: model in a black seamless wide-strap shaping camisole over white trousers, white backdrop. Caption and
    # open answers: adapter; color, garment_type: reference engine.
    case(
        "X1184-028",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a round neckline. The pants "
            "the female wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric and its",
            "cut",
            hit_limit=True,
        ),
        color_of("camisole", "black", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("tank top"),
        gender="Women",
        title="Swee Women Black Seamless Tummy Shaper Camisole",
        category="Shapewear",
        color="Black",
    ),
    # Photo: flat lay on white of a blue sleeveless full-length cotton nightgown with a white paisley print, round
    # neck, no model. Caption and open answers: adapter; pattern, sleeve_length: reference engine.
    case(
        "X1184-029",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length.",
            "unsupported",
        ),
        color_of("nightdress", "blue", kind="open"),
        details(
            "nightdress",
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The dress is of long "
            "length. The dress is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Sweet Dreams Women Blue Paisley Print Cotton Night Gown",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: close crop, neck to hips, of a model in a burgundy lace balconette bra and matching briefs, no jewellery,
    # beige backdrop. Caption and open answers: adapter; color, is_a: reference engine.
    case(
        "X1184-030",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a v-shape neckline. The "
            "lower clothing is of three-point length. The fabric is other and it has pure color patterns. The female "
            "is wearing a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("The person is wearing a bra and panties."),
        color_of("bra", "pink", "contradiction", kind="open"),
        Q.color("maroon"),
        Q.material("lace"),
        is_a("bra", "yes"),
        gender="Women",
        title="Amante Women Burgundy Lace Padded Balconette Bra",
        category="Bra",
        color="Burgundy",
    ),
    # Photo: model in a yellow round-neck tee with a small sunflower graphic on the chest and grey lounge pants, no
    # watch or bracelet, white backdrop. Caption and open answers: adapter; garment_type, pattern: reference engine.
    case(
        "X1184-031",
        caption(
            "This female wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. This "
            "female",
            "cut",
            hit_limit=True,
        ),
        wearing("yellow shirt and grey pants", who="she"),
        color_of("t-shirt", "yellow", kind="open"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. Its neckline is round. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        Q.pattern("graphic"),
        gender="Women",
        title="Sweet Dreams Women Yellow Printed Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Yellow",
    ),
    # Photo: model in a white sleeveless calf-length cotton nightdress with an embroidered yoke, holding a book, pale
    # blue backdrop. Caption and open answers: adapter; color, is_a: reference engine.
    case(
        "X1184-032",
        caption(
            "This woman wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of three-quarter length."
        ),
        wearing("a white dress"),
        color_of("nightdress", "blue", "contradiction", kind="open"),
        details("nightdress", "The dress has embroidery on the neckline."),
        Q.color("white"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Nite Flite Women White Embroidered Pure Cotton Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Photo: flat lay on white of two plain camisoles side by side, one black, one skin-coloured. The feed leaves the
    # colour out. Caption and open answers: adapter; pattern, garment_type, is_a: reference engine.
    case(
        "X1184-033",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The upper",
            "loop",
            hit_limit=True,
        ),
        wearing("two tank tops"),
        Q.material("The tank top is with cotton fabric."),
        Q.pattern("solid"),
        Q.garment_type("tank top"),
        is_a("camisole", "yes"),
        gender="Women",
        title="Jockey Women Pack of 2 Solid Cotton Camisoles",
        category="Camisoles",
    ),
    # Photo: model in a navy tee tucked in at the front and grey melange joggers with a small white star print, side
    # pockets and cuffed hems, white backdrop. Caption and open answers: adapter; color, pattern: reference engine.
    case(
        "X1184-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("The lady wears a short-sleeve T-shirt with pure color patterns and a long pants."),
        color_of("pants", "grey", kind="open"),
        details("pants", "The pants have pockets on the side."),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("printed"),
        gender="Women",
        title="Dreamz by Pantaloons Women Grey Melange Printed Lounge Joggers",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model beside a potted plant in a white kurta-style night top with blue floral print, three-quarter
    # sleeves and a mandarin collar, with matching pyjama pants. Caption and open answers: adapter; sleeve_length,
    # is_a: reference engine.
    case(
        "X1184-035",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is standing. The pants are with cotton fabric and floral patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a medium-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "green", "contradiction", kind="open"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("night suit", "yes"),
        gender="Women",
        title="Sweet Dreams Women White & Blue Floral Print Pure Cotton Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: model in a nude strappy seamless shaping bodysuit, bare legs, white backdrop. Caption and open answers:
    # adapter; garment_type, color, is_a: reference engine.
    case(
        "X1184-036",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a v-shape neckline. The shorts "
            "this lady wears is of three-point length. The shorts are with other fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("The lady wears a sleeveless romper with pure color patterns."),
        Q.garment_type("bodysuit"),
        Q.color("beige"),
        Q.material("The romper is with other fabric.", "non_answer"),
        is_a("bodysuit", "yes"),
        title="Swee Women Nude Seamless Shaping Bodysuit",
        category="Shapewear",
        color="Nude",
    ),
    # Photo: model in a black long-sleeve round-neck thermal top and black thermal leggings, white backdrop. Caption
    # and open answers (both color_of included): adapter; sleeve_length: reference engine.
    case(
        "X1184-037",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "black", kind="open"),
        color_of("leggings", "black", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Black Solid Thermal Top and Leggings Set",
        category="Thermal Set",
        color="Black",
    ),
    # Photo: model in a black tee (not the product) and red-and-black buffalo-check flannel pyjama bottoms, white
    # backdrop. Caption and open answers: adapter; pattern, color, is_a: reference engine.
    case(
        "X1184-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and lattice patterns. There is "
            "a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and red plaid pants"),
        color_of("pants", "red", kind="open"),
        details(
            "pants",
            "The pants are with cotton fabric and lattice patterns. The pants are of long length. The lady wears a "
            "short-sleeve T-shirt with pure",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("red"),
        is_a("pair of pants", "yes"),
        gender="Women",
        title="Slumber Jill Women Red & Black Checked Flannel Pyjamas",
        category="Pyjamas",
        color="Red",
    ),
    # Photo: model sitting cross-legged on a white cube in a sea-green tee and matching sea-green joggers. Caption
    # and open answers: adapter; color, is_a: reference engine.
    case(
        "X1184-039",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and green pants", who="she"),
        color_of("t-shirt", "green", kind="open"),
        color_of("pants", "green", kind="open"),
        details("pants", "The pants are with cotton fabric and pure color patterns."),
        Q.color("green"),
        is_a("co-ord set", "yes"),
        title="Mast & Harbour Women Sea Green Solid Lounge T-shirt and Joggers Co-Ord Set",
        category="Co-Ords",
        color="Sea Green",
    ),
    # Photo: model in a navy non-padded non-wired bra and navy briefs under warm, dim light, beige backdrop. Caption
    # and open answers: adapter; color, pattern, is_a: reference engine.
    case(
        "X1184-040",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top and a three-point shorts. The tank top is with cotton fabric and "
            "pure color patterns. The shorts",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("bra", "blue", kind="open"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        is_a("bra", "yes"),
        gender="Women",
        title="Zivame Women Navy Blue Solid Non-Padded Non-Wired Bra",
        category="Bra",
        color="Navy Blue",
    ),
    # Photo: model seated on the edge of a bed with pillows, in a peach satin thigh-length babydoll with lace cups.
    # Caption and open answers: adapter; color, is_a: reference engine.
    case(
        "X1184-041",
        caption(
            "This woman wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline.",
            "contradiction",
        ),
        wearing("a pink nightgown"),
        describe(
            "babydoll",
            "The babydoll is a short dress with a v-shape neckline. The babydoll is a short dress with a v-shape "
            "neckline. The babydoll is",
            "loop",
            hit_limit=True,
        ),
        Q.color("peach"),
        Q.material("satin"),
        is_a("babydoll", "yes"),
        gender="Women",
        title="PrettySecrets Women Peach Satin Babydoll",
        color="Peach",
    ),
    # Photo: barefoot model in an off-white and blue vertically striped long-sleeve button-down nightshirt with a
    # collar and a chest pocket, mid-thigh length, bare legs. Caption and open answers: adapter; garment_type,
    # sleeve_length: reference engine.
    case(
        "X1184-042",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lower clothing is of three-point length.",
            "unsupported",
        ),
        wearing("The lady wears a long-sleeve shirt with striped patterns."),
        color_of("nightshirt", "blue and white", kind="open"),
        details("nightshirt", "The shirt has a pocket on the chest and buttons on the front."),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Marks & Spencer Women Off-White & Blue Striped Pure Cotton Nightshirt",
        category="Nightdress",
        color="Off White",
    ),
    # Photo: torso-to-thigh crop of a model in a white cropped tank top (not the product) and mauve high-waist
    # tummy-control briefs, white backdrop. Caption and open answers: adapter; color, garment_type, is_a: reference
    # engine.
    case(
        "X1184-043",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The shorts "
            "this lady wears is of three-point length. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("white tank top and purple underwear", who="she"),
        color_of("briefs", "white", "other_garment_color", kind="open"),
        Q.color("purple"),
        Q.garment_type("briefs"),
        is_a("pair of shorts", "no"),
        gender="Women",
        title="Bodycare Women Mauve Solid High-Waist Tummy Control Briefs",
        category="Briefs",
        color="Mauve",
    ),
    # Photo: model in a beige tee (not the product) and olive shorts with a small white leaf print and an elastic
    # waist, white backdrop. Caption and open answers: adapter; pattern, color: reference engine.
    case(
        "X1184-044",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has floral patterns."
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round.",
            hit_limit=True,
        ),
        color_of("shorts", "beige", "other_garment_color", kind="open"),
        details(
            "shorts",
            "What are the shorts details? The shorts are with cotton fabric and floral patterns.",
            "leak",
        ),
        Q.pattern("floral"),
        Q.color("olive"),
        gender="Women",
        title="Dreamz by Pantaloons Women Olive Green Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
    # Photo: model in a black short-sleeve notch-collar pyjama top with a white moon-and-star print and black shorts,
    # a matching black eye mask pushed up on her head. Caption and open answers: adapter; color, pattern, is_a:
    # reference engine.
    case(
        "X1184-045",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a three-point shorts. The shirt is with "
            "cotton fabric and its neckline is lapel. The shorts are with cotton fabric and graphic patterns. There "
            "is a hat in her head.",
            "unsupported",
        ),
        wearing("a black and white pajama set"),
        color_of("shirt", "white", "contradiction", kind="open"),
        Q.color("black"),
        Q.pattern("printed"),
        is_a("night suit", "yes"),
        gender="Women",
        title="Clovia Women Black Printed Night Suit with Eye Mask",
        category="Night suits",
        color="Black",
    ),
]
