"""BLIND_591 (46 products; Myntra women's casual/workwear, VQA adapter only): written blind in the fifty-second session.
Measured blind at f0b6d89 (the session's sixth rules): 127/138 failures found (92.0%) and 5/198 correct texts flagged
(2.5%). The writer's notes, verbatim:

Scenario: a Myntra-like women's feed of casual and workwear (shirts, blouses, tops, knit tops, trousers, culottes,
chinos, skirts, blazers, cardigans and pullovers), every photo a model shot on a white or light grey studio backdrop,
mostly front view, the model wearing the product with other garments (a tee under a blazer, a shirt tucked into
trousers, a top over a skirt). Catalog columns: title, category (the seller's article type), color (the seller's
base colour) and gender; a few rows lack one of them, as real feeds do.

Who wrote what: one model for everything, Salesforce/blip2-opt-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA). It wrote the captions (empty prompt) and every open answer by free generation,
greedy, 30 new tokens for answers and 50 for captions; the closed questions (garment type, color, pattern, sleeve
length, "Is this a ...?") went through enrich's --engine reference, which ranks a fixed candidate list and returns
one value, so closed answers never loop, leak or stop short: their failures are wrong picks. The adapter was trained
without an end token, so open answers and captions often run on (loops of the same clause, lists cut at the limit)
or carry on into the next "Question: ... Answer:" pair of its training format. As a VQA-only adapter it writes
short captions, sometimes only a word, and sometimes a caption in the question-answer format. It leans to one color
for the whole outfit, answers the product's color with the color of the garment beside it, calls the person "he"
now and then, and invents details it cannot see (back zips, pockets, linings, fibres).

Labeling conventions and judgement calls:
- One label per text, the most visible failure: a loop that runs to the limit is "loop" (hit_limit=True), not
  "cut"; a text that slips into the next "Question: ... Answer:" pair is "leak" even if it then loops or is cut.
- "cut" is an answer that stops mid-phrase at the token limit without repeating itself (hit_limit=True); what it
  says before the cut is true of the photo.
- "other_garment_color": the product (or its open/closed color answer) is given the color of another garment that
  is visibly worn in the photo (the tucked-in top's white for the trousers). I apply it to closed color picks too.
  A color taken from the product's own print (red flowers on an off-white top) is "contradiction", not this kind.
- "contradiction": a color, garment class, pattern or sleeve length that the photo, the seller's columns and the
  other texts contradict, including another garment given the product's color (one color for two garments), a
  wrong yes/no to "Is this a ...?", and the pattern of the other garment picked for the product.
- Synonyms and color groups count as correct: jacket for a blazer, sweater for a cardigan or pullover, pants for
  trousers, culottes or chinos, blouse or top for a woven top, maroon or red for maroon, peach or pink for peach,
  purple for lavender, yellow for mustard, blue for teal and navy, orange for rust, brown or tan for camel, white
  for cream and off-white, "t - shirt" spelled as BLIP tokenizes it.
- Material: correct when the title names it or it is plain from the photo (denim, knit, satin sheen, lace);
  a fibre, blend or percentage the title does not name and the photo cannot show is "unsupported", as are pockets,
  zips, slits, linings, logos, bags or poses the photo does not show (back details on a front view included).
- "non_answer": an open question or caption answered with one word that says nothing new ("yes", "skirt" to
  "Describe the skirt.", "grey" to the details question), or with nothing; "restated": the question's words
  given back as the answer ("the shirt details are the shirt details").
- "pronoun": he/his/a man for a woman model, only on rows whose gender column says Women; "she" is correct.
- Short but true answers ("pink top", "it has a collar") are correct, not non_answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_591 = [
    # photo: white long-sleeve button-down shirt with one chest pocket, tucked into black straight trousers, black
    # pumps, white backdrop, front view. VQA adapter wrote all texts, closed ones via the reference engine.
    case(
        "X591-001",
        caption("a woman wearing a white shirt and black pants"),
        wearing("a white shirt and black trousers"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.sleeve_length("long sleeve"),
        details(
            "shirt",
            "the shirt has a collar and buttons down the front and a pocket on the chest and the shirt has a collar "
            "and buttons down the front and a pocket",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.pattern("striped", "contradiction"),
        title="Van Heusen Woman White Pure Cotton Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: maroon short-sleeve round-neck top with a tie at the front hem, worn with mid-blue skinny jeans, white
    # backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-002",
        caption("a woman in a maroon top and blue jeans"),
        Q.color("blue", "other_garment_color"),
        color_of("top", "maroon", kind="open"),
        Q.garment_type("top"),
        describe("top", "the top is maroon with short sleeves and a tie at the front"),
        wearing("she is wearing a maroon top and blue jeans"),
        Q.pattern("solid"),
        details("top", "the top has a tie at the front and a zip at the back", "unsupported"),
        title="Harpa Women Maroon Solid Tie-Up Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy slim formal trousers, white sleeveless shell top tucked in, black heels, white backdrop, front
    # view. VQA adapter wrote all texts.
    case(
        "X591-003",
        caption("a woman wearing a white top and navy blue pants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("trousers"),
        color_of(
            "pants",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "pants",
            "the pants have belt loops and a front pocket and a crease down the front and a zip fly and a hook "
            "closure and the legs are slim and",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "white top and navy pants Question: What is the color of the top? Answer: white Question: What is the "
            "color of",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "no"),
        title="Allen Solly Woman Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard A-line midi skirt, black fitted crew-neck t-shirt tucked in, white sneakers, white backdrop,
    # front view; no slit or zip visible. VQA adapter wrote all texts.
    case(
        "X591-004",
        caption("a woman wearing a black t - shirt and a yellow skirt"),
        Q.color("yellow"),
        Q.garment_type("skirt"),
        describe(
            "skirt",
            "the skirt is yellow and it is an a line skirt with a zipper on the side and a slit in the back",
            "unsupported",
        ),
        Q.pattern("solid"),
        is_a("skirt", "yes"),
        wearing("a black top and a mustard skirt"),
        title="SASSAFRAS Women Mustard Yellow Solid A-Line Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: black single-breasted blazer worn open over a white crew-neck tee, light blue jeans, white backdrop,
    # front view; notch lapels, one button, two flap pockets. VQA adapter wrote all texts.
    case(
        "X591-005",
        caption("a woman wearing a black blazer and white t - shirt"),
        Q.color("black"),
        Q.garment_type("jacket"),
        wearing(
            "Question: What is the person wearing? Answer: a black blazer and a white t - shirt Question: What is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        details("blazer", "the blazer has notch lapels and a single button and two flap pockets"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        Q.sleeve_length("long sleeve"),
        title="MANGO Women Black Solid Single-Breasted Blazer",
        category="Blazers",
        color="Black",
        gender="Women",
    ),
    # photo: beige longline knit cardigan with buttons, worn open over a black top with black jeans, white
    # backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-006",
        caption(
            "a woman wearing a beige cardigan and black pants and a beige cardigan and black pants and a beige "
            "cardigan and black pants and a beige cardigan and black pants and a beige",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("black", "other_garment_color"),
        Q.material("it is made of knit fabric"),
        describe("cardigan", "the cardigan is beige and has long sleeves and buttons down the front"),
        wearing("he is wearing a beige cardigan and black pants", "pronoun"),
        Q.pattern("solid"),
        is_a("cardigan", "no", "contradiction"),
        title="Marks & Spencer Women Beige Solid Open-Front Longline Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: blue-and-white vertical pinstripe shirt, long sleeves with buttoned cuffs, pointed striped collar, worn
    # with beige wide-leg trousers, white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-007",
        caption("a woman wearing a blue and white striped shirt and beige pants"),
        Q.pattern("striped"),
        Q.color("blue"),
        color_of(
            "shirt",
            "blue and white stripes with a pointed collar and a button placket and long sleeves with buttoned cuffs "
            "and a curved",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve", "contradiction"),
        is_a("shirt", "yes"),
        details("shirt", "the shirt details are the shirt details of the shirt", "restated"),
        title="Tokyo Talkies Women Blue & White Striped Regular Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: olive wide-leg cropped culottes, white short-sleeve shirt tucked in, tan belt, white backdrop, front
    # view. VQA adapter wrote all texts.
    case(
        "X591-008",
        caption("a woman wearing a white shirt and green pants"),
        Q.garment_type("pants"),
        Q.color("olive"),
        wearing("a white shirt and green culottes with a brown belt"),
        describe("culottes", "the culottes are white", "other_garment_color"),
        details("culottes", "they are culottes", "non_answer"),
        Q.material("the culottes are made of 100% linen", "unsupported"),
        title="FabAlley Women Olive Green Solid Culottes",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: peach woven top with short flutter sleeves and a keyhole neckline, worn with white skinny jeans, white
    # backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-009",
        caption("a woman in a pink blouse and white jeans"),
        Q.color("peach"),
        Q.sleeve_length("short sleeve"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        wearing(
            "Question: What is the color of the blouse? Answer: pink Question: What is the color of the jeans? "
            "Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("blouse"),
        describe("blouse", "the blouse is peach with ruffled sleeves and a keyhole neckline"),
        title="AND Women Peach-Coloured Solid Flutter Sleeve Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: grey glen-check single-breasted blazer, buttoned, over a black turtleneck, black trousers, white
    # backdrop, front view; notch lapels, two buttons. VQA adapter wrote all texts.
    case(
        "X591-010",
        caption(
            "Question: What is the color of the blazer? Answer: grey Question: What is the color of the pants? "
            "Answer: black Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("grey"),
        color_of("blazer", "black", "other_garment_color", kind="open"),
        details("blazer", "the blazer has a checked pattern and a notch lapel and two buttons"),
        Q.garment_type("blazer"),
        Q.material("polyester and viscose with a satin lining", "unsupported"),
        title="Park Avenue Woman Grey Checked Wool Blend Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
        gender="Women",
    ),
    # photo: black ribbed long-sleeve high-neck knit top tucked into a camel midi skirt, white backdrop, front view.
    # VQA adapter wrote all texts.
    case(
        "X591-011",
        caption("a woman wearing a black top and a brown skirt"),
        Q.garment_type("top"),
        Q.color("brown", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        wearing(
            "a black turtleneck and a tan skirt and a black turtleneck and a tan skirt and a black turtleneck and a "
            "tan skirt and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        describe("top", "the top is black with a high neck and long sleeves and it is made of a ribbed knit"),
        title="Vero Moda Women Black Ribbed Fitted High Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy A-line midi skirt with a small pink and yellow floral print, white tee tucked in, white backdrop,
    # front view; no pockets visible. VQA adapter wrote all texts.
    case(
        "X591-012",
        caption("a woman wearing a white shirt and a blue floral skirt"),
        Q.pattern("floral"),
        Q.color("navy blue"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        describe("skirt", "the skirt is a navy blue floral print skirt with pockets on both sides", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        wearing("a white t - shirt and a navy floral midi skirt"),
        title="Zink London Women Navy Blue Printed A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive utility shirt with two flap chest pockets and shoulder tabs, worn open over a white tank, black
    # jeans, white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-013",
        caption("a man wearing a green shirt and black jeans", "pronoun"),
        Q.color("olive"),
        wearing("a green shirt over a white tank top and black jeans"),
        details("shirt", "the shirt has two pockets on the chest with flaps and buttons and shoulder tabs"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.garment_type("jacket", "contradiction"),
        describe("shirt", "the shirt that the person is wearing in the picture", "restated"),
        title="Roadster Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white top with a lace yoke and short sleeves, worn with light blue jeans, white backdrop, front view.
    # VQA adapter wrote all texts.
    case(
        "X591-014",
        caption("a woman in a white lace top and blue jeans"),
        describe("top", "the top is white with lace on the shoulders and short sleeves"),
        Q.color("blue", "other_garment_color"),
        Q.material("silk with a satin lining", "unsupported"),
        details(
            "top",
            "Question: What are the top details? Answer: lace Question: What are the jeans details? Answer: ripped "
            "Question",
            "leak",
            hit_limit=True,
        ),
        is_a("top", "yes"),
        title="Chemistry Women White Lace Detail Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black high-waist wide-leg trousers with front creases, cream blouse tucked in, thin black belt, white
    # backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-015",
        caption("a woman wearing a white blouse and black wide leg pants"),
        Q.garment_type("trousers"),
        Q.color("black"),
        color_of("trousers", "black", kind="open"),
        color_of("blouse", "white", kind="open"),
        details(
            "trousers",
            "the trousers have a high waist and wide legs and a crease down the front and a high waist and wide "
            "legs and a crease down",
            "loop",
            hit_limit=True,
        ),
        wearing("the person is wearing a cream blouse and black trousers"),
        is_a("skirt", "yes", "contradiction"),
        Q.material("polyester with 5% elastane for stretch", "unsupported"),
        title="Marks & Spencer Women Black Wide Leg Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: red crew-neck long-sleeve pullover, mid-blue jeans, white backdrop, front view. VQA adapter wrote all
    # texts.
    case(
        "X591-016",
        caption("a woman wearing a blue sweater and blue jeans", "other_garment_color"),
        Q.color("red"),
        Q.garment_type("sweater"),
        describe("sweater", "it is a sweater", "non_answer"),
        Q.material("100% merino wool with a cashmere blend", "unsupported"),
        Q.sleeve_length("long sleeve"),
        color_of("jeans", "red", "contradiction", kind="open"),
        title="United Colors of Benetton Women Red Solid Pullover",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: light pink long-sleeve formal shirt tucked into grey trousers, black pumps, white backdrop, front view.
    # VQA adapter wrote all texts.
    case(
        "X591-017",
        caption("a woman in a pink shirt and grey pants"),
        Q.color("grey", "other_garment_color"),
        color_of("shirt", "pink", kind="open"),
        wearing("pink shirt grey trousers black heels"),
        details("shirt", "the shirt has a pointed collar and a button placket and a curved hem"),
        Q.garment_type("shirt"),
        describe("shirt", "describe the shirt of the person in the picture", "restated"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Van Heusen Woman Pink Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: teal wrap top with three-quarter sleeves and a tie at the waist, black trousers, white backdrop, front
    # view. VQA adapter wrote all texts.
    case(
        "X591-018",
        caption("a woman in a blue wrap top and black pants"),
        Q.sleeve_length("three-quarter sleeve"),
        Q.color("teal"),
        wearing(
            "a blue top and black pants and black shoes and a blue top and black pants and black shoes and a blue "
            "top and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        describe("top", "the top is a wrap top with a tie at the waist and three quarter sleeves"),
        Q.pattern("solid"),
        title="Tokyo Talkies Women Teal Blue Solid Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: black knee-length pencil skirt, white shirt tucked in with sleeves rolled up, white backdrop, front
    # view; the back of the skirt is not visible. VQA adapter wrote all texts.
    case(
        "X591-019",
        caption("a woman wearing a white shirt and a black skirt"),
        Q.color("black"),
        Q.garment_type("skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        details(
            "skirt",
            "the skirt has a slit in the back and a zip at the back and a hook closure and a lining",
            "unsupported",
        ),
        wearing(
            "Question: What is the person wearing? Answer: a white shirt and a black skirt Question: What is the "
            "color of the skirt? Answer",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="ONLY Women Black Solid Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange short-sleeve round-neck knit tee, plain, tucked into a rust pleated midi skirt, white
    # backdrop, front view; no pocket or logo. VQA adapter wrote all texts.
    case(
        "X591-020",
        caption("a woman wearing a grey t - shirt and an orange skirt"),
        Q.color("grey"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeve"),
        describe(
            "t-shirt",
            "the t - shirt is grey and has a round neck and short sleeves and a chest pocket with a logo",
            "unsupported",
        ),
        details("t-shirt", "grey", "non_answer"),
        wearing("she is wearing a grey t - shirt and a rust skirt"),
        title="Roadster Women Grey Melange Solid Round Neck Knit Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: beige open-front blazer with three-quarter sleeves, white top, blue jeans, white sneakers, hands in the
    # jeans pockets, white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-021",
        caption(
            "a woman wearing a beige blazer over a white top and blue jeans and white sneakers and she is standing "
            "with her hands in the pockets of the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("cardigan", "contradiction"),
        Q.color("beige"),
        color_of(
            "blazer",
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe("blazer", "the blazer is beige with three quarter sleeves and no buttons"),
        wearing("a beige blazer, a white top and jeans"),
        title="DressBerry Women Beige Solid Open-Front Blazer",
        category="Blazers",
        color="Beige",
        gender="Women",
    ),
    # photo: black-and-white gingham shirt, long sleeves, pointed collar, no pockets, worn untucked with light blue
    # jeans, white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-022",
        caption("a woman in a black and white checkered shirt and jeans"),
        Q.pattern("checked"),
        Q.color("black"),
        color_of(
            "shirt",
            "the shirt is black and white check with a collar and long sleeves and the shirt is black and white "
            "check with a collar and long",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("He is wearing a black and white checked shirt and blue jeans", "pronoun"),
        details("shirt", "it has a collar and a chest pocket with a button flap", "unsupported"),
        is_a("shirt", "no", "contradiction"),
        title="Tokyo Talkies Women Black & White Checked Regular Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: khaki cotton chinos with cuffed hems, navy-and-white Breton striped top tucked in, white sneakers,
    # white backdrop, front view, one hand on the hip; slant pockets, belt loops. VQA adapter wrote all texts.
    case(
        "X591-023",
        caption("a woman wearing a striped shirt and khaki pants"),
        Q.pattern("striped", "contradiction"),
        Q.color("khaki"),
        Q.material("cotton"),
        color_of("pants", "navy blue and white stripes", "other_garment_color", kind="open"),
        details("pants", "the pants have slant pockets and belt loops and the legs are rolled at the ankle"),
        Q.garment_type("pants"),
        wearing(
            "she is wearing a navy and white striped top and khaki pants and white shoes and she is standing with "
            "one hand on her",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Khaki Cotton Chinos",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: lavender satin blouse with a V-neck and long balloon sleeves, white wide-leg trousers, white backdrop,
    # front view. VQA adapter wrote all texts.
    case(
        "X591-024",
        caption("a woman wearing a purple blouse and white pants"),
        Q.color("purple"),
        Q.material("satin"),
        Q.sleeve_length("long sleeve"),
        describe("blouse", "the blouse is white with long puffy sleeves and a v - neck", "other_garment_color"),
        wearing(
            "a purple satin blouse with balloon sleeves and white trousers and a purple satin blouse with balloon "
            "sleeves and white trousers and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("blouse"),
        details("blouse", "", "non_answer"),
        title="MANGO Women Lavender Solid Satin-Finish Blouse",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: beige accordion-pleated midi skirt with a visible elastic waistband, black short-sleeve top tucked in,
    # black ankle boots, white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-025",
        caption("a woman wearing a black top and a black pleated skirt", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.color("beige"),
        details("skirt", "the skirt is pleated and has an elastic waistband"),
        wearing("black top beige skirt"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        title="U&F Women Beige Pleated Midi Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: navy button-front cardigan, buttoned, navy buttons, a white shirt collar showing at the neck, grey
    # trousers, white backdrop, front view; ribbed cuffs and hem. VQA adapter wrote all texts.
    case(
        "X591-026",
        caption("a woman wearing a blue cardigan and grey pants"),
        Q.garment_type("cardigan"),
        Q.color("navy blue"),
        details(
            "cardigan",
            "the cardigan has buttons down the front and ribbed cuffs and a ribbed hem and buttons down the front "
            "and ribbed cuffs and a",
            "loop",
            hit_limit=True,
        ),
        describe(
            "cardigan",
            "Question: Describe the cardigan. Answer: The cardigan is navy blue with white buttons. Question: What "
            "is the color",
            "leak",
            hit_limit=True,
        ),
        color_of("cardigan", "grey", "other_garment_color", kind="open"),
        wearing("a navy cardigan over a white shirt with grey trousers"),
        Q.material("wool", "unsupported"),
        title="Marie Claire Women Navy Blue Solid Button-Front Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white straight-leg trousers, black sleeveless top tucked in, on a white studio backdrop, front view.
    # VQA adapter wrote all texts.
    case(
        "X591-027",
        caption("a woman in a black top and white pants standing in front of a white wall"),
        Q.color("black", "other_garment_color"),
        color_of("pants", "white", kind="open"),
        Q.garment_type("trousers"),
        details(
            "pants",
            "the pants have a straight leg and a zipper fly and a button closure and two front pockets and the hem is",
            "cut",
            hit_limit=True,
        ),
        wearing("black sleeveless top and white trousers"),
        title="Mast & Harbour Women White Regular Fit Solid Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: white shirt with small navy polka dots, long sleeves, buttoned cuffs, no pocket, tucked into black
    # trousers, white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-028",
        caption("a woman wearing a white polka dot shirt and black pants"),
        Q.pattern("polka dot"),
        Q.color("black", "other_garment_color"),
        color_of("shirt", "white with blue dots", kind="open"),
        wearing("the person is wearing a white shirt with blue polka dots and black pants"),
        describe(
            "shirt",
            "the shirt is white with blue polka dots and has a pointed collar and long sleeves with buttoned cuffs "
            "and the",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="AND Women White & Navy Polka Dot Print Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mustard ribbed knit top with short sleeves and a square neck, blue mom jeans, white backdrop, front
    # view. VQA adapter wrote all texts.
    case(
        "X591-029",
        caption("a woman in a yellow top and blue jeans"),
        Q.color("yellow"),
        Q.garment_type("top"),
        Q.material("knit"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("yes", "non_answer"),
        describe("top", "she is wearing a mustard yellow ribbed top with a square neck"),
        details("top", "what are the top details", "restated"),
        title="Roadster Women Mustard Yellow Ribbed Knit Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy double-breasted blazer with gold buttons, peak lapels and flap pockets, white trousers, white
    # backdrop, front view; matte woven fabric. VQA adapter wrote all texts.
    case(
        "X591-030",
        caption("a woman in a navy blazer"),
        Q.color("white", "other_garment_color"),
        details("blazer", "the blazer has gold buttons and peak lapels and flap pockets"),
        wearing(
            "a navy blue blazer with gold buttons and white pants and a navy blue blazer with gold buttons and "
            "white pants and a navy",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("blazer"),
        Q.material("it is made of velvet", "unsupported"),
        describe("blazer", "his blazer is navy blue with gold buttons", "pronoun"),
        title="Van Heusen Woman Navy Blue Solid Double-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white top with a small red floral print, three-quarter sleeves, round neck, black trousers, model
    # standing, white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-031",
        caption("a woman wearing a white floral blouse and black pants sitting on a chair", "unsupported"),
        Q.pattern("floral"),
        Q.color("red", "contradiction"),
        color_of("top", "white with red flowers", kind="open"),
        Q.sleeve_length("three-quarter sleeve"),
        details(
            "top",
            "the top has a round neck and three quarter sleeves and a keyhole at the back with a button",
            "unsupported",
        ),
        wearing(
            "she is wearing a white top with red flowers and black pants and she is wearing a white top with red "
            "flowers and black",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Off-White & Red Floral Print Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: black cropped culottes, red short-sleeve knit top tucked in, white backdrop, front view. VQA adapter
    # wrote all texts.
    case(
        "X591-032",
        caption("a woman wearing a red top and black pants"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("red", "other_garment_color"),
        color_of("culottes", "black", kind="open"),
        describe("culottes", "the culottes are black and wide and they are cropped above the ankle"),
        wearing(
            "a red top and black culottes Question: What is the color of the top? Answer: red Question: What is "
            "the color",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "no"),
        title="Vero Moda Women Black Solid Culottes",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: red flared midi skirt, white puff-sleeve blouse tucked in, white backdrop, front view; no pockets or
    # belt, back not visible. VQA adapter wrote all texts.
    case(
        "X591-033",
        caption("a woman wearing a white blouse and a red skirt"),
        Q.color("red"),
        color_of("skirt", "red", kind="open"),
        Q.garment_type("dress", "contradiction"),
        details(
            "skirt",
            "the skirt has a high waist and a flared hem and two side pockets and a back zip and a belt",
            "unsupported",
        ),
        wearing("a white blouse with puff sleeves and a red skirt"),
        Q.pattern("solid"),
        title="StyleStone Women Red Solid Flared Midi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: light-wash denim shirt with two chest pockets, snap buttons and long sleeves, black skinny jeans,
    # white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-034",
        caption("a woman wearing a denim shirt and black jeans"),
        Q.material("denim"),
        Q.color("black", "other_garment_color"),
        color_of("shirt", "light blue", kind="open"),
        describe("shirt", "the shirt is blue denim with two chest pockets and snap buttons and a collar"),
        details("shirt", "the details of the shirt are the details", "restated"),
        Q.sleeve_length("long sleeve"),
        is_a("jacket", "yes", "contradiction"),
        title="Roadster Women Blue Denim Regular Fit Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black sleeveless blouse with a ruffle around the neck, beige straight trousers, white backdrop, front
    # view. VQA adapter wrote all texts.
    case(
        "X591-035",
        caption("a woman in a black sleeveless top and beige pants"),
        Q.sleeve_length("sleeveless"),
        Q.color("beige", "other_garment_color"),
        wearing("he is wearing a black top and beige pants", "pronoun"),
        describe("top", "the top is black and sleeveless with a ruffle around the neck"),
        Q.material("100% polyester georgette", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        title="Vero Moda Women Black Solid Ruffle Neck Sleeveless Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: olive cable-knit crew-neck pullover with ribbed cuffs, cream wide-leg trousers, white backdrop, front
    # view. VQA adapter wrote all texts.
    case(
        "X591-036",
        caption("green", "non_answer"),
        Q.color("olive"),
        details("sweater", "the sweater has a cable knit pattern on the front and ribbed cuffs"),
        describe("sweater", "the sweater is green"),
        wearing(
            "a green sweater and white pants and a green sweater and white pants and a green sweater and white "
            "pants and a green",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "green", "contradiction", kind="open"),
        Q.garment_type("sweater"),
        title="ONLY Women Olive Solid Cable-Knit Pullover",
        category="Sweaters",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender long-sleeve formal shirt with a concealed placket and spread collar, tucked into a black pencil
    # skirt, white backdrop, front view. VQA adapter wrote all texts. The feed row has no gender.
    case(
        "X591-037",
        caption("a woman in a purple shirt and a black skirt"),
        Q.color("lavender"),
        Q.garment_type("shirt"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        wearing(
            "a purple shirt and a black skirt Question: What is the color of the shirt? Answer: purple Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a concealed button placket and a spread collar"),
        Q.sleeve_length("long sleeve"),
        title="Arrow Woman Lavender Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # photo: grey checked slim ankle-length trousers, black turtleneck sweater tucked in, white backdrop, front view.
    # VQA adapter wrote all texts.
    case(
        "X591-038",
        caption("a woman wearing a black sweater and grey plaid pants"),
        Q.pattern("checked"),
        Q.color("black", "other_garment_color"),
        describe("trousers", "the trousers are grey checked and slim with an ankle length hem"),
        details(
            "trousers",
            "the trousers have a flat front and slant pockets and a hook and bar closure and a zip fly and the hems "
            "are",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "Question: What is the color of the pants? Answer: grey Question: What is the color of the pants? "
            "Answer: grey Question",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        title="Van Heusen Woman Grey Checked Slim Fit Ankle Length Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: pink peplum top with short sleeves and a round neck, no bow or lace, white jeans, white backdrop, front
    # view. VQA adapter wrote all texts.
    case(
        "X591-039",
        caption(
            "a woman in a pink top and white jeans and a pink top and white jeans and a pink top and white jeans "
            "and a pink top and white jeans and a pink",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.garment_type("blouse"),
        describe(
            "top",
            "the top is pink with a peplum hem and short sleeves and a round neck and it is fitted at the",
            "cut",
            hit_limit=True,
        ),
        details("top", "the top has a bow at the neck and lace sleeves", "unsupported"),
        wearing("pink top"),
        color_of("jeans", "pink", "contradiction", kind="open"),
        title="DressBerry Women Pink Solid Peplum Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: white single-button blazer worn open over a black camisole, black trousers, black belt and heels, white
    # backdrop, front view; notch collar. VQA adapter wrote all texts.
    case(
        "X591-040",
        caption("a woman wearing a white blazer and black pants"),
        Q.color("white"),
        color_of("blazer", "black", "other_garment_color", kind="open"),
        Q.garment_type("jacket"),
        details("blazer", "the blazer has a notch collar and one button and long sleeves"),
        wearing(
            "a white blazer over a black top with black pants and a black belt and black heels and a white blazer "
            "over a black top",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        title="Vero Moda Women White Solid Single-Breasted Casual Blazer",
        category="Blazers",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue denim knee-length A-line skirt with a button front and two front pockets, white tee tucked in,
    # white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-041",
        caption("a woman in a white shirt and a white skirt", "other_garment_color"),
        Q.material("denim"),
        Q.color("blue"),
        details("skirt", "the skirt has buttons down the front and two front pockets"),
        describe("skirt", "skirt", "non_answer"),
        color_of(
            "skirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="Roadster Women Blue Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white long-sleeve boat-neck knit top with thin red horizontal stripes, blue jeans, white backdrop,
    # front view. VQA adapter wrote all texts.
    case(
        "X591-042",
        caption("a woman wearing a white and red striped shirt and blue jeans"),
        Q.pattern("striped"),
        Q.color("blue", "other_garment_color"),
        color_of("top", "white and red", kind="open"),
        Q.sleeve_length("long sleeve"),
        wearing("she is wearing a striped top and jeans"),
        details("top", "the top has a boat neck and long sleeves and horizontal stripes"),
        is_a("t-shirt", "yes"),
        describe("top", "the top is white with red stripes and it has buttons down the back", "unsupported"),
        title="Tokyo Talkies Women White & Red Striped Boat Neck Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: maroon satin shirt with long sleeves, a collar and a button front, no chest pocket and plain cuffs,
    # white jeans, white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-043",
        caption("a woman wearing a red shirt and white jeans"),
        Q.color("maroon"),
        Q.material("satin"),
        describe("shirt", "the shirt is maroon satin with long sleeves and a collar and buttons down the front"),
        wearing(
            "Question: What is the person wearing? Answer: Question: What is the person wearing? Answer: Question: "
            "What is the person",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "maroon", "contradiction", kind="open"),
        Q.garment_type("shirt"),
        details("shirt", "the shirt has a pocket on the chest and embroidered initials on the cuff", "unsupported"),
        title="U&F Women Maroon Solid Satin Shirt",
        category="Shirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: beige linen-blend paperbag-waist trousers with a self tie belt, white short-sleeve tee tucked in, no
    # bag or jewellery, white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-044",
        caption(
            "a woman in a white t - shirt and beige pants with a gold necklace and a brown leather handbag",
            "unsupported",
        ),
        Q.material("linen"),
        Q.color("white", "other_garment_color"),
        details("trousers", "the trousers have a paperbag waist with a tie belt"),
        describe(
            "trousers",
            "the trousers are beige with a tie belt and wide legs and they are made of leather",
            "unsupported",
        ),
        wearing("she is wearing a white t - shirt and beige trousers"),
        Q.garment_type("skirt", "contradiction"),
        title="MANGO Women Beige Linen-Blend Paperbag Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: top with a blue, green and orange abstract leaf print, short sleeves, round neck, white trousers, white
    # backdrop, front view. VQA adapter wrote all texts.
    case(
        "X591-045",
        caption("a woman wearing a colorful printed top and white pants"),
        Q.pattern("printed"),
        Q.color("multicolor"),
        color_of("top", "blue green and orange", kind="open"),
        describe("top", "the top is a multicolor print with short sleeves"),
        wearing(
            "a printed top and white pants and a printed top and white pants and a printed top and white pants and "
            "a printed top",
            "loop",
            hit_limit=True,
        ),
        details(
            "top",
            "the top has a round neck and short sleeves and a print of leaves in blue and green and orange and the "
            "hem is",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Multicoloured Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: grey melange cardigan with no pockets, worn open over a white shirt, black trousers, white backdrop,
    # front view. VQA adapter wrote all texts. The feed row has no color column.
    case(
        "X591-046",
        caption("a woman in a grey cardigan and grey pants", "contradiction"),
        Q.garment_type("cardigan"),
        Q.color("grey"),
        wearing("he is wearing a grey cardigan and a white shirt and black pants", "pronoun"),
        describe("cardigan", "a description of the cardigan", "restated"),
        details("cardigan", "the cardigan has pockets", "unsupported"),
        color_of("shirt", "white", kind="open"),
        title="Marks & Spencer Women Grey Melange Open-Front Cardigan",
        category="Sweaters",
        gender="Women",
    ),
]
