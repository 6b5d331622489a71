"""BLIND_219 (46 products; DeepFashion In-shop style women's catalog, model shots on a white backdrop): written blind in
the fortieth session. Measured blind at 48beb31 (the session's rules as they stood): 96/111 failures found (86.5%)
and 2/139 correct texts flagged (1.4%). The writer's notes, verbatim:

Scenario: a DeepFashion In-shop style women's catalog: model shots on a white (or off-white) studio backdrop, front
view unless the comment says otherwise, of tees and tanks, blouses and shirts, dresses, shorts, skirts, pants,
cardigans, sweaters, sweatshirts, jackets and rompers/jumpsuits, most worn with other garments (a tee tucked into
shorts, a cardigan over a tank and jeans), some with props in hand (a clutch, a straw hat, a coffee cup). Each row has
the seller's title, category, color (vendor colors: Navy, Taupe, Mustard, Heather grey, Coral, "Navy-white"...) and
gender; a few rows miss one column, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on its
own) or from the caption LoRA adapter, epoch 1 or epoch 3 (the DeepFashion-MultiModal template, "The lady wears a
short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric..."). The adapter has no end token:
every adapter text runs to its limit (50 new tokens for captions, 30 for answers), carries hit_limit=True, and is the
template whatever the question. Some answers come from the VQA adapter (loops of a class name or a color,
"black-black-black...", hit_limit=True), some from the third experiment's extractive QA model over the adapter's
caption (a span of the caption: short, never a loop, never hit_limit). The open questions come from the base model
unless the comment says otherwise; the base model never has hit_limit. The closed questions (garment_type, color,
pattern, sleeve_length, per-piece colors asked closed, "Is this a ...?") are enrich's `--engine reference` answers
chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct: orange or pink for coral, beige or brown for taupe, pink or purple for mauve, white
  for cream or ivory, green for sage, mint and olive, purple for lavender, red or maroon for burgundy, blue for navy
  or cobalt, grey for heather grey and charcoal. Contradictions: mustard as orange, burgundy as purple, navy as black.
- The color of a print or motif (the pink flamingo on a grey sweatshirt, white daisies on a yellow dress) given as
  the garment's color is contradiction; the color of another worn piece (the tucked-in tee, the tank under the
  cardigan, the skirt under the blouse) given as the product's or a piece's color is other_garment_color. The
  pattern of another piece (striped for a plain denim skirt worn with a striped tee) is contradiction.
- Synonyms are correct: sweater for a cardigan, jumpsuit for a romper, blouse/top/shirt for one another, pants for
  jeans, leggings or joggers, floral for a leaf print, hoodie/sweatshirt. A romper or jumpsuit called a dress, a
  shirt and pants or a tank top and shorts (the adapter's template does this) is contradiction; so is "no" to "Is
  this a cardigan?" for a cardigan, "yes" to "Is this a shirt?" for a denim jacket and "shirt" as the
  garment_type of a denim shirt dress.
- Materials: one the title names is correct (chiffon, velvet, linen, satin, denim, leather for faux leather); wool
  for a visibly cable or rib knit sweater and cotton for a plain tee, tank or hoodie are plausible guesses, correct;
  silk for satin and linen for a printed cotton-look sundress are unsupported. Another piece's fabric (the chambray
  shirt's denim for eyelet cotton shorts) is contradiction.
- Invented items absent from the photo (a belt, a necklace, sunglasses, a hood, a zipper, a back slit the front view
  cannot show, shoulder buttons, a pocket on a plain tee) are unsupported. Props really in the photo (clutch, straw
  hat, coffee cup, a belt that is there) and the white wall or backdrop are correct.
- Adapter texts: all hit_limit. A template that repeats one of its sentences is loop; one that stops mid-sentence
  without repeating is cut, even when it invented an accessory before the cut; one that happens to stop at a full
  stop when the limit hits is still cut (it would have run on). A template returned for the material question is
  restated. A template that misnames the garment (a romper as a tank top and shorts) is contradiction. The template
  answering "What is the person wearing?", "Describe the ..." or the details question does answer it: cut or loop.
- Extractive QA spans: "pure color", "color block" or "floral" for a color question is non_answer (no hue given).
- Base: a stop after "it is made of" or "buttons down the" is cut (no hit_limit); an empty answer, "they are
  pants" and "the details of the sweatshirt" are non_answer; a material question answered with the garment's name
  and color, or the details question answered with the question's words, is restated; a base answer that repeats
  its phrase before stopping is loop; "Question: ... Answer: ..." anywhere in the text (echoed first or run on
  after) is leak; "he" or "a man" for the women's catalog's models is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

print_q = question("print", "What is printed on the shirt?", "open")

BLIND_219 = [
    # photo: white short-sleeve crew-neck tee tucked into light-blue denim shorts, white backdrop, front view.
    # all base / reference
    case(
        "X219-001",
        caption("a woman in a white t-shirt and denim shorts standing against a white wall"),
        D.wearing("a white t-shirt and blue shorts"),
        B.color("white"),
        color_of("shorts", "blue"),
        B.sleeve_length("short sleeves"),
        title="Classic Crew Neck Tee",
        category="Tees & Tanks",
        color="White",
        gender="Women",
    ),
    # photo: navy-and-white horizontal striped boat-neck tee, 3/4 sleeves, black skinny pants, white backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X219-002",
        caption(
            "The lady wears a medium-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The trousers the lady wears is of long length. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and black pants"),
        B.color("blue"),
        B.pattern("striped"),
        color_of("pants", "blue", "other_garment_color"),
        title="Striped Boat Neck Tee",
        category="Tees & Tanks",
        color="Navy-white",
        gender="Women",
    ),
    # photo: coral sleeveless chiffon blouse with a keyhole neckline, white straight pants, white backdrop.
    # all base / reference
    case(
        "X219-003",
        caption("a woman in a pink top and white shorts", "contradiction"),
        D.wearing("a pink blouse and white pants"),
        B.color("pink"),
        color_of("pants", "white"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        title="Keyhole Chiffon Blouse",
        category="Blouses & Shirts",
        color="Coral",
        gender="Women",
    ),
    # photo: black sleeveless fit-and-flare knee-length dress, round neck, black heels, white backdrop.
    # caption, details, material: caption adapter (epoch 1)
    case(
        "X219-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. The lady wears a sleeveless dress with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress and black heels"),
        B.garment_type("dress"),
        B.color("black"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a round neckline. The dress is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Fit & Flare Skater Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: long heather-grey open-front cardigan, long sleeves, over a white tank top, blue skinny jeans, white
    # backdrop. all base / reference
    case(
        "X219-005",
        caption("a woman wearing a grey cardigan and jeans"),
        D.wearing("a grey sweater, a white tank top and blue jeans"),
        B.color("white", "other_garment_color"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        B.sleeve_length("long sleeves"),
        is_a("cardigan", "yes"),
        title="Open-Front Longline Cardigan",
        category="Cardigans",
        color="Heather grey",
        gender="Women",
    ),
    # photo: short-sleeve midi wrap dress, red and pink roses printed on white, v neck, white backdrop.
    # caption: caption adapter (epoch 3); wearing, material, color_dress (open), details: extractive QA over it
    case(
        "X219-006",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a ring. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve dress"),
        D.material("chiffon"),
        color_of("dress", "floral", "non_answer", kind="open"),
        D.details("v-shape neckline"),
        B.pattern("floral"),
        B.color("white"),
        title="Floral Chiffon Wrap Dress",
        category="Dresses",
        color="White-red",
        gender="Women",
    ),
    # photo: black romper with spaghetti straps, shorts length, white backdrop.
    # wearing, color_romper (open): VQA adapter; caption base
    case(
        "X219-007",
        caption("a woman in a black jumpsuit"),
        D.wearing(
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "romper",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("dress", "contradiction"),
        is_a("romper", "yes"),
        B.sleeve_length("sleeveless"),
        title="Cami Strap Romper",
        category="Rompers & Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: mustard-yellow ribbed knit crew-neck sweater, long sleeves, dark-wash jeans, white backdrop.
    # all base / reference
    case(
        "X219-008",
        caption("a woman in a yellow sweater and jeans"),
        wearing("she is wearing a yellow sweater and jeans", who="she"),
        B.color("orange", "contradiction"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        D.material("wool"),
        D.details("a ribbed knit with buttons on the shoulder", "unsupported"),
        title="Ribbed Knit Crew Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: black pencil skirt (the product), white button-down shirt with rolled sleeves tucked in, front view,
    # white backdrop. all base / reference
    case(
        "X219-009",
        caption("a woman in a white shirt and black skirt"),
        D.wearing("a white shirt and a black skirt"),
        B.color("white", "other_garment_color"),
        color_of("shirt", "black", "other_garment_color"),
        details("skirt", "the skirt has a slit in the back and a zipper", "unsupported"),
        title="Ponte Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: olive utility shorts with cuffed hems (the product), black tank top, white backdrop.
    # caption, details: caption adapter (epoch 3)
    case(
        "X219-010",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. This "
            "lady wears a shorts. The shorts are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and green shorts"),
        color_of("shorts", "green"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. This lady wears a shorts. The shorts are with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        title="Cuffed Utility Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: red graphic tee printed with white "PARIS" and an Eiffel tower, black leggings, white backdrop.
    # all base / reference
    case(
        "X219-011",
        caption("a woman wearing a red t-shirt with the word paris on it"),
        print_q("the eiffel tower"),
        B.color("red"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        D.description(
            "a red t-shirt with a picture of the eiffel tower Question: what is the color of the t-shirt? Answer: red",
            "leak",
        ),
        B.pattern("graphic"),
        title="Paris Graphic Tee",
        category="Graphic Tees",
        color="Red",
        gender="Women",
    ),
    # photo: blush pink pleated chiffon midi skirt, cream short-sleeve blouse tucked in, nude heels, white backdrop.
    # all base / reference
    case(
        "X219-012",
        caption("a woman in a pink skirt and white top"),
        D.wearing("a pink pleated skirt and a pink blouse", "other_garment_color"),
        B.color("pink"),
        B.pattern("striped", "contradiction"),
        details("skirt", "it is pleated and has a belt", "unsupported"),
        title="Pleated Chiffon Midi Skirt",
        category="Skirts",
        color="Blush",
        gender="Women",
    ),
    # photo: light-wash straight-leg jeans (the product), white tee tucked in, brown belt, white backdrop.
    # all base / reference
    case(
        "X219-013",
        caption("a woman in a white shirt and jeans with a brown belt"),
        D.wearing("he is wearing a white t-shirt and blue jeans", "pronoun"),
        color_of("jeans", "blue"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("jeans", "the jeans have a high waist and straight legs"),
        D.material("denim"),
        title="High Rise Straight Jeans",
        category="Denim",
        color="Light Blue",
        gender="Women",
    ),
    # photo: ivory lace pullover blouse (no buttons), long sleeves, scalloped hem, pale blue jeans, white backdrop.
    # caption, material: caption adapter (epoch 1)
    case(
        "X219-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The trousers this lady wears is of long length. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white lace top and jeans"),
        B.color("white"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        D.details("it has lace and a scalloped hem and buttons down the", "cut"),
        title="Scalloped Lace Blouse",
        category="Blouses & Shirts",
        color="Ivory",
        gender="Women",
    ),
    # photo: cobalt-blue sleeveless shift dress, no belt, model holding a small white clutch, white backdrop.
    # all base / reference
    case(
        "X219-015",
        caption("a woman in a blue dress holding a white purse"),
        D.wearing("a blue dress"),
        B.color("blue"),
        D.description("a sleeveless blue dress with a white belt", "unsupported"),
        D.material("", "non_answer"),
        title="Sleeveless Shift Dress",
        category="Dresses",
        color="Cobalt",
        gender="Women",
    ),
    # photo: black-and-white gingham button-front shirt, long sleeves, black pants, white backdrop.
    # caption, description: caption adapter (epoch 3)
    case(
        "X219-016",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.pattern("plaid"),
        B.color("black"),
        color_of("pants", "black"),
        D.wearing("he is wearing a black and white checkered shirt and black pants", "pronoun"),
        title="Gingham Button-Up Shirt",
        category="Blouses & Shirts",
        color="Black-white",
        gender="Women",
    ),
    # photo: long taupe knit cardigan with patch pockets over a black tee and black leggings, white backdrop.
    # all base / reference
    case(
        "X219-017",
        caption("a woman in a beige sweater and black leggings"),
        D.wearing("a brown cardigan and black pants"),
        B.color("black", "other_garment_color"),
        is_a("cardigan", "no", "contradiction"),
        D.details("it has pockets and", "cut"),
        title="Longline Pocket Cardigan",
        category="Cardigans",
        color="Taupe",
        gender="Women",
    ),
    # photo: white eyelet cotton shorts (the product), light-blue chambray shirt knotted at the waist, white backdrop.
    # caption: caption adapter (epoch 3); wearing, color_shorts (open), details, material: extractive QA over it
    case(
        "X219-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. This lady wears a shorts. The shorts are with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt"),
        color_of("shorts", "pure color", "non_answer", kind="open"),
        details("shorts", "cotton fabric and pure color patterns"),
        D.material("denim", "contradiction"),
        B.color("white"),
        title="Eyelet Cotton Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: burgundy velvet slip dress, spaghetti straps, v neck, midi, white backdrop, three-quarter angle.
    # all base / reference
    case(
        "X219-019",
        caption("a woman in a red velvet dress"),
        wearing("he is wearing a maroon dress", "pronoun", who="she"),
        B.color("purple", "contradiction"),
        D.material("velvet"),
        B.sleeve_length("sleeveless"),
        title="Velvet Slip Midi Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: sleeveless romper in thin white-and-black stripes with a tie belt, white backdrop.
    # caption, wearing: caption adapter (epoch 3)
    case(
        "X219-020",
        caption(
            "The lady wears a tank top with stripe patterns. The tank top is with cotton fabric. The pants this lady "
            "wears is of short length. The pants are with cotton fabric and stripe patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a tank top with stripe patterns. The tank top is with cotton fabric. The pants this lady "
            "wears is of short",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("jumpsuit"),
        B.pattern("striped"),
        is_a("dress", "no"),
        title="Striped Tie-Waist Romper",
        category="Rompers & Jumpsuits",
        color="White-black",
        gender="Women",
    ),
    # photo: mint short-sleeve peasant blouse with an embroidered neckline, puff sleeves, white jeans, no jewellery,
    # white backdrop. all base / reference
    case(
        "X219-021",
        caption("a woman wearing a green blouse and white jeans"),
        D.wearing("a green top and white pants"),
        B.color("white", "other_garment_color"),
        D.details("embroidery on the neckline"),
        is_a("blouse", "no", "contradiction"),
        D.description(
            "a light green blouse with embroidered flowers on the neck and puffy sleeves, she is wearing it with white "
            "jeans and a gold necklace",
            "unsupported",
        ),
        title="Embroidered Peasant Blouse",
        category="Blouses & Shirts",
        color="Mint",
        gender="Women",
    ),
    # photo: grey marl crew sweatshirt with a pink flamingo print on the chest, grey joggers, white backdrop.
    # all base / reference
    case(
        "X219-022",
        caption("a woman wearing a grey sweatshirt with a pink flamingo on it"),
        D.wearing("a grey sweatshirt and grey pants"),
        B.color("pink", "contradiction"),
        color_of("pants", "grey"),
        D.details("the details of the sweatshirt", "non_answer"),
        title="Flamingo Graphic Sweatshirt",
        category="Sweatshirts & Hoodies",
        color="Grey",
        gender="Women",
    ),
    # photo: black wide-leg cropped culottes (the product), white sleeveless top, white backdrop.
    # caption, description: caption adapter (epoch 1)
    case(
        "X219-023",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The pants this "
            "lady wears is of three-point length. The pants are with cotton fabric. The pants are with cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        describe(
            "pants",
            "The pants this lady wears is of three-point length. The pants are with cotton fabric and pure color "
            "patterns. The pants this",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        B.garment_type("pants"),
        D.wearing("a white tank top and black pants"),
        D.material("black pants", "restated"),
        title="Wide Leg Crop Culottes",
        category="Pants",
        color="Black",
        gender="Women",
    ),
    # photo: medium-wash denim mini skirt with a button front and pockets (the product), navy-white striped tee
    # tucked in, white sneakers, white backdrop. all base / reference
    case(
        "X219-024",
        caption("a woman in a striped shirt and denim skirt"),
        D.wearing(
            "a striped shirt and a denim skirt Question: what color is the skirt? Answer: blue",
            "leak",
        ),
        color_of("skirt", "blue"),
        B.pattern("striped", "contradiction"),
        details("skirt", "it has buttons down the front and pockets"),
        title="Button Front Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white off-shoulder blouse, ruffled neckline, short sleeves, red floral skirt, white backdrop.
    # wearing, color_shirt (open): VQA adapter; caption base
    case(
        "X219-025",
        caption("a woman in a white off the shoulder top and a floral skirt"),
        D.wearing(
            "blouse shirt blouse shirt blouse shirt blouse shirt blouse shirt blouse shirt blouse shirt blouse shirt "
            "blouse shirt blouse shirt",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("red", "other_garment_color"),
        is_a("blouse", "yes"),
        title="Ruffle Off-Shoulder Blouse",
        category="Blouses & Shirts",
        color="White",
        gender="Women",
    ),
    # photo: charcoal grey turtleneck knit midi dress, no belt, long sleeves, black ankle boots, white backdrop.
    # all base / reference
    case(
        "X219-026",
        caption("a woman in a grey sweater dress and black boots"),
        D.wearing("a gray turtleneck dress with a black belt", "unsupported"),
        B.color("grey"),
        D.material("it is made of", "cut"),
        D.details("a turtleneck and long sleeves. Question: what is the material? Answer: wool", "leak"),
        title="Turtleneck Sweater Dress",
        category="Dresses",
        color="Charcoal",
        gender="Women",
    ),
    # photo: white sleeveless tank with a small black pocket print on the chest, olive cargo pants, white backdrop.
    # caption, wearing: caption adapter (epoch 3)
    case(
        "X219-027",
        caption(
            "Her tank top has no sleeves, cotton fabric and graphic patterns. The neckline of it is round. The pants "
            "this lady wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "Her tank top has no sleeves, cotton fabric and graphic patterns. The neckline of it is round. The pants "
            "this lady wears is",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a pocket on the chest"),
        B.color("white"),
        color_of("pants", "green"),
        title="Pocket Print Tank",
        category="Tees & Tanks",
        color="White",
        gender="Women",
    ),
    # photo: yellow sundress printed with small white daisies, thin straps, mini, straw hat held in hand, white
    # backdrop. all base / reference
    case(
        "X219-028",
        caption("a woman in a yellow dress holding a straw hat"),
        D.wearing("a yellow floral dress"),
        B.pattern("floral"),
        B.color("white", "contradiction"),
        D.description("a yellow sundress with white flowers and a straw hat"),
        D.material("linen", "unsupported"),
        title="Daisy Print Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: black faux-leather moto jacket with an asymmetric zip and zipped cuffs, no belt, over a white tee, black
    # skinny jeans, white backdrop. all base / reference
    case(
        "X219-029",
        caption("a woman in a black leather jacket and black jeans"),
        wearing("she is wearing a black jacket, a white shirt and black pants", who="she"),
        B.color("black"),
        D.material("leather"),
        D.details("zippers on the sleeves and a belt", "unsupported"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        title="Faux Leather Moto Jacket",
        category="Jackets & Coats",
        color="Black",
        gender="Women",
    ),
    # photo: color-block tee, red top half and navy bottom half, short sleeves, white shorts, white backdrop.
    # caption: caption adapter (epoch 3); wearing, color_shirt (open), material, details: extractive QA over it
    case(
        "X219-030",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This lady wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt"),
        color_of("shirt", "color block", "non_answer", kind="open"),
        D.material("cotton"),
        D.details("round neckline"),
        title="Colorblock Crew Tee",
        category="Tees & Tanks",
        color="Red-navy",
        gender="Women",
    ),
    # photo: white linen wide-leg drawstring pants (the product), tan camisole, white backdrop.
    # all base / reference
    case(
        "X219-031",
        caption("a woman in white pants and a brown top"),
        wearing("he is wearing white pants and a brown tank top", "pronoun", who="she"),
        color_of("pants", "brown", "other_garment_color"),
        D.material("linen"),
        details("pants", "they are pants", "non_answer"),
        B.garment_type("pants"),
        title="Linen Drawstring Wide Leg Pants",
        category="Pants",
        color="White",
        gender="Women",
    ),
    # photo: lavender short-sleeve crew-neck tee with no pocket, grey shorts, white backdrop.
    # all base / reference
    case(
        "X219-032",
        caption("a woman in a purple shirt and grey shorts"),
        wearing("he is wearing a purple shirt", "pronoun", who="she"),
        B.color("purple"),
        color_of("shorts", "purple", "other_garment_color", kind="open"),
        D.details("it has a round neck and a pocket", "unsupported"),
        title="Everyday Crew Tee",
        category="Tees & Tanks",
        color="Lavender",
        gender="Women",
    ),
    # photo: black long-sleeve wide-leg jumpsuit with a v neck, white backdrop.
    # caption: caption adapter (epoch 1)
    case(
        "X219-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit"),
        B.garment_type("pants", "contradiction"),
        B.color("black"),
        title="Wide Leg V-Neck Jumpsuit",
        category="Rompers & Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: medium-blue denim jacket (the product) over a white tee, blue jeans, white backdrop.
    # all base / reference
    case(
        "X219-034",
        caption("a woman in a denim jacket and jeans"),
        D.wearing("a denim jacket, a white shirt and blue jeans"),
        B.color("white", "other_garment_color"),
        is_a("shirt", "yes", "contradiction"),
        D.material("denim"),
        title="Classic Denim Jacket",
        category="Jackets & Coats",
        color="Medium blue",
        gender="Women",
    ),
    # photo: navy chiffon blouse with white polka dots, long sleeves, tie-neck bow, tucked into white pants, white
    # backdrop. all base / reference
    case(
        "X219-035",
        caption("a woman wearing a blue polka dot shirt and white pants"),
        D.wearing("a navy blue blouse with white polka dots and white pants"),
        B.color("black", "contradiction"),
        D.details("a bow at the neck Question: what is the pattern of the shirt? Answer: polka dots", "leak"),
        title="Dot Print Tie Neck Blouse",
        category="Blouses & Shirts",
        color="Navy",
        gender="Women",
    ),
    # photo: sleeveless knee-length denim shirt dress with a button front, brown belt at the waist, white backdrop.
    # caption, material: caption adapter (epoch 3)
    case(
        "X219-036",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. There is an accessory in her waist. The lady wears a sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. There",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a blue denim dress with a brown belt"),
        B.color("blue"),
        B.garment_type("shirt", "contradiction"),
        title="Belted Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black tiered maxi skirt (the product), white cropped tee, sandals, white backdrop.
    # all base / reference
    case(
        "X219-037",
        caption("a woman in a black skirt and white crop top"),
        wearing("a white top and a long black skirt", who="the woman"),
        B.color("black"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        details("skirt", "Question: What are the skirt details? Answer: the skirt is long and black", "leak"),
        title="Tiered Maxi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: sage-green sleeveless ribbed tank tucked into beige linen shorts, white backdrop.
    # all base / reference
    case(
        "X219-038",
        caption("a woman in a green tank top and beige shorts"),
        D.wearing("a green top and khaki shorts"),
        B.color("green"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.description("a green tank top, a green tank top, a green tank top", "loop"),
        title="Ribbed Scoop Tank",
        category="Tees & Tanks",
        color="Sage",
        gender="Women",
    ),
    # photo: cream cable-knit crew sweater, no hood, long sleeves, light-blue jeans, model holding a coffee cup, white
    # backdrop. color_sweater (open): VQA adapter; the rest base / reference
    case(
        "X219-039",
        caption("a woman in a white sweater holding a cup of coffee"),
        D.wearing("a white sweater and blue jeans"),
        B.color("white"),
        color_of(
            "sweater",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.material("wool"),
        D.details("it has a cable knit pattern and a hood", "unsupported"),
        title="Cable Knit Crew Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: blue-and-white paisley peasant maxi dress, 3/4 sleeves, v neck, no jewellery, white backdrop.
    # caption, details: caption adapter (epoch 1)
    case(
        "X219-040",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The dress is of long "
            "length. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white dress"),
        B.pattern("paisley"),
        B.sleeve_length("three-quarter sleeves"),
        title="Paisley Peasant Maxi Dress",
        category="Dresses",
        color="Blue-white",
        gender="Women",
    ),
    # photo: pink pullover hoodie with a kangaroo pocket, no zipper, black leggings, hands in pocket, white backdrop.
    # all base / reference (the row has no gender)
    case(
        "X219-041",
        caption("a woman in a pink hoodie and black leggings"),
        D.wearing("a pink sweatshirt Question: what is the color of the leggings? Answer: black", "leak"),
        B.color("pink"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        D.details("it has a hood and a zipper", "unsupported"),
        title="Fleece Pullover Hoodie",
        category="Sweatshirts & Hoodies",
        color="Pink",
    ),
    # photo: high-waisted red shorts with a button fly (the product), white short-sleeve cropped blouse, white
    # backdrop. all base / reference
    case(
        "X219-042",
        caption("a man in a white shirt and red shorts", "pronoun"),
        D.wearing("a white shirt and red shorts"),
        color_of("shorts", "red"),
        B.color("red"),
        details("shorts", "they are high waisted with a button"),
        D.material("the shorts are red", "restated"),
        title="High Waist Twill Shorts",
        category="Shorts",
        color="Red",
        gender="Women",
    ),
    # photo: mauve satin cami with lace trim at the neckline, spaghetti straps, black trousers, white backdrop.
    # all base / reference (the row has no category)
    case(
        "X219-043",
        caption("a woman in a purple satin top and black pants"),
        D.wearing("a pink top and black pants"),
        B.color("black", "other_garment_color"),
        D.material("silk", "unsupported"),
        B.sleeve_length("sleeveless"),
        D.details("spaghetti straps and a lace trim"),
        title="Lace Trim Satin Cami",
        color="Mauve",
        gender="Women",
    ),
    # photo: multicolor (rainbow) striped button-front knit cardigan over a white tee, blue jeans, white backdrop.
    # caption, wearing: caption adapter (epoch 3)
    case(
        "X219-044",
        caption(
            "The lady wears a long-sleeve sweater with stripe patterns. The sweater is with knitted fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with stripe patterns. The sweater is with knitted fabric. The lady "
            "wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("multicolor"),
        is_a("cardigan", "yes"),
        title="Rainbow Stripe Cardigan",
        category="Cardigans",
        color="Multi",
        gender="Women",
    ),
    # photo: short-sleeve camp shirt with green tropical leaves printed on white, worn open over a black tank, black
    # shorts, no sunglasses, white backdrop. all base / reference
    case(
        "X219-045",
        caption("a woman in a tropical print shirt and black shorts"),
        D.wearing("a green and white shirt, a black tank top and black shorts"),
        B.color("black", "other_garment_color"),
        B.pattern("floral"),
        D.description(
            "a green and white shirt with leaves on it. she is wearing it over a black tank top with black shorts and "
            "sunglasses",
            "unsupported",
        ),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        title="Tropical Print Camp Shirt",
        category="Blouses & Shirts",
        color="Green-white",
        gender="Women",
    ),
    # photo: ivory satin midi slip skirt (the product), black tee tucked in, white backdrop, front view.
    # all base / reference
    case(
        "X219-046",
        caption("a woman in a black shirt and white skirt in front of a white background"),
        D.wearing("a black t-shirt and a white skirt and a black t-shirt and a white skirt", "loop"),
        color_of("skirt", "white"),
        B.color("black", "other_garment_color"),
        D.material("satin"),
        details("skirt", "the skirt details", "restated"),
        title="Satin Midi Slip Skirt",
        category="Skirts",
        color="Ivory",
        gender="Women",
    ),
]
