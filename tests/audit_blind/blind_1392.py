"""BLIND_1392 (45 products; Myntra men's topwear, base OPT-2.7b zero-shot): written blind in the sixty-fourth session.
Measured blind at 7897fa2 (the session's third rules): 54/73 failures found (74.0%) and 22/243 correct texts flagged
(9.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's t-shirts, polo shirts and shirts (articleType "Tshirts" for tees and polos,
"Shirts" for shirts; baseColour as Myntra spells it: Navy Blue, Grey Melange, Olive, Mustard, Teal, Rust, Multi...).
Catalog shots: a model on a plain grey or white backdrop wearing the product with jeans, chinos, joggers or
trousers; now and then a flat lay, a back view, a layered look (shirt worn open over a tee, shirt under a blazer) or
a prop (sunglasses, skateboard, golf club, stool). A column is left out here and there (no color on 019, no
category on 028, no gender on 044), as feeds do.
Who wrote what: every caption is the base Salesforce/blip2-opt-2.7b, zero-shot, unprompted, greedy, 50 new tokens;
every answer is the same base model, no adapter, asked the enrich default questionnaire ("Question: ... Answer:")
with free generation, greedy, 30 new tokens. The base model stops on its newline, so most texts are short; the
long ones are the run-ons on "Describe the garment." and "What are the details of the garment?".
Labeling conventions and judgement calls: judged against the photo I imagined (described above each case) and the title.
Near-hue names are left correct: maroon called "red", teal called "green" in one text and "blue" in another, olive
called "green", rust called "orange", peach called "pink", mustard called "yellow", navy called "blue". Navy or charcoal
called "black" is marked contradiction when the photo shows them plainly lighter than black. A color answer that gives
the jeans', chinos', tee's or blazer's color is other_garment_color, and so is a "wearing" answer that gives both
garments one color when they differ. Garment-type answers that name another kind (jacket for a denim shirt, sweater or
sweatshirt for a tee, the blazer for the shirt under it) are contradiction. An accessory or prop given as the garment's
detail (tie, skateboard, golf club, sunglasses) is contradiction. A color, a view or the garment's own name given where
a pattern or a detail was asked is non_answer; a sentence that only turns the question back ("the details of the garment
are shown...", "made of a material") is restated. Invented pockets, collars, logos, slogans, prints and materials the
title does not support are unsupported (cotton for a Rapid-Dry or linen title, wool or silk where the photo shows
cotton). "She"/"a woman"/"for women" for the male models (three with long hair) is pronoun. "What is the person
wearing?" on a flat lay answered with the garment is left correct; "nothing" is non_answer. Small errors about the other
garments in a caption are not made up here; every marked text is wrong about the product or the model.
About a quarter of the texts are wrong, fewer than the fine-tuned adapters would give: the base model does well
on the short closed questions for this plain catalog (one garment, clean backdrop), and its errors sit in
details, description and material (invented parts, the prop or the other garment), dark colors, and the
pattern question answered with a color.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

# Caption and answers in every case: base BLIP-2 OPT-2.7b zero-shot, free generation (no adapter).

BLIND_1392 = [
    # Photo: model, front, black crew-neck tee, mid-blue jeans, grey backdrop; plain tee, no print.
    case(
        "X1392-001",
        caption("a man wearing a black t-shirt and jeans"),
        Q.wearing("a black t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a white logo on the front", "unsupported"),
        Q.details("it is a t-shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Black Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, front, navy polyester running tee with a small reflective logo on the chest, black track pants;
    # the navy is plainly blue next to the black pants.
    case(
        "X1392-002",
        caption("a man in a black t-shirt and black pants", "contradiction"),
        Q.wearing("a black shirt and black pants", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.sleeve_length("short"),
        Q.details("a logo on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, front, white pique polo with a small navy embroidered logo on the chest, beige chinos.
    case(
        "X1392-003",
        caption("a man in a white polo shirt and khaki pants"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a white polo shirt with a blue logo"),
        Q.details("the logo"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, front, blue-and-white gingham shirt, full sleeves buttoned at the cuff, one chest pocket, black
    # jeans; the answer to "wearing" gives the jeans the shirt's blue.
    case(
        "X1392-004",
        caption("a man wearing a blue and white checkered shirt"),
        Q.wearing("a blue shirt and blue jeans", "other_garment_color"),
        Q.color("blue and white"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.details("buttons and a pocket"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, front, olive full-sleeve shirt with the sleeves rolled to the elbow (cuff folds visible), beige
    # chinos, one hand in pocket.
    case(
        "X1392-005",
        caption("a man in a green shirt and khaki pants"),
        Q.wearing("a green shirt and green pants", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model, front, black oversized tee with a large yellow Batman logo on the front, grey joggers.
    case(
        "X1392-006",
        caption("a man wearing a black batman t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a yellow batman logo on the front"),
        Q.details("the batman logo"),
        Q.material("cotton"),
        gender="Men",
        title="The Souled Store Men Black Batman Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: back view; grey melange tee with a small Puma logo at the back neck, black shorts; the front is not seen.
    case(
        "X1392-007",
        caption("the back of a man wearing a gray t-shirt"),
        Q.wearing("a gray t-shirt and black shorts"),
        Q.color("gray"),
        Q.pattern("solid"),
        Q.description("a gray t-shirt with a puma logo on the front", "unsupported"),
        Q.details("the back of the shirt", "non_answer"),
        gender="Men",
        title="Puma Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model, front, white formal shirt tucked into grey trousers, navy tie; the tie is given as the shirt's
    # detail.
    case(
        "X1392-008",
        caption("a man in a white shirt and tie"),
        Q.wearing("a white shirt and a tie"),
        Q.garment_type("dress shirt"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.details("a blue tie", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model mid-stride, front, red training tee with a white swoosh on the chest, black shorts, white
    # backdrop; the back is not seen.
    case(
        "X1392-009",
        caption("a man in a red nike shirt running"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "a red nike shirt with a white nike logo on the front and a nike logo on the back", "unsupported"
        ),
        Q.details("nike logo"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Red Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model, front, maroon full-sleeve henley with a three-button placket, blue jeans.
    case(
        "X1392-010",
        caption("a man wearing a maroon henley shirt"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("red"),
        Q.sleeve_length("long"),
        Q.description("a red long sleeve shirt with buttons"),
        Q.details("buttons on the front"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: model, front, navy short-sleeve polo with the small flag logo, white chinos; the color answer gives the
    # chinos'.
    case(
        "X1392-011",
        caption("a man in a navy polo shirt and white pants"),
        Q.wearing("a blue polo shirt and white pants"),
        Q.garment_type("polo"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("cotton"),
        Q.details("the logo"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: flat lay on white, mustard-yellow tee with "STAY WEIRD" printed in black across the chest; no person.
    case(
        "X1392-012",
        caption("a yellow t-shirt with the words stay weird on it"),
        Q.wearing("a yellow t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("words"),
        Q.details("the words stay weird"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Mustard Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: model, front, light blue formal shirt with thin white vertical stripes, collar in the same striped
    # fabric, tucked into navy trousers.
    case(
        "X1392-013",
        caption("a man wearing a blue striped shirt"),
        Q.garment_type("dress shirt"),
        Q.color("blue"),
        Q.pattern("stripes"),
        Q.details("stripes"),
        Q.sleeve_length("long"),
        Q.description("a blue and white striped shirt with a white collar", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, front, black short-sleeve shirt with a small white floral print (matte cotton), grey chinos,
    # holding sunglasses in one hand.
    case(
        "X1392-014",
        caption("a man in a black floral shirt holding sunglasses"),
        Q.wearing("a black shirt and black pants", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.color("black and white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.details("flowers"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Jack & Jones Men Black Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model, front, mid-blue denim shirt with two flap chest pockets, worn open over a white tee, black jeans.
    case(
        "X1392-015",
        caption("a man wearing a denim shirt over a white t-shirt"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.details("two pockets on the chest"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, front, pale yellow polo, collar in the same yellow, blue jeans, hand in pocket.
    case(
        "X1392-016",
        caption("a man in a yellow polo shirt and jeans"),
        Q.garment_type("polo shirt"),
        Q.color("yellow"),
        Q.sleeve_length("short"),
        Q.description("a yellow polo shirt with a white collar", "unsupported"),
        Q.details("a collar and buttons"),
        gender="Men",
        title="Allen Solly Men Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: model, front, white tee with black horizontal stripes, black jeans; no pocket on the tee.
    case(
        "X1392-017",
        caption("a man in a black and white striped shirt"),
        Q.wearing("a striped shirt and black jeans"),
        Q.color("black and white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("a black and white striped t-shirt with a pocket", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men White & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, front, teal full-sleeve shirt, untucked, beige chinos. Teal sits between green and blue: both
    # names left correct.
    case(
        "X1392-018",
        caption("a man wearing a green shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.details("it is a shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Dennis Lingo Men Teal Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: model with long hair tied back and a beard, charcoal tee (clearly lighter than his black jeans). The
    # feed row has no color column.
    case(
        "X1392-019",
        caption("a man with long hair wearing a black t-shirt", "contradiction"),
        Q.wearing("a gray t-shirt and black jeans"),
        Q.color("gray"),
        Q.pattern("plain"),
        Q.sleeve_length("short"),
        Q.description("she is wearing a gray t-shirt", "pronoun"),
        gender="Men",
        title="Campus Sutra Men Charcoal Solid Round Neck T-shirt",
        category="Tshirts",
    ),
    # Photo: model, front, pale pink formal shirt (collar and cuffs in the same pink) with one chest pocket, tucked
    # into grey trousers, black belt.
    case(
        "X1392-020",
        caption("a man in a pink shirt and gray pants"),
        Q.garment_type("dress shirt"),
        Q.color("pink"),
        Q.pattern("pink", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a pink shirt with a white collar and white cuffs", "unsupported"),
        Q.details("a pocket on the left side"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: model, front, red polo with navy horizontal stripes and a navy collar, white shorts.
    case(
        "X1392-021",
        caption("a man wearing a red and blue striped polo shirt"),
        Q.wearing("a striped polo shirt and white shorts"),
        Q.color("red and blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.details(
            "stripes and stripes and stripes and stripes and stripes and stripes and stripes and stripes and stripes"
            " and stripes and stripes and stripes and stripes and stripes and stripes",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Nautica Men Red & Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model, front, red-and-black buffalo check flannel (soft brushed cotton, no hood) worn open over a black
    # tee, blue jeans.
    case(
        "X1392-022",
        caption("a man in a red and black plaid shirt and jeans"),
        Q.wearing("a plaid shirt and jeans"),
        Q.garment_type("flannel shirt"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a red and black plaid shirt with a hood", "unsupported"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Roadster Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: model holding a skateboard under one arm, white tee with a small black "HRX" print on the chest, olive
    # cargo pants.
    case(
        "X1392-023",
        caption("a man holding a skateboard"),
        Q.wearing("a white t-shirt and green pants"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.description("a white t-shirt that says skateboarding is not a crime", "unsupported"),
        Q.details("a skateboard", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, front, bottle-green polo with a small logo on the chest, khaki chinos.
    case(
        "X1392-024",
        caption("a man in a green polo shirt"),
        Q.garment_type("polo shirt Question: What is the color of the polo shirt? Answer: green", "leak"),
        Q.color("green"),
        Q.sleeve_length("short"),
        Q.description("a green polo shirt for men"),
        Q.details("the logo on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: model, front, beige linen shirt with the sleeves rolled, white shorts; the color answer gives the
    # shorts' white.
    case(
        "X1392-025",
        caption("a man in a beige shirt and white shorts"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Beige Regular Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: model, front, black tee with a large white Puma cat logo on the front, black joggers; nothing printed on
    # the back (not seen).
    case(
        "X1392-026",
        caption("a man wearing a black t-shirt with a puma logo"),
        Q.wearing("a black t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("logo"),
        Q.sleeve_length("short"),
        Q.description(
            "a black t-shirt with a white puma logo on the front and the words puma on the back and the words puma"
            " on the front and the words puma on the back and the words",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, front, lavender formal shirt under an open navy blazer, grey trousers, no tie.
    case(
        "X1392-027",
        caption("a man wearing a blazer and a purple shirt"),
        Q.wearing("a blue blazer and a purple shirt"),
        Q.garment_type("blazer", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: model sitting on a wooden stool, mustard tee, black jeans. The feed row has no category column.
    case(
        "X1392-028",
        caption("a man sitting on a stool wearing a yellow t-shirt"),
        Q.wearing("a yellow shirt and yellow pants", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.description("a yellow t-shirt with black jeans"),
        Q.material("the garment is made of cotton"),
        gender="Men",
        title="WROGN Men Mustard Yellow Solid Round Neck T-shirt",
        color="Mustard",
    ),
    # Photo: model, front, navy-and-white small check shirt, full sleeves, regular spread collar (no buttons on the
    # collar points), khaki chinos.
    case(
        "X1392-029",
        caption("a man wearing a blue and white checkered shirt"),
        Q.color("blue"),
        Q.pattern("stripes", "contradiction"),
        Q.sleeve_length("long"),
        Q.details("a button down collar", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Navy Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model holding a golf club, black polo with a white swoosh, white golf trousers.
    case(
        "X1392-030",
        caption("a man holding a golf club"),
        Q.wearing("a black polo shirt and white pants"),
        Q.garment_type("golf shirt"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.details("a golf club", "contradiction"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black Solid Dri-FIT Golf Polo T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: back view, white tee with a large black-and-orange sunset-and-waves graphic across the back, blue jeans.
    case(
        "X1392-031",
        caption("the back of a man's white t-shirt with a graphic print"),
        Q.wearing("a white t-shirt"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with a picture of a tiger on the back", "unsupported"),
        Q.details("a picture of a tiger", "unsupported"),
        gender="Men",
        title="Roadster Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model with long curly hair, olive oversized drop-shoulder tee whose sleeves end at the elbow, black
    # cargo pants.
    case(
        "X1392-032",
        caption("a woman wearing an olive green t-shirt and black pants", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a green t-shirt"),
        Q.material("cotton"),
        gender="Men",
        title="Difference of Opinion Men Olive Green Drop-Shoulder Sleeves Oversized T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: model, front, maroon short-sleeve polo, grey chinos.
    case(
        "X1392-033",
        caption("a man in a maroon polo shirt"),
        Q.wearing("a red shirt and gray pants"),
        Q.garment_type("shirt"),
        Q.color("maroon"),
        Q.pattern("red", "non_answer"),
        Q.sleeve_length("long", "contradiction"),
        Q.details("collar"),
        gender="Men",
        title="Van Heusen Sport Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: model, front, grey full-sleeve shirt with a small white dot-like geometric print, black trousers.
    case(
        "X1392-034",
        caption("a man in a gray shirt with white polka dots"),
        Q.color("gray"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long"),
        Q.description("a gray shirt with white polka dots on it"),
        Q.material("cotton"),
        gender="Men",
        title="Parx Men Grey Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: flat lay on white, plain black crew-neck tee; no person.
    case(
        "X1392-035",
        caption("a black t-shirt on a white background"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("a black t-shirt"),
        Q.details("a black t-shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="H&M Men Black Regular Fit Round-neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, front, grey melange V-neck tee, navy chinos.
    case(
        "X1392-036",
        caption("a man in a gray v - neck t-shirt"),
        Q.wearing("a gray t-shirt and blue pants"),
        Q.garment_type("t-shirt"),
        Q.color("gray"),
        Q.pattern("solid"),
        Q.sleeve_length("short Question: What is the material of the garment? Answer: cotton", "leak"),
        Q.details("v neck"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model, front, white formal shirt with one chest pocket, tucked into black trousers.
    case(
        "X1392-037",
        caption("a man in a white shirt and black pants"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.details("the details of the garment are the buttons and the pocket"),
        Q.description(
            "a white shirt with a collar and buttons down the front, long sleeves, and a pocket on the left chest."
            " the shirt is made of a lightweight cotton fabric that is",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Raymond Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model with shoulder-length hair, peach tee, white trousers.
    case(
        "X1392-038",
        caption("a woman in a pink t-shirt and white pants", "pronoun"),
        Q.wearing("a pink shirt and white pants"),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("pink", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a pink t-shirt for women", "pronoun"),
        gender="Men",
        title="Campus Sutra Men Peach Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Photo: model, front, colour-blocked polo: white body, navy chest band with a thin red stripe, navy collar, blue
    # jeans.
    case(
        "X1392-039",
        caption("a man wearing a white and blue polo shirt"),
        Q.wearing("a polo shirt and jeans"),
        Q.garment_type("rugby shirt", "contradiction"),
        Q.color("white and blue"),
        Q.pattern("color block"),
        Q.details("a red stripe across the chest"),
        Q.material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men White & Navy Blue Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, front, short-sleeve camp-collar shirt, parrots and palm leaves (green, yellow, red) on navy, white
    # shorts.
    case(
        "X1392-040",
        caption("a man wearing a hawaiian shirt with a parrot on it"),
        Q.garment_type("hawaiian shirt"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a short sleeve shirt with a tropical print of parrots and palm leaves in green, yellow, red and orange on"
            " a navy blue background with a camp collar and a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "parrots, leaves, flowers, parrots, leaves, flowers, parrots, leaves, flowers, parrots, leaves, flowers,"
            " parrots, leaves",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HERE&NOW Men Multicoloured Tropical Printed Casual Shirt",
        category="Shirts",
        color="Multi",
    ),
    # Photo: model, front, navy shirt (plainly navy in the light), white chinos.
    case(
        "X1392-041",
        caption("a man in a black shirt and white pants", "contradiction"),
        Q.wearing("a dark shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("black", "non_answer"),
        Q.details("buttons"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model, front, royal blue tee with the small red-and-white batwing logo on the chest, grey jeans.
    case(
        "X1392-042",
        caption("a man wearing a blue t-shirt with a red logo"),
        Q.wearing("a blue t-shirt and blue jeans", "other_garment_color"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("the details of the garment are shown in the picture", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Levis Men Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model, front, rust polo with sunglasses hooked on the placket, beige chinos (not orange).
    case(
        "X1392-043",
        caption("a man in an orange polo shirt with sunglasses"),
        Q.wearing("an orange shirt and orange pants", "other_garment_color"),
        Q.garment_type("polo shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("sunglasses", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Rust Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # Photo: model, front, light blue oxford shirt with a button-down collar, tucked into navy chinos, brown belt.
    # The feed row has no gender column.
    case(
        "X1392-044",
        caption("a man wearing a blue shirt and blue pants"),
        Q.wearing("a blue shirt and blue pants"),
        Q.garment_type("button down shirt"),
        Q.color("light blue"),
        Q.sleeve_length("long"),
        Q.details("button down collar"),
        Q.material("oxford"),
        title="Arrow Men Blue Regular Fit Solid Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, front, black full-sleeve crew-neck tee (thin jersey, no hood), grey joggers.
    case(
        "X1392-045",
        caption("a man in a black long sleeve shirt and gray sweatpants"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black long sleeve shirt with a hood", "unsupported"),
        Q.material("the garment is made of a material", "restated"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Full Sleeves Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
]
