"""BLIND_759 (46 products; older Myntra feed, men's bottoms and t-shirts, base BLIP-2 zero-shot): written blind in the
fifty-fifth session. Measured blind at 6e339a9 (the session's fifth rules): 117/136 failures found (86.0%) and 7/188
correct texts flagged (3.7%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind: short product names ("Proline Men Navy Track Pants"),
the seller's article type (Tshirts, Jeans, Trousers, Shorts, Track Pants), base colour and gender. Photos are
catalog shots on a white backdrop, the model wearing the product with other clothes: bottoms are shown with a
t-shirt, polo, shirt, hoodie or jacket on top; t-shirts with jeans, chinos, shorts or track pants below. Three rows
lack a column (one no base colour, one no article type, one no gender), as the old feed has them.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions are
unprompted free generation (50 new tokens), open answers free generation after `Question: ... Answer:` (30 new
tokens), closed answers from enrich's `--engine reference` (one candidate value picked, never looped or cut). The
base model answers short and plain, mostly lowercase; its habits: it gives the top's color to the bottoms (and the
other way round), reads a print's or trim's color as the garment's, invents pockets, zips, logos and fabrics, now
and then says "she" for the male model, repeats the question or answers an open question with one word, carries on
into a new "Question: ... Answer:" turn, and on a few long "details" answers it repeats itself or runs to the limit.

Labeling conventions and judgement calls:
- other_garment_color: the product is given the color of another garment visible in the photo (the t-shirt's
  white for the jeans, the jacket's black for the jeans), in open and closed answers alike, and in a "wearing"
  answer that gives both garments the top's color.
- contradiction: a wrong color that belongs to no other garment (brown for olive trousers), the color of a print,
  stripe, trim or contrast sleeve given as the garment's color, a wrong garment type or a wrong yes/no, and a
  pattern or sleeve length that is wrong for the product (including the pattern of the shirt worn over jeans).
- unsupported: details, fabrics, props or backdrops that are not in the photo (pockets, zips, a hood, a brick wall,
  ripped knees on clean jeans); a fabric that the garment plainly is not (leather shorts, silk polo, denim chinos).
  A plausible common fiber (cotton tee, polyester track pants, denim jeans) is taken as correct.
- Near shades are correct: maroon called red, charcoal called dark grey, khaki called beige, olive called green,
  mustard called yellow, grey melange called grey. Turquoise called blue is correct.
- non_answer: a one-word open answer that only names the garment, its color or its pattern ("shorts", "gray",
  "striped") or says "yes"; restated: the question's own words given back ("the jeans details are the details
  of the jeans"), even when a few words are added.
- pronoun: "she"/"her" or "a woman" for the male model; "a person" on the row without gender is correct.
- A text that ran to the token limit mid-phrase is labeled cut even when it also carries an invented detail;
  one that repeats a phrase until the limit is labeled loop. Both have hit_limit=True.
- A text that carries on into "Question: ... Answer:" or starts with "Answer:" is labeled leak, whatever the
  answer before it.
- One label per text: the failure that a reader would name first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_759 = [
    # photo: plain black crew-neck short-sleeve t-shirt, mid-blue jeans, white backdrop, front view cropped at the
    # thighs; all texts from the base model zero-shot
    case(
        "X759-001",
        caption("a man wearing a black t-shirt and jeans with a gold chain around his neck", "unsupported"),
        wearing("a black t-shirt and blue jeans"),
        color_of("t-shirt", "black"),
        describe("t-shirt", "it is a black t-shirt"),
        details("t-shirt", "the t-shirt has a pocket on the front", "unsupported"),
        BQ.material("cotton"),
        BQ.sleeve_length("short sleeves"),
        title="Puma Men Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red crew-neck tee with a white Nike swoosh and "JUST DO IT" on the chest, grey track pants, white
    # backdrop, front view; base model zero-shot
    case(
        "X759-002",
        caption("a man in a red nike t-shirt and grey pants"),
        wearing("he is wearing a red t-shirt", who="he"),
        color_of("t-shirt", "white", "contradiction"),
        describe("t-shirt", "a red t-shirt with a nike logo on it"),
        details("t-shirt", "the t-shirt details", "restated"),
        BQ.pattern("printed"),
        is_a("t-shirt", "yes"),
        title="Nike Men Red Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy pique polo with white tipped collar and a three-button placket, khaki chinos, white backdrop,
    # front view; base model zero-shot
    case(
        "X759-003",
        caption("a man wearing a blue polo shirt and khaki pants standing in front of a brick wall", "unsupported"),
        wearing("she is wearing a navy blue polo shirt and khaki pants", "pronoun"),
        color_of("t-shirt", "navy blue"),
        describe("t-shirt", "navy blue polo shirt with white collar"),
        details("t-shirt", "the polo shirt has a button down collar and a zipper", "unsupported"),
        BQ.garment_type("polo shirt"),
        BQ.material("cotton"),
        title="Proline Men Navy Blue Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white tee with thin navy horizontal stripes, dark blue jeans, white backdrop, front view; base model
    # zero-shot
    case(
        "X759-004",
        caption("a man wearing a striped shirt and jeans"),
        wearing("a white and blue striped t-shirt and jeans"),
        color_of("t-shirt", "navy blue", "contradiction"),
        describe("t-shirt", "a striped t-shirt"),
        details(
            "t-shirt",
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("striped"),
        BQ.sleeve_length("short sleeves"),
        title="United Colors of Benetton Men Striped T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: mid-blue washed slim jeans with whiskering, white crew tee worn out, white sneakers, white backdrop,
    # full-length front view; base model zero-shot
    case(
        "X759-005",
        caption("a man in a white t-shirt and blue jeans"),
        wearing("what is the person wearing", "restated"),
        color_of("jeans", "white", "other_garment_color"),
        describe("jeans", "they are blue jeans"),
        details("jeans", "the jeans are faded"),
        BQ.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Locomotive Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black skinny jeans, grey marl henley worn untucked over the waistband, black boots, white backdrop,
    # full length; base model zero-shot
    case(
        "X759-006",
        caption("a man wearing a grey shirt and black jeans standing in front of a white wall"),
        wearing("grey t-shirt and black jeans"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        describe("jeans", "the jeans are black and have a leather belt", "unsupported"),
        details(
            "jeans",
            "the jeans are black skinny jeans with a zipper fly and five pockets, two in the front and two in the "
            "back and one coin pocket on the right side of the",
            "cut",
            hit_limit=True,
        ),
        BQ.garment_type("jeans"),
        BQ.color("grey", "other_garment_color"),
        title="Flying Machine Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: khaki flat-front chinos, navy polo tucked in, brown belt, brown loafers, white backdrop, front view;
    # base model zero-shot
    case(
        "X759-007",
        caption("a man in a blue shirt and brown pants", "contradiction"),
        wearing("he is wearing a blue shirt and khaki pants", who="he"),
        color_of("pants", "navy blue", "other_garment_color"),
        describe("pants", "khaki pants with a brown belt"),
        details("pants", "they have a brown belt and side pockets"),
        BQ.material("cotton"),
        is_a("pair of jeans", "no"),
        title="Basics Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: grey melange knit shorts with a white drawstring, black Nike tee, white socks and trainers, white
    # backdrop, full length; base model zero-shot
    case(
        "X759-008",
        caption("a man in a black t-shirt and grey shorts"),
        wearing("a black shirt and shorts"),
        color_of("shorts", "black", "other_garment_color"),
        describe("shorts", "grey shorts with a drawstring"),
        details("shorts", "the shorts are short", "non_answer"),
        BQ.material("leather", "unsupported"),
        BQ.garment_type("shorts"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Nike Men Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: navy track pants with two white side stripes, plain white tee, white backdrop, waist-down with the
    # torso; base model zero-shot
    case(
        "X759-009",
        caption("a man wearing a white t-shirt and blue pants with white stripes"),
        wearing("Answer: white t-shirt and track pants", "leak"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("pants", "they are blue track pants with white stripes on the side"),
        details("pants", "white stripes on the side. Question: what is the color of the shirt? Answer: white", "leak"),
        BQ.pattern("striped"),
        BQ.material("polyester"),
        title="Proline Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: yellow crew tee with a small black Puma cat logo at the left chest, black track pants, white
    # backdrop, front view; base model zero-shot
    case(
        "X759-010",
        caption("a man in a yellow shirt"),
        wearing("a yellow shirt and black pants. Question: what is the man holding? Answer: nothing", "leak"),
        color_of("t-shirt", "yellow"),
        describe("t-shirt", "a yellow t-shirt with a black puma logo on the chest"),
        details("t-shirt", "it has a v-neck and a pocket", "unsupported"),
        BQ.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        title="Puma Men Yellow T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: white tee with a large multicolor print of an auto rickshaw and Hindi lettering, blue jeans, white
    # backdrop, front view; base model zero-shot
    case(
        "X759-011",
        caption("a man wearing a white t-shirt with a colorful print on it"),
        wearing("white t-shirt"),
        color_of("t-shirt", "yellow", "contradiction"),
        describe(
            "t-shirt",
            "the t-shirt is white with a print of a yellow and green auto rickshaw and some writing in hindi on the "
            "front and the back of the t-shirt has a",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "printed", "non_answer"),
        BQ.pattern("graphic"),
        BQ.material("cotton"),
        title="Tantra Men Printed White T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: light-wash straight jeans with faded thighs, light grey polo tucked in, brown belt, white backdrop,
    # full length; base model zero-shot
    case(
        "X759-012",
        caption("a man in a grey polo shirt and grey jeans", "other_garment_color"),
        wearing("a grey shirt and blue jeans"),
        color_of("jeans", "light blue"),
        describe("jeans", "grey jeans", "other_garment_color"),
        details("jeans", "they are ripped at the knees", "unsupported"),
        is_a("pair of jeans", "yes"),
        BQ.garment_type("jeans"),
        title="Wrangler Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal flat-front formal trousers, light blue formal shirt tucked in, black belt, black shoes, white
    # backdrop, full length; base model zero-shot
    case(
        "X759-013",
        caption("a man wearing a blue shirt and grey pants"),
        wearing("a light blue shirt and dark grey trousers"),
        color_of("pants", "blue", "other_garment_color"),
        describe("pants", "grey dress pants"),
        details("pants", "the pants have a pleated front and cuffs at the bottom", "unsupported"),
        BQ.color("grey"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Arrow Men Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: bottle-green v-neck tee, beige chinos, white backdrop, three-quarter view; base model zero-shot
    case(
        "X759-014",
        caption("a man in a green t-shirt and khaki pants"),
        wearing("green shirt"),
        color_of("t-shirt", "green", kind="open"),
        describe("t-shirt", "a green v-neck t-shirt"),
        details(
            "t-shirt",
            "v-neck, short sleeves, v-neck, short sleeves, v-neck, short sleeves, v-neck, short sleeves, v-neck, "
            "short sleeves,",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        BQ.sleeve_length("long sleeves", "contradiction"),
        title="Fila Men Green T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: blue board shorts with a white and orange hibiscus print, white vest (tank top), flip-flops, white
    # backdrop, full length; base model zero-shot
    case(
        "X759-015",
        caption("a man in a white tank top and blue shorts with flowers on the beach", "unsupported"),
        wearing("she is wearing a white tank top and blue floral shorts", "pronoun"),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "blue hawaiian shorts"),
        details(
            "shorts",
            "they have a floral print of hibiscus flowers in white and orange on a blue background and the waistband "
            "has a drawstring and a velcro fly and a small pocket on the",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("floral"),
        BQ.material("denim", "unsupported"),
        title="Quiksilver Men Printed Board Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: black track pants with three white side stripes, red crew tee, white sneakers, white backdrop, full
    # length; base model zero-shot
    case(
        "X759-016",
        caption("a man in a red shirt and black pants"),
        wearing("a red t-shirt and black adidas pants"),
        color_of("pants", "black"),
        describe("pants", "red", "other_garment_color"),
        details("pants", "yes", "non_answer"),
        BQ.garment_type("track pants"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: black tee with a large tiger-and-rose tattoo print in red, yellow and green with script lettering,
    # dark jeans, white backdrop, front view; base model zero-shot
    case(
        "X759-017",
        caption("a man wearing a black t-shirt with a tiger on it"),
        wearing("she is wearing a black t-shirt with a tiger on it", "pronoun"),
        color_of("t-shirt", "red", "contradiction"),
        describe(
            "t-shirt",
            'the t-shirt is black and has a tiger and a rose on the front and the words "love kills slowly" '
            "written in red and the back of the t-",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        BQ.pattern("graphic"),
        BQ.sleeve_length("short sleeves"),
        title="Ed Hardy Men Printed Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: dark indigo rinse straight jeans, black leather biker jacket open over a white tee, black boots, white
    # backdrop, full length; base model zero-shot
    case(
        "X759-018",
        caption("a man in a black leather jacket and jeans"),
        wearing("a black jacket, white t-shirt and blue jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        describe("jeans", "dark blue jeans with a straight leg"),
        details("jeans", "the jeans are made of denim and have a zipper on the back pocket", "unsupported"),
        BQ.color("black", "other_garment_color"),
        BQ.garment_type("jacket", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Lee Men Dark Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige linen-look trousers, white linen shirt worn untucked, tan loafers, white backdrop, full length;
    # base model zero-shot; the feed row has no article type
    case(
        "X759-019",
        caption("a man wearing a white shirt and beige pants"),
        wearing("a white shirt and white pants", "other_garment_color"),
        color_of("pants", "beige"),
        describe("pants", "beige", "non_answer"),
        details("pants", "Answer: the pants are beige. Question: What are the shirt details? Answer:", "leak"),
        BQ.material("linen"),
        title="Peter England Men Beige Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: grey melange crew tee with a small white swoosh, black shorts, white backdrop, front view; base model
    # zero-shot
    case(
        "X759-020",
        caption("a woman in a gray t-shirt and black shorts", "pronoun"),
        wearing("a gray shirt and black shorts"),
        color_of("t-shirt", "black", "other_garment_color"),
        describe("t-shirt", "gray", "non_answer"),
        details("t-shirt", "nike logo on the chest"),
        BQ.garment_type("t-shirt"),
        BQ.sleeve_length("long sleeves", "contradiction"),
        title="Nike Men Grey Melange T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: khaki cargo shorts with flap pockets on the sides, olive green tee, white backdrop, full length; base
    # model zero-shot
    case(
        "X759-021",
        caption("a man in a green shirt and khaki shorts"),
        wearing("he is wearing a green t-shirt and khaki cargo shorts", who="he"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        describe("shorts", "khaki cargo shorts with pockets on the sides"),
        details(
            "shorts",
            "pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, "
            "pockets, pockets, pockets,",
            "loop",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Proline Men Khaki Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: turquoise tee with a white "CHAI" print over a teacup graphic, beige shorts, white backdrop, front
    # view; base model zero-shot
    case(
        "X759-022",
        caption("a man wearing a blue t-shirt that says chai"),
        wearing("yes", "non_answer"),
        color_of("t-shirt", "beige", "other_garment_color"),
        describe("t-shirt", "it is a blue t-shirt with a picture of a tea cup and the word chai"),
        details("t-shirt", "the t-shirt has a hood", "unsupported"),
        BQ.pattern("solid", "contradiction"),
        BQ.material("cotton"),
        title="Tantra Men Blue Printed T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: grey washed slim jeans, black tee with a white skull graphic, white backdrop, full length; base model
    # zero-shot
    case(
        "X759-023",
        caption("a man in a black t-shirt and grey jeans holding a skateboard", "unsupported"),
        wearing("black t-shirt and grey jeans"),
        color_of("jeans", "grey"),
        describe("jeans", "a pair of gray jeans"),
        details("jeans", "the jeans are grey and faded and have a slim fit"),
        BQ.color("black", "other_garment_color"),
        BQ.garment_type("jeans"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Spykar Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon long-sleeve henley tee with three buttons, stone-coloured chinos, white backdrop, front view;
    # base model zero-shot
    case(
        "X759-024",
        caption("a man wearing a red long sleeve shirt and khaki pants"),
        wearing("a maroon shirt and beige pants"),
        color_of("t-shirt", "brown", "contradiction"),
        describe("t-shirt", "a maroon henley with buttons"),
        details("t-shirt", "she is wearing a maroon shirt with three buttons", "pronoun"),
        BQ.sleeve_length("long sleeves"),
        BQ.garment_type("t-shirt"),
        title="Probase Men Maroon T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange joggers with ribbed ankle cuffs and a drawstring, navy pullover hoodie, white sneakers,
    # white backdrop, full length; base model zero-shot
    case(
        "X759-025",
        caption("a man in a blue hoodie and grey sweatpants sitting on a bench", "unsupported"),
        wearing("a blue hoodie and grey sweatpants"),
        color_of("pants", "grey"),
        describe("pants", "describe the pants", "restated"),
        details("pants", "the pants have a zipper on the side of the leg", "unsupported"),
        BQ.material("cotton"),
        is_a("pair of jeans", "no"),
        title="Puma Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: navy chino shorts, white and blue checked short-sleeve shirt, white backdrop, full length; base model
    # zero-shot
    case(
        "X759-026",
        caption("a man in a checkered shirt and blue shorts"),
        wearing("a plaid shirt and navy shorts"),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "shorts", "non_answer"),
        details("shorts", "the shorts details. Question: What is the color of the shorts? Answer: blue", "leak"),
        BQ.garment_type("shorts"),
        BQ.pattern("checked", "contradiction"),
        title="Basics Men Navy Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white crew tee with a black adidas logo and three black stripes over the shoulders, black track pants,
    # white backdrop, front view; base model zero-shot
    case(
        "X759-027",
        caption("a man in a white adidas shirt"),
        wearing("white t-shirt and black pants"),
        color_of("t-shirt", "white with black stripes on the shoulders", kind="open"),
        describe("t-shirt", "white shirt with black stripes"),
        details(
            "t-shirt",
            "adidas logo on the front and three stripes on the shoulders and three stripes on the shoulders and three "
            "stripes on the shoulders and three stripes on the",
            "loop",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        is_a("t-shirt", "no", "contradiction"),
        title="Adidas Men White T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: medium blue slim jeans, red and black buffalo-check flannel shirt open over a black tee, brown boots,
    # white backdrop, full length; base model zero-shot; the feed row has no base colour
    case(
        "X759-028",
        caption("a man in a red and black plaid shirt and jeans"),
        wearing("a plaid shirt and jeans"),
        color_of("jeans", "red", "other_garment_color"),
        describe(
            "jeans",
            "blue jeans with a red and black plaid shirt over a black t-shirt and brown boots and the jeans are slim "
            "fit with a slight taper at the ankle and the back pockets have",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "the jeans have a red tab on the back pocket", "unsupported"),
        BQ.color("red", "other_garment_color"),
        BQ.pattern("checked", "contradiction"),
        title="Levis Men Blue Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: black slim formal trousers, white formal shirt tucked in, black belt, black shoes, white backdrop,
    # full length; base model zero-shot
    case(
        "X759-029",
        caption("a man in a white shirt and black pants"),
        wearing("she is wearing a white shirt and black pants", "pronoun", who="he"),
        color_of("pants", "black"),
        describe("pants", "the pants are black"),
        details(
            "pants",
            "the pants are black and the shirt is white and the belt is black and the shoes are black and the pants "
            "are black and the shirt is white and the belt is",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no"),
        title="John Players Men Black Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: olive green crew tee with a small chest pocket, black jeans with rolled hems, white backdrop,
    # three-quarter view; base model zero-shot
    case(
        "X759-030",
        caption("a man wearing a green t-shirt and black jeans"),
        wearing("a green shirt and black jeans"),
        color_of("t-shirt", "black", "other_garment_color"),
        describe("t-shirt", "olive green t-shirt with a pocket and a zipper on the side", "unsupported"),
        details("t-shirt", "the t-shirt has a pocket on the left side of the chest"),
        BQ.sleeve_length("short sleeves"),
        BQ.material("cotton"),
        title="Jack & Jones Men Olive T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black athletic shorts with white side piping and a white Puma logo on the left leg, white tee, white
    # backdrop, full length; base model zero-shot
    case(
        "X759-031",
        caption("a man in a white shirt and black shorts with a black cap on his head", "unsupported"),
        wearing("white shirt and black shorts"),
        color_of("shorts", "black and white", kind="open"),
        describe("shorts", "black shorts with white stripes on the side and a puma logo on the leg"),
        details("shorts", "the shorts have two zip pockets on the back", "unsupported"),
        BQ.garment_type("t-shirt", "contradiction"),
        BQ.material("polyester"),
        title="Puma Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: navy track pants with red side piping, lime green tee, white backdrop, full length; base model
    # zero-shot
    case(
        "X759-032",
        caption("a man in a green shirt and blue pants"),
        wearing("a green t-shirt and navy blue sweat pants"),
        color_of("pants", "green", "other_garment_color"),
        describe("pants", "Question: Describe the pants. Answer: blue pants with red stripes", "leak"),
        details("pants", "they are pants", "non_answer"),
        BQ.material("polyester"),
        is_a("pair of jeans", "no"),
        title="Reebok Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: orange sports tee with grey mesh side panels, black shorts, white backdrop, front view; base model
    # zero-shot
    case(
        "X759-033",
        caption("a man in an orange shirt and black shorts holding a tennis racket", "unsupported"),
        wearing("orange t-shirt, black shorts"),
        color_of("t-shirt", "orange"),
        describe("t-shirt", "an orange shirt with grey sides"),
        details(
            "t-shirt",
            "the t-shirt has a mesh panel on the sides and a reflective strip on the back and a zipper pocket on the "
            "back and a zipper pocket on the back and a zipper pocket on",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("colour block"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        title="Lotto Men Orange T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: blue jeans ripped at both knees, grey melange tee, white backdrop, full length; base model zero-shot
    case(
        "X759-034",
        caption("a man in a grey t-shirt and ripped jeans"),
        wearing("a grey shirt and blue jeans"),
        color_of("jeans", "grey", "other_garment_color"),
        describe("jeans", "the jeans are ripped"),
        details("jeans", "rips on the knees"),
        BQ.garment_type("shorts", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Numero Uno Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: pink pique polo with a small green Benetton logo on the chest, white chinos, white backdrop, front
    # view; base model zero-shot
    case(
        "X759-035",
        caption("a man in a pink polo shirt and white pants"),
        wearing("a pink shirt and white pants"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        describe("t-shirt", "a pink polo shirt with a logo"),
        details(
            "t-shirt",
            "the polo shirt has a collar and buttons. Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        BQ.garment_type("polo shirt"),
        BQ.material("silk", "unsupported"),
        title="United Colors of Benetton Men Pink Polo T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: navy chinos, light pink oxford shirt with rolled sleeves tucked in, brown belt, white backdrop, full
    # length; base model zero-shot
    case(
        "X759-036",
        caption("a man wearing a pink shirt and blue pants"),
        wearing("pink shirt and blue pants"),
        color_of("pants", "pink", "other_garment_color"),
        describe("pants", "navy chinos with a brown belt"),
        details("pants", "the pants are blue and the shirt is pink and the belt is brown"),
        BQ.color("navy blue"),
        BQ.material("denim", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Allen Solly Men Navy Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red and white horizontally striped crew tee, blue jeans, white backdrop, front view; base model
    # zero-shot
    case(
        "X759-037",
        caption("a man wearing a red and white striped shirt"),
        wearing("a red and white striped shirt and jeans"),
        color_of("t-shirt", "blue", "other_garment_color"),
        describe("t-shirt", "striped", "non_answer"),
        details(
            "t-shirt",
            "red and white stripes, red and white stripes, red and white stripes, red and white stripes, red and "
            "white stripes, red",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("striped"),
        BQ.sleeve_length("short sleeves"),
        title="Classic Polo Men Stripes Red T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: blue denim shorts with frayed hems, plain white tee, white backdrop, full length; base model zero-shot
    case(
        "X759-038",
        caption("a man in a white t-shirt and denim shorts"),
        wearing("she is wearing a white t-shirt and jean shorts", "pronoun", who="he"),
        color_of("shorts", "blue"),
        describe("shorts", "the shorts are denim and frayed at the bottom"),
        details("shorts", "the shorts have a frayed hem"),
        BQ.garment_type("jeans", "contradiction"),
        BQ.material("denim"),
        title="Jack & Jones Men Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal tee with a faded white "BROOKLYN 78" print, light blue jeans, white backdrop, front view;
    # base model zero-shot
    case(
        "X759-039",
        caption("a man in a dark grey t-shirt that says brooklyn 78"),
        wearing("a gray shirt"),
        color_of("t-shirt", "light blue", "other_garment_color"),
        describe("t-shirt", "it is a grey t-shirt with the word brooklyn on it"),
        details("t-shirt", "brooklyn 78"),
        BQ.pattern("striped", "contradiction"),
        BQ.material("leather", "unsupported"),
        title="Status Quo Men Charcoal T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mid-blue slim jeans, mustard yellow crew tee, white sneakers, white backdrop, full length; base model
    # zero-shot; the feed row has no gender
    case(
        "X759-040",
        caption("a person wearing a yellow shirt and blue jeans"),
        wearing("the person is wearing", "restated"),
        color_of("jeans", "blue"),
        describe("jeans", "blue jeans with a slim fit"),
        details(
            "jeans",
            "the jeans are made of a soft, stretchy denim with a button and zip fly, belt loops, two front pockets "
            "and two back pockets and a small coin pocket on the",
            "cut",
            hit_limit=True,
        ),
        BQ.color("yellow", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        title="Killer Men Blue Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: navy raglan tee with light grey contrast sleeves and a small white Nike logo, grey shorts, white
    # backdrop, front view; base model zero-shot
    case(
        "X759-041",
        caption("a man in a blue and grey shirt"),
        wearing("navy blue t-shirt with grey sleeves and grey shorts"),
        color_of("t-shirt", "grey", "contradiction"),
        describe("t-shirt", "a navy blue t-shirt with grey sleeves and a nike logo"),
        details(
            "t-shirt",
            "the shirt is made of a breathable fabric that wicks away sweat and keeps you cool and dry during your "
            "workout. it has a",
            "cut",
            hit_limit=True,
        ),
        BQ.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        title="Nike Men Navy Dri-FIT T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track pants with white side piping, grey zip track jacket open over a white tee, white backdrop,
    # full length; base model zero-shot
    case(
        "X759-042",
        caption("a man wearing a grey jacket and black pants"),
        wearing("a grey jacket, white shirt and black pants"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe("pants", "black sweatpants with a white stripe down the side"),
        details(
            "pants",
            "the pants have a white stripe down the side. Answer: the pants have a white stripe down the side",
            "leak",
        ),
        BQ.garment_type("jacket", "contradiction"),
        BQ.material("polyester"),
        title="Proline Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: plain white crew tee, khaki shorts, black wristwatch, white backdrop, front view; base model zero-shot
    case(
        "X759-043",
        caption("a man in a white t-shirt and khaki shorts"),
        wearing("he is wearing a white t-shirt and shorts", who="he"),
        color_of("t-shirt", "white"),
        describe("t-shirt", "describe the t-shirt. the t-shirt is white", "restated"),
        details("t-shirt", "the t-shirt is white and has a logo on the front", "unsupported"),
        BQ.pattern("printed", "contradiction"),
        BQ.sleeve_length("short sleeves"),
        title="Basics Men White Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive cargo trousers with side flap pockets, black tee, black boots, white backdrop, full length; base
    # model zero-shot
    case(
        "X759-044",
        caption("a man wearing a black shirt and green cargo pants"),
        wearing("a black t-shirt and black pants", "other_garment_color"),
        color_of("pants", "brown", "contradiction"),
        describe("pants", "green cargo pants with a zipper on the knee", "unsupported"),
        details("pants", "pants", "non_answer"),
        BQ.garment_type("jeans", "contradiction"),
        is_a("pair of jeans", "no"),
        title="Indigo Nation Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: royal blue running shorts with a black elastic waistband and a small white Nike logo, black tee,
    # white backdrop, full length; base model zero-shot
    case(
        "X759-045",
        caption("a man in a black t-shirt and blue shorts"),
        wearing("she is wearing a black shirt and blue shorts", "pronoun"),
        color_of("shorts", "blue"),
        describe("shorts", "blue running shorts with a black waistband"),
        details("shorts", "what are the shorts details", "restated"),
        BQ.material("polyester"),
        BQ.color("black", "other_garment_color"),
        title="Nike Men Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard yellow crew tee with black ringer trim at the collar and sleeve hems, blue jeans, white
    # backdrop, front view; base model zero-shot
    case(
        "X759-046",
        caption("a man in a yellow shirt and jeans"),
        wearing("a yellow t-shirt and blue jeans"),
        color_of("t-shirt", "mustard"),
        describe("t-shirt", "Question: Describe the t-shirt. Answer: yellow t-shirt with black trim", "leak"),
        details("t-shirt", "it is a t-shirt", "non_answer"),
        BQ.garment_type("t-shirt"),
        BQ.sleeve_length("short sleeves"),
        title="Roadster Men Mustard T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
]
