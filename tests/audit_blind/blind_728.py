"""BLIND_728 (46 products; Myntra boys' and girls' winterwear and party wear, caption adapter at epoch 1): written blind
in the fifty-fourth session. Measured blind at 4b4f207 (the session's final rules): 121/128 failures found (94.5%) and
13/182 correct texts flagged (7.1%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' catalog feed of winterwear (puffer and padded jackets, coats, sweaters, cardigans,
sweatshirts, hoodies, a thermal top, a tracksuit) and party wear (velvet, sequinned and tulle dresses, a gown, a
jumpsuit, blazers, a waistcoat, a kurta set, a sherwani, a lehenga choli, a party shirt, a party top, a skirt). Every
photo is a studio shot on a white backdrop, a boy or a girl wearing the product, nearly always with other clothes
(a t-shirt under a jacket, a shirt under a sweater, tights under a dress, a scarf, a belt), front view.

Who wrote what: the caption and every open answer (wearing, describe, details, material, open color questions) come
from BLIP-2 OPT-2.7b with the caption adapter after one epoch (Data2_V2 ..._Caption_First_Epoch), greedy, 50 new
tokens for captions and 30 for answers. After one epoch it still knows hue names from the base model, but it leans
on the DeepFashion template ("with pure color patterns", "is with knitting fabric", "a long pants", "There is an
accessory on her wrist"), calls children "the lady" or "the female" now and then, and, trained with no end token,
often runs to the token limit: it loops or stops mid-phrase. Now and then it keeps writing the prompt format
("Question: ... Answer: ..."). The closed answers (garment_type, color, color_of the product, pattern, sleeve
length, neckline, "Is this a ...?") come from enrich's --engine reference, which picks one candidate value: they
never loop or stop short, but it can pick the color of another garment in the photo or the wrong type.

Labeling conventions and judgement calls:
- One label per text. A text that both runs to the limit and ends mid-phrase with no repetition is "cut"; a text
  that repeats a phrase or sentence until the limit is "loop" (hit_limit=True for both), even if it also ends
  mid-word. A text cut at the limit whose content is otherwise right is "cut".
- "other_garment_color": the product (or a text about the product) is given the color of another garment or
  accessory worn in the photo (the t-shirt under the jacket, the belt, the scarf, the tights, the leggings, the
  Nehru jacket over the kurta). A wrong color for a part of the product itself (the dots on a polka-dot dress, the
  silver sequins, the lining) or a wrong color for a non-product garment (the jeans given the sweater's grey) is
  "contradiction".
- A pattern, sleeve length or garment type taken from another garment (the tartan skirt's "checked" for a plain
  sweater, the shirt's "long sleeve" for a waistcoat, "hoodie" for the denim jacket) is "contradiction", not
  "other_garment_color", which I keep for colors.
- Material: a generic fabric anyone would read from the photo (knit for a sweater, cotton for a sweatshirt or a
  shirt, denim, velvet, fleece, corduroy, nylon for a puffer, leather for a leather-look biker jacket, wool where
  the title says woollen) is correct. A specific fiber, a lining, a hidden zip or a finish the photo cannot show
  (silk, merino, organic cotton, satin lining, Lurex) is "unsupported". A material the title contradicts (cotton
  for a woollen coat) is "contradiction".
- Invented accessories or details not in the photo (a ring, an accessory on the wrist, a hat, a bag, fur trim,
  thumb holes, a back zip, a Santa hat) are "unsupported", even inside an otherwise right caption.
- Shade synonyms count as right: burgundy or maroon for Maroon, purple for Lavender, pink for Magenta, blue-green
  for Teal, orange for Rust, navy or dark blue for Navy Blue, white for Off White, dark red wine for Burgundy.
  "Vest" for a waistcoat or gilet and "coat" for a sherwani are right.
- DeepFashion template phrases ("pure color patterns", "a long pants", "lapel collar" for a Peter Pan collar) are
  not failures by themselves when they fit the photo.
- "restated": a sentence that gives the question's own words back as an answer ("the shirt details are on the
  shirt", "the sherwani is a sherwani worn by the boy"). "non_answer": no content at all: yes, no, none, or just
  the garment's name ("dress", "the cardigan", "a hoodie", "it is a top").
- "pronoun": "the female", "the lady", "she", "her" for a Boys product, "he", "the man" for a Girls product;
  "the lady" for a girl is not a pronoun failure. Only rows with a gender column get pronoun labels.
- "leak": the answer continues into the "Question: ... Answer:" format, or starts by echoing it, even when the
  answer inside it is right.
- The seller's color is taken as right where the photo agrees; "Multi" on a white floral sweatshirt makes "white"
  a right answer for the garment's base color.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    question,
    wearing,
)

material = BLIND_QUESTIONS.material
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_728 = [
    # photo: a boy in a navy blue hooded puffer jacket with horizontal quilting, zipped halfway over a grey crew-neck
    # t-shirt; black joggers, white sneakers; white backdrop; front view. Caption and open answers: caption adapter
    # epoch 1; closed answers: reference engine.
    case(
        "X728-001",
        caption(
            "The boy is wearing a long-sleeve navy blue padded jacket with a hood and a pair of black pants. The "
            "jacket is with nylon fabric and pure color patterns. The pants are of long length."
        ),
        wearing("a navy blue puffer jacket with a hood, a grey t-shirt and black joggers"),
        color_of("jacket", "navy blue"),
        material(
            "The jacket is with nylon fabric and pure color patterns. The pants the boy wears is of long length. "
            "The pants are with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        details(
            "jacket", "quilted panels, a hood with fur trim, a zip front and two side pockets", failure="unsupported"
        ),
        describe("jacket", "the jacket is the jacket the boy is wearing", failure="restated"),
        garment_type("jacket"),
        is_a("sweatshirt", "no"),
        title="Gini and Jony Boys Navy Blue Solid Hooded Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: a girl in a sleeveless maroon velvet fit-and-flare party dress, knee length, a thin gold belt at the
    # waist; black ballet flats; white backdrop; front view. Caption and open answers: caption adapter epoch 1;
    # closed answers: reference engine.
    case(
        "X728-002",
        caption(
            "The girl is wearing a sleeveless dress with pure color patterns. The dress is with velvet fabric. It has "
            "a round neckline. There is a belt around her waist. The dress is of knee length."
        ),
        wearing("a maroon velvet dress with a gold belt"),
        color("burgundy"),
        describe(
            "dress",
            "The dress is sleeveless and has a gold belt at the waist. The skirt is flared and the dress is of knee "
            "length. The dress is sleeveless and has a gold belt at the waist. The",
            failure="loop",
            hit_limit=True,
        ),
        sleeve_length("sleeveless"),
        color_of("dress", "gold", failure="other_garment_color", kind="open"),
        is_a("dress", "yes"),
        title="Cherry Crumble Girls Maroon Velvet Fit and Flare Party Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: a boy in a grey melange crew-neck sweatshirt with a navy "BROOKLYN 87" print on the chest, ribbed cuffs
    # and hem; mid-blue jeans; white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed
    # answers: reference engine.
    case(
        "X728-003",
        caption(
            "The female is wearing a long-sleeve sweatshirt with graphic patterns and a long denim pants. The "
            "sweatshirt is with cotton fabric. It has a round neckline. The pants are with denim fabric and solid "
            "color patterns.",
            failure="pronoun",
        ),
        wearing("a grey sweatshirt with blue letters on it and blue jeans"),
        color_of("sweatshirt", "grey"),
        pattern("graphic"),
        details("sweatshirt", "The sweatshirt has a print of letters on the chest and ribbed cuffs and hem."),
        describe(
            "sweatshirt",
            "The sweatshirt is grey with a print on the front that says brooklyn and the number 87 in navy blue "
            "letters. The cuffs and the",
            failure="cut",
            hit_limit=True,
        ),
        color_of("jeans", "grey", failure="contradiction", kind="open"),
        title="U.S. Polo Assn. Kids Boys Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: a girl in a pink party dress: silver sequinned bodice, short puff sleeves, layered pink tulle skirt to
    # mid-calf; silver shoes; white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed
    # answers: reference engine.
    case(
        "X728-004",
        caption(
            "The girl is wearing a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "has a round neckline. The dress is of long length. She wears a pair of silver shoes. The upper part of "
            "the dress is decorated with",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a pink party dress with a sparkly silver top and silver shoes"),
        color("pink"),
        describe("dress", "The dress has a sequinned bodice, puff sleeves and a layered tulle skirt."),
        details("dress", "the details of the dress are the dress details", failure="restated"),
        material("silk with a cotton lining", failure="unsupported"),
        sleeve_length("short sleeve"),
        garment_type("dress"),
        title="Toy Balloon Kids Girls Pink Embellished Tulle Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: a boy in a black single-breasted two-button blazer over a white shirt with a black bow tie; charcoal
    # trousers, black shoes; white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed
    # answers: reference engine.
    case(
        "X728-005",
        caption(
            "The boy wears a black blazer over a white shirt with a black bow tie. He wears a long trousers. The "
            "trousers are with pure color patterns."
        ),
        wearing("a black blazer, a white shirt and a bow tie"),
        color_of("blazer", "white", failure="other_garment_color"),
        details(
            "blazer",
            "The blazer has notched lapels, two buttons and a chest pocket. The blazer has notched lapels, two "
            "buttons and a chest pocket. The blazer has",
            failure="loop",
            hit_limit=True,
        ),
        garment_type("blazer"),
        material("The blazer is made of wool and has a satin lining.", failure="unsupported"),
        title="Hopscotch Boys Black Solid Single-Breasted Party Blazer",
        category="Blazers",
        color="Black",
        gender="Boys",
    ),
    # photo: a girl in a red Fair Isle cardigan (crew neck, button front) with a white snowflake and reindeer band
    # across the chest, worn open over a white t-shirt; blue denim jeggings; white backdrop; front view. Caption and
    # open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-006",
        caption(
            "The lady is wearing a long-sleeve cardigan with lattice patterns and a long denim pants. The cardigan is "
            "with knitting fabric. The pants are with denim fabric and solid color patterns. There is an accessory "
            "on her wrist.",
            failure="unsupported",
        ),
        wearing("a red cardigan with white snowflakes, a white top and jeans"),
        color("white", failure="other_garment_color"),
        neckline("round neck"),
        details(
            "cardigan",
            "the cardigan has buttons down the front and a pattern of white snowflakes and reindeer across the chest",
        ),
        describe("cardigan", "the cardigan", failure="non_answer"),
        is_a("cardigan", "yes"),
        title="Mothercare Girls Red & White Fair Isle Patterned Cardigan",
        category="Sweaters",
        color="Red",
        gender="Girls",
    ),
    # photo: a boy in an olive green quilted bomber jacket, zip open, orange inner lining showing at the front,
    # black ribbed collar, cuffs and hem; white t-shirt underneath; khaki chinos; white backdrop; front view. Caption
    # and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-007",
        caption(
            "The boy is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. It has a stand collar. The pants are with cotton fabric and pure color patterns. The boy "
            "wears a white t-shirt inside the jacket and a pair of",
            failure="cut",
            hit_limit=True,
        ),
        wearing("an orange jacket over a white t-shirt and khaki pants", failure="contradiction"),
        color_of("jacket", "olive"),
        details("jacket", "ribbed collar, cuffs and hem, a front zip and diamond quilting"),
        material("nylon"),
        color_of("pants", "khaki Question: What is the color of the shoes? Answer: white", failure="leak", kind="open"),
        garment_type("jacket"),
        title="Pepe Jeans Boys Olive Green Quilted Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Boys",
    ),
    # photo: a girl in a mustard yellow cable-knit crew-neck pullover, long sleeves; black leggings, brown ankle
    # boots; white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers:
    # reference engine.
    case(
        "X728-008",
        caption(
            "The girl wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "knitting fabric. It has a crew neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a yellow sweater, black leggings and brown boots"),
        color_of("sweater", "yellow"),
        describe(
            "sweater",
            "The sweater is a sweater with long sleeves. The sweater is a sweater with long sleeves. The sweater is "
            "a sweater with long sleeves. The",
            failure="loop",
            hit_limit=True,
        ),
        pattern("solid"),
        sleeve_length("long sleeve"),
        material("Question: What material is the sweater made of? Answer: wool", failure="leak"),
        title="Allen Solly Junior Girls Mustard Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
        gender="Girls",
    ),
    # photo: a boy in a maroon V-neck sweater over a white collared shirt (collar showing); navy chinos; white
    # backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-009",
        caption(
            "The boy is wearing a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has a v-shape neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a maroon sweater over a white shirt and navy pants.", failure="pronoun"),
        color("maroon"),
        neckline("v-neck"),
        details(
            "sweater",
            "The sweater has a v-neck and ribbed cuffs. The shirt under it has a white collar. The pants are navy "
            "blue and have a",
            failure="cut",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        title="Max Boys Maroon Solid V-Neck Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Boys",
    ),
    # photo: a girl in a navy blue fleece hooded sweatshirt (hood down) with a large white-and-pink unicorn print and
    # a kangaroo pocket; pink leggings; white backdrop; front view. Caption and open answers: caption adapter epoch 1;
    # closed answers: reference engine.
    case(
        "X728-010",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with graphic patterns and a long leggings. The sweatshirt "
            "is with cotton fabric. The leggings are with cotton fabric and pure color patterns. The lady wears a hat.",
            failure="unsupported",
        ),
        wearing("a navy blue hoodie with a unicorn on it and pink leggings"),
        color_of("sweatshirt", "pink", failure="other_garment_color"),
        details("sweatshirt", "a unicorn print on the front, a hood and a kangaroo pocket"),
        describe("sweatshirt", "yes", failure="non_answer"),
        material("fleece"),
        garment_type("sweatshirt"),
        pattern("graphic"),
        title="Hopscotch Girls Navy Blue Unicorn Print Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: a boy in a knee-length cream kurta under a sleeveless maroon brocade Nehru jacket with gold motifs;
    # cream churidar, brown mojaris; white backdrop; front view. Caption and open answers: caption adapter epoch 1;
    # closed answers: reference engine.
    case(
        "X728-011",
        caption(
            "The boy is wearing a long-sleeve kurta with pure color patterns and a vest. The vest is with brocade "
            "fabric. The kurta is of long length. He wears a long pants."
        ),
        wearing("a maroon kurta and cream pants", failure="other_garment_color"),
        color("cream"),
        describe(
            "jacket",
            "The jacket is sleeveless and has a mandarin collar and buttons down the front. It has a woven gold "
            "pattern.",
        ),
        garment_type("kurta"),
        is_a("sherwani", "yes", failure="contradiction"),
        material(
            "The kurta is with pure color patterns and the jacket is with brocade fabric. The churidar is of long "
            "length and the boy wears a pair of",
            failure="cut",
            hit_limit=True,
        ),
        title="Vastramay Boys Cream Kurta with Churidar and Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: a girl in a peach lehenga choli: flared peach lehenga with a gold zari embroidered border, short-sleeve
    # peach choli with gold embroidery, sheer peach net dupatta over one shoulder; white backdrop; front view.
    # Caption and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-012",
        caption(
            "The girl is wearing a short-sleeve top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. There is a scarf on her shoulder."
        ),
        wearing("She is wearing a peach lehenga with a golden border, a peach blouse and a dupatta."),
        color("peach"),
        details("lehenga", "the lehenga details are the details of the lehenga", failure="restated"),
        material("pure silk with a silk lining and hand embroidered zari work", failure="unsupported"),
        garment_type("lehenga choli"),
        is_a("saree", "no"),
        title="Aarika Girls Peach-Coloured & Gold Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: a boy in a crew-neck pullover with wide horizontal red and navy stripes; dark grey jeans; white
    # backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-013",
        caption(
            "The boy is wearing a long-sleeve sweater with stripe patterns and a long denim pants. The sweater is "
            "with knitting fabric. It has a round neckline. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a striped sweater and grey jeans"),
        pattern("solid", failure="contradiction"),
        color_of("sweater", "red and blue", kind="open"),
        color_of("jeans", "blue", failure="contradiction", kind="open"),
        details(
            "sweater",
            "The sweater is striped with red and navy blue stripes. It has ribbed cuffs and a ribbed hem. The sweater "
            "is striped with red and navy blue stripes. It has",
            failure="loop",
            hit_limit=True,
        ),
        title="Mothercare Boys Red & Navy Blue Striped Pullover",
        category="Sweaters",
        color="Red",
        gender="Boys",
    ),
    # photo: a girl in a black double-breasted longline coat with gold buttons, a white faux-fur collar and flap
    # pockets, over a pink dress whose hem shows; white tights, black shoes; white backdrop; front view. Caption and
    # open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-014",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns and a fur collar. The coat is of long "
            "length. She wears a pair of tights."
        ),
        wearing("a black coat with a white fur collar and white tights"),
        color_of("coat", "pink", failure="other_garment_color"),
        details("coat", "The coat is double-breasted with gold buttons, a white faux fur collar and two flap pockets."),
        material("wool with a polyester lining", failure="unsupported"),
        describe(
            "coat",
            "The coat is black and has a white fur collar. The coat is black and has a white fur collar. The coat is "
            "black and has a",
            failure="loop",
            hit_limit=True,
        ),
        sleeve_length("long sleeve"),
        title="Peppermint Girls Black Double-Breasted Longline Coat with Faux Fur Collar",
        category="Coats",
        color="Black",
        gender="Girls",
    ),
    # photo: a boy in a charcoal grey five-button waistcoat over a light blue full-sleeve shirt; black trousers;
    # white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-015",
        caption(
            "The boy is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. He wears a vest. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a grey vest over a light blue shirt and black pants"),
        color("blue", failure="other_garment_color"),
        sleeve_length("long sleeve", failure="contradiction"),
        describe(
            "waistcoat",
            "The waistcoat is of grey color and has five buttons on the front. The waistcoat is of grey color and has "
            "five buttons on the front. The waist",
            failure="loop",
            hit_limit=True,
        ),
        garment_type("vest"),
        title="YK Boys Charcoal Grey Solid Waistcoat",
        category="Waistcoat",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: a girl in a floor-length lavender party gown with cap sleeves, a silver beaded waistband and a layered
    # net skirt; hands empty at her sides; white backdrop; front view. Caption and open answers: caption adapter
    # epoch 1; closed answers: reference engine.
    case(
        "X728-016",
        caption(
            "The girl is wearing a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The dress is of long length. The girl is holding a bag in her hand.",
            failure="unsupported",
        ),
        wearing("a long purple dress"),
        color("lavender"),
        details("dress", "beaded waist, cap sleeves and a layered net skirt to the floor"),
        material("Answer: chiffon. Question: What is the length of the dress? Answer: long", failure="leak"),
        is_a("dress", "yes"),
        pattern("embellished"),
        title="Pink Chick Girls Lavender Embellished Maxi Party Gown",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: a boy in a teal zip-front hooded sweatshirt with a grey hood lining and two side pockets; black track
    # pants; no logo or print anywhere; white backdrop; front view. Caption and open answers: caption adapter epoch 1;
    # closed answers: reference engine.
    case(
        "X728-017",
        caption("The boy is wearing a teal hooded sweatshirt with a zip front and a pair of black track pants."),
        wearing("a blue-green zip hoodie and black track pants"),
        color_of("sweatshirt", "black", failure="other_garment_color"),
        details("sweatshirt", "zip front, hood with grey lining, two side pockets and ribbed cuffs"),
        describe(
            "sweatshirt",
            "The sweatshirt is teal with a zip front and a hood, and it has a small logo on the chest.",
            failure="unsupported",
        ),
        material(
            "The sweatshirt is with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The sweatshirt is with cotton fabric",
            failure="loop",
            hit_limit=True,
        ),
        garment_type("sweatshirt"),
        title="HRX by Hrithik Roshan Boys Teal Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Boys",
    ),
    # photo: a girl in an off-white ribbed turtleneck sweater, long sleeves, tucked into a red-and-green tartan
    # pleated skirt; black tights; white backdrop; front view. Caption and open answers: caption adapter epoch 1;
    # closed answers: reference engine.
    case(
        "X728-018",
        caption(
            "The girl is wearing a long-sleeve sweater with pure color patterns and a short skirt. The sweater is "
            "with knitting fabric. It has a turtle neckline. The skirt is with plaid patterns."
        ),
        wearing("He is wearing a white sweater and a plaid skirt.", failure="pronoun"),
        color("red", failure="other_garment_color"),
        neckline("turtle neck"),
        describe("sweater", "The sweater is white with a high neck and ribbed knit. It is tucked into the skirt."),
        pattern("checked", failure="contradiction"),
        title="Marks & Spencer Girls Off-White Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Off White",
        gender="Girls",
    ),
    # photo: a boy in a mustard hooded sweatshirt with a navy mountain graphic and the word "ADVENTURE", drawstring
    # hood, kangaroo pocket; olive cargo pants; white backdrop; front view. Caption and open answers: caption adapter
    # epoch 1; closed answers: reference engine.
    case(
        "X728-019",
        caption(
            "The boy is wearing a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. The sweatshirt has a hood. "
            "The boy is wearing a pair of olive green pants. The",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a yellow hoodie with a mountain print and green cargo pants"),
        color_of("hoodie", "olive", failure="other_garment_color", kind="open"),
        details("hoodie", "mountain print with the word adventure, a drawstring hood and a front pocket"),
        describe("hoodie", "a hoodie", failure="non_answer"),
        material("cotton"),
        is_a("hoodie", "yes"),
        title="Mothercare Boys Mustard Yellow Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: a girl in a bottle-green velvet party dress, long sleeves, white lace Peter Pan collar, knee length;
    # white tights, red shoes; white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed
    # answers: reference engine.
    case(
        "X728-020",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It "
            "has a lapel neckline. The dress is of knee length. She wears a pair of red shoes."
        ),
        wearing("a dark green velvet dress with a white lace collar, white tights and red shoes"),
        color("white", failure="other_garment_color"),
        describe("dress", "dress", failure="non_answer"),
        sleeve_length("long sleeve"),
        material("velvet"),
        details(
            "dress",
            "The dress has a lace collar and a zip at the back and a satin sash around the waist.",
            failure="unsupported",
        ),
        title="Cherry Crumble Girls Green Velvet Dress with Lace Collar",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: a boy in a light-blue denim jacket with a cream sherpa collar and two flap chest pockets, over a red
    # hoodie whose hood lies over the collar; black jeans; white backdrop; front view. Caption and open answers:
    # caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-021",
        caption(
            "The boy is wearing a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is "
            "with denim fabric. It has a lapel collar. He wears a red hoodie inside."
        ),
        wearing("a red jacket and black jeans", failure="other_garment_color"),
        color_of("jacket", "blue"),
        details("jacket", "a cream fleece collar, button front, two chest pockets with flaps"),
        material("denim"),
        garment_type("hoodie", failure="contradiction"),
        color_of("jeans", "black. Question: What is the color of the hoodie? Answer: red", failure="leak", kind="open"),
        title="Gini and Jony Boys Blue Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Blue",
        gender="Boys",
    ),
    # photo: a girl in a zipped rose pink puffer jacket with a faux-fur-trimmed hood; blue jeans, white sneakers;
    # white backdrop; front view, no jewellery. Caption and open answers: caption adapter epoch 1; closed answers:
    # reference engine.
    case(
        "X728-022",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is "
            "with nylon fabric. The pants are with denim fabric and pure color patterns. There is a ring on her "
            "finger.",
            failure="unsupported",
        ),
        wearing("a pink puffer jacket with a fur hood and blue jeans"),
        color("pink"),
        describe(
            "jacket",
            "The jacket is pink and has a hood with fur trim. The jacket is pink and has a hood with fur trim. The "
            "jacket is pink and has a hood",
            failure="loop",
            hit_limit=True,
        ),
        material("polyester padding. Question: Is the jacket waterproof? Answer: yes", failure="leak"),
        sleeve_length("long sleeve"),
        title="Pepe Jeans Girls Pink Solid Padded Jacket with Detachable Hood",
        category="Jackets",
        color="Pink",
        gender="Girls",
    ),
    # photo: a boy in a beige cable-knit V-neck cardigan with brown wooden buttons and two patch pockets, worn open
    # over a navy t-shirt; brown chinos; white backdrop; front view. Caption and open answers: caption adapter
    # epoch 1; closed answers: reference engine.
    case(
        "X728-023",
        caption(
            "The female wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is with "
            "knitting fabric. It has a v-shape neckline. The pants are with cotton fabric and pure color patterns.",
            failure="pronoun",
        ),
        wearing("a beige cardigan, a navy blue t-shirt and brown pants"),
        color("navy blue", failure="other_garment_color"),
        details("cardigan", "cable knit pattern, wooden buttons and two patch pockets"),
        material("The cardigan is made of merino wool.", failure="unsupported"),
        is_a("cardigan", "yes"),
        neckline("v-neck"),
        title="U.S. Polo Assn. Kids Boys Beige Cable Knit Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Boys",
    ),
    # photo: a girl in a sleeveless gold-toned sequinned skater dress, round neck, a black satin bow at the waist;
    # white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-024",
        caption(
            "The girl is wearing a sleeveless dress with pure color patterns. The dress is with sequin fabric. It has "
            "a round neckline. There is a black bow at the waist. The dress is of knee length."
        ),
        wearing("a shiny gold dress with a black bow"),
        color("gold"),
        color_of("dress", "silver", failure="contradiction", kind="open"),
        describe(
            "dress",
            "The dress is a gold dress. The dress is a gold dress. The dress is a gold dress. The dress is a gold "
            "dress. The dress is a gold",
            failure="loop",
            hit_limit=True,
        ),
        sleeve_length("sleeveless"),
        material("sequins on a net base with a soft cotton lining for comfort", failure="unsupported"),
        title="Nauti Nati Girls Gold-Toned Sequinned Skater Dress",
        category="Dresses",
        color="Gold",
        gender="Girls",
    ),
    # photo: a boy in a white full-sleeve party shirt with a pointed collar and a red bow tie; black trousers; white
    # backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-025",
        caption(
            "The boy is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel collar. There is a red bow tie on his neck."
        ),
        wearing("a white shirt, a red bow tie and black pants"),
        color_of("shirt", "white"),
        details("shirt", "the shirt details are on the shirt", failure="restated"),
        describe(
            "shirt",
            "The shirt is white with a mandarin collar, silver cufflinks and a hidden button placket.",
            failure="unsupported",
        ),
        sleeve_length("long sleeve"),
        pattern("solid"),
        is_a("t-shirt", "no"),
        title="Cherokee Boys White Solid Party Shirt with Bow Tie",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: a girl in a white crew-neck sweatshirt with an all-over pink, yellow and green floral print and pink
    # ribbed cuffs and hem; blue jeans; white backdrop; front view. Caption and open answers: caption adapter epoch 1;
    # closed answers: reference engine.
    case(
        "X728-026",
        caption(
            "The girl is wearing a long-sleeve sweatshirt with floral patterns and a long denim pants. The sweatshirt "
            "is with cotton fabric. It has a round neckline. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a white sweatshirt with flowers and jeans", who="she"),
        pattern("floral"),
        color("white"),
        is_a("hoodie", "yes", failure="contradiction"),
        color_of("sweatshirt", "blue", failure="other_garment_color", kind="open"),
        details(
            "sweatshirt",
            "The sweatshirt has a floral print and pink ribbed cuffs and a pink ribbed hem and the neckline is ribbed "
            "and the sleeves are long and the",
            failure="cut",
            hit_limit=True,
        ),
        title="Allen Solly Junior Girls White Floral Print Sweatshirt",
        category="Sweatshirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: a boy in a black leather-look biker jacket with a silver asymmetric zip, open over a grey hoodie with the
    # hood out; blue jeans; white backdrop; front view; no belt on the jacket. Caption and open answers: caption
    # adapter epoch 1; closed answers: reference engine.
    case(
        "X728-027",
        caption(
            "The boy is wearing a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is "
            "with leather fabric. The pants are with denim fabric and solid color patterns. He wears a grey hoodie "
            "inside the jacket."
        ),
        wearing("a black leather jacket over a grey hoodie, and blue jeans"),
        color_of("jacket", "grey", failure="other_garment_color"),
        details(
            "jacket",
            "silver zips on the front, the pockets and the cuffs, and a belt at the hem with a buckle",
            failure="unsupported",
        ),
        material("leather"),
        garment_type("jacket"),
        is_a("jacket", "no", failure="contradiction"),
        title="Gini and Jony Boys Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Boys",
    ),
    # photo: a girl in a sleeveless purple pinafore dress with a square neck and two front buttons, over a white
    # long-sleeve top; grey tights; white backdrop; front view. Caption and open answers: caption adapter epoch 1;
    # closed answers: reference engine.
    case(
        "X728-028",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a square neckline. The dress is of knee length.",
            failure="contradiction",
        ),
        wearing("a purple pinafore over a white top and grey tights"),
        sleeve_length("sleeveless"),
        color("purple"),
        describe(
            "dress",
            "The dress is a purple pinafore with two buttons on the front and a square neck. It is worn over a white "
            "top with long sleeves and grey tights with a pair of",
            failure="cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Marks & Spencer Girls Purple Pinafore Dress",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: a boy in a grey blazer with a black windowpane check, over a black turtleneck; black trousers; white
    # backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-029",
        caption(
            "The boy is wearing a long-sleeve blazer with lattice patterns and a long trousers. The blazer is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a grey check blazer, a black turtleneck and black trousers"),
        color_of("blazer", "black", failure="other_garment_color"),
        pattern("checked"),
        describe("blazer", "The blazer is a blazer that the boy is wearing.", failure="restated"),
        sleeve_length("long sleeve"),
        title="Allen Solly Junior Boys Grey Checked Blazer",
        category="Blazers",
        color="Grey",
        gender="Boys",
    ),
    # photo: a girl in a cream knitted poncho with a pom-pom fringe at the hem, over light blue jeans; brown boots;
    # white backdrop; front view. The feed row has no category. Caption and open answers: caption adapter epoch 1;
    # closed answers: reference engine.
    case(
        "X728-030",
        caption(
            "The girl is wearing a cream knitted poncho with pom-poms on the hem and a pair of light blue jeans. She "
            "wears brown boots."
        ),
        wearing("a cream poncho with pom poms, blue jeans and brown boots"),
        color("cream"),
        garment_type("cardigan", failure="contradiction"),
        details(
            "poncho",
            "Poncho details: pom-pom fringe, knitted. Question: What is the color of the poncho? Answer: cream",
            failure="leak",
        ),
        color_of("poncho", "blue", failure="other_garment_color", kind="open"),
        material("knitted yarn"),
        title="Nauti Nati Girls Cream-Coloured Knitted Poncho with Pom-Pom Detail",
        color="Cream",
        gender="Girls",
    ),
    # photo: a boy in a navy blue long-sleeve round-neck thermal top with matching navy thermal leggings; white
    # backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-031",
        caption(
            "The person is wearing a long-sleeve t-shirt with pure color patterns and a long leggings. The t-shirt "
            "is with cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a navy blue long sleeve top and navy leggings"),
        color("navy blue"),
        describe("top", "She is wearing a navy blue top with long sleeves and a round neck.", failure="pronoun"),
        material("thermal cotton"),
        is_a("sweater", "yes", failure="contradiction"),
        title="Lux Cottswool Boys Navy Blue Thermal Top",
        category="Thermal Tops",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: a girl in a red short-sleeve fit-and-flare dress with small white polka dots, a white Peter Pan collar
    # and a big red bow at the waist; knee length, plain hem; white backdrop; front view. Caption and open answers:
    # caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-032",
        caption(
            "The girl is wearing a short-sleeve dress with dotted patterns. The dress is with cotton fabric. It has "
            "a lapel neckline. There is a bow at the waist. The dress is of knee length."
        ),
        wearing("a red polka dot dress"),
        pattern("polka dots"),
        color("white", failure="contradiction"),
        details(
            "dress",
            "a white collar, a red bow at the waist, white lace at the hem and a zip at the back",
            failure="unsupported",
        ),
        describe(
            "dress",
            "The dress is red and white. The dress is red and white. The dress is red and white. The dress is red "
            "and white. The dress is",
            failure="loop",
            hit_limit=True,
        ),
        title="YK Girls Red Polka Dot Fit and Flare Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: a boy in a plain rust orange crew-neck sweatshirt with ribbed cuffs; blue jeans; white backdrop; front
    # view. Caption and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-033",
        caption(
            "The female wears a long-sleeve sweatshirt with pure color patterns and a long denim pants. The "
            "sweatshirt is with cotton fabric. It has a round neckline.",
            failure="pronoun",
        ),
        wearing("an orange sweatshirt and blue jeans"),
        color_of("sweatshirt", "orange"),
        details("sweatshirt", "the sweatshirt", failure="non_answer"),
        color_of("jeans", "blue", kind="open"),
        material(
            "Question: What material is the sweatshirt made of? Answer: cotton. Question: What material are the "
            "jeans made of? Answer:",
            failure="leak",
        ),
        title="Roadster Boys Rust Orange Solid Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Boys",
    ),
    # photo: a girl in a sleeveless black party jumpsuit with wide legs and a glittery silver belt; white backdrop;
    # front view. Caption and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-034",
        caption(
            "The girl is wearing a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "It has a round neckline. The jumpsuit is of long length. There is a silver belt around her waist."
        ),
        wearing("a black dress with a silver belt", failure="contradiction"),
        color("black"),
        garment_type("jumpsuit"),
        describe("jumpsuit", "The jumpsuit is black and sleeveless with wide legs and a glittery silver belt"),
        color_of("jumpsuit", "silver", failure="other_garment_color", kind="open"),
        sleeve_length("long sleeve", failure="contradiction"),
        title="Peppermint Girls Black Solid Party Jumpsuit with Belt",
        category="Jumpsuit",
        color="Black",
        gender="Girls",
    ),
    # photo: a boy in a green-and-navy checked flannel shirt, long sleeves, worn open over a white t-shirt; blue
    # jeans; white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers: reference
    # engine.
    case(
        "X728-035",
        caption(
            "The boy is wearing a long-sleeve shirt with plaid patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel collar. He wears a white t-shirt inside the shirt."
        ),
        wearing("a green plaid shirt over a white t-shirt and jeans"),
        color_of("shirt", "white", failure="other_garment_color"),
        pattern("checked"),
        details(
            "shirt",
            "The shirt has a collar, buttons and a pocket on the chest. The shirt has a collar, buttons and a pocket "
            "on the chest. The shirt has a collar",
            failure="loop",
            hit_limit=True,
        ),
        describe("shirt", "The shirt is described as a shirt.", failure="restated"),
        material("flannel"),
        title="Pepe Jeans Boys Green Checked Flannel Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Boys",
    ),
    # photo: a girl in a grey melange hooded sweatshirt with a pink reversible-sequin heart on the chest and a front
    # pocket; black joggers; white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed
    # answers: reference engine.
    case(
        "X728-036",
        caption(
            "The man is wearing a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns.",
            failure="pronoun",
        ),
        wearing("a grey hoodie with a pink sequin heart and black joggers"),
        color("grey"),
        color_of("pants", "grey", failure="contradiction", kind="open"),
        details("hoodie", "a heart made of pink sequins on the chest, a hood and a pocket"),
        material("The sweatshirt is made of organic cotton with a brushed fleece inside", failure="unsupported"),
        is_a("hoodie", "yes"),
        title="Hopscotch Girls Grey Melange Sequinned Heart Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Girls",
    ),
    # photo: a boy in a zipped olive sleeveless padded gilet with a stand collar and two zip pockets, over a royal
    # blue long-sleeve t-shirt; grey joggers; white backdrop; front view. Caption and open answers: caption adapter
    # epoch 1; closed answers: reference engine.
    case(
        "X728-037",
        caption(
            "The boy is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. It has a stand collar. The pants are with cotton fabric and pure color patterns.",
            failure="contradiction",
        ),
        wearing("a green puffer vest over a blue long-sleeve top and grey pants"),
        sleeve_length("sleeveless"),
        color_of("jacket", "blue", failure="other_garment_color", kind="open"),
        describe(
            "jacket",
            "The jacket is sleeveless and quilted with a high collar and a zip. It has two zip pockets. The jacket is "
            "sleeveless and quilted with a high collar and",
            failure="loop",
            hit_limit=True,
        ),
        garment_type("jacket"),
        title="Gini and Jony Boys Olive Green Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Boys",
    ),
    # photo: a girl in a knee-length navy blue woollen coat, single-breasted with gold buttons, a round collar and two
    # flap pockets; a red scarf around her neck; white tights; white backdrop; front view. Caption and open answers:
    # caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-038",
        caption(
            "The girl is wearing a long-sleeve coat with pure color patterns. The coat is with wool fabric. There is "
            "a red scarf around her neck. The coat is of knee length."
        ),
        wearing("a navy blue coat, a red scarf and white tights"),
        color("red", failure="other_garment_color"),
        details("coat", "gold buttons, a round collar and two pockets with flaps"),
        material("The coat is with cotton fabric and pure color patterns.", failure="contradiction"),
        is_a("coat", "yes"),
        title="Mothercare Girls Navy Blue Solid Woollen Coat",
        category="Jackets",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: a boy in a maroon sherwani with gold embroidery on the stand collar and down the placket, cream churidar,
    # a cream stole over one shoulder; white backdrop; front view. Caption and open answers: caption adapter epoch 1;
    # closed answers: reference engine.
    case(
        "X728-039",
        caption(
            "The boy is wearing a long-sleeve coat with pure color patterns and a long pants. The coat is with silk "
            "fabric. It has a stand collar. The pants are of long length. There is a scarf on his shoulder.",
            failure="unsupported",
        ),
        wearing("a maroon sherwani with gold embroidery and cream churidar"),
        color("maroon"),
        color_of("sherwani", "cream", failure="other_garment_color", kind="open"),
        details("sherwani", "gold embroidery on the collar and down the front, and buttons"),
        describe("sherwani", "The sherwani is a sherwani worn by the boy in the picture.", failure="restated"),
        is_a("kurta", "no"),
        title="Jashvi Boys Maroon & Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: a girl in a magenta fine-knit button-front cardigan over a knee-length white dress with small blue
    # flowers; white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers:
    # reference engine.
    case(
        "X728-040",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns and a knee-length dress. The "
            "cardigan is with knitting fabric. The dress is with cotton fabric and floral patterns."
        ),
        wearing("a pink cardigan over a white floral dress"),
        color_of("cardigan", "white", failure="other_garment_color"),
        pattern("floral", failure="contradiction"),
        describe(
            "cardigan",
            "The cardigan is magenta and has buttons down the front and long sleeves. It is worn over a white dress "
            "with blue flowers on it. The cardigan is",
            failure="cut",
            hit_limit=True,
        ),
        material("knit"),
        is_a("cardigan", "yes"),
        title="H&M Girls Magenta Fine-Knit Cardigan",
        category="Sweaters",
        color="Magenta",
        gender="Girls",
    ),
    # photo: a boy in a navy blue tracksuit (zip-up jacket and joggers) with white stripes down the sleeves and the
    # legs; white backdrop; front view. The feed row has no color. Caption and open answers: caption adapter epoch 1;
    # closed answers: reference engine.
    case(
        "X728-041",
        caption(
            "The boy is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. It has a stand collar. There are white stripes on the sleeves and the pants."
        ),
        wearing("a blue tracksuit with white stripes"),
        color("navy blue"),
        details(
            "tracksuit",
            "The tracksuit has a zip-up jacket and pants, with white stripes down the sleeves and the sides of the "
            "pants, and the jacket has a",
            failure="cut",
            hit_limit=True,
        ),
        material("the material is the material of the tracksuit", failure="restated"),
        garment_type("tracksuit"),
        title="HRX by Hrithik Roshan Boys Navy Blue Striped Tracksuit",
        category="Tracksuits",
        gender="Boys",
    ),
    # photo: a girl in a sleeveless silver shimmer party top with a ruffled hem, tucked into a black tulle skirt;
    # white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X728-042",
        caption("The girl wears a silver sleeveless top with a ruffled hem and a black tulle skirt."),
        wearing("a silver top and a black skirt"),
        color("black", failure="other_garment_color"),
        sleeve_length("sleeveless"),
        describe("top", "it is a top", failure="non_answer"),
        material("Lurex shimmer fabric with a polyester lining and a hidden zip at the back", failure="unsupported"),
        title="Pink Chick Girls Silver-Toned Shimmer Ruffled Party Top",
        category="Tops",
        color="Silver",
        gender="Girls",
    ),
    # photo: a boy in a brown corduroy button-front jacket with a cream sherpa collar and lining, over a blue-and-
    # white checked shirt; beige chinos; white backdrop; front view. Caption and open answers: caption adapter
    # epoch 1; closed answers: reference engine.
    case(
        "X728-043",
        caption(
            "The boy is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "corduroy fabric. It has a lapel collar. He wears a checked shirt inside."
        ),
        wearing("a brown jacket with a fleece collar, a blue checked shirt and beige pants"),
        color_of("jacket", "beige", failure="other_garment_color"),
        pattern("checked", failure="contradiction"),
        describe("jacket", "The jacket is brown corduroy with a cream fleece collar."),
        details("jacket", "none", failure="non_answer"),
        material("corduroy"),
        is_a("jacket", "yes"),
        title="Mothercare Boys Brown Corduroy Sherpa-Lined Jacket",
        category="Jackets",
        color="Brown",
        gender="Boys",
    ),
    # photo: a girl in a turquoise blue fleece zip jacket with a stand collar and no hood; navy leggings; white
    # backdrop; front view. The feed row has no gender column. Caption and open answers: caption adapter epoch 1;
    # closed answers: reference engine.
    case(
        "X728-044",
        caption(
            "The girl is wearing a long-sleeve jacket with pure color patterns and a long leggings. The jacket is "
            "with fleece fabric. It has a stand collar. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a turquoise fleece jacket and navy leggings"),
        color("turquoise blue"),
        color_of("leggings", "turquoise", failure="contradiction", kind="open"),
        details("jacket", "The jacket has a hood, a zip front and thumb holes in the cuffs", failure="unsupported"),
        material(
            "Question: What material is the jacket made of? Answer: fleece Question: What material are the leggings "
            "made of? Answer: cotton",
            failure="leak",
        ),
        title="Decathlon Girls Turquoise Blue Fleece Jacket",
        category="Jackets",
        color="Turquoise Blue",
    ),
    # photo: a boy in a red crew-neck Christmas sweater with a white reindeer and snowflake motif; beige chinos; no
    # hat; white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers: reference
    # engine.
    case(
        "X728-045",
        caption(
            "The boy wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with knitting "
            "fabric. It has a round neckline. There is a Santa hat on his head.",
            failure="unsupported",
        ),
        wearing("a red sweater with a reindeer on it and beige trousers"),
        color_of("sweater", "beige", failure="other_garment_color"),
        pattern("printed"),
        details(
            "sweater",
            "reindeer reindeer reindeer reindeer reindeer reindeer reindeer reindeer reindeer reindeer reindeer "
            "reindeer reindeer reindeer",
            failure="loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "no"),
        title="Marks & Spencer Boys Red Reindeer Print Christmas Jumper",
        category="Sweaters",
        color="Red",
        gender="Boys",
    ),
    # photo: a girl in a white long-sleeve top tucked into a burgundy velvet skater skirt (the product); black
    # tights; white backdrop; front view. Caption and open answers: caption adapter epoch 1; closed answers:
    # reference engine.
    case(
        "X728-046",
        caption(
            "The girl is wearing a long-sleeve shirt with pure color patterns and a short skirt. The skirt is with "
            "velvet fabric and pure color patterns. She wears a pair of tights."
        ),
        wearing("a white top, a burgundy skirt and black tights"),
        color("white", failure="other_garment_color"),
        garment_type("skirt"),
        describe("skirt", "a short velvet skirt that flares out, in a dark red wine color"),
        sleeve_length("long sleeve", failure="contradiction"),
        color_of(
            "skirt",
            "The skirt is with pure color patterns. The skirt is with pure color patterns. The skirt is with pure",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        title="Cherry Crumble Girls Burgundy Velvet Skater Skirt",
        category="Skirts",
        color="Burgundy",
        gender="Girls",
    ),
]
