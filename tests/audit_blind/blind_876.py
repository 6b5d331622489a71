"""BLIND_876 (46 products; Myntra men's and boys' innerwear, nightwear and loungewear, the VQA adapter): written blind
in the fifty-sixth session. Measured blind at 2733ff7 (the session's final rules): 103/120 failures found (85.8%) and
12/172 correct texts flagged (7.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and boys' innerwear, nightwear and loungewear (article types Briefs, Trunk,
Boxers, Innerwear Vests, Night suits, Lounge Pants, Lounge Shorts, Lounge Tshirts, Bath Robe, Thermal Tops and
Thermal Bottoms). Photos are catalog shots on a plain backdrop (mostly white, a few grey or light blue): adults are
cropped from chest or navel to thigh for underwear and shown full length for nightwear; loungewear is worn with
another garment (a t-shirt over lounge pants, jeans or track pants under a vest). Kids' underwear and most
multi-packs are flat lays with no person at all.

Who wrote what: every caption and open answer is free generation by BLIP-2 OPT-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30 new tokens for answers and 50 for the caption. Closed answers (garment
type, color, pattern, sleeve length, the yes/no "Is this a ...?" questions and closed color_of questions) come from
enrich's --engine reference over the same adapter, one candidate value each. The adapter's habits: terse In-shop
style answers ("tank top", "shorts", "white"); no end token, so when it does not stop it repeats a phrase until the
limit or keeps writing clauses until it is cut; it sometimes writes the next "Question: ... Answer:" itself; its
captions are short and template-like, now and then broken the same ways; it reaches for the In-shop classes it
knows (shorts, tank top, jacket, pants) and for the color of whatever is biggest in the frame, the t-shirt or jeans
next to the product included.

Labeling conventions and judgement calls:
- One label per text. A text that loops is "loop" and one that stops mid-phrase at the limit is "cut", whatever it
  said before; a text that writes "Question:" or "Answer:" is "leak" even when it also ran to the limit.
- hit_limit=True marks every loop, every cut at the limit and every leak that ran on; one cut stopped short of the
  limit (the adapter emitted its newline mid-phrase) and is marked cut without hit_limit.
- Garment names: "underwear" is right for briefs and trunks; "shorts" or "boxer shorts" is right for boxers and
  lounge shorts, but "shorts" or "pants" for trunks or briefs is a contradiction (wrong class); "tank top" and "vest"
  are right for innerwear vests; "t-shirt" is right for a short-sleeve crew-neck undershirt sold as a vest but wrong
  for a sleeveless one; "pajamas" is right for night suits; "robe" is right for bath robes, "jacket" is wrong;
  "leggings" or "tights" are right for thermal bottoms.
- Colors: shades within a family count as right (navy/dark blue/blue, maroon/red, grey melange/heather grey/grey,
  charcoal/dark grey/grey, olive/green, teal called green or blue, beige/khaki, off-white/cream/white). Charcoal that
  the photo shows clearly as grey, called "black", is counted a contradiction; navy called "black" likewise.
- A color answer for the product that gives the color of another worn garment (the t-shirt over lounge pants, the
  jeans under a vest, the other piece of a night suit when the question names that piece) is other_garment_color.
  A color taken from the backdrop, from the waistband or from a print on the product is a contradiction, not
  other_garment_color.
- Night suits: the set is the product, so "the color of the garment" may be either piece's color; a question naming
  one piece ("the pants") answered with the other piece's color is other_garment_color.
- Multi-packs and flat lays: naming any one color of the pack is right; a color that is in none of the items is a
  contradiction. An answer that invents a person wearing a flat-lay item, or a garment not in the photo, is
  unsupported; an answer to "What is the boy wearing?" that just names the laid-out items is counted right.
- Invented construction details (zip fly, button fly, logo print on a side not shown, mesh fabric, back pocket not
  visible) are unsupported. Material answers are right when they match the title's material or the texture shown
  and unsupported when the title names another material or nothing supports the specific fabric claimed.
- Wrong sleeve length or pattern for the product, including the pattern of another garment, is a contradiction.
- non_answer: "yes"/"no" to an open question, a bare color to a wearing or details question, a name with no
  content ("a boy", "briefs" for the briefs' details). A bare garment name to "What is he wearing?" is a terse
  correct answer.
- restated: the answer only turns the question's words back into a sentence ("the details of the pants are the
  pants", "describe the vest").
- pronoun: "she", "her", "woman" or "girl" for a Men or Boys product; "a man" for a boy is not counted.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

# the VQA data's own garment question
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_876 = [
    # photo: man cropped navel to mid-thigh in grey melange trunks with a black waistband lettered JOCKEY in white,
    # bare torso, white backdrop, front view; VQA adapter wrote caption and open answers, reference engine the closed
    case(
        "X876-001",
        caption("a man wearing grey underwear with a black waistband"),
        wearing("grey shorts", failure="contradiction", who="the man"),
        color_of("trunks", "grey"),
        Q.pattern("solid"),
        details(
            "trunks",
            "the trunks have a black waistband with white letters on it and the trunks have a black waistband with "
            "white letters on it and the",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("polyester and spandex", failure="unsupported"),
        title="Jockey Men Pack of 2 Grey Melange Cotton Trunks 1015",
        category="Trunk",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a white sleeveless ribbed vest with a scoop neck, dark blue jeans, white backdrop, front view cut
    # at the thigh; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-002",
        caption("a man in a white tank top and blue jeans standing in front of a white wall"),
        wearing("a white tank top and jeans"),
        Q.garment_type("tank top"),
        Q.color("blue", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "the vest is a white ribbed tank top with a round neck"),
        details("vest", "the vest has a pocket on the chest and buttons on the front", failure="unsupported"),
        title="Hanes Men White Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man full length in a navy short-sleeve crew-neck t-shirt and navy-and-white checked pyjama pants with an
    # elastic waist, barefoot, light grey backdrop; VQA adapter wrote caption and open answers, reference engine closed
    case(
        "X876-003",
        caption("a man in a blue shirt and plaid pajama pants standing on a grey background"),
        wearing("she is wearing a blue t-shirt and checkered pants", failure="pronoun", who="he"),
        color_of("t-shirt", "navy blue"),
        describe(
            "pajamas",
            "the pajamas are blue and white checked with an elastic waist and two side pockets and a drawstring at "
            "the front and a",
            failure="cut",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        Q.sleeve_length("short"),
        title="Chromozome Men Navy Blue Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay of three boys' briefs, red, navy, and sky blue with a small car print, all with white elastic
    # waistbands, white backdrop, no person; VQA adapter wrote caption and open answers, reference engine the closed
    case(
        "X876-004",
        caption("three pairs of underwear on a white background"),
        wearing("a boy is wearing a red shirt and blue shorts", failure="unsupported", who="the boy"),
        Q.color("red"),
        Q.pattern("printed"),
        is_a("pair of briefs", "yes"),
        details("briefs", "the briefs have a car print and a white elastic waistband"),
        describe(
            "briefs",
            "three briefs Question: Describe the briefs. Answer: three briefs Question: Describe the briefs. Answer: "
            "three briefs Question:",
            failure="leak",
            hit_limit=True,
        ),
        title="Ant Kids Boys Pack of 3 Briefs",
        category="Briefs",
        color="Multi",
        gender="Boys",
    ),
    # photo: man full length in charcoal grey lounge pants with a small white star print and a white drawstring, a
    # plain black t-shirt on top, barefoot, white backdrop; VQA adapter wrote caption and open answers, reference
    # engine the closed ones
    case(
        "X876-005",
        caption("a man wearing a black t-shirt and grey pants with stars on them"),
        color_of("pants", "black", failure="other_garment_color"),
        Q.pattern("printed"),
        describe("pants", "the pants are black with white stars and a drawstring waist", failure="other_garment_color"),
        wearing("a black shirt and grey pajama pants"),
        Q.material("cotton"),
        title="Lazy Bones Men Grey Printed Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man cropped waist to knee in navy woven boxers with small white polka dots and a covered elastic waist,
    # a white crew-neck t-shirt above, white backdrop; VQA adapter wrote caption and open answers, reference engine
    # the closed ones
    case(
        "X876-006",
        caption("a man wearing a white t-shirt and blue shorts with white dots"),
        color_of("boxers", "white", failure="other_garment_color"),
        Q.pattern("polka dot"),
        details("boxers", "the boxers have a button fly and a logo on the left leg", failure="unsupported"),
        is_a("pair of boxers", "yes"),
        Q.garment_type("shorts"),
        title="U.S. Polo Assn. Men Navy Blue Polka Dot Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: two folded white sleeveless vests in an open cardboard box with a blue insert, white backdrop, no person;
    # VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-007",
        caption("a white tank top in a box"),
        wearing(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("t-shirt", failure="contradiction"),
        Q.material("cotton"),
        title="Dixcy Scott Men Pack of 2 White Cotton Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man seen from the side in black trunks with a wide white waistband printed with black PUMA logos, bare
    # torso, grey backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-008",
        caption("a man in black underwear with a white waistband standing in front of a grey wall"),
        color_of("trunks", "grey", failure="contradiction"),
        Q.color("black"),
        details("trunks", "the waistband is white with the puma logo in black"),
        wearing("black underwear", who="he"),
        describe(
            "trunks",
            "black trunks with a white waistband Question: Describe the trunks. Answer: black trunks with a white "
            "waistband Question: Describe",
            failure="leak",
            hit_limit=True,
        ),
        title="Puma Men Black Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: boy full length in a light blue short-sleeve t-shirt with a big green-and-orange cartoon dinosaur and
    # matching light blue shorts with small dinosaurs, white backdrop; VQA adapter wrote caption and open answers,
    # reference engine the closed ones
    case(
        "X876-009",
        caption("a young boy in blue pajamas with a dinosaur on the shirt"),
        wearing("she is wearing blue pajamas", failure="pronoun", who="the boy"),
        color_of("shirt", "green", failure="contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        describe("shirt", "a blue t-shirt with a dinosaur on the front"),
        details(
            "shirt",
            "the shirt has a dinosaur print on the front and the shirt has a dinosaur print on the front and the "
            "shirt has a",
            failure="loop",
            hit_limit=True,
        ),
        title="Doodle Boys Blue Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: man cropped navel to thigh in plainly dark grey (charcoal) trunks with a neon green waistband, bare
    # torso, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-010",
        caption("a man wearing grey underwear with a green waistband"),
        Q.color("black", failure="contradiction"),
        color_of("waistband", "green", kind="open"),
        details(
            "trunks",
            "the trunks are made of a breathable mesh fabric with a contoured pouch and flatlock seams",
            failure="unsupported",
        ),
        Q.garment_type("shorts", failure="contradiction"),
        wearing("grey and green underwear"),
        title="Macroman M-Series Men Charcoal Trunk",
        category="Trunk",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man full length in red-and-black buffalo check flannel lounge pants and a grey melange long-sleeve
    # henley, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-011",
        caption("a man in a grey shirt and red plaid pants"),
        color_of("pants", "grey", failure="other_garment_color"),
        Q.pattern("checked"),
        wearing("a grey shirt and red and black plaid pants"),
        describe(
            "pants",
            "the pants are red and black plaid with a drawstring waist and the pants are red and black plaid with a "
            "drawstring waist and the pants are",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("flannel"),
        is_a("pair of jeans", "no"),
        title="Hanes Men Red Checked Flannel Lounge Pants",
        category="Lounge Pants",
        color="Red",
        gender="Men",
    ),
    # photo: man cropped navel to thigh in navy briefs with a navy waistband lettered in grey, white backdrop; VQA
    # adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-012",
        caption("a man in blue underwear"),
        wearing(
            "the man is wearing the man is wearing the man is wearing the man is wearing the man is wearing the man "
            "is wearing the",
            failure="loop",
            who="the man",
            hit_limit=True,
        ),
        color_of("briefs", "navy"),
        Q.color("navy"),
        is_a("pair of briefs", "yes"),
        details("briefs", "briefs", failure="non_answer"),
        title="Jockey Men Navy Briefs 8035",
        category="Briefs",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man full length in a knee-length grey terry bath robe with a shawl collar, two patch pockets and a tied
    # belt, white slippers, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed
    case(
        "X876-013",
        caption("a man in a grey robe with a belt standing on a white background"),
        Q.garment_type("jacket", failure="contradiction"),
        Q.color("grey"),
        Q.material("terry cotton"),
        describe("robe", "a grey robe with a shawl collar and a belt tied at the waist"),
        wearing(
            "a grey robe and white slippers Answer: a grey robe and white slippers Answer: a grey robe and white "
            "slippers Answer:",
            failure="leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        details("robe", "the robe has two front pockets and an embroidered logo on the chest", failure="unsupported"),
        title="Bombay Dyeing Men Grey Cotton Terry Bath Robe",
        category="Bath Robe",
        color="Grey",
        gender="Men",
    ),
    # photo: boy full length in a white sleeveless vest and navy cotton shorts (not the product), white backdrop;
    # VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-014",
        caption("a little boy in a white tank top and blue shorts"),
        wearing("a white tank top and white shorts", failure="contradiction", who="the boy"),
        color_of("vest", "blue", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "she is wearing a white tank top", failure="pronoun"),
        title="Bodycare Boys Pack of 2 White Vests",
        category="Innerwear Vests",
        color="White",
        gender="Boys",
    ),
    # photo: man cropped chest to knee in olive green cotton lounge shorts with a white drawstring and side pockets, a
    # white t-shirt on top, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed
    case(
        "X876-015",
        caption("a man in a white t-shirt and green shorts"),
        Q.color("olive"),
        color_of("shorts", "white", failure="other_garment_color"),
        details("shorts", "the shorts have a drawstring and side pockets"),
        Q.garment_type("shorts"),
        wearing(
            "a white shirt and green shorts Question: What is the person wearing? Answer: a white shirt and green "
            "shorts Question: What",
            failure="leak",
            hit_limit=True,
        ),
        title="Huetrap Men Olive Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: flat lay of three knit boxers, red with white anchors, navy with white anchors and plain grey, white
    # backdrop, no person; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-016",
        caption(
            "three pairs of boxer shorts and a pair of boxer shorts and a pair of boxer shorts and a pair of boxer "
            "shorts and a pair of boxer shorts and a pair of boxer shorts and a pair of boxer shorts and a pair of",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("green", failure="contradiction"),
        Q.pattern("printed"),
        describe("boxers", "the boxers are red, navy and grey with white anchors"),
        details(
            "boxers",
            "the boxers have anchors on them and a button on the front and a button on the front and a button on "
            "the front and a button on the",
            failure="loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Playboy Men Pack of 3 Printed Boxers",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
    # photo: man full length in a button-front long-sleeve pyjama shirt with a notch collar, one chest pocket and navy
    # piping, and matching pants, both in blue-and-white vertical stripes, white backdrop; VQA adapter wrote caption
    # and open answers, reference engine the closed ones
    case(
        "X876-017",
        caption("a man in blue and white striped pajamas"),
        Q.pattern("striped"),
        Q.sleeve_length("short", failure="contradiction"),
        describe(
            "pajamas",
            "blue and white striped pajamas with a collar, buttons down the front and a pocket on the chest",
        ),
        wearing("pajamas"),
        color_of("shirt", "blue"),
        details(
            "pajamas",
            "the pajamas have piping on the collar and cuffs and pocket and the pants have a drawstring and elastic "
            "at the ankles and the shirt has a",
            failure="cut",
            hit_limit=True,
        ),
        title="Lazy Bones Men Blue & White Striped Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: man in an off-white long-sleeve crew-neck thermal top with a waffle texture and ribbed cuffs, black track
    # pants, white backdrop, front view to the knee; VQA adapter wrote caption and open answers, reference engine the
    # closed ones
    case(
        "X876-018",
        caption("a man in a black long sleeve shirt and black pants", failure="other_garment_color"),
        Q.color("black", failure="other_garment_color"),
        Q.sleeve_length("long"),
        Q.material("cotton and wool"),
        describe("top", "a white long sleeved shirt with a round neck and ribbed cuffs"),
        details(
            "top",
            "the top has a waffle texture and ribbed cuffs and a small logo on the chest and a small logo on the "
            "chest and a small logo on",
            failure="loop",
            hit_limit=True,
        ),
        title="Lux Cottswool Men Off-White Thermal Top",
        category="Thermal Tops",
        color="Off White",
        gender="Men",
    ),
    # photo: flat lay of two boys' trunks, royal blue with a grey waistband and grey melange with a royal blue
    # waistband, white backdrop, no person; VQA adapter wrote caption and open answers, reference engine the closed
    # (the feed row has no color)
    case(
        "X876-019",
        caption("a pair of blue and grey underwear"),
        Q.color("blue"),
        Q.garment_type("shorts", failure="contradiction"),
        wearing("a boy", failure="non_answer", who="the boy"),
        details("trunks", "the trunks have a contrast waistband"),
        cloth("underwear"),
        title="Jockey Boys Pack of 2 Assorted Trunks",
        category="Trunk",
        gender="Boys",
    ),
    # photo: man cropped to the knee in a black short-sleeve t-shirt with white text SLEEP MODE ON on the chest and
    # grey lounge shorts, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-020",
        caption("a man wearing a black t-shirt that says sleep mode on"),
        Q.color("black"),
        Q.pattern("graphic"),
        details("t-shirt", "the t-shirt has a white print on the front that reads sleep mode"),
        color_of("t-shirt", "grey", failure="other_garment_color"),
        wearing("he is wearing a black t-shirt and grey shorts", who="he"),
        describe("t-shirt", "a description of the t-shirt", failure="restated"),
        Q.material(
            "100% cotton jersey with a soft brushed finish and reinforced shoulder seams", failure="unsupported"
        ),
        title="Huetrap Men Black Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man cropped waist to knee in blue-and-white gingham woven boxers and a white t-shirt tucked in at the
    # front, hands at his sides, light grey backdrop; VQA adapter wrote caption and open answers, reference engine
    # the closed ones
    case(
        "X876-021",
        caption(
            "a man in a white shirt and blue and white checkered shorts standing in front of a grey background with "
            "his hands by his sides and the shirt is tucked in at the front and the shorts have an elastic waistband "
            "and a",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("blue"),
        describe("boxers", "the boxers are blue and white checkered with an elastic waistband"),
        details("boxers", "a pocket on the back and a zipper fly", failure="unsupported"),
        wearing("Answer: a white t-shirt and plaid boxers", failure="leak", who="he"),
        title="Tommy Hilfiger Men Blue Checked Woven Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: boy full length in a red long-sleeve pullover pyjama top (no collar, no buttons) and red pyjama pants,
    # both with a white snowflake print,
    # white backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-022",
        caption("a young boy in red pajamas with white snowflakes"),
        Q.color("red"),
        Q.sleeve_length("long"),
        wearing(
            "a red pajamas with white snowflakes on it and red pants with white snowflakes on it and red pants with "
            "white snowflakes on it and red",
            failure="loop",
            who="the boy",
            hit_limit=True,
        ),
        Q.pattern("solid", failure="contradiction"),
        is_a("dress", "no"),
        describe(
            "pajamas",
            "red pajamas with white snowflakes and a collar with buttons down the front",
            failure="unsupported",
        ),
        title="Cucumber Boys Red Printed Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # photo: man cropped navel to thigh in white trunks with a black waistband lettered Calvin Klein in white, bare
    # torso, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-023",
        caption("a man in white underwear standing against a white wall"),
        Q.color("black", failure="contradiction"),
        color_of("trunks", "white"),
        details("trunks", "the waistband has calvin klein written on it"),
        wearing("a man in white underwear", who="the man"),
        describe(
            "trunks",
            "the trunks are white with a black waistband and the logo of calvin klein in white letters and a "
            "contoured pouch at the front and the legs are",
            failure="cut",
            hit_limit=True,
        ),
        title="Calvin Klein Underwear Men White Trunks",
        category="Trunk",
        color="White",
        gender="Men",
    ),
    # photo: man full length in navy jersey jogger-style lounge pants with cuffed ankles and a drawstring, a light
    # blue crew-neck sweatshirt with no hood, white sneakers, white backdrop; VQA adapter wrote caption and open
    # answers, reference engine the closed ones
    case(
        "X876-024",
        caption("a man in a light blue hooded sweatshirt and navy blue pants", failure="unsupported"),
        color_of("pants", "light blue", failure="other_garment_color"),
        Q.garment_type("pants"),
        describe("pants", "navy jogger pants with elastic cuffs at the ankles"),
        wearing("a blue sweatshirt and blue pants and white shoes"),
        Q.material("denim", failure="unsupported"),
        title="Marks & Spencer Men Navy Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man cropped chest to waist in a white sleeveless vest, bare arms, light blue backdrop; VQA adapter wrote
    # caption and open answers, reference engine the closed ones
    case(
        "X876-025",
        caption("a man in a white tank top against a blue background"),
        Q.color("blue", failure="contradiction"),
        Q.sleeve_length("sleeveless"),
        wearing("a white vest", who="he"),
        describe("vest", "describe the vest", failure="restated"),
        is_a("tank top", "yes"),
        details("vest", "no", failure="non_answer"),
        title="Rupa Frontline Men Pack of 5 White Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: boy full length in grey melange joggers with a navy drawstring and a navy t-shirt with a white rocket
    # print, hands in the side pockets, white backdrop; VQA adapter wrote caption and open answers, reference engine
    # the closed ones
    case(
        "X876-026",
        caption("a boy wearing a blue shirt with a rocket and grey pants"),
        color_of("pants", "blue", failure="other_garment_color"),
        Q.pattern("solid"),
        wearing("a boy in a blue t-shirt and grey pants", who="the boy"),
        details(
            "pants",
            "the pants have a drawstring and elastic cuffs and she has her hands in the pockets",
            failure="pronoun",
        ),
        describe("pants", "grey pants with a", failure="cut"),
        cloth("grey", failure="non_answer"),
        title="YK Boys Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: man cropped navel to thigh in black trunks with a grey waistband lettered VAN HEUSEN, white backdrop (the
    # pack's other two trunks are not shown); VQA adapter wrote caption and open answers, reference engine the closed
    case(
        "X876-027",
        caption("a man in black boxer briefs"),
        Q.color("black"),
        wearing("black shorts", failure="contradiction", who="the man"),
        details("trunks", "the trunks have a grey waistband with the van heusen logo"),
        Q.material("modal", failure="unsupported"),
        title="Van Heusen Men Pack of 3 Cotton Trunks",
        category="Trunk",
        color="Multi",
        gender="Men",
    ),
    # photo: man full length in a grey melange short-sleeve henley with three buttons and navy pyjama pants with a
    # grey drawstring, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-028",
        caption("a man in a grey shirt and blue pants"),
        Q.color("grey"),
        color_of("pants", "grey", failure="other_garment_color"),
        describe("t-shirt", "a grey henley with three buttons at the neck"),
        wearing(
            "a grey t-shirt and blue pajamas pants and a grey t-shirt and blue pajamas pants and a grey t-shirt and "
            "blue pajamas",
            failure="loop",
            who="he",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        details("pants", "the details of the pants are the pants", failure="restated"),
        title="Sweet Dreams Men Grey Melange & Navy Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man seen from the back in a black racer-back vest and grey track pants, white backdrop, nothing of the
    # front visible; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-029",
        caption("the back of a man wearing a black tank top and grey pants"),
        Q.color("black"),
        color_of("vest", "grey", failure="other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "a black tank top with a racer back"),
        details("vest", "the front of the vest has a large white logo print on the chest", failure="unsupported"),
        wearing("she is wearing a black tank top and grey pants", failure="pronoun"),
        title="Jockey Men Black Racerback Innerwear Vest US26",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: man to the knee in a white short-sleeve crew-neck undershirt and navy chinos, white backdrop; VQA adapter
    # wrote caption and open answers, reference engine the closed ones
    case(
        "X876-030",
        caption("a man in a white t-shirt and blue pants"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        Q.color("white"),
        wearing("a white t-shirt and khaki pants", failure="contradiction", who="the man"),
        describe("undershirt", "a plain white crew neck t shirt with short sleeves"),
        title="Hanes Men Pack of 2 White Crew Neck Undershirts",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man full length in black straight lounge pants with white piping down each side and a grey melange
    # t-shirt, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-031",
        caption("a man in a grey shirt and black pants with white stripes on the side"),
        Q.color("grey", failure="other_garment_color"),
        color_of("pants", "black"),
        details("pants", "white stripes down the sides"),
        Q.pattern("solid"),
        wearing(
            "a grey shirt and black pants with white stripes on the side Question: What is the person wearing? "
            "Answer: a grey",
            failure="leak",
            hit_limit=True,
        ),
        title="Jockey Men Black Solid Lounge Pants 9008",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man to the knee in a maroon sleeveless ribbed vest and black track pants, white backdrop; VQA adapter
    # wrote caption and open answers, reference engine the closed ones
    case(
        "X876-032",
        caption("a man wearing a red tank top and black pants"),
        Q.color("maroon"),
        describe(
            "vest",
            "a red tank top with a scoop neck and ribbed fabric and a red tank top with a scoop neck and ribbed "
            "fabric and a red tank top",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        wearing("black", failure="non_answer", who="he"),
        cloth("tank top"),
        details(
            "vest",
            "ribbed with a scoop neck and deep armholes and a curved hem and the armholes are finished with a narrow "
            "binding and the",
            failure="cut",
            hit_limit=True,
        ),
        title="Rupa Jon Men Maroon Innerwear Vest",
        category="Innerwear Vests",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat lay of five boys' briefs, yellow, green, orange, sky blue and red, each with a small cartoon print,
    # white backdrop, no person; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-033",
        caption("a bunch of colorful underwear on a white background"),
        Q.color("black", failure="contradiction"),
        Q.pattern("printed"),
        describe("briefs", "five pairs of briefs in different colors with cartoon prints"),
        is_a("pair of shorts", "yes", failure="contradiction"),
        wearing(
            "the boy is wearing a yellow underwear and the boy is wearing a green underwear and the boy is wearing "
            "a orange underwear and the boy",
            failure="loop",
            who="the boy",
            hit_limit=True,
        ),
        title="Lux Venus Boys Pack of 5 Printed Briefs",
        category="Briefs",
        color="Multi",
        gender="Boys",
    ),
    # photo: man full length in a solid teal short-sleeve t-shirt and teal-and-white tropical leaf print shorts with
    # a drawstring, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-034",
        caption("a man in a green shirt and shorts with leaves on them"),
        Q.color("teal"),
        wearing(
            "a green t-shirt and green shorts with white leaves Question: What is the color of the shorts? Answer: "
            "green",
            failure="leak",
            who="he",
            hit_limit=True,
        ),
        details(
            "shorts",
            "the shorts have a tropical leaf print and an elastic waistband with a drawstring and two side pockets "
            "and a back pocket with a button and a",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        color_of("shorts", "pink", failure="contradiction", kind="open"),
        title="Chromozome Men Teal Printed Shorts Night Suit",
        category="Night suits",
        color="Teal",
        gender="Men",
    ),
    # photo: small boy in a blue terry hooded bath robe whose hood has cartoon shark eyes and white teeth, tie belt,
    # white backdrop, full length; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-035",
        caption("a little boy in a blue hooded towel with a shark face on the hood"),
        Q.garment_type("robe"),
        wearing("the girl is wearing a blue robe", failure="pronoun", who="the boy"),
        Q.color("blue"),
        Q.material("terry cotton"),
        details("robe", "the robe has a hood with a shark face and a tie belt"),
        describe("robe", "a blue robe with a hood"),
        title="Spaces Boys Blue Cotton Terry Hooded Bath Robe",
        category="Bath Robe",
        color="Blue",
        gender="Boys",
    ),
    # photo: man cropped chest to thigh in red trunks with a red waistband lettered in white and a white t-shirt
    # pulled up slightly, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-036",
        caption("a woman in a white shirt and red underwear", failure="pronoun"),
        Q.color("white", failure="other_garment_color"),
        color_of("trunks", "red"),
        details("trunks", "the trunks have a red waistband with the jockey logo in white"),
        describe(
            "trunks",
            "red trunks. Question: What is the color of the waistband? Answer: red. Question: What is the color of the",
            failure="leak",
            hit_limit=True,
        ),
        is_a("pair of trunks", "yes"),
        title="Jockey Men Red Trunks US21",
        category="Trunk",
        color="Red",
        gender="Men",
    ),
    # photo: flat lay of two boys' knit boxers, navy with white stars and plain grey melange, white backdrop, no
    # person; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-037",
        caption("two pairs of shorts one blue with stars and one grey with stripes", failure="unsupported"),
        Q.color("navy"),
        Q.pattern("printed"),
        wearing("shorts", who="the boy"),
        details("boxers", "yes", failure="non_answer"),
        describe(
            "boxers",
            "the boxers are navy blue with white stars and an elastic waistband and the other pair is grey with an "
            "elastic waistband and a navy",
            failure="cut",
            hit_limit=True,
        ),
        title="Gini & Jony Boys Pack of 2 Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: man full length in a burgundy long-sleeve crew-neck t-shirt and navy checked lounge pants, white
    # backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-038",
        caption("a man wearing a maroon long sleeve shirt and blue plaid pants"),
        Q.color("navy", failure="other_garment_color"),
        Q.sleeve_length("long"),
        describe("t-shirt", "a maroon long sleeved t-shirt with a round neck"),
        wearing("a red shirt and plaid pants", who="he"),
        Q.pattern("checked", failure="contradiction"),
        details("t-shirt", "maroon", failure="non_answer"),
        title="Marks & Spencer Men Burgundy Lounge T-shirt",
        category="Lounge Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: man cropped navel to thigh in royal blue briefs with a wide black waistband lettered UNDERJEANS in white,
    # bare torso, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-039",
        caption(
            "Question: What is the color of the shirt? Answer: blue Question: What is the color of the shirt? Answer: "
            "blue Question: What is the color",
            failure="leak",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("briefs", "black", failure="contradiction"),
        details("briefs", "the briefs have a black waistband with white writing"),
        wearing(
            "the man is wearing blue briefs with a black waistband and a black shirt",
            failure="unsupported",
            who="the man",
        ),
        is_a("pair of briefs", "yes"),
        title="Underjeans by Spykar Men Blue Briefs",
        category="Briefs",
        color="Blue",
        gender="Men",
    ),
    # photo: man full length in black thermal long johns with ribbed ankle cuffs and a grey crew-neck t-shirt, white
    # backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-040",
        caption("a man in a grey t-shirt and black leggings"),
        Q.garment_type("leggings"),
        color_of("leggings", "black"),
        Q.color("grey", failure="other_garment_color"),
        describe("leggings", "tight black leggings with ribbed cuffs at the ankles"),
        details("leggings", "the leggings have side pockets and a zip at each ankle", failure="unsupported"),
        wearing(
            "a grey t-shirt and black tights and black tights and black tights and black tights and black tights and "
            "black tights and black",
            failure="loop",
            hit_limit=True,
        ),
        title="Lux Inferno Men Black Thermal Bottoms",
        category="Thermal Bottoms",
        color="Black",
        gender="Men",
    ),
    # photo: boy full length in a yellow short-sleeve t-shirt with a navy moon-and-stars print and plain navy shorts,
    # white backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-041",
        caption("a young boy in a yellow shirt and yellow shorts", failure="other_garment_color"),
        Q.color("yellow"),
        color_of("shorts", "yellow", failure="other_garment_color"),
        wearing("a yellow t-shirt with moon and stars print and blue shorts", who="the boy"),
        Q.pattern("graphic"),
        describe("night suit", "the night suit is a night suit", failure="restated"),
        title="Hopscotch Boys Yellow Printed Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Boys",
    ),
    # photo: man cropped chest to knee in grey melange knit boxer shorts with an exposed waistband lettered JOCKEY and
    # a black sleeveless vest, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed
    case(
        "X876-042",
        caption("a man in a black tank top and black shorts", failure="other_garment_color"),
        Q.color("black", failure="other_garment_color"),
        Q.garment_type("shorts"),
        color_of("shorts", "grey"),
        details(
            "boxer shorts",
            "the boxer shorts have an exposed waistband with jockey written on it and a fly opening at the front with "
            "two buttons and a small",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jockey Men Grey Melange Cotton Boxer Shorts",
        category="Boxers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man full length in navy lounge pants with a small white geometric all-over print and an elastic waist,
    # a white t-shirt, white backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-043",
        caption("a man wearing a white t-shirt and black pants", failure="contradiction"),
        Q.color("navy"),
        describe("pants", "navy pants with a small white print all over"),
        wearing("a white t-shirt and blue pants"),
        details("pants", "the pants have a zip fly and belt loops", failure="unsupported"),
        color_of("pants", "white", failure="other_garment_color", kind="open"),
        title="FCUK Men Navy Printed Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man to the thigh in a grey melange sleeveless round-neck vest with no pocket and blue jeans, white
    # backdrop; VQA adapter wrote
    # caption and open answers, reference engine the closed ones
    case(
        "X876-044",
        caption("a man in a grey tank top and jeans"),
        wearing("she is wearing a grey tank top and blue jeans", failure="pronoun", who="he"),
        Q.color("blue", failure="other_garment_color"),
        color_of("vest", "grey", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("vest", "the vest has a small pocket on the left chest", failure="unsupported"),
        title="Van Heusen Men Grey Melange Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: two trunks stacked, black in front and olive behind, black waistbands lettered in white with a small red
    # tab, white backdrop, no person; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-045",
        caption("a black and green underwear"),
        Q.color("olive"),
        wearing("the man is wearing black underwear and a green shirt", failure="unsupported", who="the man"),
        details("trunks", "the trunks have a red tag on the waistband"),
        describe("trunks", "black and green trunks with a black waistband and a red tab"),
        Q.garment_type("pants", failure="contradiction"),
        title="Levis Men Pack of 2 Black & Olive Trunks",
        category="Trunk",
        gender="Men",
    ),
    # photo: man cropped chest to knee in beige cotton lounge shorts with a drawstring and a navy polo t-shirt, white
    # backdrop; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X876-046",
        caption("a man in a blue polo shirt and beige shorts"),
        Q.color("beige"),
        color_of("shorts", "blue", kind="open", failure="other_garment_color"),
        wearing("a blue polo shirt and khaki shorts", who="he"),
        details(
            "shorts",
            "the shorts have a drawstring waist and a side pocket and a back pocket and a side pocket and a back "
            "pocket and a side pocket and a",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("linen", failure="unsupported"),
        title="Bombay Dyeing Men Beige Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Beige",
        gender="Men",
    ),
]
