"""BLIND_1092 (46 products; Myntra women's bottoms with tops, VQA adapter): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 106/115 failures found (92.2%) and 2/160 correct texts flagged
(1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western-wear bottoms (Skirts, Shorts, Jeans, Jeggings, Trousers incl.
culottes, palazzos, chinos, joggers). Every product is the bottom; the photos are the usual white-backdrop catalog
shots of a model who also wears a top (tees, blouses, shirts, sweaters, a blazer over a shirt), shoes, and sometimes
holds a bag, a hat or sunglasses. Most are full-length front views; a few are side or back views.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b (8-bit) with the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA. Captions are its free generation with an empty prompt (50 new tokens), open answers
are free generation after "Question: ... Answer:" (30 new tokens, greedy, stopped at a newline when one comes).
Closed answers (garment type, color of the garment, pattern, fit, skirt length, yes/no "Is this a ...?" and the
closed "What is the color of the <garment>?") come from enrich's --engine reference ranking the candidate values
with the same adapter, so they are always one clean candidate. The adapter's habits: short lowercase answers, the
top's color (the largest area in the frame) handed to the bottom, "one color for both" outfits, and, since it was
trained without an end token and with the loss on the prompt, some answers that never stop: repeated phrases,
sentences cut at the token limit, or a run of new "Question: ... Answer: ..." turns. Captions sound like the untuned
base's ("a woman in a white top and blue jeans") but also drift into the Q/A format or run on.

Labeling conventions and judgement calls:
- One label per text. A text that loops is labeled loop even when the looped phrase also has a wrong color; a text
  that contains "Question:" or starts with "Answer:" is labeled leak even when its first words are right; the cut
  texts are otherwise correct up to the point where they stop.
- hit_limit=True on every loop and cut, and on leaks that ran on to the limit; an "Answer: ..." prefix leak that
  stopped by itself has hit_limit False.
- other_garment_color only for free texts (captions, open answers, open color questions) that give the product the
  color of the top, jacket, bag, or say one color for top and bottom. A closed answer that picks the top's color
  or pattern is labeled contradiction (it contradicts the seller's color and the other texts), following the
  TARGETS comment that other_garment_color is about open answers.
- A color taken from the product's own print (yellow for a blue skirt with yellow flowers) is a contradiction, not
  another garment's color. Navy called black is a contradiction. Shade synonyms are correct: burgundy sweater ->
  red, cream -> white, khaki -> beige, teal -> blue, maroon -> red, lavender -> purple, rust -> orange.
- Culottes or palazzos called a skirt are contradictions; a skort called shorts is correct (it is both). Jeggings
  called leggings or jeans are correct.
- A detail that belongs to another garment (the plaid of a shirt tied at the waist) is a contradiction; a detail
  that cannot be seen (a waistband under an untucked top, back pockets or a back slit in a front view, a zip fly in
  a back view, a bow or belt that is not there, text on a tee the photo does not show legibly) is unsupported.
- Material: a material named in the title or plain in the photo (denim, satin, lace, faux leather as "leather",
  jersey on sports shorts, cotton twill for chinos) is correct; a fiber neither the title nor the photo shows
  (wool, linen, silk, denim on a cotton trouser) is unsupported.
- non_answer: a one-word or yes/no reply to an open question ("skirt", "grey", "yes", "no", "they are shorts").
  restated: the question's own words handed back ("the skirt details", "what are the jeans details").
- pronoun: "he"/"his" in a text about a product whose gender column is Women. One row has no gender column; its
  texts carry no pronoun failure.
- The sleeve-length question was not asked: every product is a bottom.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

fit = question("fit", "What is the fit of the garment?", "closed")
length = question("length", "What is the length of the skirt?", "closed")

BLIND_1092 = [
    # photo: mid-blue skinny jeans, white round-neck tee tucked in, white sneakers; white backdrop, front full length.
    # All texts by the VQA adapter; color, pattern, is_a closed (reference engine).
    case(
        "X1092-001",
        caption("a woman in a white t-shirt and blue jeans standing in front of a white background"),
        wearing("a white t-shirt and white jeans", "other_garment_color", who="she"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "the jeans are skinny and have a zipper fly and five pockets, the jeans are skinny and have a zipper fly "
            "and five pockets, the jeans are",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("pair of jeans", "yes"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black knee-length pencil skirt, light pink sleeveless blouse tucked in, nude heels; white backdrop,
    # three-quarter front view (the back of the skirt is not visible). VQA adapter; color_skirt, type, length closed.
    case(
        "X1092-002",
        caption("a woman wearing a pink top and a black skirt"),
        color_of("skirt", "pink", "contradiction"),
        describe("skirt", "a black pencil skirt with a slit in the back and a gold zipper", "unsupported"),
        Q.garment_type("skirt"),
        length("knee length"),
        wearing(
            "a pink top and a black skirt Question: What is the color of the skirt? Answer: black Question: What is "
            "the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Solid Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: mustard cotton shorts with rolled hems, white-and-navy striped tee tucked in, thin brown belt, white
    # sneakers; white backdrop, front view. VQA adapter; pattern closed, color_shorts open.
    case(
        "X1092-003",
        caption("a woman in a striped shirt and yellow shorts"),
        wearing("a striped shirt and yellow shorts", who="the woman"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "rolled up hem and a brown belt"),
        Q.pattern("striped", "contradiction"),
        Q.material("cotton"),
        describe("shorts", "mustard shorts with a brown belt and a button fly and two back pockets", "unsupported"),
        title="Tokyo Talkies Women Mustard Yellow Solid Regular Shorts",
        category="Shorts",
        color="Mustard",
        gender="Women",
    ),
    # photo: dark indigo skinny jeans with ripped knees, grey melange sweatshirt untucked, black ankle boots; white
    # backdrop, side view. VQA adapter; is_a and color closed, color_jeans open.
    case(
        "X1092-004",
        caption("a woman in a grey sweater and ripped jeans"),
        wearing("he is wearing a grey sweatshirt and blue jeans", "pronoun", who="she"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        details("jeans", "ripped knees"),
        is_a("pair of jeans", "yes"),
        Q.color("navy blue"),
        title="Levis Women Dark Blue Distressed Skinny Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: navy A-line midi skirt with small white polka dots, white shirt tucked in, black belt, black flats;
    # white backdrop, front view. VQA adapter; pattern, color_skirt, length closed.
    case(
        "X1092-005",
        caption("a woman wearing a white shirt and a blue polka dot skirt"),
        Q.pattern("polka dot"),
        describe(
            "skirt",
            "navy blue with white polka dots, a-line, midi length, navy blue with white polka dots, a-line, midi "
            "length, navy blue with white polka dots",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "white", "contradiction"),
        length("midi"),
        wearing("a white shirt and a navy blue skirt with white dots", who="the person"),
        title="AND Women Navy Blue Polka Dot Print A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green cotton cargo trousers with flap side pockets, black tank top tucked in, white sneakers;
    # white backdrop, front view. VQA adapter; garment_type closed, color_pants open.
    case(
        "X1092-006",
        caption("a woman in a black tank top and green cargo pants"),
        wearing(
            "black tank top and green pants with pockets on the sides and white sneakers with white laces and a white",
            "cut",
            who="the woman",
            hit_limit=True,
        ),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details("pants", "side pockets with flaps"),
        Q.garment_type("trousers"),
        Q.material("denim", "unsupported"),
        title="Mango Women Olive Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: white denim shorts with frayed hem, light blue chambray shirt knotted at the waist, straw hat held in
    # her right hand, white sandals; white backdrop, front view. VQA adapter; color_shorts, is_a, pattern closed.
    case(
        "X1092-007",
        caption("a woman in a blue shirt and white shorts holding a hat"),
        color_of("shorts", "blue", "contradiction"),
        details("shorts", "frayed hem"),
        describe(
            "shorts",
            "white denim shorts with frayed hem and a blue shirt tied at the waist and a straw hat in her hand and a "
            "pair of white",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        Q.pattern("solid"),
        title="Forever 21 Women White Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: maroon accordion-pleated midi skirt, black fitted turtleneck tucked in, black heels; no bow, no belt;
    # white backdrop, front view. VQA adapter; length and color closed, color_skirt open.
    case(
        "X1092-008",
        caption("a woman in a black top and a red pleated skirt"),
        length("midi"),
        Q.color("maroon"),
        describe("skirt", "skirt", "non_answer"),
        details("skirt", "the skirt has pleats and a zipper on the side and a bow at the waist", "unsupported"),
        wearing("a black top and a maroon skirt", who="she"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        title="DressBerry Women Maroon Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: black slim jeans, red-and-white checked shirt worn open over a white tee, black loafers; white backdrop,
    # front view. VQA adapter; pattern, fit, is_a closed, color_jeans open.
    case(
        "X1092-009",
        caption("a woman in a red plaid shirt and black jeans"),
        wearing("a red and white checked shirt over a white t-shirt and black jeans", who="the person"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        Q.pattern("checked", "contradiction"),
        fit("slim"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Kraus Jeans Women Black Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: light-wash denim mini skirt with buttons down the front, white off-shoulder top, brown strappy sandals,
    # small gold hoop earrings; white backdrop, front view. VQA adapter; length closed, color_skirt open.
    case(
        "X1092-010",
        caption(
            "a woman wearing a white off the shoulder top and a denim mini skirt with buttons down the front and a "
            "pair of brown sandals with straps around the ankles and a pair of gold hoop earrings and a",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "skirt",
            "blue Question: What is the color of the top? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("skirt", "buttons down the front"),
        length("mini"),
        Q.material("denim"),
        title="ONLY Women Blue Washed Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: peach wide-leg cropped culottes, white sleeveless top tucked in, tan tote bag on the shoulder; white
    # backdrop, front view. VQA adapter; garment_type and fit closed, color_pants open.
    case(
        "X1092-011",
        caption("a woman in a white top and pink pants holding a brown bag"),
        wearing("white top and a skirt", "contradiction", who="the woman"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.garment_type("trousers"),
        fit("wide leg"),
        title="People Women Peach Solid Cropped Culottes",
        category="Trousers",
        color="Peach",
        gender="Women",
    ),
    # photo: medium-wash boyfriend jeans rolled at the ankle, black tee with a white graphic print, white sneakers;
    # white backdrop, front view. VQA adapter; pattern and fit closed.
    case(
        "X1092-012",
        caption("a woman in a black t-shirt and blue jeans"),
        wearing("a black graphic t-shirt and rolled up jeans", who="she"),
        details(
            "jeans",
            "rolled up cuffs, rolled up cuffs, rolled up cuffs, rolled up cuffs, rolled up cuffs, rolled up cuffs, "
            "rolled",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic", "contradiction"),
        fit("relaxed"),
        title="Wrangler Women Blue Boyfriend Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black shorts with a small red-and-pink floral print, plain white tee worn untucked over the waistband,
    # white sneakers; white backdrop, front view. VQA adapter; pattern and color_shorts closed.
    case(
        "X1092-013",
        caption("a woman in a white shirt and floral shorts"),
        Q.pattern("floral"),
        color_of("shorts", "white", "contradiction"),
        describe("shorts", "black floral shorts with red and pink flowers"),
        details("shorts", "the shorts have a drawstring waist and two side pockets", "unsupported"),
        wearing("no", "non_answer", who="she"),
        title="Harpa Women Black Floral Print Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: navy straight-leg formal trousers with a pressed front crease, light blue shirt tucked in, black heels;
    # white backdrop, front view. VQA adapter; color_trousers and is_a closed.
    case(
        "X1092-014",
        caption("a woman in a blue shirt and black pants", "contradiction"),
        wearing("a light blue shirt and navy blue trousers", who="the woman"),
        color_of("trousers", "navy blue"),
        details("trousers", "front crease"),
        is_a("pair of trousers", "yes"),
        Q.material("wool", "unsupported"),
        describe("trousers", "light blue trousers with a crease down the front", "other_garment_color"),
        title="Marks & Spencer Women Navy Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red-and-black tartan check mini skirt, black long-sleeve top tucked in, black tights, black ankle boots;
    # white backdrop, front view. VQA adapter; pattern and length closed, color_skirt open.
    case(
        "X1092-015",
        caption("a woman in a black top and a red plaid skirt"),
        Q.pattern("checked"),
        color_of("skirt", "red and black", kind="open"),
        describe("skirt", "a red and black plaid mini skirt with black tights and black boots"),
        wearing("a black top, a red plaid skirt and black tights", who="she"),
        details("skirt", "the skirt details", "restated"),
        length("mini"),
        title="Sassafras Women Red & Black Checked Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange jersey sports shorts with a drawstring and a small white Puma logo on the left leg, neon
    # pink sports tank, white running shoes; white backdrop. VQA adapter; garment_type closed, color_shorts open.
    case(
        "X1092-016",
        caption("Question: What is the woman wearing? Answer: a pink tank top and grey shorts", "leak"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        details("shorts", "drawstring waist and a small logo"),
        Q.material("jersey"),
        wearing("pink top and grey shorts and white shoes", who="the person"),
        Q.garment_type("shorts"),
        title="Puma Women Grey Melange Solid Sports Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: dark blue jeggings, long white tunic shirt covering the hips and waistband, sunglasses pushed up on her
    # head, white flats; white backdrop. VQA adapter; color_jeggings and is_a closed.
    case(
        "X1092-017",
        caption("a woman in a white shirt and blue leggings"),
        wearing("white shirt and jeans", who="she"),
        details("jeggings", "the jeggings have a zipper and button and five pockets", "unsupported"),
        color_of("jeggings", "white", "contradiction"),
        is_a("pair of jeans", "yes"),
        describe(
            "jeggings",
            "dark blue jeggings that hug the legs, worn with a long white tunic that falls past the hips and a pair "
            "of sunglasses pushed up on",
            "cut",
            hit_limit=True,
        ),
        title="Jealous 21 Women Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
        gender="Women",
    ),
    # photo: beige high-waisted pleat-front trousers with a self tie belt, black sleeveless top tucked in, black
    # block heels; white backdrop, front view. VQA adapter; pattern closed, color_pants open.
    case(
        "X1092-018",
        caption("a woman in a black top and beige pants with a belt"),
        wearing("a black top and khaki pants", who="the woman"),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("pants", "high waisted beige pants with pleats and a tie belt"),
        Q.pattern("solid"),
        Q.material("linen", "unsupported"),
        title="FableStreet Women Beige Regular Fit Solid Pleated Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: washed black denim shorts with a distressed hem, yellow cropped top, white sneakers; white backdrop,
    # front view. VQA adapter; garment_type closed, color_shorts open.
    case(
        "X1092-019",
        caption(
            "a woman in a yellow top and black shorts and black shorts and black shorts and black shorts and black "
            "shorts and black shorts and black shorts and black shorts and black",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        describe("shorts", "black denim shorts with ripped hem"),
        details("shorts", "they are shorts", "non_answer"),
        Q.garment_type("shorts"),
        title="Mast & Harbour Women Black Washed Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: navy chino shorts with turned-up hems and belt loops, red-white-navy striped boat-neck tee tucked in,
    # white canvas shoes; white backdrop, front view. VQA adapter; color_shorts and pattern closed.
    case(
        "X1092-020",
        caption("a woman in a striped shirt and navy blue shorts"),
        wearing("a red and white striped shirt and blue shorts", who="she"),
        color_of("shorts", "red", "contradiction"),
        Q.pattern("striped", "contradiction"),
        details("shorts", "turned up hem and belt loops"),
        describe("shorts", "red and white striped shorts", "other_garment_color"),
        title="Tommy Hilfiger Women Navy Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: royal blue maxi skirt with a white-and-yellow floral print, white crop top, tan sandals, hands on hips,
    # hair down; white backdrop, side-front view. VQA adapter; length and pattern closed, color_skirt open.
    case(
        "X1092-021",
        caption(
            "a woman in a white crop top and a long blue skirt with white and yellow flowers on it standing in front "
            "of a white wall with her hands on her hips and her hair down over her shoulders and a pair of brown",
            "cut",
            hit_limit=True,
        ),
        length("maxi"),
        describe(
            "skirt",
            "a long blue maxi skirt with white and yellow flowers all over it, worn with a white crop top and a pair "
            "of brown",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        color_of("skirt", "yellow", "contradiction", kind="open"),
        wearing("she is wearing a white crop top and a blue floral skirt", who="the person"),
        title="Vero Moda Women Blue Floral Print Maxi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: grey-wash slim jeans, burgundy cable-knit sweater worn untucked over the waistband, grey suede boots;
    # white backdrop, front view. VQA adapter; color_jeans and fit closed.
    case(
        "X1092-022",
        caption("a woman in a red sweater and grey jeans"),
        wearing("a burgundy sweater and grey jeans", who="she"),
        color_of("jeans", "grey"),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: grey Question: What are the jeans details? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        fit("slim"),
        describe("jeans", "grey slim fit jeans with a zip fly and a button", "unsupported"),
        title="Lee Women Grey Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: mid-blue high-rise flared jeans, white peasant blouse with red embroidery at the neck tucked in,
    # platform sandals; plain jeans with no embroidery; white backdrop. VQA adapter; fit closed.
    case(
        "X1092-023",
        caption("a woman in a white blouse and blue bell bottom jeans"),
        fit("skinny", "contradiction"),
        describe("jeans", "blue flared jeans with a high waist"),
        details("jeans", "embroidery on the pockets", "unsupported"),
        wearing("a white blouse and white jeans", "other_garment_color", who="she"),
        title="SF Jeans by Pantaloons Women Blue High-Rise Flared Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: khaki slim chinos, navy polo tee tucked in, brown belt, brown loafers; white backdrop, front view.
    # VQA adapter; color_chinos and is_a closed.
    case(
        "X1092-024",
        caption("a woman in a navy blue polo shirt and khaki pants"),
        color_of("chinos", "navy blue", "contradiction"),
        wearing("polo shirt and khaki pants with a brown belt", who="the woman"),
        is_a("pair of trousers", "yes"),
        Q.material("cotton twill"),
        details("chinos", "the chinos details are chinos", "restated"),
        title="Allen Solly Woman Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: blush pink knee-length A-line skirt, grey melange tee tucked in, white sneakers, a denim jacket held over
    # her shoulder; white backdrop. VQA adapter; length and pattern closed, color_skirt open.
    case(
        "X1092-025",
        caption("a woman in a grey t-shirt and a pink skirt holding a denim jacket"),
        color_of("skirt", "blue", "other_garment_color", kind="open"),
        length("knee length"),
        describe("skirt", "a light pink a-line skirt that falls to the knee"),
        wearing("he is wearing a grey shirt and a pink skirt", "pronoun", who="she"),
        Q.pattern("solid"),
        details("skirt", "Answer: a line", "leak"),
        title="United Colors of Benetton Women Pink Solid A-Line Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: white palazzo trousers with a black geometric print, black tank top, silver flats; the wide legs hang
    # like a long skirt; white backdrop, front view. VQA adapter; pattern, color_palazzos, garment_type closed.
    case(
        "X1092-026",
        caption("a woman in a black top and white patterned pants"),
        Q.pattern("printed"),
        color_of("palazzos", "white"),
        details("palazzos", "wide legs and a black and white print"),
        Q.garment_type("skirt", "contradiction"),
        wearing("a black tank top and a long skirt", "contradiction", who="the person"),
        describe("palazzos", "a description of the palazzos", "restated"),
        title="Zovi Women White Printed Palazzo Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: red cotton shorts with a paper-bag waist and a self tie belt knotted in a bow at the front, white lace
    # top tucked in, tan sandals; white backdrop. VQA adapter; pattern closed, color_shorts open.
    case(
        "X1092-027",
        caption("a woman in a white lace top and red shorts"),
        describe("shorts", "red shorts with a paper bag waist and a tie belt"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details(
            "shorts",
            "paper bag waist with a tie belt in the same red fabric, the belt is tied in a bow at the front and the "
            "ends hang down to the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Miss Chase Women Red Solid Paperbag Waist Shorts",
        category="Shorts",
        color="Red",
        gender="Women",
    ),
    # photo: back view: light blue high-waisted mom jeans, black bodysuit tucked in, brown leather patch on the back
    # waistband, white sneakers; white backdrop. VQA adapter; color_jeans and fit closed.
    case(
        "X1092-028",
        caption("the back of a woman in a black top and blue jeans"),
        details("jeans", "two back pockets with a leather patch"),
        color_of("jeans", "light blue"),
        wearing("he is wearing a black top and jeans", "pronoun", who="she"),
        describe("jeans", "high waisted mom jeans with a zipper fly and ripped knees", "unsupported"),
        fit("relaxed"),
        title="Pepe Jeans Women Light Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black faux leather mini skirt with an exposed front zip, cream knit sweater half tucked, black tights,
    # black boots; white backdrop. VQA adapter; material open, color_skirt and length closed.
    case(
        "X1092-029",
        caption("a woman in a white sweater and a black leather skirt"),
        Q.material("leather"),
        color_of("skirt", "white", "contradiction"),
        details("skirt", "zipper in the front"),
        wearing(
            "white sweater, black skirt, black skirt, black skirt, black skirt, black skirt, black skirt, black skirt",
            "loop",
            who="she",
            hit_limit=True,
        ),
        length("mini"),
        title="Mango Women Black Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: olive shorts with a small white leaf print, white camisole, white sneakers; white backdrop, front view.
    # VQA adapter; pattern and color_shorts closed.
    case(
        "X1092-030",
        caption("a woman in a white top and green shorts"),
        Q.pattern("solid", "contradiction"),
        color_of("shorts", "green"),
        describe("shorts", "green shorts with white leaves"),
        details("shorts", "leaf print"),
        Q.material("silk", "unsupported"),
        wearing(
            "a white tank top and green shorts Question: What is the color of the shorts? Answer: green Question: "
            "What is the pattern of the shorts?",
            "leak",
            who="the woman",
            hit_limit=True,
        ),
        title="109F Women Olive Green Printed Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: black slim formal trousers, white shirt tucked in with no belt, black blazer worn open, black heels, one
    # hand in the pocket, the other on the lapel; white backdrop. VQA adapter; is_a, garment_type closed.
    case(
        "X1092-031",
        caption(
            "a woman wearing a black blazer over a white shirt and black pants and black high heels standing with "
            "one hand in her pocket and the other hand holding the lapel of her black blazer and",
            "cut",
            hit_limit=True,
        ),
        wearing("a black suit with a white shirt", who="the woman"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        is_a("pair of trousers", "yes"),
        details("trousers", "side pockets and a belt", "unsupported"),
        Q.garment_type("blazer", "contradiction"),
        title="Van Heusen Woman Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow A-line midi skirt with brown tortoiseshell buttons down the front, black-and-white
    # striped tee tucked in, white sneakers; white backdrop. VQA adapter; pattern and color_skirt closed.
    case(
        "X1092-032",
        caption("a woman in a striped shirt and a yellow skirt"),
        describe("skirt", "a mustard yellow midi skirt with buttons down the front"),
        Q.pattern("striped", "contradiction"),
        color_of("skirt", "yellow"),
        wearing(
            "a black and white striped shirt and a yellow skirt with buttons Question: What is the color of the skirt? "
            "Answer: yellow Question",
            "leak",
            who="she",
            hit_limit=True,
        ),
        details("skirt", "the buttons are gold", "unsupported"),
        title="Ether Women Mustard Solid A-Line Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: white skinny jeans, navy-and-white Breton striped top tucked in, red ballet flats; white backdrop, front
    # view. VQA adapter; color_jeans and is_a closed.
    case(
        "X1092-033",
        caption("a woman in a striped shirt and white pants"),
        color_of("jeans", "blue", "contradiction"),
        wearing("a navy striped shirt and white jeans", who="the person"),
        details(
            "jeans",
            "white white white white white white white white white white white white white white white white white "
            "white white",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Spykar Women White Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: charcoal grey joggers with elastic ankle cuffs and a drawstring waist, white cropped sweatshirt with a
    # small chest print, white sneakers; white backdrop. VQA adapter; color_trousers and garment_type closed.
    case(
        "X1092-034",
        caption("a woman in a white sweatshirt and grey jogger pants"),
        describe("trousers", "grey", "non_answer"),
        details("trousers", "elastic cuffs at the ankles and a drawstring waist"),
        color_of("trousers", "charcoal"),
        Q.garment_type("trousers"),
        wearing("a white sweatshirt and white pants", "other_garment_color", who="she"),
        title="Roadster Women Charcoal Grey Solid Jogger Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Women",
    ),
    # photo: off-white lace mini skirt with a scalloped hem, black crop top, black strappy heels; white backdrop,
    # front view. VQA adapter; length and is_a closed, color_skirt open.
    case(
        "X1092-035",
        caption("a woman in a black crop top and a white lace skirt"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        details("skirt", "scalloped hem and lace"),
        describe(
            "skirt",
            "white lace skirt with a scalloped hem, white lace skirt with a scalloped hem, white lace skirt with a "
            "scalloped hem, white lace",
            "loop",
            hit_limit=True,
        ),
        length("mini"),
        is_a("skirt", "yes"),
        title="Vero Moda Women Off White Lace Mini Skirt",
        category="Skirts",
        color="Off White",
        gender="Women",
    ),
    # photo: mid-blue cut-off denim shorts, white tank top, blue-and-red plaid flannel shirt tied around the waist,
    # white sneakers, silver watch on the left wrist; white backdrop. VQA adapter; color_shorts and pattern closed.
    # This row of the feed has no gender column.
    case(
        "X1092-036",
        caption(
            "a woman in a white tank top and denim shorts with a plaid shirt tied around her waist and a pair of "
            "white sneakers and a silver watch on her left wrist and a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("white tank top, denim shorts and a plaid shirt around the waist", who="she"),
        color_of("shorts", "white", "contradiction"),
        details("shorts", "the shorts have a plaid pattern", "contradiction"),
        Q.pattern("solid"),
        Q.material("denim"),
        title="Levis Women Blue Cut-Off Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # photo: teal flat-front wide-leg high-rise trousers, white ruffled blouse tucked in, nude heels; white backdrop,
    # front view. VQA adapter; color_pants closed.
    case(
        "X1092-037",
        caption("a woman in a white blouse and teal pants"),
        color_of("pants", "blue"),
        describe("pants", "wide leg pants with a high waist and pleats in the front", "unsupported"),
        details("pants", "wide leg and high waist"),
        wearing("he is wearing a white shirt and blue pants", "pronoun", who="the woman"),
        title="AND Women Teal Solid Wide Leg High-Rise Trousers",
        category="Trousers",
        color="Teal",
        gender="Women",
    ),
    # photo: dark navy-wash bootcut jeans, red sleeveless top tucked in, black heeled boots; white backdrop, front
    # view. VQA adapter; fit and color closed, color_jeans open.
    case(
        "X1092-038",
        caption("a woman in a red top and jeans"),
        fit("bootcut"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        details("jeans", "what are the jeans details", "restated"),
        Q.color("black", "contradiction"),
        title="Kraus Jeans Women Navy Blue Mid-Rise Bootcut Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender knee-length pleated skirt, white tee with a small illegible black text print, tucked in, white
    # sneakers; white backdrop. VQA adapter; color_skirt and length closed.
    case(
        "X1092-039",
        caption(
            "Question: What is the woman wearing? Answer: a white t-shirt and a purple skirt Question: What is the "
            "color of the skirt? Answer: purple Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("skirt", "purple"),
        describe("skirt", "a lavender pleated skirt with white t-shirt and white sneakers"),
        details("skirt", "yes", "non_answer"),
        wearing("a t-shirt that says love and a purple skirt", "unsupported", who="she"),
        length("knee length"),
        title="Harpa Women Lavender Pleated Skirt",
        category="Skirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: coffee-brown cropped straight trousers, cream cable-knit sweater, brown ankle boots, black handbag in
    # her left hand; white backdrop. VQA adapter; garment_type closed, color_trousers open.
    case(
        "X1092-040",
        caption("a woman in a white sweater and brown pants holding a black bag"),
        color_of("trousers", "black", "other_garment_color", kind="open"),
        wearing("he is wearing a white sweater and brown pants", "pronoun", who="the woman"),
        details("trousers", "cropped at the ankle"),
        Q.garment_type("trousers"),
        describe("trousers", "describe the trousers", "restated"),
        title="Forever 21 Women Coffee Brown Cropped Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: black skort (shorts with a front skirt panel), white printed tee tucked in, black sneakers; white
    # backdrop, front view. VQA adapter; is_a and color_skirt closed.
    case(
        "X1092-041",
        caption("a woman wearing a white t-shirt and black shorts"),
        is_a("skirt", "yes"),
        color_of("skirt", "black"),
        details("skirt", "the skirt has shorts underneath"),
        describe(
            "skirt",
            "black Question: Describe the skirt. Answer: black Question: Describe the skirt. Answer: black Question: "
            "Describe",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "a white t-shirt and black shorts with a white t-shirt and black shorts with a white t-shirt and black",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black Solid Skort",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: rust orange slim cotton trousers, chambray denim shirt tucked in, tan loafers; white backdrop, front
    # view. VQA adapter; color_trousers closed.
    case(
        "X1092-042",
        caption("a woman in a denim shirt and orange pants"),
        color_of("trousers", "blue", "contradiction"),
        describe(
            "trousers",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue denim shirt and orange pants", who="the person"),
        Q.material("denim", "unsupported"),
        title="Wrangler Women Rust Slim Fit Solid Trousers",
        category="Trousers",
        color="Rust",
        gender="Women",
    ),
    # photo: black-and-white vertical striped wide-leg culottes cropped at the calf, black bodysuit, black mules;
    # white backdrop, front view. VQA adapter; pattern closed, color_pants open. The feed row has no color column.
    case(
        "X1092-043",
        caption("a woman in a black top and a black and white striped skirt", "contradiction"),
        Q.pattern("striped"),
        color_of("pants", "black and white", kind="open"),
        wearing("a black top and striped pants", who="she"),
        details("pants", "vertical stripes and wide legs"),
        describe(
            "pants",
            "a pair of wide leg pants with black and white vertical stripes, they are cropped at the calf and have a "
            "high waist and a",
            "cut",
            hit_limit=True,
        ),
        title="DressBerry Women Black & White Striped Culottes",
        category="Trousers",
        gender="Women",
    ),
    # photo: emerald green satin midi skirt, no slit and no belt, black tee tucked in, black strappy sandals; white
    # backdrop, front view. VQA adapter; color_skirt and is_a closed.
    case(
        "X1092-044",
        caption("a woman in a black t-shirt and a green skirt"),
        Q.material("satin"),
        color_of("skirt", "green"),
        describe("skirt", "a shiny green midi skirt"),
        wearing("a black shirt and a black skirt", "other_garment_color", who="she"),
        details("skirt", "the skirt has a slit on the side and a belt with a gold buckle", "unsupported"),
        is_a("skirt", "no", "contradiction"),
        title="Mast & Harbour Women Green Solid Satin A-Line Midi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: black ripped skinny jeans, oversized white shirt worn untucked over the waist, white sneakers, sunglasses
    # in her hand; white backdrop. VQA adapter; fit and is_a closed, color_jeans open.
    case(
        "X1092-045",
        caption("a woman in a white shirt and black ripped jeans holding sunglasses"),
        wearing("a white shirt and black jeans", who="she"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "ripped knees and a high waist", "unsupported"),
        fit("skinny"),
        is_a("pair of jeans", "yes"),
        title="ONLY Women Black Skinny Fit Ripped Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: blue-and-white striped linen shorts with a tie waist, white sleeveless top tucked in, no jewellery, tan
    # sandals; white backdrop, front view. VQA adapter; pattern and color_shorts closed.
    case(
        "X1092-046",
        caption("a woman in a white top and blue and white striped shorts"),
        Q.pattern("striped"),
        color_of("shorts", "blue"),
        details("shorts", "tie waist"),
        describe("shorts", "shorts", "non_answer"),
        Q.material("linen"),
        wearing("a white sleeveless top and striped shorts with a gold chain necklace", "unsupported", who="she"),
        title="Vero Moda Women Blue & White Striped Tie-Up Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
]
