"""BLIND_1186 (45 products; Myntra kids' wear, VQA adapter, yes/no questions): written blind in the sixty-first session.
Measured blind at ac865f6 (the session's fourth rules): 81/87 failures found (93.1%) and 9/209 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, ethnic sets: kurta sets, lehenga
cholis, a sherwani, a dhoti set, plus a few jumpsuits, leggings, skirts and party sets the feed carries alongside).
Columns as Myntra exports them: title (brand first), category = Myntra's article type (Tshirts, Shorts, Dresses, Kurta
Sets, Lehenga Choli, Clothing Set...), color = base colour, gender = Boys / Girls; a few rows lack one column. Photos
are the usual catalog shots: a child on a plain light backdrop wearing the product with other clothes, some flat lays,
a few back views, props (balloon, football, teddy, flowers, stool).
Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b,
8-bit, greedy, 30 new tokens for answers, 50 for the caption). The job also asked this adapter for a caption with the
empty prompt, which it does badly since it was trained on VQA alone: sometimes a fine short caption, sometimes a
"Question: ... Answer: ..." line out of its training format, sometimes a loop. The questionnaire is per category: a
wearing question addressed to "the boy" / "the girl" ("the child" when gender is missing), two or three yes/no
garment questions ("Is this a dress?" on every product, plus the product's own kind and a neighbour), and some of
the color / pattern / sleeve length / material / details questions. The adapter stops on its own on most short
answers; when it does not, it loops or gets cut at 30 tokens. 87 of the 296 texts are marked wrong (about three in
ten): most short answers of this adapter are right, the misses are the garment kind, colors and the runaway answers.
Labeling conventions and judgement calls: the reference for the garment kind is the feed's category and title, not
what the thing looks like: "yes" to "Is this a dress?" for a kurta, anarkali or jumpsuit is a contradiction, and so is
"yes" to "Is this a skirt?" when the product is the t-shirt and the skirt is only styling. A lehenga answered "yes" to
"Is this a skirt?" is left correct (a lehenga is a skirt), and "yes" to "Is this a romper?" for a jumpsuit too. Close
hues are right: mustard -> yellow, maroon -> red, teal -> green, coral -> orange, peach -> pink, cream -> white. A
color answer that names the styling garment's color (the shorts under the tee) is other_garment_color; the same color
given to both garments of a set is contradiction. A material the title contradicts (velvet, pure cotton, chino) is
contradiction; a detail the photo does not show (a belt, a zipper, a bow on the back in a front shot) is unsupported;
a guessed material with nothing against it ("cotton" for a tee, "silk" for a shiny lehenga) is left correct. A bare
echo of the garment word to a yes/no question, an empty answer, or "the shorts are short" is non_answer; a closed
answer that only restates the question is restated. The caption trying the question format is leak. Loops and cut
answers are marked hit_limit when they ran to 30 (answers) or 50 (captions) tokens. The back-view frock answered
"solid" for pattern is left correct: the embroidery is on the front and the photo shows only the back.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1186 = [
    # Photo: boy on a white backdrop, navy blue t-shirt with a green dinosaur print, beige shorts, white sneakers.
    # All texts: VQA adapter; caption from the empty prompt. All correct.
    case(
        "X1186-001",
        caption("a little boy wearing a blue t-shirt with a dinosaur on it"),
        wearing("a t-shirt and shorts", who="the boy"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        color_of("t-shirt", "navy"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="YK Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: boy in a white polo t-shirt (small navy logo) with navy shorts, hands in pockets, grey backdrop.
    # VQA adapter throughout. The caption comes back in the training format; "yes" to the dress question.
    case(
        "X1186-002",
        caption("Question: What is the color of the shirt? Answer: white", "leak"),
        wearing("a white polo shirt and blue shorts", who="the boy"),
        is_a("polo shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("t-shirt", "white"),
        Q.pattern("solid"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl, yellow sleeveless fit-and-flare frock with white polka dots, white sandals, twirling the skirt.
    # VQA adapter. Sleeve length wrong (the frock is sleeveless, the straps are wide).
    case(
        "X1186-003",
        caption("a little girl in a yellow dress with white polka dots"),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        Q.color("yellow"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short sleeve", "contradiction"),
        describe("dress", "a yellow dress with white polka dots"),
        gender="Girls",
        title="Hopscotch Girls Yellow Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: olive cargo shorts with side pockets, worn with a plain white t-shirt; the shot is cropped at the chest.
    # VQA adapter. The shorts' color question gets the t-shirt's white.
    case(
        "X1186-004",
        caption("a boy wearing a white t-shirt and green shorts"),
        wearing(
            "a white t-shirt and green shorts and a white t-shirt and green shorts and a white t-shirt and green shorts"
            " and a white",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "no"),
        color_of("shorts", "white", "other_garment_color"),
        Q.material("cotton"),
        details("shorts", "the shorts have pockets on the side"),
        gender="Boys",
        title="H&M Boys Olive Green Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: girl in a knee-length pink A-line kurta with gold gota trim, white palazzos, pink net dupatta over one
    # shoulder, bangles. VQA adapter. "Dress" twice for the kurta; material loops.
    case(
        "X1186-005",
        caption("a little girl in a pink kurta and white pants"),
        wearing("a pink dress with a dupatta", "contradiction", who="the girl"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.color("pink"),
        Q.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk"
            " silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Aj DEZInES Girls Pink Gotta Patti Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: boy in a mustard long-sleeve kurta and white pyjama, holding a brass diya, orange backdrop.
    # VQA adapter. Short answers right (mustard -> yellow); the details loop.
    case(
        "X1186-006",
        caption("a young boy in a yellow kurta holding a candle"),
        wearing("a kurta and pajamas", who="the boy"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.color("yellow"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeve"),
        details(
            "kurta",
            "the kurta has a mandarin collar and buttons on the front and the pajamas have a drawstring waist and the"
            " kurta has a mandarin collar and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Fabindia Kids Boys Mustard Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl, lavender t-shirt with a silver sequin "Sparkle" slogan, light blue denim shorts, white backdrop.
    # VQA adapter. The t-shirt's color question gets the shorts' blue; the pattern answer loops.
    case(
        "X1186-007",
        caption("a girl wearing a purple t-shirt and denim shorts"),
        wearing("a purple shirt and blue jean shorts", who="the girl"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        color_of("t-shirt", "blue", "other_garment_color"),
        Q.pattern(
            "sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cherry Crumble Girls Lavender Typography Printed Sequinned T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: flat lay on white, red t-shirt with black short raglan sleeves, round neck.
    # VQA adapter. Sleeve length wrong; "yes" to the dress question.
    case(
        "X1186-008",
        caption("a red and black t-shirt on a white background"),
        wearing("a red t-shirt", who="the boy"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("t-shirt", "red-black"),
        Q.sleeve_length("long sleeve", "contradiction"),
        gender="Boys",
        title="Gini and Jony Boys Red & Black Colourblocked Raglan Sleeves T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: girl in a navy A-line frock with a small white and pink floral print, short puff sleeves, a white hairband.
    # VQA adapter. "Yes" to the skirt question; the pattern loops; the description is cut at 30 tokens.
    case(
        "X1186-009",
        caption("a little girl in a blue dress with flowers on it"),
        is_a("dress", "yes"),
        is_a("skirt", "yes", "contradiction"),
        Q.color("navy"),
        Q.pattern(
            "floral print, floral print, floral print, floral print, floral print, floral print, floral print,"
            " floral print, floral",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        describe(
            "dress",
            "a navy blue dress with a white floral print, puff sleeves, a round neck and a flared skirt that falls"
            " just above the knee, with a bow at the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Tiny Girl Girls Navy Blue Floral Printed Puff Sleeves A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: boy in a black t-shirt with a small skateboard print and grey melange knit shorts, side pose.
    # VQA adapter. "Yes" to "a pair of pants?" for the shorts; the material answer is cut.
    case(
        "X1186-010",
        caption("a boy in a black t-shirt and grey shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("pants", "yes", "contradiction", article="a pair of"),
        color_of("shorts", "grey"),
        Q.material(
            "the shorts are made of a soft cotton fabric that is comfortable to wear and is suitable for sports and"
            " for casual wear and for",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        gender="Boys",
        title="max Boys Grey Melange Solid Regular Fit Knitted Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: girl in a maroon lehenga with gold zari embroidery, a maroon choli, a gold net dupatta draped on both
    # arms. VQA adapter. "A red dress" for the lehenga set; the details loop on the border.
    case(
        "X1186-011",
        caption("a little girl in a red and gold lehenga"),
        wearing("a red dress", "contradiction", who="the girl"),
        is_a("skirt", "yes"),
        is_a("dress", "no"),
        Q.color("red"),
        Q.material("silk"),
        details(
            "lehenga",
            "the lehenga has gold embroidery and a net dupatta with a gold border and a gold border and a gold border"
            " and a gold",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="BIBA Girls Maroon & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: back view, boy in a white t-shirt with a large black "GAME ON" print on the back, black joggers.
    # VQA adapter. The t-shirt's color question gets black (the joggers and the lettering); "no" loops.
    case(
        "X1186-012",
        caption("the back of a boy's t-shirt that says game on"),
        wearing("a white t-shirt and black pants", who="the boy"),
        is_a("t-shirt", "yes"),
        is_a(
            "dress",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        Q.pattern("printed"),
        gender="Boys",
        title="UNDER FOURTEEN ONLY Boys White Typography Back Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a blue denim pinafore dress over a white and red striped t-shirt (sold together), red shoes.
    # VQA adapter. "Yes" to the romper question; the caption is the VQA training format.
    case(
        "X1186-013",
        caption("Question: What cloth is the person wearing? Answer: denim", "leak"),
        wearing("a denim jumper and a striped shirt", who="the girl"),
        is_a("dress", "yes"),
        is_a("romper", "yes", "contradiction"),
        Q.color("blue"),
        Q.material("denim"),
        gender="Girls",
        title="Nauti Nati Girls Blue Denim Pinafore Dress with Striped T-shirt",
        category="Clothing Set",
        color="Blue",
    ),
    # Photo: flat lay, navy chino shorts with belt loops, zip fly, button, slant pockets; no belt.
    # VQA adapter. Navy read as black; material contradicts the title (chino); a belt invented.
    case(
        "X1186-014",
        caption("a pair of blue shorts on a white background"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "no"),
        color_of("shorts", "black", "contradiction"),
        Q.material("denim", "contradiction"),
        details("shorts", "the shorts have a belt and a zipper", "unsupported"),
        gender="Boys",
        title="Allen Solly Junior Boys Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: girl in a peach sleeveless top with ruffled straps and white shorts, hand on hip.
    # VQA adapter. Caption leaks the format; the color question gets the shorts' white.
    case(
        "X1186-015",
        caption("Question: What cloth is the girl wearing? Answer: a pink top and white shorts", "leak"),
        wearing("a pink blouse and white shorts", who="the girl"),
        is_a("blouse", "yes"),
        is_a("dress", "no"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="H&M Girls Peach-Coloured Ruffled Cotton Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: boy in a green t-shirt with a navy dinosaur print and navy shorts (a set), white backdrop.
    # VQA adapter. Green for both garments; the details run to the limit.
    case(
        "X1186-016",
        caption("a little boy in a green t-shirt and blue shorts"),
        wearing("a green shirt and blue shorts", who="the boy"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("t-shirt", "green"),
        color_of("shorts", "green", "contradiction"),
        details(
            "t-shirt",
            "the t-shirt has a dinosaur print on the front and the shorts have an elastic waistband with a drawstring"
            " and two pockets on the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Kids Ville Boys Green & Navy Blue Dinosaur Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Green",
    ),
    # Photo: girl holding a pink balloon, long pink t-shirt (hip length) with a unicorn print, grey leggings.
    # VQA adapter. The tee called a dress; the material answer loops on a sentence.
    case(
        "X1186-017",
        caption("a little girl holding a balloon"),
        wearing("a pink dress and gray leggings", "contradiction", who="the girl"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        color_of("t-shirt", "pink"),
        Q.pattern("graphic"),
        Q.material(
            "the t-shirt is made of cotton and has a unicorn on it. the t-shirt is made of cotton and has a unicorn on",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Pink Unicorn Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: boy (chin-length hair) in a cream embroidered sherwani and cream churidar, mojari shoes.
    # VQA adapter. The caption calls him a girl; the details loop; the rest right (cream -> white).
    case(
        "X1186-018",
        caption("a young girl in a white sherwani", "pronoun"),
        wearing("a white jacket and white pants", who="the boy"),
        is_a("jacket", "yes"),
        is_a("dress", "no"),
        Q.color("white"),
        Q.sleeve_length("long sleeve"),
        details(
            "sherwani",
            "the sherwani has gold embroidery on the collar and the cuffs and the front and the collar and the cuffs"
            " and the front and the collar and the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj DEZInES Boys Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: girl with short hair, white tucked-in shirt and blue washed denim shorts with frayed hems.
    # VQA adapter. The caption calls her a boy; the material answer runs to the limit.
    case(
        "X1186-019",
        caption("a boy in a white shirt and jean shorts", "pronoun"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("skirt", "no"),
        color_of("shorts", "blue"),
        Q.material(
            "the shorts are made of denim and have a frayed hem and two pockets on the front and two pockets on the"
            " back and a button and a",
            "cut",
            hit_limit=True,
        ),
        details("shorts", "frayed hem"),
        gender="Girls",
        title="Pepe Jeans Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: boy sitting on a wooden stool, mustard t-shirt with navy horizontal stripes, navy shorts.
    # VQA adapter. The t-shirt question loops on "yes"; pattern says solid.
    case(
        "X1186-020",
        caption("a boy sitting on a stool wearing a yellow and blue striped shirt"),
        wearing("a striped shirt and blue shorts", who="the boy"),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="Gini and Jony Boys Mustard Yellow & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: front shot, girl in a red velvet party frock with long sleeves, a tulle skirt and a small bow at the
    # front waist. VQA adapter. Cotton contradicts the title's velvet; a bow "on the back" invented.
    case(
        "X1186-021",
        caption("a little girl in a red dress"),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        Q.color("red"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long sleeve"),
        details("dress", "the dress has a bow on the back", "unsupported"),
        gender="Girls",
        title="Hopscotch Girls Red Velvet Fit & Flare Party Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: boy holding a football, blue shorts with a green tropical leaf print, plain white t-shirt.
    # VQA adapter. The shorts' color gets the t-shirt's white; material comes back as the prompt.
    case(
        "X1186-022",
        caption("a boy holding a soccer ball"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "no"),
        color_of("shorts", "white", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Boys",
        title="Marks & Spencer Boys Blue Tropical Printed Pure Cotton Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: girl in a floor-length teal anarkali kurta with gold block print, white churidar, teal dupatta.
    # VQA adapter. "No" to kurta and "yes" to dress for the anarkali kurta.
    case(
        "X1186-023",
        caption("a little girl in a green and gold anarkali dress"),
        wearing("a kurta and leggings", who="the girl"),
        is_a("kurta", "no", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        Q.color("green"),
        Q.pattern("printed"),
        gender="Girls",
        title="Bitiya by Bhama Girls Teal Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: boy with shoulder-length hair in a black t-shirt with a neon green game-controller print, blue jeans.
    # VQA adapter. The wearing answer says "she"; "yes" to polo for a crew-neck tee.
    case(
        "X1186-024",
        caption("a young boy wearing a black t-shirt and jeans"),
        wearing("she is wearing a black shirt and jeans", "pronoun", who="the boy"),
        is_a("t-shirt", "yes"),
        is_a("polo shirt", "yes", "contradiction"),
        is_a("dress", "no"),
        color_of("t-shirt", "black"),
        Q.pattern("graphic"),
        gender="Boys",
        title="KID1 Boys Black Graphic Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: girl in a pink layered tulle skirt (plain, elastic waist) with a white t-shirt, ballet pose.
    # VQA adapter. "Yes" to dress; satin bow and sequins invented.
    case(
        "X1186-025",
        caption("a little girl in a pink tutu and white shirt"),
        wearing("a white t-shirt and a pink skirt", who="the girl"),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.color("pink"),
        Q.material("tulle"),
        details("skirt", "the skirt has a satin bow and sequins", "unsupported"),
        gender="Girls",
        title="Cherry Crumble Girls Pink Layered Tulle Flared Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: flat lay, blue printed kurta (mandarin collar, button placket) above folded white drawstring pyjamas.
    # No gender column. VQA adapter. "No" to kurta; the details loop on the pyjamas.
    case(
        "X1186-026",
        caption("a blue and white shirt and pants on a white background"),
        wearing("a blue shirt and white pants", who="the child"),
        is_a("kurta", "no", "contradiction"),
        is_a("dress", "no"),
        Q.color("blue"),
        Q.material("cotton"),
        details(
            "kurta",
            "the kurta has buttons on the front and a mandarin collar and the pants have an elastic waist and the"
            " pants have an elastic waist and the",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Kids Boys Blue Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl jumping, white t-shirt with a rainbow print across the chest, yellow shorts, pink sneakers.
    # VQA adapter. The caption loops; the t-shirt's color gets the shorts' yellow.
    case(
        "X1186-027",
        caption(
            "a little girl jumping in the air with her arms up in the air and her legs up in the air and her arms up in"
            " the air and her legs up in the air and her arms up in the air and her",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and yellow shorts", who="the girl"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        color_of("t-shirt", "yellow", "other_garment_color"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("rainbow"),
        gender="Girls",
        title="H&M Girls White Rainbow Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: boy in a green polo t-shirt (no chest pocket, small embroidered logo) and khaki chinos.
    # VQA adapter. The color loops; a chest pocket invented.
    case(
        "X1186-028",
        caption("a boy in a green polo shirt and khaki pants"),
        is_a("polo shirt", "yes"),
        is_a("dress", "no"),
        color_of(
            "t-shirt",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        Q.material("cotton"),
        details("t-shirt", "the shirt has a pocket on the chest", "unsupported"),
        gender="Boys",
        title="Allen Solly Junior Boys Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: back view, girl in a white sleeveless A-line cotton frock, three buttons at the back neck; the blue
    # embroidered yoke is on the front, not visible. VQA adapter. A zipper invented; "solid" is right for this photo.
    case(
        "X1186-029",
        caption("the back of a little girl's white dress"),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has a zipper on the back", "unsupported"),
        gender="Girls",
        title="Little Kangaroos Girls White Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: flat lay of two t-shirts side by side: grey with a small car print, navy with a large car print.
    # VQA adapter. The caption and the t-shirt answer loop to the limit.
    case(
        "X1186-030",
        caption(
            "a grey t-shirt and a blue t-shirt with a picture of a car on it and a blue t-shirt with a picture of a car"
            " on it and a blue t-shirt with a picture of a car on it and a blue t-shirt with",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "t-shirt",
            "yes, it is a t-shirt. it is a t-shirt with a picture of a car on it. it is a t-shirt with a picture",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        color_of("t-shirt", "grey"),
        Q.garment_type("t-shirt"),
        Q.pattern("printed"),
        gender="Boys",
        title="YK Boys Pack of 2 Grey & Navy Blue Car Printed Pure Cotton T-shirts",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: girl in a yellow floral-print kurta, matching printed sharara, yellow dupatta, holding a marigold garland.
    # VQA adapter. The dress answer runs into the next question of its training format; the details loop.
    case(
        "X1186-031",
        caption("a little girl in a yellow outfit holding flowers"),
        wearing("a yellow kurta and pants", who="the girl"),
        is_a("kurta", "yes"),
        is_a("dress", "no Question: Is this a kurta? Answer: yes", "leak"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.material("cotton"),
        details(
            "kurta",
            "the kurta has a floral print and the sharara has a floral print and the dupatta has a floral print and the"
            " kurta has a floral print and the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Sangria Girls Yellow Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy in a red t-shirt and black sports shorts with a white side stripe, running pose.
    # VQA adapter. The wearing answer loops; the shorts' color gets the t-shirt's red.
    case(
        "X1186-032",
        caption("a boy in a red shirt and black shorts"),
        wearing(
            "a red shirt and black shorts and white socks and black shoes and a red shirt and black shorts and white"
            " socks and black shoes and",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        is_a("shorts", "yes", article="a pair of"),
        is_a("pants", "no", article="a pair of"),
        color_of("shorts", "red", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("polyester"),
        details("shorts", "the shorts have a white stripe on the side"),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Black Solid Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: girl hugging a brown teddy bear, multicoloured printed cotton frock (short flutter sleeves).
    # VQA adapter. The sleeve answer restates the question; the description loops.
    case(
        "X1186-033",
        caption("a little girl holding a teddy bear"),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        Q.color("multicolor"),
        Q.pattern("printed"),
        Q.sleeve_length("the sleeve length of the dress", "restated"),
        describe(
            "dress",
            "a multicolored dress with a floral print and a round neck and short sleeves and a round neck and short"
            " sleeves and a round neck and short",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Gini and Jony Girls Multicoloured Printed Cotton Fit and Flare Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: boy in a peach short kurta and a cream dhoti pant, hands folded in namaste, beige backdrop.
    # VQA adapter. The caption calls him a girl; the color gets the dhoti's cream/white; the material answer is empty.
    case(
        "X1186-034",
        caption("a little girl in a peach kurta and white dhoti", "pronoun"),
        wearing("a kurta and a dhoti", who="the boy"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.color("white", "other_garment_color"),
        Q.material("", "non_answer"),
        gender="Boys",
        title="Vastramay Boys Peach-Coloured Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: girl in a green and white tie-dye t-shirt and white shorts. No gender column. VQA adapter. All correct.
    case(
        "X1186-035",
        caption("a little girl in a green and white tie dye shirt"),
        wearing("a tie dye t-shirt and white shorts", who="the child"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        color_of("t-shirt", "green and white"),
        Q.pattern("tie dye"),
        describe("t-shirt", "a green and white tie dye t-shirt with a round neck and short sleeves"),
        title="Hopscotch Girls Green Tie and Dye Cotton T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: boy holding a basketball, blue t-shirt with a small white chest print, grey shorts.
    # VQA adapter. The t-shirt question gets the garment word back instead of yes/no; polyester against the title.
    case(
        "X1186-036",
        caption("a young boy in a blue shirt holding a basketball"),
        wearing("a blue t-shirt and grey shorts", who="the boy"),
        is_a("t-shirt", "t-shirt", "non_answer"),
        is_a("dress", "no"),
        color_of("t-shirt", "blue"),
        Q.sleeve_length("short sleeve"),
        Q.material("polyester", "contradiction"),
        gender="Boys",
        title="Jack & Jones Junior Boys Blue Printed Cotton T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: girl in a mustard sleeveless jumpsuit with a small white leaf print, tie belt, full length.
    # VQA adapter. "Yes" to dress; "pure color" for a printed jumpsuit.
    case(
        "X1186-037",
        caption("a little girl in a yellow jumpsuit"),
        is_a("romper", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color", "contradiction"),
        gender="Girls",
        title="Tiny Girl Girls Mustard Yellow Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
    ),
    # Photo: boy in a white shirt, navy waistcoat, navy trousers and a navy bow tie; no pocket square.
    # VQA adapter. The details loop and add a pocket square.
    case(
        "X1186-038",
        caption("a young boy in a white shirt and a blue vest"),
        wearing("a shirt, vest, and pants", who="the boy"),
        is_a("vest", "yes"),
        is_a("dress", "no"),
        Q.color("navy"),
        details(
            "vest",
            "the vest has a bow tie and a pocket square and the shirt has a bow tie and a pocket square and the shirt"
            " has a bow tie and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Peppermint Boys White & Navy Blue Shirt with Waistcoat & Trousers",
        category="Clothing Set",
        color="Navy Blue",
    ),
    # Photo: girl in a pink printed top and black ankle-length leggings, sitting cross-legged.
    # VQA adapter. The leggings' color gets the top's pink; the dress answer loops.
    case(
        "X1186-039",
        caption("a little girl in a pink top and black leggings"),
        wearing("a pink shirt and black pants", who="the girl"),
        is_a("leggings", "yes", article="a pair of"),
        is_a(
            "dress",
            "no, it is a pair of leggings and a top. it is a pair of leggings and a top. it is a pair of",
            "loop",
            hit_limit=True,
        ),
        color_of("leggings", "pink", "other_garment_color"),
        Q.material("cotton"),
        gender="Girls",
        title="Bodycare Kids Girls Black Solid Cotton Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: boy in an olive long-sleeve henley t-shirt (three buttons) and blue jeans, leaning on a wall.
    # VQA adapter. "Yes" to sweater; denim is the jeans' material, not the t-shirt's.
    case(
        "X1186-040",
        caption("a little boy wearing a green shirt and jeans"),
        is_a("t-shirt", "yes"),
        is_a("sweater", "yes", "contradiction"),
        color_of("t-shirt", "green"),
        Q.sleeve_length("long sleeve"),
        Q.material("denim", "contradiction"),
        gender="Boys",
        title="Pantaloons Junior Boys Olive Green Solid Henley Neck Cotton T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: girl in a lavender tiered maxi dress with ruffled flutter sleeves, solid, white backdrop.
    # VQA adapter. The caption loops to 50 tokens; "yes" to skirt.
    case(
        "X1186-041",
        caption(
            "a little girl in a purple dress with ruffles and a purple dress with ruffles and a purple dress with"
            " ruffles and a purple dress with ruffles and a purple dress with ruffles and a purple dress with",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        is_a("skirt", "yes", "contradiction"),
        Q.color("purple"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("solid"),
        gender="Girls",
        title="Pantaloons Junior Girls Lavender Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: boy in a white chikankari-embroidered kurta (mandarin collar, button placket) and white pyjama.
    # VQA adapter. Linen against the title's pure cotton; the details are cut.
    case(
        "X1186-042",
        caption("a young boy in a white kurta"),
        wearing("a white kurta and pajamas", who="the boy"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.color("white"),
        Q.material("linen", "contradiction"),
        details(
            "kurta",
            "the kurta has white embroidery all over the front and the sleeves, with a mandarin collar and a button"
            " placket that goes down to the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jompers Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl in a coral t-shirt with a white "BE KIND" slogan, tucked into a blue denim skirt. No gender column.
    # VQA adapter. "Yes" to skirt (the styling skirt); the pattern answer restates the question.
    case(
        "X1186-043",
        caption("a young girl in an orange shirt and a denim skirt"),
        wearing("a shirt and a skirt", who="the child"),
        is_a("t-shirt", "yes"),
        is_a("skirt", "yes", "contradiction"),
        color_of("t-shirt", "orange"),
        Q.pattern("the pattern of the garment", "restated"),
        title="YK Girls Coral Typography Printed T-shirt",
        category="Tshirts",
        color="Coral",
    ),
    # Photo: boy in a red and blue checked shirt worn open over a white t-shirt, blue washed denim shorts.
    # VQA adapter. "Yes" to jeans; the shirt's plaid given as the shorts' pattern; details say nothing.
    case(
        "X1186-044",
        caption("a boy wearing a plaid shirt and denim shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        color_of("shorts", "blue"),
        Q.material("denim"),
        Q.pattern("plaid", "contradiction"),
        details("shorts", "the shorts are short", "non_answer"),
        gender="Boys",
        title="Pepe Jeans Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: flat lay, green embroidered lehenga with a pink choli and a pink net dupatta laid across it.
    # VQA adapter. The color gets the choli's pink; the material answer is another question's format.
    case(
        "X1186-045",
        caption("a green and pink lehenga with a pink dupatta"),
        is_a("skirt", "yes"),
        is_a("dress", "no"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.material("Question: What is the color of the garment? Answer: green", "leak"),
        gender="Girls",
        title="KID1 Girls Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
]
