"""BLIND_1634 (45 products; Myntra kids' sleepwear, rompers and night suits, base zero-shot): written blind in the
sixty-seventh session. Measured blind at 0f3a531 (the session's first rules): 44/67 failures found (65.7%) and 32/216
correct texts flagged (14.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear (article types Night suits, Nightdress, Rompers, Sleepsuit, Lounge Pants),
Boys, Girls and Unisex. Mostly a child on a plain backdrop wearing the product, sometimes with a piece that is not
sold (a plain tee over lounge pants), a prop (teddy bear, pillow, stool, stuffed cat), a back view or a flat lay of a
multi-pack. The job asks "What is she wearing?" for Girls rows and "What is he wearing?" for Boys rows; Unisex rows
and rows without a gender fall back to "he", whoever is in the photo.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy. The caption is the
unprompted generation (50 new tokens max); every answer is a separate `Question: ... Answer:` prompt (30 new tokens
max), stopped on the newline. Answers are mostly short and lowercase, as the base model gives them; it loops or runs
to the limit only now and then, and twice it ran on past its answer into a new "Question:" of its own.
Labeling conventions and judgement calls: judged by the photo described above each case and by the title. Near hues
are right (peach called pink, teal called blue, lavender called purple, olive called green, maroon called red); navy
called black is wrong. A color that belongs to the other piece of the set (or to the unsold tee) is
other_garment_color; the print's color given as the color of a white garment is contradiction. A garment type that
names only the top of a night suit ("shirt") is contradiction; "pajamas" for a night suit or a sleepsuit is right,
"onesie" for a romper or sleepsuit is right. "Costume" in the caption of a dinosaur hooded onesie describes the look
and is left correct; "costume" as the closed garment type, or for a plain Spider-Man printed night suit, is
contradiction. A material the title contradicts is contradiction; an invented feature (zipper, pocket, print on a
plain back) is unsupported. A prop or the backdrop answered as the garment or its material is contradiction. A text
that uses the wrong pronoun for the child in the photo is pronoun, even when the job's question forced it; a text
without a pronoun under a wrong-pronoun question is judged on the rest. Naming the product for "What is he wearing?"
on a flat lay is right; "nothing" there is non_answer. An answer that only gives back the garment named in the
question is restated; "i don't know", "none" and the like are non_answer. A one-color answer for a multi-color
multi-pack that is true of one piece is left correct. A "yes" to a garment the product is not (tracksuit, skirt,
jeans, shirt) is contradiction. About a quarter of the texts are wrong, fewer than the usual four in ten: the base
model answers these short questions on simple, single-product photos fairly well, and errs mostly on colors of the
second piece, sleeves, invented details and the pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1634 = [
    # Boy standing, navy full-sleeve top with a rocket print, grey melange pyjama bottoms. Base OPT-2.7b, all texts.
    case(
        "X1634-001",
        caption("a young boy wearing a blue shirt with rockets on it and grey pants"),
        wearing("pajamas", who="he"),
        color_of("shirt", "navy blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.pattern("rockets"),
        Q.sleeve_length("long"),
        describe("shirt", "a blue shirt with a rocket ship and stars and a moon", "unsupported"),
        gender="Boys",
        title="Sweet Dreams Boys Navy Blue & Grey Printed Night suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Girl standing, pink short-sleeve cotton nightdress with a big unicorn print. Base OPT-2.7b, all texts.
    case(
        "X1634-002",
        caption("a little girl in a pink nightgown with a unicorn on it"),
        wearing("a pink nightgown", who="she"),
        Q.color("pink"),
        Q.garment_type("nightgown"),
        describe("nightdress", "it is pink and has a unicorn on it"),
        Q.material("cotton"),
        is_a("dress", "yes"),
        gender="Girls",
        title="YK Girls Pink Unicorn Printed Pure Cotton Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Baby (boy) lying awake on a white blanket, white full-sleeve footed sleepsuit with small yellow ducks, snap
    # buttons down the front, no zipper. Base OPT-2.7b, all texts.
    case(
        "X1634-003",
        caption("a baby in a white onesie with yellow ducks on it"),
        wearing("a onesie", who="he"),
        color_of("sleepsuit", "white", kind="open"),
        Q.pattern("ducks"),
        Q.sleeve_length("short", "contradiction"),
        details("sleepsuit", "it has a zipper in the front", "unsupported"),
        gender="Unisex",
        title="Mothercare Unisex Kids White Duck Print Pure Cotton Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Flat lay on white: two night suits, one olive with dinosaurs, one navy with white stripes. No child. Base.
    case(
        "X1634-004",
        caption("two pajama sets laid out on a white surface"),
        wearing("nothing", "non_answer", who="he"),
        color_of("pajamas", "green", kind="open"),
        Q.garment_type("pajamas"),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Nap Chief Boys Pack of 2 Printed Night Suits",
        category="Night suits",
        color="Multi",
    ),
    # Girl sitting on the floor hugging a brown teddy bear; lavender top with a bunny print, lavender-and-white
    # checked pyjamas. Base OPT-2.7b, all texts.
    case(
        "X1634-005",
        caption("a little girl sitting on the floor with a teddy bear"),
        wearing("pajamas", who="she"),
        color_of("top", "purple", kind="open"),
        color_of("pajamas", "purple", kind="open"),
        Q.pattern("plaid"),
        details("top", "a teddy bear", "contradiction"),
        gender="Girls",
        title="Hopscotch Girls Lavender Bunny Print Top with Checked Pyjamas",
        category="Night suits",
        color="Lavender",
    ),
    # Back view: boy seen from behind, plain black half-sleeve tee (the "dream big" text is on the front, not seen),
    # red checked shorts. Base OPT-2.7b, all texts.
    case(
        "X1634-006",
        caption("the back of a young boy wearing a black shirt and red plaid shorts"),
        wearing("a black shirt and red shorts", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        details("shirt", "it has a picture of a car on it", "unsupported"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Gini and Jony Boys Black & Red Typography Print Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Girl standing, mustard sleeveless strappy cotton romper with white polka dots. Base OPT-2.7b, all texts.
    case(
        "X1634-007",
        caption("a little girl in a yellow jumpsuit with polka dots"),
        wearing("a yellow romper", who="she"),
        Q.garment_type("jumpsuit"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("cotton"),
        is_a("dress", "no"),
        gender="Girls",
        title="Miss & Chief Girls Mustard Polka Dot Cotton Romper",
        category="Rompers",
        color="Mustard",
    ),
    # Baby girl with a pink headband sitting up, grey melange footed sleepsuit with white stars, zip front. Unisex row,
    # so the job asked "he". Base OPT-2.7b, all texts.
    case(
        "X1634-008",
        caption("a baby girl in a grey onesie with stars on it"),
        wearing("he is wearing a grey onesie", "pronoun", who="he"),
        Q.color("grey"),
        Q.pattern("stars"),
        details("sleepsuit", "it has feet"),
        describe("sleepsuit", "a sleepsuit", "restated"),
        gender="Unisex",
        title="Babyhug Unisex Grey Melange Star Print Footed Sleepsuit",
        category="Sleepsuit",
        color="Grey Melange",
    ),
    # Boy standing, maroon full-sleeve top with a dinosaur graphic, navy joggers. Base OPT-2.7b, all texts.
    case(
        "X1634-009",
        caption("a young boy wearing a red shirt and blue pants"),
        wearing("pajamas", who="he"),
        color_of("shirt", "maroon", kind="open"),
        color_of("pants", "maroon", "other_garment_color", kind="open"),
        Q.pattern("dinosaur"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Boys",
        title="YK Boys Maroon & Navy Blue Dinosaur Printed Cotton Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Girl standing, white full-sleeve nightdress with a small blue floral print. Base OPT-2.7b, all texts.
    case(
        "X1634-010",
        caption("a little girl in a white nightgown with blue flowers"),
        wearing("a white dress", who="she"),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.material("silk", "contradiction"),
        details("nightdress", "it has a lace collar", "unsupported"),
        gender="Girls",
        title="Marks & Spencer Girls White Floral Print Pure Cotton Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Boy standing, classic blue-and-white striped pyjama set, collared button-front shirt with a chest pocket,
    # matching pants. Base OPT-2.7b, all texts; the details answer looped to the limit.
    case(
        "X1634-011",
        caption("a young boy in a blue and white striped pajama"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "blue and white", kind="open"),
        describe("shirt", "a blue and white striped shirt with buttons"),
        details(
            "shirt",
            "the collar, the buttons, the pocket, the collar, the buttons, the pocket, the collar, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Marks & Spencer Boys Blue & White Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Girl standing, peach half-sleeve top with "sleepy" text and clouds, peach shorts with clouds. Base OPT-2.7b.
    case(
        "X1634-012",
        caption("a little girl in a pink pajama set with clouds on it"),
        wearing("she is wearing pajamas", who="she"),
        Q.color("pink"),
        Q.pattern("clouds"),
        color_of("shorts", "white", "contradiction", kind="open"),
        Q.sleeve_length("short"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="Sweet Dreams Girls Peach-Coloured Cloud Print Night Suit with Shorts",
        category="Night suits",
        color="Peach",
    ),
    # Flat lay on white: three footed sleepsuits, white, mint and grey, each with small animals. No child. Base.
    case(
        "X1634-013",
        caption("three baby onesies laid out on a white surface"),
        wearing("a onesie", who="he"),
        Q.pattern("animals"),
        Q.garment_type("onesie"),
        is_a("romper", "yes"),
        Q.material("cotton"),
        details("sleepsuit", "they are sleepsuits", "restated"),
        gender="Unisex",
        title="Little Bum Unisex Kids Pack of 3 Animal Print Cotton Sleepsuits",
        category="Sleepsuit",
        color="Multi",
    ),
    # Boy standing, green camouflage full-sleeve top and matching pants. Base OPT-2.7b, all texts.
    case(
        "X1634-014",
        caption("a young boy in a camouflage pajama set"),
        wearing("camouflage pajamas", who="he"),
        Q.color("green"),
        Q.pattern("camouflage"),
        details("pajamas", "none", "non_answer"),
        Q.sleeve_length("long"),
        is_a("tracksuit", "yes", "contradiction"),
        gender="Boys",
        title="Pine Kids Boys Olive Green Camouflage Printed Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Girl with two braids, standing; navy full-sleeve top with white stars and navy pants. Base OPT-2.7b.
    case(
        "X1634-015",
        caption("a young boy in blue pajamas with stars on them", "pronoun"),
        wearing("blue pajamas with stars", who="she"),
        color_of("pajamas", "blue", kind="open"),
        Q.pattern("stars"),
        Q.material("polyester", "contradiction"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="YK Girls Navy Blue Star Print Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Boy standing, yellow half-sleeve tee with Minions, solid blue shorts. Base OPT-2.7b, all texts.
    case(
        "X1634-016",
        caption("a little boy wearing a minion shirt and blue shorts"),
        wearing("a minion shirt", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        details("shorts", "shorts", "restated"),
        gender="Boys",
        title="Kids Ville Boys Yellow & Blue Minions Printed Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Girl standing, lilac sleeveless satin nightdress with lace trim at the hem and a small bow at the neckline.
    # Base OPT-2.7b, all texts.
    case(
        "X1634-017",
        caption("a little girl in a purple dress"),
        wearing("a purple dress", who="she"),
        Q.material("satin"),
        details("nightdress", "lace"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        describe("nightdress", "a purple nightgown with a bow"),
        gender="Girls",
        title="Bodycare Kids Girls Lavender Solid Satin Nightdress with Lace Detail",
        category="Nightdress",
        color="Lavender",
    ),
    # Infant (boy) sitting, mustard ribbed cotton romper, short sleeves, snaps at the shoulder; the legs are folded
    # under him, so the one-piece looks like a top. Base OPT-2.7b, all texts.
    case(
        "X1634-018",
        caption("a baby sitting on a white background"),
        wearing("a yellow shirt", "contradiction", who="he"),
        Q.color("yellow"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        gender="Unisex",
        title="Moms Home Unisex Infant Mustard Ribbed Organic Cotton Romper",
        category="Rompers",
        color="Mustard",
    ),
    # Boy standing, grey melange full-sleeve tee with "GAME ON" text, black joggers. Base OPT-2.7b, all texts.
    case(
        "X1634-019",
        caption("a young boy in a grey t-shirt and black pants"),
        wearing("a grey shirt and black pants", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe("shirt", "a grey shirt with the words game on"),
        Q.material("cotton"),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Grey & Black Typography Cotton Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Girl standing, white full-sleeve top with small red hearts, solid red pyjamas. Base OPT-2.7b, all texts.
    case(
        "X1634-020",
        caption("a little girl in a white shirt with red hearts and red pants"),
        wearing("a valentine's day outfit", "unsupported", who="she"),
        color_of("pants", "red", kind="open"),
        color_of("top", "red", "contradiction", kind="open"),
        Q.pattern("hearts"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Sweet Dreams Girls White & Red Heart Print Night Suit",
        category="Night suits",
        color="White",
    ),
    # Boy standing, green fleece dinosaur onesie with a hood with soft spikes, a tail at the back, zip front, full
    # sleeves. Base OPT-2.7b, all texts; the details answer ran to the limit.
    case(
        "X1634-021",
        caption("a little boy in a green dinosaur costume"),
        wearing("a dinosaur costume", who="he"),
        Q.garment_type("costume", "contradiction"),
        Q.material("fleece"),
        details(
            "onesie",
            "it has a hood with spikes on it and a tail on the back and a zipper on the front and the sleeves are long"
            " and the",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "no"),
        gender="Unisex",
        title="Pine Kids Unisex Kids Green Dinosaur Hooded Fleece Onesie",
        category="Rompers",
        color="Green",
    ),
    # Girl standing holding a stuffed grey cat; pink-and-white full-sleeve top with cat faces, pink pyjamas. The row
    # has no gender, so the job asked "he". Base OPT-2.7b, all texts.
    case(
        "X1634-022",
        caption("a little girl in pink pajamas holding a stuffed cat"),
        wearing("he is wearing pink pajamas", "pronoun", who="he"),
        color_of("pajamas", "pink", kind="open"),
        Q.pattern("cats"),
        details("top", "it has a cat on it"),
        Q.sleeve_length("long"),
        title="Hopscotch Girls Pink Cat Print Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Boy standing, teal half-sleeve tee with an all-over shark print, matching teal shorts. Base OPT-2.7b.
    case(
        "X1634-023",
        caption("a young boy wearing a blue shirt with sharks on it"),
        wearing("a shark shirt and shorts", who="he"),
        Q.color("blue"),
        Q.pattern("sharks"),
        Q.garment_type("shirt", "contradiction"),
        describe("shirt", "it has sharks"),
        gender="Boys",
        title="Nap Chief Boys Teal Shark Printed Night Suit with Shorts",
        category="Night suits",
        color="Teal",
    ),
    # Top view: baby (boy) on his back on a white sheet, white full-sleeve sleepsuit with blue whales, snap buttons,
    # no zipper. Base OPT-2.7b, all texts.
    case(
        "X1634-024",
        caption("a baby in a white onesie with whales on it"),
        wearing("a onesie with whales on it", who="he"),
        color_of("onesie", "blue", "contradiction", kind="open"),
        details("onesie", "it has whales and a zipper", "unsupported"),
        Q.sleeve_length("long"),
        Q.material("baby", "non_answer"),
        gender="Unisex",
        title="Mothercare Unisex Kids White Whale Print Cotton Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Back view: girl standing back to camera, solid yellow sleeveless cotton nightdress tied with a bow at the back.
    # Base OPT-2.7b, all texts.
    case(
        "X1634-025",
        caption("a little girl in a yellow dress with a bow on the back"),
        wearing("a yellow dress", who="she"),
        details("nightdress", "a bow"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.material("chiffon", "contradiction"),
        gender="Girls",
        title="Gini and Jony Girls Yellow Solid Cotton Nightdress with Bow Detail",
        category="Nightdress",
        color="Yellow",
    ),
    # Boy sitting on a white stool; full-sleeve colour-block top (blue chest panel, grey body), grey pants. Base.
    case(
        "X1634-026",
        caption("a young boy sitting on a stool"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue and grey", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="YK Boys Blue & Grey Colourblocked Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Girl standing, white half-sleeve tee with Tom & Jerry, blue pyjamas. Unisex row: the job asked "he". Base
    # OPT-2.7b; the description ran past its answer into a question of its own.
    case(
        "X1634-027",
        caption("a little girl wearing a tom and jerry t-shirt and blue pants"),
        wearing("he is wearing a tom and jerry shirt", "pronoun", who="he"),
        color_of("pants", "blue", kind="open"),
        Q.pattern("cartoon"),
        is_a("night suit", "yes"),
        describe("shirt", "a tom and jerry shirt Question: What is the color of the pants? Answer: blue", "leak"),
        gender="Unisex",
        title="Kids Ville Unisex Kids White & Blue Tom & Jerry Printed Night Suit",
        category="Night suits",
        color="White",
    ),
    # Girl standing, pink floral lounge pants (the product) with a plain white tee that is not sold. Base OPT-2.7b.
    case(
        "X1634-028",
        caption("a little girl in a white shirt and pink pants"),
        wearing("pink pants and a white shirt", who="she"),
        color_of("pants", "pink", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("pants"),
        Q.pattern("floral"),
        is_a("skirt", "yes", "contradiction"),
        gender="Girls",
        title="Max Girls Pink Floral Print Cotton Lounge Pants",
        category="Lounge Pants",
        color="Pink",
    ),
    # Boy standing, navy full-sleeve top with a yellow Batman logo, navy pants; the navy reads dark but blue.
    # Base OPT-2.7b, all texts.
    case(
        "X1634-029",
        caption("a young boy wearing a batman shirt"),
        wearing("batman pajamas", who="he"),
        color_of("shirt", "black", "contradiction", kind="open"),
        details("shirt", "the batman logo"),
        Q.material("cotton"),
        Q.sleeve_length("short", "contradiction"),
        gender="Boys",
        title="Kids Ville Boys Navy Blue Batman Printed Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Baby girl with a bow headband, standing holding a rail out of frame; red-and-white striped short-sleeve romper
    # with short legs, buttons down the front, no pocket. Unisex row: the job asked "he". Base OPT-2.7b.
    case(
        "X1634-030",
        caption("a baby girl in a red and white striped romper"),
        wearing("a striped romper", who="he"),
        color_of("romper", "red and white", kind="open"),
        Q.pattern("striped"),
        is_a("dress", "no"),
        Q.sleeve_length("short"),
        details("romper", "it has buttons on the front and a pocket", "unsupported"),
        gender="Unisex",
        title="Babyhug Unisex Red & White Striped Cotton Romper",
        category="Rompers",
        color="Red",
    ),
    # Flat lay on a wooden floor: grey full-sleeve top with a bear print, grey-and-navy striped pyjamas. Base.
    case(
        "X1634-031",
        caption("a grey shirt and striped pants on a wooden floor"),
        wearing("a grey shirt and striped pants", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", kind="open"),
        Q.garment_type("pajamas"),
        details("shirt", "a teddy bear"),
        Q.material("wood", "contradiction"),
        gender="Boys",
        title="Mothercare Boys Grey Bear Print Night Suit with Striped Pyjamas",
        category="Night suits",
        color="Grey",
    ),
    # Girl standing, mint half-sleeve top with llamas, mint-and-white llama shorts. Base OPT-2.7b; the description ran
    # to the limit.
    case(
        "X1634-032",
        caption("a little girl in a green pajama set with llamas on it"),
        wearing("she is wearing a green shirt and shorts", who="she"),
        Q.color("green"),
        Q.pattern("alpacas"),
        describe(
            "night suit",
            "it is a green and white pajama set with llamas on it and it is very comfortable and soft and it is made"
            " of cotton and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Sweet Dreams Girls Sea Green Llama Print Night Suit with Shorts",
        category="Night suits",
        color="Sea Green",
    ),
    # Boy standing, black jogger-style lounge pants with drawstring and side pockets (the product), plain white tee
    # that is not sold. Base OPT-2.7b, all texts.
    case(
        "X1634-033",
        caption("a young boy in a white t-shirt and black pants"),
        wearing("black pants and a white shirt", who="he"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "black", kind="open"),
        Q.garment_type("pants"),
        details("pants", "they have a drawstring and pockets"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Black Solid Lounge Pants",
        category="Lounge Pants",
        color="Black",
    ),
    # Girl standing, red-and-white checked flannel nightdress, white Peter Pan collar, full sleeves. Base OPT-2.7b.
    case(
        "X1634-034",
        caption("a little girl in a red and white plaid dress"),
        wearing("a plaid dress", who="she"),
        Q.material("flannel"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        is_a("shirt", "yes", "contradiction"),
        details("nightdress", "it has a bow and buttons", "unsupported"),
        gender="Girls",
        title="Marks & Spencer Girls Red Checked Flannel Nightdress",
        category="Nightdress",
        color="Red",
    ),
    # Boy standing, sky-blue half-sleeve top and shorts printed with clouds and rainbows. Unisex row: the job asked
    # "he" (a boy, so right). Base OPT-2.7b; the details answer looped to the limit.
    case(
        "X1634-035",
        caption("a young boy in a blue pajama with rainbows on it"),
        wearing("a blue pajama", who="he"),
        Q.color("blue"),
        Q.pattern("rainbow"),
        details(
            "pajama",
            "rainbows and clouds and rainbows and clouds and rainbows and clouds and rainbows and clouds and rainbows"
            " and clouds and",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Little Marine Unisex Kids Blue Rainbow & Cloud Print Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Boy standing, olive half-sleeve tee with a tiger and "WILD" text, beige shorts. Base OPT-2.7b, all texts.
    case(
        "X1634-036",
        caption("a boy wearing a green shirt with a tiger on it"),
        wearing("a green shirt and khaki shorts", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        describe("shirt", "a shirt", "restated"),
        Q.material("cotton"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Gini and Jony Boys Olive & Beige Tiger Print Cotton Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Toddler girl standing, pink full-sleeve footed sleepsuit with white bunnies, zip front. Base OPT-2.7b.
    case(
        "X1634-037",
        caption("a little girl in a pink onesie with bunnies on it"),
        wearing("a onesie", who="she"),
        Q.color("pink"),
        Q.pattern("bunnies"),
        is_a("romper", "yes"),
        details("onesie", "it has a zipper"),
        Q.material("i don't know", "non_answer"),
        gender="Girls",
        title="Babyhug Girls Pink Bunny Print Cotton Footed Sleepsuit",
        category="Sleepsuit",
        color="Pink",
    ),
    # Boy standing hugging a white pillow that covers most of his chest; white tee, blue-and-white striped pyjamas.
    # Base OPT-2.7b, all texts.
    case(
        "X1634-038",
        caption("a young boy holding a pillow"),
        wearing("a pillow", "contradiction", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "blue and white", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("long", "contradiction"),
        gender="Boys",
        title="Sweet Dreams Boys White & Blue Striped Night Suit",
        category="Night suits",
        color="White",
    ),
    # A boy and a girl side by side in the same yellow half-sleeve banana-print top and shorts. Unisex row: the job
    # asked "he". Base OPT-2.7b, all texts.
    case(
        "X1634-039",
        caption("two children wearing yellow pajamas with bananas on them"),
        wearing("yellow pajamas", who="he"),
        Q.color("yellow"),
        Q.pattern("bananas"),
        describe("night suit", "the night suit", "restated"),
        Q.sleeve_length("short"),
        gender="Unisex",
        title="Nap Chief Unisex Kids Yellow Banana Print Night Suit",
        color="Yellow",
    ),
    # Girl standing, black satin button-front full-sleeve night suit with white polka dots, notched collar. Base.
    case(
        "X1634-040",
        caption("a young girl in black and white polka dot pajamas"),
        wearing("pajamas", who="she"),
        Q.material("silk", "contradiction"),
        color_of("pajamas", "black and white", kind="open"),
        details("shirt", "the buttons and the collar"),
        is_a("dress", "no"),
        gender="Girls",
        title="YK Girls Black Polka Dot Print Satin Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Boy in a jumping pose, red full-sleeve tee with a Spider-Man face print, red pants with a web print. Base.
    case(
        "X1634-041",
        caption("a little boy in a spiderman costume", "contradiction"),
        wearing("spiderman pajamas", who="he"),
        Q.color("red"),
        Q.pattern("spiderman"),
        Q.garment_type("costume", "contradiction"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Kids Ville Boys Red Spider-Man Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Girl standing, lavender full-sleeve top with "Unicorn Dreams" text, grey pyjamas with small lavender stars.
    # Base OPT-2.7b, all texts.
    case(
        "X1634-042",
        caption("a little girl wearing a purple shirt and grey pants"),
        wearing("she is wearing a purple shirt and gray pants", who="she"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "purple", "other_garment_color", kind="open"),
        describe("shirt", "the shirt says unicorn dreams"),
        details("pants", "stars"),
        gender="Girls",
        title="Hopscotch Girls Lavender & Grey Unicorn Dreams Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Toddler boy standing, olive hooded full-sleeve cotton romper with white buttons down the front. Unisex row: the
    # job asked "he". Base OPT-2.7b, all texts.
    case(
        "X1634-043",
        caption("a little boy in a green jumpsuit with a hood"),
        wearing("a green jumpsuit", who="he"),
        Q.garment_type("jumpsuit"),
        Q.color("green"),
        Q.sleeve_length("long"),
        Q.material("denim", "contradiction"),
        details("jumpsuit", "it has a hood and buttons"),
        gender="Unisex",
        title="Little Bum Unisex Kids Olive Green Hooded Cotton Romper",
        category="Rompers",
        color="Olive",
    ),
    # Girl standing, blue half-sleeve nightdress with a Frozen (Elsa) print. Base OPT-2.7b; the material answer ran
    # past its answer into a question of its own.
    case(
        "X1634-044",
        caption("a little girl in a blue frozen nightgown"),
        wearing("a frozen dress", who="she"),
        Q.color("blue"),
        Q.pattern("frozen"),
        is_a("dress", "yes"),
        Q.material("cotton Question: What is the color of the dress? Answer: blue", "leak"),
        describe("nightdress", "it is a blue nightgown with elsa and anna on it", "unsupported"),
        gender="Girls",
        title="Kids Ville Girls Blue Frozen Printed Cotton Nightdress",
        category="Nightdress",
    ),
    # Back view: boy from behind, blue half-sleeve sleep tee with a big "10" on the back, grey shorts. Base OPT-2.7b.
    case(
        "X1634-045",
        caption("a boy wearing a blue shirt with the number 10 on it"),
        wearing("a soccer jersey", "contradiction", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("shorts", "grey", kind="open"),
        details("shirt", "the number 10"),
        gender="Boys",
        title="YK Boys Blue & Grey Number Print Night Suit with Shorts",
        category="Night suits",
        color="Blue",
    ),
]
