"""BLIND_1274 (45 products; Myntra kids' sleepwear, base zero-shot): written blind in the sixty-second session. Measured
blind at c5d464a (the session's eighth rules): 29/46 failures found (63.0%) and 14/211 correct texts flagged (6.6%).
The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear sold as unisex or per gender: night suits (a top with pyjama pants or
shorts), nightdresses, rompers, sleepsuits, bodysuits, a fleece onesie and pyjama packs. Photos are the catalog's
usual shots: a child on a plain white backdrop (now and then with a teddy, a pillow, a bed or a Christmas tree as
props), babies lying on a white blanket, a few flat lays of packs, and a couple of back views. The feed columns are
title, category (Myntra article type), color (base colour) and gender (Boys / Girls / Unisex); a few rows lack one.
Who wrote what: every text is untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy. Caption with an empty prompt;
answers with "Question: ... Answer:". The wearing question uses a pronoun picked from the gender column: "he" for
Boys, "she" for Girls, and "she" as the job's fallback for Unisex and missing genders (so boys in unisex rows are
asked "What is she wearing?"). Garment words follow the old questionnaire: shirt / pants / shorts for the two parts
of a night suit, the article type's own word for one-piece garments. The base model stops on its newline, so texts
are short; only a rare loop or an over-long description runs to the limit.
Labeling conventions and judgement calls: near hues the seller names differently are counted right (peach or coral
called pink, mustard called yellow, mauve or lavender called purple, olive called green, cream called white,
maroon called red). "Onesie" for a romper or sleepsuit, "nightgown" or "dress" for a nightdress, "pajamas" for a
night suit are right. A nightdress is a dress, but a night suit's long top called a "dress" is a contradiction, and
so is "costume" for a printed night suit. A single color for a multi-colour pack counts as right when it is the
color of one item shown. A pronoun or "boy"/"girl" that does not match the child in the photo is `pronoun`, even
in a unisex row where only the photo tells. The color of a prop (a toy) given as the garment's color is
`contradiction`; the color of the other half of the set, or of socks, is `other_garment_color`. Invented parts
(a bow, a zipper, a drawstring not visible) and a wrong fabric are `unsupported`. "They are shorts" or a bare
garment word for a describe or details question is `non_answer`; a question turned back into an answer is `restated`.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1274 = [
    # Girl (~6) on a white backdrop: pink tee with a white unicorn print, pink-and-white striped pyjama pants,
    # barefoot. All texts: base OPT-2.7b zero-shot.
    case(
        "X1274-001",
        caption("a little girl in pink pajamas with a unicorn on the shirt"),
        wearing("pajamas", who="she"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink and white", kind="open"),
        describe("shirt", "it is a pink shirt with a unicorn on it"),
        details("pants", "they are striped"),
        gender="Girls",
        title="Sweet Dreams Girls Pink & White Unicorn Printed Night suit",
        category="Night suits",
        color="Pink",
    ),
    # Boy (~8): navy tee with an astronaut-and-rocket print, grey melange pyjama pants, white socks. Base zero-shot.
    case(
        "X1274-002",
        caption("a young boy in blue pajamas standing in front of a white wall"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a rocket on it"),
        Q.pattern("printed"),
        gender="Boys",
        title="YK Boys Navy Blue & Grey Astronaut Printed Night suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Baby (~6 months) lying on a white blanket in a yellow short-sleeved romper with a small duck print, snaps at
    # the crotch. Base zero-shot.
    case(
        "X1274-003",
        caption("a baby laying on a bed in a yellow onesie"),
        wearing("a onesie", who="she"),
        color_of("romper", "yellow", kind="open"),
        describe("romper", "it is a yellow romper with chickens on it", "unsupported"),
        Q.sleeve_length("short"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Babyhug Infants Unisex Yellow Duck Printed Pure Cotton Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Girl in a plain lavender sleeveless knee-length nightdress with a ruffle hem, hugging a brown teddy bear (a
    # prop; the dress has no print). Base zero-shot.
    case(
        "X1274-004",
        caption("a little girl in a purple dress holding a teddy bear"),
        wearing("a purple dress", who="she"),
        color_of("nightdress", "purple", kind="open"),
        describe("nightdress", "it is a purple dress with ruffles"),
        details("nightdress", "it has a teddy bear on it", "unsupported"),
        gender="Girls",
        title="Hopscotch Girls Lavender Solid Ruffled Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Boy in a plain white tee (not the product) and grey melange pyjama pants with a red side stripe. Product is
    # the pyjamas only. Base zero-shot.
    case(
        "X1274-005",
        caption("a boy in a white shirt and grey pants"),
        wearing("a white shirt and grey pants", who="he"),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        details("pyjamas", "they have a red stripe down the side"),
        is_a("pair of pyjamas", "yes"),
        gender="Boys",
        title="Gini and Jony Boys Grey Melange Pyjamas with Side Stripe",
        category="Pyjamas",
        color="Grey Melange",
    ),
    # Flat lay: long-sleeved footed sleepsuit, white with thin blue stripes, whale applique on the chest, poppers
    # down the front. No person. Base zero-shot.
    case(
        "X1274-006",
        caption("a white and blue striped baby onesie with a whale on it"),
        wearing("a onesie", who="she"),
        color_of("sleepsuit", "blue and white", kind="open"),
        describe("sleepsuit", "it is a white and blue striped onesie with a whale on it"),
        details("sleepsuit", "it has a whale on the front"),
        Q.sleeve_length("long"),
        gender="Unisex",
        title="Mothercare Infants Unisex White & Blue Striped Footed Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Boy holding a toy dinosaur: green tee with a black T-rex print, black shorts. Base zero-shot.
    case(
        "X1274-007",
        caption("a little boy in a green shirt holding a toy dinosaur"),
        wearing("a green shirt and black shorts", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        describe("shirt", "it is a green shirt with a dinosaur on it"),
        details("shorts", "they are black"),
        gender="Boys",
        title="Kids Ville Boys Green & Black Dinosaur Printed Night suit",
        category="Night suits",
        color="Green",
    ),
    # Boy (~4) in a unisex peach long-sleeved top with small bear faces all over and matching peach pyjamas. Asked
    # "she" (unisex fallback); the answer corrects it. Base zero-shot.
    case(
        "X1274-008",
        caption("a little boy wearing pajamas with teddy bears on them"),
        wearing("he is wearing pajamas", who="she"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", kind="open"),
        details("shirt", "it has teddy bears on it"),
        Q.material("cotton"),
        gender="Unisex",
        title="Unisex Kids Peach Bear Printed Pure Cotton Night suit",
        category="Night suits",
        color="Peach",
    ),
    # Baby girl (~9 months) sitting: pink sleeveless romper with small white flowers, frills at the shoulders,
    # matching headband. Base zero-shot.
    case(
        "X1274-009",
        caption("a baby girl sitting on a white blanket wearing a pink romper and a headband"),
        wearing("a pink romper", who="she"),
        color_of("romper", "pink", kind="open"),
        details("romper", "it has flowers on it"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("romper", "yes"),
        gender="Girls",
        title="Babyhug Infant Girls Pink Floral Print Sleeveless Romper with Headband",
        category="Rompers",
        color="Pink",
    ),
    # Boy (~10): navy-and-white checked button-front long-sleeved shirt with white piping, matching checked pants,
    # navy slippers. Base zero-shot.
    case(
        "X1274-010",
        caption("a young boy in blue and white plaid pajamas"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("shirt", "it is a blue and white plaid shirt"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        Q.pattern("plaid"),
        gender="Boys",
        title="United Colors of Benetton Boys Navy Blue Checked Night suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Girl (~7) with a short bob: white tee with a pink cat print, pink pyjama pants with cat faces. The caption
    # calls her a boy. Base zero-shot.
    case(
        "X1274-011",
        caption("a young boy in a white shirt and pink pants", "pronoun"),
        wearing("a white shirt and pink pants", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "pink", kind="open"),
        describe("shirt", "it is a white shirt with a cat on it"),
        details("pants", "they have cats on them"),
        gender="Girls",
        title="Ola Chic Girls White & Pink Cat Printed Night suit",
        category="Night suits",
        color="White",
    ),
    # Flat lay of three short-sleeved bodysuits: white, grey melange, mint green. No person. Base zero-shot.
    case(
        "X1274-012",
        caption("three baby onesies laid out on a white surface"),
        wearing("a baby is wearing a onesie", "unsupported", who="she"),
        color_of("bodysuit", "white", kind="open"),
        describe("bodysuit", "it is a set of two onesies", "contradiction"),
        Q.sleeve_length("short"),
        gender="Unisex",
        title="Moms Love Infants Unisex Pack of 3 Pure Cotton Bodysuits",
        category="Bodysuit",
        color="Multi",
    ),
    # Boy posing: red tee with a Spider-Man face, black pyjama pants with a web print. Base zero-shot.
    case(
        "X1274-013",
        caption("a young boy in a spiderman shirt and black pants"),
        wearing("a spiderman costume", "contradiction", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("shirt", "it is a red shirt with spiderman on it"),
        gender="Boys",
        title="Wear Your Mind Boys Red & Black Spider-Man Printed Night suit",
        category="Night suits",
        color="Red",
    ),
    # Baby lying on its back in a light blue footed zip sleepsuit with small white stars and moons. The caption
    # loops to the 50-token limit. Base zero-shot.
    case(
        "X1274-014",
        caption(
            "a baby in a blue onesie with stars on it and a blue onesie with stars on it and a blue onesie with stars"
            " on it and a blue onesie with stars on it and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue onesie", who="she"),
        color_of("sleepsuit", "blue", kind="open"),
        details("sleepsuit", "it has stars and moons on it"),
        Q.material("cotton"),
        gender="Unisex",
        title="Nino Bambino Infants Unisex Blue Printed Organic Cotton Sleepsuit",
        category="Sleepsuit",
        color="Blue",
    ),
    # Girl: mustard tee with navy "SLEEPY HEAD" text and a sloth, navy shorts with mustard polka dots. Base zero-shot.
    case(
        "X1274-015",
        caption("a little girl in a yellow shirt that says sleepy head"),
        wearing("a yellow shirt and blue shorts", who="she"),
        color_of("shirt", "yellow", kind="open"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        details("shirt", "it says sleepy head"),
        describe("shorts", "they are shorts", "non_answer"),
        gender="Girls",
        title="YK Girls Mustard & Navy Blue Typography Printed Night suit",
        category="Night suits",
        color="Mustard",
    ),
    # Two children (a boy and a girl) in front of a Christmas-tree prop, both in red reindeer-print tops and green
    # checked pyjama pants. Base zero-shot.
    case(
        "X1274-016",
        caption("two children in christmas pajamas standing in front of a christmas tree"),
        wearing("christmas pajamas", who="she"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        describe("shirt", "it is a red shirt with a reindeer on it"),
        gender="Unisex",
        title="Hopscotch Unisex Kids Red & Green Reindeer Printed Night suit",
        category="Night suits",
        color="Red",
    ),
    # Back view of a boy in a grey tee and olive jogger pyjamas with elastic cuffs; the waistband is hidden under
    # the tee. Base zero-shot.
    case(
        "X1274-017",
        caption("the back of a young boy in a grey shirt and green pants"),
        wearing("a grey shirt and green pants", who="he"),
        color_of("pyjamas", "green", kind="open"),
        details("pyjamas", "they have a drawstring", "unsupported"),
        is_a("pair of pyjamas", "yes"),
        gender="Boys",
        title="Bodycare Kids Boys Olive Green Solid Jogger Pyjamas",
        category="Pyjamas",
        color="Olive",
    ),
    # Baby boy standing at a crib rail: white short-sleeved romper with a navy anchor print and a navy sailor
    # collar, white socks. Base zero-shot.
    case(
        "X1274-018",
        caption("a baby boy in a white onesie with anchors on it"),
        wearing("a sailor outfit", who="he"),
        color_of("romper", "white", kind="open"),
        describe("romper", "it is a white romper with a blue collar"),
        details("romper", "none", "non_answer"),
        Q.sleeve_length("short"),
        is_a("romper", "yes"),
        gender="Boys",
        title="Googo Gaga Infant Boys White Anchor Printed Romper",
        category="Rompers",
        color="White",
    ),
    # Girl: black long-sleeved cotton top with white stars, black pyjama pants with white stars. Base zero-shot.
    case(
        "X1274-019",
        caption("a girl in black pajamas with stars on them"),
        wearing("pajamas", who="she"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("shirt", "it is a black shirt with white stars on it"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="H&M Girls Black Star Printed Pure Cotton Night suit",
        category="Night suits",
        color="Black",
    ),
    # Toddler boy with long curly hair: sky blue tee with a whale print, matching sky blue shorts. The model takes
    # him for a girl twice. Base zero-shot.
    case(
        "X1274-020",
        caption("a little girl in a blue shirt and shorts", "pronoun"),
        wearing("she is wearing a blue shirt and shorts", "pronoun", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("shorts", "blue", kind="open"),
        details("shirt", "it has a whale on it"),
        gender="Boys",
        title="Hopscotch Boys Sky Blue Whale Printed Night suit",
        category="Night suits",
        color="Blue",
    ),
    # Girl (~8) in a grey fleece full-zip hooded onesie, hood up, panda face and ears on the hood. Base zero-shot.
    case(
        "X1274-021",
        caption("a little girl in a panda costume"),
        wearing("a panda costume", who="she"),
        color_of("jumpsuit", "grey", kind="open"),
        describe("jumpsuit", "it is a grey and white panda onesie with a hood"),
        details("jumpsuit", "it has a zipper down the front"),
        Q.material("fleece"),
        is_a("jumpsuit", "no", "contradiction"),
        gender="Unisex",
        title="Kids Ville Unisex Kids Grey Panda Hooded Fleece Onesie",
        category="Jumpsuit",
        color="Grey",
    ),
    # Girl sitting on a bed prop with pillows: coral long-sleeved top with a white heart print, white pyjama pants
    # with small coral hearts. Base zero-shot.
    case(
        "X1274-022",
        caption("a little girl sitting on a bed in pajamas"),
        wearing("pajamas", who="she"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("shirt", "it is a pink shirt with hearts on it"),
        details("pants", "the pajamas are pink and white"),
        gender="Girls",
        title="Sweet Dreams Girls Coral & White Heart Printed Night suit",
        category="Night suits",
        color="Coral",
    ),
    # Boy: charcoal tee with a yellow "GAME ON" and game-controller print, charcoal pyjama pants with small yellow
    # controllers. One answer runs on into the prompt format. Base zero-shot.
    case(
        "X1274-023",
        caption("a boy in a grey shirt that says game on"),
        wearing("a t - shirt and pajamas", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey Question: What is the color of the shirt? Answer: grey", "leak", kind="open"),
        details("shirt", "it says game on"),
        gender="Boys",
        title="Max Boys Charcoal Grey Gaming Printed Night suit",
        category="Night suits",
        color="Charcoal",
    ),
    # Baby sitting on a white backdrop: cream cable-knit sleeveless romper over a white long-sleeved bodysuit (not
    # the product), cream booties. Base zero-shot.
    case(
        "X1274-024",
        caption("a baby sitting on the floor wearing a white sweater", "contradiction"),
        wearing("a white outfit", who="she"),
        color_of("romper", "white", kind="open"),
        describe("romper", "it is a white knitted romper"),
        Q.sleeve_length("long", "contradiction"),
        gender="Unisex",
        title="Mothercare Infants Unisex Cream-Coloured Cable Knit Sleeveless Romper",
        category="Rompers",
        color="Cream",
    ),
    # Two girls side by side, one in a pink unicorn night suit, one in a blue star night suit (a pack of two).
    # Base zero-shot.
    case(
        "X1274-025",
        caption("two little girls in pajamas standing next to each other"),
        wearing("pajamas", who="she"),
        color_of("shirt", "pink", kind="open"),
        describe("pajamas", "they are pajamas", "non_answer"),
        details("pajamas", "they have unicorns and stars on them"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="Sweet Dreams Girls Pack of 2 Printed Night suits",
        category="Night suits",
        color="Multi",
    ),
    # Boy: white-and-navy striped short-sleeved button shirt with navy piping, a chest pocket, navy shorts. The
    # description runs to the 30-token limit and stops mid-phrase. Base zero-shot.
    case(
        "X1274-026",
        caption("a young boy in a striped shirt and blue shorts"),
        wearing("a striped shirt and shorts", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "blue", kind="open"),
        describe(
            "shirt",
            "it is a white shirt with blue stripes, a blue collar, blue buttons, a pocket on the left side, and short"
            " sleeves with blue trim on the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        gender="Boys",
        title="Gini and Jony Boys White & Navy Blue Striped Night suit",
        category="Night suits",
        color="White",
    ),
    # Girl (~5) holding a pillow: maroon waffle-knit long-sleeved top and pyjama pants, white socks. Base zero-shot.
    case(
        "X1274-027",
        caption("a little girl in red pajamas holding a pillow"),
        wearing("red pajamas", who="she"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("shirt", "the shirt has long sleeves"),
        Q.pattern("solid"),
        gender="Unisex",
        title="Unisex Kids Maroon Solid Waffle Knit Night suit",
        category="Night suits",
        color="Maroon",
    ),
    # Back view of a girl in a sea green short-sleeved knee-length nightdress; the mermaid print is on the front
    # only, the back is plain, no bow. Base zero-shot.
    case(
        "X1274-028",
        caption("the back of a little girl in a green dress"),
        wearing("a green dress", who="she"),
        color_of("nightdress", "green", kind="open"),
        describe("nightdress", "it is a green dress with short sleeves"),
        details("nightdress", "it has a bow on the back", "unsupported"),
        gender="Girls",
        title="YK Girls Sea Green Mermaid Printed Nightdress",
        category="Nightdress",
        color="Sea Green",
    ),
    # Flat lay of two rompers: navy with a car print, grey melange with "LITTLE CHAMP" text. The details answer
    # loops to the 30-token limit. Base zero-shot.
    case(
        "X1274-029",
        caption("two baby onesies on a white background"),
        wearing("a onesie", who="he"),
        color_of("romper", "blue", kind="open"),
        details(
            "romper",
            "the romper has cars on it and the romper has cars on it and the romper has cars on it and the romper has"
            " cars",
            "loop",
            hit_limit=True,
        ),
        is_a("romper", "yes"),
        gender="Boys",
        title="Babyhug Infant Boys Pack of 2 Printed Rompers",
        category="Rompers",
        color="Navy Blue",
    ),
    # Boy (~6): turquoise tee with a white shark print, turquoise-and-white striped shorts. Asked "she" (unisex
    # fallback); the answer keeps "she" for the boy. Base zero-shot.
    case(
        "X1274-030",
        caption("a young boy in a blue shirt with a shark on it"),
        wearing("she is wearing a blue shirt and shorts", "pronoun", who="she"),
        color_of("shirt", "blue", kind="open"),
        color_of("shorts", "blue and white", kind="open"),
        details("shirt", "it has a shark on it"),
        gender="Unisex",
        title="Unisex Kids Turquoise Blue Shark Printed Night suit",
        category="Night suits",
        color="Turquoise Blue",
    ),
    # Girl: white sleeveless cotton nightdress with lace trim at the hem and neckline, a small pink ribbon bow at the
    # chest. Base zero-shot.
    case(
        "X1274-031",
        caption("a little girl in a white dress standing in front of a white wall"),
        wearing("a white dress", who="she"),
        color_of("nightdress", "white", kind="open"),
        details("nightdress", "it has lace on the bottom and a pink bow"),
        Q.material("lace", "unsupported"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="CHARM n CHERISH Girls White Pure Cotton Lace Trim Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Boy: grey melange tee, grey-black-white camouflage pyjama pants. Base zero-shot.
    case(
        "X1274-032",
        caption("a boy in a grey shirt and camouflage pants"),
        wearing("a grey shirt and camouflage pants", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", kind="open"),
        Q.pattern("camouflage"),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Max Boys Grey Melange & Black Camouflage Printed Night suit",
        category="Night suits",
        color="Grey",
    ),
    # Newborn asleep on a white blanket: pale pink sleepsuit with a white bunny print, fold-over mittens, a white
    # knitted cap. Gender column empty. Base zero-shot.
    case(
        "X1274-033",
        caption("a newborn baby sleeping in a pink onesie"),
        wearing("a pink onesie and a white hat", who="she"),
        color_of("sleepsuit", "pink", kind="open"),
        describe("sleepsuit", "it is pink with bunnies on it"),
        details("sleepsuit", "it has mittens on the hands"),
        Q.sleeve_length("long"),
        title="Mothercare Infants Pink Bunny Printed Sleepsuit with Mittens",
        category="Sleepsuit",
        color="Pink",
    ),
    # Girl: long, tunic-length yellow top with a sunflower print over yellow leggings-style pyjama pants. The model
    # reads the top as a dress. Base zero-shot.
    case(
        "X1274-034",
        caption("a little girl in a yellow dress with sunflowers on it", "contradiction"),
        wearing("a yellow dress", "contradiction", who="she"),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "yellow", kind="open"),
        details("shirt", "it has sunflowers on it"),
        gender="Girls",
        title="Hopscotch Girls Yellow Sunflower Printed Night suit",
        category="Night suits",
        color="Yellow",
    ),
    # Flat lay: navy long-sleeved tee with a yellow rocket print, navy pyjama pants with small rockets. No person.
    # Base zero-shot.
    case(
        "X1274-035",
        caption("a pair of pajamas with rockets on them"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("shirt", "it is a blue shirt with a rocket on it"),
        details("pants", "pajamas", "non_answer"),
        gender="Boys",
        title="Gini and Jony Boys Navy Blue Rocket Printed Night suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Toddler girl (short hair, smiling): lime green tee with a navy frog print, navy pyjama pants with lime cuffs.
    # The caption calls her a boy; only the photo tells (unisex row). Base zero-shot.
    case(
        "X1274-036",
        caption("a little boy in a green shirt and blue pants", "pronoun"),
        wearing("a green shirt and blue pants", who="she"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        describe("shirt", "it has a frog on it"),
        details("shirt", "it is a green shirt with a frog on it"),
        gender="Unisex",
        title="Unisex Kids Lime Green & Navy Blue Frog Printed Night suit",
        category="Night suits",
        color="Lime Green",
    ),
    # Girl (~10) with a white headband: mauve satin short-sleeved button shirt with white piping, matching mauve
    # satin shorts. Base zero-shot.
    case(
        "X1274-037",
        caption("a young girl in purple pajamas with a white headband"),
        wearing("pajamas", who="she"),
        color_of("shirt", "purple", kind="open"),
        color_of("shorts", "purple", kind="open"),
        describe("shirt", "it is a purple shirt with white trim"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Girls Mauve Satin Finish Shirt & Shorts Night suit",
        category="Night suits",
        color="Mauve",
    ),
    # Baby boy sitting: red-and-white striped short romper with snap shoulders, a red cap. No zipper anywhere.
    # Base zero-shot.
    case(
        "X1274-038",
        caption("a baby in a red and white striped outfit and a red hat"),
        wearing("a red and white striped outfit", who="he"),
        color_of("romper", "red and white", kind="open"),
        details("romper", "it has a zipper in the front", "unsupported"),
        Q.pattern("striped"),
        is_a("romper", "yes"),
        gender="Boys",
        title="Lil Tomatoes Infant Boys Red & White Striped Romper with Cap",
        category="Rompers",
        color="Red",
    ),
    # Girl with short hair: off-white tee with a rainbow print, pyjama pants in rainbow stripes. The caption calls
    # her a boy. Base zero-shot.
    case(
        "X1274-039",
        caption("a little boy in a white shirt with a rainbow on it", "pronoun"),
        wearing("a white shirt and striped pants", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "rainbow", kind="open"),
        details("pants", "they are striped"),
        gender="Girls",
        title="YK Girls Off White Rainbow Printed Night suit",
        category="Night suits",
        color="Off White",
    ),
    # Toddler boy: beige muslin button-front short-sleeved shirt and beige muslin pants. Base zero-shot.
    case(
        "X1274-040",
        caption("a little boy in a beige shirt and pants"),
        wearing("pajamas", who="she"),
        color_of("shirt", "beige", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        describe("shirt", "it is a beige shirt with buttons"),
        Q.material("cotton"),
        gender="Unisex",
        title="Unisex Kids Beige Solid Muslin Cotton Night suit",
        category="Night suits",
        color="Beige",
    ),
    # Boy: grey tee with a black-and-yellow Batman logo, black pyjama pants with small grey logos; the pants are given
    # the tee's grey. Base zero-shot.
    case(
        "X1274-041",
        caption("a young boy in a batman shirt"),
        wearing("a batman shirt", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe("shirt", "it's a batman shirt"),
        details("pants", "the pajamas have batman logos on them"),
        gender="Boys",
        title="Kids Ville Boys Grey & Black Batman Printed Night suit",
        category="Night suits",
        color="Grey",
    ),
    # Girl in a light blue long-sleeved nightdress with a unicorn print, hugging a pink stuffed unicorn (a prop).
    # Base zero-shot.
    case(
        "X1274-042",
        caption("a little girl in a blue nightgown holding a pink unicorn"),
        wearing("a blue nightgown", who="she"),
        color_of("nightdress", "pink", "contradiction", kind="open"),
        describe("nightdress", "it is a blue dress with unicorns on it"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Hopscotch Girls Blue Unicorn Printed Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Baby on a white blanket: mint green footed sleepsuit with a frog applique. The wearing answer runs on into the
    # prompt format. Base zero-shot.
    case(
        "X1274-043",
        caption("a baby in a green onesie laying on a bed"),
        wearing("a onesie Question: What is the baby wearing? Answer: a onesie", "leak", who="she"),
        color_of("sleepsuit", "green", kind="open"),
        details("sleepsuit", "it has a frog on it"),
        is_a("sleepsuit", "yes"),
        gender="Unisex",
        title="Nino Bambino Infants Unisex Mint Green Frog Applique Sleepsuit",
        category="Sleepsuit",
        color="Green",
    ),
    # Boy: orange tee with a tiger-face print (read as a lion), grey melange shorts with side pockets. Base zero-shot.
    case(
        "X1274-044",
        caption("a young boy in an orange shirt with a tiger on it"),
        wearing("an orange shirt and grey shorts", who="he"),
        color_of("shirt", "orange", kind="open"),
        color_of("shorts", "grey", kind="open"),
        describe("shirt", "it is an orange shirt with a lion on it", "unsupported"),
        details("shorts", "they have pockets"),
        is_a("night suit", "no", "contradiction"),
        gender="Boys",
        title="Max Boys Orange & Grey Tiger Printed Night suit",
        category="Night suits",
        color="Orange",
    ),
    # Flat lay of two pyjama pants: navy with white stars, white with navy stripes; elastic waistbands. No person;
    # gender column empty. Base zero-shot.
    case(
        "X1274-045",
        caption("two pairs of pajama pants on a white background"),
        wearing("pajama pants", who="she"),
        color_of("pyjamas", "blue", kind="open"),
        describe("pyjamas", "one is blue with stars and one is white with blue stripes"),
        details("pyjamas", "they have elastic waistbands"),
        Q.pattern("stars"),
        title="Unisex Kids Pack of 2 Navy Blue & White Printed Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
]
