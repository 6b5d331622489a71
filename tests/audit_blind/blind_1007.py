"""BLIND_1007 (46 products; Myntra kids' casual wear, base BLIP-2 zero-shot): written blind in the fifty-eighth session.
Measured blind at 37344f5 (the session's sixth rules): 114/135 failures found (84.4%) and 2/188 correct texts flagged
(1.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of boys' and girls' casual wear (t-shirts, polos, shirts, shorts, jeans, dresses, tops).
The photos are the usual kids' catalog shots: a child standing on a white backdrop, wearing the product
with other clothes (shorts under a t-shirt, a tee under an open shirt, leggings under a top), sometimes holding a
prop (a football, a teddy bear, a straw hat); a few are flat lays with no child. Front views except one back view.

Who wrote what: every text comes from the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot, with the
`Question: ... Answer:` prompt, greedy decoding, 30 new tokens for answers and 50 for captions. Closed answers
(garment type, color, pattern, sleeve length, yes/no garment questions) are the reference engine's pick of one
candidate value, so they are always one clean value and never loop or stop short. Open answers and captions are free
generation. The base model's habits: short, plain answers ("blue", "a pink dress"); one color spread over two
garments; the color of a print, a trim or a prop given as the garment's color; invented pockets, zips, hoods and
fabrics; "he" and "she" picked from the child's hair rather than the catalog; now and then the question echoed back
or the prompt format carried on into a second invented question; rarely, a list that repeats until the token limit.

Labeling conventions and judgement calls:
- other_garment_color: the product is given the color of another garment the child wears in the photo (the shorts'
  color for the t-shirt). When another garment is given the product's color, or the product is given the color of its
  own print, trim, dots or of a prop (a teddy bear), or a color found nowhere in the photo, I labelled contradiction.
- contradiction also covers a wrong garment (a shirt dress called a shirt, a denim shirt called a jacket, "yes" to
  "Is this a skirt?" for shorts), a wrong pattern or sleeve length picked by the reference engine, and an answer
  that describes the prop instead of the product.
- Where the seller's color is "Multi", an answer naming the garment's visible base color is counted correct.
- A seller color and the photo's shade that sit in one family (Mustard / yellow, Peach / pink, Navy Blue / blue,
  Turquoise Blue / blue, Sea Green / green, Maroon / red) count as agreeing.
- unsupported: a detail that is not in the photo and not in the title (a pocket, a zip, a hood, a print on a back we
  cannot see, silk, flannel, a brand story). "cotton" for a plain knit t-shirt, top or shorts is counted correct as a
  catalog-plausible answer; "denim" for jeans and denim shorts is correct.
- non_answer: a one-word or yes/no reply to an open question, or a reply that only names the garment ("they are
  shorts"). restated: the question, or its words, echoed back as the answer ("what are the shirt details").
- loop and cut are only used with hit_limit=True: the base model stops by itself at the newline, so a text stops
  short only when it ran to the 30 (answers) or 50 (captions) token limit. A cut text that also invents a detail is
  labelled cut, the failure that ends it; a loop that repeats an invented detail is labelled loop.
- leak: the answer runs on into "Question: ... Answer: ...". The first part may be right; the text is still a leak.
- pronoun: "he" / "she" / "his" / "her", or "boy" / "girl", against the catalog gender. Where the gender column is
  Men for a kids' product (a real feed error), "boy" and "he" count as right. The row without a gender column has
  no pronoun label.
- A caption that is right but leaves the product out (it names only the prop) is counted correct.
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

neckline = question("neckline", "What is the neckline of the garment?", "closed")
printed_on = question("print", "What is printed on the t-shirt?", "open")

BLIND_1007 = [
    # photo: boy in a navy round-neck t-shirt with a white "SURF CLUB" print and a wave graphic on the chest, grey
    # melange knit shorts, white sneakers, white backdrop, front view. Base model, zero-shot, all texts.
    case(
        "X1007-001",
        caption("a young boy wearing a grey t-shirt and grey shorts", failure="other_garment_color"),
        wearing("a blue t-shirt and shorts", who="the boy"),
        color_of("t-shirt", "navy blue"),
        Q.pattern("graphic"),
        describe("t-shirt", "a t-shirt", failure="non_answer"),
        details("t-shirt", "the t-shirt has a pocket on the front and a zipper", failure="unsupported"),
        printed_on("surf club"),
        title="YK Boys Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless pink fit-and-flare dress with small white and yellow flowers, white sandals, white
    # backdrop, full length, front view. Base model, zero-shot, all texts.
    case(
        "X1007-002",
        caption("a little girl in a pink dress with flowers on it"),
        wearing("a pink dress", who="she"),
        color_of("dress", "pink"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        describe("dress", "it is a dress", failure="non_answer"),
        details("dress", "he is wearing a pink dress with white flowers", failure="pronoun"),
        is_a("dress", "yes"),
        title="Palm Tree Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in khaki cotton cargo shorts with flap side pockets, a plain white t-shirt worn untucked, white
    # sneakers, white backdrop, cropped at the chest. Base model, zero-shot, all texts.
    case(
        "X1007-003",
        caption("a boy wearing a white t-shirt and white shorts", failure="other_garment_color"),
        wearing("a white t-shirt and shorts", who="the boy"),
        color_of("shorts", "white", failure="other_garment_color"),
        describe("shorts", "the shorts are khaki with pockets on the side"),
        details("shorts", "they are shorts", failure="non_answer"),
        Q.material("denim", failure="unsupported"),
        is_a("pair of shorts", "yes"),
        title="Gini and Jony Boys Khaki Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl in a white short-sleeve top with a pink glitter heart and the word "LOVE", blue denim jeggings,
    # white backdrop, front view. Base model, zero-shot, all texts.
    case(
        "X1007-004",
        caption("a little girl wearing a white shirt with a heart on it"),
        wearing("a white top and blue jeans", who="she"),
        color_of("top", "blue", failure="other_garment_color"),
        Q.pattern("graphic"),
        describe("top", "a white t-shirt with a pink heart and the word love on it"),
        details("top", "the top is made of silk and has a bow at the back", failure="unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Nauti Nati Girls White Printed Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a blue-and-white checked long-sleeve shirt with a button-down collar, sleeves rolled to the
    # elbow, navy chinos, white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-005",
        caption("a young boy wearing a blue and white checkered shirt"),
        wearing("a plaid shirt and pants", who="the boy"),
        color_of("shirt", "blue"),
        Q.pattern("checked"),
        details(
            "shirt",
            "the shirt has a collar, buttons, a collar, buttons, a collar, buttons, a collar, buttons, a collar,"
            " buttons",
            failure="loop",
            hit_limit=True,
        ),
        describe("shirt", "a blue and white plaid shirt with long sleeves"),
        color_of("pants", "navy blue"),
        title="United Colors of Benetton Kids Boys Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in medium-blue slim jeans with a clean finish (no rips, no fading), a grey printed t-shirt, white
    # sneakers, white backdrop, full length. Base model, zero-shot, all texts.
    case(
        "X1007-006",
        caption("a boy in jeans and a gray t-shirt standing on a white background"),
        wearing("jeans and a t-shirt"),
        color_of("jeans", "grey", failure="other_garment_color"),
        describe("jeans", "jeans", failure="non_answer"),
        details("jeans", "the jeans are ripped at the knees", failure="unsupported"),
        Q.garment_type("jeans"),
        color_of("t-shirt", "grey"),
        title="Allen Solly Junior Boys Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard-yellow sleeveless A-line dress with a self-fabric tie belt, bare feet, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-007",
        caption("a little girl in a yellow dress and a straw hat posing for the camera", failure="unsupported"),
        wearing("a yellow dress", who="she"),
        color_of("dress", "orange", failure="contradiction"),
        describe("dress", "a yellow dress with a belt"),
        details(
            "dress", "yellow dress with a belt Question: What is the color of the belt? Answer: yellow", failure="leak"
        ),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        title="Cherokee Girls Yellow Solid A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a red polo t-shirt with a white-tipped collar and a two-button placket, navy blue shorts, white
    # backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-008",
        caption("a boy in a red polo shirt and blue shorts"),
        wearing("a red shirt and red shorts", who="he", failure="contradiction"),
        color_of("t-shirt", "red"),
        Q.garment_type("t-shirt"),
        describe(
            "t-shirt", "a red polo shirt with a white collar and a crocodile logo on the chest", failure="unsupported"
        ),
        details("t-shirt", "the t-shirt is red and the shorts are red", failure="contradiction"),
        color_of("shorts", "blue", kind="open"),
        title="Ant Kids Boys Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a peach-and-white horizontally striped short-sleeve top with a ruffled hem, white shorts, white
    # backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-009",
        caption("a little girl wearing a striped shirt and white shorts on the beach", failure="unsupported"),
        wearing("a striped shirt and shorts", who="the girl"),
        color_of("top", "pink"),
        Q.pattern("solid", failure="contradiction"),
        describe("top", "a pink and white striped top with ruffles at the bottom"),
        details(
            "top",
            "the top has a ruffled hem and a ruffled hem and a ruffled hem and a ruffled hem and a ruffled hem and a",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Mothercare Girls Peach Striped Top",
        category="Tops",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in navy denim shorts with turned-up hems, a mustard-yellow crew-neck t-shirt, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-010",
        caption("a young boy in a yellow shirt and blue shorts"),
        wearing("yellow shirt and jean shorts", who="he"),
        color_of("shorts", "navy blue"),
        describe("shorts", "they are a pair of blue denim shorts with a belt", failure="unsupported"),
        details("shorts", "the shorts are yellow with a blue trim", failure="other_garment_color"),
        Q.material("denim"),
        is_a("pair of jeans", "no"),
        title="YK Boys Navy Blue Solid Regular Fit Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in light-blue skinny jeans with small pink embroidered flowers near the hems, a plain white t-shirt,
    # pink ballerina flats, white backdrop, full length. Base model, zero-shot, all texts.
    case(
        "X1007-011",
        caption("a girl in a white shirt and blue jeans with flowers on the bottom"),
        wearing("she is wearing a white shirt and white jeans", who="the girl", failure="other_garment_color"),
        color_of("jeans", "light blue", kind="open"),
        details(
            "jeans",
            "the jeans have a floral embroidery on the bottom of the legs and a button on the front and a zipper on"
            " the back of the",
            failure="cut",
            hit_limit=True,
        ),
        describe("jeans", "blue jeans"),
        Q.garment_type("jeans"),
        color_of("shoes", "white", kind="open", failure="contradiction"),
        title="Gini and Jony Girls Blue Skinny Fit Embroidered Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a white short-sleeve cotton shirt with a mandarin collar and no pocket, worn untucked over
    # mid-blue denim shorts, white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-012",
        caption("a young boy wearing a white shirt and denim shorts"),
        wearing("a white shirt"),
        color_of("shirt", "blue", failure="other_garment_color"),
        Q.sleeve_length("short sleeves"),
        describe(
            "shirt",
            "a white button up shirt with short sleeves and a mandarin collar and white buttons down the front and a"
            " curved hem at the bottom of the",
            failure="cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "the shirt has a pocket on the chest and the logo of the brand on the pocket",
            failure="unsupported",
        ),
        Q.material("cotton"),
        title="Palm Tree Boys White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a navy short-sleeve fit-and-flare dress with an all-over multicoloured butterfly print, red
    # shoes, white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-013",
        caption("a little girl wearing a dress with butterflies on it"),
        wearing("a blue dress with butterflies", who="she"),
        color_of("dress", "blue"),
        Q.pattern("printed"),
        describe("dress", "describe the dress", failure="restated"),
        details("dress", "the dress has short sleeves and a zip at the back", failure="unsupported"),
        is_a("dress", "yes"),
        color_of("shoes", "red", kind="open"),
        title="Tiny Girl Girls Multicoloured Printed Fit and Flare Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a grey melange t-shirt with a big green dinosaur print, khaki shorts, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-014",
        caption("a boy in a beige t-shirt with a dinosaur on it", failure="other_garment_color"),
        wearing("a t-shirt with a dinosaur on it and shorts", who="the boy"),
        color_of("t-shirt", "green", failure="contradiction"),
        describe("t-shirt", "a gray t-shirt with a green dinosaur"),
        details(
            "t-shirt",
            "the t-shirt has a dinosaur print on the front and short sleeves and a round neck and the dinosaur is green"
            " and has a long tail and",
            failure="cut",
            hit_limit=True,
        ),
        material("it is made of cotton"),
        color_of("shorts", "beige", kind="open"),
        title="Mothercare Boys Grey Melange Dinosaur Print T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a black short-sleeve top with gold foil stars, a pink tulle skirt, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-015",
        caption("a little girl in a black shirt and a pink tutu"),
        wearing("black shirt and pink skirt", who="she"),
        color_of("top", "pink", failure="other_garment_color"),
        Q.pattern("printed"),
        describe(
            "top",
            "it's a black top with gold stars Question: Describe the skirt. Answer: it's a pink tutu",
            failure="leak",
        ),
        details("top", "the top is black and the skirt is black", failure="contradiction"),
        Q.sleeve_length("short sleeves"),
        title="Cherokee Girls Black Foil Print Top",
        category="Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in black slim jeans, a white t-shirt with a small red print, white sneakers, white backdrop,
    # full length. Base model, zero-shot, all texts.
    case(
        "X1007-016",
        caption("a young boy wearing black jeans and a white shirt"),
        wearing("a white t-shirt and black pants and a black leather jacket", failure="unsupported"),
        color_of("jeans", "black"),
        describe("jeans", "the jeans are black"),
        details("jeans", "black jeans with a white stripe down the side", failure="unsupported"),
        Q.garment_type("trousers", failure="contradiction"),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Boys Black Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in pink shorts with a fabric bow belt, a white t-shirt with a grey cat print, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-017",
        caption(
            "a little girl in a white shirt and pink shorts with a bow and a white shirt and pink shorts with a bow and"
            " a white shirt and pink shorts with a bow and a white shirt and pink shorts with a bow and a white",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a shirt and shorts", who="the girl"),
        color_of("shorts", "pink"),
        describe("shorts", "they are pink shorts with a bow on the front"),
        details("shorts", "they are shorts", failure="non_answer"),
        Q.pattern("solid"),
        color_of("shirt", "pink", kind="open", failure="contradiction"),
        title="Gini and Jony Girls Pink Solid Regular Shorts with Belt",
        category="Shorts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a white t-shirt with a large colourful Chhota Bheem cartoon print, blue jeans, white backdrop.
    # The feed's gender column says Men for this kids' product. Base model, zero-shot, all texts.
    case(
        "X1007-018",
        caption("a boy wearing a t-shirt with cartoon characters on it"),
        wearing("a white t-shirt with a cartoon character on it", who="he"),
        color_of("t-shirt", "white"),
        describe("t-shirt", "it's a white t-shirt with a picture of a boy on it"),
        details("t-shirt", "the t-shirt has the name of the brand on the back", failure="unsupported"),
        Q.pattern("graphic"),
        printed_on("a cartoon of a boy and a girl on the beach", failure="unsupported"),
        title="Chhota Bheem Kids Boys Chhota Bheem and Friends White Tshirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: girl in a red dress with white polka dots, a white Peter Pan collar and puff sleeves, white shoes,
    # white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-019",
        caption("a little girl in a red and white polka dot dress"),
        wearing("a red dress with white polka dots", who="she"),
        color_of("dress", "white", failure="contradiction"),
        Q.pattern("polka dots"),
        describe("dress", "describe the dress.", failure="restated"),
        details(
            "dress",
            "the dress has a white collar and puffy sleeves and a white bow at the back and white buttons down the back"
            " of the dress and a",
            failure="cut",
            hit_limit=True,
        ),
        is_a("skirt", "no"),
        title="Bella Moda Girls Red Polka Dot Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in an olive long-sleeve shirt with two flap chest pockets, worn open over a white t-shirt, beige
    # chinos, white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-020",
        caption("a young boy wearing a green shirt over a white t-shirt"),
        wearing("a green jacket and white shirt", who="the boy", failure="contradiction"),
        color_of("shirt", "white", failure="other_garment_color"),
        describe("shirt", "an olive green button down shirt worn open"),
        details("shirt", "yes", failure="non_answer"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "no"),
        title="Cub McPaws Boys Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl with a short bob in a lavender sleeveless top with lace trim at the neckline, white jeans, white
    # backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-021",
        caption("a little girl wearing a purple top and white pants"),
        wearing("he is wearing a purple shirt and white jeans", who="the girl", failure="pronoun"),
        color_of("top", "purple"),
        Q.sleeve_length("sleeveless"),
        describe("top", "a purple tank top with lace"),
        details(
            "top",
            "the top is purple and has a lace trim around the neckline and the armholes and the hem and the armholes"
            " and the neckline and",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="U.S. Polo Assn. Kids Girls Lavender Solid Top",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in charcoal grey knit shorts with a white drawstring, a black t-shirt with a small white logo,
    # white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-022",
        caption("a boy in a black shirt and grey shorts"),
        wearing("a black t-shirt and gray shorts", who="he"),
        color_of("shorts", "black", failure="other_garment_color"),
        describe("shorts", "gray", failure="non_answer"),
        details("shorts", "the shorts have a drawstring waist"),
        is_a("pair of shorts", "yes"),
        Q.material("leather", failure="unsupported"),
        title="Puma Boys Charcoal Grey Knitted Shorts",
        category="Shorts",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl in a yellow t-shirt with a white cat logo and lettering, blue denim shorts, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-023",
        caption("a girl wearing a yellow shirt and denim shorts"),
        wearing("a yellow t-shirt", who="she"),
        color_of("t-shirt", "yellow"),
        details(
            "t-shirt",
            "the t-shirt has a white puma logo on the front and glitter on the sleeves",
            failure="unsupported",
        ),
        describe("t-shirt", "he is wearing a yellow t-shirt with a logo", failure="pronoun"),
        Q.garment_type("t-shirt"),
        color_of("shorts", "yellow", kind="open", failure="contradiction"),
        title="Puma Girls Yellow Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a white t-shirt with navy horizontal stripes, red shorts, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-024",
        caption("a young boy wearing a red striped shirt and red shorts", failure="other_garment_color"),
        wearing("a striped shirt and red shorts", who="the boy"),
        color_of("t-shirt", "red", failure="other_garment_color"),
        Q.pattern("striped"),
        describe("t-shirt", "describe the t-shirt", failure="restated"),
        details("t-shirt", "striped Question: What are the shorts details? Answer: red", failure="leak"),
        Q.sleeve_length("short sleeves"),
        title="Ant Kids Boys White & Navy Striped T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in dark-blue boyfriend jeans with rolled cuffs and faded knees, a pink-and-white striped top, white
    # sneakers, white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-025",
        caption("a girl in jeans and a pink striped shirt"),
        wearing("a pink shirt and jeans and a pair of sunglasses", who="the girl", failure="unsupported"),
        color_of("jeans", "pink", failure="other_garment_color"),
        describe("jeans", "dark blue jeans rolled up at the bottom"),
        details("jeans", "the details of the jeans are the jeans", failure="restated"),
        Q.garment_type("jeans"),
        Q.pattern("striped", failure="contradiction"),
        title="Allen Solly Junior Girls Blue Boyfriend Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a red-and-navy checked short-sleeve shirt with one chest pocket, navy shorts, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-026",
        caption("a boy in a red plaid shirt and navy shorts"),
        wearing(
            "a red and blue plaid shirt and shorts and a red and blue plaid shirt and shorts and a red and blue plaid"
            " shirt and",
            who="he",
            failure="loop",
            hit_limit=True,
        ),
        color_of("shirt", "red"),
        Q.pattern("checked"),
        describe("shirt", "a red plaid shirt with short sleeves and a pocket"),
        details("shirt", "the shirt is made of flannel and has a hood", failure="unsupported"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="Gini and Jony Boys Red & Navy Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a light-blue denim shirt dress with a collar, white buttons down the front, short sleeves and a
    # tie waist, white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-027",
        caption("a little girl in a denim dress standing in front of a white wall"),
        wearing("a denim dress", who="she"),
        color_of("dress", "blue"),
        Q.garment_type("shirt", failure="contradiction"),
        describe(
            "dress",
            "a blue denim dress with buttons down the front and a collar and short sleeves with a belt tied at the"
            " waist and two pockets on the",
            failure="cut",
            hit_limit=True,
        ),
        details("dress", "the dress has a collar and buttons and a belt"),
        Q.material("denim"),
        title="Hopscotch Girls Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat lay, no child: a green round-neck t-shirt with a white game-controller print and the words "GAME ON",
    # white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-028",
        caption("a green t-shirt with a video game controller on it"),
        wearing("a green t-shirt"),
        color_of("t-shirt", "green"),
        describe("t-shirt", "green Question: What is the color of the text? Answer: white", failure="leak"),
        details("t-shirt", "t-shirt", failure="non_answer"),
        Q.material("cotton"),
        is_a("t-shirt", "yes"),
        printed_on("game on"),
        title="Lil Tomatoes Boys Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a maroon long-sleeve top with small white embroidered flowers on the yoke, black leggings,
    # white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-029",
        caption("a little girl wearing a red top and black leggings"),
        wearing("a maroon top and black leggings", who="the girl"),
        color_of("top", "black", failure="other_garment_color"),
        describe("top", "a red long sleeved top with white flowers and gold buttons", failure="unsupported"),
        details(
            "top",
            "the top has white flowers on the front and a bow on the back and a zip on the side and a pocket on the",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Nauti Nati Girls Maroon Embroidered Top",
        category="Tops",
        color="Maroon",
        gender="Girls",
    ),
    # photo: back view: boy seen from behind in light-wash blue jeans with two back pockets and a brown patch at the
    # waistband, a plain white t-shirt, white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-030",
        caption("the back of a boy wearing jeans and a white shirt"),
        wearing("jeans and a white t-shirt"),
        color_of("jeans", "blue"),
        describe("jeans", "blue jeans with pockets on the back"),
        details(
            "jeans",
            "the jeans have a brown leather patch on the back, two pockets and a chain on the belt loop",
            failure="unsupported",
        ),
        is_a("pair of jeans", "yes"),
        color_of("t-shirt", "blue", kind="open", failure="contradiction"),
        title="Palm Tree Boys Blue Light Wash Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a pink t-shirt with a silver sequinned unicorn, grey jeggings, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-031",
        caption("a little girl wearing a pink shirt with a unicorn on it"),
        wearing("a pink shirt with a unicorn", who="she"),
        color_of("t-shirt", "grey", failure="other_garment_color"),
        describe(
            "t-shirt",
            "a pink t-shirt with a unicorn on it, a pink t-shirt with a unicorn on it, a pink t-shirt with a unicorn on"
            " it, a",
            failure="loop",
            hit_limit=True,
        ),
        details("t-shirt", "unicorn", failure="non_answer"),
        Q.pattern("graphic"),
        is_a("t-shirt", "no", failure="contradiction"),
        title="Mothercare Girls Pink Sequinned Unicorn T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in olive cargo shorts with side pockets, a navy t-shirt with a small white print, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-032",
        caption("a young boy wearing a navy t-shirt and olive shorts"),
        wearing(
            "a blue shirt and green shorts Question: What is the color of the shorts? Answer: green",
            who="the boy",
            failure="leak",
        ),
        color_of("shorts", "olive"),
        describe("shorts", "the shorts are green cargo shorts with pockets and a belt", failure="unsupported"),
        details("shorts", "the shorts are blue", failure="other_garment_color"),
        Q.material("cotton"),
        is_a("pair of shorts", "no", failure="contradiction"),
        title="Cub McPaws Boys Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a sea-green sleeveless maxi dress with a small white floral print, holding a straw hat, white
    # backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-033",
        caption(
            "a little girl in a long green dress with white flowers holding a straw hat in one hand and smiling at the"
            " camera while standing in front of a white background in a studio with a white floor and a white wall"
            " behind her and a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a green dress", who="she"),
        color_of("dress", "green"),
        Q.pattern("floral"),
        describe("dress", "a long green dress with white flowers"),
        details("dress", "the dress is made of silk and has a long train", failure="unsupported"),
        Q.sleeve_length("sleeveless"),
        color_of("hat", "beige", kind="open"),
        title="Peppermint Girls Sea Green Floral Print Maxi Dress",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy in a black t-shirt with a grey-and-white Avengers logo print, blue denim shorts, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-034",
        caption("a boy in a black avengers t-shirt and denim shorts"),
        wearing("she is wearing a black t-shirt with the avengers logo", failure="pronoun"),
        color_of("t-shirt", "black"),
        describe("t-shirt", "it is a black t-shirt"),
        details(
            "t-shirt",
            "the avengers logo on the front and the avengers logo on the back and the avengers logo on the front and"
            " the avengers logo on the",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        printed_on("the avengers logo"),
        title="Marvel by Wear Your Mind Boys Black Avengers Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in an off-white cap-sleeve peplum top with a small navy anchor print, red shorts, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-035",
        caption("a little girl in a white top with anchors and red shorts"),
        wearing("a white shirt and red shorts", who="the girl"),
        color_of("top", "white"),
        Q.pattern("printed"),
        describe("top", "it's a top", failure="non_answer"),
        details("top", "the top is red with white anchors", failure="other_garment_color"),
        Q.sleeve_length("short sleeves"),
        neckline("v-neck", failure="contradiction"),
        title="Gini and Jony Girls Off-White Anchor Print Peplum Top",
        category="Tops",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a navy short-sleeve shirt with a small white palm-leaf print, beige shorts, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-036",
        caption("a boy wearing a blue shirt with palm trees on it and khaki shorts"),
        wearing("she is wearing a blue shirt and shorts", failure="pronoun"),
        color_of("shirt", "navy blue"),
        Q.pattern("printed"),
        describe("shirt", "a navy blue shirt with white leaves"),
        details("shirt", "what are the shirt details", failure="restated"),
        color_of("shorts", "white", kind="open", failure="contradiction"),
        title="Allen Solly Junior Boys Navy Blue Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in mid-blue denim shorts with frayed hems and a small embroidered star patch, a white ruffled top,
    # white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-037",
        caption("a little girl in a white shirt and jean shorts"),
        wearing("white top and denim shorts", who="she"),
        color_of("shorts", "blue"),
        describe("shorts", "a pair of white shorts with a star patch and frayed edges", failure="other_garment_color"),
        details("shorts", "the shorts details are shorts details", failure="restated"),
        Q.material("denim"),
        is_a("skirt", "yes", failure="contradiction"),
        title="Tiny Girl Girls Blue Frayed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a mustard polo t-shirt with a small navy logo on the chest, navy chinos, holding a white-and-black
    # football under his arm, white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-038",
        caption("a boy in a yellow shirt holding a soccer ball"),
        wearing("a yellow polo shirt and blue pants", who="the boy"),
        color_of("t-shirt", "yellow"),
        describe(
            "t-shirt",
            "the t-shirt is a yellow polo shirt with buttons on the collar and a small logo on the left side of the"
            " chest and the boy is holding a",
            failure="cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a logo on the chest and a zipper on the collar", failure="unsupported"),
        Q.sleeve_length("short sleeves"),
        color_of("pants", "yellow", kind="open", failure="contradiction"),
        title="U.S. Polo Assn. Kids Boys Mustard Polo T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: flat lay, no child: a white t-shirt with a pink "Barbie" logo print, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-039",
        caption("a white t-shirt with the word barbie on it"),
        wearing("he is wearing a white shirt with barbie on it", failure="pronoun"),
        color_of("t-shirt", "pink", failure="contradiction"),
        describe(
            "t-shirt",
            "the t-shirt is white with a pink barbie logo on the front and a picture of barbie on the back",
            failure="unsupported",
        ),
        details("t-shirt", "the t-shirt is white and has a round neck and short sleeves"),
        Q.pattern("striped", failure="contradiction"),
        is_a("t-shirt", "yes"),
        title="Kids Ville Girls White Barbie Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in grey slim jeans, a navy crew-neck sweatshirt, white backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-040",
        caption("a boy in a navy sweatshirt and gray jeans"),
        wearing("a blue sweatshirt and blue pants", who="he", failure="other_garment_color"),
        color_of("jeans", "navy blue", failure="other_garment_color"),
        describe(
            "jeans",
            "grey jeans with a slim fit and a slim fit and a slim fit and a slim fit and a slim fit and a slim fit"
            " and a",
            failure="loop",
            hit_limit=True,
        ),
        details("jeans", "the jeans are gray and the sweatshirt is gray", failure="contradiction"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="YK Boys Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a peach three-tiered dress with flutter sleeves, holding a brown teddy bear, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-041",
        caption("a little girl holding a teddy bear"),
        wearing("a pink dress and a tiara", who="she", failure="unsupported"),
        color_of("dress", "peach"),
        describe("dress", "a brown teddy bear", failure="contradiction"),
        details("dress", "the dress details", failure="restated"),
        Q.sleeve_length("short sleeves"),
        is_a("dress", "yes"),
        title="Hopscotch Girls Peach Tiered Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a turquoise t-shirt with a white "23" number print, white shorts, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-042",
        caption("a boy in a white shirt with the number 23 on it", failure="other_garment_color"),
        wearing("a blue t-shirt and white shorts", who="the boy"),
        color_of("t-shirt", "white", failure="other_garment_color"),
        describe("t-shirt", "a turquoise t-shirt with a white number"),
        details("t-shirt", "what are the t-shirt details? the t-shirt details", failure="restated"),
        Q.pattern("graphic"),
        material("cotton Question: What is the color of the t-shirt? Answer: blue", failure="leak"),
        title="Puma Boys Turquoise Blue Printed T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Boys",
    ),
    # photo: girl in a sea-green sleeveless top with a smocked yoke, white capris, white backdrop.
    # Base model, zero-shot, all texts.
    case(
        "X1007-043",
        caption("a girl in a green top and white pants standing in a garden", failure="unsupported"),
        wearing("a green shirt", who="she"),
        color_of("top", "green"),
        describe("top", "green", failure="non_answer"),
        details("top", "the top details are the details of the top", failure="restated"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Cherokee Girls Sea Green Smocked Top",
        category="Tops",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy in a grey denim long-sleeve shirt with two flap chest pockets and press studs, black jeans, white
    # backdrop. Base model, zero-shot, all texts.
    case(
        "X1007-044",
        caption("a young boy in a gray denim shirt and black jeans"),
        wearing("a black shirt and black pants", who="he", failure="other_garment_color"),
        color_of("shirt", "black", failure="other_garment_color"),
        describe("shirt", "a grey denim shirt with two pockets"),
        details(
            "shirt",
            "the shirt has two pockets, two pockets, two pockets, two pockets, two pockets, two pockets, two pockets,"
            " two pockets, two",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        is_a("jacket", "yes", failure="contradiction"),
        title="Mothercare Boys Grey Denim Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Boys",
    ),
    # photo: a small child with short hair in a sky-blue t-shirt with a rocket print, grey joggers, white backdrop.
    # This row has no gender column. Base model, zero-shot, all texts.
    case(
        "X1007-045",
        caption("a little boy in a blue shirt with a rocket ship on it"),
        wearing("a blue shirt Question: What is the boy wearing? Answer: a blue shirt and gray pants", failure="leak"),
        color_of("t-shirt", "light blue", kind="open"),
        describe("t-shirt", "a light blue t-shirt with a rocket"),
        details("t-shirt", "the shirt is made by nasa and was worn by an astronaut on the moon", failure="unsupported"),
        Q.pattern("solid", failure="contradiction"),
        title="Ant Kids Unisex Sky Blue Rocket Print T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: boy in royal-blue shorts with an all-over white and yellow tropical leaf print, a plain white t-shirt,
    # white backdrop. This row has no category column. Base model, zero-shot, all texts.
    case(
        "X1007-046",
        caption("a young boy in a white t-shirt and blue shorts with leaves on them"),
        wearing("a white shirt and white shorts", who="the boy", failure="other_garment_color"),
        color_of("shorts", "blue"),
        Q.pattern("printed"),
        describe("shorts", "blue shorts with yellow and white leaves"),
        details(
            "shorts",
            "the shorts have an elastic waist with a drawstring and a print of yellow and white leaves all over them"
            " and two pockets on the sides and a",
            failure="cut",
            hit_limit=True,
        ),
        material("the shorts are made of cotton"),
        title="YK Boys Blue Tropical Print Shorts",
        color="Blue",
        gender="Boys",
    ),
]
