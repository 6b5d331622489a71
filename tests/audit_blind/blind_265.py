"""BLIND_265 (46 products; men's winter knitwear, sweatshirts, jackets, coats, thermals, mufflers and caps): written
blind in the forty-second session. Measured blind at 3a84e7d (the session's rules as they stood): 97/116 failures
found (83.6%) and 5/136 correct texts flagged (3.7%). The writer's notes, verbatim:

Scenario: an English catalog feed of men's winter wear: crew-neck, cable-knit, Fair Isle and quarter-zip sweaters,
cardigans, sweatshirts and hoodies, bomber, biker, denim, trucker, sherpa, utility and puffer jackets, a gilet,
overcoats, a peacoat and a parka, thermal sets and tops, mufflers and caps. Model shots in the studio and outdoors
(snowy parks and streets, brick and painted walls, a taxi, neon lights, a dock), many of them layered (a sweater over
a shirt, a jacket over a hoodie, a coat with a scarf), with the seller's title, category, color and gender; a few rows
miss the gender (the unisex-looking muffler, one hoodie), as real feeds do.

Who wrote what: three models, each on part of the items, as in the original experiments. The untuned base
`Salesforce/blip2-opt-2.7b` writes short lowercase texts and stops on its own (never hit_limit); it wrote every
caption and open answer the comments do not give to an adapter. The caption-only LoRA adapter writes the
DeepFashion template ("The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with
knitting fabric ...", no hue words, often "lady" for a man) with no end token, so it runs to its limit (50 tokens
for captions, 30 for answers) and returns its template for any question: hit_limit=True. The VQA-only adapter
answers with In-shop class and color words and never stops either ("jacket/coat-jacket/coat-...", "black-black-..."),
and asked for a caption it returns the same: hit_limit=True. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece colors, hood, "Is this a ...?") are enrich's `--engine reference` answers chosen from
candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: grey for charcoal or grey melange, red for maroon or burgundy, brown for camel or tan,
  yellow for mustard, orange for rust, green for olive or hunter green, blue for navy or teal, white for cream or
  off white. Black for a charcoal garment is contradiction (the seller names a grey).
- The color of another piece in the photo (the shirt under the sweater, the hoodie under the jacket, the beanie, the
  joggers, the coat around a muffler) given as the product's color is other_garment_color, and so is a detail of the
  product given another piece's color ("a white collar" that is the shirt's). A color of the print, the lining, a
  motif or the backdrop (a yellow wall, a taxi) given as the garment's color is contradiction.
- Garment synonyms in open texts are correct: jumper or sweater for a cardigan or a sweatshirt, hoodie for a hooded
  sweatshirt, jean jacket for denim jacket, parka or trench coat for a coat, vest for a gilet, scarf for a muffler,
  hat or beanie for a cap, shirt for an overshirt or a thermal top, long johns or leggings for thermal bottoms. The
  reference engine choosing "sweater" where "cardigan" is a candidate, or "jacket" for a quarter-zip pullover, is
  contradiction; so is the template's "shirt" or "sweater" for a jacket or coat (hit_limit kept).
- Accessory products (mufflers, caps): an answer that names only the coat or jacket, or a garment_type of coat or
  jacket, is contradiction; the coat's color given as the accessory's is other_garment_color.
- Materials: one the title names is correct (and leather for faux leather); a plausible guess the title does not
  contradict (wool on a knit, cotton on a sweatshirt, nylon or polyester on a puffer, fleece on a fleece) is
  correct; one the title contradicts (wool or cotton for acrylic) is contradiction; one neither named nor visible
  (down fill, leather on a wool coat) is unsupported. A material answered with the garment's name and color, or the
  adapter's template, is restated; "it is made of fabric" is non_answer; "it is made of" is cut (no hit_limit).
- Invented details (a hood, a fur collar, a belt, a reindeer, a hood on a print sweatshirt) are unsupported; a hood
  that belongs to the hoodie under the jacket answered "yes" for the jacket is contradiction.
- Adapter texts: a repeated sentence is loop, a stop mid-sentence without repeating is cut; an accessory it invents
  before being cut does not change that (one kind per text). "The lady" opening an adapter text on a man is pronoun
  (seen first). VQA adapter repetitions are loop.
- Base answers that run on into "Question: ... Answer:" are leak even where the start is right. "woman"/"she" for a
  man is pronoun. An empty answer or "the details of the garment" is non_answer.
- Quilted diamond stitching answered "checked", a Fair Isle band answered "floral" and cable knit answered
  "striped" are contradiction; "lattice" in the template for quilting is left alone.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
hood = question("hood", "Does the garment have a hood?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
closure = question("closure", "How does the garment fasten?", "open")

BLIND_265 = [
    # photo: man in a navy cable-knit crew-neck sweater, a white shirt collar showing at the neck, grey chinos; plain
    # light grey studio backdrop, front view. all texts: base model / reference engine
    case(
        "X265-001",
        caption("a man wearing a navy blue sweater and grey pants"),
        D.wearing("a blue sweater and a", "cut"),
        D.color("navy"),
        D.pattern("striped", "contradiction"),
        D.details("the sweater has a white collar", "other_garment_color"),
        D.material("wool"),
        title="Men Navy Blue Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a charcoal pullover hoodie with kangaroo pocket and white drawstrings, black joggers; city street,
    # front view. caption: caption adapter
    case(
        "X265-002",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This "
            "gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        D.garment_type("hoodie"),
        D.color("black", "other_garment_color"),
        D.details(
            "the hoodie has a kangaroo pocket and drawstrings and a zipper",
            "unsupported",
        ),
        D.material("cotton"),
        title="Men Charcoal Cotton Fleece Pullover Hoodie",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in an olive quilted hooded puffer jacket, zipped, blue jeans, black knit beanie; snowy park, front.
    # all texts: base model / reference engine
    case(
        "X265-003",
        caption("a man in a green jacket standing in the snow"),
        D.wearing("a green jacket and jeans"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.details("the jacket has a hood and a zipper and a fur collar", "unsupported"),
        D.material("nylon"),
        title="Men Olive Quilted Hooded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a black single-breasted wool-blend overcoat with notch lapels and two buttons over a grey
    # turtleneck, black trousers; studio, white backdrop. caption: caption adapter
    case(
        "X265-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black coat and a grey sweater"),
        D.color("black"),
        D.details(
            "the coat has a notch lapel and two buttons Question: what is the color of the coat? Answer: black",
            "leak",
        ),
        D.material("wool"),
        title="Men Black Wool Blend Single-Breasted Overcoat",
        category="Coats",
        color="Black",
        gender="Men",
    ),
    # photo: man in a maroon shawl-collar button cardigan, open over a white t-shirt, beige chinos; seated at an
    # outdoor cafe table. all texts: base model / reference engine
    case(
        "X265-005",
        caption("a man in a red cardigan sitting at a table"),
        D.wearing("a red sweater and a white shirt"),
        D.garment_type("sweater", "contradiction"),
        D.color("white", "other_garment_color"),
        D.details("the cardigan has buttons and a shawl collar"),
        D.material("a maroon cardigan", "restated"),
        title="Men Maroon Shawl Collar Cardigan",
        category="Cardigans",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a mustard crew-neck sweatshirt with a white "BROOKLYN" print on the chest, blue jeans; studio,
    # front view. caption, material: caption adapter
    case(
        "X265-006",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman wears a long-sleeve sweater with graphic",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow sweatshirt with the word brooklyn on it"),
        D.garment_type("sweatshirt"),
        D.color("yellow"),
        D.pattern("graphic"),
        D.material(
            "The sweater is with cotton fabric and graphic patterns. It has a round neckline. The gentleman wears a "
            "long trousers. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Mustard Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in an open navy nylon bomber jacket, ribbed collar, orange lining visible at the front, grey t-shirt
    # underneath; outdoors in front of a red brick wall. caption: caption adapter
    case(
        "X265-007",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "This gentleman also wears an outer clothing, with pure color patterns. The outer clothing is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and a grey shirt"),
        D.color("orange", "contradiction"),
        D.details("the jacket has a zipper and a hood", "unsupported"),
        D.material("nylon"),
        title="Men Navy Blue Nylon Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a grey melange thermal set, long-sleeve crew-neck top and full-length bottoms; white studio
    # backdrop, front view. all texts: base model / reference engine
    case(
        "X265-008",
        caption("a man wearing a grey long sleeve shirt and grey leggings"),
        D.wearing("a woman in grey thermal underwear", "pronoun"),
        D.color("grey"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the shirt has a round neck and the pants have a elastic waistband"),
        title="Men Grey Melange Cotton Blend Thermal Top & Bottom Set",
        category="Thermals",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: head-and-shoulders of a man in a black fold-over-cuff knit beanie and a brown suede jacket; snowy street.
    # all texts: base model / reference engine
    case(
        "X265-009",
        caption("a man wearing a black hat and a brown jacket"),
        D.wearing("a brown jacket", "contradiction"),
        D.garment_type("jacket", "contradiction"),
        D.color("black"),
        is_a("hat", "yes"),
        D.material("a black beanie", "restated"),
        title="Men Black Solid Beanie",
        category="Caps",
        color="Black",
        gender="Men",
    ),
    # photo: man in a grey overcoat with a red-and-navy tartan muffler wrapped round the neck; outdoors, city square.
    # caption: caption adapter
    case(
        "X265-010",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a lapel neckline. There is a scarf around her neck. The lady wears a long",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a grey coat and a red scarf"),
        D.garment_type("scarf"),
        D.color("grey", "other_garment_color"),
        D.pattern("checked"),
        D.details("the scarf has details", "non_answer"),
        title="Men Red & Navy Checked Wool Muffler",
        category="Mufflers",
        color="Red",
        gender="Men",
    ),
    # photo: man in a teal full-zip fleece jacket with stand collar, black pants; forest trail, front view.
    # caption, wearing: VQA adapter
    case(
        "X265-011",
        caption(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat "
            "jacket/coat jacket/coat jacket/coat jacket/coat",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "jacket/coat-jacket/coat-jacket/coat-jacket/coat-jacket/coat-jacket/coat-jacket/coat",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.material("fleece"),
        title="Men Teal Polar Fleece Full-Zip Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a camel belted trench coat over a white shirt, navy trousers; grey studio backdrop, front view.
    # all texts: base model / reference engine
    case(
        "X265-012",
        caption("a man in a beige trench coat and blue pants"),
        D.wearing("a trench coat"),
        D.garment_type("coat"),
        D.color("brown"),
        color_pants("black", "contradiction"),
        D.details("the coat has a belt and a hood", "unsupported"),
        title="Men Camel Brown Belted Trench Coat",
        category="Coats",
        color="Camel Brown",
        gender="Men",
    ),
    # photo: man in a black hooded puffer jacket with grey faux-fur hood trim, black pants; snowy mountain slope.
    # caption, material: caption adapter
    case(
        "X265-013",
        caption(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns. There is a hat in his head. This gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket with a fur hood"),
        D.color("black"),
        hood("yes"),
        D.material(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Hooded Puffer Jacket with Faux Fur Trim",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a rust v-neck sweater over a white collared shirt (collar and cuffs showing), dark jeans; studio.
    # all texts: base model / reference engine
    case(
        "X265-014",
        caption("a man wearing an orange sweater over a white shirt"),
        D.wearing("an orange sweater and a white shirt"),
        D.color("orange"),
        neckline("round neck", "contradiction"),
        D.details("the sweater has a white collar and white cuffs", "other_garment_color"),
        D.material("cotton", "contradiction"),
        title="Men Rust Acrylic V-Neck Sweater",
        category="Sweaters",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a plain grey crew-neck sweatshirt, black jeans, standing against a painted yellow wall outdoors.
    # all texts: base model / reference engine
    case(
        "X265-015",
        caption("a man in a grey sweatshirt standing in front of a yellow wall"),
        D.wearing("a grey sweatshirt"),
        D.garment_type("sweatshirt"),
        D.color("yellow", "contradiction"),
        D.details("", "non_answer"),
        D.material("the sweatshirt is grey", "restated"),
        title="Men Grey Solid Crew Neck Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a navy-and-white horizontal striped crew-neck knit sweater, beige chinos; studio, front.
    # caption, details: caption adapter
    case(
        "X265-016",
        caption(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped sweater"),
        D.pattern("striped"),
        D.color("navy"),
        D.details(
            "The sweater is with knitting fabric and striped patterns. It has a round neckline. The sweater is with "
            "knitting fabric and striped",
            "loop",
            hit_limit=True,
        ),
        D.material("wool and cashmere", "unsupported"),
        title="Men Navy & White Striped Pullover Sweater",
        category="Sweaters",
        color="Navy & White",
        gender="Men",
    ),
    # photo: man in a beige mid-thigh hooded parka with four flap pockets, black jeans; city street, a yellow taxi
    # behind him. all texts: base model / reference engine
    case(
        "X265-017",
        caption("a man in a beige coat walking down the street next to a yellow taxi"),
        D.wearing("a beige parka and black jeans"),
        D.color("yellow", "contradiction"),
        color_jeans("blue", "contradiction"),
        D.description("a beige parka with a hood and", "cut"),
        D.details("the jacket has a hood and four pockets"),
        title="Men Beige Cotton Hooded Parka",
        category="Coats",
        color="Beige",
        gender="Men",
    ),
    # photo: long-haired man in a cream cable-knit turtleneck sweater, black trousers; studio, front view.
    # all texts: base model / reference engine
    case(
        "X265-018",
        caption("a woman in a white turtleneck sweater", "pronoun"),
        D.wearing("a white sweater and black pants"),
        D.color("white"),
        neckline("turtleneck"),
        D.material("wool Question: what is the color of the sweater? Answer: white", "leak"),
        title="Men Cream Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a black faux-leather biker jacket with asymmetric zip over a white hoodie, the hoodie's hood out
    # over the jacket collar; studio. all texts: base model / reference engine
    case(
        "X265-019",
        caption("a man in a black leather jacket and a white hoodie"),
        D.wearing("a black jacket"),
        D.color("white", "other_garment_color"),
        hood("yes", "contradiction"),
        D.material("leather"),
        title="Men Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a burgundy quarter-zip knit pullover with stand collar, blue jeans; seated on a wooden park bench,
    # autumn leaves. caption, details: caption adapter
    case(
        "X265-020",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The sweater is with knitting fabric. It has a stand neckline. The sweater is "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red sweater and blue jeans"),
        D.garment_type("jacket", "contradiction"),
        D.color("red"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a stand neckline. The sweater is "
            "with knitting fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Men Burgundy Quarter Zip Pullover Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: man in an off-white Fair Isle sweater with a red-and-navy snowflake band across chest and sleeves, grey
    # trousers; studio. all texts: base model / reference engine
    case(
        "X265-021",
        caption("a man in a white sweater with a red and blue pattern"),
        D.wearing("a christmas sweater"),
        D.pattern("floral", "contradiction"),
        D.color("red", "contradiction"),
        D.details(
            "the sweater has a snowflake pattern on the chest and a reindeer",
            "unsupported",
        ),
        D.material("wool"),
        title="Men Off White Fair Isle Patterned Sweater",
        category="Sweaters",
        color="Off White",
        gender="Men",
    ),
    # photo: man in an open black zip-up hoodie over a grey graphic t-shirt, black jeans; studio, front view.
    # caption: VQA adapter
    case(
        "X265-022",
        caption(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and a grey t-shirt"),
        D.color("grey", "other_garment_color"),
        D.details(
            "the hoodie has a zipper and a hood Question: what is the color of the hoodie? Answer: black",
            "leak",
        ),
        D.material("", "non_answer"),
        title="Men Black Zip-Up Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a brown suede trucker jacket with a cream sherpa collar and two chest pockets, white t-shirt;
    # studio, front view. all texts: base model / reference engine
    case(
        "X265-023",
        caption("a man wearing a brown suede jacket with a white collar"),
        D.wearing("a brown jacket and a white shirt"),
        D.color("brown"),
        D.details("the jacket has a fur collar and buttons and two chest pockets"),
        D.material("suede"),
        title="Men Brown Suede Trucker Jacket with Sherpa Collar",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a grey marl v-neck button cardigan over a navy polo shirt, grey chinos; studio.
    # caption: caption adapter
    case(
        "X265-024",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman also wears an outer clothing, with pure color patterns. The outer "
            "clothing is with knitting",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey cardigan and a blue shirt"),
        D.garment_type("cardigan"),
        D.color("navy", "other_garment_color"),
        closure("the cardigan has", "cut"),
        title="Men Grey Melange V-Neck Cardigan",
        category="Cardigans",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a navy sleeveless quilted puffer gilet over a grey hoodie, black pants; outdoors, parking lot.
    # all texts: base model / reference engine
    case(
        "X265-025",
        caption("a man in a blue vest and a grey hoodie"),
        D.wearing("a vest"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("navy"),
        D.material("down feathers", "unsupported"),
        title="Men Navy Blue Quilted Sleeveless Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a charcoal double-breasted wool peacoat over a black turtleneck; rainy street, front view.
    # all texts: base model / reference engine
    case(
        "X265-026",
        caption("a man in a black coat walking in the rain", "contradiction"),
        D.wearing("she is wearing a grey coat and a black sweater", "pronoun"),
        D.color("grey"),
        is_a("jacket", "yes"),
        D.details("double breasted with buttons"),
        D.material("wool"),
        title="Men Charcoal Wool Blend Double-Breasted Peacoat",
        category="Coats",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a white hooded sweatshirt with a black logo print on the chest, grey joggers; studio.
    # wearing, color of the hoodie (free generation): VQA adapter
    case(
        "X265-027",
        caption("a man wearing a white hoodie with a logo on it"),
        D.wearing(
            "sweatshirt/hoodie, sweatshirt/hoodie, sweatshirt/hoodie, sweatshirt/hoodie, sweatshirt/hoodie, "
            "sweatshirt/hoodie",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "hoodie",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.material("the hoodie is white", "restated"),
        title="Men White Logo Print Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in an olive cotton utility jacket with four flap pockets and snaps over a white henley, jeans;
    # forest clearing. caption, material: caption adapter
    case(
        "X265-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jacket and jeans"),
        D.color("green"),
        D.details("the jacket has four pockets and a hood", "unsupported"),
        D.material(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Cotton Utility Jacket",
        category="Jackets",
        color="Olive Green",
        gender="Men",
    ),
    # photo: man in a black long-sleeve crew-neck thermal top, grey trousers; studio, white backdrop.
    # all texts: base model / reference engine
    case(
        "X265-029",
        caption("a man in a black long sleeve shirt"),
        D.garment_type("t-shirt"),
        D.sleeve_length("long sleeves"),
        D.description(
            "a black long sleeve shirt Question: what is the material of the shirt? Answer: cotton",
            "leak",
        ),
        D.material("it is made of", "cut"),
        title="Men Black Solid Thermal Top",
        category="Thermals",
        color="Black",
        gender="Men",
    ),
    # photo: man in a mustard hooded puffer jacket, grey knit beanie, black pants; snowy street, front view.
    # all texts: base model / reference engine
    case(
        "X265-030",
        caption("a woman in a yellow jacket and a grey hat", "pronoun"),
        D.wearing("a yellow jacket"),
        D.color("grey", "other_garment_color"),
        D.details("the jacket has a hood and a zipper"),
        D.material("down", "unsupported"),
        title="Men Mustard Hooded Puffer Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a grey zip hoodie with navy sleeves (colour-blocked), black joggers; studio, front view.
    # caption: caption adapter
    case(
        "X265-031",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey and blue hoodie"),
        D.pattern("color block"),
        D.details("the hoodie has a zipper and blue sleeves"),
        D.material("it is made of material", "non_answer"),
        title="Men Grey & Navy Colourblocked Zip Hoodie",
        category="Sweatshirts",
        color="Grey & Navy",
        gender="Men",
    ),
    # photo: man in a light-blue denim jacket with a sherpa lining, over a grey hoodie (hood out); studio.
    # all texts: base model / reference engine
    case(
        "X265-032",
        caption("a man in a denim jacket and a grey hoodie"),
        D.wearing("a jean jacket"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the jacket has a fur lining and a grey hood", "other_garment_color"),
        D.material("denim"),
        title="Men Light Blue Sherpa Lined Denim Jacket",
        category="Jackets",
        color="Light Blue",
        gender="Men",
    ),
    # photo: man in an open red-and-black buffalo-check flannel overshirt jacket over a black t-shirt, jeans; studio.
    # all texts: base model / reference engine
    case(
        "X265-033",
        caption("a man in a red and black plaid shirt"),
        D.wearing("a plaid shirt and a black t-shirt"),
        D.color("red"),
        D.details("the shirt has two pockets on the chest and buttons"),
        D.material("flannel"),
        title="Men Red & Black Checked Flannel Overshirt Jacket",
        category="Jackets",
        color="Red & Black",
        gender="Men",
    ),
    # photo: man in a navy diamond-quilted jacket with a brown corduroy collar and snap buttons, chinos; studio.
    # caption, material: caption adapter
    case(
        "X265-034",
        caption(
            "The gentleman wears a long-sleeve sweater with lattice patterns. The sweater is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman wears a long-sleeve",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue jacket with a brown collar"),
        D.color("navy"),
        D.pattern("checked", "contradiction"),
        D.details("the jacket has a brown corduroy collar and snap buttons"),
        D.material(
            "The sweater is with cotton fabric and lattice patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers.",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue Diamond Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a grey wool flat cap and a camel overcoat; outdoors, cobbled street, three-quarter view.
    # all texts: base model / reference engine
    case(
        "X265-035",
        caption("a man wearing a hat and a brown coat"),
        D.wearing("a hat and a coat"),
        D.garment_type("coat", "contradiction"),
        D.color("brown", "other_garment_color"),
        is_a("hat", "yes"),
        D.material("wool"),
        title="Men Grey Wool Blend Flat Cap",
        category="Caps",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a black puffer jacket with a plain grey knitted muffler looped round the neck; studio.
    # caption: VQA adapter
    case(
        "X265-036",
        caption(
            "scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf "
            "scarf scarf scarf scarf scarf scarf scarf",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket and a grey scarf"),
        D.garment_type("scarf"),
        D.color("grey"),
        D.details("the scarf is a scarf", "non_answer"),
        D.material("wool", "contradiction"),
        title="Grey Solid Acrylic Knitted Muffler",
        category="Mufflers",
        color="Grey",
    ),
    # photo: man in a hunter-green crew-neck sweater with brown suede elbow patches, side view showing a patch, grey
    # trousers; studio. caption: caption adapter
    case(
        "X265-037",
        caption(
            "His sweater has long sleeves, and it is with knitting fabric and pure color patterns. The neckline of the "
            "sweater is round. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green sweater"),
        D.garment_type("cardigan", "contradiction"),
        D.color("green"),
        D.details("the sweater has brown patches on the elbows"),
        title="Men Green Crew Neck Sweater with Elbow Patches",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: long-haired man in a black pullover hoodie with kangaroo pocket, black jeans; night street, pink and
    # blue neon signs behind. all texts: base model / reference engine
    case(
        "X265-038",
        caption("a woman in a black hoodie standing in front of neon lights", "pronoun"),
        D.wearing("a black hoodie"),
        D.color("black"),
        D.details("the hoodie has a pink logo on the front", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Men Black Solid Pullover Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a tan sherpa fleece zip jacket over a white t-shirt, blue jeans; studio.
    # color of the jacket (free generation): VQA adapter
    case(
        "X265-039",
        caption("a man wearing a teddy jacket and jeans"),
        color_of(
            "jacket",
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.description(
            "a brown fleece jacket Question: what is the color of the jacket? Answer: brown",
            "leak",
        ),
        D.details("the jacket has a zipper and two", "cut"),
        D.material("fleece"),
        title="Men Tan Sherpa Fleece Zip Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: man in a cream chunky toggle cardigan over a blue chambray shirt; outdoors on a wooden lake dock.
    # all texts: base model / reference engine
    case(
        "X265-040",
        caption("a man in a white cardigan standing on a dock"),
        D.wearing(
            "a white sweater and a blue shirt Question: what is the color of the sweater? Answer: white",
            "leak",
        ),
        D.color("blue", "other_garment_color"),
        closure("buttons"),
        D.material("the cardigan is made of", "cut"),
        title="Men Cream Chunky Knit Toggle Cardigan",
        category="Cardigans",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a navy hooded sweatshirt with a small chest logo, grey joggers; seated on outdoor stone steps.
    # caption, details: caption adapter
    case(
        "X265-041",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue hoodie and grey sweatpants"),
        D.color("navy"),
        color_pants("grey"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. It has a hooded neckline. The pants are with "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # photo: man in a grey crew-neck sweatshirt with a large navy mountain graphic and the word "ADVENTURE", black
    # jeans; outdoors against a white wall. all texts: base model / reference engine
    case(
        "X265-042",
        caption("a man in a grey sweatshirt with a mountain on it"),
        D.wearing(
            "a grey sweatshirt and black pants Question: what is on the sweatshirt? Answer: a mountain",
            "leak",
        ),
        D.pattern("graphic"),
        D.color("navy", "contradiction"),
        D.details(
            "the sweatshirt has a mountain and the word adventure and a hood",
            "unsupported",
        ),
        title="Men Grey Graphic Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a long black longline overcoat (no belt) with a grey scarf, black trousers; winter street.
    # all texts: base model / reference engine
    case(
        "X265-043",
        caption("a man in a black coat and a grey scarf"),
        D.wearing("a woman in a long black coat", "pronoun"),
        D.color("black"),
        D.details("it has a collar and buttons and a belt", "unsupported"),
        D.material("leather", "unsupported"),
        title="Men Black Longline Overcoat",
        category="Coats",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy thermal set, long-sleeve crew-neck top and full-length bottoms; white studio backdrop.
    # caption: caption adapter
    case(
        "X265-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("blue long johns"),
        D.color("navy"),
        D.details("the details of the garment", "non_answer"),
        D.material("cotton"),
        title="Men Navy Cotton Thermal Top & Bottom Set",
        category="Thermals",
        color="Navy",
        gender="Men",
    ),
    # photo: close-up of a man in a teal knitted beanie with a teal pom-pom, white hoodie below; snowy outdoors.
    # all texts: base model / reference engine
    case(
        "X265-045",
        caption("a man wearing a blue beanie with a pom pom"),
        D.wearing("a hat"),
        D.color("white", "other_garment_color"),
        is_a("beanie", "yes"),
        D.description("a blue hat with a ball on top"),
        D.material("the hat is blue", "restated"),
        title="Men Teal Pom Pom Knit Beanie",
        category="Caps",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a beige crew-neck sweater over a blue denim shirt (collar out), brown corduroy trousers; seated
    # on a stool, studio. caption, material: caption adapter
    case(
        "X265-046",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a sweater, a denim shirt and brown pants"),
        D.color("blue", "other_garment_color"),
        D.details("the sweater has a ribbed hem and cuffs"),
        D.material(
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The gentleman "
            "wears a long trousers. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Beige Solid Crew Neck Sweater",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
]
