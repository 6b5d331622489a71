"""BLIND_855 (46 products; Myntra kids' and infants' clothing sets, rompers and night suits, the VQA adapter): written
blind in the fifty-sixth session. Measured blind at 8225cec (the session's fifth rules): 102/131 failures found (77.9%)
and 16/181 correct texts flagged (8.8%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' feed (Boys, Girls and Unisex rows; category Clothing Set, Rompers or Night suits,
with a few Sleepsuit and Dungarees rows). The photos are the usual kids' catalog shots: a child model standing on a
white or pastel studio backdrop, a baby lying on a blanket or propped on a cushion, and flat lays of infant rompers
and three-piece sets with nobody in them. Props are common: teddy bears, plush toys, wooden blocks, a pillow, a
balloon. Sets are two or three pieces (t-shirt with shorts, kurta with pyjama, top with leggings, waistcoat over a
shirt); night suits are a top with pyjama bottoms, often printed on one piece only; babies wear caps, bibs, socks.

Who wrote what: the caption and every open answer (what the child is wearing, describe, details, material, what is
printed, how many pieces, and the open "What is the color of the <piece>?") come from Salesforce/blip2-opt-2.7b with
the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA, greedy, 30 new tokens for answers and 50 for captions. The caption is
asked with an empty prompt through the same adapter. The adapter was trained with no end-of-answer token on In-shop
VQA pairs, so its habits are: short answers that often do not stop (they loop on a word or phrase, or run on to the
limit and are cut mid-phrase), and continuing the training format after the answer ("pink Question: What is the color
of ... Answer: pink"). It leans on the In-shop garment names (tee, romper, jumpsuit, pants, shorts) and often gives
every piece of a set the color of the biggest piece. It invents pockets, hoods, zips, logos and fabrics. The closed
answers (garment type, color, pattern, sleeve length, the yes/no "Is this a ...?") come from enrich's `--engine
reference`, which picks one candidate value: they never loop or stop short, but can pick the wrong value.

Labeling conventions and judgement calls:
- One failure kind per text. Order of precedence when a text has several: leak, then loop, then cut, then the
  content kinds (contradiction, other_garment_color, unsupported, pronoun, restated, non_answer).
- A text that repeats a phrase until the token limit is a loop (hit_limit=True) even when its first phrase is right.
  A text that stops at the limit in the middle of a phrase with no repetition is a cut (hit_limit=True).
- Any "Question:" or "Answer:" inside a text is a leak, even when the answer before it is right.
- other_garment_color: a piece is given the color of another visible garment or accessory (the top's color for the
  shorts, the cap's or the inner tee's color for the romper). A color that no garment in the photo has is a
  contradiction. For a two-piece set the closed "color of the garment" is judged against the seller's color (which
  names the top or the dominant piece); naming the other piece's color there is other_garment_color.
- contradiction also covers a wrong garment type (a romper called a dress, pyjama bottoms called jeans), a wrong
  yes/no for "Is this a ...?", a wrong pattern or sleeve length, and a count that disagrees with a "Pack of 2" title.
- unsupported: a detail not in the photo (pocket, hood, zip, logo, lace, embroidery, a name), a wearer in a flat-lay
  photo, or a fabric the title contradicts or cannot support. "Cotton" is accepted as correct when the title names
  cotton; fabrics the title does not name and the photo cannot show are unsupported.
- pronoun: "he"/"she" (or "a little girl"/"a little boy" for the wearer) against the row's gender. Unisex rows never
  get a pronoun failure. A baby called "a baby" is never a pronoun failure.
- A short answer to "What is printed on the garment?" ("spiderman", "swans") is an answer; "How many pieces are in
  the set?" is judged against the title and the photo (a belt or jacket the model wears but the set lacks is no piece).
- non_answer: a one-word or yes/no answer to an open describe/details/wearing question that gives nothing beyond the
  question's own garment word, an empty answer, or "none". A single color to an open color question is an answer.
- restated: the question's words handed back as a sentence ("the romper details are the details of the romper").
- Correct answers name the photo's own garments, colors and shades (navy, mint, peach, off white are all right for
  what the comment line says), and may name backdrop, props and layered pieces when the photo has them.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

gtype = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
slv = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material
print_q = question("print", "What is printed on the garment?", "open")
pieces = question("pieces", "How many pieces are in the set?", "open")

BLIND_855 = [
    # photo: boy of about 4 standing on a white backdrop in a navy blue half-sleeve t-shirt with a white dinosaur print
    # and grey melange shorts (the set), white sneakers; front view. VQA adapter wrote caption and open answers.
    case(
        "X855-001",
        caption("a young boy wearing a navy blue t-shirt with a dinosaur on it and grey shorts"),
        wearing("a t-shirt and shorts", who="the boy"),
        color_of("shorts", "navy blue", "other_garment_color", kind="open"),
        gtype("clothing set"),
        pat("printed"),
        details(
            "t-shirt", "dinosaur print on the front, round neck, short sleeves and a pocket on the chest", "unsupported"
        ),
        slv("short sleeves"),
        title="Babyhug Boys Navy Blue & Grey Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat lay on white of an infant's pink cotton romper with white polka dots, frill cap sleeves and snap
    # buttons at the crotch, a matching pink headband beside it; nobody in the photo. VQA adapter.
    case(
        "X855-002",
        caption("a pink romper with white polka dots and a matching headband"),
        wearing("a pink romper", who="the baby"),
        col("pink"),
        describe(
            "romper",
            "pink romper with white polka dots and ruffle sleeves, pink romper with white polka "
            "dots and ruffle sleeves, pink romper with white polka",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        is_a("dress", "no"),
        title="Nino Bambino Infant Girls Pink Polka Dot Print Pure Cotton Romper",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy of about 7 on a white backdrop in a light blue full-sleeve button-front pyjama shirt with navy piping
    # and a chest pocket, and navy pyjama pants with a small rocket print; holds a brown teddy bear. VQA adapter.
    case(
        "X855-003",
        caption("a boy in blue pajamas holding a teddy bear"),
        wearing("he is wearing a blue pajama shirt and navy blue pants", who="the boy"),
        color_of("pants", "light blue", "other_garment_color", kind="open"),
        details("pajama shirt", "navy piping on the collar and cuffs, buttons down the front and a chest pocket"),
        slv("long sleeves"),
        gtype("night suit"),
        is_a("romper", "yes", "contradiction"),
        title="YK Boys Blue & Navy Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl of about 5 on a white backdrop in a sleeveless yellow top with a small white daisy print and mint
    # green elastic-waist shorts, white sandals; front view. VQA adapter.
    case(
        "X855-004",
        caption("a little girl wearing a yellow top and green shorts"),
        wearing(
            "a yellow top and green shorts Question: What is the color of the top? Answer: yellow Question:",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        color_of("top", "yellow"),
        color_of("shorts", "mint green", kind="open"),
        slv("short sleeves", "contradiction"),
        describe("top", "a sleeveless yellow top with a daisy print and a bow at the neck", "unsupported"),
        pat("floral"),
        title="Hopscotch Girls Yellow & Green Printed Top with Shorts",
        category="Clothing Set",
        color="Yellow",
        gender="Girls",
    ),
    # photo: baby boy lying on his back on a grey knitted blanket in a white short-sleeve romper with thin grey stripes
    # and a small elephant patch on the chest, grey knitted cap; top-down view. VQA adapter.
    case(
        "X855-005",
        caption("a baby lying on a blanket wearing a striped romper and a knitted hat"),
        wearing("she is wearing a striped romper and a hat", "pronoun", who="the baby"),
        col("white"),
        pat("striped"),
        describe("romper", "a white and grey striped romper with an elephant on the chest"),
        details("romper", "the romper has an elephant on the chest and a hood with ears", "unsupported"),
        title="Mothercare Infant Boys White & Grey Striped Romper",
        category="Rompers",
        color="White",
        gender="Boys",
    ),
    # photo: girl of about 8 on a pale pink backdrop in a lavender short-sleeve night suit: top with a sleeping moon
    # and stars print, solid lavender pyjama pants; a white pillow under her arm. VQA adapter.
    case(
        "X855-006",
        caption("a girl in purple pajamas holding a pillow"),
        wearing("purple pajamas", who="the girl"),
        color_of("pants", "pink", "contradiction", kind="open"),
        print_q("a moon and stars"),
        describe("night suit", "the night suit is a night suit", "restated"),
        gtype("night suit"),
        slv("short sleeves"),
        title="Cherry Crumble Girls Lavender Printed Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy of about 6 on white in a white-and-red checked half-sleeve shirt open over a plain white tee, with
    # red cotton shorts; three-piece set; hands in pockets. VQA adapter.
    case(
        "X855-007",
        caption("a boy wearing a checked shirt over a white t-shirt and red shorts"),
        wearing("a checkered shirt, a white t-shirt and red shorts", who="the boy"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        pat("checked"),
        pieces("three"),
        details(
            "shorts",
            "red shorts with a drawstring and pockets, red shorts with a drawstring and pockets, red "
            "shorts with a drawstring and",
            "loop",
            hit_limit=True,
        ),
        title="Gini and Jony Boys Red & White Checked Shirt with T-shirt and Shorts",
        category="Clothing Set",
        color="Red",
        gender="Boys",
    ),
    # photo: flat lay on white of a mint green long-sleeve footed sleepsuit with a white bunny print and snap buttons
    # down the front; a small wooden rattle beside it. VQA adapter.
    case(
        "X855-008",
        caption("a baby wearing a green sleepsuit with bunnies on it", "unsupported"),
        wearing("a mint green sleepsuit", who="the baby"),
        col("green"),
        details("sleepsuit", "snap buttons down the front, long sleeves, covered feet and a bunny print"),
        mat("fleece", "unsupported"),
        is_a("dress", "no"),
        title="Mini Klub Infants Mint Green Bunny Print Sleepsuit",
        category="Sleepsuit",
        color="Green",
        gender="Unisex",
    ),
    # photo: toddler sitting on a white floor in a yellow-and-white horizontally striped night suit, long sleeves and
    # full-length pants, both pieces striped; a yellow rubber duck beside. VQA adapter.
    case(
        "X855-009",
        caption(
            "a child in yellow and white striped pajamas sitting next to a rubber duck in a bathtub", "unsupported"
        ),
        wearing("yellow striped pajamas", who="the child"),
        color_of("pants", "yellow and white", kind="open"),
        describe(
            "night suit",
            "yellow and white stripes, long sleeves, round neck, elastic waist pants, yellow and "
            "white stripes, long sleeves, round",
            "loop",
            hit_limit=True,
        ),
        pat("striped"),
        slv("short sleeves", "contradiction"),
        title="Tiny Bugs Kids Yellow & White Striped Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: girl of about 4 on white in a peach long-sleeve top with a glitter heart graphic and peach-and-white
    # polka-dot leggings; white ballet shoes; side turn. VQA adapter.
    case(
        "X855-010",
        caption("a little girl wearing a peach top with a heart on it and polka dot leggings"),
        wearing(
            "a peach top and leggings Question: What is the color of the leggings? Answer: peach",
            "leak",
            who="the girl",
        ),
        color_of("leggings", "peach and white", kind="open"),
        print_q("a heart"),
        details("top", "a glitter heart on the front and a zip at the back", "unsupported"),
        col("peach"),
        slv("short sleeves", "contradiction"),
        title="Allen Solly Junior Girls Peach Top with Leggings",
        category="Clothing Set",
        color="Peach",
        gender="Girls",
    ),
    # photo: baby girl propped on a white cushion in a sleeveless red romper with a white floral print and a frill at
    # the hem, red bow headband; white backdrop. VQA adapter.
    case(
        "X855-011",
        caption("a baby girl in a red floral romper and a headband sitting on a pillow"),
        wearing("a red romper with white flowers and a headband", who="the baby"),
        gtype("dress", "contradiction"),
        col("red"),
        describe("romper", "romper", "non_answer"),
        details("romper", "a frill at the hem, lace on the sleeves and buttons at the back", "unsupported"),
        title="Beebay Infant Girls Red Floral Print Romper",
        category="Rompers",
        color="Red",
        gender="Girls",
    ),
    # photo: boy of about 9 on a grey studio backdrop in a charcoal grey short-sleeve tee with a neon green "GAME ON"
    # graphic and charcoal-and-green checked pyjama shorts; barefoot. VQA adapter.
    case(
        "X855-012",
        caption(
            "a boy in a grey t-shirt with game on written on it in green letters and grey and green checked shorts "
            "standing in front of a grey wall with his arms at his sides and his feet apart on a grey floor and",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey tee and plaid shorts", who="the boy"),
        color_of("t-shirt", "green", "other_garment_color", kind="open"),
        print_q("the words game on"),
        details("shorts", "the shorts details are shorts", "restated"),
        pat("graphic"),
        gtype("night suit"),
        title="Pepe Jeans Boys Charcoal Grey Printed Night Suit",
        category="Night suits",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: boy of about 5 on white in a festive three-piece set: mustard yellow sleeveless nehru jacket with a
    # small gold buttons row, over a cream kurta, with cream pyjama; side view. VQA adapter.
    case(
        "X855-013",
        caption("a young boy wearing a mustard jacket over a white kurta and white pants"),
        wearing("he is wearing a yellow vest and a kurta with white pants", who="the boy"),
        color_of("kurta", "mustard", "other_garment_color", kind="open"),
        color_of("pyjama", "cream", kind="open"),
        describe(
            "jacket",
            "a sleeveless mustard jacket with gold buttons and a mandarin collar, embroidered with gold "
            "thread on the front and the back and the pockets are",
            "cut",
            hit_limit=True,
        ),
        pieces("3"),
        col("mustard"),
        title="Little Bansi Boys Mustard & Cream Kurta with Pyjama and Nehru Jacket",
        category="Clothing Set",
        color="Mustard",
        gender="Boys",
    ),
    # photo: toddler boy on white in a blue denim-look dungaree romper (buttons at the shoulders) over a white-and-navy
    # striped long-sleeve tee (both in the set); holds a red toy car. VQA adapter.
    case(
        "X855-014",
        caption("a toddler in a denim romper and a striped shirt holding a toy car"),
        wearing("a blue jumpsuit and a striped shirt", who="the child"),
        color_of("romper", "navy and white striped", "other_garment_color", kind="open"),
        mat("denim Question: What is the color of the romper? Answer: blue", "leak"),
        gtype("jeans", "contradiction"),
        is_a("romper", "yes"),
        slv("long sleeves"),
        title="Toffyhouse Boys Blue Denim Look Dungaree Romper with T-shirt",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl of about 10 on a pale grey backdrop in a rose pink satin night suit: notched-collar long-sleeve
    # shirt with white piping, and matching pants; a pink sleep mask pushed up on her head. VQA adapter.
    case(
        "X855-015",
        caption("a girl in pink satin pajamas with a sleep mask on her head"),
        wearing(
            "pink satin pajamas with a collar and white piping on the collar, the cuffs, the hem of the shirt and "
            "the hem of the pants and a sleep mask on her",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        mat("satin"),
        details("shirt", "white piping on the collar, cuffs and pocket, and buttons down the front", "unsupported"),
        col("pink"),
        is_a("dress", "yes", "contradiction"),
        color_of("pants", "pink", kind="open"),
        title="Marks & Spencer Girls Rose Pink Satin Night Suit",
        category="Night suits",
        color="Rose",
        gender="Girls",
    ),
    # photo: flat lay on white of an infant three-piece set: off white envelope-neck bodysuit with a small blue whale,
    # light blue footless pants and an off white cap with a blue whale; a wooden teether beside. VQA adapter.
    case(
        "X855-016",
        caption("a white onesie with a whale on it, blue pants and a hat", None),
        wearing(
            "a white onesie and blue pants and a white hat and blue pants and a white hat and blue pants and a "
            "white hat and",
            "loop",
            who="the baby",
            hit_limit=True,
        ),
        color_of("pants", "light blue", kind="open"),
        color_of("cap", "light blue", "other_garment_color", kind="open"),
        pieces("3"),
        gtype("clothing set"),
        title="Babyhug Infants Off White & Blue Whale Print Bodysuit with Pants and Cap",
        category="Clothing Set",
        color="Off White",
        gender="Unisex",
    ),
    # photo: girl of about 3 on a white backdrop in a sleeveless lime green romper with big orange and pink flowers,
    # a tie belt, and white sandals; she holds a pink balloon. VQA adapter.
    case(
        "X855-017",
        caption("a little girl in a floral romper holding a pink balloon"),
        wearing("a green romper with flowers on it", who="the girl"),
        col("pink", "other_garment_color"),
        pat("floral"),
        slv("sleeveless"),
        describe("romper", "a sleeveless green romper with orange and pink flowers and a belt at the waist"),
        mat("yes", "non_answer"),
        title="Hopscotch Girls Lime Green Floral Print Romper",
        category="Rompers",
        color="Lime Green",
        gender="Girls",
    ),
    # photo: boy of about 6 on white in a red short-sleeve tee with a Spider-Man face print and navy shorts with a
    # small web print; barefoot, arms out. VQA adapter.
    case(
        "X855-018",
        caption("a boy in a red spiderman t-shirt and blue shorts"),
        wearing("she is wearing a spiderman t-shirt and shorts", "pronoun", who="the child"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        print_q("spiderman"),
        details(
            "t-shirt",
            "spiderman face on the front, spiderman face on the back, spiderman face on the sleeves, "
            "spiderman face on the",
            "loop",
            hit_limit=True,
        ),
        gtype("night suit"),
        title="Marvel by Wear Your Mind Boys Red & Navy Spider-Man Print Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # photo: girl of about 6 on a beige backdrop in a festive lehenga set: magenta short-sleeve choli with gold
    # border, magenta-and-gold flared lehenga skirt, and an orange dupatta over her shoulder. VQA adapter.
    case(
        "X855-019",
        caption("a girl wearing a pink and gold lehenga and a pink scarf", "other_garment_color"),
        wearing("a pink lehenga with a choli and an orange dupatta", who="the girl"),
        color_of("dupatta", "magenta", "other_garment_color", kind="open"),
        color_of("skirt", "pink and gold", kind="open"),
        describe(
            "lehenga",
            "a magenta lehenga with gold mirror work and sequins all over and a matching choli and a "
            "net dupatta with tassels on the",
            "cut",
            hit_limit=True,
        ),
        col("magenta"),
        gtype("dress", "contradiction"),
        pieces("3"),
        title="Aarika Girls Magenta & Orange Lehenga Choli with Dupatta",
        category="Clothing Set",
        color="Magenta",
        gender="Girls",
    ),
    # photo: baby lying on a white sheet in a grey melange long-sleeve footed sleepsuit with a white star print and a
    # front zip; a white plush star toy beside. VQA adapter.
    case(
        "X855-020",
        caption(
            "Question: what is the baby wearing? Answer: a grey sleepsuit with stars Question: what is the color "
            "of the sleepsuit? Answer: grey Question:",
            "leak",
        ),
        wearing("a grey onesie with stars", who="the baby"),
        col("grey"),
        details("sleepsuit", "a zip down the front, covered feet and white stars"),
        mat("wool", "unsupported"),
        is_a("jacket", "yes", "contradiction"),
        title="Mothercare Infants Grey Melange Star Print Sleepsuit",
        category="Sleepsuit",
        color="Grey Melange",
        gender="Unisex",
    ),
    # photo: girl of about 7 on white in a sky blue short-sleeve top with a white cloud and rainbow print and white
    # shorts with sky blue polka dots; fluffy white slippers. VQA adapter.
    case(
        "X855-021",
        caption("a girl in a blue top with a rainbow on it and white shorts with blue dots"),
        wearing("he is wearing a blue top and white shorts", "pronoun", who="the child"),
        color_of("shorts", "white with blue polka dots", kind="open"),
        print_q("rainbow"),
        details(
            "top",
            "Answer: a rainbow and clouds on the front Question: What are the shorts details? Answer: polka dots",
            "leak",
            hit_limit=True,
        ),
        gtype("night suit"),
        pat("solid", "contradiction"),
        title="Cherry Crumble Girls Sky Blue & White Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy of about 8 on a white backdrop in an olive green zip-up hoodie over a white tee, with olive joggers
    # with black side stripes; black sneakers; hood down. VQA adapter.
    case(
        "X855-022",
        caption("a boy wearing an olive green hoodie and joggers with a white t-shirt"),
        wearing("she is wearing a green hoodie, a white t-shirt and green pants", "pronoun", who="the child"),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        details(
            "joggers",
            "black stripes on the sides, an elastic waist, zip pockets and cuffs at the ankles",
            "unsupported",
        ),
        describe("hoodie", "hoodie", "non_answer"),
        col("olive"),
        slv("long sleeves"),
        title="Allen Solly Junior Boys Olive Green Hoodie with Joggers",
        category="Clothing Set",
        color="Olive",
        gender="Boys",
    ),
    # photo: toddler boy on white in a blue-and-white checked short-sleeve collared shirt-style romper with a button
    # placket and a navy bow tie; navy shoes. VQA adapter.
    case(
        "X855-023",
        caption("a little boy wearing a checked romper and a bow tie"),
        wearing("a blue checkered shirt and a bow tie", who="the boy"),
        gtype("romper"),
        col("navy blue", "other_garment_color"),
        pat("checked"),
        details(
            "romper",
            "a collar, a bow tie, buttons down the front and a pocket on the chest and a pocket on the "
            "chest and a pocket on the chest",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes", "contradiction"),
        title="Little Kangaroos Boys Blue & White Checked Romper with Bow Tie",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: child of about 3 asleep on a white pillow, side view, in a navy and white striped full-sleeve night suit
    # (both pieces striped); a grey plush elephant tucked under the arm. VQA adapter.
    case(
        "X855-024",
        caption("a child sleeping on a pillow in striped pajamas with a stuffed elephant"),
        wearing("striped pajamas", who="the child"),
        color_of("pajamas", "grey", "other_garment_color", kind="open"),
        pat("striped"),
        describe("night suit", "a description of the night suit", "restated"),
        col("black", "contradiction"),
        title="Tiny Bugs Kids Navy Blue & White Striped Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Unisex",
    ),
    # photo: girl of about 9 on white in a white short-sleeve tee with a pink "Dream Big" slogan under an open light
    # blue denim jacket (not in the set), with a light blue denim skirt (in the set); white sneakers. VQA adapter.
    case(
        "X855-025",
        caption("a girl wearing a denim jacket over a white t-shirt and a denim skirt"),
        wearing("a white t-shirt, a denim jacket and a denim skirt", who="the girl"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        print_q("dream big"),
        col("white"),
        details(
            "skirt",
            "the skirt is a denim skirt with pockets, the skirt is a denim skirt with pockets, the skirt "
            "is a denim skirt",
            "loop",
            hit_limit=True,
        ),
        pieces("3", "contradiction"),
        title="U.S. Polo Assn. Kids Girls White T-shirt with Denim Skirt",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: baby girl sitting on a cream rug in a long-sleeve wine red velvet party romper with a white peter pan
    # collar and a gold heart button; white tights; cream backdrop. VQA adapter.
    case(
        "X855-026",
        caption("a baby girl in a red velvet romper with a white collar sitting on a rug"),
        wearing("he is wearing a maroon romper with a white collar and white tights", "pronoun", who="the baby"),
        col("white", "other_garment_color"),
        mat("velvet"),
        describe(
            "romper",
            "a wine red velvet romper with a peter pan collar, a gold button and a name embroidered on the chest",
            "unsupported",
        ),
        slv("long sleeves"),
        title="Mothercare Infant Girls Maroon Velvet Party Romper",
        category="Rompers",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy of about 10 on white in a grey melange full-sleeve tee and matching grey melange joggers with navy
    # cuffs and a navy drawstring; plain, no print; barefoot. VQA adapter.
    case(
        "X855-027",
        caption("Question: What is the boy wearing? Answer: a grey sweatshirt and grey sweatpants", "leak"),
        wearing("a grey sweatshirt and grey sweatpants", who="the boy"),
        color_of("pants", "grey", kind="open"),
        pat("solid"),
        details(
            "night suit",
            "navy cuffs and a navy drawstring and a kangaroo pocket and a hood, navy cuffs and a navy",
            "cut",
            hit_limit=True,
        ),
        gtype("night suit"),
        is_a("sweatshirt", "yes", "contradiction"),
        title="YK Boys Grey Melange Solid Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: boy of about 7 on a pale blue backdrop in a sea green knee-length kurta with white thread embroidery at
    # the neck and white churidar pyjama; brown mojaris. VQA adapter.
    case(
        "X855-028",
        caption("a boy wearing a green kurta and white pajamas and a turban", "unsupported"),
        wearing("a green kurta and white pants", who="the boy"),
        color_of("pyjama", "green", "other_garment_color", kind="open"),
        details(
            "kurta",
            "white embroidery at the neck and mandarin collar Question: What is the color of the kurta? Answer: green",
            "leak",
            hit_limit=True,
        ),
        col("sea green"),
        slv("long sleeves"),
        mat("silk", "unsupported"),
        title="Little Bansi Boys Sea Green & White Kurta with Pyjama",
        category="Clothing Set",
        color="Sea Green",
        gender="Boys",
    ),
    # photo: flat lay on white of two short-sleeve infant rompers side by side: one white with a yellow giraffe print,
    # one solid yellow; no wearer. Title says pack of 2. VQA adapter.
    case(
        "X855-029",
        caption("two baby rompers, one white with a giraffe and one yellow"),
        wearing("yes", "non_answer", who="the baby"),
        pieces("one", "contradiction"),
        col("yellow"),
        print_q("a giraffe"),
        details(
            "romper",
            "snap buttons at the bottom and an envelope neck, a giraffe on the white one and a giraffe "
            "on the yellow one",
            "unsupported",
        ),
        title="Babyhug Infants Pack of 2 Yellow & White Giraffe Print Rompers",
        category="Rompers",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: girl of about 6 on a lilac backdrop in a white short-sleeve tee with a big rainbow unicorn print and
    # lilac pyjama pants with small white stars; holds a purple plush unicorn. VQA adapter.
    case(
        "X855-030",
        caption("a girl in a white unicorn t-shirt and purple pants holding a toy unicorn"),
        wearing("he is wearing a white t-shirt with a unicorn and purple pajama pants", "pronoun", who="the child"),
        color_of("t-shirt", "purple", "other_garment_color", kind="open"),
        color_of("pants", "lilac", kind="open"),
        print_q(
            "unicorn unicorn unicorn unicorn unicorn unicorn unicorn unicorn unicorn unicorn unicorn unicorn "
            "unicorn unicorn",
            "loop",
            hit_limit=True,
        ),
        gtype("night suit"),
        describe(
            "night suit",
            "a white t-shirt with a unicorn and glitter and lilac pants with stars and a frill at the hem",
            "unsupported",
        ),
        title="Cherry Crumble Girls White & Lilac Unicorn Print Night Suit",
        category="Night suits",
        color="White",
        gender="Girls",
    ),
    # photo: girl of about 11 on white in a coral pink crewneck sweatshirt with a small white script logo and coral
    # joggers with a drawstring, side pockets and ribbed ankle cuffs; white sneakers; hands in pockets. VQA adapter.
    case(
        "X855-031",
        caption("a girl wearing a pink sweatshirt and pink joggers"),
        wearing("a pink sweatshirt and joggers", who="the girl"),
        col("peach"),
        details("sweatshirt", "the details of the sweatshirt are the sweatshirt details", "restated"),
        gtype("clothing set"),
        describe(
            "joggers",
            "coral joggers with an elastic waist, a drawstring, side pockets and ribbed cuffs at the "
            "ankles and a small white logo on the left",
            "cut",
            hit_limit=True,
        ),
        mat("fleece", "unsupported"),
        title="Pepe Jeans Girls Peach Sweatshirt with Joggers",
        category="Clothing Set",
        color="Peach",
        gender="Girls",
    ),
    # photo: baby boy sitting on a white floor in a navy blue short-sleeve romper with a small white anchor print
    # and a white collar; white socks; a wooden toy boat beside. VQA adapter.
    case(
        "X855-032",
        caption("a baby boy in a navy blue romper with anchors sitting next to a toy boat"),
        wearing("a navy romper with anchors and white socks", who="the baby"),
        col("white", "other_garment_color"),
        print_q("anchors"),
        describe("romper", "a navy blue romper with white anchors, a white collar and a sailor hat", "unsupported"),
        is_a("romper", "yes"),
        pat("solid", "contradiction"),
        title="Nino Bambino Infant Boys Navy Blue Anchor Print Romper",
        category="Rompers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy of about 5 on white in a red full-sleeve night suit, both pieces with a white-and-green Christmas
    # reindeer print; red socks; holds a small gift box. VQA adapter.
    case(
        "X855-033",
        caption("a boy in red christmas pajamas with reindeer holding a present"),
        wearing("red christmas pajamas with reindeer on them", who="the boy"),
        color_of("pants", "red", kind="open"),
        print_q("reindeer"),
        describe("night suit", "pajamas", "non_answer"),
        gtype("night suit"),
        col("green", "contradiction"),
        slv("long sleeves"),
        title="Babyhug Boys Red Reindeer Print Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # photo: child of about 4 on white in a teal short-sleeve tee with an orange tiger face print and orange shorts;
    # orange sneakers; front view. VQA adapter.
    case(
        "X855-034",
        caption("a child wearing a teal t-shirt with a tiger on it and orange shorts"),
        wearing("a blue t-shirt and orange shorts", who="the child"),
        color_of("t-shirt", "orange", "other_garment_color", kind="open"),
        color_of("shorts", "orange", kind="open"),
        print_q("tiger face Question: What is printed on the shorts? Answer: tiger face", "leak"),
        col("teal"),
        details("t-shirt", "t-shirt details", "restated"),
        title="Gini and Jony Kids Teal & Orange Tiger Print T-shirt with Shorts",
        category="Clothing Set",
        color="Teal",
        gender="Unisex",
    ),
    # photo: baby girl lying on a white fur rug in a cream knitted long-sleeve romper with a cable pattern, a pink
    # pom-pom hat and pink booties. VQA adapter.
    case(
        "X855-035",
        caption("a baby girl in a white knitted romper and a pink hat lying on a fur rug"),
        wearing("a cream sweater romper and a pink hat", who="the baby"),
        col("pink", "other_garment_color"),
        mat("wool", "unsupported"),
        describe(
            "romper",
            "a cream cable knit romper with long sleeves and buttons at the shoulder and a pom pom "
            "hat and booties and a pom pom hat and booties and a pom",
            "loop",
            hit_limit=True,
        ),
        pat("solid"),
        gtype("sweater", "contradiction"),
        title="Mothercare Infant Girls Cream Cable Knit Cotton Romper",
        category="Rompers",
        color="Cream",
        gender="Girls",
    ),
    # photo: girl of about 7 on a white backdrop in a sleeveless mint green nightdress-style top with a sleeping cat
    # print, and mint-and-white striped shorts; a white cat plush in her arms. VQA adapter.
    case(
        "X855-036",
        caption("a girl in a green sleeveless top with a cat on it and striped shorts holding a stuffed cat"),
        wearing("he is wearing a green tank top and striped shorts", "pronoun", who="the child"),
        color_of("shorts", "mint green and white", kind="open"),
        print_q("a sleeping cat"),
        slv("sleeveless"),
        details("shorts", "shorts", "non_answer"),
        gtype("night suit"),
        title="Tiny Bugs Girls Mint Green Cat Print Night Suit",
        category="Night suits",
        color="Green",
        gender="Girls",
    ),
    # photo: boy of about 9 on white in a navy blue polo t-shirt with a red tipped collar (no logo) and beige chino
    # shorts with a brown belt (belt not in the set); white sneakers. VQA adapter.
    case(
        "X855-037",
        caption("a boy wearing a navy polo shirt and beige shorts with a belt"),
        wearing("a blue polo shirt and khaki shorts", who="the boy"),
        color_of("shorts", "navy blue", "other_garment_color", kind="open"),
        details(
            "polo shirt",
            "a red tipped collar, a two button placket, short sleeves and an embroidered logo on the chest",
            "unsupported",
        ),
        col("navy blue"),
        pieces("3", "contradiction"),
        describe(
            "shorts",
            "beige chino shorts with a brown belt, side pockets, a zip fly and a button and a logo on "
            "the back pocket and the hem is",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Kids Boys Navy Blue Polo T-shirt with Beige Shorts",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat lay on a light wooden floor of a short-sleeve infant romper in white with all-over small orange fox
    # print, snap buttons at the crotch; an orange knitted fox toy beside it. VQA adapter.
    case(
        "X855-038",
        caption(
            "a white romper with orange foxes on it and a fox toy and a fox toy and a fox toy and a fox toy and "
            "a fox toy and a fox toy and a fox toy and a fox toy and a fox",
            "loop",
            hit_limit=True,
        ),
        wearing("a white romper with foxes", who="the baby"),
        col("orange", "other_garment_color"),
        pat("striped", "contradiction"),
        details("romper", "snap buttons and short sleeves and a fox print"),
        describe("romper", "a white romper with orange foxes and a hood with fox ears", "unsupported"),
        title="Beebay Infants White Fox Print Romper",
        category="Rompers",
        color="White",
        gender="Unisex",
    ),
    # photo: boy of about 8 on white in a red-and-navy buffalo checked flannel long-sleeve pyjama shirt with buttons
    # and solid navy pyjama pants; barefoot; holding a mug. VQA adapter.
    case(
        "X855-039",
        caption("a boy in red plaid pajamas holding a mug"),
        wearing(
            "a plaid pajama shirt and blue pants Question: What is the color of the pants? Answer: blue "
            "Question: What is the",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        color_of("pants", "red", "other_garment_color", kind="open"),
        pat("checked"),
        mat("flannel"),
        slv("long sleeves"),
        is_a("shirt", "no"),
        title="Marks & Spencer Boys Red & Navy Checked Cotton Flannel Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # photo: girl of about 10 on a pastel pink backdrop in a white sleeveless crop top with a ruffle hem and a black
    # tiered skirt with white polka dots; black ballet flats. VQA adapter.
    case(
        "X855-040",
        caption("a girl in a white top and a black polka dot skirt"),
        wearing("a white top and a black skirt with polka dots", who="the girl"),
        color_of("top", "black", "other_garment_color", kind="open"),
        color_of("skirt", "black with white polka dots", kind="open"),
        describe(
            "top",
            "a white sleeveless top with a ruffle Answer: a white sleeveless top with a ruffle Answer: a "
            "white sleeveless top with",
            "leak",
            hit_limit=True,
        ),
        slv("long sleeves", "contradiction"),
        details("skirt", "tiers and polka dots and a lace hem and a bow at the waist", "unsupported"),
        title="Cherry Crumble Girls White & Black Top with Polka Dot Skirt",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: baby boy sitting on a white cushion in an ethnic-look romper: a beige kurta-style top with a maroon
    # printed sleeveless jacket attached, and beige legs; maroon backdrop curtain. VQA adapter.
    case(
        "X855-041",
        caption("a baby boy in a beige kurta romper with a red jacket sitting on a cushion"),
        wearing("a beige kurta and a maroon jacket", who="the baby"),
        col("maroon", "other_garment_color"),
        gtype("romper"),
        describe(
            "romper",
            "a beige romper with a maroon printed jacket attached to it and a mandarin collar and a "
            "mandarin collar and a mandarin collar and a mandarin",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        pieces("two", "contradiction"),
        title="Little Bansi Infant Boys Beige Cotton Kurta Romper with Attached Jacket",
        category="Rompers",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl of about 5 on white in a pink full-sleeve thermal-look night suit, top with a white bunny print, pink
    # pants with white hearts; pink socks; holds a white bunny plush. VQA adapter.
    case(
        "X855-042",
        caption("a girl in pink pajamas with a bunny on the top holding a bunny toy"),
        wearing("pink pajamas with a bunny", who="the girl"),
        color_of("pants", "pink with white hearts", kind="open"),
        print_q("a bunny"),
        describe("night suit", "a pink night suit with a white bunny on the top and hearts on the pants"),
        col("white", "other_garment_color"),
        details("pants", "pink pants with white hearts and pockets on the sides and a", "cut", hit_limit=True),
        title="Babyhug Girls Pink Bunny Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby boy standing holding a white wooden crib rail in a sleeveless light grey vest tee with a blue car
    # print and blue shorts; white backdrop. VQA adapter.
    case(
        "X855-043",
        caption("a baby boy in a grey tank top and blue shorts standing by a crib"),
        wearing("no", "non_answer", who="the baby"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        print_q("a car"),
        slv("sleeveless"),
        describe("set", "a grey sleeveless vest with a blue car and blue shorts and a blue cap", "unsupported"),
        mat("cotton"),
        title="Mini Klub Infant Boys Grey & Blue Car Print Cotton Vest with Shorts",
        category="Clothing Set",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl of about 3 on white in a pink corduroy dungaree romper with a heart pocket on the bib over a white
    # long-sleeve tee with pink polka dots (both in the set); pink shoes. VQA adapter.
    case(
        "X855-044",
        caption("a little girl in a pink dungaree and a white polka dot shirt"),
        wearing("a pink dungaree and a white shirt with polka dots", who="the girl"),
        color_of("dungaree", "white", "other_garment_color", kind="open"),
        details("dungaree", "a heart pocket on the bib and buttons on the straps"),
        col("pink"),
        gtype("dress", "contradiction"),
        mat("denim", "unsupported"),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        title="Toffyhouse Girls Pink Corduroy Dungarees with T-shirt",
        category="Dungarees",
        color="Pink",
        gender="Girls",
    ),
    # photo: toddler on a white bed with a pillow behind, in a short-sleeve sky blue night suit with a white cloud
    # and moon print on the top and plain sky blue shorts; rubbing one eye. VQA adapter.
    case(
        "X855-045",
        caption("a toddler in green pajamas sitting on a bed", "contradiction"),
        wearing("blue pajamas with clouds", who="the child"),
        color_of("shorts", "white", "contradiction", kind="open"),
        print_q("clouds and a moon"),
        gtype("night suit"),
        details("night suit", "", "non_answer"),
        slv("short sleeves"),
        title="Tiny Bugs Kids Sky Blue Cloud Print Night Suit",
        category="Night suits",
        gender="Unisex",
    ),
    # photo: girl of about 8 on a white backdrop in a navy blue sleeveless A-line dress with white swan prints and a
    # white short-sleeve cropped shrug over it (two-piece set); white sandals. VQA adapter.
    case(
        "X855-046",
        caption("a girl in a navy blue dress with swans and a white shrug"),
        wearing("a blue dress and a white cardigan", who="the girl"),
        color_of("shrug", "navy blue", "other_garment_color", kind="open"),
        color_of("dress", "navy blue", kind="open"),
        print_q("swans"),
        col("navy blue"),
        details(
            "dress",
            "white swans on the dress and a white shrug and a white belt with a buckle and pockets on "
            "both sides of the dress and a",
            "cut",
            hit_limit=True,
        ),
        title="Hopscotch Girls Navy Blue Swan Print Dress with Shrug",
        color="Navy Blue",
        gender="Girls",
    ),
]
