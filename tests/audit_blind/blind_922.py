"""BLIND_922 (46 products; Myntra men's tops, jeans/chinos, caption ep. 2): written blind in the fifty-seventh session.
Measured blind at e30524e (the session's fifth rules): 110/123 failures found (89.4%) and 7/174 correct texts flagged
(4.0%). The writer's notes, verbatim:

Scenario: a Myntra-like men's topwear feed (article types Tshirts and Shirts; polos are filed under Tshirts as
Myntra does). Every photo is a catalog shot on a white or very light grey studio backdrop, the model wearing the
product with jeans or chinos, sometimes with a belt, a watch, sneakers or loafers; mostly front views, a few side
or back views, one layered look (a checked shirt worn open over a t-shirt).

Who wrote what: every caption and every open answer is free generation by BLIP-2 OPT-2.7b with the caption LoRA
retrained to epoch 2 (between the published epoch-1 and epoch-3 adapters), labels unmasked and no end token, so
many open texts run to the limit (50 new tokens for captions, 30 for answers) and loop or stop mid-phrase; some
still stop on a newline the base kept. It drifts into the DeepFashion template ("The shirt is with cotton fabric
and pure color patterns", "lattice patterns", "There is an accessory on his wrist") and, asked a color, sometimes
answers with a template pattern word instead of a hue. It keeps the base's habits: one color for every garment,
the print's color for the garment's, "woman"/"she" for a man, invented pockets, logos and accessories. Closed
answers (garment type, color, pattern, sleeve length, yes/no garment questions, and the closed color questions)
come from enrich's reference engine ranking candidate values with the same adapter: one clean value each, never a
loop or a cut, but sometimes the wrong value (the jeans' color, the inner t-shirt's type, "yes" to jeans).

Labeling conventions and judgement calls:
- One label per text, the most salient: a text that runs to the limit and repeats itself is a loop; one that repeats
  the `Question: ... Answer:` format is a leak (hit_limit when it ran on); one that stops mid-phrase is a cut. A cut
  or loop text's content before the break is right for the photo, so it carries no second failure.
- other_garment_color: the product garment (the tee, shirt or polo) given the color of another garment in the photo
  (the jeans, the chinos, the inner t-shirt). A white collar tipping on a navy polo does not make "white" right
  when the chinos are white: labeled other_garment_color.
- contradiction: the jeans or chinos given the top's color (one color for two garments); the garment given the
  color of its own print or logo; a closed type, pattern or sleeve value that other texts and the title contradict
  ("jeans" for a denim shirt, "t-shirt" for the shirt worn open over a tee, "yes" to "Is this a pair of jeans?" for
  a t-shirt); a material that the title contradicts (cotton or silk for a shirt titled Linen).
- unsupported: details the photo does not show (pockets, zippers, logos on a plain back, ties, sunglasses, a watch,
  a backpack, a cup of coffee, ripped jeans) and materials neither the title nor the photo supports (silk, chiffon,
  denim for a pique polo).
- non_answer: an empty answer, a one-word answer to an open question ("t-shirt", "yellow", "yes"), "it is a
  t-shirt", and a template pattern word given for a color question ("pure color", "solid color patterns").
- restated: the question's own words back ("shirt details", "describe the polo shirt", "the shirt is a shirt",
  "the person is wearing").
- pronoun: she/her/woman for a product whose gender is Men.
- Seller colors judged leniently by color family: Cream and Off White answered "white" or "cream", Navy Blue
  "blue", Grey Melange and Charcoal "grey", Maroon "red", Teal "blue" or "green" (its title says Green), Lime Green
  "green". A "Brown" shirt that the photo shows maroon, answered "maroon", is a correct answer (the seller is wrong).
- Generic but true answers ("a shirt and pants") count as correct; so do template sentences that are true for the
  photo ("lapel neckline" for a shirt or polo collar, "lattice patterns" for checks).
- Two rows lack a column as real feeds do: X922-035 has no gender, X922-043 no category; X922-026 has no color.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_922 = [
    # photo: navy blue crew-neck tee, light blue faded jeans, white sneakers, white backdrop, front view, no watch;
    # caption adapter epoch 2 wrote the caption and open answers, the reference engine the closed ones
    case(
        "X922-001",
        caption(
            "a man wearing a navy blue t-shirt and light blue jeans. His t-shirt has short sleeves, cotton fabric "
            "and pure color patterns."
        ),
        wearing("a navy blue t-shirt and jeans"),
        color_of("t-shirt", "navy blue"),
        color_of("jeans", "blue"),
        describe("t-shirt", "a light blue t-shirt with short sleeves and a crew neck", "other_garment_color"),
        details(
            "t-shirt",
            "The t-shirt has a crew neckline and short sleeves. There is an accessory on his wrist.",
            "unsupported",
        ),
        BQ.pattern("solid"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black crew-neck tee with a large white "HRX" graphic on the chest, charcoal grey jeans, white backdrop,
    # front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-002",
        caption("a man wearing a black t-shirt with a white graphic print and grey jeans"),
        color_of("t-shirt", "black"),
        color_of("jeans", "solid color patterns", "non_answer", kind="open"),
        describe(
            "t-shirt",
            "The t-shirt has graphic patterns on the chest, the t-shirt has graphic patterns on the "
            "chest, the t-shirt has graphic patterns on the",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("graphic"),
        BQ.material("The t-shirt is with cotton fabric."),
        wearing(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange pique polo with a small navy embroidered logo on the left chest, two-button placket,
    # beige chinos, brown belt, white backdrop, front view; caption adapter epoch 2 (caption, open), reference (closed)
    case(
        "X922-003",
        caption("a man wearing a grey polo shirt and khaki pants"),
        color_of("polo shirt", "beige", "other_garment_color"),
        BQ.garment_type("polo shirt"),
        wearing("a grey polo shirt with a small logo on the chest and beige chinos"),
        details(
            "polo shirt",
            "The polo shirt has a collar and two buttons on the placket, a small logo on the left "
            "chest and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        BQ.material("The polo shirt is with denim fabric.", "unsupported"),
        title="U.S. Polo Assn. Men Solid Grey Melange Polo Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: cream long-sleeve shirt with thin brown vertical stripes, tucked into navy chinos, brown belt, white
    # backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-004",
        caption(
            "The man is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants the man wears is of long length. The pants are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("pants", "white", "contradiction", kind="open"),
        BQ.pattern("striped"),
        describe("shirt", "a cream shirt with thin brown stripes, long sleeves and a collar, tucked into the pants"),
        BQ.sleeve_length("long"),
        wearing("She is wearing a striped shirt and navy pants.", "pronoun"),
        title="Peter England Men Stripes Cream Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: white shirt with large black and grey checks, sleeves rolled to the elbow, light blue jeans, a steel
    # watch on the left wrist, white backdrop, front view; caption adapter epoch 2 (caption, open), reference (closed)
    case(
        "X922-005",
        caption("a man wearing a black and white checkered shirt and blue jeans"),
        color_of("shirt", "blue", "other_garment_color"),
        BQ.pattern("checked"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        wearing("a checkered shirt, blue jeans and a watch"),
        BQ.garment_type("shirt"),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: red and navy check flannel-look shirt, long sleeves down, one chest pocket, dark indigo jeans, right hand
    # in the pocket, white backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-006",
        caption("a man in a red plaid shirt and dark blue jeans standing with his hand in his pocket"),
        color_of("shirt", "red"),
        color_of("jeans", "red", "contradiction", kind="open"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: The shirt is red and blue plaid. Question: Describe "
            "the jeans. Answer: The jeans are",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "The shirt has two chest pockets with flaps and the sleeves are rolled up", "unsupported"),
        BQ.material("The shirt is with cotton fabric."),
        BQ.sleeve_length("long"),
        title="Levis Men Work Western Red Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: royal blue Nike Dri-FIT polo with a white swoosh on the chest, no pocket, grey chinos, white backdrop,
    # three-quarter side view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-007",
        caption("a man wearing a blue polo shirt with a nike logo and grey pants"),
        wearing("a blue polo shirt and grey pants", who="the man"),
        color_of("polo shirt", "grey", "other_garment_color"),
        details(
            "polo shirt",
            "The polo shirt has a collar, a three-button placket, a chest pocket and a logo on the chest.",
            "unsupported",
        ),
        BQ.material("polyester"),
        is_a("polo shirt", "yes"),
        title="Nike Men Dri-FIT Blue Polo Tshirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green solid polo, short sleeves, black slim jeans, white backdrop, front view; caption adapter
    # epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-008",
        caption(
            "a man wearing an olive green polo shirt and black jeans. The polo shirt has short sleeves, cotton "
            "fabric and pure color patterns. It has a lapel neckline. The jeans are of long length and",
            "cut",
            hit_limit=True,
        ),
        color_of("polo shirt", "olive"),
        color_of("jeans", "black"),
        wearing("a green shirt and black pants"),
        describe("polo shirt", "The polo shirt is black with short sleeves and a collar.", "other_garment_color"),
        BQ.pattern("solid"),
        title="Mast & Harbour Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon crew-neck tee with a white skull graphic, mid-blue jeans ripped at both knees, white backdrop,
    # front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-009",
        caption("a man wearing a maroon t-shirt with a skull print and ripped jeans"),
        color_of("t-shirt", "red"),
        details("t-shirt", "The t-shirt has a skull print on the front and the jeans are ripped at the knees"),
        describe("t-shirt", "t-shirt", "non_answer"),
        wearing(
            "a maroon t-shirt with a skull on it, ripped jeans, ripped jeans, ripped jeans, ripped jeans, ripped "
            "jeans, ripped",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("short"),
        title="WROGN Men Maroon Printed Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light pink shirt with thin white stripes, one chest pocket, long sleeves, tucked into grey chinos, white
    # backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-010",
        caption("a man wearing a pink striped shirt and grey pants"),
        color_of("shirt", "grey", "other_garment_color"),
        color_of("pants", "grey"),
        BQ.pattern("striped"),
        describe("shirt", "The shirt is a pink striped shirt with long sleeves and a pocket on the chest."),
        details(
            "shirt",
            "the sleeves, the collar, the cuffs, the buttons, the sleeves, the collar, the cuffs, the "
            "buttons, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        BQ.material("The shirt is with silk fabric.", "unsupported"),
        wearing(
            "Question: What is the man wearing? Answer: a pink shirt and grey pants Question: What is the color "
            "of the shirt? Answer: pink Question",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        title="Van Heusen Men Pink Striped Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: lavender solid shirt, long sleeves with buttoned cuffs, one chest pocket, navy chinos, brown belt, white
    # backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-011",
        caption("a man wearing a purple shirt and blue pants"),
        color_of("shirt", "purple"),
        wearing("he is wearing a light purple shirt and navy pants", who="he"),
        color_of("pants", "purple", "contradiction", kind="open"),
        details("shirt", "What are the shirt details?", "restated"),
        describe(
            "shirt",
            "The shirt is a light purple formal shirt with long sleeves and buttoned cuffs, it has a "
            "classic collar and a single pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        BQ.garment_type("shirt"),
        title="Arrow Men Lavender Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: black crew-neck tee with a yellow and red "FM 1980" print, stone-washed blue jeans, white backdrop,
    # front view, no hat; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-012",
        caption("a man wearing a black t-shirt with yellow and red print and blue jeans"),
        color_of("t-shirt", "yellow", "contradiction"),
        BQ.pattern("printed"),
        details(
            "t-shirt",
            "The t-shirt has a graphic print in the front with letters and numbers. There is a hat on his head.",
            "unsupported",
        ),
        wearing("a black t-shirt and jeans"),
        color_of("jeans", "blue"),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red Ferrari polo (Ferrari shield and Puma cat on the chest), short sleeves, black jeans, white
    # backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-013",
        caption("a woman in a red polo shirt and black pants", "pronoun"),
        color_of("polo shirt", "red"),
        describe(
            "polo shirt",
            "Question: Describe the polo shirt. Answer: Question: Describe the polo shirt. Answer: "
            "Question: Describe the polo shirt.",
            "leak",
            hit_limit=True,
        ),
        BQ.garment_type("polo shirt"),
        details("polo shirt", "The polo shirt has short sleeves, a ferrari logo on the chest and a button placket"),
        BQ.sleeve_length("long", "contradiction"),
        title="Puma Men Ferrari Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: plain mid-grey crew-neck tee, dark blue jeans, white sneakers, full-length shot, white backdrop; caption
    # adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-014",
        caption("a man wearing a grey t-shirt and dark blue jeans"),
        color_of("t-shirt", "grey"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        wearing("grey t-shirt, jeans and white sneakers"),
        describe(
            "t-shirt",
            "The t-shirt is with cotton fabric and pure color patterns. It has a crew neckline. The "
            "t-shirt is with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        title="Proline Men Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: blue and white gingham shirt, long sleeves rolled up, khaki chinos, brown loafers, white backdrop,
    # front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-015",
        caption("a man wearing a blue and white checked shirt and khaki pants, his sleeves are rolled up"),
        color_of("shirt", "blue"),
        color_of("pants", "beige"),
        describe(
            "shirt",
            "The shirt has lattice patterns. The shirt is with cotton fabric. It has a lapel neckline. "
            "The sleeves are long and the",
            "cut",
            hit_limit=True,
        ),
        wearing("the man is wearing a shirt and pants"),
        BQ.material("The shirt is with linen fabric.", "unsupported"),
        title="Allen Solly Men Blue Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mid-blue denim shirt with two flap chest pockets and metal buttons, black jeans, white backdrop, front
    # view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-016",
        caption("a man wearing a denim shirt and black jeans"),
        BQ.material("denim"),
        color_of("shirt", "black", "other_garment_color"),
        details("shirt", "The shirt has two flap pockets on the chest, metal buttons and long sleeves"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        BQ.garment_type("jeans", "contradiction"),
        title="Jack & Jones Men Blue Slim Fit Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard yellow long-sleeve henley tee with a three-button placket, dark blue jeans, white backdrop,
    # front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-017",
        caption("a man wearing a yellow henley shirt and blue jeans"),
        color_of("t-shirt", "yellow"),
        BQ.color("blue", "other_garment_color"),
        BQ.sleeve_length("long"),
        describe("t-shirt", "a yellow long sleeve shirt with buttons"),
        details("t-shirt", "The t-shirt has a v-neck and a zipper on the front", "unsupported"),
        wearing(
            "The man is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The pants the man wears is of",
            "cut",
            hit_limit=True,
        ),
        title="Locomotive Men Mustard Henley T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy polo with white tipping on the collar and sleeve hems, small flag logo, white chinos, no
    # sunglasses, white backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-018",
        caption("a man wearing a navy blue polo shirt and white pants"),
        color_of("polo shirt", "white", "other_garment_color"),
        color_of("pants", "white"),
        details(
            "polo shirt",
            "the polo shirt has a white stripe on the collar and the sleeves and a small logo on the chest",
        ),
        wearing("navy polo shirt, white pants, and a pair of sunglasses", "unsupported"),
        describe("polo shirt", "yes", "non_answer"),
        is_a("polo shirt", "yes"),
        title="Tommy Hilfiger Men Navy Polo Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: solid shirt the photo shows dark maroon (seller says Brown), long sleeves, light khaki chinos, no
    # watch, white backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-019",
        caption("a man wearing a maroon shirt and beige pants"),
        color_of("shirt", "maroon"),
        color_of("pants", "khaki", kind="open"),
        describe(
            "shirt",
            "The shirt is maroon with long sleeves, a collar and buttons down the front. The shirt is "
            "maroon with long sleeves, a collar and buttons",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        wearing("maroon shirt and khaki chinos"),
        details("shirt", "There is an accessory on his wrist. The shirt has long sleeves.", "unsupported"),
        title="Basics Men Brown Slim Fit Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: olive linen shirt with a mandarin collar and a chest pocket, long sleeves, white chinos, white
    # backdrop, slight side view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-020",
        caption("a man in an olive green shirt and white pants"),
        BQ.material("The shirt is with cotton fabric.", "contradiction"),
        color_of("shirt", "green"),
        color_of("pants", "green", "contradiction", kind="open"),
        details("shirt", "The shirt has a mandarin collar, long sleeves and a chest pocket"),
        BQ.garment_type("shirt"),
        title="Indian Terrain Men Olive Linen Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white solid shirt, sleeves rolled, light blue jeans, white sneakers, no accessories, white backdrop,
    # front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-021",
        caption(
            "a man wearing a white shirt and blue jeans. The shirt is with cotton fabric and pure color patterns. "
            "It has a lapel neckline. The jeans are with denim fabric and pure color patterns. The man wears a "
            "pair of white",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("jeans", "white", "contradiction", kind="open"),
        wearing("he is wearing a white shirt and blue jeans", who="he"),
        describe("shirt", "Answer: a white shirt with long sleeves and a collar", "leak"),
        BQ.sleeve_length("long"),
        title="Highlander Men White Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black crew-neck Dri-FIT tee with a small white swoosh on the chest, grey chinos, white backdrop,
    # front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-022",
        caption("a man wearing a black nike t-shirt and grey pants"),
        color_of("t-shirt", "grey", "other_garment_color"),
        wearing("a black t-shirt with a nike logo and grey pants"),
        BQ.material("polyester"),
        details("t-shirt", "The t-shirt has a small nike logo on the chest and a round neckline"),
        describe("t-shirt", "it is a t-shirt", "non_answer"),
        title="Nike Men Black Legend Dri-FIT T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: beige tee with a small brown floral print all over, short sleeves, blue jeans, no belt, watch or bag,
    # white backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-023",
        caption("a man wearing a beige t-shirt with a floral print and blue jeans"),
        color_of("t-shirt", "blue", "other_garment_color"),
        BQ.pattern("floral"),
        details("t-shirt", "The t-shirt has floral patterns all over it and short sleeves."),
        wearing("a t-shirt with a floral pattern and blue jeans and a belt and a watch and a bag", "unsupported"),
        is_a("shirt", "no"),
        title="United Colors of Benetton Men Printed Beige TShirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: polo with narrow blue and white horizontal stripes, navy chinos, white backdrop, front view; caption
    # adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-024",
        caption("a man in a blue and white striped polo shirt and navy pants"),
        color_of("polo shirt", "blue"),
        BQ.pattern("solid", "contradiction"),
        describe(
            "polo shirt",
            "The polo shirt has stripe patterns. The polo shirt has stripe patterns. The polo "
            "shirt has stripe patterns. The polo shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a striped polo shirt and pants"),
        BQ.garment_type("polo shirt"),
        title="Classic Polo Men Narrow Stripes Blue Tshirts",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: sky blue solid formal shirt with one chest pocket, tucked into beige chinos, brown belt, steel watch,
    # no tie, white backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-025",
        caption("a man wearing a light blue shirt and khaki pants with a brown belt"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "contradiction", kind="open"),
        details(
            "shirt", "The shirt has long sleeves, a collar, buttons and a pocket. There is an accessory on his wrist."
        ),
        wearing("he is wearing a blue shirt, khaki pants and a tie", "unsupported", who="he"),
        BQ.material("cotton"),
        title="Raymond Men Sky Blue Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: bright yellow tee with a navy "BEING HUMAN" text print, light blue jeans, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed); the feed row has no color column
    case(
        "X922-026",
        caption("a man wearing a yellow t-shirt with being human written on it and blue jeans"),
        color_of("t-shirt", "navy blue", "contradiction"),
        wearing("She is wearing a yellow t-shirt and jeans.", "pronoun"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: The t-shirt has a print. Question: What "
            "are the jeans details? Answer:",
            "leak",
            hit_limit=True,
        ),
        BQ.pattern("printed"),
        BQ.sleeve_length("short"),
        title="Being Human Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: grey denim western shirt with two flap pockets and snap buttons, sleeves rolled up, black jeans, white
    # backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-027",
        caption("a man wearing a grey denim shirt and black jeans"),
        color_of("shirt", "grey"),
        BQ.material("denim"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe(
            "shirt",
            "The shirt is a grey denim shirt with long sleeves and two pockets on the chest. It has "
            "snap buttons and the sleeves are rolled up to the",
            "cut",
            hit_limit=True,
        ),
        wearing("a black denim shirt and black jeans", "other_garment_color"),
        BQ.garment_type("shirt"),
        title="Levis Men Denim Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: purple and white check shirt, long sleeves, navy jeans, white backdrop, front view; caption adapter
    # epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-028",
        caption(
            "a man wearing a purple checkered shirt and jeans. His shirt has long sleeves, cotton fabric and "
            "lattice patterns. It has a lapel neckline. His pants are of long length and denim fabric. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color"),
        BQ.pattern("checked"),
        wearing("a purple plaid shirt and dark jeans"),
        details("shirt", "shirt details", "restated"),
        color_of("jeans", "The jeans are with pure color patterns.", "non_answer", kind="open"),
        title="United Colors of Benetton Men Check Purple Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: charcoal crew-neck tee with a faded white tiger print on the chest, blue jeans, white backdrop, front
    # view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-029",
        caption("a man wearing a dark grey t-shirt with a tiger on it and blue jeans"),
        color_of("t-shirt", "grey"),
        describe("t-shirt", "The t-shirt is white with a tiger print on the front.", "contradiction"),
        details("t-shirt", "The t-shirt has a tiger print on the chest, short sleeves and a round neck."),
        wearing(
            "a man wearing a t-shirt with a tiger on it, a t-shirt with a tiger on it, a t-shirt with a tiger on "
            "it, a t",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("graphic"),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: teal crew-neck tee with a cartoon Mr. Nonsense print, grey chinos, empty hands, white backdrop, front
    # view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-030",
        caption("a man wearing a green t-shirt with a cartoon character on it and grey pants"),
        color_of("t-shirt", "green"),
        BQ.pattern("graphic"),
        details(
            "t-shirt", "The t-shirt has a cartoon print on the front, and he is holding a cup of coffee", "unsupported"
        ),
        color_of("pants", "green", "contradiction", kind="open"),
        describe("t-shirt", "a grey t-shirt with a cartoon on it", "other_garment_color"),
        title="Mr. Men Men Nonsense Green Tshirts",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: black solid polo seen from the back (plain back, no logo or print), beige chinos, white backdrop; caption
    # adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-031",
        caption("the back of a man wearing a black polo shirt and khaki pants"),
        color_of("polo shirt", "black"),
        color_of("pants", "black", "contradiction", kind="open"),
        details("polo shirt", "The polo shirt has a puma logo on the back", "unsupported"),
        describe(
            "polo shirt",
            "The polo shirt is black, it has short sleeves and a ribbed collar, the back of the "
            "shirt is plain and there is no print on the back, the",
            "cut",
            hit_limit=True,
        ),
        wearing("a black shirt and beige pants"),
        BQ.sleeve_length("short"),
        title="Puma Men Solid Black Polo T-Shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: layered look: red and black buffalo-check shirt worn open over a black crew-neck tee, blue jeans, white
    # backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-032",
        caption("a man wearing a red and black plaid shirt over a black t-shirt and blue jeans"),
        color_of("shirt", "red"),
        wearing("a plaid shirt over a black t-shirt and jeans"),
        BQ.garment_type("t-shirt", "contradiction"),
        describe("shirt", "The shirt is open and has red and black checks. It has long sleeves and a collar."),
        color_of("jeans", "black", "contradiction", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. The shirt is with cotton fabric and "
            "lattice patterns. The shirt is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy crew-neck tee with an all-over white palm-leaf print, beige chinos, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-033",
        caption("a man wearing a blue t-shirt with white leaves on it and beige pants"),
        color_of("t-shirt", "beige", "other_garment_color"),
        BQ.pattern("printed"),
        describe("t-shirt", "The t-shirt has a tropical leaf print all over it and short sleeves"),
        wearing("he is wearing a blue t-shirt and beige pants.", who="he"),
        BQ.material("The t-shirt is with chiffon fabric.", "unsupported"),
        details("t-shirt", "Question: What are the t-shirt details? Answer: leaves", "leak"),
        title="Moda Rapido Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: brown crew-neck tee with a cream bicycle print and small white text below it, light blue jeans, no bag,
    # white backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-034",
        caption("a man wearing a brown t-shirt with a bicycle printed on it"),
        color_of("t-shirt", "brown"),
        wearing("a brown t-shirt with a bicycle on it and jeans and a backpack", "unsupported"),
        details(
            "t-shirt",
            "The t-shirt has a print of a bicycle on the front with some text written below it in "
            "white letters and the sleeves have a",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("graphic"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Tantra Men Printed Brown T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: navy shirt with thin white pinstripes, button-down collar, one chest pocket, beige chinos, both hands in
    # the pockets, no blazer, white backdrop, front view; caption adapter epoch 2 (caption, open), reference
    # (closed); the feed row has no gender column
    case(
        "X922-035",
        caption("a man in a navy striped shirt and beige chinos, with his hands in his pockets"),
        color_of("shirt", "navy blue"),
        color_of("pants", "navy blue", "contradiction", kind="open"),
        BQ.pattern("striped"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details("shirt", "The shirt has a button-down collar, a pocket on the left chest and long sleeves."),
        wearing("a navy striped shirt, beige chinos and a blazer", "unsupported"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
    ),
    # photo: white crew-neck tee with a red "NO BAD DAYS" typographic print, no pocket, black jeans, white backdrop,
    # front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-036",
        caption("a man wearing a white t-shirt that says no bad days and black jeans"),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("jeans", "black"),
        wearing("a white t-shirt with red text and black jeans"),
        details(
            "t-shirt",
            "The t-shirt has graphic patterns. The t-shirt is with cotton fabric. It has a crew "
            "neckline. The pants the man wears is of long",
            "cut",
            hit_limit=True,
        ),
        describe("t-shirt", "a white t-shirt with a red print, a chest pocket and short sleeves", "unsupported"),
        BQ.sleeve_length("short"),
        title="Huetrap Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: lime green pique polo with a small crocodile logo, two-button placket, light grey jeans, white
    # backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-037",
        caption("a man in a bright green polo shirt and grey jeans"),
        color_of("polo shirt", "yellow", "contradiction"),
        details("polo shirt", "The polo shirt has a crocodile logo on the chest and two buttons"),
        wearing(
            "a green polo shirt and light grey jeans. He is wearing a green polo shirt and light grey jeans. He "
            "is wearing a green",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("polo shirt"),
        BQ.material("The polo shirt is made of cotton pique."),
        title="Lacoste Men Lime Green Polo Tshirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: pink solid shirt with a small embroidered horse logo on the chest, long sleeves, untucked, navy jeans,
    # white backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-038",
        caption("a man wearing a pink shirt and blue jeans"),
        color_of("shirt", "pink"),
        BQ.color("blue", "other_garment_color"),
        wearing("a pink shirt and jeans"),
        color_of("jeans", "blue"),
        describe("shirt", "a shirt with a logo"),
        details("shirt", "her shirt has long sleeves and a small logo on the chest", "pronoun"),
        BQ.pattern("solid"),
        title="U.S. Polo Assn. Men Solid Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: charcoal grey solid shirt, no pocket, long sleeves, light blue jeans, steel watch on the left wrist,
    # white backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-039",
        caption("a man wearing a dark grey shirt and light blue jeans with a watch on his wrist"),
        color_of("shirt", "grey"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        details(
            "shirt",
            "The shirt has long sleeves, a collar, buttons and a chest pocket with a flap and a logo",
            "unsupported",
        ),
        wearing("", "non_answer"),
        BQ.sleeve_length("long"),
        title="Jack & Jones Men Charcoal Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: yellow crew-neck tee with a black Puma cat logo on the chest, black jeans, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-040",
        caption("a man wearing a yellow puma t-shirt and black jeans"),
        color_of("t-shirt", "yellow"),
        describe("t-shirt", "yellow", "non_answer"),
        wearing("she is wearing a yellow t-shirt with a puma logo and black jeans", "pronoun"),
        BQ.sleeve_length("short"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: puma logo Question: What are the jeans "
            "details? Answer: black jeans Question",
            "leak",
            hit_limit=True,
        ),
        title="Puma Men Spine Tee Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy short-sleeve shirt with small white polka dots, beige chinos, white backdrop, front view; caption
    # adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-041",
        caption("a man wearing a navy blue shirt with white polka dots and beige pants"),
        BQ.pattern("polka dot"),
        BQ.sleeve_length("short"),
        color_of("shirt", "beige", "other_garment_color"),
        describe(
            "shirt",
            "The shirt is a short sleeve shirt with a pattern of small white dots and a collar. The "
            "shirt is a short sleeve shirt with a pattern of small",
            "loop",
            hit_limit=True,
        ),
        wearing("a shirt and pants"),
        title="Highlander Men Navy Blue & White Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: teal solid polo, blue jeans (not ripped), white sneakers, white backdrop, front view; caption adapter
    # epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-042",
        caption("a man in a teal polo shirt and blue jeans"),
        color_of("polo shirt", "blue"),
        wearing(
            "The man is wearing a short-sleeve shirt with pure color patterns. The pants the man wears is of "
            "long length."
        ),
        details("polo shirt", "The polo shirt has a collar and buttons. The jeans are ripped.", "unsupported"),
        color_of("jeans", "teal", "contradiction", kind="open"),
        describe("polo shirt", "describe the polo shirt", "restated"),
        BQ.material("The polo shirt is with cotton fabric."),
        title="Celio Men Teal Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: beige solid shirt, button-down collar, buttoned cuffs, dark blue jeans, empty hands, white backdrop,
    # front view; caption adapter epoch 2 (caption, open), reference engine (closed); the feed row has no category
    case(
        "X922-043",
        caption("a man wearing a beige shirt and dark blue jeans holding a cup of coffee", "unsupported"),
        color_of("shirt", "white", "contradiction"),
        BQ.garment_type("shirt"),
        details("shirt", "The shirt has a button down collar and long sleeves with buttoned cuffs"),
        wearing("he is wearing a beige shirt with jeans", who="he"),
        describe("shirt", "Question: Describe the shirt. Answer: The shirt is beige.", "leak"),
        title="Basics Men Beige Slim Fit Shirt",
        color="Beige",
        gender="Men",
    ),
    # photo: navy crew-neck tee with a large white Adidas trefoil on the chest, black jeans, white backdrop, side
    # view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-044",
        caption("a man wearing a blue adidas t-shirt and jeans"),
        color_of("t-shirt", "black", "other_garment_color"),
        details("t-shirt", "The t-shirt has a big white adidas logo on the chest and short sleeves"),
        wearing("the person is wearing", "restated"),
        color_of("jeans", "pure color", "non_answer", kind="open"),
        BQ.pattern("graphic"),
        BQ.material(
            "The t-shirt is with cotton fabric and graphic patterns. The t-shirt is with cotton fabric and "
            "graphic patterns. The t-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Adidas Men Navy Blue Printed T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white linen shirt with a mandarin collar and one chest pocket, navy chinos, brown loafers, watch on
    # the left wrist, white backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-045",
        caption("a man wearing a white shirt and navy blue pants"),
        BQ.material("linen"),
        color_of("shirt", "cream"),
        color_of("pants", "white", "contradiction", kind="open"),
        wearing(
            "a white shirt and blue pants and brown leather shoes. he is also wearing a watch on his left wrist "
            "and a pair of",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt", "The shirt has a mandarin collar, long sleeves and a pocket, it is made of silk", "contradiction"
        ),
        title="Peter England Men Off White Solid Linen Shirt",
        category="Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: black solid shirt, long sleeves, beige chinos, tan boots, no watch, white backdrop, front view; caption
    # adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X922-046",
        caption(
            "a man in a black shirt and beige chinos. The shirt has long sleeves, cotton fabric and pure color "
            "patterns. It has a lapel neckline. The man wears a watch",
            "unsupported",
        ),
        color_of("shirt", "black"),
        color_of("pants", "beige"),
        BQ.color("beige", "other_garment_color"),
        describe("shirt", "a black shirt with long sleeves and a collar"),
        wearing("a woman wearing a black shirt and khaki pants", "pronoun"),
        BQ.sleeve_length("long"),
        title="WROGN Men Black Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
]
