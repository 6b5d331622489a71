"""BLIND_1086 (46 products; Myntra women's nightwear, caption LoRA epoch 2): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 109/131 failures found (83.2%) and 12/183 correct texts flagged
(6.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's nightwear and loungewear (Night suits, Nightdress, Lounge Pants, one Lounge
Shorts row): catalog shots on a white backdrop, a model standing (a few sitting on a stool or a bed, some holding a
mug, a cushion or a teddy bear), lounge pants worn with a tee, tank, hoodie or sweater of another color, nightdresses
sometimes with a robe or a shrug over them, night suits whose top and bottom often differ in color or print.

Who wrote what: every caption and every open answer is free generation by the caption LoRA adapter (q_proj/k_proj,
r=16) at epoch 2 of the DeepFashion-MultiModal caption fine-tune, loaded on blip2-opt-2.7b in 8 bit, greedy, 50 new
tokens for captions and 30 for answers. Its habits: the DeepFashion template ("The lady wears a short-sleeve T-shirt
with pure color patterns ... The T-shirt is with cotton fabric and it has a round neckline"), its vocabulary (lattice
for checks, three-point for capris, suspenders for spaghetti straps, "an accessory on her wrist"), hue names only
where the base model's habit survives, often no end of answer: it runs to the limit and is cut or loops; sometimes it
answers a question with the whole caption template, or continues with the next "Question: ... Answer:" turn. Its
short answers to questions are still the base model's (one phrase, then a newline). Closed answers (garment type,
color, pattern, sleeve length, color of a named garment, "Is this a ...?") come from enrich's reference engine
ranking candidate values with the same adapter: one value each, never looped or cut.

Labeling conventions and judgement calls:
- One label per text, the most salient failure. A text that ran to its token limit is labeled loop when it repeats
  a phrase or sentence, otherwise cut; a leak that ran to the limit keeps the label leak (hit_limit set too).
- A text that ends before the limit is not cut, even when it is a bare phrase.
- Night suits: the product is the whole set, so for "What is the color of the garment?" either of the set's two main
  colors is correct (white for a white shirt with blue flowers sold as "Blue"); a named piece (the pants, the shorts)
  given the other piece's color is other_garment_color.
- Lounge pants and shorts: the tee, tank, hoodie or sweater worn with them is another garment; its color given for
  the product (closed or open) is other_garment_color. The color of a print, trim or backdrop given for the garment
  is contradiction, not other_garment_color.
- Seller shades and groups count as matches: lavender as purple, peach and magenta as pink, maroon as red, off white
  as white, teal as teal blue, mauve as purple. Reference picks of a wrong hue family are contradictions.
- Template vocabulary is correct when it fits: a robe or shrug called a jacket, coat or cardigan, a pyjama top called
  a shirt or T-shirt, a hoodie called a sweatshirt, a shirt-style nightdress called a shirt, "lapel" for a notched
  collar, "pure color patterns" for a solid garment. A lounge pant called a skirt, or a nightdress typed "t-shirt"
  or its type "track pants" against the seller's lounge pants, is contradiction.
- Invented details (drawstrings hidden under a top, pockets, bows, hoods, a ring or headband not in the photo) are
  unsupported; so is a material neither visible (satin sheen, ribbed knit, flannel brushing, velour pile) nor in the
  title, and one that disagrees with the title (cotton for a satin set).
- A color question answered with a DeepFashion pattern word ("pure color patterns") says no hue: non_answer. A yes, a
  bare garment word or "they are shorts" to an open description or details question is non_answer; echoing the
  question or "the pants are the pants she is wearing" is restated.
- Pronoun failures are the template's male subjects ("The gentleman wears", "his") or "he" for these women's
  products; "she"/"the lady"/"her" is always right here.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import DEFAULT_QUESTIONS as DQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

NECKLINE = question("neckline", "What is the neckline of the top?", "closed")
LENGTH = question("length", "What is the length of the garment?", "closed")

BLIND_1086 = [
    # photo: pink round-neck short-sleeve top with a teddy-bear print, long pink pyjamas with white polka dots, the
    # top covers the waistband; white backdrop, full front view, barefoot. Caption and open answers: caption adapter
    # epoch 2; closed: reference engine.
    case(
        "X1086-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and long pants with dot patterns. "
            "The T-shirt is with cotton fabric and it has a round neckline."
        ),
        wearing("a pink t-shirt and pink polka dot pajamas", who="she"),
        BQ.garment_type("night suit"),
        BQ.color("pink"),
        BQ.pattern("printed"),
        DQ.details(
            "the t-shirt has a teddy bear print on the front and the pants have an elastic waistband with a drawstring",
            "unsupported",
        ),
        BQ.material("cotton"),
        title="Sweet Dreams Women Pink Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: navy long-sleeve notch-collar shirt with white piping, buttons and a breast pocket, navy-and-white
    # checked long pyjamas; white backdrop, front view. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and long pants with lattice patterns. "
            "The shirt is with cotton fabric and it has a lapel neckline. The pants are with cotton fabric and "
            "lattice patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue"),
        color_of("pants", "navy blue and white checks", kind="open"),
        details(
            "shirt",
            "the shirt has a collar, buttons, a pocket, the collar, buttons, a pocket, the collar, buttons, a pocket, "
            "the collar",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("long"),
        BQ.pattern("checked"),
        wearing("she is wearing a blue shirt and plaid pants", who="she"),
        title="Dreamz by Pantaloons Women Navy Blue Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender knee-length sleeveless nightdress, small white flowers, lace at the V-neck; white backdrop,
    # three-quarter view. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-003",
        caption(
            "The lady wears a sleeveless dress with floral patterns. It has a V-shape neckline. "
            "The dress is of medium length."
        ),
        BQ.garment_type("nightdress"),
        BQ.color("purple"),
        is_a("dress", "yes"),
        describe("dress", "dress", "non_answer"),
        BQ.material("silk", "unsupported"),
        wearing("a purple floral nightgown", who="the woman"),
        title="Clovia Women Lavender Printed Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: grey melange lounge pants with a white drawstring and ribbed ankle cuffs, worn with a short black
    # round-neck tee (waistband visible) and white sneakers; white backdrop, front. Free: adapter epoch 2.
    case(
        "X1086-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants with pure color patterns. "
            "The T-shirt is with cotton fabric and it has a round neckline. The pants are with cotton fabric."
        ),
        color_of("pants", "black", "other_garment_color"),
        BQ.color("grey"),
        BQ.garment_type("lounge pants"),
        details("pants", "the pants have an elastic waistband with a drawstring and ribbed cuffs at the ankles"),
        wearing("he is wearing a black shirt and grey sweatpants", "pronoun", who="she"),
        BQ.material("cotton"),
        title="Jockey Women Grey Melange Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: maroon short-sleeve tee with white "Sleepy Head" lettering, grey-and-white striped lounge shorts;
    # white backdrop, front view. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-005",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts with stripe "
            "patterns. The T-shirt is with cotton fabric and it has a round neckline. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "the shorts are maroon", "other_garment_color", kind="open"),
        color_of("t-shirt", "grey", "other_garment_color"),
        BQ.pattern("printed"),
        wearing("a maroon t-shirt and grey striped shorts", who="she"),
        details(
            "t-shirt", "the t-shirt has the words sleepy head on the front and a pocket on the chest", "unsupported"
        ),
        BQ.sleeve_length("short"),
        title="Kanvin Women Maroon Printed Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy satin slip nightdress (spaghetti straps, black lace at the neckline, knee length) under a matching
    # navy satin robe worn open; white backdrop, front. Free: adapter epoch 2; closed: reference.
    case(
        "X1086-006",
        caption(
            "The lady wears a long-sleeve robe over a sleeveless dress with pure color patterns. "
            "The dress is of medium length. It has a V-shape neckline."
        ),
        BQ.color("navy blue"),
        BQ.material("satin"),
        describe(
            "nightdress",
            "the nightdress is a short black dress with spaghetti straps and lace trim at the neckline",
            "contradiction",
        ),
        is_a("robe", "yes"),
        wearing("a navy blue robe and a matching nightgown", who="the woman"),
        BQ.garment_type("nightdress"),
        details("robe", "the robe has a belt, two pockets and a hood", "unsupported"),
        title="Amante Women Navy Blue Solid Satin Nightdress with Robe",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black lounge pants with a small white star print, worn with a white ribbed tank top; white backdrop,
    # front view. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long pants with graphic patterns. "
            "The tank top is with cotton fabric. The pants are with cotton fabric and graphic patterns."
        ),
        BQ.color("white", "other_garment_color"),
        color_of("pants", "black with white stars", kind="open"),
        BQ.pattern("printed"),
        details(
            "pants",
            "Question: What are the pants details? Answer: the pants have a star print and an elastic waistband",
            "leak",
        ),
        wearing("a white tank top and black pajama pants", who="she"),
        title="Hunkemoller Women Black Printed Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: peach long-sleeve round-neck top with a white floral print and ribbed cuffs, solid peach pyjamas; the
    # model sits on a white stool holding a grey cushion; white backdrop. Free: adapter epoch 2; closed: reference.
    case(
        "X1086-008",
        caption(
            "The lady is sitting on a chair. She wears a long-sleeve shirt with floral patterns and long pants with "
            "pure color patterns. The shirt is with cotton fabric and it has a round neckline."
        ),
        color_of("top", "orange", "contradiction"),
        BQ.garment_type("night suit"),
        details("top", "the top has a floral print all over and long sleeves with ribbed cuffs"),
        BQ.material(
            "the lady wears a long-sleeve shirt with floral patterns. the shirt is with cotton fabric and it has "
            "a round neckline. the lady wears long pants with pure",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing pajamas and holding a pillow", who="she"),
        BQ.color("peach"),
        title="Sweet Dreams Women Peach Printed Night Suit",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: red knee-length short-sleeve cotton nightdress with a white Mickey Mouse print, no jewellery; white
    # backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-009",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and it has "
            "a round neckline. The dress is of medium length. This lady wears a ring.",
            "unsupported",
        ),
        BQ.color("red"),
        is_a("dress", "yes"),
        describe("dress", "a red dress with a mickey mouse on it"),
        DQ.details(
            "mickey mouse mickey mouse mickey mouse mickey mouse mickey mouse mickey mouse mickey mouse mickey mouse "
            "mickey mouse mickey",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("sleeveless", "contradiction"),
        title="Disney by Dreamz Women Red Mickey Mouse Print Cotton Nightdress",
        category="Nightdress",
        color="Red",
        gender="Women",
    ),
    # photo: white pyjama set with thin blue stripes, short-sleeve button-front shirt with a notched collar and a
    # chest pocket, long pants; white backdrop, front. Free: adapter epoch 2; closed: reference.
    case(
        "X1086-010",
        caption(
            "The gentleman wears a short-sleeve shirt with stripe patterns and long pants with stripe patterns. "
            "The shirt is with cotton fabric and it has a lapel neckline.",
            "pronoun",
        ),
        BQ.color("white"),
        BQ.pattern("striped"),
        color_of("shirt", "white and blue striped", kind="open"),
        wearing("a striped pajama set Question: Is this a pajama set? Answer: yes", "leak", who="the person"),
        details("shirt", "the shirt has a collar, a chest pocket and buttons down the front"),
        color_of("pants", "navy blue", "contradiction"),
        title="Marks & Spencer Women White & Blue Striped Cotton Pyjama Set",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: black satin long-sleeve shirt with white piping and black satin pants; she holds a white coffee mug;
    # white backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and long pants with pure color patterns. "
            "The shirt is with chiffon fabric and it has a lapel neckline. She is holding a cup.",
            "unsupported",
        ),
        BQ.material("satin"),
        BQ.color("black"),
        color_of("pants", "white", "contradiction"),
        wearing("black satin pajamas and she is holding a cup of coffee", who="she"),
        BQ.sleeve_length("long"),
        is_a("dress", "no"),
        title="Clovia Women Black Satin Night Suit",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: navy lounge pants with a white stripe down each side, worn with a pink sweatshirt; white backdrop,
    # front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and long pants with pure color patterns. "
            "The sweater is with knitted fabric. The pants are with cotton fabric."
        ),
        color_of("pants", "the pants are pink", "other_garment_color", kind="open"),
        BQ.color("navy blue"),
        describe("pants", "the pants are navy blue with a white stripe down the side and an elastic waist"),
        wearing("pink", "non_answer", who="she"),
        BQ.garment_type("lounge pants"),
        title="Zivame Women Navy Blue Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: ankle-length white cotton nightdress, blue floral embroidery on the yoke, three-quarter sleeves, round
    # neck; white backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-013",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and it has "
            "a round neckline. The dress is of long length."
        ),
        BQ.sleeve_length("three-quarter"),
        BQ.color("white"),
        describe(
            "nightdress",
            "the nightdress is long and white with blue embroidery on the chest and it has three quarter sleeves and "
            "a round neck and it is made of cotton and it",
            "cut",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        is_a("nightdress", "yes"),
        wearing("a long white nightgown with blue embroidery and a matching robe", "unsupported", who="she"),
        title="Fabindia Women White Embroidered Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: mint green tee with "Good Night" lettering, mint-and-white checked pyjamas, a sleep mask pushed up on
    # her forehead; white backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-014",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and long pants with lattice patterns. "
            "There is an accessory on her head."
        ),
        BQ.color("green"),
        color_of("pants", "green and white checks", kind="open"),
        wearing(
            "a green t-shirt and checkered pajama pants with a sleep mask on her head and she is standing in front of "
            "a white wall with her",
            "cut",
            who="she",
            hit_limit=True,
        ),
        DQ.details(
            "the t-shirt has good night written on it and the pants are checkered and the t-shirt has good night "
            "written on it and the pants are checkered and the",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("checked"),
        DQ.description("a red and white checkered pajama set", "contradiction"),
        title="Slumber Jill Women Green Printed Night Suit",
        category="Night suits",
        color="Sea Green",
        gender="Women",
    ),
    # photo: maroon lounge pants with a tiny white floral print and a drawstring, worn with a white round-neck tee
    # tucked in; white backdrop, front. Row has no color column. Free: adapter epoch 2; closed: reference.
    case(
        "X1086-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants with floral patterns. "
            "The T-shirt is with cotton fabric and it has a round neckline."
        ),
        BQ.color("white", "other_garment_color"),
        color_of("pants", "maroon with small white flowers", kind="open"),
        details("pants", "the pants have a small floral print and a drawstring waist"),
        wearing("she is wearing a white t-shirt and red pants", who="she"),
        BQ.garment_type("lounge pants"),
        describe("pants", "describe the pants", "restated"),
        title="Enamor Women Maroon Printed Lounge Pants",
        category="Lounge Pants",
        gender="Women",
    ),
    # photo: yellow knee-length short-sleeve nightdress printed with smiley faces; white backdrop, front. Free
    # texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-016",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and it has "
            "a round neckline. The dress is of medium length. The lady wears a short-sleeve dress with graphic "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        BQ.color("yellow"),
        wearing("Answer: a yellow dress", "leak", who="the woman"),
        describe("nightdress", "it is yellow with smiley faces printed on it and lace at the hem", "unsupported"),
        is_a("dress", "yes"),
        BQ.pattern("graphic"),
        title="Sweet Dreams Women Yellow Printed Nightdress",
        category="Nightdress",
        color="Yellow",
        gender="Women",
    ),
    # photo: lavender satin camisole with lace at the neckline and thin straps, lavender satin shorts; white
    # backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts with pure color patterns. "
            "The tank top is with other fabric and it has a suspenders neckline."
        ),
        BQ.sleeve_length("sleeveless"),
        BQ.color("purple"),
        BQ.material("cotton", "unsupported"),
        details(
            "top",
            "the top has lace at the neckline and thin straps and lace at the neckline and thin straps and lace at "
            "the neckline and thin straps and",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a purple tank top and shorts", who="she"),
        color_of("shorts", "pink", "contradiction"),
        title="Amante Women Lavender Satin Shorts Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: olive jogger lounge pants with side pockets and elastic cuffs, worn with a beige tee; white backdrop,
    # front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants with pure color patterns. "
            "The T-shirt is with cotton fabric and it has a round neckline. The pants are with cotton fabric and "
            "pure color patterns. This lady wears",
            "cut",
            hit_limit=True,
        ),
        BQ.color("beige", "other_garment_color"),
        color_of("pants", "the pants are green", kind="open"),
        details("pants", "the pants have pockets on the side and the cuffs are elastic"),
        DQ.description("joggers", "non_answer"),
        wearing("a beige shirt and green pants", who="she"),
        title="Hanes Women Olive Green Solid Joggers Lounge Pants",
        category="Lounge Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: turquoise long-sleeve notch-collar button shirt with white hearts, matching long pyjamas; the shirt is
    # worn untucked over the waistband; white backdrop, front. Free: adapter epoch 2; closed: reference.
    case(
        "X1086-019",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and long pants with graphic patterns. "
            "The shirt is with cotton fabric and it has a lapel neckline. The pants are with cotton fabric and "
            "graphic patterns. The pants are with cotton fabric and graphic patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        color_of("pants", "the pants are white", "contradiction", kind="open"),
        BQ.pattern("printed"),
        DQ.details(
            "the shirt has heart prints and buttons and the pants have heart prints and a drawstring at the waist",
            "unsupported",
        ),
        wearing("yes", "non_answer", who="she"),
        is_a("night suit", "yes"),
        title="Kanvin Women Turquoise Blue Printed Night Suit",
        category="Night suits",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: knee-length grey melange sleep-tee nightdress with pink "Dream" lettering, no accessories; white
    # backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline.",
            "pronoun",
        ),
        BQ.garment_type("t-shirt", "contradiction"),
        BQ.color("grey"),
        describe("dress", "a long grey t-shirt dress with the word dream in pink"),
        BQ.material("cotton"),
        wearing("she is wearing a nightgown and a pink headband", "unsupported", who="she"),
        DQ.details(
            "the dress has a round neckline and short sleeves and the word dream is written on the front in pink "
            "letters and the dress is of",
            "cut",
            hit_limit=True,
        ),
        title="Jockey Women Grey Melange Printed Cotton Sleep Tee Nightdress",
        category="Nightdress",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: three pieces: white elbow-sleeve robe with pink flowers worn open over a pink cami and pink shorts;
    # white backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-021",
        caption(
            "The lady wears a medium-sleeve jacket with floral patterns and a shorts with pure color patterns. "
            "The jacket is with other fabric and it has a V-shape neckline. The lady wears a medium-sleeve jacket "
            "with floral patterns and a",
            "loop",
            hit_limit=True,
        ),
        BQ.color("pink"),
        color_of("shorts", "white", "other_garment_color"),
        wearing("a white robe with pink flowers over a pink tank top and pink shorts", who="she"),
        BQ.garment_type("dress", "contradiction"),
        BQ.pattern("floral"),
        DQ.details("yes", "non_answer"),
        title="Clovia Women Pink Printed 3-Piece Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: red-and-white checked flannel lounge pants, no pockets, worn with a red hoodie; white backdrop, front.
    # Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-022",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and long pants with lattice patterns. "
            "The sweatshirt is with cotton fabric. The pants are with cotton fabric and lattice patterns."
        ),
        BQ.pattern("striped", "contradiction"),
        BQ.color("red"),
        color_of("pants", "red and white plaid", kind="open"),
        describe(
            "pants",
            "the pants are flannel plaid pajama pants with an elastic waistband and two front pockets",
            "unsupported",
        ),
        wearing("he is wearing a red hoodie and plaid pants", "pronoun", who="the woman"),
        is_a("pair of pants", "yes"),
        title="Marks & Spencer Women Red & White Checked Flannel Lounge Pants",
        category="Lounge Pants",
        color="Red",
        gender="Women",
    ),
    # photo: black short-sleeve tee with a white owl and "Night Owl", black capri pants with white dots; white
    # backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-023",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and three-point pants with dot patterns. "
            "The T-shirt is with cotton fabric and it has a round neckline."
        ),
        BQ.color("black"),
        wearing("Question: What is she wearing? Answer: a black t-shirt with an owl on it", "leak", who="she"),
        details("t-shirt", "the t-shirt has an owl on it and the words night owl"),
        BQ.sleeve_length("long", "contradiction"),
        LENGTH("three-quarter"),
        title="Sweet Dreams Women Black Printed Capri Night Suit",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: royal blue satin babydoll nightdress, black lace cups and hem, spaghetti straps, short; white
    # backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and it has "
            "a suspenders neckline. The dress is of short length."
        ),
        BQ.color("black", "contradiction"),
        describe("nightdress", "the nightdress is blue with black lace on the top and thin straps"),
        BQ.material("satin"),
        DQ.details(
            "the dress is a dress that is a dress that is a dress that is a dress that is a dress that is a dress "
            "that is",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue lingerie dress", who="she"),
        LENGTH("long", "contradiction"),
        title="Amante Women Blue Satin Lace Babydoll Nightdress",
        category="Nightdress",
        color="Blue",
        gender="Women",
    ),
    # photo: grey lounge pants with side pockets and a drawstring, worn with a navy tee; white backdrop, front.
    # Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants with pure color patterns."
        ),
        color_of("pants", "navy blue", "other_garment_color"),
        wearing("she's wearing a blue shirt and grey sweatpants", who="she"),
        DQ.description(
            "the garment is grey pants the garment is grey pants the garment is grey pants the garment is grey "
            "pants the garment",
            "loop",
            hit_limit=True,
        ),
        BQ.material("polyester", "unsupported"),
        details("pants", "the pants have a drawstring and pockets"),
        BQ.color("grey"),
        title="Van Heusen Women Grey Lounge Pants",
        category="Lounge Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: grey tee with a pink unicorn, pink pyjamas with small unicorns; white backdrop, front. Free texts:
    # caption adapter epoch 2; closed: reference.
    case(
        "X1086-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and long pants with graphic patterns. "
            "The T-shirt is with cotton fabric and it has a round neckline. The pants are with cotton fabric and "
            "graphic patterns. There is",
            "cut",
            hit_limit=True,
        ),
        BQ.color("pink"),
        color_of("t-shirt", "the t-shirt is pink with a unicorn", "other_garment_color", kind="open"),
        color_of("pants", "pink"),
        wearing("he is wearing a unicorn t-shirt and pink pajama pants", "pronoun", who="she"),
        is_a("night suit", "yes"),
        title="Dreamz by Pantaloons Women Grey & Pink Unicorn Print Night Suit",
        category="Night suits",
        color="Grey",
        gender="Women",
    ),
    # photo: mid-calf off-white cotton nightdress, small red flowers, button placket, short puff sleeves; she wears
    # a thin gold bangle; white backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-027",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and it has "
            "a round neckline. The dress is of long length. There is an accessory on her wrist."
        ),
        BQ.color("white"),
        color_of("dress", "the dress is red with white flowers", "contradiction", kind="open"),
        details("dress", "the dress has buttons down the front and small puff sleeves"),
        BQ.sleeve_length("short"),
        BQ.material("cotton"),
        DQ.details("the details of the garment are the details of the dress", "restated"),
        title="Fabindia Women Off White Printed Cotton Nightdress",
        category="Nightdress",
        color="Off White",
        gender="Women",
    ),
    # photo: pink lounge pants with white polka dots, worn with a white crop tee; she hugs a brown teddy bear;
    # white backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants with dot patterns. "
            "She is holding a teddy bear. There is an accessory on her wrist.",
            "unsupported",
        ),
        BQ.color("pink"),
        color_of("pants", "white", "other_garment_color"),
        BQ.pattern("polka dot"),
        wearing("a white crop top and pink polka dot pajama pants and a teddy bear", who="she"),
        describe("pants", "the pants are the pants she is wearing", "restated"),
        title="Clovia Women Pink Polka Dot Print Lounge Pants",
        category="Lounge Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: red-and-black buffalo check flannel shirt (notch collar, chest pocket, black buttons), solid black
    # pyjamas; white backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-029",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and long pants with pure color patterns. "
            "The shirt is with cotton fabric and it has a lapel neckline. The pants are with cotton fabric and "
            "pure color patterns."
        ),
        color_of("pants", "the pants are red", "other_garment_color", kind="open"),
        color_of("shirt", "red and black", kind="open"),
        BQ.material("flannel"),
        BQ.pattern("checked"),
        details(
            "shirt",
            "the shirt has a collar, a pocket on the chest and black buttons down the front, and the pants have an "
            "elastic waistband and",
            "cut",
            hit_limit=True,
        ),
        wearing("a plaid shirt and black pants", who="she"),
        title="Marks & Spencer Women Red Checked Flannel Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: black sleeveless knee-length nightdress with white "Do Not Disturb" text, plain hem; she sits on a bed
    # with white sheets and pillows. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-030",
        caption(
            "The lady is sitting on a bed. She wears a sleeveless dress with graphic patterns. The dress is with "
            "cotton fabric and it has a round neckline."
        ),
        BQ.color("white", "contradiction"),
        describe("nightdress", "the nightdress is black with do not disturb written in white"),
        is_a("dress", "yes"),
        wearing(
            "she is wearing a black nightgown and she is sitting on a bed and she is wearing a black nightgown and "
            "she is sitting on a bed and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        BQ.sleeve_length("sleeveless"),
        details("nightdress", "the nightdress has lace trim at the hem and a bow on the chest", "unsupported"),
        title="Slumber Jill Women Black Printed Nightdress",
        category="Nightdress",
        color="Black",
        gender="Women",
    ),
    # photo: mauve velour long-sleeve pullover top (round neck, no zip, no hood) and mauve velour pants; white
    # backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-031",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and long pants with pure color patterns. "
            "The sweater is with knitted fabric and it has a round neckline. The pants are with knitted fabric and "
            "pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        BQ.color("purple"),
        BQ.material("velour Question: What is the color of the garment? Answer: purple", "leak"),
        DQ.description(
            "the garment is a purple long sleeve top and pants with a zipper on the front and a hood", "unsupported"
        ),
        wearing("what is she wearing", "restated", who="she"),
        BQ.sleeve_length("long"),
        title="Kanvin Women Mauve Solid Velour Night Suit",
        category="Night suits",
        color="Mauve",
        gender="Women",
    ),
    # photo: teal jogger lounge pants with a white drawstring and a side pocket, worn with a grey melange tee;
    # side view, white backdrop. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants with pure color patterns. "
            "The T-shirt is with cotton fabric and it has a round neckline. The pants are with cotton fabric."
        ),
        BQ.color("grey", "other_garment_color"),
        color_of("pants", "teal blue", kind="open"),
        details("pants", "the pants have a white drawstring and a pocket on the back", "unsupported"),
        wearing("grey t-shirt, teal pants", who="she"),
        BQ.garment_type("track pants", "contradiction"),
        title="Jockey Women Teal Solid Lounge Pants",
        category="Lounge Pants",
        color="Teal",
        gender="Women",
    ),
    # photo: white boat-neck three-quarter-sleeve top with black horizontal stripes, solid black pyjamas; white
    # backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-033",
        caption(
            "The lady wears a medium-sleeve T-shirt with stripe patterns and long pants with pure color patterns. "
            "The T-shirt is with cotton fabric and it has a round neckline."
        ),
        color_of("pants", "white", "other_garment_color"),
        BQ.color("white"),
        BQ.pattern("striped"),
        wearing("he is wearing a striped shirt and black pants", "pronoun", who="she"),
        DQ.details(
            "the top has stripes and the pants are black the top has stripes and the pants are black the top has "
            "stripes and the",
            "loop",
            hit_limit=True,
        ),
        DQ.description(
            "The lady wears a medium-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        BQ.sleeve_length("short", "contradiction"),
        title="Hunkemoller Women White & Black Striped Night Suit",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: ankle-length pink flannel nightdress with small white hearts, long sleeves, round neck; white backdrop,
    # front. Row has no color column. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-034",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has "
            "a round neckline. The dress is of long length."
        ),
        BQ.color("pink"),
        BQ.sleeve_length("short", "contradiction"),
        describe("nightdress", "the nightdress is long with long sleeves and small white hearts"),
        BQ.material("flannel"),
        wearing(
            "the lady wears a long-sleeve dress with graphic patterns. question: what is the dress made of? "
            "answer: cotton",
            "leak",
            who="she",
        ),
        color_of("hearts", "white"),
        title="Sweet Dreams Women Pink Printed Flannel Nightdress",
        category="Nightdress",
        gender="Women",
    ),
    # photo: blue-and-white striped lounge shorts worn with a white tank top; white backdrop, front. Free texts:
    # caption adapter epoch 2; closed: reference.
    case(
        "X1086-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts with stripe patterns. "
            "The tank top is with cotton fabric. The shorts are of short length."
        ),
        BQ.color("white", "other_garment_color"),
        color_of(
            "shorts",
            "blue and white stripes Question: What is the color of the tank top? Answer: white",
            "leak",
            kind="open",
        ),
        BQ.garment_type("lounge shorts"),
        details("shorts", "they are shorts", "non_answer"),
        wearing("a white tank top and blue striped shorts", who="she"),
        BQ.pattern("striped"),
        title="Marks & Spencer Women Blue Striped Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard short-sleeve tee with a sun and "Rise & Shine", mustard-and-white striped shorts, plain
    # waistband; white backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-036",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts with stripe patterns. "
            "The T-shirt is with cotton fabric and it has a round neckline. The shorts are with cotton fabric and "
            "stripe patterns. The",
            "cut",
            hit_limit=True,
        ),
        BQ.color("yellow"),
        color_of("shorts", "orange", "contradiction"),
        wearing("she is wearing a yellow t-shirt that says rise and shine and striped shorts", who="she"),
        DQ.details(
            "the t-shirt has a sun on it and the words rise and shine, and the shorts have a bow on the waistband",
            "unsupported",
        ),
        BQ.pattern("striped"),
        title="Kanvin Women Mustard Printed Shorts Night Suit",
        category="Night suits",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon sleeveless knee-length nightdress with white piping at neck and armholes, a grey long-sleeve
    # knit shrug worn open over it; white backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-037",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a sleeveless dress with pure color "
            "patterns. The cardigan is with knitted fabric. The dress is of medium length."
        ),
        BQ.color("grey", "other_garment_color"),
        color_of("dress", "the dress is grey", "other_garment_color", kind="open"),
        BQ.sleeve_length("long", "contradiction"),
        describe(
            "nightdress", "the nightdress is a sleeveless maroon dress with white piping on the neck and the armholes"
        ),
        wearing("a grey cardigan over a red dress", who="she"),
        details("nightdress", "what are the nightdress details", "restated"),
        title="Dreamz by Pantaloons Women Maroon Solid Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: sky blue short-sleeve notch-collar shirt and long pyjamas, both printed with white clouds; white
    # backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-038",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and long pants with graphic patterns. "
            "The shirt is with cotton fabric and it has a lapel neckline. The pants are with cotton fabric and "
            "graphic patterns."
        ),
        BQ.color("blue"),
        BQ.pattern("printed"),
        wearing("blue and white pajamas with clouds on them", who="she"),
        DQ.details(
            "the shirt has buttons and a collar and a pocket and the pants have a drawstring and pockets and the "
            "shirt has buttons and a collar and a pocket and",
            "loop",
            hit_limit=True,
        ),
        BQ.material("linen", "unsupported"),
        color_of("shirt", "the shirt is with pure color patterns", "non_answer", kind="open"),
        NECKLINE("round", "contradiction"),
        title="Slumber Jill Women Blue Cloud Print Cotton Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: black wide-leg lounge pants with an elastic waistband, worn with a white tee and white sneakers;
    # white backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-039",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt with pure color patterns.",
            "contradiction",
        ),
        BQ.color("black"),
        describe("pants", "the pants are wide and black with an elastic waistband"),
        color_of("pants", "the pants are white", "other_garment_color", kind="open"),
        wearing(
            "she is wearing a white shirt and black pants Question: what color are her shoes? Answer: white",
            "leak",
            who="she",
        ),
        BQ.garment_type("lounge pants"),
        title="Enamor Women Black Solid Wide Leg Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: grey short-sleeve tee with a black panda, black-and-grey checked pyjamas; white backdrop, front. Free
    # texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and long pants with lattice patterns. "
            "The T-shirt is with cotton fabric.",
            "pronoun",
        ),
        BQ.color("grey"),
        color_of("t-shirt", "black", "contradiction"),
        wearing("a grey panda t-shirt and checked pajama bottoms", who="she"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        BQ.pattern("checked"),
        BQ.material("silk", "unsupported"),
        title="Sweet Dreams Women Grey Printed Night Suit",
        category="Night suits",
        color="Grey",
        gender="Women",
    ),
    # photo: long peach sleeveless nightdress with a lace yoke and a matching peach robe (lace cuffs, tie belt)
    # worn open; white backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-041",
        caption(
            "The lady wears a long-sleeve robe with pure color patterns over a long dress. The dress is of long "
            "length and it has a V-shape neckline. The robe is with other fabric and it has a belt. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        BQ.color("pink"),
        describe("robe", "the robe is peach colored with lace on the sleeves and it has a belt"),
        DQ.details(
            "the dress has lace on the chest and the robe has lace on the sleeves and a belt at the waist and the "
            "dress has lace on the chest and the robe",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        wearing("the woman is wearing a white robe", "contradiction", who="the woman"),
        title="Clovia Women Peach Lace Nightdress with Robe",
        category="Nightdress",
        color="Peach",
        gender="Women",
    ),
    # photo: coffee brown ribbed wide-leg lounge pants, worn with a cream knit sweater; white backdrop, front.
    # Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and long pants with pure color patterns. "
            "The sweater is with knitted fabric and it has a round neckline. The pants are with knitted fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        BQ.color("beige", "other_garment_color"),
        color_of("pants", "brown"),
        details("pants", "the pants are ribbed and have a wide leg and a zipper on the side", "unsupported"),
        wearing("a cream sweater and brown pants", who="she"),
        BQ.material("knitted"),
        is_a("pair of jeans", "no"),
        describe("pants", "the pants are pants", "restated"),
        title="Marks & Spencer Women Coffee Brown Ribbed Lounge Pants",
        category="Lounge Pants",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: magenta short-sleeve V-neck tee, magenta-and-white striped long pyjamas; white backdrop, front. Free
    # texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants with stripe patterns. "
            "The T-shirt is with cotton fabric and it has a V-shape neckline. The pants are with cotton fabric and "
            "stripe patterns."
        ),
        BQ.color("pink"),
        color_of("pants", "blue", "contradiction"),
        wearing("a pink shirt and pink and white striped pants", who="she"),
        describe(
            "top",
            "the top is a the top is a the top is a the top is a the top is a the top is a the top is a",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("short"),
        DQ.material("it is made of material", "non_answer"),
        NECKLINE("v-neck"),
        title="Kanvin Women Magenta Striped Night Suit",
        category="Night suits",
        color="Magenta",
        gender="Women",
    ),
    # photo: knee-length sea green short-sleeve shirt-style nightdress, white piping on the collar, buttons down the
    # front, a chest pocket; white backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The shirt is of medium length."
        ),
        BQ.garment_type("nightdress"),
        BQ.color("green"),
        details("nightdress", "the nightdress has white piping on the collar, buttons down the front and a pocket"),
        wearing(
            "she is wearing a green shirt dress. she is wearing a green shirt dress. she is wearing a green shirt "
            "dress. she is",
            "loop",
            who="she",
            hit_limit=True,
        ),
        BQ.sleeve_length("short"),
        color_of("piping", "white"),
        title="Dreamz by Pantaloons Women Sea Green Solid Shirt Nightdress",
        category="Nightdress",
        color="Sea Green",
        gender="Women",
    ),
    # photo: lavender lounge pants with small white stars, worn with a matching lavender hoodie; white backdrop,
    # front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-045",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and long pants with graphic patterns. "
            "The sweatshirt is with cotton fabric and it has a round neckline."
        ),
        BQ.color("purple"),
        color_of("pants", "lavender"),
        describe(
            "pants",
            "Answer: the pants are purple with white stars on them and they have an elastic waist",
            "leak",
        ),
        wearing("a purple hoodie and matching pajama pants with stars", who="she"),
        details(
            "pants",
            "the pants have white stars all over them and an elastic waistband and the stars are white and the "
            "pants are purple and",
            "cut",
            hit_limit=True,
        ),
        title="Zivame Women Lavender Printed Lounge Pants",
        category="Lounge Pants",
        color="Lavender",
        gender="Women",
    ),
    # photo: white long-sleeve notch-collar shirt with blue flowers, solid navy pyjamas, white slippers; white
    # backdrop, front. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1086-046",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and long pants with pure color patterns. "
            "The shirt is with cotton fabric and it has a lapel neckline. The pants are with cotton fabric and "
            "pure color patterns."
        ),
        BQ.color("white"),
        color_of("pants", "white", "other_garment_color"),
        wearing("she is wearing a floral shirt and blue pants and white slippers", who="she"),
        DQ.details("yes", "non_answer"),
        BQ.pattern("floral"),
        is_a("night suit", "no", "contradiction"),
        DQ.description(
            "the garment is a white shirt with blue flowers and navy blue pants and the shirt has a collar and "
            "buttons and the pants have an",
            "cut",
            hit_limit=True,
        ),
        title="July Nightwear Women Blue Floral Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
]
