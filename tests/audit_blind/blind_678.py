"""BLIND_678 (46 products; Myntra men's casual wear, caption adapter epoch 1 + extractive QA): written blind in the
fifty-fourth session. Measured blind at fa926b6 (the session's third rules): 97/119 failures found (81.5%) and 4/172
correct texts flagged (2.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's casual wear (shirts, t-shirts, sweatshirts, jeans, chinos, shorts). Catalog
photos on a white studio backdrop, the product worn by a male model with other clothes (tees under open shirts and
hoodies, jeans or chinos under tops, sneakers, a watch now and then), front or three-quarter view.

Who wrote what: every caption comes from the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 new tokens). At epoch 1 it
is half adapted: some captions are the DeepFashion template ("This man wears a long-sleeve shirt with pure color
patterns and a long pants. The shirt is with cotton fabric..."), with pattern words for colors and a strong pull
toward "lady"/"her" from the women-heavy training data; others keep the base model's short "a man wearing a ... and
..." style with hue names. With no end token trained it often runs to the 50-token limit: loops, sentences cut
mid-phrase, and now and then a continuation into a `Question: ... Answer:` pair. Open answers (wearing, color of
the garment, describe, details, material) come from the extractive QA model (mdeberta-v3-base-squad2) reading the
caption, so each is a span of that caption or empty: it inherits the caption's errors and often grabs the span of
the wrong garment. Closed answers (garment type, color, pattern, sleeve length, is-this-a) come from enrich's
`--engine reference`, one candidate value each: they never loop or stop short, but pick the wrong garment's value.

Labeling conventions and judgement calls:
- One label per text, the most visible failure; a caption that is cut or loops is labelled cut/loop only when that
  is its only problem, and hit_limit=True is set on every caption that ran to 50 tokens (loops, cuts, leaks that
  run on). Extracted spans never hit a limit themselves, so hit_limit stays False on open answers.
- A span taken from a cut caption's broken last phrase ("There is an accessory on his") is labelled cut; a span
  taken from a loop that itself repeats is labelled loop; a span that carries "Answer:" or "Question:" is a leak.
- A color answer that is only a pattern word ("pure color", "solid color", "color block", "graphic patterns") or an
  empty span is non_answer: it names no hue. A span that gives back the question's garment word alone ("jeans",
  "T-shirt", "shorts") is restated. A one-word span that does describe the garment ("ripped", "cargo") is correct.
- other_garment_color: the answer gives the product the color of another worn garment (the tee under the shirt,
  the jeans under the sweatshirt). A wrong hue that no garment in the photo has, the backdrop's white, or a wrong
  type/pattern/sleeve value (including the other garment's pattern or type) is contradiction.
- Catalog fabric: "cotton"/"linen"/"denim" are correct only where the title or the photo supports them; an invented
  fabric the photo and title do not show ("chiffon") is unsupported; the other garment's fabric given for the
  product where the title names another is contradiction.
- Invented props, accessories and garment parts (a belt hidden under an untucked tee, a watch, a coffee cup, a
  zipper on a pullover, a chest pocket that is not there, sitting when he stands) are unsupported.
- Template words for men's clothes are correct when true: "long pants"/"trousers" for jeans and chinos, "three-point
  shorts", "lapel" for a shirt or polo collar, "stand" for a mandarin collar; a sweatshirt called a "sweater" is a
  contradiction; a henley called "shirt" by the closed type question is a contradiction (seller says Tshirts).
- pronoun: "lady"/"woman"/"she"/"her" for a product whose gender column is Men; labelled only where the row has a
  gender. A caption with both a wrong pronoun and correct clothes is labelled pronoun.
- Rolled-up long sleeves answered "short" by the closed sleeve question is a contradiction (the seller's shirt is
  long-sleeved).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_678 = [
    # photo: navy blue solid cotton shirt, long sleeves rolled to the elbows, buttoned, over light blue jeans; white
    # backdrop, front view. Caption: adapter epoch 1 (template); open answers: extractive QA; closed: reference.
    case(
        "X678-001",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", who="he"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        details("shirt", "its neckline is lapel"),
        material("cotton"),
        B.color("navy blue"),
        B.pattern("solid"),
        B.sleeve_length("short", "contradiction"),
        title="Roadster Men Navy Blue Solid Cotton Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red and navy checked flannel shirt worn open over a plain white crew-neck tee, dark blue jeans; white
    # backdrop, three-quarter view. Caption: adapter epoch 1 (base style); open: extractive QA; closed: reference.
    case(
        "X678-002",
        caption("a man wearing a red plaid shirt over a white t-shirt and dark blue jeans"),
        wearing("a red plaid shirt over a white t-shirt and dark blue jeans"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        describe("shirt", "red plaid"),
        details("shirt", "", "non_answer"),
        B.pattern("checked"),
        B.color("red"),
        B.sleeve_length("long"),
        title="HIGHLANDER Men Red & Navy Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive green short-sleeve linen shirt, beige chino shorts; white backdrop, side-angled view.
    # Caption: adapter epoch 1 (template, loops to the limit); open: extractive QA; closed: reference.
    case(
        "X678-003",
        caption(
            "The gentleman wears a short-sleeve shirt with solid color patterns and a three-point shorts. The shirt "
            "is with linen fabric. The shorts are with cotton fabric. The shorts are with cotton fabric. The shorts "
            "are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with solid color patterns and a three-point shorts", who="he"),
        material("linen"),
        B.color("beige", "other_garment_color"),
        B.sleeve_length("short"),
        is_a("shirt", "yes"),
        title="Mast & Harbour Men Olive Green Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: light blue denim shirt, long sleeves, two flap chest pockets with snap buttons, black jeans, hands in
    # the jeans pockets; white backdrop, front. Caption: adapter epoch 1 (base style); open: QA; closed: reference.
    case(
        "X678-004",
        caption("a man wearing a blue denim shirt and black jeans with his hands in his pockets"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "a blue denim shirt and black jeans"),
        details("shirt", "blue denim"),
        material("denim"),
        B.garment_type("shirt"),
        B.color("black", "other_garment_color"),
        title="Levis Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white shirt with thin blue vertical stripes, long sleeves, untucked, beige chinos; white backdrop.
    # Caption: adapter epoch 1 (template, "lady"); open: extractive QA; closed: reference.
    case(
        "X678-005",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are with cotton fabric and solid color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with stripe patterns and a long trousers", who="he"),
        details("shirt", "it has a lapel neckline"),
        material("cotton fabric"),
        B.pattern("striped"),
        B.color("white"),
        title="Peter England Casuals Men White & Blue Striped Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black short-sleeve shirt with a small white floral print, no pockets, grey jeans; white backdrop.
    # Caption: adapter epoch 1 (base style, invents a chest pocket); open: extractive QA; closed: reference.
    case(
        "X678-006",
        caption("a man in a black shirt with white flowers and grey jeans with a pocket on the chest", "unsupported"),
        wearing("a black shirt with white flowers and grey jeans"),
        color_of("shirt", "black", kind="open"),
        describe("shirt", "black shirt with white flowers"),
        details("shirt", "a pocket on the chest", "unsupported"),
        B.pattern("solid", "contradiction"),
        B.sleeve_length("short"),
        title="The Indian Garage Co Men Black Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: mustard yellow long-sleeve shirt with a mandarin collar, white chinos; white backdrop, front view.
    # Caption: adapter epoch 1 (template, invents chiffon); open: extractive QA; closed: reference.
    case(
        "X678-007",
        caption(
            "This man is wearing a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "chiffon fabric and its neckline is stand. The pants are with cotton fabric and solid color patterns.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with solid color patterns and a long pants", who="he"),
        color_of("shirt", "solid color", "non_answer", kind="open"),
        details("shirt", "its neckline is stand"),
        material("chiffon", "unsupported"),
        B.color("yellow"),
        B.garment_type("shirt"),
        title="HERE&NOW Men Mustard Yellow Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: maroon corduroy shirt with two chest pockets, worn open over a black crew-neck tee, black jeans; white
    # backdrop. Caption: adapter epoch 1 (base style); open: extractive QA; closed: reference.
    case(
        "X678-008",
        caption("a man wearing a maroon corduroy shirt over a black t-shirt and black jeans"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        describe("shirt", "maroon corduroy shirt over a black t-shirt"),
        material("corduroy"),
        is_a("shirt", "no", "contradiction"),
        B.sleeve_length("long"),
        title="Roadster Men Maroon Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white short-sleeve shirt with a green tropical leaf print, beige shorts; white backdrop, front view.
    # Caption: adapter epoch 1 (base style, loops); open: extractive QA; closed: reference. Feed row has no gender.
    case(
        "X678-009",
        caption(
            "a man wearing a white shirt with green leaves and green leaves and green leaves and green leaves and "
            "green leaves and green leaves and green leaves and green leaves and green leaves and green",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt with green leaves"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "white shirt with green leaves and green leaves and green leaves and green leaves", "loop"),
        B.pattern("printed"),
        B.color("white"),
        title="Highlander Men White & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: black round-neck cotton tee with a white "BROOKLYN" graphic print, short sleeves, blue jeans; white
    # backdrop. Caption: adapter epoch 1 (template); open: extractive QA; closed: reference.
    case(
        "X678-010",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants", who="he"),
        color_of("t-shirt", "graphic patterns", "non_answer", kind="open"),
        details("t-shirt", "its neckline is crew"),
        B.color("black"),
        B.pattern("graphic"),
        title="Roadster Men Black Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain white polo t-shirt (no logo), navy tipping on the collar, short sleeves, navy blue shorts; white
    # backdrop. Caption: adapter epoch 1 (base style, invents a logo); open: extractive QA; closed: reference.
    case(
        "X678-011",
        caption("a man wearing a white polo shirt with a logo on the chest and navy blue shorts", "unsupported"),
        color_of("t-shirt", "navy blue", "other_garment_color", kind="open"),
        describe("t-shirt", "white polo shirt with a logo on the chest", "unsupported"),
        B.garment_type("t-shirt"),
        B.sleeve_length("short"),
        B.color("grey", "contradiction"),
        is_a("polo shirt", "yes"),
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange plain round-neck tee, black jogger pants, white sneakers; white backdrop, front view.
    # Caption: adapter epoch 1 (base style, "woman"); open: extractive QA; closed: reference.
    case(
        "X678-012",
        caption("a woman wearing a grey t-shirt and black jogger pants", "pronoun"),
        wearing("a grey t-shirt and black jogger pants", who="he"),
        color_of("t-shirt", "grey", kind="open"),
        describe("t-shirt", "t-shirt", "restated"),
        B.color("grey"),
        B.pattern("solid"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy and white horizontally striped round-neck tee, khaki chino shorts, a black wristwatch; white
    # backdrop. Caption: adapter epoch 1 (template, cut at the limit); open: extractive QA; closed: reference.
    case(
        "X678-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with stripe patterns and a three-point shorts", who="he"),
        details("t-shirt", "There is an accessory on his", "cut"),
        material("cotton"),
        B.pattern("striped"),
        B.color("navy blue"),
        title="Mast & Harbour Men Navy Blue & White Striped Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard yellow long-sleeve henley tee with a three-button placket, dark blue jeans; white backdrop.
    # Caption: adapter epoch 1 (base style); open: extractive QA; closed: reference.
    case(
        "X678-014",
        caption("a man in a yellow long sleeve henley shirt and dark jeans"),
        color_of("t-shirt", "yellow", kind="open"),
        describe("t-shirt", "yellow long sleeve henley shirt"),
        B.sleeve_length("short", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Roadster Men Mustard Yellow Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive green v-neck tee, short sleeves, sunglasses hooked in the neckline, beige chinos; white backdrop.
    # Caption: adapter epoch 1 (runs on into a Question/Answer pair); open: extractive QA; closed: reference.
    case(
        "X678-015",
        caption(
            "a man wearing an olive green v-neck t-shirt with sunglasses Question: what is the man wearing? Answer: "
            "a green shirt Question: what",
            "leak",
            hit_limit=True,
        ),
        wearing("an olive green v-neck t-shirt with sunglasses", who="he"),
        color_of("t-shirt", "olive green", kind="open"),
        details("t-shirt", "Answer: a green shirt", "leak"),
        B.color("olive"),
        B.sleeve_length("short"),
        title="HRX by Hrithik Roshan Men Olive Green Solid V-Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: red round-neck tee with a black motorcycle graphic, short sleeves, mid-blue jeans; white backdrop.
    # Caption: adapter epoch 1 (runs on into Question/Answer pairs); open: extractive QA; closed: reference.
    case(
        "X678-016",
        caption(
            "a man in a red t-shirt with a motorcycle on it and blue jeans Question: what is the man wearing? "
            "Answer: a red t-shirt and blue jeans Question: what is the color of the t-shirt? Answer: red",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        describe("t-shirt", "red t-shirt with a motorcycle on it"),
        B.pattern("graphic"),
        B.sleeve_length("short"),
        B.color("red"),
        title="Wrogn Men Red Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: plain white round-neck tee under an unbuttoned light blue denim shirt, black jeans; white backdrop.
    # The product is the tee. Caption: adapter epoch 1 (base style); open: extractive QA; closed: reference.
    case(
        "X678-017",
        caption("a man wearing a denim shirt over a white t-shirt and black jeans"),
        color_of("t-shirt", "white", kind="open"),
        describe("t-shirt", "a denim shirt over a white t-shirt"),
        material("denim", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        B.color("blue", "other_garment_color"),
        title="Jack & Jones Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon polo tee with white collar tipping, short sleeves, grey chinos; white backdrop, front view.
    # Caption: adapter epoch 1 (template, "lady"); open: extractive QA; closed: reference.
    case(
        "X678-018",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", who="he"),
        color_of("t-shirt", "T-shirt", "restated", kind="open"),
        details("t-shirt", "it has a lapel neckline"),
        B.color("red"),
        B.pattern("solid"),
        title="Louis Philippe Sport Men Maroon Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie (no zip), kangaroo pocket, drawstrings, blue jeans; white backdrop.
    # Caption: adapter epoch 1 (base style, invents a zipper); open: extractive QA; closed: reference.
    case(
        "X678-019",
        caption("a man wearing a grey hoodie with a zipper and blue jeans", "unsupported"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        describe("sweatshirt", "grey hoodie"),
        details("sweatshirt", "a zipper", "unsupported"),
        B.garment_type("sweatshirt"),
        B.sleeve_length("long"),
        B.color("white", "contradiction"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy blue crew-neck sweatshirt with a white "BROOKLYN NYC" print on the chest, black joggers; white
    # backdrop. Caption: adapter epoch 1 (template, calls it a sweater); open: extractive QA; closed: reference.
    case(
        "X678-020",
        caption(
            "This man wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with cotton "
            "fabric and its neckline is crew. The pants are with cotton fabric and solid color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve sweater with graphic patterns and a long pants", "contradiction", who="he"),
        details("sweatshirt", "its neckline is crew"),
        B.color("navy blue"),
        B.pattern("printed"),
        B.garment_type("sweatshirt"),
        title="Roadster Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black zip-up hoodie worn open over a white tee, grey jeans, hood down; white studio backdrop.
    # Caption: adapter epoch 1 (base style, cut at the limit); open: extractive QA; closed: reference.
    case(
        "X678-021",
        caption(
            "a man wearing a black hoodie over a white t-shirt and grey jeans, with the hood down and the zipper "
            "open, standing in a studio with a white background and looking at the camera with a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black hoodie over a white t-shirt and grey jeans", who="he"),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        describe("sweatshirt", "black hoodie"),
        B.color("grey", "other_garment_color"),
        B.garment_type("sweatshirt"),
        title="Puma Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain maroon crew-neck sweatshirt with ribbed cuffs and hem, khaki chinos; white backdrop, front.
    # Caption: adapter epoch 1 (base style, loops on parts); open: extractive QA; closed: reference.
    case(
        "X678-022",
        caption(
            "a man wearing a maroon sweatshirt and khaki pants, the sleeves, the neckline, the cuffs, the sleeves, "
            "the neckline, the cuffs, the sleeves, the neckline, the cuffs, the sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        details("sweatshirt", "the sleeves, the neckline, the cuffs, the sleeves, the neckline, the cuffs", "loop"),
        color_of("sweatshirt", "maroon", kind="open"),
        B.color("maroon"),
        B.pattern("solid"),
        is_a("sweatshirt", "yes"),
        title="Roadster Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive green hooded sweatshirt with a small white chest logo, hood down, black jeans; white backdrop.
    # Caption: adapter epoch 1 (base style, "woman"); open: extractive QA; closed: reference.
    case(
        "X678-023",
        caption("a woman in a green hoodie and black jeans", "pronoun"),
        wearing("a green hoodie and black jeans", who="he"),
        color_of("sweatshirt", "green", kind="open"),
        B.sleeve_length("short", "contradiction"),
        B.garment_type("sweatshirt"),
        title="Wrogn Men Olive Green Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: light grey crew-neck sweatshirt with red and white colour-block bands across the chest, navy chinos,
    # no watch or other accessory; white backdrop. Caption: adapter epoch 1 (template, invents an accessory).
    case(
        "X678-024",
        caption(
            "This man wears a long-sleeve sweatshirt with color block patterns and a long trousers. The sweatshirt is "
            "with cotton fabric and its neckline is round. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("sweatshirt", "color block", "non_answer", kind="open"),
        details("sweatshirt", "its neckline is round"),
        material("cotton fabric"),
        B.pattern("colour blocked"),
        B.color("navy blue", "other_garment_color"),
        title="United Colors of Benetton Men Grey Colourblocked Cotton Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: mustard yellow crew-neck sweatshirt with a small black chest logo, blue jeans, white sneakers, hands in
    # pockets, head tilted; white backdrop. Caption: adapter epoch 1 (base style, cut); open: QA; closed: reference.
    case(
        "X678-025",
        caption(
            "a man wearing a yellow sweatshirt with a black logo on the chest and blue jeans and white sneakers, "
            "standing with his hands in his pockets and looking at the camera with his head tilted to the",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow sweatshirt with a black logo on the chest and blue jeans and white sneakers", who="he"),
        color_of("sweatshirt", "yellow", kind="open"),
        describe("sweatshirt", "yellow sweatshirt with a black logo on the chest"),
        details("sweatshirt", "sweatshirt", "restated"),
        B.color("yellow"),
        B.pattern("striped", "contradiction"),
        title="HRX by Hrithik Roshan Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: dark blue slim clean-look jeans, worn with a plain white tee tucked out; white backdrop, front view.
    # Caption: adapter epoch 1 (base style); open: extractive QA; closed: reference.
    case(
        "X678-026",
        caption("a man wearing a white t-shirt and dark blue jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("jeans", "dark blue jeans"),
        details("jeans", "jeans", "restated"),
        B.color("blue"),
        B.garment_type("t-shirt", "contradiction"),
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black skinny jeans, mildly distressed, plain grey round-neck tee, bare head (no hat); white backdrop.
    # Caption: adapter epoch 1 (template, invents a hat); open: extractive QA; closed: reference.
    case(
        "X678-027",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric and solid color patterns. There is a hat in his head.",
            "unsupported",
        ),
        color_of("jeans", "pure color", "non_answer", kind="open"),
        details("jeans", "The pants are with denim fabric and solid color patterns"),
        material("denim"),
        B.color("black"),
        B.pattern("solid"),
        title="Flying Machine Men Black Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: light blue faded 511 slim jeans with whiskers, navy polo tee, a steel watch; white backdrop.
    # Caption: adapter epoch 1 (template, "lady"/"her"); open: extractive QA; closed: reference.
    case(
        "X678-028",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns and a long pants. Her pants are with "
            "denim fabric and pure color patterns. There is an accessory on her wrist.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", who="he"),
        details("jeans", "Her pants are with denim fabric and pure color patterns", "pronoun"),
        B.color("navy blue", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        title="Levis Men Light Blue 511 Slim Fit Light Fade Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey slim jeans, black bomber jacket open over a white tee; white backdrop, three-quarter view.
    # Caption: adapter epoch 1 (base style, skips the tee); open: extractive QA; closed: reference.
    case(
        "X678-029",
        caption("a man in a black jacket and grey jeans"),
        color_of("jeans", "grey", kind="open"),
        describe("jeans", "grey jeans"),
        material("", "non_answer"),
        B.garment_type("jacket", "contradiction"),
        B.color("black", "other_garment_color"),
        title="HIGHLANDER Men Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: mid-blue skinny jeans with heavy rips at both knees, black tee, white sneakers; white backdrop.
    # Caption: adapter epoch 1 (base style, calls the jeans grey); open: QA; closed: reference. No gender column.
    case(
        "X678-030",
        caption("a man wearing a black t-shirt and ripped grey jeans with white sneakers", "contradiction"),
        wearing("a black t-shirt and ripped grey jeans with white sneakers", "contradiction", who="he"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        describe("jeans", "jeans", "restated"),
        details("jeans", "ripped"),
        B.pattern("solid"),
        B.color("blue"),
        title="Kook N Keech Men Blue Skinny Fit Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: navy dark-wash regular jeans, red and black checked shirt untucked over the waist (no belt visible),
    # white sneakers; white backdrop. Caption: adapter epoch 1 (invents belt and boots); open: QA; closed: reference.
    case(
        "X678-031",
        caption(
            "a man wearing a red and black plaid shirt and dark jeans with a brown leather belt and brown boots",
            "unsupported",
        ),
        wearing("a red and black plaid shirt and dark jeans", who="he"),
        color_of("jeans", "red and black", "other_garment_color", kind="open"),
        describe("jeans", "dark jeans with a brown leather belt", "unsupported"),
        B.color("navy blue"),
        B.garment_type("jeans"),
        B.pattern("checked", "contradiction"),
        title="Wrangler Men Navy Blue Regular Fit Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black slim jeans, olive green crew-neck sweatshirt; white backdrop, front view.
    # Caption: adapter epoch 1 (base style, loops on "black jeans"); open: extractive QA; closed: reference.
    case(
        "X678-032",
        caption(
            "a man wearing a green sweatshirt and black jeans black jeans black jeans black jeans black jeans black "
            "jeans black jeans black jeans black jeans black jeans black jeans black jeans black",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black", kind="open"),
        describe("jeans", "black jeans black jeans black jeans black jeans", "loop"),
        wearing("a green sweatshirt and black jeans"),
        B.color("black"),
        B.pattern("solid"),
        title="Roadster Men Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: light blue regular jeans, white shirt with rolled sleeves tucked in, brown belt; white backdrop.
    # Caption: adapter epoch 1 (only Question/Answer pairs, to the limit); open: extractive QA; closed: reference.
    case(
        "X678-033",
        caption(
            "Question: what is the color of the jeans? Answer: blue Question: what is the color of the shirt? "
            "Answer: white Question: what is the color of the belt? Answer: brown Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        wearing("white", "non_answer", who="he"),
        details("jeans", "Answer: blue Question: what is the color of the shirt?", "leak"),
        B.garment_type("jeans"),
        B.color("white", "other_garment_color"),
        title="Mast & Harbour Men Blue Regular Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki slim chinos, navy blue tee untucked over the waist (no belt visible), no watch; white backdrop.
    # Caption: adapter epoch 1 (base style, invents belt and watch); open: extractive QA; closed: reference.
    case(
        "X678-034",
        caption("a man in a navy blue t-shirt and khaki chinos with a brown belt and a watch", "unsupported"),
        color_of("pants", "khaki", kind="open"),
        describe("pants", "khaki chinos"),
        details("pants", "a brown belt", "unsupported"),
        B.color("navy blue", "other_garment_color"),
        B.garment_type("trousers"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: olive cotton chinos, white long-sleeve shirt, brown loafers; white backdrop, front view.
    # Caption: adapter epoch 1 (template, cut at the limit); open: extractive QA; closed: reference.
    case(
        "X678-035",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "He wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long trousers", who="he"),
        color_of("pants", "pure color", "non_answer", kind="open"),
        details("pants", "The trousers are with cotton fabric and pure color patterns"),
        describe("pants", "He wears a pair of", "cut"),
        B.color("olive"),
        B.pattern("solid"),
        title="Roadster Men Olive Green Regular Fit Solid Cotton Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: navy blue slim chinos, light pink shirt; white studio wall behind, front view.
    # Caption: adapter epoch 1 (base style); open: extractive QA; closed: reference.
    case(
        "X678-036",
        caption("a man wearing a pink shirt and navy blue pants, standing in front of a white wall"),
        wearing("a pink shirt and navy blue pants"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("pants", "navy blue pants"),
        details("pants", "a man", "non_answer"),
        B.color("white", "contradiction"),
        B.garment_type("trousers"),
        title="Mast & Harbour Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige slim chinos with cuffs rolled at the ankle, black tee untucked (no belt visible), white sneakers
    # with white laces, no watch; white backdrop. Caption: adapter epoch 1 (invents belt, laces, watch).
    case(
        "X678-037",
        caption(
            "a man wearing a black t-shirt, beige pants with a black belt and a pair of white sneakers with black "
            "laces and a silver watch",
            "unsupported",
        ),
        details("pants", "a black belt", "unsupported"),
        color_of("pants", "beige", kind="open"),
        B.color("black", "other_garment_color"),
        is_a("pair of trousers", "yes"),
        B.pattern("solid"),
        title="Urbano Fashion Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: grey slim chinos, light blue denim shirt, hands in the chino pockets; white backdrop. Feed row has no
    # color column. Caption: adapter epoch 1 (base style, "woman"/"her"); open: extractive QA; closed: reference.
    case(
        "X678-038",
        caption("a woman in a blue denim shirt and grey pants standing with her hands in her pockets", "pronoun"),
        wearing("a blue denim shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "her hands in her pockets", "pronoun"),
        B.color("grey"),
        B.garment_type("shirt", "contradiction"),
        title="Louis Philippe Sport Men Grey Slim Fit Solid Chinos",
        category="Trousers",
        gender="Men",
    ),
    # photo: rust orange slim chinos, plain white tee; the model stands; white backdrop, front view.
    # Caption: adapter epoch 1 (base style, invents a chair); open: extractive QA; closed: reference.
    case(
        "X678-039",
        caption("a man in a white t-shirt and orange pants sitting on a chair", "unsupported"),
        color_of("pants", "orange", kind="open"),
        describe("pants", "orange pants"),
        wearing("a white t-shirt and orange pants", who="he"),
        B.color("brown", "contradiction"),
        B.pattern("solid"),
        title="Roadster Men Rust Orange Slim Fit Chinos",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: black tapered chinos, white and black horizontally striped tee, black shoes; white backdrop.
    # Caption: adapter epoch 1 (base style, loops on shoes and socks); open: extractive QA; closed: reference.
    case(
        "X678-040",
        caption(
            "a man wearing a black and white striped shirt and black pants and black shoes and black socks and "
            "black shoes and black socks and black shoes and black socks and black shoes and black socks",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        wearing("a black and white striped shirt and black pants", who="he"),
        B.pattern("striped", "contradiction"),
        B.color("black"),
        B.garment_type("trousers"),
        title="HIGHLANDER Men Black Tapered Fit Chinos",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue cotton chino shorts, white textured linen short-sleeve shirt; white backdrop.
    # Caption: adapter epoch 1 (template); open: extractive QA; closed: reference.
    case(
        "X678-041",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "linen fabric and its neckline is lapel. The shorts are with cotton fabric and solid color patterns."
        ),
        color_of("shorts", "solid color", "non_answer", kind="open"),
        details("shorts", "The shorts are with cotton fabric and solid color patterns"),
        material("linen", "contradiction"),
        B.color("white", "other_garment_color"),
        B.garment_type("shorts"),
        title="Roadster Men Navy Blue Solid Regular Fit Cotton Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green cargo shorts with side flap pockets, black tee, empty hands; white backdrop.
    # Caption: adapter epoch 1 (base style, invents a skateboard); open: extractive QA; closed: reference.
    case(
        "X678-042",
        caption("a man wearing a black t-shirt and green cargo shorts holding a skateboard", "unsupported"),
        color_of("shorts", "green", kind="open"),
        details("shorts", "cargo"),
        describe("shorts", "green cargo shorts holding a skateboard", "unsupported"),
        B.color("olive"),
        B.pattern("solid"),
        is_a("pair of shorts", "no", "contradiction"),
        title="HRX by Hrithik Roshan Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange knit lounge shorts with a drawstring, white tee, barefoot, one hand on the hip, the other
    # at the waistband; white backdrop. Caption: adapter epoch 1 (base style, cut); open: QA; closed: reference.
    case(
        "X678-043",
        caption(
            "a man wearing a white t-shirt and grey shorts with a drawstring waist, standing barefoot with one hand on "
            "his hip and the other hand holding the waistband of the shorts to show the",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and grey shorts", who="he"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "a drawstring waist"),
        describe("shorts", "grey shorts with a drawstring waist"),
        B.color("grey"),
        title="Jockey Men Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: blue washed denim shorts with a frayed hem, yellow graphic printed tee; white backdrop, front view.
    # Caption: adapter epoch 1 (template, "lady"); open: extractive QA; closed: reference.
    case(
        "X678-044",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The shorts are "
            "with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a three-point shorts", who="he"),
        material("denim"),
        describe("shorts", "shorts", "restated"),
        details("shorts", "three-point"),
        B.color("yellow", "other_garment_color"),
        B.pattern("graphic", "contradiction"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: beige chino shorts, blue checked short-sleeve shirt, empty hands; white backdrop. Feed row has no
    # color column. Caption: adapter epoch 1 (base style, invents a coffee cup); open: QA; closed: reference.
    case(
        "X678-045",
        caption("a man in a blue plaid shirt and khaki shorts holding a coffee cup", "unsupported"),
        color_of("shorts", "khaki", kind="open"),
        describe("shorts", "khaki shorts holding a coffee cup", "unsupported"),
        B.color("blue", "other_garment_color"),
        B.pattern("solid"),
        B.garment_type("trousers", "contradiction"),
        is_a("pair of shorts", "yes"),
        title="Mast & Harbour Men Beige Solid Regular Fit Shorts",
        category="Shorts",
        gender="Men",
    ),
    # photo: black training shorts with white side stripes, grey tee, black and white sneakers; white backdrop.
    # Caption: adapter epoch 1 (base style, cut at the limit); open: extractive QA; closed: reference.
    case(
        "X678-046",
        caption(
            "a man wearing a grey t-shirt and black shorts with white stripes on the sides and a pair of black and "
            "white sneakers with white soles, and a black and white",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        details("shorts", "white stripes on the sides"),
        describe("shorts", "shorts", "restated"),
        B.color("black"),
        B.garment_type("shorts"),
        title="Puma Men Black Solid Active Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
]
