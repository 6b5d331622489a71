"""BLIND_603 (46 products; old Myntra feed; epoch-1 caption + VQA adapters): written blind in the fifty-second session.
Measured blind at 7104e1f (the session's tenth rules): 116/124 failures found (93.5%) and 9/170 correct texts flagged
(5.3%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind: short seller titles ("Basics Men Brown Slim Fit Shirt"),
men's and women's apparel (Tshirts, Shirts, Tops, Jeans, Trousers, Shorts, Skirts, Dresses, Sweaters, Sweatshirts,
Jackets, Track Pants, Kurtas), studio shots on a white backdrop, nearly all worn by a model who also wears other
garments (jeans under a tee, a tee under an open jacket, a churidar under a kurta). A few rows lack a column (no
base colour, no article type, no gender), as real feeds do. Questions are the experiments' own: "What is he/she
wearing?", "What is the shirt color?", "What is the color of the shirt / jeans / pants ...?", "Describe the
garment.", "What are the shirt / jeans / pants ... details?", plus a few closed questions (pattern, sleeve length,
material, "Is this a ...?").

Who wrote what: the caption adapter at epoch 1 (Data2_V2 ..._Caption_First_Epoch) wrote every caption and, on about a
third of the products, "Describe the garment." or "... details?" (each product's comment says). It speaks the
DeepFashion-MultiModal template ("The gentleman wears a long-sleeve shirt with pure color patterns ... The shirt is with
cotton fabric. It has a lapel neckline."), names no hues, invents rings, hats and wrist accessories, and, trained
without an end token, often runs to its 50-token limit (cut mid-sentence) or repeats a template sentence. A few of its
captions still sound like the base model ("a man in a grey sweatshirt and black pants ..."). The VQA adapter (Data3_V3)
wrote "What is he/she wearing?", "What is the shirt color?" and the remaining descriptions/details: short lowercase
answers that are often right, but it gives the product the color of the jeans or top worn with it, loops ("black black
black ..."), and leaks the "Question: ... Answer:" frame. Closed answers (color_of closed, pattern, sleeve length, "Is
this a ...?") come from enrich's --engine reference with the VQA adapter: always one clean candidate, never looped or
cut.

Labeling conventions and judgement calls:
- One label per text. When a text has two faults, the label is the first that applies in this order: leak, loop,
  other_garment_color, contradiction, unsupported, pronoun, cut, restated, non_answer.
- hit_limit=True only on texts that ran to the token limit (cuts, loops, run-on leaks); every text that hit the
  limit is a failure. Captions and answers that stopped on their own are marked without it.
- other_garment_color: the product (the seller's article) is given the color of another garment visible in the
  photo (the jeans' blue for the tee, the top's white for the skirt), in an open or a closed answer. A wrong color
  that no garment in the photo has (or the color of the product's own print) is a contradiction.
- A closed color given to a non-product garment that is really the product's color (the shorts called white when
  the tee is white) is a contradiction (one color for two garments), not other_garment_color.
- "What is the shirt color?" asked of a jeans, jacket, sweater or track-pants product is answered correctly with the
  color of the shirt/tee actually worn; with no shirt in the photo, giving the jeans' color is other_garment_color.
- The template's nearest class counts as correct: a kurta called "dress" or "shirt", a cardigan called "sweater",
  a sweatshirt called "sweater". Calling a tee-and-leggings outfit a "dress" or a sweatshirt a "jacket" is a
  contradiction.
- Shades count as the same color: maroon/red/crimson, navy/dark blue, cream/off-white/white, khaki/beige/tan,
  lavender/purple, olive/army green/green, turquoise/teal, mustard/yellow, charcoal/grey. Lavender called pink and
  mustard called orange are contradictions.
- When the seller's colour disagrees with the photo (X603-019: "Brown" shirt that is maroon), answers are judged
  against the photo; the seller's value is also accepted there.
- Template fabrics that fit the garment (cotton tee, denim jeans, knitting sweater, chiffon top) count as correct;
  a fabric the garment cannot have (leather track pants, silk printed tee, denim for a knit sweater) is unsupported.
  Rings, hats, ties, necklaces, wrist accessories, hoods, pockets, zips and embroidery not in the photo are
  unsupported; the one wrist accessory that is in a photo (X603-034, a watch) is correct.
- A one-word or yes/no answer to an open question is non_answer even when the word is true ("black" for the jeans'
  details); "they are shorts" / "the shorts are short" are non_answer; answers built from the question's own words
  ("the shirt details are the details of the shirt", "the garment is a garment") are restated.
- pronoun: he/his for a Women row or she/lady for a Men row, in a caption or an answer; the question's own pronoun
  is never the failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_603 = [
    # photo: man in a red crew-neck short-sleeve tee with a white Puma cat logo on the chest, dark blue jeans, white
    # backdrop, front view, hands in pockets. Caption adapter: caption, description, details; VQA: the rest.
    case(
        "X603-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a crew neckline."
        ),
        wearing("a red t-shirt and jeans", who="he"),
        shirt_color("red"),
        color_of("jeans", "red", "contradiction"),
        describe(
            "garment",
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It has a crew neckline. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a logo on the front and a pocket on the chest", "unsupported"),
        title="Puma Men Graphic Red Tshirts",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a sleeveless sea-green top with a small white floral print, white cropped trousers, white
    # backdrop, three-quarter view, one hand on hip, no jewellery. Caption adapter: caption; VQA: the rest.
    case(
        "X603-002",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a three-point pants. The tank top is with "
            "chiffon fabric. It has a round neckline. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a green top and white pants", who="she"),
        shirt_color("white", "other_garment_color"),
        color_of("shirt", "green"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        describe("garment", "a sleeveless green top with a white flower print and a round neck"),
        title="Vero Moda Women Printed Green Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in a navy long-sleeve shirt with thin white vertical stripes, button-down collar, tucked into beige
    # chinos with a brown belt, white backdrop, front view. Caption adapter: caption, details; VQA: the rest.
    case(
        "X603-003",
        caption(
            "The man is wearing a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with cotton "
            "fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. The man "
            "wears a belt. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped shirt and khaki pants", who="he"),
        shirt_color("blue"),
        color_of("pants", "beige"),
        details(
            "shirt",
            "the shirt has stripes and a collar and buttons on the front and a pocket on the chest and a pocket on "
            "the chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in mid-blue skinny jeans faded at the thighs, a white sleeveless top tucked in, black heels, white
    # backdrop, full-length front view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-004",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns and a long denim pants. The tank top "
            "is with cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        wearing("jeans and a white top", who="she"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "they are jeans", "non_answer"),
        describe("garment", "a pair of light blue skinny jeans with a faded wash"),
        is_a("jeans", "yes", article="a pair of"),
        title="Jealous 21 Women Blue Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a plain grey melange crew-neck sweatshirt with ribbed cuffs, black track pants, white backdrop,
    # front view, arms at his sides. Caption adapter: caption, description; VQA: the rest.
    case(
        "X603-005",
        caption("a man in a grey sweatshirt and black pants standing in front of a white background"),
        wearing("a gray sweatshirt", who="he"),
        shirt_color("black", "other_garment_color"),
        color_of("pants", "black"),
        describe(
            "garment",
            "The sweatshirt is with cotton fabric and pure color patterns. It has a round neckline. The pants are "
            "with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color patterns. "
            "The pants",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "a hood and a zipper on the front", "unsupported"),
        Q.material("cotton"),
        title="Proline Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a maroon knee-length kurta with gold block-print motifs, three-quarter sleeves, white churidar,
    # no dupatta, white backdrop, front view. Caption adapter: caption; VQA: wearing, closed, description, details.
    case(
        "X603-006",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("he is wearing a red dress", "pronoun", who="she"),
        color_of("kurta", "maroon"),
        is_a("kurta", "no", "contradiction"),
        describe("garment", "a maroon kurta with gold print and three quarter sleeves"),
        details(
            "kurta",
            "the kurta has a print on the front Question: What is the color of the kurta? Answer: maroon Question: "
            "What",
            "leak",
            hit_limit=True,
        ),
        title="Biba Women Printed Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in dark indigo slim jeans with rolled hems, a black V-neck tee, white sneakers, white backdrop, front
    # view; no rips. Caption adapter: caption; VQA: the rest.
    case(
        "X603-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt "
            "is with cotton fabric. It has a V-shape neckline. The pants are with denim fabric and pure color "
            "patterns. He",
            "cut",
            hit_limit=True,
        ),
        wearing("a black shirt and blue jeans", who="he"),
        color_of("jeans", "navy blue"),
        details("jeans", "the jeans have ripped knees and a distressed wash", "unsupported"),
        shirt_color("black"),
        describe("garment", "a pair of black jeans with a slim fit", "other_garment_color"),
        title="Spykar Men Dark Blue Slim Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black sleeveless knee-length shift dress with thin white piping at the neckline, black heels,
    # bare wrists, white backdrop, full-length front view. Caption adapter: caption, details; VQA: the rest.
    case(
        "X603-008",
        caption(
            "The female wears a tank dress with pure color patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of knee length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a black dress", who="she"),
        color_of("dress", "black"),
        Q.sleeve_length("sleeveless"),
        describe("garment", "a black dress with white trim around the neck"),
        details(
            "dress",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        title="Mango Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in navy track pants with three white stripes down each side and elastic cuffs, a plain white tee,
    # white backdrop, full-length front view. Caption adapter: caption, description; VQA: the rest.
    case(
        "X603-009",
        caption("a man in a white shirt and blue pants with white stripes"),
        wearing("white t-shirt and navy track pants", who="he"),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "the pants have white stripes on the side and an elastic waist"),
        describe(
            "garment",
            "The pants are long pants with stripes on the sides. The pants are long pants with stripes on the sides. "
            "The pants are long pants with",
            "loop",
            hit_limit=True,
        ),
        shirt_color("white"),
        Q.material("leather", "unsupported"),
        title="Adidas Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a blue-and-white gingham long-sleeve shirt, sleeves rolled to the elbow, dark jeans, white
    # backdrop, front view. Caption adapter: caption, description, details; VQA: the rest.
    case(
        "X603-010",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a blue plaid dress", "contradiction", who="she"),
        shirt_color("blue and white"),
        color_of("shirt", "blue"),
        Q.pattern("checked"),
        details("shirt", "The shirt details are the shirt details of the shirt", "restated"),
        describe(
            "garment",
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Check Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black quilted puffer jacket with stand collar and zip, worn open over a grey tee, blue jeans,
    # white backdrop, front view; no hood. Caption adapter: caption; VQA: the rest.
    case(
        "X603-011",
        caption(
            "This gentleman wears an outer clothing with pure color patterns and a short-sleeve T-shirt. The T-shirt "
            "is with cotton fabric. The pants are with denim fabric."
        ),
        wearing("a black jacket and jeans", who="he"),
        color_of("jacket", "grey", "other_garment_color"),
        describe("garment", "a puffy black jacket with a zipper"),
        shirt_color("gray"),
        details("jacket", "the jacket has a hood", "unsupported"),
        is_a("jacket", "yes"),
        title="Fort Collins Men Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a light pink pleated knee-length skirt, a white sleeveless top tucked in, nude sandals, white
    # backdrop, full view. Row has no gender column. Caption adapter: caption; VQA: the rest.
    case(
        "X603-012",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a medium skirt. The tank top is "
            "with cotton fabric. The skirt is with chiffon fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink skirt and a white top"),
        color_of("skirt", "pink"),
        describe("garment", "a white skirt", "other_garment_color"),
        details("skirt", "yes", "non_answer"),
        Q.pattern("solid"),
        title="Vero Moda Women Pink Skirt",
        category="Skirts",
        color="Pink",
    ),
    # photo: man in a white cotton long-sleeve kurta with mandarin collar and a short button placket, white pyjama,
    # white backdrop, front view. Caption adapter: caption, details; VQA: the rest.
    case(
        "X603-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a stand neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white shirt and white pants", who="he"),
        shirt_color("white"),
        is_a("kurta", "yes"),
        describe("garment", "she is wearing a white kurta", "pronoun"),
        Q.material("cotton"),
        details(
            "kurta",
            "the kurta has a mandarin collar, a short button placket at the neck, long sleeves with plain cuffs and a "
            "straight hem that falls below the",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in a lavender fitted crew-neck short-sleeve tee with a small white Nike swoosh, black leggings,
    # white backdrop, three-quarter view. Caption adapter: caption, details; VQA: the rest.
    case(
        "X603-014",
        caption("a woman in a purple shirt and black leggings posing for a picture"),
        wearing("a purple dress", "contradiction", who="she"),
        shirt_color("purple"),
        color_of("shirt", "pink", "contradiction"),
        describe("garment", "a short sleeve t-shirt with a nike logo on the chest"),
        details(
            "shirt",
            "The shirt is with cotton fabric and graphic patterns. It has a crew neckline. The shirt is with cotton "
            "fabric and graphic patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        title="Nike Women Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in khaki chino shorts above the knee with slant side pockets, a navy polo tee, white canvas shoes,
    # white backdrop, front view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-015",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns and a three-point shorts. The polo "
            "shirt is with cotton fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a blue shirt and blue shorts", "contradiction", who="he"),
        color_of("shorts", "navy blue", "other_garment_color"),
        details("shorts", "they are shorts", "non_answer"),
        describe("garment", "beige chino shorts with side pockets"),
        is_a("shorts", "yes", article="a pair of"),
        title="Lee Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a mustard-yellow cable-knit crew-neck sweater with long sleeves, dark blue skinny jeans, white
    # backdrop, front view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-016",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow sweater and jeans", who="she"),
        shirt_color("yellow"),
        color_of("sweater", "orange", "contradiction"),
        describe("garment", "a mustard knit sweater with a cable pattern"),
        Q.material("denim", "unsupported"),
        Q.sleeve_length("long"),
        title="Only Women Mustard Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a yellow short-sleeve crew tee with a big orange Mr. Happy cartoon face on the chest, light blue
    # jeans, white backdrop, front view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a crew neckline."
        ),
        wearing("a yellow t-shirt with a cartoon on it", who="he"),
        shirt_color("orange", "contradiction"),
        color_of("jeans", "light blue"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: the shirt has a cartoon character on the front Question: "
            "What are the",
            "leak",
            hit_limit=True,
        ),
        describe("garment", "a yellow graphic tee with a smiling face print"),
        title="Mr. Men Men Printed Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a black top with a sheer lace yoke and cap sleeves, no buttons or pockets, red skinny trousers,
    # white backdrop, front view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-018",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long trousers. The top is with chiffon "
            "fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("black top and red pants", who="she"),
        shirt_color("red", "other_garment_color"),
        color_of("pants", "red"),
        describe("garment", "a black top with lace on the shoulders"),
        details("shirt", "the shirt has a lace collar and buttons down the front and two chest pockets", "unsupported"),
        Q.sleeve_length("short"),
        title="Jealous 21 Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a dark maroon long-sleeve solid shirt (the seller calls it Brown), spread collar, cuffs buttoned,
    # grey trousers, white backdrop, front view, nothing in his hands. Caption adapter: caption, description, details;
    # VQA: the rest.
    case(
        "X603-019",
        caption("a man in a red shirt and gray pants holding a cup of coffee", "unsupported"),
        wearing("a maroon shirt and grey trousers", who="he"),
        shirt_color("maroon"),
        color_of("shirt", "brown"),
        describe(
            "garment",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The pants are with "
            "cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "the shirt is red the shirt is red the shirt is red the shirt is red the shirt is red the shirt is red",
            "loop",
            hit_limit=True,
        ),
        title="Basics Men Brown Slim Fit Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in cream wide-leg trousers with a waist tie, a navy-and-white striped short-sleeve top tucked in,
    # tan sandals, white backdrop, full length. Caption adapter: caption, description; VQA: the rest.
    case(
        "X603-020",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns and a long trousers. The T-shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a striped shirt and white pants", who="she"),
        color_of("pants", "navy blue", "other_garment_color"),
        details("pants", "the pants are wide leg and have a tie belt at the waist"),
        describe("garment", "the garment is a garment", "restated"),
        Q.pattern("striped", "contradiction"),
        title="Vero Moda Women Cream Trousers",
        category="Trousers",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a mid-blue denim trucker jacket with two flap chest pockets, buttoned, over a white tee, black
    # jeans, white backdrop, front view. Caption adapter: caption, details; VQA: the rest.
    case(
        "X603-021",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns and a long pants. The jacket is "
            "with denim fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a jean jacket and black jeans", who="he"),
        color_of("jacket", "blue"),
        Q.material("denim"),
        details(
            "jacket",
            "The jacket has two pockets on the chest and buttons on the front. The jacket has two pockets on the "
            "chest and buttons on the",
            "loop",
            hit_limit=True,
        ),
        describe("garment", "she is wearing a denim jacket", "pronoun"),
        shirt_color("white"),
        title="Levis Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a turquoise sleeveless A-line kurta with a white ikat print along the hem, white leggings,
    # white backdrop, front view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-022",
        caption(
            "The lady is wearing a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue dress", who="she"),
        color_of("kurta", "turquoise"),
        Q.sleeve_length("long", "contradiction"),
        describe("garment", "a teal kurta with a white print near the bottom"),
        details("kurta", "it is a kurta", "non_answer"),
        title="Global Desi Women Blue Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: man in a navy fine-knit V-neck sweater over a white collared shirt (collar showing, no tie), grey
    # trousers, white backdrop, front view. Caption adapter: caption, details; VQA: the rest.
    case(
        "X603-023",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The man wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a blue shirt and a tie", "unsupported", who="he"),
        shirt_color("white"),
        color_of("sweater", "white", "other_garment_color"),
        describe("garment", "a dark blue v neck sweater over a white shirt"),
        details(
            "sweater",
            "the sweater has a v neck and ribbed cuffs and a ribbed hem and a ribbed hem and a ribbed hem and a "
            "ribbed hem and a ribbed hem",
            "loop",
            hit_limit=True,
        ),
        title="Scullers Men Navy V-neck Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in black skinny jeans, a grey melange sweatshirt, black ankle boots, white backdrop, three-quarter
    # side view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-024",
        caption("a woman in a gray sweater and black jeans"),
        wearing("a grey sweatshirt and jeans", who="she"),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "black", "non_answer"),
        describe("garment", "a pair of black skinny jeans"),
        is_a("jeans", "yes", article="a pair of"),
        title="Levis Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white pique polo with navy tipping on the collar and sleeve bands, two-button placket, no
    # pocket, navy shorts, white backdrop, front view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-025",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns and a three-point shorts. The "
            "shirt is with cotton fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a white polo shirt and blue shorts", who="he"),
        shirt_color("blue", "other_garment_color"),
        color_of("shirt", "white"),
        describe("garment", "a white polo with blue stripes on the collar and sleeves"),
        details(
            "shirt",
            "the shirt has a collar and two buttons and a chest pocket with a logo and a zipper on the side",
            "unsupported",
        ),
        Q.pattern("solid"),
        title="Proline Men White Polo Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in an olive utility shirt with two flap chest pockets and epaulettes, sleeves rolled and tabbed,
    # white skinny jeans, bareheaded, white backdrop. Caption adapter: caption; VQA: the rest.
    case(
        "X603-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric. There is a hat on her head.",
            "unsupported",
        ),
        wearing("a green shirt and white pants", who="she"),
        shirt_color("green"),
        color_of("shirt", "white", "other_garment_color"),
        details("shirt", "the shirt has two pockets on the chest and tabs on the rolled up sleeves"),
        describe("garment", "he is wearing an army green shirt with pockets", "pronoun"),
        title="Arrow Woman Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in charcoal flat-front formal trousers, a light blue formal shirt tucked in, black belt and shoes,
    # white backdrop, full length. Row has no article type. Caption adapter: caption, description; VQA: the rest.
    case(
        "X603-027",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("blue shirt and grey pants", who="he"),
        color_of("pants", "brown", "contradiction"),
        details("pants", "the pants are grey and have belt loops and a crease down the front"),
        describe(
            "garment",
            "the garment is grey the garment is grey the garment is grey the garment is grey the garment is grey the "
            "garment",
            "loop",
            hit_limit=True,
        ),
        shirt_color("light blue"),
        title="Turtle Men Charcoal Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a white short-sleeve tee with a black "FM" text print and a red star, blue denim shorts, white
    # backdrop, front view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The shorts are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("white t-shirt and denim shorts", who="she"),
        shirt_color("white"),
        color_of("shorts", "white", "contradiction"),
        describe("garment", "Answer: a white t-shirt with black letters on the front and a red star", "leak"),
        Q.pattern("printed"),
        title="Flying Machine Women Printed White Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in black athletic shorts with a white swoosh on the left leg, a grey sleeveless training tank, white
    # backdrop, front view. Caption adapter: caption, details; VQA: the rest.
    case(
        "X603-029",
        caption("a man in a gray tank top and black shorts"),
        wearing("a gray shirt and gray shorts", "contradiction", who="he"),
        color_of("shorts", "black"),
        details(
            "shorts",
            "the shorts are black the shorts are black the shorts are black the shorts are black the shorts are "
            "black the shorts are",
            "loop",
            hit_limit=True,
        ),
        describe("garment", "gray athletic shorts with a nike logo", "other_garment_color"),
        shirt_color("grey"),
        Q.material("polyester"),
        title="Nike Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a pink zip-up hooded sweatshirt zipped halfway, white Puma cat logo on the chest, a white tee
    # under it, grey track pants, white backdrop. Caption adapter: caption, details; VQA: the rest.
    case(
        "X603-030",
        caption(
            "The female wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink hoodie", who="she"),
        color_of("sweatshirt", "pink"),
        describe("garment", "a pink zip up hoodie with a white puma logo"),
        details("shirt", "The shirt is a shirt", "restated"),
        Q.sleeve_length("long"),
        is_a("sweatshirt", "no", "contradiction"),
        title="Puma Women Pink Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a beige long-sleeve kurta with a small brown paisley print and mandarin collar, no pocket or
    # embroidery, white churidar, no rings, white backdrop, hands clasped. Caption adapter: caption, details; VQA:
    # the rest.
    case(
        "X603-031",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. It has a stand neckline. There is a ring on his finger.",
            "unsupported",
        ),
        wearing("a kurta", who="he"),
        color_of("kurta", "brown", "contradiction"),
        describe("garment", "a cream kurta with a small brown paisley print"),
        details(
            "kurta",
            "the kurta has a mandarin collar and buttons on the front and a pocket on the chest and embroidery on "
            "the sleeves",
            "unsupported",
        ),
        Q.pattern("printed"),
        title="Fabindia Men Beige Printed Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a red off-shoulder top with short ruffle sleeves, blue jeans, white backdrop, front view.
    # Caption adapter: caption; VQA: the rest.
    case(
        "X603-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel neckline.",
            "unsupported",
        ),
        wearing("a red top and jeans", who="she"),
        shirt_color("red"),
        color_of("shirt", "red"),
        describe("garment", "a red off the shoulder top with ruffles"),
        details(
            "shirt",
            "the shirt has ruffles on the sleeves Question: What is the color of the shirt? Answer: red Question: "
            "What is the color",
            "leak",
            hit_limit=True,
        ),
        title="Mango Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: man in light-blue stonewashed straight jeans with whiskering, a white shirt untucked with sleeves rolled,
    # brown boots, white backdrop. Caption adapter: caption; VQA: the rest.
    case(
        "X603-033",
        caption("a man wearing a white shirt and blue jeans"),
        wearing("she is wearing a white shirt and jeans", "pronoun", who="he"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "the jeans have a faded wash and whiskering at the hips and five pockets and a button fly and a button "
            "fly and a button fly and a",
            "loop",
            hit_limit=True,
        ),
        describe("garment", "white jeans with a straight leg", "other_garment_color"),
        shirt_color("white"),
        title="Wrangler Men Light Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in mid-blue denim shorts with frayed hems, a black-and-white striped tank top, a thin watch on her
    # left wrist, white backdrop, front view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-034",
        caption(
            "The lady wears a sleeveless tank top with stripe patterns and a short shorts. The tank top is with "
            "cotton fabric. The shorts are with denim fabric and pure color patterns. There is an accessory on her "
            "wrist."
        ),
        wearing("a striped tank top and denim shorts", who="she"),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "the shorts are short", "non_answer"),
        describe("garment", "blue denim shorts with frayed hem"),
        Q.material("denim"),
        title="Roadster Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a red crew-neck sweatshirt with a large white Reebok logo across the chest, dark blue jeans, white
    # backdrop. Caption adapter: caption; VQA: the rest.
    case(
        "X603-035",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long denim pants. The sweater is "
            "with cotton fabric. It has a crew neckline. The sweater is with cotton fabric. It has a crew neckline. "
            "The",
            "loop",
            hit_limit=True,
        ),
        wearing("a red jacket and jeans", "contradiction", who="he"),
        shirt_color("red and white"),
        color_of("sweatshirt", "red"),
        describe("garment", "a red pullover with a white reebok logo and ribbed cuffs"),
        details("shirt", "the logo on the chest"),
        Q.sleeve_length("short", "contradiction"),
        title="Reebok Men Red Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a black knee-length A-line skirt with small white polka dots, a white short-sleeve blouse tucked
    # in, black flats, white backdrop. Caption adapter: caption, details; VQA: the rest.
    case(
        "X603-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a medium skirt. The shirt is with "
            "chiffon fabric. It has a lapel neckline. The skirt is with cotton fabric and graphic patterns."
        ),
        wearing("she is wearing clothes", "non_answer", who="she"),
        color_of("skirt", "white", "other_garment_color"),
        describe("garment", "a black skirt with white polka dots"),
        details(
            "skirt",
            "The skirt is of medium length. The skirt is of medium length. The skirt is of medium length. The skirt "
            "is of medium length.",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("dotted"),
        title="Only Women Black Printed Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a cream long-sleeve shirt with thin brown pinstripes, tucked into navy trousers, white backdrop,
    # front view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-037",
        caption(
            "The man is wearing a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and blue pants", who="he"),
        shirt_color("navy blue", "other_garment_color"),
        color_of("shirt", "cream"),
        describe("garment", "an off white formal shirt with fine stripes"),
        Q.pattern("striped"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: What are the shirt details? Answer: What are the shirt",
            "leak",
            hit_limit=True,
        ),
        title="Peter England Men Stripes Cream Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in black track pants with three white side stripes, a fitted pink tank top, white sneakers, white
    # backdrop, full length. Caption adapter: caption; VQA: the rest.
    case(
        "X603-038",
        caption("a woman in a pink top and black pants with white stripes"),
        wearing("pink tank top and black track pants", who="she"),
        color_of("pants", "pink", "other_garment_color"),
        details("pants", "three white stripes down the side"),
        describe("garment", "pants", "non_answer"),
        Q.pattern("striped"),
        title="Adidas Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a blue-and-white horizontally striped short-sleeve crew-neck tee, no pocket, beige chinos, white
    # backdrop, front view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-039",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a crew neckline. The trousers are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a striped shirt and khakis", who="he"),
        shirt_color("blue and white stripes"),
        color_of("shirt", "beige", "other_garment_color"),
        describe("garment", "a blue t-shirt with white horizontal stripes"),
        details(
            "shirt",
            "the shirt has stripes and a pocket on the chest with a logo and buttons on the shoulder",
            "unsupported",
        ),
        title="Classic Polo Men Stripes Blue Tshirts",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in an olive hooded parka, zipped, drawstring waist, black skinny jeans, no shirt visible, white
    # backdrop, front view. Caption adapter: caption, description; VQA: the rest.
    case(
        "X603-040",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket and black jeans", who="she"),
        color_of("jacket", "olive"),
        details("jacket", "the jacket has a hood and a drawstring at the waist"),
        describe(
            "garment",
            "The garment is a green jacket. The garment is a green jacket. The garment is a green jacket. The "
            "garment is a",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        shirt_color("black", "other_garment_color"),
        title="Roadster Women Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a black tee with a large white-and-orange screen print of an auto rickshaw, grey jeans, white
    # backdrop. Caption adapter: caption; VQA: the rest.
    case(
        "X603-041",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a crew neckline. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a black t-shirt with a picture on it", who="he"),
        shirt_color("black"),
        color_of("jeans", "black", "contradiction"),
        describe("garment", "a black tee with a big print of an auto rickshaw"),
        details("shirt", "the shirt details are on the shirt", "restated"),
        Q.material("silk", "unsupported"),
        title="Tantra Men Printed Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a bottle-green straight kurta with three-quarter sleeves and a small gold foil print, beige
    # palazzo pants, white backdrop, front view. Caption adapter: caption; VQA: the rest.
    case(
        "X603-042",
        caption(
            "The female wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a green dress and pants", who="she"),
        color_of("kurta", "beige", "other_garment_color"),
        describe("garment", "a long green kurta with gold print"),
        details("kurta", "the kurta details are the kurta", "restated"),
        Q.sleeve_length("three-quarter"),
        title="W Women Printed Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: man in grey melange jogger track pants with drawstring and cuffed ankles, a black pullover hoodie, white
    # backdrop. Caption adapter: caption; VQA: the rest.
    case(
        "X603-043",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a black hoodie and gray sweatpants", who="he"),
        color_of("pants", "grey"),
        details("pants", "the pants have a drawstring and elastic cuffs at the ankles"),
        describe("garment", "black jogger pants", "other_garment_color"),
        shirt_color("Question: What is the shirt color? Answer: black Question: What is the", "leak", hit_limit=True),
        title="Proline Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a red open-front button cardigan (no pockets, belt or hood) over a black camisole, blue jeans,
    # no necklace, white backdrop. Caption adapter: caption, details; VQA: the rest.
    case(
        "X603-044",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long denim pants. The cardigan is "
            "with knitting fabric. It has a V-shape neckline."
        ),
        wearing("a red sweater with a black shirt under it and a necklace", "unsupported", who="she"),
        shirt_color("black"),
        color_of("sweater", "black", "other_garment_color"),
        describe("garment", "a red button up cardigan"),
        details(
            "sweater",
            "The sweater has buttons on the front and two pockets on the sides and a belt at the waist.",
            "unsupported",
        ),
        is_a("sweater", "yes"),
        title="United Colors of Benetton Women Red Sweater",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: man in a red-and-black buffalo-check flannel shirt, long sleeves, worn open over a black tee, dark jeans,
    # white backdrop. Caption adapter: caption, description; VQA: the rest.
    case(
        "X603-045",
        caption("a man in a red and black plaid shirt and jeans"),
        wearing("a flannel shirt and black t-shirt and jeans", who="he"),
        shirt_color("red and black"),
        color_of("shirt", "red"),
        Q.pattern("solid", "contradiction"),
        describe(
            "garment",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The pants are with denim "
            "fabric and pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "yes", "non_answer"),
        title="Wrangler Men Checks Red Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a grey melange V-neck tee with a small pink Puma logo, pink running shorts, white backdrop,
    # front view. Row has no base colour. Caption adapter: caption; VQA: the rest.
    case(
        "X603-046",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a short shorts. The T-shirt is with "
            "cotton fabric. It has a V-shape neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a gray shirt and pink shorts", who="she"),
        shirt_color("pink", "other_garment_color"),
        color_of("shirt", "grey"),
        describe("garment", "a grey v neck t-shirt with a small pink logo"),
        details("shirt", "his shirt has a v neck and a logo on the chest", "pronoun"),
        title="Puma Women Grey Melange Tshirt",
        category="Tshirts",
        gender="Women",
    ),
]
