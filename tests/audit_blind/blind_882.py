"""BLIND_882 (46 products; old Myntra feed, men's & women's, VQA adapter): written blind in the fifty-seventh session.
Measured blind at 61894b1 (the session's first rules): 125/137 failures found (91.2%) and 9/198 correct texts flagged
(4.5%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind: short seller titles ("Proline Men Olive
Shorts"), gender / article_type / base_colour as the seller filled them in, a few rows missing a column (one lacks
base_colour, one lacks gender, one lacks article_type). Photos are 224x224 product shots on a white backdrop, the
product worn by a model who also wears other clothes (jeans under a tee, a tee under an open jacket, a shirt under a
sweater), front view unless the comment says otherwise. Men's and women's wear mixed, tops, bottoms, kurtas, jackets.

Who wrote what: the caption and every open answer come from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b, greedy, 50 new tokens for captions, 30 for answers). It was trained on VQA pairs only and
with no end-of-answer token, so its captions are short VQA-style phrases when they stop and run on to the limit when
they don't; answers are lowercase, often In-shop-like ("a graphic tee", "denim"), and when they don't stop they
repeat a clause or start a new "Question: ... Answer:" turn of their own. It repeats one color for several garments
(usually the color of the largest or darkest garment in the frame), says "he" or "a man" for women now and then,
and invents construction details (pockets, hoods, zips, back logos) and materials it cannot see. Closed answers
(garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference, which picks
one candidate: they never loop or stop short, but they do pick the wrong candidate, often the other garment's.

Labeling conventions and judgement calls:
- other_garment_color: an open answer or the caption gives the product (the seller's article) the color of another
  garment worn in the photo. A closed color answer that picks the other garment's color is labeled contradiction,
  since that kind is defined for open answers; the same goes for a non-product garment (the jeans under a tee) given
  the product's color: contradiction.
- contradiction: a wrong color, pattern, sleeve length or garment type for what the photo shows and the seller says,
  including a print's color given as the garment's color, navy called black, a kurta called a dress.
- A one-word or yes/no reply to an open question ("jeans" to "Describe the jeans.", "white" to "Describe the
  shorts.") is non_answer; if the one word is also another garment's color I labeled other_garment_color, because
  that is the worse fault. A sentence that only echoes the question ("the sweater is a sweater", "the jeans details
  are the details of the jeans") is restated.
- pronoun: he/she or "a man"/"a woman" wrong for the row's gender; the rest of such a text is correct.
- loop: a clause repeated until the token limit (hit_limit=True). cut: a text that is still sensible but stops
  mid-phrase at the token limit (hit_limit=True). A text that spills into its own "Question: ... Answer:" turn is a
  leak even when it also repeats, with hit_limit=True when it ran to the limit.
- unsupported: a detail or material the photo cannot show or that is not there (hood on a crew-neck, leather for a
  nylon bomber, a back logo in a front view). Plausible materials a viewer could see (denim for jeans, cotton for a
  plain tee, silk sheen on an embroidered kurta, polyester on shiny sports shorts) count as correct.
- Closed answers that name a candidate close enough to the seller's shade (peach for Peach, purple for Lavender,
  beige for Khaki) are correct; charcoal trousers answered "black" are a contradiction.
- Track pants with side stripes answered "striped" by the closed pattern question are correct.
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
    material,
    question,
    wearing,
)

# the VQA training data's own wearing prompt, asked as an extra open question on some products
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_882 = [
    # photo: man in a yellow crew-neck tee with a small black cat logo on the chest, mid-blue jeans, white backdrop,
    # front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-001",
        caption("a man wearing a yellow t-shirt and blue jeans"),
        wearing("a yellow tee and jeans", who="he"),
        color_of("t-shirt", "yellow"),
        color_of("jeans", "yellow", "contradiction", kind="open"),
        Q.garment_type("t-shirt"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves with a small logo on the chest and a logo on the back "
            "and a logo on the back and a logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        material("cotton Question: What is the color of the t-shirt? Answer: yellow", "leak"),
        title="Puma Men Spine Tee Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a peach short-sleeve v-neck tee, white skinny jeans, hand on hip, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-002",
        caption("a woman wearing a pink t-shirt and white pants"),
        wearing("he is wearing a peach t-shirt and white jeans", "pronoun", who="she"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        Q.color("peach"),
        Q.sleeve_length("short"),
        describe(
            "t-shirt",
            "the t-shirt is a v-neck t-shirt with short sleeves and a v-neck and short sleeves and a v-neck and "
            "short sleeves and a v-neck",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="Benetton Women Peach T-Shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a plain maroon crew-neck tee, black track pants, arms at his sides, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-003",
        caption("a man in a red t-shirt and black pants"),
        wearing("a maroon t-shirt and black track pants", who="he"),
        color_of("t-shirt", "black", "contradiction"),
        color_of("pants", "black", kind="open"),
        details("t-shirt", "the t-shirt has a button placket and a chest pocket", "unsupported"),
        material("cotton"),
        Q.pattern("solid"),
        title="Probase Men Solid Maroon Tshirts",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a white shirt with a big navy-and-red check, one chest pocket, sleeves rolled to the elbow,
    # dark blue jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-004",
        caption("a man wearing a white and blue checkered shirt and blue jeans"),
        wearing("a checked shirt and jeans", who="he"),
        color_of("shirt", "white with blue checks", kind="open"),
        Q.pattern("checked"),
        details("shirt", "the shirt has a collar and a button placket and a chest pocket and long sleeves rolled up"),
        color_of("jeans", "white", "contradiction", kind="open"),
        Q.sleeve_length("long"),
        material("denim", "unsupported"),
        title="Wrangler Men Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a mid-blue shirt with thin white lines forming a check, plain point collar, no pockets,
    # beige chinos, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-005",
        caption("a man in a blue shirt and khaki pants Question: What is the color of the shirt? Answer: blue", "leak"),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "contradiction", kind="open"),
        describe("shirt", "shirt", "non_answer"),
        details("shirt", "the shirt has a button down collar and two flap pockets and epaulettes", "unsupported"),
        Q.pattern("checked"),
        title="Wrangler Men Stripe Checks Blue Shirts",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a pale pink long-sleeve cotton shirt, buttoned, tucked into black trousers, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-006",
        caption("a woman wearing a pink shirt and black pants"),
        wearing("a pink shirt tucked into black pants", who="she"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt"),
        Q.pattern("striped", "contradiction"),
        material("silk", "unsupported"),
        title="Benetton Women Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a navy shirt with thin white pinstripes, left chest pocket, grey formal trousers, hands in
    # pockets, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-007",
        caption(
            "a man wearing a navy blue shirt with white stripes and grey pants standing in front of a white "
            "background with his hands in his pockets, the shirt has a collar and long sleeves and buttons down the "
            "front and the pants are",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue shirt and grey trousers", who="he"),
        color_of("shirt", "grey", "contradiction"),
        Q.pattern("striped"),
        details(
            "shirt",
            "the shirt has a collar and a button front with a pocket on the left side and the shirt has a collar and "
            "a button front with a pocket on",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "navy blue shirt with white stripes and a collar"),
        is_a("shirt", "yes"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black sleeveless top with a lace panel at the neckline, blue jeans, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-008",
        caption("a woman in a black top and blue jeans"),
        wearing("a black sleeveless top and jeans", who="she"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("long", "contradiction"),
        details("top", "the top has lace on the neckline"),
        Q.color("black"),
        material("silk", "unsupported"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in faded mid-blue slim jeans, untucked white crew tee, white sneakers, full length, front view,
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-009",
        caption("a man wearing a white t-shirt and blue jeans"),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details(
            "jeans",
            "the jeans have a faded wash, a button fly and a leather patch with the logo on the back",
            "unsupported",
        ),
        describe("jeans", "jeans", "non_answer"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        cloth("a tee and denim"),
        title="Levis Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in dark navy skinny jeans and a red-and-white horizontally striped long-sleeve top, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-010",
        caption("a woman in a red and white striped shirt and black jeans", "contradiction"),
        wearing("a striped top and jeans", who="she"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        Q.pattern("striped", "contradiction"),
        details("jeans", "the jeans are skinny with a button and zip fly and five pockets"),
        material("denim"),
        title="Jealous 21 Women Navy Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in khaki chinos with belt loops and slant pockets, navy polo tee, brown loafers, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-011",
        caption(
            "a man wearing a blue polo shirt and khaki pants and brown shoes standing with his hands in his pockets "
            "in front of a white background, the pants are khaki chinos with a slim fit and the shirt is a navy blue "
            "polo with a",
            "cut",
            hit_limit=True,
        ),
        wearing("a polo shirt and khaki pants", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("pants", "the pants have a drawstring waist and elastic cuffs", "unsupported"),
        Q.garment_type("trousers"),
        Q.color("beige"),
        describe("pants", "khaki chino pants with belt loops and slant pockets"),
        title="Urban Yoga Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in black flat-front straight-leg trousers, white shirt tucked in, black heels, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-012",
        caption("a woman wearing a white shirt and black pants"),
        wearing(
            "she is wearing a white shirt and black pants and black shoes and black pants and black shoes and black "
            "pants and black shoes and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        color_of("shirt", "white", kind="open"),
        details("pants", "the pants have pleats at the front and a side zip", "unsupported"),
        is_a("skirt", "no"),
        title="Van Heusen Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man in olive cargo shorts with side flap pockets, grey melange crew tee, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-013",
        caption("a man in a grey t-shirt and green shorts"),
        wearing("a grey t-shirt and olive shorts", who="he"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        describe("shorts", "the shorts are shorts", "restated"),
        Q.color("olive"),
        material("cotton"),
        cloth("shorts"),
        title="Proline Men Olive Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in light blue denim shorts with frayed hems, white tank top, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-014",
        caption("a woman wearing a white tank top and blue denim shorts"),
        wearing("a white tank and denim shorts", who="she"),
        color_of("shorts", "white", "contradiction"),
        details("shorts", "the shorts have frayed hems and a button closure"),
        describe(
            "shorts",
            "Question: Describe the shorts. Answer: the shorts are blue Question: What are the shorts details? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        title="Roadster Women Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a knee-length navy skirt with a small white floral print, white top tucked in, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-015",
        caption("a woman in a white top and a blue floral skirt"),
        wearing("a white top and a black floral skirt", "contradiction", who="she"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        details("skirt", "the skirt has a slit on the side and a zipper on the back", "unsupported"),
        is_a("skirt", "yes"),
        Q.color("navy blue"),
        title="Vero Moda Women Printed Navy Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a red sleeveless fit-and-flare dress with a thin black belt at the waist, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-016",
        caption("a woman wearing a red dress with a black belt"),
        wearing("a pink dress", "contradiction", who="she"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        describe("dress", "a red sleeveless dress with a flared skirt and a belt at the waist"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "the dress has a round neck and a belt and a round neck and a belt and a round neck and a belt and a "
            "round neck and a",
            "loop",
            hit_limit=True,
        ),
        material("chiffon", "unsupported"),
        title="Tokyo Talkies Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in a grey melange v-neck sweater over a white collared shirt, dark jeans, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-017",
        caption("a man in a grey sweater and jeans"),
        wearing("a grey sweater Question: What is the color of the sweater? Answer: grey", "leak", who="he"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        details("sweater", "the sweater has a v neck and ribbed cuffs"),
        Q.garment_type("shirt", "contradiction"),
        material("knit"),
        Q.pattern("solid"),
        title="Proline Men Grey Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a lavender crew-neck cable-knit sweater with ribbed cuffs and hem, blue jeans, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-018",
        caption("a woman wearing a purple sweater and blue jeans"),
        wearing("he is wearing a purple sweater", "pronoun", who="she"),
        color_of("sweater", "purple"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        describe("sweater", "the sweater is a sweater", "restated"),
        details("sweater", "the sweater has a cable knit pattern on the front and ribbed cuffs and hem"),
        Q.pattern("solid"),
        title="Fort Collins Women Lavender Sweater",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a navy crew-neck sweatshirt with a large white brand wordmark across the chest, grey track
    # pants, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-019",
        caption(
            "a man wearing a blue sweatshirt with white letters on it and grey sweatpants standing in front of a "
            "white background with his arms at his sides, the sweatshirt has a round neck and long sleeves and the "
            "letters are printed in",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy sweatshirt and grey pants", who="he"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        details("sweatshirt", "the sweatshirt has a hood and a kangaroo pocket", "unsupported"),
        Q.garment_type("jacket", "contradiction"),
        cloth("sweatshirt"),
        title="Puma Men Navy Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pink pullover hoodie with white drawstrings and a small white logo, black leggings, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-020",
        caption("a woman in a pink hoodie and black leggings"),
        wearing("a pink hoodie and black leggings", who="she"),
        color_of("hoodie", "black", "contradiction"),
        describe("hoodie", "a pink hoodie with a white logo and white drawstrings"),
        details("hoodie", "the hoodie has a zip front and two side pockets", "unsupported"),
        is_a("hoodie", "yes"),
        Q.sleeve_length("long"),
        material("wool", "unsupported"),
        title="Nike Women Pink Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in an open black nylon bomber jacket with ribbed collar and cuffs over a white crew tee, blue
    # jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-021",
        caption("a man in a black jacket, a white t-shirt and blue jeans"),
        wearing("a black jacket over a white t-shirt", who="he"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        details(
            "jacket",
            "the jacket has a zipper and ribbed cuffs and a ribbed collar and a zipper and ribbed cuffs and a ribbed "
            "collar and a zipper and",
            "loop",
            hit_limit=True,
        ),
        material("leather", "unsupported"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Roadster Men Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an olive utility jacket with two flap chest pockets and a zip front, black top, black
    # jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-022",
        caption("a woman in a green jacket and black pants"),
        wearing("a green jacket, a black top and black jeans", who="she"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        details("jacket", "the jacket has two chest pockets with flaps and a zip front"),
        describe(
            "jacket",
            "Question: Describe the jacket. Answer: green Question: Describe the jacket. Answer: green Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.color("olive"),
        material("cotton"),
        title="Vero Moda Women Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a long white cotton kurta with a mandarin collar and short button placket, white churidar,
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-023",
        caption("a man wearing a white kurta and white pants"),
        wearing("a white kurta", who="he"),
        Q.garment_type("dress", "contradiction"),
        color_of("kurta", "white"),
        details("kurta", "the kurta has a mandarin collar and a button placket"),
        describe(
            "kurta",
            "a white long shirt with a mandarin collar and a short button placket, long sleeves and side slits, worn "
            "over white churidar pants that are",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        material("cotton"),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in a sea-green straight kurta with small gold printed motifs all over, three-quarter sleeves,
    # white leggings, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-024",
        caption("a woman in a green dress with white leggings", "contradiction"),
        wearing("a green kurta and white leggings", who="she"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        details("kurta", "the kurta has gold print all over and three quarter sleeves"),
        describe("kurta", "kurta", "non_answer"),
        Q.sleeve_length("three-quarter"),
        material("silk", "unsupported"),
        title="Biba Women Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in black track pants with three white stripes down the sides, red crew tee, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-025",
        caption(
            "a man in a red t-shirt and black track pants Question: What is the man wearing? Answer: a red t-shirt",
            "leak",
        ),
        wearing("a red t-shirt and black pants", who="he"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        details("pants", "the pants have white stripes on the sides and an elastic waist"),
        Q.pattern("striped"),
        describe(
            "pants",
            "black pants with white stripes on the sides and a drawstring waist and black pants with white stripes on "
            "the sides and a drawstring",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in grey melange jogger track pants with cuffed ankles and a drawstring, white tee, white
    # sneakers, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-026",
        caption("a woman wearing a white t-shirt and grey sweatpants"),
        wearing("a t-shirt and joggers", who="she"),
        color_of("pants", "white", "contradiction"),
        details("pants", "the pants have a drawstring waist and cuffed ankles"),
        describe("pants", "grey", "non_answer"),
        is_a("pair of track pants", "yes"),
        material("cotton"),
        title="Nike Women Grey Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a navy polo with a small red embroidered logo on the left chest, two-button placket, white
    # chinos, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-027",
        caption("a woman in a blue polo shirt and white pants", "pronoun"),
        wearing("a navy polo shirt", who="he"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.garment_type("t-shirt"),
        details("shirt", "the shirt has a collar and two buttons and a logo on the chest"),
        material("cotton"),
        Q.sleeve_length("short"),
        describe(
            "shirt",
            "a navy polo shirt with a collar, two buttons and short sleeves with ribbed cuffs, and a small red logo "
            "embroidered on the left side of the",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Navy Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white polo tee with a three-button placket, blue denim shorts, white backdrop; row has no
    # article_type. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-028",
        caption("a woman wearing a white polo shirt and blue shorts"),
        wearing("white", "non_answer", who="she"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        details(
            "shirt",
            "the shirt has a collar and a button placket with three buttons and a logo on the back",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        cloth("a tee and denim shorts"),
        title="Flying Machine Women White Polo Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a black tee with a large white-and-orange skull graphic on the chest, grey jeans, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-029",
        caption("a man wearing a black t-shirt with a skull on it"),
        wearing("a graphic tee and jeans", who="he"),
        color_of("t-shirt", "orange", "contradiction", kind="open"),
        describe("t-shirt", "a black t-shirt with a white and orange skull print on the front"),
        details(
            "t-shirt",
            "the t-shirt has a skull print on the front and a skull print on the back and a skull print on the sleeves "
            "and a skull print on the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        material("cotton"),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a black short-sleeve shirt with a mandarin collar, beige chinos, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-030",
        caption("a man in a black shirt and beige pants"),
        wearing("she is wearing a black shirt and beige pants", "pronoun", who="he"),
        color_of("shirt", "black"),
        Q.sleeve_length("long", "contradiction"),
        details("shirt", "the shirt has a mandarin collar and short sleeves"),
        describe(
            "shirt",
            "Question: What is the color of the shirt? Answer: black Question: What are the shirt details? Answer: "
            "the shirt has a",
            "leak",
            hit_limit=True,
        ),
        title="Mother Earth Men Black Shirts",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a mustard yellow off-shoulder top with a ruffle at the neckline and short puff sleeves,
    # white jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-031",
        caption("a woman wearing a yellow off the shoulder top and white jeans"),
        wearing("an orange top", "contradiction", who="she"),
        color_of("top", "yellow"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("top", "a top", "non_answer"),
        details("top", "the top has a ruffle at the neckline and puff sleeves and a tie at the waist", "unsupported"),
        Q.sleeve_length("short"),
        Q.color("mustard"),
        title="Tokyo Talkies Women Yellow Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a white short-sleeve top with a blue-and-pink floral print, black trousers, white
    # backdrop; row has no base_colour. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-032",
        caption("a woman in a floral top and black pants"),
        wearing("a floral blouse and black pants", who="she"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        details("top", "the top has a round neck and short sleeves and a floral print"),
        describe("top", "the top is white with blue and pink flowers"),
        Q.color("white"),
        material("linen", "unsupported"),
        title="Vero Moda Women Floral Top",
        category="Tops",
        gender="Women",
    ),
    # photo: man in black slim jeans with light whiskering on the thighs, light blue denim shirt, brown boots,
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-033",
        caption(
            "a man in a blue denim shirt and black jeans and brown boots standing in front of a white background, the "
            "shirt has two chest pockets and the sleeves are rolled up and the jeans are slim fit with a faded wash "
            "on the",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim shirt and black jeans", who="he"),
        color_of("jeans", "light blue", "other_garment_color", kind="open"),
        details("jeans", "the jeans details are the details of the jeans", "restated"),
        describe("jeans", "black slim fit jeans with a faded wash on the thighs"),
        Q.garment_type("jeans"),
        material("denim"),
        title="Spykar Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a charcoal zip-up hoodie, half open, with drawstrings and two front pockets, black tee
    # underneath, blue jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-034",
        caption("a man wearing a grey hoodie and a black shirt and blue jeans"),
        wearing("a grey zip up hoodie over a black t-shirt", who="he"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        details("hoodie", "the hoodie has a zip front, a hood with drawstrings and two pockets"),
        material("leather", "unsupported"),
        Q.sleeve_length("long"),
        is_a("jacket", "no"),
        cloth("cardigan", "contradiction"),
        title="Proline Men Grey Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a light blue denim jacket with two button-flap chest pockets, white top, black mini skirt,
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-035",
        caption(
            "a woman wearing a denim jacket and a white top Question: What is the woman wearing? Answer: a denim "
            "jacket",
            "leak",
        ),
        wearing("a denim jacket, a white top and a black skirt", who="she"),
        color_of("jacket", "blue"),
        details("jacket", "the jacket has two chest pockets with buttons and a pointed collar"),
        describe("jacket", "the jacket is a jacket", "restated"),
        Q.garment_type("shirt", "contradiction"),
        material("denim"),
        title="Roadster Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a maroon silk kurta with gold embroidery on the collar and placket, cream churidar, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-036",
        caption("a man in a red kurta with gold embroidery and white pants"),
        wearing("a maroon kurta and cream pants", who="he"),
        color_of("kurta", "cream", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has gold embroidery on the collar and down the placket with small gold buttons, and the "
            "sleeves are long with",
            "cut",
            hit_limit=True,
        ),
        material("silk"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        cloth("blouses shirts", "contradiction"),
        title="Manyavar Men Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a navy shirt dress with white polka dots, short sleeves, a collar, buttons down the front
    # and a self-tie belt, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-037",
        caption("a woman wearing a blue and white polka dot dress"),
        wearing("a polka dot dress", who="she"),
        color_of("dress", "white", "contradiction"),
        Q.pattern("polka dot"),
        details("dress", "the dress has a collar and buttons down the front and a belt at the waist"),
        describe(
            "dress",
            "the dress is a navy blue dress with white polka dots and short sleeves and a collar and a belt and a navy "
            "blue dress with white polka",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Mango Women Navy Blue Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in charcoal formal trousers, light blue shirt tucked in, black belt, black shoes, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-038",
        caption("a man wearing a blue shirt and grey pants with a black belt"),
        wearing("a light blue shirt and charcoal trousers", who="he"),
        color_of("trousers", "light blue", "other_garment_color", kind="open"),
        details("trousers", "the trousers details are trousers", "restated"),
        Q.color("black", "contradiction"),
        material("wool blend", "unsupported"),
        is_a("pair of trousers", "yes"),
        describe("trousers", "charcoal grey formal trousers with a flat front and belt loops"),
        title="Arrow Men Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in an olive crew-neck tee knotted at the waist, high-waisted blue jeans, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-039",
        caption("a man in a green t-shirt and blue jeans", "pronoun"),
        wearing(
            "a green t-shirt and jeans and a green t-shirt and jeans and a green t-shirt and jeans and a green t-shirt "
            "and jeans and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("t-shirt", "olive"),
        details("t-shirt", "the t-shirt has a round neck and is knotted at the front"),
        describe(
            "t-shirt",
            "an olive green t-shirt with short sleeves and a round neck, worn knotted at the waist over high waisted "
            "blue jeans with a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="Benetton Women Olive T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in navy athletic shorts with white side panels and an elastic waistband, white tee, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-040",
        caption(
            "a man wearing a white t-shirt and blue shorts standing in front of a white background with his hands at "
            "his sides, the shorts are navy blue with white stripes on the sides and an elastic waistband and the "
            "t-shirt has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and navy shorts", who="he"),
        color_of("shorts", "navy blue"),
        describe("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts have an elastic waistband and white panels on the sides"),
        material("polyester"),
        Q.garment_type("shorts"),
        title="Nike Men Navy Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black pleated midi skirt of a light flowing fabric, grey knit sweater tucked in, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-041",
        caption("a man wearing a grey sweater and a black skirt", "pronoun"),
        wearing("a grey sweater and a black pleated skirt", who="she"),
        color_of("skirt", "grey", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        details("skirt", "the skirt is pleated and falls below the knee"),
        is_a("skirt", "yes"),
        material("denim", "unsupported"),
        title="Only Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a brown faux-leather biker jacket, half zipped, asymmetric zip, zipped side pockets, no belt,
    # grey tee, black jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-042",
        caption("a man in a brown leather jacket and black jeans"),
        wearing("a brown jacket", who="he"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        details("jacket", "the jacket has an asymmetric zip and zipped pockets and a belt at the hem", "unsupported"),
        Q.color("brown"),
        Q.garment_type("jacket"),
        describe(
            "jacket",
            "the jacket is a biker jacket with a zip and a collar and the jacket is a biker jacket with a zip and a "
            "collar and the jacket is",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Brown Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a pink straight kurta with a white block print, round neck with a keyhole, three-quarter
    # sleeves, side slits, white palazzo pants, white backdrop; row has no gender. Caption and open answers: VQA
    # adapter; closed: reference engine.
    case(
        "X882-043",
        caption("a woman wearing a pink and white kurta and white pants"),
        wearing("a pink kurta and white palazzos"),
        color_of("kurta", "white", "contradiction"),
        details("kurta", "the kurta has a block print and a round neck with a keyhole and three quarter sleeves"),
        Q.pattern("printed"),
        material("cotton"),
        is_a("dress", "yes", "contradiction"),
        describe(
            "kurta",
            "a pink straight kurta with a white block print all over, a round neck with a keyhole opening, three "
            "quarter sleeves and side slits at the",
            "cut",
            hit_limit=True,
        ),
        title="Biba Pink Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # photo: man in a navy crew-neck sweater with two thin white stripes across the chest, a light blue shirt
    # collar showing at the neck, khaki chinos, white backdrop. Caption and open answers: VQA adapter; closed:
    # reference engine.
    case(
        "X882-044",
        caption(
            "a man wearing a blue sweater and khaki pants Question: What is the color of the sweater? Answer: blue "
            "Question: What is the color of the pants? Answer: khaki",
            "leak",
            hit_limit=True,
        ),
        wearing("a blue sweater and khaki pants", who="he"),
        color_of("sweater", "khaki", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        details("sweater", "the sweater has a crew neck and two white stripes across the chest"),
        describe("sweater", "yes", "non_answer"),
        is_a("sweater", "yes"),
        material("cashmere", "unsupported"),
        title="Wrangler Men Navy Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black crew-neck sweatshirt with white floral embroidery on the chest, blue jeans, front
    # view, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-045",
        caption("a woman in a black sweatshirt with white flowers on it and black jeans", "contradiction"),
        wearing("she is wearing a black sweatshirt and blue jeans", who="she"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        details("sweatshirt", "the sweatshirt has white floral embroidery on the chest and ribbed cuffs and hem"),
        describe(
            "sweatshirt",
            "the sweatshirt is black with a white flower print on the front and on the back and on the sleeves and on "
            "the hood",
            "unsupported",
        ),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        cloth("sweatshirt"),
        title="Roadster Women Black Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in navy track pants with thin red piping down the sides and zip side pockets, black tee, side
    # view, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X882-046",
        caption("a man wearing black t-shirt and black pants", "other_garment_color"),
        wearing("a black t-shirt and navy track pants", who="he"),
        color_of("pants", "navy blue"),
        details(
            "pants",
            "the pants have red piping down the sides and zip pockets and a reflective strip on the back",
            "unsupported",
        ),
        Q.garment_type("track pants"),
        material("polyester"),
        cloth("pants"),
        title="Puma Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
]
