"""BLIND_730 (46 products; Myntra men's formal shirts/trousers, VQA adapter): written blind in the fifty-fourth session.
Measured blind at 4b4f207 (the session's final rules): 110/120 failures found (91.7%) and 3/172 correct texts flagged
(1.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's formal and office wear, half Shirts and half Trousers (Arrow, Van Heusen, Peter
England, Louis Philippe, Allen Solly, Park Avenue, Raymond, Blackberrys...). Studio photos, mostly a white backdrop, a
few light grey walls; the model always wears both garments (shirt tucked into trousers, a belt, formal shoes), some
with a tie, a blazer or a sweater on top, one trousers shot cropped to the lower body. Some rows lack a column.

Who wrote what: every caption and open answer is free generation by the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b, greedy, 30 new tokens for answers, 50 for captions). Trained without an end token, it
loops ("grey grey grey", "a pocket and a pocket") or is cut at the limit, sometimes goes on with the next
"Question: ... Answer:" pair, gives the shirt's color to the trousers (and the reverse), invents pockets, logos and
collars, and now and then says "she". Its captions are base-like and short ("a man in a white shirt and grey pants").
Closed answers (color, garment type, pattern, sleeve length, fit, "Is this a ...?") come from enrich's
`--engine reference` ranking candidates with the same adapter: never a loop or a cut, but often the wrong candidate,
typically the other garment's color or pattern.

Labeling conventions and judgement calls:
- The product is the row's category (Shirts or Trousers). An open text that gives the product another worn garment's
  color (trousers called "light blue" after the shirt) is other_garment_color; a closed answer doing the same, or a
  text giving a non-product garment the product's color ("a green shirt and green pants" for a green shirt), is
  contradiction, as is a wrong candidate (pattern, sleeves, fit, garment type, "yes" to "Is this a pair of jeans?").
- Colors are judged against the photo: a shade of the seller's color is right (Charcoal = grey, Navy Blue = blue,
  Cream = white or beige, Lavender = purple, Maroon = red). One Khaki row whose trousers look tan: "brown" is right.
- A question asked of the other garment ("What is the color of the shirt?" on a trousers row) is judged on that
  garment, and right when it names it. An open "wearing" answer that names only a worn non-product garment (blazer,
  sweater, shirt on a trousers row) is correct when true; the closed garment type must be the product.
- A long-sleeve shirt worn with sleeves rolled up answered "short sleeve" is a contradiction (the title and cuffs say
  long).
- Material: right when the title names it; a material the title does not name (the photo cannot show fibre) is
  unsupported, and so is one that contradicts the title.
- Invented parts (a pocket, logo, epaulettes, mandarin collar, zipper, briefcase, pleats on flat-front trousers) are
  unsupported. A tie's print given to the shirt is a contradiction (pattern).
- A text with two faults carries the one that dominates it: a loop that also invents a part is a loop; a leak is a
  leak whatever its embedded answers say; a cut is a cut when what it says before the cut is right.
- non_answer: empty, "yes" to an open question, or only the garment's name back ("the shirt", "pants"); restated:
  a sentence that echoes the question ("the shirt is a shirt", "the details of the pants are"). A one-word garment
  name to "What cloth is the person wearing?" answers it and is correct.
- pronoun: "she"/"her" in any text on a Men row; "he" on rows with no gender column is not a failure.
- hit_limit=True on every loop and cut and on leaks that run on to the limit; no correct text hit the limit.
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
    question,
    wearing,
)

# the VQA data's own wording of the wearing question, and a closed fit question for the trousers rows
cloth = question("wearing", "What cloth is the person wearing?", "open")
fit = question("fit", "What is the fit of the trousers?", "closed")

BLIND_730 = [
    # photo: plain white long-sleeve formal shirt, spread collar, one chest pocket, tucked into charcoal trousers,
    # black belt; white backdrop, front view to mid-thigh. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-001",
        caption("a man wearing a white shirt and grey pants"),
        cloth("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        describe("shirt", "a white shirt with a collar and buttons down the front"),
        details(
            "shirt",
            "the shirt has a pocket on the chest and a pocket on the chest and a pocket on the chest and a pocket on",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Men White Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey slim trousers worn with a light blue shirt tucked in, brown belt, black shoes; white
    # backdrop, full length, front. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-002",
        caption("a man in a light blue shirt and dark grey pants"),
        color_of("trousers", "blue", "contradiction"),
        Q.color("grey"),
        describe("pants", "the pants are light blue and have a belt", "other_garment_color"),
        details(
            "pants",
            "the pants have belt loops and a zip fly with a hook closure and two side pockets and a back pocket "
            "with a button and a",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        Q.garment_type("trousers"),
        title="Peter England Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: blue and white vertical-striped long-sleeve shirt with navy trousers, hands in pockets; white backdrop,
    # front. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-003",
        caption("a man wearing a blue and white striped shirt and navy pants with his hands in his pockets"),
        wearing("she is wearing a blue striped shirt and blue pants", "pronoun", who="the man"),
        Q.pattern("striped"),
        Q.color("blue"),
        describe("shirt", "a blue shirt with white stripes, a pointed collar and long sleeves with buttoned cuffs"),
        Q.material("cotton"),
        details("shirt", "the shirt details", "restated"),
        title="Van Heusen Men Blue & White Striped Slim Fit Pure Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy blue trousers, white shirt tucked in, black belt and shoes; white backdrop, full length.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-004",
        caption("a man in a white shirt and white pants", "other_garment_color"),
        cloth("pants"),
        color_of("pants", "navy blue"),
        color_of("shirt", "white"),
        details("pants", "the pants are navy blue"),
        fit("regular fit"),
        title="Louis Philippe Men Navy Blue Regular Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: pale pink plain long-sleeve shirt, no pocket, no logo, buttoned cuffs, with grey trousers and a silver
    # watch; white backdrop. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-005",
        caption("a man wearing a pink shirt and grey pants"),
        color_of("shirt", "grey", "contradiction"),
        describe(
            "shirt",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt", "the shirt has a pocket on the left chest and a logo embroidered on the pocket", "unsupported"
        ),
        Q.sleeve_length("long sleeve"),
        Q.pattern("solid"),
        title="Park Avenue Men Pink Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black slim trousers with a lilac shirt tucked in, black belt; white backdrop, three-quarter view.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-006",
        caption("a man in a purple shirt and black pants posing for a photo"),
        wearing("a purple shirt and purple pants", "other_garment_color"),
        Q.color("black"),
        is_a("pair of jeans", "yes", "contradiction"),
        details(
            "pants",
            "Question: What are the pants details? Answer: the pants are black Question: What is the color of the "
            "shirt? Answer: purple",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="Blackberrys Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: small blue-and-white gingham check shirt, button-down collar, one chest pocket, long sleeves, with beige
    # chinos; white backdrop. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-007",
        caption("a man in a blue checkered shirt and beige pants"),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details("shirt", "blue and white checks, a button-down collar and a single chest pocket"),
        cloth("shirt and pants"),
        title="Allen Solly Men Blue Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: beige trousers with a white shirt tucked in, brown belt, brown shoes; white backdrop, full length.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-008",
        caption("a man wearing a white shirt and khaki pants with a brown belt"),
        color_of("pants", "white", "contradiction"),
        describe("pants", "white pants with a brown belt and brown shoes", "other_garment_color"),
        Q.color("beige"),
        Q.material("polyester", "unsupported"),
        is_a("shirt", "no"),
        title="Raymond Men Beige Regular Fit Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: lavender long-sleeve shirt with a spread collar, navy trousers; white backdrop, front.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-009",
        caption("a man in a purple shirt and blue pants"),
        wearing(
            "he is wearing a purple shirt and blue pants and a purple shirt and blue pants and a purple shirt and "
            "blue pants and a",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        Q.color("purple"),
        color_of("pants", "blue"),
        describe("shirt", "a light purple button up shirt with long sleeves"),
        details("shirt", "the shirt has a mandarin collar", "unsupported"),
        title="John Miller Men Lavender Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: mid-grey flat-front trousers with a pressed crease, crisp white shirt, black belt and shoes; white
    # backdrop, nothing in the hands. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-010",
        caption("a man in a white shirt and grey pants holding a briefcase", "unsupported"),
        cloth("pants"),
        Q.color("white", "contradiction"),
        color_of("pants", "the pants are grey", kind="open"),
        details("pants", "yes", "non_answer"),
        describe("pants", "grey pants with a flat front and a crease down the front of the leg"),
        title="Van Heusen Men Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: navy shirt with a small white dot micro-print, long sleeves, worn with grey trousers; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-011",
        caption("a man in a blue polka dot shirt and gray pants"),
        Q.pattern("printed"),
        Q.color("navy blue"),
        describe("shirt", "a dark blue shirt with small white dots all over it"),
        details("shirt", "the details of the shirt are the details of the shirt", "restated"),
        wearing("a blue shirt and grey pants", who="the man"),
        Q.material("silk", "unsupported"),
        title="Arrow Men Navy Blue Printed Pure Cotton Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: dark brown regular trousers, cream shirt tucked in, brown belt, tan shoes; white backdrop, full length.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-012",
        caption("a man in a white shirt and brown pants"),
        color_of("pants", "black", "contradiction"),
        describe("pants", "brown pants"),
        details(
            "pants",
            "the pants have a button closure and a zipper fly and two pockets on the sides and two pockets on the "
            "back and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        is_a("pair of trousers", "yes"),
        title="Park Avenue Men Brown Regular Fit Formal Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: black long-sleeve shirt worn with light grey trousers, silver watch; white backdrop, front.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-013",
        caption("a man wearing a black shirt and grey pants"),
        Q.color("grey", "contradiction"),
        color_of("shirt", "black", kind="open"),
        describe(
            "shirt",
            "a black shirt with a black collar and black buttons and black cuffs and black sleeves and black buttons "
            "and black",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "she is wearing a black shirt with a collar", "pronoun"),
        Q.sleeve_length("long sleeve"),
        title="Indian Terrain Men Black Solid Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: trousers that look tan / light brown (seller says Khaki), navy shirt tucked in, brown belt, flat front
    # with slant pockets; white backdrop. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-014",
        caption("a man in a navy shirt and tan pants"),
        Q.color("brown"),
        describe("pants", "navy blue pants with a brown belt", "other_garment_color"),
        wearing("a blue shirt and khaki pants", who="the man"),
        fit("slim fit"),
        details("pants", "the pants are slim fit and have a flat front with two slant pockets"),
        title="Arrow Men Khaki Slim Fit Formal Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: maroon long-sleeve shirt, spread collar, curved hem tucked into black trousers, one hand in a pocket;
    # white backdrop. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-015",
        caption("a man in a red shirt and black pants"),
        color_of("shirt", "black", "contradiction"),
        describe("shirt", "a black shirt with long sleeves and a collar", "other_garment_color"),
        cloth("shirt"),
        Q.pattern("solid"),
        details(
            "shirt",
            "the shirt has a spread collar, a curved hem and long sleeves with buttoned cuffs, and it is tucked in "
            "at the",
            "cut",
            hit_limit=True,
        ),
        title="Basics Men Maroon Slim Fit Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: charcoal tailored trousers with a white shirt with thin blue stripes, black belt; white backdrop. The
    # row has no color column. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-016",
        caption("a man in a striped shirt and dark gray pants standing against a white background"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        describe("pants", "dark grey pants"),
        details("pants", "", "non_answer"),
        is_a("pair of trousers", "no", "contradiction"),
        title="Colorplus Men Charcoal Tailored Fit Formal Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: sky blue plain shirt under an open navy blazer, grey trousers; white backdrop, front.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-017",
        caption("a man wearing a navy blazer over a light blue shirt and grey pants"),
        cloth("blazer"),
        Q.garment_type("blazer", "contradiction"),
        Q.color("blue"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        describe("shirt", "a light blue shirt with a white collar", "unsupported"),
        Q.sleeve_length("long sleeve"),
        title="Raymond Men Light Blue Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mid blue slim trousers, white shirt tucked in, tan belt and tan shoes; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-018",
        caption(
            "Question: What is the color of the pants? Answer: blue Question: What is the color of the shirt? "
            "Answer: white Question: What is the color of the belt? Answer: brown Question:",
            "leak",
            hit_limit=True,
        ),
        cloth("she is wearing a white shirt and blue pants", "pronoun"),
        Q.color("blue"),
        color_of("shirt", "white"),
        details(
            "pants",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no"),
        title="Allen Solly Men Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Blue",
        gender="Men",
    ),
    # photo: white shirt with fine grey windowpane checks, long sleeves, black trousers; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-019",
        caption("a man wearing a white checkered shirt and black pants"),
        Q.color("black", "contradiction"),
        Q.pattern("checked"),
        describe("shirt", "a white shirt with thin grey lines forming squares"),
        details("shirt", "he is wearing a white shirt with grey checks and black pants"),
        Q.material("linen", "unsupported"),
        wearing("he is wearing a white shirt with a black tie", "unsupported", who="the man"),
        title="Van Heusen Men White & Grey Checked Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: lower body only, waist to shoes: black flat-front trousers, plain hems, white shirt hem tucked in at the
    # waist, black shoes; white backdrop. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-020",
        caption("a man's legs in black pants and black shoes"),
        cloth("pants"),
        Q.color("black"),
        describe("pants", "black pants with a white shirt tucked in"),
        details("pants", "the pants have a pleated front and cuffs at the bottom", "unsupported"),
        Q.garment_type("trousers"),
        title="Peter England Men Black Flat-Front Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: olive green long-sleeve shirt, spread collar, curved hem, plain front, with beige trousers; white
    # backdrop. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-021",
        caption("a man in a green shirt and beige pants"),
        Q.color("beige", "contradiction"),
        wearing("a green shirt and green pants", "contradiction", who="the man"),
        describe("shirt", "olive green shirt with long sleeves, a spread collar and a curved hem"),
        details(
            "shirt",
            "the shirt has epaulettes on the shoulders and flap pockets on both sides of the chest",
            "unsupported",
        ),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Blackberrys Men Olive Green Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy trousers with faint thin white pinstripes, pale blue shirt tucked in, black belt; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-022",
        caption("a man in a light blue shirt and navy pants"),
        Q.pattern("striped"),
        Q.color("blue"),
        describe("pants", "light blue pants with a black belt", "other_garment_color"),
        details("pants", "the pants have thin white stripes running down the legs"),
        cloth(
            "shirt and pants Question: What is the color of the shirt? Answer: light blue Question: What is the "
            "color of the pants? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        title="Blackberrys Men Navy Blue Pinstriped Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream shirt with a subtle self-textured weave that reads solid, brown trousers; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-023",
        caption("a man wearing a beige shirt and brown pants"),
        Q.color("white"),
        describe("shirt", "a brown shirt with buttons", "other_garment_color"),
        details("shirt", "the shirt", "non_answer"),
        Q.pattern("solid"),
        wearing("a cream shirt and brown trousers", who="the man"),
        title="Peter England Men Cream Textured Formal Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: charcoal grey double-pleated trousers with a pink shirt tucked in, belt loops visible; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-024",
        caption("a man in a pink shirt and gray pants"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.color("grey"),
        details("pants", "the pants have two pleats in the front and belt loops"),
        is_a("pair of trousers", "yes"),
        describe(
            "pants",
            "the pants are grey and the shirt is pink and the pants are grey and the shirt is pink and the pants are "
            "grey and",
            "loop",
            hit_limit=True,
        ),
        title="Van Heusen Men Charcoal Grey Pleated Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: medium blue and white checked shirt, regular collar, one patch pocket, curved hem, navy trousers; white
    # backdrop. Row has no gender column. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-025",
        caption("a man in a blue and white plaid shirt and navy blue pants"),
        Q.pattern("checked"),
        Q.color("blue"),
        describe(
            "shirt",
            "plaid shirt with a pocket and a pocket and a pocket and a pocket and a pocket and a pocket and a pocket "
            "and",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt has a regular collar and full sleeves with a single patch pocket on the chest and a curved "
            "hem with side",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a plaid shirt and dark pants"),
        title="Louis Philippe Men Blue & White Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: cream regular trousers, navy shirt tucked in, brown belt, brown loafers; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-026",
        caption("a man in a blue shirt and white pants"),
        Q.color("navy blue", "contradiction"),
        color_of("pants", "white"),
        describe("pants", "cream colored pants with a brown belt and brown shoes"),
        details("pants", "she has a brown belt", "pronoun"),
        Q.garment_type("trousers"),
        title="Park Avenue Men Cream Regular Fit Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: pale lemon yellow long-sleeve shirt, no logo, charcoal trousers; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-027",
        caption("a man wearing a yellow shirt and dark grey pants"),
        Q.color("yellow"),
        color_of("shirt", "white", "contradiction", kind="open"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: the shirt is yellow Question: Describe the pants. Answer: the "
            "pants are",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a small logo embroidered on the chest", "unsupported"),
        Q.sleeve_length("long sleeve"),
        title="Arrow Men Yellow Solid Formal Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: mid-grey self-design trousers with a black shirt tucked in, black belt and shoes; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-028",
        caption("a man in a black shirt and black pants", "other_garment_color"),
        cloth("shirt"),
        Q.color("grey"),
        describe("pants", "grey pants"),
        details(
            "pants",
            "the pants are grey and have a slim fit and a slim fit and a slim fit and a slim fit and a slim fit and",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes", "contradiction"),
        title="Louis Philippe Men Grey Self-Design Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: pink and white bengal-striped long-sleeve shirt with navy trousers; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-029",
        caption("a man in a pink and white striped shirt and blue pants"),
        Q.pattern("solid", "contradiction"),
        Q.color("pink"),
        describe("shirt", "a shirt with stripes"),
        details(
            "shirt",
            "the shirt has a pink and white striped pattern and a pink and white striped pattern and a pink and white "
            "striped pattern and",
            "loop",
            hit_limit=True,
        ),
        wearing("her shirt is pink and white striped and her pants are blue", "pronoun", who="the man"),
        title="Park Avenue Men Pink & White Striped Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black trousers, pale blue shirt under a navy V-neck sweater, black shoes; white backdrop. The row has
    # no category column. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-030",
        caption("a man wearing a navy sweater over a blue shirt and black pants"),
        Q.color("blue", "contradiction"),
        cloth("sweater"),
        color_of("pants", "black"),
        describe("pants", "navy blue pants", "other_garment_color"),
        details("pants", "the pants", "non_answer"),
        title="Raymond Men Black Regular Fit Formal Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: plain white shirt with a navy tie with small white dots, tucked into navy trousers; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-031",
        caption("a man wearing a white shirt and a blue tie"),
        Q.color("white"),
        color_of("shirt", "blue", "contradiction"),
        describe("shirt", "a white dress shirt worn with a navy tie with small white dots"),
        details("shirt", "the shirt has blue polka dots", "contradiction"),
        Q.pattern("solid"),
        is_a("shirt", "yes"),
        title="Allen Solly Men White Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy slim trousers, white shirt with a thin grey check, brown belt, brown shoes, hands in pockets;
    # white backdrop. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-032",
        caption(
            "a man in a white shirt and blue pants standing in front of a white background with his hands in his "
            "pockets, he is wearing a brown belt and brown shoes and his shirt is tucked into his pants and he is "
            "looking at the",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        cloth("pants"),
        details("pants", "yes", "non_answer"),
        fit("regular fit", "contradiction"),
        describe("pants", "dark blue slim pants"),
        title="Van Heusen Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light grey plain shirt, buttoned front, black trousers; light grey wall backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-033",
        caption("a man in a grey shirt and black pants standing against a grey wall"),
        Q.color("black", "contradiction"),
        color_of("shirt", "gray", kind="open"),
        describe("shirt", "a grey shirt with a collar"),
        details("shirt", "the shirt has a zipper on the front", "unsupported"),
        wearing("he is wearing a black shirt and black pants", "other_garment_color", who="the man"),
        Q.pattern("striped", "contradiction"),
        title="Indian Terrain Men Grey Solid Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: dark grey textured trousers with a maroon shirt tucked in, black belt; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-034",
        caption("a man in a maroon shirt and gray pants"),
        color_of("pants", "red", "contradiction"),
        describe(
            "pants",
            "Question: Describe the pants. Answer: The pants are grey. Question: What is the color of the shirt? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.color("grey"),
        details("pants", "the pants have a textured weave and belt loops"),
        cloth("a red shirt and a red pants", "other_garment_color"),
        title="Louis Philippe Men Dark Grey Textured Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: mid-blue herringbone self-design shirt (reads solid at this size), spread collar, two-button cuffs,
    # grey trousers, nothing under the shirt; white backdrop. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-035",
        caption("a man wearing a blue shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        describe("shirt", "a blue shirt with a white shirt underneath", "unsupported"),
        details(
            "shirt",
            "the shirt is blue and has a herringbone pattern and a spread collar and the sleeves are long and the "
            "cuffs have two buttons and the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        wearing("he is wearing a shirt", who="the man"),
        title="Arrow Men Blue Self-Design Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey trousers with a navy shirt tucked in, black belt; white backdrop. No gender column.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-036",
        caption("a man in a navy blue shirt and light gray pants"),
        wearing("a blue shirt and blue pants", "other_garment_color"),
        Q.color("grey"),
        details("pants", "the details of the pants are", "restated"),
        is_a("pair of trousers", "yes"),
        Q.material("wool blend", "unsupported"),
        describe(
            "pants",
            "the pants are light grey and have a flat front and a straight leg with a crease running down the middle "
            "of each leg to the",
            "cut",
            hit_limit=True,
        ),
        title="Raymond Men Light Grey Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # photo: white shirt with French cuffs and silver cufflinks, white collar and cuffs, black trousers, black belt
    # and shoes, shirt tucked in; light grey wall backdrop. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-037",
        caption("a man wearing a white shirt and black pants with cufflinks"),
        Q.color("white"),
        describe("shirt", "a white shirt with french cuffs and silver cufflinks"),
        details("shirt", "the shirt has a black collar and black cuffs", "other_garment_color"),
        color_of("pants", "white", "contradiction"),
        Q.garment_type("shirt"),
        wearing(
            "he is wearing a white shirt with french cuffs and silver cufflinks and black pants with a black belt and "
            "black shoes and the",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        title="Louis Philippe Men White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: olive green trousers with a white shirt tucked in, brown belt; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-038",
        caption("a man in a white shirt and green pants"),
        Q.color("green"),
        color_of("pants", "the pants are white", "other_garment_color", kind="open"),
        describe("pants", "olive green trousers with a brown belt"),
        details(
            "pants",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        is_a("pair of jeans", "no"),
        title="Van Heusen Men Olive Formal Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black shirt with thin white checks, long sleeves, grey trousers; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-039",
        caption("a man in a black and white checkered shirt and grey pants"),
        Q.pattern("checked"),
        Q.color("grey", "contradiction"),
        describe("shirt", "she is wearing a black and white shirt", "pronoun"),
        details("shirt", "the shirt has a black and white checkered pattern"),
        cloth("shirt"),
        title="Turtle Men Black & White Checked Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: mid-grey trousers with a subtle tonal check, white shirt tucked in, black belt; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-040",
        caption("a man wearing a white shirt and gray checkered pants"),
        Q.pattern("checked"),
        Q.color("white", "contradiction"),
        describe("pants", "white pants", "other_garment_color"),
        details(
            "pants",
            "The pants have a checkered pattern with a checkered pattern with a checkered pattern with a checkered "
            "pattern",
            "loop",
            hit_limit=True,
        ),
        cloth("he is wearing a white shirt and grey pants"),
        title="Park Avenue Men Grey Checked Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: medium blue long-sleeve shirt with the sleeves rolled to the elbow, one chest pocket, black trousers;
    # white backdrop. The row has no category column. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-041",
        caption("a man in a blue shirt with his sleeves rolled up"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.color("blue"),
        describe("shirt", "blue shirt with rolled up sleeves"),
        details(
            "shirt",
            "the shirt has a pocket on the chest and buttons on the front and the sleeves are rolled up and the "
            "collar is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a blue shirt and black pants Question: What is the color of the pants? Answer: black Question: What is",
            "leak",
            hit_limit=True,
        ),
        title="Peter England Men Blue Solid Formal Shirt",
        color="Blue",
        gender="Men",
    ),
    # photo: black slim trousers, white shirt tucked in, black belt, black shoes; light grey wall backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-042",
        caption("a man in a white shirt and black pants standing in front of a gray wall"),
        Q.color("black"),
        color_of("shirt", "black", "contradiction"),
        describe("pants", "black pants with a black belt"),
        details("pants", "she is wearing black pants", "pronoun"),
        cloth("pants"),
        Q.material("silk blend", "unsupported"),
        title="John Miller Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: pale peach long-sleeve shirt, spread collar, one chest pocket, white buttons, navy trousers; white
    # backdrop. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-043",
        caption("a man in a pink shirt and blue pants"),
        Q.color("pink"),
        describe("shirt", "a pink shirt with a pocket and white buttons"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a mandarin collar and a hidden button placket", "unsupported"),
        Q.sleeve_length("long sleeve"),
        cloth("yes", "non_answer"),
        title="Van Heusen Men Peach Solid Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: charcoal slim trousers with a blue-and-white checked shirt tucked in, black belt; white backdrop.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-044",
        caption("a man wearing a blue checkered shirt and grey pants"),
        Q.pattern("checked", "contradiction"),
        Q.color("grey"),
        describe("pants", "dark gray pants with a slim fit"),
        details("pants", "pants", "non_answer"),
        wearing("a blue and white checkered shirt and dark grey trousers", who="the man"),
        color_of(
            "pants",
            "grey Question: What is the color of the shirt? Answer: blue Question: What is the color of the belt? "
            "Answer: black Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Arrow Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy blue plain shirt with white buttons, long sleeves, khaki chinos; white backdrop. No gender column.
    # Caption and open answers VQA adapter, closed reference.
    case(
        "X730-045",
        caption("a man in a blue shirt and khaki pants"),
        Q.color("navy blue"),
        describe("shirt", "a navy blue shirt with white buttons"),
        details(
            "shirt",
            "the shirt is a navy blue shirt with a navy blue collar and navy blue cuffs and navy blue buttons and "
            "navy blue",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "beige"),
        Q.material(
            "the shirt is made of a soft, breathable cotton fabric that is perfect for the office", "unsupported"
        ),
        title="Blackberrys Men Navy Blue Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # photo: grey trousers with a lavender shirt tucked in, black belt, side view showing a side pocket and a
    # buttoned back pocket; white backdrop. Caption and open answers VQA adapter, closed reference.
    case(
        "X730-046",
        caption(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.color("purple", "contradiction"),
        color_of("pants", "gray", kind="open"),
        describe("pants", "light purple pants", "other_garment_color"),
        details("pants", "the pants have a side pocket and a back pocket with a button"),
        is_a("pair of trousers", "yes"),
        Q.material("denim", "unsupported"),
        title="Allen Solly Men Grey Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
]
