"""BLIND_459 (46 products; Myntra men's shirts, t-shirts, jeans, trousers, shorts and jackets, on models): written blind
in the forty-eighth session. Measured blind at a5e3815 (the session's rules as they stood): 120/131 failures found
(91.6%) and 5/167 correct texts flagged (3.0%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra-like English feed of men's wear: casual and formal shirts,
t-shirts and polos, jeans, trousers and chinos, shorts, jackets. Every photo is a catalog shot of a male model wearing
the product with other clothes (a shirt over jeans, a tee under a jacket, a polo with shorts), mostly on plain studio
backdrops, some against coloured walls, brick, a gym rack, a beach or a bench. The questions are the experiments' own
("What is he wearing?", "What is the color of the shirt / jeans / pants / shorts?", "What is the shirt color?",
"Describe the shirt.", "What are the shirt / jeans / pants / shorts details?"), with the jacket and t-shirt variants
where the product needs them, plus the closed garment_type and color, and on some rows pattern, sleeve length,
material and a yes/no "Is this a ...?". Each row has the seller's title, category, color and gender; a few rows miss
one column, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment above the case names another source. The caption adapter
(epoch 3, `Data2_V2_Blip2_Finetune_Caption`, or epoch 1, `..._Caption_First_Epoch`) writes some captions and, where
the comment says so, some "details" or "describe" answers (CONTEXT.md: it gave the richer details) and a few other
prompts, to which it returns its DeepFashion template; it has no end token, so every adapter text runs to its limit
(50 tokens for captions, 30 for answers) and carries hit_limit=True. Epoch 1 sometimes opens like the base model
("a man in a ...") and then falls into the template. The VQA adapter (`Data3_V3_BLIP2_VQA`) answers some free
"What is the color of ...?" and "What is he wearing?" questions, where the comment says so; it has no end token either,
so it repeats its one-word answer, or the whole `Question: ... Answer:` pattern it was trained on, to the limit.
The closed questions (garment_type, color, pattern, sleeve_length, the closed per-piece colors and "Is this a ...?")
are enrich's `--engine reference` choices from candidate sets: short, never a loop or a cut. A per-piece color
question marked kind="open" is free generation (base or VQA adapter).

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, teal or indigo; grey for charcoal or grey melange;
  green for olive, teal or sea green; red for maroon; yellow for mustard; purple for lavender; orange or brown for
  rust; beige, tan or khaki for khaki; white for cream or off white. Navy answered "black" and mustard answered
  "orange" are contradictions.
- Synonyms are correct: tee, t-shirt, top or shirt for a t-shirt ("What is the color of the shirt?" on a t-shirt
  row asks about the tee); polo shirt for a polo t-shirt; pants, chinos, cargos, joggers for trousers; pants or denim
  for jeans; flannel or plaid for a checked shirt; sweatshirt or sweater for a hoodie the model wears.
- Colors: the product's color question (closed or open), or a "What is he wearing?" answer, that gives the product
  the color of another piece the model wears is other_garment_color. A non-product piece given the product's color,
  or every piece given one color ("blue" jeans under a blue denim shirt when the jeans are black), is contradiction.
  A print's, a trim's or a wall's color given as the garment's color is contradiction. "blue" for a white shirt with
  blue stripes is correct (a color of the garment itself), as is "black and white" for a black jacket with a white
  panel.
- Layered outfits named piece by piece in their own colors are correct; so are walls, benches, plants, gym racks and
  a watch when the photo comment shows them. Invented pieces or details (a hood, a drawstring, a back pocket on a front
  view, a chest pocket on a plain formal shirt, a white collar) are unsupported.
- The reference engine naming the other piece as the garment type (garment_type "t-shirt" on a jeans row) is
  contradiction; so are checked answered "striped" or "solid", rolled-up long sleeves answered "short sleeves".
- Adapter texts, reading order decides: the first wrong thing the reader meets is the kind. "The lady" opening a
  template on a male model is pronoun; a template that restarts a sentence it has already written is loop; one that
  stops mid-sentence without repeating is cut. The template answering a color question gives no hue at all and is
  non_answer (it is cut too); answering the material question it is restated. The template answering "What is he
  wearing?", "Describe the shirt." or the details questions does answer them: loop or cut. Template fabrics the title
  does not contradict ("cotton" for a shirt, "denim" for jeans) are taken as the model's plausible guess.
- Two adapter captions that happen to end on a full stop at the 50-token limit, with nothing wrong in them, are
  labelled correct, hit_limit kept: the text is complete and true even though the model did not stop on its own.
- VQA adapter texts: a repeated word ("black black black", "blue-blue-blue") is loop; one that opens with or runs on
  into "Question: ... Answer:" is leak. Base answers that run on into "Question: ... Answer: ..." are leak even where
  the first words are right.
- "the details of the jeans", "they are jeans", "the shorts are short", "it is a shirt" for Describe the shirt are
  non_answer; a material question answered with the garment's name is restated, as is "describe the shirt" echoed
  back; an empty answer is non_answer. A base answer that ends on "with a", "and" or "have a" (an early stop) is cut,
  without hit_limit.
- Materials: one the title names (denim, leather for faux leather, flannel, corduroy, polyester) is correct, and so
  is cotton as a guess on a plain shirt or tee; "cotton" for a tee the title calls polyester is contradiction.
- "a woman" or "she" for the male model is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    """The experiments' "What is he wearing?"."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_459 = [
    # photo: model in a navy-and-white checked long-sleeve shirt, button-down collar, one chest pocket, untucked over
    # mid-blue jeans; white studio backdrop, front view.
    # caption: caption adapter, epoch 3
    case(
        "X459-001",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        he("a blue and white checkered shirt and jeans"),
        color_of("shirt", "black", "contradiction"),
        B.pattern("checked"),
        B.sleeve_length("long sleeves"),
        details("shirt", "the shirt has a button down collar and a pocket on the chest"),
        describe("shirt", "the shirt is a shirt", "non_answer"),
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black crew-neck t-shirt and grey track pants; grey backdrop, front view.
    # wearing: VQA adapter
    case(
        "X459-002",
        caption("a man in a black t-shirt and black pants", "contradiction"),
        he(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("t-shirt"),
        B.color("black"),
        color_of("pants", "black", "contradiction", kind="open"),
        describe("shirt", "it is a black t-shirt with a round neck"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        title="HRX by Hrithik Roshan Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue slim jeans on a model in a plain white t-shirt half tucked in, white sneakers; white backdrop,
    # full length, front view.
    # caption: caption adapter, epoch 1
    case(
        "X459-003",
        caption(
            "a man in a white t-shirt and blue jeans. The T-shirt is with cotton fabric and pure color patterns. It "
            "has a crew neckline. The pants are with denim fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("t-shirt", "contradiction"),
        B.color("white", "other_garment_color"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "they are jeans", "non_answer"),
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a white formal shirt tucked into charcoal grey trousers, black belt; light grey backdrop,
    # front view, sleeves buttoned at the cuff.
    case(
        "X459-004",
        caption("a man in a white shirt and grey pants"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("shirt", "a white shirt with a collar and", "cut"),
        he("a white shirt and a black tie", "unsupported"),
        B.sleeve_length("long sleeves"),
        B.material("cotton"),
        title="Louis Philippe Men White Slim Fit Pure Cotton Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a black denim jacket worn open over a white crew-neck t-shirt, black jeans; red brick wall
    # behind, front view.
    # caption: caption adapter, epoch 3
    case(
        "X459-005",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "pronoun",
            hit_limit=True,
        ),
        he("a black denim jacket, a white t-shirt and a black hat", "unsupported"),
        B.garment_type("jacket"),
        B.color("black"),
        is_a("jacket", "yes"),
        color_of("shirt", "white", kind="open"),
        B.material("denim"),
        title="Roadster Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: olive green chinos on a model in a navy polo t-shirt, untucked, brown loafers; grey backdrop, full length.
    case(
        "X459-006",
        caption("a man in a navy polo shirt and olive pants"),
        color_of("pants", "green", kind="open"),
        color_of("shirt", "green", "contradiction", kind="open"),
        B.garment_type("jeans", "contradiction"),
        B.color("olive"),
        B.material("the pants", "restated"),
        details("pants", "the pants have pockets on the side and belt loops"),
        title="WROGN Men Olive Green Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a white t-shirt with a large red and black abstract graphic print on the chest, blue jeans; bright
    # yellow wall behind, front view.
    # wearing: VQA adapter
    case(
        "X459-007",
        caption("a man in a white t-shirt standing in front of a yellow wall"),
        he(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee "
            "graphic tee graphic tee",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "red", "contradiction", kind="open"),
        B.pattern("printed"),
        B.color("white"),
        describe("shirt", "a white t-shirt with a picture of a skull on it", "unsupported"),
        title="HERE&NOW Men White Graphic Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: khaki chino shorts on a model in a light blue linen shirt, untucked, sleeves rolled to the elbow, white
    # sneakers; beige backdrop, full length. Button and belt loops at the waist, no drawstring.
    # caption and wearing: caption adapter, epoch 3
    case(
        "X459-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric and its "
            "neckline is lapel. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "beige", kind="open"),
        color_of("shirt", "blue", kind="open"),
        B.garment_type("shorts"),
        details("shorts", "the shorts have a drawstring waist", "unsupported"),
        he(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric and its "
            "neckline is lapel. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        title="Highlander Men Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a maroon solid shirt, sleeves rolled up to the elbow, untucked over beige chinos; white
    # backdrop, front view.
    case(
        "X459-009",
        caption("a man in a red shirt and khaki pants"),
        he("a red shirt and khaki pants"),
        color_of("shirt", "maroon"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe("shirt", "a red shirt with long sleeves"),
        B.material("a red shirt", "restated"),
        color_of("pants", "red", "contradiction", kind="open"),
        title="Peter England Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a grey melange polo t-shirt with a small embroidered logo on the chest, navy shorts; white
    # backdrop, front view.
    # details: caption adapter, epoch 1
    case(
        "X459-010",
        caption("a man wearing a grey polo shirt and blue shorts"),
        is_a("shirt", "yes"),
        he("a grey polo shirt and grey shorts", "contradiction"),
        describe("shirt", "a grey polo shirt with a logo on the chest"),
        color_of("shorts", "grey", "contradiction", kind="open"),
        B.garment_type("t-shirt"),
        details(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black slim jeans on a model in a grey crew-neck t-shirt, black sneakers; grey backdrop, full length.
    # color of the jeans: VQA adapter
    case(
        "X459-011",
        caption("a man in a grey t-shirt and black jeans"),
        he(
            "a grey t-shirt and black jeans Question: What is the color of the jeans? Answer: black",
            "leak",
        ),
        color_of(
            "jeans",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "grey", kind="open"),
        B.color("black"),
        B.garment_type("jeans"),
        details("jeans", "the jeans have a", "cut"),
        title="Levis Men Black 511 Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy bomber jacket, zipped, ribbed collar, cuffs and hem, no hood; grey joggers; white backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X459-012",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        he("a blue jacket and grey pants"),
        B.color("black", "contradiction"),
        is_a("jacket", "yes"),
        details("jacket", "the jacket has a zipper and a hood", "unsupported"),
        color_of("pants", "blue", "contradiction", kind="open"),
        B.material("polyester"),
        title="Puma Men Navy Blue Solid Polyester Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white shirt with thin vertical blue stripes, long sleeves, untucked over dark navy jeans;
    # light grey backdrop, front view.
    # wearing: VQA adapter; describe: caption adapter, epoch 3
    case(
        "X459-013",
        caption("a man in a blue and white striped shirt"),
        he(
            "shirt and denim shirt and denim shirt and denim shirt and denim shirt and denim shirt and denim shirt "
            "and denim shirt and",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        shirt_color("blue"),
        color_of("jeans", "white", "contradiction", kind="open"),
        B.color("white"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Men White & Blue Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a red crew-neck training t-shirt with a small white logo, black shorts; gym with a dumbbell rack
    # behind, front view.
    # color of the shirt: caption adapter, epoch 3 (free generation)
    case(
        "X459-014",
        caption("a man in a red shirt standing in a gym"),
        he("a red shirt and black shorts"),
        color_of("shorts", "red", "contradiction", kind="open"),
        B.sleeve_length("short sleeves"),
        B.material("cotton", "contradiction"),
        details("shirt", "the shirt has a nike logo on the chest"),
        color_of(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="Nike Men Red Dri-FIT Solid Polyester Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal grey formal trousers on a model in a light pink formal shirt tucked in, brown belt, black shoes;
    # white backdrop, full length.
    # details: caption adapter, epoch 3
    case(
        "X459-015",
        caption("a man in a pink shirt and grey pants"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        color_of("shirt", "pink", kind="open"),
        B.color("grey"),
        B.garment_type("shirt", "contradiction"),
        he("a pink shirt and pink pants", "other_garment_color"),
        details(
            "pants",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        title="Van Heusen Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: light blue washed denim shorts with rips on the front and frayed hems, on a model in a black printed
    # t-shirt; beach and sea behind, full length.
    # color of the shorts: VQA adapter
    case(
        "X459-016",
        caption("a man in a black t-shirt and denim shorts on the beach"),
        color_of(
            "shorts",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        he("he is wearing a black t-shirt and blue shorts"),
        B.color("black", "other_garment_color"),
        details("shorts", "the shorts have rips on the front"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        B.garment_type("t-shirt", "contradiction"),
        title="Roadster Men Blue Washed Distressed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a light blue solid formal shirt with a navy tie, charcoal trousers; grey backdrop, front view.
    # caption: caption adapter, epoch 3 (ends on a full stop at the limit)
    case(
        "X459-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory on his neck. The pants this gentleman wears is of long length.",
            hit_limit=True,
        ),
        he(
            "a blue shirt and a tie Question: What is the color of the tie? Answer: blue",
            "leak",
        ),
        color_of("shirt", "blue"),
        describe("shirt", "it is a light blue shirt"),
        is_a("t-shirt", "no"),
        B.pattern("solid"),
        title="Allen Solly Men Light Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in a navy t-shirt with white horizontal stripes, beige chinos; white backdrop, front view.
    # caption: caption adapter, epoch 3
    case(
        "X459-018",
        caption(
            "The T-shirt has short sleeves, cotton fabric and striped patterns. It has a crew neckline. The T-shirt "
            "has short sleeves, cotton fabric and striped patterns. It has a crew neckline. The T-shirt has short",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        B.pattern("striped"),
        color_of("pants", "blue", "contradiction", kind="open"),
        he("a blue and white striped shirt and khaki pants"),
        describe("shirt", "a blue and white striped shirt with a collar", "unsupported"),
        title="Jack & Jones Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey slim jeans with light distressing at the knees, on a model in a black hoodie, white sneakers;
    # blue-grey backdrop, full length.
    # details: caption adapter, epoch 3
    case(
        "X459-019",
        caption("a man in a black hoodie and grey jeans"),
        he("a black sweatshirt and grey jeans"),
        color_of("jeans", "grey"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants this gentleman wears is of long "
            "length. The pants are with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "grey", "contradiction", kind="open"),
        B.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Men Grey Slim Fit Low Distress Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a black short-sleeve shirt with a white floral print and a camp collar, white shorts; a potted
    # palm beside him, beige backdrop.
    # details, material: caption adapter, epoch 3
    case(
        "X459-020",
        caption("a man in a black and white floral shirt standing next to a plant"),
        B.sleeve_length("short sleeves"),
        B.pattern("floral"),
        color_of("shirt", "black", kind="open"),
        color_of("shorts", "black", "contradiction", kind="open"),
        details(
            "shirt",
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        he("a black floral shirt and white shorts"),
        B.material(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its",
            "restated",
            hit_limit=True,
        ),
        title="HERE&NOW Men Black & White Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a mustard long-sleeve henley t-shirt with three buttons at the neck, black jeans; grey backdrop.
    # wearing: VQA adapter
    case(
        "X459-021",
        caption("a man in a yellow shirt and black jeans"),
        describe("shirt", "it is a yellow long sleeve shirt with buttons"),
        B.color("orange", "contradiction"),
        B.sleeve_length("long sleeves"),
        color_of("jeans", "yellow", "contradiction", kind="open"),
        he(
            "tee and denim tee and denim tee and denim tee and denim tee and denim tee and denim tee and denim tee and",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Mustard Yellow Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a brown faux-leather biker jacket with an asymmetric zip and no belt, worn open over a black
    # t-shirt, blue jeans; white backdrop, front view.
    # caption: caption adapter, epoch 1
    case(
        "X459-022",
        caption(
            "a man in a brown leather jacket. The jacket is with leather fabric and pure color patterns. Its neckline "
            "is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a brown leather jacket and jeans"),
        color_of("shirt", "brown", "contradiction", kind="open"),
        B.garment_type("jacket"),
        B.material("leather"),
        details("jacket", "the jacket has a zipper and a belt", "unsupported"),
        title="Jack & Jones Men Brown Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Brown",
    ),
    # photo: beige cargo trousers with flap pockets on the sides, on a model in a white t-shirt, white sneakers;
    # concrete wall outdoors, full length.
    case(
        "X459-023",
        caption("a man in a white t-shirt and khaki cargo pants"),
        details("pants", "the pants have pockets on the side"),
        color_of("pants", "white", "other_garment_color"),
        he("a white shirt and khaki pants"),
        B.garment_type("trousers"),
        describe("shirt", "describe the shirt", "restated"),
        color_of("shirt", "khaki", "contradiction", kind="open"),
        title="Mast & Harbour Men Beige Regular Fit Solid Cargos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a mid-blue denim shirt with two flap chest pockets, sleeves rolled up, untucked over black jeans;
    # white backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X459-024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        he("a denim shirt and black jeans"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        B.material("denim"),
        details(
            "shirt",
            "the shirt has two pockets on the chest and a logo on the pocket",
            "unsupported",
        ),
        B.color("blue"),
        title="Roadster Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a white crew-neck t-shirt with a small black logo on the chest, olive cargo shorts; white
    # backdrop, front view.
    case(
        "X459-025",
        caption("a man in a white t-shirt and green shorts"),
        shirt_color("white"),
        color_of("shorts", "white", "contradiction", kind="open"),
        describe("shirt", "a white t-shirt with a black logo on the chest"),
        B.garment_type("t-shirt"),
        B.material("a white t-shirt", "restated"),
        he("a white shirt and shorts"),
        title="Puma Men White Solid Round Neck Regular Fit T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black running shorts on a model in a lime green sleeveless tee, running shoes; running track outdoors,
    # front view mid-stride.
    # wearing: VQA adapter
    case(
        "X459-026",
        caption("a man running on a track in a green shirt and black shorts"),
        he(
            "Question: What is the color of the shorts? Answer: black Question: What is the color of the shorts? "
            "Answer: black Question",
            "leak",
            hit_limit=True,
        ),
        color_of("shorts", "black"),
        details("shorts", "the shorts have a zipper pocket on the back", "unsupported"),
        B.garment_type("shorts"),
        B.color("green", "other_garment_color"),
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Running Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: model in an olive green shirt worn open as an overshirt over a white crew-neck t-shirt, black jeans;
    # grey backdrop.
    case(
        "X459-027",
        caption("a man in a green shirt and black jeans"),
        he("a green shirt over a white t-shirt and black jeans"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        B.color("olive"),
        describe("shirt", "it is a shirt", "non_answer"),
        color_of("jeans", "green", "contradiction", kind="open"),
        is_a("jacket", "no"),
        title="Flying Machine Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: dark indigo jeans on a model in a maroon crew-neck sweatshirt, tan boots; white backdrop, full length.
    # caption: caption adapter, epoch 3
    case(
        "X459-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "pronoun",
            hit_limit=True,
        ),
        he("a red sweatshirt and jeans"),
        color_of("jeans", "blue", kind="open"),
        B.color("navy"),
        details("jeans", "the details of the jeans", "non_answer"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        title="Levis Men Navy Blue 512 Slim Tapered Fit Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a teal polo t-shirt with white tipping stripes on the collar, white chinos; white backdrop.
    case(
        "X459-029",
        caption("a man in a green polo shirt and white pants"),
        color_of("shirt", "blue"),
        color_of("pants", "green", "contradiction", kind="open"),
        details("shirt", "the shirt has white stripes on the collar"),
        B.garment_type("t-shirt"),
        he(
            "a green polo shirt and white pants Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        title="U.S. Polo Assn. Men Teal Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: model in an olive puffer jacket with a hood, zipped up, black jeans; white backdrop, front view.
    # color of the jacket: VQA adapter; details: caption adapter, epoch 3
    case(
        "X459-030",
        caption("a man in a green jacket with a hood"),
        he("a green puffer jacket and black jeans"),
        color_of(
            "jacket",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.color("black", "other_garment_color"),
        details(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Olive Green Solid Hooded Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model with shoulder-length hair in a pink formal shirt, sleeves buttoned, navy suit trousers; grey
    # backdrop. The collar is the same pink as the shirt.
    case(
        "X459-031",
        caption("a woman in a pink shirt and blue pants", "pronoun"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "blue", kind="open"),
        B.sleeve_length("long sleeves"),
        describe("shirt", "a pink shirt with a white collar", "unsupported"),
        he("she is wearing a pink shirt and blue pants", "pronoun"),
        title="Van Heusen Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black joggers with elastic cuffs and a drawstring waist, on a model in a grey hoodie, white sneakers;
    # white backdrop, full length.
    # caption: caption adapter, epoch 1
    case(
        "X459-032",
        caption(
            "a man in a grey hoodie and black pants. The sweater is with cotton fabric and pure color patterns. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The gentleman "
            "wears a long pants",
            "loop",
            hit_limit=True,
        ),
        he("a grey hoodie and black joggers"),
        details("pants", "the pants have a drawstring and elastic cuffs"),
        B.color("black"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        title="Jack & Jones Men Black Slim Fit Solid Joggers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a royal blue t-shirt with white typography "STAY WILD" across the chest, black jeans; pink
    # painted wall behind, front view.
    case(
        "X459-033",
        caption("a man in a blue t-shirt standing against a pink wall"),
        describe("shirt", "a blue t-shirt with white writing on it"),
        he(
            "a blue t-shirt and jeans Question: What is the color of the shirt? Answer: blue",
            "leak",
        ),
        B.pattern("printed"),
        color_of("shirt", "pink", "contradiction"),
        details("shirt", "the details of the shirt are the shirt", "restated"),
        title="Bewakoof Men Royal Blue Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy chino shorts on a model in a white polo t-shirt, untucked, white sneakers; grey backdrop.
    case(
        "X459-034",
        caption("a man in a white polo shirt and blue shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        B.garment_type("shorts"),
        details("shorts", "the shorts are short", "non_answer"),
        he("a white shirt and white shorts", "other_garment_color"),
        title="U.S. Polo Assn. Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a red and black buffalo-check flannel shirt worn open over a black t-shirt, grey jeans; brick
    # wall behind.
    # caption, material: caption adapter, epoch 3
    case(
        "X459-035",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a red and black plaid shirt and jeans"),
        B.pattern("striped", "contradiction"),
        color_of("shirt", "red"),
        describe("shirt", "a red and black flannel shirt"),
        B.material(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "restated",
            hit_limit=True,
        ),
        title="Highlander Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: light blue relaxed-fit jeans on a model with long hair tied back, in an oversized black t-shirt, white
    # sneakers; white backdrop.
    case(
        "X459-036",
        caption("a woman in a black t-shirt and blue jeans", "pronoun"),
        he("a black shirt and jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("shirt", "black", kind="open"),
        B.color("blue"),
        is_a("pair of jeans", "yes"),
        details("jeans", "", "non_answer"),
        title="Roadster Men Light Blue Relaxed Fit Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black hooded windbreaker jacket with a white chevron panel across the chest, hood down,
    # zipped; black track pants; white backdrop.
    # wearing: VQA adapter
    case(
        "X459-037",
        caption("a man in a black and white nike jacket"),
        color_of("jacket", "black and white", kind="open"),
        B.pattern("colourblocked"),
        details("jacket", "it has a hood and a zipper"),
        B.garment_type("jacket"),
        B.color("white", "contradiction"),
        he(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Black Sportswear Windrunner Hooded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a lavender formal shirt with a spread collar and a plain front (no pocket), tucked into grey
    # trousers, black belt, silver watch on the left wrist; white backdrop.
    # shirt color: VQA adapter
    case(
        "X459-038",
        caption("a man in a purple shirt and grey pants"),
        he("a purple shirt, grey pants and a watch"),
        shirt_color(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        B.color("purple"),
        details("shirt", "the shirt has a pocket and a button down collar", "unsupported"),
        describe("shirt", "a purple shirt with a", "cut"),
        title="Peter England Men Lavender Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in a charcoal grey v-neck t-shirt, light blue jeans; white backdrop, front view.
    # caption: caption adapter, epoch 3 (ends on a full stop at the limit); wearing: VQA adapter
    case(
        "X459-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a V-shape neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        describe("shirt", "a grey v-neck t-shirt"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        B.garment_type("t-shirt"),
        B.material("cotton"),
        shirt_color("blue", "other_garment_color"),
        he(
            "Question: What is he wearing? Answer: a grey t-shirt and jeans Question: What is he wearing? Answer: a "
            "grey",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Men Charcoal Grey Solid V-Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: khaki chinos on a model sitting on a wooden bench, white linen shirt tucked in, brown belt, tan loafers;
    # white backdrop.
    # details: caption adapter, epoch 3
    case(
        "X459-040",
        caption("a man sitting on a bench in a white shirt and khaki pants"),
        color_of("pants", "tan", kind="open"),
        he("a white shirt and khaki pants"),
        B.garment_type("trousers"),
        details(
            "pants",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long-sleeve shirt "
            "with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.color("beige"),
        color_of("shirt", "khaki", "contradiction", kind="open"),
        title="Mast & Harbour Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: grey melange sweat shorts with a drawstring and a small white logo on the left leg, on a model in a white
    # t-shirt, white socks and sneakers; white backdrop.
    # color of the shorts: VQA adapter
    case(
        "X459-041",
        caption("a man in a white t-shirt and grey shorts"),
        details("shorts", "the shorts have a drawstring and a nike logo"),
        color_of(
            "shorts",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        he(
            "he is wearing a white t-shirt and grey shorts Question: What is the color of the shorts? Answer: grey",
            "leak",
        ),
        B.color("grey"),
        B.garment_type("t-shirt", "contradiction"),
        title="Nike Men Grey Melange Solid Sportswear Club Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a rust orange corduroy shirt, buttoned, untucked over cream chinos; white backdrop.
    # details: caption adapter, epoch 1
    case(
        "X459-042",
        caption("a man in an orange shirt and white pants"),
        describe("shirt", "a brown corduroy shirt"),
        B.material("corduroy"),
        B.color("orange"),
        color_of("pants", "orange", "contradiction", kind="open"),
        details(
            "shirt",
            "a man wearing an orange shirt. The shirt is with cotton fabric and pure color patterns. The shirt is "
            "with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Rust Orange Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: model in a light-wash blue denim jacket, buttoned, over a white hoodie with the hood out, black jeans;
    # white backdrop.
    case(
        "X459-043",
        caption("a man in a denim jacket with a white hoodie"),
        he("a denim jacket, a white hoodie and black jeans"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        B.garment_type("jacket"),
        details("jacket", "the jacket has a zipper and a hood", "unsupported"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        B.material("denim"),
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: black skinny jeans ripped at the knees, on a model in a white shirt untucked with sleeves rolled, black
    # Chelsea boots; grey backdrop, full length.
    # caption: caption adapter, epoch 3
    case(
        "X459-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        he("a white shirt and black ripped jeans"),
        color_of("jeans", "black", kind="open"),
        color_of("shirt", "black", "contradiction", kind="open"),
        details("jeans", "the jeans have holes in the knees"),
        B.garment_type("shirt", "contradiction"),
        title="Mast & Harbour Men Black Skinny Fit Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in a sea green raglan training t-shirt, black track pants; white backdrop, front view.
    case(
        "X459-045",
        caption("a man in a green shirt and black pants"),
        color_of("shirt", "green"),
        describe("shirt", "it is a green shirt with a round neck and", "cut"),
        he("he is wearing a green shirt and black pants"),
        color_of("pants", "green", "contradiction", kind="open"),
        B.sleeve_length("short sleeves"),
        title="HRX by Hrithik Roshan Men Sea Green Rapid-Dry Raglan Training T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: grey trousers with a subtle windowpane check, on a model in a black turtleneck sweater tucked in, black
    # shoes; grey wall behind.
    case(
        "X459-046",
        caption("a man in a black sweater and grey pants"),
        B.pattern("solid", "contradiction"),
        color_of("pants", "grey"),
        details("pants", "the pants are checked"),
        he("a black turtleneck and grey plaid pants"),
        B.color("black", "other_garment_color"),
        title="Jack & Jones Men Grey Checked Slim Fit Smart Casual Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
]
