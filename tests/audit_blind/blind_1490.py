"""BLIND_1490 (46 products; Myntra kids' sleepwear, rompers and night suits, base zero-shot, pronoun questions): written
blind in the sixty-fifth session. Measured blind at eb96f22 (the session's fourth rules): 45/68 failures found
(66.2%) and 13/221 correct texts flagged (5.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of unisex and gendered kids' sleepwear: night suits (top + pyjama pants or shorts), rompers,
sleepsuits and onesies, a few nightdresses and pyjama bottoms, multi-packs. Catalog columns as the feed has them:
title, category (Myntra article type: Night suits, Rompers, Sleepsuit, Nightdress, Pyjamas), color (base colour),
gender (Boys, Girls, Unisex); gender or color is missing now and then. Photos: a child model on a plain studio
backdrop (babies lying or sitting, toddlers and older kids standing), now and then a flat lay of a pack, a back view,
a prop (teddy bear, toy, pillow, Christmas tree, game controller, blanket, crib, slippers).
Who wrote what: everything comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. The caption is the
base model with no text prompt (max 50 new tokens); every answer is the base model with the `Question: ... Answer:`
prompt, greedy, max 30 new tokens, stopping on the newline (50118), so most answers are short and stop cleanly and
loops and cuts are few; about a quarter of the texts are wrong, mostly colors, invented parts and pronouns. The job
picks the pronoun of the wearing question from the feed's gender: "What is he wearing?" for Boys, "What is she
wearing?" for Girls, Unisex and a missing gender. The other questions are the experiments' own (color of the shirt /
pants / shorts / romper / dress, describe, details), plus the blind questionnaire's pattern, sleeve length, garment
type, garment color and material questions on some products, and "Is this a romper?" on rompers and sleepsuits. Free
generation: the color-of answers are stored open; pattern / sleeve / garment type / garment color are stored closed
with the raw text kept.
Labeling conventions and judgement calls: judged by the photo I imagined and the title. Near-miss hues are right:
pink for peach or coral, blue for teal, red for maroon, grey for charcoal, purple for lavender; but black for a navy
garment is marked contradiction. A color of one piece of a multi-pack counts as right. A color that belongs to the
other piece of the set (the top's color given for the pants, "red and white" for solid red pants, the other boy's red
in a two-boy shot) is other_garment_color, and so is the color of worn slippers or of a styling tee given for the
product; the color of a prop, a blanket, a wall or a print motif given as the garment's color is contradiction.
"Dress" or "bear costume" for a romper, "floral" for a lemon print, and "no" to "Is this a romper?" on a romper are
contradiction. An invented part (bow, collar, pockets, drawstring, lace, a print on the unseen back, the other set's
fire truck) or a material the title or photo rules out (silk, wool, linen, denim on pure cotton; cotton on a fleece
title) is unsupported; plain "cotton" on a cotton knit is right. "He"/"she" or "girl"/"boy" in a text that does not
match the child in the photo is pronoun (the question's pronoun is the job's, not the model's); a "she" for a baby
whose sex the photo cannot show is left right, and "he is wearing" that corrects the job's "she" for a boy is right.
"Nothing" or "clothes" for a flat lay, "a pillow" for the material, "no" for the pattern, a bare "shorts", "pants",
"pajama pants" or "baby clothes" for a details question, and "the shorts are short" are non_answer; a sentence that
only says the question back ("the shirt details are the details on the shirt", "the pants are black pants") is
restated. Loops and cut sentences ran to the token limit and carry hit_limit=True; an answer followed by a new
"Question: ... Answer:" in the same line, or an answer that starts with the prompt's "Answer:", is leak.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

Q = BLIND_QUESTIONS

BLIND_1490 = [
    # Boy (~6) on white backdrop: navy crew-neck tee with grey rocket print, grey melange joggers, barefoot.
    # All texts: base blip2-opt-2.7b zero-shot (caption unprompted, answers with the Question/Answer prompt).
    case(
        "X1490-001",
        caption("a young boy in a blue t - shirt and grey pants standing in front of a white wall"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("shirt", "a blue shirt with a rocket on it and a pocket", "unsupported"),
        material("cotton"),
        title="YK Boys Navy Blue & Grey Printed Night suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # Girl (~5), seen from the front: pink top with unicorn print on the front only, pink-and-white striped pyjama
    # pants, holding a plush unicorn. Base model, zero-shot, all texts.
    case(
        "X1490-002",
        caption("a little girl in pink pajamas holding a stuffed unicorn"),
        wearing("pink pajamas", who="she"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", kind="open"),
        details("pants", "they are striped"),
        describe("shirt", "a pink shirt with a unicorn on the front and a unicorn on the back", "unsupported"),
        material("cotton"),
        title="Hopscotch Girls Pink Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # Baby (~9 months) sitting on white: mustard-yellow sleeveless short romper, snap buttons at the crotch; no bow.
    # The short romper on a seated baby reads as a dress to the captioner. Base model, zero-shot.
    case(
        "X1490-003",
        caption("a baby in a yellow dress sitting on a white background", "contradiction"),
        wearing("a yellow romper", who="she"),
        color_of("romper", "yellow", kind="open"),
        is_a("romper", "yes"),
        describe("romper", "it is a yellow romper with a bow", "unsupported"),
        material("cotton"),
        title="Sweet Dreams Unisex Kids Yellow Solid Sleeveless Romper",
        category="Rompers",
        color="Yellow",
        gender="Unisex",
    ),
    # Flat lay, no person: three footed sleepsuits (white with blue stars, grey with an elephant, plain mint green).
    # Base model, zero-shot.
    case(
        "X1490-004",
        caption("three baby onesies laid out on a white surface"),
        wearing("onesies", who="she"),
        color_of("romper", "white", kind="open"),
        is_a("romper", "yes"),
        details("romper", "the romper has feet"),
        details("romper", "the details of the romper are the romper", "restated"),
        title="Babyhug Infant Kids Pack Of 3 Printed Pure Cotton Sleepsuits",
        category="Sleepsuit",
        color="Multi",
        gender="Unisex",
    ),
    # Baby boy lying on a white rug: blue zip-front footed sleepsuit with dinosaur print; grey plush dinosaur beside
    # him.
    # Base model, zero-shot; the romper color answer takes the toy's grey.
    case(
        "X1490-005",
        caption("a baby boy laying on a white blanket with a stuffed dinosaur"),
        wearing("she is wearing a blue onesie", "pronoun", who="he"),
        color_of("romper", "grey", "contradiction", kind="open"),
        describe("romper", "a blue onesie with dinosaurs on it"),
        details("romper", "it has a zipper"),
        material("cotton"),
        title="Mothercare Boys Blue Printed Pure Cotton Sleepsuit",
        category="Sleepsuit",
        color="Blue",
        gender="Boys",
    ),
    # Girl (~7) on light grey backdrop: lavender long-sleeve top with white cloud print, matching lavender pants.
    # Base model, zero-shot; everything right.
    case(
        "X1490-006",
        caption("a girl in purple pajamas standing in front of a gray wall"),
        wearing("purple pajamas", who="she"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "purple", kind="open"),
        describe("shirt", "the shirt is purple with white clouds on it"),
        Q.sleeve_length("long sleeves"),
        material("cotton"),
        title="H&M Girls Printed Jersey Pyjamas",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # Unisex set modelled by a boy (~6): grey melange tee with "ROAR" in black, solid black shorts.
    # Base model, zero-shot; the wearing answer corrects the job's "she" to "he" (right for the photo).
    case(
        "X1490-007",
        caption("a young boy wearing a grey t - shirt and black shorts"),
        wearing("he is wearing a grey t - shirt and black shorts", who="she"),
        color_of("shirt", "grey", kind="open"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        details("shorts", "shorts", "non_answer"),
        material("cotton"),
        title="YK Unisex Kids Grey Melange & Black Printed Night suit",
        category="Night suits",
        color="Grey Melange",
        gender="Unisex",
    ),
    # Girl (~4) on white: knee-length peach nightdress with bunny print, short puff sleeves; no collar.
    # Base model, zero-shot.
    case(
        "X1490-008",
        caption("a little girl in a pink dress with bunnies on it"),
        wearing("a nightgown", who="she"),
        color_of("dress", "pink", kind="open"),
        describe("dress", "a pink dress with a white collar", "unsupported"),
        Q.sleeve_length("short sleeves"),
        material("cotton"),
        title="Hola Bonita Girls Peach-Coloured Bunny Printed Cotton Nightdress",
        category="Nightdress",
        color="Peach",
        gender="Girls",
    ),
    # Toddler standing, hood up: navy fleece full-length hooded romper with bear ears on the hood, zip front.
    # Base model, zero-shot; caption and wearing call it a costume.
    case(
        "X1490-009",
        caption("a baby in a blue bear costume standing on a white background", "contradiction"),
        wearing("a bear costume", "contradiction", who="she"),
        color_of("romper", "blue", kind="open"),
        is_a("romper", "yes"),
        details("romper", "it has ears on the hood"),
        material("fleece"),
        title="Anthrilo Kids Navy Blue Solid Fleece Hooded Romper",
        category="Rompers",
        color="Navy Blue",
        gender="Unisex",
    ),
    # Boy (~8): white-and-red horizontal striped full-sleeve top, solid red pyjama pants.
    # Base model, zero-shot; the describe answer runs on and is cut at the limit.
    case(
        "X1490-010",
        caption("a young boy in a red and white striped shirt and red pants"),
        wearing("pajamas", who="he"),
        color_of("shirt", "red and white", kind="open"),
        color_of("pants", "red and white", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "a red and white striped shirt with long sleeves and a round neck. the shirt is made of cotton and has"
            " a red and white striped pattern on the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        title="Budding Bees Boys White & Red Striped Night suit",
        category="Night suits",
        color="White",
        gender="Boys",
    ),
    # Baby boy lying on his back on white: olive green short-sleeve envelope-neck romper, plain.
    # Base model, zero-shot; the describe answer loops to the limit.
    case(
        "X1490-011",
        caption("a baby laying on his back on a white sheet"),
        wearing("a green onesie", who="he"),
        color_of("romper", "green", kind="open"),
        is_a("romper", "yes"),
        describe(
            "romper",
            "a green onesie with a green onesie with a green onesie with a green onesie with a green onesie"
            " with a green",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Nino Bambino Infant Boys Olive Green Organic Cotton Romper",
        category="Rompers",
        color="Olive",
        gender="Boys",
    ),
    # Flat lay, no person: two sets, pink cat-print top + grey pants, grey top + pink star-print pants.
    # Base model, zero-shot.
    case(
        "X1490-012",
        caption("two sets of pajamas laid out on a white surface"),
        wearing("pajamas", who="she"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "grey", kind="open"),
        details("pants", "they have stars on them"),
        material("cotton"),
        title="Marks & Spencer Girls Pack of 2 Pink & Grey Printed Pyjama Sets",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # Boy (~7): dark navy tee with a yellow bat-logo print, navy shorts. The navy photographs dark.
    # Base model, zero-shot; navy read as black on both pieces.
    case(
        "X1490-013",
        caption("a boy in a batman t - shirt and shorts"),
        wearing("batman pajamas", who="he"),
        color_of("shirt", "black", "contradiction", kind="open"),
        color_of("shorts", "black", "contradiction", kind="open"),
        describe("shirt", "it has a batman logo on it"),
        material("cotton"),
        title="Sweet Dreams Boys Navy Blue & Yellow Batman Printed Night suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # Flat lay on white: white sleeveless romper with small blue anchor print, shoulder snaps; wooden toy boat beside.
    # Gender column missing. Base model, zero-shot.
    case(
        "X1490-014",
        caption("a white baby onesie with anchors on it next to a toy boat"),
        wearing("nothing", "non_answer", who="she"),
        color_of("romper", "white", kind="open"),
        describe("romper", "a white onesie with blue anchors"),
        details("romper", "it has buttons on the shoulders"),
        material("linen", "unsupported"),
        title="Moms Love Infant White Anchor Printed Pure Cotton Sleeveless Romper",
        category="Rompers",
        color="White",
    ),
    # Back view: boy standing with his back to camera, green tee (small dinosaur tail print on the back), dark green
    # elastic-waist pants, no drawstring visible; toy dinosaur in his hand. Base model, zero-shot.
    case(
        "X1490-015",
        caption("the back of a young boy wearing a green shirt and pants"),
        wearing("a green shirt and pants", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", kind="open"),
        describe("shirt", "a green t - shirt with a picture of a dinosaur on it"),
        details("pants", "they have a drawstring", "unsupported"),
        title="Hopscotch Boys Green Dinosaur Printed Night suit",
        category="Night suits",
        color="Green",
        gender="Boys",
    ),
    # Girl (~6): yellow sleeveless top with lemon print, white shorts with small yellow lemons.
    # Base model, zero-shot.
    case(
        "X1490-016",
        caption("a little girl in a yellow top and white shorts"),
        wearing("shorts and a tank top", who="she"),
        color_of("shirt", "yellow", kind="open"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        describe("shirt", "a yellow tank top with lemons on it"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral", "contradiction"),
        title="YK Girls Yellow & White Lemon Printed Night suit",
        category="Night suits",
        color="Yellow",
        gender="Girls",
    ),
    # Pyjama bottoms only: boy (~9) in grey melange pyjama pants, styled with a plain white tee (not the product).
    # Base model, zero-shot; the garment color answer takes the tee's white.
    case(
        "X1490-017",
        caption("a young boy in a white t - shirt and gray pants"),
        wearing("a white shirt and gray pants", who="he"),
        color_of("pants", "gray", kind="open"),
        Q.color("white", "other_garment_color"),
        details("pants", "they have an elastic waistband"),
        Q.garment_type("pants"),
        material("cotton"),
        title="Bodycare Kids Boys Grey Melange Solid Cotton Pyjamas",
        category="Pyjamas",
        color="Grey Melange",
        gender="Boys",
    ),
    # Baby girl lying on white: pink footed zip sleepsuit with small floral print, pink headband.
    # Base model, zero-shot; everything right.
    case(
        "X1490-018",
        caption("a baby girl in a pink onesie with flowers on it"),
        wearing("a pink onesie and a headband", who="she"),
        color_of("romper", "pink", kind="open"),
        describe("romper", "a pink onesie with flowers"),
        details("romper", "it has a zipper and feet"),
        is_a("romper", "yes"),
        title="Carter's Baby Girls Pink Floral Print Cotton Sleep & Play Sleepsuit",
        category="Sleepsuit",
        color="Pink",
        gender="Girls",
    ),
    # Two boys side by side: one in light blue car-print tee + navy pants, one in red fire-truck tee + grey pants.
    # Base model, zero-shot; the describe answer puts the red set's fire truck on the blue shirt.
    case(
        "X1490-019",
        caption("two young boys wearing pajamas standing next to each other"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        describe("shirt", "the shirt is blue with a red fire truck on it", "unsupported"),
        details("shirt", "it has cars on it"),
        title="Mothercare Boys Pack of 2 Vehicle Printed Night suits",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # Girl (~5) before a Christmas tree prop: white long-sleeve top with a brown reindeer, red-and-white checked pants.
    # Base model, zero-shot.
    case(
        "X1490-020",
        caption("a little girl in pajamas standing in front of a christmas tree"),
        wearing("christmas pajamas", who="she"),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        color_of("pants", "red", kind="open"),
        Q.pattern("plaid"),
        describe("shirt", "a white shirt with a reindeer on it"),
        title="Sweet Dreams Girls White & Red Checked Christmas Night suit",
        category="Night suits",
        color="Red",
        gender="Girls",
    ),
    # Unisex item on a toddler girl with pigtails on a stool: chambray-blue cotton short romper, front buttons, round
    # collarless neck, no pockets.
    # Base model, zero-shot; the material answer reads the chambray as denim (title: pure cotton).
    case(
        "X1490-021",
        caption("a little girl in a blue romper sitting on a stool"),
        wearing("a blue jumpsuit", who="she"),
        color_of("romper", "blue", kind="open"),
        is_a("romper", "yes"),
        details("romper", "it has buttons on the front"),
        describe("romper", "a blue romper with a collar and pockets", "unsupported"),
        material("denim", "unsupported"),
        title="Hopscotch Unisex Kids Blue Solid Pure Cotton Romper",
        category="Rompers",
        color="Blue",
        gender="Unisex",
    ),
    # Boy (~6) mid-pose: black tee with a red spider-man face print, black pants with red web print.
    # Base model, zero-shot; the shirt color answer gives the print's red.
    case(
        "X1490-022",
        caption("a young boy in a spiderman shirt and black pants"),
        wearing("spiderman pajamas", who="he"),
        color_of("shirt", "red", "contradiction", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("shirt", "a black shirt with a spiderman face on it"),
        Q.sleeve_length("short sleeves"),
        details("pants", "the pants are black pants", "restated"),
        title="YK Boys Black & Red Spider-Man Printed Night suit",
        category="Night suits",
        color="Black",
        gender="Boys",
    ),
    # Flat lay, no person: five short-sleeve bodysuits fanned out (white, yellow, mint, grey, blue print).
    # Base model, zero-shot.
    case(
        "X1490-023",
        caption("a bunch of baby clothes laid out on a white surface"),
        wearing("baby clothes", who="she"),
        color_of("romper", "white", kind="open"),
        is_a("romper", "no", "contradiction"),
        details("romper", "baby clothes", "non_answer"),
        material("cotton"),
        title="Babyhug Unisex Infants Pack of 5 Pure Cotton Rompers",
        category="Rompers",
        color="Multi",
        gender="Unisex",
    ),
    # Boy (~5) with shoulder-length hair: olive green tee with tiger print, olive green pants.
    # Base model, zero-shot; the captioner takes him for a girl.
    case(
        "X1490-024",
        caption("a little girl in a green shirt and green pants", "pronoun"),
        wearing("a green shirt and green pants", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", kind="open"),
        describe("shirt", "a green shirt with a tiger on it"),
        details("shirt", "the shirt details are the details on the shirt", "restated"),
        title="Anthrilo Boys Olive Green Tiger Printed Night suit",
        category="Night suits",
        color="Olive",
        gender="Boys",
    ),
    # Girl (~8): purple fleece top with star print, purple pants, white fluffy slippers.
    # Base model, zero-shot; the pants color answer takes the slippers' white.
    case(
        "X1490-025",
        caption("a girl in purple pajamas and white slippers"),
        wearing("purple pajamas and white slippers", who="she"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("shirt", "it is a purple shirt with stars on it"),
        material("cotton", "unsupported"),
        title="Sweet Dreams Girls Purple Star Printed Fleece Winter Night suit",
        category="Night suits",
        color="Purple",
        gender="Girls",
    ),
    # Boy (~7): grey long-sleeve top with "SPACE" print, navy pants. Base model, zero-shot.
    case(
        "X1490-026",
        caption("a boy in a gray shirt and blue pants"),
        wearing("he is wearing a gray shirt and blue pants", who="he"),
        color_of("shirt", "gray", kind="open"),
        color_of("pants", "gray", "other_garment_color", kind="open"),
        details("shirt", "the shirt says space"),
        Q.sleeve_length("long"),
        Q.garment_type("pajamas"),
        title="H&M Boys 2-Pack Printed Jersey Pyjamas",
        category="Night suits",
        color="Grey",
        gender="Boys",
    ),
    # Unisex romper on a baby boy (blue cap, clearly a boy): blue-and-white striped short-sleeve romper.
    # Base model, zero-shot; the wearing answer repeats the job's "she".
    case(
        "X1490-027",
        caption("a baby boy in a striped romper and a blue hat"),
        wearing("she is wearing a blue and white striped romper", "pronoun", who="she"),
        color_of("romper", "blue and white", kind="open"),
        Q.pattern("striped"),
        describe("romper", "a blue and white striped romper"),
        is_a("romper", "yes"),
        title="Nino Bambino Unisex Kids White & Blue Striped Organic Cotton Romper",
        category="Rompers",
        color="White",
        gender="Unisex",
    ),
    # Girl (~6): coral tee with heart print, coral-and-white polka-dot shorts. Gender column missing.
    # Base model, zero-shot; the describe answer loops to the limit.
    case(
        "X1490-028",
        caption("a little girl in a pink shirt and shorts"),
        wearing("pink pajamas", who="she"),
        color_of("shirt", "pink", kind="open"),
        color_of("shorts", "pink", kind="open"),
        details("shorts", "shorts", "non_answer"),
        describe(
            "shirt",
            "a pink shirt with hearts on it and a pink shirt with hearts on it and a pink shirt with hearts on it"
            " and a",
            "loop",
            hit_limit=True,
        ),
        title="YK Girls Coral Heart Printed Night Suit",
        category="Night suits",
        color="Coral",
    ),
    # Flat lay: 4-piece set, blue shark-print tee, grey shorts, solid blue tee, blue shark-print pants.
    # Base model, zero-shot.
    case(
        "X1490-029",
        caption("a set of four pajamas with sharks on them"),
        wearing("clothes", "non_answer", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        details("shirt", "it has sharks on it"),
        details("pants", "the pants are blue and the pants are blue", "restated"),
        title="Carter's Boys Blue 4-Piece Shark Print Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # Girl (~5) sitting on a bed prop with white sheets: mustard tee with giraffe print, white pants with mustard
    # giraffes. Base model, zero-shot.
    case(
        "X1490-030",
        caption("a little girl sitting on a bed in her pajamas"),
        wearing("pajamas", who="she"),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        describe("shirt", "the shirt has a giraffe on it"),
        Q.pattern("no", "non_answer"),
        material("silk", "unsupported"),
        title="Hopscotch Girls Mustard & White Giraffe Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Mustard",
        gender="Girls",
    ),
    # Unisex set on a girl (~6) holding a pillow: teal tee with whale print, teal pants with small whales.
    # Base model, zero-shot.
    case(
        "X1490-031",
        caption("a young girl in a blue shirt holding a pillow"),
        wearing("blue pajamas", who="she"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        details("pants", "the pants have whales on them"),
        material("a pillow", "non_answer"),
        title="mackly Unisex Kids Teal Blue Whale Printed Night suit",
        category="Night suits",
        color="Teal",
        gender="Unisex",
    ),
    # Boy (~8): navy fleece hooded all-in-one with white stars, zip front, hood down, white socks.
    # Base model, zero-shot; the details answer loops to the limit.
    case(
        "X1490-032",
        caption("a young boy in a blue onesie with stars on it"),
        wearing("a onesie", who="he"),
        color_of("romper", "blue", kind="open"),
        is_a("romper", "yes"),
        describe("romper", "a blue onesie with white stars and a hood"),
        details(
            "romper",
            "the onesie has a zipper on the front and a hood on the back and a zipper on the front and a hood on the",
            "loop",
            hit_limit=True,
        ),
        material("fleece"),
        title="Marks & Spencer Boys Navy Blue Star Print Fleece Hooded All-in-One",
        category="Sleepsuit",
        color="Navy Blue",
        gender="Boys",
    ),
    # Boy (~6): grey melange tee with blue "Sleepy" text, grey melange shorts.
    # Base model, zero-shot; one answer runs on into a new question and answer of its own.
    case(
        "X1490-033",
        caption("a little boy in a grey t - shirt that says sleepy"),
        wearing("a grey t - shirt and shorts", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "they are grey. Question: what are the shirt details? Answer: it says sleepy", "leak"),
        material("cotton"),
        title="Sweet Dreams Boys Grey Melange Typography Printed Night suit",
        category="Night suits",
        color="Grey Melange",
        gender="Boys",
    ),
    # Girl (~5) against a pink wall, holding a pink teddy bear: white sleeveless nightdress with pink ballerina print,
    # plain hem, no lace.
    # Base model, zero-shot; the dress color answer takes the wall's and the bear's pink.
    case(
        "X1490-034",
        caption("a little girl in a white dress holding a pink teddy bear"),
        wearing("a white nightgown", who="she"),
        color_of("dress", "pink", "contradiction", kind="open"),
        describe("dress", "a white dress with a ballerina on it"),
        details("dress", "it has lace on the bottom", "unsupported"),
        Q.sleeve_length("sleeveless"),
        material("cotton"),
        title="TINY LANE Girls White & Pink Ballerina Printed Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Girls",
    ),
    # Boy (~5): white tee with an all-over print of red, yellow and blue cars, trucks and buses; solid blue pants.
    # Base model, zero-shot; the describe answer is cut at the limit.
    case(
        "X1490-035",
        caption("a young boy wearing a shirt with cars and trucks on it and blue pants"),
        wearing("pajamas", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe(
            "shirt",
            "the shirt is white with red, yellow, and blue cars, trucks, and buses on it. the shirt has a round neck"
            " and",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Hopscotch Boys Multicoloured Vehicle Printed Night Suit",
        category="Night suits",
        color="Multi",
        gender="Boys",
    ),
    # Unisex set on a boy (~7): white tee with a black panda print, solid black pants.
    # Base model, zero-shot.
    case(
        "X1490-036",
        caption("a young boy in a panda shirt and black pants"),
        wearing("she is wearing a panda shirt and black pants", "pronoun", who="she"),
        color_of("shirt", "black and white", kind="open"),
        color_of("pants", "black and white", "other_garment_color", kind="open"),
        describe("shirt", "he is wearing a white shirt with a panda on it"),
        Q.garment_type("pajamas"),
        title="Hola Bonita Unisex Kids White & Black Panda Printed Night suit",
        category="Night suits",
        color="White",
        gender="Unisex",
    ),
    # Girl (~6): light blue tee with mermaid print, blue shorts. Base model, zero-shot.
    case(
        "X1490-037",
        caption("a little girl in a blue shirt with a mermaid on it"),
        wearing("he is wearing a blue shirt and shorts", "pronoun", who="she"),
        color_of("shirt", "blue", kind="open"),
        color_of("shorts", "blue", kind="open"),
        describe("shirt", "a blue shirt with a mermaid on it"),
        details("shorts", "the shorts are short", "non_answer"),
        material("cotton"),
        title="Budding Bees Girls Blue Mermaid Printed Night suit",
        category="Night suits",
        color="Blue",
        gender="Girls",
    ),
    # Back view: toddler girl from behind, pink romper with ruffled straps crossed at the back, a bow at the waist.
    # Base model, zero-shot; everything right.
    case(
        "X1490-038",
        caption("the back of a little girl in a pink romper"),
        wearing("a pink romper", who="she"),
        color_of("romper", "pink", kind="open"),
        describe("romper", "a pink romper with ruffles on the shoulders"),
        details("romper", "it has a bow on the back"),
        is_a("romper", "yes"),
        title="Mothercare Girls Pink Ruffled Cotton Romper",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # Boy (~10) holding a game controller: charcoal tee with neon green "GAME ON" print, charcoal joggers.
    # Base model, zero-shot; the shirt color answer takes the print's green.
    case(
        "X1490-039",
        caption("a boy in a gray shirt holding a video game controller"),
        wearing("a gray shirt and gray pants", who="he"),
        color_of("shirt", "green", "contradiction", kind="open"),
        color_of("pants", "gray", kind="open"),
        describe("shirt", "a gray shirt that says game on"),
        details("pants", "pants", "non_answer"),
        title="max Boys Charcoal Grey Typography Printed Night suit",
        category="Night suits",
        color="Charcoal",
        gender="Boys",
    ),
    # Girl (~6): sea green tee with a llama and "no prob-llama" text, white pants with small green llamas.
    # Color column missing. Base model, zero-shot; the describe answer loops on "llama".
    case(
        "X1490-040",
        caption("a little girl in a green shirt with a llama on it"),
        wearing("a green shirt and white pants", who="she"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        details("pants", "the pants have llamas on them"),
        describe(
            "shirt",
            "a green shirt with a llama on it and the words llama llama llama llama llama llama llama llama llama llama"
            " llama llama llama",
            "loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Girls Sea Green Llama Printed Night suit",
        category="Night suits",
        gender="Girls",
    ),
    # Baby (sex not visible) asleep in a crib prop with white sheets: yellow footed sleepsuit with duck print.
    # Base model, zero-shot; everything right.
    case(
        "X1490-041",
        caption("a baby sleeping in a crib wearing a yellow onesie"),
        wearing("a yellow onesie", who="she"),
        color_of("romper", "yellow", kind="open"),
        describe("romper", "a yellow onesie with ducks on it"),
        details("romper", "it has ducks"),
        is_a("romper", "yes"),
        title="Carter's Unisex Baby Yellow Duck Print Cotton Sleepsuit",
        category="Sleepsuit",
        color="Yellow",
        gender="Unisex",
    ),
    # Boy (~7) sitting on the floor reading a book: maroon henley top (three buttons), maroon-and-navy checked pants.
    # Base model, zero-shot.
    case(
        "X1490-042",
        caption("a young boy sitting on the floor reading a book"),
        wearing("maroon pajamas", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "red", kind="open"),
        describe("shirt", "it has buttons"),
        details("pants", "pajama pants", "non_answer"),
        material("wool", "unsupported"),
        title="Hopscotch Boys Maroon Solid Henley Pure Cotton Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Boys",
    ),
    # Baby girl sitting: pink short-sleeve romper with strawberry print and a matching headband.
    # Base model, zero-shot; the describe answer only says the garment back.
    case(
        "X1490-043",
        caption("a baby girl in a pink romper with strawberries and a headband"),
        wearing("a pink romper and a headband", who="she"),
        color_of("romper", "pink", kind="open"),
        is_a("romper", "yes"),
        describe("romper", "a romper", "non_answer"),
        Q.garment_type("dress", "contradiction"),
        material("cotton"),
        title="Babyhug Girls Pink Strawberry Printed Romper with Headband",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # Unisex set on a girl (~8) with short cropped hair: pastel pink/blue/yellow tie-dye tee and matching shorts.
    # Base model, zero-shot; the captioner takes her for a boy.
    case(
        "X1490-044",
        caption("a young boy wearing a tie dye shirt and shorts", "pronoun"),
        wearing("tie dye", who="she"),
        color_of("shirt", "rainbow", kind="open"),
        color_of("shorts", "rainbow", kind="open"),
        Q.pattern("tie dye"),
        material("cotton"),
        title="YK Unisex Kids Multicoloured Tie-Dye Night suit",
        category="Night suits",
        color="Multi",
        gender="Unisex",
    ),
    # Baby (sex not visible) lying on a green blanket: white footed sleepsuit with green tractor print.
    # Base model, zero-shot; the romper color answer takes the blanket's green.
    case(
        "X1490-045",
        caption("a baby laying on a green blanket in a white onesie"),
        wearing("she is wearing a white onesie with tractors on it", who="she"),
        color_of("romper", "green", "contradiction", kind="open"),
        describe("romper", "a white onesie with green tractors"),
        is_a("romper", "yes"),
        Q.garment_type("Answer: a onesie", "leak"),
        title="Budding Bees Unisex Kids White & Green Tractor Printed Sleepsuit",
        category="Sleepsuit",
        color="White",
        gender="Unisex",
    ),
    # Girl (~7): pink-and-white striped full-sleeve top and matching striped pants.
    # Base model, zero-shot; the caption loops to the 50-token limit.
    case(
        "X1490-046",
        caption(
            "a little girl in pink and white striped pajamas with pink and white striped pajamas with pink and white"
            " striped pajamas with pink and white striped pajamas with pink and white striped pajamas with pink and",
            "loop",
            hit_limit=True,
        ),
        wearing("pink and white striped pajamas", who="she"),
        color_of("shirt", "pink and white", kind="open"),
        color_of("pants", "pink and white", kind="open"),
        Q.pattern("striped"),
        details("shirt", "it is striped"),
        title="Sweet Dreams Girls Pink & White Striped Cotton Night suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
]
