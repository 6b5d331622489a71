"""BLIND_905 (46 products; Myntra kids' tees, dresses, ethnic sets, VQA): written blind in the fifty-seventh session.
Measured blind at d08c3e3 (the session's fourth rules): 107/120 failures found (89.2%) and 7/173 correct texts flagged
(4.0%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (Boys and Girls t-shirts, dresses, kurta sets, lehenga cholis, a sherwani). The
photos are catalog shots on a white or light beige backdrop, mostly a child model wearing the product with other
clothes (shorts, jeans, leggings, an open shirt or cardigan, shoes, a turban), sometimes holding a prop (teddy bear,
football, kite, sunflower, gift box, basket of flowers) or seated on a stool or cushion; two t-shirts are flat lays
with no model. Catalog columns: title, category (Myntra article type), color (Myntra base colour), gender.

Who wrote what: every free-generated text (the caption and the open answers) comes from Salesforce/blip2-opt-2.7b with
the leoreigoto/Data3_V3_BLIP2_VQA LoRA adapter, greedy, 50 new tokens for the caption and 30 for answers. The adapter
was trained without an end-of-answer token on In-shop VQA pairs, so long answers loop or run to the limit and get
cut, and it sometimes echoes the `Question: ... Answer:` format into the text; its captions are poor (trained on VQA
only): terse, sometimes a bare answer, sometimes looping or leaking. It likes "a girl" for young children and picks
the most salient color in the picture (shorts, jeans, a jacket, a stole, the backdrop prop) for the product. Closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine ranking
candidates with the same adapter: always one clean candidate, never looping or cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- other_garment_color: the product is given the color of another garment or accessory actually worn in the photo
  (shorts, jeans, leggings, pyjama, dupatta, stole, cardigan, jacket, shoes, turban). For a kurta set the question
  names one piece ("the kurta"), so the pyjama's color for the kurta counts as another garment's color.
- contradiction: a color, garment type, pattern or sleeve length that is simply wrong for the product and is not the
  color of another worn garment (the color of a print on the product, of a prop, of the backdrop, or none in the
  photo); also "no" to "Is this a <the product's type>?" and "yes" to a type it is not. The pattern or sleeve length
  of a layered garment (striped tee under a pinafore, cardigan over a sleeveless dress) given for the product is a
  contradiction, not other_garment_color, since no color is involved.
- unsupported: an invented detail (zipper, lining, crown, clutch bag, collar, print of a prop, words not printed,
  a brick wall) or a material the title or the visible fabric contradicts. When a text is both cut and invents
  something, it is labelled by what it does first; I avoided mixing where I could.
- pronoun: he/his for a Girls product or she/her for a Boys product, and also "a girl"/"a boy" for the wrong child in
  a caption; prompts that themselves say "he" or "she" are not failures of the text.
- non_answer: a bare yes/no, a bare garment word, or a single color word given to an open question ("Describe the
  kurta." -> "white"), even where the word itself is true; also a caption that is only a word.
- restated: the answer only says the question back ("the dhoti details are the details of the dhoti").
- leak: any `Question:` or `Answer:` in the text wins over loop or cut, even when the leaked part then repeats.
- loop and cut texts are all hit_limit=True; leaks that run on to the limit are too, a bare echoed prompt is not.
- Correct answers may be terse or partial ("a red kurta" when there is also a pyjama) and may use a coarse color
  for a shade (pink for magenta or peach, white for cream, red for maroon, purple for lavender, blue for teal or
  turquoise, yellow for mustard), "pajama" or "pants" for pyjama, "vest" for a Nehru jacket, "tutu" for a tulle skirt.
- Seller colors are kept as the feed has them even where the photo reads differently ("Multi" for a white floral
  dress); answers are judged against the photo, so "white" for that dress is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

print_q = question("print", "What is printed on the t-shirt?", "open")

BLIND_905 = [
    # photo: boy in a red round-neck half-sleeve tee with a white Spider-Man print on the chest, navy denim shorts,
    # white sneakers; white backdrop, front view. All texts by the VQA adapter (closed via reference engine).
    case(
        "X905-001",
        caption("a young boy wearing a red t-shirt with a spiderman print and blue shorts"),
        wearing("a red t-shirt and blue shorts", who="the boy"),
        color_of("t-shirt", "red"),
        describe(
            "t-shirt",
            "the t-shirt is red with a white spider print on the front and a zipper on the side",
            failure="unsupported",
        ),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        title="Marvel Boys Red Spider-Man Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a pink sleeveless fit-and-flare dress with white polka dots and a self bow at the waist, white
    # sandals, hugging a brown teddy bear; white backdrop. VQA adapter; closed by reference engine.
    case(
        "X905-002",
        caption("a little girl in a pink polka dot dress holding a teddy bear"),
        wearing("she is wearing a pink dress with white dots", who="the girl"),
        color_of("dress", "white", failure="contradiction"),
        Q.pattern("polka dots"),
        details(
            "dress",
            "the dress has a bow at the waist and a bow at the waist and a bow at the waist and a bow at "
            "the waist and a bow",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Gini and Jony Girls Pink Polka Dot Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a cream kurta with a mandarin collar and gold buttons, white churidar pyjama, brown juttis;
    # white backdrop, front view. VQA adapter throughout.
    case(
        "X905-003",
        caption("a young boy in a cream kurta and white pyjamas"),
        wearing("a kurta and pyjama", who="the boy"),
        color_of("kurta", "cream"),
        Q.garment_type("kurta set"),
        Q.material("the kurta is made of silk and has a silk lining", failure="unsupported"),
        details("kurta", "the kurta has a mandarin collar and gold buttons down the front"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: the kurta is cream Question: Describe the pyjama. "
            "Answer: the pyjama is white Question:",
            failure="leak",
            hit_limit=True,
        ),
        title="Boys Cream Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a yellow half-sleeve tee with a rainbow and the word SUNSHINE printed in white, blue denim
    # jeans; white backdrop. VQA adapter; the color question asked open this night.
    case(
        "X905-004",
        caption("a girl wearing a yellow shirt and blue jeans"),
        wearing("he is wearing a yellow t-shirt and jeans", failure="pronoun", who="the child"),
        color_of("t-shirt", "blue", failure="other_garment_color", kind="open"),
        print_q("a rainbow and the word sunshine"),
        Q.sleeve_length("short sleeves"),
        title="Doodle Girls Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl in a magenta lehenga with a gold zari border, matching magenta short-sleeve choli, a gold tissue
    # dupatta over one shoulder, glass bangles; white backdrop. VQA adapter; closed by reference engine.
    case(
        "X905-005",
        caption("a little girl in a pink and gold lehenga with a dupatta"),
        wearing("a pink lehenga choli with a gold dupatta", who="the girl"),
        color_of("lehenga", "gold", failure="other_garment_color"),
        describe(
            "lehenga",
            "the lehenga is pink with a gold border and gold embroidery and a gold border and gold "
            "embroidery and a gold border and",
            failure="loop",
            hit_limit=True,
        ),
        is_a("saree", "yes", failure="contradiction"),
        Q.pattern("embroidered"),
        title="Aks Kids Girls Magenta & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy in a navy pique polo tee (no pocket) with white tipping on collar and sleeve hems, khaki shorts, one
    # hand in a pocket; white backdrop. VQA adapter.
    case(
        "X905-006",
        caption("a boy in a navy blue polo shirt and khaki shorts"),
        wearing("a blue polo shirt and beige shorts", who="the boy"),
        color_of("polo shirt", "khaki", failure="other_garment_color"),
        details(
            "polo shirt",
            "the polo shirt has a collar with white stripes, two buttons and a pocket on the chest",
            failure="unsupported",
        ),
        Q.garment_type("t-shirt"),
        describe(
            "polo shirt", "she is wearing a navy blue polo shirt with white stripes on the collar", failure="pronoun"
        ),
        title="U.S. Polo Assn. Kids Boys Navy Blue Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a white dress with a multicoloured (pink, yellow, green) floral print, short puff sleeves, round
    # neck, tiered skirt with a ruffle hem, pink headband; white backdrop, angled view. VQA adapter.
    case(
        "X905-007",
        caption("a girl in a white floral dress with a pink headband"),
        wearing("a floral dress", who="the girl"),
        Q.color("white"),
        Q.pattern("striped", failure="contradiction"),
        Q.sleeve_length("short sleeves"),
        details(
            "dress",
            "the dress has short puff sleeves, a round neck, a tiered skirt with a ruffle hem and a pink "
            "flower print all over the front and the",
            failure="cut",
            hit_limit=True,
        ),
        describe("dress", "yes", failure="non_answer"),
        title="Peppermint Girls White & Pink Floral Print Tiered Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a navy self-design kurta under a mustard yellow Nehru jacket, white churidar, tan mojaris; white
    # backdrop. The set includes the jacket. VQA adapter; one color question open, one closed.
    case(
        "X905-008",
        caption("a boy wearing a yellow jacket over a blue kurta and white pants"),
        wearing("a yellow vest and blue kurta", who="the boy"),
        color_of("kurta", "yellow", failure="other_garment_color", kind="open"),
        color_of("jacket", "yellow"),
        Q.garment_type("kurta set"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a zipper and a zipper and a zipper and a zipper and a "
            "zipper and a zipper and a zipper",
            failure="loop",
            hit_limit=True,
        ),
        title="Jashvi Boys Navy Blue Kurta with Churidar & Mustard Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a lavender cotton-jersey tee with a silver sequinned unicorn (no text), black leggings; white
    # backdrop. VQA adapter.
    case(
        "X905-009",
        caption("a little girl wearing a purple shirt with a unicorn on it and black leggings"),
        wearing("a purple t-shirt and black pants", who="she"),
        color_of("t-shirt", "silver", failure="contradiction"),
        print_q("a unicorn with a rainbow horn and the words magic girl", failure="unsupported"),
        Q.material("cotton"),
        describe("t-shirt", "the t-shirt is black with a unicorn", failure="other_garment_color"),
        title="Kids Ville Girls Lavender Unicorn Sequinned T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a grey melange tee with a blue dinosaur graphic and DINO SQUAD text on the front only, black
    # track pants; white backdrop. VQA adapter.
    case(
        "X905-010",
        caption("a boy in a white t-shirt with a dinosaur on it", failure="contradiction"),
        wearing("a grey t-shirt with a dinosaur and black pants", who="the boy"),
        color_of("t-shirt", "grey"),
        print_q("a blue dinosaur with the words dino squad"),
        Q.pattern("graphic"),
        details(
            "t-shirt",
            "the t-shirt has a dinosaur print on the front and a dinosaur print on the back and a "
            "dinosaur print on the sleeves and a dinosaur print on the",
            failure="loop",
            hit_limit=True,
        ),
        title="Cub McPaws Boys Grey Melange Dino Squad Graphic T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow anarkali kurta with a small white floral block print, three-quarter sleeves,
    # white palazzos, no dupatta; twirling, side view, white backdrop. VQA adapter; palazzo color asked open.
    case(
        "X905-011",
        caption("a girl in a yellow and white outfit twirling on a white background"),
        wearing("he is wearing a yellow kurta and white pants", failure="pronoun", who="the child"),
        color_of("kurta", "mustard"),
        color_of("palazzo", "yellow", failure="other_garment_color", kind="open"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        describe(
            "kurta",
            "the kurta is a mustard yellow anarkali with a white block print of small flowers, a round "
            "neck with a keyhole and a flared hem that falls to the",
            failure="cut",
            hit_limit=True,
        ),
        title="Biba Girls Mustard Yellow & White Printed Anarkali Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a plain orange cotton kurta and white dhoti pants; white backdrop, front view. VQA adapter; the
    # caption came back in the VQA format.
    case(
        "X905-012",
        caption(
            "Question: what is the boy wearing? Answer: an orange kurta and a white dhoti Question: what is the "
            "color of the kurta? Answer: orange Question: what is the color of the dhoti? Answer: white Question:",
            failure="leak",
            hit_limit=True,
        ),
        wearing("an orange kurta and a white dhoti", who="the boy"),
        color_of("kurta", "orange"),
        details("dhoti", "the dhoti details are the details of the dhoti", failure="restated"),
        Q.material("silk", failure="unsupported"),
        is_a("kurta", "yes"),
        title="Sethukrishna Boys Orange & White Solid Cotton Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a red velvet long-sleeve party dress with a black bow belt and a tulle skirt, white tights,
    # black ballet flats, holding a small wrapped gift box; white backdrop. VQA adapter.
    case(
        "X905-013",
        caption("a little girl wearing a red dress and white tights holding a present"),
        wearing("a red dress", who="the girl"),
        color_of("dress", "black", failure="other_garment_color"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        Q.material("velvet"),
        details("dress", "the dress has a bow on the waist and a tulle skirt"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: a red dress with a bow Question: What is the color of "
            "the bow? Answer: black Question: What",
            failure="leak",
            hit_limit=True,
        ),
        title="Hola Bonita Girls Red Velvet Fit & Flare Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a white tee printed in black with BORN TO PLAY and a football graphic, red shorts, a football
    # under his arm; white backdrop. VQA adapter.
    case(
        "X905-014",
        caption("a boy in a white t-shirt holding a soccer ball"),
        wearing("a white t-shirt and red shorts", who="the boy"),
        color_of("t-shirt", "red", failure="other_garment_color"),
        print_q("the words born to play and a soccer ball"),
        is_a("t-shirt", "yes"),
        describe(
            "t-shirt",
            "the t-shirt is white with black letters that say born to play and a soccer ball under "
            "the letters, the sleeves are short and the neck",
            failure="cut",
            hit_limit=True,
        ),
        details("t-shirt", "what are the t-shirt details? the t-shirt details", failure="restated"),
        title="Ant Kids Boys White Born To Play Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: flat lay, no model: a pink half-sleeve tee with DADDY'S PRINCESS in gold glitter letters; white
    # backdrop. VQA adapter.
    case(
        "X905-015",
        caption("a pink t-shirt with the words daddy's princess on it"),
        wearing("a pink t-shirt"),
        color_of("t-shirt", "white", failure="contradiction"),
        print_q("daddy's princess in gold glitter"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "the t-shirt has a crown and a heart on the sleeve", failure="unsupported"),
        title="Kids Ville Girls Pink Daddy's Princess Print T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a white chikankari-embroidered kurta, white pyjama, a maroon printed stole over one shoulder
    # (part of the set), brown juttis; white backdrop. VQA adapter.
    case(
        "X905-016",
        caption("a boy in a white kurta pajama with a red scarf"),
        wearing("a white kurta and pajama with a red scarf", who="the boy"),
        color_of("kurta", "red", failure="other_garment_color"),
        Q.pattern("embroidered"),
        describe("kurta", "white", failure="non_answer"),
        is_a("kurta", "no", failure="contradiction"),
        title="Jompers Boys White Chikankari Kurta with Pyjamas & Stole",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless blue denim pinafore dress with a front pocket and silver buttons on the straps,
    # over a red-and-white striped long-sleeve tee, white sneakers; white backdrop. VQA adapter.
    case(
        "X905-017",
        caption("a girl wearing a denim dress over a striped shirt"),
        wearing("a blue denim dress and a red and white striped shirt", who="the girl"),
        color_of("dress", "blue"),
        Q.pattern("striped", failure="contradiction"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        details("dress", "the dress has a pocket on the front and buttons on the straps"),
        describe("dress", "a sleeveless blue denim dress with a pocket and silver buttons on the straps"),
        title="Gini and Jony Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a solid olive green round-neck tee with a camouflage chest pocket, black joggers; plain white
    # backdrop. VQA adapter; color asked open.
    case(
        "X905-018",
        caption(
            "a young boy in an olive green t-shirt and black pants standing in front of a brick wall",
            failure="unsupported",
        ),
        wearing("a green shirt and black pants", who="the boy"),
        color_of("t-shirt", "black", failure="other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt has a camouflage pocket on the chest"),
        Q.pattern("camouflage", failure="contradiction"),
        title="Tales & Stories Boys Olive Green Solid Round Neck T-shirt with Camo Pocket",
        category="Tshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a peach sequinned lehenga, a sleeveless mint green choli, a peach net dupatta; white backdrop,
    # no bag or jewellery other than small earrings. VQA adapter.
    case(
        "X905-019",
        caption("a girl in a peach and green lehenga"),
        wearing("she is wearing a lehenga choli", who="the girl"),
        color_of("lehenga", "green", failure="other_garment_color"),
        color_of("choli", "green"),
        details(
            "lehenga",
            "the lehenga has sequins and a net dupatta and sequins and a net dupatta and sequins and a "
            "net dupatta and sequins and",
            failure="loop",
            hit_limit=True,
        ),
        describe("lehenga", "the lehenga is peach with sequins and has a matching clutch bag", failure="unsupported"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="Bitiya by Bhama Girls Peach & Mint Green Sequinned Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a tee with horizontal yellow, navy and white stripes, blue jeans; white backdrop. VQA adapter;
    # the color question asked open.
    case(
        "X905-020",
        caption("a boy in a striped t-shirt and jeans"),
        wearing("she is wearing a yellow and blue striped t-shirt and jeans", failure="pronoun", who="the child"),
        Q.pattern("striped"),
        color_of(
            "t-shirt",
            "blue and white stripes and blue and white stripes and blue and white stripes and blue and "
            "white stripes and",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt", failure="contradiction"),
        describe("t-shirt", "the t-shirt has stripes"),
        title="Mothercare Boys Multicoloured Striped Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a sleeveless black A-line dress with a small white daisy print and a plain round neck, an open
    # white long-sleeve cardigan over it, white shoes; white backdrop. VQA adapter.
    case(
        "X905-021",
        caption("a little girl in a black dress with white flowers and a white sweater"),
        wearing("a white sweater over a black dress", who="the girl"),
        color_of("dress", "white", failure="other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        describe("dress", "the dress is black with white daisies and a white collar", failure="unsupported"),
        title="Budding Bees Girls Black Floral Print A-Line Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a maroon kurta with gold embroidery on the collar and placket, off-white pyjama; light beige
    # backdrop with an orange marigold garland hanging behind him. VQA adapter.
    case(
        "X905-022",
        caption("a boy wearing a maroon kurta standing in front of a flower garland"),
        wearing("a red kurta and white pajamas", who="the boy"),
        color_of("kurta", "orange", failure="contradiction"),
        color_of("pyjama", "cream"),
        details("kurta", "the kurta has gold embroidery on the collar and the placket"),
        Q.material("velvet", failure="unsupported"),
        title="Vastramay Boys Maroon & Cream Cotton Silk Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a white tee with a black-and-red Minnie Mouse print (Minnie with a red bow, no text), a red
    # skirt; white backdrop. VQA adapter.
    case(
        "X905-023",
        caption("a girl wearing a white minnie mouse t-shirt and a red skirt"),
        wearing("a white t-shirt and a red skirt", who="the girl"),
        color_of("t-shirt", "red", failure="other_garment_color"),
        print_q("minnie mouse with a red bow and the word hello", failure="unsupported"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "Question: What are the t-shirt details? Answer:", failure="leak"),
        title="Disney by Kids Ville Girls White Minnie Mouse Print T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy mid-jump in a turquoise blue tee with an orange lion graphic and ROAR text, grey shorts; white
    # backdrop. VQA adapter; color asked open.
    case(
        "X905-024",
        caption("a boy jumping in a blue t-shirt with a lion on it"),
        wearing("a blue t-shirt and grey shorts", who="the boy"),
        color_of("t-shirt", "grey", failure="other_garment_color", kind="open"),
        describe("t-shirt", "she is wearing a blue t-shirt with an orange lion", failure="pronoun"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("shorts", failure="contradiction"),
        title="Cub McPaws Boys Turquoise Blue Lion Print T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Boys",
    ),
    # photo: girl in a plain yellow cotton shift dress with cap sleeves and white lace trim at the hem, white shoes,
    # holding a sunflower; white backdrop. VQA adapter; the per-garment color question asked open.
    case(
        "X905-025",
        caption("a girl in a yellow dress holding a sunflower"),
        wearing("a yellow dress", who="the girl"),
        Q.color("yellow"),
        color_of(
            "dress",
            "yellow Question: What is the color of the lace? Answer: white Question: What is the color "
            "of the shoes? Answer: white Question: What",
            failure="leak",
            kind="open",
            hit_limit=True,
        ),
        details("dress", "the dress has lace at the bottom"),
        Q.material("cotton"),
        describe("dress", "the dress is yellow with a sunflower print on the front", failure="unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Naughty Ninos Girls Yellow Cotton Shift Dress with Lace Trim",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy seated on a wooden stool in a light blue long-sleeve kurta with a small white all-over print, a
    # mandarin collar and three white buttons, white pyjama; white backdrop. VQA adapter.
    case(
        "X905-026",
        caption("a young boy sitting on a wooden stool in a green kurta", failure="contradiction"),
        wearing("a light blue kurta with white pants", who="he"),
        color_of("kurta", "blue"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "a light blue kurta with a small white print all over, a mandarin collar, three white "
            "buttons at the neck and long sleeves, worn with white pyjamas and a",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("the garment is made of the material", failure="restated"),
        title="Sanwara Boys Blue & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a green short kurta with gota patti trim at the neckline and hem, three-quarter sleeves, green
    # sharara, a pink dupatta; white backdrop. VQA adapter; dupatta color asked open.
    case(
        "X905-027",
        caption("a girl in a green outfit with a pink scarf"),
        wearing("a green kurta and sharara with a pink dupatta", who="the girl"),
        color_of("kurta", "pink", failure="other_garment_color"),
        color_of("dupatta", "pink", kind="open"),
        details("kurta", "the kurta has gota work on the neckline and the hem"),
        is_a("lehenga", "yes", failure="contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurta", "green", failure="non_answer"),
        title="Aks Kids Girls Green Gota Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a black tee with a neon green game controller graphic and GAME ON text, blue denim shorts; white
    # backdrop. VQA adapter.
    case(
        "X905-028",
        caption("a boy in a black t-shirt with a video game controller on it"),
        wearing("a black t-shirt", who="the boy"),
        color_of("t-shirt", "green", failure="contradiction"),
        print_q("green", failure="non_answer"),
        details("t-shirt", "the t-shirt has a game controller and the words game on in neon green"),
        Q.material("polyester", failure="unsupported"),
        title="612 League Boys Black Game On Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a lavender tulle party frock with a sequinned bodice and flutter sleeves, a silver hairband;
    # white backdrop. VQA adapter.
    case(
        "X905-029",
        caption("a little girl in a purple tutu dress with sparkles"),
        wearing("a purple dress", who="the child"),
        color_of("dress", "lavender"),
        details(
            "dress",
            "the dress has sequins on the top and a tulle skirt and sequins on the top and a tulle skirt "
            "and sequins on the top and a tulle",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("tulle"),
        describe("dress", "he is wearing a purple dress with a sparkly top", failure="pronoun"),
        title="Toy Balloon Kids Girls Lavender Embellished Tulle Party Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a rust orange long-sleeve henley tee with three buttons at the neck, beige chinos; white
    # backdrop, side view. VQA adapter.
    case(
        "X905-030",
        caption("a girl in an orange t-shirt and beige pants", failure="pronoun"),
        wearing("an orange t-shirt and khaki pants", who="the boy"),
        color_of("t-shirt", "beige", failure="other_garment_color"),
        details("t-shirt", "the t-shirt has three buttons at the neck"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("shirt", failure="contradiction"),
        title="H&M Boys Rust Orange Henley T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Boys",
    ),
    # photo: girl in a red lehenga with gold foil print, red choli, a red dupatta with a gold border draped over her
    # head, a maang tikka (no nose ring); white backdrop. VQA adapter.
    case(
        "X905-031",
        caption("a young girl in a red and gold lehenga with a dupatta on her head"),
        wearing("a red lehenga with gold jewelry and a nose ring", failure="unsupported", who="the girl"),
        color_of("lehenga", "red"),
        describe("lehenga", "the lehenga is red with gold print and a red dupatta"),
        details("lehenga", "the lehenga details are the lehenga", failure="restated"),
        Q.pattern("solid", failure="contradiction"),
        title="Jashvi Girls Red & Gold-Toned Foil Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a plain charcoal round-neck tee under an open red-and-black checked flannel shirt, black jeans;
    # white backdrop. The product is the tee. VQA adapter.
    case(
        "X905-032",
        caption("a boy wearing a red plaid shirt over a grey t-shirt and black jeans"),
        wearing("a red and black checkered shirt and black jeans", who="the boy"),
        color_of("t-shirt", "red", failure="other_garment_color"),
        Q.pattern("checked", failure="contradiction"),
        describe("t-shirt", "the t-shirt is dark grey with a round neck"),
        Q.garment_type("t-shirt"),
        title="Pepe Jeans Kids Boys Charcoal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl in a navy short-sleeve dress with a white Peter Pan collar and a small red bow at the collar,
    # white socks, black shoes; white backdrop. VQA adapter.
    case(
        "X905-033",
        caption("a girl in a navy blue dress with a white collar"),
        wearing(
            "a blue dress with a white collar and a red bow and a matching hat", failure="unsupported", who="the girl"
        ),
        color_of("dress", "navy blue"),
        details(
            "dress",
            "the dress has a white collar and a red bow and a white collar and a red bow and a white "
            "collar and a red bow and a",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        describe(
            "dress",
            "Answer: a navy blue dress with a white collar Answer: a navy blue dress with a white "
            "collar Answer: a navy",
            failure="leak",
            hit_limit=True,
        ),
        title="Cherry Crumble by Nitt Hyman Girls Navy Blue Peter Pan Collar Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a yellow kurta with a small green paisley print, white pyjama, holding a red-and-yellow paper
    # kite; white backdrop. VQA adapter; pyjama color asked open.
    case(
        "X905-034",
        caption("a boy holding a kite wearing a yellow kurta"),
        wearing(
            "she is wearing a yellow kurta and white pajamas and holding a kite", failure="pronoun", who="the child"
        ),
        color_of("kurta", "yellow"),
        Q.pattern("printed"),
        details("kurta", "the kurta has a kite print on the front", failure="unsupported"),
        color_of("pyjama", "yellow", failure="other_garment_color", kind="open"),
        title="YK Boys Yellow Paisley Print Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a peach tee with ruffled short sleeves and BE KIND printed in navy, blue denim shorts; white
    # backdrop. VQA adapter.
    case(
        "X905-035",
        caption(
            "a girl in a pink t-shirt and denim shorts and a pink t-shirt and denim shorts and a pink t-shirt and "
            "denim shorts and a pink t-shirt and denim shorts and a pink t-shirt and",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a pink shirt and blue shorts", who="the girl"),
        color_of("t-shirt", "peach"),
        print_q("be kind"),
        details("t-shirt", "t-shirt", failure="non_answer"),
        Q.sleeve_length("short sleeves"),
        title="Gini and Jony Girls Peach Be Kind Printed Ruffle Sleeve T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a red-and-white horizontally striped polo tee (plain, no pocket or logo), navy shorts, a navy
    # baseball cap; white backdrop. VQA adapter.
    case(
        "X905-036",
        caption("a boy wearing a red and white striped polo shirt and a blue hat"),
        wearing("a striped shirt, blue shorts and a hat", who="the boy"),
        color_of("polo shirt", "navy blue", failure="other_garment_color"),
        Q.pattern("striped"),
        describe(
            "polo shirt",
            "the polo shirt is red and white with stripes and a pocket and a logo and a pocket and "
            "a logo and a pocket and a logo and",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("denim", failure="unsupported"),
        title="Classic Polo Kids Boys Red & White Striped Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in an ankle-length teal blue anarkali dress with pink and gold embroidery on the yoke and cuffs,
    # long sleeves, flared skirt; white backdrop. VQA adapter.
    case(
        "X905-037",
        caption("a girl wearing a long blue dress with embroidery"),
        wearing("a long blue gown", who="the girl"),
        color_of("dress", "pink", failure="contradiction"),
        Q.sleeve_length("long sleeves"),
        details(
            "dress",
            "the dress has pink and gold embroidery on the yoke, long sleeves with embroidered cuffs, a "
            "flared skirt that falls to the ankles and a",
            failure="cut",
            hit_limit=True,
        ),
        describe("dress", "she is wearing a long teal dress with colorful embroidery around the neck"),
        Q.garment_type("dress"),
        title="Sangria Girls Teal Blue Embroidered Anarkali Maxi Dress",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: flat lay, no model: a mustard yellow half-sleeve tee with a black mountain print and ADVENTURE AWAITS
    # text; white backdrop. VQA adapter; the caption is a bare word.
    case(
        "X905-038",
        caption("yellow", failure="non_answer"),
        wearing("a yellow t-shirt with mountains"),
        color_of("t-shirt", "yellow"),
        print_q("mountains and the words adventure awaits"),
        details("t-shirt", "the boy is wearing a yellow t-shirt with black pants", failure="unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Tantra Kids Boys Mustard Adventure Awaits T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a plain pink kurta, white churidar leggings, a pink dupatta with pom-pom edging; white
    # backdrop. VQA adapter; leggings color asked open.
    case(
        "X905-039",
        caption("a little girl in a pink kurta and white leggings"),
        wearing("a pink kurta with white leggings and a pink scarf", who="the girl"),
        color_of("kurta", "pink"),
        color_of("leggings", "pink", failure="other_garment_color", kind="open"),
        describe("kurta", "the kurta is pink"),
        details("kurta", "the kurta has pom poms on the dupatta and a zipper at the back", failure="unsupported"),
        Q.material("cotton"),
        title="Biba Girls Pink Solid Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a white tee with short lime green raglan sleeves, a green neck trim and a small green logo on
    # the chest, black track pants; white backdrop. VQA adapter.
    case(
        "X905-040",
        caption("a boy in a white and green t-shirt and black pants"),
        wearing("a white shirt with green sleeves", who="the boy"),
        Q.color("black", failure="other_garment_color"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        details("t-shirt", "the t-shirt has green raglan sleeves and a round neck"),
        describe(
            "t-shirt",
            "a white t-shirt with lime green raglan sleeves, a round neck with a green trim and a "
            "small green logo on the chest next to the",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        title="Boys White & Lime Green Raglan Sleeve T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless sea green tiered cotton dress with a smocked bodice, a blue denim jacket worn
    # open over it (silver buttons, two chest pockets); white backdrop. VQA adapter; color asked open.
    case(
        "X905-041",
        caption("a girl in a green dress and a denim jacket"),
        wearing("a denim jacket over a green dress", who="the girl"),
        color_of("dress", "blue", failure="other_garment_color", kind="open"),
        Q.garment_type("jacket", failure="contradiction"),
        details(
            "dress",
            "the dress has a smocked top, thin straps, three tiers with a ruffle at each seam, and it is "
            "worn under a denim jacket with silver buttons and two",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Budding Bees Girls Sea Green Smocked Tiered Cotton Dress",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy in a cream sherwani with maroon embroidery on the collar and cuffs, maroon churidar, a maroon safa
    # (turban); white backdrop. VQA adapter.
    case(
        "X905-042",
        caption("a boy in a cream sherwani and a red turban"),
        wearing("he is wearing a white sherwani and a red turban", who="the boy"),
        color_of("sherwani", "maroon", failure="other_garment_color"),
        Q.garment_type("sherwani"),
        details("sherwani", "the sherwani has maroon embroidery on the collar and the cuffs"),
        describe(
            "sherwani",
            "Question: Describe the sherwani. Answer: the sherwani is cream with embroidery. "
            "Question: What is he wearing on his head? Answer: a",
            failure="leak",
            hit_limit=True,
        ),
        Q.material("the sherwani is made of sherwani", failure="restated"),
        title="Manyavar Boys Cream & Maroon Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a blue-and-white tie-dye cropped short-sleeve cotton tee, white shorts, sunglasses pushed up on
    # her head; white backdrop. VQA adapter.
    case(
        "X905-043",
        caption("a girl in a tie dye t-shirt and white shorts with sunglasses on her head"),
        wearing("a blue tie-dye shirt and white shorts", who="the girl"),
        Q.pattern("tie-dye"),
        color_of("t-shirt", "blue"),
        describe("t-shirt", "the t-shirt is blue and white tie dye and it is cropped at the waist"),
        details("t-shirt", "he is wearing a blue tie dye shirt and sunglasses", failure="pronoun"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Pepe Jeans Kids Girls Blue Tie-Dye Cropped T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a navy tee with AVENGERS in red capital letters across the chest, grey joggers, white sneakers
    # with blue laces; white backdrop. The feed row has no color. VQA adapter.
    case(
        "X905-044",
        caption(
            "a young boy wearing a navy blue t-shirt with the word avengers written in red letters across the "
            "front of it, grey jogger pants with a drawstring at the waist and white sneakers with blue laces "
            "standing in front of a white",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a blue t-shirt with avengers on it", who="the boy"),
        color_of("t-shirt", "grey", failure="other_garment_color"),
        print_q("the avengers logo in red"),
        describe("t-shirt", "the t-shirt is navy blue with the word avengers in red letters"),
        is_a("t-shirt", "no", failure="contradiction"),
        title="Marvel by Wear Your Mind Boys Navy Avengers Printed T-shirt",
        category="Tshirts",
        gender="Boys",
    ),
    # photo: girl in a white eyelet (schiffli) cotton dress with a pink ribbon sash, pink sandals, holding a wicker
    # basket of flowers; white backdrop. VQA adapter.
    case(
        "X905-045",
        caption("a little girl in a white dress holding a basket of flowers"),
        wearing("a white dress with a pink ribbon", who="the girl"),
        color_of("dress", "white"),
        Q.pattern("embroidered"),
        details("dress", "the dress has eyelet embroidery and a pink ribbon at the waist"),
        describe(
            "dress",
            "the dress is white with flowers in a basket and flowers in a basket and flowers in a basket "
            "and flowers in a basket and flowers",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("the material of the garment is made of", failure="restated"),
        title="Mothercare Girls White Schiffli Cotton Dress with Ribbon Sash",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy seated cross-legged on a floor cushion in a beige kurta with thin brown pinstripes and a mandarin
    # collar, brown pyjama; light beige backdrop. The feed row has no category. VQA adapter.
    case(
        "X905-046",
        caption("a boy sitting cross-legged in a beige kurta and brown pants"),
        wearing(
            "a beige kurta and brown pyjama Question: What is the color of the kurta? Answer: beige Question: "
            "What is the color of the pyjama? Answer: brown",
            failure="leak",
            who="the boy",
            hit_limit=True,
        ),
        color_of("kurta", "brown", failure="other_garment_color"),
        Q.pattern("striped"),
        details("kurta", "the kurta has thin stripes and a mandarin collar"),
        describe("kurta", "no", failure="non_answer"),
        title="Fabindia Boys Beige Striped Cotton Kurta with Pyjamas",
        color="Beige",
        gender="Boys",
    ),
]
