"""BLIND_473 (46 products; men's t-shirts and polos worn with jeans or shorts): written blind in the forty-eighth
session. Measured blind at 13f28b5 (the session's rules as they stood): 110/132 failures found (83.3%) and 2/167
correct texts flagged (1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's t-shirts and polos: graphic and typography tees (NASA,
BROOKLYN, STAY WILD, a tiger, a skull, a motorcycle), striped tees and polos, solid crew necks, colour-blocked tees
and polos, henleys (short and long sleeves). The models wear them with jeans (blue, black, grey, white) or shorts
(denim, khaki, grey, black, white), in studio shots or against walls, trees, a gym or a beach. Each product has the
seller's title, category, color and gender; a few rows miss the gender or the category, as real feeds do. Besides
enrich's default questionnaire the set asks "What does the print say?" and per-garment color questions (t-shirt,
polo shirt, jeans, shorts).

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment above the case names an adapter. The caption-only LoRA adapter
writes the DeepFashion template ("The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is
with cotton fabric. It has a lapel neckline ..."); it has no end token, so its texts run to the limit (50 new tokens
for captions, 30 for answers), carry hit_limit=True, and it returns the template to any question. The VQA adapter
(also no end token) answers an open question with a short In-shop style answer repeated to the limit ("black-black-
black...", "polo shirt, denim, polo shirt, ..."); its color answers are stored open with the experiments' color
question. The closed questions (garment_type, color, pattern, sleeve_length, the per-garment color questions and the
yes/no "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets; they never loop or cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or sky blue, green for olive or teal, blue for teal,
  red for maroon, yellow for mustard, white for off white, grey for charcoal or grey melange, orange or brown for
  rust, purple for lavender. Mustard answered orange and maroon answered brown are contradiction.
- Myntra sells polos as "Polo Collar T-shirt", so "t-shirt" for a polo (garment_type, "Is this a t-shirt?") is
  correct; "no" to "Is this a polo shirt?" for a polo is contradiction. A henley called "shirt" by the reference
  engine's garment_type is contradiction (the seller's category is Tshirts and it has no full placket or collar).
- For "Multi" striped tees any stripe color is correct. For colour-blocked tees and polos the seller's color is the
  main block; open answers naming the blocks ("a blue and white shirt") are correct, and "color block" is the right
  pattern. A thin trim, tipping or print color given as the garment's color is contradiction; a color that only the
  wall behind the model has is contradiction too.
- A color given to the product that is really the color of the jeans, the shorts, or the open shirt layered over the
  tee is other_garment_color, and so is the t-shirt's color given to the jeans or shorts. Where both pieces really
  share a color (a black polo with black jeans, a navy tee with blue jeans, a blue polo with denim shorts), saying
  so is correct. The pattern of the overshirt (checked) given as the tee's pattern is contradiction.
- Print question: reading the print (or part of it: "good vibes" for GOOD VIBES ONLY) is correct; naming a
  picture print with no words ("a tiger", "a skull") is correct; "there is no print" for a solid tee is correct.
  Words on a solid tee that has none, or a brand name read off a wordless embroidered logo ("lacoste", "polo"),
  are unsupported. "the print says" is non_answer; the question itself back, or the garment's name and color for
  the print or material question, is restated.
- A material, pattern or garment type of another piece of the outfit (denim for the tee worn with jeans or denim
  shorts, flannel or "checked" or "shirt" for the tee under an open flannel shirt) is contradiction, and so are
  "tank top" for a short-sleeved tee, "animal print" for a single tiger illustration, "striped" for a solid polo
  with a tipped collar, and "a white collar" on an all-black polo shot against a white wall.
- Invented things not in the photo (a pocket, a watch, a cap, a belt, a hood, a cape, a surfboard, a logo, a v-neck
  on a crew neck) are unsupported, and so is a material neither named nor visible (wool, linen, silk, satin, velvet,
  polyester on a pure cotton polo, "cotton and polyester" on a polo whose title names none). Cotton for a plain tee
  or polo is correct; polyester for a training tee whose title says polyester is correct.
- Adapter texts: a text that repeats a sentence of the template (or the VQA adapter's repeated word) is loop; one
  that stops mid-sentence without repeating is cut, even where it got a detail wrong before the cut (a round
  neckline on a henley); the template returned for the material question is restated. Where the template misnames
  the pattern (pure color for stripes) or the person ("The lady" for a man), that is what the auditor sees first:
  contradiction or pronoun, hit_limit kept.
- A base answer that stops early ("it is made of", "the collar and the") is cut, without hit_limit. An empty answer,
  "the details of the polo shirt", "i don't know" and "the t-shirt is made of fabric" are non_answer.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "she" or "a woman" for a male model is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

print_text = question("print_text", "What does the print say?", "open")
color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_polo = question("color_polo", "What is the color of the polo shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")

BLIND_473 = [
    # photo: man in a white crew-neck tee with a black "BROOKLYN NYC 1985" chest print, mid-blue jeans, grey studio
    # backdrop, front view. No adapter.
    case(
        "X473-001",
        caption("a man wearing a white t-shirt with the word brooklyn on it"),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.pattern("graphic"),
        print_text("brooklyn"),
        color_jeans("blue"),
        D.details("the word brooklyn and the number 1985 on the chest"),
        title="Men White Brooklyn Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a solid navy pique polo with thin white tipping on the collar, khaki chino shorts, white
    # studio backdrop, front view. caption: caption adapter
    case(
        "X473-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and khaki shorts"),
        D.color("black", "contradiction"),
        is_a("polo shirt", "yes"),
        color_shorts("beige"),
        D.details("white stripes on the collar"),
        D.material("cotton"),
        D.pattern("striped", "contradiction"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a navy-and-white horizontally striped crew-neck tee (no pocket), light blue jeans, grey
    # backdrop, front view. No adapter.
    case(
        "X473-003",
        caption("a man in a blue and white striped shirt"),
        D.pattern("solid", "contradiction"),
        D.color("blue"),
        D.description("a striped t-shirt with a round neck and a pocket", "unsupported"),
        D.sleeve_length("short sleeves"),
        color_jeans("blue"),
        D.wearing(
            "a blue and white striped shirt and blue jeans Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black tee with a white "NASA" logo on the chest, grey jersey shorts, white backdrop, front view.
    # No adapter.
    case(
        "X473-004",
        caption("a man wearing a black nasa t-shirt and grey shorts"),
        print_text("nasa"),
        D.color("black"),
        color_shorts("black", "other_garment_color"),
        D.wearing("she is wearing a black t-shirt and shorts", "pronoun"),
        D.material("cotton"),
        D.details("a nasa logo on the front and a pocket", "unsupported"),
        title="Men Black NASA Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a maroon long-sleeved henley with a three-button placket, dark blue jeans, red brick wall behind,
    # front view. details: caption adapter
    case(
        "X473-005",
        caption("a man in a red henley shirt standing in front of a brick wall"),
        D.garment_type("shirt", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The T-shirt is "
            "with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.color("brown", "contradiction"),
        D.material("cotton"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Men Maroon Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a colour-blocked tee: navy body with a thin red-and-white band across the chest, worn untucked over
    # blue jeans, grey backdrop. No adapter.
    case(
        "X473-006",
        caption("a man in a blue, white and red t-shirt"),
        D.pattern("color block"),
        D.color("red", "contradiction"),
        D.description("a blue t-shirt with a white and red stripe across the chest"),
        color_jeans("blue"),
        D.wearing("a blue t-shirt and blue jeans with a brown belt", "unsupported"),
        title="Men Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a solid olive green polo (no logo, no print), black slim jeans, plain white wall, front view.
    # caption, material: caption adapter
    case(
        "X473-007",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        color_jeans("green", "other_garment_color"),
        D.material(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The gentleman wears "
            "a long pants. The pants",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a green shirt and green jeans", "other_garment_color"),
        is_a("polo shirt", "yes"),
        print_text("polo", "unsupported"),
        title="Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a solid grey melange crew-neck tee, light blue denim shorts, white backdrop, front view.
    # No adapter.
    case(
        "X473-008",
        caption("a man wearing a grey t-shirt and denim shorts"),
        D.color("grey"),
        print_text("there is no print"),
        D.details("the t-shirt has a round neck and short sleeves"),
        color_shorts("grey", "other_garment_color"),
        D.material("wool", "unsupported"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a solid white polo with a small green embroidered logo (no lettering) on the left chest,
    # navy shorts, studio, front view. No adapter.
    case(
        "X473-009",
        caption("a man in a white polo shirt and blue shorts"),
        D.wearing(
            "a white polo shirt Question: What is the color of the shorts? Answer: blue",
            "leak",
        ),
        color_polo("white"),
        color_shorts("white", "other_garment_color"),
        D.details("a small logo on the chest"),
        D.pattern("solid"),
        print_text("lacoste", "unsupported"),
        D.material("cotton"),
        title="Men White Brand Logo Embroidered Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a mustard yellow tee with a large tiger illustration (no words), blue jeans, beige wall,
    # front view. No adapter.
    case(
        "X473-010",
        caption("a man in a yellow t-shirt with a tiger on it"),
        print_text("a tiger"),
        D.color("orange", "contradiction"),
        D.description("a yellow t-shirt with a picture of a tiger"),
        D.pattern("animal print", "contradiction"),
        is_a("t-shirt", "yes"),
        D.details("the t-shirt has a tiger on it and the tiger is", "cut"),
        title="Men Mustard Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a black-and-white horizontally striped polo, grey shorts, white studio, front view.
    # caption, material: caption adapter
    case(
        "X473-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
            "and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("black"),
        color_shorts("grey"),
        D.wearing(
            "a black and white striped polo shirt and black shorts",
            "other_garment_color",
        ),
        D.material(
            "The T-shirt is with cotton fabric and striped patterns. It has a lapel neckline. The gentleman wears a "
            "three-point shorts. The shorts",
            "restated",
            hit_limit=True,
        ),
        title="Men Black & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a solid teal crew-neck tee, khaki chino shorts, grey backdrop, front view. No adapter.
    case(
        "X473-012",
        caption("a man in a green t-shirt and khaki shorts"),
        D.color("blue"),
        D.garment_type("t-shirt"),
        D.details("", "non_answer"),
        D.material("cotton"),
        D.wearing(
            "a green shirt and shorts Question: What is the color of the shorts? Answer: khaki",
            "leak",
        ),
        title="Men Teal Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a charcoal grey short-sleeved henley (three buttons), black jeans, white backdrop, front view.
    # The feed row has no gender. No adapter.
    case(
        "X473-013",
        caption("a man in a dark grey shirt with buttons"),
        D.garment_type("shirt", "contradiction"),
        D.color("black", "other_garment_color"),
        D.wearing("a grey henley and black jeans"),
        D.sleeve_length("short sleeves"),
        color_jeans("grey", "other_garment_color"),
        title="Men Charcoal Grey Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # photo: man in a solid red polo, mid-blue jeans, white studio, three-quarter view.
    # description, details, material: caption adapter
    case(
        "X473-014",
        caption("a man in a red polo shirt and jeans"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The T-shirt is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        color_polo("red"),
        color_jeans("blue"),
        D.sleeve_length("short sleeves"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a white tee with "STAY WILD" in black block letters, olive cargo shorts, grey backdrop.
    # No adapter.
    case(
        "X473-015",
        caption("a man wearing a white t-shirt that says stay wild"),
        print_text("stay wild"),
        D.wearing("a white t-shirt and white shorts", "other_garment_color"),
        color_shorts("green"),
        D.description("a white t-shirt with black writing on it"),
        D.material("it is made of", "cut"),
        D.details(
            "the words stay wild in black letters and a logo on the sleeve",
            "unsupported",
        ),
        title="Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in an all-black polo (black collar, two buttons), black jeans, plain white wall behind him, front
    # view. No adapter.
    case(
        "X473-016",
        caption("a man in a black polo shirt and black jeans standing against a white wall"),
        D.color("black"),
        color_jeans("black"),
        D.details("a collar, two buttons and a pocket", "unsupported"),
        D.material("polyester", "unsupported"),
        D.description("a black polo shirt with a white collar", "contradiction"),
        title="Men Black Solid Pure Cotton Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a colour-blocked polo, royal blue body with a white shoulder yoke and white collar, beige chino
    # shorts, studio, front view. No adapter.
    case(
        "X473-017",
        caption("a man in a blue and white polo shirt and shorts"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        color_shorts("white", "other_garment_color"),
        D.wearing("a blue and white shirt and shorts"),
        is_a("polo shirt", "no", "contradiction"),
        title="Men Blue & White Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: long-haired male model in a solid lavender crew-neck tee, light grey jogger shorts, white backdrop.
    # No adapter.
    case(
        "X473-018",
        caption("a woman in a purple t-shirt and grey shorts", "pronoun"),
        D.color("purple"),
        color_shorts("grey"),
        D.wearing("a purple t-shirt and shorts"),
        D.material("velvet", "unsupported"),
        D.details(
            "a purple t-shirt with a round neck and a pocket on the chest",
            "unsupported",
        ),
        title="Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in an off-white long-sleeved henley (four buttons), dark blue jeans, grey backdrop, front view.
    # caption: caption adapter
    case(
        "X473-019",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        color_jeans("white", "other_garment_color"),
        D.details("buttons on the front"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        title="Men Off White Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a black tee with a red-and-white skull graphic (no words), blue ripped jeans, white backdrop.
    # No adapter.
    case(
        "X473-020",
        caption("a man wearing a black t-shirt with a skull on it"),
        D.color("red", "contradiction"),
        print_text("a skull"),
        D.details("a skull print on the front and ripped jeans"),
        D.wearing(
            "a black t-shirt with a skull on it Question: What is the man wearing? Answer: a black t-shirt",
            "leak",
        ),
        color_jeans("blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy polo with yellow tipping on the collar and sleeve hems, grey shorts, studio.
    # No adapter.
    case(
        "X473-021",
        caption("a man in a navy blue polo shirt with yellow trim"),
        D.details("yellow stripes on the collar and sleeves"),
        D.color("yellow", "contradiction"),
        D.description(
            "a navy blue polo shirt Question: Describe the shorts. Answer: grey shorts",
            "leak",
        ),
        color_shorts("grey"),
        D.material("it is made of cotton and polyester", "unsupported"),
        title="Men Navy Blue Polo Collar T-shirt with Contrast Tipping",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain light pink crew-neck tee (no logo), white shorts, white backdrop, front view. No adapter.
    case(
        "X473-022",
        caption("a man in a pink t-shirt and white shorts"),
        D.color("white", "other_garment_color"),
        color_shorts("white"),
        D.description("a pink t-shirt with a round neck and a logo", "unsupported"),
        D.material("the t-shirt is made of fabric", "non_answer"),
        print_text("what does the print say", "restated"),
        title="Men Pink Solid Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a maroon-and-navy striped polo, blue jeans, studio, front view. wearing: VQA adapter
    case(
        "X473-023",
        caption("a man in a striped polo shirt and jeans"),
        D.wearing(
            "polo shirt, denim, polo shirt, denim, polo shirt, denim, polo shirt, denim, polo shirt, denim, polo shirt",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("red"),
        color_jeans("blue"),
        is_a("polo shirt", "yes"),
        D.description("a striped polo shirt with a pocket and a zipper", "unsupported"),
        title="Men Maroon & Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a solid white crew-neck tee with a patch pocket on the left chest, black shorts, studio; his
    # hands are empty, at his sides.
    # No adapter.
    case(
        "X473-024",
        caption(
            "a man in a white t-shirt and black shorts holding a cup of coffee",
            "unsupported",
        ),
        D.details("a pocket on the chest"),
        print_text("i love new york", "unsupported"),
        D.color("white"),
        color_shorts("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a white t-shirt, black shorts and a black cap", "unsupported"),
        title="Men White Solid Round Neck T-shirt with Pocket",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a solid mustard polo, white jeans, grey backdrop, front view. No adapter.
    case(
        "X473-025",
        caption("a man in a white polo shirt and white jeans", "other_garment_color"),
        D.color("yellow"),
        color_jeans("white"),
        D.wearing("a yellow polo shirt and white pants"),
        D.material("satin", "unsupported"),
        D.details("it has a collar and", "cut"),
        title="Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a black training tee with "NO PAIN NO GAIN" in white letters, black shorts, in a gym with a
    # dumbbell rack behind him; bare wrists. No adapter.
    case(
        "X473-026",
        caption("a man in a black t-shirt and shorts standing in a gym"),
        print_text("no pain no gain"),
        D.material("polyester"),
        color_shorts("black"),
        D.details("white letters on the front"),
        D.wearing("a black t-shirt, black shorts and a watch", "unsupported"),
        D.garment_type("tank top", "contradiction"),
        D.sleeve_length("short sleeves"),
        title="Men Black Typography Printed Polyester Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a colour-blocked tee, grey upper half and black lower half, mid-blue jeans, white backdrop.
    # caption, wearing: caption adapter
    case(
        "X473-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.pattern("color block"),
        color_jeans("black", "other_garment_color"),
        title="Men Grey & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a white tee printed "LOS ANGELES CALIFORNIA", worn under an open red-and-black checked flannel
    # shirt, blue jeans, studio, front view. No adapter.
    case(
        "X473-028",
        caption("a man wearing a red plaid shirt over a white t-shirt"),
        D.wearing("a red and black checkered shirt, a white t-shirt and jeans"),
        color_tshirt("red", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        print_text("los angeles"),
        D.garment_type("shirt", "contradiction"),
        D.material("flannel", "contradiction"),
        title="Men White Los Angeles Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a solid beige polo, white shorts, standing against a painted sky-blue wall, front view.
    # No adapter.
    case(
        "X473-029",
        caption("a man in a beige polo shirt standing against a blue wall"),
        D.color("blue", "contradiction"),
        color_shorts("white"),
        D.description("a beige polo shirt with short sleeves and a collar"),
        D.material("linen", "unsupported"),
        title="Men Beige Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a black tee with a motorcycle graphic and "BORN TO RIDE" lettering, grey jeans, studio.
    # color of the shirt (open): VQA adapter
    case(
        "X473-030",
        caption("a man in a black t-shirt with a motorcycle on it"),
        color_of(
            "shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        print_text("born to ride"),
        color_jeans("black", "other_garment_color"),
        D.description("a black t-shirt with a picture of a motorcycle and the words born to ride"),
        D.pattern("solid", "contradiction"),
        title="Men Black Graphic Printed Round Neck Biker T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a solid light blue polo, white shorts, white backdrop, front view. No adapter.
    case(
        "X473-031",
        caption("a woman in a light blue polo shirt and white shorts", "pronoun"),
        D.wearing("he is wearing a blue polo shirt and white shorts"),
        D.details("the details of the polo shirt", "non_answer"),
        D.color("blue"),
        is_a("t-shirt", "yes"),
        D.material("i don't know", "non_answer"),
        title="Men Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a red, white and navy horizontally striped crew-neck tee, blue denim shorts, studio.
    # No adapter.
    case(
        "X473-032",
        caption("a man in a red, white and blue striped t-shirt"),
        D.color("red"),
        D.pattern("striped"),
        color_shorts("blue"),
        D.details("horizontal stripes in red, white and blue"),
        D.material("a red white and blue striped t-shirt", "restated"),
        D.description(
            "a striped t-shirt with red, white and blue stripes and a collar",
            "unsupported",
        ),
        D.wearing("a striped t-shirt and denim shorts"),
        title="Men Multicoloured Striped Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: man in a dark green short-sleeved henley (three buttons), black shorts, grey backdrop. No adapter.
    case(
        "X473-033",
        caption("a man in a green henley t-shirt and black shorts"),
        D.garment_type("t-shirt"),
        D.wearing(
            "a green shirt and black shorts Question: What is the color of the shirt? Answer: green",
            "leak",
        ),
        D.details("three buttons and a pocket on the chest", "unsupported"),
        D.color("black", "other_garment_color"),
        D.material("cotton"),
        title="Men Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in a white polo with a navy-and-red colour-blocked band across the chest, mid-blue jeans, studio.
    # caption: caption adapter
    case(
        "X473-034",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("color block"),
        color_jeans("blue"),
        D.description("a white polo shirt with a blue and red stripe across the chest"),
        D.wearing(
            "a white shirt and jeans Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Men White Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a grey melange tee with an orange mountain graphic and "ADVENTURE" lettering, black jeans.
    # No adapter.
    case(
        "X473-035",
        caption("a man in a grey t-shirt with a mountain print"),
        print_text("adventure"),
        D.color("orange", "contradiction"),
        D.wearing("a gray shirt and black jeans"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_jeans("black"),
        D.material("a grey t-shirt", "restated"),
        title="Men Grey Melange Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a solid navy crew-neck tee, mid-blue jeans, white backdrop, front view. No adapter.
    case(
        "X473-036",
        caption("a man in a navy blue t-shirt and blue jeans"),
        D.color("blue"),
        color_jeans("blue"),
        D.description("a navy blue t-shirt with a v-neck", "unsupported"),
        D.details("it has a round neck"),
        print_text("the print says", "non_answer"),
        title="Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black polo with white tipping on the collar, khaki shorts, studio. The feed row has no
    # category. description, material: caption adapter
    case(
        "X473-037",
        caption("a man wearing a black polo shirt and khaki shorts"),
        D.description(
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The T-shirt is with "
            "cotton fabric and pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        color_polo("black"),
        color_shorts("black", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        title="Men Black Solid Polo T-shirt with Tipping",
        color="Black",
        gender="Men",
    ),
    # photo: man in a rust orange tee with a wave graphic, "TOKYO" and Japanese characters, blue jeans, studio.
    # No adapter.
    case(
        "X473-038",
        caption("a man wearing an orange t-shirt with a japanese print"),
        print_text("tokyo"),
        D.color("orange"),
        D.wearing("a brown t-shirt and jeans"),
        D.details("a picture of a wave and japanese writing"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.material("silk", "unsupported"),
        title="Men Rust Orange Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a white long-sleeved tee with thin navy Breton stripes, mid-blue jeans, grey backdrop.
    # No adapter.
    case(
        "X473-039",
        caption("a man in a striped long sleeve shirt and jeans"),
        D.sleeve_length("long sleeves"),
        D.color("white"),
        D.pattern("striped"),
        D.wearing("a blue and white striped shirt and blue jeans"),
        color_jeans("white", "other_garment_color"),
        D.material("", "non_answer"),
        title="Men White & Navy Blue Striped Long Sleeves T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a red tee with the yellow-and-blue Superman shield, blue jeans, studio. wearing: VQA adapter
    case(
        "X473-040",
        caption("a man wearing a red t-shirt with a superman logo"),
        D.wearing(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic "
            "tee graphic",
            "loop",
            hit_limit=True,
        ),
        print_text("superman"),
        D.color("red"),
        color_jeans("red", "other_garment_color"),
        D.description("a red t-shirt with a superman logo and a red cape", "unsupported"),
        title="Men Red Superman Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a solid sky blue polo, blue denim shorts and white sneakers, sitting on a wooden stool, side
    # view, full length. No adapter.
    case(
        "X473-041",
        caption("a man in a blue polo shirt sitting on a stool"),
        D.description("describe the polo shirt", "restated"),
        D.color("blue"),
        color_shorts("blue"),
        D.material("denim", "contradiction"),
        D.wearing("a blue polo shirt, blue shorts and white sneakers"),
        D.details("the collar and the", "cut"),
        title="Men Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in an olive long-sleeved henley (no pocket), black jeans, outdoors in front of trees. No adapter.
    case(
        "X473-042",
        caption("a man in a green shirt standing in front of trees"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.color("green"),
        D.details("it has buttons and a pocket", "unsupported"),
        color_jeans("green", "other_garment_color"),
        title="Men Olive Green Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a white tee with an all-over tropical print (green leaves, pink flowers), blue shorts, on an
    # empty beach. No adapter.
    case(
        "X473-043",
        caption(
            "a man wearing a floral print t-shirt on the beach with a surfboard",
            "unsupported",
        ),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        color_shorts("blue"),
        D.wearing("he is wearing a floral shirt and shorts"),
        D.material("silk", "unsupported"),
        print_text("aloha", "unsupported"),
        title="Men White Tropical Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a solid coffee brown polo (two buttons, no logo), mid-blue jeans, studio, front view. No adapter.
    case(
        "X473-044",
        caption("a man in a brown polo shirt and jeans"),
        D.wearing("she is wearing a brown polo shirt and blue jeans", "pronoun"),
        D.color("brown"),
        is_a("polo shirt", "yes"),
        D.details("a collar with two buttons and a logo on the chest", "unsupported"),
        color_jeans("brown", "other_garment_color"),
        title="Men Coffee Brown Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: man in a raglan tee, grey body with black short raglan sleeves, black shorts, studio. No adapter.
    case(
        "X473-045",
        caption("a man in a grey and black t-shirt and black shorts"),
        D.color("grey"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        color_shorts("grey", "other_garment_color"),
        D.description("a grey t-shirt with black sleeves and a black hood", "unsupported"),
        title="Men Grey & Black Colourblocked Raglan T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a yellow tee with "GOOD VIBES ONLY" in black script (no pocket), white shorts, studio.
    # caption: caption adapter
    case(
        "X473-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        print_text("good vibes"),
        D.color("white", "other_garment_color"),
        color_shorts("white"),
        D.details("the t-shirt says good vibes only and has a pocket", "unsupported"),
        D.wearing("a yellow t-shirt and white shorts"),
        title="Men Yellow Good Vibes Only Typography T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
]
