"""BLIND_1202 (45 products; Myntra kids' sleepwear, rompers and night suits, base model, pronoun questions): written
blind in the sixty-first session. Measured blind at e097e3a (the session's fifth rules): 47/71 failures found (66.2%)
and 24/195 correct texts flagged (12.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear (night suits, nightdresses, rompers, sleepsuits, bodysuits, lounge pants,
shorts and tees), mostly sold as Unisex, some as Boys or Girls. Photos are the catalog's usual shots: a child on a
plain white or pastel backdrop, often with socks, slippers or a prop (teddy bear, pillow, toy rocket, Santa hat, sleep
mask), a few back views, a few flat lays or hanger shots for the baby items and the multi-packs. Lounge pants, shorts
and tees are styled with another garment that is not sold.
Who wrote what: every text is from untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy. The caption is the bare
image caption (no prompt, 50 new tokens). Open questions use "Question: ... Answer:" with 30 new tokens, stopped on
newline, which the base model usually emits early, so loops and cuts are rarer than with the adapters, and a few
answers run on into a made-up "Question: ... Answer:" of their own on the same line. The wearing question uses a
pronoun from the gender column: Girls -> "What is she wearing?", Boys, Unisex and a blank gender -> "What is he
wearing?" (the job's fallback), so girls modelling Unisex items are asked about "he". The closed questions
(garment type, pattern, sleeve length) and the yes/no "Is this a ...?" are ranked over a candidate list by the same
base model; the material question is open.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. Near hues the base model
always merges are counted correct (navy -> blue, peach -> pink, lavender -> purple, cream/off white -> white, charcoal
-> gray, mustard -> yellow); a hue of another garment in the outfit is other_garment_color, the hue of a print given as
the garment's color is a contradiction, and closed pattern or sleeve answers are judged on the product, not only on the
side the photo shows (a plain back is still a printed top). A pronoun is a failure only when the text's own pronoun or
boy/girl word is wrong for the child in the photo; "she is wearing ..." to "What is he wearing?" about a girl is
correct, and "he is wearing" about that girl is a pronoun failure even though the question put it there.
"dress"/"nightgown" for a nightdress and "onesie" for a romper or sleepsuit are correct. A garment or prop named as what
the child wears (Santa hat, teddy bear, sweater for a knitted romper, costume for skeleton pyjamas) or "no" to a yes/no
garment question that is true is a contradiction; a closed garment type that names the unsold styling garment is a
contradiction. A detail the photo cannot show or does not have (front print on a back view, a bow, the tee's slogan
given for the pants, silk for satin, wool for a cotton knit, flannel for cotton poplin) is unsupported. Question words
given back ("they are shorts", "pants details") and answers that say nothing ("no", "nothing" for a flat lay, "the back
of the shirt") are non_answer; a full sentence that says the thing is itself ("it is a bodysuit") is restated. Material
answers are asked only where the product page gives the fabric. Runs of one phrase are loop even when also cut at the
limit; cut is a text that ends mid-phrase at the limit without repeating. Multi-pack answers that name one or two of the
items are counted correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1202 = [
    # Boy (~5) on white backdrop, navy full-sleeve top with green dinosaurs, matching navy pyjamas, barefoot.
    # All texts base model; closed answers ranked by it.
    case(
        "X1202-001",
        caption("a little boy in a blue pajama set with dinosaurs on it"),
        wearing("pajamas", who="he"),
        color_of("pajamas", "blue", kind="open"),
        color_of("top", "green", "contradiction", kind="open"),
        describe("night suit", "a blue pajama set with dinosaurs"),
        details("pajamas", "dinosaurs"),
        B.sleeve_length("long sleeves"),
        gender="Unisex",
        title="Nap Chief Unisex Kids Navy Blue Dinosaur Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Girl, pink short-sleeve top with a white unicorn, white pyjamas with thin pink stripes, holding a stuffed bunny.
    case(
        "X1202-002",
        caption("a little girl in pink pajamas holding a stuffed bunny"),
        wearing("pajamas", who="she"),
        color_of("top", "pink", kind="open"),
        color_of("pants", "white and pink", kind="open"),
        details("top", "a unicorn"),
        B.pattern("solid", "contradiction"),
        B.material("cotton"),
        gender="Girls",
        title="Sweet Dreams Girls Pink & White Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Flat lay, no child: mustard-yellow short-sleeve romper, snap buttons at the crotch, small bear applique on chest.
    case(
        "X1202-003",
        caption("a yellow baby romper with a teddy bear on it"),
        wearing("a yellow onesie", who="he"),
        is_a("romper", "yes"),
        details("romper", "it has a teddy bear on the front and buttons on the bottom"),
        color_of("romper", "yellow", kind="open"),
        B.garment_type("romper"),
        B.sleeve_length("sleeveless", "contradiction"),
        gender="Unisex",
        title="Hopscotch Unisex Kids Mustard Yellow Solid Cotton Romper",
        category="Rompers",
        color="Mustard",
    ),
    # Boy, grey melange half-sleeve tee with a red car and "VROOM", red shorts, white sneakers.
    # The shorts' color answer gives the tee's grey.
    case(
        "X1202-004",
        caption("a young boy wearing a gray shirt and red shorts"),
        wearing("a shirt and shorts", who="he"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        color_of("shirt", "grey", kind="open"),
        details("shirt", "it says vroom"),
        describe(
            "shirt",
            "a gray shirt with a red car on it that says vroom vroom vroom vroom vroom vroom vroom vroom vroom vroom "
            "vroom vroom vroom vroom vroom vroom",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        gender="Boys",
        title="YK Boys Grey Melange & Red Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Flat lay: white footed sleepsuit with thin blue stripes, front zip, long sleeves. Product page: 100% cotton.
    # Material answer contradicts the title.
    case(
        "X1202-005",
        caption("a white and blue striped baby onesie with a zipper"),
        wearing("a onesie", who="he"),
        B.pattern("striped"),
        color_of("sleepsuit", "white", kind="open"),
        details("sleepsuit", "the sleepsuit has a hood", "unsupported"),
        B.material("polyester", "contradiction"),
        gender="Unisex",
        title="Mothercare Unisex Kids White & Blue Striped Pure Cotton Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Girl in a lavender knee-length sleeveless nightdress with white clouds and a moon, ruffle hem, no bow.
    case(
        "X1202-006",
        caption("a little girl in a purple nightgown"),
        wearing("a nightgown", who="she"),
        color_of("nightdress", "purple", kind="open"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("nightdress", "it has a bow on the front", "unsupported"),
        describe("nightdress", "a purple nightgown with a moon on it"),
        gender="Girls",
        title="Pine Kids Girls Lavender Printed Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Toddler boy standing, sage-green sleeveless romper with shorts legs and dinosaur print, white socks, holding a
    # wooden toy. The details answer loops to the limit.
    case(
        "X1202-007",
        caption("a baby boy in a green romper holding a wooden toy"),
        wearing("a green romper", who="he"),
        color_of("romper", "green", kind="open"),
        is_a("romper", "yes"),
        details(
            "romper",
            "dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs "
            "dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs dinosaurs",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        gender="Unisex",
        title="Little Kangaroos Unisex Kids Green Dinosaur Printed Romper",
        category="Rompers",
        color="Green",
    ),
    # Back view: girl with a ponytail, peach full-sleeve top (bunny print on the front, not visible), peach pyjamas
    # with white polka dots.
    case(
        "X1202-008",
        caption("the back of a little girl wearing pink pajamas"),
        wearing("pajamas", who="she"),
        color_of("top", "pink", kind="open"),
        details("top", "the back of the shirt", "non_answer"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="Bodycare Kids Girls Peach-Coloured Printed Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Boy, blue full-sleeve top with an astronaut, dark blue pyjamas, holding a toy rocket. The wearing answer runs on
    # into its own question and answer.
    case(
        "X1202-009",
        caption("a young boy in blue pajamas holding a toy rocket"),
        wearing("pajamas Question: what is he holding? Answer: a rocket", "leak", who="he"),
        color_of("pajamas", "blue", kind="open"),
        details("top", "an astronaut"),
        describe("night suit", "it is a night suit", "restated"),
        B.pattern("printed"),
        gender="Boys",
        title="Nap Chief Boys Blue Astronaut Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Flat lay, no child: two pyjama sets, one beige with brown bears, one dark green solid.
    case(
        "X1202-010",
        caption("two sets of pajamas laid out on a white background"),
        wearing("nothing", "non_answer", who="he"),
        color_of("pajamas", "brown and green", kind="open"),
        describe("pajamas", "pajamas with teddy bears"),
        is_a("night suit", "no", "contradiction"),
        gender="Unisex",
        title="H&M Kids Pack of 2 Cotton Pyjama Sets",
        category="Night suits",
        color="Beige",
    ),
    # Girl with a short bob, red-and-white gingham cotton poplin top with collar, buttons and a pocket, full sleeves,
    # matching pants, fuzzy slippers.
    case(
        "X1202-011",
        caption("a little boy in red plaid pajamas", "pronoun"),
        wearing("pajamas", who="she"),
        B.pattern("checked"),
        details("top", "it has buttons down the front and a collar"),
        color_of("pants", "red", kind="open"),
        B.material("flannel", "unsupported"),
        gender="Girls",
        title="Marks & Spencer Girls Red Checked Pure Cotton Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Boy in charcoal drawstring lounge pants (the product), styled with a white printed tee and white sneakers.
    case(
        "X1202-012",
        caption("a young boy in a white t-shirt and gray pants"),
        wearing("a white shirt and gray pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "they have a drawstring"),
        B.pattern("printed", "contradiction"),
        B.garment_type("t-shirt", "contradiction"),
        gender="Boys",
        title="Gini and Jony Boys Charcoal Grey Solid Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
    ),
    # Baby lying on a white blanket in an off-white full-body sleepsuit with small blue elephants (front only).
    case(
        "X1202-013",
        caption("a baby laying on a bed in a white onesie"),
        wearing("a onesie", who="he"),
        color_of("sleepsuit", "white", kind="open"),
        details("sleepsuit", "elephants"),
        B.pattern("solid", "contradiction"),
        describe(
            "sleepsuit",
            "a white onesie with blue elephants on it and a blue elephant on the front and a blue elephant on the "
            "back and a blue elephant on the",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Mini Klub Unisex Kids Off White Elephant Printed Sleepsuit",
        category="Sleepsuit",
        color="Off White",
    ),
    # Girl in a mint satin (polyester) button-front short-sleeve shirt with white piping and shorts, a sleep mask
    # pushed up on her forehead.
    case(
        "X1202-014",
        caption("a little girl in green pajamas with a sleep mask on her head"),
        wearing("pajamas and a sleep mask", who="she"),
        B.material("silk", "unsupported"),
        color_of("shorts", "green", kind="open"),
        details("shirt", "it has buttons and white trim"),
        B.sleeve_length("short sleeves"),
        gender="Girls",
        title="Hopscotch Girls Mint Green Solid Satin Night Suit with Shorts",
        category="Night suits",
        color="Green",
    ),
    # Girl (Unisex item, asked "he") in black full-sleeve top and pants with a white skeleton print.
    case(
        "X1202-015",
        caption("a little girl wearing a skeleton costume", "contradiction"),
        wearing("skeleton pajamas", who="he"),
        color_of("pajamas", "black and white", kind="open"),
        details("pajamas", "they glow in the dark"),
        B.pattern("graphic"),
        gender="Unisex",
        title="YK Unisex Kids Black & White Skeleton Print Glow in the Dark Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Flat lay of three short-sleeve rompers: white, light blue striped, grey with "Little Star". No color column.
    case(
        "X1202-016",
        caption("three baby onesies on a white background"),
        wearing("onesies", who="he"),
        color_of("romper", "blue and white", kind="open"),
        details("romper", "little star"),
        is_a("romper", "yes"),
        describe(
            "romper",
            "a baby romper with a baby romper with a baby romper with a baby romper with a baby romper with a baby "
            "romper with a baby",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Moms Love Unisex Kids Pack of 3 Cotton Rompers",
        category="Rompers",
    ),
    # Boy, navy half-sleeve tee with an orange tiger face, orange pyjama pants with a navy side stripe, slippers.
    case(
        "X1202-017",
        caption("a young boy wearing a blue shirt with a tiger on it and orange pants"),
        wearing("a shirt and pants", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        color_of("shirt", "blue", kind="open"),
        details("shirt", "a tiger"),
        B.material("cotton"),
        gender="Boys",
        title="Nino Bambino Boys Navy Blue & Orange Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Toddler girl (pink clips in her hair; Unisex item, asked "he") in a powder-blue fleece zip sleepsuit with feet
    # and a hood with bear ears.
    case(
        "X1202-018",
        caption("a baby in a blue onesie with bear ears"),
        wearing("he is wearing a blue onesie", "pronoun", who="he"),
        B.material("fleece"),
        details("sleepsuit", "bear ears on the hood"),
        is_a("hoodie", "yes", "contradiction"),
        gender="Unisex",
        title="Superminis Unisex Kids Blue Solid Fleece Hooded Sleepsuit",
        category="Sleepsuit",
        color="Blue",
    ),
    # Girl sitting on a wooden stool, white knee-length cotton nightdress with tiny pink roses, short puff sleeves,
    # lace at the neck, barefoot.
    case(
        "X1202-019",
        caption("a little girl sitting on a stool in a white dress"),
        wearing("a dress", who="she"),
        color_of("nightdress", "white", kind="open"),
        B.pattern("floral"),
        details("nightdress", "lace"),
        B.sleeve_length("short sleeves"),
        gender="Girls",
        title="Little Kangaroos Girls White & Pink Floral Printed Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Boy, mustard-and-white horizontal striped full-sleeve top and pants. Gender blank in the feed (asked "he").
    case(
        "X1202-020",
        caption("a young boy in yellow and white striped pajamas"),
        wearing("pajamas", who="he"),
        color_of("pajamas", "yellow and white", kind="open"),
        B.pattern("striped"),
        describe(
            "pajamas",
            "yellow and white striped pajamas with a yellow and white striped pajama top and yellow and white "
            "striped pajama pants with a yellow and white",
            "loop",
            hit_limit=True,
        ),
        details("pajamas", "stripes"),
        title="Lil Tomatoes Unisex Kids Mustard Yellow Striped Night Suit",
        category="Night suits",
        color="Mustard",
    ),
    # Boy in an olive lounge tee (the product) with a sleeping sloth and "Nap Time", styled with grey lounge shorts.
    case(
        "X1202-021",
        caption("a boy wearing a green shirt with a sloth on it"),
        wearing("a green t-shirt and gray shorts", who="he"),
        color_of("shirt", "green", kind="open"),
        details("shirt", "nap time"),
        color_of("shorts", "gray", kind="open"),
        B.garment_type("shorts", "contradiction"),
        gender="Boys",
        title="YK Boys Olive Green Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
    ),
    # Girl (Unisex item, asked "he"), white full-sleeve top with black panda faces, black pyjamas with small white
    # pandas. "she" in the answer is right for the photo.
    case(
        "X1202-022",
        caption("a little girl wearing pajamas with pandas on them"),
        wearing("she is wearing pajamas with pandas", who="he"),
        color_of("top", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pajamas", "pandas"),
        gender="Unisex",
        title="Nap Chief Unisex Kids White & Black Panda Print Night Suit",
        category="Night suits",
        color="White",
    ),
    # Baby boy sitting on the floor, light blue short-sleeve collared romper with white sailboats, snaps, white socks.
    case(
        "X1202-023",
        caption("a baby boy sitting on the floor in a blue romper"),
        wearing("a blue romper", who="he"),
        details("romper", "sailboats"),
        is_a("romper", "yes"),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("romper", "a blue romper with a collar"),
        gender="Boys",
        title="Mini Klub Boys Blue Sailboat Printed Cotton Romper",
        category="Rompers",
        color="Blue",
    ),
    # Back view: boy, plain grey melange back of a top whose rocket print is on the front (not visible), navy pyjamas.
    case(
        "X1202-024",
        caption("a young boy standing with his back to the camera"),
        wearing("pajamas", who="he"),
        color_of("top", "gray", kind="open"),
        details("top", "there is a dinosaur on the front", "unsupported"),
        color_of("pants", "blue", kind="open"),
        B.pattern("solid", "contradiction"),
        gender="Boys",
        title="Sweet Dreams Boys Grey Melange & Navy Rocket Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Girl (Unisex item, asked "he"), navy full-sleeve top and pyjamas with small yellow stars.
    case(
        "X1202-025",
        caption("a little girl in blue pajamas with stars on them"),
        wearing("he is wearing pajamas", "pronoun", who="he"),
        color_of("pajamas", "blue", kind="open"),
        B.pattern("printed"),
        B.material("cotton"),
        describe("pajamas", "blue pajamas with yellow stars"),
        gender="Unisex",
        title="Marks & Spencer Unisex Kids Navy Blue Star Print Pure Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Girl, fuchsia tank top with a white heart, black shorts with small pink hearts.
    case(
        "X1202-026",
        caption("a little girl in a pink tank top and black shorts"),
        wearing("a tank top and shorts", who="she"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        B.sleeve_length("sleeveless"),
        details("top", "hearts"),
        describe("shorts", "they are shorts", "non_answer"),
        gender="Girls",
        title="YK Girls Fuchsia & Black Printed Night Suit with Shorts",
        category="Night suits",
        color="Fuchsia",
    ),
    # Flat lay, no child: two pyjama bottoms, one blue tartan, one grey solid, elastic waists.
    case(
        "X1202-027",
        caption("two pairs of pajama pants on a white background"),
        wearing("pajama pants", who="he"),
        color_of("pants", "blue and gray", kind="open"),
        B.pattern("checked"),
        details("pants", "elastic waistband"),
        is_a("pair of shorts", "no"),
        gender="Boys",
        title="H&M Boys Pack of 2 Cotton Pyjama Bottoms",
        category="Pyjamas",
        color="Blue",
    ),
    # Girl in a lavender velour full-sleeve top and pants, hugging a white pillow.
    case(
        "X1202-028",
        caption("a little girl in purple pajamas holding a pillow"),
        wearing("pajamas", who="she"),
        B.pattern("solid"),
        color_of("pajamas", "purple", kind="open"),
        details("pajamas", "a pillow", "unsupported"),
        describe(
            "pajamas",
            "purple pajamas with purple pajamas with purple pajamas with purple pajamas with purple pajamas with "
            "purple pajamas with purple pajamas with",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        gender="Girls",
        title="Pine Kids Girls Lavender Solid Velour Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Boy in a Santa hat (prop), red full-sleeve top with white reindeer, red-and-white checked pants.
    case(
        "X1202-029",
        caption("a young boy wearing a santa hat and red pajamas"),
        wearing("a santa hat", "contradiction", who="he"),
        color_of("pants", "red and white", kind="open"),
        details("top", "reindeer"),
        is_a("night suit", "yes"),
        gender="Unisex",
        title="Superminis Unisex Kids Red Reindeer Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Girl, pink short-sleeve nightdress with a sleeping cat. Gender blank in the feed (asked "he"). The description
    # echoes the prompt format and repeats itself.
    case(
        "X1202-030",
        caption("a little girl in a pink nightgown with a cat on it"),
        wearing("a nightgown", who="he"),
        color_of("nightdress", "pink", kind="open"),
        details("nightdress", "a cat"),
        B.sleeve_length("sleeveless", "contradiction"),
        describe("nightdress", "a pink nightgown with a cat on it. Answer: a pink nightgown with a cat on it", "leak"),
        title="Mothercare Girls Pink Cat Printed Cotton Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Boy in blue lounge shorts with white sharks (the product), styled with a plain white tee, barefoot.
    case(
        "X1202-031",
        caption("a young boy wearing a white shirt and blue shorts"),
        wearing("shorts and a t-shirt", who="he"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "sharks"),
        B.garment_type("t-shirt", "contradiction"),
        describe("shorts", "blue shorts with sharks on them and a white t-shirt with sharks on it", "unsupported"),
        gender="Boys",
        title="YK Boys Blue Shark Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
    ),
    # Flat lay: two short-sleeve bodysuits, white with "hello world", grey melange plain.
    case(
        "X1202-032",
        caption("two baby onesies with the words hello world"),
        wearing("a onesie", who="he"),
        color_of("bodysuit", "white and gray", kind="open"),
        details("bodysuit", "hello world"),
        describe("bodysuit", "it is a bodysuit", "restated"),
        B.sleeve_length("short sleeves"),
        gender="Unisex",
        title="Mothercare Unisex Kids Pack of 2 White & Grey Bodysuits",
        category="Bodysuit",
        color="White",
    ),
    # Boy, green full-sleeve top with a black dinosaur, black pants with elastic waist. Description cut at the limit.
    case(
        "X1202-033",
        caption("a young boy in green and black pajamas"),
        wearing("pajamas", who="he"),
        color_of("top", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        details("top", "dinosaur"),
        describe(
            "night suit",
            "the night suit is a two piece set with a long sleeve green top with a black dinosaur on the front and "
            "black pants with an elastic waist and",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Nap Chief Boys Green & Black Dinosaur Printed Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Girl with long hair and clips (Unisex item, asked "he"), grey melange top with yellow bees, yellow pants.
    case(
        "X1202-034",
        caption("a young boy in a gray shirt and yellow pants", "pronoun"),
        wearing("a shirt and pants", who="he"),
        color_of("pants", "gray", "other_garment_color", kind="open"),
        color_of("shirt", "gray", kind="open"),
        details("shirt", "bees"),
        gender="Unisex",
        title="Sweet Dreams Unisex Kids Grey Melange & Yellow Bee Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Girl sitting cross-legged, sky-blue full-sleeve top and pants with white clouds and rainbows.
    case(
        "X1202-035",
        caption("a little girl sitting on the floor in blue pajamas"),
        wearing("pajamas", who="she"),
        details("pajamas", "no", "non_answer"),
        color_of("pajamas", "blue", kind="open"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("cotton"),
        gender="Girls",
        title="Pine Kids Girls Blue Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Hanger shot on a white wall: peach sleeveless romper with white flamingos and frills at the shoulders. No
    # category column.
    case(
        "X1202-036",
        caption("a baby romper hanging on a wooden hanger"),
        wearing("a romper", who="he"),
        color_of("romper", "pink", kind="open"),
        details("romper", "flamingos and ruffles"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        describe(
            "romper",
            "a pink romper with flamingos on it. Question: what is the baby wearing? Answer: a pink romper",
            "leak",
        ),
        gender="Unisex",
        title="Mini Klub Unisex Kids Peach Flamingo Printed Sleeveless Romper",
        color="Peach",
    ),
    # Girl in pink lounge pants with white hearts (the product), styled with a white tee printed "Love".
    case(
        "X1202-037",
        caption("a little girl wearing a white shirt and pink pants"),
        wearing("pink pants and a white shirt", who="she"),
        color_of("pants", "pink", kind="open"),
        details("pants", "love", "unsupported"),
        describe("pants", "pink pants with white hearts"),
        B.garment_type("t-shirt", "contradiction"),
        gender="Girls",
        title="Hellcat Girls Pink Heart Printed Lounge Pants",
        category="Lounge Pants",
        color="Pink",
    ),
    # Boy in rainbow horizontal striped full-sleeve top and pants.
    case(
        "X1202-038",
        caption("a young boy in rainbow striped pajamas"),
        wearing("rainbow pajamas", who="he"),
        color_of(
            "pajamas",
            "red, orange, yellow, green, blue, purple, red, orange, yellow, green, blue, purple, red, orange, yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("striped"),
        details("pajamas", "rainbow"),
        B.sleeve_length("short sleeves", "contradiction"),
        gender="Unisex",
        title="YK Unisex Kids Multi Colour Rainbow Striped Night Suit",
        category="Night suits",
        color="Multi",
    ),
    # Toddler in a cream cable-knit cotton romper (full body, long sleeves, shoulder buttons), beige booties.
    # Product page: 100% cotton.
    case(
        "X1202-039",
        caption("a baby in a white knitted sweater", "contradiction"),
        wearing("a sweater and booties", "contradiction", who="he"),
        B.material("wool", "unsupported"),
        color_of("romper", "white", kind="open"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="Little Kangaroos Unisex Kids Cream-Coloured Cable Knit Romper",
        category="Rompers",
        color="Cream",
    ),
    # Boy with longish hair, navy button-down collared pyjama shirt with white piping and a pocket, full sleeves,
    # navy pants.
    case(
        "X1202-040",
        caption("a little girl in navy blue pajamas with white trim", "pronoun"),
        wearing("pajamas", who="he"),
        details(
            "shirt",
            "it has a collar and buttons down the front and white piping on the collar and the pocket and the "
            "sleeves and the pants and the",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        B.pattern("solid"),
        gender="Boys",
        title="Sweet Dreams Boys Navy Blue Solid Night Suit with Contrast Piping",
        category="Night suits",
        color="Navy Blue",
    ),
    # Girl, orange tee with a fox and "Sleepy Fox", white pyjamas with small orange foxes.
    case(
        "X1202-041",
        caption("a little girl in an orange shirt with a fox on it"),
        wearing("an orange shirt and white pants", who="she"),
        color_of("pants", "orange", "other_garment_color", kind="open"),
        details("shirt", "sleepy fox"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="Hopscotch Girls Orange & White Fox Printed Night Suit",
        category="Night suits",
        color="Orange",
    ),
    # Girl in a white lounge tee (the product) printed "sleepy head" in pink, styled with pink shorts.
    case(
        "X1202-042",
        caption("a little girl in a white shirt and pink shorts"),
        wearing("a t-shirt and shorts", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shirt", "sleepy head"),
        B.garment_type("t-shirt"),
        gender="Girls",
        title="Pine Kids Girls White Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Toddler boy in a teal zip sleepsuit with feet and small white whales, white zip.
    case(
        "X1202-043",
        caption("a baby boy in a blue onesie with a zipper"),
        wearing("a onesie", who="he"),
        color_of("sleepsuit", "blue Question: What is the color of the zipper? Answer: white", "leak", kind="open"),
        details("sleepsuit", "whales"),
        describe("sleepsuit", "a sleepsuit", "non_answer"),
        is_a("romper", "yes"),
        gender="Unisex",
        title="YK Unisex Kids Teal Blue Whale Printed Zip Sleepsuit",
        category="Sleepsuit",
        color="Teal",
    ),
    # Girl, navy full-sleeve top with pink hearts, pink pants with cuffed ankles.
    case(
        "X1202-044",
        caption("a little girl in a blue shirt and pink pants"),
        wearing("a blue shirt and pink pants", who="she"),
        details("pants", "pants details", "non_answer"),
        color_of("top", "navy blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        B.sleeve_length("long sleeves"),
        gender="Girls",
        title="Bodycare Kids Girls Navy Blue & Pink Heart Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Boy holding a brown teddy bear, off-white full-sleeve top with small brown teddies, brown pants with a white
    # waistband, white socks. The caption runs to the limit; the wearing answer names the toy.
    case(
        "X1202-045",
        caption(
            "a young boy holding a teddy bear and wearing a white shirt with brown teddy bears on it and brown pants "
            "with a white waistband and brown cuffs on the sleeves and the pants and white socks on his feet and a",
            "cut",
            hit_limit=True,
        ),
        wearing("pajamas and a teddy bear", "contradiction", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        details("top", "teddy bears"),
        gender="Unisex",
        title="Nap Chief Unisex Kids Off White & Brown Teddy Printed Night Suit",
        category="Night suits",
        color="Off White",
    ),
]
