"""BLIND_1346 (45 products; Myntra kids' sleepwear, base zero-shot, pronoun questions): written blind in the sixty-third
session. Measured blind at a6e2e4e (the session's eighth and final rules): 33/57 failures found (57.9%) and 28/210
correct texts flagged (13.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear: night suits, rompers, sleepsuits, bodysuits, nightdresses and pyjama
bottoms, sold as Boys, Girls or Unisex. The photos are the catalog's usual ones: a child (toddler to about ten) on a
plain white or pastel backdrop, now and then a flat lay of a pack, a back view, or a prop (teddy, pillow, rattle,
a bed). The job ran the untuned base model Salesforce/blip2-opt-2.7b zero-shot, greedy, one generate per prompt,
stopping on the newline, 50 new tokens for the caption and 30 for answers. The wearing question takes its pronoun
from the feed's gender column: "What is he wearing?" for Boys, "What is she wearing?" for Girls, and "she" as the
job's default for Unisex and for rows where the column is empty, so boys modelling unisex sets get "she".
Who wrote what: every text in this set is the base model's own: the caption from an empty prompt, each answer from
"Question: ... Answer:". Color questions are free generation (stored open); the type, color, pattern and sleeve
questions are the closed ones, whose raw text is kept. No adapter, no extractive QA.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near hues count as right: navy called "blue", peach or coral called "pink" or "orange", maroon called "red",
teal called "blue", lavender called "purple"; navy called "black" is wrong. One hue of a multicolour pack, or the
main hue of a printed garment, is right; the print's hue given as the garment's (pink for a white top with pink
flowers) is a contradiction, and another garment's hue given to the asked one is other_garment_color. Short but
true answers ("pajamas" to the wearing question, "yellow" to describe) are left correct; "pajamas" or "they are
rompers" to a details or describe question is non_answer; an answer that turns the question back into a sentence
("the shorts are shorts") is restated. A prop or accessory read into the garment (a teddy print that is a teddy
on the floor, a headband, socks on a footed suit) and details nobody can see (a zipper on a snap romper, fleece on
cotton jersey) are unsupported. A "she" or "a little girl" for the boy in the photo is pronoun, even on a Unisex
row; babies whose sex the photo doesn't show are never marked. Cut answers and loops ran to the 30-token limit.
The base model mostly answers short questions right on these simple two-piece sets, so failures sit near a fifth,
mostly on colors of two-piece sets, the details and describe questions, and the unisex pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1346 = [
    # Photo: boy (about 6) on white backdrop in a navy half-sleeve tee with yellow rocket prints and navy pyjamas with
    # small yellow rockets. Unisex row, so the job asked "she". All texts: base model zero-shot.
    case(
        "X1346-001",
        caption("a young boy in blue pajamas with rockets on them"),
        wearing("she is wearing pajamas", "pronoun", who="she"),
        color_of("top", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("night suit", "a night suit", "non_answer"),
        Q.pattern("printed"),
        gender="Unisex",
        title="YK Unisex Kids Navy Blue & Yellow Printed Night suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: girl (about 4) in a pink half-sleeve top with white polka dots and a bunny graphic, pink pyjamas with
    # polka dots; pastel backdrop. All texts: base model zero-shot.
    case(
        "X1346-002",
        caption("a little girl wearing pink pajamas with a bunny on it"),
        wearing("pink pajamas", who="she"),
        color_of("pajamas", "pink", kind="open"),
        details("pajamas", "pajamas", "non_answer"),
        material("cotton"),
        gender="Girls",
        title="Babyhug Girls Pink Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: boy (about 5) in a grey melange tee with a red dinosaur print and solid red pyjama pants, white backdrop,
    # no props. All texts: base model zero-shot.
    case(
        "X1346-003",
        caption("a little boy wearing a grey t - shirt and red pants holding a toy dinosaur", "unsupported"),
        wearing("pajamas", who="he"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("t-shirt", "a dinosaur"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="Hopscotch Boys Grey Melange & Red Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: flat lay of a white footed sleepsuit with small blue elephants and a row of snap buttons down the front.
    # No socks, no person. All texts: base model zero-shot.
    case(
        "X1346-004",
        caption("a white baby onesie with blue elephants on it and a pair of socks", "unsupported"),
        wearing("a onesie", who="he"),
        Q.color("white"),
        is_a("onesie", "yes"),
        details("sleepsuit", "it has snaps on the front"),
        material("cotton"),
        gender="Boys",
        title="Mothercare Infant Boys White Printed Pure Cotton Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Photo: baby sitting on a white backdrop in a yellow and white horizontally striped half-sleeve romper; the sex
    # can't be told. All texts: base model zero-shot.
    case(
        "X1346-005",
        caption("a baby in a yellow striped onesie sitting on a white background"),
        wearing("a yellow and white striped onesie", who="she"),
        Q.pattern("striped"),
        color_of("romper", "yellow", kind="open"),
        Q.sleeve_length("short"),
        describe("romper", "it is a romper", "non_answer"),
        gender="Unisex",
        title="Little Marine Infants Yellow Striped Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Photo: boy (about 7) in a blue tee with a car print and blue checked shorts; inset flat lay of the pack's second
    # set, green with trucks. All texts: base model zero-shot.
    case(
        "X1346-006",
        caption("two pajama sets for boys with cars on them"),
        wearing("pajamas", who="he"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they are short", "non_answer"),
        describe("pajamas", "blue and green pajamas with cars"),
        Q.color("blue"),
        gender="Boys",
        title="Sweet Dreams Boys Pack of 2 Printed Night suits",
        category="Night suits",
        color="Multi",
    ),
    # Photo: girl (about 5) in a lavender full-sleeve top with a white unicorn print and lavender pyjamas with white
    # stars. All texts: base model zero-shot.
    case(
        "X1346-007",
        caption("a little girl in purple pajamas with unicorns"),
        wearing("purple pajamas", who="she"),
        color_of("pajamas", "purple", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.pattern("printed"),
        details("pajamas", "unicorns and stars"),
        gender="Girls",
        title="H&M Girls Lavender Printed Cotton Pyjama Set",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: boy (about 8) in a navy and white striped full-sleeve tee and solid navy pyjamas, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X1346-008",
        caption("a little girl in a blue and white striped pajama set", "pronoun"),
        wearing("a blue and white striped shirt and blue pants", who="he"),
        color_of("pants", "blue and white", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        describe("shirt", "a blue and white striped shirt with long sleeves"),
        material("cotton"),
        gender="Boys",
        title="Bodycare Kids Boys Navy Blue Striped Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: flat lay of a green sleeveless romper with a white leaf print, snap buttons at the crotch and shoulder;
    # no zipper. All texts: base model zero-shot.
    case(
        "X1346-009",
        caption("a green romper with leaves on it"),
        wearing("a green romper", who="she"),
        color_of("romper", "green", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("romper", "it has a zipper on the front", "unsupported"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Babyhug Unisex Kids Green Printed Romper",
        category="Rompers",
        color="Green",
    ),
    # Photo: girl (about 6) in a white half-sleeve top with a red cherry print and solid red shorts, pastel pink
    # backdrop. All texts: base model zero-shot.
    case(
        "X1346-010",
        caption("a little girl in a white shirt and red shorts with cherries on it"),
        wearing("a white shirt and red shorts", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "the shorts are shorts", "restated"),
        material("cotton"),
        gender="Girls",
        title="Nauti Nati Girls White & Red Printed Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: boy (about 9) wearing the product, charcoal pyjama pants with a white and orange dinosaur print, styled
    # with a plain white tee. All texts: base model zero-shot.
    case(
        "X1346-011",
        caption("a boy in a white t - shirt and grey pajama pants"),
        wearing("pajamas", who="he"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        Q.garment_type("pajamas"),
        details("pants", "dinosaurs"),
        gender="Boys",
        title="max Boys Charcoal Grey Printed Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
    ),
    # Photo: girl (about 7) in a peach sleeveless knee-length nightdress with a lace trim at the hem, white wall.
    # All texts: base model zero-shot.
    case(
        "X1346-012",
        caption("a little girl in a pink dress standing in front of a white wall"),
        wearing("a dress", who="she"),
        is_a("nightdress", "no", "contradiction"),
        color_of("dress", "pink", kind="open"),
        details("dress", "lace"),
        describe("dress", "a dress", "non_answer"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Gini and Jony Girls Peach Solid Nightdress",
        category="Nightdress",
        color="Peach",
    ),
    # Photo: flat lay of three rompers: white with grey stars, plain grey melange, plain mint green. All texts: base
    # model zero-shot.
    case(
        "X1346-013",
        caption("three baby onesies in grey, white and green"),
        wearing("baby clothes", who="she"),
        Q.color("grey"),
        Q.garment_type("onesie"),
        details("rompers", "the details of the rompers", "restated"),
        material("cotton"),
        gender="Unisex",
        title="YK Unisex Kids Multicoloured Pack of 3 Rompers",
        category="Rompers",
        color="Multi",
    ),
    # Photo: girl (about 4) in a white half-sleeve tee with a pink heart print and pink checked pyjamas. The feed's
    # gender column is empty here. All texts: base model zero-shot.
    case(
        "X1346-014",
        caption("a little girl wearing a pink and white pajama set with hearts"),
        wearing("pajamas", who="she"),
        color_of("shirt", "pink", "other_garment_color", kind="open"),
        color_of("pants", "pink", kind="open"),
        Q.pattern("hearts"),
        describe("pajamas", "pink and white pajamas with hearts on the shirt and plaid pants"),
        title="Hopscotch Girls Pink & White Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: baby boy sitting in a plain blue romper with a white collar; a brown teddy bear sits on the floor beside
    # him, not on the romper. All texts: base model zero-shot.
    case(
        "X1346-015",
        caption("a baby boy sitting next to a teddy bear"),
        wearing("a blue romper", who="he"),
        color_of("romper", "blue", kind="open"),
        describe("romper", "a blue romper with a teddy bear on it", "unsupported"),
        details("romper", "collar"),
        material("cotton"),
        gender="Boys",
        title="Mothercare Infant Boys Blue Solid Pure Cotton Romper",
        category="Rompers",
        color="Blue",
    ),
    # Photo: baby boy lying on a white sheet in a yellow zip-front sleepsuit with grey cloud prints. All texts: base
    # model zero-shot.
    case(
        "X1346-016",
        caption("a baby boy in a yellow and grey onesie"),
        wearing("a yellow onesie", who="she"),
        color_of("sleepsuit", "yellow", kind="open"),
        Q.pattern("polka dots", "contradiction"),
        details("sleepsuit", "a zipper"),
        Q.sleeve_length("long"),
        gender="Unisex",
        title="Pantaloons Baby Unisex Kids Yellow & Grey Printed Sleepsuit",
        category="Sleepsuit",
        color="Yellow",
    ),
    # Photo: boy (about 6) in a black tee with a red Spider-Man print and red pyjamas with a black web print. All
    # texts: base model zero-shot.
    case(
        "X1346-017",
        caption("a boy wearing spiderman pajamas"),
        wearing("spiderman pajamas", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "red", kind="open"),
        describe("shirt", "black shirt with spiderman on it"),
        details(
            "pants",
            "spiderman, spiderman, spiderman, spiderman, spiderman, spiderman, spiderman, spiderman, spiderman, spider",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Kids Ville Boys Black & Red Spider-Man Printed Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: girl (about 8) in a navy full-sleeve top with small gold stars and matching navy pyjamas. All texts: base
    # model zero-shot.
    case(
        "X1346-018",
        caption("a little girl in a blue pajama set with gold stars"),
        wearing("a navy blue pajama set", who="she"),
        color_of("pajamas", "black", "contradiction", kind="open"),
        Q.pattern("stars"),
        material("cotton"),
        Q.sleeve_length("long sleeves"),
        gender="Girls",
        title="Marks & Spencer Girls Navy Blue Star Print Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: toddler boy in an off-white two-piece set (top and footless pants) with a small teal whale print. Unisex
    # row, so the job asked "she". All texts: base model zero-shot.
    case(
        "X1346-019",
        caption("a little boy in white pajamas with whales on them"),
        wearing("she is wearing white pajamas", "pronoun", who="she"),
        color_of("pajamas", "white", kind="open"),
        details("pajamas", "whales"),
        is_a("romper", "yes", "contradiction"),
        gender="Unisex",
        title="Babyhug Unisex Kids Off White Printed Night Suit",
        category="Night suits",
        color="Off White",
    ),
    # Photo: girl (about 9, short bob haircut) in a white half-sleeve tee with a teal owl print and teal capri pyjamas.
    # All texts: base model zero-shot.
    case(
        "X1346-020",
        caption("a young boy in a white t - shirt and blue pants", "pronoun"),
        wearing("a white shirt and blue pants", who="she"),
        color_of("pants", "blue", kind="open"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        describe("t-shirt", "a white t - shirt with an owl"),
        Q.garment_type("pajamas"),
        gender="Girls",
        title="Sweet Dreams Girls Teal Blue Printed Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Photo: boy (about 7) in an olive camouflage print tee and solid black pyjamas. All texts: base model zero-shot.
    case(
        "X1346-021",
        caption("a young boy wearing camouflage pajamas"),
        wearing("a camouflage shirt and camouflage pants", "contradiction", who="he"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        Q.pattern("camouflage"),
        describe("pajamas", "camouflage pajamas"),
        material("cotton"),
        gender="Boys",
        title="YK Boys Olive Green & Black Camouflage Printed Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Photo: back view of a girl (about 6) in a fuchsia full-length nightdress; the ballerina print is on the front and
    # does not show; no bow, plain back. All texts: base model zero-shot.
    case(
        "X1346-022",
        caption("the back of a little girl in a pink dress"),
        wearing("a pink dress", who="she"),
        color_of("dress", "pink", kind="open"),
        details("dress", "the back of the dress", "non_answer"),
        describe("dress", "a pink dress with a bow on the back", "unsupported"),
        is_a("nightdress", "yes"),
        gender="Girls",
        title="Bodycare Kids Girls Pink Printed Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Photo: baby (sex not shown) standing with help in a white and navy striped full-sleeve romper with a small
    # embroidered anchor. All texts: base model zero-shot.
    case(
        "X1346-023",
        caption("a baby wearing a striped onesie with an anchor"),
        wearing("a striped onesie", who="she"),
        color_of("romper", "blue", kind="open"),
        Q.pattern("striped"),
        details("romper", "anchor"),
        Q.sleeve_length("short", "contradiction"),
        gender="Unisex",
        title="Little Marine Unisex Kids White & Navy Blue Striped Romper",
        category="Rompers",
        color="White",
    ),
    # Photo: boy (about 5) hugging a white pillow, in a mustard tee with a navy bear and "sleepy bear" text, navy
    # shorts. All texts: base model zero-shot.
    case(
        "X1346-024",
        caption("a young boy holding a pillow"),
        wearing("a yellow shirt and blue shorts", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        details("shirt", "the shirt says sleepy bear on it"),
        gender="Boys",
        title="Hopscotch Boys Mustard Yellow & Navy Printed Night Suit",
        category="Night suits",
        color="Mustard",
    ),
    # Photo: girl (about 5) in a white full-sleeve top and pants, both with a small pink floral print; no lace.
    # All texts: base model zero-shot.
    case(
        "X1346-025",
        caption("a little girl in white pajamas with flowers on them"),
        wearing("pajamas", who="she"),
        color_of("pajamas", "pink", "contradiction", kind="open"),
        Q.pattern("floral"),
        material("cotton"),
        details("pajamas", "lace on the sleeves", "unsupported"),
        gender="Girls",
        title="Moms Love Girls White Floral Print Pure Cotton Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: flat lay of a red full-sleeve top with a reindeer print and red and green tartan pants. All texts: base
    # model zero-shot.
    case(
        "X1346-026",
        caption("a christmas pajama set with a reindeer on it"),
        wearing("a christmas sweater", "contradiction", who="she"),
        color_of("top", "red", kind="open"),
        color_of("pants", "red and green plaid", kind="open"),
        describe("pajamas", "a red and green christmas pajama set with a reindeer on the top and plaid pants"),
        is_a("romper", "no"),
        gender="Unisex",
        title="YK Unisex Kids Red & Green Christmas Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: flat lay of two sleepsuits, one light blue with a car print, one white with blue stripes. All texts: base
    # model zero-shot.
    case(
        "X1346-027",
        caption("two baby onesies with cars on them"),
        wearing("he is wearing a onesie", who="he"),
        Q.color("blue"),
        details("sleepsuits", "they are onesies", "non_answer"),
        material("cotton Question: What is the color of the onesies? Answer: blue", "leak"),
        Q.garment_type("onesie"),
        gender="Boys",
        title="Babyhug Boys Blue Printed Cotton Sleepsuit Set of 2",
        category="Sleepsuit",
        color="Blue",
    ),
    # Photo: boy (about 6) in a green full-sleeve cotton jersey top with a dinosaur skeleton print and green pants.
    # All texts: base model zero-shot.
    case(
        "X1346-028",
        caption("a little boy in green pajamas with dinosaurs"),
        wearing("dinosaur pajamas", who="he"),
        color_of("pajamas", "green", kind="open"),
        details("pajamas", "no", "non_answer"),
        Q.sleeve_length("long"),
        material("flannel", "unsupported"),
        gender="Boys",
        title="H&M Boys Green Dinosaur Print Pyjama Set",
        category="Night suits",
        color="Green",
    ),
    # Photo: toddler girl in a yellow sleeveless romper with a lemon print and a white bow headband, plain white
    # backdrop. All texts: base model zero-shot.
    case(
        "X1346-029",
        caption("a little girl in a yellow romper with lemons sitting on the grass", "unsupported"),
        wearing("a yellow romper and a headband", who="she"),
        color_of("romper", "yellow", kind="open"),
        describe("romper", "yellow"),
        is_a("romper", "no", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Nauti Nati Girls Yellow Printed Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Photo: flat lay of two pyjama bottoms, one navy checked, one grey melange; elastic waist, no drawstring.
    # All texts: base model zero-shot.
    case(
        "X1346-030",
        caption("two pairs of pajama pants in blue and grey"),
        wearing("pajama pants", who="he"),
        Q.color("blue"),
        Q.pattern("plaid"),
        details("pajama pants", "elastic waistband and drawstring", "unsupported"),
        Q.garment_type("pants"),
        gender="Boys",
        title="Sweet Dreams Boys Navy & Grey Pack of 2 Pyjamas",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Photo: girl (about 8) in a coral half-sleeve tee with "dream big" text and coral and white striped pants.
    # All texts: base model zero-shot.
    case(
        "X1346-031",
        caption("a little girl in an orange t - shirt that says dream big"),
        wearing("a pink shirt and striped pants", who="she"),
        color_of("t-shirt", "orange", kind="open"),
        color_of("pants", "orange and white", kind="open"),
        details("t-shirt", "dream big"),
        gender="Girls",
        title="Allen Solly Junior Girls Coral Printed Night Suit",
        category="Night suits",
        color="Coral",
    ),
    # Photo: boy (about 5) in a blue tee with Paw Patrol characters and grey pyjamas with a small paw print. All texts:
    # base model zero-shot.
    case(
        "X1346-032",
        caption("a boy wearing a paw patrol shirt and grey pants"),
        wearing("paw patrol pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("shirt", "a blue shirt with paw patrol characters on it"),
        details("pants", "What are the pants details? Answer: grey pants with paw prints", "leak"),
        gender="Boys",
        title="Kids Ville Boys Blue Paw Patrol Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: flat lay of three half-sleeve bodysuits: plain pink, white with pink hearts, pink and white striped.
    # All texts: base model zero-shot.
    case(
        "X1346-033",
        caption("three baby onesies in pink and white"),
        wearing("a pink onesie", who="she"),
        Q.color("pink"),
        Q.pattern("hearts"),
        Q.sleeve_length("short sleeve"),
        describe("bodysuits", "they are bodysuits", "non_answer"),
        gender="Girls",
        title="Mothercare Infant Girls Pink & White Pack of 3 Bodysuits",
        category="Bodysuit",
        color="Pink",
    ),
    # Photo: toddler girl in a grey melange full-length hooded romper, cotton terry, with bear ears on the hood and a
    # front zip. All texts: base model zero-shot.
    case(
        "X1346-034",
        caption("a little girl in a grey hooded onesie with bear ears"),
        wearing("a bear costume", who="she"),
        color_of("romper", "grey", kind="open"),
        details("romper", "ears on the hood"),
        material("fleece", "unsupported"),
        Q.sleeve_length("long sleeves"),
        gender="Unisex",
        title="YK Unisex Kids Grey Melange Hooded Romper",
        category="Rompers",
        color="Grey Melange",
    ),
    # Photo: boy (about 9) in a classic button-front pyjama set: white with thin blue stripes, notched collar, chest
    # pocket, matching pants with an elastic waist. All texts: base model zero-shot.
    case(
        "X1346-035",
        caption("a young boy in blue and white striped pajamas"),
        wearing("pajamas", who="he"),
        color_of("shirt", "white and blue", kind="open"),
        details("shirt", "buttons"),
        describe(
            "pajamas",
            "blue and white striped pajamas with buttons on the front and a collar on the neck and a pocket on the"
            " chest and the pants have an elastic waist and the",
            "cut",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Babyhug Boys White & Blue Striped Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: flat lay of a pink printed romper with frill sleeves, a wooden rattle beside it; no headband. All texts:
    # base model zero-shot.
    case(
        "X1346-036",
        caption("a pink baby romper and a rattle on a white background"),
        wearing("a pink romper", who="she"),
        color_of("romper", "pink", kind="open"),
        details("romper", "ruffles"),
        describe("romper", "a pink romper with ruffled sleeves and a matching headband", "unsupported"),
        material("cotton"),
        gender="Girls",
        title="Cucumber Infant Girls Pink Printed Romper",
        category="Rompers",
        color="Pink",
    ),
    # Photo: boy (about 10) in a black tee with neon green "game on" text and a game controller print, black shorts.
    # All texts: base model zero-shot.
    case(
        "X1346-037",
        caption("a young boy in a black t - shirt that says game on and black shorts"),
        wearing("black shirt and black shorts", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("shorts", "green", "contradiction", kind="open"),
        details("shirt", "game on"),
        material("cotton"),
        gender="Boys",
        title="Hopscotch Boys Black Printed Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: toddler boy standing in a navy footless sleepsuit printed with planets, rockets and stars. Unisex row, so
    # the job asked "she". All texts: base model zero-shot.
    case(
        "X1346-038",
        caption("a little girl in a blue pajama with planets and rockets", "pronoun"),
        wearing("a blue onesie", who="she"),
        color_of("sleepsuit", "blue", kind="open"),
        details(
            "sleepsuit",
            "planets, rockets, stars, moons, planets, rockets, stars, moons, planets, rockets, stars, moons, planets,"
            " rockets",
            "loop",
            hit_limit=True,
        ),
        is_a("sleepsuit", "yes"),
        gender="Unisex",
        title="Marks & Spencer Unisex Kids Navy Blue Space Print Sleepsuit",
        category="Sleepsuit",
        color="Navy Blue",
    ),
    # Photo: girl (about 9) in a lavender satin (polyester) button-front shirt with white piping and satin pants.
    # All texts: base model zero-shot.
    case(
        "X1346-039",
        caption("a little girl in a purple satin pajama set"),
        wearing("pajamas", who="she"),
        material("satin"),
        color_of("shirt", "purple", kind="open"),
        details("shirt", "white trim"),
        describe("pajamas", "a purple silk pajama set with white trim", "unsupported"),
        gender="Girls",
        title="Gini and Jony Girls Lavender Satin Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: girl (about 6) in a mint green tee with an Elsa print (Elsa in a blue dress) and mint pants with white
    # snowflakes. All texts: base model zero-shot.
    case(
        "X1346-040",
        caption("a little girl wearing a frozen pajama set"),
        wearing("a frozen shirt and pants", who="she"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        color_of("pants", "green", kind="open"),
        Q.pattern("snowflakes"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Kids Ville Girls Mint Green Frozen Printed Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Photo: back view of a boy (about 8) in a solid maroon full-sleeve top with ribbed cuffs and maroon pants with an
    # elastic waist. All texts: base model zero-shot.
    case(
        "X1346-041",
        caption("the back view of a boy in a maroon pajama set"),
        wearing("pajamas", who="he"),
        color_of("pajamas", "red", kind="open"),
        Q.pattern("solid"),
        describe(
            "pajamas",
            "a maroon pajama set with long sleeves and an elastic waistband on the pants and ribbed cuffs on the"
            " sleeves and the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        gender="Boys",
        title="Bodycare Kids Boys Maroon Solid Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: girl (about 4) holding a teddy bear, in a peach top with cloud prints and "sleepy head" text, white pants
    # with peach stripes. Gender column empty. All texts: base model zero-shot.
    case(
        "X1346-042",
        caption("a little girl holding a teddy bear wearing pink pajamas"),
        wearing("pink pajamas", who="she"),
        color_of("top", "pink", kind="open"),
        color_of("pants", "pink", kind="open"),
        details("top", "sleepy head"),
        material("cotton"),
        title="YK Girls Peach & White Printed Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: flat lay of a sky blue half-sleeve romper with white clouds and "little dreamer" text. All texts: base
    # model zero-shot.
    case(
        "X1346-043",
        caption("a blue baby romper with clouds on it"),
        wearing("a romper", who="she"),
        Q.color("blue"),
        Q.garment_type("romper"),
        details("romper", "little dreamer"),
        describe("romper", "a blue romper with clouds and the words little dreamer on the front"),
        gender="Unisex",
        title="Babyhug Unisex Kids Blue Printed Romper",
        category="Rompers",
        color="Blue",
    ),
    # Photo: boy (about 7) lying on a bed (a set prop) in a grey melange tee with "weekend mode" text and navy pyjamas.
    # All texts: base model zero-shot.
    case(
        "X1346-044",
        caption("a young boy laying on a bed in his pajamas"),
        wearing("pajamas", who="he"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("t-shirt", "weekend mode"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Sweet Dreams Boys Grey Melange & Navy Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: girl (about 7) sitting on a wooden chair in a red tartan brushed-cotton pyjama set, button-front shirt
    # with a collar. All texts: base model zero-shot.
    case(
        "X1346-045",
        caption("a little girl in red plaid pajamas sitting on a chair"),
        wearing("a red plaid shirt and pants", who="she"),
        Q.pattern("plaid"),
        material("flannel"),
        color_of("pajamas", "red", kind="open"),
        details("pajamas", "buttons on the front and a collar"),
        describe("pajamas", "pajamas", "non_answer"),
        gender="Girls",
        title="Marks & Spencer Girls Red Tartan Checked Brushed Cotton Pyjama Set",
        category="Night suits",
        color="Red",
    ),
]
