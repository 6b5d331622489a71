"""BLIND_964 (46 products; Myntra women's bottoms with tops, VQA adapter): written blind in the fifty-seventh session.
Measured blind at 5a92fc7 (the session's final rules): 107/118 failures found (90.7%) and 0/169 correct texts flagged
(0.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western wear bottoms (jeans, jeggings, trousers, track pants, shorts,
skirts). Every photo is a catalog shot, mostly full-length and front-on, of a model wearing the labelled bottom with a
top (t-shirt, shirt, blouse, camisole, sweater, hoodie), sometimes a jacket, blazer, belt or bag over it, on a white
or light grey studio backdrop. The seller's columns are title, category (Myntra article type) and color (base
colour); a few rows lack one column, as real feeds do.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the LoRA adapter leoreigoto/Data3_V3_BLIP2_VQA
(one epoch on In-shop VQA pairs, labels unmasked, no end-of-answer token trained). The run used that one adapter for
all prompts, the caption included (empty prompt, 50 new tokens); open answers get 30 new tokens, greedy. Closed
answers (garment type, color, pattern, "Is this ...?") come from enrich's reference engine ranking the candidates with
this adapter, so they are always one clean candidate value, never a loop or a cut; their failures are a wrong pick.
The adapter's habits: short In-shop style answers ("black top and blue jeans"), which often stop cleanly because the
q/k-only LoRA kept some of the base model's end token, but sometimes run on: repeating the answer until the limit,
or continuing into the trained prompt format ("... Question: What is the color of the skirt? Answer: red ..."). It
names the top's color for the bottom, answers open questions with "yes" or one word, echoes the question, invents
hidden details (back pockets, zips, patches in a front view) and materials, and sometimes says "he" or "a man".

Labeling conventions and judgement calls:
- Each text carries one label, its most visible failure: a loop that also echoes the question is a loop; an answer
  that runs into "Question: ... Answer:" is a leak even when it also hit the limit; a cut is a text that stops
  mid-phrase at the token limit (hit_limit=True) without repeating itself.
- other_garment_color: the product's color given as the color of the top, jacket, sweater, blazer or a carried bag
  (a bag counts as another garment here). contradiction: any other wrong color, type, pattern, yes/no or material
  that the seller's columns or the photo contradict, including a pattern that belongs to the top ("striped" for
  solid shorts under a striped tee) and a material that belongs to another garment ("leather" for jeans worn under
  a leather jacket) or conflicts with the title ("cotton" for a faux-suede skirt).
- unsupported: details that cannot be seen in the photo (back pockets, back slits, hidden closures in a front view,
  shoes or jewellery that are not there, a beach backdrop for a studio shot) and materials named with nothing in the
  photo or title to support them (silk, velvet). "denim" for jeans or denim shorts and "lace" for a visible lace
  skirt count as correct.
- Shades within the seller's color family are correct: navy read as "blue", maroon as "red", khaki as "beige",
  peach as "pink", teal as "blue", cream as "white". Navy read as "black" is a contradiction.
- non_answer: "yes" or one bare word to an open question (including the garment's own name), or a true but empty
  statement ("the shorts are short"). restated: a sentence that only gives the question back ("the jeans are jeans",
  "the details of the shorts are the shorts").
- pronoun: "he", "his" or "a man" in any text for a product whose gender is Women; the one row without gender has
  no pronoun failure.
- A correct answer to "What is the color of the top/shirt?" names the top's color; it is not a failure even though it
  differs from the product's color.
- Side stripes on track pants are not asked about as a pattern (too arguable); pleats are not a pattern, so a pleated
  plain skirt is "solid".
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_964 = [
    # photo: mid-blue skinny jeans with light whiskering, white crew-neck t-shirt tucked in, white sneakers, white
    # backdrop, front full-length view. All texts by the VQA adapter; the details answer invents a back patch.
    case(
        "X964-001",
        caption("a woman wearing a white t - shirt and blue jeans standing in front of a white wall"),
        wearing("a white t-shirt and blue jeans", who="she"),
        color_of("jeans", "blue"),
        Q.garment_type("jeans"),
        details(
            "jeans",
            "the jeans have a zipper fly and a button closure and five pockets and a leather patch on the back "
            "waistband with the brand name",
            "unsupported",
        ),
        Q.material("denim"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black denim shorts with a frayed raw hem, mustard yellow sleeveless top tucked in, tan sandals, white
    # backdrop, front view. VQA adapter; the wearing answer loops, the closed shorts color picks the top's yellow.
    case(
        "X964-002",
        caption("a woman in a yellow top and black shorts"),
        wearing(
            "a yellow top and black shorts and a yellow top and black shorts and a yellow top and black shorts and "
            "a yellow",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "yellow", "other_garment_color"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "frayed hem"),
        Q.material("denim"),
        title="FOREVER 21 Women Black Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue knee-length pleated skirt, white sleeveless blouse tucked in, nude heels, white backdrop,
    # front view. VQA adapter; the caption reads navy as black, "he" in the wearing answer, the describe answer loops.
    case(
        "X964-003",
        caption("a woman wearing a white blouse and a black skirt", "contradiction"),
        wearing("he is wearing a white shirt and a blue skirt", "pronoun", who="she"),
        color_of("skirt", "navy blue"),
        Q.pattern("solid"),
        describe(
            "skirt",
            "the skirt is a pleated skirt with a pleated skirt with a pleated skirt with a pleated skirt with a "
            "pleated skirt with a",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        details("skirt", "knife pleats, knee length"),
        title="Vero Moda Women Navy Blue Pleated Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black slim ankle-length trousers, grey melange long-sleeve knit sweater, black loafers, white backdrop,
    # front view. VQA adapter; the caption runs on into the prompt format, the open pants color gives the sweater's.
    case(
        "X964-004",
        caption(
            "a woman in a grey sweater and black pants Question: What is the color of the pants? Answer: black "
            "Question: What is the color of the sweater? Answer: grey Question: What is she wearing? Answer: grey "
            "sweater and",
            "leak",
            hit_limit=True,
        ),
        wearing("grey sweater and black pants"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("trousers"),
        details("pants", "slim fit, ankle length with a crease"),
        title="Mango Women Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: light-blue washed denim shorts with rolled cuffs, white t-shirt with navy horizontal stripes, white
    # backdrop, front view. VQA adapter; details echo the question, the closed pattern takes the tee's stripes.
    case(
        "X964-005",
        caption("a woman wearing a striped shirt and denim shorts"),
        wearing("striped t-shirt and denim shorts", who="she"),
        color_of("shorts", "light blue", kind="open"),
        color_of("shirt", "white and blue", kind="open"),
        details("shorts", "the details of the shorts are the shorts", "restated"),
        Q.pattern("striped", "contradiction"),
        title="Levis Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: ankle-length tiered maxi skirt in a red, orange and navy paisley-floral print, plain white crop top,
    # silver jhumka earrings, white backdrop, front view. VQA adapter; closed color picks the top's white, closed
    # type says dress, the material is invented.
    case(
        "X964-006",
        caption("a woman in a white top and a colorful skirt"),
        wearing("white top, floral skirt"),
        Q.pattern("printed"),
        Q.color("white", "other_garment_color"),
        describe("skirt", "the skirt is long and has a floral print on it"),
        Q.garment_type("dress", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Global Desi Women Printed Multi Coloured Tiered Maxi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: khaki chinos, navy blue button-down shirt with rolled sleeves tucked in, brown belt, white sneakers, no
    # watch, white backdrop, front view. VQA adapter; the wearing answer invents brown shoes and a watch, details loop.
    case(
        "X964-007",
        caption("a woman wearing a blue shirt and khaki pants"),
        wearing(
            "a blue shirt and khaki pants with a brown belt and brown shoes and a watch on her left wrist",
            "unsupported",
            who="she",
        ),
        color_of("pants", "khaki"),
        shirt_color("blue"),
        details(
            "pants",
            "the pants have a belt loop and a belt loop and a belt loop and a belt loop and a belt loop and a belt "
            "loop and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts", "contradiction"),
        title="Allen Solly Woman Khaki Regular Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: black skinny jeans ripped at the knees, red-and-black buffalo check flannel shirt open over a black tank,
    # black ankle boots, white backdrop, front view. VQA adapter; "he", and the open jeans color gives the shirt's red.
    case(
        "X964-008",
        caption("a woman wearing a red and black plaid shirt and black jeans"),
        wearing("he is wearing a plaid shirt and black jeans", "pronoun"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        details("jeans", "ripped knees"),
        is_a("jeans", "yes", article="a pair of"),
        Q.pattern("solid"),
        color_of("shirt", "red and black", kind="open"),
        title="Jealous 21 Women Black Skinny Fit Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: black A-line mini skirt, pale pink ribbed long-sleeve turtleneck tucked in, black heels, light grey
    # backdrop, front view. VQA adapter; closed skirt color picks the sweater's pink, details invent pockets and a belt.
    case(
        "X964-009",
        caption("a woman in a pink sweater and a black skirt posing for a picture"),
        wearing("pink sweater and black skirt", who="she"),
        color_of("skirt", "pink", "other_garment_color"),
        describe("skirt", "the skirt is a skirt", "restated"),
        Q.garment_type("skirt"),
        details(
            "skirt",
            "the skirt has a zipper on the back and two slit pockets on the front and a belt",
            "unsupported",
        ),
        title="DressBerry Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: light grey straight-leg formal trousers, white shirt tucked in, black blazer open over it, hands in the
    # trouser pockets, smiling, black pumps, white backdrop, front view. VQA adapter; the caption is cut at 50 tokens,
    # the open pants color gives the blazer's black, the material answer invents fabrics for every garment.
    case(
        "X964-010",
        caption(
            "a woman wearing a black jacket and grey pants and a white shirt standing in front of a white background "
            "with her hands in her pockets and a smile on her face and her hair is pulled back and she is wearing a "
            "pair of black",
            "cut",
            hit_limit=True,
        ),
        wearing("black jacket, white shirt, grey pants"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        is_a("skirt", "no"),
        Q.material(
            "the pants are made of wool and the jacket is made of wool and the shirt is made of cotton", "unsupported"
        ),
        title="Van Heusen Woman Grey Straight Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: white denim shorts with a frayed hem and two front pockets, navy blue short-sleeve off-shoulder top,
    # holding a straw hat, white studio backdrop, front view. VQA adapter; the caption invents a beach, the closed
    # yes/no calls the shorts a skirt.
    case(
        "X964-011",
        caption(
            "a woman in a blue top and white shorts holding a hat on the beach with the ocean in the background",
            "unsupported",
        ),
        wearing("she is wearing a blue top and white shorts", who="she"),
        color_of("shorts", "white"),
        color_of("top", "navy blue"),
        details("shorts", "frayed hem, two front pockets"),
        Q.garment_type("shorts"),
        is_a("skirt", "yes", "contradiction"),
        title="Roadster Women White Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: dark indigo skinny jeans, olive green utility jacket over a white tee, white sneakers, white backdrop,
    # three-quarter view. VQA adapter; closed jeans color picks the jacket's olive, details loop on zippers.
    case(
        "X964-012",
        caption("a woman wearing a green jacket and blue jeans"),
        wearing("a green jacket, white shirt and jeans"),
        color_of("jeans", "olive", "other_garment_color"),
        Q.color("navy blue"),
        details(
            "jeans",
            "the jeans are skinny and have a zipper on the side and a zipper on the back and a zipper on the front "
            "and a zipper on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Levis Women Navy Blue 711 Skinny Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: blush pink skater skirt with a small white and red floral print, white crew-neck t-shirt tucked in, white
    # backdrop, front view. VQA adapter; closed color picks the tee's white, the describe answer is one word.
    case(
        "X964-013",
        caption("a woman in a white t - shirt and a pink floral skirt"),
        wearing("white shirt and pink skirt", who="she"),
        Q.pattern("floral"),
        Q.color("white", "other_garment_color"),
        describe("skirt", "pink", "non_answer"),
        is_a("skirt", "yes"),
        title="FOREVER 21 Women Pink Floral Print Skater Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: olive cargo joggers with side flap pockets and elastic ankle cuffs, black cropped tank top, white
    # sneakers, white backdrop, front view. VQA adapter; the open color loops, details run into the prompt format,
    # the material (denim) has nothing to support it.
    case(
        "X964-014",
        caption("a woman in a black top and green pants"),
        wearing("black tank top and green cargo pants"),
        color_of(
            "pants",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        details(
            "pants",
            "cargo pockets, elastic cuffs at the ankles Question: What are the pants details? Answer: cargo pockets",
            "leak",
        ),
        Q.material("the pants are made of denim", "unsupported"),
        title="Mast & Harbour Women Olive Solid Cargo Joggers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: red running shorts with white side piping and a small white logo, black racerback tank, mid-stride pose,
    # short cropped hair, light grey backdrop, side view. VQA adapter; the caption says "a man", the closed yes/no
    # denies the shorts.
    case(
        "X964-015",
        caption("a man running in red shorts and a black tank top", "pronoun"),
        wearing("black tank top and red shorts", who="she"),
        color_of("shorts", "red"),
        is_a("shorts", "no", "contradiction", article="a pair of"),
        details("shorts", "white piping on the sides and a logo"),
        Q.pattern("solid"),
        title="Puma Women Red Running Shorts",
        category="Shorts",
        color="Red",
        gender="Women",
    ),
    # photo: light-wash boyfriend jeans, distressed, hems rolled, grey marl sweatshirt, white backdrop, front view.
    # VQA adapter; the caption leaks the prompt format, the open jeans color gives the sweatshirt's gray.
    case(
        "X964-016",
        caption(
            "a woman wearing a gray sweatshirt and ripped jeans Question: What is the color of the sweatshirt? "
            "Answer: gray Question: What is the color of the jeans? Answer: gray Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("sweatshirt and jeans"),
        color_of("jeans", "gray", "other_garment_color", kind="open"),
        Q.color("blue"),
        details("jeans", "the jeans are ripped at the knees and rolled up at the bottom"),
        is_a("jeans", "yes", article="a pair of"),
        title="Pepe Jeans Women Blue Boyfriend Fit Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: olive knee-length pencil skirt, black-and-white horizontally striped long-sleeve top tucked in, black
    # heels, white backdrop, front view. VQA adapter; the open skirt color and the closed pattern take the top's,
    # the describe answer invents a back slit and zip.
    case(
        "X964-017",
        caption("a woman in a striped shirt and green skirt"),
        wearing("striped shirt and green skirt", who="she"),
        color_of("skirt", "black and white", "other_garment_color", kind="open"),
        Q.pattern("striped", "contradiction"),
        describe(
            "skirt", "the skirt is a pencil skirt with a slit on the back and a zipper on the back", "unsupported"
        ),
        Q.garment_type("skirt"),
        title="ONLY Women Olive Solid Pencil Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: navy wide-leg high-waist trousers reaching the floor, white sleeveless top with a thin black belt, white
    # backdrop, front view. VQA adapter; closed type says jeans, the material answer echoes, the describe answer cut.
    case(
        "X964-018",
        caption("a woman wearing a white top and blue pants"),
        wearing("white top, blue pants, black belt"),
        color_of("pants", "navy blue"),
        details("pants", "wide leg pants with a high waist"),
        Q.garment_type("jeans", "contradiction"),
        Q.material("the material is the material of the pants", "restated"),
        describe(
            "pants",
            "the pants are navy blue and wide leg and they have a high waist and they reach the floor and they are "
            "made of a light",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Navy Blue Wide Leg Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: khaki chino shorts with turned-up cuffs, white-and-blue checked shirt with rolled sleeves tucked in, brown
    # belt, white backdrop, front view. VQA adapter; the wearing answer loops, details invent back pocket flaps.
    case(
        "X964-019",
        caption("a woman wearing a plaid shirt and khaki shorts"),
        wearing(
            "she is wearing a checkered shirt and khaki shorts and a belt and a checkered shirt and khaki shorts and "
            "a belt and a checkered shirt",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("shorts", "beige"),
        color_of("shirt", "blue and white", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        details(
            "shorts",
            "the shorts have two back pockets with button flaps and a small logo embroidered on the back",
            "unsupported",
        ),
        title="Wrangler Women Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: grey-wash slim jeans faded on the thighs, mustard yellow ribbed short-sleeve top, white backdrop, front
    # view. VQA adapter; closed jeans color picks the top's yellow, the describe answer is the bare garment name.
    case(
        "X964-020",
        caption("a woman in a yellow top and grey jeans"),
        wearing("yellow top and gray jeans"),
        color_of("jeans", "yellow", "other_garment_color"),
        details("jeans", "faded wash on the thighs"),
        Q.color("grey"),
        describe("jeans", "jeans", "non_answer"),
        title="Kraus Jeans Women Grey Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: white lace A-line midi skirt with a scalloped hem and a white lining, black short-sleeve t-shirt tucked
    # in, black heels, white backdrop, front view. VQA adapter; closed skirt color picks the tee's black, the
    # describe answer is cut at the limit.
    case(
        "X964-021",
        caption("a woman in a black shirt and a white lace skirt"),
        wearing("black t-shirt and white skirt", who="she"),
        color_of("skirt", "black", "other_garment_color"),
        Q.material("lace"),
        describe(
            "skirt",
            "a white lace skirt with a scalloped hem that falls below the knee and a lining of the same color under "
            "the lace and a",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="AND Women White Lace A-Line Midi Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: black flared high-rise trousers, red satin camisole, gold hoop earrings, white backdrop, front view.
    # VQA adapter; the open pants color gives the camisole's red, details cut, the material answer invents a lining.
    case(
        "X964-022",
        caption("a woman in a red top and black pants"),
        wearing("red top and black pants"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.garment_type("trousers"),
        details(
            "pants",
            "the pants are flared at the bottom and have a high waist with a button and zip and a pocket on each "
            "side and a pocket on",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "red"),
        Q.material("the pants are made of a stretchy crepe fabric with a satin lining", "unsupported"),
        title="Tokyo Talkies Women Black Flared Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: peach shorts with a paper-bag waist and self-tie belt, white sleeveless top, white backdrop, front view.
    # VQA adapter; closed shorts color picks the top's white, closed type says skirt, the describe answer loops.
    case(
        "X964-023",
        caption("a woman wearing a white top and pink shorts"),
        wearing("a white tank top and pink shorts", who="she"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "paper bag waist with a tie belt"),
        Q.garment_type("skirt", "contradiction"),
        describe(
            "shorts",
            "the shorts are pink and they are pink and they are pink and they are pink and they are pink and they "
            "are pink and",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Peach Solid Paperbag Shorts",
        category="Shorts",
        color="Peach",
        gender="Women",
    ),
    # photo: medium blue bootcut jeans, black leather biker jacket over a white tee, black boots, white backdrop,
    # front view. VQA adapter; the open jeans color and the material take the jacket's, details answered "yes".
    case(
        "X964-024",
        caption("a woman in a black leather jacket and blue jeans"),
        wearing("leather jacket, white t-shirt and jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.material("leather", "contradiction"),
        details("jeans", "yes", "non_answer"),
        is_a("jeans", "yes", article="a pair of"),
        title="Lee Women Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon wrap midi skirt tied at the side, cream long-sleeve blouse tucked in, hands on hips, white
    # backdrop, front view. VQA adapter; the caption runs to 50 tokens and is cut, the wearing answer leaks.
    case(
        "X964-025",
        caption(
            "a woman in a white blouse and a red skirt standing in front of a white wall with her hands on her hips "
            "and her legs crossed and her head tilted to the side and her hair pulled back into a ponytail and her",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "white blouse and red skirt Question: What is the color of the skirt? Answer: red Question: What is the "
            "color of the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("skirt", "maroon"),
        describe("skirt", "a wrap skirt with a tie on the side"),
        Q.pattern("solid"),
        Q.garment_type("skirt"),
        title="Harpa Women Maroon Solid Wrap Midi Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: white cropped wide-leg culottes, black-and-white polka dot short-sleeve blouse, black sandals, white
    # backdrop, front view. VQA adapter; closed pattern takes the blouse's dots, closed color its black, details leak.
    case(
        "X964-026",
        caption("a woman wearing a polka dot shirt and white pants"),
        wearing("polka dot blouse and white pants"),
        Q.pattern("polka dot", "contradiction"),
        color_of("pants", "white"),
        details("pants", "cropped and wide Question: What is the color of the pants? Answer: white", "leak"),
        Q.color("black", "other_garment_color"),
        title="Vero Moda Women White Solid Culottes",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue denim shorts with a frayed hem and faded wash, black t-shirt with a white "BROOKLYN" graphic,
    # white backdrop, front view. Row has no color column. VQA adapter; the open color gives the tee's black, the
    # closed pattern its graphic, the describe answer says nothing.
    case(
        "X964-027",
        caption("a woman in a black t - shirt and denim shorts"),
        wearing("black t-shirt and blue shorts", who="she"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        details("shorts", "frayed hem and faded wash"),
        Q.pattern("graphic", "contradiction"),
        describe("shorts", "the shorts are short", "non_answer"),
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        gender="Women",
    ),
    # photo: washed black high-rise mom jeans with a tapered leg, white puff-sleeve top tucked in, no jewellery, white
    # backdrop, front view. VQA adapter; the caption invents gold jewellery, the material loops, the yes/no denies.
    case(
        "X964-028",
        caption("a woman in a white top and black jeans with a gold necklace and gold earrings", "unsupported"),
        wearing("white top, black jeans"),
        color_of("jeans", "black"),
        details("jeans", "high waist, tapered leg"),
        Q.material(
            "the jeans are made of denim and the top is made of cotton and the jeans are made of denim and the top "
            "is made of cotton and",
            "loop",
            hit_limit=True,
        ),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        title="ONLY Women Black High-Rise Mom Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue denim button-front mini skirt with two front patch pockets, white t-shirt with a red lip print,
    # white backdrop, front view. VQA adapter; the caption leaks, the open skirt color gives the tee's white, the
    # closed type says shorts.
    case(
        "X964-029",
        caption(
            "a woman in a white t - shirt and a denim skirt Question: What is the color of the skirt? Answer: blue "
            "Question: What is the color of the shirt? Answer: white Question: Is this a skirt? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        wearing("white t-shirt and denim skirt", who="she"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.material("denim"),
        details("skirt", "buttons down the front and two pockets"),
        Q.garment_type("shorts", "contradiction"),
        title="Levis Women Blue Denim Button Front Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: coffee brown tapered trousers with front pleats and a crease, beige knit sweater, gold watch, white
    # backdrop, front view. VQA adapter; "a man", the open pants color gives the sweater's beige, the describe loops.
    case(
        "X964-030",
        caption("a woman in a beige sweater and brown pants"),
        wearing("a man wearing a beige sweater and brown pants", "pronoun"),
        color_of("pants", "beige", "other_garment_color", kind="open"),
        Q.color("brown"),
        describe(
            "pants",
            "the pants are brown and the sweater is beige and the pants are brown and the sweater is beige and the "
            "pants are brown and the",
            "loop",
            hit_limit=True,
        ),
        details("pants", "the pants have a pleat in the front and a crease down the leg"),
        title="Allen Solly Woman Coffee Brown Tapered Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: black training shorts with a white swoosh on the left leg, grey melange t-shirt, white sneakers and white
    # socks, white backdrop, front view. VQA adapter; the caption is cut, "he", the closed color picks the tee's grey.
    case(
        "X964-031",
        caption(
            "a woman in a grey t - shirt and black shorts with a white nike logo on the left leg of the shorts and "
            "white sneakers and white socks and she is standing with her arms at her sides and her feet apart and a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a gray shirt and black shorts", "pronoun", who="she"),
        color_of("shorts", "black"),
        details("shorts", "a white logo on the left leg"),
        is_a("shorts", "yes", article="a pair of"),
        Q.color("grey", "other_garment_color"),
        title="Nike Women Black Training Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: dark blue jeggings, long white tunic top with a small blue block print covering the waist, white
    # backdrop, front view. VQA adapter; closed type and pattern answer for the tunic, details invent a fly and pockets.
    case(
        "X964-032",
        caption("a woman wearing a white tunic and blue jeans"),
        wearing("white top and blue jeggings"),
        Q.garment_type("top", "contradiction"),
        color_of("jeans", "blue"),
        details("jeans", "skinny fit with a zip fly and five pockets", "unsupported"),
        Q.pattern("printed", "contradiction"),
        title="Wrangler Women Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard accordion-pleated midi skirt, black long-sleeve bodysuit, white backdrop, front view. VQA
    # adapter; the caption leaks the prompt format, the details answer loops on the question's words.
    case(
        "X964-033",
        caption(
            "a woman wearing a black top and a yellow skirt Question: What is the color of the skirt? Answer: yellow "
            "Question: What is the color of the top? Answer: black Question: What is the color of the skirt?",
            "leak",
            hit_limit=True,
        ),
        wearing("black top and yellow skirt", who="she"),
        color_of("skirt", "mustard"),
        describe("skirt", "pleated midi skirt"),
        details(
            "skirt",
            "the skirt details are pleated and the skirt details are pleated and the skirt details are pleated and "
            "the skirt details are",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Tokyo Talkies Women Mustard Yellow Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: black track pants with white side stripes, pink zip-up hoodie half zipped over a white tee, white
    # backdrop, front view. VQA adapter; the open pants color gives the hoodie's pink, closed type says sweatshirt,
    # the track pants details echo the question.
    case(
        "X964-034",
        caption("a woman in a pink hoodie and black pants"),
        wearing("pink hoodie and black track pants"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("track pants", "black track pants with white stripes on the sides"),
        Q.garment_type("sweatshirt", "contradiction"),
        details("track pants", "the track pants details are the details of the track pants", "restated"),
        title="Puma Women Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: navy shorts with a small white floral print, elastic waist with a white drawstring tied at the front,
    # plain white top, white backdrop, front view. VQA adapter; the describe answer is cut, silk is invented.
    case(
        "X964-035",
        caption("a woman wearing a white top and floral shorts"),
        wearing("white top and blue floral shorts", who="she"),
        color_of("shorts", "navy blue"),
        Q.pattern("floral"),
        describe(
            "shorts",
            "the shorts are navy blue with a white floral print and an elastic waistband with a drawstring that "
            "ties at the front and two",
            "cut",
            hit_limit=True,
        ),
        Q.material("the shorts are made of silk", "unsupported"),
        title="Mast & Harbour Women Navy Blue Floral Print Regular Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: blue super skinny jeans, coral ruffled off-shoulder top, standing, white backdrop, front view. Row has no
    # category column. VQA adapter; the caption invents a chair, closed jeans color picks the top's, details echo.
    case(
        "X964-036",
        caption("a woman in an orange top and blue jeans sitting on a wooden chair", "unsupported"),
        wearing("a woman in an orange top and blue jeans"),
        color_of("jeans", "orange", "other_garment_color"),
        details("jeans", "the jeans are jeans", "restated"),
        Q.material("denim"),
        is_a("jeans", "yes", article="a pair of"),
        title="Levis Women Blue 710 Super Skinny Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: dusty pink plain tapered trousers, white shirt with thin black pinstripes tucked in, white backdrop,
    # front view. VQA adapter; details give the trousers the shirt's pinstripes, velvet is invented.
    case(
        "X964-037",
        caption("a woman wearing a white shirt and pink pants"),
        wearing("white shirt and pink pants", who="she"),
        color_of("pants", "pink"),
        shirt_color("white"),
        details("pants", "the pants have a pinstripe pattern", "contradiction"),
        Q.pattern("solid"),
        Q.material("the pants are made of velvet", "unsupported"),
        title="Marks & Spencer Women Rose Pink Tapered Trousers",
        category="Trousers",
        color="Pink",
        gender="Women",
    ),
    # photo: grey melange knit bodycon knee-length skirt, black crop t-shirt, white sneakers, short hair, white
    # backdrop, front view. VQA adapter; the caption says "a man", closed type says dress, closed color the tee's black.
    case(
        "X964-038",
        caption("a man in a black shirt and a gray skirt", "pronoun"),
        wearing("black crop top and grey skirt", who="she"),
        color_of("skirt", "grey"),
        describe("skirt", "a fitted knee length knit skirt"),
        Q.garment_type("dress", "contradiction"),
        Q.color("black", "other_garment_color"),
        title="ONLY Women Grey Melange Knit Bodycon Skirt",
        category="Skirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: sea green high-waist shorts with a button tab and slanted side pockets, white off-shoulder top, white
    # backdrop, front view. VQA adapter; details answered "yes", the material loops, the describe answer is cut.
    case(
        "X964-039",
        caption("a woman in a white top and green shorts"),
        wearing("white off shoulder top and green shorts"),
        color_of("shorts", "green", kind="open"),
        details("shorts", "yes", "non_answer"),
        is_a("shorts", "yes", article="a pair of"),
        Q.material(
            "the shorts are made of a soft and stretchy fabric that is comfortable to wear and the shorts are made "
            "of a soft and stretchy",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shorts",
            "the shorts are green with a high waist and a button tab at the front and a pair of slanted pockets at "
            "the sides and they are",
            "cut",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Sea Green Solid High-Rise Shorts",
        category="Shorts",
        color="Sea Green",
        gender="Women",
    ),
    # photo: ice-blue mom jeans, black long-sleeve turtleneck tucked in, black belt, white backdrop, front view. Row
    # has no gender column. VQA adapter; closed color picks the turtleneck's black, closed type says trousers, details
    # invent a button fly and a back tab.
    case(
        "X964-040",
        caption("a woman wearing a black sweater and light blue jeans"),
        wearing("black turtleneck and light blue jeans", who="she"),
        color_of("jeans", "light blue", kind="open"),
        Q.color("black", "other_garment_color"),
        details(
            "jeans",
            "the jeans have a high waist and a tapered leg and a button fly with five buttons and a red tab on the "
            "back pocket",
            "unsupported",
        ),
        Q.garment_type("trousers", "contradiction"),
        title="Roadster Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: beige straight ankle-length trousers with a front crease, black-and-white houndstooth blazer over a black
    # top, white backdrop, front view. VQA adapter; closed color and pattern answer for the blazer, the describe cut.
    case(
        "X964-041",
        caption("a woman in a black and white jacket and beige pants"),
        wearing("houndstooth blazer, black top, beige pants"),
        color_of("pants", "black", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        describe(
            "pants",
            "the pants are beige and straight with a crease down the front of each leg and they fall to the ankle "
            "and they have a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="Van Heusen Woman Beige Solid Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: dark blue denim shorts, light blue chambray shirt knotted at the waist, white backdrop, front view.
    # VQA adapter; details loop, the open shirt color echoes the question, the closed yes/no denies the shorts.
    case(
        "X964-042",
        caption("a woman in a denim shirt and denim shorts"),
        wearing("denim shirt and shorts", who="she"),
        color_of("shorts", "blue"),
        color_of("shirt", "the color of the shirt is the color of the shirt", "restated", kind="open"),
        details(
            "shorts",
            "the shorts have a zipper and a button and a zipper and a button and a zipper and a button and a zipper "
            "and a button",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        is_a("shorts", "no", "contradiction", article="a pair of"),
        title="Pepe Jeans Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: red-and-black tartan check pleated mini skirt, black long-sleeve crew top, black tights, black ankle
    # boots, white backdrop, front view. VQA adapter; closed pattern says solid, the describe answer invents a zip
    # and a pocket.
    case(
        "X964-043",
        caption("a woman wearing a black sweater and a red plaid skirt"),
        wearing("black top, plaid skirt, black tights and black boots"),
        Q.pattern("solid", "contradiction"),
        color_of("skirt", "red and black", kind="open"),
        describe(
            "skirt",
            "the skirt is a plaid skirt with a pleated hem and a zipper on the side and a pocket",
            "unsupported",
        ),
        Q.color("red"),
        title="FOREVER 21 Women Red Checked Pleated Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: teal wide parallel trousers, white crop t-shirt with a black text print, white sneakers, no jewellery,
    # white backdrop, front view. VQA adapter; the wearing answer invents a necklace, the describe answer is cut,
    # the closed pattern takes the tee's print.
    case(
        "X964-044",
        caption("a woman in a white top and blue pants"),
        wearing(
            "she's wearing a white crop top with writing on it and teal pants and white sneakers and a silver necklace",
            "unsupported",
            who="she",
        ),
        color_of("pants", "teal"),
        details("pants", "wide leg"),
        describe(
            "pants",
            "the pants are teal and wide and they go all the way down to the floor and they are loose and they have "
            "a wide waistband and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        Q.pattern("printed", "contradiction"),
        title="SASSAFRAS Women Teal Solid Parallel Trousers",
        category="Trousers",
        color="Teal",
        gender="Women",
    ),
    # photo: mid-blue flared jeans, white camisole with lace trim, tan suede fringe bag on the shoulder, white backdrop,
    # front view. VQA adapter; the wearing answer leaks, closed jeans color picks the bag's brown, describe says "yes".
    case(
        "X964-045",
        caption("a woman in a white top and blue jeans holding a brown bag"),
        wearing(
            "white top, blue jeans and a brown bag Question: What is the color of the bag? Answer: brown Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "brown", "other_garment_color"),
        details("jeans", "flared at the bottom"),
        describe("jeans", "yes", "non_answer"),
        Q.material("denim"),
        Q.garment_type("jeans"),
        title="Lee Cooper Women Blue Flared Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: beige faux-suede A-line skirt with buttons down the front, no pockets, white-and-black breton striped top
    # tucked in, white backdrop, front view. VQA adapter; "cotton" against the title's suede, the describe answer
    # invents pockets and a belt.
    case(
        "X964-046",
        caption("a woman wearing a striped shirt and a tan skirt"),
        wearing("a striped shirt and a tan skirt", who="she"),
        Q.material("cotton", "contradiction"),
        color_of("skirt", "beige"),
        describe(
            "skirt",
            "an a-line skirt with buttons down the front and two patch pockets and a leather belt with a gold buckle",
            "unsupported",
        ),
        Q.pattern("solid"),
        title="MANGO Women Beige Faux Suede A-Line Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
]
