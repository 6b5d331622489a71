"""BLIND_897 (46 products; Myntra men's athleisure, base BLIP-2 zero-shot): written blind in the fifty-seventh session.
Measured blind at 5c6e95a (the session's third rules): 121/138 failures found (87.7%) and 6/196 correct texts flagged
(3.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's winter and athleisure wear: Sweatshirts (crew necks and hoodies, pullover and
zip-up), Jackets (bombers, puffers, parkas, denim, biker, fleece, track jackets, a sleeveless padded jacket) and
Track Pants (joggers, lounge pants). Catalog photos on a white backdrop, a model wearing the product with other
clothes: jeans or joggers under the tops, a t-shirt or polo over the track pants, t-shirts under open jackets. One
photo is cropped at the waist, one model sits on a stool.

Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, greedy, with the
`Question: ... Answer:` prompt; no adapter. Captions are short and lowercase ("t - shirt" and "spider - man" as
OPT's tokenizer spaces them). Open answers are short and usually stop on the newline; a few long descriptions run to
the 30-token limit, either looping on a phrase or cut mid-phrase. The base model often echoes the prompt format
("Answer: ...", or goes on to a next "Question: ... Answer: ..."), names the top's or the jeans' color for the
product, calls navy black and beige white, invents hoods, zippers, fur and back prints, and calls the male model a
woman now and then. Closed answers (garment type, color, pattern, sleeve length, yes/no garment questions) come
from enrich's reference engine, one candidate value each.

Labeling conventions and judgement calls:
- A color that belongs to another garment in the photo (the t-shirt under an open jacket, the jeans, the top worn
  over track pants) given as the product's color, closed or open, is other_garment_color; a wrong color that no
  other garment has (the print's or the trim's color, navy called black, beige called white, olive called brown)
  is contradiction.
- "a black hoodie and black sweatpants" when the joggers are grey, and other wrong colors given to the other
  garment in a wearing answer, are contradiction (one color for two garments).
- A closed garment type or yes/no that names another garment worn in the photo (t-shirt, hoodie under a denim
  jacket, sweatshirt over track pants) is contradiction; so is "jacket" for a zip-up hoodie that the seller files
  under Sweatshirts, "sweatshirt" for a fleece jacket the seller files under Jackets, and "no" to "Is this a
  sweatshirt?" for a hoodie (Myntra files hoodies as Sweatshirts).
- Free-text "sweater" for a crew-neck sweatshirt, "hoodie" or "sweatshirt" for a hoodie, "joggers", "sweatpants",
  "pajamas" (lounge pants) and "track suit" for track pants are correct synonyms; "jeans" for track pants is not.
- Shades count as their color: maroon may be called red, rust orange, charcoal grey or dark grey, teal blue, mustard
  yellow, off-white cream or white, tan for beige.
- Closed pattern "solid" is correct for a garment with only a small chest logo; "striped" for a quilted puffer or a
  rain jacket with one reflective strip is contradiction; "graphic" from the t-shirt worn with track pants is
  contradiction (the pattern of another garment).
- A closed sleeve length that contradicts the product (long sleeve for the sleeveless jacket, short sleeve for long
  sleeves) is contradiction.
- Details nobody can see or the catalog does not state (a hood on a hoodless jacket, a zipper on a pullover, fur,
  a back print, thumb holes, waterproofing, down filling) are unsupported; a material that plainly is not the
  garment's (wool, linen, silk, leather, denim on a cotton sweatshirt or polyester track pants) is unsupported too.
  A plausible generic material the photo fits (cotton, fleece, polyester, nylon, suede finish) is correct.
- A one-word or yes/no answer to an open question, or only the question's garment back ("they are pants",
  "it is a jacket"), is non_answer; an answer that restates the question's words ("the details of the jacket are
  the details of the jacket", "describe the garment") is restated.
- "Answer:" or "Question: ... Answer:" text inside an answer is leak, whether or not the rest is right.
- "woman", "she" or "her" for a Men product is pronoun.
- A text cut by the 30-token (answers) or 50-token (captions) limit is cut with hit_limit=True; a looping text is
  loop with hit_limit=True; each text carries one label, the one a reader would name first.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

Q = DEFAULT_QUESTIONS
B = BLIND_QUESTIONS

BLIND_897 = [
    # photo: navy pullover hoodie with a small white Puma cat logo on the chest and white drawcords, blue jeans, white
    # backdrop, front view; base BLIP-2 wrote all texts, closed answers by the reference engine
    case(
        "X897-001",
        caption("a man wearing a black hoodie and jeans", "contradiction"),
        wearing("a blue hoodie"),
        Q.garment_type("hoodie"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        details("hoodie", "a puma logo on the chest"),
        material("wool", "unsupported"),
        title="Puma Men Navy Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track pants with a white side stripe and a small white swoosh on the thigh, worn with a plain grey
    # crew t-shirt and white sneakers, full body on white; base BLIP-2 wrote all texts
    case(
        "X897-002",
        caption("a man in a grey t - shirt and black pants"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.description("black pants with a white stripe on the side and a nike logo"),
        Q.details("the pants have a zipper on the back pocket and a mesh lining", "unsupported"),
        Q.material("pants", "non_answer"),
        Q.wearing("a grey shirt and black jeans", "contradiction"),
        is_a("pair of jeans", "no"),
        title="Nike Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: olive nylon bomber jacket worn open, orange lining showing at the front, over a white crew t-shirt, black
    # jeans, white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-003",
        caption("a man wearing a green jacket and a white t - shirt"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        details("jacket", "the jacket has a zipper and ribbed cuffs"),
        material("leather", "unsupported"),
        describe("jacket", "it is a green bomber jacket with orange lining"),
        wearing("a green jacket, a white t-shirt and blue jeans", "contradiction", who="he"),
        title="Roadster Men Olive Green Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt with three black stripes down each sleeve and a small black logo,
    # worn with black track pants, white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-004",
        caption("a man wearing a grey sweatshirt with black stripes on the sleeves"),
        wearing("a grey sweater and black pants"),
        Q.color("black", "other_garment_color"),
        B.sleeve_length("long sleeve"),
        is_a("hoodie", "yes", "contradiction"),
        details("sweatshirt", "it has three stripes on the sleeves and a logo on the chest"),
        title="ADIDAS Men Grey Melange Essentials 3-Stripes Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon pullover hoodie with white "HRX" letters on the chest and a kangaroo pocket, black joggers, a
    # male model with shoulder-length hair, white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-005",
        caption("a woman in a red hoodie with the word hrx on it", "pronoun"),
        wearing("a maroon hoodie"),
        Q.color("maroon"),
        Q.garment_type("sweatshirt"),
        details(
            "hoodie",
            "hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx hrx",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        Q.description("a maroon hoodie with white hrx letters and a front pocket"),
        title="HRX by Hrithik Roshan Men Maroon Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black quilted puffer jacket zipped to a high stand collar, no hood, horizontal baffles, blue jeans,
    # white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-006",
        caption("a man wearing a black puffer jacket and blue jeans"),
        Q.color("black"),
        Q.garment_type("jacket"),
        B.pattern("striped", "contradiction"),
        describe("jacket", "a black jacket with a hood", "unsupported"),
        material("nylon"),
        wearing("black jacket and blue jeans Question: what is the color of the jacket? Answer: black", "leak"),
        title="Wildcraft Men Black Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy track pants with two white stripes down the sides, worn with a red polo t-shirt and white shoes,
    # full body on white; base BLIP-2 wrote all texts
    case(
        "X897-007",
        caption("a man in a red shirt and blue pants"),
        wearing("he is wearing a red shirt and blue pants", who="he"),
        Q.color("red", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        color_of("pants", "navy blue"),
        details("pants", "the pants have white stripes on the side"),
        material("the garment is made of material", "restated"),
        title="Proline Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red crew-neck sweatshirt with "BENETTON" printed across the chest in white, blue jeans rolled at the
    # ankles, white canvas sneakers, full body on white; base BLIP-2 wrote all texts
    case(
        "X897-008",
        caption("a man wearing a red sweatshirt with white writing on it"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.garment_type("t-shirt", "contradiction"),
        wearing(
            "a red sweatshirt with white letters on the front, blue jeans rolled up at the ankles and a pair of white"
            " canvas shoes with white laces and",
            "cut",
            hit_limit=True,
        ),
        Q.details("Question: What are the details of the garment? Answer: benetton logo", "leak"),
        B.sleeve_length("long sleeve"),
        material("the sweatshirt is made of cotton"),
        is_a("sweatshirt", "yes"),
        title="United Colors of Benetton Men Red Printed Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: brown faux-leather biker jacket with an asymmetric zip, worn open over a black t-shirt, black jeans,
    # white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-009",
        caption("a man in a brown leather jacket"),
        wearing("a leather jacket"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.description("a black leather jacket with a zipper", "other_garment_color"),
        material("leather"),
        details(
            "jacket",
            "the jacket has a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and",
            "loop",
            hit_limit=True,
        ),
        title="Fort Collins Men Brown Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: grey melange track pants with cuffed ankles and a small Puma logo on the left thigh, worn with a black
    # Puma t-shirt, full body on white; base BLIP-2 wrote all texts
    case(
        "X897-010",
        caption("a man wearing a black t - shirt and grey sweatpants"),
        color_of("pants", "grey"),
        Q.color("grey"),
        Q.garment_type("track pants"),
        Q.description("it is a black t-shirt with a puma logo", "other_garment_color"),
        Q.material("the material of the garment is the material", "restated"),
        Q.wearing("she is wearing a black shirt and grey pants", "pronoun"),
        title="Puma Men Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mid-blue washed denim trucker jacket, unbuttoned, over a white hooded sweatshirt with the hood out over
    # the collar, black jeans, white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-011",
        caption("a man wearing a denim jacket over a white hoodie"),
        wearing("a jean jacket and a white hoodie"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("hoodie", "contradiction"),
        material("denim"),
        details("jacket", "the jacket has buttons and two chest pockets"),
        describe("jacket", "blue", "non_answer"),
        title="Jack & Jones Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: black pullover fleece hoodie with a small white swoosh on the chest, kangaroo pocket, hood down, grey
    # joggers, white backdrop; base BLIP-2 wrote all texts (the full default questionnaire)
    case(
        "X897-012",
        caption("a man in a black nike hoodie"),
        Q.wearing("a black hoodie and black sweatpants", "contradiction"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.description("a black hoodie with a white nike logo and a zipper", "unsupported"),
        Q.details("yes", "non_answer"),
        Q.material("fleece"),
        title="Nike Men Black Club Fleece Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive cargo joggers with side pockets and elastic cuffs, white crew t-shirt, white sneakers, full body on
    # white; base BLIP-2 wrote all texts
    case(
        "X897-013",
        caption("a man wearing a white t - shirt and green pants"),
        wearing("white t-shirt and brown pants", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("track pants"),
        details("pants", "the pants have pockets on the sides"),
        material("cotton Question: what is the color of the pants? Answer: green", "leak"),
        is_a("pair of jeans", "no"),
        title="Locomotive Men Olive Green Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: navy zip-up track jacket with a red and white panel across the chest and a white Fila logo, no hood,
    # zipped to the chest, matching navy track pants, white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-014",
        caption("a man wearing a blue and red jacket with a white logo"),
        Q.color("navy blue"),
        B.pattern("color block"),
        Q.garment_type("jacket"),
        is_a("hoodie", "yes", "contradiction"),
        details("jacket", "the details of the jacket are the details of the jacket", "restated"),
        material("polyester"),
        wearing("he is wearing a track suit", who="he"),
        title="FILA Men Navy Blue Colourblocked Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black crew-neck sweatshirt with a large red-and-white Spider-Man graphic on the chest, blue jeans, front
    # view on white; base BLIP-2 wrote all texts
    case(
        "X897-015",
        caption("a man wearing a black sweatshirt with a spider - man on it"),
        Q.color("red", "contradiction"),
        Q.pattern("graphic"),
        wearing("a black shirt with spiderman on it"),
        Q.description("a black sweatshirt with a picture of spider-man"),
        Q.details("nothing", "non_answer"),
        details("sweatshirt", "there is a spider man logo on the front and a spider on the back", "unsupported"),
        material("cotton"),
        title="Kook N Keech Marvel Men Black Spider-Man Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal zip-up hoodie worn open over a white crew t-shirt, blue jeans, white sneakers, white backdrop;
    # base BLIP-2 wrote all texts
    case(
        "X897-016",
        caption("a man in a grey hoodie and white shirt"),
        wearing("grey hoodie, white shirt, jeans"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("hoodie"),
        is_a("hoodie", "yes"),
        details("hoodie", "it has a zipper on the front and a hood"),
        describe(
            "hoodie",
            "a charcoal grey zip-up hoodie with a drawstring hood worn open over a white crew neck t-shirt with blue"
            " jeans and white sneakers and a black",
            "cut",
            hit_limit=True,
        ),
        material("denim", "unsupported"),
        title="Being Human Men Charcoal Grey Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: maroon sleeveless quilted padded jacket over a grey long-sleeve t-shirt, black jeans, white backdrop;
    # base BLIP-2 wrote all texts
    case(
        "X897-017",
        caption("a man wearing a red vest and grey shirt"),
        B.sleeve_length("long sleeve", "contradiction"),
        Q.color("maroon"),
        Q.garment_type("t-shirt", "contradiction"),
        wearing("a maroon vest over a grey long sleeve shirt and black jeans"),
        describe("jacket", "grey", "other_garment_color"),
        title="Duke Men Maroon Sleeveless Padded Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: black track pants with white piping and zipped ankle pockets, worn with a white Reebok logo t-shirt and
    # black trainers, full body on white; base BLIP-2 wrote all texts
    case(
        "X897-018",
        caption("a man wearing a white reebok shirt and black pants"),
        Q.color("black"),
        Q.garment_type("t-shirt", "contradiction"),
        wearing("white shirt and black pants Answer: white shirt and black pants", "leak"),
        color_of("pants", "black", kind="open"),
        details("pants", "the pants have a white stripe and zip pockets at the bottom"),
        material("the pants are made of the material of the pants", "restated"),
        title="Reebok Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: plain light beige crew-neck sweatshirt with ribbed cuffs and hem, olive chinos, brown boots, full body on
    # white; base BLIP-2 wrote all texts
    case(
        "X897-019",
        caption("a man wearing a white sweater and green pants", "contradiction"),
        B.color("beige"),
        B.pattern("solid"),
        B.sleeve_length("long sleeve"),
        wearing("a tan sweater and olive pants"),
        describe(
            "sweatshirt",
            "a beige sweatshirt with a round neck, long sleeves, ribbed cuffs and hem, worn with olive green chinos and"
            " brown boots and a brown leather belt with a",
            "cut",
            hit_limit=True,
        ),
        B.material("wool", "unsupported"),
        title="Mast & Harbour Men Beige Solid Sweatshirt",
        category="Sweatshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: royal blue hooded windcheater zipped up, small black Puma logo, black track pants, white backdrop; the
    # feed row has no category; base BLIP-2 wrote all texts
    case(
        "X897-020",
        caption("a man in a blue jacket with a hood"),
        Q.color("blue"),
        Q.garment_type("jacket"),
        color_of("jacket", "black", kind="open", failure="other_garment_color"),
        Q.material("waterproof nylon", "unsupported"),
        Q.description("a blue windbreaker with a hood and a black logo"),
        Q.details("no", "non_answer"),
        Q.wearing("he is wearing a blue jacket and blue pants", "contradiction"),
        title="Puma Men Blue Hooded Windcheater",
        color="Blue",
        gender="Men",
    ),
    # photo: navy-and-white checked lounge pants with a drawstring, worn with a plain white t-shirt, barefoot, full
    # body on white; base BLIP-2 wrote all texts
    case(
        "X897-021",
        caption("a man in a white t - shirt and plaid pajamas"),
        B.pattern("checked"),
        B.color("white", "other_garment_color"),
        B.garment_type("track pants"),
        color_of("pants", "black and white", kind="open", failure="contradiction"),
        wearing("pajamas"),
        B.material("cotton"),
        details("pants", "they are pants", "non_answer"),
        title="Sweet Dreams Men Navy Blue Checked Lounge Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy diamond-quilted jacket with a ribbed collar, zipped, no fur, beige chinos, white backdrop; base
    # BLIP-2 wrote all texts
    case(
        "X897-022",
        caption("a man wearing a navy blue quilted jacket and khaki pants"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        Q.garment_type("jacket"),
        describe("jacket", "a quilted jacket with a zipper and a fur collar", "unsupported"),
        wearing("a beige jacket and khaki pants", "other_garment_color", who="he"),
        material("a jacket", "non_answer"),
        title="Monte Carlo Men Navy Blue Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black tapered track pants with three white side stripes and zipped ankles, worn with a black Adidas
    # t-shirt, full body on white; base BLIP-2 wrote all texts
    case(
        "X897-023",
        caption("a man in a black adidas outfit"),
        Q.color("black"),
        Q.garment_type("track pants"),
        describe("pants", "black pants with three white stripes on the side"),
        details(
            "pants",
            "three stripes three stripes three stripes three stripes three stripes three stripes three stripes three"
            " stripes three stripes",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "no"),
        wearing("she is wearing a black adidas tracksuit", "pronoun"),
        title="ADIDAS Men Black Tiro Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: mustard pullover hoodie with "STAY WILD" printed in black on the chest, no zipper, black jeans, white
    # backdrop; base BLIP-2 wrote all texts
    case(
        "X897-024",
        caption("a man wearing a yellow hoodie that says stay wild"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.wearing("a yellow hoodie and black jeans"),
        Q.details("it says stay wild on the front"),
        Q.description("a yellow hoodie with a black zipper", "unsupported"),
        Q.material("yes", "non_answer"),
        is_a("sweatshirt", "no", "contradiction"),
        title="Campus Sutra Men Mustard Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive parka with a plain hood (no fur), four front pockets and a drawstring waist, zipped, blue jeans,
    # white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-025",
        caption("a man in a green jacket with a hood and jeans"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("jacket"),
        B.sleeve_length("short sleeve", "contradiction"),
        material("cotton"),
        details(
            "jacket",
            "the jacket has a hood, four front pockets, a drawstring waist, a zip and press stud placket, and a small"
            " brand patch on the left",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket with a fur lined hood", "unsupported"),
        title="WROGN Men Olive Green Solid Parka Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt with "JUST DO IT" in black block letters, black track pants, white
    # backdrop; base BLIP-2 wrote all texts
    case(
        "X897-026",
        caption("a man wearing a white sweatshirt that says just do it", "contradiction"),
        Q.color("grey"),
        Q.pattern("printed"),
        Q.garment_type("sweatshirt"),
        Q.wearing("just do it", "non_answer"),
        Q.description("a grey sweatshirt with black letters on the front"),
        Q.material("Answer: cotton", "leak"),
        title="Nike Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: red track pants with a white side stripe and a small Fila logo, white crew t-shirt, short-haired male
    # model, full body on white; base BLIP-2 wrote all texts
    case(
        "X897-027",
        caption("a woman in a white t - shirt and red pants", "pronoun"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "red", kind="open"),
        Q.garment_type("track pants"),
        details("pants", "the pants have a white stripe on the side and a fila logo"),
        material("silk", "unsupported"),
        title="FILA Men Red Track Pants",
        category="Track Pants",
        color="Red",
        gender="Men",
    ),
    # photo: navy crew-neck sweatshirt with a small flag logo, the white collar of a shirt showing at the neck,
    # khaki chinos, plain shoulders, white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-028",
        caption("a man wearing a navy sweater and a white shirt"),
        wearing("navy blue sweater over white shirt and khaki pants"),
        Q.color("white", "other_garment_color"),
        is_a("sweatshirt", "yes"),
        Q.pattern("solid"),
        details("sweatshirt", "it has a tommy hilfiger logo on the chest and buttons on the shoulder", "unsupported"),
        B.sleeve_length("short sleeve", "contradiction"),
        title="Tommy Hilfiger Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track jacket with a neon green zip and a neon green logo, zipped, plain stand collar, black track
    # pants, white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-029",
        caption("a man wearing a black jacket with a green zipper"),
        Q.color("green", "contradiction"),
        Q.garment_type("jacket"),
        Q.wearing("a black jacket and black pants"),
        Q.description("the garment is a jacket", "restated"),
        details("jacket", "the jacket has a hood hidden in the collar", "unsupported"),
        Q.material("polyester"),
        title="Lotto Men Black Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal joggers with a black side panel and elastic cuffs, worn with a white t-shirt with a printed
    # graphic, full body on white; base BLIP-2 wrote all texts
    case(
        "X897-030",
        caption("a man in a white graphic t - shirt and dark grey joggers"),
        Q.color("grey"),
        Q.pattern("graphic", "contradiction"),
        Q.garment_type("track pants"),
        Q.wearing("he is wearing a white t-shirt with a print and grey pants"),
        details("pants", "the pants have a black stripe on the side and elastic cuffs"),
        Q.description("a white t-shirt", "other_garment_color"),
        title="Highlander Men Charcoal Grey Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mustard hooded puffer jacket zipped up, blue jeans, white backdrop; the feed row has no gender; base
    # BLIP-2 wrote all texts
    case(
        "X897-031",
        caption("a man in a yellow puffer jacket with a hood"),
        Q.color("yellow"),
        Q.garment_type("jacket"),
        material("down feathers", "unsupported"),
        wearing("a yellow jacket and blue jeans Question: what is the color of the jacket? Answer: yellow", "leak"),
        details("jacket", "the jacket has a hood and a zipper"),
        Q.description("describe the garment", "restated"),
        is_a("jacket", "yes"),
        title="Roadster Men Mustard Yellow Hooded Puffer Jacket",
        category="Jackets",
        color="Mustard",
    ),
    # photo: bottle green pullover hoodie, plain, kangaroo pocket, plain cuffs, beige chinos, white backdrop; base
    # BLIP-2 wrote all texts
    case(
        "X897-032",
        caption("a man wearing a blue hoodie and beige pants", "contradiction"),
        Q.color("green"),
        Q.garment_type("sweatshirt"),
        wearing("a green hoodie"),
        details(
            "hoodie",
            "the hoodie has a hood and a hood and a hood and a hood and a hood and a hood and a hood and a hood and a",
            "loop",
            hit_limit=True,
        ),
        Q.description("a green hoodie with a kangaroo pocket and thumb holes in the sleeves", "unsupported"),
        material("cotton"),
        title="United Colors of Benetton Men Green Hooded Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: black track jacket with red shoulder panels, worn open over a white t-shirt, black track pants, white
    # backdrop; base BLIP-2 wrote all texts
    case(
        "X897-033",
        caption("a man in a black and red jacket over a white t - shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeve"),
        wearing("black and red puma jacket, white t-shirt, black pants"),
        describe(
            "jacket",
            "it's a jacket that is black and red and it is a jacket that is black and red and it is a jacket that is",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester. Question: what is the brand? Answer: puma", "leak"),
        title="Puma Men Black & Red Colourblocked Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy track pants with a white-red-white logo tape down each leg (no snap buttons), worn with a grey crew
    # sweatshirt, full body on white; base BLIP-2 wrote all texts
    case(
        "X897-034",
        caption("a man wearing a grey sweatshirt and blue track pants"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("sweatshirt", "contradiction"),
        color_of("track pants", "navy blue"),
        details("track pants", "the track pants have a logo tape running down the side"),
        Q.description("navy track pants with snap buttons down the side", "unsupported"),
        is_a("pair of track pants", "yes"),
        title="Kappa Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: crew-neck sweatshirt in navy and white horizontal stripes, beige chinos, white backdrop; base BLIP-2
    # wrote all texts
    case(
        "X897-035",
        caption("a man in a blue and white striped sweater"),
        B.pattern("striped"),
        B.color("blue"),
        wearing("a striped shirt and khaki pants"),
        Q.description(
            "the garment is blue and white with horizontal stripes. the garment is blue and white with horizontal"
            " stripes. the garment",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        B.material("denim", "unsupported"),
        title="Flying Machine Men Blue Striped Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: teal track pants with black side panels, worn with a black t-shirt, full body on white; base BLIP-2
    # wrote all texts
    case(
        "X897-036",
        caption("a man in a black t - shirt and blue pants"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("track pants"),
        wearing("a black t-shirt and black track pants", "other_garment_color"),
        Q.description("a pair of track pants with black panels on the sides"),
        details("pants", "pants", "non_answer"),
        Q.material("Question: What material is the garment made of? Answer: polyester", "leak"),
        title="Alcis Men Teal Blue Track Pants",
        category="Track Pants",
        color="Teal",
        gender="Men",
    ),
    # photo: rust suede-finish bomber jacket zipped halfway over a white t-shirt, blue jeans, white backdrop; base
    # BLIP-2 wrote all texts
    case(
        "X897-037",
        caption("a man in an orange jacket and jeans"),
        Q.color("brown", "contradiction"),
        Q.garment_type("jacket"),
        material("suede"),
        wearing("she is wearing an orange jacket and a white shirt", "pronoun"),
        details("jacket", "the jacket has ribbed cuffs, a zip and a sherpa lining", "unsupported"),
        describe("jacket", "it is a jacket", "non_answer"),
        title="Mufti Men Rust Suede Finish Bomber Jacket",
        category="Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: black zip-up hoodie with a white zip and white drawcords, zipped, blue jeans, front view only, white
    # backdrop; base BLIP-2 wrote all texts
    case(
        "X897-038",
        caption("a man wearing a black hooded sweatshirt with a skull on the back", "unsupported"),
        Q.color("black"),
        Q.garment_type("jacket", "contradiction"),
        is_a("hoodie", "yes"),
        details("hoodie", "it has white drawstrings and a white zipper"),
        wearing("a hoodie"),
        Q.description("black hoodie with white zip"),
        Q.material("the garment is made of the garment", "restated"),
        title="Hubberholme Men Black Zip Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red hooded rain jacket with a single reflective strip across the chest, zipped to the chest over a grey
    # t-shirt, black track pants, white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-039",
        caption("a man wearing a red rain jacket with a hood"),
        Q.color("red"),
        Q.garment_type("jacket"),
        Q.pattern("striped", "contradiction"),
        material("gore-tex", "unsupported"),
        wearing("she is wearing a red jacket and grey shirt and black pants", "pronoun"),
        details(
            "jacket",
            "the jacket has a hood with a drawstring, a zipper with a storm flap, two zip pockets at the hips and a"
            " reflective strip across the",
            "cut",
            hit_limit=True,
        ),
        title="Wildcraft Men Red Hooded Rain Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal crew-neck sweatshirt with a small tonal logo, black jeans, the model sitting on a wooden stool,
    # white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-040",
        caption("a man sitting on a stool wearing a grey sweatshirt and black jeans"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        wearing("a grey sweatshirt and black jeans"),
        details("sweatshirt", "there is a small logo on the chest"),
        describe("sweatshirt", "the sweatshirt is a sweatshirt", "restated"),
        material("linen", "unsupported"),
        B.sleeve_length("long sleeve"),
        title="Jack & Jones Men Charcoal Grey Solid Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white track jacket with three navy stripes on each sleeve and a navy trefoil, zipped, navy track pants,
    # white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-041",
        caption("a man wearing a white jacket with blue stripes and blue pants"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("jacket"),
        B.sleeve_length("long sleeve"),
        describe("jacket", "white jacket with three blue stripes on the sleeves and a trefoil logo"),
        wearing("a white adidas jacket and white pants", "contradiction", who="he"),
        material("water resistant polyester with a mesh lining", "unsupported"),
        is_a("jacket", "yes"),
        title="ADIDAS Originals Men White Track Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: black joggers with a white drawcord and plain slant pockets, cropped at the waist: only the pants, the
    # hem of a white t-shirt and white sneakers show; base BLIP-2 wrote all texts
    case(
        "X897-042",
        caption("a pair of black joggers with white shoes"),
        Q.color("black"),
        Q.garment_type("track pants"),
        color_of("pants", "white", kind="open", failure="other_garment_color"),
        wearing("black pants and white shoes"),
        Q.description("black jogger pants with a drawstring waist and zip pockets", "unsupported"),
        Q.material("no", "non_answer"),
        title="Roadster Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: navy pullover hoodie with a large white "HARVARD" varsity print on the front, grey joggers, front view
    # only, white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-043",
        caption("a man wearing a black harvard hoodie", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("printed"),
        wearing("a blue hoodie that says harvard and grey sweatpants"),
        details("hoodie", "it says harvard on the front and the back", "unsupported"),
        material("cotton"),
        is_a("hoodie", "yes"),
        title="Harvard Men Navy Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey polar fleece full-zip jacket with a zipped chest pocket, over a black t-shirt, black trekking pants,
    # white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-044",
        caption("a man in a grey fleece jacket"),
        material("fleece"),
        Q.color("grey"),
        Q.garment_type("sweatshirt", "contradiction"),
        wearing("she is wearing a grey jacket", "pronoun"),
        details(
            "jacket",
            "the jacket has a zipper and a chest pocket with a zipper and a zipper and a zipper and a zipper and a"
            " zipper and a zipper",
            "loop",
            hit_limit=True,
        ),
        title="Quechua Men Grey Fleece Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: off-white crew-neck sweatshirt with "BEING HUMAN" printed in blue above a small bicycle graphic, blue
    # jeans, white backdrop; base BLIP-2 wrote all texts
    case(
        "X897-045",
        caption("a man wearing a white sweatshirt with blue writing on it"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("printed"),
        wearing("a cream colored sweatshirt and blue jeans"),
        Q.description("a white sweatshirt with the words being human and a bicycle on the front"),
        Q.details("the details of the garment are white", "restated"),
        Q.sleeve_length("long sleeve"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Being Human Men Off White Printed Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: maroon joggers with a navy drawcord and a small logo on the thigh, worn with a navy polo t-shirt, full
    # body on white; the feed row has no color; base BLIP-2 wrote all texts
    case(
        "X897-046",
        caption("a man in a navy polo shirt and maroon pants"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("track pants"),
        wearing("a blue polo shirt and red pants"),
        details("pants", "the pants have a drawstring waist and a small logo on the leg"),
        Q.description("maroon track pants with a zip fly and cargo pockets", "unsupported"),
        material("Question: what is the color of the pants? Answer: maroon", "leak"),
        title="U.S. Polo Assn. Men Maroon Track Pants",
        category="Track Pants",
        gender="Men",
    ),
]
