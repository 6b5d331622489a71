"""BLIND_1322 (45 products; Myntra kids' sleepwear, base zero-shot, pronoun questions): written blind in the sixty-third
session. Measured blind at d294d42 (the session's third rules): 51/69 failures found (73.9%) and 29/207 correct texts
flagged (14.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of unisex and gendered kids' sleepwear: night suits (top and pyjama or shorts), rompers,
sleepsuits, bodysuits, nightdresses, lounge pants and lounge shorts, from infants to about eight years old. Columns as
the feed has them: title, category (Myntra article type), color (base colour), gender (Boys, Girls, Unisex); a few
rows lack one of them. Photos: a child on a plain white or grey backdrop, sometimes sitting, sometimes with a prop
(teddy bear, pillow, toy truck, stuffed bunny, a bed); infants lying on a sheet; flat lays for the multi-packs; a few
back views; lounge pants, lounge shorts and one nightdress styled with a tee or a cardigan that is not the product.
Who wrote what: every text is Salesforce/blip2-opt-2.7b with no adapter, zero-shot, greedy, one generate per
prompt: the caption from an empty prompt (50 new tokens), answers from "Question: ... Answer:" (30 new tokens). The
job picks the pronoun of "What is she/he wearing?" from the gender column: "he" for Boys, "she" for Girls, and "she"
by default for Unisex and for a missing gender, so unisex products photographed on a boy are asked about "she". The
experiments' color question ("What is the color of the top?") is generated freely and stored open; the garment noun
comes from the category (top and pants or shorts for night suits, romper, sleepsuit, nightdress, bodysuit). The
closed questions (type, color of the garment, pattern, sleeve length, "Is this a ...?") are also generated and kept
as raw text.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. The base model is the best of the experiments on short questions, so most one- or two-word answers are right;
about a quarter of the texts are wrong, mostly colors taken from the styling garment, invented details, material guesses
against the title, loops in the longer answers and the pronoun. A wrong pronoun is marked "pronoun" when the photo shows
the other sex, also for Unisex rows where only the photo tells; "he is wearing ..." to a "she" question on a unisex
product worn by a boy is correct and left unmarked. "nothing" to "What is she wearing?" on a flat lay is marked
non_answer; naming the laid-out garment ("a dress", "a onesie") is accepted; naming a prop is a contradiction.
Near-colors are accepted (peach as pink, maroon as red, cream as white, lavender as purple); a material that contradicts
the title is a contradiction, "cotton" for jersey with no material in the title is accepted. A color the styling garment
has, given to the product, is other_garment_color; a wrong color no garment in the photo has is a contradiction; one
sleeve length or type answer that describes the styling garment rather than the product is a contradiction. A text that
loops is marked loop even where the part before the loop was also invented; hit_limit marks the loops and cut answers
that ran to the token limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def col(garment, text, failure=None, hit_limit=False):
    """The experiments' color question, generated freely and stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1322 = [
    # Girl about six, standing on a white backdrop; pink half-sleeve top with a unicorn print, pink pyjama with the
    # same small unicorns. All texts: base zero-shot.
    case(
        "X1322-001",
        caption("a little girl in pink pajamas standing in front of a white wall"),
        wearing("pajamas", who="she"),
        col("top", "pink"),
        col("pants", "pink"),
        Q.pattern("unicorns"),
        Q.material("cotton"),
        gender="Girls",
        title="Hopscotch Girls Pink Unicorn Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Boy about five (unisex product), front view; navy and white horizontally striped full-sleeve top, solid navy
    # pyjama with no side stripe. Base zero-shot; asked "she" by the unisex default.
    case(
        "X1322-002",
        caption("a young boy in striped pajamas posing for a photo"),
        wearing("she is wearing a striped shirt and blue pants", "pronoun", who="she"),
        col("top", "blue and white"),
        col("pants", "blue"),
        Q.sleeve_length("long"),
        details("pants", "the pants are blue and have a white stripe down the side", "unsupported"),
        is_a("night suit", "yes"),
        gender="Unisex",
        title="YK Unisex Kids Navy Blue & White Striped Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Flat lay on white: two footed sleepsuits, one white with small grey elephants, one plain grey melange; both
    # close with snap buttons down the front (no zip). Base zero-shot.
    case(
        "X1322-003",
        caption("two baby onesies laid out on a white surface"),
        wearing("nothing", "non_answer", who="she"),
        col("sleepsuit", "grey"),
        details("sleepsuit", "the sleepsuit has a zipper in the front", "unsupported"),
        Q.garment_type("onesie"),
        gender="Unisex",
        title="Babyhug Infants Pack of 2 Printed Pure Cotton Sleepsuits",
        category="Sleepsuit",
        color="White",
    ),
    # Toddler boy sitting on a white floor with a red toy truck; light blue short-sleeve romper with shorts legs and
    # a green dinosaur print. Base zero-shot.
    case(
        "X1322-004",
        caption("a little boy sitting on the floor playing with a toy truck"),
        wearing("a romper", who="he"),
        col("romper", "blue"),
        Q.pattern("dinosaurs"),
        describe("romper", "the romper is blue with dinosaurs on it"),
        details("romper", "dinosaurs"),
        gender="Boys",
        title="Mini Klub Boys Blue Dinosaur Printed Cotton Romper",
        category="Rompers",
        color="Blue",
    ),
    # Girl about seven (unisex product); grey melange tee with a yellow castle-and-stars print, black pyjama with
    # yellow cuffs; looks like loungewear. Base zero-shot.
    case(
        "X1322-005",
        caption("a girl in a grey t - shirt and black pants"),
        wearing("a t - shirt and pants", who="she"),
        col("top", "grey"),
        col("pants", "grey", "other_garment_color"),
        Q.material("cotton"),
        is_a("night suit", "no", "contradiction"),
        gender="Unisex",
        title="Nap Chief Kids Grey Melange Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Girl standing barefoot hugging a white pillow; lavender sleeveless knee-length nightdress with a frill hem and a
    # small satin bow at the neckline. Base zero-shot.
    case(
        "X1322-006",
        caption("a little girl in a purple dress holding a pillow"),
        wearing("a purple dress", who="she"),
        col("nightdress", "purple"),
        Q.sleeve_length("short", "contradiction"),
        details("nightdress", "the nightdress has a bow on the front"),
        Q.material("silk", "contradiction"),
        gender="Girls",
        title="max Girls Lavender Solid Cotton Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Flat lay: three sleeveless envelope-neck bodysuit rompers, one white, one yellow, one white with small yellow
    # ducks. Base zero-shot.
    case(
        "X1322-007",
        caption("three baby onesies on a white background"),
        wearing("onesies", who="she"),
        col("romper", "white"),
        Q.garment_type("onesie"),
        Q.pattern("ducks"),
        Q.sleeve_length("sleeveless"),
        details("romper", "the romper has a duck on it"),
        gender="Unisex",
        title="Googo Gaga Infants Unisex White & Yellow Pack of 3 Pure Cotton Rompers",
        category="Rompers",
        color="White",
    ),
    # Boy about six; red-and-navy tartan flannel pyjama set: full-sleeve collared button-front shirt and matching
    # checked pyjama. Base zero-shot.
    case(
        "X1322-008",
        caption("a young boy wearing red plaid pajamas"),
        wearing("pajamas", who="he"),
        col("shirt", "red"),
        col("pants", "red"),
        describe("shirt", "the shirt is red and blue plaid with a collar and buttons down the front"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("flannel"),
        gender="Boys",
        title="H&M Boys Red Checked 2-Piece Flannel Pyjama Set",
        category="Night suits",
        color="Red",
    ),
    # Boy about four; olive short-sleeve tee with a big dinosaur graphic, grey shorts with small all-over dinosaurs.
    # Base zero-shot.
    case(
        "X1322-009",
        caption("a boy in a green shirt and grey shorts"),
        wearing("a green shirt and shorts", who="he"),
        col("shirt", "green"),
        col("shorts", "green", "other_garment_color"),
        details("shorts", "the shorts are short", "restated"),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Marks & Spencer Boys Pure Cotton Dinosaur Print Shorts Pyjama Set",
        category="Night suits",
        color="Olive",
    ),
    # Back view: girl with a ponytail, peach full-sleeve top and peach pyjama with a small white floral print; plain
    # hem, the neckline not visible. Base zero-shot.
    case(
        "X1322-010",
        caption("the back of a little girl in pajamas"),
        wearing("pajamas", who="she"),
        col("top", "white", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        describe(
            "top",
            "the top is a long sleeved top with a floral print on it. it has a round neckline and a ruffled hem",
            "unsupported",
        ),
        gender="Girls",
        title="Little Kangaroos Girls Peach Floral Printed Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Boy (unisex product) in solid blue lounge pants with drawstring waist, styled with a plain white tee. Base
    # zero-shot.
    case(
        "X1322-011",
        caption("a young boy in a white shirt and blue pants"),
        wearing("a white shirt and blue pants", who="she"),
        col("pants", "white", "other_garment_color"),
        Q.color("white", "other_garment_color"),
        details("pants", "elastic waistband"),
        Q.material("cotton"),
        gender="Unisex",
        title="Bodycare Kids Unisex Blue Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Blue",
    ),
    # Infant lying on a white sheet; mustard and white striped footed full-sleeve sleepsuit with a matching cap.
    # Gender missing in the feed. Base zero-shot.
    case(
        "X1322-012",
        caption("a baby laying on a bed wearing a yellow and white striped onesie"),
        wearing("a onesie", who="she"),
        col("sleepsuit", "yellow and white"),
        Q.pattern("striped"),
        details("sleepsuit", "it has a hat"),
        Q.material("wool", "contradiction"),
        title="Superminis Infants Mustard Striped Cotton Sleepsuit with Cap",
        category="Sleepsuit",
        color="Mustard",
    ),
    # Boy holding a brown teddy bear; navy full-sleeve top printed with rockets, stars and planets, navy pyjama with
    # the same print. Base zero-shot.
    case(
        "X1322-013",
        caption("a little boy holding a teddy bear"),
        wearing("pajamas", who="he"),
        col("top", "blue"),
        col("pants", "blue"),
        describe("top", "the top is a navy blue long sleeve t - shirt with rockets and stars on it"),
        details(
            "top",
            "rockets and stars and planets and rockets and stars and planets and rockets and stars and planets and "
            "rockets and stars and planets and rockets and stars",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Pine Kids Boys Navy Blue Space Printed Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Baby girl sitting, pink floral short-sleeve romper with snap legs and a matching pink bow headband. Base
    # zero-shot.
    case(
        "X1322-014",
        caption("a baby girl in a pink floral romper with a bow on her head"),
        wearing("a pink romper and a headband", who="she"),
        col("romper", "pink"),
        Q.sleeve_length("short"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Girls",
        title="Honeyhap Infant Girls Pink Floral Print Pure Cotton Romper with Headband",
        category="Rompers",
        color="Pink",
    ),
    # Girl (unisex product); white half-sleeve top with a black panda face, black-and-white checked pyjama. Base
    # zero-shot; the one-grey-for-everything failure.
    case(
        "X1322-015",
        caption("a little girl in a white shirt with a panda on it"),
        wearing("a panda shirt and pajama pants", who="she"),
        col("top", "grey", "contradiction"),
        col("pants", "grey", "contradiction"),
        Q.pattern("plaid"),
        gender="Unisex",
        title="Kicks & Crawl Unisex Kids White & Black Panda Printed Night Suit",
        category="Night suits",
        color="White",
    ),
    # Infant boy lying on a white sheet; light blue footless full-sleeve sleepsuit with small car prints, front
    # snaps and fold-over mittens. Base zero-shot.
    case(
        "X1322-016",
        caption("a baby in a blue onesie with cars on it"),
        wearing("a onesie", who="he"),
        col("sleepsuit", "blue"),
        Q.pattern("cars"),
        details("sleepsuit", "the sleepsuit has snap buttons on the front and mittens on the sleeves"),
        Q.material("cotton"),
        gender="Boys",
        title="Babyhug Infant Boys Car Print Full Sleeves Cotton Sleepsuit",
        category="Sleepsuit",
        color="Blue",
    ),
    # Boy (unisex product); yellow half-sleeve tee with a cartoon banana, royal blue pyjama. Base zero-shot; asked
    # "she".
    case(
        "X1322-017",
        caption("a young boy in a yellow shirt and blue pants"),
        wearing("she is wearing a yellow shirt and blue pants", "pronoun", who="she"),
        col("pants", "yellow", "other_garment_color"),
        Q.garment_type("t - shirt", "contradiction"),
        Q.material("cotton"),
        gender="Unisex",
        title="Zeezeezoo Kids Yellow & Blue Printed Cotton Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Flat lay: two short-sleeve nightdresses, one pink with white stars, one white with rainbows; plain hems. Base
    # zero-shot.
    case(
        "X1322-018",
        caption("two pink and white dresses on a white background"),
        wearing("a dress", who="she"),
        col("nightdress", "pink"),
        Q.pattern("stars"),
        describe("nightdress", "a pink nightdress with stars"),
        details("nightdress", "the nightdress has a lace trim at the bottom", "unsupported"),
        is_a("nightdress", "no", "contradiction"),
        gender="Girls",
        title="Mothercare Girls Pack of 2 Printed Pure Cotton Nightdresses",
        category="Nightdress",
        color="Pink",
    ),
    # Boy in grey melange lounge pants (drawstring, two side pockets, the back not shown), styled with a navy tee.
    # Base zero-shot.
    case(
        "X1322-019",
        caption("a boy in a blue shirt and grey pants"),
        wearing("a blue shirt and grey pants", who="he"),
        col("pants", "grey"),
        describe("pants", "grey sweatpants"),
        details(
            "pants",
            "the pants have a drawstring waist and two pockets on the side and one pocket on the back",
            "unsupported",
        ),
        Q.material("polyester", "contradiction"),
        gender="Boys",
        title="YK Boys Grey Melange Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Girl about five (unisex product) in a blue full-length hooded fleece shark onesie, hood up with printed eyes and
    # teeth, zip down the front; front view only. Base zero-shot.
    case(
        "X1322-020",
        caption("a little girl dressed as a shark"),
        wearing("a shark costume", who="she"),
        col("sleepsuit", "blue"),
        details("sleepsuit", "the shark has teeth"),
        describe(
            "sleepsuit",
            "a blue shark onesie with a hood that has eyes and teeth on it and a zipper down the front. the onesie "
            "is made of soft fleece and has",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("costume", "contradiction"),
        gender="Unisex",
        title="Nap Chief Kids Blue Shark Hooded Fleece Onesie",
        category="Sleepsuit",
        color="Blue",
    ),
    # Boy sitting cross-legged; white half-sleeve tee with blue cars, solid blue shorts. Base zero-shot.
    case(
        "X1322-021",
        caption("a little boy sitting on the floor"),
        wearing("a white shirt and blue shorts", who="he"),
        col("shirt", "white"),
        col("shorts", "blue"),
        details("shirt", "cars"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Hopscotch Boys White & Blue Car Printed Shorts Night Suit",
        category="Night suits",
        color="White",
    ),
    # Girl holding a grey stuffed bunny; pink full-sleeve top printed "sweet dreams", pink pyjama with small hearts.
    # Base zero-shot.
    case(
        "X1322-022",
        caption("a little girl in pink pajamas holding a stuffed animal"),
        wearing("pink pajamas", who="she"),
        col("top", "pink"),
        details("top", "it says sweet dreams"),
        describe("pants", "the pants are pink with hearts on them"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("fleece", "contradiction"),
        gender="Girls",
        title="Lilpicks Girls Pink Typography Printed Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Boy; navy half-sleeve tee printed "GAME ON", plain grey pyjama. Color column missing. Base zero-shot.
    case(
        "X1322-023",
        caption("a boy wearing a blue shirt that says game on"),
        wearing("a shirt that says game on", who="he"),
        col("shirt", "blue"),
        col("pants", "blue", "other_garment_color"),
        details("shirt", "game on"),
        describe(
            "pants",
            "the pants are grey and have a blue stripe down the side and a blue stripe down the side and a blue "
            "stripe down the side and a blue",
            "loop",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Sweet Dreams Boys Navy Blue & Grey Printed Night Suit",
        category="Night suits",
    ),
    # Infant on a white sheet holding a rattle; cream cable-knit full-sleeve footless romper with wooden buttons.
    # Base zero-shot.
    case(
        "X1322-024",
        caption("a baby in a white sweater laying on a bed"),
        wearing("a sweater", "contradiction", who="she"),
        col("romper", "white"),
        Q.garment_type("romper"),
        Q.material("wool", "contradiction"),
        gender="Unisex",
        title="Babyhug Infants Cream-Coloured Cable Knit Cotton Romper",
        category="Rompers",
        color="Cream",
    ),
    # Girl standing; yellow short-sleeve top and yellow capri pyjama, both with small white flowers; elastic and
    # drawstring waist. Base zero-shot.
    case(
        "X1322-025",
        caption("a little girl wearing yellow pajamas with flowers on them"),
        wearing("yellow pajamas", who="she"),
        col("top", "yellow"),
        col("pants", "yellow"),
        Q.sleeve_length("short"),
        Q.pattern("polka dots", "contradiction"),
        describe(
            "pants",
            "the pants are yellow with white flowers on them and have an elastic waistband and a drawstring at the "
            "waist. they are made of a soft",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Mini Klub Girls Yellow Floral Printed Cotton Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Girl in a pink short-sleeve printed (small floral) nightdress, with a white long-sleeve cardigan over it that
    # is not the product. Base zero-shot.
    case(
        "X1322-026",
        caption("a little girl in a pink dress and white sweater"),
        wearing("a pink dress and a white sweater", who="she"),
        col("nightdress", "white", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        Q.pattern("floral"),
        is_a("nightdress", "yes"),
        gender="Girls",
        title="max Girls Pink Floral Printed Pure Cotton Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Flat lay: two sleeveless rompers side by side, one green with frogs, one plain white. Base zero-shot; the
    # caption makes one romper of the two.
    case(
        "X1322-027",
        caption("a green and white baby romper with frogs", "contradiction"),
        wearing("a romper", who="she"),
        col("romper", "green"),
        Q.sleeve_length("sleeveless"),
        describe("romper", "the romper is a romper", "restated"),
        Q.material("cotton"),
        gender="Unisex",
        title="Moms Love Infants Green & White Pack of 2 Pure Cotton Sleeveless Rompers",
        category="Rompers",
        color="Green",
    ),
    # Girl sitting on a bed prop with pillows; purple full-sleeve top with butterflies, lilac pyjama with
    # butterflies. Base zero-shot.
    case(
        "X1322-028",
        caption("a little girl sitting on a bed in purple pajamas"),
        wearing("purple pajamas", who="she"),
        col("top", "purple"),
        Q.pattern("butterflies"),
        details(
            "top",
            "butterflies, butterflies, butterflies, butterflies, butterflies, butterflies, butterflies, butterflies, "
            "butterflies, butterflies,",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin", "contradiction"),
        gender="Girls",
        title="Pine Kids Girls Purple Butterfly Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Purple",
    ),
    # Boy standing; navy satin full-sleeve button-front shirt with white piping and navy satin pyjama, no white
    # anywhere but the piping. Base zero-shot.
    case(
        "X1322-029",
        caption("a young boy in blue satin pajamas"),
        wearing("pajamas", who="he"),
        col("shirt", "blue"),
        col("pants", "white", "contradiction"),
        details("shirt", "white trim"),
        Q.sleeve_length("long"),
        Q.material("silk", "contradiction"),
        gender="Boys",
        title="YK Boys Navy Blue Solid Satin Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Infant boy sitting; blue-and-white striped sleeveless bodysuit (snaps at the crotch), worn with denim shorts
    # that are not the product. Base zero-shot.
    case(
        "X1322-030",
        caption("a baby boy wearing a blue and white striped shirt"),
        wearing("a striped shirt and shorts", who="he"),
        col("bodysuit", "blue and white"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Boys",
        title="Googo Gaga Infant Boys Blue Striped Sleeveless Cotton Bodysuit",
        category="Bodysuit",
        color="Blue",
    ),
    # Flat lay: green half-sleeve tee with a dinosaur, green pyjama with small dinosaurs. Base zero-shot.
    case(
        "X1322-031",
        caption("a green shirt and pants with dinosaurs on them"),
        wearing("nothing", "non_answer", who="she"),
        col("top", "green"),
        col("pants", "green"),
        describe("top", "a green t - shirt with a dinosaur on it"),
        is_a("night suit", "yes"),
        gender="Unisex",
        title="Hopscotch Unisex Kids Green Dino Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Boy (unisex product); red full-sleeve top with white reindeer, red-and-white checked pyjama. Base zero-shot;
    # the answer corrects the question's "she", which is right for this photo.
    case(
        "X1322-032",
        caption("a little boy in red christmas pajamas"),
        wearing("he is wearing christmas pajamas", who="she"),
        col("top", "red"),
        col("pants", "red"),
        Q.pattern("reindeer"),
        details("top", "reindeer"),
        gender="Unisex",
        title="Nap Chief Unisex Kids Red Reindeer Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Girl; maroon half-sleeve tee with a white cat print, plain maroon pyjama. Base zero-shot.
    case(
        "X1322-033",
        caption("a girl in a maroon shirt and pants"),
        wearing("pajamas Question: what color are her pajamas? Answer: maroon", "leak", who="she"),
        col("top", "red"),
        col("pants", "red"),
        describe("top", "a maroon t - shirt with a cat on it"),
        details("pants", "i don't know", "non_answer"),
        Q.material("cotton"),
        gender="Girls",
        title="Bodycare Kids Girls Maroon Printed Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Girl standing; pink-and-white striped full-sleeve top and matching striped pyjama. Base zero-shot; the stripes
    # send greedy decoding round in circles.
    case(
        "X1322-034",
        caption(
            "a little girl in a pink and white striped pajama set with a pink and white striped pajama set with a "
            "pink and white striped pajama set with a pink and white striped pajama set with a pink and white",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink and white striped pajama set", who="she"),
        col("top", "pink and white"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        describe(
            "top",
            "a pink and white striped long sleeve pajama top with a pink and white striped long sleeve pajama top "
            "with a pink and white striped long",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Little Kangaroos Girls Pink & White Striped Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Flat lay: three footed sleepsuits, white with blue stars, solid blue, blue-and-white stripes. Category column
    # missing. Base zero-shot.
    case(
        "X1322-035",
        caption("three baby onesies with stars and stripes"),
        wearing("a onesie", who="she"),
        col("sleepsuit", "blue"),
        Q.pattern("stars"),
        details("sleepsuit", "the sleepsuit has feet"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Mothercare Infants White & Blue Pack of 3 Pure Cotton Sleepsuits",
        color="White",
    ),
    # Girl with short cropped hair; white half-sleeve top with a pink bunny (no bow anywhere), pink pyjama. Base
    # zero-shot; the caption calls her a boy.
    case(
        "X1322-036",
        caption("a young boy in a white shirt and pink pants", "pronoun"),
        wearing("a white shirt and pink pants", who="she"),
        col("top", "white"),
        col("pants", "pink"),
        details("top", "it is a top", "restated"),
        describe("top", "the top is white with a pink bunny on it and a pink bow on the neck", "unsupported"),
        gender="Girls",
        title="YK Girls White & Pink Bunny Printed Night Suit",
        category="Night suits",
        color="White",
    ),
    # Boy; grey half-sleeve tee with a bear in a cap and scarf holding a red balloon, grey shorts with elastic waist.
    # Base zero-shot.
    case(
        "X1322-037",
        caption("a little boy wearing a grey t - shirt and shorts"),
        wearing("a grey shirt and grey shorts", who="he"),
        col("shorts", "grey Question: What is the color of the shirt? Answer: grey", "leak"),
        details("shorts", "elastic waistband"),
        describe(
            "shirt",
            "the shirt is grey and has a picture of a bear on it. the bear is wearing a hat and a scarf and is "
            "holding a red",
            "cut",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Babyhug Boys Grey Bear Printed Half Sleeves Cotton Night Suit with Shorts",
        category="Night suits",
        color="Grey",
    ),
    # Baby girl (unisex product) sitting; orange short-sleeve romper with small foxes, snap legs. Base zero-shot.
    case(
        "X1322-038",
        caption("a baby in an orange romper with foxes on it"),
        wearing("an orange romper", who="she"),
        col("romper", "orange"),
        Q.pattern("foxes"),
        describe("romper", "it is a romper", "restated"),
        details("romper", "", "non_answer"),
        gender="Unisex",
        title="Kicks & Crawl Unisex Infants Orange Fox Printed Romper",
        category="Rompers",
        color="Orange",
    ),
    # Girl; light blue full-sleeve top and navy pyjama, both with white snowflakes. Base zero-shot.
    case(
        "X1322-039",
        caption("a little girl in blue pajamas with snowflakes on them"),
        wearing("blue pajamas", who="she"),
        col("top", "blue"),
        col("pants", "blue"),
        Q.pattern("snowflakes"),
        Q.material("cotton"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="Nap Chief Girls Blue Snowflake Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Boy in black lounge shorts with drawstring, styled with a plain white tee. Base zero-shot.
    case(
        "X1322-040",
        caption("a boy in a white t - shirt and black shorts"),
        wearing("a white t - shirt and black shorts", who="he"),
        col("shorts", "black"),
        Q.color("white", "other_garment_color"),
        details("shorts", "the shorts have a drawstring"),
        Q.garment_type("t - shirt", "contradiction"),
        gender="Boys",
        title="max Boys Black Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # Back view: infant lying on its stomach on a white blanket; peach footed sleepsuit, plain back (snaps are on the
    # front, not visible). Base zero-shot.
    case(
        "X1322-041",
        caption("a baby laying on its stomach on a white blanket"),
        wearing("pajamas", who="she"),
        col("sleepsuit", "pink"),
        details("sleepsuit", "the sleepsuit has buttons on the back", "unsupported"),
        is_a("sleepsuit", "no", "contradiction"),
        gender="Unisex",
        title="Superminis Infants Peach Solid Footed Cotton Sleepsuit",
        category="Sleepsuit",
        color="Peach",
    ),
    # Boy; blue half-sleeve tee with a white rocket print, plain white pyjama. Base zero-shot.
    case(
        "X1322-042",
        caption("a little boy in a blue and white shirt"),
        wearing("Answer: a blue shirt and white pants", "leak", who="he"),
        col("shirt", "blue"),
        col("pants", "blue", "other_garment_color"),
        describe("pants", "white pajama pants"),
        gender="Boys",
        title="Little Kangaroos Boys Blue & White Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Back view: girl in a yellow short-sleeve knee-length nightdress with an all-over lemon print, no bows. Gender
    # missing in the feed. Base zero-shot.
    case(
        "X1322-043",
        caption("the back of a little girl in a yellow dress"),
        wearing("a yellow dress", who="she"),
        col("nightdress", "yellow"),
        Q.pattern("solid", "contradiction"),
        describe("nightdress", "a yellow nightdress with lemons on it"),
        details(
            "nightdress",
            "the nightdress is yellow with lemons on it and has a yellow bow on the front and a yellow bow on the "
            "back and a yellow bow on",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        title="Hopscotch Girls Yellow Lemon Printed Nightdress",
        category="Nightdress",
        color="Yellow",
    ),
    # Boy with shoulder-length hair; grey half-sleeve tee with an orange-and-black tiger face (no belly shown), black
    # pyjama. Base zero-shot; the caption calls him a girl.
    case(
        "X1322-044",
        caption("a little girl in grey pajamas with a tiger on the shirt", "pronoun"),
        wearing("pajamas", who="he"),
        col("top", "grey"),
        col("pants", "black"),
        details("top", "a tiger"),
        describe(
            "top",
            "the top is grey with a tiger on it. the tiger is orange and black and has a white belly and a white "
            "belly and a white belly and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Grey & Black Tiger Printed Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Flat lay with a teddy bear prop: navy full-sleeve top with white stars, white pyjama with navy stars. Base
    # zero-shot.
    case(
        "X1322-045",
        caption("a pair of pajamas and a teddy bear"),
        wearing("a teddy bear", "contradiction", who="she"),
        col("top", "navy blue"),
        col("pants", "white"),
        Q.sleeve_length("long"),
        details("top", "stars"),
        Q.material("silk", "contradiction"),
        gender="Unisex",
        title="Mini Klub Unisex Kids Navy Blue & White Star Printed Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
]
