"""BLIND_350 (46 products; kids' ethnic and festive wear: lehengas, frocks, kurta sets, sherwanis, jacket sets): written
blind in the forty-fourth session. Measured blind at 9cd3753 (the session's rules as they stood): 85/121 failures
found (70.2%) and 6/157 correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of kids' ethnic and festive wear: girls' lehenga cholis, pattu pavadai,
festive frocks and gowns, anarkali and sharara kurta sets, a dhoti-pants set; boys' kurta pyjamas, sherwanis, Nehru
jacket sets, dhoti and veshti sets. Child model shots in decorated settings (flower walls and arches, diyas,
rangoli, swings, marigold garlands, balloons, a cake, a Ganesha statue, a flute and peacock crown for Janmashtami).
Each row has the seller's title, category, color and gender; one misses the gender, one the color, one the category.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase) unless the
comment says the caption adapter (DeepFashion template, "The lady wears a sleeveless dress with pure color patterns.
The dress is with chiffon fabric ..."). The adapter has no end-of-answer token, so every adapter text runs to its
limit and carries hit_limit=True; asked a question, it returns its template. Open questions (wearing, description,
details, material, neckline) come from the base model unless the comment says the adapter; the base model stops on
its own and never has hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, per-piece colors,
"Is this a ...?") are enrich's `--engine reference` answers from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon or rust-red, pink for fuchsia or peach, purple for lavender, green for
  teal or sea green, blue for navy or royal blue, white or cream for off white, ivory and cream, yellow for mustard.
  Mustard as orange, navy as black, fuchsia as purple, peach as yellow are contradiction.
- The color of another piece of the set (the jacket over the kurta, the dupatta, the churidar, the blouse of a
  lehenga) given for a piece, or for the garment where the seller's color is the other piece's, is
  other_garment_color. The color of a border, zari or brocade motif, or of the wall, given as the garment's color is
  contradiction.
- Garment synonyms are correct: shirt or top for a kurta, pants or pajamas for a pyjama or churidar, vest or jacket
  for a Nehru jacket, suit or coat for a sherwani, scarf for a dupatta or stole, skirt for a lehenga, dress for an
  anarkali or a festive gown in open text, crown for a flower headband. The reference engine's garment_type "dress"
  for an anarkali kurta set is contradiction (the seller sells a kurta set), "vest" for a Nehru jacket set and
  "coat" for a sherwani are correct, "coat" for a velvet frock is contradiction. The adapter's "long-sleeve shirt"
  for a knee-length sherwani misnames the garment: contradiction, hit_limit kept; "shirt" for a kurta and "long
  pants" for a dhoti are its template words for them and not counted.
- Bandhani dots answered "polka dots" are correct (they read as dots); paisley answered "striped" is contradiction.
- Materials: one the title names (silk, velvet, brocade, net, linen, cotton) is correct; cotton on a plain or
  printed cotton-look kurta, frock or lehenga is a plausible guess and correct; silk where the title names nothing
  and the fabric does not show it is unsupported; a material that the title contradicts (linen for pure cotton,
  chiffon for a net frock whose net shows stiff and open) is contradiction.
- Invented items not in the photo (a turban, a crown, a necklace, a bow tie, a bow at a back not shown, a headband,
  a gold chain, a pocket square, a pocket or a belt the photo lacks) are unsupported. A gold waistband and a safa
  that the photo does show are correct.
- Adapter texts: a repeated sentence (or repeated clause run) is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated. The template returned for the
  details or description question does answer it (fabric, pattern, neckline): cut or loop, not restated. An
  invented "accessory" before the cut is not labelled (one kind per text).
- Base answers: a stop mid-phrase ("it is made of") is cut without hit_limit; "the details of the dress", "the
  kurta has a kurta", "made of a material" are non_answer; material answered with the garment and its color is
  restated; text that runs on into "Question: ... Answer: ..." is leak even where the start is right; "she" for a
  boy, "he" for a girl, "a little girl" for a boy are pronoun (the pronoun is the first thing wrong). A base
  answer repeating one phrase three times is loop, without hit_limit.
- A caption that says nothing of the garment (a boy with candles on steps) is correct: it is true of the photo.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_lehenga = question("color_lehenga", "What is the color of the lehenga?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_dhoti = question("color_dhoti", "What is the color of the dhoti?", "closed")
neckline = question("neckline", "What is the neckline of the kurta?", "open")

BLIND_350 = [
    # photo: girl (about 6) in a pink lehenga with gold embroidery, pink blouse, pink net dupatta; wall of pink and
    # white flowers behind her; full-length front view.
    # adapter: none
    case(
        "X350-001",
        caption("a little girl in a pink lehenga standing in front of a flower wall"),
        D.wearing("a pink and gold lehenga"),
        D.color("pink"),
        color_dupatta("pink"),
        D.details("gold embroidery on the skirt and a pink", "cut"),
        D.material("silk", "unsupported"),
        title="Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a cream kurta, maroon Nehru jacket with gold buttons, cream churidar; carved wooden door with
    # marigold garlands behind; front view.
    # adapter: caption
    case(
        "X350-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. This gentleman also wears "
            "an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and a red jacket"),
        color_kurta("white"),
        color_jacket("maroon"),
        color_pyjama("maroon", "other_garment_color"),
        is_a("kurta", "yes"),
        title="Boys Cream-Coloured Kurta with Pyjamas & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a yellow cotton frock with a small white floral print, short puff sleeves, sitting on a swing
    # wrapped in marigolds; no belt.
    # adapter: none
    case(
        "X350-003",
        caption("a little girl sitting on a swing in a yellow dress"),
        D.wearing("a yellow dress with white flowers"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details("a yellow dress with a white belt", "unsupported"),
        D.material("cotton"),
        title="Girls Yellow Floral Print Cotton Fit & Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a navy blue art silk kurta with mandarin collar and button placket, white churidar; beige wall
    # and a tall brass lamp beside him.
    # adapter: none
    case(
        "X350-004",
        caption("a young boy in a blue kurta standing next to a lamp"),
        D.wearing("she is wearing a blue kurta and white pants", "pronoun"),
        color_kurta("black", "contradiction"),
        color_pants("white"),
        D.description("a blue kurta with a mandarin collar and buttons"),
        D.material("silk"),
        title="Boys Navy Blue Art Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a red velvet lehenga with a wide gold zari border, red blouse with gold embroidery, red net
    # dupatta, glass bangles; diyas and bokeh lights behind.
    # adapter: caption, details
    case(
        "X350-005",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with velvet fabric and pure color patterns. There is an accessory on her wrist. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The skirt is with velvet fabric and pure color patterns. The skirt is with velvet fabric and pure color "
            "patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        D.color("gold", "contradiction"),
        color_dupatta("red"),
        is_a("lehenga", "yes"),
        title="Girls Red Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a cream brocade sherwani, cream churidar, maroon stole over one shoulder, no headwear; palace-style
    # painted arch behind.
    # adapter: none
    case(
        "X350-006",
        caption("a little boy in a white sherwani and a red scarf"),
        D.wearing("a white sherwani with a red turban", "unsupported"),
        D.garment_type("coat"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("brocade"),
        title="Boys Cream-Coloured Brocade Sherwani Set with Stole",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a peach floor-length anarkali kurta with gota patti trims, peach palazzos, peach dupatta; pastel
    # balloons behind.
    # adapter: none
    case(
        "X350-007",
        caption("a little girl in a pink dress with balloons"),
        D.wearing("a pink dress"),
        D.details("the details of the dress", "non_answer"),
        D.color("yellow", "contradiction"),
        color_pants("pink"),
        D.material("the garment is made of silk Question: what is the color of the dress? Answer: pink", "leak"),
        title="Girls Peach-Coloured Gotta Patti Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a plain yellow cotton kurta and white pyjama; backdrop of hanging orange and yellow marigold
    # strings.
    # adapter: none
    case(
        "X350-008",
        caption("a boy in a yellow kurta standing in front of orange flowers"),
        D.wearing("a yellow shirt and yellow pants", "other_garment_color"),
        color_kurta("yellow"),
        color_pyjama("yellow", "other_garment_color"),
        D.pattern("solid"),
        D.material("cotton"),
        title="Boys Yellow Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a sleeveless sea green net frock, sequinned bodice, layered flared skirt, white flower headband;
    # plain white studio backdrop.
    # adapter: caption, description
    case(
        "X350-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green dress and a flower crown"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.material("the dress is made of chiffon", "contradiction"),
        title="Girls Sea Green Embellished Net Fit and Flare Party Dress",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy in a white kurta and white pyjama under a blue and white paisley-printed Nehru jacket with buttons, no
    # pocket square; blue wall with fairy lights behind.
    # adapter: none
    case(
        "X350-010",
        caption("a little boy in a blue jacket standing in front of a blue wall"),
        D.wearing("a blue jacket and white pants"),
        D.color("blue", "other_garment_color"),
        color_jacket("blue"),
        color_kurta("white"),
        D.details("the jacket has a blue and white paisley print and buttons and a pocket square", "unsupported"),
        title="Boys White Kurta Pyjama with Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a lavender cotton lehenga and blouse with mirror work, no jewellery but small studs; sitting on
    # pink and orange floor cushions in a mehendi set-up.
    # adapter: none
    case(
        "X350-011",
        caption("a little girl sitting on a pillow in a purple outfit"),
        D.wearing("a pink lehenga with mirrors", "contradiction"),
        D.color("purple"),
        D.details("a purple lehenga with mirrors and a purple necklace", "unsupported"),
        color_blouse("pink", "contradiction"),
        D.material("cotton"),
        title="Girls Lavender Mirror Work Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a mustard yellow kurta and white dhoti pants; temple bells and a stone pillar behind.
    # adapter: caption
    case(
        "X350-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The gentleman wears a "
            "long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and a white dhoti"),
        color_kurta("orange", "contradiction"),
        color_dhoti("white"),
        is_a("kurta", "no", "contradiction"),
        D.material("it is made of cotton and it is made of cotton and it is made of cotton", "loop"),
        title="Boys Mustard Yellow Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl sitting on the floor in a green silk pattu pavadai (long flared skirt with a broad gold border and
    # a green blouse); kolam on the floor and banana leaves behind.
    # adapter: none
    case(
        "X350-013",
        caption("a little girl in a green and gold dress sitting on the floor"),
        D.wearing("a green and gold saree", "contradiction"),
        D.color("green"),
        color_skirt("gold", "contradiction"),
        D.details("a gold border on the skirt and a green blouse"),
        D.material("silk"),
        title="Girls Green & Gold-Toned Silk Pattu Pavadai Set",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a white chikankari kurta (white thread embroidery on the front) and white pyjama, bare head,
    # sitting on a swing decorated with flowers.
    # adapter: none
    case(
        "X350-014",
        caption("a young boy sitting on a swing in a white outfit"),
        D.wearing("a white kurta and white pants and a white cap", "unsupported"),
        D.description("a white kurta with white embroidery on the front"),
        D.pattern("embroidered"),
        D.sleeve_length("long sleeves"),
        D.material("linen", "contradiction"),
        title="Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless navy blue frock with gold foil star print and a tulle underlayer; paper lanterns
    # behind; nothing on her head.
    # adapter: caption, details
    case(
        "X350-015",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her head. The lady wears a sleeveless dress with graphic "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and graphic patterns. It has a round neckline. There is an accessory on "
            "her head. The",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.wearing("a blue dress with gold stars"),
        D.garment_type("dress"),
        title="Girls Navy Blue Foil Print Layered Fit & Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a maroon velvet sherwani with gold buttons and cream churidar, bare head; red curtain behind.
    # adapter: none
    case(
        "X350-016",
        caption("a little boy in a red suit standing in front of a red curtain"),
        D.wearing("a red sherwani with gold buttons and a gold crown", "unsupported"),
        D.color("red"),
        color_pants("red", "other_garment_color"),
        D.material("velvet"),
        is_a("sherwani", "yes"),
        title="Boys Maroon Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a white kurta with pink floral print and pink sharara, sitting on grass in a garden.
    # adapter: none
    case(
        "X350-017",
        caption("a little girl in a white and pink outfit sitting in the grass"),
        D.wearing("a white top with pink flowers and pink pants"),
        D.color("pink", "other_garment_color"),
        D.pattern("floral"),
        D.details("pink flowers on the top and pink pants"),
        D.material("the material of the garment", "non_answer"),
        title="Girls White & Pink Floral Printed Kurta with Sharara",
        category="Kurta Sets",
        color="White",
        gender="Girls",
    ),
    # photo: boy sitting on stone steps lined with diyas, in a black self-design Nehru jacket with silver motifs over a
    # white kurta and white churidar; no bow tie.
    # adapter: none
    case(
        "X350-018",
        caption("a boy sitting on the steps with candles"),
        D.wearing("she is wearing a black vest and a white shirt", "pronoun"),
        D.garment_type("vest"),
        color_jacket("black"),
        color_kurta("black", "other_garment_color"),
        D.description("a black jacket with a white shirt and a bow tie", "unsupported"),
        title="Boys Black Self-Design Nehru Jacket with Kurta & Churidar",
        category="Clothing Set",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow lehenga with gota border, red short-sleeved blouse and red dupatta; haldi set-up
    # with yellow drapes.
    # adapter: caption
    case(
        "X350-019",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with cotton fabric and pure color patterns. The lady wears a short-sleeve shirt "
            "with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow lehenga and a red top"),
        color_blouse("red"),
        color_lehenga("red", "other_garment_color"),
        color_dupatta("red"),
        title="Girls Mustard & Red Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a long-sleeved teal green kurta with a band collar and cream pyjama, standing on a colourful
    # rangoli.
    # adapter: none
    case(
        "X350-020",
        caption("a little boy standing on a colorful rangoli"),
        D.wearing("a green kurta and green pajamas", "other_garment_color"),
        D.color("green"),
        color_pyjama("green", "other_garment_color"),
        D.details("buttons on the front and a collar"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("cotton"),
        title="Boys Teal Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Boys",
    ),
    # photo: girl in an ankle-length maroon brocade gown with gold motifs, three-quarter sleeves and a gold brocade
    # waistband; gold-painted wall behind.
    # adapter: none
    case(
        "X350-021",
        caption("a little girl in a red and gold dress standing in front of a gold wall"),
        D.wearing("a red dress"),
        D.color("gold", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a red dress with a gold pattern and a gold belt"),
        D.material("brocade"),
        title="Girls Maroon Brocade Ethnic Gown",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a cream kurta, cream dhoti, red and gold angavastram over his shoulders; sugarcane and a clay pot
    # for Pongal beside him.
    # adapter: caption, details
    case(
        "X350-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on his "
            "neck. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. The neckline of it is round. The shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a red scarf"),
        color_dhoti("red", "other_garment_color"),
        is_a("dhoti", "yes"),
        D.material("cotton"),
        title="Boys Cream-Coloured Kurta with Dhoti & Angavastram",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a fuchsia kurta with gold yoke embroidery, round neck, gold churidar; fuchsia-pink painted wall.
    # adapter: none
    case(
        "X350-023",
        caption("a little girl in a pink kurta standing in front of a pink wall"),
        D.wearing("a pink kurta and gold pants"),
        color_pants("pink", "other_garment_color"),
        D.color("purple", "contradiction"),
        neckline("a round neckline"),
        D.material("it is made of", "cut"),
        title="Girls Fuchsia Yoke Design Kurta with Churidar",
        category="Kurta Sets",
        color="Fuchsia",
        gender="Girls",
    ),
    # photo: boy in an off-white sherwani with gold embroidery on the collar and front, red dupatta, red safa (turban)
    # on his head; flower-decked mandap behind.
    # adapter: none
    case(
        "X350-024",
        caption("a little boy in a white outfit and a red turban"),
        D.wearing("a white sherwani and a red turban"),
        D.color("cream"),
        color_dupatta("red"),
        is_a("sherwani", "no", "contradiction"),
        D.details("gold embroidery on the collar Question: what is the color of the turban? Answer: red", "leak"),
        D.material("silk", "unsupported"),
        title="Boys Off-White Embroidered Sherwani Set with Safa",
        category="Sherwani",
        color="Off White",
        gender="Boys",
    ),
    # photo: girl in a royal blue Banarasi silk A-line frock with small gold woven buttis, short sleeves, Peter Pan
    # collar; cream studio backdrop.
    # adapter: caption, description, material
    case(
        "X350-025",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with silk fabric. It has a lapel "
            "neckline. The lady wears a short-sleeve dress with lattice patterns. The dress is with silk fabric.",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with silk fabric. It has a lapel "
            "neckline. There",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with silk fabric. It has a lapel "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("dress"),
        D.wearing("he is wearing a blue dress", "pronoun"),
        title="Girls Blue Woven Design Banarasi Silk A-Line Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a green kurta with cream paisley print and white pyjama, sitting and holding a brass plate with
    # a diya.
    # adapter: none
    case(
        "X350-026",
        caption("a young boy holding a plate with candles"),
        D.wearing("a green shirt and green pants", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.color("green"),
        D.description("a green kurta with a paisley print"),
        D.details("the details of the kurta are the details of the kurta", "non_answer"),
        title="Boys Green Paisley Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a yellow lehenga with pink and orange floral print and a green blouse, sitting among marigold
    # pots.
    # adapter: none
    case(
        "X350-027",
        caption("a little girl in a yellow skirt sitting in a field of flowers"),
        D.wearing("a yellow skirt and a green top"),
        color_blouse("yellow", "other_garment_color"),
        color_lehenga("yellow"),
        D.details("pink and orange flowers on the skirt Question: what is the color of the top? Answer: green", "leak"),
        D.material("cotton"),
        title="Girls Yellow & Green Floral Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a mustard Nehru jacket over a sky blue kurta with a stand collar, white pyjama; wall of paper
    # lanterns behind.
    # adapter: caption
    case(
        "X350-028",
        caption(
            "This gentleman wears a long-sleeve shirt with solid color patterns and a long trousers. The shirt is "
            "with cotton fabric and it has a stand neckline. The trousers are with cotton fabric. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow jacket and yellow pants", "other_garment_color"),
        color_kurta("yellow", "other_garment_color"),
        color_jacket("yellow"),
        D.color("blue"),
        is_a("jacket", "yes"),
        title="Boys Sky Blue Kurta Pyjama with Mustard Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in an off-white chikankari anarkali kurta, off-white churidar, gold dupatta with tassels; white wall
    # with hanging jasmine strings.
    # adapter: none
    case(
        "X350-029",
        caption("a little girl in a white dress standing in front of a white wall"),
        D.wearing("a white dress and a gold scarf"),
        D.color("white"),
        color_dupatta("white", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.details("white embroidery on the dress and a gold scarf with tassels"),
        title="Girls Off White Chikankari Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a rust orange kurta and cream dhoti pants, no sash, beside a brass urli with floating flowers.
    # adapter: none; the feed row has no gender
    case(
        "X350-030",
        caption("a little boy in an orange shirt and white pants"),
        D.wearing("a orange kurta and a white dhoti Question: what is the color of the kurta? Answer: orange", "leak"),
        color_kurta("orange"),
        color_dhoti("orange", "other_garment_color"),
        D.description("an orange kurta with a white dhoti and a red sash", "unsupported"),
        title="Boys Rust Orange Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Rust",
    ),
    # photo: girl in a teal lehenga with pink floral embroidery, sleeveless pink blouse, pink dupatta, bangles; arch of
    # pink and blue flowers behind.
    # adapter: caption, details
    case(
        "X350-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue lehenga and a pink top"),
        color_blouse("pink"),
        color_lehenga("pink", "other_garment_color"),
        D.color("green"),
        title="Girls Teal & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy dressed for Janmashtami: royal blue silk-blend kurta with gold jacquard, gold dhoti, peacock feather
    # crown, holding a flute; sitting on a carved chair.
    # adapter: none
    case(
        "X350-032",
        caption("a little girl dressed as krishna holding a flute", "pronoun"),
        D.wearing("a blue kurta and a gold dhoti with a peacock feather"),
        color_kurta("blue"),
        color_dhoti("blue", "other_garment_color"),
        D.material("silk"),
        is_a("kurta", "yes"),
        title="Boys Royal Blue Silk Blend Kurta with Dhoti",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a long-sleeved green velvet jacket with gold embroidery over a gold pleated lehenga, no belt;
    # carved wooden jharokha window behind.
    # adapter: none
    case(
        "X350-033",
        caption("a little girl in a green jacket and a gold skirt"),
        D.wearing("a green and gold dress"),
        D.color("green"),
        color_skirt("green", "other_garment_color"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the jacket has gold embroidery and the skirt has gold pleats and a gold belt", "unsupported"),
        D.material("velvet"),
        title="Girls Green Velvet Jacket Style Lehenga Set",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a knee-length peach sherwani with pearl embellishments on the collar, cream churidar, bare head;
    # pink floral wall behind.
    # adapter: caption
    case(
        "X350-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a stand neckline. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink sherwani with white pearls and a pink turban", "unsupported"),
        D.color("pink"),
        color_pants("white"),
        is_a("sherwani", "yes"),
        title="Boys Peach-Coloured Embellished Sherwani with Churidar",
        category="Sherwani",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl in a sleeveless pink peplum top with gold print and ankle-length pink dhoti pants; white studio
    # backdrop; front view, no bow.
    # adapter: none
    case(
        "X350-035",
        caption("a little girl in a pink top and pink pants"),
        D.wearing("a pink shirt and pink shorts", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("sleeveless"),
        D.details("gold print on the top and a bow", "unsupported"),
        D.material("a pink top", "restated"),
        title="Girls Pink Printed Peplum Top with Dhoti Pants",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a beige linen kurta with mandarin collar, white buttons, no pocket, and white pyjama; garden with
    # string lights at dusk.
    # adapter: none
    case(
        "X350-036",
        caption("a little boy standing in a garden with lights"),
        D.wearing("a beige kurta and white pants"),
        D.color("beige"),
        D.description("a beige kurta with a collar and white buttons and a pocket", "unsupported"),
        neckline("a mandarin collar"),
        D.sleeve_length("long sleeves"),
        D.material("linen Question: what is the color of the kurta? Answer: beige", "leak"),
        title="Boys Beige Solid Linen Kurta Pyjama Set",
        category="Kurta Sets",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in a sleeveless multicoloured bandhani (tie-dye dot) frock with a gold gota border at the hem,
    # sitting on a wooden rocking horse.
    # adapter: caption
    case(
        "X350-037",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a colorful dress"),
        D.color("multicolor"),
        D.pattern("polka dots"),
        D.details("dots on the dress and gold trim on the bottom"),
        D.material("silk", "unsupported"),
        title="Girls Multicoloured Bandhani Print Gotta Patti Fit & Flare Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a maroon brocade Nehru jacket (gold buttons, no pockets) over a cream kurta and cream churidar;
    # plain beige backdrop.
    # adapter: none; the feed row has no color
    case(
        "X350-038",
        caption("a little boy in a red vest and white pants"),
        D.wearing("a red vest over a white shirt"),
        color_jacket("red"),
        color_kurta("red", "other_garment_color"),
        D.details("the vest has a gold pattern and gold buttons and a pocket", "unsupported"),
        D.description("a red and gold vest with a red and gold vest with a red and gold vest", "loop"),
        D.material("brocade"),
        title="Boys Kurta with Churidar & Brocade Nehru Jacket",
        category="Kurta Sets",
        gender="Boys",
    ),
    # photo: girl in an ivory net lehenga with pastel sequins, peach blouse, ivory dupatta, hair in a plain braid;
    # white flower arch with fairy lights.
    # adapter: none
    case(
        "X350-039",
        caption("a little girl in a white dress standing under a flower arch"),
        D.wearing("he is wearing a white lehenga and a pink top", "pronoun"),
        color_blouse("white", "other_garment_color"),
        D.details("sequins on the skirt and a white headband", "unsupported"),
        D.material("net"),
        is_a("lehenga", "yes"),
        title="Girls Ivory Sequinned Net Lehenga with Peach Blouse & Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy with shoulder-length hair in a red kurta and white pyjama, sitting beside diyas and a rangoli.
    # adapter: none
    case(
        "X350-040",
        caption("a little girl in a red dress sitting next to candles", "pronoun"),
        D.wearing("a red kurta and white pants"),
        D.color("red"),
        color_pyjama("red", "other_garment_color"),
        D.garment_type("kurta"),
        D.material("a red kurta", "restated"),
        title="Boys Red Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a long-sleeved bottle green velvet A-line frock with a gold lace collar, gold hair clip; Diwali
    # lights behind.
    # adapter: caption, description
    case(
        "X350-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It has a "
            "round neckline. There is an accessory on her head. The dress is with velvet fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It has a "
            "round neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.wearing("a green dress with a gold collar"),
        D.garment_type("coat", "contradiction"),
        title="Girls Green Velvet Embellished A-Line Dress",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: boy sitting on a banana-leaf mat in a cream half-sleeved silk shirt with a chest pocket and a cream veshti
    # with a broad gold border; no jewellery.
    # adapter: none
    case(
        "X350-042",
        caption("a little boy in a white shirt and white dhoti sitting on a mat"),
        D.wearing("a white shirt and a white dhoti with a gold border"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the shirt has a pocket and a gold chain", "unsupported"),
        D.material("silk"),
        title="Boys Cream-Coloured Silk Shirt & Veshti Set",
        category="Clothing Set",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a black kurta with red, yellow and green thread embroidery at the neck, black sharara, black
    # dupatta with gota edge; pink wall with paper fans.
    # adapter: none
    case(
        "X350-043",
        caption("a little girl in a black outfit standing in front of a pink wall"),
        D.wearing("she is wearing a black kurta and black pants"),
        D.color("pink", "contradiction"),
        color_dupatta("black"),
        D.details("colorful embroidery on the neck and", "cut"),
        D.material("the garment is made of a material", "non_answer"),
        title="Girls Black Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a navy blue indo-western sherwani with an asymmetric hem and navy buttons, white churidar; grey
    # studio backdrop.
    # adapter: caption, details, material
    case(
        "X350-044",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. It has a stand neckline. The gentleman wears a long-sleeve jacket with pure color "
            "patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. It",
            "restated",
            hit_limit=True,
        ),
        D.color("blue"),
        color_pants("blue", "other_garment_color"),
        is_a("sherwani", "yes"),
        title="Boys Navy Blue Indo Western Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink party frock with a gold net overlay, sequinned yoke and cap sleeves, nothing on her head,
    # standing by a birthday cake and balloons; front view only.
    # adapter: none; the feed row has no category
    case(
        "X350-045",
        caption("a little girl in a pink dress standing next to a cake"),
        D.wearing("a pink dress and a gold crown", "unsupported"),
        D.color("pink"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("sequins on the top and a pink bow at the back", "unsupported"),
        D.description("a pink dress with a gold net and a", "cut"),
        D.material("net"),
        title="Girls Pink Sequinned Net Party Frock",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in an orange kurta, white pyjama and a multicolour printed dupatta (red, green, yellow); a Ganesha
    # statue with flowers behind.
    # adapter: none
    case(
        "X350-046",
        caption("a little boy standing in front of a statue of ganesha"),
        D.wearing("a orange kurta and white pants and a colorful scarf"),
        color_kurta("orange"),
        color_pyjama("white"),
        color_dupatta("orange", "other_garment_color"),
        D.details("the kurta has a kurta", "non_answer"),
        is_a("dress", "no"),
        title="Boys Orange Kurta Pyjama Set with Printed Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
]
