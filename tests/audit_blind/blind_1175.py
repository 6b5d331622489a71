"""BLIND_1175 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
first session. Measured blind at b4dbcd1 (the session's second rules): 86/91 failures found (94.5%) and 12/237
correct texts flagged (5.1%). The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (track suits, jerseys, running shorts, track pants, hoodies and sweatshirts,
training and running tees, a few track jackets, one pair of compression tights). Columns as the feed has them: title
(Myntra style, "Brand Men Colour Pattern Product"), category (Myntra article type: Tshirts, Jerseys, Shorts, Track
Pants, Tracksuits, Sweatshirts, Jackets, Tights), color (base colour) and gender ("Men"); a few rows miss a column
(gender on 035 and 041, color on 037, category on 044). Photos: mostly a male model on a plain white or light grey
backdrop wearing the product with other clothes (bottoms are shown with a tee or a hoodie, tops with shorts or track
pants), two flat lays (007, 022), four back views (014, 023, 037, 045), props now and then (a football on 026, a
water bottle on 038).
Who wrote what: no caption; every text is from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b) answering enrich's default questionnaire, a different subset of its eight questions per
product (the job asks 5 to 8). Greedy, 30 new tokens, stopped on newline. Closed answers (garment_type, color,
pattern, sleeve_length) are stored as the mapped value when they map, and as the raw generation when they do not
("sweatshirts_hoodies", "tank", "black and red", a loop, a leak). The adapter never learned to stop, so the open
answers (wearing, description, details, material) often run to the 30-token limit, as a loop or cut mid-phrase; the
short closed answers mostly stop and map cleanly.
Labeling conventions and judgement calls: one kind per text. A text that ran to the limit is labeled loop when it
repeats a phrase and cut when it is a list or sentence that simply stops; both carry hit_limit=True, and that label
wins over a pronoun or invented detail inside the same text. A color answer (closed or open) that gives the product
the color of the other garment in the photo is other_garment_color; a wrong color or garment that comes from nowhere
else in the photo is contradiction, and so is a wrong pattern or sleeve length against the photo and title, a
garment type that names the other garment ("sweatshirt" for joggers) or half the product ("jacket" for a tracksuit),
and a details/description that answers with the prop or the other garment. Invented features (a hood on a crew neck,
a back number on a front shot, a second logo) and a material the title rules out (cotton for Rapid-Dry, denim for
track pants) are unsupported; "a man wearing ..." on a flat lay is unsupported too. "She"/"a woman" for the male
model is pronoun, also where the gender column is missing. An empty answer, "none", a bare garment type for details,
or a color for the material question is non_answer; an answer that gives the question's own words back ("the
details of the garment") is restated. Accepted as right: navy -> "blue", teal -> "blue", olive -> "green", grey
melange and charcoal -> "grey", "tee"/"tank"/"shirt" for jerseys, "jacket" for a zip-front hoodie, "sweater" for a
crew-neck sweatshirt, "camouflage" for the color of a camo tee, and a true detail the photo cannot show (a back
zip pocket the model has).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1175 = [
    # Front shot: model in a black crew-neck running tee (small white Puma cat on the left chest), grey running
    # shorts, white shoes. VQA adapter, all texts.
    case(
        "X1175-001",
        Q.wearing(
            "a black t-shirt and grey shorts and black shoes and black socks and a black watch and a black cap and a "
            "black bag and a black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a white logo on the chest"),
        Q.details(
            "the t-shirt has a round neck and short sleeves and a logo on the chest and a logo on the back and a logo "
            "on the sleeve and a logo",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black dryCELL Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Front shot: model in a white printed tee worn out, navy running shorts with a drawcord and side pockets, white
    # shoes. VQA adapter, all texts.
    case(
        "X1175-002",
        Q.wearing("a white t-shirt and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "a pair of navy blue shorts with a white t-shirt and white shoes and white socks and a white t-shirt and "
            "white shoes and white socks and",
            "loop",
            hit_limit=True,
        ),
        Q.details("the shorts have a drawstring waist and two pockets on the side"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Rapid-Dry Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Front shot: model in a grey melange pullover hoodie, hood down, black swoosh on the chest, kangaroo pocket, black
    # joggers. No zips anywhere. VQA adapter, all texts.
    case(
        "X1175-003",
        Q.wearing("a grey hoodie and black pants"),
        Q.garment_type("sweatshirts_hoodies"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        Q.description(
            "a grey hoodie with a black nike logo on the chest and a hood and a pocket on the front and a drawstring "
            "on the hood and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("the hoodie has a hood with drawstrings, a kangaroo pocket and a zip on the side", "unsupported"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Grey Melange Dri-FIT Training Hoodie",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Front shot: model in a navy tracksuit, jacket half zipped, three white stripes down the sleeves and the legs,
    # white sneakers. VQA adapter, all texts.
    case(
        "X1175-004",
        Q.wearing("a blue jacket and blue pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a blue track suit with white stripes on the sleeves and on the pants", "pronoun"),
        Q.details(
            "the jacket has a zipper and a collar and the pants have a drawstring waist and the jacket has a zipper "
            "and a collar and the pants have a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Adidas Men Navy Blue & White Striped 3-Stripes Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Front shot: model in a red v-neck football jersey with a black diagonal sublimated print across the front and
    # the number 10 on the chest, black shorts. VQA adapter, all texts.
    case(
        "X1175-005",
        Q.wearing("a red jersey and black shorts"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description(
            "a red soccer jersey with black stripes and a black collar and black shorts and black socks and black "
            "shoes and a black",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "polyester and spandex and polyester and spandex and polyester and spandex and polyester and spandex and "
            "polyester and spandex and polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Reebok Men Red Printed Football Jersey",
        category="Jerseys",
        color="Red",
    ),
    # Front shot, cropped at the chest: white tee, black track pants with thin white side piping, two side pockets, no
    # other pockets visible, white sneakers. VQA adapter, all texts.
    case(
        "X1175-006",
        Q.wearing("she is wearing a white t-shirt and black pants", "pronoun"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("a pair of black track pants with a white stripe on the side"),
        Q.details(
            "the pants have a drawstring waist, two side pockets and two zip pockets on the back and a zip on the "
            "bottom of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Flat lay: a white crew-neck running tee on a light grey backdrop, small grey swoosh on the chest; no person.
    # VQA adapter, all texts.
    case(
        "X1175-007",
        Q.wearing("a white t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt on a grey background"),
        Q.details(
            "the t-shirt has a round neck and short sleeves and a nike logo on the chest and a nike logo on the back "
            "and a nike logo on",
            "loop",
            hit_limit=True,
        ),
        Q.material("", "non_answer"),
        gender="Men",
        title="Nike Men White Dri-FIT Miler Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Front shot: model in an olive pullover hoodie with the hood up, kangaroo pocket, ribbed cuffs and hem, small
    # HRX logo on the left chest, black track pants. VQA adapter, all texts.
    case(
        "X1175-008",
        Q.wearing("a green hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves "
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.description("a man wearing a green hoodie with the hood up"),
        Q.details(
            "the hoodie has a hood and a kangaroo pocket and ribbed cuffs and a ribbed hem and a small hrx logo on "
            "the left side of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Front shot: model in a black track jacket with white shoulder and upper-sleeve panels, zipped to mid chest over
    # a grey tee, black track pants. VQA adapter, all texts.
    case(
        "X1175-009",
        Q.wearing("a black and white jacket and black pants and a grey shirt"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "a black and white jacket with a white stripe on the sleeves and a white stripe on the shoulders and a "
            "zipper on the front and a",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "the jacket is made of a material that is a material that is a material that is a material that is a "
            "material that is a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Adidas Men Black & White Colourblocked Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Front shot: model in a black Puma tee, blue running shorts with an all-over tonal print, elastic waist. VQA
    # adapter, all texts.
    case(
        "X1175-010",
        Q.wearing("a black shirt and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.description("black t-shirt with a puma logo on the chest", "contradiction"),
        Q.details("the shorts have an elastic waistband"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Blue Printed Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Front shot: model in a maroon crew-neck fleece sweatshirt (no hood, no zip, small white swoosh), blue jeans.
    # VQA adapter, all texts.
    case(
        "X1175-011",
        Q.wearing("a maroon sweatshirt and blue jeans"),
        Q.garment_type("sweatshirt"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("Question: Describe the garment. Answer: a maroon sweatshirt with a white nike logo", "leak"),
        Q.details("the sweatshirt has a hood and a zipper", "unsupported"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Maroon Solid Club Fleece Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Front shot: male model in a grey fitted tee and black full-length compression tights with one white logo on the
    # left thigh. VQA adapter, all texts.
    case(
        "X1175-012",
        Q.wearing("a woman wearing a grey shirt and black leggings", "pronoun"),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("a pair of black leggings with a white logo on the thigh"),
        Q.details(
            "the leggings have a white logo on the thigh and a white logo on the thigh and a white logo on the thigh "
            "and a white logo",
            "loop",
            hit_limit=True,
        ),
        Q.material("spandex"),
        gender="Men",
        title="Under Armour Men Black HeatGear Compression Tights",
        category="Tights",
        color="Black",
    ),
    # Front shot: model in a yellow football jersey with a blue v-neck collar and blue printed side panels, blue
    # shorts. VQA adapter, all texts.
    case(
        "X1175-013",
        Q.wearing("a yellow shirt and blue shorts"),
        Q.garment_type("tee"),
        Q.color("yellow"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a yellow jersey with a blue collar"),
        Q.details("v-neck collar and short sleeves Question: What is the color of the shorts? Answer: blue", "leak"),
        gender="Men",
        title="Kappa Men Yellow & Blue Printed Football Jersey",
        category="Jerseys",
        color="Yellow",
    ),
    # Back view: model from behind in a white tee and charcoal joggers with a zip pocket on the right back; all right.
    # VQA adapter, all texts.
    case(
        "X1175-014",
        Q.wearing("a white shirt and grey pants"),
        Q.garment_type("pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("the back of a man wearing a white shirt and grey pants"),
        Q.details("the pants have a zipper pocket on the back"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Solid Rapid-Dry Running Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Front shot: model in a white running tee with a black Adidas logo on the chest, black shorts, white shoes. VQA
    # adapter, all texts.
    case(
        "X1175-015",
        Q.wearing("she is wearing a white t-shirt and black shorts", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with a black logo on the front"),
        Q.details(
            "she is wearing a white t-shirt with a black logo on the front and black shorts and white sneakers and "
            "she is wearing a white",
            "cut",
            hit_limit=True,
        ),
        Q.material("Question: What material is the garment made of? Answer: polyester", "leak"),
        gender="Men",
        title="Adidas Men White Own The Run Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Front shot: model in a black tracksuit, jacket zipped, a red chest panel across the jacket, red piping down the
    # pants. VQA adapter, all texts.
    case(
        "X1175-016",
        Q.wearing("a black and red jacket and black pants"),
        Q.garment_type("tracksuit"),
        Q.color("black and red"),
        Q.pattern("color block"),
        Q.sleeve_length("long Question: How long are the pants? Answer: long", "leak"),
        Q.description(
            "a black and red track suit with a red stripe on the chest and a red stripe on the sleeves and a red "
            "stripe on the pants and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Sports52 wear Men Black & Red Colourblocked Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Front shot: model in an orange training tee and black 7-inch running shorts, elastic waistband; the shorts' back
    # zip pocket is real but not visible. VQA adapter, all texts.
    case(
        "X1175-017",
        Q.wearing("an orange shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("orange", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("black shorts with an orange shirt"),
        Q.details("the shorts have an elastic waistband and a pocket on the back"),
        Q.material(
            "the shorts are made of a lightweight material that is breathable and quick drying and is made of a "
            "lightweight material that is breathable and quick",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Black Flex Stride 7-inch Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Front shot: model in a grey melange pullover hoodie with a large black PUMA print across the chest, long
    # sleeves, black track pants. VQA adapter, all texts.
    case(
        "X1175-018",
        Q.wearing("a grey hoodie with a black puma logo and black pants"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("printed"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a grey hoodie with the word puma on the front"),
        Q.details("the details of the garment", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Front shot only: model in a blue-and-white vertical-striped football jersey with a white round collar, white
    # shorts; the back is never shown. VQA adapter, all texts.
    case(
        "X1175-019",
        Q.wearing("a blue and white striped shirt and white shorts"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue and white striped soccer jersey with a white collar and a blue and white striped sleeve and a "
            "blue and white striped",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "the jersey has a round neck and short sleeves and a logo on the chest and the number 7 on the back",
            "unsupported",
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nivia Men Blue & White Striped Football Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Front shot: model in a black sleeveless training tank, grey shorts, arms bare. VQA adapter, all texts.
    case(
        "X1175-020",
        Q.wearing("she is wearing a black tank top and grey shorts", "pronoun"),
        Q.garment_type("tank"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a black tank top"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Training Tank Top",
        category="Tshirts",
        color="Black",
    ),
    # Front shot: model in a navy track jacket zipped up, stand collar, white Puma cat on the chest, two zip hand
    # pockets, grey track pants. VQA adapter, all texts; all right.
    case(
        "X1175-021",
        Q.wearing("a blue jacket and grey pants"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a blue jacket with a white puma logo on the chest"),
        Q.details("the jacket has a zipper and a high collar and two pockets on the front"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Navy Blue Solid Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Flat lay: grey running shorts on a white backdrop, drawcord out, one side pocket; no person. VQA adapter, all
    # texts.
    case(
        "X1175-022",
        Q.wearing("a man wearing grey shorts", "unsupported"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("a pair of grey shorts on a white background"),
        Q.details("the shorts have a drawstring waist and a pocket"),
        Q.material("the garment is made of a material", "restated"),
        gender="Men",
        title="Alcis Men Grey Solid Running Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Back view: model from behind in a black pullover hoodie, hood down, a large white Adidas wordmark across the
    # shoulders, black joggers. VQA adapter, all texts.
    case(
        "X1175-023",
        Q.wearing("a black hoodie and black pants"),
        Q.garment_type("sweatshirts_hoodies"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("the back of a black hoodie with white letters"),
        Q.details(
            "the back of the hoodie has a white adidas logo on the back of the hoodie and the back of the hoodie has "
            "a white adidas logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("black", "non_answer"),
        gender="Men",
        title="Adidas Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Front shot: model in a teal training tee with a dark geometric print on the front only, black shorts. VQA
    # adapter, all texts.
    case(
        "X1175-024",
        Q.wearing("a blue shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue t-shirt with a black and white print on the front and the back and the sleeves and the collar and "
            "the hem and the",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Reebok Men Teal Printed Training T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Front shot: model in a white track jacket with black sleeves and black pants of the same set. VQA adapter, all
    # texts.
    case(
        "X1175-025",
        Q.wearing("a white jacket and black pants"),
        Q.garment_type("tracksuit"),
        Q.color("white"),
        Q.pattern("color block"),
        Q.description("a white and black track suit"),
        Q.details(
            "the jacket has a zipper and a white and black and white and black and white and black and white and "
            "black and white and black",
            "loop",
            hit_limit=True,
        ),
        Q.material("the material of the garment", "restated"),
        gender="Men",
        title="Puma Men White & Black Colourblocked Tracksuit",
        category="Tracksuits",
        color="White",
    ),
    # Front shot: model in a royal blue football jersey (white swoosh, white chevrons on the shoulders), black shorts,
    # blue socks, a football at his feet. VQA adapter, all texts.
    case(
        "X1175-026",
        Q.wearing("a blue shirt and black shorts and a soccer ball"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        Q.description("a soccer player in a blue jersey with a soccer ball"),
        Q.details("a soccer ball", "contradiction"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Blue Dri-FIT Academy Football Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Front shot: model in a red lightweight hooded running jacket (windcheater), full zip, two zip hand pockets,
    # black shorts. VQA adapter, all texts.
    case(
        "X1175-027",
        Q.wearing("a red jacket and black shorts"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a red jacket", "pronoun"),
        Q.details(
            "the jacket has a hood and a zipper and a pocket on the chest and a pocket on the sleeve and a pocket on "
            "the back and a pocket",
            "loop",
            hit_limit=True,
        ),
        Q.material("nylon"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Red Solid Running Windcheater Jacket",
        category="Jackets",
        color="Red",
    ),
    # Front shot: model in a black tee and grey track pants with three white stripes down the legs and zips at the
    # ankles. VQA adapter, all texts.
    case(
        "X1175-028",
        Q.wearing("Question: What is the person wearing? Answer: a black t-shirt and grey pants", "leak"),
        Q.garment_type("pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        Q.description("a pair of black track pants with white stripes", "other_garment_color"),
        Q.details("the pants have three white stripes on the side and a zipper at the ankle"),
        gender="Men",
        title="Adidas Men Grey Tiro Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # Front shot: model in a navy zip-front hoodie worn open over a white tee, grey joggers; the white tee fills the
    # middle of the frame. VQA adapter, all texts.
    case(
        "X1175-029",
        Q.wearing("a blue hoodie and white shirt and grey pants"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a blue hooded jacket with a white shirt underneath"),
        Q.details(
            "the hoodie has a zipper and a hood and two pockets and a drawstring and a zipper and a hood and two "
            "pockets and a drawstring and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Front shot: model in a white pique polo (ribbed collar, two-button placket, small embroidered logo on the left
    # chest), navy shorts. VQA adapter, all texts.
    case(
        "X1175-030",
        Q.wearing("a white polo shirt and blue shorts"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a white polo shirt with a collar and buttons"),
        Q.details(
            "the polo shirt has a ribbed collar, a two-button placket, short sleeves with ribbed cuffs and a small "
            "embroidered logo on the left side of the",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "cotton and polyester blend fabric with a soft feel and a soft feel and a soft feel and a soft feel and a "
            "soft",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="FILA Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Front shot: model in a grey pullover hoodie and black cuffed fleece joggers, white sneakers; the hoodie takes the
    # top half of the frame. VQA adapter, all texts.
    case(
        "X1175-031",
        Q.wearing("a grey sweatshirt and grey pants", "other_garment_color"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a pair of black jogger pants"),
        Q.details("none", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Black Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Front shot: model in a bright orange running tee with a small black Adidas logo, black shorts; all right. VQA
    # adapter, all texts.
    case(
        "X1175-032",
        Q.wearing("a orange shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a orange t-shirt with the adidas logo"),
        Q.details("the t-shirt has a round neck and short sleeves"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Orange Solid Running T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # Front shot: model in a grey Under Armour tee and navy woven training shorts. VQA adapter, all texts.
    case(
        "X1175-033",
        Q.wearing("she is wearing a grey t-shirt and blue shorts", "pronoun"),
        Q.garment_type("shorts"),
        Q.color(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.description("a pair of blue shorts with a grey t-shirt"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        gender="Men",
        title="Under Armour Men Navy Blue Woven Training Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Front shot: model in a fluorescent green (neon, reads almost yellow under the lights) running tee with a black
    # reflective print, black shorts over black tights. VQA adapter, all texts.
    case(
        "X1175-034",
        Q.wearing("a yellow shirt and black shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description("a yellow t-shirt with a black print", "contradiction"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Fluorescent Green Printed Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Front shot: male model in a grey melange crew-neck cotton fleece sweatshirt with ribbed cuffs and hem, black
    # track pants. The feed row has no gender. VQA adapter, all texts.
    case(
        "X1175-035",
        Q.wearing("she is wearing a grey sweater and black pants", "pronoun"),
        Q.garment_type("sweater"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man wearing a grey sweatshirt and black pants"),
        Q.details("a grey sweatshirt with a round neck and ribbed cuffs and hem"),
        Q.material("wool", "unsupported"),
        title="Reebok Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Front shot: model in a black sleeveless basketball jersey with white trim and a white number 23 on the front,
    # black basketball shorts, white shoes. VQA adapter, all texts.
    case(
        "X1175-036",
        Q.wearing(
            "a black jersey and black shorts and black shoes and black socks and black wristbands and a black headband "
            "and black shorts and black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.description("a basketball player wearing a black jersey with the number 23"),
        Q.details(
            "the jersey has the number 23 on the front and the number 23 on the back and the number 23 on the front "
            "and the number 23 on the back",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Black & White Printed Basketball Jersey",
        category="Jerseys",
        color="Black",
    ),
    # Back view, lower body: black track pants from behind, one back pocket, white sneakers. The feed row has no
    # color. VQA adapter, all texts.
    case(
        "X1175-037",
        Q.wearing("black pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("the back of a pair of black track pants"),
        Q.details("pants", "non_answer"),
        Q.material(
            "the pants are made of a cotton and the pants are made of a cotton and the pants are made of a cotton and "
            "the pants are made",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Proline Active Men Black Solid Track Pants",
        category="Track Pants",
    ),
    # Front shot: model in a plain red training tee (small white swoosh), grey shorts, white sneakers, no watch,
    # holding a water bottle. VQA adapter, all texts.
    case(
        "X1175-038",
        Q.wearing("a red shirt and grey shorts and a water bottle"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("short"),
        Q.description(
            "a man in a red shirt holding a water bottle and wearing grey shorts and white sneakers and a black watch "
            "on his left wrist and",
            "cut",
            hit_limit=True,
        ),
        Q.details("water bottle", "contradiction"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Red Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Front shot: model in a white pullover hoodie (black Adidas logo on the chest, kangaroo pocket, hands in it),
    # black track pants. VQA adapter, all texts.
    case(
        "X1175-039",
        Q.wearing("a woman in a white hoodie and black pants", "pronoun"),
        Q.garment_type("hoodie"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("white hoodie with black adidas logo"),
        Q.details("the hoodie has a hood with a drawstring and a kangaroo pocket and the adidas logo on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="Adidas Men White Solid Training Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # Front shot: model in a green-and-black camouflage print training tee, one Puma cat on the chest (none on the
    # sleeves), black shorts. VQA adapter, all texts.
    case(
        "X1175-040",
        Q.wearing("a camouflage shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("camouflage"),
        Q.pattern("camouflage"),
        Q.sleeve_length("short"),
        Q.description("a green and black camouflage t-shirt"),
        Q.details(
            "the t-shirt has a camouflage print and a puma logo on the chest and a puma logo on the sleeve",
            "unsupported",
        ),
        gender="Men",
        title="Puma Men Green & Black Camouflage Printed Training T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Front shot: male model in a white tee and navy knit track pants with side pockets and an elastic waist, white
    # sneakers. The feed row has no gender. VQA adapter, all texts.
    case(
        "X1175-041",
        Q.wearing("a white shirt and blue pants"),
        Q.garment_type("jeans", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.description("a pair of blue pants with a white shirt"),
        Q.details("the pants have pockets on the sides"),
        Q.material("denim", "unsupported"),
        title="Jockey Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Front shot: model in a tracksuit, blue jacket with black sleeves and a small white logo, black pants, jacket
    # zipped, two zip pockets. VQA adapter, all texts.
    case(
        "X1175-042",
        Q.wearing("a blue and black jacket and black pants"),
        Q.garment_type("tracksuit"),
        Q.color("blue"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("a blue and black track suit with a white logo"),
        Q.details("Question: What are the details of the garment? Answer: the jacket has a zipper and pockets", "leak"),
        Q.material(
            "the tracksuit is made of polyester and the jacket is made of polyester and the pants are made of "
            "polyester and the jacket is made",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Reebok Men Blue & Black Colourblocked Tracksuit",
        category="Tracksuits",
        color="Blue",
    ),
    # Front shot: model in a black pullover hoodie with the hood up and a large white text print on the chest, black
    # track pants, white sneakers, bare hands. VQA adapter, all texts.
    case(
        "X1175-043",
        Q.wearing(
            "a black hoodie with the hood up and black pants and black shoes and black socks and black gloves and a "
            "black hat and a black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a black hoodie with white writing on the front"),
        Q.details(
            "the hoodie has a hood and a hood and a hood and a hood and a hood and a hood and a hood and a hood and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Hooded Sweatshirt",
        color="Black",
        category="Sweatshirts",
    ),
    # Front shot: model in a black tank top and grey Dri-FIT training shorts with a black swoosh on the left leg. The
    # feed row has no category. VQA adapter, all texts; all right.
    case(
        "X1175-044",
        Q.wearing("he is wearing a black tank top and grey shorts"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("a man in a black tank top and grey shorts"),
        Q.details("the shorts have a black nike logo on the left leg"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Grey Dri-FIT Training Shorts",
        color="Grey",
    ),
    # Back view: model from behind in a navy football jersey with the name MESSI and a white number 10 printed on the
    # back, navy collar, no stripes, white shorts. VQA adapter, all texts.
    case(
        "X1175-045",
        Q.wearing("a blue jersey with the number 10 on the back"),
        Q.garment_type("jersey"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "the back of a blue soccer jersey with the number 10 and the name messi on the back and a white collar "
            "and white stripes on the",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the jersey has the number 10 on the back and the name messi on the back and the number 10 on the back "
            "and the name messi on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Navy Blue Printed Football Jersey",
        category="Jerseys",
        color="Navy Blue",
    ),
]
