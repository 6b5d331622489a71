"""BLIND_570 (46 products; Myntra women's ethnic and western night run): written blind in the fifty-first session.
Measured blind at 8befd0d (the session's rules as they stood): 133/148 failures found (89.9%) and 13/208 correct texts
flagged (6.2%). The writer's notes, verbatim:

Scenario: a Myntra women's feed, one night's enrichment run over mixed ethnic and western wear: kurtas and kurtis
worn with jeans, leggings or trousers, kurta sets with palazzos and dupattas, tops, shirts, dresses, jumpsuits,
skirts, palazzos, shrugs and jackets. Studio catalog photos on white or pale grey backdrops, the model always
wearing other clothes too (a kurti over jeans, a shrug over a camisole, a jacket over a tee), sometimes holding a
prop (a straw hat, sunglasses). Seller columns as a Myntra feed has them: title, category (article type), color
(base colour), gender; a few rows lack a column.

Who wrote what: captions by the base blip2-opt-2.7b (short, lowercase, "a woman in a ... and ..."). Open answers by
the base model for most rows: terse noun phrases, colors often borrowed from the other garment in the photo, details
invented (zips, pockets, mirror work), now and then the `Question: ... Answer:` format continued, a pronoun wrong
for a short-haired or hooded model, one or two listing loops. For part of the rows the caption-only LoRA adapter at
epoch 3 answered some open questions instead: it ignores the question and writes DeepFashion template sentences
("The lady wears a long-sleeve shirt with pure color patterns ... The shirt is with cotton fabric.") until the
30-token limit, so each of its texts either repeats itself or stops mid-sentence. Closed questions (garment_type,
color, pattern, sleeve_length) by enrich's reference engine: one candidate value, never looping or cut, but often
the value of the other garment worn (the jeans' blue, the tee's stripes).

Labeling conventions and judgement calls:
- One label per text. A text that runs to its limit and repeats is a loop; one that runs to its limit and stops
  mid-phrase is cut, even when its content is also wrong (the adapter's templates usually are). Every adapter text
  here is one of the two, with hit_limit=True.
- other_garment_color: a free-generated text (open answer or caption) that gives a garment the color of another item
  visible in the photo (kurti called maroon after the churidar, jeans called yellow after the top, the print colors
  swapped between kurta and palazzos). I used it also when the garment asked about is the worn one, not the product
  (the jeans given the kurti's color), since that is the one-color-for-two-garments habit. A closed answer that picks
  another garment's color is labeled contradiction (the kind's definition speaks of open answers).
- contradiction: a closed value or a free text that the photo and the seller contradict: the wrong garment type
  (dress for a jumpsuit, shirt for a kurti, kurta for palazzos, jeans for a denim jumpsuit), the wrong pattern or
  sleeve length, the print colors inverted, a print or stripe color given as the garment's color.
- Loose names within one family count as correct: kurti/kurta/tunic/top for a kurti, salwar kameez or suit for a
  kurta set, cardigan or jacket for a shrug, palazzo pants/pants/trousers for palazzos, blouse for a top, red for
  maroon, orange for rust or coral, purple for lavender, green for olive. "shirt" for a kurti and "dress" for a kurta
  set are not loose names: contradiction.
- An answer about the "jeans" when the model wears trousers, leggings or churidar is judged on that bottom's color.
- unsupported: a detail, prop, backdrop or material the photo does not show (pockets, a hood, mirror work, a cell
  phone, a beach, silk or velvet or leather on a matte cotton or rayon garment). A plausible material for what the
  photo shows (cotton for a cotton-look kurta, denim for denim, satin for a sheen skirt) is correct even when the
  title names no fabric.
- A terse answer that is right but incomplete ("a dress", "jeans", "a black dress" for the shrug's photo) is correct.
- non_answer: yes/no, "none", "i don't know", a bare color for "What is the woman wearing?", or only the garment
  word back. restated: the question's words or the garment name echoed as a sentence ("the dress is a dress",
  "the jacket details").
- leak: any continuation of the prompt format ("Question: ... Answer: ...", or an answer that starts with
  "Answer:"), even when the leaked answer is itself right.
- pronoun: he/man for a woman in a caption or open answer (all rows are Women).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, question, wearing

DETAILS = question("details", "What are the details?", "open")


def woman(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def open_color(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_570 = [
    # photo: mustard-yellow straight kurta, small white floral block print, 3/4 sleeves, round neck, over mid-blue
    #   skinny jeans, brown flats, white backdrop, front view. All texts by the base model and the reference engine.
    case(
        "X570-001",
        caption("a woman in a yellow kurta and blue jeans standing on a white background"),
        woman("a yellow kurta and jeans"),
        describe("kurti", "it is a yellow kurti with white flowers on it"),
        open_color("jeans", "yellow", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        Q.material("cotton"),
        title="Libas Women Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal kurta with gold foil print on the yoke and hem, matching teal palazzos with gold print border, matte
    #   rayon, gold juttis, white backdrop, full length. Base: caption, wearing, palazzos color, material; adapter
    #   (caption LoRA epoch 3): describe, details.
    case(
        "X570-002",
        caption("a woman in a blue and gold dress", "contradiction"),
        woman("a teal kurta and palazzo pants"),
        describe(
            "kurti",
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        DETAILS(
            "Her dress has long sleeves, chiffon fabric and graphic patterns. Her dress has long sleeves, chiffon "
            "fabric and graphic patterns. Her dress has long",
            "loop",
            hit_limit=True,
        ),
        open_color("palazzos", "teal"),
        Q.garment_type("kurta"),
        Q.pattern("solid", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Anouk Women Teal Blue & Gold-Toned Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: peach sleeveless top, round neck, tucked into white high-rise jeans, white sneakers, white backdrop,
    #   front view. Base model and reference engine.
    case(
        "X570-003",
        caption("a woman wearing a peach top and white jeans"),
        woman("a pink top and white pants"),
        describe("top", "it is a sleeveless top with a round neck"),
        DETAILS("the top has a zipper on the back and a bow on the front", "unsupported"),
        open_color("jeans", "peach", "other_garment_color"),
        Q.color("peach"),
        Q.sleeve_length("sleeveless"),
        title="Vero Moda Women Peach-Coloured Solid Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: white long-sleeve button-down shirt, cuffs buttoned, worn untucked over black skinny jeans, white-grey
    #   backdrop, front view. Base model, except details by the caption adapter.
    case(
        "X570-004",
        caption("a woman in a white shirt and black pants"),
        woman("a white shirt and black jeans"),
        describe("shirt", "a black shirt with white buttons", "other_garment_color"),
        DETAILS(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        open_color("jeans", "black"),
        Q.garment_type("shirt"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("cotton"),
        title="Mast & Harbour Women White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: maroon knee-length fit-and-flare dress, short flutter sleeves, V-neck, thin black waist belt, black heels,
    #   white backdrop. Base model and reference engine.
    case(
        "X570-005",
        caption("a woman in a red dress with a black belt"),
        she("she is wearing a maroon dress and black heels"),
        describe("dress", "a black dress with a belt", "other_garment_color"),
        DETAILS("v neck, flutter sleeves and a black belt"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("lace", "unsupported"),
        title="SASSAFRAS Women Maroon Solid Fit and Flare Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: black sleeveless culotte jumpsuit, wide legs, tie belt, a light-blue denim jacket worn open over it,
    #   grey backdrop. Base: caption, details; adapter: wearing, describe.
    case(
        "X570-006",
        caption("a woman in a black jumpsuit and a denim jacket"),
        woman(
            "This woman wears a long-sleeve jacket with solid color patterns and a long pants. The jacket is with "
            "denim fabric. The pants are with cotton fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        describe(
            "jumpsuit",
            "The outer clothing is a denim jacket. The outer clothing is a denim jacket. The outer clothing is a "
            "denim jacket. The outer clothing is a denim",
            "loop",
            hit_limit=True,
        ),
        DETAILS("it is a jumpsuit", "restated"),
        Q.garment_type("jumpsuit"),
        Q.color("blue", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="AND Women Black Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: rust-orange tiered maxi skirt with a small black and white ethnic print, matte cotton, plain white tee
    #   tucked in, silver jhumkas, white backdrop. Base model and reference engine.
    case(
        "X570-007",
        caption("a woman in a white shirt and orange skirt"),
        woman("a white t-shirt and a long orange skirt"),
        describe("skirt", "it is a skirt", "restated"),
        open_color("skirt", "white", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.pattern("printed"),
        Q.color("orange"),
        Q.material("the skirt is made of wool", "unsupported"),
        title="Global Desi Women Rust Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # photo: black palazzos with a white geometric print, worn with a solid mustard crop top, white backdrop, full
    #   length. Base model, except details by the caption adapter.
    case(
        "X570-008",
        caption("a woman wearing a yellow top and black and white pants"),
        she("a yellow top and black pants"),
        open_color("palazzos", "yellow", "other_garment_color"),
        describe("palazzos", "they are black and white"),
        DETAILS(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("palazzos"),
        Q.pattern("geometric"),
        Q.color("yellow", "contradiction"),
        title="Sera Women Black Printed Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: olive-green knee-length open-front shrug, long sleeves, no belt, over a white camisole and blue jeans,
    #   white backdrop. Base model and reference engine.
    case(
        "X570-009",
        caption("a woman wearing a green cardigan and jeans"),
        woman("a green jacket and a white tank top"),
        open_color("shrug", "green"),
        describe("shrug", "it is a long white cardigan with long sleeves", "other_garment_color"),
        DETAILS("open front, long sleeves, a belt and pockets", "unsupported"),
        Q.garment_type("shrug"),
        Q.color("olive"),
        Q.sleeve_length("long sleeves"),
        title="Oxolloxo Women Olive Solid Open Front Shrug",
        category="Shrug",
        color="Olive",
        gender="Women",
    ),
    # photo: mid-blue washed denim jacket, long sleeves, chest flap pockets, worn open over a black tee and black
    #   jeans, model with a short bob, white backdrop. Base: caption, wearing; adapter: describe, jeans color.
    case(
        "X570-010",
        caption("a man wearing a denim jacket and black jeans", "pronoun"),
        woman("a denim jacket and black jeans"),
        describe(
            "jacket",
            "The outer clothing is a denim jacket with long sleeves. The lady wears a short-sleeve T-shirt with pure "
            "color patterns. The T-shirt is with cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        open_color(
            "jeans",
            "The lady wears a long-sleeve jacket with denim fabric and solid color patterns. The lady wears a "
            "long-sleeve jacket with denim fabric and solid color patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black", "contradiction"),
        Q.material("denim"),
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: navy A-line kurta with a white floral print, 3/4 sleeves, mandarin collar, no pockets or zips, over white
    #   cigarette trousers, white backdrop. Base model and reference engine.
    case(
        "X570-011",
        caption("a woman wearing a blue floral kurta and white pants"),
        woman("a blue kurta with white flowers and white trousers"),
        describe("kurti", "the kurti is white with blue flowers", "contradiction"),
        DETAILS("the kurti has a gold zipper and pockets on both sides", "unsupported"),
        open_color("jeans", "white"),
        Q.garment_type("kurta"),
        Q.pattern("floral"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        title="W Women Navy Blue Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink straight kurta with a green floral print, round neck, 3/4 sleeves, green palazzos, green dupatta
    #   with a pink border over the shoulders, matte cotton, white backdrop. Base model and reference engine.
    case(
        "X570-012",
        caption("a woman in a pink kurta with a green scarf"),
        woman("a pink and green salwar kameez"),
        open_color("palazzos", "pink", "other_garment_color"),
        describe("kurti", "a pink kurti with green flowers and a green dupatta"),
        DETAILS("round neck, three-quarter sleeves Question: What is the color of the dupatta? Answer: green", "leak"),
        Q.garment_type("kurta"),
        Q.pattern("floral"),
        Q.material("silk", "unsupported"),
        title="Biba Women Pink & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard top with small white polka dots, short puff sleeves, square neck, over black jeans, white
    #   backdrop. Base: caption, wearing, jeans color; adapter: describe, details.
    case(
        "X570-013",
        caption("a woman in a yellow polka dot top and black jeans"),
        woman("yellow shirt and black pants"),
        describe(
            "top",
            "Her shirt has short sleeves, cotton fabric and graphic patterns. It has a square neckline. She wears a "
            "long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        DETAILS(
            "Her shirt has short sleeves, cotton fabric and graphic patterns. It has a square neckline. It has a "
            "square neckline. It has a square neckline. It has a",
            "loop",
            hit_limit=True,
        ),
        open_color("jeans", "yellow", "other_garment_color"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short sleeves"),
        Q.color("black", "contradiction"),
        title="Harpa Women Mustard Yellow Printed Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: pale pink sleeveless maxi dress with a red and green floral print, ruffle hem, no slit, no belt, model
    #   holding a straw hat in one hand, white backdrop. Base model and reference engine.
    case(
        "X570-014",
        caption("a woman in a pink floral dress holding a hat"),
        woman("a long pink dress"),
        describe("dress", "it is a long dress with red flowers on it"),
        DETAILS("the dress has a slit on the side and a belt", "unsupported"),
        Q.color("red", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        title="DressBerry Women Pink Floral Print Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: red and white vertical striped shirt-style top, collar, button placket, long sleeves, tucked into light
    #   blue jeans, white backdrop. Base model and reference engine.
    case(
        "X570-015",
        caption("a woman in a red and white striped shirt"),
        woman("a striped shirt and jeans"),
        describe("top", "it is a striped shirt with a bow at the neck", "unsupported"),
        DETAILS("red and white stripes, a collar and buttons"),
        open_color("jeans", "red", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.color("white", "contradiction"),
        title="FabAlley Women Red & White Striped Shirt Style Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: mustard jumpsuit with a small black floral print, short sleeves, V-neck, tie waist, wide cropped legs,
    #   white sneakers, white backdrop. Base: caption, wearing, details; adapter: describe, material.
    case(
        "X570-016",
        caption("a woman in a yellow jumpsuit with flowers"),
        woman("a yellow jumpsuit and white shoes"),
        describe(
            "jumpsuit",
            "This lady wears a short-sleeve romper with floral patterns. The romper is with cotton fabric. It has a "
            "v-shape neckline. This lady wears a short-sleeve romper with",
            "loop",
            hit_limit=True,
        ),
        DETAILS("yes", "non_answer"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material(
            "The romper is with cotton fabric. The romper is with cotton fabric. The romper is with cotton fabric. "
            "The romper is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Mustard Yellow Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white straight kurta, white chikankari-style embroidery on the yoke, 3/4 sleeves, matte cotton, over
    #   maroon churidar leggings, white backdrop. Base model and reference engine.
    case(
        "X570-017",
        caption("a woman wearing a white kurta and red leggings"),
        woman("a white kurta and maroon pants"),
        describe("kurti", "it is a maroon kurti with white embroidery", "other_garment_color"),
        DETAILS("embroidery on the yoke and three-quarter sleeves"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.material("silk", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Aurelia Women Off-White Embroidered Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: black ribbed crop top, long sleeves, high neck, over high-waist light-blue mom jeans, model standing,
    #   white backdrop. Base model and reference engine.
    case(
        "X570-018",
        caption("a woman in a black top and jeans sitting on a chair", "unsupported"),
        woman("a black crop top and blue jeans"),
        describe("top", "black top Question: What is the color of the jeans? Answer: blue", "leak"),
        open_color("jeans", "black", "other_garment_color"),
        DETAILS("it is a crop top with long sleeves and a high neck"),
        Q.sleeve_length("long sleeves"),
        Q.color("black"),
        title="Tokyo Talkies Women Black Solid Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy and white checked flannel shirt, long sleeves, worn open over a white tee and black jeans, white
    #   backdrop. Base: caption; adapter: wearing, describe, jeans color.
    case(
        "X570-019",
        caption("a woman wearing a plaid shirt and black jeans"),
        woman(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. Her shirt is with cotton "
            "fabric. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "Her shirt has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. Her shirt "
            "has long sleeves, cotton fabric and lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        open_color(
            "jeans",
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The lady wears a long-sleeve "
            "shirt with lattice patterns and a long",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("white", "contradiction"),
        Q.pattern("checked"),
        title="Roadster Women Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive shirt dress, collar, button placket, long sleeves buttoned at the cuff, waist tie, knee length, soft
    #   viscose, tan ankle boots, model with a low bun, white backdrop. Base model and reference engine.
    case(
        "X570-020",
        caption("a woman in a green shirt dress with brown boots"),
        woman("he is wearing a green shirt dress", "pronoun"),
        describe("dress", "a brown dress with buttons and a belt", "other_garment_color"),
        DETAILS("the dress has buttons down the front and a tie at the waist"),
        Q.color("olive"),
        Q.sleeve_length("long sleeves"),
        Q.material("denim", "unsupported"),
        title="Vero Moda Women Olive Green Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: white solid wide-leg palazzos under a blue block-printed short kurti, white backdrop, full length. Base
    #   model and reference engine.
    case(
        "X570-021",
        caption("a woman in a blue kurta and white pants"),
        woman("blue top and white palazzo pants"),
        open_color("palazzos", "blue", "other_garment_color"),
        describe("palazzos", "they are palazzos", "restated"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("blue", "contradiction"),
        Q.pattern("solid"),
        title="Libas Women White Solid Wide Leg Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: maroon straight kurta with golden zari embroidery on the yoke, 3/4 sleeves, matching maroon trousers,
    #   matte cotton silk-blend look but no pile, no bangles, white backdrop. Base: caption, wearing, material;
    #   adapter: describe, details.
    case(
        "X570-022",
        caption("a woman in a maroon kurta with gold embroidery"),
        woman("a maroon kurta and pants"),
        describe(
            "kurti",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is with cotton fabric. The dress is with",
            "loop",
            hit_limit=True,
        ),
        DETAILS(
            "There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is an accessory on her",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.pattern("embroidered"),
        Q.color("maroon"),
        Q.material("velvet", "unsupported"),
        title="Sangria Women Maroon & Golden Yoke Design Kurta with Trousers",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans, clean look (no rips, no fading), white and black striped tee, white sneakers, white
    #   backdrop. Base model and reference engine.
    case(
        "X570-023",
        caption("a woman wearing a striped shirt and blue jeans"),
        woman("jeans"),
        open_color("jeans", "blue"),
        describe("jeans", "skinny blue jeans"),
        DETAILS("the jeans are ripped at the knees", "unsupported"),
        Q.garment_type("jeans"),
        Q.color("white", "contradiction"),
        Q.pattern("striped", "contradiction"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: white top with a lace yoke, cap sleeves, round neck, over navy jeans, model holding black sunglasses in
    #   one hand, no bag, white backdrop. Base model and reference engine.
    case(
        "X570-024",
        caption("a woman in a white top and jeans holding a cell phone", "unsupported"),
        woman("a white top, jeans and a black handbag", "unsupported"),
        describe("top", "a white top with lace"),
        DETAILS("lace yoke and cap sleeves"),
        open_color("jeans", "white", "other_garment_color"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        Q.material("lace and cotton"),
        title="AND Women White Lace Detail Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: bottle-green short sleeveless kurti with white bandhani-style dots, over light-wash blue jeans, model
    #   with a pixie cut, grey backdrop. Base model and reference engine.
    case(
        "X570-025",
        caption("a man in a green shirt and jeans", "pronoun"),
        woman("a green kurti with white dots and jeans"),
        describe("kurti", "green with white dots"),
        open_color("jeans", "green", "other_garment_color"),
        DETAILS("the kurti", "non_answer"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Anouk Women Green Bandhani Print Kurti",
        category="Kurtis",
        color="Green",
        gender="Women",
    ),
    # photo: black solid A-line mini skirt, pink graphic tee tucked in, white sneakers, white backdrop. Base: caption,
    #   wearing, skirt color; adapter: describe, details.
    case(
        "X570-026",
        caption("a woman wearing a pink t-shirt and a black skirt"),
        woman("a pink shirt and black skirt"),
        describe(
            "skirt",
            "This woman wears a short-sleeve T-shirt with graphic patterns and a short skirt. The T-shirt is with "
            "cotton fabric. The skirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        open_color("skirt", "pink", "other_garment_color"),
        DETAILS(
            "Her T-shirt has short sleeves, cotton fabric and graphic patterns. Her T-shirt has short sleeves, "
            "cotton fabric and graphic patterns. Her T-shirt has short",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.color("black"),
        Q.pattern("graphic", "contradiction"),
        title="SASSAFRAS Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy wrap midi dress with a small white floral print, 3/4 sleeves, V-neck, waist tie, white backdrop.
    #   Base model and reference engine.
    case(
        "X570-027",
        caption("a woman in a blue floral dress"),
        woman("a dress Question: what is the dress made of? Answer: polyester", "leak"),
        describe("dress", "the dress is a dress", "restated"),
        DETAILS("v neck, wrap style, tie at the waist"),
        Q.color("white", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("polyester"),
        title="Mango Women Navy Blue Floral Print Wrap Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust tunic with a navy geometric print, keyhole neck with a tassel tie, 3/4 sleeves, no mirror work,
    #   over navy leggings, white backdrop. Base model and reference engine.
    case(
        "X570-028",
        caption("a woman in an orange top and blue leggings"),
        woman("a navy tunic and navy leggings", "other_garment_color"),
        describe(
            "top", "orange top with a blue print Question: Describe the pants. Answer: navy blue leggings", "leak"
        ),
        DETAILS("the top has mirror work and tassels on the sleeves", "unsupported"),
        Q.color("navy blue", "contradiction"),
        Q.garment_type("top"),
        Q.pattern("geometric"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Global Desi Women Rust Orange Printed Tunic",
        category="Tunics",
        color="Rust",
        gender="Women",
    ),
    # photo: pale pink formal shirt, long sleeves, tucked into charcoal grey trousers, model with short cropped hair,
    #   grey backdrop. Base model and reference engine.
    case(
        "X570-029",
        caption("a woman wearing a pink shirt and gray pants"),
        woman("a man wearing a pink shirt and grey trousers", "pronoun"),
        describe("shirt", "a grey button down shirt", "other_garment_color"),
        DETAILS("yes", "non_answer"),
        open_color("jeans", "grey"),
        Q.color("grey", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        title="Van Heusen Woman Pink Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket, silver zips, belted hem, long sleeves, open over a grey tee and blue
    #   jeans, white backdrop. Base model, except wearing by the caption adapter.
    case(
        "X570-030",
        caption("a woman wearing a black leather jacket and blue jeans"),
        woman(
            "The outer clothing is a leather jacket. The lady wears a short-sleeve T-shirt with pure color patterns "
            "and a long pants. The T-shirt is with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "black leather jacket with zippers"),
        open_color("jeans", "black", "other_garment_color"),
        DETAILS("none", "non_answer"),
        Q.garment_type("jacket"),
        Q.color("grey", "contradiction"),
        Q.material("leather"),
        title="Vero Moda Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: indigo kurta with a white dabu print, 3/4 sleeves, white palazzos with a small blue print, matte cotton,
    #   white backdrop. Base model and reference engine.
    case(
        "X570-031",
        caption("a woman in a white kurta and blue pants", "other_garment_color"),
        woman("a blue kurta and white palazzos"),
        describe("kurti", "a blue kurti with white print"),
        open_color("palazzos", "white"),
        DETAILS("the details of the kurti", "restated"),
        Q.garment_type("kurta"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Indo Era Women Blue & White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender boat-neck top with short ruffle sleeves, no buttons, over white jeans, white backdrop. Base
    #   model and reference engine.
    case(
        "X570-032",
        caption("a woman in a purple top and white pants"),
        woman("a purple top and white jeans Question: What is the color of the top? Answer: purple", "leak"),
        describe("top", "it is a purple blouse with ruffles on the sleeves"),
        open_color("jeans", "purple", "other_garment_color"),
        DETAILS("ruffles on the sleeves and buttons on the back", "unsupported"),
        Q.color("lavender"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("it is made of cotton"),
        title="ONLY Women Lavender Solid Ruffled Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: mid-blue denim jumpsuit, short sleeves, chest pockets, self belt, no hood, white sneakers, white
    #   backdrop. Feed row without a color column. Base model and reference engine.
    case(
        "X570-033",
        caption("a woman in a denim jumpsuit"),
        woman("a white jumpsuit", "other_garment_color"),
        describe("jumpsuit", "a blue jumpsuit with a belt and pockets"),
        DETAILS("the jumpsuit has a hood and a drawstring", "unsupported"),
        Q.garment_type("jeans", "contradiction"),
        Q.color("blue"),
        Q.material("denim"),
        title="Roadster Women Blue Solid Denim Jumpsuit",
        category="Jumpsuit",
        gender="Women",
    ),
    # photo: emerald green satin pleated midi skirt, black long-sleeve top tucked in, black heels, white backdrop.
    #   Base: caption, wearing, material; adapter: describe, skirt color.
    case(
        "X570-034",
        caption("a woman in a green skirt and black top"),
        woman("a black shirt and green skirt"),
        describe(
            "skirt",
            "This woman wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with chiffon fabric and pure",
            "cut",
            hit_limit=True,
        ),
        open_color(
            "skirt",
            "This woman wears a long-sleeve shirt with pure color patterns and a long skirt. This woman wears a "
            "long-sleeve shirt with pure color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.material("satin"),
        title="Mast & Harbour Women Green Solid Pleated Midi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: red straight kurta with a white and yellow floral print, long sleeves, round neck, no zip, plain hem,
    #   over white leggings, white backdrop. Base model (its describe answer ran to the limit) and reference engine.
    case(
        "X570-035",
        caption("a woman in a red floral kurta"),
        woman("a red kurta and white leggings"),
        describe(
            "kurti",
            "the kurti is red with yellow and white flowers and has long sleeves and a round neck and it is worn with "
            "white leggings and a",
            "cut",
            hit_limit=True,
        ),
        DETAILS("the kurti has a zip at the back and lace on the hem", "unsupported"),
        open_color("jeans", "red", "other_garment_color"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        title="Shree Women Red Floral Printed Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: white crochet lace shrug, short sleeves, open front, over a black sleeveless slip dress, white backdrop.
    #   Base model, except details by the caption adapter.
    case(
        "X570-036",
        caption("a woman in a black dress with a white lace cardigan"),
        woman("a black dress"),
        open_color("shrug", "black", "other_garment_color"),
        describe("shrug", "it is a white lace shrug"),
        DETAILS(
            "This lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a suspenders neckline. The outer clothing is a cotton",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Tokyo Talkies Women White Crochet Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: yellow tiered midi dress with a white floral print, short puff sleeves, square neck, matte cotton, white
    #   backdrop. Base model (its details answer looped to the limit) and reference engine.
    case(
        "X570-037",
        caption("a woman in a yellow floral dress standing in front of a white wall"),
        woman("a yellow dress"),
        describe("dress", "a yellow dress with white flowers and puff sleeves"),
        DETAILS(
            "puff sleeves, square neck, tiered skirt, puff sleeves, square neck, tiered skirt, puff sleeves, square "
            "neck, tiered skirt, puff sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("it is made of silk and lace", "unsupported"),
        title="Berrylush Women Yellow Floral Print Tiered A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: black bootcut jeans under a short white chikankari kurti, white backdrop, full length. Base model and
    #   reference engine.
    case(
        "X570-038",
        caption("a woman in a white top and black pants"),
        woman("white", "non_answer"),
        open_color("jeans", "black"),
        describe("jeans", "black flared jeans"),
        DETAILS("no", "non_answer"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "contradiction"),
        title="Kraus Jeans Women Black Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: indigo cotton kurta with small white motifs, mandarin collar, button placket, long sleeves, model with
    #   very short hair, cropped at mid-thigh, white trousers partly visible, white backdrop. Base model and engine.
    case(
        "X570-039",
        caption("a man wearing a blue shirt with white dots", "pronoun"),
        she("he is wearing a blue kurta", "pronoun"),
        describe("kurti", "a navy blue kurti with small white prints and a mandarin collar"),
        DETAILS("mandarin collar and buttons"),
        open_color("jeans", "blue", "other_garment_color"),
        Q.material("cotton"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("printed"),
        title="Fabindia Women Indigo Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: coral sleeveless peplum top, round neck, over dark blue jeans, white backdrop. Base model, except describe
    #   by the caption adapter.
    case(
        "X570-040",
        caption("a woman wearing an orange top and jeans"),
        woman("orange top and blue jeans"),
        describe(
            "top",
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. She "
            "wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        open_color("jeans", "dark blue"),
        DETAILS("Answer: peplum hem, round neck, no sleeves", "leak"),
        Q.color("coral"),
        Q.sleeve_length("sleeveless"),
        Q.material("polyester"),
        title="Sera Women Coral Solid Peplum Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: mustard flared palazzos with a small white print, elastic waist hidden under a white kurti, no pockets
    #   visible, white backdrop. Feed row without a category column. Base model, except the palazzos color by the
    #   caption adapter.
    case(
        "X570-041",
        caption("a woman in a white kurta and yellow palazzos"),
        woman("a white kurti and yellow palazzo pants"),
        open_color(
            "palazzos",
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The lady wears a "
            "long-sleeve shirt with pure color patterns and a long trousers.",
            "loop",
            hit_limit=True,
        ),
        describe("palazzos", "they are yellow pants with white print"),
        DETAILS("the palazzos have pockets and a zipper", "unsupported"),
        Q.garment_type("palazzos"),
        Q.color("white", "contradiction"),
        Q.pattern("printed"),
        title="W Women Mustard Yellow Printed Flared Palazzos",
        color="Mustard",
        gender="Women",
    ),
    # photo: black knee-length bodycon dress, long sleeves, square neck, matte jersey, silver earrings, pale grey
    #   studio backdrop. Base model and reference engine.
    case(
        "X570-042",
        caption("a woman in a black dress standing on a beach", "unsupported"),
        woman("a black dress"),
        describe("dress", "a black long sleeve bodycon dress"),
        DETAILS("the dress has a square neck and long sleeves Answer: the dress is black", "leak"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.material("leather", "unsupported"),
        title="Athena Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: green straight kurta with pink thread embroidery on the yoke, pink trousers, pink dupatta with a gold
    #   border draped over one shoulder, white backdrop. Base model, except details by the caption adapter.
    case(
        "X570-043",
        caption("a woman in a green kurta and pink dupatta"),
        woman("a green and pink salwar suit"),
        describe("kurti", "a pink kurti with a green dupatta", "other_garment_color"),
        open_color("palazzos", "pink"),
        DETAILS(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("pink", "contradiction"),
        Q.pattern("embroidered"),
        title="Varanga Women Green & Pink Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: light blue chambray denim shirt, long sleeves, two chest pockets, snap buttons, plain back, tucked into
    #   white jeans, white backdrop, front view. Base model and reference engine.
    case(
        "X570-044",
        caption("a woman wearing a denim shirt and white jeans"),
        woman("a blue denim shirt and blue jeans", "other_garment_color"),
        describe("shirt", "light blue denim shirt with two pockets"),
        open_color("jeans", "white"),
        DETAILS("the shirt has two pockets, snap buttons and a logo on the back", "unsupported"),
        Q.material("denim"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves"),
        title="Levis Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender short kurti with a white leaf print, 3/4 sleeves, side slits, over blue jeans, white backdrop.
    #   Feed row without a color column. Base model, except wearing by the caption adapter.
    case(
        "X570-045",
        caption("a woman in a purple shirt and jeans", "contradiction"),
        woman(
            "This female is wearing a long-sleeve shirt with floral patterns and a long pants. The shirt is with "
            "cotton fabric. It has a round neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        describe("kurti", "a lavender kurti with a white leaf print"),
        open_color("jeans", "purple", "other_garment_color"),
        DETAILS("the kurti has a slit at the side and three-quarter sleeves"),
        Q.color("purple"),
        Q.pattern("printed"),
        title="Sangria Women Lavender Printed Kurti",
        category="Kurtis",
        gender="Women",
    ),
    # photo: red quilted puffer jacket, plain hood up (no fur trim), zipped, long sleeves, over black leggings, face
    #   half hidden by the hood, white backdrop. Base model and reference engine.
    case(
        "X570-046",
        caption("a man in a red puffer jacket and black leggings", "pronoun"),
        woman("i don't know", "non_answer"),
        describe("jacket", "it is a red jacket with a fur hood", "unsupported"),
        DETAILS("the jacket details", "restated"),
        Q.material("nylon"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.sleeve_length("long sleeves"),
        title="Fort Collins Women Red Solid Padded Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
]
