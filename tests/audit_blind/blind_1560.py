"""BLIND_1560 (45 products; Myntra men's topwear, base BLIP-2 zero-shot): written blind in the sixty-sixth session.
Measured blind at d0844da (the session's third rules): 60/74 failures found (81.1%) and 22/290 correct texts flagged
(7.6%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts and Shirts; polos are Tshirts on Myntra, with "Polo
Collar" in the title), captioned by the untuned Salesforce/blip2-opt-2.7b zero-shot and asked enrich's default
questionnaire (wearing, garment type, color, pattern, sleeve length, description, details, material) with free
generation: greedy, 50 new tokens for the caption, 30 for answers, stopping on the newline. Photos are the usual
catalog shots: a model on a plain grey or white backdrop wearing the product with jeans, chinos or shorts, sometimes
layered (a shirt open over a tee, a tee under a denim jacket, a shirt under a blazer), a few flat lays, two back
views, props (skateboard, golf club, coffee cup, sunglasses). Catalog columns as the feed has them: title, category
(Myntra article type), color (Myntra base colour), gender; one or another column is missing now and then.
Who wrote what: every text in this set is the base model's, zero-shot: no adapter, no extractive QA. The base model
stops on its own most of the time, so its answers are short; it fails on the color of layered or two-garment shots
(it gives the jeans', blazer's or jacket's color, or one color to both garments), on rolled-up sleeves, on long-
haired models (woman, she, blouse), on the open questions (restating the question, lists that loop to the limit,
descriptions cut at 30 tokens, invented pockets, ties and logos), and now and then it runs on into a new
"Question: ... Answer:" turn on the same line.
Labeling conventions and judgement calls: judged against the imagined photo and the title. "cotton" for a plain tee,
polo or shirt whose title names no fabric is left unmarked (true of the product, as far as anyone can tell); a material
the title contradicts (cotton for a linen shirt, wool for a pure-cotton henley) is a contradiction, and one the product
does not have and nothing supports (cotton for a polyester training tee, linen for a cotton shirt) is unsupported. Near
shades are left unmarked (red for maroon, green for teal, purple for lavender, white for off white, blue for navy);
black for navy is marked contradiction, and so is the print's color given as the tee's. The color of another garment in
the photo (jeans, trousers, blazer, jacket, the tee under an open shirt) is other_garment_color; when one text gives the
shirt and the trousers one color it is other_garment_color if the shirt took the trousers' color, contradiction if the
trousers took the shirt's. The garment type of the layer on top instead of the product (jacket, suit) is a
contradiction, and so is an accessory given as the garment or as its details (skateboard, sunglasses). Sleeves: "short"
for a long-sleeved shirt worn rolled up is a contradiction; "rolled up" is left unmarked; a length in inches is a
non_answer. A wearing answer that names only the top layer (a suit, a denim jacket) is true of the photo and left
unmarked; on flat lays "a grey t-shirt" for the person question is left unmarked. An empty answer and an answer about
the prop instead of the garment are non_answer; "the t-shirt is a t-shirt" and "it is a garment" are restated. An answer
that runs into a new "Question:" turn is a leak even when its first words are right. Loops and cut answers that ran to
30 tokens carry hit_limit. "she"/"woman" for the male model is pronoun; "blouse" given for the same reason is a
contradiction (kind against the title). A pack of two described as one tee is a contradiction; so is a pattern the title
and the photo deny (polka dots for a ditsy floral, striped for a micro check). About one text in five is marked, fewer
than the adapters' four in ten: the untuned model stops on the newline and gets most short closed answers right on a
plain single-garment shot; its failures gather on layered shots, props, prints and the two open detail questions.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1560 = [
    # Photo: model in a plain navy crew-neck tee, light blue jeans, white sneakers, grey backdrop. (all: base)
    case(
        "X1560-001",
        caption("a man in a navy blue t-shirt and jeans"),
        Q.wearing("a blue t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "short Question: What is the color of the t-shirt? Answer: navy blue Question: What is the pattern of "
            "the t-shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.description("a navy blue t-shirt"),
        Q.details("there is a small logo on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model mid-stride in a black polyester training tee (small HRX logo on the chest), black track pants.
    # (all: base)
    case(
        "X1560-002",
        caption("a man in a black t-shirt and black pants"),
        Q.wearing("black t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("black t-shirt with a logo on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in a white pique polo with the embroidered polo-player logo, navy chinos, hand in pocket.
    # (all: base)
    case(
        "X1560-003",
        caption("a man wearing a white polo shirt and blue pants"),
        Q.wearing("a white polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("white polo shirt with a logo on the chest and a pocket", "unsupported"),
        Q.details("the logo on the chest is a polo player"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model in a green and navy checked full-sleeve shirt, sleeves rolled to the elbow, buttoned, black jeans.
    # (all: base)
    case(
        "X1560-004",
        caption("a man in a green plaid shirt and black jeans"),
        Q.wearing("a plaid shirt"),
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("plaid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a green and blue plaid shirt"),
        Q.details("buttons on the front"),
        gender="Men",
        title="Highlander Men Green & Navy Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: model in a black tee with a large white "NEVER SETTLE" slogan print, blue jeans. (all: base)
    case(
        "X1560-005",
        caption("a man wearing a black t-shirt that says never settle"),
        Q.wearing("a black t-shirt with white writing"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("letters"),
        Q.sleeve_length("short"),
        Q.details("the words never stop are printed on the front of the shirt", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in a white formal shirt tucked into grey trousers, black belt, grey backdrop. (all: base)
    case(
        "X1560-006",
        caption("a man in a white shirt and grey pants"),
        Q.wearing("a white shirt and grey pants"),
        Q.garment_type("dress shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white dress shirt with a collar"),
        Q.details(
            "the collar, the buttons, the cuffs, the collar, the buttons, the cuffs, the collar, the buttons, the "
            "cuffs, the collar",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a mustard polo and beige chinos, white backdrop. (all: base)
    case(
        "X1560-007",
        caption("a man in a yellow polo shirt"),
        Q.garment_type("polo"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("the shirt is yellow"),
        Q.details("the collar is white", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: flat lay on white, grey melange crew-neck tee with a small Puma cat logo on the chest; no person.
    # (all: base)
    case(
        "X1560-008",
        caption("a grey t-shirt with a puma logo on it"),
        Q.wearing("a grey t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("gray"),
        Q.pattern("solid"),
        Q.details("puma logo"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Essential Logo Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model in a blue-and-white pinstriped formal shirt with one chest pocket, tucked into navy trousers.
    # (all: base)
    case(
        "X1560-009",
        caption("a man wearing a blue and white striped shirt"),
        Q.wearing("a blue striped shirt and navy pants"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("stripes"),
        Q.sleeve_length("long"),
        Q.description("blue and white striped dress shirt"),
        Q.details(
            "the shirt has a pocket on the left side of the chest and a pocket on the right side of the chest",
            "unsupported",
        ),
        gender="Men",
        title="Peter England Men Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in an olive cotton shirt worn open over a white crew-neck tee, black jeans. (all: base)
    case(
        "X1560-010",
        caption("a man in an olive green shirt and white t-shirt"),
        Q.wearing("a green shirt over a white t-shirt"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green shirt with a white t-shirt underneath"),
        Q.details("the shirt has a logo on the chest", "unsupported"),
        Q.material("cotton Question: What is the color of the t-shirt? Answer: white", "leak"),
        gender="Men",
        title="Jack & Jones Men Olive Green Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model in a yellow tee with a Tom and Jerry print on the front, blue jeans. (all: base)
    case(
        "X1560-011",
        caption("a man wearing a yellow t-shirt with a cartoon cat on it"),
        Q.wearing("yellow t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("cartoon"),
        Q.sleeve_length("about 3 inches", "non_answer"),
        Q.description("a yellow t-shirt with tom and jerry on it"),
        Q.details("tom and jerry"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Yellow Tom & Jerry Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: model with shoulder-length hair in a pink formal shirt, navy trousers, grey backdrop. (all: base)
    case(
        "X1560-012",
        caption("a woman in a pink shirt and blue pants", "pronoun"),
        Q.wearing("a pink shirt and blue pants"),
        Q.garment_type("blouse", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a pink shirt", "pronoun"),
        gender="Men",
        title="Van Heusen Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: model in a navy polo with white tipping on the collar and sleeve hems, beige chinos. (all: base)
    case(
        "X1560-013",
        caption("a man in a navy polo shirt with white trim"),
        Q.wearing("navy polo shirt and khaki pants"),
        Q.garment_type("polo shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black polo shirt with white stripes", "contradiction"),
        Q.details("white stripes on the collar and sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Navy Blue Solid Polo Collar T-shirt with Tipping Detail",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: back view, model in a black tee with a large Spider-Man print on the back. (all: base)
    case(
        "X1560-014",
        caption("the back of a man's t-shirt with spider-man on it"),
        Q.wearing("a black t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("spider-man"),
        Q.sleeve_length("short"),
        Q.description("the back of a black t-shirt with a spiderman print"),
        Q.details("spider man"),
        Q.material("cotton"),
        gender="Men",
        title="The Souled Store Men Black Spider-Man Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in a red polo (red collar, small flag logo on the chest), navy shorts. (all: base)
    case(
        "X1560-015",
        caption("a man in a red polo shirt and navy shorts"),
        Q.wearing("red shirt and red shorts", "contradiction"),
        Q.garment_type("polo"),
        Q.color("red"),
        Q.pattern(
            "solid Question: What is the sleeve length? Answer: short Question: What is the material? Answer: "
            "cotton Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.description("red polo shirt with a white collar", "unsupported"),
        Q.details("tommy hilfiger logo on the chest"),
        gender="Men",
        title="Tommy Hilfiger Men Red Solid Polo Collar Slim Fit T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model in a mid-blue denim western shirt (two flap chest pockets, snap buttons), khaki chinos.
    # (all: base)
    case(
        "X1560-016",
        caption("a man in a denim shirt and khaki pants"),
        Q.wearing("a denim shirt and khakis"),
        Q.garment_type("denim shirt"),
        Q.color("blue"),
        Q.pattern("denim"),
        Q.sleeve_length("long sleeves"),
        Q.description("a denim shirt"),
        Q.details("two chest pockets with flaps and snap buttons"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Blue Western Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a white Dri-FIT running tee with a black swoosh, black running shorts. (all: base)
    case(
        "X1560-017",
        caption("a man in a white nike t-shirt and black shorts"),
        Q.wearing("white shirt black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("white nike t-shirt"),
        Q.details("nike logo"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men White Dri-FIT Miler Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model in a plain maroon crew-neck tee, black jeans. Feed row has no base colour. (all: base)
    case(
        "X1560-018",
        caption("a man in a maroon t-shirt"),
        Q.wearing("a maroon t-shirt and black jeans"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the t-shirt is a t-shirt", "restated"),
        Q.material("t-shirt", "non_answer"),
        gender="Men",
        title="Campus Sutra Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
    ),
    # Photo: model in a beige mandarin-collar cotton shirt, brown chinos. (all: base)
    case(
        "X1560-019",
        caption("a man in a tan shirt and brown pants"),
        Q.wearing("a brown shirt and brown pants", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("the collar is a band collar"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Dennis Lingo Men Beige Slim Fit Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: model in a grey full-sleeve henley with three buttons, black jeans. (all: base)
    case(
        "X1560-020",
        caption("a man wearing a grey long sleeve shirt and black jeans"),
        Q.wearing("a grey shirt and black jeans"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("grey henley shirt with buttons"),
        Q.details("the buttons"),
        Q.material("wool", "contradiction"),
        gender="Men",
        title="Urbano Fashion Men Grey Solid Henley Neck Pure Cotton Full Sleeve T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: model in a navy-and-white horizontal striped tee, grey joggers. (all: base)
    case(
        "X1560-021",
        caption("a man wearing a blue and white striped shirt"),
        Q.wearing("striped shirt"),
        Q.garment_type("t-shirt"),
        Q.color("blue and white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description(
            "blue and white striped t-shirt with a blue and white striped t-shirt with a blue and white striped "
            "t-shirt with a blue and white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Harvard Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model in a light blue micro-check formal shirt under an open navy blazer, navy trousers, no tie.
    # (all: base)
    case(
        "X1560-022",
        caption("a man in a suit and tie", "unsupported"),
        Q.wearing("a suit"),
        Q.garment_type("suit", "contradiction"),
        Q.color("navy", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.details("the shirt has a spread collar"),
        gender="Men",
        title="Arrow Men Blue Regular Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a plain lavender crew-neck tee, white jeans. (all: base)
    case(
        "X1560-023",
        caption("a man in a purple t-shirt and white jeans"),
        Q.wearing("purple shirt and white pants"),
        Q.garment_type("t-shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a light purple t-shirt"),
        Q.details("the t-shirt has a round neck"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="HERE&NOW Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: model in a plain teal tee and beige shorts, holding a skateboard at his side. (all: base)
    case(
        "X1560-024",
        caption("a man holding a skateboard wearing a green t-shirt"),
        Q.wearing("a green shirt and shorts"),
        Q.garment_type("skateboard", "contradiction"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.details("he is holding a skateboard", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: flat lay, a folded white shirt with fine blue stripes, collar and top button showing; no person.
    # Feed row has no gender. (all: base)
    case(
        "X1560-025",
        caption("a white and blue striped shirt folded on a white surface"),
        Q.wearing("a white shirt"),
        Q.garment_type("dress shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a white and blue striped dress shirt"),
        Q.details(
            "the collar and the buttons and the cuffs and the collar and the buttons and the cuffs and the collar and "
            "the buttons and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("100% cotton"),
        title="Raymond Men White & Blue Slim Fit Striped Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a navy polo and white shorts, sunglasses pushed up on his head. (all: base)
    case(
        "X1560-026",
        caption("a man in a navy polo shirt and white shorts wearing sunglasses"),
        Q.wearing("a navy polo and white shorts"),
        Q.garment_type("polo shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("sunglasses", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Nautica Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model in a charcoal grey shirt, untucked, black jeans. (all: base)
    case(
        "X1560-027",
        caption("a man in a black shirt and black jeans", "other_garment_color"),
        Q.wearing("black shirt and jeans", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.color("gray"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a dark grey button up shirt"),
        Q.details("none", "non_answer"),
        gender="Men",
        title="Spykar Men Charcoal Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # Photo: model in a black tee with three white stripes on the shoulders, black track pants. (all: base)
    case(
        "X1560-028",
        caption("a man wearing a black adidas t-shirt and black track pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("black and white adidas t-shirt"),
        Q.details("three stripes on the shoulders"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black Essentials 3-Stripes Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in a short-sleeved camp-collar shirt printed with green palm leaves on white, white shorts.
    # (all: base)
    case(
        "X1560-029",
        caption("a man wearing a hawaiian shirt and white shorts"),
        Q.wearing("hawaiian shirt"),
        Q.garment_type("hawaiian shirt"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a green and white hawaiian shirt with palm leaves"),
        Q.details(
            "the shirt has palm leaves on it and palm trees and palm leaves and palm trees and palm leaves and palm "
            "trees and palm leaves and palm",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Moda Rapido Men Multicoloured Tropical Printed Casual Shirt",
        category="Shirts",
        color="Multi",
    ),
    # Photo: model in an off-white linen shirt, sleeves rolled, beige trousers. (all: base)
    case(
        "X1560-030",
        caption("a man in a white shirt and khaki pants"),
        Q.wearing("a white shirt and khakis"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("rolled up"),
        Q.description("it is a white shirt"),
        Q.details("the sleeves are rolled up"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Celio Men Off-White Regular Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: back view, model in a black oversized tee with a large white graphic on the back. Feed row has no
    # gender. (all: base)
    case(
        "X1560-031",
        caption("a black t-shirt with a white graphic on the back"),
        Q.wearing("black t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description(
            "a black oversized t-shirt with a large white graphic on the back of the shirt and a small white logo "
            "on the left side of the",
            "cut",
            hit_limit=True,
        ),
        Q.details("a white skull on the back", "unsupported"),
        title="Difference of Opinion Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in a sky blue short-sleeved shirt with one chest pocket, grey chinos. (all: base)
    case(
        "X1560-032",
        caption("a man in a light blue shirt"),
        Q.wearing("blue shirt"),
        Q.garment_type("shirt"),
        Q.color("light blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description(
            "the shirt is light blue and has a collar and buttons down the front and a small pocket on the left "
            "side of the chest and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Indian Terrain Men Sky Blue Solid Short Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a white tee with a small chest print under an open blue denim jacket, blue jeans.
    # (all: base)
    case(
        "X1560-033",
        caption("a man wearing a denim jacket and white t-shirt"),
        Q.wearing("a denim jacket"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a denim jacket with a white t-shirt"),
        gender="Men",
        title="Pepe Jeans Men White Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model in a burgundy shirt tucked into black trousers. (all: base)
    case(
        "X1560-034",
        caption("a man in a maroon shirt and black pants"),
        Q.garment_type("shirt"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a maroon dress shirt"),
        Q.details("buttons on the front and buttons on the cuffs"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Blackberrys Men Burgundy Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Burgundy",
    ),
    # Photo: model in a rust orange polo, cream chinos, white wall. (all: base)
    case(
        "X1560-035",
        caption("a man in an orange polo shirt standing in front of a white wall"),
        Q.garment_type("polo shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("the garment is a polo shirt", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Rust Orange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # Photo: model in a white tee with a large tiger-face graphic, black joggers. (all: base)
    case(
        "X1560-036",
        caption("a man wearing a white t-shirt with a tiger on it"),
        Q.wearing("white shirt with tiger"),
        Q.garment_type("t-shirt"),
        Q.color("orange", "contradiction"),
        Q.pattern("tiger"),
        Q.sleeve_length("short"),
        Q.description("the shirt has a tiger on it Question: what is the color of the tiger? Answer: orange", "leak"),
        Q.material("cotton"),
        gender="Men",
        title="Huetrap Men White Tiger Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model in a navy shirt with a small white ditsy floral print, untucked, khaki chinos. (all: base)
    case(
        "X1560-037",
        caption("a man in a navy blue shirt with white polka dots", "contradiction"),
        Q.wearing("a blue shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("navy"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.description("a navy blue shirt with white polka dots", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Navy Blue Slim Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model with long hair in a bun, white full-sleeve crew-neck tee, black trousers. (all: base)
    case(
        "X1560-038",
        caption("a man in a white long sleeve shirt and black pants"),
        Q.wearing("she is wearing a white long sleeve t-shirt", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white long sleeve t-shirt"),
        gender="Men",
        title="HRX by Hrithik Roshan Men White Solid Full Sleeve Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model in a red-and-black buffalo check flannel shirt with two chest pockets, black jeans. (all: base)
    case(
        "X1560-039",
        caption("a man wearing a red and black plaid shirt"),
        Q.wearing("plaid shirt and black jeans"),
        Q.garment_type("flannel"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.details(
            "it has a collar and buttons and two pockets on the chest with flaps and buttons on the flaps and the "
            "sleeves have buttons on the cuffs and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("flannel"),
        gender="Men",
        title="Highlander Men Red & Black Buffalo Checked Pure Cotton Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: model in a green-and-white horizontal striped polo, white trousers. (all: base)
    case(
        "X1560-040",
        caption("a man in a green and white striped polo shirt and white pants"),
        Q.wearing("a green and white striped shirt and white pants"),
        Q.garment_type("polo shirt"),
        Q.color("green"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a green and white striped polo shirt"),
        Q.details("the shirt has a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Green & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: model in a grey melange tee with the batwing logo on the chest, blue jeans, holding a coffee cup.
    # (all: base)
    case(
        "X1560-041",
        caption("a man holding a cup of coffee wearing a grey t-shirt"),
        Q.wearing("grey t-shirt and jeans"),
        Q.garment_type("clothing", "non_answer"),
        Q.color("grey"),
        Q.pattern("logo"),
        Q.details("levi's logo on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Levis Men Grey Melange Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: torso crop, no face, light blue self-design (dobby) formal shirt tucked into navy trousers, no tie.
    # (all: base)
    case(
        "X1560-042",
        caption("a man in a blue shirt and tie", "unsupported"),
        Q.wearing("blue shirt"),
        Q.garment_type("dress shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a black tee with grey sleeves and a grey chest panel, blue jeans. (all: base)
    case(
        "X1560-043",
        caption("a man in a black and grey t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("two tone"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with grey sleeves"),
        Q.details("the sleeves are grey and the body is black"),
        gender="Men",
        title="Roadster Men Black & Grey Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in a royal blue golf polo (Puma logo on the chest), white shorts, holding a golf club; back not
    # shown. Feed row has no article type. (all: base)
    case(
        "X1560-044",
        caption("a man holding a golf club wearing a blue polo shirt"),
        Q.wearing("golf shirt and shorts"),
        Q.garment_type("golf shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("it is a garment", "restated"),
        Q.details(
            "the puma logo on the chest and the puma logo on the sleeve and the puma logo on the back", "unsupported"
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Blue Solid dryCELL Golf Polo T-shirt",
        color="Blue",
    ),
    # Photo: flat lay of two crew-neck tees side by side, one black, one white; no person. (all: base)
    case(
        "X1560-045",
        caption("two t-shirts, one black and one white"),
        Q.wearing("a black t-shirt and a white t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black and white"),
        Q.pattern("solid"),
        Q.description("a black t-shirt", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Pack of 2 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
]
