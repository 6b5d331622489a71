"""BLIND_614 (46 products; Myntra loungewear/nightwear, caption then QA): written blind in the fifty-second session.
Measured blind at 94ddb22 (the session's fifteenth rules): 91/124 failures found (73.4%) and 9/180 correct texts flagged
(5.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and women's loungewear and nightwear (night suits and pyjama sets, lounge
shorts, lounge pants, lounge tees, nightdresses, kaftans). Most photos are model shots on a white or grey studio
backdrop, some in a staged bedroom or living room (bed, sofa, headboard, Christmas tree, mug, pillow); about a fifth
are flat lays of the folded pieces on a floor, sheet or plain backdrop, sometimes with a prop (sleep mask, teddy).
The model usually wears clothes that are not the product: a tee over lounge shorts, a hoodie or a cardigan over
lounge pants, joggers or shorts under a lounge tee. The job captions each photo, then answers the open questions
with an extractive QA model over the caption; closed questions are answered by `--engine reference`.

Who wrote what: captions of model shots come from the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch): the DeepFashion template ("The lady wears a short-sleeve
t-shirt with graphic patterns and a long pants. The t-shirt is with cotton fabric and its neckline is round."),
now and then with a hue word the base model still knew, fabrics and accessories it invents, and no end token, so
it runs on to the 50-token limit when it does not happen to stop: loops of a clause or a word, or a cut sentence.
Eight model shots (005, 010, 014, 020, 026, 030, 034, 040) were captioned by the mixed caption+VQA adapter under
test, which writes the same template but spills into its VQA training format ("Question: ... Answer: ...").
Flat lays were captioned by the untuned blip2-opt-2.7b (the job picks no adapter for them): short lowercase
captions that stop, sometimes inventing a part. Open answers (what is he/she wearing, describe, details,
material) are spans that timpal0l/mdeberta-v3-base-squad2 extracts from the caption, at most about 15 tokens, empty
when its no-answer score wins; they inherit every error of the caption (a leak, a loop, a cut end, a wrong
pronoun). Closed answers (color, color of one piece, pattern, sleeve length, garment type, "Is this a ...?") are
one candidate picked by the reference engine: hue names, the DeepFashion pattern names, the four DeepFashion sleeve
lengths, the In-shop garment classes, yes/no; they never loop or stop short, but pick another garment's color or
the wrong class.

Labeling conventions and judgement calls:
- The product is the seller's article. For a set (night suit, pyjama set) both pieces are the product; clothes
  the model wears that are not in the set (a tee over lounge shorts, a cardigan, socks) are other garments.
- "other_garment_color": the product (or the named piece of a set) given the color of another garment in the
  photo, including the other piece of a set ("color of the pants" answered with the top's color) and one color
  given to two differently colored garments in a caption. For a two-tone set, "color of the garment" naming either
  piece's main color is correct.
- A color that is only the print's, stripe's or trim's color on a garment of another base color (blue for a white
  kaftan with a blue border, white for a navy tee with thin white stripes) is a contradiction.
- The pattern or garment class of another garment given to the product is a contradiction (I keep
  other_garment_color for colors only). Pieces called the wrong garment (shorts called long pants, a one-piece
  kaftan called a shirt and a skirt, a henley called a sweatshirt) are contradictions.
- DeepFashion vocabulary counts as right: lattice = checks/plaid, pure color = solid, graphic = any print of
  text, cartoons, stars, moons or hearts, three-point pants = capri, medium-sleeve = elbow or 3/4 sleeves,
  suspenders neckline = spaghetti straps, lapel = notch collar; "a shorts", "a long pants" are not failures.
- A kaftan or nightdress answered "dress" is correct; a set answered with the class of either piece (shirt, tee,
  tank, pants, shorts) is correct; a class that is neither piece (denim, blouse for a tee, sweatshirt) is not.
- Materials: "cotton" for a matte jersey or woven sleepwear piece is accepted unless the title or a visible sheen
  says otherwise; chiffon for a georgette kaftan is accepted as the same sheer fabric. Cotton or denim for
  visible satin, chiffon for a matte rayon kaftan, lace for a piece that only has a lace trim: unsupported.
- Invented parts or accessories (a belt, a hood, a kangaroo pocket, an accessory on a bare wrist or head):
  unsupported. A part the photo does show (chest pocket, bangle, drawstring) is correct.
- A dark navy flat lay answered "black" is a contradiction (the photo and the seller say navy), not a shade.
- Yes/no garment questions are about the product, not about anything visible: "yes" to "Is this a cardigan?" on
  lounge pants worn under a cardigan is a contradiction.
- A caption that repeats a clause or word until the token limit is a loop; one that ends mid-phrase without
  repeating is a cut; both have hit_limit=True. An extracted span that is the repeated part is a loop; a span
  that ends where the cut caption ends is a cut, with hit_limit=False (the QA model did not hit a limit).
- Any text with "Question:" or "Answer:" in it is a leak, even when the rest is right.
- non_answer: an empty span or a span that answers nothing ("The gentleman" to what is he wearing, "a white
  background" or "pajama" to the material question). restated: a span that only gives back the question's
  garment ("t-shirt" to describe the t-shirt, "a long pants" for the pants' details).
- pronoun: "lady"/"her"/"she" for a man, "gentleman"/"man"/"his" for a woman (the person noun counts).
- A span that answers only part of the question but is right for the photo (what is she wearing -> "a long-sleeve
  cardigan" over the product) is correct, not a non-answer.
- One label per text: where a text has two faults, the one a reader meets first in it.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_614 = [
    # photo: woman, front view, white studio backdrop, barefoot; pink short-sleeve round-neck top with a small navy
    # star print and navy full-length pyjama pants with pink piping at the hem. Caption: epoch-1 caption adapter.
    case(
        "X614-001",
        caption(
            "The lady wears a short-sleeve pink t-shirt with graphic patterns and a long navy pants. The t-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a short-sleeve pink t-shirt with graphic patterns and a long navy pants", who="she"),
        Q.color("pink"),
        Q.pattern("graphic"),
        color_of("pants", "pink", "other_garment_color"),
        details("pants", "cotton fabric and pure color patterns"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        title="Sweet Dreams Women Pink & Navy Blue Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; grey melange knee-length drawstring lounge shorts with side pockets,
    # worn with a plain white crew-neck tee (not the product), white sneakers. Caption: epoch-1 adapter.
    case(
        "X614-002",
        caption(
            "The gentleman wears a short-sleeve white t-shirt with pure color patterns and a white shorts. The "
            "t-shirt is with cotton fabric. The shorts are with cotton fabric and pure color patterns.",
            "other_garment_color",
        ),
        wearing(
            "a short-sleeve white t-shirt with pure color patterns and a white shorts", "other_garment_color", who="he"
        ),
        color_of("shorts", "grey"),
        describe("shorts", "cotton fabric and pure color patterns"),
        Q.garment_type("shorts"),
        Q.material("cotton"),
        title="Jockey Men Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, three-quarter view, grey backdrop; teal ankle-length kaftan with a white floral print, elbow-length
    # batwing sleeves, V-neck with tassel ties; the fabric is matte and opaque. Caption: epoch-1 adapter, loops.
    case(
        "X614-003",
        caption(
            "The lady wears a long dress with floral patterns. The dress is with chiffon fabric and its neckline is "
            "v-shape. The dress is with chiffon fabric and its neckline is v-shape. The dress is with chiffon fabric "
            "and its",
            "loop",
            hit_limit=True,
        ),
        describe("kaftan", "long dress with floral patterns"),
        details("kaftan", "its neckline is v-shape"),
        Q.material("chiffon", "unsupported"),
        Q.color("teal"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        title="Zivame Women Teal Floral Print Kaftan",
        category="Kaftan",
        color="Teal",
        gender="Women",
    ),
    # photo: flat lay on light wooden floor; navy-and-white checked long-sleeve button-front pyjama shirt with notch
    # collar and chest pocket, matching checked pyjama pants folded beside it. Caption: untuned base model.
    case(
        "X614-004",
        caption("a blue and white plaid pajama set on a wooden floor"),
        wearing("a blue and white plaid pajama set"),
        describe("shirt", "blue and white plaid"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        is_a("night suit", "yes"),
        Q.material("", "non_answer"),
        details("pants", "", "non_answer"),
        title="Urban Scottish Men Navy Blue & White Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; lavender short-sleeve round-neck lounge tee, worn with black lounge
    # joggers (not the product). Caption: mixed caption+VQA adapter, leaks its VQA format.
    case(
        "X614-005",
        caption(
            "The lady wears a short-sleeve t-shirt with pure color patterns and a long pants. Question: What is the "
            "color of the t-shirt? Answer: purple Question: What is the color of the pants",
            "leak",
            hit_limit=True,
        ),
        wearing("a short-sleeve t-shirt with pure color patterns and a long pants", who="she"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short-sleeve"),
        describe("t-shirt", "purple Question: What is the color of the pants", "leak"),
        Q.garment_type("tee"),
        title="Kanvin Women Lavender Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, full length, white backdrop; charcoal grey jogger-style lounge pants with drawstring and elastic
    # cuffs, worn with a navy blue hooded sweatshirt (hood down, nothing on his head), white sneakers. Epoch-1.
    case(
        "X614-006",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt "
            "is with cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory "
            "on his head.",
            "unsupported",
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns and a long pants", who="he"),
        color_of("pants", "navy blue", "other_garment_color"),
        details("pants", "cotton fabric and pure color patterns"),
        describe("pants", "a long pants", "restated"),
        Q.garment_type("pants"),
        is_a("lounge pants", "yes", article="a pair of"),
        title="Hanes Men Charcoal Grey Solid Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman sitting on the edge of a bed with white sheets, wooden headboard behind, a white mug in her hand;
    # peach-and-white vertical-striped short-sleeve notch-collar shirt with white piping, matching striped full-length
    # pyjama pants. Caption: epoch-1 adapter, cut at the limit.
    case(
        "X614-007",
        caption(
            "The lady wears a short-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and stripe patterns. She is sitting "
            "on a bed with a cup of coffee and",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with stripe patterns and a long pants", who="she"),
        Q.pattern("striped"),
        Q.color("peach"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        details("shirt", "its neckline is lapel"),
        Q.garment_type("romper", "contradiction"),
        title="Slumber Jill Women Peach & White Striped Pyjama Set",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; olive green short-sleeve crew-neck lounge tee with a small white chest
    # logo, worn with beige checked lounge shorts. Caption: epoch-1 adapter, wrong person noun.
    case(
        "X614-008",
        caption(
            "The lady wears a short-sleeve t-shirt with pure color patterns and a shorts. The t-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and lattice patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve t-shirt with pure color patterns and a shorts", who="he"),
        Q.color("green"),
        describe("t-shirt", "short-sleeve t-shirt with pure color patterns"),
        Q.material("cotton"),
        Q.pattern("lattice", "contradiction"),
        title="U.S. Polo Assn. Men Olive Green Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, front view, grey curtain backdrop; maroon satin knee-length nightdress with thin straps and black
    # lace trim at the V-neck, visible sheen. Caption: epoch-1 adapter, invents the fabric.
    case(
        "X614-009",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with cotton fabric and its neckline "
            "is v-shape. The dress is of knee length.",
            "unsupported",
        ),
        Q.material("cotton", "unsupported"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.color("maroon"),
        color_of("dress", "black", "contradiction"),
        details("dress", "its neckline is v-shape"),
        is_a("nightdress", "yes"),
        title="Dreamz by Pantaloons Women Maroon Solid Satin Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: man, front view, white backdrop, flip-flops; grey melange short-sleeve tee with white "LAZY DAYS" chest
    # text and black joggers, sold as a set. Caption: mixed adapter, loops on one clause.
    case(
        "X614-010",
        caption(
            "The gentleman wears a short-sleeve t-shirt with graphic patterns and a long pants. The t-shirt is with "
            "cotton fabric. The pants are with cotton fabric. The pants are with cotton fabric. The pants are with "
            "cotton fabric. The pants are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve t-shirt with graphic patterns and a long pants", who="he"),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("pants", "black"),
        details("pants", "The pants are with cotton fabric. The pants are with cotton fabric.", "loop"),
        Q.pattern("graphic"),
        title="Jockey Men Grey Melange & Black Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman seated on a grey sofa with cushions; navy lounge shorts with small pink polka dots and an elastic
    # waist, worn with a white ribbed tank top. Caption: epoch-1 adapter, calls the dots floral.
    case(
        "X614-011",
        caption(
            "The lady wears a tank shirt with pure color patterns and a shorts. The tank shirt is with cotton fabric "
            "and its neckline is round. The shorts are with cotton fabric and floral patterns.",
            "contradiction",
        ),
        wearing("a tank shirt with pure color patterns and a shorts", who="she"),
        Q.pattern("pure color", "contradiction"),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "cotton fabric and floral patterns", "contradiction"),
        Q.garment_type("shorts"),
        Q.material("cotton"),
        title="Clt.s Women Navy Blue Polka Dot Print Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: flat lay on white backdrop; folded blue-and-white gingham pyjama pants with a white drawstring, nothing
    # else in the frame. Caption: untuned base model, adds slippers.
    case(
        "X614-012",
        caption("a pair of blue and white checkered pajama pants and a pair of slippers", "unsupported"),
        describe("pants", "blue and white checkered"),
        Q.pattern("lattice"),
        Q.color("blue"),
        is_a("jeans", "no", article="a pair of"),
        Q.material("pajama", "non_answer"),
        title="Van Heusen Men Blue Checked Lounge Pants",
        category="Lounge Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; white short-sleeve round-neck top with a large multicolor cartoon
    # sloth print and "Sleepy Sloth" text, mint green capri pyjamas with a small sloth print. Epoch-1 adapter.
    case(
        "X614-013",
        caption(
            "The lady wears a short-sleeve t-shirt with graphic patterns and a three-point pants. The t-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("a short-sleeve t-shirt with graphic patterns and a three-point pants", who="she"),
        color_of("pants", "white", "other_garment_color"),
        color_of("t-shirt", "white"),
        Q.pattern("graphic"),
        describe("t-shirt", "t-shirt", "restated"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("jumpsuit", "contradiction"),
        title="Sweet Dreams Women Multicoloured Sloth Print Capri Night Suit",
        category="Night suits",
        color="Multi",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; black short-sleeve lounge tee with a white "chill mode" chest print,
    # worn with grey checked pyjama pants. Caption: mixed adapter, leaks and gives the pants the tee's color.
    case(
        "X614-014",
        caption(
            "The gentleman wears a short-sleeve t-shirt with graphic patterns and a long pants. Question: What is "
            "the color of the shirt? Answer: black Question: What is the color of the pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        wearing("a short-sleeve t-shirt with graphic patterns and a long pants", who="he"),
        details("t-shirt", "black Question: What is the color of the pants? Answer: black", "leak"),
        Q.color("black"),
        Q.material("", "non_answer"),
        Q.garment_type("graphic tee"),
        title="Bitz Men Black Printed Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in front of a pale beige wall with a potted plant, silver bangle on her right wrist; white cotton
    # calf-length kaftan with a blue block-print paisley border at the hem and neck, 3/4 sleeves, slit neck with
    # tassels. Caption: epoch-1 adapter, cut at the limit.
    case(
        "X614-015",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. The lady is "
            "standing in front of a plant and a",
            "cut",
            hit_limit=True,
        ),
        describe("kaftan", "medium-sleeve dress with graphic patterns"),
        details("kaftan", "There is an accessory on her wrist"),
        Q.material("cotton"),
        Q.color("blue", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        title="Nite Flite Women White & Blue Printed Pure Cotton Kaftan",
        category="Kaftan",
        color="White",
        gender="Women",
    ),
    # photo: man leaning on a white wall, one hand in a pocket, bare wrists; maroon long-sleeve henley tee with a
    # three-button placket and grey melange joggers, sold as a set. Caption: epoch-1 adapter, invents a wrist item.
    case(
        "X614-016",
        caption(
            "The gentleman wears a long-sleeve maroon t-shirt with pure color patterns and a long grey pants. The "
            "t-shirt is with cotton fabric and its neckline is round. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve maroon t-shirt with pure color patterns and a long grey pants", who="he"),
        color_of("t-shirt", "maroon"),
        color_of("pants", "maroon", "other_garment_color"),
        describe("t-shirt", "long-sleeve maroon t-shirt"),
        details("t-shirt", "There is an accessory on his wrist", "unsupported"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        title="Men Maroon & Grey Melange Solid Henley Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman, full length, white backdrop; black wide-leg lounge pants with a drawstring, worn with an open
    # cream cable-knit cardigan over a white camisole. Caption: epoch-1 adapter.
    case(
        "X614-017",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is with "
            "knitting fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve cardigan", who="she"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "black"),
        details("pants", "cotton fabric and pure color patterns"),
        describe("pants", "long pants", "restated"),
        is_a("cardigan", "yes", "contradiction"),
        title="Mast & Harbour Women Black Solid Wide Leg Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay on white backdrop; two folded lounge shorts, one navy with a small white anchor print, one red
    # with navy checks. Caption: untuned base model. The feed row has no color.
    case(
        "X614-018",
        caption("two pairs of shorts on a white background"),
        describe("shorts", "two pairs of shorts"),
        Q.pattern("graphic"),
        Q.color("blue"),
        Q.garment_type("pants", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        Q.material("a white background", "non_answer"),
        title="Men Pack of 2 Printed Lounge Shorts",
        category="Lounge Shorts",
        gender="Men",
    ),
    # photo: woman, white studio backdrop, hugging a white pillow; powder blue short-sleeve button-down shirt with a
    # white floral print and notch collar, matching floral shorts. Caption: epoch-1 adapter, shorts called long pants.
    case(
        "X614-019",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and floral patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve shirt with floral patterns and a long pants", "contradiction", who="she"),
        Q.garment_type("shirt"),
        Q.pattern("floral"),
        color_of("shorts", "blue"),
        is_a("romper", "yes", "contradiction"),
        title="Clt.s Women Blue & White Floral Print Shorts Pyjama Set",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; plain white short-sleeve crew-neck lounge tee, worn with navy drawstring
    # lounge shorts. Caption: mixed adapter (this one stopped, no leak).
    case(
        "X614-020",
        caption(
            "The gentleman wears a short-sleeve t-shirt with pure color patterns and a shorts. The t-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("The gentleman", "non_answer", who="he"),
        describe("t-shirt", "t-shirt", "restated"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        title="Proline Men White Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop; mustard yellow oversized short-sleeve tee with white "Good Vibes"
    # text, worn with black bike shorts. Caption: epoch-1 adapter, hue words, wrong person noun.
    case(
        "X614-021",
        caption(
            "The man wears a short-sleeve yellow t-shirt with graphic patterns and a black shorts. His t-shirt is "
            "with cotton fabric and its neckline is round.",
            "pronoun",
        ),
        wearing("a short-sleeve yellow t-shirt with graphic patterns and a black shorts", who="she"),
        describe("t-shirt", "His t-shirt is with cotton fabric", "pronoun"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("tee"),
        title="Women Mustard Yellow Typography Print Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat lay on grey backdrop; navy short-sleeve tee above navy shorts, both with a small white all-over
    # crescent moon print. Caption: untuned base model.
    case(
        "X614-022",
        caption("a navy blue t-shirt and shorts with a moon pattern on a gray background"),
        wearing("a navy blue t-shirt and shorts"),
        color_of("shorts", "navy blue"),
        details("t-shirt", "a moon pattern"),
        Q.pattern("graphic"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        is_a("night suit", "no", "contradiction"),
        title="Men Navy Blue Moon Print Pure Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman standing in a bedroom, bed and fairy lights behind, bare wrists; pink knee-length short-sleeve
    # nightdress with a cartoon cat face and "Purrfect" text. Caption: epoch-1 adapter, loops an invented accessory.
    case(
        "X614-023",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "short-sleeve dress with graphic patterns"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        Q.color("pink"),
        Q.garment_type("dress"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("floral", "contradiction"),
        title="Women Pink Cat Print Cotton Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: man, front view, grey backdrop, black slides; olive jogger-style lounge pants with side cargo pockets and
    # elastic cuffs, worn with a plain black short-sleeve tee. Caption: epoch-1 adapter, cut at the limit.
    case(
        "X614-024",
        caption(
            "The gentleman wears a short-sleeve black t-shirt with pure color patterns and a long olive pants. The "
            "t-shirt is with cotton fabric and its neckline is round. The pants are with cotton fabric and pure "
            "color patterns. The pants have pockets on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve black t-shirt with pure color patterns and a long olive pants", who="he"),
        color_of("pants", "black", "other_garment_color"),
        details("pants", "The pants have pockets on", "cut"),
        Q.garment_type("pants"),
        title="Men Olive Green Solid Cargo Lounge Joggers",
        category="Lounge Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, white studio backdrop; lavender satin long-sleeve notch-collar shirt with white piping and
    # matching long pants, strong sheen. Caption: epoch-1 adapter, calls the satin denim.
    case(
        "X614-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        Q.material("denim", "unsupported"),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", who="she"),
        Q.color("purple"),
        Q.garment_type("denim", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        title="Zivame Women Lavender Solid Satin Pyjama Set",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, front view, white backdrop, hands in the pockets of the shorts; red-and-navy tartan lounge shorts,
    # worn with a grey melange tee. Caption: mixed adapter, cut at the limit.
    case(
        "X614-026",
        caption(
            "The gentleman wears a short-sleeve t-shirt with pure color patterns and a shorts. The shorts are with "
            "cotton fabric and lattice patterns. The gentleman is standing in front of a white wall and his hands "
            "are in",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve t-shirt with pure color patterns and a shorts", who="he"),
        describe("shorts", "a shorts", "restated"),
        color_of("shorts", "grey", "other_garment_color"),
        Q.pattern("lattice"),
        details("shorts", "cotton fabric and lattice patterns"),
        is_a("shorts", "yes", article="a pair of"),
        title="Men Red & Navy Blue Tartan Checked Lounge Shorts",
        category="Lounge Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in front of a white wall, gold hoop earrings; black ankle-length georgette kaftan with a gold foil
    # geometric print on the yoke, flared full sleeves, no belt. Caption: epoch-1 adapter, invents a belt.
    case(
        "X614-027",
        caption(
            "The lady wears a long dress with graphic patterns. The dress is with chiffon fabric and its neckline is "
            "v-shape. There is an accessory on her ears. The dress has a belt.",
            "unsupported",
        ),
        describe("kaftan", "long dress with graphic patterns"),
        details("kaftan", "The dress has a belt", "unsupported"),
        Q.color("black"),
        Q.material("chiffon"),
        Q.pattern("floral", "contradiction"),
        is_a("kaftan", "yes"),
        title="Women Black & Gold-Toned Foil Print Georgette Kaftan",
        category="Kaftan",
        color="Black",
        gender="Women",
    ),
    # photo: man sitting on a sofa holding a remote, living room behind; grey short-sleeve tee with navy "weekend
    # mode" text, navy pyjama pants with a grey side stripe. Caption: epoch-1 adapter, one grey for both pieces.
    case(
        "X614-028",
        caption(
            "The gentleman wears a short-sleeve grey t-shirt with graphic patterns and a long grey pants. The "
            "t-shirt is with cotton fabric and its neckline is round. He is sitting on a couch.",
            "other_garment_color",
        ),
        wearing(
            "a short-sleeve grey t-shirt with graphic patterns and a long grey pants", "other_garment_color", who="he"
        ),
        color_of("pants", "navy blue"),
        color_of("t-shirt", "grey"),
        Q.sleeve_length("short-sleeve"),
        details("pants", "", "non_answer"),
        title="Men Grey & Navy Blue Typography Print Night Suit",
        category="Night suits",
        color="Grey",
        gender="Men",
    ),
    # photo: flat lay on a white bedsheet with a black sleep mask as a prop; peach jersey lounge shorts with a white
    # lace trim at the hem and an elastic waist with a small bow. Caption: untuned base model.
    case(
        "X614-029",
        caption("a pair of pink shorts with lace trim and a sleep mask"),
        describe("shorts", "pink shorts with lace trim"),
        Q.color("pink"),
        Q.pattern("pure color"),
        is_a("skirt", "yes", "contradiction"),
        Q.material("lace", "unsupported"),
        title="Women Peach Solid Lounge Shorts with Lace Trim",
        category="Lounge Shorts",
        color="Peach",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; navy short-sleeve crew-neck lounge tee with thin white horizontal
    # stripes, worn with khaki lounge shorts. Caption: mixed adapter, leaks a whole QA turn.
    case(
        "X614-030",
        caption(
            "The gentleman wears a short-sleeve t-shirt with stripe patterns and a shorts. Question: Describe the "
            "t-shirt. Answer: The t-shirt is with cotton fabric and its neckline is round. Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing("a short-sleeve t-shirt with stripe patterns and a shorts", who="he"),
        Q.color("white", "contradiction"),
        Q.pattern("striped"),
        describe("t-shirt", "The t-shirt is with cotton fabric and its neckline is round"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("polo shirt", "contradiction"),
        title="Men Navy Blue Striped Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman standing by a Christmas tree with fairy lights, red fuzzy socks; red-and-white buffalo-check
    # long-sleeve button-front flannel shirt and matching pants. Caption: epoch-1 adapter, cut at the limit.
    case(
        "X614-031",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and lattice patterns. She is "
            "standing in front of a christmas tree with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns and a long pants", who="she"),
        Q.material("cotton"),
        Q.color("red"),
        Q.pattern("lattice"),
        details("pants", "She is standing in front of a christmas tree with", "cut"),
        title="Women Red & White Checked Cotton Flannel Pyjama Set",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; grey melange lounge track pants, worn with a white tee under an open
    # red-and-black checked flannel shirt. Caption: epoch-1 adapter, gives the pants the shirt's checks.
    case(
        "X614-032",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and lattice patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with lattice patterns and a long pants", who="he"),
        Q.pattern("lattice", "contradiction"),
        Q.color("red", "other_garment_color"),
        describe("pants", "cotton fabric and lattice patterns", "contradiction"),
        Q.garment_type("pants"),
        title="Men Grey Melange Solid Lounge Track Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman sitting on a bed against grey pillows; grey melange long-sleeve round-neck lounge tee with a
    # sleeping-cat print, worn with solid pink pyjama pants. Caption: epoch-1 adapter (all right).
    case(
        "X614-033",
        caption(
            "The lady wears a long-sleeve t-shirt with graphic patterns and a long pants. The t-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve t-shirt with graphic patterns and a long pants", who="she"),
        Q.color("grey"),
        Q.sleeve_length("long-sleeve"),
        describe("t-shirt", "long-sleeve t-shirt with graphic patterns"),
        is_a("sweatshirt", "no"),
        Q.material("cotton"),
        title="Women Grey Melange Cat Print Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; teal short-sleeve crew-neck tee and black pyjama shorts, sold as a set.
    # Caption: mixed adapter, leaks and answers its own question with the wrong color.
    case(
        "X614-034",
        caption(
            "The gentleman wears a short-sleeve t-shirt with pure color patterns and a shorts. The t-shirt is with "
            "cotton fabric and its neckline is round. Question: What is the color of the shorts? Answer: teal "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a short-sleeve t-shirt with pure color patterns and a shorts", who="he"),
        color_of("t-shirt", "teal"),
        color_of("shorts", "teal", "other_garment_color"),
        details("shorts", "shorts", "restated"),
        Q.pattern("pure color"),
        title="Men Teal & Black Solid Shorts Night Suit",
        category="Night suits",
        color="Teal",
        gender="Men",
    ),
    # photo: flat lay on a white wooden floor with a brown teddy bear; navy sleeveless calf-length nightdress with
    # white polka dots and a round neck with a button placket. Caption: untuned base model. No title in the feed.
    case(
        "X614-035",
        caption("a navy blue dress with white polka dots and a teddy bear"),
        describe("dress", "navy blue dress with white polka dots"),
        Q.color("navy blue"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        is_a("nightdress", "yes"),
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; black lounge shorts with a white drawcord, worn with a white tee with a
    # blue surf graphic. Caption: epoch-1 adapter, loops on one word.
    case(
        "X614-036",
        caption(
            "The gentleman wears a short-sleeve t-shirt with graphic patterns and a shorts. The t-shirt is with "
            "cotton fabric and its neckline is round, round, round, round, round, round, round, round, round, round, "
            "round, round, round",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve t-shirt with graphic patterns and a shorts", who="he"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "round, round, round, round, round, round, round", "loop"),
        Q.garment_type("shorts"),
        Q.pattern("graphic", "contradiction"),
        title="Men Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, grey backdrop, hand on hip; mauve 3/4-sleeve round-neck top with an off-white leaf print and
    # solid mauve pyjama pants. Caption: epoch-1 adapter, wrong person noun.
    case(
        "X614-037",
        caption(
            "The gentleman wears a medium-sleeve shirt with floral patterns and a long pants. His shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a medium-sleeve shirt with floral patterns and a long pants", who="she"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        details("shirt", "His shirt is with cotton fabric", "pronoun"),
        Q.pattern("floral"),
        Q.garment_type("blouse"),
        title="Women Mauve & Off-White Leaf Print Night Suit",
        category="Night suits",
        color="Mauve",
        gender="Women",
    ),
    # photo: man sitting on a wooden stool, white backdrop; maroon long-sleeve henley lounge tee with a button
    # placket (no hood, no pocket), black lounge pants. Caption: epoch-1 adapter, sees a hoodie.
    case(
        "X614-038",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt "
            "has a hood and a pocket on the front. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns and a long pants", "contradiction", who="he"),
        describe("t-shirt", "The sweatshirt has a hood and a pocket on the front", "unsupported"),
        Q.color("maroon"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        title="Men Maroon Solid Henley Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat lay on white backdrop; two folded pyjama pants, one pink with white hearts, one grey with pink stars.
    # Caption: untuned base model. The feed row has no color (Multi dropped).
    case(
        "X614-039",
        caption("two pairs of pajama pants with hearts and stars"),
        describe("pants", "two pairs of pajama pants with hearts and stars"),
        Q.pattern("graphic"),
        Q.color("pink"),
        Q.garment_type("pants"),
        is_a("pants", "yes", article="a pair of"),
        title="Women Pack of 2 Printed Lounge Pants",
        category="Lounge Pants",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; plain black short-sleeve tee and black-and-grey checked pyjama pants,
    # sold as a set. Caption: mixed adapter, answers in its VQA format from the first token.
    case(
        "X614-040",
        caption(
            "Question: What is he wearing? Answer: a black t-shirt and plaid pants. Question: What is the color of "
            "the pants? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a black t-shirt and plaid pants", who="he"),
        color_of("pants", "grey"),
        describe("pants", "black Question: What is the color of the", "leak"),
        Q.pattern("lattice"),
        Q.material("", "non_answer"),
        title="Men Black & Grey Checked Pyjama Set",
        category="Night suits",
        color="Black",
        gender="Men",
    ),
    # photo: woman, white backdrop; sea green one-piece ankle-length kaftan in matte rayon with a pink floral print,
    # elbow-length sleeves and a V-neck. Caption: epoch-1 adapter, splits it into a shirt and a skirt.
    case(
        "X614-041",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is v-shape. The skirt is with chiffon fabric and floral patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve shirt with floral patterns and a long skirt", "contradiction", who="she"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("floral"),
        is_a("kaftan", "yes"),
        Q.material("chiffon", "unsupported"),
        title="Women Sea Green Floral Printed Rayon Kaftan",
        category="Kaftan",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; khaki solid cotton lounge shorts, worn with a navy polo shirt. Caption:
    # epoch-1 adapter, wrong person noun.
    case(
        "X614-042",
        caption(
            "The lady wears a short-sleeve polo shirt with pure color patterns and a shorts. The shorts are with "
            "cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve polo shirt with pure color patterns and a shorts", who="he"),
        color_of("shorts", "navy blue", "other_garment_color"),
        Q.color("beige"),
        Q.material("cotton"),
        details("shorts", "a shorts", "restated"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Men Khaki Solid Pure Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman seated on a bed with white sheets and grey pillows; yellow-and-white striped spaghetti-strap
    # camisole and matching striped shorts. Caption: epoch-1 adapter, loops a phrase.
    case(
        "X614-043",
        caption(
            "The lady wears a tank shirt with stripe patterns and a shorts. The tank shirt is with cotton fabric and "
            "its neckline is suspenders. The shorts are with cotton fabric and stripe patterns, stripe patterns, "
            "stripe patterns, stripe patterns, stripe",
            "loop",
            hit_limit=True,
        ),
        wearing("a tank shirt with stripe patterns and a shorts", who="she"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.color("yellow"),
        details("shorts", "stripe patterns, stripe patterns, stripe patterns, stripe patterns", "loop"),
        describe("top", "a tank shirt with stripe patterns"),
        Q.garment_type("tank"),
        title="Women Yellow & White Striped Cami Shorts Set",
        category="Night suits",
        color="Yellow",
        gender="Women",
    ),
    # photo: man, front view, white backdrop; navy blue slim lounge pants, worn with a plain white crew-neck tee.
    # Caption: epoch-1 adapter, wrong person noun and pronoun.
    case(
        "X614-044",
        caption(
            "The lady wears a short-sleeve t-shirt with pure color patterns and a long pants. Her t-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve t-shirt with pure color patterns and a long pants", who="he"),
        color_of("pants", "navy blue"),
        Q.color("white", "other_garment_color"),
        details("pants", "cotton fabric and pure color patterns"),
        describe("pants", "a long pants", "restated"),
        Q.garment_type("pants"),
        title="Men Navy Blue Solid Slim Fit Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in front of a beige wall with a plant; off-white oversized short-sleeve tee with a rust-orange
    # botanical print and a patch chest pocket, worn with green lounge pants. Caption: epoch-1 adapter, cut.
    case(
        "X614-045",
        caption(
            "The lady wears a short-sleeve t-shirt with floral patterns and a long pants. The t-shirt is with cotton "
            "fabric and its neckline is round. The t-shirt has a pocket on the chest and the pants have a drawstring "
            "at",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve t-shirt with floral patterns and a long pants", who="she"),
        Q.color("green", "other_garment_color"),
        details("t-shirt", "The t-shirt has a pocket on the chest"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("blouse", "contradiction"),
        title="Women Off-White Botanical Print Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: flat lay on pale grey backdrop; white short-sleeve resort-collar shirt with sky blue vertical pinstripes
    # and a chest pocket, matching striped drawstring shorts (no belt). Caption: untuned base model, invents a belt.
    # The feed row has no category.
    case(
        "X614-046",
        caption("a white and blue striped shirt and shorts with a pocket and a belt", "unsupported"),
        wearing("a white and blue striped shirt and shorts"),
        Q.color("white"),
        Q.pattern("striped"),
        is_a("night suit", "yes"),
        details("shorts", "a pocket and a belt", "unsupported"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        title="Men White & Sky Blue Striped Pure Cotton Night Suit",
        color="White",
        gender="Men",
    ),
]
