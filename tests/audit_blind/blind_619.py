"""BLIND_619 (46 products; men's shirts, tees, jeans on models; VQA adapter): written blind in the fifty-second session.
Measured blind at 94ddb22 (the session's final rules): 118/136 failures found (86.8%) and 3/192 correct texts flagged
(1.6%). The writer's notes, verbatim:

Scenario: one night of enrich over a Myntra-like feed of men's casual shirts, t-shirts (crew necks, polos, a henley)
and jeans, all photographed on a male model who wears other clothes with the product (jeans or chinos under shirts
and tees, a tee, shirt, polo, hoodie or jacket over jeans), mostly front views on a white or grey studio backdrop,
some back views and some side or three-quarter views. Default questionnaire; the seller columns are title, category,
color and gender as the feed has them (one row has no color, one row has no gender).

Who wrote what: captions come from the untuned base Salesforce/blip2-opt-2.7b (greedy, 50 new tokens): short
"a man in a ... and ..." sentences that usually stop, with the base model's habits of giving two garments one color,
calling a shade by the wrong family and now and then adding a prop or backdrop that is not there. The open answers
(wearing, description, details, material) come from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA at 30 new tokens;
it was trained without an end-of-answer token and with the prompt in the loss, so when it does not stop on a newline
it repeats a phrase, runs on until it is cut at the limit, or writes the next "Question: ... Answer:" itself; it
also says "she" for the male model, answers "yes"/"no"/"none" to open questions, echoes the question, and invents
pockets, logos, zips, rips and fabrics. The closed answers (garment_type, color, pattern, sleeve_length) come from
enrich's --engine reference ranking the candidate values with the same adapter: always one clean candidate, but it
often ranks the color of the other garment in the frame first, and sometimes the wrong type, pattern or sleeve.

Labeling conventions and judgement calls:
- Shades inside one family count as correct (maroon or red for maroon, teal or blue for teal, olive or green for
  olive, lavender or purple for lavender, charcoal or grey for charcoal, mustard or yellow for mustard, "light
  blue" jeans called "blue"). A shade named in another family is a contradiction (charcoal called black, navy called
  black, mustard called orange, orange called red, beige called white, pink called red).
- A color that belongs to another garment visible in the photo, given to the product (closed color answer, or an
  open answer that gives the product that color), is other_garment_color. A caption or answer that gives two
  garments one color when one of them is plainly another color is a contradiction.
- A wrong garment type (the reference engine picking the top worn over the jeans, "jacket" for a check shirt), a
  wrong pattern or a wrong sleeve length is a contradiction, whatever the other texts say.
- Details that cannot be seen in the photo are unsupported: front features described from a back view, pockets,
  logos, zips or rips that are not there, a stripe that belongs to the track pants, a backpack or hat in a caption.
  Materials: "cotton" for tees and shirts, "denim" for jeans and a denim shirt, "polyester" for a Dri-FIT tee and
  "flannel" for a brushed check shirt are counted correct; silk, wool, satin, corduroy and "stretch denim with
  elastane" (no title says so) are unsupported.
- Any text carrying "Question:" or "Answer:" is a leak, even if it also ran to the limit or its content is wrong.
- Loop when a phrase comes back three times or more; cut when the text stops mid-phrase at the limit with no such
  repetition. hit_limit is set on every loop and cut, and on leaks that ran on to the limit; a leak that ends right
  after the leaked answer stopped on a newline and has hit_limit unset.
- restated: the answer gives the question's own words back ("the garment is a shirt", "the details of the garment
  are the details of the jeans"); non_answer: yes, no, none, "i don't know", "the garment" to an open question.
- Pronoun failures are "she"/"her" for the male model, only on rows whose gender column says Men. "he is wearing"
  and "the person is wearing" are correct.
- In open answers "shirt" for a t-shirt or "pants" for jeans is casual and counted correct; the closed garment_type
  must name the product's own type ("polo shirt" for polos, "t-shirt" for a henley).
- Long sleeves rolled or pushed up still count as long. A leaf print on a shirt answered "floral" and a dot print
  answered "printed" count as correct; a camouflage print answered "printed" is correct.
- The questionnaire's sleeve question is not stored for jeans, and only a subset of each product's answers is kept
  here (4 to 8), so some products lack pattern, sleeve or material rows.
- Every seller color in this set matches the photo; the photo note is the truth the texts are judged against.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_619 = [
    # photo: front; navy-and-white checked long-sleeve shirt, sleeves rolled to the forearm, untucked over light blue
    # jeans; white backdrop. Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X619-001",
        caption("a man wearing a blue and white plaid shirt and jeans"),
        Q.wearing("a plaid shirt and blue jeans"),
        Q.garment_type("shirt"),
        Q.color("navy blue"),
        Q.pattern("checked"),
        Q.description(
            "a blue and white checked shirt with long sleeves rolled up to the elbows and a pocket on the chest with"
            " a button and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the shirt has a collar, a button placket and a pocket on the chest Question: What is the color of the"
            " shirt? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front; plain olive crew-neck short-sleeve tee with a small tonal HRX logo on the chest, black track
    # joggers; grey backdrop. Caption base model; open answers VQA adapter; closed reference engine.
    case(
        "X619-002",
        caption("a man in a green t-shirt and black pants"),
        Q.wearing("a green t-shirt and black joggers"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.description(
            "a green t-shirt with a round neck and short sleeves, a small logo on the chest and a zipper pocket on"
            " the side",
            "unsupported",
        ),
        Q.material("cotton Question: What is the color of the t-shirt? Answer: green", "leak"),
        title="HRX by Hrithik Roshan Men Olive Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: front; medium blue slim jeans, clean look (no rips, no fading), worn with an untucked white crew tee and
    # white sneakers; plain white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-003",
        caption("a man wearing a white t-shirt and blue jeans standing in front of a brick wall", "unsupported"),
        Q.wearing("a white shirt and jeans"),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("the jeans are ripped at the knees and have a distressed look", "unsupported"),
        Q.material("denim"),
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: back view; plain maroon long-sleeve shirt with a yoke seam, black jeans; white backdrop; no front
    # detail visible. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-004",
        caption("the back of a man in a red shirt and black jeans"),
        Q.wearing("she is wearing a red shirt and black jeans", "pronoun"),
        Q.garment_type("shirt"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        Q.description("a maroon shirt with a button down collar and two chest pockets with flaps", "unsupported"),
        Q.details(
            "the back of the shirt the back of the shirt the back of the shirt the back of the shirt the back of the"
            " shirt the back of",
            "loop",
            hit_limit=True,
        ),
        title="HIGHLANDER Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: front; black crew tee with a large white PUMA wordmark and cat logo on the chest, plain black sleeves,
    # mid-blue jeans; grey backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-005",
        caption("a man wearing a black puma t-shirt and jeans"),
        Q.wearing("a black t-shirt with a white logo and blue jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.description("a black t-shirt with a white puma logo and a red stripe on the sleeves", "unsupported"),
        Q.details(
            "puma logo on the chest puma logo on the chest puma logo on the chest puma logo on the chest puma logo on"
            " the",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front; black slim jeans, light grey crew tee untucked, tan boots; white backdrop.
    # Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-006",
        caption("a man in a grey t-shirt and grey jeans", "contradiction"),
        Q.wearing("grey t-shirt and black jeans"),
        Q.garment_type("jeans"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "black jeans black jeans black jeans black jeans black jeans black jeans black jeans black jeans black"
            " jeans black jeans black",
            "loop",
            hit_limit=True,
        ),
        Q.details("slim fit with five pockets"),
        title="Levis Men Black 511 Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: front; white short-sleeve shirt with thin blue vertical stripes, spread collar, one chest pocket, worn
    # over beige chinos; white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-007",
        caption("a man wearing a white and blue striped shirt and khaki pants"),
        Q.wearing("a striped shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a white shirt with blue stripes and a mandarin collar and a chest pocket", "unsupported"),
        Q.details(
            "the shirt has a collar and short sleeves and a pocket on the left chest and the stripes are vertical and"
            " the buttons are",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men White & Blue Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: front; red pique polo with navy tipping on the collar, small embroidered USPA horse-and-rider logo,
    # navy chinos; grey backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-008",
        caption("a man wearing a red polo shirt and blue pants"),
        Q.wearing(
            "a red polo shirt and blue pants Question: What is the color of the pants? Answer: blue Question: What is"
            " the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        Q.sleeve_length("short"),
        Q.description("a blue polo shirt with a white logo", "other_garment_color"),
        Q.details("a collar with two buttons and an embroidered crocodile logo on the chest", "unsupported"),
        title="U.S. Polo Assn. Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: side view; grey skinny jeans with light fading on the thighs and a small abrasion at the knee, black
    # crew tee, white sneakers; white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-009",
        caption("a man in a black shirt and black jeans", "contradiction"),
        Q.wearing("he is wearing a black t-shirt and grey jeans"),
        Q.garment_type("jeans"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(
            "the jeans are skinny fit with a mid rise, they have a faded wash on the thighs and a small rip on the"
            " knee and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Roadster Men Grey Skinny Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: front; plain olive long-sleeve shirt worn open over a white crew tee, sleeves rolled, beige chinos;
    # white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-010",
        caption("a man wearing an olive green shirt over a white t-shirt"),
        Q.wearing("a green shirt, a white t-shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a green shirt"),
        Q.details("yes", "non_answer"),
        Q.material(
            "cotton and polyester blend with a soft finish and a slim fit and a curved hem and a button down collar"
            " and the",
            "cut",
            hit_limit=True,
        ),
        title="Wrangler Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: back view; black crew tee with a large yellow-and-white typography print across the back, mid-blue
    # jeans; white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-011",
        caption("the back of a man wearing a black t-shirt with a yellow print"),
        Q.wearing("a black t-shirt and blue jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("printed"),
        Q.description("a black t-shirt with a v-neck and a pocket on the chest", "unsupported"),
        Q.details(
            "the back has the words written in yellow and white letters with the words written in yellow and white"
            " letters with the words",
            "loop",
            hit_limit=True,
        ),
        title="Bewakoof Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front; dark indigo slim jeans, clean look, untucked white oxford shirt, brown belt; white backdrop;
    # back pockets not visible. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-012",
        caption("a man wearing a white shirt and dark blue jeans"),
        Q.wearing("a white shirt and jeans"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.description(
            "the jeans are blue and the jeans are blue and the jeans are blue and the jeans are blue and the jeans are",
            "loop",
            hit_limit=True,
        ),
        Q.details("the jeans have a white stitching on the back pockets and a leather patch", "unsupported"),
        Q.material("denim"),
        title="Flying Machine Men Navy Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front; black-and-grey buffalo check long-sleeve shirt, buttoned, pointed collar, one patch pocket,
    # black jeans; white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-013",
        caption("a man in a black and grey plaid shirt and black jeans"),
        Q.wearing("a plaid shirt"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.description(
            "a black and grey checkered shirt with a black and grey checkered shirt with a black and grey checkered"
            " shirt with a black",
            "loop",
            hit_limit=True,
        ),
        Q.details("the shirt has a pointed collar and full button placket with a patch pocket on the left"),
        Q.material("silk", "unsupported"),
        title="HIGHLANDER Men Black & Grey Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: front; royal blue crew tee with a small white Nike swoosh on the left chest, black shorts; grey
    # backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-014",
        caption("a man in a blue nike t-shirt and black shorts"),
        Q.wearing("she is wearing a blue shirt and black shorts", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.description("a blue t-shirt with a white nike logo on the left"),
        Q.details("nike logo on the chest Question: What is the color of the shorts? Answer: black", "leak"),
        Q.material("polyester"),
        title="Nike Men Blue Dri-FIT Solid Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: back view; mid-blue skinny jeans, two plain back pockets, tan leather patch on the waistband, brown
    # belt, white tee; white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-015",
        caption("the back of a man wearing a white t-shirt and blue jeans"),
        Q.wearing("a white shirt and blue jeans, white sneakers and a brown belt"),
        Q.garment_type("jeans"),
        Q.color("blue"),
        Q.description(
            "the front of the jeans has a zip fly and a button closure and the knees are ripped", "unsupported"
        ),
        Q.details("nothing", "non_answer"),
        title="Spykar Men Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front; light pink long-sleeve shirt with a button-down collar, navy chinos; white backdrop.
    # Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-016",
        caption("a man wearing a red shirt and blue pants", "contradiction"),
        Q.wearing("a pink shirt and navy pants"),
        Q.garment_type("shirt"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description(
            "a pink shirt with a button down collar, long sleeves with buttoned cuffs, a curved hem and a small"
            " pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Dennis Lingo Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: front; white crew tee with navy horizontal Breton stripes, no pocket, light blue jeans; white
    # backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-017",
        caption("a man wearing a white and blue striped t-shirt"),
        Q.wearing("a striped shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.details(
            "the t-shirt has horizontal stripes, a round neck and a small zip pocket on the chest", "unsupported"
        ),
        Q.description(
            "a white t-shirt with blue stripes Question: Describe the jeans. Answer: light blue jeans Question:"
            " Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.material("the material of the garment is", "restated"),
        title="Roadster Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front; black skinny jeans with heavy rips at both knees and thighs, olive bomber jacket open over a
    # white tee, black boots; grey backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-018",
        caption("a man wearing a green jacket and black ripped jeans"),
        Q.wearing("a jacket, a white shirt and black jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("olive", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "black ripped jeans with a green jacket and a white t-shirt and black boots and a green jacket and a"
            " white t-shirt and black",
            "loop",
            hit_limit=True,
        ),
        Q.details("the jeans are ripped at the knees and thighs"),
        Q.material("denim"),
        title="Roadster Men Black Skinny Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: three-quarter side view; mid-blue denim long-sleeve shirt with two flap chest pockets, black jeans;
    # white backdrop; nothing carried. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-019",
        caption("a man in a denim shirt and black jeans with a backpack", "unsupported"),
        Q.wearing("a denim shirt and black pants"),
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.material("denim"),
        Q.details(
            "the shirt has two chest pockets with flaps, buttons down the front, a pointed collar, long sleeves with"
            " buttoned cuffs and a curved hem at the",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Blue Denim Regular Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front; mustard crew tee, dark blue jeans, model holding sunglasses in one hand; white backdrop.
    # Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-020",
        caption("a man in a yellow t-shirt holding a pair of sunglasses"),
        Q.wearing("an orange t-shirt and jeans", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.description(
            "the t-shirt is yellow the t-shirt is yellow the t-shirt is yellow the t-shirt is yellow the t-shirt is",
            "loop",
            hit_limit=True,
        ),
        Q.material("yes", "non_answer"),
        title="Jack & Jones Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: front; light-wash straight jeans, clean look, navy polo tucked in, brown belt, white sneakers; white
    # backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-021",
        caption("a man in a blue polo shirt and light blue jeans"),
        Q.wearing("a polo shirt and jeans"),
        Q.garment_type("jeans"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("the details of the garment are the details of the jeans", "restated"),
        Q.material("stretch denim with elastane", "unsupported"),
        title="Wrangler Men Light Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front; mustard short-sleeve shirt with a small white leaf print all over, white jeans; white
    # backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-022",
        caption("a man in a yellow floral shirt and white pants"),
        Q.wearing("a yellow shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("mustard"),
        Q.pattern("floral"),
        Q.description(
            "a yellow shirt with small white flowers printed all over it, a collar, short sleeves, buttons down the"
            " front and a pocket on",
            "cut",
            hit_limit=True,
        ),
        Q.details("a white shirt with a collar and buttons", "other_garment_color"),
        Q.material("wool", "unsupported"),
        title="Mufti Men Mustard Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: front; navy pique polo, short sleeves, small red-white-blue flag logo, white chinos; grey backdrop.
    # Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-023",
        caption("a man wearing a black polo shirt and white pants", "contradiction"),
        Q.wearing("a navy polo shirt and white pants"),
        Q.garment_type("polo shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.material(
            "cotton Question: What is the pattern of the garment? Answer: solid Question: What is the sleeve length"
            " of the garment?",
            "leak",
            hit_limit=True,
        ),
        Q.details("no", "non_answer"),
        title="Tommy Hilfiger Men Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: side view; mid-blue slim jeans, clean look, hems rolled once, maroon crew sweatshirt, white sneakers;
    # white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-024",
        caption("a man in a red sweater and blue jeans"),
        Q.wearing("she is wearing a red sweater and blue jeans", "pronoun"),
        Q.garment_type("jeans"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("the jeans have ripped knees and a button fly", "unsupported"),
        Q.material("denim"),
        title="Jack & Jones Men Blue Slim Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front; plain light grey long-sleeve shirt with a spread collar and plain white buttons, black trousers;
    # white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-025",
        caption("a man wearing a grey shirt and black pants"),
        Q.wearing("a grey shirt and black pants"),
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description(
            "a grey shirt a grey shirt a grey shirt a grey shirt a grey shirt a grey shirt a grey shirt a grey shirt"
            " a grey",
            "loop",
            hit_limit=True,
        ),
        Q.details("the shirt has a mandarin collar and wooden buttons", "unsupported"),
        title="Peter England Casuals Men Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: front; bottle-green crew tee with a large multicolor tiger-head graphic and orange lettering on the
    # chest, black jeans, bareheaded; white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-026",
        caption("a man wearing a green t-shirt with a tiger on it and a hat", "unsupported"),
        Q.wearing("a green shirt with a tiger print"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid", "contradiction"),
        Q.description(
            "a green t-shirt with a tiger print on the front and the words written in orange letters below the tiger"
            " and a small",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Difference of Opinion Men Green Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: front; charcoal grey slim jeans, white shirt untucked with sleeves rolled, tan loafers; white
    # backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-027",
        caption("a man in a white shirt and grey jeans"),
        Q.wearing("a white shirt and grey jeans"),
        Q.garment_type("jeans"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.description(
            "grey jeans with a slim fit grey jeans with a slim fit grey jeans with a slim fit grey jeans with a slim",
            "loop",
            hit_limit=True,
        ),
        Q.details("Answer: the jeans have a slim fit", "leak"),
        title="HERE&NOW Men Charcoal Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front; red-and-black buffalo check brushed flannel shirt worn open over a black crew tee, blue jeans;
    # white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-028",
        caption("a man wearing a red and black plaid shirt over a black t-shirt"),
        Q.wearing("a plaid shirt, a black t-shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.description("a red and black checkered shirt with a black t-shirt underneath"),
        Q.material("flannel"),
        title="Roadster Men Red & Black Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: side view; heather grey crew tee, short sleeves, small black logo at the chest edge, black track pants
    # with three white side stripes; white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-029",
        caption("a man in a grey t-shirt and black pants"),
        Q.wearing("she is wearing a grey t-shirt and black track pants", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("a grey t-shirt with three white stripes on the sleeves", "unsupported"),
        Q.details("none", "non_answer"),
        title="Adidas Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: front; mid-dark blue slim jeans, clean look, black crew tee untucked, white sneakers; white backdrop;
    # back pockets not visible. The feed row has no color. Caption base; open VQA adapter; closed reference engine.
    case(
        "X619-030",
        caption("a man in a black t-shirt and blue jeans"),
        Q.wearing("a black shirt and black jeans", "contradiction"),
        Q.garment_type("jeans"),
        Q.color("blue"),
        Q.details("the jeans have a red tab on the back pocket", "unsupported"),
        Q.description(
            "blue jeans with a slim fit and five pockets, the jeans are slim fit with five pockets, the jeans are"
            " slim fit with five",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of material", "restated"),
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: back view; plain lavender long-sleeve shirt with a box pleat under the yoke, navy chinos; white
    # backdrop; no front detail visible. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-031",
        caption("the back of a man in a purple shirt and blue pants"),
        Q.wearing("her shirt is purple and her pants are blue", "pronoun"),
        Q.garment_type("shirt"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.details("the shirt has a pleat on the back"),
        Q.description(
            "a purple shirt with a pocket on the chest and white buttons Question: Describe the pants. Answer: navy"
            " blue pants Question:",
            "leak",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: front; maroon henley tee with a three-button placket, long sleeves pushed up to the forearm, grey
    # jeans; white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-032",
        caption("a man wearing a maroon long sleeve shirt"),
        Q.wearing("a maroon shirt and grey jeans"),
        Q.garment_type("t-shirt"),
        Q.color("maroon"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a maroon t-shirt with a v-neck and short sleeves", "contradiction"),
        Q.details("three buttons on the neck"),
        Q.material("no", "non_answer"),
        title="Roadster Men Maroon Solid Henley T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: front; light blue slim jeans with whiskering and faded thighs, mustard crew tee, white sneakers; white
    # backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-033",
        caption("a man in a yellow shirt and blue jeans"),
        Q.wearing(
            "a yellow t-shirt with a round neck and short sleeves and light blue jeans with faded thighs and white"
            " sneakers with white laces and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("faded wash with whiskers on the front"),
        Q.material("corduroy", "unsupported"),
        title="Moda Rapido Men Blue Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front; navy short-sleeve shirt with a small white polka-dot print, beige chinos, steel wristwatch;
    # white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-034",
        caption("a man wearing a blue polka dot shirt and khaki pants"),
        Q.wearing("a navy shirt with white dots and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue shirt with white polka dots and a collar Question: What is the pattern of the shirt? Answer:"
            " polka dot",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue & White Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front; white crew tee with a black line-art car graphic on the chest, black jeans; white backdrop.
    # Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-035",
        caption("a man in a black t-shirt and black jeans", "contradiction"),
        Q.wearing(
            "a white t-shirt with a black print and black jeans and a white t-shirt with a black print and black"
            " jeans and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.details("a drawing of a car on the front"),
        Q.material(
            "cotton Question: What is the pattern of the garment? Answer: graphic Question: What is the sleeve"
            " length of the",
            "leak",
            hit_limit=True,
        ),
        title="Huetrap Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: back view; dark indigo straight jeans, plain back pockets with orange contrast stitching, white shirt
    # untucked, brown boots; grey backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-036",
        caption("the back of a man in a white shirt and blue jeans"),
        Q.wearing("the person is wearing a white shirt and blue jeans"),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(
            "the details of the garment are the details of the garment are the details of the garment are the"
            " details of the",
            "loop",
            hit_limit=True,
        ),
        Q.description("dark blue jeans with orange stitching on the pockets"),
        Q.material("the garment is made of the material", "restated"),
        title="Kook N Keech Men Navy Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front; plain beige long-sleeve shirt, buttoned, dark blue jeans; white backdrop.
    # Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-037",
        caption("a man in a white shirt and blue jeans", "contradiction"),
        Q.wearing("a beige shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("beige"),
        Q.sleeve_length("long"),
        Q.description("the garment is a shirt", "restated"),
        Q.material("cotton"),
        title="Allen Solly Men Beige Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: front; plain teal crew tee with no pocket, beige cargo shorts; white backdrop.
    # Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-038",
        caption("a man wearing a blue t-shirt and beige shorts"),
        Q.wearing("she is wearing a blue shirt and shorts", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("teal"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue t-shirt with a round neck and short sleeves, it is a regular fit t-shirt with a straight hem and"
            " the sleeves are",
            "cut",
            hit_limit=True,
        ),
        Q.details("a pocket on the chest with a button and a zipper on the side", "unsupported"),
        title="Maniac Men Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: front; mid-blue tapered jeans with rips at both knees backed by patches, navy-and-white striped crew
    # tee, white sneakers; white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-039",
        caption("a man wearing a striped shirt and ripped jeans"),
        Q.wearing("Answer: a striped t-shirt and jeans", "leak"),
        Q.garment_type("jeans"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.details("ripped knees with patches"),
        Q.description(
            "the jeans are blue with rips on the knees and patches underneath, the jeans are blue with rips on the"
            " knees and",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Blue Tapered Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front; plain matte black long-sleeve shirt with one chest pocket, light grey jeans; white backdrop.
    # Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-040",
        caption("a man in a black shirt and black jeans", "contradiction"),
        Q.wearing("a black shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.description(
            "a black shirt with long sleeves and a collar and buttons down the front and a pocket on the left side"
            " and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin", "unsupported"),
        title="WROGN Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: back view; plain navy crew tee, nothing printed on the back, beige chinos; white backdrop.
    # Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-041",
        caption("a man in a blue shirt and khaki pants"),
        Q.wearing("a blue t-shirt and khaki pants"),
        Q.garment_type("t-shirt"),
        Q.color("khaki", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.description("a navy blue t-shirt with a white logo on the chest", "unsupported"),
        Q.details("what are the details of the garment", "restated"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front; mid-blue slim jeans, light pink shirt tucked in with sleeves rolled, brown belt; white
    # backdrop. The feed row has no gender. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-042",
        caption("a man in a pink shirt and blue jeans"),
        Q.wearing("a pink shirt and jeans"),
        Q.garment_type("trousers", "contradiction"),
        Q.color("pink", "other_garment_color"),
        Q.material("denim"),
        Q.details("the jeans have a button and zip fly and a brown belt"),
        Q.description(
            "the jeans are slim fit with a mid rise and a button and zip fly and five pockets and a brown belt and a"
            " pink shirt tucked",
            "cut",
            hit_limit=True,
        ),
        title="Pepe Jeans Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: front; plain white long-sleeve shirt, black jeans; grey backdrop.
    # Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-043",
        caption("a man wearing a white shirt and black jeans"),
        Q.wearing(
            "a white shirt a white shirt a white shirt a white shirt a white shirt a white shirt a white shirt a white",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("checked", "contradiction"),
        Q.description("white button up shirt"),
        Q.material("the garment", "non_answer"),
        title="Roadster Men White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: front; plain orange crew tee with a small white logo, navy jeans; white backdrop.
    # Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-044",
        caption("a man in an orange t-shirt and jeans"),
        Q.wearing(
            "an orange t-shirt and blue jeans Question: What is the color of the jeans? Answer: blue Question: What"
            " is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("red", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("the garment has details", "restated"),
        title="Wildcraft Men Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: side view; mid-blue slim jeans, black hoodie with the hood down and sleeves pushed up, black sneakers;
    # white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-045",
        caption("a man in a black hoodie and blue jeans"),
        Q.wearing(
            "a black hoodie with the hood down and the sleeves pushed up, blue jeans with a slim fit and black"
            " sneakers with white soles and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("blue"),
        Q.description("she is wearing blue jeans with a slim fit", "pronoun"),
        Q.details("i don't know", "non_answer"),
        Q.material("denim"),
        title="HIGHLANDER Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front; olive camouflage-print short-sleeve shirt with two flap chest pockets, black jeans; white
    # backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X619-046",
        caption("a man in a green shirt and green pants", "contradiction"),
        Q.wearing("a camo shirt and black pants"),
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.description(
            "a green camouflage shirt with short sleeves and a collar and buttons down the front and two chest"
            " pockets with flaps and",
            "cut",
            hit_limit=True,
        ),
        Q.details("camouflage print"),
        title="Roadster Men Olive Camouflage Printed Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
]
