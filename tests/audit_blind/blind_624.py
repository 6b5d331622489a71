"""BLIND_624 (46 products; Myntra men's innerwear and loungewear, BLIP-2 VQA): written blind in the fifty-third session.
Measured blind at 39c4af8 (the session's fourth rules): 97/130 failures found (74.6%) and 39/187 correct texts flagged
(20.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's innerwear and loungewear: briefs, trunks, boxers, innerwear vests, lounge
pants, lounge shorts, lounge t-shirts and sets, thermal tops, bottoms and sets, single pieces and multipacks. About
half are flat lays on a white backdrop, half are model shots on a white or light grey backdrop where the man often
wears a second garment (a white vest over the trunks, a t-shirt over the lounge pants, jeans under a vest).

Who wrote what: captions come from the untuned base model Salesforce/blip2-opt-2.7b (short, one clause, mostly
right, but it gives one color to two garments, picks the darker color of a multipack, and calls every vest a "tank
top" and every trunk "boxer briefs" or "underwear"). Open answers (what is he wearing, describe, details, material,
print) come from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA, trained on In-shop women's clothes without an end
token: it says "she", calls briefs and boxers "shorts" and thermals "leggings", loops on a phrase, runs to the
30-token limit mid-phrase, continues with the next "Question: ... Answer:", and invents pockets, zips and logos.
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine
reference: one candidate value, never looping or cut, but in model shots it often picks the color of the other
garment or of the waistband.

Labeling conventions and judgement calls:
- A closed answer that picks the color of another garment, of the waistband or of the print is a contradiction;
  an open answer or caption that gives the product another worn garment's color is other_garment_color.
- An open answer or caption that gives one color to a whole multipack (or describes one pair of a pack of three)
  is a contradiction; the closed color "multi" for a multipack is correct.
- "shorts" for boxers or lounge shorts, "boxer briefs" or "underwear" for trunks, "tank top" for a vest, "leggings"
  or "long johns" for thermal bottoms, "sweatpants", "pajama pants" or "joggers" for lounge pants are correct.
  "Yes" to "Is this a pair of trunks?" for briefs, or to a garment that is in the photo but is not the product
  (the jeans under a vest, the shirt over the trunks), is a contradiction.
- A material the catalog title contradicts (cotton for a micro modal brief, polyester for cotton trunks) and a
  material nothing supports (silk, fleece, wool on a jersey garment) are unsupported, as are invented pockets,
  zips, logos, piping and buttons that the photo does not show.
- non_answer: empty, one word or yes/no to an open question, or the garment's name said back ("the briefs are
  briefs"). restated: a sentence that only turns the question around ("the X details are the details of the X").
- A text that loops until the token limit is a loop (hit_limit=True), one that stops mid-phrase at the limit
  without repeating is a cut; a text that goes on into "Question: ... Answer:" is a leak, limit or not.
- pronoun: "she"/"her" in any text about a man's product (all model shots show men); a wrong pronoun wins over
  any other slip in the same text. Rows without a gender column have no pronoun failures.
- One label per text: the failure a reader would notice first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

print_of = question("print", "What is the print on the garment?", "open")

BLIND_624 = [
    # photo: flat lay, navy blue cotton trunks with a grey elastic waistband lettered in white, white backdrop,
    # front view. Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-001",
        caption("a pair of navy blue men's trunks on a white background"),
        Q.garment_type("trunks"),
        Q.color("navy blue"),
        describe("trunks", "the trunks are grey with a navy blue waistband", "contradiction"),
        details(
            "trunks",
            "the trunks have a grey elastic waistband with white lettering and a contoured pouch, a contoured "
            "pouch, a contoured pouch, a contoured",
            "loop",
            hit_limit=True,
        ),
        Q.material("100% organic cotton with an anti bacterial finish", "unsupported"),
        title="Jockey Men Navy Blue Solid Cotton Trunks 1015",
        category="Trunks",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model shot, man in a white ribbed sleeveless vest (the product) and grey melange trunks, white
    # backdrop, front view. Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-002",
        caption("a man wearing a grey tank top and grey boxer briefs", "other_garment_color"),
        Q.garment_type("vest"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        wearing("she is wearing a white tank top and grey shorts", "pronoun", who="he"),
        describe("vest", "the vest is grey with a round neck and a ribbed knit", "other_garment_color"),
        details(
            "vest",
            "the vest has a deep round neck, a ribbed fabric and deep armholes that sit low on the sides and a hem "
            "that falls below the waistband of the",
            "cut",
            hit_limit=True,
        ),
        title="Dollar Bigboss Men White Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: model shot, man in black lounge pants (the product) with a drawstring and side pockets, heather grey
    # crew-neck t-shirt, light grey backdrop, full length. Caption base; open VQA adapter; closed reference.
    case(
        "X624-003",
        caption("a man in a grey t-shirt and black sweatpants standing in front of a grey wall"),
        Q.garment_type("lounge pants"),
        color_of("lounge pants", "grey", "contradiction"),
        wearing("the person is wearing a grey t-shirt and black pants"),
        describe("lounge pants", "the pants are black with a drawstring waist and two side pockets"),
        details(
            "lounge pants",
            "the pants have an elastic waist with a drawstring, side pockets, a back pocket with a zipper and a "
            "zipper fly",
            "unsupported",
        ),
        Q.material("cotton"),
        title="Jockey Men Black Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay, pack of 3 briefs fanned out, black, grey melange and navy blue, white backdrop.
    # Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-004",
        caption("three pairs of men's briefs in black, grey and blue"),
        Q.garment_type("briefs"),
        Q.color("multi"),
        describe("briefs", "a pair of black briefs with a grey waistband", "contradiction"),
        details(
            "briefs",
            "the briefs have an elastic waistband with the brand name printed in white, a contoured front pouch, "
            "a mid rise and a full coverage back with a soft",
            "cut",
            hit_limit=True,
        ),
        title="Hanes Men Pack of 3 Assorted Solid Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: model shot cropped waist to knee, man in red and navy checked woven cotton boxers (the product) with a
    # one-button fly, bare torso, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-005",
        caption("a man in red and blue plaid boxer shorts"),
        Q.garment_type("boxers"),
        Q.pattern("checked"),
        Q.color("red"),
        wearing(
            "the person is wearing a plaid shorts and a plaid shorts and a plaid shorts and a plaid shorts and a "
            "plaid shorts and a",
            "loop",
            hit_limit=True,
        ),
        describe("boxers", "the boxers are red and navy checked with an elastic waistband and a button fly"),
        details(
            "boxers",
            "Question: What are the boxers details? Answer: the boxers have an elastic waistband Question: What is "
            "the color",
            "leak",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="U.S. Polo Assn. Men Red Checked Woven Cotton Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: model shot, man in a charcoal grey thermal top with long sleeves and matching thermal bottoms (the
    # set), white backdrop, full length. Caption base; open VQA adapter; closed reference.
    case(
        "X624-006",
        caption("a man in a grey long sleeve shirt and grey leggings"),
        Q.garment_type("thermal set"),
        Q.color("charcoal"),
        Q.sleeve_length("long sleeves"),
        wearing(
            "he is wearing a grey long sleeve top and grey leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe(
            "thermal set",
            "the thermal set is a grey long sleeve top with a round neck and matching leggings with ribbed cuffs",
        ),
        details("thermal set", "the top has a zipper at the neck and thumb holes in the cuffs", "unsupported"),
        title="Lux Inferno Men Charcoal Solid Thermal Set",
        category="Thermal Set",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat lay, light grey melange trunks with a black waistband carrying a white logo, white backdrop,
    # front view. Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-007",
        caption("a pair of grey boxer briefs with a black waistband"),
        Q.garment_type("trunks"),
        Q.color("black", "contradiction"),
        describe("trunks", "the trunks are black with a white logo on the waistband", "contradiction"),
        details("trunks", "elastic", "non_answer"),
        Q.material("cotton and spandex"),
        title="Van Heusen Men Grey Melange Cotton Stretch Trunks",
        category="Trunks",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model shot, man in an olive green crew-neck lounge t-shirt (the product), plain, no pocket, and black
    # joggers, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-008",
        caption("a man in an olive green t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("olive"),
        Q.sleeve_length("short sleeves"),
        wearing("she is wearing a green t-shirt and black pants", "pronoun"),
        describe("t-shirt", "the t-shirt is black with a round neck and short sleeves", "other_garment_color"),
        details(
            "t-shirt",
            "the t-shirt has a round neck, short sleeves and a chest pocket with a button flap",
            "unsupported",
        ),
        title="Jockey Men Olive Green Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model shot, three-quarter view, man wearing only white briefs (the product) with a navy blue waistband
    # lettered in white and navy piping at the leg openings, white backdrop. Caption base; open VQA; closed reference.
    case(
        "X624-009",
        caption("a man in white underwear posing for a picture"),
        Q.garment_type("briefs"),
        Q.color("white"),
        wearing("the man is wearing white briefs", who="the man"),
        describe("briefs", "white", "non_answer"),
        details(
            "briefs",
            "the briefs have a navy blue waistband with white lettering and a white body with navy piping along "
            "the leg openings and a navy",
            "cut",
            hit_limit=True,
        ),
        title="Jockey Men White Solid Briefs 8035",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: flat lay, maroon cotton lounge shorts with a drawstring and side pockets, white backdrop.
    # Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-010",
        caption("a pair of maroon shorts on a white background"),
        Q.garment_type("shorts"),
        Q.color("maroon"),
        describe(
            "lounge shorts",
            "the shorts are maroon with a drawstring waist, side pockets and a zip back pocket",
            "unsupported",
        ),
        details(
            "lounge shorts",
            "the shorts have a drawstring waist, side pockets, side pockets, side pockets, side pockets, side "
            "pockets, side pockets, side pockets",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jockey Men Maroon Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model shot, man in navy blue lounge pants with a small white anchor print (the product) and a plain
    # white t-shirt, light grey backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-011",
        caption("a man in a white t-shirt and blue pajama pants"),
        Q.garment_type("lounge pants"),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        wearing("he is wearing a white t-shirt and blue pants with a white print", who="he"),
        describe("lounge pants", "the pants are white with a blue print and an elastic waist", "other_garment_color"),
        details(
            "lounge pants",
            "the pants have a drawstring waist, an all over anchor print, two side pockets and straight legs that "
            "end just above the ankle with a",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Men Navy Blue Anchor Print Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay, plain black cotton vest with a scoop neck, front view, white backdrop.
    # Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-012",
        caption("a black tank top on a white background"),
        Q.garment_type("vest"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "a black tank top"),
        details("vest", "the vest has a scoop neck and a racerback with a printed logo on the back", "unsupported"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What is the color of the vest?"
            " Answer: black",
            "leak",
        ),
        title="Rupa Frontline Men Black Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: model shot, man in blue-and-white vertically striped boxers (the product) and a plain white vest,
    # white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-013",
        caption("a man in a white tank top and blue striped boxers"),
        Q.garment_type("boxers"),
        Q.pattern("striped"),
        Q.color("blue"),
        wearing("a white tank top and blue striped shorts", who="the man"),
        describe("boxers", "the boxers are solid white with an elastic waist", "contradiction"),
        details("boxers", "she is wearing blue and white striped shorts with an elastic waist", "pronoun"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Men Blue Striped Cotton Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: model shot cropped torso to thigh, man wearing only grey melange trunks with a red waistband and a
    # white logo, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-014",
        caption("a man in grey underwear with a red waistband"),
        Q.garment_type("trunks"),
        Q.color("red", "contradiction"),
        wearing("the person is wearing grey boxer briefs"),
        describe("trunks", "grey trunks with a red waistband and the brand logo in white"),
        details(
            "trunks",
            "the trunks have a red waistband, a red waistband, a red waistband, a red waistband, a red waistband, "
            "a red",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Grey Melange Solid Trunks",
        category="Trunks",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat lay, off-white thermal top with long sleeves and a plain round neck, white backdrop.
    # Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-015",
        caption("a white long sleeved shirt on a white background"),
        Q.garment_type("thermal top"),
        Q.color("off white"),
        Q.sleeve_length("long sleeves"),
        describe("thermal top", "the thermal top is cream with long sleeves and a round neck"),
        details(
            "thermal top",
            "the thermal top has a round neck, long sleeves and a button placket at the neck with three buttons",
            "unsupported",
        ),
        Q.material("the thermal top is made of the material of the thermal top", "restated"),
        title="Lux Cottswool Men Off White Solid Thermal Top",
        category="Thermal Tops",
        color="Off White",
        gender="Men",
    ),
    # photo: model shot, man in a navy blue lounge t-shirt and grey-and-black checked lounge pants (the product),
    # white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-016",
        caption("a man in a blue shirt and plaid pants"),
        Q.garment_type("lounge pants"),
        Q.color("navy blue", "contradiction"),
        Q.pattern("checked"),
        wearing("the man is wearing a navy blue t-shirt and grey checked pajama pants", who="he"),
        describe("lounge pants", "the pants are navy blue with a plaid pattern", "other_garment_color"),
        details("lounge pants", "yes", "non_answer"),
        color_of("lounge pants", "grey and black", kind="open"),
        title="Marks & Spencer Men Grey Checked Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: model shot, man in black trunks (the product) and a white vest, white backdrop, front view.
    # Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-017",
        caption("a man in a white tank top and white underwear", "other_garment_color"),
        Q.garment_type("trunks"),
        Q.color("black"),
        wearing("she is wearing a white tank top and black shorts", "pronoun"),
        describe("trunks", "the trunks are white with an elastic waistband", "other_garment_color"),
        details(
            "trunks",
            "Question: What are the trunks details? Answer: the trunks have a wide elastic waistband Question: What "
            "is the color of",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        title="Calvin Klein Underwear Men Black Cotton Stretch Trunks",
        category="Trunks",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay, pack of 2 round-neck vests, one white and one grey melange, side by side, white backdrop.
    # Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-018",
        caption("two white tank tops on a white background", "contradiction"),
        Q.garment_type("vest"),
        Q.color("multi"),
        Q.sleeve_length("sleeveless"),
        describe("vests", "two vests, one white and one grey, with round necks"),
        details(
            "vests",
            "the vests the vests the vests the vests the vests the vests the vests the vests the vests the vests",
            "loop",
            hit_limit=True,
        ),
        title="Dixcy Scott Men Pack of 2 Round Neck Innerwear Vests",
        category="Innerwear Vests",
        color="Multi",
        gender="Men",
    ),
    # photo: model shot, man in sky blue lounge shorts (the product) with a white drawstring, white side piping and
    # a small white logo on the left leg, white crew t-shirt, light grey backdrop. Caption base; open VQA; closed
    # reference. The feed row has no gender column.
    case(
        "X624-019",
        caption("a man in a white shirt and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        wearing("a white t-shirt and light blue shorts", who="the man"),
        describe("lounge shorts", "the shorts are white with a drawstring", "other_garment_color"),
        details(
            "lounge shorts",
            "the shorts have a white drawstring, white piping along the side seams and a white logo on the left leg "
            "and a white",
            "cut",
            hit_limit=True,
        ),
        Q.material("yes", "non_answer"),
        title="Puma Men Sky Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
    ),
    # photo: model shot, man in a maroon thermal top (the product) with ribbed cuffs and black track pants, white
    # backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-020",
        caption("a man in a red long sleeved shirt and black pants"),
        Q.garment_type("thermal top"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("long sleeves"),
        wearing("he is wearing a black long sleeve t-shirt and black track pants", "other_garment_color", who="he"),
        describe("thermal top", "the top is black with long sleeves and a round neck", "other_garment_color"),
        details(
            "thermal top",
            "the thermal top has a round neck, ribbed cuffs at the wrists, flatlock seams along the sides and a "
            "ribbed hem at the bottom of the top which is",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton blend"),
        title="Lux Inferno Men Maroon Cotton Blend Thermal Top",
        category="Thermal Tops",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat lay, royal blue trunks with a yellow contrast waistband and yellow piping at the leg openings,
    # white backdrop. Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-021",
        caption("a pair of blue and yellow boxer briefs"),
        Q.garment_type("trunks"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        describe("trunks", "blue trunks with a yellow waistband and yellow piping on the legs"),
        details(
            "trunks",
            "the trunks are made of cotton and have a yellow waistband and yellow piping on the legs and a yellow "
            "waistband and yellow piping on the legs and a",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Men Royal Blue Solid Trunks with Contrast Waistband",
        category="Trunks",
        color="Blue",
        gender="Men",
    ),
    # photo: model shot, man in grey melange lounge joggers (the product) with a black drawstring and side pockets,
    # black t-shirt, white sneakers, light grey backdrop, front view. Caption base; open VQA; closed reference.
    case(
        "X624-022",
        caption("a man in a black t-shirt and black sweatpants", "other_garment_color"),
        Q.garment_type("lounge pants"),
        Q.color("grey"),
        wearing("she is wearing a black t-shirt and grey pants and white sneakers", "pronoun"),
        describe("joggers", "the joggers are black with a drawstring waist and ribbed cuffs", "other_garment_color"),
        details(
            "joggers",
            "the joggers have a drawstring waist, ribbed cuffs at the ankles and a zippered back pocket",
            "unsupported",
        ),
        Q.material("cotton"),
        title="Jockey Men Grey Melange Solid Cotton Lounge Joggers",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat lay, pack of 5 briefs in black, navy, red, grey and white, each with a contrast waistband printed
    # with the brand name, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-023",
        caption("a group of five men's briefs in different colors"),
        Q.garment_type("briefs"),
        Q.color("multi"),
        describe("briefs", "the briefs are black", "contradiction"),
        details(
            "briefs",
            "the briefs come in five colors, black, navy blue, red, grey and white, each with a contrast elastic "
            "waistband printed with the brand name and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Amul Macho Men Pack of 5 Assorted Cotton Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: model shot, man in a black sleeveless round-neck vest (the product) and blue denim jeans, white
    # backdrop. Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-024",
        caption("a man in a black tank top and blue jeans"),
        Q.garment_type("vest"),
        Q.color("blue", "contradiction"),
        wearing("the man is wearing a black tank top and blue jeans", who="the man"),
        describe("vest", "the vest is blue denim with a round neck", "other_garment_color"),
        details(
            "vest",
            "the vest has a round neck, a round neck, a round neck, a round neck, a round neck, a round neck, a round",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes", "contradiction", article="a"),
        title="Jockey Men Black Solid Round Neck Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay, teal woven boxers with a white palm tree print and an elastic waistband, front view, no
    # pockets, white backdrop. Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-025",
        caption("a pair of blue boxer shorts with palm trees on them"),
        Q.garment_type("boxers"),
        Q.pattern("printed"),
        Q.color("teal"),
        describe("boxers", "the boxers are teal with a white palm tree print and an elastic waistband"),
        details(
            "boxers",
            "the boxers have an elastic waistband and a button fly and two back pockets with flaps",
            "unsupported",
        ),
        print_of("palm trees and parrots", "unsupported"),
        title="Bummer Men Teal Tropical Print Cotton Boxers",
        category="Boxers",
        color="Teal",
        gender="Men",
    ),
    # photo: model shot, man in a white thermal top and white thermal bottoms (the set), white backdrop, full
    # length. Caption base; open VQA adapter; closed reference. The feed row has no gender column.
    case(
        "X624-026",
        caption("a man in white long johns standing in front of a white wall"),
        Q.garment_type("thermal set"),
        Q.color("white"),
        Q.sleeve_length("long sleeves"),
        wearing("the person is wearing a white long sleeve shirt and white leggings"),
        describe("thermal set", "the thermal set is the thermal set", "restated"),
        details(
            "thermal set",
            "Question: What are the thermal set details? Answer: the thermal set has long sleeves Question: What is "
            "the",
            "leak",
            hit_limit=True,
        ),
        title="Dollar Thermocot Men White Solid Thermal Set",
        category="Thermal Set",
        color="White",
    ),
    # photo: model shot, man in charcoal grey woven boxers (the product) and a light blue crew-neck t-shirt,
    # light grey backdrop. Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-027",
        caption("a man in a blue t-shirt and grey shorts"),
        Q.garment_type("boxers"),
        Q.color("light blue", "contradiction"),
        wearing("a light blue t-shirt and charcoal boxer shorts", who="he"),
        describe(
            "boxers", "the boxers are light blue with an elastic waistband and a button fly", "other_garment_color"
        ),
        details("boxers", "details", "non_answer"),
        Q.material(
            "cotton and the t-shirt is made of cotton and the shorts are made of cotton and the t-shirt is made of "
            "cotton and the",
            "loop",
            hit_limit=True,
        ),
        title="Van Heusen Men Charcoal Solid Woven Cotton Boxers",
        category="Boxers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat lay, burgundy micro modal briefs with a black waistband lettered in white, white backdrop.
    # Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-028",
        caption("a pair of black underwear on a white background", "contradiction"),
        Q.garment_type("briefs"),
        Q.color("maroon"),
        describe("briefs", "the briefs are burgundy with a black waistband"),
        details(
            "briefs",
            "the briefs have a black waistband with the brand name in white and a contoured pouch in the front and "
            "a contoured pouch in the front and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        title="XYXX Men Burgundy Solid Micro Modal Briefs",
        category="Briefs",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model shot, man in a plain navy blue round-neck vest (the product) and matching navy trunks, no print
    # on the chest, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-029",
        caption("a man in a blue tank top and blue underwear"),
        Q.garment_type("vest"),
        Q.color("navy blue"),
        Q.sleeve_length("sleeveless"),
        wearing("she is wearing a navy blue tank top and matching briefs", "pronoun", who="he"),
        describe("vest", "the vest is navy blue with a round neck and a slim fit"),
        details("vest", "the vest has a round neck and the brand logo printed on the chest in white", "unsupported"),
        title="Jockey Men Navy Blue Solid Slim Fit Innerwear Vest",
        category="Innerwear Vests",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model shot, man in a mustard yellow lounge t-shirt and black lounge shorts with a white geometric print
    # (the product), white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-030",
        caption("a man in a yellow shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("yellow", "contradiction"),
        Q.pattern("printed"),
        wearing("the person is wearing a yellow t-shirt and black and white shorts"),
        describe("lounge shorts", "the shorts are mustard yellow with a geometric print", "other_garment_color"),
        details("lounge shorts", "the lounge shorts details are the details of the lounge shorts", "restated"),
        Q.material("cotton"),
        title="Bewakoof Men Black Geometric Print Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay, grey melange jersey lounge joggers with a black drawstring, side pockets and ribbed ankle
    # cuffs, front view, white backdrop. Caption base; open VQA adapter; closed reference. No color column.
    case(
        "X624-031",
        caption("a pair of grey sweatpants on a white background"),
        Q.garment_type("lounge pants"),
        Q.color("grey"),
        describe("lounge pants", "the pants are grey with a black drawstring and elastic cuffs at the ankles"),
        details(
            "lounge pants",
            "the pants have a drawstring waist, ribbed cuffs, two side pockets, a back pocket, a back pocket, a "
            "back pocket, a back pocket, a back",
            "loop",
            hit_limit=True,
        ),
        Q.material("fleece", "unsupported"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Lounge Joggers",
        category="Lounge Pants",
        gender="Men",
    ),
    # photo: model shot, man in white trunks (the product) with a white waistband lettered in grey and an open
    # light blue denim shirt over a bare chest, white backdrop. Caption base; open VQA; closed reference.
    case(
        "X624-032",
        caption("a man in a blue shirt and white underwear"),
        Q.garment_type("trunks"),
        Q.color("light blue", "contradiction"),
        wearing("the man is wearing a blue denim shirt and white boxer briefs", who="the man"),
        describe("trunks", "the trunks are blue denim", "other_garment_color"),
        details("trunks", "the trunks have a white elastic waistband with grey lettering"),
        is_a("shirt", "yes", "contradiction"),
        title="Tommy Hilfiger Men White Solid Trunks",
        category="Trunks",
        color="White",
        gender="Men",
    ),
    # photo: flat lay, olive green thermal bottoms with a wide waistband, front fly and ribbed ankle cuffs, white
    # backdrop. Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-033",
        caption("a pair of green leggings on a white background"),
        Q.garment_type("thermal bottoms"),
        Q.color("olive"),
        describe("thermal bottoms", "no", "non_answer"),
        details(
            "thermal bottoms",
            "the thermal bottoms have a wide elastic waistband, a front fly opening, ribbed ankle cuffs and flatlock "
            "seams running down the inside of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("wool blend with a fleece lining", "unsupported"),
        title="Lux Inferno Men Olive Cotton Rich Thermal Bottoms",
        category="Thermal Bottoms",
        color="Olive",
        gender="Men",
    ),
    # photo: model shot, man in a grey melange round-neck vest (the product) and black lounge shorts, white
    # backdrop. Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-034",
        caption("a man in a grey tank top and black shorts"),
        Q.garment_type("vest"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "he is wearing a grey tank top and black shorts and black shorts and black shorts and black shorts and "
            "black shorts and black",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe("vest", "the vest is black with a round neck", "other_garment_color"),
        details("vest", "it has a round neck"),
        title="Jockey Men Grey Melange Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat lay, pack of 3 trunks in black, charcoal and navy blue, stacked and overlapping, white backdrop.
    # Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-035",
        caption("three pairs of black boxer briefs", "contradiction"),
        Q.garment_type("trunks"),
        Q.color("black", "contradiction"),
        describe("trunks", "three trunks in black, grey and navy blue"),
        details(
            "trunks",
            "the trunks have a contrast waistband with the brand name woven in and a soft pouch and a comfortable "
            "fit with a mid rise and long legs that",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of trunks", "yes", article="a"),
        title="U.S. Polo Assn. Men Pack of 3 Assorted Trunks",
        category="Trunks",
        color="Assorted",
        gender="Men",
    ),
    # photo: model shot, man in red-and-black buffalo check flannel lounge pants (the product) and a black henley,
    # light grey backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-036",
        caption("a man in a black shirt and red plaid pajama pants"),
        Q.garment_type("lounge pants"),
        Q.pattern("checked"),
        Q.color("red"),
        wearing("she is wearing a black shirt and red and black plaid pants", "pronoun"),
        describe("lounge pants", "the pants are red and black plaid with an elastic waist"),
        details(
            "lounge pants",
            "the pants have an elastic waistband, a satin drawstring and contrast black piping on the side seams",
            "unsupported",
        ),
        Q.material(
            "Question: What material is the garment made of? Answer: flannel Question: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        title="Marks & Spencer Men Red Buffalo Check Flannel Lounge Pants",
        category="Lounge Pants",
        color="Red",
        gender="Men",
    ),
    # photo: flat lay, plain white cotton vest with a deep scoop neck and wide armholes, white backdrop. Caption
    # base model; open answers VQA adapter; closed reference. The feed row has no gender column.
    case(
        "X624-037",
        caption("a white tank top on a white background"),
        Q.garment_type("vest"),
        Q.color("white"),
        describe("vest", "the vest is white"),
        details(
            "vest", "the vest has a deep scoop neck, wide armholes and a printed brand logo on the chest", "unsupported"
        ),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What is the color of the "
            "garment? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        title="Rupa Macroman Men White Cotton Gym Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # photo: model shot, front view, man wearing only black briefs (the product) with a bright green waistband
    # lettered in black, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-038",
        caption("a man in black underwear with a green waistband"),
        Q.garment_type("briefs"),
        Q.color("green", "contradiction"),
        wearing("he is wearing black briefs with a green waistband", who="he"),
        describe("briefs", "the briefs are briefs", "non_answer"),
        details("briefs", "the briefs have a green elastic waistband with the brand name printed in black"),
        is_a("pair of trunks", "yes", "contradiction", article="a"),
        title="Jockey Men Black Solid Briefs with Contrast Waistband",
        category="Briefs",
        color="Black",
        gender="Men",
    ),
    # photo: model shot, man in a navy blue long-sleeve crew-neck thermal top and matching navy thermal pants (the
    # set), white backdrop, full length. Caption base; open VQA adapter; closed reference.
    case(
        "X624-039",
        caption("a man in a blue long sleeve shirt and blue pants"),
        Q.garment_type("thermal set"),
        Q.color("navy blue"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("the man is wearing a navy blue thermal top and matching thermal pants", who="the man"),
        describe(
            "thermal set",
            "the thermal set is a navy blue long sleeve top with a round neck and ribbed cuffs and a pair of matching "
            "thermal pants with an elastic waistband and",
            "cut",
            hit_limit=True,
        ),
        details("thermal set", "the top has a zip neck and a fleece lined inside", "unsupported"),
        Q.material("the material of the garment is the material", "restated"),
        title="Jockey Men Navy Blue Solid Thermal Set",
        category="Thermal Set",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay, white woven boxers with a small navy anchor print, a white waistband with navy text and a
    # button fly, white backdrop. Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-040",
        caption("a white pair of boxer shorts with blue anchors"),
        Q.garment_type("boxers"),
        Q.pattern("printed"),
        Q.color("navy blue", "contradiction"),
        describe("boxers", "the boxers are white with a navy anchor print and an elastic waistband"),
        details(
            "boxers",
            "the boxers have an elastic waistband with navy text, a button fly and a relaxed fit that falls to mid "
            "thigh and is",
            "cut",
            hit_limit=True,
        ),
        print_of("anchors"),
        Q.material("cotton and silk blend", "unsupported"),
        title="Tommy Hilfiger Men White Anchor Print Cotton Boxers",
        category="Boxers",
        color="White",
        gender="Men",
    ),
    # photo: model shot, man in a light grey lounge set (short-sleeve t-shirt with a chest pocket and matching
    # drawstring shorts with side pockets), white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-041",
        caption("a man in a grey t-shirt and grey shorts"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("short sleeves"),
        wearing("a grey t-shirt and grey shorts", who="he"),
        describe(
            "lounge set",
            "Question: Describe the lounge set. Answer: a grey t-shirt and grey shorts Question: What is he wearing? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        details("lounge set", "the lounge set has a chest pocket on the t-shirt and side pockets on the shorts"),
        Q.material("cotton, she is wearing a cotton t-shirt and cotton shorts", "pronoun"),
        title="Jockey Men Light Grey Solid Lounge T-shirt and Shorts Set",
        category="Loungewear Set",
        color="Grey",
        gender="Men",
    ),
    # photo: flat lay, black trunks with an all-over small white logo print, white backdrop, front view.
    # Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-042",
        caption("a pair of black and white boxer briefs"),
        Q.garment_type("trunks"),
        Q.pattern("solid", "contradiction"),
        Q.color("black"),
        describe("trunks", "the trunks are described as trunks", "restated"),
        details(
            "trunks",
            "the trunks have an all over print, an all over print, an all over print, an all over print, an all over "
            "print, an all",
            "loop",
            hit_limit=True,
        ),
        Q.material("", "non_answer"),
        title="Levis Men Black Logo Print Trunks",
        category="Trunks",
        color="Black",
        gender="Men",
    ),
    # photo: model shot, front view, man in a white vest and light blue checked woven boxers (the product) with an
    # elastic waistband and a button fly, white backdrop.
    # Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-043",
        caption("a man in a white tank top and blue plaid boxers"),
        Q.garment_type("boxers"),
        Q.pattern("checked"),
        Q.color("white", "contradiction"),
        wearing("she is wearing a white tank top and blue checked shorts", "pronoun", who="the man"),
        describe("boxers", "the boxers are white with a round neck", "other_garment_color"),
        details(
            "boxers",
            "the boxers have an elastic waistband, a button fly and a back pocket with a button",
            "unsupported",
        ),
        title="Marks & Spencer Men Blue Checked Cotton Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: model shot, man in heather charcoal lounge pants (the product) with tapered cuffed legs and a
    # navy-and-white breton striped t-shirt, light grey backdrop. Caption base; open VQA; closed reference.
    case(
        "X624-044",
        caption("a man in a striped shirt and grey pants"),
        Q.garment_type("lounge pants"),
        Q.color("charcoal"),
        Q.pattern("striped", "contradiction"),
        wearing("the person is wearing a navy and white striped t-shirt and dark grey pants"),
        describe("lounge pants", "the pants are navy blue and white striped", "other_garment_color"),
        details(
            "lounge pants",
            "the pants have an elastic waist with a drawstring, tapered legs with ribbed cuffs at the ankles and a "
            "relaxed fit through the thigh and the",
            "cut",
            hit_limit=True,
        ),
        title="Van Heusen Men Charcoal Solid Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat lay, white half-sleeve V-neck cotton undershirt, plain, no pocket, white backdrop.
    # Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X624-045",
        caption("a white v-neck t-shirt on a white background"),
        Q.garment_type("vest"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        describe("vest", "the vest is white with a v neck and short sleeves"),
        details(
            "vest",
            "the vest has a v-neck and short sleeves and a pocket on the left chest and a pocket on the left chest "
            "and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of a material", "restated"),
        title="Jockey Men White Solid V-Neck Half Sleeve Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: model shot, man in blue camouflage print lounge shorts (the product) with a drawstring and a plain
    # white vest, bareheaded, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X624-046",
        caption("a man in a white tank top and blue camouflage shorts"),
        Q.garment_type("shorts"),
        Q.pattern("printed"),
        Q.color("blue"),
        wearing("he is wearing a white tank top, camouflage shorts and a black cap", "unsupported", who="he"),
        describe("lounge shorts", "the shorts are white with a camouflage print", "other_garment_color"),
        details(
            "lounge shorts",
            "Question: What are the lounge shorts details? Answer: the shorts have a drawstring waist Question: "
            "What is he",
            "leak",
            hit_limit=True,
        ),
        print_of("camouflage"),
        title="Bewakoof Men Blue Camouflage Print Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
        gender="Men",
    ),
]
