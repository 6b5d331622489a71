"""BLIND_736 (46 products; Myntra kids' wear via the VQA adapter): written blind in the fifty-fifth session. Measured
blind at 28a922c (the session's first rules): 126/136 failures found (92.6%) and 16/183 correct texts flagged (8.7%).
The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (Boys and Girls: t-shirts, polos, tops, dresses, kurta sets, lehenga cholis,
t-shirt-and-shorts sets). The photos are the usual catalog shots: one child standing on a white backdrop, front or
three-quarter view, nearly always with other clothes on (shorts, jeans, leggings, pyjamas, a dupatta, a jacket) and
sometimes a prop (a teddy, a football, a basket, a diya, a straw hat, a backpack, a small Christmas tree).

Who wrote what: every free text (captions, "wearing", describe, details, print, material and the open color
questions) comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, greedy, 30 new tokens for
answers and 50 for captions, stopped on newline. It was trained on VQA pairs only, without an end token, so: short
answers usually stop, longer ones run on into loops or to the token limit; it echoes the `Question: ... Answer:`
format; it answers open prompts with "yes"/"no" because of the yes/no garment question in its data; it calls kurtas
"dress" (no kurta class in In-shop); it gives the product the color of the shorts, leggings, pyjama or jacket; and
its captions are weak (VQA-only training broke them): some leak the prompt format, some are cut, one is "yes".
Closed answers (garment_type, color, pattern, sleeve_length, the color-of questions stored closed, and "Is this
a ...?") come from enrich's --engine reference, ranking candidate values with the same adapter: one candidate each,
never looped or cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- One label per text, the one that best names what went wrong; a loop that runs to the limit is "loop" with
  hit_limit=True, and "cut" is only for a text that ends mid-phrase at the limit without repeating itself.
- A color of another garment or accessory in the photo (shorts, leggings, pyjama, dupatta, jacket, belt, cap,
  backpack) given to the product is other_garment_color. A wrong color that belongs to nothing else worn (a print's
  color, a trim's color, an invented color) is contradiction. Where a wrong color matches both the print and
  another garment, I used other_garment_color.
- The product's own color given to another garment ("navy" skirt under a navy polo) is a contradiction.
- For sets, the seller color names the top piece (kurta, t-shirt); only the bottom's color for the garment's color
  is other_garment_color. For "Multi" rows, any color the product itself shows is correct.
- A kurta (boy's or girl's, anarkali included) called a "dress" is a contradiction with the seller's category;
  "long shirt" or "indian outfit" for a kurta set, "skirt" for a lehenga and "blouse" for a choli are correct.
- Shades and synonyms count as correct: maroon/red for Burgundy or Maroon, purple for Lavender, pink for Magenta,
  green or blue for Teal and Sea Green, orange for Rust, white for Cream or Off White, yellow for Mustard, grey or
  gray for Grey Melange.
- A bare "cotton" for a matte knit tee or a cotton-looking kurta is counted correct (what the photo shows);
  blends, percentages, gsm, "organic", linings, zips, finishes, origins and care claims that neither the photo nor
  the title shows are unsupported. A material the photo or title contradicts (cotton for tulle, denim for a knit
  tee) is a contradiction. "polyester" for a title that says Rapid-Dry training tee is counted correct.
- A sleeve length or pattern taken from another garment (the checked overshirt, the tee under a pinafore) is a
  contradiction, not other_garment_color, which I kept for colors.
- "yes", "no", "nothing", "i don't know" or "it's a t-shirt" for an open question is non_answer ("nothing" for a
  plain tee's details too); echoing the question's words ("the shirt details", "what is the person wearing",
  "the lehenga is a lehenga") is restated.
- A pronoun is judged against the child in the photo; on the Unisex row the child is a boy, so "she" is wrong.
- A true answer about another garment ("a red checked shirt" when a henley is worn under it) is correct.
- A "Question: ... Answer:" fragment anywhere in a text is a leak, even when the answer inside it is right.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
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

printed = question("print", "What is printed on the t-shirt?", "open")

BLIND_736 = [
    # photo: boy in a red round-neck tee with a white lion graphic and the word ROAR, navy denim shorts, white
    # sneakers; white backdrop, front view. VQA adapter wrote caption and open answers; reference engine the closed.
    case(
        "X736-001",
        caption("a little boy wearing a red t-shirt with a lion on it and blue shorts"),
        wearing("a red tee and navy shorts"),
        color_of("t-shirt", "red"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        details(
            "t-shirt",
            "the t-shirt has a lion print on the front and the word roar in white letters and the t-shirt has a lion "
            "print on the front and the word",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Gini and Jony Boys Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a sleeveless pink fit-and-flare dress with small white and yellow flowers, round neck, no
    # collar; white sandals, holds a small brown teddy; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X736-002",
        caption("a little girl in a pink floral dress holding a teddy bear"),
        wearing("she is wearing a pink dress with flowers"),
        color_of("dress", "pink"),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "dress", "pink floral dress with a white collar and a bow at the waist and a zip at the back", "unsupported"
        ),
        details(
            "dress",
            "the dress is pink with small white and yellow flowers all over it and it has a round neck and a flared "
            "skirt and it is sleeveless and the skirt is",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Peppermint Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a mustard-yellow straight kurta with mandarin collar and button placket, white pyjama, brown
    # mojaris; white backdrop, front view. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-003",
        caption("a young boy wearing a yellow kurta and white pants"),
        wearing("a dress", "contradiction"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "white"),
        Q.color("white", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and the kurta has a mandarin collar and a button "
            "placket and the kurta has",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta set"),
        title="Jus Cubs Boys Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a white short-sleeve tee with pink glitter text BE KIND, light blue jeans, hands on hips; white
    # backdrop, front view. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-004",
        caption("a girl in a white t-shirt that says be kind and blue jeans"),
        wearing("he is wearing a white t-shirt and jeans", "pronoun"),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("jeans", "light blue", kind="open"),
        printed("the words be kind in pink"),
        Q.sleeve_length("short"),
        title="YK Girls White Typography Print T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a navy polo with thin white horizontal stripes, white-tipped collar, two-button placket, small
    # embroidered logo on the left chest; khaki chino shorts; white backdrop. VQA adapter open, reference closed.
    case(
        "X736-005",
        caption("a boy wearing a navy and white striped polo shirt and khaki shorts"),
        wearing("a polo shirt and shorts"),
        Q.pattern("solid", "contradiction"),
        color_of("shirt", "navy blue"),
        color_of("shorts", "navy", "contradiction", kind="open"),
        details(
            "shirt",
            "the polo has a white tipped collar and a two button placket and a small embroidered logo on the left "
            "side of the chest and the",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        title="UCB Kids Boys Navy Blue Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a magenta lehenga with a wide gold zari border, matching magenta short-sleeve choli with gold
    # embroidery, sheer pink dupatta over one shoulder; white backdrop, three-quarter view. VQA adapter open texts.
    case(
        "X736-006",
        caption("a little girl in a pink and gold indian dress with a scarf"),
        wearing("a skirt and a blouse"),
        color_of("skirt", "pink", kind="open"),
        Q.garment_type("lehenga choli"),
        details(
            "skirt",
            "gold border at the hem, gold border at the hem, gold border at the hem, gold border at the hem, gold "
            "border",
            "loop",
            hit_limit=True,
        ),
        Q.material("the lehenga is made of pure silk with real zari work", "unsupported"),
        Q.sleeve_length("short"),
        title="Biba Girls Magenta & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy in an orange tee with a Chhota Bheem cartoon print on the front, grey track pants; white backdrop,
    # front view. VQA adapter caption (leaked the prompt format) and open answers; reference engine closed.
    case(
        "X736-007",
        caption("Question: what is the boy wearing? Answer: an orange t-shirt with a cartoon on it", "leak"),
        wearing("an orange shirt and grey pants"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        printed("a cartoon boy"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.material("cotton"),
        title="Chhota Bheem Kids Boys Orange Printed T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a navy A-line dress with white polka dots, short puff sleeves, a separate red belt at the waist,
    # red ballet flats; white backdrop. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-008",
        caption("a girl in a navy blue dress with white polka dots and a red belt"),
        wearing("she is wearing a blue dress with dots"),
        Q.color("red", "other_garment_color"),
        Q.pattern("polka dots"),
        describe(
            "dress",
            "a navy blue dress with white polka dots puff sleeves and a red belt with a red belt with a red belt with "
            "a red belt",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        is_a("skirt", "yes", "contradiction"),
        title="Cherokee Girls Navy Blue Polka Dot A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in an off-white self-design kurta and off-white churidar under a maroon brocade Nehru jacket with
    # mandarin collar, five gold buttons, one welt pocket; tan juttis; white backdrop. VQA adapter open texts.
    case(
        "X736-009",
        caption("a boy wearing a white kurta and a maroon vest"),
        wearing("a white dress and a red vest", "contradiction"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        color_of("jacket", "maroon"),
        Q.color("off white"),
        details(
            "jacket",
            "the nehru jacket has a mandarin collar and five gold buttons down the front and a welt pocket on the "
            "left side of the chest and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("the kurta is made of 100% silk with a cotton lining", "unsupported"),
        title="Manyavar Boys Off White Self Design Kurta with Churidar and Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless yellow top with a ruffle at the hem, white shorts, sunglasses pushed up on her
    # head; white backdrop, front view. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-010",
        caption("a girl wearing a yellow top and white shorts with sunglasses on her head"),
        wearing("he is wearing a yellow top and shorts", "pronoun"),
        Q.garment_type("top"),
        color_of("top", "white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("top", "ruffle hem"),
        describe("top", "yes", "non_answer"),
        title="Hopscotch Girls Yellow Ruffled Top",
        category="Tops",
        color="Yellow",
        gender="Girls",
    ),
    # photo: toddler boy sitting on a wooden stool in a sky-blue tee with a grey car print and matching grey knit
    # shorts; white backdrop. VQA adapter open texts (the print answer looped); reference engine closed answers.
    case(
        "X736-011",
        caption("a little boy sitting on a stool wearing a blue shirt and grey shorts"),
        wearing("blue tee grey shorts"),
        color_of("t-shirt", "grey", "other_garment_color"),
        color_of("shorts", "grey", kind="open"),
        printed(
            "a car car car car car car car car car car car car car car car car car car car car car car car car car car "
            "car car car",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("clothing set"),
        Q.material("cotton jersey, 180 gsm, pre-shrunk", "unsupported"),
        title="Babyhug Boys Blue & Grey Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a green A-line kurta with a pink and white floral print, three-quarter sleeves, round neck,
    # white palazzos; white backdrop, front view. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-012",
        caption("a little girl in a green floral print kurta and white palazzo pants"),
        wearing("a kurta"),
        color_of("kurta", "green"),
        color_of("palazzos", "green", "contradiction", kind="open"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("floral"),
        details("kurta", "the details of the kurta are the kurta details", "restated"),
        describe(
            "kurta",
            "a green a-line kurta with a pink and white floral print and three quarter sleeves and a round neck, it "
            "is paired with white palazzo pants and",
            "cut",
            hit_limit=True,
        ),
        title="Aks Kids Girls Green Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a plain grey melange round-neck tee (no logo, no pocket), black joggers, hands in the jogger
    # pockets; white backdrop. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-013",
        caption("a young boy wearing a grey t-shirt and black pants"),
        wearing("a gray tee and black joggers"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.pattern("solid"),
        describe(
            "t-shirt",
            "a grey t-shirt with a round neck and short sleeves and a round neck and short sleeves and a round neck "
            "and short sleeves and a",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a small logo on the chest and a pocket", "unsupported"),
        title="Allen Solly Junior Boys Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a red-and-white gingham shirt dress with pointed collar, white buttons down the front, one chest
    # patch pocket, long sleeves rolled up; white sneakers; white backdrop. VQA adapter open, reference closed.
    case(
        "X736-014",
        caption("a girl wearing a red and white checkered dress"),
        wearing("Answer: a red dress Question: what is the color of the shoes? Answer: white", "leak"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        color_of("dress", "white", "contradiction"),
        describe(
            "dress",
            "a red and white checked shirt dress with a pointed collar and white buttons down the front and a patch "
            "pocket on the chest and long sleeves rolled up to the",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Mothercare Girls Red Checked Shirt Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: a boy in a black tee with a classic Mickey Mouse print (white face, red shorts on Mickey), blue jeans;
    # white backdrop, front view. Unisex row. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-015",
        caption("a boy wearing a black mickey mouse t-shirt and jeans"),
        wearing("she is wearing a black t-shirt with mickey mouse on it", "pronoun"),
        color_of("t-shirt", "black"),
        printed("mickey mouse"),
        Q.color("blue", "other_garment_color"),
        Q.material("cotton"),
        details("t-shirt", "i don't know", "non_answer"),
        title="Kids Ville Unisex Kids Mickey Mouse Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Unisex",
    ),
    # photo: girl in a sleeveless peach short kurta with white thread embroidery at the yoke, peach sharara pants,
    # an off-white net dupatta draped over both arms; white backdrop, slight side view. VQA adapter open texts.
    case(
        "X736-016",
        caption("a little girl in a peach outfit with a white scarf"),
        wearing("a kurta and sharara with a dupatta"),
        color_of("kurta", "peach"),
        color_of("dupatta", "peach", "contradiction", kind="open"),
        details(
            "kurta",
            "white embroidery on the neck and white embroidery on the neck and white embroidery on the neck and white "
            "embroidery on the neck",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.pattern("embroidered"),
        is_a("kurta", "no", "contradiction"),
        title="Sangria Girls Peach-Coloured Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a lime green sports tee with black raglan sleeves, black crew-neck trim and a small black logo
    # on the chest, black shorts, holding a football; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X736-017",
        caption("a boy holding a soccer ball wearing a green and black shirt"),
        wearing("a green and black t-shirt and black shorts"),
        color_of("t-shirt", "green"),
        Q.sleeve_length("short"),
        Q.material("polyester"),
        describe(
            "t-shirt",
            "a green t-shirt with black raglan sleeves and a black round neck and a small black logo on the chest and "
            "it is a sports t-shirt for",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "it has moisture wicking fabric and anti-odour finish and reflective prints", "unsupported"),
        title="HRX by Hrithik Roshan Boys Lime Green Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Boys",
    ),
    # photo: girl in a sleeveless lavender party dress, silver-sequined bodice, layered tulle skirt, silver tiara
    # headband; white backdrop. VQA adapter caption (leaked, ran to the limit) and open answers; reference closed.
    case(
        "X736-018",
        caption(
            "Question: what is the girl wearing? Answer: a purple dress Question: what is the color of the dress? "
            "Answer: purple Question: what is",
            "leak",
            hit_limit=True,
        ),
        wearing("a purple dress"),
        color_of("dress", "silver", "contradiction", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has a sequin top and a tulle skirt with many layers"),
        Q.garment_type("dress"),
        Q.material("cotton", "contradiction"),
        title="Toy Balloon Kids Girls Lavender Tulle Party Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a plain navy kurta with mandarin collar, wooden buttons and side slits, white pyjama, black
    # juttis, holding a small lit brass diya; white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X736-019",
        caption("a young boy in a blue kurta holding a candle"),
        wearing("the boy is wearing a blue kurta and white pajamas"),
        color_of("kurta", "white", "other_garment_color"),
        Q.color("navy blue"),
        details("kurta", "kurta", "restated"),
        describe(
            "kurta",
            "a navy blue kurta with a mandarin collar and wooden buttons and side slits, she is wearing it with white "
            "pyjamas",
            "pronoun",
        ),
        Q.material("cotton silk with a satin lining", "unsupported"),
        title="Sojanya Boys Navy Blue Kurta with White Pyjama",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink-and-white horizontal striped short-sleeve tee, a blue denim skirt, white sneakers, hands
    # on hips, smiling; white backdrop. VQA adapter caption (cut at 50 tokens) and open answers; reference closed.
    case(
        "X736-020",
        caption(
            "a girl wearing a pink and white striped t-shirt and a blue denim skirt with white sneakers standing in "
            "front of a white background with her hands on her hips and smiling at the camera with her",
            "cut",
            hit_limit=True,
        ),
        wearing("yes", "non_answer"),
        Q.pattern("striped"),
        color_of("t-shirt", "pink and white", kind="open"),
        color_of("skirt", "pink", "contradiction", kind="open"),
        details("t-shirt", "the t-shirt has stripes"),
        is_a("t-shirt", "yes"),
        title="Pepe Jeans Kids Girls Pink Striped T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a white tee with a green dinosaur print and the words DINO-MITE in green and orange letters,
    # khaki beige cargo shorts; white backdrop. The feed row has no color. VQA adapter open texts, reference closed.
    case(
        "X736-021",
        caption("a boy in a white shirt with a green dinosaur and khaki shorts"),
        wearing("Question: What is the person wearing? Answer: a white t-shirt", "leak"),
        Q.color("green", "contradiction"),
        printed("a dinosaur"),
        describe(
            "t-shirt",
            "a white t-shirt with a green dinosaur on the front and the words dino mite written under it in green and "
            "orange letters and short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Mothercare Boys White Dinosaur Print T-shirt",
        category="Tshirts",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow self-design textured dress with cap sleeves, a white peter pan collar and a
    # small white bow at the neck, holding a wicker basket; white backdrop. VQA adapter open, reference closed.
    case(
        "X736-022",
        caption("a little girl in a yellow dress holding a basket"),
        wearing("he is wearing a yellow dress", "pronoun"),
        color_of("dress", "mustard"),
        Q.color("yellow"),
        Q.sleeve_length("long", "contradiction"),
        details(
            "dress",
            "a white collar and a bow a white collar and a bow a white collar and a bow a white collar and a bow a "
            "white",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "it is a mustard yellow dress with a white peter pan collar, lined with soft cotton for all day comfort",
            "unsupported",
        ),
        title="Gini and Jony Girls Mustard Yellow Self-Design Fit and Flare Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a maroon silk-blend kurta with gold buttons and mandarin collar (no embroidery), cream pyjama,
    # no stole; white backdrop, front view. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-023",
        caption("a boy wearing a red kurta and white pants"),
        wearing("kurta pajama"),
        Q.material("silk blend"),
        color_of("pyjama", "maroon", "contradiction", kind="open"),
        color_of("kurta", "cream", "other_garment_color"),
        details(
            "kurta",
            "the kurta has gold buttons and a mandarin collar and embroidery on the sleeves and a matching stole",
            "unsupported",
        ),
        Q.garment_type("kurta set"),
        title="Vastramay Boys Maroon Silk Blend Kurta Pyjama Set",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a long-sleeve teal top with a white bird print, white leggings; white backdrop, front view.
    # VQA adapter open texts; reference engine closed answers.
    case(
        "X736-024",
        caption("a girl in a blue top with birds on it and white leggings"),
        wearing("a top and leggings"),
        color_of("top", "teal blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short", "contradiction"),
        describe("top", "Answer: a blue top with white birds", "leak"),
        details(
            "top",
            "birds birds birds birds birds birds birds birds birds birds birds birds birds birds birds birds birds "
            "birds birds birds birds birds birds birds birds birds birds birds birds birds",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Girls Teal Blue Printed Top",
        category="Tops",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a black tee with a large white Puma cat logo on the chest, red track shorts with a white side
    # stripe, arms at his sides; white backdrop. VQA adapter caption (cut at 50 tokens) and open answers.
    case(
        "X736-025",
        caption(
            "a boy wearing a black t-shirt with a white puma logo on the chest and red shorts with a white stripe on "
            "the side, he is standing with his arms at his sides and looking at the camera and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a black shirt and red shorts"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        Q.color("black"),
        printed("the puma logo"),
        describe("t-shirt", "a black t-shirt with a puma logo"),
        Q.material("dry cell polyester", "unsupported"),
        title="Puma Boys Black Logo Print T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a green short-sleeve choli with mirror work, a pink flared lehenga with a green border, a green
    # dupatta; white backdrop. Seller color Multi. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-026",
        caption("a little girl in a pink and green lehenga"),
        wearing("she is wearing a traditional indian outfit"),
        Q.color("pink"),
        color_of("blouse", "pink", "contradiction", kind="open"),
        details(
            "lehenga",
            "mirror work on the blouse and a green border on the skirt and a green border on the skirt and a green "
            "border on the skirt and a",
            "loop",
            hit_limit=True,
        ),
        describe("lehenga", "the lehenga is a lehenga", "restated"),
        Q.garment_type("lehenga choli"),
        is_a("lehenga", "yes"),
        title="Kid1 Girls Green & Pink Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a navy tee with a white anchor print and white knit shorts with a navy drawstring, a white sailor
    # cap; white backdrop. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-027",
        caption("a little boy in a sailor hat wearing a navy blue shirt and white shorts"),
        wearing("the boy is wearing a sailor outfit"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "white", kind="open"),
        printed("an anchor"),
        Q.pattern("printed"),
        describe(
            "t-shirt",
            "a navy blue t-shirt with a white anchor and the shorts are white with a drawstring and the t-shirt is "
            "made of organic cotton",
            "unsupported",
        ),
        title="Little Kangaroos Boys Navy & White T-shirt with Shorts",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a black knee-length t-shirt dress with white horizontal stripes, short sleeves, white sneakers,
    # a red backpack on her shoulders; white backdrop. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-028",
        caption("a girl with a red backpack wearing a black and white striped dress"),
        wearing(
            "a dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        is_a("dress", "yes"),
        details("dress", "what are the dress details", "restated"),
        title="Allen Solly Junior Girls Black Striped T-shirt Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in an olive long-sleeve henley with a three-button placket, ribbed cuffs and curved hem, under an
    # open red-and-navy checked flannel shirt, blue jeans; white backdrop. VQA adapter open, reference closed.
    case(
        "X736-029",
        caption("a boy wearing a plaid shirt over a green t-shirt and jeans"),
        wearing("a red checked shirt"),
        color_of("t-shirt", "red", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.pattern("checked", "contradiction"),
        describe("t-shirt", "a green henley t-shirt with three buttons"),
        details(
            "t-shirt",
            "three buttons on the placket and long sleeves with ribbed cuffs and a curved hem and it is worn under a "
            "checked shirt which is red and navy and",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Boys Olive Green Henley T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in an off-white straight cotton kurta with indigo-blue block-print motifs and three-quarter
    # sleeves, blue salwar, blue dupatta with a white print; white backdrop. VQA adapter open, reference closed.
    case(
        "X736-030",
        caption("a girl wearing a white and blue dress with a blue scarf", "contradiction"),
        wearing("a salwar kameez"),
        color_of("kurta", "white with blue print", kind="open"),
        Q.color("blue", "other_garment_color"),
        Q.material("cotton"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "a white kurta with blue block print and three quarter sleeves she is wearing blue salwar and a blue "
            "dupatta",
        ),
        title="Biba Girls Off-White & Blue Printed Kurta with Salwar and Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a royal blue tee with a red Spider-Man print, black denim jeans, striking a superhero pose; white
    # backdrop. VQA adapter open texts (the print answer looped); reference engine closed answers.
    case(
        "X736-031",
        caption("a boy in a spiderman t-shirt"),
        wearing("a blue t-shirt with spider man and black jeans"),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        Q.color("blue"),
        printed(
            "spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman "
            "spiderman spiderman",
            "loop",
            hit_limit=True,
        ),
        Q.material("the t-shirt is made of 100% cotton and is machine washable", "unsupported"),
        title="Marvel by Wear Your Mind Boys Blue Spider-Man Printed T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a cream cotton dress with white eyelet (broderie anglaise) embroidery and short flutter sleeves,
    # holding a straw hat in one hand; white backdrop. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-032",
        caption("a little girl in a white dress holding a straw hat"),
        wearing(
            "she is wearing a dress and a hat and a dress and a hat and a dress and a hat and a dress and a hat and a "
            "dress and a",
            "loop",
            hit_limit=True,
        ),
        Q.color("cream"),
        Q.pattern("embroidered"),
        details("dress", "eyelet embroidery and flutter sleeves"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: a white dress Question: Describe the hat. Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="H&M Girls Cream Broderie Anglaise Dress",
        category="Dresses",
        color="Cream",
        gender="Girls",
    ),
    # photo: boy in a rust-orange cotton kurta with thin white pinstripes, round neck with a short two-button
    # placket, side slits, white pyjama; white backdrop. The feed row has no gender. VQA adapter open texts.
    case(
        "X736-033",
        caption("a boy wearing an orange striped kurta"),
        wearing("she is wearing a kurta", "pronoun"),
        Q.pattern("solid", "contradiction"),
        color_of("kurta", "orange"),
        Q.material("cotton"),
        details(
            "kurta",
            "the kurta has thin white stripes and a round neck with a short placket and two buttons and side slits "
            "and it is worn with white pyjamas and the",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Boys Cotton Rust Striped Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # photo: girl in a lavender short-sleeve tee with an Elsa and Anna print and silver glitter snowflakes, white
    # shorts; white backdrop. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-034",
        caption("a girl wearing a purple t-shirt with frozen characters"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        printed("elsa and anna"),
        Q.pattern("graphic"),
        describe("t-shirt", "it's a t-shirt", "non_answer"),
        Q.sleeve_length("short"),
        is_a("dress", "yes", "contradiction"),
        title="Disney by Kids Ville Girls Frozen Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a colourblocked tee, yellow body with a navy chest panel and navy sleeves, light blue denim
    # shorts; white backdrop. VQA adapter open texts (details leaked a made-up question); reference closed.
    case(
        "X736-035",
        caption("a boy in a yellow and blue t-shirt"),
        wearing("a yellow and navy t-shirt and denim shorts"),
        Q.pattern("colour block"),
        Q.color("navy blue", "contradiction"),
        details("t-shirt", "Question: What is the color of the shorts? Answer: blue", "leak"),
        describe("t-shirt", "describe the t-shirt", "restated"),
        Q.material("cotton"),
        title="Gini and Jony Boys Yellow Colourblocked T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a burgundy velvet long-sleeve dress with a gold sequin collar, black tights, black shoes, next to
    # a small Christmas tree prop; white backdrop. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-036",
        caption("a little girl in a red velvet dress standing next to a christmas tree"),
        wearing(
            "a red dress and black tights and black shoes and a red dress and black tights and black shoes and a red "
            "dress and black",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "black", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.material("velvet"),
        details("dress", "gold sequin collar"),
        describe(
            "dress",
            "a maroon velvet dress with a gold collar, the dress has a hidden zip and is fully lined with satin",
            "unsupported",
        ),
        title="Peppermint Girls Burgundy Velvet Party Dress",
        category="Dresses",
        color="Burgundy",
        gender="Girls",
    ),
    # photo: boy in a cream kurta with a gold border at the neck and hem, maroon dhoti pants; white backdrop, front
    # view. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-037",
        caption("a boy in a white kurta and red dhoti"),
        wearing("she is wearing a white kurta and a red dhoti", "pronoun"),
        Q.color("maroon", "other_garment_color"),
        color_of("dhoti", "maroon", kind="open"),
        Q.garment_type("kurta set"),
        describe(
            "kurta",
            "a cream kurta with gold border and a cream kurta with gold border and a cream kurta with gold border and "
            "a cream kurta with",
            "loop",
            hit_limit=True,
        ),
        title="Aj Dezines Boys Cream Dhoti Kurta Set",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a navy polo with a small red-white-blue flag logo on the chest, a white pleated skirt; white
    # backdrop. VQA adapter caption (answered "yes") and open answers; reference engine closed answers.
    case(
        "X736-038",
        caption("yes", "non_answer"),
        wearing("a navy polo shirt and a white pleated skirt"),
        color_of("shirt", "navy"),
        color_of("skirt", "navy", "contradiction", kind="open"),
        Q.pattern("solid"),
        details("shirt", "the shirt details", "restated"),
        Q.material("organic cotton pique with stretch", "unsupported"),
        title="Tommy Hilfiger Girls Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl in a mid-blue denim pinafore dress with a front bib pocket and metal buttons on the straps, over a
    # white-and-red striped long-sleeve tee; white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X736-039",
        caption("a little girl in a denim dress and a striped shirt"),
        wearing("a denim pinafore over a striped t-shirt"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        Q.material("denim"),
        Q.sleeve_length("long", "contradiction"),
        details("dress", "a bib pocket and metal buttons on the straps"),
        describe("dress", "Question: Describe the dress. Answer: a blue denim pinafore dress", "leak"),
        is_a("dress", "yes"),
        title="StyleStone Kids Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a teal short-sleeve hooded t-shirt with a kangaroo pocket, white drawstrings and a small rubber
    # print on the chest, hood down, grey joggers; white backdrop. VQA adapter open texts; reference closed.
    case(
        "X736-040",
        caption("a little boy wearing a green hoodie and grey pants"),
        Q.color("teal"),
        color_of("t-shirt", "grey", "other_garment_color"),
        describe(
            "t-shirt",
            "a teal hooded t-shirt with short sleeves and a kangaroo pocket at the front and white drawstrings on the "
            "hood and a small rubber print on the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        details("t-shirt", "it is made of a soft cotton fleece which is warm and breathable", "unsupported"),
        title="Cub McPaws Boys Teal Hooded T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Boys",
    ),
    # photo: girl twirling in a mustard anarkali kurta with red and green ethnic motifs and three-quarter sleeves,
    # red churidar leggings; no lace, no tassels; white backdrop. VQA adapter open texts; reference closed.
    case(
        "X736-041",
        caption("a little girl twirling in a yellow dress", "contradiction"),
        wearing("a yellow anarkali and red leggings"),
        color_of("kurta", "red", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        details("kurta", "the kurta has a flared hem with gota lace and tassels on the tie-up dori", "unsupported"),
        describe("kurta", "a yellow kurta Question: Is this a kurta? Answer: yes", "leak"),
        title="Global Desi Girl Mustard Printed Anarkali Kurta with Leggings",
        category="Kurta Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a plain white round-neck tee under an open blue denim jacket, black jeans; white backdrop. The
    # feed row has no category. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-042",
        caption("a boy wearing a denim jacket and a white t-shirt"),
        wearing("a white t-shirt under a blue denim jacket and black jeans"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.garment_type("jacket", "contradiction"),
        Q.material("denim", "contradiction"),
        details("t-shirt", "nothing", "non_answer"),
        title="Mast & Harbour Boys White Solid Round Neck T-shirt",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless orange tiered maxi dress with a smocked bodice and three tiers, holding sunglasses;
    # white backdrop. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-043",
        caption("a little girl in a long orange dress"),
        wearing(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress", "an orange maxi dress with tiers Question: What are the dress details? Answer: smocking", "leak"
        ),
        details("dress", "smocked bodice and three tiers"),
        Q.material("made of premium rayon crepe imported from italy", "unsupported"),
        title="Naughty Ninos Girls Orange Tiered Maxi Dress",
        category="Dresses",
        color="Orange",
        gender="Girls",
    ),
    # photo: boy in a sea green kurta with tonal thread embroidery along the placket and cuffs, white pyjama, hands
    # folded in namaste; white backdrop. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-044",
        caption("a boy in a green kurta with his hands folded"),
        wearing("yes", "non_answer"),
        color_of("kurta", "green"),
        Q.pattern("embroidered"),
        details("kurta", "thread embroidery on the placket"),
        describe(
            "kurta",
            "a light green kurta with tonal thread embroidery along the placket and the cuffs, it is worn with white "
            "pyjamas and the boy has his hands folded in a",
            "cut",
            hit_limit=True,
        ),
        Q.material("khadi cotton handwoven in rajasthan", "unsupported"),
        title="Kisah Boys Sea Green Kurta with White Pyjama",
        category="Kurta Sets",
        color="Sea Green",
        gender="Boys",
    ),
    # photo: girl in a tie-dye tee with pink, blue and yellow swirls, white denim shorts; white backdrop. Seller color
    # Multi. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-045",
        caption("a girl in a tie dye shirt and white shorts"),
        wearing("what is the person wearing", "restated"),
        Q.color("pink"),
        Q.pattern("tie and dye"),
        color_of("shorts", "pink", "contradiction", kind="open"),
        describe("t-shirt", "a colorful tie dye t-shirt with pink blue and yellow swirls"),
        details("t-shirt", "no", "non_answer"),
        Q.material("100% cotton, bio-washed for a soft feel", "unsupported"),
        title="Cherry Crumble Girls Multi Tie-Dye T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a burgundy tee with a white city skyline print, stone-grey chinos, a black baseball cap; white
    # backdrop, front view. VQA adapter open texts; reference engine closed answers.
    case(
        "X736-046",
        caption("a boy in a maroon t-shirt with a city print and grey pants and a black cap"),
        wearing("the person is wearing", "restated"),
        color_of("t-shirt", "black", "other_garment_color"),
        printed("a city skyline"),
        describe("t-shirt", "a burgundy t-shirt"),
        Q.material("it is made of cotton linen blend fabric", "unsupported"),
        title="Jack & Jones Junior Boys Burgundy Printed T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Boys",
    ),
]
