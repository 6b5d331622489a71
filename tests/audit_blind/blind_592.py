"""BLIND_592 (46 products; Myntra men's innerwear and activewear, base+VQA): written blind in the fifty-second session.
Measured blind at f0b6d89 (the session's sixth rules): 91/121 failures found (75.2%) and 5/177 correct texts flagged
(2.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's innerwear, loungewear and activewear: vests, briefs, trunks, boxers, lounge
shorts and pants, thermal tops, bottoms and sets, gym t-shirts and tank tops, track pants. Catalog photos on a white
or light grey backdrop, mostly worn by a male model who also wears other clothes (a vest over the briefs, a t-shirt
over the track pants, a hoodie over the joggers), some flat packshots of multi-packs with no person, a few back or
side views and props (a dumbbell, a water bottle). Catalog columns: title, category (Myntra's article type), color
(Myntra's base colour) and gender; a few rows lack the color column.

Who wrote what: every caption is the untuned Salesforce/blip2-opt-2.7b (short, lowercase, "t - shirt" spacing, says
"underwear" or "tank top" rather than the catalog word, sometimes black for navy, sometimes "a woman" for a slim
long-haired model, sometimes an invented setting). Every answer is the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA) on the base model. Its open answers are free generation with no trained end token:
they often run on to the 30-token limit in a loop or stop mid-phrase, sometimes carry on into the
"Question: ... Answer:" format, use the In-shop words (tee, tank, shorts, pants, leggings), give the color of
whatever garment dominates the photo, and invent details (pockets, zips, mesh backs, materials). Its closed answers
come from enrich's --engine reference (one candidate value picked), so they never loop or cut, but they can pick
the waistband's color, the other garment's color or the wrong type or sleeve length.

Labeling conventions and judgement calls:
- A color that belongs to another worn garment (the vest for the trunks, the t-shirt for the track pants) is
  other_garment_color, open or closed. A color that belongs to a trim of the product itself (a contrast waistband
  given as the briefs' color) is contradiction, as is black for a navy or charcoal garment.
- Synonyms are correct: tank/tank top/vest/undershirt, tee/t-shirt/shirt for a t-shirt, underwear/boxer briefs for
  trunks, boxer shorts/shorts for boxers, sweatpants/joggers/pants for track and lounge pants, leggings or long
  underwear for thermal bottoms, green for olive, red for maroon, green for a teal tee, grey/gray for melange.
  Plain "shorts" for briefs or trunks is contradiction (another garment class than the seller's).
- "she", "her" or "a woman" for a men's product is pronoun, in captions and answers alike.
- A one-word or yes/no answer that says nothing about what was asked ("yes", "pants", "the shorts", "they are
  short") to an open question is non_answer, and so is a bare tautology ("the briefs are briefs"); a short
  answer that does answer ("white briefs") is correct. Answers built from the question's own phrasing and saying
  nothing more ("the t-shirt details are the t-shirt details", "describe the pants. the pants are ...") are
  restated.
- Loops and cuts that ran to the 30-token limit carry hit_limit=True, and so do leaks that ran on into another
  "Question:"; two answers that stopped on a newline mid-phrase are cut without hit_limit. A loop is labelled loop
  even when its repeated phrase is true; a leak is labelled leak even when its first answer is right.
- Material: a material the title names, or the usual one for the garment (cotton for vests, briefs and trunks,
  polyester for Dri-FIT or dry-fit gym wear), is correct; a material the title contradicts or nothing supports
  (silk briefs, denim boxers, leather track pants, wool thermals sold as cotton) is unsupported.
- Invented visible details (a pocket on a vest, a button fly on knit trunks, a mesh back on a front view, palm trees
  in an anchor print) are unsupported. On a packshot with no person, an answer about what someone wears that names
  a garment not in the photo is unsupported.
- A closed color answer of "multicolor" for an assorted pack is correct; one of several visible colors alone is
  avoided rather than judged.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

waistband = question("waistband", "What is written on the waistband?", "open")

BLIND_592 = [
    # photo: man in a white round-neck sleeveless cotton vest and navy trunks with a Jockey waistband, white
    # backdrop, front view, cropped at the knees; base caption, VQA answers
    case(
        "X592-001",
        caption("a man in a white tank top and blue underwear standing in front of a white background"),
        wearing("white tank top and navy trunks"),
        color_of("vest", "white"),
        describe(
            "vest",
            "a white sleeveless vest with a round neck, deep armholes and a slightly longer length so that it stays"
            " tucked into the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details(
            "vest",
            "the vest has a round neck and a round neck and a round neck and a round neck and a round neck and a",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Men White Cotton Round Neck Vest 8820",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: bare-chested man in black knit trunks with a grey elastic waistband lettered VAN HEUSEN in white,
    # light grey backdrop, front view; base caption, VQA answers
    case(
        "X592-002",
        caption("a man in black underwear posing for a picture"),
        wearing("black boxer briefs with a", "cut", who="the man"),
        color_of("trunks", "black"),
        Q.pattern("solid"),
        details("trunks", "the trunks have a grey elastic waistband with white lettering"),
        describe("trunks", "black trunks with a button fly and a back pocket", "unsupported"),
        is_a("vest", "yes", "contradiction"),
        title="Van Heusen Men Pack of 2 Black Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: packshot, no person: three folded briefs (navy, grey melange, red) with contrast waistbands on a white
    # backdrop beside the cardboard pack sleeve; base caption, VQA answers
    case(
        "X592-003",
        caption("three pairs of men's underwear on a white background"),
        wearing("shorts", "contradiction"),
        Q.color("multicolor"),
        describe("briefs", "three briefs in navy, grey and red with contrast waistbands"),
        details("briefs", "the briefs are briefs", "non_answer"),
        Q.material("silk", "unsupported"),
        is_a("pair of shorts", "no", article="a"),
        title="Hanes Men Pack of 3 Assorted Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: man in a black crew-neck short-sleeve gym t-shirt with a small white Puma cat logo on the left chest,
    # grey track pants, white backdrop, front view; base caption, VQA answers
    case(
        "X592-004",
        caption("a man in a black t - shirt and gray pants"),
        wearing("black tee, grey pants", who="he"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves"),
        details(
            "t-shirt",
            "the t-shirt has a white logo on the chest and a white logo on the chest and a white logo on the chest and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        Q.garment_type("t-shirt"),
        title="Puma Men Black dryCELL Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in navy track pants with two white side stripes, a plain white t-shirt and white sneakers, white
    # backdrop, full length; base caption, VQA answers
    case(
        "X592-005",
        caption("a man in a white shirt and blue pants"),
        color_of("pants", "white", "other_garment_color"),
        describe("pants", "navy blue track pants with white stripes down the sides"),
        details(
            "pants",
            "the pants have white stripes on the sides and an elastic waist with a drawstring and the ankles are",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of track pants", "yes"),
        wearing("she is wearing a white shirt and blue pants", "pronoun"),
        title="Proline Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in grey melange cotton lounge shorts with a white drawstring and side pockets, black round-neck
    # t-shirt, white backdrop, cropped from chest to knees; base caption, VQA answers
    case(
        "X592-006",
        caption("a man wearing grey shorts and a black t - shirt"),
        details("shorts", "they are short", "non_answer"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        describe("shorts", "grey melange cotton shorts with a drawstring waist and side pockets"),
        Q.material("cotton"),
        wearing("the person is wearing clothes", "non_answer"),
        title="Lux Cozi Men Grey Melange Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a black long-sleeve round-neck thermal top and matching black thermal leggings, white
    # backdrop, full length; base caption, VQA answers
    case(
        "X592-007",
        caption("a man in a black long sleeve shirt and black leggings"),
        wearing("a black thermal top and black leggings"),
        Q.sleeve_length("long sleeves"),
        Q.material("wool", "unsupported"),
        describe("top", "a black long sleeve top with a round neck"),
        details(
            "top",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        is_a("sweater", "yes", "contradiction"),
        title="Lux Inferno Men Black Cotton Blend Thermal Set",
        category="Thermal Set",
        color="Black",
        gender="Men",
    ),
    # photo: back view of a bare-chested man in heather grey low-rise trunks with a black waistband lettered
    # Calvin Klein in white, white backdrop; base caption, VQA answers
    case(
        "X592-008",
        caption("the back of a man in grey underwear"),
        color_of("trunks", "black", "contradiction"),
        details("trunks", "a black waistband with the brand name in white"),
        describe(
            "trunks",
            "the trunks are grey with a black waistband and the trunks are grey with a black waistband and the trunks"
            " are",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing grey trunks", who="he"),
        Q.pattern("solid"),
        title="Calvin Klein Underwear Men Grey Low Rise Trunks",
        category="Trunk",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a teal rapid-dry running t-shirt with short raglan sleeves and a small reflective HRX print on
    # the chest, black running shorts, white backdrop, front view; base caption, VQA answers
    case(
        "X592-009",
        caption("a man in a green shirt and black shorts"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "a teal t-shirt with short raglan sleeves and a print on the chest"),
        Q.material("polyester"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: the t-shirt has a logo on the front Question: What are"
            " the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="HRX by Hrithik Roshan Men Teal Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in navy-and-white checked woven cotton boxers with a button fly and a white ribbed vest, white
    # backdrop, cropped from chest to knees; base caption, VQA answers
    case(
        "X592-010",
        caption("a man in a white shirt and plaid shorts"),
        Q.pattern("checked"),
        color_of("shorts", "navy blue"),
        describe("shorts", "checked boxer shorts in navy and white with an elastic waistband"),
        details(
            "shorts",
            "the shorts have a button fly and a button fly and a button fly and a button fly and a button fly and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tank top and blue shorts"),
        Q.material("denim", "unsupported"),
        title="Jockey Men Navy Blue Checked Woven Boxer Shorts",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in black track pants with three white side stripes, a red crew-neck t-shirt and white sneakers,
    # white backdrop, full length; base caption, VQA answers
    case(
        "X592-011",
        caption("a man in a red shirt and black pants standing"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        wearing("red tee, black pants"),
        details("pants", "three white stripes on the side"),
        is_a("pair of jeans", "no"),
        describe(
            "pants",
            "black track pants with three white stripes down the side and an elastic waistband with a drawstring and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="ADIDAS Men Black Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white ribbed scoop-neck vest and light blue jeans, light grey backdrop, front view, cropped at
    # the thighs; base caption, VQA answers
    case(
        "X592-012",
        caption("a man in a white tank top and jeans"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        details("vest", "the vest has a ribbed texture and a scoop neck"),
        describe("vest", "a white vest"),
        wearing("she is wearing a white tank top and blue jeans", "pronoun", who="he"),
        Q.garment_type("vest"),
        title="Hanes Men White Ribbed Cotton Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: bare-chested man in maroon cotton-stretch trunks with a black waistband bearing the Macroman logo,
    # white backdrop, front view; base caption, VQA answers
    case(
        "X592-013",
        caption("a man in red underwear posing in front of a mirror", "unsupported"),
        color_of("trunks", "maroon"),
        wearing(
            "a pair of maroon trunks Question: What is the color of the trunks? Answer: maroon Question: What is the",
            "leak",
            hit_limit=True,
        ),
        details("trunks", "black waistband with the macroman logo"),
        Q.material("cotton"),
        describe("trunks", "maroon trunks with a fly opening and a small pocket", "unsupported"),
        title="Macroman M-Series Men Maroon Cotton Stretch Trunks",
        category="Trunk",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in navy lounge pants with thin white pinstripes and a drawstring, grey melange t-shirt, white
    # backdrop, full length; base caption, VQA answers
    case(
        "X592-014",
        caption("a man in a grey shirt and blue striped pants"),
        Q.pattern("solid", "contradiction"),
        color_of("pants", "grey", "other_garment_color"),
        describe("pants", "navy blue pajama pants with thin white stripes and a drawstring"),
        details(
            "pants",
            "the pants have a drawstring waist and the pants have a drawstring waist and the pants have a drawstring",
            "loop",
            hit_limit=True,
        ),
        wearing("grey tee and striped pants"),
        title="Tommy Hilfiger Men Navy Blue Striped Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a red short-sleeve training t-shirt with a black Reebok delta logo on the chest, black shorts,
    # holding a dumbbell, white backdrop, front view; base caption, VQA answers
    case(
        "X592-015",
        caption("a man holding a dumbbell in a red shirt"),
        wearing("a red t-shirt and black shorts"),
        color_of("t-shirt", "red"),
        details("t-shirt", "yes", "non_answer"),
        describe(
            "t-shirt", "a red t-shirt with a black logo on the chest and a black stripe on the sleeves", "unsupported"
        ),
        is_a("tank top", "yes", "contradiction"),
        title="Reebok Men Red Workout Ready Tech T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a black racerback gym tank with a white Jockey print on the chest, grey melange joggers, white
    # backdrop, front view; base caption, VQA answers; the seller files the tank under Tshirts
    case(
        "X592-016",
        caption("a man in a black tank top and grey pants"),
        Q.sleeve_length("sleeveless"),
        color_of(
            "tank top",
            "black and white black and white black and white black and white black and white black and white black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        describe("tank top", "a black tank top with a racerback and a white logo on the chest"),
        wearing("shorts", "contradiction", who="the man"),
        details("tank top", "the tank top has a zip pocket at the back", "unsupported"),
        title="Jockey Men Black Racerback Sports Tank Top",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: bare-chested man in white cotton briefs with a navy waistband lettered in white, white backdrop, front
    # view; base caption, VQA answers
    case(
        "X592-017",
        caption("a man in white underwear standing against a white wall"),
        Q.color("navy blue", "contradiction"),
        details("briefs", "a navy waistband with white lettering"),
        describe("briefs", "white briefs"),
        wearing("white briefs"),
        Q.material("cotton"),
        is_a("pair of briefs", "yes"),
        title="Van Heusen Men Pack of 3 White Cotton Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: packshot, no person: two folded sleeveless vests, one white and one grey melange, with the pack card,
    # white backdrop; base caption, VQA answers; the feed row has no color
    case(
        "X592-018",
        caption("two white t - shirts on a white background", "contradiction"),
        describe("vests", "a white vest and a grey vest folded"),
        Q.sleeve_length("sleeveless"),
        details(
            "vests",
            "the vests have a round neck and a round neck and the vests have a round neck and a round neck and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("vest", "yes"),
        title="Dollar Bigboss Men Pack of 2 Sleeveless Vests",
        category="Innerwear Vests",
        gender="Men",
    ),
    # photo: man in a heather grey Dri-FIT training t-shirt with a black Nike swoosh on the left chest and black
    # track pants, white backdrop, three-quarter view; base caption, VQA answers
    case(
        "X592-019",
        caption("a man in a grey nike shirt and black pants"),
        color_of("t-shirt", "grey"),
        color_of("pants", "black"),
        describe(
            "t-shirt",
            "a heather grey t-shirt with a black nike swoosh on the chest, short sleeves, a crew neck and a slim fit"
            " that",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        wearing("the person is wearing a grey t-shirt"),
        details("t-shirt", "the t-shirt details are the t-shirt details", "restated"),
        title="Nike Men Grey Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in olive cotton boxers with a small white anchor print, white vest, white backdrop, cropped from
    # chest to knees; base caption, VQA answers
    case(
        "X592-020",
        caption("a man in a white tank top and green shorts"),
        Q.pattern("printed"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        describe("boxers", "olive green boxers with a small white anchor print"),
        details("boxers", "the boxers have a print of anchors and palm trees all over", "unsupported"),
        wearing("tank, shorts", who="he"),
        title="Lux Cozi Men Olive Printed Cotton Boxers",
        category="Boxers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a charcoal waffle-knit long-sleeve cotton thermal top and black jeans, white backdrop, front
    # view; base caption, VQA answers
    case(
        "X592-021",
        caption("a man in a gray long sleeved shirt"),
        Q.color("charcoal"),
        describe("top", "a grey waffle knit top with long sleeves and a round neck"),
        details(
            "top",
            "the sleeves, the neckline, the cuffs, the sleeves, the neckline, the cuffs, the sleeves, the neckline,"
            " the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        wearing("a black shirt and black pants", "contradiction"),
        title="Jockey Men Charcoal Cotton Thermal Top",
        category="Thermal Tops",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in royal blue track pants with black side panels, a white t-shirt and black sneakers, white
    # backdrop, full length; base caption, VQA answers
    case(
        "X592-022",
        caption("a man in a white shirt and blue pants with a black stripe"),
        color_of("pants", "blue"),
        Q.garment_type("track pants"),
        describe("pants", "describe the pants. the pants are described as pants", "restated"),
        details(
            "pants",
            "Question: What are the pants details? Answer: the pants details Question: What are the pants details?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("white tee, blue pants"),
        Q.material("leather", "unsupported"),
        title="Puma Men Blue Colourblocked Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: man in navy briefs with a white waistband lettered U.S. POLO ASSN., wearing a white vest too, white
    # backdrop, front view; base caption, VQA answers
    case(
        "X592-023",
        caption("a man in a white tank top and blue underwear"),
        color_of("briefs", "white", "other_garment_color", kind="open"),
        Q.garment_type("shorts", "contradiction"),
        details("briefs", "white waistband with the brand name"),
        wearing("a white vest and navy blue briefs", who="the man"),
        is_a("pair of briefs", "yes"),
        title="U.S. Polo Assn. Men Pack of 2 Navy Blue Briefs",
        category="Briefs",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white cotton gym t-shirt with TRAIN HARD printed in black across the chest, black shorts,
    # white backdrop, front view; base caption, VQA answers
    case(
        "X592-024",
        caption("a man in a white shirt with the words train hard on it"),
        color_of("t-shirt", "white"),
        describe("t-shirt", "a white t-shirt with black text on the front"),
        details(
            "t-shirt",
            "the text says train hard and the text says train hard and the text says train hard and the text",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton"),
        wearing(
            "he is wearing a white t-shirt with train hard printed on the front in black letters and black shorts"
            " with a white",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Fila Men White Printed Cotton Training T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: packshot, no person: three trunks (black, navy, grey) in a box with a clear window, white backdrop;
    # base caption, VQA answers
    case(
        "X592-025",
        caption("three pairs of boxer briefs in a box"),
        is_a("pair of trunks", "yes"),
        describe("trunks", "black, navy and grey trunks in a pack"),
        wearing("a black shirt", "unsupported"),
        details("trunks", "the trunks have a pocket on the side", "unsupported"),
        Q.material("cotton"),
        title="Rupa Frontline Men Pack of 3 Trunks",
        category="Trunk",
        color="Multi",
        gender="Men",
    ),
    # photo: man in red-and-black buffalo check cotton lounge shorts and a black t-shirt, white backdrop, cropped
    # from chest to knees; base caption, VQA answers
    case(
        "X592-026",
        caption("a man wearing a black t - shirt and red plaid shorts"),
        color_of("shorts", "red"),
        describe("shorts", "black shorts", "other_garment_color"),
        Q.pattern("checked"),
        details("shorts", "the shorts", "non_answer"),
        wearing("she is wearing a black shirt and red shorts", "pronoun"),
        Q.material("cotton"),
        title="Lux Cozi Men Red Checked Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: man in black Dri-FIT track pants with a white swoosh on the thigh and zips at the ankles, a lime green
    # t-shirt, white backdrop, full length; base caption, VQA answers
    case(
        "X592-027",
        caption("a man in a green shirt and black pants"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        describe(
            "pants",
            "black track pants with a white nike logo on the left thigh, zippered ankles, an elastic waistband with"
            " an internal drawstring and two side",
            "cut",
            hit_limit=True,
        ),
        details(
            "pants",
            "the pants have a zipper at the bottom and a zipper at the bottom and a zipper at the bottom and a",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes", "contradiction"),
        Q.material("polyester"),
        title="Nike Men Black Dri-FIT Academy Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white round-neck short-sleeve cotton undershirt and grey trousers, white backdrop, front view;
    # the seller calls it a half-sleeve vest; base caption, VQA answers
    case(
        "X592-028",
        caption("a man in a white t - shirt and gray pants"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.garment_type("t-shirt"),
        color_of("vest", "white"),
        describe("vest", "a white round neck undershirt with short sleeves"),
        details(
            "vest",
            "Answer: the vest has short sleeves and a round neck Question: What is the color of the vest? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Jockey Men White Round Neck Half Sleeve Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man mid-stride in a navy running tee with a reflective silver logo and matching navy running shorts,
    # white backdrop, front view; base caption, VQA answers
    case(
        "X592-029",
        caption("a man in a blue shirt and blue shorts running"),
        color_of("t-shirt", "navy blue"),
        color_of("shorts", "navy blue"),
        wearing("a navy blue t-shirt and navy blue shorts"),
        details("t-shirt", "the logo is reflective and the back has a mesh panel", "unsupported"),
        Q.material("polyester"),
        title="ADIDAS Men Navy Blue Own The Run Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in grey melange jogger lounge pants with ribbed ankle cuffs and a drawstring, a navy sweatshirt
    # and white sneakers, white backdrop, full length; base caption, VQA answers
    case(
        "X592-030",
        caption("a man in a blue sweatshirt and gray sweatpants"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        describe("pants", "grey joggers with a drawstring waist and ribbed cuffs at the ankles"),
        details("pants", "pants", "non_answer"),
        Q.garment_type("pants"),
        wearing(
            "he is wearing a navy blue sweatshirt, grey jogger pants and white sneakers with white soles and grey"
            " laces and a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Hanes Men Grey Melange Jogger Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: bare-chested man in teal micro-modal trunks with a white waistband carrying the XYXX name, light grey
    # backdrop, front view; base caption, VQA answers
    case(
        "X592-031",
        caption("a man in blue underwear on a gray background"),
        Q.color("teal"),
        Q.material("modal"),
        describe(
            "trunks",
            "teal trunks Question: What is the color of the waistband? Answer: white Question: What is the color of"
            " the",
            "leak",
            hit_limit=True,
        ),
        details(
            "trunks",
            "the waistband has the brand name and the waistband has the brand name and the waistband has the",
            "loop",
            hit_limit=True,
        ),
        wearing("shorts", "contradiction"),
        is_a("pair of trunks", "no", "contradiction"),
        title="XYXX Men Teal Blue Micro Modal Trunks",
        category="Trunk",
        color="Teal",
        gender="Men",
    ),
    # photo: man in off-white thermal bottoms with ribbed ankle cuffs and the matching off-white long-sleeve
    # thermal top, white backdrop, full length; base caption, VQA answers
    case(
        "X592-032",
        caption("a man in white long underwear"),
        color_of("pants", "white"),
        wearing("a white shirt and white leggings"),
        describe("pants", "white thermal pants with ribbed cuffs at the ankles"),
        details("pants", "they are long", "non_answer"),
        Q.material("fleece lined wool", "unsupported"),
        is_a("pair of pants", "yes"),
        title="Lux Inferno Men Off White Cotton Thermal Bottoms",
        category="Thermal Bottoms",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a yellow short-sleeve cotton t-shirt with a large black PUMA print across the chest and black
    # track pants, white backdrop, front view; base caption, VQA answers
    case(
        "X592-033",
        caption("a man in a yellow shirt with puma written on it"),
        Q.pattern("graphic"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe(
            "t-shirt",
            "a yellow t-shirt with a large black puma print on the front and black trim on the sleeves",
            "unsupported",
        ),
        wearing(
            "Question: What is the person wearing? Answer: a yellow shirt Question: What is the person wearing?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Puma Men Yellow Printed Active T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in grey-and-white vertically striped woven boxers with an elastic waist and a black vest, white
    # backdrop, cropped from chest to knees; base caption, VQA answers
    case(
        "X592-034",
        caption("a man in a black tank top and striped shorts"),
        Q.pattern("striped"),
        color_of("boxers", "black", "other_garment_color"),
        describe("boxers", "grey and white striped boxers with an elastic waist"),
        details(
            "boxers",
            "the boxers have stripes the boxers have stripes the boxers have stripes the boxers have stripes the"
            " boxers",
            "loop",
            hit_limit=True,
        ),
        wearing("a black vest and striped boxers", who="the man"),
        title="Van Heusen Men Grey Striped Woven Boxers",
        category="Boxers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in black rapid-dry running track pants with neon green piping down the sides and a black t-shirt,
    # white backdrop, full length; base caption, VQA answers
    case(
        "X592-035",
        caption("a man in all black clothing"),
        color_of("pants", "black"),
        describe("pants", "black jogger pants with neon green piping down the side"),
        details("pants", "the pants have neon green piping"),
        wearing("she is wearing black", "pronoun"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("leggings", "contradiction"),
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Polyester Running Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a grey melange crew-neck lounge t-shirt with navy piping at the neck and navy lounge shorts,
    # white backdrop, front view; base caption, VQA answers
    case(
        "X592-036",
        caption("a man in a gray shirt and blue shorts"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.color("grey"),
        describe("t-shirt", "a grey t-shirt with navy piping at the neck"),
        details("t-shirt", "yes", "non_answer"),
        wearing("she is wearing a grey shirt", "pronoun", who="he"),
        title="Jockey Men Grey Melange Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: bare-chested man in black cotton briefs with a red waistband lettered in black, white backdrop, front
    # view; base caption, VQA answers
    case(
        "X592-037",
        caption("a man in black underwear with a red waistband"),
        color_of("briefs", "red", "contradiction"),
        describe(
            "briefs",
            "black briefs with a red waistband and a red waistband and a red waistband and a red waistband and a red",
            "loop",
            hit_limit=True,
        ),
        details("briefs", "the waistband is red with black lettering"),
        Q.garment_type("briefs"),
        wearing("the person is wearing what the person is wearing", "restated"),
        title="Hanes Men Black Cotton Brief",
        category="Briefs",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive Dri-FIT training t-shirt with a small black swoosh on the left chest, black shorts,
    # holding a water bottle, light grey backdrop, front view; base caption, VQA answers
    case(
        "X592-038",
        caption("a man holding a water bottle wearing a green shirt"),
        color_of("t-shirt", "olive"),
        details(
            "t-shirt",
            "the t-shirt has a small black nike swoosh on the left chest, a crew neck, short sleeves and a regular"
            " fit with",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        wearing("green tee, black shorts, water bottle", who="the man"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Nike Men Olive Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a plain white deep-scoop-neck cotton vest (no pocket) and beige chinos, white backdrop, front
    # view; base caption, VQA answers
    case(
        "X592-039",
        caption("a man in a white tank top and khaki pants"),
        color_of("vest", "beige", "other_garment_color", kind="open"),
        describe("vest", "a white vest with a deep scoop neck"),
        details("vest", "the vest has a pocket on the chest", "unsupported"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "white vest, beige pants Question: What is he wearing? Answer: white vest, beige pants Question:",
            "leak",
            hit_limit=True,
        ),
        title="Dollar Bigboss Men White Cotton Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy full-sleeve round-neck cotton thermal top with ribbed cuffs and grey thermal bottoms,
    # white backdrop, full length; base caption, VQA answers
    case(
        "X592-040",
        caption("a man in a black shirt and gray pants", "contradiction"),
        color_of("top", "grey", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        describe("top", "a navy blue long sleeve thermal top with a round neck and ribbed cuffs"),
        details("top", "the top has a v neck", "contradiction"),
        Q.material("cotton"),
        wearing("Answer: a blue shirt and grey pants", "leak"),
        title="Rupa Thermocot Men Navy Blue Cotton Thermal Top",
        category="Thermal Tops",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in grey melange track pants with three black side stripes and a black pullover hoodie, white
    # backdrop, full length; base caption, VQA answers
    case(
        "X592-041",
        caption("a man in a black hoodie and gray sweatpants"),
        color_of("pants", "black", "other_garment_color"),
        describe(
            "pants",
            "grey melange sweatpants with three black stripes down the sides, an elastic waistband, a drawstring and"
            " two side pockets with",
            "cut",
            hit_limit=True,
        ),
        details("pants", "the pants details are the details of the pants", "restated"),
        wearing("a black hoodie and grey track pants"),
        is_a("pair of track pants", "yes"),
        title="ADIDAS Men Grey Melange 3-Stripes Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a royal blue training t-shirt with a grey camouflage print and CROSSFIT in white on the chest,
    # black shorts, white backdrop, front view; base caption, VQA answers
    case(
        "X592-042",
        caption("a man in a blue and gray camouflage shirt"),
        Q.pattern("printed"),
        color_of("t-shirt", "blue"),
        describe("t-shirt", "a blue camo t-shirt with a crossfit print"),
        details(
            "t-shirt",
            "camouflage camouflage camouflage camouflage camouflage camouflage camouflage camouflage camouflage"
            " camouflage",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a black shirt and black shorts", "other_garment_color", who="he"),
        Q.material("denim", "unsupported"),
        title="Reebok Men Blue CrossFit Camo Print Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in navy lounge shorts with a white palm-leaf print and side pockets and a plain white t-shirt,
    # white backdrop, cropped from chest to knees; base caption, VQA answers
    case(
        "X592-043",
        caption("a man wearing a white t - shirt and blue shorts with palm trees"),
        color_of("shorts", "navy blue"),
        Q.pattern("solid", "contradiction"),
        describe("shorts", "navy blue shorts with a white leaf print and side pockets"),
        details(
            "shorts",
            "the shorts have a print of leaves and a print of leaves and a print of leaves and a print of",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and white shorts", "contradiction"),
        title="Jockey Men Navy Blue Tropical Print Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: slim male model with long hair tied back, in a white ribbed deep-round-neck cotton vest and black
    # track pants, white backdrop, front view; base caption, VQA answers
    case(
        "X592-044",
        caption("a woman in a white tank top and black pants", "pronoun"),
        Q.color("white"),
        describe("vest", "a white ribbed tank top"),
        wearing("white tank top, black pants"),
        details("vest", "the vest has a ribbed texture and a deep round neck"),
        Q.material("cotton"),
        color_of("vest", "black", "other_garment_color", kind="open"),
        title="Lux Venus Men White Ribbed Cotton Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man in plain black thermal bottoms (no fly) with ribbed ankle cuffs and a white crew-neck t-shirt,
    # white backdrop, full length; base caption, VQA answers
    case(
        "X592-045",
        caption("a man in a white shirt and black leggings"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("pants", "black thermal leggings with an elastic waistband and ribbed ankle", "cut"),
        details("pants", "the pants have a fly opening at the front", "unsupported"),
        Q.garment_type("leggings"),
        wearing("she is wearing a white t-shirt and black leggings", "pronoun", who="he"),
        title="Jockey Men Black Thermal Bottoms",
        category="Thermal Bottoms",
        color="Black",
        gender="Men",
    ),
    # photo: man in charcoal knitted track pants with a white Puma cat logo on the left thigh and an untucked white
    # t-shirt that hides the waistband, white backdrop, side view; base caption, VQA answers; the row has no color
    case(
        "X592-046",
        caption("a man in a white shirt and dark gray pants"),
        color_of("pants", "charcoal"),
        describe("pants", "dark grey track pants with a white puma logo on the left thigh"),
        details(
            "pants",
            "the pants have a logo Question: What are the pants details? Answer: the pants have a logo Question:",
            "leak",
            hit_limit=True,
        ),
        waistband("the brand name", "unsupported"),
        wearing("white tee, black pants", "contradiction"),
        Q.material("cotton"),
        title="Puma Men Charcoal Knitted Track Pants",
        category="Track Pants",
        gender="Men",
    ),
]
