"""BLIND_1296 (45 products; Myntra men's tees, polos and shirts, base BLIP-2 zero-shot): written blind in the sixty-
third session. Measured blind at be4df7e (the session's first rules): 46/62 failures found (74.2%) and 19/255 correct
texts flagged (7.5%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts and Shirts; polos sit under Tshirts, as on Myntra),
captioned by the untuned Salesforce/blip2-opt-2.7b zero-shot and asked enrich's default questionnaire with free
generation (greedy, 50 new tokens for the caption, 30 for answers). Photos are the catalog's usual shots: a model on a
plain backdrop wearing the product with jeans, chinos, shorts or a jacket; a few flat lays, one back view, one folded
shirt, a multi-pack, props (coffee cup, sunglasses, dumbbell, gold chain, tie). Not every product got all eight
questions; each case holds the five to seven the run kept. Now and then a catalog column is missing, as in real feeds.
Who wrote what: every caption and every answer is the base BLIP-2 OPT-2.7b, no adapter, prompt
"Question: <question> Answer:". The short closed questions come back short and mostly right; the open ones
(description, details) are where the base model runs on, loops, gets cut at 30 tokens, or restates the question.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near-hues are accepted as
right (maroon read as "red", teal as "blue" in a caption, peach as "pink", charcoal as "grey"); a clearly different
hue is a contradiction (beige called "white", fluorescent green called "yellow"). A color that belongs to the jeans,
pants or shorts is other_garment_color. "t-shirt" or "polo" for a polo is right (Myntra files polos as Tshirts);
"blouse", "suit", "jacket", "jean jacket" or "sweater" for the product is a contradiction. "cotton" is accepted when
the title names no fiber (it is what these garments are); a fiber that the title contradicts (cotton for a polyester
training tee, silk for a polyester satin shirt, a blend for pure cotton) is a contradiction; a fiber neither the title
nor the photo supports (linen for a plain twill shirt) and invented details (a logo on a plain back, a white collar
that is not there, sleeves rolled up that are not) are unsupported. Rolled-up long sleeves answered "short" and a
folded formal shirt answered "short" are contradictions. A back view of a tee titled Printed answered "solid"
is marked a contradiction of the title, though the back itself is plain. "WROGN" read as the word "wrong" is marked
unsupported. Answers that name a part without saying anything ("it is a shirt", "none", "i don't know", "polo" for
the material) are non_answer; "the X is a X" and "the details of the garment are the details" are restated. A text
that ran to the limit and repeats itself is loop; one that ran to the limit and stops mid-phrase is cut; one that
ran to the limit but ends on a whole, wrong claim keeps the claim's kind, with hit_limit set. Continuations into a new
"Question: ... Answer:" are leak. Answers about the whole outfit ("a suit", "a shirt and tie") are accepted for the
wearing question, which asks about the person, not the product. A wearing answer that gives the jeans, pants or
shorts the product's color ("a grey t-shirt and grey shorts" over black shorts) is a contradiction, the base model's
one-color habit; the sunglasses a model holds given as the details is a contradiction (an accessory for the garment);
"black" as the color of a three-pack of black, white and grey tees is a contradiction of the Multi pack. The base
model is good at the short closed questions here, so the rate of wrong texts (about one in five) is below the four in
ten of the fine-tuned adapters; most failures sit in the open questions and in colors.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1296 = [
    # photo: model front on grey backdrop, navy round-neck tee, light-wash blue jeans. All texts: base BLIP-2 zero-shot.
    case(
        "X1296-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        Q.wearing("a blue t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue t-shirt with a round neck"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: black training tee, small reflective logo on the chest, grey joggers, white backdrop. Base BLIP-2.
    case(
        "X1296-002",
        caption("a man in a black t-shirt and grey sweatpants"),
        Q.wearing("a black t-shirt and black pants", "contradiction"),
        Q.garment_type("a t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short sleeves"),
        Q.details("it has a logo on the chest"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Polyester Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: white polo with a small navy logo, navy chinos, pale blue backdrop. Base BLIP-2.
    case(
        "X1296-003",
        caption("a man wearing a white polo shirt and blue pants"),
        Q.wearing("a white polo shirt and white pants", "contradiction"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.description("a white polo shirt with a blue logo on the chest"),
        Q.details(
            "the collar is white and the buttons are white and the collar is white and the buttons are white and the "
            "collar is white and the buttons",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: blue-and-white small-check formal shirt, full sleeves, tucked into grey trousers; collar in the same
    # check. Base BLIP-2.
    case(
        "X1296-004",
        caption("a man in a blue and white checkered shirt"),
        Q.wearing("a blue checkered shirt and gray pants"),
        Q.garment_type("dress shirt"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a blue and white checkered shirt with a white collar", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: olive shirt, long sleeves rolled to the elbow, worn open over a white tee, black jeans; one chest pocket.
    # Base BLIP-2.
    case(
        "X1296-005",
        caption("a man wearing a green shirt and black jeans"),
        Q.wearing("a green shirt and a white t-shirt"),
        Q.garment_type("a shirt"),
        Q.color("green"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a green shirt with a white t-shirt underneath"),
        Q.details("the shirt has a pocket on the left side"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # photo: black tee with a large white-and-red "WROGN NOMAD" print on the front, blue jeans. Base BLIP-2.
    case(
        "X1296-006",
        caption("a man wearing a black t-shirt with a graphic on it"),
        Q.wearing("a black t-shirt with the word nomad on it"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a white and red graphic on the front"),
        Q.details("it has the word wrong on it", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: navy polo with white tipping on the collar and a small red-white-blue flag logo, beige chinos.
    # Base BLIP-2.
    case(
        "X1296-007",
        caption("a man in a navy polo shirt and khaki pants"),
        Q.wearing("polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "the garment is a navy blue polo shirt with a white stripe on the collar and a red, white and blue logo "
            "on the chest. the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Polo Collar Slim Fit T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: maroon casual shirt, full sleeves buttoned at the cuff, beige chinos; plain cotton twill. Base BLIP-2.
    case(
        "X1296-008",
        caption("a man in a red shirt and khaki pants"),
        Q.wearing("a red shirt and khaki pants"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Highlander Men Maroon Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # photo: grey melange tee with a small Puma cat on the chest, black shorts. Base BLIP-2.
    case(
        "X1296-009",
        caption("a man wearing a grey t-shirt and black shorts"),
        Q.wearing("a grey t-shirt and grey shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("a puma logo on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: flat lay of a white tee with a red-and-blue Spider-Man print, no person. Base BLIP-2.
    case(
        "X1296-010",
        caption("a white t-shirt with a spiderman print on it"),
        Q.wearing("a spiderman t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("spiderman"),
        Q.description("a white t-shirt with a spider-man on it"),
        Q.material("cotton"),
        title="The Souled Store Men White Spider-Man Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: white formal shirt tucked into black trousers, black belt, full sleeves. Base BLIP-2.
    case(
        "X1296-011",
        caption("a man in a white shirt and black pants"),
        Q.wearing("a white shirt and black pants"),
        Q.color("white"),
        Q.pattern("plain"),
        Q.sleeve_length("long"),
        Q.description(
            "a white shirt with a white collar and white buttons and a white pocket on the left side of the chest and "
            "a white",
            "cut",
            hit_limit=True,
        ),
        Q.details("it is a shirt", "non_answer"),
        gender="Men",
        title="Peter England Men White Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: mustard-yellow polo, white jeans, model holds sunglasses in one hand. Base BLIP-2.
    case(
        "X1296-012",
        caption("a man in a yellow polo shirt holding a pair of sunglasses"),
        Q.garment_type("polo shirt"),
        Q.color("yellow"),
        Q.sleeve_length("short"),
        Q.description("a yellow polo shirt with white jeans"),
        Q.details("sunglasses", "contradiction"),
        Q.material("polo", "non_answer"),
        gender="Men",
        title="Allen Solly Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # photo: navy-and-white horizontal breton stripes, round neck, beige shorts. Base BLIP-2.
    case(
        "X1296-013",
        caption("a man wearing a blue and white striped shirt"),
        Q.wearing("a blue and white striped shirt and blue shorts", "contradiction"),
        Q.color("blue and white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.details("horizontal stripes"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: male model with shoulder-length hair, pastel pink shirt, full sleeves, white trousers. Base BLIP-2.
    case(
        "X1296-014",
        caption("a woman in a pink shirt and white pants", "pronoun"),
        Q.wearing("a pink shirt and white pants"),
        Q.garment_type("blouse", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a pink shirt with white pants", "pronoun"),
        gender="Men",
        title="HERE&NOW Men Pink Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # photo: mid-blue denim shirt with two flap chest pockets, full sleeves, black jeans. Base BLIP-2.
    case(
        "X1296-015",
        caption("a man wearing a denim shirt and black jeans"),
        Q.wearing("a blue shirt and blue jeans", "contradiction"),
        Q.garment_type("jean jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("denim"),
        Q.details("two pockets on the chest"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: charcoal grey polo, black trousers, white backdrop. Base BLIP-2.
    case(
        "X1296-016",
        caption("a man in a grey polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("grey Question: What is the color of the pants? Answer: black", "leak"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a grey polo shirt with a collar"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # photo: back view only, red tee, plain back (the small print is on the front). Base BLIP-2.
    case(
        "X1296-017",
        caption("the back of a man wearing a red t-shirt"),
        Q.wearing("a red t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        Q.description("a red t-shirt with a white logo on the back", "unsupported"),
        gender="Men",
        title="Flying Machine Men Red Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # photo: light blue formal shirt with thin white vertical stripes, navy tie, navy trousers. Base BLIP-2.
    case(
        "X1296-018",
        caption("a man in a blue shirt and tie"),
        Q.wearing("a shirt and tie"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a blue shirt with a blue tie"),
        Q.details(
            "the tie is blue and the shirt is blue and the tie is blue and the shirt is blue and the tie is blue and "
            "the shirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Arrow Men Blue Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: oversized black tee, large front print of an astronaut sitting on a crescent moon, black cargo pants.
    # Base BLIP-2.
    case(
        "X1296-019",
        caption("a man wearing a black t-shirt with an astronaut on it"),
        Q.wearing("black t-shirt and black pants"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with an astronaut on it"),
        Q.details("an astronaut sitting on the moon"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Black Graphic Printed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: colourblocked polo, white top half, navy bottom half, navy collar; grey shorts. Base BLIP-2.
    case(
        "X1296-020",
        caption("a man wearing a white and blue polo shirt"),
        Q.garment_type("polo"),
        Q.color("white and blue"),
        Q.pattern("striped", "contradiction"),
        Q.description(
            "a white and navy blue polo shirt with a navy blue collar and a navy blue collar and a navy blue collar "
            "and a navy blue collar and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Nautica Men White & Navy Blue Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: bottle-green shirt with a mandarin collar, full sleeves, white jeans. Base BLIP-2.
    case(
        "X1296-021",
        caption("a man in a green shirt and white jeans"),
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.sleeve_length("long"),
        Q.details("it has a mandarin collar"),
        Q.material("cotton"),
        gender="Men",
        title="Dennis Lingo Men Green Slim Fit Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # photo: mustard henley tee, three-button placket, full sleeves, black jeans. Base BLIP-2.
    case(
        "X1296-022",
        caption("a man wearing a yellow shirt and black jeans"),
        Q.wearing("a yellow sweater", "contradiction"),
        Q.garment_type("a henley"),
        Q.color("yellow"),
        Q.sleeve_length("long"),
        Q.description("a yellow long sleeve shirt with buttons at the neck"),
        Q.details("the buttons"),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # photo: navy polo, grey chinos, model holds a coffee cup. Base BLIP-2.
    case(
        "X1296-023",
        caption("a man in a blue polo shirt holding a cup of coffee"),
        Q.wearing("a polo shirt and grey pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("the polo shirt is a polo shirt", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Pure Cotton Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: red-and-navy tartan check shirt, full sleeves, one chest pocket, blue jeans. Base BLIP-2.
    case(
        "X1296-024",
        caption("a man wearing a red plaid shirt and jeans"),
        Q.garment_type("flannel shirt"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a red and blue plaid shirt with a button down collar and a pocket on the left side of the chest. the "
            "shirt is made of 100% cotton and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="U.S. Polo Assn. Men Red & Navy Blue Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # photo: blue-and-white tie-dye tee, black shorts. Base BLIP-2.
    case(
        "X1296-025",
        caption("a man wearing a tie dye t-shirt"),
        Q.wearing("a tie dye shirt and black shorts"),
        Q.color("blue"),
        Q.pattern("tie dye"),
        Q.sleeve_length("short"),
        Q.description("tie dye"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Blue Tie & Dye Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: beige tee on a white backdrop, olive cargo pants. Base BLIP-2.
    case(
        "X1296-026",
        caption("a man wearing a beige t-shirt and green pants"),
        Q.wearing("a t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("white", "contradiction"),
        Q.pattern("no pattern"),
        Q.description("a white t-shirt", "contradiction"),
        Q.details("none", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Beige Solid Round Neck T-shirt",
        category="Tshirts",
        color="Beige",
    ),
    # photo: lavender oversized tee with small black "stay weird" text on the chest, light blue jeans. Base BLIP-2.
    case(
        "X1296-027",
        caption("a man wearing a purple t-shirt and jeans"),
        Q.wearing("a purple shirt and blue jeans"),
        Q.color("purple"),
        Q.pattern("text"),
        Q.sleeve_length("short"),
        Q.description("a purple t-shirt with the words stay weird on it"),
        Q.details("it says stay weird"),
        Q.material("cotton"),
        gender="Men",
        title="Difference of Opinion Men Lavender Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # photo: charcoal formal shirt, full sleeves, tucked into black trousers. Base BLIP-2.
    case(
        "X1296-028",
        caption("a man in a grey shirt and black pants"),
        Q.wearing("a gray shirt and gray pants", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("gray"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a gray shirt Question: Describe the pants. Answer: black pants", "leak"),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # photo: black training polo with a white Puma logo, black shorts, model holding a dumbbell. Base BLIP-2.
    case(
        "X1296-029",
        caption("a man holding a dumbbell"),
        Q.wearing("a black shirt and shorts"),
        Q.garment_type("polo shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("a black polo shirt with a white puma logo on the chest"),
        Q.details("white logo"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Puma Men Black dryCELL Polyester Training Polo T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: rust cuban-collar shirt, short sleeves, worn open at the neck, light beige trousers. Base BLIP-2.
    case(
        "X1296-030",
        caption("a man in an orange shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "an orange shirt with a collar and buttons and a collar and buttons and a collar and buttons and a collar "
            "and buttons and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("the collar is open"),
        Q.material("linen"),
        gender="Men",
        title="WROGN Men Rust Orange Solid Cotton Linen Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # photo: male model with long hair in a bun, peach slim tee, light grey jeans. Base BLIP-2. No gender column.
    case(
        "X1296-031",
        caption("a man with long hair wearing a pink t-shirt"),
        Q.wearing("she is wearing a pink shirt and jeans", "pronoun"),
        Q.color("pink"),
        Q.sleeve_length("short"),
        Q.description("a pink t-shirt"),
        Q.material("cotton"),
        title="Urbano Fashion Men Peach Solid Round Neck Slim Fit Cotton T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # photo: white dobby-textured formal shirt under an open navy blazer, grey trousers; plain cuffs, spread collar.
    # Base BLIP-2.
    case(
        "X1296-032",
        caption("a man in a suit and white shirt"),
        Q.wearing("a suit"),
        Q.garment_type("suit", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.description("a white shirt with a navy blue blazer and gray pants"),
        Q.details(
            "the shirt has a small pattern on it and the collar is a spread collar with a button down collar and the "
            "cuffs are french cuffs and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men White Textured Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: black satin-finish shirt with a sheen, short sleeves, black trousers, gold chain. Base BLIP-2.
    case(
        "X1296-033",
        caption("a man wearing a black shirt and a gold chain"),
        Q.wearing("a black shirt and black pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black silk shirt with a gold chain", "contradiction"),
        Q.material("silk", "contradiction"),
        gender="Men",
        title="Snitch Men Black Satin Finish Polyester Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # photo: teal round-neck tee, white shorts. Base BLIP-2.
    case(
        "X1296-034",
        caption("a man in a blue t-shirt and white shorts"),
        Q.wearing("a blue t-shirt and white shorts"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a teal t-shirt"),
        Q.details("it's a t-shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Harvard Men Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # photo: black-and-white buffalo check shirt, full sleeves, worn open over a black tee, grey jeans. Base BLIP-2.
    case(
        "X1296-035",
        caption("a man in a black and white checkered shirt"),
        Q.wearing("a black and white checkered shirt"),
        Q.color("black and white"),
        Q.pattern("checkered"),
        Q.sleeve_length("long"),
        Q.description(
            "a black and white checkered shirt with a black and white checkered shirt with a black and white "
            "checkered shirt with a black and white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Black & White Buffalo Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # photo: fluorescent green running tee, black running shorts, white backdrop. Base BLIP-2.
    case(
        "X1296-036",
        caption("a man in a neon green shirt running"),
        Q.wearing("a yellow shirt and black shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.sleeve_length("short"),
        Q.details("it has a logo on the chest"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Fluorescent Green Rapid-Dry Polyester Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # photo: light blue formal shirt folded box-style on white, collar and a turned-back cuff showing. Base BLIP-2.
    # No base colour column.
    case(
        "X1296-037",
        caption("a blue shirt folded on a white background"),
        Q.wearing("a shirt"),
        Q.garment_type("dress shirt"),
        Q.color("light blue"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a blue shirt"),
        Q.details("it has a collar and buttons"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
    ),
    # photo: olive polo, beige chinos. Base BLIP-2.
    case(
        "X1296-038",
        caption("a man wearing a green polo shirt and khaki pants"),
        Q.wearing("a green shirt and green pants", "contradiction"),
        Q.garment_type("polo shirt"),
        Q.color("olive green"),
        Q.pattern("solid"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # photo: navy shirt with a tiny white ditsy floral print, full sleeves, beige chinos. Base BLIP-2.
    case(
        "X1296-039",
        caption("a man in a blue shirt and khaki pants"),
        Q.color("navy blue"),
        Q.pattern("polka dot", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a blue shirt with a small white print"),
        Q.details("the shirt has white polka dots all over it", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="SPYKAR Men Navy Blue Slim Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # photo: white tee with a small flag logo under an open navy bomber jacket, blue jeans. Base BLIP-2.
    case(
        "X1296-040",
        caption("a man wearing a navy jacket and white t-shirt"),
        Q.wearing("a jacket Question: What is the color of the jacket? Answer: navy blue", "leak"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.description("a white t-shirt with a navy blue jacket"),
        Q.material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: black full-sleeve round-neck tee, grey jeans. Base BLIP-2.
    case(
        "X1296-041",
        caption("a man in a black long sleeve shirt and grey jeans"),
        Q.garment_type("long sleeve shirt"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a black shirt"),
        Q.details("i don't know", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Black Solid Round Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: flat lay of a three-pack, black, white and grey tees folded side by side. Base BLIP-2.
    case(
        "X1296-042",
        caption("three t-shirts in different colors"),
        Q.garment_type("t-shirts"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt, a white t-shirt and a grey t-shirt"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Pack of 3 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # photo: mint green short-sleeve shirt, top button open, sleeves plain (not rolled), white trousers. Base BLIP-2.
    case(
        "X1296-043",
        caption("a man wearing a mint green shirt and white pants"),
        Q.wearing("a green shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("light green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a mint green shirt with short sleeves and a collar. the shirt is buttoned up to the top and the sleeves "
            "are rolled up",
            "unsupported",
            hit_limit=True,
        ),
        gender="Men",
        title="ether Men Mint Green Solid Half Sleeve Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # photo: black tee with a yellow Batman logo on the chest, blue jeans. Base BLIP-2. No article type column.
    case(
        "X1296-044",
        caption("a man wearing a batman t-shirt"),
        Q.wearing("batman t-shirt"),
        Q.color("black"),
        Q.pattern("batman"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with the batman logo on it"),
        Q.details("batman logo"),
        Q.material("cotton and polyester", "contradiction"),
        gender="Men",
        title="Kook N Keech Batman Men Black Printed Pure Cotton T-shirt",
        color="Black",
    ),
    # photo: green-and-white horizontal striped polo with a white collar, navy shorts. Base BLIP-2.
    case(
        "X1296-045",
        caption("a man in a green and white striped polo shirt"),
        Q.wearing("a green and white striped polo shirt and blue shorts"),
        Q.color("green"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a green and white striped polo shirt with a white collar"),
        Q.details(
            "the polo shirt has a white collar and green and white stripes. the polo shirt has a white collar and "
            "green and white stripes. the polo shirt",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="United Colors of Benetton Men Green & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
]
