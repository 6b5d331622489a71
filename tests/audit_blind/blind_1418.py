"""BLIND_1418 (45 products; Myntra kids' sleepwear, rompers and night suits, base zero-shot, pronoun questions): written
blind in the sixty-fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 35/59 failures
found (59.3%) and 28/219 correct texts flagged (12.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear (night suits, pyjama sets, pyjama bottoms, nightdresses, rompers, sleepsuits
and bodysuits), boys', girls' and unisex, run through Salesforce/blip2-opt-2.7b with no adapter, zero-shot, greedy,
`Question: ... Answer:` prompts, 50 new tokens for captions and 30 for answers. Photos are the catalog's usual ones: a
child on a white or grey backdrop in the product (older kids standing, babies lying or sitting), some flat lays (packs
of two or three), a back view, props (a plush toy, a balloon, a rocking horse). The feed's columns are title, category
(Myntra's article type), color (base colour) and gender (Boys, Girls, Unisex); one product lacks a colour, one a
category, one a gender.
Who wrote what: every text in this set is the untuned base model's. The job asks the pronoun question from the gender
column: Girls -> "What is she wearing?", Boys -> "What is he wearing?", Unisex and missing gender -> "What is she
wearing?" (the experiments' default). Night suits and pyjamas get the experiments' questionnaire (color of the shirt /
pants / shorts, describe the shirt, shirt / pants / shorts details); one-piece and dress products get the closed
questions of the blind questionnaire (type, color, pattern, sleeve length), a yes/no "Is this a ...?" and "Describe the
romper."; material is asked now and then. Color questions are free generation (stored open).
Labeling conventions and judgement calls: a text is judged against the photo I imagined and the title. Near hues count
as right (peach -> pink, coral -> orange, teal -> blue, charcoal -> black, lavender -> purple, mustard -> yellow), navy
-> black does not. For packs and Multi products, naming one of the colours shown counts as right. Prints (hearts,
stars, snowflakes) named as the garment's color are wrong (contradiction). A pronoun or boy/girl word is marked
`pronoun` when the child in the photo is clearly the other sex; babies whose sex the photo does not show are never
marked, whatever pronoun the answer uses. A prop or a diaper answered as the garment, a wrong garment kind, a wrong
pattern or sleeve length, and a material the title contradicts are `contradiction`; a material the title does not
state and the photo cannot support, an invented pocket, bow, text, character or closure are `unsupported`. The shirt's
color given for the pants or shorts (the one-color-for-everything habit) is `other_garment_color`. "nothing", a bare
noun, or the question's garment handed back is `non_answer`; the question itself echoed back is `restated`. Answers
that stopped on the 30-token limit (loops, a QA pattern continued, long descriptions) carry hit_limit. A color answer
to a details question is taken as an answer (it says something true). The base model mostly gives short, correct
answers on these plain photos, so fewer than four in ten texts are wrong here: roughly one in five.
"""

from functools import partial

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

# the color questions are free generation
col = partial(color_of, kind="open")

