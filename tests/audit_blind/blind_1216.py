"""BLIND_1216 (45 products; Myntra men's bottoms, base BLIP-2 zero-shot): written blind in the sixty-first session.
Measured blind at 1ef79ed (the session's sixth rules): 40/51 failures found (78.4%) and 13/171 correct texts flagged
(7.6%). The writer's notes, verbatim:

Scenario: a Myntra men's bottomwear feed (articleType Jeans, Trousers, Track Pants, Shorts; baseColour as Myntra
spells it: Navy Blue, Charcoal, Grey Melange, Olive, Khaki, Multi...). The photos are the catalog's usual ones: a
male model on a plain white or grey backdrop wearing the product with a tee, shirt, polo, hoodie or jacket, a few
cropped waist-down shots, one back view, two flat lays (one a pack of two), and props (a stool, a yellow chair, a
wooden crate, a skateboard). The system is the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, on the
experiments' questionnaire with the garment swapped for the product's: "What is he wearing?", "What is the color of
the jeans / pants / shorts?", "What are the jeans / pants / shorts details?", now and then "Describe the pants.",
"What is the color of the shirt?" or "What is the shirt color?" for the top worn with it. Trousers and track pants
are asked as "pants", as the experiments did. Captions are the base model's unprompted captions (50 new tokens);
answers free generation (30 new tokens), stored open.
Who wrote what: every text is the base model's, caption and answers alike; no adapter, no extractive QA model.
Labeling conventions and judgement calls: a text is judged against the photo I imagined (described in the comment
above each case) and the title. Near hues are accepted: "grey" for Charcoal, "black" for charcoal joggers, "white"
for Cream, "green" for Olive and for Teal, "red" for Maroon, "orange" for Rust, "navy" or "blue" for Navy Blue. For
faded black jeans that read charcoal in the photo, "grey" is left unmarked. A color answer for the pants that is the
top's color is other_garment_color; a wrong color for the top (not the product) is contradiction; a prop's color
given to the product is contradiction. A details answer that only names the garment, or only gives its color or
says "they are shorts", is non_answer; one that rephrases the question back is restated. Wrong garment kind
(jeans for track pants, "a suit" for a blazer over odd trousers, one pair for a pack of two) is contradiction.
Invented features (rips on clean-look jeans, pleats, a belt, cargo pockets) are unsupported. A caption or answer
calling the male model a woman or "she" is pronoun. A text that ran to the limit and ended mid-phrase is cut; one
that repeats itself to the limit is loop (both hit_limit). A text echoing "Question:"/"Answer:" is leak, whatever
else is wrong with it. "sweatpants" and "joggers" for track pants are accepted; a brand name alone for "What is he
wearing?" is non_answer; "nothing" on a flat lay is non_answer; "denim" alone for the jeans' details is non_answer.
"Describe the pants." answered with color and garment ("a pair of khaki pants") is accepted as a description; "a
pair of jeans" alone is non_answer. "What is the color of the shirt?" answered with the color of a jacket or blazer
worn over the tee is contradiction (the shirt is the tee); with a matching track jacket or hoodie as the only top,
its color is accepted. The grey answer for a two-colour pack is left unmarked (one of the two colours, incomplete
rather than wrong). The base model answers the short color and "wearing" questions mostly right and fails most on
details and on one color for two garments, so this set runs under the four-in-ten typical of tuned adapters.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def color(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1216 = [
    # Model on a grey backdrop, white crew-neck tee untucked, mid-blue clean jeans, white sneakers. All base model;
    # the details say only "denim".
    case(
        "X1216-001",
        caption("a man in a white t-shirt and blue jeans"),
        he("jeans and a white t-shirt"),
        color("jeans", "blue"),
        details("jeans", "denim", "non_answer"),
        color("shirt", "white"),
        gender="Men",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # White shirt with sleeves rolled, dark navy jeans with light whiskering at the thighs, no rips; hands in pockets.
    # Base model; the jeans' color answer is the shirt's, the details invent rips.
    case(
        "X1216-002",
        caption("a man in a white shirt and jeans standing with his hands in his pockets"),
        he("a white shirt and jeans"),
        color("jeans", "white", "other_garment_color"),
        details("jeans", "ripped", "unsupported"),
        color("shirt", "white"),
        gender="Men",
        title="WROGN Men Navy Blue Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Black track pants, short black HRX tee (drawstring visible at the waist), running shoes, lunge pose. Top and
    # bottom really are both black. Base model.
    case(
        "X1216-003",
        caption("a man in black sweatpants and a black t-shirt"),
        he("a black t-shirt and black pants"),
        color("pants", "black"),
        details("pants", "they have a drawstring at the waist"),
        color("shirt", "black"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Navy polo tucked in, brown belt, khaki chinos, brown loafers. Base model; details only name color and garment.
    case(
        "X1216-004",
        caption("a man wearing a blue polo shirt and khaki pants"),
        he("a polo shirt and khaki pants"),
        color("pants", "khaki"),
        details("pants", "khaki pants", "non_answer"),
        describe("pants", "a pair of khaki pants"),
        gender="Men",
        title="Mast & Harbour Men Khaki Tapered Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Back view: grey tee, mid-blue light-fade jeans, back pockets with the red tab and leather patch visible. Base
    # model; the description names the garment only.
    case(
        "X1216-005",
        caption("the back of a man wearing jeans and a grey t-shirt"),
        he("jeans"),
        color("jeans", "blue"),
        details("jeans", "the back pockets have a red tag"),
        color("shirt", "grey"),
        describe("jeans", "a pair of jeans", "non_answer"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Grey melange joggers with ribbed cuffs, white Puma tee, white sneakers. Base model; the shirt gets the grey.
    case(
        "X1216-006",
        caption("a man in a white t-shirt and grey sweatpants"),
        he("sweatpants"),
        color("pants", "grey"),
        details("pants", "elastic cuffs"),
        color("shirt", "grey", "contradiction"),
        describe("pants", "grey sweatpants with a white t-shirt"),
        gender="Men",
        title="Puma Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # White tee with a palm graphic, light blue washed denim shorts with frayed hem, sitting on a wooden stool. Base.
    case(
        "X1216-007",
        caption("a man sitting on a stool wearing a t-shirt and denim shorts"),
        he("shorts and a t-shirt"),
        color("shorts", "blue"),
        details("shorts", "they are shorts", "non_answer"),
        color("shirt", "white"),
        gender="Men",
        title="Jack & Jones Men Blue Washed Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Light blue formal shirt tucked in, black belt, charcoal slim trousers, black derbies, white backdrop. Base model;
    # the pants get the shirt's blue, the description walks the outfit in a loop to the limit.
    case(
        "X1216-008",
        caption("a man in a blue shirt and grey pants"),
        he("a blue shirt and grey pants"),
        color("pants", "blue", "other_garment_color"),
        details("pants", "they are slim fit"),
        color("shirt", "blue"),
        describe(
            "pants",
            "the pants are grey and have a black belt and black shoes and a blue shirt and a black belt and black shoes"
            " and a blue shirt and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Sport Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Olive bomber jacket open over a black tee, black skinny jeans with a small rip at the left knee. Base model; the
    # shirt (the black tee) gets the jacket's green.
    case(
        "X1216-009",
        caption("a man in a green jacket and black jeans"),
        he("a green jacket and black jeans"),
        color("jeans", "black"),
        details("jeans", "the knees are ripped"),
        color("shirt", "green", "contradiction"),
        gender="Men",
        title="SPYKAR Men Black Skinny Fit Low Distress Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Black running shorts with a white swoosh on the left leg, neon yellow running tank, mid-stride. Base model.
    case(
        "X1216-010",
        caption("a man in black shorts and a yellow tank top running"),
        he("shorts"),
        color("shorts", "black"),
        details("shorts", "the nike logo"),
        color("shirt", "yellow"),
        describe("shorts", "black shorts with a white nike logo"),
        gender="Men",
        title="Nike Men Black Dri-FIT Flex Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Heavy-fade light blue skinny jeans, black leather jacket over a white tee, chelsea boots. Base model; the jeans
    # get the jacket's black.
    case(
        "X1216-011",
        caption("a man in a black leather jacket and blue jeans"),
        he("a leather jacket and jeans"),
        color("jeans", "black", "other_garment_color"),
        details("jeans", "the jeans are faded"),
        describe("jeans", "they are blue jeans with a black leather jacket"),
        gender="Men",
        title="Flying Machine Men Blue Jackson Skinny Fit Heavy Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # White linen shirt untucked, beige chinos with rolled cuffs, white sneakers. No gender column. Base model; the
    # pants get the shirt's white.
    case(
        "X1216-012",
        caption("a man in a white shirt and beige pants"),
        he("a white shirt and khaki pants"),
        color("pants", "white", "other_garment_color"),
        details("pants", "rolled up"),
        color("shirt", "white"),
        title="Highlander Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Navy track pants with three white stripes down the side, white Adidas logo tee. Base model; "wearing" gives
    # only the brand.
    case(
        "X1216-013",
        caption("a man in a white adidas t-shirt and blue track pants"),
        he("adidas", "non_answer"),
        color("pants", "blue"),
        details("pants", "three white stripes"),
        color("shirt", "white"),
        gender="Men",
        title="ADIDAS Men Navy Blue Solid Track Pants with 3-Stripes",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Olive chino shorts with empty belt loops (no belt), navy polo with a small logo, white sneakers. Base model; the
    # shorts get the polo's blue, the details invent a belt.
    case(
        "X1216-014",
        caption("a man wearing a navy polo shirt and green shorts"),
        he("a polo shirt and shorts"),
        color("shorts", "blue", "other_garment_color"),
        details("shorts", "the shorts have a belt", "unsupported"),
        color("shirt", "blue"),
        gender="Men",
        title="U.S. Polo Assn. Men Olive Solid Regular Fit Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Cropped waist-down shot: flat-front grey trousers, white shirt hem tucked in, hand in pocket, black oxfords.
    # Base model; no face, so the caption guesses a woman; the details invent pleats.
    case(
        "X1216-015",
        caption("a woman in grey pants and black shoes", "pronoun"),
        he("grey pants and black shoes"),
        color("pants", "grey"),
        details("pants", "they have pleats in the front", "unsupported"),
        gender="Men",
        title="Arrow Men Grey Tailored Slim Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Washed black straight jeans that read charcoal, maroon checked flannel shirt, brown boots. Base model.
    case(
        "X1216-016",
        caption("a man in a red plaid shirt and black jeans"),
        he("a plaid shirt and jeans"),
        color("jeans", "grey"),
        details("jeans", "the jeans are black", "non_answer"),
        color("shirt", "red"),
        gender="Men",
        title="Roadster Men Black Washed Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Flat lay on white: two folded track pants side by side, one navy, one grey; drawstrings showing. Base model;
    # the caption sees one pair.
    case(
        "X1216-017",
        caption("a pair of grey sweatpants on a white background", "contradiction"),
        he("sweatpants"),
        color("pants", "grey"),
        details("pants", "drawstring"),
        gender="Men",
        title="Proline Active Men Pack of 2 Solid Track Pants",
        category="Track Pants",
        color="Multi",
    ),
    # Dark indigo regular clean jeans (no holes), grey hoodie, model sitting on a yellow metal chair. Base model; the
    # jeans get the chair's yellow, the details invent a hole.
    case(
        "X1216-018",
        caption("a man in a grey hoodie and jeans sitting on a yellow chair"),
        he("a hoodie and jeans"),
        color("jeans", "yellow", "contradiction"),
        details("jeans", "the jeans have a hole in the knee", "unsupported"),
        color("shirt", "grey"),
        gender="Men",
        title="Levis Men Blue 505 Regular Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Double denim: open mid-blue denim shirt over a white tee, dark blue clean jeans. Base model; rips invented.
    case(
        "X1216-019",
        caption("a man in a denim shirt and jeans"),
        he("denim"),
        color("jeans", "blue"),
        details("jeans", "the jeans are ripped at the knees", "unsupported"),
        color("shirt", "blue"),
        gender="Men",
        title="Mufti Men Blue Slim Fit Low-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Side view: charcoal joggers with a zip pocket on the thigh, red training tee. Base model; the pants get red.
    case(
        "X1216-020",
        caption("a man in a red shirt and black pants"),
        he("a red shirt and black pants"),
        color("pants", "red", "other_garment_color"),
        details("pants", "zipper pockets"),
        color("shirt", "red"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # Navy slim formal trousers, white formal shirt tucked in, tan belt, hands in pockets. Base model; the details
    # run on to the limit.
    case(
        "X1216-021",
        caption("a man in a white shirt and blue pants standing with his hands in his pockets"),
        he("a white shirt and blue pants"),
        color("pants", "blue"),
        details(
            "pants",
            "the pants are slim fit and have a belt loop on the side of the waist and a pocket on the side of the leg"
            " and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        color("shirt", "white"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Solid red sports shorts, black tee, white socks and trainers. Base model; details add the tee's black.
    case(
        "X1216-022",
        caption("a man in a black t-shirt and red shorts"),
        he("shorts"),
        color("shorts", "red"),
        details("shorts", "the shorts are red and black", "other_garment_color"),
        shirt_color("black"),
        gender="Men",
        title="Puma Men Red Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Red",
    ),
    # Man with long hair in a bun, white shirt open at the collar, mid-blue slim jeans. Base model; "wearing" says
    # "she".
    case(
        "X1216-023",
        caption("a man with long hair in a white shirt and blue jeans"),
        he("she is wearing a white top and blue jeans", "pronoun"),
        color("jeans", "blue"),
        details("jeans", "jeans", "non_answer"),
        color("shirt", "white"),
        gender="Men",
        title="Wrangler Men Blue Skanders Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Cream cable-knit sweater, brown slim chinos, white sneakers. Base model.
    case(
        "X1216-024",
        caption("a man in a white sweater and brown pants"),
        he("a sweater and pants"),
        color("pants", "brown"),
        details("pants", "pants", "non_answer"),
        describe("pants", "a pair of brown pants with a white sweater"),
        shirt_color("white"),
        gender="Men",
        title="Allen Solly Men Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Brown",
    ),
    # Black skinny jeans with ripped knees, plain white tee, black boots. Base model; the color answer runs on into
    # the prompt format.
    case(
        "X1216-025",
        caption("a man in a white t-shirt and black ripped jeans"),
        he("a white t-shirt and ripped jeans"),
        color("jeans", "black Question: What is the color of the shirt? Answer: white", "leak"),
        details("jeans", "ripped"),
        describe("jeans", "black ripped jeans"),
        gender="Men",
        title="Jack & Jones Men Black Skinny Fit Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Olive cargo trousers with flap pockets on both thighs, black tee, black boots. Base model; all right.
    case(
        "X1216-026",
        caption("a man in a black t-shirt and green cargo pants"),
        he("cargo pants"),
        color("pants", "green"),
        details("pants", "the pants have pockets on the sides"),
        color("shirt", "black"),
        gender="Men",
        title="Ketch Men Olive Green Relaxed Fit Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Grey fleece joggers with a small Nike logo on the left thigh, matching grey hoodie, white sneakers. Base model;
    # the details loop.
    case(
        "X1216-027",
        caption("a man in a grey hoodie and grey sweatpants"),
        he("a grey hoodie and grey sweatpants"),
        color("pants", "grey"),
        details(
            "pants",
            "the nike logo on the left leg and the nike logo on the left leg and the nike logo on the left leg and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Grey Melange Club Fleece Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Navy-and-white striped shirt, light blue tapered jeans with rolled cuffs, brown loafers. Base model; "wearing"
    # goes on writing its own questions to the limit.
    case(
        "X1216-028",
        caption("a man in a striped shirt and jeans"),
        he(
            "a striped shirt and jeans Question: What is the color of the jeans? Answer: blue Question: What are the"
            " jeans details? Answer: ripped",
            "leak",
            hit_limit=True,
        ),
        color("jeans", "light blue"),
        details("jeans", "they are cuffed at the bottom"),
        color("shirt", "blue and white"),
        gender="Men",
        title="Highlander Men Blue Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Cream linen trousers, navy blazer over a white tee, tan loafers. Base model; "a suit" for odd trousers, the
    # shirt (the white tee) gets the blazer's blue.
    case(
        "X1216-029",
        caption("a man in a blue blazer and white pants"),
        he("a suit", "contradiction"),
        color("pants", "white"),
        details("pants", "linen"),
        color("shirt", "blue", "contradiction"),
        gender="Men",
        title="Louis Philippe Men Cream Slim Fit Linen Trousers",
        category="Trousers",
        color="Cream",
    ),
    # Flat lay on white: navy chino shorts, button and zip fly visible, no person. Base model.
    case(
        "X1216-030",
        caption("a pair of blue shorts on a white background"),
        he("nothing", "non_answer"),
        color("shorts", "blue"),
        details("shorts", "the shorts have a button and a zipper"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Black track pants with white side piping, grey marl tee, white sneakers. No color column. Base model; the pants
    # get the tee's grey.
    case(
        "X1216-031",
        caption("a man in a grey t-shirt and black pants"),
        he("a grey t-shirt and black pants"),
        color("pants", "grey", "other_garment_color"),
        details("pants", "white stripes on the side"),
        gender="Men",
        title="Campus Sutra Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
    ),
    # Royal blue polyester track pants with zip pockets, blue tee of a lighter shade. Base model; called jeans twice.
    case(
        "X1216-032",
        caption("a man in a blue shirt and jeans", "contradiction"),
        he("jeans", "contradiction"),
        color("pants", "blue"),
        details("pants", "pockets"),
        gender="Men",
        title="Sports52 Wear Men Blue Solid Track Pants",
        category="Track Pants",
        color="Blue",
    ),
    # White shirt tucked in, brown belt, khaki chinos, brown brogues; no watch, no bag. Base model; caption loops.
    case(
        "X1216-033",
        caption(
            "a man in a white shirt and khaki pants with a brown belt and brown shoes and a brown watch and a brown bag"
            " and a brown belt and brown shoes and a brown watch and a brown bag and a brown belt and",
            "loop",
            hit_limit=True,
        ),
        he("a white shirt and khaki pants"),
        color("pants", "khaki"),
        details("pants", "they are slim fit"),
        gender="Men",
        title="Dennis Lingo Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Navy crewneck sweater, mid-blue slim tapered jeans, white sneakers. Base model; details only give the color.
    case(
        "X1216-034",
        caption("a man in a navy sweater and blue jeans"),
        he("sweater and jeans"),
        question("jeans_color", "What is the jeans color?", "open")("blue"),
        details("jeans", "the jeans are blue", "non_answer"),
        describe("jeans", "a pair of blue jeans"),
        gender="Men",
        title="Levis Men Blue 512 Slim Tapered Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Rust shorts with a drawstring, white tee, sitting on a wooden crate. Base model; the shirt gets the shorts'
    # orange.
    case(
        "X1216-035",
        caption("a man in a white t-shirt and orange shorts sitting on a wooden box"),
        he("shorts and t-shirt"),
        color("shorts", "orange"),
        details("shorts", "the shorts have a drawstring"),
        color("shirt", "orange", "contradiction"),
        gender="Men",
        title="Mast & Harbour Men Rust Solid Regular Fit Shorts",
        category="Shorts",
        color="Rust",
    ),
    # Matching black track jacket zipped up and black track pants with a small white logo. Base model; details
    # restate the question.
    case(
        "X1216-036",
        caption("a man in a black track suit"),
        he("a black tracksuit"),
        color("pants", "black"),
        details("pants", "the details of the pants are the pants", "restated"),
        color("shirt", "black"),
        gender="Men",
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Light grey slim jeans with fading on the thighs, black tee, white sneakers. Base model; details restate, the
    # shirt gets the jeans' grey.
    case(
        "X1216-037",
        caption("a man in a black t-shirt and grey jeans"),
        he("black t-shirt and grey jeans"),
        color("jeans", "grey"),
        details("jeans", "the jeans details are the jeans", "restated"),
        color("shirt", "grey", "contradiction"),
        gender="Men",
        title="Urbano Fashion Men Grey Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Navy cotton lounge shorts with side pockets and elastic waist, white vest, barefoot on a grey backdrop, front
    # view only. Base model; the description runs to the limit.
    case(
        "X1216-038",
        caption("a man in a white tank top and blue shorts"),
        he("a tank top and shorts"),
        color("shorts", "navy"),
        details("shorts", "the shorts have pockets"),
        describe(
            "shorts",
            "the shorts are made of cotton and have an elastic waistband and two side pockets and a back pocket and a"
            " drawstring at the waist and a logo on the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jockey Men Navy Blue Solid Cotton Lounge Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Black formal trousers worn with the matching black blazer and a white shirt (a suit look). Base model; details
    # start with the prompt's "Answer:", the shirt gets the suit's black.
    case(
        "X1216-039",
        caption("a man in a black suit and white shirt"),
        he("a black suit"),
        color("pants", "black"),
        details("pants", "Answer: they are black", "leak"),
        color("shirt", "black", "contradiction"),
        gender="Men",
        title="Red Tape Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Slim man with shoulder-length hair, boxy white tee, mid-blue loose baggy jeans. Base model; caption says woman
    # and crop top.
    case(
        "X1216-040",
        caption("a woman in a white crop top and blue jeans", "pronoun"),
        he("a white t-shirt and jeans"),
        color("jeans", "blue"),
        details("jeans", "they are baggy"),
        color("shirt", "white"),
        gender="Men",
        title="Roadster Men Blue Loose Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Plain olive joggers with side slip pockets only, white tee, black sneakers. Base model; the pants get the tee's
    # white, cargo pockets invented.
    case(
        "X1216-041",
        caption("a man in a white t-shirt and green pants"),
        he("joggers"),
        color("pants", "white", "other_garment_color"),
        details("pants", "they have cargo pockets on the sides", "unsupported"),
        color("shirt", "white"),
        gender="Men",
        title="HERE&NOW Men Olive Green Solid Slim Fit Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Maroon slim trousers, white shirt tucked, black belt, black shoes. Base model; all right.
    case(
        "X1216-042",
        caption("a man in a white shirt and red pants"),
        he("a white shirt and red pants"),
        color("pants", "red"),
        details("pants", "slim fit"),
        shirt_color("white"),
        gender="Men",
        title="Peter England Men Maroon Slim Fit Solid Trousers",
        category="Trousers",
        color="Maroon",
    ),
    # Mid-blue denim shorts with frayed hem, black tee, holding a skateboard. Base model; the shorts get the tee's
    # black.
    case(
        "X1216-043",
        caption("a man holding a skateboard wearing a black t-shirt and denim shorts"),
        he("a black t-shirt and shorts"),
        color("shorts", "black", "other_garment_color"),
        details("shorts", "frayed edges"),
        color("shirt", "black"),
        gender="Men",
        title="WROGN Men Blue Washed Slim Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Teal track pants, black zip jacket, white sneakers and white socks. No category column. Base model; details
    # walk the whole outfit in a loop.
    case(
        "X1216-044",
        caption("a man in a black jacket and green pants"),
        he("a black jacket and green pants"),
        color("pants", "green"),
        details(
            "pants",
            "the pants are green and the jacket is black and the shoes are white and the socks are white and the shoes"
            " are white and the socks are",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Kook N Keech Men Teal Solid Track Pants",
        color="Teal",
    ),
    # Black shorts with an all-over white palm-leaf print, plain white tee, sliders. Base model; all right.
    case(
        "X1216-045",
        caption("a man wearing a white t-shirt and black shorts with palm leaves"),
        he("a t-shirt and shorts"),
        color("shorts", "black"),
        details("shorts", "the shorts have a print of palm trees"),
        color("shirt", "white"),
        gender="Men",
        title="Bewakoof Men Black Tropical Printed Regular Fit Shorts",
        category="Shorts",
        color="Black",
    ),
]
