"""BLIND_697 (46 products; Myntra women's jeans, jeggings, skirts and shorts with tops, base BLIP-2 zero-shot): written
blind in the fifty-fourth session. Measured blind at 2570d7f (the session's sixth rules): 107/120 failures found (89.2%)
and 11/174 correct texts flagged (6.3%). The writer's notes, verbatim:

Scenario: a Myntra women's bottomwear feed (Jeans, Jeggings, Skirts, Shorts). The photos are catalog shots on a white
or light grey backdrop, mostly full length or chest to ankle, the model wearing a top (t-shirt, blouse, shirt, kurti,
sweater, blazer or coat over a top) with the labelled bottom; a few back views and a few crops that hide the face.
Some rows lack a column (no color, no category, no gender), as real feeds do; one seller color is wrong for the photo.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy decoding, `Question:
... Answer:` prompts. Captions are short ("a woman in a white top and blue jeans"), with "t - shirt" tokenization and
"a man" for crops without a face. Open answers are mostly short and right about the garment but often take the top's
color, since the top fills the middle of the frame; longer answers to "details" invent zips, belts, pockets and
materials, now and then run on to the 30-token limit, repeat a clause, or go on to write the next `Question: ...
Answer:` turn. Closed answers (color, garment type, pattern, is-a) come from the reference engine: one candidate
value, never looped or cut, but sometimes the top's color, pattern or garment type.

Labeling conventions and judgement calls:
- The photo wins over the seller: for the row whose seller says Blue for visibly grey jeans, "gray" is correct.
- Jeggings answered as jeans, leggings or pants are correct; a kurti, shirt or jacket given as the garment type is a
  contradiction (the product is the bottom).
- other_garment_color: any text, open or closed, that gives the labelled bottom the color of a garment or accessory
  that is visible in the photo (the top, a blazer, a coat, boots); a wrong color that nothing in the photo has is a
  contradiction (maroon read as brown, olive read as khaki).
- The top's pattern or print given to the bottom (striped, checked, polka dot, "nyc printed") is a contradiction.
- Shades and near names are correct: navy as blue, maroon as red, cream as white, tan coat as brown, lilac as purple,
  charcoal as gray, tropical leaves as floral, faux leather as leather.
- A one-word answer to an open question is correct when the word is a real detail ("flared", "sequins", "ripped
  knees"), and a bare "jeans" is a correct answer to "What is she wearing?"; a bare garment name or the right color,
  "yes" or "no", or an empty string given as a description or as details is non_answer; a bare color that belongs to
  another garment ("white" for black jeggings under a white shirt) is other_garment_color instead.
- "they are short" for the shorts' description says nothing and is non_answer; texts that turn the question's own
  words back ("the pants are the pants", "the details of the jeans are the jeans", the question echoed with no
  answer) are restated.
- A garment named wrongly for the product (shorts as a skirt, a maxi skirt as a dress, "no" to "Is this a skirt?")
  and a length the photo and title contradict (a mini called long, a midi called short) are contradictions.
- A leak is labelled leak even when the part before `Question:` is right, and also when the model writes the
  prompt back first ("Question: Describe the jeans. Answer: acid wash jeans").
- A loop is labelled loop (hit_limit=True) even though it is also cut; cut is kept for answers that run to the limit
  mid-phrase without repeating.
- Invented parts that the photo does not show (zip at the back in a front view, belt, slit, patch, embroidery) and
  materials that nothing supports are unsupported; a material the title contradicts (denim for linen) is a
  contradiction.
- "a man" in a caption, or "he" in an answer, for a Women's row is pronoun, whatever else the text gets right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_697 = [
    # photo: full length front view, mid-blue skinny jeans with plain side seams, white crew-neck t-shirt tucked in,
    # white sneakers, white backdrop; all texts base BLIP-2 zero-shot
    case(
        "X697-001",
        caption("a woman wearing blue jeans and a white t - shirt"),
        she("jeans and a white t - shirt"),
        color_of("jeans", "blue"),
        Q.garment_type("jeans"),
        describe("jeans", "the jeans are white", "other_garment_color"),
        details("jeans", "the jeans have a zipper on the side and embroidered back pockets", "unsupported"),
        Q.material("denim"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black jeggings, mustard-yellow printed top untucked, no jewellery, black heels, white backdrop, front
    # view; base BLIP-2 zero-shot
    case(
        "X697-002",
        caption("a woman in black leggings and a yellow top with a necklace", "unsupported"),
        she("a yellow top and black pants"),
        color_of("pants", "black"),
        Q.garment_type("leggings"),
        details(
            "pants",
            "the pants are black, the pants are black, the pants are black, the pants are black, the pants are black,"
            " the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Kraus Jeans Women Black Skinny Fit Jeggings",
        category="Jeggings",
        color="Black",
        gender="Women",
    ),
    # photo: black A-line mini skirt, white-and-black horizontal striped t-shirt tucked in, white backdrop, front;
    # base BLIP-2 zero-shot
    case(
        "X697-003",
        caption("a woman in a black skirt and striped shirt"),
        she("a striped shirt and a black skirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        describe("skirt", "it's a long black skirt", "contradiction"),
        is_a("skirt", "yes"),
        title="SASSAFRAS Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: crop from chest to knees, no face; dark navy denim shorts with frayed hems, white lace camisole, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X697-004",
        caption("a man wearing a pair of denim shorts", "pronoun"),
        she("denim shorts and a white tank top"),
        color_of("shorts", "blue"),
        details("shorts", "frayed hem"),
        Q.material("denim"),
        describe("shorts", "they are short", "non_answer"),
        title="Tokyo Talkies Women Navy Blue Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: back view, light-wash blue skinny jeans with whiskering, black sleeveless top, brown ankle boots, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X697-005",
        caption("the back of a woman in jeans and a black top"),
        color_of("jeans", "black", "other_garment_color"),
        she("a black tank top and jeans"),
        details("jeans", "jeans", "non_answer"),
        describe("jeans", "light blue skinny jeans with a faded wash"),
        Q.garment_type("jeans"),
        Q.material("denim Question: what is the color of the jeans? Answer: blue", "leak"),
        title="Levis Women Light Blue 711 Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: pink flared midi skirt printed with green leaves and white flowers, plain white fitted t-shirt tucked in,
    # tan sandals, white backdrop, no slit; base BLIP-2 zero-shot
    case(
        "X697-006",
        caption("a woman in a floral skirt and white t - shirt"),
        she("a white shirt and a pink skirt"),
        Q.color("pink"),
        Q.pattern("floral"),
        describe(
            "skirt",
            "a long pink skirt with green leaves and white flowers printed all over it, the skirt is flared and falls"
            " to the mid calf and it",
            "cut",
            hit_limit=True,
        ),
        details("skirt", "it has a slit on the side", "unsupported"),
        Q.material("silk", "unsupported"),
        title="Athena Women Pink & Green Floral Print Flared Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black slim jeans with distressed knees, grey melange sweatshirt, white sneakers, white backdrop, front;
    # base BLIP-2 zero-shot (color asked open on this run)
    case(
        "X697-007",
        caption("a woman wearing black ripped jeans and a gray sweatshirt"),
        wearing("gray sweater and black jeans"),
        color_of("jeans", "gray", "other_garment_color", kind="open"),
        details("jeans", "ripped knees"),
        is_a("pair of jeans", "yes"),
        describe(
            "jeans",
            "the jeans are black and gray and black and gray and black and gray and black and gray and black and gray"
            " and",
            "loop",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Women Black Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton twill shorts with rolled hems, navy-and-white striped shirt knotted at the waist, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X697-008",
        caption("a woman wearing white shorts and a blue striped shirt"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("shorts"),
        she("a blue shirt and white shorts"),
        describe("shorts", "the shorts are blue with white stripes", "other_garment_color"),
        details("shorts", "rolled up hem"),
        Q.material("linen", "unsupported"),
        title="ONLY Women White Solid Regular Fit Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: navy jeggings, red round-neck top, black flats, white backdrop, front; base BLIP-2 zero-shot
    case(
        "X697-009",
        caption("a woman in a red shirt and blue jeans"),
        she("a red shirt and blue pants"),
        color_of("pants", "red", "other_garment_color"),
        Q.garment_type("jeans"),
        describe("pants", "blue", "non_answer"),
        details("pants", "what are the pants details? the pants details", "restated"),
        Q.pattern("solid"),
        title="De Moza Women Navy Blue Solid Jeggings",
        category="Jeggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mid-blue denim button-front A-line skirt to the knee with two patch pockets, white off-shoulder top,
    # white sneakers, white backdrop, front view (no belt, back not visible); base BLIP-2 zero-shot
    case(
        "X697-010",
        caption("a woman in a denim skirt and white off shoulder top"),
        she("a white top and a denim skirt"),
        Q.color("blue"),
        describe(
            "skirt",
            "denim skirt with buttons down the front and two patch pockets on the front, the skirt is a-line and falls"
            " just above the knee, the",
            "cut",
            hit_limit=True,
        ),
        details(
            "skirt",
            "the skirt has a belt and a zipper on the back and pockets on the front and a button on the front",
            "unsupported",
        ),
        Q.material("denim"),
        is_a("skirt", "yes"),
        title="Roadster Women Blue Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: grey skinny jeans, black leather biker jacket open over a white tee, black boots, white backdrop; base
    # BLIP-2 zero-shot
    case(
        "X697-011",
        caption("a woman in a black leather jacket and gray jeans"),
        wearing("a black leather jacket, a white t - shirt and gray jeans"),
        color_of("jeans", "black", "other_garment_color"),
        describe("jeans", "the jeans are gray"),
        details("jeans", "the jeans details are the details of the jeans", "restated"),
        Q.garment_type("jacket", "contradiction"),
        title="Mast & Harbour Women Grey Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: olive cotton cargo shorts with flap side pockets, black tank top, white backdrop, front; base BLIP-2
    case(
        "X697-012",
        caption("a woman in a black tank top and green shorts"),
        she("he is wearing shorts and a tank top", "pronoun"),
        color_of("shorts", "green"),
        details("shorts", "side pockets with flaps"),
        describe("shorts", "khaki shorts with pockets", "contradiction"),
        Q.material("denim", "unsupported"),
        title="Roadster Women Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon pleated midi skirt, cream knit sweater tucked in, black ankle boots, light grey backdrop, full
    # length; base BLIP-2 zero-shot
    case(
        "X697-013",
        caption("a woman in a maroon pleated skirt and a white sweater standing against a gray wall"),
        wearing("a white sweater and a red skirt"),
        Q.color("red"),
        Q.pattern("solid"),
        describe("skirt", "a short pleated skirt above the knee", "contradiction"),
        details("skirt", "the skirt has pleats"),
        Q.material("wool", "unsupported"),
        title="Dressberry Women Maroon Solid Pleated Midi Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: light-blue high-waisted mom jeans, lilac ribbed top tucked in, white sneakers, small brown sling bag,
    # white backdrop, front; no patches; base BLIP-2 zero-shot (color asked open)
    case(
        "X697-014",
        caption("a woman in a purple top and jeans holding a purse"),
        wearing("a purple shirt and blue jeans"),
        color_of("jeans", "purple", "other_garment_color", kind="open"),
        describe("jeans", "a pair of high waisted jeans"),
        details("jeans", "the jeans have a button fly and a patch on the knee", "unsupported"),
        Q.garment_type("jeans"),
        title="DENIZEN From Levi's Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: light-wash denim shorts with ripped front and raw hems, black graphic-print t-shirt tied at the front,
    # white backdrop; base BLIP-2 zero-shot
    case(
        "X697-015",
        caption("a woman wearing a black shirt and denim shorts"),
        she("a black t - shirt and jean shorts"),
        color_of("shorts", "black", "other_garment_color"),
        describe("shorts", "denim shorts with rips in the front"),
        details("shorts", "Question: What are the shorts details? Answer: ripped", "leak"),
        Q.pattern("printed", "contradiction"),
        title="Kraus Jeans Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange jeggings, white shirt with thin blue stripes worn untucked, white backdrop, front; base
    # BLIP-2 zero-shot
    case(
        "X697-016",
        caption("a woman in a striped shirt and gray leggings"),
        she("he is wearing a striped shirt and gray pants", "pronoun"),
        Q.color("grey"),
        Q.garment_type("leggings"),
        describe("pants", "gray pants"),
        details("pants", "pants", "non_answer"),
        Q.pattern("striped", "contradiction"),
        title="Go Colors Women Grey Melange Solid Jeggings",
        category="Jeggings",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: mustard wrap mini skirt with a small black floral print and a side tie, black fitted crop top, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X697-017",
        caption("a woman in a yellow skirt and black top"),
        she("a black shirt and a yellow skirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        describe("skirt", "a short yellow skirt with a tie at the side"),
        details("skirt", "yes", "non_answer"),
        Q.material("chiffon", "unsupported"),
        title="Harpa Women Mustard Yellow Printed Wrap Mini Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: white skinny jeans, navy blazer over a blue-and-white striped top, nude heels, white backdrop; base
    # BLIP-2 zero-shot
    case(
        "X697-018",
        caption("a woman in a blue blazer and white jeans"),
        wearing("a navy blazer, a striped shirt and white jeans"),
        color_of("jeans", "blue", "other_garment_color"),
        describe("jeans", "white skinny jeans"),
        details(
            "jeans",
            "the jeans are skinny and have a high waist, they are made of denim and have a button and zipper closure,"
            " they are also",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no", "contradiction"),
        title="Vero Moda Women White Skinny Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: black high-rise tailored shorts with belt loops, white sleeveless blouse tucked in, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X697-019",
        caption("a woman in white blouse and black skirt", "contradiction"),
        she("a white blouse and black shorts"),
        Q.color("black"),
        Q.garment_type("shorts"),
        describe("shorts", "the shorts are white", "other_garment_color"),
        details("shorts", "the shorts details are the shorts", "restated"),
        Q.material("leather", "unsupported"),
        title="SASSAFRAS Women Black Solid High-Rise Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: waist-down crop, mid-blue jeggings with front pockets, hem of a white sleeveless top, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X697-020",
        caption("a pair of blue jeans"),
        wearing("jeans"),
        color_of("jeans", "white", "other_garment_color"),
        describe("jeans", "blue jeans with a white top Question: What is the color of the jeans? Answer: blue", "leak"),
        details("jeans", "pockets on the front and studs on the waistband", "unsupported"),
        Q.garment_type("jeans"),
        title="Kraus Jeans Women Blue Skinny Fit Mid-Rise Clean Look Jeggings",
        category="Jeggings",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white tiered maxi skirt with lace trim, black v-neck t-shirt, brown belt at the waist, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X697-021",
        caption("a woman in a white maxi skirt and black top with a belt"),
        she("a black shirt and white skirt"),
        Q.color("white"),
        describe("skirt", "a long white dress", "contradiction"),
        details("skirt", "lace"),
        Q.pattern("solid"),
        is_a("dress", "yes", "contradiction"),
        title="Sera Women Off-White Tiered Maxi Skirt",
        category="Skirts",
        color="Off White",
        gender="Women",
    ),
    # photo: chest-to-feet crop, no face; medium-blue boyfriend jeans with heavy rips and rolled cuffs, oversized grey
    # t-shirt half tucked, white backdrop; base BLIP-2 zero-shot
    case(
        "X697-022",
        caption("a man in ripped jeans and a gray t - shirt", "pronoun"),
        she("a gray shirt and ripped jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "jeans", "non_answer"),
        details("jeans", "the jeans are ripped and have a chain hanging from the belt loop", "unsupported"),
        Q.material("denim"),
        Q.garment_type("jeans"),
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: white shorts with a blue-and-green tropical leaf print and drawstring waist, solid coral-orange
    # t-shirt, white backdrop; base BLIP-2 zero-shot
    case(
        "X697-023",
        caption("a woman wearing an orange shirt and printed shorts"),
        she("an orange shirt and shorts"),
        Q.color("orange", "other_garment_color"),
        Q.pattern("floral"),
        describe("shorts", "the shorts have a print of leaves"),
        details("shorts", "drawstring waist"),
        title="Mast & Harbour Women Multicoloured Printed Regular Shorts",
        category="Shorts",
        color="Multi",
        gender="Women",
    ),
    # photo: dark indigo straight jeans, tan camel coat open over a black turtleneck, white backdrop, full length;
    # base BLIP-2 zero-shot (one color question open, one closed)
    case(
        "X697-024",
        caption("a woman in a brown coat and jeans"),
        wearing("a coat and jeans"),
        color_of("jeans", "brown", "other_garment_color", kind="open"),
        Q.color("blue"),
        describe("jeans", "light blue jeans", "contradiction"),
        Q.garment_type("coat", "contradiction"),
        details(
            "jeans", "the jeans are made of a stretchy denim that is comfortable to wear all day long", "unsupported"
        ),
        title="Levis Women Navy Blue 314 Shaping Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black faux-leather knee-length pencil skirt, pale pink silky blouse tucked in, hands on hips, smiling
    # at the camera, hair in a ponytail, white backdrop, front view (back not visible); base BLIP-2 zero-shot
    case(
        "X697-025",
        caption(
            "a woman in a pink blouse and black leather skirt standing in front of a white background with her hands"
            " on her hips and looking at the camera with a smile on her face and her hair tied back in a ponytail, she"
            " is wearing a pair of",
            "cut",
            hit_limit=True,
        ),
        she("a pink shirt and a black skirt"),
        Q.color("pink", "other_garment_color"),
        Q.material("leather"),
        describe("skirt", "the skirt is a black leather pencil skirt"),
        details("skirt", "zip at the back", "unsupported"),
        title="MANGO Women Black Faux Leather Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: charcoal grey jeggings, bright red ruffled blouse, white backdrop, front; base BLIP-2 zero-shot
    case(
        "X697-026",
        caption("a woman in a red blouse and gray pants"),
        wearing("a red top and gray jeans"),
        color_of("pants", "red", "other_garment_color"),
        Q.garment_type("pants"),
        describe("pants", "the pants are red and the shirt is red", "other_garment_color"),
        details("pants", "the pants are the pants", "restated"),
        title="Pepe Jeans Women Charcoal Grey Slim Fit Jeggings",
        category="Jeggings",
        color="Charcoal",
        gender="Women",
    ),
    # photo: side view, pink training shorts with white side piping, grey sports tank top, white backdrop; base BLIP-2
    case(
        "X697-027",
        caption("a woman in a gray tank top and pink shorts"),
        she("a tank top and shorts Question: What color are the shorts? Answer: pink", "leak"),
        Q.color("pink"),
        describe("shorts", "pink running shorts with white stripes on the side"),
        details(
            "shorts",
            "the shorts have a white stripe down the side of the shorts, the shorts have a white stripe down the side"
            " of the",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Puma Women Pink Solid Training Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: black high-rise flared jeans, white crop top, platform heels, empty hands, light grey backdrop; base
    # BLIP-2 zero-shot
    case(
        "X697-028",
        caption("a woman in black flared jeans and a white crop top holding a cup of coffee", "unsupported"),
        she("a white shirt and black jeans"),
        color_of("jeans", "black"),
        describe("jeans", "bell bottom jeans"),
        details("jeans", "flared"),
        Q.garment_type("trousers", "contradiction"),
        title="AND Women Black Flared High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: red-and-white gingham check A-line mini skirt, black turtleneck, white backdrop; base BLIP-2 zero-shot
    case(
        "X697-029",
        caption("a woman in a black sweater and a red plaid skirt"),
        she("a black top and a plaid skirt"),
        Q.color("red"),
        Q.pattern("checked"),
        describe("skirt", "the skirt is black", "other_garment_color"),
        details(
            "skirt",
            "it is a plaid skirt with a black and white and red and black and white and red and black and white and red"
            " and",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Tokyo Talkies Women Red & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: mid-blue slim jeans, green-and-white checked shirt tucked in, brown belt, white backdrop; the feed row
    # has no color column; base BLIP-2 zero-shot
    case(
        "X697-030",
        caption("a woman in a green plaid shirt and blue jeans"),
        wearing("a green shirt and jeans"),
        color_of("jeans", "green", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        describe("jeans", "blue jeans with a brown belt"),
        details("jeans", "he has a belt on", "pronoun"),
        title="Roadster Women Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: beige linen shorts with a self tie belt, white-and-black striped Breton top, white backdrop; base BLIP-2
    case(
        "X697-031",
        caption("a woman in a striped shirt and khaki shorts"),
        she("a striped shirt and shorts"),
        Q.color("white", "other_garment_color"),
        Q.material("denim", "contradiction"),
        describe("shorts", "beige shorts with a tie at the waist"),
        details(
            "shorts",
            "a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt, a",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Beige Solid Linen Shorts",
        category="Shorts",
        color="Beige",
        gender="Women",
    ),
    # photo: dark blue jeggings, long white kurti to mid-thigh with blue embroidery at the neckline, white backdrop;
    # the feed row has no category column; base BLIP-2 zero-shot
    case(
        "X697-032",
        caption("a woman in a white kurta and blue jeans"),
        she("a white top and blue jeans"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        describe("pants", "the pants are blue and tight"),
        details("pants", "the details of the pants are the pants details", "restated"),
        is_a("pair of jeans", "yes"),
        title="Kraus Jeans Women Blue Jeggings",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender satin flared midi skirt, white t-shirt tucked in, white sneakers, beige tote bag in hand, white
    # backdrop; no pleats or pockets; base BLIP-2 zero-shot
    case(
        "X697-033",
        caption("a woman in a purple skirt and white t - shirt holding a bag"),
        she("a white shirt and a purple skirt"),
        Q.color("purple"),
        describe("skirt", "a long purple satin skirt"),
        details("skirt", "the skirt is made of satin and has a pleated hem and a pocket on the side", "unsupported"),
        Q.material("satin"),
        Q.pattern("solid"),
        title="Berrylush Women Lavender Solid Flared Midi Skirt",
        category="Skirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: light blue acid-washed straight jeans, black oversized hoodie, hands in the jeans pockets, white
    # backdrop; base BLIP-2 zero-shot (color asked open)
    case(
        "X697-034",
        caption("a man in a black hoodie and jeans", "pronoun"),
        she("a black hoodie and jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        describe("jeans", "Question: Describe the jeans. Answer: acid wash jeans", "leak"),
        details("jeans", "acid wash"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Kook N Keech Women Blue Acid Washed Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black shorts with thin white vertical pinstripes and elastic waist, plain yellow t-shirt, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X697-035",
        caption("a woman in a yellow shirt and striped shorts"),
        she("a yellow shirt and black and white shorts"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("striped"),
        describe("shorts", "black and white striped shorts"),
        details("shorts", "elastic waist"),
        Q.material("silk", "unsupported"),
        title="Roadster Women Black & White Striped Regular Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: skinny jeans in a grey-black wash (the seller's Blue is wrong for the photo), black sleeveless top,
    # white backdrop; base BLIP-2 zero-shot
    case(
        "X697-036",
        caption("a woman in a black top and gray jeans"),
        wearing("a black top and gray jeans"),
        color_of("jeans", "grey"),
        describe("jeans", "gray skinny jeans"),
        details(
            "jeans",
            "the jeans have a zipper and a button Question: What is the color of the jeans? Answer: gray",
            "leak",
        ),
        Q.garment_type("jeans"),
        title="Mast & Harbour Women Blue Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: olive corduroy button-front mini skirt, cream ribbed sweater, brown knee-high boots, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X697-037",
        caption("a woman in a green skirt and white sweater with brown boots"),
        she("a sweater and a skirt"),
        Q.color("green"),
        Q.material("corduroy"),
        describe("skirt", "a green corduroy skirt with buttons"),
        details("skirt", "brown", "other_garment_color"),
        is_a("skirt", "no", "contradiction"),
        title="ONLY Women Olive Green Solid A-Line Mini Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: black jeggings, white shirt with rolled sleeves worn untucked, white backdrop; the feed row has no
    # gender column; base BLIP-2 zero-shot
    case(
        "X697-038",
        caption("a woman in a white shirt and black pants"),
        she("a white shirt and black leggings"),
        Q.color("black"),
        describe("pants", "white", "other_garment_color"),
        details(
            "pants",
            "the pants are tight and have a zipper and a button on the front, and the pants are tight and have a zipper"
            " and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        title="LOV by Westside Women Black Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # photo: mid-blue high-rise denim shorts, white eyelet top, straw hat, white studio backdrop; no patch or
    # embroidery on the shorts; base BLIP-2 zero-shot
    case(
        "X697-039",
        caption("a woman wearing a hat, a white top and denim shorts"),
        she("a hat, white shirt and shorts"),
        color_of("shorts", "blue"),
        describe("shorts", "blue denim shorts with a leather patch and embroidered flowers", "unsupported"),
        details("shorts", "what are the shorts details?", "restated"),
        Q.material("denim"),
        title="Levis Women Blue High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: gold sequinned pencil mini skirt, black long-sleeved bodysuit, white backdrop; base BLIP-2 zero-shot
    case(
        "X697-040",
        caption("a woman in a gold sequin skirt and black top"),
        she("a black top and gold skirt"),
        Q.color("black", "other_garment_color"),
        describe("skirt", "the skirt is shiny and sparkly"),
        details("skirt", "sequins"),
        Q.garment_type("skirt"),
        title="Vero Moda Women Gold-Toned Sequinned Pencil Skirt",
        category="Skirts",
        color="Gold",
        gender="Women",
    ),
    # photo: mid-blue cropped straight jeans with frayed hems, white shirt with red polka dots, red flats, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X697-041",
        caption("a woman in a white polka dot shirt and blue jeans"),
        she("a polka dot shirt and jeans"),
        Q.pattern("polka dot", "contradiction"),
        color_of("jeans", "blue"),
        describe(
            "jeans",
            "the jeans are cropped at the ankle and frayed at the bottom and they have a slim straight leg and a mid"
            " rise waist with a",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "the details of the jeans are the jeans", "restated"),
        title="Roadster Women Blue Straight Fit Cropped Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: red cotton shorts, white tee with a navy "NYC" graphic, white backdrop; shorts have side pockets only;
    # base BLIP-2 zero-shot
    case(
        "X697-042",
        caption("a woman in a white t - shirt with nyc on it and red shorts"),
        she("a t - shirt and a red skirt", "contradiction"),
        Q.color("red"),
        Q.material("cotton"),
        describe("shorts", "the shorts have nyc printed on them", "contradiction"),
        details(
            "shorts",
            "elastic waistband with a drawstring, two side pockets and a back pocket with a button and a logo on the"
            " left leg and",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Red Solid Cotton Shorts",
        category="Shorts",
        color="Red",
        gender="Women",
    ),
    # photo: maroon jeggings, beige short kurta with gold block print, white backdrop; base BLIP-2 zero-shot
    case(
        "X697-043",
        caption("a woman wearing a beige kurta and maroon leggings"),
        she("a kurta and leggings"),
        Q.color("brown", "contradiction"),
        describe("pants", "the pants are maroon"),
        Q.garment_type("leggings"),
        details("pants", "no", "non_answer"),
        title="Go Colors Women Maroon Solid Jeggings",
        category="Jeggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy maxi skirt with white block-print motifs and elastic waist (no drawstring), white cotton peasant
    # top, silver jhumka earrings, white backdrop; base BLIP-2 zero-shot
    case(
        "X697-044",
        caption("a woman in a white top and a blue printed skirt"),
        she("a white blouse and a long blue skirt"),
        Q.color("blue"),
        Q.pattern("printed"),
        describe("skirt", "the skirt is white", "other_garment_color"),
        details("skirt", "the skirt has a drawstring waist Question: What is she wearing? Answer: a white top", "leak"),
        title="Global Desi Women Navy Blue Printed Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: back view, dark blue wide-leg jeans, white cropped cardigan, white backdrop; base BLIP-2 zero-shot
    case(
        "X697-045",
        caption("the back of a man in wide leg jeans", "pronoun"),
        she("jeans"),
        color_of("jeans", "black", "contradiction"),
        describe("jeans", "", "non_answer"),
        details("jeans", "two back pockets"),
        Q.material("velvet", "unsupported"),
        title="StyleStone Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: crop from shoulders to knees, no face; mustard chino shorts with cuffed hems, white linen shirt tucked
    # in, no belt, white backdrop; the feed row has no color column; base BLIP-2 zero-shot
    case(
        "X697-046",
        caption("a man in a white shirt and yellow shorts", "pronoun"),
        she("a white shirt and yellow shorts. Question: What is the woman holding? Answer: nothing", "leak"),
        Q.color("yellow"),
        describe("shorts", "the shorts are white", "other_garment_color"),
        details("shorts", "cuffed hem and a brown leather belt", "unsupported"),
        Q.garment_type("shorts"),
        title="Roadster Women Mustard Yellow Solid Chino Shorts",
        category="Shorts",
        gender="Women",
    ),
]
