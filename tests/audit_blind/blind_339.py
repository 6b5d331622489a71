"""BLIND_339 (46 products; women's DeepFashion In-shop clothes on white backdrops, front/side/back views): written blind
in the forty-fourth session. Measured blind at 6ca75e2 (the session's rules as they stood): 109/125 failures found
(87.2%) and 1/159 correct texts flagged (0.6%). The writer's notes, verbatim:

Scenario: a DeepFashion In-shop style catalog of women's clothes photographed on a plain white studio backdrop:
blouses and shirts, tees and tanks, graphic tees, cardigans and sweaters, hoodies, dresses, skirts, shorts, pants,
leggings, jackets and coats, rompers and jumpsuits. Each photo is one view (front, side or back) of a model wearing the
product with other garments (a tee under a cardigan, jeans under a blouse). The feed has the In-shop style columns:
title, category (Blouses_Shirts, Tees_Tanks, ...), a vendor color (Coral, Heather grey, White-charcoal, Cream-navy,
Medium wash ...) and gender; a few rows miss the gender, as real feeds do.

Who wrote what: every caption comes from the experiments' caption adapter (the DeepFashion-MultiModal template, "The
lady wears a sleeveless tank top with pure color patterns ..."). It was trained with no end-of-answer token, so it
runs to its 50-token limit (hit_limit=True), is cut mid-sentence or restarts its template, names patterns and
fabrics but never hues, and invents its stock "accessory on her wrist". Where a comment says so, the adapter also
answered an open question (details, description, material); it returns its template there too, cut at 30 tokens
(hit_limit=True). All other open questions (wearing, description, details, material, the set's own print and
neckline questions) come from the untuned base `Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on their
own (never hit_limit). The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color
questions, "Is this a ...?") are enrich's `--engine reference` answers, scored with the base model plus the VQA
adapter over candidate sets: always a clean candidate, never a loop or a cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the vendor color: red for burgundy, pink for blush or coral, orange for coral,
  purple for lavender or mauve, green for mint, olive, teal or emerald, blue for navy, teal, cobalt or chambray,
  white for cream or ivory, grey for heather grey or charcoal, beige or brown for taupe and khaki. For a two-color
  vendor color (Black-white, White-charcoal) either color is correct. Mustard answered "orange" is contradiction.
- A print color given as the garment's color (white for a navy dress with white flowers, pink for a white romper with
  red flowers when the vendor says White-red) is contradiction. The product's closed color answered with the color of
  another piece in the photo (the tucked-in tee, the jeans, the cami under a cardigan) is other_garment_color. A
  per-piece question about a piece that is not the product (color of the pants, shirt or jeans) answered with the
  product's own color is contradiction (one color for two garments), since it says nothing false about the product.
- Garment synonyms are correct: tank top or top for a blouse, sweater for a cardigan, hoodie or sweatshirt for a
  hoodie, yoga pants for leggings, blazer or jacket for a blazer, trench coat for a coat, jean skirt/jean shorts for
  denim ones, "checkered" and "plaid" for gingham. A romper or jumpsuit called a dress, "a tank top and shorts" or
  "a shirt and shorts", or a one-piece color-block dress called "a white shirt and a black skirt", is contradiction;
  garment_type naming another piece of the outfit (the dress under a trench) is contradiction.
- Layered outfits named piece by piece ("a grey cardigan over a white shirt and black leggings") are correct. Long
  sleeves rolled up are still long sleeves. The white backdrop is never a garment color here.
- Pleats or knit ribs answered "striped" is contradiction; stripes answered "solid" is contradiction; gingham as
  "plaid" is correct; polka dots as "polka dot" correct.
- Invented details (a belt, a chest pocket, a hood, a slit, a fringe hem, collar and buttons on a peasant top) are
  unsupported, and so is any front detail (zips, kangaroo pocket, a bow) claimed from a back-view photo, or a
  v-neck claimed from a back view. A neckline contradicting the title (round neck for a V-Neck tee) is contradiction.
- Materials: one the title names (chiffon, linen, velvet, fleece, flannel, satin, crochet, lace, faux leather as
  "leather") or plainly visible (denim for chambray, knit for a knit sweater, lace on a lace panel) is correct; cotton
  for a jersey tee or dress is a plausible guess and correct; a material neither named nor visible (silk on a poplin
  shirt, denim on twill cargo shorts or an anorak, leather on a trench) is unsupported.
- Adapter texts: a text that restarts a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut, even where it invents an accessory or a wrong fabric before it stops. Where the template misnames
  the garment (a romper as "a tank top ... and a three-point shorts", a jumpsuit as a dress) the misnaming is what the
  auditor sees first: contradiction, hit_limit kept. The template returned for the material question is restated.
- Base answers: "it is made of" or a description stopping at "on the" is cut (no hit_limit); "the details of the
  dress", "it is made of fabric", an empty answer and "the shorts are short" are non_answer; "the material of the
  garment" and a material question answered with the garment's name and color are restated; a text running on into
  "Question: ... Answer: ..." is leak even when its first words are right; a short repeated phrase that the base
  model stops on ("a collar and buttons and a collar and buttons") is loop; "he" for a woman is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
printed = question("print", "What is written on the shirt?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_339 = [
    # photo: front view, woman in a coral sleeveless chiffon blouse with a round keyhole neck, tucked into white
    # jeans; plain white backdrop.
    # caption: adapter
    case(
        "X339-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric. It has a round neckline. The pants are with denim fabric and solid color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a coral top and white jeans"),
        D.garment_type("blouse"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.material("chiffon"),
        title="Chiffon Keyhole Blouse",
        category="Blouses_Shirts",
        color="Coral",
        gender="Women",
    ),
    # photo: back view, woman in a heather grey short-sleeve knit tee with black leggings; white backdrop.
    # caption: adapter
    case(
        "X339-002",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns. The person wears a "
            "short-sleeve T-shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and black leggings"),
        D.color("grey"),
        D.description("a grey shirt with a v-neck", "unsupported"),
        D.sleeve_length("short sleeves"),
        title="Heathered Knit Tee",
        category="Tees_Tanks",
        color="Heather grey",
        gender="Women",
    ),
    # photo: front view, woman in a black-and-white striped short-sleeve bodycon midi dress, black heels; white
    # backdrop. No belt.
    # caption: adapter
    case(
        "X339-003",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a short-sleeve dress with striped patterns. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white striped dress"),
        D.pattern("striped"),
        D.color("black"),
        D.details("the dress has stripes and a belt", "unsupported"),
        D.material("the dress is made of cotton"),
        title="Striped Bodycon Midi Dress",
        category="Dresses",
        color="Black-white",
        gender="Women",
    ),
    # photo: front view, woman in a mint knee-length pleated chiffon skirt with a white tank top tucked in; white
    # backdrop.
    # caption: adapter
    case(
        "X339-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a medium-length skirt. The tank top is "
            "with cotton fabric. It has a suspenders neckline. The skirt is with chiffon fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and a green skirt"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        color_skirt("green"),
        D.pattern("striped", "contradiction"),
        title="Pleated Chiffon Skirt",
        category="Skirts",
        color="Mint",
        gender="Women",
    ),
    # photo: side view, woman in an olive cotton utility anorak with a drawstring hood and front zip, long sleeves,
    # over a white tee and blue jeans; white backdrop.
    # caption: adapter
    case(
        "X339-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with denim fabric and solid color patterns. This lady also wears an outer "
            "clothing, with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and jeans"),
        D.garment_type("jacket"),
        D.color("green"),
        color_of("shirt", "white"),
        D.details("the jacket has a hood and a zipper"),
        D.material("denim", "unsupported"),
        title="Utility Anorak Jacket",
        category="Jackets_Coats",
        color="Olive",
        gender="Women",
    ),
    # photo: front view, woman in a cream open-knit long-sleeve cardigan, open over a black cami and black shorts;
    # white backdrop.
    # caption: adapter
    case(
        "X339-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a three-point shorts. The sweater is "
            "with knitting fabric. The shorts are with cotton fabric and pure color patterns. This lady also wears an "
            "outer clothing, with knitting",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sweater and black shorts", who="she"),
        D.color("black", "other_garment_color"),
        is_a("cardigan", "yes"),
        D.material("knit"),
        D.sleeve_length("long sleeves"),
        title="Open-Knit Cardigan",
        category="Cardigans",
        color="Cream",
        gender="Women",
    ),
    # photo: front view, woman in a navy short-sleeve button-down blouse with small cream polka dots, no pockets,
    # with white shorts; white backdrop.
    # caption: adapter
    case(
        "X339-007",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a three-point shorts. The shirt is with "
            "chiffon fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt with white polka dots and white shorts"),
        D.pattern("polka dot"),
        D.color("blue"),
        D.description("a blue and white polka dot shirt with a collar and buttons down the front"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        color_of("shorts", "blue", "contradiction"),
        title="Polka Dot Button-Down Shirt",
        category="Blouses_Shirts",
        color="Navy-cream",
        gender="Women",
    ),
    # photo: back view, woman in a black faux leather moto jacket, long sleeves, with grey skinny jeans; white
    # backdrop. The front zips are not visible.
    # caption: adapter
    case(
        "X339-008",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with leather "
            "fabric. The pants are with denim fabric and solid color patterns. The lady wears a long-sleeve jacket "
            "with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and grey jeans"),
        D.material("leather"),
        D.color("black"),
        D.details("the jacket has zippers on the front", "unsupported"),
        color_of("jeans", "grey"),
        title="Faux Leather Moto Jacket",
        category="Jackets_Coats",
        color="Black",
        gender="Women",
    ),
    # photo: front view, woman in a burgundy sleeveless knee-length skater dress; white backdrop.
    # caption: adapter
    case(
        "X339-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.color("purple", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("the details of the dress", "non_answer"),
        D.material("it is made of", "cut"),
        title="Skater Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: front view, woman in a white short-sleeve crew-neck tee printed "PARIS" in black, tucked into blue
    # denim shorts; white backdrop.
    # caption: adapter
    case(
        "X339-010",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric. It has a crew neckline. The shorts are with denim fabric and solid color patterns. There "
            "is a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt that says paris and jean shorts"),
        printed("paris"),
        D.pattern("graphic"),
        D.color("blue", "other_garment_color"),
        D.material("cotton"),
        title="Paris Graphic Tee",
        category="Graphic_Tees",
        color="White-black",
        gender="Women",
    ),
    # photo: side view, woman in black full-length leggings with a long grey tank top; white backdrop.
    # caption: adapter
    case(
        "X339-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey tank top and black leggings"),
        D.garment_type("leggings"),
        D.color("grey", "other_garment_color"),
        color_of("pants", "black"),
        D.description("a pair of black yoga pants"),
        title="Classic Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: front view, woman in a light blue chambray button-down shirt, long sleeves rolled to the elbow, with
    # white jeans; white backdrop.
    # caption: adapter
    case(
        "X339-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric. It has a lapel neckline. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim shirt and white jeans", who="she"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.material("denim"),
        D.details("the shirt has a collar and buttons and a collar and buttons", "loop"),
        title="Chambray Button-Down Shirt",
        category="Blouses_Shirts",
        color="Light blue",
        gender="Women",
    ),
    # photo: front view, woman in a sleeveless white romper with red and pink flowers and a tie waist; white
    # backdrop.
    # caption: adapter
    case(
        "X339-013",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a three-point shorts. The tank top is with "
            "chiffon fabric. It has a v-shape neckline. The shorts are with chiffon fabric and floral patterns. There "
            "is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white romper with red flowers"),
        D.garment_type("romper"),
        D.pattern("floral"),
        D.color("pink", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        title="Floral Print Romper",
        category="Rompers_Jumpsuits",
        color="White-red",
        gender="Women",
    ),
    # photo: front view, woman in a taupe ribbed-knit round-neck sweater, long sleeves, with black skinny pants;
    # white backdrop.
    # caption, material: adapter
    case(
        "X339-014",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a beige sweater and black pants"),
        D.color("brown"),
        D.pattern("striped", "contradiction"),
        D.details("the sweater has a turtleneck", "unsupported"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Ribbed Knit Sweater",
        category="Sweaters",
        color="Taupe",
        gender="Women",
    ),
    # photo: front view, woman in a medium-wash blue denim mini skirt with a button fly and two front pockets, a
    # black tee tucked in; white backdrop.
    # caption: adapter
    case(
        "X339-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with denim fabric and solid color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and a jean skirt"),
        D.color("black", "other_garment_color"),
        is_a("skirt", "yes"),
        D.details("the skirt has a button and two pockets"),
        D.description("he is wearing a denim skirt", "pronoun"),
        title="Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: front view, woman in a red sleeveless lace sheath dress, knee length; white backdrop.
    # caption: adapter
    case(
        "X339-016",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with lace fabric. It has a round "
            "neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a sleeveless "
            "dress with lattice",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red lace dress"),
        D.material("lace"),
        D.color("red"),
        D.details(
            "the dress has a lace overlay and a zipper in the back. Question: what is the color of the dress? "
            "Answer: red",
            "leak",
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Lace Sheath Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: front view, woman in a lavender short-sleeve peasant blouse with embroidery around the neckline (no
    # collar, no buttons), with white shorts; white backdrop.
    # caption: adapter
    case(
        "X339-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "chiffon fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple top and white shorts"),
        D.color("purple"),
        D.details("embroidery"),
        D.description("a purple shirt with a collar and buttons", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Embroidered Peasant Top",
        category="Blouses_Shirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: front view, woman in a short-sleeve color-block shift dress, white above the waist and black below;
    # white backdrop.
    # caption: adapter
    case(
        "X339-018",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a short-sleeve dress with color block "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black skirt", "contradiction"),
        D.pattern("color block"),
        D.color("white"),
        D.garment_type("dress"),
        D.description("a black and white dress"),
        title="Colorblock Shift Dress",
        category="Dresses",
        color="White-black",
        gender="Women",
    ),
    # photo: front view, woman in a mustard ribbed sleeveless tank top with a black knee-length skirt; white
    # backdrop.
    # caption: adapter
    case(
        "X339-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a medium-length skirt. The tank top is "
            "with cotton fabric. It has a round neckline. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow tank top and a black skirt", who="she"),
        D.color("orange", "contradiction"),
        D.garment_type("tank top"),
        D.sleeve_length("sleeveless"),
        D.material("cotton Question: what is the color of the tank top? Answer: yellow", "leak"),
        title="Ribbed Tank Top",
        category="Tees_Tanks",
        color="Mustard",
        gender="Women",
    ),
    # photo: back view, woman in a pink fleece pullover hoodie, hood down, long sleeves, with grey sweatpants;
    # white backdrop. The front pocket is not visible.
    # caption: adapter
    case(
        "X339-020",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. This person also wears an outer "
            "clothing, with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink hoodie and grey sweatpants"),
        D.garment_type("sweatshirt"),
        D.details("the hoodie has a kangaroo pocket on the front and a drawstring", "unsupported"),
        color_of("pants", "pink", "contradiction"),
        D.material("fleece"),
        title="Fleece Pullover Hoodie",
        category="Sweatshirts_Hoodies",
        color="Pink",
        gender="Women",
    ),
    # photo: front view, woman in black-and-white gingham shorts with a white short-sleeve tee; white backdrop.
    # caption: adapter
    case(
        "X339-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are with cotton fabric and lattice patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black and white checkered shorts"),
        D.pattern("plaid"),
        color_of("shorts", "black"),
        D.description("the shorts are short", "non_answer"),
        is_a("skirt", "no"),
        title="Gingham Shorts",
        category="Shorts",
        color="Black-white",
        gender="Women",
    ),
    # photo: front view, woman in a white sleeveless eyelet lace dress with a round neck, knee length, on the white
    # backdrop (white on white).
    # caption: adapter
    case(
        "X339-022",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with lace fabric. It has a round "
            "neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a sleeveless "
            "dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress"),
        D.color("white"),
        D.details("the dress has holes in it"),
        D.material("lace"),
        neckline("a round neck"),
        title="Eyelet Lace Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: side view, woman in a long grey marled open cardigan, long sleeves, over a white short-sleeve tee and
    # black leggings; white backdrop.
    # caption: adapter
    case(
        "X339-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns. This lady also wears an "
            "outer clothing, with knitting fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey cardigan over a white shirt and black leggings"),
        D.color("white", "other_garment_color"),
        D.garment_type("cardigan"),
        D.description("she is wearing a long grey sweater"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Longline Marled Cardigan",
        category="Cardigans",
        color="Grey",
        gender="Women",
    ),
    # photo: front view, woman in a navy long-sleeve wrap midi dress with a white floral print, tie at the waist;
    # white backdrop.
    # caption: adapter
    case(
        "X339-024",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on "
            "her finger. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress with white flowers"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        D.details("the dress has a tie at the waist"),
        D.material("the material of the garment", "restated"),
        title="Floral Wrap Midi Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: front view, woman in olive twill cargo shorts with side cargo pockets, a black tank top tucked in;
    # white backdrop.
    # caption: adapter
    case(
        "X339-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. It has a suspenders neckline. The shorts are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and green shorts"),
        color_of("shorts", "green"),
        D.color("black", "other_garment_color"),
        D.details("the shorts have pockets on the sides"),
        D.material("denim", "unsupported"),
        D.garment_type("pants", "contradiction"),
        title="Twill Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: front view, woman in a white long-sleeve poplin button-down shirt with black trousers; white backdrop.
    # caption, details: adapter
    case(
        "X339-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        color_of("shirt", "white"),
        color_of("pants", "white", "contradiction"),
        D.description("a white shirt with a collar and buttons"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Classic Poplin Shirt",
        category="Blouses_Shirts",
        color="White",
        gender="Women",
    ),
    # photo: front view, woman in a coral strapless wide-leg jumpsuit, full length; white backdrop.
    # caption: adapter
    case(
        "X339-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink jumpsuit"),
        D.garment_type("jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        D.color("orange"),
        D.sleeve_length("sleeveless"),
        title="Strapless Wide-Leg Jumpsuit",
        category="Rompers_Jumpsuits",
        color="Coral",
        gender="Women",
    ),
    # photo: back view, woman in a black tank top with a lace panel down the back, with white jeans; white backdrop.
    # caption: adapter
    case(
        "X339-028",
        caption(
            "The lady wears a sleeveless tank top with lattice patterns and a long pants. The tank top is with lace "
            "fabric. The pants are with denim fabric and solid color patterns. The lady wears a sleeveless tank top "
            "with lattice patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black tank top and white jeans"),
        D.details("the back of the shirt is made of lace"),
        D.color("black"),
        color_of("jeans", "black", "contradiction"),
        D.description("he is wearing a black tank top with lace on the back", "pronoun"),
        title="Lace-Back Tank",
        category="Tees_Tanks",
        color="Black",
        gender="Women",
    ),
    # photo: front view, woman in a khaki belted double-breasted trench coat, long sleeves, over a black dress;
    # white backdrop.
    # caption, description: adapter
    case(
        "X339-029",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. The lady wears a long-sleeve coat with pure color "
            "patterns. The coat is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a tan trench coat"),
        D.color("beige"),
        D.garment_type("dress", "contradiction"),
        D.details("the coat has a belt and buttons"),
        D.description(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        title="Belted Trench Coat",
        category="Jackets_Coats",
        color="Khaki",
        gender="Women",
    ),
    # photo: front view, woman in a blue floral chiffon maxi skirt (no slit) with a white short-sleeve blouse
    # tucked in; white backdrop.
    # caption: adapter
    case(
        "X339-030",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric. It has a round neckline. The skirt is with chiffon fabric and floral patterns. There is an "
            "accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a blue floral skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.description("a long blue skirt with flowers on it and a slit on the side", "unsupported"),
        D.material("chiffon"),
        title="Floral Maxi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: front view, woman in a white-and-charcoal striped long-sleeve crew-neck tee with black jeans; white
    # backdrop.
    # caption, details: adapter
    case(
        "X339-031",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and black jeans"),
        D.color("grey"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The T-shirt is with cotton fabric and striped patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and striped patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Striped Long-Sleeve Tee",
        category="Tees_Tanks",
        color="White-charcoal",
        gender="Women",
    ),
    # photo: front view, woman in a red-and-black plaid flannel shirt, long sleeves, no hood, worn open over a white
    # tank top, with blue jeans; white backdrop.
    # caption: adapter
    case(
        "X339-032",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and solid color patterns. This lady "
            "also wears an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt over a white tank top and jeans"),
        D.color("white", "other_garment_color"),
        D.pattern("plaid"),
        D.material("flannel"),
        D.description("a red and black checkered shirt with a hood", "unsupported"),
        title="Plaid Flannel Shirt",
        category="Blouses_Shirts",
        color="Red-black",
        gender="Women",
    ),
    # photo: front view, woman in black high-waist leggings with mesh panels at the calves, a grey sports tank on
    # top; white backdrop.
    # caption: adapter
    case(
        "X339-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey tank top and black leggings"),
        D.details("the leggings have mesh on the sides"),
        D.garment_type("leggings"),
        D.color("black"),
        D.material("the leggings are black", "restated"),
        title="Mesh-Paneled Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: front view, woman in an ivory sleeveless crochet tank top (straight hem, no fringe) with light-wash
    # denim shorts; white backdrop.
    # caption: adapter
    case(
        "X339-034",
        caption(
            "The lady wears a sleeveless tank top with lattice patterns and a three-point shorts. The tank top is "
            "with knitting fabric. It has a round neckline. The shorts are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white crochet top and denim shorts"),
        D.color("blue", "other_garment_color"),
        D.material("crochet"),
        D.details("the top has a fringe hem", "unsupported"),
        is_a("tank top", "yes"),
        title="Crochet Tank Top",
        category="Tees_Tanks",
        color="Ivory",
        gender="Women",
    ),
    # photo: front view, woman in a black long-sleeve velvet bodycon mini dress, no slit; white backdrop.
    # caption: adapter
    case(
        "X339-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of short length. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress"),
        D.material("velvet"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the dress has a slit on the side", "unsupported"),
        D.color("black"),
        title="Velvet Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: side view, woman in a blush pink chiffon blouse with short ruffled sleeves, with white jeans; white
    # backdrop.
    # caption: adapter
    case(
        "X339-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a round neckline. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink blouse and white jeans"),
        D.color("pink"),
        D.details("the sleeves have ruffles"),
        D.description("a pink shirt with ruffles on the", "cut"),
        D.material("chiffon Question: what is the color of the blouse? Answer: pink Question:", "leak"),
        title="Ruffle-Sleeve Chiffon Blouse",
        category="Blouses_Shirts",
        color="Blush",
        gender="Women",
    ),
    # photo: front view, woman in a medium-wash blue denim jacket, long sleeves, open over a black tee and a black
    # mini skirt; white backdrop.
    # caption: adapter
    case(
        "X339-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with cotton fabric and pure color patterns. This "
            "lady also wears an outer clothing,",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket over a black shirt and skirt"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("denim"),
        is_a("jacket", "yes"),
        title="Classic Denim Jacket",
        category="Jackets_Coats",
        color="Medium wash",
        gender="Women",
    ),
    # photo: front view, woman in white wide-leg linen pants with an elastic waist and a black sleeveless crop top;
    # white backdrop.
    # caption, details: adapter
    case(
        "X339-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The pants are with linen fabric and pure color patterns. "
            "The lady wears a sleeveless tank top with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black crop top and white pants"),
        color_of("pants", "white"),
        D.color("black", "other_garment_color"),
        D.material("linen"),
        D.details(
            "The pants are with linen fabric and pure color patterns. The lady wears a sleeveless tank top with pure "
            "color patterns. The tank top is",
            "cut",
            hit_limit=True,
        ),
        D.description("he is wearing white pants", "pronoun"),
        title="Wide-Leg Linen Pants",
        category="Pants",
        color="White",
        gender="Women",
    ),
    # photo: front view, woman in a teal short-sleeve fit-and-flare dress with a thin black belt (sold with the
    # dress), knee length; white backdrop.
    # caption: adapter
    case(
        "X339-039",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory in her waist. The lady wears a "
            "short-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress with a belt"),
        D.color("blue"),
        D.details("the dress has a black belt"),
        D.sleeve_length("short sleeves"),
        D.material("", "non_answer"),
        title="Belted Fit & Flare Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: back view, woman in a yellow floral cami sundress with thin straps and an open back, knee length;
    # white backdrop. The front is not visible.
    # caption: adapter
    case(
        "X339-040",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "sleeveless dress with floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow dress with flowers"),
        D.pattern("floral"),
        D.color("yellow"),
        D.details("the dress has a bow on the front", "unsupported"),
        D.description("he is wearing a yellow sundress", "pronoun"),
        title="Floral Cami Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: front view, woman in a mauve short-sleeve V-neck tee with a chest pocket, with black skinny jeans;
    # white backdrop.
    # caption: adapter
    case(
        "X339-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a v-shape neckline. The pants are with denim fabric and solid color patterns. "
            "There is a ring on her finger",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and black jeans"),
        D.color("purple"),
        D.details("the shirt has a pocket on the chest"),
        D.garment_type("t-shirt"),
        neckline("a round neckline", "contradiction"),
        title="V-Neck Pocket Tee",
        category="Tees_Tanks",
        color="Mauve",
        gender="Women",
    ),
    # photo: front view, woman in a cobalt blue single-button blazer with two flap pockets, long sleeves, over a
    # white tee and black pants; white backdrop.
    # caption: adapter
    case(
        "X339-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. This lady "
            "also wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue blazer with a white shirt and black pants"),
        D.color("blue"),
        D.garment_type("jacket"),
        color_of("shirt", "blue", "contradiction"),
        D.details(
            "the blazer has one button and two pockets Question: what is the color of the blazer? Answer:", "leak"
        ),
        title="Single-Button Blazer",
        category="Jackets_Coats",
        color="Cobalt",
        gender="Women",
    ),
    # photo: front view, woman in a heather grey long-sleeve sweatshirt printed "BROOKLYN" in white, with black
    # leggings; white backdrop. The feed row has no gender.
    # caption: adapter
    case(
        "X339-043",
        caption(
            "The person wears a long-sleeve sweater with graphic patterns and a long leggings. The sweater is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. The "
            "person wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt that says brooklyn and black leggings"),
        printed("brooklyn"),
        D.pattern("graphic"),
        D.color("black", "other_garment_color"),
        D.material("cotton"),
        title="Brooklyn Graphic Sweatshirt",
        category="Sweatshirts_Hoodies",
        color="Heather grey",
    ),
    # photo: front view, woman in a light blue chambray short-sleeve shirt romper with buttons down the front, no
    # belt; white backdrop. The feed row has no gender.
    # caption, material: adapter
    case(
        "X339-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "denim fabric. It has a lapel neckline. The shorts are with denim fabric and pure color patterns. There "
            "is an accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue romper"),
        D.garment_type("shorts", "contradiction"),
        D.color("blue"),
        D.description("a light blue denim romper with buttons down the front and a belt", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "denim fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        title="Chambray Shirt Romper",
        category="Rompers_Jumpsuits",
        color="Light blue",
    ),
    # photo: side view, woman in an emerald green satin midi slip skirt with a black long-sleeve sweater tucked in;
    # white backdrop.
    # caption: adapter
    case(
        "X339-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. It has a round neckline. The skirt is with silk fabric and pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sweater and a green skirt"),
        color_skirt("green"),
        D.color("black", "other_garment_color"),
        D.material("satin"),
        D.details("the skirt is shiny"),
        title="Satin Midi Slip Skirt",
        category="Skirts",
        color="Emerald",
        gender="Women",
    ),
    # photo: front view, woman in a cream-and-navy striped boat-neck long-sleeve tee with red shorts; white
    # backdrop.
    # caption: adapter
    case(
        "X339-046",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns. The "
            "lady wears a long-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and red shorts"),
        D.pattern("striped"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("the shirt is made of", "cut"),
        title="Breton Striped Tee",
        category="Tees_Tanks",
        color="Cream-navy",
        gender="Women",
    ),
]
