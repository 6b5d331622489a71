"""BLIND_612 (46 products; older Myntra feed, base blip2-opt-2.7b zero-shot, default questionnaire): written blind in
the fifty-second session. Measured blind at 94ddb22 (the session's fifteenth rules): 107/118 failures found (90.7%) and
5/164 correct texts flagged (3.0%). The writer's notes, verbatim:

Scenario: an older Myntra feed of the shared photos' kind, short seller titles, article types Tshirts, Shirts, Jeans,
Kurtas, Tops, Dresses, Track Pants, Sweatshirts and Shorts. Catalog shots on a white backdrop, the product worn by a
model who also wears other clothes (jeans under a tee, a tee under a zip hoodie, churidar under a kurta); bottoms are
often shot from the waist down with shoes in frame. A few rows lack the title or the color column.

Who wrote what: the untuned base Salesforce/blip2-opt-2.7b wrote everything, zero-shot, with enrich's default
questionnaire (wearing, garment_type, color, pattern, sleeve_length, description, details, material). Closed answers
come from the reference engine (one candidate value each; never loops or stops short). The base model is terse and
lower-case, writes "t - shirt" with spaced hyphens, usually stops on its own, and its typical errors are colors taken
from the other garment in the frame, kurtas called dresses, invented details (zippers, logos, back prints),
fabrics it cannot see, he/she for the wrong model, one-word answers to open questions, and now and then it keeps
going past the answer: a `Question: ... Answer:` leak, a repeated clause until the 30-token limit, or a long list
cut at the limit.

Labeling conventions and judgement calls:
- One color per closed answer is judged against the photo and the seller's color: a near shade (peach as pink,
  mustard as yellow, lavender as purple, charcoal that looks near-black as black) is correct.
- A wrong color that belongs to another worn garment is other_garment_color, even where a print also has that color;
  a wrong color that belongs to nothing else worn (a print's color alone, a shade off the photo) is contradiction.
- One color given to two garments in the same text ("a blue top and blue jeans" for a black top) is contradiction on
  that text; the closed color answer that then takes the other garment's color is other_garment_color.
- A wrong but near-dark shade read off the photo (black for dark navy jeans) is contradiction, not a near shade, when
  the seller and the caption say otherwise.
- A multicolor print answered with its ground color (white ground, blue flowers, seller says Blue) is correct.
- A kurta called a dress (caption or closed type), a polo tee typed "shirt", a zip hoodie typed "jacket", a
  sweatshirt typed "sweater", track pants typed "trousers": contradiction (the seller's category says otherwise). In
  open text, "long shirt" for a kurta, "jacket" for an open zip hoodie and "sweater" in a caption are accepted.
- Side piping on track pants may be answered "striped" or "solid"; rolled long sleeves are "long".
- A wrong closed pattern or sleeve length contradicted by the title or another text is contradiction.
- Material: one word is the natural answer and counts as correct when plausible for what is seen (cotton for a
  jersey tee, denim for jeans, polyester for shiny track pants); a fabric at odds with the photo (leather, wool,
  silk, denim on a cotton shirt) is unsupported.
- A one-word or yes/no answer to an open question (wearing, description, details) is non_answer even when the word
  is true ("ruffles", "nike", "jeans"); "the shorts are short" / "they are jeans" is non_answer too. Echoing the
  question's own words ("the details of the garment are the details") is restated.
- Invented details not in the photo (zippers, back prints, words, logos, belts of another color) are unsupported.
- pronoun is used for he/she/his/her that does not fit the model in the photo (the feed's gender column).
- A leak is labelled leak even when its answer part is right; a repeated clause is loop, with hit_limit; a text that
  stops mid-phrase at the limit without repeating itself is cut. One label per text: the most salient one.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_612 = [
    # photo: man in a yellow crew-neck tee with a small black logo on the chest, mid-blue jeans, white backdrop,
    # front view. base blip2-opt-2.7b wrote all texts.
    case(
        "X612-001",
        caption("a man wearing a yellow t - shirt and jeans standing in front of a white background"),
        Q.wearing("a blue t - shirt and blue jeans", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.description("a yellow t - shirt with a small black logo"),
        Q.material("cotton"),
        title="Puma Men Spine Tee Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a peach v-neck tee, white skinny jeans, white backdrop, front view. base model wrote all texts.
    case(
        "X612-002",
        caption("a woman in a pink shirt and white pants"),
        Q.wearing("a pink t - shirt and white jeans"),
        Q.color("white", "other_garment_color"),
        Q.description("he is wearing a pink t - shirt", "pronoun"),
        Q.details("a v - neck and short sleeves"),
        Q.material("cotton"),
        title="United Colors Of Benetton Women Peach T-Shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a dark charcoal (near-black) tee with a large white skull print on the front, black jeans, white
    # backdrop, front view; the back is not shown. base model wrote all texts.
    case(
        "X612-003",
        caption("a man wearing a black t - shirt with a skull on it"),
        Q.wearing("a t - shirt with a skull on it and black jeans"),
        Q.color("black"),
        Q.description(
            "a black t - shirt with a white skull print on the front and the word rebel on the back", "unsupported"
        ),
        Q.details("a white skull print"),
        Q.material("leather", "unsupported"),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a white shirt with a big blue check, sleeves rolled to the elbow, beige chinos, white backdrop.
    # base model wrote all texts.
    case(
        "X612-004",
        caption("a man in a white and blue checkered shirt and khaki pants"),
        Q.wearing("a checkered shirt and khaki pants"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.details(
            "the sleeves are rolled up Question: what is the color of the shirt? Answer: white Question: what is the",
            "leak",
            hit_limit=True,
        ),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy shirt with thin white vertical stripes, open collar, no tie, grey trousers, white
    # backdrop. base model wrote all texts.
    case(
        "X612-005",
        caption("a man wearing a blue and white striped shirt"),
        Q.wearing("a shirt and tie", "unsupported"),
        Q.color("navy blue"),
        Q.description("a black shirt with white pinstripes", "contradiction"),
        Q.details("details", "non_answer"),
        Q.material("cotton"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in mid-blue slim jeans with faded thighs, white tee worn over the waistband, white sneakers, white
    # backdrop, full front view; the fly is hidden by the tee. base model wrote all texts.
    case(
        "X612-006",
        caption("a man in a white shirt and blue jeans"),
        Q.wearing("jeans and a white t - shirt"),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        Q.description("a pair of light grey jeans with a faded wash", "contradiction"),
        Q.details("the jeans have a zipper fly and a button fly and a leather patch", "unsupported"),
        Q.material("the garment is made of denim"),
        title="Wrangler Men Blue Skanders Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a maroon straight kurta with a gold foil print at the yoke, three-quarter sleeves, white
    # churidar, white backdrop. base model wrote all texts.
    case(
        "X612-007",
        caption("a woman in a red dress and white pants", "contradiction"),
        Q.wearing("a red kurta and white leggings"),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter"),
        Q.description("a maroon kurta with a gold print on the neckline"),
        Q.details("it is a kurta", "non_answer"),
        Q.material("silk", "unsupported"),
        title="Biba Women Maroon Printed Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a black sleeveless jersey top with black lace trim at the neckline, blue jeans, white backdrop.
    # base model wrote all texts.
    case(
        "X612-008",
        caption("a woman wearing a blue top and blue jeans", "contradiction"),
        Q.wearing("she is wearing a black tank top and jeans"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description("a black top with lace around the neck"),
        Q.details("lace", "non_answer"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a sleeveless navy fit-and-flare dress with a small white and pink floral print, nude heels,
    # white backdrop. base model wrote all texts.
    case(
        "X612-009",
        caption("a woman in a blue floral dress standing on a white background"),
        Q.wearing("he is wearing a blue floral dress", "pronoun"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.description("a blue dress with flowers on it"),
        Q.details(
            "the dress has a floral print and a floral print and a floral print and a floral print and a floral print",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Navy Floral Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in black track pants with two white side stripes, grey tee, white sneakers, cropped at the chest,
    # white backdrop. base model wrote all texts.
    case(
        "X612-010",
        caption("a man in grey pants and a grey shirt", "contradiction"),
        Q.wearing("black track pants and a grey t - shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped"),
        Q.description(
            "Question: Describe the garment. Answer: black track pants with white stripes on the side Question: what "
            "is the",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a grey melange pullover hoodie with a navy "ATHLETIC DEPT" print, kangaroo pocket, no zipper,
    # blue jeans, white backdrop. base model wrote all texts.
    case(
        "X612-011",
        caption("a man wearing a grey hoodie with the word athletic on it"),
        Q.wearing("a grey hoodie and jeans"),
        Q.color("blue", "other_garment_color"),
        Q.description("a grey hoodie with a zipper down the front", "unsupported"),
        Q.details(
            "it has a hood and a kangaroo pocket and the word athletic dept printed on the front in navy blue letters "
            "and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Proline Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: khaki chino shorts on a man, white tee above, brown loafers, shot from the chest down, white backdrop.
    # base model wrote all texts.
    case(
        "X612-012",
        caption("a man in a white t - shirt and khaki shorts"),
        Q.wearing("khaki shorts and a white t - shirt"),
        Q.color("white", "other_garment_color"),
        Q.description("the shorts are short", "non_answer"),
        Q.details("belt loops and side pockets"),
        Q.material("cotton"),
        title="Basics Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: boy in a black tee with "NATIONAL CHAMPION" printed in white and red, blue denim shorts, white
    # backdrop. base model wrote all texts.
    case(
        "X612-013",
        caption("a young boy wearing a black t - shirt with the words national champion"),
        Q.wearing("a t - shirt and shorts"),
        Q.color("white", "contradiction"),
        Q.pattern("printed"),
        Q.description("she is wearing a black shirt with writing on it", "pronoun"),
        Q.details("the words national champion in white and red"),
        title="Ant Kids Boys National Champion Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: man in a blue polo tee with narrow white horizontal stripes, blue collar with white tipping, navy chinos,
    # white backdrop. base model wrote all texts.
    case(
        "X612-014",
        caption("a man wearing a blue and white striped polo shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.description("a blue and white striped polo shirt with a collar"),
        Q.details(
            "the collar is blue and the buttons are white and the sleeves are blue and the collar is blue and the "
            "buttons are",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of a material", "restated"),
        title="Classic Polo Men Narrow Stripes Blue Tshirts",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a pink long-sleeve button-down shirt tucked into black trousers, white backdrop. base model
    # wrote all texts.
    case(
        "X612-015",
        caption("a woman wearing a pink shirt and black pants"),
        Q.wearing("a pink shirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a pink blouse with buttons and a bow at the neck", "unsupported"),
        Q.details("he is wearing a pink shirt with a collar and buttons", "pronoun"),
        title="United Colors of Benetton Women Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in dark navy high-rise skinny jeans, white cropped top, tan sandals, white backdrop, front view.
    # base model wrote all texts.
    case(
        "X612-016",
        caption("a woman in a white top and dark blue jeans"),
        Q.wearing("jeans", "non_answer"),
        Q.color("black", "contradiction"),
        Q.description("a pair of high waisted skinny jeans"),
        Q.details("the jeans have a zipper on the back", "unsupported"),
        Q.material("denim"),
        title="Only Women Navy Skinny Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a white straight cotton kurta with a band collar, long sleeves, white churidar pyjama, tan
    # mojaris, white backdrop. base model wrote all texts.
    case(
        "X612-017",
        caption("a man wearing a white kurta and white pants"),
        Q.wearing(
            "a white kurta pajama Question: what is the color of the kurta? Answer: white Question: what is the color",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        Q.description("a long white kurta with a band collar"),
        Q.material("cotton"),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in a red peplum top with small white polka dots, short sleeves, blue jeans, white backdrop, front
    # view only. base model wrote all texts.
    case(
        "X612-018",
        caption("a woman in a red and white polka dot top"),
        Q.wearing("he is wearing a red top and jeans", "pronoun"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.description("a red top with white polka dots and a bow on the back", "unsupported"),
        Q.details("a peplum at the waist"),
        title="Tokyo Talkies Women Red Printed Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a navy crew-neck sweatshirt with "BROOKLYN" printed in pink, light grey joggers, white backdrop.
    # base model wrote all texts.
    case(
        "X612-019",
        caption("a woman wearing a blue sweatshirt with pink letters"),
        Q.wearing(
            "a sweatshirt that says brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn "
            "brooklyn brooklyn brooklyn brooklyn brooklyn",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink", "contradiction"),
        Q.pattern("printed"),
        Q.description(
            "a navy blue sweatshirt with the word brooklyn printed across the chest in pink letters and ribbed cuffs "
            "and a ribbed",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Roadster Women Navy Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in grey melange joggers with cuffed ankles and a drawstring, pink tee, white sneakers, white
    # backdrop. base model wrote all texts.
    case(
        "X612-020",
        caption("a woman in a pink shirt and grey sweatpants"),
        Q.wearing("a pink t - shirt and grey sweatpants"),
        Q.color("pink", "other_garment_color"),
        Q.description("grey joggers with an elastic waistband and a drawstring"),
        Q.details("the details of the garment are the details", "restated"),
        Q.material("cotton"),
        title="Puma Women Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in light blue denim shorts with a frayed hem, white sleeveless top, white backdrop, waist-down
    # with the top's hem in frame. base model wrote all texts.
    case(
        "X612-021",
        caption("a woman in a white top and denim shorts"),
        Q.wearing("shorts", "non_answer"),
        Q.color("white", "other_garment_color"),
        Q.description("Question: Describe the garment. Answer: a pair of shorts", "leak"),
        Q.details("a frayed hem"),
        Q.material("denim"),
        title="Roadster Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a red bodycon dress with short sleeves and a round neck, black heels, white backdrop. base model
    # wrote all texts.
    case(
        "X612-022",
        caption("a woman in a red dress posing for a picture"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.description("a pink dress with short sleeves", "contradiction"),
        Q.details("it is a bodycon dress with a round neck"),
        Q.material("silk", "unsupported"),
        title="Besiva Women Red Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in an olive green henley tee with a three-button placket, black jeans, white backdrop. base model
    # wrote all texts.
    case(
        "X612-023",
        caption("a man wearing a green t - shirt"),
        Q.wearing("a green shirt and black jeans"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.description("a green henley t - shirt with buttons"),
        Q.details("yes", "non_answer"),
        title="Highlander Men Olive Henley Tshirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a mustard and navy checked shirt with one chest pocket, dark indigo jeans, white backdrop. base
    # model wrote all texts.
    case(
        "X612-024",
        caption("a man in a yellow plaid shirt and jeans"),
        Q.wearing("a yellow and blue plaid shirt Question: what is the color of the shirt? Answer: yellow", "leak"),
        Q.color("yellow"),
        Q.pattern("checked"),
        Q.description("a yellow and blue plaid shirt with two pockets on the chest and a hood", "unsupported"),
        Q.details(
            "the shirt has a collar and a collar and a collar and a collar and a collar and a collar and a collar",
            "loop",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: black slim jeans ripped at the knees on a man, grey sweatshirt, black boots, shot from the chest down,
    # white backdrop. base model wrote all texts.
    case(
        "X612-025",
        caption("a man in black jeans and boots"),
        Q.wearing("black jeans and a grey shirt"),
        Q.garment_type("jeans"),
        Q.color("grey", "other_garment_color"),
        Q.description("black ripped jeans"),
        Q.details("the jeans are ripped at the knees"),
        Q.material("leather", "unsupported"),
        title="Locomotive Men Black Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a teal blue kurta with an all-over white block print, mandarin collar, three-quarter sleeves,
    # white palazzo pants, white backdrop. base model wrote all texts.
    case(
        "X612-026",
        caption("a woman in a blue kurta with white pants"),
        Q.wearing("a blue and white kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.description("she is wearing a blue kurta with a white print and a mandarin collar"),
        Q.details("the kurta has a v - neck and a slit on the side", "unsupported"),
        title="Anouk Women Blue Printed Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a white off-shoulder top with short ruffled sleeves, blue jeans, white backdrop. base model
    # wrote all texts.
    case(
        "X612-027",
        caption("a woman in a white top"),
        Q.wearing("a white off the shoulder top and jeans"),
        Q.color("white"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a white off the shoulder top with short ruffled sleeves"),
        Q.details("ruffles", "non_answer"),
        title="Harpa Women White Top",
        category="Tops",
        gender="Women",
    ),
    # photo: man in an open black zip-up hooded sweatshirt with two front pockets and drawstrings, white tee under
    # it, blue jeans, white backdrop. base model wrote all texts.
    case(
        "X612-028",
        caption("a man wearing a black hoodie over a white t - shirt"),
        Q.wearing("a black jacket and a white shirt"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.description("a black hoodie with a zipper"),
        Q.details(
            "the hoodie has a zipper and two pockets on the front and a hood and a zipper and two pockets on the front "
            "and a hood",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Black Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: boy in navy and green checked cotton shorts with an elastic waist, white tee, white backdrop. base model
    # wrote all texts.
    case(
        "X612-029",
        caption("a little boy in a white shirt and plaid shorts"),
        Q.wearing("she is wearing a white shirt and plaid shorts", "pronoun"),
        Q.color("green", "contradiction"),
        Q.description("plaid shorts with an elastic waist"),
        Q.details(
            "the shorts have an elastic waistband and two side pockets and a drawstring that ties at the front of the "
            "waist with a",
            "cut",
            hit_limit=True,
        ),
        title="Gini and Jony Boys Navy Checked Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: woman in a lavender training tee with a white swoosh and mesh side panels, black leggings, side view,
    # white backdrop. base model wrote all texts.
    case(
        "X612-030",
        caption("a woman in a purple shirt and black leggings"),
        Q.wearing("a pink t - shirt", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.description("a purple nike t - shirt with a white logo"),
        Q.details("nike", "non_answer"),
        title="Nike Women Training Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a solid black shirt with a black collar, full sleeves, beige chinos, white backdrop. base model
    # wrote all texts.
    case(
        "X612-031",
        caption("a man in a black shirt and khaki pants"),
        Q.wearing("a black shirt"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a black shirt with a white collar", "unsupported"),
        Q.details(
            "Question: What are the details of the garment? Answer: black Question: What are the details of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Mother Earth Men Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in light blue boyfriend jeans with rolled cuffs, black tee, white sneakers, white backdrop. base
    # model wrote all texts.
    case(
        "X612-032",
        caption("a woman in a black shirt and light blue jeans"),
        Q.wearing("a black t - shirt and jeans"),
        Q.color("black", "other_garment_color"),
        Q.description("light blue jeans with rolled up cuffs"),
        Q.details("they are jeans", "non_answer"),
        Q.material("denim"),
        title="Levis Women Blue Boyfriend Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: woman in a mustard yellow anarkali kurta with a flared hem and gold embroidery at the yoke, green
    # dupatta over one shoulder, green leggings, white backdrop. base model wrote all texts.
    case(
        "X612-033",
        caption("a woman in a yellow dress with a green scarf", "contradiction"),
        Q.wearing("she is wearing a yellow anarkali and a green dupatta"),
        Q.garment_type("dress", "contradiction"),
        Q.color("green", "other_garment_color"),
        Q.description("a yellow kurta with a green dupatta"),
        Q.details("the kurta has a flared hem and gold embroidery on the neckline"),
        title="Biba Women Mustard Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a green and white horizontally striped boat-neck top, three-quarter sleeves, white trousers,
    # white backdrop. base model wrote all texts.
    case(
        "X612-034",
        caption("a woman in a green and white striped shirt and white pants"),
        Q.wearing("a striped top and white pants"),
        Q.color("green"),
        Q.pattern("solid", "contradiction"),
        Q.description("a green and white striped top with a boat neck"),
        Q.details("What are the details of the garment? the details of the garment are the stripes", "restated"),
        title="United Colors of Benetton Women Striped Green Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: man in navy track pants with red and white side piping, white tee, white sneakers, white backdrop, full
    # front view; plain slip pockets, no zips. base model wrote all texts.
    case(
        "X612-035",
        caption("a man in a white shirt and black pants", "contradiction"),
        Q.wearing("he is wearing a white t - shirt and blue track pants"),
        Q.garment_type("trousers", "contradiction"),
        Q.color("navy blue"),
        Q.description("blue track pants with red and white stripes on the sides"),
        Q.details("the pants have a zipper on the pockets and a zipper on the legs", "unsupported"),
        Q.material("polyester"),
        title="Proline Men Solid Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pink pullover hoodie with white drawstrings and a kangaroo pocket, blue jeans, white
    # backdrop. base model wrote all texts.
    case(
        "X612-036",
        caption("a woman in a pink hoodie and jeans"),
        Q.wearing("a pink hoodie"),
        Q.color("red", "contradiction"),
        Q.description("a pink hooded sweatshirt with a kangaroo pocket and white drawstrings"),
        Q.details("he is wearing a pink hoodie", "pronoun"),
        Q.material("the garment is made of fabric", "restated"),
        title="Puma Women Pink Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black running shorts with neon green trim on a man, grey tank top, shot from the chest down, white
    # backdrop. base model wrote all texts.
    case(
        "X612-037",
        caption("a man in black shorts and a grey tank top"),
        Q.wearing("shorts and a tank top"),
        Q.color("grey", "other_garment_color"),
        Q.description("black athletic shorts with green trim"),
        Q.details("the shorts are short", "non_answer"),
        Q.material("polyester"),
        title="Nike Men Black Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a red polo tee with white horizontal stripes, white collar, a small logo on the left chest,
    # plain sleeves, blue jeans, white backdrop. base model wrote all texts.
    case(
        "X612-038",
        caption("a man wearing a red and white striped polo shirt"),
        Q.wearing("a red and white striped shirt"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.description(
            "a red polo shirt with white stripes and a logo on the left chest and a logo on the left sleeve",
            "unsupported",
        ),
        Q.details("Question: What are the details of the garment? Answer: red and white stripes", "leak"),
        title="United Colors of Benetton Men Stripes Red Polo T-shirts",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in an olive utility shirt with two flap chest pockets, sleeves rolled and tabbed, black jeans,
    # white backdrop. base model wrote all texts.
    case(
        "X612-039",
        caption("a woman in a green shirt and black pants"),
        Q.wearing("he is wearing a green shirt and black pants", "pronoun"),
        Q.color("olive"),
        Q.sleeve_length("long"),
        Q.description("a military style green shirt with two pockets on the chest"),
        Q.details(
            "the shirt has two pockets on the chest and two pockets on the chest and two pockets on the chest and two",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        title="Arrow Woman Hallie Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: boy in mid-blue jeans, red tee, white sneakers, white backdrop, full front view. base model wrote all
    # texts.
    case(
        "X612-040",
        caption("a young boy in a red shirt and blue jeans"),
        Q.wearing("a red t - shirt and jeans"),
        Q.garment_type("jeans"),
        Q.color("red", "other_garment_color"),
        Q.description("she is wearing blue jeans", "pronoun"),
        Q.material("denim"),
        title="Gini and Jony Boys Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in a beige self-striped kurta with a mandarin collar and a short button placket, white pyjama, white
    # backdrop. base model wrote all texts.
    case(
        "X612-041",
        caption("a man in a white kurta and white pants", "contradiction"),
        Q.wearing("a long shirt and pants"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.description("a beige kurta with a mandarin collar and buttons"),
        Q.details("the garment has details on the garment", "restated"),
        Q.material("cotton"),
        title="Manyavar Men Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a cold-shoulder top, white ground densely printed with blue flowers, short sleeves, denim
    # shorts, white backdrop. base model wrote all texts.
    case(
        "X612-042",
        caption("a woman in a blue and white floral top and denim shorts"),
        Q.wearing("a floral top and shorts"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        Q.description("floral", "non_answer"),
        Q.details("the top is a top", "restated"),
        title="Mango Women Blue Floral Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a short-sleeved black dress with white polka dots and a self-fabric black belt, white sneakers,
    # white backdrop. base model wrote all texts.
    case(
        "X612-043",
        caption("a woman in a black and white polka dot dress with a belt"),
        Q.wearing("a polka dot dress Question: what is the color of the dress? Answer: black and white", "leak"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.description("a black dress with white polka dots and a red belt", "unsupported"),
        Q.details(
            "a black and white polka dot dress with a belt and a black and white polka dot dress with a belt and a "
            "black and",
            "loop",
            hit_limit=True,
        ),
        title="Dorothy Perkins Women Black Polka Dot Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in black leggings-style track pants with a pink side stripe, grey tank top, white backdrop; no
    # back or side pockets in view. base model wrote all texts.
    case(
        "X612-044",
        caption("a woman in a grey tank top and black leggings"),
        Q.wearing("a grey tank top and black leggings"),
        Q.color("grey", "other_garment_color"),
        Q.description("a pair of black yoga pants with a pink stripe down the side"),
        Q.details(
            "the pants have a high waist and a pocket on the back and a pocket on the side and a zipper at the ankle "
            "with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Reebok Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain maroon crew-neck sweatshirt with ribbed cuffs and hem, khaki chinos, white sneakers,
    # white backdrop; no print. base model wrote all texts.
    case(
        "X612-045",
        caption("a man in a red sweater and khaki pants"),
        Q.wearing("a red sweatshirt"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("maroon"),
        Q.description("a maroon sweatshirt with the word harvard on the front", "unsupported"),
        Q.material("wool", "unsupported"),
        title="Maroon Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in solid pink cotton shorts with a tie belt, white tee, white backdrop. base model wrote all texts.
    case(
        "X612-046",
        caption("a woman in a pink shorts and a white t - shirt"),
        Q.wearing("pink shorts and a white shirt"),
        Q.color("white", "other_garment_color"),
        Q.description("a pair of pink shorts with a bow at the waist and a pocket on the back", "unsupported"),
        Q.details(
            "she is wearing pink shorts with a bow and a white t - shirt with a bow and pink shorts with a bow and a "
            "white t -",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Vero Moda Women Pink Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
]
