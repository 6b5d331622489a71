"""BLIND_604 (46 products; Myntra women's bottoms on model shots, top worn): written blind in the fifty-second session.
Measured blind at 7104e1f (the session's tenth rules): 106/118 failures found (89.8%) and 4/170 correct texts flagged
(2.4%). The writer's notes, verbatim:

Scenario: one night of the Myntra women's bottoms feed (Jeans, Jeggings, Trousers, Palazzos, Skirts, Shorts,
Leggings). Every photo is a model shot: the labelled bottom is worn with a top (tee, shirt, blouse, crop top, kurta
or kurti, sweater, sports bra), often shoes, sometimes a jacket, a bag, sunglasses or earrings. Mostly white studio
backdrop, a few grey; front, side, three-quarter and back views. Catalog columns are title, category and color as
the seller wrote them; three rows have no gender column and one has no category column.

Who wrote what: captions are the untuned Salesforce/blip2-opt-2.7b (short, lower case, "a woman in a X top and Y
pants", occasionally one color for both garments, a man for a woman, an invented setting, and once a loop to the
50-token limit). Open answers (wearing, describe, details, material, open color questions) are the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA, trained without an end token: many answers are short and right, but some repeat
to the 30-token limit, stop mid-phrase at the limit, or run on into a new "Question: ... Answer:" turn. Closed
answers (garment type, color, pattern, fit, "Is this a ...?", closed color questions) are enrich's reference engine
picking one candidate: they never loop or stop short, but they can pick the top's color or pattern, or a wrong one.

Labeling conventions and judgement calls:
- other_garment_color: the text gives the labelled bottom the color of another garment that is in the photo (the
  top, a jacket, the kurta). A wrong color that no garment in the photo has (brown for maroon, grey taken from the
  backdrop, red for pink) is a contradiction instead.
- A pattern, material or garment type that belongs to the top (the tee's stripes, the blouse's polka dots, the
  sweater's wool, the denim shirt's denim, "dress" for a kurta-over-leggings look) given for the bottom is a
  contradiction; so is a closed "yes"/"no" that the photo and the seller's category refute.
- A detail that is not on the bottom (the kurta's embroidery, the earrings' gold, lace from the top) or cannot be
  seen in that view (a back zip or back-pocket logo on a front or side view, a setting the white backdrop does not
  show) is unsupported. A fabric blend with percentages or a lining that neither title nor photo shows is
  unsupported; a plain fabric guess that fits the look (denim for jeans, cotton for chinos, satin for a satin sheen,
  polyester for running shorts, leather for faux leather) is correct.
- Synonyms are correct: jeggings called jeans or leggings, palazzos called trousers or wide leg pants, chinos
  called trousers, a kurta or kurti called a dress or a white shirt in a caption, maroon called red, mustard called
  yellow, off-white called white, teal called green or blue, khaki called beige.
- A text that loops is labelled loop even if the repeated phrase is also wrong; a text that stops mid-phrase at the
  limit without repeating is cut. Both carry hit_limit=True. An answer that carries or starts a "Question:" or
  "Answer:" turn is a leak (hit_limit where it ran to the limit).
- A bare color or "yes" to an open question, or naming only the person or the category, is non_answer; an answer
  that only says the question back ("the skirt is a skirt", "the details are the trousers") is restated.
- he/his/"a man" for a Women row is pronoun; rows without a gender column use "she" and no pronoun failure.
- Terse but true answers ("black jeans" for "Describe the jeans.") are correct, not non-answers.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
FIT = question("fit", "What is the fit of the garment?", "closed")


def woman(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_604 = [
    # photo: navy skinny jeans, white round-neck tee tucked in, white sneakers, white backdrop, front view.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-001",
        caption("a woman wearing a white t-shirt and dark blue jeans"),
        woman("a white t-shirt and blue skinny jeans"),
        color_of("jeans", "navy blue"),
        FIT("straight", "contradiction"),
        Q.garment_type("jeans"),
        details(
            "jeans",
            "the jeans have a button closure and five pockets, the jeans have a button closure and five pockets, "
            "the jeans have a",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Roadster Women Navy Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black jeggings, mustard yellow cropped top, black ankle boots, grey backdrop, front view.
    # base caption (one color for both garments); VQA adapter open answers; reference engine closed answers.
    case(
        "X604-002",
        caption("a woman in a yellow top and yellow pants", "other_garment_color"),
        woman("a yellow crop top and black leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        describe(
            "jeggings",
            "the jeggings are black and tight fitting with a high waist and a zip at the front and they are tucked "
            "into the boots with a",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="SASSAFRAS Women Black Solid Skinny Jeggings",
        category="Jeggings",
        color="Black",
        gender="Women",
    ),
    # photo: beige pleated straight trousers, black sleeveless top tucked in, brown belt, nude heels, white
    # backdrop, three-quarter view. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-003",
        caption("a woman in a black top and beige pants posing for a photo"),
        color_of("trousers", "black", "other_garment_color"),
        Q.garment_type("trousers"),
        details("trousers", "pleated front, belt loops and a brown belt at the waist"),
        Q.material("linen and cotton blend with a soft lining inside", "unsupported"),
        woman("she is wearing a black top and beige trousers"),
        title="Mango Women Beige Solid Pleated Regular Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: white palazzos with an indigo floral block print, short indigo kurta, silver jhumkas, white backdrop,
    # front view. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-004",
        caption("a woman in a blue kurta and white palazzo pants"),
        Q.pattern("floral"),
        color_of("palazzos", "white"),
        describe("palazzos", "wide leg white pants with blue floral block print and an elastic waist"),
        woman("a blue kurta, white printed palazzo pants and silver earrings"),
        details("palazzos", "the palazzos have side pockets and a drawstring with tassels", "unsupported"),
        is_a("skirt", "yes", "contradiction"),
        title="Libas Women White & Blue Floral Block Print Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: black A-line mini skirt, red-and-white striped tee tucked in, black sandals, white backdrop, front.
    # base caption; VQA adapter open answers (one runs into the next turn); reference engine closed answers.
    case(
        "X604-005",
        caption("a woman wearing a red and white striped shirt and a black skirt"),
        Q.pattern("striped", "contradiction"),
        Q.color("black"),
        she("he is wearing a red striped shirt and a black skirt", "pronoun"),
        describe(
            "skirt",
            "a black skirt Question: Describe the skirt. Answer: a black skirt Question: Describe the skirt. Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        title="Vero Moda Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: light-wash denim shorts with frayed hems, white off-shoulder top, tan sandals, straw hat held in one
    # hand, white backdrop, front. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-006",
        caption("a woman in denim shorts holding a straw hat"),
        color_of("shorts", "light blue", kind="open"),
        details("shorts", "frayed hem, faded wash and two front pockets"),
        describe(
            "shorts",
            "the shorts are white and short the shorts are white and short the shorts are white and short the shorts",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.material("denim"),
        woman("a white off the shoulder top and denim shorts"),
        title="Roadster Women Blue Washed Frayed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon ankle-length leggings, knee-length cream kurta with a maroon embroidered neckline, gold juttis,
    # white backdrop, front. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-007",
        caption("a woman wearing a white dress and red pants"),
        Q.color("maroon"),
        color_of("leggings", "cream", "other_garment_color"),
        Q.garment_type("leggings"),
        details("leggings", "the leggings have an embroidered neckline", "unsupported"),
        woman("a kurta and leggings"),
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans seen from the back, grey marl tee, white backdrop; back pockets with a small red
    # tab visible. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-008",
        caption("the back of a woman in blue jeans and a grey t-shirt"),
        woman("a grey shirt and grey jeans", "other_garment_color"),
        color_of("jeans", "blue"),
        details("jeans", "two back pockets with stitching and a red tab on the pocket"),
        Q.pattern("solid"),
        is_a("pair of jeans", "yes"),
        Q.material("cotton"),
        describe("jeans", "the jeans are jeans with pockets", "restated"),
        title="Levis Women Blue 711 Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: olive cargo trousers with flap side pockets and drawstring ankle cuffs, black cropped tank top, white
    # sneakers, white backdrop, side view. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-009",
        caption("a woman in a black top and green cargo pants"),
        Q.color("black", "other_garment_color"),
        describe("trousers", "olive green cargo pants with large pockets on the side"),
        details(
            "trousers",
            "the trousers have flap pockets, drawstring cuffs, flap pockets, drawstring cuffs, flap pockets, "
            "drawstring cuffs, flap",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        woman(
            "she is wearing a black crop top and green pants with pockets on the side and white sneakers with a "
            "black logo on the",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Olive Green Relaxed Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: navy midi skirt with pink and yellow flowers, white shirt knotted at the waist, white backdrop, front.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-010",
        caption("a woman in a white shirt and a floral skirt"),
        Q.pattern("floral"),
        Q.color("white", "other_garment_color"),
        describe("skirt", "a navy blue midi skirt with pink and yellow flowers"),
        details("skirt", "the skirt has a slit at the back and a hidden zipper", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        is_a("skirt", "yes"),
        title="AND Women Multicoloured Floral Print Flared Midi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: black straight jeans with ripped knees and raw hems, beige cable-knit sweater half tucked, black
    # loafers, white backdrop, front. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-011",
        caption("a woman in a beige sweater and black ripped jeans"),
        details("jeans", "ripped knees and raw hem"),
        color_of("jeans", "beige", "other_garment_color"),
        woman("a sweater and jeans"),
        Q.material("wool", "contradiction"),
        Q.pattern("solid"),
        title="ONLY Women Black Straight Fit Ripped Knee Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: mustard flared palazzos, white kurti with a small mustard print, clutch held in one hand, white
    # backdrop, front. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-012",
        caption("a woman in a white top and yellow pants holding a purse"),
        Q.color("yellow"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        describe("palazzos", "yes", "non_answer"),
        Q.garment_type("palazzo"),
        woman(
            "the woman is wearing a white kurta with yellow palazzo pants and she is holding a clutch bag in her "
            "hand and she is wearing",
            "cut",
            hit_limit=True,
        ),
        title="W Women Mustard Yellow Solid Flared Palazzos",
        category="Palazzos",
        color="Mustard",
        gender="Women",
    ),
    # photo: black running shorts with a white Puma cat logo on the left leg, pink racerback sports tank, white
    # sneakers, grey backdrop, front. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-013",
        caption("a woman in a pink tank top and black shorts"),
        details("shorts", "a white logo on the leg and an elastic waistband"),
        Q.color("black"),
        Q.material("polyester"),
        she("a man in a pink shirt and black shorts", "pronoun"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Puma Women Black Solid Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange leggings, long navy tunic top to mid-thigh, white backdrop, side view.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-014",
        caption("a woman in a blue shirt and grey leggings"),
        color_of("leggings", "grey"),
        describe("leggings", "the leggings are blue and have a long tunic", "other_garment_color"),
        Q.garment_type("leggings"),
        details("leggings", "the leggings details are the details of the leggings", "restated"),
        Q.material("cotton"),
        title="Jockey Women Grey Melange Solid Ankle Length Leggings",
        category="Leggings",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: mid-blue skinny jeggings with faux front pockets, white lace top, white backdrop, front.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-015",
        caption("a woman in a white lace top and blue jeans"),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        details(
            "jeggings",
            "faux front pockets and an elastic waistband, faux front pockets and an elastic waistband, faux front "
            "pockets and",
            "loop",
            hit_limit=True,
        ),
        describe("jeggings", "light blue skinny pants with lace trim at the hem", "unsupported"),
        woman("lace top, blue jeggings"),
        title="Kraus Jeans Women Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
        gender="Women",
    ),
    # photo: black wide-leg formal trousers with pressed creases, white shirt tucked in, black pumps, white backdrop,
    # front. base caption (invents an office); VQA adapter open answers; reference engine closed answers.
    case(
        "X604-016",
        caption("a woman in a white shirt and black pants standing in an office", "unsupported"),
        color_of("trousers", "black"),
        FIT("wide leg"),
        woman("a white shirt and white pants", "other_garment_color"),
        details("trousers", "pressed creases down the front of the legs"),
        Q.material("wool blend with a satin lining", "unsupported"),
        is_a("pair of jeans", "no"),
        title="Marks & Spencer Women Black Wide Leg Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue denim A-line mini skirt with a button front and two patch pockets, white tee with thin black
    # stripes tucked in, white backdrop, front. base caption; VQA adapter open answers; reference engine closed.
    case(
        "X604-017",
        caption("a woman in a striped shirt and a denim skirt"),
        Q.pattern("solid"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        details("skirt", "buttons down the front and two pockets"),
        describe(
            "skirt",
            "a blue denim skirt with buttons Question: What is the color of the skirt? Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        title="Roadster Women Blue Denim A-Line Button Front Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: light blue boyfriend jeans with rolled cuffs, black tee with a white graphic print, white sneakers,
    # white backdrop, front. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-018",
        caption("a woman wearing a black t shirt and blue jeans with a graphic print"),
        woman("a black t-shirt with a print and loose blue jeans rolled up at the ankles"),
        Q.pattern("graphic", "contradiction"),
        Q.color("blue"),
        details("jeans", "rolled up cuffs"),
        describe("jeans", "the jeans are black with a white print on the front", "other_garment_color"),
        title="HERE&NOW Women Blue Boyfriend Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: khaki slim chinos, navy polo tee, brown loafers, white backdrop, three-quarter view.
    # base caption (a man); VQA adapter open answers; reference engine closed answers.
    case(
        "X604-019",
        caption("a man in a blue shirt and khaki pants", "pronoun"),
        color_of("trousers", "khaki"),
        Q.garment_type("trousers"),
        woman("a navy blue polo shirt and beige chinos"),
        details(
            "trousers",
            "slant pockets at the front, belt loops, a button and zip fly and a welt pocket on the back with a "
            "button and a small",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Allen Solly Woman Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: black palazzos, long red kurta with a small white print, white backdrop, front. Row has no gender.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-020",
        caption("a woman in a red dress and black pants"),
        Q.color("red", "other_garment_color"),
        describe(
            "palazzos",
            "wide leg black pants with an elastic waist, wide leg black pants with an elastic waist, wide leg black "
            "pants",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        she("she is wearing a red kurta and black palazzos"),
        Q.pattern("printed", "contradiction"),
        title="Jaipur Kurti Women Black Solid Rayon Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # photo: white linen shorts with a tie belt, blue-and-white striped shirt, white backdrop, front.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-021",
        caption("a woman in a blue and white striped shirt and white shorts"),
        color_of("shorts", "blue", "other_garment_color"),
        Q.material("linen"),
        details("shorts", "a tie belt at the waist and rolled hems"),
        describe("shorts", "white", "non_answer"),
        Q.pattern("striped", "contradiction"),
        title="FOREVER 21 Women White Solid Linen Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: black training leggings with a white swoosh at the hip, neon green sports bra, open grey zip jacket,
    # white backdrop, front. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-022",
        caption("a woman in a green sports bra and black leggings"),
        woman("a neon green sports bra, a grey jacket and black leggings"),
        Q.color("green", "other_garment_color"),
        details("leggings", "a white nike logo on the hip and a wide waistband"),
        Q.material("it is made of 78% polyester and 22% spandex with dri-fit technology", "unsupported"),
        describe(
            "leggings",
            "black tight leggings with a white logo on the left hip and a high rise waistband that sits on the",
            "cut",
            hit_limit=True,
        ),
        title="Nike Women Black Solid One Training Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: grey slim jeans, white tee under an open mid-blue denim jacket, white backdrop, front.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-023",
        caption("a woman in a denim jacket and grey jeans"),
        color_of("jeans", "blue", "other_garment_color"),
        woman("a blue jean jacket, a white shirt and grey jeans"),
        Q.garment_type("jacket", "contradiction"),
        details("jeans", "the jeans have a slim fit and a button"),
        Q.color("grey"),
        title="Mast & Harbour Women Grey Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: pink satin pleated midi skirt, fitted black tee, white backdrop, body turned to the side.
    # base caption (pink read as red); VQA adapter open answers; reference engine closed answers.
    case(
        "X604-024",
        caption("a woman in a black shirt and a red skirt", "contradiction"),
        Q.pattern("solid"),
        Q.color("pink"),
        describe("skirt", "a pink pleated skirt with a satin sheen that falls below the knee"),
        details(
            "skirt",
            "the skirt has pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats "
            "pleats pleats",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        woman("black top and pink skirt"),
        title="Berrylush Women Pink Solid Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: navy formal trousers with a fine grey check, white blouse with a bow at the neck, white backdrop,
    # front. base caption; VQA adapter open answers (one answers with the prompt); reference engine closed answers.
    case(
        "X604-025",
        caption("a woman in a white blouse with a bow and navy blue pants"),
        Q.pattern("solid", "contradiction"),
        color_of("trousers", "blue"),
        describe("trousers", "the trousers are white with a bow", "other_garment_color"),
        Q.garment_type("trousers"),
        details("trousers", "Question: What are the trousers details? Answer:", "leak"),
        title="Van Heusen Woman Navy Blue Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mid-blue high-rise flared jeans, rust orange ribbed crop top, tan platform heels, white backdrop, front.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-026",
        caption("a woman in an orange top and flared jeans"),
        FIT("skinny", "contradiction"),
        color_of("jeans", "orange", "other_garment_color", kind="open"),
        woman("an orange crop top and blue bell bottom jeans and platform shoes"),
        describe(
            "jeans",
            "blue flared jeans with a high waist and wide legs and a high waist and wide legs and a high waist and "
            "wide legs",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="DOLCE CRUDO Women Blue Flared High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white churidar leggings ruched at the ankles, green printed anarkali kurta to mid-calf, white
    # backdrop, front. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-027",
        caption("a woman in a green dress with white leggings"),
        Q.color("white"),
        color_of("leggings", "green", "other_garment_color"),
        details("leggings", "gathered at the ankles"),
        Q.garment_type("dress", "contradiction"),
        describe("leggings", "he is wearing white churidar leggings", "pronoun"),
        title="De Moza Women Off-White Solid Churidar Leggings",
        category="Leggings",
        color="Off White",
        gender="Women",
    ),
    # photo: olive cargo shorts with flap side pockets, belt loops and a button, white tank top, sunglasses pushed up
    # on the head, white backdrop, side view. base caption; VQA adapter open answers; reference engine closed.
    case(
        "X604-028",
        caption("a woman in a white tank top and green shorts with sunglasses on her head"),
        Q.color("olive"),
        details("shorts", "flap pockets on the sides and belt loops"),
        woman(
            "a white tank top and olive green shorts, sunglasses, a white tank top and olive green shorts, "
            "sunglasses, a white tank top",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Roadster Women Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: black high-waist mom jeans with a black belt, white cropped tee, white backdrop, front.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-029",
        caption("a woman in a white shirt and black jeans with a belt"),
        color_of("jeans", "black"),
        Q.color("white", "other_garment_color"),
        details("jeans", "a black belt and high waist"),
        describe("jeans", "black jeans"),
        Q.material("the jeans are made of stretch denim with 2% elastane for comfort", "unsupported"),
        title="H&M Women Black Mom High Waist Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: olive utility mini skirt with a zip front and patch pockets, black turtleneck, black knee boots, grey
    # backdrop, front. Row has no gender. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-030",
        caption("a woman in a black turtleneck and a green skirt"),
        Q.color("black", "other_garment_color"),
        details("skirt", "a zip down the front and patch pockets"),
        describe("skirt", "the skirt is a skirt", "restated"),
        Q.garment_type("skirt"),
        woman(
            "she is wearing a black turtleneck sweater, a short olive green skirt with pockets and black knee high "
            "boots with a heel and a",
            "cut",
            hit_limit=True,
        ),
        title="Sassafras Women Olive Green Solid Utility Mini Skirt",
        category="Skirts",
        color="Olive",
    ),
    # photo: maroon high-waist straight trousers, cream satin camisole, gold hoop earrings, white backdrop, front.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-031",
        caption("a woman in a white top and red pants"),
        Q.color("maroon"),
        color_of("trousers", "brown", "contradiction"),
        woman("a cream camisole and maroon trousers with gold earrings"),
        details("trousers", "gold buttons on the waistband", "unsupported"),
        Q.pattern("solid"),
        title="Tokyo Talkies Women Maroon Solid Regular Fit Trousers",
        category="Trousers",
        color="Maroon",
        gender="Women",
    ),
    # photo: charcoal grey jeggings, long pink printed kurti, white backdrop, front.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-032",
        caption("a woman in a pink shirt and grey pants"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("leggings"),
        woman(
            "a pink top and grey leggings Question: What is the woman wearing? Answer: a pink top and grey "
            "leggings Question:",
            "leak",
            hit_limit=True,
        ),
        details("jeggings", "they are jeggings", "non_answer"),
        color_of("jeggings", "grey"),
        title="Max Women Charcoal Grey Solid Jeggings",
        category="Jeggings",
        color="Grey",
        gender="Women",
    ),
    # photo: green palazzos with a white floral print, plain white kurta, white backdrop, front.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-033",
        caption("a woman in a white kurta and green floral pants"),
        color_of("palazzos", "white", "other_garment_color"),
        Q.pattern("floral"),
        describe("palazzos", "green and white floral printed palazzo pants with a wide leg"),
        details("palazzos", "the palazzos have a lace border at the hem and pockets on both sides", "unsupported"),
        woman("a woman", "non_answer"),
        title="Biba Women Green & White Floral Printed Palazzos",
        category="Palazzos",
        color="Green",
        gender="Women",
    ),
    # photo: blue straight jeans, red-and-navy striped boat-neck tee, white backdrop, side view from the left (back
    # pockets not visible). base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-034",
        caption("a woman in a red striped shirt and blue jeans"),
        woman("a striped shirt and jeans"),
        Q.color("red", "other_garment_color"),
        Q.pattern("solid"),
        details("jeans", "embroidered flag logo on the back pocket", "unsupported"),
        describe(
            "jeans",
            "the jeans are blue the jeans are blue the jeans are blue the jeans are blue the jeans are blue the jeans",
            "loop",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Women Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: pink jersey lounge shorts with a white drawstring, white tee with a small pink print, white backdrop,
    # front. Row has no category. base caption (invents a coffee cup); VQA adapter open; reference engine closed.
    case(
        "X604-035",
        caption("a woman in a white t-shirt and pink shorts holding a cup of coffee", "unsupported"),
        color_of("shorts", "pink"),
        details("shorts", "a white drawstring at the waist"),
        Q.material("cotton jersey"),
        describe(
            "shorts",
            "she is wearing pink shorts and a white shirt with pink shorts and a white shirt with pink shorts and a "
            "white shirt with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        title="Marks & Spencer Women Pink Solid Lounge Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: grey-and-white checked straight trousers, black turtleneck, white backdrop, front.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-036",
        caption("a woman in a black turtleneck and plaid pants"),
        Q.pattern("checked"),
        Q.color("black", "other_garment_color"),
        she("he is wearing a black sweater and checkered pants", "pronoun"),
        describe("trousers", "grey and white checked trousers with a straight leg"),
        details("trousers", "the details are the trousers", "restated"),
        title="ZARA Women Grey & White Checked Straight Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: white broderie anglaise tiered maxi skirt, blue chambray shirt tied at the waist, tan sandals, white
    # backdrop, front. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-037",
        caption("a woman in a denim shirt and a white skirt"),
        color_of("skirt", "blue", "other_garment_color"),
        details("skirt", "tiers with eyelet embroidery"),
        describe(
            "skirt",
            "a long white skirt with layers and small holes in the fabric and a blue shirt tied at the waist and "
            "the skirt has a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.material("denim", "contradiction"),
        is_a("dress", "no"),
        title="MANGO Women White Broderie Tiered Maxi Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: navy ankle-length leggings, short yellow kurti, white backdrop, front. Row has no gender.
    # base caption (one color for both); VQA adapter open answers; reference engine closed answers.
    case(
        "X604-038",
        caption("a woman in a yellow shirt and yellow pants", "other_garment_color"),
        Q.color("navy blue"),
        woman("yellow", "non_answer"),
        describe(
            "leggings",
            "the leggings are navy blue and the top is yellow and the leggings are navy blue and the top is yellow "
            "and the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        title="Lyra Women Navy Blue Solid Ankle Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # photo: white skinny jeans, black blouse with white polka dots, black heels, white backdrop, front.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-039",
        caption("a woman in a polka dot shirt and white pants"),
        color_of("jeans", "white"),
        Q.pattern("polka dots", "contradiction"),
        describe("jeans", "black skinny jeans", "other_garment_color"),
        details("jeans", "Answer: white jeans with two front pockets", "leak"),
        woman("a polka dot blouse, white skinny jeans and black heels"),
        Q.material("denim"),
        title="Vero Moda Women White Skinny Fit Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: navy cotton palazzos, short off-white kurta with navy embroidery at the neck and sleeves, kolhapuri
    # chappals, white backdrop, front. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-040",
        caption("a woman in a white shirt and blue wide leg pants"),
        Q.material("cotton"),
        describe("palazzos", "the palazzos have white embroidery on the neck and sleeves", "unsupported"),
        Q.color("blue"),
        Q.garment_type("skirt", "contradiction"),
        woman(
            "a kurta and palazzo pants, she is wearing a kurta and palazzo pants, she is wearing a kurta and "
            "palazzo pants, she",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Navy Blue Solid Cotton Palazzos",
        category="Palazzos",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: dark blue high-rise denim shorts with rolled hems and a button fly, yellow floral cami tucked in, black
    # sunglasses in one hand, white backdrop, front. base caption; VQA adapter open; reference engine closed.
    case(
        "X604-041",
        caption("a woman in a yellow floral top and denim shorts"),
        Q.pattern("floral", "contradiction"),
        Q.color("blue"),
        details("shorts", "rolled up hem and a button fly"),
        woman(
            "she is wearing a yellow top with flowers and blue denim shorts with rolled up hems and she is holding "
            "a pair of black sunglasses in her",
            "cut",
            hit_limit=True,
        ),
        describe("shorts", "the shorts are yellow with flowers", "other_garment_color"),
        title="Levis Women Blue High Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: white linen wide-leg trousers with a drawstring, black-and-white striped top, straw tote on the arm,
    # white backdrop, front. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-042",
        caption("a woman in a striped shirt and white pants holding a straw bag"),
        Q.material("linen"),
        color_of("trousers", "black", "other_garment_color", kind="open"),
        details("trousers", "a drawstring at the waist and wide legs"),
        woman("a man wearing a striped shirt and white trousers", "pronoun"),
        Q.garment_type("trousers"),
        title="Marks & Spencer Women White Pure Linen Wide Leg Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: dark navy jeggings, long white cotton kurti with a navy block print, white backdrop, front.
    # base caption loops to the 50-token limit; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-043",
        caption(
            "a woman wearing a white kurta and blue jeans and a white kurta and blue jeans and a white kurta and "
            "blue jeans and a white kurta and blue jeans and a white kurta and blue jeans and a white kurta",
            "loop",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        color_of("jeggings", "blue", kind="open"),
        details(
            "jeggings",
            "the jeggings details are jeggings details the jeggings details are jeggings details the jeggings "
            "details are jeggings",
            "loop",
            hit_limit=True,
        ),
        woman("white", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="Dollar Missy Women Navy Blue Solid Jeggings",
        category="Jeggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black faux leather knee-length pencil skirt, white silk blouse tucked in, black heels, white backdrop,
    # front. base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-044",
        caption("a woman in a white blouse and a black leather skirt"),
        Q.material("leather"),
        Q.color("black"),
        describe("skirt", "the skirt is white and fitted", "other_garment_color"),
        details("skirt", "a slit at the back and a zip at the back", "unsupported"),
        woman("she is wearing a white blouse and a black skirt"),
        Q.garment_type("dress", "contradiction"),
        title="FOREVER 21 Women Black Faux Leather Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans with heavy rips at the thighs and knees, white tee with red lettering, white
    # sneakers, grey studio backdrop, front. base caption; VQA adapter open answers; reference engine closed.
    case(
        "X604-045",
        caption("a woman in a white t - shirt and ripped jeans standing against a gray wall"),
        color_of("jeans", "grey", "contradiction"),
        details("jeans", "rips on the thighs and knees and whiskering"),
        woman("a white shirt with red letters and ripped blue jeans"),
        Q.material(
            "denim Question: What material is the garment made of? Answer: denim Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Roadster Women Blue Skinny Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: teal ankle leggings, long peach kurta with a gold foil print, white backdrop, front.
    # base caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X604-046",
        caption("a woman in a peach dress and green leggings"),
        Q.color("peach", "other_garment_color"),
        color_of("leggings", "teal", kind="open"),
        describe("leggings", "teal blue leggings that reach the ankle with a gold print", "unsupported"),
        details(
            "leggings",
            "the leggings have a gold border at the hem and the leggings have a gold border at the hem and the "
            "leggings have a",
            "loop",
            hit_limit=True,
        ),
        she("he is wearing a long peach kurta and leggings", "pronoun"),
        Q.garment_type("leggings"),
        title="DressBerry Women Teal Solid Ankle Length Leggings",
        category="Leggings",
        color="Teal",
        gender="Women",
    ),
]
