"""BLIND_176 (44 products; a mixed Myntra-style catalog of everyday wear): written blind in the thirty-sixth session.
Measured blind at adc636b: 133/143 failures found (93.0%) and 5/144 correct texts flagged (3.5%). The writer's notes,
verbatim:

Blind set 176: a mixed Myntra-style catalog of women's and men's everyday wear.

Scenario. Forty-four Myntra-style products: shirts, tops, t-shirts, jeans, trousers, skirts, dresses, kurtas,
kurta sets (kurta with trousers/palazzos/churidar and dupatta), sweaters, cardigans, jackets and coats. Most are
photographed on models who wear them with other garments (a tee under a jacket, jeans under a top, a shirt over the
trousers being sold); a few are flat packshots (B176-08, -20, -32, -41) and mannequin shots (B176-12, -37). Catalog
columns are Myntra's: gender, category (article type), color (base colour) and title. B176-19 has no title,
B176-36 no gender, B176-42 no title, B176-44 only a gender. The comment above each case describes the imagined photo;
every label is judged against that photo (and the catalog row).

Which system wrote which text.
- Base BLIP-2 OPT-2.7b (no adapter): the short lowercase captions ("a man in a navy blue checked shirt and jeans"),
  most open answers (wearing, description, details, material): short, usually right, but sometimes one color for
  every garment, invented details (pockets, ties, fur trims, linings), a wrong pronoun, the question said back,
  an empty or "i don't know" answer, and now and then a phrase loop.
- Caption LoRA adapters (epoch 1 and epoch 3): the DeepFashion-MultiModal template ("The lady wears a long-sleeve
  shirt with pure color patterns. The shirt is with cotton fabric and its neckline is lapel...") for the caption
  AND for any open question routed to them; never an end token, so every such text hit the limit (50 tokens for a
  caption, 30 for an answer): cut mid-sentence or looping back on its own sentences. "The lady" for a men's product
  is labelled pronoun.
- VQA LoRA adapter: In-shop one-word answers ("tee", "jacket", "denim", "yes") that run on to the limit, either
  repeating the word (loop) or continuing the `Question: ... Answer:` format (leak). A few `is_a` texts come from
  it too, stored as closed texts with hit_limit=True.
- Reference engine (ranks candidates): the closed questions (garment_type, color, pattern, sleeve_length) and most
  `color_of` / `is_a` texts. Never loops, never cut; its errors are a wrong candidate: another garment's color
  (the tee's white for the jeans), a backdrop color, a wrong article type, a wrong pattern or sleeve length.

Label conventions and judgement calls.
- One label per text: the failure an auditor would most plainly see. A caption-adapter text cut at the limit is
  "cut" even when its template content is also off (e.g. "dress" for a kurta); a template that starts over is
  "loop"; a men's product described as "The lady" is "pronoun" even though it also hit the limit.
- other_garment_color: the PRODUCT is given the color of another garment in the photo (open or closed), including
  "one color for every garment" answers such as "a black top and black pants" for beige trousers. When a
  non-product garment gets the product's color (color_of("shorts") = the tee's red), that is "contradiction".
  A color taken from the backdrop (yellow wall) or from the product's own print (blue flowers on an off-white
  kurta) is "contradiction" too.
- contradiction also covers a wrong article type (closed garment_type "t-shirt" for the jeans being sold, "shirt" for
  a shirt dress), a wrong pattern ("striped" for checks), a wrong sleeve length, "yes" to a wrong is_a garment or
  "no" to the right one, and a caption naming the wrong garment ("floral dress" for a kurta set).
- unsupported: invented details not in the photo (a tie, fur trim, a slit, a zipper at the neck, a lining, "100%
  organic cotton", mirror work).
- non_answer: empty, "no", "i don't know", an unfinished "it is made of", or a question asked back.
- restated: the question's own words back ("the garment is a garment", "the garment is made of a material",
  "blue jeans" as the jeans' details).
- Near colors counted correct: navy / blue for Navy Blue; red / wine for Maroon; yellow for Mustard; pink for
  Peach; white / cream for Off White; orange for Rust; green for Olive; blue for Teal; grey for Charcoal; brown
  for camel; khaki for beige chinos. Near garment names counted correct: pants for trousers/jeans/churidar,
  sweater for a cardigan, shirt for a shirt-style top or a polo, coat for a puffer/biker jacket in the template
  (In-shop "jacket/coat" is one class), palazzo pants for palazzos, scarf for a dupatta. Closed "cardigan" for a
  Myntra "Sweaters" cardigan and "top" for a "Tops" shirt-style top are correct.
- Plausible fabric answers consistent with the photo and title (cotton for a cotton kurta, denim for jeans, wool
  for a knit or an overcoat, leather for a faux-leather biker jacket, nylon for a puffer) are correct.
- A flat packshot's "What is the person wearing?" answered with the garment ("a white polo shirt") is correct;
  answered with nothing at all it is non_answer.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_176 = [
    # Man on a plain light-grey backdrop in a navy blue shirt with thin white checks, long sleeves buttoned at the
    # cuff, spread collar, one chest pocket, worn untucked over light blue jeans and white sneakers.
    case(
        "B176-01",
        caption("a man in a navy blue checked shirt and jeans standing against a grey wall"),
        D.wearing("a blue shirt and blue jeans"),
        D.color("navy blue"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a pocket on the chest and buttons down the front"),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Slim Fit Checked Casual Shirt",
    ),
    # Woman on a beige backdrop in a solid mustard yellow top with a round neck and short puff sleeves, tucked into
    # white high-waist jeans.
    case(
        "B176-02",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow top and white jeans"),
        D.description("a yellow top with puff sleeves and a round neckline"),
        D.details(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee"
            " tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of a material", "restated"),
        gender="Women",
        category="Tops",
        color="Mustard",
        title="HERE&NOW Women Mustard Yellow Solid Top",
    ),
    # Woman on a white backdrop in a maroon calf-length straight kurta with a gold zari embroidered yoke and
    # three-quarter sleeves, matching maroon trousers, and a maroon dupatta with a gold border over one shoulder.
    case(
        "B176-03",
        caption("a woman in a red kurta with gold embroidery and a matching dupatta"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: red Question: What is the color of the pants?"
            " Answer: red",
            "leak",
            hit_limit=True,
        ),
        D.color("maroon"),
        D.pattern("embroidered"),
        D.sleeve_length("three-quarter sleeves"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is round. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the kurta has gold embroidery on the neckline, sequins on the sleeves and tassels on the hem",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurta Sets",
        color="Maroon",
        title="Anouk Women Maroon Yoke Design Kurta with Trousers & Dupatta",
    ),
    # Man on a white backdrop in a black crew-neck short-sleeve t-shirt with a large white "HRX" graphic on the
    # chest, grey joggers.
    case(
        "B176-04",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is crew. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
            " There is",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and grey sweatpants"),
        D.color("black"),
        D.pattern("printed"),
        D.description("she is wearing a black t-shirt with a white logo", "pronoun"),
        D.details("the t-shirt has a white logo on the front"),
        D.material(
            "The T-shirt is with cotton fabric and its neckline is crew. The T-shirt is with cotton fabric and its"
            " neckline is crew. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # Woman on a grey backdrop in mid-blue skinny ankle-length jeans, a white round-neck t-shirt tucked in, white
    # sneakers.
    case(
        "B176-05",
        caption("a woman wearing a white t-shirt and blue jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.description("a pair of blue skinny jeans"),
        D.details("the jeans are jeans", "restated"),
        D.material("denim"),
        color_of("jeans", "blue"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Levis Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # Man on a white backdrop in a solid olive green bomber jacket (ribbed collar, cuffs and hem, front zip open, no
    # hood) over a white crew-neck tee, black jeans.
    case(
        "B176-06",
        caption("a man wearing a green bomber jacket over a white t-shirt"),
        D.wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket"
            " jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a green jacket with a zipper and ribbed cuffs"),
        D.details("the jacket has a hood and a fur lined collar", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Mast & Harbour Men Olive Green Solid Bomber Jacket",
    ),
    # Woman on a white backdrop in a solid peach sleeveless A-line knee-length dress with a V-neck and a fabric belt
    # at the waist, nude heels.
    case(
        "B176-07",
        caption(
            "The lady wears a tank dress with pure color patterns. The tank dress is with chiffon fabric. The lady"
            " wears a tank dress with pure color patterns. The tank dress is with chiffon fabric. The lady wears a"
            " tank dress with",
            "loop",
            hit_limit=True,
        ),
        D.color("peach"),
        D.description("a pink sleeveless dress with a v neck and a belt"),
        D.details("", "non_answer"),
        is_a("dress", "yes"),
        gender="Women",
        category="Dresses",
        color="Peach",
        title="Vero Moda Women Peach-Coloured Solid A-Line Dress",
    ),
    # Flat packshot on white: a white polo t-shirt, short sleeves, ribbed collar, two-button placket, a small navy
    # embroidered logo on the chest. No person, no other garment.
    case(
        "B176-08",
        caption("a white polo shirt on a white background"),
        D.wearing("a white polo shirt"),
        D.pattern("solid"),
        D.description("a white polo shirt with a blue logo on the chest and a red stripe on the collar", "unsupported"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a short",
            "pronoun",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the color of the shirt? Answer: white Question: What is the color of the shirt?"
            " Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
    ),
    # Woman on a light-grey backdrop in an off-white calf-length straight cotton kurta with a blue floral block
    # print, round neck with a keyhole, three-quarter sleeves, white leggings, kolhapuri sandals. No mirror work.
    case(
        "B176-09",
        caption("a woman in a white kurta with blue flowers"),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("a white kurta with blue floral print and three quarter sleeves"),
        D.details("the kurta has mirror work on the yoke and tassels on the sleeves", "unsupported"),
        is_a(
            "kurta",
            "yes Question: What is the color of the kurta? Answer: white Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="Biba Women Off White & Blue Floral Printed Straight Kurta",
    ),
    # Woman on an off-white backdrop in a solid rust accordion-pleated midi skirt with an elasticated waist, a black
    # fitted short-sleeve tee tucked in, black ankle boots.
    case(
        "B176-10",
        caption("a woman in a black top and an orange pleated skirt"),
        D.wearing("a black shirt and a black skirt", "other_garment_color"),
        D.garment_type("skirt"),
        D.color("black", "other_garment_color"),
        D.description(
            "skirt Question: Describe the skirt. Answer: skirt Question: Describe the skirt. Answer: skirt Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("the skirt is pleated"),
        D.material("the skirt is made of silk and has a satin lining", "unsupported"),
        gender="Women",
        category="Skirts",
        color="Rust",
        title="Mango Women Rust Solid Pleated Midi Skirt",
    ),
    # Man on a white backdrop in mid-grey flat-front formal trousers with belt loops, a white long-sleeve formal
    # shirt tucked in, a black belt, black shoes.
    case(
        "B176-11",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns. It has a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),
        D.description("he is wearing a white shirt and grey pants"),
        D.details("the trousers have belt loops and a flat front"),
        D.material("", "non_answer"),
        color_of("pants", "white", "other_garment_color"),
        gender="Men",
        category="Trousers",
        color="Grey",
        title="Allen Solly Men Grey Slim Fit Solid Formal Trousers",
    ),
    # Mannequin shot: a headless white dress form on a grey backdrop wearing a navy blue cable-knit crew-neck
    # pullover with long sleeves, ribbed cuffs and hem. Nothing else.
    case(
        "B176-12",
        caption("a blue sweater on a mannequin"),
        D.color("navy blue"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and"
            " its neckline is crew. The sweater is with knitting",
            "cut",
            hit_limit=True,
        ),
        D.details("the sweater has a cable knit pattern on the front"),
        is_a(
            "sweater",
            "yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes,",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweaters",
        color="Navy Blue",
        title="Marks & Spencer Women Navy Blue Cable Knit Pullover",
    ),
    # Woman on a blurred city street in a solid black knee-length double-breasted wool coat with notched lapels and
    # long sleeves (no belt), open over a grey roll-neck sweater and blue jeans, black boots.
    case(
        "B176-13",
        caption("a woman in a black coat walking down the street"),
        D.wearing("a black coat, grey sweater and blue jeans"),
        D.color("grey", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        D.description(
            "a black coat with a black coat with a black coat with a black coat with a black coat with a black coat"
            " with a",
            "loop",
            hit_limit=True,
        ),
        D.details("the coat has two rows of buttons and a belt", "unsupported"),
        D.material("wool"),
        gender="Women",
        category="Coats",
        color="Black",
        title="ONLY Women Black Solid Double-Breasted Longline Overcoat",
    ),
    # Man on a white backdrop in a solid mustard knee-length straight cotton kurta, mandarin collar, half-button
    # placket, long sleeves, white churidar, brown juttis.
    case(
        "B176-14",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is stand. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        D.description("a yellow kurta with a mandarin collar"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Men",
        category="Kurtas",
        color="Mustard",
        title="Fabindia Men Mustard Yellow Solid Straight Cotton Kurta",
    ),
    # Woman on a white backdrop in a light pink button-front cardigan with a V-neck and long sleeves, worn open over
    # a white camisole, blue jeans.
    case(
        "B176-15",
        caption("a woman wearing a pink cardigan and jeans"),
        D.wearing(
            "cardigan Question: What is the color of the cardigan? Answer: pink Question: What is the color of the"
            " pants?",
            "leak",
            hit_limit=True,
        ),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.description("a pink sweater with buttons"),
        D.details("it has buttons down the front and a v neck"),
        D.material("the material is made of material", "restated"),
        color_of("cardigan", "blue", "other_garment_color"),
        gender="Women",
        category="Sweaters",
        color="Pink",
        title="DressBerry Women Pink Solid Button-Front Cardigan",
    ),
    # Man on a white backdrop in black slim-fit jeans (five pockets, zip fly), a heather grey crew-neck tee, black
    # sneakers.
    case(
        "B176-16",
        caption("a man in a grey t-shirt and black jeans"),
        D.wearing("a grey shirt and grey jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("black"),
        D.description(
            "The gentleman wears a long denim pants. The pants are with denim fabric and pure color patterns. The"
            " gentleman wears a short-sleeve T-shirt with pure color",
            "cut",
            hit_limit=True,
        ),
        D.details("the jeans have a zipper fly and five pockets"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Roadster Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # Woman on a beige backdrop in a white long-sleeve shirt-style top (collar, button placket, buttoned cuffs),
    # black straight trousers.
    case(
        "B176-17",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.description("what is the color of the shirt", "non_answer"),
        D.material("cotton"),
        gender="Women",
        category="Tops",
        color="White",
        title="AND Women White Solid Shirt Style Top",
    ),
    # Man on a white backdrop in a solid maroon fine-knit V-neck pullover with long sleeves, the collar of a light
    # blue shirt showing at the neck, beige chinos.
    case(
        "B176-18",
        caption("a man wearing a red sweater and khaki pants"),
        D.wearing("a red sweater over a blue shirt and khaki pants"),
        D.color("maroon"),
        D.sleeve_length("long sleeves"),
        D.description(
            "sweater Question: What is the color of the sweater? Answer: red Question: What is the color of the"
            " pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric"
            " and its neckline is V-shape. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "blue", "other_garment_color"),
        gender="Men",
        category="Sweaters",
        color="Maroon",
        title="Van Heusen Men Maroon Solid V-Neck Pullover",
    ),
    # Woman on a white backdrop in a green cotton kurta with a white and pink floral print, round neck,
    # three-quarter sleeves, matching green printed palazzos, a white dupatta with a green border. No title.
    case(
        "B176-19",
        caption("a woman wearing a green floral dress", "contradiction"),
        D.wearing("a green kurta with palazzo pants and a white scarf"),
        D.garment_type("kurta set"),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("yes", "non_answer"),
        D.details(
            "the kurta has a round neck, three quarter sleeves and a printed border at the hem, and the palazzos have"
            " a matching print and an elastic",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurta Sets",
        color="Green",
    ),
    # Folded packshot on a grey backdrop: a white formal shirt with a stiff collar, long sleeves folded behind,
    # buttoned front, no pocket. No person, no tie.
    case(
        "B176-20",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with"
            " cotton fabric and its",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt"),
        D.pattern("solid"),
        D.description("a white dress shirt with a pocket and a red tie", "unsupported"),
        D.material("no", "non_answer"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Peter England Men White Regular Fit Solid Formal Shirt",
    ),
    # Woman on a white backdrop in a mid-blue washed denim jacket (long sleeves, button front, two flap chest
    # pockets) worn open over a white tee, black skinny jeans.
    case(
        "B176-21",
        caption("a woman in a denim jacket and black jeans"),
        D.wearing("a blue jacket, white shirt and black pants"),
        D.garment_type("jeans", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.description(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim"
            " denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.details("the jacket has two pockets on the chest and buttons"),
        is_a(
            "jacket",
            "yes Question: Is this a jacket? Answer: yes Question: Is this a jacket? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Blue",
        title="Roadster Women Blue Washed Denim Jacket",
    ),
    # Man on a dark grey studio backdrop in a solid charcoal grey knee-length single-breasted wool overcoat (notch
    # lapel, long sleeves, buttoned), a black turtleneck, grey trousers, black shoes.
    case(
        "B176-22",
        caption("a man in a grey coat and black turtleneck"),
        D.wearing("she is wearing a grey coat", "pronoun"),
        D.garment_type("coat"),
        D.color("black", "other_garment_color"),
        D.description("a long grey coat with buttons down the front"),
        D.details(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric and its"
            " neckline is lapel. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Coats",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Solid Single-Breasted Overcoat",
    ),
    # Woman on a light pink backdrop in a black and white vertically striped knee-length shirt dress (collar,
    # button placket, roll-up three-quarter sleeves, self-tie belt), white sneakers.
    case(
        "B176-23",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric and its"
            " neckline is lapel. The dress is of knee length. The lady wears a long-sleeve dress with striped"
            " patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),
        D.pattern("striped"),
        D.description("a black and white striped shirt dress with a belt"),
        D.details("i don't know", "non_answer"),
        is_a("dress", "yes"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="SASSAFRAS Women Black & White Striped Shirt Dress",
    ),
    # Man on a white backdrop in a solid red crew-neck short-sleeve tee with a small white Puma cat logo on the left
    # chest, black shorts.
    case(
        "B176-24",
        caption("a man wearing a red t-shirt and black shorts"),
        D.wearing(
            "tee Question: What is the color of the tee? Answer: red Question: What is the color of the shorts?"
            " Answer: black",
            "leak",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("solid"),
        D.description("a red shirt with a white logo on the chest"),
        D.details(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red"
            " red red red red",
            "loop",
            hit_limit=True,
        ),
        D.material("the t-shirt is made of 100% organic cotton with a moisture wicking finish", "unsupported"),
        color_of("shorts", "red", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Puma Men Red Solid Round Neck T-shirt",
    ),
    # Woman on a white backdrop in beige high-rise wide-leg trousers with front pleats and belt loops, a black
    # sleeveless fitted top tucked in, tan sandals.
    case(
        "B176-25",
        caption("a woman in a black top and beige pants"),
        D.wearing("a black top and black pants", "other_garment_color"),
        D.garment_type("trousers"),
        D.color("beige"),
        D.description(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. The lady"
            " wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.details("the pants have pleats in the front and belt loops"),
        D.material("the trousers are made of linen from italy and have a silk lining", "unsupported"),
        is_a("skirt", "yes", "contradiction"),
        gender="Women",
        category="Trousers",
        color="Beige",
        title="Marks & Spencer Women Beige Solid Wide Leg Trousers",
    ),
    # Woman on a white backdrop in a navy blue top with small white flowers, round neck, short sleeves, white jeans.
    case(
        "B176-26",
        caption("a woman in a blue floral top and white jeans"),
        D.wearing("a white top and white jeans", "other_garment_color"),
        D.pattern("floral"),
        D.description("the garment is a garment", "restated"),
        D.details(
            "blouse Question: What are the details of the garment? Answer: blouse Question: What are the details of"
            " the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Navy Blue",
        title="Harpa Women Navy Blue & White Floral Print Top",
    ),
    # Man on a white backdrop in a solid red quilted puffer jacket with an attached hood (no fur), full zip closed,
    # long sleeves, blue jeans.
    case(
        "B176-27",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its"
            " neckline is hooded. The gentleman wears a long denim pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red jacket and blue jeans"),
        D.color("red"),
        D.description("a red puffer jacket with a hood"),
        D.details("the jacket has a hood with fur trim and a detachable inner lining", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Red",
        title="Wildcraft Men Red Solid Hooded Padded Jacket",
    ),
    # Woman on a beige backdrop in a solid teal calf-length straight kurta with a mandarin collar, three-quarter
    # sleeves and side slits, white straight trousers, silver earrings. No print of any kind.
    case(
        "B176-28",
        caption("a woman in a blue kurta and white pants"),
        D.wearing("she is wearing a blue dress", "contradiction"),
        D.garment_type("kurta"),
        D.color("teal"),
        D.pattern("solid"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is stand. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("the kurta is made of pure silk with hand block printing", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="W Women Teal Solid Straight Kurta",
    ),
    # Man on a white backdrop in a solid olive green shirt, sleeves rolled up to the elbow, button-down collar, two
    # chest pockets, untucked over beige chinos, white sneakers.
    case(
        "B176-29",
        caption("a man in a green shirt and khaki pants"),
        D.wearing("a woman wearing a green shirt and khaki pants", "pronoun"),
        D.color("beige", "other_garment_color"),
        D.description("a green shirt with two pockets on the chest"),
        D.details(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt"
            " shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Highlander Men Olive Green Slim Fit Solid Casual Shirt",
    ),
    # Woman on a pink backdrop in a black A-line mini skirt with small red and white flowers (no pockets, no lace),
    # a white short-sleeve tee tucked in, white sneakers.
    case(
        "B176-30",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a short skirt. The skirt is with chiffon fabric and floral patterns."
            " There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black skirt"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("black"),
        D.description("a black skirt with red flowers"),
        D.details("the skirt has a zipper on the side, two pockets and a lace trim at the hem", "unsupported"),
        D.material("it is made of", "non_answer"),
        is_a(
            "skirt",
            "yes Question: What is the color of the skirt? Answer: black Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Black",
        title="Tokyo Talkies Women Black Floral Print A-Line Mini Skirt",
    ),
    # Woman against a tan/brown wall in a cream crew-neck pullover with a textured self-design knit, long sleeves,
    # dropped shoulders, blue mom jeans.
    case(
        "B176-31",
        caption("a woman in a white sweater and jeans"),
        D.wearing("a white sweater and blue jeans"),
        D.garment_type("sweater"),
        D.color("brown", "contradiction"),
        D.description(
            "sweater Question: Describe the garment. Answer: sweater Question: Describe the garment. Answer: sweater",
            "leak",
            hit_limit=True,
        ),
        D.details("the sweater is a sweater", "restated"),
        D.material("wool"),
        gender="Women",
        category="Sweaters",
        color="Off White",
        title="Roadster Women Cream-Coloured Self Design Pullover",
    ),
    # Flat packshot on white: navy blue flat-front formal trousers with belt loops and slanted side pockets. No
    # person, no other garment.
    case(
        "B176-32",
        caption("a pair of blue pants on a white background"),
        D.pattern("solid"),
        D.description(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The"
            " gentleman wears a long trousers. The trousers are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.details("the pants have two pockets and belt loops"),
        D.material(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The"
            " gentleman wears a long-sleeve shirt with pure",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Navy Blue",
        title="Louis Philippe Men Navy Blue Slim Fit Solid Formal Trousers",
    ),
    # Man on a beige studio backdrop beside a potted plant, in a cream silk-blend knee-length kurta (mandarin collar,
    # concealed placket, long sleeves) with a matching cream churidar, brown mojaris. No stole, plain buttons.
    case(
        "B176-33",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with silk fabric and its"
            " neckline is stand. The lady wears a long pants. The pants are with silk fabric and pure color patterns."
            " The lady wears",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        D.color("off white"),
        D.sleeve_length("long sleeves"),
        D.description("a man in a white kurta with gold buttons and a red stole", "unsupported"),
        D.details("the kurta has a mandarin collar"),
        D.material(
            "silk Question: What material is the garment made of? Answer: silk Question: What material is the garment",
            "leak",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Off White",
        title="Manyavar Men Cream-Coloured Solid Kurta with Churidar",
    ),
    # Woman on a white backdrop in a camel brown mid-calf longline coat with wide notch lapels, long sleeves and a
    # self-tie belt, over a white turtleneck sweater and black trousers.
    case(
        "B176-34",
        caption("a woman in a brown coat"),
        D.wearing("a brown coat and black pants"),
        D.color("brown"),
        D.description("a long brown coat with a belt"),
        D.details(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric and its"
            " neckline is lapel. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        color_of("coat", "white", "other_garment_color"),
        gender="Women",
        category="Coats",
        color="Brown",
        title="Vero Moda Women Camel Brown Solid Longline Belted Coat",
    ),
    # Woman on a yellow backdrop in a white crew-neck short-sleeve tee with black "BROOKLYN" typography on the
    # chest, blue denim shorts, white sneakers.
    case(
        "B176-35",
        caption("a woman in a white t-shirt and denim shorts"),
        D.wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee"
            " tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow", "contradiction"),
        D.pattern("printed"),
        D.description("a white t-shirt with the word brooklyn on it"),
        D.details("what are the details of the garment", "restated"),
        color_of("shorts", "white", "contradiction"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Roadster Women White Typography Printed Round Neck T-shirt",
    ),
    # Man on a grey backdrop in dark blue regular-fit jeans, a white linen shirt untucked with sleeves rolled, brown
    # loafers. The catalog row has no gender.
    case(
        "B176-36",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric and its"
            " neckline is lapel. The gentleman wears a long denim pants. The pants are with denim fabric and pure"
            " color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and jeans"),
        D.color("white", "other_garment_color"),
        D.description("a pair of dark blue jeans"),
        D.details("blue jeans", "restated"),
        color_of(
            "jeans",
            "dark blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        category="Jeans",
        color="Blue",
        title="Wrangler Men Blue Regular Fit Mid-Rise Clean Look Jeans",
    ),
    # Mannequin shot on a grey backdrop: a red maxi dress with small white and yellow flowers, V-neck, short flutter
    # sleeves, tiered skirt, no slit.
    case(
        "B176-37",
        caption("a red floral dress on a mannequin"),
        D.wearing("a red dress"),
        D.color("red"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is V-shape. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.details("she is wearing a red dress with a slit on the side", "unsupported"),
        D.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon"
            " chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Berrylush Women Red Floral Print Tiered Maxi Dress",
    ),
    # Man on a white backdrop in a solid navy blue button-front cardigan (V-neck, long sleeves, two front pockets),
    # worn open over a white crew tee, grey trousers.
    case(
        "B176-38",
        caption("a man wearing a blue cardigan over a white t-shirt"),
        D.wearing("a blue sweater and grey pants"),
        D.color("grey", "other_garment_color"),
        D.description("describe the garment in detail", "restated"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and"
            " its neckline is V-shape. The lady",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Marks & Spencer Men Navy Blue Solid Cardigan",
    ),
    # Woman on a white backdrop in a blue and white vertically pinstriped shirt (long sleeves, spread collar, plain
    # buttons), front-tucked into white jeans.
    case(
        "B176-39",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and white jeans"),
        D.color("blue"),
        D.pattern("checked", "contradiction"),
        D.description("he is wearing a striped shirt", "pronoun"),
        D.details("the shirt has buttons and a collar"),
        D.material("the shirt is made of egyptian cotton with mother of pearl buttons", "unsupported"),
        gender="Women",
        category="Shirts",
        color="Blue",
        title="Style Quotient Women Blue & White Regular Fit Striped Casual Shirt",
    ),
    # Woman on a light-grey backdrop in a peach A-line kurta with white thread embroidery on the yoke, round neck,
    # three-quarter sleeves, matching peach trousers, and a white net dupatta.
    case(
        "B176-40",
        caption("a woman in a pink kurta with white embroidery and a white dupatta"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta set"),
        D.color("white", "other_garment_color"),
        D.pattern("embroidered"),
        D.description(
            "a pink kurta with white embroidery and a pink kurta with white embroidery and a pink kurta with white"
            " embroidery and a pink",
            "loop",
            hit_limit=True,
        ),
        D.material("material", "restated"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        gender="Women",
        category="Kurta Sets",
        color="Peach",
        title="Sangria Women Peach-Coloured Yoke Design Kurta with Trousers & Dupatta",
    ),
    # Flat lay on white: a solid olive green crew-neck short-sleeve t-shirt with a small woven label at the hem. No
    # pocket, no zip, no person.
    case(
        "B176-41",
        caption("an olive green t-shirt on a white background"),
        D.wearing("", "non_answer"),
        D.description(
            "tee Question: What is the color of the tee? Answer: green Question: Is this a tee? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("the t-shirt has a pocket on the chest and a zipper at the neck", "unsupported"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Jack & Jones Men Olive Green Solid Round Neck T-shirt",
    ),
    # Woman on a white backdrop in a black faux-leather biker jacket (asymmetric zip, notch collar, zips at the
    # cuffs, long sleeves), worn open over a white tee, blue ripped jeans. The catalog row has no title.
    case(
        "B176-42",
        caption("a woman in a black leather jacket and ripped jeans"),
        D.wearing("a black jacket, white t-shirt and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with leather fabric and its"
            " neckline is lapel. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("the jacket has a zipper on the front and zippers on the sleeves"),
        gender="Women",
        category="Jackets",
        color="Black",
    ),
    # Man on a white backdrop in a solid rust chunky-knit crew-neck pullover (long sleeves, ribbed cuffs and hem),
    # black jeans.
    case(
        "B176-43",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric"
            " and its neckline is crew. The gentleman wears a long denim pants. The pants are with denim fabric and"
            " pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange sweater and black jeans"),
        D.color("rust"),
        D.description("black", "other_garment_color"),
        D.details(
            "sweater Question: What are the details of the garment? Answer: sweater Question: What are the details of",
            "leak",
            hit_limit=True,
        ),
        D.material("wool"),
        gender="Men",
        category="Sweaters",
        color="Rust",
        title="WROGN Men Rust Solid Pullover Sweater",
    ),
    # Woman on a white backdrop in maroon straight-leg ankle trousers with front pleats, a white short-sleeve blouse
    # tucked in, nude heels. The catalog row has only a gender.
    case(
        "B176-44",
        caption("a woman in a white shirt and red pants"),
        D.wearing("white blouse and red pants"),
        D.color("white", "other_garment_color"),
        D.description("a pair of maroon trousers"),
        D.details("i'm not sure", "non_answer"),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
    ),
]