BLIND_1418 = [
    # Photo: boy of about five on a white backdrop, navy half-sleeve tee with a green dinosaur print, grey melange
    # pyjama pants. All texts: base model, zero-shot.
    case(
        "X1418-001",
        caption("a young boy in pajamas standing in front of a white background"),
        wearing("pajamas", who="he"),
        col("shirt", "blue"),
        col("pants", "blue", "other_garment_color"),
        describe("shirt", "a blue t - shirt with a dinosaur on it"),
        details("pants", "they are pajama pants", "non_answer"),
        gender="Boys",
        title="Hopscotch Boys Navy Blue & Grey Dinosaur Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: infant lying on a white blanket, pink half-sleeve snap romper with a small white bunny print.
    # All texts: base model, zero-shot.
    case(
        "X1418-002",
        caption("a baby laying on a bed wearing a pink onesie"),
        wearing("a onesie", who="she"),
        Q.color("pink"),
        Q.garment_type("onesie"),
        is_a("romper", "yes"),
        Q.material("cotton"),
        gender="Unisex",
        title="Babyhug Unisex Kids Pink Printed Pure Cotton Romper",
        category="Rompers",
        color="Pink",
    ),
    # Photo: girl of about seven, lavender full-sleeve top with an Elsa and Anna print, lavender pyjamas with a small
    # white snowflake print. All texts: base model, zero-shot. The pants answer names the snowflakes' color.
    case(
        "X1418-003",
        caption("a little girl wearing a purple pajama set with frozen characters on it"),
        wearing("pajamas", who="she"),
        col("shirt", "purple"),
        col("pants", "white", "contradiction"),
        describe("shirt", "a purple shirt with elsa and anna on it"),
        Q.sleeve_length("short", "contradiction"),
        gender="Girls",
        title="YK Disney Girls Lavender Frozen Printed Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: flat lay, no child: two pyjama sets side by side, a green set with dinosaurs and a grey set with navy
    # stripes. All texts: base model, zero-shot.
    case(
        "X1418-004",
        caption("two pajama sets laid out on a white surface"),
        wearing("nothing", "non_answer", who="he"),
        col("shirt", "green"),
        col("pants", "green and gray"),
        details("shirt", "the shirt has a dinosaur on it"),
        Q.pattern("striped"),
        gender="Boys",
        title="Marks & Spencer Boys Pack of 2 Printed Pyjama Sets",
        category="Night suits",
        color="Green",
    ),
    # Photo: flat lay, white long-sleeve footed sleepsuit with thin pale-blue pinstripes and a front zip.
    # All texts: base model, zero-shot. The ground is white; "blue" names the thin stripes only.
    case(
        "X1418-005",
        caption("a baby's onesie with blue and white stripes"),
        wearing("a onesie", who="she"),
        Q.color("blue", "contradiction"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        describe("romper", "a white onesie with blue stripes and a zipper"),
        gender="Unisex",
        title="Mothercare Unisex Kids White Striped Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Photo: girl of about nine with long hair, pink sleeveless top with a unicorn print, pink-and-white striped
    # shorts. All texts: base model, zero-shot.
    case(
        "X1418-006",
        caption("a young girl in pink pajamas posing for a picture"),
        wearing("pajamas", who="she"),
        col("shirt", "pink"),
        col("shorts", "pink"),
        Q.sleeve_length("short", "contradiction"),
        details("shorts", "they are striped"),
        gender="Girls",
        title="H&M Girls Pink Printed Cotton Pyjama Set",
        category="Night suits",
        color="Pink",
    ),
    # Photo: boy in grey melange pyjama bottoms (the product) with a plain white tee for styling.
    # All texts: base model, zero-shot. "the garment" is the pyjamas; white is the styling tee's color.
    case(
        "X1418-007",
        caption("a young boy wearing a white t - shirt and gray sweatpants"),
        wearing("sweatpants", who="he"),
        col("pants", "gray"),
        col("shirt", "white"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.material("cotton"),
        gender="Boys",
        title="Gini and Jony Boys Grey Melange Solid Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Grey Melange",
    ),
    # Photo: toddler boy (short hair, clearly a boy) sitting on a wooden rocking horse, yellow sleeveless romper with
    # a small lemon print. All texts: base model, zero-shot (the job asked "she" for a unisex product).
    case(
        "X1418-008",
        caption("a little boy sitting on a wooden rocking horse"),
        wearing("she is wearing a yellow romper", "pronoun", who="she"),
        Q.color("yellow"),
        is_a("romper", "yes"),
        describe("romper", "it is a yellow romper with lemons on it"),
        Q.pattern("polka dot", "contradiction"),
        gender="Unisex",
        title="Cub McPaws Unisex Kids Yellow Lemon Printed Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Photo: boy, blue-and-white checked short-sleeve button-front pyjama shirt, matching full-length checked pants
    # with a plain elastic waist, no pockets. All texts: base model, zero-shot.
    case(
        "X1418-009",
        caption("a young boy wearing a blue and white plaid shirt and pants"),
        wearing("pajamas", who="he"),
        col("shirt", "blue and white"),
        col("pants", "blue and white"),
        Q.pattern("plaid"),
        describe("shirt", "a blue and white plaid shirt with buttons down the front"),
        details("pants", "the pants have a drawstring at the waist and pockets on the sides", "unsupported"),
        gender="Boys",
        title="Mini Klub Boys Blue & White Checked Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: girl holding a plush cat, peach knee-length short-sleeve nightdress with a cat print and a frilled hem.
    # All texts: base model, zero-shot.
    case(
        "X1418-010",
        caption("a little girl in a pink dress holding a stuffed animal"),
        wearing("a nightgown", who="she"),
        Q.color("pink"),
        Q.garment_type("dress"),
        is_a("nightdress", "no", "contradiction"),
        describe("nightdress", "a pink dress with a cat on it"),
        gender="Girls",
        title="Nauti Nati Girls Peach-Coloured Cat Printed Nightdress",
        category="Nightdress",
        color="Peach",
    ),
    # Photo: boy, navy polo-collar half-sleeve tee with a small chest logo, navy pyjamas with red side piping.
    # All texts: base model, zero-shot.
    case(
        "X1418-011",
        caption("a young boy in a navy blue pajama set"),
        wearing("he is wearing pajamas", who="he"),
        col("shirt", "blue"),
        col("pants", "black", "contradiction"),
        describe("shirt", "a blue polo shirt with a logo on it"),
        details("shirt", "the shirt has a collar and buttons"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Navy Blue Solid Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: flat lay of three short-sleeve envelope-neck bodysuits: white, grey melange, mint with an elephant.
    # All texts: base model, zero-shot.
    case(
        "X1418-012",
        caption("three baby onesies on a white background"),
        wearing("a onesie", who="she"),
        Q.color("white"),
        Q.garment_type("onesie"),
        is_a("bodysuit", "yes"),
        Q.sleeve_length("short"),
        gender="Unisex",
        title="Moms Love Unisex Kids Pack of 3 Pure Cotton Bodysuits",
        category="Bodysuit",
        color="Multi",
    ),
    # Photo: girl, red full-sleeve top with a white heart print, white pyjamas with small red hearts.
    # All texts: base model, zero-shot.
    case(
        "X1418-013",
        caption("a little girl wearing red and white pajamas with hearts on them"),
        wearing("pajamas", who="she"),
        col("shirt", "red"),
        col("pants", "red", "other_garment_color"),
        describe("shirt", "a red shirt with white hearts on it"),
        details("pants", "the details of the pants", "restated"),
        gender="Girls",
        title="Sweet Dreams Girls Red & White Heart Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: boy, black half-sleeve tee with a red Spider-Man print, red shorts with a black web print.
    # All texts: base model, zero-shot.
    case(
        "X1418-014",
        caption("a boy wearing a spiderman t - shirt and shorts"),
        wearing("spiderman pajamas", who="he"),
        col("shirt", "black"),
        col("shorts", "black", "other_garment_color"),
        describe("shirt", "a black t - shirt with spiderman on it"),
        details(
            "shirt",
            "spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman spiderman"
            " spiderman spiderman spiderman spiderman spiderman",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Marvel by Wear Your Mind Boys Black & Red Spider-Man Printed Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: back view: baby lying on its tummy on a grey blanket, light blue footed sleepsuit (front zip not visible).
    # All texts: base model, zero-shot.
    case(
        "X1418-015",
        caption("a baby laying on its stomach on a bed"),
        wearing("a blue onesie", who="she"),
        Q.color("blue"),
        describe("romper", "the romper has buttons down the front", "unsupported"),
        Q.sleeve_length("long"),
        gender="Unisex",
        title="Chicco Unisex Kids Blue Solid Sleepsuit",
        category="Sleepsuit",
        color="Blue",
    ),
    # Photo: boy, olive half-sleeve henley tee, grey melange shorts. All texts: base model, zero-shot.
    case(
        "X1418-016",
        caption("a young boy wearing a green shirt and gray shorts"),
        wearing("a green shirt and gray shorts", who="he"),
        col("shirt", "green"),
        col("shorts", "green", "other_garment_color"),
        details("shorts", "they are shorts", "non_answer"),
        Q.pattern("solid"),
        gender="Boys",
        title="Allen Solly Junior Boys Olive Green & Grey Solid Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Photo: girl, mustard-and-white horizontal striped full-sleeve top, plain mustard pyjamas.
    # All texts: base model, zero-shot. The pants are solid; the stripes are the top's.
    case(
        "X1418-017",
        caption("a little girl in yellow and white striped pajamas"),
        wearing("pajamas", who="she"),
        col("shirt", "yellow and white"),
        col("pants", "yellow"),
        Q.pattern("striped"),
        describe("shirt", "a yellow and white striped shirt with long sleeves"),
        details("pants", "the pants are yellow and white striped", "contradiction"),
        gender="Girls",
        title="Hopscotch Girls Mustard Yellow & White Striped Night Suit",
        category="Night suits",
        color="Mustard",
    ),
    # Photo: boy, blue half-sleeve round-neck tee with the Paw Patrol pups, navy pants with a paw print.
    # All texts: base model, zero-shot.
    case(
        "X1418-018",
        caption("a young boy wearing a paw patrol shirt and pants"),
        wearing("paw patrol pajamas", who="he"),
        col("shirt", "blue"),
        col("pants", "blue"),
        describe("shirt", "a blue t - shirt with paw patrol characters on it"),
        details(
            "shirt",
            "the shirt has a round neck and short sleeves and a picture of the paw patrol characters on the front and"
            " the words paw patrol written in",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Kids Ville Boys Blue Paw Patrol Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: boy of about six with short hair, green half-sleeve tee with dinosaurs, green shorts.
    # All texts: base model, zero-shot (the job asked "she" for a unisex product).
    case(
        "X1418-019",
        caption("a little boy wearing a green dinosaur pajama set"),
        wearing("she is wearing a green shirt and green shorts", "pronoun", who="she"),
        col("shirt", "green"),
        col("shorts", "green"),
        Q.material("cotton"),
        describe("shirt", "a green t - shirt with dinosaurs on it"),
        gender="Unisex",
        title="YK Unisex Kids Green Dinosaur Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Photo: girl, lavender satin notch-collar full-sleeve shirt with white piping, lavender satin pants.
    # All texts: base model, zero-shot.
    case(
        "X1418-020",
        caption("a little girl wearing a purple satin pajama set"),
        wearing("pajamas", who="she"),
        col("shirt", "purple"),
        Q.material("cotton", "contradiction"),
        describe("shirt", "a purple button down shirt with white piping"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Mothercare Girls Lavender Solid Satin Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: boy in grey printed pyjama bottoms (one of the pack) with a plain white tee; elastic waistband visible.
    # All texts: base model, zero-shot.
    case(
        "X1418-021",
        caption("a young boy in a white shirt and gray pants"),
        wearing("pajamas", who="he"),
        col("pants", "gray"),
        col("shirt", "gray", "other_garment_color"),
        Q.garment_type("pants"),
        details("pants", "the pants have an elastic waistband"),
        gender="Boys",
        title="Bodycare Kids Boys Pack of 2 Grey & Navy Blue Printed Pyjamas",
        category="Pyjamas",
        color="Grey",
    ),
    # Photo: baby girl with a pink headband sitting on the floor, off-white sleeveless romper with a blue whale print.
    # All texts: base model, zero-shot.
    case(
        "X1418-022",
        caption("a baby girl sitting on the floor wearing a white romper"),
        wearing("a white romper", who="she"),
        Q.color("white"),
        describe("romper", "a white romper with blue whales on it"),
        Q.sleeve_length("sleeveless"),
        is_a("romper", "yes"),
        Q.pattern("floral", "contradiction"),
        gender="Unisex",
        title="Superminis Unisex Kids Off White & Blue Whale Printed Romper",
        category="Rompers",
        color="Off White",
    ),
    # Photo: flat lay, grey melange full-sleeve tee with a rocket print (no text on it), grey-and-navy striped pants.
    # The feed has no colour for this product. All texts: base model, zero-shot.
    case(
        "X1418-023",
        caption("a pair of pajamas with a rocket ship on it"),
        wearing("pajamas", who="he"),
        col("shirt", "gray"),
        col("pants", "gray"),
        describe("shirt", 'a gray shirt with a rocket ship on it and the words "to the moon"', "unsupported"),
        details("pants", "the pants are striped"),
        Q.pattern("striped"),
        gender="Boys",
        title="DeFacto Boys Grey Rocket Printed Pyjama Set",
        category="Night suits",
    ),
    # Photo: girl in a white midi nightdress with small pink flowers, puff short sleeves, ruffled hem.
    # All texts: base model, zero-shot; the type answer went on with the QA pattern to the limit.
    case(
        "X1418-024",
        caption("a little girl in a white dress with pink flowers"),
        wearing("a white nightgown", who="she"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.garment_type(
            "dress Question: What is the color of the dress? Answer: white Question: What is the color of the dress?"
            " Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Gini and Jony Girls White Floral Printed Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Photo: flat lay, grey melange long-sleeve hooded romper with bear ears on the hood, a small plush bear beside it.
    # All texts: base model, zero-shot.
    case(
        "X1418-025",
        caption("a gray baby onesie with a teddy bear next to it"),
        wearing("a teddy bear", "contradiction", who="she"),
        Q.color("gray"),
        Q.garment_type("hoodie", "contradiction"),
        is_a("romper", "yes"),
        describe("romper", "a gray romper with a hood and bear ears"),
        gender="Unisex",
        title="Babyhug Unisex Kids Grey Melange Hooded Romper with Bear Ears",
        category="Rompers",
        color="Grey Melange",
    ),
    # Photo: girl, white tee with pink raglan full sleeves and a cat graphic, pink pyjamas with a cat print.
    # All texts: base model, zero-shot.
    case(
        "X1418-026",
        caption("a little girl wearing pink and white pajamas with a cat on the shirt"),
        wearing("pajamas", who="she"),
        col("shirt", "white"),
        col("pants", "pink"),
        describe(
            "shirt",
            "the shirt is a white t - shirt with pink sleeves and a picture of a cat on the front of it and the cat is"
            " wearing a pink",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Nauti Nati Girls White & Pink Cat Printed Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: boy of about four with shoulder-length curly hair, teal half-sleeve tee with a whale print, teal-and-white
    # striped shorts. All texts: base model, zero-shot.
    case(
        "X1418-027",
        caption("a little girl wearing a blue shirt and striped shorts", "pronoun"),
        wearing("a blue shirt and striped shorts", who="he"),
        col("shirt", "blue"),
        col("shorts", "blue and white"),
        Q.pattern("striped"),
        is_a("night suit", "no", "contradiction"),
        gender="Boys",
        title="Cub McPaws Boys Teal Blue Whale Printed Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Photo: baby in a white short-sleeve bodysuit printed "mummy's little star" in navy; the second (navy) bodysuit of
    # the pack in an inset. All texts: base model, zero-shot.
    case(
        "X1418-028",
        caption("a baby wearing a white onesie that says mummy's little star"),
        wearing("a onesie", who="she"),
        Q.color("white"),
        Q.garment_type("t - shirt", "contradiction"),
        is_a("bodysuit", "yes"),
        Q.sleeve_length("short"),
        gender="Unisex",
        title="Mini Klub Unisex Kids Pack of 2 White & Navy Blue Printed Bodysuits",
        category="Bodysuit",
        color="White",
    ),
    # Photo: girl of about ten, coral half-sleeve tee with a "sleepy sloth" graphic (no pocket), coral-and-white
    # polka-dot shorts. All texts: base model, zero-shot.
    case(
        "X1418-029",
        caption("a girl in an orange shirt and shorts with a sloth on it"),
        wearing("pajamas", who="she"),
        col("shirt", "orange"),
        col("shorts", "pink"),
        details("shirt", "the shirt has a picture of a sloth and a pocket on the front", "unsupported"),
        Q.pattern("polka dot"),
        Q.material("cotton"),
        gender="Girls",
        title="Marks & Spencer Girls Coral Printed Pure Cotton Short Pyjamas",
        category="Night suits",
        color="Coral",
    ),
    # Photo: flat lay of three long-sleeve footed sleepsuits: white with stars, blue with moons, grey with clouds.
    # All texts: base model, zero-shot; the caption looped to the 50-token limit.
    case(
        "X1418-030",
        caption(
            "three baby onesies with stars and moons on them, one with stars, one with moons, one with stars, one with"
            " moons, one with stars, one with moons, one with stars, one with moons, one with",
            "loop",
            hit_limit=True,
        ),
        wearing("onesies", who="she"),
        Q.color("blue"),
        Q.pattern("stars"),
        Q.sleeve_length("long"),
        is_a("sleepsuit", "no", "contradiction"),
        gender="Unisex",
        title="Chicco Unisex Kids Pack of 3 Printed Sleepsuits",
        category="Sleepsuit",
        color="Multi",
    ),
    # Photo: boy, red half-sleeve tee with a fire truck print, navy shorts. All texts: base model, zero-shot.
    case(
        "X1418-031",
        caption("a young boy wearing a red shirt with a fire truck on it"),
        wearing("a red shirt and blue shorts", who="he"),
        col("shirt", "red"),
        col("shorts", "red", "other_garment_color"),
        describe("shirt", "a red long sleeve shirt with a fire truck on it", "contradiction"),
        details("shorts", "the shorts are blue"),
        gender="Boys",
        title="Max Boys Red & Navy Blue Fire Truck Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: baby lying on a white sheet, beige full-sleeve footed fleece sleepsuit with a front zip and a small bear
    # patch on the chest; the photo does not show the baby's sex. All texts: base model, zero-shot.
    case(
        "X1418-032",
        caption("a baby laying down in a onesie"),
        wearing("she is wearing a onesie", who="she"),
        Q.color("white", "contradiction"),
        Q.material("cotton", "contradiction"),
        describe("romper", "a onesie with a bear on the chest"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Babyhug Unisex Kids Beige Solid Fleece Sleepsuit",
        category="Sleepsuit",
        color="Beige",
    ),
    # Photo: girl, navy blue knee-length short-sleeve nightdress with a scatter of yellow stars.
    # All texts: base model, zero-shot. "yellow" is the stars' color.
    case(
        "X1418-033",
        caption("a little girl in a blue dress with yellow stars"),
        wearing("a dress", who="she"),
        Q.color("yellow", "contradiction"),
        Q.pattern("stars"),
        Q.garment_type("dress"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="YK Girls Navy Blue Star Printed Nightdress",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Photo: back view, boy with his back to the camera, charcoal tee with a Batman logo printed on the back, charcoal
    # pyjamas. All texts: base model, zero-shot; nothing of the front is visible.
    case(
        "X1418-034",
        caption("the back of a young boy wearing a batman shirt"),
        wearing("batman pajamas", who="he"),
        col("shirt", "black"),
        col("pants", "black"),
        describe("shirt", "a black t - shirt with a batman logo on the front", "unsupported"),
        details("pants", "pants", "non_answer"),
        gender="Boys",
        title="Kids Ville Boys Charcoal Grey Batman Printed Night Suit",
        category="Night suits",
        color="Charcoal",
    ),
    # Photo: toddler girl holding a red balloon, pink-and-white striped sleeveless romper with ruffled shoulders,
    # shorts-length legs. All texts: base model, zero-shot.
    case(
        "X1418-035",
        caption("a little girl in a pink and white striped romper holding a balloon"),
        wearing("a pink and white striped romper", who="she"),
        Q.color("pink and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short", "contradiction"),
        describe("romper", "it's a romper", "non_answer"),
        is_a("romper", "yes"),
        gender="Girls",
        title="Hopscotch Girls Pink & White Striped Ruffled Romper",
        category="Rompers",
        color="Pink",
    ),
    # Photo: girl of about eight with a short bob and a hair clip, blue-and-grey colourblocked full-sleeve tee, grey
    # joggers. All texts: base model, zero-shot.
    case(
        "X1418-036",
        caption("a young boy wearing a blue and gray shirt and gray pants", "pronoun"),
        wearing("a blue and gray shirt and gray pants", who="she"),
        col("shirt", "blue and gray"),
        col("pants", "gray"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        gender="Unisex",
        title="YK Unisex Kids Blue & Grey Colourblocked Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: two boys side by side, one in a navy set with stars, one in a grey set with planets. The feed has no
    # category for this product. All texts: base model, zero-shot.
    case(
        "X1418-037",
        caption("two young boys in pajamas standing next to each other"),
        wearing("pajamas", who="he"),
        col("shirt", "blue"),
        col("pants", "blue and gray"),
        details("shirt", "the shirt has stars and planets on it"),
        Q.material("polyester", "contradiction"),
        gender="Boys",
        title="Marks & Spencer Boys Pack of 2 Pure Cotton Pyjama Sets",
        color="Navy Blue",
    ),
    # Photo: baby sitting, yellow sleeveless jersey bodysuit, bare legs. All texts: base model, zero-shot.
    case(
        "X1418-038",
        caption("a baby sitting in a yellow onesie"),
        wearing("a diaper", "contradiction", who="she"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("onesie"),
        Q.material("silk", "unsupported"),
        gender="Unisex",
        title="Mothercare Unisex Kids Yellow Solid Sleeveless Bodysuit",
        category="Bodysuit",
        color="Yellow",
    ),
    # Photo: cropped from the waist down: blue-and-green checked brushed flannel pyjama bottoms with a visible white
    # drawstring, the hem of a plain white tee, bare feet. All texts: base model, zero-shot.
    case(
        "X1418-039",
        caption("a person wearing blue plaid pajama pants"),
        wearing("pajama pants", who="he"),
        col("pants", "blue"),
        col("shirt", "blue", "other_garment_color"),
        Q.pattern("plaid"),
        Q.material("flannel"),
        details("pants", "the pants have a drawstring waist"),
        gender="Boys",
        title="H&M Boys Blue Checked Pyjama Bottoms",
        category="Pyjamas",
        color="Blue",
    ),
    # Photo: girl, peach full-sleeve top with a bunny and the words "some bunny loves me", peach-and-grey striped
    # pyjamas. All texts: base model, zero-shot.
    case(
        "X1418-040",
        caption("a little girl in pink pajamas with bunnies on them"),
        wearing("pajamas", who="she"),
        col("shirt", "pink"),
        col("pants", "pink and gray"),
        describe(
            "shirt",
            "a pink shirt with a bunny on it that says some bunny loves me some bunny loves me some bunny loves me some"
            " bunny loves me some",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        gender="Girls",
        title="Sweet Dreams Girls Peach-Coloured Bunny Printed Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: baby lying on a white blanket, mint green half-sleeve romper with a cactus print and front snaps.
    # All texts: base model, zero-shot; the color answer went on with the QA pattern to the limit.
    case(
        "X1418-041",
        caption("a baby laying on a bed wearing a green onesie with cactus on it"),
        wearing("a green onesie", who="she"),
        Q.color(
            "green Question: What is the color of the garment? Answer: green Question: What is the color of the"
            " garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("cactus"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Moms Love Unisex Kids Green Cactus Printed Cotton Romper",
        category="Rompers",
        color="Green",
    ),
    # Photo: boy, white-and-blue vertical striped button-front collared pyjama shirt, matching pants. The feed has no
    # gender for this product, so the job asked "she". All texts: base model, zero-shot.
    case(
        "X1418-042",
        caption("a young boy in a blue and white striped pajama set"),
        wearing("she is wearing a striped pajama set", "pronoun", who="she"),
        col("shirt", "blue and white"),
        col("pants", "blue and white"),
        Q.pattern("striped"),
        details("shirt", "the shirt has a collar and buttons down the front"),
        describe("shirt", "a striped shirt"),
        title="Gini and Jony Boys White & Blue Striped Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: girl, pink half-sleeve tee with Minnie Mouse's face, pink capri pyjamas with white polka dots (no bow).
    # The seller files it as a clothing set. All texts: base model, zero-shot.
    case(
        "X1418-043",
        caption("a little girl wearing a minnie mouse shirt and pink pants"),
        wearing("minnie mouse pajamas", who="she"),
        col("shirt", "pink"),
        col("pants", "pink"),
        describe("shirt", "a pink shirt with mickey mouse on it", "unsupported"),
        details("pants", "the pants have polka dots and a bow", "unsupported"),
        gender="Girls",
        title="YK Disney Girls Pink Minnie Mouse Printed Night Suit",
        category="Clothing Set",
        color="Pink",
    ),
    # Photo: boy, sea green sleeveless vest with a car print, navy shorts. All texts: base model, zero-shot.
    case(
        "X1418-044",
        caption("a young boy wearing a green tank top and blue shorts"),
        wearing("a tank top and shorts", who="he"),
        col("shirt", "green"),
        col("shorts", "navy"),
        Q.sleeve_length("sleeveless"),
        is_a("romper", "yes", "contradiction"),
        details("shirt", "the shirt has cars on it"),
        gender="Boys",
        title="Bodycare Kids Boys Sea Green & Navy Blue Printed Night Suit",
        category="Night suits",
        color="Sea Green",
    ),
    # Photo: baby lying on a white sheet, grey melange long-sleeve footed sleepsuit with an elephant print and a front
    # zip. All texts: base model, zero-shot.
    case(
        "X1418-045",
        caption("a baby in a gray onesie with elephants on it"),
        wearing("a gray onesie", who="she"),
        Q.color("gray"),
        describe("romper", "describe the romper", "restated"),
        Q.sleeve_length("long"),
        Q.pattern("animal print"),
        gender="Unisex",
        title="Mini Klub Unisex Kids Grey Melange Elephant Printed Sleepsuit",
        category="Sleepsuit",
        color="Grey Melange",
    ),
]
