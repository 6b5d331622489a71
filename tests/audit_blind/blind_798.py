"""BLIND_798 (46 products; Myntra men's shirts, tees, jeans, trousers; VQA): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 106/118 failures found (89.8%) and 3/170 correct texts flagged
(1.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's Shirts, Tshirts, Jeans and Trousers (seller columns: title, category, color,
gender; a few rows lack one). Catalog photos on a white backdrop, almost all worn by a male model who also wears
other clothes (jeans under a shirt, a shirt tucked into trousers, a tee under an open shirt or bomber), one flat-lay.

Who wrote what: every free text comes from the Data3_V3_BLIP2_VQA LoRA on blip2-opt-2.7b (greedy, 30 new tokens for
answers, 50 for captions), including the captions, since the run used the VQA adapter for everything. Trained
without an end token, it often runs on: loops ("red red red ..."), sentences cut at the limit, and continuations in
its training format ("... Question: What is the color of the pants? Answer: ..."), even in captions. Like the base
model it names the most salient color in the frame, which is often the other garment (the white tee above the
jeans), invents details (pockets, pleats, zippers, a hood) and says "she" for men. Closed answers (garment_type,
color, pattern, sleeve_length, "Is this a pair of jeans?") come from enrich's --engine reference scoring candidate
values with the same adapter: never loops or cuts, just sometimes the wrong candidate.

Labeling conventions and judgement calls:
- A wrong closed color that is another worn garment's color is labelled contradiction (the closed answer contradicts
  the seller and the other texts); other_garment_color is kept for open answers (open color questions, describe,
  details) that give the product the color of the other garment, the tie included.
- A color naming the product's own print rather than its ground (the cartoon's "red, blue and black" for a yellow
  tee) is a contradiction, not other_garment_color.
- Near shades are correct: maroon called red, cream called white, lavender called purple or light purple, charcoal
  called dark grey, a heather grey tee called grey, navy called dark blue, a mustard shirt called yellow.
- "shirt" for a t-shirt or polo in an open answer is correct (BLIP-2 habit, not a garment error); a closed
  garment_type that names another class (jeans for a denim shirt, sweatshirt for a tee) is a contradiction.
- Pattern "striped" for a tee with three shoulder stripes and "solid" for faded plain jeans are taken as correct.
- cut: the text ran to the token limit and stops mid-phrase; its content up to the cut is right for the photo. loop:
  repetition up to the limit; both carry hit_limit=True. A continuation into "Question: ... Answer:" is a leak, with
  hit_limit=True where it ran to the limit, even when the part before the leak is right.
- non_answer: empty, "yes", or a single word that only names the garment asked about ("jeans", "shirt") or says
  nothing ("clothes"), to an open question.
  restated: the question echoed back or turned into a tautological sentence ("the pants have details").
- unsupported: a detail the photo does not show (a chest pocket, pleats, a drawstring, a back patch in a front view,
  a model on a flat-lay, a cup of coffee, a briefcase, glasses, a tie nobody wears) and a material the garment
  plainly is not (denim for formal trousers, leather chinos, wool henley, linen guessed for formal trousers).
- A caption or answer that gives two garments one color where the photo has two ("black t-shirt and black jeans" when
  the jeans are grey; "black nike t-shirt" for a navy tee worn with black shorts) is a contradiction.
- pronoun: "she" in an answer for a row whose gender is Men; the prompts ask about "the person", "the man" or "he".
- Material guesses that fit the garment (cotton tee, polyester training tee, denim jeans, flannel check shirt) count
  as correct even where the catalog does not state the fabric.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")


def jeans_q(answer, failure=None):
    return is_a("pair of jeans", answer, failure)


BLIND_798 = [
    # photo: navy-and-white checked long-sleeve shirt with a button-down collar and one chest pocket, buttoned,
    # over light blue jeans; white backdrop, front view. Caption and open answers by the VQA adapter, closed reference.
    case(
        "X798-001",
        caption("a man wearing a navy blue and white checked shirt and blue jeans"),
        wearing("a checked shirt and jeans", who="he"),
        Q.pattern("checked"),
        color_of("shirt", "navy blue and white", kind="open"),
        details("shirt", "the shirt has a button down collar, long sleeves with buttoned cuffs and a chest pocket"),
        Q.sleeve_length("long"),
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive crew-neck short-sleeve tee with a small HRX logo print on the left chest, black track pants;
    # white backdrop, front view. VQA adapter for caption and open answers, reference engine for closed ones.
    case(
        "X798-002",
        caption("a man in an olive green t-shirt and black pants"),
        Q.color("olive"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "the t-shirt is a round neck t-shirt with short sleeves and a small logo on the chest"),
        Q.material("cotton"),
        wearing("she is wearing an olive t-shirt and black pants", "pronoun"),
        title="HRX by Hrithik Roshan Men Olive Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue slim jeans, five pockets, zip fly; model in a white crew tee half tucked, white sneakers,
    # cropped at the chest; white backdrop. VQA adapter (its caption leaked the QA format), reference for closed.
    case(
        "X798-003",
        caption("Question: What is the color of the jeans? Answer: blue", "leak"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.garment_type("jeans"),
        details(
            "jeans",
            "the jeans have a five pocket design, a zip fly and a button closure and a button closure and a button"
            " closure and a button",
            "loop",
            hit_limit=True,
        ),
        jeans_q("yes"),
        wearing("a white t-shirt and blue jeans"),
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: mid-grey flat-front formal trousers with belt loops and slant pockets; white formal shirt tucked in,
    # black belt, black shoes; white backdrop, full length. VQA adapter open texts, reference closed.
    case(
        "X798-004",
        caption("a man wearing a white shirt and grey pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("pants", "grey formal trousers with a flat front, belt loops and slant side pockets"),
        Q.material("denim", "unsupported"),
        Q.garment_type("trousers"),
        wearing(
            "he is wearing a white shirt and grey pants and a black belt and black shoes and a black belt and black"
            " shoes and a black belt and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Peter England Men Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: black short-sleeve tee with a large white PUMA cat logo on the chest, no pocket; grey joggers;
    # white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-005",
        caption("a man wearing a black t-shirt with a white puma logo on it"),
        Q.pattern("graphic"),
        Q.color("white", "contradiction"),
        details(
            "t-shirt",
            "the t-shirt has a puma logo on the front and a pocket on the left side of the chest",
            "unsupported",
        ),
        wearing("a black puma t-shirt and grey sweatpants"),
        Q.sleeve_length("short"),
        title="Puma Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white solid formal shirt, spread collar, long sleeves, tucked into charcoal trousers, hands empty (no
    # bag); white backdrop (white on white). VQA adapter open texts, reference closed.
    case(
        "X798-006",
        caption("a man in a white shirt and grey pants holding a black briefcase", "unsupported"),
        color_of("shirt", "white"),
        describe("shirt", "the shirt is a white formal shirt with a spread collar and long sleeves"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        Q.material("cotton"),
        wearing("a white shirt and grey trousers", who="he"),
        title="Louis Philippe Men White Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black skinny jeans, mid rise, zip fly, five pockets; model in a maroon crew tee, white sneakers; white
    # backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-007",
        caption("a man in a maroon t-shirt and black jeans"),
        color_of("jeans", "black", kind="open"),
        describe(
            "jeans",
            "the jeans are skinny black jeans with a mid rise waist and a button closure with a zip fly and five"
            " pockets and the legs are slim and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        jeans_q("yes"),
        Q.material("denim"),
        title="Roadster Men Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: khaki slim chinos with slant pockets and button closure; navy polo tee worn untucked, brown loafers;
    # white backdrop, front view. VQA adapter open texts, reference closed.
    case(
        "X798-008",
        caption("a man wearing a navy blue polo shirt and khaki pants"),
        color_of("pants", "navy blue", "contradiction"),
        details("pants", "slant pockets at the sides and a button closure"),
        wearing("a navy blue polo shirt and khaki chinos with brown shoes"),
        Q.material("leather", "unsupported"),
        describe("pants", "the pants are khaki chinos"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: red pique polo, short sleeves, two-button placket, small white logo on the chest; beige chinos; white
    # backdrop. VQA adapter open texts (the wearing prompt came back as its own answer), reference closed.
    case(
        "X798-009",
        caption("a man wearing a red polo shirt and beige pants"),
        Q.garment_type("polo shirt"),
        color_of("shirt", " ".join(["red"] * 30), "loop", kind="open", hit_limit=True),
        details("shirt", "the shirt has a polo collar with two buttons and a small logo on the chest"),
        Q.sleeve_length("long", "contradiction"),
        wearing("what is the man wearing?", "restated", who="the man"),
        title="U.S. Polo Assn. Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive long-sleeve casual shirt worn open over a white crew tee, sleeves rolled to the elbow, black
    # jeans; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-010",
        caption("a man wearing an olive green shirt over a white t-shirt and black jeans"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.color("olive"),
        describe(
            "shirt",
            "the shirt is an olive green button up shirt with the sleeves rolled up, worn open over a white t-shirt",
        ),
        Q.sleeve_length("long"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: the shirt has a collar and buttons Question: What is the"
            " color of the shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: light blue faded jeans with small distressed patches at the knees; black crew tee; white backdrop,
    # front view. VQA adapter open texts (one empty answer), reference closed.
    case(
        "X798-011",
        caption("a man in a black t-shirt and light blue ripped jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "the jeans have a faded wash with distressed knees and five pockets"),
        Q.pattern("solid"),
        wearing("", "non_answer"),
        Q.garment_type("jeans"),
        jeans_q("no", "contradiction"),
        title="Spykar Men Light Blue Slim Fit Mid-Rise Low Distress Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy formal trousers, flat front, belt loops; light blue formal shirt tucked in, brown belt; white
    # backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-012",
        caption("a man in a light blue shirt and dark blue pants with a brown belt"),
        color_of("pants", "navy blue"),
        wearing("a blue shirt and blue pants"),
        describe("pants", "the pants are light blue", "other_garment_color"),
        details(
            "pants",
            "the pants have a zipper on the front and a zipper on the front and a zipper on the front and a zipper on"
            " the front and a zipper",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester blend"),
        title="Van Heusen Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: heather grey crew tee with black WROGN lettering across the chest, short sleeves, no hood; blue jeans;
    # white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-013",
        caption("a man wearing a grey t-shirt with black writing on it and blue jeans"),
        Q.color("grey"),
        Q.pattern("printed"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        describe("t-shirt", "the t-shirt is a grey t-shirt with a black print on the front and a hood", "unsupported"),
        wearing("she is wearing a grey t-shirt and jeans", "pronoun", who="he"),
        title="WROGN Men Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: blue-and-white vertical striped formal shirt, long sleeves, chest pocket, open collar and no tie, tucked
    # into navy trousers; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-014",
        caption("a man in a blue and white striped shirt and navy blue pants"),
        Q.pattern("checked", "contradiction"),
        color_of("shirt", "blue and white striped", kind="open"),
        details(
            "shirt",
            "the shirt has a collar, buttons down the front, long sleeves with buttoned cuffs and a pocket on the left"
            " side of the chest and the shirt is tucked into the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        wearing("a striped shirt, navy pants and a red tie", "unsupported"),
        title="Peter England Men Blue & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark indigo regular-fit jeans, straight leg, zip fly, no side buttons; hem of an untucked white shirt at
    # the top of the frame; waist-down view, white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-015",
        caption("a pair of dark blue jeans"),
        color_of("jeans", "white", "contradiction"),
        describe("jeans", "the jeans are dark blue jeans with a regular fit and a straight leg"),
        details("jeans", "the jeans have a zipper on the front and a button on the side", "unsupported"),
        Q.garment_type("jeans"),
        cloth("denim"),
        title="Jack & Jones Men Navy Blue Regular Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: yellow crew tee with a large cartoon auto-rickshaw print in red, blue and black on the front (the back is
    # not shown); blue jeans; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-016",
        caption("a man wearing a yellow t-shirt with a cartoon print on the front"),
        Q.color("yellow"),
        color_of("t-shirt", "red, blue and black", "contradiction", kind="open"),
        describe("t-shirt", "the t-shirt is yellow with a graphic print of a rickshaw on the front"),
        details(
            "t-shirt",
            "the t-shirt has a graphic print of a rickshaw on the front and a graphic print of a rickshaw on the back"
            " and a graphic print of a rickshaw on the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        wearing("yes", "non_answer"),
        title="Tantra Men Printed Yellow T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: beige solid casual trousers; light blue checked shirt worn untucked over them, brown shoes; white
    # backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-017",
        caption("a man in a blue checked shirt and beige pants"),
        color_of("pants", "beige", kind="open"),
        Q.pattern("checked", "contradiction"),
        Q.garment_type("trousers"),
        describe("pants", "pants", "non_answer"),
        Q.material("cotton"),
        title="Parx Men Beige Regular Fit Solid Casual Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: light pink solid formal shirt, same-color collar and cuffs, long sleeves; grey trousers, silver watch;
    # white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-018",
        caption("a man wearing a pink shirt and grey pants with a watch"),
        Q.color("pink"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        describe("shirt", "the shirt is a pink shirt with a white collar and white cuffs", "unsupported"),
        wearing("a pink shirt, grey trousers and a watch", who="he"),
        Q.sleeve_length("long"),
        title="Arrow Men Pink Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: grey washed slim jeans, lighter on the thighs, five pockets; black crew tee, black boots; white
    # backdrop. VQA adapter wrote the caption (one color for both garments) and open answers, reference closed.
    case(
        "X798-019",
        caption("a man in a black t-shirt and black jeans", "contradiction"),
        color_of("jeans", "grey", kind="open"),
        Q.color("grey"),
        details("jeans", "the jeans details are the jeans", "restated"),
        describe(
            "jeans",
            "the jeans are grey with a slim fit and a light wash on the thighs and the legs are tapered down to the"
            " ankles where they meet the black",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a black t-shirt, grey jeans and black boots"),
        jeans_q("yes"),
        title="Wrangler Men Grey Skanders Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: navy polyester training tee with a small white swoosh on the left chest, front view only (back not
    # shown); black shorts; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-020",
        caption("a man wearing a black nike t-shirt and black shorts", "contradiction"),
        Q.material("polyester"),
        Q.garment_type("t-shirt"),
        color_of(
            "t-shirt",
            "navy blue, navy blue, navy blue, navy blue, navy blue, navy blue, navy blue, navy blue, navy blue, navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a nike logo on the chest and a mesh panel on the back", "unsupported"),
        wearing("a blue t-shirt and shorts", who="the man"),
        title="Nike Men Navy Blue Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal formal trousers, flat front, belt loops; white formal shirt tucked in, black belt; white
    # backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-021",
        caption("a man in a white shirt and dark grey pants"),
        color_of("pants", "charcoal"),
        describe("trousers", "the trousers are white formal trousers with a flat front", "other_garment_color"),
        details(
            "trousers",
            "Question: What are the trousers details? Answer: the trousers have a flat front and belt loops Question:"
            " What is the color of the trousers? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        wearing("a white shirt and charcoal trousers", who="he"),
        title="Blackberrys Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: maroon-and-navy small-check shirt, button-down collar, one plain chest pocket, long sleeves, curved hem,
    # worn untucked over beige chinos; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-022",
        caption("a man wearing a red and blue checked shirt and beige pants"),
        Q.pattern("checked"),
        Q.color("beige", "contradiction"),
        describe("shirt", "the shirt is a maroon and navy blue checked shirt with a button down collar"),
        details(
            "shirt",
            "the shirt has a button down collar, a single chest pocket, long sleeves with buttoned cuffs and a curved"
            " hem and the shirt is worn untucked over the",
            "cut",
            hit_limit=True,
        ),
        wearing("a checked shirt and khaki pants"),
        title="Indian Terrain Men Maroon Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: plain white crew tee, no pocket, short sleeves; blue jeans; white backdrop. VQA adapter open texts,
    # reference closed.
    case(
        "X798-023",
        caption("a man in a white t-shirt and blue jeans"),
        Q.color("white"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        describe("t-shirt", "the t-shirt is white"),
        details("t-shirt", "the t-shirt has a chest pocket with a button", "unsupported"),
        wearing("the person is wearing a white t-shirt and blue jeans", who="he"),
        title="Roadster Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: medium-blue straight jeans, five pockets, zip fly; grey crew sweatshirt on top; white backdrop. Row has
    # no color column. VQA adapter open texts, reference closed.
    case(
        "X798-024",
        caption("a man in a grey sweatshirt and blue jeans"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.garment_type("sweatshirt", "contradiction"),
        details("jeans", "the jeans have a button closure, a zip fly and five pockets"),
        wearing("she is wearing a grey sweater and blue jeans", "pronoun"),
        Q.material("denim"),
        title="Pepe Jeans Men Blue Straight Fit Mid-Rise Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: olive slim chinos with turned-up hems; white crew tee, white sneakers, hands in pockets; white
    # backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-025",
        caption("a man wearing a white t-shirt and olive green pants with his hands in his pockets"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("olive"),
        describe("pants", "the pants are olive green chinos with a slim fit and cuffed hems"),
        details("pants", "the pants have details", "restated"),
        jeans_q("no"),
        Q.material(
            "cotton Question: What is the color of the pants? Answer: olive Question: What is the color of the shoes?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Allen Solly Men Olive Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black short-sleeve casual shirt with a small white leaf print all over, spread collar; blue jeans; white
    # backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-026",
        caption("a man in a black and white floral shirt and blue jeans"),
        Q.sleeve_length("short"),
        Q.pattern("printed"),
        color_of("shirt", "black with white leaf print", kind="open"),
        details(
            "shirt",
            "the shirt has short sleeves, a spread collar and a leaf print all over and the shirt has short sleeves,"
            " a spread collar and a leaf print all over and",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a black shirt with white leaves and jeans", "pronoun"),
        title="Flying Machine Men Black Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon long-sleeve henley in cotton jersey, three-button placket; black jeans; white backdrop. VQA
    # adapter open texts, reference closed.
    case(
        "X798-027",
        caption("a man wearing a maroon long sleeve henley shirt and black jeans"),
        Q.sleeve_length("short", "contradiction"),
        Q.garment_type("t-shirt"),
        color_of("shirt", "maroon", kind="open"),
        describe(
            "shirt",
            "the shirt is a maroon henley with long sleeves and a button placket and a button placket and a button"
            " placket and a button placket",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Levis Men Maroon Solid Henley T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat-lay of blue tapered jeans on a white backdrop, no person, front side up, five pockets, zip fly.
    # VQA adapter open texts, reference closed.
    case(
        "X798-028",
        caption("a pair of blue jeans on a white background"),
        cloth("denim"),
        color_of("jeans", "blue"),
        details("jeans", "the jeans are worn by a man with a white shirt and brown shoes", "unsupported"),
        describe(
            "jeans",
            "the jeans are blue with a tapered fit, five pockets and a button closure and a zip fly and the jeans are"
            " laid flat on a white",
            "cut",
            hit_limit=True,
        ),
        jeans_q("yes"),
        title="Killer Men Blue Tapered Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black formal trousers with a pressed crease and belt loops; lavender formal shirt tucked in, black belt,
    # black shoes; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-029",
        caption("a man in a purple shirt and black pants"),
        color_of("pants", "purple", "other_garment_color", kind="open"),
        Q.color("black"),
        wearing("a shirt and pants", who="he"),
        details(
            "pants",
            "the pants have a crease down the front and belt loops with a black belt through them and the hem"
            " falls straight down to the black shoes with a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        title="John Players Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, two flap chest pockets with snap buttons, long sleeves; khaki chinos; white
    # backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-030",
        caption("a man wearing a denim shirt and khaki pants"),
        Q.material("denim"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        details("shirt", "the shirt has two chest pockets with flaps and snap buttons"),
        Q.garment_type("jeans", "contradiction"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: a blue denim shirt Question: Describe the pants. Answer: khaki",
            "leak",
            hit_limit=True,
        ),
        title="Levis Men Blue Denim Western Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: green-and-white horizontal striped polo, short sleeves, button placket (no zipper); blue jeans; white
    # backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-031",
        caption("a man in a green and white striped polo shirt and jeans"),
        Q.pattern("striped"),
        Q.color("green"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a polo collar and a zipper on the front", "unsupported"),
        wearing("a striped polo shirt and blue jeans"),
        Q.sleeve_length("short"),
        title="United Colors of Benetton Men Green & White Striped Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: charcoal washed jeans with rips at the knees; white shirt untucked, sleeves rolled up; white backdrop.
    # VQA adapter open texts, reference closed.
    case(
        "X798-032",
        caption("a man wearing a white shirt and ripped grey jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("jeans", "jeans", "non_answer"),
        details("jeans", "the jeans have rips at the knees and a faded wash"),
        Q.pattern("solid"),
        wearing(
            "he is wearing a white shirt with the sleeves rolled up and grey ripped jeans and he is wearing a white"
            " shirt with the sleeves rolled up and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Mufti Men Charcoal Grey Slim Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: coffee-brown flat-front casual trousers (no pleats), slant pockets; cream polo tee tucked in, tan belt,
    # tan loafers; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-033",
        caption("a man wearing a white polo shirt and brown pants"),
        color_of("pants", "brown"),
        describe("pants", "the pants are brown with a tan belt and pleats at the front", "unsupported"),
        wearing("she's wearing a white shirt and brown pants", "pronoun"),
        Q.material("cotton"),
        details(
            "pants",
            "the pants have a flat front with belt loops, a zip fly, slant side pockets and the hem is"
            " slightly tapered at the ankle where the",
            "cut",
            hit_limit=True,
        ),
        title="Louis Philippe Sport Men Coffee Brown Smart Fit Casual Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: lavender solid formal shirt with a navy tie, long sleeves, tucked into charcoal trousers; no glasses;
    # white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-034",
        caption("a man in a purple shirt and blue tie"),
        Q.color("purple"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        describe("shirt", "the shirt is a light purple formal shirt worn with a navy tie"),
        details("shirt", "yes", "non_answer"),
        wearing("a lavender shirt with a tie, grey pants and glasses", "unsupported", who="he"),
        Q.garment_type("shirt"),
        title="Van Heusen Men Lavender Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: royal blue crew tee with a white bicycle graphic and the words BEING HUMAN on the front; black jeans;
    # white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-035",
        caption("a man wearing a blue t-shirt with a bicycle on it"),
        Q.pattern("printed"),
        color_of("t-shirt", "blue", kind="open"),
        details("t-shirt", "the t-shirt has a print of a bicycle and the words being human on the front"),
        Q.garment_type("sweatshirt", "contradiction"),
        wearing(
            "Question: What is the person wearing? Answer: a blue t-shirt and black jeans Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Being Human Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light-to-mid blue skinny jeans, front view only; red-and-black checked flannel shirt untucked with
    # sleeves rolled up, white sneakers; white backdrop. Row has no gender column. VQA adapter open, reference closed.
    case(
        "X798-036",
        caption("a man wearing a red plaid shirt and blue jeans"),
        Q.color("red", "contradiction"),
        color_of("jeans", "blue", kind="open"),
        describe("jeans", "the jeans are red", "other_garment_color"),
        details(
            "jeans",
            "the jeans are skinny jeans with a low rise and a leather patch on the back with the lee logo",
            "unsupported",
        ),
        wearing(
            "a red and black plaid shirt with the sleeves rolled up and blue skinny jeans with white sneakers and the"
            " shirt is untucked and the jeans are",
            "cut",
            hit_limit=True,
        ),
        title="Lee Men Blue Bruce Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: teal slim chinos with turned-up hems, plain slant pockets, button waist; white printed tee untucked, white
    # sneakers; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-037",
        caption("a man wearing a white t-shirt and teal pants"),
        color_of("pants", "teal blue", kind="open"),
        Q.color("white", "contradiction"),
        describe("pants", "the pants are teal chinos with a slim fit and turned up hems"),
        details("pants", "the pants have a pocket on the side of the leg and a drawstring waist", "unsupported"),
        wearing("she's wearing a white t-shirt and teal pants", "pronoun", who="he"),
        title="Highlander Men Teal Slim Fit Chinos",
        category="Trousers",
        color="Teal",
        gender="Men",
    ),
    # photo: white shirt with big blue checks, long sleeves with buttoned cuffs, chest pocket with a small embroidered
    # logo; blue jeans; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-038",
        caption("a man in a blue and white checked shirt and jeans"),
        Q.color("white"),
        Q.pattern("checked"),
        color_of("shirt", "blue and white checked", kind="open"),
        details(
            "shirt",
            "the shirt has a checked pattern with a checked pattern with a checked pattern with a checked pattern"
            " with a checked pattern with a checked",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "the shirt is a white shirt with blue checks, a collar and long sleeves with the cuffs buttoned and a"
            " pocket on the chest with the logo of the brand and",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a shirt and jeans", who="he"),
        title="Wrangler Men White & Blue Urban Big Check Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal pique polo with white tipping on the collar, two-button placket; light blue jeans; white
    # backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-039",
        caption("a man wearing a dark grey polo shirt with a white striped collar and light blue jeans"),
        Q.color("charcoal"),
        color_of("shirt", "charcoal Question: What is the color of the pants? Answer: blue", "leak", kind="open"),
        describe("shirt", "the shirt is a polo shirt"),
        details("shirt", "the shirt has a collar with white stripes and three buttons on the placket", "unsupported"),
        wearing("shirt", "non_answer"),
        title="Proline Men Charcoal Grey Solid Polo T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with whiskering at the hips; white crew tee under an open olive bomber jacket, brown
    # boots; white backdrop. Row has no category column. VQA adapter open texts, reference closed.
    case(
        "X798-040",
        caption("a man in an olive green jacket, white t-shirt and blue jeans"),
        color_of("jeans", "olive green", "other_garment_color", kind="open"),
        Q.garment_type("jacket", "contradiction"),
        details("jeans", "the jeans have whiskers at the hips and a slim fit"),
        describe("jeans", "describe the jeans", "restated"),
        wearing("a green jacket, a white t-shirt, blue jeans and brown boots"),
        jeans_q("yes"),
        title="Flying Machine Men Blue Michael Slim Fit Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: cream formal trousers; navy formal shirt tucked in, brown belt; nothing in the hands; white backdrop.
    # VQA adapter (caption invents a coffee cup), reference closed.
    case(
        "X798-041",
        caption("a man in a navy blue shirt and white pants holding a cup of coffee", "unsupported"),
        color_of("pants", "cream"),
        describe("pants", "the pants are navy blue formal pants", "other_garment_color"),
        Q.material("linen", "unsupported"),
        details("pants", "Question: What are the pants details? Answer: pants Question:", "leak"),
        wearing("he is wearing a navy shirt and cream trousers with a brown belt", who="he"),
        title="Wills Lifestyle Men Cream Solid Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: mustard solid shirt, long sleeves buttoned at the cuff, button-down collar, one chest pocket; dark navy
    # jeans; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-042",
        caption("a man wearing a yellow shirt and dark blue jeans"),
        Q.color("mustard"),
        color_of("shirt", "yellow", kind="open"),
        describe(
            "shirt",
            "a yellow shirt with a yellow collar and yellow buttons and yellow sleeves and yellow cuffs and yellow"
            " pocket and yellow buttons and yellow",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt has long sleeves, a button down collar and a single chest pocket"),
        Q.sleeve_length("short", "contradiction"),
        wearing("clothes", "non_answer", who="the man"),
        title="Basics Men Mustard Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: black tee, three white stripes from the collar over the shoulders and down the sleeves, small white logo
    # on the chest; black shorts; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-043",
        caption("a man in a black adidas t-shirt with white stripes on the shoulders and black shorts"),
        Q.pattern("striped"),
        color_of("t-shirt", "black"),
        details("t-shirt", "the t-shirt has three white stripes on the shoulders and an adidas logo on the chest"),
        describe(
            "t-shirt",
            "the t-shirt is black with three white stripes running from the collar over the shoulders and down the"
            " sleeves to the hem of the",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a black t-shirt and black shorts", "pronoun"),
        Q.material(
            "polyester Question: What is the color of the shorts? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Adidas Men Black 3-Stripes Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: dark blue slim jeans with the hems turned up at the ankle; mustard crew tee, brown shoes; three-quarter
    # view, white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-044",
        caption("a man in a mustard yellow t-shirt and dark blue jeans"),
        color_of("jeans", "mustard", "contradiction"),
        describe("jeans", "the jeans are dark blue with the hems rolled up at the ankle"),
        details("jeans", "the jeans have a mustard color", "other_garment_color"),
        Q.garment_type("jeans"),
        wearing("what is he wearing", "restated", who="he"),
        title="Ether Men Navy Blue Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black cargo trousers with flap pockets on the sides of the legs; olive crew tee, black sneakers; white
    # backdrop. VQA adapter (its caption looped to the 50-token limit), reference closed.
    case(
        "X798-045",
        caption(
            "a man wearing black cargo pants and a green t-shirt and black cargo pants and a green t-shirt and black"
            " cargo pants and a green t-shirt and black cargo pants and a green t-shirt and black",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "olive green", "other_garment_color", kind="open"),
        details("pants", "the pants have large flap pockets on the sides of the legs"),
        Q.garment_type("jeans", "contradiction"),
        describe("pants", "the pants are black cargo pants with pockets on the sides"),
        Q.material("cotton"),
        title="Urbano Fashion Men Black Solid Cargo Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: red-and-black buffalo check flannel shirt worn open over a black crew tee, two flap chest pockets, long
    # sleeves; grey jeans; white backdrop. VQA adapter open texts, reference closed.
    case(
        "X798-046",
        caption("a man in a red and black plaid shirt over a black t-shirt and grey jeans"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        Q.material("flannel"),
        describe("shirt", "the shirt is a red and black checked flannel shirt worn open over a black t-shirt"),
        details(
            "shirt",
            "the shirt is a red and black checked flannel shirt with a collar and two chest pockets with flaps and"
            " buttons and long sleeves with buttoned cuffs and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a plaid shirt"),
        title="Roadster Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
]
