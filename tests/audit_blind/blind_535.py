"""BLIND_535 (46 products; Myntra women's western and ethnic wear, the experiments' own questions): written blind in the
fiftieth session. Measured blind at 6f9400c (the session's rules as they stood): 98/106 failures found (92.5%) and
3/135 correct texts flagged (2.2%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra-like English feed of women's wear: tops, t-shirts, shirts,
kurtis, dresses, jumpsuits, co-ord sets, jeans, trousers, skirts, shorts and shrugs, each photographed on a model who
also wears other clothes (a top tucked into the jeans, palazzos under the kurti, a tube top under the shrug). Studio
backdrops are mostly white, grey or beige, a few pink or with a plant. The questions are the experiments' own
("What is she wearing?", "What is the color of the top / shirt / dress / jeans / skirt?", "Describe the dress.",
"What are the top details?", "What material is the top made of?"), asked of the piece on sale, plus enrich's closed
garment_type and color and, for some rows, pattern, sleeve length and a yes/no "Is this a ...?". Each row has the
seller's title, category, color and gender; four rows miss one column (gender, color or category).

Who wrote what: four models ran over the catalog. The untuned base `Salesforce/blip2-opt-2.7b` wrote every text the
comments do not assign to an adapter: short lowercase captions and answers that stop on their own (never hit_limit).
The caption adapter (epoch 1 and epoch 3; the comment says which) writes the DeepFashion-MultiModal template ("The
lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric ...") with no hue words, runs
to its limit (50 new tokens for captions, 30 for answers) and returns the template to any question: hit_limit=True.
The VQA adapter, trained on In-shop attribute pairs with no end token, answers a free question with one In-shop word
or one color repeated until the limit ("blouse, blouse, ...", "gray-gray-..."; hit_limit=True); asked for a caption
it repeats a word too. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors asked
closed and the yes/no questions) are enrich's `--engine reference` answers, one value from a candidate set: never a
loop or a cut. A per-piece color question marked open in its call is the VQA adapter's free answer.

Labeling conventions and judgement calls:
- One kind per text, the first thing a reader meets going left to right: an adapter text whose first wrong words
  are a misnamed garment (a jumpsuit as "a sleeveless dress", or as "a long-sleeve shirt ... and a long pants") is
  contradiction; one whose first wrong words are an invented accessory or a fabric that contradicts the title
  (chiffon for satin) is unsupported; one that starts the template over is loop; otherwise, ended mid-sentence, cut.
  hit_limit stays True on all of them.
- The adapter's template returned for the material question is restated (the question is not answered, even though
  the template names a fabric); returned for "What is she wearing?", "Describe the ..." or "What are the ...
  details?" it does answer after a fashion, so it is cut or loop there.
- One adapter caption (X535-033) ends on a full stop exactly at its 50th token: hit_limit=True, and correct, since
  nothing in it is wrong or missing.
- Shade words are correct: red for maroon, purple for lavender, blue for navy or for a light wash, green for teal,
  orange for rust or coral, pink for peach or coral, brown for rust, cream or white for off white, grey or gray
  for charcoal or grey melange, khaki for beige. Lilac as pink and maroon as purple are contradictions (another
  hue), and so are navy as black and mustard as orange.
- A closed color naming the color of a print is correct only where the title names it as one of the product's
  colors ("Pink & White Floral", "White & Blue Striped"); gold for a pink kurta with a gold print, whose title does
  not name gold, is contradiction. The color of the wall (pink) given as the top's color is contradiction.
- The color of another piece in the photo given for the piece asked (the tee's white for the cargo trousers, the
  top's yellow for the jeans) is other_garment_color, closed or open. An open answer that gives a piece which is not
  on sale a color it does not have (red pants for black trousers, "pink jeans" under a coral top, "white pants" for
  beige ones, "blue shorts" for black ones) is contradiction.
- Synonyms are correct: kurta for a kurti, dress for an anarkali kurta in an open text (the closed garment_type
  "dress" for a kurti is contradiction), cardigan or sweater for a shrug (jacket is contradiction), plaid or
  checkered for checks, floral for a tropical leaf print or for ethnic motifs, blouse or shirt for a top, pants for
  trousers, "polka dots" for a polka dot print.
- Materials: one the title names (linen, velvet, cotton, denim, crepe) or one the photo plainly shows (leather for
  PU, lace for crochet, chiffon for a sheer printed maxi, cotton for jeans, denim for a denim skirt) is correct, and
  so is cotton as a guess on a plain woven shirt or kurti that looks like cotton; a fibre neither named nor visible
  (silk on crepe or satin, satin on a matte wrap dress, leather on a bodycon jersey) is unsupported. "it is made of
  cloth" is non_answer; a garment name or color for the material is restated.
- Invented items (heels or sneakers in a photo cropped at the knees, a hat, a necklace, a belt on a beltless
  skirt, a slit or a keyhole the front view does not show, an accessory on the wrist) are unsupported.
- "he" for a woman is pronoun. An empty answer, "there are no details" for ripped jeans, "the details of the shirt"
  and "they are shorts" are non_answer; "it is a top", "the top is white", "they are black pants" for details are
  restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, whatever their first words. A base answer
  that stops after "it is made of" or "with long sleeves and a" is cut, without hit_limit.
- The VQA adapter's repeated word is loop even where the word is right (blue for a blue denim shirt).
- "Is this a dress?" answered yes for a tiered maxi skirt, and "Is this a pair of jeans?" yes for pleated trousers,
  are contradictions; stripes for checks and short sleeves for long sleeves rolled to the elbow likewise.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

material_top = question("material", "What material is the top made of?", "open")


def she(text, failure=None, hit_limit=False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_535 = [
    # photo: model in a white solid regular top with puff sleeves and a round neck, blue jeans, light grey backdrop,
    # front view cropped at the thighs.
    # all texts: base model and reference engine
    case(
        "X535-001",
        caption("a woman in a white top and blue jeans"),
        she("a white top and jeans"),
        color_of("top", "white"),
        details("top", "puff sleeves"),
        B.garment_type("top"),
        title="Women White Puff Sleeve Regular Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy blue shirt with thin white stripes, long sleeves, tucked into white jeans, white wall, front view.
    # caption, details: caption adapter (epoch 3)
    case(
        "X535-002",
        caption(
            "This woman wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns. This woman",
            "cut",
            hit_limit=True,
        ),
        she("a blue and white striped shirt and white jeans"),
        color_of("shirt", "blue"),
        color_of("jeans", "white"),
        details(
            "shirt",
            "This woman wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        title="Women Navy Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow straight kurti with a small white floral print, three-quarter sleeves, white palazzos,
    # beige backdrop, full length.
    # wearing: VQA adapter
    case(
        "X535-003",
        caption("a woman in a yellow kurta and white pants"),
        she(
            "dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress,",
            "loop",
            hit_limit=True,
        ),
        B.color("orange", "contradiction"),
        B.garment_type("kurta"),
        B.pattern("floral"),
        title="Women Mustard Yellow Floral Printed Straight Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: black sleeveless bodycon midi dress in a stretch jersey, square neck, bare wrists, plain grey backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X535-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist. The dress is of long length. The lady",
            "unsupported",
            hit_limit=True,
        ),
        she("a black dress"),
        describe("dress", "a black dress with a square neck"),
        color_of("dress", "black"),
        B.material("leather", "unsupported"),
        title="Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: olive green relaxed cargo trousers with side pockets, worn with a white crop t-shirt and white sneakers,
    # white backdrop, full length.
    case(
        "X535-005",
        caption("a woman in a white crop top and green pants"),
        she("a white top and green cargo pants"),
        B.color("white", "other_garment_color"),
        B.garment_type("pants"),
        color_of("trousers", "green"),
        details("trousers", "they are green pants", "restated"),
        title="Women Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: light blue skinny jeans, mid rise, worn with a black tank top, grey backdrop, full length.
    # caption: caption adapter (epoch 1); details: caption adapter (epoch 3)
    case(
        "X535-006",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The lady wears a long trousers. The "
            "trousers are with denim fabric and solid color patterns. Her tank top has no sleeves, cotton fabric and "
            "pure color",
            "loop",
            hit_limit=True,
        ),
        she("a black tank top and blue jeans"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "The lady wears a tank tank top with pure color patterns and a long trousers. The tank top is with cotton "
            "fabric. The trousers are",
            "cut",
            hit_limit=True,
        ),
        B.material("denim"),
        title="Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: pink and white floral A-line midi dress, flutter sleeves, V neck, white wall, cropped at the knees.
    # description: caption adapter (epoch 3)
    case(
        "X535-007",
        caption("a woman in a pink floral dress standing in front of a white wall"),
        she("a pink and white dress and white sneakers", "unsupported"),
        describe(
            "dress",
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "white"),
        B.pattern("floral"),
        title="Women Pink & White Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon crepe top with a ruffled hem and three-quarter sleeves, black straight trousers, white backdrop.
    case(
        "X535-008",
        caption("a woman in a red top and black pants"),
        she("a red top and red pants", "contradiction"),
        color_of("top", "black", "other_garment_color"),
        details("top", "ruffles on the bottom"),
        material_top("silk", "unsupported"),
        title="Women Maroon Ruffled Crepe Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: mid blue washed denim shorts, worn with an oversized white shirt, white backdrop, full length.
    # caption: VQA adapter
    case(
        "X535-009",
        caption(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-"
            "white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        she("a white shirt and denim shorts"),
        color_of("shorts", "blue"),
        B.color("white", "other_garment_color"),
        details("shorts", "they are shorts", "non_answer"),
        is_a("pair of shorts", "yes"),
        title="Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender co-ord set, long-sleeve collared shirt and matching straight trousers, white sneakers, beige
    # backdrop, full length.
    # caption: caption adapter (epoch 3)
    case(
        "X535-010",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        she("a purple shirt and purple pants"),
        color_of("shirt", "purple"),
        details(
            "shirt", "it has a collar and buttons Question: what is the color of the pants? Answer: purple", "leak"
        ),
        material_top("it is made of", "cut"),
        title="Women Lavender Solid Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: teal blue cotton t-shirt with a large cartoon cat print, short sleeves, black shorts, white backdrop.
    case(
        "X535-011",
        caption("a woman wearing a blue t-shirt with a picture of a cat on it"),
        she("a blue t-shirt with a cat on it and blue shorts", "contradiction"),
        color_of("shirt", "green"),
        details("top", "the top has a cat on it"),
        material_top("cotton"),
        title="Women Teal Blue Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: peach tiered flared maxi skirt, white tank top tucked in, grey backdrop, full length.
    # caption: caption adapter (epoch 1)
    case(
        "X535-012",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and pure color patterns. The lady also",
            "cut",
            hit_limit=True,
        ),
        she("a white top and a pink skirt"),
        color_of("skirt", "white", "other_garment_color"),
        describe("skirt", "it is a long skirt with ruffles"),
        is_a("dress", "yes", "contradiction"),
        title="Women Peach-Coloured Tiered Flared Maxi Skirt",
        category="Skirts",
        color="Peach",
        gender="Women",
    ),
    # photo: rust wrap dress in a matte crepe, long sleeves, knee length, self tie at the waist, white backdrop.
    # the feed row has no gender
    case(
        "X535-013",
        caption("a woman in an orange wrap dress"),
        she("an orange dress"),
        describe("dress", "it is an orange dress with long sleeves and a", "cut"),
        color_of("dress", "brown"),
        B.material("satin", "unsupported"),
        title="Rust Solid Wrap Dress",
        category="Dresses",
        color="Rust",
    ),
    # photo: charcoal grey sleeveless wide-leg jumpsuit with a V neck and a fabric belt, grey backdrop, full length.
    # caption, description: caption adapter (epoch 3)
    case(
        "X535-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        she("a gray jumpsuit"),
        B.garment_type("jumpsuit"),
        B.color("grey"),
        describe(
            "jumpsuit",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress",
            "contradiction",
            hit_limit=True,
        ),
        title="Women Charcoal Grey Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
        gender="Women",
    ),
    # photo: white chikankari embroidered cotton kurti, three-quarter sleeves, blue jeans, white backdrop.
    # wearing: VQA adapter
    case(
        "X535-015",
        caption("a woman in a white kurta and jeans"),
        she(
            "blouse, blouse, blouse, blouse, blouse, blouse, blouse, blouse, blouse, blouse, blouse, blouse, blouse, "
            "blouse, blouse",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "white"),
        details("top", "the top is white", "restated"),
        material_top("cotton"),
        title="Women White Chikankari Embroidered Pure Cotton Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: black off-shoulder bardot top with long sleeves, light blue jeans, pink wall behind, front view.
    case(
        "X535-016",
        caption("a woman in a black off the shoulder top posing in front of a pink wall"),
        she("he is wearing a black top and jeans", "pronoun"),
        color_of("top", "pink", "contradiction"),
        B.sleeve_length("long sleeves"),
        details("top", "it is off the shoulder"),
        title="Women Black Solid Bardot Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white crochet open-front shrug, elbow sleeves, over a black tube top and blue jeans, beige backdrop.
    case(
        "X535-017",
        caption("a woman wearing a white crochet cardigan over a black top"),
        she("a black top, a white sweater and jeans"),
        B.color("black", "other_garment_color"),
        B.garment_type("cardigan"),
        B.material("lace"),
        details("shrug", "it is white", "restated"),
        title="Women White Crochet Open Front Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: green wrap top with a white ethnic motif print, three-quarter sleeves, V neck, white trousers, white
    # backdrop.
    # caption, details, material: caption adapter (epoch 3)
    case(
        "X535-018",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        she("a green top and white pants"),
        color_of("top", "green"),
        details(
            "top",
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        material_top(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        B.pattern("floral"),
        title="Women Green Ethnic Motifs Printed Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: dark navy wide-leg high-rise jeans, white shirt tucked in, grey backdrop, full length.
    case(
        "X535-019",
        caption("a woman in a white shirt and blue jeans"),
        she("a white shirt and jeans"),
        color_of("jeans", "black", "contradiction"),
        color_of("shirt", "white"),
        details(
            "jeans",
            "the jeans are high waisted and wide leg Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Women Navy Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow ribbed fitted crop t-shirt, blue mom jeans, white backdrop, cropped at the thighs.
    # caption: caption adapter (epoch 1)
    case(
        "X535-020",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric. "
            "Its neckline is round. The female wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The female",
            "cut",
            hit_limit=True,
        ),
        she("a yellow crop top and jeans"),
        color_of("top", "yellow"),
        color_of("jeans", "yellow", "other_garment_color"),
        details("top", "it is ribbed"),
        material_top("it is a crop top", "restated"),
        title="Women Yellow Ribbed Crop Fitted T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: black fit-and-flare dress with white polka dots, white Peter Pan collar, short puff sleeves, red
    # backdrop, cropped at the knees.
    # dress color (open): VQA adapter
    case(
        "X535-021",
        caption("a woman wearing a black and white polka dot dress"),
        describe("dress", "it is a polka dot dress with a white collar and short sleeves"),
        B.pattern("polka dots"),
        color_of(
            "dress",
            "black-white-black-white-black-white-black-white-black-white-black-white-black-white-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        she("a polka dot dress and black heels", "unsupported"),
        title="Women Black & White Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: off white linen relaxed shirt, long sleeves rolled up to the elbow, chest pocket, beige trousers, a
    # potted plant beside the model, white backdrop.
    case(
        "X535-022",
        caption("a woman in a white shirt standing next to a plant"),
        she("a white shirt and white pants", "contradiction"),
        color_of("shirt", "cream"),
        material_top("linen"),
        details("shirt", "the shirt has a pocket on the chest and the sleeves are rolled up"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Off White Pure Linen Relaxed Casual Shirt",
        category="Shirts",
        color="Off White",
        gender="Women",
    ),
    # photo: red solid A-line mini skirt, black t-shirt tucked in, grey backdrop, full length.
    # caption, description: caption adapter (epoch 3)
    case(
        "X535-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. The skirt is with cotton fabric and pure color patterns. It has a round neckline. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        she("a black shirt and a red skirt"),
        color_of("skirt", "red"),
        describe(
            "skirt",
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. The skirt is",
            "cut",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        title="Women Red Solid A-Line Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: blue and white checked cotton shirt dress, buttons down the front, fabric belt, short sleeves, white
    # backdrop, cropped at the knees.
    case(
        "X535-024",
        caption("a woman in a blue and white plaid dress"),
        she(
            "a blue and white checkered dress Question: what is the color of the dress? Answer: blue and white",
            "leak",
        ),
        describe("dress", "it is a shirt dress with a belt and buttons down the front"),
        B.pattern("striped", "contradiction"),
        is_a("dress", "yes"),
        B.material("it is made of cloth", "non_answer"),
        title="Women Blue & White Checked Cotton Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black high-rise cotton shorts with an elastic drawstring waist, grey melange t-shirt, white backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X535-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns. It has a round neckline. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        she("a grey t-shirt and black shorts"),
        B.color("grey", "other_garment_color"),
        details("shorts", "they have a drawstring"),
        B.material("the shorts are black", "restated"),
        title="Women Black Solid High-Rise Regular Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: green sleeveless tiered maxi dress with a small white and yellow floral print in a sheer georgette,
    # V neck, no hat, beige backdrop, full length.
    # caption: caption adapter (epoch 1); dress color (open): VQA adapter
    case(
        "X535-026",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a sleeveless dress with floral patterns. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "it is a long green dress with flowers"),
        color_of(
            "dress",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        she("a green floral dress and a straw hat", "unsupported"),
        B.material("chiffon"),
        title="Women Green Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: beige pleated high-rise formal trousers, black fitted long-sleeve shirt tucked in, grey backdrop.
    # caption: caption adapter (epoch 1); the feed row has no color
    case(
        "X535-027",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This woman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        she("she is wearing a black top and khaki pants"),
        color_of("trousers", "beige"),
        details("trousers", "pleats in the front"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Women Beige Pleated High-Rise Formal Trousers",
        category="Trousers",
        gender="Women",
    ),
    # photo: white and blue striped co-ord set, sleeveless crop top and matching shorts, white backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X535-028",
        caption(
            "This lady wears a tank tank top with striped patterns and a three-point shorts. The tank top is with "
            "cotton fabric. The shorts are with cotton fabric and striped patterns. It has a round neckline. This "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        she("a blue and white striped top and shorts"),
        color_of("top", "blue"),
        B.pattern("striped"),
        details("top", "it is a top", "restated"),
        title="Women White & Blue Striped Top with Shorts Co-Ords",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: lilac smocked top with a square neck and short puff sleeves, white jeans, white backdrop.
    # caption: caption adapter (epoch 1)
    case(
        "X535-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        she("a purple top and white pants"),
        color_of("top", "pink", "contradiction"),
        details("top", "it has puffy sleeves and smocking"),
        material_top("a purple top", "restated"),
        title="Women Lilac Smocked Puff Sleeve Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black PU knee-length pencil skirt, white long-sleeve shirt tucked in, front view only, grey backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X535-030",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns and a medium-length skirt. The shirt is "
            "with cotton fabric and its neckline is lapel. The skirt is with leather fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        she("a white shirt and a black leather skirt"),
        color_of("skirt", "black"),
        B.material("leather"),
        describe("skirt", "it is a black pencil skirt with a slit", "unsupported"),
        title="Women Black Solid PU Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: pink anarkali kurta, flared, ankle length, gold foil ethnic print at the hem, long sleeves, beige
    # backdrop.
    case(
        "X535-031",
        caption("a woman in a pink dress with gold designs"),
        she("he is wearing a pink dress", "pronoun"),
        B.garment_type("kurta"),
        B.color("gold", "contradiction"),
        details("kurta", "it has gold print on the bottom"),
        title="Women Pink Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: white t-shirt with "STAY WILD" printed in black letters, black joggers, white backdrop.
    # caption: VQA adapter
    case(
        "X535-032",
        caption(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        she("a white t-shirt that says stay wild and black pants"),
        color_of("shirt", "black", "other_garment_color"),
        B.pattern("graphic"),
        details("top", "it says stay wild"),
        title="Women White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: light blue denim shirt, long sleeves, white shorts, white backdrop.
    # caption, details: caption adapter (epoch 1); shirt color (open): VQA adapter
    case(
        "X535-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        she("a denim shirt and white shorts"),
        color_of(
            "shirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        material_top("denim"),
        details(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Women Light Blue Pure Cotton Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon velvet bodycon dress, long sleeves, round neck, no jewellery, grey backdrop, cropped mid-calf.
    # caption: caption adapter (epoch 3)
    case(
        "X535-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of medium length. The lady",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "it is a red velvet dress with long sleeves"),
        color_of("dress", "purple", "contradiction"),
        B.material("velvet"),
        she("a red dress and a necklace", "unsupported"),
        title="Women Maroon Velvet Bodycon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green utility jumpsuit, long sleeves, collar, patch pockets, belt, white backdrop, full length.
    # caption: caption adapter (epoch 3); wearing: VQA adapter
    case(
        "X535-035",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        she(
            "romper, romper, romper, romper, romper, romper, romper, romper, romper, romper, romper, romper, romper, "
            "romper, romper",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jumpsuit"),
        B.color("green"),
        details("jumpsuit", "it has pockets and a belt"),
        title="Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: coral peplum top with short sleeves, mid blue jeans, white backdrop.
    case(
        "X535-036",
        caption("a woman in an orange top and jeans"),
        she("she is wearing a pink top and pink jeans", "contradiction"),
        color_of("top", "orange"),
        details("top", "it has a peplum"),
        material_top("", "non_answer"),
        title="Women Coral Solid Peplum Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: black straight-fit trousers, red t-shirt tucked in, grey backdrop, full length.
    # caption: caption adapter (epoch 1)
    case(
        "X535-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric. The lady wears a "
            "short-sleeve T-shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        she("a red t-shirt and black pants"),
        B.color("red", "other_garment_color"),
        color_of("trousers", "black"),
        details("trousers", "they are black pants", "restated"),
        title="Women Black Solid Straight Fit Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: white short-sleeve shirt with a green tropical leaf print, denim shorts, white backdrop.
    # the feed row has no gender
    case(
        "X535-038",
        caption("a woman wearing a white shirt with green leaves on it"),
        she("a floral shirt and denim shorts"),
        color_of("shirt", "white"),
        details("shirt", "it has a collar and short sleeves"),
        material_top("cotton"),
        title="White & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: grey melange oversized t-shirt, short dropped sleeves, black cycling shorts, white backdrop.
    # caption: caption adapter (epoch 3); wearing and shirt color (open): VQA adapter
    case(
        "X535-039",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        she(
            "tee, shorts, tee, shorts, tee, shorts, tee, shorts, tee, shorts, tee, shorts, tee, shorts, tee",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "gray-gray-gray-gray-gray-gray-gray-gray-gray-gray-gray-gray-gray-gray-gray",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("grey"),
        B.sleeve_length("short sleeves"),
        title="Women Grey Melange Solid Oversized T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: mid blue boyfriend jeans ripped at both knees, pink crop top, white backdrop, full length.
    case(
        "X535-040",
        caption("a woman in a pink top and ripped jeans"),
        she("a pink shirt and blue jeans"),
        color_of("jeans", "pink", "other_garment_color"),
        details("jeans", "there are no details", "non_answer"),
        B.material("cotton"),
        title="Women Blue Boyfriend Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: peach satin slip dress with spaghetti straps, midi length, bare wrists, beige backdrop.
    # caption: caption adapter (epoch 1)
    case(
        "X535-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        describe("dress", "a pink slip dress with thin straps"),
        color_of("dress", "pink"),
        B.sleeve_length("sleeveless"),
        she("a pink dress"),
        B.material("silk", "unsupported"),
        title="Women Peach Satin Slip Midi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue A-line kurti with a white floral print, three-quarter sleeves, white pants, white backdrop.
    case(
        "X535-042",
        caption("a woman in a blue and white floral kurta"),
        she("a blue kurta and white pants Question: what is the color of the kurta? Answer: blue", "leak"),
        color_of("top", "black", "contradiction"),
        B.garment_type("dress", "contradiction"),
        material_top("cotton"),
        title="Women Navy Blue & White Floral Printed A-Line Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige knitted longline open-front shrug, long sleeves, over a white top and blue jeans, grey backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X535-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a white top, a beige cardigan and jeans"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket", "contradiction"),
        details("shrug", "it is long and open in the front"),
        title="Women Beige Solid Longline Knitted Shrug",
        category="Shrug",
        color="Beige",
        gender="Women",
    ),
    # photo: red and black checked flannel shirt, long sleeves, black jeans, white backdrop.
    case(
        "X535-044",
        caption("a woman in a red and black plaid shirt and black jeans"),
        she("he is wearing a red plaid shirt", "pronoun"),
        color_of("shirt", "red"),
        color_of("jeans", "red", "other_garment_color"),
        B.pattern("checked"),
        details("shirt", "the details of the shirt", "non_answer"),
        title="Women Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: mid blue denim mini skirt with a button front and no belt, white t-shirt tucked in, white backdrop.
    # wearing: VQA adapter; the feed row has no category
    case(
        "X535-045",
        caption("a woman in a white shirt and a denim skirt"),
        she(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color"),
        describe("skirt", "it is a denim skirt with buttons in the front and a belt", "unsupported"),
        B.material("denim"),
        title="Women Blue Denim Button Front Mini Skirt",
        color="Blue",
        gender="Women",
    ),
    # photo: white schiffli embroidered cotton top with short sleeves, black trousers, dark grey backdrop, front view.
    # caption: caption adapter (epoch 3)
    case(
        "X535-046",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        she("a white blouse and black pants"),
        color_of("top", "white"),
        details("top", "it has embroidery and a keyhole on the back", "unsupported"),
        material_top("it is made of lace Question: what is the color of the top? Answer: white", "leak"),
        title="Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
]
