"""BLIND_720 (46 products; Myntra men's shirts/tees/jeans, epoch-1 adapter): written blind in the fifty-fourth session.
Measured blind at dc30159 (the session's tenth rules): 110/127 failures found (86.6%) and 4/165 correct texts flagged
(2.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's Shirts, Tshirts and Jeans (16 shirts, 15 t-shirts, 15 jeans). Catalog shots on a
white or light-grey studio backdrop, nearly all worn by a male model who also wears other clothes (jeans or chinos
under a shirt, a tee or a shirt over jeans, a jacket or an open overshirt on top); two are waist-down crops and one
is a flat lay of a pack of three tees with no model. The seller's columns are title, category, color and gender;
three rows lack the color column and two lack the category, as real feeds do.

Who wrote what: the caption and every open answer (What is he wearing? What is the shirt color? Describe the X. What
are the X details?) were generated greedily by the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b). Its habits: the DeepFashion template
("The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a lapel
neckline.") with patterns instead of hues, that template returned to questions, "she"/"the lady" from a women-heavy
training set, invented fabrics and accessories, no end token (so some texts loop or run to the 30/50 token limit), and
the `Question: ... Answer:` format continued or echoed. At epoch 1 it still names hues when asked a short color
question. The closed answers (What is the color of the X? Is this a X?) come from enrich's --engine reference, which
picks one candidate value: they never loop or stop short, but they can pick the wrong color or the wrong yes/no.

Labeling conventions and judgement calls:
- A coarse closed color is correct when it is the group of the true shade ("red" for a maroon shirt, "green" for olive,
  "yellow" for mustard); a different hue of the same group is not counted as another garment's color.
- A shade the photo shows is correct even when the seller's word differs within the group ("khaki" or "beige" for a
  beige shirt, "off white" or "white" for a cream one, "maroon" for burgundy).
- other_garment_color: the product (the seller's garment) given the color of another garment worn in the photo.
  contradiction: the product given a wrong color that no worn garment has (a print's color, a misread shade), a wrong
  pattern or sleeve that other texts and the title contradict, a yes/no that denies the seller's category, or a
  non-product garment given the product's color (one color for two garments).
- Colors of a print on the garment (white lettering on a black tee) given as the garment's color are contradiction,
  not other_garment_color: the print is not another garment.
- "What is the shirt color?" asked of a t-shirt or of jeans is answered about the shirt in view when there is one
  (the open red overshirt over a black tee, the white shirt hem above jeans); a right answer about that shirt is
  correct.
- pronoun covers "she", "her" and "the lady" for these male models; "the man", "he" and "this gentleman" are right.
- unsupported: a detail, fabric or accessory the photo does not show (a pocket, cufflinks, a hood, a cap, leather,
  chiffon, linen, a watch on a bare wrist, a person in a flat lay, a fabric the title rules out such as cotton for
  Dri-FIT). Cotton for a plain woven shirt or jersey tee and denim for jeans are treated as supported.
- The template's "lapel neckline" for a shirt or polo collar and "stand neckline" for a mandarin collar are correct.
- non_answer: a one-word or yes/no answer to an open question, "pure color" for a color question, the color given
  for the details question ("they are black"), answers that only say the garment is itself or denim, and answers
  about other garments to a question about the product.
- restated: an answer that gives the question back ("The t-shirt details are the details of the t-shirt.").
- A text that loops is labelled loop even when the loop also carries a wrong detail; a text that continues into a
  new `Question:` is labelled leak even when it also runs to the limit. Both have hit_limit=True.
- cut: stopped mid-phrase; hit_limit=True where it ran to the 30-token (answer) or 50-token (caption) limit; one
  answer stopped after three words on an early newline and is cut without hit_limit.
- A correct text never has hit_limit=True in this set.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

HE = "he"
M = "Men"

BLIND_720 = [
    # photo: white shirt with a large navy-and-grey check, long sleeves, no pocket, untucked over dark indigo jeans,
    #   front view, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-001",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers are with denim fabric and solid color patterns."
        ),
        wearing("a checkered shirt and dark blue jeans", who=HE),
        color_of("shirt", "white"),
        color_of("jeans", "white", failure="contradiction"),
        shirt_color("the shirt is white with blue checks"),
        describe(
            "shirt",
            "The shirt is a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The shirt is a long-sleeve shirt with lattice",
            failure="loop",
            hit_limit=True,
        ),
        details(
            "shirt", "a chest pocket with a flap and a brand logo embroidered on the pocket", failure="unsupported"
        ),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender=M,
    ),
    # photo: plain maroon crew-neck short-sleeve tee, light-blue jeans, hands in pockets, white backdrop, front view.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-002",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is crew. The pants are with denim fabric and solid color patterns."
        ),
        wearing("She is wearing a maroon t-shirt and blue jeans.", failure="pronoun", who=HE),
        color_of("t-shirt", "maroon"),
        shirt_color("blue", failure="other_garment_color"),
        describe("t-shirt", "a plain maroon round-neck tee with short sleeves"),
        details("t-shirt", "The t-shirt details are the details of the t-shirt.", failure="restated"),
        is_a("t-shirt", "yes"),
        title="Probase Men Solid Maroon Tshirts",
        category="Tshirts",
        color="Maroon",
        gender=M,
    ),
    # photo: mid-blue slim jeans with faded thighs, worn with a plain white short-sleeve tee and white sneakers, full
    #   body, bare wrists, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-003",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The trousers are with denim fabric and "
            "solid color patterns. The trousers are long length. There is an accessory on his wrist.",
            failure="unsupported",
        ),
        wearing("a white t-shirt, blue jeans and white sneakers", who=HE),
        color_of("jeans", "white", failure="other_garment_color"),
        describe("jeans", "The jeans are blue with a slim fit and a faded wash on the thighs."),
        details(
            "jeans",
            "five pockets, a button fly, a zip fly, five pockets, a button fly, a zip fly, five pockets, a button",
            failure="loop",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender=M,
    ),
    # photo: navy shirt with thin white vertical pinstripes, sleeves rolled to the elbows, tucked into beige chinos
    #   with a brown belt, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-004",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a striped shirt and beige pants", who=HE),
        color_of("shirt", "navy blue"),
        color_of("pants", "navy blue", failure="contradiction"),
        describe("shirt", "The shirt is navy blue with white pinstripes, a spread collar and sleeves rolled up."),
        details(
            "shirt",
            "The shirt has a spread collar, a button placket, and a curved hem. The shirt has a spread collar, a "
            "button placket, and a",
            failure="loop",
            hit_limit=True,
        ),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender=M,
    ),
    # photo: yellow crew-neck tee with a black Puma cat logo and "PUMA" lettering on the chest, black track pants,
    #   white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-005",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a yellow puma t-shirt and black pants", who=HE),
        color_of("t-shirt", "black", failure="other_garment_color"),
        shirt_color("yellow"),
        describe(
            "t-shirt",
            "The t-shirt is yellow with a black puma logo printed on the chest and the word puma written in",
            failure="cut",
            hit_limit=True,
        ),
        details("t-shirt", "Question: What are the t-shirt details? Answer: logo", failure="leak"),
        title="Puma Men Spine Tee Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender=M,
    ),
    # photo: black slim jeans, grey marl crew-neck short-sleeve tee, black boots, white backdrop, full body.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-006",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are "
            "with denim fabric and solid color patterns."
        ),
        wearing("a grey t-shirt and black jeans", who=HE),
        color_of("jeans", "black"),
        describe("jeans", "The jeans are grey with a slim fit.", failure="other_garment_color"),
        details("jeans", "they are jeans", failure="non_answer"),
        is_a("jeans", "yes", article="a pair of"),
        title="Flying Machine Men Black Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender=M,
    ),
    # photo: orange-and-white small-check shirt, long sleeves, worn over dark-blue jeans, light-grey studio backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-007",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with chiffon fabric and it has a "
            "lapel neckline. The trousers are with denim fabric and solid color patterns.",
            failure="unsupported",
        ),
        wearing("an orange checkered shirt and jeans", who=HE),
        color_of("shirt", "orange"),
        shirt_color("the shirt is orange and white"),
        describe(
            "shirt",
            "The shirt is a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with",
            failure="cut",
            hit_limit=True,
        ),
        details("shirt", "yes", failure="non_answer"),
        is_a("shirt", "yes"),
        title="Basics Men Orange Slim Fit Checked Shirt",
        category="Shirts",
        color="Orange",
        gender=M,
    ),
    # photo: navy piqué polo, short sleeves, two-button placket, ribbed collar, small red embroidered logo, no pocket,
    #   khaki chinos, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-008",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a navy polo shirt and khaki pants", who=HE),
        color_of("t-shirt", "beige", failure="other_garment_color"),
        shirt_color("navy"),
        describe("t-shirt", "a navy blue polo with a ribbed collar and a small red logo on the chest"),
        details(
            "t-shirt",
            "two buttons on the placket, a ribbed collar, and a chest pocket with a zip",
            failure="unsupported",
        ),
        is_a("polo shirt", "no", failure="contradiction"),
        title="U.S. Polo Assn. Men Solid Navy Blue Polo Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender=M,
    ),
    # photo: waist-down crop of light-blue skinny jeans, clean, no rips; only the untucked hem of a white shirt shows
    #   at the top; tan loafers; white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference.
    case(
        "X720-009",
        caption(
            "The trousers are with denim fabric and solid color patterns. The trousers are long length. The man "
            "wears a long-sleeve shirt with pure color patterns.",
            failure="unsupported",
        ),
        wearing("blue jeans and brown shoes", who=HE),
        color_of("jeans", "blue"),
        color_of("shirt", "blue", failure="contradiction"),
        shirt_color("white"),
        describe("jeans", "The jeans are light blue, skinny fit with a clean look and no rips."),
        details("jeans", "The jeans have a ripped knee and a distressed hem.", failure="unsupported"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender=M,
    ),
    # photo: solid maroon long-sleeve shirt, black trousers, front view, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-010",
        caption(
            "She wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants she wears is of long length.",
            failure="pronoun",
        ),
        wearing("a maroon shirt and black pants", who=HE),
        color_of("shirt", "red"),
        shirt_color("black", failure="other_garment_color"),
        describe(
            "shirt",
            "The shirt is maroon with a collar and long sleeves. The shirt is maroon with a collar and long sleeves. "
            "The shirt is maroon",
            failure="loop",
            hit_limit=True,
        ),
        details("shirt", "buttons", failure="non_answer"),
        title="Genesis Men Solid Maroon Shirts",
        category="Shirts",
        color="Maroon",
        gender=M,
    ),
    # photo: black tee with a large white-and-red motorcycle graphic and "FM" on the chest, blue jeans, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-011",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a black graphic t-shirt with blue jeans", who=HE),
        color_of("t-shirt", "black"),
        shirt_color("white", failure="contradiction"),
        describe("t-shirt", "black t-shirt with a motorcycle printed on the front in white and red"),
        details(
            "t-shirt",
            "graphic print of a motorcycle on the front, short sleeves and a crew neck, graphic print of a motorcycle "
            "on the front, short sleeves and",
            failure="loop",
            hit_limit=True,
        ),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender=M,
    ),
    # photo: dark indigo slim jeans, white long-sleeve shirt with rolled sleeves tucked in, brown belt, brown boots,
    #   white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-012",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "trousers are with denim fabric and solid color patterns. He has a belt."
        ),
        wearing("a white shirt tucked into dark blue jeans with a brown belt", who=HE),
        color_of("jeans", "navy blue"),
        color_of("shirt", "white"),
        describe("jeans", "The jeans are white.", failure="other_garment_color"),
        details(
            "jeans",
            "The jeans are dark blue with five pockets and a slim fit. Question: What is the color of the shirt? "
            "Answer: white. Question:",
            failure="leak",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Navy Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender=M,
    ),
    # photo: cream shirt with thin brown vertical stripes, one chest pocket, long sleeves, navy trousers, white
    #   backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-013",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers are long length. The trousers are with cotton fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a white striped shirt and navy pants", who=HE),
        color_of("shirt", "navy blue", failure="other_garment_color"),
        shirt_color("off white with brown stripes"),
        describe("shirt", "The shirt is cream with thin brown stripes, a spread collar and a single chest pocket."),
        details("shirt", "The shirt has pure color patterns.", failure="contradiction"),
        title="Peter England Men Stripes Cream Shirt",
        category="Shirts",
        color="Cream",
        gender=M,
    ),
    # photo: grey melange Dri-FIT tee with a white Nike swoosh on the left chest, raglan sleeves, black shorts,
    #   white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-014",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a shorts. The shorts are with cotton fabric and pure color patterns.",
            failure="unsupported",
        ),
        wearing("a grey nike t-shirt and black shorts", who=HE),
        color_of("t-shirt", "grey"),
        shirt_color(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            failure="loop",
            hit_limit=True,
        ),
        describe("t-shirt", "The man is wearing a grey t-shirt with a white nike logo."),
        details("t-shirt", "a white swoosh on the left chest and raglan sleeves"),
        title="Nike Men Dri-FIT Grey Melange Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender=M,
    ),
    # photo: grey-wash regular-fit jeans, plain black crew tee, grey sneakers, white backdrop, front view.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-015",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The pants "
            "are with denim fabric and pure color patterns. The pants are long length.",
            failure="unsupported",
        ),
        wearing("black shirt and grey jeans", who=HE),
        color_of("jeans", "black", failure="other_garment_color"),
        describe("jeans", "blue jeans with a regular fit", failure="contradiction"),
        details("jeans", "grey wash, regular fit, with a zip fly and the usual five pockets"),
        is_a("jeans", "yes", article="a pair of"),
        title="Wrangler Men Grey Regular Fit Jeans",
        category="Jeans",
        color="Grey",
        gender=M,
    ),
    # photo: grey denim shirt worn open over a white crew tee, two flap chest pockets with snaps, black jeans, white
    #   backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-016",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and solid",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a grey denim shirt over a white t-shirt with black jeans", who=HE),
        color_of("shirt", "white", failure="other_garment_color"),
        shirt_color("grey"),
        describe("shirt", "a denim shirt worn open with two chest pockets with flaps"),
        details(
            "shirt", "The shirt has two flap pockets on the chest with snap buttons, long sleeves with buttoned cuffs."
        ),
        is_a("t-shirt", "yes", failure="contradiction"),
        title="Levis Men Denim Grey Shirt",
        category="Shirts",
        color="Grey",
        gender=M,
    ),
    # photo: red polo with white horizontal stripes and a white collar, navy shorts, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-017",
        caption(
            "The lady wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a shorts.",
            failure="pronoun",
        ),
        wearing("a red and white striped polo shirt with blue shorts", who=HE),
        color_of("t-shirt", "red"),
        shirt_color("The shirt color is the color of the shirt.", failure="restated"),
        describe("t-shirt", "The t-shirt is navy blue with red stripes.", failure="other_garment_color"),
        details("t-shirt", "white collar, two buttons, stripes"),
        title="United Colors of Benetton Men Stripes Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender=M,
    ),
    # photo: mid-blue slim jeans ripped at both knees, olive long-sleeve shirt untucked, white sneakers, white
    #   backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-018",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "trousers are with denim fabric and solid color patterns. The trousers are long length."
        ),
        wearing("an olive shirt and ripped blue jeans", who=HE),
        color_of("jeans", "blue"),
        color_of("shirt", "olive"),
        describe("jeans", "the jeans are green", failure="other_garment_color"),
        details("jeans", "ripped knees"),
        is_a("jeans", "no", failure="contradiction", article="a pair of"),
        title="Jack & Jones Men Blue Ripped Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender=M,
    ),
    # photo: light-pink long-sleeve formal shirt with plain buttoned cuffs, tucked into grey trousers, black belt,
    #   white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-019",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("A man in a pink shirt and grey trousers.", who=HE),
        color_of("shirt", "pink"),
        shirt_color("grey", failure="other_garment_color"),
        describe("shirt", "The shirt is light pink with French cuffs and silver cufflinks.", failure="unsupported"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: Question: What are the shirt details? Answer: Question: "
            "What are the",
            failure="leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", failure="contradiction"),
        title="Reid & Taylor Men Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender=M,
    ),
    # photo: white tee with black "ROADSTER EST. 2012" lettering and a small mountain-and-sun graphic, blue jeans,
    #   bareheaded, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-020",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a white t-shirt, blue jeans and a black cap", failure="unsupported", who=HE),
        color_of("t-shirt", "blue", failure="other_garment_color"),
        shirt_color("white"),
        describe("t-shirt", "The t-shirt is black with white text that says roadster.", failure="contradiction"),
        details(
            "t-shirt",
            "The t-shirt has a round neck and a printed graphic on the front that says roadster est 2012 with a "
            "mountain and the sun and",
            failure="cut",
            hit_limit=True,
        ),
        title="Roadster Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender=M,
    ),
    # photo: dark-blue regular jeans, red-and-black buffalo-check shirt, black boots, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-021",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers are with denim fabric and solid color patterns."
        ),
        wearing("he is wearing a red plaid shirt and dark jeans", who=HE),
        color_of("jeans", "red", failure="other_garment_color"),
        color_of("shirt", "red"),
        describe("jeans", "dark blue regular fit jeans with a straight leg"),
        details("jeans", "The jeans are made of denim.", failure="non_answer"),
        title="Pepe Jeans Men Dark Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
        gender=M,
    ),
    # photo: solid black long-sleeve shirt with a mandarin collar, off-white trousers, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-022",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "stand neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing(
            "a black shirt and white pants. Question: What is the color of the shirt? Answer: black. Question: What "
            "is the",
            failure="leak",
            who=HE,
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        shirt_color("white", failure="other_garment_color"),
        describe("shirt", "The shirt is black with long sleeves, a band collar and a button placket down the front."),
        details(
            "shirt",
            "the shirt has long sleeves, a collar, buttons, long sleeves, a collar, buttons, long sleeves, a collar, "
            "buttons, long sleeves,",
            failure="loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Mother Earth Men Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender=M,
    ),
    # photo: plain olive-green crew tee, no logo, black joggers, white sneakers, black smartwatch, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-023",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. There is an accessory on his wrist."
        ),
        wearing("a green t-shirt and blue jeans", failure="contradiction", who=HE),
        color_of("t-shirt", "green"),
        shirt_color("olive green"),
        describe("t-shirt", "The t-shirt is black with a round neck and short sleeves.", failure="other_garment_color"),
        details("t-shirt", "a small HRX logo on the chest", failure="unsupported"),
        is_a("t-shirt", "yes"),
        title="HRX by Hrithik Roshan Men Olive Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender=M,
    ),
    # photo: medium-blue slim jeans with light fading, navy long-sleeve henley, brown leather boots, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine. Seller row lacks the color.
    case(
        "X720-024",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns and a long pants. The pants are with denim "
            "fabric and solid color patterns."
        ),
        wearing("navy blue t-shirt and blue jeans", who=HE),
        color_of("jeans", "blue"),
        describe("jeans", "She is wearing blue jeans with a slim fit.", failure="pronoun"),
        details(
            "jeans",
            "The jeans have a slim fit, a zip fly and five pockets. The jeans have a slim fit, a zip fly and five "
            "pockets. The jeans have",
            failure="loop",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        title="Levis Men 511 Slim Fit Stretchable Jeans",
        category="Jeans",
        gender=M,
    ),
    # photo: mustard shirt with a white-and-navy check, button-down collar, small embroidered logo, long sleeves,
    #   light-grey chinos, steel watch, white backdrop. Caption and open answers: caption adapter epoch 1; closed:
    #   reference engine.
    case(
        "X720-025",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers are with cotton fabric and pure color patterns. There is an accessory on his",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a yellow checked shirt and grey trousers", who=HE),
        color_of("shirt", "yellow"),
        shirt_color("grey", failure="other_garment_color"),
        describe("shirt", "The shirt is a short-sleeve shirt with lattice patterns.", failure="contradiction"),
        details("shirt", "a small logo embroidered on the chest and a button down collar"),
        title="U.S. Polo Assn. Men Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender=M,
    ),
    # photo: charcoal tee with a white-and-orange skull graphic, blue jeans, bare wrists, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-026",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are with denim fabric and solid color patterns. There is an accessory on "
            "his wrist.",
            failure="unsupported",
        ),
        wearing("a dark grey graphic tee and blue jeans", who=HE),
        color_of("t-shirt", "grey"),
        shirt_color("orange", failure="contradiction"),
        describe(
            "t-shirt",
            "The t-shirt is grey with a skull print. Question: What is the color of the jeans? Answer: blue. "
            "Question: What",
            failure="leak",
            hit_limit=True,
        ),
        details("t-shirt", "a skull print on the front"),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender=M,
    ),
    # photo: black skinny jeans with slight fading, white long-sleeve shirt untucked, black shoes, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-027",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers are with leather fabric and solid color patterns.",
            failure="unsupported",
        ),
        wearing("a white shirt and black jeans", who=HE),
        color_of("jeans", "black"),
        shirt_color("black", failure="contradiction"),
        describe("jeans", "black skinny jeans"),
        details("jeans", "they are black", failure="non_answer"),
        title="Spykar Men Black Skinny Fit Low-Rise Jeans",
        category="Jeans",
        color="Black",
        gender=M,
    ),
    # photo: navy-and-green tartan short-sleeve casual shirt, one chest pocket, khaki shorts, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-028",
        caption(
            "The man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a plaid shirt and khaki shorts", who=HE),
        color_of("shirt", "blue"),
        shirt_color("beige", failure="other_garment_color"),
        describe("shirt", "The shirt is a navy and green check with short sleeves and a single chest pocket."),
        details(
            "shirt",
            "The shirt has a long sleeve and a chest pocket. The shirt has a long sleeve and a chest pocket. The shirt "
            "has a long sleeve",
            failure="loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Quiksilver Men Navy Blue Check Shirt",
        category="Shirts",
        color="Navy Blue",
        gender=M,
    ),
    # photo: brown tee with a cream print of an auto-rickshaw and lettering, dark jeans, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-029",
        caption(
            "She wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants she wears is of long length.",
            failure="pronoun",
        ),
        wearing("Answer: a brown t-shirt and jeans", failure="leak", who=HE),
        color_of("t-shirt", "brown"),
        shirt_color("The shirt color is brown."),
        describe("t-shirt", "The t-shirt is blue.", failure="other_garment_color"),
        details("t-shirt", "an auto rickshaw printed on the front with some writing"),
        title="Tantra Men Printed Brown T-shirt",
        category="Tshirts",
        color="Brown",
        gender=M,
    ),
    # photo: light-wash jeans with heavy fading on the thighs, black leather jacket over a white tee, brown boots,
    #   white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-030",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The "
            "pants are with denim fabric and solid color patterns. The pants are long length."
        ),
        wearing("a black leather jacket, white t-shirt and light blue jeans", who=HE),
        color_of("jeans", "black", failure="other_garment_color"),
        describe("jeans", "The man is wearing a black leather jacket and a white t-shirt.", failure="non_answer"),
        details("jeans", "the jeans are light blue with faded thighs and a slim fit"),
        is_a("jacket", "yes", failure="contradiction"),
        title="Mufti Men Blue Light Fade Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender=M,
    ),
    # photo: solid burgundy long-sleeve slim shirt, navy jeans, steel watch, no ring, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-031",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers are with denim fabric and solid color patterns. There is an accessory on "
            "his wrist. There is a ring on his",
            failure="cut",
            hit_limit=True,
        ),
        wearing("She is wearing a maroon shirt and blue jeans.", failure="pronoun", who=HE),
        color_of("shirt", "maroon"),
        shirt_color("pure color", failure="non_answer"),
        describe("shirt", "the shirt is purple with long sleeves", failure="contradiction"),
        details("shirt", "It has a lapel neckline."),
        title="Turtle Men Burgundy Solid Slim Fit Shirt",
        category="Shirts",
        color="Burgundy",
        gender=M,
    ),
    # photo: blue polo with narrow white horizontal stripes, polo collar, two buttons, small embroidered logo, beige
    #   chinos, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-032",
        caption(
            "The man wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a blue striped polo and beige pants", who=HE),
        color_of("t-shirt", "beige", failure="other_garment_color"),
        shirt_color("blue and white stripes"),
        describe(
            "t-shirt",
            "a blue t-shirt with narrow white stripes, a polo collar with two buttons and a small logo embroidered on "
            "the left",
            failure="cut",
            hit_limit=True,
        ),
        details("t-shirt", "It is a t-shirt.", failure="non_answer"),
        is_a("polo shirt", "yes"),
        title="Classic Polo Men Narrow Stripes Blue Tshirts",
        category="Tshirts",
        color="Blue",
        gender=M,
    ),
    # photo: blue slim mid-rise jeans, plain yellow crew tee, white sneakers, white backdrop; the coin pocket shows.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-033",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        wearing(
            "He is wearing a yellow shirt and blue jeans. Question: What is the color of the jeans? Answer: blue. "
            "Question: What is",
            failure="leak",
            who=HE,
            hit_limit=True,
        ),
        color_of("jeans", "yellow", failure="other_garment_color"),
        describe("jeans", "The jeans are blue, slim fit and mid rise."),
        details("jeans", "The jeans have a zip fly, a button closure, and a small coin pocket."),
        is_a("jeans", "yes", article="a pair of"),
        title="Highlander Men Blue Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender=M,
    ),
    # photo: light-blue shirt with a fine white check that reads as stripes, two flap chest pockets, long sleeves,
    #   black jeans, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-034",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers are with denim fabric and solid color patterns."
        ),
        wearing("blue shirt and black jeans", who=HE),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", failure="contradiction"),
        describe("shirt", "The shirt is light blue with a pattern of thin white lines and two chest pockets."),
        details(
            "shirt",
            "The man is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The trousers are",
            failure="cut",
            hit_limit=True,
        ),
        title="Wrangler Men August Stripe Look Checks Blue Shirts",
        category="Shirts",
        color="Blue",
        gender=M,
    ),
    # photo: bottle-green crew tee with a white "JJ" logo print, no hood, light-grey jeans, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-035",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a green shirt and grey jeans", who=HE),
        color_of("t-shirt", "green"),
        shirt_color("grey", failure="other_garment_color"),
        describe(
            "t-shirt", "The t-shirt is green with a white logo print, short sleeves and a hood.", failure="unsupported"
        ),
        details("t-shirt", "Answer: The t-shirt has a logo on the chest.", failure="leak"),
        title="Jack & Jones Men Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender=M,
    ),
    # photo: blue distressed jeans with thigh rips and a frayed hem, white tee under an open black nylon bomber, white
    #   sneakers, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    #   Seller row lacks the category.
    case(
        "X720-036",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The man "
            "wears a T-shirt inside. The pants are with denim fabric and solid color patterns.",
            failure="unsupported",
        ),
        wearing("black jacket, white t-shirt and ripped blue jeans", who=HE),
        color_of("jeans", "blue"),
        color_of("jacket", "black"),
        describe(
            "jeans",
            "The jeans are blue. The jeans are blue. The jeans are blue. The jeans are blue. The jeans are blue. The "
            "jeans",
            failure="loop",
            hit_limit=True,
        ),
        details("jeans", "rips on the thighs and a frayed hem"),
        is_a("jeans", "yes", article="a pair of"),
        title="Killer Men Blue Distressed Jeans",
        color="Blue",
        gender=M,
    ),
    # photo: solid beige long-sleeve cotton shirt with one chest pocket, curved hem, plain white buttons, dark-blue
    #   jeans, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-037",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers are with denim fabric and solid color patterns."
        ),
        wearing("she is wearing a beige shirt and blue jeans", failure="pronoun", who=HE),
        color_of("shirt", "white", failure="contradiction"),
        shirt_color("khaki"),
        describe("shirt", "The shirt is beige with long sleeves, a chest pocket and a curved hem."),
        details("shirt", "the shirt is made of linen with mother of pearl buttons", failure="unsupported"),
        title="Basics Men Beige Slim Fit Shirt",
        category="Shirts",
        color="Beige",
        gender=M,
    ),
    # photo: black crew tee with a small white Adidas logo worn under an open red-and-black check flannel shirt,
    #   blue jeans, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-038",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a T-shirt inside. The pants are with denim fabric",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a red plaid shirt over a black t-shirt and jeans", who=HE),
        color_of("t-shirt", "red", failure="other_garment_color"),
        shirt_color("red"),
        describe("t-shirt", "a plain black crew neck tee with a small white logo"),
        details(
            "t-shirt",
            "The t-shirt has a round neckline. The t-shirt has a round neckline. The t-shirt has a round neckline. The "
            "t-shirt",
            failure="loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="Adidas Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender=M,
    ),
    # photo: indigo skinny jeans with whiskering on the thighs, grey marl crew tee, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine. Seller row lacks the color.
    case(
        "X720-039",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants.",
            failure="pronoun",
        ),
        wearing("grey t-shirt and jeans", who=HE),
        color_of("jeans", "grey", failure="other_garment_color"),
        color_of("t-shirt", "grey"),
        describe("jeans", "the jeans are jeans", failure="restated"),
        details("jeans", "skinny fit with whiskering on the thighs"),
        title="Lee Men Blue Bruce Skinny Fit Jeans",
        category="Jeans",
        gender=M,
    ),
    # photo: purple-and-white gingham shirt, button-down collar, one chest pocket, long sleeves, navy chinos, white
    #   backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-040",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a purple checkered shirt and navy pants", who=HE),
        color_of("shirt", "navy blue", failure="other_garment_color"),
        shirt_color("purple and white"),
        describe("shirt", "The shirt is a long-sleeve shirt with floral patterns.", failure="contradiction"),
        details("shirt", "gingham checks, a button-down collar and a chest pocket"),
        is_a("shirt", "yes"),
        title="United Colors of Benetton Men Check Purple Shirt",
        category="Shirts",
        color="Purple",
        gender=M,
    ),
    # photo: flat lay, no model: three folded plain crew tees, beige, navy and white, no pockets, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-041",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round.",
            failure="unsupported",
        ),
        color_of("t-shirt", "beige"),
        shirt_color("white, blue and beige"),
        describe("t-shirt", "three plain t-shirts folded, in beige, navy and white"),
        details(
            "t-shirt",
            "The t-shirt is a round neck t-shirt with a single pocket on the chest and a",
            failure="cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="Campbell Men Pack of 3 Solid Tshirts",
        category="Tshirts",
        color="Beige",
        gender=M,
    ),
    # photo: dark navy slim jeans, mustard crew tee, tan belt, brown boots, front view, white backdrop.
    #   Caption and open answers: caption adapter epoch 1; closed: reference engine. Seller row lacks the color.
    case(
        "X720-042",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are with denim fabric and solid color patterns. He has a belt."
        ),
        wearing("yellow t-shirt and dark jeans with a brown belt", who=HE),
        color_of("jeans", "navy blue"),
        describe("jeans", "yellow jeans", failure="other_garment_color"),
        details(
            "jeans", "the jeans have a button fly and a patch pocket with embroidery on the back", failure="unsupported"
        ),
        is_a("jeans", "yes", article="a pair of"),
        title="Roadster Men Navy Slim Fit Jeans",
        category="Jeans",
        gender=M,
    ),
    # photo: solid lavender long-sleeve formal shirt, spread collar, buttoned cuffs, charcoal trousers, white
    #   backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-043",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a light purple shirt and dark grey trousers", who=HE),
        color_of("shirt", "grey", failure="other_garment_color"),
        shirt_color("lavender"),
        describe("shirt", "The shirt is", failure="cut"),
        details("shirt", "The shirt details are the details on the shirt.", failure="restated"),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender=M,
    ),
    # photo: dark-brown polo with a small white Nike swoosh and a three-button placket, beige shorts, cropped at
    #   mid-thigh (no shoes in frame), white backdrop. Caption and open answers: caption adapter epoch 1; closed:
    #   reference engine.
    case(
        "X720-044",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a brown polo shirt, khaki shorts and white sneakers", failure="unsupported", who=HE),
        color_of("t-shirt", "brown"),
        shirt_color("black", failure="contradiction"),
        describe("t-shirt", "The t-shirt is a t-shirt.", failure="restated"),
        details("t-shirt", "a white nike swoosh on the chest and a three button placket"),
        title="Nike Men Dark Brown Polo T-shirt",
        category="Tshirts",
        color="Brown",
        gender=M,
    ),
    # photo: waist-down crop of medium-blue relaxed jeans, the hem of a navy tee at the top, white sneakers, white
    #   backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X720-045",
        caption("The trousers are with denim fabric and solid color patterns. The trousers are long length."),
        wearing(
            "blue jeans, white sneakers, blue jeans, white sneakers, blue jeans, white sneakers, blue jeans, white "
            "sneakers, blue jeans, white",
            failure="loop",
            who=HE,
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        describe("jeans", "The jeans are black.", failure="contradiction"),
        details("jeans", "The jeans details are the jeans.", failure="restated"),
        is_a("jeans", "yes", article="a pair of"),
        title="Wrangler Men Blue Relaxed Fit Jeans",
        category="Jeans",
        color="Blue",
        gender=M,
    ),
    # photo: red cotton-twill western shirt with pearl snaps, pointed yokes and two flap chest pockets, long sleeves,
    #   blue jeans, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    #   Seller row lacks the category.
    case(
        "X720-046",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has a "
            "lapel neckline. The trousers are with denim fabric and solid color patterns.",
            failure="unsupported",
        ),
        wearing("A red shirt and blue jeans.", who=HE),
        color_of("shirt", "red"),
        shirt_color("blue", failure="other_garment_color"),
        describe("shirt", "a red western shirt with snap buttons and two flap pockets on the chest"),
        details(
            "shirt",
            "pearl snap buttons, two flap pockets, a western yoke, pearl snap buttons, two flap pockets, a western "
            "yoke, pearl snap",
            failure="loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Levis Men Work Western Red Shirt",
        color="Red",
        gender=M,
    ),
]
