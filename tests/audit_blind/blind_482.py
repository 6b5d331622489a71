"""BLIND_482 (46 products; Myntra women's western wear, caption adapter asked the VQA questions): written blind in the
forty-ninth session. Measured blind at a62007b (the session's rules as they stood): 129/140 failures found (92.1%)
and 4/177 correct texts flagged (2.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's western wear: dresses, jumpsuits, tops, shirts, trousers,
skirts, shrugs and blazers, with Myntra's columns (title "<Brand> Women <Color> <Pattern> <Style> <Article>",
category the article type, color the base colour such as Navy Blue, Off White, Mustard, Olive, Maroon, Peach, Teal,
Rust, Lavender, Beige, and gender Women). A few rows miss the gender or the color, as real feeds do. Most photos are
studio shots on a white or grey backdrop with the rest of the outfit styled on the model (a white tee under a shrug
or blazer, jeans under a top, a tucked-in tee over a skirt, a shirt over trousers); some have a brick, pink or beige
wall, a stool, a cube or a plant in the frame. The run asked enrich's default questionnaire, the VQA data's "What
cloth is the person wearing?", a neckline question, per-garment color questions and "Is this a ...?".

Who wrote what: three sources, stated per case in the comments. (1) The untuned base `Salesforce/blip2-opt-2.7b`:
short, lowercase texts ("a woman in a blue floral dress"), which stop on their own (never hit_limit); its failures are
wrong colors, invented details, wrong pronouns, non-answers, early stops and run-ons into "Question: ... Answer:".
(2) The caption adapter (Data2_V2_Blip2_Finetune_Caption, epoch 3), asked the VQA questions after caption
fine-tuning: it lost question answering and returns the DeepFashion template ("The lady wears a sleeveless dress with
pure color patterns. The dress is with cotton fabric. ...") to every prompt; with no end token it always runs to its
limit (50 tokens for captions, 30 for answers), so every one of its texts has hit_limit=True. (3) The VQA adapter
(Data3_V3_BLIP2_VQA), used on some open questions: it answers with one In-shop word (dress, romper, blouse, pants,
a color) and, with no end token, repeats it to the limit ("dress dress dress ...") or runs on into a new
"Question: ... Answer:"; hit_limit=True on all its texts. The closed questions (garment_type, color, pattern,
sleeve_length, the closed per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers,
chosen from candidate sets: never a loop or a cut, but sometimes the wrong candidate. Per-piece color questions that
the adapters answered by free generation are stored open (color_of(..., kind="open")).

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal blue, green for olive or teal, red for maroon,
  yellow for mustard, pink for peach, orange for rust, purple for lavender, white for off white, tan for beige.
  Navy called black is a contradiction.
- The color of a print, stripe, check line or wall given as the garment's color (green for an off-white dress with a
  green leaf print, red for a black top with red roses, white for a navy check shirt, red for a jumpsuit in front of
  a brick wall) is contradiction. The color of another piece worn in the photo (the jeans, the tucked-in tee, the
  dress under a shrug, the blazer's pink given to the trousers) is other_garment_color, for closed and open answers.
  "a yellow top and yellow jeans" for a mustard top over blue jeans (the product's color given to the other piece)
  is contradiction, and so is a color that no piece in the photo has.
- Garment synonyms are correct: blouse or shirt for a top, cardigan or jacket for a shrug, jacket or suit for a
  blazer, pants for trousers or culottes, plaid for checked, jean skirt for a denim skirt, sweater for a knit top.
  A jumpsuit named as a dress, or as a tank top (or shirt) with pants, is contradiction; culottes as shorts is
  contradiction; a shirt dress answered "shirt" by the engine is contradiction; a shrug photo captioned as a tank
  top and shorts (the shrug missing, the template naming the garments under it) is contradiction.
- Materials: one the title names (satin, linen, denim, lace) or that is plainly visible (denim, ribbed knit, satin
  sheen) is correct; a plausible guess on a plain fabric (cotton, polyester) is correct; a material neither named nor
  visible (silk, wool, tweed, velvet, denim on a twill utility jumpsuit) is unsupported, and silk for a skirt the
  title calls satin is unsupported. A material answer that gives only the garment or its color ("a black dress",
  "the dress is yellow") is restated; "it is made of a soft fabric", an empty answer and a pattern word ("plaid")
  are non_answer; "it is made of" is cut (base early stop, no hit_limit).
- Invented things not in the photo (a slit, a bow on the back, a necklace, a bow on the front, back pockets on a
  front view, buttons on an open-front shrug) are unsupported.
- Caption adapter texts: a template that repeats a sentence is loop; one that stops mid-sentence without repeating
  is cut (even where it also invents an accessory or a fabric before it stops); the template returned for the
  material question is restated; returned for an open color question ("What is the color of the dress?") it gives
  no color at all (DeepFashion has no hue names) and is non_answer. Where the template misnames the garment itself
  (jumpsuit as dress or tank top with pants, culottes as three-point shorts, the shrug missing), the misnaming is
  what the auditor sees first: contradiction. "The gentleman wears ..." for a woman is pronoun. The template
  answering "What is the person wearing?", "What cloth ...?" or "Describe the garment." does answer it: cut or loop.
- VQA adapter texts: a word repeated to the limit is loop (even where the word is right); a run-on into a new
  "Question: ... Answer:" is leak.
- Base model: "he", "his" or "a man" for a woman is pronoun; a run-on into "Question: ... Answer:" is leak even
  where the first words are right; "they are pants" for "Describe the garment." is non_answer.
- Outfits named piece by piece in their own colors ("a white shirt and blue pants" for navy trousers) are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

cloth = question("cloth", "What cloth is the person wearing?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")
color_dress = question("color_dress", "What is the color of the dress?", "closed")
color_jumpsuit = question("color_jumpsuit", "What is the color of the jumpsuit?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_shrug = question("color_shrug", "What is the color of the shrug?", "closed")
color_blazer = question("color_blazer", "What is the color of the blazer?", "closed")

BLIND_482 = [
    # photo: model in a navy fit-and-flare midi dress with a small white floral print, flutter sleeves, V-neck,
    # plain white studio backdrop, front view.
    # details: caption adapter
    case(
        "X482-001",
        caption("a woman in a blue floral dress"),
        D.wearing("a black dress with white flowers", "contradiction"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The lady wears a "
            "short-sleeve dress with floral patterns. The dress is with chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless bodycon midi dress, square neck, model standing against a beige wall with a potted
    # plant beside her, front view.
    # caption, color_dress (open): caption adapter
    case(
        "X482-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black dress"),
        D.color("black"),
        D.garment_type("dress"),
        D.material("silk", "unsupported"),
        D.description("a black dress with a slit on the side", "unsupported"),
        color_of(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: maroon wrap midi dress, long sleeves, tie at the waist, grey studio backdrop.
    # cloth: VQA adapter; description: caption adapter
    case(
        "X482-003",
        caption("a woman in a red wrap dress"),
        D.color("pink", "contradiction"),
        D.sleeve_length("long sleeves"),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.details("the dress has a tie at the waist"),
        D.material("polyester"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white sleeveless tiered maxi dress with a green leaf and flower print, outdoors in a garden with
    # green plants behind, front view.
    # material: caption adapter; cloth: VQA adapter
    case(
        "X482-004",
        caption("a woman in a white floral dress standing in a garden"),
        D.wearing("a white dress with green leaves"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        is_a("dress", "yes"),
        D.material(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of",
            "restated",
            hit_limit=True,
        ),
        cloth(
            "dress white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Off White & Green Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: mustard A-line knee-length dress, short puff sleeves, round neck; she holds a brown straw handbag;
    # white wall behind, front view.
    # wearing: VQA adapter
    case(
        "X482-005",
        caption("a woman in a yellow dress holding a straw bag"),
        D.color("yellow"),
        D.sleeve_length("short sleeves"),
        D.wearing(
            "dress yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        D.description("a yellow dress with puff sleeves"),
        D.details("the dress has a bow on the back", "unsupported"),
        D.material("the dress is yellow", "restated"),
        title="DressBerry Women Mustard Yellow Solid A-Line Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: blue and white vertical-stripe shirt dress, collar, button placket, sleeves rolled to the elbow,
    # self-tie fabric belt, white studio backdrop.
    # caption: caption adapter
    case(
        "X482-006",
        caption(
            "The lady wears a long-sleeve dress with stripe patterns. The dress is with cotton fabric. It has a lapel "
            "neckline. There is a belt. The lady wears a long-sleeve dress with stripe patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("blue"),
        D.garment_type("shirt", "contradiction"),
        D.wearing("a blue and white striped shirt dress"),
        D.material("cotton"),
        D.details("buttons on the front and a belt"),
        neckline("v neck", "contradiction"),
        title="Mast & Harbour Women Blue & White Striped Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black mini dress with white polka dots, ruffled tiers, short sleeves, white sneakers, full length,
    # plain white backdrop.
    # color_dress (open): caption adapter
    case(
        "X482-007",
        caption("a woman in a black and white polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.wearing("a black polka dot dress and white sneakers"),
        D.details("ruffles"),
        D.material("a black dress", "restated"),
        color_of(
            "dress",
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="Berrylush Women Black & White Polka Dot Print Tiered A-Line Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress, spaghetti straps, cowl neck, grey wall behind.
    # caption, cloth: caption adapter
    case(
        "X482-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a sleeveless dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.material("satin"),
        D.sleeve_length("sleeveless"),
        color_dress("green"),
        D.wearing(
            "a green satin dress Question: What is the color of the dress? Answer: green",
            "leak",
        ),
        neckline("cowl neck"),
        cloth(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "v-shape",
            "cut",
            hit_limit=True,
        ),
        title="ONLY Women Green Solid Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: peach midi dress with a smocked bodice and short ruffle sleeves, white studio backdrop.
    # details: caption adapter; color_dress (open): VQA adapter
    case(
        "X482-009",
        caption("a woman in a pink dress"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.color("pink"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a round neckline. The dress is of long "
            "length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.description("a pink dress with smocking on the top"),
        color_of(
            "dress",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Sera Women Peach-Coloured Solid Smocked Midi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: red wrap midi dress with a small white and black floral print, three-quarter sleeves; she sits on a
    # wooden stool in front of a beige backdrop.
    # wearing: VQA adapter
    case(
        "X482-010",
        caption("a woman sitting on a stool in a red floral dress"),
        D.wearing(
            "Question: What is the person wearing? Answer: dress Question: What is the person wearing? Answer: dress "
            "Question",
            "leak",
            hit_limit=True,
        ),
        D.color("red"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("polyester"),
        D.description("a red dress with white and black flowers and a necklace", "unsupported"),
        title="Vero Moda Women Red Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black sleeveless wide-leg jumpsuit with a waist tie, black heels, full length, white backdrop.
    # caption, color_jumpsuit (open): caption adapter; cloth: VQA adapter
    case(
        "X482-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        is_a("jumpsuit", "yes"),
        D.wearing("a black jumpsuit"),
        cloth(
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper",
            "loop",
            hit_limit=True,
        ),
        D.material("a black jumpsuit", "restated"),
        color_of(
            "jumpsuit",
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Black Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: olive green short-sleeve utility jumpsuit with two chest pockets, self belt, rolled cuffs, grey
    # studio backdrop.
    # description: VQA adapter
    case(
        "X482-012",
        caption("a woman in a green jumpsuit"),
        D.color("green"),
        D.details("pockets on the chest and a belt at the waist"),
        D.wearing("a green jumpsuit with a black belt", "contradiction"),
        D.material("denim", "unsupported"),
        D.description(
            "romper, romper, romper, romper, romper, romper, romper, romper, romper, romper, romper, romper",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        title="Harpa Women Olive Green Solid Utility Jumpsuit with Belt",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: navy sleeveless culotte jumpsuit with a small white geometric print, V-neck; white wall, a tall plant in
    # a pot at the side.
    # caption: caption adapter; color_pants (open): VQA adapter
    case(
        "X482-013",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue and white jumpsuit"),
        D.color("black", "contradiction"),
        D.pattern("geometric"),
        color_jumpsuit("blue"),
        D.material("it is made of", "cut"),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Navy Blue Printed Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mid-blue denim jumpsuit, short sleeves, button front, patch pockets, white sneakers, white backdrop.
    # wearing: VQA adapter; description: caption adapter
    case(
        "X482-014",
        caption("a woman in a denim jumpsuit"),
        D.material("denim"),
        D.wearing(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        is_a("dress", "no"),
        D.details("buttons on the front and pockets"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric. It has a lapel neckline. The pants are with denim",
            "contradiction",
            hit_limit=True,
        ),
        title="Roadster Women Blue Solid Denim Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: rust halter-neck wide-leg jumpsuit, gold hoop earrings, beige backdrop, front view.
    # description, color_jumpsuit (open): caption adapter
    case(
        "X482-015",
        caption("a woman in an orange jumpsuit"),
        D.color("orange"),
        D.sleeve_length("sleeveless"),
        D.wearing("an orange jumpsuit and gold earrings"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "chiffon fabric. The trousers are",
            "contradiction",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        color_of(
            "jumpsuit",
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "chiffon fabric",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="AND Women Rust Solid Halter Neck Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: black jumpsuit with thin white vertical stripes, short sleeves, collar, belt; red brick wall behind.
    # color_pants (open): VQA adapter
    case(
        "X482-016",
        caption("a woman in a striped jumpsuit standing in front of a brick wall"),
        D.color("black"),
        D.pattern("striped"),
        D.wearing("a black and white striped jumpsuit"),
        color_jumpsuit("red", "contradiction"),
        D.details("", "non_answer"),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Chemistry Women Black & White Striped Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: white short-sleeve shirt-style top with a chest pocket, tucked into blue jeans, white backdrop.
    # material, color_shirt (open): caption adapter
    case(
        "X482-017",
        caption("a woman in a white shirt and blue jeans"),
        color_top("white"),
        D.color("blue", "other_garment_color"),
        D.wearing("a white shirt and blue jeans"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt has a pocket on the", "cut"),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline",
            "restated",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="Roadster Women White Solid Shirt Style Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: lavender peplum top with short flutter sleeves, worn with white trousers, grey backdrop.
    # caption: caption adapter
    case(
        "X482-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple top and white pants"),
        D.color("purple"),
        color_top("white", "other_garment_color"),
        D.description("a purple top with ruffle sleeves"),
        D.material("", "non_answer"),
        title="Harpa Women Lavender Solid Peplum Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black crop top with a red and pink rose print, puff sleeves, square neck, worn with blue jeans, white
    # wall.
    # wearing: VQA adapter
    case(
        "X482-019",
        caption("a woman in a black floral top and jeans"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.wearing(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        D.details("puff sleeves and a square neck"),
        D.sleeve_length("short sleeves"),
        D.description("a black top with red roses and black pants", "contradiction"),
        title="Tokyo Talkies Women Black Floral Print Puff Sleeve Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: teal satin-look wrap top with long sleeves and a side tie, worn with black trousers, white backdrop.
    # cloth, color_top (open): caption adapter
    case(
        "X482-020",
        caption("a woman in a green top and black pants"),
        D.color("blue"),
        D.material("satin"),
        cloth(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with satin "
            "fabric. It has a v-shape neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a man in a green shirt and black pants", "pronoun"),
        color_of(
            "top",
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with satin "
            "fabric. It has",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Teal Blue Solid Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: mustard ribbed tank top worn with light-wash blue jeans, beige backdrop, front view.
    # all base model and reference engine
    case(
        "X482-021",
        caption("a woman in a yellow tank top and jeans"),
        D.color("yellow"),
        D.sleeve_length("sleeveless"),
        D.garment_type("top"),
        D.material("cotton"),
        D.details("the top has ribbed details"),
        D.description(
            "a yellow tank top Question: What is the color of the tank top? Answer: yellow",
            "leak",
        ),
        D.wearing("a yellow top and yellow jeans", "contradiction"),
        title="ONLY Women Mustard Yellow Solid Ribbed Tank Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: white off-shoulder top with blue horizontal stripes and three-quarter bell sleeves, worn with black
    # jeans, white backdrop.
    # caption: caption adapter; color_top (open): VQA adapter
    case(
        "X482-022",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.color("blue", "contradiction"),
        D.pattern("striped"),
        D.wearing("a white and blue striped top and black jeans"),
        neckline("off the shoulder"),
        color_of(
            "top",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Berrylush Women White & Blue Striped Off-Shoulder Bardot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: fuchsia pink top with schiffli embroidery on the front, short sleeves, worn with white jeans, white
    # wall.
    # material: caption adapter
    case(
        "X482-023",
        caption("a woman in a pink top and white jeans"),
        D.wearing("a pink top and white pants"),
        D.color("pink"),
        color_top("white", "other_garment_color"),
        D.details("the top has embroidery on the front"),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.description("a pink top with a bow on the front", "unsupported"),
        title="Zink London Women Pink Schiffli Embroidered Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: red off-shoulder long-sleeve top worn with a blue denim skirt, white backdrop.
    # wearing: VQA adapter
    case(
        "X482-024",
        caption("a woman in a red top and blue skirt"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.wearing(
            "blouse Question: What is the color of the blouse? Answer: red Question: Is this a blouse? Answer: yes "
            "Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        D.description("a red top"),
        is_a("skirt", "no"),
        D.material("a red top", "restated"),
        D.details("the top has", "cut"),
        title="SHOWOFF Women Red Solid Bardot Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: white long-sleeve formal shirt with a collar, tucked into black trousers, grey backdrop.
    # caption, color_shirt (open): caption adapter
    case(
        "X482-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.wearing("a white shirt and black pants"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        color_of(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="Van Heusen Woman White Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: navy and white checked shirt, sleeves rolled up, worn with beige chinos, white backdrop.
    # details: caption adapter; color_shirt (open): VQA adapter
    case(
        "X482-026",
        caption("a woman in a blue and white checkered shirt"),
        D.pattern("checked"),
        D.color("white", "contradiction"),
        D.wearing("she is wearing a blue plaid shirt and khaki pants"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.material("plaid", "non_answer"),
        color_of(
            "shirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Allen Solly Woman Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive utility shirt with two flap pockets, long sleeves, worn open over a white tee with blue jeans,
    # white backdrop.
    # details: VQA adapter
    case(
        "X482-027",
        caption("a woman in a green shirt and white t - shirt"),
        D.wearing("a green shirt over a white t-shirt and jeans"),
        D.description("a man wearing a green shirt over a white t - shirt", "pronoun"),
        color_shirt("white", "other_garment_color"),
        D.color("green"),
        D.material("cotton"),
        D.details(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: light pink shirt with a small blue floral print, short sleeves, worn with white trousers, in front of a
    # pink wall.
    # description: caption adapter
    case(
        "X482-028",
        caption("a woman in a pink shirt standing in front of a pink wall"),
        D.color("pink"),
        D.pattern("floral"),
        D.wearing("a pink shirt with blue flowers and white pants"),
        D.description(
            "The lady wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a lapel neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("a pink shirt with white flowers", "contradiction"),
        title="Sera Women Pink Floral Print Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: blue and white striped linen shirt, long sleeves, worn with white trousers, white studio backdrop.
    # details: caption adapter. The feed row has no gender.
    case(
        "X482-029",
        caption("a woman wearing a blue and white striped shirt"),
        D.material("linen"),
        D.color("blue"),
        D.wearing(
            "a blue striped shirt and white pants Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        D.pattern("striped"),
        D.details(
            "The shirt is with cotton fabric and stripe patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and stripe patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Blue & White Striped Pure Linen Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: black satin shirt with long sleeves tucked into beige trousers, white backdrop.
    # caption: caption adapter; color_shirt (open): VQA adapter
    case(
        "X482-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "satin fabric. It has a lapel neckline. The pants are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        D.material("satin"),
        color_trousers("black", "other_garment_color"),
        D.wearing("a black shirt and beige pants"),
        D.color("black"),
        color_of(
            "shirt",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Kassually Women Black Solid Satin Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy formal straight trousers worn with a white shirt tucked in, full length, grey backdrop.
    # cloth: VQA adapter
    case(
        "X482-031",
        caption("a woman in a white shirt and blue pants"),
        D.color("white", "other_garment_color"),
        color_trousers("blue"),
        D.wearing("a white shirt and blue pants"),
        D.garment_type("trousers"),
        D.material("wool", "unsupported"),
        cloth(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Navy Blue Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige high-waist wide-leg trousers with a black tank top tucked in, white backdrop.
    # caption: caption adapter; wearing: VQA adapter
    case(
        "X482-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("beige"),
        color_pants("black", "other_garment_color"),
        D.wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        D.details("the pants are wide"),
        D.material("the pants are made of", "cut"),
        title="SASSAFRAS Women Beige Wide Leg High-Rise Parallel Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: grey and black checked straight trousers with a white knit top tucked in, grey wall, front view.
    # color_pants (open): caption adapter
    case(
        "X482-033",
        caption("a woman in grey plaid pants and a white sweater"),
        D.pattern("checked"),
        D.color("grey"),
        D.wearing("a white sweater and grey pants"),
        D.description("they are pants", "non_answer"),
        D.details("the pants have a pocket on the back", "unsupported"),
        color_of(
            "pants",
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="Trendyol Women Grey & Black Checked Straight Fit Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: maroon wide culottes ending below the knee, worn with a white tee and white sneakers, white backdrop.
    # wearing: caption adapter; color_shirt (open): VQA adapter
    case(
        "X482-034",
        caption("a woman in a white t shirt and red pants"),
        color_trousers("red"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are",
            "contradiction",
            hit_limit=True,
        ),
        D.color("red"),
        D.garment_type("shorts", "contradiction"),
        D.material("it is made of a soft fabric", "non_answer"),
        color_of(
            "shirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="ONLY Women Maroon Solid Culottes",
        category="Trousers",
        color="Maroon",
        gender="Women",
    ),
    # photo: white bootcut trousers worn with a pink top, front view, grey backdrop. The feed row has no gender.
    # all base model and reference engine
    case(
        "X482-035",
        caption("a woman in a pink top and white pants"),
        D.color("white"),
        color_top("pink"),
        D.wearing("a pink shirt and white pants"),
        D.material("polyester"),
        is_a("skirt", "no"),
        title="Chemistry Women White Solid Bootcut Trousers",
        category="Trousers",
        color="White",
    ),
    # photo: mustard A-line midi skirt with a black tee tucked in, white backdrop.
    # cloth: VQA adapter; description: caption adapter
    case(
        "X482-036",
        caption("a woman in a yellow skirt and black shirt"),
        D.color("black", "other_garment_color"),
        color_skirt("yellow"),
        D.wearing("a black t - shirt and a yellow skirt"),
        cloth(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Mustard Yellow Solid A-Line Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: black knee-length flared skirt with a white daisy print, pink crop top tucked in, outdoors in front of
    # a white painted wall.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X482-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with chiffon fabric and floral patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_skirt("white", "contradiction"),
        D.pattern("floral"),
        D.wearing("a pink top and black floral skirt"),
        D.description("the skirt is black with white flowers"),
        D.material("black and white", "restated"),
        cloth(
            "skirt Question: What is the color of the skirt? Answer: black Question: What is the color of the top? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black & White Floral Print Flared Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: blue denim mini skirt with a button front, white tee tucked in, white backdrop.
    # description: VQA adapter
    case(
        "X482-038",
        caption("a woman in a denim skirt and white t-shirt"),
        D.material("denim"),
        D.color("blue"),
        D.details("buttons on the front"),
        D.wearing(
            "a white shirt and a blue jean skirt Question: What is the person wearing? Answer: a white shirt and a "
            "blue jean skirt",
            "leak",
        ),
        is_a("skirt", "yes"),
        D.description(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Blue Solid Denim Mini A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: sage green satin bias-cut midi skirt, cream knit top tucked in, beige wall behind.
    # description: caption adapter; cloth: VQA adapter
    case(
        "X482-039",
        caption("a woman in a green satin skirt and white sweater"),
        color_skirt("green"),
        D.material("silk", "unsupported"),
        D.wearing("a white sweater and a green skirt"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. It has a round neckline. The skirt is with satin fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        cloth(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        title="AND Women Green Solid Satin Slip Midi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: red and black tartan pleated mini skirt, black tee, black ankle boots, grey backdrop.
    # color_skirt (open): caption adapter
    case(
        "X482-040",
        caption("a woman in a red plaid skirt and black top"),
        D.pattern("checked"),
        D.color("red"),
        D.wearing("he is wearing a red skirt and a black shirt", "pronoun"),
        D.details("the skirt is pleated"),
        D.material("wool", "unsupported"),
        color_of(
            "skirt",
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. It",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="Berrylush Women Red & Black Checked Pleated Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: peach longline open-front shrug with three-quarter sleeves over a white tank top and blue jeans, white
    # backdrop.
    # material: caption adapter; details: VQA adapter
    case(
        "X482-041",
        caption("a woman in a pink cardigan and white top"),
        color_shrug("pink"),
        D.color("white", "other_garment_color"),
        D.wearing("a white top and a pink cardigan"),
        D.garment_type("cardigan"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Peach-Coloured Solid Longline Open Front Shrug",
        category="Shrug",
        color="Peach",
        gender="Women",
    ),
    # photo: black sheer lace shrug with short sleeves worn over a red slip dress, white backdrop.
    # wearing: VQA adapter
    case(
        "X482-042",
        caption("a woman in a red dress with a black lace jacket"),
        D.color("red", "other_garment_color"),
        color_shrug("black"),
        D.material("lace"),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.details("black lace with a flower pattern"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Sera Women Black Sheer Lace Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: white crochet longline shrug with short sleeves over a black tank top and denim shorts, white backdrop.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X482-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. It has a round neckline. The shorts are with denim fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white crochet cardigan"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.description("a white knit sweater with holes"),
        D.material("cotton"),
        D.details("the cardigan has buttons", "unsupported"),
        cloth(
            "tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank "
            "tank tank tank tank tank tank tank tank tank",
            "loop",
            hit_limit=True,
        ),
        title="Kassually Women White Crochet Longline Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: black single-breasted blazer over a white tee, blue jeans, white backdrop.
    # details, color_jacket (open): caption adapter
    case(
        "X482-044",
        caption("a woman in a black blazer and white shirt"),
        D.wearing("he is wearing a black jacket", "pronoun"),
        D.color("white", "other_garment_color"),
        color_blazer("black"),
        D.garment_type("jacket"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="ONLY Women Black Solid Single-Breasted Casual Blazer",
        category="Blazers",
        color="Black",
        gender="Women",
    ),
    # photo: beige and brown checked double-breasted blazer over a black turtleneck, black trousers, grey backdrop.
    # caption: caption adapter
    case(
        "X482-045",
        caption(
            "The lady wears a long-sleeve suit with lattice patterns and a long trousers. The suit is with cotton "
            "fabric. It has a suit neckline. The lady wears a long-sleeve suit with lattice patterns and a long",
            "loop",
            hit_limit=True,
        ),
        D.color("beige"),
        D.pattern("checked"),
        D.wearing("a tan plaid jacket and black pants"),
        color_blazer("black", "other_garment_color"),
        D.material("tweed", "unsupported"),
        title="Harpa Women Beige & Brown Checked Double-Breasted Blazer",
        category="Blazers",
        color="Beige",
        gender="Women",
    ),
    # photo: hot pink blazer worn open over a white camisole, white trousers; she sits on a white cube, plain white
    # backdrop.
    # description: VQA adapter
    case(
        "X482-046",
        caption("a woman in a pink suit sitting on a white box"),
        D.wearing("a pink blazer and white pants"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.description(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        D.details("two buttons and pockets"),
        color_pants("pink", "other_garment_color"),
        D.material("velvet", "unsupported"),
        title="Vero Moda Women Pink Solid Regular Fit Single-Breasted Blazer",
        category="Blazers",
        color="Pink",
        gender="Women",
    ),
]
