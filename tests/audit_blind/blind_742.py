"""BLIND_742 (46 products; In-shop dresses, blouses, skirts; caption epoch 3): written blind in the fifty-fifth session.
Measured blind at eb48159 (the session's second rules): 140/153 failures found (91.5%) and 12/214 correct texts flagged
(5.6%). The writer's notes, verbatim:

Scenario: a night's enrichment of a Myntra-like women's feed (Dresses, Tops, Shirts, Skirts) whose photos are
DeepFashion In-shop studio shots: a model on a white or light grey backdrop, front, side, back or full-body view,
usually wearing other clothes with the product (a tee over a skirt, jeans under a blouse, a blazer over a cami),
sometimes with a bag, belt or shoes in the frame. The run asks the attribute questionnaire (wearing, garment type,
color, pattern, sleeve length, description, details, material); rows hold the answers the run stored for them.

Who wrote what: every caption and every open answer (wearing, description, details, material) is free generation
by the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b, greedy, 50 new
tokens for captions, 30 for answers). It speaks the DeepFashion-MultiModal template ("The lady wears a sleeveless
dress with floral patterns. The dress is with chiffon fabric. It has a v-shape neckline.") for almost every prompt,
rarely names a hue unless the question pulls the base model's vocabulary back, and was trained without an end
token: it often stops on the padding it learned, but sometimes runs on into a loop, is cut at the limit, or goes on
into the next "Question: ... Answer:" of the training format. Its template also has male variants ("The gentleman
wears", "his"), which it now and then picks for these women. Closed answers (garment type, color, pattern, sleeve
length) come from enrich's --engine reference, which picks one candidate: never a loop or a cut, but it picks the
tucked-in jeans' or the open blazer's color or sleeves, a pattern of the other garment, or the other garment's type.

Labeling conventions and judgement calls:
- A text is judged against the photo in its "# photo:" line and the seller's columns; the product is the garment the
  seller sells, the other clothes worn are not the product.
- The caption describing the whole outfit (the tee with the skirt) is correct as long as what it says is true; a
  caption that only describes the blazer over the product cami is still true, so correct.
- A closed color answer that names the other garment's color (the jeans, the tucked-in tee, the belt) is
  other_garment_color; a closed color answer that is simply the wrong hue is contradiction. For a multicolour
  product, a color answer naming one of its large print colors is correct.
- An open answer that gives the product the other garment's color ("a black T-shirt and a black skirt" for a green
  skirt) is other_garment_color; one that gives the other garment the product's color is contradiction.
- The other garment's pattern, sleeves or type given to the product are contradiction, and so are a wrong sleeve
  length, pattern, neckline or garment type on their own.
- Invented details (a bracelet, a ring, sunglasses, pockets, a back zipper seen from the front) and a fabric the
  photo or title does not back (leather on a crepe blouse, silk on a satin slip or a viscose kaftan) are unsupported; a
  template fabric that is a fair reading of the photo (denim for chambray, cotton for a cotton-look top) is correct.
- A text cut mid-phrase at the token limit is cut even when what it said before the cut is right; a loop is loop
  even when the repeated phrase is true; a text that runs on into "Question:" or starts with "Answer:" is leak.
  Each text gets the one kind that best describes it, loop and leak before cut.
- One caption ran to exactly 50 tokens and ends on a full stop with everything in it true: labeled correct, with
  hit_limit=True (X742-029).
- Echoing the question, or saying only the question's words back ("The garment is made of", "The details of the
  dress are", stopped well short of the limit), is restated; "yes", "no", an empty string, a bare "blouse" or "a
  dress" to an open describe/details question is non_answer. A short true answer to the material question
  ("chiffon") or to the wearing question is correct.
- Hues misread without another garment to explain them (navy answered black, emerald answered blue) are
  contradiction; so is a garment type the photo does not show (shorts for a denim mini skirt, dress for a long
  skirt seen full length, tank top for a skirt worn with a tank top).
- Pronoun: any "he", "his", "the man" or "the gentleman" for these Women rows; "she" and "the lady" are right.
- Shades are read by their group: cream or ivory answered white, burgundy or maroon answered red, peach or rose
  answered pink, lavender answered purple, khaki answered beige, mustard answered yellow are correct.
- Sleeve length is not stored for skirts (nothing about a skirt's sleeves could be judged).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

Q = DEFAULT_QUESTIONS

BLIND_742 = [
    # photo: red chiffon sleeveless fit-and-flare dress with a small white and pink floral print, knee length, nude
    # heels, white backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-001",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a pair of shoes. The dress is with chiffon fabric and floral "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The man wears a sleeveless dress with floral patterns.", "pronoun"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.details(
            "It has a round neckline. There is an accessory on her wrist. There is a ring on her finger.", "unsupported"
        ),
        Q.material("chiffon"),
        title="Tokyo Talkies Women Red Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue long-sleeve cotton shirt-style blouse with a collar, tucked into a white pencil skirt, light
    # grey backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a medium-length skirt. The skirt is with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline.", "contradiction"
        ),
        Q.material("cotton"),
        title="Vero Moda Women Navy Blue Solid Shirt Style Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black and white horizontal-striped knit pencil skirt, knee length, worn with a black tank top, white
    # backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-003",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a medium short skirt. The skirt is with knitting fabric and stripe "
            "patterns."
        ),
        Q.wearing(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description(
            "The skirt is with knitting fabric and stripe patterns. It has a slit on the back and two "
            "pockets on the front.",
            "unsupported",
        ),
        Q.material("knitting fabric"),
        title="Only Women Black & White Striped Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: pink lace sheath dress, short sleeves, round neck, knee length, black heels, white backdrop, front view;
    # caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-004",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with lace fabric. It has "
            "a round neckline. The dress is with lace fabric. The dress is with lace fabric. The dress is with "
            "lace",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("The female wears a short-sleeve dress."),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("lace"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.details(
            "It has a round neckline, a lace overlay and a zipper on the back. There is a belt in her waist.",
            "unsupported",
        ),
        Q.material("lace"),
        title="Eavan Women Pink Lace Sheath Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow peasant blouse with a small white embroidered trim at the round neck, three-quarter
    # sleeves, worn with light blue jeans, white backdrop, front view; caption and open answers by the caption
    # adapter e3, closed by reference
    case(
        "X742-005",
        caption(
            "This woman wears a medium-sleeve blouse with pure color patterns. The blouse is with cotton fabric. "
            "It has a round neckline. The pants this woman wears is of long length. The pants are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeve"),
        Q.description("The blouse is with cotton fabric. It has a round neckline with embroidery."),
        Q.details("What are the details of the garment? The details of the garment are the details", "restated"),
        Q.wearing("The lady wears a blue blouse and blue jeans.", "other_garment_color"),
        title="Global Desi Women Mustard Yellow Embroidered Peasant Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black faux-leather A-line mini skirt worn with a grey marl crew-neck sweater tucked in, black ankle
    # boots, white backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The lady wears a short skirt. The skirt is with leather fabric and pure "
            "color patterns."
        ),
        Q.wearing("The lady wears a grey sweater and a grey skirt.", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.details("The skirt is with leather fabric. There is a zipper on the back.", "unsupported"),
        Q.material("leather"),
        Q.description(
            "The skirt is with leather fabric and pure color patterns. It is of long length.", "contradiction"
        ),
        title="Vero Moda Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue wrap dress with small white and pink flowers, long sleeves, V-neck, midi, side view, light
    # grey backdrop; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-007",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline."
        ),
        Q.garment_type("dress"),
        Q.color("black", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "The man wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline.",
            "pronoun",
        ),
        Q.material("chiffon"),
        Q.details("the details of the garment", "restated"),
        title="Harpa Women Navy Blue Floral Print Wrap Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white cotton camisole top with crochet trim at the hem, thin straps, worn with mid-blue denim shorts,
    # white backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-008",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns."
        ),
        Q.wearing("The lady wears a tank top and denim shorts."),
        Q.garment_type("top"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.details(
            "Question: What are the details of the garment? Answer: The tank top is with cotton fabric. It has "
            "a suspenders",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="FOREVER 21 Women White Crochet Detail Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: emerald green satin slip dress, spaghetti straps, midi, back view, white backdrop; caption and open
    # answers by the caption adapter e3, closed by reference
    case(
        "X742-009",
        caption(
            "The female is wearing a sleeveless dress with pure color patterns. It is with other fabric. It has a "
            "suspenders neckline."
        ),
        Q.wearing("The female wears a green dress."),
        Q.garment_type("dress"),
        Q.color("blue", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("yes", "non_answer"),
        Q.material("silk", "unsupported"),
        Q.details("The details of the dress are", "restated"),
        title="Mango Women Green Satin Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: burgundy pleated chiffon midi skirt worn with a cream knit top and brown ankle boots, white backdrop,
    # full-body front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-010",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure "
            "color patterns."
        ),
        Q.wearing("The lady wears a white sweater and a red skirt."),
        Q.garment_type("dress", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(
            "The skirt is pleated, pleated, pleated, pleated, pleated, pleated, pleated, pleated, pleated, pleated",
            "loop",
            hit_limit=True,
        ),
        Q.material("The skirt is with leather fabric.", "unsupported"),
        title="SASSAFRAS Women Burgundy Pleated Midi Skirt",
        category="Skirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: light blue chambray shirt dress, short sleeves, collar, button front, two chest pockets, self-tie belt,
    # knee length, white backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-011",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric. It has "
            "a lapel neckline. There is an accessory in her waist."
        ),
        Q.wearing("The lady wears a short-sleeve shirt dress with a belt and a watch.", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        Q.details(
            "It has a lapel neckline, a belt, and two chest pockets. It has a lapel neckline, a belt, and two "
            "chest pockets. It",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        Q.description("no", "non_answer"),
        title="Roadster Women Blue Chambray Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white cotton poplin blouse, short puff sleeves, ruffled round neckline, worn with black straight
    # trousers, white backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-012",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.wearing("The lady wears a black blouse and black pants.", "other_garment_color"),
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        Q.description(
            "The blouse is with cotton fabric and pure color patterns. It has a round neckline and puff "
            "sleeves. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Mango Women Off-White Puff Sleeve Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: black midi dress with white polka dots, short flutter sleeves, V-neck, thin red belt, white backdrop,
    # front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-013",
        caption(
            "The female wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. There is an accessory in her waist. The female wears a long dress. The dress "
            "is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The female wears a black dress with white dots and a red belt."),
        Q.garment_type("dress"),
        Q.color("red", "other_garment_color"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short sleeve"),
        Q.details(
            "It has a v-shape neckline and a belt. The belt is with leather fabric and a gold buckle.", "unsupported"
        ),
        Q.material("chiffon"),
        title="Zima Leto Women Black Polka Dot Belted Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: olive green cotton twill A-line skirt, button front, two patch pockets, knee length, worn with a white
    # crew-neck tee tucked in, white backdrop, front view; caption and open answers by the caption adapter e3,
    # closed by reference
    case(
        "X742-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and "
            "pure color patterns."
        ),
        Q.wearing("The lady wears a white T-shirt and a white skirt.", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("It has buttons on the front and two pockets."),
        Q.material("What material is the garment made of?", "restated"),
        title="Roadster Women Olive Green Solid A-Line Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: coral red sleeveless bodycon dress, square neck, knee length, side view, light grey backdrop; caption and
    # open answers by the caption adapter e3, closed by reference
    case(
        "X742-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline."
        ),
        Q.wearing("The lady wears a red dress."),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. "
            "It has a square neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.details(
            "It has a square neckline. Question: What are the details of the garment? Answer: It has a square",
            "leak",
            hit_limit=True,
        ),
        title="Athena Women Coral Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: sheer white chiffon blouse with black polka dots, long sleeves, pussy-bow neck, worn over a black
    # camisole with a black mini skirt, white backdrop, front view; caption and open answers by the caption adapter
    # e3, closed by reference
    case(
        "X742-016",
        caption(
            "The lady wears a long-sleeve blouse with graphic patterns. The blouse is with chiffon fabric. It has "
            "a standing neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns."
        ),
        Q.wearing(
            "The lady wears a blouse and a skirt. Question: What type of garment is this? Answer: blouse", "leak"
        ),
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long sleeve"),
        Q.details("It has a bow at the neck and buttoned cuffs."),
        Q.material("chiffon"),
        Q.description("blouse", "non_answer"),
        title="Harpa Women White & Black Polka Dot Pussy-Bow Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue denim mini skirt with a frayed hem, worn with a navy and white Breton-striped long-sleeve tee,
    # white sneakers, white backdrop, full-body front view; caption and open answers by the caption adapter e3, closed
    # by reference
    case(
        "X742-017",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color "
            "patterns."
        ),
        Q.wearing("The lady wears a striped top and a denim skirt."),
        Q.garment_type("shorts", "contradiction"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.description("The skirt is with denim fabric and pure color patterns. It has a frayed hem."),
        Q.material("denim"),
        Q.details(
            "The skirt has a frayed hem and a frayed hem and a frayed hem and a frayed hem and a frayed hem "
            "and a frayed",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Blue Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender cotton tiered maxi dress, short sleeves, round neck, model holding a straw tote, white
    # sandals, white backdrop, full-body front view; caption and open answers by the caption adapter e3, closed by
    # reference
    case(
        "X742-018",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The lady carries a bag. The lady wears a pair of shoes. The dress is with cotton "
            "fabric and pure color patterns. It has a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a long purple dress."),
        Q.garment_type("dress"),
        Q.color("purple"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short sleeve"),
        Q.details("The dress is tiered. There is a ring on her finger. She wears sunglasses.", "unsupported"),
        Q.material("cotton"),
        title="Sassafras Women Lavender Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: black sleeveless peplum top with a centre-back zip, worn with white skinny jeans, back view, white
    # backdrop; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-019",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with cotton fabric. The "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        Q.wearing("He wears a black top and white jeans.", "pronoun"),
        Q.garment_type("top"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("The top has a zip on the back and a peplum."),
        Q.material("leather", "unsupported"),
        title="Vero Moda Women Black Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: colour-block shift dress, large blue, white and yellow panels, short sleeves, round neck, white
    # backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-020",
        caption(
            "The female wears a long-sleeve dress with color block patterns. The dress is with cotton fabric. It "
            "has a round neckline.",
            "contradiction",
        ),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("color block"),
        Q.sleeve_length("short sleeve"),
        Q.description(
            "The dress is with color block patterns, color block patterns, color block patterns, color "
            "block patterns, color block",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "It has a round neckline and two pockets on the side. There is an accessory on her wrist.", "unsupported"
        ),
        Q.material("cotton"),
        Q.wearing(
            "Question: What is the person wearing? Answer: The female wears a short-sleeve dress with color block",
            "leak",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Multicoloured Colourblocked Shift Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: grey marl jersey tube midi skirt worn with a black cropped tank, white sneakers, white backdrop, full-body
    # front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-021",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a black crop top and a black skirt.", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        Q.material(
            "cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, "
            "cotton, cotton, cotton",
            "loop",
            hit_limit=True,
        ),
        title="Forever 21 Women Grey Melange Bodycon Midi Skirt",
        category="Skirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: ivory satin camisole with lace trim at the neckline, worn under an open black blazer with black
    # trousers, white backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-022",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.details("It has lace trim at the neckline."),
        title="Mango Women Cream Lace Trim Camisole",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: red and white gingham sundress, sleeveless with tie straps, knee length, A-line, white backdrop, front
    # view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-023",
        caption(
            "The lady wears a sleeveless dress with stripe patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline.",
            "contradiction",
        ),
        Q.wearing("The lady wears a sleeveless dress with lattice patterns."),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "Answer: The lady wears a sleeveless dress with lattice patterns. Question: Describe the "
            "garment. Answer: The",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.details("The details of the garment are the details of the dress.", "restated"),
        title="Berrylush Women Red & White Checked A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: teal long-sleeve V-neck blouse in a fluid crepe, worn with beige wide trousers, three-quarter view,
    # white backdrop; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-024",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.wearing(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. "
            "It has a v-shape",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("blouse"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.details("It has a v-shape neckline."),
        Q.material("leather", "unsupported"),
        title="AND Women Teal Solid Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: black lace A-line midi skirt with a scalloped hem, worn with a white long-sleeve silky shirt tucked in,
    # white backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a lapel neckline. The lady wears a long skirt. The skirt is with lace fabric and lace fabric and lace "
            "fabric and lace",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("The gentleman wears a long-sleeve shirt and a long skirt.", "pronoun"),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("lace"),
        Q.details("The skirt has a scalloped hem."),
        Q.material("lace"),
        title="Mango Women Black Lace A-Line Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: peach sleeveless chiffon blouse with ruffled shoulders, round neck, worn with mid-blue jeans, white
    # backdrop, upper-body front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-026",
        caption(
            "The lady wears a sleeveless blouse with pure color patterns. The blouse is with chiffon fabric. It "
            "has a round neckline."
        ),
        Q.wearing("The lady wears a pink top and jeans."),
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.details("It has ruffles on the shoulders."),
        Q.material("The garment is made of the material of the garment.", "restated"),
        title="Harpa Women Peach Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: white cotton tiered maxi skirt with an indigo blue floral block print, worn with a white tank top, white
    # backdrop, full-body front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-027",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.description("The skirt is with cotton fabric and floral patterns. It is tiered."),
        Q.details("There is a belt in her waist and a pocket on the side.", "unsupported"),
        Q.material("cotton"),
        Q.wearing("He is wearing a white tank top and a long skirt.", "pronoun"),
        title="Global Desi Women White & Blue Printed Tiered Maxi Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: black velvet long-sleeve off-shoulder bodycon mini dress, black heels, white backdrop, front view;
    # caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-028",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has "
            "a suspenders neckline.",
            "unsupported",
        ),
        Q.wearing("The female wears a black dress and a necklace.", "unsupported"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.details(
            "The female is wearing a long-sleeve dress with pure color patterns. The female is wearing a "
            "long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet"),
        title="Tokyo Talkies Women Black Velvet Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: sky blue shirt with thin white pinstripes, long sleeves rolled to the elbow, chest pocket, worn with
    # white shorts, white backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-029",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The shirt has a chest pocket.",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a shirt and shorts."),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "The shirt is with cotton fabric and stripe patterns. It has a lapel neckline and a chest "
            "pocket. There is a ring on her finger.",
            "unsupported",
        ),
        Q.material(
            "The shirt is with cotton fabric. The lady wears a three-point shorts. The shorts are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Blue & White Striped Regular Fit Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard yellow midi dress with a small white floral print, long sleeves, smocked bodice, V-neck, white
    # backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-030",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long dress. The dress is with chiffon fabric and floral patterns. "
            "It",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.description("The dress is with chiffon fabric and floral patterns. It has a smocked bodice."),
        Q.details("no", "non_answer"),
        Q.material("chiffon"),
        Q.wearing(
            "The lady wears a long-sleeve dress with floral patterns. Question: What is the lady wearing? "
            "Answer: The lady wears",
            "leak",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Mustard Yellow Floral Print Smocked Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: red, black and green tartan pleated mini skirt worn with a black turtleneck sweater and black tights,
    # white backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-031",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a standing neckline. The lady wears a short skirt. The skirt is with cotton fabric and "
            "lattice patterns."
        ),
        Q.wearing("The lady wears a black sweater and a plaid skirt."),
        Q.garment_type("sweater", "contradiction"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.details(
            "The skirt is pleated. The skirt is pleated. The skirt is pleated. The skirt is pleated. The skirt "
            "is pleated. The",
            "loop",
            hit_limit=True,
        ),
        Q.description("yes", "non_answer"),
        title="Berrylush Women Red & Black Checked Pleated Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: fuchsia pink jersey wrap top, three-quarter sleeves, V-neck, worn with a black pencil skirt, white
    # backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-032",
        caption(
            "This woman wears a medium-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. "
            "It has a v-shape neckline. The skirt this woman wears is of medium length. The skirt is with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("This woman wears a pink wrap top and a black pencil skirt."),
        Q.garment_type("skirt", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeve"),
        Q.description("", "non_answer"),
        Q.material("chiffon", "unsupported"),
        title="Vero Moda Women Magenta Jersey Wrap Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: khaki sleeveless cotton shirt dress with a collar, button front and a self-tie belt, midi, white
    # backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory in her waist."
        ),
        Q.garment_type("dress"),
        Q.color("beige"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.description("Describe the garment. The garment is a dress.", "restated"),
        Q.details("It has a collar, buttons on the front and a belt."),
        Q.material("denim", "unsupported"),
        title="Roadster Women Khaki Solid Belted Shirt Dress",
        category="Dresses",
        color="Khaki",
        gender="Women",
    ),
    # photo: orange and white vertical-striped cotton button-front midi skirt worn with a white tee tucked in, white
    # backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and stripe "
            "patterns."
        ),
        Q.wearing("The lady wears an orange T-shirt and an orange skirt.", "contradiction"),
        Q.garment_type("skirt"),
        Q.color("orange"),
        Q.pattern("striped"),
        Q.details(
            "Question: What are the details of the garment? Answer: buttons Question: What material is the "
            "garment made of?",
            "leak",
        ),
        Q.material("cotton"),
        Q.description("", "non_answer"),
        title="Only Women Orange & White Striped Button-Front Midi Skirt",
        category="Skirts",
        color="Orange",
        gender="Women",
    ),
    # photo: dusty rose chiffon maxi dress, long sleeves, V-neck, ruffled hem, side view of the model walking, white
    # backdrop; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline."
        ),
        Q.wearing("she is wearing a pink dress"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("long sleeve"),
        Q.details(
            "The dress is with chiffon fabric. It has a v-shape neckline. The dress is with chiffon fabric. It "
            "has a v-shape neckline",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        Q.description(
            "The dress is with chiffon fabric. There is an accessory on her wrist and a bag in her hand.", "unsupported"
        ),
        title="Athena Women Dusty Pink Ruffled Maxi Dress",
        category="Dresses",
        color="Rose",
        gender="Women",
    ),
    # photo: white oversized cotton shirt, long sleeves, curved hem, box pleat at the back yoke, worn with black
    # leggings, back view, white backdrop; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric.", "pronoun"
        ),
        Q.details(
            "It has a curved hem, a curved hem, a curved hem, a curved hem, a curved hem, a curved hem, a curved",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Roadster Women White Solid Oversized Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: navy blue flared midi skirt with a small white floral print, worn with a mustard crew-neck sweater,
    # white backdrop, front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-037",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral "
            "patterns."
        ),
        Q.wearing("The lady wears a yellow sweater and a yellow skirt.", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("floral"),
        Q.description(
            "The skirt is with chiffon fabric and floral patterns. It is flared. The lady wears a "
            "long-sleeve sweater with pure color",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        Q.details("There is an accessory on her wrist and a belt in her waist.", "unsupported"),
        title="Harpa Women Navy Blue Floral Print Flared Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sage green sleeveless blouse, round neck, worn with white wide-leg trousers, white backdrop, front view
    # (the back is not seen); caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-038",
        caption(
            "The lady wears a sleeveless blouse with pure color patterns. The blouse is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("It has a round neckline and buttons on the back.", "unsupported"),
        Q.details("The gentleman wears a sleeveless blouse with pure color patterns.", "pronoun"),
        Q.material("cotton"),
        title="AND Women Sage Green Solid Sleeveless Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: multicoloured paisley print kaftan dress, orange ground with blue and green motifs, short kimono
    # sleeves, V-neck, printed viscose, white backdrop, front view; caption and open answers by the caption adapter e3,
    # closed by reference
    case(
        "X742-039",
        caption(
            "The female wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline."
        ),
        Q.wearing(
            "The female wears a dress with graphic patterns. Question: What is the color of the garment? "
            "Answer: The female wears a",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("orange"),
        Q.pattern("paisley"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("silk", "unsupported"),
        Q.description("Describe the garment. The garment is described as a garment.", "restated"),
        title="Global Desi Women Multicoloured Paisley Print Kaftan Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: black high-waist pencil skirt in matte suiting with a side slit, worn with a white sleeveless blouse
    # tucked in, side view, white backdrop; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-040",
        caption(
            "The lady wears a sleeveless blouse with pure color patterns. The blouse is with chiffon fabric. It "
            "has a round neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and pure "
            "color patterns."
        ),
        Q.wearing("The lady wears a white blouse and a black skirt."),
        Q.garment_type("dress", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("The skirt is with leather fabric and pure color patterns.", "unsupported"),
        Q.details("It has a slit on the side."),
        Q.material(
            "Answer: The skirt is with cotton fabric. Question: What material is the garment made of? Answer:", "leak"
        ),
        title="Vero Moda Women Black Solid Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: powder blue short-sleeve blouse with a Peter Pan collar, worn with a navy A-line skirt, white backdrop,
    # front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-041",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It "
            "has a lapel neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        Q.garment_type("blouse"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        Q.details("It has a peter pan collar. His skirt is of medium length.", "pronoun"),
        Q.material("chiffon"),
        title="Tokyo Talkies Women Blue Solid Peter Pan Collar Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: white lace midi sheath dress, long sleeves, high neck, white backdrop (white on white), front view;
    # caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-042",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with lace fabric. It has "
            "a standing neckline."
        ),
        Q.wearing("The female wears a white lace dress."),
        Q.garment_type("dress"),
        Q.color("white"),
        Q.pattern("lace"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.description("a dress", "non_answer"),
        Q.material("lace"),
        Q.details(
            "It has a standing neckline. It has a standing neckline. It has a standing neckline. It has a "
            "standing neckline. It",
            "loop",
            hit_limit=True,
        ),
        title="Eavan Women White Lace Midi Sheath Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: green and white tropical leaf print wrap midi skirt with a side tie, worn with a black tee, white
    # backdrop, front view; caption and open answers by the caption adapter e3, closed by reference; the feed row has
    # no category column
    case(
        "X742-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral "
            "patterns."
        ),
        Q.wearing("The lady wears a black T-shirt and a black skirt.", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        Q.details("It is a wrap skirt with a tie at the side."),
        Q.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        Q.description(
            "The skirt is with chiffon fabric and floral patterns. There is a ring on her finger.", "unsupported"
        ),
        title="Mango Women Green & White Tropical Print Wrap Skirt",
        color="Green",
        gender="Women",
    ),
    # photo: black sleeveless chiffon blouse with a white abstract brushstroke print, worn with black trousers and
    # black heels, white backdrop, full-body front view; caption and open answers by the caption adapter e3, closed
    # by reference
    case(
        "X742-044",
        caption(
            "The lady wears a sleeveless blouse with graphic patterns. The blouse is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady wears a pair of shoes. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "The blouse is with chiffon fabric and graphic patterns, graphic patterns, graphic patterns, "
            "graphic patterns, graphic",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        Q.wearing(
            "The lady wears a blouse and pants. Question: What is the color of the blouse? Answer: black", "leak"
        ),
        Q.details("It has a round neckline and a keyhole button on the back.", "unsupported"),
        title="Harpa Women Black & White Printed Sleeveless Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: yellow cotton sundress with white daisies, sleeveless, sweetheart neckline, knee length, white sneakers,
    # white backdrop, full-body front view; caption and open answers by the caption adapter e3, closed by reference;
    # the feed row has no color column
    case(
        "X742-045",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a pair of shoes. The shoes are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a yellow dress with white flowers and a straw hat.", "unsupported"),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.details("It has a sweetheart neckline, a zipper on the side and a pocket on the front.", "unsupported"),
        Q.material("cotton"),
        title="Sera Women Yellow Floral Print Fit & Flare Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: maroon long-sleeve tie-neck blouse in a fluid crepe, worn with grey checked trousers, white backdrop,
    # front view; caption and open answers by the caption adapter e3, closed by reference
    case(
        "X742-046",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It "
            "has a standing neckline. The lady wears a long pants. The pants are with cotton fabric and lattice "
            "patterns."
        ),
        Q.garment_type("blouse"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("long sleeve"),
        Q.details("It has a bow at the neckline."),
        Q.material("The garment is made of", "restated"),
        Q.description("the garment", "non_answer"),
        title="Vero Moda Women Maroon Solid Tie-Neck Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
]
