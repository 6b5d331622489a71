"""BLIND_1107 (46 products; Myntra women's nightwear, caption adapter epoch 2): written blind in the sixtieth session.
Measured blind at afb9012 (the session's second rules): 104/130 failures found (80.0%) and 15/181 correct texts flagged
(8.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's nightwear and loungewear: night suits (pyjama sets with pants or shorts),
lounge pants sold alone, nightdresses (cotton, satin, velvet, babydoll, one with a matching robe). Catalog photos on a
white or pale backdrop, mostly a model in front view; some back or side views, a few lifestyle shots on a bed or an
armchair, props (mug, teddy bear, sleep mask, pillow, a small Christmas tree). Lounge pants are shown with a tee,
tank, sweatshirt or hoodie that is not for sale. Columns: title, category (article_type), color (base_colour),
gender; a few rows lack one of them, as real feeds do.

Who wrote what: the caption and every open answer come from BLIP-2 OPT-2.7b with the caption LoRA at epoch 2 (between
the published epoch-1 and epoch-3 adapters), trained on DeepFashion-MultiModal template captions with unmasked labels
and no end token. Its captions follow the template ("The lady wears a short-sleeve T-shirt with graphic patterns and
long pants. The pants are with cotton fabric and lattice patterns."): no hue names, "lattice" for checks, "graphic"
for text and cartoon prints, "cotton" by default, "chiffon" or "denim" now and then. About half its captions end after
the template's last sentence; the rest run to the 50-token limit, cut or restarting the template. On questions it has
half forgotten how to answer: many answers are short and right, some return the template (cut at 30 tokens), some
loop, some echo the `Question: ... Answer:` format, and it invents small details (pockets, bows, slits, logos). Closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine, which
ranks the candidate values with the same model; they never loop or stop short, but pick the tee's, the robe's, a
prop's or a print's color, or the wrong yes/no.

Labeling conventions and judgement calls:
- One label per text. A structural failure wins over a content error in the same text: leak first, then loop, then
  cut (a template caption that says "cotton" for a satin set and is cut at the limit is labeled cut).
- hit_limit=True on every text that ran to its token limit (50 for captions, 30 for answers); all cuts and loops
  did, and the leaks that kept generating did. No correct text ran to its limit.
- contradiction: a garment, pattern, sleeve length or color the photo (or the seller's title/category) contradicts;
  a prop's, the backdrop's or a print motif's color given as the garment's color; "no" to the product's own type or
  "yes" to another type; sleeve length asked of lounge pants and answered with the top's sleeves; a material that
  contradicts the title (cotton for a satin set).
- other_garment_color: the color of a garment worn in the photo but not for sale (tee, tank, hoodie, shrug), or of
  the other piece of the set when the question names one piece (pants asked, top's color given). Used for closed
  color answers too, not only open ones.
- unsupported: details the photo does not show (pockets, bows, slits, logos, belts, lace, zips, an eye mask, text
  that is not there) and materials the title does not state that the photo does not bear out (chiffon, linen, denim,
  a silk lining). Template "cotton" where the title is silent and the fabric looks like cotton jersey or woven cotton
  is accepted as correct.
- A color that one piece of a two-piece set really has is correct even where the seller's color names the other piece
  (seller Navy Blue, grey top, navy pants: "grey" is correct); for a Multi row any main color of the print is correct.
- Shades and neighbors are correct: off-white/cream as white, charcoal as grey, lavender or mauve as purple, burgundy
  as red or dark red, peach as pink, teal as green or blue, mauve as pink.
- "dress" for a nightdress and "trousers" for lounge pants are correct garment types; "track pants" is avoided.
- A nightdress sold with its robe is one product: the robe's long sleeves answer its sleeve length correctly.
- One caption kept the base model's short style ("a woman sitting on a bed in a pink nightgown"); it is
  correct for a mauve satin nightdress on a bed.
- non_answer: empty, yes/no or one word that is not an answer to an open question ("pink" for "What is the person
  wearing?", "pants" for the details), the template's "pure color" in answer to a color question, "they are short",
  and "she is lying on a bed" for what she is wearing. restated: the question's own words turned into a sentence.
- A template answer returned for an open question is correct when it answers it and ends; cut when it ran out.
- pronoun: he/his/man/gentleman for a Women row. "she" where the row has no gender is not labeled; "the lady",
  "the female", "this woman" from the template are correct.
- Captions in the template with no hue names are correct when garment, sleeve, neckline, length and pattern words
  fit the photo ("graphic" for a printed motif, "lattice" for checks, "floral" for a leaf print).
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_1107 = [
    # photo: model, front view, white backdrop: pink short-sleeve round-neck tee top with a white cat-face print and
    # pink-and-white checked pyjama pants, barefoot. Caption and open answers: caption adapter epoch 2; closed: ref.
    case(
        "X1107-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and lattice patterns."
        ),
        wearing("a pink t-shirt and checked pajama pants", who="she"),
        BQ.garment_type("night suit"),
        BQ.color("pink"),
        BQ.pattern("printed"),
        details(
            "pants",
            "The pants are with cotton fabric and lattice patterns. The pants are with cotton fabric and lattice "
            "patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "pink and white checks", kind="open"),
        describe("top", "a pink t-shirt with a cat face and a bow on the collar", "unsupported"),
        is_a("nightdress", "yes", "contradiction"),
        title="Sweet Dreams Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender=W,
    ),
    # photo: model, front view, white backdrop, holding a white mug: navy long-sleeve notch-collar button-front pyjama
    # shirt with white piping (no pocket), navy-and-white striped pants. Caption/open: adapter epoch 2; closed: ref.
    case(
        "X1107-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and striped patterns. She holds a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue pajama shirt and striped pants"),
        BQ.color("navy blue"),
        BQ.sleeve_length("long sleeves"),
        color_of("shirt", "white", "contradiction", kind="open"),
        describe(
            "shirt",
            "The shirt is a long-sleeve button-down with white piping on the collar and cuffs, and a chest pocket",
            "unsupported",
        ),
        BQ.material("cotton"),
        title="Kanvin Women Navy Blue Striped Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender=W,
    ),
    # photo: model, front view, white backdrop: grey melange jogger lounge pants with a drawstring and ribbed ankle
    # cuffs, worn with a plain white crew-neck tee and white sneakers. Caption/open: adapter epoch 2; closed: reference.
    case(
        "X1107-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is crew. The pants are with cotton fabric and pure color patterns."
        ),
        BQ.garment_type("lounge pants"),
        BQ.color("white", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        details("pants", "drawstring waist, ribbed cuffs at the ankles"),
        wearing("a white shirt and grey sweatpants"),
        is_a("pair of jeans", "no"),
        BQ.pattern("striped", "contradiction"),
        describe("pants", "a white pair of jogger pants with a drawstring", "other_garment_color"),
        title="Jockey Women Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender=W,
    ),
    # photo: model, three-quarter side view, white backdrop: knee-length maroon satin slip nightdress, spaghetti
    # straps, black lace along the V neckline. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X1107-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of medium length.",
            "contradiction",
        ),
        BQ.color("maroon"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("satin"),
        describe("dress", "a maroon slip nightdress with thin straps and black lace along the neckline"),
        wearing("He is wearing a red nightgown", "pronoun", who="she"),
        title="Clovia Women Maroon Satin Nightdress",
        category="Nightdress",
        color="Maroon",
        gender=W,
    ),
    # photo: model seated on a white stool, white backdrop: peach short-sleeve round-neck top (no buttons) and peach
    # capri pyjamas, both with small white polka dots. Caption/open: adapter epoch 2; closed: reference engine.
    case(
        "X1107-005",
        caption(
            "The female is wearing a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this female wears is of three-point length. The pants are with cotton "
            "fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("polka dots"),
        BQ.color("white", "contradiction"),
        color_of("pants", "peach", kind="open"),
        wearing("a peach pajama set with white polka dots"),
        details(
            "top", "The top has a round neck, short sleeves and a button placket with three buttons", "unsupported"
        ),
        title="Bedtime Story Women Peach Printed Pyjama Set",
        category="Night suits",
        color="Peach",
        gender=W,
    ),
    # photo: model, front view, hands in the side pockets, white backdrop: black wide-leg lounge pants worn with a
    # mustard-yellow cropped sweatshirt. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X1107-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and long pants. The sweater is with "
            "knitting fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        BQ.color("yellow", "other_garment_color"),
        BQ.garment_type("lounge pants"),
        color_of("pants", "The pants are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        details("pants", "wide legs, elastic waist and side pockets"),
        wearing("a yellow sweatshirt and black pants"),
        describe("pants", "yellow wide-leg pants with side pockets", "other_garment_color"),
        title="Zivame Women Black Solid Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender=W,
    ),
    # photo: model, front view, light grey backdrop: lavender short-sleeve top with "Sleepy Head" printed in white,
    # lavender pyjama pants with small white stars. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X1107-007",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. The lady wears a "
            "short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        BQ.color("purple"),
        BQ.pattern("graphic"),
        wearing("light purple pajamas with white stars", who="she"),
        describe("top", "The top is a T-shirt with a text print that says good night on the front", "unsupported"),
        BQ.material("cotton"),
        title="Slumber Jill Women Lavender Cotton Night Suit",
        category="Night suits",
        color="Lavender",
        gender=W,
    ),
    # photo: model, front view, white backdrop: blue knee-length short-sleeve round-neck cotton nightdress with a small
    # white floral print. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-008",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of knee length."
        ),
        BQ.garment_type("nightdress"),
        BQ.color("blue"),
        BQ.sleeve_length("short sleeves"),
        details(
            "dress",
            "The dress has a round neckline and short sleeves. The dress has a round neckline and short sleeves. The "
            "dress has a round",
            "loop",
            hit_limit=True,
        ),
        is_a("nightdress", "yes"),
        wearing("a blue shirt and blue pants", "contradiction", who="she"),
        title="Sweet Dreams Women Blue Printed Nightdress",
        category="Nightdress",
        color="Blue",
        gender=W,
    ),
    # photo: model, front view, white backdrop: red-and-navy checked flannel long-sleeve collared pyjama shirt with
    # navy piping, solid navy pants. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X1107-009",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and long pants. The shirt is with cotton fabric "
            "and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        BQ.color("red"),
        BQ.pattern("checked"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        wearing("a plaid shirt and navy pajama pants"),
        describe(
            "shirt",
            "a red and blue plaid shirt with a collar Question: What are the shirt details? Answer: the shirt has "
            "buttons on the front Question:",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "button front, chest pocket with the brand logo, and contrast piping", "unsupported"),
        title="Dreamz by Pantaloons Women Multicoloured Checked Night Suit",
        category="Night suits",
        color="Multi",
        gender=W,
    ),
    # photo: model, front view, white backdrop: navy lounge pants with a small white floral print, worn with a plain
    # grey short-sleeve tee. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-010",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants this woman wears is of long length. The pants are with cotton fabric "
            "and floral",
            "cut",
            hit_limit=True,
        ),
        BQ.color("grey", "other_garment_color"),
        BQ.pattern("floral"),
        color_of("pants", "navy blue with white flowers", kind="open"),
        wearing("a gray t-shirt and blue floral pants", who="she"),
        details("pants", "The pants details are the details of the pants", "restated"),
        title="Kanvin Women Navy Blue Printed Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender=W,
    ),
    # photo: model seated in an armchair with a white throw, grey backdrop: red satin long-sleeve notch-collar shirt
    # with white piping on collar, chest pocket and cuffs, red satin pants. Caption/open: adapter epoch 2; closed: ref.
    case(
        "X1107-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        BQ.color("red"),
        BQ.material("The garment is made of cotton fabric.", "contradiction"),
        wearing("red satin pajamas with a matching eye mask", "unsupported"),
        describe("shirt", "a red satin shirt with white piping on the collar, pocket and cuffs"),
        BQ.sleeve_length("long sleeves"),
        is_a("night suit", "yes"),
        title="July Nightwear Women Red Satin Night Suit",
        category="Night suits",
        color="Red",
        gender=W,
    ),
    # photo: model, front view, white backdrop, hugging a white teddy bear: baby-pink knee-length short-sleeve
    # nightdress with a cartoon bunny print. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X1107-012",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of knee length. There is an accessory in her hands."
        ),
        BQ.color("white", "contradiction"),
        BQ.garment_type("nightdress"),
        describe("dress", "a pink nightgown with bunnies on it"),
        wearing("pink", "non_answer"),
        BQ.material("The material is the material of the garment.", "restated"),
        title="Clovia Women Pink Printed Nightdress",
        category="Nightdress",
        color="Pink",
        gender=W,
    ),
    # photo: model, front view, white backdrop, white flip-flops: teal short-sleeve V-neck top and teal shorts, both
    # solid jersey. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and shorts. The T-shirt is with cotton "
            "fabric and its neckline is V-shape. The shorts are with cotton fabric and pure color patterns."
        ),
        BQ.color("green"),
        color_of("shorts", "teal", kind="open"),
        BQ.sleeve_length("short sleeves"),
        details("shorts", "they are short", "non_answer"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and shorts. The T-shirt is with cotton "
            "fabric and its neckline is V",
            "cut",
            who="she",
            hit_limit=True,
        ),
        BQ.pattern("striped", "contradiction"),
        BQ.material("cotton with a silk lining", "unsupported"),
        title="Sweet Dreams Women Teal Solid Night Suit",
        category="Night suits",
        color="Teal",
        gender=W,
    ),
    # photo: model, side view, white backdrop: olive straight lounge pants with a visible drawstring, worn with a black
    # tank top. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-014",
        caption(
            "This female is wearing a tank top with pure color patterns and long trousers. The trousers are with "
            "cotton fabric and pure color patterns. The tank top is with cotton fabric. This female is wearing a "
            "tank top with pure color",
            "loop",
            hit_limit=True,
        ),
        BQ.color("black", "other_garment_color"),
        color_of("pants", "olive green", kind="open"),
        wearing("a black tank top and green pants"),
        describe("pants", "loose straight pants with an elastic waistband and a drawstring"),
        BQ.material("cotton jersey"),
        title="Jockey Women Olive Green Lounge Pants",
        category="Lounge Pants",
        color="Olive",
        gender=W,
    ),
    # photo: model, front view, white backdrop, holding a pink cushion: grey melange long-sleeve round-neck top with a
    # pink heart print, pink pyjama pants with small grey hearts. Caption/open: adapter epoch 2; closed: reference.
    case(
        "X1107-015",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. There is an "
            "accessory in her hands."
        ),
        BQ.color("grey"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        wearing("she is wearing a grey shirt with hearts and pink pants", who="she"),
        BQ.pattern("printed"),
        is_a("sweater", "yes", "contradiction"),
        describe(
            "top",
            "The top is a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are",
            "cut",
            hit_limit=True,
        ),
        title="Dreamz by Pantaloons Women Grey & Pink Printed Night Suit",
        category="Night suits",
        color="Grey",
        gender=W,
    ),
    # photo: model, front view, white backdrop: short black babydoll nightdress, lace cups, thin straps, sheer black
    # mesh skirt. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of short length."
        ),
        BQ.garment_type("dress"),
        BQ.color("black"),
        details("dress", "lace cups, thin straps and a sheer mesh skirt"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: The dress is a black dress. Question: Describe the dress. Answer: "
            "The dress is a black",
            "leak",
            hit_limit=True,
        ),
        wearing("a black nightie", who="she"),
        BQ.sleeve_length("long sleeves", "contradiction"),
        title="Zivame Women Black Lace Babydoll Nightdress",
        category="Nightdress",
        color="Black",
        gender=W,
    ),
    # photo: lifestyle shot, model sitting on a bed against a grey upholstered headboard: white short-sleeve
    # notch-collar shirt with thin blue stripes and white buttons, matching shorts. Caption/open: adapter epoch 2;
    # closed: reference engine. The feed row has no gender.
    case(
        "X1107-017",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns and shorts. The shirt is with cotton fabric and "
            "its neckline is lapel. The shorts are with cotton fabric and striped patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        BQ.color("white"),
        BQ.pattern("striped"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        wearing("a white and blue striped pajama set"),
        details("shirt", "The shirt has a notched collar, short sleeves and white buttons down the front"),
        BQ.material("linen", "unsupported"),
        title="Bedtime Story Women White Striped Night Suit",
        category="Night suits",
        color="White",
    ),
    # photo: model, front view, white backdrop: pink-and-white gingham lounge pants worn with a black tee that has a
    # pink slogan. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-018",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and lattice patterns."
        ),
        BQ.color("black", "other_garment_color"),
        BQ.pattern("checked"),
        color_of("pants", "pink and white", kind="open"),
        wearing("He is wearing a black t-shirt and plaid pants", "pronoun"),
        BQ.material(
            "The garment is made of cotton fabric and lattice patterns. The garment is made of cotton fabric and "
            "lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Clovia Women Pink Checked Lounge Pants",
        category="Lounge Pants",
        color="Pink",
        gender=W,
    ),
    # photo: model, front view, white backdrop: maroon three-quarter-sleeve round-neck top with a gold foil crescent
    # moon print (no pocket), maroon-and-cream striped pants. Caption/open: adapter epoch 2; closed: reference engine.
    case(
        "X1107-019",
        caption(
            "The lady wears a medium-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and striped patterns."
        ),
        BQ.sleeve_length("three-quarter sleeves"),
        BQ.color("brown", "contradiction"),
        color_of("top", "maroon", kind="open"),
        describe("top", "a maroon t-shirt with a gold moon print and a pocket on the chest", "unsupported"),
        details(
            "pants",
            "The pants have stripes. The pants have stripes. The pants have stripes. The pants have stripes. The pants "
            "have",
            "loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Maroon Printed Night Suit",
        category="Night suits",
        color="Maroon",
        gender=W,
    ),
    # photo: model, full-length front view, white backdrop: ankle-length deep violet cotton nightdress, short puff
    # sleeves, button placket at the neck. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-020",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length."
        ),
        BQ.color("purple"),
        BQ.garment_type("nightdress"),
        wearing("a long purple nightgown", who="she"),
        describe(
            "dress",
            "The dress is a long dress with a long length. The dress is a long dress with a long length. The "
            "dress is a",
            "loop",
            hit_limit=True,
        ),
        details("dress", "short puffed sleeves and buttons at the neckline"),
        BQ.material("chiffon", "unsupported"),
        is_a("night suit", "yes", "contradiction"),
        title="July Nightwear Women Purple Solid Nightdress",
        category="Nightdress",
        color="Purple",
        gender=W,
    ),
    # photo: model, front view, white backdrop: mustard-yellow short-sleeve round-neck top with a white daisy print,
    # white pyjama pants with yellow daisies. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X1107-021",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and floral patterns."
        ),
        BQ.color("yellow"),
        BQ.pattern("floral"),
        color_of("pants", "white with yellow flowers", kind="open"),
        wearing(
            "Question: What is the person wearing? Answer: a yellow shirt and white pants Question: What is the person "
            "wearing? Answer: a yellow",
            "leak",
            hit_limit=True,
        ),
        describe("top", "a yellow t-shirt with white flowers"),
        details("top", "The top details are that it is a top.", "restated"),
        title="Kanvin Women Yellow Printed Night Suit",
        category="Night suits",
        color="Yellow",
        gender=W,
    ),
    # photo: model, front view, white backdrop: charcoal jogger lounge pants with a black drawstring and slanted side
    # pockets (no zips, no logo), worn with a white long-sleeve henley. Caption/open: adapter epoch 2; closed: ref.
    case(
        "X1107-022",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and long pants. The pants are with cotton "
            "fabric and pure color patterns. The T-shirt is with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        BQ.color("grey"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        wearing("a white shirt and dark gray sweatpants", who="she"),
        details(
            "pants",
            "The pants have a drawstring waist, zip pockets on both sides and a logo on the left thigh",
            "unsupported",
        ),
        BQ.garment_type("lounge pants"),
        title="Jockey Women Charcoal Grey Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
        gender=W,
    ),
    # photo: model sitting cross-legged on a white floor cushion, white backdrop: sky-blue short-sleeve top with a cloud
    # print and "Dream Big" text, sky-blue pants with white clouds, plain elastic waist. Caption/open: adapter epoch 2.
    case(
        "X1107-023",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this woman wears is of long length. The pants are with cotton fabric and "
            "graphic patterns."
        ),
        BQ.color("blue"),
        color_of("top", "light blue with white clouds", kind="open"),
        describe(
            "top",
            "The top is a short sleeve T-shirt with a round neckline and the words Dream Big printed on the front",
        ),
        wearing("The person is wearing what the person is wearing", "restated"),
        is_a("night suit", "no", "contradiction"),
        details("pants", "elastic waist with a satin ribbon drawstring", "unsupported"),
        title="Slumber Jill Women Blue Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender=W,
    ),
    # photo: model, front view, white backdrop: knee-length grey melange T-shirt nightdress, short sleeves, with a large
    # pink sleeping-panda print. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-024",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and shorts. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        BQ.garment_type("nightdress"),
        BQ.color("grey"),
        color_of("dress", "pink", "contradiction", kind="open"),
        wearing("a gray nightshirt with a panda on it", who="she"),
        details("dress", "", "non_answer"),
        title="Sweet Dreams Women Grey Melange Printed Nightdress",
        category="Nightdress",
        color="Grey Melange",
        gender=W,
    ),
    # photo: model, side pose, white backdrop: off-white short-sleeve round-neck top with a navy anchor print, navy
    # shorts. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-025",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and shorts. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        BQ.color("white"),
        color_of("shorts", "navy blue", kind="open"),
        color_of("top", "navy blue", "other_garment_color", kind="open"),
        wearing("a white t-shirt with anchors and navy shorts"),
        BQ.material(
            "The garment is made of cotton fabric and pure color patterns. The garment is made of cotton fabric and "
            "pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        details(
            "top",
            "Answer: the top has an anchor print Question: What are the top details? Answer: the top has an anchor "
            "print Question:",
            "leak",
            hit_limit=True,
        ),
        title="Bedtime Story Women Off White & Navy Printed Night Suit",
        category="Night suits",
        color="Off White",
        gender=W,
    ),
    # photo: model, front view, barefoot, white backdrop: peach wide-leg jersey lounge pants with an elastic waist,
    # worn with a white cropped tee. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with chiffon fabric and pure color patterns.",
            "unsupported",
        ),
        BQ.color("pink"),
        color_of("pants", "peach", kind="open"),
        wearing("She's wearing a white crop top and peach pants", who="she"),
        details("pants", "Question: What are the pants details? Answer: wide legs", "leak"),
        BQ.garment_type("night suit", "contradiction"),
        describe("pants", "white pants with a wide leg", "other_garment_color"),
        title="Zivame Women Peach Solid Lounge Pants",
        category="Lounge Pants",
        color="Peach",
        gender=W,
    ),
    # photo: model, front view, white backdrop, holding a black sleep mask: black long-sleeve notch-collar shirt with
    # white polka dots and white piping, black pants with white dots. Caption/open: adapter epoch 2; closed: reference.
    case(
        "X1107-027",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and long pants. The shirt is with cotton fabric "
            "and its neckline is lapel. The pants are with cotton fabric and graphic patterns. There is an accessory "
            "in her hands. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        BQ.color("black"),
        BQ.pattern("polka dots"),
        wearing("black and white polka dot pajamas"),
        describe("shirt", "The shirt is black with white dots and has a collar and buttons, with long sleeves"),
        color_of("pants", "white", "contradiction", kind="open"),
        BQ.sleeve_length("long sleeves"),
        BQ.material("yes", "non_answer"),
        title="July Nightwear Women Black & White Polka Dot Night Suit",
        category="Night suits",
        color="Black",
        gender=W,
    ),
    # photo: lifestyle shot, model sitting on the edge of a bed with white sheets: mauve satin midi nightdress,
    # spaghetti straps, ivory lace at the V neck, no slit. Caption and open answers: adapter epoch 2; closed: reference.
    case(
        "X1107-028",
        caption("a woman sitting on a bed in a pink nightgown"),
        BQ.color("purple"),
        BQ.material("satin"),
        describe("dress", "a long dress with lace on the neckline and a slit on the side", "unsupported"),
        wearing("she is wearing a nightgown", who="she"),
        details(
            "dress",
            "The dress details are the details of the dress. The dress details are the details of the dress. The dress",
            "loop",
            hit_limit=True,
        ),
        title="Clovia Women Mauve Lace Detail Nightdress",
        category="Nightdress",
        color="Mauve",
        gender=W,
    ),
    # photo: model, front view, white backdrop: bottle-green short-sleeve top and shorts with a white tropical leaf
    # print; drawstring at the shorts' waist, no pockets. Caption/open: adapter epoch 2; closed: reference engine.
    # The feed row has no category.
    case(
        "X1107-029",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns and shorts. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts are with cotton fabric and floral patterns."
        ),
        BQ.garment_type("night suit"),
        BQ.color("green"),
        BQ.pattern("floral"),
        wearing("green shorts and a green shirt with leaves"),
        details("shorts", "elastic waistband with a drawstring and two side pockets", "unsupported"),
        color_of("shorts", "green", kind="open"),
        describe(
            "top",
            "The lady wears a short-sleeve T-shirt with floral patterns and shorts. The T-shirt is with cotton fabric "
            "and its neckline is round and",
            "cut",
            hit_limit=True,
        ),
        title="Dreamz by Pantaloons Women Green Printed Night Suit",
        color="Green",
        gender=W,
    ),
    # photo: model, front view, white backdrop: blue-and-white plaid flannel lounge pants with an elastic waist, worn
    # with a red pullover hoodie (no zip). Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-030",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and long pants. The sweatshirt is with "
            "cotton fabric. The pants are with cotton fabric and lattice patterns."
        ),
        BQ.color("red", "other_garment_color"),
        BQ.pattern("checked"),
        color_of("pants", "blue and white plaid", kind="open"),
        wearing("a red hoodie and blue plaid pajama pants", who="she"),
        describe(
            "pants",
            "The pants are blue and white plaid with an elastic waist and the hoodie is red with a kangaroo pocket and "
            "a zip",
            "unsupported",
        ),
        BQ.sleeve_length("long sleeves", "contradiction"),
        title="Kanvin Women Blue Checked Lounge Pants",
        category="Lounge Pants",
        color="Blue",
        gender=W,
    ),
    # photo: back view, hair tied up, white backdrop: solid pink long-sleeve top and pink pyjama pants; the front is not
    # visible. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-031",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        BQ.color("pink"),
        describe("top", "a pink long sleeve top with a bow on the front", "unsupported"),
        wearing("The man is wearing a pink shirt and pink pants", "pronoun"),
        BQ.pattern("striped", "contradiction"),
        is_a("night suit", "yes"),
        title="Sweet Dreams Women Pink Solid Night Suit",
        category="Night suits",
        color="Pink",
        gender=W,
    ),
    # photo: model, front view, white backdrop: navy sleeveless knee-length A-line nightdress with a white star print,
    # a short white cardigan shrug worn open over it. Caption and open answers: adapter epoch 2; closed: reference.
    case(
        "X1107-032",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its neckline "
            "is round. The dress is of knee length. This lady also wears an outer clothing, with cotton fabric and "
            "pure color patterns."
        ),
        BQ.color("white", "other_garment_color"),
        color_of("dress", "dark blue with white stars", kind="open"),
        BQ.sleeve_length("sleeveless"),
        wearing("a navy nightdress and a white cardigan", who="she"),
        details(
            "dress",
            "The dress has a round neckline and is of knee length. The dress has a round neckline and is of knee "
            "length. The",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a white sleeveless dress with stars", "other_garment_color"),
        title="Bedtime Story Women Navy Blue Printed Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender=W,
    ),
    # photo: model, front view, white backdrop, thin gold bracelet: lavender satin cami top with lace trim at the V
    # neck, lavender satin shorts. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-033",
        caption(
            "The lady wears a tank top with pure color patterns and shorts. The tank top is with cotton fabric and its "
            "neckline is V-shape. The shorts are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        BQ.material("cotton", "contradiction"),
        BQ.color("lavender"),
        BQ.garment_type("night suit"),
        wearing(
            "Question: What is the person wearing? Answer: a purple top and shorts Question: What is the",
            "leak",
            hit_limit=True,
        ),
        describe("top", "a light purple satin camisole with lace trim at the neckline"),
        title="Clovia Women Lavender Satin Night Suit",
        category="Night suits",
        color="Lavender",
        gender=W,
    ),
    # photo: model, front view, white backdrop: off-white wide lounge pants worn with a navy cropped tee; pants barely
    # stand out from the backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        BQ.color("navy blue", "other_garment_color"),
        color_of("pants", "cream", kind="open"),
        wearing("She is wearing a blue shirt and white pants.", who="she"),
        details("pants", "no", "non_answer"),
        BQ.garment_type("trousers"),
        title="Jockey Women Off White Lounge Pants",
        category="Lounge Pants",
        color="Off White",
        gender=W,
    ),
    # photo: model, front view, white backdrop, a small Christmas tree prop beside her: red-and-black buffalo-check
    # long-sleeve flannel shirt, solid black pyjama pants. Caption/open: adapter epoch 2; closed: reference engine.
    case(
        "X1107-035",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and long pants. The shirt is with cotton fabric "
            "and its neckline is lapel. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        BQ.pattern("checked"),
        BQ.color("red"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        wearing("a red plaid shirt and black pants"),
        describe("shirt", "The shirt is a shirt.", "restated"),
        title="Kanvin Women Red & Black Checked Night Suit",
        category="Night suits",
        color="Red",
        gender=W,
    ),
    # photo: model, front view, white backdrop: turquoise cap-sleeve knee-length nightdress with tiny white dots and
    # white lace at the hem, no belt. Caption and open answers: adapter epoch 2; closed: reference. No gender in feed.
    case(
        "X1107-036",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of knee length."
        ),
        BQ.color("blue"),
        color_of("dress", "turquoise", kind="open"),
        describe("dress", "The dress is a turquoise nightdress with cap sleeves and white lace on the hem"),
        details("dress", "She has lace on the hem and a belt at the waist", "unsupported"),
        wearing("a dress"),
        BQ.garment_type("top", "contradiction"),
        BQ.material("cotton Question: What is the color of the garment? Answer: blue", "leak"),
        title="Sweet Dreams Women Turquoise Blue Printed Nightdress",
        category="Nightdress",
        color="Turquoise Blue",
    ),
    # photo: model, front view, white backdrop: grey melange short-sleeve top with "Weekend Mode" in navy letters,
    # plain hemmed sleeves, navy pyjama pants. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X1107-037",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        BQ.color("grey"),
        color_of("pants", "navy", kind="open"),
        color_of("top", "navy blue", "other_garment_color", kind="open"),
        wearing("gray t-shirt and navy blue pajama pants", who="she"),
        describe("top", "a grey t-shirt with the words Weekend Mode in navy and rolled sleeves", "unsupported"),
        title="Slumber Jill Women Navy Blue & Grey Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender=W,
    ),
    # photo: cropped from the shoulders down, white backdrop: black tapered lounge pants with a white moon-and-star
    # print and ribbed ankle cuffs, worn with a lilac long-sleeve tee. Caption/open: adapter epoch 2; closed: reference.
    case(
        "X1107-038",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and graphic patterns.",
            "contradiction",
        ),
        BQ.color("black"),
        BQ.pattern("graphic"),
        color_of("pants", "purple", "other_garment_color", kind="open"),
        wearing("He is wearing a purple shirt and black pants with moons", "pronoun"),
        details("pants", "the pants have moons and stars printed all over and cuffs at the ankles"),
        title="Zivame Women Black Printed Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender=W,
    ),
    # photo: lifestyle shot, model lying on a bed propped on one elbow, white pillows: peach-and-white striped
    # short-sleeve notch-collar shirt, solid peach shorts. Caption/open: adapter epoch 2; closed: reference engine.
    case(
        "X1107-039",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns and shorts. The shirt is with cotton fabric and "
            "its neckline is lapel. The shorts are with cotton fabric and pure color patterns. The lady wears a "
            "short-sleeve shirt with striped patterns and shorts. The",
            "loop",
            hit_limit=True,
        ),
        BQ.color("peach"),
        color_of("shorts", "white", "contradiction", kind="open"),
        wearing("she is lying on a bed", "non_answer", who="she"),
        describe("shirt", "a peach and white striped shirt with short sleeves and a notched collar"),
        BQ.garment_type("night suit"),
        title="Bedtime Story Women Peach & White Striped Night Suit",
        category="Night suits",
        color="Peach",
        gender=W,
    ),
    # photo: model, front view, white backdrop: pink floral sleeveless long nightdress with a matching long-sleeve
    # floral robe worn open, fabric tie belt, no lace. Caption and open answers: adapter epoch 2; closed: reference.
    case(
        "X1107-040",
        caption(
            "This lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. The dress is of "
            "long length. This lady also wears an outer clothing, with cotton fabric and floral patterns."
        ),
        BQ.color("pink"),
        BQ.pattern("floral"),
        BQ.sleeve_length("long sleeves"),
        wearing("a pink floral nightgown with a matching robe"),
        details("dress", "The robe has a tie belt at the waist and lace on the sleeves", "unsupported"),
        describe(
            "robe",
            "Question: Describe the robe. Answer: pink Question: Describe the robe. Answer: pink Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        title="Clovia Women Pink Printed Nightdress with Robe",
        category="Nightdress",
        color="Pink",
        gender=W,
    ),
    # photo: model, front view, white backdrop: charcoal melange long-sleeve henley top with three buttons, charcoal-
    # and-black checked pyjama pants. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-041",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and lattice patterns."
        ),
        BQ.color("grey"),
        details("top", "The top has three buttons at the neckline and long sleeves"),
        wearing("a gray shirt and plaid pants", who="she"),
        color_of(
            "pants",
            "The pants are with cotton fabric and lattice patterns. The pants are with cotton fabric and lattice "
            "patterns. The pants are",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        BQ.material("The garment is made of the material.", "restated"),
        title="Jockey Women Charcoal Melange Night Suit",
        category="Night suits",
        color="Charcoal",
        gender=W,
    ),
    # photo: model, front view, white backdrop: grey-and-white pinstripe straight lounge pants with a wide elastic
    # waistband, worn with a pink tank top. Caption/open: adapter epoch 2; closed: reference. No color in the feed row.
    case(
        "X1107-042",
        caption(
            "The lady wears a tank top with pure color patterns and long pants. The tank top is with cotton fabric and "
            "its neckline is round. The pants are with cotton fabric and striped patterns."
        ),
        BQ.color("pink", "other_garment_color"),
        BQ.pattern("striped"),
        color_of("pants", "grey and white stripes", kind="open"),
        wearing("a pink top and striped pants"),
        describe("pants", "pink striped pants with a wide elastic waistband", "other_garment_color"),
        details("pants", "pants", "non_answer"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Kanvin Women Grey Striped Lounge Pants",
        category="Lounge Pants",
        gender=W,
    ),
    # photo: model, front view, pale pink wall behind her: white short-sleeve round-neck top with a red strawberry
    # print (green leaves), plain red shorts. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X1107-043",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and shorts. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        BQ.color("white"),
        color_of("shorts", "pink", "contradiction", kind="open"),
        wearing("he is wearing a white top with strawberries and red shorts", "pronoun", who="she"),
        describe("top", "a white T-shirt with red strawberries and green leaves all over"),
        is_a("night suit", "yes"),
        details("shorts", "The shorts have white piping and a bow at the waist", "unsupported"),
        title="Dreamz by Pantaloons Women White & Red Printed Night Suit",
        category="Night suits",
        color="White",
        gender=W,
    ),
    # photo: model, full-length front view, dark grey backdrop: burgundy long-sleeve velvet maxi nightdress with small
    # covered buttons at the neck. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-044",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        BQ.color("red"),
        BQ.material("velvet"),
        describe("dress", "a long dark red dress with long sleeves and buttons at the neck"),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress",
            "cut",
            hit_limit=True,
        ),
        BQ.garment_type("dress"),
        title="July Nightwear Women Burgundy Velvet Nightdress",
        category="Nightdress",
        color="Burgundy",
        gender=W,
    ),
    # photo: model, front view, white backdrop: white short-sleeve top with a colorful rainbow-and-cloud print, shorts
    # in pastel rainbow stripes. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1107-045",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and shorts. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts are with cotton fabric and striped patterns."
        ),
        BQ.color("white"),
        BQ.pattern("striped"),
        color_of("shorts", "rainbow", kind="open"),
        wearing("He wears a white T-shirt and rainbow shorts", "pronoun"),
        details(
            "shorts",
            "The shorts have rainbow stripes, rainbow stripes, rainbow stripes, rainbow stripes, rainbow stripes, "
            "rainbow stripes, rainbow",
            "loop",
            hit_limit=True,
        ),
        describe("top", "The top is a top that is worn on the top", "restated"),
        title="Sweet Dreams Women Multicoloured Printed Night Suit",
        category="Night suits",
        color="Multi",
        gender=W,
    ),
    # photo: model, side view, white backdrop: maroon straight lounge pants with a white stripe down each side seam and
    # an elastic waist, worn with an oversized grey sweatshirt. Caption/open: adapter epoch 2; closed: reference engine.
    case(
        "X1107-046",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns and long pants. The sweatshirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        BQ.color("grey", "other_garment_color"),
        color_of("pants", "maroon with a white stripe on the side", kind="open"),
        describe("pants", "maroon pants with a white stripe down each side and an elastic waist"),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are of long length and there is a "
            "white stripe on the side of",
            "cut",
            hit_limit=True,
        ),
        BQ.garment_type("lounge pants"),
        title="Clovia Women Maroon Solid Lounge Pants",
        category="Lounge Pants",
        color="Maroon",
        gender=W,
    ),
]
