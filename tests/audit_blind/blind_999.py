"""BLIND_999 (46 products; Myntra men's casual tops, base BLIP-2 zero-shot): written blind in the fifty-eighth session.
Measured blind at 6094d3e (the session's fourth rules): 138/153 failures found (90.2%) and 11/205 correct texts flagged
(5.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's casual wear (article types Shirts and Tshirts, polos filed under Tshirts with
"Polo" in the title), catalog photos at 224x224 on a white or light grey studio backdrop, nearly all worn by a male
model who also wears trousers, jeans, chinos or shorts, sometimes a jacket, a blazer or an undershirt; two shots are
ghost-mannequin or folded flat lays with no person. Every product was run through enrich's default attribute
questionnaire (wearing, garment_type, color, pattern, sleeve_length, description, details, material); a few
products lack some answers because the night's run dropped them, and some rows lack a catalog column.

Who wrote what: everything is the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. The closed questions
(garment_type, color, pattern, sleeve_length) come from enrich's --engine reference, which picks one candidate, so
they are always a single clean value, right or wrong. The caption (50 new tokens) and the open answers (30 new tokens)
are free greedy generation. The base model mostly writes short lowercase answers and stops on its own; its usual
failures are one color spread over the whole outfit (the trousers' or the undershirt's color given to the product),
invented details (pockets, zips, logos, fabrics), one-word answers to open questions, echoing the question, "she"
for a male model, and continuing the few-shot "Question: ... Answer:" format. Loops and token-limit cuts are rarer
than with the fine-tuned adapters, but greedy decoding still loops or runs long on some details and descriptions.

Labeling conventions and judgement calls:
- A closed color that is another worn garment's color, a print's color or the backdrop's is labeled contradiction
  (closed answers are not "open answers" in the other_garment_color sense); an open answer that gives the product
  the trousers', undershirt's, jacket's or belt's color is other_garment_color.
- Color words are judged against the photo by color family: "red" or "maroon" for maroon or burgundy, "pink" for
  peach, "blue" for navy or teal, "grey" for charcoal or grey melange, "white" for cream, "purple" for mauve or
  lavender count as correct. Where the seller's color is itself wrong for the photo (X999-038, sold as Brown, looks
  maroon), a text that names what the photo shows is correct.
- A wrong garment type (jacket for an overshirt, t-shirt for the undershirt of a layered shot) is contradiction,
  whether closed or in the caption or an open answer.
- A wrong closed pattern or sleeve length is contradiction; I only used one where another text or the title states
  the right value.
- "cotton" as the material of a woven shirt or knit tee whose title names no fabric is counted correct (it is what
  the photo supports); a fabric that the title or the photo rules out (denim for linen, silk, leather, wool for a
  plain tee) is unsupported.
- A one-word or yes/no answer to wearing, description or details is non_answer, even when the word is right; a
  one-word material answer ("cotton", "linen") is a real answer. An empty answer is non_answer.
- restated: the answer is the question's own words back ("the details of the garment", "the material is the
  material of the garment", "the garment is made of"), with no attribute in it.
- pronoun: "she"/"her", or "a woman" in a caption, for the male model.
- leak: the answer goes on into a new "Question: ... Answer:" turn; labeled leak even when the part before the leak
  is right. A leak that ran to 30 tokens also has hit_limit.
- A loop or a cut always has hit_limit; a loop is labeled loop even if it also drifts into an invented detail.
- One label per text: the most salient failure.
- A caption is judged like an open answer: a prop that is not in the photo (a cup of coffee) is unsupported, a
  caption that calls the product a jacket or gives it the trousers' color is contradiction, a caption that repeats
  its phrase to the 50-token limit is loop.
- A closed color that picks one color of a two-color print (green for a white polo with green stripes) is
  contradiction when the seller and the caption name the ground color; a closed "striped" for a colour-block polo is
  contradiction even though the details call the chest panel a stripe.
- On a pack of two (X999-041) a closed color giving one of the pack's colors is correct; an answer describing one
  t-shirt as the whole product is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

C, OG, U, NA, R, L, LK, CUT, P = (
    "contradiction",
    "other_garment_color",
    "unsupported",
    "non_answer",
    "restated",
    "loop",
    "leak",
    "cut",
    "pronoun",
)

BLIND_999 = [
    # photo: navy blue pique polo, white tipping on the collar, small embroidered logo on the chest, light grey chinos,
    # white backdrop, front view. All texts by base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X999-001",
        caption("a man wearing a navy blue polo shirt and grey pants"),
        Q.wearing("a blue polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("blue"),
        Q.pattern("striped", C),
        Q.sleeve_length("short"),
        Q.description("the shirt is grey", OG),
        Q.details("the shirt has a logo on the chest and a pocket on the sleeve", U),
        title="U.S. Polo Assn. Men Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange crew-neck tee with a black line print of mountains and pine trees on the chest, blue jeans,
    # white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-002",
        caption("a man wearing a grey t-shirt with a picture of mountains on it"),
        Q.wearing("a grey t-shirt and blue jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue", C),
        Q.pattern("printed"),
        Q.description("the t-shirt is grey with a black print of mountains and trees"),
        Q.details("the t-shirt has a pocket on the left side", U),
        Q.material("it is made of the material of the t-shirt", R),
        title="Roadster Men Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white linen shirt, long sleeves rolled to the elbow, button-down collar, khaki chinos, white backdrop,
    # front view. Base BLIP-2 zero-shot.
    case(
        "X999-003",
        caption("a man in a white shirt and khaki pants standing in front of a white wall"),
        Q.wearing("he is wearing a white shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.sleeve_length("short", C),
        Q.description("shirt", NA),
        Q.details("the shirt has a button down collar and the sleeves are rolled up"),
        Q.material("denim", U),
        title="Mast & Harbour Men White Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: red and black buffalo-check flannel shirt worn open over a black crew tee, black jeans, white backdrop,
    # front view. Base BLIP-2 zero-shot.
    case(
        "X999-004",
        caption("a man wearing a red and black plaid shirt over a black t-shirt"),
        Q.wearing("a plaid shirt and black jeans"),
        Q.garment_type("jacket", C),
        Q.color("red"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        Q.details("the shirt has a hood and a zipper", U),
        Q.material("flannel"),
        title="HERE&NOW Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive green solid round-neck tee, black knit shorts, white sneakers, white backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X999-005",
        caption("a man in a green t-shirt and black shorts"),
        Q.wearing("she is wearing a green t-shirt and black shorts", P),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the t-shirt is black", OG),
        Q.details("the details of the garment are the details of the t-shirt", R),
        Q.material("polyester Question: What is the brand of the t-shirt? Answer: hrx", LK),
        title="HRX by Hrithik Roshan Men Olive Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, two flap chest pockets, metal snap buttons, long sleeves, white chinos, white
    # backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-006",
        caption("a man wearing a denim shirt and white pants holding a cup of coffee", U),
        Q.wearing("a denim shirt"),
        Q.garment_type("jacket", C),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("the shirt is white with two pockets on the front", OG),
        Q.details("two flap pockets on the chest and metal buttons"),
        Q.material("denim Question: What is the color of the pants? Answer: white", LK),
        title="Roadster Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon polo, two-button placket, short sleeves, mid-blue jeans, white backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X999-007",
        caption("a man wearing a maroon polo shirt and blue jeans"),
        Q.wearing("a blue shirt and blue jeans", OG),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        Q.sleeve_length("long", C),
        Q.description(
            "the polo shirt is maroon with a collar and two buttons. Question: What are the details of the garment?"
            " Answer: the",
            LK,
            hit_limit=True,
        ),
        Q.details("the shirt has a collar, two buttons and short sleeves"),
        Q.material("the garment is made of the material", R),
        title="Jack & Jones Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black crew tee with a white varsity-letter print "BROOKLYN NYC 1986" on the chest, grey joggers, white
    # backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-008",
        caption("a man wearing a black t-shirt that says brooklyn"),
        Q.wearing("a grey t-shirt and grey sweatpants", OG),
        Q.garment_type("t-shirt"),
        Q.color("grey", C),
        Q.pattern("printed"),
        Q.description("a black t-shirt with the words brooklyn nyc on it"),
        Q.details(
            "the text on the t-shirt says brooklyn nyc 1986 and the t-shirt says brooklyn nyc 1986 and the t-shirt"
            " says brooklyn nyc",
            L,
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Roadster Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: pink oxford shirt, button-down collar, one chest pocket, long sleeves, navy chinos, white backdrop,
    # front view. Base BLIP-2 zero-shot.
    case(
        "X999-009",
        caption("a man in a pink shirt and blue pants"),
        Q.wearing("she is wearing a pink shirt and blue pants", P),
        Q.garment_type("shirt"),
        Q.color("blue", C),
        Q.sleeve_length("long"),
        Q.description("pink", NA),
        Q.details("the shirt has a pocket on the left side and a button down collar"),
        Q.material("silk", U),
        title="Peter England Casuals Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: mustard yellow solid crew tee, white cotton shorts, white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-010",
        caption("a woman wearing a yellow t-shirt and white shorts", P),
        Q.wearing("yellow t-shirt and white shorts"),
        Q.garment_type("polo shirt", C),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the t-shirt is white", OG),
        Q.details("it has a round neck and a zip pocket on the side", U),
        Q.material("cotton"),
        title="Bewakoof Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy and white vertical striped shirt, short sleeves, worn untucked, beige shorts, white backdrop, front
    # view. Base BLIP-2 zero-shot.
    case(
        "X999-011",
        caption("a man wearing a blue and white striped shirt and beige shorts"),
        Q.wearing("shirt", NA),
        Q.garment_type("shirt"),
        Q.color("navy blue"),
        Q.pattern("checked", C),
        Q.sleeve_length("short"),
        Q.description("the shirt is a blue and white striped shirt with a collar and buttons down the front"),
        Q.details("the shirt is beige", OG),
        title="Highlander Men Navy Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey long-sleeve henley tee with a three-button placket, black jeans, white backdrop, front
    # view. Base BLIP-2 zero-shot.
    case(
        "X999-012",
        caption("a man wearing a dark grey long sleeve shirt and black jeans"),
        Q.wearing("a grey shirt and black jeans"),
        Q.garment_type("t-shirt"),
        Q.color("black", C),
        Q.sleeve_length("long"),
        Q.description("a black henley with three buttons at the neck", OG),
        Q.details("the shirt has a zipper on the front and a hood", U),
        Q.material("wool", U),
        title="WROGN Men Charcoal Grey Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white polo with thin green and navy horizontal stripes, small chest logo, navy shorts, white backdrop,
    # front view. Base BLIP-2 zero-shot.
    case(
        "X999-013",
        caption("a man in a white and green striped polo shirt"),
        Q.wearing("she is wearing a striped polo shirt and blue shorts", P),
        Q.garment_type("polo shirt"),
        Q.color("green", C),
        Q.pattern("striped"),
        Q.description("yes", NA),
        Q.details(
            "the polo shirt has a collar, two buttons and a small logo on the chest, the polo shirt has a collar, two"
            " buttons and",
            L,
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Classic Polo Men White Striped Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: lavender solid shirt, spread collar, long sleeves, white trousers, white backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X999-014",
        caption("a man in a purple shirt and white pants"),
        Q.wearing("a purple shirt and white pants"),
        Q.color("white", C),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("the shirt is white with a spread collar", OG),
        Q.material(
            "the shirt is made of cotton and the pants are made of cotton and the shirt is made of cotton and the"
            " pants are made",
            L,
            hit_limit=True,
        ),
        title="Arrow Sport Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: teal crew tee with a small white all-over palm-tree print, khaki shorts, white backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X999-015",
        caption("a man wearing a teal shirt with palm trees on it"),
        Q.wearing("a khaki t-shirt and khaki shorts", OG),
        Q.garment_type("t-shirt"),
        Q.color("khaki", C),
        Q.pattern("printed"),
        Q.description("the shirt has a print of palm trees and flamingos", U),
        Q.details("palm tree print all over"),
        Q.material("the material of the t-shirt", R),
        title="Mast & Harbour Men Teal Printed Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: black solid shirt with a mandarin collar, sleeves rolled up, mid-blue jeans, white backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X999-016",
        caption("a man in a black shirt and jeans"),
        Q.wearing("black shirt and blue jeans with a leather belt and brown boots", U),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("the shirt is blue", OG),
        Q.details("the shirt has a mandarin collar and roll up sleeves"),
        Q.material("cotton Question: What is the pattern of the garment? Answer: solid", LK),
        title="Mother Earth Men Black Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: peach polo with navy tipping on the collar and a small flag logo, white chinos, white backdrop, front
    # view. Base BLIP-2 zero-shot.
    case(
        "X999-017",
        caption("a man wearing a peach polo shirt and white pants"),
        Q.wearing("a pink polo shirt and white pants"),
        Q.garment_type("polo shirt"),
        Q.color("white", C),
        Q.sleeve_length("short"),
        Q.description("the polo shirt is white with a blue collar", OG),
        Q.details("a small flag logo on the chest and a navy blue collar"),
        Q.material("the material is the material of the garment", R),
        title="Tommy Hilfiger Men Peach-Coloured Solid Polo T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: ghost mannequin, no person: bottle green solid v-neck tee with a small puma logo on the left chest,
    # white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-018",
        caption("a green t-shirt on a white background"),
        Q.wearing("a green v-neck t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("t-shirt", NA),
        Q.details(
            "the t-shirt has a v neck and a puma logo on the chest and a puma logo on the sleeve and a puma logo on the"
            " back and a puma logo",
            L,
            hit_limit=True,
        ),
        title="Puma Men Green Solid V-Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: olive utility shirt with two flap chest pockets, long sleeves, worn open over a white crew tee, black
    # jeans, white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-019",
        caption("a man in a green jacket and black pants", C),
        Q.wearing("a green shirt over a white t-shirt and black jeans"),
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.description("the shirt is white", OG),
        Q.details("two flap pockets on the chest and a hood", U),
        Q.material("cotton"),
        title="Roadster Men Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: blue and white gingham check shirt, short sleeves, one chest pocket, light blue denim shorts, white
    # backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-020",
        caption(
            "a man wearing a blue and white checkered shirt and a blue and white checkered shirt and a blue and"
            " white checkered shirt and a blue and white checkered shirt and a blue and white checkered shirt and a"
            " blue",
            L,
            hit_limit=True,
        ),
        Q.wearing("a blue and white checkered shirt and shorts"),
        Q.color("blue"),
        Q.pattern("striped", C),
        Q.sleeve_length("long", C),
        Q.description("a checkered shirt"),
        Q.details("short sleeves and a pocket on the chest"),
        title="Flying Machine Men Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: burgundy solid crew tee with a small red tab logo on the chest, grey chinos, white backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X999-021",
        caption("a man in a red t-shirt and grey pants"),
        Q.wearing("a maroon t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("grey", C),
        Q.pattern("solid"),
        Q.description("the t-shirt is a burgundy color with a small logo on the chest and a zip pocket", U),
        Q.details(
            "there is a small logo on the left chest and a small logo on the left chest and a small logo on the left"
            " chest and a small logo",
            L,
            hit_limit=True,
        ),
        Q.material("", NA),
        title="Levis Men Burgundy Solid Round Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: light blue chambray shirt with two chest pockets worn open over a white crew tee, navy chinos, white
    # backdrop, front view. Base BLIP-2 zero-shot. The feed has no color for this row.
    case(
        "X999-022",
        caption("a man in a blue shirt over a white t-shirt"),
        Q.wearing("a blue shirt, a white t-shirt and blue pants"),
        Q.garment_type("t-shirt", C),
        Q.color("white", C),
        Q.pattern("solid"),
        Q.description("the shirt is white and has a round neck", OG),
        Q.details(
            "the shirt is open over a white t-shirt, it has two chest pockets with button flaps, a spread collar,"
            " long sleeves with button cuffs and a",
            CUT,
            hit_limit=True,
        ),
        Q.material("chambray"),
        title="Mast & Harbour Men Blue Chambray Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: bright yellow polo with a small black swoosh logo, navy shorts, white backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X999-023",
        caption("a man wearing a yellow shirt and blue shorts"),
        Q.wearing("a blue polo shirt and blue shorts", OG),
        Q.garment_type("polo shirt"),
        Q.color("yellow"),
        Q.sleeve_length("short"),
        Q.description(
            "the shirt is yellow and the shorts are blue. Question: What are the details of the garment? Answer: the"
            " shirt is yellow and the",
            LK,
            hit_limit=True,
        ),
        Q.details("the nike logo on the chest"),
        Q.material("the shirt is made of a material", R),
        title="Nike Men Yellow Polo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: white shirt with a small black polka-dot print, long sleeves, spread collar, black trousers, white
    # backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-024",
        caption("a man wearing a white shirt with black dots"),
        Q.wearing("she is wearing a white shirt and black pants", P),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("striped", C),
        Q.sleeve_length("long"),
        Q.description("the shirt is black", OG),
        Q.details(
            "the shirt has a spread collar, a full button placket, long sleeves with single button cuffs, a curved"
            " hem and a small pocket on the",
            CUT,
            hit_limit=True,
        ),
        title="Hancock Men White & Black Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: royal blue crew tee with three white stripes on each shoulder and a small white logo, black track
    # pants, white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-025",
        caption("a man wearing a blue adidas t-shirt and black pants"),
        Q.wearing("a black shirt and black pants", OG),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("the shirt is blue with white stripes on the shoulders"),
        Q.details("three stripes on the shoulders and the adidas logo on the chest"),
        Q.material("leather", U),
        title="ADIDAS Men Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: beige linen-blend shirt, mandarin collar, one chest pocket, long sleeves, white trousers, white
    # backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-026",
        caption("a man in a white shirt and white pants", C),
        Q.wearing("a beige shirt and white pants Question: What is the color of the shirt? Answer: beige", LK),
        Q.color("beige"),
        Q.sleeve_length("long"),
        Q.description("the shirt is white", OG),
        Q.details("a mandarin collar, a chest pocket and epaulettes on the shoulders", U),
        Q.material("linen"),
        title="Marks & Spencer Men Beige Linen Blend Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: black pique polo with white tipping on the collar and sleeve hems, khaki chinos, white backdrop, front
    # view. Base BLIP-2 zero-shot.
    case(
        "X999-027",
        caption("a man wearing a black polo shirt with white trim"),
        Q.wearing("she is wearing a black polo shirt and khaki pants", P),
        Q.garment_type("polo shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the polo shirt is black with white stripes on the collar and sleeves"),
        Q.details("the details of the garment", R),
        Q.material("cotton"),
        title="Louis Philippe Sport Men Black Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: short-sleeve shirt with a tropical print of orange hibiscus flowers and green leaves on navy, white
    # shorts, white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-028",
        caption("a man wearing a hawaiian shirt and white shorts"),
        Q.wearing("a shirt with flowers and leaves on it and a straw hat", U),
        Q.garment_type("shirt"),
        Q.color("orange", C),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("the shirt is white", OG),
        Q.details(
            "tropical print with orange flowers and green leaves on a navy background, a camp collar, short sleeves"
            " and buttons down the front with a straight hem that is worn untucked over the",
            CUT,
            hit_limit=True,
        ),
        title="Campus Sutra Men Navy Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light grey melange polo with a small embroidered logo, dark indigo jeans, white backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X999-029",
        caption("a man wearing a grey polo shirt and blue jeans"),
        Q.wearing("grey", NA),
        Q.garment_type("polo shirt"),
        Q.color("grey"),
        Q.description("it's a blue polo shirt with a logo", OG),
        Q.details("the polo shirt has a zip at the neck", U),
        Q.material("the material of the garment is", R),
        title="U.S. Polo Assn. Men Grey Melange Solid Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: rust orange corduroy shirt with two chest pockets, long sleeves, worn open over a black crew tee, black
    # jeans, white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-030",
        caption("a man in an orange shirt and a black t-shirt"),
        Q.wearing("an orange jacket and black jeans", C),
        Q.garment_type("shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.description("the shirt is black and has a round neck", OG),
        Q.details("yes", NA),
        Q.material("corduroy"),
        title="HIGHLANDER Men Rust Orange Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: white crew tee with a large multicolor Avengers print (Captain America, Iron Man, Thor, Hulk), blue
    # jeans, white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-031",
        caption("a man wearing a white t-shirt with the avengers on it"),
        Q.wearing("a t-shirt with superheroes on it"),
        Q.garment_type("t-shirt"),
        Q.color("blue", C),
        Q.pattern("printed"),
        Q.description(
            "the avengers t-shirt the avengers t-shirt the avengers t-shirt the avengers t-shirt the avengers t-shirt"
            " the avengers t-shirt",
            L,
            hit_limit=True,
        ),
        Q.details("captain america, iron man, thor and hulk printed on the front"),
        Q.material("silk", U),
        title="Marvel by Wear Your Mind Men White Avengers Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: dusty mauve crew tee with one chest pocket, grey shorts, white backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X999-032",
        caption("a man wearing a light purple t-shirt and grey shorts"),
        Q.wearing("a purple t-shirt and grey shorts"),
        Q.color("grey", C),
        Q.sleeve_length("short"),
        Q.description("the t-shirt is grey with a pocket", OG),
        Q.details("a pocket on the chest"),
        Q.material("the garment is made of", R),
        title="Roadster Men Mauve Solid Pocket T-shirt",
        category="Tshirts",
        color="Mauve",
        gender="Men",
    ),
    # photo: navy and green tartan check shirt, button-down collar, long sleeves, khaki chinos, white backdrop,
    # front view. Base BLIP-2 zero-shot.
    case(
        "X999-033",
        caption("a man wearing a blue and green plaid shirt and khaki pants"),
        Q.wearing("a plaid shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("navy blue"),
        Q.pattern("checked"),
        Q.description("the shirt is khaki", OG),
        Q.details("the shirt has a zipper pocket on the sleeve", U),
        Q.material("cotton Question: Is the shirt checked? Answer: yes", LK),
        title="Indian Terrain Men Navy & Green Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: sky blue solid oxford shirt, button-down collar, chest pocket, long sleeves, beige chinos, the model
    # holds black sunglasses in his left hand, white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-034",
        caption("a man in a blue shirt holding a pair of sunglasses"),
        Q.wearing("she is wearing a light blue shirt and beige pants", P),
        Q.garment_type("shirt"),
        Q.color("beige", C),
        Q.sleeve_length("long"),
        Q.description("blue", NA),
        Q.details("a button down collar and a chest pocket"),
        Q.material("velvet", U),
        title="Allen Solly Men Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black and white horizontal-striped (breton) long-sleeve crew tee, black jeans, white backdrop, front
    # view. Base BLIP-2 zero-shot.
    case(
        "X999-035",
        caption("a man wearing a black and white striped shirt"),
        Q.wearing("a striped long sleeve shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid", C),
        Q.sleeve_length("short", C),
        Q.description("black and white stripes"),
        Q.details(
            "the shirt has a black and white striped pattern and a black and white striped pattern and a black and"
            " white striped pattern and",
            L,
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Black & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: mint (sea green) polo with a small puma logo, white shorts, white backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X999-036",
        caption("a man wearing a light green polo shirt"),
        Q.wearing("she is wearing a green shirt and white shorts", P),
        Q.garment_type("polo shirt"),
        Q.color("white", C),
        Q.description("a green polo shirt with a puma logo"),
        Q.details("the details are on the garment", NA),
        Q.material("cotton"),
        title="Puma Men Sea Green Solid Polo T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: white solid shirt with a spread collar worn under an open navy blazer, grey trousers, white backdrop,
    # front view. Base BLIP-2 zero-shot.
    case(
        "X999-037",
        caption("a man in a blue blazer and a white shirt"),
        Q.wearing("a blue jacket and grey pants"),
        Q.garment_type("jacket", C),
        Q.color("blue", C),
        Q.description("the shirt is navy blue", OG),
        Q.details("no", NA),
        Q.material("cotton"),
        title="Van Heusen Sport Men White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: solid shirt that looks dark maroon (wine), not brown, long sleeves, beige trousers, white backdrop,
    # front view. The seller calls it Brown. Base BLIP-2 zero-shot.
    case(
        "X999-038",
        caption("a man wearing a maroon shirt and khaki pants"),
        Q.wearing("a khaki shirt", OG),
        Q.garment_type("shirt"),
        Q.color("red"),
        Q.sleeve_length("long"),
        Q.description("a maroon shirt with a collar and buttons"),
        Q.details("the shirt has a logo on the front and the word john miller", U),
        title="John Miller Men Solid Brown Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: charcoal crew tee with a neon green "RUN" print on the chest, black running shorts, white backdrop,
    # front view only. Base BLIP-2 zero-shot.
    case(
        "X999-039",
        caption("a man in a gray shirt that says run"),
        Q.wearing("a grey t-shirt and black shorts Question: What type of garment is this? Answer: a t-shirt", LK),
        Q.garment_type("t-shirt"),
        Q.color("green", C),
        Q.pattern("printed"),
        Q.description(
            "the shirt is dark grey with green letters on the front that say run and the letters are in a bold"
            " font and the t-shirt has a",
            CUT,
            hit_limit=True,
        ),
        Q.details("a neon green print that says run on the chest and a reflective strip on the back", U),
        title="HRX by Hrithik Roshan Men Charcoal Printed Running T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: cream shirt with a small self-design woven texture, long sleeves rolled once, curved hem, mid-blue
    # jeans, white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-040",
        caption("a man wearing a white shirt and blue jeans"),
        Q.wearing("her shirt is white and her jeans are blue", P),
        Q.color("blue", C),
        Q.pattern("solid"),
        Q.description(
            "the shirt is made of a textured fabric with a small pattern and has a collar and buttons down the front"
            " and the sleeves are rolled up to the",
            CUT,
            hit_limit=True,
        ),
        Q.details("small woven pattern and a curved hem"),
        Q.material("denim", U),
        title="Peter England Men Cream Self Design Casual Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: flat lay, no person: two folded crew tees, one navy, one white, side by side on a white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X999-041",
        caption("two t-shirts, one blue and one white"),
        Q.wearing("a white shirt and a blue shirt"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("a white t-shirt", C),
        Q.details("the t-shirts are folded Question: How many t-shirts are there? Answer: two", LK),
        title="Jack & Jones Men Pack of 2 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: white shirt with thin blue vertical pinstripes, tucked into navy chinos with a brown leather belt, white
    # backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-042",
        caption("a man in a white shirt with blue stripes and a brown belt"),
        Q.wearing("he is wearing a shirt tucked into blue pants with a brown belt"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.description("the shirt is brown", OG),
        Q.details("the shirt is navy blue and tucked in", OG),
        Q.material("the shirt is made of denim", U),
        title="Louis Philippe Jeans Men White & Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black crew tee with a small embroidered logo on the chest, worn under an open olive bomber jacket, black
    # jeans, white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X999-043",
        caption("a man wearing a green jacket and a black t-shirt"),
        Q.wearing("jacket", NA),
        Q.garment_type("jacket", C),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("the t-shirt is green", OG),
        Q.details("the t-shirt has a v neck and a chest pocket", U),
        title="Calvin Klein Jeans Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: colour-block polo, grey body with a white chest panel, navy shorts, white backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X999-044",
        caption("a man wearing a gray and white polo shirt"),
        Q.wearing("a grey and white polo shirt and blue shorts"),
        Q.garment_type("polo shirt"),
        Q.color("grey"),
        Q.pattern("striped", C),
        Q.description("the shirt is blue and white", OG),
        Q.details("the shirt has a white stripe across the chest and a pocket on the left sleeve", U),
        Q.material("what material is the garment made of", R),
        title="Wrangler Men Grey & White Colourblocked Polo T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: olive, brown and black camouflage-print crew tee, beige cargo shorts, white backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X999-045",
        caption("a man in a camouflage t-shirt and shorts"),
        Q.wearing("camouflage", NA),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.description(
            "the t-shirt has a camouflage print in green, brown and black with a round neck and short sleeves, it is"
            " paired with beige cargo shorts and",
            CUT,
            hit_limit=True,
        ),
        Q.details("there is a small patch on the sleeve with the word army", U),
        title="Roadster Men Olive Green Camouflage Printed T-shirt",
        color="Olive",
        gender="Men",
    ),
    # photo: dark navy solid shirt with white contrast buttons, long sleeves, white jeans, light grey studio
    # backdrop, front view. Base BLIP-2 zero-shot. The feed has no category for this row.
    case(
        "X999-046",
        caption("a man in a dark blue shirt and white jeans standing against a grey wall"),
        Q.wearing("a white shirt and white jeans", OG),
        Q.garment_type("shirt"),
        Q.color("grey", C),
        Q.sleeve_length("long"),
        Q.description("a dark blue shirt with white buttons"),
        Q.details("the shirt has white buttons and two chest pockets with flaps", U),
        Q.material("she is wearing a cotton shirt", P),
        title="Celio Men Navy Blue Solid Casual Shirt",
        color="Navy Blue",
        gender="Men",
    ),
]
