"""BLIND_400 (46 products; DeepFashion In-shop style women's catalog on white backdrops, VQA + caption adapters):
written blind in the forty-sixth session. Measured blind at 5963d24 (the session's rules as they stood): 119/140
failures found (85.0%) and 2/181 correct texts flagged (1.1%). The writer's notes, verbatim:

Scenario: a DeepFashion In-shop style women's catalog: blouses and shirts, tees and tanks, graphic tees, sweaters,
cardigans, jackets and coats, dresses, rompers and jumpsuits, skirts, shorts, pants, denim and leggings, each shot on
a model against a white studio backdrop (front view unless the comment says otherwise). Most products are worn with
other garments (jeans under a blouse, a tank under a cardigan, a tee tucked into a skirt), a few with a prop (a straw
bag, a wooden stool). The feed has title, category (In-shop class names written out: "Blouses & Shirts", "Tees &
Tanks"...), the seller's color (often a shade: Navy, Taupe, Mustard, Coral, Heather grey) and gender; a few rows miss
the color or the gender.

Who wrote what: every caption comes from the original experiments' caption adapter (the DeepFashion-MultiModal
template, "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric..."). It was
trained with no end token, so it always runs to its 50-token limit (hit_limit=True) and either repeats a template
sentence, stops mid-sentence, or, on a few short outfits, happens to end on a full stop at the limit. Its template
names no hues, only patterns, fabrics, sleeve and leg lengths. Where a comment says so, the adapter also answered an
open question (details, description, material) and returned its template (30-token limit, hit_limit=True). All other
open questions (wearing, description, details, material, neckline, print) come from the untuned base model: short
lowercase texts that stop on their own. The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers, ranked over candidate
sets with the VQA adapter (trained on In-shop class names): they never loop or get cut, but they pick wrong values.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, teal or sky blue; white for cream or ivory; pink for coral, blush or
  rose; yellow for mustard (orange for mustard is a contradiction); purple for lilac or plum; green for olive, mint,
  teal or emerald; beige or brown for taupe, khaki or camel; grey for charcoal or heather grey.
- Garment synonyms are correct in open answers: top or shirt for a blouse, t-shirt for a tee, jeans for skinny
  denim pants, sweater for a cardigan, kimono for the kimono-style cardigan, blazer for a tailored jacket. The closed
  garment_type is chosen among the In-shop classes, so "sweater" for a cardigan or "pants" for a jumpsuit there is a
  contradiction, as is "yes" to "Is this a dress?" for a romper.
- Chambray answered "denim" is correct (the model cannot tell them apart); "silk" for satin is unsupported, "leather"
  for a cotton trench is unsupported; "knit", "ribbed cotton", "cotton" for plain cotton-look tees are correct.
- A color of another garment in the photo given to the asked garment (the skirt's black for the tee, the sweater's
  pink for the jeans, the jacket's black for the tee under it) is other_garment_color. A color nothing in the photo
  has, one color for two differently colored garments in one open answer, and the print's color given as the
  garment's color are contradiction. The pattern of another garment (stripes of the tee for a solid skirt, the
  dress's flowers for a plain denim jacket) is contradiction.
- For a black-and-white gingham shirt, "white" is correct (one of its two colors), even though the jeans are white.
  A sky-blue tee worn with blue denim shorts: "blue" for both is correct, the two really share the color.
- Captions: a caption that restarts a template sentence is loop; one that ends mid-sentence without repeating is
  cut, even where it invented an accessory or a wrong fabric first (the cut is what the auditor sees first); one that
  turns a romper or a jumpsuit into a shirt or tank top plus shorts or trousers is contradiction (hit_limit kept).
  Five captions end exactly on a full stop at the limit with nothing wrong in them: correct, hit_limit kept.
  The template's neckline guess (round for an off-shoulder top) is not labelled apart from the cut that ends it.
- Adapter answers: details or description returned as the template are loop or cut (they do describe); the
  template returned for the material question is restated.
- Base answers: "he" for a woman is pronoun; run-on "Question: ... Answer: ..." is leak; an answer that stops after
  "it is made of" is cut without hit_limit; "they are short", "the top has details" and an empty answer are
  non_answer; the garment's name and color for the material question is restated; items or features not in the
  photo (a belt, a bow, lace trim, a hood, buttons on an open-front cardigan, a slit, a pocket, a zipper on a back the
  photo does not show, a second word of a slogan) are unsupported.
- A straw bag the model holds, a stool she sits on, a belt she really wears: correct when named.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the top?", "open")
printed = question("print", "What is printed on the shirt?", "open")

BLIND_400 = [
    # photo: cream sheer chiffon button-down blouse, long sleeves, worn with dark blue skinny jeans; white backdrop.
    # caption, details: adapter
    case(
        "X400-001",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The trousers the lady wears are of long length. The trousers are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white blouse and blue jeans"),
        B.garment_type("blouse"),
        B.color("white"),
        color_of("pants", "blue"),
        D.details(
            "The shirt is with chiffon fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "chiffon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.material("chiffon"),
        D.description("a white blouse with buttons and a tie at the neck", "unsupported"),
        title="Sheer Chiffon Button-Down Blouse",
        category="Blouses & Shirts",
        color="Cream",
        gender="Women",
    ),
    # photo: heather grey tee with thin white stripes and a chest pocket, short sleeves, tucked into a black mini
    # skirt; white backdrop. caption: adapter
    case(
        "X400-002",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "The lady wears a short-sleeve T-shirt with striped patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey and white striped shirt and a black skirt"),
        B.pattern("striped"),
        B.color("black", "other_garment_color"),
        D.details("a pocket on the chest"),
        B.sleeve_length("short sleeves"),
        B.material("cotton"),
        D.description("a grey striped shirt with a black", "cut"),
        title="Striped Pocket Tee",
        category="Tees & Tanks",
        color="Heather grey",
        gender="Women",
    ),
    # photo: black cami tank with lace trim at the neckline, thin straps, worn with white cotton shorts; white
    # backdrop, no jewellery. caption: adapter
    case(
        "X400-003",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. The neckline of it is suspenders. "
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. Her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and white shorts"),
        D.description("black lace tank top"),
        color_of("shorts", "white"),
        B.color("black"),
        is_a("tank top", "yes"),
        D.details("the tank top has lace on the top and a bow in the middle", "unsupported"),
        B.material("the tank top is black", "restated"),
        title="Lace-Trimmed Cami",
        category="Tees & Tanks",
        color="Black",
        gender="Women",
    ),
    # photo: coral sleeveless fit-and-flare dress with a small white floral print, knee length, no belt; white
    # backdrop. caption: adapter
    case(
        "X400-004",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a sleeveless dress with floral patterns. The dress is with chiffon "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a floral dress"),
        B.color("pink"),
        B.pattern("floral"),
        D.details("a floral print and a belt", "unsupported"),
        B.material("cotton"),
        D.description(
            "a pink floral dress Question: What is the material of the dress? Answer: cotton",
            "leak",
        ),
        title="Floral Print Fit & Flare Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: navy cable-knit crew-neck sweater, long sleeves, worn with light-wash jeans; white backdrop.
    # caption: adapter
    case(
        "X400-005",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The trousers the lady wears are of long length. The trousers are with denim fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue sweater and jeans"),
        B.color("black", "contradiction"),
        B.material("knit"),
        color_of("pants", "blue"),
        D.description("a navy blue sweater with a cable knit pattern"),
        D.details("the sweater has a cable knit pattern and a zipper", "unsupported"),
        title="Cable Knit Sweater",
        category="Sweaters",
        color="Navy",
        gender="Women",
    ),
    # photo: olive utility jacket with a zip front and two flap chest pockets, long sleeves, open over a white tee,
    # black skinny pants; white backdrop. caption: adapter
    case(
        "X400-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady also wears an outer clothing, with cotton fabric and pure color patterns. The "
            "pants this lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket, white shirt and black pants", who="she"),
        B.garment_type("jacket"),
        B.color("white", "other_garment_color"),
        D.details("pockets on the chest and a zipper"),
        color_of("pants", "green", "other_garment_color"),
        D.description("he is wearing a green jacket", "pronoun"),
        title="Utility Jacket",
        category="Jackets & Coats",
        color="Olive",
        gender="Women",
    ),
    # photo: light blue chambray romper, short sleeves, collar, button front, self-tie waist, shorts legs; white
    # backdrop. caption: adapter (romper turned into a shirt and shorts)
    case(
        "X400-007",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue romper"),
        B.garment_type("romper"),
        is_a("dress", "yes", "contradiction"),
        B.color("blue"),
        B.material("denim"),
        D.details("pockets on the chest and a tie at the waist"),
        title="Chambray Tie-Waist Romper",
        category="Rompers & Jumpsuits",
        color="Light blue",
        gender="Women",
    ),
    # photo: white oversized cotton button-up shirt with a collar and one chest pocket, long sleeves, black leggings;
    # white backdrop. caption: adapter (ends on a full stop at the limit)
    case(
        "X400-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt and black leggings", "pronoun", who="she"),
        B.color("white"),
        color_of("pants", "black"),
        D.details("buttons down the front and a collar"),
        D.description(
            "a white shirt with a pocket Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        title="Oversized Poplin Shirt",
        category="Blouses & Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mint pleated midi skirt with a white tank tucked in; white backdrop. caption: adapter
    case(
        "X400-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. The lady wears a sleeveless tank top with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white top and green skirt"),
        B.garment_type("skirt"),
        B.color("green"),
        B.pattern("striped", "contradiction"),
        color_of("top", "white"),
        D.description("a green pleated skirt"),
        B.material("a green skirt", "restated"),
        title="Pleated Midi Skirt",
        category="Skirts",
        color="Mint",
        gender="Women",
    ),
    # photo: white tee with a black cat drawing and "BONJOUR" printed under it, short sleeves, light blue denim
    # shorts; white backdrop. caption: adapter
    case(
        "X400-010",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. The lady wears a short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        printed("a cat"),
        B.color("white"),
        D.wearing("a white t - shirt with a cat on it and white shorts", "contradiction"),
        color_of("shorts", "blue"),
        B.pattern("graphic"),
        D.details("the shirt has a cat on it and says bonjour paris", "unsupported"),
        title="Bonjour Graphic Tee",
        category="Graphic Tees",
        color="White",
        gender="Women",
    ),
    # photo: taupe belted trench coat, knee length, long sleeves, over a black top and black pants; white backdrop.
    # caption, details: adapter
    case(
        "X400-011",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige trench coat"),
        B.color("brown"),
        D.description("a beige trench coat with a belt"),
        B.material("leather", "unsupported"),
        color_of("pants", "black"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        title="Belted Trench Coat",
        category="Jackets & Coats",
        color="Taupe",
        gender="Women",
    ),
    # photo: light-wash mid-rise skinny jeans, grey crew-neck tee on top; white backdrop.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X400-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers the lady wears are of long length. The trousers are with denim "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and jeans"),
        color_of("jeans", "grey", "other_garment_color"),
        B.garment_type("pants"),
        D.details("the jeans have a zipper and pockets"),
        B.material("denim"),
        D.description("a pair of grey jeans", "other_garment_color"),
        title="Mid-Rise Skinny Jeans",
        category="Denim",
        color="Light wash",
        gender="Women",
    ),
    # photo: black ankle leggings with mesh panels at the calves, pink racerback sports tank; white backdrop.
    # caption: adapter
    case(
        "X400-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink tank top and black leggings"),
        B.color("pink", "other_garment_color"),
        D.details("mesh panels on the legs"),
        B.material("black leggings", "restated"),
        B.garment_type("leggings"),
        title="Mesh Panel Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: ivory chunky open-front cardigan with no buttons, long sleeves, over a black tank and grey jeans; white
    # backdrop. caption: adapter
    case(
        "X400-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady also wears an outer clothing, with knitting fabric and pure color "
            "patterns. The trousers the",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and black top"),
        B.garment_type("cardigan"),
        B.color("black", "other_garment_color"),
        is_a("cardigan", "yes"),
        D.details("buttons on the front", "unsupported"),
        title="Open-Front Cardigan",
        category="Cardigans",
        color="Ivory",
        gender="Women",
    ),
    # photo: red wrap midi dress, three-quarter sleeves, V neck, tie at the waist; white backdrop. caption: adapter
    case(
        "X400-015",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. There is an accessory on her wrist. The lady wears a medium-sleeve dress with pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.description("a red wrap dress with a v neck"),
        D.details(
            "a v - neck and a tie at the waist Question: What is the color of the dress? Answer: red",
            "leak",
        ),
        B.color("red"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Wrap Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black-and-white gingham button-front shirt, long sleeves, with white jeans; white backdrop.
    # caption, details: adapter
    case(
        "X400-016",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers the lady wears are of long length. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white checkered shirt and white pants"),
        B.pattern("plaid"),
        B.color("white"),
        D.description("a black and white shirt"),
        B.material("cotton"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Gingham Check Shirt",
        category="Blouses & Shirts",
        color="Black/white",
        gender="Women",
    ),
    # photo: khaki cuffed chino shorts with a brown belt, white sleeveless blouse tucked in; white backdrop.
    # caption: adapter
    case(
        "X400-017",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The lady wears a belt. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and tan shorts"),
        color_of("shorts", "beige"),
        B.color("white", "other_garment_color"),
        D.details("they are short", "non_answer"),
        title="Cuffed Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: mustard ribbed knit tank, sleeveless, round neck, white jeans; white backdrop.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X400-018",
        caption(
            "Her tank top has no sleeves, knitting fabric and pure color patterns. The neckline of it is round. The "
            "lady wears a long trousers. The trousers are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a yellow tank top and white jeans"),
        B.color("orange", "contradiction"),
        B.sleeve_length("sleeveless"),
        B.material("ribbed cotton"),
        D.description("a yellow tank top with ribbed", "cut"),
        color_of("pants", "yellow", "other_garment_color"),
        title="Ribbed Knit Tank",
        category="Tees & Tanks",
        color="Mustard",
        gender="Women",
    ),
    # photo: blush woven top with short ruffled sleeves, round neck, no bow, with black cropped pants; white backdrop.
    # caption: adapter
    case(
        "X400-019",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and black pants"),
        B.color("pink"),
        color_of("pants", "black"),
        D.details("ruffles on the sleeves"),
        D.description("a pink blouse with ruffles and a bow", "unsupported"),
        B.material("chiffon"),
        is_a("blouse", "no", "contradiction"),
        title="Ruffle Sleeve Top",
        category="Blouses & Shirts",
        color="Blush",
        gender="Women",
    ),
    # photo: black faux-leather moto jacket with an asymmetric zip, open over a grey tee, black jeans; white backdrop.
    # caption: adapter
    case(
        "X400-020",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a black leather jacket and black jeans", "pronoun", who="she"),
        B.material("leather"),
        color_of("shirt", "black", "other_garment_color"),
        D.details("a zipper on the front and pockets"),
        B.color("black"),
        title="Faux Leather Moto Jacket",
        category="Jackets & Coats",
        color="Black",
        gender="Women",
    ),
    # photo: navy A-line skirt with white polka dots, no pleats, no pockets, white short-sleeve blouse tucked in;
    # white backdrop. caption: adapter
    case(
        "X400-021",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and graphic "
            "patterns. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a blue polka dot skirt"),
        color_of("skirt", "blue"),
        B.pattern("polka dot"),
        B.color("blue"),
        D.description("a blue skirt with white polka dots and pockets", "unsupported"),
        D.details("the skirt has pleats", "unsupported"),
        title="Dot Print A-Line Skirt",
        category="Skirts",
        color="Navy",
        gender="Women",
    ),
    # photo: plum sleeveless wide-leg jumpsuit, V neck, no belt; white backdrop.
    # caption: adapter (jumpsuit turned into a tank top and trousers)
    case(
        "X400-022",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. The neckline of it is V-shape. The "
            "trousers the lady wears are of long length. The trousers are with chiffon fabric and pure color "
            "patterns. Her tank",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a purple jumpsuit"),
        B.garment_type("pants", "contradiction"),
        B.color("purple"),
        is_a("jumpsuit", "yes"),
        B.sleeve_length("sleeveless"),
        D.details("the jumpsuit has a belt", "unsupported"),
        D.description(
            "a purple jumpsuit Question: What is the color of the jumpsuit? Answer: purple",
            "leak",
        ),
        title="Wide-Leg Jumpsuit",
        category="Rompers & Jumpsuits",
        color="Plum",
        gender="Women",
    ),
    # photo: white long-sleeve blouse with pintucks down the front, V neck, black straight pants; white backdrop.
    # caption: adapter
    case(
        "X400-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey pants", "contradiction"),
        B.color("white"),
        color_of("pants", "black"),
        D.details("pleats on the front"),
        B.material("the shirt is white", "restated"),
        title="Pintuck Woven Blouse",
        category="Blouses & Shirts",
        color="White",
        gender="Women",
    ),
    # photo: navy-and-white Breton striped tee, long sleeves, boat neck, beige chinos; white backdrop, no pocket.
    # caption: adapter
    case(
        "X400-024",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The trousers the lady wears are of long length. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue pants", "contradiction"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        B.color("blue"),
        D.description("a blue and white striped shirt"),
        D.details("it has stripes and a pocket on the front", "unsupported"),
        title="Breton Stripe Tee",
        category="Tees & Tanks",
        color="Navy/white",
        gender="Women",
    ),
    # photo: black long-sleeve bodycon dress, round neck, knee length; white backdrop.
    # caption, details, material: adapter
    case(
        "X400-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress", who="she"),
        D.description("she is wearing a black dress with long sleeves"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress",
            "restated",
            hit_limit=True,
        ),
        B.color("black"),
        title="Long Sleeve Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: olive cargo jogger pants with side pockets and elastic cuffs, black tee; white backdrop.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X400-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers the lady wears are of long length. The trousers are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a black shirt and green pants"),
        color_of("pants", "green"),
        B.color("black", "other_garment_color"),
        D.details("pockets on the sides and elastic at the ankles"),
        B.garment_type("pants"),
        D.material(
            "it is made of cotton Question: What are the details of the pants? Answer: pockets",
            "leak",
        ),
        color_of("shirt", "green", "other_garment_color"),
        title="Cargo Jogger Pants",
        category="Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: light-wash denim jacket, long sleeves, open over a white sleeveless floral sundress; white backdrop.
    # caption: adapter
    case(
        "X400-027",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The lady also wears an outer clothing, with denim fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a floral dress"),
        B.color("white", "other_garment_color"),
        B.pattern("floral", "contradiction"),
        B.material("denim"),
        B.garment_type("jacket"),
        title="Classic Denim Jacket",
        category="Jackets & Coats",
        color="Light blue",
        gender="Women",
    ),
    # photo: charcoal tailored two-button blazer, long sleeves, over a white tee and black pants; white backdrop.
    # caption: adapter
    case(
        "X400-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady also wears an outer clothing, with cotton fabric and pure color "
            "patterns. The pants this lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey blazer, white t - shirt and black pants"),
        B.color("grey"),
        D.description("a grey blazer with two buttons"),
        D.details("the blazer has details", "non_answer"),
        B.sleeve_length("short sleeves", "contradiction"),
        color_of("pants", "grey", "other_garment_color"),
        title="Tailored Blazer",
        category="Jackets & Coats",
        color="Charcoal",
        gender="Women",
    ),
    # photo: sky blue crew-neck tee, short sleeves, blue denim shorts, model holding a straw tote bag; white backdrop.
    # caption: adapter
    case(
        "X400-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt, jean shorts and a straw bag"),
        B.color("blue"),
        color_of("shorts", "blue"),
        D.details("a round neck and short sleeves"),
        B.garment_type("tee"),
        B.material("a blue t - shirt", "restated"),
        D.description("a blue t - shirt with a pocket", "unsupported"),
        title="Crew Neck Tee",
        category="Tees & Tanks",
        color="Sky blue",
        gender="Women",
    ),
    # photo: burgundy velvet slip dress, spaghetti straps, midi length, plain edges (no lace); white backdrop.
    # caption, details: adapter
    case(
        "X400-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with other "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        B.color("red"),
        B.material("velvet"),
        D.description("a burgundy velvet slip dress with lace trim", "unsupported"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        D.details(
            "The dress is with other fabric and pure color patterns. It has a suspenders neckline. The dress is with "
            "other fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Velvet Slip Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black cropped wide-leg pants, high waist, red-and-white striped short-sleeve tee tucked in; white
    # backdrop. caption: adapter
    case(
        "X400-031",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The trousers the lady wears are of three-quarter length. The trousers are with cotton "
            "fabric and pure color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and white striped shirt and black pants"),
        color_of("pants", "black"),
        B.pattern("striped", "contradiction"),
        D.details("wide legs and a high waist"),
        color_of("top", "red"),
        B.material("the pants are made of", "cut"),
        title="Cropped Wide-Leg Pants",
        category="Pants",
        color="Black",
        gender="Women",
    ),
    # photo: teal peplum top, short sleeves, round neck, ruffle at the waist, white jeans; white backdrop.
    # caption: adapter
    case(
        "X400-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The trousers the lady wears are of long length. The trousers are with denim fabric and "
            "pure color patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green top and white jeans"),
        B.color("blue"),
        D.description("a teal top with a ruffle"),
        D.details(
            "a ruffle at the waist Question: what is the color of the top? Answer: blue",
            "leak",
        ),
        B.material("cotton"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Peplum Top",
        category="Blouses & Shirts",
        color="Teal",
        gender="Women",
    ),
    # photo: heather grey long open cardigan with two patch pockets, no hood, over a white tee and blue jeans; white
    # backdrop. caption: adapter
    case(
        "X400-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady also wears an outer clothing, with knitting fabric and pure color "
            "patterns. The trousers the lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey cardigan, white shirt and jeans"),
        B.garment_type("sweater", "contradiction"),
        B.color("grey"),
        is_a("cardigan", "yes"),
        D.details("pockets on the front"),
        D.description("a grey cardigan with pockets and a hood", "unsupported"),
        title="Long Pocket Cardigan",
        category="Cardigans",
        color="Heather grey",
        gender="Women",
    ),
    # photo: tangerine paperbag-waist shorts with a self-tie belt, white cropped tee; white backdrop.
    # caption: adapter
    case(
        "X400-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The lady wears a short-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and orange shorts"),
        color_of("shorts", "orange"),
        D.details("they have a tie at the waist"),
        B.material("it is made of", "cut"),
        B.color("white", "other_garment_color"),
        title="Paperbag Waist Shorts",
        category="Shorts",
        color="Tangerine",
        gender="Women",
    ),
    # photo: ivory kimono with pink flowers, wide elbow-length sleeves, open over a black tank and black shorts; white
    # backdrop. caption, details: adapter
    case(
        "X400-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady also wears an outer clothing, with chiffon fabric and floral patterns. "
            "The lady wears a three-",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a floral kimono and black shorts"),
        B.color("black", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        D.details(
            "The lady also wears an outer clothing, with chiffon fabric and floral patterns. The lady also wears an "
            "outer clothing, with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.description("a white and pink floral kimono with a belt", "unsupported"),
        title="Floral Print Kimono",
        category="Cardigans",
        color="Ivory",
        gender="Women",
    ),
    # photo: emerald satin button-up blouse, long sleeves, tucked into a black mini skirt; white backdrop.
    # caption: adapter
    case(
        "X400-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and a black skirt"),
        B.color("green"),
        B.material("silk", "unsupported"),
        color_of("skirt", "black"),
        D.description("a green satin shirt with buttons"),
        D.details(
            "buttons on the front Question: What is the color of the skirt? Answer: black",
            "leak",
        ),
        title="Satin Button-Up Blouse",
        category="Blouses & Shirts",
        color="Emerald",
        gender="Women",
    ),
    # photo: black romper with a white floral print, short sleeves, V neck, shorts legs; white backdrop. The feed
    # row has no gender. caption: adapter (romper turned into a shirt and shorts)
    case(
        "X400-037",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a three-point shorts. The shorts are with chiffon fabric and floral "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black and white floral romper"),
        B.color("white", "contradiction"),
        B.garment_type("romper"),
        D.description("a black floral romper with short sleeves"),
        D.details("", "non_answer"),
        title="Floral Print Romper",
        category="Rompers & Jumpsuits",
        color="Black",
    ),
    # photo: red-and-black plaid flannel shirt, long sleeves, two chest pockets, buttoned, over blue jeans; white
    # backdrop. caption: adapter
    case(
        "X400-038",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers the lady wears are of long length. The trousers are with denim fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a red plaid shirt and blue jeans", who="she"),
        B.pattern("plaid"),
        B.color("red"),
        B.material("flannel"),
        D.details("buttons and two pockets on the chest"),
        color_of("pants", "blue"),
        title="Plaid Flannel Shirt",
        category="Blouses & Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: lilac tie-front crop top, short sleeves, V neck, white high-waisted shorts; white backdrop.
    # caption: adapter
    case(
        "X400-039",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The lady wears a short-sleeve shirt with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple top and white shorts"),
        B.color("purple"),
        D.details("a tie at the front"),
        D.description("he is wearing a purple crop top with a tie", "pronoun"),
        color_of("shorts", "purple", "other_garment_color"),
        title="Tie-Front Crop Top",
        category="Blouses & Shirts",
        color="Lilac",
        gender="Women",
    ),
    # photo: white denim mini skirt, navy-and-white striped tee tucked in; white backdrop. The feed row has no
    # color. caption: adapter
    case(
        "X400-040",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and a white skirt"),
        color_of("skirt", "blue", "other_garment_color"),
        B.material("denim"),
        B.pattern("striped", "contradiction"),
        B.garment_type("skirt"),
        D.description("a white denim skirt with a slit", "unsupported"),
        title="Denim Mini Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: camel double-breasted wool coat, knee length, over a black turtleneck and black pants; white backdrop.
    # caption: adapter
    case(
        "X400-041",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. The lady also wears an outer clothing, with furry fabric and pure color patterns. "
            "The pants this lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat and black pants"),
        B.color("brown"),
        B.material("wool"),
        D.details("buttons on the front and a collar"),
        is_a("jacket", "yes"),
        color_of("pants", "brown", "other_garment_color"),
        D.description("a brown coat with a belt", "unsupported"),
        title="Double-Breasted Wool Coat",
        category="Jackets & Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: brown-and-black leopard print satin midi slip skirt, no slit, black tee tucked in; white backdrop.
    # caption, details: adapter
    case(
        "X400-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic "
            "patterns. The lady wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black shirt and a leopard print skirt"),
        B.pattern("leopard print"),
        color_of("skirt", "brown"),
        B.color("brown"),
        D.description("a leopard print skirt with a slit on the side", "unsupported"),
        B.material("satin"),
        D.details(
            "The skirt is with chiffon fabric and graphic patterns. The skirt is with chiffon fabric and graphic "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Leopard Print Slip Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: white smocked off-shoulder top, short puff sleeves, blue jeans; white backdrop.
    # caption, description: adapter
    case(
        "X400-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The trousers the lady wears are of long length. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white off the shoulder top and jeans"),
        neckline("off the shoulder"),
        B.color("white"),
        D.details("the top has details", "non_answer"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color"),
        title="Smocked Off-Shoulder Top",
        category="Blouses & Shirts",
        color="White",
        gender="Women",
    ),
    # photo: blue-and-purple geometric print leggings with no pockets, black racerback tank; white backdrop.
    # caption: adapter
    case(
        "X400-044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears long leggings. The leggings are with cotton fabric and graphic "
            "patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and blue and purple leggings"),
        color_of("leggings", "black", "other_garment_color"),
        B.pattern("geometric"),
        D.details("the leggings have a print on them and a pocket on the side", "unsupported"),
        B.garment_type("leggings"),
        B.material("the leggings are made of", "cut"),
        title="Printed Leggings",
        category="Leggings",
        color="Multi",
        gender="Women",
    ),
    # photo: white sleeveless eyelet shift dress, round neck, front view, model sitting on a wooden stool; white
    # backdrop. caption: adapter
    case(
        "X400-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a ring on her finger. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white dress", "pronoun", who="she"),
        D.description("a white dress with holes in it"),
        B.color("white"),
        B.material("cotton"),
        D.details("embroidery and a zipper on the back", "unsupported"),
        title="Eyelet Shift Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: blush pink cropped crew-neck sweater, long sleeves, light blue jeans; white backdrop.
    # caption: adapter (ends on a full stop at the limit); details: adapter
    case(
        "X400-046",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The trousers the lady wears are of long length. The trousers are with denim fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a pink sweater and blue jeans"),
        B.color("pink"),
        color_of("pants", "pink", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.material("a pink sweater", "restated"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The sweater is "
            "with knitting",
            "loop",
            hit_limit=True,
        ),
        title="Cropped Knit Sweater",
        category="Sweaters",
        color="Blush",
        gender="Women",
    ),
]
