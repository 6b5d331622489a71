"""BLIND_1250 (46 products; Myntra kids' sleepwear, rompers and night suits, base zero-shot, pronoun questions): written
blind in the sixty-second session. Measured blind at bdc3a30 (the session's fourth rules): 43/58 failures found
(74.1%) and 35/221 correct texts flagged (15.8%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed of sleepwear, rompers, sleepsuits, bodysuits, nightdresses and night suits, most rows
Unisex, some Boys or Girls. Photos are the usual catalog shots: a child (toddler to about eight) or a baby on a white
or pale backdrop, a few flat lays (packs of two or three), a back view, props (plush toys, a rattle, a rocking horse,
a bed). Night suits are two pieces (top and shorts or pyjamas) in different colors or prints, which is where the
color answers go wrong. The pronoun question follows the gender column: "What is she wearing?" for Girls, "What is
he wearing?" for Boys; Unisex rows got whichever pronoun their upload batch's template had, so about half of them
ask "she" and half "he", whoever is in the photo. Columns: title, category (Myntra article type), color (Myntra base
colour), gender; one or two rows miss a column.
Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy: the caption from an
empty prompt (50 new tokens), each answer from "Question: ... Answer:" (30 new tokens). No adapter anywhere. So the
answers are mostly short and often right; the failures are the base model's: colors taken from the other piece of a
set or from an accessory, navy read as black, grey for black-and-white, sleeveless read as short sleeves, the
question's pronoun repeated for a child of the other sex, restated or empty "details", invented details and
materials, a few runaway generations (loops, cuts at the limit, the Question/Answer format continued or echoed).
Labeling conventions and judgement calls: judged by the photo I imagined and the title. Near-hue names are right
(peach -> pink, lavender -> purple, mustard -> yellow, cream -> white, navy -> "navy blue" or "blue"); navy -> black
is wrong (contradiction). A color that belongs to the other piece of the set or to another worn item (the tee under
a dungaree, a hat) is other_garment_color; a color of the print, a toy or nothing in particular is contradiction.
"Describe the X" -> "it is a X" / "a pair of X" and a bare "nightdress" for details are restated; empty, "yes" and
"i don't know" are non_answer, as is "they are red shorts" for the shorts' details. A pronoun or "girl"/"boy" that
the photo (or, for a baby, the Boys/Girls column) contradicts is pronoun; "a baby boy" for a Unisex baby whose sex
the photo does not show is left unmarked. "What is she wearing?" answered about a flat lay ("a onesie") is right.
Materials: "cotton" is right when the title or the fabric says so; silk for satin, wool for a knit, cotton for
fleece are unsupported. A garment type the title contradicts (t-shirt for pyjama bottoms, snowsuit for a sleepsuit,
dress for a frilled romper, "a diaper" for a baby in a bodysuit) is contradiction; onesie for a romper is right. A
loop that hit the limit is loop, a sentence stopped at the limit without repeating is cut; both carry hit_limit. The
Question/Answer format continued or echoed is leak. Sleeves are judged on the product only (not the tee under it).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1250 = [
    # Boy (~6) on white, navy half-sleeve tee with green dinosaurs, grey melange pyjamas with navy dinosaurs.
    # Caption and answers: base OPT-2.7b zero-shot; the pants got the tee's navy.
    case(
        "X1250-001",
        caption("a young boy in a blue dinosaur pajama set standing in front of a white background"),
        wearing("pajamas", who="he"),
        color_of("top", "navy blue", kind="open"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        Q.pattern("dinosaurs"),
        details("night suit", "the night suit has a dinosaur print on the front"),
        gender="Unisex",
        title="YK Kids Navy Blue Dinosaur Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Flat lay: yellow-and-white horizontally striped short-sleeve romper, crotch snaps, small duck appliqué.
    # Caption and answers: base zero-shot; there is no zipper anywhere.
    case(
        "X1250-002",
        caption("a yellow and white striped baby romper with a duck on it"),
        wearing("a yellow and white striped onesie", who="she"),
        Q.garment_type("onesie"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        details("romper", "the romper has a duck on the front and a zipper on the back", "unsupported"),
        gender="Unisex",
        title="Babyhug Infants Unisex Yellow Striped Pure Cotton Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Girl (~7) holding a plush unicorn: white long-sleeve top with a pink unicorn and pink cuffs, pink pyjamas with
    # white polka dots. Caption and answers: base zero-shot; the pants' color is the top's.
    case(
        "X1250-003",
        caption("a little girl in pink pajamas holding a stuffed unicorn"),
        wearing("pink pajamas", who="she"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long"),
        details("pajamas", "the pajamas have a unicorn on the front and polka dots on the pants"),
        gender="Girls",
        title="Gini and Jony Girls Pink Unicorn Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Toddler boy, olive green sleeveless dungaree-style romper over a white half-sleeve tee (not sold), white
    # backdrop. Caption and answers: base zero-shot; the color and the sleeves are the tee's.
    case(
        "X1250-004",
        caption("a little boy in green overalls and a white t-shirt"),
        wearing("overalls", who="he"),
        color_of("romper", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short", "contradiction"),
        is_a("romper", "yes"),
        Q.material("cotton"),
        gender="Boys",
        title="Hopscotch Boys Olive Green Solid Cotton Dungaree Romper",
        category="Rompers",
        color="Olive",
    ),
    # Baby lying on a grey blanket in a white footed long-sleeve sleepsuit with grey stars, front snaps.
    # Caption and answers: base zero-shot; "zipper" is invented.
    case(
        "X1250-005",
        caption("a baby laying on a blanket in a white onesie with stars"),
        wearing("a onesie", who="she"),
        Q.color("white"),
        Q.pattern("stars"),
        describe("sleepsuit", "it is a sleepsuit", "restated"),
        details("sleepsuit", "the sleepsuit has a zipper in the front", "unsupported"),
        gender="Unisex",
        title="Mothercare Infants Unisex White & Grey Star Print Pure Cotton Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Boy standing, grey melange half-sleeve tee with red "GAME ON" print, red shorts.
    # Caption and answers: base zero-shot.
    case(
        "X1250-006",
        caption("a young boy wearing a grey t-shirt and red shorts"),
        wearing("a t-shirt and shorts", who="he"),
        color_of("shirt", "gray", kind="open"),
        color_of("shorts", "red", kind="open"),
        describe("shirt", "a grey t-shirt with the words game on"),
        details("shorts", "they are red shorts", "non_answer"),
        gender="Boys",
        title="Sweet Dreams Boys Grey Melange & Red Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Girl (~8), lavender knee-length sleeveless nightdress with small white flowers and a frill hem.
    # Caption and answers: base zero-shot; sleeveless read as short.
    case(
        "X1250-007",
        caption("a little girl in a purple nightgown with flowers"),
        wearing("a nightgown", who="she"),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.sleeve_length("short", "contradiction"),
        is_a("dress", "yes"),
        gender="Girls",
        title="YK Girls Lavender Floral Print Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Flat lay of two half-sleeve rompers: sky blue with whales, white with blue anchors.
    # Caption and answers: base zero-shot; "machine washable" is invented.
    case(
        "X1250-008",
        caption("two baby onesies with whales and anchors on them"),
        wearing("onesies", who="she"),
        Q.color("blue"),
        Q.garment_type("onesie"),
        Q.pattern("whales"),
        details("romper", "the rompers are made of 100% cotton and are machine washable", "unsupported"),
        gender="Unisex",
        title="Babyhug Infants Unisex Pack of 2 Printed Pure Cotton Rompers",
        category="Rompers",
        color="Multi",
    ),
    # Girl (~5), navy-and-red checked long-sleeve button-front top with a chest pocket, matching checked pyjamas.
    # Unisex row from a "he" batch. Caption and answers: base zero-shot; the answer repeats the question's "he".
    case(
        "X1250-009",
        caption("a little girl in a plaid pajama set"),
        wearing("he is wearing a plaid pajama set", "pronoun", who="he"),
        color_of("shirt", "black", "contradiction", kind="open"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        details("shirt", "the shirt has buttons down the front and a pocket"),
        gender="Unisex",
        title="Marks & Spencer Kids Navy & Red Checked Pure Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Flat lay: peach sleeveless envelope-neck bodysuit, crotch snaps. Caption and answers: base zero-shot.
    case(
        "X1250-010",
        caption("a pink baby onesie on a white background"),
        wearing("a pink onesie", who="she"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Unisex",
        title="Moms Love Infants Unisex Peach Solid Pure Cotton Bodysuit",
        category="Bodysuit",
        color="Peach",
    ),
    # Girl, yellow half-sleeve top with a blue cat sleeping on a moon, blue pyjama capris with yellow moons.
    # Caption and answers: base zero-shot; one color for both pieces, half sleeves read as long.
    case(
        "X1250-011",
        caption("a girl in yellow and blue pajamas with a cat on it"),
        wearing("pajamas", who="she"),
        color_of("top", "yellow", kind="open"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        Q.pattern("cats"),
        describe("top", "a yellow top with a cat sleeping on a moon"),
        Q.sleeve_length("long", "contradiction"),
        gender="Girls",
        title="Nauti Nati Girls Yellow & Blue Printed Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Toddler girl beside a wooden rocking horse, pink short-sleeve romper, frills at the shoulders, white Peter Pan
    # collar. Caption and answers: base zero-shot; the closed type calls the frilled romper a dress.
    case(
        "X1250-012",
        caption("a little girl in a pink romper standing next to a rocking horse"),
        wearing("a pink romper", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("short"),
        details("romper", "the romper has ruffles on the shoulders and a peter pan collar"),
        Q.material("cotton"),
        gender="Girls",
        title="H&M Girls Pink Frill-Trim Cotton Romper",
        category="Rompers",
        color="Pink",
    ),
    # Boy in a plain white tee (not sold) and charcoal/olive camouflage pyjama bottoms with a visible drawstring.
    # Caption and answers: base zero-shot; the closed type and the pants' color are the tee's.
    case(
        "X1250-013",
        caption("a young boy in a white t-shirt and camouflage pants"),
        wearing("a white shirt and camouflage pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.pattern("camouflage"),
        Q.garment_type("t-shirt", "contradiction"),
        details("pants", "they have a drawstring waist"),
        gender="Boys",
        title="YK Boys Charcoal Grey Camouflage Print Pyjamas",
        category="Pyjamas",
        color="Charcoal",
    ),
    # Flat lay: light blue footed sleepsuit, all-over small grey elephants, white feet, front snaps.
    # Caption: base zero-shot, ran away to the limit; answers: base zero-shot.
    case(
        "X1250-014",
        caption(
            "a baby's sleepsuit with elephants on it and elephants on it and elephants on it and elephants on it and"
            " elephants on it and elephants on it and elephants on it and elephants on it and elephants on it and"
            " elephants",
            "loop",
            hit_limit=True,
        ),
        wearing("a onesie", who="he"),
        Q.color("blue"),
        Q.pattern("elephants"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Mothercare Infants Unisex Blue Elephant Print Sleepsuit",
        category="Sleepsuit",
        color="Blue",
    ),
    # Boy, white-and-black horizontally striped long-sleeve top, solid black pyjamas.
    # Caption and answers: base zero-shot; "grey" for both pieces.
    case(
        "X1250-015",
        caption("a young boy in a black and white striped shirt and black pants"),
        wearing("a striped shirt and black pants", who="she"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        Q.pattern("stripes"),
        Q.sleeve_length("long"),
        gender="Unisex",
        title="Pantaloons Junior Kids White & Black Striped Night Suit",
        category="Night suits",
        color="White",
    ),
    # Girl, off-white knee-length half-sleeve nightdress with rainbows and clouds, pink piping at the neck.
    # Caption and answers: base zero-shot; the description stopped at the limit.
    case(
        "X1250-016",
        caption("a little girl wearing a white nightgown with rainbows on it"),
        wearing("a white nightgown", who="she"),
        describe(
            "nightdress",
            "the nightdress is a white cotton nightdress with a rainbow print on the front. it has short sleeves and a"
            " round neck. the nightdress is made of 100%",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("rainbow"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Gini and Jony Girls Off-White Printed Nightdress",
        category="Nightdress",
        color="Off White",
    ),
    # Baby sitting, holding a blue rattle: mustard short-sleeve envelope-neck romper, white knit cap.
    # Caption and answers: base zero-shot; the romper's color is the cap's.
    case(
        "X1250-017",
        caption("a baby in a yellow onesie holding a toy"),
        wearing("a yellow onesie and a white hat", who="she"),
        Q.color("yellow"),
        color_of("romper", "white", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Unisex",
        title="BUMZEE Infants Unisex Mustard Yellow Solid Pure Cotton Romper",
        category="Rompers",
        color="Mustard",
    ),
    # Boy, royal blue half-sleeve tee with a rocket and planets, navy shorts with planets.
    # Caption and answers: base zero-shot; the details answer went on in the prompt's format.
    case(
        "X1250-018",
        caption("a young boy in blue pajamas with rockets and planets"),
        wearing("pajamas", who="he"),
        color_of("shorts", "navy blue", kind="open"),
        details(
            "shirt",
            "the shirt has a rocket on it Question: What is the color of the shirt? Answer: blue Question: What is the"
            " color of the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("space"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Sweet Dreams Boys Blue Space Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Short-haired girl, peach sleeveless top with green avocados, green shorts with peach piping.
    # Caption and answers: base zero-shot; the caption calls her a boy, the description restates.
    case(
        "X1250-019",
        caption("a young boy in a pink and green outfit with avocados on it", "pronoun"),
        wearing("pajamas", who="she"),
        color_of("top", "pink", kind="open"),
        color_of("shorts", "green", kind="open"),
        Q.pattern("avocado"),
        Q.sleeve_length("sleeveless"),
        describe("top", "it is a top", "restated"),
        gender="Girls",
        title="Cub McPaws Girls Peach-Coloured & Green Printed Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Flat lay: red long-sleeve top with a reindeer and "merry christmas", red-and-green checked pyjamas.
    # Caption and answers: base zero-shot; all right.
    case(
        "X1250-020",
        caption("a red christmas pajama set with a reindeer on it"),
        wearing("christmas pajamas", who="she"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "red and green", kind="open"),
        Q.pattern("plaid"),
        details("shirt", "it says merry christmas"),
        gender="Unisex",
        title="YK Kids Red & Green Christmas Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Toddler girl against a beige wall with a plant: white sleeveless strappy romper with small blue flowers, smocked
    # chest, blue headband. Caption and answers: base zero-shot; the color is the flowers' (and the headband's).
    case(
        "X1250-021",
        caption("a little girl in a white romper with blue flowers"),
        wearing("a white romper", who="she"),
        color_of("romper", "blue", "contradiction", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        details("romper", "smocking on the chest"),
        gender="Girls",
        title="Toothless Girls White Floral Print Smocked Romper",
        category="Rompers",
        color="White",
    ),
    # Boy with longish hair, green half-sleeve tee with a sloth, green-and-white striped pyjamas.
    # Caption and answers: base zero-shot; the caption calls him a girl.
    case(
        "X1250-022",
        caption("a little girl in green pajamas with a sloth on it", "pronoun"),
        wearing("green pajamas", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green and white", kind="open"),
        Q.pattern("stripes"),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Gini and Jony Boys Green Printed Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Flat lay: grey fleece long-sleeve hooded sleepsuit, bear ears on the hood, zip front, white trim.
    # Caption and answers: base zero-shot; "snowsuit" and "cotton" go against the title.
    case(
        "X1250-023",
        caption("a gray baby bear snowsuit with ears", "contradiction"),
        wearing("a onesie", who="he"),
        Q.material("cotton", "unsupported"),
        Q.color("gray"),
        details("sleepsuit", "it has a hood with bear ears and a zipper"),
        Q.sleeve_length("long"),
        gender="Unisex",
        title="Marks & Spencer Infants Unisex Grey Solid Fleece Hooded Sleepsuit",
        category="Sleepsuit",
        color="Grey",
    ),
    # Girl, navy satin long-sleeve button-front shirt with white piping, matching navy satin pyjamas.
    # Caption and answers: base zero-shot; navy read as black, satin as silk.
    case(
        "X1250-024",
        caption("a little girl in blue satin pajamas"),
        wearing("blue pajamas", who="she"),
        color_of("shirt", "black", "contradiction", kind="open"),
        Q.material("silk", "unsupported"),
        details("shirt", "it has white piping on the collar and pockets"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Nauti Nati Girls Navy Blue Satin Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Baby lying down, mint green short-sleeve romper with small white clouds, matching mint cap.
    # Caption and answers: base zero-shot; "baby boy" left unmarked (the photo does not tell); the small clouds
    # read as dots.
    case(
        "X1250-025",
        caption("a baby boy in a green romper and hat"),
        wearing("a green onesie and a hat", who="she"),
        Q.color("green"),
        Q.pattern("polka dots", "contradiction"),
        Q.garment_type("onesie"),
        details("romper", "the romper has a matching hat"),
        gender="Unisex",
        title="Moms Love Infants Unisex Green Printed Romper with Cap",
        category="Rompers",
        color="Green",
    ),
    # Boy, orange half-sleeve tee with a navy tiger face, navy shorts with an orange drawstring.
    # Caption and answers: base zero-shot; the description ran to the limit, the shorts got the tee's color.
    case(
        "X1250-026",
        caption("a young boy in an orange shirt with a tiger on it and blue shorts"),
        wearing("orange shirt and blue shorts", who="he"),
        describe(
            "shirt",
            "the shirt is orange with a tiger on it. the tiger is blue and has a big mouth and big eyes and a big nose"
            " and big ears and a big",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "orange", "other_garment_color", kind="open"),
        Q.pattern("tiger"),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Hopscotch Boys Orange & Navy Blue Printed Night Suit",
        category="Night suits",
        color="Orange",
    ),
    # Back view of a long-haired girl, pink-and-white vertically striped half-sleeve nightdress.
    # Caption and answers: base zero-shot; details gave the word back.
    case(
        "X1250-027",
        caption("the back of a little girl wearing a pink and white striped dress"),
        wearing("a pink and white striped dress", who="she"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        details("nightdress", "nightdress", "restated"),
        Q.garment_type("dress"),
        gender="Girls",
        title="YK Girls Pink Striped Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Girl sitting on a bed with a white pillow, plain pink tee (not sold), blue-and-white checked flannel pyjamas.
    # Caption and answers: base zero-shot; the garment's color is the tee's.
    case(
        "X1250-028",
        caption("a little girl sitting on a bed in a pink shirt and plaid pants"),
        wearing("pajamas", who="she"),
        color_of("pants", "blue", kind="open"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("plaid"),
        Q.material("flannel"),
        gender="Girls",
        title="H&M Girls Blue Checked Flannel Pyjama Bottoms",
        category="Pyjamas",
        color="Blue",
    ),
    # Toddler boy, navy half-sleeve romper with a collar and button placket, shorts legs, white sneakers.
    # Caption and answers: base zero-shot; details came back empty.
    case(
        "X1250-029",
        caption("a little boy in a navy blue romper and white shoes"),
        wearing("a romper", who="he"),
        color_of("romper", "navy", kind="open"),
        details("romper", "", "non_answer"),
        Q.sleeve_length("short"),
        is_a("romper", "yes"),
        gender="Boys",
        title="Gini and Jony Boys Navy Blue Solid Romper",
        category="Rompers",
        color="Navy Blue",
    ),
    # Boy, grey tee with a blue car, blue pyjamas with grey cars. Unisex row from a "she" batch.
    # Caption and answers: base zero-shot; the answer took the question's "she".
    case(
        "X1250-030",
        caption("a little boy in grey and blue pajamas with cars on them"),
        wearing("she is wearing a gray shirt and blue pants", "pronoun", who="she"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "blue", kind="open"),
        Q.pattern("cars"),
        describe("pajamas", "a pair of pajamas", "restated"),
        gender="Unisex",
        title="max Kids Grey & Blue Printed Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Flat lay: three footed sleepsuits fanned out, white with moons and stars, grey solid, yellow with bees.
    # No gender column on this row. Caption and answers: base zero-shot; all right.
    case(
        "X1250-031",
        caption("three baby onesies laid out on a white surface"),
        wearing("a onesie", who="he"),
        Q.color("white"),
        Q.pattern("moons"),
        details("sleepsuit", "the sleepsuit has a moon and stars on it"),
        Q.sleeve_length("long"),
        title="Mothercare Infants Unisex Pack of 3 Pure Cotton Sleepsuits",
        category="Sleepsuit",
        color="Multi",
    ),
    # Girl, pink long-sleeve top with grey hearts, grey pyjamas with pink hearts.
    # Caption and answers: base zero-shot; details looped to the limit.
    case(
        "X1250-032",
        caption("a little girl in pink and grey pajamas with hearts"),
        wearing("pink pajamas with hearts", who="she"),
        color_of("pants", "grey", kind="open"),
        Q.pattern("hearts"),
        details(
            "pajamas",
            "hearts, hearts, hearts, hearts, hearts, hearts, hearts, hearts, hearts, hearts, hearts, hearts, hearts,"
            " hearts, hearts",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Sweet Dreams Girls Pink & Grey Heart Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Baby sitting on the floor with a red plush strawberry: white sleeveless romper with red strawberries, frilled
    # straps. No color column. Caption and answers: base zero-shot; the color is the print's and the toy's.
    case(
        "X1250-033",
        caption("a baby sitting on the floor with a strawberry toy"),
        wearing("a white romper with strawberries", who="he"),
        Q.color("red", "contradiction"),
        Q.pattern("strawberries"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("romper"),
        gender="Unisex",
        title="Hopscotch Infants Unisex White & Red Strawberry Print Romper",
        category="Rompers",
    ),
    # Boy, black half-sleeve tee with a Batman logo, grey shorts.
    # Caption and answers: base zero-shot; the shorts got the tee's color, material came back "i don't know".
    case(
        "X1250-034",
        caption("a young boy wearing a batman t-shirt and gray shorts"),
        wearing("batman pajamas", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        describe("shirt", "a black t-shirt with a batman logo"),
        Q.material("i don't know", "non_answer"),
        gender="Boys",
        title="YK Boys Black Superhero Printed Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Girl holding a plush bunny, light blue long-sleeve ankle-length nightdress with white bunnies, lace at the
    # neck. Caption and answers: base zero-shot; the pink bow is invented.
    case(
        "X1250-035",
        caption("a little girl in a blue nightgown holding a stuffed bunny"),
        wearing("a nightgown", who="she"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        details("nightdress", "lace on the collar"),
        describe("nightdress", "a long blue nightgown with white bunnies and a pink bow on the front", "unsupported"),
        gender="Girls",
        title="Gini and Jony Girls Blue Printed Maxi Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Girl, lavender half-sleeve top with "SLEEPY HEAD" and a cloud, lavender joggers with white clouds. Unisex row
    # from a "he" batch. Caption and answers: base zero-shot; the answer has no pronoun (right), the joggers are
    # lavender, not white.
    case(
        "X1250-036",
        caption("a little girl wearing purple pajamas that say sleepy head"),
        wearing("purple pajamas", who="he"),
        color_of("top", "purple", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        details("top", "it says sleepy head"),
        Q.pattern("clouds"),
        Q.sleeve_length("short"),
        gender="Unisex",
        title="Cub McPaws Kids Lavender Printed Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Toddler girl, red short-sleeve romper with white polka dots, white collar, shorts legs.
    # Caption and answers: base zero-shot; the pattern answer echoed the prompt.
    case(
        "X1250-037",
        caption("a little girl in a red and white polka dot romper"),
        wearing("a red romper", who="she"),
        color_of("romper", "red", kind="open"),
        Q.pattern("Question: What is the pattern of the garment? Answer: polka dots", "leak"),
        details("romper", "the collar is white"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="YK Girls Red Polka Dot Print Romper",
        category="Rompers",
        color="Red",
    ),
    # Flat lay, no child: navy zip-front long-sleeve footless sleepsuit with green dinosaurs.
    # Caption and answers: base zero-shot; the caption invents a sleeping baby, the details a hood.
    case(
        "X1250-038",
        caption("a baby boy sleeping in a navy blue sleeper with dinosaurs", "unsupported"),
        wearing("pajamas", who="he"),
        Q.color("blue"),
        Q.pattern("dinosaurs"),
        details("sleepsuit", "the sleepsuit has a zipper from the neck to the foot and a hood", "unsupported"),
        Q.garment_type("pajamas"),
        gender="Boys",
        title="Marks & Spencer Boys Navy Blue Dinosaur Print Sleepsuit",
        category="Sleepsuit",
        color="Navy Blue",
    ),
    # Girl, mint-and-white striped long-sleeve tee with a white bunny patch on the front only, mint pyjamas.
    # Caption and answers: base zero-shot; the description looped (and put a rabbit on the back).
    case(
        "X1250-039",
        caption("a little girl in a green and white striped shirt and green pants"),
        wearing("a green and white striped shirt and green pants", who="she"),
        color_of("pants", "green", kind="open"),
        describe(
            "shirt",
            "a green and white striped shirt with a white rabbit on the front of the shirt and a white rabbit on the"
            " back of the shirt and a white rabbit on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Nauti Nati Girls Mint Green & White Striped Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Baby, orange sleeveless romper with a fox print, white bib.
    # Caption and answers: base zero-shot; "yes" to the open details question, sleeveless read as short.
    case(
        "X1250-040",
        caption("a baby in an orange romper with a fox on it"),
        wearing("an orange onesie", who="he"),
        details("romper", "yes", "non_answer"),
        Q.color("orange"),
        Q.pattern("fox"),
        Q.sleeve_length("short", "contradiction"),
        gender="Unisex",
        title="Babyhug Infants Unisex Orange Printed Romper",
        category="Rompers",
        color="Orange",
    ),
    # Boy in a blue half-sleeve set with small footballs all over; the second set (grey, same print) folded beside
    # him. Caption and answers: base zero-shot; "solid" for an all-over print.
    case(
        "X1250-041",
        caption("a young boy in blue pajamas next to a folded pair of pajamas"),
        wearing("blue pajamas", who="he"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        details("pajamas", "the pajamas have soccer balls all over them"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Sweet Dreams Boys Pack of 2 Printed Night Suits",
        category="Night suits",
        color="Multi",
    ),
    # Girl, purple sleeveless cotton-jersey nightdress with a unicorn whose horn is sequinned.
    # Caption and answers: base zero-shot; "silk" is invented.
    case(
        "X1250-042",
        caption("a little girl in a purple dress with a unicorn on it"),
        wearing("a purple dress", who="she"),
        Q.color("purple"),
        details("nightdress", "the unicorn's horn is made of sequins"),
        Q.material("silk", "unsupported"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        gender="Girls",
        title="YK Girls Purple Unicorn Print Nightdress",
        category="Nightdress",
        color="Purple",
    ),
    # Baby (Boys row) sitting, blue half-sleeve romper with small cars, crotch snaps visible.
    # Caption and answers: base zero-shot; the caption says girl, there is no chest pocket.
    case(
        "X1250-043",
        caption("a baby girl sitting on the floor in a blue romper", "pronoun"),
        wearing("a blue romper", who="he"),
        color_of("romper", "blue", kind="open"),
        Q.pattern("cars"),
        details("romper", "the romper has snaps on the bottom and a pocket on the chest", "unsupported"),
        gender="Boys",
        title="Moms Love Baby Boys Blue Car Print Romper",
        category="Rompers",
        color="Blue",
    ),
    # Girl, mustard-yellow half-sleeve round-neck top with a small embroidered moon, matching yellow shorts.
    # Caption and answers: base zero-shot; all right.
    case(
        "X1250-044",
        caption("a little girl in yellow pajamas standing on a white background"),
        wearing("yellow pajamas", who="she"),
        color_of("top", "yellow", kind="open"),
        color_of("shorts", "yellow", kind="open"),
        details("top", "there is a moon on the top"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Unisex",
        title="Pantaloons Junior Kids Yellow Solid Pure Cotton Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Baby lying on a beige rug, cream cable-knit (cotton) long-sleeve footed sleepsuit with wood-look buttons.
    # No gender column. Caption and answers: base zero-shot; "wool" is invented, the description stopped at the limit.
    case(
        "X1250-045",
        caption("a baby laying on a blanket in a white knitted outfit"),
        wearing("a knitted onesie", who="he"),
        Q.color("white"),
        Q.material("wool", "unsupported"),
        describe(
            "sleepsuit",
            "the sleepsuit is a one piece outfit that covers the body from the neck to the feet. it has long sleeves"
            " and a button front closure. it is",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Hopscotch Infants Unisex Cream Knitted Sleepsuit",
        category="Sleepsuit",
        color="Cream",
    ),
    # Baby lying on a pale blue blanket in one white short-sleeve envelope-neck bodysuit (of the pack of three), bare
    # legs. Caption and answers: base zero-shot; the short answer saw only a diaper.
    case(
        "X1250-046",
        caption("a baby laying on a blue blanket"),
        wearing("a diaper", "contradiction", who="she"),
        Q.color("white"),
        Q.sleeve_length("short"),
        is_a("romper", "yes"),
        Q.material("cotton"),
        gender="Unisex",
        title="Babyhug Infants Unisex Pack of 3 White Solid Pure Cotton Bodysuits",
        category="Bodysuit",
        color="White",
    ),
]
