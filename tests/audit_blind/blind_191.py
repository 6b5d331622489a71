"""BLIND_191 (46 products; Myntra-like women's western and ethnic wear, base + adapters + engine): written blind in
the thirty-eighth session. Measured blind at fcf65f5 (the session's first rules): 113/134 failures found (84.3%) and
25/158 correct texts flagged (15.8%). The writer's notes, verbatim:

Scenario:
The original BLIP-2 experiments re-run on a Myntra-like women's catalog that mixes western wear (tops, t-shirts,
dresses, jeans, trousers, skirts) with ethnic wear (kurtas, kurta sets with palazzos or trousers and dupattas,
sarees, dupattas sold alone). One photo per product, as on the listing page: mostly a model in a styled outfit (the
product plus the pieces it is styled with), one dupatta shot flat with no model. The catalog columns are the feed's:
title, category, the seller's color, and gender; a few rows lack gender, as real feeds do. Each product was run
through one configuration, as an evaluation sheet would be assembled: a caption and the open answers from one model,
the closed answers from the reference engine.

Who wrote what:
- Captions: the untuned base Salesforce/blip2-opt-2.7b (short lowercase captions, stops on its own), or one of the
  caption-tuned adapters (Data2_V2 epoch 1 "[ep1]" and epoch 3 "[ep3]"), which write the DeepFashion-MultiModal
  template ("The lady wears a short-sleeve T-shirt with pure color patterns ...", no hue names) and never stop:
  every adapter caption ran to the 50-token limit (hit_limit=True), ending mid-sentence, looping back to its first
  sentence, or, rarely, running out exactly at a sentence end.
- Open answers (wearing, description, details, material, and the set's own open questions): the untuned base
  ("[base]"), the caption adapters (which answer every prompt with the caption template), or the VQA adapter
  Data3_V3 ("[vqa]", trained on In-shop "What cloth..." / "What is the color of the {garment}?" pairs, so it
  answers in In-shop class words and colors, loops, and echoes the `Question: ... Answer:` format). Every adapter
  answer ran to the 30-token limit (hit_limit=True), including the short clean ones, whose remaining tokens were
  padding that decodes to nothing. The base never hits the limit.
- Closed answers (garment_type, color, pattern, sleeve_length, "Is this a ...?"): the reference engine, which ranks
  a closed candidate list; it never loops or hits a limit, and fails by ranking the wrong candidate (often a
  color or pattern of another piece in the styled photo). The configuration is noted on each product's comment.

Labeling conventions and judgement calls:
- Counts: 292 texts, 158 correct and 134 failures (contradiction 30, loop 22, cut 18, unsupported 16, restated 15,
  non_answer 12, other_garment_color 10, leak 7, pronoun 4). Each failure carries the one kind an auditor looking
  at the photo would see first.
- A shade or family word for the seller's color is correct: "dark blue" for Navy Blue, "yellow" for Mustard,
  "orange" for Rust, "pink" for Magenta, "purple" for Lavender, "white"/"off white" for Cream or Off White, "red"
  for Maroon, "green" for Olive or Teal, "blue" for Teal Blue; Peach called "pink" is counted correct. Navy answered
  "black" by the engine is `contradiction` (the photo shows navy), as are the white dots of a navy dress given as its
  color.
- Sets are named piece by piece: "a yellow kurta with white pants and a pink dupatta" for a Yellow kurta set is
  correct, and so is each piece's own color asked of it. A color of one piece given to another piece that is not
  the product (the pants called "white" because the shirt is; the dupatta "yellow" like the kurta) is
  `contradiction`; the product's own color answered with another piece's color (jeans "white" for the tee, a pink
  anarkali set "gold" for its dupatta, a mustard saree "green" for its blouse) is `other_garment_color`.
- Garment synonyms counted correct: tunic / top / shirt for a kurta (the In-shop "shirt" of the caption adapters for
  a kurta is tolerated, and "blouse" in a VQA loop is judged as a loop), kurti / top for a short kurti, sari for
  saree, scarf for dupatta, pants / trousers for palazzos and for wide-leg jeans, blouse for a top, tee / crop top
  for a t-shirt, polo shirt for a polo t-shirt, anarkali dress / salwar suit for an anarkali set. Not tolerated:
  "dress" for a kurta, a kurta set or a saree, "tank top and long skirt" for a saree, "a black dress" for a skirt
  worn with a tee, "shirt" for a shirt dress (engine's garment_type), a shirt worn by a lady for a dupatta laid
  flat, "no" to "Is this a kurta?" for a kurti: these are `contradiction`.
- A material the title names is correct even where a naive reading differs ("leather" for Faux Leather, "cotton"
  for Pure Cotton, "organza"). A material that contradicts the title (chiffon for a net saree) is `contradiction`;
  one nothing in the photo or title supports (denim for twill cargo trousers) is `unsupported`. The base's "silk"
  for a Banarasi saree, "denim" for jeans and "cotton" for a plain tee are counted correct.
- Caption-adapter template returned for a question it does not answer (a color, a material, the details) is
  `restated`, even where it happens to name a fabric. The same template returned for "What is the person
  wearing?" or "Describe the garment." does answer it, so it is judged on its end (`cut` when it stops mid-phrase).
  A template text that misnames the product (a saree as a sleeveless dress, a flat dupatta as a lady's shirt) is
  `contradiction` even when it also loops or is cut: the wrong garment is what the auditor sees first. Otherwise a
  template caption that goes back to its first sentence is `loop`, and one that stops mid-phrase is `cut`.
- A VQA-adapter answer that repeats one word or clause to the limit is `loop` whatever the word ("skirt skirt ..."
  for a saree, "white white ..." for a pink skirt).
- A template caption that ran out exactly at a sentence end with nothing wrong in it is correct (hit_limit=True);
  so are short clean VQA-adapter answers ("dress", "pink", "sweater") that hit the limit on padding. The one that
  ran out at a sentence end after inventing a ring is `unsupported`.
- VQA-adapter echoes of the prompt format ("Question: What is the color of ... Answer: ...") are `leak` even when
  they also repeat; so is the base's bare "Answer: cotton".
- Details or descriptions that only give the right garment name or the color back ("it is a saree", "they are
  black", "the details of the dress", "dress", "pants", "tank top", "yes") are `non_answer`, as is a color or a
  garment name given to the material question. Terse but real details ("oversized", "pleated", "paris" for a
  text-print tee, "side pockets") are correct.
- Invented parts not visible in the photo (back zipper, back pockets in a front shot, a chest logo or pocket, a
  picture on a text-only print, a slit, a belt, tassels, a mandarin collar on a round neck, a ring) are
  `unsupported`. "she"/"lady"/"female"/"person" for the model is correct; "man"/"he"/"gentleman" is `pronoun`,
  also where the feed has no gender (the photo shows a woman).
- An accessory given as what the person wears ("earrings") is `contradiction`; the engine's "sleeveless" for puff
  sleeves and "striped" for an ikat print or for a plain skirt worn with a striped tee are `contradiction`.
- A partial but true answer to "What is the person wearing?" (only the styled sweater, on a jeans listing; the base's
  "white pants" for cream trousers next to a white shirt) is correct; "a white shirt and white jeans" for blue jeans
  is the one-color-for-every-garment failure, `contradiction`.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "open")
color_top = question("color_top", "What is the color of the top?", "open")
color_palazzos = question("color_palazzos", "What is the color of the palazzos?", "open")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "open")
saree_border = question("border", "What is the border of the saree?", "open")
kurta_neckline = question("neckline", "What is the neckline of the kurta?", "open")

W = "Women"

BLIND_191 = [
    # navy round-neck short-sleeve top, light blue jeans, white studio wall [base caption, base open]
    case(
        "X191-001",
        caption("a woman wearing a dark blue top and jeans"),
        D.wearing("a blue top and jeans"),
        D.garment_type("top"),
        D.color("black", "contradiction"),
        D.details("it has a round neck and short sleeves"),
        gender=W,
        title="Women Navy Blue Solid Regular Top",
        category="Tops",
        color="Navy Blue",
    ),
    # sleeveless mustard top with a ruffle at the neckline, black trousers [ep3 caption, vqa open]
    case(
        "X191-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "chiffon fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top tank "
            "top tank top tank top tank",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("top"),
        D.color("yellow"),
        D.sleeve_length("sleeveless"),
        D.details("tank top", "non_answer", hit_limit=True),
        D.material("yellow", "non_answer", hit_limit=True),
        D.description(
            "the tank top is yellow the tank top is yellow the tank top is yellow the tank top is yellow the tank top "
            "is yellow the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Mustard Yellow Ruffled Top",
        category="Tops",
        color="Mustard",
    ),
    # white shirt-style top, thin black vertical stripes, no pockets, sleeves rolled, tucked into black trousers [base]
    case(
        "X191-003",
        caption("a woman in a striped shirt and black pants"),
        D.wearing("a white shirt and black pants"),
        D.garment_type("shirt"),
        D.color("white"),
        D.description("a white shirt with black stripes"),
        D.details("it has a collar and a pocket on the chest", "unsupported"),
        color_pants("white", "contradiction"),
        gender=W,
        title="Women White & Black Striped Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # peach top with white thread embroidery on the yoke, three-quarter sleeves, white jeans [ep1 caption, ep1 open]
    case(
        "X191-004",
        caption(
            "The lady is wearing a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "lady is wearing a medium-sleeve shirt with graphic patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady is wearing a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.color("peach"),
        D.pattern("embroidered"),
        D.sleeve_length("three-quarter sleeves"),
        D.description(
            "The lady is wearing a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady is wearing a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "The lady is wearing a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Women Peach-Coloured Embroidered Top",
        category="Tops",
        color="Peach",
    ),
    # black off-shoulder long-sleeve top, blue jeans, sunglasses in hand [base caption, vqa open]
    case(
        "X191-005",
        caption("a woman in a black off the shoulder top and jeans"),
        D.wearing("blouse", hit_limit=True),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.description(
            "the blouse is black the blouse is black the blouse is black the blouse is black the blouse is black "
            "the blouse is",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "Question: What is the color of the blouse? Answer: black Question: What is the color of the pants? "
            "Answer: blue",
            "leak",
            hit_limit=True,
        ),
        D.material("blouse", "non_answer", hit_limit=True),
        title="Women Black Off-Shoulder Bardot Top",
        category="Tops",
        color="Black",
    ),
    # teal satin wrap top tied at the waist, short puff sleeves, white trousers [base]
    case(
        "X191-006",
        caption("a woman wearing a green top and white pants"),
        D.color("teal"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a green blouse with a tie at the waist"),
        D.details("it has a bow on the front and a zipper on the back", "unsupported"),
        gender=W,
        title="Women Teal Green Wrap Top",
        category="Tops",
        color="Teal",
    ),
    # white round-neck tee printed with the word "PARIS" only (text, no picture), blue jeans [ep3 caption, base open]
    case(
        "X191-007",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns. "
            "The lady wears a short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and jeans"),
        D.color("white"),
        D.description("a white t-shirt with the eiffel tower on it", "unsupported"),
        D.details("paris"),
        D.material("cotton"),
        gender=W,
        title="Women White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # short-haired model in a plain black oversized drop-shoulder tee, grey joggers, white sneakers [base]
    case(
        "X191-008",
        caption("a woman wearing a black t-shirt and grey pants"),
        D.wearing("he is wearing a black t-shirt and grey pants", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("grey", "other_garment_color"),
        D.description("a black t-shirt with a white logo on the chest", "unsupported"),
        D.details("oversized"),
        color_pants("grey"),
        gender=W,
        title="Women Black Solid Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # pink and white horizontal-striped crop tee, high-waist blue jeans [ep1 caption, vqa open]
    case(
        "X191-009",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. Her waist",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("crop top"),
        D.color("pink"),
        color_of("t-shirt", "pink", kind="open", hit_limit=True),
        D.description(
            "Question: Is this a tee? Answer: yes Question: Is this a tee? Answer: yes Question: Is this a tee? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Women Pink Striped Crop T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # short-haired model in an olive polo with collar and three buttons, beige chinos [base]
    case(
        "X191-010",
        caption("a man in a green polo shirt and khaki pants", "pronoun"),
        D.wearing("a polo shirt"),
        D.color("beige", "other_garment_color"),
        D.description("a green polo shirt with a collar and buttons"),
        D.details("the collar and the buttons"),
        gender=W,
        title="Women Olive Green Solid Polo T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # lavender boxy tee with a small floral chest print, white denim shorts, wristwatch [ep3 caption, ep3 open]
    case(
        "X191-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.pattern("printed"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its",
            "restated",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its",
            "restated",
            hit_limit=True,
        ),
        title="Women Lavender Printed Boxy T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # black knee-length fit-and-flare dress with small pink and white flowers, flutter sleeves, v-neck [base]
    case(
        "X191-012",
        caption("a woman in a black floral dress"),
        D.wearing("a black floral dress"),
        D.color("black"),
        D.description("a black dress with pink flowers"),
        D.details("v-neck, short sleeves, floral print"),
        gender=W,
        title="Women Black Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # maroon sleeveless halter-neck maxi dress, floor length [ep3 caption, vqa open]
    case(
        "X191-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is long. The lady wears a sleeveless dress with pure color patterns. The "
            "dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("dress", hit_limit=True),
        D.color("maroon"),
        D.sleeve_length("sleeveless"),
        color_of("dress", "red", kind="open", hit_limit=True),
        D.description(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.details("dress", "non_answer", hit_limit=True),
        gender=W,
        title="Women Maroon Solid Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # blue and white vertical-striped shirt dress, collar, self belt, sleeves rolled to the elbow, knee length [base]
    case(
        "X191-014",
        caption("a woman in a blue and white striped shirt dress"),
        D.wearing("a striped shirt dress"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.details("it has a collar, buttons and a belt"),
        D.material("Answer: cotton", "leak"),
        gender=W,
        title="Women Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # yellow midi dress with small white flowers, square neck, puff short sleeves [ep1 caption, ep1 open]
    case(
        "X191-015",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of medium length. The lady also wears a pair of",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("floral"),
        color_of(
            "dress",
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Women Yellow Floral A-Line Midi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # red long-sleeve bodycon dress, square neck, knee length, no slit [base]
    case(
        "X191-016",
        caption("a woman in a red dress posing for a photo"),
        D.wearing("a red dress"),
        D.color("red"),
        D.description("a red dress with a slit on the side", "unsupported"),
        D.details("the details of the dress", "non_answer"),
        gender=W,
        title="Women Red Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # green tiered maxi dress, small white ethnic print, v-neck with tassel ties, short sleeves [base caption, vqa]
    case(
        "X191-017",
        caption("a woman in a green and white dress standing in front of a white wall"),
        D.wearing(
            "Question: What is the color of the dress? Answer: green Question: What is the color of the dress? "
            "Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("short sleeves"),
        D.details(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        D.material("green", "non_answer", hit_limit=True),
        D.description("dress", "non_answer", hit_limit=True),
        gender=W,
        title="Women Green Ethnic Motifs Printed Tiered Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # navy wrap midi dress with white polka dots, tie at the waist, three-quarter sleeves [ep3 caption, base open]
    case(
        "X191-018",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of medium length. There is a belt on the dress. The lady wears a "
            "medium-",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.description("a navy blue dress with white polka dots"),
        gender=W,
        title="Women Navy Blue Polka Dot Wrap Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # white tee tucked into mid-blue skinny jeans, full-length front shot [base]
    case(
        "X191-019",
        caption("a woman in a white shirt and blue jeans"),
        D.wearing("a white shirt and white jeans", "contradiction"),
        D.color("white", "other_garment_color"),
        D.description("a pair of blue jeans"),
        D.details("they are skinny"),
        D.material("denim"),
        gender=W,
        title="Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # black wide-leg high-rise jeans, cream long-sleeve knit top [ep3 caption, vqa open]
    case(
        "X191-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "lady wears a long-",
            "cut",
            hit_limit=True,
        ),
        D.wearing("sweater", hit_limit=True),
        D.garment_type("trousers"),
        D.color("black"),
        color_of(
            "jeans",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.material("denim", hit_limit=True),
        D.description("pants", "non_answer", hit_limit=True),
        gender=W,
        title="Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # light-wash boyfriend jeans ripped at the knees, black crop top, front shot [base]
    case(
        "X191-021",
        caption("a man in a black top and ripped jeans", "pronoun"),
        D.wearing("ripped jeans"),
        D.color("light blue"),
        D.description("light blue jeans with holes in the knees"),
        D.details("the jeans have holes in the knees and pockets on the back", "unsupported"),
        color_top("black"),
        gender=W,
        title="Women Light Blue Boyfriend Fit Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # grey washed straight jeans, white long-sleeve shirt [ep1 caption, ep1 open]
    case(
        "X191-022",
        caption(
            "The person is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The person wears a long-sleeve "
            "shirt with pure color patterns and a long pants. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The person is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("grey"),
        color_of(
            "jeans",
            "The person is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        D.material(
            "The person is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants",
            "restated",
            hit_limit=True,
        ),
        D.description(
            "The person is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Women Grey Straight Fit Jeans",
        category="Jeans",
        color="Grey",
    ),
    # beige high-waist pleated trousers without a belt, black tank top [base]
    case(
        "X191-023",
        caption("a woman in a black top and beige pants"),
        D.wearing("beige pants and a black top"),
        D.color("black", "other_garment_color"),
        D.description("a pair of khaki pants with a belt", "unsupported"),
        D.details("pleats on the front"),
        color_top("beige", "contradiction"),
        gender=W,
        title="Women Beige Solid Pleated Trousers",
        category="Trousers",
        color="Beige",
    ),
    # cream wide-leg linen-blend trousers with drawstring waist, white shirt [base caption, vqa open]
    case(
        "X191-024",
        caption("a woman wearing a white shirt and white pants"),
        D.wearing("pants", hit_limit=True),
        D.color("off white"),
        color_of("pants", "white", kind="open", hit_limit=True),
        D.details(
            "Question: What is the color of the pants? Answer: white Question: What is the color of the pants? "
            "Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Cream Linen Blend Wide Leg Trousers",
        category="Trousers",
        color="Cream",
    ),
    # woman in black slim formal trousers, light pink shirt tucked in, black heels [ep3 caption, base open]
    case(
        "X191-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "The gentleman",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and black pants"),
        D.color("pink", "other_garment_color"),
        D.description("black dress pants"),
        D.details("they are black", "non_answer"),
        title="Women Black Formal Slim Fit Trousers",
        category="Trousers",
        color="Black",
    ),
    # olive twill cargo trousers with side flap pockets, white crop tee [base]
    case(
        "X191-026",
        caption("a woman wearing a white crop top and green cargo pants"),
        D.wearing("cargo pants"),
        D.color("white", "other_garment_color"),
        D.description("green cargo pants with pockets"),
        D.details("side pockets"),
        D.material("denim", "unsupported"),
        color_top("green", "contradiction"),
        gender=W,
        title="Women Olive Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # black accordion-pleated midi skirt, white tee tucked in [base]
    case(
        "X191-027",
        caption("a woman in a white t-shirt and black pleated skirt"),
        D.wearing("a white shirt and a black dress", "contradiction"),
        D.color("black"),
        D.description("a long black skirt with pleats"),
        color_top("black", "contradiction"),
        gender=W,
        title="Women Black Pleated Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # blue denim A-line mini skirt with front buttons, navy and white striped tee [ep3 caption, ep3 open]
    case(
        "X191-028",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with denim fabric and pure color patterns. The "
            "lady wears a short-sleeve T-shirt with striped patterns and a short skirt. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with striped patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.material(
            "The lady wears a short-sleeve T-shirt with striped patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a short-sleeve T-shirt with striped patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # pink flared maxi skirt with a red and white floral print, white top [base caption, vqa open]
    case(
        "X191-029",
        caption("a woman in a pink floral skirt and white top"),
        D.wearing("skirt", hit_limit=True),
        D.color("pink"),
        D.pattern("floral"),
        color_of(
            "skirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description("yes", "non_answer", hit_limit=True),
        D.details(
            "Question: What is the color of the skirt? Answer: pink Question: What is the color of the skirt? Answer: "
            "pink Question:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Women Pink Floral Printed Flared Maxi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # brown faux-leather knee-length pencil skirt, black turtleneck, front shot [ep1 caption, base open]
    case(
        "X191-030",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a medium skirt. The sweater is with "
            "knitting fabric and its neckline is standing. The skirt is with leather fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sweater and a brown leather skirt"),
        D.color("black", "other_garment_color"),
        D.description("a brown leather skirt"),
        D.details("it has a zipper on the back", "unsupported"),
        D.material("leather"),
        gender=W,
        title="Women Brown Faux Leather Pencil Skirt",
        category="Skirts",
        color="Brown",
    ),
    # yellow straight kurta with small pink flowers, white palazzos, pink dupatta over one shoulder [base]
    case(
        "X191-031",
        caption("a woman in a yellow kurta with white pants and a pink dupatta"),
        D.wearing("a yellow kurta and white palazzo pants"),
        D.color("yellow"),
        D.pattern("floral"),
        color_palazzos("white"),
        color_dupatta("yellow", "contradiction"),
        gender=W,
        title="Women Yellow Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # navy long-sleeve kurta with white ethnic motifs, matching navy printed palazzos [ep3 caption, vqa open]
    case(
        "X191-032",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and graphic patterns. The lady "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("dress", "contradiction", hit_limit=True),
        D.garment_type("kurta"),
        D.color("navy blue"),
        color_palazzos("blue", hit_limit=True),
        D.details(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        D.material("blue", "non_answer", hit_limit=True),
        gender=W,
        title="Women Navy Blue Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # ankle-length pink anarkali kurta, gold embroidery on the yoke only, pink trousers, gold-edged dupatta [base]
    case(
        "X191-033",
        caption("a woman in a pink anarkali dress with gold embroidery"),
        D.wearing("a pink salwar suit"),
        D.garment_type("kurta"),
        D.color("gold", "other_garment_color"),
        D.description("a pink anarkali with gold embroidery on the neck"),
        D.details("gold embroidery on the yoke and sleeves", "unsupported"),
        color_dupatta("gold"),
        gender=W,
        title="Women Pink Embroidered Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # green straight cotton kurta with a white block-printed hem and side slits, green palazzos, bangles
    # [ep1 caption, base open]
    case(
        "X191-034",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green dress", "contradiction"),
        D.color("green"),
        D.details("it has side slits and a white border"),
        D.material("cotton"),
        gender=W,
        title="Women Green Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # black straight kurta with gold foil print, gold-beige palazzos [base]
    case(
        "X191-035",
        caption("a woman in a black and gold dress", "contradiction"),
        D.wearing("a black kurta and gold pants"),
        D.garment_type("kurta"),
        D.color("black"),
        color_palazzos("black", "contradiction"),
        D.details("gold print on the front and the back", "unsupported"),
        gender=W,
        title="Women Black Printed Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # off-white chikankari kurta with white thread embroidery, matching palazzos [ep3 caption, ep3 open]
    case(
        "X191-036",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "female",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The female wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("white"),
        D.pattern("embroidered"),
        D.details(
            "The female wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its",
            "restated",
            hit_limit=True,
        ),
        D.description(
            "The female wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Women Off White Chikankari Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # rust knee-length kurta with mandarin collar, three-quarter sleeves, white leggings [base caption, vqa open]
    case(
        "X191-037",
        caption("a woman in an orange kurta and white leggings"),
        D.wearing("dress", "contradiction", hit_limit=True),
        D.garment_type("kurta"),
        D.color("orange"),
        kurta_neckline(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Rust Orange Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # calf-length blue and white ikat-print A-line kurta, round neck, no pockets, blue trousers [base]
    case(
        "X191-038",
        caption("a woman wearing a blue and white printed tunic"),
        D.wearing("a blue tunic"),
        D.garment_type("kurta"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.description("a blue and white tunic with a mandarin collar", "unsupported"),
        D.details("it has a pocket on the side", "unsupported"),
        title="Women Blue Ikat Print A-Line Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # magenta hip-length kurti, v-neck, elbow sleeves, blue jeans, no jewellery on the hands [ep1 caption, vqa open]
    case(
        "X191-039",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The pants are with denim fabric and pure color patterns. There is a "
            "ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("top"),
        D.color("pink"),
        color_of("kurti", "pink", kind="open", hit_limit=True),
        is_a("kurta", "no", "contradiction"),
        D.details(
            "Question: What cloth is the person wearing? Answer: blouse Question: What cloth is the person wearing? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Women Magenta Solid Straight Kurti",
        category="Kurtas",
        color="Magenta",
    ),
    # red Banarasi saree with gold zari border and buttis, draped, red blouse, gold jewellery [base]
    case(
        "X191-040",
        caption("a woman in a red and gold saree"),
        D.wearing("a red sari"),
        D.color("red"),
        D.description("a red silk saree with gold border"),
        D.material("silk"),
        saree_border("gold"),
        gender=W,
        title="Women Red & Gold-Toned Zari Banarasi Saree",
        category="Sarees",
        color="Red",
    ),
    # teal georgette saree with a sequinned border, matching sleeveless blouse [ep3 caption, ep3 open]
    case(
        "X191-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is long. There is an accessory on her wrist. The lady wears a sleeveless dress with pure color patterns. "
            "The dress is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is long. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("saree"),
        D.color("blue"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is long. There",
            "restated",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is long. There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is long. There is",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Women Teal Blue Georgette Saree",
        category="Sarees",
        color="Teal",
    ),
    # mustard cotton saree with small green prints and a green border (plain pallu edge), green blouse [base]
    case(
        "X191-042",
        caption("a woman in a yellow and green sari"),
        D.color("green", "other_garment_color"),
        D.description("a yellow sari with a green border"),
        D.details("a green border and a pallu with tassels", "unsupported"),
        D.material("cotton"),
        saree_border("green"),
        gender=W,
        title="Women Mustard & Green Printed Cotton Saree",
        category="Sarees",
        color="Mustard",
    ),
    # black sequinned net saree, sleeveless black blouse [ep1 caption, vqa open]
    case(
        "X191-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. The "
            "lady wears a sleeveless tank",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("saree"),
        D.color("black"),
        D.material("chiffon", "contradiction", hit_limit=True),
        is_a("saree", "yes"),
        D.description("dress", "contradiction", hit_limit=True),
        D.details(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Black Sequinned Net Saree",
        category="Sarees",
        color="Black",
    ),
    # peach organza saree with pastel floral print and scalloped border, large earrings [base]
    case(
        "X191-044",
        caption("a woman in a pink floral saree"),
        D.wearing("earrings", "contradiction"),
        D.garment_type("saree"),
        D.color("peach"),
        D.details("it is a saree", "non_answer"),
        D.material("organza"),
        title="Women Peach Organza Saree with Floral Print",
        category="Sarees",
        color="Peach",
    ),
    # pink bandhani dupatta with gold gota border, draped over a model in a plain white kurta, no tassels [base]
    case(
        "X191-045",
        caption("a woman in a white kurta with a pink scarf"),
        D.wearing("a white dress and a pink scarf", "contradiction"),
        D.garment_type("dupatta"),
        D.color("white", "other_garment_color"),
        D.description("a pink dupatta with a gold border"),
        D.details("gold lace on the edges and tassels", "unsupported"),
        gender=W,
        title="Women Pink & Gold-Toned Bandhani Dupatta",
        category="Dupatta",
        color="Pink",
    ),
    # green chanderi dupatta with zari border laid flat on a white background, no model [ep3 caption, ep3 open]
    case(
        "X191-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady wears a "
            "long-",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long-sleeve shirt with",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("dupatta"),
        D.color("green"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long",
            "restated",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long-sleeve shirt",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long-sleeve",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Women Green Chanderi Silk Dupatta with Zari Border",
        category="Dupatta",
        color="Green",
    ),
]
