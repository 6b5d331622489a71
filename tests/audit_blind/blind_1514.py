"""BLIND_1514 (45 products; Myntra kids' sleepwear, base zero-shot, pronoun questions): written blind in the sixty-fifth
session. Measured blind at 71dbb3c (the session's sixth rules): 46/61 failures found (75.4%) and 27/216 correct texts
flagged (12.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear, mostly unisex and kids' lines: night suits (top with pyjamas, shorts or
capris), rompers and sleepsuits for infants, nightdresses, and a few single pieces sold as sleepwear (lounge pants,
lounge shorts, a lounge T-shirt, pyjama bottoms). Catalog shots: a child on a plain white or grey backdrop, now
and then sitting on a bed or the floor with a prop (teddy bear, pillow, game controller, rattle, Christmas tree),
some flat lays of packs of 2 or 3, two back views. Single pieces are worn with the child's own clothes (a white tee
over lounge pants, a black tee with lounge shorts, denim shorts under a lounge T-shirt). Catalog columns as the
feed has them: title (Myntra's product display name, brand first), category (Myntra's article type), color (base
colour), gender (Boys, Girls, Unisex); gender is blank on three rows and category on one, as the feed ships them.
Who wrote what: every text is from Salesforce/blip2-opt-2.7b with no adapter, zero-shot, greedy. The caption is
the unprompted caption (50 new tokens at most); the questions use the `Question: ... Answer:` prompt (30 new tokens
at most), stopping on the newline. The job picks the pronoun of the wearing question from the gender column:
"What is she wearing?" for Girls, "What is he wearing?" for Boys, and "he" as well for Unisex and blank rows (the
feed team's default). Each product gets its caption and four to seven of: wearing, the color of a named garment
(free generation, stored open), describe / details of a named garment, the closed questions (garment type, color,
pattern, sleeve length), material, and a yes/no "Is this a ...?" on the article type.
Labeling conventions and judgement calls: judged against the photo described above each case and the title.
Hue names BLIP-2 uses for a catalog shade are accepted when they are how the shade looks (maroon as red, teal as
green, lavender as purple, peach as pink, navy as blue, grey melange as grey). "pajamas" for a night suit and
"onesie" for a romper or sleepsuit are accepted; one color or one print out of a pack of two or three is accepted.
A color that belongs to the other piece of the set or to the child's own clothes is other_garment_color; a color
that belongs to nothing worn (the print's ink, a prop, the background) or a wrong garment type, sleeve length,
pattern or yes/no is contradiction. The prop named as what the child wears is contradiction. A wrong fibre for
the material (the product page's composition is in the comment) or a detail not in the photo is unsupported.
"nothing" for a flat lay, "there are no details" when there are, and answers that give back only the question's
garment ("they are shorts", "it is a top") are non_answer; a sentence that says the question's words back as its
answer ("the pants are blue pants" to describe them, "the details of ... are the details") is restated. Pronoun:
a he/she, boy/girl that the child in the photo contradicts, whatever the column says; the question's own pronoun
is the job's choice and is not labeled, but an answer that repeats it wrongly is. "baby girl" for an infant whose
sex the photo cannot tell is left unmarked. Loops that ran out the token budget are loop with hit_limit; a
sentence stopped by the limit without repeating is cut with hit_limit. About one text in five is wrong here, fewer
than the adapters give: the untuned base answers short questions well and stops on the newline, so its failures
are mostly one color for both pieces, wrong closed answers, invented details and pronouns, with few loops.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1514 = [
    # Girl (~4) on a white backdrop: pink full-sleeve top with a white unicorn print, pink-and-white striped pyjamas.
    # 100% cotton. Base model zero-shot wrote every text.
    case(
        "X1514-001",
        caption("a little girl in pink pajamas with a unicorn on the shirt"),
        wearing("pajamas", who="she"),
        color_of("top", "pink", kind="open"),
        color_of("pyjamas", "pink", kind="open"),
        Q.pattern("unicorn"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Girls",
        title="YK Girls Pink & White Unicorn Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Boy (~6), grey backdrop: navy T-shirt with a green dinosaur graphic, grey melange shorts with a navy drawstring.
    # Base model zero-shot wrote every text.
    case(
        "X1514-002",
        caption("a young boy in a blue shirt and grey shorts with a dinosaur on it"),
        wearing("a t-shirt and shorts", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        Q.pattern("dinosaur"),
        gender="Boys",
        title="max Boys Navy Blue & Grey Dinosaur Print Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Flat lay on white: infant romper, yellow with small white stars, half sleeves, snap buttons down the front.
    # Cotton. Base model zero-shot wrote every text.
    case(
        "X1514-003",
        caption("a yellow baby onesie with white stars on it"),
        wearing("a onesie", who="he"),
        Q.garment_type("onesie"),
        Q.color("yellow"),
        is_a("romper", "yes"),
        details("romper", "it has buttons on the front"),
        Q.material("polyester", "unsupported"),
        gender="Unisex",
        title="Babyhug Unisex Kids Yellow Star Print Pure Cotton Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Girl (~5) sitting on a bed hugging a brown teddy bear: sleeveless lavender nightdress with a grey cat print,
    # knee length. Cotton. Base model zero-shot wrote every text.
    case(
        "X1514-004",
        caption("a little girl sitting on a bed with a teddy bear"),
        wearing("a teddy bear", "contradiction", who="she"),
        color_of("dress", "purple", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "it is a purple dress with a cat on it"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Hopscotch Girls Lavender Cat Print Pure Cotton Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Boy (~8), white backdrop: grey melange jogger lounge pants (drawstring, ribbed ankle cuffs) worn with his own
    # plain white T-shirt. Cotton-rich fleece. Base model zero-shot wrote every text.
    case(
        "X1514-005",
        caption("a boy in a white t-shirt and grey sweatpants"),
        wearing("sweatpants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("grey"),
        details("pants", "they have a drawstring waist and cuffs at the ankles"),
        describe("pants", "they are grey sweatpants"),
        Q.material("cotton"),
        gender="Boys",
        title="Marks & Spencer Boys Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Infant lying on a cream blanket: white footed sleepsuit with thin blue stripes, a small bear applique on the
    # chest, zip front. Base model zero-shot wrote every text.
    case(
        "X1514-006",
        caption("a baby laying on a blanket in a striped onesie"),
        wearing("pajamas", who="he"),
        Q.pattern("stripes"),
        Q.color("white"),
        details(
            "sleepsuit",
            "it has a zipper on the front and a bear on the chest and a zipper on the front and a bear on the chest "
            "and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        gender="Unisex",
        title="Mothercare Unisex Kids White & Blue Striped Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Girl (~6), white backdrop: peach short-sleeve top printed "Sweet Dreams" in white with clouds, peach pyjamas
    # with white polka dots. Base model zero-shot wrote every text.
    case(
        "X1514-007",
        caption("a girl wearing pajamas with the words sweet dreams on them"),
        wearing("pajamas", who="she"),
        color_of("top", "pink", kind="open"),
        color_of("pyjamas", "pink", kind="open"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long", "contradiction"),
        describe(
            "top",
            "the top is a pink t-shirt with the words sweet dreams written on it in white letters and a cloud and a "
            "star on the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Gini and Jony Girls Peach-Coloured Sweet Dreams Printed Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Flat lay: two infant rompers side by side, one mint green with a white rabbit print, one white with mint green
    # stripes; short sleeves. Base model zero-shot wrote every text.
    case(
        "X1514-008",
        caption("two baby onesies on a white background"),
        wearing("a onesie", who="he"),
        Q.color("green"),
        Q.pattern("stripes"),
        is_a("romper", "yes"),
        Q.garment_type("onesie"),
        details("romper", "there is a bunny on one of them and stripes on the other"),
        gender="Unisex",
        title="Babyhug Unisex Kids Pack of 2 Printed Pure Cotton Rompers",
        category="Rompers",
        color="Green",
    ),
    # Boy (~7), white wall: red-and-black checked night suit, collared button-down full-sleeve shirt and matching
    # checked pants. Brushed cotton flannel. Base model zero-shot wrote every text.
    case(
        "X1514-009",
        caption("a young boy in red plaid pajamas standing in front of a white wall"),
        wearing("plaid pajamas", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "red", kind="open"),
        Q.pattern("plaid"),
        Q.material("flannel"),
        details("shirt", "it has buttons down the front and a collar"),
        Q.garment_type("pajamas"),
        gender="Boys",
        title="Allen Solly Junior Boys Red & Black Checked Brushed Cotton Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Girl (~4), hands on hips, white backdrop: sleeveless mustard romper with a small yellow-and-white floral print,
    # shorts legs, frill at the neckline. Gender blank in the feed, so the job asked "he". Base model zero-shot.
    case(
        "X1514-010",
        caption("a little girl in a yellow romper with flowers on it"),
        wearing("a yellow dress", "contradiction", who="he"),
        is_a("romper", "no", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.color("yellow"),
        title="H&M Mustard Floral Print Cotton Sleep Romper",
        category="Rompers",
        color="Mustard",
    ),
    # Two children (a boy and a girl) side by side in the same navy night suit: full sleeves, white moon and stars
    # print on top and pyjamas. Cotton. Base model zero-shot wrote every text.
    case(
        "X1514-011",
        caption("two children in matching pajamas with stars on them"),
        wearing("pajamas", who="he"),
        color_of("top", "blue", kind="open"),
        color_of("pyjamas", "blue", kind="open"),
        Q.pattern("stars"),
        details("top", "it has a moon and stars on it and a pocket on the chest", "unsupported"),
        gender="Unisex",
        title="YK Unisex Kids Navy Blue Moon & Stars Print Pure Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Boy (~9), grey backdrop: olive lounge shorts (drawstring, side pockets) worn with his own black T-shirt.
    # Cotton terry. Base model zero-shot wrote every text.
    case(
        "X1514-012",
        caption("a boy in a black shirt and green shorts"),
        wearing("a black shirt and shorts", who="he"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        Q.color("black", "other_garment_color"),
        details("shorts", "the shorts have pockets on the sides and a drawstring at the waist"),
        Q.material("polyester", "unsupported"),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Olive Green Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
    # Back view, girl (~6): white T-shirt (flamingos only on the front, the back is plain) and pink shorts with a
    # white waistband. Base model zero-shot wrote every text.
    case(
        "X1514-013",
        caption("the back of a girl wearing a white shirt and pink shorts"),
        wearing("a white shirt and pink shorts", who="she"),
        Q.pattern("solid", "contradiction"),
        color_of("shorts", "pink", kind="open"),
        color_of("top", "white", kind="open"),
        details("top", "it has a lot of details", "non_answer"),
        gender="Girls",
        title="Marks & Spencer Girls White & Pink Flamingo Print Short Pyjama Set",
        category="Night suits",
        color="White",
    ),
    # Infant sitting on the floor, white backdrop: grey melange half-sleeve romper with a small white elephant print.
    # Cotton. Base model zero-shot wrote every text.
    case(
        "X1514-014",
        caption("a baby sitting on the floor wearing a grey onesie with elephants on it"),
        wearing("a onesie with elephants on it", who="he"),
        Q.color("gray"),
        Q.pattern("polka dots", "contradiction"),
        is_a("romper", "yes"),
        Q.sleeve_length("short"),
        Q.material("wool", "unsupported"),
        gender="Unisex",
        title="Babyhug Unisex Kids Grey Melange Elephant Print Romper",
        category="Rompers",
        color="Grey Melange",
    ),
    # Flat lay on a wooden floor: pink long-sleeve nightdress with small white hearts, plain straight hem.
    # Base model zero-shot wrote every text.
    case(
        "X1514-015",
        caption("a pink nightgown with white hearts laying on a wooden floor"),
        wearing("a nightgown", who="she"),
        color_of("dress", "pink", kind="open"),
        describe("dress", "it is a pink nightgown with white hearts on it and long sleeves"),
        Q.pattern("hearts"),
        details("dress", "the dress has a ruffle on the bottom", "unsupported"),
        gender="Girls",
        title="Carter's Girls Pink Heart Print Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Boy (~6) in an action pose, white backdrop: red-and-blue Spider-Man full-sleeve top, plain blue pyjamas.
    # Base model zero-shot wrote every text.
    case(
        "X1514-016",
        caption("a young boy in spiderman pajamas posing for the camera"),
        wearing("spiderman pajamas", who="he"),
        color_of("top", "red", kind="open"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        details(
            "top",
            "spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman "
            "spiderman spiderman spiderman spiderman spiderman",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Marvel by Wear Your Mind Boys Red & Blue Spider-Man Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Girl (~3) with a short bob, white backdrop: lavender night suit, unicorn print on the top, plain lavender
    # pyjamas. Base model zero-shot wrote every text.
    case(
        "X1514-017",
        caption("a little boy in purple pajamas with a unicorn on it", "pronoun"),
        wearing("purple pajamas", who="she"),
        Q.color("purple"),
        Q.pattern("unicorn"),
        Q.garment_type("pajamas"),
        gender="Girls",
        title="Kids Ville Girls Lavender Unicorn Printed Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Flat lay: three footed sleepsuits fanned out, white, powder blue and grey, plain. Base model zero-shot.
    case(
        "X1514-018",
        caption("three baby onesies on a white background"),
        wearing("a onesie", who="he"),
        Q.color("white"),
        is_a("sleepsuit", "yes"),
        details("sleepsuit", "they have feet"),
        Q.garment_type("onesie"),
        gender="Unisex",
        title="Mothercare Unisex Kids Pack of 3 Solid Sleepsuits",
        category="Sleepsuit",
        color="Multi",
    ),
    # Boy (~10) holding a game controller, grey backdrop: dark green T-shirt printed "GAME ON" in white, black
    # pyjama pants. Cotton. Base model zero-shot wrote every text.
    case(
        "X1514-019",
        caption("a young boy holding a video game controller"),
        wearing("a green shirt and black pants", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        describe("shirt", "it is a green shirt with the words game on on it"),
        Q.pattern("no", "non_answer"),
        Q.material("cotton"),
        gender="Boys",
        title="Gini and Jony Boys Green & Black Typography Printed Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Girl (~3), white backdrop, white socks: solid pink romper with frilled cap shoulders, shorts legs.
    # Base model zero-shot wrote every text.
    case(
        "X1514-020",
        caption("a little girl in a pink romper standing on a white background"),
        wearing("a pink romper", who="she"),
        color_of("romper", "pink Question: What is the color of the socks? Answer: white", "leak", kind="open"),
        details("romper", "it has ruffles on the shoulders"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Hopscotch Girls Pink Solid Frill Detail Cotton Romper",
        category="Rompers",
        color="Pink",
    ),
    # Boy (~5), white backdrop: off-white full-sleeve night suit with a black panda print on top and pyjamas.
    # Base model zero-shot wrote every text.
    case(
        "X1514-021",
        caption("a boy in white pajamas with pandas on them"),
        wearing("pajamas with pandas on them", who="he"),
        Q.color("white"),
        Q.pattern("animal print"),
        color_of("pants", "black", "contradiction", kind="open"),
        describe("top", "it has pandas on it"),
        gender="Unisex",
        title="Pantaloons Junior Unisex Kids Off White Panda Printed Night Suit",
        category="Night suits",
        color="Off White",
    ),
    # Boy (~4), white backdrop: blue-and-white striped sleeveless vest and matching shorts with an elastic waist.
    # Category blank in the feed. Base model zero-shot wrote every text.
    case(
        "X1514-022",
        caption("a little boy in a blue and white striped tank top and shorts"),
        wearing("a tank top and shorts", who="he"),
        Q.sleeve_length("short", "contradiction"),
        Q.pattern("stripes"),
        details("shorts", "they have an elastic waistband"),
        gender="Boys",
        title="Marks & Spencer Boys Blue & White Striped Vest and Shorts Pyjama Set",
        color="Blue",
    ),
    # Girl (~7) sitting on the floor against a big white pillow: pink T-shirt printed "Princess" in silver, grey
    # melange joggers. Base model zero-shot wrote every text.
    case(
        "X1514-023",
        caption("a little girl sitting on the floor with a pillow"),
        wearing("a pink shirt and grey pants", who="she"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.pattern("solid", "contradiction"),
        describe("shirt", "the shirt is pink"),
        gender="Girls",
        title="YK Girls Pink & Grey Typography Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Infant held up by an adult's hands, white backdrop: sleeveless teal green romper with a small dinosaur print,
    # snaps at the crotch. Base model zero-shot wrote every text.
    case(
        "X1514-024",
        caption("a baby in a green onesie with dinosaurs on it being held by a person"),
        wearing("a onesie with dinosaurs on it", who="he"),
        Q.color("green"),
        Q.pattern("dinosaurs"),
        details(
            "romper",
            "the romper has a dinosaur on it and a dinosaur on it and a dinosaur on it and a dinosaur on it and a",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Babyhug Unisex Kids Teal Green Dinosaur Print Romper",
        category="Rompers",
        color="Teal",
    ),
    # Girl (~5), white backdrop: white knee-length nightdress with a blue floral print, short puff sleeves.
    # Pure cotton. Base model zero-shot wrote every text.
    case(
        "X1514-025",
        caption("a little girl in a white dress with blue flowers"),
        wearing("a dress", who="she"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        is_a("nightdress", "no", "contradiction"),
        details("dress", "it has a bow on the front", "unsupported"),
        gender="Girls",
        title="Marks & Spencer Girls White & Blue Floral Print Pure Cotton Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Boy (~3) with shoulder-length curly hair, white backdrop: yellow T-shirt with a small bee print, navy shorts.
    # Base model zero-shot wrote every text.
    case(
        "X1514-026",
        caption("a little girl wearing a yellow shirt and blue shorts", "pronoun"),
        wearing("a yellow shirt and blue shorts", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("shorts", "blue", kind="open"),
        Q.pattern("polka dots", "contradiction"),
        gender="Boys",
        title="max Boys Yellow & Navy Blue Bee Print Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Flat lay: folded grey long-sleeve top and grey pyjamas, both with a white star print. Gender blank in the feed.
    # Base model zero-shot wrote every text.
    case(
        "X1514-027",
        caption("a pair of pajamas with stars on them"),
        wearing("nothing", "non_answer", who="he"),
        color_of("top", "grey", kind="open"),
        color_of("pyjamas", "grey", kind="open"),
        Q.pattern("stars"),
        details("top", "it is a top", "non_answer"),
        title="Kids On Board Unisex Kids Grey Star Print Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Girl (~6), white backdrop: maroon short-sleeve top with a white bunny, maroon-and-white checked capris.
    # Base model zero-shot wrote every text.
    case(
        "X1514-028",
        caption("a girl wearing red pajamas with a bunny on the shirt"),
        wearing("pajamas", who="she"),
        color_of("top", "red", kind="open"),
        color_of("pyjamas", "red and white", kind="open"),
        describe(
            "pyjamas",
            "the pyjamas are red and white checkered and they have a bunny on the top and the bottoms are red and "
            "white checkered and they",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        is_a("romper", "yes", "contradiction"),
        gender="Girls",
        title="Hopscotch Girls Maroon Bunny Print Top with Checked Capris Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Boy (~7), grey backdrop: white lounge T-shirt with a blue dinosaur graphic, worn with his own blue denim
    # shorts. Pure cotton. Base model zero-shot wrote every text.
    case(
        "X1514-029",
        caption("a boy in a white t-shirt and jeans shorts"),
        wearing("a t-shirt", who="he"),
        color_of("shirt", "white", kind="open"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("t-shirt"),
        details("shirt", "it has a dinosaur on it"),
        Q.material("cotton"),
        gender="Boys",
        title="H&M Boys White Dinosaur Print Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Infant (sex not apparent) lying on a white bed: pink footed long-sleeve sleepsuit with white polka dots.
    # Base model zero-shot wrote every text.
    case(
        "X1514-030",
        caption("a baby girl laying on a bed in a pink onesie"),
        wearing("he is wearing a pink onesie", who="he"),
        Q.pattern("polka dots"),
        Q.color("pink"),
        details("sleepsuit", "it has feet"),
        is_a("sleepsuit", "no", "contradiction"),
        gender="Unisex",
        title="Carter's Unisex Kids Pink Polka Dot Print Sleepsuit",
        category="Sleepsuit",
        color="Pink",
    ),
    # Girl (~8) sitting at the door of a small play tent: teal full-sleeve top printed "Let's Go Camping", teal and
    # navy checked pyjamas. Base model zero-shot wrote every text.
    case(
        "X1514-031",
        caption(
            "a little girl in pajamas sitting in a tent with a tent in the background and a tent in the background "
            "and a tent in the background and a tent in the background and a tent in the",
            "loop",
            hit_limit=True,
        ),
        wearing("pajamas", who="she"),
        color_of("top", "green", kind="open"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Gini and Jony Girls Teal Camping Printed Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Boy (~6), white backdrop: rust orange T-shirt with a tiger face, olive green joggers with drawstring and
    # cuffed ankles. Base model zero-shot wrote every text.
    case(
        "X1514-032",
        caption("a young boy wearing an orange shirt with a tiger on it"),
        wearing("an orange shirt and green pants", who="he"),
        color_of("shirt", "orange", kind="open"),
        color_of("pants", "orange", "other_garment_color", kind="open"),
        describe("shirt", "it is an orange shirt with a tiger on it"),
        details("pants", "there are no details", "non_answer"),
        Q.garment_type("shirt", "contradiction"),
        gender="Boys",
        title="YK Boys Rust & Olive Tiger Printed Night Suit",
        category="Night suits",
        color="Rust",
    ),
    # Girl (~5) with braids, white backdrop: white-and-blue striped night suit, collared button-down top with a chest
    # pocket and full sleeves, matching pyjamas. Pure cotton. Base model zero-shot wrote every text.
    case(
        "X1514-033",
        caption("a little girl in blue and white striped pajamas"),
        wearing("he is wearing pajamas", "pronoun", who="he"),
        Q.pattern("stripes"),
        details("top", "it has a pocket on the chest and buttons down the front"),
        Q.material("cotton"),
        gender="Unisex",
        title="Kids Ville Unisex Kids White & Blue Striped Pure Cotton Night Suit",
        category="Night suits",
        color="White",
    ),
    # Flat lay: two infant rompers, pink with a small white floral print and white with pink stripes; short sleeves,
    # snap closure at the crotch. Color blank in the feed. Base model zero-shot wrote every text.
    case(
        "X1514-034",
        caption("two baby onesies laying next to each other"),
        Q.color("pink"),
        Q.pattern("floral"),
        is_a("romper", "yes"),
        details("romper", "the romper has a zipper on the front", "unsupported"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Babyhug Girls Pack of 2 Printed Cotton Rompers",
        category="Rompers",
    ),
    # Boy (~8), white backdrop: green camouflage night suit, full-sleeve round-neck top with a small chest logo,
    # matching pyjamas. Cotton. Base model zero-shot wrote every text.
    case(
        "X1514-035",
        caption("a young boy in camouflage pajamas"),
        wearing("camouflage pajamas", who="he"),
        Q.pattern("camouflage"),
        Q.color("green"),
        describe(
            "top",
            "the top is a green camouflage shirt with long sleeves and a round neck and a small logo on the chest and "
            "the pants are also green camouflage with an",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Boys",
        title="Allen Solly Junior Boys Green Camouflage Printed Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Girl (~6), white backdrop: yellow cami top with thin straps and matching shorts, lemon print. Cotton.
    # Base model zero-shot wrote every text.
    case(
        "X1514-036",
        caption("a little girl in a yellow tank top and shorts with lemons on them"),
        wearing("a yellow tank top and shorts", who="she"),
        color_of("shorts", "yellow", kind="open"),
        Q.pattern("lemons"),
        Q.sleeve_length("long", "contradiction"),
        details("shorts", "shorts", "non_answer"),
        Q.material("cotton"),
        gender="Girls",
        title="H&M Girls Yellow Lemon Print Cotton Pyjama Set",
        category="Night suits",
        color="Yellow",
    ),
    # Infant standing with support, white backdrop: brown fleece hooded sleepsuit with bear ears on the hood, zip
    # front, footed. Polyester fleece. Base model zero-shot wrote every text.
    case(
        "X1514-037",
        caption("a baby in a bear costume"),
        wearing("a bear costume", "contradiction", who="he"),
        Q.color("brown"),
        Q.material("fleece"),
        details("sleepsuit", "it has ears on the hood"),
        is_a("sleepsuit", "yes"),
        gender="Unisex",
        title="Mothercare Unisex Kids Brown Bear Hooded Fleece Sleepsuit",
        category="Sleepsuit",
        color="Brown",
    ),
    # Girl (~7), white backdrop: black night suit with a pink-and-white cat print on the top and pyjamas.
    # Base model zero-shot wrote every text.
    case(
        "X1514-038",
        caption("a little girl in black pajamas with cats on them"),
        wearing("black pajamas", who="she"),
        color_of("top", "black", kind="open"),
        color_of("pyjamas", "black", kind="open"),
        Q.pattern("cats"),
        describe("pyjamas", "they are pyjamas", "non_answer"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="Kids On Board Girls Black & Pink Cat Print Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Boy (~9), white backdrop: navy-and-green checked pyjama bottoms with an elastic waist, worn with his own plain
    # grey T-shirt. Base model zero-shot wrote every text.
    case(
        "X1514-039",
        caption("a boy in a grey t-shirt and plaid pants"),
        wearing("a grey shirt and plaid pants", who="he"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.pattern("plaid"),
        details("pants", "the pants have an elastic waistband"),
        Q.color("grey", "other_garment_color"),
        gender="Boys",
        title="Marks & Spencer Boys Navy Blue Checked Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Infant sitting on the floor shaking a rattle: white short-sleeve romper with a rainbow print on the chest.
    # Gender blank in the feed. Base model zero-shot wrote every text.
    case(
        "X1514-040",
        caption("a baby sitting on the floor with a toy"),
        wearing("a white shirt", "contradiction", who="he"),
        Q.color("white"),
        Q.pattern("rainbow"),
        is_a("romper", "yes"),
        Q.garment_type("onesie"),
        title="Babyhug Unisex Kids White Rainbow Print Romper",
        category="Rompers",
        color="White",
    ),
    # Girl (~5), white backdrop: sky blue full-sleeve night suit with a white cloud and small rainbow print.
    # Pure cotton. Base model zero-shot wrote every text.
    case(
        "X1514-041",
        caption("a little girl in blue pajamas with clouds on them"),
        wearing("pajamas Question: What is the color of the pajamas? Answer: blue", "leak", who="she"),
        color_of("top", "blue", kind="open"),
        Q.pattern("clouds"),
        details("top", "it has a rainbow on it"),
        Q.material("fabric", "non_answer"),
        gender="Girls",
        title="YK Girls Blue Cloud Print Pure Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Boy (~4), white backdrop: grey melange T-shirt printed "LITTLE BROTHER", navy pyjamas.
    # Base model zero-shot wrote every text.
    case(
        "X1514-042",
        caption("a little boy in a grey shirt that says little brother"),
        wearing("a grey shirt and blue pants", who="he"),
        color_of("top", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("top", "the top has the words little brother on it"),
        describe("pants", "the pants are blue pants", "restated"),
        gender="Boys",
        title="Gini and Jony Boys Grey Melange & Navy Blue Typography Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Back view, girl (~6): sleeveless mint green nightdress with a satin-ribbon bow at the back. 100% cotton.
    # Base model zero-shot wrote every text.
    case(
        "X1514-043",
        caption("the back of a little girl in a green dress"),
        wearing("a green dress", who="she"),
        details("dress", "it has a bow on the back"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin", "unsupported"),
        gender="Girls",
        title="Hopscotch Girls Mint Green Solid Cotton Nightdress With Bow Detail",
        category="Nightdress",
        color="Green",
    ),
    # Boy (~5) sitting next to a Christmas tree: red full-sleeve top with a reindeer, red-and-white striped pyjamas.
    # Base model zero-shot wrote every text.
    case(
        "X1514-044",
        caption("a little boy in red christmas pajamas sitting next to a christmas tree"),
        wearing("christmas pajamas", who="he"),
        Q.pattern("reindeer"),
        color_of("top", "red", kind="open"),
        color_of("pyjamas", "green", "contradiction", kind="open"),
        describe("top", "a red shirt with a reindeer on it"),
        gender="Unisex",
        title="Marks & Spencer Unisex Kids Red Reindeer Print Christmas Pyjama Set",
        category="Night suits",
        color="Red",
    ),
    # Flat lay on a bed next to a stuffed rabbit: white sleeveless sleep romper with lace trim at the neckline and leg
    # openings. Cotton. Base model zero-shot wrote every text.
    case(
        "X1514-045",
        caption("a white romper and a stuffed bunny on a bed"),
        wearing("a white romper", who="she"),
        Q.garment_type("romper"),
        details("romper", "it has lace on the legs and the top"),
        Q.material("cotton"),
        Q.color("white"),
        gender="Girls",
        title="Carter's Girls White Solid Cotton Sleep Romper With Lace Trim",
        category="Rompers",
        color="White",
    ),
]
