"""BLIND_199 (46 products; women's western wear, model shots with layered garments): written blind in the
thirty-ninth session. Measured blind at 95d38e0 (the rules at the session's start): 102/118 failures found (86.4%) and
11/149 correct texts flagged (7.4%). The writer's notes, verbatim:

Scenario:
A Myntra-like women's western-wear feed in English: tops, crop tops, shirts, t-shirts, bodycon / A-line / maxi
dresses, jumpsuits, playsuits, skirts, denim shorts, jeans, shrugs and blazers worn over tops, and co-ord sets. The
photos are model shots, and most show a second garment (a top tucked into jeans, a shrug over a dress, a denim jacket
over a sundress). Catalog columns are title, category (the feed's article type) and the seller's color; gender is
"Women" on most rows and missing on a few, as in real feeds. Seller colors are the feed's free-form names (Navy Blue,
Mustard, Off White, Grey Melange, Teal, Rust, Multi).

Who wrote what:
- Closed questions (garment_type, color, pattern, sleeve_length) come from enrich's --engine reference: a candidate
  label ranked over a closed set, so they are short labels that never loop or run to a limit; their failures are the
  wrong candidate (the jeans' color for the top, "dress" for a jumpsuit, a print's dot color, "solid" for stripes).
- Long texts marked hit_limit=True come from the fine-tuned caption adapter, which has no end token: it writes the
  DeepFashion-MultiModal template ("The lady wears a ... with pure color patterns. The ... is with cotton fabric."),
  has no hue names, and runs until max_new_tokens, so its texts loop or stop mid-sentence. A few happen to reach the
  limit exactly at a sentence end. It also answers open questions with the caption template (the "every prompt
  returns the caption" failure).
- Short captions ("a woman in a black crop top and blue jeans") and short open answers come from the untuned base
  model (blip2-opt-2.7b): one color reused for every garment, "he" for a woman, invented zips and necklaces, a
  material guessed from nothing, and now and then a continuation of the "Question: ... Answer:" format.

Labeling conventions and judgement calls:
- Shade words and synonyms are correct: burgundy/maroon, navy/dark blue, yellow for Mustard, orange for Rust, green
  for Olive, purple for Lavender, cream/white for Off White, tan for Beige, blue for Teal; cardigan for a shrug,
  romper for a playsuit, jacket for a blazer, suit for a blazer co-ord, tee for a t-shirt, "romper" for a long
  jumpsuit in the adapter's template vocabulary.
- A text that names the second garment in its own color (the white tee under a slip dress, the jeans a top is tucked
  into) is correct for "What is the person wearing?" and for captions. Print colors stated as print colors ("a long
  dress with white flowers") are correct; a closed color answer that gives the print's color instead of the ground
  ("white" for a navy floral dress, "red" for a black floral playsuit) is a contradiction of the seller color.
- A closed or open color answer that gives the product the color of the other visible garment is other_garment_color;
  the base model's one-color-for-everything ("a grey shirt and grey jeans" for black jeans) is contradiction, also
  when the garment it recolors is the second garment rather than the product.
- A co-ord set answered as one of its pieces ("sweatshirt" for a sweatshirt-and-joggers set) is a contradiction of
  the seller category; a shrug product answered "dress" (the dress under it) is a contradiction too.
- Materials: a material the title names is correct (linen, satin, velvet, faux leather -> "leather", lace, cotton);
  a material the photo plausibly shows and the title does not contradict (cotton for a jersey t-shirt dress) is
  correct; a material the photo does not support (leather for a suiting blazer, silk for a satin-finish polyester
  shirt) is unsupported. A color given for the material question is a non_answer.
- The adapter's texts all ran to the token limit (hit_limit=True). When one stops exactly at a sentence end and says
  nothing wrong, it is correct. When it repeats a sentence block it is a loop even if the last copy is cut. When it
  invents something (a hat, a wrist accessory that is not in the photo, stripes on a solid ribbed dress) before the
  cut, the invention is what an auditor sees first, so it is labeled unsupported / contradiction, not cut. The
  "gentleman" template opener for a woman is pronoun, as is the base model's "a man" / "he" for a woman, also on
  rows where the feed's gender is missing. The caption template returned for the material question is
  restated (a verbose caption instead of an answer).
- "they are jeans" / "the shorts are short" / "it is a jacket" / an empty answer are non_answer; "the details of the
  dress are the dress" (the question's words turned around) is restated.
- Any "Question:" / "Answer:" text in an answer is a leak, even when the answer before it is right.
- The VQA adapter's one-word color loops ("blue-blue-blue...", "black and white and black and white...") are loops,
  even though the color they repeat is right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "open")
color_top = question("color_top", "What is the color of the top?", "open")
color_jeans = question("color_jeans", "What is the color of the jeans?", "open")
color_shorts = question("color_shorts", "What is the color of the shorts?", "open")
color_skirt = question("color_skirt", "What is the color of the skirt?", "open")
color_jacket = question("color_jacket", "What is the color of the jacket?", "open")

W = "Women"

BLIND_199 = [
    # black sleeveless ribbed crop top, high-waist light blue mom jeans, white sneakers
    case(
        "X199-001",
        caption("a woman in a black crop top and blue jeans"),
        D.wearing("a black crop top and jeans"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.material("denim", "unsupported"),
        D.details(
            "The tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "the lady wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Women Black Ribbed Crop Top",
        category="Tops",
        color="Black",
    ),
    # navy long-sleeve formal shirt tucked into white straight trousers, office backdrop
    case(
        "X199-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is lapel. The lady wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        D.color("navy blue"),
        D.wearing("a dark blue shirt and white pants"),
        color_shirt("blue"),
        D.description("a navy blue shirt with a collar and buttons and a pocket on the chest", "unsupported"),
        D.material("cotton"),
        gender=W,
        title="Women Navy Blue Solid Cotton Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # red sleeveless bodycon midi dress, black heels, plain grey studio
    case(
        "X199-003",
        caption("a woman in a red dress posing for a picture"),
        D.garment_type("dress"),
        D.pattern("solid"),
        D.details(
            "The dress has no sleeves, cotton fabric and pure color patterns. The dress has no sleeves, cotton "
            "fabric and pure color patterns. The dress has no sleeves, cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a red dress", "pronoun"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of medium length. There is an accessory on her",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Women Red Solid Bodycon Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # maroon short-sleeve A-line knee-length dress, thin self belt, V neck, no jewellery
    case(
        "X199-004",
        caption("a woman wearing a burgundy dress with a belt"),
        D.wearing("she is wearing a purple dress", "contradiction"),
        D.color("maroon"),
        D.sleeve_length("short sleeves"),
        D.description(
            "Her dress has short sleeves, chiffon fabric and pure color patterns. It has a v-shape neckline. There is "
            "an accessory on her wrist. There is a belt in the clothes.",
            "unsupported",
            hit_limit=True,
        ),
        gender=W,
        title="Women Maroon Solid A-Line Dress with Belt",
        category="Dresses",
        color="Maroon",
    ),
    # white t-shirt with a small black graphic, tucked into a black mini skirt
    case(
        "X199-005",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.wearing("a white t-shirt and a white skirt", "contradiction"),
        gender=W,
        title="Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # olive green sleeveless utility jumpsuit, self belt, flap chest pockets, white wall
    case(
        "X199-006",
        caption("a woman in a green jumpsuit standing in front of a white wall"),
        D.garment_type("dress", "contradiction"),
        D.wearing("a green jumpsuit with a white t-shirt under it", "unsupported"),
        D.details(
            "The romper has no sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. The romper "
            "is long. There is a belt in the clothes. The romper has no sleeves, cotton fabric and pure color "
            "patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=W,
        title="Women Olive Green Solid Cotton Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # navy tiered maxi dress with small white flowers, flutter sleeves, outdoors
    case(
        "X199-007",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.color("white", "contradiction"),
        D.wearing("she is wearing a blue floral dress and a straw hat", "unsupported"),
        D.description("a long dress with white flowers on it"),
        gender=W,
        title="Women Navy Blue Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # light blue distressed high-rise denim shorts, white cropped tee
    case(
        "X199-008",
        caption("a woman wearing a white t-shirt and denim shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.details("the shorts are short", "non_answer"),
        color_shorts("light blue"),
        D.description(
            "The shorts are with denim fabric and solid color patterns. The shorts are with denim fabric and solid "
            "color patterns. The shorts are with denim fabric and solid color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Blue Washed High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # black skinny jeans, mid-grey tucked t-shirt, white sneakers
    case(
        "X199-009",
        caption("a woman in a grey shirt and grey jeans", "contradiction"),
        D.color("black"),
        D.wearing("a grey t-shirt and black jeans"),
        color_jeans("grey", "other_garment_color"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants the lady wears is of long length. The "
            "lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Women Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # lavender long-sleeve open-front knit shrug over a white tank, blue jeans
    case(
        "X199-010",
        caption("a man wearing a purple cardigan over a white top", "pronoun"),
        D.garment_type("shrug"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. The "
            "cardigan is open. The lady wears a sleeveless tank top with pure color patterns. The tank top is with "
            "cotton fabric. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Women Lavender Solid Open Front Shrug",
        category="Shrug",
        color="Lavender",
    ),
    # black single-button suiting blazer over a white top, blue straight jeans
    case(
        "X199-011",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "neckline of the jacket is lapel. The lady wears a long pants. The pants are with denim fabric and solid "
            "color patterns.",
            hit_limit=True,
        ),
        D.garment_type("blazer"),
        D.color("black"),
        D.wearing("a black jacket and a white shirt"),
        D.material("leather", "unsupported"),
        D.details("a black button on the front"),
        gender=W,
        title="Women Black Solid Single-Breasted Blazer",
        category="Blazers",
        color="Black",
    ),
    # pink-and-white striped short-sleeve shirt with matching drawstring shorts
    case(
        "X199-012",
        caption("a woman wearing a pink and white striped shirt and matching shorts"),
        D.garment_type("co-ord set"),
        D.pattern("striped"),
        D.color("pink"),
        D.wearing(
            "The lady wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. The neckline "
            "of the shirt is lapel. The lady wears a short shorts. The shorts are with cotton fabric and stripe "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a collar and buttons and the shorts have a drawstring"),
        D.material(
            "The lady wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. The neckline "
            "of the shirt is lapel. The lady wears a short shorts. The shorts are with cotton",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Women Pink & White Striped Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # mustard puff-sleeve square-neck crop top, white high-waist jeans
    case(
        "X199-013",
        caption("a woman in a yellow top and white jeans"),
        D.color("yellow"),
        D.sleeve_length("short sleeves"),
        D.wearing("a yellow top and yellow pants", "contradiction"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton Question: What is the color of the top? Answer: yellow", "leak"),
        gender=W,
        title="Women Mustard Yellow Puff Sleeve Crop Top",
        category="Tops",
        color="Mustard",
    ),
    # teal short-sleeve V-neck playsuit, street backdrop, no hat, bare wrists
    case(
        "X199-014",
        caption("a woman in a blue romper standing on a street"),
        D.garment_type("playsuit"),
        D.wearing("a blue romper Question: What is the color of the romper? Answer: blue", "leak"),
        D.details(
            "The romper has short sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. The "
            "romper is short. There is a hat on her head. There is an accessory on her wrist. The romper has",
            "unsupported",
            hit_limit=True,
        ),
        D.description("he is wearing a blue romper", "pronoun"),
        title="Women Teal Solid Playsuit",
        category="Playsuit",
        color="Teal",
    ),
    # white oversized linen shirt, sleeves rolled, black cotton shorts
    case(
        "X199-015",
        caption("a woman wearing a white shirt and black shorts"),
        D.wearing("a white shirt and white shorts", "contradiction"),
        D.material("linen"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.description(
            "Her shirt has long sleeves, other fabric and pure color patterns. The neckline of the shirt is lapel. "
            "The shorts the lady wears is of short length. The shorts are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Women White Solid Pure Linen Oversized Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # black satin slip midi dress worn over a white crew-neck t-shirt
    case(
        "X199-016",
        caption("a woman in a black dress and white t-shirt"),
        D.material("satin"),
        D.color("white", "other_garment_color"),
        D.garment_type("dress"),
        D.wearing("a black slip dress over a white t-shirt"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. The lady wears a sleeveless dress with pure color "
            "patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the dress are the dress", "restated"),
        gender=W,
        title="Women Black Satin Slip Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # peach sleeveless ruffled top, mid-blue skinny jeans
    case(
        "X199-017",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with chiffon fabric. "
            "It has a round neckline. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("peach"),
        D.wearing("a pink top and blue jeans"),
        color_top("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        gender=W,
        title="Women Peach-Coloured Ruffled Top",
        category="Tops",
        color="Peach",
    ),
    # black-and-white checked A-line mini skirt, black fitted top tucked in
    case(
        "X199-018",
        caption("a woman in a black top and a plaid skirt"),
        D.pattern("checked"),
        D.color("black"),
        D.garment_type("skirt"),
        D.details(
            "The skirt is with cotton fabric and lattice patterns. The skirt the lady wears is of short length. The "
            "skirt is with cotton fabric and lattice patterns. The skirt the lady wears is of short length. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black top and a skirt with a black and white pattern"),
        D.description("it is a skirt", "non_answer"),
        gender=W,
        title="Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # red wrap dress with white polka dots, short flutter sleeves, tie at waist, wristwatch
    case(
        "X199-019",
        caption("a woman in a red and white polka dot dress"),
        D.wearing("he is wearing a red polka dot dress", "pronoun"),
        D.pattern("polka dot"),
        D.color("white", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description(
            "The dress has short sleeves, chiffon fabric and dot patterns. It has a v-shape neckline. The dress is of "
            "medium length. There is a belt in the clothes. There is an accessory on her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Women Red Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Red",
    ),
    # mid-blue straight high-rise jeans, white long-sleeve shirt tucked in
    case(
        "X199-020",
        caption("a woman wearing a white shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.wearing("a white shirt tucked into blue jeans"),
        color_jeans(
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue", "loop", hit_limit=True
        ),
        D.details("they are jeans", "non_answer"),
        D.description(
            "The pants are with denim fabric and solid color patterns. The pants the lady wears is of long length. The "
            "lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The neckline of "
            "the shirt is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Women Blue Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # bottle-green long-sleeve velvet bodycon mini dress, front view only, ring on finger
    case(
        "X199-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length. There is a ring on her finger. The lady wears a long-sleeve "
            "dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("velvet"),
        D.color("green"),
        D.wearing("a green dress"),
        D.description("a green dress with a slit and a zipper on the back", "unsupported"),
        gender=W,
        title="Women Green Velvet Bodycon Mini Dress",
        category="Dresses",
        color="Green",
    ),
    # rust satin-finish long-sleeve shirt, white wide-leg trousers
    case(
        "X199-022",
        caption("a woman in an orange shirt and white pants"),
        D.material("silk", "unsupported"),
        D.color("orange"),
        color_shirt("white", "other_garment_color"),
        D.wearing("Question: What is the person wearing? Answer: a shirt", "leak"),
        D.details(
            "The shirt has long sleeves, other fabric and pure color patterns. The neckline of the shirt is lapel. The "
            "shirt has long sleeves, other fabric and pure color patterns. The neckline of the shirt is lapel.",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Rust Satin Finish Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # grey melange round-neck t-shirt with front knot, black leggings
    case(
        "X199-023",
        caption("a woman wearing a grey t-shirt and black leggings"),
        D.color("grey"),
        D.garment_type("t-shirt"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey pants", "contradiction"),
        gender=W,
        title="Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # white sleeveless schiffli-embroidered cotton top, blue denim shorts
    case(
        "X199-024",
        caption("a woman in a white top and denim shorts"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        D.description(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a short shorts. The shorts are with denim fabric and solid color "
            "patterns.",
            hit_limit=True,
        ),
        D.details("a white top with embroidery"),
        D.wearing("a white top with a lace collar and denim shorts with a brown belt", "unsupported"),
        gender=W,
        title="Women White Schiffli Embroidered Cotton Top",
        category="Tops",
        color="White",
    ),
    # black halter-neck wide-leg culotte jumpsuit, no belt, no jewellery
    case(
        "X199-025",
        caption("a woman in a black jumpsuit posing for the camera"),
        D.garment_type("jumpsuit"),
        D.sleeve_length("sleeveless"),
        D.wearing(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "suspenders neckline. The romper is long. The lady wears a sleeveless romper with pure color patterns. The "
            "romper",
            "loop",
            hit_limit=True,
        ),
        D.description("a black jumpsuit with pockets and a belt and a gold necklace", "unsupported"),
        D.material("the material of the jumpsuit is the material", "restated"),
        gender=W,
        title="Women Black Solid Halter Neck Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # yellow floral sleeveless fit-and-flare dress under an open blue denim jacket
    case(
        "X199-026",
        caption("a woman in a yellow dress and a denim jacket"),
        D.color("blue", "other_garment_color"),
        D.pattern("floral"),
        D.wearing("a blue dress and a blue jacket", "contradiction"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. The "
            "neckline of the jacket is lapel. The lady wears a sleeveless dress with floral patterns. The dress is "
            "with chiffon",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton Question: What is the pattern of the garment? Answer: floral", "leak"),
        gender=W,
        title="Women Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
    # off-white open crochet shrug over a beige tank, light blue jeans
    case(
        "X199-027",
        caption("a woman wearing a cream crochet cardigan"),
        D.color("white"),
        D.garment_type("cardigan"),
        D.wearing("a cream cardigan and jeans"),
        D.material("cotton"),
        D.details(
            "The cardigan has long sleeves, knitting fabric and lattice patterns. The cardigan is open. The lady wears "
            "a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Women Off White Cotton Crochet Shrug",
        category="Shrug",
        color="Off White",
    ),
    # blue button-front denim A-line midi skirt, white t-shirt tucked in
    case(
        "X199-028",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The skirt the gentleman wears is of long length. The skirt is with denim",
            "pronoun",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("blue"),
        D.details("buttons down the front"),
        color_skirt("white", "other_garment_color"),
        gender=W,
        title="Women Blue Denim A-Line Midi Skirt",
        category="Skirts",
        color="Blue",
    ),
    # lavender-and-white tie-dye sweatshirt with matching joggers
    case(
        "X199-029",
        caption("a woman in a purple and white tie dye sweatshirt and pants"),
        D.pattern("tie and dye"),
        D.garment_type("sweatshirt", "contradiction"),
        D.wearing(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and color block patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.description("a sweatshirt and matching pants"),
        title="Women Lavender & White Tie-Dye Sweatshirt & Joggers Co-Ord Set",
        category="Co-Ords",
        color="Lavender",
    ),
    # black boxy crop t-shirt with white "NEW YORK" chest print, olive cargo pants
    case(
        "X199-030",
        caption("a woman wearing a black t-shirt that says new york"),
        D.pattern("graphic"),
        D.color("white", "contradiction"),
        D.wearing("he is wearing a black t-shirt and green pants", "pronoun"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants "
            "the lady wears is of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.description("a black t-shirt with white letters"),
        D.material("the material of the t-shirt", "restated"),
        gender=W,
        title="Women Black Graphic Printed Boxy Crop T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # white long-sleeve off-shoulder bardot top, blue jeans, bangle on wrist
    case(
        "X199-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long pants. The pants are with denim fabric and solid color patterns. There is an accessory on "
            "her wrist. There",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.garment_type("top"),
        D.wearing("a white top Question: What is the color of the jeans? Answer: blue", "leak"),
        title="Women White Solid Bardot Top",
        category="Tops",
        color="White",
    ),
    # navy-and-white horizontal-striped short-sleeve t-shirt dress, knee length
    case(
        "X199-032",
        caption("a woman wearing a blue and white striped dress"),
        D.wearing("a blue and white striped shirt", "contradiction"),
        D.pattern("solid", "contradiction"),
        D.color("navy blue"),
        D.description(
            "The dress has short sleeves, cotton fabric and stripe patterns. It has a round neckline. The dress is of "
            "medium length. The dress has short sleeves, cotton fabric and stripe patterns. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=W,
        title="Women Navy Blue & White Striped T-shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # sea-green sleeveless fitted crop top, black high-waist trousers
    case(
        "X199-033",
        caption("a woman in a green crop top and black pants"),
        D.color("black", "other_garment_color"),
        D.wearing("green top and black pants"),
        D.details("", "non_answer"),
        D.description(
            "The tank shirt has no sleeves, cotton fabric and pure color patterns. The tank shirt has no sleeves, "
            "cotton fabric and pure color patterns. The tank shirt has no sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        gender=W,
        title="Women Sea Green Solid Fitted Crop Top",
        category="Tops",
        color="Sea Green",
    ),
    # red-and-black checked flannel shirt worn open over a white tee, blue jeans
    case(
        "X199-034",
        caption("a woman wearing a red plaid shirt over a white t-shirt"),
        D.pattern("checked"),
        D.color("white", "other_garment_color"),
        color_shirt("red"),
        D.details(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The neckline "
            "of the shirt is lapel. The shirt is open. The lady wears a short-sleeve T-shirt with pure color "
            "patterns. The T",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt, a white t-shirt and blue jeans"),
        gender=W,
        title="Women Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # beige blazer and matching straight trousers, white camisole underneath
    case(
        "X199-035",
        caption("a woman in a beige suit standing in front of a wall"),
        D.garment_type("co-ord set"),
        D.color("beige"),
        D.wearing("he is wearing a tan suit", "pronoun"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "neckline of the jacket is lapel. The lady wears a long-sleeve jacket with pure color patterns. The jacket "
            "is with cotton",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Beige Solid Blazer & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Beige",
    ),
    # black one-shoulder bodycon mini dress, silver clutch in hand, ring
    case(
        "X199-036",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress is "
            "of short length. There is a ring on her finger. There is an accessory in her hand. She wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.sleeve_length("sleeveless"),
        D.wearing("black dress"),
        D.material("black", "non_answer"),
        gender=W,
        title="Women Black One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # pink satin pleated midi skirt, white t-shirt tucked in
    case(
        "X199-037",
        caption("a woman in a pink t-shirt and a pink skirt", "contradiction"),
        D.material("satin"),
        D.color("pink"),
        D.wearing("a white shirt and a pink skirt. Question: What is the color of the skirt? Answer: pink", "leak"),
        D.details(
            "The skirt is with chiffon fabric and pure color patterns. The skirt the lady wears is of long length. The "
            "lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a "
            "round",
            "cut",
            hit_limit=True,
        ),
        D.pattern("solid"),
        gender=W,
        title="Women Pink Satin Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # brown faux-leather high-waist shorts, cream long-sleeve knit top tucked in
    case(
        "X199-038",
        caption("a woman wearing a white sweater and brown leather shorts"),
        D.wearing("brown shorts with a gold buckle belt and a white sweater", "unsupported"),
        D.material("leather"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.description(
            "The shorts are with leather fabric and solid color patterns. The shorts the lady wears is of short "
            "length. The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Women Brown Faux Leather High-Rise Shorts",
        category="Shorts",
        color="Brown",
    ),
    # black sheer longline long-sleeve shrug over a red sleeveless bodycon dress
    case(
        "X199-039",
        caption("a woman in a red dress and a black cardigan"),
        D.color("red", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.wearing("she is wearing a red dress and a black shrug"),
        D.material("i don't know", "non_answer"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The dress has no sleeves, cotton fabric and pure color patterns. The dress is of short length. The lady "
            "wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. The cardigan "
            "is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Women Black Sheer Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # black lace corset top with thin straps, blue high-waist jeans
    case(
        "X199-040",
        caption("a woman in a black lace top and jeans"),
        D.color("black"),
        D.wearing("a black bra and jeans", "contradiction"),
        D.description(
            "The tank shirt has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. The "
            "pants the lady wears is of long length. The pants are with denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        D.material("lace"),
        gender=W,
        title="Women Black Lace Corset Top",
        category="Tops",
        color="Black",
    ),
    # short-sleeve resort shirt, pink and green flowers on a blue ground, white shorts
    case(
        "X199-041",
        caption("a woman wearing a floral shirt and white shorts"),
        D.color("multi"),
        D.pattern("floral"),
        color_shirt("white", "other_garment_color"),
        D.wearing("he is wearing a floral shirt and white shorts", "pronoun"),
        D.details(
            "The shirt has short sleeves, chiffon fabric and floral patterns. The neckline of the shirt is lapel. The "
            "shirt has short sleeves, chiffon fabric and floral patterns. The neckline of the shirt is lapel. The",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Multicoloured Floral Print Resort Shirt",
        category="Shirts",
        color="Multi",
    ),
    # light grey mom-fit high-rise jeans, black sleeveless crop top
    case(
        "X199-042",
        caption("a woman in a black top and black jeans", "contradiction"),
        D.color("grey"),
        D.garment_type("jeans"),
        color_jeans("grey"),
        D.description("jeans", "non_answer"),
        D.wearing(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric. It "
            "has a round neckline. The pants the lady wears is of long length. The pants are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.details("Question: What are the details of the garment? Answer: the jeans have a high waist", "leak"),
        title="Women Grey Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Grey",
    ),
    # solid burgundy rib-knit long-sleeve bodycon midi dress, ring on finger
    case(
        "X199-043",
        caption("a woman in a maroon dress posing for a photo"),
        D.color("maroon"),
        D.sleeve_length("long sleeves"),
        D.description("a dark red dress with long sleeves"),
        D.wearing("she is wearing a long red dress and a red hat", "unsupported"),
        D.details(
            "The dress has long sleeves, knitting fabric and stripe patterns. It has a round neckline. The dress is of "
            "long length. There is a ring on her finger. The dress has long",
            "contradiction",
            hit_limit=True,
        ),
        gender=W,
        title="Women Burgundy Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # black-and-white houndstooth blazer over a black turtleneck, black trousers
    case(
        "X199-044",
        caption(
            "The lady wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. The neckline "
            "of the jacket is lapel. The lady wears a long-sleeve sweater with pure color patterns. The sweater is "
            "with knitting",
            "cut",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("black"),
        D.wearing("a black and white jacket and a black turtleneck"),
        D.description("it is a jacket", "non_answer"),
        color_jacket(
            "black and white and black and white and black and white and black and white and black and white and "
            "black and white and black",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Black & White Houndstooth Checked Blazer",
        category="Blazers",
        color="Black",
    ),
    # sage-green ribbed short-sleeve crop top and matching midi skirt
    case(
        "X199-045",
        caption("a woman in a green crop top and matching skirt"),
        D.garment_type("co-ord set"),
        D.color("green"),
        D.wearing("he is wearing a green top and a green skirt", "pronoun"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric. It "
            "has a round neckline. The skirt the lady wears is of long length. The skirt is with knitting fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("Answer: cotton", "leak"),
        gender=W,
        title="Women Sage Green Ribbed Crop Top & Skirt Co-Ord Set",
        category="Co-Ords",
        color="Green",
    ),
    # black playsuit with small red and white flowers, short flutter sleeves, tie belt, no hat
    case(
        "X199-046",
        caption("a woman in a black floral romper"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.garment_type("playsuit"),
        D.wearing(
            "The lady wears a short-sleeve romper with floral patterns. The romper is with chiffon fabric. It has a "
            "v-shape neckline. The romper is short. There is a belt in the clothes. There is a hat on her head. The",
            "unsupported",
            hit_limit=True,
        ),
        D.details("small red flowers"),
        title="Women Black Floral Print Playsuit",
        category="Playsuit",
        color="Black",
    ),
]
