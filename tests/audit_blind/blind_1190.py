"""BLIND_1190 (45 products; Myntra women's western bottoms, VQA adapter, color per garment): written blind in the sixty-
first session. Measured blind at e097e3a (the session's fifth rules): 62/68 failures found (91.2%) and 9/166 correct
texts flagged (5.4%). The writer's notes, verbatim:

Scenario: a Myntra women's western bottoms feed (jeans, skirts, palazzos, leggings, shorts). The catalog columns are
the feed's own: title, category (Myntra's article type), color (its base colour), gender; a few rows lack one of them,
as feeds do. The photos are the usual catalog shots: a model on a plain white or grey backdrop wearing the product
with a top (tee, shirt, crop top, sweatshirt, jacket), now and then a back view, a waist-down crop, a prop (tote,
shoulder bag, straw hat) and one flat lay of a two-pack. For every product the job asked what the person wears,
whether this is the product's garment, the color of every garment visible (the product, the top, and a jacket, belt
or tights where there is one), and for most products the product's details; a few rows also got the pattern or the
material question.
Who wrote what: every answer comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b,
8-bit), free generation with the `Question: ... Answer:` prompt, greedy, 30 new tokens, stopped on a newline or
eos. No caption was asked: the VQA adapter's captions are broken, so this job ran questions only. Color answers are
free text stored open; the yes/no garment question and the pattern question are stored closed.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A near hue counts as
right (navy or indigo jeans called "blue" or "dark blue", mustard called "yellow", olive and teal called "green",
rust called "orange", off-white and cream called "white", beige called "khaki"); navy leggings called "black" are
wrong (the photo and the seller say navy). Washed black jeans that read charcoal in the photo called "grey" are
right. A top that has the same color as the bottom (the pink co-ord skirt row) answered with that color is right.
A color answer that gives a garment the color of another garment in the photo is other_garment_color, also when it
sits in the wearing or details answer (the beige leggings called white like the shirt); a wrong color or
garment that no other garment explains, a "dress" for a skirt with a matching top, a "skirt" for wide palazzos,
"no" to "Is this a pair of palazzos?", "a pair" for a two-pack flat lay and "solid" for a printed or wrong-garment
pattern are contradiction. A striped top answered "black and white" is right; a solid top answered with the
palazzos' stripes is other_garment_color. Loops and cuts ran to 30 tokens and carry hit_limit; a loop is marked loop
even when its first words are right. An answer that continues with a new "Question: ... Answer:" or starts with
"Answer:" is leak, also when the color before it is right. Details that the photo cannot show or shows otherwise
(a back zipper on a front shot, a side pocket the leggings lack, distressing on clean jeans) are unsupported.
"the shorts are short", "the palazzos" and an empty answer are non_answer; "the details of the jeans" and "the
leggings are leggings" are restated. "a man" for a woman whose face the crop cuts off is pronoun. In-shop style
one-word answers ("denim" for what she wears, "pockets" for details) are left unmarked when true.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

BLIND_1190 = [
    # truth: front shot, medium-blue skinny jeans, white crew-neck tee tucked in, white sneakers, grey backdrop.
    # All answers: VQA adapter, free generation (no caption asked).
    case(
        "X1190-001",
        wearing(
            "a white t-shirt and blue jeans and white shoes and a white t-shirt and blue jeans and white shoes and a"
            " white t-shirt and blue jeans and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "blue", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        details(
            "jeans",
            "the jeans have a button and a zipper on the front and two pockets on the front and two pockets on the"
            " back and the jeans are blue and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # truth: black wide flared palazzos, mustard-yellow sleeveless top tucked in, tan sandals, white backdrop.
    # All answers: VQA adapter.
    case(
        "X1190-002",
        wearing("a yellow top and black pants"),
        is_a("pair of palazzos", "no", "contradiction"),
        color_of("palazzos", "black", kind="open"),
        color_of("top", "black", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # truth: mustard A-line mini skirt with a row of front buttons, black fitted turtleneck tucked in, black ankle
    # boots; front shot only. All answers: VQA adapter.
    case(
        "X1190-003",
        wearing("a black sweater and a yellow skirt"),
        is_a("skirt", "yes"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        details("skirt", "the skirt has buttons on the front and a zipper on the back", "unsupported"),
        gender="Women",
        title="DressBerry Women Mustard Yellow Solid A-Line Mini Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # truth: waist-down crop, black ankle-length leggings, hem of an oversized grey sweatshirt, white sneakers.
    # All answers: VQA adapter.
    case(
        "X1190-004",
        wearing("black leggings and a grey sweatshirt"),
        is_a("pair of leggings", "yes"),
        color_of("leggings", "black", kind="open"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        details(
            "leggings",
            "the leggings are black and the leggings are black and the leggings are black and the leggings are black"
            " and the leggings are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # truth: grey melange running shorts with a white drawstring, neon-pink racerback tank top, white trainers.
    # All answers: VQA adapter.
    case(
        "X1190-005",
        wearing("a pink tank top and grey shorts"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        color_of("tank top", "pink", kind="open"),
        BLIND_QUESTIONS.pattern("solid"),
        details(
            "shorts",
            "the shorts have a drawstring and the shorts have a drawstring and the shorts have a drawstring and the"
            " shorts have a drawstring and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="HRX by Hrithik Roshan Women Grey Melange Solid Sports Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # truth: blush-pink pleated midi skirt with a matching blush-pink knit top tucked in (reads as one outfit), nude
    # heels. All answers: VQA adapter.
    case(
        "X1190-006",
        wearing("a pink dress", "contradiction"),
        is_a("skirt", "yes"),
        color_of("skirt", "pink", kind="open"),
        color_of("top", "pink", kind="open"),
        details("skirt", "pleated"),
        gender="Women",
        title="Tokyo Talkies Women Pink Solid Pleated A-Line Midi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # truth: light-wash mom jeans with knee rips, black cropped tank top, black belt, white sneakers; she holds a
    # brown tote bag. All answers: VQA adapter.
    case(
        "X1190-007",
        wearing("a black tank top and ripped jeans"),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "light blue", kind="open"),
        color_of("tank top", "black", kind="open"),
        color_of("belt", "black Question: What is the color of the bag? Answer: brown", "leak", kind="open"),
        details("jeans", "ripped"),
        gender="Women",
        title="FOREVER 21 Women Blue Ripped High-Rise Mom Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # truth: pink flared maxi skirt with a small white-and-green floral print, plain white sleeveless top tucked in.
    # All answers: VQA adapter.
    case(
        "X1190-008",
        wearing("a white top and a pink floral skirt"),
        is_a("skirt", "yes"),
        color_of("skirt", "pink and white", kind="open"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.pattern("floral"),
        details(
            "skirt",
            "the skirt is long and has a floral print and the skirt is long and has a floral print and the skirt is"
            " long and has a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Berrylush Women Pink Floral Printed Flared Maxi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # truth: white wide-leg palazzos, black-and-white horizontally striped crop top, black sliders.
    # All answers: VQA adapter.
    case(
        "X1190-009",
        wearing("a black and white striped top and white pants"),
        is_a("pair of palazzos", "yes"),
        color_of("palazzos", "white", kind="open"),
        color_of("crop top", "black and white", kind="open"),
        details(
            "palazzos",
            "the palazzos are white and the top is black and white striped and the palazzos are white and the top is"
            " black and white striped and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="StyleStone Women White Wide Leg Palazzos",
        category="Palazzos",
        color="White",
    ),
    # truth: black denim shorts with a frayed hem, oversized white shirt knotted at the waist, white backdrop.
    # All answers: VQA adapter.
    case(
        "X1190-010",
        wearing("a white shirt and black shorts"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "black", kind="open"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        details("shorts", "the shorts are short", "non_answer"),
        gender="Women",
        title="ONLY Women Black Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # truth: back view, dark indigo skinny jeans showing the back pockets and the red tab, red-and-black checked
    # flannel shirt. All answers: VQA adapter.
    case(
        "X1190-011",
        wearing("a red plaid shirt and jeans"),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "dark blue", kind="open"),
        color_of(
            "shirt",
            "red Question: What is the color of the jeans? Answer: blue Question: What is the color of the shirt?"
            " Answer: red Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("jeans", "pockets"),
        gender="Women",
        title="Levis Women 711 Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # truth: flat lay, no person: two folded ankle-length leggings side by side, one black, one navy, white ground.
    # All answers: VQA adapter.
    case(
        "X1190-012",
        wearing("a pair of black leggings", "contradiction"),
        is_a("pair of leggings", "yes"),
        color_of("leggings", "black and blue", kind="open"),
        details("leggings", "the leggings are folded"),
        gender="Women",
        title="Go Colors Women Pack of 2 Black & Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # truth: beige knee-length pencil skirt, black sleeveless blouse tucked in, black heels; front shot, no slit
    # visible. All answers: VQA adapter.
    case(
        "X1190-013",
        wearing("a black top and a beige skirt"),
        is_a("skirt", "yes"),
        color_of("skirt", "beige", kind="open"),
        color_of("top", "black", kind="open"),
        details(
            "skirt",
            "the skirt has a slit on the back and a zipper on the back and a slit on the back and a zipper on the"
            " back and a slit",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AND Women Beige Solid Pencil Skirt",
        category="Skirts",
        color="Beige",
    ),
    # truth: olive cotton-twill shorts with rolled hems, white ribbed tank top tucked in, brown belt.
    # All answers: VQA adapter.
    case(
        "X1190-014",
        wearing("a white tank top and green shorts"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "green", kind="open"),
        color_of("tank top", "white", kind="open"),
        color_of("belt", "brown", kind="open"),
        BLIND_QUESTIONS.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Regular Shorts",
        category="Shorts",
        color="Olive",
    ),
    # truth: deep maroon flowy palazzos, so wide they hang like a skirt, white lace camisole tucked in.
    # All answers: VQA adapter.
    case(
        "X1190-015",
        wearing("a white top and a red skirt", "contradiction"),
        is_a("pair of palazzos", "yes"),
        color_of("palazzos", "maroon", kind="open"),
        color_of("camisole", "maroon", "other_garment_color", kind="open"),
        details("palazzos", "the palazzos are wide and flowy"),
        gender="Women",
        title="SASSAFRAS Women Maroon Solid Flared Palazzos",
        category="Palazzos",
        color="Maroon",
    ),
    # truth: mid-blue straight high-rise jeans, cream cable-knit sweater half tucked, brown boots.
    # All answers: VQA adapter.
    case(
        "X1190-016",
        wearing("a white sweater and blue jeans"),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "blue", kind="open"),
        color_of("sweater", "white", kind="open"),
        details("jeans", "Answer: the jeans are high waisted and straight leg", "leak"),
        gender="Women",
        title="Kraus Jeans Women Blue Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # truth: shiny black faux-leather A-line mini skirt, grey ribbed long-sleeve crop top, black boots.
    # All answers: VQA adapter.
    case(
        "X1190-017",
        wearing("a grey sweater and a black leather skirt"),
        is_a("skirt", "yes"),
        color_of("skirt", "black", kind="open"),
        color_of("top", "black", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.material("leather"),
        gender="Women",
        title="Urbanic Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # truth: washed black skinny jeans faded to charcoal grey, clean (no rips, no whiskers), white tee with a black
    # graphic print. All answers: VQA adapter.
    case(
        "X1190-018",
        wearing("a white t-shirt and grey jeans"),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "grey", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        details("jeans", "the jeans are washed and distressed", "unsupported"),
        gender="Women",
        title="Roadster Women Black Washed Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # truth: teal ankle-length leggings, long white cotton shirt to mid-thigh, tan flats. Feed row has no category.
    # All answers: VQA adapter.
    case(
        "X1190-019",
        wearing("she is wearing a white shirt and green leggings"),
        is_a("pair of leggings", "yes"),
        color_of("leggings", "green", kind="open"),
        color_of("shirt", "green", "other_garment_color", kind="open"),
        details("leggings", "ankle length"),
        gender="Women",
        title="Twin Birds Women Teal Solid Ankle Length Leggings",
        color="Teal",
    ),
    # truth: light-blue denim A-line mini skirt with front buttons, white puff-sleeve top tucked in, white sneakers.
    # All answers: VQA adapter.
    case(
        "X1190-020",
        wearing("a white top and a denim skirt"),
        is_a("skirt", "yes"),
        color_of(
            "skirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "white", kind="open"),
        details("skirt", "buttons on the front"),
        gender="Women",
        title="Tokyo Talkies Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # truth: navy palazzos with a white floral block print, plain white sleeveless top. All answers: VQA adapter.
    case(
        "X1190-021",
        wearing("a white top and blue and white pants"),
        is_a("pair of palazzos", "yes"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        BLIND_QUESTIONS.pattern("floral"),
        details(
            "palazzos",
            "the palazzos are blue and white and have a print of flowers and leaves and the top is white and"
            " sleeveless and the palazzos are blue and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="W Women Navy Blue & White Floral Printed Flared Palazzos",
        category="Palazzos",
        color="Navy Blue",
    ),
    # truth: model mid-stride, mid-blue wide-leg high-rise jeans, black long-sleeve bodysuit, black shoulder bag.
    # All answers: VQA adapter.
    case(
        "X1190-022",
        wearing("a black shirt and blue jeans"),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "blue", kind="open"),
        color_of(
            "top",
            "black and blue and black and blue and black and blue and black and blue and black and blue and black and"
            " blue and black and blue and black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jeans",
            "the jeans are wide leg jeans with a high waist and a zipper on the front and a button on the front and"
            " the jeans are blue and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Mast & Harbour Women Blue Wide Leg High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # truth: shot from the neck down (no face), beige regular shorts, navy-and-white vertically striped shirt tucked
    # in, brown sandals. All answers: VQA adapter.
    case(
        "X1190-023",
        wearing("a man in a blue and white striped shirt and khaki shorts", "pronoun"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "khaki", kind="open"),
        color_of("shirt", "blue and white", kind="open"),
        BLIND_QUESTIONS.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Beige Solid Regular Fit Shorts",
        category="Shorts",
        color="Beige",
    ),
    # truth: black accordion-pleated midi skirt, white button-down shirt tucked in, black loafers.
    # All answers: VQA adapter.
    case(
        "X1190-024",
        wearing("a white shirt and a black skirt"),
        is_a("skirt", "yes"),
        color_of(
            "skirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        BLIND_QUESTIONS.pattern("solid"),
        details(
            "skirt",
            "the skirt is pleated and has a pleated skirt and a pleated skirt and a pleated skirt and a pleated skirt"
            " and a pleated skirt and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DOLCE CRUDO Women Black Solid Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # truth: mustard wide-leg palazzos, white tee with black slogan text tucked in. All answers: VQA adapter.
    case(
        "X1190-025",
        wearing("a white t-shirt and yellow pants"),
        is_a("pair of palazzos", "yes"),
        color_of("palazzos", "yellow", kind="open"),
        color_of("t-shirt", "yellow", "other_garment_color", kind="open"),
        details("palazzos", "the palazzos", "non_answer"),
        gender="Women",
        title="Harpa Women Mustard Yellow Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # truth: side view, navy slim leggings with no pockets, light grey melange tee, white running shoes.
    # All answers: VQA adapter.
    case(
        "X1190-026",
        wearing("a grey t-shirt and blue leggings"),
        is_a("pair of leggings", "yes"),
        color_of("leggings", "black", "contradiction", kind="open"),
        color_of("t-shirt", "grey", kind="open"),
        details("leggings", "the leggings have a pocket on the side", "unsupported"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Slim Fit Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # truth: khaki cargo shorts with flap pockets on the sides, black graphic tee tucked in, black sneakers. Feed row
    # has no gender. All answers: VQA adapter.
    case(
        "X1190-027",
        wearing("a black t-shirt and khaki shorts"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "khaki", kind="open"),
        color_of("t-shirt", "black", kind="open"),
        details(
            "shorts",
            "pockets on the side and pockets on the front and pockets on the side and pockets on the front and pockets"
            " on the side and pockets on the",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Khaki Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # truth: dark green wrap mini skirt with a small white floral print and a side tie, black fitted top.
    # All answers: VQA adapter.
    case(
        "X1190-028",
        wearing("a black top and a green floral skirt"),
        is_a("skirt", "yes"),
        color_of("skirt", "green", kind="open"),
        color_of("top", "green", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.pattern("floral"),
        details(
            "skirt",
            "the skirt is a wrap skirt with a tie on the side and the skirt is a wrap skirt with a tie on the side and"
            " the skirt",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Green Floral Printed Wrap Mini Skirt",
        category="Skirts",
        color="Green",
    ),
    # truth: grey straight palazzos, black tee with the front tucked in, white sneakers. All answers: VQA adapter.
    case(
        "X1190-029",
        wearing("a black t-shirt and grey pants"),
        is_a("pair of palazzos", "yes"),
        color_of("palazzos", "grey", kind="open"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        details("palazzos", "Question: What are the palazzos details? Answer: the palazzos are grey", "leak"),
        gender="Women",
        title="AASK Women Grey Solid Straight Palazzos",
        category="Palazzos",
        color="Grey",
    ),
    # truth: mid-blue bootcut jeans, light-blue cropped denim jacket open over a white tee, tan heels.
    # All answers: VQA adapter.
    case(
        "X1190-030",
        wearing("a denim jacket and jeans"),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "blue", kind="open"),
        color_of("jacket", "blue", kind="open"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        details(
            "jeans",
            "the jeans are bootcut and the jacket is a denim jacket and the jeans are bootcut and the jacket is a"
            " denim jacket and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Blue Bootcut High-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # truth: jet-black slim jeans, mustard-yellow short-sleeve top, black flats. All answers: VQA adapter.
    case(
        "X1190-031",
        wearing("denim"),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "black", kind="open"),
        color_of("top", "yellow Question: What is the color of the jeans? Answer: black", "leak", kind="open"),
        details("jeans", "the details of the jeans", "restated"),
        gender="Women",
        title="Ether Women Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # truth: medium stonewash-blue straight jeans, white tank top, brown leather jacket over the shoulders. Feed row
    # has no color. All answers: VQA adapter.
    case(
        "X1190-032",
        wearing("a brown leather jacket and jeans"),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "brown", "other_garment_color", kind="open"),
        color_of("jacket", "brown", kind="open"),
        color_of("tank top", "white", kind="open"),
        details("jeans", "the jeans are brown", "other_garment_color"),
        gender="Women",
        title="Levis Women 501 Original Straight Fit Jeans",
        category="Jeans",
    ),
    # truth: light grey skinny jeans, pastel-pink crew-neck sweatshirt, white backdrop. All answers: VQA adapter.
    case(
        "X1190-033",
        wearing("a pink sweatshirt and grey jeans"),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        color_of("sweatshirt", "pink", kind="open"),
        details("jeans", "skinny"),
        gender="Women",
        title="Mast & Harbour Women Grey Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
    ),
    # truth: red-and-black tartan mini skirt, black turtleneck sweater, black opaque tights, black boots.
    # All answers: VQA adapter.
    case(
        "X1190-034",
        wearing("a black sweater and a red plaid skirt"),
        is_a("skirt", "yes"),
        color_of("skirt", "red and black", kind="open"),
        color_of("sweater", "black", kind="open"),
        color_of("tights", "black", kind="open"),
        BLIND_QUESTIONS.pattern("plaid"),
        gender="Women",
        title="FOREVER 21 Women Red & Black Checked A-Line Mini Skirt",
        category="Skirts",
        color="Red",
    ),
    # truth: white A-line midi skirt with a front slit, chambray (light-blue denim) shirt tucked in, white sneakers.
    # All answers: VQA adapter.
    case(
        "X1190-035",
        wearing("a denim shirt and a white skirt"),
        is_a("skirt", "yes"),
        color_of("skirt", "white", kind="open"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        details("skirt", "a slit on the front"),
        gender="Women",
        title="MANGO Women White Solid A-Line Midi Skirt",
        category="Skirts",
        color="White",
    ),
    # truth: black-and-white vertically striped wide-leg palazzos, plain black tank top. All answers: VQA adapter.
    case(
        "X1190-036",
        wearing("a black top and black and white striped pants"),
        is_a("pair of palazzos", "no", "contradiction"),
        color_of("palazzos", "black and white", kind="open"),
        color_of("tank top", "black and white", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.pattern("striped"),
        gender="Women",
        title="Mast & Harbour Women Black & White Striped Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # truth: off-white wide-leg palazzos, sage-green crop top, white sandals. Feed row has no gender.
    # All answers: VQA adapter.
    case(
        "X1190-037",
        wearing("a green crop top and white pants"),
        is_a("pair of palazzos", "yes"),
        color_of("palazzos", "white", kind="open"),
        color_of("crop top", "green", kind="open"),
        details(
            "palazzos",
            "the palazzos are wide and the crop top is green and the palazzos are wide and the crop top is green and"
            " the palazzos are wide and the crop",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Off White Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Off White",
    ),
    # truth: rust flared palazzos with an elastic waist, no drawstring or pockets visible, white sleeveless top with
    # lace trim; side pose. All answers: VQA adapter.
    case(
        "X1190-038",
        wearing("a white top and orange pants"),
        is_a("pair of palazzos", "yes"),
        color_of("palazzos", "orange", kind="open"),
        color_of("top", "", "non_answer", kind="open"),
        describe(
            "palazzos",
            "the palazzos are orange and flowy and have a drawstring waist and a pocket on the side and a pocket on"
            " the back and a pocket",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Ishin Women Rust Solid Flared Palazzos",
        category="Palazzos",
        color="Rust",
    ),
    # truth: maroon ankle-length leggings, oversized black tee, white sneakers. All answers: VQA adapter.
    case(
        "X1190-039",
        wearing(
            "a black t-shirt and maroon leggings and a black t-shirt and maroon leggings and a black t-shirt and"
            " maroon leggings and a",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        color_of("leggings", "black", "other_garment_color", kind="open"),
        color_of("t-shirt", "black", kind="open"),
        gender="Women",
        title="Go Colors Women Maroon Solid Ankle Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # truth: black active leggings with grey geometric printed side panels (no mesh, no pockets), neon-green sports
    # bra, gym pose. All answers: VQA adapter.
    case(
        "X1190-040",
        wearing("a green sports bra and black leggings"),
        is_a("pair of leggings", "yes"),
        color_of("leggings", "black and grey", kind="open"),
        color_of("sports bra", "green", kind="open"),
        BLIND_QUESTIONS.pattern("solid", "contradiction"),
        details(
            "leggings",
            "the leggings have a mesh panel on the side and a pocket on the back and a pocket on the side and a"
            " pocket on the back and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Black & Grey Printed Active Leggings",
        category="Leggings",
        color="Black",
    ),
    # truth: beige (skin-tone) ankle-length leggings, long white longline shirt, white backdrop; the beige is plain to
    # see against the shirt. All answers: VQA adapter.
    case(
        "X1190-041",
        wearing("a white shirt and white leggings", "other_garment_color"),
        is_a("pair of leggings", "yes"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("leggings", "the leggings are leggings", "restated"),
        gender="Women",
        title="De Moza Women Beige Solid Ankle-Length Leggings",
        category="Leggings",
        color="Beige",
    ),
    # truth: back view, black high-waist leggings, long light-pink hoodie. All answers: VQA adapter.
    case(
        "X1190-042",
        wearing("a pink hoodie and black leggings"),
        is_a("pair of leggings", "yes"),
        color_of("leggings", "black", kind="open"),
        color_of(
            "hoodie",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("leggings", "high waist"),
        gender="Women",
        title="Marks & Spencer Women Black Solid High Waist Leggings",
        category="Leggings",
        color="Black",
    ),
    # truth: light-wash frayed denim shorts, white crochet top, straw hat as a prop, beige backdrop.
    # All answers: VQA adapter.
    case(
        "X1190-043",
        wearing("a white crochet top and denim shorts and a straw hat"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        details(
            "shorts",
            "the shorts are ripped and have a frayed hem and the top is a white crochet top and the hat is a straw hat"
            " and the shorts are",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="FOREVER 21 Women Blue Washed High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # truth: plain white shorts, red-and-white horizontally striped tee tucked in, red sneakers.
    # All answers: VQA adapter.
    case(
        "X1190-044",
        wearing("a red and white striped shirt and white shorts"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "red and white", "other_garment_color", kind="open"),
        color_of("top", "red and white", kind="open"),
        BLIND_QUESTIONS.pattern("striped", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women White Solid Regular Shorts",
        category="Shorts",
        color="White",
    ),
    # truth: running pose cropped at the shoulders (no face), navy running shorts with white side trim, white tank
    # top. All answers: VQA adapter.
    case(
        "X1190-045",
        wearing("a man in a white tank top and blue shorts", "pronoun"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "blue", kind="open"),
        color_of("tank top", "white", kind="open"),
        details("shorts", "white stripes on the side"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Solid Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
]
