"""BLIND_1394 (45 products; Myntra kids' sleepwear, rompers and night suits, base zero-shot, pronoun questions): written
blind in the sixty-fourth session. Measured blind at 7897fa2 (the session's third rules): 54/83 failures found
(65.1%) and 28/204 correct texts flagged (13.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear (night suits with pants or shorts, nightdresses, rompers, sleepsuits,
bodysuits, one pair of lounge pants), sold as Boys, Girls or Unisex. The photos are the catalog's usual shots: a child
on a plain white or grey backdrop, a few babies lying on a blanket or in a crib, a back view, three flat lays, props
(a teddy bear, a doll, a pillow, a christmas tree, a basketball), one baby held by an adult. The feed's columns are
title, category (Myntra's article type), color (its base colour) and gender, with a brand column on some rows; a few
rows lack gender or category, as the feed has them.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy. The caption is the
unconditional caption (no prompt, 50 new tokens at most); the answers use the `Question: ... Answer:` prompt, 30 new
tokens at most. The job picks the pronoun from the gender column: "What is she wearing?" for Girls, "What is he
wearing?" for Boys and also for Unisex and for rows without gender (its default). Color questions are free generation
(stored open); pattern, sleeve length and the "Is this a ...?" question are stored closed; material is open.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. The base model mostly answers short and stops, so loops and cuts are fewer than with the adapters; its errors
are colors (one color for two garments, the color of a blanket, a teddy bear or an adult's shirt), sleeve lengths,
invented details (hood, pocket, bow, prints on plain shorts, prints hidden in a back view), fabrics the title does not
support, and gendered words for babies. A color of a prop or backdrop given to the product is `contradiction`; a
color of another garment in the photo (the other half of the set, an adult's shirt, a doll's dress) is
`other_garment_color`. A caption or answer that calls a girl a boy (or a boy a girl) is `pronoun`, also on Unisex rows
when the photo plainly shows the child; "baby" without a gender is never marked. Near hues are accepted (navy as
"blue", peach as "pink", maroon as "red", coral as "orange", mint as "green", teal as "blue"). For multi-colored
sets and packs an answer that names one of the colors shown is accepted. "nothing" for what a child is wearing in a
flat lay is `non_answer`; "pajamas" or "a onesie" for it is accepted. Material answers are marked only when they
contradict a title that names the fabric or name a fabric the photo does not show (silk, satin, wool, denim, fleece);
"cotton" on a pure cotton title is correct. An answer naming a garment the product is not (costume, uniform, dress
for a romper, diaper, blanket, teddy bear) is `contradiction`. Answers ending in "Question: ..." or starting with
"Answer:" are `leak`. hit_limit marks the answers that ran to the 30-token limit (no caption reached 50).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1394 = [
    # Photo: boy (about 6) on a white backdrop in a navy full-sleeve top with a green dinosaur print and grey melange
    # pyjama pants. Caption and answers: base model, zero-shot.
    case(
        "X1394-001",
        caption("a young boy wearing pajamas with dinosaurs on them"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a dinosaur on it"),
        Q.sleeve_length("short", "contradiction"),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Nap Chief Boys Navy Blue & Grey Melange Dinosaur Printed Night suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: girl sitting on a bed with two pillows, in a pink short-sleeve nightdress with a unicorn print, no bow.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-002",
        caption("a little girl sitting on a bed in a pink nightgown"),
        wearing("a nightgown", who="she"),
        color_of("dress", "pink", kind="open"),
        describe("dress", "a pink dress with a unicorn on it"),
        details("dress", "it has a bow on the front", "unsupported"),
        Q.sleeve_length("short"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Hopscotch Girls Pink Unicorn Printed Pure Cotton Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Photo: infant lying on a white blanket in a white half-sleeve romper with thin navy stripes, snap buttons.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-003",
        caption("a baby laying on a bed wearing a striped onesie"),
        wearing("a onesie", who="he"),
        color_of("romper", "white", kind="open"),
        details("romper", "the romper details are the details of the romper", "restated"),
        Q.pattern("striped"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Infants Unisex White & Navy Striped Pure Cotton Romper",
        category="Rompers",
        color="White",
    ),
    # Photo: girl standing on a white backdrop, lavender full-sleeve top with a moon and "Sweet Dreams", lavender and
    # white checked pyjama pants. Caption and answers: base model, zero-shot.
    case(
        "X1394-004",
        caption("a little girl in purple pajamas standing in front of a white wall"),
        wearing("pajamas", who="she"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "purple", kind="open"),
        details("shirt", "it says good night", "unsupported"),
        details("pants", "plaid"),
        Q.pattern("plaid"),
        gender="Girls",
        brand="YK",
        title="YK Girls Lavender Typography Printed Night suit",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: boy on a grey backdrop, mustard half-sleeve tee with a dump-truck print, plain navy shorts.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-005",
        caption("a little boy in a yellow shirt and blue shorts"),
        wearing("a yellow shirt and blue shorts", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        describe("shirt", "a yellow shirt with a truck on it"),
        details("shorts", "the shorts are shorts", "restated"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Boys Mustard & Navy Blue Truck Printed Night suit",
        category="Night suits",
        color="Mustard",
    ),
    # Photo: baby sitting on a wooden floor in a grey melange footed sleepsuit with small white stars, zip front.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-006",
        caption("a baby in a gray onesie sitting on the floor"),
        wearing("a onesie", who="he"),
        is_a("sleepsuit", "no", "contradiction"),
        color_of("sleepsuit", "gray", kind="open"),
        details("sleepsuit", "it has a zipper"),
        Q.material("fleece", "unsupported"),
        gender="Unisex",
        brand="Babyhug",
        title="Babyhug Unisex Kids Grey Melange Star Printed Pure Cotton Sleepsuit",
        category="Sleepsuit",
        color="Grey Melange",
    ),
    # Photo: flat lay on white, no child: peach half-sleeve top with a bunny print, white pyjama pants with peach
    # polka dots. Caption and answers: base model, zero-shot.
    case(
        "X1394-007",
        caption("a pajama set with a bunny on it"),
        wearing("nothing", "non_answer", who="she"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "white", kind="open"),
        describe(
            "shirt",
            "a pink shirt with a bunny on it and a pink shirt with a bunny on it and a pink shirt with a bunny on it "
            "and a pink shirt",
            "loop",
            hit_limit=True,
        ),
        details("pants", "polka dots"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="Girls Peach & White Bunny Printed Night suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: baby boy standing holding a plastic toy, olive green sleeveless romper with a buttoned front placket.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-008",
        caption("a baby girl in a green romper holding a toy", "pronoun"),
        wearing("a romper", who="he"),
        color_of("romper", "green", kind="open"),
        details("romper", "it has buttons on the front"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("romper", "yes"),
        gender="Boys",
        title="Mothercare Infant Boys Olive Green Solid Pure Cotton Romper",
        category="Rompers",
        color="Olive",
    ),
    # Photo: girl next to a christmas tree, red full-sleeve top with white reindeer print, plain red pyjama pants.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-009",
        caption("a little girl in red pajamas standing next to a christmas tree"),
        wearing("christmas pajamas", who="she"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "green", "contradiction", kind="open"),
        details("shirt", "reindeer"),
        describe("pants", "they are red pants with white snowflakes", "unsupported"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Girls Red Reindeer Printed Night suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: back view of a boy, grey half-sleeve tee (plain back; the "Game On" print is on the front, unseen) and
    # navy joggers. Caption and answers: base model, zero-shot.
    case(
        "X1394-010",
        caption("the back of a boy in a gray shirt and blue pants"),
        wearing("a gray shirt and blue pants", who="he"),
        color_of("shirt", "gray", kind="open"),
        color_of("pants", "blue", kind="open"),
        details("shirt", "it has a picture of a basketball on it", "unsupported"),
        describe("pants", "they are pants", "non_answer"),
        gender="Boys",
        title="Boys Grey & Navy Blue Typography Printed Night suit",
        category="Night suits",
        color="Grey",
    ),
    # Photo: baby asleep in a white crib, white footed sleepsuit with small multicolor animal prints, a giraffe soft
    # toy beside. No gender in the feed row. Caption and answers: base model, zero-shot.
    case(
        "X1394-011",
        caption("a baby sleeping in a crib"),
        wearing("a onesie Question: what is the baby wearing? Answer: a onesie", "leak", who="he"),
        color_of("sleepsuit", "white", kind="open"),
        Q.pattern("the pattern of the garment", "restated"),
        details("sleepsuit", "it has feet"),
        Q.material("cotton"),
        title="Mini Klub Infants White Animal Printed Pure Cotton Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Photo: girl twirling on a white backdrop, plain yellow sleeveless nightdress with a ruffled hem.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-012",
        caption("a little girl in a yellow dress is dancing"),
        wearing("a yellow dress", who="she"),
        color_of("dress", "yellow", kind="open"),
        describe("dress", "a yellow dress with ruffles on the bottom"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral", "contradiction"),
        is_a("nightdress", "no", "contradiction"),
        gender="Girls",
        title="Girls Yellow Solid Ruffled Nightdress",
        category="Nightdress",
        color="Yellow",
    ),
    # Photo: two boys side by side, one in a blue set with car prints, one in a green set with car prints (pack of 2).
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-013",
        caption("two boys wearing pajamas standing next to each other"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe(
            "shirt",
            "a blue shirt with a picture of a car on it and a green shirt with a picture of a car on it and a blue "
            "shirt with a picture of",
            "loop",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Kidsville Boys Pack of 2 Car Printed Night suits",
        category="Night suits",
        color="Multi",
    ),
    # Photo: toddler girl with short hair, pink full-length long-sleeve romper with small red hearts.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-014",
        caption("a little boy in a pink onesie", "pronoun"),
        wearing("a pink onesie", who="she"),
        color_of("romper", "pink", kind="open"),
        details("romper", "hearts"),
        Q.pattern("hearts"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("cotton"),
        gender="Girls",
        title="Girls Pink Heart Printed Pure Cotton Romper",
        category="Rompers",
        color="Pink",
    ),
    # Photo: boy sitting on a chair, blue and white striped button-down pyjama shirt with a collar and a chest
    # pocket, matching striped pants. Caption and answers: base model, zero-shot.
    case(
        "X1394-015",
        caption("a young boy in striped pajamas sitting on a chair"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "blue and white", kind="open"),
        describe(
            "shirt",
            "the shirt is a button down shirt with a collar and a pocket on the front and the pants are the same "
            "color as the shirt and the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.material("linen", "unsupported"),
        gender="Boys",
        title="Marks & Spencer Boys Blue & White Striped Pure Cotton Night suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: girl holding a stuffed rabbit, white long-sleeve nightdress with a tiny pink floral print and lace trim
    # at the cuffs; no pockets. Caption and answers: base model, zero-shot.
    case(
        "X1394-016",
        caption("a little girl in a white nightgown holding a stuffed animal"),
        wearing("a nightgown", who="she"),
        color_of("dress", "white", kind="open"),
        describe("dress", "a white dress with flowers"),
        details("dress", "it has a pocket", "unsupported"),
        Q.pattern("polka dots", "contradiction"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Girls White Floral Printed Lace Detail Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Photo: child cropped at the waist, plain white tee, navy lounge pants with small white stars.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-017",
        caption("a child wearing blue pants and a white shirt"),
        wearing("pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "stars"),
        Q.pattern("stars"),
        is_a("lounge pants", "no", "contradiction", article="a pair of"),
        gender="Unisex",
        title="Unisex Kids Navy Blue Star Printed Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Photo: girl sitting on a bed among pillows, teal half-sleeve top with a mermaid, teal and white striped capris.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-018",
        caption("a little girl sitting on a bed wearing a mermaid shirt"),
        wearing("a mermaid shirt and pants", who="she"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "white", kind="open"),
        details("shirt", "mermaid"),
        describe("pants", "they are pants", "non_answer"),
        Q.material("polyester", "unsupported"),
        gender="Girls",
        title="Hopscotch Girls Teal Mermaid Printed Pure Cotton Night suit",
        category="Night suits",
        color="Teal",
    ),
    # Photo: baby boy sitting on a white rug, navy half-sleeve sailor-style romper with a white collar and "Little
    # Captain" print. Caption and answers: base model, zero-shot.
    case(
        "X1394-019",
        caption("a baby boy in a sailor outfit sitting on a rug"),
        wearing("a sailor suit", who="he"),
        color_of("romper", "white", "contradiction", kind="open"),
        details("romper", "it says little captain"),
        Q.sleeve_length("short"),
        is_a("romper", "no", "contradiction"),
        gender="Boys",
        title="Infant Boys Navy Blue Little Captain Printed Romper",
        category="Rompers",
        color="Navy Blue",
    ),
    # Photo: girl with a hand on her hip, pink full-sleeve top with a glitter crown and "Princess", plain pink pants.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-020",
        caption("a little girl in pink pajamas with a crown on her shirt"),
        wearing("pink pajamas", who="she"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        details("shirt", "it says princess"),
        is_a("night suit", "yes"),
        Q.material("satin", "unsupported"),
        gender="Girls",
        title="Girls Pink Princess Printed Pure Cotton Night suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: flat lay of three short-sleeve bodysuits (white, grey, yellow) on a white surface.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-021",
        caption("three baby onesies laid out on a white surface"),
        wearing("baby clothes", who="he"),
        color_of("bodysuit", "white", kind="open"),
        describe("bodysuit", "a onesie", "non_answer"),
        Q.sleeve_length("long", "contradiction"),
        is_a("bodysuit", "yes"),
        gender="Unisex",
        title="Infants Unisex Pack of 3 Solid Pure Cotton Bodysuits",
        category="Bodysuit",
        color="Multi",
    ),
    # Photo: boy in a pose, black half-sleeve tee with a glow-in-the-dark skeleton ribcage print, black pants with
    # skeleton leg bones. Caption and answers: base model, zero-shot.
    case(
        "X1394-022",
        caption("a young boy in a skeleton costume", "contradiction"),
        wearing("a skeleton shirt and black pants", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        details("shirt", "skeleton"),
        is_a("night suit", "no", "contradiction"),
        gender="Boys",
        title="Boys Black Skeleton Glow in the Dark Printed Night suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: girl sitting on the floor reading a book, mint green short-sleeve maxi nightdress with white clouds.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-023",
        caption("a little girl sitting on the floor reading a book"),
        wearing("a nightgown", who="she"),
        color_of("dress", "green", kind="open"),
        describe("dress", "it is a long dress with clouds on it"),
        details("dress", "it has a zipper on the back", "unsupported"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("cotton"),
        gender="Girls",
        title="Girls Green Cloud Printed Pure Cotton Maxi Nightdress",
        category="Nightdress",
        color="Green",
    ),
    # Photo: an adult in a blue denim shirt (only arms and chest visible) holds a baby in a yellow sleepsuit with
    # small white ducks. Caption and answers: base model, zero-shot.
    case(
        "X1394-024",
        caption("a woman holding a baby in a yellow onesie"),
        wearing("a blue shirt", "contradiction", who="he"),
        color_of("sleepsuit", "blue", "other_garment_color", kind="open"),
        details("sleepsuit", "ducks"),
        Q.pattern("ducks"),
        is_a("sleepsuit", "yes"),
        gender="Unisex",
        title="Unisex Kids Yellow Duck Printed Sleepsuit",
        category="Sleepsuit",
        color="Yellow",
    ),
    # Photo: boy standing, olive camouflage full-sleeve top and matching camouflage pyjama pants.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-025",
        caption("a young boy in camouflage pajamas"),
        wearing("an army uniform", "contradiction", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", kind="open"),
        Q.pattern("camouflage"),
        describe(
            "shirt",
            "camouflage camouflage camouflage camouflage camouflage camouflage camouflage camouflage camouflage "
            "camouflage",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Olive Green Camouflage Printed Night suit",
        category="Night suits",
        color="Olive",
    ),
    # Photo: toddler girl on a grey couch, purple long-sleeve sleep romper with butterflies and a front zip, no hood.
    # No base colour in the feed row. Caption and answers: base model, zero-shot.
    case(
        "X1394-026",
        caption("a little girl sitting on a couch in a purple onesie"),
        wearing("she is wearing a onesie", who="she"),
        color_of("romper", "pink", "contradiction", kind="open"),
        details("romper", "butterflies"),
        describe(
            "romper",
            "it is a purple onesie with butterflies on it and a zipper on the front and a hood on the back",
            "unsupported",
        ),
        is_a("romper", "yes"),
        gender="Girls",
        title="Girls Purple Butterfly Printed Romper",
        category="Rompers",
    ),
    # Photo: boy mid-jump on a white backdrop, white half-sleeve tee with a space rocket, plain navy shorts.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-027",
        caption("a young boy jumping in the air"),
        wearing("a white shirt and blue shorts", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shirt", "a rocket"),
        details("shorts", "the shorts have a rocket on them", "unsupported"),
        gender="Boys",
        title="Boys White & Navy Blue Space Printed Night suit",
        category="Night suits",
        color="White",
    ),
    # Photo: flat lay of two rompers, one mint with a whale, one grey with white stripes.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-028",
        caption("two baby onesies with whales on them", "unsupported"),
        wearing("nothing", "non_answer", who="he"),
        color_of("romper", "green", kind="open"),
        Q.pattern("whales"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Infants Pack of 2 Printed Pure Cotton Rompers",
        category="Rompers",
        color="Multi",
    ),
    # Photo: girl holding a doll in a pink dress; the girl wears a navy button-down pyjama shirt with white polka dots
    # and pink piping, navy polka-dot pants. Caption and answers: base model, zero-shot.
    case(
        "X1394-029",
        caption("a little girl in polka dot pajamas holding a doll"),
        wearing("polka dot pajamas", who="she"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("shirt", "a blue shirt with white polka dots and buttons"),
        details("pants", "pink trim"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Girls Navy Blue Polka Dot Print Night suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: boy on a white backdrop, grey melange half-sleeve tee with "Future Astronaut", black joggers.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-030",
        caption("a boy in a gray shirt and black pants"),
        wearing("a gray shirt and black pants", who="he"),
        color_of("shirt", "gray", kind="open"),
        color_of("pants", "gray", "other_garment_color", kind="open"),
        details("shirt", "it says future astronaut"),
        describe("pants", "Answer: black pants", "leak"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Gini and Jony Boys Grey Melange & Black Typography Printed Night suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: girl lying in bed, eyes closed, under a white blanket with grey stars up to the waist; coral
    # short-sleeve nightdress with a sloth and "Sleepy Head". Caption and answers: base model, zero-shot.
    case(
        "X1394-031",
        caption("a little girl sleeping in bed with a blanket"),
        wearing("a blanket", "contradiction", who="she"),
        color_of("dress", "gray", "contradiction", kind="open"),
        describe("dress", "a dress with a sloth on it"),
        details("dress", "it says sleepy head"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Girls Coral Sloth Printed Nightdress",
        category="Nightdress",
        color="Coral",
    ),
    # Photo: baby crawling on a rug, red and navy buffalo-check footed sleepsuit. No gender in the feed row.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-032",
        caption("a baby crawling on the floor in plaid pajamas"),
        wearing("pajamas Answer: pajamas", "leak", who="he"),
        color_of("sleepsuit", "red", kind="open"),
        Q.pattern("plaid"),
        is_a("sleepsuit", "yes"),
        Q.material("wool", "unsupported"),
        title="Infants Red & Navy Blue Checked Pure Cotton Sleepsuit",
        category="Sleepsuit",
        color="Red",
    ),
    # Photo: boy in an action pose, blue full-sleeve top with a red Spider-Man print, plain red pyjama pants.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-033",
        caption("a young boy wearing spiderman pajamas"),
        wearing("spiderman pajamas", who="he"),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        color_of("pants", "red", kind="open"),
        details("shirt", "spiderman"),
        Q.sleeve_length("long"),
        is_a("night suit", "yes"),
        gender="Boys",
        brand="H by Hamleys",
        title="H by Hamleys Boys Blue & Red Spider-Man Printed Night suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: back view of a girl, white half-sleeve top (plain back; rainbow print on the front, unseen), pants with
    # rainbow stripes. Caption and answers: base model, zero-shot.
    case(
        "X1394-034",
        caption("a little girl standing with her back to the camera"),
        wearing("a white shirt and striped pants", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "rainbow", kind="open"),
        details("shirt", "it has a unicorn on it", "unsupported"),
        describe(
            "shirt",
            "the shirt is white and the shirt is white and the shirt is white and the shirt is white and the shirt is "
            "white and the shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls White & Multicoloured Rainbow Printed Night suit",
        category="Night suits",
        color="White",
    ),
    # Photo: baby boy on his tummy on a blue blanket, grey sleeveless romper with "Daddy's Boy".
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-035",
        caption("a baby boy laying on a blue blanket"),
        wearing("a diaper", "contradiction", who="he"),
        color_of("romper", "blue", "contradiction", kind="open"),
        details("romper", "it says daddy's boy"),
        Q.sleeve_length("sleeveless"),
        is_a("romper", "yes"),
        gender="Boys",
        title="Infant Boys Grey Typography Printed Sleeveless Romper",
        category="Rompers",
        color="Grey",
    ),
    # Photo: girl on a white backdrop, pink and white gingham short-sleeve nightdress with a frilled collar.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-036",
        caption("a little girl in a pink and white checkered dress"),
        wearing("a dress", who="she"),
        color_of("dress", "pink", kind="open"),
        Q.pattern("checkered"),
        describe("dress", "the dress is a dress", "restated"),
        details("dress", "it has a collar"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Girls Pink & White Checked Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Photo: a girl with a short bob haircut, yellow half-sleeve tee with a banana print and plain yellow shorts;
    # the row is Unisex, so the job asked "he". Caption and answers: base model, zero-shot.
    case(
        "X1394-037",
        caption("a young boy in a yellow shirt and shorts", "pronoun"),
        wearing("he is wearing a yellow shirt and shorts", "pronoun", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("shorts", "yellow", kind="open"),
        details("shirt", "bananas"),
        gender="Unisex",
        title="Unisex Kids Yellow Banana Printed Night suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: boy on a stool, maroon and navy colorblock raglan full-sleeve top without pockets, navy pants with a
    # maroon drawstring. Caption and answers: base model, zero-shot.
    case(
        "X1394-038",
        caption("a young boy sitting on a stool in a red and blue shirt"),
        wearing("pajamas", who="he"),
        color_of("shirt", "red and blue", kind="open"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "a red and blue shirt with a round neck and long sleeves and a pocket on the front",
            "unsupported",
        ),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Boys Maroon & Navy Blue Colourblocked Night suit",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: baby girl sitting, white half-sleeve romper with frills over the shoulders and a matching headband.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-039",
        caption("a baby girl in a white outfit with a headband"),
        wearing("a white dress", "contradiction", who="she"),
        color_of("romper", "white", kind="open"),
        details("romper", "ruffles"),
        is_a("romper", "yes"),
        gender="Girls",
        title="Infant Girls White Frill Detail Pure Cotton Romper",
        category="Rompers",
        color="White",
    ),
    # Photo: flat lay with a brown teddy bear beside it: blue full-sleeve top with white bears holding balloons and
    # wearing party hats, blue and white checked pants. Caption and answers: base model, zero-shot.
    case(
        "X1394-040",
        caption("a pair of pajamas and a teddy bear"),
        wearing("a teddy bear", "contradiction", who="he"),
        color_of("shirt", "brown", "contradiction", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe(
            "shirt",
            "the shirt is a blue shirt with a white bear on it and the bear is holding a balloon and the bear is "
            "wearing a hat and the",
            "cut",
            hit_limit=True,
        ),
        details("pants", "checkered"),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Boys Blue Teddy Printed Night suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: girl hugging a pillow, black full-sleeve top with white panda faces, white pants with small black pandas.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-041",
        caption("a little girl hugging a pillow"),
        wearing("pajamas with pandas on them", who="she"),
        color_of("shirt", "black and white", kind="open"),
        color_of("pants", "black and white", kind="open"),
        details("shirt", "panda"),
        describe("pants", "pants", "non_answer"),
        Q.material("cotton Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Girls",
        title="Girls Black & White Panda Printed Pure Cotton Night suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: newborn asleep on a white blanket, navy sleepsuit with a yellow moon and stars, built-in mitts.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-042",
        caption("a newborn baby sleeping on a white blanket"),
        wearing("a onesie", who="he"),
        color_of("sleepsuit", "blue", kind="open"),
        details("sleepsuit", "moon and stars"),
        Q.pattern("stars"),
        is_a("sleepsuit", "yes"),
        gender="Unisex",
        title="Unisex Newborn Navy Blue Moon & Stars Printed Sleepsuit",
        category="Sleepsuit",
        color="Navy Blue",
    ),
    # Photo: boy holding an orange basketball, orange half-sleeve tee with "Slam Dunk", plain grey shorts.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-043",
        caption("a young boy holding a basketball"),
        wearing("a basketball uniform", "contradiction", who="he"),
        color_of("shirt", "orange", kind="open"),
        color_of("shorts", "orange", "other_garment_color", kind="open"),
        details("shirt", "it says slam dunk"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Boys Orange & Grey Typography Printed Night suit",
        category="Night suits",
        color="Orange",
    ),
    # Photo: girl smiling, mustard half-sleeve top with a sun and "Sunshine", mustard and white striped shorts.
    # No category in the feed row. Caption and answers: base model, zero-shot.
    case(
        "X1394-044",
        caption("a little girl in a yellow shirt and shorts smiling"),
        wearing("yellow pajamas", who="she"),
        color_of("shirt", "yellow", kind="open"),
        color_of("shorts", "white", kind="open"),
        describe(
            "shirt",
            "the shirt is yellow with a sun on it and the word sunshine on it and the shorts are yellow and white "
            "striped and the shorts are",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Girls Mustard & White Sunshine Printed Night suit",
        color="Mustard",
    ),
    # Photo: toddler boy with curly hair, blue half-sleeve cotton romper with small white elephants.
    # Caption and answers: base model, zero-shot.
    case(
        "X1394-045",
        caption("a little girl in a blue romper", "pronoun"),
        wearing("a romper", who="he"),
        color_of("romper", "blue", kind="open"),
        details("romper", "elephants"),
        describe("romper", "the romper is a romper", "restated"),
        Q.material("denim", "unsupported"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Unisex Kids Blue Elephant Printed Pure Cotton Romper",
        category="Rompers",
        color="Blue",
    ),
]
