"""BLIND_500 (46 products; DeepFashion In-shop studio photos, women and men, VQA-style questions): written blind in the
forty-ninth session. Measured blind at 7074bb3 (the session's rules as they stood): 118/127 failures found (92.9%)
and 6/165 correct texts flagged (3.6%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed whose photos look like DeepFashion In-shop: one model, women and men,
in front of a plain white or light grey studio backdrop (sometimes a wall corner shows), front view unless the
photo comment says otherwise, usually a full outfit where the product is one piece (a tee worn with shorts, a
jacket over a tee and jeans). Catalog columns are the seller's title, category (Myntra article types: Tshirts,
Shirts, Jeans, Trousers, Dresses, Playsuit, Jumpsuit, Jackets, Sweatshirts...), base colour (Navy Blue, Olive,
Charcoal, Teal, Rust, Coral...) and gender; a few rows miss the gender or the colour, as real feeds do. The
questions are the experiments' VQA questions ("What is the color of the {garment}?", "What cloth is the person
wearing?", "Is this a {garment}?") plus "What is she/he wearing?", "Describe the ...", "What are the ... details?"
and enrich's closed garment_type, color, pattern and sleeve_length (and the material question).

Who wrote what: three models answer, and the comment above each case says which texts did not come from the base.
- The untuned base `Salesforce/blip2-opt-2.7b` writes short lowercase texts and stops on its own (never
  hit_limit). Its colors are unreliable (one color for every garment of the outfit), it invents details, now and
  then gets the pronoun wrong, answers with the question's words, or runs on into "Question: ... Answer: ...".
- The caption adapter (caption-only LoRA, no end token trained) writes the DeepFashion template ("The lady wears a
  short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. ...") to its limit (50 tokens
  for captions, 30 for answers), hit_limit=True, and returns that template to any question it is asked.
- The VQA adapter (VQA-only LoRA, In-shop class names such as "tee/tank", "jacket/coat", "blouse/shirt") also has
  no end token: its answers loop ("red-red-red-..."), or go on writing the next "Question: ... Answer: ..." pair
  it was trained on (the loss covered the prompt), or are cut at 30 tokens; all hit_limit=True. Given the empty
  caption prompt it writes a whole question-answer pair.
- The closed questions (garment_type, color, pattern, sleeve_length, the per-piece "What is the color of the
  {garment}?" where kind is closed, and "Is this a ...?") are enrich's `--engine reference` closed answers, a value
  from a candidate set: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One failure kind per text, the one a reader sees first. Every adapter text is a failure: a text that repeats a
  sentence or a word of its own is loop; one that stops mid-sentence without repeating is cut; one that starts a
  new "Question: ... Answer: ..." pair is leak, even where its first words are right ("dress Question: ...").
- The caption template returned for a question it does not answer (a color, the material, "Describe the jeans"
  answered with the shirt's template) is restated. The template answering "What cloth ..."/"What is ... wearing?"
  or serving as the caption does answer, so those are cut or loop. A template that says "The lady" for a man is
  pronoun, with hit_limit kept.
- The VQA adapter's empty-prompt caption that writes "Question: What is the color of the skirt? Answer: pink-pink"
  is leak (the prompt format is what the reader sees first), not loop.
- Shade words are correct for the seller's colour: blue for navy or teal, green for olive or teal, red for maroon,
  grey for charcoal or grey melange, brown for rust or tan, orange for coral or rust, pink for peach or coral, purple
  for lavender, beige or khaki for beige, yellow for mustard. Navy answered black is contradiction.
- Garment synonyms are correct: tee or t-shirt, blouse or top for a woman's top, pants, chinos or trousers, jean
  jacket for a denim jacket, hoodie or sweatshirt, jacket for a zip-front hoodie, romper or jumpsuit for a
  playsuit, plaid for checked, sundress for a strappy dress, leather for a faux leather biker jacket and for suede,
  grey sweater dress or sweater template for a jumper dress. A playsuit, a jumpsuit or a colour-blocked dress
  answered as a dress, "a black top and white skirt" or "yes" to "Is this a jumpsuit?" for a dress is contradiction.
- A color another piece of the outfit has, given to the product or to the piece asked about, is other_garment_color
  (grey pants when only the hoodie is grey, white jeans under a white shirt). A color nobody in the photo wears, and
  a print or dot color given as the garment's color (white for a black tee with a white skull print, white for a
  navy dress with white dots, pink for a grey sweatshirt with pink lettering), is contradiction.
- Wrong closed pattern or sleeves (pleats as striped, checks as striped, a tank top as short sleeves, a polo as
  long sleeves) and a wrong closed garment type are contradiction.
- Jeans for shorts and a dress for a jumpsuit in a base answer are contradiction.
- Invented items (a tie, a belt, a pocket watch, a pocket square, a knee rip on clean jeans, buttons on an open-front
  cardigan, a front logo seen from the back, a chest pocket, black tights on bare legs) are unsupported.
- A material the title contradicts (linen for a cotton shirt, denim for cotton cargo shorts or for chinos, polyester
  for a pure cotton shirt, wool for an acrylic jumper dress) or that nothing shows (silk on a plain crepe-look top or
  on a georgette dress) is unsupported; one the title names or the photo plainly shows (denim, lace, flannel,
  fleece, leather look, knit) is correct.
- "they are shorts", "they are short", "they are long", "it is a vest", "it is a tank top" for a details or
  description question, and "the details of the shirt", are non_answer; the material question answered with the
  garment's name and color ("black leggings") is restated. A base text that stops on "it is made of" is cut (no
  hit_limit).
- "she" for a man and "he" for a woman in a base answer is pronoun.
- A woman holding a straw hat in her hand, a visible grey wall and a tucked-in tee named in the caption are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_500 = [
    # photo: woman in a white short-sleeve crew-neck tee with a black "PARIS" graphic print, tucked into light blue
    # denim shorts; white studio backdrop, front view.
    # cloth: VQA adapter; color_shorts: caption adapter
    case(
        "X500-001",
        caption("a woman wearing a white t-shirt with black writing and denim shorts"),
        cloth(
            "tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank",
            "loop",
            hit_limit=True,
        ),
        color_of("tee", "white"),
        B.pattern("graphic"),
        is_a("tee", "yes"),
        wearing("a white shirt and blue jeans", "contradiction", who="she"),
        color_of(
            "shorts",
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        title="Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy blue short-sleeve pique polo shirt, khaki chinos, brown belt; light grey backdrop, front.
    # caption: caption adapter
    case(
        "X500-002",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue polo shirt and khaki pants", who="he"),
        color_of("shirt", "navy"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        B.garment_type("polo shirt"),
        B.sleeve_length("short sleeves"),
        details("shirt", "a collar and two buttons"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a red sleeveless knee-length A-line dress with a small white floral print; white backdrop,
    # the edge of the white studio wall visible; front view.
    # color_dress: VQA adapter
    case(
        "X500-003",
        caption("a woman in a red floral dress standing in front of a white wall"),
        color_of(
            "dress",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.material("silk", "unsupported"),
        is_a("dress", "yes"),
        wearing("he is wearing a red dress", "pronoun", who="she"),
        title="Women Red Floral Print Georgette A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in a grey melange pullover hoodie with a kangaroo pocket, black joggers, white sneakers; white
    # backdrop, front.
    # caption: caption adapter
    case(
        "X500-004",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The pants this gentleman wears is of long length. The gentleman wears a "
            "long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        cloth("a grey hoodie"),
        color_of("hoodie", "grey"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        B.garment_type("sweatshirt"),
        B.material("fleece"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in blue skinny jeans (clean look, no rips) with a white tank top, white sneakers; light grey
    # backdrop, full-length front view.
    # material: caption adapter
    case(
        "X500-005",
        caption("a woman in a white tank top and blue jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("jeans", "they are blue skinny jeans"),
        details("jeans", "the jeans have a hole in the knee", "unsupported"),
        B.color("blue"),
        is_a("jeans", "yes", article="a pair of"),
        B.material(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a black-and-white horizontal striped long-sleeve boat-neck top, black trousers; white
    # backdrop, front.
    # caption: caption adapter; wearing: VQA adapter
    case(
        "X500-006",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "tee/tank and pants Question: What is the color of the tee/tank? Answer: black and white striped tee/tank",
            "leak",
            who="she",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        B.material("cotton"),
        color_of("pants", "black", kind="open"),
        color_of("top", "grey", "contradiction", kind="open"),
        title="Women Black & White Striped Cotton Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in olive green cotton cargo shorts with side flap pockets, white crew-neck tee; white backdrop,
    # front, cropped at the shins.
    case(
        "X500-007",
        caption("a man wearing green shorts and a white t-shirt"),
        color_of("shorts", "green"),
        details("shorts", "they are shorts", "non_answer"),
        describe("shorts", "a pair of green cargo shorts with pockets"),
        is_a("shorts", "yes", article="a pair of"),
        B.material("denim", "unsupported"),
        title="Men Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a mustard yellow open-front long knit cardigan (no buttons) over a white camisole, blue jeans;
    # light grey backdrop, front.
    # caption: caption adapter
    case(
        "X500-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        cloth("a yellow cardigan and jeans"),
        color_of("cardigan", "white", "other_garment_color"),
        B.garment_type("cardigan"),
        B.material("knit"),
        details("cardigan", "the cardigan has buttons down the front", "unsupported"),
        title="Women Mustard Yellow Acrylic Open Front Longline Cardigan",
        category="Cardigan",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a white long-sleeve formal shirt, tucked into grey flat-front trousers, black belt; white
    # backdrop, front.
    # wearing: VQA adapter
    case(
        "X500-009",
        caption("a man in a white shirt and grey pants"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        wearing(
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        B.sleeve_length("long sleeves"),
        B.garment_type("t-shirt", "contradiction"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a peach short-sleeve playsuit (shorts length) with a tie waist; white backdrop, front.
    # cloth: VQA adapter
    case(
        "X500-010",
        caption("a woman in a pink romper"),
        is_a("dress", "yes", "contradiction"),
        cloth(
            "romper/jumpsuit romper/jumpsuit romper/jumpsuit romper/jumpsuit romper/jumpsuit romper/jumpsuit",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jumpsuit"),
        B.color("pink"),
        color_of("romper", "white", "contradiction", kind="open"),
        title="Women Peach-Coloured Solid Playsuit",
        category="Playsuit",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a black faux leather biker jacket with an asymmetric zip, open over a grey crew-neck tee, blue
    # jeans; light grey backdrop, front.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X500-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman also wears an outer clothing, with leather fabric and "
            "pure color patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "black"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        describe("jacket", "it is a black leather jacket with a zipper"),
        B.material("leather"),
        B.pattern("solid"),
        cloth(
            "jacket/coat Question: Is this a jacket/coat? Answer: yes Question: What is the color of the "
            "jacket/coat? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a blue denim A-line mini skirt with a white short-sleeve blouse tucked in, no belt; white
    # backdrop, front.
    # cloth: VQA adapter
    case(
        "X500-012",
        caption("a woman in a white shirt and a blue denim skirt"),
        color_of("skirt", "blue"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt has a belt and a bow", "unsupported"),
        B.material("denim"),
        cloth(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a maroon crew-neck plain knit pullover sweater, black trousers; light grey backdrop, front.
    # color_sweater: VQA adapter; material: caption adapter
    case(
        "X500-013",
        caption("a man in a red sweater and black pants"),
        color_of(
            "sweater",
            "maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("she is wearing a red sweater", "pronoun", who="he"),
        B.garment_type("sweater"),
        B.color("maroon"),
        details("sweater", "the sweater has a v-neck", "unsupported"),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Maroon Solid Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a black sleeveless tank top with a lace trim along the neckline, white cotton shorts; white
    # backdrop, front.
    # caption, material: caption adapter
    case(
        "X500-014",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The shorts this lady wears is of short length. The shorts are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        cloth("a black tank top and white shorts"),
        color_of("top", "white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        details("top", "lace trim at the neckline"),
        B.material(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Solid Tank Top with Lace Detail",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a blue-and-white checked short-sleeve casual shirt, beige shorts; white backdrop, front.
    # color_shorts: VQA adapter
    case(
        "X500-015",
        caption("a man wearing a blue plaid shirt and khaki shorts"),
        B.pattern("checked"),
        color_of("shirt", "blue"),
        color_of(
            "shorts",
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        B.material("linen", "unsupported"),
        wearing(
            "he is wearing a blue shirt and khaki shorts Question: what color are his shoes? Answer: white",
            "leak",
            who="he",
        ),
        title="Men Blue & White Checked Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a white off-shoulder long-sleeve top with a ruffled neckline, blue jeans; light grey
    # backdrop, front.
    # caption: caption adapter
    case(
        "X500-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The "
            "lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a white off the shoulder top and jeans", who="she"),
        color_of("blouse", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        B.garment_type("blouse"),
        B.sleeve_length("long sleeves"),
        details("blouse", "ruffles"),
        title="Women White Off-Shoulder Ruffled Bardot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a black crew-neck tee with a large white skull print on the chest, black jeans; white
    # backdrop, front.
    # cloth: VQA adapter
    case(
        "X500-017",
        caption("a man in a black t-shirt with a white skull on it"),
        color_of("tee", "white", "contradiction"),
        B.pattern("graphic"),
        cloth(
            "graphic tee Question: What is the color of the graphic tee? Answer: black Question: Is this a graphic "
            "tee? Answer: yes Question",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        wearing("a black shirt with a white skull", who="he"),
        title="Men Black Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a teal blue long-sleeve wrap midi dress tied at the waist, V-neck; white backdrop, front.
    # caption: caption adapter
    case(
        "X500-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. The dress is of long length. The lady wears a long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        cloth("a blue dress"),
        color_of("dress", "green"),
        B.sleeve_length("long sleeves"),
        details("dress", "the dress has a tie at the waist"),
        is_a("jumpsuit", "yes", "contradiction"),
        title="Women Teal Blue Solid Wrap Midi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: man in khaki slim chinos with a navy short-sleeve crew-neck tee, white sneakers; light grey backdrop,
    # full-length front view.
    # caption: caption adapter
    case(
        "X500-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("pants", "khaki chinos with a slim fit"),
        B.garment_type("trousers"),
        is_a("jeans", "no", article="a pair of"),
        details("pants", "they are long", "non_answer"),
        B.material("denim", "unsupported"),
        title="Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a grey melange crew-neck sweatshirt with pink "BROOKLYN" lettering across the chest, black
    # leggings; white backdrop, front.
    # caption: caption adapter; color_sweatshirt: VQA adapter
    case(
        "X500-020",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "sweatshirt",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("pink", "contradiction"),
        B.pattern("graphic"),
        wearing("a grey sweatshirt and black leggings", who="she"),
        title="Women Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a white sleeveless ribbed tank top, grey jersey shorts; white backdrop, front. No gender column.
    case(
        "X500-021",
        caption("a man in a white tank top and grey shorts"),
        cloth("a tank top"),
        color_of("shorts", "grey", kind="open"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.garment_type("tank top"),
        wearing("she is wearing a white tank top", "pronoun", who="he"),
        details("top", "it is a tank top", "non_answer"),
        title="Men White Solid Sleeveless Ribbed Tank Top",
        category="Tshirts",
        color="White",
    ),
    # photo: woman in a navy blue shirt dress with small white polka dots, collar, button front, three-quarter
    # sleeves, self-tie belt; white backdrop, front.
    # details: VQA adapter
    case(
        "X500-022",
        caption("a woman in a blue and white polka dot dress"),
        B.pattern("polka dot"),
        color_of("dress", "white", "contradiction"),
        details(
            "dress",
            "the collar, the buttons, the belt, the collar, the buttons, the belt, the collar, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        wearing("a blue dress with white polka dots", who="she"),
        title="Women Navy Blue Polka Dot Print Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in an olive green bomber jacket with ribbed collar, cuffs and hem, zipped halfway over a white tee,
    # black jeans; light grey backdrop, front.
    # caption: caption adapter
    case(
        "X500-023",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a stand neckline. The lady wears a long pants. The pants are with denim",
            "pronoun",
            hit_limit=True,
        ),
        color_of("jacket", "green"),
        cloth("a green jacket"),
        details("jacket", "it has a zipper and pockets"),
        is_a("jacket", "yes"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in black ankle-length leggings with a long pink short-sleeve tee; white backdrop, front.
    # caption: caption adapter
    case(
        "X500-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        B.garment_type("leggings"),
        B.color("black"),
        describe("leggings", "black leggings"),
        B.material("black leggings", "restated"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light blue washed denim trucker jacket over a white crew-neck tee, black jeans; white
    # backdrop, front.
    # caption: caption adapter
    case(
        "X500-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman also wears an outer clothing, with denim fabric and "
            "pure color patterns. The pants this",
            "cut",
            hit_limit=True,
        ),
        wearing("a jean jacket and black jeans", who="he"),
        color_of("jacket", "blue"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        is_a("jacket", "yes"),
        B.material("denim"),
        details("jacket", "the details of the jacket", "non_answer"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a red-and-black buffalo check flannel shirt, long sleeves rolled to the elbow, black skinny
    # jeans; light grey backdrop, front.
    # cloth: VQA adapter
    case(
        "X500-026",
        caption("a woman in a red and black plaid shirt"),
        B.pattern("striped", "contradiction"),
        color_of("shirt", "red"),
        cloth(
            "blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, blouse/",
            "loop",
            hit_limit=True,
        ),
        B.material("flannel"),
        wearing(
            "a red and black shirt and black jeans Question: what is the color of the jeans? Answer: black",
            "leak",
            who="she",
        ),
        title="Women Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: man in black track pants with white side taping and cuffed ankles, a grey crew-neck tee; white
    # backdrop, full-length front view.
    # caption: caption adapter
    case(
        "X500-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The pants this gentleman wears is of long length. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        details("pants", "white stripes on the side"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        describe("pants", "black track pants with white stripes down the sides"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        title="Men Black Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a beige double-breasted belted trench coat, open over a black top and black trousers; white
    # backdrop, front.
    # caption: caption adapter; wearing: VQA adapter
    case(
        "X500-028",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The lady wears a long pants. The lady wears a long-sleeve "
            "outer clothing with",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("coat", "beige"),
        color_of("pants", "beige", "other_garment_color", kind="open"),
        B.garment_type("coat"),
        details("coat", "it has a belt and buttons"),
        title="Women Beige Solid Double-Breasted Trench Coat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a white short-sleeve polo shirt with navy tipping on the collar and cuffs, no chest pocket,
    # blue jeans; light grey backdrop, front. No colour column.
    # color_jeans: VQA adapter
    case(
        "X500-029",
        caption("a man wearing a white polo shirt and blue jeans"),
        cloth("he is wearing a white polo shirt"),
        color_of("shirt", "white"),
        color_of(
            "jeans",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        details("shirt", "the shirt has a collar and buttons and a pocket", "unsupported"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Men White Solid Polo Collar T-shirt with Tipping Detail",
        category="Tshirts",
        gender="Men",
    ),
    # photo: woman in an olive green long-sleeve utility jumpsuit with a belt and chest pockets; white backdrop,
    # front.
    # color_jumpsuit: VQA adapter
    case(
        "X500-030",
        caption("a woman in a green jumpsuit with a belt"),
        B.garment_type("dress", "contradiction"),
        is_a("jumpsuit", "yes"),
        describe("jumpsuit", "a green jumpsuit with a belt and pockets"),
        wearing("a green dress with a belt", "contradiction", who="she"),
        B.material("it is made of", "cut"),
        color_of(
            "jumpsuit",
            "green Question: What cloth is the person wearing? Answer: romper/jumpsuit Question: Is this a romper/",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a charcoal grey single-breasted two-button blazer over a white shirt with an open collar, no
    # tie, no pocket square, charcoal trousers; light grey backdrop, front.
    # caption: caption adapter
    case(
        "X500-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman also wears an outer clothing, with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit and tie", "unsupported", who="he"),
        color_of("blazer", "grey"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        B.garment_type("blazer"),
        details("blazer", "the blazer has two buttons and a pocket square", "unsupported"),
        title="Men Charcoal Grey Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a white lace short-sleeve fit-and-flare dress, no belt, nude heels; white backdrop, front.
    # cloth: VQA adapter
    case(
        "X500-032",
        caption("a woman in a white lace dress"),
        cloth(
            "dress Question: What is the color of the dress? Answer: white Question: Is this a dress? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "white"),
        B.sleeve_length("short sleeves"),
        B.material("lace"),
        wearing("a white dress with a black belt", "unsupported", who="she"),
        details("dress", "lace"),
        title="Women White Lace Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy blue zip-front hoodie with white drawstrings, half open over a grey tee, blue jeans;
    # white backdrop, front.
    # color_hoodie: VQA adapter
    case(
        "X500-033",
        caption("a man in a blue hoodie and jeans"),
        color_of(
            "hoodie",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        cloth("he is wearing a blue jacket"),
        is_a("sweatshirt", "yes"),
        B.garment_type("sweatshirt"),
        describe("hoodie", "a black hoodie with a zipper", "contradiction"),
        title="Men Navy Blue Solid Hooded Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black flared maxi skirt with a pink and white floral print, a white short-sleeve tee tucked
    # in; white backdrop, full-length front view.
    # caption, material: caption adapter
    case(
        "X500-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral "
            "patterns. The skirt",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color"),
        B.pattern("floral"),
        wearing("a white shirt and a floral skirt", who="she"),
        B.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Black & Pink Floral Print Flared Maxi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in light blue washed denim shorts with frayed hems, white crew-neck tee; light grey backdrop,
    # front.
    # caption: caption adapter
    case(
        "X500-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts this gentleman wears is of short length. The shorts are "
            "with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        details("shorts", "they are short", "non_answer"),
        B.material("denim"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a lavender sleeveless peplum top (crepe-look fabric), white straight trousers; white backdrop,
    # front.
    case(
        "X500-036",
        caption("a woman in a purple top and white pants"),
        color_of("top", "purple", kind="open"),
        color_of("pants", "purple", "other_garment_color", kind="open"),
        wearing("a purple blouse", who="she"),
        B.sleeve_length("sleeveless"),
        B.garment_type("top"),
        B.material("silk", "unsupported"),
        title="Women Lavender Solid Peplum Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a rust orange plain short-sleeve crew-neck tee, blue jeans; white backdrop, back view (the
    # back of the tee, plain).
    # caption: caption adapter; color_tee: VQA adapter
    case(
        "X500-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length. The pants are with "
            "denim fabric",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "tee",
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        cloth("a brown t-shirt and jeans"),
        B.color("orange"),
        describe("t-shirt", "a plain orange t-shirt with a logo on the front", "unsupported"),
        title="Men Rust Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: woman in a colour-blocked shift dress, black bodice and white lower half, sleeveless; white backdrop,
    # front.
    # cloth: VQA adapter
    case(
        "X500-038",
        caption("a woman in a black and white dress"),
        B.pattern("color block"),
        wearing("a black top and white skirt", "contradiction", who="she"),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("dress"),
        title="Women Black & White Colourblocked Shift Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy blue five-button waistcoat over a white long-sleeve shirt, grey trousers, no tie, no
    # watch chain; light grey backdrop with the grey wall corner visible, front.
    case(
        "X500-039",
        caption("a man in a blue vest and white shirt standing against a grey wall"),
        B.garment_type("vest"),
        color_of("vest", "white", "other_garment_color"),
        is_a("vest", "yes"),
        wearing("a white shirt and a blue vest with a pocket watch", "unsupported", who="he"),
        describe("vest", "it is a vest", "non_answer"),
        title="Men Navy Blue Solid Slim-Fit Waistcoat",
        category="Waistcoat",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a coral knife-pleated midi skirt, black short-sleeve tee tucked in; white backdrop, front.
    # caption: VQA adapter (empty prompt)
    case(
        "X500-040",
        caption(
            "Question: What is the color of the skirt? Answer: pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-",
            "leak",
            hit_limit=True,
        ),
        color_of("skirt", "orange"),
        B.pattern("striped", "contradiction"),
        wearing("he is wearing a black shirt and a pink skirt", "pronoun", who="she"),
        details("skirt", "the skirt is pleated"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        title="Women Coral Solid Pleated Midi Skirt",
        category="Skirts",
        color="Coral",
        gender="Women",
    ),
    # photo: man in a blue-and-white vertical striped long-sleeve oxford shirt with a button-down collar and a chest
    # pocket, beige chinos; white backdrop, front.
    # cloth: VQA adapter
    case(
        "X500-041",
        caption("a man in a blue and white striped shirt and khaki pants"),
        B.pattern("striped"),
        color_of("shirt", "blue"),
        B.material("cotton"),
        details("shirt", "the shirt has a pocket on the chest and a button down collar"),
        cloth(
            "blouse/shirt Question: What is the color of the blouse/shirt? Answer: blue Question: Is this a "
            "blouse/shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Men Blue & White Striped Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a grey ribbed knit long-sleeve crew-neck jumper dress, knee length, bare legs, white sneakers;
    # white backdrop, front.
    # caption: caption adapter
    case(
        "X500-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is "
            "with knitting",
            "loop",
            hit_limit=True,
        ),
        cloth("a grey sweater dress"),
        is_a("dress", "yes"),
        color_of("dress", "grey"),
        B.material("wool", "unsupported"),
        wearing("a grey sweater and black tights", "unsupported", who="she"),
        title="Women Grey Melange Acrylic Ribbed Jumper Dress",
        category="Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a tan brown suede trucker jacket over a black crew-neck tee, blue jeans; light grey backdrop,
    # front. No gender column.
    # cloth: VQA adapter
    case(
        "X500-043",
        caption("a man wearing a brown jacket and jeans"),
        color_of("jacket", "brown"),
        describe("jacket", "a brown leather jacket"),
        cloth(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat",
            "loop",
            hit_limit=True,
        ),
        wearing("a brown jacket", who="he"),
        B.material("suede"),
        color_of("t-shirt", "brown", "other_garment_color", kind="open"),
        title="Men Tan Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
    ),
    # photo: woman in a yellow strappy sundress with a white floral print and a tiered hem, no belt, holding a straw
    # hat in one hand; white backdrop, front.
    # cloth: VQA adapter
    case(
        "X500-044",
        caption("a woman in a yellow floral dress holding a hat"),
        color_of("dress", "yellow"),
        B.sleeve_length("sleeveless"),
        details("dress", "the dress has a floral pattern and a belt", "unsupported"),
        wearing("a yellow sundress", who="she"),
        cloth(
            "dress with thin straps and a floral print and a tiered skirt and a ruffled hem at the bottom of the",
            "cut",
            hit_limit=True,
        ),
        title="Women Yellow Floral Print Strappy Tiered Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in black slim stretch jeans, a white long-sleeve shirt untucked; white backdrop, full-length front
    # view.
    # caption, description: caption adapter; wearing: VQA adapter
    case(
        "X500-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with "
            "denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        describe(
            "jeans",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        B.material("denim"),
        is_a("jeans", "yes", article="a pair of"),
        wearing(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Men Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white long-sleeve button-down cotton shirt knotted at the waist, blue denim shorts; light
    # grey backdrop, front.
    case(
        "X500-046",
        caption("a woman in a white shirt and blue shorts"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        B.garment_type("shirt"),
        details("shirt", "the details of the shirt", "non_answer"),
        cloth("a shirt"),
        B.material("polyester", "unsupported"),
        title="Women White Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
]
