"""BLIND_586 (46 products; older Myntra feed, caption epoch 1, VQA adapter): written blind in the fifty-second session.
Measured blind at 1c1c724 (the session's third rules): 112/124 failures found (90.3%) and 10/176 correct texts flagged
(5.7%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind: short seller titles ('Peter England Men Striped Blue
Shirt'), men's, women's and kids' apparel (shirts, tees, tops, jeans, trousers, shorts, track pants, kurtas, skirts,
dresses, sweaters, sweatshirts, jackets). Product shots on a white backdrop, mostly worn by a model who also wears
other garments (a tee under a jacket, jeans under a top); one kids' tee is a flat lay with no person.

Who wrote what: every caption is the caption adapter at epoch 1 (DeepFashion template: "The gentleman wears a
long-sleeve shirt with lattice patterns. The shirt is with cotton fabric..."), patterns not hues, a fabric phrase,
sometimes an invented accessory; it learned no end token, so some captions loop or run to the 50-token limit. Every
answer is the VQA adapter (1 epoch): closed answers come from enrich's --engine reference (one candidate picked,
never a loop or a cut), open answers are free generation (30 tokens) that may loop, stop mid-phrase, run on into
another "Question: ... Answer:" pair, echo the question, or give the product another garment's color.

Labeling conventions and judgement calls:
- One label per text. A text that ran to its limit is labeled loop or cut (hit_limit=True); when the run-on text is
  a new "Question: ... Answer:" pair (or starts with "Answer:") it is a leak, also hit_limit=True.
- Caption template nouns: the nearest DeepFashion class is accepted (shirt for a men's kurta, top for a women's
  kurta, sweater for a sweatshirt or hoodie, gentleman for a boy); a template fabric phrase is correct when it is
  plausible and nothing contradicts it; "cotton fabric" for a shiny nylon puffer is unsupported.
- Closed color answers are judged by the photo's color group (mustard = yellow, cream = white, maroon = red, khaki =
  beige, lavender = purple). A closed answer that picks another garment's color, or the print's color instead of the
  ground color, is a contradiction; other_garment_color is kept for open answers, even one-word ones.
- An open answer giving a second garment the product's color (jeans "blue" under a blue denim jacket) is a
  contradiction, not other_garment_color.
- The photo wins over the seller: a 'Brown' shirt that is plainly maroon is answered correctly as maroon / red.
- Rolled-up long sleeves are long sleeves; melange and cable knit are solid; paisley counts as floral; "multi" is the
  right closed color for a multicolor print.
- Gendered words (he/she, her/his, lady/boy in the caption template) are judged against the product's gender; for
  Unisex, against the model in the photo. A wrong one is a pronoun failure.
- A one-word or yes/no reply to a describe/details/wearing question is non_answer (even a bare "khaki" that names
  the right color); a sentence that only echoes the question's words ("the shorts are shorts that are short") or the
  question itself is restated.
- Details that the view cannot show (a zip at the back, side pockets under a kurta, a belt under an untucked tee,
  sneakers below the crop) are unsupported, as are invented hoods, necklaces, caps, cufflinks and wrist accessories.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_586 = [
    # photo: man in a light blue long-sleeve shirt with thin white vertical stripes and one chest pocket, tucked into
    # beige chinos; white backdrop, front view to mid-thigh. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-001",
        caption(
            "The gentleman is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue striped shirt and khaki pants", who="he"),
        color_of("shirt", "blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve"),
        details(
            "shirt",
            "the shirt has a pocket on the chest and buttons down the front and buttons down the front and buttons "
            "down the front and buttons",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a light blue shirt with white stripes"),
        title="Peter England Men Striped Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a plain black crew-neck short-sleeve t-shirt, mid-blue jeans, no watch or jewellery; white
    # backdrop, front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long denim pants. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a black t-shirt and jeans", who="he"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("striped", "contradiction"),
        Q.material("cotton"),
        title="Proline Men Black Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a sleeveless fuchsia-pink top with a ruffled neckline, white skinny jeans; white backdrop,
    # front view to the knee. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-003",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with chiffon fabric. The "
            "pants the lady wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a pink top and white jeans", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("top", "he is wearing a pink top with ruffles", "pronoun"),
        Q.pattern("solid"),
        Q.garment_type("dress", "contradiction"),
        title="Jealous 21 Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: man from the chest down in mid-blue wash slim jeans, the hem of a grey t-shirt over the waistband, white
    # sneakers; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The gentleman wears a long denim "
            "pants. The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure "
            "color patterns. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.garment_type("jeans"),
        details("jeans", "the jeans have pockets and belt loops"),
        describe("jeans", "the jeans are jeans", "restated"),
        Q.color("blue"),
        title="Levis Men Blue 511 Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a knee-length mustard-yellow cotton kurta, three-quarter sleeves, small white block print at the
    # hem, white leggings; white backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-005",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a yellow kurta and white leggings", who="she"),
        color_of("kurta", "yellow"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "yes"),
        Q.material("silk", "unsupported"),
        title="Fabindia Women Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in grey melange track pants with a small black logo on the left thigh, elastic waist and cuffed
    # ankles, plain black t-shirt; white backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-006",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.garment_type("track pants"),
        details("pants", "the pants have an elastic waistband and a logo on the thigh"),
        wearing("a black t-shirt and grey sweatpants", who="he"),
        Q.pattern("solid"),
        describe(
            "pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Grey Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a navy V-neck button cardigan-style sweater, long sleeves, a white shirt collar showing at the
    # neck, grey trousers, no jewellery; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-007",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a blue sweater, a white shirt and a necklace", "unsupported", who="she"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details(
            "sweater",
            "Question: What are the sweater details? Answer: the sweater has buttons Question: What are the sweater "
            "details? Answer: the",
            "leak",
            hit_limit=True,
        ),
        Q.material("wool"),
        title="United Colors of Benetton Women Navy Blue Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a red-and-navy checked shirt, long sleeves rolled to the elbow, open collar, untucked over dark
    # blue jeans; white backdrop, front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-008",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "red and blue", kind="open"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeve", "contradiction"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        wearing("she is wearing a plaid shirt and jeans", "pronoun", who="he"),
        title="Scullers Men Check Red Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a black knee-length A-line skirt with small white polka dots, a white sleeveless top tucked in;
    # white backdrop, cropped at the shins. Caption: caption adapter epoch 1; answers: VQA adapter. (No gender column.)
    case(
        "X586-009",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a medium-length skirt. The skirt is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.pattern("polka dots"),
        is_a("skirt", "yes"),
        describe("skirt", "a black skirt with white polka dots"),
        details("skirt", "skirt", "non_answer"),
        title="Vero Moda Women Printed Black Skirt",
        category="Skirts",
        color="Black",
    ),
    # photo: man in a navy pique polo with white tipping on the collar and a small red logo on the chest, khaki chino
    # shorts; white backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
            "and pure color patterns."
        ),
        wearing(
            "a navy blue polo shirt and khaki shorts Question: What is the color of the shorts? Answer: khaki "
            "Question: What is",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue"),
        details("shirt", "the shirt has a collar and a logo on the chest"),
        Q.garment_type("polo shirt"),
        Q.material("denim", "unsupported"),
        Q.sleeve_length("long sleeve", "contradiction"),
        title="Puma Men Solid Navy Blue Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white long-sleeve button-down shirt with a pointed collar, tucked into black trousers with a
    # thin black belt; white backdrop (white on white), front view. Caption: caption adapter epoch 1; answers: VQA.
    case(
        "X586-011",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers this female wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        wearing("a white shirt and black pants with a belt", who="she"),
        details("shirt", "the shirt has a collar and buttons down the front"),
        describe(
            "shirt",
            "the shirt is white and the shirt is white and the shirt is white and the shirt is white and the shirt is "
            "white and the",
            "loop",
            hit_limit=True,
        ),
        title="Wills Lifestyle Women White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a mid-blue denim trucker jacket with two flap chest pockets and metal buttons, worn open over a
    # white crew-neck t-shirt, black jeans; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-012",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing(
            "a light blue denim jacket with the sleeves down, open over a white crew neck t-shirt, and black jeans "
            "with a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        Q.material("denim"),
        is_a("jacket", "yes"),
        details("jacket", "the jacket has two chest pockets with flaps, metal buttons and a fur collar", "unsupported"),
        title="Wrangler Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: flat lay, no person: an orange short-sleeve crew-neck kids' t-shirt with a large multicolor cartoon print
    # (blue, yellow, brown) and the words CHHOTA BHEEM; white backdrop. Caption: caption adapter epoch 1; answers: VQA.
    case(
        "X586-013",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round.",
            "pronoun",
        ),
        color_of("t-shirt", "orange"),
        Q.pattern("graphic"),
        wearing("an orange t-shirt with a cartoon print"),
        details("t-shirt", "the t-shirt has a cartoon print of a boy on the front"),
        describe(
            "t-shirt",
            "an orange t-shirt with a picture of a cartoon character and the words chhota bheem on the front and the "
            "words chhota bheem on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve", "contradiction"),
        title="Chhota Bheem Kids Boys Printed Orange Tshirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: man in a pale lavender formal shirt, long sleeves with buttoned cuffs, one chest pocket, no tie, tucked
    # into charcoal-grey trousers; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        Q.color("purple"),
        wearing("a light purple shirt and grey pants", who="he"),
        details("shirt", "the shirt has a pocket on the chest and cufflinks", "unsupported"),
        Q.material("cotton"),
        is_a("shirt", "yes"),
        title="Arrow Men Solid Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: woman in a solid red sleeveless knee-length fit-and-flare dress with a self-fabric tie at the waist, black
    # heels, no jewellery; white backdrop, front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a ring. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("dress", "red"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a red sleeveless dress that flares out at the knee"),
        wearing("he is wearing a red dress", "pronoun", who="she"),
        details("dress", "the dress has a tie at the waist and a zip at the back", "unsupported"),
        title="Tokyo Talkies Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man from the waist down in khaki slim chinos, the hem of a navy polo over the waistband, brown shoes;
    # white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-016",
        caption(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "beige"),
        Q.garment_type("trousers"),
        details("pants", "the pants have pockets on the side and a button at the waist"),
        wearing("navy blue shirt and navy blue pants", "other_garment_color", who="he"),
        describe("pants", "khaki", "non_answer"),
        title="Basics Men Khaki Slim Fit Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in an olive utility jacket with a front zip and two chest pockets, no hood, worn open over a black
    # t-shirt, blue jeans; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("green"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        wearing("a green jacket, a black shirt and jeans", who="she"),
        details("jacket", "the jacket has a zipper and pockets on the chest and a hood", "unsupported"),
        is_a("jacket", "yes"),
        title="Vero Moda Women Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a maroon crew-neck sweatshirt with white "JP 1987" text printed on the chest, ribbed cuffs, no
    # hood, blue jeans; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-018",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("sweatshirt", "red"),
        Q.pattern("graphic"),
        wearing("a red sweatshirt and blue jeans", who="he"),
        details("sweatshirt", "the sweatshirt has a hood and a zipper", "unsupported"),
        describe(
            "sweatshirt",
            "Answer: a maroon sweatshirt with a white logo Question: Describe the jeans. Answer: blue jeans Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        title="John Players Men Maroon Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a calf-length indigo-blue cotton kurta with an all-over white floral block print, long sleeves,
    # side slits, white churidar leggings; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-019",
        caption(
            "The lady wears a long-sleeve top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        Q.pattern("floral"),
        wearing("a blue and white floral kurta with white leggings", who="she"),
        is_a("kurta", "no", "contradiction"),
        details("kurta", "the kurta has white flowers all over and a slit on the side"),
        title="Biba Women Printed Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a fitted purple short-sleeve t-shirt with three white stripes over the shoulders and a small
    # white logo on the chest, black track pants; white backdrop, cropped at the knee. Caption: epoch 1; answers: VQA.
    case(
        "X586-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("t-shirt", "purple"),
        Q.pattern("solid"),
        wearing("a purple t-shirt, black pants and white sneakers", "unsupported", who="she"),
        details("t-shirt", "the t-shirt has three white stripes on the shoulders and a logo on the chest"),
        describe(
            "t-shirt",
            "she is wearing a purple t-shirt she is wearing a purple t-shirt she is wearing a purple t-shirt she is "
            "wearing a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Adidas Women Solid Purple Sports T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: man in slightly faded black slim jeans, an untucked white long-sleeve shirt, white sneakers; white
    # backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("jeans", "black denim", kind="open"),
        Q.color("black"),
        describe(
            "jeans",
            "the jeans are black and they have a slim fit and a slim fit and a slim fit and a slim fit and a slim fit "
            "and a",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "they are jeans", "non_answer"),
        is_a("jeans", "yes", article="a pair of"),
        title="Jack & Jones Men Black Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an ankle-length flared skirt with a multicolor paisley print (red, green, yellow on navy), a
    # plain white t-shirt tucked in; white backdrop, full length. Caption: epoch 1; answers: VQA. (No color column.)
    case(
        "X586-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns."
        ),
        color_of("skirt", "multi"),
        wearing("a white t-shirt and a long printed skirt", who="she"),
        Q.pattern("floral"),
        describe(
            "skirt",
            "a long skirt with a print of red and green and yellow and red and green and yellow and red and green and "
            "yellow and red and",
            "loop",
            hit_limit=True,
        ),
        details("skirt", "the skirt has a drawstring waist and pockets", "unsupported"),
        is_a("skirt", "no", "contradiction"),
        title="Global Desi Women Multi Printed Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: man in a grey V-neck pullover with thin maroon stripes across the chest, long sleeves, over a light blue
    # collared shirt, navy trousers, no watch; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-023",
        caption(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The gentleman wears a long trousers. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        wearing("a grey sweater over a blue shirt", who="he"),
        Q.color("grey"),
        details("sweater", "the sweater has a v-neck and stripes on the chest"),
        Q.material("wool"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Monte Carlo Men Grey Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: man in black knee-length sports shorts with a white logo on the left leg and white side piping, a plain
    # red t-shirt; white backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        Q.garment_type("shorts"),
        describe("shorts", "black sports shorts with a white logo and white piping on the sides"),
        wearing("a red t-shirt and black shorts", who="he"),
        title="Puma Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a plain deep maroon (burgundy) long-sleeve shirt with a collar and buttons, black trousers; the
    # seller's 'Brown' is wrong; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("shirt", "maroon", kind="open"),
        Q.color("red"),
        wearing("a maroon shirt and black pants", who="he"),
        details(
            "shirt",
            "the shirt details are the collar and the buttons and the collar and the buttons and the collar and the "
            "buttons and the collar",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.pattern("striped", "contradiction"),
        title="John Miller Men Solid Brown Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in light-wash blue denim shorts with frayed, rolled hems, a white sleeveless top, no bracelet or
    # watch; white backdrop, front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-026",
        caption(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. The lady "
            "wears a shorts. The shorts are with denim fabric and pure color patterns. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        color_of("shorts", "light blue", kind="open"),
        Q.material("denim"),
        details("shorts", "the shorts are frayed at the hem and rolled up"),
        describe("shorts", "Describe the shorts.", "restated"),
        wearing("a white tank top and denim shorts", who="she"),
        title="ONLY Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a shiny navy quilted nylon puffer jacket with a hood, zipped up, grey jeans; white backdrop, full
    # length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-027",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("jacket", "navy blue"),
        details("jacket", "the jacket has a hood and a zipper and it is quilted"),
        wearing("a blue puffer jacket and grey jeans", who="he"),
        Q.garment_type("jacket"),
        describe(
            "jacket",
            "a navy blue jacket with a hood. the jacket has a zipper and a hood. the jacket has a zipper and a hood. "
            "the jacket has a zipper",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="Fort Collins Men Navy Blue Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: young girl in a pink short puff-sleeve top with a glitter butterfly print on the front, blue jeans;
    # white backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-028",
        caption(
            "The boy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The boy wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("top", "pink"),
        wearing("a pink shirt with a butterfly and jeans", who="she"),
        details(
            "top",
            "the top has a butterfly on the front Question: Is this a dress? Answer: yes Question: What are the top "
            "details? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        is_a("dress", "yes", "contradiction"),
        title="Gini & Jony Girls Pink Top",
        category="Tops",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in a plain off-white cotton kurta, long sleeves, mandarin collar with a short button placket, knee
    # length, white pyjama pants; white backdrop (low contrast), front view. Caption: epoch 1; answers: VQA adapter.
    case(
        "X586-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand-up neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "white"),
        Q.material("cotton"),
        wearing("a white kurta and white pants", who="he"),
        details(
            "kurta",
            "the kurta has a mandarin collar and buttons on the placket and pockets on the sides",
            "unsupported",
        ),
        describe(
            "kurta",
            "a white kurta with long sleeves and a mandarin collar, worn with white pyjamas. the kurta is made of "
            "cotton and has a small slit on the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral", "contradiction"),
        title="Fabindia Men Cotton White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in dark indigo skinny jeans, ankle length, no rips, a mustard-yellow flutter-sleeve blouse
    # untucked, tan sandals; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-030",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. The lady "
            "wears a long denim pants. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        wearing("a yellow top and jeans", who="she"),
        describe("jeans", "dark blue skinny jeans"),
        details("jeans", "the jeans are ripped at the knees", "unsupported"),
        title="Levis Women Blue Skinny Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a navy-and-white horizontally striped crew-neck t-shirt, short sleeves, beige chino shorts, no
    # cap; white backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        color_of("t-shirt", "blue and white", kind="open"),
        Q.pattern("striped"),
        Q.garment_type("t-shirt"),
        wearing("a striped shirt, khaki shorts and a cap", "unsupported", who="he"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: the t-shirt is striped Question: What are the t-shirt "
            "details? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "beige", "other_garment_color"),
        title="Highlander Men Striped Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: a male model in a grey melange pullover hoodie with a kangaroo pocket, black drawcords and a white logo
    # print, black track pants; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-032",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        details("sweatshirt", "the sweatshirt has a hood with drawstrings and a front pocket"),
        wearing("she is wearing a grey hoodie and black pants", "pronoun"),
        is_a("hoodie", "yes"),
        title="Puma Unisex Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Unisex",
    ),
    # photo: woman in a maroon straight kurta with gold embroidery around the neckline yoke, three-quarter sleeves,
    # beige palazzo pants; white backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-033",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure color "
            "patterns. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "maroon with gold", kind="open"),
        Q.color("maroon"),
        details("kurta", "the kurta has gold embroidery around the neck"),
        wearing("a maroon kurta and beige palazzo pants", who="she"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "yes"),
        title="W Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in light stone-wash blue jeans with whiskering at the thighs, an untucked plain black t-shirt that
    # covers the waistband; white backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long denim pants. The pants are with denim fabric and "
            "pure color patterns."
        ),
        color_of("jeans", "black", "contradiction"),
        describe("jeans", "light blue jeans with faded thighs"),
        details(
            "jeans",
            "the jeans have a zipper and a button and a zipper and a button and a zipper and a button and a zipper "
            "and a button and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a black t-shirt and blue jeans and a black belt", "unsupported", who="he"),
        Q.material("denim"),
        title="Lee Men Stone Wash Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a solid sea-green sleeveless peplum top with a round neck, black trousers; white backdrop, front
    # view only. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("top", "green"),
        wearing("a green top and black pants", who="she"),
        describe("top", "a green sleeveless top with a ruffle at the waist and a zip at the back", "unsupported"),
        details("top", "the top is black", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        title="Sepia Women Green Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in olive cargo shorts with flap pockets on both sides, an untucked white polo t-shirt covering the
    # waistband; white backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-036",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("shorts", "green"),
        details("shorts", "the shorts have cargo pockets on the sides and a belt", "unsupported"),
        describe("shorts", "the shorts are shorts that are short", "restated"),
        wearing("a white polo shirt and green shorts", who="he"),
        Q.garment_type("pants", "contradiction"),
        title="Locomotive Men Solid Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a white midi dress with a blue floral print, short flutter sleeves, V-neck, a small front slit,
    # a brown belt at the waist, brown sandals; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-037",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her waist."
        ),
        Q.color("blue", "contradiction"),
        color_of("dress", "white with blue flowers", kind="open"),
        Q.pattern("floral"),
        wearing("a white floral dress with a brown belt", who="she"),
        details(
            "dress",
            "the dress has a belt and a slit and a belt and a slit and a belt and a slit and a belt and a slit and a "
            "belt and a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        title="Mango Women Floral Print White Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in a black t-shirt with a large white-and-red skull graphic on the front, plain sleeves, blue ripped
    # jeans; white backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        color_of("t-shirt", "black"),
        Q.pattern("graphic"),
        wearing("a black t-shirt with a skull on it and ripped jeans", who="he"),
        details("t-shirt", "the t-shirt has a skull print on the front and a pocket on the sleeve", "unsupported"),
        describe("t-shirt", "a white t-shirt with a black skull print", "contradiction"),
        title="Flying Machine Men Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a mustard-and-white small-check shirt, long sleeves, button-down collar, a small embroidered logo
    # on the chest pocket, navy chinos; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-039",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "yellow"),
        wearing("a yellow shirt and blue pants", who="he"),
        details(
            "shirt",
            "Answer: the shirt has a pocket and a logo Question: Describe the shirt. Answer: the shirt is yellow and "
            "white Question:",
            "leak",
            hit_limit=True,
        ),
        describe("shirt", "the shirt is blue and white checked", "other_garment_color"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="U.S. Polo Assn. Men Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man from the waist down in navy tapered track pants with two white side stripes and an elastic waist, the
    # hem of a white t-shirt, white sneakers; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-040",
        caption(
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The gentleman "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. The gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "navy blue"),
        Q.garment_type("track pants"),
        details("pants", "the pants have white stripes on the sides and an elastic waist"),
        wearing("pants", "non_answer", who="he"),
        describe(
            "pants",
            "Question: Describe the pants. Answer: the pants are navy blue with white stripes Question: Describe the "
            "pants. Answer: the pants",
            "leak",
            hit_limit=True,
        ),
        title="Jockey Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a solid red long-sleeve wrap-style top with a V-neck and a tie at the side, blue jeans; white
    # backdrop, to the knee. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-041",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.color("red"),
        wearing("a red blouse and blue jeans", who="she"),
        details("top", "the top has a tie on the side"),
        describe("top", "a red top with short sleeves", "contradiction"),
        Q.sleeve_length("long sleeve"),
        title="Remanika Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: boy in mid-blue jeans with the hems rolled up a little, a red checked long-sleeve shirt untucked; white
    # backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-042",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        Q.garment_type("jeans"),
        wearing("a red plaid shirt and blue jeans", who="he"),
        details("jeans", "the jeans details are the details of the jeans", "restated"),
        describe(
            "jeans",
            "the jeans are mid blue with a button, a zip fly, two front pockets and belt loops, and they are rolled up "
            "a little at the",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        title="Gini & Jony Boys Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in a cream chunky cable-knit crew-neck sweater, long sleeves, dark blue jeans; white backdrop (low
    # contrast), to the knee. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color patterns."
        ),
        color_of("sweater", "white"),
        Q.material("wool"),
        details(
            "sweater",
            "the sweater has a cable knit pattern on the front and the sleeves and a ribbed hem and ribbed cuffs and "
            "a ribbed neckline and",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue sweater and jeans", "other_garment_color", who="she"),
        Q.pattern("solid"),
        describe("sweater", "he is wearing a white sweater", "pronoun"),
        title="Jealous 21 Women Cream Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a brown t-shirt with a large off-white typographic print on the chest, dark grey cargo pants;
    # white backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.color("brown"),
        wearing("a brown t-shirt with writing on it and grey pants", who="he"),
        details("t-shirt", "yes", "non_answer"),
        Q.pattern("graphic"),
        title="Tantra Men Printed Brown T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in plain grey straight-leg formal trousers with a front crease and side pockets, a white
    # short-sleeve blouse tucked in, black heels; white backdrop. Caption: epoch 1; answers: VQA. (No category column.)
    case(
        "X586-045",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. The "
            "trousers this lady wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("trousers", "grey"),
        wearing("a white blouse and grey pants", who="she"),
        details("trousers", "the trousers have a crease down the front and side pockets"),
        describe("trousers", "the trousers are white", "other_garment_color"),
        Q.garment_type("trousers"),
        Q.pattern("checked", "contradiction"),
        title="Van Heusen Woman Grey Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: boy in a red zip-up hoodie worn open over a white t-shirt with a small graphic, blue jeans; white
    # backdrop, full length. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X586-046",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long denim pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        Q.color("red"),
        wearing("a red hoodie over a white t-shirt and jeans", who="he"),
        details("sweatshirt", "the sweatshirt has a zipper and a hood and pockets"),
        is_a("hoodie", "no", "contradiction"),
        describe(
            "sweatshirt",
            "Answer: red Question: What is the color of the jeans? Answer: blue Question: What is the color of the "
            "t-shirt? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        title="United Colors of Benetton Boys Red Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
]
