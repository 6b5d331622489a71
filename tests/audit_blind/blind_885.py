"""BLIND_885 (46 products; Myntra kids' casual wear, base BLIP-2 zero-shot): written blind in the fifty-seventh session.
Measured blind at 61894b1 (the session's first rules): 103/129 failures found (79.8%) and 6/185 correct texts flagged
(3.2%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed (Boys and Girls rows: t-shirts, shirts, shorts, jeans, dresses, tops). Most photos are
a child model on a white studio backdrop wearing the product with other clothes (shorts under a t-shirt, a t-shirt
under an open shirt, a denim jacket over a dress); two are flat-lays with no person. Catalog columns are the seller's
(title, category = article type, color = base colour), with a few rows missing a column as real feeds do.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. The caption is
unprompted free generation (50 new tokens); open answers are free generation after `Question: ... Answer:` (30 new
tokens, greedy); closed answers (garment type, color of the garment, pattern, sleeve length, the yes/no garment
question, and the color questions stored closed) were ranked over candidates by enrich's `--engine reference`, so
they are always one candidate value and never loop, leak or stop short. The base model's habits: short lowercase
answers, one color carried over to every garment in the photo, he/she guessed from the child's hair, invented
details (pockets, zippers, buttons, materials it cannot see), and, on describe/details prompts, an occasional run-on
that repeats a phrase or is cut at the token limit, or that keeps writing the `Question: ... Answer:` format.

Labeling conventions and judgement calls:
- other_garment_color: a color answer (closed or open) for the asked garment that is the color of another item the
  child wears in the photo (shorts, jeans, an open overshirt, a jacket, a belt). Asked about the pants of a boy in a
  white shirt and navy pants, "white" is other_garment_color too, though the pants are not the product.
- contradiction: a wrong color that is no other worn item's (a print's color, a wrong shade family), a wrong garment
  type, a wrong pattern or sleeve length, a wrong yes/no to "Is this a ...?", and a wrong count. A closed pattern
  taken from the overshirt rather than the product is a contradiction, not other_garment_color.
- Close shades count as right: maroon called red, teal called blue, peach called pink, khaki called tan, olive
  called green, a mustard tee called yellow. Seller colors are taken as the truth unless the photo note says else.
- A "t-shirt" closed type for a seller "Tops" row that is a crew-neck short-sleeve knit top is correct; "trousers"
  for a Jeans row and "shirt" for a top or a t-shirt are contradictions. "Yes" to "Is this a t-shirt?" for a
  t-shirt dress is a contradiction (the seller sells a dress). "No" to "Is this a pair of jeans?" for denim joggers
  sold as Jeans is a contradiction.
- Material: cotton for t-shirts, shirts, dresses and for jeans, denim for jeans/denim shorts, polyester for sports
  wear, lace for a lace dress are correct; wool, silk, satin, linen, leather, velvet, denim for a knit polo are
  unsupported (nothing in the photo or the title shows them).
- unsupported: details the photo does not show (a back zipper, a bow at the back, a chest pocket that is not there,
  a belt, a skateboard the boy is not standing on, a parrot in a palm print, a Spider-Man print on a Chhota Bheem
  tee), also when the rest of the sentence is right.
- pronoun: he/she, his/her, and boy/girl for the child, wrong for the row's gender; the caption's "a young girl" for
  a Boys row counts.
- non_answer: "nothing", "no", "yes", "i don't know", "they are short", or only the garment's own word to an open
  question. restated: the question echoed back as a phrase ("describe the t-shirt", "the shirt details are the
  shirt details"). A short but informative answer ("a red dress" to "Describe the dress.") is correct.
- cut: an open answer or caption that ends mid-phrase; hit_limit=True where it ran to the 30 (answers) or 50
  (captions) token limit. One answer stopped mid-phrase before the limit (hit_limit False). Loops that ran to the
  limit are labeled loop, not cut. A leak that ran to the limit is labeled leak.
- Each text carries at most one label: the most salient failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_885 = [
    # photo: boy, front view, white backdrop; navy t-shirt with white-and-orange dinosaur print and the word ROAR on the
    #   chest, grey melange shorts, white sneakers. Base model zero-shot wrote all texts; closed ones by reference
    #   engine.
    case(
        "X885-001",
        caption("a young boy wearing a navy blue t-shirt with a dinosaur on it"),
        wearing("a blue t-shirt and grey shorts", who="the boy"),
        color_of("t-shirt", "navy blue"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        describe("t-shirt", "the t-shirt is blue with a picture of a dinosaur on the front"),
        Q.material("cotton"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves and a dinosaur print and the word roar in orange"
            " letters and a",
            "cut",
            hit_limit=True,
        ),
        title="Gini and Jony Boys Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy, front view, hands in jeans pockets, white backdrop; mustard-yellow polo t-shirt with navy collar
    #   tipping and a small embroidered logo, no pocket; mid-blue jeans. Base model zero-shot, closed by reference
    #   engine.
    case(
        "X885-002",
        caption("a little boy in a yellow polo shirt and jeans"),
        wearing("a yellow shirt and blue jeans", who="he"),
        color_of("t-shirt", "blue", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        describe("t-shirt", "a yellow polo shirt with a blue collar"),
        details("t-shirt", "the t-shirt has a collar, two buttons and a pocket on the chest", "unsupported"),
        title="612 League Boys Yellow Solid Polo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; red t-shirt with a large multicolored Chhota Bheem cartoon print, black
    #   knit shorts. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-003",
        caption("a boy wearing a red t-shirt with a cartoon character on it"),
        wearing("she is wearing a red t-shirt and black shorts", "pronoun", who="the child"),
        color_of("t-shirt", "red"),
        Q.pattern("printed"),
        Q.sleeve_length("long", "contradiction"),
        describe("t-shirt", "a red t-shirt with a picture of a boy on it"),
        details("t-shirt", "the t-shirt has a picture of spiderman on the front", "unsupported"),
        is_a("t-shirt", "yes"),
        title="Chhota Bheem Kids Boys Red Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: boy with longish hair, three-quarter view, white backdrop; white t-shirt with thin navy horizontal stripes,
    #   red cotton shorts. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-004",
        caption("a young girl in a striped shirt and red shorts", "pronoun"),
        wearing("a white and blue striped shirt and red shorts", who="the boy"),
        color_of("t-shirt", "red", "other_garment_color"),
        Q.pattern("striped"),
        describe("t-shirt", "the t-shirt is white with blue stripes"),
        details("t-shirt", "the t-shirt has a round neck and short sleeves"),
        Q.material("cotton"),
        title="United Colors of Benetton Kids Boys White Striped T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; grey melange t-shirt with a black PUMA wordmark and leaping-cat logo
    #   on the
    #   chest, black shorts, white sneakers. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-005",
        caption("a young boy wearing a grey puma t-shirt and black shorts"),
        wearing("a grey shirt and black shorts", who="he"),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("shorts", "black", kind="open"),
        describe(
            "t-shirt",
            "a grey t-shirt with a puma logo on the front and a puma logo on the back and a puma logo on the"
            " sleeve and a"
            " puma logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        title="Puma Kids Boys Grey Melange Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; olive green t-shirt with white "ADVENTURE" lettering over a mountain
    #   print, khaki chino shorts. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-006",
        caption("a boy in a green shirt and khaki shorts standing in front of a white wall"),
        wearing("a green shirt and khaki shorts", who="the boy"),
        color_of("t-shirt", "khaki", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        describe("t-shirt", "the t-shirt is green and has the word adventure on it"),
        details("t-shirt", "Question: What are the t-shirt details? Answer: the t-shirt is green", "leak"),
        title="Palm Tree Boys Olive Green Printed T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; maroon long-sleeved henley t-shirt with a three-button placket, dark blue
    #   jeans. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-007",
        caption("a young boy in a red long sleeved shirt and jeans"),
        wearing("a red sweater and jeans", "contradiction", who="he"),
        Q.sleeve_length("long"),
        color_of("t-shirt", "maroon"),
        details("t-shirt", "the t-shirt has a button placket at the neck"),
        Q.material("wool", "unsupported"),
        title="Ant Kids Boys Maroon Henley T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Boys",
    ),
    # photo: flat-lay on white, no person; royal blue round-neck t-shirt with a yellow cartoon car and the word VROOM.
    #   Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-008",
        caption("a blue t-shirt with a yellow car on it"),
        wearing("a blue t-shirt with a car on it"),
        color_of("t-shirt", "yellow", "contradiction"),
        describe("t-shirt", "a blue shirt with a car on it"),
        details(
            "t-shirt",
            "the t-shirt has a yellow car and the word vroom vroom vroom vroom vroom vroom vroom vroom vroom"
            " vroom vroom"
            " vroom",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        Q.material("cotton"),
        title="Doodle Boys Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy holding a football, front view, white backdrop; plain orange crew-neck t-shirt, no pocket, white
    #   shorts. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-009",
        caption("a little boy holding a soccer ball"),
        wearing("Answer: an orange shirt and white shorts", "leak", who="the boy"),
        color_of("t-shirt", "orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        describe("t-shirt", "the t-shirt is white", "other_garment_color"),
        details("t-shirt", "the t-shirt has a v-neck and a chest pocket", "unsupported"),
        title="Little Kangaroos Boys Orange Solid T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: boy standing, front view, white backdrop; black t-shirt with a white skateboard graphic and the word
    #   SKATE, blue denim shorts, white sneakers; no real skateboard. Base model zero-shot; closed by reference engine.
    case(
        "X885-010",
        caption("a young boy wearing a black t-shirt and denim shorts standing on a skateboard", "unsupported"),
        wearing("he is wearing a black shirt and blue shorts", who="he"),
        color_of("t-shirt", "black"),
        describe("t-shirt", "describe the t-shirt", "restated"),
        Q.pattern("graphic"),
        details("t-shirt", "the t-shirt has a picture of a skateboard"),
        title="Kiddopanti Boys Black Graphic T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; teal polo t-shirt with white collar tipping, beige chinos.
    #   Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-011",
        caption("a boy in a blue polo shirt and khaki pants"),
        wearing("a blue shirt and tan pants", who="the boy"),
        color_of("t-shirt", "beige", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        describe("t-shirt", "a teal polo shirt with a white collar"),
        details("t-shirt", "i don't know", "non_answer"),
        Q.material("it is made of cotton"),
        title="YK Boys Teal Solid Polo T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Boys",
    ),
    # photo: flat-lay on white, no person; two crew-neck short-sleeved t-shirts side by side, one plain red, one navy
    #   with white stripes. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-012",
        caption("two t-shirts, one red and one blue"),
        wearing("what is the person wearing", "restated"),
        color_of("t-shirt", "red"),
        describe("t-shirt", "a blue t-shirt with red stripes", "contradiction"),
        details("t-shirt", "the t-shirt has a collar", "unsupported"),
        is_a("t-shirt", "yes"),
        title="Gini and Jony Boys Pack of 2 T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # photo: boy, front view, white backdrop; white t-shirt with a small navy anchor print, worn under an open
    #   light-blue checked shirt, navy shorts. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-013",
        caption("a young boy wearing a blue checkered shirt and navy shorts"),
        wearing("a white t-shirt, a blue plaid shirt and blue shorts", who="the boy"),
        color_of("t-shirt", "blue", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        describe("t-shirt", "the t-shirt is white with an anchor on it"),
        details("t-shirt", "nothing", "non_answer"),
        Q.garment_type("shirt", "contradiction"),
        title="Allen Solly Junior Boys White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; bright lime-leaning green polo t-shirt with a small navy embroidered
    #   horse logo, white shorts. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-014",
        caption("a little boy in a yellow polo shirt", "contradiction"),
        wearing("a green shirt and white shorts", who="he"),
        color_of("t-shirt", "green"),
        details("t-shirt", "the t-shirt has a collar and buttons and a logo on the chest"),
        Q.material("denim", "unsupported"),
        describe(
            "t-shirt",
            "it is a green polo shirt with a collar and a small logo on the left side of the chest, it has"
            " short sleeves"
            " and a ribbed",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Kids Boys Green Solid Polo T-shirt",
        color="Green",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; blue-and-white checked full-sleeved shirt with one chest pocket, sleeves
    #   rolled to the elbow, khaki shorts. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-015",
        caption("a young boy wearing a blue and white plaid shirt and khaki shorts"),
        wearing("a plaid shirt and shorts", who="the boy"),
        color_of("shirt", "khaki", "other_garment_color"),
        Q.pattern("checked"),
        describe(
            "shirt",
            "the shirt is a blue and white checkered shirt with a pocket on the front and a pocket on the back",
            "unsupported",
        ),
        details("shirt", "the shirt details are the shirt details", "restated"),
        Q.sleeve_length("long"),
        title="Allen Solly Junior Boys Blue Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; plain white long-sleeved shirt with a button-down collar and one chest
    #   pocket, navy chinos. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-016",
        caption("a boy in a white shirt and blue pants standing in front of a white background"),
        wearing(
            "a white shirt and blue pants Question: What is the color of the pants? Answer: blue",
            "leak",
            who="he",
        ),
        color_of("shirt", "white"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("shirt", "a white shirt with blue stripes", "contradiction"),
        details("shirt", "the shirt has a button down collar and a chest pocket"),
        Q.material("linen", "unsupported"),
        title="U.S. Polo Assn. Kids Boys White Solid Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; red-and-black buffalo-check short-sleeved shirt with one chest pocket,
    #   black jeans. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-017",
        caption("a young boy wearing a red and black plaid shirt"),
        wearing("a plaid shirt and black jeans", who="the boy"),
        color_of("shirt", "red"),
        describe(
            "shirt",
            "the shirt is red and black checkered with short sleeves and a collar and a pocket and a pocket and"
            " a pocket"
            " and a pocket and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long", "contradiction"),
        is_a("shirt", "yes"),
        title="Cherry Crumble Boys Red Checked Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; navy short-sleeved shirt with a small white palm-tree all-over print (no
    #   birds, no flowers), beige shorts. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-018",
        caption("a little boy in a blue shirt with palm trees on it"),
        wearing("a blue shirt and shorts", who="the boy"),
        color_of("shirt", "navy blue"),
        Q.pattern("printed"),
        describe("shirt", "the shirt is blue and has a hawaiian print with flowers and a parrot", "unsupported"),
        details("shirt", "the shirt has a collar and buttons down the front and short sleeves"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.material("cotton"),
        title="Gini and Jony Boys Navy Blue Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; olive green long-sleeved shirt with two flap chest pockets, worn open
    #   over a white printed t-shirt, blue jeans. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-019",
        caption("a young boy wearing a green shirt over a white t-shirt and jeans"),
        wearing("he is wearing a green jacket and jeans", "contradiction", who="he"),
        color_of("shirt", "white", "other_garment_color"),
        Q.garment_type("shirt"),
        describe("shirt", "an olive green button up shirt"),
        details("shirt", "the shirt has two chest pockets with flaps"),
        Q.material("leather", "unsupported"),
        title="612 League Boys Green Solid Shirt",
        category="Shirts",
        color="Green",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; plain navy knit shorts with a drawstring and side pockets, white t-shirt
    #   with a small blue print. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-020",
        caption("a young boy wearing a white t-shirt and blue shorts"),
        wearing("a white t-shirt and blue shorts", who="the boy"),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "they are short", "non_answer"),
        details("shorts", "the shorts have a drawstring waist and two side pockets"),
        Q.garment_type("shorts"),
        Q.pattern("printed", "contradiction"),
        title="Gini and Jony Boys Navy Blue Solid Regular Fit Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; khaki chino shorts with rolled hems and no belt, navy polo t-shirt.
    #   Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-021",
        caption("a boy in a blue shirt and tan shorts"),
        wearing("a blue shirt and khaki shorts", who="he"),
        color_of("shorts", "navy blue", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        describe("shorts", "the shorts are khaki colored with a belt", "unsupported"),
        details(
            "shorts",
            "Answer: rolled up cuffs Question: What are the shorts details? Answer: rolled up cuffs Question:"
            " What are the",
            "leak",
            hit_limit=True,
        ),
        title="Palm Tree Boys Khaki Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; light-blue washed denim shorts with a frayed hem, yellow t-shirt.
    #   Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-022",
        caption("a little boy in a yellow shirt and denim shorts"),
        wearing("jeans shorts and a yellow shirt", who="the boy"),
        color_of("shorts", "blue"),
        color_of("t-shirt", "yellow", kind="open"),
        Q.material("denim"),
        describe("shorts", "they are blue jean shorts with a ripped hem"),
        details("shorts", "the shorts are yellow", "other_garment_color"),
        Q.pattern("solid"),
        title="UFO Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy with a fringe, front view, white backdrop; charcoal grey athletic shorts with a white side stripe and a
    #   small puma logo, red Puma t-shirt. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-023",
        caption("a boy in a red shirt and gray shorts"),
        wearing("she is wearing a red shirt and grey shorts", "pronoun", who="he"),
        color_of("shorts", "red", "other_garment_color"),
        describe("shorts", "grey shorts with a white stripe on the side"),
        details("shorts", "the shorts have a zipper pocket and a reflective strip and a mesh lining", "unsupported"),
        Q.material("polyester"),
        title="Puma Kids Boys Grey Sports Shorts",
        category="Shorts",
        color="Grey",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; blue shorts with an all-over multicolored dinosaur print and an elastic
    #   waist, plain white t-shirt. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-024",
        caption("a young boy wearing a white shirt and shorts with dinosaurs on them"),
        color_of("shorts", "white", "other_garment_color"),
        Q.pattern("printed"),
        describe("shorts", "a pair of shorts with dinosaurs"),
        details("shorts", "what are the shorts details", "restated"),
        wearing("a white t-shirt and white shorts", "other_garment_color", who="the boy"),
        title="Doodle Boys Multicoloured Printed Shorts",
        category="Shorts",
        color="Multi",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; mid-blue slim jeans with light fading on the thighs, no belt, grey
    #   t-shirt, white sneakers. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-025",
        caption("a young boy in a grey shirt and blue jeans"),
        wearing(
            "a gray t-shirt and jeans. Question: What color are the jeans? Answer: blue. Question: What color is the"
            " t-shirt",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        color_of("jeans", "grey", "other_garment_color"),
        describe("jeans", "blue jeans with a faded wash and a brown leather belt", "unsupported"),
        details(
            "jeans",
            "the jeans have five pockets and a button and a zipper and a button and a zipper and a button and a zipper"
            " and a button",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Gini and Jony Boys Blue Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; black jeans with rips at both knees, white t-shirt with a small chest
    #   print. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-026",
        caption(
            "a boy wearing a white t-shirt and black ripped jeans and a black t-shirt and black ripped jeans"
            " and a white t-shirt and black ripped jeans and a black t-shirt and black ripped jeans and a white"
            " t-shirt and black ripped",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who="he"),
        color_of("jeans", "black"),
        describe("jeans", "the jeans are white", "other_garment_color"),
        details("jeans", "the jeans have holes in the knees"),
        Q.garment_type("trousers", "contradiction"),
        title="612 League Boys Black Ripped Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; dark indigo regular jeans with cuffed hems, light green t-shirt.
    #   Base model zero-shot wrote all texts; closed ones by reference engine. The feed row has no color column.
    case(
        "X885-027",
        caption("a little boy in a green shirt and dark blue jeans with cuffs"),
        color_of("jeans", "navy blue"),
        describe(
            "jeans",
            "the jeans are dark blue with rolled up cuffs and a belt loop on the waist and a small patch on the back"
            " pocket and a",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "no", "non_answer"),
        wearing("a green shirt and green jeans", "other_garment_color", who="the boy"),
        Q.material("cotton"),
        is_a("pair of jeans", "yes"),
        title="UFO Boys Navy Blue Regular Fit Jeans",
        category="Jeans",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; grey denim jogger jeans with elastic ankle cuffs and a drawstring waist,
    #   black hooded sweatshirt. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-028",
        caption("a boy in a black hoodie and gray pants"),
        wearing("a black sweatshirt and grey jeans", who="the boy"),
        color_of("jeans", "black", "other_garment_color"),
        describe("jeans", "the jeans are grey with elastic at the ankles"),
        details("jeans", "the jeans have a drawstring waist"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Kiddopanti Boys Grey Jogger Jeans",
        category="Jeans",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop; pink sleeveless A-line dress with small white polka dots and a white bow
    #   at the waist, white sandals. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-029",
        caption("a little girl in a pink polka dot dress"),
        wearing("a pink dress with white polka dots", who="the girl"),
        color_of("dress", "pink"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "dress",
            "the dress is pink with white polka dots and a bow at the waist and a bow at the waist and a bow at"
            " the waist"
            " and a",
            "loop",
            hit_limit=True,
        ),
        details(
            "dress",
            "the dress has a bow on the front. Question: What is the color of the bow? Answer: white",
            "leak",
        ),
        title="Tiny Girl Pink Printed A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl with a ponytail, hands on hips, smiling, front view, white backdrop; mustard-yellow fit-and-flare
    #   dress
    #   with small white and red flowers and flutter sleeves, an open denim jacket over it, white sneakers.
    #   Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-030",
        caption(
            "a little girl wearing a yellow dress with flowers on it and a denim jacket standing in front of a white"
            " background with her hands on her hips and a smile on her face and her hair in a ponytail and a pair of"
            " white",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow dress and a blue jean jacket", who="she"),
        color_of("dress", "blue", "other_garment_color"),
        Q.pattern("floral"),
        describe(
            "dress",
            "a yellow dress with white flowers and red flowers and white flowers and red flowers and white"
            " flowers and red"
            " flowers and",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the dress has ruffled sleeves and a zipper in the back", "unsupported"),
        Q.material("silk", "unsupported"),
        title="Cherry Crumble Girls Yellow Floral Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl with short hair holding a teddy bear, front view, white backdrop; red dress with a smocked bodice and
    #   short puffed sleeves. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-031",
        caption("a little girl holding a teddy bear"),
        wearing("he is wearing a red dress", "pronoun", who="the girl"),
        color_of("dress", "red"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("dress", "a red dress"),
        details("dress", "the dress has a smocked top and short puffy sleeves"),
        is_a("dress", "yes"),
        title="Nauti Nati Girls Red Smocked Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; navy-and-white horizontally striped sleeveless jersey dress with a red
    #   belt at the waist. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-032",
        caption("a young girl in a blue and white striped dress"),
        wearing("a blue and white striped dress and a red belt", who="the girl"),
        color_of("dress", "red", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "the dress is a navy blue and white striped dress with a red belt"),
        details("dress", "What are the dress details? the dress details", "restated"),
        Q.material("cotton"),
        title="Gini and Jony Girls Navy Blue Striped Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; peach lace-overlay dress with short sleeves and a round neck, nothing
    #   visible at the back, cream ballet flats. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-033",
        caption("a young girl wearing a pink dress"),
        wearing("a peach dress", who="the child"),
        color_of("dress", "orange", "contradiction"),
        describe("dress", "dress", "non_answer"),
        details("dress", "the dress has lace and a bow in the back", "unsupported"),
        Q.material("lace"),
        title="Mothercare Girls Peach Lace Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; light blue t-shirt dress with a large Elsa and Anna print in purple, pink
    #   and white, white sneakers. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-034",
        caption("a little girl in a blue dress with frozen characters on it"),
        wearing("a blue dress with a picture of elsa", who="the girl"),
        color_of("dress", "blue"),
        Q.pattern("graphic"),
        describe(
            "dress",
            "the dress is a light blue dress with a picture of elsa and anna from the movie frozen on the front and the"
            " words",
            "cut",
            hit_limit=True,
        ),
        details("dress", "the dress has a picture of princesses"),
        Q.material("satin", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Disney Kids Girls Multicoloured Frozen Print Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; white sleeveless top with pink floral embroidery on the yoke, round neck,
    #   no collar, blue jeans. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-035",
        caption("a little girl in a white top and jeans"),
        wearing("a white shirt and blue jeans Answer: a white shirt and blue jeans", "leak", who="she"),
        color_of("top", "blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("top", "the top is white with pink flowers embroidered on the front"),
        details("top", "the top has buttons down the back and a peter pan collar", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        title="Tiny Girl White Embroidered Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; hot pink short-sleeved top with silver glitter "DREAM BIG" lettering
    #   and a
    #   star, white shorts. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-036",
        caption("a girl in a pink shirt that says dream big"),
        wearing("a pink shirt and white shorts", who="the girl"),
        color_of("top", "pink"),
        describe("top", "pink", "non_answer"),
        details("top", "the top says dream big in silver letters with a star"),
        Q.pattern("printed"),
        is_a("top", "no", "contradiction"),
        title="Doodle Girls Pink Printed Top",
        category="Tops",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl with a short bob, front view, white backdrop; plain lavender top with ruffled cap sleeves, mint green
    #   skirt. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-037",
        caption("a little girl wearing a purple top and green skirt"),
        wearing("he is wearing a purple top and green skirt", "pronoun", who="she"),
        color_of("top", "green", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        describe("top", "the top is purple with ruffles"),
        details(
            "top",
            "the top has ruffle sleeves and a round neckline with a keyhole opening at the back and a button"
            " closure and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Cherry Crumble Girls Lavender Ruffled Top",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; black crew-neck short-sleeved knit top with a large colorful unicorn
    #   print, denim skirt. Base model zero-shot wrote all texts; closed ones by reference engine. No category column.
    case(
        "X885-038",
        caption("a young girl wearing a black shirt with a unicorn on it and a denim skirt"),
        wearing("a black t-shirt and a skirt", who="the girl"),
        color_of("top", "black"),
        describe("top", "the top is black with a unicorn on the front and a rainbow on the back", "unsupported"),
        details(
            "top",
            "Question: What are the top details? Answer: the top has a unicorn on it. Question: What are the"
            " top details?"
            " Answer",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        title="Kiddopanti Girls Black Printed Top",
        color="Black",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; yellow-and-white striped top with three-quarter sleeves and a round neck,
    #   no buttons, navy leggings. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-039",
        caption("a little girl in a yellow and white striped shirt and blue leggings"),
        wearing("a striped shirt and leggings", who="the girl"),
        color_of("top", "navy blue", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter"),
        describe(
            "top",
            "a yellow and white striped top with a round neck and three quarter sleeves, it is a casual top that can be"
            " worn with jeans or",
            "cut",
            hit_limit=True,
        ),
        details("top", "the top has gold buttons on the shoulder", "unsupported"),
        title="YK Girls Yellow Striped Top",
        category="Tops",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; plain red sleeveless peplum top with no buttons, white jeans.
    #   Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-040",
        caption("a young girl in a red dress and white pants", "contradiction"),
        wearing("a red top and white jeans", who="she"),
        color_of("top", "white", "other_garment_color"),
        color_of("jeans", "white", kind="open"),
        describe("top", "a red peplum top with gold buttons", "unsupported"),
        details("top", "the top details are the top details of the top", "restated"),
        Q.sleeve_length("sleeveless"),
        title="Nauti Nati Girls Red Solid Peplum Top",
        category="Tops",
        color="Red",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; sea green short-sleeved top with a knot tie at the front hem, black
    #   shorts. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-041",
        caption("a girl in a green top and black shorts"),
        wearing("a green shirt and black shorts", who="the girl"),
        color_of("top", "black", "other_garment_color"),
        describe("top", "the top is blue", "contradiction"),
        details("top", "the top has a knot at the front"),
        Q.material("velvet", "unsupported"),
        title="Tiny Girl Sea Green Tie-Up Top",
        category="Tops",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; white short-sleeved t-shirt with a Minnie Mouse print (red bow, black
    #   ears), red skirt. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-042",
        caption("a little girl wearing a white shirt with minnie mouse on it"),
        wearing("a minnie mouse shirt and a red skirt", who="she"),
        color_of("t-shirt", "red", "other_garment_color"),
        describe("t-shirt", "a white t-shirt with mickey mouse", "contradiction"),
        details("t-shirt", "yes", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Disney Kids Girls White Minnie Mouse T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: girl with short hair running, side view, white backdrop; purple sports t-shirt with a pink puma logo, plain
    #   fabric without mesh panels, black track pants. Base model zero-shot wrote all texts; closed ones by reference.
    case(
        "X885-043",
        caption("a young boy in a purple shirt running", "pronoun"),
        wearing("a purple shirt and black pants", who="the girl"),
        color_of("t-shirt", "purple"),
        describe("t-shirt", "it is a t-shirt", "non_answer"),
        details("t-shirt", "the t-shirt has mesh panels on the sides for breathability", "unsupported"),
        Q.material("polyester"),
        title="Puma Kids Girls Purple Sports T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; light blue denim shorts with white flower embroidery along the hem, white
    #   top with a pink print. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-044",
        caption("a little girl in a white shirt and blue shorts"),
        wearing("she is wearing a white top and denim shorts", who="she"),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "the shorts are denim with flowers on the bottom"),
        details("shorts", "the shorts details", "restated"),
        Q.material("denim"),
        title="Tiny Girl Blue Denim Shorts with Embroidery",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; coral pink cotton shorts with a paper-bag waist, a tie bow belt and side
    #   pockets, white t-shirt with a grey print. Base model zero-shot wrote all texts; closed ones by reference engine.
    case(
        "X885-045",
        caption("a young girl wearing a white t-shirt and pink skirt", "contradiction"),
        wearing("a white shirt and pink shorts", who="the girl"),
        color_of("shorts", "pink"),
        describe("shorts", "pink shorts with a bow"),
        details("shorts", "the shorts have a bow belt and pockets"),
        Q.garment_type("skirt", "contradiction"),
        title="Cherry Crumble Girls Coral Solid Shorts",
        category="Shorts",
        color="Coral",
        gender="Girls",
    ),
    # photo: girl with a pixie cut standing, front view, white backdrop; medium blue skinny jeans with light whiskering
    #   and glitter stars on the front pockets, pink hooded sweatshirt. Base model zero-shot; closed by reference
    #   engine.
    case(
        "X885-046",
        caption("a little girl in a pink sweatshirt and blue jeans sitting on a chair", "unsupported"),
        wearing("he is wearing a pink hoodie and jeans", "pronoun", who="she"),
        color_of("jeans", "pink", "other_garment_color"),
        describe("jeans", "skinny blue jeans"),
        details("jeans", "the jeans have stars on the pockets and a", "cut"),
        is_a("pair of jeans", "yes"),
        Q.material("cotton"),
        title="Gini and Jony Girls Blue Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
]
