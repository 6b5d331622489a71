"""BLIND_207 (46 products; the original experiments' three models on a Myntra-like women's ethnic and western catalog):
written blind in the thirty-ninth session. Measured blind at 8b963bc (the session's rules as they stood): 79/94 failures
found (84.0%) and 7/128 correct texts flagged (5.5%). The writer's notes, verbatim:

Scenario:
    A Myntra-like women's catalog (kurtas, kurtis, kurta sets, tops, dresses, jeans) run through the three models of
    the original BLIP-2 experiments: the untuned base `Salesforce/blip2-opt-2.7b`, the caption-only LoRA adapter
    (`Data2_V2_Blip2_Finetune_Caption`, epoch 3) and the VQA LoRA adapter (`Data3_V3_BLIP2_VQA`, trained with the
    unmasked input ids as labels and no end-of-answer token). Every product gets a caption and the experiments' own
    open questions, worded for the product's garment ("What is she wearing?", "What is the color of the kurta?",
    "Describe the kurta.", "What are the kurta details?", and for tops the experiments' "What is the top color?"),
    plus two to four of enrich's default closed questions (garment type, color, pattern, sleeve length) answered by
    `--engine reference`, which ranks a closed list of candidate answers and keeps the raw text when the color is not
    on its list. Greedy decoding, 50 new tokens for captions and 30 for answers.

Who wrote what:
    Each product's comment says which model wrote its caption and which wrote its open answers; the closed answers
    are always the reference engine. Base model: lowercase, short captions ("a woman in a ...") and one-to-five word
    answers; it stops on the newline, so never hit_limit. Its failures are the ones CONTEXT.md lists for it: one
    color repeated for every garment (the jeans given the top's color), a wrong hue, "a man" / "he" for the model,
    bare "jeans" or "yes" as an answer, invented buttons/pockets/zips. Caption adapter: DeepFashion-MultiModal
    template sentences ("The lady wears a long-sleeve shirt with pure color patterns. ...") with DeepFashion's
    garment words only (shirt, tank top, dress, pants, leggings, skirt) and pattern words for color; it returns the
    template for every prompt, so its color answers carry no color. I treat it as usually stopping after the
    template (its training captions were padded with the end token), but long outfits run it into the 50-token
    limit, where it repeats the accessory sentence or stops mid-sentence (hit_limit=True there only). VQA adapter:
    never stops, so every one of its answers is hit_limit=True: it repeats its first word or phrase, runs on into a
    new "Question: ... Answer:" turn, or writes one long phrase that the limit cuts. The reference engine never hits
    a limit; its failures are a wrong candidate ranked first (the dupatta's or the jeans' color for the garment's,
    "dress" for an anarkali kurta, "solid" for a small print).

Labeling conventions and judgement calls:
    - A shade or family word for the seller's color is correct: "blue"/"navy" for Navy Blue, "yellow" for Mustard,
      "green" for Teal or Olive, "white"/"cream" for Off White, "red" for Maroon, "pink" for Peach, "beige" for
      Khaki, "pink" or "purple" for Mauve, "red" or "maroon" for Burgundy. A two-color striped garment may be
      named by either color ("blue" for a White seller color on a white-and-blue stripe). A different hue family
      is a contradiction ("purple" for Maroon, "black" for Navy Blue on a catalog photo where the navy is plainly
      lighter than the black trims).
    - Garment synonyms are correct: kurti/kurta/tunic; "salwar suit" for a kurta-with-palazzos set; "top",
      "blouse" or "shirt" for a shirt-style top; "denim pants" or "long pants ... denim fabric" for jeans. The
      caption adapter calling a hip-length kurti a "shirt" is accepted (its vocabulary has no kurta and the shape
      fits); calling a knee-length straight kurta a "dress" is a contradiction, except for the anarkali, where I let
      the base caption's "dress" stand but marked the reference engine's "dress" for garment type (the seller's
      category is a kurta and the closed list has "kurta" to pick).
    - Sets are named piece by piece in their own colors; a palazzo's green in a text about the palazzo is correct,
      the palazzo's green given as the kurta's color is other_garment_color.
    - The caption adapter's template returned for a color question is non_answer (it names no color, the question
      is not answered), even where its pattern word is right; the same template for "What is she wearing?" or
      "Describe the ..." is judged on its content like any caption.
    - Template accessories not in the photo ("There is a ring on her finger", "sunglasses") are unsupported; a
      material the title names (cotton, rayon, denim, georgette) is supported; a fabric the title does not name and
      the photo cannot show is unsupported ("silk" for a rayon kurta is, I judged, invented rather than a seller
      contradiction). The caption adapter's template fabric words are accepted where the photo bears them out
      (denim for jeans, cotton for a plain cotton-look kurti or trousers, chiffon for a sheer georgette top).
    - Where one text has two faults (the caption adapter's "His shirt has ..." answering the top color), the label
      is the one seen first for that question: no color given, so non_answer.
    - A VQA-adapter answer whose first word is right but then repeats is a loop, not correct; one that starts a new
      "Question:" turn is a leak even if the loop follows; one long non-repeating phrase cut at the limit is cut.
      A caption-adapter caption that runs out of tokens while repeating a sentence is a loop; while still adding new
      content, cut.
    - "jeans" for "What are the jeans details?" and "yes" for a describe prompt are non_answer; "the kurta is a
      kurta" style echoes of the prompt are restated.
    - Three-quarter sleeves called "long-sleeve" by the caption adapter I let pass; sleeveless called long-sleeve,
      or the reverse, is a contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

top_color = question("top_color", "What is the top color?", "open")
dupatta_details = question("dupatta_details", "What are the dupatta details?", "open")
jeans_color_q = question("jeans_color", "What is the jeans color?", "open")

W = "Women"

BLIND_207 = [
    # photo: model in a navy straight kurta with small white block-print motifs, white palazzos, studio grey backdrop
    # caption: base; open: base
    case(
        "X207-001",
        caption("a woman in a blue kurta with white print and white pants"),
        wearing("a kurta", who="she"),
        color_of("kurta", "blue", kind="open"),
        details("kurta", "it has a white print"),
        describe("kurta", "the kurta is blue with white flowers and it has a collar", "unsupported"),
        D.garment_type("kurta"),
        gender=W,
        title="Anouk Women Navy Blue Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # photo: mustard yellow plain A-line kurti with long sleeves and gota trim at hem, blue jeans, mules, bare hands
    # caption: caption adapter; open: caption adapter
    case(
        "X207-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("The lady wears a long-sleeve shirt with pure color patterns and a long denim pants.", who="she"),
        color_of(
            "kurti",
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants.",
            "non_answer",
            kind="open",
        ),
        details(
            "kurti",
            "The lady wears a long-sleeve shirt with pure color patterns. There is a ring on her finger.",
            "unsupported",
        ),
        D.color("yellow"),
        gender=W,
        title="Sangria Women Mustard Yellow Solid Cotton A-Line Kurti",
        category="Kurtis",
        color="Mustard",
    ),
    # photo: white shirt-style top with a collar and button placket, tucked into black skinny jeans
    # caption: base; open: VQA adapter
    case(
        "X207-003",
        caption("a woman in a white shirt and black jeans"),
        wearing(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            who="she",
            hit_limit=True,
        ),
        top_color(
            "white Question: What is the color of the pants? Answer: black Question: What is the color of the "
            "shirt? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        details(
            "top",
            "the top has a collar and buttons on the front and it is tucked into a pair of black jeans with a belt "
            "and a pair of",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        gender=W,
        title="Roadster Women White Solid Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # photo: black fit-and-flare dress with small pink and red flowers, short flutter sleeves, pale grey wall
    # caption: base; open: base
    case(
        "X207-004",
        caption("a woman in a black floral dress standing in front of a white wall"),
        wearing("a black dress with flowers", who="she"),
        describe("dress", "it is a black dress with red flowers"),
        details("dress", "floral"),
        color_of("dress", "pink", "contradiction", kind="open"),
        D.pattern("floral"),
        gender=W,
        title="SASSAFRAS Women Black Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # photo: model in a white crop top and mid-blue skinny jeans, white sneakers; the jeans are the product
    # caption: base; open: base
    case(
        "X207-005",
        caption("a woman in a white top and blue jeans posing for a photo"),
        wearing("jeans and a white top", who="she"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "jeans", "non_answer"),
        D.garment_type("jeans"),
        gender=W,
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: pink kurta with small green leaf print, solid green palazzos, green chiffon dupatta over one shoulder
    # caption: base; open: base
    case(
        "X207-006",
        caption("a woman wearing a pink kurta with green palazzo pants and a green dupatta"),
        wearing("a pink and green salwar suit", who="she"),
        color_of("palazzos", "green", kind="open"),
        color_of("kurta", "green", "other_garment_color", kind="open"),
        D.color("pink"),
        gender=W,
        title="Libas Women Pink & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # photo: teal straight kurti, long sleeves, tone-on-tone thread embroidery at the yoke, cream leggings, no jewellery
    # caption: caption adapter (ran to the limit); open: caption adapter
    case(
        "X207-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The lady wears a long leggings. There is "
            "an accessory on her wrist. There is an accessory on her wrist. There is an accessory on her wrist. "
            "There is an",
            "loop",
            hit_limit=True,
        ),
        describe("kurti", "The lady wears a long-sleeve shirt with pure color patterns and a long leggings."),
        color_of(
            "kurti",
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings.",
            "non_answer",
            kind="open",
        ),
        D.color("green"),
        title="Women Teal Embroidered Straight Kurti",
        category="Kurtis",
        color="Teal",
    ),
    # photo: maroon anarkali kurta, flared to mid-calf, gold foil print at the yoke, churidar, jhumkas
    # caption: base; open: base
    case(
        "X207-008",
        caption("a woman in a maroon dress with gold embroidery"),
        wearing("an anarkali suit", who="she"),
        color_of("kurta", "purple", "contradiction", kind="open"),
        describe("kurta", "it is a long flared kurta with gold print on the top"),
        D.garment_type("dress", "contradiction"),
        D.color("maroon"),
        gender=W,
        title="Vishudh Women Maroon Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # photo: light-blue mid-wash boyfriend jeans with rips at the knees, grey t-shirt, short-haired model, side view
    # caption: base; open: VQA adapter
    case(
        "X207-009",
        caption("a man in a grey t - shirt and ripped jeans", "pronoun"),
        wearing(
            "jeans and a t-shirt and a pair of sneakers and a pair of jeans and a t-shirt and a pair of sneakers "
            "and a pair of jeans and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jeans",
            "the jeans have a distressed look with holes on the knees and a button fly with a zipper on the side "
            "and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        gender=W,
        title="Kraus Jeans Women Blue Boyfriend Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: peach georgette top with ruffled sleeves, plain, white trousers
    # caption: caption adapter; open: caption adapter
    case(
        "X207-010",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. "
            "The neckline of it is round. The pants this lady wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There is a ring on her finger.",
            "unsupported",
        ),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants.",
            who="she",
        ),
        top_color("The lady wears a short-sleeve shirt with pure color patterns and a long pants.", "non_answer"),
        D.color("pink"),
        gender=W,
        title="Harpa Women Peach-Coloured Solid Georgette Top with Ruffles",
        category="Tops",
        color="Peach",
    ),
    # photo: olive green shirt dress with belt, long roll-up sleeves, knee length, brown boots
    # caption: base; open: base
    case(
        "X207-011",
        caption("a woman in a green shirt dress with a belt"),
        wearing("a dress", who="she"),
        color_of("dress", "green", kind="open"),
        describe("dress", "the dress is a dress", "restated"),
        details("dress", "it has a belt and pockets on the side", "unsupported"),
        D.color("olive"),
        gender=W,
        title="Tokyo Talkies Women Olive Green Solid Shirt Dress with Belt",
        category="Dresses",
        color="Olive",
    ),
    # photo: off-white chikankari straight kurta, white embroidery all over, white trousers
    # caption: base; open: VQA adapter
    case(
        "X207-012",
        caption("a woman in a white kurta with embroidery"),
        color_of(
            "kurta",
            "white Question: What is the color of the pants? Answer: white Question: What is the color of the "
            "pants? Answer: white",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a white kurta with embroidery a white kurta with embroidery a white kurta with embroidery a white "
            "kurta with embroidery a white",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "kurta and pants and kurta and pants and kurta and pants and kurta and pants and kurta and pants and "
            "kurta and pants and kurta and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.color("white"),
        gender=W,
        title="House of Chikankari Women Off-White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # photo: black high-rise skinny jeans, model in tucked-in red striped t-shirt
    # caption: caption adapter; open: caption adapter
    case(
        "X207-013",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. "
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        jeans_color_q(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long denim pants.", "non_answer"
        ),
        details(
            "jeans",
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color patterns.",
        ),
        D.color("black"),
        gender=W,
        title="ONLY Women Black Skinny Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: yellow kurta with white floral print, three-quarter sleeves, white palazzos, tan flats
    # caption: base; open: base
    case(
        "X207-014",
        caption("a woman wearing a yellow floral kurta and white palazzos"),
        wearing("a yellow and white kurta", who="she"),
        color_of("palazzos", "yellow", "other_garment_color", kind="open"),
        details("kurta", "it has buttons down the front and two pockets", "unsupported"),
        D.pattern("floral"),
        gender=W,
        title="GERUA Women Yellow & White Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # photo: red bodycon midi dress, sleeveless, square neck, plain
    # caption: base; open: VQA adapter
    case(
        "X207-015",
        caption("a woman in a red dress posing for a photo"),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            who="she",
            hit_limit=True,
        ),
        describe(
            "dress",
            "the dress is a sleeveless dress with a square neckline and a fitted bodice that is made of a stretchy "
            "material and it is",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "red Question: What is the color of the shoes? Answer: black Question: What is the color of the dress? "
            "Answer: red",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.color("red"),
        gender=W,
        title="Athena Women Red Solid Bodycon Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # photo: beige/khaki linen blend tunic kurti with a mandarin collar, long sleeves, blue jeans
    # caption: base; open: base
    case(
        "X207-016",
        caption("a woman in a white tunic and blue jeans", "contradiction"),
        wearing("a tunic and jeans", who="she"),
        color_of("kurti", "beige", kind="open"),
        D.color("beige"),
        gender=W,
        title="Fabindia Women Khaki Solid Linen Blend Tunic Kurti",
        category="Kurtis",
        color="Khaki",
    ),
    # photo: sleeveless black tank top, plain, with denim shorts; model in sunglasses pushed on her head
    # caption: caption adapter; open: caption adapter
    case(
        "X207-017",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. "
            "She wears a short denim shorts. There is an accessory on her head."
        ),
        describe("top", "Her tank top has sleeves cut off, cotton fabric and pure color patterns."),
        top_color("Her tank top has sleeves cut off, cotton fabric and pure color patterns.", "non_answer"),
        D.color("black"),
        gender=W,
        title="DressBerry Women Black Solid Cotton Tank Top",
        category="Tops",
        color="Black",
    ),
    # photo: green printed straight kurta, small white bandhani dots, round neck, three-quarter sleeves, green pants
    # caption: base; open: VQA adapter
    case(
        "X207-018",
        caption("a woman in a green kurta with white polka dots"),
        color_of(
            "kurta",
            "green and white and green and white and green and white and green and white and green and white and "
            "green and white and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a round neckline and three quarter sleeves Question: What is the color of the kurta? "
            "Answer: green Question",
            "leak",
            hit_limit=True,
        ),
        D.pattern("solid", "contradiction"),
        D.color("green"),
        gender=W,
        title="Biba Women Green Bandhani Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # photo: white and blue striped shirt dress, knee length, short sleeves, white sneakers
    # caption: base; open: base
    case(
        "X207-019",
        caption("a woman in a blue and white striped dress"),
        color_of("dress", "blue", kind="open"),
        details("dress", "the details are the details", "restated"),
        D.pattern("striped"),
        gender=W,
        title="Mast & Harbour Women White & Blue Striped Shirt Dress",
        category="Dresses",
        color="White",
    ),
    # photo: grey acid-wash straight jeans, white shirt knotted at the waist, close crop of the lower body too
    # caption: base; open: base
    case(
        "X207-020",
        caption("a woman in a white shirt and grey jeans"),
        color_of("jeans", "grey", kind="open"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details("jeans", "yes", "non_answer"),
        D.color("grey"),
        gender=W,
        title="Levis Women Grey Straight Fit Mid-Rise Acid Wash Jeans",
        category="Jeans",
        color="Grey",
    ),
    # photo: navy blue rayon kurta with gold foil print, matching navy trousers, gold dupatta with tassels
    # caption: caption adapter (ran to the limit); open: caption adapter
    case(
        "X207-021",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The pants "
            "this lady wears is of long length. The pants are with cotton fabric and pure color patterns. There is "
            "a scarf on her neck and she",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve dress with graphic patterns and a long pants.",
            who="she",
            failure="contradiction",
        ),
        dupatta_details("The lady wears a long-sleeve dress with graphic patterns and a long pants.", "non_answer"),
        D.color("navy"),
        gender=W,
        title="W Women Navy Blue Foil Printed Rayon Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # photo: white cotton top with black embroidered flowers at the neck, three-quarter sleeves, black jeans
    # caption: base; open: VQA adapter
    case(
        "X207-022",
        caption("a woman wearing a white top with black embroidery"),
        top_color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        describe(
            "top",
            "Answer: white Question: What is the color of the top? Answer: white Question: What is the color of "
            "the top? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a white top with black embroidery on the neckline and three quarter sleeves and a pair "
            "of black jeans that are",
            "cut",
            who="she",
            hit_limit=True,
        ),
        D.color("white"),
        gender=W,
        title="Global Desi Women White Embroidered Cotton Top",
        category="Tops",
        color="White",
    ),
    # photo: rust orange tiered maxi dress, small white floral print, sleeveless, straw hat in hand
    # caption: base; open: base
    case(
        "X207-023",
        caption("a woman in an orange dress holding a straw hat"),
        wearing("a long orange dress", who="she"),
        color_of("dress", "red", "contradiction", kind="open"),
        describe("dress", "it is a long dress with small white flowers"),
        details("dress", "a straw hat", "contradiction"),
        D.color("orange"),
        gender=W,
        title="Berrylush Women Rust Orange Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Rust",
    ),
    # photo: pink cotton kurti with white block print, short sleeves, blue jeans, model looking sideways
    # caption: caption adapter; open: caption adapter
    case(
        "X207-024",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants.",
            who="she",
            failure="contradiction",
        ),
        details("kurti", "The shirt is with cotton fabric and pure color patterns.", "contradiction"),
        D.pattern("printed"),
        gender=W,
        title="Rangmanch by Pantaloons Women Pink Block Print Cotton Kurti",
        category="Kurtis",
        color="Pink",
    ),
    # photo: dark blue high-rise mom jeans, cropped at ankle, black bodysuit, model with a shoulder bag
    # caption: base; open: VQA adapter
    case(
        "X207-025",
        caption("a woman in a black top and blue jeans with a bag"),
        color_of(
            "jeans",
            "blue Question: What is the color of the shirt? Answer: black Question: What is the color of the "
            "shirt? Answer: black",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jeans",
            "high waist high waist high waist high waist high waist high waist high waist high waist high waist "
            "high waist high waist",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans "
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.color("navy"),
        gender=W,
        title="Mango Women Navy Blue Mom Fit High-Rise Cropped Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # photo: purple georgette kurta with silver sequin work at the neck, straight, white palazzos, silver dupatta
    # caption: base; open: base
    case(
        "X207-026",
        caption("a woman in a purple kurta and white pants with a dupatta"),
        color_of("kurta", "purple", kind="open"),
        dupatta_details("it is silver"),
        color_of("palazzos", "purple", "other_garment_color", kind="open"),
        D.color("purple"),
        gender=W,
        title="Indo Era Women Purple Embellished Georgette Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # photo: white off-shoulder top with smocked elastic neckline, short puff sleeves, light denim shorts
    # caption: base; open: base
    case(
        "X207-027",
        caption("a woman wearing an off the shoulder white top and denim shorts"),
        wearing("a white top and shorts", who="she"),
        top_color("white"),
        details("top", "it has a zipper on the back", "unsupported"),
        D.sleeve_length("short sleeves"),
        gender=W,
        title="Trendyol Women White Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="White",
    ),
    # photo: lime green printed kurti with black paisley print, cap sleeves, black leggings
    # caption: caption adapter; open: VQA adapter
    case(
        "X207-028",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The lady wears a long leggings. The "
            "leggings are with cotton fabric and pure color patterns."
        ),
        color_of(
            "kurti",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a green shirt and black leggings and a pair of black shoes and a green shirt and black "
            "leggings and a pair",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details(
            "kurti",
            "the kurti has a round neck and short sleeves and a paisley print on the front and the back and the "
            "sleeves have a",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        gender=W,
        title="Aurelia Women Lime Green Paisley Printed Kurti",
        category="Kurtis",
        color="Lime Green",
    ),
    # photo: blue denim dress, button front, short sleeves, knee length, white sneakers, no rings or jewellery
    # caption: caption adapter; open: caption adapter
    case(
        "X207-029",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric. "
            "It has a lapel neckline. The lady wears a ring on her finger.",
            "unsupported",
        ),
        describe(
            "dress", "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric."
        ),
        color_of("dress", "The lady wears a short-sleeve dress with pure color patterns.", "non_answer", kind="open"),
        D.color("blue"),
        gender=W,
        title="Roadster Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # photo: cream straight kurta with red thread embroidery on the yoke, red palazzos, red dupatta
    # caption: base; open: base
    case(
        "X207-030",
        caption("a woman in a cream kurta with red pants and a red scarf"),
        wearing("a white kurta and red pants", who="she"),
        color_of("kurta", "cream", kind="open"),
        D.color("red", "other_garment_color"),
        D.garment_type("kurta"),
        gender=W,
        title="Anubhutee Women Cream & Red Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
    ),
    # photo: black flared jeans, model in a cropped white sweater, full-length side view
    # caption: base; open: base
    case(
        "X207-031",
        caption("a woman in a white sweater and black pants"),
        wearing("a white sweater and white jeans", "other_garment_color", who="she"),
        color_of("jeans", "black", kind="open"),
        D.garment_type("jeans"),
        gender=W,
        title="Bershka Women Black Flared High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: sky blue chiffon top with white polka dots, bell sleeves, tie at neck, white trousers
    # caption: base; open: VQA adapter
    case(
        "X207-032",
        caption("a woman in a blue polka dot blouse and white pants"),
        top_color(
            "blue and white polka dots blue and white polka dots blue and white polka dots blue and white polka dots "
            "blue and",
            "loop",
            hit_limit=True,
        ),
        describe(
            "top",
            "the top is a blouse with long bell sleeves and a tie at the neck and it is made of a sheer fabric "
            "with white",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a blouse and pants Question: What is the color of the blouse? Answer: blue Question: "
            "What is the color",
            "leak",
            who="she",
            hit_limit=True,
        ),
        D.pattern("polka dots"),
        gender=W,
        title="SASSAFRAS Women Blue & White Polka Dot Print Tie-Up Neck Top",
        category="Tops",
        color="Blue",
    ),
    # photo: green straight kurta, solid, long sleeves, white cigarette pants; long dark hair, studio shot
    # caption: base; open: base
    case(
        "X207-033",
        caption("a woman in a green kurta and white pants"),
        wearing("he is wearing a green kurta", who="she", failure="pronoun"),
        color_of("kurta", "green", kind="open"),
        describe("kurta", "a kurta", "non_answer"),
        D.color("green"),
        title="Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # photo: plain white shirt with long sleeves and chest pocket, worn open over a black tank, short-haired model
    # caption: caption adapter; open: caption adapter
    case(
        "X207-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants.",
            "pronoun",
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants.",
            who="she",
            failure="pronoun",
        ),
        top_color("His shirt has long sleeves, cotton fabric and pure color patterns.", "non_answer"),
        D.garment_type("shirt"),
        gender=W,
        title="HERE&NOW Women White Solid Cotton Casual Shirt",
        category="Tops",
        color="White",
    ),
    # photo: mauve wrap dress with small white print, flutter sleeves, midi, tan sandals
    # caption: base; open: VQA adapter
    case(
        "X207-035",
        caption("a woman in a pink wrap dress with small white flowers"),
        wearing(
            "she is wearing a dress Question: What is she wearing? Answer: she is wearing a dress Question: What "
            "is she wearing?",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "dress",
            "the dress has a v neckline and short flutter sleeves and a tie at the waist and it is made of a light "
            "fabric with a",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        gender=W,
        title="Femella Women Mauve Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Mauve",
    ),
    # photo: indigo kurta with white dabu print, front slit, three-quarter sleeves, white pants
    # caption: base; open: base
    case(
        "X207-036",
        caption("a woman in a blue kurta with white print"),
        color_of("kurta", "blue", kind="open"),
        describe("kurta", "it is a cotton kurta with a white print"),
        details("kurta", "kurta", "non_answer"),
        D.garment_type("kurta"),
        gender=W,
        title="Fabindia Women Indigo Dabu Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Indigo",
    ),
    # photo: white tee tucked into light blue straight jeans, white belt; the jeans are the product
    # caption: base; open: base
    case(
        "X207-037",
        caption("a woman wearing a white t - shirt and light blue jeans"),
        wearing("a white shirt", who="she"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "i don't know", "non_answer"),
        D.color("light blue"),
        gender=W,
        title="Marks & Spencer Women Light Blue Straight Fit Jeans",
        category="Jeans",
        color="Light Blue",
    ),
    # photo: black kurti with multicolour floral embroidery at the neckline, short sleeves, black leggings
    # caption: caption adapter (ran to the limit); open: caption adapter
    case(
        "X207-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long leggings. "
            "The leggings are with cotton fabric and pure color patterns. There is an accessory on her wrist. "
            "There is an accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "kurti",
            "The lady wears a short-sleeve shirt with pure color patterns and a long leggings.",
            "non_answer",
            kind="open",
        ),
        details("kurti", "The shirt is with cotton fabric and pure color patterns.", "unsupported"),
        D.color("black"),
        gender=W,
        title="Span Women Black Embroidered Rayon Kurti",
        category="Kurtis",
        color="Black",
    ),
    # photo: burgundy velvet top, long sleeves, square neck, black trousers
    # caption: base; open: base
    case(
        "X207-039",
        caption("a woman in a red velvet top and black pants"),
        wearing("a red velvet top", who="she"),
        top_color("red"),
        describe("top", "the top is a top", "restated"),
        D.color("maroon"),
        gender=W,
        title="Vero Moda Women Burgundy Solid Velvet Square Neck Top",
        category="Tops",
        color="Burgundy",
    ),
    # photo: white sleeveless maxi dress with blue floral print, halter neck, beach background
    # caption: base; open: VQA adapter
    case(
        "X207-040",
        caption("a woman in a white dress on the beach"),
        describe(
            "dress",
            "a white dress with blue flowers on it a white dress with blue flowers on it a white dress with blue "
            "flowers on it a",
            "loop",
            hit_limit=True,
        ),
        details(
            "dress",
            "the dress has a halter neck and a long skirt with a slit on the side and a belt at the waist with "
            "a bow and a",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "white and blue and white and blue and white and blue and white and blue and white and blue and white "
            "and blue and white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("white"),
        gender=W,
        title="Sera Women White & Blue Floral Print Halter Neck Maxi Dress",
        category="Dresses",
        color="White",
    ),
    # photo: red kurta with gold zari border, white churidar, red dupatta with gold border draped on both shoulders
    # caption: base; open: base
    case(
        "X207-041",
        caption("a woman in a red saree with a gold border", "contradiction"),
        wearing("a red and gold kurta with a dupatta", who="she"),
        color_of("kurta", "red", kind="open"),
        dupatta_details("it has a gold border"),
        color_of("churidar", "red", "other_garment_color", kind="open"),
        D.color("red"),
        gender=W,
        title="Kalini Women Red Zari Woven Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # photo: mid-blue bootcut jeans, model in black top, white backdrop
    # caption: caption adapter; open: caption adapter
    case(
        "X207-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. She wears a short denim shorts. The "
            "shorts are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        details(
            "jeans",
            "She wears a short denim shorts. The shorts are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        jeans_color_q(
            "The lady wears a long-sleeve shirt with pure color patterns and a short denim shorts.", "non_answer"
        ),
        D.color("blue"),
        gender=W,
        title="Wrangler Women Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: navy striped top, horizontal white stripes, long sleeves, boat neck, red trousers
    # caption: base; open: base
    case(
        "X207-043",
        caption("a woman in a navy blue and white striped shirt and red pants"),
        wearing("a striped shirt and red pants", who="she"),
        top_color("red", "other_garment_color"),
        describe("top", "it is a striped top with long sleeves"),
        D.pattern("striped"),
        title="Women Navy Blue & White Striped Boat Neck Top",
        category="Tops",
        color="Navy Blue",
    ),
    # photo: mustard kurta set, white floral print on mustard kurta, white palazzos, mustard dupatta, side pose
    # caption: base; open: VQA adapter
    case(
        "X207-044",
        caption("a woman in a yellow kurta and white palazzo pants"),
        color_of(
            "kurta",
            "yellow Question: What is the color of the pants? Answer: white Question: What is the color of the "
            "dupatta? Answer: yellow",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta "
            "kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("kurta"),
        gender=W,
        title="Varanga Women Mustard Yellow Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # photo: black slip dress, thin straps, satin, midi, plain, model with a silver chain necklace
    # caption: base; open: base
    case(
        "X207-045",
        caption("a woman in a black satin slip dress"),
        color_of("dress", "black", kind="open"),
        describe("dress", "it is a silk dress with a lace trim", "unsupported"),
        D.sleeve_length("sleeveless"),
        gender=W,
        title="Forever New Women Black Solid Satin Slip Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # photo: blue kurti with white geometric print, three-quarter sleeves, side slits, jeans; product feed has no
    # color and no gender columns for this seller
    # caption: caption adapter; open: base
    case(
        "X207-046",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The pants "
            "this lady wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a blue top and jeans", who="she"),
        color_of("kurti", "blue", kind="open"),
        details("kurti", "the details of the kurti are the kurti", "restated"),
        D.color("blue"),
        title="Cotton Kurti with Geometric Print",
        category="Kurtis",
    ),
]
