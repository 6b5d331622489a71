"""BLIND_184 (46 products; random general English fashion marketplace sample, default questionnaire): written blind in
the thirty-seventh session. Measured blind at e7082eb: 121/141 failures found (85.8%) and 6/140 correct texts
flagged (4.3%). The writer's notes, verbatim:

Scenario: 46 products drawn at random from a general English-language marketplace: women's and men's tops, shirts,
dresses, jeans, skirts, jackets and coats, sweaters, hoodies, shorts, jumpsuits, and four accessories sold as products
(a tartan scarf, a baseball cap, a leather belt, a canvas tote). Studio shots on models, street and beach shots,
flat-lays, hangers and a mannequin. Catalog columns as a marketplace exports them: title (terse or keyword-stuffed,
missing on one product), category (missing on one), seller color (free-form: Army Green, Heather Grey, Burgundy, Rust;
missing on two), gender where the seller sets it (absent on the unisex accessories and a few flat-lays).
Each product has a caption and 4-7 answers from DEFAULT_QUESTIONS (the closed ones: garment_type, color, pattern,
sleeve_length; the open ones: wearing, description, details, material).

Which system wrote which text (one configuration per product, as a production run may pick an adapter per question):
- Closed answers (garment_type, color, pattern, sleeve_length) always come from the reference engine: one candidate,
  never a loop, never at the limit. Its failures: another garment's color (the jeans under the shirt), the backdrop's
  or a print's or a buckle's color, a worn accessory or the layer under the product as the garment type.
- Untuned base model (short lowercase texts that stop on their own): captions and open answers on about half the
  products. Its failures: one color for every garment, wrong pronoun, invented details (pockets, fur collar, zipper,
  slit), answers that say nothing ("yes", "clothes", "the shorts are short") or say the question back.
- Caption adapters (DeepFashion-MultiModal template; "_First_Epoch" on the hanger polo, the mannequin coat, the
  flat-lay jeans, the mustard vest and the crop top, epoch 3 elsewhere): the caption and, on those products, every
  open prompt get the template, with no end token: cut at 50 tokens (captions) or 30 (answers), or looping.
- VQA adapter (open answers on 8 products, and the caption of the emerald dress): a one-word answer that runs on,
  repeating itself or writing further "Question: ... Answer:" pairs until the 30-token limit (50 for the caption).

Labeling conventions and judgement calls:
- One label per failure, the one an auditor sees first. A template text stopped at the limit is "cut"; a template
  text that repeats a sentence is "loop"; a text with "Question:"/"Answer:" in it is "leak" even where the words also
  repeat.
- A cut template that invents a garment or accessory absent from the photo (trousers and a wrist accessory for a polo
  on a hanger, a skirt for a shirt dress) is "unsupported"; one that names the wrong product altogether (T-shirt and
  trousers for a cap) is "contradiction". A template that only invents a wearer ("The lady wears" on a flat-lay whose
  garments it names rightly) is judged on what else it says: cut.
- "The lady wears..." for a man (cut at the limit too) is labeled "pronoun": that is what a reader sees first.
- A caption that reached the 50-token limit exactly at a full stop (lavender hoodie) is still "cut": the generation
  never ended and the rest of the description is missing.
- A closed color that is another worn garment's color is "other_garment_color"; a closed color taken from the
  backdrop, a print, embroidery or a buckle (no other garment has it) is "contradiction" (the seller color and the
  caption contradict it). An open answer that gives the product the color of the garment worn with it (the base
  model's "one color for every garment") is "other_garment_color"; one that paints the other garments in the
  product's color is "contradiction".
- A closed pattern taken from the other garment (the striped tee over the denim skirt) is "contradiction".
- "non_answer": the answer names nothing the question asks (a color for the material, "yes", "no", "clothes",
  "fabric", "they are jeans", "the jeans are black" for the details). "restated": the answer says the question back
  ("the belt is a belt", "the material is the material of the shirt").
- Correct texts include close seller-color matches (Charcoal/grey, Burgundy/red, Rust/orange, Mustard/yellow,
  Lavender/purple, Natural/white), candidates near the title (henley as t-shirt, one-shoulder top as tank top,
  blazer as jacket), one color of a two-color stripe, answers naming other garments, props, backdrops and
  accessories, a correct "she"/"he", "long" sleeves that are rolled up,
  "sleeveless" for a vest over a long-sleeve shirt.
- Material answers were kept only where the photo shows the fabric plainly (denim, knit, canvas, leather, satin,
  linen); a material that is plainly not in the photo (leather trench, lace blouse) is "unsupported".
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case


def _rep(word: str, n: int, sep: str = " ") -> str:
    return sep.join([word] * n)


BLIND_184 = [
    # Studio, grey backdrop: a woman in a white long-sleeve linen button-down shirt (point collar, no chest pocket),
    # tucked into light-blue straight jeans; gold hoop earrings.
    case(
        "MP184-001",
        caption("a woman in a white shirt and blue jeans standing in front of a grey wall"),
        Q.wearing("a white shirt and blue jeans"),
        Q.color("blue", "other_garment_color"),
        Q.details("the shirt has a pocket on the chest and a button down collar", "unsupported"),
        Q.material("linen"),
        gender="women",
        title="Women Linen Shirt Long Sleeve Button Down Casual Loose Blouse Top",
        category="Tops & Blouses",
        color="White",
    ),
    # Studio, white backdrop: a man in a black pullover hoodie with a kangaroo pocket, grey joggers, white sneakers.
    case(
        "MP184-002",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.description(
            "The sweater is with cotton fabric. It has a hooded neckline. The sweater is with cotton fabric. It has a "
            "hooded neckline. The sweater",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("black"),
        gender="men",
        title="Mens Pullover Hoodie Black",
        category="Hoodies & Sweatshirts",
        color="Black",
    ),
    # Flat-lay on white: a navy midi dress with small pink and white flowers, V-neck, short flutter sleeves,
    # self-tie waist. No person, no shoes.
    case(
        "MP184-003",
        caption("a blue dress with pink flowers on a white background"),
        Q.wearing("a woman is wearing a blue floral dress and a pair of sandals", "unsupported"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.description("a blue floral dress with a v-neck and short sleeves"),
        Q.material("no", "non_answer"),
        title="Floral Print Midi Dress V-Neck Short Sleeve Summer Boho Tie Waist",
        category="Dresses",
        color="Navy",
    ),
    # Studio, framed from the waist down: a man in dark indigo slim jeans, the hem of a white T-shirt at the top of
    # the frame, white sneakers.
    case(
        "MP184-004",
        caption("a man in blue jeans and white sneakers"),
        Q.wearing(_rep("denim", 30), "loop", hit_limit=True),
        Q.description(
            "denim Question: What is the color of the denim? Answer: blue Question: What is the color of the denim? "
            "Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material(
            "denim Question: Is this a denim? Answer: yes Question: Is this a denim? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        gender="men",
        title="Slim Fit Stretch Jeans",
        category="Jeans",
        color="Dark Blue",
    ),
    # Studio: a woman in an open-front red chunky-knit cardigan (no buttons) over a black camisole, black midi
    # skirt.
    case(
        "MP184-005",
        caption("a woman wearing a red sweater and a black skirt"),
        Q.wearing("a red cardigan, a black top and a black skirt"),
        Q.color("black", "other_garment_color"),
        Q.description("a red cardigan with buttons down the front", "unsupported"),
        Q.details("the details of the garment are on the garment", "restated"),
        Q.garment_type("cardigan"),
        gender="women",
        title="Women's Chunky Knit Cardigan Open Front Long Sleeve Oversized Sweater Coat",
        category="Sweaters & Cardigans",
        color="Red",
    ),
    # A navy pique polo shirt on a wooden hanger against a pale wood wall. No person, no trousers, no watch.
    case(
        "MP184-006",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his wrist. The gentleman wears a long trousers. The "
            "trousers are with denim fabric and pure color",
            "unsupported",
            hit_limit=True,
        ),
        Q.description(
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        Q.color("navy"),
        Q.sleeve_length("short"),
        gender="men",
        title="Classic Pique Polo Shirt Navy",
        category="Polo Shirts",
        color="Navy",
    ),
    # Studio, pink backdrop: a woman in a light-wash denim mini skirt (button front, frayed hem), a navy and white
    # striped T-shirt tucked in, white sneakers.
    case(
        "MP184-007",
        caption("a woman wearing a striped shirt and a denim skirt in front of a pink wall"),
        Q.wearing("a striped shirt and a denim skirt"),
        Q.pattern("striped", "contradiction"),
        Q.color("light blue"),
        Q.details("the skirt has buttons and a frayed hem"),
        Q.description("he is wearing a denim skirt", "pronoun"),
        gender="women",
        title="High Waist Denim Mini Skirt Light Wash",
        category="Skirts",
        color="Light Blue",
    ),
    # Studio: a man in an olive nylon bomber jacket (rib-knit collar, cuffs and hem, zip front) open over a white
    # T-shirt, black jeans.
    case(
        "MP184-008",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "The jacket is with cotton fabric. It has a stand neckline. The jacket is with cotton fabric. It has a "
            "stand neckline. The jacket is with",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "The jacket is with cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric. "
            "The jacket is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("green"),
        gender="men",
        title="Men's Bomber Jacket Lightweight Flight Jacket Windbreaker Casual Outwear Army Green",
        category="Jackets & Coats",
        color="Army Green",
    ),
    # Studio, beige backdrop: a woman in a black sleeveless wide-leg jumpsuit with a thin gold chain belt (sold with
    # it), black heels.
    case(
        "MP184-009",
        caption("a woman in a black jumpsuit with a gold belt"),
        Q.wearing("a black jumpsuit and black heels"),
        Q.garment_type("belt", "contradiction"),
        Q.color("black"),
        Q.material("black", "non_answer"),
        Q.description("she is wearing a black jumpsuit"),
        gender="women",
        title="Sleeveless Wide Leg Jumpsuit with Belt",
        category="Jumpsuits & Rompers",
        color="Black",
    ),
    # Flat-lay on grey concrete: a heather-grey crewneck sweatshirt, ribbed cuffs and hem, no print.
    case(
        "MP184-010",
        caption("a grey sweatshirt laying on a concrete floor"),
        Q.wearing(_rep("sweatshirt", 15), "loop", hit_limit=True),
        Q.description(
            "sweatshirt Question: What is the color of the sweatshirt? Answer: gray Question: What cloth is the "
            "person wearing? Answer: sweatshirt Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "sweatshirt Question: Is this a sweatshirt? Answer: yes Question: Is this a sweatshirt? Answer: yes "
            "Question: Is this",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        title="Basic Crewneck Sweatshirt",
        category="Sweatshirts",
        color="Heather Grey",
    ),
    # Beach: a woman in a yellow sleeveless sundress with white polka dots and a ruffle hem, a straw hat, the sea
    # behind her.
    case(
        "MP184-011",
        caption("a woman in a yellow dress and a straw hat on the beach"),
        Q.wearing("a yellow dress and a straw hat"),
        Q.pattern("polka dot"),
        Q.color("yellow"),
        Q.description("he is wearing a yellow dress with white polka dots", "pronoun"),
        Q.details("the dress is yellow", "non_answer"),
        Q.material("the dress is made of a material", "restated"),
        gender="women",
        title="Polka Dot Sundress",
        category="Dresses",
        color="Yellow",
    ),
    # Studio: a man in a blue and white gingham long-sleeve shirt, sleeves rolled to the elbow, khaki chinos, brown
    # belt.
    case(
        "MP184-012",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.wearing(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long",
            "pronoun",
            hit_limit=True,
        ),
        Q.description(
            "The shirt is with cotton fabric and lattice patterns. The shirt is with cotton fabric and lattice "
            "patterns. The shirt is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("long"),
        gender="men",
        title="Mens Gingham Check Shirt Regular Fit Long Sleeve",
        category="Shirts",
        color="Blue",
    ),
    # Studio: a woman in high-rise black skinny jeans and a cream knit sweater, tan ankle boots.
    case(
        "MP184-013",
        caption("a woman in a white sweater and black jeans"),
        Q.wearing("a white sweater, black jeans and brown boots"),
        Q.color("white", "other_garment_color"),
        Q.details("the jeans are black", "non_answer"),
        Q.description("a pair of black jeans and a black sweater", "contradiction"),
        Q.material("denim"),
        gender="women",
        title="High Rise Skinny Jeans - Black",
        category="Jeans",
        color="Black",
    ),
    # Headless mannequin on white, torso only: a charcoal wool-blend single-breasted overcoat over a grey turtleneck.
    # No trousers in the frame, no accessories.
    case(
        "MP184-014",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        Q.description(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "The coat is with wool fabric. The coat is with wool fabric. The coat is with wool fabric. The coat is "
            "with wool fabric. The coat is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("coat"),
        Q.color("grey"),
        Q.pattern("solid"),
        gender="men",
        title="Wool Blend Overcoat Charcoal",
        category="Coats",
        color="Charcoal",
    ),
    # Flat on white: a natural (off-white) canvas tote bag with the word "WEEKEND" printed in black, two handles,
    # open top, no zip, no outer pocket. No person.
    case(
        "MP184-015",
        caption("a white tote bag with the word weekend on it"),
        Q.wearing("a tote bag"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("black", "contradiction"),
        Q.material("canvas"),
        Q.details("the bag has a zipper and a front pocket", "unsupported"),
        title="Canvas Tote Bag Weekend Print",
        category="Bags",
        color="Natural",
    ),
    # Studio, blush-pink wall: a woman in a blush satin bias-cut midi slip skirt, a white ribbed tank top tucked in,
    # white sneakers.
    case(
        "MP184-016",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The skirt this lady wears is of long length. The skirt is with chiffon fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing(_rep("skirt", 30), "loop", hit_limit=True),
        Q.description(
            "pink Question: What is the color of the skirt? Answer: pink Question: What is the color of the skirt? "
            "Answer: pink Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        gender="women",
        title="Satin Slip Midi Skirt Blush",
        category="Skirts",
    ),
    # Studio: a man in khaki cotton twill cargo shorts with side flap pockets, a black crew T-shirt, white sneakers.
    case(
        "MP184-017",
        caption("a man in a black t-shirt and khaki shorts"),
        Q.wearing("she is wearing a black shirt and khaki shorts", "pronoun"),
        Q.color("black", "other_garment_color"),
        Q.details("the shorts are short", "non_answer"),
        Q.garment_type("shorts"),
        Q.material("cotton"),
        gender="men",
        title="Cargo Shorts Men Cotton Twill Relaxed Fit Multi Pocket Khaki",
        category="Shorts",
        color="Khaki",
    ),
    # Flat-lay on a light wood floor: a cream cable-knit turtleneck sweater (pullover, no zip), with sunglasses and a
    # cup of coffee beside it as props.
    case(
        "MP184-018",
        caption("a white sweater, sunglasses and a cup of coffee on a wooden floor"),
        Q.wearing("a white sweater"),
        Q.color("brown", "contradiction"),
        Q.details("the sweater has a turtleneck and a cable knit pattern"),
        Q.description("the garment is a garment", "restated"),
        Q.material("the sweater is made of wool and has a zipper on the back", "unsupported"),
        gender="women",
        title="Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # Studio: a man in an oversized white crew-neck T-shirt with a large red and black tiger print, blue jeans.
    case(
        "MP184-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("graphic"),
        gender="men",
        title="Graphic Tee Tiger Print Oversized",
        category="T-Shirts",
        color="White",
    ),
    # Studio: a woman in a burgundy faux-leather biker jacket (asymmetric zip, notch lapels, no fur) over a white
    # T-shirt, blue jeans.
    case(
        "MP184-020",
        caption("a woman wearing a red leather jacket and jeans"),
        Q.wearing("she is wearing a red leather jacket, a white t-shirt and jeans"),
        Q.color("white", "other_garment_color"),
        Q.details("the jacket has a zipper and a fur collar", "unsupported"),
        Q.description("a red jacket with a red shirt and red jeans", "contradiction"),
        Q.material("leather"),
        gender="women",
        title="Faux Leather Moto Jacket Burgundy",
        category="Jackets",
        color="Burgundy",
    ),
    # Flat on white: a fringed wool tartan scarf, red with green and navy checks.
    case(
        "MP184-021",
        caption("a red and green plaid scarf"),
        Q.wearing(
            "scarf Question: What is the color of the scarf? Answer: red Question: What is the color of the scarf? "
            "Answer: red Question:",
            "leak",
            hit_limit=True,
        ),
        Q.description(_rep("red", 15, "-"), "loop", hit_limit=True),
        Q.details(
            "scarf Question: Is this a scarf? Answer: yes Question: What is the color of the scarf? Answer: red "
            "Question: Is this",
            "leak",
            hit_limit=True,
        ),
        Q.material(_rep("wool", 30), "loop", hit_limit=True),
        Q.garment_type("scarf"),
        Q.pattern("plaid"),
        title="Tartan Scarf",
        category="Scarves",
        color="Red",
    ),
    # Studio: a man in a light-blue denim trucker jacket (all denim, no leather trim) over a grey hoodie whose hood
    # lies over the collar, black jeans.
    case(
        "MP184-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a denim jacket and a grey hoodie"),
        Q.details(
            "The shirt is with denim fabric. It has a lapel neckline. The shirt is with denim fabric. It has a lapel "
            "neckline. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("blue"),
        Q.material("the jacket is made of denim and has a leather collar", "unsupported"),
        Q.sleeve_length("long"),
        gender="men",
        title="Denim Trucker Jacket",
        category="Jackets",
        color="Light Blue",
    ),
    # Studio: a woman in a plain green ribbed tank top (no trim, no bow) tucked into white wide-leg trousers.
    case(
        "MP184-023",
        caption("a woman wearing a green tank top and white pants"),
        Q.wearing("clothes", "non_answer"),
        Q.color("white", "other_garment_color"),
        Q.details("the top has a lace trim and a bow", "unsupported"),
        Q.description("a green tank top with a ribbed texture"),
        Q.sleeve_length("sleeveless"),
        gender="women",
        title="Ribbed Tank Top",
        category="Tops",
        color="Green",
    ),
    # A black six-panel baseball cap on white, small white embroidered logo on the front. No person.
    case(
        "MP184-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is a hat in his",
            "contradiction",
            hit_limit=True,
        ),
        Q.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman",
            "contradiction",
            hit_limit=True,
        ),
        Q.details(
            "There is a hat in his head. There is a hat in his head. There is a hat in his head. There is a hat in his",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("cap"),
        Q.color("black"),
        Q.pattern("solid"),
        title="Baseball Cap Adjustable Embroidered Logo Black Unisex Dad Hat",
        category="Hats & Caps",
        color="Black",
    ),
    # City street: a woman in a belted beige cotton double-breasted trench coat over a black turtleneck, black ankle
    # boots.
    case(
        "MP184-025",
        caption("a woman in a trench coat walking down the street"),
        Q.wearing("a beige trench coat and black boots"),
        Q.color("black", "other_garment_color"),
        Q.material("the coat is made of leather", "unsupported"),
        Q.details("the coat has a belt and double breasted buttons"),
        Q.description("he is wearing a beige trench coat", "pronoun"),
        Q.garment_type("coat"),
        gender="women",
        title="Classic Double Breasted Trench Coat Women Belted Mid Length Beige Khaki",
        category="Coats & Jackets",
        color="Beige",
    ),
    # Studio: a man in a navy quarter-zip knit sweater, a white shirt collar showing at the neck, khaki chinos.
    case(
        "MP184-026",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing(
            "sweater Question: What is the color of the sweater? Answer: navy Question: What is the color of the "
            "sweater? Answer: navy Question:",
            "leak",
            hit_limit=True,
        ),
        Q.description(_rep("sweater", 30), "loop", hit_limit=True),
        Q.details(
            "navy Question: What cloth is the person wearing? Answer: sweater Question: What is the color of the "
            "sweater? Answer: navy Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("navy"),
        Q.sleeve_length("long"),
        gender="men",
        title="Quarter Zip Pullover Sweater Men",
        category="Sweaters",
        color="Navy",
    ),
    # Studio: a woman in rust-orange linen paperbag-waist shorts with a self-tie belt, a white blouse tucked in.
    case(
        "MP184-027",
        caption("a woman in a white shirt and orange shorts"),
        Q.wearing("a white blouse and orange shorts with a belt"),
        Q.garment_type("shorts"),
        Q.color("orange"),
        Q.details("the shorts have a paperbag waist and a tie belt"),
        Q.description("a white shirt and white shorts", "other_garment_color"),
        gender="women",
        title="Linen Shorts Paperbag Waist Rust",
        category="Shorts",
        color="Rust",
    ),
    # Studio: a man in an open red and black plaid flannel shirt (two flap chest pockets) over a grey T-shirt, blue
    # jeans.
    case(
        "MP184-028",
        caption("a man wearing a red and black plaid shirt over a grey t-shirt"),
        Q.wearing("a plaid shirt and a grey t-shirt"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.details("the shirt has two pockets on the chest"),
        Q.material("the material is the material of the shirt", "restated"),
        gender="men",
        title="Flannel Shirt",
        category="Shirts",
        color="Red/Black",
    ),
    # Studio: a woman in a lavender cropped hoodie, black leggings, white sneakers.
    case(
        "MP184-029",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns.",
            "cut",
            hit_limit=True,
        ),
        Q.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The pants this",
            "cut",
            hit_limit=True,
        ),
        Q.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The lady wears a long-sleeve sweater with "
            "pure color patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("purple"),
        gender="women",
        title="Cropped Hoodie Lavender",
        category="Hoodies",
        color="Lavender",
    ),
    # A brown leather belt coiled on white: silver pin buckle, five holes.
    case(
        "MP184-030",
        caption("a brown leather belt with a silver buckle"),
        Q.garment_type("belt"),
        Q.color("silver", "contradiction"),
        Q.material("leather"),
        Q.details("the belt has a silver buckle and five holes"),
        Q.description("the belt is a belt", "restated"),
        gender="men",
        title="Genuine Leather Belt Men Brown 35mm",
        category="Belts",
        color="Brown",
    ),
    # Studio, dark backdrop: a woman in an emerald-green satin slip dress, thin straps, midi length.
    case(
        "MP184-031",
        caption(
            "Question: What cloth is the person wearing? Answer: dress Question: What is the color of the dress? "
            "Answer: green Question: Is this a dress? Answer: yes Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.wearing(_rep("dress", 15, "-"), "loop", hit_limit=True),
        Q.description(
            "green Question: What cloth is the person wearing? Answer: dress Question: What is the color of the "
            "dress? Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "dress Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        gender="women",
        title="Satin Slip Dress Emerald",
        category="Dresses",
        color="Emerald Green",
    ),
    # Studio, grey backdrop: a man in a yellow hooded rain jacket, hood up, zipped, dark grey trousers.
    case(
        "MP184-032",
        caption("a man in a yellow raincoat with the hood up"),
        Q.wearing("a black raincoat and black pants", "other_garment_color"),
        Q.description("she is wearing a yellow raincoat", "pronoun"),
        Q.details("yes", "non_answer"),
        Q.color("yellow"),
        Q.material("nylon"),
        gender="men",
        title="Waterproof Rain Jacket Hooded",
        category="Jackets",
        color="Yellow",
    ),
    # Flat-lay on white: mid-blue high-waisted wide-leg jeans, a folded white T-shirt and a brown belt styled above
    # them. No person.
    case(
        "MP184-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a white t-shirt and jeans"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("blue"),
        Q.details("the jeans have a high waist and wide legs"),
        gender="women",
        title="Wide Leg Jeans Women Mid Wash High Waisted Baggy Denim Pants",
        category="Jeans",
        color="Mid Blue",
    ),
    # Studio: a woman in a long-sleeve black and white striped Breton top (boat neck, no buttons), a black beret,
    # blue jeans.
    case(
        "MP184-034",
        caption("a woman wearing a striped shirt and a black beret"),
        Q.wearing("a black and white striped shirt, a beret and jeans"),
        Q.pattern("striped"),
        Q.color("black"),
        Q.description("he is wearing a striped shirt and a hat", "pronoun"),
        Q.details("the shirt has a boat neck and gold buttons on the shoulder", "unsupported"),
        Q.sleeve_length("long"),
        gender="women",
        title="Breton Stripe Top",
        category="Tops",
        color="Black/White",
    ),
    # Studio, three-quarter length: a man in a grey suit blazer and matching grey trousers, white shirt, navy tie.
    case(
        "MP184-035",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing(
            "This man wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has a "
            "lapel neckline. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "The suit is with cotton fabric. The suit is with cotton fabric. The suit is with cotton fabric. The suit "
            "is with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.pattern("solid"),
        gender="men",
        title="Slim Fit Blazer Grey",
        category="Blazers",
        color="Grey",
    ),
    # A woman against a red brick wall in a mid-blue short-sleeve denim utility jumpsuit (two flap chest pockets,
    # self-tie belt), white sneakers.
    case(
        "MP184-036",
        caption("a woman in a denim jumpsuit standing in front of a brick wall"),
        Q.wearing("he is wearing a denim jumpsuit and white sneakers", "pronoun"),
        Q.garment_type("jeans", "contradiction"),
        Q.color("red", "contradiction"),
        Q.details("the jumpsuit has pockets on the chest and a belt"),
        Q.sleeve_length("short"),
        Q.material("the jumpsuit is made of the same material as the jumpsuit", "restated"),
        gender="women",
        title="Denim Jumpsuit Short Sleeve Utility",
        category="Jumpsuits",
        color="Blue",
    ),
    # A white oxford button-down shirt folded on a grey background. No title in the export.
    case(
        "MP184-037",
        caption("a white shirt folded on a grey background"),
        Q.wearing(
            "shirt Question: What is the color of the shirt? Answer: white Question: What is the color of the shirt? "
            "Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        Q.description(_rep("white", 30), "loop", hit_limit=True),
        Q.details(
            "shirt Question: What are the shirt details? Answer: shirt Question: What are the shirt details? Answer: "
            "shirt Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("white"),
        gender="men",
        category="Shirts",
        color="White",
    ),
    # Studio: a woman in a tan and black leopard-print satin midi skirt (no slit), a black crew-neck sweater tucked
    # in.
    case(
        "MP184-038",
        caption("a woman in a leopard print skirt and a black sweater"),
        Q.pattern("animal print"),
        Q.color("brown"),
        Q.description("a leopard print skirt with a slit on the side", "unsupported"),
        Q.material("satin"),
        Q.details("the details of the skirt", "restated"),
        gender="women",
        title="Leopard Print Satin Midi Skirt",
        category="Skirts",
        color="Leopard",
    ),
    # Outdoors in snow: a man in a black quilted hooded puffer jacket, zipped, black trousers, white snowy
    # background.
    case(
        "MP184-039",
        caption(
            "The guy wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "hooded neckline. The guy wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing(
            "The jacket is with cotton fabric. It has a hooded neckline. The jacket is with cotton fabric. It has a "
            "hooded neckline. The jacket is",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "The guy wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "hooded neckline. The guy wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "contradiction"),
        Q.garment_type("coat"),
        Q.sleeve_length("long"),
        gender="men",
        title="Men's Puffer Jacket Winter Warm Hooded Quilted Coat Black",
        category="Coats & Jackets",
        color="Black",
    ),
    # On a hanger on a white door: a white cotton-gauze peasant blouse with red floral embroidery at the neckline
    # and cuffs, three-quarter sleeves, no lace.
    case(
        "MP184-040",
        caption("a white blouse with red embroidery hanging on a door"),
        Q.color("red", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        Q.details("the blouse has red embroidery on the neckline and sleeves"),
        Q.material("the blouse is made of lace", "unsupported"),
        Q.description("a description of the blouse", "restated"),
        gender="women",
        title="Embroidered Peasant Blouse",
        category="Blouses",
        color="White",
    ),
    # Studio: a woman in a pale-blue oversized long-sleeve cotton shirt dress, knee length, white sneakers; no skirt,
    # no accessories. The export has no category column for this product.
    case(
        "MP184-041",
        caption(
            "This female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. This female wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a blue shirt dress and white sneakers"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.details("he is wearing a blue shirt dress with buttons", "pronoun"),
        gender="women",
        title="Oversized Shirt Dress",
        color="Light Blue",
    ),
    # Flat-lay on white: light-wash men's slim tapered jeans with ripped knees. The export has no color column.
    case(
        "MP184-042",
        caption("a pair of ripped jeans on a white background"),
        Q.garment_type("jeans"),
        Q.color("blue"),
        Q.details("the jeans have rips on the knees"),
        Q.material("denim"),
        Q.description("they are jeans", "non_answer"),
        gender="men",
        title="Ripped Jeans Men Light Wash Distressed Slim Tapered Denim",
        category="Jeans",
    ),
    # Studio: a woman in a mustard V-neck knit sweater vest over a white long-sleeve shirt, grey trousers.
    case(
        "MP184-043",
        caption(
            "The lady wears a sleeveless sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The lady wears a long-sleeve shirt. The shirt is with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        Q.wearing(
            "vest Question: What is the color of the vest? Answer: yellow Question: What is the color of the vest? "
            "Answer: yellow Question",
            "leak",
            hit_limit=True,
        ),
        Q.description(_rep("yellow", 30), "loop", hit_limit=True),
        Q.garment_type("shirt", "contradiction"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        gender="women",
        title="Knitted Sweater Vest V Neck Mustard",
        category="Sweaters",
        color="Mustard",
    ),
    # Studio: a man in an olive long-sleeve henley (three-button placket, no pocket), blue jeans.
    case(
        "MP184-044",
        caption("a man wearing a green henley shirt and jeans"),
        Q.wearing("she is wearing a green shirt and jeans", "pronoun"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.details("the shirt has three buttons at the neck"),
        Q.description("a green shirt with buttons and a pocket", "unsupported"),
        Q.material("fabric", "non_answer"),
        gender="men",
        title="Henley Shirt Long Sleeve",
        category="T-Shirts & Tops",
        color="Olive",
    ),
    # Studio: a woman in a black one-shoulder crop top, white high-waisted jeans.
    case(
        "MP184-045",
        caption(
            "This female wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The pants this female wears is of long length. The pants are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing(
            "This female wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        Q.description(
            "The tank top is with cotton fabric. The tank top is with cotton fabric. The tank top is with cotton "
            "fabric. The tank top",
            "loop",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        gender="women",
        title="One Shoulder Crop Top",
        category="Tops",
        color="Black",
    ),
    # Studio: a man in a blue short-sleeve shirt with a white hibiscus print and one chest pocket, beige shorts.
    case(
        "MP184-046",
        caption("a man wearing a blue shirt with white flowers on it"),
        Q.wearing("he is wearing a hawaiian shirt and shorts"),
        Q.pattern("floral"),
        Q.color("blue"),
        Q.details("the shirt has a floral print and a pocket on the chest"),
        Q.description("a beige shirt and beige shorts", "other_garment_color"),
        Q.material("i'm not sure", "non_answer"),
        gender="men",
        title="Hawaiian Shirt Men Short Sleeve Floral Button Down Beach Aloha Shirt",
        category="Shirts",
        color="Blue",
    ),
]
