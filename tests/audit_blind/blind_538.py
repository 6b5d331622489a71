"""BLIND_538 (46 products; Myntra men's shirts, tees, polos, kurtas, jeans, chinos, shorts, jackets, hoodies): written
blind in the fiftieth session. Measured blind at 49ac3c2 (the session's rules as they stood): 121/139 failures found
(87.1%) and 3/174 correct texts flagged (1.7%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra-like English feed of men's wear, photographed on models who
wear other clothes too: shirts (formal, checked, printed, denim, linen, corduroy, flannel), t-shirts, polos and
henleys, kurtas and kurta sets, jeans, chinos, formal and cargo trousers, shorts, jackets (denim, bomber, biker,
puffer, overshirt) and hoodies. Most photos are studio shots on white or grey; some have a brick, coloured or
shadowed wall, plants, a chair or a door behind the model. Each product has the seller's title, category, color and
gender; a few rows miss the gender or the color, as real feeds do. The questions are the experiments' own ("What is
he wearing?", "What is the color of the shirt / t-shirt / jeans / pants?", "What is the shirt color?", "Describe the
shirt.", "What are the shirt details?", asked of the product's own garment) plus the closed garment_type, color,
pattern and sleeve_length, a few per-piece colors, the yes/no "Is this a ...?" and the open material question.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short,
lowercase, "a man in a black t - shirt and jeans"), which stops on its own and never has hit_limit, unless the
comment above the case names an adapter. The caption adapter (epoch 1 or epoch 3, no end token) writes the
DeepFashion template ("The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton
fabric ...") for every prompt and runs to its limit (50 new tokens for captions, 30 for answers): hit_limit=True.
The VQA adapter (one epoch, no end token) answers the open color and wearing questions with one word it then repeats,
or with the answer and the next "Question: ... Answer:" of its training format, to the 30-token limit:
hit_limit=True. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions
asked closed, the yes/no "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets:
never a loop, never a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or sky blue, grey/gray for charcoal or grey melange,
  green for olive or teal (and blue for teal), red for maroon, yellow for mustard, purple for lavender, brown for
  rust, white for off white or cream, khaki or tan for beige. "blue and white" for a white tee with navy stripes and
  "green" for a white shirt with a green palm print (seller color "White & Green") are correct.
- A color that belongs to another garment in the photo (the tee under the open shirt or jacket, the shirt over the
  trousers, the jeans under the tee) given as the product's color is other_garment_color, closed answers included.
  Where the color is only the print's, the tipping's, the wall's or the plants' color, it is contradiction. The
  graphic tee's black print with black shorts below: other_garment_color (another piece has that color).
- Garment synonyms are correct: shirt or t-shirt for a henley, polo shirt or t-shirt for a polo, hoodie or
  sweatshirt for a hooded sweatshirt, pants for trousers, chinos or jeans, vest for a Nehru jacket, kurta pajama for
  a kurta set, "a long white shirt" for a kurta, camo for camouflage. garment_type "dress" or "shirt" for a kurta,
  "shirt" for trousers (the tucked shirt above them) and "yes" to "Is this a polo shirt?" for a round-neck tee are
  contradiction.
- Pattern: a tonal chikankari kurta answered "solid" is contradiction (the seller says embroidered); "striped" for
  a solid shirt worn with a striped tie, or in front of blind shadows, is contradiction; "solid" for a printed
  hoodie and "striped" for a tie-dye tee are contradiction. Rolled-up full sleeves answered "short sleeves" are
  contradiction.
- Materials: the one the title names is correct (linen, denim, corduroy, flannel, cotton, poly viscose as
  polyester); "leather" for a PU biker jacket is correct (it looks like leather); "cotton" for a plain cotton-look
  overshirt is a fair guess and correct; a material neither named nor visible (wool on a fleece sweatshirt, leather
  on a nylon-look bomber, suede on corduroy, down in a puffer, cotton on linen trousers) is unsupported.
- Invented items (a chest pocket the photo does not show, a fur collar, a hood, a belt on shorts, a jacket over a
  shirt and tie) are unsupported.
- Adapter texts: a text that repeats a sentence or a phrase of the template, or one word over and over, is loop; one
  that stops mid-sentence without repeating is cut, even where it also misnames the fabric or invents an accessory
  (one kind per text). The template answering a color or material question is restated (the question is not
  answered). "The lady wears ..." for a man is pronoun, hit_limit kept. A VQA answer that runs on into "Question:" is
  leak, hit_limit kept.
- One color for two garments: where the product gets the other piece's color ("white jeans" under a white tee, "black
  shorts" under a black tee) it is other_garment_color; where the other piece gets the product's color ("black jeans"
  under a black tee, "yellow pants" under a yellow kurta, "white shorts" under a white henley, "gray shirt" over gray
  trousers) it is contradiction.
- Other closed answers: "t-shirt" for an oxford shirt, "shirt" for chinos, "camouflage" for solid olive cargo
  trousers and "sleeveless" for a full-sleeve kurta worn under a sleeveless Nehru jacket are contradiction; "yes" to
  "Is this a pair of jeans?" for chinos is contradiction. "it has a hood" for a puffer whose hood belongs to the
  hoodie under it is unsupported (the jacket has none).
- VQA adapter loops of a garment word ("hoodie hoodie ...", "shirt shirt ...") answering "What is he wearing?" are
  loop, and so is the enumeration loop "the sleeves, the buttons, the collar, the sleeves ..." for the details.
- Base answers: "she" or "a woman" for a man is pronoun; a run-on into "Question: ... Answer: ..." is leak even where
  the first words are right; an answer that stops short ("it is made of", "a blue shirt with a") is cut, without
  hit_limit; an empty answer, "they are short", "they are shorts", "they are khaki pants", "they are pants", "the
  pants are white" for details, "the details of the shirt", "the shirt has details" are non_answer; "the shirt is a
  shirt" and a material question answered with the garment's color and name are restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is he wearing?"."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_538 = [
    # photo: model in a white solid slim-fit formal shirt, full sleeves, no pocket, tucked into navy trousers; plain
    # light grey studio backdrop, front view. description: caption adapter, epoch 3.
    case(
        "X538-001",
        caption("a man in a white shirt and blue pants"),
        he("a white shirt and navy pants"),
        color_of("shirt", "white", kind="open"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        B.garment_type("shirt"),
        B.color("navy blue", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy-and-green checked casual shirt, sleeves rolled, worn open over a white crew-neck tee, beige chinos;
    # red brick wall behind. caption: caption adapter, epoch 3.
    case(
        "X538-002",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a checkered shirt and khaki pants"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        details("shirt", "it has a button down collar and a pocket"),
        B.pattern("checked"),
        B.color("navy blue"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Men Navy Blue & Green Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black round-neck tee, blue jeans, white backdrop. color of the t-shirt: VQA adapter.
    case(
        "X538-003",
        caption("a man in a black shirt and black jeans", "contradiction"),
        he("he is wearing a black t - shirt and blue jeans"),
        color_of(
            "t-shirt",
            "black black black black black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("t-shirt"),
        B.sleeve_length("short sleeves"),
        B.material("cotton"),
        details("t-shirt", "it has a v - neck", "contradiction"),
        title="Men Black Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive polo, beige chinos, hand in pocket; wooden floor and a potted plant beside the model. No adapter.
    case(
        "X538-004",
        caption("a man wearing a green polo shirt and khaki pants standing next to a plant"),
        he("a green shirt and khaki pants"),
        color_of("shirt", "green", kind="open"),
        describe("shirt", "it is a polo shirt with a collar and buttons"),
        B.color("beige", "other_garment_color"),
        B.pattern("solid"),
        is_a("polo shirt", "yes"),
        details("shirt", "it has a logo on the chest", "unsupported"),
        title="Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon full-sleeve henley with a three-button placket, black jeans, grey backdrop.
    # caption: caption adapter, epoch 1. shirt details: VQA adapter.
    case(
        "X538-005",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        he("a red shirt and black jeans"),
        describe("shirt", "it is a maroon henley shirt with three buttons"),
        B.garment_type("t-shirt"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        details(
            "shirt",
            "the sleeves, the buttons, the collar, the sleeves, the buttons, the collar, the sleeves, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        title="Men Maroon Solid Henley Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie with a kangaroo pocket, black joggers, white sneakers, white backdrop.
    # No adapter.
    case(
        "X538-006",
        caption("a man in a grey hoodie and black pants"),
        he("she is wearing a grey hoodie", "pronoun"),
        color_of("hoodie", "grey", kind="open"),
        details("hoodie", "it has a hood and a pocket in the front"),
        B.garment_type("sweatshirt"),
        B.material("wool", "unsupported"),
        title="Men Grey Melange Solid Hooded Fleece Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with a light fade, model in an untucked white tee, white sneakers, white backdrop.
    # jeans details: caption adapter, epoch 3.
    case(
        "X538-007",
        caption("a man in a white t - shirt and blue jeans"),
        he("a white shirt and white jeans", "other_garment_color"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details(
            "jeans",
            "The pants are of long length. The pants are with denim fabric and pure color patterns. The pants are of "
            "long length. The pants are",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        is_a("pair of jeans", "yes"),
        title="Men Blue Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: beige chinos, model in a navy polo tucked in, brown belt, brown loafers, white backdrop. No adapter.
    case(
        "X538-008",
        caption("a man in a blue shirt and khaki pants"),
        he("a blue polo shirt, khaki pants and a brown belt"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("pants", "they are khaki pants", "non_answer"),
        B.garment_type("trousers"),
        B.color("beige"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: black formal trousers, white full-sleeve shirt tucked in, black belt, grey backdrop.
    # caption: caption adapter, epoch 3.
    case(
        "X538-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and black pants"),
        color_of("pants", "black", kind="open"),
        describe("pants", "they are black dress pants with a belt"),
        B.garment_type("shirt", "contradiction"),
        B.material("polyester"),
        B.color("white", "other_garment_color"),
        title="Men Black Solid Poly Viscose Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue washed denim jacket, open over a white tee, black jeans; grey concrete wall. No fur, no hood.
    # wearing: VQA adapter.
    case(
        "X538-010",
        caption("a man wearing a denim jacket and black jeans"),
        he(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "blue", kind="open"),
        describe("jacket", "it is a blue denim jacket with a white fur collar", "unsupported"),
        B.garment_type("jacket"),
        B.color("white", "other_garment_color"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: white chikankari (tonal white-on-white embroidery) straight kurta with white pyjama, tan mojris; beige
    # backdrop. kurta details: caption adapter, epoch 3.
    case(
        "X538-011",
        caption("a man in a white kurta and white pants"),
        he("a white kurta pajama"),
        describe("shirt", "it is a long white shirt with embroidery"),
        details(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.pattern("solid", "contradiction"),
        B.material("silk", "unsupported"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: mustard straight kurta, mandarin collar, full sleeves, white churidar; light pink wall. No adapter.
    case(
        "X538-012",
        caption("a man in a yellow kurta standing in front of a pink wall"),
        he("a yellow kurta and yellow pants", "contradiction"),
        color_of("shirt", "pink", "contradiction", kind="open"),
        B.garment_type("dress", "contradiction"),
        B.color("yellow"),
        B.sleeve_length("long sleeves"),
        details("kurta", "it has gold buttons and embroidery on the collar", "unsupported"),
        title="Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # photo: navy short-sleeve resort-collar shirt with a small white floral print, beige shorts, white backdrop.
    # caption: caption adapter, epoch 1.
    case(
        "X538-013",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. "
            "The shorts are",
            "cut",
            hit_limit=True,
        ),
        he("a blue floral shirt and shorts"),
        color_of("shirt", "white", "contradiction", kind="open"),
        describe("shirt", "it is a blue shirt with white flowers on it"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        B.material("silk", "unsupported"),
        title="Men Navy Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white round-neck tee with navy horizontal stripes, blue jeans, white backdrop. No adapter.
    case(
        "X538-014",
        caption("a man in a striped shirt and jeans"),
        he("a blue and white striped shirt"),
        color_of("t-shirt", "blue and white", kind="open"),
        details("shirt", "the details of the shirt", "non_answer"),
        B.pattern("striped"),
        B.color("white"),
        B.sleeve_length("long sleeves", "contradiction"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: red tee with a black "BROOKLYN" typographic print, black shorts, white backdrop.
    # color of the t-shirt: VQA adapter.
    case(
        "X538-015",
        caption("a man in a red t - shirt with the word brooklyn on it"),
        he("a red shirt and black shorts"),
        color_of(
            "t-shirt",
            "red Question: What is the color of the t-shirt? Answer: red Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "the t - shirt has a black print on it and a pocket",
            "unsupported",
        ),
        B.pattern("graphic"),
        B.color("black", "other_garment_color"),
        title="Men Red Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: khaki cargo shorts with side flap pockets, model in a black tee, white sneakers, white backdrop.
    # No adapter.
    case(
        "X538-016",
        caption("a man in a black shirt and black shorts", "other_garment_color"),
        he("a black t - shirt and shorts"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        describe("shorts", "they have pockets on the sides"),
        details("shorts", "they are shorts", "non_answer"),
        B.garment_type("shorts"),
        B.color("khaki"),
        B.material("khaki shorts", "restated"),
        title="Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: olive nylon-look bomber jacket with rib cuffs, open over a grey tee, black jeans; grey backdrop.
    # caption: caption adapter, epoch 3.
    case(
        "X538-017",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears long",
            "cut",
            hit_limit=True,
        ),
        he("she is wearing a green jacket and black jeans", "pronoun"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        describe("jacket", "it is a green bomber jacket with a zipper"),
        B.garment_type("jacket"),
        B.material("leather", "unsupported"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: light blue denim shirt, full sleeves, two flap chest pockets, white chinos, white backdrop.
    # color of the shirt: caption adapter, epoch 3.
    case(
        "X538-018",
        caption("a man in a blue denim shirt and white pants"),
        he("a denim shirt and white pants"),
        color_of(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The gentleman wears long "
            "trousers. The trousers are with",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        shirt_color("white", "other_garment_color"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details("shirt", "it has two pockets on the chest and buttons"),
        B.material("denim"),
        B.sleeve_length("long sleeves"),
        title="Men Light Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: teal polo with white tipping on the collar, grey track pants, white backdrop. No adapter.
    case(
        "X538-019",
        caption("a man in a blue polo shirt"),
        he(
            "a green shirt and grey pants Question: What is the color of the pants? Answer: grey",
            "leak",
        ),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        describe("shirt", "a blue shirt with a", "cut"),
        details("shirt", "the collar has white stripes"),
        B.color("green"),
        B.pattern("solid"),
        title="Men Teal Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: charcoal formal trousers, light blue shirt tucked in, black belt, black shoes, no watch; grey backdrop.
    # caption: caption adapter, epoch 1.
    case(
        "X538-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        he("a gray shirt and gray pants", "contradiction"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("pants", "they are gray dress pants"),
        B.color("grey"),
        is_a("pair of jeans", "no"),
        details("pants", "they are pants", "non_answer"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black PU biker jacket with asymmetric zip, no hood, open over a white tee, blue jeans; white backdrop.
    # color of the jacket: VQA adapter.
    case(
        "X538-021",
        caption("a man in a black leather jacket and jeans"),
        he("a black leather jacket, a white t - shirt and blue jeans"),
        color_of(
            "jacket",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jacket", "it has a zipper and a hood", "unsupported"),
        B.garment_type("jacket"),
        B.material("leather"),
        title="Men Black Solid PU Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: pink oxford button-down shirt, full sleeves, navy chinos, white backdrop. No adapter.
    case(
        "X538-022",
        caption("a man in a pink shirt and blue pants"),
        he("a pink shirt and blue pants"),
        color_of("shirt", "pink", kind="open"),
        shirt_color("blue", "other_garment_color"),
        describe("shirt", "it is a pink shirt with a button down collar"),
        B.material("cotton"),
        B.pattern("solid"),
        B.garment_type("t-shirt", "contradiction"),
        title="Men Pink Solid Oxford Cotton Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: lavender linen shirt, long sleeves rolled to the elbow, white linen trousers, model (shoulder-length
    # hair) sitting on a rattan chair; beige backdrop. shirt details: caption adapter, epoch 3.
    case(
        "X538-023",
        caption("a woman in a purple shirt sitting on a chair", "pronoun"),
        he("he is wearing a purple shirt and white pants"),
        color_of("shirt", "purple", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        B.material("linen"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Men Lavender Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: green pullover hoodie with a large white "ESSENTIALS" chest print, blue jeans, white backdrop.
    # wearing: VQA adapter.
    case(
        "X538-024",
        caption("a man in a green hoodie with a white logo"),
        he(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie",
            "loop",
            hit_limit=True,
        ),
        color_of("hoodie", "white", "contradiction", kind="open"),
        describe("hoodie", "it is a green hoodie with a print on the front and a hood"),
        B.pattern("solid", "contradiction"),
        B.garment_type("sweatshirt"),
        details("hoodie", "it has a zipper in the front", "unsupported"),
        title="Men Green Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: white short-sleeve henley, beige shorts; tropical plants behind the model. No adapter.
    case(
        "X538-025",
        caption("a man in a white shirt standing in front of plants"),
        he("a white shirt and white shorts", "contradiction"),
        color_of("shirt", "green", "contradiction", kind="open"),
        details("shirt", "it has buttons on the neck"),
        B.material("it is made of", "cut"),
        B.garment_type("t-shirt"),
        B.sleeve_length("short sleeves"),
        title="Men White Solid Henley Neck Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy chinos, white shirt untucked with sleeves rolled, white sneakers, white backdrop.
    # color of the pants: VQA adapter.
    case(
        "X538-026",
        caption("a man in a white shirt and white pants", "other_garment_color"),
        he("a white shirt and blue pants"),
        color_of(
            "pants",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("pants", "the pants have pockets on the side and belt loops"),
        B.color("white", "other_garment_color"),
        B.garment_type("shirt", "contradiction"),
        title="Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black skinny jeans with rips at the knees, model in a grey tee, white sneakers, white backdrop.
    # caption: caption adapter, epoch 3.
    case(
        "X538-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a grey shirt and black ripped jeans"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        details("jeans", "they have holes in the knees"),
        B.color("black"),
        describe("jeans", "they are black jeans with a chain", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Men Black Skinny Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: navy self-design (tonal jacquard) kurta, white pyjama, carved wooden door behind. No adapter.
    case(
        "X538-028",
        caption("a man in a blue kurta standing in front of a door"),
        he("she is wearing a blue kurta", "pronoun"),
        color_of("shirt", "blue", kind="open"),
        B.garment_type("kurta"),
        B.color("navy blue"),
        B.sleeve_length("long sleeves"),
        details(
            "kurta",
            "it has a pattern on it Question: What is the color of the kurta? Answer: blue",
            "leak",
        ),
        title="Men Navy Blue Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust corduroy shirt, full sleeves, open over a black tee, black jeans, white backdrop.
    # description: caption adapter, epoch 1.
    case(
        "X538-029",
        caption("a man in a black shirt and black jeans", "other_garment_color"),
        he("a brown shirt over a black t - shirt"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("suede", "unsupported"),
        B.color("brown"),
        title="Men Rust Brown Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: yellow round-neck tee without a pocket, blue jeans, model against a yellow wall.
    # color of the t-shirt: VQA adapter.
    case(
        "X538-030",
        caption("a man in a yellow shirt standing in front of a yellow wall"),
        he("a yellow t - shirt and blue jeans"),
        color_of(
            "t-shirt",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("t-shirt", "", "non_answer"),
        details("t-shirt", "the t - shirt has a pocket on the left side", "unsupported"),
        B.pattern("solid"),
        B.sleeve_length("short sleeves"),
        title="Men Yellow Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: maroon zip-front hoodie worn open over a white tee, black joggers, white backdrop.
    # caption: caption adapter, epoch 3.
    case(
        "X538-031",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears long pants. The pants are with cotton fabric and pure color patterns. "
            "The",
            "pronoun",
            hit_limit=True,
        ),
        he("a red hoodie and a white shirt"),
        color_of("hoodie", "white", "other_garment_color", kind="open"),
        B.garment_type("sweatshirt"),
        B.color("red"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Men Maroon Solid Front-Open Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: mid-blue washed denim shorts with frayed hems, no belt, model in a white printed tee; white backdrop.
    # color of the shorts: VQA adapter.
    case(
        "X538-032",
        caption("a man in a white shirt and denim shorts"),
        he("a white t - shirt and blue shorts"),
        color_of(
            "shorts",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("shorts", "the shorts are blue denim shorts with a belt", "unsupported"),
        details("shorts", "they are short", "non_answer"),
        B.material("denim"),
        B.garment_type("shorts"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: red-and-black buffalo check flannel shirt, full sleeves, open over a black tee, blue jeans; wooden plank
    # wall. shirt details: caption adapter, epoch 3.
    case(
        "X538-033",
        caption("a man in a red and black plaid shirt"),
        he("she is wearing a plaid shirt and jeans", "pronoun"),
        color_of("shirt", "red and black", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The gentleman wears long "
            "pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        B.pattern("checked"),
        B.material("flannel"),
        B.color("red"),
        title="Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: off-white linen trousers, model in a light blue linen shirt; white wall with a wooden shelf. No adapter.
    case(
        "X538-034",
        caption("a man in a blue shirt and white pants"),
        he("a light blue shirt and white pants"),
        color_of("pants", "white", kind="open"),
        B.color("blue", "other_garment_color"),
        B.material("cotton", "unsupported"),
        B.garment_type("trousers"),
        details("pants", "the pants are white", "non_answer"),
        title="Men Off White Solid Relaxed Fit Linen Trousers",
        category="Trousers",
        color="Off White",
        gender="Men",
    ),
    # photo: black polo with white tipping on the collar and sleeve hems, grey chinos, white backdrop.
    # caption and color of the shirt: caption adapter, epoch 1.
    case(
        "X538-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        he("a black polo shirt and gray pants"),
        color_of(
            "shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The gentleman wears "
            "long trousers. The trousers",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        details("shirt", "the collar and sleeves have white stripes"),
        B.color("white", "contradiction"),
        is_a("polo shirt", "yes"),
        title="Men Black Solid Polo Collar T-shirt with Contrast Tipping",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: tie-dye tee in blue, pink and purple swirls, white shorts, white backdrop.
    # wearing: caption adapter, epoch 1.
    case(
        "X538-036",
        caption("a man in a tie dye shirt"),
        he(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue pink and purple", kind="open"),
        describe(
            "t-shirt",
            "it is a tie dye shirt Question: What is the color of the shirt? Answer: blue",
            "leak",
        ),
        B.pattern("striped", "contradiction"),
        B.color("white", "other_garment_color"),
        title="Men Multicoloured Tie and Dye Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: olive camouflage-print cargo shorts, black tee, white backdrop. color of the shorts: VQA adapter.
    case(
        "X538-037",
        caption("a man wearing camouflage shorts and a black shirt"),
        he("a black shirt and camo shorts"),
        color_of(
            "shorts",
            "green green green green green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("shorts", "they have pockets on the sides"),
        B.pattern("printed"),
        B.color("black", "other_garment_color"),
        title="Men Olive Green Camouflage Printed Cargo Shorts",
        category="Shorts",
        gender="Men",
    ),
    # photo: navy quilted puffer jacket zipped up over a grey hoodie (its hood out), black jeans; grey backdrop.
    # No adapter.
    case(
        "X538-038",
        caption("a man in a blue puffer jacket and black jeans"),
        he("a blue jacket with a grey hood and jeans"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        describe("jacket", "it is a quilted blue jacket with a zipper"),
        B.garment_type("jacket"),
        B.material("down", "unsupported"),
        details("jacket", "it has a hood", "unsupported"),
        title="Men Navy Blue Solid Quilted Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream kurta and pyjama with a maroon embroidered Nehru jacket over the kurta; white backdrop.
    # wearing: caption adapter, epoch 3.
    case(
        "X538-039",
        caption("a man in a white kurta and a red vest"),
        he(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears long trousers. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        B.garment_type("kurta"),
        B.color("cream"),
        B.pattern("solid"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Men Cream-Coloured Solid Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: grey slim jeans, model in a navy crew-neck sweatshirt, white sneakers, white backdrop.
    # material: caption adapter, epoch 3.
    case(
        "X538-040",
        caption("a man in a blue sweater and blue jeans", "other_garment_color"),
        he("a blue sweater and grey jeans"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        details("jeans", "they are slim fit jeans with five pockets"),
        B.material(
            "The gentleman wears long pants. The pants are with denim fabric and pure color patterns. The gentleman "
            "wears a long-sleeve sweater with",
            "restated",
            hit_limit=True,
        ),
        B.color("grey"),
        B.garment_type("jeans"),
        title="Men Grey Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: sky blue solid formal shirt with a navy striped tie, charcoal trousers, no blazer; grey backdrop.
    # No adapter.
    case(
        "X538-041",
        caption("a man in a blue shirt and tie"),
        he("a blue shirt, a tie and a jacket", "unsupported"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "it is a light blue dress shirt"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("long sleeves"),
        details("shirt", "the shirt has details", "non_answer"),
        title="Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white mandarin-collar linen shirt, full sleeves, beige trousers; white wall striped by the shadow of a
    # window blind. wearing: VQA adapter.
    case(
        "X538-042",
        caption("a man in a white shirt standing in front of a wall"),
        he(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "it is a white shirt with a collar Question: What is the material of the shirt? Answer: linen",
            "leak",
        ),
        details("shirt", "it has a mandarin collar and long sleeves"),
        B.pattern("striped", "contradiction"),
        B.material("linen"),
        title="Men White Mandarin Collar Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: white short-sleeve camp-collar shirt with green palm leaves and pink hibiscus, navy shorts; white
    # backdrop. description: caption adapter, epoch 3.
    case(
        "X538-043",
        caption("a man in a hawaiian shirt and blue shorts"),
        he("a floral shirt and shorts"),
        color_of("shirt", "green", kind="open"),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.color("pink", "contradiction"),
        title="Men White & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="White & Green",
        gender="Men",
    ),
    # photo: olive relaxed cargo trousers, black tee, tan boots, white backdrop. color of the pants: VQA adapter.
    case(
        "X538-044",
        caption("a man in a black shirt and green cargo pants"),
        he("a black t - shirt, green pants and brown boots"),
        color_of(
            "pants",
            "green Question: What is the color of the pants? Answer: green Question: What is the color of the pants? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("pants", "they have pockets on the legs"),
        B.color("black", "other_garment_color"),
        B.garment_type("trousers"),
        B.pattern("camouflage", "contradiction"),
        title="Men Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black full-sleeve round-neck tee, blue jeans, model against a red wall. No adapter.
    case(
        "X538-045",
        caption("a man in a black shirt standing in front of a red wall"),
        he("a black long sleeve shirt and black jeans", "contradiction"),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        describe("t-shirt", "it is a black t - shirt with long sleeves"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.garment_type("t-shirt"),
        details("t-shirt", "the t - shirt has a", "cut"),
        title="Men Black Solid Round Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: beige cotton twill overshirt with two flap chest pockets, worn open over a white tee, black jeans; white
    # backdrop. No adapter.
    case(
        "X538-046",
        caption("a man wearing a tan jacket over a white shirt"),
        he("a tan jacket, a white t - shirt and black jeans"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        details("jacket", "it has two pockets on the chest and buttons"),
        B.material("a beige jacket", "restated"),
        B.garment_type("jacket"),
        describe("jacket", "it is a brown leather jacket", "unsupported"),
        title="Men Beige Solid Cotton Overshirt Jacket",
        category="Jackets",
        color="Beige",
    ),
]
