"""BLIND_661 (46 products; Myntra women's tops on jeans/skirts, base BLIP-2): written blind in the fifty-fourth session.
Measured blind at 6e41e08 (the session's first rules): 118/134 failures found (88.1%) and 8/188 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's Tops, Shirts and blouses (article types Tops and Shirts), each photographed
on a model who wears it with jeans or a skirt, mostly on a white studio backdrop, a few on a grey wall, one in side
view, some layered (a top under a denim jacket, a check shirt open over a white tee) or with a bag, a belt,
sunglasses or a necklace. Catalog columns: title, category (the seller's article type), color (the seller's base
colour) and gender; one row has no color column and one has no gender column, as real feeds do.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions and
open answers are greedy free generation (50 new tokens for captions, 30 for answers), with the
`Question: ... Answer:` prompt. The base model mostly answers short and stops on a newline, so loops and cuts are
rarer than with the adapters: they come on the long "Describe"/"details" questions ("a pocket and a pocket and a
pocket ..."), and leaks come when it goes on to write the next question of the format itself. Its usual faults
are colors: the jeans', skirt's, jacket's, belt's, bag's or backdrop's color given to the top, one color for two
garments, a print color given as the garment color; and invented details (zips, bows, hoods, fabrics). Closed
answers (color, pattern, sleeve length, garment type, "Is this a ...?") come from enrich's `--engine reference`,
which picks one candidate value, so they never loop or stop short; their failures are wrong picks.

Labeling conventions and judgement calls:
- Every text is judged against the photo described in its `# photo:` comment; where the seller's label disagrees
  with the photo (X661-045, a "Brown" top that looks maroon) the answer that matches the photo is correct.
- Shades in the same family as the photo count as correct: maroon or wine called red, peach or magenta called pink,
  teal or turquoise called blue, cream or off-white called white, lavender or mauve called purple, khaki or tan
  called beige, mustard called yellow, rust called orange.
- A closed color answer that names another garment's color, the backdrop's color or a print's color for the
  product is a contradiction; an open answer (caption, wearing, describe, details) that gives the product another
  garment's or item's color is other_garment_color, also when the same color is then repeated for both garments.
  A closed answer giving the jeans or skirt the top's color is a contradiction.
- A closed garment type, or a "yes" to "Is this a skirt/jacket/shirt?", that does not fit the photographed product
  is a contradiction; so is the material of the jeans or skirt (denim) given as the top's material.
- Material answers are correct when the photo shows the fabric (denim, lace, satin sheen, flannel, sheer) or the
  title names it; a fabric neither shows nor names (silk, linen, velvet, leather, "cotton" for a formal shirt whose
  title is silent) is unsupported. So are invented parts (zips, bows, hoods, keyholes at an unseen back), props or
  places not in the photo, and care or sourcing claims.
- non_answer: an empty answer, "yes"/"no" to an open question, or a bare generic word ("clothes", "shirt",
  "fabric", "a top", "the details") that tells nothing. restated: a sentence that only turns the question back
  ("the top details", "the details of the top are the details of the top", "describe the top").
- loop and cut texts ran to the 30-token answer limit (hit_limit=True); a leak that ran on to the limit is marked
  hit_limit too. A loop is labeled loop even when its first words were right; a cut is labeled cut even when all
  it said before the cut was right.
- pronoun: "he"/"a man" for these women's products; the wearing question asks "the person" in those products so
  the model's pronoun is its own choice.
- One failure kind per text, the one a reviewer would name first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_661 = [
    # photo: white sleeveless round-neck top, blue skinny jeans, white backdrop, front, full length. Base BLIP-2, all.
    case(
        "X661-001",
        caption("a woman in a white top and blue jeans standing in front of a white wall"),
        wearing("a white tank top and jeans", who="she"),
        color_of("top", "white"),
        color_of("jeans", "blue"),
        describe("top", "it is blue", failure="other_garment_color"),
        details("top", "", failure="non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("silk", failure="unsupported"),
        is_a("shirt", "yes", failure="contradiction"),
        title="Vero Moda Women White Solid Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: blue and white checked shirt, sleeves rolled up, black skinny jeans, white backdrop, front; the model has
    # her hair tied back. Base BLIP-2, all texts.
    case(
        "X661-002",
        caption("a man wearing a plaid shirt and black jeans", failure="pronoun"),
        wearing("a plaid shirt and black pants", who="she"),
        color_of("shirt", "black", failure="contradiction"),
        Q.pattern("checked"),
        details("shirt", "the shirt has a collar and buttons down the front"),
        describe(
            "shirt",
            "plaid shirt with a pocket on the chest and a pocket on the chest and a pocket on the chest and a pocket"
            " on the",
            failure="loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Roadster Women Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender=W,
    ),
    # photo: navy blue top with a small white floral print, 3/4 sleeves, white jeans, white backdrop. Base BLIP-2.
    case(
        "X661-003",
        caption("a woman wearing a blue floral top and white jeans"),
        wearing("a blue shirt with white flowers", who="the woman"),
        color_of("top", "white", failure="contradiction"),
        color_of("jeans", "white"),
        Q.pattern("floral"),
        describe("top", "a top", failure="non_answer"),
        details(
            "top",
            "floral print Question: What are the jeans details? Answer: white skinny jeans Question: What are the",
            failure="leak",
            hit_limit=True,
        ),
        title="Harpa Women Navy Blue Printed Top",
        category="Tops",
        color="Navy Blue",
        gender=W,
    ),
    # photo: mustard yellow off-shoulder top with a ruffle over the arms and a smocked elastic neckline, light blue
    # ripped jeans, white backdrop, front. Base BLIP-2, all texts.
    case(
        "X661-004",
        caption("a woman in a yellow off the shoulder top and ripped jeans"),
        wearing("a yellow top and jeans", who="she"),
        color_of("top", "yellow"),
        describe(
            "top",
            "a mustard yellow off the shoulder top with a ruffled neckline that falls over the arms and a smocked"
            " elastic band that holds the top in",
            failure="cut",
            hit_limit=True,
        ),
        details(
            "top",
            "the top is yellow with a ruffle and a bow on the back and a zipper on the side",
            failure="unsupported",
        ),
        Q.garment_type("top"),
        is_a("blouse", "yes"),
        title="FabAlley Women Mustard Yellow Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="Mustard",
        gender=W,
    ),
    # photo: black long-sleeve button-down shirt tucked into a beige pleated midi skirt, black heels, white backdrop.
    # Base BLIP-2, all texts.
    case(
        "X661-005",
        caption("a woman in a black shirt and a tan skirt standing on a city street", failure="unsupported"),
        wearing("a black shirt and a skirt", who="she"),
        color_of("shirt", "black"),
        color_of("skirt", "black", failure="contradiction"),
        describe("shirt", "a black shirt"),
        details("shirt", "yes", failure="non_answer"),
        Q.sleeve_length("long sleeves"),
        title="AND Women Black Solid Shirt",
        category="Shirts",
        color="Black",
        gender=W,
    ),
    # photo: pink lace top, short sleeves, scalloped hem, white A-line skirt, white backdrop, hands at her sides.
    # Base BLIP-2, all texts.
    case(
        "X661-006",
        caption("a woman in a pink lace top and white skirt holding a bouquet of flowers", failure="unsupported"),
        wearing("he is wearing a pink shirt and white skirt", who="the person", failure="pronoun"),
        color_of("top", "pink"),
        Q.material("lace"),
        details("top", "lace with scalloped edges"),
        describe("top", "the top is white lace with short sleeves", failure="other_garment_color"),
        title="DressBerry Women Pink Lace Top",
        category="Tops",
        color="Pink",
        gender=W,
    ),
    # photo: maroon wrap top with a v neck, long sleeves and a tie at the waist, dark blue jeans, white backdrop,
    # hand on hip. Base BLIP-2, all texts.
    case(
        "X661-007",
        caption("a woman in a red top and jeans posing"),
        wearing("a maroon top and blue jeans", who="the woman"),
        color_of("top", "red"),
        Q.garment_type("dress", failure="contradiction"),
        describe("top", "a blue wrap top with long sleeves", failure="other_garment_color"),
        details("top", "it has a v neck and a tie at the waist"),
        Q.material("velvet", failure="unsupported"),
        title="Tokyo Talkies Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
        gender=W,
    ),
    # photo: light blue denim shirt, long sleeves, two flap chest pockets, pearl snap buttons, black skinny jeans,
    # white backdrop; the model has short cropped hair. Base BLIP-2, all texts.
    case(
        "X661-008",
        caption("a man in a denim shirt and black jeans", failure="pronoun"),
        wearing(
            "a denim shirt and black jeans Question: What is the color of the shirt? Answer: blue",
            who="she",
            failure="leak",
        ),
        color_of("shirt", "blue"),
        color_of("jeans", "black"),
        Q.material("denim"),
        details("shirt", "two chest pockets with flaps and snap buttons"),
        describe("shirt", "the shirt is black", failure="other_garment_color"),
        title="Wrangler Women Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender=W,
    ),
    # photo: white boat-neck top with black horizontal breton stripes, 3/4 sleeves, black mini skirt, white
    # backdrop. Base BLIP-2, all texts.
    case(
        "X661-009",
        caption("a woman in a striped shirt and black skirt"),
        wearing("a striped top and a black skirt", who="she"),
        Q.color("white"),
        Q.pattern("solid", failure="contradiction"),
        color_of("skirt", "black"),
        describe("top", "striped top with a boat neck"),
        details("top", "the top details", failure="restated"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("wool", failure="unsupported"),
        title="Mango Women White & Black Striped Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: peach blouse with puff sleeves and a round neck, white jeans, white backdrop, front (back not seen).
    # Base BLIP-2, all texts.
    case(
        "X661-010",
        caption("a woman wearing a peach blouse and white jeans"),
        wearing("a pink top and white pants", who="she"),
        color_of("blouse", "white", failure="contradiction"),
        describe("blouse", "the blouse is a peach color with puffy sleeves and a round neck"),
        details(
            "blouse",
            "puff sleeves and a round neckline with a keyhole at the back and a button at the back of the neck",
            failure="unsupported",
        ),
        Q.material("fabric", failure="non_answer"),
        is_a("blouse", "yes"),
        title="Sassafras Women Peach-Coloured Solid Puff Sleeve Blouse",
        category="Tops",
        color="Peach",
        gender=W,
    ),
    # photo: olive green cotton shirt, chest pocket with a flap, sleeves rolled up and held by a tab, curved hem,
    # navy jeans, white sneakers, white backdrop. Base BLIP-2, all texts.
    case(
        "X661-011",
        caption("a woman in a green shirt and jeans"),
        wearing("she is wearing a green shirt and blue jeans", who="she"),
        color_of("shirt", "green"),
        describe("shirt", "the shirt is navy blue with rolled up sleeves", failure="other_garment_color"),
        details(
            "shirt",
            "the shirt has a collar, a button placket, a chest pocket with a flap, rolled up sleeves held with a"
            " tab and a curved hem that",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("striped", failure="contradiction"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        title="Arrow Woman Olive Solid Cotton Casual Shirt",
        category="Shirts",
        color="Olive",
        gender=W,
    ),
    # photo: red top with white polka dots, short flutter sleeves, round neck, blue jeans, white backdrop. Base BLIP-2.
    case(
        "X661-012",
        caption("a woman in a red polka dot top and jeans"),
        wearing("he is wearing a red polka dot shirt and jeans", who="the person", failure="pronoun"),
        color_of("top", "red"),
        Q.pattern("polka dots"),
        describe(
            "top",
            "a red top with white polka dots and a red top with white polka dots and a red top with white polka"
            " dots and",
            failure="loop",
            hit_limit=True,
        ),
        details("top", "the top has a bow at the neck", failure="unsupported"),
        Q.material("the material of the top", failure="restated"),
        title="ONLY Women Red Polka Dot Print Top",
        category="Tops",
        color="Red",
        gender=W,
    ),
    # photo: white formal shirt, long sleeves, pointed collar, tucked into a black knee-length pencil skirt, grey
    # wall behind, three-quarter view. Base BLIP-2, all texts.
    case(
        "X661-013",
        caption("a woman in a white shirt and black skirt standing against a gray wall"),
        wearing("a black shirt and black skirt", who="she", failure="other_garment_color"),
        color_of("shirt", "gray", failure="contradiction"),
        color_of("skirt", "black"),
        describe(
            "shirt",
            "a white button down shirt with long sleeves and a pointed collar tucked into a black pencil skirt that"
            " falls just below the knee with a",
            failure="cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt is tucked into the skirt"),
        Q.material("cotton", failure="unsupported"),
        title="Van Heusen Woman White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender=W,
    ),
    # photo: lavender sleeveless top with a ruffle at the neckline, light blue denim mini skirt with buttons, white
    # backdrop. Base BLIP-2, all texts.
    case(
        "X661-014",
        caption("a woman in a purple top and denim skirt"),
        wearing("a purple shirt and a blue skirt", who="she"),
        color_of("top", "purple"),
        color_of("skirt", "purple", failure="contradiction"),
        describe("top", "describe the top", failure="restated"),
        details(
            "top",
            "ruffles on the neckline Question: What are the skirt details? Answer: denim skirt with buttons Question:",
            failure="leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Athena Women Lavender Solid Ruffled Top",
        category="Tops",
        color="Lavender",
        gender=W,
    ),
    # photo: navy shirt with thin white vertical pinstripes, long sleeves, white jeans, left hand in pocket, white
    # backdrop. Base BLIP-2, all texts.
    case(
        "X661-015",
        caption("a woman wearing a blue and white striped shirt and white pants"),
        wearing("a striped shirt and white jeans", who="she"),
        color_of("shirt", "white", failure="contradiction"),
        Q.pattern("striped"),
        describe("shirt", "it is a shirt", failure="restated"),
        details("shirt", "pinstripes, a collar and buttons down the front"),
        Q.material("linen", failure="unsupported"),
        title="United Colors of Benetton Women Navy Blue Striped Shirt",
        category="Shirts",
        color="Navy Blue",
        gender=W,
    ),
    # photo: emerald green short-sleeve crop top with a knot at the front, black high-waist jeans, sunglasses pushed
    # up on her head, white backdrop. Base BLIP-2, all texts.
    case(
        "X661-016",
        caption("a woman in a green top and black jeans with sunglasses on her head"),
        wearing("a black top and black jeans", who="she", failure="other_garment_color"),
        color_of("top", "green"),
        color_of("jeans", "green", failure="contradiction"),
        describe("top", "green crop top with a knot at the front"),
        details(
            "top",
            "the knot at the front is made of leather and the top has a zip at the back",
            failure="unsupported",
        ),
        is_a("shirt", "no"),
        title="Mast & Harbour Women Green Solid Knot Front Crop Top",
        category="Tops",
        color="Green",
        gender=W,
    ),
    # photo: black top with a pink and red rose print, cold-shoulder short sleeves, round neck, curved hem, blue
    # jeans, white backdrop. Base BLIP-2, all texts.
    case(
        "X661-017",
        caption("a woman wearing a black floral top and blue jeans"),
        wearing("a black shirt with flowers on it and jeans", who="she"),
        color_of("top", "pink", failure="contradiction"),
        Q.pattern("floral"),
        describe(
            "top",
            "a black top with a pink and red rose print, cold shoulder sleeves, a round neck, a curved hem and a"
            " slightly loose fit through the",
            failure="cut",
            hit_limit=True,
        ),
        details("top", "he is wearing a black top with roses", failure="pronoun"),
        title="Miss Chase Women Black Floral Print Cold Shoulder Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: yellow square-neck top with a small white and green floral print, short sleeves, white midi skirt,
    # white backdrop. Base BLIP-2, all texts.
    case(
        "X661-018",
        caption("a woman in a yellow floral top and a white skirt"),
        wearing("a yellow shirt and a white skirt", who="the woman"),
        color_of("top", "yellow"),
        color_of("skirt", "white"),
        describe("top", "white", failure="other_garment_color"),
        details(
            "top",
            "floral Question: What are the skirt details? Answer: white midi skirt with pleats Question: What are",
            failure="leak",
            hit_limit=True,
        ),
        Q.garment_type("top"),
        Q.material("cotton"),
        title="HERE&NOW Women Yellow Floral Print Cotton Top",
        category="Tops",
        color="Yellow",
        gender=W,
    ),
    # photo: pink and white checked shirt with two chest pockets, long sleeves, grey jeans, tan leather handbag on
    # her shoulder, white backdrop. Base BLIP-2, all texts.
    case(
        "X661-019",
        caption("a woman in a pink plaid shirt and gray jeans holding a brown purse"),
        wearing("a pink shirt and grey pants", who="she"),
        color_of("shirt", "pink"),
        color_of("jeans", "gray"),
        describe("shirt", "brown", failure="other_garment_color"),
        details(
            "shirt",
            "pink and white checks with two pockets on the chest and two pockets on the chest and two pockets on"
            " the chest and two",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.material("silk", failure="unsupported"),
        title="Allen Solly Woman Pink Checked Casual Shirt",
        category="Shirts",
        color="Pink",
        gender=W,
    ),
    # photo: plus-size teal v-neck top, 3/4 sleeves, black jeans, white backdrop. Base BLIP-2, all texts.
    case(
        "X661-020",
        caption("a woman in a blue top and black pants"),
        wearing("a teal shirt and black jeans", who="she"),
        color_of("top", "black", failure="contradiction"),
        describe("top", "the top is a v-neck with three quarter sleeves"),
        details("top", "Question: What are the top details? Answer: v-neck, 3/4 sleeves", failure="leak"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Pluss Women Plus Size Teal Solid Top",
        category="Tops",
        color="Teal",
        gender=W,
    ),
    # photo: off-white peasant top with blue thread embroidery on the yoke only, long bell sleeves, blue flared
    # jeans, white backdrop. Base BLIP-2, all texts.
    case(
        "X661-021",
        caption("a woman in a blue embroidered top and flared jeans", failure="other_garment_color"),
        wearing("a white blouse with blue embroidery and jeans", who="she"),
        color_of("top", "blue", failure="contradiction"),
        describe("top", "a white peasant top with blue embroidery around the neck"),
        details("top", "the embroidery is done by hand using real silver thread", failure="unsupported"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        title="StyleStone Women Off-White Embroidered Cotton Top",
        category="Tops",
        color="Off White",
        gender=W,
    ),
    # photo: rust orange top with 3/4 bell sleeves and a round neck, black A-line skirt, white backdrop. Base BLIP-2.
    case(
        "X661-022",
        caption("a woman in an orange top and a black skirt"),
        wearing("an orange shirt and a black skirt", who="she"),
        color_of("top", "orange"),
        describe("top", "the top is black with bell sleeves", failure="other_garment_color"),
        details(
            "top",
            "bell sleeves bell sleeves bell sleeves bell sleeves bell sleeves bell sleeves bell sleeves bell sleeves"
            " bell sleeves bell sleeves",
            failure="loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes", failure="contradiction"),
        title="Zink London Women Rust Solid Bell Sleeve Top",
        category="Tops",
        color="Rust",
        gender=W,
    ),
    # photo: beige satin cami top with thin straps, black jeans, thin gold necklace, white backdrop. Base BLIP-2.
    case(
        "X661-023",
        caption("a woman wearing a beige satin top and black jeans"),
        wearing("a tan tank top and black jeans and a gold necklace", who="she"),
        color_of("top", "beige"),
        color_of("jeans", "beige", failure="contradiction"),
        Q.material("satin"),
        describe("top", "a beige top Question: What is the color of the jeans? Answer: black", failure="leak"),
        details("top", "the top has lace trim along the neckline and a small bow at the center", failure="unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Kazo Women Beige Satin Cami Top",
        category="Tops",
        color="Beige",
        gender=W,
    ),
    # photo: multicolored top with a red, blue and yellow paisley print, short sleeves, white jeans, white backdrop.
    # Base BLIP-2, all texts.
    case(
        "X661-024",
        caption("a woman in a colorful printed top and white jeans"),
        wearing("clothes", who="she", failure="non_answer"),
        color_of("top", "white", failure="contradiction"),
        Q.pattern("printed"),
        describe("top", "it is a paisley print"),
        details(
            "top",
            "the top is made of a soft and breathable fabric that is perfect for summer",
            failure="unsupported",
        ),
        title="Global Desi Women Multicoloured Printed Top",
        category="Tops",
        color="Multi",
        gender=W,
    ),
    # photo: grey melange crew-neck top worn under an open light blue denim jacket with buttons, black jeans, white
    # backdrop. The product is the grey top. Base BLIP-2, all texts.
    case(
        "X661-025",
        caption("a woman in a denim jacket and black jeans"),
        wearing("a denim jacket, a grey t-shirt and black jeans", who="she"),
        color_of("top", "blue", failure="contradiction"),
        describe("top", "the top is blue denim with buttons", failure="other_garment_color"),
        Q.garment_type("jacket", failure="contradiction"),
        details("top", "grey top under a denim jacket"),
        title="ONLY Women Grey Melange Solid Top",
        category="Tops",
        color="Grey Melange",
        gender=W,
    ),
    # photo: red and black buffalo check flannel shirt with a chest pocket, worn open over a white tee, blue jeans,
    # white backdrop. Base BLIP-2, all texts.
    case(
        "X661-026",
        caption("a woman in a red plaid shirt and jeans"),
        wearing(
            "a plaid shirt Question: What is the color of the shirt? Answer: red Question: What is the color of the"
            " jeans?",
            who="she",
            failure="leak",
            hit_limit=True,
        ),
        color_of("shirt", "red"),
        describe("shirt", "a white shirt", failure="other_garment_color"),
        Q.pattern("checked"),
        details(
            "shirt",
            "the shirt is a flannel with a chest pocket and a chest pocket and a chest pocket and a chest pocket and"
            " a chest",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("flannel"),
        title="Levis Women Red & Black Checked Flannel Shirt",
        category="Shirts",
        color="Red",
        gender=W,
    ),
    # photo: magenta round-neck top, short sleeves, gathers at the shoulders, knee-length blue denim skirt, white
    # backdrop. Base BLIP-2, all texts.
    case(
        "X661-027",
        caption("a woman in a pink top and denim skirt"),
        wearing("a blue top and a denim skirt", who="she", failure="other_garment_color"),
        color_of("top", "pink"),
        color_of("skirt", "blue"),
        describe("top", "a magenta top with short sleeves and gathers at the shoulders"),
        details("top", "the details", failure="non_answer"),
        Q.material("denim", failure="contradiction"),
        title="Femella Women Magenta Solid Top",
        category="Tops",
        color="Magenta",
        gender=W,
    ),
    # photo: cream tie-neck blouse with a bow, long sleeves with buttoned cuffs, navy pleated midi skirt, white
    # backdrop. The feed row has no color column. Base BLIP-2, all texts.
    case(
        "X661-028",
        caption("a woman in a white blouse and a blue skirt"),
        wearing("a white blouse with a bow and a navy skirt", who="she"),
        color_of("blouse", "white"),
        color_of("skirt", "blue"),
        describe(
            "blouse",
            "a cream colored blouse with a bow tie at the neck and long sleeves with buttoned cuffs and a loose fit"
            " that is tucked into the",
            failure="cut",
            hit_limit=True,
        ),
        details("blouse", "the blouse is navy blue with a bow", failure="other_garment_color"),
        is_a("blouse", "yes"),
        Q.material("silk", failure="unsupported"),
        title="Marks & Spencer Women Cream Tie-Neck Blouse",
        category="Tops",
        gender=W,
    ),
    # photo: black sheer georgette top over a black camisole, long sleeves, round neck, blue ripped jeans, white
    # backdrop. Base BLIP-2, all texts.
    case(
        "X661-029",
        caption("a woman wearing a black sheer top and ripped jeans"),
        wearing("a black blouse and jeans", who="the woman"),
        color_of("top", "black"),
        color_of("jeans", "black", failure="contradiction"),
        describe(
            "top",
            "the top is sheer and has long sleeves with a black camisole underneath and a round neckline and the"
            " sleeves are gathered at the",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("leather", failure="unsupported"),
        details("top", "see through"),
        title="Vero Moda Women Black Sheer Georgette Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: white short-sleeve top with a lace yoke insert, black jeans, side view (model turned to her left),
    # white backdrop. Base BLIP-2, all texts.
    case(
        "X661-030",
        caption("a woman in a white lace top and black jeans standing sideways"),
        wearing("a white shirt and black jeans", who="she"),
        color_of("top", "white"),
        describe("top", "the top is black with lace", failure="other_garment_color"),
        details(
            "top",
            "lace Question: What is the color of the jeans? Answer: black Question: What is the color of the top?"
            " Answer: white Question:",
            failure="leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon", failure="unsupported"),
        title="Harpa Women White Lace Insert Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: burgundy flannel checked shirt, long sleeves, tucked into a blue denim mini skirt, brown ankle boots,
    # white backdrop. Base BLIP-2, all texts.
    case(
        "X661-031",
        caption("a woman in a plaid shirt and a denim skirt"),
        wearing("a red plaid shirt and a jean skirt", who="she"),
        color_of("shirt", "blue", failure="contradiction"),
        color_of("skirt", "blue"),
        describe("shirt", "yes", failure="non_answer"),
        details(
            "shirt",
            "the shirt is tucked into the skirt Question: What are the skirt details? Answer: it is a denim skirt",
            failure="leak",
        ),
        Q.pattern("checked"),
        title="Roadster Women Burgundy Checked Flannel Casual Shirt",
        category="Shirts",
        color="Burgundy",
        gender=W,
    ),
    # photo: blue short-sleeve shirt with a small white bird print, light grey jeans, white backdrop. Base BLIP-2.
    case(
        "X661-032",
        caption("a woman in a blue shirt with birds on it and grey jeans"),
        wearing("shirt", who="she", failure="non_answer"),
        color_of("shirt", "blue"),
        Q.pattern("printed"),
        describe("shirt", "the shirt is grey with white birds", failure="other_garment_color"),
        details("shirt", "the birds are hand painted by local artisans", failure="unsupported"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="FabAlley Women Blue Bird Print Shirt",
        category="Shirts",
        color="Blue",
        gender=W,
    ),
    # photo: lime green sleeveless peplum top, navy skinny jeans, white backdrop, front. The feed row has no
    # category column. Base BLIP-2, all texts.
    case(
        "X661-033",
        caption("a woman wearing a green peplum top and blue jeans"),
        wearing("she is wearing a blue top and jeans", who="she", failure="other_garment_color"),
        color_of("top", "yellow", failure="contradiction"),
        describe("top", "it is a peplum top with a zip at the back", failure="unsupported"),
        details(
            "top",
            "peplum peplum peplum peplum peplum peplum peplum peplum peplum peplum peplum peplum peplum peplum peplum",
            failure="loop",
            hit_limit=True,
        ),
        is_a("top", "yes"),
        title="DressBerry Women Lime Green Solid Peplum Top",
        color="Lime Green",
        gender=W,
    ),
    # photo: khaki utility shirt with two flap chest pockets and epaulettes, sleeves rolled, black pencil skirt,
    # white backdrop; the model has short cropped hair. Base BLIP-2, all texts.
    case(
        "X661-034",
        caption("a man in a khaki shirt and a black skirt", failure="pronoun"),
        wearing("a tan shirt and a black skirt", who="she"),
        color_of("shirt", "beige"),
        color_of("skirt", "black"),
        describe("shirt", "military shirt with pockets and epaulettes on the shoulders"),
        details("shirt", "the shirt has two chest pockets and a hood", failure="unsupported"),
        Q.material("cotton"),
        title="Mango Women Khaki Cotton Utility Shirt",
        category="Shirts",
        color="Khaki",
        gender=W,
    ),
    # photo: black and white gingham top with puff sleeves, square neck, fitted bodice and a ruffled hem, blue jeans,
    # white backdrop. Base BLIP-2, all texts.
    case(
        "X661-035",
        caption("a woman wearing a black and white checkered top and jeans"),
        wearing("a black and white checked top", who="she"),
        Q.color("black"),
        Q.pattern("checked"),
        describe("top", "the top is blue and white checks with puff sleeves", failure="other_garment_color"),
        details(
            "top",
            "puff sleeves, a square neckline, a fitted bodice and a ruffled hem that falls just below the waist of the",
            failure="cut",
            hit_limit=True,
        ),
        is_a("shirt", "no"),
        title="SASSAFRAS Women Black & White Gingham Checked Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: purple cowl-neck jersey top, long sleeves, grey pencil skirt, white backdrop. Base BLIP-2, all texts.
    case(
        "X661-036",
        caption("a woman in a purple top and grey skirt"),
        wearing("a gray top and a gray skirt", who="she", failure="other_garment_color"),
        color_of("top", "gray", failure="contradiction"),
        color_of("skirt", "gray"),
        describe("top", "the top is a cowl neck"),
        details("top", "no", failure="non_answer"),
        Q.garment_type("sweater", failure="contradiction"),
        title="AND Women Purple Solid Cowl Neck Top",
        category="Tops",
        color="Purple",
        gender=W,
    ),
    # photo: turquoise blue round-neck top, short sleeves, blue jeans, white studio backdrop. Base BLIP-2, all texts.
    case(
        "X661-037",
        caption("a woman in a blue shirt and jeans at the beach", failure="unsupported"),
        wearing("a turquoise top and blue jeans", who="she"),
        color_of("top", "blue"),
        color_of("jeans", "blue"),
        describe("top", "the top is a light blue color with short sleeves"),
        details("top", "the details of the top are the details of the top", failure="restated"),
        Q.material("denim", failure="contradiction"),
        title="Tokyo Talkies Women Turquoise Blue Solid Top",
        category="Tops",
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: orange top with a white geometric print, short sleeves, white jeans, white backdrop. Base BLIP-2.
    case(
        "X661-038",
        caption("a woman in an orange and white top and white pants"),
        wearing("an orange printed top and white jeans", who="she"),
        color_of("top", "orange"),
        color_of("jeans", "orange", failure="contradiction"),
        Q.pattern("printed"),
        describe("top", "white top", failure="other_garment_color"),
        details(
            "top",
            "Question: Describe the top. Answer: orange top with white print Question: Describe the jeans. Answer:"
            " white jeans",
            failure="leak",
            hit_limit=True,
        ),
        title="People Women Orange Geometric Print Top",
        category="Tops",
        color="Orange",
        gender=W,
    ),
    # photo: white shirt with thin blue vertical stripes, pointed collar, left chest pocket, long sleeves with
    # buttoned cuffs, navy pencil skirt, white backdrop. Base BLIP-2, all texts.
    case(
        "X661-039",
        caption("a woman in a blue and white striped shirt and navy skirt"),
        wearing("he is wearing a striped shirt and a skirt", who="the person", failure="pronoun"),
        color_of("shirt", "blue"),
        Q.pattern("striped"),
        describe("shirt", "a striped shirt"),
        details(
            "shirt",
            "the shirt has thin blue and white vertical stripes, a pointed collar, a chest pocket on the left side"
            " and buttoned cuffs on the long",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("the shirt is made of the shirt material", failure="restated"),
        title="Arrow Woman Blue Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender=W,
    ),
    # photo: beige linen shirt with a mandarin collar and button front, long sleeves, blue jeans, white backdrop;
    # the model has a short bob. Base BLIP-2, all texts.
    case(
        "X661-040",
        caption("a woman wearing a beige shirt and blue jeans"),
        wearing("he is wearing a beige shirt and jeans", who="the person", failure="pronoun"),
        color_of("shirt", "beige"),
        Q.material("linen"),
        describe("shirt", "blue", failure="other_garment_color"),
        details("shirt", "the shirt details are the details of the shirt", failure="restated"),
        Q.sleeve_length("long sleeves"),
        title="Allen Solly Woman Beige Linen Mandarin Collar Shirt",
        category="Shirts",
        color="Beige",
        gender=W,
    ),
    # photo: black short-sleeve top with a white "PARIS" text graphic on the chest, blue jeans, white backdrop.
    # Base BLIP-2, all texts.
    case(
        "X661-041",
        caption("a woman in a black t-shirt that says paris and blue jeans"),
        wearing("a black shirt and jeans", who="she"),
        color_of("top", "white", failure="contradiction"),
        Q.pattern("printed"),
        describe("top", "the top has the eiffel tower printed on it", failure="unsupported"),
        details(
            "top",
            "paris paris paris paris paris paris paris paris paris paris paris paris paris paris paris paris",
            failure="loop",
            hit_limit=True,
        ),
        title="ONLY Women Black Typography Print Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: white schiffli eyelet cotton top, short sleeves, blue denim skirt, white backdrop. Base BLIP-2, all texts.
    case(
        "X661-042",
        caption("a woman in a white blouse and a denim skirt"),
        wearing("a white top and a jean skirt", who="she"),
        color_of("top", "white"),
        color_of("skirt", "blue"),
        describe("top", "a white eyelet top with short sleeves"),
        details("top", "eyelet embroidery all over"),
        Q.material("cotton"),
        is_a("blouse", "yes"),
        title="Athena Women White Schiffli Cotton Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: navy blue long-sleeve shirt tucked into white jeans with a brown leather belt, white backdrop.
    # Base BLIP-2, all texts.
    case(
        "X661-043",
        caption("a woman in a navy blue shirt and white jeans with a brown belt"),
        wearing("a blue shirt and white pants", who="she"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", failure="contradiction"),
        describe("shirt", "the shirt is brown", failure="other_garment_color"),
        details("shirt", "the shirt is tucked into the jeans and has a brown leather belt"),
        Q.material("satin", failure="unsupported"),
        title="Mast & Harbour Women Navy Blue Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender=W,
    ),
    # photo: pink shirt with a white and red floral print, collar, one chest pocket, long sleeves, black jeans, white
    # backdrop. Base BLIP-2, all texts.
    case(
        "X661-044",
        caption("a woman in a black floral shirt and black jeans", failure="other_garment_color"),
        wearing("a pink flowered shirt and black jeans", who="she"),
        color_of("shirt", "pink"),
        Q.pattern("floral"),
        describe(
            "shirt",
            "pink floral shirt with a collar and a pocket with a pocket and a pocket and a pocket and a pocket and a"
            " pocket",
            failure="loop",
            hit_limit=True,
        ),
        details("shirt", "there are no details", failure="non_answer"),
        Q.material("viscose"),
        title="Zink London Women Pink Floral Print Viscose Rayon Shirt",
        category="Shirts",
        color="Pink",
        gender=W,
    ),
    # photo: ribbed high-neck long-sleeve top that looks maroon / wine (the seller calls it Brown), blue jeans, white
    # backdrop. Base BLIP-2, all texts.
    case(
        "X661-045",
        caption("a woman in a maroon top and jeans"),
        wearing("a red top and blue jeans", who="she"),
        color_of("top", "red"),
        describe("top", "a dark red top with long sleeves"),
        details("top", "ribbed knit with a high neck"),
        Q.garment_type("top"),
        title="Rare Women Brown Ribbed High Neck Top",
        category="Tops",
        color="Brown",
        gender=W,
    ),
    # photo: mauve wrap top with a tie at the side, 3/4 sleeves, black skirt, white backdrop. The feed row has no
    # gender column. Base BLIP-2, all texts.
    case(
        "X661-046",
        caption("a woman wearing a purple top and a black skirt"),
        wearing("a black wrap top and a black skirt", who="she", failure="other_garment_color"),
        color_of("top", "black", failure="contradiction"),
        describe("top", "it is a wrap top with a tie at the side"),
        details("top", "the top is made from recycled polyester and is machine washable", failure="unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Kazo Women Mauve Solid Wrap Top",
        category="Tops",
        color="Mauve",
    ),
]
