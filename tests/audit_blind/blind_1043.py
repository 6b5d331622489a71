"""BLIND_1043 (46 products; Myntra men's shirts, tees, jeans, trousers, VQA): written blind in the fifty-ninth session.
Measured blind at ee41834 (the session's third rules): 121/134 failures found (90.3%) and 3/187 correct texts flagged
(1.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's apparel (article types Shirts, Tshirts, Jeans, Trousers), one catalog photo per
product: mostly a male model on a white studio backdrop wearing the product with other garments (a tee under an open
shirt, a shirt tucked into trousers, a blazer over a shirt), a few flat lays and a ghost-mannequin shot, one back
view, one waist-down crop, one model holding a dumbbell. Seller columns: title, category, color, gender; two rows
lack a column (one has no color, one no gender), as real feeds do.

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), captions
included (empty prompt, 50 new tokens), answers with the `Question: ... Answer:` prompt (30 new tokens), greedy.
Closed questions (color of the product, garment type, pattern, sleeve length, collar, the yes/no "Is this a ...?")
were answered by enrich's `--engine reference`, which picks one candidate, so they never loop or stop short; their
failures are wrong picks (the other garment's color, the print's color, "jeans" for trousers). Open answers are free
generation. The adapter's habits: In-shop vocabulary ("tee", "denim", "pants", "blouse" for a shirt), terse one-word
answers, "she" from the women-heavy training data, no end token so it runs on into the next `Question: ... Answer:`
or repeats a phrase until the limit, and it gives the product the color of whatever else the model wears. Captions
are BLIP-like but sometimes broken by the VQA-only training (a bare "tee", a leaked question, a loop).

Labeling conventions and judgement calls:
- Texts are judged against the photo as described in the `# photo:` comment, not against the seller: where the
  seller's color is a shade of what the photo shows (Navy Blue answered "blue", Mustard answered "yellow", Maroon
  answered "red", Cream answered "white", Teal answered "teal" or "green" when the title itself says Green), the
  text is correct.
- A closed color pick that is another worn garment's color (or the print's color) is labeled contradiction; the kind
  other_garment_color is kept for open answers and captions that give the product another garment's color.
- A caption that gives another garment the product's color (grey track pants for a grey tee) is a contradiction; a
  caption that gives the product another garment's color is other_garment_color.
- A one-word answer, "yes"/"no" or an empty string to a describe/details/material question is non_answer; a bare
  garment noun to "What is the person wearing?" answers it and is correct. A one-word caption ("tee") is non_answer.
- Echoing the question's own words ("the shirt details are the shirt details", "the garment is made of material")
  is restated; "they are pants"/"they are long" for the pants' details is non_answer.
- "cotton" for an ordinary shirt, tee or chino, "denim" for jeans, and a material the title states or implies
  (Dri-FIT = polyester, "Wool Blend" in the title) are correct; a specific fabric nothing supports (linen, flannel,
  rayon, wool, ripstop, Egyptian or organic cotton, stretch denim) is unsupported.
- Rolled-up long sleeves answered "short sleeves" is a contradiction (the garment has long sleeves).
- "blouse" for a men's shirt only appears in texts with a worse fault: with "she" (labeled pronoun) or inside a
  leaked `Question: ... Answer: blouse` caption (labeled leak), one kind per text.
- A text with two faults gets the one that dominates: a leak that also hit the limit is leak, a run-on that repeats a
  phrase is loop, a text that stops mid-phrase at the limit without repeating is cut. hit_limit=True on every text
  that ran to 30 (answers) or 50 (captions) tokens.
- A pack of three tees described as one navy tee is a contradiction (count vs title); "no" to "What is the person
  wearing?" on a flat lay is non_answer; inventing a wearer for a flat lay is unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

print_on = question("print", "What is printed on the t-shirt?", "open")
collar = question("collar", "What type of collar does the shirt have?", "closed")

BLIND_1043 = [
    # photo: man in a light blue and white fine-striped full-sleeve formal shirt tucked into charcoal grey trousers,
    #   black belt, white backdrop, front view cropped at mid-thigh. All texts: VQA adapter.
    case(
        "X1043-001",
        caption("a man in a blue and white striped shirt and grey pants"),
        wearing("a shirt and pants"),
        color_of("shirt", "blue"),
        describe("shirt", "blue", "non_answer"),
        details(
            "shirt",
            "the collar, the buttons, the cuffs, the collar, the buttons, the cuffs, the collar, the buttons,"
            " the cuffs, the collar",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("striped"),
        BQ.sleeve_length("long sleeves"),
        title="Peter England Men Stripes Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black crew-neck short-sleeve tee with a small white Puma cat logo on the left chest, mid-blue
    #   jeans, white backdrop, front view to the knees. All texts: VQA adapter.
    case(
        "X1043-002",
        caption("a man wearing a black t-shirt and blue jeans"),
        wearing("she is wearing a black tee and blue denim", "pronoun"),
        color_of("t-shirt", "blue", "contradiction"),
        describe("t-shirt", "a blue t-shirt with a small logo on the chest", "other_garment_color"),
        details("t-shirt", "a puma logo on the chest"),
        BQ.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        BQ.material("cotton"),
        title="Puma Men Solid Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in dark indigo slim jeans with a slight fade on the thighs, plain white crew tee untucked, white
    #   sneakers, full-length front view on a white backdrop. All texts: VQA adapter.
    case(
        "X1043-003",
        caption("a man in a white t-shirt and dark blue jeans standing in front of a white wall"),
        wearing("the person is wearing", "restated"),
        color_of("jeans", "white", "contradiction"),
        details(
            "jeans",
            "five pockets and a zip fly Question: what is the color of the jeans? Answer: blue Question: what is",
            "leak",
            hit_limit=True,
        ),
        describe("jeans", "dark blue slim fit jeans with a faded wash on the thighs"),
        is_a("jeans", "yes", article="a pair of"),
        title="Levis Men 511 Slim Fit Navy Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in grey flat-front formal trousers with a pressed crease, white full-sleeve shirt tucked in, black
    #   belt, black oxford shoes, full-length, white backdrop. All texts: VQA adapter.
    case(
        "X1043-004",
        caption("a man in a white shirt and grey pants"),
        wearing("he is wearing a white shirt, grey pants and black shoes", who="he"),
        color_of("pants", "white", "contradiction"),
        details(
            "pants",
            "the pants have a flat front with belt loops and a crease down the front of each leg and the hem is",
            "cut",
            hit_limit=True,
        ),
        describe("pants", "grey pants"),
        BQ.material("polyester viscose blend", "unsupported"),
        is_a("trousers", "yes", article="a pair of"),
        title="Van Heusen Men Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a red and navy checked full-sleeve shirt, sleeves rolled to the elbows, worn open over a plain
    #   white crew tee, two flap chest pockets, mid-blue jeans, white backdrop. All texts: VQA adapter.
    case(
        "X1043-005",
        caption("a man wearing a red plaid shirt over a white t-shirt and jeans"),
        wearing("a red checked shirt, a white tee and blue jeans"),
        color_of("shirt", "red"),
        describe("shirt", "white shirt with red and blue checks and a pocket on the chest", "other_garment_color"),
        details("shirt", "the sleeves are rolled up"),
        BQ.pattern("checked"),
        BQ.sleeve_length("short sleeves", "contradiction"),
        BQ.material("flannel", "unsupported"),
        title="Wrangler Men Red Checked Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a navy polo with thin white tipping stripes on the collar and a small red horse logo, beige chinos,
    #   brown belt, white backdrop, view to the thighs. All texts: VQA adapter.
    case(
        "X1043-006",
        caption("a man in a navy blue polo shirt and khaki pants"),
        wearing(
            "a polo shirt Question: what is the color of the polo shirt? Answer: navy blue Question: is this a",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue"),
        describe("t-shirt", "a beige polo with white stripes on the collar", "other_garment_color"),
        details("t-shirt", "two button placket, ribbed collar and a zip pocket on the left sleeve", "unsupported"),
        BQ.pattern("solid"),
        is_a("polo shirt", "yes"),
        title="U.S. Polo Assn. Men Solid Navy Blue Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in black skinny jeans, grey melange crew tee, black ankle boots, full-length front view on a white
    #   backdrop. All texts: VQA adapter.
    case(
        "X1043-007",
        caption("a man wearing black jeans and a black t-shirt", "contradiction"),
        wearing("grey tee and black denim"),
        color_of("jeans", "black"),
        describe("jeans", "grey skinny jeans with a low waist", "other_garment_color"),
        details(
            "jeans",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        BQ.material("denim"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        title="Spykar Men Black Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in khaki slim chinos, light blue oxford shirt worn untucked, brown loafers, full-length, white
    #   backdrop. All texts: VQA adapter.
    case(
        "X1043-008",
        caption("a man wearing a blue shirt and beige pants"),
        wearing("he is wearing a blue shirt and khaki pants", who="he"),
        color_of("pants", "khaki"),
        details("pants", "they are pants", "non_answer"),
        describe("pants", "the pants are light blue with a slim fit", "other_garment_color"),
        BQ.garment_type("trousers"),
        BQ.material("the garment is made of material", "restated"),
        title="Allen Solly Men Khaki Slim Fit Casual Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a white short-sleeve crew tee with a large black and red "FM 1980" graphic on the chest, mid-blue
    #   jeans with a brown belt, white backdrop, view to the thighs. All texts: VQA adapter.
    case(
        "X1043-009",
        caption("a man wearing a white t-shirt with a red and black graphic print"),
        print_on("fm 1980 in black and red letters"),
        color_of("t-shirt", "black", "contradiction"),
        describe(
            "t-shirt",
            "a white t-shirt with a graphic print on the front and a graphic print on the front and a graphic print on"
            " the front and a",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("graphic"),
        BQ.sleeve_length("short sleeves"),
        wearing(
            "a white t-shirt with a large black and red print on the front that says fm 1980 and a pair of blue jeans"
            " with a brown belt and the t-shirt",
            "cut",
            hit_limit=True,
        ),
        title="Flying Machine Men Printed White T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a plain white long-sleeve formal shirt with a spread collar, one chest pocket and buttoned barrel
    #   cuffs, tucked into navy trousers, cropped at the hips, white backdrop. All texts: VQA adapter.
    case(
        "X1043-010",
        caption("Question: What cloth is the person wearing? Answer: blouse", "leak"),
        wearing("a navy shirt and navy pants", "other_garment_color"),
        color_of("shirt", "white"),
        describe("shirt", "a white shirt with a spread collar and a pocket on the left side of the chest"),
        details("shirt", "the shirt has a button-down collar and french cuffs with cufflinks", "unsupported"),
        BQ.material("cotton"),
        collar("spread collar"),
        title="Arrow Men Solid White Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: waist-down crop of a man in light blue washed jeans with whiskering at the hips, the hem of a navy tee
    #   just visible, brown leather shoes, white backdrop. All texts: VQA adapter.
    case(
        "X1043-011",
        caption("a pair of light blue jeans with brown shoes"),
        wearing("jeans"),
        color_of("jeans", "light blue"),
        details(
            "jeans",
            "faded wash with whiskers on the thighs, five pockets, copper rivets and a zip fly with a button at the"
            " waist and the hem is",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        describe("jeans", "she is wearing light blue jeans with a faded wash", "pronoun"),
        is_a("jeans", "yes", article="a pair of"),
        title="Lee Men Light Blue Washed Regular Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: flat lay, no person: navy formal trousers folded in half on a white backdrop, waistband and hook showing.
    #   All texts: VQA adapter.
    case(
        "X1043-012",
        caption("a pair of navy blue pants on a white background"),
        wearing("a man wearing a white shirt and navy pants", "unsupported"),
        color_of("pants", "navy blue"),
        details("pants", "pants", "non_answer"),
        describe("pants", "navy blue pants folded on a white background"),
        BQ.garment_type("trousers"),
        BQ.material(
            "the fabric looks like a smooth woven blend with a slight sheen and a crease down the front of each leg and"
            " the waistband has a hook and",
            "cut",
            hit_limit=True,
        ),
        title="Louis Philippe Men Navy Blue Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a grey melange crew-neck short-sleeve Nike training tee with a small black swoosh on the chest,
    #   black track pants, white backdrop, view to the knees. All texts: VQA adapter.
    case(
        "X1043-013",
        caption("a man wearing a grey t-shirt and grey pants", "contradiction"),
        wearing("grey tee and black pants"),
        color_of("t-shirt", "grey"),
        describe("t-shirt", "a black nike t-shirt with a crew neck", "other_garment_color"),
        details("t-shirt", "Question: What are the t-shirt details? Answer: crew neck, short sleeves", "leak"),
        BQ.material("polyester"),
        BQ.sleeve_length("short sleeves"),
        title="Nike Men Grey Melange Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in an olive green long-sleeve casual shirt with a button-down collar, worn untucked over beige chinos,
    #   white backdrop, view to the thighs. All texts: VQA adapter.
    case(
        "X1043-014",
        caption("a man in a green shirt and khaki pants"),
        wearing("she is wearing a green blouse and beige pants", "pronoun"),
        color_of("shirt", "olive"),
        describe("shirt", "an olive green shirt with a button down collar and long sleeves"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        BQ.pattern("solid"),
        is_a("shirt", "yes"),
        title="Indian Terrain Men Olive Slim Fit Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in medium blue regular-fit jeans, black and white checked shirt worn untucked, white sneakers,
    #   full-length on a white backdrop. All texts: VQA adapter.
    case(
        "X1043-015",
        caption("a man wearing a black and white checkered shirt and blue jeans"),
        wearing("a checked shirt and jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "black and white jeans", "other_garment_color"),
        details(
            "jeans",
            "the jeans are blue and the jeans are blue and the jeans are blue and the jeans are blue and the jeans are"
            " blue",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("shirt", "contradiction"),
        BQ.material("denim"),
        title="Pepe Jeans Men Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black formal trousers, pale pink long-sleeve shirt tucked in, black belt, black shoes, full-length,
    #   white backdrop; flat front, no cuffs. All texts: VQA adapter.
    case(
        "X1043-016",
        caption("a man in a pink shirt and black pants"),
        wearing("a pink shirt and black trousers", who="he"),
        color_of("pants", "pink", "contradiction"),
        describe("pants", "black formal trousers with a crease"),
        details("pants", "pleated front with turn-up cuffs and a satin stripe down the side", "unsupported"),
        is_a("trousers", "yes", article="a pair of"),
        title="Park Avenue Men Black Regular Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: man in a maroon full-sleeve henley tee with a three-button placket and ribbed cuffs, mid-blue jeans, white
    #   backdrop, view to the thighs. All texts: VQA adapter.
    case(
        "X1043-017",
        caption("tee", "non_answer"),
        wearing("a maroon henley and blue jeans"),
        color_of("t-shirt", "red"),
        describe(
            "t-shirt",
            "a maroon t-shirt with a button placket and long sleeves with a button placket and long sleeves with a"
            " button placket and long",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "three buttons on the placket and ribbed cuffs"),
        BQ.sleeve_length("long sleeves"),
        BQ.garment_type("t-shirt"),
        BQ.pattern("striped", "contradiction"),
        title="Roadster Men Maroon Solid Henley T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a navy short-sleeve casual shirt with a small white polka-dot print, no pockets, worn untucked over
    #   beige chinos, white backdrop. All texts: VQA adapter.
    case(
        "X1043-018",
        caption("a man in a blue polka dot shirt and beige pants"),
        wearing("a navy shirt with white dots and beige chinos"),
        color_of("shirt", "beige", "contradiction"),
        describe("shirt", "a white shirt with blue dots", "contradiction"),
        BQ.pattern("printed"),
        BQ.sleeve_length("short sleeves"),
        details("shirt", "a chest pocket with a button flap and epaulettes on the shoulders", "unsupported"),
        title="Highlander Men Navy Blue Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in grey slim jeans, black crew tee, white sneakers, full-length front view, white backdrop.
    #   All texts: VQA adapter.
    case(
        "X1043-019",
        caption("a man in a black t-shirt and black jeans", "other_garment_color"),
        wearing("black tee and grey denim"),
        color_of("jeans", "grey"),
        describe("jeans", "black jeans", "other_garment_color"),
        details(
            "jeans",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        BQ.material("stretch denim with a slight sheen", "unsupported"),
        title="Jack & Jones Men Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: man in tan/camel slim trousers (the seller calls them Brown), white long-sleeve shirt tucked in with cuffs
    #   buttoned, brown belt, no watch or jewellery, white backdrop. All texts: VQA adapter.
    case(
        "X1043-020",
        caption("a man in a white shirt and tan pants"),
        wearing("a white shirt, brown pants and a silver watch", "unsupported"),
        color_of("pants", "brown"),
        describe("pants", "white pants with a slim fit", "other_garment_color"),
        details(
            "pants",
            "Question: What are the pants details? Answer: Question: What are the pants details? Answer:",
            "leak",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        title="Basics Men Brown Slim Fit Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a mustard yellow round-neck short-sleeve tee with "BEING HUMAN" printed in white across the chest,
    #   grey jeans, white backdrop, view to the thighs. All texts: VQA adapter.
    case(
        "X1043-021",
        caption("a man in a yellow t-shirt with being human written on it"),
        wearing("yellow tee and grey jeans"),
        color_of("t-shirt", "yellow"),
        print_on("being human in white letters"),
        describe("t-shirt", "grey t-shirt with white text", "other_garment_color"),
        BQ.pattern("printed"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves and a print on the front and the print says being human and"
            " the print is white and the",
            "cut",
            hit_limit=True,
        ),
        title="Being Human Men Mustard Printed T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a light blue chambray denim shirt, long sleeves, two flap chest pockets with snap buttons, worn
    #   untucked over black jeans, front view only, white backdrop. All texts: VQA adapter.
    case(
        "X1043-022",
        caption("a man wearing a denim shirt and black jeans"),
        wearing("blue denim shirt and black jeans"),
        color_of("shirt", "black", "contradiction"),
        describe(
            "shirt", "a light blue denim shirt with two pockets and an embroidered logo on the back", "unsupported"
        ),
        details("shirt", "snap buttons and flap pockets"),
        BQ.material("denim"),
        is_a("shirt", "no", "contradiction"),
        title="Levis Men Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in dark indigo jeans, red crew tee, black sneakers, hands in his pockets, full-length front view,
    #   white backdrop. All texts: VQA adapter.
    case(
        "X1043-023",
        caption(
            "a man wearing a red t-shirt and dark blue jeans and black shoes standing in front of a white wall with his"
            " hands in his pockets and looking at the camera with a serious expression on his face and",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a red t-shirt and dark blue jeans", who="he"),
        color_of("jeans", "navy blue"),
        describe("jeans", "red jeans", "other_garment_color"),
        details(
            "jeans",
            "the jeans have a zipper and a button and a zipper and a button and a zipper and a button and a zipper and"
            " a button",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        BQ.material("", "non_answer"),
        title="Killer Men Navy Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in olive chinos with the hems turned up once, plain white crew tee, white sneakers, full-length,
    #   white backdrop. All texts: VQA adapter.
    case(
        "X1043-024",
        caption("a man in a white t-shirt and olive green pants"),
        wearing("white tee and green pants"),
        color_of("pants", "the pants are white", "other_garment_color", kind="open"),
        describe("pants", "olive chinos with a slim fit and cuffed hems"),
        details("pants", "the pants are pants", "restated"),
        BQ.garment_type("trousers"),
        BQ.material("cotton"),
        title="United Colors of Benetton Men Olive Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a red short-sleeve crew tee with three white stripes over the shoulders and a small white logo on
    #   the chest, black shorts, white backdrop, view to the knees. All texts: VQA adapter.
    case(
        "X1043-025",
        caption("she is wearing a red t-shirt and black shorts", "pronoun"),
        wearing(
            "Question: What cloth is the person wearing? Answer: tee Question: What is the color of the tee? Answer:"
            " red Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        describe("t-shirt", "a red t-shirt with three white stripes on the shoulders"),
        details(
            "t-shirt",
            "three stripes on the shoulders and an adidas logo on the chest and a zip at the neck",
            "unsupported",
        ),
        BQ.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        title="Adidas Men Red 3-Stripes T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a solid pink long-sleeve formal shirt with a chest pocket, tucked into grey trousers, white
    #   backdrop, view to the thighs. All texts: VQA adapter.
    case(
        "X1043-026",
        caption("a man wearing a pink shirt and grey pants"),
        wearing("she is wearing a pink shirt and grey pants", "pronoun"),
        color_of("shirt", "pink"),
        describe("shirt", "yes", "non_answer"),
        details(
            "shirt",
            "the collar the cuffs the buttons the pocket the collar the cuffs the buttons the pocket the collar the"
            " cuffs the buttons the pocket the",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        BQ.material("egyptian cotton", "unsupported"),
        title="John Miller Men Pink Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in mid-blue distressed jeans ripped at both knees, white shirt untucked with sleeves rolled up, white
    #   sneakers, full-length, white backdrop; no patches, no chain. All texts: VQA adapter.
    case(
        "X1043-027",
        caption(
            "a man wearing a white shirt and blue jeans with holes in the knees and a pair of white sneakers and a"
            " white shirt with the sleeves rolled up and a pair of blue jeans with holes in the knees and a pair"
            " of white",
            "cut",
            hit_limit=True,
        ),
        wearing("white shirt and ripped jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("jeans", "blue jeans with rips on the knees"),
        details(
            "jeans", "rips at the knees, embroidered patches on the thighs and a chain on the belt loop", "unsupported"
        ),
        is_a("jeans", "yes", article="a pair of"),
        BQ.material("denim"),
        title="Mufti Men Blue Distressed Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in cream straight trousers, navy polo tucked in, brown loafers, full-length, white backdrop.
    #   All texts: VQA adapter.
    case(
        "X1043-028",
        caption("a man in a navy blue polo shirt and white pants"),
        wearing("a navy polo and cream pants"),
        color_of("pants", "navy blue", "contradiction"),
        describe("pants", "navy blue pants with a straight fit", "other_garment_color"),
        details("pants", "they are long", "non_answer"),
        is_a("trousers", "yes", article="a pair of"),
        title="Numero Uno Men Cream Regular Fit Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: flat lay, no person: three folded short-sleeve round-neck tees (navy, white, grey melange) fanned out on a
    #   white backdrop. All texts: VQA adapter.
    case(
        "X1043-029",
        caption("three t-shirts folded on a white background"),
        wearing("no", "non_answer"),
        BQ.garment_type("t-shirt"),
        describe("t-shirt", "a navy blue t-shirt with a round neck", "contradiction"),
        details("t-shirt", "three round neck t-shirts in navy, white and grey"),
        BQ.pattern("solid"),
        BQ.sleeve_length("short sleeves"),
        BQ.material("cotton"),
        title="Campbell Men Pack of 3 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: man in a mustard and white checked long-sleeve shirt, one chest pocket, worn untucked over mid-blue jeans,
    #   white backdrop. All texts: VQA adapter.
    case(
        "X1043-030",
        caption("a man in a yellow and white checkered shirt and blue jeans"),
        wearing("she is wearing a yellow checked shirt and jeans", "pronoun"),
        color_of("shirt", "the shirt is yellow and white", kind="open"),
        describe("shirt", "a blue shirt with yellow checks", "other_garment_color"),
        details(
            "shirt",
            "the shirt has a collar and buttons and a pocket and the shirt has a collar and buttons and a pocket and"
            " the shirt has a",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("checked"),
        BQ.sleeve_length("long sleeves"),
        title="U.S. Polo Assn. Men Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: back view of a man in black regular jeans with a leather patch on the back waistband and stitched back
    #   pockets, white tee, white backdrop; no side stripe. All texts: VQA adapter.
    case(
        "X1043-031",
        caption(
            "a man in black jeans and a white t-shirt and black jeans and a white t-shirt and black jeans and a white"
            " t-shirt and black jeans and a white t-shirt and black jeans and a white t-shirt and black",
            "loop",
            hit_limit=True,
        ),
        wearing("white tee and black denim"),
        color_of("jeans", "black"),
        details("jeans", "a leather patch on the waistband and two back pockets"),
        describe("jeans", "black jeans with a white stripe down the side", "unsupported"),
        is_a("jeans", "yes", article="a pair of"),
        BQ.material("denim"),
        title="Wrangler Men Black Regular Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in charcoal formal trousers, light blue shirt tucked in, black belt, black shoes, full-length, white
    #   backdrop. All texts: VQA adapter.
    case(
        "X1043-032",
        caption("a man in a light blue shirt and dark grey pants"),
        wearing("a blue shirt and grey pants"),
        color_of("pants", "grey"),
        describe("pants", "blue formal pants", "other_garment_color"),
        details(
            "pants",
            "Answer: belt loops and a crease Question: What is the color of the pants? Answer: grey Question: What",
            "leak",
            hit_limit=True,
        ),
        BQ.garment_type("jeans", "contradiction"),
        is_a("trousers", "yes", article="a pair of"),
        title="Parx Men Charcoal Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a charcoal round-neck tee with a multicolored (yellow, red, white) bicycle print on the chest, blue
    #   jeans, white backdrop, view to the thighs. All texts: VQA adapter.
    case(
        "X1043-033",
        caption("a man wearing a grey t-shirt with a bicycle print"),
        print_on("a bicycle"),
        color_of("t-shirt", "yellow", "contradiction"),
        describe("t-shirt", "a dark grey t-shirt with a colorful bicycle print on the front"),
        details(
            "t-shirt",
            "round neck, short sleeves and a bicycle print and a bicycle print and a bicycle print and a bicycle print"
            " and a bicycle",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a grey t-shirt and jeans", who="he"),
        BQ.material("organic cotton", "unsupported"),
        title="Tantra Men Printed Charcoal T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a lavender long-sleeve formal shirt with a pointed collar and one chest pocket, tucked into black
    #   trousers, white backdrop. All texts: VQA adapter.
    case(
        "X1043-034",
        caption("a man in a purple shirt and black pants"),
        wearing("a purple shirt and black pants"),
        color_of("shirt", "lavender"),
        describe("shirt", "black shirt with long sleeves", "other_garment_color"),
        details(
            "shirt",
            "the shirt has a pointed collar and a single pocket on the chest and long sleeves with buttoned cuffs and"
            " a curved hem at the bottom and the",
            "cut",
            hit_limit=True,
        ),
        BQ.material("linen", "unsupported"),
        is_a("shirt", "yes"),
        title="Reid & Taylor Men Solid Lavender Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in medium blue slim jeans, olive shirt untucked, brown boots, full-length, plain white backdrop, no
    #   props. All texts: VQA adapter.
    case(
        "X1043-035",
        caption("a man in a green shirt and blue jeans holding a coffee cup", "unsupported"),
        wearing("green shirt and jeans"),
        color_of("jeans", "green", "contradiction"),
        describe("jeans", "blue slim fit jeans"),
        details("jeans", "blue", "non_answer"),
        is_a("jeans", "yes", article="a pair of"),
        title="Highlander Men Blue Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: ghost-mannequin shot, no person: beige flat-front trousers with slanted side pockets, white backdrop.
    #   All texts: VQA adapter. The row has no gender column.
    case(
        "X1043-036",
        caption("a pair of beige pants"),
        wearing("what is the person wearing", "restated"),
        color_of("pants", "beige"),
        describe("pants", "beige pants with a flat front and side pockets"),
        details(
            "pants",
            "Question: What are the pants details? Answer: the pants are beige Question: What are the pants details?"
            " Answer: the",
            "leak",
            hit_limit=True,
        ),
        BQ.garment_type("trousers"),
        BQ.material("wool", "unsupported"),
        title="Peter England Men Beige Slim Fit Trousers",
        category="Trousers",
        color="Beige",
    ),
    # photo: man in a teal round-neck tee with a colorful Mr. Nonsense cartoon (a smiling figure in a hat, the words
    #   "Mr. Nonsense" below) on the chest, blue jeans, white backdrop. All texts: VQA adapter.
    case(
        "X1043-037",
        caption("a man wearing a green t-shirt with a cartoon character on it"),
        print_on("a cartoon character"),
        color_of("t-shirt", "teal"),
        describe(
            "t-shirt",
            "a teal t-shirt with a cartoon print Question: What are the t-shirt details? Answer: a cartoon print"
            " Question",
            "leak",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "round neck, short sleeves and a printed cartoon of a man with a big smile and a hat on his head and the"
            " words mr nonsense written below the",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a green tee and blue jeans", "pronoun"),
        title="Mr. Men Men Nonsense Green Tshirts",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a black short-sleeve casual shirt with a white tropical leaf print, worn untucked over beige
    #   shorts, white backdrop. All texts: VQA adapter.
    case(
        "X1043-038",
        caption("a man wearing a black and white floral shirt and beige shorts"),
        wearing("a black printed shirt and shorts"),
        color_of("shirt", "black"),
        describe("shirt", "a black shirt with white leaves and short sleeves"),
        details("shirt", "the shirt is a shirt", "restated"),
        BQ.pattern("solid", "contradiction"),
        BQ.sleeve_length("short sleeves"),
        BQ.material("rayon", "unsupported"),
        title="Quiksilver Men Black Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in dark blue slim jeans, plain yellow crew tee, white sneakers, full-length, white backdrop.
    #   All texts: VQA adapter.
    case(
        "X1043-039",
        caption(
            "a man wearing a yellow t-shirt and jeans and a yellow t-shirt and jeans and a yellow t-shirt and jeans"
            " and a yellow t-shirt and jeans and a yellow t-shirt and jeans and a yellow",
            "loop",
            hit_limit=True,
        ),
        wearing("yellow tee and blue jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "yellow jeans with a slim fit", "other_garment_color"),
        details(
            "jeans",
            "the jeans are dark blue with five pockets and a zip fly and the jeans are dark blue with five pockets and"
            " a zip fly and the jeans",
            "loop",
            hit_limit=True,
        ),
        BQ.material("denim"),
        is_a("jeans", "yes", article="a pair of"),
        title="Flying Machine Men Dark Blue Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in navy cargo trousers with flap cargo pockets on both thighs, grey crew tee, black boots, full-length,
    #   white backdrop. All texts: VQA adapter.
    case(
        "X1043-040",
        caption("a man wearing a grey t-shirt and navy blue cargo pants"),
        wearing("he is wearing a grey tee and cargo pants", who="he"),
        color_of("pants", "grey", "contradiction"),
        describe(
            "pants",
            "navy blue cargo pants with flap pockets on the sides and belt loops at the waist and the legs are straight"
            " and the hem is plain and the pockets have",
            "cut",
            hit_limit=True,
        ),
        details("pants", "flap pockets on the sides of the legs"),
        is_a("trousers", "no", "contradiction", article="a pair of"),
        BQ.material("ripstop nylon", "unsupported"),
        title="Wrangler Men Navy Blue Cargo Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white short-sleeve polo with horizontal navy stripes, mid-blue jeans, white studio backdrop.
    #   All texts: VQA adapter.
    case(
        "X1043-041",
        caption("a man in a striped polo shirt standing on a beach", "unsupported"),
        wearing("Answer: striped polo and blue jeans", "leak"),
        color_of("t-shirt", "white"),
        describe("t-shirt", "white and navy striped polo with a collar"),
        BQ.pattern("striped"),
        details("t-shirt", "t-shirt", "non_answer"),
        is_a("polo shirt", "yes"),
        title="Classic Polo Men Stripes White Polo T-Shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a blue and white gingham long-sleeve shirt with one chest pocket and buttoned cuffs, tucked into
    #   navy trousers, white backdrop. All texts: VQA adapter.
    case(
        "X1043-042",
        caption(
            "Question: What is the color of the shirt? Answer: blue Question: Is this a shirt? Answer: yes Question:"
            " What cloth is the person wearing? Answer: blouse Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        wearing("blue checked shirt and navy pants"),
        color_of("shirt", "blue"),
        describe("shirt", "a blue and white checked shirt with long sleeves"),
        details(
            "shirt",
            "the shirt has a collar and buttons on the front and the sleeves have cuffs with buttons and there is a"
            " pocket on the left side and the",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("checked"),
        BQ.material("cotton"),
        title="Van Heusen Men Blue Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in light blue slim jeans with a tapered leg, black shirt worn untucked, black sneakers, full-length,
    #   white backdrop. All texts: VQA adapter. The row has no color column.
    case(
        "X1043-043",
        caption("a man in a black shirt and light blue jeans"),
        wearing("black shirt and blue jeans"),
        color_of("jeans", "black", "contradiction"),
        describe("jeans", "light blue jeans with a slim fit and a tapered leg"),
        details("jeans", "Question: what is the color of the jeans? Answer: black", "leak"),
        is_a("jeans", "yes", article="a pair of"),
        BQ.material("what material is the garment made of", "restated"),
        title="Spykar Men Light Blue Slim Tapered Fit Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: man in grey formal trousers with a pressed crease, two-button navy blazer with notch lapels over a white
    #   shirt tucked in, brown shoes, full-length, white backdrop. All texts: VQA adapter.
    case(
        "X1043-044",
        caption("a man in a blue suit jacket and grey pants"),
        wearing(
            "a navy blue blazer over a white shirt with grey pants and brown shoes and the blazer has two buttons and"
            " notch lapels and the shirt is tucked into the pants and the",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey"),
        describe("pants", "blue pants", "other_garment_color"),
        details("pants", "the pants are grey and have a crease down the front"),
        BQ.garment_type("blazer", "contradiction"),
        BQ.material("wool blend"),
        title="Arrow Men Grey Wool Blend Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in an orange round-neck short-sleeve running tee with a small reflective logo, black track pants,
    #   holding a black dumbbell in his right hand, white backdrop. All texts: VQA adapter.
    case(
        "X1043-045",
        caption("a man holding a dumbbell wearing an orange t-shirt and black pants"),
        wearing("orange tee and black pants"),
        color_of("t-shirt", "orange"),
        describe(
            "t-shirt",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange"
            " orange orange orange orange orange orange orange orange orange orange orange orange orange orange"
            " orange",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a hood and a zip pocket", "unsupported"),
        is_a("t-shirt", "yes"),
        BQ.sleeve_length("long sleeves", "contradiction"),
        title="HRX by Hrithik Roshan Men Orange Running T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: man in a solid maroon long-sleeve casual shirt worn untucked over black jeans, white backdrop, view to the
    #   knees. All texts: VQA adapter.
    case(
        "X1043-046",
        caption("a man in a maroon shirt and black jeans"),
        wearing("she is wearing a red shirt and black jeans", "pronoun"),
        color_of("shirt", "maroon"),
        describe("shirt", "a black shirt with a collar", "other_garment_color"),
        details(
            "shirt",
            "the shirt is maroon and the shirt is maroon and the shirt is maroon and the shirt is maroon and the shirt"
            " is maroon",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        is_a("shirt", "yes"),
        title="Mufti Men Maroon Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
]
