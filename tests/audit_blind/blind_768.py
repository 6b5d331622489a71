"""BLIND_768 (46 products; Myntra men's tees and shirts with jeans, shorts or track pants, caption adapter epoch 3):
written blind in the fifty-fifth session. Measured blind at 81e168c (the session's sixth rules): 102/120 failures found
(85.0%) and 9/174 correct texts flagged (5.2%). The writer's notes, verbatim:

Scenario: a Myntra-like men's topwear feed (Tshirts and Shirts: solid, striped, checked, printed, polo, henley,
utility, linen, denim) photographed on a model on a white backdrop, worn with jeans, denim or cotton shorts, or track
pants; a few photos add a layer (an open shirt over a tee, a tee under a bomber), props (a stool, sunglasses, a
watch), a back view or a half-body crop where the bottoms are not visible. The feed's columns are title, category
(Tshirts/Shirts) and color (Myntra base colour); a few rows lack one column (color, category or gender).

Who wrote what: captions and open answers (what is he wearing, describe, details, material, the open "What is the
shirt color?") are free generation by BLIP-2 OPT-2.7b with the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for captions and 30 for answers. It writes the
DeepFashion template ("The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with
cotton fabric..."), rarely names a hue in captions, calls checks "lattice", calls men "the lady" now and then (the
training captions are mostly women), never learned an end token (loops, cuts at the limit) and sometimes runs on
into the "Question: ... Answer:" format it was trained on. Some open answers fall back on the base model's plain
English with hues ("a pink shirt and blue jeans"). Closed answers (garment type, color of a named garment, pattern,
sleeve length, "Is this a ...?") come from enrich's --engine reference, which picks one candidate value: they never
loop or stop short, but often pick the color of the bottoms or of an inner layer.

Labeling conventions and judgement calls:
- One label per text. A loop or a cut takes precedence over a content error inside the looping/cut text.
- other_garment_color: a garment's color answer carries the color of another garment visible in the photo (the
  bottoms, an inner tee, an outer jacket), whether it is asked of the product or of the bottoms. A color that belongs
  to nothing in the photo, a wrong sleeve length, pattern or garment type is a contradiction.
- A color that is part of the product itself (navy in a red-and-navy striped tee, black in a grey shirt's black
  print) would not be a failure; I avoided such answers rather than label them.
- Shades within the seller's color group are correct: "red" for Maroon, "pink" for Peach, "purple" for Lavender,
  "white" for Cream, "green" for Olive or Sea Green, "yellow" for Mustard, "orange" for Rust, "grey" for Melange.
- DeepFashion vocabulary is correct when it fits: "lattice" = checks, "pure color" = solid, "lapel" neckline for a
  shirt collar or a polo collar, "stand" neckline for a mandarin collar, "floral" for a leaf print, "graphic" for a
  printed tee or a micro-dot print, "color block" for a contrast-panel or raglan tee.
- Material: "cotton" for a tee or shirt whose title names no material counts as correct (plausible, not
  contradicted); "cotton" where the title says Linen, and chiffon, leather, knitting, silk or denim for a cotton
  tee/shirt, are unsupported. Denim for a shirt whose title says Denim is correct.
- Claims about things the photo does not show (bottoms in a half-body crop, a chest pocket seen from the back, a ring,
  a belt, side stripes on plain track pants, a tiger in an abstract print, a zip) are unsupported.
- A caption that ran to its 50 tokens and happens to end on a full stop is still labeled cut (hit_limit=True): the
  model did not stop, the limit stopped it.
- A one-word or yes/no reply to an open question is non_answer; the open color question answered with the template's
  pattern words and no hue ("with pure color patterns") is non_answer too. Answers that only give the question's
  words back ("The shirt is a shirt.") are restated.
- Any answer that contains "Question:" or "Answer:" is a leak, even when the answer before it is right.
- pronoun: "the lady", "she", "her" for a product whose gender is Men. The two rows without a gender carry no
  pronoun failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")
tee_color = question("tshirt_color", "What is the T-shirt color?", "open")

BLIND_768 = [
    # photo: navy blue solid round-neck tee, light-wash blue jeans, white sneakers, white backdrop, front view;
    # caption adapter epoch 3 wrote the caption and open answers, the reference engine the closed ones
    case(
        "X768-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The gentleman wears long denim pants."
        ),
        color_of("t-shirt", "navy blue"),
        color_of("jeans", "navy blue", "other_garment_color"),
        Q.sleeve_length("short sleeve"),
        wearing("He is wearing a grey T-shirt and blue jeans.", "contradiction", who="he"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline and short sleeves. The T-shirt has pure "
            "color patterns.",
        ),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. The jeans are of long length. The jeans are "
            "with denim fabric and pure color patterns. The jeans are of",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white tee with a large black skull-and-wings graphic on the front, black track pants with white side
    # stripes, white sneakers, white backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-002",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears long trousers.",
            "pronoun",
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("track pants", "black"),
        Q.pattern("graphic"),
        wearing("A white T-shirt with a graphic print and black track pants.", who="he"),
        details(
            "t-shirt",
            "The T-shirt has a graphic print on the chest. It has short sleeves and a round neckline. The T-shirt is "
            "with cotton fabric.",
        ),
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: blue-and-white checked casual shirt, long sleeves rolled to the elbow, dark blue jeans, brown belt,
    # white backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-003",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        Q.pattern("checked"),
        color_of("jeans", "dark blue"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has long sleeves rolled up to the elbows and a "
            "lapel collar.",
        ),
        is_a("t-shirt", "yes", "contradiction"),
        Q.material("denim", "unsupported"),
        title="WROGN Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black polo tee with white tipping on the collar and a small embroidered logo, grey track pants, white
    # backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-004",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and it has a lapel neckline. The gentleman wears long pants. The pants are with cotton fabric."
        ),
        Q.garment_type("polo shirt"),
        color_of("t-shirt", "grey", "other_garment_color"),
        color_of("track pants", "grey"),
        details(
            "t-shirt",
            "The T-shirt has a polo collar with white tipping and a button placket. The T-shirt has a logo on the "
            "chest and",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a black polo shirt and grey track pants", who="he"),
        title="U.S. Polo Assn. Men Black Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive green full-sleeve henley tee with a three-button placket, black jeans, white backdrop, front
    # view; caption adapter epoch 3 + reference engine
    case(
        "X768-005",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The man wears long denim pants with pure color patterns."
        ),
        color_of("t-shirt", "olive"),
        color_of("jeans", "olive", "other_garment_color"),
        Q.sleeve_length("short sleeve", "contradiction"),
        describe(
            "t-shirt",
            "The T-shirt has long sleeves and a henley neckline with three buttons. The T-shirt is with cotton fabric.",
        ),
        Q.material("cotton"),
        title="Roadster Men Olive Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: mustard yellow short-sleeve shirt with a small white floral print, buttoned, light blue denim shorts,
    # white backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-006",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a pair of shorts. The shorts are with denim fabric."
        ),
        color_of("shirt", "yellow"),
        color_of("shorts", "blue"),
        Q.pattern("floral"),
        details("shirt", "The shirt details are the shirt details of the shirt.", "restated"),
        wearing(
            "The gentleman wears a short-sleeve shirt with floral patterns. The gentleman wears a pair of shorts. The "
            "gentleman wears a short-sleeve shirt with floral patterns. The gentleman",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        title="HIGHLANDER Men Mustard Yellow Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: grey melange crew-neck tee without pocket, black track pants, black baseball cap, white backdrop,
    # front view; caption adapter epoch 3 + reference engine
    case(
        "X768-007",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a crew neckline. The guy wears long pants. This guy wears a hat."
        ),
        color_of("t-shirt", "grey"),
        Q.sleeve_length("short sleeve"),
        describe(
            "t-shirt",
            "The T-shirt has a crew neckline and short sleeves. There is a pocket on the chest.",
            "unsupported",
        ),
        color_of("track pants", "grey", "other_garment_color"),
        Q.material("cotton"),
        title="Puma Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white linen shirt, long sleeves, mandarin collar, light blue jeans, white backdrop, front view;
    # caption adapter epoch 3 + reference engine
    case(
        "X768-008",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The person wears long denim pants.",
            "unsupported",
        ),
        Q.material("linen"),
        color_of("shirt", "white"),
        color_of("jeans", "light blue"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt has a mandarin collar and long sleeves. "
            "Question: What are the jeans",
            "leak",
            hit_limit=True,
        ),
        title="Mast & Harbour Men White Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: red polo tee with navy blue horizontal stripes, plain navy cotton shorts, white backdrop, front view;
    # caption adapter epoch 3 + reference engine
    case(
        "X768-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears a pair of shorts. The shorts are with cotton fabric and "
            "pure color patterns.",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        Q.pattern("solid", "contradiction"),
        color_of("shorts", "red", "other_garment_color"),
        wearing("He is wearing a striped polo shirt and shorts.", who="he"),
        describe("t-shirt", "striped", "non_answer"),
        title="Tommy Hilfiger Men Red & Navy Blue Striped Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: black tee with a white-and-orange typography print on the chest, olive cargo shorts, white backdrop,
    # front view; caption adapter epoch 3 + reference engine
    case(
        "X768-010",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a pair of shorts. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        color_of("shorts", "olive"),
        Q.pattern("printed"),
        details("t-shirt", "The T-shirt has a typography print in white and orange on the chest and short sleeves."),
        Q.material("leather", "unsupported"),
        wearing(
            "A black T-shirt and olive shorts. Question: What is the color of the shorts? Answer: olive",
            "leak",
            who="the man",
        ),
        title="Bewakoof Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light pink solid shirt, long sleeves, navy blue jeans, steel wristwatch, white backdrop, front view;
    # caption adapter epoch 3 + reference engine
    case(
        "X768-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory on her wrist. The lady wears long denim pants.",
            "pronoun",
        ),
        color_of("shirt", "pink"),
        wearing("a pink shirt and blue jeans", who="he"),
        describe("shirt", "The shirt is a shirt.", "restated"),
        color_of("jeans", "navy blue"),
        Q.sleeve_length("long sleeve"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Louis Philippe Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: royal blue solid round-neck tee, black track pants, side-on three-quarter view, white backdrop; the
    # feed row has no color column; caption adapter epoch 3 + reference engine
    case(
        "X768-012",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "man wears long pants. The pants are with cotton fabric. The man wears long pants. The pants are with "
            "cotton fabric. The man wears long",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue"),
        color_of("track pants", "blue", "other_garment_color"),
        is_a("t-shirt", "yes"),
        Q.garment_type("t-shirt"),
        wearing("He is wearing a green T-shirt and black track pants.", "contradiction", who="he"),
        title="Proline Men Blue Solid Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: indigo denim shirt, long sleeves, two flap chest pockets, black jeans, white backdrop, front view;
    # caption adapter epoch 3 + reference engine
    case(
        "X768-013",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and "
            "its neckline is lapel. The pants this gentleman wears is of long length. The pants are with denim fabric."
        ),
        Q.material("denim"),
        color_of("shirt", "black", "other_garment_color"),
        color_of("jeans", "black"),
        details(
            "shirt",
            "The shirt has two flap pockets on the chest and long sleeves with button cuffs. It has a lapel collar.",
        ),
        wearing(
            "Question: What is the man wearing? Answer: The man is wearing a denim shirt and black jeans. Question: "
            "What is",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt is with denim fabric. The shirt is with denim fabric. The shirt is with denim fabric. The "
            "shirt is with denim",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Indigo Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon solid round-neck tee, light grey track pants, white backdrop, front view; caption adapter
    # epoch 3 + reference engine
    case(
        "X768-014",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. It is with cotton fabric and it has a "
            "round neckline. The man wears long trousers with pure color patterns."
        ),
        color_of("t-shirt", "red"),
        color_of("track pants", "grey"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline and short sleeves.",
        ),
        Q.pattern("solid"),
        wearing("yes", "non_answer", who="the man"),
        title="Jockey Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white shirt with thin blue vertical stripes, long sleeves, a chest pocket, dark indigo jeans, white
    # backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-015",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears long denim pants with pure color patterns."
        ),
        color_of("shirt", "white"),
        Q.pattern("checked", "contradiction"),
        color_of("jeans", "white", "other_garment_color"),
        details(
            "shirt",
            "The shirt has thin vertical stripes, a spread collar and button cuffs. The shirt has a chest pocket "
            "with a logo embroidered",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Van Heusen Men White & Blue Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey solid polo tee, beige chino shorts, no belt, white backdrop, front view; caption adapter
    # epoch 3 + reference engine
    case(
        "X768-016",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a lapel neckline. The guy wears a pair of shorts."
        ),
        color_of("t-shirt", "beige", "other_garment_color"),
        color_of("shorts", "beige"),
        Q.garment_type("polo shirt"),
        wearing("She is wearing a grey polo shirt and beige shorts.", "pronoun"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. There is a belt on his waist.",
            "unsupported",
        ),
        title="Allen Solly Men Charcoal Grey Solid Polo T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: teal short-sleeve camp-collar shirt with a leaf print, worn open over a plain white tee, light blue
    # denim shorts, white backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-017",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. The man wears "
            "a T-shirt inside. The man wears a pair of denim shorts."
        ),
        color_of("shirt", "white", "other_garment_color"),
        color_of("shorts", "blue"),
        Q.pattern("printed"),
        describe(
            "shirt", "The shirt is open over a white T-shirt. It has short sleeves, a leaf print and a camp collar."
        ),
        is_a("shirt", "no", "contradiction"),
        details(
            "shirt",
            "The shirt has a leaf print and a camp collar. Question: What are the shorts details? Answer: The shorts",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Men Teal Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: yellow round-neck tee with a small black logo on the left chest, black track pants, white backdrop,
    # front view; caption adapter epoch 3 + reference engine
    case(
        "X768-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The gentleman wears long pants with pure color patterns."
        ),
        color_of("t-shirt", "yellow"),
        color_of("track pants", "black"),
        wearing(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The lady wears long pants. The lady "
            "is wearing a short-sleeve T-shirt with pure",
            "loop",
            who="he",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        details("t-shirt", "The T-shirt has a small logo on the left chest and a ribbed round neckline."),
        title="Adidas Men Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: brown solid shirt, long sleeves, black jeans, no jewellery, white backdrop, front view; caption adapter
    # epoch 3 + reference engine
    case(
        "X768-019",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The pants this gentleman wears is of long length. The pants are with denim fabric."
        ),
        color_of("shirt", "brown"),
        color_of("jeans", "brown", "other_garment_color"),
        describe("shirt", "yes", "non_answer"),
        Q.pattern("solid"),
        details(
            "shirt",
            "The shirt has a lapel collar, a button placket and long sleeves. There is a ring on his finger.",
            "unsupported",
        ),
        shirt_color("The shirt is red.", "contradiction"),
        title="Dennis Lingo Men Brown Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: sky blue tee with a multicolor palm-tree print on the front, white shorts, white backdrop, front view;
    # caption adapter epoch 3 + reference engine
    case(
        "X768-020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "it has a round neckline. The gentleman wears a pair of shorts."
        ),
        color_of("t-shirt", "light blue"),
        color_of("shorts", "white"),
        Q.pattern("graphic"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "it has a round neckline. The gentleman wears a pair of",
            "cut",
            who="he",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        title="Huetrap Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy blue and green tartan checked shirt worn open over a grey tee, mid-blue jeans, no watch or
    # bracelet, white backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-021",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The man wears "
            "a T-shirt inside and long denim pants. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("shirt", "grey", "other_garment_color"),
        color_of("jeans", "blue"),
        Q.pattern("checked"),
        describe("shirt", "The shirt is a long-sleeve shirt with lattice patterns. It is worn open over a T-shirt."),
        Q.garment_type("t-shirt", "contradiction"),
        details("jeans", "The jeans details are the jeans.", "restated"),
        title="Indian Terrain Men Navy Blue & Green Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black solid shirt, long sleeves, black jeans (all-black outfit), white backdrop, front view; caption
    # adapter epoch 3 + reference engine
    case(
        "X768-022",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears long denim pants with pure color patterns."
        ),
        color_of("shirt", "black"),
        color_of("jeans", "black"),
        Q.sleeve_length("long sleeve"),
        details(
            "shirt",
            "The shirt has a lapel collar and long sleeves. The shirt has a lapel collar and long sleeves. The shirt "
            "has a lapel collar and",
            "loop",
            hit_limit=True,
        ),
        wearing("black", "non_answer", who="he"),
        title="Mother Earth Men Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: white polo tee with navy tipping on the collar, navy track pants, white backdrop, front view; the feed
    # row has no category column; caption adapter epoch 3 + reference engine
    case(
        "X768-023",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and it has a lapel neckline. The gentleman wears long pants with pure color patterns."
        ),
        color_of("t-shirt", "navy blue", "other_garment_color"),
        color_of("track pants", "navy blue"),
        Q.garment_type("polo shirt"),
        describe(
            "t-shirt", "The T-shirt is with denim fabric. It has a lapel neckline and short sleeves.", "unsupported"
        ),
        is_a("polo shirt", "yes"),
        title="Lacoste Men White Solid Polo T-shirt",
        color="White",
        gender="Men",
    ),
    # photo: orange solid round-neck tee, blue jeans, brown leather wristwatch, sunglasses pushed up on the head,
    # white backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. There is an accessory on his wrist. The gentleman wears sunglasses. The "
            "gentleman wears long",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "orange"),
        color_of("jeans", "orange", "other_garment_color"),
        wearing("An orange T-shirt, blue jeans, a watch and sunglasses.", who="the man"),
        Q.sleeve_length("short sleeve"),
        details(
            "t-shirt",
            "It has a round neckline and short sleeves. The T-shirt is with cotton fabric and has a zip on the side.",
            "unsupported",
        ),
        title="Jack & Jones Men Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: lavender solid short-sleeve shirt, light grey shorts, white backdrop, front view; caption adapter
    # epoch 3 + reference engine
    case(
        "X768-025",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a pair of shorts.",
            "pronoun",
        ),
        color_of("shirt", "purple"),
        color_of("shorts", "grey"),
        is_a("shirt", "yes"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline and short sleeves. The "
            "shirt is with cotton fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="Arrow Men Lavender Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: bottle green tee with a white chest panel (colourblocked), black track pants with zip pockets, white
    # backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-026",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "it has a round neckline. The man wears long pants. The pants are with cotton fabric."
        ),
        color_of("t-shirt", "green"),
        color_of("track pants", "green", "other_garment_color"),
        Q.pattern("color block"),
        details("track pants", "The track pants have zip pockets and an elastic waistband with a drawstring."),
        wearing(
            "Question: What is he wearing? Answer: He is wearing a green T-shirt and black track pants. Question: "
            "What is the color of the",
            "leak",
            who="he",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Green Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: light blue oxford shirt with a button-down collar, long sleeves, beige chino shorts, white backdrop,
    # front view; caption adapter epoch 3 + reference engine
    case(
        "X768-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a pair of shorts. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        shirt_color("The shirt is beige and the shorts are beige.", "other_garment_color"),
        color_of("shorts", "beige"),
        Q.sleeve_length("long sleeve"),
        describe("shirt", "The shirt has a button-down collar and long sleeves. It is with cotton fabric."),
        details("shorts", "The shorts are shorts.", "restated"),
        Q.garment_type("shirt"),
        title="Peter England Men Blue Solid Button Down Collar Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: white tee with an abstract red-and-black brushstroke print, grey shorts, white backdrop, front view;
    # the feed row has no gender column; caption adapter epoch 3 + reference engine
    case(
        "X768-028",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The person wears a pair of shorts."
        ),
        color_of("t-shirt", "white"),
        color_of("shorts", "grey"),
        Q.pattern("solid", "contradiction"),
        details(
            "t-shirt",
            "The T-shirt has a graphic print in red and black on the front. The print shows a tiger.",
            "unsupported",
        ),
        wearing("a t-shirt and shorts"),
        describe("t-shirt", "The T-shirt is a T-shirt with a T-shirt print.", "restated"),
        title="Kook N Keech Men White Graphic Printed T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: navy blue polo tee with narrow white horizontal stripes, short sleeves, blue jeans, white backdrop,
    # front view; caption adapter epoch 3 + reference engine
    case(
        "X768-029",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears long denim pants. The gentleman wears long denim pants. "
            "The gentleman wears long denim",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue"),
        color_of("jeans", "blue"),
        Q.pattern("striped"),
        describe(
            "t-shirt",
            "The polo shirt has a white stripe pattern. The sleeves are long and the cuffs are ribbed.",
            "contradiction",
        ),
        wearing("clothes", "non_answer", who="he"),
        title="Classic Polo Men Narrow Stripes Navy Blue Polo Tshirts",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust orange short-sleeve shirt with a mandarin collar, no pockets, curved hem, blue denim shorts,
    # white backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-030",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. This man wears a pair of denim shorts with pure color patterns.",
            "contradiction",
        ),
        color_of("shirt", "orange"),
        color_of("shorts", "blue"),
        Q.sleeve_length("short sleeve"),
        details(
            "shirt",
            "The shirt has a mandarin collar, short sleeves and a curved hem. The shirt has two chest pockets with "
            "buttons.",
            "unsupported",
        ),
        Q.material("cotton"),
        title="Mast & Harbour Men Rust Solid Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: black round-neck tee with a small white logo, half-body crop from the chin to the waist (no bottoms
    # visible), white backdrop; caption adapter epoch 3 + reference engine
    case(
        "X768-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The gentleman wears long denim pants.",
            "unsupported",
        ),
        color_of("t-shirt", "black"),
        Q.sleeve_length("short sleeve"),
        wearing("a black t-shirt", who="the man"),
        details("t-shirt", "The T-shirt has a small white logo on the chest and a ribbed neckline."),
        Q.material("cotton"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline and short sleeves. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        title="Nike Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: peach solid round-neck tee, navy blue shorts, white backdrop, front view; caption adapter epoch 3 +
    # reference engine
    case(
        "X768-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "it has a round neckline. The lady wears a pair of shorts.",
            "pronoun",
        ),
        color_of("t-shirt", "pink"),
        color_of("shorts", "navy blue"),
        wearing("A peach T-shirt and navy shorts.", who="he"),
        describe("t-shirt", "The T-shirt is peach with short sleeves."),
        Q.pattern("solid"),
        details(
            "t-shirt",
            "The T-shirt has a round neckline. The T-shirt has a round neckline. The T-shirt has a round neckline. "
            "The T-shirt has",
            "loop",
            hit_limit=True,
        ),
        title="Highlander Men Peach Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: navy blue short-sleeve shirt with a white micro polka-dot print, light blue jeans, white backdrop,
    # front view; caption adapter epoch 3 + reference engine
    case(
        "X768-033",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears long denim pants with pure color patterns."
        ),
        color_of("shirt", "navy blue"),
        color_of("jeans", "light blue"),
        Q.pattern("polka dot"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and it has a polka dot print. It has short sleeves and a lapel collar. "
            "The gentleman wears long denim",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve", "contradiction"),
        wearing("Question: What is the person wearing? Answer: A shirt and jeans.", "leak"),
        title="Tommy Hilfiger Men Navy Blue Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange tee with black raglan sleeves, black track pants, white backdrop, front view; caption
    # adapter epoch 3 + reference engine
    case(
        "X768-034",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "it has a round neckline. The man wears long pants."
        ),
        color_of("t-shirt", "grey"),
        color_of("track pants", "grey", "other_garment_color"),
        details(
            "t-shirt",
            "The T-shirt has raglan sleeves in a contrast color and a round neckline. She is wearing black pants.",
            "pronoun",
        ),
        Q.pattern("color block"),
        describe("t-shirt", "grey", "non_answer"),
        title="Proline Men Grey Melange & Black Raglan Sleeves T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive utility shirt with epaulettes and two flap chest pockets, sleeves rolled up, black jeans, white
    # backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-035",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The pants this gentleman wears is of long length. The pants are with denim "
            "fabric and pure color patterns. This gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        color_of("jeans", "green", "other_garment_color"),
        details(
            "shirt",
            "The shirt has epaulettes on the shoulders and two flap pockets on the chest. The sleeves are rolled up.",
        ),
        Q.garment_type("jacket", "contradiction"),
        wearing("He is wearing an olive utility shirt with black jeans.", who="he"),
        title="Roadster Men Olive Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: plain white round-neck tee under an open olive bomber jacket, blue jeans, white backdrop, front view;
    # caption adapter epoch 3 + reference engine
    case(
        "X768-036",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The man "
            "wears a T-shirt inside. The man wears long denim pants."
        ),
        color_of("t-shirt", "olive", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        color_of("jeans", "blue"),
        wearing("A white T-shirt under an olive bomber jacket and blue jeans.", who="the man"),
        is_a("t-shirt", "yes"),
        describe(
            "t-shirt",
            "Question: Describe the T-shirt. Answer: The T-shirt is white with a round neckline. Question: Describe "
            "the jacket.",
            "leak",
            hit_limit=True,
        ),
        title="Jack & Jones Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon and white checked short-sleeve shirt with a button-down collar and a patch pocket, navy blue
    # shorts, white backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-037",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a pair of shorts."
        ),
        color_of("shirt", "navy blue", "other_garment_color"),
        color_of("shorts", "navy blue"),
        Q.pattern("checked"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. The shirt is with cotton fabric and lattice "
            "patterns. The shirt is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "The shirt has a button-down collar, short sleeves and a patch pocket on the chest."),
        Q.material("knitting", "unsupported"),
        title="U.S. Polo Assn. Men Maroon Checked Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: sea green solid polo tee, grey shorts, white backdrop, front view; caption adapter epoch 3 + reference
    # engine
    case(
        "X768-038",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a lapel neckline. The guy wears a pair of shorts with pure color patterns."
        ),
        color_of("t-shirt", "green"),
        tee_color("The T-shirt is with pure color patterns.", "non_answer"),
        color_of("shorts", "grey"),
        wearing("The man is wearing a polo t-shirt and shorts.", who="the man"),
        Q.garment_type("polo shirt"),
        details(
            "t-shirt",
            "The T-shirt has a lapel neckline and a button placket. It is with cotton fabric and pure color patterns "
            "and the",
            "cut",
            hit_limit=True,
        ),
        title="Nautica Men Sea Green Solid Polo T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: blue-and-white horizontally striped round-neck tee, plain khaki shorts, white backdrop, front view;
    # caption adapter epoch 3 + reference engine
    case(
        "X768-039",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The man wears a pair of shorts. The shorts are with cotton fabric and stripe patterns.",
            "contradiction",
        ),
        color_of("t-shirt", "blue"),
        color_of("shorts", "khaki"),
        Q.pattern("striped"),
        describe("t-shirt", "The T-shirt has horizontal blue and white stripes, a round neckline and short sleeves."),
        wearing(
            "He is wearing a striped T-shirt. Question: What is the color of the shorts? Answer: khaki",
            "leak",
            who="he",
        ),
        title="Roadster Men Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: cream solid long-sleeve shirt seen from the back (yoke and box pleat visible, front not visible),
    # light blue jeans, white backdrop; caption adapter epoch 3 + reference engine
    case(
        "X768-040",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The man "
            "wears long denim pants with pure color patterns. The pants are of long length. The pants are with "
            "denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("jeans", "blue"),
        details("shirt", "The shirt has a lapel collar and a chest pocket with a logo.", "unsupported"),
        Q.sleeve_length("long sleeve"),
        describe("shirt", "shirt", "non_answer"),
        title="Basics Men Cream Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: purple tee with a white anime-character print on the front, black jeans, white backdrop, front view;
    # caption adapter epoch 3 + reference engine
    case(
        "X768-041",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears long denim pants.",
            "pronoun",
        ),
        color_of("t-shirt", "purple"),
        color_of("jeans", "black"),
        Q.pattern("graphic"),
        details(
            "t-shirt",
            "The T-shirt has an anime character print in white on the front and short sleeves. It is made of silk.",
            "unsupported",
        ),
        describe("t-shirt", "Describe the T-shirt. The T-shirt is a T-shirt.", "restated"),
        title="Bewakoof Men Purple Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: red solid round-neck tee, plain black track pants, black sneakers, side pose, white backdrop; caption
    # adapter epoch 3 + reference engine
    case(
        "X768-042",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a pair of shorts with pure color patterns.",
            "contradiction",
        ),
        color_of("t-shirt", "red"),
        color_of("track pants", "red", "other_garment_color"),
        wearing("He is wearing a red t-shirt with black track pants and black sneakers.", who="he"),
        Q.material("cotton"),
        details(
            "track pants",
            "The track pants are with cotton fabric and have white stripes on the sides.",
            "unsupported",
        ),
        title="Puma Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey-and-black checked flannel shirt worn open over a black tee, black jeans, white backdrop, front
    # view; caption adapter epoch 3 + reference engine
    case(
        "X768-043",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The man wears "
            "a T-shirt inside. The pants are of long length. The pants are with denim fabric."
        ),
        color_of("shirt", "grey"),
        color_of("jeans", "black"),
        Q.pattern("solid", "contradiction"),
        describe(
            "shirt",
            "The shirt is with lattice patterns and it is worn open over a black T-shirt. It has long sleeves with "
            "button cuffs.",
        ),
        wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The man wears "
            "a T-shirt inside. The pants are of long",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        title="HIGHLANDER Men Grey & Black Checked Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: dark green solid round-neck tee, navy blue track pants, white backdrop, front view; caption adapter
    # epoch 3 + reference engine
    case(
        "X768-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The gentleman wears long pants with pure color patterns."
        ),
        color_of("t-shirt", "navy blue", "other_garment_color"),
        color_of("track pants", "navy blue"),
        tee_color("The T-shirt is green."),
        Q.sleeve_length("short sleeve"),
        details("t-shirt", "The T-shirt details are the T-shirt and the neckline.", "restated"),
        title="Jockey Men Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: light grey short-sleeve Cuban-collar shirt with a black floral print, black shorts, white backdrop,
    # front view; caption adapter epoch 3 + reference engine
    case(
        "X768-045",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a pair of shorts. The shorts are with cotton fabric and pure color "
            "patterns. The man wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey"),
        color_of("shorts", "black"),
        Q.pattern("floral"),
        describe(
            "shirt",
            "The shirt has a floral print in black and a cuban collar. The shirt has short sleeves and a button "
            "placket.",
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.material("denim", "unsupported"),
        title="Mufti Men Grey Printed Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: mustard yellow solid polo tee, navy blue track pants, the model seated on a grey stool, white
    # backdrop, front view; caption adapter epoch 3 + reference engine
    case(
        "X768-046",
        caption(
            "The man is sitting on a stool. The man wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt is with cotton fabric and it has a lapel neckline. The man wears long pants."
        ),
        color_of("t-shirt", "yellow"),
        color_of("track pants", "yellow", "other_garment_color"),
        wearing(
            "The man is wearing a mustard polo shirt and navy track pants. He is sitting on a grey stool.",
            who="the man",
        ),
        details(
            "t-shirt",
            "The T-shirt has a polo collar and a three-button placket. The T-shirt has a polo collar and a "
            "three-button placket. The",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        title="Red Tape Men Mustard Yellow Solid Polo T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
]
