"""BLIND_1466 (45 products; Myntra kids' sleepwear, rompers and night suits, base model zero-shot): written blind in the
sixty-fifth session. Measured blind at 81d2e84 (the session's second rules): 36/58 failures found (62.1%) and 39/231
correct texts flagged (16.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear sold mostly as unisex: night suits (top + pyjamas or shorts), rompers,
sleepsuits, bodysuits, nightdresses, pyjama bottoms and lounge shorts, single pieces and multi-packs. The catalog
columns are the feed's own: title, category (Myntra article type: Night suits, Rompers, Sleepsuit, Bodysuit,
Nightdress, Pyjamas, Lounge Shorts), color (Myntra base colour: Navy Blue, Grey Melange, Off White, Multi, ...) and
gender (Boys, Girls, Unisex); a few rows lack one column, as feeds do. Photos are the usual catalog shots: a child on
a plain white or pastel backdrop wearing the product (sometimes with a tee or vest that is not the product), flat lays
for infant pieces and packs, one back view here and there, props (teddy bear, pillow, toy car, rattle).
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, 8-bit, greedy, batch size 1.
The caption is the unprompted caption (max 50 new tokens); answers use `Question: <question> Answer:` (max 30 new
tokens), cut at the first newline. The pronoun question is chosen from the gender column: "What is he wearing?" for
Boys, "What is she wearing?" for everything else (Unisex and a missing gender get "she", the template's default).
The questions per product come from its article type: night suits get the shirt/pants (or shorts) color questions and
describe/details of a piece; one-piece garments get the garment color, type, pattern, sleeve length, material and the
yes/no garment question. Closed questions are answered by free generation and kept raw.
Labeling conventions and judgement calls:
- Judged against the photo I imagined (written in the comment above each case) and the title. Hue families count as
  the same color: peach/coral called pink or orange, teal called green or blue, lavender/mauve called purple,
  grey melange called grey. A color that belongs to the other piece of the set, or to the tee worn under/with the
  product, is other_garment_color.
- Multi-packs: a color, pattern or print of any piece in the pack is correct; a count that disagrees with the title
  is a contradiction.
- Flat lays: "What is she wearing?" answered with the garment ("a onesie", "two onesies") is correct; "nothing", "he
  is not wearing anything" or an empty answer is non_answer, since the question was only ever a way to get the
  garment.
- The question's own pronoun being wrong (a boy in a Unisex row asked about "she") is not the text's failure; a text
  that calls the child by the wrong sex ("she is wearing" for a boy, "a little boy" for a girl) is pronoun.
- Garment kind wrong (dress for a romper, hoodie for a hooded romper, "no" to "Is this a sleepsuit?"), wrong sleeve
  length, wrong pattern against the title, and a prop answered as what the child wears: contradiction.
- Invented construction details the photo doesn't show (zipper where there are snaps, drawstring, front buttons),
  a detail that belongs to the other piece, and a fabric that isn't the product's: unsupported. "cotton" for a cotton
  product is correct even when the title doesn't say so (the comment says what it is).
- "they are shorts", "the shirt", "it is a baby sleepsuit": non_answer when nothing is said, restated when the
  answer is the question's garment with at most its color.
- Answers that continue into another "Question: ... Answer:" on the same line are leak, even when the first words
  are right. Loops and cuts are marked hit_limit only when they ran to the limit.
- Thin but true answers ("pajamas", "the shirt is purple") are correct. The base model answers these short questions
  well on one-piece garments; its failures gather in the two-piece color questions, in flat lays and in the longer
  describe/details answers, so about one text in five is wrong here, fewer than the usual four in ten.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1466 = [
    # Boy (~6) on white backdrop: navy half-sleeve tee with a rocket print, grey melange full-length pyjamas.
    # All texts: base BLIP-2 OPT-2.7b zero-shot. The pants get the tee's navy.
    case(
        "X1466-001",
        caption("a young boy in pajamas standing in front of a white wall"),
        wearing("pajamas", who="he"),
        color_of("shirt", "navy blue"),
        color_of("pants", "navy blue", "other_garment_color"),
        describe("shirt", "it is a blue shirt with a rocket on it"),
        Q.pattern("print"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Sweet Dreams Boys Navy Blue & Grey Melange Printed Night suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Flat lay of three sleeveless snap rompers: white, peach, mint, small fox print on each. 100% cotton.
    # All texts: base model. "nothing" for the flat lay; "white" is one piece of the pack (kept correct).
    case(
        "X1466-002",
        caption("three baby onesies with foxes on them"),
        wearing("nothing", "non_answer", who="she"),
        Q.garment_type("onesie"),
        Q.color("white"),
        is_a("romper", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Unisex",
        title="YK Unisex Kids Pack of 3 Printed Pure Cotton Rompers",
        category="Rompers",
        color="Multi",
    ),
    # Girl (~4) on pink backdrop: pink full-sleeve top with a unicorn print, pink pyjamas with white polka dots.
    # All texts: base model. "floral" is wrong: unicorns and dots.
    case(
        "X1466-003",
        caption("a little girl wearing pink pajamas with unicorns on them"),
        wearing("pink pajamas", who="she"),
        color_of("shirt", "pink"),
        color_of("pants", "pink"),
        details("pants", "polka dots"),
        Q.sleeve_length("long"),
        Q.pattern("floral", "contradiction"),
        gender="Girls",
        title="Hopscotch Girls Pink Printed Night suit",
        category="Night suits",
        color="Pink",
    ),
    # Flat lay: white footed long-sleeve sleepsuit with small grey stars, snap buttons down the front (no zipper).
    # All texts: base model. The zipper is invented.
    case(
        "X1466-004",
        caption("a white baby onesie with stars on it"),
        wearing("a onesie", who="she"),
        Q.color("white"),
        Q.pattern("stars"),
        describe("sleepsuit", "it is a white sleepsuit with grey stars and a zipper down the front", "unsupported"),
        Q.sleeve_length("long sleeves"),
        gender="Unisex",
        title="mothercare Unisex Infants White Printed Pure Cotton Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Boy (~5), white backdrop: blue and white striped half-sleeve tee, solid navy shorts (the night suit).
    # All texts: base model. It says "no" to night suit: the set looks like daywear.
    case(
        "X1466-005",
        caption("a little boy wearing a striped shirt and shorts"),
        wearing("a striped shirt and blue shorts", who="he"),
        color_of("shirt", "blue and white"),
        color_of("shorts", "blue"),
        details("shorts", "they are shorts", "non_answer"),
        is_a("night suit", "no", "contradiction"),
        gender="Boys",
        title="Babyhug Boys Blue & White Striped Half Sleeves Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Girl (~5) holding a white stuffed bunny: lavender sleeveless knee-length nightdress with a small bunny print,
    # cotton jersey. All texts: base model. "satin" is invented.
    case(
        "X1466-006",
        caption("a little girl in a purple dress holding a stuffed bunny"),
        wearing("a purple dress", who="she"),
        Q.color("purple"),
        Q.garment_type("dress"),
        details("nightdress", "a bunny"),
        Q.material("satin", "unsupported"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Toffyhouse Girls Lavender Printed Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Flat lay of two sets: grey long-sleeve top with a dinosaur + grey pants; green top + green/white striped pants.
    # All texts: base model. The pants details run on into the next question.
    case(
        "X1466-007",
        caption("two pairs of pajamas with dinosaurs on them"),
        wearing("pajamas", who="he"),
        color_of("shirt", "grey"),
        color_of("pants", "grey"),
        describe("shirt", "the shirt has a dinosaur on it"),
        details("pants", "elastic waistband Question: What are the shirt details? Answer: dinosaur print", "leak"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="H&M Boys 2-Pack Printed Cotton Pyjamas",
        category="Night suits",
        color="Grey",
    ),
    # Toddler boy sitting on the floor, short hair: yellow short-sleeve organic cotton romper, shoulder snaps,
    # mid-thigh legs. Unisex row, so asked "she". All texts: base model; the answer echoes "she".
    case(
        "X1466-008",
        caption("a little boy in a yellow romper sitting on the floor"),
        wearing("she is wearing a yellow jumpsuit", "pronoun", who="she"),
        Q.color("yellow"),
        Q.garment_type("romper"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Unisex",
        title="Nino Bambino Unisex Kids Yellow Solid Organic Cotton Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Girl (~7): coral short-sleeve top with "sleepy head" in white, coral and white checked pyjamas.
    # All texts: base model. Coral read as orange (same family): all correct.
    case(
        "X1466-009",
        caption("a girl in pajamas with the words sleepy head on the shirt"),
        wearing("pajamas", who="she"),
        color_of("shirt", "orange"),
        color_of("pants", "orange and white"),
        details("shirt", "sleepy head"),
        describe("pants", "the pants are plaid"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Marks & Spencer Girls Coral Printed Pure Cotton Pyjama Set",
        category="Night suits",
        color="Coral",
    ),
    # Flat lay: teal full-sleeve zip-front romper with a hood that has bear ears.
    # All texts: base model. "hoodie" for the romper.
    case(
        "X1466-010",
        caption("a baby onesie with a hood and bear ears"),
        wearing("a green onesie", who="she"),
        Q.color("green"),
        Q.garment_type("hoodie", "contradiction"),
        is_a("romper", "yes"),
        details("romper", "it has a hood with ears"),
        gender="Unisex",
        title="Babyoye Unisex Kids Teal Solid Hooded Romper",
        category="Rompers",
        color="Teal",
    ),
    # Back view of a boy (~6): grey melange long-sleeve tee with red raglan sleeves (truck print on the front, not
    # visible), red pyjamas. All texts: base model. "solid" is what the back shows, the title says printed.
    case(
        "X1466-011",
        caption("a boy in a grey shirt and red pants standing with his back to the camera"),
        wearing("pajamas", who="he"),
        color_of("shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        describe("shirt", "it is a grey shirt with red sleeves"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Hopscotch Boys Grey Melange & Red Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Girl (~4): peach full-sleeve top and peach pyjamas, both with small cat faces all over. Cotton.
    # All texts: base model. The shirt details loop on "cat" to the limit.
    case(
        "X1466-012",
        caption("a young girl wearing pink pajamas with cats on them"),
        wearing("pajamas with cats on them", who="she"),
        color_of("shirt", "pink"),
        color_of("pants", "pink"),
        details("shirt", " ".join(["cat"] * 30), "loop", hit_limit=True),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        gender="Girls",
        title="YK Girls Peach-Coloured Printed Pure Cotton Night suit",
        category="Night suits",
        color="Peach",
    ),
    # Boy (~8) wearing the product, navy pyjama bottoms with elastic waist and a visible white drawstring, with a
    # plain white tee that is not the product. All texts: base model. Both color answers take the tee's white.
    case(
        "X1466-013",
        caption("a boy wearing a white t-shirt and blue pants"),
        wearing("a white shirt and blue pants", who="he"),
        color_of("pants", "white", "other_garment_color"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("pants"),
        details("pants", "drawstring"),
        gender="Boys",
        title="Nauti Nati Boys Navy Blue Solid Cotton Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Flat lay of five short-sleeve bodysuits: two white, one grey striped, one navy, one white with a car print.
    # All texts: base model. The description counts three.
    case(
        "X1466-014",
        caption("a bunch of baby clothes laid out on a white surface"),
        wearing("baby clothes", who="she"),
        Q.garment_type("onesie"),
        Q.color("white"),
        is_a("bodysuit", "yes"),
        Q.sleeve_length("short"),
        describe("bodysuit", "two white onesies and a grey one", "contradiction"),
        gender="Unisex",
        title="mothercare Infants Pack of 5 Pure Cotton Bodysuits",
        category="Bodysuit",
        color="Multi",
    ),
    # Girl (~6): mauve tee with "dream big" in white, mauve shorts with a small star print.
    # All texts: base model. The shorts get the tee's slogan.
    case(
        "X1466-015",
        caption("a little girl in a purple shirt and shorts"),
        wearing("a purple shirt and shorts", who="she"),
        color_of("shirt", "purple"),
        color_of("shorts", "purple"),
        describe("shirt", "the shirt is purple"),
        details("shorts", "dream big", "unsupported"),
        Q.pattern("stars"),
        gender="Girls",
        title="Sweet Dreams Girls Mauve Printed Night suit",
        category="Night suits",
        color="Mauve",
    ),
    # Baby boy lying on a white sheet with a rattle beside him: blue footed cotton sleepsuit with white bears.
    # All texts: base model. "fleece" is invented; the tiny bears read as polka dots.
    case(
        "X1466-016",
        caption("a baby laying on a bed in blue pajamas"),
        wearing("a onesie", who="he"),
        Q.color("blue"),
        Q.pattern("polka dots", "contradiction"),
        describe("sleepsuit", "it is a blue onesie with white bears"),
        is_a("sleepsuit", "yes"),
        Q.material("fleece", "unsupported"),
        gender="Boys",
        title="Babyhug Infant Boys Blue Printed Pure Cotton Sleepsuit",
        category="Sleepsuit",
        color="Blue",
    ),
    # Girl (~5): white full-sleeve top with small red strawberries, solid red pyjamas.
    # All texts: base model. The shirt gets the pants' red; the sleeves are full, not short.
    case(
        "X1466-017",
        caption("a little girl wearing a white shirt with strawberries on it and red pants"),
        wearing("pajamas", who="she"),
        color_of("shirt", "red", "other_garment_color"),
        color_of("pants", "red"),
        describe("shirt", "it is white with strawberries"),
        Q.sleeve_length("short", "contradiction"),
        gender="Girls",
        title="Hopscotch Girls White & Red Printed Night suit",
        category="Night suits",
        color="White",
    ),
    # Toddler girl: olive sleeveless dungaree-style romper (cotton jersey, shoulder straps) over a white
    # short-sleeve tee that is not the product. All texts: base model. "overalls" is fair for the dungaree cut.
    case(
        "X1466-018",
        caption("a little girl in a green overall and a white shirt"),
        wearing("overalls", who="she"),
        Q.color("green"),
        Q.garment_type("overalls"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("denim", "unsupported"),
        gender="Unisex",
        title="YK Unisex Kids Olive Green Solid Cotton Dungaree Romper",
        category="Rompers",
        color="Olive",
    ),
    # Flat lay of two sets: navy top + navy pants with rockets and planets; orange top with planets + navy pants.
    # All texts: base model. No pants are orange: that is the second top.
    case(
        "X1466-019",
        caption("two pajama sets with rockets and planets on them"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue"),
        color_of("pants", "orange", "other_garment_color"),
        details("shirt", "rockets planets and stars"),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Marks & Spencer Boys Pack of 2 Pure Cotton Pyjama Sets",
        category="Night suits",
        color="Navy Blue",
    ),
    # Baby girl sitting, white headband: pink sleeveless romper with frills on the shoulders, snap legs.
    # All texts: base model. "dress" for the frilled romper.
    case(
        "X1466-020",
        caption("a baby girl wearing a pink romper and a headband"),
        wearing("a pink dress", "contradiction", who="she"),
        Q.color("pink"),
        Q.garment_type("romper"),
        details("romper", "ruffles on the shoulders"),
        Q.pattern("solid"),
        gender="Girls",
        title="Toffyhouse Infant Girls Pink Solid Frilled Romper",
        category="Rompers",
        color="Pink",
    ),
    # Boy (~9): black tee with "GAME ON" in white, olive camouflage shorts. All texts: base model; all correct.
    case(
        "X1466-021",
        caption("a boy in a black shirt and camo shorts"),
        wearing("black shirt and camo shorts", who="he"),
        color_of("shirt", "black"),
        color_of("shorts", "green"),
        describe("shirt", "black shirt with game on written on it"),
        details("shorts", "camo"),
        Q.pattern("camouflage"),
        gender="Boys",
        title="Sweet Dreams Boys Black & Olive Printed Night suit",
        category="Night suits",
        color="Black",
    ),
    # Flat lay: off-white long-sleeve organic cotton sleepsuit, envelope neck, small grey elephants.
    # All texts: base model. The wearing answer came back empty (newline first).
    case(
        "X1466-022",
        caption("a white onesie with elephants on it"),
        wearing("", "non_answer", who="she"),
        Q.color("white"),
        Q.pattern("elephants"),
        Q.material("organic cotton"),
        is_a("sleepsuit", "yes"),
        gender="Unisex",
        title="Nino Bambino Unisex Infants Off-White Printed Organic Cotton Sleepsuit",
        category="Sleepsuit",
        color="Off White",
    ),
    # Girl (~6): yellow full-sleeve top with blue clouds, blue pyjamas with white clouds.
    # All texts: base model. The pants get yellow; the shirt description loops to the limit.
    case(
        "X1466-023",
        caption("a little girl in yellow and blue pajamas"),
        wearing("she is wearing a yellow shirt and blue pants", who="she"),
        color_of("shirt", "yellow"),
        color_of("pants", "yellow", "other_garment_color"),
        details("pants", "clouds"),
        describe(
            "shirt",
            "the shirt is yellow with blue clouds and blue clouds and blue clouds and blue clouds and blue clouds"
            " and blue clouds and blue",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Yellow & Blue Printed Night suit",
        category="Night suits",
        color="Yellow",
    ),
    # Girl (~7, long hair): red and black buffalo-check button-front brushed cotton flannel shirt and matching
    # pyjamas. Unisex row. All texts: base model; all correct.
    case(
        "X1466-024",
        caption("a little girl in red and black plaid pajamas"),
        wearing("plaid pajamas", who="she"),
        color_of("shirt", "red"),
        color_of("pants", "red"),
        Q.pattern("plaid"),
        describe("shirt", "red and black plaid shirt with buttons"),
        Q.material("flannel"),
        gender="Unisex",
        title="YK Unisex Kids Red & Black Checked Brushed Cotton Night suit",
        category="Night suits",
        color="Red",
    ),
    # Boy (~7): grey melange lounge shorts (the product) with a plain blue tee that is not the product.
    # All texts: base model. Both color answers take the tee's blue.
    case(
        "X1466-025",
        caption("a young boy in a blue shirt and grey shorts"),
        wearing("blue shirt and gray shorts", who="he"),
        color_of("shorts", "blue", "other_garment_color"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("shorts"),
        details("shorts", "they are grey shorts", "restated"),
        gender="Boys",
        title="mothercare Boys Grey Melange Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Baby (sex not shown) sitting: white short-sleeve romper with green leaves, green peter pan collar, snaps at
    # the crotch only. All texts: base model. The front buttons are invented.
    case(
        "X1466-026",
        caption("a baby in a white and green romper"),
        wearing("a romper", who="she"),
        Q.color("white"),
        Q.pattern("leaf"),
        Q.sleeve_length("short"),
        describe(
            "romper",
            "it is a white romper with green leaves and a green collar and buttons on the front",
            "unsupported",
        ),
        gender="Unisex",
        title="Babyhug Unisex Infants White & Green Leaf Print Romper",
        category="Rompers",
        color="White",
    ),
    # Girl (~6): light blue long-sleeve top with a mermaid, light blue pyjamas with a scale print. No color column.
    # All texts: base model.
    case(
        "X1466-027",
        caption("a girl in blue pajamas with a mermaid on the shirt"),
        wearing("pajamas", who="she"),
        color_of("shirt", "light blue"),
        color_of("pants", "blue"),
        details("shirt", "mermaid"),
        describe("pants", "they are pants", "non_answer"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="H&M Girls Printed Cotton Pyjama Set",
        category="Night suits",
    ),
    # Boy (~4) sitting on a bed hugging a teddy bear: navy top with a green dinosaur and "DINO" in white, navy and
    # green checked pyjamas. All texts: base model. The teddy is answered as what he wears; the description is cut.
    case(
        "X1466-028",
        caption("a boy sitting on a bed holding a teddy bear"),
        wearing("a teddy bear", "contradiction", who="he"),
        color_of("shirt", "blue"),
        color_of("pants", "green"),
        describe(
            "shirt",
            "it is a navy blue shirt with a green dinosaur on the front and the word dino written under it in white"
            " letters with a green border on the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checkered"),
        gender="Boys",
        title="Sweet Dreams Boys Navy Blue Printed Night suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Girl (~4, short bob): pink and white striped full-sleeve top, solid pink pyjamas.
    # All texts: base model. The caption calls her a boy.
    case(
        "X1466-029",
        caption("a little boy in pink and white striped pajamas", "pronoun"),
        wearing("pink and white striped pajamas", who="she"),
        color_of("shirt", "pink and white"),
        color_of("pants", "pink"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Nauti Nati Girls Pink & White Striped Night suit",
        category="Night suits",
        color="Pink",
    ),
    # Toddler boy: sea green sleeveless cotton romper, shorts length, small whale print. Unisex row.
    # All texts: base model. "jumpsuit" kept correct (the same class); "polyester" and "short sleeve" are wrong.
    case(
        "X1466-030",
        caption("a toddler in a green romper with whales on it"),
        wearing("a green romper", who="she"),
        Q.color("green"),
        Q.garment_type("jumpsuit"),
        is_a("romper", "yes"),
        details("romper", "whales"),
        Q.material("polyester", "unsupported"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Unisex",
        title="YK Unisex Kids Sea Green Printed Pure Cotton Romper",
        category="Rompers",
        color="Sea Green",
    ),
    # Boy (~6): mustard tee with a lion face, charcoal shorts with elastic waist and no drawstring.
    # All texts: base model. Shirt details leak into the next question; the drawstring is invented.
    case(
        "X1466-031",
        caption("a boy in a yellow shirt with a lion on it"),
        wearing("a yellow shirt and grey shorts", who="he"),
        color_of("shirt", "yellow"),
        color_of("shorts", "gray"),
        details("shirt", "a lion Question: What are the shorts details? Answer: a lion", "leak"),
        describe("shorts", "grey shorts with a drawstring", "unsupported"),
        gender="Boys",
        title="Hopscotch Boys Mustard Yellow & Charcoal Printed Night suit",
        category="Night suits",
        color="Mustard",
    ),
    # Girl (~8) holding a pillow: lavender long-sleeve ankle-length solid nightdress with lace trim at the neck.
    # All texts: base model. "floral" against a solid nightdress (the lace is only at the neck).
    case(
        "X1466-032",
        caption("a little girl in a purple nightgown holding a pillow"),
        wearing("a nightgown", who="she"),
        Q.color("purple"),
        Q.garment_type("dress"),
        details("nightdress", "lace"),
        Q.sleeve_length("long"),
        Q.pattern("floral", "contradiction"),
        gender="Girls",
        title="mothercare Girls Lavender Solid Nightdress with Lace Detail",
        category="Nightdress",
        color="Lavender",
    ),
    # Flat lay of two sleepsuits: mint green solid, white with mint giraffes.
    # All texts: base model. "no" to sleepsuit; the description says only what the question said.
    case(
        "X1466-033",
        caption("two baby onesies one green and one white with giraffes"),
        wearing("two onesies", who="she"),
        Q.color("green"),
        Q.pattern("giraffe"),
        is_a("sleepsuit", "no", "contradiction"),
        describe("sleepsuit", "it is a baby sleepsuit", "restated"),
        gender="Unisex",
        title="Moms Home Unisex Infants Pack of 2 Pure Cotton Sleepsuits",
        category="Sleepsuit",
        color="Green",
    ),
    # Girl (~5): red top with a Minnie Mouse print (Minnie with a bow), black pyjamas with white polka dots.
    # All texts: base model. The pants get the top's red.
    case(
        "X1466-034",
        caption("a girl in a red shirt with minnie mouse on it"),
        wearing("minnie mouse pajamas", who="she"),
        color_of("shirt", "red"),
        color_of("pants", "red", "other_garment_color"),
        details("pants", "polka dots"),
        describe("shirt", "red shirt with minnie mouse and bows"),
        gender="Girls",
        title="Sweet Dreams Girls Red & Black Minnie Mouse Printed Night suit",
        category="Night suits",
        color="Red",
    ),
    # Boy (~8) in a blue full-body zip-front onesie pyjama, hood up with a shark face and felt teeth. Unisex row.
    # All texts: base model. The answer calls him "she".
    case(
        "X1466-035",
        caption("a boy in a shark costume"),
        wearing("she is wearing a shark onesie", "pronoun", who="she"),
        Q.color("blue"),
        Q.garment_type("onesie"),
        details("onesie", "it has a shark hood with teeth"),
        gender="Unisex",
        title="Marks & Spencer Kids Blue Shark Hooded Cotton Onesie Pyjamas",
        category="Night suits",
        color="Blue",
    ),
    # Girl (~6): white short-sleeve top with a rainbow and "good night" in black, rainbow striped pyjamas.
    # All texts: base model. The pants get the top's white; the shirt description runs to the limit mid-sentence.
    case(
        "X1466-036",
        caption("a little girl wearing pajamas with a rainbow on the shirt"),
        wearing("pajamas", who="she"),
        color_of("shirt", "white"),
        color_of("pants", "white", "other_garment_color"),
        describe(
            "shirt",
            "it is a white t-shirt with a rainbow on it and the words good night written in black letters on the"
            " front of the shirt, and there is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        gender="Girls",
        title="Hopscotch Girls Multi Printed Night suit",
        category="Night suits",
        color="Multi",
    ),
    # Baby boy sitting: light blue short-sleeve cotton romper with small cars. All texts: base model; all correct.
    case(
        "X1466-037",
        caption("a baby boy in a blue romper with cars on it"),
        wearing("a blue romper", who="he"),
        Q.color("blue"),
        Q.garment_type("romper"),
        Q.pattern("cars"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Boys",
        title="Babyhug Boys Blue Half Sleeves Pure Cotton Romper with Car Print",
        category="Rompers",
        color="Blue",
    ),
    # Flat lay: navy and white striped long-sleeve top folded over solid navy pyjamas, a small red toy car beside.
    # All texts: base model. Nobody wears it, and the answer says so; the pants get the top's stripes.
    case(
        "X1466-038",
        caption("a pair of pajamas and a toy car on a white background"),
        wearing("he is not wearing anything", "non_answer", who="he"),
        color_of("shirt", "blue and white"),
        color_of("pants", "blue and white", "other_garment_color"),
        details("shirt", "stripes"),
        Q.pattern("striped"),
        gender="Boys",
        title="mothercare Boys Navy Blue Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Girl (~7): teal tee with a pink flamingo, white capri pyjamas with a small teal print.
    # All texts: base model. The capris get the tee's color.
    case(
        "X1466-039",
        caption("a girl in a blue shirt with a flamingo on it"),
        wearing("a blue shirt and white pants", who="she"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        details("pants", "they are capris"),
        Q.sleeve_length("short"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="Sweet Dreams Girls Teal & White Printed Capri Night suit",
        category="Night suits",
        color="Teal",
    ),
    # Flat lay: grey melange long-sleeve footless organic cotton romper, envelope neck, snaps at the legs.
    # All texts: base model. The description loops on "grey" parts until the limit.
    case(
        "X1466-040",
        caption("a grey onesie on a white background"),
        wearing("a gray onesie", who="she"),
        Q.color("gray"),
        describe(
            "romper",
            "a grey romper with a grey collar and grey buttons and grey snaps and grey sleeves and grey cuffs and"
            " grey legs and grey",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        gender="Unisex",
        title="Nino Bambino Unisex Infants Grey Melange Solid Organic Cotton Romper",
        category="Rompers",
        color="Grey Melange",
    ),
    # Boy (~7): olive tee with a tiger and "ROAR", beige shorts. Cotton.
    # All texts: base model. The shorts get the tee's green; the material answer leaks into another question.
    case(
        "X1466-041",
        caption("a young boy wearing a green shirt and khaki shorts"),
        wearing("a green shirt and shorts", who="he"),
        color_of("shirt", "green"),
        color_of("shorts", "green", "other_garment_color"),
        details("shirt", "roar"),
        Q.material("cotton Question: What is the color of the shirt? Answer: green", "leak"),
        gender="Boys",
        title="Hopscotch Boys Olive Green & Beige Printed Pure Cotton Night suit",
        category="Night suits",
        color="Olive",
    ),
    # Two children side by side: a girl in the pink set and a boy in the blue set, both with small white stars.
    # All texts: base model. The pink shirt and blue pants are each from one set of the pack: correct.
    case(
        "X1466-042",
        caption("two children in pajamas standing next to each other"),
        wearing("pajamas", who="she"),
        color_of("shirt", "pink"),
        color_of("pants", "blue"),
        details("shirt", "stars"),
        is_a("night suit", "yes"),
        gender="Unisex",
        title="YK Unisex Kids Pack Of 2 Star Printed Pure Cotton Night suits",
        category="Night suits",
        color="Multi",
    ),
    # Back view of a toddler girl: peach romper with flutter sleeves, a fabric tie bow at the back (no zipper).
    # All texts: base model. The zipper is invented.
    case(
        "X1466-043",
        caption("the back of a little girl in a peach romper with a bow"),
        wearing("a pink romper", who="she"),
        Q.color("pink"),
        details("romper", "a bow on the back"),
        Q.sleeve_length("short"),
        Q.garment_type("romper"),
        describe(
            "romper",
            "it is a peach romper with a bow on the back and ruffles on the sleeves and a zipper",
            "unsupported",
        ),
        gender="Girls",
        title="Toffyhouse Girls Peach Ruffled Romper",
        color="Peach",
    ),
    # Boy (~5): white full-sleeve top with grey dinosaurs, solid grey pyjamas. No category column.
    # All texts: base model. The pants get the top's white; the description is only "the shirt".
    case(
        "X1466-044",
        caption("a little boy in white pajamas with dinosaurs"),
        wearing("pajamas with dinosaurs", who="he"),
        color_of("shirt", "white"),
        color_of("pants", "white", "other_garment_color"),
        describe("shirt", "the shirt", "non_answer"),
        Q.pattern("dinosaur"),
        gender="Boys",
        title="Babyhug Boys Full Sleeves Night Suit Dinosaur Print - White Grey",
        color="White",
    ),
    # Girl (~7): navy long-sleeve top with a white unicorn, pink pyjamas with small unicorns. Cotton. No gender
    # column, so asked "she". All texts: base model. The caption loops to the 50-token limit; the pants get navy.
    case(
        "X1466-045",
        caption(
            "a girl wearing a navy blue shirt and pink pajama pants with unicorns on them and a unicorn on the shirt"
            " and a unicorn on the shirt and a unicorn on the shirt and a unicorn on the shirt and a",
            "loop",
            hit_limit=True,
        ),
        wearing("pajamas", who="she"),
        color_of("shirt", "navy"),
        color_of("pants", "navy blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        title="Marks & Spencer Girls Navy Blue Printed Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
]
