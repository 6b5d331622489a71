"""BLIND_392 (46 products; men's and boys' ethnic and occasion wear: kurtas, sets, jackets, sherwanis, bandhgalas):
written blind in the forty-fifth session. Measured blind at dacb731 (the session's rules as they stood): 91/121
failures found (75.2%) and 5/152 correct texts flagged (3.3%). The writer's notes, verbatim:

Scenario: an Indian marketplace's English catalog feed of men's and boys' ethnic and occasion wear: kurtas (solid,
printed, chikankari, checked, striped, Ajrakh), kurta pyjama and churidar sets, pathani and dhoti sets, nehru and
ethnic jackets worn over kurtas, sherwanis with stoles and safas, velvet and linen bandhgalas, indo-western jackets.
Model shots in decorated studios: marigold garlands, diyas and rangoli, palace arches, painted walls, brick and
concrete walls, props (a flute, a cup of tea, a thali, umbrellas, a stool). Each row has the seller's title,
category, color and gender; two rows miss the gender, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
maroon kurta ...") or from the caption-only LoRA adapter (the DeepFashion template, "The gentleman wears a long-sleeve
shirt with pure color patterns ..."). The adapter has no end-of-answer token: every adapter text runs to its limit
(50 new tokens for captions, 30 for answers), carries hit_limit=True, and asked a question it returns its template.
The adapter knows no kurta or sherwani: it calls them shirt, coat or (with "The lady") dress. Open questions
(wearing, description, details, material, buttons, embroidery) come from the base model unless the comment says the
adapter answered; the base model stops on its own and never has hit_limit. Closed questions (garment_type, color,
pattern, sleeve_length, per-piece colors, "Is this a ...?") are enrich's `--engine reference` answers, chosen from
candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon or burgundy, blue for navy, royal blue, teal or
  indigo, green for teal, sea green or mint, white or cream for off white, ivory or cream, pink for peach or magenta,
  purple for lavender, yellow for mustard or gold-toned silk, gray/grey for charcoal. Navy as black, mustard as
  orange, saffron orange as yellow, magenta as red and lavender as pink are contradiction.
- The color of a print, a border or a backdrop given as the garment's color (gold for a green kurta with gold foil
  print, gold for a cream dhoti with zari border, white for a pink kurta with white flowers, yellow for a blue kurta
  shot against a yellow wall, black for a white set on a black backdrop) is contradiction. The color of another piece
  worn in the photo (the kurta under a nehru jacket, the stole, the jeans, the jacket over a kurta) given to the
  product or to a piece is other_garment_color. One color for two pieces that differ ("a red kurta and red pajamas"
  for a red kurta with white pyjama) is contradiction.
- Garment synonyms are correct: shirt for a kurta, vest for a nehru jacket or a sleeveless ethnic jacket, suit for a
  bandhgala suit or an indo-western jacket set, coat or jacket for a sherwani or bandhgala, pants or pajamas for
  pyjamas and churidar, scarf for a stole or angavastram, turban for a safa. Dress for a kurta (even a flared
  anarkali kurta) is contradiction; "shirt" as garment_type of a bandhgala blazer is contradiction; "no" to "Is this
  a sherwani/nehru jacket/dhoti?" where it is one is contradiction. "Long sleeves" for a sleeveless jacket (the kurta
  under it has them) is contradiction, and so are wrong sleeve lengths and checks answered "striped".
- Materials: one the title names (silk, silk blend, art silk, linen, velvet, cotton) is correct; a plausible guess
  on a fabric the title does not name (cotton for a plain matte kurta, linen for a textured jacket) is correct; a
  material that contradicts the title or is not visible (silk for a cotton or velvet piece, denim for a checked
  cotton kurta or for a kurta worn with jeans, velvet for a matte jacket, wool for a brocade sherwani) is unsupported.
- Invented items not in the photo (a sword, a necklace, a bow tie, a white shirt under a closed bandhgala, a pocket, a
  pocket square, a dupatta, a scarf, a turban, a hat, jeans, a peacock feather, a brooch, elephants in a paisley
  print) are unsupported. Items really in the photo (stole, safa, mojaris, the flute, candles, umbrellas) are correct.
- Pronoun: "woman", "she", "lady" for a man or a boy. Where the adapter's template starts "The lady wears a ... dress"
  on a man, the pronoun is seen first and labelled (one kind per text), hit_limit kept.
- Adapter texts: repeating a template sentence is loop; stopping mid-sentence without repeating is cut (even where
  it has invented an accessory or a wrong fabric before the cut); the template returned for the material question is
  restated (also cut). The template answering "What is the person wearing?", "Describe the garment." or the details
  question does answer it: cut or loop.
- Base texts: a short answer that goes round ("a pocket and a pocket and a pocket") is loop, without hit_limit; an
  early stop ("it is made of", "the kurta has") is cut, without hit_limit; "", "it has a lot of details", "it is made
  of cloth/fabric" and a color for the details question are non_answer; the material question answered with the
  garment's name, color or print, and "the garment is a kurta"/"it is a jacket" for description, are restated; any
  answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
- Sets: the product is the whole set where the title lists the pieces; per-piece colors are judged piece by piece.
  Where the product is the jacket alone (Nehru Jackets, Ethnic Jackets), color, description and sleeve length are of
  the jacket, and the wearing answer may name the kurta under it.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_dhoti = question("color_dhoti", "What is the color of the dhoti?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
buttons = question("buttons", "What are the buttons like?", "open")
embroidery = question("embroidery", "What embroidery is on the garment?", "open")

BLIND_392 = [
    # photo: man in a maroon silk-blend kurta with mandarin collar and white churidar, wall hung with marigold
    # garlands, full front view. No texts from the adapter.
    case(
        "X392-001",
        caption("a man in a maroon kurta standing in front of a wall with flowers"),
        D.wearing("a maroon kurta and white pants"),
        color_kurta("maroon"),
        color_pyjama("white"),
        B.material("silk"),
        D.details("the kurta has a mandarin collar and gold buttons and a pocket", "unsupported"),
        D.description("a maroon kurta with a white churidar and a maroon dupatta", "unsupported"),
        title="Men Maroon Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy sleeveless nehru jacket over a white kurta and white pyjama, plain grey backdrop, front view.
    # caption, description: adapter
    case(
        "X392-002",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand collar. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue vest over a white shirt"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        D.description(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand collar. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream kurta with tone-on-tone chikankari embroidery, white pyjama, carved wooden door with brass lamps.
    # No texts from the adapter.
    case(
        "X392-003",
        caption("a man in a white kurta standing in front of a door"),
        D.wearing("she is wearing a white kurta pajama", "pronoun"),
        B.pattern("embroidered"),
        D.details("the kurta has embroidery on the front"),
        B.material("silk", "unsupported"),
        B.color("cream"),
        title="Men Off White Chikankari Embroidered Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: gold brocade sherwani, maroon stole over one shoulder, beige churidar, red safa; palace set with pillars.
    # No sword, no necklace. No texts from the adapter.
    case(
        "X392-004",
        caption("a man in a gold sherwani and a red turban"),
        D.wearing(
            "a gold sherwani with a red scarf and a red turban Question: what is the color of the sherwani? Answer: "
            "gold",
            "leak",
        ),
        B.color("gold"),
        is_a("sherwani", "yes"),
        D.details("the sherwani has gold buttons and a sword", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwanis",
        color="Gold",
        gender="Men",
    ),
    # photo: black velvet bandhgala (closed stand collar, no shirt visible) with black trousers, white pocket square,
    # room with a chandelier. caption: adapter
    case(
        "X392-005",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "other fabric. It has a stand collar. The gentleman wears a long-sleeve jacket with pure color patterns "
            "and a long trousers.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black suit and a white shirt", "unsupported"),
        B.material("velvet"),
        color_trousers("black"),
        B.pattern("solid"),
        D.details("the jacket has a pocket square and a bow tie", "unsupported"),
        title="Men Black Velvet Bandhgala Suit",
        category="Bandhgalas",
        color="Black",
        gender="Men",
    ),
    # photo: mustard kurta, white pyjama, man seated on a wooden bench, haldi backdrop of marigold strings.
    # No texts from the adapter.
    case(
        "X392-006",
        caption("a man sitting on a bench in a yellow kurta"),
        D.wearing("a yellow kurta and white pants"),
        color_kurta("orange", "contradiction"),
        color_pyjama("white"),
        B.material("cotton Question: what is the color of the pyjama? Answer: white", "leak"),
        title="Men Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: pink kurta with small white floral print, white pyjama, pink painted wall behind. No adapter texts.
    case(
        "X392-007",
        caption("a woman in a pink kurta with white flowers", "pronoun"),
        D.wearing("a pink shirt with flowers on it"),
        B.pattern("floral"),
        B.color("white", "contradiction"),
        D.description("a pink kurta with white flowers"),
        B.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        title="Men Pink Floral Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: cream kurta and cream dhoti with a gold zari border, temple-style backdrop with brass bells, no watch
    # or bracelet. caption, material: adapter
    case(
        "X392-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a stand collar. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white dhoti and kurta"),
        color_dhoti("gold", "contradiction"),
        is_a("dhoti", "yes"),
        D.details("the dhoti has a gold border"),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It",
            "restated",
            hit_limit=True,
        ),
        title="Men Cream Kurta with Dhoti Pants",
        category="Dhoti Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: boy in a bottle-green kurta and white pyjama, birthday backdrop of balloons. details: adapter
    case(
        "X392-009",
        caption("a little boy in a green kurta standing in front of balloons"),
        D.wearing("a green kurta and white pajamas"),
        color_kurta("green"),
        color_pyjama("green", "contradiction"),
        B.material("it is made of", "cut"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand collar. The gentleman",
            "cut",
            hit_limit=True,
        ),
        title="Boys Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: black long-sleeve indo-western jacket, asymmetric open front, embroidered shoulders, black trousers;
    # grey smoke backdrop. Matte fabric. No adapter texts.
    case(
        "X392-010",
        caption("a man in a black suit"),
        D.wearing("a black jacket and black pants"),
        B.garment_type("jacket"),
        D.details(
            "the jacket has embroidery on the shoulders and buttons Question: what is the color of the jacket? "
            "Answer: black",
            "leak",
        ),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material("velvet", "unsupported"),
        title="Men Black Embroidered Indo-Western Jacket with Trousers",
        category="Indo Western",
        color="Black",
        gender="Men",
    ),
    # photo: lavender kurta, white churidar, studio with fairy lights and a brass urli of flowers. caption: adapter
    case(
        "X392-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a purple kurta"),
        color_kurta("purple"),
        B.color("pink", "contradiction"),
        D.description("a purple kurta with white pants and a necklace", "unsupported"),
        title="Men Lavender Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: white kurta and pyjama under a teal paisley-printed nehru jacket, carved wooden jharokha behind.
    # No adapter texts.
    case(
        "X392-012",
        caption("a man in a blue jacket and white kurta"),
        D.wearing("a white kurta and a white vest", "contradiction"),
        color_jacket("green"),
        color_kurta("blue", "other_garment_color"),
        D.details("the jacket has a paisley print"),
        B.material("a blue jacket", "restated"),
        title="Men White Kurta Pyjama with Teal Printed Nehru Jacket",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: black short kurta with small white block print, long sleeves, worn with blue jeans; brick wall.
    # No adapter texts.
    case(
        "X392-013",
        caption("a man in a black shirt and blue jeans standing in front of a brick wall"),
        D.wearing("a black shirt and jeans"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.pattern("printed"),
        B.material("denim", "unsupported"),
        title="Men Black Printed Short Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: off-white silk sherwani with pastel floral embroidery, pink stole, pink safa, ivory churidar; floral
    # arch backdrop. caption: adapter
    case(
        "X392-014",
        caption(
            "The gentleman wears a long-sleeve coat with floral patterns. The coat is with other fabric. It has a "
            "stand collar. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sherwani with a pink scarf and a pink turban"),
        B.color("pink", "other_garment_color"),
        is_a("sherwani", "yes"),
        B.material("silk"),
        embroidery("floral embroidery on the front and the back and the sleeves and the front and the back", "loop"),
        title="Men Off White Embroidered Silk Sherwani Set with Stole",
        category="Sherwanis",
        color="Off White",
        gender="Men",
    ),
    # photo: beige linen kurta, mandarin collar, no pocket; man holding a cup by a window with plants.
    # No adapter texts.
    case(
        "X392-015",
        caption("a man in a beige kurta holding a cup of tea"),
        D.wearing("a kurta"),
        B.material("linen"),
        B.color("beige"),
        D.details("the kurta has a collar and buttons and a pocket and a pocket and a pocket", "loop"),
        D.description("the garment is a kurta", "restated"),
        title="Men Beige Solid Linen Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: boy in a maroon brocade sherwani with gold buttons, cream churidar, party backdrop. No adapter texts.
    case(
        "X392-016",
        caption("a young boy in a red sherwani"),
        D.wearing("she is wearing a red sherwani", "pronoun"),
        B.color("red"),
        is_a("sherwani", "no", "contradiction"),
        D.details("gold buttons"),
        B.material("wool", "unsupported"),
        title="Boys Maroon Sherwani Set",
        category="Sherwanis",
        color="Maroon",
        gender="Boys",
    ),
    # photo: saffron-orange kurta, white cowl dhoti pants, diwali backdrop of diyas. caption, details: adapter
    case(
        "X392-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a stand collar. The gentleman wears a long-sleeve shirt with pure color patterns "
            "and a long pants",
            "loop",
            hit_limit=True,
        ),
        D.wearing("an orange kurta and white dhoti"),
        color_kurta("yellow", "contradiction"),
        color_dhoti("white"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand collar. The pants are with "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        title="Men Orange Kurta with Cowl Dhoti Pants",
        category="Dhoti Sets",
        color="Orange",
        gender="Men",
    ),
    # photo: royal blue art silk kurta, white pyjama, bright yellow painted wall, no scarf. No adapter texts.
    case(
        "X392-018",
        caption("a man in a blue kurta standing in front of a yellow wall"),
        D.wearing("a blue kurta and a yellow scarf", "unsupported"),
        B.color("yellow", "contradiction"),
        B.material("silk"),
        B.pattern("solid"),
        D.details("the kurta has a", "cut"),
        title="Men Royal Blue Art Silk Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard brocade sleeveless nehru jacket over a black kurta and black pyjama, grey backdrop.
    # No adapter texts.
    case(
        "X392-019",
        caption("a man in a yellow jacket and black pants"),
        D.wearing("a black kurta and a yellow jacket"),
        color_jacket("yellow"),
        B.color("black", "other_garment_color"),
        D.description("it is a jacket", "restated"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Men Mustard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: plain white cotton kurta and pyjama, no watch, white seamless backdrop. caption: adapter
    case(
        "X392-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a stand collar. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pajamas"),
        B.color("white"),
        B.material("cotton"),
        D.details("", "non_answer"),
        B.sleeve_length("long sleeves"),
        title="Men White Pure Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: navy self-design bandhgala with matching navy trousers, gold-tone buttons, wood-panelled room with a
    # bookshelf. No adapter texts.
    case(
        "X392-021",
        caption("a man in a blue suit standing in a library"),
        D.wearing("a black suit", "contradiction"),
        B.color("blue"),
        color_trousers("black", "contradiction"),
        is_a("bandhgala", "yes"),
        buttons("the buttons are gold"),
        title="Men Navy Blue Self Design Bandhgala Suit",
        category="Bandhgalas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle-green kurta with gold foil ethnic motifs, no pocket, white churidar, paper lanterns behind.
    # Feed row without gender. No adapter texts.
    case(
        "X392-022",
        caption("a man in a green kurta with gold print"),
        D.wearing("a green kurta with gold design"),
        B.color("gold", "contradiction"),
        B.pattern("printed"),
        D.details("the kurta has a gold print on the front and a pocket", "unsupported"),
        B.material("the kurta is made of fabric", "non_answer"),
        title="Men Green Ethnic Motifs Foil Printed Kurta",
        category="Kurtas",
        color="Green",
    ),
    # photo: peach asymmetric-hem kurta with off-white dhoti pants, pastel floral wall. caption: adapter
    case(
        "X392-023",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with cotton",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and white pants"),
        B.color("pink"),
        B.garment_type("dress", "contradiction"),
        B.material("the kurta is made of", "cut"),
        title="Men Peach Indo-Western Kurta with Dhoti Pants",
        category="Indo Western",
        color="Peach",
        gender="Men",
    ),
    # photo: black kurta with gold embroidered yoke, black pyjama, man seated on the floor among diyas and rangoli.
    # No adapter texts.
    case(
        "X392-024",
        caption("a man in a black kurta sitting on the floor with candles"),
        D.wearing("a black kurta and black pajamas"),
        D.details("the kurta has gold embroidery around the neck and a pocket square", "unsupported"),
        color_pyjama("black"),
        B.pattern("embroidered"),
        B.material("the kurta is made of kurta", "restated"),
        title="Men Black Yoke Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: sleeveless multicolour ikat-print ethnic jacket over a plain white kurta and pyjama, terracotta wall.
    # No adapter texts.
    case(
        "X392-025",
        caption("a man in a colorful vest and white kurta"),
        D.wearing("a white kurta and a printed jacket"),
        B.color("white", "other_garment_color"),
        B.pattern("printed"),
        D.description("a vest with a colorful print"),
        B.material("the jacket is made of a colorful print", "restated"),
        title="Men Multicoloured Printed Ethnic Jacket",
        category="Ethnic Jackets",
        color="Multi",
        gender="Men",
    ),
    # photo: burgundy velvet sherwani with gold embroidery on collar, cuffs and chest, cream churidar, cream mojaris;
    # red curtains and a chandelier. caption: adapter
    case(
        "X392-026",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with other fabric. It has a "
            "stand collar. The gentleman wears a long-sleeve coat with pure color patterns. The coat is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red sherwani and white pants"),
        B.color("red"),
        B.material("silk", "unsupported"),
        D.details("gold embroidery on the collar and the sleeves and the collar and the sleeves", "loop"),
        title="Men Burgundy Velvet Embroidered Sherwani",
        category="Sherwanis",
        color="Burgundy",
        gender="Men",
    ),
    # photo: blue and white checked cotton kurta, long sleeves, white pyjama, studio with potted plants.
    # No adapter texts.
    case(
        "X392-027",
        caption("a man in a blue and white checkered shirt"),
        D.wearing("a blue plaid shirt"),
        B.pattern("striped", "contradiction"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        B.material("denim", "unsupported"),
        D.details("blue and white", "non_answer"),
        title="Men Blue Checked Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: boy in a yellow kurta and maroon dhoti holding a flute, janmashtami backdrop; nothing in his hair.
    # No adapter texts.
    case(
        "X392-028",
        caption("a little boy holding a flute"),
        D.wearing("a yellow kurta and a red dhoti"),
        color_dhoti("yellow", "other_garment_color"),
        color_kurta("yellow"),
        is_a("dhoti", "no", "contradiction"),
        D.details("he has a peacock feather in his hair", "unsupported"),
        B.material("cotton"),
        title="Boys Yellow Kurta with Maroon Dhoti",
        category="Dhoti Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: sea-green kurta, white pyjama, printed green-and-white stole draped on one shoulder, pastel floral wall.
    # caption: adapter
    case(
        "X392-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "chiffon fabric. It has a stand collar. There is an accessory on his neck. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta with a scarf"),
        color_kurta("green"),
        B.material("it is made of cotton Question: what is the color of the scarf? Answer: green", "leak"),
        B.color("white", "other_garment_color"),
        title="Men Sea Green Kurta Pyjama with Printed Stole",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: beige textured sleeveless nehru jacket over a maroon kurta, cream pyjama, grey backdrop.
    # No adapter texts.
    case(
        "X392-030",
        caption("a man wearing a red kurta and a beige vest"),
        D.wearing("a beige jacket over a red kurta"),
        D.description("a red jacket", "other_garment_color"),
        is_a("nehru jacket", "no", "contradiction"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("linen"),
        title="Men Beige Textured Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: sky-blue kurta with small white floral print, white pyjama, white backdrop with a hanging plant.
    # Feed row without gender. caption, wearing, material: adapter
    case(
        "X392-031",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "stand collar. The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "stand",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("floral"),
        B.material(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        title="Men Sky Blue Floral Print Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: white jodhpuri-style jacket with silver embroidery and white trousers, black backdrop with spotlights;
    # bare head. No adapter texts.
    case(
        "X392-032",
        caption("a man in a white suit on a black background"),
        D.wearing("a white jacket and white pants and a white turban", "unsupported"),
        B.color("black", "contradiction"),
        D.details("silver embroidery on the jacket"),
        B.garment_type("jacket"),
        B.sleeve_length("long sleeves"),
        title="Men White Embroidered Indo-Western Jodhpuri Set",
        category="Indo Western",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey pathani kurta with two chest pockets and collar, matching salwar, wooden crates behind.
    # No adapter texts.
    case(
        "X392-033",
        caption("a man in a grey kurta and salwar"),
        D.wearing("he is wearing a gray kurta and gray pants"),
        B.color("grey"),
        D.details(
            "the kurta has two pockets and a collar Question: what is the color of the salwar? Answer: grey", "leak"
        ),
        B.material("it is made of cloth", "non_answer"),
        B.sleeve_length("long sleeves"),
        title="Men Grey Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: white silk kurta, white dhoti and angavastram with gold borders, temple pillars and a brass lamp.
    # No adapter texts.
    case(
        "X392-034",
        caption("a man in a white kurta and dhoti standing next to a lamp"),
        D.wearing("a white shirt and a white dhoti"),
        B.color("white"),
        B.material("silk"),
        D.details("gold border on the dhoti and the scarf"),
        is_a("dhoti", "yes"),
        title="Men White Solid Silk Kurta Dhoti Set with Angavastram",
        category="Dhoti Sets",
        color="White",
        gender="Men",
    ),
    # photo: magenta art silk kurta, white churidar, hands folded in namaste, rangoli on the floor.
    # No adapter texts.
    case(
        "X392-035",
        caption("a man in a pink kurta with his hands folded"),
        D.wearing("a pink shirt and white pants"),
        B.color("red", "contradiction"),
        B.material("silk"),
        D.description("the kurta is pink and the pants are pink", "contradiction"),
        D.details("it has a lot of details", "non_answer"),
        title="Men Magenta Art Silk Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Men",
    ),
    # photo: cream linen bandhgala blazer with brown trousers, leather armchair prop. caption: adapter
    case(
        "X392-036",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric. It has a stand collar. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white jacket and brown pants"),
        B.color("brown", "other_garment_color"),
        color_trousers("brown"),
        B.garment_type("shirt", "contradiction"),
        B.material("linen"),
        title="Men Cream Linen Bandhgala Blazer",
        category="Blazers",
        color="Cream",
        gender="Men",
    ),
    # photo: black flared anarkali-style long kurta to the shins with gold embroidered hem, white churidar,
    # dark backdrop with candles. No adapter texts.
    case(
        "X392-037",
        caption("a woman in a black dress with gold embroidery", "pronoun"),
        D.wearing("a black dress", "contradiction"),
        B.color("black"),
        B.garment_type("kurta"),
        D.details("gold embroidery on the bottom"),
        D.description("a black dress with gold embroidery", "contradiction"),
        title="Men Black Flared Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: boy in a white kurta and pyjama with a red paisley-printed nehru jacket, lanterns behind; bare head.
    # No adapter texts.
    case(
        "X392-038",
        caption("a boy in a red jacket and white pants"),
        D.wearing("a red vest and a white kurta and a red hat", "unsupported"),
        color_jacket("red"),
        color_kurta("red", "other_garment_color"),
        D.details("the jacket has a print of elephants", "unsupported"),
        title="Boys White Kurta Pyjama with Red Printed Nehru Jacket",
        category="Kurta Sets",
        color="Red",
        gender="Boys",
    ),
    # photo: navy jacquard kurta with gold thread motifs, cream churidar, palace arch with mirror work. caption: adapter
    case(
        "X392-039",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with other "
            "fabric. It has a stand collar. The gentleman wears a long-sleeve shirt with lattice patterns and a long "
            "pants",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue kurta with a gold pattern"),
        color_kurta("black", "contradiction"),
        color_pyjama("white"),
        D.details(
            "the kurta has a gold design all over Question: what is the material of the kurta? Answer: silk", "leak"
        ),
        title="Men Navy Blue Jacquard Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mint green sherwani with tonal embroidery on collar and front, white churidar, cream mojaris, on a
    # staircase; no sword, no brooch. No adapter texts.
    case(
        "X392-040",
        caption("a man in a green sherwani standing on the stairs"),
        D.wearing("a green sherwani and a sword", "unsupported"),
        B.color("green"),
        is_a("sherwani", "yes"),
        B.sleeve_length("long sleeves"),
        D.details("the sherwani has embroidery on the collar and the front and a brooch", "unsupported"),
        title="Men Mint Green Embroidered Sherwani with Churidar",
        category="Sherwanis",
        color="Green",
        gender="Men",
    ),
    # photo: red kurta with gold buttons, white pyjama, man holding a thali of diyas, framed paintings on the wall.
    # No adapter texts.
    case(
        "X392-041",
        caption("a man in a red kurta holding a plate of candles"),
        D.wearing("a red kurta and red pajamas", "contradiction"),
        color_kurta("red"),
        color_pyjama("white"),
        B.material("red kurta", "restated"),
        buttons("the buttons are gold and the buttons are gold", "loop"),
        title="Men Red Solid Kurta Pyjama Set",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: grey sleeveless longline ethnic jacket over a black kurta and black trousers, concrete wall.
    # caption, material: adapter
    case(
        "X392-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. There is an accessory on his wrist. The gentleman wears a long-sleeve shirt with pure "
            "color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey jacket over a black kurta"),
        color_jacket("black", "other_garment_color"),
        D.description("a long gray vest with black pants"),
        B.color("grey"),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. There",
            "restated",
            hit_limit=True,
        ),
        title="Men Grey Longline Ethnic Jacket with Kurta and Trousers",
        category="Indo Western",
        color="Grey",
        gender="Men",
    ),
    # photo: indigo kurta with red and black geometric Ajrakh block print, man leaning on a wooden pillar.
    # No adapter texts.
    case(
        "X392-043",
        caption("a man in a blue shirt with a red pattern leaning on a pole"),
        D.wearing("a blue kurta with red flowers", "contradiction"),
        B.color("red", "contradiction"),
        B.pattern("geometric"),
        B.material("cotton"),
        D.details("the kurta has", "cut"),
        title="Men Indigo Ajrakh Print Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: gold-toned silk-blend kurta, white pyjama, mehendi backdrop with hanging umbrellas, man seated.
    # No adapter texts.
    case(
        "X392-044",
        caption("a man in a yellow kurta sitting under umbrellas"),
        D.wearing("a gold kurta and gold pants", "contradiction"),
        B.color("yellow"),
        B.material("the material is silk Question: what is the color of the pants? Answer: white", "leak"),
        D.description("a gold kurta with a white pajama"),
        B.pattern("solid"),
        title="Men Gold-Toned Silk Blend Kurta Set",
        category="Kurta Sets",
        color="Gold",
        gender="Men",
    ),
    # photo: pink kurta, black sleeveless nehru jacket, white pyjama, green plant wall; no pocket square.
    # caption: adapter
    case(
        "X392-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The lady wears a sleeveless vest with pure color patterns. The vest is with cotton",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a black jacket with a pink kurta"),
        color_jacket("black"),
        color_kurta("pink"),
        color_pyjama("black", "other_garment_color"),
        D.details("the jacket has buttons and a pocket square", "unsupported"),
        title="Men Pink Kurta with Black Nehru Jacket and Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: white kurta with navy vertical stripes, long sleeves, white pyjama, man on a wooden stool against a
    # plain blue wall. No adapter texts.
    case(
        "X392-046",
        caption("a man sitting on a stool in a striped shirt"),
        D.wearing("a blue and white striped kurta and blue jeans", "unsupported"),
        B.pattern("striped"),
        B.color("white"),
        B.material("cotton"),
        D.details("the kurta has blue stripes and a mandarin collar"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("kurta", "yes"),
        title="Men White & Navy Blue Striped Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
]
