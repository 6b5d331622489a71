"""BLIND_520 (46 products; men's and women's sportswear and loungewear: tees, bras, tights, joggers, night suits):
written blind in the fiftieth session. Measured blind at 29ab43a (the session's rules as they stood): 113/140
failures found (80.7%) and 7/173 correct texts flagged (4.0%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra-like English catalog feed of sportswear and loungewear for men
and women: training and sports t-shirts (solid, colourblocked, typography, tie and dye, polo), sports bras, tights
and leggings, track pants and joggers (side tapes, piping, camouflage), running and lounge shorts, hoodies and
sweatshirts, night suits, pyjama sets and lounge sets. Photos are Myntra studio shots on white, grey or beige
backdrops, with a few lifestyle shots (brick wall, park, gym, running track, bedroom set, sofa). Most photos show
the product worn with another garment (a tee over the track pants, shorts over the tights, an open hoodie over a
tee). The questions are the experiments' own (What is he / she wearing? What is the color of the t-shirt / pants /
shorts? Describe the t-shirt. What are the t-shirt / pants / shorts details?), asked with the product's own garment
word (hoodie, sweatshirt, sports bra, shirt for a pyjama shirt), plus the closed garment_type, color, pattern and
sleeve_length, "Is this a ...?", and two questions of this set (hood, print). Each product has the seller's title,
category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short,
lowercase, stops on its own, never hit_limit) unless the comment above the case names another model. The caption
adapter (epoch 1 or epoch 3, same DeepFashion template: "The lady wears a short-sleeve T-shirt with pure color
patterns. The T-shirt is with cotton fabric ...") has no end token: every adapter text runs to its limit (50 new
tokens for a caption, 30 for an answer) and carries hit_limit=True; asked any question it returns the template. The
VQA adapter (one epoch on In-shop VQA pairs, no end token either) repeats one word ("black black black ...",
"grey-grey-grey-...", "pants pants pants ...") to its limit, and as a captioner it gives the same (its captions
broke). The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions asked
closed, "Is this a ...?", hood) are enrich's `--engine reference` answers chosen from candidate sets: never a loop
or a cut. Color questions asked kind="open" are free generations, by the base or the VQA adapter as commented.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, teal or sky blue, grey for charcoal or grey
  melange, green for olive or teal, red for maroon, pink for fuchsia or peach, purple for lavender, orange for coral
  or rust, yellow for mustard, beige or khaki for khaki. Navy called black is a contradiction (the base does it).
- The color of another garment worn in the photo, given to the piece asked about (the tee's white for the joggers,
  the product's maroon for the white tee, the pyjama's color for the top of a night suit), is other_garment_color,
  whichever of the two is the product. The color of the backdrop (brick red, park green, white wall), of the print
  (white letters on a black hoodie, pink flowers on blue shorts) or a color nothing in the photo has is contradiction.
- Garment synonyms are correct: leggings for tights, sweatpants or pants for joggers and track pants, pajamas for a
  night suit, sweatsuit for a hoodie-and-joggers lounge set, tank top or sleeveless shirt for a sleeveless training
  tee, sweater for a sweatshirt or hoodie in an open answer, jacket for a zip-front hoodie (the reference engine's
  "jacket" for it is counted correct too), t-shirt for a polo t-shirt. A sports bra called a t-shirt or tank top,
  a crew-neck sweatshirt answered "yes" to "Is this a hoodie?", night pyjamas called a dress, and the shorts over
  the tights given as the tights' garment_type are contradictions.
- Patterns: "striped" for track pants with a side tape is correct (the photo shows the stripes); "solid" for tights
  printed down the sides and "striped" for checked pyjamas or checked shorts are contradictions. A V neck for a tee
  titled round neck is a contradiction. The print's own color given as the tee's (brown for the bear on a navy
  tee) is a contradiction.
- Materials: a material the title names, or a plausible guess on the fabric the photo shows (cotton on a jersey tee,
  polyester or nylon on track pants, sports bras and tights, fleece on a sweatshirt) is correct; silk on a satin
  pyjama set, wool on a fleece sweatshirt, denim on cotton shorts or joggers, silk on cotton lounge shorts are
  unsupported.
- Invented items and parts not in the photo (a hat, a zipper on a pullover hoodie, a hood on a crew-neck
  sweatshirt, a drawstring on tights, a back pocket or racerback the front view cannot show, a brand or a slogan the
  print does not carry, shoes on a barefoot model, a stripe on plain sleeves) are unsupported.
- Adapter texts: a text that repeats a sentence or clause of the template is loop, whatever else it gets wrong; one
  that stops mid-sentence without repeating is cut, even where it names a wrong fabric before the cut, except where
  its template misnames the product itself (a sports bra as a tank top): contradiction, hit_limit kept. The template
  returned for the material question is restated (it does not answer, even where it names a fabric); returned for
  the wearing, description or details questions it does answer them, so those texts are cut or loop. VQA adapter
  one-word repetitions are loop even where the word is right.
- Base texts: an answer that runs on into "Question: ... Answer: ..." is leak even where its first words are right;
  "he" for a woman or "she" for a man is pronoun; an empty answer, "it is a t-shirt", "the t-shirt details" and
  "they are short / tight" for the details are non_answer; "the t-shirt is a t-shirt", "the pants details", or the
  shorts' color alone for their details is restated; a base answer that stops early mid-phrase ("the t-shirt has a")
  is cut without hit_limit.
- Lifestyle backdrops named in a caption ("standing in front of a brick wall", "in a park", "in a gym") are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

hood = question("hood", "Does the garment have a hood?", "closed")
printed = question("print", "What is printed on the t-shirt?", "open")

BLIND_520 = [
    # photo: man in a black round-neck training tee with a small white chest logo, grey shorts, white backdrop,
    # front view. All base / reference.
    case(
        "X520-001",
        caption("a man in a black t-shirt and grey shorts"),
        wearing("a black t-shirt and shorts", who="he"),
        color_of("t-shirt", "black"),
        describe("t-shirt", "a black t-shirt with a white logo on the chest"),
        details("t-shirt", "the t-shirt has a round neck and short sleeves"),
        B.pattern("solid"),
        B.material("cotton"),
        title="HRX by Hrithik Roshan Men Black Solid Round Neck Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a navy blue non-padded sports bra and black tights, grey backdrop, front view.
    # caption: caption adapter, epoch 3
    case(
        "X520-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sports bra and leggings", who="she"),
        B.garment_type("sports bra"),
        B.color("blue"),
        is_a("t-shirt", "yes", "contradiction"),
        describe("sports bra", "a blue sports bra with a racerback", "unsupported"),
        B.material("spandex"),
        title="Puma Women Navy Blue Solid Non-Padded Training Sports Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in grey melange joggers with cuffed hems and a white drawstring, plain white tee, white backdrop.
    # material: caption adapter, epoch 3
    case(
        "X520-003",
        caption("a man in a white t-shirt and white sweatpants", "other_garment_color"),
        wearing("grey sweatpants and a white t-shirt", who="he"),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "they have a drawstring and pockets"),
        B.garment_type("joggers"),
        B.pattern("solid"),
        B.material(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man",
            "restated",
            hit_limit=True,
        ),
        title="Roadster Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in black tights with a pink geometric print down the sides, black sports tee, white backdrop.
    # color of the pants: VQA adapter (open). description: caption adapter, epoch 1
    case(
        "X520-004",
        caption("a woman in black leggings and a pink top", "contradiction"),
        wearing("black leggings with a pink pattern", who="she"),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "pants",
            "The lady wears a long leggings with pure color patterns. The leggings are with cotton fabric. The lady "
            "wears a long leggings with pure color patterns. The leggings",
            "loop",
            hit_limit=True,
        ),
        details("pants", "they have a pink design on the side"),
        B.pattern("solid", "contradiction"),
        B.garment_type("tights"),
        title="Nike Women Black Printed Dri-FIT Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy blue pullover hoodie with a kangaroo pocket and a small white "RDSTR" chest print, black
    # track pants, grey backdrop. caption: caption adapter, epoch 1
    case(
        "X520-005",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The pants this man wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue hoodie and black pants", who="he"),
        B.color("black", "other_garment_color"),
        is_a("hoodie", "yes"),
        B.sleeve_length("long sleeves"),
        describe("hoodie", "a blue hoodie with a white nike logo on the chest", "unsupported"),
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: barefoot woman in a lavender round-neck tee and matching lavender joggers, beige wall, a potted plant.
    case(
        "X520-006",
        caption("a woman in a purple sweatsuit standing next to a plant"),
        wearing("purple sweatpants and a purple top", who="she"),
        color_of("t-shirt", "purple"),
        color_of("pants", "beige", "contradiction"),
        details("t-shirt", "the t-shirt is purple", "restated"),
        describe("t-shirt", "a purple shirt and purple pants and white shoes", "unsupported"),
        B.material("cotton"),
        title="DressBerry Women Lavender Solid Pure Cotton T-shirt & Joggers Lounge Set",
        category="Lounge Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a white training tee with neon green raglan sleeves, black shorts, gym with a blurred dumbbell
    # rack behind.
    case(
        "X520-007",
        caption("a man in a white shirt standing in a gym"),
        wearing("she is wearing a white t-shirt and black shorts", "pronoun", who="he"),
        color_of("t-shirt", "white"),
        color_of("shorts", "black"),
        B.pattern("colourblocked"),
        B.sleeve_length("sleeveless", "contradiction"),
        details("t-shirt", "the t-shirt has green sleeves"),
        title="Puma Men White & Green Colourblocked Slim Fit Training T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black medium-impact sports bra and black cycling shorts, white backdrop, front view.
    # caption, material: caption adapter, epoch 3
    case(
        "X520-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a black sports bra and black shorts", who="she"),
        B.garment_type("sports bra"),
        B.color("black"),
        color_of("shorts", "black"),
        details("shorts", "they are short", "non_answer"),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round",
            "restated",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Women Black Solid Medium-Impact Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man in olive green track pants with a white side tape, black tee, white backdrop.
    case(
        "X520-009",
        caption("a man in a black shirt and green pants"),
        wearing(
            "a black t-shirt and green track pants Question: what is the color of the pants? Answer: green",
            "leak",
            who="he",
        ),
        color_of("pants", "green"),
        color_of("t-shirt", "green", "other_garment_color"),
        details("pants", "white stripes down the side"),
        B.pattern("striped"),
        B.material("polyester"),
        title="Alcis Men Olive Green Solid Slim Fit Track Pants with Side Taping",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a peach tee printed "sleepy" and navy blue checked pyjamas, bedroom set with a bed behind,
    # front view. caption: caption adapter, epoch 1
    case(
        "X520-010",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and lattice",
            "cut",
            hit_limit=True,
        ),
        wearing("pajamas", who="she"),
        color_of("t-shirt", "pink"),
        color_of("pants", "pink", "other_garment_color"),
        describe("t-shirt", "a pink t-shirt with the word sleepy on it"),
        details("pants", "the pants are checked and have a drawstring and a pocket on the back", "unsupported"),
        is_a("pajama set", "yes"),
        title="Sweet Dreams Women Peach-Coloured & Navy Blue Printed Night Suit",
        category="Night Suits",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a charcoal crew-neck fleece sweatshirt with ribbed cuffs, blue jeans, red brick wall behind.
    case(
        "X520-011",
        caption("a man in a grey sweatshirt standing in front of a brick wall"),
        wearing("a grey sweater and black jeans", "contradiction", who="he"),
        B.color("red", "contradiction"),
        B.garment_type("sweatshirt"),
        B.sleeve_length("long sleeves"),
        is_a("hoodie", "yes", "contradiction"),
        details("sweatshirt", "ribbed cuffs and hem"),
        B.material("wool", "unsupported"),
        title="Highlander Men Charcoal Solid Fleece Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in maroon joggers and a white crop tee, white backdrop. wearing: VQA adapter
    case(
        "X520-012",
        caption("a woman in a white shirt and maroon pants"),
        wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("pants", "red"),
        color_of("t-shirt", "maroon", "other_garment_color"),
        details("pants", "they are joggers", "non_answer"),
        is_a("pair of track pants", "yes"),
        title="Kica Women Maroon Solid Joggers",
        category="Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in teal blue running shorts and a black tee, white backdrop, front view.
    # caption, material: caption adapter, epoch 3
    case(
        "X520-013",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a shorts. The shorts are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black shirt and blue shorts", who="he"),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "the shorts have a zip pocket at the back", "unsupported"),
        B.garment_type("shorts"),
        B.material(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline",
            "restated",
            hit_limit=True,
        ),
        title="ADIDAS Men Teal Blue Solid Running Shorts",
        category="Shorts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in a grey melange pullover hoodie with pink drawstrings, black leggings, in a park with trees.
    case(
        "X520-014",
        caption("a woman in a green hoodie standing in a park", "contradiction"),
        wearing("a grey hoodie and black leggings", who="she"),
        B.color("green", "contradiction"),
        is_a("hoodie", "yes"),
        describe("hoodie", "a grey hoodie with pink strings"),
        details("hoodie", "the hoodie has a hood and a front pocket and a zipper", "unsupported"),
        B.material("cotton"),
        title="Puma Women Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a white tee with navy blue horizontal stripes and a chest pocket, navy pyjama pants, white
    # backdrop. material: caption adapter, epoch 3
    case(
        "X520-015",
        caption("a man in a striped shirt and blue pants"),
        wearing("she is wearing a striped shirt and blue pants", "pronoun", who="he"),
        color_of("t-shirt", "white"),
        color_of("pants", "white", "other_garment_color"),
        B.pattern("striped"),
        details("t-shirt", "the t-shirt has a pocket on the chest"),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        B.material(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Jockey Men White & Navy Blue Striped Pure Cotton Night Suit",
        category="Night Suits",
        color="White",
        gender="Men",
    ),
    # photo: woman in a sky blue training tee with a small reflective logo, black tights, white backdrop.
    # caption: VQA adapter. color of the t-shirt: VQA adapter (open)
    case(
        "X520-016",
        caption(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue shirt and blue leggings", "other_garment_color", who="she"),
        color_of(
            "t-shirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("blue"),
        B.sleeve_length("short sleeves"),
        describe("t-shirt", "a light blue t-shirt with a logo"),
        title="Domyos By Decathlon Women Sky Blue Solid Fitness T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black hoodie with a large white "NEVER STOP" chest print, black joggers, grey backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X520-017",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. This man wears a long-sleeve sweater with pure color patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        wearing("a black hoodie with the words never stop on it", who="he"),
        B.pattern("printed"),
        B.color("white", "contradiction"),
        color_of("pants", "white", "contradiction"),
        describe("hoodie", "a black hoodie with white letters"),
        hood("yes"),
        B.material("cotton"),
        title="WROGN ACTIVE Men Black Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in coral cotton lounge shorts with a white drawstring and a white tank top, white backdrop.
    # Feed row without gender.
    case(
        "X520-018",
        caption("a woman in a white tank top and orange shorts"),
        wearing("a white tank top and coral shorts", who="she"),
        color_of("shorts", "orange"),
        details("shorts", "the shorts are orange", "restated"),
        describe(
            "shorts",
            "orange shorts with a white drawstring Question: what is the color of the shorts? Answer: orange",
            "leak",
        ),
        B.garment_type("shorts"),
        B.material("silk", "unsupported"),
        title="Marks & Spencer Women Coral Pure Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Coral",
    ),
    # photo: man in a grey melange tee and navy blue pyjama pants, sitting on a sofa, living-room set.
    # caption: caption adapter, epoch 1
    case(
        "X520-019",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a grey t-shirt and blue pajama pants Question: what is the color of the t-shirt? Answer: grey",
            "leak",
            who="he",
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("pants", "grey", "other_garment_color"),
        details("pants", "the pants have an elastic waist"),
        is_a("night suit", "yes"),
        title="Jockey Men Grey Melange & Navy Blue Pure Cotton Night Suit",
        category="Night Suits",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: waist-down front view of black tights with black mesh calf panels, white backdrop.
    case(
        "X520-020",
        caption("a woman's legs in black leggings"),
        wearing("he is wearing black leggings", "pronoun", who="she"),
        color_of("pants", "black"),
        B.garment_type("leggings"),
        details("pants", "they have a pocket on the side and a drawstring", "unsupported"),
        B.pattern("solid"),
        title="Nike Women Black Solid Training Tights with Mesh Panels",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a red polo-collar sports tee with two buttons, white shorts, empty hands, white backdrop.
    case(
        "X520-021",
        caption("a man in a red polo shirt holding a tennis racket", "unsupported"),
        wearing("a red shirt and white shorts", who="he"),
        color_of("t-shirt", "red"),
        color_of("shorts", "red", "other_garment_color"),
        describe("t-shirt", "a red polo shirt with a collar and buttons"),
        details("t-shirt", "it has a collar and two buttons and a white stripe on the sleeves", "unsupported"),
        B.garment_type("t-shirt"),
        title="Puma Men Red Solid Polo Collar Sports T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in teal track pants with white side stripes and a white tee, white backdrop.
    # caption: VQA adapter. details: caption adapter, epoch 1
    case(
        "X520-022",
        caption(
            "pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-"
            "pants-pants-pants-pants-pants-pants-pants-pants-",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing green pants and a white shirt", "pronoun", who="she"),
        color_of("pants", "green"),
        color_of("t-shirt", "white"),
        B.pattern("solid"),
        details(
            "pants",
            "The lady wears a long pants with pure color patterns. The pants are with cotton fabric. The lady wears a "
            "short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no"),
        B.material("polyester"),
        title="Kappa Women Teal Solid Track Pants",
        category="Track Pants",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a blue, purple and pink tie-dye cotton tee, black shorts, white backdrop.
    case(
        "X520-023",
        caption("a man wearing a tie dye t-shirt"),
        wearing("a tie dye shirt and tie dye shorts", "contradiction", who="he"),
        color_of("t-shirt", "blue and purple and pink", kind="open"),
        B.color("black", "other_garment_color"),
        B.pattern("tie and dye"),
        describe("t-shirt", "a colorful tie dye t-shirt with a peace sign on it", "unsupported"),
        details("t-shirt", "the t-shirt details", "non_answer"),
        title="Roadster Men Blue & Pink Tie and Dye Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a mustard yellow fleece sweatshirt with "PARIS" embroidered on the chest, light blue jeans,
    # white backdrop. description: caption adapter, epoch 3
    case(
        "X520-024",
        caption("a woman in a yellow sweatshirt and jeans"),
        wearing("a yellow sweatshirt and blue jeans", who="she"),
        describe(
            "sweatshirt",
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The denim",
            "cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "orange", "contradiction"),
        details("sweatshirt", "the sweatshirt has the word brooklyn embroidered on the chest", "unsupported"),
        B.sleeve_length("long sleeves"),
        B.material("fleece"),
        title="Tokyo Talkies Women Mustard Yellow Embroidered Fleece Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a grey melange sleeveless training tee (deep armholes) and black shorts, gym backdrop.
    # caption: caption adapter, epoch 1
    case(
        "X520-025",
        caption(
            "The man wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The man wears a shorts. The shorts are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey tank top and black shorts", who="he"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.color("grey"),
        describe("t-shirt", "a grey sleeveless shirt with a logo on the chest"),
        details("t-shirt", "the t-shirt has a hood", "unsupported"),
        B.garment_type("tank top"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Sleeveless Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a fuchsia padded sports bra and grey tights, standing on a red running track.
    case(
        "X520-026",
        caption("a woman in a pink sports bra and grey leggings on a track"),
        wearing("he is wearing a pink sports bra and grey pants", "pronoun", who="she"),
        B.color("pink"),
        B.garment_type("t-shirt", "contradiction"),
        color_of("pants", "pink", "other_garment_color"),
        B.material("nylon"),
        title="Puma Women Fuchsia Solid Padded Running Sports Bra",
        category="Bra",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: man in olive, brown and black camouflage joggers with ribbed ankle cuffs, black tee, white backdrop.
    # wearing: VQA adapter
    case(
        "X520-027",
        caption("a man in a black shirt and camouflage pants standing in the woods", "unsupported"),
        wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "green"),
        B.pattern("camouflage"),
        details("pants", "the pants have a camouflage print and cuffs at the ankles"),
        describe("pants", "camouflage pants Question: describe the t-shirt. Answer: black", "leak"),
        B.material("denim", "unsupported"),
        title="Roadster Men Olive Green & Brown Camouflage Printed Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a white tee with a large black "NIKE" print and black shorts, white backdrop.
    # caption and wearing: caption adapter, epoch 3
    case(
        "X520-028",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        color_of("shorts", "black"),
        B.pattern("typography"),
        describe("t-shirt", "a white t-shirt with black letters that say just do it", "unsupported"),
        printed("nike"),
        title="Nike Women White Typography Printed Dri-FIT T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in navy blue and green checked cotton lounge shorts with a drawstring, plain white tee, white
    # backdrop.
    case(
        "X520-029",
        caption("a man in a white t-shirt and plaid shorts"),
        wearing("she is wearing a white t-shirt and blue plaid shorts", "pronoun", who="he"),
        color_of("shorts", "white", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        details("shorts", "the shorts have a drawstring"),
        describe("shorts", "blue and green plaid shorts with a drawstring"),
        B.material("denim", "unsupported"),
        title="U.S. Polo Assn. Men Navy Blue & Green Checked Pure Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an olive green satin pyjama set: long-sleeve notched-collar shirt with white piping, straight
    # pants, bedroom set. caption, details: caption adapter, epoch 1
    case(
        "X520-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a green satin pajama set", who="she"),
        color_of("shirt", "green"),
        color_of("pants", "green"),
        describe("shirt", "a green silk shirt with buttons", "unsupported"),
        details(
            "shirt",
            "The shirt is with chiffon fabric and pure color patterns. It has a lapel neckline. The lady wears a long "
            "pants. The pants",
            "cut",
            hit_limit=True,
        ),
        B.material("satin"),
        title="Clovia Women Olive Green Satin Shirt & Pyjama Set",
        category="Night Suits",
        color="Olive",
        gender="Women",
    ),
    # photo: man in black compression running tights under grey running shorts, black tee, white backdrop.
    case(
        "X520-031",
        caption("a man in black leggings and grey shorts"),
        wearing("black tights under grey shorts", who="he"),
        color_of("pants", "grey", "other_garment_color"),
        B.garment_type("shorts", "contradiction"),
        is_a("pair of tights", "yes"),
        details("pants", "they are tight", "non_answer"),
        title="Kalenji By Decathlon Men Black Solid Running Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a peach oversized hoodie with a kangaroo pocket and matching peach joggers, beige backdrop.
    # Feed row without color.
    case(
        "X520-032",
        caption("a woman in a pink hoodie and pink sweatpants"),
        wearing("he is wearing a pink hoodie and pink pants", "pronoun", who="she"),
        B.color("white", "contradiction"),
        describe("hoodie", "a pink hoodie with a kangaroo pocket and drawstrings"),
        B.garment_type("hoodie"),
        hood("yes"),
        title="Kica Women Peach-Coloured Solid Hoodie & Joggers Lounge Set",
        category="Lounge Sets",
        gender="Women",
    ),
    # photo: man in grey track pants with black side panels and zip pockets, black tee, no hat, white backdrop.
    # color of the pants: VQA adapter (open)
    case(
        "X520-033",
        caption("a man in a black t-shirt and grey pants"),
        wearing("he is wearing grey pants and a black t-shirt and a black hat", "unsupported", who="he"),
        color_of(
            "pants",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("colourblocked"),
        details("pants", "the pants have black panels on the sides and zip pockets"),
        describe("pants", "grey pants with black on the sides"),
        title="Puma Men Grey & Black Colourblocked Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a blue tee with white polka dots and solid blue pyjama pants, white backdrop.
    # material: caption adapter, epoch 3
    case(
        "X520-034",
        caption("a woman in a blue polka dot dress", "contradiction"),
        wearing("blue pajamas with white polka dots", who="she"),
        color_of("t-shirt", "blue"),
        color_of("pants", "blue"),
        B.pattern("polka dots"),
        details("t-shirt", "the t-shirt has a", "cut"),
        B.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Blue & White Polka Dot Printed Night Suit",
        category="Night Suits",
        color="Blue",
        gender="Women",
    ),
    # photo: man in khaki cotton shorts and a navy blue tee, white backdrop. wearing: VQA adapter.
    # details: caption adapter, epoch 3
    case(
        "X520-035",
        caption("a man in a blue shirt and khaki shorts"),
        wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shorts", "beige"),
        color_of("t-shirt", "beige", "other_garment_color"),
        details(
            "shorts",
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        B.material("cotton"),
        title="Jockey Men Khaki Solid Cotton Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a white training tee and black tights, white backdrop (white on white).
    # color of the t-shirt: VQA adapter (open)
    case(
        "X520-036",
        caption("a woman in a white shirt and black pants"),
        wearing("a white t-shirt and black pants", who="she"),
        B.color("black", "other_garment_color"),
        color_of(
            "t-shirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("t-shirt", "a white t-shirt with a pocket", "unsupported"),
        details("t-shirt", "it is a t-shirt", "non_answer"),
        B.sleeve_length("short sleeves"),
        title="Reebok Women White Solid Training T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a rust orange zip-front hooded sweatshirt, zipped halfway, black joggers, grey backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X520-037",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "hooded neckline. This man wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange hoodie and black pants", who="he"),
        B.color("orange"),
        B.garment_type("jacket"),
        color_of("pants", "orange", "other_garment_color"),
        is_a("hoodie", "yes"),
        describe("hoodie", "an orange hoodie with a zipper"),
        title="Roadster Men Rust Solid Hooded Sweatshirt with Zip Closure",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: woman in navy blue track pants with white piping and a grey sweatshirt, white backdrop.
    case(
        "X520-038",
        caption("a woman in a grey sweatshirt and navy pants"),
        wearing("a grey sweatshirt and black track pants", "contradiction", who="she"),
        color_of("pants", "black", "contradiction"),
        details("pants", "white piping on the sides"),
        describe("pants", "black track pants with a white stripe", "contradiction"),
        B.pattern("solid"),
        title="Kappa Women Navy Blue Solid Track Pants with Piping",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a navy tee with a brown bear graphic (no text) and navy and white checked pyjamas, white backdrop.
    case(
        "X520-039",
        caption("a man in a navy t-shirt with a bear on it"),
        wearing("a blue t-shirt with a bear and plaid pajama pants", who="he"),
        color_of("t-shirt", "brown", "contradiction"),
        color_of("pants", "blue"),
        B.pattern("striped", "contradiction"),
        describe("t-shirt", "a blue t-shirt with a brown bear on it and the words good night", "unsupported"),
        details(
            "t-shirt",
            "the t-shirt has a bear on it Question: what is the color of the pants? Answer: blue",
            "leak",
        ),
        title="Hypernation Men Navy Blue Printed Night Suit",
        category="Night Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an olive green seamless sports bra (no logo) and matching olive tights, white backdrop.
    # wearing: VQA adapter
    case(
        "X520-040",
        caption("a woman in a green sports bra and leggings"),
        wearing(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("pants", "green"),
        B.garment_type("sports bra"),
        B.pattern("solid"),
        describe("sports bra", "a green sports bra with a white logo on the band", "unsupported"),
        details("sports bra", "", "non_answer"),
        B.material("spandex"),
        title="Tokyo Talkies Women Olive Green Seamless Sports Bra & Tights Co-Ords",
        category="Co-Ords",
        color="Olive",
        gender="Women",
    ),
    # photo: man in light grey lounge joggers, white tee, black hoodie worn open over it, white backdrop.
    # Feed row without gender.
    case(
        "X520-041",
        caption("a man in a black hoodie and black pants", "other_garment_color"),
        wearing("a black jacket, white t-shirt and grey pants", who="he"),
        color_of("pants", "black", "other_garment_color"),
        color_of("t-shirt", "white"),
        details("pants", "the pants details", "restated"),
        B.material("cotton"),
        title="Bewakoof Men Grey Solid Lounge Joggers",
        category="Lounge Pants",
        color="Grey",
    ),
    # photo: woman in blue lounge shorts with pink flowers and a plain white tee, white backdrop.
    # details: caption adapter, epoch 3
    case(
        "X520-042",
        caption("a woman in a white t-shirt and blue floral shorts"),
        wearing(
            "a white shirt and floral shorts Question: what is the pattern of the shorts? Answer: floral",
            "leak",
            who="she",
        ),
        color_of("shorts", "blue"),
        B.color("pink", "contradiction"),
        details(
            "shorts",
            "The shorts are with cotton fabric and floral patterns. The shorts are with cotton fabric and floral "
            "patterns. The shorts are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        B.pattern("floral"),
        title="Chemistry Women Blue & Pink Floral Printed Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy blue round-neck Dri-FIT training tee with a white swoosh, black shorts, white backdrop.
    case(
        "X520-043",
        caption("a man in a black t-shirt", "contradiction"),
        wearing("a blue t-shirt and black shorts", who="he"),
        color_of("t-shirt", "blue"),
        describe("t-shirt", "a blue t-shirt with a v neck", "contradiction"),
        details("t-shirt", "a swoosh logo on the chest"),
        B.color("black", "contradiction"),
        B.sleeve_length("short sleeves"),
        title="Nike Men Navy Blue Dri-FIT Round Neck Training T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white tee with black horizontal stripes and plain black shorts, lounge set, white backdrop.
    # caption: caption adapter, epoch 1
    case(
        "X520-044",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a black and white striped shirt and black shorts Question: what is the color of the shorts? Answer: black",
            "leak",
            who="she",
        ),
        color_of("t-shirt", "white"),
        color_of("shorts", "white", "other_garment_color"),
        B.pattern("striped"),
        describe("t-shirt", "a white t-shirt with black stripes"),
        title="Bewakoof Women White & Black Striped T-shirt & Shorts Lounge Set",
        category="Lounge Sets",
        color="White",
        gender="Women",
    ),
    # photo: man in an olive green crew-neck sweatshirt with a small tonal chest logo, beige chinos, white backdrop.
    case(
        "X520-045",
        caption("a man in a green sweatshirt and khaki pants"),
        wearing("she is wearing a green sweater and beige pants", "pronoun", who="he"),
        B.color("beige", "other_garment_color"),
        B.garment_type("sweatshirt"),
        details("sweatshirt", "there is a small logo on the chest"),
        describe("sweatshirt", "a green sweatshirt with a hood", "unsupported"),
        hood("no"),
        title="Roadster Men Olive Green Solid Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman sitting on a white stool in black joggers with white drawstrings and a black tee, white backdrop.
    # caption: VQA adapter
    case(
        "X520-046",
        caption(
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing black pants and a black shirt", "pronoun", who="she"),
        color_of("pants", "black"),
        color_of("t-shirt", "black"),
        describe("pants", "", "non_answer"),
        details("pants", "the pants have pockets and white drawstrings and a zipper on the side", "unsupported"),
        B.material("cotton"),
        title="Puma Women Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
]
