"""BLIND_1442 (45 products; Myntra kids' sleepwear, base zero-shot, he/she): written blind in the sixty-fifth session.
Measured blind at 0c250e6 (the session's first rules): 51/74 failures found (68.9%) and 36/213 correct texts flagged
(16.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear (night suits, nightdresses, rompers, sleepsuits, lounge pants and shorts),
sold to boys, girls and unisex. Myntra's columns as the feed has them: title (brand first, Myntra style), category (the
article type: Night suits, Nightdress, Rompers, Sleepsuit, Lounge Pants, Lounge Shorts, Pyjamas), color (base colour)
and gender (Boys, Girls, Unisex); the feed leaves gender blank on a few rows. The photos are the usual kids' catalog
shots: a child on a plain white or grey backdrop, sometimes sitting on a stool or a bed, holding a teddy or a plush toy;
infant rompers and sleepsuits mostly as flat lays; one back view. Lounge pants and shorts are worn with a plain tee that
is not the product.
Who wrote what: every text is Salesforce/blip2-opt-2.7b, untuned, zero-shot, greedy; the caption with no prompt (50 new
tokens at most), each question as "Question: ... Answer:" (30 new tokens at most). The "wearing" question takes its
pronoun from the gender column: "he" for Boys, "she" for Girls, and "she" as the job's fallback for Unisex and for a
blank gender, so unisex products photographed on a boy are asked "What is she wearing?". Closed questions (type, color,
pattern, sleeve length, is-this-a) are kept as the raw generated text.
Labeling conventions and judgement calls: judged against the photo I imagined (described above each case) and the title.
A pronoun that names the child in the photo wrongly is "pronoun", also when the model only echoed the question's "she"
for a boy; a text that names the child correctly is right whatever the gender column says (a boy in a Unisex product is
"a little boy"). Near hues count as right (maroon called red, coral called pink, olive called green, peach called pink
or orange, cream called white, teal called blue, navy called blue). A color question about one garment answered with the
other garment's color is "other_garment_color"; a wrong color or sleeve length or a wrong garment type or pattern that
no other garment explains is "contradiction" (also "yes" to "Is this a romper?" for a two-piece night suit, "no" for a
romper, "yes" to "Is this a night suit?" for a nightdress); a prop or accessory given as the garment or its detail is
"contradiction"; invented trims, pockets, zippers, printed words, licences or fabrics are "unsupported" (a fabric is
unsupported when the title gives another or when nothing in the photo or title shows it). A partial but true answer ("a
panda shirt" for a panda-print night suit, "pajamas" to the wearing question) is right. For flat lays with no child, an
answer naming the product to "What is she wearing?" is right; "nothing" there is a non-answer. A generated "Question:
... Answer:" continuation is "leak" even when its first words are right. "they are shorts" or "pajamas" to a
describe/details question is "restated"; "no", "nothing" and "i don't know" are "non_answer". Loops and answers cut
mid-sentence ran to the token limit and are marked hit_limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1442 = [
    # Photo: boy about six, navy tee with a rocket print, grey melange pyjama pants, white backdrop.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-001",
        caption("a young boy standing in front of a white wall wearing pajamas"),
        wearing("pajamas", who="he"),
        color_of("shirt", "navy blue"),
        color_of("pants", "navy blue", "other_garment_color"),
        BQ.pattern("rockets"),
        describe("pajamas", "blue shirt with a rocket on it and grey pants"),
        is_a("romper", "yes", "contradiction"),
        gender="Boys",
        title="YK Boys Navy Blue & Grey Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: girl sitting on a wooden stool, pink full-sleeve top with a unicorn print, pink-and-white striped pants.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-002",
        caption("a little girl sitting on a stool in her pajamas"),
        wearing("pink pajamas with a unicorn on it", who="she"),
        color_of("pants", "pink"),
        BQ.pattern("unicorn"),
        BQ.sleeve_length("long sleeve"),
        BQ.material("cotton"),
        describe("pajamas", "pink pajamas with a unicorn on the shirt and rainbow stripes on the pants", "unsupported"),
        gender="Girls",
        title="Hopscotch Girls Pink Unicorn Print Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: flat lay of three infant rompers: plain white, yellow with a duck print, plain mint green.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-003",
        caption("three baby onesies on a white background"),
        wearing("baby clothes", who="she"),
        describe("rompers", "three onesies with ducks on them", "unsupported"),
        is_a("romper", "yes"),
        BQ.garment_type("onesie"),
        BQ.material("cotton Question: What is the color of the garment? Answer: white", "leak"),
        gender="Unisex",
        title="Babyhug Infants Pack of 3 Pure Cotton Rompers",
        category="Rompers",
        color="Multi",
    ),
    # Photo: boy holding a plush dinosaur, light blue tee with green dinosaurs, blue shorts.
    # All texts: base OPT-2.7b zero-shot (unisex row, so the job asked "she").
    case(
        "X1442-004",
        caption("a little boy holding a stuffed dinosaur toy"),
        wearing("she is wearing a blue shirt and shorts", "pronoun", who="she"),
        color_of("shorts", "blue"),
        details("shirt", "dinosaurs"),
        BQ.sleeve_length("short sleeve"),
        BQ.color("green", "contradiction"),
        is_a("night suit", "yes"),
        gender="Unisex",
        title="Nap Chief Kids Blue Dinosaur Print Pure Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: flat lay, white footed sleepsuit with small pink flowers, snap buttons down the front, no hood.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-005",
        caption("a white baby onesie with pink flowers on it"),
        wearing("a white onesie with pink flowers", who="she"),
        BQ.pattern("floral"),
        details("sleepsuit", "it has a zipper on the front and a hood", "unsupported"),
        BQ.sleeve_length("long sleeve"),
        BQ.color("pink", "contradiction"),
        gender="Girls",
        title="Mothercare Infant Girls White Floral Print Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Photo: boy in a plain white tee (not the product) and charcoal lounge pants with an elastic waist, grey backdrop.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-006",
        caption("a young boy in a white t - shirt and grey pants"),
        wearing("a white t - shirt and grey pants", who="he"),
        color_of("pants", "white", "other_garment_color"),
        BQ.garment_type("pants"),
        describe("pants", "grey sweatpants with an elastic waist"),
        BQ.material("cotton"),
        details("pants", "nothing", "non_answer"),
        gender="Boys",
        title="max Boys Charcoal Grey Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
    ),
    # Photo: girl in a knee-length lavender nightdress with a moon-and-stars print, short puff sleeves, no bow.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-007",
        caption("a little girl in a purple dress with stars on it"),
        wearing("a purple nightgown", who="she"),
        BQ.color("purple"),
        BQ.pattern("stars"),
        BQ.sleeve_length("short sleeve"),
        is_a("night suit", "no"),
        details("nightdress", "a bow on the front", "unsupported"),
        gender="Girls",
        title="Sweet Dreams Girls Lavender Printed Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Photo: girl in a yellow-and-white striped full-sleeve top and solid yellow pants.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-008",
        caption("a little girl in yellow and white striped pajamas"),
        wearing("yellow pajamas", who="she"),
        color_of("shirt", "yellow and white"),
        color_of("pants", "yellow"),
        details("shirt", "stripes"),
        BQ.material("polyester", "unsupported"),
        is_a("romper", "yes", "contradiction"),
        gender="Unisex",
        title="Kiddopanti Kids Yellow & White Striped Pure Cotton Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: two boys side by side, one in a navy set and one in a red set, both with car prints; short-sleeve tees,
    # full-length pants. All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-009",
        caption("two little boys in pajamas standing next to each other"),
        wearing("pajamas", who="he"),
        BQ.color("blue"),
        describe("pajamas", "they are blue and red pajamas with cars on them"),
        is_a("pair of pajamas", "yes"),
        BQ.sleeve_length("long sleeve", "contradiction"),
        gender="Boys",
        title="Marks & Spencer Boys Pack of 2 Printed Pure Cotton Night Suits",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: baby lying on a white blanket, grey melange short-sleeve romper with "little explorer" printed on the
    # chest. All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-010",
        caption("a baby laying on a white blanket wearing a grey onesie"),
        wearing("a gray onesie", who="she"),
        is_a("romper", "yes"),
        details("romper", "it says little explorer on it"),
        BQ.color("white", "contradiction"),
        BQ.sleeve_length("short sleeve"),
        BQ.material("cotton"),
        gender="Unisex",
        title="Moms Love Infants Grey Melange Printed Pure Cotton Romper",
        category="Rompers",
        color="Grey Melange",
    ),
    # Photo: girl holding a pillow, peach tee with a cat print, white pants with small peach polka dots.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-011",
        caption("a little girl holding a pillow wearing pajamas"),
        wearing("she is wearing a pink shirt and white pants", who="she"),
        color_of("pants", "pink", "other_garment_color"),
        color_of("shirt", "pink"),
        details("shirt", "a cat"),
        BQ.pattern("polka dots"),
        gender="Girls",
        title="YK Girls Peach-Coloured & White Printed Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: boy in an olive camouflage tee and matching camouflage pants, no pockets, no zips.
    # All texts: base OPT-2.7b zero-shot (gender blank in the feed, so the job asked "she").
    case(
        "X1442-012",
        caption("a young boy in a camouflage outfit"),
        wearing("she is wearing camouflage pajamas", "pronoun", who="she"),
        BQ.pattern("camouflage"),
        BQ.color("green"),
        describe(
            "pajamas",
            "a camouflage shirt and pants with a pocket on the front and a zipper on the pants",
            "unsupported",
        ),
        is_a("night suit", "yes"),
        title="Bodycare Kids Boys Olive Green Camouflage Printed Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Photo: flat lay of two long-sleeve pyjama sets with round-neck tee tops (no collar, no buttons), one red with
    # white hearts, one blue with white stars. All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-013",
        caption("two sets of children's pajamas laid out on a white surface"),
        wearing("pajamas", who="she"),
        BQ.color("red and blue"),
        BQ.pattern("hearts and stars"),
        describe("pajamas", "red and blue pajamas with hearts and stars"),
        BQ.sleeve_length("long sleeve"),
        details("pajamas", "the pajamas have a collar and buttons", "unsupported"),
        gender="Unisex",
        title="H&M Kids Pack of 2 Printed Cotton Pyjama Sets",
        category="Night suits",
        color="Multi",
    ),
    # Photo: boy in a white tee with a small red print (not the product) and navy lounge shorts.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-014",
        caption("a young boy in a white shirt and blue shorts"),
        wearing("he is wearing a white t - shirt and blue shorts", who="he"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "they are shorts", "restated"),
        BQ.garment_type("shorts"),
        BQ.material("cotton"),
        gender="Boys",
        title="Allen Solly Junior Boys Navy Blue Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: toddler girl in a sleeveless mustard romper with a small white flower print, white headband.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-015",
        caption("a little girl in a yellow jumpsuit with a white headband"),
        wearing("a yellow romper", who="she"),
        is_a("romper", "yes"),
        BQ.sleeve_length("sleeveless"),
        BQ.color("yellow"),
        details("romper", "white headband", "contradiction"),
        gender="Girls",
        title="Luke & Lilly Girls Mustard Yellow Printed Romper",
        category="Rompers",
        color="Mustard",
    ),
    # Photo: boy in a plain red tee and red-and-navy checked pyjama pants.
    # All texts: base OPT-2.7b zero-shot (unisex row, so the job asked "she").
    case(
        "X1442-016",
        caption("a little boy in a red shirt and plaid pants"),
        wearing("she is wearing a red shirt and plaid pants", "pronoun", who="she"),
        color_of("pants", "red"),
        BQ.pattern("plaid"),
        describe("pants", "plaid pajama pants"),
        BQ.garment_type("pajamas"),
        BQ.material("flannel", "unsupported"),
        gender="Unisex",
        title="Mini Klub Kids Red & Navy Blue Checked Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: baby sitting on the floor in a light blue footed sleepsuit with a bear print and a front zip.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-017",
        caption("a baby in a blue onesie sitting on the floor"),
        wearing("a blue onesie", who="he"),
        details("sleepsuit", "bears"),
        BQ.sleeve_length("long sleeve"),
        describe("sleepsuit", "a blue onesie with bears on it and a zipper in the front"),
        BQ.material("fleece", "unsupported"),
        gender="Boys",
        title="Carter's Baby Boys Blue Bear Print Cotton Footed Sleepsuit",
        category="Sleepsuit",
        color="Blue",
    ),
    # Photo: girl in a pink-and-white striped full-sleeve shirt with a collar and buttons (no pocket), matching pants.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-018",
        caption("a little girl in pink and white striped pajamas"),
        wearing("pink and white striped pajamas", who="she"),
        describe(
            "shirt",
            "the shirt is pink and white striped with a collar and buttons and a pocket and a collar and buttons and a"
            " pocket and a collar and",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "stripes"),
        color_of("pants", "pink and white"),
        BQ.pattern("striped"),
        gender="Girls",
        title="Gini and Jony Girls Pink & White Striped Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: boy with shoulder-length hair, teal tee with a shark print, teal shorts.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-019",
        caption("a young girl in a blue shirt and shorts", "pronoun"),
        wearing("a blue shirt with sharks on it", who="he"),
        color_of("shorts", "blue"),
        details("shirt", "sharks"),
        BQ.sleeve_length("short sleeve"),
        is_a("night suit", "no", "contradiction"),
        gender="Boys",
        title="Hopscotch Boys Teal Shark Print Cotton Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Photo: flat lay, off-white full-sleeve top with planets and rockets, navy pants with cuffed hems.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-020",
        caption("a white shirt and blue pants with planets on it"),
        wearing("a white shirt and blue pants", who="she"),
        describe(
            "night suit",
            "it is a white shirt with planets and rockets on it and a pair of blue pants with cuffs at the bottom and"
            " an elastic waistband at the",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "navy blue"),
        BQ.color("white"),
        BQ.garment_type("pajamas"),
        details(
            "shirt",
            "planets and rockets and planets and rockets and planets and rockets and planets and rockets and"
            " planets and rockets and planets and",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Bodycare Kids Off White & Navy Blue Space Print Night Suit",
        category="Night suits",
        color="Off White",
    ),
    # Photo: girl in a cream cotton nightdress with a small red strawberry print, cap sleeves, frilled hem.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-021",
        caption("a little girl in a white dress with strawberries on it"),
        wearing("a white dress", who="she"),
        BQ.pattern("strawberries"),
        BQ.sleeve_length("short sleeve"),
        details(
            "nightdress",
            "strawberries Question: What is the color of the nightdress? Answer: white Question: What is the pattern of"
            " the nightdress? Answer",
            "leak",
            hit_limit=True,
        ),
        is_a("night suit", "yes", "contradiction"),
        gender="Girls",
        title="Moms Love Girls Cream Strawberry Print Pure Cotton Nightdress",
        category="Nightdress",
        color="Cream",
    ),
    # Photo: back view of a toddler boy in a plain sea-green romper, two buttons at the back of the neck.
    # All texts: base OPT-2.7b zero-shot (unisex row, so the job asked "she").
    case(
        "X1442-022",
        caption("the back of a little boy in a green romper"),
        wearing("she is wearing a green onesie", "pronoun", who="she"),
        BQ.color("green"),
        details("romper", "buttons on the back"),
        is_a("romper", "no", "contradiction"),
        gender="Unisex",
        title="Babyhug Infants Sea Green Solid Pure Cotton Romper",
        category="Rompers",
        color="Sea Green",
    ),
    # Photo: boy in a maroon full-sleeve button-front pyjama shirt with white piping on collar, pocket and cuffs,
    # matching maroon pants. All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-023",
        caption("a young boy in a red pajama set"),
        wearing("he is wearing a red pajama", who="he"),
        color_of("shirt", "red"),
        details("shirt", "it has white piping on the collar and pocket"),
        BQ.material("silk", "unsupported"),
        describe("pajamas", "pajamas", "restated"),
        gender="Boys",
        title="YK Boys Maroon Solid Pure Cotton Night Suit with Piping",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: girl in a white tee with a black panda print and black pyjama pants with white dots.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-024",
        caption("a little girl in a panda shirt and black pants"),
        wearing("a panda shirt", who="she"),
        color_of("shirt", "black", "other_garment_color"),
        color_of("pants", "black"),
        BQ.pattern("panda"),
        describe("shirt", "it is a white shirt with a panda on it"),
        gender="Girls",
        title="Kiddopanti Girls White & Black Panda Print Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: toddler girl sitting on the floor with a wooden toy, turquoise short-sleeve romper with a whale print.
    # All texts: base OPT-2.7b zero-shot (unisex row, so the job asked "she").
    case(
        "X1442-025",
        caption("a little girl sitting on the floor playing with a wooden toy"),
        wearing("she is wearing a blue romper with whales on it", who="she"),
        BQ.color("blue"),
        BQ.pattern("whale"),
        details("romper", "whale"),
        BQ.sleeve_length("long sleeve", "contradiction"),
        gender="Unisex",
        title="Hopscotch Kids Turquoise Blue Whale Print Romper",
        category="Rompers",
        color="Turquoise Blue",
    ),
    # Photo: boy with his hands in his pant pockets, colourblocked tee (blue body, grey sleeves), grey pants.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-026",
        caption("a young boy standing with his hands in his pockets"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue and grey"),
        color_of("pants", "blue", "other_garment_color"),
        details("shirt", "no", "non_answer"),
        BQ.pattern("striped", "contradiction"),
        gender="Boys",
        title="max Boys Blue & Grey Colourblocked Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: girl holding a white teddy bear, mauve top with a bunny print and mauve pants.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-027",
        caption("a little girl holding a teddy bear"),
        wearing("a teddy bear", "contradiction", who="she"),
        color_of("pajamas", "purple"),
        BQ.pattern("bunny"),
        details("pajamas", "bunny"),
        BQ.material("cotton"),
        describe(
            "pajamas",
            "a purple shirt with a bunny on the front and purple pants with an elastic waistband and the shirt has a"
            " round neck and short",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Budding Bees Girls Mauve Bunny Print Pure Cotton Night Suit",
        category="Night suits",
        color="Mauve",
    ),
    # Photo: flat lay of five short-sleeve infant rompers: white, blue, grey, yellow, green, some with stars, stripes,
    # an elephant. All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-028",
        caption("a set of five baby onesies in different colors"),
        wearing("onesies", who="she"),
        BQ.color(
            "white, blue, grey, yellow, green, white, blue, grey, yellow, green, white, blue, grey, yellow, green,"
            " white",
            "loop",
            hit_limit=True,
        ),
        describe("rompers", "they are baby onesies"),
        is_a("romper", "yes"),
        BQ.sleeve_length("short sleeve"),
        gender="Unisex",
        title="Mini Klub Infants Pack of 5 Printed Cotton Rompers",
        category="Rompers",
        color="Multi",
    ),
    # Photo: boy in a grey melange long-sleeve tee with a generic cartoon spaceship (no licence, no logo), grey
    # printed pants. All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-029",
        caption("a young boy wearing a grey star wars pajama set", "unsupported"),
        wearing("a grey shirt and pants", who="he"),
        BQ.color("grey"),
        BQ.sleeve_length("long sleeve"),
        details("shirt", "spaceship"),
        BQ.material("cotton"),
        is_a("romper", "yes", "contradiction"),
        gender="Boys",
        title="Marks & Spencer Boys Grey Melange Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: girl about ten sitting on a bed, light blue satin short-sleeve shirt with notch collar and white piping,
    # matching shorts. All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-030",
        caption("a young girl sitting on a bed in blue pajamas"),
        wearing("blue pajamas", who="she"),
        BQ.material("satin"),
        color_of("shorts", "blue"),
        details("shirt", "white piping"),
        describe("shirt", "a blue satin shirt with a collar and buttons"),
        is_a("night suit", "no", "contradiction"),
        gender="Girls",
        title="YK Girls Blue Solid Satin Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: boy, navy tee with an astronaut print, navy pants with small stars.
    # All texts: base OPT-2.7b zero-shot (unisex row, so the job asked "she").
    case(
        "X1442-031",
        caption("a little boy in blue pajamas with an astronaut on it"),
        wearing("she is wearing blue pajamas", "pronoun", who="she"),
        BQ.color("blue"),
        BQ.pattern("astronaut"),
        describe("pajamas", "she is wearing a blue shirt with an astronaut on it and blue pants with stars", "pronoun"),
        is_a("night suit", "yes"),
        gender="Unisex",
        title="Nap Chief Kids Navy Blue Astronaut Print Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: girl in a white full-sleeve top with small red hearts and solid red pants.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-032",
        caption("a little girl in a white shirt with red hearts and red pants"),
        wearing("she is wearing a white shirt with red hearts", who="she"),
        color_of("pants", "red"),
        details(
            "shirt",
            "the sleeves, the neckline, the cuffs, the sleeves, the neckline, the cuffs, the sleeves, the neckline, the"
            " cuffs, the",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("hearts"),
        BQ.sleeve_length("short sleeve", "contradiction"),
        gender="Girls",
        title="Gini and Jony Girls White & Red Heart Print Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: boy in a plain black tee (not the product) and olive pyjama pants with a drawstring.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-033",
        caption("a young boy in a black shirt and green pants"),
        wearing("black shirt and green pants", who="he"),
        color_of("pants", "green"),
        describe("pants", "they are pants", "restated"),
        details("pants", "drawstring"),
        BQ.garment_type("pants"),
        BQ.material("denim", "unsupported"),
        gender="Boys",
        title="Bodycare Kids Boys Olive Green Solid Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Olive",
    ),
    # Photo: flat lay, white-and-grey horizontally striped long-sleeve footed sleepsuit, one small fox applique.
    # All texts: base OPT-2.7b zero-shot (gender blank in the feed, so the job asked "she").
    case(
        "X1442-034",
        caption(
            "a baby's onesie with a fox on it and a fox on it and a fox on it and a fox on it and a fox on it and a fox"
            " on it and a fox on it and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a striped onesie", who="she"),
        BQ.pattern("striped"),
        BQ.color("grey"),
        details("sleepsuit", "fox"),
        describe("sleepsuit", "a white and grey striped onesie with a fox on the front and feet"),
        BQ.sleeve_length("short sleeve", "contradiction"),
        title="Babyhug Infants White & Grey Striped Footed Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Photo: girl with a short bob, grey tee printed "sleepy", peach shorts.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-035",
        caption("a little boy in a grey shirt and orange shorts", "pronoun"),
        wearing("a grey shirt and orange shorts", who="she"),
        color_of("shorts", "grey", "other_garment_color"),
        details("shirt", "it says sleepy"),
        BQ.material("cotton"),
        BQ.garment_type("t - shirt", "contradiction"),
        gender="Girls",
        title="Budding Bees Girls Peach & Grey Printed Pure Cotton Shorts Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: boy in a blue-and-white checked full-sleeve button-down shirt with a chest pocket, matching checked pants.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-036",
        caption("a young boy in a blue and white plaid pajama set"),
        wearing("plaid pajamas", who="he"),
        BQ.pattern("plaid"),
        describe(
            "pajamas",
            "they are blue and white plaid pajamas with a button down shirt and a pocket on the left side of the chest"
            " and the pants have an elastic",
            "cut",
            hit_limit=True,
        ),
        BQ.material("wool", "unsupported"),
        is_a("pair of pajamas", "yes"),
        gender="Boys",
        title="Allen Solly Junior Boys Blue Checked Pure Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: flat lay, white short-sleeve tee with a green frog print and green shorts; no child.
    # All texts: base OPT-2.7b zero-shot (unisex row, so the job asked "she").
    case(
        "X1442-037",
        caption("a white t - shirt with a frog on it and green shorts"),
        wearing("nothing", "non_answer", who="she"),
        color_of("shorts", "green"),
        color_of("shirt", "white"),
        details("shirt", "a frog"),
        BQ.sleeve_length("short sleeve"),
        gender="Unisex",
        title="Kids White & Green Frog Print Cotton Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: girl in a sleeveless navy romper with white polka dots, shorts-length legs, a navy bow at the waist.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-038",
        caption("a little girl in a blue polka dot romper"),
        wearing("a blue polka dot romper", who="she"),
        BQ.pattern("polka dots"),
        details("romper", "a bow Question: What is the color of the bow? Answer: blue", "leak"),
        BQ.sleeve_length("sleeveless"),
        is_a("romper", "yes"),
        color_of("romper", "white", "contradiction"),
        gender="Girls",
        title="Luke & Lilly Girls Navy Blue Polka Dot Print Romper",
        category="Rompers",
        color="Navy Blue",
    ),
    # Photo: toddler boy with long curly hair, yellow tee with a lion face, yellow-and-white striped shorts.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-039",
        caption("a little girl with curly hair in a yellow shirt", "pronoun"),
        wearing("a yellow shirt and striped shorts", who="he"),
        color_of("shorts", "yellow"),
        details("shirt", "a lion"),
        BQ.pattern("lion"),
        gender="Boys",
        title="Hopscotch Boys Yellow Lion Print Cotton Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: a boy and a girl side by side, he in a blue dinosaur set, she in a pink flamingo set; short sleeves.
    # All texts: base OPT-2.7b zero-shot (unisex row, so the job asked "she").
    case(
        "X1442-040",
        caption("a boy and a girl in pajamas"),
        wearing("pajamas", who="she"),
        BQ.color("pink and blue"),
        describe(
            "pajamas",
            "the boy is wearing a blue shirt with dinosaurs and the girl is wearing a pink shirt with flamingos",
        ),
        is_a("pair of pajamas", "yes"),
        BQ.sleeve_length("short sleeve"),
        gender="Unisex",
        title="YK Kids Pack of 2 Printed Pure Cotton Night Suits",
        category="Night suits",
        color="Multi",
    ),
    # Photo: girl in a grey melange tee with a pink rainbow print and solid pink pants.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-041",
        caption("a young girl in a grey shirt with a rainbow on it"),
        wearing("a grey shirt and pink pants", who="she"),
        color_of("shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        describe("shirt", "a grey shirt with a rainbow on it"),
        BQ.material("cotton"),
        details(
            "pants",
            "the pants are pink and the shirt is grey and the pants are pink and the shirt is grey and the pants are"
            " pink and the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Mothercare Girls Grey Melange & Pink Rainbow Print Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: baby boy sitting on a white rug in a red-and-navy checked short-sleeve shirt-style romper with a collar
    # and buttons, shorts legs. All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-042",
        caption("a baby boy sitting on a white rug"),
        wearing("a plaid shirt", "contradiction", who="he"),
        is_a("romper", "no", "contradiction"),
        BQ.pattern("plaid"),
        color_of("romper", "red"),
        BQ.sleeve_length("short sleeve"),
        gender="Boys",
        title="Carter's Baby Boys Red Checked Pure Cotton Shirt Romper",
        category="Rompers",
        color="Red",
    ),
    # Photo: girl in a coral tee with ice-cream cones (no text) and white shorts with coral cones.
    # All texts: base OPT-2.7b zero-shot (gender blank in the feed, so the job asked "she").
    case(
        "X1442-043",
        caption("a little girl in a pink shirt with ice cream on it"),
        wearing("pink shirt and white shorts", who="she"),
        color_of("shorts", "white"),
        BQ.color("pink"),
        describe(
            "shirt",
            "shirt with ice cream cones on it and the words i scream you scream we all scream for ice cream",
            "unsupported",
        ),
        BQ.material("cotton"),
        title="Nap Chief Kids Coral Ice Cream Print Cotton Night Suit",
        category="Night suits",
        color="Coral",
    ),
    # Photo: boy in a black tee with a yellow Batman logo, black pants with small grey Batman logos.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-044",
        caption("a young boy in a batman shirt and black pants"),
        wearing("batman pajamas", who="he"),
        BQ.color("black"),
        details("shirt", "batman logo"),
        describe("pajamas", "i don't know", "non_answer"),
        is_a("night suit", "yes"),
        BQ.pattern("solid", "contradiction"),
        gender="Boys",
        title="Gini and Jony Boys Black Batman Print Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: girl in a sleeveless sea-green A-line nightdress with a white cloud print, plain round neck, no lace.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1442-045",
        caption("a little girl in a green dress with clouds on it"),
        wearing("she is wearing a green nightgown", who="she"),
        BQ.sleeve_length("sleeveless"),
        details("nightdress", "lace trim around the neck and the hem", "unsupported"),
        BQ.color("green"),
        BQ.garment_type("dress"),
        describe("nightdress", "a nightdress", "restated"),
        gender="Girls",
        title="Sweet Dreams Girls Sea Green Cloud Print Nightdress",
        category="Nightdress",
        color="Sea Green",
    ),
]
