"""BLIND_554 (46 products; Myntra men's jackets, blazers, coats and knits): written blind in the fifty-first session.
Measured blind at 8b31c59 (the session's third rules): 118/137 failures found (86.1%) and 12/195 correct texts flagged
(6.2%). The writer's notes, verbatim:

Scenario: a Myntra men's winter and outerwear night. Catalog rows are Jackets (bomber, puffer, denim, leather, biker,
parka, field, Harrington, fleece, track), Blazers, one Coats row, Sweaters (pullovers, cardigans, Fair Isle, half-zip),
Sweatshirts (crew and hooded), Thermal Tops and one Nehru Jackets row. Every photo is a catalog shot on a plain white
backdrop, front view, the product worn by a male model, the outer layers over a t-shirt, shirt, hoodie or kurta,
with jeans, chinos, trousers or joggers below. A few rows lack a column (no gender, no color), as real feeds do.

Who wrote what: the caption is from the untuned base blip2-opt-2.7b (short, lowercase, "a man wearing ..."; it
sometimes names a building or snow that is not there, and reads charcoal as black or khaki as green). The open answers
(wearing, description, details, material) are from the fine-tuned VQA adapter (Data3_V3) under enrich's default
questionnaire, 30 new tokens: it was trained without an end token, so long answers either loop on a phrase or stop
mid-phrase at the limit, and it sometimes writes the next "Question: ... Answer:" itself; it also answers with its
training class names ("jacket/coat"), with "yes"/"no" to open questions, and with "she" for male models whose head is
cropped. The closed answers (garment_type, color, pattern, sleeve_length) are from enrich's --engine reference, one
candidate value each: they never loop or stop short, but often pick the inner t-shirt's or the jeans' color, or the
inner garment's type.

Labeling conventions and judgement calls:
- A closed or open color that is visibly the color of another garment in the photo (inner tee, shirt, hoodie, jeans,
  chinos, kurta) is other_garment_color, in captions too; a wrong color that matches nothing in the photo, or a
  right product color given to another garment ("black jeans" when the jeans are blue), is contradiction.
- Shade calls inside the seller's color group are correct (charcoal -> grey, maroon -> red/burgundy, cream -> white
  or off white, navy -> blue, tan -> brown, camel -> tan, khaki -> beige). Calls that cross groups are contradiction
  (charcoal -> black, navy -> black, mustard -> orange, teal -> green, rust -> brown, khaki -> green, beige -> white).
- For a colour-blocked or striped product, any of its own main colors counts as correct for the closed color, even
  when the seller names the other one. The color of a small print on a light product (green print on off-white) given
  as the garment color is contradiction.
- garment_type: "sweater" for a cardigan, "hoodie" for a hooded sweatshirt, "coat" for a parka or overcoat are
  correct; "t-shirt" or "sweater" for a Thermal Tops row, "shirt" for an overshirt jacket, "suit" for a blazer,
  "sweatshirt" for a fleece jacket or a half-zip knit, and the inner garment's type ("hoodie", "kurta", "jeans") are
  contradiction. "shirt" in a caption for an inner t-shirt is BLIP-2's everyday word and counts as correct.
- A pattern or sleeve length that belongs to another garment or to the lining (checked lining of a solid Harrington,
  the long sleeves of the sweatshirt under a sleeveless gilet, the shirt's checks under a solid sweater) is
  contradiction. Self-design (tone-on-tone) read as "solid" is correct.
- material: one generic fiber that the garment class nearly always uses (nylon for a puffer, cotton for a sweatshirt
  or field jacket, wool or acrylic for a sweater, denim, leather when the title says leather or suede) is correct.
  Premium or specific fibers (merino, lambswool, Gore-Tex, goose down, Italian wool, organic), percentages, linings
  that cannot be seen, and a leather claim for a title that does not say leather are unsupported. Features that the
  photo does not show (hoods, logos, elbow patches, thumbholes, belts, a back print, a street or snow backdrop) are
  unsupported; a feature of the inner garment attributed to the product (the hoodie's hood on the denim jacket) too.
- Every text that ran to its token limit is a failure: loop when it repeats a phrase to the end, leak when it contains
  the "Question:"/"Answer:" format (even when it also repeats), cut otherwise. A cut text can carry an invented detail
  too; its label stays cut. Each text carries one label only, the one its first visible fault gives it.
- non_answer: "yes", "no", "none", "the person" or a one-word non-description for an open question. restated: a
  sentence that only gives back the question's words ("the details of the garment are the details of the jacket").
- pronoun: "she" or "a woman" for a row whose gender is Men, whatever else the text says; no pronoun failure is put
  on a row without a gender.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_554 = [
    # photo: black faux-leather biker jacket, asymmetric zip, silver hardware, buckled belt at hem, worn open over a
    #   white crew tee, mid-blue jeans, white backdrop, front view; caption base model, open VQA adapter, closed ref.
    case(
        "X554-001",
        caption("a man wearing a black leather jacket and blue jeans"),
        Q.wearing("a black leather jacket with a white t - shirt and jeans"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.description(
            "black leather jacket with a zip front and a zip front and a zip front and a zip front and a zip front"
            " and a",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "the jacket has a asymmetric zip, two zip pockets and a belted hem with a silver buckle, it is lined with"
            " quilted",
            "cut",
            hit_limit=True,
        ),
        Q.material("genuine leather", "unsupported"),
        title="Roadster Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: olive MA-1 bomber, ribbed olive collar, cuffs and hem, zip pocket on the left sleeve, worn open over a grey
    #   crew tee, black jeans, white backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-002",
        caption("a man in a green bomber jacket and black pants"),
        Q.wearing("he is wearing a green bomber jacket over a grey t - shirt"),
        Q.garment_type("jacket"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "a olive green bomber jacket with ribbed collar, cuffs and hem, a zip front, a zip pocket on the left"
            " sleeve and two welt pockets at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("nylon with a quilted lining", "unsupported"),
        title="HRX by Hrithik Roshan Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: navy quilted puffer with attached hood (down), zipped halfway over a black tee, blue jeans, white
    #   backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-003",
        caption("a man wearing a blue puffer jacket with a hood"),
        Q.wearing("a black puffer jacket and jeans", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves"),
        Q.details(
            "hood, zip, pockets, hood, zip, pockets, hood, zip, pockets, hood, zip, pockets, hood, zip, pockets, hood",
            "loop",
            hit_limit=True,
        ),
        Q.material("it is made of goose down with a water repellent outer shell", "unsupported"),
        title="Wildcraft Men Navy Blue Solid Padded Jacket with Hood",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid-blue washed denim trucker jacket, button front, two flap chest pockets, worn open over a black tee,
    #   black jeans, white backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-004",
        caption("a man wearing a black denim jacket and black jeans", "other_garment_color"),
        Q.wearing("a denim jacket"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.description(
            "a blue denim jacket with button front and two chest pockets with flaps, worn open over a black t - shirt"
        ),
        Q.details(
            "Question: What are the details of the garment? Answer: button front, chest pockets Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Levis Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal grey single-breasted two-button blazer, notch lapels, flap pockets, chest welt pocket, no pocket
    #   square, over a white formal shirt, grey trousers; caption base model, open VQA adapter, closed ref. engine.
    case(
        "X554-005",
        caption("a man in a black suit and white shirt", "contradiction"),
        Q.wearing("a white blazer and grey trousers", "other_garment_color"),
        Q.garment_type("blazer"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        Q.description("formal", "non_answer"),
        Q.details(
            "notch lapels, two button front, flap pockets and a chest welt pocket, with a pocket square and a silk"
            " lining in",
            "cut",
            hit_limit=True,
        ),
        title="Blackberrys Men Charcoal Grey Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: camel longline overcoat, notch lapels, single-breasted, two flap pockets, worn open over a black
    #   turtleneck, black trousers, head cropped at the chin; caption base model, open VQA adapter, closed ref.
    case(
        "X554-006",
        caption("a man in a tan coat and black turtleneck"),
        Q.wearing("she is wearing a long brown coat and a black turtleneck", "pronoun"),
        Q.garment_type("coat"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a long camel coat with notch lapels, single breasted buttons and two flap pockets, worn open"),
        Q.details("the coat has a detachable wool lining and horn buttons", "unsupported"),
        Q.material("wool blend"),
        title="Mast & Harbour Men Camel Brown Solid Longline Overcoat",
        category="Jackets",
        color="Camel Brown",
        gender="Men",
    ),
    # photo: maroon cable-knit crew-neck pullover, white shirt collar showing at the neck, beige chinos, white
    #   backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-007",
        caption("a man wearing a red sweater and khaki pants"),
        Q.wearing("a beige sweater and a white shirt", "other_garment_color"),
        Q.garment_type("sweater"),
        Q.color("maroon"),
        Q.pattern("striped", "contradiction"),
        Q.details("cable knit pattern on the front, ribbed neckline, cuffs and hem"),
        Q.material("100% merino wool", "unsupported"),
        title="Roadster Men Maroon Cable Knit Pullover",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie, kangaroo pocket, white drawstrings, small black Puma cat logo on the chest,
    #   black joggers, white backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-008",
        caption("a man wearing a grey hoodie and black sweatpants"),
        Q.wearing("a grey sweatshirt and blue jeans", "contradiction"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.description(
            "a grey hooded sweatshirt with a kangaroo pocket and drawstring hood and a puma logo on the chest and a"
            " puma logo on the chest and a puma",
            "loop",
            hit_limit=True,
        ),
        Q.details("the details of the garment are the garment details", "restated"),
        Q.material("cotton"),
        title="Puma Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy V-neck button cardigan, five buttons, ribbed cuffs and hem, small embroidered logo at the chest,
    #   no elbow patches visible (front view), worn open over a white crew tee, khaki chinos; base caption, VQA
    #   adapter open answers, reference engine closed answers.
    case(
        "X554-009",
        caption("a man wearing a blue cardigan and khaki pants"),
        Q.wearing("a navy cardigan with a white t - shirt"),
        Q.garment_type("sweater"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a navy blue cardigan with a v - neck, five buttons and ribbed cuffs and hem, with a small logo embroidered"
            " on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the cardigan has elbow patches", "unsupported"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Navy Blue Solid Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black crew sweatshirt with "BROOKLYN" in white letters across the chest, mid-blue jeans, white backdrop;
    #   caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-010",
        caption("a man wearing a black sweatshirt with the word brooklyn on it"),
        Q.wearing("a black sweatshirt with brooklyn written on it and black jeans", "contradiction"),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.details(
            "brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn"
            " brooklyn brooklyn brooklyn",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton blend"),
        title="WROGN Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: tan suede-look bomber, ribbed tan collar, cuffs and hem, zip front, closed, a white tee showing at the
    #   neck, dark blue jeans, no fur anywhere; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-011",
        caption("a man in a brown suede jacket with a fur collar", "unsupported"),
        Q.wearing("he is wearing a brown jacket and a white shirt and blue jeans"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.description("a tan suede bomber jacket with ribbed collar and cuffs and a zip front"),
        Q.details("the jacket is fully lined with a satin lining and has an inner pocket for a phone", "unsupported"),
        Q.material("it is made of suede"),
        title="HERE&NOW Men Tan Brown Solid Suede Bomber Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: red and black buffalo-check overshirt jacket, button front, two flap chest pockets, worn open over a black
    #   tee, black jeans, white backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-012",
        caption("a man wearing a red and black plaid jacket and black jeans"),
        Q.wearing(
            "a red and black checkered jacket Question: What is the color of the jacket? Answer: red and black"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.details(
            "red and black red and black red and black red and black red and black red and black red and black red and",
            "loop",
            hit_limit=True,
        ),
        Q.material("it is made of flannel"),
        title="Roadster Men Red & Black Checked Overshirt Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: olive quilted sleeveless puffer vest (gilet), zipped, over a grey crew sweatshirt, blue jeans, white
    #   backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-013",
        caption("a man wearing a green vest and grey sweater"),
        Q.wearing("a green puffer vest over a grey sweatshirt and blue jeans"),
        Q.garment_type("jacket"),
        Q.color("olive"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description(
            "a sleeveless jacket with a zip and a zip and a zip and a zip and a zip and a zip and a zip and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("the material of the garment is the garment's material", "restated"),
        title="Fort Collins Men Olive Green Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black fitted crew-neck long-sleeve thermal top, grey track pants, head cropped at the mouth, white
    #   backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-014",
        caption("a man in a black long sleeve shirt and grey sweatpants"),
        Q.wearing("she is wearing a black long sleeve t - shirt", "pronoun"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.description("a black thermal top with a round neck and long sleeves"),
        Q.material("cotton and polyester"),
        title="Jockey Men Black Solid Thermal Top",
        category="Thermal Tops",
        color="Black",
        gender="Men",
    ),
    # photo: off-white crew-neck thermal top, plain, no logo, navy lounge pants, white backdrop; caption base model,
    #   open VQA adapter, closed reference engine.
    case(
        "X554-015",
        caption("a man wearing a white thermal shirt with a logo on the chest", "unsupported"),
        Q.wearing("he is wearing a white thermal shirt and navy pants"),
        Q.color("white"),
        Q.garment_type("sweater", "contradiction"),
        Q.details(
            "Question: What are the details of the garment? Answer: round neck Question: What are the details of the"
            " garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton and wool blend"),
        title="Lux Cottswool Men Off-White Solid Thermal Top",
        category="Thermal Tops",
        color="Off White",
        gender="Men",
    ),
    # photo: mustard yellow full-zip hoodie, drawstring hood, two side pockets, plain cuffs, worn open over a white
    #   tee, black jeans, white backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-016",
        caption("a man wearing a yellow hoodie and black jeans"),
        Q.wearing("a yellow hoodie over a white t - shirt"),
        Q.garment_type("hoodie"),
        Q.color("orange", "contradiction"),
        Q.pattern("solid"),
        Q.description(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        Q.details("hood with drawstrings, full zip front, two side pockets and thumbholes in the cuffs", "unsupported"),
        title="Campus Sutra Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy double-breasted blazer, six gold-tone buttons, peak lapels, over a light blue shirt, white trousers,
    #   head cropped at the nose; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-017",
        caption("a man in a navy blue blazer and white pants"),
        Q.wearing("she is wearing a navy blazer, a light blue shirt and white trousers", "pronoun"),
        Q.garment_type("blazer"),
        Q.color("blue"),
        Q.description("a navy double breasted blazer with gold buttons and peak lapels"),
        Q.details(
            "the blazer has gold buttons gold buttons gold buttons gold buttons gold buttons gold buttons gold buttons"
            " gold buttons gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("the blazer is made of 100% italian wool with a cupro lining", "unsupported"),
        title="Louis Philippe Men Navy Blue Solid Double-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: brown leather jacket with a shirt collar, zip front, two zip chest pockets, no belt, over a black tee,
    #   blue jeans, white backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-018",
        caption("a man wearing a brown leather jacket"),
        Q.wearing("a brown leather jacket with a black shirt and jeans"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a brown leather biker jacket with a belt at the waist", "unsupported"),
        Q.details(
            "zip front, two zip chest pockets, a shirt collar with a snap and two side pockets, the sleeves have zip"
            " cuffs and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("leather"),
        title="Justanned Men Brown Solid Leather Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: grey windcheater with navy sleeves and navy shoulder yoke, stand collar, zipped, white Nike swoosh on the
    #   chest, no hood, black track pants; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-019",
        caption("a man wearing a grey and blue jacket"),
        Q.wearing("a grey and navy jacket with a hood", "unsupported"),
        Q.garment_type("jacket"),
        Q.color("navy blue"),
        Q.pattern("colour block"),
        Q.description("a grey jacket with navy sleeves and a white nike logo on the chest"),
        Q.details("the details of the garment are the details of the jacket", "restated"),
        Q.material("it is made of waterproof gore-tex", "unsupported"),
        title="Nike Men Grey & Navy Blue Colourblocked Windcheater",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: beige double-breasted trench coat, belted at the waist, epaulettes, storm flap, over a white shirt, navy
    #   trousers, plain white studio backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-020",
        caption("a man in a trench coat standing in front of a building", "unsupported"),
        Q.wearing("a brown trench coat", "contradiction"),
        Q.garment_type("coat"),
        Q.color("khaki"),
        Q.sleeve_length("long sleeves"),
        Q.details(
            "double breasted with a belt at the waist, epaulettes on the shoulders and a storm flap, buttoned cuff"
            " straps and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Highlander Men Beige Solid Trench Coat",
        category="Coats",
        color="Beige",
        gender="Men",
    ),
    # photo: glossy black hooded puffer, zipped, over a black tee, black jeans, all black, white studio backdrop;
    #   caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-021",
        caption("a man in a black puffer jacket standing in the snow", "unsupported"),
        Q.wearing("a black jacket and black pants"),
        Q.color("black"),
        Q.garment_type("jacket"),
        Q.description(
            "a shiny black puffer jacket with a hood and a zip front, a black puffer jacket with a hood and a zip"
            " front, a",
            "loop",
            hit_limit=True,
        ),
        Q.details("yes", "non_answer"),
        Q.material("nylon"),
        title="Puma Men Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: burgundy V-neck sweater over a blue-and-white checked shirt (collar and cuffs showing), navy chinos,
    #   white backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-022",
        caption("a man wearing a burgundy sweater over a checkered shirt"),
        Q.wearing("a maroon v neck sweater and a blue shirt"),
        Q.garment_type("sweater"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        Q.description("a burgundy v - neck sweater with ribbed trim, worn over a blue checked shirt"),
        Q.material("the garment is made of the material", "restated"),
        title="Van Heusen Men Burgundy Solid V-Neck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: cream cable-knit turtleneck pullover, no buttons, brown trousers, white backdrop; caption base model,
    #   open VQA adapter, closed reference engine.
    case(
        "X554-023",
        caption("a man wearing a white turtleneck sweater"),
        Q.wearing("a grey sweater and brown pants", "contradiction"),
        Q.color("off white"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a white sweater with a turtleneck and a cable knit pattern and it has a button placket on the shoulder",
            "unsupported",
        ),
        Q.details(
            "turtleneck turtle neck turtleneck turtle neck turtleneck turtle neck turtleneck turtle neck turtleneck"
            " turtle neck turtleneck",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool"),
        title="Mast & Harbour Men Cream-Coloured Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: navy and grey horizontally striped crew-neck pullover, white tee hem showing below, blue jeans, head
    #   cropped; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-024",
        caption("a man in a white sweater and blue jeans", "other_garment_color"),
        Q.wearing("a striped sweater and jeans"),
        Q.garment_type("sweater"),
        Q.color("grey"),
        Q.pattern("striped"),
        Q.description("she is wearing a navy sweater with grey stripes and a white t - shirt under it", "pronoun"),
        Q.details("no", "non_answer"),
        title="Roadster Men Navy Blue & Grey Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red pullover hoodie with a white "NYC" print on the chest, kangaroo pocket, drawstrings, no sleeve pocket,
    #   black joggers, face cropped; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-025",
        caption("a man in a pink hoodie with nyc on it", "contradiction"),
        Q.wearing("she is wearing a red hoodie with nyc printed on it", "pronoun"),
        Q.garment_type("hoodie"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.description("a red hoodie with white nyc print and a hood"),
        Q.details("nyc print, kangaroo pocket, drawstrings and a zip pocket on the sleeve", "unsupported"),
        title="Kook N Keech Men Red Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: light blue denim trucker jacket with a white sherpa collar (body lining not visible), worn open over a
    #   white tee, grey jeans; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-026",
        caption("a man wearing a denim jacket with a fur collar"),
        Q.wearing("a blue denim jacket over a white t - shirt and grey jeans"),
        Q.garment_type("jeans", "contradiction"),
        Q.color("blue"),
        Q.description("a light blue denim jacket with a white sherpa collar and button front"),
        Q.details(
            "Question: What is the color of the jacket? Answer: blue Question: What is the color of the jacket?"
            " Answer: blue Question",
            "leak",
            hit_limit=True,
        ),
        Q.material("denim with sherpa lining throughout", "unsupported"),
        title="Pepe Jeans Men Blue Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: sea green full-zip fleece jacket, high collar, two zip hand pockets, zipped up, black track pants, white
    #   backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-027",
        caption("a man wearing a green fleece jacket"),
        Q.wearing("a black fleece jacket", "other_garment_color"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.details(
            "zip front, high collar, two zip hand pockets and elastic cuffs, and a drawcord hem with toggles and a zip"
            " chest pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("fleece"),
        title="Quechua By Decathlon Men Green Solid Fleece Jacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: black one-button tuxedo blazer with satin peak lapels, matte wool-look body, over a white shirt with a
    #   black bow tie, black trousers; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-028",
        caption("a man in a tuxedo with a bow tie"),
        Q.wearing("a black suit with a white shirt and bow tie"),
        Q.garment_type("suit", "contradiction"),
        Q.color("black"),
        Q.description("a black tuxedo jacket with satin lapels"),
        Q.details("the garment has details", "restated"),
        Q.material("velvet", "unsupported"),
        title="Raymond Men Black Solid Slim Fit Tuxedo Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: olive four-pocket field jacket, snap placket over a zip, drawcord at the waist, worn open over a white
    #   tee, beige chinos; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-029",
        caption("a man wearing a beige jacket and khaki pants", "other_garment_color"),
        Q.wearing("jacket/coat"),
        Q.garment_type("jacket"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "a green military jacket with four flap pockets on the front and a hidden zip and a drawstring waist"
        ),
        Q.details(
            "four flap pockets four flap pockets four flap pockets four flap pockets four flap pockets four flap"
            " pockets four flap",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jack & Jones Men Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: plain rust-orange crew sweatshirt, ribbed cuffs and hem, no logo, mid-blue jeans, white backdrop;
    #   caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-030",
        caption("a man wearing an orange sweatshirt and blue jeans"),
        Q.wearing("a brown sweatshirt and blue jeans", "contradiction"),
        Q.garment_type("sweatshirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.description(
            "a rust orange sweatshirt with a round neck, ribbed cuffs and hem, and a small embroidered logo on the"
            " chest",
            "unsupported",
        ),
        Q.details("Question: What are the details of the garment? Answer: ribbed cuffs and hem", "leak"),
        Q.material("cotton"),
        title="Roadster Men Rust Orange Solid Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: teal diamond-quilted jacket, stand collar, press-stud front, two welt pockets, worn open over a white
    #   tee, grey jeans; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-031",
        caption("a man in a blue quilted jacket"),
        Q.wearing("he is wearing a white jacket and grey jeans", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.color("green", "contradiction"),
        Q.description(
            "a quilted jacket with a diamond pattern, a stand collar and press buttons and two welt pockets at the"
            " front, with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Monte Carlo Men Teal Blue Quilted Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: beige shawl-collar cardigan, big brown buttons, two patch pockets, over a navy tee, dark blue jeans,
    #   white backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-032",
        caption("a man wearing a white cardigan and jeans", "contradiction"),
        Q.wearing("a beige cardigan over a navy t - shirt and dark blue jeans"),
        Q.garment_type("cardigan"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.description("a cream colored cardigan with a shawl collar and big brown buttons and two patch pockets"),
        Q.details("shawl collar"),
        Q.material("yes", "non_answer"),
        title="Allen Solly Men Beige Solid Shawl Collar Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
    # photo: grey Prince of Wales check blazer (fine dark check lines), notch lapels, two buttons, flap pockets, over
    #   a black crew tee, black jeans; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-033",
        caption("a man in a grey plaid blazer and black t - shirt"),
        Q.wearing("a grey checked blazer with a black t shirt and black jeans"),
        Q.garment_type("blazer"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.description("a grey blazer with a black checked pattern"),
        Q.details(
            "notch lapel, two buttons, flap pockets, notch lapel, two buttons, flap pockets, notch lapel, two buttons,"
            " flap",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Grey Checked Slim Fit Casual Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: khaki Harrington jacket, red tartan lining showing at the open front, funnel collar with button, zip
    #   front, over a white polo shirt, navy chinos; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-034",
        caption("a man wearing a green jacket and white polo shirt", "contradiction"),
        Q.wearing("a beige jacket, a white polo shirt and navy pants"),
        Q.garment_type("jacket"),
        Q.color("beige"),
        Q.pattern("checked", "contradiction"),
        Q.description("the garment is a garment worn by the person", "restated"),
        Q.details("a tartan lining, a funnel collar with button, a zip front and elastic cuffs and hem"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Khaki Solid Harrington Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: matte navy padded jacket, no hood, stand collar, zip pockets, worn over a red pullover hoodie whose hood
    #   lies over the collar, blue jeans; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-035",
        caption("a man wearing a blue puffer jacket and a red hoodie"),
        Q.wearing("a red jacket and blue jeans", "other_garment_color"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves"),
        Q.description("a navy blue padded jacket with a stand collar and zip pockets, worn over a red hoodie"),
        Q.details(
            "Answer: quilted panels, zip front Answer: quilted panels, zip front Answer: quilted panels, zip front"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Duke Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: colour-blocked crew sweatshirt, white body, navy chest band with a thin red stripe, small flag logo, no
    #   hood or pocket, khaki chinos; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-036",
        caption("a man wearing a white and blue sweatshirt"),
        Q.wearing("he is wearing a white sweatshirt with a blue stripe across the chest"),
        Q.garment_type("sweatshirt"),
        Q.color("white"),
        Q.pattern("colour block"),
        Q.description(
            "a white sweatshirt with a navy blue band and a red stripe across the chest, ribbed crew neck and cuffs"
        ),
        Q.details("the sweatshirt has a hood and a kangaroo pocket", "unsupported"),
        Q.material("it is made of the material of the garment", "restated"),
        title="Tommy Hilfiger Men White & Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: grey Fair Isle sweater with a black and white Nordic pattern around the yoke, white shirt collar showing,
    #   mid-blue jeans; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-037",
        caption("a man wearing a blue sweater with a pattern on it", "contradiction"),
        Q.wearing("a grey patterned sweater and blue jeans"),
        Q.garment_type("sweater"),
        Q.color("grey"),
        Q.description("a grey sweater with a black and white fair isle pattern around the yoke"),
        Q.details(
            "fair isle, fair isle, fair isle, fair isle, fair isle, fair isle, fair isle, fair isle, fair isle, fair"
            " isle",
            "loop",
            hit_limit=True,
        ),
        Q.material("lambswool", "unsupported"),
        title="Fort Collins Men Grey Self-Design Fair Isle Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: khaki hooded parka, faux-fur trim on the hood, zip and button storm placket, four flap pockets, worn open
    #   over a grey crew sweater, black jeans, face cropped; caption base model, open VQA adapter, closed ref. engine.
    case(
        "X554-038",
        caption("a man in a parka with a fur hood"),
        Q.wearing("she is wearing a beige parka with a fur hood", "pronoun"),
        Q.garment_type("coat"),
        Q.color("grey", "other_garment_color"),
        Q.description("a khaki parka with a fur trimmed hood, zip and button front, and four flap pockets"),
        Q.details(
            "the parka has a hood with detachable faux fur trim, a drawstring waist, two chest pockets and two lower"
            " pockets and a quilted lining inside the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Woodland Men Khaki Solid Parka Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: royal blue zip track jacket with two white stripes down each sleeve, zipped, black track pants, white
    #   backdrop; row has no gender column; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-039",
        caption("a man wearing a blue track jacket with white stripes"),
        Q.wearing("a blue jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "Question: Describe the garment. Answer: a blue track jacket with white stripes on the sleeves Question:"
            " Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.details("none", "non_answer"),
        title="Puma Men Blue Track Jacket",
        category="Jackets",
        color="Blue",
    ),
    # photo: grey melange henley thermal top, three-button placket, long sleeves, matching grey thermal bottoms,
    #   white backdrop; row has no color column; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-040",
        caption("a man wearing a white long sleeve shirt and grey pants", "contradiction"),
        Q.wearing("a grey henley and grey leggings"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey"),
        Q.description("a grey henley shirt with three buttons and long sleeves"),
        Q.details("the person", "non_answer"),
        Q.material("cotton"),
        title="Jockey Men Grey Melange Henley Thermal Top",
        category="Thermal Tops",
        gender="Men",
    ),
    # photo: black denim jacket, button front, flap chest pockets, side welt pockets, clean (not distressed), worn
    #   open over a white pullover hoodie whose hood lies over the collar, black jeans; base caption, VQA adapter
    #   open answers, reference engine closed answers.
    case(
        "X554-041",
        caption("a man wearing a black denim jacket and a white hoodie"),
        Q.wearing("a white hoodie under a black jacket"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.description("a black denim jacket with a white hood", "unsupported"),
        Q.details(
            "button front, chest pockets with flaps and side welt pockets, and the jacket is distressed at the cuffs"
            " and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Flying Machine Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: bright orange hooded padded jacket, full zip, two pockets, worn open over a black hoodie, black jeans,
    #   white backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-042",
        caption("a man in a black puffer jacket and black pants", "other_garment_color"),
        Q.wearing("an orange puffer jacket with hood"),
        Q.garment_type("jacket"),
        Q.color("yellow", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "an orange puffer jacket with a hood and the hood is orange and the jacket is orange and the hood is"
            " orange and the",
            "loop",
            hit_limit=True,
        ),
        Q.details("a full zip, a hood and two pockets"),
        Q.material("nylon"),
        title="WROGN Men Orange Solid Hooded Padded Jacket",
        category="Jackets",
        color="Orange",
        gender="Men",
    ),
    # photo: navy self-design (tone-on-tone jacquard) Nehru jacket, sleeveless, mandarin collar, fabric buttons, over
    #   a white kurta and white churidar; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-043",
        caption("a man in a white kurta and blue vest"),
        Q.wearing("a white kurta and a navy blue waistcoat"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        Q.description("a navy nehru jacket with a mandarin collar and buttons down the front, worn over a white kurta"),
        title="Manyavar Men Navy Blue Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: coffee brown half-zip knit sweater, zip collar, ribbed cuffs, no patches, white tee at the open collar,
    #   dark jeans, head cropped at the chin; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-044",
        caption("a woman wearing a brown sweater with a zipper", "pronoun"),
        Q.wearing("a brown zip up sweater"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("brown"),
        Q.description(
            "a brown quarter zip sweater with a high collar, the sweater is made of wool and it has a leather patch"
            " on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("zip collar and ribbed cuffs"),
        Q.material("wool"),
        title="Louis Philippe Men Coffee Brown Solid Half-Zip Sweater",
        category="Sweaters",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: off-white crew sweatshirt, green mountain graphic with "EXPLORE" on the front (back not shown), mid-blue
    #   jeans, no belt visible, white backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-045",
        caption("a man wearing a white sweatshirt with a green mountain print"),
        Q.wearing(
            "a white sweatshirt with a green graphic of mountains and the word explore, and blue jeans with a brown"
            " belt and white sneakers and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("green", "contradiction"),
        Q.pattern("graphic"),
        Q.description(
            "a white sweatshirt with a green explore graphic and a mountain on the front and on the back of the"
            " sweatshirt",
            "unsupported",
        ),
        Q.details("green graphic print"),
        title="Highlander Men Off-White Graphic Print Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: olive/brown/black camouflage-print hooded jacket, full zip, worn open over a black tee, black jeans,
    #   white backdrop; caption base model, open VQA adapter, closed reference engine.
    case(
        "X554-046",
        caption("a man wearing a camouflage jacket with a hood"),
        Q.wearing("a green camo jacket with a hood and black pants"),
        Q.garment_type("jacket"),
        Q.color("olive"),
        Q.pattern("printed"),
        Q.description(
            "camouflage camouflage camouflage camouflage camouflage camouflage camouflage camouflage camouflage"
            " camouflage camouflage camouflage camouflage",
            "loop",
            hit_limit=True,
        ),
        Q.details("no", "non_answer"),
        Q.material(
            "cotton Question: What is the pattern of the garment? Answer: camouflage Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Men Olive Green Camouflage Print Hooded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
]
