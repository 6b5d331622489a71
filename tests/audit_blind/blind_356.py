"""BLIND_356 (46 products; DeepFashion In-shop style women's and men's clothes on white backdrops): written blind in the
forty-fourth session. Measured blind at 21bf8f7 (the session's rules as they stood): 112/129 failures found (86.8%)
and 4/166 correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: a DeepFashion In-shop style catalog feed of everyday women's and men's clothes (tees and tanks, blouses,
shirts and polos, sweaters and cardigans, hoodies, jackets, coats, blazers and vests, dresses, a jumpsuit and a
romper, skirts, shorts, pants and jeans), photographed on a model against a white or very light studio backdrop
(front, side and back views; one photo with a pale blue wall, one with a potted plant, one where the model holds a
clutch). Most outfits are layered or paired (a tee under a jacket, a blouse tucked into a skirt), so most photos
show two garments or more. Each row has the seller's title, category (In-shop style, "Tees_Tanks",
"Jackets_Coats"...), color (vendor words: Heather grey, Blush, Camel, Emerald, Indigo...) and gender; one row misses
the gender and one the color.

Who wrote what: every caption comes from the experiments' caption adapter (Data2_V2_Blip2_Finetune_Caption): the
DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is
with cotton fabric ..."), no hue names, no end token, so it runs to 50 new tokens and every caption has
hit_limit=True; it ends cut mid-sentence or after starting the template again. The open questions of the default
questionnaire (wearing, description, details, material) are answered by the untuned base blip2-opt-2.7b: short
lowercase texts that stop on their own (never hit_limit), sometimes running on into a new "Question: ... Answer:".
The closed questions (garment_type, color, pattern, sleeve_length, the per-piece "What is the color of the pants?"
questions and "Is this a ...?") are enrich's `--engine reference` answers, picked from candidate sets: never a loop
or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- An adapter caption cut mid-sentence is cut; one that starts a sentence of its template over again (seven or more
  words of an earlier sentence repeated) is loop. A caption that ran to its limit but happens to end on a full stop,
  with every claim right, is correct (hit_limit kept): the stored text is complete and true.
- An adapter caption that names the wrong kind of garment (a jumpsuit or romper as top plus pants or shorts, a vest
  as a long-sleeve jacket) is contradiction even though it is also cut or loops: the wrong garment is what a reader
  sees first. An invented wrist accessory or a wrong fabric inside a cut caption stays cut.
- The template's neckline and fabric words are loose ("round" for a boat neck, "leather" for suede, "denim" for
  chambray, "chiffon" for a sheer blouse): counted as right. "lattice" for gingham and plaid is right, "stripe" for
  stripes, "color block" for colour blocking.
- Shade words are correct: grey for heather grey or charcoal, blue for navy, indigo or light wash, red for burgundy,
  pink for blush, brown for camel or tan, beige for khaki, green for olive or emerald, purple for lilac, white for
  cream or ivory, yellow for mustard, orange for rust. Navy given as black and houndstooth black-white given as grey
  are contradiction; olive given as brown is contradiction.
- The color of another garment in the photo (the tee under the jacket, the jeans, the tucked-in blouse, the tank
  above the shorts) given for the product is other_garment_color, also for the reference engine's closed answers and
  for a per-piece question that gives one piece the other's color. The color of the print (white letters on a green
  sweatshirt) or of the wall (pale blue) given as the garment's color is contradiction. A base "wearing" answer that
  gives the other piece the product's color ("a grey shirt and grey jeans" over black jeans, "blue jeans" for the
  black jeans sold) is contradiction: the product's own color is right, the outfit it describes is not.
- Garment synonyms are correct: top for blouse or cami, sweater for cardigan, sweatshirt for hoodie, suit jacket for
  blazer, jean jacket for denim jacket, sweatpants for joggers, shirt for polo, plaid for gingham or houndstooth.
  "jeans" for a denim shirt and "dress" for a jumpsuit are contradiction.
- Materials: one the title names or the photo plainly shows (leather on a faux-leather jacket, suede, linen, lace,
  corduroy, flannel, tweed, fleece, nylon) is correct; cotton on a tee, chinos or joggers and wool on a knit sweater
  are plausible and correct; silk on an unnamed dress fabric and cashmere on a plain cable cardigan are unsupported;
  wool for a blazer the title calls cotton is contradiction; linen on a cotton-look gingham shirt and denim on khaki
  chinos are unsupported (neither named nor visible).
- Details not in the photo (a pocket on a plain top, a belt, a hood, a fur collar, a zipper on a pullover) are
  unsupported, and so are front details (a fly zipper, a chest logo, a back zipper) claimed from a view that cannot
  show them.
- A base answer cut short by its own early stop ("it is made of") is cut without hit_limit; a short repeating base
  answer that stops on its own is loop. An empty answer, "the garment", "they are jeans" and "the shorts are short"
  for details are non_answer; a material question answered with the garment's name or color is restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak even when its first words are right.
- "he" for a woman or "she" for a man is pronoun; with no gender column, nothing is a pronoun error.
- Pleats answered as "striped", eyelet holes as "polka dot", long sleeves as "three-quarter sleeves", ruffled
  armholes or shoulder ties as "short sleeves", a plain ribbed collar as "striped", a long-sleeve denim shirt as
  "short sleeves" and the hoodie's sleeves given for a vest are contradiction; so is "cardigan" for a crew pullover.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_356 = [
    # photo: woman in a plain heather grey short-sleeve crew-neck tee (no pocket) and black skinny jeans, front view,
    # white backdrop. caption: adapter
    case(
        "X356-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey jeans", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        D.details("a pocket on the chest", "unsupported"),
        title="Heathered Crew Neck Tee",
        category="Tees_Tanks",
        color="Heather grey",
        gender="Women",
    ),
    # photo: woman in a navy-and-white striped long-sleeve boat-neck top (no pocket, no collar) and white shorts,
    # front view, white backdrop. caption: adapter
    case(
        "X356-002",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. "
            "The lady wears a long-sleeve T-shirt with stripe",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and white shorts"),
        D.color("navy"),
        D.pattern("striped"),
        D.description("a blue and white striped shirt with a collar", "unsupported"),
        D.details("it has a pocket on the chest", "unsupported"),
        title="Striped Boat Neck Top",
        category="Tees_Tanks",
        color="Navy-white",
        gender="Women",
    ),
    # photo: man in a white long-sleeve oxford button-down shirt and khaki chinos, front view, white backdrop.
    # caption: adapter
    case(
        "X356-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a white shirt and khaki pants"),
        D.color("white"),
        color_of("pants", "beige"),
        D.details("the shirt has buttons down the front and a collar"),
        D.material("cotton"),
        title="Oxford Button-Down Shirt",
        category="Shirts_Polos",
        color="White",
        gender="Men",
    ),
    # photo: woman in an open black faux-leather moto jacket (asymmetric zip, zipped cuffs) over a white tee, with
    # blue jeans, front view, white backdrop. caption: adapter
    case(
        "X356-004",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket, a white shirt and jeans"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.material("leather"),
        D.details("zippers on the front and on the sleeves"),
        title="Faux Leather Moto Jacket",
        category="Jackets_Coats",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a short-sleeve wrap midi dress, red roses printed on a cream ground, V neck, full body, white
    # backdrop. caption: adapter
    case(
        "X356-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a floral dress"),
        D.color("white"),
        D.pattern("floral"),
        D.description("a white dress with red roses on it"),
        D.sleeve_length("short sleeves"),
        D.material("silk", "unsupported"),
        title="Floral Wrap Midi Dress",
        category="Dresses",
        color="Cream-red",
        gender="Women",
    ),
    # photo: man in a grey marled crewneck sweater (ribbed collar and cuffs) and dark indigo jeans, front view, white
    # backdrop. caption: adapter
    case(
        "X356-006",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and jeans"),
        D.color("grey"),
        color_of("jeans", "grey", "other_garment_color"),
        D.material("a grey sweater", "restated"),
        D.details("it has a ribbed collar and cuffs"),
        title="Marled Crewneck Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in light-wash frayed denim cutoff shorts (no belt) and a white tank top, full body, white backdrop.
    # caption: adapter
    case(
        "X356-007",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "shorts. The shorts are with denim fabric and pure color patterns. The lady wears a tank top with pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white tank top and denim shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.details("the shorts are short", "non_answer"),
        D.material("denim"),
        D.description("a pair of denim shorts with a white belt", "unsupported"),
        title="Frayed Denim Cutoff Shorts",
        category="Shorts",
        color="Light blue",
        gender="Women",
    ),
    # photo: woman in a black pleated midi skirt with a white long-sleeve blouse tucked in, front view, white
    # backdrop. caption: adapter
    case(
        "X356-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lower clothing is of three-quarter length. The fabric is chiffon and it has pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black skirt"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.description("a black pleated skirt"),
        D.details("the details of the skirt", "non_answer"),
        is_a("skirt", "yes"),
        title="Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a zipped plain olive nylon bomber jacket (zip pocket on the left sleeve, plain olive ribbed stand
    # collar and cuffs) and black pants, front view, white backdrop. caption: adapter
    case(
        "X356-009",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a green jacket and black pants Question: what is the color of the jacket? Answer: green",
            "leak",
        ),
        D.garment_type("jacket"),
        D.color("green"),
        D.pattern("striped", "contradiction"),
        D.material("nylon"),
        D.details("a zipper and a pocket on the sleeve"),
        title="Nylon Bomber Jacket",
        category="Jackets_Coats",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a blush pink pullover sleeveless blouse (no buttons) with ruffled armholes and white jeans,
    # front view, white backdrop. caption: adapter
    case(
        "X356-010",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pink top and white pants", "pronoun"),
        D.color("pink"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("ruffles on the shoulders"),
        D.description("a pink blouse with buttons down the front", "unsupported"),
        title="Ruffle Trim Sleeveless Blouse",
        category="Blouses_Shirts",
        color="Blush",
        gender="Women",
    ),
    # photo: man in a black short-sleeve tee with a white mountain graphic on the chest and grey cotton shorts, front
    # view, white backdrop. caption: adapter
    case(
        "X356-011",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric and its neckline is crew. The shorts are with cotton fabric and pure color patterns. This "
            "man wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a black t-shirt with a picture of mountains and black shorts",
            "contradiction",
        ),
        D.color("black"),
        D.pattern("graphic"),
        D.description("a white t-shirt with black mountains", "contradiction"),
        D.material("cotton"),
        title="Mountain Graphic Tee",
        category="Tees_Tanks",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an open camel longline coat (no belt, no hood) over a black turtleneck and black pants, front
    # view, white backdrop. caption: adapter
    case(
        "X356-012",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat and black pants"),
        D.garment_type("coat"),
        D.color("black", "other_garment_color"),
        D.material("wool"),
        D.details("a belt at the waist", "unsupported"),
        D.description("a long brown coat with a hood", "unsupported"),
        title="Wool Blend Longline Coat",
        category="Jackets_Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: woman in a red sleeveless knee-length bodycon dress (no belt) holding a small black clutch, front view,
    # white backdrop (the back of the dress is not shown). caption: adapter
    case(
        "X356-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory in her hand. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress and holding a black purse"),
        D.color("red"),
        D.sleeve_length("sleeveless"),
        D.details("it has a zipper on the back", "unsupported"),
        D.description("a red dress with a black belt", "unsupported"),
        title="Sleeveless Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in navy chino shorts (side pockets, belt loops, no drawstring) and a white short-sleeve polo, full
    # body, white backdrop. caption: adapter
    case(
        "X356-014",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. It has a lapel neckline. The gentleman "
            "wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white polo shirt and blue shorts", "pronoun"),
        D.color("blue"),
        color_of("shorts", "navy"),
        D.description("a pair of navy blue shorts"),
        D.details("the shorts have pockets on the side and a drawstring", "unsupported"),
        title="Slim Chino Shorts",
        category="Shorts",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a white cotton eyelet blouse (short puff sleeves, square neck) and blue jeans, front view, white
    # backdrop. caption: adapter
    case(
        "X356-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a white top and jeans"),
        D.color("blue", "other_garment_color"),
        D.pattern("polka dot", "contradiction"),
        D.details("the sleeves are puffy and there are holes in the fabric"),
        D.material("cotton"),
        title="Eyelet Puff Sleeve Blouse",
        category="Blouses_Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a charcoal fleece pullover hoodie (kangaroo pocket) and black joggers, front view, white backdrop.
    # caption: adapter
    case(
        "X356-016",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The gentleman "
            "wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        D.garment_type("sweatshirt"),
        D.color("black", "other_garment_color"),
        D.details("a hood and a pocket in the front"),
        D.material("fleece"),
        title="Fleece Pullover Hoodie",
        category="Sweatshirts_Hoodies",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a medium-wash denim jacket (buttons, two chest pockets, no hood) over a black knee-length dress,
    # front view, white backdrop. caption: adapter
    case(
        "X356-017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a black dress"),
        D.color("black", "other_garment_color"),
        D.material("denim"),
        D.description("a blue jean jacket"),
        D.details("it has buttons and two pockets on the chest and a hood", "unsupported"),
        title="Classic Denim Jacket",
        category="Denim",
        color="Medium blue",
        gender="Women",
    ),
    # photo: man in slim black jeans and a white tee, back view (back pockets and yoke; the front is not shown), white
    # backdrop. caption: adapter
    case(
        "X356-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue jeans", "contradiction"),
        D.color("black"),
        D.details("there is a zipper on the front and a button", "unsupported"),
        D.description(
            "a pair of black jeans Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        is_a("pair of jeans", "yes"),
        title="Slim Fit Black Jeans",
        category="Denim",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an emerald satin slip midi dress with spaghetti straps, side view, white backdrop, no jewellery.
    # caption: adapter
    case(
        "X356-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a ring. The lady wears a sleeveless dress with pure color patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("green"),
        D.material("silk", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.description("a long green dress with thin straps"),
        title="Satin Slip Midi Dress",
        category="Dresses",
        color="Emerald",
        gender="Women",
    ),
    # photo: man in a blue-and-white gingham short-sleeve cotton-look shirt (chest pocket) and tan shorts, front view,
    # white backdrop. caption: adapter
    case(
        "X356-020",
        caption(
            "This man wears a short-sleeve shirt with lattice patterns and a three-point shorts. The shirt is with "
            "cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a blue checkered shirt and khaki shorts Question: what is the color of the shorts? Answer: khaki",
            "leak",
        ),
        D.pattern("plaid"),
        D.color("blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("a pocket on the chest and buttons"),
        D.material("linen", "unsupported"),
        title="Gingham Short Sleeve Shirt",
        category="Shirts_Polos",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in an open burgundy cable-knit button cardigan over a white tee, with blue jeans, front view, white
    # backdrop. caption: adapter
    case(
        "X356-021",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a red sweater and jeans Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        D.garment_type("cardigan"),
        D.color("red"),
        D.pattern("solid"),
        D.details("cable knit and buttons down the front"),
        D.material("cashmere", "unsupported"),
        title="Cable Knit Cardigan",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a plain white ribbed tank top (no pocket) and black shorts, front view, white backdrop. caption:
    # adapter
    case(
        "X356-022",
        caption(
            "This gentleman wears a tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns. This gentleman wears a tank top "
            "with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white tank top and black shorts", "pronoun"),
        D.garment_type("tank top"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.details("a pocket on the chest", "unsupported"),
        title="Ribbed Tank Top",
        category="Tees_Tanks",
        color="White",
        gender="Men",
    ),
    # photo: woman in a mustard corduroy button-front mini skirt with a black turtleneck sweater tucked in, front
    # view, white backdrop. caption: adapter
    case(
        "X356-023",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is stand. The lower clothing is of short length. The fabric is cotton and it has pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sweater and a yellow skirt"),
        D.color("orange", "contradiction"),
        color_of("skirt", "black", "other_garment_color"),
        D.details("buttons down the front"),
        D.material("corduroy"),
        title="Corduroy Button Front Mini Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a tan suede trucker jacket (plain suede collar, chest flap pockets) over a grey tee, with jeans,
    # front view, white backdrop. caption: adapter
    case(
        "X356-024",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and jeans"),
        D.color("brown"),
        color_of("shirt", "grey"),
        D.description("a brown suede jacket with a", "cut"),
        D.details("a fur collar", "unsupported"),
        D.material("suede"),
        title="Suede Trucker Jacket",
        category="Jackets_Coats",
        color="Tan",
        gender="Men",
    ),
    # photo: woman in a black-and-white polka dot long-sleeve tie-neck blouse and black trousers, front view, white
    # backdrop. caption: adapter
    case(
        "X356-025",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a black and white polka dot shirt and black pants", "pronoun"),
        D.pattern("polka dot"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.description("black and white polka dot blouse with a bow"),
        D.details("a bow at the neck"),
        title="Polka Dot Tie Neck Blouse",
        category="Blouses_Shirts",
        color="Black-white",
        gender="Women",
    ),
    # photo: man in light-wash straight-leg jeans and a navy crewneck sweater, front view, white backdrop. caption:
    # adapter
    case(
        "X356-026",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue sweater and jeans"),
        D.color("navy", "other_garment_color"),
        color_of("jeans", "blue"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        title="Straight Leg Jeans",
        category="Denim",
        color="Light wash",
        gender="Men",
    ),
    # photo: woman in heather grey french terry joggers (elastic cuffs, drawstring waist), a pink sweatshirt and white
    # sneakers, front view, white backdrop. caption: adapter
    case(
        "X356-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "long-sleeve sweater with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink sweatshirt and grey sweatpants"),
        D.garment_type("pants"),
        D.color("pink", "other_garment_color"),
        D.details("elastic cuffs at the ankles and a drawstring"),
        D.material("it is made of cotton and", "cut"),
        title="French Terry Joggers",
        category="Pants",
        color="Heather grey",
        gender="Women",
    ),
    # photo: woman in a black sleeveless wide-leg jumpsuit (no belt), front view, white backdrop. caption: adapter
    # (names a tank top and pants for the one-piece)
    case(
        "X356-028",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "long pants. The pants are with cotton fabric and pure color patterns. The lady wears a tank top with "
            "pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit"),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.details("a belt at the waist", "unsupported"),
        title="Wide Leg Jumpsuit",
        category="Rompers_Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: man in a red plaid flannel shirt worn open over a black tee, with jeans, front view, white backdrop.
    # caption: adapter
    case(
        "X356-029",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a red plaid shirt, a black t-shirt and jeans"),
        D.pattern("plaid"),
        D.color("red"),
        D.material("flannel"),
        D.details("the shirt has a hood", "unsupported"),
        title="Plaid Flannel Shirt",
        category="Shirts_Polos",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a lilac V-neck tee with a chest pocket, tucked into white shorts, front view, white backdrop.
    # caption: adapter
    case(
        "X356-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and white shorts"),
        D.color("purple"),
        D.sleeve_length("short sleeves"),
        D.details("a pocket on the chest"),
        D.description(
            "a purple t-shirt with a v-neck and a pocket Question: what is the color of the shorts? Answer: white",
            "leak",
        ),
        title="V-Neck Pocket Tee",
        category="Tees_Tanks",
        color="Lilac",
        gender="Women",
    ),
    # photo: man in khaki slim chinos (belt loops, slant pocket) and a navy short-sleeve polo, side view, white
    # backdrop. caption: adapter
    case(
        "X356-031",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki pants"),
        D.color("beige"),
        color_of("pants", "blue", "other_garment_color"),
        D.details("belt loops and pockets and pockets and pockets", "loop"),
        D.material("denim", "unsupported"),
        title="Slim Fit Chinos",
        category="Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a red-and-white striped sleeveless sundress with shoulder ties, knee length, standing against a
    # pale blue wall, front view. caption: adapter
    case(
        "X356-032",
        caption(
            "The lady wears a sleeveless dress with stripe patterns. The dress is with cotton fabric. It has a square "
            "neckline. The lady wears a sleeveless dress with stripe patterns. The dress is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red and white striped dress"),
        D.color("blue", "contradiction"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("ties on the shoulders"),
        is_a("dress", "yes"),
        title="Striped Tie Shoulder Sundress",
        category="Dresses",
        color="Red-white",
        gender="Women",
    ),
    # photo: man in a navy unstructured two-button blazer over a white open-collar shirt (no tie), with grey trousers,
    # front view, white backdrop. caption: adapter
    case(
        "X356-033",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue suit jacket, a white shirt and grey pants"),
        D.garment_type("jacket"),
        D.color("black", "contradiction"),
        D.details("two buttons and pockets"),
        D.description("a navy blue blazer with a red tie", "unsupported"),
        D.material("wool", "contradiction"),
        title="Unstructured Cotton Blazer",
        category="Suiting",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in an ivory lace-trimmed cami (spaghetti straps) and black trousers, front view, white backdrop.
    # caption: adapter
    case(
        "X356-034",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a tank top with pure color patterns. The tank top is with chiffon "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white top and white pants", "contradiction"),
        D.color("white"),
        D.material("lace"),
        D.details("lace on the top"),
        D.description("he is wearing a white lace top", "pronoun"),
        title="Lace Trim Cami",
        category="Tees_Tanks",
        color="Ivory",
        gender="Women",
    ),
    # photo: man in a green crewneck sweatshirt with "ATHLETIC" in white letters across the chest, and black jeans,
    # front view, white backdrop. caption: adapter
    case(
        "X356-035",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green sweatshirt with white letters and black jeans"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.details("the word athletic on the front"),
        D.material("it is made of", "cut"),
        title="Athletic Graphic Sweatshirt",
        category="Sweatshirts_Hoodies",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a blue chambray short-sleeve button-front romper with a self-tie waist belt, front view, white
    # backdrop. caption: adapter (names a shirt and shorts for the one-piece)
    case(
        "X356-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue romper"),
        D.garment_type("romper"),
        D.color("blue"),
        D.details(
            "buttons down the front and a belt Question: what is the material of the romper? Answer: denim",
            "leak",
        ),
        D.material("denim"),
        title="Chambray Button Front Romper",
        category="Rompers_Jumpsuits",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a cream cable-knit fisherman sweater over a white tee, with olive chinos, front view, white
    # backdrop. caption: adapter
    case(
        "X356-037",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and green pants"),
        D.color("green", "other_garment_color"),
        D.material("wool"),
        D.details("the sweater has a cable knit pattern"),
        D.description("a white sweater a white sweater a white sweater", "loop"),
        title="Cable Knit Fisherman Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a rust satin wrap midi skirt knotted at the side and a cream short-sleeve knit top, front view,
    # white backdrop. caption: adapter
    case(
        "X356-038",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The lower clothing is of three-quarter length. The fabric is chiffon and it has "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and an orange skirt"),
        D.color("orange"),
        color_of("skirt", "orange"),
        D.details("a knot on the side"),
        D.material("the skirt is orange", "restated"),
        title="Satin Wrap Midi Skirt",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # photo: man in a plain white crew tee and jeans, back view (no print on the back; the front is not shown), white
    # backdrop. caption: adapter
    case(
        "X356-039",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with denim fabric and pure color patterns. This man "
            "wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.details("a logo on the chest", "unsupported"),
        D.description("a white t-shirt with a v-neck", "unsupported"),
        D.material("", "non_answer"),
        title="Essential Crew Tee",
        category="Tees_Tanks",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black-and-white houndstooth tweed blazer (black buttons) and black trousers, front view, white
    # backdrop. caption: adapter
    case(
        "X356-040",
        caption(
            "The lady wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white jacket and black pants"),
        D.pattern("plaid"),
        D.color("grey", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("tweed"),
        D.details("gold buttons on the front", "unsupported"),
        title="Houndstooth Tweed Blazer",
        category="Blazers_Vests",
        color="Black-white",
        gender="Women",
    ),
    # photo: man in an indigo long-sleeve western denim shirt (snap buttons, two chest pockets) tucked into black
    # pants, front view, white backdrop. caption: adapter
    case(
        "X356-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim shirt and black pants"),
        D.garment_type("jeans", "contradiction"),
        D.color("blue"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("snap buttons and two pockets on the chest"),
        D.material("denim"),
        title="Western Denim Shirt",
        category="Denim",
        color="Indigo",
        gender="Men",
    ),
    # photo: woman in olive utility cargo pants (side cargo pockets) and a white short-sleeve crop tee, front view,
    # white backdrop. caption: adapter
    case(
        "X356-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and green pants"),
        D.garment_type("pants"),
        D.color("green"),
        color_of("pants", "brown", "contradiction"),
        D.details(
            "the pants have pockets on the side Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Utility Cargo Pants",
        category="Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a black quilted puffer vest zipped over a grey hoodie (hood down, long sleeves), with jeans, front
    # view, white backdrop. caption: adapter (calls the vest a long-sleeve jacket)
    case(
        "X356-043",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black vest and a grey hoodie"),
        D.garment_type("vest"),
        D.color("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("a zipper and quilted panels"),
        D.material("a black vest", "restated"),
        title="Quilted Puffer Vest",
        category="Jackets_Coats",
        color="Black",
        gender="Men",
    ),
    # photo: woman in white high-waisted wide-leg linen pants and a black tank top, a potted plant on the left of the
    # white backdrop, front view. caption: adapter
    case(
        "X356-044",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "long pants. The pants are with cotton fabric and pure color patterns. The lady wears a tank top with pure "
            "color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black tank top and white pants"),
        D.color("white"),
        D.material("linen"),
        D.details("wide legs and a high waist"),
        D.description("the garment", "non_answer"),
        title="Linen Wide Leg Pants",
        category="Pants",
        color="White",
        gender="Women",
    ),
    # photo: man in a plain yellow short-sleeve pique polo (no logo) and navy shorts, front view, white backdrop (the
    # feed row has no gender). caption: adapter
    case(
        "X356-045",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a yellow polo shirt and blue shorts"),
        D.garment_type("shirt"),
        D.color("yellow"),
        color_of("shorts", "yellow", "other_garment_color"),
        D.details("it has a collar and buttons and a logo on the chest", "unsupported"),
        D.material("a yellow polo shirt", "restated"),
        title="Pique Polo Shirt",
        category="Shirts_Polos",
        color="Yellow",
    ),
    # photo: woman in a long-sleeve crew sweater in wide blocks of blue, white and pink (blue on top, no zipper), with
    # jeans, front view, white backdrop (the feed row has no color). caption: adapter
    case(
        "X356-046",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with knitting fabric and "
            "its neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a colorful sweater and jeans"),
        D.pattern("color block"),
        D.garment_type("cardigan", "contradiction"),
        D.color("blue"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        D.details("the sweater has a zipper", "unsupported"),
        D.material("wool"),
        title="Colorblock Crew Sweater",
        category="Sweaters",
        gender="Women",
    ),
]
