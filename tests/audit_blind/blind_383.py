"""BLIND_383 (46 products; kids' fast-fashion basics, nightwear, outerwear and school uniforms): written blind in the
forty-fifth session. Measured blind at 8d466c7 (the session's rules as they stood): 96/122 failures found (78.7%) and
9/150 correct texts flagged (6.0%). The writer's notes, verbatim:

Scenario: the English feed of a global fast-fashion site's kids' department: boys' and girls' t-shirts,
sweatshirts, hoodies, dresses, leggings, jeans, joggers, shorts, pyjama sets, jackets and school uniforms (polos,
blouses, pinafores, trousers, check skirts and dresses). Photos are flat-lays on white, grey or wooden floors, or
child models in a studio, some with a coloured wall or a prop (a Christmas tree, a sunflower, a bed). Each row has
the seller's title, category, color and gender (Boys, Girls, Unisex); one row misses the gender and one the color.
Seller colors are free-form (Navy, Heather Grey, Ecru, Khaki, Dusty Pink, Mint, Lilac, Burgundy, Dark Wash...).

Who wrote what: every caption comes from the caption-only LoRA adapter (DeepFashion template: "The upper clothing
has ...", "The lady wears ...", "This gentleman wears ..."); it has no end token, so every caption runs to the
50-token limit (hit_limit=True) and is either cut mid-sentence or starts the template again. The open questions
(wearing, description, details, material) come from the untuned base Salesforce/blip2-opt-2.7b: short, lowercase,
it stops on its own (never hit_limit). The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece colors color_top/color_pants/color_shorts/color_skirt/color_jeans) are enrich's `--engine reference`
answers picked from candidate sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One kind per text: the first wrong thing a reader meets, reading left to right. An adapter caption that is wrong
  before it is cut or loops (an accessory on the wrist of a flat-lay, a lower garment invented for a lone
  sweatshirt, "pure color" for camouflage, "The lady" for a boy) takes that kind; hit_limit is kept.
- Adapter captions that repeat the template's first sentence are loop; those that stop mid-sentence without
  repeating are cut. For a 2-pack, a second sentence describing the second piece is not a repeat (X383-020 is cut);
  an exact repeat for two identical-pattern pieces is still loop (X383-043), since the reader cannot tell.
- Two adapter captions happen to end on a full stop at the 50-token limit (X383-027, X383-036): they read complete
  and are right, so they are correct with hit_limit=True.
- The adapter's fabric words are DeepFashion's coarse classes: "cotton" is its catch-all for jersey, fleece, woven,
  velvet and shell fabrics and is not counted wrong; "chiffon" for tulle, "knitting" for a knit cardigan, "furry"
  for a faux-fur hooded jacket and "leather" for faux leather are correct. "sweater" for a sweatshirt or hoodie,
  "outer clothing" for a jacket, "three-point length" for shorts, "lattice" for check or gingham are correct.
  "The lady" for a girl and "This gentleman" for a boy are the template's words and correct.
- Shade words are correct: blue for navy, dark wash or mid blue; grey for heather grey or grey marl; white for ecru
  or cream; beige for khaki; green for olive, mint or khaki camo; purple for lilac or lavender; red for burgundy;
  pink for dusty pink. "black" for grey school trousers and "purple" for burgundy are contradiction.
- Garment synonyms are correct: pajamas for a pyjama set, sweatpants or pants for joggers, dress for a pinafore,
  raincoat or coat for a rain or padded jacket, blouse/shirt, jean shorts, hoodie/sweatshirt where it has a hood.
  Skinny jeans or joggers called leggings, shorts called pants, a dress called a shirt, a 2-pack answered "a pair
  of ...", a 3-pack answered "a white t-shirt", "striped" for pleats or gingham are contradiction.
- An open answer that gives the second garment the product's color ("a pink sweatshirt and pink jeans", the base
  model's one color for every garment) is contradiction; a per-piece closed color that is another piece's color
  (color_pants "grey" under a grey hoodie, color_skirt "white" under a white tee) is other_garment_color.
- A color that belongs to another garment in the photo (the tee under the jacket, the jeans with the hoodie, the
  sweatshirt above pink joggers even where the print shares that color) is other_garment_color. A color of the print,
  trim, accent panel or wall given as the garment's color is contradiction. "long" sleeves for a sleeveless pinafore
  worn over a long-sleeved blouse is contradiction (a sleeve length, not a color).
- For a multi-colour product (tie-dye, 3-pack, seller color Multi) one of its own colors or "multicolor" is correct.
- Materials: one the title names (fleece, velvet, tulle, denim, jersey, faux leather as "leather") or a plausible
  visible guess (cotton for a tee, nylon for a puffer, polyester for school trousers) is correct; "sequins" for a tee
  with a sequin heart is correct (visible on the garment). Linen, leather for a nylon bomber, cotton for a shiny
  waterproof shell are unsupported. A color or the garment's name given for the material is restated ("black
  joggers", "a purple hoodie", "the dress is made of a material"); a pattern given for it ("tie dye"), "it is made of
  fabric", an empty answer, and a photo description for the details question are non_answer.
- Invented details (ripped knees, a chest logo on a plain polo, a bow, studs, "1987" for "87") are unsupported.
- "he", "boy" for a girl and "she", "girl" for a boy are pronoun; a base answer that runs on into "Question: ...
  Answer: ..." is leak even where its start is right; a base answer that stops on "it is made of" is cut (no
  hit_limit); a base answer that repeats its own list is loop (no hit_limit).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")

BLIND_383 = [
    # photo: flat-lay on white of a boys' navy short-sleeve crew-neck t-shirt with a big orange dinosaur print.
    # caption: adapter
    case(
        "X383-001",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The "
            "upper clothing has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The upper",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with a dinosaur on it", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.description("a navy blue t-shirt with an orange dinosaur"),
        title="Boys Navy Dinosaur Graphic T-Shirt",
        category="Boys T-Shirts",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl in a dusty pink crew sweatshirt with a white "SUNSHINE" slogan, light blue jeans, white wall.
    # caption: adapter
    case(
        "X383-002",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink sweatshirt and pink jeans", "contradiction"),
        D.color("white", "contradiction"),
        D.details("it says sunshine"),
        D.material("cotton"),
        title="Girls Dusty Pink Sunshine Slogan Sweatshirt",
        category="Girls Sweatshirts",
        color="Dusty Pink",
        gender="Girls",
    ),
    # photo: boy in a heather grey fleece pullover hoodie with a kangaroo pocket, black joggers, grey studio backdrop.
    # caption: adapter
    case(
        "X383-003",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is in long length. The pants are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        D.garment_type("hoodie"),
        D.color("grey"),
        color_pants("grey", "other_garment_color"),
        D.description("a grey hoodie with a pocket in the front"),
        title="Boys Heather Grey Fleece Hoodie",
        category="Boys Hoodies",
        color="Heather Grey",
        gender="Boys",
    ),
    # photo: flat-lay on a pale wooden floor of a girls' sleeveless cream sundress with small blue flowers; no person,
    # no accessory.
    # caption: adapter
    case(
        "X383-004",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with floral patterns. "
            "The dress",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a white dress with blue flowers"),
        D.color("white"),
        D.pattern("floral"),
        D.material("linen", "unsupported"),
        title="Girls Cream Floral Cotton Sundress",
        category="Girls Dresses",
        color="Cream",
        gender="Girls",
    ),
    # photo: boy cropped from the waist down in light-wash slim jeans (no rips) and white sneakers, white backdrop.
    # caption: adapter
    case(
        "X383-005",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has pure color patterns. The lower clothing is "
            "of long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("jeans Question: what shoes is the boy wearing? Answer: white sneakers", "leak"),
        D.color("blue"),
        D.details("ripped knees", "unsupported"),
        D.material("denim"),
        title="Boys Light Wash Slim Fit Jeans",
        category="Boys Jeans",
        color="Light Denim",
        gender="Boys",
    ),
    # photo: flat-lay on grey of a pair of girls' plain black leggings.
    # caption: adapter
    case(
        "X383-006",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady "
            "wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a round",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("black leggings"),
        D.color("black"),
        D.material("it is made of", "cut"),
        title="Girls Black Cotton Stretch Leggings",
        category="Girls Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a plain white t-shirt and khaki cargo shorts with side pockets, a potted plant beside him.
    # caption: adapter
    case(
        "X383-007",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is in three-point length. The pants are with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        color_shorts("beige"),
        D.details("pockets on the side and a belt", "unsupported"),
        title="Boys Khaki Cargo Shorts",
        category="Boys Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: flat-lay of a girls' lilac pyjama set: short-sleeve top with a unicorn print, lilac shorts with white
    # stars.
    # caption: adapter
    case(
        "X383-008",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has graphic patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pajamas"),
        color_top("purple"),
        color_shorts("white", "contradiction"),
        D.description("a purple pajama set with a unicorn on it"),
        D.details("unicorn and stars"),
        title="Girls Lilac Unicorn Short Pyjama Set",
        category="Girls Nightwear",
        color="Lilac",
        gender="Girls",
    ),
    # photo: flat-lay on white of a plain white short-sleeve school polo shirt, no logo.
    # caption: adapter
    case(
        "X383-009",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("white"),
        D.description("a white polo shirt with a logo on the chest", "unsupported"),
        D.details("the details of the shirt", "non_answer"),
        D.material("cotton"),
        title="Boys White School Polo Shirt",
        category="School Uniform",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a grey pleated sleeveless pinafore dress over a white long-sleeve blouse, white socks, a green
    # chalkboard behind her.
    # caption: adapter
    case(
        "X383-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey dress and a white shirt"),
        D.garment_type("dress"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long", "contradiction"),
        D.description("a grey pinafore with pleats"),
        title="Girls Grey Pleated School Pinafore",
        category="School Uniform",
        color="Grey",
        gender="Girls",
    ),
    # photo: boy in an open red hooded puffer jacket over a navy hoodie, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X383-011",
        caption(
            "This gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a standing neckline. The pants this gentleman wears is in long length. The pants "
            "are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red jacket and red jeans", "contradiction"),
        D.garment_type("jacket"),
        D.color("red"),
        D.description("a red puffer jacket with a hood"),
        D.material("nylon"),
        title="Boys Red Hooded Padded Puffer Jacket",
        category="Boys Jackets & Coats",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a light blue denim jacket worn open over a pink floral dress, park-like painted backdrop.
    # caption: adapter
    case(
        "X383-012",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with denim "
            "fabric. It has a lapel neckline. The lady wears a short-sleeve dress with floral patterns. The dress is "
            "with chiffon",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a pink dress"),
        D.garment_type("jacket"),
        D.color("pink", "other_garment_color"),
        D.description("a blue denim jacket with a fur collar", "unsupported"),
        D.material("denim"),
        title="Girls Mid Blue Denim Jacket",
        category="Girls Jackets & Coats",
        color="Mid Blue",
        gender="Girls",
    ),
    # photo: flat-lay of boys' black joggers with a white stripe down each side, drawstring waist, cuffed hems.
    # caption: adapter
    case(
        "X383-013",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has striped patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has striped patterns. The lower clothing is of "
            "long",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("leggings", "contradiction"),
        D.color("black"),
        D.description("black sweatpants with a white stripe down the side"),
        D.details("white stripe on the side and a drawstring"),
        D.material("black joggers", "restated"),
        title="Boys Black Side Stripe Joggers",
        category="Boys Joggers",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a yellow t-shirt with a rainbow print and blue denim shorts, light blue backdrop.
    # caption: adapter
    case(
        "X383-014",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and blue shorts"),
        D.color("yellow"),
        color_shorts("yellow", "other_garment_color"),
        D.sleeve_length("short"),
        D.description("he is wearing a yellow shirt with a rainbow on it", "pronoun"),
        D.details("rainbow"),
        title="Girls Yellow Rainbow Print T-Shirt",
        category="Girls T-Shirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat-lay of a boys' olive bomber jacket, zip half open showing an orange lining, ribbed cuffs.
    # caption: adapter
    case(
        "X383-015",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a standing neckline. "
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a standing neckline",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("green"),
        D.description("a green jacket with a hood", "unsupported"),
        D.details("zipper, pockets and ribbed cuffs"),
        D.material("leather", "unsupported"),
        title="Boys Olive Bomber Jacket",
        category="Boys Jackets & Coats",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a red and navy check pleated school skirt, white polo shirt, navy V-neck knit cardigan.
    # caption: adapter
    case(
        "X383-016",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The lower clothing is of medium short length. The fabric is cotton and it has "
            "lattice",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red plaid skirt, a white shirt and a blue sweater"),
        D.color("red"),
        D.pattern("plaid"),
        D.description("a plaid skirt with pleats"),
        D.details("pleats Question: what is the girl wearing? Answer: a school uniform", "leak"),
        title="Girls Red Check Pleated School Skirt",
        category="School Uniform",
        color="Red Check",
        gender="Girls",
    ),
    # photo: flat-lay of three kids' crew-neck t-shirts side by side: white, grey marl, navy.
    # caption: adapter
    case(
        "X383-017",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
            "upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("multicolor"),
        D.description("a white t-shirt, a gray t-shirt and a blue t-shirt"),
        title="Kids Basic Crew Neck T-Shirts 3 Pack",
        category="Kids T-Shirts",
        color="Multi",
        gender="Unisex",
    ),
    # photo: girl in a long-sleeve burgundy velvet party dress, front view, no bow or belt, a lit Christmas tree
    # behind her.
    # caption: adapter
    case(
        "X383-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red velvet dress"),
        D.color("red"),
        D.description("a red dress in front of a christmas tree"),
        D.details("a bow at the waist", "unsupported"),
        D.material("velvet"),
        title="Girls Burgundy Velvet Party Dress",
        category="Girls Dresses",
        color="Burgundy",
        gender="Girls",
    ),
    # photo: boy in a white t-shirt with a black "GAME ON" print and a gamepad, grey joggers, bright yellow wall.
    # caption: adapter
    case(
        "X383-019",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is in long length. The pants are with cotton "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and grey pants"),
        D.color("yellow", "contradiction"),
        color_pants("grey"),
        D.description("a boy in a white shirt standing in front of a yellow wall"),
        D.details("a video game controller and the words game over", "unsupported"),
        title="Boys White Game On Gamer Graphic T-Shirt",
        category="Boys T-Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of a girls' 2-pack of leggings: one navy with small pink flowers, one plain pink.
    # caption: adapter
    case(
        "X383-020",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has floral patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The lower",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("leggings"),
        D.color("blue"),
        D.pattern("floral"),
        D.description("two pairs of leggings, one with flowers and one pink"),
        title="Girls 2 Pack Floral and Plain Leggings",
        category="Girls Leggings",
        color="Navy/Pink",
        gender="Girls",
    ),
    # photo: flat-lay of boys' mid grey slim school trousers with belt loops and slant pockets.
    # caption: adapter
    case(
        "X383-021",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The lower clothing is "
            "of long",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("black", "contradiction"),
        D.description("a pair of grey pants"),
        D.details("belt loops and a belt", "unsupported"),
        D.material("polyester"),
        title="Boys Grey Slim Leg School Trousers",
        category="School Uniform",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a white long-sleeve school blouse with a rounded Peter Pan collar, tucked into a navy skirt.
    # caption: adapter
    case(
        "X383-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lower clothing is of medium short length. The fabric is cotton and it has pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white shirt and a blue skirt", "pronoun"),
        D.color("white"),
        color_skirt("blue"),
        D.description("a white blouse tucked into a skirt"),
        D.details("a round collar"),
        D.material("it is made of fabric", "non_answer"),
        title="Girls White Peter Pan Collar School Blouse",
        category="School Uniform",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of boys' khaki-green camouflage print shorts with an elastic waist.
    # caption: adapter
    case(
        "X383-023",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pair of green camouflage pants", "contradiction"),
        D.color("green"),
        D.pattern("camouflage"),
        D.details("camouflage print and an elastic waist"),
        title="Boys Camo Print Pull-On Shorts",
        category="Boys Shorts",
        color="Khaki Camo",
        gender="Boys",
    ),
    # photo: girl in an open lavender zip-through hoodie with white drawstrings over a white t-shirt, black
    # leggings, plain studio.
    # caption: adapter
    case(
        "X383-024",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple hoodie and purple leggings", "contradiction"),
        D.color("purple"),
        D.description("a purple hoodie with a zipper and a white shirt underneath"),
        D.details("zipper, drawstrings and pockets"),
        D.material("a purple hoodie", "restated"),
        title="Girls Lavender Zip Through Hoodie",
        category="Girls Hoodies",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a blue and white striped long-sleeve t-shirt and beige chinos, white backdrop.
    # caption: adapter
    case(
        "X383-025",
        caption(
            "This gentleman wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this gentleman wears is in long length. The pants are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and khaki pants"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("short", "contradiction"),
        D.description("a blue and white striped shirt with a pocket", "unsupported"),
        title="Boys Blue Stripe Long Sleeve T-Shirt",
        category="Boys T-Shirts",
        color="Blue/White Stripe",
        gender="Boys",
    ),
    # photo: flat-lay of a girls' sleeveless pink tutu dress: sequinned bodice, layered tulle skirt.
    # caption: adapter
    case(
        "X383-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        D.sleeve_length("short", "contradiction"),
        D.description("a pink tutu dress with sequins"),
        D.details("sequins on the top and a tulle skirt Question: what color is the dress? Answer: pink", "leak"),
        D.material("tulle"),
        title="Girls Pink Sequin Tulle Tutu Dress",
        category="Girls Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay of a boys' pyjama set: navy long-sleeve top with rockets and stars, grey marl bottoms with
    # navy cuffs.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X383-027",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            hit_limit=True,
        ),
        D.garment_type("pajamas"),
        color_top("blue"),
        color_pants("blue", "other_garment_color"),
        D.description("a blue pajama set with rockets"),
        D.details("rockets and stars"),
        D.material("cotton"),
        title="Boys Navy Rocket Long Pyjama Set",
        category="Boys Nightwear",
        color="Navy/Grey",
        gender="Boys",
    ),
    # photo: girl in a plain white t-shirt and mid-wash denim shorts with embroidered flowers on the pockets, pink
    # backdrop.
    # caption: adapter
    case(
        "X383-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lower clothing is of three-point length. The fabric is denim and it has floral",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and jean shorts"),
        D.garment_type("shorts"),
        D.color("blue"),
        D.description("a pair of white shorts", "other_garment_color"),
        D.details("embroidered flowers on the pockets"),
        D.material("denim"),
        title="Girls Mid Wash Embroidered Denim Shorts",
        category="Girls Shorts",
        color="Mid Wash",
        gender="Girls",
    ),
    # photo: boy in a black zip-up hoodie with neon green dinosaur spikes along the hood, over a black tee, grey
    # backdrop.
    # caption: adapter
    case(
        "X383-029",
        caption(
            "This gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. This gentleman wears a long-sleeve sweater with graphic patterns. The sweater is "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black hoodie"),
        D.garment_type("hoodie"),
        D.color("green", "contradiction"),
        D.description("a black hoodie with green spikes on the hood"),
        D.details("dinosaur spikes"),
        title="Boys Black Dino Spike Zip Hoodie",
        category="Boys Hoodies",
        color="Black",
        gender="Boys",
    ),
    # photo: flat-lay of a girls' ecru crew sweatshirt with a brown teddy bear applique on the front.
    # caption: adapter
    case(
        "X383-030",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The upper",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a sweater with a teddy bear on it Question: what color is the teddy bear? Answer: brown",
            "leak",
        ),
        D.color("white"),
        D.description("a white sweatshirt with a brown teddy bear"),
        D.details("a teddy bear holding a heart", "unsupported"),
        D.material("cotton"),
        title="Girls Ecru Teddy Bear Applique Sweatshirt",
        category="Girls Sweatshirts",
        color="Ecru",
        gender="Girls",
    ),
    # photo: boy in a black faux leather biker jacket (zips, no studs) over a white hoodie, blue jeans, grey backdrop.
    # caption: adapter
    case(
        "X383-031",
        caption(
            "This gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "leather fabric. It has a lapel neckline. This gentleman wears a long-sleeve sweater with pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and a white hoodie"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.details("zippers and studs", "unsupported"),
        D.material("leather"),
        title="Boys Black Faux Leather Biker Jacket",
        category="Boys Jackets & Coats",
        color="Black",
        gender="Boys",
    ),
    # photo: flat-lay of a girls' pink, blue and purple tie-dye short-sleeve t-shirt.
    # caption: adapter
    case(
        "X383-032",
        caption(
            "The upper clothing has short sleeves, cotton fabric and color block patterns. It has a round neckline. "
            "The upper clothing has short sleeves, cotton fabric and color block patterns. It has a round neckline",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("pink"),
        D.pattern("tie dye"),
        D.description("a tie dye t-shirt with a peace sign", "unsupported"),
        D.material("tie dye", "non_answer"),
        title="Girls Tie Dye T-Shirt",
        category="Girls T-Shirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a red pullover hoodie and dark wash straight jeans, blue backdrop.
    # caption: adapter
    case(
        "X383-033",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is in long length. The pants are with denim "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red hoodie and jeans"),
        D.color("blue"),
        color_jeans("red", "other_garment_color"),
        D.details("the jeans are blue", "non_answer"),
        D.material("denim"),
        title="Boys Dark Wash Straight Leg Jeans",
        category="Boys Jeans",
        color="Dark Wash",
        gender="Boys",
    ),
    # photo: girl in a yellow and white gingham dress with short puff sleeves and a square neck, holding a
    # sunflower; no bracelet or watch.
    # caption: adapter
    case(
        "X383-034",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with lattice "
            "patterns",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a yellow and white checkered dress"),
        D.color("yellow"),
        D.pattern("plaid"),
        D.description("a yellow dress with a white collar", "unsupported"),
        D.details("a little girl holding a sunflower", "non_answer"),
        title="Girls Yellow Gingham Puff Sleeve Dress",
        category="Girls Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat-lay of a boys' grey marl crew sweatshirt with a navy varsity "BROOKLYN 87" print; nothing else.
    # caption: adapter
    case(
        "X383-035",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a crew neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an",
            "unsupported",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.description("a grey sweatshirt with brooklyn 87 on it"),
        D.details("brooklyn 1987", "unsupported"),
        title="Boys Brooklyn Varsity Sweatshirt",
        category="Boys Sweatshirts",
        gender="Boys",
    ),
    # photo: girl sitting on a bed with a pillow, in a pink long-sleeve pyjama top with a "sleepy head" slogan and
    # white bottoms with pink hearts.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X383-036",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lower clothing is of long length. The fabric is cotton and it has graphic patterns.",
            hit_limit=True,
        ),
        D.wearing("pink pajamas Question: where is the girl sitting? Answer: on a bed", "leak"),
        color_top("pink"),
        color_pants("white"),
        D.description("a little boy in pink pajamas sitting on a bed", "pronoun"),
        D.details("it says sleepy head"),
        title="Girls Pink Sleepy Head Heart Pyjama Set",
        category="Girls Nightwear",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay of a kids' shiny yellow waterproof hooded rain jacket with a zip and press-stud placket.
    # caption: adapter
    case(
        "X383-037",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a standing neckline. "
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a standing",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("yellow"),
        D.description("a yellow raincoat with a hood and boots", "unsupported"),
        D.details("a zipper and a hood"),
        D.material("cotton", "unsupported"),
        title="Kids Yellow Waterproof Rain Jacket",
        category="Kids Jackets & Coats",
        color="Yellow",
    ),
    # photo: girl on a white stool in a plain white sweatshirt and pink joggers with a small white heart print.
    # caption: adapter
    case(
        "X383-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lower clothing is of long length. The fabric is cotton and it has graphic "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweatshirt and pink pants"),
        D.garment_type("leggings", "contradiction"),
        D.color("pink"),
        color_pants("white", "other_garment_color"),
        D.description("pink sweatpants with white hearts"),
        title="Girls Pink Heart Print Joggers",
        category="Girls Joggers",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a mint green pique polo shirt and navy shorts, white backdrop.
    # caption: adapter
    case(
        "X383-039",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is in three-point length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and blue shorts"),
        D.garment_type("polo shirt"),
        D.color("blue", "other_garment_color"),
        D.description("a light blue polo shirt", "contradiction"),
        D.material("cotton Question: what is the color of the shorts? Answer: blue", "leak"),
        title="Boys Mint Pique Polo Shirt",
        category="Boys T-Shirts & Polos",
        color="Mint",
        gender="Boys",
    ),
    # photo: girl in a blue and white gingham school summer dress with a white collar and front buttons.
    # caption: adapter
    case(
        "X383-040",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt", "contradiction"),
        D.garment_type("dress"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.details("a white collar and buttons"),
        D.material("the dress is made of a material", "restated"),
        title="Girls Blue Gingham School Summer Dress",
        category="School Uniform",
        color="Blue Check",
        gender="Girls",
    ),
    # photo: boy in a navy hooded windbreaker with neon yellow sleeve panels, grey joggers, grey backdrop.
    # caption: adapter
    case(
        "X383-041",
        caption(
            "This gentleman wears a long-sleeve outer clothing with color block patterns. The outer clothing is with "
            "cotton fabric. It has a standing neckline. The pants this gentleman wears is in long length. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and yellow jacket and grey pants"),
        D.garment_type("jacket"),
        D.color("yellow", "contradiction"),
        D.pattern("color block"),
        D.description("a navy windbreaker with yellow sleeves"),
        D.details("a hood, a zipper, a hood, a zipper, a hood, a zipper", "loop"),
        title="Boys Navy Colour Block Windbreaker",
        category="Boys Jackets & Coats",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl in a white t-shirt with a pink and silver flip-sequin heart, a blue denim mini skirt.
    # caption: adapter
    case(
        "X383-042",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lower clothing is of short length. The fabric is denim and it has pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt with a pink heart and a jean skirt"),
        D.color("white"),
        color_skirt("white", "other_garment_color"),
        D.description("a white shirt with a heart made of sequins"),
        D.material("sequins"),
        title="Girls White Flip Sequin Heart T-Shirt",
        category="Girls T-Shirts",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of a boys' 2-pack of plain jersey shorts, one navy and one grey, side by side.
    # caption: adapter
    case(
        "X383-043",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("two pairs of shorts"),
        D.garment_type("shorts"),
        D.color("blue"),
        D.description("a pair of navy shorts", "contradiction"),
        D.material("jersey"),
        title="Boys 2 Pack Jersey Shorts",
        category="Boys Shorts",
        color="Navy/Grey",
        gender="Boys",
    ),
    # photo: girl in a pink pullover hoodie and black skinny jeans, white backdrop.
    # caption: adapter
    case(
        "X383-044",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lower clothing is of long length. The fabric is denim and it has pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink hoodie and black jeans"),
        D.garment_type("leggings", "contradiction"),
        D.color("black"),
        color_jeans("pink", "other_garment_color"),
        D.details("the jeans have", "cut"),
        title="Girls Black Skinny Jeans",
        category="Girls Jeans",
        color="Black",
        gender="Girls",
    ),
    # photo: boy with shoulder-length hair in a burgundy crew sweatshirt and blue jeans, plain studio.
    # caption: adapter
    case(
        "X383-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lower clothing is of long length. The fabric is denim and it has pure color",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a red sweatshirt and jeans"),
        D.garment_type("sweatshirt"),
        D.color("purple", "contradiction"),
        D.description("a little girl wearing a red sweatshirt", "pronoun"),
        D.material("the sweatshirt is made of", "cut"),
        title="Boys Burgundy Crew Neck Sweatshirt",
        category="Boys Sweatshirts",
        color="Burgundy",
        gender="Boys",
    ),
    # photo: flat-lay of a girls' lilac padded jacket with a faux fur trimmed hood.
    # caption: adapter
    case(
        "X383-046",
        caption(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. It has a standing neckline. "
            "The upper clothing has long sleeves, furry fabric and pure color patterns. It has a standing neckline",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("coat"),
        D.color("purple"),
        D.description("a purple jacket with a fur hood"),
        D.material("", "non_answer"),
        title="Girls Lilac Padded Jacket with Faux Fur Hood",
        category="Girls Jackets & Coats",
        color="Lilac",
        gender="Girls",
    ),
]
