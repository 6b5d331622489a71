"""BLIND_22 (44 products; a US kids' and baby clothing shop: bodysuits, rompers, sets, graphic tees, leggings,
dresses, pajamas, outerwear, swimwear; enrich's default questionnaire with closed answers generated and kept as
written (the reference engine); mostly the base model, some VQA-adapter closed answers and caption-adapter
captions; the shop's English columns for two thirds of the products): written blind in the twelfth session and
measured blind at b694083, the session's audits after the third review: 91/136 and 29/146. The writer's notes,
verbatim:

BLIND_22: a blind corpus of BLIP-2 outputs for a US kids' and baby clothing shop.

Scenario
    A US kids' and baby clothing e-commerce site runs enrich over its catalog photos: baby bodysuits and rompers,
    toddler sets, graphic tees, leggings, joggers, denim shorts, dresses and tutus, pajamas, hoodies, puffer
    jackets, swimwear, school uniforms and a few teen items. Photos are mostly flat-lays and ghost-mannequin
    packshots on white or pastel backgrounds, some on-model shots of children (studio, playgrounds, beaches).
    About two thirds of the products carry the shop's own catalog columns in Case.extra (`category`, `color`,
    `title`, in the shop's taxonomy); the rest have {}. gender is the catalog's ("Boys", "Girls", "Baby",
    "Unisex") or None.

Systems (said again per Case in a comment)
    base    - the untuned Salesforce/blip2-opt-2.7b. Short lowercase answers ("a t - shirt", "pink"), short captions;
              sometimes loops, rambles to the 30-token limit, invents details, gives one color to every garment
              or answers about the other garment in an on-model photo.
    VQA     - the experiments' VQA adapter (Data3_V3_BLIP2_VQA), used for the closed questions of some products:
              In-shop class names ("tee/tank", "romper/jumpsuit", "jacket/coat", "denim"), loops and prompt leaks
              to the 10-token limit, answers about another garment, class names given to non-type questions.
    caption - the experiments' caption adapter (Data2_V2_Blip2_Finetune_Caption), used for the caption of some
              products: the DeepFashion template ("The upper clothing has ...", "The lady wears ..."), always runs
              to the 50-token limit, pattern words instead of hues, invents a lower garment or accessories, calls
              everyone "lady"/"gentleman".
    Closed questions were answered by the reference engine: free generation (10 new tokens), stored as written.
    Open answers: 30 new tokens; captions: 50 new tokens.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-115 of tests/audit_corpus.py (Text/Case, helpers,
    TARGETS keys). Nothing else in the repository, no audit code, no other corpus, no web or code search.
    Every text was written by hand from the photo described in the comment above its Case, imitating the three
    systems above. Token counts are estimated (OPT BPE, roughly a token per short word, "t - shirt" = 3).

Label conventions and judgement calls
    - One label per text: the fault a reviewer would fix first. Correct texts have failure None.
    - hit_limit=True only when the text ran to its token limit (10 closed, 30 open, 50 caption); never on a
      correct text. Loops and leaks that run to the limit get hit_limit=True as well.
    - cut: the text is right as far as it goes but stops mid-phrase at the limit. A caption-adapter caption that
      ran to the limit is labelled by its worst content fault when it has one (invented lower garment or
      accessory -> unsupported; "lady" for a boy -> pronoun; the template repeating itself -> loop), else cut.
    - contradiction: a garment type, color, pattern or sleeve length that the photo, the other texts or the
      catalog columns contradict - including a CLOSED answer that gives the product another visible garment's
      color or type (the tank top over the skirt, the jeans under the tee), and "short"/"long" sleeves for
      garments without sleeves (shorts, leggings, joggers).
    - other_garment_color: an OPEN answer (wearing/description/details) that gives the product the color of
      another garment in the photo or set ("grey shorts" when the tee is grey and the shorts are green).
    - unsupported: an invented detail (hood, zipper, pocket, bow, logo, lower garment, slogan words) or an
      implausible material (silk pajamas for kids' cotton jersey, leather on a knit).
    - non_answer: empty, "nothing", "yes", a class name answering a non-type question, off-topic words.
    - restated: the question's words handed back as the answer ("the garment is made of the material of the
      garment").
    - pronoun: he/she/boy/girl/lady/gentleman contradicting the catalog gender and the photo. "lady"/"woman" for
      a girl is not counted (the gender agrees); a flat-lay answer that names the item's wearer correctly is
      fine.
    - Judged correct: near-hue synonyms (navy -> "blue", coral -> "orange", cream -> "white", sage -> "olive"),
      two-color answers for two-color garments or sets, print motifs as the pattern ("dinosaurs", "stars",
      "hearts", "plaid", "tie dye", "pleated", "quilted"), names outside the closed values that are true
      ("onesie", "romper", "hoodie", "tutu", "sweatpants", "rash guard", "denim" for denim shorts), backgrounds
      and the set's other pieces mentioned correctly, plausible materials for the garment (fleece hoodie, spandex
      swimsuit, tulle tutu, cotton twill shorts).
    - A closed answer about the other piece of a SET that is sold together (grey and green for a grey tee with
      green shorts) is correct; about another garment that is not the product (jeans under a tee), it is not.

Tally: 44 products, 282 texts, 146 correct, 136 failures (contradiction 24, cut 22, loop 22, unsupported 19,
non_answer 13, leak 11, other_garment_color 10, pronoun 8, restated 7); 30 products carry catalog columns.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS, Case, caption, case

# the default questionnaire's questions, as tests/audit_corpus.py makes them (the writer's own helpers asked the same)
wear, gtype, colour, pattern, sleeves, describe, details, material = (
    DEFAULT_QUESTIONS.wearing,
    DEFAULT_QUESTIONS.garment_type,
    DEFAULT_QUESTIONS.color,
    DEFAULT_QUESTIONS.pattern,
    DEFAULT_QUESTIONS.sleeve_length,
    DEFAULT_QUESTIONS.description,
    DEFAULT_QUESTIONS.details,
    DEFAULT_QUESTIONS.material,
)


BLIND_22: list[Case] = [
    # Flat-lay on white: baby short-sleeve bodysuit, white with small blue dinosaurs all over, snap crotch. No
    # text or slogan anywhere. All texts: base.
    case(
        "KD-60114",
        caption("a white baby onesie with blue dinosaurs on it"),
        gtype("onesie"),
        pattern("dinosaurs"),
        describe(
            "a white baby onesie with blue dinosaurs all over it and snaps at the bottom so you can change the "
            "diaper easily and it is made of",
            "cut",
            hit_limit=True,
        ),
        details("the onesie has a dinosaur on the front that says roar", "unsupported"),
        material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the "
            "garment made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        sleeves("short"),
        gender="Baby",
        category="Baby Bodysuits",
        color="White/Blue",
        title="Baby Dino Print Short Sleeve Bodysuit",
    ),
    # Ghost mannequin on pale pink: toddler girls' sleeveless tutu dress, pink; sequined unicorn on the bodice,
    # full pink tulle skirt. Front view only (no back visible). All texts: base.
    case(
        "KD-60127",
        caption("a pink tutu dress with a unicorn on it"),
        gtype("tutu dress"),
        colour("pink pink pink pink pink pink pink pink pink pink", "loop", hit_limit=True),
        pattern("unicorn"),
        describe(
            "the dress is a pink tutu dress with a sequined unicorn on the front and a layered tulle skirt that is "
            "very full and goes down to",
            "cut",
            hit_limit=True,
        ),
        details("the unicorn has a gold horn and a rainbow mane and the dress has a zipper on the back", "unsupported"),
        sleeves("sleeveless"),
        gender="Girls",
        category="Toddler Girls Dresses",
        color="Pink",
        title="Toddler Girls Unicorn Sequin Tutu Dress",
    ),
    # Flat-lay on white: boys' navy short-sleeve crew-neck tee, white slogan "LITTLE BUT LOUD" with a yellow
    # lightning bolt under it. Closed: VQA adapter; caption and open: base.
    case(
        "KD-60139",
        caption("a navy t - shirt that says little but loud"),
        gtype("graphic tee"),
        colour("navy"),
        pattern("graphic tee graphic tee graphic tee graphic tee graphic tee", "loop", hit_limit=True),
        sleeves("tee/tank", "non_answer"),
        describe(
            "a blue t - shirt with the words little but loud on the front in white letters and a yellow lightning "
            "bolt under the words and",
            "cut",
            hit_limit=True,
        ),
        details("a yellow lightning bolt under the words"),
        gender="Boys",
        category="Boys Graphic Tees",
        color="Navy",
        title="Boys Little But Loud Graphic Tee",
    ),
    # Flat-lay on white: girls' lavender leggings, small white stars all over, lavender elastic waistband.
    # All texts: base.
    case(
        "KD-60142",
        caption("a pair of purple leggings with white stars"),
        colour("purple"),
        pattern("stars"),
        sleeves("long", "contradiction"),
        details("the leggings have a white star pattern and a white waistband", "unsupported"),
        gender="Girls",
        category="Girls Leggings",
        color="Lavender",
        title="Girls Star Print Leggings",
    ),
    # Flat-lay on white: toddler boys' 2-piece set. Heather grey short-sleeve tee with a green dinosaur graphic,
    # solid green pull-on shorts. All texts: base.
    case(
        "KD-60158",
        caption("a grey t - shirt and green shorts with a dinosaur on it"),
        wear("a t - shirt and shorts"),
        gtype("t - shirt and shorts Question: What type of garment", "leak", hit_limit=True),
        colour("grey and green"),
        pattern("dinosaur"),
        describe("a grey t - shirt with a green dinosaur on it and a pair of grey shorts", "other_garment_color"),
        details(
            "the dinosaur is green and the shorts have a green and the shorts have a green and the shorts have a "
            "green and the shorts have a",
            "loop",
            hit_limit=True,
        ),
        sleeves("short"),
        gender="Boys",
        category="Toddler Boys Sets",
        color="Heather Gray/Green",
        title="Toddler Boys Dino Graphic Tee & Shorts Set",
    ),
    # On-model, playground: a girl of about six in a yellow sleeveless sundress with small white daisies,
    # ruffled shoulder straps, knee length; white sneakers. No catalog columns.
    # Caption: caption adapter; everything else: base.
    case(
        "KD-60163",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. Its neckline "
            "is suspenders. The dress is of knee length. It has ruffled straps and the lady wears a pair of white "
            "shoes. The straps of the",
            "cut",
            hit_limit=True,
        ),
        wear("a yellow dress with white flowers"),
        colour("yellow"),
        pattern("striped", "contradiction"),
        details("she is standing on a playground", "non_answer"),
        material(
            "the dress is made of cotton and it is a very comfortable dress for the summer and it is also very easy "
            "to wash and",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
    ),
    # Flat-lay on beige: baby long-sleeve ribbed-knit romper, sage green, five buttons down the front, no hood,
    # no zipper. Closed: VQA adapter; caption and open: base.
    case(
        "KD-60171",
        caption("a green baby romper with buttons on a beige background"),
        colour("olive"),
        sleeves("long sleeve Question: How long are the sleeves?", "leak", hit_limit=True),
        details("the romper has a hood and a zipper", "unsupported"),
        gender="Baby",
        category="Baby Rompers",
        color="Sage",
        title="Baby Ribbed Button-Front Romper",
    ),
    # Flat-lay on white: kids' 2-piece long-sleeve pajama set (top and pants), navy with glow-in-the-dark pale
    # yellow stars and moons. All texts: base.
    case(
        "KD-60185",
        caption("a pair of pajamas with stars and moons on them"),
        colour("black", "contradiction"),
        pattern("stars and moons"),
        describe("a navy blue pajama set with yellow stars and moons"),
        details("the details", "non_answer"),
        material(
            "the pajamas are made of cotton and the pajamas are made of cotton and the pajamas are made of cotton "
            "and the",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Kids Pajama Sets",
        color="Navy",
        title="Kids Glow Moon & Stars 2-Piece Pajama Set",
    ),
    # Ghost mannequin on white: boys' red pullover hoodie (no zip), white "GAME ON" slogan on the chest, kangaroo
    # pocket, drawstring hood. No catalog columns. All texts: base.
    case(
        "KD-60190",
        caption("a red hoodie with the words game on"),
        wear("a red sweatshirt with a hood Question: What is the person wearing? Answer: a red sweatshirt", "leak"),
        gtype("hoodie"),
        describe("a red hoodie with a zipper and the words game on", "unsupported"),
        details("she is wearing a red hoodie with the words game on", "pronoun"),
        material("fleece"),
        gender="Boys",
    ),
    # Flat-lay on white: girls' light-wash denim shorts, frayed hems, three small pink hearts embroidered on the
    # left leg, no belt. Closed: VQA adapter; caption and open: base.
    case(
        "KD-60204",
        caption("a pair of denim shorts with hearts on them"),
        gtype("denim"),
        pattern("denim denim denim denim denim denim denim denim denim denim", "loop", hit_limit=True),
        sleeves("short", "contradiction"),
        describe("light blue denim shorts with pink hearts and frayed edges"),
        details("the shorts have a pink belt", "unsupported"),
        material("the shorts are made of the material of the shorts", "restated"),
        gender="Girls",
        category="Girls Shorts",
        color="Light Wash",
        title="Girls Heart Embroidered Denim Shorts",
    ),
    # Ghost mannequin on white: baby hooded puffer jacket, mustard yellow, zip front, plain hood (no ears).
    # All texts: base.
    case(
        "KD-60219",
        colour("mustard yellow"),
        pattern("quilted"),
        describe(
            "a yellow puffer jacket with a hood and a zipper and a zipper and a zipper and a zipper and a zipper "
            "and a zipper and a",
            "loop",
            hit_limit=True,
        ),
        details("the jacket has a hood with bear ears", "unsupported"),
        material(
            "the jacket is made of polyester and it is filled with polyester fibers to keep the baby warm and it "
            "has a soft lining inside the",
            "cut",
            hit_limit=True,
        ),
        gender="Baby",
        category="Outerwear",
        color="Mustard",
        title="Baby Hooded Puffer Jacket",
    ),
    # On-model, beach: a boy of about eight in a white short-sleeve rash guard and blue swim trunks with orange
    # sharks. The product is the trunks. Caption: caption adapter; everything else: base.
    case(
        "KD-60226",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a short pants. The shirt is with "
            "cotton fabric. The pants are with chiffon fabric and graphic patterns. The gentleman's shirt has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        wear("a white shirt and blue shorts"),
        colour("white", "contradiction"),
        sleeves("short", "contradiction"),
        describe("a boy in white swim trunks on the beach", "other_garment_color"),
        details("the trunks have orange sharks and a drawstring waist"),
        gender="Boys",
        category="Boys Swimwear",
        color="Blue/Orange",
        title="Boys Shark Print Swim Trunks",
    ),
    # Flat-lay on pale pink: baby 3-piece set. White long-sleeve bodysuit with "Little Sister" in pink script,
    # pink leggings with small white hearts, pink bow headband. All texts: base.
    case(
        "KD-60231",
        caption("a baby outfit with a headband and pants that says little sister"),
        colour("pink and white"),
        describe(
            "a white bodysuit that says little sister in pink letters with a pair of pink leggings with white "
            "hearts and a pink headband with a",
            "cut",
            hit_limit=True,
        ),
        details("the bodysuit says little brother", "unsupported"),
        material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        sleeves("long"),
        gender="Baby",
        category="Baby Girl Sets",
        color="Pink/White",
        title="Baby Girls Little Sister 3-Piece Set",
    ),
    # On-model, studio on white: a teen girl in a light blue crewneck sweatshirt (no hood) with white varsity
    # letters "BROOKLYN", black leggings. No catalog columns. All texts: base.
    case(
        "KD-60247",
        caption("a girl wearing a light blue sweatshirt with the word brooklyn on it"),
        wear("a blue sweatshirt and black leggings"),
        gtype("hoodie", "contradiction"),
        colour("light blue"),
        describe(
            "a light blue sweatshirt that says brooklyn in white letters across the chest and it has long sleeves "
            "and ribbed cuffs and a ribbed",
            "cut",
            hit_limit=True,
        ),
        details("he is wearing a blue sweatshirt with the word brooklyn", "pronoun"),
        sleeves("long"),
        gender="Girls",
    ),
    # Flat-lay on white: girls' school uniform jumper (pinafore), navy, sleeveless, square neck, pleated skirt.
    # Shown alone, no blouse, no collar. All texts: base.
    case(
        "KD-60252",
        caption("a navy blue school uniform dress"),
        gtype("jumper"),
        pattern("pleated"),
        details("the dress has pleats and a white collar", "unsupported"),
        material("the dress is made of a material", "restated"),
        gender="Girls",
        category="School Uniforms",
        color="Navy",
        title="Girls Pleated Uniform Jumper",
    ),
    # Flat-lay on white: toddler boys' jogger pants, heather grey, navy drawstring, ribbed cuffs.
    # No catalog columns. All texts: base.
    case(
        "KD-60268",
        caption("a pair of grey sweatpants"),
        gtype("sweatpants"),
        colour("grey"),
        sleeves("long", "contradiction"),
        details(
            "the pants have a drawstring and the pants have a drawstring and the pants have a drawstring and the "
            "pants have a",
            "loop",
            hit_limit=True,
        ),
        material("", "non_answer"),
        gender="Boys",
    ),
    # Flat-lay on white: girls' rainbow tutu skirt, tiers of red, orange, yellow, green, blue and purple tulle,
    # white elastic waistband. Closed: VQA adapter; caption and open: base.
    case(
        "KD-60273",
        caption("a rainbow tutu on a white background"),
        gtype("skirt"),
        colour("multi Question: What is the color of the garment", "leak", hit_limit=True),
        pattern("color block color block color block color block color", "loop", hit_limit=True),
        sleeves("tee/tank", "non_answer"),
        describe("a tutu with rainbow colors"),
        details(
            "the tutu has a lot of layers of tulle in red orange yellow green blue and purple and a white elastic "
            "waistband that is",
            "cut",
            hit_limit=True,
        ),
        material("tulle"),
        gender="Girls",
        category="Girls Skirts",
        color="Multi",
        title="Girls Rainbow Tulle Tutu Skirt",
    ),
    # Flat-lay on white: baby footed sleeper, one piece, white with grey elephants, zip front, long sleeves.
    # No person, no accessories. No catalog columns. Caption: caption adapter; everything else: base.
    case(
        "KD-60285",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has graphic patterns. There is an "
            "accessory on her wrist. This",
            "unsupported",
            hit_limit=True,
        ),
        colour("white and grey"),
        pattern("elephants"),
        describe("a white onesie with grey elephants on it and a zipper down the front"),
        details("yes", "non_answer"),
        gender="Baby",
    ),
    # On-model, studio: a boy of about ten in a blue-and-white gingham short-sleeve button-up shirt with a chest
    # pocket, and khaki shorts. The product is the shirt. All texts: base.
    case(
        "KD-60296",
        caption("a young boy wearing a blue and white checkered shirt and khaki shorts"),
        wear("a tan shirt and tan shorts", "other_garment_color"),
        colour("blue and white"),
        pattern("plaid"),
        describe(
            "a blue and white checkered shirt with a collar and buttons down the front and a pocket on the chest "
            "and short sleeves and the",
            "cut",
            hit_limit=True,
        ),
        details("she is wearing a blue and white plaid shirt and khaki shorts", "pronoun"),
        sleeves("short"),
        gender="Boys",
        category="Boys Shirts",
        color="Blue Check",
        title="Boys Gingham Short Sleeve Button-Up Shirt",
    ),
    # Flat-lay on pale blue: girls' one-piece swimsuit, coral with white polka dots, ruffle along the neckline,
    # front view, no bow. All texts: base.
    case(
        "KD-60304",
        caption("a coral swimsuit with white polka dots on a blue background"),
        gtype("swimsuit"),
        colour("orange"),
        describe("a blue swimsuit with white polka dots", "contradiction"),
        details("the swimsuit has a ruffle at the top and a bow on the back", "unsupported"),
        material("spandex"),
        sleeves("sleeveless"),
        gender="Girls",
        category="Girls Swimwear",
        color="Coral",
        title="Girls Polka Dot Ruffle One-Piece Swimsuit",
    ),
    # On-model, playground: a girl in a white short-sleeve tee with a rainbow and "BE KIND", light blue denim
    # shorts, white sneakers. The product is the tee. Closed: VQA adapter; caption and open: base.
    case(
        "KD-60311",
        caption("a little girl standing on a playground wearing a white shirt that says be kind"),
        wear("a white t - shirt and denim shorts"),
        gtype("tee/tank"),
        colour("blue", "contradiction"),
        sleeves("short short short short short short short short short short", "loop", hit_limit=True),
        details(
            "the shirt has a rainbow and the words be kind and she is wearing blue shorts and white shoes and she is "
            "standing on a",
            "cut",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Kids Graphic Tees",
        color="White",
        title="Kids Be Kind Rainbow Graphic Tee",
    ),
    # Flat-lay on white: toddler girls' 2-piece set. Pink top with short ruffle sleeves and a strawberry print,
    # solid red leggings. No catalog columns. All texts: base.
    case(
        "KD-60329",
        caption("a pink shirt and red leggings with strawberries on it"),
        wear("a pink shirt and pink leggings", "other_garment_color"),
        pattern("strawberries"),
        describe("a pink top with strawberries and red leggings"),
        details(
            "the top has ruffles on the sleeves and the top has ruffles on the sleeves and the top has ruffles on "
            "the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        material("i don't know", "non_answer"),
        gender="Girls",
    ),
    # Flat-lay on beige: baby knit cardigan, cream, brown teddy-bear intarsia on the left front, wooden buttons,
    # long sleeves. Closed: VQA adapter; caption and open: base.
    case(
        "KD-60337",
        caption("a white sweater with a teddy bear on it"),
        colour("white"),
        pattern("graphic Answer: graphic Answer: graphic Answer: graphic", "leak", hit_limit=True),
        describe("a cream colored sweater with a teddy bear on the front and buttons"),
        material("leather", "unsupported"),
        details("the sweater has a bear on it and wooden buttons"),
        gender="Baby",
        category="Baby Sweaters & Cardigans",
        color="Cream",
        title="Baby Teddy Bear Knit Cardigan",
    ),
    # Ghost mannequin on white: girls' lavender zip-up hoodie, plush unicorn horn and ears on the hood, zip front,
    # two front pockets. No catalog columns. All texts: base.
    case(
        "KD-60342",
        caption("a purple hoodie with a unicorn horn on the hood"),
        colour("pink", "contradiction"),
        pattern("solid"),
        describe(
            "a purple hoodie with a unicorn horn and ears on the hood and a zipper on the front and two pockets on "
            "the front and the",
            "cut",
            hit_limit=True,
        ),
        details("the hoodie has a unicorn horn and ears"),
        material("", "non_answer"),
        sleeves("long"),
        gender="Girls",
    ),
    # On-model, playground in winter: a boy in a black hooded puffer jacket with neon green zip and lining, blue
    # jeans. The product is the jacket. Caption: caption adapter; closed: VQA adapter; open: base.
    case(
        "KD-60356",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wear("a black jacket and jeans"),
        gtype("jacket/coat"),
        colour("black"),
        sleeves("jacket/coat jacket/coat jacket/coat jacket", "loop", hit_limit=True),
        material(
            "the jacket is made of nylon and it is filled with down feathers to keep you warm in the winter and it "
            "is also water",
            "cut",
            hit_limit=True,
        ),
        details("the jacket has a green lining and a green zipper"),
        gender="Boys",
        category="Outerwear",
        color="Black",
        title="Boys Hooded Puffer Jacket",
    ),
    # Flat-lay on white: baby 2-piece set. Mint green dress with a white Peter Pan collar and short puff sleeves,
    # matching mint bloomers. All texts: base.
    case(
        "KD-60361",
        caption("a green dress with a white collar and matching bloomers"),
        wear("a white dress with a green collar", "contradiction"),
        colour("green"),
        describe("a mint green dress with a white collar"),
        details(
            "the dress has a white collar and puff sleeves and a white collar and puff sleeves and a white collar "
            "and puff sleeves and a",
            "loop",
            hit_limit=True,
        ),
        material("fabric", "non_answer"),
        gender="Baby",
        category="Baby Dresses",
        color="Mint",
        title="Baby Girls Collared Dress & Bloomer Set",
    ),
    # On-model, studio: a teen boy in a plain white tee and black joggers with a white stripe down each side.
    # The product is the joggers. No catalog columns. All texts: base.
    case(
        "KD-60377",
        caption("a young man wearing a white shirt and black pants"),
        wear("a white shirt and black pants"),
        colour("white", "contradiction"),
        sleeves("short", "contradiction"),
        describe("white joggers with a black stripe down the side", "other_garment_color"),
        details(
            "the pants have a white stripe down the side and a white stripe down the side and a white stripe down "
            "the side and",
            "loop",
            hit_limit=True,
        ),
        material("polyester"),
        gender="Boys",
    ),
    # Flat-lay on white: baby 3-pack of short-sleeve bodysuits: one white, one heather grey, one navy-and-white
    # striped. All texts: base.
    case(
        "KD-60382",
        caption("three baby onesies on a white background"),
        wear("a baby", "non_answer"),
        colour("white grey and navy"),
        describe(
            "three baby onesies one white one grey and one with navy and white stripes and they all have short "
            "sleeves and snaps at the bottom",
            "cut",
            hit_limit=True,
        ),
        sleeves("short"),
        details("the onesies have snaps at the bottom"),
        gender="Baby",
        category="Baby Bodysuits",
        color="Multi",
        title="Baby 3-Pack Short Sleeve Bodysuits",
    ),
    # Ghost mannequin on white: girls' party dress, black velvet long-sleeve bodice with a round neck, gold
    # sparkly tulle skirt, knee length. Caption: caption adapter; closed: VQA adapter; open: base.
    case(
        "KD-60398",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of knee length. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        gtype("dress"),
        colour("black"),
        pattern("black black black black black black black black black black", "loop", hit_limit=True),
        describe("a black and gold dress with a tulle skirt"),
        details(
            "the dress has a black velvet top with long sleeves and a round neck and a gold tulle skirt with "
            "sparkles that goes down to the knees and",
            "cut",
            hit_limit=True,
        ),
        sleeves("long sleeves"),
        gender="Girls",
        category="Girls Dresses",
        color="Black/Gold",
        title="Girls Velvet Sparkle Tulle Party Dress",
    ),
    # Flat-lay on white: toddler 2-piece set. Medium-wash denim shortalls with one rainbow patch on the bib
    # pocket (no back view), yellow-and-white striped short-sleeve tee. No catalog columns. All texts: base.
    case(
        "KD-60405",
        caption("a pair of denim overalls and a yellow striped shirt"),
        wear("a yellow striped shirt and yellow overalls", "other_garment_color"),
        colour("blue and yellow"),
        describe("denim overalls with a yellow and white striped t - shirt"),
        details(
            "the overalls have a rainbow patch on the front pocket and a rainbow patch on the back pocket and a "
            "rainbow patch on the",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
    ),
    # Ghost mannequin on white: kids' color-block windbreaker, teal body, orange sleeves, navy yoke, hood, zip
    # front, side pockets. Closed: VQA adapter; caption and open: base.
    case(
        "KD-60413",
        caption("a blue and orange jacket on a white background"),
        wear("nothing", "non_answer"),
        gtype("jacket/coat"),
        colour("navy Question: What is the color of the jacket", "leak", hit_limit=True),
        pattern("color block"),
        describe(
            "a windbreaker jacket in teal orange and navy with a hood and a zipper down the front and two pockets "
            "on the sides and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        details("the details of the garment are the details of the jacket", "restated"),
        gender="Unisex",
        category="Outerwear",
        color="Multi",
        title="Kids Color Block Windbreaker Jacket",
    ),
    # On-model, living room: a girl in a pink pointelle-knit long-sleeve cardigan with white buttons, worn open
    # over a white dress. The product is the cardigan. All texts: base.
    case(
        "KD-60429",
        caption("a little boy in a pink sweater and white dress", "pronoun"),
        wear("a pink cardigan and a white dress"),
        gtype("dress", "contradiction"),
        colour("pink"),
        describe("a white sweater with buttons", "other_garment_color"),
        details("the cardigan has small holes in the knit and white buttons"),
        material(
            "it is made of a knit material and it is made of a knit material and it is made of a knit material and it",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Girls Sweaters",
        color="Pink",
        title="Girls Pointelle Knit Cardigan",
    ),
    # Flat-lay on pale mint: boys' long-sleeve rash guard, royal blue, grey shark graphic on the chest. Shown
    # alone, no bottoms. No catalog columns. Caption: caption adapter; everything else: base.
    case(
        "KD-60436",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and graphic patterns. It has a round neckline. "
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The "
            "gentleman",
            "unsupported",
            hit_limit=True,
        ),
        wear("she is wearing a blue shirt", "pronoun"),
        gtype("rash guard"),
        colour("green", "contradiction"),
        pattern("shark"),
        describe("a blue long sleeve shirt with a shark on it"),
        material("the material is the material of the garment", "restated"),
        gender="Boys",
    ),
    # On-model, beach: a toddler girl in a white cotton romper with small lilac flowers and short flutter sleeves,
    # a straw sun hat. Front view (back not visible). Closed: VQA adapter; caption and open: base.
    case(
        "KD-60444",
        caption("a little girl on the beach in a white dress", "contradiction"),
        wear("a white romper with purple flowers"),
        gtype("romper/jumpsuit"),
        colour("white Answer: white Answer: white Answer: white", "leak", hit_limit=True),
        sleeves("sleeveless", "contradiction"),
        describe("a white romper with purple flowers and ruffles on the shoulders"),
        details("the romper has ruffles on the sleeves and buttons on the back", "unsupported"),
        gender="Girls",
        category="Toddler Girls Rompers",
        color="White Floral",
        title="Toddler Girls Flutter Sleeve Floral Romper",
    ),
    # Flat-lay on white: kids' 2-piece short pajama set (short-sleeve tee and shorts), heather grey with orange
    # and blue rockets and small stars. No catalog columns. All texts: base.
    case(
        "KD-60452",
        caption("a pair of pajamas with rockets on them"),
        gtype("pajamas pajamas pajamas pajamas pajamas", "loop", hit_limit=True),
        colour("blue", "contradiction"),
        pattern("rocket ships"),
        describe(
            "a grey pajama set with orange and blue rockets and little stars all over it and the shirt has short "
            "sleeves and the shorts have an elastic",
            "cut",
            hit_limit=True,
        ),
        details("the shirt has rockets and the shorts have rockets"),
        material("silk", "unsupported"),
    ),
    # Flat-lay on white (front and back shown side by side): girls' dark-wash skinny jeans, pink flowers
    # embroidered on the back pockets, button and zip fly, belt loops. No top in the photo.
    # Caption: caption adapter; everything else: base.
    case(
        "KD-60467",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. It",
            "unsupported",
            hit_limit=True,
        ),
        colour("dark blue"),
        pattern("the pattern of the jeans", "restated"),
        sleeves("no sleeves"),
        details(
            "the jeans have pink flowers embroidered on the back pockets and a button and zipper fly with belt "
            "loops around the waist and the legs are",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Girls Jeans",
        color="Dark Wash",
        title="Girls Embroidered Skinny Jeans",
    ),
    # Flat-lay on white: baby 2-piece set. Light blue short-sleeve bodysuit with "Daddy's Little Buddy" in navy,
    # navy pull-on pants with drawstring and cuffs. All texts: base.
    case(
        "KD-60473",
        wear("a blue onesie and blue pants"),
        colour("blue Question: What is the color of the garment", "leak", hit_limit=True),
        describe(
            "a light blue onesie that says daddy's little buddy and a pair of navy pants with a drawstring at the "
            "waist and cuffs at the",
            "cut",
            hit_limit=True,
        ),
        details("the onesie says daddy's little buddy"),
        material("cotton"),
        gender="Baby",
        category="Baby Boy Sets",
        color="Blue/Navy",
        title="Baby Boys Daddy's Buddy Bodysuit & Pants Set",
    ),
    # On-model, tennis court: a teen girl in a pink racerback tank top and a white pleated tennis skirt, holding
    # a racket. The product is the skirt (no shorts visible under it). No catalog columns.
    # Closed: VQA adapter; caption and open: base.
    case(
        "KD-60488",
        caption("a girl in a pink tank top and white skirt holding a tennis racket"),
        wear("a pink tank top and a white skirt"),
        gtype("tee/tank", "contradiction"),
        colour("pink", "contradiction"),
        pattern("pleated"),
        describe("a pink pleated skirt", "other_garment_color"),
        details("the skirt has pleats and shorts underneath", "unsupported"),
        material("polyester"),
        gender="Girls",
    ),
    # Flat-lay on white: boys' school uniform polo, white pique, short sleeves, two-button placket, no logo, no
    # pocket. Closed: VQA adapter; caption and open: base.
    case(
        "KD-60495",
        gtype("polo shirt"),
        colour("white white white white white white white white white white", "loop", hit_limit=True),
        pattern("polo shirt", "non_answer"),
        describe("a white polo shirt with a collar and two buttons"),
        details("the shirt has a collar and a logo on the chest", "unsupported"),
        material("cotton pique"),
        gender="Boys",
        category="School Uniforms",
        color="White",
        title="Boys Short Sleeve Pique Polo",
    ),
    # On-model, playroom: a toddler girl in a white short-sleeve tee with a red flip-sequin heart, pink leggings.
    # The product is the tee. Caption: caption adapter; everything else: base.
    case(
        "KD-60503",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wear("a white shirt with a red heart and pink leggings"),
        colour("white"),
        pattern("the pattern", "non_answer"),
        describe("a pink shirt with a red heart", "other_garment_color"),
        details("the heart is made of sequins"),
        gender="Girls",
        category="Toddler Girls Tops",
        color="White",
        title="Toddler Girls Flip Sequin Heart Tee",
    ),
    # Flat-lay on white: kids' pastel tie-dye short-sleeve tee (pink, blue, yellow swirls). Shown alone, no
    # bottoms. No catalog columns. All texts: base.
    case(
        "KD-60517",
        caption("a tie dye t - shirt on a white background"),
        wear("a t - shirt with a tie dye pattern on it and a pair of shorts", "unsupported"),
        colour("tie dye"),
        describe("a tie dye shirt"),
        details("the details of the shirt are the details of the shirt", "restated"),
        material("cotton"),
        sleeves("short"),
        gender="Unisex",
    ),
    # Flat-lay on pale pink: baby long-sleeve bodysuit, pink, attached pink tulle tutu, "1st Birthday" in gold
    # foil on the chest. Caption: caption adapter; closed: VQA adapter; open: base.
    case(
        "KD-60524",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of short length. The lady wears a long-sleeve dress with graphic "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        gtype("dress", "contradiction"),
        colour("pink"),
        sleeves("long sleeve"),
        describe("a pink tutu onesie that says 1st birthday in gold"),
        material("tulle Question: What is the material of the garment? Answer: tulle", "leak"),
        details("it says 1st birthday in gold"),
        gender="Baby",
        category="Baby Bodysuits",
        color="Pink/Gold",
        title="Baby Girls First Birthday Tutu Bodysuit",
    ),
    # Flat-lay on white: boys' olive pull-on cargo shorts, a cargo pocket on each side, two front slash pockets,
    # drawstring waist. All texts: base.
    case(
        "KD-60531",
        caption("a pair of green cargo shorts"),
        wear("she is wearing green shorts", "pronoun"),
        colour("olive green"),
        sleeves("short", "contradiction"),
        describe(
            "a pair of olive green cargo shorts with two big pockets on the sides and two pockets on the front and "
            "a drawstring at the waist and",
            "cut",
            hit_limit=True,
        ),
        details(
            "the shorts have pockets on the sides and a drawstring and pockets on the sides and a drawstring and "
            "pockets on the",
            "loop",
            hit_limit=True,
        ),
        material("cotton twill"),
        gender="Boys",
        category="Boys Shorts",
        color="Olive",
        title="Boys Pull-On Cargo Shorts",
    ),
    # On-model, street: a teen girl in a black ribbed cropped tank top and high-waist light blue jeans. The
    # product is the tank. No catalog columns. Closed: VQA adapter; caption and open: base.
    case(
        "KD-60546",
        caption("a woman in a black crop top and jeans"),
        wear("a blue tank top and blue jeans", "other_garment_color"),
        gtype("tee/tank"),
        colour("blue", "contradiction"),
        sleeves("sleeveless Question: How long are the sleeves? Answer", "leak", hit_limit=True),
        describe("a man in a black tank top", "pronoun"),
        details("the top is ribbed and cropped"),
        material("the garment is made of the same material as the garment", "restated"),
        gender="Girls",
    ),
]
