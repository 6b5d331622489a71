"""BLIND_361 (46 products; women's festive ethnic wear: kurta, anarkali, lehenga, sharara, saree and palazzo sets):
written blind in the forty-fifth session. Measured blind at c223820 (the session's rules as they stood): 96/134
failures found (71.6%) and 6/156 correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: an Indian marketplace feed of women's festive ethnic wear: kurta sets with dupattas, flared anarkali kurtas,
lehenga cholis, short kurtas with shararas, sarees with their blouses and kurtas with palazzos. Model shots in
decorated studios: marigold garlands, flower walls and arches, brass lamps and diyas, swings, pillars, drapes,
balloons and fairy lights, often in a color no garment has. Most sets are two or three pieces, often in two colors
(a white kurta with red palazzos, a green kurta with a pink dupatta), many with gold zari, gota, foil prints, mirror
work or sequins. Each row has the seller's title, category, color and gender; a few rows miss the gender or the
color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a red
saree standing in front of ...") unless the comment says otherwise: three come from the caption-only LoRA adapter
(the DeepFashion template) and one from the VQA adapter, which, given no question, writes the
`Question: ... Answer:` format itself; one material answer is the caption adapter's template. The open questions
(the experiments' "What is she wearing?", "Describe the shirt.", "What are the pants details?", "What is the shirt
color?", and the default questionnaire's wearing, description, details and material) come from the base model unless
the comment names the VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`) or the caption adapter. Both adapters were
trained with no end-of-answer token: their texts run to the limit (30 new tokens for answers, 50 for captions),
carry hit_limit=True, and loop, get cut or run on into the next "Question:"; the VQA adapter only knows the In-shop
garment classes (blouse, skirt, dress, pants...) and answers a color question with the color over and over. The base
model stops on its own (never hit_limit), though it sometimes stops early or runs on into a question of its own. The
closed questions (garment_type, color, pattern, sleeve_length, the experiments' color questions stored closed, the
per-piece color questions and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from
candidate sets: never a loop or a cut. Where the experiments' color question was answered freely by the VQA adapter
it is stored open.

Labeling conventions and judgement calls:
- The experiments' questions name western garments: "the shirt" is read as the kurta, kurti, choli or saree
  blouse, "the pants" as the palazzos, sharara, churidar or trousers. An answer about the piece so mapped is judged
  against that piece.
- Shade words count as correct: red for maroon or wine, pink for rani pink, magenta or peach (the base model calls
  peach pink), purple for lavender, lilac or mauve, green for teal, sea green, bottle green, mint or emerald, blue
  for navy, powder blue, sky blue, royal blue, indigo or teal, yellow for mustard or lemon, orange for rust, white or
  cream for off white or ivory, silver for a silver sequinned blouse, multicolor for a leheriya dupatta.
- Garment synonyms count as correct: dress or gown for an anarkali or a floor-length kurta, dress for a kurta,
  skirt for a lehenga, top or blouse for a choli, pants for palazzos, sharara or churidar, scarf or veil for a
  dupatta, sari for saree, suit for a kurta set. A saree or a lehenga called a dress (the reference engine's
  garment_type), a lehenga called a saree, a kurta set with sharara answered yes to "Is this a dress?", or a kurta
  answered no to "Is this a kurta?" are contradiction.
- Colors: the color of the backdrop (drapes, flower wall, balloons, curtains) given as the garment's color, the color
  of the print, border or embroidery (gold zari on green silk, gold foil on teal, pink flowers on ivory) given as the
  garment's color, and a color no piece in the photo has are contradiction. The color of another piece of the outfit
  (the dupatta's, the palazzos', the blouse's, the kurta's given to the palazzos) is other_garment_color. A red
  border on a cream saree given as the saree's color is other_garment_color, since the blouse is that red too.
- A pattern of another piece (the leheriya dupatta's stripes given as the kurta's pattern) and a pattern the garment
  does not have (stripes for mirror work) are contradiction; polka dots for bandhani and striped for leheriya are
  correct; printed for foil, ikat or block prints is correct; solid for a plain kurta with embroidery only at the
  neck is correct. Sleeve length wrong for the piece shown (long sleeves for a sleeveless blouse, sleeveless for
  three-quarter sleeves) is contradiction.
- Materials: one the title names is correct (georgette also as chiffon, art silk as silk, net, organza, velvet,
  sequins); cotton or rayon on a matte printed kurta is a plausible guess and correct; silk or velvet on a matte
  printed or plain cotton-look set the title does not call silk is unsupported.
- Invented things the photo does not show are unsupported: a necklace or earrings on a model wearing none, a belt or
  kamarbandh, a handbag or purse, a pocket, a drawstring or tassels where none is visible, heels or sandals under a
  floor-length hem, a mirror work or a gold border the garment does not have, a pose ("sitting on a swing",
  "holding an umbrella") the photo does not show. Jewelry the photo does show (a bridal necklace) is correct.
- Adapter texts: a text that repeats a word, a phrase or a sentence is loop; one that stops mid-sentence without
  repeating is cut, even where it invented a pocket or a drawstring before the cut; one that runs on into
  "Question: ..." is leak, even where it starts with the right color. A caption template returned for the material
  question is restated (the question is not answered). The template answering "Describe the shirt." or the wearing
  question does answer it, so there it is loop or cut.
- Base answers: one that runs on into "Question: ... Answer: ..." is leak, even where the first words are right; one
  stopped early ("it is made of", "a purple kurta with") is cut, without hit_limit. An empty answer, "the details of
  the garment", "they are pants", "the lehenga has details" and "the garment is made of the material" are
  non_answer; a material question answered with the garment's name and color, "the shirt is a shirt", and "it is a
  saree" for a description are restated. "he" or "his" for a woman, and "a man" in a caption, are pronoun.
- One kind per text, the one the auditor would see first: a leak that also names a wrong color is leak; a VQA
  adapter loop of a wrong garment class is loop.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_lehenga = question("color_lehenga", "What is the color of the lehenga?", "closed")
color_sharara = question("color_sharara", "What is the color of the sharara?", "closed")
color_saree = question("color_saree", "What is the color of the saree?", "closed")
shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_361 = [
    # photo: model in a floor-length maroon georgette anarkali kurta, gold zari embroidery at the yoke, sheer full
    # sleeves, maroon churidar at the ankles, dusty pink net dupatta with gold border over one shoulder; cream wall
    # with a tall brass lamp stand; front view, full length.
    # no adapter texts
    case(
        "X361-001",
        caption("a woman in a maroon anarkali dress with a pink dupatta"),
        wearing("a red anarkali suit", who="she"),
        D.color("maroon"),
        color_dupatta("pink"),
        color_of("pants", "pink", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Women Maroon Embroidered Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a mustard straight kurta with white floral block print and three-quarter sleeves, white
    # palazzos, white mulmul dupatta with yellow tassels; orange wall hung with marigold garlands; front view.
    # no adapter texts
    case(
        "X361-002",
        caption("a woman in a yellow kurta and white pants standing in front of orange flowers"),
        color_of("shirt", "yellow"),
        color_of("pants", "yellow", "other_garment_color"),
        describe("shirt", "the shirt is yellow with white flowers"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("cotton"),
        title="Mustard Floral Printed Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a rani pink lehenga with silver gota patti work, pink sleeveless choli, sheer pink dupatta with
    # silver border; white arch hung with fairy lights; front view.
    # wearing and the shirt color: VQA adapter
    case(
        "X361-003",
        caption("a woman in a pink lehenga standing under an arch of lights"),
        wearing(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        D.sleeve_length("sleeveless"),
        D.details("silver embroidery on the skirt and the border of the dupatta"),
        title="Rani Pink Gota Patti Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a bottle green Banarasi silk saree with gold zari border and small gold butis, gold brocade
    # blouse with short sleeves, pallu over the left shoulder; carved wooden door with brass bells; front view.
    # no adapter texts
    case(
        "X361-004",
        caption("a woman in a green and gold saree standing in front of a wooden door"),
        D.wearing("a green saree with a gold border"),
        D.garment_type("dress", "contradiction"),
        D.color("green"),
        color_blouse("green", "other_garment_color"),
        D.material("silk"),
        title="Bottle Green Banarasi Silk Saree with Blouse",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a peach short kurta with mirror work at the neck and hem, peach flared sharara, peach organza
    # dupatta; pastel pink flower wall; three-quarter view.
    # no adapter texts
    case(
        "X361-005",
        caption("a woman in a pink outfit posing in front of a flower wall"),
        D.wearing("he is wearing a peach kurta and sharara", "pronoun"),
        D.details("mirror work on the kurta and the neckline"),
        D.pattern("striped", "contradiction"),
        D.material("the material of the garment", "restated"),
        color_of("pants", "peach"),
        title="Peach Mirror Work Kurta with Sharara & Dupatta",
        category="Sharara Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a navy blue kurta with white thread embroidery down the front, three-quarter sleeves, navy
    # palazzos, no dupatta; blue-grey wall with a potted palm; front view.
    # no adapter texts
    case(
        "X361-006",
        caption("a woman in a blue kurta and pants standing next to a plant"),
        D.color("black", "contradiction"),
        describe("shirt", "a blue shirt with white embroidery on the front and a pocket on the chest", "unsupported"),
        details("pants", "the pants are wide and long"),
        color_of("pants", "blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Navy Blue Embroidered Kurta with Palazzos",
        category="Palazzo Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model seated on a white wooden swing in an off white chikankari anarkali with long sleeves and a mint
    # green dupatta; white curtains behind; front view.
    # caption: caption adapter; describe the shirt: VQA adapter
    case(
        "X361-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a white dress and a green scarf", who="she"),
        D.color("white"),
        color_dupatta("white", "other_garment_color"),
        describe(
            "shirt",
            "the shirt is a long-sleeve blouse with a round neckline and embroidery on the front and the sleeves and "
            "the hem and the",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Off White Chikankari Anarkali Kurta with Dupatta",
        category="Anarkali Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a royal blue velvet lehenga with gold embroidery, blue velvet choli with elbow sleeves, gold net
    # dupatta; deep red drapes and brass lanterns behind; front view.
    # wearing: VQA adapter
    case(
        "X361-008",
        caption("a woman in a red and gold dress", "contradiction"),
        wearing(
            "skirt and blouse, skirt and blouse, skirt and blouse, skirt and blouse, skirt and blouse, skirt and "
            "blouse, skirt and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_lehenga("blue"),
        color_dupatta("red", "contradiction"),
        D.material("velvet"),
        D.details("gold embroidery on the skirt and the blouse"),
        title="Royal Blue Velvet Embroidered Lehenga Choli",
        category="Lehenga Cholis",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a teal kurta with gold foil print, teal straight pants, teal dupatta with gold foil border;
    # beige wall with a gold-framed mirror; front view.
    # no adapter texts
    case(
        "X361-009",
        caption("a woman in a green kurta standing in front of a mirror"),
        wearing("a green kurta and pants Question: what is the color of the dupatta? Answer: green", "leak", who="she"),
        color_of("shirt", "green"),
        D.pattern("printed"),
        D.color("gold", "contradiction"),
        D.material("it is made of", "cut"),
        title="Teal Foil Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a lavender georgette saree with a small floral print, sleeveless lavender blouse, pallu draped
    # over the arm; small stud earrings, no necklace; white studio with a tall vase of pampas grass; front view.
    # no adapter texts
    case(
        "X361-010",
        caption("a woman in a purple saree standing next to a vase"),
        wearing("a saree and a necklace", "unsupported", who="she"),
        D.description("a purple saree with flowers and a", "cut"),
        D.material("chiffon"),
        D.pattern("floral"),
        color_blouse("purple"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Lavender Floral Print Georgette Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black kurta with multicolor thread embroidery at the yoke, black straight pants, black dupatta
    # with multicolor tassels; yellow wall hung with paper lanterns; front view.
    # wearing and the pants color: VQA adapter
    case(
        "X361-011",
        caption("a woman in a black kurta standing in front of a yellow wall"),
        wearing(
            "blouse, pants, blouse, pants, blouse, pants, blouse, pants, blouse, pants, blouse, pants, blouse, pants, "
            "blouse",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("yellow", "contradiction"),
        D.details("colorful embroidery Question: what is the material of the garment? Answer: cotton", "leak"),
        title="Black Thread Embroidered Kurta Set with Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in an ivory flared anarkali with a large pink and green floral print, long sleeves, plain green
    # dupatta; garden set with artificial flowers and a white bench; front view.
    # no adapter texts
    case(
        "X361-012",
        caption("a woman in a white floral dress standing in a garden"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.garment_type("dress"),
        color_dupatta("green"),
        D.material("silk", "unsupported"),
        D.description("a long white dress with pink flowers and a green scarf"),
        title="Ivory Floral Printed Flared Anarkali Kurta",
        category="Anarkali Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a rust sleeveless kurta with an ikat print, rust palazzos with an ikat border; exposed brick
    # wall with potted cacti; front view.
    # shirt color: VQA adapter
    case(
        "X361-013",
        caption("a woman in an orange top and pants standing in front of a brick wall"),
        color_of(
            "shirt",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.pattern("printed"),
        D.details("the details of the garment", "non_answer"),
        D.material("silk", "unsupported"),
        color_of("pants", "orange"),
        title="Rust Ikat Print Sleeveless Kurta with Palazzo",
        category="Palazzo Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a mint green lehenga with pastel thread and sequin embroidery, mint choli, peach net dupatta;
    # pastel balloons and a floral hoop; front view.
    # shirt color and details: VQA adapter
    case(
        "X361-014",
        caption("a woman in a green lehenga with a pink dupatta"),
        color_of(
            "shirt",
            "green. Question: What is the color of the pants? Answer: green. Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "the skirt is with sequins and embroidery on the hem and the waist and the top is with sequins on the "
            "neckline and the sleeves and",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        color_dupatta("green", "other_garment_color"),
        D.material("net"),
        title="Mint Green Sequinned Lehenga Choli with Net Dupatta",
        category="Lehenga Cholis",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a red bandhani georgette saree with a gold zari border, red blouse with elbow sleeves; orange
    # and yellow marigold garlands behind, a brass urli with flowers on the floor; front view.
    # no adapter texts
    case(
        "X361-015",
        caption("a woman in a red saree standing in front of a wall of flowers"),
        wearing("a red sari with gold border and a gold belt", "unsupported", who="she"),
        D.pattern("polka dots"),
        D.color("orange", "contradiction"),
        color_blouse("gold", "contradiction"),
        D.material("georgette"),
        title="Red Bandhani Georgette Saree with Zari Border",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a powder blue straight kurta with white chikankari, white churidar, white dupatta; white wall
    # with a window with blue shutters; front view.
    # no adapter texts
    case(
        "X361-016",
        caption("a man in a blue kurta standing in front of a window", "pronoun"),
        wearing("a blue kurta with white pants", who="she"),
        color_of("pants", "white"),
        color_of("shirt", "white", "other_garment_color"),
        D.details("white embroidery on the front and sleeves"),
        D.material("", "non_answer"),
        title="Powder Blue Chikankari Kurta Set",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a magenta art silk anarkali with a gold zari hem, three-quarter sleeves, magenta dupatta; no
    # belt; dark wood paneling and a lit chandelier; front view, the hem at the ankles.
    # caption: caption adapter; the shirt details: VQA adapter
    case(
        "X361-017",
        caption(
            "This woman wears a medium-sleeve dress with pure color patterns. The dress is with silk fabric and its "
            "neckline is round. This woman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.garment_type("kurta"),
        details(
            "shirt",
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the "
            "hem, the sleeves",
            "loop",
            hit_limit=True,
        ),
        D.details("gold zari at the hem and a gold belt at the waist", "unsupported"),
        D.material("silk"),
        title="Magenta Art Silk Anarkali Kurta with Dupatta",
        category="Anarkali Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a bottle green kurta with gold gota lace, three-quarter sleeves, green sharara, contrasting pink
    # dupatta with a gota border; pastel arch of pink and white roses; front view.
    # no adapter texts
    case(
        "X361-018",
        caption("a woman in a green outfit with a pink scarf under a flower arch"),
        color_sharara("green"),
        D.color("pink", "other_garment_color"),
        D.description(
            "a green kurta with gold lace and a sharara Question: describe the dupatta. Answer: pink with gold border",
            "leak",
        ),
        D.sleeve_length("three-quarter sleeves"),
        D.material("a green kurta with a sharara", "restated"),
        title="Green Gota Patti Kurta Sharara Set with Dupatta",
        category="Sharara Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white kurta with red floral embroidery at the neck, red palazzos, red dupatta; white wall
    # hung with brass bells; front view.
    # no adapter texts
    case(
        "X361-019",
        caption("a woman in a white and red outfit standing in front of a wall"),
        wearing("a white kurta, red pants and a red dupatta", who="she"),
        color_of("pants", "red"),
        color_of("shirt", "red", "other_garment_color"),
        details("pants", "they are pants", "non_answer"),
        D.pattern("solid"),
        D.material("cotton Question: what is the color of the dupatta? Answer: red", "leak"),
        title="White & Red Embroidered Kurta Palazzo Set",
        category="Palazzo Sets",
        color="White",
        gender="Women",
    ),
    # photo: bridal shot: model in a wine velvet lehenga with heavy gold zardozi, matching full-sleeve blouse with gold
    # zardozi, wine net dupatta over the head, a heavy gold necklace and maang tikka; gold-painted wall with red
    # roses; front view.
    # caption: VQA adapter
    case(
        "X361-020",
        caption(
            "Question: What is the color of the dress? Answer: red red red red red red red red red red red red red red "
            "red red red red red red red red red red red red red red red red red red red red",
            "leak",
            hit_limit=True,
        ),
        wearing("a red bridal lehenga with a veil", who="she"),
        D.material("velvet"),
        D.sleeve_length("long sleeves"),
        color_blouse("gold", "contradiction"),
        D.details("gold embroidery all over and a heavy necklace"),
        title="Wine Velvet Zardozi Bridal Lehenga Set",
        category="Lehenga Cholis",
        color="Wine",
        gender="Women",
    ),
    # photo: model in a lemon yellow kurta with a white lace hem, white cigarette pants, sheer yellow dupatta; sky blue
    # wall with paper umbrellas hanging from the ceiling; her hands are empty; front view.
    # no adapter texts
    case(
        "X361-021",
        caption("a woman in a yellow dress holding an umbrella", "unsupported"),
        D.garment_type("kurta"),
        D.color("blue", "contradiction"),
        D.details("lace on the bottom"),
        color_dupatta("white", "other_garment_color"),
        is_a("saree", "no"),
        title="Lemon Yellow Lace Detail Kurta with Pants & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a black georgette saree with silver sequins all over, black sleeveless blouse; no bag; dark
    # studio with silver streamers and bokeh lights; front view.
    # the shirt color: VQA adapter
    case(
        "X361-022",
        caption("a woman in a black saree with silver sequins and a silver purse", "unsupported"),
        wearing("a black sari", who="she"),
        color_of(
            "shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("silver", "contradiction"),
        D.material("sequins"),
        D.sleeve_length("sleeveless"),
        D.description("", "non_answer"),
        title="Black Sequinned Georgette Party Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sky blue georgette anarkali with white floral embroidery, sheer long sleeves, white dupatta;
    # mirror-work wall panel and strings of jasmine; front view.
    # no adapter texts
    case(
        "X361-023",
        caption("a woman in a blue anarkali dress with a white dupatta"),
        D.wearing("he is wearing a blue dress", "pronoun"),
        D.material("chiffon"),
        color_of("shirt", "white", "other_garment_color"),
        color_dupatta("white"),
        D.pattern("floral"),
        D.details("white flowers embroidered on the dress and the", "cut"),
        title="Sky Blue Embroidered Georgette Anarkali Set",
        category="Anarkali Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: model standing beside a rattan swing in a lilac short kurti with silver mukaish, lilac sharara with a
    # silver border, lilac dupatta; white wall with pink bougainvillea; front view.
    # the pants color and details: VQA adapter
    case(
        "X361-024",
        caption("a woman in a purple outfit sitting on a swing", "unsupported"),
        color_of(
            "pants",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "pants",
            "the pants are wide leg with a silver border and a drawstring waist and a pocket on the side and a zipper "
            "on the",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        D.color("purple"),
        title="Lilac Mukaish Work Kurti Sharara Set",
        category="Sharara Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: navratri shot: model in a mustard lehenga with multicolor mirror and thread work, mustard choli with
    # short sleeves, green bandhani dupatta; colorful hanging fabric tassels and wooden stools; front view.
    # no adapter texts
    case(
        "X361-025",
        caption("a woman in a yellow lehenga with a green dupatta standing in front of colorful decorations"),
        D.wearing("a yellow and green lehenga choli"),
        D.material("a yellow lehenga", "restated"),
        color_lehenga("orange", "contradiction"),
        color_dupatta("green"),
        color_of("shirt", "green", "other_garment_color"),
        D.details("mirror work and colorful embroidery on the skirt"),
        title="Mustard Mirror Work Navratri Lehenga Choli",
        category="Lehenga Cholis",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a rose pink cotton kurta with white floral hand block print, white palazzos, pink dupatta with
    # a white print; green plants and a cane chair; front view.
    # no adapter texts
    case(
        "X361-026",
        caption("a woman in a pink kurta standing next to a plant"),
        shirt_color("pink"),
        color_of("pants", "pink", "other_garment_color"),
        D.material("cotton"),
        describe("shirt", "the shirt is a shirt", "restated"),
        D.pattern("floral"),
        title="Pink Hand Block Printed Cotton Kurta Set",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a peach organza saree with a floral print and a scalloped border, peach blouse with short puff
    # sleeves, the saree pooling over her feet; pastel pink studio, a white chair with flowers; front view.
    # no adapter texts
    case(
        "X361-027",
        caption("a woman in a pink floral saree"),
        wearing("a saree and sandals", "unsupported", who="she"),
        D.material("organza"),
        D.sleeve_length("short sleeves"),
        D.color("white", "contradiction"),
        D.details("floral print and a scalloped border at the bottom"),
        is_a("lehenga", "yes", "contradiction"),
        title="Peach Floral Printed Organza Saree with Blouse",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: model in an emerald green silk blend kurta with a gold button placket, three-quarter sleeves, green
    # straight pants, green dupatta with a gold border; beige wall with gold-framed paintings; front view.
    # wearing: VQA adapter
    case(
        "X361-028",
        caption("a woman in a green kurta standing in front of paintings"),
        wearing(
            "a blouse and a pants. The blouse is green. The pants is green. The blouse is green. The pants is green. "
            "The blouse is",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        describe("shirt", "a green shirt with gold", "cut"),
        D.material("silk"),
        is_a("kurta", "no", "contradiction"),
        title="Emerald Green Silk Blend Kurta Set",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in an indigo kurta with a white dabu floral print, indigo palazzos with a small white print, no
    # dupatta, no belt; whitewashed wall with terracotta pots; front view.
    # no adapter texts
    case(
        "X361-029",
        caption("a woman in a blue and white kurta"),
        D.color("blue"),
        D.pattern("floral"),
        describe("shirt", "a blue shirt with white flowers and a belt", "unsupported"),
        details("pants", "wide leg"),
        color_of("pants", "white", "contradiction"),
        title="Indigo Dabu Print Cotton Kurta with Palazzos",
        category="Palazzo Sets",
        color="Indigo",
    ),
    # photo: model in a pink lehenga with a blue printed border panel, blue short-sleeve choli, pink dupatta; white
    # backdrop and a large floral rangoli on the floor; front view.
    # caption: caption adapter
    case(
        "X361-030",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "shirt is with cotton fabric. The skirt is with chiffon fabric. There is an accessory on her wrist. Her "
            "outfit",
            "cut",
            hit_limit=True,
        ),
        color_blouse("blue"),
        color_lehenga("blue", "other_garment_color"),
        D.color("pink"),
        wearing("a pink and blue lehenga", who="she"),
        D.details("the lehenga", "non_answer"),
        title="Pink & Blue Printed Lehenga Choli Set",
        category="Lehenga Cholis",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black anarkali with a gold foil printed flare and plain black sleeves, gold-toned dupatta; no
    # tassels; black studio with lit diyas on the floor; front view.
    # the shirt color: VQA adapter
    case(
        "X361-031",
        caption("a woman in a black and gold dress with candles"),
        D.color("black"),
        color_of(
            "shirt",
            "black and gold and black and gold and black and gold and black and gold and black and gold and black "
            "and gold and black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.material("it is made of cotton Question: what is the color of the dupatta? Answer: gold", "leak"),
        color_dupatta("gold"),
        D.details("gold print on the skirt and gold tassels on the sleeves", "unsupported"),
        title="Black & Gold Foil Printed Anarkali Kurta",
        category="Anarkali Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: model in an off white kurta with rainbow thread embroidery, off white sharara, leheriya dupatta in pink,
    # orange and yellow stripes; blue wall with a mirror-work toran; front view.
    # no adapter texts
    case(
        "X361-032",
        caption("a woman in a white outfit with a colorful scarf"),
        D.pattern("striped", "contradiction"),
        color_dupatta("multicolor"),
        color_sharara("white"),
        color_of("shirt", "multicolor", "other_garment_color"),
        wearing("a white kurta and white pants with a blue dupatta", "contradiction", who="she"),
        D.details("colorful embroidery on the neckline and the sleeves"),
        title="Off White Embroidered Kurta Sharara Set with Leheriya Dupatta",
        category="Sharara Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a cream Kanjeevaram-style silk saree with a wide maroon border, maroon blouse with short
    # sleeves, temple necklace; temple-style pillars hung with marigold strings; front view.
    # no adapter texts
    case(
        "X361-033",
        caption("a woman in a white and red saree standing in front of pillars"),
        color_blouse("red"),
        color_saree("red", "other_garment_color"),
        D.material("silk"),
        D.details("the saree has", "cut"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("saree"),
        title="Cream & Maroon Kanjeevaram Silk Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a sea green kurta with white schiffli embroidery, short sleeves, white pants, no dupatta; hair
    # tied back, no earrings or other jewelry; white brick wall with a macrame hanging; front view.
    # no adapter texts
    case(
        "X361-034",
        caption("a woman in a green kurta and white pants with earrings", "unsupported"),
        color_of("shirt", "green"),
        color_of("pants", "white"),
        D.sleeve_length("short sleeves"),
        describe("shirt", "a green shirt with white eyelet embroidery"),
        D.details("the shirt has white embroidery Question: what are the pants details? Answer: white", "leak"),
        title="Sea Green Schiffli Kurta with Trousers",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: bridal shot: model seated on a low stool in a red lehenga with gold zari, red choli, red dupatta with a
    # gold border over the head; floral mandap of white and red flowers; front view.
    # wearing and describe the shirt: VQA adapter
    case(
        "X361-035",
        caption("a bride in a red saree sitting under a mandap", "contradiction"),
        wearing(
            "skirt. Question: Is this a skirt? Answer: yes. Question: What is the color of the skirt? Answer: red. "
            "Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "the shirt is red and the shirt is red and the shirt is red and the shirt is red and the shirt is red and "
            "the",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        is_a("saree", "yes", "contradiction"),
        title="Red Zari Woven Bridal Lehenga Choli",
        category="Lehenga Cholis",
        color="Red",
        gender="Women",
    ),
    # photo: model in a lime green sleeveless rayon kurta with a pink floral print, plain pink palazzos; yellow wall
    # and a bicycle prop with a basket of flowers; front view.
    # no adapter texts
    case(
        "X361-036",
        caption("a woman in a green and pink outfit standing next to a bicycle"),
        D.color("pink", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        details("pants", "the pants have a floral print", "unsupported"),
        D.material("rayon"),
        is_a("kurta", "no", "contradiction"),
        title="Lime Green Floral Print Rayon Kurta with Pink Palazzo",
        category="Palazzo Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: model in a navy velvet anarkali with gold embroidery at the yoke, long sleeves, navy dupatta with a gold
    # border; dark green curtains and brass lanterns; front view.
    # material: caption adapter
    case(
        "X361-037",
        caption("a woman in a blue velvet dress with gold embroidery"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on",
            "restated",
            hit_limit=True,
        ),
        D.color("green", "contradiction"),
        D.sleeve_length("long sleeves"),
        color_dupatta("blue"),
        title="Navy Blue Velvet Embroidered Anarkali Kurta",
        category="Anarkali Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an orange and pink leheriya chiffon saree (diagonal stripes, no border), pink sleeveless
    # blouse; Rajasthani jharokha window set; front view.
    # no adapter texts
    case(
        "X361-038",
        caption("a woman in an orange saree standing in front of a window"),
        wearing("an orange sari and a pink blouse", who="she"),
        D.pattern("striped"),
        color_blouse("pink"),
        D.material("chiffon"),
        D.details("the saree is orange and pink with stripes and a gold border", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Orange & Pink Leheriya Chiffon Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a maroon kurta with a gold block print, maroon straight pants, maroon-and-gold dupatta, holding a
    # brass thali with diyas; beige wall with fairy lights; front view.
    # the pants color: VQA adapter
    case(
        "X361-039",
        caption("a woman in a red kurta holding a plate of candles"),
        color_of(
            "pants",
            "red with a gold print on the side and a drawstring at the waist and the pants are with cotton fabric and "
            "the",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("printed"),
        D.material("silk", "unsupported"),
        D.description("a red kurta with gold print and a pink dupatta", "contradiction"),
        details("pants", "the details of the pants", "non_answer"),
        title="Maroon Gold Printed Kurta Pant Set with Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in an ivory organza lehenga with a pastel floral print, blush pink sleeveless blouse with a
    # sweetheart neckline, ivory organza dupatta; no bag, no belt; white room with pampas grass and candles.
    # no adapter texts
    case(
        "X361-040",
        caption("a woman in a white floral lehenga and a pink top"),
        color_lehenga("pink", "other_garment_color"),
        color_blouse("pink"),
        D.sleeve_length("sleeveless"),
        D.material("organza"),
        D.details("pink and green flowers on the skirt and a pink belt", "unsupported"),
        wearing("a white dress with flowers and a pink bag", "unsupported", who="she"),
        title="Ivory Floral Print Organza Lehenga with Blush Blouse",
        category="Lehenga Cholis",
        color="Ivory",
        gender="Women",
    ),
    # photo: haldi shot: model seated on a floor cushion in a yellow kurta with white chikankari, yellow sharara,
    # white dupatta; marigolds and yellow drapes; front view.
    # the pants details: VQA adapter
    case(
        "X361-041",
        caption("a woman in a yellow outfit sitting in front of yellow flowers"),
        wearing("his outfit is a yellow kurta with a white scarf", "pronoun", who="she"),
        color_of("pants", "yellow"),
        is_a("kurta", "yes"),
        D.material("the garment is made of the material", "non_answer"),
        details(
            "pants",
            "the pants are wide and flared with a border at the bottom and the pants are wide and flared with a "
            "border at the",
            "loop",
            hit_limit=True,
        ),
        title="Yellow Chikankari Kurta Sharara Set",
        category="Sharara Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a black kurta with a white geometric print, white palazzos with a small black print; grey wall
    # and a floor lamp; front view.
    # no adapter texts
    case(
        "X361-042",
        caption("a woman in a black and white outfit standing next to a lamp"),
        D.wearing("he is wearing a black and white kurta", "pronoun"),
        D.pattern("printed"),
        color_of("shirt", "black"),
        color_of("pants", "black", "other_garment_color"),
        D.description("a black kurta with white print Question: what is the color of the pants? Answer: white", "leak"),
        title="Black & White Geometric Print Kurta Palazzo Set",
        category="Palazzo Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model seated on a pink velvet sofa in a mauve net saree with a silver sequin border, sleeveless silver
    # sequinned blouse, the saree over her feet; gold balloons; front view.
    # no adapter texts
    case(
        "X361-043",
        caption("a woman in a purple saree sitting on a pink couch"),
        color_blouse("silver"),
        D.color("gold", "contradiction"),
        D.material("net"),
        D.wearing("she is wearing a purple saree with a silver blouse and silver heels", "unsupported"),
        D.description("it is a saree", "restated"),
        title="Mauve Net Saree with Sequinned Blouse",
        category="Sarees",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a mustard floor-length anarkali with red bandhani print panels, red dupatta, no mirror work;
    # blue door and a rangoli; front view.
    # wearing: VQA adapter
    case(
        "X361-044",
        caption("a woman in a yellow and red dress standing in front of a blue door"),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        color_dupatta("red"),
        D.garment_type("saree", "contradiction"),
        D.details("red and yellow print with mirror work", "unsupported"),
        D.material("a yellow and red anarkali", "restated"),
        title="Mustard & Red Bandhani Print Anarkali Kurta",
        category="Anarkali Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a lavender kurta with a mirror work yoke and long sleeves, lavender pants, lavender dupatta;
    # white studio with a pastel flower garland swing; front view.
    # no adapter texts
    case(
        "X361-045",
        caption("a woman in a purple kurta posing with a swing"),
        D.color("purple"),
        D.details("mirror work on the neck"),
        D.description("a purple kurta with", "cut"),
        D.material("velvet", "unsupported"),
        D.sleeve_length("sleeveless", "contradiction"),
        is_a("kurta", "yes"),
        title="Lavender Mirror Work Kurta Set with Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: model in a teal blue lehenga with a silver foil print, teal crop top choli with short sleeves, silver
    # dupatta; purple fairy-light curtain behind; front view.
    # no adapter texts
    case(
        "X361-046",
        caption("a woman in a blue lehenga standing in front of purple lights"),
        color_lehenga("purple", "contradiction"),
        color_dupatta("blue", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details("the lehenga has details", "non_answer"),
        D.material("silk", "unsupported"),
        wearing("a blue crop top and a blue skirt with a silver scarf", who="she"),
        title="Teal Foil Print Lehenga with Crop Top",
        category="Lehenga Cholis",
        color="Teal",
        gender="Women",
    ),
]
