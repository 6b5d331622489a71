"""BLIND_1426 (45 products; Myntra kids' wear, VQA adapter with yes/no garment questions): written blind in the sixty-
fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 58/64 failures found (90.6%) and
12/203 correct texts flagged (5.9%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks sold as "Dresses", kurta sets, a
lehenga and a pattu pavadai, a few clothing sets and multi-packs). Columns as the feed has them: title, category
(Myntra's article type: Tshirts, Shorts, Dresses, Kurta Sets, Clothing Set, ...), color (base colour: Navy Blue,
Mustard, Off White, Multi, ...) and gender (Boys / Girls); a few rows lack one column, as feeds do. Photos are the
catalog's usual shots: a child on a plain backdrop wearing the product with other clothes, two flat lays of packs,
one ghost-mannequin shot, two back views, props now and then (straw hat, teddy bear, football, tiara, marigolds).
Who wrote what: every caption is the untuned base Salesforce/blip2-opt-2.7b (the run used no adapter for captions,
since the VQA adapter's captions were broken); every answer is leoreigoto/Data3_V3_BLIP2_VQA (1 epoch, unmasked
labels, no end-of-answer token), prompt "Question: ... Answer:", greedy, 30 new tokens for answers, 50 for captions,
generation stopping on newline or eos. The adapter's one-word answers often do end on a newline; when they do not,
it loops ("yes yes yes", "pink-pink-pink") or runs on into invented details and is cut at 30 tokens, now and then
starting a new "Question: ... Answer:" of its own. Twice it produced only padding (an empty text at the limit).
The adapter never saw "kurta", "lehenga" or "frock": it knows the In-shop classes, so it answers "dress" or
"blouse" for ethnic wear and says yes to "Is this a dress?" for long kurtas and skirts.
Labeling conventions and judgement calls: judged against the imagined photo and the title. A yes/no or type answer
that names the other garment in the photo (the tee worn with the shorts being sold) or a garment the seller's title
rules out is a contradiction; a color answer that gives the color of the other garment in the photo is
other_garment_color. "Yes" to "Is this a dress?" for an anarkali or a pavadai set is marked contradiction (the
title says kurta set / lehenga), although the photo looks like a gown; the base captions' "indian dress",
"salwar kameez", "traditional dress" for the same sets are left correct as fair loose wording, but "sari" for a
lehenga is not. For multi-packs and two-colour sets, a color that names one real part of the product ("pink" for a
pack of three tees of which one is pink, "maroon" for a cream kurta set with a maroon jacket) is left correct. A
person or worn clothes described for a flat lay or mannequin shot, a material the photo does not support (cotton
for tulle), a dupatta that is not there, are unsupported. A cut text that also invents a detail (a zip, socks) is
labelled cut only. A loop is labelled loop even when its first words are right. An empty answer that ran to the
limit is non_answer with hit_limit; "the pattern of the garment is the pattern" is restated, and so is the
verbose "the sleeve length of the garment is long". "A man" / "a young boy" for a boy are fine; "a little girl"
for a boy or "she" in the answer about a boy is pronoun. Pattern answers that are near enough ("plaid" for
gingham, "graphic" for a printed motif) are left correct. A sleeve or pattern answer that describes the other
garment (the tee's short sleeves asked of shorts, the striped tee under a plain denim pinafore) is contradiction.
"Cotton" for shiny polyester sports shorts is unsupported, "polyester" for a Rapid-Dry tee is left correct. About
one text in four is wrong here, below the usual four in ten: the captions come from the base model and are mostly
right, and most yes/no answers did stop after one word; the adapter's failures sit in the open and color answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, describe, is_a, material, wearing

BLIND_1426 = [
    # Photo: boy in a navy tee with a white "RUN" graphic on the chest, grey joggers, white backdrop.
    # Caption: base model; answers: VQA adapter. All correct.
    case(
        "X1426-001",
        caption("a young boy wearing a navy blue t-shirt and grey pants"),
        is_a("tee", "yes"),
        is_a("dress", "no"),
        Q.garment_type("tee"),
        Q.color("navy"),
        Q.pattern("graphic"),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: girl in a pink floral sleeveless fit-and-flare frock, knee length, white sandals, plain backdrop.
    # Caption: base model; answers: VQA adapter. The color answer loops.
    case(
        "X1426-002",
        caption("a little girl in a pink floral dress"),
        is_a("dress", "yes"),
        is_a("tee", "no"),
        Q.color("pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink", "loop", hit_limit=True),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        wearing("a dress and sandals", who="the girl"),
        gender="Girls",
        title="YK Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: boy, waist-down-to-knees crop plus torso, olive cotton shorts worn with a plain white tee, untucked.
    # Caption: base model; answers: VQA adapter. The adapter answers for the tee twice.
    case(
        "X1426-003",
        caption("a young boy wearing a white t-shirt and green shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("tee", "yes", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        gender="Boys",
        title="Gini and Jony Boys Olive Green Solid Cotton Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: girl in a mustard A-line knee-length kurta with small green floral buttis, green sharara, dupatta draped
    # over one shoulder. Caption: base model; answers: VQA adapter. "Yes" to dress for a kurta set.
    case(
        "X1426-004",
        caption("a little girl in a yellow and green indian dress"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.color("yellow"),
        Q.pattern("floral"),
        gender="Girls",
        title="Biba Girls Mustard Yellow & Green Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy in a plain white polo (navy logo on chest), navy chinos, white sneakers, grey backdrop.
    # Caption: base model; answers: VQA adapter. All correct.
    case(
        "X1426-005",
        caption("a young boy in a white polo shirt and blue pants"),
        is_a("tee", "yes"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("solid"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a lavender sleeveless cotton jumpsuit with a fabric tie at the waist, barefoot, white backdrop.
    # Caption: base model; answers: VQA adapter. "Yes" to dress; the wearing answer runs on (invents socks) and is cut.
    case(
        "X1426-006",
        caption("a little girl in a purple jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        is_a("romper", "yes"),
        Q.garment_type("jumpsuit"),
        Q.color("purple"),
        wearing(
            "she is wearing a jumpsuit with a tie at the waist and a pair of white sandals and a pair of white socks "
            "and a pair of white",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cherry Crumble Girls Lavender Solid Cotton Basic Jumpsuit",
        category="Jumpsuit",
        color="Lavender",
    ),
    # Photo: flat lay, no person: two shorts side by side, one navy with a small palm print, one plain grey.
    # Caption: base model; answers: VQA adapter. The wearing answer invents a child and a tee.
    case(
        "X1426-007",
        caption("two pairs of shorts on a white background"),
        is_a("shorts", "yes", article="a pair of"),
        Q.color("blue and grey"),
        wearing("a tee and shorts", "unsupported", who="the boy"),
        Q.garment_type("shorts"),
        gender="Boys",
        title="max Boys Pack of 2 Printed Cotton Shorts",
        category="Shorts",
        color="Multi",
    ),
    # Photo: girl in a red-and-white horizontally striped short-sleeved top, blue denim shorts, white sneakers.
    # Caption: base model; answers: VQA adapter. All correct.
    case(
        "X1426-008",
        caption("a little girl wearing a red and white striped shirt and denim shorts"),
        is_a("tee", "yes"),
        is_a("dress", "no"),
        Q.pattern("striped"),
        Q.color("red and white"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Hopscotch Girls Red & White Striped Round Neck Top",
        category="Tops",
        color="Red",
    ),
    # Photo: boy in an off-white long cotton kurta with a mandarin collar, white pyjama, tan mojaris, beige backdrop.
    # Caption: base model; answers: VQA adapter. The type answer is "dress"; the color answer loops.
    case(
        "X1426-009",
        caption("a young boy in a white kurta and white pants"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.garment_type("dress", "contradiction"),
        Q.color(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Fabindia Boys Off White Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: boy in a blue-and-white checked full-sleeved button-down shirt, beige chinos, brown loafers.
    # Caption: base model; answers: VQA adapter. The color answer loops.
    case(
        "X1426-010",
        caption("a young boy wearing a blue and white plaid shirt"),
        is_a("tee", "no"),
        is_a("shirt", "yes"),
        Q.pattern("plaid"),
        Q.sleeve_length("long sleeve"),
        Q.garment_type("shirt"),
        Q.color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Allen Solly Junior Boys Blue Checked Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: girl in a yellow A-line dress with a small lemon print and puff sleeves, holding a straw hat (prop).
    # Caption: base model; answers: VQA adapter. The color answer runs on (invents a collar, buttons, a bow), cut.
    case(
        "X1426-011",
        caption("a little girl in a yellow dress holding a straw hat"),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        Q.color(
            "yellow with a lemon print and a white collar and white buttons at the back and a white bow at the waist "
            "and a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Naughty Ninos Girls Yellow Printed A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: boy in a grey melange pullover hoodie (kangaroo pocket), black joggers, white backdrop.
    # Caption: base model; answers: VQA adapter. "Yes" to tee; the color answer gives the joggers' black.
    case(
        "X1426-012",
        caption("a young boy in a grey hoodie and black pants"),
        is_a("sweatshirt", "yes"),
        is_a("tee", "yes", "contradiction"),
        Q.garment_type("hoodie"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="Jelly Jones Boys Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: girl in a maroon lehenga with gold zari border, matching short-sleeved choli, net dupatta over her head.
    # Caption: base model (says sari); answers: VQA adapter. The type answer is "dress" for the lehenga set.
    case(
        "X1426-013",
        caption("a little girl wearing a red and gold sari", "contradiction"),
        is_a("skirt", "yes"),
        is_a("dress", "no"),
        Q.color("red"),
        wearing("skirt and blouse", who="the girl"),
        Q.garment_type("dress", "contradiction"),
        gender="Girls",
        title="Bitiya by Bhama Girls Maroon & Gold-Toned Embroidered Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: boy in black sports shorts and a red Puma logo tee, full length, white backdrop.
    # Caption: base model; answers: VQA adapter. Color and sleeve length answer for the tee.
    case(
        "X1426-014",
        caption("a young boy in a red t-shirt and black shorts"),
        is_a("shorts", "yes", article="a pair of"),
        Q.color("red", "other_garment_color"),
        is_a("pants", "no", article="a pair of"),
        Q.garment_type("shorts"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Boys",
        title="Puma Boys Black Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: girl in teal leggings with white polka dots and a long white tunic top reaching mid-thigh.
    # Caption: base model; answers: VQA adapter. "Yes" to dress (the tunic); color gives the top's white.
    case(
        "X1426-015",
        caption("a little girl wearing a white shirt and blue polka dot leggings"),
        is_a("leggings", "yes", article="a pair of"),
        is_a("dress", "yes", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("dotted"),
        Q.garment_type("leggings"),
        gender="Girls",
        title="Pantaloons Junior Girls Teal Polka Dot Printed Ankle-Length Leggings",
        category="Leggings",
        color="Teal",
    ),
    # Photo: toddler boy in a yellow tee with a green dinosaur print and navy shorts (the set), white backdrop.
    # Caption: base model; answers: VQA adapter. The type answer came back empty after 30 tokens of padding.
    case(
        "X1426-016",
        caption("a little boy wearing a yellow t-shirt with a dinosaur on it"),
        is_a("tee", "yes"),
        is_a("shorts", "yes", article="a pair of"),
        Q.garment_type("", "non_answer", hit_limit=True),
        Q.color("yellow"),
        wearing("tee and shorts", who="the boy"),
        gender="Boys",
        title="Babyhug Boys Yellow & Navy Blue Printed Pure Cotton T-shirt with Shorts",
        category="Clothing Set",
        color="Yellow",
    ),
    # Photo: back view, boy in a white tee with a large "SKATE" print across the back, blue jeans.
    # Caption: base model; answers: VQA adapter. The tee question loops.
    case(
        "X1426-017",
        caption("the back of a boy wearing a white t-shirt with the word skate on it"),
        is_a(
            "tee",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="H&M Boys White Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: boy in a navy blue silk-blend kurta with a mandarin collar, white churidar, plain backdrop.
    # No gender column.
    # Caption: base model; answers: VQA adapter. The kurta answer starts a new question; the type answer is "jacket".
    case(
        "X1426-018",
        caption("a young boy in a blue kurta and white pants"),
        is_a("kurta", "yes Question: Is this a kurta? Answer: yes", "leak"),
        is_a("dress", "no"),
        Q.color("navy"),
        Q.garment_type("jacket", "contradiction"),
        title="Sojanya Boys Navy Blue & White Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: girl in white cotton shorts with a broderie anglaise hem, pink tee tucked in, white backdrop.
    # Caption: base model; answers: VQA adapter. "Yes" to skirt; color gives the tee's pink; the type answer is cut.
    case(
        "X1426-019",
        caption("a little girl in a pink shirt and white shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("skirt", "yes", "contradiction"),
        Q.color("pink", "other_garment_color"),
        material("cotton"),
        Q.garment_type(
            "shorts with a drawstring at the waist and two pockets at the front and a lace hem and a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Mango Kids Girls White Embroidered Cotton Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: boy in a red tee with a big Spider-Man print, blue jeans, red sneakers.
    # Caption: base model; answers: VQA adapter. The wearing answer calls the boy "she".
    case(
        "X1426-020",
        caption("a young boy wearing a spider-man t-shirt"),
        is_a("tee", "yes"),
        Q.color("red"),
        Q.pattern("graphic"),
        wearing("she is wearing a tee and jeans", "pronoun", who="the boy"),
        is_a("dress", "no"),
        gender="Boys",
        title="Kids Ville Boys Red Spider-Man Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: boy in a cream long-sleeved kurta, maroon brocade Nehru jacket over it, cream pyjama.
    # Caption: base model; answers: VQA adapter. The sleeve answer restates the question.
    case(
        "X1426-021",
        caption("a young boy in a maroon vest and white pants"),
        is_a("kurta", "yes"),
        is_a("jacket", "yes"),
        Q.color("maroon"),
        Q.garment_type("vest"),
        Q.sleeve_length("the sleeve length of the garment is long", "restated"),
        gender="Boys",
        title="Aj DEZInES Boys Cream-Coloured & Maroon Kurta with Pyjamas & Nehru Jacket",
        category="Clothing Set",
        color="Cream",
    ),
    # Photo: girl in a black tee with a glittery pink-maned unicorn print, pink tulle skirt, white backdrop.
    # Caption: base model, which loops to the 50-token limit; answers: VQA adapter, correct.
    case(
        "X1426-022",
        caption(
            "a little girl in a black t-shirt with a unicorn on it and a pink skirt with a unicorn on it and a pink "
            "skirt with a unicorn on it and a pink skirt with a unicorn on it and a pink",
            "loop",
            hit_limit=True,
        ),
        is_a("tee", "yes"),
        is_a("dress", "no"),
        Q.color("black and pink"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="HELLCAT Girls Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: girl in a bottle-green sleeveless A-line dress, mid-calf, holding a teddy bear (prop).
    # Caption: base model; answers: VQA adapter. The dress answer runs on (invents a bow and a zip) and is cut.
    case(
        "X1426-023",
        caption("a little girl in a green dress holding a teddy bear"),
        is_a(
            "dress",
            "yes, the dress is a sleeveless dress with a round neck and a flared skirt and a bow at the back and a "
            "zip at",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        gender="Girls",
        title="Ed-a-Mamma Girls Green Solid A-Line Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: boy in light-blue denim shorts with turned-up hems, white printed tee, white backdrop.
    # Caption: base model; answers: VQA adapter. All correct.
    case(
        "X1426-024",
        caption("a young boy wearing a white t-shirt and blue jean shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("pants", "no", article="a pair of"),
        material("denim"),
        Q.color("blue"),
        Q.garment_type("denim"),
        gender="Boys",
        title="Lil Tomatoes Boys Blue Solid Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: girl in a pink, blue and yellow tie-dye tee, white cotton shorts, white backdrop.
    # Caption: base model; answers: VQA adapter. Color gives the shorts' white; the sleeve answer leaks a question.
    case(
        "X1426-025",
        caption("a little girl in a tie dye shirt and white shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("tie dye"),
        is_a("tee", "yes"),
        is_a("shorts", "no", article="a pair of"),
        Q.sleeve_length("short sleeve Question: What is the color of the tee? Answer: pink", "leak"),
        gender="Girls",
        title="Jelly Jones Girls Multicoloured Tie-Dye Pure Cotton T-shirt",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: toddler girl in a pink cotton frock with a small bunny print and flutter sleeves, front view.
    # Caption: base model; answers: VQA adapter. "No" to dress, against its own type answer.
    case(
        "X1426-026",
        caption("a baby girl in a pink dress with bunnies on it"),
        is_a("dress", "no", "contradiction"),
        is_a("skirt", "no"),
        Q.color("pink"),
        Q.garment_type("dress"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Toothless Girls Pink Printed Pure Cotton A-Line Frock",
        category="Dresses",
        color="Pink",
    ),
    # Photo: boy in a grey tee with a small blue chest logo print, navy shorts.
    # Caption: base model; answers: VQA adapter. Color gives the shorts' blue; pattern came back empty at the limit.
    case(
        "X1426-027",
        caption("a young boy in a grey t-shirt and blue shorts"),
        is_a("tee", "yes"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("", "non_answer", hit_limit=True),
        Q.sleeve_length("short sleeve"),
        is_a("dress", "no"),
        gender="Boys",
        title="Pepe Jeans Boys Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: girl in a pink straight kurta with gold gota trim at the hem, pink palazzos, no dupatta.
    # Caption: base model; answers: VQA adapter. Pattern restates the question; wearing adds a dupatta.
    case(
        "X1426-028",
        caption("a little girl in a pink and gold salwar kameez"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.color("pink"),
        Q.pattern("the pattern of the garment is the pattern", "restated"),
        wearing("a kurta and pants and a dupatta", "unsupported", who="the girl"),
        gender="Girls",
        title="StyleStone Kids Girls Pink Gotta Patti Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: boy in a white polo with thin navy horizontal stripes, beige shorts.
    # Caption: base model; answers: VQA adapter. All correct.
    case(
        "X1426-029",
        caption("a young boy in a striped shirt and khaki shorts"),
        is_a("tee", "yes"),
        Q.pattern("striped"),
        Q.color("white and blue"),
        Q.sleeve_length("short sleeve"),
        Q.garment_type("polo shirt"),
        is_a("dress", "no"),
        gender="Boys",
        title="UTH by Roadster Boys White & Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a navy long-sleeved fit-and-flare dress with a white star print and a red fabric belt.
    # Caption: base model; answers: VQA adapter. Color gives the belt's red; the description is cut (invents a zip).
    case(
        "X1426-030",
        caption("a little girl wearing a blue dress with white stars on it"),
        is_a("dress", "yes"),
        Q.color("red", "contradiction"),
        Q.sleeve_length("long sleeve"),
        is_a("tee", "no"),
        describe(
            "dress",
            "the dress is a navy blue dress with white stars and a red belt and long sleeves and a round neck and a "
            "zip at the back and a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Nauti Nati Girls Navy Blue Star Printed Fit and Flare Dress with Belt",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: boy in a colourblocked tee (blue body, red chest panel), grey shorts. No gender column.
    # Caption: base model; answers: VQA adapter. The wearing answer loops; "yes" to shorts (the grey ones worn).
    case(
        "X1426-031",
        caption("a young boy wearing a blue and red t-shirt"),
        is_a("tee", "yes"),
        Q.pattern("color block"),
        Q.color("blue and red"),
        wearing(
            "tee and shorts tee and shorts tee and shorts tee and shorts tee and shorts tee and shorts tee and shorts "
            "tee and shorts tee and shorts tee and",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        title="Gini and Jony Boys Blue & Red Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: flat lay, no person: three tees, white with a red heart print, plain pink, grey with "HELLO" text.
    # Caption: base model; answers: VQA adapter. The wearing answer invents a girl; the type answer loops.
    case(
        "X1426-032",
        caption("three t-shirts with different designs on them"),
        is_a("tee", "yes"),
        Q.color("pink"),
        wearing("she is wearing a tee with a heart on it", "unsupported", who="the girl"),
        Q.pattern("graphic"),
        Q.garment_type(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Zalio Girls Pack of 3 Printed Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: girl in a floor-length off-white anarkali kurta with a red floral print, white churidar, red dupatta.
    # Caption: base model; answers: VQA adapter. "Yes" to dress and "no" to kurta.
    case(
        "X1426-033",
        caption("a little girl in a white and red anarkali dress"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        Q.color("white"),
        Q.pattern("floral"),
        gender="Girls",
        title="Biba Girls Off-White & Red Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: boy in a neon-green running tee mid-stride, black shorts, a football at his feet (prop).
    # Caption: base model; answers: VQA adapter. All correct.
    case(
        "X1426-034",
        caption("a young boy in a green shirt playing soccer"),
        is_a("tee", "yes"),
        material("polyester"),
        Q.color("green"),
        Q.sleeve_length("short sleeve"),
        Q.garment_type("tee"),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Green Printed Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: girl in a blue denim pinafore dress over a white-and-navy striped long-sleeved tee.
    # Caption: base model; answers: VQA adapter. Pattern and sleeve length answer for the tee underneath.
    case(
        "X1426-035",
        caption("a little girl wearing a denim overall dress"),
        is_a("dress", "yes"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("dress"),
        material("denim"),
        Q.sleeve_length("long sleeve", "contradiction"),
        gender="Girls",
        title="Cherry Crumble Girls Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: boy side-on in khaki chino shorts, navy polo, white sneakers.
    # Caption: base model; answers: VQA adapter. "Yes" to pants; the wearing answer runs on (invents socks), cut.
    case(
        "X1426-036",
        caption("a young boy in a blue polo shirt and khaki shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("pants", "yes", "contradiction", article="a pair of"),
        Q.garment_type("shorts"),
        Q.color("khaki"),
        wearing(
            "he is wearing a blue polo shirt and khaki shorts and a pair of white sneakers and a pair of white socks "
            "and a",
            "cut",
            who="the boy",
            hit_limit=True,
        ),
        gender="Boys",
        title="Marks & Spencer Boys Khaki Solid Pure Cotton Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: girl in a sleeveless red-and-white gingham fit-and-flare dress with a white Peter Pan collar, red shoes.
    # Caption: base model; answers: VQA adapter. Sleeve answer contradicts the caption; the color answer loops.
    case(
        "X1426-037",
        caption("a little girl in a red and white checkered sleeveless dress"),
        is_a("dress", "yes"),
        Q.pattern("plaid"),
        Q.color(
            "red and white red and white red and white red and white red and white red and white red and white red "
            "and white red and white red and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Girls",
        title="Hopscotch Girls Red & White Gingham Checked Fit & Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: boy with chin-length hair in a plain mustard tee and blue jeans.
    # Caption: base model, which calls him a girl; answers: VQA adapter, correct.
    case(
        "X1426-038",
        caption("a little girl wearing a yellow t-shirt and jeans", "pronoun"),
        is_a("tee", "yes"),
        Q.color("yellow"),
        Q.pattern("solid"),
        is_a("dress", "no"),
        wearing("tee and jeans", who="the boy"),
        gender="Boys",
        title="Anthrilo Boys Mustard Yellow Solid Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: boy in a yellow silk-blend kurta, white dhoti pants, hand on hip, marigold garlands behind (props).
    # Caption: base model; answers: VQA adapter. The type answer is "blouse"; the wearing answer leaks a question.
    case(
        "X1426-039",
        caption("a young boy in a yellow kurta"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.color("yellow"),
        wearing(
            "a shirt and pants Question: What is the boy wearing? Answer: a shirt and pants", "leak", who="the boy"
        ),
        Q.garment_type("blouse", "contradiction"),
        gender="Boys",
        title="Aj DEZInES Boys Yellow & White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy in a white half-sleeved shirt with a small blue anchor print, navy shorts (the set). No color column.
    # Caption: base model; answers: VQA adapter. The wearing answer starts a new question and answers it.
    case(
        "X1426-040",
        caption("a young boy wearing a white shirt with anchors on it and blue shorts"),
        is_a("shirt", "yes"),
        is_a("shorts", "yes", article="a pair of"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        wearing("a shirt and shorts Question: What is the color of the shirt? Answer: white", "leak", who="the boy"),
        gender="Boys",
        title="Toothless Boys White & Navy Blue Printed Shirt with Shorts",
        category="Clothing Set",
    ),
    # Photo: girl in a pink party dress, sequinned bodice, layered tulle skirt, a toy tiara on her head.
    # Caption: base model; answers: VQA adapter. "Yes" to skirt; material says cotton for tulle and sequins.
    case(
        "X1426-041",
        caption("a little girl in a pink tutu dress with a crown"),
        is_a("dress", "yes"),
        is_a("skirt", "yes", "contradiction"),
        Q.color("pink"),
        material("cotton", "unsupported"),
        Q.garment_type("dress"),
        gender="Girls",
        title="Ed-a-Mamma Girls Pink Embellished Layered Fit and Flare Party Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: back view, boy in navy sports shorts with a white side stripe, white tee.
    # Caption: base model; answers: VQA adapter. The type answer echoes "Answer:"; material says cotton.
    case(
        "X1426-042",
        caption("the back of a boy wearing a white t-shirt and blue shorts"),
        is_a("shorts", "yes", article="a pair of"),
        Q.color("navy blue"),
        is_a("tee", "no"),
        Q.pattern("solid"),
        Q.garment_type("Answer: shorts", "leak"),
        material("cotton", "unsupported"),
        gender="Boys",
        title="Puma Boys Navy Blue Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: girl with a short bob in a lilac tee with a kitten print, blue jeans, white sneakers.
    # Caption: base model, which calls her a boy; answers: VQA adapter. The sleeve answer loops.
    case(
        "X1426-043",
        caption("a young boy in a purple shirt with a cat on it", "pronoun"),
        is_a("tee", "yes"),
        Q.color("purple"),
        Q.pattern("graphic"),
        Q.sleeve_length(
            "short sleeve, short sleeve, short sleeve, short sleeve, short sleeve, short sleeve, short sleeve, short",
            "loop",
            hit_limit=True,
        ),
        wearing("tee and jeans", who="the girl"),
        gender="Girls",
        title="H&M Girls Lilac Printed Cotton T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: girl in a green silk pattu pavadai (ankle-length skirt) with a wide pink zari border, pink puff-sleeved
    # blouse, jhumkas. Caption: base model; answers: VQA adapter. "Yes" to dress; the skirt answer loops.
    case(
        "X1426-044",
        caption("a little girl in a green and pink traditional dress"),
        is_a("dress", "yes", "contradiction"),
        Q.color("green"),
        is_a(
            "skirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        material("silk"),
        gender="Girls",
        title="Sojanya Girls Green & Pink Woven Design Silk Blend Pattu Pavadai Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: ghost-mannequin shot, no person: a red polo tee with a white-tipped collar on a white background.
    # Caption: base model; answers: VQA adapter. The wearing answer invents a boy in jeans.
    case(
        "X1426-045",
        caption("a red polo shirt on a white background"),
        is_a("tee", "yes"),
        wearing("polo shirt and jeans", "unsupported", who="the boy"),
        Q.color("red"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="Monte Carlo Boys Red Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
]
