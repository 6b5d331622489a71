"""BLIND_686 (46 products; Myntra men's shirts, VQA per-piece colors): written blind in the fifty-fourth session.
Measured blind at 816d542 (the session's fourth rules): 124/140 failures found (88.6%) and 5/178 correct texts flagged
(2.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's shirts (casual checked, printed, denim, linen and formal), seller columns
title/category/color/gender as the feed has them (a few rows lack one). Photos are catalog shots on a white or light
grey studio backdrop (one on a beige wall), mostly worn by a male model with jeans, chinos, trousers or shorts, some
over a t-shirt or under a blazer; two are flat-lay/folded packshots with no person at all.

Who wrote what: the caption is the untuned base Salesforce/blip2-opt-2.7b (short "a man in a ... shirt and ..."
captions, "plaid"/"checkered" for checks, "t - shirt" spacing, now and then a wrong color or an invented scene). Every
answer comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA: closed answers (the per-piece "What is the color of
the shirt/jeans/pants/shorts?", pattern, sleeve length, "Is this a ...?") are ranked by enrich's --engine reference,
so they are one candidate value and never loop or stop short; open answers ("What is he wearing?", "What is the shirt
color?", describe, details, material) are greedy free generation with 30 new tokens. The adapter was trained without
an end token, so its longer answers loop or run to the limit, it sometimes writes the Question:/Answer: format back,
gives one piece's color to another piece, says "she" for the male model, and invents pockets, logos and fabrics.

Labeling conventions and judgement calls:
- Color questions are asked only for garments visible in the photo (no jeans question when he wears chinos).
- A closed color answer that gives the asked piece another visible garment's color is a contradiction; a free
  (open or caption) text that gives the shirt another visible garment's color is other_garment_color.
- A color within the same family as what the photo shows is correct (khaki for beige, red for maroon, pink for
  peach, purple for lavender, white for cream). Where the seller's color is wrong for the photo (X686-009, sold as
  Brown, is rust and cream), answers that match the photo are correct.
- For a two-color check or print, naming either of the shirt's own colors is correct; I avoided writing a failure
  whose color also appears in the shirt's own print.
- Material: "cotton", "linen", "denim", "chambray" are correct where the title or the look supports them; an invented
  composition or fabric ("silk", "satin", "100% giza cotton", "organic european flax") is unsupported; a material
  that the title contradicts (cotton for a linen shirt, linen for a denim shirt) is a contradiction.
- A one-word or yes/no answer to describe/details, or an answer that only gives back the question's words
  ("the shorts are short"), is non_answer; a longer sentence that restates the question without content is restated.
- A leak keeps its label even where the text also loops to the limit; a loop that ran to the limit is a loop, and
  an answer that stops mid-phrase at the limit without repeating is cut. Both carry hit_limit=True, except one cut
  (X686-045) that stopped mid-phrase on an early newline, below the limit.
- "she"/"her" for the male model is pronoun; inventing a person (or jeans) for a packshot is unsupported.
- "Is this a t-shirt?" answered yes for a shirt worn over a t-shirt is a contradiction (the product is the shirt).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_686 = [
    # photo: red-and-navy checked casual shirt, long sleeves, one chest pocket, untucked over mid-blue jeans, white
    # sneakers; white backdrop, front view. Caption base BLIP-2; answers VQA adapter (closed via reference engine).
    case(
        "X686-001",
        caption("a man wearing a red and blue plaid shirt and jeans standing in front of a brick wall", "unsupported"),
        wearing("a red and navy checked shirt and blue jeans", who="he"),
        color_of("shirt", "red"),
        color_of("jeans", "blue"),
        describe(
            "shirt",
            "the shirt is a red and navy checked shirt with a collar, buttons down the front and a pocket on the chest"
            " and a pocket on the chest and a pocket",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "checked pattern, full sleeves, a spread collar and a single chest pocket"),
        title="Roadster Men Red & Navy Blue Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: green-and-black tartan shirt, sleeves rolled to the elbow, worn open over a white crew-neck t-shirt,
    # black skinny jeans, hands in pockets; white backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-002",
        caption("a man wearing a green plaid shirt over a white t - shirt"),
        wearing(
            "a green checked shirt open over a white t-shirt with black jeans and a black leather jacket",
            "unsupported",
            who="he",
        ),
        color_of("shirt", "green"),
        color_of("jeans", "black"),
        shirt_color("white", "other_garment_color"),
        details(
            "shirt",
            "the sleeves are rolled up, the sleeves are rolled up, the sleeves are rolled up, the sleeves are rolled"
            " up, the",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="HIGHLANDER Men Green & Black Slim Fit Tartan Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: mustard-yellow and white checked shirt, button-down collar, long sleeves, tucked into beige chinos with
    # a brown belt; white backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-003",
        caption("a man in a yellow checkered shirt and khaki pants"),
        wearing("she is wearing a yellow checked shirt tucked into beige trousers", "pronoun", who="he"),
        color_of("shirt", "mustard"),
        color_of("pants", "mustard", "contradiction"),
        describe(
            "shirt",
            "a mustard and white checked shirt with a button-down collar and long sleeves, tucked in with a brown belt",
        ),
        material("silk", "unsupported"),
        title="WROGN Men Mustard Yellow & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: blue-and-white gingham shirt, short sleeves, button-down collar, chest pocket with a small embroidered
    # logo, worn untucked over navy shorts, sunglasses held in one hand; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-004",
        caption("a man in a blue and white gingham shirt holding sunglasses"),
        wearing("a blue and white checked short sleeve shirt and navy shorts", who="he"),
        color_of("shirt", "green", "contradiction"),
        color_of("shorts", "navy blue"),
        sleeves("short"),
        details(
            "shirt",
            "short sleeves, a chest pocket with a small logo embroidered on it, a button-down collar and the shirt"
            " is worn untucked over a pair of navy",
            "cut",
            hit_limit=True,
        ),
        shirt_color("navy blue", "other_garment_color"),
        title="U.S. Polo Assn. Men Blue & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal-grey and black buffalo-check flannel shirt, long sleeves, two flap chest pockets, dark grey
    # jeans lightly faded on the thighs; white backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-005",
        caption("a man wearing a black and grey plaid flannel shirt"),
        color_of("shirt", "grey"),
        color_of("jeans", "grey"),
        shirt_color("grey and black"),
        describe("shirt", "a grey and black checked flannel shirt with long sleeves and two flap pockets on the chest"),
        details(
            "jeans",
            "dark grey slim fit jeans with a faded wash on the thighs, five pockets and a zip fly, the jeans are worn"
            " with a black",
            "cut",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        title="Flying Machine Men Charcoal Grey & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: olive-green and maroon checked shirt, spread collar, curved hem, no pockets, plain buttons, long
    # sleeves, khaki chinos, brown loafers; white backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-006",
        caption("a man wearing a green and red plaid shirt and khaki pants"),
        wearing("a green checked shirt and khaki chinos", who="he"),
        color_of("shirt", "olive"),
        color_of("pants", "olive", "contradiction"),
        describe(
            "shirt",
            "the shirt is olive green with maroon checks, a spread collar, double pockets with flaps and metal buttons",
            "unsupported",
        ),
        details("shirt", "Question: What are the shirt details? Answer: checked", "leak"),
        title="Indian Terrain Men Olive & Maroon Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white shirt with thin black windowpane checks, long sleeves, spread collar, one plain patch pocket, black
    # trousers with a black belt; light grey backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-007",
        caption("a man in a white and black checkered shirt and black pants"),
        color_of("shirt", "white"),
        color_of("pants", "black"),
        shirt_color("black", "other_garment_color"),
        describe(
            "shirt",
            "a white shirt with thin black windowpane checks, long sleeves and a patch pocket with an embroidered"
            " crest",
            "unsupported",
        ),
        pattern("checked"),
        title="Mast & Harbour Men White & Black Windowpane Checked Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: folded packshot, no person: navy-and-green multi-check shirt, button-down collar and top buttons
    # showing, brand tag at the neck; white backdrop. Row has no gender. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-008",
        caption("a navy blue and green plaid shirt folded on a white background"),
        wearing("a man wearing a navy and green checked shirt", "unsupported"),
        color_of("shirt", "navy blue"),
        shirt_color("navy blue and green"),
        describe(
            "shirt",
            "a folded navy and green checked shirt with a button-down collar, the shirt is folded so that only the"
            " collar and the top two buttons and the",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "the collar, the buttons, the collar, the buttons, the collar, the buttons, the collar, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        title="Jack & Jones Men Navy Blue & Green Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # photo: rust-orange and cream checked shirt (the seller calls it Brown), sleeves rolled up, light blue jeans;
    # white backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-009",
        caption("a man in an orange plaid shirt and jeans"),
        color_of("shirt", "orange"),
        color_of("jeans", "light blue"),
        shirt_color("rust and cream"),
        wearing(
            "a light blue checked shirt with the sleeves rolled up and light blue jeans",
            "other_garment_color",
            who="he",
        ),
        describe(
            "shirt",
            "the shirt is a rust and cream checked shirt with the sleeves rolled up to the elbows and the shirt is worn"
            " over a pair of light blue",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Brown & Cream Checked Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: purple-and-white checked shirt, long sleeves, mid-blue jeans, steel watch on the left wrist; white
    # backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-010",
        caption("a man wearing a blue checkered shirt and blue jeans", "other_garment_color"),
        wearing("he is wearing a purple and white checked shirt, blue jeans and a watch", who="he"),
        color_of("shirt", "blue", "contradiction"),
        color_of("jeans", "blue"),
        shirt_color("purple and white"),
        details("jeans", "jeans", "non_answer"),
        title="Campus Sutra Men Purple & White Checked Casual Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: pink-and-white micro-checked shirt, long sleeves, spread collar, blue jeans; white backdrop,
    # three-quarter view. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-011",
        caption("a man in a pink shirt and jeans"),
        color_of("shirt", "pink"),
        color_of("jeans", "blue"),
        shirt_color("red", "contradiction"),
        describe("shirt", "a pink and white micro checked shirt with long sleeves and a spread collar"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        is_a("shirt", "no", "contradiction"),
        title="Dennis Lingo Men Pink Slim Fit Micro Checked Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black-and-red buffalo-check overshirt, long sleeves with buttoned cuffs, worn open over a black
    # t-shirt, black jeans; white backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-012",
        caption("a man wearing a red and black plaid shirt"),
        wearing(
            "a red and black checked shirt worn open over a black t-shirt, black jeans and the shirt has long"
            " sleeves with the cuffs buttoned and the",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        color_of("jeans", "black"),
        shirt_color(
            "red and black and red and black and red and black and red and black and red and black and red and black"
            " and",
            "loop",
            hit_limit=True,
        ),
        sleeves("long"),
        is_a("t-shirt", "yes", "contradiction"),
        title="HERE&NOW Men Black & Red Buffalo Checked Overshirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy shirt with a small white floral print, short sleeves, no pocket, sunglasses hooked in the placket,
    # white shorts; white backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-013",
        caption("a man in a blue floral shirt and white shorts"),
        wearing(
            "a navy blue floral shirt and white shorts and sunglasses and white shorts and sunglasses and white"
            " shorts and sunglasses and white shorts",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue"),
        color_of("shorts", "white"),
        pattern("floral"),
        describe(
            "shirt",
            "a navy blue shirt with a white floral print, short sleeves and a chest pocket with a zipper",
            "unsupported",
        ),
        sleeves("long", "contradiction"),
        title="Roadster Men Navy Blue & White Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black camp-collar shirt with a green tropical palm-leaf print, short sleeves, beige shorts; white
    # backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-014",
        caption("a man wearing a black shirt with green leaves on it"),
        color_of("shirt", "black"),
        color_of("shorts", "beige"),
        shirt_color("beige", "other_garment_color"),
        describe("shirt", "the shirt is a shirt that is the shirt he is wearing", "restated"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: short sleeves Question: What are the shorts details? Answer:"
            " beige",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a black and green leaf print shirt with beige shorts", who="he"),
        title="HIGHLANDER Men Black & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: white shirt with a small blue geometric print, long sleeves, curved hem, mid-blue jeans; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-015",
        caption("a man in a white printed shirt and blue jeans"),
        color_of("shirt", "white"),
        color_of("jeans", "blue"),
        shirt_color("white with a blue print"),
        describe("shirt", "a white shirt with a small blue geometric print, long sleeves and a curved hem"),
        details(
            "shirt",
            "the shirt has a small blue print and the shirt has a small blue print and the shirt has a small blue"
            " print and the",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        pattern("solid", "contradiction"),
        title="Mast & Harbour Men White & Blue Geometric Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon shirt with a small cream paisley print, long sleeves, black slim jeans, black boots; white
    # backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-016",
        caption("a man wearing a red paisley shirt and black jeans"),
        color_of("shirt", "maroon"),
        color_of("jeans", "black"),
        shirt_color("black", "other_garment_color"),
        wearing("a maroon printed t-shirt and black jeans", "contradiction", who="he"),
        details(
            "jeans",
            "the jeans are black slim fit jeans with a mid rise waist, a zip fly and five pockets and they are worn"
            " with black leather",
            "cut",
            hit_limit=True,
        ),
        title="WROGN Men Maroon Paisley Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard shirt with a small white polka-dot print, sleeves rolled, grey chinos; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-017",
        caption("a man in a yellow striped shirt and grey pants", "contradiction"),
        color_of("shirt", "mustard"),
        color_of("pants", "grey"),
        pattern("polka dot"),
        describe("shirt", "yellow", "non_answer"),
        wearing("a grey polka dot shirt and grey chinos", "other_garment_color", who="he"),
        shirt_color("yellow with white dots"),
        title="Campus Sutra Men Mustard Yellow Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive shirt with a tiny white anchor print all over, no pocket, button-down collar, long sleeves with
    # buttoned cuffs, beige chinos; white backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-018",
        caption("a man wearing a green shirt with a white pattern and khaki pants"),
        color_of("shirt", "olive"),
        color_of("pants", "beige"),
        shirt_color("khaki", "other_garment_color"),
        details(
            "shirt", "small white anchor print all over, long sleeves with buttoned cuffs and a button-down collar"
        ),
        describe(
            "shirt",
            "the shirt is olive green with small white anchors printed all over and it has a chest pocket with the"
            " brand logo embroidered on it",
            "unsupported",
        ),
        material("cotton"),
        title="Dennis Lingo Men Olive Green Conversational Printed Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: red resort shirt with a yellow-and-blue hibiscus print, cuban collar, short sleeves, worn open over a
    # white t-shirt, white shorts; white backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-019",
        caption("a man in a red hawaiian shirt with flowers"),
        wearing("a red floral shirt open over a white t-shirt and white shorts", who="he"),
        color_of("shirt", "red"),
        color_of("shorts", "white"),
        shirt_color("white", "other_garment_color"),
        pattern("floral"),
        details("shirt", "Question: What is the color of the shirt? Answer: red", "leak"),
        sleeves("short"),
        title="Mast & Harbour Men Red & Yellow Tropical Floral Printed Resort Shirt",
        category="Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: sky-blue shirt with a white abstract print, long sleeves, plain white buttons, navy trousers, brown
    # loafers; the model sits on a white studio stool, hands on knees; light grey backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-020",
        caption("a man sitting on a stool wearing a blue shirt and blue pants"),
        color_of("shirt", "blue"),
        color_of("pants", "navy blue"),
        shirt_color("navy blue", "other_garment_color"),
        describe(
            "shirt",
            "a light blue shirt with a white abstract print, long sleeves and mother of pearl buttons",
            "unsupported",
        ),
        wearing(
            "he is wearing a light blue printed shirt, navy trousers and brown shoes, he is sitting on a stool with his"
            " hands on his knees and his",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="HERE&NOW Men Blue Abstract Printed Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay packshot, no person: pink shirt with a navy bird print, long sleeves, spread collar; white
    # backdrop. Row has no color column. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-021",
        caption("a pink shirt with birds on it"),
        color_of("shirt", "pink"),
        shirt_color("pink"),
        pattern("printed"),
        describe("shirt", "the shirt is a shirt with a shirt collar", "restated"),
        wearing("a pink shirt and blue jeans", "unsupported"),
        is_a("shirt", "yes"),
        title="The Indian Garage Co Men Pink & Navy Blue Bird Printed Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: light-blue denim western shirt, two flap chest pockets with snap buttons, long sleeves, black jeans;
    # white backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-022",
        caption("a man wearing a denim shirt and black jeans"),
        color_of("shirt", "light blue"),
        color_of("jeans", "blue", "contradiction"),
        shirt_color("black", "other_garment_color"),
        details("shirt", "two flap pockets on the chest with snap buttons and long sleeves"),
        material("denim"),
        describe(
            "shirt",
            "a light blue denim shirt with two flap pockets on the chest and long sleeves, the shirt is a denim shirt"
            " with two flap pockets on the chest and long",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Light Blue Denim Western Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark indigo denim shirt, snap buttons, two chest pockets, long sleeves, beige chinos; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-023",
        caption("a man in a dark blue denim jacket and khaki pants", "contradiction"),
        color_of("shirt", "navy blue"),
        color_of("pants", "beige"),
        wearing("a dark denim shirt and beige chinos", who="he"),
        material("linen", "contradiction"),
        details("shirt", "snap buttons down the front, two chest pockets and long sleeves"),
        shirt_color("beige", "other_garment_color"),
        title="Wrangler Men Dark Indigo Denim Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey washed denim shirt worn open over a white t-shirt, black jeans; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-024",
        caption("a man wearing a grey denim shirt over a white t - shirt"),
        wearing("a grey denim shirt with a white t-shirt and black jeans", who="he"),
        color_of("shirt", "white", "contradiction"),
        color_of("jeans", "black"),
        shirt_color("blue", "contradiction"),
        describe(
            "shirt",
            "the grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Grey Washed Denim Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: black denim shirt, long sleeves, two chest pockets, mid-blue jeans; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-025",
        caption("a man in a black denim shirt and blue jeans"),
        color_of("shirt", "black"),
        color_of("jeans", "blue"),
        shirt_color("blue", "other_garment_color"),
        wearing("a black shirt, blue jeans and a silver chain necklace", "unsupported", who="he"),
        describe("shirt", "she is wearing a black denim shirt with two pockets on the chest", "pronoun"),
        material("denim"),
        title="Mufti Men Black Solid Denim Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: light-blue chambray shirt, button-down collar, sleeves rolled up (no tabs), one hand in pocket,
    # white chinos; white backdrop, front view only. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-026",
        caption("a man in a light blue shirt and white pants"),
        color_of("shirt", "grey", "contradiction"),
        color_of("pants", "white"),
        shirt_color("white", "other_garment_color"),
        describe("shirt", "a light blue chambray shirt with the sleeves rolled up and a button-down collar"),
        material("chambray"),
        details(
            "shirt",
            "the sleeves are rolled up and held with button tabs, and there is a hanger loop at the back",
            "unsupported",
        ),
        title="Indian Terrain Men Light Blue Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mid-blue denim shirt with short sleeves, untucked, khaki shorts (no belt visible); white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-027",
        caption("a man in a blue denim shirt and blue shorts", "contradiction"),
        color_of("shirt", "blue"),
        color_of("shorts", "khaki"),
        sleeves("long", "contradiction"),
        shirt_color("blue Question: What is the color of the shorts? Answer: khaki", "leak"),
        details("shorts", "the shorts are short", "non_answer"),
        wearing(
            "a blue denim shirt with short sleeves and khaki shorts with a brown leather belt", "unsupported", who="he"
        ),
        title="HERE&NOW Men Blue Solid Denim Short Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: washed blue denim shirt worn open over a black t-shirt, sleeves rolled, grey jeans; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-028",
        caption("a man wearing a denim shirt over a black t - shirt and grey jeans"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "contradiction"),
        shirt_color("black", "other_garment_color"),
        describe("shirt", "a washed blue denim shirt worn open over a black t-shirt with the sleeves rolled up"),
        details(
            "jeans",
            "grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey"
            " jeans",
            "loop",
            hit_limit=True,
        ),
        wearing("she's wearing a denim shirt, a black t-shirt and grey jeans", "pronoun", who="he"),
        title="Flying Machine Men Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white linen shirt, mandarin collar, no pocket, sleeves rolled, beige linen trousers; in front of a
    # plain beige wall. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-029",
        caption("a man in a white shirt and beige pants standing in front of a beige wall"),
        color_of("shirt", "white"),
        color_of("pants", "beige"),
        material("linen"),
        describe("shirt", "a white linen shirt with a mandarin collar and sleeves rolled up"),
        shirt_color("beige", "other_garment_color"),
        details("shirt", "the shirt has a mandarin collar, rolled up sleeves and a chest pocket", "unsupported"),
        wearing(
            "a white linen shirt with the sleeves rolled up and a mandarin collar, and beige linen trousers, he is"
            " standing in front of a beige wall with his",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Linen Club Men White Pure Linen Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: beige linen shirt, long sleeves, white trousers; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-030",
        caption("a man in a white shirt and white pants", "other_garment_color"),
        color_of("shirt", "beige"),
        color_of("pants", "white"),
        material("cotton", "contradiction"),
        shirt_color("khaki"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt details are: Question: What are the pants details?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("she is wearing a beige shirt and white trousers", "pronoun", who="he"),
        title="Fabindia Men Beige Linen Slim Fit Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: olive linen shirt, short sleeves, spread collar, one chest pocket, navy shorts; light grey backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-031",
        caption("a man wearing a green shirt and blue shorts"),
        color_of("shirt", "olive"),
        color_of("shorts", "black", "contradiction"),
        shirt_color("navy blue", "other_garment_color"),
        sleeves("short"),
        material("linen"),
        describe(
            "shirt",
            "an olive green linen shirt with short sleeves, a spread collar and a chest pocket and a chest pocket"
            " and a chest pocket and a chest pocket",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Men Olive Pure Linen Short Sleeves Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: sky-blue linen shirt, sleeves rolled to the elbows, white shorts; light grey backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-032",
        caption("a man in a light blue shirt and white shorts"),
        color_of("shirt", "blue"),
        color_of("shorts", "blue", "contradiction"),
        shirt_color("sky blue"),
        describe(
            "shirt",
            "the shirt is a light blue linen shirt with the sleeves rolled up to the elbows, the shirt is a light blue"
            " linen shirt with the",
            "loop",
            hit_limit=True,
        ),
        material("linen"),
        details("shorts", "Question: What are the shorts details? Answer: white shorts", "leak"),
        title="Mast & Harbour Men Blue Linen Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: peach linen shirt, long sleeves with button cuffs, spread collar, curved hem, white chinos; white
    # backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-033",
        caption("a man wearing a pink shirt and white pants"),
        color_of("shirt", "peach"),
        color_of("pants", "white"),
        shirt_color("white", "other_garment_color"),
        material("linen and cotton blend", "unsupported"),
        details("shirt", "shirt", "non_answer"),
        wearing("a peach shirt and white trousers", who="he"),
        title="Nautica Men Peach Linen Regular Fit Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: rust linen-blend shirt, long sleeves, spread collar, black jeans; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-034",
        caption("a man wearing an orange shirt and black jeans"),
        color_of("shirt", "rust"),
        color_of("jeans", "blue", "contradiction"),
        shirt_color("orange"),
        material("the material of the garment is the garment material", "restated"),
        describe(
            "shirt",
            "a rust linen shirt with long sleeves and a spread collar, made from 100% organic european flax",
            "unsupported",
        ),
        wearing(
            "a rust shirt and black jeans and a black shirt and black jeans and a black shirt and black jeans and a"
            " black shirt and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Roadster Men Rust Orange Linen Blend Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: lavender linen shirt, long sleeves, spread collar, curved hem, untucked over grey trousers; white
    # backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-035",
        caption("a man in a purple shirt and grey pants holding a coffee cup", "unsupported"),
        color_of("shirt", "lavender"),
        color_of("pants", "grey"),
        shirt_color("grey", "other_garment_color"),
        material("linen"),
        describe(
            "shirt",
            "a lavender linen shirt with long sleeves, a spread collar and a curved hem, the shirt is a lavender linen"
            " shirt with long sleeves, a",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt",
            "lavender linen with a spread collar, long sleeves and a curved hem, the shirt is worn untucked over"
            " grey trousers and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        title="ColorPlus Men Lavender Linen Regular Fit Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: black linen shirt with a band collar, long sleeves, black trousers; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-036",
        caption("a man in a black shirt and black pants"),
        color_of("shirt", "black"),
        color_of("pants", "black"),
        shirt_color("black"),
        material("linen"),
        describe("shirt", "a black linen shirt with a band collar and long sleeves"),
        wearing("a black shirt and black pants Question: What is he wearing? Answer: a black shirt", "leak", who="he"),
        details("pants", "black", "non_answer"),
        title="Jack & Jones Men Black Linen Band Collar Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: white formal shirt, spread collar, navy tie, under an open navy blazer, grey trousers; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-037",
        caption("a man wearing a navy blazer, white shirt and a tie"),
        wearing("a white shirt, a navy blue blazer, a tie and grey trousers", who="he"),
        color_of("shirt", "navy blue", "contradiction"),
        color_of("pants", "grey"),
        shirt_color("white"),
        describe("shirt", "a white formal shirt with a spread collar, worn with a navy tie under a blazer"),
        is_a("shirt", "yes"),
        details(
            "shirt", "the shirt is a slim fit shirt made of wrinkle free giza cotton with french cuffs", "unsupported"
        ),
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light-blue formal shirt with one chest pocket, tucked into black trousers, black belt; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-038",
        caption("a man in a blue shirt and tie", "unsupported"),
        color_of("shirt", "blue"),
        color_of("pants", "black"),
        shirt_color("light blue"),
        describe("shirt", "light blue formal shirt tucked into black trousers with a black belt"),
        details("shirt", "she has a light blue shirt with long sleeves and a pocket", "pronoun"),
        sleeves("long"),
        pattern("striped", "contradiction"),
        title="Louis Philippe Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: pink formal shirt, long sleeves, charcoal trousers; white backdrop, three-quarter view.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-039",
        caption("a man in a pink t - shirt and grey pants", "contradiction"),
        color_of("shirt", "pink"),
        color_of("pants", "pink", "contradiction"),
        shirt_color("grey", "other_garment_color"),
        wearing("a pink shirt and charcoal trousers", who="he"),
        describe("shirt", "pink", "non_answer"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt is pink Question: What are the shirt details?"
            " Answer: The shirt is",
            "leak",
            hit_limit=True,
        ),
        title="Van Heusen Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: navy formal shirt with thin white pinstripes, self cuffs, spread collar, beige trousers; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-040",
        caption("a man wearing a blue striped shirt and khaki pants"),
        color_of("shirt", "navy blue"),
        color_of("pants", "beige"),
        pattern("checked", "contradiction"),
        shirt_color("navy blue with white stripes"),
        describe(
            "shirt",
            "a navy blue shirt with thin white vertical stripes, a spread collar and contrast white cuffs",
            "unsupported",
        ),
        wearing("the man is wearing what the man is wearing", "restated", who="the man"),
        title="Arrow Men Navy Blue & White Pinstriped Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: lavender formal shirt, spread collar, buttoned cuffs, no pocket, arms crossed; cropped at the waist so
    # only the shirt shows; light grey backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-041",
        caption("a man in a purple shirt with his arms crossed"),
        color_of("shirt", "lavender"),
        shirt_color("purple"),
        describe(
            "shirt",
            "a lavender formal shirt with a spread collar and buttoned cuffs, the man has his arms crossed over his"
            " chest and the shirt is",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "the shirt is a lavender shirt with a collar and buttons and a pocket and the sleeves and the collar and"
            " the buttons and the pocket and",
            "loop",
            hit_limit=True,
        ),
        material("100% giza cotton", "unsupported"),
        is_a("shirt", "no", "contradiction"),
        title="Allen Solly Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: grey formal shirt, long sleeves, barrel cuffs, spread collar, tucked into black trousers; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-042",
        caption("a man wearing a black shirt and black pants", "other_garment_color"),
        color_of("shirt", "grey"),
        color_of("pants", "black"),
        shirt_color("black", "other_garment_color"),
        describe(
            "shirt",
            "a grey formal shirt with long sleeves, a spread collar and french cuffs with silver cufflinks",
            "unsupported",
        ),
        details("pants", "the pants details are the details on the pants", "restated"),
        wearing("he is wearing a grey shirt tucked into black trousers", who="he"),
        title="Raymond Men Grey Contemporary Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: white formal shirt with fine blue vertical stripes, long sleeves, buttoned cuffs, spread collar, one
    # patch pocket on the left, navy trousers; white backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-043",
        caption("a man in a white and blue striped shirt"),
        color_of("shirt", "white"),
        color_of("pants", "white", "contradiction"),
        pattern("striped"),
        shirt_color("white and blue striped"),
        describe(
            "shirt",
            "a white shirt with thin blue vertical stripes, long sleeves with buttoned cuffs, a spread collar and a"
            " single patch pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        details("pants", "pants", "non_answer"),
        title="Park Avenue Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon formal shirt, long sleeves, spread collar, black trousers; white backdrop.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-044",
        caption("a man in a red shirt and black pants"),
        color_of("shirt", "maroon"),
        color_of("pants", "black"),
        shirt_color("black", "other_garment_color"),
        wearing("she is wearing a maroon shirt and black pants", "pronoun", who="he"),
        describe(
            "shirt", "a maroon formal shirt with long sleeves, a spread collar and a wrinkle free finish", "unsupported"
        ),
        sleeves("short", "contradiction"),
        title="Blackberrys Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black formal shirt with a subtle dobby (self-design) texture, long sleeves, spread collar, grey
    # trousers; white backdrop. Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-045",
        caption("a man wearing a black shirt and grey pants"),
        color_of("shirt", "black"),
        color_of("pants", "grey"),
        shirt_color("grey", "other_garment_color"),
        describe("shirt", "a black formal shirt with a subtle self design texture and", "cut"),
        details(
            "shirt",
            "the shirt has a dobby texture, long sleeves, a spread collar and the shirt is black with a dobby texture,"
            " long sleeves, a spread collar and",
            "loop",
            hit_limit=True,
        ),
        material("satin", "unsupported"),
        title="John Players Men Black Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: cream formal shirt, long sleeves, brown trousers; white backdrop. Row has no category column.
    # Caption base BLIP-2; answers VQA adapter.
    case(
        "X686-046",
        caption("a man wearing a white shirt and brown pants"),
        color_of("shirt", "cream"),
        color_of("pants", "brown"),
        shirt_color("brown", "other_garment_color"),
        wearing("a cream shirt and brown trousers", who="he"),
        describe(
            "shirt",
            "the shirt is a cream colored shirt with long sleeves and a collar and it is a formal shirt and it is worn"
            " with a pair of brown",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "Answer: long sleeves", "leak"),
        title="Basics Men Cream Slim Fit Formal Shirt",
        color="Cream",
        gender="Men",
    ),
]
