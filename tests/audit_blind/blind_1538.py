"""BLIND_1538 (45 products; Myntra kids' sleepwear, zero-shot base): written blind in the sixty-sixth session. Measured
blind at 71dbb3c (the session's first rules): 60/87 failures found (69.0%) and 42/231 correct texts flagged (18.2%).
The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear (night suits, rompers, sleepsuits, nightdresses, pyjamas, bodysuits), much of
it unisex. Photos are the usual catalog shots: a child on a plain white or grey backdrop, sometimes with a prop (teddy,
toy truck, straw hat, pillow, book, a small Christmas tree), some back views, and flat lays for infant wear and packs.
Columns as the feed has them: title (brand first), category (Myntra article type), color (base colour), gender (Boys,
Girls, Unisex); a few rows lack one of them.
Who wrote what: every text is Salesforce/blip2-opt-2.7b, untuned, zero-shot, greedy decoding: the caption from the
image alone (no prompt, 50 new tokens), each answer from "Question: ... Answer:" (30 new tokens). The pipeline did not
stop on the newline, so a few answers run on into a made-up next question. The wearing question takes its pronoun from
the gender column: "he" for Boys, "she" for Girls, and "she" for Unisex rows or rows with no gender. The other
questions are the experiments' color / describe / details questions, named after the product's garment, plus the
closed type, pattern and sleeve questions, the material question, and a yes/no "Is this a ...?".
Labeling conventions and judgement calls: judged against the photo I imagined and the title. Near colors are right:
pink for a pinkish peach, red for maroon, white for cream or off-white, blue for navy or teal, purple for lavender, and
for coral both "orange" and "pink" are right even though they disagree with each other. A multicoloured ("Multi") item
answered with its ground color is right. A color that belongs to the other half of a set (the shorts' navy for a white
top), to an inner tee or to shoes is other_garment_color; a color taken from a prop (a toy) is contradiction. The
wrong garment (dress for a frilled romper, costume for a hooded romper, shirt for a nightdress, jeans for lounge
pants, t-shirt for a long tee nightdress, "no" to "Is this a night suit?" for a night suit, shoes given as the
romper's detail) is contradiction, and so are wrong sleeves or pattern and a material the title contradicts. Invented
parts (zipper, hood, pocket, buttons, a print seen only from the back, a second character) and a material the title
does not give and the photo does not support are unsupported. "it is a X" / "nothing" / "i don't know" / the garment
name back are non_answer; a sentence that only turns the question around ("the romper details are the details of the
romper") is restated. A boy or girl word that the photo contradicts is pronoun, also on Unisex rows where only the
photo shows it; "he" in an answer to "What is she wearing?" is right when the child in the photo is a boy. Loops and
run-ons that fill 30 tokens are hit_limit; a long answer cut at the limit without repeating is cut. A flat lay
answered with the garment to "What is she wearing?" is right; "nothing" there is non_answer, and so is a bare "yes" to a
details question. A run-on into "Question: ... Answer:" or an answer that starts with "Answer:" is leak. A toy the child
holds, described as the romper's print, is unsupported. About 27% of the texts are wrong: the untuned base gets the
short color, type and wearing questions mostly right on these bright, simple kids' clothes, and its failures gather in
describe and details, sleeves, material, two-piece sets and the odd child taken for the other sex.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1538 = [
    # Photo: girl of about six on a white backdrop, pink full-sleeve top with white unicorns, pink pants with white
    # stars. All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1538-001",
        caption("a little girl in pink pajamas with unicorns on them"),
        wearing("pajamas", who="she"),
        color_of("night suit", "pink"),
        describe("night suit", "a pink pajama set with unicorns on it"),
        details("night suit", "unicorns"),
        B.sleeve_length("long sleeves"),
        gender="Girls",
        title="YK Girls Pink & White Unicorn Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: boy standing, white half-sleeve tee with a navy dinosaur print (no pocket), solid navy shorts, barefoot.
    # The top answer gives the shorts' navy; describe invents a pocket. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-002",
        caption("a young boy in a white shirt and blue shorts"),
        wearing("a t-shirt and shorts", who="he"),
        color_of("top", "navy blue", "other_garment_color"),
        color_of("shorts", "navy blue"),
        details("top", "dinosaurs"),
        describe("top", "a white t-shirt with a blue dinosaur on it and a pocket on the chest", "unsupported"),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Nap Chief Boys Navy Blue & White Dinosaur Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: infant lying on a white sheet, yellow and white horizontal-striped half-sleeve romper, snaps only at the
    # crotch. No buttons on the front. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-003",
        caption("a baby laying on a bed wearing a yellow and white striped onesie"),
        wearing("a onesie", who="she"),
        color_of("romper", "yellow"),
        B.pattern("stripes"),
        details("romper", "it has buttons on the front", "unsupported"),
        B.material("cotton"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Babyhug Unisex Kids Yellow Striped Pure Cotton Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Photo: girl on a grey backdrop, knee-length sleeveless lavender cotton-jersey nightdress with a white bunny print.
    # Sleeves answer wrong; describe says nothing; satin is made up. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-004",
        caption("a little girl in a purple dress with bunnies on it"),
        wearing("a nightgown", who="she"),
        color_of("nightdress", "purple"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe("nightdress", "it is a nightdress", "non_answer"),
        B.garment_type("dress"),
        details("nightdress", "bunnies"),
        B.material("satin", "unsupported"),
        gender="Girls",
        title="Sweet Dreams Girls Lavender Bunny Printed Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Photo: flat lay, grey melange footed sleepsuit, bear face on the chest, press studs down the front (no zip),
    # cotton jersey. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-005",
        caption("a baby's onesie with a bear on it"),
        wearing("a onesie", who="he"),
        color_of("sleepsuit", "grey"),
        details("sleepsuit", "it has a bear on the front and a zipper", "unsupported"),
        B.sleeve_length("long sleeves"),
        B.material("fleece", "unsupported"),
        gender="Boys",
        title="Mothercare Infant Boys Grey Melange Bear Printed Footed Sleepsuit",
        category="Sleepsuit",
        color="Grey Melange",
    ),
    # Photo: a boy (Unisex row, so the question says "she"), white half-sleeve tee with a multicolour space print, blue
    # pants with small rockets. "he" is right for this photo; the sleeve answer is wrong; describe runs on into a
    # made-up question. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-006",
        caption("a little boy in pajamas with a space theme"),
        wearing("he is wearing pajamas", who="she"),
        color_of("night suit", "white and blue"),
        B.pattern("planets"),
        B.sleeve_length("long sleeves", "contradiction"),
        details("night suit", "rockets and planets"),
        describe(
            "night suit",
            "pajamas with rockets on them Question: What is the color of the pajamas? Answer: blue Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Hopscotch Unisex Kids Multicoloured Space Printed Night Suit",
        category="Night suits",
        color="Multi",
    ),
    # Photo: toddler girl, peach romper with frilled cap sleeves (no bow on it), white sneakers, plain white headband.
    # The peach reads pinkish on the photo; the romper answer gives the shoes' and headband's white; describe invents
    # a bow. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-007",
        caption("a little girl wearing a pink outfit and white sneakers"),
        wearing("a romper", who="she"),
        color_of("romper", "white", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        details("romper", "ruffles on the sleeves"),
        is_a("romper", "yes"),
        describe("romper", "a pink romper with ruffles on the sleeves and a bow on the front", "unsupported"),
        gender="Girls",
        title="Gini and Jony Girls Peach-Coloured Solid Romper with Frill Sleeves",
        category="Rompers",
        color="Peach",
    ),
    # Photo: flat lay of two cotton-jersey pyjama bottoms, navy with red cars and grey with navy stripes, elastic
    # waists. Only the material (denim) is wrong. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-008",
        caption("two pairs of pajama pants on a white background"),
        wearing("pajamas", who="he"),
        color_of("pajamas", "blue"),
        describe("pajamas", "blue pajama pants with red cars on them"),
        B.pattern("cars"),
        details("pajamas", "elastic waistband"),
        B.material("denim", "unsupported"),
        gender="Boys",
        title="Marks & Spencer Boys Pack of 2 Printed Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: girl holding a brown teddy, white long-sleeve top with pink hearts, pink pants with white hearts. The top
    # answer gives the pants' pink; silk contradicts the title; describe is cut at 30 tokens. All texts: base BLIP-2
    # zero-shot.
    case(
        "X1538-009",
        caption("a little girl in pajamas holding a teddy bear"),
        wearing("pajamas", who="she"),
        color_of("top", "pink", "other_garment_color"),
        color_of("pants", "pink"),
        B.pattern("hearts"),
        B.material("silk", "contradiction"),
        is_a("dress", "no"),
        describe(
            "top",
            "the top is white with pink hearts on it and has a round neck and long sleeves with ribbed cuffs and the"
            " pants are pink with white hearts and have an",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="H&M Girls White & Pink Heart Printed Cotton Pyjama Set",
        category="Night suits",
        color="White",
    ),
    # Photo: flat lay of three short-sleeve rompers: white with grey elephants, plain light blue, white with grey
    # stripes. No gender in the feed row ("she" asked). The details answer loops. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-010",
        caption("three baby onesies laid out on a white surface"),
        wearing("baby clothes", who="she"),
        color_of("romper", "white"),
        is_a("romper", "yes"),
        B.material("cotton"),
        B.garment_type("onesie"),
        describe("romper", "a white onesie with elephants on it"),
        details(
            "romper",
            "elephants and stripes and elephants and stripes and elephants and stripes and elephants and stripes and"
            " elephants and stripes and elephants and stripes and elephants and",
            "loop",
            hit_limit=True,
        ),
        title="Babyhug Infants Pack Of 3 Printed Pure Cotton Rompers",
        category="Rompers",
        color="White",
    ),
    # Photo: boy in black slides, green half-sleeve tee with a big T-rex, olive printed shorts. Back not shown. Describe
    # is cut; details answers "yes". All texts: base BLIP-2 zero-shot.
    case(
        "X1538-011",
        caption("a young boy wearing a green t-shirt with a dinosaur on it"),
        wearing("a dinosaur shirt and shorts", who="he"),
        color_of("night suit", "green"),
        B.sleeve_length("short"),
        describe(
            "night suit",
            "the night suit is a green t-shirt and green shorts with a dinosaur on the front of the t-shirt and a"
            " dinosaur on the back of the t-",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        details("night suit", "yes", "non_answer"),
        gender="Boys",
        title="Superminis Boys Green Dinosaur Printed Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Photo: girl with a short bob, pink short-sleeve knee-length nightdress with a unicorn. The caption takes her for a
    # boy; wearing and describe call the nightdress a shirt; the sleeve answer is wrong. All texts: base BLIP-2
    # zero-shot.
    case(
        "X1538-012",
        caption("a little boy in a pink shirt with a unicorn on it", "pronoun"),
        wearing("a pink shirt", "contradiction", who="she"),
        color_of("nightdress", "pink"),
        B.garment_type("dress"),
        details("nightdress", "unicorn"),
        B.sleeve_length("sleeveless", "contradiction"),
        describe("nightdress", "a pink shirt with a unicorn on it", "contradiction"),
        gender="Girls",
        title="Miss & Chief Girls Pink Unicorn Printed Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Photo: girl (Unisex row), grey melange top with black stripes, solid black pants. The pants answer repeats the
    # grey; describe loops. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-013",
        caption("a young girl in a grey and black striped shirt and black pants"),
        wearing("a striped shirt and black pants", who="she"),
        color_of("night suit", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        B.pattern("striped"),
        is_a("night suit", "yes"),
        describe(
            "night suit",
            "a grey and black striped night suit with black pants and a grey and black striped night suit with black"
            " pants and a grey and black",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Cub McPaws Kids Grey Melange & Black Striped Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: toddler boy, blue cotton dungaree romper (one bib pocket, two side buttons, no zip) over a white and red
    # striped tee. The romper color comes from the tee's stripes. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-014",
        caption("a little boy in overalls and a striped shirt"),
        wearing("overalls", who="he"),
        color_of("romper", "red", "other_garment_color"),
        describe("romper", "blue overalls with a striped shirt"),
        B.garment_type("overalls"),
        details("romper", "the romper has two pockets on the front and a zipper on the side", "unsupported"),
        B.material("cotton"),
        gender="Boys",
        title="Gini and Jony Infant Boys Blue Solid Cotton Dungaree Romper With T-shirt",
        category="Rompers",
        color="Blue",
    ),
    # Photo: girl next to a small Christmas tree, red full-sleeve cotton top with white reindeer, snowflakes and "Merry
    # Christmas", red and white checked pants. Wool is made up; describe loops. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-015",
        caption("a little girl in christmas pajamas standing next to a christmas tree"),
        wearing("christmas pajamas", who="she"),
        color_of("night suit", "red"),
        B.pattern("plaid"),
        details("night suit", "reindeer and snowflakes"),
        B.material("wool", "unsupported"),
        describe(
            "night suit",
            "a red and white christmas pajama set with a reindeer on the front and the words merry christmas on the"
            " front and the words merry christmas on the front and the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Red & White Christmas Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: infant asleep on a white blanket, white footed sleepsuit with small grey stars, zip front. All texts:
    # base BLIP-2 zero-shot; all right.
    case(
        "X1538-016",
        caption("a baby sleeping in a white onesie with stars on it"),
        wearing("pajamas", who="she"),
        color_of("sleepsuit", "white"),
        details("sleepsuit", "stars"),
        B.sleeve_length("long sleeves"),
        B.garment_type("pajamas"),
        gender="Unisex",
        title="H&M Baby Unisex White Star Printed Cotton Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Photo: boy, black tee with a red and blue Spider-Man graphic, solid red pants. The t-shirt answer gives the
    # pants' red; the material answer contradicts the title. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-017",
        caption("a young boy wearing a spiderman shirt and red pants"),
        wearing("spiderman pajamas", who="he"),
        color_of("t-shirt", "red", "other_garment_color"),
        color_of("pants", "red"),
        B.pattern("graphic"),
        details("t-shirt", "spiderman on the front"),
        describe("t-shirt", "a black t-shirt with spiderman on the front and a red pants"),
        B.material("polyester", "contradiction"),
        gender="Boys",
        title="Marvel by Wear Your Mind Boys Black & Red Spider-Man Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: girl of about four holding a straw hat, sleeveless mustard romper with small white flowers, tie belt,
    # shorts length, no pockets. The wearing answer runs on into a made-up question; the type answer calls it a
    # dress. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-018",
        caption("a little girl in a yellow romper holding a straw hat"),
        wearing(
            "a yellow romper Question: What is she holding? Answer: a straw hat Question: What is she wearing?"
            " Answer: a",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("romper", "yellow"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        B.garment_type("dress", "contradiction"),
        details("romper", "a yellow romper with a tie at the waist and a pocket on the chest", "unsupported"),
        gender="Girls",
        title="YK Girls Mustard Yellow Floral Printed Cotton Romper",
        category="Rompers",
        color="Mustard",
    ),
    # Photo: boy in a classic blue and white vertical-striped night suit, collared full-sleeve shirt with buttons,
    # matching pants. The pattern and type answers are wrong. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-019",
        caption("a little boy in blue and white striped pajamas"),
        wearing("pajamas", who="he"),
        B.pattern("solid", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        color_of("night suit", "blue"),
        details("night suit", "collar and buttons"),
        describe("night suit", "a blue and white striped pajama set with a collar and buttons down the front"),
        gender="Boys",
        title="Sweet Dreams Boys Blue & White Striped Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: back view of a girl with a ponytail, pink half-sleeve top and shorts with small cats all over. The front
    # is not shown and has no big cat. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-020",
        caption("the back of a little girl in pink pajamas"),
        wearing("pajamas", who="she"),
        color_of("night suit", "pink"),
        details("night suit", "there is a cat on the front", "unsupported"),
        B.pattern("cats"),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("night suit", "pink pajamas with cats"),
        gender="Girls",
        title="Nap Chief Girls Pink Cat Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: toddler boy (Unisex row) holding a yellow toy truck, olive half-sleeve romper with shoulder buttons, no
    # print. The color answer takes the toy's yellow; describe puts the truck on the romper. All texts: base BLIP-2
    # zero-shot.
    case(
        "X1538-021",
        caption("a little boy holding a toy truck"),
        wearing("a green romper", who="she"),
        color_of("romper", "yellow", "contradiction"),
        B.garment_type("romper"),
        details("romper", "buttons on the shoulder"),
        describe("romper", "a green romper with a yellow truck on it", "unsupported"),
        B.material("cotton"),
        gender="Unisex",
        title="Moms Love Unisex Kids Olive Green Solid Cotton Romper",
        category="Rompers",
        color="Olive",
    ),
    # Photo: girl, light blue full-sleeve ankle-length nightdress with an Elsa print (Elsa only, no flowers) and a
    # frilled hem. Details adds Anna; pattern says floral; describe is cut. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-022",
        caption("a little girl in a frozen nightgown"),
        wearing("a frozen nightgown", who="she"),
        color_of("nightdress", "blue"),
        B.sleeve_length("long sleeves"),
        B.pattern("floral", "contradiction"),
        details("nightdress", "elsa and anna", "unsupported"),
        describe(
            "nightdress",
            "a light blue nightgown with a picture of elsa from frozen on the front and a ruffle at the bottom of the"
            " nightgown and the sleeves are long and",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Marks & Spencer Girls Blue Frozen Elsa Printed Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: boy, charcoal tee with a small chest logo, charcoal joggers with ribbed cuffs. Describe loops; details
    # gives the garment back; "no" to the night suit question. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-023",
        caption("a young boy in a grey t-shirt and grey sweatpants"),
        wearing("sweatpants and a t-shirt", who="he"),
        color_of("night suit", "grey"),
        B.pattern("solid"),
        details("night suit", "the night suit", "non_answer"),
        describe(
            "night suit",
            "the night suit is grey and has a grey t-shirt and grey pants and a grey t-shirt and grey pants and a grey"
            " t-shirt and grey pants and",
            "loop",
            hit_limit=True,
        ),
        is_a("night suit", "no", "contradiction"),
        gender="Boys",
        title="Hopscotch Boys Charcoal Grey Solid Night Suit",
        category="Night suits",
        color="Charcoal",
    ),
    # Photo: girl, pink short-sleeve top with a Barbie print, purple pants with pink hearts. The pants answer repeats
    # the top's pink; the sleeve answer runs on. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-024",
        caption("a little girl in pajamas with barbie on the shirt"),
        wearing("pink pajamas", who="she"),
        color_of("top", "pink"),
        color_of("pants", "pink", "other_garment_color"),
        details("top", "barbie"),
        B.material("cotton"),
        B.pattern("hearts"),
        B.sleeve_length(
            "short sleeves Question: What is the pattern of the garment? Answer: barbie Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Kidsville Girls Multicoloured Barbie Printed Night Suit",
        category="Night suits",
        color="Multi",
    ),
    # Photo: flat lay, light blue footed full-sleeve sleepsuit with small cars and trucks, white rib collar. The sleeve
    # answer is wrong; describe says nothing. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-025",
        caption("a blue baby onesie with cars on it"),
        wearing("a onesie with cars on it", who="he"),
        color_of("sleepsuit", "blue"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("sleepsuit", "cars and trucks"),
        describe("sleepsuit", "it's a sleepsuit", "non_answer"),
        B.material("cotton"),
        gender="Boys",
        title="Babyhug Infant Boys Blue Car Printed Full Sleeves Sleepsuit",
        category="Sleepsuit",
        color="Blue",
    ),
    # Photo: girl (Unisex row), off-white half-sleeve top with blue whales, solid blue shorts. The shorts answer repeats
    # the top's white; details loops. No category in the feed row. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-026",
        caption("a little girl wearing a white shirt with whales and blue shorts"),
        wearing("a white shirt and blue shorts", who="she"),
        color_of("night suit", "white"),
        color_of("shorts", "white", "other_garment_color"),
        B.pattern("whales"),
        details(
            "night suit",
            "the night suit has a whale on it and the shorts have a whale on them and the night suit has a whale on it"
            " and the shorts have a",
            "loop",
            hit_limit=True,
        ),
        describe("night suit", "a white shirt with whales on it and a pair of blue shorts"),
        gender="Unisex",
        title="YK Unisex Kids Off White & Blue Whale Printed Night Suit",
        color="Off White",
    ),
    # Photo: infant girl sitting, pink sleeveless romper with a frilled hem, pink bow headband. Caption and wearing
    # call it a dress. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-027",
        caption("a baby girl in a pink dress with a bow on her head", "contradiction"),
        wearing("a pink dress", "contradiction", who="she"),
        color_of("romper", "pink"),
        is_a("romper", "yes"),
        details("romper", "ruffles"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        gender="Girls",
        title="Hopscotch Girls Pink Solid Cotton Romper with Frills",
        category="Rompers",
        color="Pink",
    ),
    # Photo: boy, maroon and navy checked flannel shirt (collar, buttons, one chest pocket), matching checked pants
    # with an elastic waist. The details answer is cut. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-028",
        caption("a young boy in a plaid shirt and plaid pants"),
        wearing("a red plaid shirt and plaid pants", who="he"),
        color_of("night suit", "red"),
        B.pattern("plaid"),
        B.material("flannel"),
        details(
            "night suit",
            "the shirt has a collar and buttons down the front and a pocket on the left side of the chest and the"
            " pants have an elastic waist and two",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Gini and Jony Boys Maroon Checked Flannel Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: girl sitting on a white stool, yellow top with lemons, white pants with a sparse small lemon print. The
    # pants answer gives the top's yellow; the top details answer runs on. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-029",
        caption("a little girl sitting on a stool in yellow pajamas"),
        wearing("pajamas", who="she"),
        color_of("top", "yellow"),
        color_of("pants", "yellow", "other_garment_color"),
        B.pattern("lemons"),
        is_a("night suit", "yes"),
        details(
            "top",
            "lemons Question: What are the pants details? Answer: lemons Question: What are the top details? Answer:"
            " lemons",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Sweet Dreams Girls Yellow & White Lemon Printed Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: toddler boy (Unisex row), teal full-sleeve hooded romper with bear ears on the hood, zip front. The
    # caption calls it a costume. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-030",
        caption("a little boy in a blue bear costume", "contradiction"),
        wearing("a blue onesie with a hood", who="she"),
        color_of("romper", "blue"),
        details("romper", "bear ears on the hood"),
        B.garment_type("romper"),
        B.sleeve_length("long"),
        B.material("cotton"),
        gender="Unisex",
        title="Superminis Unisex Kids Teal Blue Bear Hooded Romper",
        category="Rompers",
        color="Teal",
    ),
    # Photo: waist-down crop of a boy, grey joggers with a white star print, the hem of a white tee showing. The
    # pajamas answer gives the tee's white; describe gives the garment name back. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-031",
        caption("a pair of grey pants with white stars"),
        wearing("pants", who="he"),
        color_of("pajamas", "white", "other_garment_color"),
        B.pattern("stars"),
        details("pajamas", "elastic waistband and cuffs"),
        describe("pajamas", "pajamas", "non_answer"),
        is_a("pair of jeans", "no"),
        gender="Boys",
        title="H&M Boys Grey Star Printed Jogger Pyjamas",
        category="Pyjamas",
        color="Grey",
    ),
    # Photo: girl, white ankle-length cotton nightdress with lace trims and puff short sleeves. Sleeves wrong; details
    # loops; material contradicts the title. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-032",
        caption("a little girl in a white nightgown"),
        wearing("a white dress", who="she"),
        color_of("nightdress", "white"),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("nightdress", "a white nightgown with lace on the sleeves and the hem"),
        details(
            "nightdress",
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace"
            " lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        B.material("silk", "contradiction"),
        gender="Girls",
        title="Marks & Spencer Girls White Broderie Pure Cotton Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Photo: boy with shoulder-length hair, orange half-sleeve tee with a tiger face, orange and black striped pants.
    # The caption takes him for a girl; the sleeve answer is wrong. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-033",
        caption("a little girl in an orange shirt and striped pants", "pronoun"),
        wearing("an orange shirt and striped pants", who="he"),
        color_of("night suit", "orange"),
        B.pattern("tiger"),
        details("night suit", "tigers"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("cotton"),
        gender="Boys",
        title="Nap Chief Boys Orange Tiger Printed Night Suit",
        category="Night suits",
        color="Orange",
    ),
    # Photo: a boy with a crew cut (Unisex row, asked "she"), blue full-sleeve top with Paw Patrol characters, blue
    # pants. The wearing answer echoes "she"; only the photo shows it. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-034",
        caption("a little boy in paw patrol pajamas"),
        wearing("she is wearing paw patrol pajamas", "pronoun", who="she"),
        color_of("night suit", "blue"),
        B.sleeve_length("long sleeves"),
        details("night suit", "paw patrol"),
        describe("night suit", "a blue pajama set with paw patrol characters on the shirt"),
        is_a("night suit", "yes"),
        gender="Unisex",
        title="Kidsville Unisex Kids Blue Paw Patrol Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: girl in red shoes, black romper with white polka dots, short sleeves, collar, button front, waist tie.
    # Details gives the shoes; describe calls it a dress. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-035",
        caption("a little girl in a black and white polka dot romper"),
        wearing("a polka dot romper", who="she"),
        color_of("romper", "black and white"),
        B.pattern("polka dots"),
        describe("romper", "a black and white polka dot dress with a collar and buttons", "contradiction"),
        details("romper", "red shoes", "contradiction"),
        B.sleeve_length("short sleeves"),
        gender="Girls",
        title="YK Girls Black & White Polka Dot Printed Romper",
        category="Rompers",
        color="Black",
    ),
    # Photo: infant boy lying down, navy and white striped short-sleeve shortall romper, plain round neck (no sailor
    # collar). Sailor is made up; details turns the question around; "no" to the romper question. All texts: base BLIP-2
    # zero-shot.
    case(
        "X1538-036",
        caption("a baby boy in a blue and white striped outfit"),
        wearing("a sailor outfit", "unsupported", who="he"),
        color_of("romper", "blue"),
        B.pattern("striped"),
        details("romper", "the romper details are the details of the romper", "restated"),
        B.material("cotton"),
        is_a("romper", "no", "contradiction"),
        gender="Boys",
        title="Mothercare Infant Boys Navy Blue Striped Romper",
        category="Rompers",
        color="Navy Blue",
    ),
    # Photo: girl, purple satin shirt-style night suit, full sleeves, white piping on collar, cuffs and pocket.
    # Material contradicts the title; describe loops. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-037",
        caption("a little girl in purple satin pajamas"),
        wearing("purple pajamas", who="she"),
        color_of("night suit", "purple"),
        B.material("cotton", "contradiction"),
        details("night suit", "white piping"),
        B.pattern("solid"),
        describe(
            "night suit",
            "purple satin pajamas with white piping on the collar and the cuffs and the pockets and the collar and the"
            " cuffs and the pockets and the collar and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Purple Satin Night Suit",
        category="Night suits",
        color="Purple",
    ),
    # Photo: boy sitting cross-legged with a picture book, sea green tee with white stars, navy pants. The pants
    # answer repeats the tee's green. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-038",
        caption("a young boy sitting on the floor reading a book"),
        wearing("a green shirt and blue pants", who="he"),
        color_of("night suit", "green"),
        color_of("pants", "green", "other_garment_color"),
        B.pattern("stars"),
        describe("night suit", "a green shirt with stars on it and blue pants"),
        B.sleeve_length("short sleeves"),
        details("night suit", "i don't know", "non_answer"),
        gender="Boys",
        title="Sweet Dreams Boys Sea Green & Navy Printed Night Suit",
        category="Night suits",
        color="Sea Green",
    ),
    # Photo: flat lay, cream cable-knit romper, long sleeves, wooden buttons; an acrylic-cotton knit. No gender in the
    # feed row ("she" asked). All texts: base BLIP-2 zero-shot.
    case(
        "X1538-039",
        caption("a white knitted baby romper with buttons"),
        wearing("nothing", "non_answer", who="she"),
        color_of("romper", "white"),
        B.material("wool", "unsupported"),
        B.pattern("cable knit"),
        B.sleeve_length("long sleeves"),
        describe("romper", "a knitted romper"),
        title="Babyhug Unisex Infant Cream Cable-Knit Romper",
        category="Rompers",
        color="Cream",
    ),
    # Photo: girl, coral half-sleeve top printed "sweet dreams" in white, coral and white striped shorts. Coral read as
    # orange in the caption and pink in the answers; both right. Describe is cut. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-040",
        caption("a young girl in an orange shirt that says sweet dreams"),
        wearing("a shirt that says sweet dreams", who="she"),
        color_of("night suit", "pink"),
        details("night suit", "sweet dreams"),
        B.pattern("striped"),
        is_a("dress", "no"),
        describe(
            "night suit",
            "a pink t-shirt with the words sweet dreams written in white on the front and a pair of pink and white"
            " striped shorts with an elastic waistband and a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Nap Chief Girls Coral Typography Printed Night Suit",
        category="Night suits",
        color="Coral",
    ),
    # Photo: flat lay of two night suits side by side, navy with rockets and grey with dinosaurs. The details answer
    # starts with a leaked "Answer:". All texts: base BLIP-2 zero-shot.
    case(
        "X1538-041",
        caption("two sets of pajamas laid out on a white background"),
        wearing("pajamas", who="he"),
        color_of("night suit", "blue"),
        describe("night suit", "a blue pajama set with rockets on it and a grey pajama set with dinosaurs on it"),
        B.pattern("rockets"),
        is_a("night suit", "yes"),
        B.material("cotton"),
        details("night suit", "Answer: rockets and dinosaurs", "leak"),
        gender="Boys",
        title="Marks & Spencer Boys Navy Blue Pack of 2 Printed Pyjama Sets",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: flat lay of three short-sleeve bodysuits: plain pink, white with pink flowers, pink and white stripes.
    # All texts: base BLIP-2 zero-shot; all right.
    case(
        "X1538-042",
        caption("three baby onesies in pink and white"),
        wearing("onesies", who="she"),
        color_of("bodysuit", "pink"),
        B.garment_type("onesie"),
        B.sleeve_length("short sleeves"),
        B.material("cotton"),
        gender="Girls",
        title="Mothercare Infant Girls Pack of 3 Pure Cotton Bodysuits",
        category="Bodysuit",
        color="Pink",
    ),
    # Photo: boy, yellow tee with a Minion print, blue printed cotton lounge pants (not denim). The t-shirt answer
    # gives the pants' blue; describe calls the pants jeans. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-043",
        caption("a young boy wearing a minion shirt and blue pants"),
        wearing("a minion shirt", who="he"),
        color_of("t-shirt", "blue", "other_garment_color"),
        details("t-shirt", "minions"),
        describe("night suit", "a yellow t-shirt with a minion on it and a pair of blue jeans", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material("cotton"),
        B.pattern("minions"),
        gender="Boys",
        title="Kidsville Boys Yellow & Blue Minions Printed Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: girl with very short hair (Unisex row), mint green round-neck full-sleeve top and joggers, no zip, no hood.
    # The caption takes her for a boy; sleeves wrong; describe loops; details invents. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-044",
        caption("a little boy in a green sweatshirt and green pants", "pronoun"),
        wearing("green pajamas", who="she"),
        color_of("night suit", "green"),
        B.pattern("solid"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe(
            "night suit",
            "the night suit is a long sleeve shirt and pants the shirt is a long sleeve shirt and the pants are long"
            " pants the shirt is a long",
            "loop",
            hit_limit=True,
        ),
        details("night suit", "it has a zipper on the front and a hood", "unsupported"),
        gender="Unisex",
        title="Hopscotch Unisex Kids Mint Green Solid Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Photo: girl holding a pillow, white short-sleeve knee-length nightdress with a rainbow and clouds print, cut like
    # a long tee. No base colour in the feed row. All texts: base BLIP-2 zero-shot.
    case(
        "X1538-045",
        caption("a little girl holding a pillow"),
        wearing("a rainbow nightgown", who="she"),
        color_of("nightdress", "white"),
        B.pattern("rainbow"),
        describe("nightdress", "a white nightgown with a rainbow and clouds on it"),
        details("nightdress", "the nightdress details are on the nightdress", "restated"),
        B.garment_type("t-shirt", "contradiction"),
        gender="Girls",
        title="YK Girls Multicoloured Rainbow Printed Nightdress",
        category="Nightdress",
    ),
]
