"""BLIND_636 (46 products; Myntra men's shirts, polos, tees under jackets): written blind in the fifty-third session.
Measured blind at 177ce92 (the session's tenth rules): 113/124 failures found (91.1%) and 6/168 correct texts flagged
(3.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual and formal shirts, polo T-shirts and round/V/henley-neck T-shirts, each shot
on a model who wears the product under a blazer, suit jacket, waistcoat, bomber, denim, leather, suede, parka or
gilet, with trousers, chinos or jeans; mostly white or light grey studio backdrops, front or three-quarter view. The
catalog columns are the seller's: title, category (Shirts / Tshirts, polos filed under Tshirts as Myntra does),
color (Myntra base colour) and gender. Three rows lack a column, as real feeds do (029 no category, 045 no color,
046 no gender).

Who wrote what: every caption is the untuned base Salesforce/blip2-opt-2.7b, zero-shot, no prompt: short, lowercase,
"a man wearing a <jacket> and a <shirt>", it names the outer garment first, sometimes gives the shirt the jacket's
color, sometimes invents a tie, a backdrop or a pose. Every answer comes from the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA) with the `Question: ... Answer:` prompt. Open answers (wearing, describe, details,
material, and open color questions) are free generation, greedy, 30 new tokens, an adapter trained without an end
token: they run on into loops ("v-neck v-neck ..."), stop mid-sentence at the limit, or keep writing the VQA
template ("Question: What is the color of the blazer? Answer: navy ..."); they use the In-shop class names
("jacket/coat", "graphic tee") and describe the jacket's features (hood, zip, lapels, suede) as the product's.
Closed answers (color, garment type, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine,
one candidate picked: never looped or cut, but often the jacket's color or "jacket"/"blazer"/"vest" as the type.

Labeling conventions and judgement calls:
- The product is always the seller's garment (the shirt, polo or tee), never the jacket over it. "Is this a blazer?"
  and the garment type are judged against the product: "yes" to "Is this a jacket?" is a contradiction.
- An open answer or caption that gives the product the color of the jacket, blazer, coat or trousers is
  other_garment_color; a closed color answer that picks the outer garment's color is labeled contradiction (it is a
  picked candidate that the seller color and the other texts contradict). A wrong color that no worn garment has
  is a contradiction too.
- A feature of another garment attributed to the product (a hood, a zip, quilting, lapels, a pocket square, fur
  trim) is unsupported, unless the answer's point is the other garment's color, which makes it other_garment_color.
  Invented ties, cufflinks, pockets, logos, backdrops and poses are unsupported.
- Material: correct only when the title names it or the photo note says the fabric (cotton pique, denim, linen);
  the jacket's material (leather, suede, denim, velvet, wool, nylon) given for the product, or a fabric the title
  contradicts, is unsupported.
- A wrong neckline or sleeve/pattern value where the photo shows otherwise is a contradiction.
- "a woman" in a caption and "she"/"her" in an answer for a Men row are labeled pronoun.
- A one-word, yes/no or empty answer to an open question is non_answer; an answer that repeats the question's words
  back ("the shirt details are the shirt details", "describe the shirt") is restated.
- A text that writes the `Question:`/`Answer:` template is a leak, even when its first words are right; a loop is a
  loop even when its first words are right; both ran to the limit unless they stopped after an echoed prompt.
  A text cut at the limit mid-phrase with no loop is cut.
- Synonyms and shades are correct: burgundy for maroon, purple for lavender, pink for peach, white or cream for off
  white / cream, green or teal for teal, grey for charcoal and grey melange, orange for rust, brown or tan for
  camel, floral for a tropical leaf print, plaid/checkered/checked alike, vest for a nehru jacket or puffer gilet.
- A correct answer may name only part of the outfit ("the t-shirt is white") or only the outer garment in a caption.
"""

