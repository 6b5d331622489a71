"""BLIND_487 (46 products; men's winter wear: sweaters, sweatshirts, hoodies, jackets, puffers, blazers, thermals):
written blind in the forty-ninth session. Measured blind at 302447f (the session's rules as they stood): 110/133
failures found (82.7%) and 6/168 correct texts flagged (3.6%). The writer's notes, verbatim:

Scenario: a Myntra men's winter night. The feed sells sweaters and cardigans, sweatshirts and hoodies, jackets
(puffer, bomber, denim, leather, corduroy, fleece, parka, windcheater), coats, blazers and thermal sets, photographed
on a model who wears them over shirts, t-shirts, turtlenecks or hoodies, with jeans, chinos, joggers or trousers.
Backdrops are mostly plain studio walls, with some brick or wooden walls, snow, a street, a gym, a party. Each row
carries the seller's title, category, color and gender; a few rows miss the color or the gender, as real feeds do.
The questions are the experiments' own (What is he wearing? What is the color of the jacket / sweater / shirt /
pants? Describe the jacket. What are the jacket details?) plus the closed garment_type, color, pattern,
sleeve_length, a few "Is this a ...?" and the open material question.

Who wrote what: unless a comment says otherwise, captions and open answers come from the untuned base
`Salesforce/blip2-opt-2.7b`: short, lowercase, it stops on its own (never hit_limit), but it may stop early, run on
into "Question: ... Answer: ...", give one color to every garment, invent details or get the pronoun wrong. The
caption adapter (DeepFashion template, epochs 1 and 3) was trained with no end token: every text of it runs to its
limit (50 tokens for captions, 30 for answers, hit_limit=True) and it returns its template to any question; epoch 1
sometimes starts with a short base-like answer before sliding into the template. The VQA adapter also never stops:
its texts stutter one word ("blue-blue-blue"), repeat a sentence, or chain new "Question: ... Answer:" pairs, all
with hit_limit=True. Closed answers (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a
...?") come from enrich's `--engine reference`, chosen from candidate sets: never a loop or a cut, but they can be
the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, green for olive, teal or dark green, red for maroon or burgundy, brown for
  tan or camel, yellow for mustard, orange for rust, white or cream for off white, grey for charcoal or melange,
  purple for lavender, khaki for beige chinos. A wrong shade family is contradiction (navy as black, mustard as
  orange, lavender as pink).
- Garment synonyms are correct: hoodie or sweatshirt, sweater or pullover, cardigan, suit or suit jacket for a
  blazer, coat for a parka or overcoat, jean jacket for a denim jacket, thermals or long underwear for a thermal set,
  long sleeve shirt or tee for a thermal top, vest for a sleeveless puffer, sweater for a sweater vest.
- Layers: naming the inner garment beside the product ("a black jacket and a white t-shirt") is correct. A color
  of the inner garment, the lining or another piece given as the product's (or another piece's) color is
  other_garment_color; a color no garment in the photo has (the wall, the lining, the print) is contradiction. A
  pattern or sleeve length of another piece given to the product (the check trousers' "checked", the sweatshirt's
  long sleeves under a gilet) is contradiction, and so is a material of another piece (denim for a thermal top).
- An answer naming only the inner garment (a hoodie for the denim jacket over it) is contradiction: the auditor
  sees another garment than the seller's.
- Invented details not in the photo (a pocket square, a scarf, a hood, a belt, drawstrings, a v-neck on a crew neck)
  are unsupported; a material neither in the title nor visible (wool for a nylon parka) is unsupported. Plausible
  guesses on knits and jersey (wool for a knit sweater, cotton for a sweatshirt) are correct.
- Cable knit or Fair Isle answered as "striped" or "solid", print color given as the garment's color: contradiction.
- Adapter texts: a repeated sentence or word is loop; one that stops mid-sentence without repeating is cut, even
  where it also misnames a fabric; "The lady wears" for a man is pronoun (seen first), hit_limit kept. The template
  returned for the material or a color question is restated (it does not answer it); for wearing or describe it
  does answer, so cut or loop. A VQA text that chains "Question: ... Answer:" is leak even with hit_limit.
- Base early stops ("the jacket has") are cut without hit_limit; "", "the jacket details", "i don't know" are
  non_answer; "it is a jacket", "a hoodie" for describe, or the garment for the material question are restated.
- "she" or "a woman" for a man is pronoun.
- A question about a jacket asked of a sweater-only photo and answered with a jacket is contradiction.
- "Is this a jacket?" or "Is this a cardigan?" answered yes for a hoodie, a pullover or a thermal top (the yes
  bias of the VQA data) is contradiction; "no" where it is not is correct.
- A closed color that is the other piece's color (the hoodie under a bomber, the sweatshirt under a gilet, the
  sweater under a parka) is other_garment_color; so is one color the base model spreads over the outfit ("a red
  jacket and red pants" for black trousers). Rolled-up sleeves answered "short sleeves", quilting lines or corduroy
  wales answered "striped" are contradiction. Leather for a nylon bomber or puffer, cotton for suede: unsupported.
- The VQA adapter asked to describe or give a color repeats its first words to the limit: loop.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def he(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' own "What is he wearing?"."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_487 = [
    # photo: model in a black hooded puffer jacket, zipped halfway over a white t-shirt, blue jeans, white backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X487-001",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a black puffer jacket and jeans"),
        color_of("jacket", "black"),
        color_of("pants", "black", "other_garment_color"),
        B.garment_type("jacket"),
        B.pattern("solid"),
        title="Men Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy crew-neck pullover over a white collared shirt (collar and cuffs show), beige chinos, grey backdrop.
    # details of the sweater: caption adapter (epoch 3)
    case(
        "X487-002",
        caption("a man wearing a blue sweater and khaki pants"),
        he("a sweater and a white shirt"),
        color_of("sweater", "white", "other_garment_color"),
        B.color("blue"),
        describe("sweater", "a navy blue sweater with a v-neck", "unsupported"),
        B.sleeve_length("long sleeves"),
        details(
            "sweater",
            "The sweater is with wool fabric and pure color patterns. It has a round neckline. The sweater is "
            "with wool fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange hoodie with kangaroo pocket and drawstrings, black joggers, white backdrop, front view.
    # caption and details: caption adapter (epoch 3)
    case(
        "X487-003",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        he("a grey hoodie and black pants"),
        details(
            "hoodie",
            "The hoodie is with cotton fabric and pure color patterns. It has a hooded neckline. The hoodie is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("sweatshirt"),
        color_of("pants", "grey", "other_garment_color"),
        B.material("cotton"),
        is_a("jacket", "yes", "contradiction"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: tan suede trucker jacket with a cream sherpa collar, open over a black t-shirt, dark blue jeans,
    # outdoors in front of a red brick wall.
    # no adapter text
    case(
        "X487-004",
        caption("a man in a brown jacket standing in front of a brick wall"),
        he("a brown jacket and brown pants", "other_garment_color"),
        color_of("jacket", "black", "other_garment_color"),
        describe("jacket", "a brown leather jacket with a fur collar"),
        details("jacket", "the jacket has a collar and buttons"),
        B.pattern("solid"),
        B.material("cotton", "unsupported"),
        title="Men Tan Brown Solid Suede Trucker Jacket with Sherpa Collar",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: maroon cable-knit cardigan, buttoned, white t-shirt at the neck, grey trousers, plain beige backdrop.
    # color of the sweater (open): VQA adapter
    case(
        "X487-005",
        caption("a man wearing a red cardigan sweater"),
        he("she is wearing a red sweater", "pronoun"),
        color_of(
            "sweater",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("cardigan"),
        B.pattern("striped", "contradiction"),
        is_a("sweater", "yes"),
        title="Men Maroon Cable Knit Cardigan",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: charcoal single-breasted blazer, notch lapels, no pocket square, over a light blue shirt (no tie), black
    # trousers, white studio backdrop.
    # caption: caption adapter (epoch 1)
    case(
        "X487-006",
        caption(
            "a man in a grey suit jacket and a blue shirt. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a lapel",
            "cut",
            hit_limit=True,
        ),
        he("a suit"),
        color_of("shirt", "blue"),
        color_of("jacket", "blue", "other_garment_color"),
        details("jacket", "the jacket has two buttons and a pocket square", "unsupported"),
        B.color("grey"),
        title="Men Charcoal Grey Solid Single-Breasted Slim Fit Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white waffle thermal set, long-sleeve crew-neck top and full-length bottoms, on a model, white backdrop.
    # no adapter text
    case(
        "X487-007",
        caption("a man in white long underwear"),
        he("a white shirt and white pants Question: what is the color of the shirt? Answer: white", "leak"),
        B.garment_type("sweater", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.material("cotton"),
        B.color("white"),
        title="Men White Solid Cotton Thermal Set",
        category="Thermal Set",
        color="White",
        gender="Men",
    ),
    # photo: olive quilted bomber jacket with rib cuffs, no hood, over a black hoodie whose hood lies on the jacket's
    # collar, black jeans, grey backdrop.
    # no adapter text
    case(
        "X487-008",
        caption("a man wearing a green jacket and a black hoodie"),
        he("a green jacket"),
        color_of("jacket", "green"),
        describe("jacket", "it is a jacket", "restated"),
        details("jacket", "the jacket has a hood", "unsupported"),
        B.pattern("solid"),
        B.color("black", "other_garment_color"),
        title="Men Olive Green Quilted Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: red-and-black buffalo check flannel shacket worn open, sleeves rolled to the elbow, over a grey t-shirt,
    # blue jeans, wooden plank wall.
    # no adapter text
    case(
        "X487-009",
        caption("a man in a plaid shirt standing in front of a wooden wall"),
        he("a red and black plaid shirt and jeans"),
        B.pattern("checked"),
        color_of("shirt", "grey", "other_garment_color"),
        B.garment_type("shirt"),
        B.color("red"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("shirt", "i don't know", "non_answer"),
        title="Men Red & Black Buffalo Checked Flannel Shacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: mustard hoodie with "BROOKLYN" printed in white across the chest, blue jeans, white backdrop.
    # caption and material: caption adapter (epoch 3)
    case(
        "X487-010",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        he("a yellow hoodie with the word brooklyn on it"),
        B.material(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded",
            "restated",
            hit_limit=True,
        ),
        B.color("orange", "contradiction"),
        B.pattern("graphic"),
        title="Men Mustard Yellow Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: black leather biker jacket with asymmetric zip and zipped cuffs, open over a white t-shirt, black jeans,
    # grey studio backdrop.
    # no adapter text
    case(
        "X487-011",
        caption("a man in a black leather jacket and white t-shirt"),
        he("a black leather jacket Question: what is the color of the jacket? Answer: black", "leak"),
        color_of("jacket", "black"),
        details("jacket", "zippers and a belt", "unsupported"),
        B.material("leather"),
        B.garment_type("jacket"),
        title="Men Black Solid Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: cream chunky shawl-collar cardigan, buttoned, brown trousers, no scarf, plain light grey backdrop.
    # no adapter text
    case(
        "X487-012",
        caption("a man in a white sweater with a brown scarf", "unsupported"),
        he("a white sweater and white pants", "other_garment_color"),
        color_of("sweater", "cream"),
        color_of("pants", "brown"),
        B.sleeve_length("long sleeves"),
        details("sweater", "the details of the sweater", "non_answer"),
        title="Men Cream-Coloured Shawl Collar Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: navy padded puffer jacket with hood, open over a red crew-neck sweater, black pants, snowy street.
    # color of the jacket (open): VQA adapter; description of the jacket: caption adapter (epoch 3)
    case(
        "X487-013",
        caption("a man in a blue jacket standing in the snow"),
        he("a blue jacket and a red sweater"),
        color_of(
            "jacket",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("sweater", "blue", "other_garment_color"),
        B.color("black", "contradiction"),
        is_a("jacket", "yes"),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton "
            "fabric. It has a hooded neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Padded Puffer Jacket with Detachable Hood",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black zip-through hoodie worn open over a white printed t-shirt, grey joggers, gym with racks behind.
    # no adapter text; the feed row has no gender
    case(
        "X487-014",
        caption("a man in a black hoodie standing in a gym"),
        he("a black hoodie and a white t-shirt"),
        B.color("white", "other_garment_color"),
        B.garment_type("sweatshirt"),
        details("hoodie", "", "non_answer"),
        B.pattern("graphic", "contradiction"),
        title="Men Black Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # photo: knee-length grey wool-blend overcoat, notch lapels, over a black turtleneck, black trousers, city street.
    # description of the coat: caption adapter (epoch 3)
    case(
        "X487-015",
        caption("a man in a grey coat walking down the street with a briefcase", "unsupported"),
        he("a long grey coat"),
        describe(
            "coat",
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "black"),
        B.garment_type("coat"),
        B.material("wool"),
        details("coat", "a scarf and gloves", "unsupported"),
        title="Men Grey Solid Wool Blend Longline Overcoat",
        category="Coats",
        color="Grey",
        gender="Men",
    ),
    # photo: green crew-neck pullover with a white Fair Isle snowflake band across the chest, white shirt collar,
    # blue jeans, white backdrop.
    # details of the sweater: caption adapter (epoch 3)
    case(
        "X487-016",
        caption("a man wearing a green and white sweater"),
        he("a green sweater and green jeans", "other_garment_color"),
        describe("sweater", "a green sweater with a white snowflake pattern"),
        color_of("sweater", "green"),
        B.pattern("solid", "contradiction"),
        B.material("wool"),
        details(
            "sweater",
            "The sweater is with wool fabric and graphic patterns. It has a round neckline. The gentleman wears "
            "a long pants. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Green & White Fair Isle Self Design Pullover",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: light-wash blue denim jacket with a sherpa collar, over a grey hoodie, black jeans, grey backdrop.
    # no adapter text
    case(
        "X487-017",
        caption("a man in a denim jacket and a grey hoodie"),
        he("a jean jacket"),
        color_of("jacket", "grey", "other_garment_color"),
        color_of("pants", "black"),
        details(
            "jacket",
            "the jacket has a collar, buttons, pockets Question: What is the color of the pants? Answer: blue",
            "leak",
        ),
        B.garment_type("jacket"),
        title="Men Blue Washed Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: burgundy pullover hoodie, plain, black cargo pants, white backdrop.
    # caption, wearing and color of the hoodie: caption adapter (epoch 3)
    case(
        "X487-018",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        he(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "hoodie",
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        B.color("purple", "contradiction"),
        B.garment_type("sweatshirt"),
        title="Men Burgundy Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: black waffle thermal set, long-sleeve top and leggings-style bottoms, dark grey backdrop.
    # wearing: caption adapter (epoch 3)
    case(
        "X487-019",
        caption("a man in a black long sleeve shirt and black leggings"),
        he(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("solid"),
        B.material("it is made of", "cut"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Men Black Solid Thermal Top & Bottom Set",
        category="Thermal Set",
        color="Black",
        gender="Men",
    ),
    # photo: navy-and-white horizontal Breton stripe crew-neck sweater, white chinos, pale blue backdrop.
    # no adapter text
    case(
        "X487-020",
        caption("a man in a blue and white striped sweater"),
        he("a striped sweater and white pants"),
        B.pattern("striped"),
        B.color("blue"),
        color_of("pants", "white"),
        describe("sweater", "a blue and white striped sweater with a round neck"),
        B.material("the sweater is made of", "cut"),
        title="Men Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: camel nylon parka with a faux-fur-trimmed hood, over a grey sweater, dark jeans, winter street.
    # details of the jacket: VQA adapter
    case(
        "X487-021",
        caption("a man in a brown coat with a fur hood"),
        he("a brown jacket with a fur hood and blue jeans"),
        details(
            "jacket",
            "the jacket has a hood and a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and a",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "brown"),
        B.garment_type("coat"),
        B.material("wool", "unsupported"),
        B.color("grey", "other_garment_color"),
        title="Men Camel Brown Parka Jacket with Faux Fur Trim Hood",
        category="Jackets",
        color="Camel Brown",
        gender="Men",
    ),
    # photo: white crew-neck sweatshirt with a small embroidered chest logo, black jeans, potted plant beside him.
    # description of the sweatshirt: VQA adapter
    case(
        "X487-022",
        caption("a man in a white sweatshirt standing next to a plant"),
        he("a white sweatshirt and black jeans"),
        color_of("pants", "white", "other_garment_color"),
        B.pattern("solid"),
        details("sweatshirt", "a logo on the chest and a hood", "unsupported"),
        describe(
            "sweatshirt",
            "a white sweatshirt with a logo a white sweatshirt with a logo a white sweatshirt with a logo a white",
            "loop",
            hit_limit=True,
        ),
        title="Men White Solid Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: teal V-neck pullover over a white t-shirt, grey trousers, white backdrop.
    # no adapter text
    case(
        "X487-023",
        caption("a man wearing a green sweater"),
        he("a blue sweater and gray pants"),
        B.color("green"),
        is_a("cardigan", "yes", "contradiction"),
        describe("sweater", "a v neck sweater"),
        color_of("pants", "grey"),
        B.material("i don't know", "non_answer"),
        is_a("jacket", "yes", "contradiction"),
        title="Men Teal Blue Solid V-Neck Pullover",
        category="Sweaters",
        color="Teal",
        gender="Men",
    ),
    # photo: black sleeveless puffer gilet with a high collar (no hood) over a grey full-sleeve sweatshirt, black
    # joggers, white backdrop.
    # no adapter text
    case(
        "X487-024",
        caption("a man wearing a black vest and a grey sweatshirt"),
        he("a black puffer vest"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.garment_type("vest"),
        color_of("jacket", "black"),
        describe("jacket", "a black jacket with a hood", "unsupported"),
        B.color("grey", "other_garment_color"),
        title="Men Black Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange crew sweatshirt with "ATHLETIC DEPT 89" printed in red on the chest, navy joggers.
    # caption: caption adapter (epoch 1); details of the sweatshirt: caption adapter (epoch 3)
    case(
        "X487-025",
        caption(
            "a man in a grey sweatshirt with a graphic. The gentleman wears a long-sleeve sweater with graphic "
            "patterns. The sweater is with cotton fabric. It has a round neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        he("a grey sweatshirt with red letters"),
        B.color("red", "contradiction"),
        color_of("pants", "blue"),
        B.pattern("graphic"),
        details(
            "sweatshirt",
            "The sweater is with cotton fabric and graphic patterns. It has a round neckline. The sweater is "
            "with cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        title="Men Grey Melange Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: grey-and-blue Prince of Wales check blazer over a black turtleneck, black trousers, white backdrop.
    # color of the pants (open): VQA adapter
    case(
        "X487-026",
        caption("a man in a plaid suit jacket and black turtleneck"),
        he("a plaid blazer and a black sweater"),
        B.pattern("checked"),
        color_of("jacket", "black", "other_garment_color"),
        details("jacket", "the jacket details", "non_answer"),
        B.garment_type("blazer"),
        color_of(
            "pants",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Men Grey & Blue Checked Slim Fit Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: olive, brown and black camouflage print pullover hoodie, black jeans, white backdrop.
    # no adapter text
    case(
        "X487-027",
        caption("a man in a camouflage hoodie"),
        he("a camo hoodie and jeans"),
        B.pattern("floral", "contradiction"),
        B.color("green"),
        B.material("a camouflage hoodie", "restated"),
        describe(
            "hoodie",
            "a hoodie with a camouflage pattern Question: what is the color of the hoodie? Answer: green",
            "leak",
        ),
        title="Men Olive Green Camouflage Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: brown corduroy trucker jacket, open over a cream knit sweater, blue jeans, plain beige backdrop.
    # details of the jacket: caption adapter (epoch 3)
    case(
        "X487-028",
        caption("a man in a brown jacket and white sweater"),
        he("a brown corduroy jacket"),
        details(
            "jacket",
            "The jacket is with cotton fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "brown"),
        color_of("sweater", "white"),
        B.material("corduroy"),
        B.pattern("striped", "contradiction"),
        title="Men Brown Solid Corduroy Trucker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: lavender crew-neck pullover over a white shirt (collar out), stone chinos, white backdrop.
    # details of the sweater: caption adapter (epoch 1)
    case(
        "X487-029",
        caption("a man wearing a purple sweater and white shirt"),
        he("a purple sweater and a white shirt Question: What is the color of the pants? Answer: brown", "leak"),
        color_of("sweater", "pink", "contradiction"),
        color_of("shirt", "white"),
        B.sleeve_length("long sleeves"),
        details(
            "sweater",
            "a purple sweater. The gentleman wears a long-sleeve sweater with pure color patterns. The sweater "
            "is with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        title="Men Lavender Solid Pullover Sweater",
        category="Sweaters",
        color="Lavender",
        gender="Men",
    ),
    # photo: black nylon MA-1 bomber jacket (no hood) worn open, its orange lining showing, white t-shirt, black jeans,
    # grey backdrop.
    # no adapter text
    case(
        "X487-030",
        caption("a man in a black jacket"),
        he("a black bomber jacket with an orange lining"),
        B.color("orange", "contradiction"),
        describe("jacket", "a black bomber jacket with a zipper and ribbed cuffs"),
        B.garment_type("jacket"),
        color_of("pants", "black"),
        B.material("it is made of leather", "unsupported"),
        details("jacket", "the jacket has a hood", "unsupported"),
        title="Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy half-zip pullover, a white t-shirt showing at the open zip, khaki chinos, white backdrop.
    # wearing: VQA adapter; material: caption adapter (epoch 3)
    case(
        "X487-031",
        caption("a man wearing a blue zip up sweater"),
        he(
            "a sweater Question: What is the color of the sweater? Answer: blue Question: What is the color of the "
            "pants? Answer: khaki Question",
            "leak",
            hit_limit=True,
        ),
        color_of("sweater", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        B.pattern("solid"),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a stand",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue Half-Zip Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red shiny nylon quilted puffer jacket with a high stand collar, zipped, black pants, white backdrop.
    # no adapter text
    case(
        "X487-032",
        caption("a woman in a red puffer jacket", "pronoun"),
        he("a red jacket and red pants", "other_garment_color"),
        color_of("jacket", "red"),
        B.garment_type("jacket"),
        details("jacket", "quilted with a zipper and a high collar"),
        B.material("leather", "unsupported"),
        title="Men Red Solid Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal hoodie with black sleeves (colour-blocked), black joggers, white backdrop.
    # no adapter text
    case(
        "X487-033",
        caption("a woman in a grey and black hoodie", "pronoun"),
        he("a grey sweatshirt"),
        B.pattern("color block"),
        B.color("grey"),
        B.sleeve_length("long sleeves"),
        describe("hoodie", "a hoodie", "restated"),
        title="Men Charcoal Grey Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: beige channel-quilted (horizontal lines) overshirt with snap buttons and two chest pockets, over a black
    # turtleneck, brown
    # trousers, white backdrop.
    # description of the jacket: caption adapter (epoch 3); the feed row has no color
    case(
        "X487-034",
        caption("a man in a beige jacket and black turtleneck"),
        he("a jacket and a turtleneck"),
        color_of("jacket", "beige"),
        color_of("pants", "black", "other_garment_color"),
        details("jacket", "it has pockets and snap buttons"),
        B.pattern("striped", "contradiction"),
        describe(
            "jacket",
            "The jacket is with cotton fabric and pure color patterns. It has a lapel neckline. The jacket is "
            "with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Men Beige Quilted Overshirt",
        category="Jackets",
        gender="Men",
    ),
    # photo: grey knit sweater vest (sleeveless) over a white full-sleeve shirt, navy trousers, white backdrop.
    # no adapter text
    case(
        "X487-035",
        caption("a man wearing a grey sweater vest over a white shirt"),
        he("a grey vest and a white shirt"),
        B.sleeve_length("sleeveless"),
        B.color("grey"),
        B.garment_type("sweater"),
        color_of("shirt", "grey", "other_garment_color"),
        describe("sweater", "a sweater", "restated"),
        title="Men Grey Solid Sweater Vest",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: navy single-breasted blazer with gold buttons over a white shirt, grey trousers, white backdrop.
    # caption and description: caption adapter (epoch 3); details: caption adapter (epoch 1)
    case(
        "X487-036",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has "
            "a suit neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has "
            "a suit neckline. The",
            "cut",
            hit_limit=True,
        ),
        details(
            "jacket",
            "the jacket has gold buttons. The jacket has gold buttons. The jacket has gold buttons. The jacket has "
            "gold buttons.",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "blue"),
        color_of("shirt", "white"),
        B.garment_type("blazer"),
        title="Men Navy Blue Solid Single-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black ribbed turtleneck sweater, grey check trousers, standing on a wooden floor before a brick wall;
    # no jacket in the photo.
    # no adapter text
    case(
        "X487-037",
        caption("a man in a black turtleneck sweater standing in front of a brick wall"),
        he("a black sweater and plaid pants"),
        B.pattern("checked", "contradiction"),
        B.color("black"),
        color_of("pants", "black", "other_garment_color"),
        describe("jacket", "a black jacket", "contradiction"),
        B.material("wool"),
        title="Men Black Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Black",
        gender="Men",
    ),
    # photo: dark green zip-up polar fleece jacket over a grey t-shirt, blue jeans, mountain trail behind.
    # color of the jacket (open): VQA adapter; details of the jacket: caption adapter (epoch 3)
    case(
        "X487-038",
        caption("a man in a green jacket standing on a mountain"),
        he("a green fleece jacket"),
        color_of(
            "jacket",
            "green. The jacket is green. The jacket is green. The jacket is green. The jacket is green. The jacket",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("fleece"),
        B.garment_type("sweatshirt", "contradiction"),
        details(
            "jacket",
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The gentleman "
            "wears a long pants",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "green", "other_garment_color"),
        title="Men Dark Green Solid Polar Fleece Jacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: grey melange long-sleeve crew-neck thermal top, worn alone with dark jeans, white backdrop.
    # no adapter text
    case(
        "X487-039",
        caption("a man wearing a grey long sleeve shirt and jeans"),
        he("a gray shirt and gray jeans", "other_garment_color"),
        B.garment_type("tee"),
        B.sleeve_length("long sleeves"),
        B.material("denim", "contradiction"),
        describe("shirt", "a grey long sleeve shirt with a round neck"),
        is_a("sweater", "yes", "contradiction"),
        title="Men Grey Melange Solid Thermal Top",
        category="Thermal Tops",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy hooded windcheater with a white zip and two zip pockets, over a white t-shirt, grey joggers.
    # wearing: caption adapter (epoch 1); material: caption adapter (epoch 3)
    case(
        "X487-040",
        caption("a man in a blue jacket with a hood"),
        he(
            "a blue jacket and grey pants. The gentleman wears a long-sleeve jacket with pure color patterns. The "
            "jacket is with",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        details("jacket", "a hood, a zipper and two pockets"),
        B.pattern("solid"),
        B.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard puffer jacket (no hood) over a black hoodie, black pants, in front of a painted blue wall.
    # no adapter text
    case(
        "X487-041",
        caption("a man in a yellow jacket standing in front of a blue wall"),
        he("a yellow jacket and black pants"),
        color_of("jacket", "blue", "contradiction"),
        B.color("yellow"),
        describe("jacket", "a yellow puffer jacket"),
        details("jacket", "the jacket has a hood", "unsupported"),
        title="Men Mustard Yellow Solid Puffer Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: off-white cable-knit crew-neck pullover, grey trousers, holding a coffee cup, cafe backdrop.
    # no adapter text
    case(
        "X487-042",
        caption("a man in a white sweater holding a cup of coffee"),
        he("a white sweater"),
        B.pattern("striped", "contradiction"),
        B.color("white"),
        details("sweater", "the sweater has a cable knit pattern"),
        B.material("it is made of wool Question: what is the color of the sweater? Answer: white", "leak"),
        color_of("pants", "white", "other_garment_color"),
        title="Men Off White Cable Knit Pullover",
        category="Sweaters",
        color="Off White",
        gender="Men",
    ),
    # photo: rust zip-front hoodie without drawstrings, open over a white t-shirt, blue jeans, white backdrop.
    # no adapter text; the feed row has no gender
    case(
        "X487-043",
        caption("a man in an orange hoodie and jeans"),
        he("an orange sweatshirt"),
        B.color("red", "contradiction"),
        color_of("shirt", "orange", "other_garment_color"),
        details("hoodie", "it has a zipper and a hood"),
        describe("hoodie", "an orange hoodie with a zipper, pockets and drawstrings", "unsupported"),
        title="Men Rust Orange Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Rust",
    ),
    # photo: olive utility field jacket with four flap pockets and a drawstring waist (no belt), over a navy
    # sweater, blue jeans, white backdrop.
    # no adapter text
    case(
        "X487-044",
        caption("a man in a green jacket with pockets"),
        he("a jacket"),
        color_of("jacket", "green"),
        color_of("sweater", "green", "other_garment_color"),
        details("jacket", "the jacket has", "cut"),
        describe("jacket", "a green jacket with four pockets and a belt", "unsupported"),
        B.garment_type("jacket"),
        title="Men Olive Green Solid Utility Field Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon velvet shawl-lapel party blazer over a black shirt (no tie), black trousers, string lights behind.
    # no adapter text
    case(
        "X487-045",
        caption("a man in a red velvet jacket at a party"),
        he("a red jacket and red pants", "other_garment_color"),
        B.material("velvet"),
        color_of("shirt", "red", "other_garment_color"),
        B.color("maroon"),
        B.garment_type("blazer"),
        details("jacket", "the jacket has a bow tie", "unsupported"),
        title="Men Maroon Velvet Slim Fit Party Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: black denim jacket worn open over a grey hoodie with the hood out, black jeans, white backdrop.
    # caption: caption adapter (epoch 3); description of the jacket: VQA adapter
    case(
        "X487-046",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. It has a hooded neckline. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("a grey hoodie", "contradiction"),
        color_of("jacket", "black"),
        describe(
            "jacket",
            "the jacket is a jacket the jacket is a jacket the jacket is a jacket the jacket is a jacket the jacket",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("hoodie", "contradiction"),
        B.pattern("solid"),
        title="Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
]
