"""BLIND_501 (46 products; Myntra men's and women's mixed night, the experiments' own questions): written blind in the
forty-ninth session. Measured blind at e1d7346 (the session's rules as they stood): 111/129 failures found (86.0%)
and 0/173 correct texts flagged (0.0%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra-like English catalog feed of men's and women's wear mixed in one
night: shirts, t-shirts, polos, kurtas, dresses, tops, jeans, trousers, chinos, shorts and jackets, photographed on
models who wear other clothes too (the jeans under a shirt, the tee under a jacket, the palazzos of a kurta set), on
studio backdrops, coloured walls and a few props (a plant, a wooden door, a stool). The questions are the experiments'
own, with the pronoun the photo's person takes: "What is he / she wearing?", "What is the color of the shirt / top /
jeans / pants / shorts?", "Describe the shirt." (or the product's garment), "What are the shirt details?", plus the
closed questions of the blind questionnaire (garment_type, color, pattern, sleeve_length, "Is this a ...?") and the
material question. Each product has the seller's title, category, color and gender; a few rows miss the gender or the
color, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment before the case names another source. The caption adapter
(epoch 1 or epoch 3) writes the DeepFashion template ("The gentleman wears a long-sleeve shirt with pure color
patterns. The shirt is with cotton fabric. ..."); epoch 1 still opens some captions in the base model's words ("a man
wearing a grey polo shirt. The shirt is with ...") before falling into the template, epoch 3 is the template only.
Both were trained without an end token, so every adapter text runs to its limit (50 new tokens for captions, 30 for
answers) with hit_limit=True, and asked a question the adapter returns its template. The VQA adapter (1 epoch) also
never stops: its answers repeat the short VQA answer ("red-red-red-...") to the limit, and its captions repeat a
question-and-answer pair or a garment word. For a few products the caption adapter's caption was handed to the
extractive QA model (mdeberta squad2): its answers are spans of the caption, or empty when the caption has none; they
never hit a limit. The closed questions (garment_type, color, pattern, sleeve_length, per-piece colors asked closed,
"Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut. The
experiments' per-piece color questions are stored open where the base, VQA or QA model wrote them (kind="open").

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal blue, green for olive or sea green, red for
  maroon, yellow for mustard, pink for peach, purple for lavender, orange for rust, grey for charcoal or grey melange,
  white for off white, beige or tan for khaki, light blue for a blue wash. Navy answered black, mustard answered
  orange, or the print's color (black for a white top with black dots, gold for a teal kurta with gold print) given as
  the garment's color is contradiction.
- The color of another garment in the photo given as the product's color (the model's jeans for the top, the tee for
  the shorts, the kurta under a Nehru jacket) is other_garment_color. The product's color given to the other garment
  ("blue" for the white tee under a blue jacket, "grey" for the black jeans under a grey tee: one color for two
  garments) is contradiction, and so is the wall's color given to the shirt.
- Garment synonyms are correct: shirt or top for a t-shirt, pants for jeans, trousers, chinos or culottes, tank top for
  a sleeveless top, scarf for a dupatta, vest for a Nehru jacket, jean jacket for a denim jacket, plaid or checkered for
  checked, polka dots for dots. A question that says "shirt" answered about the kurta ("a green shirt with a mandarin
  collar") follows the question's word and is correct. A kurta called a dress in the base caption, or a shirt in the
  adapter's caption, is contradiction: the auditor sees a garment other than the seller's.
- Materials: one the title names (linen, cotton, denim, faux leather answered "leather", georgette answered chiffon)
  is correct; a guess neither named nor visible (linen for a cotton kurta, silk for a matte kurta set) is unsupported.
  The material question answered with the garment's color and name ("khaki pants", "blue pants") is restated, and
  wool for poly viscose trousers is unsupported.
- Invented details not in the photo (heels on a photo cut at the knees, a belt or a pleat the trousers don't have, rips
  on clean jeans, a slit, a coffee cup, a v neck on a round-neck kurta) are unsupported. A belt, a bow or a pocket that
  the photo does show is correct, and so are props and walls named as what they are.
- Adapter texts: every one hits the limit. One that repeats a sentence or a word of its own is loop; one that stops
  mid-sentence without repeating is cut, even where it names a wrong fabric or an accessory on the way; one that
  misnames the garment first (a kurta as a shirt or a dress, where the question did not say shirt) is contradiction;
  the template returned for a color question or a material question is restated (it says the pattern, not the asked
  hue), the template returned for "What is he wearing?" or "Describe ..." answers it and is cut or loop.
- VQA adapter texts: a repeated answer is loop even where the repeated word is right; a caption that opens with
  "Question: ... Answer:" is leak.
- Extractive QA: a span that answers the question is correct even in template words ("a long-sleeve shirt with pure
  color patterns"); "pure color" for the color question and an empty span are non_answer.
- Base answers that run on into "Question: ... Answer: ..." are leak; an empty answer, "the top has details" and
  "they are short" (for the shorts' details) are non_answer; "the pants are grey pants" for the details is restated.
- "he" for a woman and "she" or "a woman" for a man are pronoun (a man with long hair, a woman in a shirt and trousers).
- Closed per-piece colors are judged against the piece asked about, not the product.
- Closed sleeve answers are judged on the product: "long sleeves" for a sleeveless Nehru jacket is contradiction even
  though the kurta under it has long sleeves; "short sleeves" for three-quarter sleeves is contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_501 = [
    # photo: man in a navy blue slim-fit long-sleeve casual shirt with one chest pocket, beige chinos, plain white
    # studio backdrop, front view.
    # details: caption adapter, epoch 3
    case(
        "X501-001",
        caption("a man in a blue shirt and khaki pants"),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "it is a blue shirt with a collar and buttons"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        B.color("beige", "other_garment_color"),
        title="Roadster Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an off-white chikankari straight kurta with white palazzos, beige wall behind, front view.
    # describe: caption adapter, epoch 1
    case(
        "X501-002",
        caption("a woman in a white kurta standing in front of a wall"),
        wearing("he is wearing a white kurta", "pronoun", who="she"),
        color_of("top", "white"),
        details("kurta", "it has embroidery on the front and a round neck"),
        B.material("cotton"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "a woman wearing a white dress. The dress is with cotton fabric and pure color patterns. It has a round "
            "neckline. The woman wears a long",
            "contradiction",
            hit_limit=True,
        ),
        title="Libas Women Off White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: man in a white round-neck t-shirt with a large black graphic print, black jeans, grey backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X501-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and black jeans", who="he"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        details("shirt", "it has a black print on the front"),
        B.pattern("printed"),
        title="Roadster Men White Graphic Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in black skinny jeans and a white crop top, white sneakers, grey backdrop, full length.
    # describe: caption adapter, epoch 3
    case(
        "X501-004",
        caption("a woman in a white top and black jeans"),
        wearing("a white shirt and black pants", who="she"),
        color_of("jeans", "black"),
        details("jeans", "the jeans are black jeans", "restated"),
        B.color("white", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        color_of("top", "black", "contradiction", kind="open"),
        describe(
            "jeans",
            "The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. The lady "
            "wears a long trousers. The trousers are",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive green solid straight kurta with a mandarin collar and button placket, white pyjama,
    # standing beside a carved wooden door.
    # details: caption adapter, epoch 1
    case(
        "X501-005",
        caption("a man in a green kurta standing in front of a wooden door"),
        wearing("a green kurta and white pants", who="he"),
        color_of("shirt", "green", kind="open"),
        describe("shirt", "it is a green shirt with a mandarin collar and buttons"),
        B.material("linen", "unsupported"),
        details(
            "shirt",
            "a man wearing a green shirt. The shirt is with cotton fabric and pure color patterns. It has a stand "
            "neckline. The man wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Men Olive Green Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a mustard yellow A-line midi dress with a small white floral print, flutter short sleeves, no
    # belt, white backdrop.
    # caption: caption adapter, epoch 1
    case(
        "X501-006",
        caption(
            "a woman wearing a yellow dress with floral patterns. The dress is with chiffon fabric. It has a v-shape "
            "neckline. The woman wears a dress with floral patterns. The dress is with chiffon fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow dress with flowers", who="she"),
        B.color("yellow"),
        B.pattern("floral"),
        describe("dress", "a yellow dress with a white flower print and a belt", "unsupported"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Sassafras Women Mustard Yellow Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in mid-blue washed slim-fit jeans with fading at the thighs, black crew-neck t-shirt, grey backdrop.
    case(
        "X501-007",
        caption("a man in a black shirt and blue jeans"),
        wearing(
            "a black t-shirt and blue jeans Question: what is the color of the jeans? Answer: blue", "leak", who="he"
        ),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        details("jeans", "they are faded at the thighs"),
        B.garment_type("jeans"),
        describe("jeans", "blue jeans with a black belt", "unsupported"),
        title="Levis Men Blue 511 Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a peach solid top with short puff sleeves and a square neck, blue jeans, white backdrop; front
    # view only.
    case(
        "X501-008",
        caption("a woman in a pink top and blue jeans"),
        wearing("a pink top and jeans", who="she"),
        color_of("top", "blue", "other_garment_color"),
        describe("top", "a pink top with puffed sleeves"),
        B.sleeve_length("short sleeves"),
        details("top", "the top has a square neck, puff sleeves and a zip at the back", "unsupported"),
        title="Tokyo Talkies Women Peach-Coloured Solid Puff Sleeve Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a black faux leather biker jacket with zips, worn open over a white tee, blue jeans, grey backdrop.
    # caption: caption adapter, epoch 3; wearing, color of the shirt, details, material: extractive QA over it
    case(
        "X501-009",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The outer clothing is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns", who="he"),
        color_of("shirt", "", "non_answer", kind="open"),
        details("jacket", "It has a lapel neckline"),
        B.material("leather"),
        color_of("jacket", "black"),
        B.color("white", "other_garment_color"),
        title="Roadster Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in blue washed denim shorts and a white tank top, white backdrop, front view cut at the knees.
    # wearing: caption adapter, epoch 3
    case(
        "X501-010",
        caption("a woman in a white tank top and denim shorts"),
        wearing(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        is_a("pair of shorts", "yes"),
        B.material("denim"),
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a red and black checked flannel shirt worn open over a grey tee, black jeans, white backdrop.
    # wearing, color of the shirt: VQA adapter
    case(
        "X501-011",
        caption("a man in a red plaid shirt and black jeans"),
        wearing(
            "shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("checked"),
        B.color("red"),
        is_a("shirt", "yes"),
        describe("shirt", "a red and black plaid flannel shirt with a hood", "unsupported"),
        title="HIGHLANDER Men Red & Black Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a black sleeveless bodycon mini dress, grey backdrop, photo cut just below the knees.
    # describe: caption adapter, epoch 1
    case(
        "X501-012",
        caption("a woman in a black dress posing for a photo"),
        wearing("a black dress and black heels", "unsupported", who="she"),
        describe(
            "dress",
            "a woman wearing a black dress. The dress is with cotton fabric and pure color patterns. It has a round "
            "neckline. The woman",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        B.sleeve_length("long sleeves", "contradiction"),
        details("dress", "", "non_answer"),
        title="DressBerry Women Black Solid Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange polo t-shirt with a small red embroidered logo on the chest, navy shorts, white
    # backdrop.
    # caption: caption adapter, epoch 1
    case(
        "X501-013",
        caption(
            "a man wearing a grey polo shirt. The shirt is with cotton fabric and pure color patterns. It has a lapel "
            "neckline. The man wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey polo shirt and black shorts", "contradiction", who="he"),
        color_of("shirt", "grey"),
        details("shirt", "it has a logo on the chest and buttons at the collar"),
        describe(
            "shirt", "a grey polo shirt with a red logo Question: describe the shorts Answer: blue shorts", "leak"
        ),
        B.garment_type("t-shirt"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: short-haired woman in a white regular-fit formal shirt (no pocket) tucked into black trousers, in front of
    # a pink painted wall.
    case(
        "X501-014",
        caption("a woman in a white shirt standing in front of a pink wall"),
        wearing("he is wearing a white shirt and black pants", "pronoun", who="she"),
        color_of("shirt", "pink", "contradiction", kind="open"),
        describe("shirt", "a white button down shirt tucked in"),
        color_of("pants", "black"),
        details("shirt", "it has a collar, long sleeves with cuffs and a pocket on the chest", "unsupported"),
        title="Mast & Harbour Women White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a maroon solid round-neck t-shirt and grey joggers, white backdrop.
    # wearing, color of the shirt, details: caption adapter, epoch 3
    case(
        "X501-015",
        caption("a man in a red t-shirt"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        B.color("red"),
        B.sleeve_length("short sleeves"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a teal blue A-line kurta with a gold foil print all over, three-quarter sleeves, white leggings.
    case(
        "X501-016",
        caption("a woman in a blue and gold dress", "contradiction"),
        wearing("a blue kurta and white leggings", who="she"),
        color_of("top", "gold", "contradiction"),
        details("kurta", "it has gold print all over"),
        B.material("cotton"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Anouk Women Teal Blue & Gold-Toned Printed Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: man in khaki slim-fit chinos with a brown belt, white shirt tucked in, white backdrop.
    # describe: caption adapter, epoch 3
    case(
        "X501-017",
        caption("a man in a white shirt and khaki pants"),
        wearing("a white shirt and tan pants", who="he"),
        color_of("pants", "beige"),
        color_of("shirt", "white", kind="open"),
        details("pants", "they have a belt and pockets"),
        B.garment_type("trousers"),
        describe(
            "pants",
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long-sleeve shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.material("khaki pants", "restated"),
        title="Highlander Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a lavender t-shirt with a cartoon cat print, blue jeans, white backdrop.
    # caption, color of the shirt: VQA adapter
    case(
        "X501-018",
        caption(
            "a purple tee purple tee purple tee purple tee purple tee purple tee purple tee purple tee purple tee "
            "purple tee purple tee purple tee purple tee purple tee purple tee purple tee purple",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a purple t-shirt with a cartoon on it and blue jeans", who="she"),
        B.color("purple"),
        is_a("t-shirt", "yes"),
        B.pattern("solid", "contradiction"),
        details("shirt", "it has a cat on the front Question: what is the color of the jeans? Answer: blue", "leak"),
        title="Tokyo Talkies Women Lavender Printed Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in charcoal grey formal trousers and a light blue formal shirt tucked in, black belt, grey backdrop.
    # wearing: VQA adapter
    case(
        "X501-019",
        caption("a man in a blue shirt and grey pants"),
        wearing(
            "shirt and pants-shirt and pants-shirt and pants-shirt and pants-shirt and pants-shirt and pants-shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "blue", "other_garment_color"),
        color_of("shirt", "blue", kind="open"),
        details("pants", "the pants are grey pants", "restated"),
        B.garment_type("trousers"),
        B.material("wool", "unsupported"),
        title="Arrow Men Charcoal Grey Slim Fit Solid Poly Viscose Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a rust sleeveless georgette top with a ruffled front, white jeans, white backdrop.
    # caption, describe: caption adapter, epoch 3
    case(
        "X501-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange top with ruffles and white jeans", who="she"),
        color_of("top", "orange"),
        color_of("jeans", "orange", "contradiction", kind="open"),
        describe(
            "top",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.material("chiffon"),
        title="SASSAFRAS Women Rust Solid Ruffled Georgette Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: man in a light blue washed denim jacket with two buttoned chest pockets, open over a white tee, black
    # jeans, grey backdrop.
    # wearing: VQA adapter
    case(
        "X501-021",
        caption("a man wearing a denim jacket and a white t-shirt"),
        wearing(
            "denim jacket-denim jacket-denim jacket-denim jacket-denim jacket-denim jacket-denim jacket-denim",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("jeans", "blue", "contradiction"),
        B.material("denim"),
        is_a("jacket", "yes"),
        details("jacket", "it has two chest pockets with buttons"),
        describe("jacket", "a blue denim jacket with a white t-shirt and a black hat", "unsupported"),
        title="WROGN Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in navy blue high-rise wide-leg trousers (no pleats, no belt) and a white printed shirt, a potted
    # plant beside her, white backdrop.
    case(
        "X501-022",
        caption("a woman in a white shirt and blue pants standing next to a plant"),
        wearing("a white shirt and blue pants", who="she"),
        color_of("pants", "black", "contradiction"),
        describe("pants", "wide leg pants with a high waist"),
        details("pants", "they have a pleat in the front and a belt", "unsupported"),
        B.garment_type("trousers"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        B.material("blue pants", "restated"),
        title="Mast & Harbour Women Navy Blue High-Rise Wide Leg Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a white long-sleeve linen shirt with a Chinese collar, sleeves rolled up, beige shorts, white
    # backdrop.
    # caption: caption adapter, epoch 3; wearing, color of the shirt, describe, details: extractive QA over it
    case(
        "X501-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a stand neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        describe("shirt", "long-sleeve shirt with pure color patterns"),
        details("shirt", "It has a stand neckline"),
        B.material("linen"),
        title="Men White Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black and white horizontally striped long-sleeve top without pockets, black jeans, white
    # backdrop.
    case(
        "X501-024",
        caption("a woman in a black and white striped shirt"),
        wearing("she is wearing a striped shirt and black jeans", who="she"),
        B.pattern("striped"),
        color_of("top", "black"),
        color_of("jeans", "white", "contradiction", kind="open"),
        B.sleeve_length("long sleeves"),
        details("top", "it has stripes and a pocket on the chest", "unsupported"),
        title="HERE&NOW Women Black & White Striped Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in olive green cargo shorts with side flap pockets and a white crew-neck tee, white backdrop.
    # details: caption adapter, epoch 1
    case(
        "X501-025",
        caption("a man in a white t-shirt and green shorts"),
        wearing("a white t-shirt and green pants", "contradiction", who="he"),
        color_of("shorts", "white", "other_garment_color"),
        details(
            "shorts",
            "a man wearing green shorts. The shorts are with cotton fabric and pure color patterns. The man wears a "
            "short-sleeve T-shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        B.material("cotton"),
        title="Roadster Men Olive Green Solid Regular Fit Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a maroon kurta with gold yoke embroidery, white palazzos and a white dupatta with gold lace,
    # matte cotton-look fabric, white backdrop.
    case(
        "X501-026",
        caption("a woman in a red and white outfit"),
        wearing("a red kurta, white pants and a scarf", who="she"),
        color_of("pants", "red", "contradiction"),
        describe("kurta", "it is a red kurta with gold embroidery around the neck"),
        B.material("silk", "unsupported"),
        details("kurta", "the details of the kurta", "non_answer"),
        title="Women Maroon Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a blue and white checked slim-fit shirt with one chest pocket and button-down collar, blue jeans,
    # white backdrop.
    # color of the shirt: VQA adapter; details: caption adapter, epoch 3
    case(
        "X501-027",
        caption("a man wearing a blue and white checkered shirt"),
        color_of(
            "shirt",
            "blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a blue checkered shirt and jeans", who="he"),
        describe("shirt", "a blue and white checkered shirt with a button down collar"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It has",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        title="Roadster Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a pink floral print sleeveless maxi dress with thin straps, no slit, holding a bunch of flowers,
    # white backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X501-028",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with floral patterns. The dress is with chiffon "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink floral dress and she is holding flowers", who="she"),
        B.color("pink"),
        B.pattern("floral"),
        describe("dress", "a long pink dress with flowers on it and a slit on the side", "unsupported"),
        details("dress", "the details of the dress", "non_answer"),
        title="Anouk Women Pink Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: man in black skinny jeans (clean, no rips) and a grey crew-neck t-shirt, white backdrop.
    case(
        "X501-029",
        caption("a man in a grey shirt and grey jeans", "contradiction"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        color_of("shirt", "grey", kind="open"),
        wearing("a grey t-shirt and black jeans", who="he"),
        details("jeans", "they are skinny and ripped at the knees", "unsupported"),
        B.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="Roadster Men Black Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a sea green long-sleeve casual shirt with roll-up tabs and a chest pocket, blue jeans, white
    # backdrop.
    case(
        "X501-030",
        caption("a woman wearing a green shirt and jeans"),
        wearing("a green shirt and blue jeans", who="she"),
        color_of("shirt", "green", kind="open"),
        describe("shirt", "it is a green shirt with a collar and buttons down the front"),
        details("shirt", "it has roll up sleeves and a pocket"),
        B.sleeve_length("long sleeves"),
        title="HERE&NOW Women Sea Green Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in a white long straight kurta with a stand collar and churidar, white backdrop, full length.
    # caption, details: caption adapter, epoch 3
    case(
        "X501-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white kurta and white pants", who="he"),
        color_of("shirt", "white", kind="open"),
        B.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        title="Men White Solid Pure Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: woman in a blue cropped denim jacket over a white top and a black mini skirt, white backdrop, nothing in
    # her hands.
    case(
        "X501-032",
        caption("a woman in a denim jacket and black skirt"),
        wearing("a blue jean jacket, a white top and a black skirt", who="she"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket"),
        details("jacket", "it has buttons and a pocket on each side"),
        describe("jacket", "it is a short jean jacket with a collar and she is holding a coffee cup", "unsupported"),
        color_of("top", "blue", "contradiction", kind="open"),
        title="Roadster Women Blue Washed Cropped Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a yellow round-neck t-shirt with black typography print on the chest, blue jeans, white backdrop.
    # caption, color of the shirt: VQA adapter
    case(
        "X501-033",
        caption(
            "Question: What is the color of the tee? Answer: yellow Question: What is the color of the tee? Answer: "
            "yellow Question: What is the color of the tee? Answer: yellow Question: What is",
            "leak",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a yellow t-shirt with black writing and blue jeans", who="he"),
        B.pattern("printed"),
        is_a("t-shirt", "yes"),
        details("shirt", "it has black writing on the front that says", "cut"),
        title="Roadster Men Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a white top with black polka dots, short flutter sleeves and a tie-up bow at the neck, black
    # pants, white backdrop.
    case(
        "X501-034",
        caption("a woman in a white top with black polka dots"),
        wearing("a polka dot top and black pants", who="she"),
        color_of("top", "black", "contradiction"),
        describe("top", "a white top with black dots and a bow at the neck"),
        details("top", "the top has details", "non_answer"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Women White & Black Polka Dot Print Tie-Up Neck Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy blue padded bomber jacket with ribbed cuffs, zipped half open over a white tee, grey
    # trousers, white backdrop.
    # describe: caption adapter, epoch 3
    case(
        "X501-035",
        caption("a man in a blue jacket and white shirt"),
        wearing("a blue jacket, white t-shirt and grey pants", who="he"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        B.color("black", "contradiction"),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        title="Men Navy Blue Solid Padded Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in beige linen shorts with a drawstring waist and side pockets, black tank top, white backdrop.
    # describe: caption adapter, epoch 1
    case(
        "X501-036",
        caption("a woman in a black top and beige shorts"),
        wearing("a black tank top and tan shorts", who="she"),
        color_of("shorts", "black", "other_garment_color"),
        describe(
            "shorts",
            "a woman wearing beige shorts. The shorts are with linen fabric and pure color patterns. The woman wears "
            "a sleeveless tank top with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        details("shorts", "it has a drawstring and pockets"),
        B.material("linen"),
        title="Women Beige Solid Regular Fit Linen Shorts",
        category="Shorts",
        color="Beige",
        gender="Women",
    ),
    # photo: man in mid-blue slim-fit jeans and a white long-sleeve shirt tucked in, white backdrop.
    # caption: caption adapter, epoch 1; wearing, colors, describe, details: extractive QA over it
    case(
        "X501-037",
        caption(
            "a man wearing a white shirt and blue jeans. The jeans are with denim fabric and pure color patterns. The "
            "man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and blue jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "white", kind="open"),
        describe("jeans", "blue jeans"),
        details("jeans", "", "non_answer"),
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a green straight kurta with a small white floral print, round neck, three-quarter sleeves, white
    # pants, white wall behind. The feed row has no color.
    case(
        "X501-038",
        caption("a woman in a green and white kurta standing in front of a white wall"),
        wearing("a green kurta and white pants", who="she"),
        color_of("top", "green"),
        B.pattern("printed"),
        describe("kurta", "green kurta with white flowers printed on it"),
        details("kurta", "it has three quarter sleeves and a v neck", "unsupported"),
        color_of("pants", "green", "contradiction", kind="open"),
        title="Women Green Floral Printed Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: man in a plain white round-neck t-shirt (no pocket) and blue jeans, standing against a blue painted wall.
    # wearing: VQA adapter
    case(
        "X501-039",
        caption("a man in a white t-shirt standing against a blue wall"),
        wearing(
            "tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "contradiction", kind="open"),
        B.color("white"),
        B.material("cotton"),
        B.sleeve_length("short sleeves"),
        describe("shirt", "a white t-shirt with a pocket on the chest", "unsupported"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in mustard yellow wide-leg culottes with an elastic waist (no belt, no zip) and a white long-sleeve
    # shirt, white backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X501-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and yellow pants", who="she"),
        color_of("pants", "orange", "contradiction"),
        color_of("shirt", "yellow", "contradiction", kind="open"),
        describe("pants", "yellow pants with a wide leg"),
        details("pants", "they have a belt and a zip on the side", "unsupported"),
        title="Women Mustard Yellow Solid Culottes Trousers",
        category="Trousers",
        color="Mustard",
        gender="Women",
    ),
    # photo: long-haired man in a rust orange straight kurta with a mandarin collar and button placket, matte
    # cotton-look fabric, white pyjama, white backdrop.
    case(
        "X501-041",
        caption("a woman in an orange kurta", "pronoun"),
        wearing("she is wearing an orange kurta and white pants", "pronoun", who="he"),
        color_of("shirt", "orange", kind="open"),
        B.color("orange"),
        details("kurta", "it has buttons on the front and a mandarin collar"),
        B.material("silk", "unsupported"),
        title="Men Rust Orange Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: woman in a navy and white striped short-sleeve shirt dress with a fabric belt and patch pockets, white
    # backdrop.
    # caption, details: caption adapter, epoch 1
    case(
        "X501-042",
        caption(
            "a woman wearing a blue and white striped dress. The dress is with cotton fabric and stripe patterns. It "
            "has a lapel neckline. There is an accessory on her waist. The woman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped shirt dress with a belt", who="she"),
        B.pattern("striped"),
        B.color("blue"),
        describe("dress", "a striped dress with a belt and pockets"),
        B.sleeve_length("short sleeves"),
        details(
            "dress",
            "The dress is with cotton fabric and stripe patterns. There is an accessory on her waist. The dress is "
            "with cotton fabric and stripe patterns. There",
            "loop",
            hit_limit=True,
        ),
        title="Women Navy Blue & White Striped Shirt Dress with Belt",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in blue washed denim shorts with rolled hems and a black tee with a white print, sitting on a stool.
    case(
        "X501-043",
        caption("a man in a black shirt and blue shorts sitting on a stool"),
        wearing("he is wearing a black t-shirt with a white print and", "cut", who="he"),
        color_of("shorts", "blue"),
        details("shorts", "they have a rolled up hem and pockets"),
        is_a("pair of shorts", "no", "contradiction"),
        B.material("denim"),
        B.color("black", "other_garment_color"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a red long-sleeve wrap top with a v neck and a side tie, blue jeans, no jewellery, white
    # backdrop.
    # wearing, color of the top: caption adapter, epoch 3
    case(
        "X501-044",
        caption("a woman in a red top and jeans"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "top",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        B.color("red"),
        B.sleeve_length("long sleeves"),
        describe("top", "a red wrap top with a v neck"),
        details("top", "it has a tie at the waist, a v neck and a gold necklace", "unsupported"),
        title="Women Red Solid Wrap Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: man in a navy blue sleeveless Nehru jacket over a white long-sleeve kurta and white pyjama, white
    # backdrop.
    # details: caption adapter, epoch 3
    case(
        "X501-045",
        caption("a man wearing a blue vest over a white kurta"),
        wearing("a blue vest and a white kurta", who="he"),
        color_of("shirt", "white", kind="open"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket"),
        B.sleeve_length("long sleeves", "contradiction"),
        details(
            "jacket",
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in light blue high-rise mom-fit jeans with a white shirt tucked in, white backdrop. The feed row has
    # no gender.
    # color of the shirt: VQA adapter
    case(
        "X501-046",
        caption("a woman in a white shirt and blue jeans"),
        wearing(
            "a white shirt and blue jeans Question: what is the color of the jeans? Answer: blue", "leak", who="she"
        ),
        color_of("jeans", "light blue"),
        details("jeans", "they are high waisted with a button at the waist"),
        B.pattern("solid"),
        color_of(
            "shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Roadster Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
]
