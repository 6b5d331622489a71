"""BLIND_456 (46 products; men's Indian wedding and festive wear: sherwanis, kurta sets, jackets, dhotis, stoles):
written blind in the forty-seventh session. Measured blind at 4580d70 (the session's rules as they stood): 96/129
failures found (74.4%) and 12/158 correct texts flagged (7.6%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's and boys' ethnic wedding and festive wear: sherwani sets
(sherwani with churidar, often a stole or a safa turban in the shot), kurta pyjama sets (plain, chikankari, printed,
striped, mirror work), three-piece sets with a nehru jacket, nehru jackets sold alone but photographed over a kurta,
bandhgala jackets and suits, readymade dhotis and veshtis, and stoles, mostly model shots (studio backdrops, coloured
walls, carved doors, palace arches, marigold mandaps, a staircase, a vintage car) and one flat lay. Many outfits
layer two or three pieces in different colours (a maroon stole over a cream sherwani, a green jacket over a white
kurta), and the product is often only one of them. Each row has the seller's title, category, color and gender;
a few rows miss the category or the color, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase
texts that stop on their own, never hit_limit) unless the comment before the case says the caption adapter of the
original experiments wrote them. The adapter returns its DeepFashion template ("The gentleman wears a long-sleeve
coat with pure color patterns. The coat is with cotton fabric and its neckline is stand. ...") to every prompt, has
no end token and runs to its limit (50 new tokens for captions, 30 for answers): every adapter text carries
hit_limit=True. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions,
the yes/no "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets: never a loop or a
cut, but the wrong candidate is sometimes chosen.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: white or cream for off white, ivory and cream; red for maroon,
  wine and burgundy; blue for navy and royal blue; green for bottle green, emerald, olive, sage and teal; yellow for
  mustard; orange for rust; pink for peach; purple for lavender; tan for beige; gold for gold-toned brocade.
- Garment synonyms are correct: suit for a sherwani set or a bandhgala set; coat or jacket for a sherwani; vest or
  jacket for a nehru jacket; blazer for a bandhgala jacket; shirt or long shirt for a kurta (a kurta is a long
  collarless shirt and the base model calls it one); pants or pajamas for pyjamas and churidars; pants or lungi for
  a dhoti or veshti; scarf or shawl for a stole; candle for a brass diya held in the hand. A kurta called a dress,
  a dhoti called a skirt, a stole called a sweater and a knee-length sherwani called a shirt are contradictions.
- The color of another piece in the photo given to the product or to a named piece (the kurta's white for a nehru
  jacket worn over it, the kurta's color for its pyjama, the stole's red for a white kurta, the bride's red beside a
  groom's kurta) is other_garment_color. The color of a wall, a door, a chair, flowers in the backdrop, or of the
  garment's own embroidery, print, border or stripes given as the garment's color is contradiction.
- A base answer that gives two pieces one color, the product's piece wrong ("a green shirt and green pants" over
  white churidar, "a black shirt and black pants" for cream dhoti pants) is other_garment_color.
- Things in the photo are correct when named: the safa turban, the pearl mala, the brooch, mojaris or sandals in
  full-length shots, the pocket square, walls, doors, plants and stairs. Items not in the photo (a gold chain, a
  watch, a tie, a red hat, a sword, a gold belt on a sherwani, a necklace on the boy, a scarf over a jacket set
  that has none, a rose on the pocket, shoes or sandals on a photo cropped above the knee, fringe on stole ends
  the crop hides) are unsupported.
- Materials: one the title names (art silk, silk blend, velvet, brocade, jacquard, linen, cotton, viscose) is
  correct; a plausible cotton guess on a plain cotton-look kurta whose title names no fabric is correct; silk for a
  pure cotton kurta, wool for a viscose stole, silk for a jacquard jacket or a sequinned sherwani whose titles name no
  fiber are unsupported.
- "she", "woman", "lady" or "girl" for the man or the boy wearing the product is pronoun (the one exception, the
  groom shot with the bride in frame, still reads as pronoun: the answer describes the bride as if she were the
  product's wearer). A text that starts with the wrong person is pronoun even when the garment is wrong too.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut, even where it also guessed cotton for velvet or added "an accessory on his wrist" (the cut is
  labelled, one kind per text); the template returned for the material question is restated; where the template
  misnames the garment itself (a shirt for a sherwani, a sweater for a stole) it is contradiction, hit_limit kept.
- A base answer stopped early mid-phrase ("it is made of", "the suit has", "... and a white pajama and") is cut,
  without hit_limit. An empty answer, "the details of the dhoti", "it is made of fabric" and "it is a gray suit"
  for the details are non_answer; a details or material answer that only repeats the garment and its color is
  restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
- The reference engine's closed errors are contradiction (navy as black, beige as grey, embroidered as solid, a
  woven paisley stole as checked, a zari border as striped, long sleeves for a sleeveless jacket, short or no
  sleeves for a long-sleeved kurta, "no" to "Is this a dhoti?" for a dhoti, "yes" to "Is this a kurta?" for a
  bandhgala suit or to "Is this a sherwani?" for a boy's kurta set, garment_type "kurta" for the nehru jacket worn
  over one: a garment, unlike a color, is never other_garment_color) unless the color chosen is the one of another
  piece in the photo (other_garment_color: the black trousers' color for a grey blazer).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_churidar = question("color_churidar", "What is the color of the churidar?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_dhoti = question("color_dhoti", "What is the color of the dhoti?", "closed")
color_stole = question("color_stole", "What is the color of the stole?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
buttons = question("buttons", "What are the buttons like?", "open")

BLIND_456 = [
    # photo: model in a cream art silk sherwani with gold zari embroidery on the collar and front, cream churidar, a
    # maroon velvet stole over the left shoulder, beige safa turban, mojaris; carved wooden doors behind, full length.
    # no adapter texts
    case(
        "X456-001",
        caption("a man in a white sherwani and a red scarf standing in front of a wooden door"),
        D.wearing("a white sherwani with a turban"),
        D.color("gold", "contradiction"),
        color_stole("maroon"),
        D.pattern("solid", "contradiction"),
        D.details("gold embroidery on the collar and the front"),
        D.material("silk"),
        title="Men Cream-Coloured Embroidered Art Silk Sherwani Set with Stole",
        category="Sherwanis",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a maroon velvet sherwani with round gold buttons, cream churidar, no turban; plain grey studio
    # backdrop, full length. caption: adapter
    case(
        "X456-002",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is stand. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The "
            "gentleman wears a long-sleeve coat with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("maroon"),
        color_churidar("white"),
        D.material("velvet"),
        buttons("gold buttons on the front"),
        D.description("a red suit with white pants and a red turban", "unsupported"),
        is_a("sherwani", "yes"),
        title="Men Maroon Velvet Sherwani Set",
        category="Sherwanis",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a navy bandhgala suit (jacket and trousers) with brass buttons and a white pocket square; light
    # grey studio backdrop. details: adapter
    case(
        "X456-003",
        caption("a man in a blue suit with a white pocket square"),
        D.wearing("a blue suit"),
        D.color("black", "contradiction"),
        D.garment_type("suit"),
        buttons("the buttons are", "cut"),
        D.details(
            "The suit is with cotton fabric and pure color patterns. The neckline is stand. The suit is with cotton "
            "fabric and pure color patterns. The neckline",
            "loop",
            hit_limit=True,
        ),
        D.description("a navy suit with gold buttons and a red rose on the pocket", "unsupported"),
        title="Men Navy Blue Solid Bandhgala Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: boy of about six in a yellow cotton kurta and white pyjama, white studio backdrop, full length.
    # no adapter texts
    case(
        "X456-004",
        caption("a young boy in a yellow kurta and white pants"),
        wearing("a yellow shirt and white pants", who="the boy"),
        color_kurta("yellow"),
        color_pyjama("yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        D.description("a yellow dress with white pants", "contradiction"),
        title="Boys Yellow Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: model in a white chikankari (white thread embroidery) cotton kurta and white pyjama, standing in front of
    # a pastel pink wall, full length. no adapter texts
    case(
        "X456-005",
        caption("a man in a white kurta standing in front of a pink wall"),
        D.wearing("a white dress", "contradiction"),
        D.color("pink", "contradiction"),
        D.pattern("embroidered"),
        D.material("cotton"),
        D.details("the kurta has embroidery on the front"),
        D.description("she is wearing a white kurta with embroidery", "pronoun"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: model in a bottle green jacquard nehru jacket (sleeveless) over a long-sleeved white kurta and white
    # churidar, in a garden, three-quarter length. no adapter texts
    case(
        "X456-006",
        caption("a man wearing a green vest and white kurta"),
        D.wearing(
            "a green jacket and a white kurta Question: What is the color of the jacket? Answer: green",
            "leak",
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        title="Men Bottle Green Woven Design Jacquard Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: model in a black velvet bandhgala jacket with silver embroidery on the stand collar, black trousers, no
    # shirt or tie visible; white studio backdrop, full length. caption: adapter
    case(
        "X456-007",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black suit"),
        D.color("black"),
        D.details("silver embroidery on the collar"),
        D.material("it is made of", "cut"),
        D.description("a black suit with a black shirt and a black tie", "unsupported"),
        title="Men Black Velvet Embroidered Bandhgala Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: model seated on a carved wooden chair in a rust kurta with a mandarin collar and a chest pocket, white
    # pyjama; beige wall. no adapter texts
    case(
        "X456-008",
        caption("a woman sitting on a chair in an orange kurta", "pronoun"),
        D.color("orange"),
        color_pyjama("white"),
        D.description("an orange kurta with a mandarin collar and white pants"),
        D.details("the kurta has a pocket on the chest and a gold chain", "unsupported"),
        B.sleeve_length("long sleeves"),
        D.material("an orange kurta", "restated"),
        title="Men Rust Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
        gender="Men",
    ),
    # photo: model in an off-white cotton silk kurta and an off-white dhoti with a gold border, in a temple courtyard
    # with stone pillars, full length, barefoot. no adapter texts
    case(
        "X456-009",
        caption("a man in a white kurta and white dhoti standing in front of a temple"),
        D.wearing("a white shirt and a white skirt", "contradiction"),
        color_dhoti("gold", "contradiction"),
        is_a("dhoti", "yes"),
        D.details("the dhoti has a gold border"),
        D.material("cotton"),
        title="Men Off-White Cotton Silk Kurta with Dhoti",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: model in cream readymade dhoti pants (the product) with a plain black kurta; white studio backdrop, full
    # length. no adapter texts
    case(
        "X456-010",
        caption("a man in a black shirt and white pants"),
        D.wearing("a black shirt and black pants", "other_garment_color"),
        D.color("black", "other_garment_color"),
        D.garment_type("dhoti"),
        D.description("the dhoti is white with folds on the front"),
        D.details("the details of the dhoti", "non_answer"),
        title="Men Cream-Coloured Solid Readymade Dhoti Pants",
        category="Dhotis",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon art silk stole with small woven gold paisley motifs and a zari border, draped over a white kurta on
    # a model; cropped at the chest, the stole's ends out of frame. no adapter texts
    case(
        "X456-011",
        caption("a man wearing a red scarf over a white shirt"),
        D.wearing("a red scarf and a red shirt", "other_garment_color"),
        D.color("white", "other_garment_color"),
        D.garment_type("scarf"),
        D.pattern("paisley"),
        D.material("silk"),
        D.details("gold fringe at the ends", "unsupported"),
        title="Men Maroon Woven Design Art Silk Stole",
        category="Stoles",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat lay: a folded beige viscose stole with fringed ends on a white background, no person.
    # details: adapter
    case(
        "X456-012",
        caption("a beige scarf on a white background"),
        D.color("beige"),
        D.material("wool", "unsupported"),
        D.description("a beige scarf with fringes on the ends"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric and its "
            "neckline is round. The lady wears a long",
            "contradiction",
            hit_limit=True,
        ),
        title="Men Beige Solid Viscose Rayon Stole",
        category="Stoles",
        color="Beige",
        gender="Men",
    ),
    # photo: boy of about four in a sky blue kurta and white pyjama, white studio backdrop, full length.
    # details: adapter
    case(
        "X456-013",
        caption("a little girl in a blue dress", "pronoun"),
        D.wearing("a blue kurta and white pants"),
        color_kurta("blue"),
        color_pyjama("white"),
        B.sleeve_length("long sleeves"),
        D.details(
            "This person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The person wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        title="Boys Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: model in a gold brocade sherwani with a woven floral pattern, gold churidar, red safa turban, a long
    # pearl mala; palace arch behind, full length. description: adapter
    case(
        "X456-014",
        caption("a man in a gold sherwani and a red turban"),
        D.wearing("a gold suit with a red turban and a pearl necklace"),
        D.color("gold"),
        D.pattern("floral"),
        D.details("the sherwani has a floral pattern in gold and a gold belt", "unsupported"),
        D.material("brocade"),
        D.description(
            "The gentleman wears a long-sleeve coat with graphic patterns. The coat is with cotton fabric. The "
            "gentleman wears a long-sleeve coat with graphic patterns. The coat is with",
            "loop",
            hit_limit=True,
        ),
        title="Men Gold-Toned Woven Design Brocade Sherwani Set",
        category="Sherwanis",
        color="Gold",
        gender="Men",
    ),
    # photo: model in a pastel pink kurta and white churidar beside a tall potted plant, beige wall, full length.
    # no adapter texts
    case(
        "X456-015",
        caption("a man in a pink kurta standing next to a plant"),
        D.color("pink"),
        color_churidar("pink", "other_garment_color"),
        D.description(
            "a pink kurta with white pants Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        D.material("a pink kurta", "restated"),
        title="Men Pink Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a navy nehru jacket with a small white floral print over a white kurta, blue jeans; red brick
    # wall behind, full length. no adapter texts
    case(
        "X456-016",
        caption("a man in a blue vest and white shirt standing in front of a brick wall"),
        D.wearing("a blue jacket, a white shirt and jeans"),
        D.color("white", "other_garment_color"),
        D.pattern("solid", "contradiction"),
        is_a("nehru jacket", "yes"),
        D.details("the jacket has small white flowers printed on it"),
        D.material("cotton Question: What is the pattern of the jacket? Answer: floral", "leak"),
        title="Men Navy Blue Floral Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black kurta with silver thread embroidery on the yoke, black pyjama; dark grey backdrop,
    # cropped at mid-thigh. material: adapter
    case(
        "X456-017",
        caption("a man in a black kurta and black pants"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long-sleeve "
            "shirt with pure color patterns. The gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("embroidered"),
        D.details("the kurta has silver embroidery on the neck"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The pants this gentleman wears is of long length",
            "restated",
            hit_limit=True,
        ),
        D.description("a black kurta with black pants and black shoes", "unsupported"),
        title="Men Black Yoke Design Thread Work Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a three-piece set: cream kurta, cream pyjama and a maroon nehru jacket over the kurta; studio,
    # light beige backdrop, full length, no stole. no adapter texts
    case(
        "X456-018",
        caption("a man in a red vest and white kurta"),
        D.wearing("he is wearing a red jacket and white pants"),
        color_kurta("maroon", "other_garment_color"),
        color_jacket("maroon"),
        color_pyjama("white"),
        D.description(
            "a maroon jacket with a white shirt and white pants and a white scarf",
            "unsupported",
        ),
        title="Men Cream-Coloured Kurta with Pyjamas & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: model in an emerald green silk blend kurta and white churidar in front of a mustard yellow wall, full
    # length. details: adapter
    case(
        "X456-019",
        caption("a man in a green kurta standing in front of a yellow wall"),
        D.wearing("a green shirt and green pants", "other_garment_color"),
        D.color("yellow", "contradiction"),
        D.material("silk"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric and its "
            "neckline is stand. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        title="Men Green Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: model in an ivory sherwani with pastel pink thread embroidery, ivory churidar, a pink stole over one
    # shoulder; a wall of orange marigold garlands behind (wedding mandap), full length. no adapter texts
    case(
        "X456-020",
        caption("a man in a white sherwani standing in front of orange flowers"),
        D.wearing("a white suit and a pink scarf"),
        D.color("orange", "contradiction"),
        color_stole("pink"),
        D.details("the details of the sherwani", "non_answer"),
        D.description("she is wearing a white sherwani with pink embroidery", "pronoun"),
        title="Men Ivory Thread Work Sherwani Set with Pink Stole",
        category="Sherwanis",
        color="Ivory",
        gender="Men",
    ),
    # photo: model in a mustard kurta with a small white floral print and wooden toggle buttons, white pyjama; white
    # studio, cropped just above the knees. no adapter texts
    case(
        "X456-021",
        caption("a man in a yellow kurta and white pajamas"),
        D.wearing("a yellow shirt with white flowers and a pair of sandals", "unsupported"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        color_pyjama("yellow", "other_garment_color"),
        D.details("it has small white flowers and wooden buttons"),
        D.material("cotton"),
        title="Men Mustard Yellow Floral Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a beige linen bandhgala suit (jacket and trousers) leaning on a vintage car, street outdoors,
    # full length. caption: adapter
    case(
        "X456-022",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with linen fabric and its "
            "neckline is stand. The gentleman wears a long-sleeve suit with pure color patterns. The suit is with "
            "linen",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a tan suit"),
        D.color("grey", "contradiction"),
        D.garment_type("suit"),
        D.material("linen"),
        is_a("kurta", "yes", "contradiction"),
        D.details("the suit has", "cut"),
        title="Men Beige Solid Linen Bandhgala Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: boy of about eight in an orange silk kurta and a cream dhoti, nothing around his neck; white studio
    # backdrop, full length. no adapter texts
    case(
        "X456-023",
        caption("a little boy in an orange kurta and white dhoti"),
        wearing("an orange shirt and white pants", who="the boy"),
        color_kurta("orange"),
        color_dhoti("orange", "other_garment_color"),
        D.details("he is wearing a necklace", "unsupported"),
        title="Boys Orange Art Silk Kurta with Dhoti",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: model in a peach sherwani with sequin work on the front, peach churidar; pastel studio backdrop, full
    # length. details: adapter
    case(
        "X456-024",
        caption("a man in a pink sherwani"),
        D.wearing("a pink suit Question: What color is the suit? Answer: pink", "leak"),
        D.color("peach"),
        B.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve coat with pure color patterns. There is an accessory on his wrist. "
            "There is an accessory on his wrist. There",
            "loop",
            hit_limit=True,
        ),
        title="Men Peach-Coloured Embellished Sherwani Set",
        category="Sherwanis",
        color="Peach",
        gender="Men",
    ),
    # photo: model in a white cotton kurta and pyjama with a red and yellow bandhani printed stole around the neck;
    # white studio backdrop, full length. no adapter texts
    case(
        "X456-025",
        caption("a man in a white kurta with a colorful scarf"),
        D.wearing("a white kurta and a red and yellow scarf"),
        D.color("red", "other_garment_color"),
        is_a("kurta", "yes"),
        D.material("", "non_answer"),
        D.description(
            "a white kurta with a colorful scarf Question: What is the man wearing? Answer: a white kurta",
            "leak",
        ),
        title="Men White Pure Cotton Kurta with Pyjamas & Printed Stole",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: model in a mustard yellow art silk nehru jacket over a black kurta and black churidar; grey studio
    # backdrop, full length. no adapter texts
    case(
        "X456-026",
        caption("a man in a yellow vest over a black shirt"),
        D.wearing("a yellow jacket and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("kurta", "contradiction"),
        B.sleeve_length("sleeveless"),
        D.material("silk"),
        D.description(
            "he is wearing a yellow vest over a black shirt Question: Is this a jacket? Answer: yes",
            "leak",
        ),
        title="Men Mustard Yellow Art Silk Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a royal blue velvet sherwani with gold embroidery on the collar and cuffs, white churidar, no
    # sword or other prop; on a white marble staircase, full length. no adapter texts
    case(
        "X456-027",
        caption("a man in a blue sherwani standing on a staircase"),
        D.wearing("a blue suit with gold embroidery and a sword", "unsupported"),
        D.color("blue"),
        color_churidar("blue", "other_garment_color"),
        D.material("velvet"),
        D.details("", "non_answer"),
        title="Men Royal Blue Velvet Embroidered Sherwani Set",
        category="Sherwanis",
        color="Blue",
        gender="Men",
    ),
    # photo: model with shoulder-length hair in a long-sleeved lavender kurta and white pyjama, in a garden,
    # full length. no adapter texts
    case(
        "X456-028",
        caption("a woman in a purple dress", "pronoun"),
        D.wearing("a purple kurta and white pants"),
        D.color("purple"),
        color_pyjama("white"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.material("it is made of a", "cut"),
        title="Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: model seated on a gilded chair with red velvet upholstery, in a black jacquard sherwani with a tone-on-tone
    # paisley weave and black churidar; dark red curtain behind. wearing: adapter
    case(
        "X456-029",
        caption("a man in a black suit sitting on a red chair"),
        wearing(
            "The gentleman wears a long-sleeve coat with graphic patterns. The coat is with cotton fabric and its "
            "neckline is stand. The gentleman wears long",
            "cut",
            hit_limit=True,
            who="the man",
        ),
        D.color("red", "contradiction"),
        D.pattern("paisley"),
        is_a("sherwani", "yes"),
        D.material("silk", "unsupported"),
        title="Men Black Woven Design Jacquard Sherwani Set",
        category="Sherwanis",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey checked bandhgala blazer and black trousers, nothing showing at the collar (no shirt);
    # white studio backdrop, full length. no adapter texts
    case(
        "X456-030",
        caption("a man in a grey plaid suit"),
        D.color("black", "other_garment_color"),
        D.pattern("checked"),
        D.garment_type("blazer"),
        D.description("a gray suit with a black shirt", "unsupported"),
        D.details("it is a gray suit", "non_answer"),
        title="Men Grey Checked Slim Fit Bandhgala Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: boy of about seven in a red kurta, a gold-toned printed nehru jacket and white pyjama, bareheaded; white
    # studio backdrop, full length. no adapter texts
    case(
        "X456-031",
        caption("a young boy wearing a red kurta and a gold vest"),
        wearing("a red kurta and a gold vest and white pants", who="the boy"),
        color_kurta("red"),
        color_jacket("gold"),
        color_pyjama("gold", "other_garment_color"),
        is_a("sherwani", "yes", "contradiction"),
        D.description("he is wearing a red kurta and a gold vest with a red hat", "unsupported"),
        title="Boys Red Kurta with Pyjamas & Gold-Toned Printed Nehru Jacket",
        category="Kurta Sets",
        color="Red",
        gender="Boys",
    ),
    # photo: model in a white shirt and a white cotton veshti with a gold zari (kasavu) border at the hem, standing
    # by a coconut palm, full length. no adapter texts
    case(
        "X456-032",
        caption("a man in a white shirt and a white lungi"),
        D.wearing("she is wearing a white sari", "pronoun"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.details("gold border at the bottom"),
        D.material("cotton"),
        title="Men White Pure Cotton Dhoti with Gold Zari Border",
        category="Dhotis",
        color="White",
        gender="Men",
    ),
    # photo: model in a teal kurta with small mirror work on the chest, white pyjama; plain grey wall, full length.
    # caption: adapter
    case(
        "X456-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The shirt is with cotton fabric and its neckline is stand. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green kurta"),
        D.color("green"),
        D.details("it has small mirrors on the chest"),
        D.material("the kurta is made of", "cut"),
        D.description("a green kurta with green pants", "other_garment_color"),
        title="Men Teal Mirror Work Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: boy of about five in a cream sherwani with gold buttons, cream churidar and a small red safa turban;
    # white studio backdrop, full length. details: adapter
    case(
        "X456-034",
        caption("a young boy in a white sherwani and a turban"),
        wearing(
            "a white outfit Question: What is the boy wearing on his head? Answer: a red turban",
            "leak",
            who="the boy",
        ),
        D.color("cream"),
        B.sleeve_length("long sleeves"),
        D.description("she is wearing a white dress with gold buttons", "pronoun"),
        D.details(
            "The person wears a long-sleeve coat with pure color patterns. There is an accessory on his head. There "
            "is an accessory on his head. There",
            "loop",
            hit_limit=True,
        ),
        title="Boys Cream-Coloured Sherwani Set",
        category="Sherwanis",
        color="Cream",
        gender="Boys",
    ),
    # photo: Diwali shoot: model in a plain black kurta with black buttons and white pyjama holding a lit brass diya,
    # fairy lights behind, no watch or jewellery. no adapter texts
    case(
        "X456-035",
        caption("a man in a black kurta holding a candle"),
        D.wearing("a black shirt and a white pants and a gold watch", "unsupported"),
        D.color("black"),
        color_pyjama("black", "other_garment_color"),
        D.details("a black kurta with a white pajama", "restated"),
        title="Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a black kurta with an olive green stole with small woven self motifs draped around the neck;
    # grey backdrop, cropped at the waist. no adapter texts
    case(
        "X456-036",
        caption("a man in a black shirt with a green scarf"),
        D.wearing("a black kurta and a green scarf"),
        D.color("green"),
        D.garment_type("shawl"),
        D.pattern("checked", "contradiction"),
        D.material("it is made of fabric", "non_answer"),
        D.details("the scarf is green", "restated"),
        title="Men Olive Green Woven Design Stole",
        category="Stoles",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a navy blue kurta with pintucks down the front and white pyjama, in front of a powder blue
    # wall, full length, no pocket square. no adapter texts
    case(
        "X456-037",
        caption("a man in a blue kurta standing in front of a blue wall"),
        D.color("navy"),
        color_pyjama("navy", "other_garment_color"),
        D.material("cotton"),
        D.details("the kurta has pleats on the front and", "cut"),
        D.description("a blue kurta with white pants and a white pocket square", "unsupported"),
        title="Men Navy Blue Pintuck Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a wine velvet bandhgala jacket with a silver brooch on the chest and black trousers; white
    # studio backdrop, full length. wearing: adapter
    case(
        "X456-038",
        caption("a man in a red velvet suit with a brooch"),
        wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with velvet fabric and "
            "its neckline is stand. There is an accessory",
            "cut",
            hit_limit=True,
            who="the man",
        ),
        D.color("red"),
        color_pants("red", "other_garment_color"),
        D.material("velvet"),
        is_a("blazer", "yes"),
        title="Men Wine Velvet Bandhgala Blazer",
        category="Blazers",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model in a white kurta with thin blue vertical stripes and a mandarin collar, white pyjama; white
    # studio backdrop, full length. material: adapter
    case(
        "X456-039",
        caption("a man in a white and blue striped shirt"),
        D.wearing("he is wearing a striped dress", "contradiction"),
        D.color("blue", "contradiction"),
        D.pattern("striped"),
        B.sleeve_length("long sleeves"),
        D.details("thin blue stripes and a mandarin collar"),
        D.material(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long",
            "restated",
            hit_limit=True,
        ),
        title="Men White & Blue Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: model in a knee-length sage green indo-western sherwani with a row of covered buttons, cream churidar;
    # by an arched window with sunlight, full length. caption, material: adapter
    case(
        "X456-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jacket and white pants"),
        D.color("green"),
        D.details("buttons on the front"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman",
            "restated",
            hit_limit=True,
        ),
        title="Men Sage Green Solid Indo-Western Sherwani Set",
        category="Sherwanis",
        color="Green",
        gender="Men",
    ),
    # photo: model seated on outdoor stone steps in a grey long-sleeved kurta and black churidar. no adapter texts
    case(
        "X456-041",
        caption("a man in a grey kurta sitting on the steps"),
        D.wearing(
            "a grey shirt and black pants Question: What is the man wearing? Answer: a grey shirt and black pants",
            "leak",
        ),
        D.color("grey"),
        color_churidar("grey", "other_garment_color"),
        D.garment_type("kurta"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Men Grey Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a black nehru jacket with a gold paisley print over a white kurta and white churidar; beige
    # studio backdrop, full length. no adapter texts
    case(
        "X456-042",
        caption("a man in a black vest with gold flowers"),
        D.wearing("a black jacket and a white kurta"),
        D.color("gold", "contradiction"),
        D.pattern("paisley"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "the jacket has a gold pattern and a pocket square Question: What color is the",
            "leak",
        ),
        title="Men Black & Gold-Toned Paisley Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a maroon kurta, a cream dhoti and tan mojaris; ochre wall with a wooden window, full length.
    # no adapter texts
    case(
        "X456-043",
        caption("a man in a red kurta and white dhoti and sandals"),
        D.wearing("a red shirt and a white dhoti"),
        color_kurta("red"),
        color_dhoti("red", "other_garment_color"),
        is_a("dhoti", "no", "contradiction"),
        D.material("a red kurta and a white dhoti", "restated"),
        title="Men Maroon Kurta with Cream-Coloured Dhoti",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a pink kurta with a small white and green floral print and white pyjama; white studio backdrop,
    # full length. no adapter texts
    case(
        "X456-044",
        caption("a man in a pink floral shirt and white pants"),
        D.wearing("a pink shirt and pink pants", "other_garment_color"),
        D.color("pink"),
        D.pattern("floral"),
        D.material("silk", "unsupported"),
        D.description("a pink shirt with flowers on it and a white pajama and", "cut"),
        title="Men Pink Floral Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a white bandhgala jacket with a red pocket square and black trousers, in front of a blue painted
    # wooden door, full length. details: adapter
    case(
        "X456-045",
        caption("a man in a white jacket standing in front of a blue door"),
        D.wearing("a white suit with a red pocket square"),
        D.color("blue", "contradiction"),
        color_jacket("white"),
        color_pants("white", "other_garment_color"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. Its neckline is stand. The jacket is with "
            "cotton fabric and pure color patterns. Its neckline is",
            "loop",
            hit_limit=True,
        ),
        title="Men White Solid Bandhgala Blazer",
        category="Blazers",
        gender="Men",
    ),
    # photo: wedding shoot: the groom in an off-white silk blend kurta and pyjama with a gold embroidered stole over
    # one shoulder; the bride in a red lehenga stands beside him, half in frame. no adapter texts
    case(
        "X456-046",
        caption("a man and a woman in wedding clothes"),
        D.wearing("he is wearing a white kurta and a gold scarf"),
        D.color("red", "other_garment_color"),
        color_stole("gold"),
        D.material("silk"),
        D.description("she is wearing a red dress with gold embroidery", "pronoun"),
        title="Men Off-White Silk Blend Kurta with Pyjamas & Embroidered Stole",
        color="Off White",
        gender="Men",
    ),
]
