"""BLIND_998 (46 products; Myntra men's sweatshirts, jackets, track pants, base zero-shot): written blind in the
fifty-eighth session. Measured blind at 6094d3e (the session's fourth rules): 128/133 failures found (96.2%) and 8/195
correct texts flagged (4.1%). The writer's notes, verbatim:

Scenario: a Myntra-like men's winterwear and athleisure feed: sweatshirts (crew, zip and hooded), jackets (track
tops, puffers, bombers, denim, windcheaters, a sleeveless down vest, a blazer-jacket) and track pants / joggers.
Catalog photos on a white or light grey studio backdrop, a male model in most, usually wearing other clothes too
(a t-shirt under an open jacket, jeans or track pants under a sweatshirt, a t-shirt above track pants); a few are
flat lays or lower-body crops. Seller columns as a Myntra feed has them: title, category (article type), color
(base colour), gender; a few rows lack the color or the title, one lacks gender. Some rows are Myntra's "Men"
rows that are really kids' products, as the real data set has them.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions and
open answers are free greedy generation (50 / 30 new tokens); closed answers (garment type, color, pattern,
sleeve length, closure, the yes/no "Is this a ...?" questions and the closed "What is the color of the X?") come
from enrich's --engine reference, which picks one candidate, so they never loop, leak or stop short. The base
model's habits: short answers that are mostly right about the garment type, colors taken from whatever covers the
most pixels (the t-shirt under an open jacket, the jeans, a large chest print), navy read as black, a color
carried over to every garment asked about, confident invented specifics (fur hoods, "100% cotton", "waterproof",
pockets, brand names it cannot see), now and then "she"/"a woman" for a male model, echoes of the
`Question: ... Answer:` format when it does not stop on the newline, and, rarely for the base model, a phrase
repeated until the token limit or a long list cut at 30 tokens.

Labeling conventions and judgement calls:
- A color answer that names a hue worn by another visible garment (the inner t-shirt, the jeans, the track pants,
  the shoes) is other_garment_color; a wrong color that belongs to nothing else in the photo, or only to a print
  or a trim on the product itself, is contradiction.
- The product's own color given to another garment (the jeans called "purple" because the sweatshirt is) is
  contradiction (one color carried over to two garments), not other_garment_color.
- Wrong garment type, wrong pattern (solid for a printed or color-blocked piece), wrong sleeve length, a wrong
  yes/no to "Is this a ...?" are contradiction. "sweater" chosen as a closed garment type for a fleece sweatshirt
  is a contradiction (a distinct In-shop class and the seller says Sweatshirts); in free text I avoided it.
- Shades count as the seller's color: olive = green, maroon = red, navy = navy blue / dark blue, charcoal = dark
  grey, grey melange = grey, khaki = beige / tan. Navy called "black" is contradiction. One row where the seller's
  own title says Black and the base colour says Grey (a charcoal jacket that reads near black) I let "black" pass.
- Unsupported: a specific detail the photo does not show (a hood on a crew neck, a zipper on a pullover, fur,
  pockets that are not there, a print on the back of a front view, "waterproof", "100% cotton", "made in
  india"). Generic material answers typical of the garment (cotton or fleece for a sweatshirt, polyester for a
  track jacket or track pants, nylon for a puffer shell, denim for a denim jacket) count as correct; a material
  the photo rules out (leather or wool for a fleece sweatshirt, denim for a nylon windcheater) is unsupported.
- non_answer: a yes/no, a bare garment name, or a single color word given to an open "describe" or "details"
  question, "i don't know", or only the question's words ("it is a jacket" for the jacket's details).
  restated: the question turned back as a sentence with nothing in it ("the details of the hoodie are the hoodie
  details").
- pronoun: "she", "her" or "a woman" for a Men row's male model; a correct pronoun is not marked. In the one
  Unisex row the model is a man and "he" is correct.
- leak: any `Question:` or `Answer:` echoed into the text, even when the first words before it were right.
- loop: a phrase repeated until the token limit (also hit_limit); cut: a text that stops mid-phrase at the token
  limit without repeating (hit_limit). A looping text is labeled loop only.
- Where one text has two faults I labeled the one a reader would notice first (for example a caption that
  both invents a hood and misgenders is pronoun when the "woman" is the first word that is wrong).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    question,
    wearing,
)

closure = question("closure", "What kind of closure does the garment have?", "closed")
hood = question("hood", "Does the garment have a hood?", "closed")

BLIND_998 = [
    # photo: man in a grey melange full-zip sweatshirt, zipped halfway over a plain white crew t-shirt, dark blue
    # jeans, white backdrop, front view; all texts base BLIP-2 (closed ones via the reference engine)
    case(
        "X998-001",
        caption("a man wearing a grey zip up sweatshirt and jeans"),
        wearing("a grey sweatshirt and blue jeans", who="he"),
        garment_type("sweatshirt"),
        color("white", "other_garment_color"),
        Q.pattern("solid"),
        closure("zipper"),
        details("sweatshirt", "a zipper on the front and a white t-shirt underneath"),
        D.description("a grey zip up sweatshirt Answer: a grey zip up sweatshirt", "leak"),
        title="Nike Men Zip Grey Sweatshirts",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a black pullover hoodie, hood down, white-and-red batwing logo printed on the chest, mid-blue
    # jeans, white backdrop, front view; base BLIP-2
    case(
        "X998-002",
        caption("a man wearing a black hoodie with a logo on it"),
        wearing("a black hoodie and blue jeans", who="he"),
        color_of("hoodie", "black"),
        Q.pattern("solid", "contradiction"),
        describe("hoodie", "it is a black hoodie with a red and white logo on the front and a zipper", "unsupported"),
        is_a("hoodie", "yes"),
        material("it is made of 100% organic cotton", "unsupported"),
        title="Levis Men Printed Black Sweatshirts",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive crew-neck sweatshirt with a small white Puma cat logo on the chest, black track pants,
    # white backdrop; base BLIP-2
    case(
        "X998-003",
        caption("a man in a green sweatshirt and black pants"),
        wearing("a green sweatshirt", who="he"),
        color("black", "other_garment_color"),
        color_of("sweatshirt", "olive green", kind="open"),
        Q.sleeve_length("long sleeve"),
        material("wool", "unsupported"),
        details("sweatshirt", "the sweatshirt has a puma logo on the chest"),
        is_a("jacket", "yes", "contradiction"),
        title="Puma Men Solid Olive Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a navy full-zip fleece hoodie zipped to the chest, small white swoosh, hood down, grey track
    # pants, white backdrop; base BLIP-2
    case(
        "X998-004",
        caption("a man wearing a blue hoodie and grey pants"),
        wearing("she is wearing a blue hoodie", "pronoun", who="he"),
        garment_type("hoodie"),
        color("grey", "other_garment_color"),
        details(
            "hoodie",
            "the hoodie has a hood, a zipper, a hood, a zipper, a hood, a zipper, a hood, a zipper, a hood, a",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "yes"),
        color_of("pants", "blue", "contradiction"),
        title="Nike Men AS Squad Fleece FZ Hoody Navy Blue Sweatshirts",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a maroon crew-neck sweatshirt with ribbed cuffs and hem, beige chinos, white backdrop; base
    # BLIP-2
    case(
        "X998-005",
        caption("a man wearing a red sweatshirt and khaki pants"),
        color("maroon"),
        Q.pattern("solid"),
        describe("sweatshirt", "a plain maroon sweatshirt with ribbed cuffs"),
        details("sweatshirt", "the details of the sweatshirt are the sweatshirt details", "restated"),
        material("fleece"),
        wearing("she is wearing a red sweatshirt", "pronoun", who="he"),
        title="Status Quo Men Solid Maroon Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a navy crew sweatshirt with a large yellow-and-black Batman bat logo on the chest, blue jeans,
    # white backdrop; base BLIP-2
    case(
        "X998-006",
        caption("a man wearing a batman sweatshirt"),
        wearing("a batman sweatshirt and jeans", who="he"),
        color("yellow", "contradiction"),
        Q.pattern("graphic"),
        color_of("sweatshirt", "black", "contradiction", kind="open"),
        is_a("hoodie", "no"),
        describe("sweatshirt", "a navy blue sweatshirt with the batman logo in yellow and black on the chest"),
        details("sweatshirt", "the sweatshirt has a hood with a batman mask on it", "unsupported"),
        title="Batman Men Batman Navy Blue Sweatshirts",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white crew sweatshirt with a black Adidas trefoil print on the chest and three black stripes
    # down the sleeves, black track pants, white backdrop; base BLIP-2
    case(
        "X998-007",
        caption("a man wearing a white adidas sweatshirt and black pants"),
        wearing("a white sweatshirt and black pants", who="he"),
        color("black", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        D.description("white", "non_answer"),
        Q.pattern("graphic"),
        color_of("pants", "white", "contradiction"),
        title="ADIDAS Men Printed White Sweatshirts",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a plain grey melange crew-neck sweatshirt (no hood), black joggers, white backdrop; Unisex
    # row, the model is a man; base BLIP-2
    case(
        "X998-008",
        caption("a man in a grey sweatshirt standing in front of a white wall"),
        wearing("a grey sweatshirt and black pants"),
        garment_type("sweater", "contradiction"),
        color("grey"),
        material("cotton"),
        details("sweatshirt", "the sweatshirt has a hood and a kangaroo pocket", "unsupported"),
        D.description("the garment is a garment", "restated"),
        title="Urban Yoga Unisex Solid Grey Sweatshirts",
        category="Sweatshirts",
        color="Grey",
        gender="Unisex",
    ),
    # photo: man in a grey sweatshirt with "SEATTLE" embroidered in maroon across the chest, dark indigo jeans,
    # white backdrop; base BLIP-2
    case(
        "X998-009",
        caption("a man wearing a grey sweatshirt with the word seattle on it"),
        wearing("a grey sweatshirt with seattle written on it", who="he"),
        color("blue", "other_garment_color"),
        Q.pattern("graphic"),
        describe("sweatshirt", "a grey sweatshirt Question: What is the color of the jeans? Answer: blue", "leak"),
        is_a("sweatshirt", "yes"),
        color_of("sweatshirt", "maroon", "contradiction", kind="open"),
        title="Wrangler Men Seattle Embro Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a white crew sweatshirt with "SEATTLE" printed in neon green letters, grey track pants, light
    # grey backdrop; base BLIP-2
    case(
        "X998-010",
        caption("a man wearing a white sweatshirt with green letters"),
        wearing("a white sweatshirt and grey pants", who="he"),
        color("green", "contradiction"),
        color_of("sweatshirt", "white", kind="open"),
        material("cotton"),
        details("sweatshirt", "it has a hood", "unsupported"),
        is_a("hoodie", "yes", "contradiction"),
        title="Wrangler Men Seattle Glow White Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a purple crew sweatshirt with a small white swoosh on the chest, grey jeans, white backdrop;
    # base BLIP-2
    case(
        "X998-011",
        caption("a man wearing a purple sweatshirt"),
        wearing("a purple sweatshirt and grey jeans", who="he"),
        garment_type("sweatshirt"),
        color("purple"),
        color_of("jeans", "purple", "contradiction"),
        describe(
            "sweatshirt",
            "a purple sweatshirt with a white nike logo on the chest and a white stripe down the sleeves",
            "unsupported",
        ),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Nike Men Purple Sweatshirt",
        category="Sweatshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: man in a black crew sweatshirt with a large white NIKE wordmark across the chest, light blue jeans,
    # white backdrop; base BLIP-2
    case(
        "X998-012",
        caption("a man wearing a black nike sweatshirt"),
        wearing("a black nike sweatshirt and jeans", who="he"),
        color("white", "contradiction"),
        Q.pattern("graphic"),
        material("leather", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        describe("sweatshirt", "black", "non_answer"),
        title="Nike Men Casual Black Sweatshirts",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a red crew sweatshirt, the white collar of a shirt showing at the neck, navy chinos, white
    # backdrop; small navy logo on the chest; base BLIP-2
    case(
        "X998-013",
        caption("a man wearing a red sweatshirt over a white shirt"),
        wearing("a red sweatshirt, a white shirt and blue pants", who="he"),
        color("white", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        details("sweatshirt", "the sweatshirt has a ribbed collar and cuffs and a small logo on the chest"),
        material("it is made of 100% cotton and is machine washable", "unsupported"),
        describe(
            "sweatshirt", "a red sweatshirt with a polo player logo and a zip pocket on the sleeve", "unsupported"
        ),
        title="U.S. Polo Assn. Men Solid Red Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a royal blue crew sweatshirt with a white "BENETTON 1965" print on the chest, grey jeans, white
    # backdrop; base BLIP-2
    case(
        "X998-014",
        caption("a man wearing a blue sweatshirt with white writing on it"),
        wearing("a blue sweatshirt and grey pants", who="he"),
        color("blue"),
        Q.pattern("solid", "contradiction"),
        color_of("pants", "blue", "contradiction", kind="open"),
        details(
            "sweatshirt",
            "the sweatshirt has a print on the front that says benetton 1965 and leather patches on the elbows",
            "unsupported",
        ),
        garment_type("t-shirt", "contradiction"),
        title="United Colors of Benetton Men Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a navy hooded rain jacket, zipped, three white stripes down the sleeves, black track pants,
    # white backdrop; base BLIP-2
    case(
        "X998-015",
        caption("a man wearing a blue jacket with white stripes on the sleeves"),
        wearing("a blue adidas jacket", who="he"),
        garment_type("jacket"),
        color("navy blue"),
        material("it is made of waterproof gore-tex fabric", "unsupported"),
        details("jacket", "the jacket has a hood and a zipper and three stripes on the sleeves"),
        describe("jacket", "a blue jacket with white stripes Question: Is this a raincoat? Answer: yes", "leak"),
        title="ADIDAS Men Ess 3s Rainjkt Navy Blue Jackets",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a grey quilted puffer jacket, zipped, stand collar, no hood, mid-blue jeans, white backdrop;
    # base BLIP-2
    case(
        "X998-016",
        caption("a man wearing a grey jacket and jeans"),
        wearing("a grey puffer jacket", who="he"),
        color("blue", "other_garment_color"),
        describe("jacket", "a grey jacket with a fur hood", "unsupported"),
        Q.sleeve_length("long sleeve"),
        material("nylon"),
        color_of("jacket", "grey", kind="open"),
        details("jacket", "the jacket details are that it is a jacket", "restated"),
        title="Status Quo Men Solid Grey Jackets",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a blue bomber jacket with a grey camouflage print, worn open over a white t-shirt, black jeans,
    # white backdrop; base BLIP-2
    case(
        "X998-017",
        caption("a man wearing a blue camouflage jacket over a white t-shirt"),
        wearing("a blue jacket, a white shirt and black pants", who="he"),
        color("white", "other_garment_color"),
        Q.pattern("camouflage"),
        describe("jacket", "a blue bomber jacket"),
        details(
            "jacket",
            "the jacket has a camouflage print and the jacket has a camouflage print and the jacket has a camouflage",
            "loop",
            hit_limit=True,
        ),
        material("it is made of leather", "unsupported"),
        title="Status Quo Men Printed Blue Jackets",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a red windcheater with black shoulder panels (color block), zipped up, black track pants, white
    # backdrop; base BLIP-2
    case(
        "X998-018",
        caption("a man in a red and black jacket"),
        wearing("a red jacket and black pants", who="he"),
        color("red"),
        color_of("pants", "red", "contradiction"),
        Q.pattern("color block"),
        material("denim", "unsupported"),
        is_a("jacket", "yes"),
        details("jacket", "the jacket has a hood in the collar and reflective strips on the back", "unsupported"),
        title="Status Quo Men Printed Red Jackets",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: man in a grey track jacket zipped up, three black stripes on the sleeves, black track pants, white
    # backdrop; base BLIP-2
    case(
        "X998-019",
        caption("a man wearing a grey adidas track jacket and black pants"),
        wearing("a grey jacket with black stripes and black pants", who="he"),
        garment_type("jacket"),
        color_of("jacket", "black", "other_garment_color"),
        D.details("yes", "non_answer"),
        closure("zipper"),
        describe(
            "jacket",
            "a grey jacket with black stripes on the sleeves and a black stripe and a black stripe and a black stripe "
            "and a",
            "loop",
            hit_limit=True,
        ),
        title="ADIDAS Men Solid Grey Jackets",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a white track jacket with navy trim on the collar and navy stripes on the sleeves, open over a
    # navy t-shirt, navy track pants, white backdrop; base BLIP-2
    case(
        "X998-020",
        caption("a man wearing a white jacket and blue pants"),
        wearing("a white jacket and a blue shirt", who="he"),
        color("navy blue", "other_garment_color"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeve"),
        describe("jacket", "a white track jacket with blue trim"),
        is_a("hoodie", "yes", "contradiction"),
        title="ADIDAS Men White Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: man in a khaki cotton field jacket with four flap pockets and buttons over a zipper, open over a black
    # t-shirt, dark jeans, white backdrop; base BLIP-2
    case(
        "X998-021",
        caption("a man wearing a khaki jacket over a black t - shirt"),
        wearing("a tan jacket and a black shirt", who="he"),
        color("black", "other_garment_color"),
        garment_type("jacket"),
        details("jacket", "the jacket has four pockets on the front and buttons"),
        material("the material of the garment is the material of the jacket", "restated"),
        describe("jacket", "a khaki jacket with a fur collar and leather elbow patches", "unsupported"),
        title="Turtle Solid Men Khaki Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a charcoal jacket (reads near black) with a stand collar, zipped, grey t-shirt collar visible,
    # black trousers, white backdrop; seller's title says Black, base colour Grey; base BLIP-2
    case(
        "X998-022",
        caption("a man in a black jacket standing against a white background"),
        wearing("a black jacket and black pants", who="he"),
        color("black"),
        Q.pattern("solid"),
        describe("jacket", "a black jacket with a zipper and a hood that can be removed", "unsupported"),
        color_of("t-shirt", "black", "contradiction"),
        title="Turtle Solid Men Black Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: man in an olive nylon bomber jacket, zipped, orange lining visible at the collar, black jeans, white
    # backdrop; base BLIP-2
    case(
        "X998-023",
        caption("a woman wearing a green bomber jacket", "pronoun"),
        wearing("a green jacket and black jeans", who="he"),
        color("orange", "contradiction"),
        color_of("jacket", "olive", kind="open"),
        Q.sleeve_length("long sleeve"),
        details("jacket", "the jacket has an orange lining and ribbed cuffs"),
        D.description("a green jacket Question: What is the color of the lining? Answer: orange", "leak"),
        title="Nike Men Casual Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a green quilted down vest (sleeveless), zipped, over a long-sleeved white t-shirt, grey track
    # pants, white backdrop; base BLIP-2
    case(
        "X998-024",
        caption("a man wearing a green vest over a white shirt"),
        wearing("a green vest and a white long sleeve shirt", who="he"),
        Q.sleeve_length("long sleeve", "contradiction"),
        color("green"),
        garment_type("vest"),
        describe("vest", "a green puffer vest with a zipper"),
        material("it is filled with goose down and has a water repellent coating", "unsupported"),
        details("vest", "vest", "non_answer"),
        title="Puma Men Rime Down Vest Green Jackets",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: man in a black jacket with thin white horizontal stripes across the chest, zipped, blue jeans, white
    # backdrop; base BLIP-2
    case(
        "X998-025",
        caption("a man wearing a black and white striped jacket"),
        wearing("he is wearing a black jacket with white stripes", who="he"),
        color("black"),
        Q.pattern("solid", "contradiction"),
        color_of("jeans", "black", "contradiction"),
        details("jacket", "stripes", "non_answer"),
        material("the jacket is made of wool and has a silk lining", "unsupported"),
        title="United Colors of Benetton Men Stripes Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white track top with the blue-and-red trim of the Adidas Originals FB line, zipped, navy
    # track pants, white backdrop; base BLIP-2
    case(
        "X998-026",
        caption("a man wearing a white adidas jacket"),
        wearing("a white track jacket and blue pants", who="he"),
        color("white"),
        is_a("t-shirt", "no"),
        describe(
            "jacket",
            "Answer: a white jacket with blue and red stripes Question: What is the color of the pants? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        title="ADIDAS Originals Men ST FB Track Top White Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: man in a beige single-breasted casual blazer, two buttons, open over a light blue shirt, brown
    # trousers, white backdrop; base BLIP-2
    case(
        "X998-027",
        caption("a man in a beige blazer and blue shirt"),
        wearing("a beige blazer, a blue shirt and brown pants", who="he"),
        garment_type("blazer"),
        color("blue", "other_garment_color"),
        closure("buttons"),
        D.description("the garment is a blazer", "non_answer"),
        color_of("trousers", "beige", "contradiction"),
        title="Basics Men Beige Blazer Jacket",
        category="Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a red football training jacket, zipped, white swoosh and white piping on the sleeves, black
    # shorts, white backdrop; base BLIP-2
    case(
        "X998-028",
        caption("a man wearing a red nike jacket and black shorts"),
        wearing("she is wearing a red jacket and black shorts", "pronoun", who="he"),
        color("red"),
        color_of("shorts", "black"),
        Q.sleeve_length("long sleeve"),
        details("jacket", "the jacket has the manchester united logo on the chest", "unsupported"),
        describe(
            "jacket",
            "a red jacket with a white logo on the chest and a white logo on the sleeve and a white logo on the sleeve "
            "and a",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Football Soccer Red Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: man in a light blue washed denim jacket, buttoned, two chest flap pockets, open collar, white t-shirt
    # collar showing, black jeans, white backdrop; base BLIP-2
    case(
        "X998-029",
        caption("a man wearing a denim jacket and black jeans"),
        wearing("a jean jacket", who="he"),
        garment_type("jacket"),
        color_of("jacket", "black", "other_garment_color"),
        material("denim"),
        details("jacket", "the jacket has two pockets on the chest and buttons down the front"),
        hood("no"),
        D.description("a blue denim jacket Answer: a blue denim jacket with buttons", "leak"),
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black leather biker jacket with an asymmetric zip, open over a grey t-shirt, blue jeans,
    # white backdrop; base BLIP-2
    case(
        "X998-030",
        caption("a man in a black leather jacket and jeans"),
        wearing("a black leather jacket, a grey shirt and jeans", who="he"),
        color("grey", "other_garment_color"),
        material("leather"),
        describe(
            "jacket",
            "the jacket is a black leather jacket with a zipper on the front, two zippered pockets on the sides, a "
            "belt at the waist and snap",
            "cut",
            hit_limit=True,
        ),
        closure("zipper"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        title="Fort Collins Men Black Leather Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive hooded jacket with a drawstring hood and two front zip pockets, zipped, beige chinos,
    # white backdrop; base BLIP-2
    case(
        "X998-031",
        caption("a man wearing a green hooded jacket"),
        wearing("a green jacket with a hood and khaki pants", who="he"),
        color("beige", "other_garment_color"),
        hood("yes"),
        describe("jacket", "what is the jacket like? the jacket is a jacket", "restated"),
        is_a("jacket", "yes"),
        color_of("pants", "green", "contradiction", kind="open"),
        title="Wildcraft Men Olive Hooded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in an olive quilted jacket with long sleeves and a brown corduroy
    # collar, zipped, blue jeans, white backdrop; the row has no color column; base BLIP-2
    case(
        "X998-032",
        caption("a man wearing a green quilted jacket and blue jeans"),
        wearing("she is wearing a green jacket and jeans", "pronoun", who="he"),
        color("green"),
        Q.sleeve_length("sleeveless", "contradiction"),
        D.details("the jacket has a quilted pattern and a brown collar"),
        material("polyester"),
        title="U.S. Polo Assn. Men Solid Olive Jacket",
        category="Jackets",
        gender="Men",
    ),
    # photo: lower-body crop of a man in navy track pants with a single white stripe down each side, white
    # sneakers, the hem of a white t-shirt at the top, white backdrop; base BLIP-2
    case(
        "X998-033",
        caption("a man wearing white track pants and white sneakers", "other_garment_color"),
        wearing("blue pants and white shoes", who="he"),
        color_of("pants", "white", "other_garment_color"),
        garment_type("track pants"),
        Q.pattern("striped"),
        details("pants", "the pants have a white stripe on the side"),
        material("the pants are made of 100% cotton fleece and are machine washable", "unsupported"),
        title="Puma Men Heroes Navy Blue Track Pant",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in black track pants with three white stripes down the legs, grey t-shirt, white backdrop, full
    # view; base BLIP-2
    case(
        "X998-034",
        caption("a man in a grey t - shirt and black adidas pants"),
        wearing("a grey shirt and black pants", who="he"),
        color("grey", "other_garment_color"),
        color_of("pants", "black", kind="open"),
        details("pants", "they are pants", "non_answer"),
        material("polyester"),
        D.description(
            "black track pants with three white stripes down the side, an elastic waistband with a drawstring and "
            "tapered legs that",
            "cut",
            hit_limit=True,
        ),
        title="ADIDAS Men Solid Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in grey thermal track pants with a drawstring waist, cuffed ankles and a small swoosh on the thigh,
    # black t-shirt, white backdrop; base BLIP-2
    case(
        "X998-035",
        caption("a man wearing a black shirt and grey sweatpants"),
        wearing("a black t - shirt and grey sweatpants", who="he"),
        color("black", "other_garment_color"),
        color_of("sweatpants", "grey", kind="open"),
        is_a("jeans", "no", article="a pair of"),
        D.description(
            "grey sweatpants with a drawstring waist Question: What is the material of the sweatpants? Answer:",
            "leak",
        ),
        title="Nike Men AS Thermal Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in black track pants with a small red club crest on the left thigh, red jersey t-shirt, white
    # backdrop; base BLIP-2
    case(
        "X998-036",
        caption("a man wearing a red shirt and black pants"),
        wearing("a red shirt and black track pants", who="he"),
        color("red", "other_garment_color"),
        garment_type("track pants"),
        describe("pants", "black track pants with the manchester united logo on the leg"),
        details("pants", "the pants have zippered pockets and a reflective stripe on the back", "unsupported"),
        Q.pattern("graphic", "contradiction"),
        title="Manchester United Men Solid Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in grey melange joggers with ribbed cuffs and a drawstring waist, white t-shirt worn untucked, white
    # backdrop; base BLIP-2
    case(
        "X998-037",
        caption("a man in a white t - shirt and grey joggers"),
        wearing("a white t-shirt and grey jogging pants", who="he"),
        color_of("pants", "grey"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        Q.pattern("solid"),
        material("cotton"),
        D.details("the pants have cuffs at the ankles and a drawstring"),
        describe("pants", "the pants are pants", "restated"),
        title="Puma Men Solid Grey Core Sweat Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in royal blue track pants with white piping down the sides, white t-shirt, white backdrop; base
    # BLIP-2
    case(
        "X998-038",
        caption("a woman in a white shirt and blue pants", "pronoun"),
        wearing("a white shirt and blue pants", who="he"),
        color("blue"),
        garment_type("pants"),
        D.description("pants", "non_answer"),
        material("the pants are made of silk", "unsupported"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        title="Nike Men Crickt Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black woven windpants with a zip at each ankle and a small white Puma logo, light blue t-shirt,
    # white backdrop; base BLIP-2
    case(
        "X998-039",
        caption("a man wearing black pants and a blue shirt"),
        wearing("a blue shirt and blue pants", "contradiction", who="he"),
        color_of("pants", "blue", "other_garment_color"),
        describe("pants", "black pants with a zipper at the bottom"),
        details(
            "pants",
            "the pants are black and the shirt is blue and the pants are black and the shirt is blue and the pants are",
            "loop",
            hit_limit=True,
        ),
        garment_type("jeans", "contradiction"),
        title="Puma Men Wind Black Track Pant",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in grey track pants with a small green-and-yellow South Africa flag print on the thigh, green
    # t-shirt, white backdrop; base BLIP-2
    case(
        "X998-040",
        caption("a man in a green shirt and grey pants"),
        wearing("a green shirt and grey pants", who="he"),
        color("green", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        Q.pattern("solid"),
        details("pants", "the pants have a flag on the leg"),
        is_a("track pants", "yes", article="a pair of"),
        material("yes", "non_answer"),
        title="Puma Men South Africa  Grey Track Pant",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in black tennis track pants with a white swoosh, white polo t-shirt, white backdrop; the row has no
    # title; base BLIP-2
    case(
        "X998-041",
        caption("a man wearing a white shirt and black pants"),
        wearing("he is wearing a white polo shirt and black pants", who="he"),
        color("white", "other_garment_color"),
        garment_type("track pants"),
        material("i don't know", "non_answer"),
        D.details("the details of the garment are the pants", "restated"),
        describe(
            "pants",
            "he is wearing black pants and a white shirt and black pants and a white shirt and black pants and a white "
            "shirt and",
            "loop",
            hit_limit=True,
        ),
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: boy (Myntra "Men" row for a kids' product) in a black sweatshirt with a colorful cartoon robot print,
    # blue jeans, white backdrop; base BLIP-2
    case(
        "X998-042",
        caption("a little boy wearing a black sweatshirt with a robot on it"),
        wearing("a black sweatshirt with a robot on it", who="he"),
        color("black"),
        Q.pattern("graphic"),
        describe("sweatshirt", "a black sweatshirt with a robot on it and the words made in india", "unsupported"),
        is_a("hoodie", "yes", "contradiction"),
        color_of("jeans", "black", "contradiction"),
        title="Gini and Jony Kids Boys Printed Black Sweatshirts",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a brown crew-neck sweatshirt, plain, over a blue checked shirt whose hem shows below, beige
    # chinos, white backdrop; base BLIP-2
    case(
        "X998-043",
        caption("a man wearing a brown sweatshirt and khaki pants"),
        wearing("a brown sweatshirt and a blue shirt", who="he"),
        color("brown"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        Q.pattern("checked", "contradiction"),
        D.details("the sweatshirt is brown and has a blue shirt under it"),
        material("wool", "unsupported"),
        title="United Colors of Benetton Men Solid Brown Sweatshirt",
        category="Sweatshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a black pullover hoodie with white drawstrings and a kangaroo pocket, hood up, black track
    # pants, white backdrop; base BLIP-2
    case(
        "X998-044",
        caption("a man in a black hoodie with the hood up"),
        wearing("a black hoodie and black pants", who="he"),
        garment_type("hoodie"),
        color("black"),
        hood("yes"),
        describe(
            "hoodie",
            "a black hoodie with a white logo on the back Question: Describe the hoodie. Answer: a black hoodie with",
            "leak",
            hit_limit=True,
        ),
        D.details("the hoodie has white drawstrings and a front pocket"),
        title="Roadster Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay of a mustard yellow hooded sweatshirt, kangaroo pocket, navy "HRX" print on the chest, no
    # person, white backdrop; the row has no gender; base BLIP-2
    case(
        "X998-045",
        caption("a yellow hoodie with the word hrx on it"),
        wearing("a yellow hoodie"),
        garment_type("hoodie"),
        color("navy blue", "contradiction"),
        color_of("hoodie", "mustard yellow", kind="open"),
        D.description("a yellow hooded sweatshirt with a blue print on the front"),
        material("cotton"),
        details(
            "hoodie",
            "the hoodie has a drawstring hood, a kangaroo pocket, ribbed cuffs and the letters hrx printed in blue on "
            "the front of the",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Mustard Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # photo: man in a charcoal zip-up hoodie, zipped to mid chest over a white t-shirt, grey track pants, light grey
    # backdrop; base BLIP-2
    case(
        "X998-046",
        caption("a man wearing a dark grey hoodie and light grey sweatpants"),
        wearing("she is wearing a grey hoodie and grey pants", "pronoun", who="he"),
        color("charcoal"),
        color_of("hoodie", "white", "other_garment_color", kind="open"),
        closure("zipper"),
        describe("hoodie", "the hoodie is a hoodie", "restated"),
        details(
            "hoodie",
            "the hoodie has a zipper on the front, two pockets on the sides, a drawstring hood, ribbed cuffs and a "
            "ribbed hem that is",
            "cut",
            hit_limit=True,
        ),
        title="Nike Men Solid Charcoal Zip Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
]
