"""BLIND_201 (46 products; men's ethnic and festive catalog, BLIP-2 experiments re-run): written blind in the
thirty-ninth session. Measured blind at 613c74d (the session's rules as they stood): 95/111 failures found (85.6%) and
15/132 correct texts flagged (11.4%). The writer's notes, verbatim:

Scenario:
    The original BLIP-2 fine-tuning experiments re-run on a Myntra-like men's ethnic and festive catalog with an
    English feed: kurtas, kurta pyjama / churidar sets, nehru jackets worn over kurtas, sherwanis, dhotis and dhoti
    pants, bandhgalas (as blazers and suits), and some casual shirts and trousers. Photos are model shots on studio or
    festive backdrops, usually with two or three garments visible (a jacket over a kurta over a pyjama), sometimes
    a stole, a safa or a garland. Feed columns: title, category (Myntra-like article type), seller color
    (Myntra-like base colours: Off White, Cream, Mustard, Navy Blue, Rust, Grey Melange, Multi...), gender; a few
    rows lack the gender, one lacks the color.

Who wrote what:
    - Captions: the base Salesforce/blip2-opt-2.7b (short lower-case captions, its "arafed man" artefact) for about
      half the products, the caption-only LoRA adapter (DeepFashion-MultiModal template: "The gentleman wears a
      long-sleeve shirt with pure color patterns...", no hue names, In-shop garment words only, fabrics from the
      DeepFashion list, so no "linen" or "velvet", and a habit of "The lady" learnt from a mostly female data set)
      for the other half. The caption adapter usually stops after its template; where the template runs long it is
      cut at the 50-token cap (hit_limit=True); once, asked for a description, it loops on its
      accessory sentence up to the cap.
    - Closed questions (garment_type, color, pattern, sleeve_length, the "Is this a ...?" question) come from the
      reference engine, ranking a closed candidate set (raw text kept when unmapped): never hit_limit.
    - Open questions (wearing, description, details, material and the extra questions defined below) come from
      one of three generators, per question as a production run would mix them: the base model (short answers,
      stops on the newline), the caption adapter (returns its caption template whatever the prompt), or the VQA
      adapter trained without an end token. Every VQA-adapter text ran to the 30-token cap (hit_limit=True): it
      loops, continues into the next "Question: ... Answer:" of its training format, or is cut mid-phrase.

Labeling conventions and judgement calls:
    - Shade words for the seller's color are correct: white for Off White / Cream, red for Maroon / Burgundy,
      yellow for Mustard / Gold, pink for Peach, green for Olive / Sea Green / Teal, tan for Beige, blue for Navy
      Blue / Indigo, purple for Lavender and for a wine angrakha under studio light, grey for Grey Melange.
      "navy" read as "black" on a dark indo-western sherwani is a contradiction.
    - Garment synonyms are correct: vest or jacket for a nehru jacket, coat / jacket / suit for a sherwani, suit or
      blazer for a bandhgala, shirt or long shirt for a kurta (and for a short kurta as a garment_type), pants for a
      pyjama, churidar, dhoti or dhoti pants. "skirt" for a men's dhoti is a contradiction; "shirt" as the garment
      type of a trousers product, "jeans" for plain black trousers, or "kurta" for a nehru jacket product, is a
      contradiction (the seller's category); so is the reference engine's "yes" to "Is this a kurta?" for a nehru
      jacket worn over a kurta, and its "no" for a short kurta the title calls a kurta.
    - Sets named piece by piece in their own colors are correct ("a maroon nehru jacket over a cream kurta" for a
      Cream kurta set; "a grey shirt and grey pants" where both really are grey). One color repeated over garments
      that differ ("a grey vest and a grey shirt" over a black kurta; "navy blue" for beige trousers under a navy
      bandhgala; "white" for beige shorts) is a contradiction. The garment's color answered with the color of the
      other garment in the shot (the kurta under a jacket product, the pyjama of a kurta set, a stole) is
      other_garment_color; for a three-piece set the seller color names the kurta, so the jacket's color is
      other_garment_color too. A backdrop color (marigold wall) given to the kurta is a contradiction.
    - A pattern read off the backdrop (marigold strings: "floral") or off a melange texture ("striped"), and
      "solid" for a block-printed kurta, are contradictions.
    - A print's own color (green for a white shirt with a green palm print) is correct, as is "multi" for Multi.
    - Material: correct when the title names it (Pure Cotton, Pure Linen, Art Silk, Silk Blend, Velvet, Linen Blend,
      Denim). A fabric the title does not name and the photo cannot show (base model's "silk" on a jacquard
      sherwani, "cotton" on a sequinned kurta) is unsupported, as is the caption adapter's "cotton fabric" for a
      Pure Linen shirt (DeepFashion has no linen). Invented trims (gold buttons where they are black, white
      embroidery on a plain kurta, a pocket square that is not there) are unsupported.
    - The caption template returned for an open "wearing" / "description" / "details" question is correct when
      accurate (it does describe the garment, the richer details the experiments saw); returned for a material or a
      color question, where it carries no answer, it is restated. "The lady" / "a woman" for the male models is
      pronoun, also on rows whose feed gender is missing (the photo shows a man).
    - "arafed" in a base caption is the model's known artefact, not a claim about the garment: counted correct.
    - A VQA-adapter text is labelled by what shows first: a repetition is loop even when the repeated content is
      right; "Answer: ... Question:" is leak; a single run of correct content ending mid-phrase is cut.
    - "clothes", "fabric", an empty answer, "it is a vest", "the details of the garment", "they are white pants"
      (for details) are non_answer. Invented accessories (a dupatta, a pocket square, a chest pocket that is not
      there) are unsupported.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, question

# extra open/closed questions asked of some products (the experiments' questionnaire, in this catalog's words)
WEARING_HE = question("wearing_he", "What is he wearing?", "open")
JACKET_COLOR = question("color_jacket", "What is the color of the jacket?", "open")
PANTS_COLOR = question("color_pants", "What is the color of the pants?", "open")
SHIRT_COLOR = question("color_shirt", "What is the color of the shirt?", "open")
DESCRIBE_SHIRT = question("describe_shirt", "Describe the shirt.", "open")
COLLAR = question("collar", "What type of collar does the garment have?", "open")
IS_KURTA = question("is_kurta", "Is this a kurta?", "closed")

LORA_SHIRT_PANTS = (
    "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
    "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns."
)

BLIND_201 = [
    # photo: model in an off-white chikankari kurta and white churidar, hands clasped, plain grey backdrop
    case(
        "X201-001",
        caption("a man in a white kurta and white pants standing in front of a grey wall"),
        D.wearing("a white kurta and white pajamas"),
        D.color("white"),
        D.pattern("embroidered"),
        D.material("cotton"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline,"
            " the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.description("a white kurta with a white dupatta", "unsupported"),
        gender="Men",
        title="Manyavar Men Off White Chikankari Embroidered Pure Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
    ),
    # photo: navy nehru jacket with small white print, buttoned, over a plain white kurta and white pyjama
    case(
        "X201-002",
        caption(
            "The gentleman wears a sleeveless vest with graphic patterns and a long-sleeve shirt. The vest is with"
            " cotton fabric and its neckline is stand. The shirt is with cotton fabric and pure color patterns. The"
            " pants the gentleman wears is of",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        JACKET_COLOR("blue"),
        D.wearing("a blue vest and a white shirt"),
        D.material(
            "cotton and the vest is with cotton fabric and the shirt is with cotton fabric and the vest is with cotton"
            " fabric and the shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Vastramay Men Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # photo: groom look, ivory and gold woven sherwani, matching churidar, red safa on the head, red stole
    case(
        "X201-003",
        caption("arafed man in a white and gold sherwani with a red turban"),
        D.color("gold"),
        D.garment_type("coat"),
        D.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk"
            " silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve coat with lattice patterns and a long pants. The coat is with other fabric"
            " and its neckline is stand. There is an accessory on her neck.",
            "pronoun",
        ),
        D.wearing(
            "coat. Question: What is the color of the coat? Answer: white and gold. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men Cream-Coloured & Golden Woven Design Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # photo: plain mustard straight kurta with band collar, white pyjama, half body, white backdrop
    case(
        "X201-004",
        caption(LORA_SHIRT_PANTS),
        D.color("yellow"),
        D.material("cotton"),
        D.wearing(
            "shirt. Question: What is the color of the shirt? Answer: yellow. Question: What cloth is the person"
            " wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.description("a yellow kurta with a white embroidered collar", "unsupported"),
        gender="Men",
        title="Fabindia Men Mustard Yellow Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # photo: three-piece: maroon velvet nehru jacket over a cream kurta and cream pyjama, full length
    case(
        "X201-005",
        caption("a man in a maroon jacket and white pants"),
        D.color("red", "other_garment_color"),
        D.wearing("a maroon nehru jacket over a cream kurta"),
        PANTS_COLOR("white"),
        D.details(
            "the jacket has a mandarin collar and the jacket has buttons and the jacket has a pocket and the jacket"
            " has a mandarin collar and the jacket has",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sojanya Men Cream Kurta Pyjama with Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # photo: olive linen shirt, long sleeves rolled to the elbow, untucked over beige chinos
    case(
        "X201-006",
        caption("a man in a green shirt and khaki pants"),
        D.color("green"),
        D.material("linen"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        gender="Men",
        title="Roadster Men Olive Green Pure Linen Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # photo: white readymade dhoti with a gold zari border, white kurta on top, cropped at the chest
    case(
        "X201-007",
        caption(LORA_SHIRT_PANTS),
        D.garment_type("dhoti"),
        D.color("white"),
        D.wearing("a white dhoti and a white shirt"),
        D.description("a white dhoti with a gold border"),
        D.details(
            "the pants are white and the pants are white and the pants are white and the pants are white and the"
            " pants are white and the",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton. Question: Is this a pair of pants? Answer: yes. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Sethukrishna Men White Solid Readymade Dhoti with Zari Border",
        category="Dhotis",
        color="White",
    ),
    # photo: black bandhgala suit with black self buttons, white pocket square, brown loafers
    case(
        "X201-008",
        caption("a man in a black suit and black pants"),
        D.garment_type("suit"),
        D.description("a black suit with a white pocket square and gold buttons", "unsupported"),
        WEARING_HE(
            "suit, pants, shoes, suit, pants, shoes, suit, pants, shoes, suit, pants, shoes, suit, pants, shoes,"
            " suit, pants",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        gender="Men",
        title="Raymond Men Black Solid Slim Fit Bandhgala Suit",
        category="Suits",
        color="Black",
    ),
    # photo: teal silk-blend kurta with a tone-on-tone woven motif, white churidar, hand on hip (no gender in feed)
    case(
        "X201-009",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with other"
            " fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        D.color("green"),
        D.material("silk"),
        D.wearing("a blue shirt and white pants"),
        D.details("the details", "non_answer"),
        D.description(
            "a teal kurta with a woven pattern of small squares all over and a stand collar and long sleeves and white"
            " churidar pants that are",
            "cut",
            hit_limit=True,
        ),
        title="Mohey Men Teal Woven Design Silk Blend Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # photo: peach kurta with band collar and white pyjama, model leaning on a carved pillar
    case(
        "X201-010",
        caption("a man in a pink kurta and white pants leaning against a pillar"),
        D.color("pink"),
        D.details(LORA_SHIRT_PANTS),
        D.wearing("clothes", "non_answer"),
        D.material(
            "cotton. Question: What is the color of the pants? Answer: white. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        PANTS_COLOR(LORA_SHIRT_PANTS, "restated"),
        gender="Men",
        title="KISAH Men Peach-Coloured Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # photo: beige slim chinos, white shirt tucked in, brown belt, full length on white
    case(
        "X201-011",
        caption("a man in a white shirt and beige pants"),
        D.color("white", "other_garment_color"),
        PANTS_COLOR("khaki"),
        D.details(
            "the pants are khaki and the pants are slim fit and the pants are slim fit and the pants are slim fit"
            " and the pants are slim fit",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
    ),
    # photo: maroon velvet sherwani with gold embroidery at the collar and cuffs, beige churidar, gold mojaris
    case(
        "X201-012",
        caption(
            "The gentleman wears a long-sleeve coat with graphic patterns and a long pants. The coat is with other"
            " fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. There is"
            " an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.material("velvet"),
        D.wearing("a red and gold sherwani"),
        D.description(
            "the jacket is red and gold and the pants are white and the jacket is red and gold and the pants are"
            " white and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men Maroon Embroidered Velvet Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # photo: blue and white checked casual shirt, navy jeans, sleeves down
    case(
        "X201-013",
        caption("a man in a blue and white checkered shirt"),
        D.pattern("checked"),
        PANTS_COLOR("blue"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        gender="Men",
        title="HERE&NOW Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: black kurta with white thread-work motifs on the yoke, white churidar, barefoot on a rug
    case(
        "X201-014",
        caption("a man in a black kurta and white pants"),
        D.pattern("embroidered"),
        D.material("silk", "unsupported"),
        D.wearing(
            "a black kurta with white embroidery on the yoke and white churidar pants and he is standing on a rug"
            " with his hands",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "black, white, black, white, black, white, black, white, black, white, black, white, black, white, black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Vastramay Men Black Ethnic Motifs Embroidered Kurta",
        category="Kurtas",
        color="Black",
    ),
    # photo: mustard brocade nehru jacket over a white kurta and white pyjama
    case(
        "X201-015",
        caption("a man in a yellow vest and white pants"),
        D.garment_type("kurta", "contradiction"),
        D.wearing("a white kurta and a yellow jacket"),
        JACKET_COLOR(
            "yellow. Question: Is this a jacket? Answer: yes. Question: What is the color of the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Jompers Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # photo: sea green kurta and white pyjama, shoulder-length hair, three-quarter view (no gender in feed)
    case(
        "X201-016",
        caption("a woman in a green shirt and white pants", "pronoun"),
        D.color("green"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        title="See Designs Men Sea Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # photo: navy bandhgala blazer with brass buttons, beige trousers, tan shoes
    case(
        "X201-017",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is"
            " with cotton fabric and its neckline is stand. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        D.color("blue"),
        D.description("a navy blue jacket with gold buttons"),
        PANTS_COLOR("navy blue", "contradiction"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men Navy Blue Self Design Bandhgala Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # photo: cream art-silk kurta and cream dhoti with gold border, gold-bordered angavastram over one shoulder
    case(
        "X201-018",
        caption("a man in a white and gold traditional outfit"),
        D.material("silk"),
        D.color("beige"),
        D.wearing(
            "the person is wearing a white shirt and white pants and a white scarf and a white shirt and white pants"
            " and a white scarf and a",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and"
            " its neckline is stand. There is an accessory on his neck. There is an accessory on his neck. There is"
            " an accessory on his",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sanwara Men Cream-Coloured Art Silk Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Cream",
    ),
    # photo: black slim trousers with a grey crew-neck t-shirt, white sneakers
    case(
        "X201-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is"
            " with cotton fabric and its neckline is crew. The pants are with cotton fabric and pure color patterns."
        ),
        D.color("grey", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        D.details("black pants with a zipper"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is"
            " with cotton fabric and its neckline is crew. The pants are with cotton fabric and pure color patterns.",
            "restated",
        ),
        gender="Men",
        title="Mast & Harbour Men Black Slim Fit Trousers",
        category="Trousers",
        color="Black",
    ),
    # photo: rust orange straight kurta with mandarin collar, off-white pyjama, model on a phone call
    case(
        "X201-020",
        caption("a man in an orange shirt and white pants talking on a cell phone"),
        D.color("orange"),
        D.description("a long orange shirt with a mandarin collar"),
        D.material("fabric", "non_answer"),
        D.details(
            "the kurta has a mandarin collar and full sleeves and it is a straight kurta with side slits and it is"
            " made of",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Anouk Men Rust Orange Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # photo: off-white embroidered sherwani, off-white churidar, maroon stole over one shoulder
    case(
        "X201-021",
        caption("a man in a white suit with a red scarf"),
        D.color("red", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve coat with graphic patterns and a long pants. The coat is with other"
            " fabric and its neckline is stand. There is an accessory on his neck."
        ),
        D.details(
            "white, red, white, red, white, red, white, red, white, red, white, red, white, red, white, red",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Tasva Men Off-White Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Off White",
    ),
    # photo: plain lavender cotton kurta, white pyjama, smiling, garden background (no color in feed)
    case(
        "X201-022",
        caption(LORA_SHIRT_PANTS),
        D.color("purple"),
        D.wearing("a purple shirt"),
        D.description("a purple kurta with white embroidery on the sleeves", "unsupported"),
        D.material(
            "cotton. Question: What is the pattern of the garment? Answer: solid. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Fabindia Men Lavender Cotton Kurta",
        category="Kurtas",
    ),
    # photo: grey nehru jacket over a black kurta and black pyjama
    case(
        "X201-023",
        caption("a man in a grey vest and black pants"),
        D.color("grey"),
        D.wearing("a grey vest and a grey shirt", "contradiction"),
        JACKET_COLOR(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a sleeveless vest with pure color patterns and a long-sleeve shirt. The vest is with"
            " other fabric and its neckline is stand. The shirt is with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        gender="Men",
        title="Hangup Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # photo: white linen shirt with mandarin collar, sleeves down, light blue jeans, beach backdrop
    case(
        "X201-024",
        caption("a man in a white shirt standing on the beach"),
        D.material("linen"),
        COLLAR("mandarin collar"),
        D.description(
            "shirt with a collar and buttons down the front and long sleeves and the shirt is white and the jeans"
            " are light blue and the shirt is",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Linen Club Men White Pure Linen Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: navy kurta with a white floral print, white pyjama
    case(
        "X201-025",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        D.pattern("floral"),
        D.color("white", "other_garment_color"),
        D.wearing("a blue and white floral shirt"),
        PANTS_COLOR(
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jompers Men Navy Blue Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # photo: gold jacquard sherwani, white churidar, pink safa, holding a sword prop
    case(
        "X201-026",
        caption("arafed man in a gold suit and a pink turban"),
        D.color("yellow"),
        D.material("silk", "unsupported"),
        WEARING_HE("a gold sherwani"),
        D.wearing(
            "The gentleman wears a long-sleeve coat with lattice patterns and a long pants. The coat is with other"
            " fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. There is a"
            " hat in his head. This",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the sherwani", "non_answer"),
        gender="Men",
        title="Manyavar Men Gold-Toned Woven Design Sherwani",
        category="Sherwani",
        color="Gold",
    ),
    # photo: plain pink kurta and white churidar in front of a wall of orange marigold strings
    case(
        "X201-027",
        caption("a man in a pink kurta standing in front of a wall of orange flowers"),
        D.color("orange", "contradiction"),
        D.pattern("floral", "contradiction"),
        D.wearing("a pink kurta and white pants"),
        D.details(
            "the kurta is pink. Question: What are the pants details? Answer: the pants are white. Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men Pink Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
    ),
    # photo: cream silk dhoti with maroon-and-gold border, white shirt on top (no gender in feed)
    case(
        "X201-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with"
            " cotton fabric and its neckline is lapel. The skirt is with other fabric and pure color patterns.",
            "contradiction",
        ),
        D.garment_type("dhoti"),
        D.color("white"),
        D.material("silk"),
        D.description(
            "the pants are long and the pants are white and the pants are long and the pants are white and the"
            " pants are long and the",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a white skirt", "contradiction"),
        title="Ramraj Men Cream-Coloured Silk Dhoti with Zari Border",
        category="Dhotis",
        color="Cream",
    ),
    # photo: maroon shirt with small white polka print, black trousers
    case(
        "X201-029",
        caption("a man in a red shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.pattern("polka dots"),
        DESCRIBE_SHIRT("a red shirt with white dots"),
        D.details(
            "The gentleman wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        D.material(
            "The gentleman wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is lapel.",
            "restated",
        ),
        gender="Men",
        title="Mast & Harbour Men Maroon Printed Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # photo: white kurta and white pyjama under a black nehru jacket with a small white print
    case(
        "X201-030",
        caption("a man in a black vest and white pants"),
        D.wearing("a black jacket and a black shirt", "contradiction"),
        JACKET_COLOR("black"),
        D.details(
            "the jacket is black and the shirt is white and the pants are white and the jacket is black and the"
            " shirt is white and the pants",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Vastramay Men White Kurta Pyjama with Black Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # photo: bottle green silk-blend kurta, cream churidar, seated on a carved chair
    case(
        "X201-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and"
            " its neckline is stand. The pants the gentleman wears is of long length. The pants are with cotton"
            " fabric and pure color patterns. This gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.material("silk"),
        D.wearing("a green shirt and green pants", "contradiction"),
        D.description(
            "the kurta is green and the kurta is green and the kurta is green and the kurta is green and the kurta"
            " is green and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sojanya Men Green Solid Silk Blend Kurta",
        category="Kurtas",
        color="Green",
    ),
    # photo: beige linen-blend bandhgala jacket and matching trousers, brown brogues (no gender in feed)
    case(
        "X201-032",
        caption("a man in a tan suit and brown shoes"),
        D.color("tan"),
        D.material("linen"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with"
            " cotton fabric and its neckline is stand.",
            "pronoun",
        ),
        D.wearing(
            "suit, brown shoes, belt, watch, suit, brown shoes, belt, watch, suit, brown shoes, belt, watch, suit,"
            " brown",
            "loop",
            hit_limit=True,
        ),
        title="Blackberrys Men Beige Linen Blend Bandhgala Suit",
        category="Suits",
        color="Beige",
    ),
    # photo: short indigo kurta with small white block-print motifs, sleeves rolled, over blue jeans
    case(
        "X201-033",
        caption("a man in a blue shirt and jeans"),
        D.garment_type("shirt"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        PANTS_COLOR("blue"),
        D.details(
            "the shirt has a mandarin collar and a pocket on the chest and the sleeves are rolled up and there is a"
            " print of small white",
            "cut",
            hit_limit=True,
        ),
        IS_KURTA("no", "contradiction"),
        gender="Men",
        title="Fabindia Men Indigo Blue Printed Short Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: black pathani kurta with collar and chest pocket, black salwar, black juttis
    case(
        "X201-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        D.color("black"),
        D.wearing("a black shirt and black pants"),
        D.details("a black kurta with white buttons", "unsupported"),
        D.material(
            "cotton. Question: What is the person wearing? Answer: shirt. Question: What is the color of the shirt",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Jompers Men Black Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Black",
    ),
    # photo: white kurta with a silver sequinned yoke, white pyjama, bearded model
    case(
        "X201-035",
        caption("a man with a beard wearing a white kurta"),
        D.material("cotton", "unsupported"),
        D.details("the details of the garment", "non_answer"),
        D.description(
            "white kurta with silver embroidery on the yoke and white pyjama and the kurta has a mandarin collar and"
            " long sleeves and the kurta",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men White Yoke Design Sequinned Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # photo: olive pleated cotton trousers with a cream short kurta-shirt tucked out
    case(
        "X201-036",
        caption(LORA_SHIRT_PANTS),
        D.color("green"),
        D.garment_type("shirt", "contradiction"),
        PANTS_COLOR("olive green"),
        D.details("pleated"),
        D.wearing(
            "shirt and pants. Question: What is the color of the shirt? Answer: white. Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Urbano Fashion Men Olive Green Regular Fit Pleated Cotton Trousers",
        category="Trousers",
        color="Olive",
    ),
    # photo: cream jacquard nehru jacket over a light blue kurta and white pyjama
    case(
        "X201-037",
        caption("a man in a blue shirt and a white vest"),
        D.color("blue", "other_garment_color"),
        JACKET_COLOR("white"),
        D.garment_type("vest"),
        D.description(
            "The gentleman wears a sleeveless vest with lattice patterns and a long-sleeve shirt. The vest is with"
            " other fabric and its neckline is stand. The shirt is with cotton fabric and pure color patterns. The"
            " pants are",
            "cut",
            hit_limit=True,
        ),
        D.details("it is a vest", "non_answer"),
        gender="Men",
        title="Hangup Men Cream-Coloured Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # photo: bright yellow kurta with buttoned placket, white pyjama, marigold garland (no gender in feed)
    case(
        "X201-038",
        caption("a man in a yellow kurta with a flower garland around his neck"),
        D.wearing("a yellow shirt and yellow pants", "contradiction"),
        D.details("it has a mandarin collar and buttons"),
        IS_KURTA("yes"),
        D.material(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow",
            "loop",
            hit_limit=True,
        ),
        WEARING_HE(
            "a yellow kurta and white pyjama and a garland of yellow and orange flowers around his neck and he is"
            " standing in front of",
            "cut",
            hit_limit=True,
        ),
        title="Sanwara Men Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # photo: light blue washed denim shirt, khaki chinos, sleeves rolled once
    case(
        "X201-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " denim fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        D.material("denim"),
        SHIRT_COLOR(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " denim fabric and its neckline is lapel.",
            "restated",
        ),
        D.details(
            "the shirt is blue and the pants are blue and the shirt is blue and the pants are blue and the shirt is"
            " blue and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: wine angrakha kurta with side tie, cream churidar, long-haired model with a bun
    case(
        "X201-040",
        caption("a man in a purple kurta and white pants"),
        D.color("red"),
        D.details("it has a tie on the side"),
        D.wearing("she is wearing a purple kurta", "pronoun"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is V-shape."
        ),
        WEARING_HE(
            "a purple shirt and white pants and a purple shirt and white pants and a purple shirt and white pants and"
            " a purple",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mohey Men Wine-Coloured Angrakha Kurta",
        category="Kurtas",
        color="Burgundy",
    ),
    # photo: navy indo-western sherwani with asymmetric hem and a brooch, navy churidar
    case(
        "X201-041",
        caption("a man in a blue suit with a brooch"),
        D.color("black", "contradiction"),
        D.garment_type("jacket"),
        D.wearing("a blue sherwani"),
        D.material(
            "The gentleman wears a long-sleeve coat with pure color patterns and a long pants. The coat is with"
            " other fabric and its neckline is stand.",
            "restated",
        ),
        D.details(
            "the jacket has a brooch and the jacket has a brooch and the jacket has a brooch and the jacket has a"
            " brooch and the jacket",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men Navy Blue Indo-Western Sherwani",
        category="Sherwani",
        color="Navy Blue",
    ),
    # photo: off-white dhoti pants with a black short kurta on top
    case(
        "X201-042",
        caption("a man in a black shirt and white pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("pants"),
        D.details("they are white pants", "non_answer"),
        PANTS_COLOR(
            "white. Question: What is the color of the shirt? Answer: black. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Sojanya Men Off White Solid Dhoti Pants",
        category="Dhotis",
        color="Off White",
    ),
    # photo: multicoloured ikat-print kurta (red, blue, mustard), white pyjama
    case(
        "X201-043",
        caption("a man in a colorful shirt and white pants"),
        D.color("multi"),
        D.wearing(
            "The lady wears a long-sleeve shirt with color block patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is stand.",
            "pronoun",
        ),
        D.description(
            "the shirt is multicolor and has a print of the shirt and the shirt is multicolor and has a print of the"
            " shirt and the",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Men",
        title="Vastramay Men Multicoloured Ikat Printed Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # photo: white short-sleeve shirt with a green palm-leaf print, beige shorts, pool backdrop
    case(
        "X201-044",
        caption("a man in a white and green shirt with palm trees on it"),
        D.color("green"),
        D.sleeve_length("short sleeves"),
        D.pattern("floral"),
        PANTS_COLOR("white", "contradiction"),
        D.details(
            "the shirt has short sleeves and a collar and a print of palm trees and the shorts are beige and the"
            " shirt has short sleeves and",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a short-sleeve shirt with floral patterns and a short pants. The shirt is with"
            " cotton fabric and its neckline is lapel.",
            "restated",
        ),
        gender="Men",
        title="Highlander Men White & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: black velvet nehru jacket with gold buttons over a white kurta and white pyjama (no gender in feed)
    case(
        "X201-045",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns and a long-sleeve shirt. The vest is"
            " with other fabric and its neckline is stand. The shirt is with cotton fabric and pure color patterns."
        ),
        D.material("velvet"),
        D.wearing("a black vest and white pants"),
        D.description("a black velvet vest with a pocket square", "unsupported"),
        D.details(
            "the vest is black and it has buttons and the vest is black and it has buttons and the vest is black and"
            " it has",
            "loop",
            hit_limit=True,
        ),
        IS_KURTA("yes", "contradiction"),
        title="Vastramay Men Black Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # photo: grey melange cotton kurta and matching grey pyjama, standing on steps
    case(
        "X201-046",
        caption("a man in a grey shirt and grey pants"),
        D.color("grey"),
        D.material("cotton"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is stand."
        ),
        D.wearing(
            "shirt. Question: What is the color of the pants? Answer: grey. Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.pattern("striped", "contradiction"),
        gender="Men",
        title="Fabindia Men Grey Melange Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey Melange",
    ),
]
