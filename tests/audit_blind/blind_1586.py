"""BLIND_1586 (45 products; Myntra kids' sleepwear, rompers and night suits, base zero-shot, pronoun questions): written
blind in the sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 39/64 failures found
(60.9%) and 29/226 correct texts flagged (12.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear: night suits (top and bottom), rompers, sleepsuits and bodysuits for
infants, nightdresses and baby dolls, and a few single pieces (pyjamas, lounge pants, lounge shorts, a lounge tee).
Columns as the feed has them: title, category (Myntra's article type: "Night suits", "Rompers", "Sleepsuit",
"Bodysuit", "Nightdress", "Baby Dolls", "Pyjamas", "Lounge Pants", "Lounge Shorts", "Lounge Tshirts", "Jumpsuit"),
color (Myntra's base colour) and gender ("Boys", "Girls", "Unisex"); one item lacks gender, one lacks category, one
lacks color. Photos: mostly a child on a plain white or grey backdrop, babies lying on a white blanket, some flat lays
(packs of two or three), two back views, a few props (plush toy, pillow, cap, tutu, headband).
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, 50 new tokens for the
caption (no prompt) and 30 for answers, `Question: ... Answer:` prompts, output stopped at the newline. The wearing
question uses a pronoun picked from the gender column: "What is he wearing?" for Boys, "What is she wearing?" for
Girls and for Unisex or a missing gender. The questionnaire depends on the article type: night suits get the
experiments' shirt/pants (or shorts) questions; rompers, sleepsuits and bodysuits get color/describe of "the romper",
"Is this a romper?", pattern and sleeve length; nightdresses get the closed garment questions and "Is this a
nightgown?"; single pieces get their own garment's questions. The material question was only in part of the run.
Colour-of questions were free generation (stored open); the closed questions keep the raw generated text.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near hues are not failures (peach called pink, maroon called red, navy called blue, olive called green). A color
that belongs to the other piece of the set or to a styling item (the cap, the tutu, the joggers under a lounge tee) is
other_garment_color; a wrong color that belongs to nothing else (the print color named as the ground color) is
contradiction. A "girl"/"boy"/"she"/"he" that does not match the child in the photo is pronoun, including one Unisex
item worn by a boy; "she" in answers about Unisex babies whose sex the photo does not show is left alone. "cotton" is
left unmarked when the title does not name a fabric and the photo looks like cotton jersey; a fabric the photo cannot
show and the title does not give (fleece, polyester, silk) is unsupported; a fabric the title contradicts (cotton for a
satin item) is contradiction. Answering "What is she wearing?" about a flat lay with the garment itself is not a
failure. Pockets, drawstrings and bows hidden under the top are unsupported. "It is a onesie", "they are shorts", "they
are long" for pants are non_answer; an echo of the question is restated. For packs, an answer about one of the pieces is
not marked; a caption that turns a visible pack of two or three into one piece is contradiction. A caption that runs to
the limit is cut even when it also invents something. A "no" to "Is this a romper?" is contradiction for rompers, but
left alone for bodysuits (a bodysuit is arguably not a romper). A "teddy bear costume" or "unicorn costume" for a hooded
animal romper or onesie is left alone; a "santa claus costume" for a striped pyjama set, or a "dress" for a romper, is
contradiction. Navy called black is contradiction (a human would say blue). About one text in five is wrong: the photos
are clean catalog shots and the untuned model's short answers are mostly right; its misses are colors (one color for the
whole set, a styling item's color), invented details, pronouns in captions and answers, and a few loops and cut runs on
the open "describe"/"details" questions.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1586 = [
    # Boy (~6) on white backdrop: navy full-sleeve tee with white rocket print, plain grey melange pyjama pants
    # with navy cuffs. Base model, all texts.
    case(
        "X1586-001",
        caption("a young boy wearing a blue pajama set with a rocket on it"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("shirt", "a blue shirt with a rocket ship on it"),
        details("pants", "they have a rocket on them", "unsupported"),
        gender="Boys",
        title="YK Boys Navy Blue & Grey Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Baby lying on a white blanket, shot from above: yellow half-sleeve romper with a small all-over duck print (no
    # dots), snaps at the crotch. Base model.
    case(
        "X1586-002",
        caption("a baby laying on a bed wearing a yellow onesie"),
        wearing("a yellow onesie", who="she"),
        color_of("romper", "yellow", kind="open"),
        describe("romper", "it has ducks on it"),
        is_a("romper", "yes"),
        Q.pattern("polka dots", "contradiction"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Unisex",
        title="Babyoye Infant Unisex Yellow Printed Pure Cotton Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Girl (~5) in a pink knee-length nightdress with unicorn print and short puff sleeves, holding a plush unicorn
    # (prop). Base model.
    case(
        "X1586-003",
        caption("a little girl in a pink dress holding a stuffed unicorn"),
        wearing("a pink dress", who="she"),
        Q.color("pink"),
        Q.garment_type("dress"),
        Q.pattern("unicorn"),
        Q.sleeve_length("short sleeves"),
        gender="Girls",
        title="Hopscotch Girls Pink Unicorn Printed Pure Cotton Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Girl sitting on a white stool: white half-sleeve tee with pink polka dots, pink shorts with white dots. Base.
    case(
        "X1586-004",
        caption("a little girl sitting on a stool wearing pink and white pajamas"),
        wearing("pajamas", who="she"),
        color_of("shirt", "pink", "other_garment_color", kind="open"),
        color_of("shorts", "pink", kind="open"),
        describe("shirt", "white with pink polka dots"),
        details("shorts", "polka dots"),
        Q.material("cotton"),
        gender="Girls",
        title="Sweet Dreams Girls White & Pink Polka Dot Printed Night Suit",
        category="Night suits",
        color="White",
    ),
    # Flat lay, no model: grey melange long-sleeve footed sleepsuit with white star print, zip front. Plain cotton
    # jersey look. Base model.
    case(
        "X1586-005",
        caption("a gray baby onesie with white stars on it"),
        wearing("a onesie", who="she"),
        color_of("romper", "gray", kind="open"),
        describe("romper", "it is a onesie with stars on it"),
        is_a("romper", "yes"),
        Q.sleeve_length("long"),
        Q.material("fleece", "unsupported"),
        gender="Unisex",
        title="Mothercare Unisex Kids Grey Melange Star Print Sleepsuit",
        category="Sleepsuit",
        color="Grey Melange",
    ),
    # Boy standing: maroon-and-black checked full-sleeve shirt with collar and buttons, worn untucked over matching
    # checked pants (the waistband is hidden by the shirt). Base model.
    case(
        "X1586-006",
        caption("a young boy wearing a red and black plaid pajama set"),
        wearing("plaid pajamas", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "red", kind="open"),
        describe("shirt", "it is a plaid shirt with buttons"),
        details("pants", "they are plaid and have a drawstring", "unsupported"),
        Q.material("cotton"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Maroon Checked Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Infant boy sitting: navy-and-white striped half-sleeve romper with a small anchor embroidery on the chest. Base;
    # the caption calls him a girl.
    case(
        "X1586-007",
        caption("a baby girl wearing a blue and white striped romper", "pronoun"),
        wearing("a striped romper", who="he"),
        color_of("romper", "blue and white", kind="open"),
        describe("romper", "a blue and white striped romper with an anchor on it"),
        is_a("romper", "yes"),
        Q.pattern("striped"),
        Q.sleeve_length("long", "contradiction"),
        gender="Boys",
        title="Nauti Nati Boys Navy Blue & White Striped Pure Cotton Romper",
        category="Rompers",
        color="Navy Blue",
    ),
    # Boy (~7) in a plain white tee (styling) and olive green pyjama pants with small dinosaur print. Base model.
    case(
        "X1586-008",
        caption("a young boy in a white t-shirt and green pants"),
        wearing("a white shirt and green pants", who="she"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "they have dinosaurs on them"),
        Q.pattern("dinosaurs"),
        Q.material("cotton"),
        gender="Unisex",
        title="mackly Kids Unisex Olive Green Dinosaur Printed Pyjamas",
        category="Pyjamas",
        color="Olive",
    ),
    # Girl in a lavender long-sleeve top with "Dream Big" and clouds, lavender pants with clouds. Base model.
    case(
        "X1586-009",
        caption("a little girl wearing purple pajamas with clouds on them"),
        wearing("pajamas", who="she"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "purple", kind="open"),
        describe("shirt", "it says dream big"),
        details("pants", "clouds"),
        Q.material("polyester", "unsupported"),
        gender="Girls",
        title="Nap Chief Girls Lavender Cloud Printed Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Back view: boy in a red half-sleeve tee (small spider print on the back) and navy shorts. Base model.
    case(
        "X1586-010",
        caption("the back of a young boy wearing a red shirt and blue shorts"),
        wearing("spiderman pajamas", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        describe("shirt", "a red shirt with a spider on the back"),
        details("shorts", "they are shorts", "non_answer"),
        gender="Boys",
        title="Kidsville Boys Red & Navy Blue Spider-Man Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Girl standing on a grey backdrop (no furniture) in a peach satin sleeveless baby-doll nightdress with lace
    # trim and matching shorts. Base model.
    case(
        "X1586-011",
        caption("a little girl in a pink nightgown sitting on a bed", "unsupported"),
        wearing("a nightgown", who="she"),
        Q.color("pink"),
        Q.garment_type("nightgown"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        gender="Girls",
        title="Ed-a-Mamma Girls Peach Satin Baby Doll Night Dress with Shorts",
        category="Baby Dolls",
        color="Peach",
    ),
    # Flat lay of a pack of two half-sleeve rompers: one white with grey elephants, one solid mint green. Base model.
    case(
        "X1586-012",
        caption("two baby onesies on a white background"),
        wearing("a onesie", who="she"),
        color_of("romper", "white", kind="open"),
        describe(
            "romper",
            "a white onesie with gray elephants on it and a green onesie with no print on it and the white one has"
            " snaps at the bottom and the",
            "cut",
            hit_limit=True,
        ),
        is_a("romper", "yes"),
        Q.pattern("elephant"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Unisex",
        title="Moms Love Unisex Kids Pack of 2 Pure Cotton Rompers",
        category="Rompers",
        color="Multi",
    ),
    # Boy in a white half-sleeve tee with a green dinosaur print and plain green shorts (no pockets). Base model.
    case(
        "X1586-013",
        caption("a boy wearing a white t-shirt with a dinosaur on it and green shorts"),
        wearing("a t-shirt and shorts", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        describe("shirt", "a white t-shirt with a green dinosaur on it"),
        details("shorts", "they have a pocket on the side", "unsupported"),
        Q.material("cotton"),
        gender="Boys",
        title="Gini and Jony Boys White & Green Dinosaur Print Night Suit",
        category="Night suits",
        color="White",
    ),
    # Baby girl lying on her back: pink long-sleeve footed sleepsuit with a bunny print (bunnies only) and a frilled
    # collar. Base model.
    case(
        "X1586-014",
        caption("a baby laying on a bed in a pink onesie"),
        wearing("a onesie", who="she"),
        color_of("romper", "pink", kind="open"),
        describe("romper", "it is a onesie", "non_answer"),
        is_a("romper", "yes"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("long sleeves"),
        gender="Girls",
        title="Mini Klub Girls Pink Bunny Print Footed Sleepsuit",
        category="Sleepsuit",
        color="Pink",
    ),
    # Boy (short hair, clearly a boy) in a blue-and-white striped long-sleeve top (no pocket) and solid navy pants.
    # Unisex item, so the job asked "she"; the answer takes the pronoun over. Base model.
    case(
        "X1586-015",
        caption("a little boy in a blue and white striped shirt and blue pants"),
        wearing("she is wearing a striped shirt and blue pants", "pronoun", who="she"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("shirt", "a blue and white striped shirt with a pocket", "unsupported"),
        details("pants", "navy blue"),
        Q.pattern("striped"),
        gender="Unisex",
        title="Marks & Spencer Kids Unisex Blue Striped Pure Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Girl in an ankle-length white long-sleeve nightgown with a small blue floral print and a frilled hem. Base.
    case(
        "X1586-016",
        caption("a little girl in a white dress with blue flowers"),
        wearing("a nightgown", who="she"),
        Q.color("blue", "contradiction"),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Pantaloons Junior Girls White Floral Printed Maxi Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Toddler boy in a grey sleeveless romper (no hood) printed "Little Explorer" with a bear, wearing a yellow cap.
    # Base model.
    case(
        "X1586-017",
        caption("a little boy wearing a gray romper and a yellow hat"),
        wearing("a romper and a hat", who="he"),
        color_of("romper", "yellow", "other_garment_color", kind="open"),
        describe("romper", "it has a bear on it and a hood", "unsupported"),
        is_a("romper", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Boys",
        title="BUDDSBUDDY Boys Grey Printed Sleeveless Cotton Romper",
        category="Rompers",
        color="Grey",
    ),
    # Girl in a sky-blue half-sleeve tee with an Elsa print and white capri pants with small blue snowflakes. Base.
    case(
        "X1586-018",
        caption("a young girl wearing a blue shirt with frozen characters on it"),
        wearing("frozen pajamas", who="she"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("shirt", "elsa from frozen"),
        details("pants", "snowflakes"),
        gender="Girls",
        title="Disney by Miss & Chief Girls Blue Frozen Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Boy in a short black tee (styling) and charcoal joggers; the drawstring at the waist is visible. Base model.
    case(
        "X1586-019",
        caption("a boy in a black shirt and gray sweatpants"),
        wearing("sweatpants", who="he"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details("pants", "drawstring waist"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Boys",
        title="H&M Boys Charcoal Grey Solid Jogger Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
    ),
    # Flat lay: navy (clearly blue, not black) long-sleeve top and navy pants, both printed with planets and stars.
    # Feed row lacks a color. Base model; the pants' details loop.
    case(
        "X1586-020",
        caption("a pair of blue pajamas with planets and stars on them"),
        wearing("pajamas", who="she"),
        color_of("shirt", "black", "contradiction", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("shirt", "a blue shirt with planets on it"),
        details(
            "pants",
            "the pants have planets on them and the pants have planets on them and the pants have planets on them"
            " and the pants",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        title="max Kids Unisex Navy Blue Space Print Glow in the Dark Night Suit",
        category="Night suits",
    ),
    # Flat lay of three white half-sleeve envelope-neck bodysuits fanned out, all three in the frame; one has a small
    # "hello" print. Base.
    case(
        "X1586-021",
        caption("a white baby onesie with the word hello on it", "contradiction"),
        wearing("a white onesie", who="she"),
        color_of("romper", "white", kind="open"),
        describe("romper", "it says hello"),
        is_a("romper", "no"),
        Q.sleeve_length("short"),
        gender="Unisex",
        title="Chicco Unisex Infant Pack of 3 White Bodysuits",
        category="Bodysuit",
        color="White",
    ),
    # Boy in a sky-blue half-sleeve collared button shirt with white piping and a small red car print, matching
    # shorts. Base model; the shirt description runs to the limit.
    case(
        "X1586-022",
        caption("a young boy wearing blue pajamas with cars on them"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("shorts", "blue", kind="open"),
        describe(
            "shirt",
            "it is a blue shirt with a collar and white piping and it has a print of red cars all over the front and"
            " the sleeves and the",
            "cut",
            hit_limit=True,
        ),
        details("shorts", "they have cars on them"),
        Q.material("cotton"),
        gender="Boys",
        title="Bodycare Kids Boys Blue Car Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Girl with a short bob in a yellow half-sleeve tee printed "Sunshine" and grey melange shorts. Base model; the
    # caption calls her a boy.
    case(
        "X1586-023",
        caption("a young boy wearing a yellow shirt and gray shorts", "pronoun"),
        wearing("a yellow shirt and grey shorts", who="she"),
        color_of("shirt", "yellow", kind="open"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        describe("shirt", "it says sunshine"),
        details("shorts", "gray"),
        gender="Girls",
        title="YK Girls Yellow & Grey Typography Printed Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Toddler girl sitting on the floor: peach sleeveless romper with frilled shoulders and a floral print, white
    # headband (styling). Base model.
    case(
        "X1586-024",
        caption("a baby girl sitting on the floor wearing a floral romper and a headband"),
        wearing("a floral dress", "contradiction", who="she"),
        color_of("romper", "pink", kind="open"),
        describe("romper", "it has ruffles on the shoulders"),
        is_a("romper", "yes"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Lil Tomatoes Girls Peach-Coloured Floral Print Frilled Romper",
        category="Rompers",
        color="Peach",
    ),
    # Boy in a green half-sleeve tee printed "Game On" and navy pants with a green drawstring (visible). Base model;
    # one answer repeats the prompt's "Answer:".
    case(
        "X1586-025",
        caption("a young boy standing in front of a white wall"),
        wearing("a green shirt and blue pants", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        describe("shirt", "Answer: it says game on", "leak"),
        details("pants", "they have a drawstring"),
        gender="Boys",
        title="Cub McPaws Boys Green & Navy Blue Printed Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Baby boy lying on a white blanket: navy long-sleeve zip-up sleepsuit with a whale print. Base model.
    case(
        "X1586-026",
        caption("a baby boy laying on a white blanket in a blue pajamas with whales"),
        wearing("pajamas", who="he"),
        color_of("romper", "blue", kind="open"),
        describe("romper", "it has a zipper and whales on it"),
        is_a("romper", "yes"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Boys",
        title="Marks & Spencer Boys Navy Blue Whale Print Zip-Up Sleepsuit",
        category="Sleepsuit",
        color="Navy Blue",
    ),
    # Girl in a mint green satin long-sleeve collared shirt with white piping and matching satin pants. Base model.
    case(
        "X1586-027",
        caption("a little girl in green pajamas"),
        wearing("pajamas", who="she"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", kind="open"),
        describe("shirt", "a green shirt with white trim"),
        details("pants", "they are long", "non_answer"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Cherry Crumble Girls Mint Green Satin Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Lower half of a child: plain white tee (styling) over red-and-black checked shorts. Base model.
    case(
        "X1586-028",
        caption("a child wearing a white shirt and red plaid shorts"),
        wearing("shorts", who="she"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "short", "non_answer"),
        Q.pattern("plaid"),
        Q.material("cotton"),
        gender="Unisex",
        title="Kidsville Kids Unisex Red Checked Lounge Shorts",
        category="Lounge Shorts",
        color="Red",
    ),
    # Boy barefoot in a grey melange tee with the Avengers logo and black pants with "AVENGERS" down the side. Base
    # model; the caption runs to the 50-token limit (and invents shoes on the way).
    case(
        "X1586-029",
        caption(
            "a young boy wearing a gray t-shirt with the avengers logo on it and black pants with the word avengers on"
            " the side of the pants and a pair of black shoes on his feet and a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("avengers pajamas", who="he"),
        color_of("shirt", "gray", kind="open"),
        color_of("pants", "gray", "other_garment_color", kind="open"),
        describe("shirt", "it has the avengers logo on it"),
        details("pants", "avengers"),
        gender="Boys",
        title="Marvel by Wear Your Mind Boys Grey Melange Avengers Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Back view: girl in a navy short-sleeve knee-length nightdress with a star print. Base model.
    case(
        "X1586-030",
        caption("the back of a little girl in a blue dress with stars"),
        wearing("what is she wearing", "restated", who="she"),
        Q.color("blue"),
        Q.garment_type("dress"),
        Q.pattern("stars"),
        Q.sleeve_length("short"),
        is_a("nightgown", "no", "contradiction"),
        gender="Girls",
        title="Yellow Bee Girls Navy Blue Star Printed Nightdress",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Baby sitting: brown long-sleeve hooded fleece romper with bear ears on the hood. Base model.
    case(
        "X1586-031",
        caption("a baby in a teddy bear costume"),
        wearing("a bear costume", who="she"),
        color_of("romper", "brown", kind="open"),
        describe("romper", "it has ears on the hood"),
        is_a("romper", "no", "contradiction"),
        Q.sleeve_length("long"),
        Q.material("fleece"),
        gender="Unisex",
        title="Zeezeezoo Unisex Kids Brown Bear Hooded Fleece Romper",
        category="Rompers",
        color="Brown",
    ),
    # Flat lay of a pack of two night suits side by side: yellow tee with a lion and yellow-striped pants; blue tee
    # with a bear and blue-striped pants. Base model.
    case(
        "X1586-032",
        caption("a yellow pajama set with a lion on it", "contradiction"),
        wearing("pajamas", who="she"),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "yellow", kind="open"),
        describe("shirt", "it's a shirt", "non_answer"),
        details("pants", "stripes"),
        gender="Unisex",
        title="Superminis Kids Unisex Pack of 2 Printed Night Suits",
        category="Night suits",
        color="Multi",
    ),
    # Girl in a white half-sleeve tee with a rainbow and hearts, pants with multicoloured rainbow stripes. Base
    # model; the shirt description loops.
    case(
        "X1586-033",
        caption("a little girl wearing a white shirt with a rainbow on it"),
        wearing("a rainbow shirt and rainbow pants", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "rainbow", kind="open"),
        describe(
            "shirt",
            "a white shirt with a rainbow and hearts and hearts and hearts and hearts and hearts and hearts and hearts"
            " and hearts and",
            "loop",
            hit_limit=True,
        ),
        details("pants", "rainbow stripes"),
        gender="Girls",
        title="Wish Karo Girls White & Multicoloured Rainbow Printed Night Suit",
        category="Night suits",
        color="White",
    ),
    # Girl in a pink tee (styling) over pink-and-white checked pyjama pants; the waistband is under the tee. Base.
    case(
        "X1586-034",
        caption("a girl in a pink shirt and pink plaid pants"),
        wearing("pajamas", who="she"),
        color_of("pants", "pink", kind="open"),
        details("pants", "they have a bow on the waistband", "unsupported"),
        Q.pattern("checkered"),
        Q.material("cotton"),
        gender="Girls",
        title="Sweet Dreams Girls Pink Checked Cotton Pyjamas",
        category="Pyjamas",
        color="Pink",
    ),
    # Baby boy lying on a white backdrop: light blue half-sleeve romper (clearly
    # blue) with a car print; no toy in the shot. Base.
    case(
        "X1586-035",
        caption("a baby boy laying on a bed with a toy car", "unsupported"),
        wearing("a onesie", who="he"),
        color_of("romper", "white", "contradiction", kind="open"),
        describe("romper", "it has cars on it"),
        is_a("romper", "yes"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Mini Klub Boys Blue Car Print Cotton Romper",
        category="Rompers",
        color="Blue",
    ),
    # Boy in an orange half-sleeve tee with a tiger print and plain black shorts. Feed row lacks gender, so the job
    # asked "she". Base model.
    case(
        "X1586-036",
        caption("a young boy wearing an orange shirt with a tiger on it"),
        wearing("an orange shirt and black shorts", who="she"),
        color_of("shirt", "orange", kind="open"),
        color_of("shorts", "orange", "other_garment_color", kind="open"),
        describe("shirt", "it has a tiger on it"),
        details("shorts", "black with orange stripes on the side", "unsupported"),
        title="Todd N Teen Boys Orange & Black Tiger Printed Night Suit",
        category="Night suits",
        color="Orange",
    ),
    # Girl holding a white pillow (prop): yellow sleeveless nightdress with a lemon print and a pink bow at the neck.
    # Base model.
    case(
        "X1586-037",
        caption("a little girl holding a pillow wearing a yellow dress with lemons on it"),
        wearing("a yellow dress", who="she"),
        Q.color("yellow"),
        Q.garment_type("dress"),
        Q.pattern("lemons"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("nightgown", "yes"),
        gender="Girls",
        title="Hopscotch Girls Yellow Lemon Printed Pure Cotton Nightdress",
        category="Nightdress",
        color="Yellow",
    ),
    # Boy in a red-and-white striped long-sleeve top with a small reindeer patch on the chest and matching striped
    # pants (no patch). Base.
    case(
        "X1586-038",
        caption("a little boy wearing red and white striped pajamas"),
        wearing("a santa claus costume", "contradiction", who="she"),
        color_of("shirt", "red and white", kind="open"),
        color_of("pants", "red and white", kind="open"),
        describe("shirt", "red and white stripes"),
        details("pants", "they have a reindeer on them", "unsupported"),
        Q.pattern("striped"),
        gender="Unisex",
        title="H&M Kids Unisex Red & White Striped Christmas Pyjama Set",
        category="Night suits",
        color="Red",
    ),
    # Baby girl sitting: white long-sleeve bodysuit with a pink heart print, pink tulle tutu over it (styling). Base.
    case(
        "X1586-039",
        caption("a baby girl in a pink tutu"),
        wearing("a tutu and a white onesie", who="she"),
        color_of("romper", "pink", "other_garment_color", kind="open"),
        describe("romper", "it has hearts on it"),
        is_a("romper", "no"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Babyoye Girls White Heart Print Cotton Bodysuit",
        color="White",
        category="Bodysuit",
    ),
    # Boy in an olive half-sleeve tee and olive/black/brown camouflage shorts. Feed row lacks a category. Base.
    case(
        "X1586-040",
        caption("a young boy wearing a green shirt and camouflage shorts"),
        wearing("a camouflage outfit", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("shorts", "green", kind="open"),
        describe("shirt", "a description of the shirt", "restated"),
        details("shorts", "camo"),
        gender="Boys",
        title="YK Boys Olive Green Camouflage Printed Night Suit",
        color="Olive",
    ),
    # Girl (~8) in a pink long-sleeve zip-front hooded onesie with a unicorn horn and ears on the hood, plush fabric.
    # Base model.
    case(
        "X1586-041",
        caption("a little girl in a pink unicorn costume"),
        wearing("a unicorn onesie", who="she"),
        color_of("romper", "pink", kind="open"),
        describe("romper", "it has a unicorn horn on the hood"),
        is_a("romper", "yes"),
        Q.sleeve_length("long"),
        Q.material("fleece"),
        gender="Girls",
        title="Zeezeezoo Girls Pink Unicorn Hooded Onesie",
        category="Jumpsuit",
        color="Pink",
    ),
    # Girl in a coral half-sleeve top with a flamingo print and white shorts with small coral flamingos. Base model;
    # the wearing answer runs on into the next prompt.
    case(
        "X1586-042",
        caption("a little girl wearing a pink shirt with flamingos on it"),
        wearing("pajamas Question: What is the color of the shirt? Answer: pink", "leak", who="she"),
        color_of("shirt", "pink", kind="open"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        describe("shirt", "flamingos"),
        details("shorts", "white with pink flamingos"),
        gender="Girls",
        title="Lil Lollipop Girls Coral & White Flamingo Printed Night Suit",
        category="Night suits",
        color="Coral",
    ),
    # Boy in a navy long-sleeve lounge tee printed "SLEEP MODE ON" and grey joggers (styling). Base model.
    case(
        "X1586-043",
        caption("a boy wearing a blue shirt that says sleep mode on"),
        wearing("a shirt and pants", who="he"),
        color_of("shirt", "gray", "other_garment_color", kind="open"),
        describe("shirt", "it says sleep mode on"),
        Q.sleeve_length("long"),
        Q.pattern("letters"),
        gender="Boys",
        title="Pinehill Boys Navy Blue Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
    ),
    # Flat lay: white long-sleeve footed sleepsuit with a multicoloured small-animal print and a matching knitted
    # hat. Base model; the romper description loops.
    case(
        "X1586-044",
        caption("a baby's onesie with animals on it and a hat"),
        wearing("a onesie and a hat", who="she"),
        color_of("romper", "white", kind="open"),
        describe(
            "romper",
            "it has animals on it, like a giraffe, a lion, a giraffe, a lion, a giraffe, a lion, a giraffe, a lion,"
            " a giraffe, a",
            "loop",
            hit_limit=True,
        ),
        is_a("romper", "yes"),
        Q.sleeve_length("long"),
        gender="Unisex",
        title="Mothercare Unisex Infant White Animal Print Sleepsuit with Hat",
        category="Sleepsuit",
        color="White",
    ),
    # Boy with longish hair in a white half-sleeve tee with a black panda-face print (no bamboo) and black-and-white
    # checked pants. Base model; the caption calls him a girl.
    case(
        "X1586-045",
        caption("a little girl wearing a panda shirt and checkered pants", "pronoun"),
        wearing("a panda shirt", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "black and white", kind="open"),
        describe("shirt", "a panda eating bamboo", "unsupported"),
        details("pants", "checkered"),
        gender="Boys",
        title="Nap Chief Boys White & Black Panda Printed Night Suit",
        category="Night suits",
        color="White",
    ),
]
