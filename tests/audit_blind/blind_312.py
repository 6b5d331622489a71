"""BLIND_312 (46 products; men's everyday wear, model shots, base model + VQA and caption adapters): written blind in
the forty-third session. Measured blind at a4b314a (the session's rules as they stood): 110/127 failures found
(86.6%) and 2/161 correct texts flagged (1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like men's catalog drawn at random from a night's run: tshirts (crew, V-neck, henley, graphic,
striped, full sleeve), polo T-shirts, shirts (formal, checked, denim, printed, linen), jeans, chinos, track pants and
joggers, shorts, sweatshirts and hoodies, jackets, kurtas and innerwear (trunks, vests). Every photo is a model shot,
usually full length or cropped at the knee, so the product is worn with other garments (a tee under a jacket, a shirt
over jeans): most plain studio backdrops, a few with a brick or colored wall, a chair, a stool or a potted plant. Each
product has the seller's title, category, color and gender; a few rows miss the gender or the color, and the trunks
pack has the color "Assorted", as real feeds do.

Who wrote what: the experiments' questions (What is he wearing? What is the color of the shirt / jeans / pants /
shorts? What is the shirt color? Describe the shirt. What are the jeans details? Is this a ...?) were asked of the
untuned base `Salesforce/blip2-opt-2.7b` on most items and of the VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`) on
some; the caption adapter wrote the caption (and sometimes details, description or material) on some items; the
default questionnaire's open questions come from the base model unless a comment says otherwise. The base model
writes short lowercase texts and stops on its own (never hit_limit). Both adapters were trained with no end token:
every adapter text runs to its limit (50 tokens for captions, 30 for answers) and carries hit_limit=True; the caption
adapter returns its DeepFashion template to any prompt, the VQA adapter repeats a word or phrase or runs on. Closed
texts (garment_type, color, pattern, sleeve_length, the per-piece color questions stored closed, "Is this a ...?")
are enrich's `--engine reference` answers chosen from candidate sets: never a loop or a cut. A per-piece color
question the VQA adapter free-generated is stored open.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, green for olive or teal, blue for teal too, red for maroon, yellow for
  mustard, khaki or beige for beige chinos, brown for tan, grey for grey melange, white for cream. Pink as red,
  olive as brown, navy as black, beige as white are contradiction.
- The color of another piece in the photo (the jeans, the tee under a shirt or jacket) given as the product's color
  is other_garment_color; the color of the print, trim or embroidery (white leaves on a black shirt, gold thread on
  a maroon kurta, a red side panel on navy track pants) given as the garment's color is contradiction; a worn piece
  given a color no piece has, or the product's own color ("grey pants" for navy pants, "green pants" for beige
  chinos), is contradiction.
- Garment synonyms are correct: shirt for a henley tee in a caption, polo shirt or t-shirt for a Myntra "Polo Collar
  T-shirt", hoodie for a hooded sweatshirt, jacket for a zip hoodie worn open, sweater (the adapter's In-shop class)
  for a crew-neck sweatshirt, sweatpants or pants for joggers, tank top for an innerwear vest, underwear or boxer
  shorts for trunks, pajamas for kurta pyjamas, plaid or checkered for checked, floral for a tropical leaf print,
  leather for faux leather or PU. Wrong: "shorts" for trunks, "shirt" for a knee-length kurta (and "no" to "Is
  this a kurta?"), "t-shirt" for a sleeveless vest, "jeans" for chinos, "pants" for shorts, "jacket" for a pullover
  hoodie, and the adapter's "shirt" for a denim jacket or "long pants" for shorts.
- Patterns: "striped" for track pants with side stripes is correct (the stripes are there); quilting lines, rib knit
  and a single colour-block band called "striped" are contradiction, and so is "camouflage" for solid joggers.
  Full sleeves rolled to the elbow answered "short sleeves" is contradiction.
- Materials: one the title names is correct, and so is a plausible guess on a fabric that looks it (cotton for a
  tee, a shirt or track pants, polyester for track pants, nylon for a shiny puffer shell, denim for jeans). A material
  that contradicts the title's (polyester for a cotton tee or joggers, denim for a cotton pique polo) is
  contradiction; one neither named nor visible (wool on a cotton-look tee or sweatshirt, silk on shorts, leather on a
  hoodie, denim on a zip hoodie, cotton on suede) is unsupported.
- Items not in the photo (a chest pocket, a chain, a zipper on a pullover, a hood on a stand-collar puffer, a back
  pocket on a front view, a dupatta, a belt on a biker jacket, a brand name on a waistband, embroidery on a plain
  collar, a logo on a plain vest) are unsupported.
- "a woman" in a base caption and "The lady" in an adapter text, for a man, are pronoun (the adapter's template
  also cut: the pronoun is what the auditor sees first).
- Caption adapter texts: a repeated template sentence is loop; a text that stops mid-sentence without repeating is
  cut; the template returned for the material question is restated; a template that misnames the garment is
  contradiction. The template answering wearing, description or details answers them, so those are cut or loop.
- VQA adapter texts: a word, color or phrase repeated to the limit is loop even where the first words are right
  ("pink, pink, pink..."), and a loop of the wrong garment ("dress dress dress" for a kurta) is still loop; a run-on
  that stops mid-phrase without repeating is cut.
- Base non-answers: "", "the jeans", "the pants", "they are short" and "the details of the shirt" are non_answer;
  details or description answered with only the garment's name and color ("the shirt is green", "the jeans are
  blue") is restated. Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words
  are right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_312 = [
    # photo: model in a navy round-neck short-sleeve tee tucked out over blue jeans, white studio backdrop, front
    # view; no pocket on the tee. caption adapter: none
    case(
        "X312-001",
        caption("a man in a navy blue t-shirt and jeans"),
        wearing("a blue t-shirt and jeans", who="he"),
        color_of("t-shirt", "blue"),
        D.garment_type("t-shirt"),
        D.material("cotton"),
        D.details("it has a round neck and a pocket on the chest", "unsupported"),
        title="Men Navy Blue Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white crew-neck tee with a black and red "NEW YORK" typography print, black jeans, grey backdrop.
    # caption adapter: none; VQA adapter: wearing, color of the t-shirt
    case(
        "X312-002",
        caption("a man wearing a white t-shirt with a new york print"),
        wearing(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        title="Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive green short-sleeve henley tee (three buttons, no collar, no pocket), beige chinos, model standing
    # against a red brick wall. caption adapter: none
    case(
        "X312-003",
        caption("a man in a green shirt standing in front of a brick wall"),
        D.wearing("a green t-shirt and green pants", "contradiction"),
        D.color("green"),
        D.description("a green t-shirt with buttons and a collar", "unsupported"),
        D.details("the t-shirt has buttons on the chest and a pocket", "unsupported"),
        D.material("cotton"),
        title="Men Olive Green Solid Henley Neck Cotton T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black and white horizontal striped crew-neck tee, grey joggers, white backdrop, front view.
    # caption adapter: caption, description
    case(
        "X312-004",
        caption(
            "This man wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white striped t-shirt"),
        D.color("black"),
        D.pattern("striped"),
        color_of("pants", "grey"),
        D.sleeve_length("short sleeves"),
        D.description(
            "This man wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Men Black & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon V-neck short-sleeve tee, mid-blue jeans, one hand in a pocket, light grey backdrop.
    # caption adapter: none; VQA adapter: description of the shirt
    case(
        "X312-005",
        caption("a man in a red shirt and blue jeans"),
        wearing("he is wearing a red t-shirt and blue jeans", who="he"),
        color_of("t-shirt", "blue", "other_garment_color"),
        shirt_color("red"),
        describe(
            "shirt",
            "the shirt is a v-neck t-shirt with short sleeves and the sleeves are short and the neckline is v-neck "
            "and the sleeves are short and",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester", "contradiction"),
        title="Men Maroon Solid V-Neck Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard yellow crew-neck tee with a small brand logo on the left chest, black shorts, plain blue wall
    # behind. caption adapter: none
    case(
        "X312-006",
        caption("a man in a yellow t-shirt standing in front of a blue wall"),
        D.wearing("a yellow t-shirt and black shorts"),
        D.color("yellow"),
        D.description(
            "a yellow t-shirt with a logo on the chest Question: What is the color of the shorts? Answer: black",
            "leak",
        ),
        D.details("it is a yellow t-shirt", "restated"),
        D.pattern("solid"),
        title="Men Mustard Yellow Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: grey melange full-sleeve crew-neck tee, black track pants, model with shoulder-length hair, white
    # backdrop. caption adapter: none
    case(
        "X312-007",
        caption("a woman in a grey long sleeve shirt", "pronoun"),
        wearing("a grey shirt and black pants", who="he"),
        color_of("shirt", "grey"),
        D.sleeve_length("short sleeves", "contradiction"),
        is_a("t-shirt", "yes"),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Solid Round Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white full-sleeve formal shirt tucked into navy trousers, black belt, grey backdrop.
    # caption adapter: none; VQA adapter: wearing, details of the shirt
    case(
        "X312-008",
        caption("a man in a white shirt and blue pants"),
        wearing(
            "a white shirt and a pants, a white shirt and a pants, a white shirt and a pants, a white shirt and a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        details(
            "shirt",
            "the shirt has a collar and long sleeves, the sleeves, the collar, the sleeves, the collar, the sleeves, "
            "the collar",
            "loop",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.garment_type("shirt"),
        D.material("cotton"),
        title="Men White Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: red and navy checked full-sleeve shirt worn open over a white crew-neck tee, blue jeans, white backdrop;
    # two flap pockets on the chest. caption adapter: none
    case(
        "X312-009",
        caption("a man in a plaid shirt and jeans"),
        D.wearing("a red plaid shirt over a white t-shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        details("shirt", "the details of the shirt", "non_answer"),
        D.material("wool", "unsupported"),
        title="Men Red & Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: light blue denim shirt, full sleeves rolled up to the elbows, black jeans, white backdrop.
    # caption adapter: caption, details
    case(
        "X312-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "denim fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim shirt and black jeans"),
        D.color("blue"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. The "
            "gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("denim"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black short-sleeve shirt with a white tropical leaf print, no pocket, beige shorts, model with long
    # curly hair next to a potted palm on a white backdrop. caption adapter: none
    case(
        "X312-011",
        caption("a woman in a black shirt with white flowers standing next to a plant", "pronoun"),
        wearing("a black floral shirt and khaki shorts", who="he"),
        shirt_color("white", "contradiction"),
        color_of("shirt", "black"),
        D.pattern("floral"),
        details("shirt", "the shirt has a floral print and a pocket", "unsupported"),
        title="Men Black & White Tropical Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive green linen shirt with a mandarin collar, full sleeves, no pocket, white trousers, beige backdrop.
    # caption adapter: none
    case(
        "X312-012",
        caption("a man in a green shirt and white pants"),
        wearing("a green shirt and white pants", who="he"),
        color_of("pants", "white"),
        shirt_color("white", "other_garment_color"),
        describe("shirt", "a green shirt with a pocket on the chest and a collar", "unsupported"),
        D.material("linen"),
        D.details("the shirt is green", "restated"),
        title="Men Olive Green Solid Linen Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: pale pink full-sleeve formal shirt with a chest pocket, tucked into charcoal trousers, black belt, white
    # backdrop. caption adapter: none; VQA adapter: color of the shirt, description of the shirt
    case(
        "X312-013",
        caption("a man in a pink shirt and grey pants"),
        color_of(
            "shirt",
            "pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "the shirt is a long sleeve shirt with a collar and buttons down the front and the sleeves are rolled up "
            "to the elbows and the",
            "cut",
            hit_limit=True,
        ),
        D.color("red", "contradiction"),
        D.garment_type("shirt"),
        is_a("shirt", "yes"),
        title="Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: shirtless model in plain black cotton trunks with a black waistband printed with the seller's logo in
    # white, white backdrop, front view; the pack's other two trunks not shown. caption adapter: none
    case(
        "X312-014",
        caption("a shirtless man in black underwear"),
        wearing("black boxer shorts", who="he"),
        D.garment_type("shorts", "contradiction"),
        D.color("black"),
        D.material("cotton"),
        D.description("a pair of black underwear with a grey waistband that says calvin klein", "unsupported"),
        title="Men Pack of 3 Solid Cotton Trunks",
        category="Trunks",
        color="Assorted",
        gender="Men",
    ),
    # photo: navy polo T-shirt with white tipping on the collar and sleeve hems, khaki chinos, white backdrop.
    # caption adapter: none
    case(
        "X312-015",
        caption("a man in a blue polo shirt and khaki pants"),
        wearing("a blue polo shirt and blue pants", "contradiction", who="he"),
        D.garment_type("t-shirt"),
        D.color("khaki", "other_garment_color"),
        D.details(
            "the collar has white stripes Question: What is the color of the pants? Answer: khaki",
            "leak",
        ),
        is_a("polo shirt", "yes"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white pure cotton polo with a small green logo on the chest, black shorts, grey backdrop.
    # caption adapter: caption, description
    case(
        "X312-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is lapel. The shorts are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a white polo shirt and black shorts"),
        D.color("black", "other_garment_color"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric and its",
            "pronoun",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.garment_type("t-shirt"),
        title="Men White Solid Pure Cotton Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: teal cotton pique polo with a contrast navy collar and three buttons, blue jeans, white backdrop.
    # caption adapter: none
    case(
        "X312-017",
        caption("a man in a green polo shirt and jeans"),
        wearing("a blue shirt and jeans", who="he"),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the shirt has a blue collar and three buttons"),
        D.material("denim", "contradiction"),
        title="Men Teal Solid Cotton Pique Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: maroon and white colour-blocked polo (maroon body, white shoulders), grey track pants, white backdrop.
    # caption adapter: none; VQA adapter: wearing, color of the shirt
    case(
        "X312-018",
        caption("a man in a red and white polo shirt"),
        wearing(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "red-white-red-white-red-white-red-white-red-white-red-white-red-white-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("color block"),
        D.color("grey", "other_garment_color"),
        is_a("polo shirt", "yes"),
        title="Men Maroon & White Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: mid-blue light-fade slim jeans, white crew-neck tee, white sneakers, full-length, white backdrop.
    # caption adapter: none
    case(
        "X312-019",
        caption("a man in a white t-shirt and blue jeans"),
        wearing(
            "a white t-shirt and blue jeans Question: What is the color of the jeans? Answer: blue",
            "leak",
            who="he",
        ),
        color_of("jeans", "blue"),
        D.color("white", "other_garment_color"),
        details("jeans", "the jeans are blue", "restated"),
        D.garment_type("jeans"),
        D.material("denim"),
        title="Men Blue Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black skinny jeans with ripped knees, grey crew-neck tee, grey backdrop; no chain, no belt.
    # caption adapter: none
    case(
        "X312-020",
        caption("a man in a grey shirt and black ripped jeans"),
        D.wearing("a grey t-shirt and black jeans"),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "they are ripped at the knees"),
        D.description("black jeans with holes in the knees and a chain", "unsupported"),
        D.material("denim"),
        title="Men Black Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: dark navy straight jeans, light blue full-sleeve shirt tucked in, brown belt, white backdrop.
    # caption adapter: caption, material
    case(
        "X312-021",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. This man wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue shirt and jeans", who="he"),
        color_of("jeans", "black", "contradiction"),
        color_of("shirt", "blue"),
        details("jeans", "the jeans are dark blue with a brown belt"),
        D.garment_type("jeans"),
        D.material(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue Straight Fit Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light blue highly distressed jeans, hems plain (not rolled), black pullover hoodie, white backdrop.
    # caption adapter: none; VQA adapter: wearing, color of the jeans, details of the jeans
    case(
        "X312-022",
        caption("a man in a black hoodie and ripped jeans"),
        wearing(
            "denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jeans",
            "the jeans have rips on both knees and the bottom of the jeans are rolled up and there is a",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("solid"),
        title="Men Blue Slim Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: grey tapered jeans, white full-sleeve shirt, model with long hair seated on a wooden stool, white
    # backdrop. caption adapter: none
    case(
        "X312-023",
        caption("a woman sitting on a stool in grey jeans", "pronoun"),
        D.wearing("a white shirt and grey jeans"),
        D.color("white", "other_garment_color"),
        color_of("jeans", "grey"),
        details("jeans", "the jeans", "non_answer"),
        D.material("denim"),
        title="Men Grey Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: beige slim cotton chinos, navy crew-neck tee, white sneakers, white backdrop, front view.
    # caption adapter: none
    case(
        "X312-024",
        caption("a man in a navy t-shirt and khaki pants"),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("pants", "white", "contradiction"),
        D.color("blue", "other_garment_color"),
        details("pants", "the pants are khaki with a pocket on the back", "unsupported"),
        D.garment_type("pants"),
        D.material("cotton"),
        title="Men Beige Slim Fit Solid Cotton Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: olive slim chinos, white full-sleeve shirt untucked, brown shoes, light grey backdrop.
    # caption adapter: none
    case(
        "X312-025",
        caption("a man in a white shirt and green pants"),
        wearing(
            "a white shirt and green pants. Question: What is the color of the shirt? Answer: white",
            "leak",
            who="he",
        ),
        color_of("pants", "green"),
        D.color("white", "other_garment_color"),
        D.description("green pants with brown shoes"),
        D.details("the pants", "non_answer"),
        title="Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: navy tapered chinos, light pink full-sleeve shirt, tan belt, white backdrop.
    # caption adapter: details, material
    case(
        "X312-026",
        caption("a man in a pink shirt and blue pants"),
        D.wearing("a pink shirt and navy pants"),
        D.color("blue"),
        D.details(
            "This man wears a long pants. The pants are with cotton fabric and pure color patterns. This man wears a "
            "long pants. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("jeans", "contradiction"),
        title="Men Navy Blue Tapered Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track pants with two white side stripes and a white drawstring, black crew-neck tee, white
    # backdrop. caption adapter: none
    case(
        "X312-027",
        caption("a man in a black shirt and black pants with white stripes"),
        wearing("a black t-shirt and black track pants", who="he"),
        color_of("pants", "black"),
        D.pattern("striped"),
        details("pants", "they have white stripes on the side and a drawstring"),
        D.material("polyester"),
        title="Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange cotton joggers with cuffed hems, white crew-neck tee, white backdrop.
    # caption adapter: none; VQA adapter: wearing, color of the pants
    case(
        "X312-028",
        caption("a man wearing grey sweatpants and a white shirt"),
        wearing(
            "a white t-shirt and a grey pants, a white t-shirt and a grey pants, a white t-shirt and a grey",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        D.material("polyester", "contradiction"),
        title="Men Grey Melange Solid Cotton Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy track pants with a red panel down each side, navy crew-neck sweatshirt, white backdrop.
    # caption adapter: none
    case(
        "X312-029",
        caption("a man in a blue sweatshirt and blue pants"),
        D.wearing("a blue sweatshirt and red pants", "contradiction"),
        color_of("pants", "red", "contradiction"),
        D.color("blue"),
        D.details("the pants have a red stripe on the side"),
        D.description("the pants are blue", "restated"),
        title="Men Navy Blue Track Pants with Contrast Side Panel",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive solid cargo joggers with side pockets, black tee, black sneakers, model with a man bun mid-stride,
    # white backdrop. caption adapter: none
    case(
        "X312-030",
        caption("a woman walking in green cargo pants", "pronoun"),
        wearing("a black t-shirt and green pants", who="he"),
        D.color("brown", "contradiction"),
        details("pants", "the pants have pockets on the side"),
        D.pattern("camouflage", "contradiction"),
        D.material("cotton"),
        title="Men Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue washed denim shorts, white crew-neck tee, white backdrop, cropped below the knee.
    # caption adapter: none
    case(
        "X312-031",
        caption("a man in a white shirt and denim shorts"),
        wearing("a white t-shirt and blue shorts", who="he"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        D.material("denim"),
        D.garment_type("pants", "contradiction"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki cargo shorts with side pockets, navy polo, white backdrop.
    # caption adapter: caption, material
    case(
        "X312-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and khaki shorts"),
        color_of("shorts", "khaki"),
        details("shorts", "the shorts have pockets on the sides"),
        D.color("blue", "other_garment_color"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with",
            "restated",
            hit_limit=True,
        ),
        title="Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: black shorts with a white tropical leaf print and a white drawstring, white tee, sand-colored wall.
    # caption adapter: none
    case(
        "X312-033",
        caption("a man in a white shirt and black shorts standing in front of a wall"),
        D.wearing("a white t-shirt and floral shorts"),
        D.pattern("floral"),
        color_of("shorts", "white", "other_garment_color"),
        D.description(
            "black shorts with white leaves Question: What is the color of the t-shirt? Answer: white",
            "leak",
        ),
        D.material("silk", "unsupported"),
        title="Men Black & White Tropical Printed Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: plain grey melange running shorts (no stripes, no logo), black sleeveless tank, white backdrop.
    # caption adapter: none; VQA adapter: wearing, color of the shorts
    case(
        "X312-034",
        caption("a man in a black tank top and grey shorts"),
        wearing(
            "tank top and shorts and shorts and shorts and shorts and shorts and shorts and shorts and shorts and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shorts",
            "grey with black stripes on the side and a black waistband with a white logo on the front and the back "
            "and the",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        D.color("grey"),
        D.garment_type("shorts"),
        is_a("shorts", "yes", article="a pair of"),
        D.description("the shorts are grey", "restated"),
        title="Men Grey Melange Running Sports Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black pullover hooded sweatshirt (no zipper) with a white logo print on the chest, blue jeans, grey
    # backdrop. caption adapter: none
    case(
        "X312-035",
        caption("a man in a black hoodie and jeans"),
        wearing("a black hoodie with a white logo", who="he"),
        D.garment_type("jacket", "contradiction"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.details("it has a hood and a zipper", "unsupported"),
        D.material("leather", "unsupported"),
        title="Men Black Brand Logo Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: mustard crew-neck sweatshirt, black jeans, grey backdrop.
    # caption adapter: caption, details, material
    case(
        "X312-036",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow sweatshirt and black jeans"),
        D.color("yellow"),
        D.details(
            "This man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.material(
            "This man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and",
            "restated",
            hit_limit=True,
        ),
        title="Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: grey melange sweatshirt with a navy colour-block band across the chest and sleeves, navy track pants,
    # white backdrop. caption adapter: none
    case(
        "X312-037",
        caption("a man in a grey and blue sweatshirt"),
        wearing("a grey sweatshirt and grey pants", "contradiction", who="he"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.description("a grey sweatshirt with a blue stripe across the chest"),
        D.material("wool", "unsupported"),
        title="Men Grey Melange & Navy Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy zip-front hooded sweatshirt worn open over a white tee, black jeans, white backdrop.
    # caption adapter: none; VQA adapter: description of the hoodie
    case(
        "X312-038",
        caption("a man in a blue hoodie and a white shirt"),
        wearing("a blue jacket and a white t-shirt", who="he"),
        describe(
            "hoodie",
            "the hoodie is blue with a white t-shirt under it and the hoodie has a hood and a zipper and the hoodie "
            "has a hood and a zipper and",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("sweatshirt"),
        D.sleeve_length("long sleeves"),
        D.material("denim", "unsupported"),
        title="Men Navy Blue Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black faux leather biker jacket with asymmetric zip (no belt), open over a white tee, blue jeans, white
    # backdrop. caption adapter: none
    case(
        "X312-039",
        caption("a man in a black leather jacket and jeans"),
        wearing("a black leather jacket, a black t-shirt and blue jeans", "contradiction", who="he"),
        D.color("black"),
        D.material("leather"),
        D.details("the jacket has a zipper and a belt", "unsupported"),
        D.garment_type("jacket"),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue washed denim jacket with buttons and two chest flap pockets, open over a black hoodie (hood
    # out), black jeans, white backdrop. caption adapter: caption
    case(
        "X312-040",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a black hoodie"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("denim"),
        details("jacket", "the jacket has buttons and two pockets on the chest"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        gender="Men",
    ),
    # photo: olive quilted puffer jacket zipped up, stand collar and no hood, black pants, grey backdrop.
    # caption adapter: none
    case(
        "X312-041",
        caption("a man in a green puffer jacket"),
        wearing("a green jacket and black pants", who="he"),
        D.color("green"),
        D.description("a green jacket with a hood", "unsupported"),
        D.material("nylon"),
        D.pattern("striped", "contradiction"),
        D.details("the jacket is green", "restated"),
        title="Men Olive Green Solid Quilted Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: tan suede bomber jacket with ribbed collar and cuffs, white tee, blue jeans, white backdrop.
    # caption adapter: none; VQA adapter: color of the jacket, details of the jacket
    case(
        "X312-042",
        caption("a man in a brown jacket and jeans"),
        color_of(
            "jacket",
            "brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jacket",
            "the jacket has a zipper and a collar and the sleeves and the neckline and the collar and the sleeves and "
            "the neckline and the",
            "loop",
            hit_limit=True,
        ),
        D.color("brown"),
        D.garment_type("jacket"),
        D.material("cotton", "unsupported"),
        title="Men Tan Brown Solid Suede Bomber Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: white knee-length straight cotton kurta, plain mandarin collar, full sleeves, white pyjamas, model seated
    # on a wooden chair, beige backdrop. caption adapter: none
    case(
        "X312-043",
        caption("a man in a white kurta sitting on a chair"),
        wearing("a white kurta and pajamas", who="he"),
        D.garment_type("shirt", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        D.color("white"),
        D.material("cotton"),
        D.details("it has embroidery on the collar", "unsupported"),
        title="Men White Solid Straight Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: maroon silk-blend kurta with gold thread embroidery around the neck, cream churidar, no dupatta, white
    # backdrop. caption adapter: none; VQA adapter: wearing
    case(
        "X312-044",
        caption("a man in a red kurta with gold embroidery"),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.color("gold", "contradiction"),
        color_of("pants", "white"),
        D.description("a maroon kurta with gold embroidery on the neck and a matching dupatta", "unsupported"),
        D.material("silk"),
        title="Men Maroon Embroidered Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy short kurta with a tiny white dot print, full sleeves, chest pocket, blue jeans, white backdrop.
    # caption adapter: none
    case(
        "X312-045",
        caption("a man in a blue printed kurta and jeans"),
        D.wearing("a blue kurta with white print and blue jeans"),
        D.color("black", "contradiction"),
        D.pattern("polka dots"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("", "non_answer"),
        title="Men Navy Blue & White Printed Short Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # photo: plain white ribbed sleeveless innerwear vest, grey melange lounge pants, white wall behind.
    # caption adapter: none
    case(
        "X312-046",
        caption("a man in a white tank top standing in front of a white wall"),
        wearing("a white tank top and grey pants", who="he"),
        D.garment_type("t-shirt", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.color("white"),
        D.description("a white tank top with a black logo on the chest", "unsupported"),
        D.pattern("striped", "contradiction"),
        title="Men Pack of 2 White Solid Pure Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
]
