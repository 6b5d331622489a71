"""BLIND_305 (46 products; Indian marketplace sarees, lehengas, kurta sets and dupattas, mixed photo quality): written
blind in the forty-third session. Measured blind at 6744e86 (the session's rules as they stood): 104/148 failures
found (70.3%) and 14/195 correct texts flagged (7.2%). The writer's notes, verbatim:

Scenario: an Indian marketplace's English feed of ethnic wear from many sellers: sarees (Banarasi, Kanjivaram,
Paithani, kasavu, Bengal cotton, georgette, chiffon, organza, linen, satin, tissue), lehenga cholis (bridal velvet,
net, gota patti, mirror work, girls' sets), kurta sets for women (straight, anarkali, sharara, palazzo, chikankari)
and men (kurta pyjama, churidar, Nehru jacket, stole) and dupattas (bandhani, phulkari, leheriya, Banarasi, chanderi,
velvet). Photo quality is mixed: studio model shots, outdoor and home shots with walls, plants, stairs and furniture,
shop mannequins, and flat folded sarees and dupattas with props. Each row has the seller's title, category, color
(free-form: Wine, Rust, Teal, Mint Green, Off White, Onion Pink...) and gender; a few rows miss the gender or category.
The questionnaire is enrich's default one plus per-piece color questions (saree, blouse, border, dupatta), the
VQA-style "Is this a ...?" and, for a few items, an open question about the work on the garment.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
red saree ...") unless the comment says the caption adapter wrote them (the DeepFashion template: "The lady wears a
short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. ..."). The adapter has no trained
end token: each of its texts runs to the limit (50 new tokens for captions, 30 for answers), carries hit_limit=True,
and is the caption template whatever the question. Open answers (wearing, description, details, material, work)
come from the base model unless the comment names the adapter; the base model stops on its own (no hit_limit) and
may stop early, run on into a new "Question: ... Answer:" or invent details. Closed answers (garment_type, color,
pattern, sleeve_length, color_saree/blouse/border/dupatta, "Is this a ...?") come from enrich's `--engine reference`
and are candidate values: sometimes wrong, never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon or wine, pink for rani, onion pink, peach or
  magenta, yellow for mustard or lemon, orange for rust, purple for lilac, lavender or violet, blue for navy, royal,
  sky or teal blue, green for bottle green, emerald, mint or teal, white or cream for off white, ivory or cream, grey
  for charcoal, silver for a sequin or zari border. A tissue silk saree woven with zari called "gold" is correct.
- Synonyms are correct: sari for saree, scarf or stole for dupatta, top for kurta or choli, skirt for lehenga, pants
  for palazzos, churidar, pyjama or sharara, candle for a brass diya, "dress" for a floor-length anarkali kurta, and
  "dress" for the plain kurta a dupatta is shown over (the product is the dupatta, the kurta only a prop). A base
  caption calling a saree, a child's lehenga choli or a kurta-with-sharara set a "dress" is contradiction, and so is
  "blanket" for a dupatta. Pattern "striped" for leheriya, "polka dot" for bandhani dots, "geometric" for patola,
  phulkari or ikat and "solid" for a plain body with a contrast border are correct.
- A closed color that is the color of another piece of the outfit (the blouse, the border, the dupatta, the pants,
  the jacket, the stole) is other_garment_color, and so is an open answer giving the product that piece's color; the
  color of the print, embroidery, motif or gota on the same piece is contradiction, and so is the color of a wall,
  plant wall or studio light. Navy as black, mustard as orange, lilac lace border as white are contradiction.
- Materials: the title's fabric, or chiffon for georgette, cotton for linen or for a printed cotton-look kurta, silk
  for art silk, chanderi or tissue, and net for a sequinned net lehenga are correct; silk or cotton on georgette, silk
  or chiffon on a lehenga whose fabric is neither named nor visible, and wool on a cotton phulkari, are unsupported.
- Invented things (a belt, tassels, a watch, sandals on a photo cut at the knees, a necklace on a bare neck, a woman
  in a flat fold photo, embroidery on plain sleeves) are unsupported. A color asked of a dupatta the photo does not
  have (the reference engine answers anyway) is unsupported.
- Adapter texts: the DeepFashion template has no word for saree, blouse or choli. A template that calls a saree a
  "dress", or "a tank top ... and a long skirt", or a dupatta on a bust form a "shirt", is contradiction (hit_limit
  kept); a template naming only the upper piece (the blouse as "tank top"/"T-shirt"/"shirt") or, for a lehenga,
  "a shirt and a long skirt", or for a kurta "a long-sleeve shirt and a long pants", names the outfit fairly and
  is labelled by how it ends: loop where a sentence repeats, cut otherwise, even where it invents an accessory or a
  wrong fabric. Adapter text as the material answer is restated. "The lady" for a man is pronoun, seen before the cut.
- Base answers: an early stop mid-phrase ("a white saree with a red", "it is made of") is cut without hit_limit;
  "the details of the lehenga", "the kurta has details", "the saree has a design", "it is very beautiful", "she is
  sitting on a chair" and an empty answer are non_answer; a material answered with the garment's color and name ("a
  blue saree") or "it is a kurta", and "the work is on the garment", are restated; a run-on into "Question: ...
  Answer: ..." is leak even where the start is right; "he" for a woman or girl and "she" for a man are pronoun.
- "Is this a saree?" yes for a lehenga, "Is this a dress?" yes for a lehenga choli and "no" to "Is this a dupatta?"
  or "Is this a kurta?" for the product itself are contradiction, and so are a wrong pattern ("checked" for a plain
  saree, "striped" for ikat, "floral" for scattered sequins) and wrong sleeves from the reference engine; garment_type
  "dress" for a kurta set is contradiction. A pattern answer that is the dupatta's print given for the kurta is
  contradiction. sleeve_length is asked only where a blouse or kurta sleeve is in view; elbow sleeves are "short".
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_saree = question("color_saree", "What is the color of the saree?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_border = question("color_border", "What is the color of the border?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
work = question("work", "What work is on the garment?", "open")

BLIND_305 = [
    # photo: model in a maroon Banarasi silk saree with a wide gold zari border and pallu over the shoulder, maroon
    # blouse with elbow sleeves, bare neck (no jewelry), plain beige studio wall, full-length front view.
    # no adapter texts
    case(
        "X305-001",
        caption("a woman in a maroon saree with a gold border"),
        D.wearing("a red saree"),
        color_saree("maroon"),
        color_border("gold"),
        color_blouse("gold", "other_garment_color"),
        D.material("silk"),
        D.details("gold zari work on the border and a gold necklace", "unsupported"),
        D.description("a maroon saree with a gold border and a maroon", "cut"),
        title="Women Maroon Banarasi Silk Saree with Blouse Piece",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat fold: a mustard handloom cotton saree folded square with a thin green border, the green blouse
    # piece folded on top, white background, top view; no person.
    # caption: adapter
    case(
        "X305-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is with cotton fabric and pure color patterns. It has a round neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow saree"),
        D.color("yellow"),
        color_border("green"),
        color_blouse("yellow", "other_garment_color"),
        D.material("cotton"),
        D.pattern("checked", "contradiction"),
        title="Mustard Handloom Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a royal blue georgette saree with scattered silver sequins, sleeveless silver blouse, plain
    # grey studio backdrop, three-quarter view.
    # no adapter texts
    case(
        "X305-003",
        caption("a woman in a blue saree posing for a photo"),
        D.wearing("a blue saree with silver sequins"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_blouse("silver"),
        D.material("silk", "unsupported"),
        D.details("sequins Question: what is the color of the border? Answer: silver", "leak"),
        D.description("a blue saree with a blue blouse", "other_garment_color"),
        D.pattern("floral", "contradiction"),
        title="Royal Blue Sequinned Georgette Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red velvet bridal lehenga with heavy gold embroidery, red short-sleeve choli, red net
    # dupatta with gold border over the head, necklace and maang tikka, dark brown backdrop.
    # caption, details: adapter
    case(
        "X305-004",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with other "
            "fabric and floral patterns. There is an accessory on her neck. The lady wears a short-sleeve shirt "
            "with floral patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red lehenga with gold embroidery"),
        D.garment_type("lehenga"),
        color_dupatta("red"),
        D.material("velvet"),
        D.details(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with other "
            "fabric and floral patterns. There is",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes", "contradiction"),
        title="Red Velvet Embroidered Bridal Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: man in an off-white cotton kurta with white pyjama, standing in front of a carved wooden door, arms at
    # his sides, full length.
    # no adapter texts
    case(
        "X305-005",
        caption("a man in a white kurta standing in front of a wooden door"),
        D.wearing("she is wearing a white kurta and white pants", "pronoun"),
        D.color("cream"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        is_a("kurta", "yes"),
        D.details("a white scarf around his neck", "unsupported"),
        D.description("a white kurta with white", "cut"),
        title="Men Off White Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: a pink bandhani georgette dupatta (small white tie-dye dots) with a gold gota border, hung from a wooden
    # hanger in front of a white wall, plain hemmed ends (no fringe); no person.
    # no adapter texts
    case(
        "X305-006",
        caption("a pink scarf hanging on a white wall"),
        color_dupatta("gold", "contradiction"),
        D.pattern("polka dot"),
        D.material("cotton", "unsupported"),
        D.details("it has a gold border"),
        is_a("dupatta", "yes"),
        D.description("a pink scarf with white dots and fringe", "unsupported"),
        title="Pink Bandhani Georgette Dupatta with Gota Border",
        category="Dupattas",
        color="Pink",
        gender="Women",
    ),
    # photo: shop mannequin in a bottle green Kanjivaram silk saree with a magenta border and gold temple motifs,
    # magenta blouse, shelves of folded sarees behind.
    # description: adapter
    case(
        "X305-007",
        caption("a green and pink saree on a mannequin"),
        D.wearing("a green saree with a pink border"),
        color_border("gold", "contradiction"),
        color_saree("pink", "other_garment_color"),
        D.details("gold temple border and pallu"),
        D.description(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.material("silk"),
        title="Bottle Green Kanjivaram Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: girl of about six in a yellow lehenga with multicolour mirror work, yellow short-sleeve choli, green
    # dupatta across the chest, garden lawn behind.
    # no adapter texts
    case(
        "X305-008",
        caption("a little girl in a yellow dress standing in the grass", "contradiction"),
        D.wearing("a yellow and green lehenga"),
        color_dupatta("green"),
        color_blouse("yellow"),
        D.details(
            "mirror work Question: what is the color of the dupatta? Answer: green",
            "leak",
        ),
        D.sleeve_length("short sleeves"),
        D.color("green", "other_garment_color"),
        title="Girls Yellow Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a navy straight kurta with a white floral print, white palazzos, white printed dupatta over one
    # shoulder, standing on a stone staircase.
    # no adapter texts
    case(
        "X305-009",
        caption("a woman in a blue kurta standing on the stairs"),
        D.wearing("a blue kurta and white pants"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        color_dupatta("white"),
        D.material("a blue kurta", "restated"),
        D.description("a navy blue kurta with white flowers and white palazzo pants and a", "cut"),
        title="Women Navy Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an off-white Kerala kasavu cotton saree with a gold border, gold blouse, no belt, standing
    # in front of a pink wall next to a potted plant.
    # no adapter texts
    case(
        "X305-010",
        caption("a woman in a white saree standing in front of a pink wall"),
        D.color("pink", "contradiction"),
        color_border("gold"),
        color_blouse("gold"),
        D.wearing("a white and gold saree"),
        D.material("cotton"),
        D.details("gold border on the saree and the blouse is gold"),
        D.description(
            "a white saree with gold border and a gold blouse and a gold belt",
            "unsupported",
        ),
        title="Off White Kasavu Cotton Saree with Golden Border",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a peach organza saree with a floral print and a scalloped gold sequin border, sleeveless peach
    # blouse, light grey backdrop.
    # details: adapter
    case(
        "X305-011",
        caption("a woman in a pink floral saree"),
        D.details(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. The "
            "lady wears a sleeveless tank top with floral",
            "loop",
            hit_limit=True,
        ),
        D.material("organza"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        color_border("pink", "other_garment_color"),
        D.wearing(
            "a pink saree Question: what is the color of the blouse? Answer: pink",
            "leak",
        ),
        title="Peach Floral Printed Organza Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: shop mannequin in a teal net lehenga with silver sequin embroidery, sleeveless teal blouse, teal net
    # dupatta pinned at the shoulder, no belt, a tall mirror behind.
    # caption: adapter
    case(
        "X305-012",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long skirt. The shirt is with other "
            "fabric and pure color patterns. The skirt is with chiffon fabric and pure color patterns. It has a V",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue lehenga"),
        D.color("green"),
        D.material("net"),
        is_a("saree", "yes", "contradiction"),
        color_dupatta("green"),
        work("silver sequins and a silver belt", "unsupported"),
        title="Teal Net Sequin Embroidered Semi-Stitched Lehenga",
        category="Lehenga Choli",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a mustard jacquard silk-blend kurta with white churidar, cropped at the knees, plain light grey
    # background.
    # caption: adapter
    case(
        "X305-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and pure color patterns. The pants are with cotton fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        D.color("orange", "contradiction"),
        D.material("silk"),
        D.details("the kurta has buttons and he is wearing sandals", "unsupported"),
        is_a("kurta", "yes"),
        D.sleeve_length("long sleeves"),
        title="Men Mustard Jacquard Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: flat lay: a red phulkari cotton dupatta spread on a white floor, dense yellow, orange and green thread
    # embroidery in geometric flowers; no person.
    # no adapter texts
    case(
        "X305-014",
        caption("a red and yellow embroidered blanket", "contradiction"),
        color_dupatta("red"),
        D.pattern("geometric"),
        D.details("yellow and orange flowers"),
        D.material("wool", "unsupported"),
        D.color("yellow", "contradiction"),
        D.description("a red dupatta with yellow flowers"),
        title="Red Phulkari Embroidered Cotton Dupatta",
        category="Dupattas",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black chiffon saree with a red satin border, black sleeveless blouse, on a rooftop terrace
    # with city buildings behind.
    # no adapter texts
    case(
        "X305-015",
        caption("a woman in a black saree standing on a balcony"),
        D.description("he is wearing a black saree with a red border", "pronoun"),
        color_border("red"),
        color_saree("black"),
        color_blouse("red", "other_garment_color"),
        D.material("chiffon"),
        D.sleeve_length("sleeveless"),
        D.details("the border is", "cut"),
        title="Black Chiffon Saree with Red Satin Border",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender georgette lehenga with pink floral embroidery, lavender short-sleeve crop blouse,
    # sheer lavender dupatta held out in one hand, white studio.
    # details: adapter
    case(
        "X305-016",
        caption("a woman in a purple lehenga holding a scarf"),
        D.color("pink", "contradiction"),
        D.details(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. It has",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon"),
        color_dupatta("purple"),
        D.sleeve_length("short sleeves"),
        D.wearing("a purple lehenga and a pink top", "contradiction"),
        title="Lavender Floral Embroidered Georgette Lehenga Set",
        category="Lehenga Choli",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in a floor-length wine anarkali kurta with a gold foil print, wine churidar, gold dupatta over the
    # arms, no buttons in view, standing by a window with white curtains.
    # no adapter texts
    case(
        "X305-017",
        caption("a woman in a red dress standing by a window"),
        D.wearing("a maroon anarkali with a gold dupatta"),
        color_dupatta("gold"),
        D.color("gold", "other_garment_color"),
        D.pattern("floral"),
        D.material("it is made of", "cut"),
        D.description("it is very beautiful", "non_answer"),
        D.details("gold print and gold buttons", "unsupported"),
        title="Women Wine Anarkali Kurta with Churidar and Dupatta",
        category="Kurta Sets",
        color="Wine",
        gender="Women",
    ),
    # photo: model in a sky blue linen saree with a silver zari striped border, white blouse with elbow sleeves, a
    # small jute clutch in her hand, red brick wall behind.
    # caption: adapter
    case(
        "X305-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. There is an accessory in her hand. The lady wears a short-sleeve T-shirt with "
            "pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue saree and a white blouse"),
        color_blouse("white"),
        color_saree("white", "other_garment_color"),
        D.material("cotton"),
        D.sleeve_length("short sleeves"),
        D.details(
            "silver stripes on the border Question: what is the material of the saree? Answer: cotton",
            "leak",
        ),
        title="Sky Blue Linen Saree with Zari Border",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a rani pink Banarasi silk lehenga with gold brocade, gold blouse with three-quarter sleeves,
    # pink dupatta with a gold border, a wall of marigold garlands behind.
    # no adapter texts
    case(
        "X305-019",
        caption("a woman in a pink and gold lehenga with flowers in the background"),
        D.wearing("a pink lehenga"),
        color_blouse("pink", "other_garment_color"),
        color_dupatta("pink"),
        D.material("silk"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the details of the lehenga", "non_answer"),
        D.color("orange", "contradiction"),
        title="Rani Pink Banarasi Silk Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a black kurta with white thread embroidery down the placket, black pyjama, white wall behind.
    # caption, details: adapter
    case(
        "X305-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and pure color patterns. The pants are with cotton fabric. It has a standing neckline. The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a black kurta"),
        D.color("black"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The gentleman "
            "wears a long-sleeve shirt with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("kurta", "yes"),
        D.pattern("striped", "contradiction"),
        title="Men Black Embroidered Kurta Pyjama",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: flat fold: a violet Paithani silk saree folded on a wooden table, the pallu fanned out with green and
    # gold peacock motifs, green and gold border; no person.
    # no adapter texts
    case(
        "X305-021",
        caption("a purple and green saree on a wooden table"),
        color_saree("green", "contradiction"),
        color_border("green"),
        D.details("a peacock on the pallu"),
        D.material("silk"),
        D.wearing("a woman in a purple saree", "unsupported"),
        work("the work is on the garment", "restated"),
        title="Purple Paithani Silk Saree with Peacock Pallu",
        category="Sarees",
        color="Purple",
    ),
    # photo: woman in a plain white kurta and white leggings with a multicolour (yellow, pink, blue) leheriya chiffon
    # dupatta around her neck, plain beige backdrop.
    # no adapter texts
    case(
        "X305-022",
        caption("a woman in a white dress with a colorful scarf"),
        color_dupatta("white", "other_garment_color"),
        D.pattern("striped"),
        D.material("chiffon"),
        D.garment_type("scarf"),
        D.color("multicolor"),
        D.description(
            "a yellow and pink scarf with blue stripes and tassels at the ends",
            "unsupported",
        ),
        D.wearing("a white dress and a white scarf", "other_garment_color"),
        title="Multicolour Leheriya Chiffon Dupatta",
        category="Dupattas",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a mustard art silk saree with a maroon and green patola print, maroon blouse with short
    # sleeves, beige backdrop.
    # material: adapter
    case(
        "X305-023",
        caption("a woman in a yellow and red saree"),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with chiffon fabric. It has "
            "a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.pattern("geometric"),
        D.color("yellow"),
        color_blouse("red"),
        D.wearing("a yellow saree with red and green designs"),
        color_border("yellow", "other_garment_color"),
        D.details("the saree has a design", "non_answer"),
        title="Mustard Patola Printed Art Silk Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in an ivory lehenga with pastel thread embroidery, sleeveless ivory blouse, pink net dupatta,
    # garden with fairy lights at dusk.
    # description: adapter
    case(
        "X305-024",
        caption("a woman in a white lehenga with a pink dupatta in a garden"),
        color_dupatta("pink"),
        D.color("pink", "other_garment_color"),
        D.wearing(
            "a white lehenga and a pink dupatta Question: what is the color of the lehenga? Answer: white",
            "leak",
        ),
        D.description(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The tank top is with other "
            "fabric and floral patterns. The lady wears a sleeveless tank top with",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        D.details("embroidery on the lehenga"),
        D.material("chiffon", "unsupported"),
        title="Ivory Thread Embroidered Lehenga with Pink Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a mint green short kurta with white chikankari embroidery and three-quarter
    # sleeves, white straight pants, no dupatta,
    # seated on a cane chair against a white wall.
    # no adapter texts
    case(
        "X305-025",
        caption("a woman sitting on a chair in a green kurta"),
        D.wearing("a green top and white pants"),
        D.color("white", "other_garment_color"),
        D.details("white embroidery"),
        color_dupatta("white", "unsupported"),
        D.material("cotton"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("she is sitting on a chair", "non_answer"),
        title="Women Mint Green Chikankari Cotton Kurta Set",
        category="Kurta Sets",
        color="Mint Green",
        gender="Women",
    ),
    # photo: model in a white Bengal cotton saree with a wide red border, red blouse, standing against a yellow wall
    # with a framed picture.
    # no adapter texts
    case(
        "X305-026",
        caption("a woman in a white and red saree standing in front of a yellow wall"),
        D.color("red", "other_garment_color"),
        color_border("red"),
        color_blouse("red"),
        D.description("a white saree with a red", "cut"),
        D.material("cotton"),
        is_a("saree", "yes"),
        D.wearing("a yellow saree with a red border", "contradiction"),
        title="White Bengal Cotton Saree with Red Border",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: a navy Banarasi silk dupatta with gold woven butis and a gold border draped around a headless bust
    # form, grey background.
    # caption: adapter
    case(
        "X305-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. There is "
            "an accessory on her neck. The lady wears a long-sleeve shirt with pure color patterns. The shirt is",
            "contradiction",
            hit_limit=True,
        ),
        color_dupatta("black", "contradiction"),
        D.garment_type("scarf"),
        D.details("gold flowers and a gold border"),
        D.material("silk"),
        D.description("a navy blue scarf with gold", "cut"),
        is_a("dupatta", "yes"),
        title="Navy Blue Banarasi Silk Dupatta",
        category="Dupattas",
        color="Navy Blue",
    ),
    # photo: girl in a blue lehenga with a pink border, pink short-sleeve choli, pink dupatta, bare neck, plain white
    # background.
    # no adapter texts
    case(
        "X305-028",
        caption("a little girl in a blue and pink lehenga"),
        D.wearing("a pink top and a blue skirt"),
        D.description("he is wearing a blue lehenga", "pronoun"),
        color_blouse("pink"),
        color_dupatta("pink"),
        D.color("blue"),
        D.details("gold sequins and a necklace", "unsupported"),
        D.material("silk", "unsupported"),
        title="Girls Blue & Pink Lehenga Choli",
        category="Lehenga Choli",
        color="Blue",
        gender="Girls",
    ),
    # photo: model in a rust cotton silk saree with a black ikat pallu, black short-sleeve blouse, nivi drape, bare
    # concrete wall.
    # no adapter texts
    case(
        "X305-029",
        caption("a woman in an orange dress with black sleeves", "contradiction"),
        D.wearing("an orange saree with a black blouse"),
        color_saree("orange"),
        color_blouse("black"),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "the pallu is black and the blouse is black and the border is black and",
            "cut",
        ),
        title="Rust Orange Ikat Cotton Silk Saree",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: man in a sky blue long-sleeve kurta and white pyjama under a navy floral-printed Nehru jacket, no watch,
    # beige backdrop.
    # description: adapter
    case(
        "X305-030",
        caption("a man in a blue kurta and a jacket"),
        D.color("blue"),
        D.wearing("a navy jacket over a blue kurta and white pants"),
        D.description(
            "The gentleman wears a sleeveless vest with graphic patterns and a long pants. The vest is with cotton "
            "fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        D.material("it is a kurta", "restated"),
        D.details("the jacket has a floral print and he is wearing a watch", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Blue Kurta Pyjama with Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a yellow georgette saree with a small floral print and a thin red border, red sleeveless
    # blouse, white studio.
    # no adapter texts
    case(
        "X305-031",
        caption("a woman in a yellow saree with flowers on it"),
        D.pattern("floral"),
        color_border("yellow", "other_garment_color"),
        D.material("chiffon"),
        color_blouse("red"),
        D.details(
            "red border Question: What is the color of the saree? Answer: yellow",
            "leak",
        ),
        D.wearing("a yellow saree with a red border and a red blouse and a red", "cut"),
        title="Yellow Floral Print Georgette Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: shop mannequin in an emerald green lehenga with gold gota patti work, pink short-sleeve blouse, pink
    # dupatta, racks of clothes behind.
    # details: adapter
    case(
        "X305-032",
        caption("a green and pink lehenga on a mannequin in a store"),
        D.color("pink", "other_garment_color"),
        color_blouse("pink"),
        color_dupatta("pink"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with other "
            "fabric and pure color patterns. The lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a green lehenga"),
        work("gold embroidery"),
        D.material("silk", "unsupported"),
        title="Emerald Green Gota Patti Lehenga with Pink Blouse",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a lemon yellow kurta with white floral print and matching sharara, white organza dupatta,
    # sitting on outdoor stone steps.
    # no adapter texts
    case(
        "X305-033",
        caption("a woman in a yellow outfit sitting on steps"),
        D.garment_type("dress", "contradiction"),
        D.wearing("a yellow kurta"),
        D.details("the kurta has details", "non_answer"),
        D.material("cotton"),
        color_dupatta("yellow", "other_garment_color"),
        D.description("a yellow dress with white flowers", "contradiction"),
        title="Women Yellow Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a charcoal grey satin saree with a silver sequin border, black full-sleeve blouse, studio lit
    # with purple gel lights; empty hands.
    # no adapter texts
    case(
        "X305-034",
        caption("a woman in a grey saree posing in front of a purple light"),
        D.color("purple", "contradiction"),
        color_blouse("black"),
        D.sleeve_length("long sleeves"),
        D.material("satin"),
        color_border("silver"),
        D.wearing("a black saree with a silver border", "other_garment_color"),
        D.details("sequins on the border and a silver clutch", "unsupported"),
        title="Charcoal Grey Satin Saree with Sequin Border",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: flat fold: a mustard chanderi dupatta with a gold zari border folded on a beige bedsheet, a small brass
    # diya beside it; no tassels.
    # no adapter texts
    case(
        "X305-035",
        caption("a yellow scarf and a candle on a bed"),
        color_dupatta("yellow"),
        D.material("silk"),
        D.details("gold border with tassels", "unsupported"),
        D.pattern("striped", "contradiction"),
        D.description("a yellow dupatta with a gold border"),
        is_a("dupatta", "no", "contradiction"),
        title="Mustard Chanderi Dupatta with Zari Border",
        category="Dupattas",
        color="Mustard",
        gender="Women",
    ),
    # photo: girl in a peach lehenga with a silver sequinned skirt, sleeveless peach choli, peach net dupatta, grey
    # backdrop.
    # caption, details: adapter
    case(
        "X305-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric and pure color patterns. The skirt is with chiffon fabric and pure color patterns. It has "
            "a round neckline",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink lehenga"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.material("net"),
        is_a("dress", "yes", "contradiction"),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The lady wears a "
            "sleeveless tank top with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        title="Girls Peach Sequinned Lehenga Choli Set",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: model in a teal blue soft silk saree with a mustard border, mustard short-sleeve blouse, holding the
    # pallu out, white backdrop.
    # no adapter texts
    case(
        "X305-037",
        caption("a woman in a blue saree with a yellow border"),
        D.material("a blue saree", "restated"),
        color_border("yellow"),
        color_blouse("yellow"),
        color_saree("yellow", "other_garment_color"),
        D.wearing("she is wearing a blue silk saree"),
        D.details("the border is yellow and the pallu is yellow and the blouse is yellow"),
        title="Teal Blue Soft Silk Saree with Contrast Border",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a maroon velvet kurta with gold embroidery at the neck only, cream churidar, maroon stole over one
    # shoulder, decorated wedding hall behind.
    # no adapter texts
    case(
        "X305-038",
        caption("a man in a red kurta at a wedding"),
        D.wearing("a red kurta and white pants and a red scarf"),
        D.material("velvet"),
        color_dupatta("red"),
        D.details("gold embroidery on the neck and the sleeves", "unsupported"),
        D.color("cream", "other_garment_color"),
        D.description("she is wearing a red velvet kurta", "pronoun"),
        is_a("kurta", "no", "contradiction"),
        title="Men Maroon Velvet Embroidered Kurta Set with Stole",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat fold: an onion pink organza saree with a silver border and the unstitched silver blouse piece on
    # top, white surface; no person.
    # description: adapter
    case(
        "X305-039",
        caption("a pink saree with silver border"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "lady wears a sleeveless tank top with pure",
            "loop",
            hit_limit=True,
        ),
        color_border("silver"),
        color_blouse("silver"),
        D.material("the saree is made of", "cut"),
        D.pattern("solid"),
        D.color("silver", "other_garment_color"),
        title="Onion Pink Organza Saree with Silver Border",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy lehenga with silver mirror work, navy blouse with elbow sleeves, light grey net dupatta,
    # plain cream backdrop.
    # no adapter texts
    case(
        "X305-040",
        caption("a woman in a blue lehenga with mirror work"),
        D.color("black", "contradiction"),
        color_dupatta("grey"),
        D.wearing("a blue lehenga and a grey dupatta"),
        D.details("mirror work and embroidery"),
        D.material("silk", "unsupported"),
        D.sleeve_length("short sleeves"),
        color_blouse("grey", "other_garment_color"),
        title="Navy Blue Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a rust straight kurta with black block-printed paisleys, black palazzos, black-and-rust printed
    # cotton dupatta, standing in front of a green plant wall.
    # material: adapter
    case(
        "X305-041",
        caption("a woman in an orange kurta standing in front of plants"),
        D.color("green", "contradiction"),
        D.pattern("paisley"),
        D.material(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and graphic patterns. The",
            "restated",
            hit_limit=True,
        ),
        color_dupatta("black"),
        D.wearing("an orange kurta and black pants"),
        D.details(
            "black paisley print Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        title="Women Rust Block Printed Cotton Kurta Palazzo Set",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a lilac chiffon saree with a lilac lace border, sleeveless lilac blouse, seated on a grey sofa
    # with cushions; no belt.
    # no adapter texts
    case(
        "X305-042",
        caption("a woman in a purple sari sitting on a couch"),
        D.wearing("a light purple saree"),
        D.sleeve_length("sleeveless"),
        color_border("white", "contradiction"),
        D.details("lace on the border and a belt", "unsupported"),
        D.material("chiffon"),
        D.color("grey", "contradiction"),
        D.description("a purple saree with a purple", "cut"),
        title="Lilac Chiffon Saree with Lace Border",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black lehenga with a multicolour floral print, red short-sleeve blouse, red dupatta, on a
    # rooftop at dusk.
    # no adapter texts
    case(
        "X305-043",
        caption("a woman in a black and red lehenga on a rooftop"),
        D.color("red", "other_garment_color"),
        D.pattern("floral"),
        color_blouse("red"),
        D.wearing("a black skirt and a red top"),
        D.material("the lehenga is made of", "cut"),
        is_a("lehenga", "yes"),
        color_dupatta("black", "other_garment_color"),
        title="Black Floral Printed Lehenga with Red Blouse",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: shop mannequin in a plain white kurta set with a royal blue velvet dupatta with a gold embroidered border
    # draped across the chest, showroom behind.
    # no adapter texts
    case(
        "X305-044",
        caption("a mannequin in a white dress with a blue scarf"),
        D.color("white", "other_garment_color"),
        color_dupatta("blue"),
        D.material("velvet"),
        D.details("gold embroidery on the border"),
        D.wearing(
            "a white kurta and a blue dupatta Question: what is the material of the dupatta? Answer: velvet",
            "leak",
        ),
        D.description("he is wearing a blue velvet dupatta", "pronoun"),
        title="Royal Blue Velvet Embroidered Dupatta",
        category="Dupattas",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a cream tissue silk saree with a gold border, green short-sleeve blouse, bangles, standing by a
    # carved wooden pillar.
    # caption: adapter
    case(
        "X305-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric and "
            "pure color patterns. It has a round neckline. There is an accessory on her wrist. The lady is wearing a "
            "ring",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gold saree and a green blouse"),
        color_saree("cream"),
        color_blouse("green"),
        D.color("green", "other_garment_color"),
        D.material("it is made of silk and", "cut"),
        D.details(
            "it has a gold border Question: what is the color of the blouse? Answer: green",
            "leak",
        ),
        title="Cream Tissue Silk Saree with Green Blouse",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in a white cotton kurta with a pink embroidered yoke, pink pants, pink dupatta with a white polka
    # dot print, three-quarter sleeves, white backdrop.
    # no adapter texts
    case(
        "X305-046",
        caption("a woman in a white kurta with pink pants"),
        D.color("white"),
        color_dupatta("pink"),
        D.material("", "non_answer"),
        D.pattern("polka dot", "contradiction"),
        D.details("pink embroidery on the neck"),
        D.wearing("a pink kurta and pink pants", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women White Embroidered Kurta with Pink Pants & Dupatta",
        gender="Women",
    ),
]
