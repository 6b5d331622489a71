"""BLIND_295 (46 products; men's winter and outerwear: puffers, bombers, coats, blazers, knitwear, hoodies, thermals):
written blind in the forty-third session. Measured blind at 8b1322c (the session's rules as they stood): 96/117
failures found (82.1%) and 9/143 correct texts flagged (6.3%). The writer's notes, verbatim:

Scenario: a fashion-marketplace English catalog feed of men's winter and outerwear: puffer jackets and gilets,
bombers, leather, suede, denim and corduroy jackets, parkas, overcoats, peacoats, trench and duffle coats, blazers,
sweaters (crew, turtleneck, roll neck, Fair Isle, striped), cardigans, sweatshirts, hoodies and thermal tops and
sets. Model shots (studio, street, brick and graffiti walls, snow, woods) and flat-lays (white, grey, blue
backdrops, wooden floor or table, a coffee mug as a prop). Many photos are layered: a tee, hoodie, turtleneck or
shirt under the jacket, jeans, chinos or trousers, a scarf. Each row has the seller's title, category, color and
gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short,
lowercase, "a man in a black puffer jacket ...") unless the comment names the caption adapter. The caption-only
LoRA adapter was trained on the DeepFashion template with no end-of-answer token: it runs to its limit (50 new
tokens for captions, 30 for answers), carries hit_limit=True, and returns its template ("The gentleman wears a
long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. ...") to any question. The base
model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length,
the per-piece color questions and the yes/no "Is this a ...?") are enrich's `--engine reference` closed answers,
chosen from candidate sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy, grey for charcoal or grey melange, green for
  olive or dark green, brown or beige for camel and tan, red for maroon or burgundy, white for cream, ecru or off
  white, yellow for mustard. Navy given as black, mustard as orange, charcoal as black are contradiction.
- One of the colors of a two-color or colour-blocked garment ("a black jacket" for a grey-and-black puffer,
  "red" for a red-and-black check) is correct.
- The color of another garment in the photo (the tee, turtleneck, hoodie or shirt under the jacket, the jeans or
  trousers, the scarf, the coat worn over the sweater) given as the product's color is other_garment_color; so is
  a per-piece color question ("What is the color of the pants?") answered with the product's color. An open answer
  that gives another piece the product's color (BLIP-2's one color for every garment: "a black jacket and black
  pants" over blue jeans, "green pants" for khaki ones) is contradiction: the color fits no piece it names. A
  color of the backdrop (blue board, brick wall, wooden table), of the print or of the lining given as the
  garment's color is contradiction.
- Garment synonyms count as correct: jacket or coat for either (In-shop's jacket/coat class), parka or puffer for
  a hooded padded jacket, sweatshirt for a hoodie, sweater for a cardigan in free text, overshirt as shirt,
  long underwear or pajamas for a thermal set, leather for suede or faux leather, fur for a sherpa or shearling
  collar, vest for a gilet. A closed answer that picks a neighbouring candidate the set distinguishes (sweater for
  a hoodie, sweater for a cardigan, shirt for a field jacket, "no" to "Is this a cardigan?" for a cardigan, "yes"
  to "Is this a denim jacket?" for a corduroy one, "no" to "Is this a turtleneck?" for a turtleneck, "coat" for a
  roll neck sweater worn under a coat) is contradiction. The adapter template naming a puffer or a hoodie a "shirt"
  is contradiction (hit_limit kept): the misnaming is what the auditor sees first.
- Pattern and sleeves: "plaid" for a plain jacket with a tartan lining, "graphic" for a plain hoodie in front of a
  graffiti wall, "solid" for a Fair Isle sweater are contradiction; "solid" for a cable knit or a melange sweater is
  correct (texture, one color). Long sleeves for a sleeveless gilet worn over a shirt are contradiction, and short
  sleeves for a sweater.
- Materials: one the title names is correct; a plausible guess the photo supports and the title does not contradict
  (wool for a plain knitted cardigan or sweater, polyester or nylon for a shiny puffer) is correct. A material the
  title contradicts (wool for a cotton sweater, leather for a wool coat or a nylon bomber, cotton for a wool blend
  sweater) or that belongs to another garment (denim for a gilet worn over a denim shirt) is unsupported.
- Invented items and details not in the photo (a tie, a pocket square, a scarf, gloves, a hood or fur trim on a
  stand-collar jacket, a fur collar, a belt, a logo on a plain hoodie, a zipper on a pullover, sneakers on a photo
  cropped at the thighs) are unsupported.
- Base answers cut short by an early stop ("it is made of", "it has a zipper on the") are cut, without hit_limit.
  Empty answers, "the details of the coat", "the jacket has details", "it is a coat", "the sweater is yellow" for
  the details question and "the jacket is made of a material" are non_answer; a material question answered with
  the garment's name ("a black hoodie", "it's a sweater") is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "she", "her", "a woman" or the template's "The lady wears" for a man are pronoun (the adapter's text is also cut:
  the pronoun is labelled).
- Adapter texts: a text that repeats a sentence (or the start of one) of the template is loop; one that stops
  mid-sentence without repeating is cut; a template returned for the material question is restated (though cut).
  The template's invented "cotton fabric" for a puffer or a wool coat is not labelled: the cut or loop comes first.
- Flat-lays: "What is the person wearing?" answered with the garment ("pajamas") is correct. A layered photo's
  "What is the person wearing?" answered with the outer coat only ("a brown coat" over the sweater sold) is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")

BLIND_295 = [
    # photo: model in a black quilted puffer jacket zipped to the chin (stand collar, no hood), blue jeans, white
    # studio backdrop, front view cropped at the knees.
    case(
        "X295-001",
        caption("a man wearing a black puffer jacket and blue jeans"),
        D.wearing("a black jacket and black pants", "contradiction"),
        D.garment_type("jacket"),
        D.color("black"),
        D.details("it has a hood and a zipper", "unsupported"),
        D.material("nylon"),
        title="Men Black Quilted Nylon Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy hooded puffer jacket, hood down, black trousers, plain grey studio backdrop.
    case(
        "X295-002",
        caption("a man in a black hooded puffer jacket", "contradiction"),
        D.wearing("a blue puffer jacket"),
        D.color("navy"),
        D.details("it has a hood and a zipper and a fur trim", "unsupported"),
        D.material("it is made of", "cut"),
        title="Men Navy Blue Hooded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an olive green bomber jacket, open over a white crew-neck tee, black jeans, grey concrete
    # wall behind, front view.
    # caption: adapter
    case(
        "X295-003",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green bomber jacket and a white t-shirt"),
        D.color("white", "other_garment_color"),
        is_a("bomber jacket", "yes"),
        D.description("a green jacket with a zipper and a fur collar", "unsupported"),
        title="Men Olive Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a charcoal grey single-breasted wool overcoat (notch lapels, three buttons) over a black
    # turtleneck, black trousers, blurred city street behind.
    case(
        "X295-004",
        caption("a man in a grey coat standing on a street"),
        D.wearing("a grey coat and a black turtleneck"),
        D.color("black", "other_garment_color"),
        D.material("wool"),
        D.details("it has a lapel collar and", "cut"),
        D.description("a long grey coat with a belt", "unsupported"),
        title="Men Charcoal Grey Wool Blend Overcoat",
        category="Coats",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat-lay of a camel single-breasted overcoat on a white background, buttons done up.
    case(
        "X295-005",
        caption("a brown coat on a white background"),
        D.description("a brown coat with buttons and a hood", "unsupported"),
        D.color("brown"),
        D.garment_type("coat"),
        D.details("the details of the coat", "non_answer"),
        D.material("leather", "unsupported"),
        title="Men Camel Wool Overcoat",
        category="Coats",
        color="Camel",
        gender="Men",
    ),
    # photo: model in a grey melange crew-neck sweater, the collar of a light blue shirt showing at the neck, beige
    # chinos, white studio backdrop.
    # caption, details: adapter
    case(
        "X295-006",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a crew neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey sweater over a blue shirt"),
        D.color("blue", "other_garment_color"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a crew neckline. The pants this "
            "gentleman wears is in",
            "cut",
            hit_limit=True,
        ),
        D.material("wool"),
        title="Men Grey Melange Wool Blend Pullover Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a maroon pullover hoodie with a white graphic print on the chest, black joggers, white studio.
    case(
        "X295-007",
        caption("a man in a red hoodie with a white logo"),
        D.wearing("a red sweatshirt and black pants"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.details("it has a hood and a pocket in the front and a zipper", "unsupported"),
        D.material("cotton Question: What is the color of the hoodie? Answer: red", "leak"),
        title="Men Maroon Graphic Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a black faux leather biker jacket (asymmetric zip, zipped sleeve cuffs), grey tee, blue jeans,
    # red brick wall behind.
    case(
        "X295-008",
        caption("a man in a black leather jacket standing in front of a brick wall"),
        D.wearing("a leather jacket and jeans"),
        D.color("brown", "contradiction"),
        D.material("leather"),
        D.details("it has zippers on the sleeves and pockets"),
        D.description("she is wearing a black leather jacket", "pronoun"),
        title="Men Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy single-breasted blazer over a white shirt, open collar (no tie), grey trousers, studio.
    case(
        "X295-009",
        caption("a man in a suit and tie", "unsupported"),
        D.wearing("a blue blazer and a white shirt"),
        D.color("blue"),
        D.material(
            "it is made of wool Question: What is the color of the blazer? Answer: blue",
            "leak",
        ),
        color_pants("blue", "other_garment_color"),
        title="Men Navy Wool Blend Slim Fit Blazer",
        category="Blazers",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a cream cable-knit button cardigan with two patch pockets, open over a white tee, blue jeans,
    # sitting beside a potted plant, white wall.
    case(
        "X295-010",
        caption("a man wearing a white sweater and jeans sitting next to a plant"),
        is_a("cardigan", "no", "contradiction"),
        D.color("white"),
        D.details("it has buttons and", "cut"),
        D.wearing("a white sweater and blue jeans and a brown belt", "unsupported"),
        D.material("cotton"),
        title="Men Cream Cable Knit Cotton Cardigan",
        category="Cardigans",
        color="Cream",
        gender="Men",
    ),
    # photo: flat-lay of a black zip-front hoodie on a light wooden floor, hood spread above the collar.
    case(
        "X295-011",
        caption("a black hoodie laying on a wooden floor"),
        D.description("a black hoodie with a zipper and a white logo", "unsupported"),
        D.color("black"),
        D.material("a black hoodie", "restated"),
        D.details("the details of the hoodie", "non_answer"),
        title="Men Black Solid Zip-Front Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey melange thermal top and matching long bottoms (ribbed ankle cuffs), white studio.
    case(
        "X295-012",
        caption("a man in grey long underwear"),
        D.wearing("a grey shirt and grey pants"),
        D.color("grey"),
        D.material("cotton"),
        D.details("it has a waistband and", "cut"),
        D.description("she is wearing a grey thermal top and pants", "pronoun"),
        title="Men Grey Melange Cotton Thermal Top & Bottom Set",
        category="Thermals",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in an olive parka with a faux fur trimmed hood (up), black pants, standing in snow, pine trees.
    # details: adapter
    case(
        "X295-013",
        caption("a man in a green parka standing in the snow"),
        D.wearing("a green jacket with a fur hood and a black scarf", "unsupported"),
        D.color("green"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        color_pants("green", "other_garment_color"),
        title="Men Olive Polyester Parka with Faux Fur Hood",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a red and black buffalo check flannel overshirt, open over a black tee, blue jeans, studio.
    case(
        "X295-014",
        caption("a man wearing a red and black plaid shirt"),
        D.pattern("checked"),
        D.color("red"),
        D.wearing(
            "he is wearing a red and black plaid shirt Question: What is he wearing? Answer: a red and black plaid "
            "shirt",
            "leak",
        ),
        D.material("flannel"),
        D.details("it has buttons and two chest pockets with", "cut"),
        title="Men Red & Black Checked Flannel Overshirt",
        category="Jackets",
        color="Red & Black",
        gender="Men",
    ),
    # photo: model in a navy cable-knit turtleneck sweater, grey trousers, plain grey backdrop.
    # caption: adapter
    case(
        "X295-015",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a high neckline. The lady wears a long trousers. The trousers are with cotton fabric",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue turtleneck sweater"),
        D.color("black", "contradiction"),
        D.material("wool"),
        is_a("turtleneck", "no", "contradiction"),
        title="Men Navy Wool Turtleneck Sweater",
        category="Sweaters",
        color="Navy",
        gender="Men",
    ),
    # photo: flat-lay of a light grey crew-neck fleece sweatshirt on a light blue board.
    case(
        "X295-016",
        caption("a grey sweatshirt on a blue background"),
        D.color("blue", "contradiction"),
        D.description("a grey sweatshirt with a hood", "unsupported"),
        D.details("the sweatshirt has ribbed cuffs and a ribbed hem"),
        D.material("cotton"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men Light Grey Cotton Fleece Sweatshirt",
        category="Sweatshirts",
        color="Light Grey",
        gender="Men",
    ),
    # photo: model in a black MA-1 bomber jacket worn open, orange lining visible at the front, over a white hoodie,
    # black jeans, studio. A zipped pocket on the left sleeve.
    case(
        "X295-017",
        caption("a man in a black jacket and white hoodie"),
        D.wearing("a black bomber jacket with an orange lining"),
        D.color("orange", "contradiction"),
        D.details("it has a zipper and a pocket on the sleeve"),
        D.description("a black jacket with a", "cut"),
        D.material("leather", "unsupported"),
        title="Men Black Nylon MA-1 Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a beige double-breasted trench coat with a belt tied at the waist, black sweater, black
    # trousers, walking on a city street.
    case(
        "X295-018",
        caption("a man in a trench coat walking down the street"),
        D.wearing("a beige trench coat and black pants"),
        D.color("black", "other_garment_color"),
        D.details("it has a belt and buttons and a hood", "unsupported"),
        D.material("cotton"),
        D.description(
            "a beige trench coat with a belt Question: What is the color of the coat? Answer: beige",
            "leak",
        ),
        title="Men Beige Cotton Double-Breasted Trench Coat",
        category="Coats",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a dark green quilted sleeveless puffer gilet over a blue denim shirt, khaki chinos, white studio.
    case(
        "X295-019",
        caption("a man wearing a green vest over a denim shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.wearing("a blue shirt and a green jacket"),
        D.material("denim", "unsupported"),
        title="Men Dark Green Quilted Sleeveless Puffer Gilet",
        category="Jackets",
        color="Dark Green",
        gender="Men",
    ),
    # photo: model in a blue denim trucker jacket with a white sherpa collar, over a white hoodie, black jeans; the
    # photo is cropped at the thighs (no shoes). Studio.
    # details: adapter
    case(
        "X295-020",
        caption("a man in a denim jacket with a fur collar"),
        D.color("blue"),
        D.material("denim"),
        D.details(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
            "fabric. It has a lapel neckline. The gentleman wears a long-sleeve denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a denim jacket and a white hoodie and black jeans and white sneakers",
            "unsupported",
        ),
        title="Men Blue Denim Trucker Jacket with Sherpa Collar",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a burgundy V-neck button cardigan over a white shirt (no tie), grey trousers, studio.
    case(
        "X295-021",
        caption("a man wearing a burgundy cardigan and a white shirt"),
        D.color("white", "other_garment_color"),
        D.wearing("a red sweater and a white shirt and a black tie", "unsupported"),
        D.details("it has buttons and a v-neck"),
        D.material("wool"),
        title="Men Burgundy Solid V-Neck Cardigan",
        category="Cardigans",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model in a knee-length black down puffer coat, zipped, black trousers, grey backdrop.
    # caption: adapter
    case(
        "X295-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a long black puffer coat"),
        D.color("black"),
        D.garment_type("jacket"),
        D.material("down"),
        D.details("it is a coat", "non_answer"),
        title="Men Black Longline Down Puffer Coat",
        category="Coats",
        color="Black",
        gender="Men",
    ),
    # photo: model in a heather grey pullover hoodie (hood down, kangaroo pocket), blue jeans, white studio.
    case(
        "X295-023",
        caption("a man in a grey hoodie and jeans"),
        D.wearing("a grey hoodie and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("sweater", "contradiction"),
        D.details("it has a hood and a pocket in the front"),
        D.material("a grey hoodie", "restated"),
        title="Men Heather Grey Cotton Pullover Hoodie",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: flat-lay of a tan suede bomber jacket on white, ribbed collar, cuffs and hem, two welt pockets.
    case(
        "X295-024",
        caption("a brown suede jacket on a white background"),
        D.description("a brown leather jacket with a zipper"),
        D.material("suede"),
        D.details("it has a zipper and two pockets and a fur collar", "unsupported"),
        is_a("bomber jacket", "no", "contradiction"),
        title="Men Tan Brown Suede Bomber Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: model in a navy and white Fair Isle sweater (snowflake bands across the chest), grey chinos, studio.
    case(
        "X295-025",
        caption("a man in a blue and white sweater"),
        D.pattern("solid", "contradiction"),
        D.color("blue"),
        D.wearing("a blue and white sweater with a snowflake pattern"),
        D.details("the sweater has a pattern", "non_answer"),
        D.material("cotton", "unsupported"),
        title="Men Navy Fair Isle Wool Blend Sweater",
        category="Sweaters",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a black double-breasted wool peacoat, a grey knitted scarf around the neck, blue jeans, red
    # brick wall behind.
    # details: adapter
    case(
        "X295-026",
        caption("a man in a black coat and a grey scarf"),
        D.wearing("a black coat and a grey scarf and black gloves", "unsupported"),
        D.color("grey", "other_garment_color"),
        D.garment_type("coat"),
        D.details(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. The coat is with cotton fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),
        title="Men Black Double-Breasted Wool Peacoat",
        category="Coats",
        color="Black",
        gender="Men",
    ),
    # photo: model in an olive quarter-zip fleece sweatshirt, khaki pants, woods behind.
    case(
        "X295-027",
        caption("a man in a green sweatshirt standing in the woods"),
        D.wearing("a green sweater and green pants", "contradiction"),
        D.color("green"),
        D.details("it has a zipper on the", "cut"),
        D.material("fleece"),
        D.description("she is wearing a green fleece pullover", "pronoun"),
        title="Men Olive Quarter-Zip Fleece Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # photo: model in a charcoal checked two-button blazer (subtle windowpane check, plain breast pocket, no pocket
    # square) over a black turtleneck, black trousers, studio.
    case(
        "X295-028",
        caption("a man in a grey blazer and black turtleneck"),
        D.pattern("checked"),
        D.color("black", "other_garment_color"),
        D.material("it is made of wool and", "cut"),
        D.details("it has two buttons and a pocket square", "unsupported"),
        title="Men Charcoal Checked Wool Blend Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a red padded puffer jacket (stand collar), black pants, snowy street behind.
    # caption: adapter
    case(
        "X295-029",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve jacket with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red jacket with a black hood", "unsupported"),
        D.color("red"),
        color_pants("red", "other_garment_color"),
        D.material("polyester"),
        title="Men Red Polyester Padded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: flat-lay of an off-white chunky knit shawl-collar cardigan on a wooden table, a coffee mug beside it.
    case(
        "X295-030",
        caption("a white sweater on a wooden table with a cup of coffee"),
        D.description("a white knitted cardigan with buttons"),
        D.color("brown", "contradiction"),
        D.garment_type("sweater", "contradiction"),
        D.material("wool"),
        D.details("it has a shawl collar and buttons"),
        title="Men Off White Chunky Knit Shawl Collar Cardigan",
        category="Cardigans",
        color="Off White",
        gender="Men",
    ),
    # photo: model in a plain black pullover hoodie, hood up, white drawstrings, grey sweatpants, graffiti wall.
    case(
        "X295-031",
        caption("a man in a black hoodie standing in front of a graffiti wall"),
        D.wearing("she is wearing a black hoodie", "pronoun"),
        D.color("black"),
        D.details("it has a hood and white strings"),
        D.pattern("graphic", "contradiction"),
        D.material("", "non_answer"),
        title="Men Black Solid Pullover Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # photo: model in a navy Harrington jacket worn open (red tartan lining visible), white tee, beige chinos, studio.
    # description: adapter
    case(
        "X295-032",
        caption("a man in a blue jacket and white t-shirt"),
        D.wearing("a navy jacket and a white shirt"),
        D.color("navy"),
        D.pattern("plaid", "contradiction"),
        D.details("it has a plaid lining and a zipper"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        title="Men Navy Cotton Harrington Jacket",
        category="Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a mustard crew-neck sweater, black jeans, white studio.
    case(
        "X295-033",
        caption("a man in a yellow sweater and black jeans"),
        D.color("orange", "contradiction"),
        D.wearing("a yellow sweater"),
        D.material("wool", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.details("the sweater is yellow", "non_answer"),
        title="Men Mustard Cotton Crew Neck Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a grey-and-black colour-blocked puffer jacket (grey body, black shoulders, stand collar, no
    # hood), black pants, studio.
    case(
        "X295-034",
        caption("a man wearing a grey and black puffer jacket"),
        D.pattern("colorblock"),
        D.color("grey"),
        D.wearing("a black jacket"),
        D.details("it has a hood and zipper pockets", "unsupported"),
        D.material("the jacket is made of a material", "non_answer"),
        title="Men Grey & Black Colourblocked Puffer Jacket",
        category="Jackets",
        color="Grey & Black",
        gender="Men",
    ),
    # photo: model in a black waffle-knit thermal long-sleeve crew top, grey sweatpants, white studio.
    # caption: adapter
    case(
        "X295-035",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black pants", "contradiction"),
        D.color("black"),
        D.material("cotton"),
        D.description(
            "a black thermal shirt Question: What is the material of the shirt? Answer: cotton",
            "leak",
        ),
        title="Men Black Waffle Knit Cotton Thermal Top",
        category="Thermals",
        color="Black",
        gender="Men",
    ),
    # photo: model in a tan corduroy trucker jacket with a white sherpa collar over a black hoodie, blue jeans,
    # weathered wooden fence behind.
    case(
        "X295-036",
        caption("a man in a brown jacket with a white collar"),
        D.wearing("a brown corduroy jacket and a black hoodie"),
        D.color("black", "other_garment_color"),
        D.details("it has a fur collar and buttons"),
        is_a("denim jacket", "yes", "contradiction"),
        title="Men Tan Corduroy Sherpa Collar Trucker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: model in a navy duffle coat with horn toggles and a hood, blue jeans, studio.
    # material: adapter
    case(
        "X295-037",
        caption("a man in a blue coat with a hood"),
        D.details("it has toggles and a hood"),
        D.color("black", "contradiction"),
        D.wearing("a blue coat and jeans"),
        D.material(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a hooded neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        title="Men Navy Wool Blend Duffle Coat",
        category="Coats",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a white cable-knit roll neck sweater with a camel coat worn open over it, black trousers,
    # city street behind.
    case(
        "X295-038",
        caption("a man wearing a brown coat and a white turtleneck sweater"),
        D.wearing("a brown coat"),
        D.color("brown", "other_garment_color"),
        D.garment_type("coat", "contradiction"),
        D.material("wool"),
        D.details("it has a high neck and a cable knit pattern"),
        title="Men White Wool Roll Neck Sweater",
        category="Sweaters",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of a shiny navy hooded puffer jacket on a grey background.
    case(
        "X295-039",
        caption("a black jacket on a gray background", "contradiction"),
        D.description("a blue puffer jacket with a hood"),
        D.color("navy"),
        D.material("nylon"),
        D.details("the jacket has details", "non_answer"),
        title="Men Navy Nylon Hooded Puffer Jacket",
        category="Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a black and grey horizontally striped crew-neck sweater, black jeans, studio.
    case(
        "X295-040",
        caption("a man in a black and white striped sweater", "contradiction"),
        D.pattern("striped"),
        D.color("grey"),
        D.wearing("a striped sweater and black jeans"),
        D.material("cotton"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Black & Grey Striped Cotton Sweater",
        category="Sweaters",
        color="Black & Grey",
        gender="Men",
    ),
    # photo: model in a green zip-up hoodie, open over a grey tee, olive cargo pants, studio.
    # wearing: adapter
    case(
        "X295-041",
        caption("a man in a green hoodie and cargo pants"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.color("green"),
        color_pants("green"),
        D.details("it has a zipper and a hood"),
        D.material("a green hoodie", "restated"),
        title="Men Green Cotton Zip-Up Hoodie",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: model in a brown faux leather aviator jacket with a shearling collar and buckle straps at the collar,
    # white tee, blue jeans, white studio.
    case(
        "X295-042",
        caption("a man in a brown leather jacket with a fur collar"),
        D.color("brown"),
        D.material("leather"),
        D.details("it has a fur collar and a belt and a hood", "unsupported"),
        D.wearing("a brown jacket and blue jeans and a white shirt"),
        D.description(
            "a brown leather jacket with fur Question: What is the jacket made of? Answer:",
            "leak",
        ),
        title="Men Brown Faux Leather Shearling Aviator Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: model in an olive cotton field jacket (four flap pockets, stand collar, no hood), white tee, black
    # jeans, studio.
    case(
        "X295-043",
        caption("a man in a green military jacket"),
        D.wearing("a green jacket with pockets and a white shirt"),
        D.color("green"),
        D.details("it has four pockets and a zipper and a hood", "unsupported"),
        D.material("cotton"),
        D.garment_type("shirt", "contradiction"),
        title="Men Olive Cotton Field Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a sky blue crew-neck sweater, white trousers, light grey backdrop.
    case(
        "X295-044",
        caption("a man in a light blue sweater"),
        D.color("white", "other_garment_color"),
        D.wearing("a blue sweater and blue pants", "contradiction"),
        D.material("it's a sweater", "restated"),
        D.details("the sweater has a round neck and a ribbed hem"),
        title="Men Sky Blue Crew Neck Sweater",
        category="Sweaters",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: model in a brown checked wool blend overcoat over a black turtleneck, black trousers, city street.
    # caption: adapter
    case(
        "X295-045",
        caption(
            "The gentleman wears a long-sleeve coat with lattice patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("brown"),
        D.pattern("checked"),
        D.wearing("a brown plaid coat and a black sweater"),
        D.material("wool"),
        color_pants("brown", "other_garment_color"),
        title="Men Brown Checked Wool Blend Overcoat",
        category="Coats",
        color="Brown",
        gender="Men",
    ),
    # photo: flat-lay of a navy thermal set (long-sleeve top above, long bottoms below) on white.
    case(
        "X295-046",
        caption("a pair of blue pajamas on a white background"),
        D.description("a blue long sleeve shirt and pants with a", "cut"),
        D.color("black", "contradiction"),
        D.material("cotton"),
        D.sleeve_length("long sleeves"),
        D.wearing("pajamas"),
        title="Men Navy Cotton Thermal Set",
        category="Thermals",
        color="Navy",
    ),
]
