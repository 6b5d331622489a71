"""BLIND_1050 (46 products; Myntra men's sweatshirts, hoodies, jackets, track pants, base BLIP-2 zero-shot): written
blind in the fifty-ninth session. Measured blind at d846855 (the session's fourth rules): 105/117 failures found (89.7%)
and 6/165 correct texts flagged (3.6%). The writer's notes, verbatim:

Scenario: a Myntra-like men's winterwear and activewear feed: Sweatshirts (crew necks and hooded, pullover and zip),
Jackets (track, bomber, puffer, biker, denim, rain and field jackets) and Track Pants (joggers, three-stripe pants).
Photos are the usual catalog shots: a male model on a white or light grey backdrop, front or three-quarter view,
the product layered with other clothes (a tee under an open jacket or zip hoodie, jeans or joggers under a
sweatshirt, a t-shirt over the track pants). Seller columns are title, category and color; two rows lack color,
one lacks category, one lacks gender, one is Unisex.

Who wrote what: every text is the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions
and open answers are its own greedy generation (newline terminator, 30 new tokens for answers, 50 for captions).
Closed answers (garment_type, color, pattern, sleeve_length, the yes/no "Is this a ...?") come from enrich's
reference engine ranking candidate values with the base model's scores, so they are always a single clean value.
The base model's habits: short answers; one color for every garment in the frame (it names the tee's or the
pants' color for the product); invented details (a hood on a crew neck, a zipper on a pullover, a brand or
material nobody can see); "she" for the male model now and then; a bare "yes"/"no" or an empty string to
"Describe"/"details"; echoing the question; now and then it writes the prompt format back ("Answer:",
"Question: ..."); greedy repetition on long descriptions ("a zipper on the sleeve and a zipper on the sleeve...").

Labeling conventions and judgement calls:
- The product is the seller's garment (the title's). Questions about "the garment" and yes/no questions are about
  the product, never about the tee or jeans worn with it.
- other_garment_color: the product is given the color of a garment that is visibly worn with it (tee, pants,
  shorts, hoodie under a jacket). A wrong color that no garment in the photo has, or the color of the product's own
  print or panel, is a contradiction.
- contradiction: a wrong garment type or a wrong color/pattern/sleeve value against the photo and the seller, or a
  text that disagrees with the others about the product. The product called a t-shirt, trousers, jeans or hoodie
  when the seller and the photo say otherwise counts here.
- Shades and synonyms are correct: navy or navy blue called "blue", maroon called "red", mustard called "yellow",
  khaki called "beige" or "tan", teal called "green" or "blue", charcoal called "dark grey". Charcoal called
  "black" is a contradiction (the photo shows a clearly grey fabric). "sweater" for a sweatshirt, "sweatpants" or
  "joggers" for track pants, "raincoat" for a rain jacket, "jean jacket" for a denim jacket are accepted synonyms.
- unsupported: a detail the photo does not show (a hood, zipper, fur collar or pocket that is not there, a print's
  words that are not printed, a brand that is not the product's), and a material that the photo and the title
  rule out (wool, denim, cotton for a rain jacket, "100% cotton" read off nothing). A plausible material the photo
  fits (cotton or fleece for a sweatshirt, polyester or nylon for a track jacket) is correct.
- non_answer: an empty string, "yes"/"no", "nothing", or a single word to "Describe"/"details" questions; "it is a
  hoodie" to a details question. A short noun phrase to "What is the person wearing?" ("a hoodie") is correct.
- restated: the answer is the question's words handed back with no content.
- cut: stops mid-phrase; hit_limit=True where it ran to the 30-token limit, False where the model stopped there.
- loop: greedy repetition, always at the token limit (hit_limit=True).
- leak: any "Question:"/"Answer:" text inside the answer, even when the answer beside it is right.
- pronoun: "she"/"her"/"a woman" for a product sold to Men (none was written for the Unisex or the gender-less row).
- A caption that names the tee and pants correctly but leaves out the product is correct (true, only incomplete).
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    is_a,
    wearing,
)

BLIND_1050 = [
    # photo: navy pullover hoodie, white Puma cat logo on the chest, kangaroo pocket, worn with mid-blue jeans;
    # white backdrop, front view. All texts base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X1050-001",
        caption("a man wearing a navy blue hoodie with a puma logo"),
        D.wearing("a hoodie and jeans"),
        D.garment_type("hoodie"),
        D.color("navy blue"),
        D.description("a blue hoodie with a white logo on the chest and a zipper", "unsupported"),
        D.material("cotton"),
        title="Puma Men Navy Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track pants with one white side stripe, worn with a plain grey crew-neck t-shirt and white
    # sneakers; white backdrop, full-length front view. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-002",
        caption("a man in a grey t - shirt and black pants"),
        D.garment_type("track pants"),
        D.color("grey", "other_garment_color"),
        D.details("white stripes on the side"),
        D.description("she is wearing black pants with a white stripe", "pronoun"),
        title="Nike Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: olive green quilted puffer jacket with a stand collar (no hood) and zip side pockets, half zipped over
    # a white crew-neck tee, black jeans; white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-003",
        caption("a man wearing an olive green jacket and black jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.description("a green jacket with a hood", "unsupported"),
        D.details("it has a zipper and pockets"),
        D.material("polyester"),
        title="Wildcraft Men Olive Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt, black "ROADSTER" print across the chest, navy chinos; white
    # backdrop, front view. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-004",
        caption("a man wearing a grey sweatshirt with the word roadster on it"),
        D.wearing("a grey hoodie", "contradiction"),
        D.pattern("printed"),
        D.color("grey"),
        D.description("grey", "non_answer"),
        D.details("the sweatshirt has a hood and a zipper", "unsupported"),
        title="Roadster Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: red zip-up track jacket with three white stripes down the sleeves, worn open over a black tee, black
    # track pants; white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-005",
        caption("adidas men's red track jacket"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.pattern("striped"),
        D.details("the details of the jacket are the details of the jacket", "restated"),
        D.description(
            "a red jacket with white stripes on the sleeves and a white stripe on the sleeves and a white stripe on "
            "the sleeves and a white",
            "loop",
            hit_limit=True,
        ),
        title="Adidas Men Red Track Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal (clearly dark grey) zip-front hoodie, zipped, small orange HRX print on the chest, black track
    # pants; white backdrop, three-quarter view. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-006",
        caption("a man in a black hoodie with an orange logo", "contradiction"),
        D.color("charcoal"),
        D.garment_type("hoodie"),
        D.details("Question: What are the details of the garment? Answer: the hood", "leak"),
        D.material("fleece"),
        wearing("he is wearing a hoodie", who="he"),
        title="HRX by Hrithik Roshan Men Charcoal Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white crew-neck sweatshirt with a navy-and-red FILA logo across the chest, blue jeans; light grey
    # backdrop, front view. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-007",
        caption("a man wearing a white sweatshirt with the fila logo on it"),
        D.color("white"),
        D.pattern("printed"),
        D.description("a white sweatshirt with a red and blue logo"),
        D.material("100% cotton", "unsupported"),
        is_a("hoodie", "yes", "contradiction"),
        D.details("the sweatshirt has a kangaroo pocket", "unsupported"),
        title="FILA Men White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy track pants with thin red piping down the side, worn with a white polo t-shirt; white backdrop,
    # cropped at the chest. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-008",
        caption("a man wearing white shirt and blue pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("trousers", "contradiction"),
        D.wearing("a white polo shirt and blue pants"),
        D.details("the pants have a red stripe on the side"),
        D.description("a white polo shirt", "contradiction"),
        title="Proline Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket with an asymmetric zip and a belted hem, open over a grey tee, black
    # jeans; white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-009",
        caption("a man wearing a black leather jacket"),
        D.color("black"),
        D.material("leather"),
        D.description(
            "a black leather jacket with a zipper on the front and a zipper on the side and a zipper on the sleeves "
            "and a zipper",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black leather jacket and black jeans", "pronoun"),
        D.details("zippers and a belt at the waist"),
        title="Jack & Jones Men Black Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange jogger track pants with cuffed ankles and a small black Reebok logo on the left thigh,
    # worn with a black tee; white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-010",
        caption("a man in black t - shirt and grey sweatpants"),
        D.garment_type("track pants"),
        D.color("black", "other_garment_color"),
        D.description("a pair of grey sweatpants with a black logo on the leg"),
        D.details("yes", "non_answer"),
        is_a("jacket", "yes", "contradiction"),
        title="Reebok Men Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon crew-neck sweatshirt with a small embroidered logo on the chest, beige chinos; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-011",
        caption("a man wearing a maroon sweater and khaki pants"),
        D.garment_type("sweatshirt"),
        D.color("brown", "contradiction"),
        D.description("a red sweatshirt with a small logo on the chest"),
        D.details("a zipper on the front and the logo on the chest", "unsupported"),
        D.wearing("a red sweater"),
        title="U.S. Polo Assn. Men Maroon Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black nylon windcheater with a white swoosh, zipped, hood down, grey track pants; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-012",
        caption("a man wearing a black nike jacket and grey pants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("nylon"),
        D.description("a black jacket with a hood and a nike logo"),
        D.details("the details of the garment", "restated"),
        title="Nike Men Black Windcheater Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: olive pullover hoodie with white drawstrings and a kangaroo pocket (no zipper), black joggers; model's
    # hands in the pocket; white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-013",
        caption("a man in a green hoodie with his hands in his pockets"),
        D.wearing("a green hoodie"),
        D.color("olive"),
        is_a("hoodie", "yes"),
        D.details("the hoodie has a zipper on the front", "unsupported"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        title="Highlander Men Olive Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: royal blue zip track jacket with white contrast stripes over the shoulders, zipped to the chin, navy
    # track pants; white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-014",
        caption("a man wearing a blue jacket and blue pants"),
        D.color("blue"),
        D.garment_type("sweatshirt", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.description("a blue jacket with white stripes on the shoulders and a hood", "unsupported"),
        D.details("blue Question: What is the color of the jacket? Answer: blue", "leak"),
        title="Puma Men Blue Track Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard yellow pullover hoodie with a black "BROOKLYN" print (only that word), black jeans; white
    # backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-015",
        caption("a man wearing a yellow hoodie with the word brooklyn on it"),
        D.color("orange", "contradiction"),
        D.pattern("printed"),
        D.description("a yellow hoodie with black letters on the front"),
        D.details("brooklyn new york 1898", "unsupported"),
        D.wearing("she is wearing a yellow hoodie and black jeans", "pronoun"),
        title="Campus Sutra Men Mustard Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: black track pants with three white side stripes, worn with a white tee with a black Adidas logo,
    # white sneakers; white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-016",
        caption("a man wearing a white adidas t - shirt and black pants"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("black"),
        D.details("three white stripes on the side of the pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.material("Answer: polyester", "leak"),
        title="ADIDAS Men Black 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: brown faux-leather bomber jacket with ribbed collar, cuffs and hem, open over a white shirt, blue
    # jeans; white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-017",
        caption("a man wearing a brown leather jacket and jeans"),
        D.material("leather"),
        D.color("white", "other_garment_color"),
        D.description("a brown jacket with a fur collar", "unsupported"),
        D.details("the jacket has a zipper and two pockets on the front"),
        D.wearing("a brown jacket, a white shirt and jeans"),
        title="Fort Collins Men Brown Bomber Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: black crew-neck sweatshirt with a large red-and-white Spider-Man graphic on the front, black jeans;
    # white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-018",
        caption("a man wearing a black sweatshirt with a spiderman on it"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.description("a black sweatshirt with a spider - man print"),
        D.wearing("a spiderman t - shirt", "contradiction"),
        D.material("cotton"),
        title="Kook N Keech Marvel Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy quilted bomber jacket, zipped, grey ribbed collar, grey trousers; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-019",
        caption("a man wearing a navy blue jacket and grey pants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("Answer: the jacket has a quilted pattern and a zipper", "leak"),
        D.material("wool", "unsupported"),
        D.pattern("checked", "contradiction"),
        title="Monte Carlo Men Navy Blue Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal track pants with black side panels, worn with a red pullover hoodie; white backdrop,
    # full-length. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-020",
        caption("a man in a red hoodie and grey pants"),
        D.color("red", "other_garment_color"),
        D.garment_type("hoodie", "contradiction"),
        D.wearing("a red hoodie and grey sweatpants"),
        D.description("grey sweatpants with black panels on the sides"),
        D.details("", "non_answer"),
        title="Duke Men Charcoal Grey Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mid-blue denim trucker jacket with two chest flap pockets and metal buttons, over a black hoodie
    # whose hood sits outside the collar, black jeans; white backdrop. Base BLIP-2 zero-shot; closed by reference.
    case(
        "X1050-021",
        caption("a man wearing a denim jacket and a black hoodie"),
        D.color("black", "other_garment_color"),
        D.material("denim"),
        D.details("two chest pockets and buttons"),
        D.description("a blue denim jacket with a fur collar", "unsupported"),
        wearing("he's wearing a jean jacket over a black hoodie", who="he"),
        is_a("hoodie", "yes", "contradiction"),
        title="Flying Machine Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: black zip hoodie with a reflective silver logo, half zipped over a white tee, black track pants;
    # white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-022",
        caption("a man wearing a black hoodie and black pants"),
        D.color("black"),
        D.description("a black hoodie with a white shirt underneath"),
        D.details("the hoodie has a zipper and a silver logo on the chest"),
        D.material("polyester"),
        B.sleeve_length("long sleeves"),
        title="Alcis Men Black Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red hooded rain jacket (nylon shell, black zip, hood down), black trousers; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-023",
        caption("a man wearing a red rain jacket"),
        D.color("red"),
        D.material("it is made of cotton", "unsupported"),
        D.description("a red jacket with a hood and a zipper"),
        D.wearing("a red raincoat"),
        D.details("nothing", "non_answer"),
        title="Wildcraft Men Red Rain Jacket",
        category="Rain Jacket",
        color="Red",
        gender="Men",
    ),
    # photo: teal crew-neck sweatshirt with a white "BEING HUMAN" print, grey jeans; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-024",
        caption("a man wearing a green sweatshirt with white letters"),
        D.color("teal"),
        D.description("a blue sweatshirt with being human written on it"),
        D.details("the sweatshirt has a hood", "unsupported"),
        D.material("what is the material of the garment", "restated"),
        title="Being Human Men Teal Printed Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: navy track pants with a small white swoosh on the thigh and a white drawstring, worn with a yellow
    # tee; white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-025",
        caption("a man wearing a yellow shirt and blue pants"),
        D.color("yellow", "other_garment_color"),
        D.garment_type("trousers", "contradiction"),
        D.wearing("she is wearing a yellow shirt and blue pants", "pronoun"),
        D.description("navy blue track pants with a white nike logo"),
        D.details("the pants have a drawstring at the waist"),
        title="Nike Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive bomber jacket with orange lining showing at the open front, over a black tee, blue jeans;
    # white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-026",
        caption("a man wearing an olive green bomber jacket"),
        D.color("olive"),
        D.description("a green jacket with orange lining"),
        D.details(
            "the jacket has a zipper on the front and a zipper on the sleeve and a zipper on the sleeve and a zipper "
            "on the sleeve and a",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "yes", "contradiction"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        title="Roadster Men Olive Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: blue pullover hoodie with a white Adidas trefoil, blue jeans of almost the same blue; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-027",
        caption("a man wearing a blue hoodie and blue jeans"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        D.description("a blue hoodie with a white adidas logo on the front"),
        D.details(
            "the hood, the pocket, the sleeves, the hood, the pocket, the sleeves, the hood, the pocket, the "
            "sleeves, the hood",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a hoodie"),
        title="ADIDAS Originals Men Blue Trefoil Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey melange zip hoodie worn open over a navy tee, black jeans; white backdrop. The feed row
    # has no color. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-028",
        caption("a man in a grey hoodie and jeans"),
        D.color("navy blue", "other_garment_color"),
        D.garment_type("hoodie"),
        D.description("it's a grey hoodie with a zipper"),
        D.details("it is a hoodie", "non_answer"),
        D.material("cotton"),
        title="Proline Men Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: black zip training jacket with a red Reebok delta logo, black track pants; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-029",
        caption("a man in a black jacket and black pants"),
        D.color("black"),
        D.garment_type("sweatshirt", "contradiction"),
        D.details("a red logo on the chest and a zipper"),
        D.wearing("Answer: a black jacket and black pants", "leak"),
        D.material("leather", "unsupported"),
        title="Reebok Men Black Training Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: royal blue track pants with a neon green side stripe, black tee, green sneakers; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-030",
        caption("a man wearing black t - shirt and blue track pants"),
        D.color("blue"),
        D.garment_type("track pants"),
        D.description("black track pants with a green stripe on the side", "other_garment_color"),
        D.wearing("she's wearing a black t - shirt and blue track pants", "pronoun"),
        D.details("green stripes on the sides and a zip pocket on the back", "unsupported"),
        D.material("polyester"),
        title="HRX by Hrithik Roshan Men Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: mid-grey pullover hoodie with a black "JACK & JONES" print, black joggers, hood down; white
    # backdrop. The feed row has no gender. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-031",
        caption("a man wearing a grey hoodie with jack & jones written on it"),
        D.color("black", "other_garment_color"),
        D.wearing("a grey hoodie and black sweatpants"),
        D.description("a grey hooded sweatshirt"),
        D.details("what are the details of the garment?", "restated"),
        D.material("fleece"),
        title="Jack & Jones Men Grey Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
    ),
    # photo: navy track jacket with a red-and-white chest panel (colour block) and a small FILA logo on the chest,
    # zipped, navy track pants; white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-032",
        caption("a man wearing a blue and red jacket"),
        D.color("navy blue"),
        D.pattern("colour block"),
        D.description("a red jacket with a white stripe", "contradiction"),
        wearing("he is wearing a jacket", who="he"),
        D.details("it has a zipper and the fila logo on the chest"),
        D.material("", "non_answer"),
        title="FILA Men Navy Blue Colourblocked Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: khaki cotton jogger track pants with elastic cuffs, worn with a white tee and white sneakers;
    # white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-033",
        caption("a man in a white t - shirt and khaki pants"),
        D.garment_type("track pants"),
        D.color("beige"),
        D.description("khaki joggers with elastic cuffs"),
        D.details("white", "other_garment_color"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        D.material("denim", "unsupported"),
        title="Mast & Harbour Men Khaki Solid Joggers",
        category="Track Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: black pullover hoodie with a white PUMA wordmark and cat, grey track pants; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-034",
        caption("a woman wearing a black puma hoodie", "pronoun"),
        D.color("black"),
        D.garment_type("hoodie"),
        D.wearing("a black hoodie and grey pants"),
        D.description("a black hoodie with the puma logo on the front"),
        D.details("the hoodie has a zipper and two pockets", "unsupported"),
        D.material("the material of the garment", "restated"),
        title="Puma Men Black Logo Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon zip hooded jacket over a grey tee, blue jeans; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-035",
        caption("a man wearing a red hooded jacket and jeans"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket"),
        D.description("a purple jacket with a hood", "contradiction"),
        D.details("the jacket has a hood and a zipper"),
        wearing("he is wearing a red jacket", who="he"),
        D.material("i don't know", "non_answer"),
        title="Spykar Men Maroon Hooded Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: light grey track pants with a navy side stripe, worn with a navy tee; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-036",
        caption("a man in a blue shirt and grey pants"),
        D.color("grey"),
        D.wearing("a blue shirt and blue pants", "other_garment_color"),
        D.description("grey sweatpants with a blue stripe and a back pocket", "unsupported"),
        D.details("no", "non_answer"),
        D.garment_type("track pants"),
        title="Lotto Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: grey crew-neck sweatshirt with a small black swoosh on the chest, ribbed cuffs, black joggers; white
    # backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-037",
        caption("a man wearing a grey nike sweatshirt and black pants"),
        D.color("grey"),
        D.description(
            "the garment is a grey sweatshirt with a black nike logo on the chest, it has long sleeves and a round "
            "neck and ribbed cuffs and a",
            "cut",
            hit_limit=True,
        ),
        D.details("the nike logo on the chest"),
        is_a("t-shirt", "yes", "contradiction"),
        D.material("cotton Question: What is the color of the garment? Answer: grey", "leak"),
        title="Nike Men Grey Crew Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: khaki field jacket with four flap pockets, buttoned, no hood, over a black tee, olive cargo pants;
    # white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-038",
        caption("a man wearing a tan jacket and green pants"),
        D.color("olive", "other_garment_color"),
        D.garment_type("jacket"),
        D.description(
            "a khaki jacket with four pockets on the front, two on the chest and two on the waist, and a button "
            "closure and a collar and the",
            "cut",
            hit_limit=True,
        ),
        D.details("the jacket has a hood", "unsupported"),
        D.material("cotton"),
        D.wearing("a jacket and pants"),
        title="Woodland Men Khaki Field Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: red crew-neck sweatshirt with a white-and-navy horizontal band across the chest, blue jeans; white
    # backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-039",
        caption("a man wearing a red and white striped sweater"),
        D.color("red"),
        D.pattern("striped"),
        D.description("she is wearing a red sweatshirt with a white stripe", "pronoun"),
        D.details("a white stripe across the chest"),
        D.material("the garment is made of a material", "restated"),
        title="Duke Men Red Striped Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy track pants with three white side stripes, worn with a plain orange tee (no logo visible);
    # white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-040",
        caption("a man wearing an orange nike t - shirt and blue pants", "unsupported"),
        D.color("navy blue"),
        D.garment_type("track pants"),
        D.description("pants", "non_answer"),
        D.details("orange", "other_garment_color"),
        D.wearing("an orange shirt and blue track pants"),
        title="ADIDAS Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white crew-neck sweatshirt with a small multicolour mandala print on the chest, blue jeans; white
    # backdrop. The feed row has no category. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-041",
        caption("a man wearing a white sweatshirt and jeans"),
        D.color("white"),
        D.pattern("solid", "contradiction"),
        D.description("a white sweatshirt with a colorful print on the chest"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        D.material("the garment is made of", "cut"),
        title="Tantra Men Off White Printed Sweatshirt",
        color="Off White",
        gender="Men",
    ),
    # photo: kelly green track jacket with a white stripe down each sleeve, zipped, black track pants, black
    # shoes; white backdrop. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-042",
        caption("a man wearing a green jacket"),
        D.color("green"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.description("a green track jacket with white stripes on the sleeves"),
        D.material("waterproof nylon", "unsupported"),
        D.wearing(
            "a green jacket and black pants and black shoes and black socks and black shoes and black socks and "
            "black shoes and black",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Green Track Jacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: navy zip hoodie with white drawstrings, open over a white tee, grey track pants; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-043",
        caption("a man wearing a black hoodie and grey sweatpants", "contradiction"),
        D.color("white", "other_garment_color"),
        D.garment_type("hoodie"),
        describe("hoodie", "hoodie", "non_answer"),
        D.details("white drawstrings and a zipper"),
        D.material("wool", "unsupported"),
        title="Fort Collins Men Navy Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black quick-dry track pants with zip side pockets, worn by a male model with a blue tee; white
    # backdrop. Unisex row. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-044",
        caption("a man in a blue t - shirt and black pants"),
        D.color("blue", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        D.description("black track pants with zippered pockets"),
        D.details("the pants have zip pockets on the sides"),
        D.material("polyester"),
        title="Wildcraft Unisex Black Quick Dry Track Pants",
        category="Track Pants",
        color="Black",
        gender="Unisex",
    ),
    # photo: crew-neck colour-block sweatshirt, charcoal body with light grey sleeves, black trousers; white
    # backdrop. The feed row has no color. Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-045",
        caption("a man wearing a grey sweatshirt with black sleeves", "contradiction"),
        D.color("grey"),
        D.pattern("colour block"),
        D.description("a grey and dark grey sweatshirt with", "cut"),
        D.details("the sleeves are a different color"),
        D.wearing("she is wearing a grey sweater", "pronoun"),
        title="Monte Carlo Men Grey Colourblocked Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: sky blue pullover hoodie with a white wave graphic on the front, khaki shorts; white backdrop.
    # Base BLIP-2 zero-shot; closed answers reference engine.
    case(
        "X1050-046",
        caption("a man wearing a blue hoodie and khaki shorts"),
        D.color("beige", "other_garment_color"),
        D.garment_type("hoodie"),
        D.description("a light blue hoodie with a white wave on it"),
        D.details(
            "the hoodie has a wave on the front, the hoodie has a wave on the back, the hoodie has a wave on the "
            "front, the hoodie",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Quiksilver Men Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
]
