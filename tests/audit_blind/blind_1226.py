"""BLIND_1226 (45 products; Myntra unisex kids' sleepwear, base zero-shot, pronoun questions): written blind in the
sixty-second session. Measured blind at 189d17b (the session's first rules): 54/82 failures found (65.9%) and 23/227
correct texts flagged (10.1%). The writer's notes, verbatim:

Scenario: a Myntra kids' sleepwear feed (night suits, rompers, sleepsuits, bodysuits, nightdresses, pyjama bottoms,
lounge tees and shorts), gender Boys, Girls or Unisex. Photos are the usual catalog shots: a child on a plain white
or grey backdrop wearing the product, often with a plain tee or shorts that are not the product; a few flat lays
(packs of bodysuits and sleepsuits), two back views, props (teddy bears, a stool, a blanket, a headband). The job ran
the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, prompt "Question: ... Answer:", 50 new tokens for the
caption and 30 for answers. The wearing question is asked with a pronoun: "What is she wearing?" for Girls, "What
is he wearing?" for Boys, and for Unisex rows the job's template alternated (odd skus "she", even skus "he"), so the
pronoun asked often does not match the child in the photo.
Who wrote what: every text, caption included, is the base model's own output; no adapter and no extractive QA. The
base model mostly stops on the newline after a short answer, so loops, prompt leaks and cuts are rare here; its
failures are mostly of content: hues (navy read as black, the print's color given as the garment's color, one color
for top and bottom), garment kinds (a romper called a dress, a hooded romper a hoodie, "no" to "Is this a night
suit?"), details invented or taken from a prop, the child's sex wrong in captions and in answers that echo the
question's pronoun, and a few non-answers on flat lays.
Labeling conventions and judgement calls: I judged each text against the photo I imagined (described in the comment
above each case) and the title. Near hues the base model names as a person would (lavender called purple, maroon called
red, peach photographed pinkish called pink, coral called orange or pink, charcoal called black, teal called teal) are
left unmarked; a hue that belongs to another garment in the photo (the top's color given to the bottoms, the unsold
tee's color given to the product) is "other_garment_color"; the print's color given as the garment's color, navy or
maroon read as black, mint read as blue, a wrong garment kind against the title (dress for a romper, hoodie for a hooded
romper, shirt for a nightdress) or a wrong "no"/"yes" to "Is this a ...?" is "contradiction", and so are a wrong sleeve
length and a wrong pattern ("solid" for a printed top, "floral" for a solid romper). A detail that is not on the garment
(a bow from the headband, a teddy bear the child holds, lace that is a plain frill, a zipper on the back when it is at
the front, a dog for a cat print, a koala for a sloth) is "unsupported", and so is a material the title contradicts;
"cotton" is left unmarked when the title says cotton. A wrong "he"/"she"/"boy"/"girl" for the child in the photo is
"pronoun", even on Unisex rows where only the photo shows it; an answer without a pronoun to a question with the wrong
one is left unmarked. "nothing" or "i don't know" (a flat lay's wearing question, a henley's details) is "non_answer",
and so is a pattern ("plaid", "striped") given to a color question; "pajama pants" for "Describe the pants." is
"restated". A pack (Multi) answered with one of its colors is left unmarked. The row with no gender (X1226-031) was
asked "she" as an odd sku. Loops, leaks and cuts that ran to 30 tokens carry hit_limit=True.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def col(garment, text, failure=None, hit_limit=False):
    """The base model generates its color answers freely."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1226 = [
    # Photo: boy of about four, front view, white backdrop, navy full-sleeve tee with a green T-rex print, navy jogger
    # pyjamas with a small all-over dinosaur print, barefoot. All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1226-001",
        caption("a young boy in blue pajamas with a dinosaur on the front"),
        wearing("pajamas", who="he"),
        col("shirt", "blue"),
        col("pants", "black", "contradiction"),
        details("shirt", "a dinosaur"),
        describe("pants", "pajama pants", "restated"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Boys",
        title="mothercare Boys Navy Blue Dinosaur Print Pure Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: toddler girl sitting on the floor, white backdrop, yellow sleeveless romper with a banana print, snaps at
    # the crotch, bare legs. All texts: base model zero-shot ("she" asked: odd Unisex sku).
    case(
        "X1226-002",
        caption("a baby girl sitting on the floor in a yellow romper"),
        wearing("a yellow dress", "contradiction", who="she"),
        col("romper", "yellow"),
        describe("romper", "it is yellow with bananas on it"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Hopscotch Unisex Kids Yellow Banana Print Sleeveless Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Photo: girl standing, pink-and-white striped long-sleeve top with a unicorn applique, solid pink pyjamas.
    # All texts: base model zero-shot.
    case(
        "X1226-003",
        caption("a little girl wearing pink and white striped pajamas"),
        wearing("pajamas", who="she"),
        col("shirt", "pink and white"),
        col("pants", "pink and white", "other_garment_color"),
        details("shirt", "unicorn"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="YK Girls Pink & White Striped Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: boy, grey melange half-sleeve tee printed "SLEEPY HEAD" with a moon, navy shorts, barefoot.
    # All texts: base model zero-shot.
    case(
        "X1226-004",
        caption("a young boy wearing a grey t - shirt and blue shorts"),
        wearing("a t - shirt and shorts", who="he"),
        col("shirt", "grey"),
        col("shorts", "grey", "other_garment_color"),
        details("shirt", "it says sleepy head"),
        is_a("night suit", "no", "contradiction"),
        gender="Boys",
        title="Sweet Dreams Boys Grey Melange Typography Print T-shirt with Shorts Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: girl holding a brown teddy bear (prop), lavender knee-length nightdress with small white stars, short
    # puff sleeves. All texts: base model zero-shot.
    case(
        "X1226-005",
        caption("a little girl holding a teddy bear in a purple dress"),
        wearing("a purple nightgown", who="she"),
        col("dress", "purple"),
        describe("dress", "it is a purple dress with white stars"),
        details("dress", "a teddy bear", "unsupported"),
        Q.sleeve_length("short"),
        is_a("nightdress", "no", "contradiction"),
        Q.material("cotton"),
        gender="Girls",
        title="Nite Flite Girls Lavender Star Print Pure Cotton Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Photo: flat lay on white, a white short-sleeve envelope-neck bodysuit with small blue elephants; no child.
    # All texts: base model zero-shot ("he" asked: even Unisex sku).
    case(
        "X1226-006",
        caption("a white baby onesie with blue elephants on it"),
        wearing("nothing", "non_answer", who="he"),
        col("bodysuit", "white"),
        details("bodysuit", "elephants"),
        Q.garment_type("onesie"),
        is_a("bodysuit", "no", "contradiction"),
        gender="Unisex",
        title="Mini Klub Infants Unisex White Elephant Print Pure Cotton Bodysuit",
        category="Bodysuit",
        color="White",
    ),
    # Photo: boy, navy long-sleeve button-front pyjama shirt with red piping on collar and pocket, red-and-navy
    # checked pyjama bottoms. All texts: base model zero-shot.
    case(
        "X1226-007",
        caption("a boy in a blue pajama set standing in front of a white wall"),
        wearing("pajamas", who="he"),
        col("shirt", "blue"),
        col("pants", "plaid", "non_answer"),
        describe("shirt", "it is a blue shirt with red trim"),
        details("pants", "they are plaid"),
        Q.material("flannel", "unsupported"),
        gender="Boys",
        title="Marks & Spencer Boys Navy Blue Pure Cotton Pyjama Set with Checked Pyjamas",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: flat lay, two pairs of pyjama bottoms side by side: pink with white hearts, grey melange with white
    # stars. All texts: base model zero-shot.
    case(
        "X1226-008",
        caption("two pairs of pajama pants with hearts and stars"),
        wearing("pajama pants", who="she"),
        col("pants", "pink"),
        details("pants", "hearts and stars"),
        Q.garment_type("pants"),
        Q.pattern("hearts"),
        gender="Girls",
        title="H&M Girls Pack of 2 Printed Pyjama Bottoms",
        category="Pyjamas",
        color="Pink",
    ),
    # Photo: toddler boy with short hair standing, green footed zip-front sleepsuit with a dinosaur print.
    # All texts: base model zero-shot ("she" asked: odd Unisex sku); the details answer looped to the limit.
    case(
        "X1226-009",
        caption("a little boy in a green onesie with dinosaurs on it"),
        wearing("she is wearing a green dinosaur onesie", "pronoun", who="she"),
        col("sleepsuit", "green"),
        describe("sleepsuit", "it is green with dinosaurs on it and has a zipper"),
        details(
            "sleepsuit",
            "dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs "
            "dinosaurs dinosaurs dinosaurs dinosaurs",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        gender="Unisex",
        title="Hopscotch Unisex Kids Green Dinosaur Print Footed Sleepsuit",
        category="Sleepsuit",
        color="Green",
    ),
    # Photo: baby girl lying on a white blanket, peach half-sleeve romper with ruffled shoulders, a pink headband with
    # a bow (not sold). All texts: base model zero-shot ("he" asked: even Unisex sku).
    case(
        "X1226-010",
        caption("a baby girl laying on a white blanket wearing a pink outfit and a headband"),
        wearing("a pink dress", "contradiction", who="he"),
        col("romper", "pink"),
        describe("romper", "it has ruffles on the shoulders"),
        details("romper", "a bow", "unsupported"),
        Q.pattern("floral", "contradiction"),
        Q.material("cotton"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Cherry Crumble Unisex Kids Peach Solid Pure Cotton Romper",
        category="Rompers",
        color="Peach",
    ),
    # Photo: boy with shoulder-length hair, blue button-front pyjama shirt with rockets and planets, navy pyjamas
    # with small white rockets. All texts: base model zero-shot.
    case(
        "X1226-011",
        caption("a little girl in blue pajamas with rockets on them", "pronoun"),
        wearing("pajamas with rockets on them", who="he"),
        col("shirt", "blue"),
        col("pants", "white", "contradiction"),
        describe("shirt", "it is a blue shirt with rockets and planets"),
        details("pants", "rockets"),
        Q.pattern("space"),
        gender="Boys",
        title="Nap Chief Boys Blue Space Print Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: girl, red half-sleeve round-neck top with white hearts, white capris with small red hearts.
    # All texts: base model zero-shot.
    case(
        "X1226-012",
        caption("a little girl in red and white pajamas"),
        wearing("she is wearing a red and white pajama set", who="she"),
        col("shirt", "red"),
        col("pants", "red", "other_garment_color"),
        describe("shirt", "it is a red shirt with white hearts on it and a white collar", "unsupported"),
        details("pants", "hearts"),
        Q.sleeve_length("short"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="Bodycare Kids Girls Red Heart Print Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: boy, charcoal lounge tee with a large white "DREAM BIG" print, black joggers (not sold), white socks.
    # All texts: base model zero-shot.
    case(
        "X1226-013",
        caption("a young boy in a black t - shirt and black pants"),
        wearing("a t - shirt and pants", who="he"),
        col("shirt", "white", "contradiction"),
        col("pants", "black"),
        details("shirt", "it says dream big"),
        Q.garment_type("t - shirt"),
        Q.material("polyester", "unsupported"),
        gender="Boys",
        title="Kanvin Boys Charcoal Grey Printed Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
    ),
    # Photo: back view of a girl, off-white hooded top with bunny ears on the hood (hood down), mint-green pyjamas
    # with small white bunnies. All texts: base model zero-shot.
    case(
        "X1226-014",
        caption("the back of a little girl wearing a white hoodie with bunny ears"),
        wearing("a bunny costume", "contradiction", who="she"),
        col("shirt", "white"),
        col("pants", "white", "other_garment_color"),
        describe("shirt", "it is a white hoodie with bunny ears on the hood"),
        details("pants", "bunnies"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="max Girls Off-White Bunny Print Hooded Night Suit",
        category="Night suits",
        color="Off White",
    ),
    # Photo: flat lay of three bodysuits: plain white, yellow-and-white striped, grey with a small car print.
    # All texts: base model zero-shot. The feed row has no category.
    case(
        "X1226-015",
        caption("three baby onesies laid out on a white surface"),
        wearing("a onesie", who="she"),
        Q.color("white"),
        details("bodysuit", "cars"),
        is_a("bodysuit", "yes"),
        Q.garment_type("onesie"),
        gender="Unisex",
        title="Mini Klub Infants Unisex Pack of 3 Assorted Bodysuits",
        color="Multi",
    ),
    # Photo: boy, plain white tee (not sold), black lounge shorts with small white stars, barefoot.
    # All texts: base model zero-shot.
    case(
        "X1226-016",
        caption("a young boy wearing a white t - shirt and black shorts"),
        wearing("a white shirt and black shorts", who="he"),
        col("shorts", "white", "other_garment_color"),
        Q.color("black"),
        details("shorts", "they are shorts", "non_answer"),
        Q.garment_type("shorts"),
        gender="Boys",
        title="Lazy Shark Boys Black Star Print Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # Photo: baby boy (short hair) sitting, blue-and-white horizontally striped short-sleeve romper with a sailboat
    # applique, white socks. All texts: base model zero-shot ("she" asked: odd Unisex sku).
    case(
        "X1226-017",
        caption("a baby boy sitting in a blue and white striped outfit"),
        wearing("she is wearing a blue and white striped onesie", "pronoun", who="she"),
        col("romper", "blue and white"),
        Q.pattern("striped"),
        details("romper", "a sailboat"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Unisex",
        title="Pantaloons Baby Unisex Kids Blue & White Striped Pure Cotton Romper",
        category="Rompers",
        color="Blue",
    ),
    # Photo: girl, mustard half-sleeve top printed "GOOD NIGHT" with a sloth, navy pyjamas with mustard polka dots.
    # All texts: base model zero-shot.
    case(
        "X1226-018",
        caption("a little girl wearing a yellow shirt and blue pants"),
        wearing("a yellow shirt and blue pants", who="she"),
        col("shirt", "yellow"),
        col("pants", "blue"),
        details("shirt", "a koala", "unsupported"),
        describe("pants", "blue with yellow polka dots"),
        is_a("night suit", "yes"),
        Q.material("wool", "unsupported"),
        gender="Girls",
        title="Sweet Dreams Girls Mustard Yellow Printed Night Suit",
        category="Night suits",
        color="Mustard",
    ),
    # Photo: boy, olive camouflage-print half-sleeve tee and matching camouflage pyjamas.
    # All texts: base model zero-shot; the wearing answer ran on into the prompt format to the limit.
    case(
        "X1226-019",
        caption("a young boy in camouflage pajamas"),
        wearing(
            "camouflage pajamas Question: What is the color of the pajamas? Answer: green Question: What is the",
            "leak",
            who="he",
            hit_limit=True,
        ),
        col("shirt", "green"),
        col("pants", "green"),
        Q.pattern("camouflage"),
        describe("shirt", "it is a camouflage t - shirt"),
        Q.sleeve_length("long", "contradiction"),
        gender="Boys",
        title="YK Boys Olive Green Camouflage Print Half Sleeve Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Photo: toddler boy standing, grey melange hooded zip-front sleepsuit, hood up with bear ears, no feet.
    # All texts: base model zero-shot ("he" asked: even Unisex sku); the details answer looped to the limit.
    case(
        "X1226-020",
        caption("a little boy in a grey bear onesie"),
        wearing("a bear onesie", who="he"),
        col("sleepsuit", "grey"),
        describe("sleepsuit", "it has a hood with ears and a zipper"),
        details(
            "sleepsuit",
            "the hood has ears on it and the hood has ears on it and the hood has ears on it and the hood has",
            "loop",
            hit_limit=True,
        ),
        Q.material("fleece", "unsupported"),
        gender="Unisex",
        title="Hopscotch Unisex Kids Grey Melange Pure Cotton Hooded Sleepsuit",
        category="Sleepsuit",
        color="Grey Melange",
    ),
    # Photo: toddler boy with longish curly hair, white half-sleeve tee with a blue car print, blue shorts.
    # All texts: base model zero-shot.
    case(
        "X1226-021",
        caption("a little girl wearing a white shirt and blue shorts", "pronoun"),
        wearing("a white shirt and blue shorts", who="he"),
        col("shirt", "white"),
        col("shorts", "white", "other_garment_color"),
        details("shirt", "a car"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Gini and Jony Boys White & Blue Car Print Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: girl, navy long-sleeve top with gold foil stars, navy cuffed pyjamas with gold stars.
    # All texts: base model zero-shot.
    case(
        "X1226-022",
        caption("a little girl in blue pajamas with gold stars"),
        wearing("pajamas", who="she"),
        col("shirt", "blue"),
        col("pants", "gold", "contradiction"),
        describe("shirt", "it is a blue shirt with gold stars on it"),
        details("shirt", "stars"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("cotton"),
        gender="Girls",
        title="Marks & Spencer Girls Navy Blue Star Print Pure Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: girl of about three standing, pink floral romper with flutter sleeves and wide shorts legs that read as
    # a short dress. All texts: base model zero-shot.
    case(
        "X1226-023",
        caption("a little girl in a pink floral dress", "contradiction"),
        wearing("a pink dress", "contradiction", who="she"),
        col("romper", "pink"),
        Q.pattern("floral"),
        is_a("romper", "no", "contradiction"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Cherry Crumble Girls Pink Floral Print Romper",
        category="Rompers",
        color="Pink",
    ),
    # Photo: boy, plain white tee (not sold) over red-and-black checked lounge pants with a white drawstring, no
    # pockets. All texts: base model zero-shot.
    case(
        "X1226-024",
        caption("a young boy wearing a white t - shirt and plaid pants"),
        wearing("a white shirt and plaid pants", who="he"),
        col("pants", "red and black"),
        Q.color("white", "other_garment_color"),
        details("pants", "they have pockets on the side", "unsupported"),
        Q.garment_type("pants"),
        gender="Boys",
        title="Sweet Dreams Boys Red Checked Lounge Pants",
        category="Lounge Pants",
        color="Red",
    ),
    # Photo: girl, rainbow horizontally striped long-sleeve top and matching rainbow striped pyjamas.
    # All texts: base model zero-shot ("she" asked: odd Unisex sku); the details answer looped to the limit.
    case(
        "X1226-025",
        caption("a little girl in rainbow striped pajamas"),
        wearing("rainbow pajamas", who="she"),
        col("shirt", "rainbow"),
        col("pants", "rainbow"),
        Q.pattern("stripes"),
        details(
            "shirt",
            "the stripes are red, orange, yellow, green, blue, purple, pink, red, orange, yellow, green, blue, "
            "purple, pink, red",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Hopscotch Unisex Kids Multicoloured Rainbow Striped Night Suit",
        category="Night suits",
        color="Multi",
    ),
    # Photo: boy, raglan tee with a grey body and blue sleeves, blue jogger pyjamas with grey cuffs; no collar, no
    # pocket. All texts: base model zero-shot; the shirt's description ran to the limit.
    case(
        "X1226-026",
        caption("a young boy wearing a blue and grey t - shirt and blue pants"),
        wearing("a t - shirt and pants", who="he"),
        describe(
            "shirt",
            "it is a grey shirt with blue sleeves and a blue collar and a blue pocket on the front of the shirt "
            "with a blue",
            "cut",
            hit_limit=True,
        ),
        col("shirt", "grey and blue"),
        col("pants", "grey", "other_garment_color"),
        details("pants", "they have grey cuffs"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="YK Boys Blue & Grey Colourblocked Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: girl sitting on a white stool (prop), ankle-length white nightdress with small pink flowers, long
    # sleeves, a plain frilled hem. All texts: base model zero-shot.
    case(
        "X1226-027",
        caption("a little girl in a white nightgown sitting on a stool"),
        wearing("a nightgown", who="she"),
        col("dress", "pink", "contradiction"),
        describe("dress", "it is a white dress with pink flowers and ruffles"),
        details("dress", "lace", "unsupported"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Girls",
        title="Marks & Spencer Girls White Floral Print Pure Cotton Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Photo: flat lay, teal half-sleeve tee with a grey shark, grey shorts with small teal sharks; no child.
    # All texts: base model zero-shot.
    case(
        "X1226-028",
        caption("a t - shirt and shorts with sharks on them"),
        wearing("i don't know", "non_answer", who="he"),
        col("shirt", "teal"),
        col("shorts", "teal", "other_garment_color"),
        details("shirt", "a shark"),
        Q.pattern("sharks"),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Clothe Funn Boys Teal Blue Shark Print Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Photo: toddler girl with pigtails standing, off-white and grey striped sleeveless romper with buttons at the
    # shoulders. All texts: base model zero-shot ("he" asked: even Unisex sku).
    case(
        "X1226-029",
        caption("a little girl standing in a white and grey striped romper"),
        wearing("he is wearing a striped romper", "pronoun", who="he"),
        col("romper", "grey and white"),
        describe("romper", "it is striped and has buttons on the shoulders"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("striped"),
        gender="Unisex",
        title="Pine Kids Unisex Kids Off-White & Grey Striped Pure Cotton Romper",
        category="Rompers",
        color="Off White",
    ),
    # Photo: bald baby boy lying on a white sheet, blue half-sleeve bodysuit with white whales.
    # All texts: base model zero-shot.
    case(
        "X1226-030",
        caption("a baby girl laying on a bed in a blue onesie", "pronoun"),
        wearing("a blue onesie", who="he"),
        col("bodysuit", "blue"),
        details("bodysuit", "fish", "unsupported"),
        is_a("bodysuit", "yes"),
        Q.garment_type("onesie"),
        Q.sleeve_length("long", "contradiction"),
        gender="Boys",
        title="mothercare Infant Boys Blue Whale Print Half Sleeve Bodysuit",
        category="Bodysuit",
        color="Blue",
    ),
    # Photo: flat lay of two footed sleepsuits: white with grey clouds, light blue with white moons.
    # All texts: base model zero-shot ("she" asked: odd sku). The feed row has no gender.
    case(
        "X1226-031",
        caption("two baby onesies with clouds and moons on them"),
        wearing("two onesies", who="she"),
        Q.color("white and blue"),
        details("sleepsuit", "clouds and moons"),
        Q.garment_type("onesie"),
        is_a("sleepsuit", "no", "contradiction"),
        Q.material("cotton"),
        title="Marks & Spencer Unisex Kids Pack of 2 Printed Pure Cotton Sleepsuits",
        category="Sleepsuit",
        color="White",
    ),
    # Photo: girl with a short pixie cut, plain white tee (not sold), solid pink pyjama bottoms with elastic cuffs at
    # the ankles.
    # All texts: base model zero-shot.
    case(
        "X1226-032",
        caption("a young boy wearing a white shirt and pink pants", "pronoun"),
        wearing("a white shirt and pink pants", who="she"),
        col("pants", "pink"),
        Q.color("white", "other_garment_color"),
        describe("pajama pants", "they are pajama pants", "restated"),
        details("pants", "they have cuffs at the bottom"),
        Q.garment_type("pants"),
        gender="Girls",
        title="Sweet Dreams Girls Pink Solid Pyjamas",
        category="Pyjamas",
        color="Pink",
    ),
    # Photo: boy, yellow half-sleeve tee with a navy lion and "ROAR", navy shorts. All texts: base model zero-shot.
    case(
        "X1226-033",
        caption("a little boy wearing a yellow t - shirt with a lion on it"),
        wearing("he is wearing a yellow shirt and blue shorts", who="he"),
        col("shirt", "yellow"),
        col("shorts", "yellow", "other_garment_color"),
        details("shirt", "a lion that says roar"),
        describe("shorts", "they are blue shorts"),
        Q.sleeve_length("long", "contradiction"),
        gender="Boys",
        title="Bodycare Kids Boys Yellow & Navy Lion Print Half Sleeve Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: girl with a short bob sitting cross-legged, grey marl long-sleeve top with a white cat face, grey
    # pyjamas. All texts: base model zero-shot ("he" asked: even Unisex sku).
    case(
        "X1226-034",
        caption("a young boy sitting on the floor in grey pajamas", "pronoun"),
        wearing("grey pajamas", who="he"),
        col("shirt", "grey"),
        col("pants", "grey"),
        details("shirt", "a dog", "unsupported"),
        Q.pattern("solid", "contradiction"),
        Q.material("cotton"),
        gender="Unisex",
        title="H&M Kids Unisex Grey Marl Cat Print Cotton Pyjama Set",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: girl standing, lavender half-sleeve tee with a white rainbow-and-clouds print, lavender-and-white
    # checked capris. All texts: base model zero-shot.
    case(
        "X1226-035",
        caption("a little girl in a purple shirt and checkered pants"),
        wearing("she is wearing pajamas", who="she"),
        col("shirt", "purple"),
        col("pants", "purple and white"),
        details("shirt", "a rainbow and clouds and a unicorn", "unsupported"),
        describe("pants", "they are checkered"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="YK Girls Lavender Printed Pure Cotton Night Suit with Capris",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: boy, maroon full-sleeve henley top with three buttons, maroon pyjamas in the shadow of the top, plain.
    # All texts: base model zero-shot.
    case(
        "X1226-036",
        caption("a young boy in a red shirt and red pants"),
        wearing("pajamas", who="he"),
        col("shirt", "maroon"),
        col("pants", "black", "contradiction"),
        details("shirt", "nothing", "non_answer"),
        describe("shirt", "it is a maroon shirt with buttons on the front"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Nite Flite Boys Maroon Solid Full Sleeve Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: girl, white half-sleeve tee with a black panda, black pyjamas with small white pandas.
    # All texts: base model zero-shot ("she" asked: odd Unisex sku).
    case(
        "X1226-037",
        caption("a little girl in a white shirt with a panda on it and black pants"),
        wearing("a panda shirt and pants", who="she"),
        col("shirt", "black", "other_garment_color"),
        col("pants", "black"),
        details("shirt", "a panda"),
        Q.pattern("panda"),
        Q.sleeve_length("long", "contradiction"),
        gender="Unisex",
        title="Hopscotch Unisex Kids White & Black Panda Print Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: back view of a toddler, blue footed sleepsuit with white clouds; the zip is at the front and not seen.
    # All texts: base model zero-shot ("he" asked: even Unisex sku).
    case(
        "X1226-038",
        caption("the back of a baby in a blue onesie"),
        wearing("a blue onesie", who="he"),
        col("sleepsuit", "blue"),
        describe("sleepsuit", "it has a zipper on the back", "unsupported"),
        details("sleepsuit", "clouds"),
        Q.sleeve_length("long"),
        is_a("sleepsuit", "yes"),
        gender="Unisex",
        title="Gini and Jony Unisex Kids Blue Cloud Print Footed Sleepsuit",
        category="Sleepsuit",
        color="Blue",
    ),
    # Photo: girl, coral half-sleeve tee with a white "dream" script and a flamingo, coral-and-white striped shorts.
    # All texts: base model zero-shot; the shorts' details ran on into the prompt format to the limit.
    case(
        "X1226-039",
        caption("a little girl wearing an orange shirt with a flamingo on it"),
        wearing("a shirt and shorts", who="she"),
        col("shirt", "pink"),
        col("shorts", "striped", "non_answer"),
        details(
            "shorts",
            "striped Question: What is the color of the shorts? Answer: coral and white Question: What are the "
            "shorts made of? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Kanvin Girls Coral Flamingo Print Night Suit with Shorts",
        category="Night suits",
        color="Coral",
    ),
    # Photo: girl, knee-length blue shirt-style nightdress with white polka dots, a collar and buttons down the front.
    # All texts: base model zero-shot.
    case(
        "X1226-040",
        caption("a little girl in a blue and white polka dot dress"),
        wearing("a blue dress", who="she"),
        col("dress", "blue"),
        describe("dress", "it has buttons down the front and a collar"),
        details("dress", "polka dots"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Bodycare Kids Girls Blue Polka Dot Shirt-Style Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: a boy and a girl side by side in the same set: red long-sleeve top with a reindeer, red-and-green
    # plaid pyjamas. All texts: base model zero-shot ("she" asked: odd Unisex sku).
    case(
        "X1226-041",
        caption("two children wearing matching christmas pajamas"),
        wearing("christmas pajamas", who="she"),
        col("shirt", "red"),
        col("pants", "red and green"),
        details("shirt", "a reindeer"),
        describe("pants", "plaid"),
        Q.material("fleece", "unsupported"),
        gender="Unisex",
        title="Nap Chief Unisex Kids Red & Green Christmas Print Pure Cotton Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: boy, blue-and-white striped long-sleeve tee, solid navy pyjamas with an elastic waistband showing.
    # All texts: base model zero-shot.
    case(
        "X1226-042",
        caption("a little boy wearing blue and white striped pajamas"),
        wearing("striped pajamas", who="he"),
        col("shirt", "blue and white"),
        col("pants", "blue and white", "other_garment_color"),
        Q.pattern("striped"),
        details("pants", "an elastic waistband"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Gini and Jony Boys Blue & White Striped Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: girl holding a stuffed bunny (prop), mint-green knee-length nightdress with a bunny-face applique, short
    # sleeves, no bow. All texts: base model zero-shot.
    case(
        "X1226-043",
        caption("a little girl in a green dress holding a stuffed bunny"),
        wearing("a green nightgown", who="she"),
        col("dress", "blue", "contradiction"),
        describe("dress", "it is a green dress with a bunny on it and a bow on the collar", "unsupported"),
        details("dress", "a bunny"),
        Q.sleeve_length("short"),
        is_a("nightdress", "yes"),
        Q.material("cotton"),
        gender="Girls",
        title="Marks & Spencer Girls Mint Green Bunny Print Pure Cotton Nightdress",
        category="Nightdress",
        color="Green",
    ),
    # Photo: toddler boy, navy long-sleeve hooded zip romper (hood down), barefoot.
    # All texts: base model zero-shot ("he" asked: even Unisex sku).
    case(
        "X1226-044",
        caption("a little boy in a blue jumpsuit with a hood"),
        wearing("a blue hoodie", "contradiction", who="he"),
        col("romper", "blue"),
        describe("romper", "it is a blue romper with a hood and a zipper"),
        details("romper", "the hood"),
        Q.sleeve_length("long"),
        Q.garment_type("hoodie", "contradiction"),
        gender="Unisex",
        title="Cherry Crumble Unisex Kids Navy Blue Solid Hooded Romper",
        category="Rompers",
        color="Navy Blue",
    ),
    # Photo: boy, green half-sleeve tee with a grey car and "ZOOM", grey melange joggers with a green drawstring.
    # All texts: base model zero-shot. The feed row has no color.
    case(
        "X1226-045",
        caption("a young boy wearing a green t - shirt and grey pants"),
        wearing("a green shirt and grey pants", who="he"),
        col("shirt", "green"),
        col("pants", "green", "other_garment_color"),
        details("shirt", "a car that says zoom"),
        is_a("night suit", "no", "contradiction"),
        Q.material("cotton"),
        gender="Boys",
        title="Sweet Dreams Boys Green & Grey Car Print Pure Cotton Night Suit",
        category="Night suits",
    ),
]
