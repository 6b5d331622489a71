"""BLIND_567 (46 products; Myntra women's western night, default questions): written blind in the fifty-first session.
Measured blind at 3f6075f (the session's rules as they stood): 116/139 failures found (83.5%) and 10/193 correct texts
flagged (5.2%). The writer's notes, verbatim:

Scenario: one night of a Myntra women's western-wear feed run on enrich's default questionnaire (wearing, garment_type,
color, pattern, sleeve_length, description, details, material). Tops, shirts, t-shirts, dresses, jumpsuits, jeans,
trousers, skirts, shorts, shrugs, jackets and co-ord sets, mostly on a model who wears other clothes (jeans under a
top, a tee under a jacket or shrug), on white or light grey studio backdrops, with four flat-lays on white. Seller
titles in the current Myntra style ("Roadster Women Blue Skinny Fit Mid-Rise Jeans"); category is Myntra's article
type; a few rows lack the color or title column, as real feeds do.

Who wrote what: captions by the untuned base model Salesforce/blip2-opt-2.7b (short, generic, usually ends cleanly,
but names the wrong garment's color, invents props and sometimes flattens the outfit into one color). The open
questions (wearing, description, details, material) by the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on
blip2-opt-2.7b, greedy, 30 new tokens: trained without an end token, so it often loops or runs to the limit, leaks
the "Question: ... Answer:" format of its training prompts, answers with In-shop class words ("blouse", "tee",
"denim"), gives the top the jeans' color, invents pockets, zips and fabrics, and says "he" now and then. The closed
questions (garment_type, color, pattern, sleeve_length) by enrich's --engine reference, which ranks the candidates
and returns one value: never loops or stops short, but picks the bottom's color, the wrong pattern or sleeve, or
the garment the model wears under the product.

Labeling conventions and judgement calls:
- One label per text, the one I judge primary. A loop that runs to the token limit is "loop" with hit_limit=True;
  "cut" is kept for a text that does not repeat itself and stops mid-phrase at the limit (hit_limit=True).
- A details answer that invents a patch and a sleeve pocket and then stops at the limit is "unsupported" with
  hit_limit=True: the invention is the worse failure.
- A text that leaks "Question: ... Answer:" is "leak" even when the part before the leak is right, and even when it
  ran to the limit (hit_limit=True then).
- other_garment_color: the text gives the product the color of another garment visible in the photo (the jeans'
  blue for the top, the tee's white for the jacket, the heels' black for a dress). I use it for open answers,
  captions and the closed color answer alike; a caption that swaps the colors of the product and the other garment
  is other_garment_color too.
- contradiction: a wrong color that nothing in the photo has (brown for rust, black and white for navy and white),
  one such color for two garments ("a grey shirt and grey pants" for white and black), a wrong color on the other
  garment in a wearing answer or caption, a wrong garment type, pattern or sleeve length, a fabric against the
  title's. The closed garment_type naming the garment worn with the product ("jeans" for a shrug) is contradiction.
- unsupported: a detail or fabric the photo does not show and the title does not name (pockets, zips, a belt, a
  logo, "100% cotton", "stretchable", a handbag that is not there). A plain fabric word that the photo plainly shows
  and the title names or clearly implies (denim for jeans, satin for a satin top) is correct. A fabric contradicting
  the title's fabric is "contradiction".
- non_answer: empty, a bare yes/no, or a single generic word ("tee", "dress", "jacket") to an open question that
  asks for a description, details or material. A single plain fabric word to the material question is an answer.
- restated: the answer only turns the question back into a sentence ("the details of the garment are the details
  of the top", "the person is wearing clothes"), with no content.
- pronoun: "he"/"his"/"man" for a women's product on a female model, labeled only on texts that are otherwise
  about the right garment; rows without a gender column have no pronoun labels.
- For flat-lays the wearing question's answer that names the garment alone is correct; one that invents a woman
  wearing it is "unsupported".
- The closed sleeve question is asked only for tops, dresses, jumpsuits, jackets, shrugs and co-ords.
- A correct answer can name a shade of the seller's color (wine for maroon, off-white for cream, sky blue for light
  blue) or a synonym (tee, blouse, pants, dungarees).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_567 = [
    # photo: black solid crop top, round neck, short sleeves, worn with light blue skinny jeans and white sneakers,
    # white backdrop, front view. Caption base model; open answers VQA adapter; closed answers reference engine.
    case(
        "X567-001",
        caption("a woman wearing a black crop top and blue jeans"),
        Q.wearing("a black crop top and light blue jeans"),
        Q.garment_type("top"),
        Q.color("black"),
        Q.description("a blue top with a round neck and short sleeves", "other_garment_color"),
        Q.details(
            "round neck, short sleeves, cropped hem, round neck, short sleeves, cropped hem, round neck, short sleeves,"
            " cropped",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow top with small white and orange flowers, puff short sleeves, square neck, tucked into
    # white straight trousers, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-002",
        caption("a woman in a yellow floral top and white pants holding a purse", "unsupported"),
        Q.wearing("a yellow floral blouse and white pants"),
        Q.color("mustard"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "The top is yellow with a floral print and puff sleeves. It has a square neckline and a ruffled hem"
            " at the bottom of the top and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("100% cotton with a soft lining inside", "unsupported"),
        title="HERE&NOW Women Mustard Yellow & White Floral Print Puff Sleeve Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: white oversized cotton shirt, long sleeves rolled to the elbow, collar, button placket, worn with black
    # straight trousers, light grey backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-003",
        caption("a woman in a grey shirt and grey pants posing for a photo", "contradiction"),
        Q.wearing("he is wearing a white shirt and black pants", "pronoun"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.sleeve_length("long sleeves"),
        Q.details("spread collar, button placket, a chest pocket with a logo and a curved hem", "unsupported"),
        Q.material("the garment is made of the material", "restated"),
        title="Roadster Women White Solid Oversized Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: grey melange t-shirt with a navy "BROOKLYN 1998" print across the chest, short sleeves, crew neck, worn
    # with mid blue jeans, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-004",
        caption("a woman wearing a grey t - shirt with the word brooklyn on it"),
        Q.wearing("a grey graphic tee and blue jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("graphic"),
        Q.description("tee", "non_answer"),
        Q.details(
            "the text brooklyn 1998 printed on the front Question: What is the color of the tee? Answer: grey Question:"
            " What",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Grey Melange Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy blue wrap midi dress with small white flowers, flutter short sleeves, V neck, tie at the waist,
    # white sneakers, white backdrop, full length. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-005",
        caption("a woman in a blue floral dress and white sneakers"),
        Q.wearing("a navy floral wrap dress"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.description("a white dress with blue flowers and a v-neck", "other_garment_color"),
        Q.details(
            "The dress has a v-neck, a tie-up waist and flutter sleeves. It falls to the mid calf and the skirt"
            " has a wrap"
            " front with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("georgette"),
        title="Tokyo Talkies Women Navy Blue & White Floral Print Georgette Wrap Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green sleeveless utility jumpsuit with a fabric belt, patch pockets on the chest, straight legs,
    # brown sandals, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-006",
        caption("a woman in a green jumpsuit with a belt"),
        Q.wearing("he is wearing a green jumpsuit with a belt", "pronoun"),
        Q.garment_type("dress", "contradiction"),
        Q.color("olive"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper",
            "loop",
            hit_limit=True,
        ),
        Q.details("a fabric belt at the waist, patch pockets on the chest, a collar"),
        Q.material("leather", "contradiction"),
        title="DressBerry Women Olive Green Solid Cotton Utility Jumpsuit with Belt",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: mid blue skinny jeans, clean look, worn with a white t-shirt tucked in and white sneakers, white
    # backdrop, full length. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-007",
        caption("a woman in a white shirt and blue jeans standing in front of a white background"),
        Q.wearing("a white tee and blue denim"),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        Q.description(
            "the jeans are blue skinny jeans with a mid rise and a clean look. they are worn with a white"
            " t-shirt tucked"
            " in and white",
            "cut",
            hit_limit=True,
        ),
        Q.details("five pockets, belt loops, a button and zip fly"),
        Q.material("stretchable denim with 2% elastane for comfort", "unsupported"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: beige high-rise wide-leg trousers with pleats, worn with a black tank top tucked in, black heels, light
    # grey backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-008",
        caption("a woman in a black top and beige pants"),
        Q.wearing("the person is wearing clothes", "restated"),
        Q.garment_type("trousers"),
        Q.color("beige"),
        Q.description("black wide leg pants with pleats at the front", "other_garment_color"),
        Q.details(
            "pleats, high waist, wide legs, pleats, high waist, wide legs, pleats, high waist, wide legs, pleats, high",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Beige High-Rise Pleated Wide Leg Parallel Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: pink pleated midi skirt with an elastic waist, worn with a white fitted t-shirt tucked in, white
    # sneakers, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-009",
        caption("a woman in a white pleated skirt and pink t - shirt", "other_garment_color"),
        Q.wearing("a white tee and a pink pleated skirt"),
        Q.color("pink"),
        Q.pattern("striped", "contradiction"),
        Q.description("What is the garment? Answer: skirt", "leak"),
        Q.details("the details of the garment are the details of the skirt", "restated"),
        Q.material("polyester"),
        title="Tokyo Talkies Women Pink Solid Accordion Pleated Polyester Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black denim shorts with frayed hem, worn with a white t-shirt with thin navy horizontal stripes, white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-010",
        caption("a woman wearing a striped shirt and grey shorts", "contradiction"),
        Q.wearing("a striped tee and black denim shorts"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        Q.description("shorts", "non_answer"),
        Q.details("frayed hem, five pockets, button closure and a brown leather patch at the back", "unsupported"),
        Q.material("denim"),
        title="Roadster Women Black Washed Denim Shorts with Frayed Hem",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: white crochet shrug, open front, short sleeves, hip length, over a black tank top and blue jeans, white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-011",
        caption("a woman in a black top and jeans with a white crochet cardigan"),
        Q.wearing("a white cardigan over a black top and jeans"),
        Q.garment_type("top", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        Q.description("an open front white crochet shrug with short sleeves"),
        Q.details("crochet knit, open front, short sleeves, a button at the neck and two side pockets", "unsupported"),
        title="Berrylush Women White Crochet Open Front Longline Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: mid blue denim jacket, buttoned open, flap chest pockets, over a white t-shirt and black skinny jeans,
    # white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-012",
        caption("a woman in a grey denim jacket and black jeans", "contradiction"),
        Q.wearing("a blue denim jacket, a white tee and black jeans"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves"),
        Q.description("a white jacket with a collar and buttons", "other_garment_color"),
        Q.details(
            "spread collar, button closure, two flap pockets on the chest, buttoned cuffs and two welt pockets at the"
            " waist and a",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "denim Question: What is the color of the jacket? Answer: blue Question: What is the color of the t-shirt?"
            " Answer: white",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: green and white checked co-ord set, short-sleeve camp-collar shirt and matching shorts, white sneakers,
    # white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-013",
        caption("a woman in a green and white checkered shirt and shorts wearing sunglasses", "unsupported"),
        Q.wearing("a green checked shirt with matching shorts"),
        Q.garment_type("co-ord set"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description(
            "the person is wearing a shirt and shorts. the shirt is green and the shorts are green. the shirt is green"
            " and the shorts are green",
            "loop",
            hit_limit=True,
        ),
        Q.details("yes", "non_answer"),
        title="KASSUALLY Women Green & White Checked Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: flat-lay on white of a maroon ribbed tank top, sleeveless, scoop neck, no person. Caption base; open VQA
    # adapter; closed reference engine.
    case(
        "X567-014",
        caption("a maroon tank top on a white background"),
        Q.wearing("a woman wearing a maroon tank top and blue jeans", "unsupported"),
        Q.garment_type("top"),
        Q.color("maroon"),
        Q.pattern("striped", "contradiction"),
        Q.description("a wine colored ribbed tank top with a scoop neck"),
        Q.material("ribbed knit"),
        title="Roadster Women Maroon Ribbed Fitted Tank Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat-lay on white of a white t-shirt with a pink script slogan "good vibes" on the chest, short sleeves,
    # no person. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-015",
        caption("a white t - shirt with the words good vibes on it"),
        Q.wearing("a white graphic tee"),
        Q.garment_type("t-shirt"),
        Q.color("pink", "contradiction"),
        Q.description("the garment is a garment", "restated"),
        Q.details("pink text good vibes on the chest, a round neck and short sleeves"),
        title="Mast & Harbour Women White Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: red fit-and-flare knee-length dress with white polka dots, short sleeves, round neck, black heels, white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-016",
        caption("a woman in a red polka dot dress"),
        Q.wearing("a red polka dot dress"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("polka dots"),
        Q.description("a black dress with white polka dots and a flared skirt", "other_garment_color"),
        Q.details(
            "polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka"
            " dots, polka",
            "loop",
            hit_limit=True,
        ),
        Q.material("crepe Question: What material is the dress made of? Answer: crepe", "leak"),
        title="SASSAFRAS Women Red & White Polka Dot Print Crepe Fit & Flare Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: lavender peplum top with ruffled short sleeves, V neck, worn with black skinny jeans, white backdrop.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-017",
        caption("a woman in a purple top and black pants"),
        Q.wearing("she is wearing a lavender blouse and black jeans"),
        Q.garment_type("top"),
        Q.color("lavender"),
        Q.sleeve_length("short sleeves"),
        Q.description("a black peplum top with ruffled sleeves", "other_garment_color"),
        Q.details("a peplum hem, ruffled sleeves and a v-neck with a zip at the back", "unsupported"),
        title="Harpa Women Lavender Solid Peplum Top with Ruffled Sleeves",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: blue and white vertical striped shirt, long sleeves rolled to the forearm, collar, tucked into beige
    # straight trousers, light grey backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-018",
        caption("a woman wearing a blue and white striped shirt and tan pants"),
        Q.wearing("a striped blue shirt and khaki pants"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.description("a beige shirt with stripes and a collar", "other_garment_color"),
        Q.details("he has the sleeves rolled up and the shirt tucked in", "pronoun"),
        Q.material("cotton"),
        title="Style Quotient Women Blue & White Striped Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black faux leather biker jacket with an asymmetric silver zip, over a grey t-shirt and black jeans,
    # one hand in the jacket pocket, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-019",
        caption("a woman in a black leather jacket and black jeans"),
        Q.wearing(
            "a black leather jacket over a grey tee and black jeans and she has one hand in the pocket of the"
            " jacket and"
            " her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("grey", "other_garment_color"),
        Q.description("a black biker jacket with a zip and a collar"),
        Q.details(
            "an asymmetric zip, zip pockets, a notched collar Question: What are the details of the jacket? Answer:"
            " zip",
            "leak",
            hit_limit=True,
        ),
        Q.material("faux leather"),
        title="Roadster Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: black cigarette trousers, slim, ankle length, worn with a light pink blouse tucked in, nude heels, white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-020",
        caption("a woman in a pink shirt and black pants"),
        Q.wearing("a red blouse and black trousers", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.description("black slim trousers that end at the ankle"),
        Q.details("the trousers have a belt with a gold buckle", "unsupported"),
        Q.material("pants", "non_answer"),
        title="Marks & Spencer Women Black Slim Fit Cigarette Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: black and white checked mini skirt, A-line, with a black long-sleeve fitted top and black ankle boots,
    # white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-021",
        caption("a woman in a black top and a plaid skirt"),
        Q.wearing("a black top and a checked mini skirt"),
        Q.color("black"),
        Q.pattern("checked"),
        Q.description("a red plaid skirt with a high waist", "contradiction"),
        Q.details("the skirt is a skirt", "restated"),
        Q.material("wool tweed with a satin lining", "unsupported"),
        title="Berrylush Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white wide-leg high-rise jeans worn with a peach short-sleeve knit top tucked in, white backdrop. Caption
    # base; open VQA adapter; closed reference engine.
    case(
        "X567-022",
        caption("a woman in white jeans and a pink top"),
        Q.wearing("a peach top and white wide leg jeans"),
        Q.color("peach", "other_garment_color"),
        Q.description("white jeans with wide legs, a high waist and distressed knees", "unsupported"),
        Q.details(
            "high waist, wide leg, five pockets, a button and a zip fly, the jeans are white and the top is peach and"
            " the",
            "cut",
            hit_limit=True,
        ),
        Q.material("jeans", "non_answer"),
        title="Roadster Women White Wide Leg High-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: teal satin cowl neck top, sleeveless, worn with white straight trousers, white backdrop. Caption base;
    # open VQA adapter; closed reference engine.
    case(
        "X567-023",
        caption("a woman in a green satin top and white pants"),
        Q.wearing("a teal satin top and white pants"),
        Q.garment_type("top"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("he is wearing a teal top with a cowl neck", "pronoun"),
        Q.details("cowl neck, thin straps"),
        Q.material("satin"),
        title="Tokyo Talkies Women Teal Solid Satin Cowl Neck Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: navy blue solid polo t-shirt with white tipping on the collar, short sleeves, worn with white shorts,
    # white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-024",
        caption("a woman in a blue polo shirt and white shorts"),
        Q.wearing("a navy polo shirt and white shorts"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.sleeve_length("short sleeves"),
        Q.description("a white polo shirt with a collar", "other_garment_color"),
        Q.details(
            "a polo collar with white tipping, a two button placket and an embroidered logo on the chest", "unsupported"
        ),
        Q.material("the garment is made of the material of the shirt", "restated"),
        title="U.S. Polo Assn. Women Navy Blue Solid Cotton Pique Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white cotton shirt dress with schiffli embroidery, long sleeves, collar, button front, belted with a
    # thin brown belt, knee length, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-025",
        caption("a woman in a white shirt dress with a brown belt"),
        Q.wearing("a white shirt dress with a brown belt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("long sleeves"),
        Q.description("a brown dress with a belt and a collar", "other_garment_color"),
        Q.details(
            "schiffli embroidery, button placket, collar, a belt at the waist and two side seam pockets",
            "unsupported",
        ),
        title="Roadster Women White Schiffli Embroidered Cotton Shirt Dress with Belt",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless halter-neck jumpsuit with wide legs, black heels, light grey backdrop. Caption base;
    # open VQA adapter; closed reference engine.
    case(
        "X567-026",
        caption("a woman in a black jumpsuit holding a clutch purse", "unsupported"),
        Q.wearing(
            "black black black black black black black black black black black black black black black black"
            " black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.description("a black halter neck jumpsuit with wide legs"),
        Q.material("", "non_answer"),
        title="DressBerry Women Black Solid Halter Neck Wide Leg Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: beige longline knit shrug, long sleeves, open front, over a white t-shirt and blue jeans, white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-027",
        caption("a woman wearing a white shirt and jeans with a long sweater"),
        Q.wearing("a beige cardigan over a white tee and jeans"),
        Q.garment_type("jeans", "contradiction"),
        Q.color("beige"),
        Q.description("a long beige knit shrug with an open front and long sleeves"),
        Q.details(
            "an open front, ribbed cuffs, knee length, Question: What is the person wearing? Answer: a cardigan", "leak"
        ),
        Q.material("wool", "contradiction"),
        title="Mast & Harbour Women Beige Acrylic Longline Open Front Shrug",
        category="Shrug",
        color="Beige",
        gender="Women",
    ),
    # photo: rust satin co-ord set, sleeveless camisole top and matching straight trousers, gold sandals, white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-028",
        caption("a woman in an orange satin top and pants"),
        Q.wearing("he is wearing a rust satin cami top and matching pants", "pronoun"),
        Q.color("rust"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a brown satin set with a cami top and trousers", "contradiction"),
        Q.details(
            "thin straps, a v-neck, straight pants, thin straps, a v-neck, straight pants, thin straps, a v-neck,"
            " straight",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="SASSAFRAS Women Rust Satin Camisole Top with Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: beige high-rise linen-blend shorts with a paperbag waist and self-tie belt, worn with a blue and white
    # striped shirt tucked in, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-029",
        caption("a woman in a striped shirt and khaki shorts"),
        Q.wearing("a blue striped shirt and beige shorts"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("beige"),
        Q.description("blue shorts with a paperbag waist and a tie belt", "other_garment_color"),
        Q.details("paperbag waist, a self tie belt, two side pockets"),
        Q.material("linen"),
        title="Marks & Spencer Women Beige Linen Blend Paperbag Waist Shorts with Belt",
        category="Shorts",
        color="Beige",
        gender="Women",
    ),
    # photo: olive green bomber jacket with ribbed collar, cuffs and hem, front zip, over a white t-shirt and blue
    # jeans, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-030",
        caption("a woman in a green jacket and jeans"),
        Q.wearing("he is wearing an olive bomber jacket, a white tee and jeans", "pronoun"),
        Q.garment_type("jacket"),
        Q.color("olive"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "an olive green bomber jacket with a zip front and a zip front and a zip front and a zip front and a"
            " zip front"
            " and a zip",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "ribbed collar, ribbed cuffs, ribbed hem, front zip, two pockets, a sleeve pocket with a zip and a patch on"
            " the left sleeve with",
            "unsupported",
            hit_limit=True,
        ),
        Q.material("jacket", "non_answer"),
        title="Roadster Women Olive Green Solid Nylon Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: off-white crochet lace top with short sleeves and scalloped hem, worn with light blue denim shorts,
    # white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-031",
        caption("a woman in a white lace top and denim shorts"),
        Q.wearing(
            "a cream lace top and blue denim shorts. the top has short sleeves and a scalloped hem and the shorts are"
            " light blue denim with a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("top"),
        Q.color("off white"),
        Q.sleeve_length("short sleeves"),
        Q.description("a blue lace top with a scalloped hem", "other_garment_color"),
        Q.details(
            "lace, scalloped hem, round neck, with a full cotton lining and a keyhole button at the back",
            "unsupported",
        ),
        Q.material("lace"),
        title="Berrylush Women Off White Crochet Lace Top with Scalloped Hem",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: pink, purple and white tie-dye crop t-shirt, short sleeves, worn with grey joggers, white backdrop.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-032",
        caption("a woman in a tie dye shirt and grey pants"),
        Q.wearing("a tie dye crop top and grey joggers"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("tie-dye"),
        Q.sleeve_length("short sleeves"),
        Q.description("a pink and purple tie dye crop top"),
        Q.details("the top is a crop top", "restated"),
        Q.material("polyester blend with 5% spandex", "unsupported"),
        title="Tokyo Talkies Women Pink & Purple Tie-Dye Crop Top",
        category="Tops",
        gender="Women",
    ),
    # photo: black bodycon mini dress, long sleeves, square neck, nude heels, light grey backdrop. Caption base; open
    # VQA adapter; closed reference engine.
    case(
        "X567-033",
        caption("a woman in a black dress and heels"),
        Q.wearing(
            "a black dress, a black dress, a black dress, a black dress, a black dress, a black dress, a black dress, a"
            " black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description(
            "a black bodycon dress with long sleeves and a square neck. the dress is fitted and ends above the knee. it"
            " has a slit at the",
            "cut",
            hit_limit=True,
        ),
        Q.details("dress", "non_answer"),
        title="SASSAFRAS Women Black Solid Square Neck Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: light blue denim shirt, long sleeves, worn open over a white tank top, black jeans, white backdrop.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-034",
        caption("a woman in a denim shirt and black jeans"),
        Q.wearing("a denim shirt over a white tank top and black jeans"),
        Q.garment_type("shirt"),
        Q.color("light blue"),
        Q.description("a black denim shirt with two chest pockets", "other_garment_color"),
        Q.details("two flap pockets, button cuffs Question: What is the color of the shirt? Answer: blue", "leak"),
        Q.material("denim"),
        title="Roadster Women Light Blue Solid Pure Cotton Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: flat-lay on white of black flared jeans, high rise, no person. Caption base; open VQA adapter; closed
    # reference engine.
    case(
        "X567-035",
        caption("a pair of black jeans on a white background"),
        Q.wearing("black flared jeans"),
        Q.garment_type("jeans"),
        Q.color("black"),
        Q.description("the jeans are jeans", "restated"),
        Q.details(
            "high waist, flared legs, five pockets, a button and zip fly. the jeans are black and they have a"
            " flared hem"
            " that is wide at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim with a cotton lining and metal rivets", "unsupported"),
        title="Roadster Women Black Flared High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: mid blue denim A-line mini skirt with front buttons, worn with a yellow t-shirt tucked in, white
    # sneakers, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-036",
        caption("a woman in a yellow shirt and denim skirt"),
        Q.wearing("a yellow tee and a denim skirt"),
        Q.garment_type("skirt"),
        Q.color("yellow", "other_garment_color"),
        Q.description("a blue denim mini skirt with buttons down the front and a slit at the back", "unsupported"),
        Q.details(
            "front buttons, front buttons, front buttons, front buttons, front buttons, front buttons, front buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Roadster Women Blue Denim A-Line Mini Skirt with Button Detail",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: olive cargo trousers with flap side pockets and drawstring hem, worn with a black crop top, white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-037",
        caption("a woman in a black crop top and brown cargo pants", "contradiction"),
        Q.wearing("a black crop top and green cargo pants"),
        Q.garment_type("trousers"),
        Q.color("olive"),
        Q.description("olive cargo pants with side pockets"),
        Q.details(
            "two flap pockets on the sides of the legs, a drawstring at the hem of each leg, belt loops at the"
            " waist and"
            " a button with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Roadster Women Olive Green Relaxed Fit Cotton Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: back view of an oversized yellow t-shirt with a large black and white graphic print on the back, worn
    # with blue jeans, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-038",
        caption("the back of a woman wearing a yellow t - shirt"),
        Q.wearing(
            "a yellow tee Question: What is the color of the jeans? Answer: blue Question: What is the color of the tee"
            "? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description("a yellow t-shirt with a big print on his back", "pronoun"),
        Q.details(
            "a print on the back, drop shoulders, a print on the back, drop shoulders, a print on the back, drop"
            " shoulders",
            "loop",
            hit_limit=True,
        ),
        title="Bewakoof Women Yellow Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: green smocked top with small pink and white flowers, square neck, puff short sleeves, worn with blue
    # jeans, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-039",
        caption("a woman wearing a green floral top and blue jeans"),
        Q.wearing("a green floral top and jeans"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("a blue top with pink flowers, a square neck and puff sleeves", "other_garment_color"),
        Q.details(
            "smocked, smocked, smocked, smocked, smocked, smocked, smocked, smocked, smocked, smocked, smocked",
            "loop",
            hit_limit=True,
        ),
        Q.material("rayon"),
        title="DressBerry Women Green & Pink Floral Printed Rayon Smocked Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: navy and white horizontally striped knit co-ord set, short-sleeve top and midi skirt, white sneakers,
    # light grey backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-040",
        caption("a woman in a striped top and skirt"),
        Q.wearing(
            "a striped top and a striped skirt and a striped top and a striped skirt and a striped top and a"
            " striped skirt"
            " and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("co-ord set"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.description("a black and white striped knit set", "contradiction"),
        Q.details("Question: What are the details of the garment? Answer: stripes", "leak"),
        Q.material("knit"),
        title="Tokyo Talkies Women Navy Blue & White Striped Knit Top with Skirt Co-Ords",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light blue denim dungaree jumpsuit with bib pocket and adjustable straps, over a white t-shirt, white
    # sneakers, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-041",
        caption("a woman in denim overalls and a white t - shirt"),
        Q.wearing(
            "light blue denim dungarees over a white tee and white sneakers. the dungarees have a bib pocket on"
            " the front"
            " and adjustable straps with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description("a sky blue denim dungaree with a bib pocket"),
        Q.details("the details are adjustable straps, a bib pocket"),
        Q.material("denim"),
        title="Roadster Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        gender="Women",
    ),
    # photo: beige quilted puffer jacket, hooded, front zip, over a black top and blue jeans, white backdrop. Caption
    # base; open VQA adapter; closed reference engine.
    case(
        "X567-042",
        caption("a woman in a tan puffer jacket and jeans"),
        Q.wearing("a beige puffer jacket, a black top and jeans"),
        Q.garment_type("jacket"),
        Q.color("beige"),
        Q.description("a black puffer jacket with a hood", "other_garment_color"),
        Q.details("quilted, a hood, a zip front, a detachable fur trim on the hood", "unsupported"),
        Q.material(
            "What material is the jacket made of? Answer: polyester Question: What is the color of the jacket? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Beige Solid Hooded Quilted Puffer Jacket",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: flat-lay on white of white shorts with a blue flower print, elastic waist with drawstring, no person.
    # Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-043",
        caption("a pair of white shorts with blue flowers"),
        Q.wearing("white floral shorts"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.description(
            "white shorts with a blue floral print and an elastic waist with a drawstring. the shorts are short"
            " and have"
            " a floral print of blue flowers on",
            "cut",
            hit_limit=True,
        ),
        Q.details("drawstring waist, side pockets and a back pocket with a button", "unsupported"),
        Q.material("cotton"),
        title="HERE&NOW Women White & Blue Floral Printed Pure Cotton Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless tiered maxi dress, V neck, model holding a straw bag, white backdrop. Caption
    # base; open VQA adapter; closed reference engine.
    case(
        "X567-044",
        caption("a woman in a yellow dress holding a straw bag"),
        Q.wearing("a yellow maxi dress and a straw hat", "unsupported"),
        Q.garment_type("dress"),
        Q.color("mustard"),
        Q.sleeve_length("sleeveless"),
        Q.description("a mustard tiered maxi dress with a v-neck"),
        Q.details(
            "tiered skirt, v-neck, wide straps, tiered skirt, v-neck, wide straps, tiered skirt, v-neck, wide straps,"
            " tiered",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "contradiction"),
        title="SASSAFRAS Women Mustard Yellow Solid Cotton Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: black sheer kimono-style shrug with a pink and green floral print, long wide sleeves, over a black
    # tank top and black shorts, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-045",
        caption("a woman in a black top and shorts with a floral kimono"),
        Q.wearing("a floral kimono over a black top and shorts"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.description("a pink kimono with green leaves", "contradiction"),
        Q.details("sheer fabric, wide sleeves, open front, tassels on the hem", "unsupported"),
        title="Berrylush Women Black & Pink Floral Print Sheer Longline Kimono Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: white one-shoulder top with a ruffle along the neckline, worn with burgundy straight trousers, white
    # backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X567-046",
        caption("a woman in a white top and red pants"),
        Q.wearing("a white one shoulder top and burgundy pants"),
        Q.garment_type("top"),
        Q.color("white"),
        Q.description("a red top with one shoulder and a ruffle", "other_garment_color"),
        Q.details(
            "one shoulder, ruffle, the top is white, the top is white, the top is white, the top is white, the top is",
            "loop",
            hit_limit=True,
        ),
        Q.material("no", "non_answer"),
        title="Tokyo Talkies Women White Solid One Shoulder Ruffled Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
]
