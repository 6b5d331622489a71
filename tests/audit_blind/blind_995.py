"""BLIND_995 (46 products; Myntra men's tops and bottoms, the VQA adapter): written blind in the fifty-eighth session.
Measured blind at 6094d3e (the session's fourth rules): 116/126 failures found (92.1%) and 6/181 correct texts flagged
(3.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's Shirts, Tshirts, Jeans and Trousers (seller columns title, category, color,
gender; a few rows lack one). Photos are catalog shots on a white backdrop, mostly a male model seen from the front
wearing the product with other clothes (a tee under the jeans, a shirt tucked into the trousers, a blazer or an open
flannel over the product), belts, shoes, now and then a tie or a watch.

Who wrote what: every free text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, 8-bit, greedy):
the caption from the empty prompt (50 new tokens), open answers from `Question: ... Answer:` (30 new tokens).
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?", some color-of questions) are the
reference engine's pick among candidate values, scored with the same adapter, so they are clean single values. The
adapter never learnt to stop: short answers stop only where OPT happens to emit a newline; otherwise they run on into
a repeated word or phrase, a fresh "Question: ... Answer:" pair, or a sentence cut at the limit. It speaks In-shop
vocabulary (tee, denim, pants), answers the caption prompt half like a VQA pair, gives the color of whatever garment
dominates the frame (the tee above the jeans, the shirt above the trousers), says "yes" to most yes/no questions,
and invents fabric content and details (lining, logos on a back it cannot see, a watch, a tie, a hood).

Labeling conventions and judgement calls:
- Correctness is judged against the photo as I describe it; where seller and photo agree (they do here), both.
- Shades count as right when they are a fair name of the visible color: maroon called "red", lavender "purple",
  cream "white", charcoal "dark grey", tan chinos "brown". A named color of another visible garment is
  other_garment_color when the text is about the product; when the question is about a garment that is NOT the
  product (the jeans under a shirt product) and gives it the product's or a third color, it is contradiction.
- A striped or printed garment's color is its ground color; the stripe or print color alone is contradiction.
- A wrong garment type (closed or open), a wrong pattern, sleeve length or "no" to "Is this a pair of jeans?" for
  jeans is contradiction; a material the title or the visible fabric rules out (leather jeans, cotton Dri-FIT)
  is contradiction; a material or detail nothing in the photo or title can show (percentages, linings, "wrinkle
  free", a logo on the unseen back, a watch or tie not in the photo) is unsupported. Plain "cotton" for a tee or
  shirt, "denim" for jeans and the title's own fabric are accepted as correct.
- A text that repeats a word or phrase until the limit is loop (hit_limit), even when it starts right; a sentence
  stopped mid-phrase at the limit without repeating is cut (hit_limit). A text that starts a "Question:" or
  "Answer:" of its own is leak, whatever else is right in it; hit_limit where it ran to the limit.
- A one-word or yes/no reply to an open question (describe, details, wearing) is non_answer; one color word to a
  color question is a right answer. A reply that only echoes the question's words ("the shirt is a shirt", "the
  t-shirt details") is restated.
- Pronoun: he/she/her for the person, and "a young woman" in a caption, against gender Men; a row without gender
  gets no pronoun label. "he" in an answer to "What is the person wearing?" is right for a Men row.
- One label per text: the kind most plainly visible (a cut text that also invents is labelled by its cut only if
  what it says before the cut is true).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

# a question the experiments probed in this form
shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_995 = [
    # photo: navy and white checked long-sleeve shirt, untucked over light blue jeans, white backdrop, front view.
    # VQA adapter: caption, open answers; reference engine: closed answers.
    case(
        "X995-001",
        caption("a man wearing a blue and white checkered shirt and jeans"),
        wearing("a plaid shirt and light blue jeans"),
        Q.color("navy blue"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeve"),
        Q.material("the shirt is made of soft brushed cotton flannel", "unsupported"),
        color_of("jeans", "navy blue", "contradiction"),
        describe(
            "shirt",
            "the shirt is a blue and white plaid shirt with a pocket on the chest and a pocket on the chest and "
            "a pocket on the chest and a pocket",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black crew-neck t-shirt with a white PUMA cat logo and wordmark on the chest, grey track pants cropped
    # at the thigh, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-002",
        caption("a man in a black t - shirt with a white logo"),
        wearing("he is wearing a black t-shirt and grey pants", who="he"),
        color_of("t-shirt", "black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeve", "contradiction"),
        details("t-shirt", "the t-shirt has a round neck and short sleeves with a puma logo printed on the front"),
        Q.material("cotton"),
        title="Puma Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue skinny jeans, white t-shirt half tucked, brown leather belt, white sneakers, full body on white.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-003",
        caption("a man wearing a white t - shirt and blue jeans"),
        color_of("jeans", "white", "other_garment_color"),
        Q.garment_type("jeans"),
        details("jeans", "the jeans are blue with a skinny fit, front pockets and a brown leather belt"),
        describe("jeans", "the jeans are the jeans the man is wearing", "restated"),
        wearing("white t-shirt, blue jeans, brown belt and white sneakers"),
        Q.material("denim"),
        is_a("jeans", "yes", article="a pair of"),
        title="Wrangler Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: mid-grey flat-front formal trousers with a pressed crease, light pink formal shirt tucked in, black belt,
    # black shoes, cropped at the chest, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-004",
        caption("a man in a pink shirt and grey pants standing in front of a white wall"),
        Q.color("pink", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        details(
            "pants",
            "the pants are grey and have a flat front with a belt loop and a crease down the front of the leg and "
            "a crease down the front of the leg and a crease",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        wearing("she is wearing a pink shirt and grey pants", "pronoun", who="the man"),
        title="Peter England Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: olive green solid casual shirt, buttoned, sleeves rolled to the elbow, black jeans, white backdrop.
    # VQA adapter: caption (ran into VQA pairs), open; reference engine: closed.
    case(
        "X995-005",
        caption(
            "Question: what is the color of the shirt? Answer: green Question: what is the color of the pants? "
            "Answer: black Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "olive green"),
        describe("shirt", "the shirt is a green button down shirt with long sleeves rolled up to the elbows"),
        Q.sleeve_length("long sleeve"),
        Q.material("linen", "unsupported"),
        wearing("an olive shirt and black jeans"),
        title="Highlander Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: heather grey round-neck t-shirt with a small black HRX logo on the chest, black jogger pants, white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-006",
        caption("a man wearing a grey t - shirt and black pants"),
        wearing("a grey t-shirt and black jogger pants"),
        Q.color("grey"),
        color_of("pants", "grey", "contradiction"),
        describe(
            "t-shirt",
            "the t-shirt is grey with a round neck and short sleeves. it has a small logo on the chest and a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black slim jeans, olive bomber jacket open over a white t-shirt, black boots, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-007",
        caption("a man in a green jacket and black jeans"),
        color_of("jeans", "black", kind="open"),
        wearing("he is wearing a green jacket, white t - shirt and black jeans", who="he"),
        details(
            "jeans",
            "black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        title="Levis Men Black 511 Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: navy formal trousers, white formal shirt tucked in, brown belt, brown formal shoes, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-008",
        caption("a man in a white shirt and blue pants"),
        color_of("pants", "white", "other_garment_color"),
        describe("pants", "the pants are navy blue formal trousers with a straight leg and a pressed crease"),
        Q.material("the pants are made of 100% wool with a polyester lining", "unsupported"),
        details("pants", "none", "non_answer"),
        wearing("a white shirt, navy blue trousers and a brown belt"),
        title="Arrow Men Navy Blue Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white round-neck t-shirt with thin navy horizontal stripes, blue jeans, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-009",
        caption("a man wearing a white and blue striped t - shirt and jeans"),
        Q.pattern("striped"),
        Q.color("blue", "contradiction"),
        describe("t-shirt", "white", "non_answer"),
        Q.sleeve_length("short sleeve"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves with a small pocket on the left chest",
            "unsupported",
        ),
        wearing("a striped t-shirt with navy stripes and blue denim jeans", who="he"),
        title="Roadster Men White & Navy Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: white formal shirt, spread collar, no chest pocket, tucked into charcoal trousers, no tie, hands in the
    # trouser pockets, face cropped, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-010",
        caption(
            "a man wearing a white shirt and grey pants with his hands in his pockets standing in front of a "
            "white background with his shirt tucked into his pants and his sleeves buttoned at the wrist and his",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        details(
            "shirt",
            "the shirt has a spread collar, long sleeves with buttoned cuffs and a curved hem that is tucked into the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.pattern("solid"),
        Q.material("the shirt is made of 100% giza cotton with a wrinkle free finish", "unsupported"),
        wearing("a white shirt and grey trousers"),
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light-wash blue tapered jeans, faded thighs, small rips at the knees, rolled hems, maroon henley
    # t-shirt, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-011",
        caption("a man in a red shirt and ripped jeans"),
        color_of("jeans", "red", "other_garment_color"),
        details("jeans", "ripped knees, faded wash and rolled up hem"),
        describe("jeans", "the jeans are light blue with rips on the knees and a faded wash on the thighs"),
        Q.material("leather", "contradiction"),
        color_of("shirt", "blue", "contradiction"),
        is_a("jeans", "yes", article="a pair of"),
        title="Mast & Harbour Men Blue Tapered Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: beige slim chinos, navy polo t-shirt tucked in, white sneakers, full body, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-012",
        caption("a man wearing a blue polo shirt and khaki pants"),
        wearing("he is wearing a navy polo shirt and beige chinos with white sneakers", who="he"),
        Q.color("navy blue", "other_garment_color"),
        color_of(
            "pants",
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki "
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        details("pants", "the pants have a slim fit with side pockets and a button closure at the waist"),
        title="Blackberrys Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: bright red training t-shirt with a small white Nike swoosh on the chest, black shorts, front view only,
    # white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-013",
        caption(
            "a man in a red t - shirt and black shorts with a red t - shirt and black shorts with a red t - shirt "
            "and black shorts with a red t - shirt and",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        Q.material("cotton", "contradiction"),
        describe(
            "t-shirt",
            "the t-shirt is red with a white nike logo on the chest and it has a breathable mesh panel on the back",
            "unsupported",
        ),
        wearing("red t-shirt and black shorts"),
        Q.sleeve_length("short sleeve"),
        details("t-shirt", "the details of the t-shirt are", "restated"),
        title="Nike Men Red Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: mid-blue denim shirt with two flap chest pockets and snap buttons, worn open at the collar over a white
    # t-shirt, black chinos, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-014",
        caption("a man wearing a denim shirt and black pants"),
        shirt_color("blue"),
        Q.material("denim"),
        details("shirt", "two chest pockets with flaps and pearl snap buttons, worn over a white t-shirt"),
        describe("shirt", "the shirt is the shirt of the man", "restated"),
        wearing("a denim jacket and black jeans", "contradiction", who="the man"),
        title="Wrangler Men Blue Regular Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mid-grey slim jeans, black t-shirt with a white graphic print, white sneakers, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-015",
        caption("a man in a black t - shirt and grey jeans"),
        color_of("jeans", "grey"),
        Q.color("black", "other_garment_color"),
        details(
            "jeans",
            "the jeans are grey with a slim fit. Question: What is the color of the jeans? Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a black graphic tee, grey jeans and white sneakers", who="he"),
        Q.garment_type("jeans"),
        describe(
            "jeans",
            "the jeans are grey with a slim fit and a zip fly and they are worn with a black t-shirt and white "
            "sneakers and the",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Grey Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: charcoal formal trousers, light blue formal shirt tucked in, dark brown belt, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-016",
        caption("a man wearing a light blue shirt and dark grey pants"),
        color_of("pants", "light blue", "other_garment_color"),
        describe("pants", "dark grey formal pants with a flat front and belt loops"),
        Q.material("polyester viscose blend", "unsupported"),
        details("pants", "the pants details are the details of the pants", "restated"),
        Q.garment_type("trousers"),
        title="Van Heusen Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy polo t-shirt with white tipping on collar and cuffs, small embroidered logo on the chest, khaki
    # chinos, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-017",
        caption("a man in a blue polo shirt and khaki pants"),
        Q.garment_type("polo shirt"),
        color_of("t-shirt", "navy blue"),
        details(
            "t-shirt",
            "the t-shirt has a polo collar with white tipping, a three button placket and a small logo on the chest",
        ),
        Q.sleeve_length("short sleeve"),
        wearing("a blue polo shirt and beige khakis"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white formal shirt with thin blue vertical stripes, no tie, tucked into navy trousers, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-018",
        caption("a man in a blue and white striped shirt and tie", "unsupported"),
        Q.pattern("striped"),
        Q.color("blue"),
        describe("shirt", "the shirt has thin blue and white vertical stripes, a collar and long sleeves with cuffs"),
        wearing("he is wearing a striped shirt and navy blue pants", who="he"),
        color_of("pants", "blue"),
        details("shirt", "the shirt has french cuffs with silver cufflinks", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Arrow Men Blue & White Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark indigo slim jeans, mustard yellow t-shirt, brown boots, front view, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-019",
        caption("a man wearing a yellow t - shirt and dark blue jeans"),
        wearing(
            "a yellow t-shirt and jeans and a yellow t-shirt and jeans and a yellow t-shirt and jeans and a",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "dark blue", kind="open"),
        Q.color("yellow", "other_garment_color"),
        details(
            "jeans",
            "the jeans are dark blue with whiskering on the thighs. the back pockets have a stitched logo",
            "unsupported",
        ),
        title="Flying Machine Men Navy Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive t-shirt with a large white and orange skull graphic and a WROGN wordmark, black jeans, white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-020",
        caption("a man wearing a green t - shirt with a skull on it"),
        Q.color("olive"),
        Q.pattern("graphic"),
        describe("t-shirt", "she is wearing a green t-shirt with a skull print on the front", "pronoun"),
        color_of("t-shirt", "black", "other_garment_color"),
        details(
            "t-shirt",
            "the t-shirt has a large skull graphic printed on the front in white and orange with the word wrogn "
            "written under the skull and the sleeves",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        title="WROGN Men Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black regular trousers, white crew-neck t-shirt tucked in, black belt, black loafers, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-021",
        caption("a man in a white t - shirt and black pants"),
        wearing("a white t-shirt and black trousers", who="the man"),
        color_of("pants", "black"),
        Q.garment_type("trousers"),
        Q.material("wool", "unsupported"),
        details(
            "pants",
            "the pants are black and have a straight fit with a belt and a pocket on the side and a pocket on the "
            "back and a pocket on the side and",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Men Black Regular Fit Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: maroon long-sleeve casual shirt with a mandarin collar, black jeans, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-022",
        caption("a man in a blue shirt and black jeans", "contradiction"),
        color_of("shirt", "maroon"),
        describe("shirt", "the shirt is maroon with a mandarin collar, full button placket and long sleeves"),
        Q.sleeve_length("short sleeve", "contradiction"),
        details("shirt", "collar", "non_answer"),
        wearing("he is wearing a maroon shirt and black jeans", who="he"),
        title="Mufti Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light blue skinny jeans, white shirt untucked with rolled sleeves, white sneakers, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-023",
        caption("a man in a white shirt and light blue jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "the jeans are light blue skinny jeans with a low rise and a slightly faded wash"),
        Q.material("cotton denim with 2% elastane for stretch", "unsupported"),
        wearing("white shirt with rolled sleeves and light blue jeans"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        details(
            "jeans",
            "the jeans are light blue and they have a low rise and a skinny fit and they are faded at the thighs "
            "and the knees and",
            "cut",
            hit_limit=True,
        ),
        title="Spykar Men Light Blue Skinny Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: plain mustard yellow round-neck t-shirt without any visible logo, blue jeans, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-024",
        caption("a man wearing a yellow t - shirt and blue jeans"),
        Q.color("mustard"),
        color_of(
            "t-shirt",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("yes", "non_answer", who="he"),
        details(
            "t-shirt",
            "the t-shirt has a round neck, short sleeves and a jack and jones logo patch on the hem",
            "unsupported",
        ),
        Q.pattern("solid"),
        title="Jack & Jones Men Mustard Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive cargo trousers with flap pockets on the thighs and drawstring ankle hems, black t-shirt, white
    # sneakers, full body, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-025",
        caption("a man wearing a black t - shirt and green cargo pants"),
        details(
            "pants",
            "the pants have large flap pockets on the sides of the legs and an elasticated hem at the ankles",
        ),
        color_of("pants", "olive"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("shorts", "contradiction"),
        wearing("she is wearing a black t-shirt and olive cargo pants", "pronoun"),
        describe(
            "pants",
            "the pants are green cargo pants with pockets on the sides of the legs and a drawstring at the ankles "
            "and a",
            "cut",
            hit_limit=True,
        ),
        title="Celio Men Olive Green Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: pale lavender formal shirt tucked into grey trousers, navy tie with small white dots, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-026",
        caption("a man in a purple shirt and a blue tie"),
        color_of("shirt", "purple"),
        Q.color("lavender"),
        describe("shirt", "the shirt is a light purple dress shirt worn with a navy tie with small dots"),
        wearing("a white shirt and a blue tie", "contradiction", who="the man"),
        Q.material("silk", "unsupported"),
        details(
            "shirt",
            "Answer: the shirt is light purple with a navy tie Question: What is the color of the tie? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        title="Blackberrys Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: washed charcoal slim jeans, white t-shirt with a red chest print, white sneakers, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-027",
        caption("a man wearing a white t - shirt with a red print and grey jeans"),
        color_of("jeans", "grey", kind="open"),
        Q.color("white", "other_garment_color"),
        details("jeans", "faded", "non_answer"),
        wearing("a white t-shirt and grey jeans", who="he"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Pepe Jeans Men Charcoal Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: teal round-neck t-shirt with a white and navy colour-block band across the chest, grey jeans, white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-028",
        caption("a man in a blue and white t - shirt and jeans"),
        Q.pattern("color block"),
        Q.color("teal"),
        describe("t-shirt", "the t-shirt is teal with a white and navy panel across the chest and short sleeves"),
        color_of("jeans", "teal", "contradiction"),
        details(
            "t-shirt",
            "the t-shirt has a teal body with a white and navy band across the chest, a round neck, short "
            "sleeves and a",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a teal t-shirt and grey jeans", "pronoun", who="he"),
        title="Campus Sutra Men Teal Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: tan brown slim chinos with rolled cuffs, white shirt with rolled sleeves tucked in, navy loafers, white
    # backdrop. VQA adapter: caption (stopped at a newline after the answer), open; reference engine: closed.
    case(
        "X995-029",
        caption("Question: what is the man wearing? Answer: a white shirt and brown pants", "leak"),
        color_of("pants", "brown"),
        describe("pants", "the pants are tan chinos with a slim fit and rolled cuffs at the ankles"),
        wearing("a white shirt with rolled sleeves and brown chinos and blue loafers"),
        Q.material("cotton"),
        Q.garment_type("trousers"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Indian Terrain Men Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: red and black buffalo check flannel shirt with two flap chest pockets, no hood, worn open over a grey
    # t-shirt, blue jeans, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-030",
        caption("a man wearing a red and black plaid shirt over a grey t - shirt"),
        Q.pattern("checked"),
        color_of("shirt", "grey", "other_garment_color"),
        wearing("he is wearing a plaid flannel shirt open over a grey t-shirt with blue jeans", who="he"),
        details(
            "shirt",
            "the shirt has a red and black check pattern with two chest pockets and a detachable hood",
            "unsupported",
        ),
        describe("shirt", "the shirt is a shirt", "restated"),
        Q.material("flannel"),
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: mid-blue regular jeans with light whiskering, olive green t-shirt, brown boots, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-031",
        caption("a man in a green t - shirt and blue jeans standing in front of a white background"),
        color_of("jeans", "blue"),
        wearing("he is wearing a green t-shirt and blue jeans with brown boots"),
        details("jeans", "the jeans are blue with a regular fit, a zip fly and whiskering at the hips"),
        Q.garment_type("jeans"),
        title="Jack & Jones Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: white t-shirt with three black stripes on the shoulders and a black trefoil print on the chest, grey
    # track pants, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-032",
        caption("a man in a white adidas t - shirt and grey pants"),
        Q.color("white"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        describe("t-shirt", "the t-shirt is white with three black stripes on the shoulders and a black adidas logo"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
        ),
        wearing("a white t-shirt with black stripes on the shoulders and grey track pants", who="he"),
        title="Adidas Originals Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: khaki slim trousers, white and navy striped shirt tucked in, brown belt, white backdrop.
    # VQA adapter: caption, open; reference engine: closed. The feed row has no gender column.
    case(
        "X995-033",
        caption("a man wearing a striped shirt and khaki pants"),
        color_of("pants", "khaki"),
        details("pants", "the pants are khaki with a slim fit, side pockets and a brown belt through the belt loops"),
        Q.color("white", "other_garment_color"),
        wearing(
            "a blue and white striped shirt and khaki pants and a brown belt and a blue and white striped shirt "
            "and khaki pants and a brown",
            "loop",
            hit_limit=True,
        ),
        describe(
            "pants",
            "khaki pants Question: what is the color of the belt? Answer: brown Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Allen Solly Men Khaki Slim Fit Solid Casual Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # photo: light blue solid formal shirt under an open navy blazer, navy trousers, no tie, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-034",
        caption("a man in a blue suit and a light blue shirt with a red tie", "unsupported"),
        wearing("he is wearing a navy blazer over a light blue shirt and navy trousers", who="he"),
        Q.garment_type("jacket", "contradiction"),
        color_of("shirt", "navy blue", "other_garment_color"),
        describe("shirt", "light blue formal shirt with a spread collar, worn under a navy blazer"),
        Q.sleeve_length("long sleeve"),
        title="Peter England Men Light Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: solid maroon long-sleeve henley t-shirt with a three-button placket, navy jeans, bearded model, white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-035",
        caption("a man in a maroon henley shirt and jeans"),
        Q.sleeve_length("long sleeve"),
        color_of("t-shirt", "maroon"),
        describe(
            "t-shirt",
            "he is wearing a red long sleeve shirt with buttons at the neck and he has a beard and he is wearing",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt details", "restated"),
        Q.material("cotton"),
        Q.pattern("striped", "contradiction"),
        title="Being Human Men Maroon Solid Henley T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: mid-blue tapered jeans with cuffed hems, white and black Breton-striped t-shirt, white sneakers, white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-036",
        caption("a man in a striped shirt and jeans"),
        color_of("jeans", "white", "other_garment_color"),
        describe(
            "jeans",
            "the jeans are blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a black and white striped top and blue jeans", "pronoun", who="he"),
        Q.material("denim"),
        details("jeans", "blue jeans with a tapered leg and cuffed hem"),
        title="Highlander Men Blue Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey slim trousers with a faint windowpane check, black turtleneck sweater tucked in, black shoes,
    # white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-037",
        caption("a man wearing a black sweater and grey plaid pants"),
        Q.pattern("solid", "contradiction"),
        color_of("pants", "grey"),
        describe("pants", "the pants are grey with a subtle check pattern and a slim tapered leg"),
        wearing("she is wearing a black turtleneck and grey checked trousers", "pronoun"),
        Q.garment_type("sweater", "contradiction"),
        title="SELECTED Men Grey Slim Fit Checked Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: navy short-sleeve shirt with a small white floral print and a left chest pocket, beige chinos, white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-038",
        caption("a man in a blue floral shirt and beige pants"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve"),
        color_of("shirt", "beige", "other_garment_color"),
        describe(
            "shirt",
            "the shirt is a blue shirt with white flowers and a collar and short sleeves. it has a pocket on the "
            "left chest and it has",
            "cut",
            hit_limit=True,
        ),
        Q.material("rayon", "unsupported"),
        wearing("a navy floral print shirt and beige chinos", who="the man"),
        title="Dennis Lingo Men Navy Blue & White Slim Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: blue slim jeans with heavy rips at the knees and thighs, grey hoodie, white sneakers, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-039",
        caption("a man wearing a grey hoodie and ripped jeans"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "the jeans have rips on the knees and rips on the thighs and rips on the knees and rips on the thighs "
            "and rips on the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt", "contradiction"),
        wearing("a grey hooded sweatshirt and distressed blue jeans", who="he"),
        Q.material("denim"),
        Q.color("grey", "other_garment_color"),
        title="Kook N Keech Men Blue Slim Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: bright green polo t-shirt with a small embroidered flag logo, white chinos, brown loafers, no watch or
    # other accessory, white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-040",
        caption("a man in a green polo shirt and white pants"),
        Q.color("white", "other_garment_color"),
        color_of("t-shirt", "green", kind="open"),
        details(
            "t-shirt",
            "the t-shirt has a polo collar, a two button placket and a small flag logo embroidered on the chest",
        ),
        wearing(
            "he is wearing a green polo t-shirt with white chinos and brown loafers and a silver watch on his wrist",
            "unsupported",
            who="he",
        ),
        Q.garment_type("polo shirt"),
        describe("t-shirt", "green", "non_answer"),
        title="Tommy Hilfiger Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: maroon slim chinos in plain cotton twill with rolled hems, white t-shirt, white sneakers, white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-041",
        caption("a man wearing a white t - shirt and red pants"),
        color_of("pants", "maroon"),
        describe("pants", "red", "non_answer"),
        wearing(
            "Question: What is the person wearing? Answer: a white t-shirt and red pants Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        Q.material("corduroy", "unsupported"),
        details("pants", "what are the pants details", "restated"),
        Q.garment_type("trousers"),
        title="Mufti Men Maroon Slim Fit Solid Chinos",
        category="Trousers",
        color="Maroon",
        gender="Men",
    ),
    # photo: pale yellow linen shirt, button-down collar, sleeves rolled up, white chinos, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-042",
        caption("a man in a yellow shirt and white pants"),
        Q.material("linen"),
        color_of("shirt", "yellow"),
        Q.color("white", "other_garment_color"),
        details(
            "shirt", "the shirt has a button down collar and long sleeves rolled up. the person is wearing white pants"
        ),
        wearing("shirt", "non_answer", who="he"),
        describe(
            "shirt",
            "the shirt is yellow and it is a linen shirt with a button down collar and long sleeves that are rolled "
            "up to the elbows and the",
            "cut",
            hit_limit=True,
        ),
        title="Nautica Men Yellow Slim Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: black round-neck t-shirt with large white "STAY WILD" lettering, light blue ripped jeans, white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-043",
        caption("a man wearing a black t - shirt that says stay wild"),
        Q.pattern("printed"),
        color_of("t-shirt", "black"),
        details("t-shirt", "the t-shirt has a white text print on the front that says stay wild and a round neck"),
        describe(
            "t-shirt",
            "the t-shirt is black with white letters on the front. the letters say stay wild. the letters say stay "
            "wild. the letters say",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a black t-shirt and light blue ripped jeans", who="he"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("short sleeve"),
        title="Roadster Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white slim jeans, navy shirt tucked in, tan leather belt, brown loafers, white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-044",
        caption("a man in a blue shirt and white pants"),
        color_of("jeans", "navy blue", "other_garment_color"),
        Q.garment_type("trousers", "contradiction"),
        describe("jeans", "the jeans are white with a slim fit, a tan leather belt and a zip fly"),
        details(
            "jeans",
            "the jeans have a slim fit and are white. the jeans are made of stretchable denim that is comfortable "
            "to wear all day",
            "unsupported",
        ),
        wearing("he is wearing a navy blue shirt tucked into white jeans with a tan belt", who="he"),
        title="Killer Men White Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="White",
        gender="Men",
    ),
    # photo: cream formal trousers with a front crease and slanted pockets, light blue shirt tucked in, brown belt,
    # white backdrop. VQA adapter: caption, open; reference engine: closed. The feed row has no category.
    case(
        "X995-045",
        caption("a man in a blue shirt and white pants"),
        color_of("pants", "cream"),
        wearing("a light blue shirt, cream trousers and a brown belt"),
        describe("pants", "the pants are blue", "other_garment_color"),
        Q.garment_type("trousers"),
        Q.material("the pants are made of a wrinkle resistant polyester blend with a soft lining", "unsupported"),
        details(
            "pants",
            "the pants have a front crease, belt loops and slanted side pockets and the pants have a front crease, "
            "belt loops and slanted",
            "loop",
            hit_limit=True,
        ),
        title="Park Avenue Men Cream-Coloured Regular Fit Solid Formal Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: pastel pink long-sleeve casual shirt, white jeans, male model with long hair tied back, white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X995-046",
        caption("a young woman wearing a pink shirt and white jeans", "pronoun"),
        color_of("shirt", "pink"),
        describe("shirt", "the shirt is light pink with a regular collar, long sleeves and a curved hem"),
        wearing("he is wearing a pink shirt and white jeans", who="he"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        details(
            "shirt",
            "the shirt is pink with long sleeves Question: Is this a shirt? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        title="Hubberholme Men Pink Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
]
