"""BLIND_1618 (45 products; Myntra kids' wear, VQA adapter, yes/no garment questions): written blind in the sixty-sixth
session. Measured blind at 5d4d43a (the session's fifth rules): 69/79 failures found (87.3%) and 10/226 correct texts
flagged (4.4%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, night suits, co-ord sets, kurta sets,
lehengas, a sherwani, a jacket). Catalog columns as Myntra exports them: title, category (the article type: Tshirts,
Dresses, Kurta Sets, Lehenga Choli, Clothing Set, Night suits...), color (the base colour) and gender (Boys / Girls);
a column is missing now and then (no color on multi-colour packs, no category on one row, no gender on one row).
Photos are the usual catalog shots: a child model on a plain backdrop wearing the product with styling pieces (shorts,
jeans, a tee under a skirt), a few flat lays, a few back views, props (teddy bear, balloons, skateboard, straw hat).
Who wrote what: the caption is the untuned Salesforce/blip2-opt-2.7b with an empty prompt (the VQA adapter broke
captions, so the job captions with the base model; base captions are short and stop on their own). Every answer is
leoreigoto/Data3_V3_BLIP2_VQA, free generation, greedy, 30 new tokens, prompt "Question: ... Answer:". That adapter was
trained on unmasked labels with no end-of-answer token: short answers often stop by luck, longer ones run on into
loops, get cut at the limit or carry on into a new "Question: ... Answer:" turn. It only knows the In-shop garment
classes (tee, blouse, dress, shorts, pants, skirt, romper, jacket, sweatshirt, denim, leggings...), so kurta, frock and
sherwani questions are shaky; it answers colors in vendor style (navy, heather grey, navy-white).
Labeling conventions and judgement calls: "Is this a X?" asks about the product in the title, not the styling pieces
in the photo, so "yes" to the jeans a t-shirt is styled with is a contradiction, and "yes" to "dress" for a kurta set
or a skirt-and-blouse set is one too; "no" to "kurta" or "frock" for the product is a contradiction. A color question
about the product answered with the styling piece's color is other_garment_color; a wrong color with no other garment
to blame is a contradiction. Cream answered "white" and peach/lavender answered with the near hue are correct. A
text that loops and also hits the limit is labeled loop; one that starts a new "Question:"/"Answer:" turn is leak
even when it repeats. An answer of the wrong kind ("yes" to "What are the shirt details?", a pattern for the sleeve
question, an empty string, the word "wearing") is non_answer; an answer that only turns the question into a sentence
is restated. Details not in the photo (a back bow in a front view, a front print in a back view, zip pockets, leather,
chiffon) are unsupported. A pack described by one of its items ("a grey tee" for a pack of 2) is left correct, but "a
pair of leggings" for a pack of three is a contradiction. hit_limit marks only the texts that ran to 30 (or 50) tokens.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1618 = [
    # Photo: boy on a white backdrop, navy round-neck tee with white typography print, khaki shorts (styling).
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-001",
        caption("a young boy wearing a blue t-shirt and khaki shorts"),
        is_a("dress", "no"),
        is_a("tee", "yes"),
        color_of("tee", "navy", kind="open"),
        wearing("the person is wearing a tee and shorts"),
        Q.sleeve_length("short-sleeve"),
        details(
            "tee",
            "the tee has a graphic print on the front and a round neckline, the tee has a graphic print on the front"
            " and a round neckline, the tee",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Navy Blue Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: girl facing camera in a sleeveless pink fit-and-flare frock (satin bodice, net skirt, fabric flower at the
    # waist), holding a teddy bear. Nothing at the back is visible. Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-002",
        caption("a little girl in a pink dress holding a teddy bear"),
        is_a("dress", "yes"),
        is_a("pair of shorts", "no"),
        color_of("dress", "pink", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "the dress is a sleeveless dress with a flower on the waist and a bow on the back",
            "unsupported",
        ),
        Q.material("chiffon", "unsupported"),
        wearing("she is wearing a pink dress and a pink hair band and white shoes", "unsupported", who="she"),
        gender="Girls",
        title="Hopscotch Girls Pink Embellished Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: boy with a side parting in a knee-length cream cotton kurta and cream churidar, mojaris.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-003",
        caption("a young boy in a white kurta and white pants"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "yes"),
        Q.garment_type("blouse", "contradiction"),
        color_of("kurta", "cream", kind="open"),
        wearing("she is wearing a white kurta and white pants", "pronoun"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="VASTRAMAY Boys Cream-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl in a mustard lehenga skirt with an embroidered hem border, pink short-sleeve blouse, pink dupatta
    # over one shoulder. Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-004",
        caption("a little girl in a yellow and pink indian dress"),
        is_a("skirt", "yes"),
        is_a("tee", "no"),
        color_of("skirt", "mustard", kind="open"),
        color_of("blouse", "mustard", "other_garment_color", kind="open"),
        details(
            "skirt",
            "the skirt has embroidered flowers on the hem and a flared silhouette with a wide border at the bottom and"
            " the skirt is paired with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        gender="Girls",
        title="Aj Dezines Girls Mustard & Pink Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: flat lay of olive green cotton shorts with a drawstring waist, on white. No person.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-005",
        caption("a pair of green shorts on a white background"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "no"),
        color_of("shorts", "olive", kind="open"),
        details("shorts", "shorts", "non_answer"),
        Q.material("cotton"),
        wearing("the person is wearing a white tee and olive shorts", "unsupported"),
        gender="Boys",
        title="Gini and Jony Boys Olive Green Solid Regular Fit Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: girl in a white tee with a unicorn print, light blue denim shorts (styling), white sneakers.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-006",
        caption("a little girl wearing a white t-shirt with a unicorn on it"),
        is_a("tee", "yes"),
        is_a("pair of shorts", "yes", "contradiction"),
        color_of("tee", "white", kind="open"),
        Q.pattern("graphic"),
        Q.color("blue", "other_garment_color"),
        wearing(
            "the person is wearing a white tee with a unicorn and blue denim shorts and white sneakers and the person"
            " is wearing a white tee with a unicorn and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="H&M Girls White Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: boy in a red polo tee (small logo on the chest, ribbed collar, two-button placket), navy shorts.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-007",
        caption("a young boy in a red polo shirt and blue shorts"),
        is_a("polo shirt", "yes"),
        is_a("tee", "yes"),
        color_of("polo shirt", "red", kind="open"),
        wearing(
            "the person is wearing a red polo shirt and navy shorts. the person is wearing a red polo shirt and navy"
            " shorts. the person",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        details("polo shirt", "the polo shirt has a button placket and a ribbed collar with a logo on the chest"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: back view of a girl in a yellow floral A-line frock with flutter sleeves; buttons down the back.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-008",
        caption("the back of a little girl in a yellow floral dress"),
        is_a("dress", "yes"),
        color_of("dress", "yellow", kind="open"),
        Q.pattern("floral"),
        describe(
            "dress",
            "the dress has a round neckline with a front zip closure and two patch pockets",
            "unsupported",
        ),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Cherry Crumble Girls Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: flat lay of two plain round-neck tees side by side, one grey melange, one navy; no pockets.
    # Caption: base BLIP-2. Answers: VQA adapter. The feed has no base colour for the pack.
    case(
        "X1618-009",
        caption("two t-shirts laid out on a white surface"),
        is_a("tee", "yes"),
        color_of("tee", "grey", kind="open"),
        Q.garment_type("tee"),
        describe("tee", "a grey tee with a round neckline and short sleeves"),
        Q.pattern("solid"),
        details(
            "tee",
            "the tee has a chest pocket, the tee has a chest pocket, the tee has a chest pocket, the tee has a chest",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="max Boys Pack of 2 Solid Round Neck T-shirts",
        category="Tshirts",
    ),
    # Photo: girl in a peach straight kurta with a small floral print, matching peach sharara, peach dupatta.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-010",
        caption("a little girl wearing a peach colored outfit with a scarf"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "yes"),
        color_of("kurta", "peach", kind="open"),
        color_of("pants", "peach", kind="open"),
        wearing("the person is wearing a peach top and pants with a scarf"),
        Q.pattern("floral"),
        gender="Girls",
        title="Biba Girls Peach-Coloured Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: boy in a blue cotton night suit, short-sleeve tee and full-length pyjama, both with a dinosaur print.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-011",
        caption("a young boy in blue pajamas with dinosaurs on them"),
        is_a("tee", "yes"),
        is_a("pair of pants", "yes"),
        color_of("tee", "blue", kind="open"),
        details(
            "pants",
            "the pants have an elastic waistband and a dinosaur print all over and the pants have an elastic waistband"
            " and a dinosaur print all over and",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        wearing("the person is wearing blue pajamas with dinosaurs"),
        gender="Boys",
        title="Kids Ville Boys Blue Dinosaur Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: girl in a sleeveless mid-blue denim pinafore dress (two front pockets, metal buttons on the straps) over
    # a white short-sleeve tee that comes with it. Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-012",
        caption("a little girl in a denim overall dress and a white shirt"),
        is_a("dress", "yes"),
        is_a("pair of jeans", "no"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.garment_type("denim"),
        Q.sleeve_length("the sleeve length of the garment", "restated"),
        describe("dress", "the dress is a denim pinafore with two front pockets and metal buttons on the straps"),
        gender="Girls",
        title="Pantaloons Junior Girls Blue Denim Pinafore Dress with T-shirt",
        category="Dresses",
        color="Blue",
    ),
    # Photo: boy in grey melange sports shorts (elastic waist, drawstring, small logo on the left leg), black tee
    # (styling). Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-013",
        caption("a boy in a black t-shirt and grey shorts"),
        is_a("pair of shorts", "yes"),
        is_a("tee", "yes", "contradiction"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        details("shorts", "the shorts have an elastic waistband with a drawstring and a logo on the left leg"),
        wearing("he is wearing a black tee and grey shorts", who="he"),
        Q.pattern("solid"),
        gender="Boys",
        title="Puma Kids Boys Grey Melange Solid Sports Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: girl with a ponytail in a lavender top with short puff sleeves, a round neck and a small bow at the
    # neckline, white jeans (styling). Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-014",
        caption("a little girl wearing a purple top and white jeans"),
        is_a("blouse", "yes"),
        is_a("dress", "no"),
        color_of("blouse", "lavender", kind="open"),
        Q.sleeve_length("short-sleeve"),
        wearing("he is wearing a purple top and white pants", "pronoun"),
        describe(
            "blouse",
            "a lavender blouse with short puff sleeves and a round neckline that is gathered at the front with a small"
            " bow tied at the center of the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Lavender Solid Puff Sleeves Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: boy in a cream kurta, a maroon Nehru jacket over it and cream pyjamas, all part of the set.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-015",
        caption("a young boy in a red vest and white pants"),
        is_a("jacket", "yes"),
        is_a("vest", "yes"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        color_of("vest", "maroon", kind="open"),
        wearing(
            "the person is wearing a kurta with a vest and pyjamas Question: What is the color of the vest? Answer:"
            " maroon Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj Dezines Boys Maroon & Cream Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: girl in a sleeveless olive green jumpsuit with a tie belt and side pockets, holding a straw hat.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-016",
        caption("a little girl in a sleeveless green jumpsuit holding a straw hat"),
        is_a("romper", "yes"),
        is_a("dress", "no"),
        color_of("romper", "green", kind="open"),
        Q.garment_type("romper"),
        details(
            "romper",
            "the romper has a tie belt at the waist and two side pockets and the romper has a tie belt at the waist and"
            " two side pockets and the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve", "contradiction"),
        gender="Girls",
        title="Nauti Nati Girls Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: boy in a short-sleeve blue and white checked shirt, buttoned, beige shorts (styling).
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-017",
        caption("a young boy wearing a blue and white checkered shirt and beige shorts"),
        is_a("shirt", "yes"),
        is_a("tee", "no"),
        color_of("shirt", "blue", kind="open"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        details("shirt", "yes", "non_answer"),
        gender="Boys",
        title="Allen Solly Junior Boys Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: girl in a navy pleated A-line skirt with an elastic waist, white tee tucked in (styling).
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-018",
        caption("a little girl in a white shirt and a blue skirt"),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("skirt", "navy", kind="open"),
        Q.color("white", "other_garment_color"),
        details("skirt", "the skirt has pleats all around and an elastic waistband"),
        wearing("she is wearing a white tee and a navy pleated skirt", who="she"),
        gender="Girls",
        title="Hopscotch Girls Navy Blue Solid Pleated A-Line Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: boy in a mustard hooded sweatshirt (kangaroo pocket, drawstrings, fleece inside visible at the hood),
    # black joggers (styling). Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-019",
        caption("a boy in a yellow hoodie and black pants"),
        is_a("sweatshirt", "yes"),
        is_a("jacket", "yes", "contradiction"),
        color_of("sweatshirt", "mustard", kind="open"),
        wearing("the person is wearing a mustard hoodie and black joggers"),
        Q.material("fleece"),
        details("sweatshirt", "the sweatshirt has a kangaroo pocket and a hood with drawstrings"),
        gender="Boys",
        title="Pantaloons Junior Boys Mustard Yellow Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: girl in a co-ord set, sleeveless crop top and shorts in the same pink print with green tropical leaves.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-020",
        caption("a little girl in a pink and green tropical print outfit"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "no"),
        color_of("shorts", "pink", kind="open"),
        Q.pattern("floral"),
        describe("top", "", "non_answer"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "the person is wearing a pink crop top and pink shorts with green leaves and a pink crop top and pink"
            " shorts with green leaves and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Pink & Green Tropical Printed Top with Shorts",
        category="Clothing Set",
        color="Pink",
    ),
    # Photo: flat lay of a yellow round-neck tee with a red racing car print on the front; plain shoulders.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-021",
        caption("a yellow t-shirt with a red car on it"),
        is_a("tee", "yes"),
        color_of("tee", "yellow", kind="open"),
        Q.pattern("graphic"),
        describe(
            "tee",
            "a yellow tee with a red racing car print on the front, short sleeves, a ribbed round neckline and a"
            " contrast red tape along the shoulder seams and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Boys",
        title="Gini and Jony Boys Yellow Graphic Print Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: girl in a floor-length green anarkali kurta with gold floral motifs, three-quarter sleeves.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-022",
        caption("a little girl in a green and gold dress"),
        is_a("kurta", "no", "contradiction"),
        color_of("dress", "green", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeve"),
        wearing(
            "the person is wearing a green dress with gold print and a green dress with gold print and a green dress"
            " with gold print and a green",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Bitiya by Bhama Girls Green & Gold-Toned Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: boy in mid-blue slim jeans (five pockets, button and zip fly), white tee (styling).
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-023",
        caption("a boy in a white t-shirt and blue jeans"),
        is_a("pair of jeans", "yes"),
        is_a("tee", "no"),
        color_of("jeans", "blue", kind="open"),
        details(
            "jeans",
            "the jeans have a five pocket styling with a button closure and zip fly and belt loops, the jeans are slim"
            " fit with a mid rise and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.material("denim"),
        wearing(
            "he is wearing a white tee and blue jeans Question: What is the color of the jeans? Answer: blue Question:"
            " What is",
            "leak",
            who="he",
            hit_limit=True,
        ),
        gender="Boys",
        title="UCB Boys Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: girl in a red velvet fit-and-flare party frock, holding three balloons.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-024",
        caption("a little girl in a red dress holding balloons"),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        color_of("dress", "red", kind="open"),
        Q.material("velvet"),
        describe("dress", "the dress is a dress", "restated"),
        gender="Girls",
        title="A.T.U.N. Girls Red Velvet Fit & Flare Party Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: boy in plain black track pants (elastic waist, drawstring, open side pockets, small logo), grey tee.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-025",
        caption("a young boy wearing black track pants and a grey t-shirt"),
        is_a("pair of pants", "yes"),
        is_a("pair of leggings", "yes", "contradiction"),
        color_of("pants", "black", kind="open"),
        Q.pattern("pure color"),
        wearing("the person is wearing a grey tee and black track pants"),
        details(
            "pants",
            "the pants have an elastic waistband with drawstring and two side pockets with zippers",
            "unsupported",
        ),
        gender="Boys",
        title="Puma Kids Boys Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: girl in blue denim shorts with frayed hems, a pink tee (styling).
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-026",
        caption("a young girl in a pink top and denim shorts"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        Q.garment_type("denim"),
        details("shorts", "the shorts have frayed hems and a button closure with belt loops"),
        wearing("she is wearing a pink tee and denim shorts"),
        gender="Girls",
        title="H&M Girls Blue Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: boy with short hair in a mustard-yellow kurta with a mandarin collar and white pyjamas.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-027",
        caption("a little girl in a yellow kurta and white pants", "pronoun"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        color_of("kurta", "yellow", kind="open"),
        color_of("pants", "white", kind="open"),
        Q.material("cotton"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: a yellow kurta with a mandarin collar and Question: Describe the"
            " kurta. Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Yellow & White Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: girl in a navy and white striped t-shirt dress, short sleeves, knee length.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-028",
        caption("a little girl wearing a blue and white striped dress"),
        is_a("dress", "yes"),
        is_a("tee", "no"),
        color_of("dress", "navy-white", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("striped", "non_answer"),
        gender="Girls",
        title="max Girls Navy Blue & White Striped T-shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: boy in a co-ord set, camp-collar short-sleeve shirt and shorts, both white with a blue leaf print.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-029",
        caption("a young boy in a white shirt and blue shorts with leaves on them"),
        is_a("shirt", "yes"),
        is_a("pair of shorts", "yes"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "white", kind="open"),
        wearing("he is wearing a shirt and shorts with a leaf print", who="he"),
        details(
            "shirt",
            "the shirt has a camp collar and buttons down the front and the shirt has a camp collar and buttons down"
            " the front and the shirt has",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Hopscotch Boys White & Blue Printed Shirt with Shorts",
        category="Clothing Set",
        color="White",
    ),
    # Photo: flat lay of three folded pairs of leggings, pink, black and grey. No base colour in the feed.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-030",
        caption("three pairs of leggings in pink, black and grey"),
        is_a("pair of leggings", "yes"),
        is_a("pair of pants", "yes"),
        color_of(
            "leggings",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe("leggings", "a pair of leggings with an elastic waistband", "contradiction"),
        gender="Girls",
        title="Jockey Girls Pack of 3 Solid Leggings",
        category="Leggings",
    ),
    # Photo: boy in a white tee with black raglan sleeves, black shorts (styling).
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-031",
        caption("a young boy in a white and black shirt and black shorts"),
        is_a("tee", "yes"),
        color_of("tee", "grey", "contradiction", kind="open"),
        color_of("shorts", "grey", "contradiction", kind="open"),
        Q.pattern("color block"),
        wearing("the person is wearing a grey tee and grey shorts", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        gender="Boys",
        title="YK Boys White & Black Colourblocked Raglan Sleeves T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a green silk pattu pavadai (long skirt with a wide pink and gold zari border) and a pink blouse.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-032",
        caption("a little girl in a green and pink silk skirt and blouse"),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("blouse", "pink", kind="open"),
        Q.material("silk"),
        wearing(
            "she is wearing a green skirt with a gold border and a pink blouse and a green skirt with a gold border and"
            " a pink blouse and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details(
            "skirt",
            "the skirt has a wide pink and gold zari border at the hem and a gold brocade pattern all over and the"
            " skirt has a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Green & Pink Silk Blend Pattu Pavadai",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: boy in blue denim dungarees over a red and white striped tee (the tee comes with the set).
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-033",
        caption("a little boy in denim overalls and a striped shirt"),
        is_a("pair of jeans", "no"),
        color_of("dungarees", "blue", kind="open"),
        color_of("tee", "blue", "other_garment_color", kind="open"),
        wearing("she is wearing denim overalls and a striped tee", "pronoun"),
        Q.garment_type("denim"),
        gender="Boys",
        title="Gini and Jony Boys Blue Denim Dungarees with T-shirt",
        category="Dungarees",
        color="Blue",
    ),
    # Photo: back view of a girl in a plain pink tee (the front embellishment is not visible), blue jeans.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-034",
        caption("the back of a little girl in a pink shirt and blue jeans"),
        is_a("tee", "yes"),
        color_of("tee", "pink", kind="open"),
        describe("tee", "a pink tee with a sequin butterfly on the front", "unsupported"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Peppermint Girls Pink Embellished Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: boy in a cream sherwani with gold embroidery at the collar and cuffs, gold buttons, cream churidar.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-035",
        caption("a young boy in a white and gold indian outfit"),
        is_a("dress", "no"),
        Q.garment_type("coat"),
        color_of("sherwani", "white", kind="open"),
        details(
            "sherwani",
            "the sherwani has a mandarin collar and gold buttons down the front with embroidery on the collar and"
            " cuffs",
        ),
        wearing(
            "the person is wearing a sherwani Answer: a sherwani Answer: a sherwani Answer: a sherwani Answer: a",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj Dezines Boys Cream-Coloured Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: girl in a white cotton schiffli-embroidered A-line frock, a beige straw sun hat.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-036",
        caption("a little girl in a white dress and a straw hat"),
        is_a("dress", "yes"),
        is_a("frock", "no", "contradiction"),
        color_of("dress", "white", kind="open"),
        color_of("hat", "white", "other_garment_color", kind="open"),
        Q.pattern("pure color"),
        Q.material("linen", "unsupported"),
        gender="Girls",
        title="Mothercare Girls White Schiffli Embroidered A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: boy holding a skateboard, grey melange tee with "COOL DUDE" in black letters, blue jeans (styling).
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-037",
        caption("a young boy holding a skateboard wearing a grey t-shirt and jeans"),
        is_a("tee", "yes"),
        is_a("pair of jeans", "yes", "contradiction"),
        color_of("tee", "heather grey", kind="open"),
        Q.pattern("graphic"),
        describe("tee", "the tee has the words cool dude printed on the front in black letters"),
        gender="Boys",
        title="Pantaloons Junior Boys Grey Melange Typography Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: girl in a lavender printed straight kurta and white palazzos with a small lavender print.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-038",
        caption("a young girl wearing a purple top and white pants"),
        is_a("kurta", "no", "contradiction"),
        is_a("pair of pants", "yes"),
        color_of("pants", "white", kind="open"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        wearing("she is wearing a purple tunic and white palazzo pants"),
        gender="Girls",
        title="Sangria Girls Lavender Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: flat lay of khaki cargo shorts (flap side pockets, button and zip fly, belt loops).
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-039",
        caption("a pair of khaki cargo shorts"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "khaki", kind="open"),
        details(
            "shorts",
            "the shorts have flap pockets on the sides and a button closure and a zip fly and belt loops and the shorts"
            " have flap pockets on the sides and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.garment_type("pants", "contradiction"),
        gender="Boys",
        title="Allen Solly Junior Boys Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: girl holding a stuffed bunny, pink top with small white hearts and white pyjama with pink hearts.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-040",
        caption("a little girl in pink and white pajamas holding a stuffed bunny"),
        is_a("tee", "yes"),
        is_a("dress", "no"),
        color_of("pants", "white", kind="open"),
        color_of("tee", "pink", kind="open"),
        details("pants", "the pants have an elastic waistband"),
        Q.pattern(
            "hearts Question: What is the pattern of the pants? Answer: hearts Question: What is the color of the"
            " hearts? Answer: pink",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Marks & Spencer Girls Pink & White Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: boy in an orange long-sleeve kurta and a white dhoti, standing by a brass pot (prop).
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-041",
        caption("a young boy in an orange kurta and white dhoti"),
        is_a("kurta", "yes"),
        is_a("skirt", "no"),
        color_of("kurta", "orange", kind="open"),
        color_of("dhoti", "orange", "other_garment_color", kind="open"),
        Q.sleeve_length("long-sleeve"),
        wearing("the person is wearing an orange kurta and white dhoti pants"),
        gender="Boys",
        title="VASTRAMAY Boys Orange & White Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: girl in a gold sequinned tutu skirt (tulle layers, elastic waist, a bow on the side), white tee (styling).
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-042",
        caption("a little girl wearing a white shirt and a gold tutu"),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("skirt", "gold", kind="open"),
        Q.color("gold"),
        Q.material("sequins and tulle"),
        describe(
            "skirt",
            "a gold sequined tutu skirt with layers of tulle and an elastic waistband with a bow on the side Question:"
            " What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Gold-Toned Sequinned Tutu Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Photo: boy in a navy hooded padded (polyester puffer) jacket, zipped, two welt pockets, blue jeans (styling).
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-043",
        caption("a young boy in a blue jacket and jeans"),
        is_a("jacket", "yes"),
        is_a("sweater", "no"),
        color_of("jacket", "navy", kind="open"),
        details("jacket", "the jacket has a hood and a zip closure with two pockets"),
        Q.material("leather", "unsupported"),
        wearing(
            "the person is wearing a navy jacket with a hood and blue jeans and the person is wearing a navy jacket"
            " with a hood and blue jeans and the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: girl in a mint green tee with a cat print and white shorts, sold as a set. The feed row has no gender.
    # Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-044",
        caption("a little girl in a green t-shirt with a cat and white shorts"),
        is_a("tee", "yes"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "white", kind="open"),
        color_of("tee", "mint", kind="open"),
        details("tee", "the tee has a cat printed on it"),
        Q.pattern("graphic"),
        wearing("wearing", "non_answer"),
        title="YK Girls Mint Green Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Green",
    ),
    # Photo: back view of a boy with longish hair in a black tee with a big orange dragon print on the back, grey
    # shorts (styling). The feed row has no category. Caption: base BLIP-2. Answers: VQA adapter.
    case(
        "X1618-045",
        caption("a boy in a black t-shirt with an orange dragon on the back"),
        is_a("tee", "yes"),
        color_of("tee", "orange", "contradiction", kind="open"),
        Q.pattern("graphic"),
        wearing("she is wearing a black tee and grey shorts", "pronoun"),
        describe("tee", "a black tee with a dragon print on the back and short sleeves"),
        gender="Boys",
        title="H&M Boys Black Printed Back Graphic T-shirt",
        color="Black",
    ),
]
