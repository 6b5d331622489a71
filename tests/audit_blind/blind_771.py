"""BLIND_771 (46 products; Myntra kids' casual wear, base BLIP-2 zero-shot): written blind in the fifty-fifth session.
Measured blind at 81e168c (the session's sixth rules): 98/118 failures found (83.1%) and 5/167 correct texts flagged
(3.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of boys' and girls' casual wear (Tshirts, Shirts, Shorts, Jeans, Dresses, Tops). Most
photos are a child model on a white or light grey studio backdrop wearing the product with other clothes (a tee over
shorts, a shirt over jeans), some with a prop (teddy bear, backpack, football, doll, basket, straw hat); a few are
flat lays of the garment alone on white. Seller columns: title, category (article type), color (base colour),
gender (Boys/Girls); a few rows lack category or color, as real feeds do.

Who wrote what: every caption and every open answer is the untuned base model Salesforce/blip2-opt-2.7b, zero-shot,
greedy, prompt "Question: ... Answer:", 50 new tokens for captions and 30 for answers. Closed answers (garment type,
colors, pattern, sleeve length, is-a yes/no) come from enrich's --engine reference, which picks one candidate, so
they never loop, leak or stop short; their failures are wrong picks. The base model's habits: short, plain captions
("a young boy wearing a blue t-shirt and grey shorts"); it mostly stops on its own, but on describe/details prompts
it sometimes runs on, repeating a clause until the limit, or lists details until it is cut mid-phrase; it now and
then continues the few-shot format with a new "Question: ... Answer:"; it defaults to "he" for children, girls
included, and now and then "she" for a boy; it gives one word or "yes" to open prompts; it hands the color of the
shorts or jeans to the t-shirt, and invents materials, pockets, zips and trims it cannot see.

Labeling conventions and judgement calls:
- other_garment_color: the product (the seller's garment) is given the color of another garment or of a worn
  accessory or prop (shorts, jeans, shoes, backpack) the photo shows; when the color is the product's own print
  (white flowers on a navy dress, a red Spider-Man on a black tee) it is a contradiction instead.
- contradiction: a color, garment type, pattern or sleeve length the photo contradicts, including a caption that
  gets a garment's color wrong, a closed garment_type that disagrees with the seller's category, and the product's
  color given to a second garment (one color for two garments) in a closed answer about that second garment.
- unsupported: details, materials, trims, fits or care claims the photo cannot show (fabric names other than
  denim for visible denim, back zips, pockets or logos that are not there, "machine washable").
- non_answer: a one-word, yes/no or bare-garment-name answer to an open prompt ("yes", "blue", "they are shorts",
  "a top"); a short but informative phrase ("they are plaid", "silver stars") counts as correct.
- restated: the answer only turns the question's words back ("the t-shirt details are the details of the t-shirt").
- leak: any "Question:"/"Answer:" text in the answer, even when a correct answer precedes it.
- cut: an answer that runs to the 30-token limit and ends mid-phrase without repeating itself; a repeated clause to
  the limit is a loop (both marked hit_limit).
- pronoun: he/his for a Girls row, she/her for a Boys row; a correct pronoun is no failure.
- Shades count as the seller's color: navy or dark blue for Navy Blue, pink for Peach or Fuchsia, orange for Coral
  or Rust, maroon/red for a shirt that looks maroon even where the seller wrote Brown (the text is judged against
  the photo); for a Multi striped tee, one of the stripe colors is a correct closed pick.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_771 = [
    # photo: boy, navy blue crew-neck tee with a red race-car print, grey knit shorts, white backdrop, front view;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X771-001",
        caption("a young boy wearing a blue t-shirt and grey shorts"),
        wearing("a blue t-shirt with a car on it", who="the boy"),
        color_of("t-shirt", "Navy Blue"),
        color_of("shorts", "Grey"),
        details("t-shirt", "the t-shirt has a red car on the front"),
        describe("t-shirt", "it is made of 100% cotton and has a soft feel", "unsupported"),
        title="Gini & Jony Boys Navy Blue Printed T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, sleeveless pink fit-and-flare dress with white polka dots, white sandals, white backdrop, front;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-002",
        caption("a little girl in a pink dress with white polka dots"),
        wearing("a pink dress", who="the girl"),
        color_of("dress", "Pink"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("dress", "he is wearing a pink dress with white dots", "pronoun"),
        details("dress", "the details of the dress are the dress details", "restated"),
        title="Hopscotch Girls Pink Polka Dot Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, full-sleeve blue-and-white checked shirt buttoned up, dark blue jeans, white wall, front view;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-003",
        caption("a boy in a plaid shirt and jeans standing in front of a white wall"),
        color_of("shirt", "Blue"),
        color_of("jeans", "Blue"),
        details("shirt", "it has a collar and buttons down the front"),
        describe("shirt", "plaid", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("striped", "contradiction"),
        Q.material("linen", "unsupported"),
        title="Gini & Jony Boys Blue Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, yellow knit top with cap sleeves and a "Hello Sunshine" slogan with a small sun print, blue denim
    # shorts, white backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-004",
        caption("a girl wearing a yellow shirt and blue shorts"),
        wearing("a yellow top and denim shorts", who="the girl"),
        color_of("top", "Blue", "other_garment_color"),
        details("top", "the top has a picture of the sun and the words hello sunshine"),
        Q.material("denim", "contradiction"),
        title="YK Girls Yellow Printed Top",
        category="Tops",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy, olive green cargo shorts with flap side pockets, plain white tee, white backdrop, front view;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-005",
        caption("a young boy in a white shirt and green shorts"),
        color_of("shorts", "White", "other_garment_color"),
        wearing("a white t-shirt and green shorts", who="the boy"),
        details("shorts", "they are shorts", "non_answer"),
        describe("shorts", "the shorts are green with pockets on the side"),
        Q.garment_type("Shorts"),
        title="Palm Tree Boys Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl, light blue faded skinny jeans with whiskering (no rips), pink tee, white sneakers, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-006",
        caption("a girl in a pink shirt and jeans"),
        color_of("jeans", "Pink", "other_garment_color"),
        color_of("shirt", "Pink"),
        details("jeans", "the jeans are ripped at the knees", "unsupported"),
        wearing("she is wearing a pink shirt and blue jeans", who="the girl"),
        Q.material("denim"),
        title="Pepe Jeans Girls Light Blue Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat lay on white, red short-sleeve polo tee with white tipped collar and a small embroidered logo, no
    # model; base model captions and open answers, reference engine closed answers
    case(
        "X771-007",
        caption("a red polo shirt with a white collar"),
        Q.garment_type("T-shirt"),
        color("Red"),
        describe("t-shirt", "a red polo shirt with a white collar and a logo on the chest"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("striped", "contradiction"),
        title="U.S. Polo Assn. Kids Boys Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl holding a straw hat, navy blue A-line dress with a white floral print, short sleeves, white
    # backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-008",
        caption("a little girl in a blue floral dress holding a hat"),
        wearing("a dress with flowers on it", who="the girl"),
        color_of("dress", "White", "contradiction"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: a blue dress with white flowers Question: Describe the hat. Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        is_a("dress", "yes"),
        title="Tales & Stories Girls Navy Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy, dark indigo slim jeans, grey melange crew-neck tee, white backdrop, front view;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-009",
        caption("a boy in a black shirt and blue jeans", "contradiction"),
        color_of("jeans", "Grey", "other_garment_color"),
        color_of("shirt", "Grey"),
        details("jeans", "the jeans have a button and zipper and two front pockets"),
        describe("jeans", "they are made of stretchy denim with a slim fit", "unsupported"),
        wearing("he is wearing a grey t-shirt and blue jeans", who="the boy"),
        title="Allen Solly Junior Boys Navy Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, white tee with a multicolor glitter unicorn print, lavender shorts, white backdrop;
    # base model captions and open answers (caption looped to the limit), reference engine closed answers
    case(
        "X771-010",
        caption(
            "a little girl wearing a white t-shirt with a unicorn on it and a unicorn on it and a unicorn on it and a "
            "unicorn on it and a unicorn on it and a unicorn on it and a unicorn on it",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "Purple", "other_garment_color"),
        wearing("a unicorn t-shirt and purple shorts", who="the girl"),
        describe("t-shirt", "yes", "non_answer"),
        details("t-shirt", "a unicorn with a rainbow mane and glitter"),
        Q.pattern("graphic"),
        title="612 League Girls White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy, white short-sleeve shirt with a small navy anchor print and a regular point collar, khaki chino
    # shorts, white backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-011",
        caption("a young boy wearing a white shirt with anchors on it and khaki shorts"),
        color_of("shirt", "Beige", "other_garment_color"),
        Q.pattern("printed"),
        describe("shirt", "a white shirt with blue anchors"),
        details("shirt", "the shirt has a mandarin collar and coconut buttons", "unsupported"),
        wearing("she is wearing a white shirt and shorts", "pronoun", who="the boy"),
        title="Cherokee Kids Boys White Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl holding a small teddy bear, solid peach top with ruffled sleeves, white jeans, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-012",
        caption("a little girl in a pink shirt holding a teddy bear"),
        color_of("top", "Peach"),
        wearing("a white top and white pants", "other_garment_color", who="the girl"),
        details("top", "the top has ruffles on the sleeves"),
        Q.garment_type("Dress", "contradiction"),
        describe("top", "the top is a top", "restated"),
        title="Hopscotch Girls Peach Solid Top with Ruffles",
        category="Tops",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy, grey melange tee with black "GAME ON" text and a game-controller graphic, black joggers, white
    # backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-013",
        caption("a boy wearing a grey shirt that says game on"),
        color_of("t-shirt", "Black", "other_garment_color"),
        color_of("pants", "Grey", "contradiction"),
        wearing("a grey t-shirt and black pants", who="the boy"),
        details("t-shirt", "the t-shirt says game on and has a video game controller"),
        describe(
            "t-shirt",
            "a grey t-shirt with a video game controller on it and the words game on on it and the words game on on "
            "it and the words game on",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Kids Ville Boys Grey Melange Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl, blue denim shorts with frayed hem and a metal button, white tee tucked in, white sneakers, white
    # backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-014",
        caption("a girl in a white shirt and denim shorts"),
        color_of("shorts", "Blue"),
        details("shorts", "the shorts have a frayed hem and a button"),
        wearing("white", "non_answer", who="the girl"),
        Q.material("denim"),
        is_a("shorts", "no", "contradiction", article="a pair of"),
        title="Pepe Jeans Kids Girls Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy, tee with red, navy and white horizontal stripes, navy shorts, white backdrop, front view, no
    # pocket; base model captions and open answers (one leak), reference engine closed answers
    case(
        "X771-015",
        caption("a boy wearing a striped shirt and blue shorts"),
        color_of("t-shirt", "Red"),
        Q.pattern("striped"),
        color_of("shorts", "Red", "contradiction"),
        describe("t-shirt", "a red, white and blue striped t-shirt"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        wearing(
            "a striped shirt and blue shorts Question: What color is the shirt? Answer: red, white and blue",
            "leak",
            who="the boy",
        ),
        title="Gini & Jony Boys Multicoloured Striped T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl, sleeveless mustard yellow tiered cotton dress (plain hem, no lace), white sneakers, light grey
    # backdrop; base model captions and open answers, reference engine closed answers; the row has no color
    case(
        "X771-016",
        caption("a little girl in a yellow dress standing in front of a grey wall"),
        wearing("a yellow dress and white shoes", who="the girl"),
        color_of("dress", "Yellow"),
        describe("dress", "the dress is yellow and has a lace trim at the bottom", "unsupported"),
        Q.sleeve_length("sleeveless"),
        details("dress", "he is wearing a yellow dress with ruffles", "pronoun"),
        title="Tales & Stories Girls Mustard Solid Tiered Dress",
        category="Dresses",
        gender="Girls",
    ),
    # photo: boy, navy knit track shorts with a white side stripe, orange tee, white backdrop, front view;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-017",
        caption("a young boy wearing an orange shirt and blue shorts"),
        color_of("shorts", "Orange", "other_garment_color"),
        color_of("shirt", "Orange"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: the shorts have a white stripe on the side",
            "leak",
        ),
        describe("shorts", "the shorts are shorts", "restated"),
        Q.garment_type("Shorts"),
        title="Puma Boys Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, black skinny jeans (plain pockets), red top with a small white print, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-018",
        caption("a girl in a red shirt and black pants"),
        color_of("jeans", "Black"),
        color_of("pants", "Black"),
        wearing("jeans", "non_answer", who="the girl"),
        describe(
            "jeans",
            "black jeans with a red shirt and a red shirt and a red shirt and a red shirt and a red shirt and a red "
            "shirt and a red",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "the jeans have a star pattern on the pocket", "unsupported"),
        title="Lilliput Girls Black Jeans",
        category="Jeans",
        color="Black",
        gender="Girls",
    ),
    # photo: boy, full-sleeve blue chambray denim shirt with two flap chest pockets, sleeves rolled, beige chinos,
    # white backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-019",
        caption("a boy in a blue shirt and blue pants", "contradiction"),
        color_of("shirt", "Blue"),
        Q.material("denim"),
        color_of("pants", "Blue", "contradiction"),
        details("shirt", "the shirt has two pockets on the chest and the sleeves are rolled up"),
        wearing("a khaki shirt and pants", "other_garment_color", who="the boy"),
        title="United Colors of Benetton Kids Boys Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, short-sleeve fuchsia tee with "Be Kind" in silver sequins, blue jeans, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-020",
        caption("a girl wearing a pink t-shirt that says be kind"),
        color_of("t-shirt", "Pink"),
        wearing("he is wearing a pink shirt and jeans", "pronoun", who="the girl"),
        details("t-shirt", "the words be kind in sequins"),
        describe("t-shirt", "the t-shirt is made of soft organic cotton", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="YK Girls Fuchsia Embellished T-shirt",
        category="Tshirts",
        color="Fuchsia",
        gender="Girls",
    ),
    # photo: boy, light blue washed jeans faded on the thighs, white tee with a black print, red sneakers, white
    # backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-021",
        caption("a boy in a white shirt and jeans and red shoes"),
        color_of("jeans", "Red", "other_garment_color"),
        describe("jeans", "blue", "non_answer"),
        details("jeans", "the jeans have a faded wash on the thighs"),
        wearing("a white t-shirt, blue jeans and red sneakers", who="the boy"),
        Q.material("stretchable denim", "unsupported"),
        title="Mini Klub Boys Blue Washed Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat lay on white, red-and-white gingham dress, front only, peter pan collar, short puff sleeves;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-022",
        caption("a red and white checkered dress on a white background"),
        Q.pattern("checked"),
        color("Red"),
        color_of("dress", "White", "contradiction"),
        Q.garment_type("Dress"),
        describe("dress", "a red and white gingham dress with a peter pan collar and puff sleeves"),
        details("dress", "the dress has a zipper on the back", "unsupported"),
        title="Gini & Jony Girls Red Checked Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy, black tee with a red-and-blue Spider-Man graphic, blue denim shorts, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-023",
        caption("a boy wearing a black spiderman t-shirt"),
        color_of("t-shirt", "Red", "contradiction"),
        wearing(
            "Question: What is the boy wearing? Answer: a spiderman t-shirt Question: What is the boy wearing? "
            "Answer: a",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        details("t-shirt", "a picture of spiderman on the front"),
        color_of("shorts", "Blue"),
        title="Marvel by Kids Ville Boys Black Spider-Man Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl, off-white cotton top with white floral embroidery, lace-trimmed puff sleeves and small pearl
    # buttons down the front, pink shorts, white backdrop; base model captions and open answers, reference engine
    # closed answers
    case(
        "X771-024",
        caption("a girl in a white top and pink shorts"),
        color_of("top", "Pink", "other_garment_color"),
        Q.pattern("floral"),
        describe(
            "top",
            "a white blouse with embroidered flowers on the front, a round neck, short puff sleeves with lace trim "
            "and a row of small pearl buttons down the",
            "cut",
            hit_limit=True,
        ),
        details("top", "the details of the top are the top details", "restated"),
        Q.material("silk", "unsupported"),
        wearing("his top is white and his shorts are pink", "pronoun", who="the girl"),
        title="Peppermint Girls Off White Embroidered Top",
        category="Tops",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy, khaki chino shorts with belt loops but no belt, blue checked short-sleeve shirt, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-025",
        caption("a young boy in a blue shirt and khaki shorts"),
        color_of("shorts", "Beige"),
        color_of("shirt", "Blue"),
        describe("shorts", "the shorts are khaki with a belt and pockets", "unsupported"),
        wearing("a plaid shirt and khaki shorts", who="the boy"),
        details("shorts", "they are shorts", "non_answer"),
        title="Allen Solly Junior Boys Khaki Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl, lavender crew-neck tee with a white "Paris" and Eiffel Tower print, blue denim shorts, white
    # backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-026",
        caption("a girl wearing a pink shirt with the eiffel tower on it", "contradiction"),
        color_of("t-shirt", "Blue", "other_garment_color"),
        wearing("a purple t-shirt and denim shorts", who="the girl"),
        details("t-shirt", "the eiffel tower and the word paris"),
        describe("t-shirt", "a purple shirt with the eiffel tower on it and a white collar", "unsupported"),
        is_a("t-shirt", "yes"),
        title="Tales & Stories Girls Lavender Printed T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy, full-sleeve shirt that looks maroon (seller wrote Brown) with one plain chest pocket, dark blue
    # jeans, white backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-027",
        caption("a boy in a maroon shirt and jeans"),
        color_of("shirt", "Red"),
        color_of("jeans", "Blue"),
        describe("shirt", "a maroon shirt with long sleeves and buttons"),
        details("shirt", "the shirt has a pocket on the left side and a logo on the pocket", "unsupported"),
        wearing("yes", "non_answer", who="the boy"),
        title="Basics Kids Boys Brown Solid Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Boys",
    ),
    # photo: girl with a white backpack, blue denim shirt dress with white buttons and a tie belt, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-028",
        caption("a little girl in a denim dress with a white backpack"),
        color_of("dress", "White", "other_garment_color"),
        wearing("a denim dress and a backpack", who="the girl"),
        details("dress", "the dress has buttons down the front and a tie at the waist"),
        describe("dress", "a blue dress Question: Describe the backpack. Answer: a white backpack", "leak"),
        Q.material("denim"),
        is_a("dress", "no", "contradiction"),
        title="Mini Klub Girls Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy, full-sleeve teal henley tee with a three-button placket, grey track pants, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-029",
        caption("a young boy wearing a long sleeve shirt and grey sweatpants"),
        color_of("t-shirt", "Teal"),
        color_of("pants", "Teal", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details("t-shirt", "the t-shirt has three buttons at the neck"),
        describe(
            "t-shirt",
            "the t-shirt is a henley with a button placket and it has a button placket and it has a button placket "
            "and it has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey shirt and grey pants", "other_garment_color", who="the boy"),
        title="Cherokee Kids Boys Teal Henley T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Boys",
    ),
    # photo: girl, pink floral print shorts with an elastic waist and a small bow at the front, white tee, white
    # backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-030",
        caption("a girl in a white shirt and floral shorts"),
        color_of("shorts", "White", "other_garment_color"),
        Q.pattern("floral"),
        details("shorts", "the shorts have an elastic waistband and a bow at the front"),
        wearing("a white shirt and shorts with flowers", who="the girl"),
        describe("shorts", "Question: Describe the shorts. Answer:", "leak"),
        title="Hopscotch Girls Pink Floral Print Shorts",
        category="Shorts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, grey denim slim jeans with a metal button, navy blue tee, white backdrop, front view;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-031",
        caption("a boy wearing a blue shirt and grey jeans"),
        color_of("jeans", "Navy Blue", "other_garment_color"),
        wearing("a blue shirt and grey jeans", who="the boy"),
        details("jeans", "the jeans are slim and have a button"),
        describe("jeans", "the jeans are grey and have a slim fit with an adjustable waist", "unsupported"),
        Q.garment_type("Trousers", "contradiction"),
        title="Pepe Jeans Kids Boys Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl, long-sleeve black-and-white horizontal striped top (plain shoulders), blue jeans, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-032",
        caption("a girl in a black and white striped shirt and jeans"),
        color_of("top", "Black"),
        Q.pattern("striped"),
        describe("top", "a black and white striped top with long sleeves"),
        wearing("she is wearing a striped shirt", who="the girl"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("top", "the top has a bow on the shoulder", "unsupported"),
        title="United Colors of Benetton Kids Girls Black & White Striped Top",
        category="Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: boy, short-sleeve white tee with a green dinosaur print, green shorts, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-033",
        caption("a little boy in a white t-shirt with a dinosaur on it and green shorts"),
        color_of("t-shirt", "Green", "other_garment_color"),
        details(
            "t-shirt",
            "the t-shirt has a dinosaur on it and the dinosaur is green and the dinosaur is green and the dinosaur "
            "is green and",
            "loop",
            hit_limit=True,
        ),
        wearing("a dinosaur t-shirt and shorts", who="the boy"),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Doodle Boys White Dinosaur Print T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl holding a doll, sleeveless sea green A-line dress with a white collar and no buttons, white
    # sandals, white backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-034",
        caption("a girl in a green dress holding a doll"),
        color_of("dress", "Green"),
        wearing("a green dress", who="the girl"),
        describe("dress", "the dress is a dress", "restated"),
        details("dress", "the dress has a white collar and buttons on the front", "unsupported"),
        Q.garment_type("Dress"),
        title="Lilliput Girls Sea Green Solid A-Line Dress",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy, short-sleeve olive green mandarin-collar shirt with a chest pocket, white shorts, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-035",
        caption("a young boy in a green shirt and white shorts"),
        color_of("shirt", "Olive"),
        Q.sleeve_length("short sleeves"),
        details("shirt", "the shirt has a mandarin collar and a pocket on the chest"),
        describe(
            "shirt",
            "the shirt is green and has a mandarin collar. Question: What is the color of the shorts? Answer: white",
            "leak",
        ),
        color_of("shorts", "Olive", "contradiction"),
        title="Gini & Jony Boys Olive Green Mandarin Collar Shirt",
        category="Shirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: flat lay on white, coral tee with a white heart print and flutter sleeves, no model;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-036",
        caption("an orange t-shirt with a white heart on it"),
        color("Orange"),
        Q.garment_type("T-shirt"),
        describe("t-shirt", "a coral t-shirt with a white heart and ruffled sleeves"),
        details("t-shirt", "no", "non_answer"),
        Q.material("polyester", "unsupported"),
        title="Kids Ville Girls Coral Printed T-shirt",
        category="Tshirts",
        color="Coral",
        gender="Girls",
    ),
    # photo: boy, yellow tee with a Chhota Bheem cartoon print (Bheem holding a stick, "Bheem" in red letters),
    # blue jeans, white backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-037",
        caption("a boy in a yellow shirt with a cartoon on it"),
        color_of("t-shirt", "Yellow"),
        wearing("a yellow t-shirt with a cartoon character on it and blue jeans", who="the boy"),
        details(
            "t-shirt",
            "the t-shirt has a picture of a cartoon boy holding a stick and smiling, with the word bheem written in "
            "red letters above him and",
            "cut",
            hit_limit=True,
        ),
        describe("t-shirt", "he is wearing a yellow t-shirt with a cartoon"),
        color_of("jeans", "Yellow", "contradiction"),
        title="Chhota Bheem Kids Boys Yellow Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl, mid-blue jeans with small embroidered flowers on the back pockets seen in a three-quarter view,
    # white top, white backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-038",
        caption("a girl in a white shirt and blue jeans"),
        color_of("jeans", "Blue"),
        details("jeans", "the jeans have flowers embroidered on the pockets"),
        wearing("he is wearing jeans and a white top", "pronoun", who="the girl"),
        describe("jeans", "the jeans are made of cotton and are machine washable", "unsupported"),
        title="Tales & Stories Girls Blue Embroidered Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy, red-and-navy checked cotton shorts, navy tee, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-039",
        caption("a boy in a blue shirt and plaid shorts"),
        color_of("shorts", "Navy Blue", "other_garment_color"),
        Q.pattern("checked"),
        describe("shorts", "they are plaid"),
        details("shorts", "what are the shorts details", "restated"),
        wearing("a navy t-shirt and checked shorts", who="the boy"),
        title="Mini Klub Boys Red Checked Shorts",
        category="Shorts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl with sunglasses pushed up on her head, sleeveless teal tank top with an all-over palm leaf print,
    # white shorts, white backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-040",
        caption("a girl wearing sunglasses on her head and a top with palm leaves"),
        color_of("top", "White", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("printed"),
        details("top", "the top has palm leaves printed all over it"),
        describe("top", "a top", "non_answer"),
        Q.garment_type("Dress", "contradiction"),
        title="YK Girls Teal Printed Top",
        category="Tops",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy, raglan tee with a white body, navy three-quarter sleeves and a small Puma logo on the chest, blue
    # jeans, white backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-041",
        caption("a boy wearing a white and blue baseball shirt"),
        color_of("t-shirt", "White"),
        describe("t-shirt", "a white t-shirt with blue sleeves and the puma logo on the chest"),
        details("t-shirt", "the t-shirt is a t-shirt with sleeves", "restated"),
        wearing(
            "a white shirt and blue jeans. the boy is smiling. Question: What is the boy holding? Answer: a",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        title="Puma Boys White Raglan T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl holding a basket of flowers, short-sleeve rust smocked dress with a small white floral print, no
    # sash, white backdrop; base model captions and open answers, reference engine closed answers
    case(
        "X771-042",
        caption("a little girl in an orange dress holding a basket of flowers"),
        color_of("dress", "Orange"),
        describe("dress", "the dress is orange with small white flowers and smocking on the chest"),
        details("dress", "the dress has a pink sash tied in a bow at the back", "unsupported"),
        wearing("Question: What is the girl wearing? Answer: a dress", "leak", who="the girl"),
        Q.pattern("solid", "contradiction"),
        title="Hopscotch Girls Rust Printed Smocked Dress",
        category="Dresses",
        color="Rust",
        gender="Girls",
    ),
    # photo: boy, black slim jeans with light distressing at the knees, red checked shirt, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-043",
        caption("a boy in a red plaid shirt and black jeans"),
        color_of("jeans", "Red", "other_garment_color"),
        details("jeans", "the jeans are ripped at the knees"),
        wearing("she is wearing a red shirt and black jeans", "pronoun", who="the boy"),
        describe(
            "jeans",
            "the jeans are black and ripped at the knees with a slim fit and a zip fly and a button and belt loops "
            "and a coin pocket and a",
            "cut",
            hit_limit=True,
        ),
        title="Kids Ville Boys Black Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl, navy tee with a silver foil star print, pink shorts, no hair clip, white backdrop;
    # base model captions and open answers, reference engine closed answers; the row has no category
    case(
        "X771-044",
        caption("a little girl wearing a blue shirt with stars on it and pink shorts"),
        color_of("t-shirt", "Pink", "other_garment_color"),
        color_of("shorts", "Pink"),
        details("t-shirt", "silver stars"),
        describe(
            "t-shirt",
            "the t-shirt is navy blue with silver stars and the stars are silver and the stars are silver and the "
            "stars are silver",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        wearing("a t-shirt with stars on it, pink shorts and a pink hair clip", "unsupported", who="the girl"),
        title="612 League Girls Navy Blue Printed T-shirt",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy holding a football, short-sleeve shirt with blue-and-white vertical stripes, a button-down collar
    # and a chest pocket with a small logo, navy shorts, white backdrop; base model captions and open answers,
    # reference engine closed answers
    case(
        "X771-045",
        caption("a boy holding a soccer ball wearing a striped shirt and shorts"),
        color_of("shirt", "Blue"),
        Q.pattern("striped"),
        wearing("a blue and white striped shirt with short sleeves and navy shorts", who="the boy"),
        details(
            "shirt",
            "the shirt has a button down collar and a chest pocket with the us polo logo embroidered on it in red "
            "thread and",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "shirt", "non_answer"),
        title="U.S. Polo Assn. Kids Boys Blue Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, white peplum top with black polka dots, black jeans, white backdrop;
    # base model captions and open answers, reference engine closed answers
    case(
        "X771-046",
        caption("a girl wearing a white top with black polka dots and black pants"),
        color_of("top", "Black", "other_garment_color"),
        Q.pattern("polka dots"),
        describe("top", "a white peplum top with black dots"),
        details("top", "yes", "non_answer"),
        Q.material("chiffon", "unsupported"),
        wearing("he is wearing a white top and black jeans", "pronoun", who="the girl"),
        title="Gini & Jony Girls White Polka Dot Peplum Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
]
