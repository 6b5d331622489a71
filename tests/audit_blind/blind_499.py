"""BLIND_499 (46 products; men's ethnic night: kurtas, kurta sets, nehru jackets, sherwanis, dhotis, bandhgalas):
written blind in the forty-ninth session. Measured blind at 7074bb3 (the session's rules as they stood): 95/123
failures found (77.2%) and 13/158 correct texts flagged (8.2%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for a men's ethnic night: plain, printed and embroidered kurtas, kurta
pyjama sets (often worn with a nehru jacket in another color), nehru jackets sold alone but photographed over a kurta,
sherwanis with stoles, dhotis and dhoti pants worn under a kurta, bandhgalas and bandhgala suits. The models wear full
outfits in front of studio backdrops, painted or brick walls, pillars, marigold walls, balconies and diyas, so most
photos hold two or three garments in different colors. Each product has the seller's title, category, color and gender;
a few rows miss the gender or the color, as real feeds do.

Who wrote what: the captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
white kurta and white pants ...") unless the comment names the caption adapter
(`leoreigoto/Data2_V2_Blip2_Finetune_Caption`, epoch 3), which writes the DeepFashion template ("The man wears a
long-sleeve shirt with pure color patterns ...") and, trained with no end token, runs to its limit (50 new tokens for
captions, 30 for answers): hit_limit=True, and asked any question it returns the template. The VQA adapter
(`leoreigoto/Data3_V3_BLIP2_VQA`) answers some of the experiments' open questions (What is he wearing? What is the
color of the kurta? Describe the kurta. What are the kurta details?) where the comment says so; it has no end token
either, so its answers run to the limit, looping ("blue-blue-blue ...") or running on into invented details or into the
"Question: ... Answer:" format. Every other open answer comes from the base model, which stops on its own (never
hit_limit). The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions asked
closed and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a
loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: white or cream for off white, ivory and cream; red for maroon;
  blue for navy, indigo, powder blue and teal; green for teal, olive and sea green; yellow or gold for mustard and
  gold-toned; pink for peach; purple for lavender; brown or orange for rust; cream for beige. Navy as black, mustard as
  orange, maroon as purple, rust as pink are contradiction.
- Garment synonyms count as correct: shirt or long shirt for a kurta (the model's word for a long tunic), vest or
  jacket for a nehru jacket, coat or jacket for a bandhgala or a sherwani, suit for a bandhgala suit, pants, pajamas or
  trousers for pyjamas and churidars, pants for dhoti pants, scarf for a stole or dupatta, candles for diyas. A dhoti
  called a skirt, a nehru jacket answered "kurta", a kurta answered "sherwani", "yes" to "Is this a kurta?" for a
  bandhgala or a nehru jacket (the kurta under it is not the product) and "no" to "Is this a dhoti?" for a dhoti are
  contradiction.
- The color of another piece of the outfit (the kurta under a nehru jacket, the stole on a sherwani, the kurta's color
  given to its pyjama or dhoti, the trousers under a bandhgala) given to the piece asked about is other_garment_color.
  A color no piece has (the wall's grey for a pink kurta, the backdrop flowers' yellow for a navy sherwani, the print
  color given to the plain pyjama) is contradiction.
- "Long sleeves" for a sleeveless nehru jacket (the kurta's sleeves show under it) is contradiction; "long sleeves" for
  a kurta with its sleeves rolled to the elbow is correct. "Striped" for a dhoti with a plain body and a zari border,
  and for a plain kurta, is contradiction; "solid" for a self-design (jacquard) bandhgala is correct, "solid" for a
  sherwani covered in embroidery is contradiction.
- Materials: one the title names (cotton, linen, silk for art silk, silk blend and cotton silk, velvet) is correct; one
  neither named nor visible (silk on a matte suiting jacket or on a plain cotton-look kurta, linen on a plain kurta,
  velvet on a matte sherwani, polyester on a plain white bandhgala) is unsupported, and so is cotton for a jacket that
  is plainly velvet. A material answered with a color ("yellow") is restated.
- Invented items not in the photo (a belt, a brooch, a gold chain, a turban, a chest pocket, a zipper on a buttoned
  jacket, shoes on bare feet, a pocket square, a necklace) are unsupported. Items the photo does show (gold buttons, a
  pocket square, sunglasses in the hand, a zari border) are correct.
- Caption adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut, even where it invents a round neckline or cotton before it stops; the template returned for the
  material question or the color question is restated (neither is answered); the template for "wearing", "Describe ..."
  and the details questions answers them, so those are cut or loop. "The lady wears ..." for a man is pronoun: the
  first word the auditor reads is wrong, before the cut.
- VQA adapter texts: a repeated word or phrase is loop; a run-on into "Question: ... Answer: ..." is leak even where
  the first word is right and it then repeats; a run-on into invented details that stops mid-phrase is cut.
- Base texts: an answer that runs on into "Question: ... Answer:" is leak; one that stops short ("a yellow kurta with
  a", "white embroidery on the") is cut, without hit_limit; an empty answer and "the details of the kurta", "the kurta
  details" or "the kurta has details" are non_answer; "the jacket is a jacket" and a material question answered with
  the garment's color and name, and a details question answered with them ("the kurta is beige"), are restated; "she"
  or "a woman" for a male model is pronoun.
- One color for two pieces in a base text ("black kurta and black pants" for a black kurta on white pyjamas) is
  other_garment_color: the kurta's color has been given to the pyjamas; so is a text that swaps two pieces' colors
  ("a red kurta with a gold scarf" for a gold kurta with a red scarf).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_499 = [
    # photo: model in a white chikankari-embroidered cotton kurta and white pyjamas, beige wall, full length, front.
    # no adapter texts
    case(
        "X499-001",
        caption("a man in a white kurta and white pants standing in front of a wall"),
        wearing("a white kurta and pyjama", who="he"),
        D.garment_type("kurta"),
        D.color("white"),
        D.pattern("embroidered"),
        D.material("cotton"),
        D.description("a white kurta Question: What is the kurta made of? Answer: cotton", "leak"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: navy blue kurta under an open mustard nehru jacket, white pyjamas, plain grey studio backdrop.
    # no adapter texts
    case(
        "X499-002",
        caption("a man in a yellow jacket and a blue kurta"),
        color_of("kurta", "blue"),
        color_of("jacket", "yellow"),
        color_of("pyjama", "blue", "other_garment_color"),
        describe("kurta", "a blue kurta with a yellow jacket"),
        is_a("kurta", "yes"),
        wearing("a blue kurta and blue pants", "other_garment_color", who="he"),
        title="Men Navy Blue Kurta with Pyjamas & Mustard Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon velvet bandhgala, closed, with cream trousers, grey studio backdrop, three-quarter view.
    # caption: caption adapter
    case(
        "X499-003",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric. It has a stand neckline. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a red jacket and white pants", who="he"),
        D.garment_type("jacket"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.material("cotton", "unsupported"),
        D.details("it has a gold chain on the pocket", "unsupported"),
        title="Men Maroon Velvet Bandhgala Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: gold-toned art silk sherwani with a matching churidar, bare head, palace set with carved pillars.
    # no adapter texts
    case(
        "X499-004",
        caption("a man in a gold sherwani standing in front of a pillar"),
        D.wearing("a sherwani"),
        D.color("gold"),
        D.details("it has buttons and a red belt", "unsupported"),
        is_a("sherwani", "yes"),
        D.material("silk"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Men Gold-Toned Art Silk Sherwani Set",
        category="Sherwanis",
        color="Gold",
        gender="Men",
    ),
    # photo: black nehru jacket over a white kurta and white pyjamas, white studio backdrop; the product is the jacket.
    # no adapter texts
    case(
        "X499-005",
        caption("a man wearing a black vest and white shirt"),
        wearing("a black jacket and white kurta", who="he"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.pattern("solid"),
        title="Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: peach cotton kurta with a small white floral print, white pyjamas, potted plants on both sides.
    # wearing, color_kurta, describe: VQA adapter
    case(
        "X499-006",
        caption("a man in a pink shirt and white pants posing for a photo"),
        wearing(
            "kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("floral"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "pink kurta with white flowers and white pajamas and white flowers and white pajamas and white flowers "
            "and white",
            "loop",
            hit_limit=True,
        ),
        title="Men Peach-Coloured Floral Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: cream art silk dhoti with a thin gold zari border, worn under a mustard silk kurta, grey backdrop.
    # no adapter texts
    case(
        "X499-007",
        caption("a man in a yellow shirt and white skirt", "contradiction"),
        D.garment_type("dhoti"),
        D.color("yellow", "other_garment_color"),
        D.material("silk"),
        D.description("a white dhoti with a gold border"),
        is_a("dhoti", "no", "contradiction"),
        title="Men Cream-Coloured Solid Art Silk Dhoti",
        category="Dhotis",
        color="Cream",
        gender="Men",
    ),
    # photo: teal sherwani covered in gold thread embroidery, gold churidar, maroon stole over one shoulder, dark set.
    # details, material: caption adapter
    case(
        "X499-008",
        caption("a man in a green sherwani with gold embroidery"),
        D.details(
            "The man wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "stand neckline. The man wears a long-sleeve coat with pure color",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The man wears a long-sleeve coat with pure color patterns and a long pants. The coat is with cotton "
            "fabric. It has a stand",
            "restated",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("solid", "contradiction"),
        title="Men Teal Green Embroidered Sherwani Set",
        category="Sherwanis",
        color="Teal",
        gender="Men",
    ),
    # photo: long-haired model (hair tied back) in a plain white straight kurta and white pyjamas, white backdrop.
    # no adapter texts
    case(
        "X499-009",
        caption("a woman in a white kurta and white pants", "pronoun"),
        wearing("a white kurta", who="he"),
        D.garment_type("kurta"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.description("a white kurta with white pants and white shoes", "unsupported"),
        title="Men White Solid Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: navy blue self-design (jacquard) bandhgala suit, jacket and trousers, brown shoes, grey backdrop.
    # caption: caption adapter
    case(
        "X499-010",
        caption(
            "The man wears a long-sleeve suit with pure color patterns and a long trousers. The suit is with cotton "
            "fabric. It has a stand neckline. The trousers are with cotton fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue suit"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        is_a("blazer", "yes"),
        D.details("it has a mandarin collar and a pocket square", "unsupported"),
        title="Men Navy Blue Self-Design Bandhgala Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red cotton kurta with a mandarin collar, white pyjamas, cream backdrop.
    # no adapter texts (the color questions were asked open, free generation)
    case(
        "X499-011",
        caption("a man in a red kurta and white pajamas"),
        color_of("kurta", "red", kind="open"),
        color_of("pyjama", "red", "other_garment_color", kind="open"),
        describe("kurta", "a red kurta with a mandarin collar"),
        details("kurta", "the kurta has details", "non_answer"),
        D.material("linen", "unsupported"),
        title="Men Red Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: lavender kurta and white churidar, plain white wall, front view.
    # wearing, color_kurta, details: VQA adapter
    case(
        "X499-012",
        caption("a man in a purple kurta standing in front of a white wall"),
        wearing(
            "kurta Question: What is the color of the kurta? Answer: purple Question: What is the color of the kurta? "
            "Answer: purple",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("purple"),
        D.garment_type("kurta"),
        details(
            "kurta",
            "the buttons the buttons the buttons the buttons the buttons the buttons the buttons the buttons the "
            "buttons the",
            "loop",
            hit_limit=True,
        ),
        title="Men Lavender Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: gold-toned brocade nehru jacket over an off white kurta and white pyjamas, beige backdrop; the jacket is
    # the product. no adapter texts
    case(
        "X499-013",
        caption("a man in a gold vest and white kurta"),
        wearing("a gold jacket and a white kurta", who="he"),
        D.color("white", "other_garment_color"),
        D.material("silk"),
        D.sleeve_length("sleeveless"),
        color_of("kurta", "gold", "other_garment_color"),
        D.description("a gold jacket with a white", "cut"),
        title="Men Gold-Toned Woven Design Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Gold",
        gender="Men",
    ),
    # photo: black kurta with mirror work on the yoke, black churidar, light grey backdrop.
    # caption: caption adapter
    case(
        "X499-014",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long-sleeve shirt with pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black kurta with mirror work"),
        D.details("mirror work on the yoke"),
        D.color("black"),
        D.material("it is made of", "cut"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Men Black Mirror Work Embroidered Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: yellow kurta with white dhoti pants, orange curtain backdrop, full length.
    # no adapter texts
    case(
        "X499-015",
        caption("a man in a yellow kurta and white dhoti"),
        color_of("kurta", "yellow"),
        color_of("dhoti", "yellow", "other_garment_color"),
        D.wearing("a yellow kurta and white pants"),
        is_a("kurta", "yes"),
        D.material("silk", "unsupported"),
        describe(
            "kurta",
            "a yellow kurta with a white dhoti Question: What is the dhoti made of? Answer: cotton",
            "leak",
        ),
        title="Men Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: sea green kurta, white pyjamas and an open cream nehru jacket with a blue floral print, white backdrop.
    # describe, details: VQA adapter
    case(
        "X499-016",
        caption("a man in a green kurta and a printed jacket"),
        describe(
            "kurta",
            "the kurta is green with a printed jacket and the sleeves are rolled up and the collar is buttoned up and "
            "the pocket on the chest is",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the "
            "buttons, the",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "green", "other_garment_color"),
        color_of("kurta", "green"),
        title="Men Sea Green Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: maroon cotton silk kurta with gold buttons and white pyjamas, model seated on a wooden chair.
    # no adapter texts
    case(
        "X499-017",
        caption("a man in a maroon kurta sitting on a chair"),
        D.wearing("a purple kurta and white pants", "contradiction"),
        D.color("red"),
        D.description("a maroon kurta with gold buttons"),
        D.material("silk"),
        D.details("", "non_answer"),
        D.pattern("printed", "contradiction"),
        title="Men Maroon Solid Cotton Silk Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: beige linen-blend kurta with sleeves rolled to the elbow, white pyjamas, red brick wall.
    # no adapter texts
    case(
        "X499-018",
        caption("a man in a beige kurta standing in front of a brick wall"),
        wearing("she is wearing a beige kurta", "pronoun", who="he"),
        D.material("linen"),
        D.color("beige"),
        D.sleeve_length("long sleeves"),
        describe("kurta", "a beige kurta with the sleeves rolled up"),
        D.details("the kurta is beige", "restated"),
        title="Men Beige Linen Blend Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: black bandhgala with a red pocket square, black trousers, grey backdrop, no jewellery.
    # wearing: caption adapter
    case(
        "X499-019",
        caption("a man in a black suit with a red pocket square"),
        D.wearing(
            "The man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.garment_type("jacket"),
        D.details("it has a red pocket square and a gold brooch", "unsupported"),
        is_a("kurta", "yes", "contradiction"),
        title="Men Black Solid Bandhgala",
        category="Blazers",
        color="Black",
    ),
    # photo: ivory jacquard art silk sherwani with a maroon stole, white churidar, bare head, beige backdrop.
    # wearing: VQA adapter
    case(
        "X499-020",
        caption("a man in a white sherwani with a red scarf"),
        D.color("red", "other_garment_color"),
        D.garment_type("sherwani"),
        D.description("a white sherwani with a red stole and a red turban", "unsupported"),
        D.material("silk"),
        wearing(
            "a white sherwani and a red scarf and a red scarf and a red scarf and a red scarf and a red",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Men Off White Woven Design Art Silk Sherwani with Stole",
        category="Sherwanis",
        color="Off White",
        gender="Men",
    ),
    # photo: indigo blue kurta with a small white floral print, white pyjamas, white backdrop.
    # no adapter texts
    case(
        "X499-021",
        caption("a man in a blue kurta with a floral print"),
        D.details("the details of the kurta", "non_answer"),
        D.material("a blue kurta", "restated"),
        D.pattern("floral"),
        D.color("blue"),
        D.wearing(
            "a blue kurta Question: What is the pattern of the kurta? Answer: floral",
            "leak",
        ),
        title="Men Indigo Floral Printed Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green long-sleeved kurta with white pyjamas, grey backdrop.
    # no adapter texts
    case(
        "X499-022",
        caption("a man in a green kurta and white pants"),
        D.wearing(
            "a green kurta Question: What is the color of the kurta? Answer: green",
            "leak",
        ),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        is_a("kurta", "yes"),
        D.material("", "non_answer"),
        title="Men Olive Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange kurta with a mandarin collar and grey pyjamas, white backdrop.
    # caption, describe, material: caption adapter
    case(
        "X499-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The man "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        D.color("grey"),
        D.garment_type("kurta"),
        title="Men Grey Melange Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy nehru jacket with a white floral print over a white kurta and white pyjamas; the jacket is the
    # product. no adapter texts
    case(
        "X499-024",
        caption("a man in a blue floral vest and white shirt"),
        D.pattern("floral"),
        D.color("blue"),
        D.wearing("a blue jacket and white pants"),
        color_of("jacket", "white", "other_garment_color"),
        D.details("it has a floral print and a zipper", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Navy Blue & White Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard kurta, white pyjamas, model holding a pair of sunglasses in his right hand, beige backdrop.
    # no adapter texts
    case(
        "X499-025",
        caption("a man in a yellow kurta holding a pair of sunglasses"),
        D.description("a yellow kurta with a", "cut"),
        D.color("orange", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.wearing("he is wearing a yellow kurta and white pants"),
        D.material("yellow", "restated"),
        title="Men Mustard Yellow Solid Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: teal blue kurta with white pyjamas, white backdrop.
    # wearing, color_kurta, describe: VQA adapter
    case(
        "X499-026",
        caption("a man in a blue kurta and white pants"),
        wearing(
            "a kurta and pyjama, a kurta and pyjama, a kurta and pyjama, a kurta and pyjama, a kurta and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "blue-green-blue-green-blue-green-blue-green-blue-green-blue-green-blue-green-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pyjama", "white"),
        is_a("kurta", "yes"),
        D.color("green"),
        describe(
            "kurta",
            "the kurta is blue with white buttons on the front and a pocket on the left side and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        title="Men Teal Blue Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: white cotton dhoti with a gold zari border, white half-sleeve shirt, temple-style set behind.
    # no adapter texts
    case(
        "X499-027",
        caption("a man in a white shirt and white dhoti standing in front of a temple"),
        D.garment_type("dhoti"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        D.details("it has a gold border"),
        D.description(
            "a white dhoti with a gold border and a white shirt Question: What is the color of the dhoti? Answer: "
            "white",
            "leak",
        ),
        title="Men White Pure Cotton Dhoti with Zari Border",
        category="Dhotis",
        color="White",
        gender="Men",
    ),
    # photo: maroon sherwani with tonal embroidery, white churidar, bare head, plain cream backdrop.
    # caption: caption adapter
    case(
        "X499-028",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long pants. The coat is with cotton "
            "fabric. It has a stand neckline. The pants are with cotton fabric and pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a red sherwani and a white turban", "unsupported"),
        D.color("red"),
        is_a("sherwani", "yes"),
        D.material("velvet", "unsupported"),
        title="Men Maroon Embroidered Sherwani Set",
        category="Sherwanis",
        color="Maroon",
        gender="Men",
    ),
    # photo: matte grey nehru jacket over a blue kurta and white pyjamas, white backdrop; the jacket is the product.
    # no adapter texts
    case(
        "X499-029",
        caption("a man in a grey vest and a blue shirt"),
        D.garment_type("kurta", "contradiction"),
        D.color("grey"),
        D.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        title="Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: black kurta with white pyjamas, plain white wall.
    # no adapter texts
    case(
        "X499-030",
        caption("a man in a black kurta and black pants", "other_garment_color"),
        color_of("pyjama", "white"),
        D.wearing("a black kurta and white pants"),
        D.color("black"),
        D.pattern("solid"),
        D.description("a black kurta and black pajamas", "other_garment_color"),
        title="Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: pastel pink kurta with a band collar and white pyjamas, on a balcony with railings and plants.
    # details, material: caption adapter
    case(
        "X499-031",
        caption("a man in a pink kurta standing on a balcony"),
        details(
            "kurta",
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The man wears a long "
            "pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a pink kurta with a white pajama Question: Describe the pajama. Answer:",
            "leak",
        ),
        color_of("kurta", "pink"),
        is_a("kurta", "yes"),
        D.material(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        title="Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: rust kurta with a mandarin collar and buttons, white pyjamas, cream backdrop.
    # no adapter texts
    case(
        "X499-032",
        caption("a man in a brown kurta and white pants"),
        D.color("orange"),
        D.wearing("a pink kurta and white pants", "contradiction"),
        D.details("it has a mandarin collar and buttons"),
        D.sleeve_length("long sleeves"),
        D.description("a pink kurta with a mandarin collar", "contradiction"),
        title="Men Rust Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
    ),
    # photo: beige linen-blend bandhgala suit with embroidered buttons, beige trousers, grey backdrop.
    # caption: caption adapter; wearing: VQA adapter
    case(
        "X499-033",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric. It has a stand neckline. The trousers are with cotton fabric and pure color patterns. It",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a suit a suit a suit a suit a suit a suit a suit a suit a suit a suit a suit a suit a suit",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.color("beige"),
        D.garment_type("suit"),
        D.material("linen"),
        title="Men Beige Linen Blend Bandhgala Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: maroon nehru jacket over a white kurta and white pyjamas, cream wall; the jacket is the product.
    # no adapter texts
    case(
        "X499-034",
        caption("a man wearing a maroon jacket over a white kurta"),
        D.description("the jacket is a jacket", "restated"),
        D.color("red"),
        D.wearing("", "non_answer"),
        D.sleeve_length("sleeveless"),
        is_a("kurta", "yes", "contradiction"),
        title="Men Maroon Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: blue and white ikat-printed pure cotton kurta with no pockets in view, white pyjamas, white backdrop.
    # no adapter texts
    case(
        "X499-035",
        caption("a man in a colorful kurta with a pattern"),
        D.color("blue"),
        D.pattern("printed"),
        D.material("cotton"),
        D.details("it has a pocket on the chest", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description(
            "a blue kurta with white ikat print Question: Describe the pants. Answer: white pants",
            "leak",
        ),
        title="Men Blue & White Ikat Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: gold-toned silk blend kurta with a red dupatta around the neck, cream churidar, warm-lit backdrop.
    # no adapter texts
    case(
        "X499-036",
        caption("a man in a gold kurta with a red scarf around his neck"),
        D.color("red", "other_garment_color"),
        D.wearing("a yellow kurta and a red scarf"),
        D.material("silk"),
        is_a("kurta", "yes"),
        D.description("a red kurta with a gold scarf", "other_garment_color"),
        title="Men Gold-Toned Solid Silk Blend Kurta",
        category="Kurtas",
        color="Gold",
        gender="Men",
    ),
    # photo: white kurta with a blue floral print and plain white pyjamas, light grey backdrop.
    # caption, material: caption adapter
    case(
        "X499-037",
        caption(
            "The man wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton fabric. "
            "It has a round neckline. The pants are with cotton fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The man wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        D.pattern("floral"),
        color_of("kurta", "white"),
        color_of("pyjama", "blue", "contradiction"),
        title="Men White & Blue Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: long black indo-western kurta with an asymmetric hem, black churidar, grey backdrop.
    # no adapter texts
    case(
        "X499-038",
        caption("a man in a long black kurta and black pants"),
        D.garment_type("sherwani", "contradiction"),
        D.color("black"),
        D.details("it has an asymmetrical hem"),
        D.sleeve_length("long sleeves"),
        D.wearing("a black sherwani and black pants", "contradiction"),
        title="Men Black Solid Asymmetric Indo-Western Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: bearded model in a plain powder blue cotton kurta and white pyjamas, white backdrop.
    # no adapter texts
    case(
        "X499-039",
        caption("a man with a beard in a light blue kurta"),
        D.wearing("she is wearing a blue kurta and white pants", "pronoun"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        title="Men Powder Blue Solid Pure Cotton Kurta",
        category="Kurtas",
        color="Powder Blue",
        gender="Men",
    ),
    # photo: mustard nehru jacket over a black kurta and black churidar, grey backdrop; the jacket is the product.
    # no adapter texts
    case(
        "X499-040",
        caption("a man in a yellow vest and black shirt"),
        D.color("black", "other_garment_color"),
        D.wearing("a yellow jacket"),
        D.garment_type("jacket"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Mustard Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: cream kurta with gold embroidery around the neckline, cream pyjamas, white backdrop.
    # color_kurta, details: VQA adapter
    case(
        "X499-041",
        caption("a man in a white kurta with gold embroidery on the neck"),
        color_of(
            "kurta",
            "white Question: What is the color of the kurta? Answer: white Question: What is the color of the kurta? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details(
            "kurta",
            "embroidery on the neck and the sleeves and the sleeves and the sleeves and the sleeves and the sleeves "
            "and the",
            "loop",
            hit_limit=True,
        ),
        D.color("cream"),
        is_a("kurta", "yes"),
        D.material("silk", "unsupported"),
        title="Men Cream-Coloured Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: pink kurta with white pyjamas against a plain grey wall.
    # no adapter texts
    case(
        "X499-042",
        caption("a man in a grey kurta standing against a grey wall", "contradiction"),
        color_of("kurta", "pink"),
        color_of("pyjama", "white"),
        wearing("a pink kurta and white pajamas", who="he"),
        D.description("a grey kurta with white pants", "contradiction"),
        details("kurta", "the kurta details", "non_answer"),
        title="Men Pink Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: navy blue sherwani with gold embroidery, cream churidar, wall of yellow and orange marigolds behind.
    # description: caption adapter
    case(
        "X499-043",
        caption("a man in a blue sherwani standing in front of a flower wall"),
        D.description(
            "The man wears a long-sleeve coat with pure color patterns and a long pants. The coat is with cotton "
            "fabric. The man wears a long-sleeve coat with",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow", "contradiction"),
        D.garment_type("sherwani"),
        D.pattern("embroidered"),
        title="Men Navy Blue Embroidered Sherwani Set",
        category="Sherwanis",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white bandhgala blazer with gold buttons and a mandarin collar, black trousers, grey backdrop.
    # no adapter texts
    case(
        "X499-044",
        caption("a man in a white jacket and black pants"),
        D.color("black", "other_garment_color"),
        D.details("it has a mandarin collar and gold buttons"),
        D.material("polyester", "unsupported"),
        is_a("blazer", "yes"),
        D.wearing("a black suit", "other_garment_color"),
        title="Men White Solid Bandhgala Blazer",
        category="Blazers",
        color="White",
        gender="Men",
    ),
    # photo: sky blue cotton kurta with white chikankari embroidery, white pyjamas, white backdrop.
    # no adapter texts
    case(
        "X499-045",
        caption("a man in a blue kurta and white pants"),
        details("kurta", "white embroidery on the", "cut"),
        describe("kurta", "a blue kurta with white embroidery"),
        color_of("pyjama", "blue", "other_garment_color"),
        D.material("it is made of cotton"),
        D.color("white", "other_garment_color"),
        title="Men Sky Blue Chikankari Embroidered Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # photo: off white kurta with maroon dhoti pants (gold border), seated on the floor among lit diyas, orange drapes.
    # describe: VQA adapter
    case(
        "X499-046",
        caption("a man in a white kurta and red dhoti sitting on the floor with candles"),
        D.wearing("a white kurta and red pants"),
        color_of("dhoti", "white", "other_garment_color"),
        D.details("it has a golden border on the dhoti and a necklace", "unsupported"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "a white kurta and a red dhoti and a white kurta and a red dhoti and a white kurta and a red dhoti and a",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Men Off-White & Maroon Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
]
