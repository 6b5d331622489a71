"""BLIND_1408 (45 products; Myntra men's bottoms, base model zero-shot): written blind in the sixty-fourth session.
Measured blind at 4e1890e (the session's fourth rules): 45/56 failures found (80.4%) and 22/196 correct texts flagged
(11.2%). The writer's notes, verbatim:

Scenario: a Myntra men's bottomwear feed (article types Jeans, Trousers, Track Pants, Shorts; base colours as Myntra
spells them: Blue, Navy Blue, Black, Grey, Grey Melange, Charcoal, Olive, Khaki, Beige, Brown, Maroon, Yellow). The
photos are the catalog's usual shots: a male model on a plain light-grey or white backdrop wearing the product with a
t-shirt, shirt, polo, hoodie or jacket, now and then a back view, a flat lay, a waist-down close-up or a prop (a
stool, a dumbbell, a wooden box, sunglasses). Feeds leave a column out here and there (one product has no gender,
one no colour, one no category).
Who wrote what: every text is the untuned Salesforce/blip2-opt-2.7b, no adapter, greedy, 50 new tokens for the
caption (empty prompt) and 30 for each answer, asked the experiments' questionnaire in the `Question: ... Answer:`
format: "What is he wearing?", "What is the color of the jeans/pants/shorts?" (trousers and track pants are asked
as "pants"), "What are the jeans/pants/shorts details?", sometimes "Describe the ...", the shirt questions ("What
is the color of the shirt?", "What is the shirt color?", "Describe the shirt."), and on some products the yes/no
"Is this a pair of ...?", the garment-type question and the material question. Answers are free generation, so the
color answers are stored open. The base model mostly stops on its own with short answers; it loops only now and
then on the open "Describe" prompts, and rambles to the limit once.
Labeling conventions and judgement calls: judged by the imagined photo and the title. A color answer that names
another visible garment's color (the tee's white given to the jeans) is `other_garment_color` when it is about the
product; the same slip on the shirt question (the shirt given the pants' color) or in a caption is
`contradiction`. Near hues are right: navy answered "blue", maroon "red", olive "green", khaki "beige"/"tan",
grey melange "grey". Charcoal answered "black" is marked only where the photo shows clear grey beside black shoes
and belt. A details answer that only gives the right color, fit or brand from the title is left unmarked (thin but
true); one that gives only the garment's name, "no" or "none" is `non_answer`; a wordy sentence that only says
these are the jeans is `restated`. Material not in the title and not visible (cotton, polyester) is `unsupported`;
denim on denim is visible and right. Details the photo does not show (pleats on flat-front trousers, a button fly
hidden under a shirt, a second swoosh, pink flowers, a prop belt lying beside a flat lay given as the jeans' detail,
a shirt color on a flat lay with no shirt) are `unsupported`. "Is this a pair of ...?" answered "no" for
the product in the photo, and a wrong garment kind (shorts for trousers, jeans for track pants, hoodie for the
product's type), are `contradiction`. A model reading "her"/"woman" for the man is `pronoun`. Answers that name only
the top ("a hoodie and sweatpants" is fine; "adidas pants" is fine) are left unmarked when true. The question
"What is he wearing?" on a flat lay, answered with the garments shown, is left unmarked. `hit_limit` is set on the
three loops and the one answer cut at 30 tokens. About one text in five is wrong, fewer than the adapters' usual
four in ten: the untuned model answers the short color questions well, and its failures gather in the details, the
shirt questions, the open "Describe" prompts and the colors it borrows from the top.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")
material = BLIND_QUESTIONS.material
garment_type = BLIND_QUESTIONS.garment_type
pattern = BLIND_QUESTIONS.pattern

BLIND_1408 = [
    # Truth: front view, white crew-neck tee, mid-blue slim jeans, white sneakers, grey backdrop.
    # All texts: base BLIP-2 OPT-2.7b zero-shot (caption with empty prompt).
    case(
        "X1408-001",
        caption("a man in a white t-shirt and blue jeans"),
        wearing("a white t-shirt and jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "slim fit"),
        color_of("shirt", "white", kind="open"),
        garment_type("jeans"),
        gender="Men",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: grey melange tee, black skinny jeans with light abrasions at the knees, front view.
    # All texts: base model zero-shot. The jeans get the tee's grey.
    case(
        "X1408-002",
        caption("a man wearing a grey t-shirt and black jeans"),
        wearing("a grey t-shirt and black jeans", who="he"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        details("jeans", "ripped"),
        color_of("shirt", "grey", kind="open"),
        describe("jeans", "black jeans"),
        gender="Men",
        title="Mast & Harbour Men Black Skinny Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Truth: olive tee, navy joggers with white drawstring and ribbed cuffs, front view.
    # All texts: base model zero-shot. The shirt question gets the joggers' blue.
    case(
        "X1408-003",
        caption("a man in a green t-shirt and blue sweatpants"),
        wearing("sweatpants", who="he"),
        color_of("pants", "blue", kind="open"),
        details("pants", "drawstring"),
        describe("pants", "they are blue and have a drawstring"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        gender="Men",
        title="HERE&NOW Men Navy Blue Solid Slim Fit Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Truth: black Puma tee, black track pants with one white side stripe and a white Puma cat on the left thigh.
    # All texts: base model zero-shot.
    case(
        "X1408-004",
        caption("a man in a black puma track suit"),
        wearing("a black puma tracksuit", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "white stripes on the side"),
        shirt_color("black"),
        describe(
            "pants", "black puma track pants with a white stripe down the side and a white puma logo on the left thigh"
        ),
        gender="Men",
        title="Puma Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: navy polo, dark indigo Levi's 511 jeans, brown belt, front view.
    # All texts: base model zero-shot; the open "Describe" prompt loops to the 30-token limit.
    case(
        "X1408-005",
        caption("a man wearing a blue polo shirt and jeans"),
        wearing("a blue shirt and jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "they are levi's"),
        color_of("shirt", "blue", kind="open"),
        describe(
            "jeans",
            "the jeans are blue and the jeans are blue and the jeans are blue and the jeans are blue and the jeans are "
            "blue and the jeans are blue and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: white full-sleeve shirt worn untucked over the waist, sleeves rolled, grey jeans with light fading on the
    # thighs. All texts: base model zero-shot. The jeans get the shirt's white; the fly is hidden under the shirt.
    case(
        "X1408-006",
        caption("a man in a white shirt and grey jeans"),
        wearing("a white shirt and jeans", who="he"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("jeans", "faded"),
        describe("jeans", "grey jeans with a button fly", "unsupported"),
        is_a("pair of jeans", "yes"),
        gender="Men",
        title="Jack & Jones Men Grey Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Truth: white tee, olive chinos, brown loafers, front view.
    # All texts: base model zero-shot. The shirt question gets the chinos' green.
    case(
        "X1408-007",
        caption("a man in a white t-shirt and green pants"),
        wearing("a white t-shirt and green pants", who="he"),
        color_of("pants", "green", kind="open"),
        details("pants", "they are chinos"),
        describe("pants", "they are green"),
        color_of("shirt", "green", "contradiction", kind="open"),
        gender="Men",
        title="Highlander Men Olive Green Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
    ),
    # Truth: navy full-sleeve shirt tucked in, beige pleated trousers, brown belt, front view.
    # All texts: base model zero-shot.
    case(
        "X1408-008",
        caption("a man wearing a blue shirt and khaki pants"),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("pants", "khaki", kind="open"),
        details("pants", "pleats"),
        color_of("shirt", "blue", kind="open"),
        gender="Men",
        title="Louis Philippe Sport Men Beige Regular Fit Pleated Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Truth: black graphic tee, light-blue washed denim shorts at the knee, front view.
    # All texts: base model zero-shot. The shorts get the tee's black; details says only that they are shorts.
    case(
        "X1408-009",
        caption("a man in a black t-shirt and denim shorts"),
        wearing("shorts", who="he"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        color_of("shirt", "black", kind="open"),
        gender="Men",
        title="Wrogn Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Truth: neon green running tee, black Nike shorts with one white swoosh on the left leg, mid-stride.
    # All texts: base model zero-shot. The description invents a second swoosh.
    case(
        "X1408-010",
        caption("a man in a green shirt and black shorts running"),
        wearing("running clothes", who="he"),
        color_of("shorts", "black", kind="open"),
        details("shorts", "nike logo"),
        describe(
            "shorts",
            "black nike shorts with a white swoosh on the left leg and a white swoosh on the right leg",
            "unsupported",
        ),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Nike Men Black Dri-FIT Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Truth: blue-and-white striped short-sleeve shirt, khaki chino shorts, front view.
    # All texts: base model zero-shot. "Describe the shirt." runs on into the next question of the format.
    case(
        "X1408-011",
        caption("a man wearing a striped shirt and khaki shorts"),
        wearing("a striped shirt and shorts", who="he"),
        color_of("shorts", "khaki", kind="open"),
        details("shorts", "khaki shorts with pockets"),
        color_of("shirt", "blue and white", kind="open"),
        describe("shirt", "a striped shirt Question: What is the color of the shorts? Answer: khaki", "leak"),
        gender="Men",
        title="United Colors of Benetton Men Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Truth: black tee, grey melange slim track pants with zip pockets, running shoes. Feed row has no gender.
    # All texts: base model zero-shot. Cotton is nowhere in the title (a rapid-dry synthetic); the shirt gets grey.
    case(
        "X1408-012",
        caption("a man in a black shirt and grey sweatpants"),
        wearing("grey sweatpants", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "the pants have a zipper on the side"),
        material("cotton", "unsupported"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Rapid-Dry Running Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Truth: olive overshirt open over a white tee, blue jeans with large knee rips, brown boots.
    # All texts: base model zero-shot. The description rambles over the whole outfit and is cut at 30 tokens.
    case(
        "X1408-013",
        caption("a man in ripped jeans and a green jacket"),
        wearing("a jacket and ripped jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "ripped"),
        describe(
            "jeans",
            "ripped jeans with holes in the knees and a green jacket over a white t-shirt and a pair of brown boots "
            "and a brown leather",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        gender="Men",
        title="Flying Machine Men Blue Slim Tapered Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: grey tee, black cargo trousers with flap side pockets, front view, full length.
    # All texts: base model zero-shot. It says "no" to the trousers it sees.
    case(
        "X1408-014",
        caption("a man in a grey t-shirt and black cargo pants"),
        wearing("cargo pants", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "pockets"),
        garment_type("pants"),
        is_a("pair of trousers", "no", "contradiction"),
        gender="Men",
        title="Roadster Men Black Regular Fit Solid Cargo Trousers",
        category="Trousers",
        color="Black",
    ),
    # Truth: flat lay, dark indigo jeans laid full length on white, front up, no other garment.
    # All texts: base model zero-shot. There is no shirt; the shirt question gets the jeans' blue.
    case(
        "X1408-015",
        caption("a pair of dark blue jeans on a white background"),
        wearing("jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "button and zipper"),
        color_of("shirt", "blue", "unsupported", kind="open"),
        gender="Men",
        title="Levis Men Indigo 512 Slim Tapered Fit Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Truth: white Adidas tee, black track pants with three white stripes, white sneakers, front view.
    # All texts: base model zero-shot. The description runs into a question about the shoes.
    case(
        "X1408-016",
        caption("a man wearing a white adidas t-shirt and black pants"),
        wearing("adidas pants", who="he"),
        color_of("pants", "black and white", kind="open"),
        details("pants", "three stripes"),
        color_of("shirt", "white", kind="open"),
        describe(
            "pants",
            "black adidas pants with white stripes Question: What is the color of the shoes? Answer: white",
            "leak",
        ),
        gender="Men",
        title="ADIDAS Originals Men Black 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: black jacket over a white tee, grey skinny jeans (clearly mid-grey), front view.
    # All texts: base model zero-shot. The caption gives the jeans the jacket's black; details names only the garment.
    case(
        "X1408-017",
        caption("a man in a black jacket and black jeans", "contradiction"),
        wearing("a black jacket and jeans", who="he"),
        color_of("jeans", "grey", kind="open"),
        details("jeans", "a pair of jeans", "non_answer"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Spykar Men Grey Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Truth: light-blue formal shirt tucked in, charcoal flat-front trousers, black belt and shoes; the trousers read
    # clearly grey beside the black. All texts: base model zero-shot. Pleats are invented.
    case(
        "X1408-018",
        caption("a man in a blue shirt and grey pants"),
        wearing("a blue shirt and grey pants", who="he"),
        color_of("pants", "black", "contradiction", kind="open"),
        details("pants", "pleated", "unsupported"),
        color_of("shirt", "blue", kind="open"),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Slim Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Truth: clean-shaven male model with shoulder-length hair, black henley, beige chinos, sitting on a wooden stool.
    # All texts: base model zero-shot. The caption calls him a woman.
    case(
        "X1408-019",
        caption("a woman in a black shirt and beige pants sitting on a stool", "pronoun"),
        wearing("a black shirt and khaki pants", who="he"),
        color_of("pants", "beige", kind="open"),
        details("pants", "chinos"),
        color_of("shirt", "black", kind="open"),
        gender="Men",
        title="Dennis Lingo Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Truth: white half-sleeve shirt, blue denim shorts with clean turned-up hems, no distressing, front view.
    # All texts: base model zero-shot. "ripped" is invented.
    case(
        "X1408-020",
        caption("a man in a white shirt and blue shorts"),
        wearing("a white shirt and blue shorts", who="he"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they are ripped", "unsupported"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Jack & Jones Men Blue Regular Fit Clean Look Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Truth: back view, black tee, mid-blue jeans, two back pockets with arc stitching.
    # All texts: base model zero-shot. "Describe the jeans." says only that this is their back.
    case(
        "X1408-021",
        caption("the back of a man in a black t-shirt and jeans"),
        wearing("jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "pockets on the back"),
        describe("jeans", "the back of the jeans", "non_answer"),
        gender="Men",
        title="Mufti Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: white hoodie, black joggers with elastic cuffs, front view.
    # All texts: base model zero-shot. The joggers get the hoodie's white; the type question names the hoodie.
    case(
        "X1408-022",
        caption("a man in a white hoodie and black sweatpants"),
        wearing("a hoodie and sweatpants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "elastic at the bottom"),
        color_of("shirt", "white", kind="open"),
        garment_type("hoodie", "contradiction"),
        gender="Men",
        title="Campus Sutra Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Truth: white formal shirt, navy trousers (clearly navy in the photo), black shoes, front view.
    # All texts: base model zero-shot. Caption and wearing read the navy as black; details says nothing.
    case(
        "X1408-023",
        caption("a man in a white shirt and black pants", "contradiction"),
        wearing("a white shirt and black pants", "contradiction", who="he"),
        color_of("pants", "blue", kind="open"),
        details("pants", "they are pants", "non_answer"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Peter England Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Truth: red-and-black check flannel shirt, mid-blue regular jeans, front view.
    # All texts: base model zero-shot.
    case(
        "X1408-024",
        caption("a man in a red plaid shirt and blue jeans"),
        wearing("a plaid shirt and jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "red", kind="open"),
        details("jeans", "none", "non_answer"),
        describe("shirt", "red and black plaid"),
        material("denim"),
        gender="Men",
        title="Wrangler Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: white tank top, grey sports shorts with a white drawstring, model holding a dumbbell.
    # All texts: base model zero-shot. The description loops to the limit.
    case(
        "X1408-025",
        caption("a man holding a dumbbell"),
        wearing("a white tank top and grey shorts", who="he"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "drawstring"),
        describe(
            "shorts",
            "grey shorts with a white drawstring and a white drawstring and a white drawstring and a white drawstring "
            "and a white drawstring and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Proline Active Men Grey Solid Sports Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Truth: mustard-yellow tee, light-blue straight jeans, front view.
    # All texts: base model zero-shot. Details goes on into the next question of the format.
    case(
        "X1408-026",
        caption("a man in a yellow t-shirt and jeans"),
        wearing("a yellow shirt and jeans", who="he"),
        color_of("jeans", "light blue", kind="open"),
        details("jeans", "straight leg Question: What is the color of the shirt? Answer: yellow", "leak"),
        shirt_color("yellow"),
        gender="Men",
        title="Roadster Men Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: black tee, olive cotton cargo shorts with flap pockets, front view.
    # All texts: base model zero-shot. The title says cotton; "denim" is not what the photo or title shows.
    case(
        "X1408-027",
        caption("a man wearing black t-shirt and green shorts"),
        wearing("a black shirt and green shorts", who="he"),
        color_of("shorts", "green", kind="open"),
        details("shorts", "cargo pockets"),
        is_a("pair of shorts", "yes"),
        material("denim", "unsupported"),
        gender="Men",
        title="Highlander Men Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Truth: flat lay, black jeans folded, a folded white shirt and a coiled brown belt laid beside them as props.
    # All texts: base model zero-shot. The belt is a prop next to the jeans, not a detail of them.
    case(
        "X1408-028",
        caption("a pair of black jeans, a white shirt and a brown belt"),
        wearing("a white shirt and black jeans", who="he"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "belt", "unsupported"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Louis Philippe Jeans Men Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Truth: white tee, maroon track pants with a small Puma cat on the thigh, front view.
    # All texts: base model zero-shot. Cotton is not in the title; the shirt gets the pants' red.
    case(
        "X1408-029",
        caption("a man in a white t-shirt and red pants"),
        wearing("white t-shirt and red pants", who="he"),
        color_of("pants", "red", kind="open"),
        details("pants", "puma"),
        material("cotton", "unsupported"),
        color_of("shirt", "red", "contradiction", kind="open"),
        gender="Men",
        title="Puma Men Maroon Slim Fit Solid Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Truth: light-blue denim jacket over a white tee, dark-blue jeans, front view.
    # All texts: base model zero-shot. Details gives the jeans the jacket's light blue.
    case(
        "X1408-030",
        caption("a man in a denim jacket and jeans"),
        wearing("denim jacket and jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "light blue", "other_garment_color"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: black hoodie, grey fleece shorts with a small white swoosh, front view.
    # All texts: base model zero-shot. Details names only the garment.
    case(
        "X1408-031",
        caption("a man wearing a black hoodie and grey shorts"),
        wearing("a hoodie and shorts", who="he"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "shorts", "non_answer"),
        color_of("shirt", "black", kind="open"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Nike Men Grey Solid Club Fleece Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Truth: male model with long curly hair and stubble, white linen shirt, blue jeans with small abrasions.
    # All texts: base model zero-shot. The caption gets him right; details says "her".
    case(
        "X1408-032",
        caption("a man with long hair wearing a white shirt and jeans"),
        wearing("a white shirt and jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "her jeans are ripped", "pronoun"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Pepe Jeans Men Blue Slim Fit Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: pink shirt tucked in, grey trousers with plain hems, front view.
    # All texts: base model zero-shot. The trousers get the shirt's pink; cuffs are invented.
    case(
        "X1408-033",
        caption("a man in a pink shirt and grey pants"),
        wearing("a pink shirt and grey pants", who="he"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        details("pants", "they have a cuff at the bottom", "unsupported"),
        describe("pants", "grey"),
        color_of("shirt", "pink", kind="open"),
        gender="Men",
        title="Parx Men Grey Slim Fit Solid Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Truth: back view, white tee, black Levi's jeans with the red tab on the right back pocket. Feed row has no
    # colour. All texts: base model zero-shot. The description loops on the tab.
    case(
        "X1408-034",
        caption("a man in black jeans with a red tag on the back pocket"),
        wearing("jeans", who="he"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "red tag"),
        describe(
            "jeans",
            "black jeans with a red tag on the back pocket and a red tag on the back pocket and a red tag on the back "
            "pocket and a red",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Levis Men Black 511 Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
    ),
    # Truth: grey tee, navy track pants with neon-green side piping, front view.
    # All texts: base model zero-shot. The caption calls the track pants jeans; the shirt gets the pants' blue.
    case(
        "X1408-035",
        caption("a man in a grey t-shirt and blue jeans", "contradiction"),
        wearing("a grey t-shirt and blue track pants", who="he"),
        color_of("pants", "navy blue", kind="open"),
        details("pants", "the pants have a green stripe on the side"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Alcis Men Navy Blue Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Truth: navy polo with a small logo, beige chino shorts above the knee, model holding sunglasses.
    # All texts: base model zero-shot. The shorts get the polo's blue; wearing says pants.
    case(
        "X1408-036",
        caption("a man in a blue polo shirt and khaki shorts holding sunglasses"),
        wearing("a polo shirt and khaki pants", "contradiction", who="he"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        details("shorts", "belt loops"),
        color_of("shirt", "blue", kind="open"),
        gender="Men",
        title="Tommy Hilfiger Men Beige Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Truth: black shirt, blue skinny jeans with heavy rips at knees and thighs, front view.
    # All texts: base model zero-shot.
    case(
        "X1408-037",
        caption("a man in a black shirt and ripped jeans"),
        wearing("ripped jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "ripped at the knees"),
        color_of("shirt", "black", kind="open"),
        gender="Men",
        title="Roadster Men Blue Skinny Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: grey hoodie, black joggers, model sitting on a wooden box, side angle.
    # All texts: base model zero-shot. The joggers get the hoodie's grey; "no" to the track pants it sees.
    case(
        "X1408-038",
        caption("a man sitting on a wooden box"),
        wearing("a grey hoodie and black pants", who="he"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("pants", "they are black"),
        is_a("pair of track pants", "no", "contradiction"),
        gender="Men",
        title="Hubberholme Men Black Solid Slim Fit Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Truth: white shirt, khaki chinos, brown shoes, front view.
    # All texts: base model zero-shot. Details begins by echoing the format's "Answer:".
    case(
        "X1408-039",
        caption("a man in a white shirt and khaki pants"),
        wearing("a white shirt and khaki pants", who="he"),
        color_of("pants", "khaki", kind="open"),
        details("pants", "Answer: khaki", "leak"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Van Heusen Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Truth: flat lay, grey melange lounge shorts with a Jockey waistband, on white. Feed row has no category.
    # All texts: base model zero-shot.
    case(
        "X1408-040",
        caption("a pair of grey shorts on a white background"),
        wearing("shorts", who="he"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "jockey"),
        material("cotton"),
        garment_type("shorts"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Cotton Lounge Shorts",
        color="Grey Melange",
    ),
    # Truth: black leather-look jacket over a grey tee, mid-blue super skinny jeans (clearly blue), front view.
    # All texts: base model zero-shot. The jacket's black spreads to the jeans in three texts.
    case(
        "X1408-041",
        caption("a man in a black jacket and black jeans", "contradiction"),
        wearing("a leather jacket and jeans", who="he"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "skinny jeans"),
        describe("jeans", "black", "other_garment_color"),
        gender="Men",
        title="Spykar Men Blue Super Skinny Fit Low-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: back view, male model with a long ponytail, oversized white tee, black track pants with elastic cuffs.
    # All texts: base model zero-shot. The caption reads the ponytail as a woman.
    case(
        "X1408-042",
        caption("a woman in a white t-shirt and black pants", "pronoun"),
        wearing("a white t-shirt and black pants", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "elastic cuffs"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Nike Men Black Solid Sportswear Club Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: waist-down close-up cropped above the knees, brown chinos, white shirt hem tucked in, button and zip.
    # All texts: base model zero-shot. The crop makes it answer shorts; the yes/no gets it right.
    case(
        "X1408-043",
        caption("a close up of a man wearing brown pants"),
        wearing("brown shorts", "contradiction", who="he"),
        color_of("pants", "brown", kind="open"),
        details("pants", "button and zipper"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Basics Men Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Brown",
    ),
    # Truth: grey-and-white checked shirt, mid-blue jeans, front view.
    # All texts: base model zero-shot. Describe only says these are the jeans; details says "no".
    case(
        "X1408-044",
        caption("a man wearing a checkered shirt and jeans"),
        wearing("a checkered shirt and jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        describe("jeans", "these are the jeans that the man is wearing in the picture", "restated"),
        details("jeans", "no", "non_answer"),
        color_of("shirt", "grey and white", kind="open"),
        gender="Men",
        title="Indian Terrain Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: black tee, yellow shorts printed with green tropical leaves (no flowers), front view.
    # All texts: base model zero-shot. The description adds pink flowers that are not there.
    case(
        "X1408-045",
        caption("a man in a black shirt and yellow shorts with palm leaves"),
        wearing("yellow shorts", who="he"),
        color_of("shorts", "yellow", kind="open"),
        details("shorts", "green leaves"),
        describe("shorts", "yellow shorts with green leaves and pink flowers", "unsupported"),
        pattern("floral"),
        color_of("shirt", "black", kind="open"),
        gender="Men",
        title="Bewakoof Men Yellow Tropical Printed Shorts",
        category="Shorts",
        color="Yellow",
    ),
]
