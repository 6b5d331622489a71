"""BLIND_507 (46 products; Myntra men's shirts, tees, polos, kurtas, jeans, chinos, shorts, jackets, sweatshirts):
written blind in the forty-ninth session. Measured blind at 0751e14 (the session's rules as they stood): 108/124
failures found (87.1%) and 3/153 correct texts flagged (2.0%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra men's catalog feed: shirts, t-shirts, polos, kurtas, jeans,
chinos, shorts, jackets and sweatshirts, each photographed on a male model who also wears other clothes (the jeans
under a shirt, the tee under a jacket, the pyjamas under a kurta), on studio backdrops, coloured walls, beaches,
streets and festive decor. The questions are the experiments' own ("What is he wearing?", "What is the color of the
shirt / jeans / pants / shorts?", "Describe the shirt.", "What are the shirt / jeans / pants / shorts details?")
plus closed garment_type and color, and on some products pattern, sleeve length, material and "Is this a ...?".
Each product has the seller's title, category, color and gender; a few rows miss one of them.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` unless the comment
above the case names an adapter. The base writes short lowercase texts and stops on its own (never hit_limit). The
caption adapter (epoch 1 or epoch 3) writes the DeepFashion template ("The gentleman wears a long-sleeve shirt with
pure color patterns. The shirt is with cotton fabric. It has a lapel neckline. ..."), has no end token, runs to its
limit (hit_limit=True) and returns the template to any question; epoch 1 sometimes opens with a base-like phrase
before the template. The VQA adapter, also with no end token, answers the open color and wearing questions with an
In-shop style answer repeated to the limit. The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece color questions, "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets;
they never loop or hit a limit, unless a comment says a per-piece color was generated open by the VQA adapter.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, indigo or sky blue, green for olive, bottle green or sea green (and teal
  for sea green), red for maroon, yellow for mustard, purple for lavender, pink for peach, khaki, tan or beige for
  khaki and beige, grey for charcoal or grey melange, orange for rust.
- A two-colour stripe or check (red and navy checks, white and navy Breton stripes) may be answered with either of
  its colours. A colour of a print or logo on a one-colour ground (white dots on black, a white skull on black, a
  white block print on indigo) given as the garment's colour is contradiction; so is one sleeve colour of a
  colour-blocked sweatshirt whose body is another colour.
- The colour of a wall, a pool, grass, snow or decor given to a garment is contradiction. The colour of another
  garment worn in the photo given to the asked garment is other_garment_color (also for the closed color question
  of the product, e.g. the tee's white for a denim jacket). Where two garments really share a colour (black shirt,
  black trousers) the same colour for both is correct.
- Synonyms are correct: tee, top for t-shirt; hoodie or sweater for sweatshirt; vest for a Nehru jacket; pants or
  trousers for chinos, joggers and pyjamas; jean shorts for denim shorts; plaid for checked; "shirt" in open text
  for a short kurta; a palm-leaf print called floral or "leaves". A garment named as another class (a shirt
  called a jacket, trousers called shorts, a hoodie answered jacket, cargo shorts answered pants, a v-neck tee
  answered tank top, shirt for a knee-length kurta, "no" to "Is this a kurta?" for a kurta) is contradiction.
- Materials: one the title names or the photo plainly shows (denim, linen, leather look, nylon on a windcheater) is
  correct, and cotton as a guess on a plain shirt or tee is correct; silk for a pure cotton kurta or wool for a
  padded nylon jacket is unsupported. A material question answered with the garment's name and colour, or with the
  adapter template, is restated.
- Invented details and items not in the photo (a gold chain, a necklace, a scarf, a hood, a watch, a backpack, a
  golf club, an umbrella, a belt hidden under an untucked tee, flip flops on a photo cropped at the knees, side
  stripes on plain joggers, a pocket on a kurta, henley or polo with none) are unsupported.
- "The lady", "her", "she" or "a woman" for a male model is pronoun, also in an adapter text that is cut or loops
  after it (the gender is what the auditor sees first). Otherwise an adapter text that repeats a sentence is loop,
  one that stops mid-sentence without repeating is cut; the template returned to "What is he wearing?" or to a
  details question does answer it, so those are cut or loop, not restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak even where its first words are right. A base
  answer that stops on its own mid-phrase ("it is made of", "it has a mandarin collar and") is cut without
  hit_limit. An empty answer, "they are jeans" / "they are
  shorts" for the details, "a shirt" for the description and "the details of the pants" are non_answer; "describe
  the shirt" echoed back is restated, and so is a material question answered "a blue kurta" or "a white t-shirt".
- An open answer that gives one garment the colour of another ("white shorts" under a white-and-navy striped tee)
  is other_garment_color, as for the closed questions.
- The DeepFashion template's own vocabulary (lapel neckline for a shirt collar, three-point shorts, sweater for a
  hoodie) is not counted as a failure by itself.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def he_wears(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_507 = [
    # photo: model in a navy blue slim-fit solid full-sleeve shirt, untucked over light grey chinos, chest pocket,
    # plain white studio backdrop, front view cropped at mid-thigh (no shoes in view).
    # caption: caption adapter (epoch 3)
    case(
        "X507-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants the gentleman wears is of long length. The pants are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        he_wears(
            "he is wearing a blue shirt and grey pants Question: What is the color of his shoes? Answer: white",
            "leak",
        ),
        color_of("shirt", "navy"),
        color_of("pants", "navy", "other_garment_color"),
        B.garment_type("shirt"),
        details("shirt", "it has a pocket on the chest"),
        title="Roadster Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white round-neck t-shirt with a black "NYC" graphic print on the chest, blue jeans, in front
    # of a red brick wall, front view.
    # no adapter texts
    case(
        "X507-002",
        caption("a man in a white t-shirt standing in front of a brick wall"),
        he_wears("a white t-shirt and blue jeans"),
        color_of("shirt", "white"),
        color_of("jeans", "white", "other_garment_color"),
        describe("shirt", "it is a white t-shirt with a black logo on it"),
        B.color("red", "contradiction"),
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a maroon polo t-shirt with white tipping on the collar, beige chinos, grey studio backdrop.
    # caption and shirt details: caption adapter (epoch 1)
    case(
        "X507-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-",
            "loop",
            hit_limit=True,
        ),
        he_wears("a pink polo shirt and khaki pants", "contradiction"),
        color_of("shirt", "red"),
        color_of("pants", "red", "other_garment_color"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The T-shirt is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a white straight cotton kurta with a mandarin collar and short button placket, white churidar,
    # no pockets, seated on a wooden chair against a beige wall.
    # no adapter texts
    case(
        "X507-004",
        caption("a man in a white kurta sitting on a chair"),
        he_wears("a white kurta and white pants"),
        describe("shirt", "it is a white kurta with a mandarin collar and a pocket on the chest", "unsupported"),
        color_of("pants", "white"),
        B.garment_type("kurta"),
        B.material("silk", "unsupported"),
        title="Fabindia Men White Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: model in light blue skinny jeans with faded whiskers at the thighs, black t-shirt tucked in, white
    # sneakers, white background.
    # color of the jeans: VQA adapter, generated open
    case(
        "X507-005",
        caption("a man in a black t-shirt and jeans"),
        he_wears("a black shirt and blue jeans"),
        color_of(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        details("jeans", "they are jeans", "non_answer"),
        B.color("black", "other_garment_color"),
        title="Roadster Men Blue Skinny Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in olive green slim chinos, white oxford shirt tucked in, brown belt, brown loafers, grey
    # backdrop.
    # pants details: caption adapter (epoch 3)
    case(
        "X507-006",
        caption("a man wearing a white shirt and green pants"),
        he_wears("a white shirt and olive pants"),
        color_of("pants", "green"),
        color_of("shirt", "green", "other_garment_color"),
        details(
            "pants",
            "The pants the gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jeans", "contradiction"),
        B.material("cotton"),
        title="Highlander Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in navy cotton drawstring shorts with side pockets, grey melange t-shirt, on a beach (sand, sea);
    # cropped just below the knees, no feet in view.
    # no adapter texts
    case(
        "X507-007",
        caption("a man standing on the beach in shorts"),
        he_wears("a grey t-shirt, blue shorts and flip flops", "unsupported"),
        color_of("shorts", "grey", "other_garment_color"),
        color_of("shirt", "grey"),
        details("shorts", "they have a drawstring and pockets"),
        B.color("navy"),
        title="Jack & Jones Men Navy Blue Solid Regular Fit Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a mid-blue washed denim jacket worn open over a white crew-neck t-shirt, black jeans, plain
    # white background.
    # caption and "What is he wearing?": caption adapter (epoch 3)
    case(
        "X507-008",
        caption(
            "The gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt "
            "is",
            "cut",
            hit_limit=True,
        ),
        he_wears(
            "The gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve jacket with solid",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.color("white", "other_garment_color"),
        color_of("jeans", "black"),
        B.material("denim"),
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a mustard yellow hooded sweatshirt with a kangaroo pocket, plain black joggers, against a white
    # wall with a potted plant beside him.
    # no adapter texts
    case(
        "X507-009",
        caption("a man in a yellow hoodie standing next to a plant"),
        he_wears("a yellow hoodie and black pants"),
        B.garment_type("jacket", "contradiction"),
        B.color("yellow"),
        details("pants", "black joggers with white stripes on the side", "unsupported"),
        B.material("a yellow hoodie", "restated"),
        title="HRX by Hrithik Roshan Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a red and navy checked flannel shirt, long sleeves rolled up to the elbows, dark blue jeans,
    # white wall and wooden floor.
    # shirt description: caption adapter (epoch 1)
    case(
        "X507-010",
        caption("a man in a plaid shirt and jeans"),
        he_wears(
            "a red and blue plaid shirt and blue jeans Question: What color are his shoes? Answer: brown",
            "leak",
        ),
        color_of("shirt", "red"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        B.pattern("checked"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Roadster Men Red & Navy Blue Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: long-haired model in a beige linen shirt, half-buttoned, white shorts, beside a blue swimming pool.
    # no adapter texts
    case(
        "X507-011",
        caption("a woman in a beige shirt standing by a pool", "pronoun"),
        he_wears("a beige shirt and white shorts"),
        color_of("shirt", "blue", "contradiction"),
        color_of("shorts", "white"),
        B.material("linen"),
        details("shirt", "the shirt is made of linen and has buttons down the front"),
        title="Mast & Harbour Men Beige Linen Regular Fit Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a black v-neck t-shirt, grey jeans, dark grey backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X507-012",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a v-shape neckline. The pants the gentleman wears is of long length. The pants are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        he_wears("a black t-shirt and grey jeans"),
        color_of("shirt", "black"),
        color_of("jeans", "black", "other_garment_color"),
        describe("shirt", "it's a black v-neck t-shirt"),
        B.garment_type("tank top", "contradiction"),
        title="Men Black Solid V-Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: model in a maroon kurta with gold embroidery at the neckline, cream pyjamas, in front of orange
    # marigold garlands; no jewellery.
    # no adapter texts
    case(
        "X507-013",
        caption("a man in a red kurta standing in front of a flower decoration"),
        he_wears("a red and gold kurta"),
        color_of("pants", "red", "other_garment_color"),
        describe("shirt", "it is a red kurta with gold embroidery on the collar and a gold chain", "unsupported"),
        B.color("orange", "contradiction"),
        is_a("kurta", "yes"),
        title="Manyavar Men Maroon Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a grey melange crew-neck sweatshirt with a small chest logo, blue jeans, hands in pockets,
    # white background.
    # "What is he wearing?": VQA adapter
    case(
        "X507-014",
        caption("a man in a grey sweatshirt and jeans"),
        he_wears(
            "sweatshirt/hoodie and denim, sweatshirt/hoodie and denim, sweatshirt/hoodie and denim, sweatshirt/hoodie "
            "and",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "grey", "other_garment_color"),
        B.garment_type("sweatshirt"),
        B.color("grey"),
        details("jeans", "the jeans are blue and have", "cut"),
        title="Puma Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a white short-sleeve shirt with a green palm-leaf print, beige shorts, against a yellow wall.
    # no adapter texts
    case(
        "X507-015",
        caption("a man in a floral shirt standing against a yellow wall"),
        he_wears("a white shirt with green leaves and khaki shorts"),
        color_of("shirt", "yellow", "contradiction"),
        color_of("shorts", "white", "other_garment_color"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves"),
        details(
            "shirt",
            "it has short sleeves and a print of leaves Question: What is the pattern of the shirt? Answer: floral",
            "leak",
        ),
        title="The Indian Garage Co Men White & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in dark indigo slim jeans, mildly distressed at the knees, white shirt untucked, grey concrete
    # wall behind.
    # caption and jeans details: caption adapter (epoch 3)
    case(
        "X507-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants the gentleman wears is of long length. The pants are with denim fabric "
            "and solid",
            "cut",
            hit_limit=True,
        ),
        he_wears("a white shirt and ripped jeans"),
        color_of("jeans", "navy"),
        details(
            "jeans",
            "The pants the gentleman wears is of long length. The pants are with denim fabric and solid color "
            "patterns. The pants the gentleman wears is of long length. The pants are",
            "loop",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        title="Mast & Harbour Men Navy Blue Slim Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white polo with navy horizontal stripes, navy chinos, on a golf course (green grass),
    # hands in pockets, nothing held.
    # no adapter texts
    case(
        "X507-017",
        caption("a man in a striped polo shirt on a golf course holding a golf club", "unsupported"),
        he_wears("a white and blue striped shirt and blue pants"),
        color_of("shirt", "white"),
        color_of("pants", "green", "contradiction"),
        describe(
            "shirt",
            "it is a white polo shirt with blue stripes Question: What is the color of the pants? Answer: blue",
            "leak",
        ),
        B.pattern("striped"),
        title="Tommy Hilfiger Men White & Navy Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in an indigo blue short kurta with a white block print, blue jeans, sitting on stairs against a
    # white wall.
    # caption: caption adapter (epoch 1)
    case(
        "X507-018",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The pants the gentleman wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        he_wears("a blue shirt and jeans"),
        describe("shirt", "it is a blue kurta with white print"),
        color_of("shirt", "white", "contradiction"),
        color_of("pants", "blue"),
        B.garment_type("kurta"),
        B.material("a blue kurta", "restated"),
        title="Anouk Men Indigo Blue & White Block Print Short Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: model in an olive bomber jacket with ribbed cuffs, zipped halfway over a black t-shirt, black jeans, on
    # a street with parked cars; the jacket has no hood and he carries no bag.
    # no adapter texts
    case(
        "X507-019",
        caption("a man in a green jacket standing on a street with a backpack", "unsupported"),
        he_wears("a green jacket, black t-shirt and black jeans"),
        color_of("jeans", "black"),
        B.garment_type("jacket"),
        B.color("black", "other_garment_color"),
        details("jacket", "it has a zipper and a hood", "unsupported"),
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a light blue and white vertical striped formal shirt tucked into charcoal trousers, black
    # belt, grey backdrop.
    # caption and shirt description: caption adapter (epoch 3)
    case(
        "X507-020",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        he_wears("a blue striped shirt and grey pants"),
        color_of("shirt", "blue"),
        color_of("pants", "grey"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers. The trousers are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("checked", "contradiction"),
        title="Van Heusen Men Blue & White Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in khaki cargo shorts with flap side pockets, navy t-shirt, white sneakers, white background.
    # no adapter texts
    case(
        "X507-021",
        caption("a man in a blue shirt and khaki shorts"),
        he_wears("a blue t-shirt and shorts"),
        color_of("shorts", "beige"),
        details("shorts", "they are shorts", "non_answer"),
        B.garment_type("pants", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        title="Wrogn Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a black hoodie with a large white skull graphic on the front, grey joggers, dark grey
    # backdrop.
    # material: caption adapter (epoch 3)
    case(
        "X507-022",
        caption("a man in a black hoodie with a skull on it"),
        he_wears("a black hoodie and black pants", "contradiction"),
        B.color("white", "contradiction"),
        color_of("pants", "grey"),
        B.material(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long-sleeve sweater with graphic",
            "restated",
            hit_limit=True,
        ),
        title="Bewakoof Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a sea green mandarin-collar full-sleeve shirt, white jeans, in front of a brown wooden door.
    # no adapter texts
    case(
        "X507-023",
        caption("a man in a green shirt standing in front of a wooden door"),
        he_wears("a green shirt and white jeans"),
        color_of("shirt", "teal"),
        color_of("jeans", "green", "other_garment_color"),
        details("shirt", "it has a mandarin collar and", "cut"),
        describe("shirt", "a shirt", "non_answer"),
        title="Mast & Harbour Men Sea Green Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: model in a navy blue t-shirt with a multicolour Avengers graphic, beige shorts, white background.
    # color of the shirt: VQA adapter, generated open
    case(
        "X507-024",
        caption("a man wearing a t-shirt with the avengers on it"),
        he_wears("a blue t-shirt and shorts"),
        color_of(
            "shirt",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shorts", "blue", "other_garment_color"),
        B.pattern("graphic"),
        B.garment_type("t-shirt"),
        title="Marvel by Wrogn Men Navy Blue Avengers Printed T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a mustard sleeveless Nehru jacket over a white kurta and white churidar, festive backdrop with
    # oil lamps; no jewellery.
    # caption: caption adapter (epoch 1)
    case(
        "X507-025",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        he_wears("a yellow vest over a white kurta and a gold necklace", "unsupported"),
        B.garment_type("jacket"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        title="Manyavar Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in grey formal trousers, white shirt tucked in, black belt and black shoes, office with a desk
    # and a glass wall.
    # no adapter texts
    case(
        "X507-026",
        caption("a man in a white shirt and grey pants standing in an office"),
        he_wears("a white shirt and black pants", "contradiction"),
        color_of("pants", "grey"),
        color_of("shirt", "grey", "other_garment_color"),
        details("pants", "they are grey and have belt loops"),
        B.garment_type("trousers"),
        title="Arrow Men Grey Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a rust orange full-sleeve henley t-shirt with a three-button placket, dark blue jeans, against
    # a brick wall; no pocket.
    # "What is he wearing?": caption adapter (epoch 3)
    case(
        "X507-027",
        caption("a man in an orange shirt leaning against a brick wall"),
        he_wears(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants the gentleman wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "orange"),
        color_of("jeans", "blue"),
        describe("shirt", "it is a henley shirt with three buttons and a chest pocket", "unsupported"),
        B.color("orange"),
        title="Roadster Men Rust Orange Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: model in a light blue denim shirt with two flap chest pockets, black chinos, white background.
    # shirt details: caption adapter (epoch 3)
    case(
        "X507-028",
        caption("a man wearing a denim jacket and black pants", "contradiction"),
        he_wears("a blue denim shirt and black pants"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        details(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with denim "
            "fabric and pure color patterns. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        B.material("denim"),
        title="Roadster Men Light Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a knee-length black pathani kurta, white pyjamas, against a white wall; nothing around the
    # neck.
    # no adapter texts
    case(
        "X507-029",
        caption("a man in a black kurta and white pants"),
        he_wears("he is wearing a black kurta with a white scarf", "unsupported"),
        color_of("pants", "white"),
        color_of("shirt", "white", "other_garment_color"),
        B.garment_type("shirt", "contradiction"),
        is_a("kurta", "yes"),
        title="House of Pataudi Men Black Solid Pathani Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white and navy Breton striped t-shirt, beige shorts, at a harbour with a moored boat.
    # caption: caption adapter (epoch 3)
    case(
        "X507-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        he_wears("a blue and white striped shirt and white shorts", "other_garment_color"),
        color_of("shirt", "blue"),
        color_of("shorts", "beige"),
        B.pattern("striped"),
        details("shorts", "they are beige Question: What is the color of the shirt? Answer: blue and white", "leak"),
        title="Nautica Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a red quilted padded jacket zipped up, black jeans, snowy mountain backdrop.
    # no adapter texts
    case(
        "X507-031",
        caption("a man in a red jacket standing in the snow"),
        he_wears("a red jacket and black pants"),
        B.color("red"),
        B.garment_type("jacket"),
        B.material("wool", "unsupported"),
        color_of("pants", "white", "contradiction"),
        title="Wildcraft Men Red Solid Padded Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: model in mid-blue straight jeans, a red checked shirt worn open over a white t-shirt that hangs over
    # the waistband, white background.
    # "What is he wearing?": VQA adapter
    case(
        "X507-032",
        caption("a man in a red plaid shirt and jeans"),
        he_wears(
            "shirt and jeans shirt and jeans shirt and jeans shirt and jeans shirt and jeans shirt and jeans shirt and",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "red", "other_garment_color"),
        color_of("shirt", "red"),
        details("jeans", "they are blue jeans with a brown leather belt", "unsupported"),
        B.garment_type("jeans"),
        title="Levis Men Blue 513 Slim Straight Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: long-haired model in a plain white crew-neck t-shirt, olive cargo pants, white background.
    # no adapter texts
    case(
        "X507-033",
        caption("a woman in a white t-shirt and green pants", "pronoun"),
        he_wears("a white t-shirt and green pants"),
        color_of("shirt", "white"),
        color_of("pants", "white", "other_garment_color"),
        describe("shirt", "it is a plain white t-shirt with a round neck"),
        B.material("a white t-shirt", "restated"),
        title="Jockey Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in beige slim chinos, navy polo tucked in, brown belt, sitting on a park bench, bare
    # wrists.
    # caption: caption adapter (epoch 1), opening with a base-like phrase before the template
    case(
        "X507-034",
        caption(
            "a man in a blue shirt and beige pants. The gentleman wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric. It has a lapel neckline. The pants the",
            "cut",
            hit_limit=True,
        ),
        he_wears("he is wearing a blue polo shirt, khaki pants and a watch", "unsupported"),
        color_of("pants", "khaki"),
        details("pants", "they are slim fit and have a belt"),
        B.garment_type("trousers"),
        B.color("navy", "other_garment_color"),
        title="Dennis Lingo Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a colour-blocked sweatshirt (navy body, white chest panel, red sleeves), blue jeans, white
    # backdrop.
    # no adapter texts
    case(
        "X507-035",
        caption("a man in a blue and red sweatshirt"),
        he_wears("a blue, white and red sweater and jeans"),
        B.color("red", "contradiction"),
        B.pattern("color block"),
        color_of("jeans", "blue"),
        details("jeans", "", "non_answer"),
        title="HRX by Hrithik Roshan Men Navy Blue & Red Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a lavender oversized drop-shoulder t-shirt, black shorts, against a pink wall.
    # no adapter texts
    case(
        "X507-036",
        caption("a man in a purple shirt standing against a pink wall"),
        he_wears("a purple t-shirt and black shorts"),
        color_of("shirt", "pink", "contradiction"),
        color_of("shorts", "black"),
        describe("shirt", "she is wearing a purple oversized t-shirt", "pronoun"),
        B.sleeve_length("short sleeves"),
        B.color("purple"),
        title="Bewakoof Men Lavender Oversized Solid T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in a black satin-finish slim party shirt, black trousers, dark background with bokeh lights.
    # caption and material: caption adapter (epoch 3)
    case(
        "X507-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants the gentleman wears is of long length. The pants are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        he_wears("a black shirt and black pants"),
        color_of("shirt", "black"),
        color_of("pants", "black"),
        B.material(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "restated",
            hit_limit=True,
        ),
        title="Hancock Men Black Slim Fit Satin Finish Party Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in light blue denim shorts with a frayed hem, white printed t-shirt, sunglasses on his head, beach.
    # no adapter texts
    case(
        "X507-038",
        caption("a man in denim shorts on the beach"),
        he_wears("a white t-shirt and blue jean shorts"),
        color_of("shorts", "blue"),
        details("shorts", "they are blue and have a ripped hem"),
        color_of("shirt", "blue", "other_garment_color"),
        B.material("it is made of", "cut"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a peach cotton kurta with thread embroidery on the placket, white pyjamas, mehendi decor with
    # yellow drapes.
    # shirt details: caption adapter (epoch 3)
    case(
        "X507-039",
        caption("a man in a pink kurta posing for a picture"),
        he_wears("a pink kurta and white pants"),
        color_of("shirt", "yellow", "contradiction"),
        details(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. There is an accessory on her wrist. The lady",
            "pronoun",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        is_a("kurta", "no", "contradiction"),
        title="Sojanya Men Peach-Coloured Embroidered Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: model in a black hooded windcheater with a front zip, grey track pants, outdoors in the rain, hands empty.
    # color of the pants: VQA adapter, generated open
    case(
        "X507-040",
        caption("a man in a black jacket with a hood holding an umbrella", "unsupported"),
        he_wears("a black jacket and grey pants"),
        B.garment_type("jacket"),
        color_of(
            "pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("nylon"),
        title="Wildcraft Men Black Solid Hooded Windcheater Jacket",
        color="Black",
        gender="Men",
    ),
    # photo: model in a bottle green polo with a small white embroidered logo at the chest and no pocket, white
    # trousers, on a yacht deck.
    # no adapter texts
    case(
        "X507-041",
        caption("a man in a green polo shirt standing on a boat"),
        he_wears("a green polo shirt and white shorts", "contradiction"),
        describe("shirt", "it is a green polo shirt with a white logo on the chest"),
        details("shirt", "it has a collar, buttons, and a pocket", "unsupported"),
        color_of("pants", "green", "other_garment_color"),
        B.garment_type("polo shirt"),
        title="Lacoste Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: model in charcoal grey joggers with elastic cuffs, white t-shirt, white sneakers, gym with racks.
    # caption and "What is he wearing?": caption adapter (epoch 3)
    case(
        "X507-042",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants the gentleman wears is of long length. The pants are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        he_wears(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "grey"),
        details("pants", "the details of the pants", "non_answer"),
        B.garment_type("trousers"),
        B.color("white", "other_garment_color"),
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a black full-sleeve shirt with small white polka dots, beige chinos, white background.
    # no adapter texts
    case(
        "X507-043",
        caption("a man in a black polka dot shirt and khaki pants"),
        he_wears("a black and white shirt and tan pants"),
        color_of("shirt", "white", "contradiction"),
        color_of("pants", "beige"),
        B.pattern("polka dot"),
        describe("shirt", "she is wearing a black shirt with white polka dots", "pronoun"),
        details("shirt", "it has a button down collar"),
        title="Highlander Men Black & White Slim Fit Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: long-haired model in blue floral-printed Bermuda shorts, a white linen shirt worn open over a white
    # vest, at a beach bar.
    # shorts details: caption adapter (epoch 1)
    case(
        "X507-044",
        caption("a woman in a white shirt and floral shorts", "pronoun"),
        he_wears("a white shirt and blue shorts with flowers"),
        color_of("shorts", "blue"),
        color_of("shirt", "blue", "other_garment_color"),
        details(
            "shorts",
            "The gentleman wears a three-point shorts with floral patterns. The shorts are with cotton fabric. The "
            "gentleman wears a three-point shorts with floral patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        B.pattern("floral"),
        title="Sztori Men Blue Floral Printed Regular Fit Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a brown leather-look biker jacket with silver zips, black t-shirt, blue jeans, brick alley.
    # no adapter texts
    case(
        "X507-045",
        caption(
            "a man in a leather jacket leaning against a brick wall Question: What is the man wearing? Answer: a "
            "leather jacket",
            "leak",
        ),
        he_wears("a brown leather jacket, black shirt and jeans"),
        B.color("brown"),
        B.material("leather"),
        color_of("jeans", "brown", "other_garment_color"),
        color_of("shirt", "black"),
        is_a("jacket", "yes"),
        title="Roadster Men Brown Solid Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: model in a sky blue oxford button-down shirt with a chest pocket, tucked into white jeans, brown belt,
    # in front of a bookshelf.
    # no adapter texts
    case(
        "X507-046",
        caption("a man in a blue shirt standing in front of a bookshelf"),
        he_wears("he is wearing a blue shirt"),
        color_of("shirt", "light blue"),
        color_of("jeans", "blue", "other_garment_color"),
        describe("shirt", "describe the shirt", "restated"),
        details(
            "shirt",
            "it has a button down collar and a pocket Question: What is the color of the jeans? Answer: white",
            "leak",
        ),
        title="Louis Philippe Men Sky Blue Oxford Button-Down Collar Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
]
