"""BLIND_649 (46 products; Myntra boys' tees, shirts, shorts, track pants): written blind in the fifty-third session.
Measured blind at 94342b7 (the session's sixteenth rules): 115/141 failures found (81.6%) and 5/179 correct texts
flagged (2.8%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' feed, boys only: t-shirts (crew, polo, henley, raglan, graphic), shirts (school
uniform whites and blues, checks, denim, flannel), shorts (cargo, chino, school, sports, lounge, printed) and track
pants (school PE, joggers, side-striped). Every photo is a catalog shot of a boy, roughly 6-14 years old, on a white
or light grey studio backdrop, usually front view, always wearing a second garment (a tee over the shorts, shorts or
jeans under the tee). Some rows come without a gender column (six of them), a few without a color or a category,
as real feeds do; titles carry the brand, "Boys" or "Kids" and the seller's color.

Who wrote what: captions of most products come from the untuned base Salesforce/blip2-opt-2.7b (short "a boy
wearing ..." sentences, colors named, sometimes one color for both garments, sometimes a prop or a girl that is not
there). Seven products were captioned with the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch
3): DeepFashion template sentences ("pure color patterns", "three-point shorts", "The gentleman ..."), no hue names,
and no end token, so each of those captions ran to the 50-token limit and either loops or stops mid-sentence. Open
answers (wearing, describe, details, material, some open color questions) come from the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA: short answers to color and wearing questions usually stop at the newline, but
descriptive questions often run on to the 30-token limit (loops, cuts, and now and then the next
"Question: ... Answer:" of the training format). Closed answers (garment type, color, pattern, sleeve length, "Is
this a ...?", and the per-garment color questions stored closed) come from enrich's --engine reference, which
picks one candidate value: they never loop or stop short, but the wrong candidate is picked now and then.

Labeling conventions and judgement calls:
- other_garment_color: the labelled product (or the garment the question names, when it is the product) is given
  the color of another garment visible in the photo (the tee's white for the shorts). When the other, non-product
  garment is given the product's color, or a caption gives both garments one color, I label it contradiction.
- contradiction: a color, garment type, pattern, sleeve length or material that the photo, the seller's columns or
  the other texts contradict, including a wrong candidate picked by the reference engine (a "t-shirt" for a shirt,
  "yes" to "Is this a t-shirt?" for a shirt, "long sleeve" for half sleeves, "polyester" for a title that says
  cotton). A "Multi" seller color answered with one of the visible colors is correct, not a contradiction.
- Seller colors that the photo disagrees with (a "Brown" track pant that is plainly maroon): an answer that names
  what the photo shows (maroon) is correct; the seller's own word is also accepted. Olive answered "green", navy
  answered "blue" or "dark blue", charcoal answered "dark grey", grey melange answered "grey" are correct shades.
- unsupported: a detail that is not in the photo and not in the title (a hood, zip pockets, a logo on the back we
  cannot see, a ball the boy is not holding, "silk"/"wool"/"leather" that no catalog column supports). "cotton"
  for a jersey tee or a plain woven shirt is accepted as correct: it is what the fabric visibly is and what kids'
  tees are.
- non_answer: a yes/no, a bare garment name, a bare color, a single noun ("buttons") or "it is" to an open
  describe/details/wearing question. A one-word color to a color question is a correct answer, not a non_answer.
- restated: the answer only gives the question's words back as a sentence ("the shorts details are the details of
  the shorts"), with no fact in it.
- loop and cut always carry hit_limit=True; a looping text is labelled loop even when its first words are right. A
  leak that also ran to the limit is labelled leak (the leaked "Question:" is the first thing wrong with it).
- One caption-adapter caption ran to the 50-token limit but the limit fell exactly after a full stop, and every
  sentence in it is true of the photo: I kept it as a correct text with hit_limit=True (a judgement call).
- A caption-adapter caption that ran to the limit and also says something false ("denim fabric" for cotton
  joggers, "The lady" for a boy) is labelled by the false claim, not as cut; the rest are cut or loop.
- A closed pattern answer that takes the other garment's pattern (the striped tee's "striped" for solid shorts) is
  labelled contradiction: other_garment_color is kept for colors.
- pronoun: "she", "her", "girl", "lady" for a boy. Rows without a gender column still show a boy, and I label a
  wrong pronoun there too. "The gentleman" in the caption adapter's template is male and not a pronoun failure.
- The wearing question is asked as "What is he wearing?" on Boys rows and "What is the person wearing?" where the
  gender column is empty.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    question,
    wearing,
)

neckline = question("neckline", "What is the neckline of the garment?", "closed")
fit = question("fit", "What is the fit of the garment?", "closed")

GT = BLIND_QUESTIONS.garment_type
COLOR = BLIND_QUESTIONS.color
PATTERN = BLIND_QUESTIONS.pattern
SLEEVE = BLIND_QUESTIONS.sleeve_length


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def person(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the person", hit_limit=hit_limit)


BLIND_649 = [
    # photo: boy in a navy blue crew-neck tee with "CHAMPION 23" printed in white across the chest, grey melange
    # knit shorts, white sneakers, white backdrop, front view, hands at his sides. Base caption, VQA open, reference.
    case(
        "X649-001",
        caption("a young boy wearing a navy blue t-shirt and grey shorts"),
        he("a navy blue t-shirt with white letters and grey shorts"),
        color_of("t-shirt", "black", "contradiction"),
        describe(
            "t-shirt",
            "a navy blue t-shirt with a white print on the front and a zip pocket on the sleeve",
            "unsupported",
        ),
        details("t-shirt", "round neck, short sleeves, champion 23 printed in white across the chest"),
        PATTERN("printed"),
        is_a("t-shirt", "yes"),
        title="YK Boys Printed Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: school uniform: boy in a plain white half-sleeve shirt with a chest pocket, tucked into navy blue school
    # shorts with a black belt, white backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-002",
        caption(
            "a boy in a white shirt and blue shorts with a school bag standing against a white wall", "unsupported"
        ),
        he("a white shirt and navy blue shorts"),
        color_of("shirt", "white"),
        describe(
            "shirt",
            "a white shirt with a pocket on the chest and a pocket on the chest and a pocket on the "
            "chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "half sleeves, one pocket on the chest and a collar with buttons down the front"),
        SLEEVE("short sleeve"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Bodycare Kids Boys White Solid School Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy in olive cargo shorts with two flap side pockets and an elastic waist, white crew tee with a small
    # green logo on the chest, white backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-003",
        caption("a little boy wearing a white t-shirt and green shorts"),
        he("a white t-shirt and olive shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        COLOR("olive"),
        details("shorts", "the shorts have two side pockets with flaps and an elastic waistband"),
        describe("shorts", "they are short", "non_answer"),
        material("leather", "unsupported"),
        title="Gini and Jony Boys Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy in black track pants with two white stripes down each side and ribbed ankle cuffs, a plain grey
    # melange tee, white backdrop, front view, one foot forward. Base caption, VQA open, reference closed.
    case(
        "X649-004",
        caption("a boy wearing a grey t-shirt and black track pants with white stripes"),
        he("a grey shirt and black pants"),
        color_of("track pants", "grey", "other_garment_color", kind="open"),
        COLOR("black"),
        details(
            "track pants",
            "black with white stripes on the sides and white stripes on the sides and white "
            "stripes on the sides and white stripes on the",
            "loop",
            hit_limit=True,
        ),
        describe(
            "track pants",
            "black track pants with two white side stripes, cuffed ankles and a zip pocket on the back",
            "unsupported",
        ),
        GT("track pants"),
        title="Proline Kids Boys Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in a red pique polo (school house color) with white tipping on the collar and sleeve hems, navy
    # shorts, white backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-005",
        caption("a young girl in a red polo shirt and blue shorts", "pronoun"),
        he("a red polo shirt with a white collar trim and navy shorts"),
        color_of("polo shirt", "red"),
        describe("polo shirt", "red", "non_answer"),
        details("polo shirt", "a collar with white tipping, a three button placket and short sleeves with white edges"),
        neckline("polo collar"),
        material("cotton"),
        title="Classic Polo Boys Solid Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: boy in a blue and white checked casual shirt, full sleeves rolled to the elbow, worn untucked over dark
    # blue jeans, light grey backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-006",
        caption("a boy in a blue and white checkered shirt and jeans"),
        he("a checked shirt and blue jeans"),
        color_of("shirt", "dark blue", "other_garment_color", kind="open"),
        PATTERN("checked"),
        SLEEVE("short sleeve", "contradiction"),
        describe(
            "shirt", "a blue and white checked shirt with a button down collar and sleeves rolled up to the elbows"
        ),
        details(
            "shirt",
            "the shirt has a chest pocket, a button down collar, long sleeves and a small embroidered logo on the",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Kids Boys Blue Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in mid-blue denim shorts with a light wash and turned-up hems, a mustard yellow crew tee, white
    # backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-007",
        caption("a boy wearing a yellow shirt and jean shorts"),
        he("a yellow t-shirt and denim shorts"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        COLOR("blue"),
        material("denim"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: the shorts have pockets and a button Question: What",
            "leak",
            hit_limit=True,
        ),
        describe("shorts", "light blue denim shorts with rolled hems and a chain on the belt loop", "unsupported"),
        title="Pepe Jeans Kids Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in navy track pants with thin red piping down the sides and a drawstring waist, white crew tee,
    # white backdrop, front view. No gender column. Caption adapter caption, VQA open, reference closed.
    case(
        "X649-008",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric. It has a round neckline. The gentleman wears long pants. The pants are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        person("a white t-shirt and navy blue track pants"),
        color_of("track pants", "navy"),
        COLOR("white", "other_garment_color"),
        details("track pants", "red piping on the sides and a drawstring at the waist"),
        describe(
            "track pants", "navy track pants with red lines on the side and a zipper at the ankles", "unsupported"
        ),
        title="Kids Ville Boys Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: boy in a bright yellow tee with a large green cartoon dinosaur print and the words "ROAR", mid-blue
    # jeans, white backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-009",
        caption("a young boy wearing a yellow t-shirt with a dinosaur on it"),
        he("a yellow t-shirt and jeans Question: Is this a t-shirt? Answer: yes", "leak"),
        color_of("t-shirt", "yellow"),
        PATTERN("striped", "contradiction"),
        describe(
            "t-shirt", "a yellow t-shirt with a dinosaur print and the word roar on the front and back", "unsupported"
        ),
        details("t-shirt", "the details of the t-shirt are the t-shirt details", "restated"),
        material("cotton"),
        title="Kidsville Boys Yellow Dino Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: boy in a light blue full-sleeve school shirt with a chest pocket, tucked into grey school trousers,
    # white backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-010",
        caption("a boy in a light blue shirt and grey pants"),
        he("she is wearing a blue shirt and grey trousers", "pronoun"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        COLOR("light blue"),
        SLEEVE("long sleeve"),
        describe("shirt", "shirt", "non_answer"),
        details(
            "shirt", "full sleeves with buttoned cuffs and a school logo embroidered on the chest pocket", "unsupported"
        ),
        title="Bodycare Kids Boys Light Blue School Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in a navy and white horizontally striped crew tee, khaki chino shorts, white backdrop, front view.
    # Base caption, VQA open, reference closed.
    case(
        "X649-011",
        caption("a boy wearing a blue and white striped shirt and khaki shorts"),
        he("a striped t-shirt and beige shorts"),
        color_of("t-shirt", "navy blue and white", kind="open"),
        PATTERN("solid", "contradiction"),
        describe(
            "t-shirt",
            "a navy and white striped t-shirt with a round neck and a small anchor on the pocket",
            "unsupported",
        ),
        details(
            "t-shirt",
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        title="Gini and Jony Boys Navy Blue Striped T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in navy blue school shorts with belt loops and slant pockets, white half-sleeve school shirt tucked
    # in, black belt, white socks, white backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-012",
        caption("a boy in a white shirt and navy shorts with a backpack on his shoulders", "unsupported"),
        he("a white shirt, navy blue shorts and a black belt"),
        color_of("shorts", "navy blue"),
        color_of("shirt", "navy blue", "contradiction"),
        describe("shorts", "the shorts are shorts", "restated"),
        details(
            "shorts",
            "the shorts have a pocket on the back and a pocket on the back and a pocket on the back "
            "and a pocket on the back",
            "loop",
            hit_limit=True,
        ),
        GT("shorts"),
        title="Bodycare Kids Boys Navy Blue School Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in grey melange jogger track pants with ribbed ankle cuffs and a drawstring, plain black tee, white
    # backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-013",
        caption("a boy wearing a black shirt and gray sweatpants"),
        he("a black t-shirt and black joggers", "contradiction"),
        color_of("track pants", "black", "other_garment_color", kind="open"),
        COLOR("grey melange"),
        describe("track pants", "grey joggers with an elastic waist, a drawstring and cuffed ankles"),
        details("track pants", "yes", "non_answer"),
        material("cotton fleece"),
        title="Proline Boys Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: boy in a plain white crew-neck tee, red cotton shorts, white backdrop, front view. Caption adapter
    # caption (template, ran to the limit), VQA open, reference closed.
    case(
        "X649-014",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The shorts this gentleman wears is of three-point length. The "
            "shorts are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        he("a white t-shirt and red shorts"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        COLOR("white"),
        describe("t-shirt", "a plain white t-shirt with a round neck"),
        details("t-shirt", "short sleeves Question: What is the color of the shorts? Answer: red", "leak"),
        neckline("v-neck", "contradiction"),
        title="Mothercare Boys Solid White T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy in an open maroon and black checked flannel shirt over a white crew tee, blue jeans, light grey
    # backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-015",
        caption("a boy wearing a plaid shirt over a white t-shirt"),
        he("a red plaid shirt, a white t-shirt and jeans"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        COLOR("maroon"),
        PATTERN("checked"),
        describe(
            "shirt",
            "a maroon and black checked flannel shirt with long sleeves and buttoned cuffs and two pockets on the",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has two chest pockets, a collar, long sleeves and a hood", "unsupported"),
        material("flannel"),
        title="Allen Solly Junior Boys Maroon Checked Flannel Shirt",
        category="Shirts",
        color="Maroon",
        gender="Boys",
    ),
    # photo: boy in red sports shorts with white side panels and an elastic waist, white sports tee, white backdrop,
    # front view, holding nothing. Base caption, VQA open, reference closed.
    case(
        "X649-016",
        caption("a boy in a white shirt and red shorts holding a soccer ball", "unsupported"),
        he("a white t-shirt and red shorts"),
        color_of("shorts", "red"),
        COLOR("white", "other_garment_color"),
        describe("shorts", "shorts", "non_answer"),
        details(
            "shorts",
            "the shorts are red the shorts are red the shorts are red the shorts are red the shorts are red",
            "loop",
            hit_limit=True,
        ),
        title="Nike Boys Red Sports Shorts",
        category="Shorts",
        color="Red",
        gender="Boys",
    ),
    # photo: boy in plain maroon track pants (seller says "Brown"; the photo is plainly maroon) with a drawstring
    # and straight hems, white tee with small maroon print, white backdrop, front view. Base caption, VQA open,
    # reference closed.
    case(
        "X649-017",
        caption("a boy in a white t-shirt and maroon pants"),
        he("a white t-shirt and maroon track pants"),
        color_of("track pants", "maroon", kind="open"),
        COLOR("brown"),
        describe(
            "track pants",
            "maroon track pants with a drawstring waist Question: What is the color of the t-shirt? Answer: white",
            "leak",
        ),
        details(
            "track pants",
            "the pants have a drawstring, two side pockets and a white stripe down the leg",
            "unsupported",
        ),
        is_a("pair of shorts", "yes", "contradiction", article="a"),
        title="Kids Ville Boys Brown Track Pants",
        category="Track Pants",
        color="Brown",
        gender="Boys",
    ),
    # photo: boy in a bottle green pique polo with a small embroidered logo, beige chino shorts, white backdrop,
    # three-quarter view. Base caption, VQA open, reference closed.
    case(
        "X649-018",
        caption("a boy wearing a green polo shirt and tan shorts"),
        he("she is wearing a green polo shirt and beige shorts", "pronoun"),
        color_of("polo shirt", "dark green", kind="open"),
        COLOR("green"),
        describe("polo shirt", "a green polo shirt with a collar, two buttons and a small logo on the chest"),
        details(
            "polo shirt",
            "a collar, buttons and a logo and a collar, buttons and a logo and a collar, buttons and a logo and a",
            "loop",
            hit_limit=True,
        ),
        SLEEVE("short sleeve"),
        title="U.S. Polo Assn. Kids Boys Green Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: boy in a mid-blue denim shirt, full sleeves, two flap chest pockets, snap buttons, worn with black
    # shorts, white backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-019",
        caption("a boy in a denim shirt and black shorts"),
        he("a blue denim shirt and black shorts"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        COLOR("blue"),
        material("denim"),
        describe(
            "shirt",
            "a blue denim shirt with two pockets on the chest with flaps and buttons on the pockets and buttons on the",
            "cut",
            hit_limit=True,
        ),
        GT("jacket", "contradiction"),
        details("shirt", "the details of the shirt are on the shirt", "restated"),
        title="Lee Cooper Boys Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in khaki chino shorts with a button fly and belt loops, navy polo tucked in, brown belt, white
    # backdrop, front view. Caption adapter caption, VQA open, reference closed.
    case(
        "X649-020",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The shorts this gentleman wears is of three-point length. The shorts are "
            "with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he("a navy polo shirt and khaki shorts"),
        color_of("shorts", "khaki"),
        color_of("polo shirt", "khaki", "contradiction", kind="open"),
        describe("shorts", "khaki chino shorts with belt loops and front pockets"),
        details("shorts", "the shorts details are the details of the shorts", "restated"),
        fit("regular fit"),
        title="Gini and Jony Boys Khaki Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: boy in black track pants with a single orange stripe down each side, orange crew tee, white backdrop,
    # front view. Base caption, VQA open, reference closed.
    case(
        "X649-021",
        caption("a boy wearing an orange shirt and orange pants", "contradiction"),
        he("an orange t-shirt and black track pants with orange stripes"),
        color_of("track pants", "orange", "other_garment_color", kind="open"),
        COLOR("black"),
        describe("track pants", "black track pants with an orange stripe on each side and an elastic waistband"),
        details(
            "track pants",
            "black Question: What is the color of the t-shirt? Answer: orange Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        GT("track pants"),
        title="Puma Boys Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in a color-block tee (royal blue body, red chest panel, white sleeves), grey track pants, white
    # backdrop, front view. Seller color Multi. Base caption, VQA open, reference closed.
    case(
        "X649-022",
        caption("a boy wearing a blue red and white t-shirt and gray pants"),
        he("a colorful t-shirt and grey pants"),
        color_of("t-shirt", "blue", kind="open"),
        PATTERN("colourblocked"),
        COLOR("grey", "other_garment_color"),
        describe(
            "t-shirt",
            "a blue t-shirt with a red panel across the chest and white sleeves and a round neck with a blue",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a round neck and a kangaroo pocket", "unsupported"),
        SLEEVE("long sleeve", "contradiction"),
        title="Kids Ville Boys Colourblocked Multi T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: boy in a white full-sleeve shirt with thin blue vertical stripes, buttoned to the top, navy shorts,
    # white backdrop, front view. No gender column. Base caption, VQA open, reference closed.
    case(
        "X649-023",
        caption("a young boy wearing a striped shirt and navy blue shorts"),
        person("a white shirt with blue stripes and blue shorts"),
        color_of("shirt", "white and blue", kind="open"),
        PATTERN("checked", "contradiction"),
        describe("shirt", "a white and blue pinstripe shirt with a pointed collar and full sleeves"),
        details("shirt", "she has a collar, buttons and long sleeves", "pronoun"),
        is_a("t-shirt", "no"),
        title="Peter England Kids Boys White Striped Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: boy in grey melange knit lounge shorts with a drawstring, royal blue tee with a white surfboard print,
    # white backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-024",
        caption("a boy in a blue shirt and gray shorts"),
        he("a blue t-shirt with a print and grey shorts"),
        color_of("shorts", "grey"),
        describe("shorts", "blue shorts with a white surfboard print", "other_garment_color"),
        details("shorts", "drawstring waist, side pockets and a zip on the back pocket", "unsupported"),
        material("polyester", "contradiction"),
        GT("shorts"),
        title="Mothercare Boys Grey Melange Cotton Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: boy in navy blue school PE track pants with a white stripe down each side, white school polo with a navy
    # collar, white backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-025",
        caption("a boy in a white polo shirt and navy blue track pants"),
        he("a white polo and blue track pants"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        COLOR("navy blue"),
        describe("track pants", "the track pants are track pants", "restated"),
        details("track pants", "the track pants have a", "cut", hit_limit=True),
        is_a("pair of track pants", "yes"),
        title="Bodycare Kids Boys Navy Blue School Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in an orange tee with a cartoon of Chhota Bheem lifting a boulder, black cotton shorts, white
    # backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-026",
        caption("a little boy wearing an orange t-shirt with a cartoon character on it"),
        he("an orange t-shirt with a cartoon and black shorts"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        COLOR("orange"),
        PATTERN("graphic"),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        details("t-shirt", "a cartoon boy lifting a rock printed on the front, round neck and short sleeves"),
        title="Chhota Bheem Kids Boys Orange Printed T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: boy in an olive green half-sleeve casual shirt, untucked, with beige shorts, white backdrop, front view.
    # Caption adapter caption (loops), VQA open, reference closed.
    case(
        "X649-027",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. "
            "The shirt is with",
            "loop",
            hit_limit=True,
        ),
        he("a green shirt and beige shorts"),
        color_of("shirt", "olive"),
        color_of("shorts", "olive", "contradiction", kind="open"),
        describe("shirt", "an olive green shirt with short sleeves and epaulettes on the shoulders", "unsupported"),
        details("shirt", "no", "non_answer"),
        SLEEVE("short sleeve"),
        title="Allen Solly Junior Boys Olive Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy in navy shorts with a white palm tree print all over and a drawstring, plain white tee, white
    # backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-028",
        caption("a boy in a white shirt and blue shorts with palm trees"),
        he("a white t-shirt and printed shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        PATTERN("printed"),
        COLOR("black", "contradiction"),
        describe("shorts", "navy blue shorts with a white palm tree print and a drawstring"),
        details(
            "shorts",
            "palm trees palm trees palm trees palm trees palm trees palm trees palm trees palm trees "
            "palm trees palm trees",
            "loop",
            hit_limit=True,
        ),
        title="Mothercare Boys Navy Blue Printed Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in charcoal track pants with two zip side pockets and a drawstring, teal crew tee, white backdrop,
    # front view. No gender column. Base caption, VQA open, reference closed.
    case(
        "X649-029",
        caption("a boy wearing a teal shirt and dark gray pants"),
        person("a teal t-shirt and dark grey track pants"),
        color_of("track pants", "dark grey", kind="open"),
        COLOR("teal", "other_garment_color"),
        describe("track pants", "charcoal track pants with zip pockets on both sides"),
        details("track pants", "zip pockets, a drawstring and a logo on the back pocket", "unsupported"),
        GT("trousers", "contradiction"),
        title="HRX Kids Charcoal Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # photo: boy in a black tee with "GAME ON" printed in neon green, grey joggers, white backdrop, front view.
    # Base caption, VQA open, reference closed.
    case(
        "X649-030",
        caption("a boy wearing a black t-shirt that says game on"),
        he("a black t-shirt and grey pants"),
        color_of("t-shirt", "black"),
        describe(
            "t-shirt",
            "a black t-shirt with game on written in green and a picture of a video game controller on the",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "neon green text on the chest, round neck, short sleeves"),
        color_of("joggers", "black", "contradiction", kind="open"),
        material("cotton"),
        title="YK Boys Black Typography Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in a light pink half-sleeve cotton shirt with a button-down collar and a chest pocket, white
    # shorts, white backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-031",
        caption("a girl wearing a pink shirt and white shorts", "pronoun"),
        he("a pink shirt and white shorts"),
        color_of("shirt", "pink"),
        COLOR("white", "other_garment_color"),
        describe("shirt", "a light pink shirt with white polka dots and a button down collar", "unsupported"),
        details("shirt", "button down collar, half sleeves, a chest pocket"),
        title="United Colors of Benetton Boys Pink Solid Shirt",
        category="Shirts",
        color="Pink",
        gender="Boys",
    ),
    # photo: boy in black athletic shorts with a mesh side panel, a red sports tee, white backdrop, side view
    # mid-stride. Base caption, VQA open, reference closed.
    case(
        "X649-032",
        caption("a boy running in a red shirt and black shorts"),
        he("a red t-shirt and black shorts"),
        color_of("shorts", "black", kind="open"),
        COLOR("black"),
        describe("shorts", "black sports shorts with mesh on the sides and a zip pocket", "unsupported"),
        details("shorts", "Answer: the shorts are black with an elastic waist", "leak"),
        GT("track pants", "contradiction"),
        title="Nike Boys Black Dri-FIT Shorts",
        category="Shorts",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in olive green cotton joggers with cargo pockets on the thighs and elastic cuffs, white tee, white
    # backdrop, front view. Caption adapter caption, VQA open, reference closed.
    case(
        "X649-033",
        caption(
            "This gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants this gentleman wears is of long length. The "
            "pants are with denim fabric",
            "unsupported",
            hit_limit=True,
        ),
        he("a white t-shirt and green cargo joggers"),
        color_of("track pants", "olive green"),
        describe("track pants", "green joggers with pockets on the legs and elastic at the ankles"),
        details("track pants", "the track pants details are the pockets", "restated"),
        COLOR("green"),
        title="Gini and Jony Boys Olive Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy in a teal henley tee with a three-button placket, navy shorts, white backdrop, front view.
    # Base caption, VQA open, reference closed.
    case(
        "X649-034",
        caption("a boy wearing a teal shirt with buttons and navy shorts"),
        he("a teal henley t-shirt and navy shorts"),
        color_of("t-shirt", "navy blue", "other_garment_color", kind="open"),
        COLOR("teal"),
        neckline("polo collar", "contradiction"),
        describe("t-shirt", "teal Answer: a teal henley with three buttons", "leak"),
        details("t-shirt", "buttons", "non_answer"),
        material("wool", "unsupported"),
        title="Mothercare Boys Teal Henley T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Boys",
    ),
    # photo: boy in a mustard and navy checked shirt, full sleeves buttoned, worn untucked over blue jeans, white
    # backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-035",
        caption("a boy in a yellow and blue plaid shirt and jeans"),
        he("a yellow checked shirt and blue jeans"),
        color_of("shirt", "mustard"),
        PATTERN("checked"),
        describe("shirt", "a mustard yellow shirt with navy checks, a collar and full sleeves"),
        details(
            "shirt",
            "the shirt has a collar and buttons and a collar and buttons and a collar and buttons and a"
            " collar and buttons",
            "loop",
            hit_limit=True,
        ),
        GT("t-shirt", "contradiction"),
        SLEEVE("long sleeve"),
        title="Allen Solly Junior Boys Mustard Checked Shirt",
        category="Shirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: boy in beige (khaki) pleated school shorts with belt loops, white half-sleeve school shirt tucked in,
    # navy tie, white backdrop, front view. No gender column, no color column. Base caption, VQA open, reference.
    case(
        "X649-036",
        caption("a boy in a school uniform with a white shirt, a tie and khaki shorts"),
        person("a white shirt, a blue tie and beige shorts"),
        color_of("shorts", "beige"),
        describe("shorts", "white shorts with pleats", "other_garment_color"),
        details(
            "shorts",
            "pleats at the front and belt loops and pleats at the front and belt loops and pleats at "
            "the front and belt loops and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        material("cotton"),
        title="Bodycare Kids Boys Khaki School Shorts",
        category="Shorts",
    ),
    # photo: boy in light grey track pants with black stripes down the sides, black crew tee, white backdrop, front
    # view. Base caption, VQA open, reference closed.
    case(
        "X649-037",
        caption("a young boy wearing a black t-shirt and gray track pants"),
        he("a black t-shirt and light grey track pants"),
        color_of("track pants", "light grey", kind="open"),
        COLOR("grey"),
        describe("track pants", "light grey track pants with a black stripe down each side and an elastic waist"),
        details("track pants", "Question: What are the track pants details? Answer:", "leak"),
        GT("shorts", "contradiction"),
        title="Proline Boys Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Boys",
    ),
    # photo: boy in a white school polo with a small navy embroidered crest on the chest, navy shorts, white
    # backdrop, front view. Base caption, VQA open, reference closed.
    case(
        "X649-038",
        caption("a boy wearing a white polo shirt and white shorts", "contradiction"),
        he("he is wearing a white polo shirt with a badge and navy shorts"),
        color_of("polo shirt", "white"),
        describe("polo shirt", "a white polo shirt with a badge on the chest and a badge on the sleeve", "unsupported"),
        details("polo shirt", "collar, two buttons and an embroidered crest"),
        SLEEVE("short sleeve"),
        is_a("t-shirt", "yes"),
        title="Bodycare Kids Boys White School Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy in a navy blue half-sleeve school shirt with a chest pocket, grey shorts, white backdrop, front
    # view. Caption adapter caption, VQA open, reference closed.
    case(
        "X649-039",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The shorts this lady wears is of three-point length. The shorts are with "
            "cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        he("a blue shirt and grey shorts"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        COLOR("black", "contradiction"),
        describe("shirt", "navy blue shirt with a pocket and short sleeves"),
        details(
            "shirt",
            "a pocket on the chest and a collar and a pocket on the chest and a collar and a pocket on "
            "the chest and a collar and a",
            "loop",
            hit_limit=True,
        ),
        title="Bodycare Kids Boys Navy Blue School Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in navy cotton shorts with a white drawstring, a red and white striped tee, white backdrop, front
    # view. Base caption, VQA open, reference closed.
    case(
        "X649-040",
        caption("a boy wearing a red and white striped shirt and blue shorts"),
        he("a striped t-shirt and navy shorts"),
        color_of("shorts", "red and white", "other_garment_color", kind="open"),
        COLOR("navy blue"),
        PATTERN("striped", "contradiction"),
        describe("shorts", "dark blue shorts with a white drawstring at the waist"),
        details(
            "shorts",
            "the shorts have a white drawstring and two pockets on the side and a pocket on the back and a",
            "cut",
            hit_limit=True,
        ),
        title="Gini and Jony Boys Navy Blue Solid Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in red track pants with two white stripes down each side, navy crew tee, white backdrop, front view.
    # No gender column. Base caption, VQA open, reference closed.
    case(
        "X649-041",
        caption("a boy in a blue t-shirt and red pants with white stripes"),
        person("a navy t-shirt and red track pants"),
        color_of("track pants", "red"),
        describe(
            "track pants",
            "red red red red red red red red red red red red red red red red red red red red red red red red red",
            "loop",
            hit_limit=True,
        ),
        details("track pants", "two white stripes on each side and a reflective strip at the ankle", "unsupported"),
        COLOR("navy blue", "other_garment_color"),
        is_a("pair of track pants", "yes"),
        title="Kids Ville Red Track Pants",
        category="Track Pants",
        color="Red",
    ),
    # photo: boy in a lavender crew tee with a small white logo on the chest, white shorts, white backdrop, front
    # view. Base caption, VQA open, reference closed.
    case(
        "X649-042",
        caption("a young girl in a purple shirt and white shorts", "pronoun"),
        he("a purple t-shirt and white shorts"),
        color_of("t-shirt", "pink", "contradiction"),
        describe("t-shirt", "a lavender t-shirt with a small white logo on the chest"),
        details("t-shirt", "it is", "non_answer"),
        COLOR("white", "other_garment_color"),
        title="United Colors of Benetton Boys Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Boys",
    ),
    # photo: boy in a white full-sleeve shirt with a mandarin collar, sleeves rolled up, khaki shorts, white
    # backdrop, front view. Title says linen blend. Base caption, VQA open, reference closed.
    case(
        "X649-043",
        caption("a boy wearing a white shirt and khaki shorts"),
        he("a white shirt with a mandarin collar and khaki shorts"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        COLOR("white"),
        material("linen"),
        describe(
            "shirt",
            "a white shirt with a band collar and sleeves rolled up to the elbows and buttons all the "
            "way down the front of the",
            "cut",
            hit_limit=True,
        ),
        neckline("shirt collar", "contradiction"),
        details("shirt", "the shirt has a mandarin collar and a chest pocket with a zip", "unsupported"),
        title="Allen Solly Junior Boys White Linen Blend Mandarin Collar Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy in green and brown camouflage cargo shorts with flap pockets, black tee, white backdrop, front view.
    # Seller color Multi. Base caption, VQA open, reference closed.
    case(
        "X649-044",
        caption("a boy wearing a black shirt and camo shorts"),
        color_of("shorts", "green and brown", kind="open"),
        PATTERN("camouflage"),
        describe("shorts", "black cargo shorts with flap pockets", "other_garment_color"),
        details(
            "shorts",
            "cargo pockets cargo pockets cargo pockets cargo pockets cargo pockets cargo pockets cargo"
            " pockets cargo pockets",
            "loop",
            hit_limit=True,
        ),
        he("shorts", "non_answer"),
        title="Gini and Jony Boys Camouflage Print Cargo Shorts",
        category="Shorts",
        color="Multi",
        gender="Boys",
    ),
    # photo: boy in royal blue joggers with white cuffs, white tee with a blue rocket print, white backdrop, front
    # view. Caption adapter caption, VQA open, reference closed.
    case(
        "X649-045",
        caption(
            "This gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants this gentleman wears is of long length. The pants are "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        he("a white t-shirt with a rocket and blue pants"),
        color_of("track pants", "blue"),
        describe("track pants", "blue track pants with white ankle cuffs and a rocket on the knee", "unsupported"),
        details(
            "track pants",
            "the elastic waist and the cuffs and the elastic waist and the cuffs and the elastic waist and the",
            "loop",
            hit_limit=True,
        ),
        COLOR("white", "other_garment_color"),
        fit("slim fit", "unsupported"),
        title="Mothercare Boys Blue Joggers",
        category="Track Pants",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in a raglan baseball tee with a maroon body and white three-quarter sleeves, blue jeans, light grey
    # backdrop, front view. No gender column, no category column. Base caption, VQA open, reference closed.
    case(
        "X649-046",
        caption("a boy wearing a maroon and white baseball shirt and jeans"),
        person("a maroon t-shirt with white sleeves and blue jeans"),
        color_of("t-shirt", "maroon"),
        SLEEVE("short sleeve", "contradiction"),
        describe("t-shirt", "a maroon raglan t-shirt with white sleeves"),
        details(
            "t-shirt",
            "the t-shirt is maroon with white raglan sleeves Question: What is the color of the jeans? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "maroon", "contradiction", kind="open"),
        title="Kids Ville Maroon Raglan T-shirt",
        color="Maroon",
    ),
]
