"""BLIND_514 (46 products; men's Myntra catalog, the original experiments' questions, base and adapters): written blind
in the fiftieth session. Measured blind at 2d8ef52 (the session's rules as they stood): 115/130 failures found
(88.5%) and 5/165 correct texts flagged (3.0%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra-like English feed of men's wear: formal and casual shirts,
t-shirts and polos, kurtas and kurta sets, jeans, chinos, formal trousers, track pants, shorts, jackets, sweaters
and sweatshirts, each photographed on a model who wears other clothes with it (a white tee under a jacket, blue jeans
under a shirt, a white pyjama under a kurta), on studio backdrops and a few walls, doors, steps, parks and chairs.
The questions are the experiments' own ("What is he wearing?", "What is the color of the shirt / t-shirt / jeans /
pants?", "Describe the shirt.", "What are the shirt details?", the same for t-shirts, jeans, pants and shorts),
plus enrich's closed garment_type, color and sleeve_length, and here and there pattern, material or "Is this a ...?".
The experiments asked "the shirt" of every top and "the pants" of shorts too, so the questions do not always name the
product; a question about another piece of the outfit answered with that piece's color is correct. Each row has the
seller's title, category, color and gender; two rows miss the gender and one the color, as real feeds do.

Who wrote what: texts come from four models. The untuned base `Salesforce/blip2-opt-2.7b` writes short lowercase
captions and answers ("a man in a white shirt and blue jeans") and stops on its own (never hit_limit); its errors
are colors (one color for every garment, the wall's or the print's color), invented details, restated or empty
answers, the odd "woman" for a long-haired model, and runs into a new "Question: ... Answer:". The caption adapter
(epoch 3, and epoch 1 where the comment says so) writes the DeepFashion-MultiModal template ("The gentleman wears a
long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel neckline...", no hue
names) with no end token, so it runs to its limit (50 tokens for captions, 30 for answers: hit_limit=True) and
returns the template to any question; epoch 1 still mixes in the base model's opening and hue words ("a man
wearing a grey sweatshirt with pure color patterns..."). The VQA adapter (one epoch on In-shop pairs, no end token)
answers in one In-shop word or phrase repeated to its limit ("tee tee tee ...", "the sleeves, the neckline, ...").
A comment above each case names the texts that came from an adapter; every other open text is the base model's.
The closed questions (garment_type, color, pattern, sleeve_length and "Is this a ...?") are enrich's `--engine
reference` answers chosen from candidate sets: never a loop or a cut, wrong only by picking the wrong candidate. The
material question is open and answered by the base model.

Labeling conventions and judgement calls:
- Shade words count as correct: blue or navy blue for navy, red for maroon, burgundy or wine, yellow for mustard,
  green or olive green for olive and for teal, blue for teal too, cream or white for cream, cream for beige, khaki
  for khaki, grey or gray for grey melange and charcoal, orange for rust, brown for tan, burgundy for wine. Both
  "green" and "blue" for one teal polo are correct even side by side.
- Black for navy, black for charcoal, orange for mustard and grey for beige are contradictions. The color of the
  wall behind the model (yellow, red brick) or of a print, trim or tipping (white flowers on navy, green collar
  tipping on a white polo, white dots on black) given as the garment's color is contradiction, not
  other_garment_color. The color of another piece worn in the photo (the jeans, the tee underneath, the kurta for
  its pyjama) given to the garment asked about is other_garment_color, in open and closed answers alike.
- Per-piece questions answered for the piece they name are correct even when that piece is not the product ("white"
  for the shirt in a jeans listing, "white" for the pyjama of a navy kurta set, "black" for the tee under a tan
  jacket). "The shirt" asked of a kurta, sweater or hoodie is that top; "the pants" asked of shorts are the shorts.
- Garment synonyms are correct: vest for a sleeveless padded jacket, hoodie or sweatshirt for a hooded sweatshirt,
  pajamas for pyjamas, sweatpants or track pants for joggers, khakis for beige chinos, camo for camouflage, polo
  shirt for a polo t-shirt. The reference engine's wrong class (shirt for a kurta, jeans for chinos, sweater for a
  sweatshirt, jacket for jeans) is contradiction; "long sleeves" for a sleeveless jacket worn over a long-sleeve tee
  and "short sleeves" for full sleeves rolled up are contradictions too.
- Invented details the photo does not show (a chest pocket or logo on a plain shirt or tee, a zipper on a pullover
  hoodie, a hood on a high-neck puffer, a drawstring on button-fly shorts, a belt on a biker jacket, a hat) are
  unsupported. A material the title names is correct; a plausible guess on a plain fabric the title does not name is
  correct; a material that contradicts the title's (wool for an acrylic sweater) is unsupported.
- Base answers: a new "Question: ... Answer:" after the answer is leak even where the answer is right. A bare
  restatement of color and garment for a describe or details question ("green pants", "they are black jeans"), and
  a garment's name and color for the material question, are restated. An empty answer, "i don't know", "the shirt
  details", "they are grey" for a description and "the details are on the shirt" are non_answer. "it is made of"
  and "it has a" (stopped early, no hit_limit) are cut. "a woman" for the male model is pronoun.
- Adapter texts: a text that starts the template over (repeats a sentence, or its opening) is loop; one that stops
  mid-sentence without repeating is cut, even where it invented an accessory or a hat before the cut (one kind per
  text: the cut is what the auditor sees first). A template that opens "The lady wears" for a man is pronoun, hit_limit
  kept. The VQA adapter's repeated word is loop even when the word is right ("denim", "black"). Templates for
  "Describe the shirt." and "What are the ... details?" answer the question, so they are loop or cut, not restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def he(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is he wearing?"."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is the color of the <garment>?", free generation (open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_514 = [
    # photo: model in a white solid slim-fit formal shirt (no pocket) tucked into navy chinos, plain grey backdrop,
    # front view. caption and details: caption adapter (epoch 3)
    case(
        "X514-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and blue pants"),
        col("shirt", "white"),
        describe("shirt", "a white shirt with a pocket on the chest", "unsupported"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a plain navy polo t-shirt (no logo) and beige chinos, white backdrop, front view.
    # all open texts: base model
    case(
        "X514-002",
        caption("a man wearing a blue polo shirt and khaki pants"),
        he(
            "a polo shirt and khaki pants Question: What is the color of the polo shirt? Answer: blue",
            "leak",
        ),
        col("t-shirt", "khaki", "other_garment_color"),
        describe(
            "t-shirt",
            "a navy blue polo shirt with a white logo on the chest",
            "unsupported",
        ),
        B.color("black", "contradiction"),
        is_a("polo shirt", "yes"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black round-neck t-shirt with a large white-and-orange tiger print, blue jeans, grey
    # backdrop. caption: caption adapter (epoch 1); details: VQA adapter
    case(
        "X514-003",
        caption(
            "a man wearing a black t-shirt with graphic patterns. The T-shirt is with cotton fabric and its neckline "
            "is round. The man wears long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        he("a black t-shirt and jeans"),
        col("t-shirt", "black"),
        details(
            "t-shirt",
            "the sleeves, the neckline, the print, the sleeves, the neckline, the print, the sleeves, the neckline, "
            "the print, the",
            "loop",
            hit_limit=True,
        ),
        B.pattern("graphic"),
        col("jeans", "black", "other_garment_color"),
        title="Men Black Tiger Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: full-length model in blue skinny jeans (the product), a plain white t-shirt and white sneakers, grey
    # backdrop. details: caption adapter (epoch 3)
    case(
        "X514-004",
        caption("a man in a white t-shirt and blue jeans"),
        col("jeans", "blue"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are of long length. The pants are "
            "with denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        B.color("white", "other_garment_color"),
        col("shirt", "white"),
        title="Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in olive green chinos (the product) and a black crew-neck t-shirt, white sneakers, white backdrop.
    # all open texts: base model
    case(
        "X514-005",
        caption("a man in a black t-shirt and green pants"),
        col("pants", "green"),
        col("shirt", "green", "other_garment_color"),
        he(
            "a t-shirt and pants Question: What is the color of the pants? Answer: green",
            "leak",
        ),
        details("pants", "green pants", "restated"),
        B.color("olive"),
        B.material("cotton"),
        title="Men Olive Green Slim Fit Solid Cotton Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a plain maroon straight kurta with a mandarin collar (no embroidery) and white pyjamas, beige
    # backdrop, front view. caption: caption adapter (epoch 3)
    case(
        "X514-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        he("a red kurta and white pants"),
        col("shirt", "maroon"),
        describe(
            "shirt",
            "a long maroon kurta with gold embroidery on the collar",
            "unsupported",
        ),
        col("pants", "maroon", "other_garment_color"),
        B.garment_type("kurta"),
        B.sleeve_length("long sleeves"),
        title="Men Maroon Solid Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in grey melange track pants (the product) with a black t-shirt and white sneakers, no watch,
    # white backdrop. details: caption adapter (epoch 1)
    case(
        "X514-007",
        caption("a man in a black shirt and grey sweatpants"),
        col("pants", "black", "other_garment_color"),
        he("a black t-shirt and grey track pants"),
        describe("pants", "they are grey", "non_answer"),
        details(
            "pants",
            "grey pants with pure color patterns. The pants are with cotton fabric. The pants are of long length. "
            "There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("track pants"),
        B.color("grey"),
        title="Men Grey Melange Solid Slim-Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a red-and-black buffalo check flannel shirt worn open over a white t-shirt, black jeans, grey
    # backdrop. caption and describe: caption adapter (epoch 3)
    case(
        "X514-008",
        caption(
            "His shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. He wears a "
            "short-sleeve T-shirt inside. His pants are of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        he("a red and black plaid shirt"),
        col("shirt", "white", "other_garment_color"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        B.pattern("checked"),
        B.color("red"),
        col("jeans", "black"),
        title="Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a navy blue bomber jacket (zipped halfway) over a white t-shirt, blue jeans, grey backdrop.
    # all open texts: base model
    case(
        "X514-009",
        caption("a man wearing a black jacket and jeans", "contradiction"),
        he("a jacket, t-shirt and jeans"),
        col("shirt", "white"),
        B.garment_type("jacket"),
        B.color("navy"),
        B.material("it is a jacket", "restated"),
        title="Men Navy Blue Solid Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model seated on a wooden stool in a beige cable-knit pullover, a white shirt collar showing at the
    # neck, brown chinos, white backdrop. describe: caption adapter (epoch 3)
    case(
        "X514-010",
        caption("a man in a grey sweater sitting on a stool", "contradiction"),
        he("a sweater and a white shirt"),
        col("shirt", "white"),
        describe(
            "shirt",
            "His sweater has long sleeves, wool fabric and pure color patterns. It has a round neckline. His sweater "
            "has long sleeves, wool fabric and",
            "loop",
            hit_limit=True,
        ),
        B.material("wool", "unsupported"),
        B.garment_type("sweater"),
        B.color("cream"),
        title="Men Beige Cable Knit Acrylic Pullover Sweater",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
    # photo: full-length model in khaki button-fly chino shorts (the product), a navy crew-neck t-shirt, white
    # sneakers, white backdrop. caption: caption adapter (epoch 3); wearing: VQA adapter
    case(
        "X514-011",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        col("pants", "khaki"),
        details("shorts", "the shorts have a drawstring and two side pockets", "unsupported"),
        B.garment_type("shorts"),
        B.color("navy", "other_garment_color"),
        title="Men Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a sky blue linen shirt with the sleeves rolled up to the elbow, white trousers, a potted plant
    # beside him, white backdrop. all open texts: base model
    case(
        "X514-012",
        caption("a man in a blue shirt and white pants standing next to a plant"),
        col("shirt", "light blue"),
        col("pants", "blue", "other_garment_color"),
        describe("shirt", "a light blue linen shirt with rolled up sleeves"),
        details("shirt", "it has a", "cut"),
        B.material("linen"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Men Sky Blue Pure Linen Full Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a mustard yellow round-neck t-shirt and black jeans in front of a red brick wall, outdoors.
    # all open texts: base model
    case(
        "X514-013",
        caption("a man in a yellow shirt standing in front of a brick wall"),
        col("t-shirt", "yellow"),
        col("jeans", "black"),
        he(
            "a yellow t shirt and black jeans Question: What is the color of the t-shirt? Answer: yellow",
            "leak",
        ),
        B.color("orange", "contradiction"),
        B.sleeve_length("short sleeves"),
        title="Men Mustard Yellow Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a black denim trucker jacket over a grey pullover hoodie (hood out), black jeans, no hat, grey
    # backdrop. caption: caption adapter (epoch 1); details: caption adapter (epoch 3)
    case(
        "X514-014",
        caption(
            "a man wearing a black denim jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The man wears a hooded sweatshirt inside. The man wears long",
            "cut",
            hit_limit=True,
        ),
        he("a jacket and a hoodie"),
        col("jeans", "black"),
        details(
            "shirt",
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. There is a hat on his "
            "head. The jacket is",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        B.material("denim"),
        title="Men Black Solid Denim Trucker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white chikankari-embroidered cotton kurta (white-on-white florals on the front) and white
    # pyjamas, light grey backdrop. describe: caption adapter (epoch 3)
    case(
        "X514-015",
        caption("a man in a white kurta and white pants"),
        he("a white kurta"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. It has a stand neckline. The shirt is with cotton "
            "fabric and floral patterns. It has",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "embroidery on the front"),
        B.color("white"),
        B.pattern("solid", "contradiction"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy-and-white horizontally striped (Breton) t-shirt and khaki shorts, white backdrop.
    # wearing: VQA adapter
    case(
        "X514-016",
        caption("a man in a striped shirt and shorts"),
        col("t-shirt", "blue and white"),
        col("pants", "white", "other_garment_color"),
        details("t-shirt", "the details are on the shirt", "non_answer"),
        B.pattern("striped"),
        B.color("navy"),
        he(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in charcoal grey slim jeans (the product), an untucked light blue shirt and brown boots, grey
    # backdrop, no watch or bracelet. details: caption adapter (epoch 3)
    case(
        "X514-017",
        caption("a man in a blue shirt and grey jeans"),
        col("jeans", "blue", "other_garment_color"),
        col("shirt", "blue"),
        he("a shirt and jeans"),
        details(
            "jeans",
            "The denim pants are of long length. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        B.garment_type("jeans"),
        title="Men Charcoal Grey Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a plain teal polo t-shirt (no logo) and white shorts, white backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X514-018",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His shorts "
            "are of three-point length. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he(
            "a green polo shirt and white shorts Question: What is he holding? Answer: nothing",
            "leak",
        ),
        col("t-shirt", "green"),
        col("shirt", "blue"),
        details("t-shirt", "the shirt has a logo on the chest", "unsupported"),
        B.color("teal"),
        is_a("polo shirt", "yes"),
        title="Men Teal Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: model with shoulder-length hair in a pink oxford button-down shirt and grey chinos, white backdrop.
    # details: caption adapter (epoch 1)
    case(
        "X514-019",
        caption("a woman wearing a pink shirt and grey pants", "pronoun"),
        he("a pink shirt and grey pants"),
        col("shirt", "pink"),
        col("pants", "pink", "other_garment_color"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The sleeves are long. "
            "The shirt is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid"),
        B.sleeve_length("long sleeves"),
        title="Men Pink Solid Oxford Button-Down Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model seated on concrete steps outdoors in a green pullover hoodie (kangaroo pocket, no zipper) and black
    # track pants, bare-headed. all open texts: base model; the feed row has no color
    case(
        "X514-020",
        caption("a man in a green hoodie sitting on steps"),
        col("shirt", "green"),
        col("pants", "green", "other_garment_color"),
        details("shirt", "it has a hood and a zipper", "unsupported"),
        he("a hoodie and sweatpants and a hat", "unsupported"),
        B.color("green"),
        title="Men Green Solid Hooded Pullover Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: model in black track pants with white side stripes (the product) and a white t-shirt, white backdrop.
    # caption: caption adapter (epoch 3); details: VQA adapter
    case(
        "X514-021",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and striped",
            "cut",
            hit_limit=True,
        ),
        col("pants", "black with white stripes"),
        he("a white shirt and black pants with white stripes"),
        details(
            "pants",
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("track pants"),
        col("t-shirt", "black", "other_garment_color"),
        title="Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model with a man-bun in a navy half-sleeve shirt printed with white flowers, beige shorts, beige
    # backdrop. describe: caption adapter (epoch 3)
    case(
        "X514-022",
        caption("a woman in a blue floral shirt and shorts", "pronoun"),
        col("shirt", "white", "contradiction"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The shirt has short "
            "sleeves. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        he(
            "a blue and white flowered shirt and shorts Question: What is the color of the shorts? Answer: beige",
            "leak",
        ),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        B.color("navy"),
        title="Men Navy Blue Floral Printed Half Sleeves Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in light blue distressed jeans ripped at the knees (the product), a black leather jacket over a
    # white t-shirt, grey backdrop. all open texts: base model
    case(
        "X514-023",
        caption("a man in a black jacket and ripped jeans"),
        col("jeans", "light blue"),
        details("jeans", "they are ripped at the knees"),
        he("a leather jacket, white t-shirt and jeans"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket", "contradiction"),
        title="Men Light Blue Slim Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a tan brown leather biker jacket (asymmetric zip, no belt) over a black t-shirt, blue jeans,
    # grey backdrop. caption: caption adapter (epoch 1)
    case(
        "X514-024",
        caption(
            "a man wearing a brown leather jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The man wears a short-sleeve T-shirt inside. The",
            "cut",
            hit_limit=True,
        ),
        he(
            "a brown jacket Question: What is the color of the jacket? Answer: brown",
            "leak",
        ),
        col("t-shirt", "black"),
        details("shirt", "it has a zipper and a belt", "unsupported"),
        B.material("leather"),
        B.color("brown"),
        title="Men Tan Brown Solid Leather Biker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: model in a burgundy v-neck pullover over a white shirt (collar out), blue jeans, white backdrop.
    # wearing: VQA adapter
    case(
        "X514-025",
        caption("a man in a red sweater and jeans"),
        col("shirt", "white"),
        col("jeans", "blue"),
        describe("shirt", "it is a red sweater with a v neck"),
        B.color("white", "other_garment_color"),
        he(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        title="Men Burgundy V-Neck Pullover Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model in a white polo t-shirt with green tipping on the collar and sleeve hems, navy chinos, white
    # backdrop. caption: caption adapter (epoch 3)
    case(
        "X514-026",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His pants "
            "are of long length. His T-shirt has short sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        he("a white polo shirt and blue pants"),
        col("t-shirt", "green", "contradiction"),
        details("t-shirt", "it has a green collar and buttons"),
        B.color("white"),
        is_a("polo shirt", "yes"),
        title="Men White Polo Collar T-shirt with Contrast Tipping",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a mustard yellow mandarin-collar kurta and white churidar, standing before a carved wooden door.
    # details: caption adapter (epoch 1)
    case(
        "X514-027",
        caption("a man in a yellow kurta standing in front of a wooden door"),
        he("kurta pajama"),
        col("shirt", "yellow"),
        col("pants", "yellow", "other_garment_color"),
        B.garment_type("shirt", "contradiction"),
        details(
            "shirt",
            "a yellow shirt with pure color patterns. The shirt is with cotton fabric. It has a stand neckline. The "
            "sleeves are long. The shirt",
            "cut",
            hit_limit=True,
        ),
        title="Men Mustard Yellow Solid Mandarin Collar Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a mid-blue denim shirt and black chinos, grey backdrop. caption: caption adapter (epoch 3);
    # wearing: VQA adapter; the feed row has no gender
    case(
        "X514-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "blue"),
        col("pants", "blue", "other_garment_color"),
        B.material("denim"),
        B.color("blue"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: model in navy slim chinos (the product), a white shirt tucked in, a brown belt and brown loafers, white
    # backdrop. all open texts: base model
    case(
        "X514-029",
        caption("a man in a white shirt and navy pants"),
        col("pants", "navy blue"),
        details("pants", "a brown belt"),
        B.garment_type("jeans", "contradiction"),
        B.color("white", "other_garment_color"),
        B.material("i don't know", "non_answer"),
        title="Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an olive green short-sleeve henley t-shirt (three-button placket) and light blue jeans, in a
    # park. all open texts: base model
    case(
        "X514-030",
        caption("a man standing in a park wearing a green shirt"),
        col("t-shirt", "olive green"),
        col("jeans", "green", "other_garment_color"),
        details("t-shirt", "it has buttons on the collar"),
        B.sleeve_length("short sleeves"),
        he(
            "green shirt and jeans Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Men Olive Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in olive, brown and black camouflage cargo shorts (flap side pockets, no belt) and a black
    # t-shirt, white backdrop. caption: caption adapter (epoch 1)
    case(
        "X514-031",
        caption(
            "a man wearing a black t-shirt and camouflage shorts. The T-shirt is with cotton fabric and its neckline "
            "is round. The shorts are with cotton fabric and color block",
            "cut",
            hit_limit=True,
        ),
        col("pants", "camo"),
        details("shorts", "they have pockets on the sides and a belt", "unsupported"),
        he(
            "a black shirt and camo shorts Question: What is he holding? Answer:",
            "leak",
        ),
        B.color("black", "other_garment_color"),
        B.pattern("camouflage"),
        title="Men Olive Green Camouflage Printed Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in black formal trousers (the product), a white shirt tucked in and black shoes, grey backdrop.
    # caption and details: caption adapter (epoch 3)
    case(
        "X514-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        col("pants", "black"),
        details(
            "pants",
            "The trousers are with polyester fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with polyester fabric",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("trousers"),
        B.color("black"),
        B.material("it is made of", "cut"),
        title="Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a red padded puffer jacket with a high neck (no hood), black t-shirt and black jeans, white
    # backdrop. all open texts: base model
    case(
        "X514-033",
        caption("a man in a red puffer jacket"),
        he("a red jacket and black pants"),
        col("jeans", "red", "other_garment_color"),
        details("shirt", "the jacket has a hood", "unsupported"),
        B.color("red"),
        B.sleeve_length("long sleeves"),
        B.material("it is a red jacket", "restated"),
        title="Men Red Solid Padded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: model in a plain white round-neck t-shirt and blue jeans in front of a red brick wall.
    # all open texts: base model
    case(
        "X514-034",
        caption("a man in a white t-shirt standing in front of a brick wall"),
        col("t-shirt", "red", "contradiction"),
        col("jeans", "blue"),
        he("a white t-shirt and blue jeans"),
        details("t-shirt", "a white t-shirt", "restated"),
        B.color("white"),
        B.material("cotton"),
        title="Men White Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a white casual shirt and beige chinos against a bright yellow painted wall.
    # describe: caption adapter (epoch 3)
    case(
        "X514-035",
        caption("a man in a white shirt against a yellow wall"),
        col("shirt", "yellow", "contradiction"),
        he("a white shirt and khakis"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        title="Men White Solid Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a grey melange crew-neck sweatshirt with ribbed collar and cuffs, navy joggers, white sneakers,
    # white backdrop. caption: caption adapter (epoch 1)
    case(
        "X514-036",
        caption(
            "a man wearing a grey sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. It has a "
            "round neckline. The man wears long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        col("shirt", "gray"),
        col("pants", "grey", "other_garment_color"),
        details("shirt", "it has a ribbed collar and cuffs"),
        B.garment_type("sweater", "contradiction"),
        B.color("grey"),
        title="Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: blue-and-white gingham checked shirt on a model cropped at the waist, one chest pocket, white backdrop.
    # all open texts: base model
    case(
        "X514-037",
        caption("a blue and white checkered shirt"),
        he("a shirt"),
        col("shirt", "blue and white"),
        describe(
            "shirt",
            "a blue and white checkered shirt with a pocket Question: What are the shirt details? Answer:",
            "leak",
        ),
        details("shirt", "the shirt details", "non_answer"),
        B.pattern("checked"),
        title="Men Blue & White Gingham Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a navy blue straight kurta and white pyjamas (the set is the product), beige backdrop.
    # caption and details: caption adapter (epoch 3)
    case(
        "X514-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears long trousers. The trousers",
            "pronoun",
            hit_limit=True,
        ),
        he("a blue kurta and white pajamas"),
        col("shirt", "black", "contradiction"),
        col("pants", "white"),
        B.color("navy"),
        B.garment_type("kurta"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The sleeves are long. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in black slim jeans (the product) and a red crew-neck t-shirt, grey backdrop.
    # details: VQA adapter
    case(
        "X514-039",
        caption("a man in a red shirt and black jeans"),
        col("jeans", "red", "other_garment_color"),
        col("shirt", "red"),
        details(
            "jeans",
            "black black black black black black black black black black black black black black black black black "
            "black black black",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        describe("jeans", "they are black jeans", "restated"),
        title="Men Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in a plain rust orange round-neck t-shirt (no pocket, no logo) and beige shorts on a beach.
    # all open texts: base model
    case(
        "X514-040",
        caption("a man standing on a beach wearing an orange shirt"),
        col("t-shirt", "orange"),
        he("an orange t-shirt and shorts"),
        describe(
            "t-shirt",
            "an orange t-shirt with a pocket on the chest and a logo",
            "unsupported",
        ),
        B.sleeve_length("short sleeves"),
        B.material("a orange t-shirt", "restated"),
        B.color("rust"),
        title="Men Rust Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: bearded model with long hair in a cream linen straight kurta and beige trousers, white backdrop.
    # describe: caption adapter (epoch 1); the feed row has no gender
    case(
        "X514-041",
        caption("a woman with long hair wearing a white kurta", "pronoun"),
        he("a white kurta and pants"),
        col("shirt", "white"),
        describe(
            "shirt",
            "a white kurta with pure color patterns. The kurta is with linen fabric. It has a stand neckline. The "
            "sleeves are long. The kurta is",
            "cut",
            hit_limit=True,
        ),
        B.material("linen"),
        B.color("cream"),
        title="Men Cream-Coloured Solid Linen Straight Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # photo: model in a green quilted sleeveless padded jacket (zip front, no hood) over a white long-sleeve t-shirt,
    # blue jeans, grey backdrop. all open texts: base model
    case(
        "X514-042",
        caption("a man in a green vest and jeans"),
        he("a green vest over a white shirt"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.garment_type("jacket"),
        B.color("green"),
        details("shirt", "the vest has a hood", "unsupported"),
        B.material("a green vest", "restated"),
        title="Men Green Quilted Sleeveless Padded Jacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: model in a navy windcheater with grey colour-blocked shoulder panels and black track pants, white
    # backdrop. caption: caption adapter (epoch 3); wearing: VQA adapter
    case(
        "X514-043",
        caption(
            "His jacket has long sleeves, polyester fabric and color block patterns. It has a stand neckline. His "
            "pants are of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "blue and grey"),
        col("pants", "blue", "other_garment_color"),
        B.color("navy"),
        B.pattern("striped", "contradiction"),
        title="Men Navy Blue & Grey Colourblocked Windcheater Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black half-sleeve shirt with white polka dots (no pocket) and blue jeans, white backdrop.
    # all open texts: base model
    case(
        "X514-044",
        caption("a man in a black and white polka dot shirt"),
        col("shirt", "black with white dots"),
        col("jeans", "black", "other_garment_color"),
        details("shirt", "white polka dots and a pocket", "unsupported"),
        B.pattern("polka dots"),
        B.color("white", "contradiction"),
        title="Men Black & White Polka Dot Printed Half Sleeves Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in grey washed denim shorts (the product) and a white t-shirt with a black graphic print, white
    # backdrop. caption: caption adapter (epoch 3); color of the t-shirt: VQA adapter
    case(
        "X514-045",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        col("pants", "grey"),
        details("shorts", "", "non_answer"),
        col(
            "t-shirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        B.color("white", "other_garment_color"),
        B.material("denim"),
        title="Men Grey Washed Denim Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: model seated in a black leather armchair in a wine turtleneck sweater (plain high neck, no zip) and
    # black trousers. all open texts: base model
    case(
        "X514-046",
        caption("a man sitting in a chair wearing a red sweater"),
        he("a turtleneck sweater and black pants"),
        col("shirt", "black", "other_garment_color"),
        describe(
            "shirt",
            "a red turtleneck sweater with long sleeves and a zipper on the neck",
            "unsupported",
        ),
        B.material("i'm not sure", "non_answer"),
        B.garment_type("sweater"),
        B.color("burgundy"),
        title="Men Wine Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Wine",
        gender="Men",
    ),
]
