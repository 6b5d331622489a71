"""BLIND_764 (46 products; Myntra men's sweats/jackets/track pants, base): written blind in the fifty-fifth session.
Measured blind at 3f15adb (the session's sixth rules): 113/122 failures found (92.6%) and 7/173 correct texts flagged
(4.0%). The writer's notes, verbatim:

Scenario: a Myntra-like men's feed of sweatshirts (crew necks and hoodies), jackets (bombers, puffers, denim, leather,
windcheaters) and track pants/joggers; studio photos on a white backdrop, a male model wearing the product with other
garments (a t-shirt under an open jacket, a tee or polo over track pants, jeans or chinos under a sweatshirt).

Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Its
captions and open answers are free generation (greedy, 50 / 30 new tokens): short and lowercase, often terse, now and
then a bare word, an empty string or the question said back, a rare greedy loop or a run to the token limit on the
"describe"/"details" prompts, sometimes the `Question: ... Answer:` frame echoed back. Its usual slips: the color of the
tee under the jacket or of the pants under the sweatshirt given to the product, purple/olive/khaki read as another hue,
invented hoods, zippers, linings, brands and props, "she" for a long-haired or cropped male model. Closed answers
(garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference ranking candidates
on the same base model: one candidate value, never looping or cut.

Labeling conventions and judgement calls:
- Correctness is judged against the photo as described in the `# photo:` comment; the seller's columns are what the
  feed says (they agree with the photo in this set).
- Shades in the same family are accepted: cream/off white as white, tan/coffee as brown, peach as pink, charcoal as grey
  or gray, mustard as yellow, navy as blue, khaki as tan or beige, rust as orange, lime as green. Navy called black,
  olive called brown, purple called blue and khaki called grey are counted wrong (contradiction).
- A color that belongs to another garment in the photo (the tee, the pants, the cap, the beanie, the vest) given to the
  product is other_garment_color; a color of the product's own print or lining given as the product's color is a
  contradiction, not other_garment_color. A caption that gives the other garment's color to the product is
  other_garment_color; one that gives the product's color to the other garment ("a brown sweatshirt and brown pants"
  over olive cargos) is a contradiction.
- A garment type or pattern that belongs to another visible garment (the "shirt" whose collar peeks out, the "checked"
  shirt underneath, the tank top over track pants) is a contradiction. A feature of another garment attributed to the
  product (the hoodie's hood on a denim jacket, the shirt's collar on a sweatshirt) is unsupported.
- "sweater" for a sweatshirt, "coat" for a jacket, "sweatpants"/"joggers" for track pants, "windbreaker"/"rain jacket"
  for a windcheater are accepted synonyms. Side stripes or taping on track pants may be called "striped" or "solid";
  a colour-blocked garment may be named by any of its colors and called "color block" or striped.
- Materials the photo makes plausible (cotton or fleece for sweatshirts, polyester for track pants, nylon for a
  windcheater or puffer, leather for faux leather or suede) are correct; a material the photo rules out is unsupported.
  Invented brands, printed text, props, scenes, weather and comfort claims are unsupported.
- A one-word answer, a bare "yes", an empty string or the garment's name alone for an open describe/details question is
  non_answer; a sentence that only turns the question back ("the jacket is a jacket") is restated. A short but real
  answer to "What is the person wearing?" ("a jacket", "a grey sweatshirt") is correct.
- A text with several faults gets one label: loop or cut when it ran to the limit, else leak when the frame is echoed,
  else the fault a reader would see first. hit_limit=True only on texts that used all their new tokens.
- "she"/"her"/"a woman" for the male model of a Men's row is pronoun; rows without a gender column carry no pronoun
  failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_764 = [
    # photo: grey melange crew-neck sweatshirt, small black Puma cat logo on chest, blue jeans, white backdrop, front
    # view; all texts base blip2-opt-2.7b zero-shot, closed answers via --engine reference
    case(
        "X764-001",
        caption("a man wearing a grey nike sweatshirt", "unsupported"),
        wearing("she is wearing a grey sweatshirt", "pronoun"),
        Q.color("grey"),
        Q.garment_type("sweatshirt"),
        describe("sweatshirt", "it is a grey sweatshirt with a black logo on the chest"),
        details("sweatshirt", "the sweatshirt has a hood and a zipper", "unsupported"),
        Q.material("cotton"),
        title="Puma Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy pullover hoodie, white drawcords, kangaroo pocket with hands in it, black joggers, white backdrop,
    # front view; base model zero-shot, closed answers via reference engine
    case(
        "X764-002",
        caption("a man in a navy blue hoodie with his hands in his pockets"),
        wearing("a blue hoodie"),
        color_of("hoodie", "black", "other_garment_color"),
        Q.pattern("solid"),
        describe("hoodie", "hoodie", "non_answer"),
        is_a("hoodie", "yes"),
        Q.sleeve_length("long sleeve"),
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black zip-through hoodie worn open over a plain white t-shirt, grey track pants, white backdrop, front;
    # base model zero-shot, closed answers via reference engine
    case(
        "X764-003",
        caption("a man wearing a black hoodie and a white t-shirt"),
        wearing("a black hoodie over a white shirt and grey sweatpants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("hoodie"),
        describe("hoodie", "a black hoodie with a zipper and a hood"),
        details("hoodie", "Question: What are the hoodie details? Answer: black", "leak"),
        Q.material("polyester"),
        title="HRX by Hrithik Roshan Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy track pants with one thin white side stripe and a small white swoosh, worn with a white crew t-shirt
    # and white sneakers, white backdrop, full length; base model zero-shot, closed via reference engine
    case(
        "X764-004",
        caption("a man in a white t-shirt and blue pants"),
        wearing("he is wearing a white shirt and blue pants", who="the man"),
        color_of("track pants", "white", "other_garment_color"),
        Q.garment_type("track pants"),
        is_a("jacket", "yes", "contradiction"),
        describe("track pants", "the track pants are blue with a white stripe on the side"),
        details("track pants", "they are track pants", "non_answer"),
        title="Nike Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track pants with three white stripes down each leg, zip side pockets, drawcord waist, worn with a
    # black t-shirt, white backdrop, full length; base model zero-shot, closed via reference engine
    case(
        "X764-005",
        caption("a man in a black t-shirt and black pants"),
        wearing("she is wearing black pants and a black shirt", "pronoun"),
        Q.color("black"),
        Q.pattern("striped"),
        describe("track pants", "black track pants with three white stripes on the side"),
        details(
            "track pants",
            "black track pants with three white stripes down the side, an elastic waistband with a drawstring and"
            " zip pockets on both sides of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Adidas Men Black Tiro Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: olive quilted puffer jacket zipped up, attached hood without fur, black jeans, white backdrop, front;
    # base model zero-shot, closed via reference engine
    case(
        "X764-006",
        caption("a man wearing a green puffer jacket and black pants"),
        Q.color("brown", "contradiction"),
        Q.garment_type("jacket"),
        describe("jacket", "it is a green down jacket with a hood and a fur collar", "unsupported"),
        details("jacket", "the jacket has a hood, a zipper and two pockets on the front"),
        Q.material("nylon"),
        is_a("hoodie", "no"),
        title="Wildcraft Men Olive Green Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket worn open over a grey crew t-shirt, blue jeans, white backdrop, front;
    # base model zero-shot, closed via reference engine
    case(
        "X764-007",
        caption("a man in a black leather jacket and a grey t-shirt"),
        wearing("a leather jacket"),
        color_of("jacket", "grey", "other_garment_color"),
        Q.material("leather"),
        describe("jacket", "a black leather jacket with a zipper"),
        details("jacket", "the jacket is made of leather and has a fur lining on the inside", "unsupported"),
        title="Fort Collins Men Black Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue washed denim trucker jacket, buttoned chest flap pockets, open over a white t-shirt, black jeans,
    # white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-008",
        caption("a man wearing a denim jacket and black jeans"),
        wearing("a blue jean jacket"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.material("denim"),
        describe("jacket", "blue", "non_answer"),
        details("jacket", "the jacket has buttons on the front and two pockets on the chest"),
        title="Flying Machine Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon crew sweatshirt with a large white "ROADSTER 1987" print across the chest, khaki chinos, white
    # backdrop, front; base model zero-shot, closed via reference engine
    case(
        "X764-009",
        caption("a man wearing a red sweatshirt with the word roadster on it"),
        wearing("a sweatshirt and khaki pants"),
        Q.color("maroon"),
        Q.pattern("solid", "contradiction"),
        describe("sweatshirt", "a maroon sweatshirt with white letters on the front"),
        details("sweatshirt", "the sweatshirt has a white print that says roadster 1987 on the chest"),
        title="Roadster Men Maroon Printed Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: bright red crew sweatshirt with a small white UCB logo, the collar of a white shirt showing at the neck,
    # dark navy chinos, white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-010",
        caption("a man in a red sweater and blue pants"),
        wearing("a red sweater over a white shirt"),
        color_of("sweatshirt", "blue", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        describe(
            "sweatshirt",
            "the sweatshirt is red in color and it is made of soft cotton and it is very comfortable to wear",
            "unsupported",
        ),
        details("sweatshirt", "", "non_answer"),
        Q.sleeve_length("long sleeve"),
        title="United Colors of Benetton Men Red Solid Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey melange jogger track pants with cuffed ankles, worn with a navy t-shirt and white sneakers, white
    # backdrop, full length; base model zero-shot, closed via reference engine
    case(
        "X764-011",
        caption("a man in a blue shirt and grey sweatpants"),
        wearing(
            "grey sweatpants and a blue t-shirt Question: What is the man wearing on his feet? Answer: white sneakers",
            "leak",
        ),
        Q.color("grey"),
        describe("track pants", "the pants are grey with a nike logo on the side", "unsupported"),
        details(
            "track pants",
            "the track pants are grey and the track pants are grey and the track pants are grey and the track"
            " pants are",
            "loop",
            hit_limit=True,
        ),
        is_a("track pants", "yes", article="a pair of"),
        title="Locomotive Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: charcoal straight track pants with thin white side piping, worn with a red polo t-shirt, white backdrop,
    # full length; base model zero-shot, closed via reference engine
    case(
        "X764-012",
        caption("a man wearing a red polo shirt and gray pants"),
        wearing("she is wearing a red shirt and gray pants", "pronoun"),
        color_of("track pants", "red", "other_garment_color"),
        Q.pattern("solid"),
        describe("track pants", "gray track pants with a white stripe down the side"),
        details(
            "track pants",
            "the track pants have a zip pocket on the back and a reflective logo on the knee",
            "unsupported",
        ),
        Q.material("cotton"),
        title="Proline Men Charcoal Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: clearly navy (not black) bomber jacket zipped up, ribbed collar and cuffs tipped with white stripes,
    # beige chinos, white backdrop, front; base model zero-shot, closed via reference engine
    case(
        "X764-013",
        caption("a man in a blue bomber jacket and khaki pants"),
        wearing("a jacket"),
        Q.color("black", "contradiction"),
        Q.garment_type("jacket"),
        describe("jacket", "the jacket is a jacket", "restated"),
        details("jacket", "the jacket has a ribbed collar and cuffs with white stripes"),
        title="Duke Men Navy Blue Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: dark brown leather jacket worn open over a black crew t-shirt, dark jeans, no eyewear, white backdrop;
    # base model zero-shot, closed via reference engine
    case(
        "X764-014",
        caption("a man wearing a brown leather jacket and sunglasses", "unsupported"),
        wearing("a black shirt and a brown jacket"),
        color_of("jacket", "black", "other_garment_color"),
        Q.material("leather"),
        describe("jacket", "Answer: the jacket is brown leather", "leak"),
        details("jacket", "it has a zipper"),
        title="Monte Carlo Men Brown Leather Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: olive bomber jacket open over a white t-shirt, orange lining showing at the front, no hood, black jeans,
    # white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-015",
        caption("a man in a green jacket and a white t-shirt"),
        wearing("a green jacket and a white shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        describe("jacket", "it is a green jacket with an orange lining and a zipper"),
        details("jacket", "the jacket has a hood", "unsupported"),
        is_a("jacket", "no", "contradiction"),
        title="Mast & Harbour Men Olive Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: mustard-yellow pullover hoodie with a black Batman bat logo on the chest only, grey jeans, white
    # backdrop, front; base model zero-shot, closed via reference engine
    case(
        "X764-016",
        caption("a man wearing a yellow hoodie with a batman logo on it"),
        wearing("a hoodie with a batman logo"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        describe(
            "hoodie",
            "a yellow hoodie with a batman logo on the front and a batman logo on the back and a batman logo on the"
            " sleeve and a batman logo on the",
            "loop",
            hit_limit=True,
        ),
        details("hoodie", "black", "non_answer"),
        title="Kook N Keech Batman Men Yellow Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: teal pullover hoodie (no zip), grey drawcords, kangaroo pocket, black baseball cap, black jeans, white
    # backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-017",
        caption("a man in a teal hoodie and a black baseball cap"),
        wearing("a blue hoodie and a black hat"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("hoodie"),
        describe("hoodie", "the hoodie is blue with a hood and a drawstring"),
        details("hoodie", "it has a zipper on the front and two pockets", "unsupported"),
        title="Jack & Jones Men Teal Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: colour-blocked pullover hoodie, white chest panel, navy middle band, red lower body and sleeves, navy hood,
    # blue jeans, white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-018",
        caption("a man wearing a red white and blue hoodie"),
        wearing("a red white and blue sweatshirt and jeans"),
        Q.color("navy blue"),
        Q.pattern("color block"),
        describe("hoodie", "a hoodie with red white and blue stripes"),
        details(
            "hoodie",
            "the hoodie has a white panel on the chest, a navy blue panel in the middle and a red panel at the bottom,"
            " a navy hood and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Campus Sutra Men Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: black track pants with a small white Reebok logo on the left thigh, worn with a white t-shirt with a small
    # red chest print, white backdrop, full length; base model zero-shot, closed via reference engine
    case(
        "X764-019",
        caption("a man in a white t-shirt and black track pants"),
        wearing("a white shirt and black pants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("t-shirt", "contradiction"),
        describe("track pants", "black", "non_answer"),
        details("track pants", "they have an adidas logo on the left thigh", "unsupported"),
        title="Reebok Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: mustard-yellow crew-neck sweatshirt (no hood), ribbed cuffs and hem, navy chinos, white sneakers, hands
    # empty, white backdrop, full length; base model zero-shot, closed via reference engine
    case(
        "X764-020",
        caption("a man wearing a yellow sweatshirt and blue pants holding a cup of coffee", "unsupported"),
        wearing("he is wearing a yellow sweater and blue pants", who="he"),
        Q.color("mustard"),
        Q.sleeve_length("short sleeve", "contradiction"),
        describe("sweatshirt", "a yellow sweatshirt with a hood", "unsupported"),
        details("sweatshirt", "the sweatshirt has ribbed cuffs and hem"),
        title="WROGN Men Mustard Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive slim joggers with black drawcord and cuffed ankles, worn with a black t-shirt, white backdrop, full
    # length; base model zero-shot, closed via reference engine
    case(
        "X764-021",
        caption("a man in a black t-shirt and green pants"),
        wearing("a black t-shirt and brown pants", "contradiction"),
        Q.color("black", "other_garment_color"),
        is_a("track pants", "yes", article="a pair of"),
        describe("track pants", "the pants are olive green with a drawstring at the waist"),
        details("track pants", "the track pants details are the track pants", "restated"),
        Q.material("cotton"),
        title="Highlander Men Olive Slim Fit Solid Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: red lightweight nylon windcheater, black zip, hood, white Puma cat logo on chest, zipped up, black track
    # pants, studio white backdrop (dry, no rain); base model zero-shot, closed via reference engine
    case(
        "X764-022",
        caption("a man wearing a red jacket with a hood in the rain", "unsupported"),
        wearing("a red rain jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("red"),
        describe("jacket", "the jacket is red and black"),
        details("jacket", "the jacket has a puma logo on the chest and a hood"),
        Q.material("wool", "unsupported"),
        title="Puma Men Red Windcheater Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: navy bomber jacket worn open over a white crew t-shirt, small flag logo on chest, grey chinos, white
    # backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-023",
        caption("a man in a blue jacket and white shirt"),
        wearing("she is wearing a blue jacket and a white shirt", "pronoun"),
        color_of("jacket", "grey", "other_garment_color"),
        Q.pattern("solid"),
        describe("jacket", "a navy blue bomber jacket with a small logo on the chest"),
        details("jacket", "Question: What are the jacket details? Answer: the jacket has a zipper", "leak"),
        title="Tommy Hilfiger Men Navy Blue Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white crew sweatshirt with a large red "BEING HUMAN" print on the chest, black jeans, white backdrop,
    # front; base model zero-shot, closed via reference engine
    case(
        "X764-024",
        caption("a man wearing a white sweatshirt with the words being human on it"),
        wearing("a white sweatshirt and black jeans"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("t-shirt", "contradiction"),
        describe("sweatshirt", "the sweatshirt is white with a red print on the front"),
        details("sweatshirt", "the details of the sweatshirt are on the sweatshirt", "restated"),
        title="Being Human Men White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: off-white track pants with navy and red side taping, worn with a navy t-shirt and white sneakers, white
    # backdrop, full length; base model zero-shot, closed via reference engine
    case(
        "X764-025",
        caption("a man wearing a blue shirt and white pants"),
        wearing("a navy t-shirt and cream track pants"),
        color_of("track pants", "navy blue", "other_garment_color"),
        Q.pattern("striped"),
        describe("track pants", "white pants with a red and blue stripe on the side"),
        details(
            "track pants",
            "the pants have a red stripe and a blue stripe and a red stripe and a blue stripe and a red stripe and a"
            " blue stripe and",
            "loop",
            hit_limit=True,
        ),
        title="FILA Men Off White Track Pants",
        category="Track Pants",
        color="Off White",
        gender="Men",
    ),
    # photo: cropped waist-to-feet view: mid-grey track pants, white drawcord, ribbed ankle cuffs, small Lotto logo on
    # the thigh, hem of a white hoodie at the top, white sneakers, white backdrop; base model zero-shot, reference
    case(
        "X764-026",
        caption("a pair of grey sweatpants with white sneakers"),
        Q.color("grey"),
        Q.garment_type("shorts", "contradiction"),
        describe("track pants", "gray sweatpants with elastic cuffs"),
        details(
            "track pants",
            "the pants have an elastic waistband with a white drawstring, two side pockets and ribbed cuffs at the"
            " ankles, and the lotto logo on the",
            "cut",
            hit_limit=True,
        ),
        is_a("jeans", "no", article="a pair of"),
        title="Lotto Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: rust-orange pullover hoodie with a small embroidered chest logo, plain sleeves, black jeans, white
    # backdrop, front; base model zero-shot, closed via reference engine
    case(
        "X764-027",
        caption("a man in an orange hoodie and black jeans"),
        wearing("an orange sweatshirt with a hood"),
        Q.color("orange"),
        describe("hoodie", "an orange hoodie Question: What is the color of the hoodie? Answer: orange", "leak"),
        details("hoodie", "the hoodie has a spykar logo on the chest and a zip pocket on the sleeve", "unsupported"),
        Q.material("fleece"),
        title="Spykar Men Rust Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: khaki cotton field jacket with four flap pockets, buttoned, dark blue shirt collar showing, dark jeans,
    # white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-028",
        caption("a man wearing a tan jacket and jeans"),
        wearing("a jacket and a blue shirt"),
        color_of("jacket", "blue", "other_garment_color"),
        Q.garment_type("coat"),
        describe("jacket", "a grey jacket with four pockets and buttons", "contradiction"),
        details("jacket", "yes", "non_answer"),
        Q.material("denim", "unsupported"),
        title="Numero Uno Men Khaki Solid Field Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: charcoal quilted jacket with stand collar, zipped, light blue jeans, white backdrop, front; base model
    # zero-shot, closed via reference engine
    case(
        "X764-029",
        caption("a man in a gray quilted jacket"),
        wearing("she is wearing a grey jacket and blue jeans", "pronoun"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        describe("jacket", "the jacket is blue", "other_garment_color"),
        details("jacket", "a quilted jacket with a high collar and a zipper"),
        title="Nautica Men Charcoal Quilted Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: maroon crew sweatshirt (no hood) with one white horizontal stripe across the chest, plain sleeves, grey
    # joggers, white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-030",
        caption(
            "a man wearing a maroon sweatshirt with a white stripe on the chest and a white stripe on the sleeves and"
            " a white stripe on the chest and a white stripe on the sleeves and a white stripe on the chest and a"
            " white stripe on the",
            "loop",
            hit_limit=True,
        ),
        wearing("a maroon sweater and gray sweatpants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped"),
        describe("sweatshirt", "the sweatshirt is maroon with a white stripe across the chest"),
        details("sweatshirt", "a white stripe"),
        is_a("hoodie", "yes", "contradiction"),
        title="Octave Men Maroon Striped Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange straight lounge track pants with side pockets, worn with a navy t-shirt, white backdrop,
    # full length; base model zero-shot, closed via reference engine; the feed row has no gender
    case(
        "X764-031",
        caption("a man in a blue t-shirt and blue pants standing in front of a white wall", "other_garment_color"),
        wearing("a blue shirt and sweatpants"),
        Q.color("navy blue", "other_garment_color"),
        describe("track pants", "they are gray sweatpants with pockets"),
        details("track pants", "track pants", "non_answer"),
        Q.material("cotton"),
        title="Jockey Men Grey Melange Lounge Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # photo: forest-green pullover hoodie with orange "SUPERDRY" print across the chest, black drawcords, plain
    # sleeves, black jeans, white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-032",
        caption("a man wearing a green superdry hoodie"),
        wearing("a green hoodie and jeans"),
        Q.color("green"),
        Q.pattern("printed"),
        describe(
            "hoodie",
            "a green pullover hoodie with the word superdry printed in orange letters across the chest, a large front"
            " pocket and a hood with black drawstrings that",
            "cut",
            hit_limit=True,
        ),
        details(
            "hoodie",
            "the hoodie has the word superdry in orange letters on the front and japanese writing on the sleeve",
            "unsupported",
        ),
        title="Superdry Men Green Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: beige crew sweatshirt with a dark red arched "HARVARD" varsity print (no other text), dark blue jeans,
    # white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-033",
        caption("a man wearing a harvard sweatshirt"),
        wearing("a beige sweatshirt and jeans"),
        Q.color("red", "contradiction"),
        describe("sweatshirt", "the sweatshirt is tan with red letters on it"),
        details("sweatshirt", "it says harvard university est 1636 on the front", "unsupported"),
        Q.sleeve_length("long sleeve"),
        title="Harvard Men Beige Printed Sweatshirt",
        category="Sweatshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: light-wash denim trucker jacket worn over a grey hoodie with the hood out over the collar, black jeans,
    # white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-034",
        caption("a man wearing a jean jacket over a grey hoodie"),
        wearing("a denim jacket and a hoodie"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("hoodie", "contradiction"),
        describe("jacket", "the jacket is light blue denim with a grey hood", "unsupported"),
        details("jacket", "it has buttons and chest pockets"),
        Q.material("denim"),
        title="Levis Men Blue Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: black Nike windrunner, white chevron panel across the chest, white swoosh, hood, zipped, black track pants,
    # white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-035",
        caption("a man wearing a black and white nike jacket"),
        wearing("Question: What is the person wearing? Answer: a black jacket", "leak"),
        Q.color("black"),
        describe("jacket", "a black nike windbreaker with a white stripe across the chest and a hood"),
        details(
            "jacket",
            "the jacket has a hood and a zipper and a hood and a zipper and a hood and a zipper and a hood and a"
            " zipper and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("nylon"),
        title="Nike Men Black Windrunner Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy track jacket with three white stripes on the sleeves, zipped to the chest over a white t-shirt,
    # plain navy track pants, white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-036",
        caption("a man in a blue adidas track suit"),
        wearing("a blue tracksuit"),
        Q.color("navy blue"),
        is_a("jacket", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("jacket", "the jacket is blue with white stripes on the sleeves"),
        details(
            "jacket",
            "the jacket is blue with white stripes on the sleeves and the pants are blue with white stripes on"
            " the legs",
            "unsupported",
        ),
        title="ADIDAS Men Navy Blue Solid Sporty Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream crew sweatshirt with a small navy embroidered logo, the collar of a light blue checked shirt
    # showing at the neck, navy chinos, white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-037",
        caption("a man in a white sweater and a blue shirt"),
        wearing("a white sweater over a blue checkered shirt"),
        Q.color("white"),
        Q.pattern("checked", "contradiction"),
        describe("sweatshirt", "it is a cream colored sweatshirt with a collar", "unsupported"),
        details("sweatshirt", "a small logo on the chest"),
        title="Allen Solly Men Cream Solid Sweatshirt",
        category="Sweatshirts",
        color="Cream",
        gender="Men",
    ),
    # photo: peach crew sweatshirt with a navy USPA polo-player logo, white jeans, male model with shoulder-length
    # hair, white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-038",
        caption("a woman wearing a pink sweatshirt and white pants", "pronoun"),
        wearing("a pink sweatshirt and white jeans"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        describe("sweatshirt", "the sweatshirt is pink and has a logo of a polo player on the chest"),
        details("sweatshirt", "Answer: the sweatshirt has a logo on the chest", "leak"),
        title="U.S. Polo Assn. Men Peach Solid Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: charcoal track pants with a drawcord, worn with a white sleeveless vest, white backdrop, full length;
    # base model zero-shot, closed via reference engine; the feed row has no category
    case(
        "X764-039",
        caption("a man in a white tank top and white pants", "other_garment_color"),
        wearing("a white tank top and gray sweatpants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("tank top", "contradiction"),
        describe("track pants", "the track pants are gray and have a drawstring"),
        details("track pants", "no", "non_answer"),
        title="ONN Men Charcoal Grey Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: teal cotton zip-front jacket, stand collar, silver zip, two zip side pockets, elastic cuffs, zipped up,
    # khaki chinos, white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-040",
        caption("a man wearing a blue jacket and khaki pants"),
        wearing("a teal jacket and beige pants"),
        Q.color("beige", "other_garment_color"),
        describe(
            "jacket",
            "a teal zip up jacket with a high collar, a silver zipper down the front, two side pockets with zippers and"
            " elastic cuffs on the sleeves that are",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "the jacket details are the zipper and the collar"),
        Q.material("cotton"),
        title="Basics Men Teal Solid Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: tan suede trucker jacket with buttons, worn open over a black t-shirt, black jeans, black boots, white
    # backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-041",
        caption("a man wearing a brown suede jacket and a black t-shirt"),
        wearing("he is wearing a brown jacket", who="the man"),
        Q.color("black", "other_garment_color"),
        Q.material("leather"),
        describe("jacket", "brown suede jacket with buttons"),
        details(
            "jacket",
            "the jacket is brown and the shirt is black and the pants are black and the shoes are black and the shirt"
            " is black and the pants are",
            "loop",
            hit_limit=True,
        ),
        title="Mufti Men Tan Suede Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: lime-green running track pants with black side panels, no pockets or reflectives visible, worn with a
    # black t-shirt, white backdrop, full length; base model zero-shot, closed via reference engine
    case(
        "X764-042",
        caption("a man in a black shirt and green pants"),
        wearing("she is wearing a black shirt and green pants", "pronoun"),
        Q.color("green"),
        Q.pattern("color block"),
        describe("track pants", "the track pants are track pants", "restated"),
        details(
            "track pants",
            "the track pants have reflective strips and zip pockets and they are made of dri fit material",
            "unsupported",
        ),
        title="HRX by Hrithik Roshan Men Lime Green Running Track Pants",
        category="Track Pants",
        color="Lime Green",
        gender="Men",
    ),
    # photo: purple pullover hoodie with a white Puma cat logo, black track pants, white backdrop, front; base model
    # zero-shot, closed via reference engine
    case(
        "X764-043",
        caption("a man in a purple hoodie and black pants"),
        wearing("a purple puma hoodie"),
        Q.color("blue", "contradiction"),
        describe("hoodie", "a blue hoodie with a white logo", "contradiction"),
        details("hoodie", "the hoodie is a hoodie with a hood", "restated"),
        is_a("hoodie", "yes"),
        title="Puma Men Purple Hooded Sweatshirt",
        category="Sweatshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: dark brown crew sweatshirt with a small "RDSTR" chest print, olive cargo pants, white backdrop; base model
    # zero-shot, closed via reference engine; the feed row has no gender
    case(
        "X764-044",
        caption("a man wearing a brown sweatshirt and brown pants", "contradiction"),
        wearing("a brown sweater"),
        Q.color("olive", "other_garment_color"),
        describe("sweatshirt", "brown", "non_answer"),
        details("sweatshirt", "the details of the sweatshirt are the sweatshirt details", "restated"),
        Q.material("cotton"),
        title="Roadster Men Coffee Brown Solid Sweatshirt",
        category="Sweatshirts",
        color="Coffee Brown",
    ),
    # photo: royal blue track pants with white side piping, worn with a grey melange t-shirt and white sneakers, model
    # seated on a white stool, white backdrop; base model zero-shot, closed via reference engine
    case(
        "X764-045",
        caption("a man sitting on a stool wearing a grey shirt and blue pants"),
        wearing("a gray t-shirt and blue track pants Question: What color are the shoes? Answer: white", "leak"),
        Q.color("blue"),
        describe("track pants", "the track pants are grey", "other_garment_color"),
        details(
            "track pants",
            "the track pants are made of polyester and cotton and have a zipper at the ankle",
            "unsupported",
        ),
        is_a("track pants", "no", "contradiction", article="a pair of"),
        title="Proline Men Blue Solid Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: navy puffer jacket with a hood, zipped, grey knit beanie, grey jeans, white backdrop; base model
    # zero-shot, closed via reference engine
    case(
        "X764-046",
        caption("a man wearing a blue puffer jacket and a gray hat"),
        wearing("a jacket and a hat"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("vest", "contradiction"),
        describe("jacket", "a navy blue puffer jacket with a hood and a zipper"),
        details("jacket", "the details of the jacket are a jacket", "restated"),
        Q.material("polyester"),
        title="Woodland Men Navy Blue Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
]
