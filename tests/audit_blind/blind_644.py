"""BLIND_644 (46 products; Myntra women's bottoms with tops, VQA adapter): written blind in the fifty-third session.
Measured blind at b9b5c66 (the session's fifteenth rules): 123/140 failures found (87.9%) and 2/200 correct texts
flagged (1.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western bottoms (jeans, jeggings, trousers, chinos, culottes, skirts, shorts,
palazzos, leggings). Every photo is a catalog shot of a model who wears the product with a top (tee, shirt, blouse,
cami, hoodie, sweatshirt, tank), sometimes a third layer (blazer, denim jacket, cardigan, flannel), mostly on the
white Myntra backdrop, a few on light grey, front views with a few side and back views, some props (bag, cup, yoga
mat, straw hat, sunglasses). The catalog columns are title, category (Myntra article type), color (Myntra base
colour) and gender; a few rows lack gender, color or category, as real feeds do.

Who wrote what: every text comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, run by
enrich with the default questionnaire. Closed questions (garment_type, color, pattern, sleeve_length) were answered
by `--engine reference`, which ranks candidate values, so they are one short value that never loops or stops short;
their failures are the wrong candidate, most often the top's color, pattern or sleeves, or the top's garment type.
The caption and the open questions (wearing, description, details, material) are greedy free generation, 50 new
tokens for the caption and 30 for answers. The adapter was trained on In-shop VQA pairs only, with unmasked labels
and no end token: its answers are short phrases in In-shop words ("tee", "pants", "denim"), often run on into loops
or stop at the token limit, sometimes continue with the `Question: ... Answer:` format it was trained on (the
caption, with an empty prompt, sometimes comes out as a question-answer pair), and sometimes answer an open question
with "yes"/"no" or one word from its yes/no and color training. It names the top before the bottom, and tends to
spread one color over the whole outfit.

Labeling conventions and judgement calls:
- Truth is the photo as described in the `# photo:` comment; the seller's columns are what a real feed says.
- "The garment" is the seller's product (the bottom). A closed color, or an open text, that gives the bottom the
  top's (or the layer's) color is other_garment_color; that applies to captions too ("a blue striped shirt and blue
  jeans" for white jeans under a navy-striped top).
- A wrong color that no other garment in the photo has (black for navy leggings) is contradiction.
- A closed garment_type naming the top or the layer (shirt, sweatshirt, jacket, vest, cardigan) is contradiction;
  so is a closed pattern that is the top's print (striped, graphic, checked, floral) on a solid bottom, and a closed
  sleeve_length that gives the top's sleeves ("long sleeves") for a bottom. "sleeveless" for a bottom is correct
  (it has no sleeves); I asked sleeve_length only on some products.
- An open description or details answer that only describes the top (no word about the product) is contradiction.
- A material answer that is the top's or layer's material (satin, wool, flannel, denim of a jacket), or that the
  title rules out (wool for linen trousers, leather for jeans), is unsupported. A common fabric for the article that
  nothing contradicts (denim for jeans, cotton for shorts, polyester for trousers, rayon for palazzos) is correct.
- Invented features not in the photo (a belt, a bow, a zip at the back seen from the front, leather trim, reflective
  stripes, embroidery) are unsupported, even when the rest of the text is right.
- "pants" for trousers, palazzos or culottes, "leggings" for jeggings, "checked" for houndstooth, "printed" for
  polka dots, "red" for maroon, "orange" for rust, "pink" for peach or magenta, "white" for cream or off white,
  "green" or "blue" for teal, "purple" for lavender: all correct. "tan" and "camel" for brown are correct.
- A text that both leaks the question format and repeats it is labelled leak; a text that both invents a detail and
  is cut at the token limit is labelled cut (the cut is what the reader sees first). Loops and cuts have
  hit_limit=True; leaks that run on to the token limit too.
- A one-word or yes/no answer to an open question (description, details, wearing) is non_answer even when the word
  is true ("grey" for grey jeans), and so is a phrase that only repeats the garment ("short shorts").
- Restated: the answer gives the question's words back as a sentence ("the details of the garment are the details").
- Pronoun: he/his/man for a Women row. On rows without gender I wrote no pronoun failures.
- Closed answers that pick a coarser candidate than the seller's color (blue for navy, red for maroon) are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

Q = DEFAULT_QUESTIONS
W, GT, C, P, S = Q.wearing, Q.garment_type, Q.color, Q.pattern, Q.sleeve_length
D, DT, M = Q.description, Q.details, Q.material

BLIND_644 = [
    # photo: mid-blue skinny jeans, white crew-neck tee tucked in, white sneakers, white backdrop, front view;
    # VQA adapter wrote everything (closed answers by the reference engine)
    case(
        "X644-001",
        caption("a woman wearing a white t-shirt and blue jeans"),
        W("a white t-shirt and blue skinny jeans"),
        GT("jeans"),
        C("white", "other_garment_color"),
        P("solid"),
        D("blue skinny jeans with a white t-shirt tucked in"),
        DT(
            "pockets, belt loops, pockets, belt loops, pockets, belt loops, pockets, belt loops, pockets, belt loops, "
            "pockets, belt",
            "loop",
            hit_limit=True,
        ),
        M("denim"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black straight trousers with a pressed front crease, mustard yellow sleeveless blouse, black block
    # heels, light grey studio backdrop, no belt; VQA adapter wrote everything
    case(
        "X644-002",
        caption("a woman in a yellow top and black pants standing in front of a grey wall"),
        W("she is wearing a yellow top and black pants"),
        GT("trousers"),
        C("black"),
        D("a pair of black trousers with a yellow top and a black belt", "unsupported"),
        DT("the pants have a crease down the front"),
        M("the garment is made of the material of the garment", "restated"),
        title="Vero Moda Women Black Regular Fit Solid Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: navy A-line midi skirt with a small white floral print, white cotton shirt tucked in, tan flat sandals,
    # white backdrop, no buttons or slit on the skirt; VQA adapter wrote everything
    case(
        "X644-003",
        caption("a woman wearing a white shirt and a blue floral skirt"),
        W("a white shirt and a floral skirt"),
        GT("skirt"),
        C("white", "other_garment_color"),
        P("floral"),
        D(
            "a navy blue skirt with white flowers and a white shirt tucked in the skirt with a white shirt tucked in "
            "the skirt with a white shirt tucked",
            "loop",
            hit_limit=True,
        ),
        DT("the skirt has a button front and a slit", "unsupported"),
        title="ONLY Women Navy Blue Printed A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow palazzos with a small white block print, plain white tunic top, white backdrop;
    # VQA adapter wrote everything; the caption came out in the question-answer format
    case(
        "X644-004",
        caption("Question: What is the color of the pants? Answer: yellow", "leak"),
        W("a white top and yellow pants"),
        GT("pants"),
        C("yellow"),
        P("solid", "contradiction"),
        D("yellow", "non_answer"),
        M("cotton"),
        title="Biba Women Mustard Yellow Printed Palazzos",
        category="Palazzos",
        color="Mustard",
        gender="Women",
    ),
    # photo: black ankle-length leggings, grey melange oversized sweatshirt, white sneakers, white backdrop;
    # VQA adapter wrote everything
    case(
        "X644-005",
        caption("a woman in a grey sweatshirt and black leggings"),
        W("a grey sweatshirt and black leggings"),
        GT("sweatshirt", "contradiction"),
        C("grey", "other_garment_color"),
        D(
            "black leggings with a grey sweatshirt, the leggings are black and the sweatshirt is grey, the leggings "
            "are black and the sweatshirt is grey, the",
            "loop",
            hit_limit=True,
        ),
        M("cotton lycra"),
        title="Go Colors Women Black Solid Ankle Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: light-wash blue skinny jeans with ripped knees, black tee with a white graphic print, black ankle
    # boots, white backdrop; VQA adapter wrote everything
    case(
        "X644-006",
        caption("a woman wearing a black t-shirt and ripped jeans"),
        W("a black graphic tee and light blue ripped jeans"),
        GT("jeans"),
        C("black", "other_garment_color"),
        P("graphic", "contradiction"),
        DT("ripped knees, five pockets, button and zip fly"),
        M("leather", "unsupported"),
        title="Levis Women Blue 711 Skinny Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: khaki slim chinos with rolled hems, navy-and-white striped long-sleeve tee, brown loafers, white
    # backdrop, side view; VQA adapter wrote everything
    case(
        "X644-007",
        caption("a woman in a striped shirt and khaki pants"),
        W("he is wearing a striped shirt and khaki pants", "pronoun"),
        GT("trousers"),
        C("khaki"),
        P("striped", "contradiction"),
        S("long sleeves", "contradiction"),
        D("a pair of khaki chinos with a rolled hem"),
        DT(
            "the pants have slant pockets at the front, two welt pockets at the back, a button and zip fly, belt "
            "loops and a rolled hem at the bottom of the",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Woman Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: pink A-line mini skirt, black fitted crop top, black strappy heels, white backdrop; VQA adapter wrote
    # everything
    case(
        "X644-008",
        caption("a woman in a black top and a pink skirt"),
        W("black top, pink skirt"),
        GT("skirt"),
        C("black", "other_garment_color"),
        D("a pink mini skirt with a black crop top and a gold zip at the side", "unsupported"),
        DT("the details of the garment are the details of the garment", "restated"),
        M("polyester"),
        title="FOREVER 21 Women Pink Solid A-Line Mini Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green cargo trousers with flap pockets on the thighs, white ribbed tank top, white backdrop;
    # VQA adapter wrote everything
    case(
        "X644-009",
        caption("a woman in a white tank top and green cargo pants"),
        W(
            "a white tank top and green cargo pants with a green cargo pants with a green cargo pants with a green "
            "cargo pants with a green cargo",
            "loop",
            hit_limit=True,
        ),
        GT("pants"),
        C("khaki", "contradiction"),
        D("olive cargo pants with flap pockets on the sides"),
        DT(
            "Question: What are the details of the garment? Answer: pockets Question: What are the details of the "
            "garment? Answer: pockets Question:",
            "leak",
            hit_limit=True,
        ),
        M("cotton"),
        title="Roadster Women Olive Green Regular Fit Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: black skinny jeans, red satin cami, black blazer worn open, black heels, white backdrop, no bow or side
    # zip visible; VQA adapter wrote everything
    case(
        "X644-010",
        caption("a woman wearing a black jacket and black pants"),
        W("a black blazer, a red top and black jeans"),
        GT("jacket", "contradiction"),
        C("black"),
        P("solid"),
        D("black skinny jeans worn with a red satin camisole and a black blazer"),
        DT("zipper on the side and a bow at the waist", "unsupported"),
        M("satin", "unsupported"),
        title="MANGO Women Black Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: grey washed boyfriend jeans with rolled cuffs, white sleeveless shirt, white backdrop; VQA adapter
    # wrote everything
    case(
        "X644-011",
        caption("a woman in a white shirt and grey jeans"),
        W("a white shirt and grey jeans"),
        GT("jeans"),
        C("grey"),
        D("grey", "non_answer"),
        DT(
            "rolled up hems, a faded wash with whiskers at the hips, five pockets, a button fly and belt loops, the "
            "jeans are loose and relaxed in the",
            "cut",
            hit_limit=True,
        ),
        M(
            "denim Question: What is the color of the jeans? Answer: grey Question: What is the color of the shirt? "
            "Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Jealous 21 Women Grey Boyfriend Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: dark indigo flared jeans, cream cable-knit sweater tucked in, brown leather belt, white backdrop,
    # front view (back pockets not seen); VQA adapter wrote everything
    case(
        "X644-012",
        caption("a woman wearing a cream sweater and dark blue flared jeans with a brown belt"),
        W("a sweater and jeans"),
        GT("jeans"),
        C("blue"),
        P("solid"),
        D(
            "dark blue flared jeans with a brown belt, a cream sweater and gold buttons on the back pockets",
            "unsupported",
        ),
        DT(
            "the jeans have a belt and the sweater has a belt and the sweater has a belt and the sweater has a belt "
            "and the sweater",
            "loop",
            hit_limit=True,
        ),
        M("wool", "unsupported"),
        title="Kraus Jeans Women Navy Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon knife-pleated midi skirt, black long-sleeve turtleneck, black boots, white backdrop; VQA
    # adapter wrote everything
    case(
        "X644-013",
        caption("a woman in a black sweater and a red skirt"),
        W("black top and red pleated skirt"),
        GT("skirt"),
        C("black", "other_garment_color"),
        P("striped", "contradiction"),
        S("long sleeves", "contradiction"),
        D("a black skirt with pleats", "other_garment_color"),
        title="DressBerry Women Maroon Pleated Midi Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: white denim shorts with a frayed hem, light blue chambray shirt knotted at the waist, white backdrop;
    # VQA adapter wrote everything
    case(
        "X644-014",
        caption("a woman in a blue shirt and white shorts"),
        W("a blue shirt and blue shorts", "other_garment_color"),
        GT("skirt", "contradiction"),
        C("blue", "other_garment_color"),
        D("white denim shorts with frayed hem"),
        DT("the shorts have frayed edges and a blue shirt tied at the front"),
        M("denim"),
        title="Tokyo Talkies Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: peach wide-leg palazzos, white top with a small peach floral print, nude flats, white backdrop;
    # VQA adapter wrote everything
    case(
        "X644-015",
        caption("a woman wearing a white top and pink pants"),
        W("a white floral top and pink wide leg pants"),
        GT("trousers"),
        C("white", "other_garment_color"),
        P("floral", "contradiction"),
        D("pink wide leg pants"),
        DT(
            "Question: What is the color of the pants? Answer: pink Question: What is the color of the top? Answer: "
            "white Question: What",
            "leak",
            hit_limit=True,
        ),
        M("crepe"),
        title="Harpa Women Peach-Coloured Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Peach",
        gender="Women",
    ),
    # photo: black running shorts with a small white logo on the left leg, pink racerback tank top, white
    # sneakers, white backdrop, no reflective trim or back pocket visible; VQA adapter wrote everything
    case(
        "X644-016",
        caption("a woman in a pink tank top and black shorts"),
        W("she is wearing a pink tank top and black shorts and white sneakers"),
        GT("shorts"),
        C("pink", "other_garment_color"),
        S("sleeveless"),
        D(
            "black shorts with a white logo on the left leg and a pink tank top with a racerback and white sneakers "
            "and a black waistband with a white",
            "cut",
            hit_limit=True,
        ),
        DT("elastic waistband, drawstring, zip pocket on the back and reflective stripes", "unsupported"),
        M("polyester"),
        title="Puma Women Black Solid Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: navy trousers with a fine white check, white sleeveless blouse tucked in, black pumps, white
    # backdrop; VQA adapter wrote everything
    case(
        "X644-017",
        caption("a woman in a white top and blue plaid pants"),
        W("a white blouse and checked pants"),
        GT("trousers"),
        C("white", "other_garment_color"),
        P("checked"),
        D("navy blue checked trousers with white lines"),
        DT(
            "the pants have a high waist with a hook and bar closure, side pockets, a tapered leg, cropped at the "
            "ankle and a white blouse tucked into the waist of",
            "cut",
            hit_limit=True,
        ),
        M("polyester Question: What is the pattern of the garment? Answer: checked", "leak"),
        title="United Colors of Benetton Women Navy Blue Checked Cropped Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mid-blue denim mini skirt with a button front and a raw frayed hem, red-and-white striped Breton tee,
    # white backdrop, woman; the feed row has no gender; VQA adapter wrote everything
    case(
        "X644-018",
        caption("a woman wearing a red striped shirt and a denim skirt"),
        W("a striped top and a jean skirt"),
        GT("skirt"),
        C("red", "other_garment_color"),
        P("striped", "contradiction"),
        D("a blue denim skirt with buttons down the front and a red and white striped shirt"),
        DT("buttons down the front, two patch pockets with red stitching, frayed hem", "unsupported"),
        title="ONLY Blue Denim Button-Front Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # photo: black-and-white houndstooth straight trousers with two front pleats, black sleeveless turtleneck top,
    # white backdrop, no belt; VQA adapter wrote everything
    case(
        "X644-019",
        caption("a woman in a black top and black and white pants"),
        W("the person is wearing", "restated"),
        GT("pants"),
        C("black"),
        P("checked"),
        D("black and white checked trousers"),
        DT(
            "houndstooth print, high waist, straight leg, side zip and two front pleats and a belt with a gold buckle",
            "unsupported",
        ),
        title="SASSAFRAS Women Black & White Houndstooth Straight Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: light blue high-rise mom jeans, white oversized shirt worn untucked over them, tan leather handbag on
    # the arm, white backdrop; VQA adapter wrote everything
    case(
        "X644-020",
        caption("a woman with a brown bag wearing a white shirt and jeans"),
        W("a white shirt, blue jeans and a bag"),
        GT("shirt", "contradiction"),
        C("white", "other_garment_color"),
        P("solid"),
        D("a white shirt", "contradiction"),
        DT("yes", "non_answer"),
        M("denim"),
        title="Roadster Women Blue Mom Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: teal wide-leg culottes cropped above the ankle, white tee with black "LOVE" text print, white
    # sneakers, white backdrop; VQA adapter wrote everything
    case(
        "X644-021",
        caption("a woman in a white t-shirt and white pants", "other_garment_color"),
        W("a white t-shirt and teal pants"),
        GT("pants"),
        C("blue"),
        P("graphic", "contradiction"),
        D("teal wide leg culottes cropped above the ankle"),
        DT(
            "the text on the t-shirt says love love love love love love love love love love love love love love love "
            "love love love love love love love",
            "loop",
            hit_limit=True,
        ),
        M("cotton"),
        title="AND Women Teal Blue Solid Wide Leg Culottes",
        category="Trousers",
        color="Teal",
        gender="Women",
    ),
    # photo: charcoal grey jeggings with faux front pockets, black cold-shoulder top, black flats, white backdrop;
    # VQA adapter wrote everything
    case(
        "X644-022",
        caption("a woman in a black top and grey jeans"),
        W("a black top and grey jeggings"),
        GT("leggings"),
        C("black", "other_garment_color"),
        D("charcoal grey jeggings with faux front pockets"),
        DT("his jeans have fake front pockets and an elastic waist", "pronoun"),
        M("cotton"),
        title="Lee Women Charcoal Grey Solid Skinny Jeggings",
        category="Jeggings",
        color="Charcoal",
        gender="Women",
    ),
    # photo: red flared knee-length skirt, white sleeveless top with a ruffled neckline, nude heels, white
    # backdrop, front view; VQA adapter wrote everything
    case(
        "X644-023",
        caption("a woman in a red skirt and a white top"),
        W("a red skirt"),
        GT("dress", "contradiction"),
        C("red"),
        P("solid"),
        D(
            "a red skirt with a white top and a red skirt with a white top and a red skirt with a white top and a red "
            "skirt with a white",
            "loop",
            hit_limit=True,
        ),
        DT("ruffles on the top, a zipper on the back of the skirt", "unsupported"),
        title="Vero Moda Women Red Solid Flared Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: mid-blue slim jeans, yellow cropped hoodie, white sneakers, white backdrop; VQA adapter wrote
    # everything; the caption came out in the question-answer format
    case(
        "X644-024",
        caption(
            "Question: What is the color of the hoodie? Answer: yellow Question: What is the color of the jeans? "
            "Answer: blue Question: What is the color of the hoodie? Answer: yellow Question:",
            "leak",
            hit_limit=True,
        ),
        W("yellow hoodie and blue jeans"),
        GT("jeans"),
        C("yellow", "other_garment_color"),
        D("slim blue jeans with a yellow hoodie"),
        DT("no", "non_answer"),
        M("denim"),
        title="Flying Machine Women Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: beige linen straight trousers with a drawstring waist, white linen shirt, straw hat, white backdrop;
    # no trim on the pockets; VQA adapter wrote everything
    case(
        "X644-025",
        caption("a woman wearing a white shirt and beige pants and a straw hat"),
        W("a white shirt and beige trousers and a hat"),
        GT("trousers"),
        C("white", "other_garment_color"),
        D("beige linen pants with a drawstring waist"),
        DT("drawstring waist, side pockets, and leather trim on the pockets", "unsupported"),
        M("wool", "unsupported"),
        title="Marks & Spencer Women Beige Straight Fit Linen Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: maroon ankle-length leggings, long white tunic top with three-quarter sleeves, white backdrop; VQA
    # adapter wrote everything
    case(
        "X644-026",
        caption("a woman in a white tunic and red leggings"),
        W("white top and maroon leggings"),
        GT("leggings"),
        C("white", "other_garment_color"),
        P("solid"),
        D(
            "the leggings are maroon and the top is white and the leggings are maroon and the top is white and the "
            "leggings are maroon and the top",
            "loop",
            hit_limit=True,
        ),
        DT("the details of the leggings are the leggings", "restated"),
        title="Twin Birds Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: white skinny jeans, navy-and-white striped Breton top, brown belt, white backdrop; VQA adapter wrote
    # everything
    case(
        "X644-027",
        caption("a woman in a blue striped shirt and blue jeans", "other_garment_color"),
        W("a striped shirt and white jeans"),
        GT("jeans"),
        C("white"),
        P("striped", "contradiction"),
        D("white skinny jeans with a brown belt and a striped top"),
        DT(
            "brown belt, five pockets, ankle length, a button and zip fly, belt loops and a striped top tucked into "
            "the waist of the white jeans with the",
            "cut",
            hit_limit=True,
        ),
        M("denim"),
        title="Pepe Jeans Women White Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: camel wide-leg high-waisted trousers with front pleats, black long-sleeve bodysuit, gold hoop
    # earrings, white backdrop; VQA adapter wrote everything
    case(
        "X644-028",
        caption("a woman in a black top and brown pants"),
        W("black top and tan pants"),
        GT("trousers"),
        C("brown"),
        S("long sleeves", "contradiction"),
        D("wide leg trousers in a camel color with a high waist"),
        DT(
            "pleats at the front, a high waisted fit, wide legs that fall to the floor, a hook closure and a black "
            "top with long sleeves and a",
            "cut",
            hit_limit=True,
        ),
        M("leather", "unsupported"),
        title="MANGO Women Camel Brown Wide Leg Pleated Trousers",
        category="Trousers",
        color="Brown",
        gender="Women",
    ),
    # photo: mid-blue denim cutoff shorts with a frayed hem, white crochet lace top tucked in, straw bag, white
    # backdrop; no embroidery anywhere; the feed row has no color; VQA adapter wrote everything
    case(
        "X644-029",
        caption("a woman wearing a white top and denim shorts holding a straw bag"),
        W("she is wearing a white crochet top and denim shorts"),
        GT("shorts"),
        C("white", "other_garment_color"),
        D("blue denim shorts with a frayed hem and a white lace top tucked in"),
        DT("lace trim on the hem of the shorts and embroidery on the pockets", "unsupported"),
        M("denim"),
        title="Levis Women Blue Washed Denim Shorts",
        category="Shorts",
        gender="Women",
    ),
    # photo: off-white palazzos with an indigo block print, indigo blue sleeveless top, silver jhumka earrings,
    # white backdrop; VQA adapter wrote everything
    case(
        "X644-030",
        caption("a woman in a blue top and white printed pants"),
        W("a blue top and white printed palazzo pants"),
        GT("pants"),
        C("blue", "other_garment_color"),
        P("printed"),
        D(
            "white pants with blue flowers and a blue top with a blue top with a blue top with a blue top with a blue "
            "top with a",
            "loop",
            hit_limit=True,
        ),
        DT("he has earrings and a blue top", "pronoun"),
        M("rayon"),
        title="Global Desi Women Off-White & Blue Printed Palazzos",
        category="Palazzos",
        color="Off White",
        gender="Women",
    ),
    # photo: dark navy bootcut jeans, red-and-black plaid flannel shirt open over a white tee, brown boots, white
    # backdrop; VQA adapter wrote everything
    case(
        "X644-031",
        caption("a woman wearing a red plaid shirt and jeans"),
        W("a red flannel shirt over a white t-shirt and dark jeans"),
        GT("shirt", "contradiction"),
        C("red", "other_garment_color"),
        P("checked", "contradiction"),
        D("dark blue bootcut jeans with brown boots"),
        DT(
            "the shirt has a button front and two chest pockets with flaps, the jeans are bootcut with a dark wash "
            "and the boots are brown leather with a",
            "cut",
            hit_limit=True,
        ),
        M("flannel", "unsupported"),
        title="Wrangler Women Navy Blue Bootcut Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bright yellow A-line mini skirt with gold front buttons, white tee with black "PARIS" text, white
    # sneakers, white backdrop; the skirt is cotton twill; VQA adapter wrote everything
    case(
        "X644-032",
        caption("a woman in a white t-shirt that says paris and a yellow skirt"),
        W("white t-shirt, yellow skirt"),
        GT("skirt"),
        C("yellow"),
        P("graphic", "contradiction"),
        D("a yellow skirt with buttons"),
        DT(
            "gold buttons down the front Question: What is the material of the skirt? Answer: cotton Question: What "
            "is the color of the buttons? Answer: gold",
            "leak",
            hit_limit=True,
        ),
        M("suede", "unsupported"),
        title="FabAlley Women Yellow Solid A-Line Mini Skirt",
        category="Skirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey slim formal trousers, pale pink long-sleeve shirt tucked in, black belt, white backdrop; VQA
    # adapter wrote everything
    case(
        "X644-033",
        caption("a man in a pink shirt and grey pants", "pronoun"),
        W("a pink shirt and grey trousers with a black belt"),
        GT("trousers"),
        C("grey"),
        S("long sleeves", "contradiction"),
        D("grey formal trousers with a black belt and a satin stripe down the side", "unsupported"),
        DT("belt loops, a front crease, a hook and bar closure and slant pockets"),
        title="Van Heusen Woman Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: black high-rise denim shorts, white off-shoulder top, black sunglasses pushed up on the head, white
    # backdrop; VQA adapter wrote everything
    case(
        "X644-034",
        caption("a woman wearing a white off the shoulder top and black shorts with sunglasses on her head"),
        W("a white off shoulder top, black shorts, sunglasses"),
        GT("shorts"),
        C("white", "other_garment_color"),
        D("white shorts with a white top", "other_garment_color"),
        DT(
            "off the shoulder Question: What is the color of the shorts? Answer: black Question: What is the color of "
            "the top? Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        M("denim"),
        title="ONLY Women Black High-Rise Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: rust wide-leg trousers with a self-fabric tie belt, cream ribbed sleeveless top, white backdrop; VQA
    # adapter wrote everything
    case(
        "X644-035",
        caption("a woman in a white top and orange pants"),
        W("white top, orange trousers with a tie belt"),
        GT("trousers"),
        C("orange"),
        P("solid"),
        D("orange", "non_answer"),
        DT(
            "a self tie belt at the waist, wide legs, side pockets, a high waist with a hook and bar closure and a "
            "cream ribbed top tucked into the waistband of the",
            "cut",
            hit_limit=True,
        ),
        M("polyester"),
        title="Jealous 21 Women Rust Solid Wide Leg Trousers with Tie-Up Belt",
        category="Trousers",
        color="Rust",
        gender="Women",
    ),
    # photo: back view: mid-blue straight jeans with a red tab on the back pocket, black tee, white backdrop;
    # VQA adapter wrote everything
    case(
        "X644-036",
        caption("the back of a woman wearing a black t-shirt and blue jeans"),
        W("he is wearing a black t-shirt and blue jeans", "pronoun"),
        GT("jeans"),
        C("blue"),
        D("a pair of blue jeans with a red tag on the back pocket"),
        DT(
            "the back pockets, the red tag, the back pockets, the red tag, the back pockets, the red tag, the back "
            "pockets, the red tag, the",
            "loop",
            hit_limit=True,
        ),
        M("denim Question: Is this a pair of jeans? Answer: yes", "leak"),
        title="Levis Women Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black matte crepe pencil skirt with white polka dots, red silky blouse with a neck bow, black heels,
    # white backdrop, front view, no belt, no slit visible; VQA adapter wrote everything
    case(
        "X644-037",
        caption("a woman in a red blouse and a black and white polka dot skirt"),
        W("red blouse and polka dot skirt"),
        GT("skirt"),
        C("red", "other_garment_color"),
        P("printed"),
        D("a black pencil skirt with white dots and a red blouse with a bow at the neck"),
        DT("a bow at the neck, a slit at the back, and a belt", "unsupported"),
        M("silk", "unsupported"),
        title="AND Women Black Polka Dot Print Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: lavender straight trousers with a pleated front, white tee tucked in, white backdrop; the feed row has
    # no gender; VQA adapter wrote everything
    case(
        "X644-038",
        caption("a woman in a white shirt and purple pants"),
        W("trousers", "non_answer"),
        GT("trousers"),
        C("white", "other_garment_color"),
        D("light purple trousers with a white t-shirt tucked in at the waist"),
        DT(
            "pleated front, side pockets, a button closure, ankle length, a white t-shirt tucked in at the waist and "
            "the pants are straight with a crease down the",
            "cut",
            hit_limit=True,
        ),
        M("cotton"),
        title="Tokyo Talkies Lavender Solid Straight Trousers",
        category="Trousers",
        color="Lavender",
    ),
    # photo: grey melange high-waisted training tights with a small logo on the left thigh, black sports bra, a
    # rolled yoga mat under the arm, white backdrop; no mesh panels; VQA adapter wrote everything
    case(
        "X644-039",
        caption(
            "a woman in a black sports bra and grey leggings holding a yoga mat in her hand and a yoga mat in her hand "
            "and a yoga mat in her hand and a yoga mat in her hand and a yoga",
            "loop",
            hit_limit=True,
        ),
        W("black sports bra, grey leggings and a yoga mat"),
        GT("leggings"),
        C("black", "other_garment_color"),
        P("solid"),
        D("grey workout leggings with a high waistband"),
        DT("high waistband, mesh panels on the calves and a hidden pocket in the waistband", "unsupported"),
        M("the garment is made of fabric", "restated"),
        title="HRX by Hrithik Roshan Women Grey Melange Training Tights",
        category="Leggings",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: green A-line skirt with a white and pink floral print, white tee, light-wash denim jacket worn open,
    # white backdrop; VQA adapter wrote everything
    case(
        "X644-040",
        caption("a woman in a denim jacket and a green floral skirt"),
        W("a denim jacket, a white t-shirt and a floral skirt"),
        GT("jacket", "contradiction"),
        C("blue", "other_garment_color"),
        P("floral"),
        D("a blue denim jacket with a white t-shirt", "contradiction"),
        DT("no", "non_answer"),
        M("denim", "unsupported"),
        title="Vero Moda Women Green Floral Print A-Line Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: black wide-leg palazzos with an elastic waist, black-and-white striped crop top, white backdrop; VQA
    # adapter wrote everything
    case(
        "X644-041",
        caption("a woman wearing a black and white striped top and black and white striped pants", "contradiction"),
        W("a striped top and black pants"),
        GT("pants"),
        C("black"),
        P("striped", "contradiction"),
        D("black wide leg pants with elastic waist"),
        DT("the details are the details of the garment", "restated"),
        title="Roadster Women Black Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: light-wash blue relaxed jeans with rolled cuffs, pink hoodie, white sneakers, a paper coffee cup in
    # hand, white backdrop; VQA adapter wrote everything
    case(
        "X644-042",
        caption(
            "a woman in a pink sweatshirt and jeans holding a cup of coffee and a pink sweatshirt and jeans holding a "
            "cup of coffee and a pink sweatshirt and jeans holding a cup of",
            "loop",
            hit_limit=True,
        ),
        W("pink hoodie and blue jeans"),
        GT("jeans"),
        C("pink", "other_garment_color"),
        D("relaxed blue jeans with a light wash"),
        DT("his jeans have a relaxed fit and rolled cuffs", "pronoun"),
        M("denim"),
        title="Lee Women Blue Relaxed Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: navy cotton shorts with rolled hems, white linen shirt with rolled-up long sleeves, white backdrop;
    # the feed row has no category; VQA adapter wrote everything
    case(
        "X644-043",
        caption("a woman in a white shirt and navy shorts"),
        W("white shirt and blue shorts"),
        GT("shorts"),
        C("navy blue"),
        S("long sleeves", "contradiction"),
        D("his shorts are navy blue with rolled hems", "pronoun"),
        DT("short shorts", "non_answer"),
        M("cotton"),
        title="Mast & Harbour Women Navy Blue Solid Regular Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream wide-leg pleated trousers, black knit sleeveless sweater vest tucked in, black belt with a silver
    # buckle, white backdrop; VQA adapter wrote everything
    case(
        "X644-044",
        caption("a woman wearing a black vest and white pants standing on a white background"),
        W("a black sleeveless sweater and white trousers with a black belt"),
        GT("vest", "contradiction"),
        C("black", "other_garment_color"),
        D("white pleated trousers with a black belt"),
        DT(
            "pleats at the front, a black belt with a silver buckle, wide legs that touch the floor, side pockets and "
            "a black sweater vest tucked into the",
            "cut",
            hit_limit=True,
        ),
        M("polyester"),
        title="Vero Moda Women Cream-Coloured Wide Leg Pleated Trousers",
        category="Trousers",
        color="Cream",
        gender="Women",
    ),
    # photo: magenta flared palazzos, white crop tee with black text print, white backdrop; VQA adapter wrote
    # everything
    case(
        "X644-045",
        caption("a woman in a white shirt and pink pants"),
        W(
            "she is wearing a white shirt and pink pants she is wearing a white shirt and pink pants she is wearing a "
            "white shirt and pink",
            "loop",
            hit_limit=True,
        ),
        GT("pants"),
        C("pink"),
        P("graphic", "contradiction"),
        D("Question: Describe the garment. Answer: pink pants", "leak"),
        M("cotton"),
        title="Go Colors Women Magenta Solid Flared Palazzos",
        category="Palazzos",
        color="Magenta",
        gender="Women",
    ),
    # photo: navy ankle-length leggings, long grey open cardigan over a white tee, white backdrop; VQA adapter wrote
    # everything
    case(
        "X644-046",
        caption("a woman wearing a grey cardigan and a white shirt and black leggings", "contradiction"),
        W("grey cardigan, white t-shirt, blue leggings"),
        GT("cardigan", "contradiction"),
        C("grey", "other_garment_color"),
        D("navy blue leggings"),
        DT("elastic waist"),
        M("cotton"),
        title="De Moza Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
]