from tests.audit_corpus import BLIND_QUESTIONS as P
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_636 = [
    # photo: front, white backdrop; white cotton formal shirt (spread collar, no pocket) under a navy single-breasted
    # blazer, grey trousers, no tie. Caption: base model; answers: VQA adapter (color/sleeve closed).
    case(
        "X636-001",
        caption("a man in a navy blazer and white shirt posing for a photo"),
        wearing("a white shirt and a navy blue blazer", who="he"),
        color_of("shirt", "white"),
        describe("shirt", "the shirt is navy blue with long sleeves and a spread collar", "other_garment_color"),
        details(
            "shirt", "the shirt has a chest pocket with a pen and french cuffs with silver cufflinks", "unsupported"
        ),
        P.sleeve_length("long sleeves"),
        title="Arrow Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: front, white backdrop, hands in trouser pockets; light blue cotton oxford shirt (button-down collar)
    # under a charcoal blazer, beige chinos. Caption: base; answers: VQA adapter.
    case(
        "X636-002",
        caption("a man wearing a grey suit jacket and a blue shirt with his hands in his pockets"),
        wearing("a light blue shirt, a charcoal blazer and beige pants"),
        color_of("shirt", "grey", "contradiction"),
        describe(
            "shirt",
            "the shirt is a light blue button down shirt with a collar and buttons on the front of the shirt and the"
            " sleeves are long and the cuffs are buttoned and the",
            "cut",
            hit_limit=True,
        ),
        P.pattern("solid"),
        P.material("cotton"),
        is_a("shirt", "yes"),
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front, white backdrop; black cotton round-neck tee under an open tan bomber jacket, black slim jeans.
    # Caption: base; answers: VQA adapter.
    case(
        "X636-003",
        caption("a man wearing a brown jacket and black t-shirt"),
        wearing(
            "tee/tank and jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat"
            " jacket/coat",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        describe("t-shirt", "the t-shirt is tan with a round neck and short sleeves", "other_garment_color"),
        P.garment_type("t-shirt"),
        is_a("jacket", "yes", "contradiction"),
        title="Roadster Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front, white backdrop; grey melange cotton pique polo (three-button placket, ribbed collar) under an
    # open navy quilted jacket, blue jeans. Caption: base; answers: VQA adapter (color asked open).
    case(
        "X636-004",
        caption("a man wearing a navy blue jacket and a grey polo shirt"),
        wearing("he is wearing a grey polo shirt under a navy quilted jacket and blue jeans", who="he"),
        color_of("polo shirt", "navy blue", "other_garment_color", kind="open"),
        details(
            "polo shirt",
            "the polo shirt has a collar and a three button placket, the collar is ribbed and the placket has three"
            " buttons, the collar is ribbed and the placket has",
            "loop",
            hit_limit=True,
        ),
        P.material("cotton"),
        P.pattern("solid"),
        title="U.S. Polo Assn. Men Grey Melange Solid Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: front, white backdrop; blue-and-white checked cotton casual shirt (chest mostly hidden) under an olive
    # four-pocket field jacket, khaki chinos. Caption: base; answers: VQA adapter (color asked open).
    case(
        "X636-005",
        caption("a man wearing a green jacket and plaid shirt"),
        wearing("a blue and white checked shirt and an olive jacket"),
        color_of("shirt", "green", "other_garment_color", kind="open"),
        P.pattern("checked"),
        describe(
            "shirt",
            "plaid shirt with a button down collar and two flap pockets on the chest with buttons",
            "unsupported",
        ),
        details("shirt", "the shirt details", "restated"),
        title="Roadster Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front, white backdrop; pale pink formal shirt with a navy knit tie, grey two-piece suit.
    # Caption: base; answers: VQA adapter.
    case(
        "X636-006",
        caption("a man in a grey suit and pink shirt with a blue tie"),
        wearing("she is wearing a pink shirt, a blue tie and a grey suit", "pronoun"),
        color_of("shirt", "pink"),
        describe("shirt", "the shirt is light pink with a spread collar and long sleeves"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: the shirt has a collar Question: What is the color of the"
            " tie? Answer: blue Question: What",
            "leak",
            hit_limit=True,
        ),
        P.material("silk", "unsupported"),
        title="Louis Philippe Men Pink Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: front, white backdrop; white cotton tee with a black "BROOKLYN NY 1898" chest print under a light-wash
    # denim jacket, blue jeans. Caption: base; answers: VQA adapter.
    case(
        "X636-007",
        caption("a man wearing a denim jacket and a white t-shirt with the word brooklyn on it"),
        wearing("a white graphic tee under a blue denim jacket and jeans"),
        color_of("t-shirt", "blue", "contradiction"),
        P.pattern("printed"),
        describe("t-shirt", "the t-shirt is white with black letters that say brooklyn on the front"),
        details(
            "t-shirt",
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic"
            " tee graphic tee",
            "loop",
            hit_limit=True,
        ),
        P.material("denim", "unsupported"),
        title="HRX by Hrithik Roshan Men White Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: three-quarter view, light grey backdrop; maroon cotton polo (ribbed collar, two buttons) under an open
    # black leather biker jacket with silver zips, black jeans. Caption: base; answers: VQA adapter.
    case(
        "X636-008",
        caption("a man in a black leather jacket and a black shirt", "other_garment_color"),
        wearing("a maroon polo shirt and a black leather jacket"),
        color_of("polo shirt", "maroon"),
        is_a("polo shirt", "yes"),
        describe("polo shirt", "the polo shirt is burgundy with a ribbed collar and two buttons"),
        details("polo shirt", "the polo shirt has silver zippers on the chest and the sleeves", "unsupported"),
        title="Nike Men Maroon Solid Polo T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: front, white backdrop; navy formal shirt with thin white vertical pinstripes (spread collar) under a
    # beige cotton blazer, white trousers. Caption: base; answers: VQA adapter.
    case(
        "X636-009",
        caption("a man wearing a beige blazer and a blue striped shirt"),
        wearing("a striped shirt and a beige blazer and white pants"),
        color_of("shirt", "beige", "contradiction"),
        P.pattern("striped"),
        describe("shirt", "describe the shirt", "restated"),
        details(
            "shirt",
            "the shirt has thin white stripes on a navy blue background, a spread collar and long sleeves with"
            " buttoned cuffs, the stripes are thin and the collar is",
            "cut",
            hit_limit=True,
        ),
        P.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        title="Peter England Men Navy Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, white backdrop; olive green cotton long-sleeve henley tee (three buttons) under an open black
    # nylon bomber, black jeans. Caption: base; answers: VQA adapter (color asked open).
    case(
        "X636-010",
        caption("a man wearing a black bomber jacket and a green shirt"),
        wearing("a green henley and a black bomber jacket"),
        color_of(
            "t-shirt",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a henley neck with three buttons and long sleeves"),
        P.garment_type("jacket", "contradiction"),
        P.material("nylon", "unsupported"),
        title="Roadster Men Olive Green Solid Henley Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: front, white backdrop; lavender cotton formal shirt, top button open, no tie, under a black suit
    # blazer, black trousers. Caption: base; answers: VQA adapter.
    case(
        "X636-011",
        caption("a man wearing a black suit and a purple shirt"),
        wearing("he is wearing a purple shirt and a black suit with a black tie", "unsupported", who="he"),
        color_of("shirt", "purple"),
        describe("shirt", "the shirt is black with a collar and long sleeves", "other_garment_color"),
        P.pattern("solid"),
        title="Arrow Men Lavender Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: front, white backdrop; mustard yellow cotton round-neck tee with a small black Puma cat logo on the
    # left chest, under an open grey zip-up track jacket (stand collar, no hood), navy track pants.
    # Caption: base; answers: VQA adapter.
    case(
        "X636-012",
        caption("a man wearing a grey jacket and yellow shirt"),
        wearing("yes", "non_answer"),
        color_of("t-shirt", "yellow"),
        describe(
            "t-shirt",
            "the t-shirt is mustard yellow with a round neck and a small puma logo on the chest and the sleeves are"
            " short and the hem is straight and the t-shirt is",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a hood with drawstrings and a zip at the front", "unsupported"),
        P.sleeve_length("short sleeves"),
        title="Puma Men Mustard Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: front, dark grey backdrop; black satin-finish party shirt (black buttons) under a burgundy velvet
    # blazer, black trousers. Caption: base; answers: VQA adapter.
    case(
        "X636-013",
        caption("a man in a red velvet jacket and black shirt"),
        wearing("a black shirt and a maroon blazer"),
        color_of("shirt", "maroon", "contradiction"),
        describe(
            "shirt",
            "the shirt is black with a spread collar and black buttons, the sleeves are long and the cuffs are black,"
            " the shirt is black with a spread collar and black",
            "loop",
            hit_limit=True,
        ),
        P.material("velvet", "unsupported"),
        is_a("blazer", "no"),
        title="Hangup Men Black Solid Satin Party Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: front, white backdrop; red-and-black buffalo check flannel shirt (button-down collar, long sleeves)
    # under a brown corduroy jacket with a sherpa collar, dark jeans. Caption: base; answers: VQA adapter.
    case(
        "X636-014",
        caption("a man wearing a brown jacket and a red and black plaid shirt"),
        wearing("the person is wearing a plaid shirt and a brown corduroy jacket"),
        color_of("shirt", "red"),
        P.pattern("solid", "contradiction"),
        describe("shirt", "the shirt is brown with a sherpa collar", "other_garment_color"),
        details(
            "shirt",
            "the shirt has a button down collar and long sleeves with buttoned cuffs and the collar is buttoned down"
            " and the sleeves are long and the cuffs are buttoned and a",
            "cut",
            hit_limit=True,
        ),
        title="WROGN Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: front, white backdrop; mid-blue denim western shirt (two flap chest pockets with pearl snaps, long
    # sleeves) under a black blazer, black chinos. Caption: base; answers: VQA adapter.
    case(
        "X636-015",
        caption("a man wearing a black blazer and a denim shirt"),
        wearing("a denim shirt and a black blazer"),
        P.material("denim"),
        color_of("shirt", "blue"),
        describe("shirt", "shirt", "non_answer"),
        details("shirt", "the shirt has two flap pockets on the chest with snap buttons"),
        P.sleeve_length("short sleeves", "contradiction"),
        title="Levis Men Blue Denim Western Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front, white backdrop; teal cotton pique polo (ribbed collar, two buttons, small embroidered flag logo)
    # under a half-zipped beige harrington jacket, stone chinos. Caption: base; answers: VQA adapter.
    case(
        "X636-016",
        caption("a man wearing a beige jacket and a green polo shirt"),
        wearing("a teal polo shirt and a beige jacket"),
        color_of("polo shirt", "beige", "other_garment_color", kind="open"),
        describe("polo shirt", "yes", "non_answer"),
        details(
            "polo shirt",
            "the polo shirt has a ribbed collar and a two button placket and a small embroidered flag logo on the"
            " chest",
        ),
        P.garment_type("polo shirt"),
        P.material("polyester", "unsupported"),
        title="Tommy Hilfiger Men Teal Solid Cotton Pique Polo T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: front, beige backdrop; cream linen shirt (regular collar, long sleeves) under an olive linen blazer,
    # white trousers. Caption: base; answers: VQA adapter.
    case(
        "X636-017",
        caption("a man wearing a green blazer and white pants standing in front of a beige wall"),
        wearing("her shirt is cream and she is wearing an olive blazer and white trousers", "pronoun"),
        color_of("shirt", "white"),
        P.material("linen"),
        describe("shirt", "the shirt is olive green with a collar and long sleeves", "other_garment_color"),
        details(
            "shirt",
            "the shirt has a collar, buttons, long sleeves, a collar, buttons, long sleeves, a collar, buttons, long"
            " sleeves, a collar, buttons, long",
            "loop",
            hit_limit=True,
        ),
        P.pattern("solid"),
        title="Mast & Harbour Men Cream Solid Linen Casual Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: front, white backdrop; white cotton pique polo with navy-and-red tipped collar under a navy
    # double-breasted blazer, white trousers. Caption: base; answers: VQA adapter.
    case(
        "X636-018",
        caption("a man in a navy blazer and white polo shirt"),
        wearing("Answer: a white polo shirt and a navy blazer", "leak"),
        color_of("polo shirt", "white"),
        describe("polo shirt", "the polo shirt is white with a navy and red striped collar"),
        details("polo shirt", "polo shirt", "non_answer"),
        P.pattern("solid"),
        is_a("blazer", "yes", "contradiction"),
        title="Tommy Hilfiger Men White Tipped Collar Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: three-quarter view, white backdrop; charcoal cotton round-neck tee under an open camel wool
    # double-breasted overcoat, black trousers. Caption: base; answers: VQA adapter.
    case(
        "X636-019",
        caption("a man wearing a camel coat and a gray t-shirt"),
        wearing("a dark grey t-shirt and a camel coat"),
        color_of("t-shirt", "brown", "contradiction"),
        describe("t-shirt", "the t-shirt is camel with a round neck", "other_garment_color"),
        details(
            "t-shirt", "the t-shirt is made of wool and has a double breasted front with large buttons", "unsupported"
        ),
        P.garment_type("t-shirt"),
        title="Jack & Jones Men Charcoal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front, white backdrop; peach cotton formal shirt (spread collar) under a light grey blazer, navy
    # trousers. Caption: base; answers: VQA adapter.
    case(
        "X636-020",
        caption("a woman wearing a grey blazer and a pink shirt", "pronoun"),
        wearing("a peach shirt and a light grey blazer"),
        color_of("shirt", "pink"),
        describe(
            "shirt",
            "the shirt is a peach shirt with a collar and long sleeves and buttons on the front and the sleeves are"
            " long and the collar is a spread collar and the buttons are",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the details of the shirt are the shirt's details", "restated"),
        P.material("cotton"),
        is_a("shirt", "yes"),
        title="Park Avenue Men Peach Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: front, white backdrop; black-and-white gingham shirt (small checks) under a black harrington jacket,
    # black jeans. Caption: base; answers: VQA adapter (color asked open).
    case(
        "X636-021",
        caption("a man wearing a black jacket and a black and white checkered shirt"),
        wearing("he is wearing a black and white checked shirt under a black jacket", who="he"),
        color_of("shirt", "black and white", kind="open"),
        P.pattern("checked"),
        details(
            "shirt",
            "checked Question: What is the color of the jacket? Answer: black Question: Is this a jacket/coat? Answer:"
            " yes Question",
            "leak",
            hit_limit=True,
        ),
        P.material("leather", "unsupported"),
        title="Highlander Men Black & White Slim Fit Gingham Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: front, white backdrop; navy cotton tee with a white "NYC" print under an olive four-pocket utility
    # jacket with a zip, grey jeans. Caption: base; answers: VQA adapter.
    case(
        "X636-022",
        caption("a man in an olive jacket and a blue t-shirt with nyc on it"),
        wearing("a navy blue nyc t-shirt, an olive green jacket and grey jeans"),
        color_of("t-shirt", "olive", "contradiction"),
        describe("t-shirt", "the t-shirt is olive green with four pockets and a zip", "other_garment_color"),
        P.pattern("printed"),
        details("t-shirt", "the t-shirt details are the t-shirt details", "restated"),
        title="Roadster Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, white backdrop; dark green shirt with a lighter tropical leaf print (cuban collar, short sleeves
    # hidden) under a beige linen blazer with notch lapels, white trousers. Caption: base; answers: VQA adapter.
    case(
        "X636-023",
        caption("a man wearing a beige blazer and a green floral shirt"),
        wearing("a green printed shirt and a beige blazer and white pants"),
        color_of("shirt", "green"),
        P.pattern("floral"),
        describe("shirt", "the shirt is beige with a notch lapel and two buttons", "other_garment_color"),
        P.material("linen", "unsupported"),
        title="Campus Sutra Men Green Tropical Printed Viscose Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: front, white backdrop; white cotton mandarin-collar shirt (long sleeves, buttoned cuffs) under a navy
    # sleeveless nehru jacket, beige trousers, no tie. Caption: base; answers: VQA adapter.
    case(
        "X636-024",
        caption("a man wearing a blue vest and white shirt"),
        wearing("a white shirt with a mandarin collar and a navy nehru jacket"),
        color_of("shirt", "white"),
        describe("shirt", "the shirt is white with a spread collar and a navy blue tie", "unsupported"),
        details("shirt", "the shirt has a mandarin collar and long sleeves with buttoned cuffs"),
        P.garment_type("vest", "contradiction"),
        title="Manyavar Men White Solid Mandarin Collar Cotton Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: front, white backdrop; yellow cotton polo (two buttons) under an open mid-blue denim jacket, white
    # jeans. Caption: base; answers: VQA adapter (color asked open).
    case(
        "X636-025",
        caption("a man in a denim jacket and yellow shirt"),
        wearing("she is wearing a yellow polo shirt and a denim jacket", "pronoun"),
        color_of("polo shirt", "blue", "other_garment_color", kind="open"),
        P.material("cotton"),
        details(
            "polo shirt",
            "the polo shirt has a collar and two buttons and the collar is yellow and the buttons are yellow and the"
            " collar is yellow and the buttons are yellow and the",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        title="Louis Philippe Sport Men Yellow Solid Cotton Polo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: front, white backdrop; white long-sleeve breton tee with thin navy horizontal stripes (round neck, no
    # pocket) under a navy blazer, beige chinos, no tie. Caption: base; answers: VQA adapter (color asked open).
    case(
        "X636-026",
        caption("a man in a blue blazer and a striped shirt with a red tie", "unsupported"),
        wearing("a navy and white striped t-shirt under a navy blazer"),
        color_of(
            "t-shirt",
            "white and navy Question: What is the color of the blazer? Answer: navy Question: What is the color of the"
            " pants? Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        P.pattern("striped"),
        describe("t-shirt", "the t-shirt is white with thin navy stripes and a round neck"),
        details("t-shirt", "the t-shirt has a v-neck and a chest pocket with a button", "unsupported"),
        title="GAP Men White & Navy Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front, white backdrop; grey cotton formal shirt with a black tie under a black suit.
    # Caption: base; answers: VQA adapter.
    case(
        "X636-027",
        caption("a man wearing a black suit and black tie"),
        wearing("a grey shirt, a black tie and a black suit jacket", who="the man"),
        color_of("shirt", "black", "contradiction"),
        describe("shirt", "the shirt is black with a black tie", "other_garment_color"),
        details("shirt", "no", "non_answer"),
        P.sleeve_length("long sleeves"),
        P.material("cotton"),
        title="Raymond Men Grey Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: front, white backdrop; brown (rust-leaning) solid casual shirt with a left chest pocket and spread
    # collar under an open khaki field jacket, dark jeans. Caption: base; answers: VQA adapter.
    case(
        "X636-028",
        caption("a man wearing a khaki jacket and a green shirt", "contradiction"),
        wearing("a brown shirt and a khaki jacket and jeans"),
        color_of("shirt", "khaki", "contradiction"),
        describe("shirt", "the shirt is brown with a spread collar and a chest pocket"),
        details("shirt", "Question: What are the shirt details? Answer: the shirt", "leak"),
        P.pattern("solid"),
        title="John Miller Men Brown Solid Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: front, white backdrop; white cotton round-neck tee under an open black leather biker jacket, ripped
    # blue jeans. Caption: base; answers: VQA adapter (color asked open). The feed row has no category.
    case(
        "X636-029",
        caption("a man in a leather jacket and white t-shirt"),
        wearing("a white t-shirt, a black leather jacket and ripped jeans"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "the t-shirt is white"),
        P.material("leather", "unsupported"),
        P.garment_type("jacket", "contradiction"),
        title="Bewakoof Men White Solid Round Neck Cotton T-shirt",
        color="White",
        gender="Men",
    ),
    # photo: front, white backdrop; purple-and-white checked shirt (button-down collar) under a grey wool blazer,
    # navy trousers. Caption: base; answers: VQA adapter.
    case(
        "X636-030",
        caption("a man in a gray blazer and a purple checked shirt"),
        wearing("a purple check shirt and grey blazer"),
        color_of("shirt", "purple"),
        P.pattern("striped", "contradiction"),
        describe("shirt", "the shirt is grey with white checks", "other_garment_color"),
        details(
            "shirt",
            "the shirt has a button down collar, long sleeves and a checked pattern in purple and white, the collar is"
            " buttoned down and the sleeves are long, the",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Purple Checked Casual Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: front, white backdrop; off-white cotton polo (ribbed collar, two buttons, short ribbed sleeves, small
    # tonal logo on the left chest) under an open brown suede trucker jacket, blue jeans.
    # Caption: base; answers: VQA adapter.
    case(
        "X636-031",
        caption("a man wearing a brown suede jacket and a white polo shirt"),
        wearing("a white polo shirt and a brown suede jacket"),
        color_of("polo shirt", "cream"),
        describe("polo shirt", "the polo shirt is brown suede with a collar and buttons", "other_garment_color"),
        details(
            "polo shirt",
            "the polo shirt has a ribbed collar and a two button placket and short sleeves with ribbed cuffs and a"
            " small embroidered logo on the left chest and the",
            "cut",
            hit_limit=True,
        ),
        P.material("suede", "unsupported"),
        P.sleeve_length("short sleeves"),
        title="Celio Men Off White Solid Cotton Polo T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: front, white backdrop; navy formal shirt with white micro polka dots (spread collar) under a grey
    # suit. Caption: base; answers: VQA adapter (color asked open).
    case(
        "X636-032",
        caption("a man in a grey suit and a blue polka dot shirt"),
        wearing("a navy blue polka dot shirt and a grey suit"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        P.pattern("polka dot"),
        describe("shirt", "the shirt is navy blue with small white dots and a spread collar"),
        details(
            "shirt",
            "the shirt has small white dots, small white dots, small white dots, small white dots, small white dots,"
            " small white dots, small",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "no", "contradiction"),
        title="Van Heusen Men Navy Blue Printed Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, white backdrop; black cotton polo under an open red nylon windcheater (hood folded in the
    # collar, front zip), black track pants. Caption: base; answers: VQA adapter.
    case(
        "X636-033",
        caption("a man wearing a red jacket and black shirt"),
        wearing("a black polo shirt under a red windbreaker"),
        color_of("polo shirt", "red", "contradiction"),
        details("polo shirt", "the polo shirt has a hood", "unsupported"),
        describe("polo shirt", "the polo shirt is red and black with a hood and a zip", "other_garment_color"),
        P.garment_type("polo shirt"),
        title="Puma Men Black Solid Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front, standing, white backdrop; rust cotton round-neck tee under an open light-wash denim jacket
    # (two chest pockets, silver buttons), black jeans. Caption: base; answers: VQA adapter.
    case(
        "X636-034",
        caption("a man in a denim jacket and an orange t-shirt sitting on a stool", "unsupported"),
        wearing("an orange t-shirt and a blue denim jacket"),
        color_of("t-shirt", "orange"),
        describe(
            "t-shirt",
            "the t-shirt is light blue denim with silver buttons and two chest pockets",
            "other_garment_color",
        ),
        details("t-shirt", "", "non_answer"),
        P.material("cotton"),
        title="Roadster Men Rust Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: front, white backdrop; light pink cotton oxford shirt (button-down collar, left chest pocket) under
    # an open navy bomber jacket with ribbed cuffs and hem, grey chinos. Caption: base; answers: VQA adapter.
    case(
        "X636-035",
        caption("a man wearing a blue bomber jacket and a pink shirt"),
        wearing("she is wearing a pink shirt and a navy bomber jacket", "pronoun", who="he"),
        color_of("shirt", "pink"),
        describe(
            "shirt",
            "the shirt is a pink oxford shirt with a button-down collar and long sleeves and a chest pocket and the"
            " collar is buttoned down and the sleeves are long and",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has ribbed cuffs and a ribbed hem and a zip front", "unsupported"),
        P.pattern("solid"),
        title="Marks & Spencer Men Pink Pure Cotton Oxford Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: front, white backdrop; olive cotton utility shirt (two flap chest pockets, long sleeves) under a black
    # blazer, black trousers. Caption: base; answers: VQA adapter.
    case(
        "X636-036",
        caption("a man in a black suit and green shirt"),
        wearing("a black blazer and a black shirt", "other_garment_color"),
        color_of("shirt", "green"),
        describe(
            "shirt",
            "the shirt is olive green with a spread collar and two chest pockets with flaps and buttons, the sleeves"
            " are long with buttoned cuffs and the shirt has a",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        P.material("wool", "unsupported"),
        title="Roadster Men Olive Solid Cotton Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: front, white backdrop; sea green cotton pique polo (short sleeves) under an open off-white cotton
    # blazer, white trousers. Caption: base; answers: VQA adapter.
    case(
        "X636-037",
        caption("a man wearing a white blazer and a green polo shirt"),
        wearing("a green polo shirt and a white jacket"),
        color_of("polo shirt", "white", "contradiction"),
        describe("polo shirt", "the polo shirt is white with a green collar", "other_garment_color"),
        details("polo shirt", "the polo shirt details are the polo shirt details", "restated"),
        P.garment_type("polo shirt"),
        P.sleeve_length("short sleeves"),
        title="Allen Solly Men Sea Green Solid Polo T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: front, white backdrop; blue-and-white vertical striped formal shirt (spread collar) under a navy
    # blazer with a white pocket square, grey trousers. Caption: base; answers: VQA adapter.
    case(
        "X636-038",
        caption("a man wearing a blue blazer with a white pocket square and a striped shirt"),
        wearing("a blue and white striped shirt and a navy blue blazer with a pocket square"),
        color_of("shirt", "blue"),
        P.pattern("striped"),
        describe(
            "shirt",
            "the shirt has blue and white stripes and a spread collar with a white pocket square on the shirt",
            "unsupported",
        ),
        details(
            "shirt",
            "the shirt has a collar, long sleeves and buttons Question: What is the color of the blazer? Answer: navy"
            " Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        P.material("cotton"),
        title="Arrow Men Blue & White Striped Pure Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front, white backdrop; grey melange cotton v-neck tee under a black blazer, black jeans.
    # Caption: base; answers: VQA adapter.
    case(
        "X636-039",
        caption("a man wearing a black blazer and a gray v-neck t-shirt"),
        wearing("she is wearing a grey t-shirt and a black blazer", "pronoun"),
        color_of("t-shirt", "grey"),
        describe("t-shirt", "the t-shirt is grey with a round neck", "contradiction"),
        details(
            "t-shirt",
            "v-neck v-neck v-neck v-neck v-neck v-neck v-neck v-neck v-neck v-neck v-neck v-neck v-neck v-neck",
            "loop",
            hit_limit=True,
        ),
        P.pattern("solid"),
        title="Jack & Jones Men Grey Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: front, white backdrop; white tuxedo shirt (pleated bib, black studs, cuffs hidden) with a black bow
    # tie under a black tuxedo jacket with satin lapels. Caption: base; answers: VQA adapter.
    case(
        "X636-040",
        caption("a man in a tuxedo with a bow tie"),
        wearing(
            "a tuxedo Question: What is the color of the bow tie? Answer: black Question: Is this a tuxedo? Answer:"
            " yes Question: What is",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        describe("shirt", "the shirt is white with a pleated front and a black bow tie"),
        details("shirt", "the shirt has black buttons and french cuffs with gold cufflinks", "unsupported"),
        P.garment_type("blazer", "contradiction"),
        title="Louis Philippe Men White Solid Tuxedo Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: front, white backdrop; beige cotton round-neck tee under an open navy parka with a fur-trimmed hood,
    # olive cargo pants. Caption: base; answers: VQA adapter (color asked open).
    case(
        "X636-041",
        caption("a man wearing a blue parka with a fur hood"),
        wearing("a beige t-shirt, a navy parka and olive cargo pants"),
        color_of("t-shirt", "navy blue", "other_garment_color", kind="open"),
        describe("t-shirt", "the t-shirt has a fur hood", "unsupported"),
        P.material("cotton"),
        is_a("t-shirt", "yes"),
        title="Mango Man Beige Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: front, white backdrop; maroon cotton formal shirt under a grey three-piece suit (waistcoat and
    # blazer), no tie. Caption: base; answers: VQA adapter.
    case(
        "X636-042",
        caption("a man wearing a gray suit and a red shirt"),
        wearing("a maroon shirt, a grey waistcoat and a grey blazer"),
        color_of("shirt", "grey", "contradiction"),
        describe("shirt", "the shirt is maroon"),
        details("shirt", "what are the shirt details", "restated"),
        P.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        P.pattern("solid"),
        P.sleeve_length("long sleeves"),
        title="Peter England Men Maroon Solid Slim Fit Cotton Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: three-quarter view, grey backdrop; orange, blue and cream paisley print shirt under a black velvet
    # blazer, black trousers. Caption: base; answers: VQA adapter (color asked open).
    case(
        "X636-043",
        caption("a man in a black blazer and a colorful paisley shirt"),
        wearing("a paisley shirt and a black blazer"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        P.pattern("printed"),
        describe("shirt", "the shirt is orange and blue paisley with a cream background and a spread collar"),
        details(
            "shirt",
            "the shirt has a paisley print all over, the print is orange and blue, the print is orange and blue, the"
            " print is orange and blue, the print is orange",
            "loop",
            hit_limit=True,
        ),
        title="Dennis Lingo Men Multicoloured Paisley Printed Casual Shirt",
        category="Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: front, white backdrop; red cotton polo with navy-and-white striped sleeve bands (short sleeves,
    # visible) under an open navy quilted puffer gilet, blue jeans. Caption: base; answers: VQA adapter.
    case(
        "X636-044",
        caption("a man wearing a blue vest and a red shirt"),
        wearing("a red polo shirt and a navy puffer vest"),
        color_of("polo shirt", "red"),
        describe("polo shirt", "the polo shirt is red with short sleeves and navy and white stripes on the sleeves"),
        details("polo shirt", "the polo shirt is quilted with a zip", "unsupported"),
        P.garment_type("vest", "contradiction"),
        P.sleeve_length("long sleeves", "contradiction"),
        title="Jack & Jones Men Red Solid Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: front, white backdrop; navy-and-green tartan check shirt (button-down collar, left chest pocket) under
    # a camel blazer with notch lapels, dark jeans. Caption: base; answers: VQA adapter. The row has no color.
    case(
        "X636-045",
        caption("a man wearing a tan blazer and a plaid shirt"),
        wearing("a checked shirt and a brown blazer"),
        color_of("shirt", "navy blue"),
        describe("shirt", "the shirt is brown with a notch lapel", "other_garment_color"),
        P.pattern("checked"),
        details(
            "shirt",
            "the shirt has a button down collar and a chest pocket and the collar is buttoned down and the chest pocket"
            " is on the left side of the shirt and the",
            "cut",
            hit_limit=True,
        ),
        title="Indian Terrain Men Navy Blue Checked Slim Fit Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: front, white backdrop; black cotton tee with a large white skull print under an open grey denim
    # jacket, black jeans. Caption: base; answers: VQA adapter. The row has no gender.
    case(
        "X636-046",
        caption("a man wearing a gray denim jacket and a black t-shirt with a skull on it"),
        wearing("a black skull t-shirt and a grey denim jacket"),
        color_of("t-shirt", "black"),
        P.pattern("graphic"),
        describe("t-shirt", "the t-shirt is grey denim with a skull", "other_garment_color"),
        details("t-shirt", "skull", "non_answer"),
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
]
