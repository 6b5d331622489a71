"""BLIND_1370 (45 products; Myntra kids' sleepwear, rompers and night suits, base zero-shot, pronoun questions): written
blind in the sixty-fourth session. Measured blind at d381b30 (the session's first rules): 56/80 failures found
(70.0%) and 20/225 correct texts flagged (8.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear (night suits, pyjamas, nightdresses, rompers, sleepsuits, bodysuits), most
rows Unisex, some Boys or Girls. Photos are the catalog's usual ones: a child on a plain white or grey backdrop
wearing the product (often with a styling tee or socks), babies lying or sitting on a sheet, a few flat lays, a back
view, leg crops for pyjama bottoms, and props (soft toys, a toy truck, a stool, a Christmas tree). Columns as the feed
has them: title, category (Myntra's article type), color (base colour), gender; a few rows miss one of them.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, no adapter, zero-shot, greedy decoding:
the caption from an empty prompt (50 new tokens at most), every question as "Question: ... Answer:" (30 new tokens at
most). The wearing question takes its pronoun from the gender column: "What is she wearing?" for Girls, "What is he
wearing?" for Boys and, as the job's default, for Unisex rows and rows with no gender. The color questions name the
piece the article type implies (top, pyjamas, shorts, shirt, pants, romper, sleepsuit, nightdress, bodysuit); the
closed questions (type, color, pattern, sleeve length) and material are free answers kept raw.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near hues are not errors: navy or sky blue called "blue", charcoal "grey", cream "white", peach or coral "pink",
coral "orange", teal "blue", maroon "red", mint "green". A color that belongs to another garment in the photo (the
styling tee, the other piece of the set) is other_garment_color; a color that belongs to nothing the product is (a
print's color for the ground) or a type, count or material the title contradicts is contradiction; a prop or accessory
answered as the garment is contradiction; a detail the photo does not show (bow, collar, hood, pockets, zipper instead
of poppers, a material the title does not give and the photo does not suggest) is unsupported. A sleeve length the photo
contradicts, or one garment named for a pack of two or three, is contradiction. "Cotton" for a plain jersey sleep set
whose title gives no material is left unmarked (it is what such sets are, and the photo suggests it). A he/she, boy/girl
or woman that the photo or the gender column contradicts is pronoun, also when the Unisex default put "he" in the prompt
and the child shown is a girl; "baby boy" on a Unisex infant whose sex the photo cannot show is left unmarked. A wearing
answer for a flat lay that names the product is correct; "nothing" is non_answer. An answer that only gives back the
garment named in the question is restated; "yes", "no", "none", "i don't know" to an open question are non_answer. Loops
and cuts ran to the 30-token limit (hit_limit) unless noted; a text with a loop and a prompt leak is labeled by the
first thing that goes wrong. About a quarter of the texts are wrong: the untuned base answers short questions well, and
fails mostly on colors, invented details and long descriptions.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1370 = [
    # Photo: boy on a grey backdrop, navy short-sleeve tee with a white rocket print, navy pyjamas with small rockets.
    # All texts: base blip2-opt-2.7b, zero-shot.
    case(
        "X1370-001",
        caption("a young boy in navy blue pajamas with rockets on them"),
        wearing("pajamas", who="he"),
        color_of("top", "blue", kind="open"),
        color_of("pyjamas", "blue", kind="open"),
        describe("top", "a blue t - shirt with a rocket on it"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Unisex",
        title="YK Unisex Kids Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: girl on white, pink short-sleeve top with a white unicorn, pink-and-white striped pyjama bottoms. No bow
    # anywhere. All texts: base, zero-shot.
    case(
        "X1370-002",
        caption("a little girl wearing pink pajamas with a unicorn on the shirt"),
        wearing("pink pajamas", who="she"),
        color_of("top", "pink", kind="open"),
        color_of("pyjamas", "pink", kind="open"),
        Q.pattern("stripes"),
        Q.sleeve_length("short sleeves"),
        details("top", "the top has a unicorn on it and a bow on the neck", "unsupported"),
        describe("pyjamas", "pink and white stripes"),
        gender="Girls",
        title="Sweet Dreams Girls Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: baby lying on a white sheet, yellow half-sleeve romper with a white giraffe print, poppers at the crotch.
    # All texts: base, zero-shot.
    case(
        "X1370-003",
        caption("a baby in a yellow onesie with giraffes on it"),
        wearing("a onesie", who="he"),
        color_of("romper", "yellow", kind="open"),
        describe("romper", "a yellow romper with giraffes on it"),
        details("romper", "romper", "restated"),
        is_a("romper", "yes"),
        Q.material("cotton"),
        Q.garment_type("onesie"),
        gender="Unisex",
        title="Babyhug Unisex Infant Cotton Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Photo: boy, grey melange tee with navy stripes, solid navy shorts. All texts: base, zero-shot.
    case(
        "X1370-004",
        caption("a boy in a grey and blue striped shirt and blue shorts"),
        wearing("a striped shirt and shorts", who="he"),
        color_of("top", "grey", kind="open"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        describe(
            "top",
            "grey and blue stripes grey and blue stripes grey and blue stripes grey and blue stripes grey and blue"
            " stripes grey and blue stripes grey and blue stripes grey and",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "they are shorts", "restated"),
        Q.pattern("striped"),
        gender="Boys",
        title="Hopscotch Boys Striped T-shirt with Shorts Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: girl in a lavender knee-length nightdress with white stars and short puff sleeves, hugging a white
    # plush bunny. Round neck, no collar. All texts: base, zero-shot.
    case(
        "X1370-005",
        caption("a little girl in a purple nightgown holding a stuffed bunny"),
        wearing("a stuffed bunny", "contradiction", who="she"),
        color_of("nightdress", "purple", kind="open"),
        Q.garment_type("nightgown"),
        Q.sleeve_length("short"),
        describe("nightdress", "it is a purple nightgown with white stars and a white collar", "unsupported"),
        gender="Girls",
        title="max Girls Printed Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Photo: flat lay of the two sets of the pack, a red top with red check pyjamas and a blue top with blue check
    # pyjamas. All texts: base, zero-shot.
    case(
        "X1370-006",
        caption("two pairs of pajamas laid out on a white background"),
        wearing("pajamas", who="he"),
        color_of("top", "red and blue", kind="open"),
        describe("night suit", "a red and blue plaid pajama set", "contradiction"),
        details("night suit", "no", "non_answer"),
        is_a("night suit", "yes"),
        Q.pattern("plaid"),
        gender="Unisex",
        title="Kids On Board Unisex Kids Pack of 2 Checked Night Suits",
        category="Night suits",
        color="Multi",
    ),
    # Photo: flat lay, white footed sleepsuit with small grey elephants, press-studs down the front, long sleeves.
    # All texts: base, zero-shot.
    case(
        "X1370-007",
        caption("a white baby onesie with elephants on it"),
        wearing("a onesie", who="he"),
        color_of("sleepsuit", "white", kind="open"),
        Q.material("polyester", "contradiction"),
        details("sleepsuit", "it has a zipper on the front", "unsupported"),
        Q.sleeve_length("long sleeves"),
        describe(
            "sleepsuit",
            "a white onesie with grey elephants on it and a white onesie with grey elephants on it and a white onesie"
            " with grey",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Marks & Spencer Unisex Kids Pure Cotton Elephant Print Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Photo: boy in a plain white styling tee and the product, navy pyjama pants with a yellow dinosaur print.
    # All texts: base, zero-shot.
    case(
        "X1370-008",
        caption("a young boy wearing a white t - shirt and blue pajama pants"),
        wearing("a white shirt and blue pants", who="he"),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        describe("pyjamas", "blue pants with dinosaurs on them"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("blue"),
        gender="Boys",
        title="Gini and Jony Boys Dinosaur Print Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: baby sitting on a bed, pale peach (pinkish) short-sleeve bodysuit, plain, envelope neck, white socks.
    # All texts: base, zero-shot.
    case(
        "X1370-009",
        caption("a baby sitting on a bed wearing a pink onesie"),
        wearing("a onesie", who="he"),
        color_of("bodysuit", "pink", kind="open"),
        describe(
            "bodysuit",
            "a pink onesie with a pink onesie with a pink onesie with a pink onesie with a pink onesie with a pink"
            " onesie with",
            "loop",
            hit_limit=True,
        ),
        details("bodysuit", "onesie", "restated"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Unisex",
        title="Tiny Giggles Unisex Infant Solid Cotton Bodysuit",
        category="Bodysuit",
        color="Peach",
    ),
    # Photo: girl on white, sea-green long-sleeve round-neck top with a small white floral print, sea-green pyjamas.
    # All texts: base, zero-shot.
    case(
        "X1370-010",
        caption("a young girl in green pajamas with flowers"),
        wearing("green pajamas", who="she"),
        color_of("top", "green", kind="open"),
        color_of("pyjamas", "green", kind="open"),
        details("top", "the top has a round neck and long sleeves"),
        Q.material("cotton"),
        Q.sleeve_length("long"),
        Q.color("white", "contradiction"),
        gender="Girls",
        title="Bodycare Kids Girls Pure Cotton Floral Print Night Suit",
        category="Night suits",
        color="Sea Green",
    ),
    # Photo: back view of a boy, olive tee with a dinosaur print on the back, black shorts. All texts: base,
    # zero-shot.
    case(
        "X1370-011",
        caption("the back of a boy wearing a green shirt and black shorts"),
        wearing("a green shirt and black shorts", who="he"),
        color_of("top", "green", kind="open"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        describe(
            "top",
            "a green t - shirt with a dinosaur on the back Question: What is the color of the shorts? Answer: black",
            "leak",
        ),
        Q.material("cotton"),
        gender="Boys",
        title="YK Boys Dinosaur Print Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Photo: toddler girl (long hair, two clips) in a grey melange full-sleeve hooded romper with bear ears on the
    # hood and a front zip. Unisex row, so the prompt says "he". All texts: base, zero-shot.
    case(
        "X1370-012",
        caption("a little girl wearing a grey bear costume"),
        wearing("he is wearing a bear costume", "pronoun", who="he"),
        color_of("romper", "grey", kind="open"),
        details("romper", "it has a hood with ears and a zipper"),
        is_a("romper", "no", "contradiction"),
        Q.sleeve_length("long sleeves"),
        describe(
            "romper",
            "a grey romper with a hood that has bear ears on it and a zipper down the front and the sleeves are long"
            " and the legs are long and the",
            "cut",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Hopscotch Unisex Kids Hooded Bear Ears Romper",
        category="Rompers",
        color="Grey Melange",
    ),
    # Photo: girl in a peach satin set, button-front shirt with a notch collar and white piping, matching shorts.
    # All texts: base, zero-shot.
    case(
        "X1370-013",
        caption("a little girl in a pink satin pajama set"),
        wearing("pajamas", who="she"),
        color_of("shirt", "pink", kind="open"),
        Q.material("satin"),
        describe("shirt", "a pink shirt with buttons and a collar"),
        details("shorts", "shorts", "restated"),
        Q.sleeve_length("short sleeves"),
        gender="Girls",
        title="Sweet Dreams Girls Satin Shirt and Shorts Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: flat lay of three footed sleepsuits (white, sky blue, grey with white stars), poppers down the front.
    # All texts: base, zero-shot.
    case(
        "X1370-014",
        caption("three baby onesies on a white background"),
        wearing("onesies", who="he"),
        color_of("sleepsuit", "blue and white", kind="open"),
        details("sleepsuit", "the onesies have snaps on the front and feet"),
        is_a("sleepsuit", "yes"),
        Q.material("cotton"),
        describe("sleepsuit", "a white onesie with a star on it", "contradiction"),
        gender="Unisex",
        title="Babyhug Unisex Infants Pack of 3 Cotton Sleepsuits",
        category="Sleepsuit",
        color="Multi",
    ),
    # Photo: boy on white, white graphic tee (styling) and charcoal lounge pants with thin white pinstripes,
    # drawstring, side pockets. All texts: base, zero-shot.
    case(
        "X1370-015",
        caption("a boy in a white shirt and grey pants standing in front of a white wall"),
        wearing("a white shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        Q.garment_type("pants"),
        Q.pattern("striped"),
        details("pants", "the pants have a drawstring and pockets on the side"),
        gender="Unisex",
        title="Mothercare Unisex Kids Striped Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
    ),
    # Photo: girl, yellow tee with "sleepy" and a moon, white pyjamas with small yellow moons and stars.
    # All texts: base, zero-shot.
    case(
        "X1370-016",
        caption("a little girl in yellow pajamas with the word sleepy on it"),
        wearing("a yellow shirt and white pants", who="she"),
        color_of("top", "yellow", kind="open"),
        color_of("pyjamas", "yellow", "other_garment_color", kind="open"),
        describe("top", "it says sleepy on it"),
        details(
            "pyjamas",
            "the pajamas have a yellow moon and stars and a yellow moon and stars and a yellow moon and stars and a"
            " yellow moon and stars and a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Luke and Lilly Girls Moon Print Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: boy with long curly hair, blue tee with a car print, blue check pyjamas. All texts: base, zero-shot.
    case(
        "X1370-017",
        caption("a little girl in blue pajamas with cars on them", "pronoun"),
        wearing("pajamas", who="he"),
        color_of("top", "blue", kind="open"),
        color_of("pyjamas", "blue", kind="open"),
        Q.pattern("plaid"),
        Q.material("cotton"),
        details("pyjamas", "yes", "non_answer"),
        gender="Boys",
        title="Nauti Nati Boys Cotton Car Print Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: toddler boy in a sleeveless mustard romper buttoned at the shoulders, over a white short-sleeve tee.
    # All texts: base, zero-shot.
    case(
        "X1370-018",
        caption("a little boy in a yellow romper and a white shirt"),
        wearing("overalls", who="he"),
        color_of("romper", "yellow", kind="open"),
        color_of("shirt", "yellow", "other_garment_color", kind="open"),
        details("romper", "it has a zipper on the back", "unsupported"),
        is_a("romper", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        gender="Unisex",
        title="612 league Unisex Kids Solid Cotton Romper",
        category="Rompers",
        color="Mustard",
    ),
    # Photo: boy, green long-sleeve top with a roaring tiger face, dark green pyjama bottoms. All texts: base,
    # zero-shot.
    case(
        "X1370-019",
        caption("a young boy in green pajamas with a tiger on the front"),
        wearing("a green shirt with a tiger on it", who="he"),
        color_of("top", "green", kind="open"),
        describe(
            "top",
            "a green long sleeve shirt with a tiger on the front and the tiger has its mouth open and it looks like it"
            " is roaring and the tiger is",
            "cut",
            hit_limit=True,
        ),
        details("top", "there is a tiger"),
        Q.garment_type("shirt", "contradiction"),
        gender="Boys",
        title="H&M Boys Tiger Print Pyjama Set",
        category="Night suits",
        color="Green",
    ),
    # Photo: flat lay, blue-and-white striped button-front shirt with a collar, plain blue pyjama pants. No gender in
    # the row, so the prompt says "he". All texts: base, zero-shot.
    case(
        "X1370-020",
        caption("a blue and white striped pajama set on a white background"),
        wearing("nothing", "non_answer", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("shirt", "a blue and white striped shirt with a collar and buttons"),
        details("pants", "the pants are blue"),
        Q.pattern("striped"),
        title="Kids Ville Unisex Kids Striped Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: boy, red tee with a Spider-Man print, blue pyjama bottoms with a web print. All texts: base, zero-shot.
    case(
        "X1370-021",
        caption("a boy wearing spiderman pajamas"),
        wearing("spiderman pajamas", who="he"),
        color_of("top", "red", kind="open"),
        color_of("pyjamas", "red", "other_garment_color", kind="open"),
        describe("top", "a red t - shirt with spiderman on it"),
        is_a("night suit", "yes"),
        Q.color("red"),
        details("pyjamas", "pajamas", "restated"),
        gender="Boys",
        title="Kids Ville Boys Spider-Man Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: girl in an ankle-length sleeveless white nightdress with tiny pink flowers and pink lace at the hem.
    # No bow. All texts: base, zero-shot.
    case(
        "X1370-022",
        caption("a little girl in a white dress"),
        wearing("a white dress", who="she"),
        color_of("nightdress", "white", kind="open"),
        Q.color("pink", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details("nightdress", "it has lace on the bottom"),
        describe(
            "nightdress", "it is a white dress with pink flowers on it and a pink bow on the front", "unsupported"
        ),
        gender="Girls",
        title="Cherry Crumble Girls Floral Lace Trim Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Photo: baby sitting on an adult's lap (the adult's jeans fill the lower frame), sky-blue short-sleeve romper
    # with white clouds. All texts: base, zero-shot.
    case(
        "X1370-023",
        caption("a baby sitting on a person's lap"),
        wearing("a blue onesie", who="he"),
        color_of("romper", "blue", kind="open"),
        describe("romper", "blue jeans", "contradiction"),
        Q.pattern("clouds"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Unisex",
        title="Mini Klub Unisex Infant Cloud Print Romper",
        category="Rompers",
        color="Blue",
    ),
    # Photo: leg crop of a boy, maroon checked pyjama pants, elastic waist, no pockets; a white tee hem shows.
    # All texts: base, zero-shot.
    case(
        "X1370-024",
        caption("a woman wearing red plaid pajama pants", "pronoun"),
        wearing("pajama pants", who="he"),
        color_of("pyjamas", "red", kind="open"),
        Q.material("wool", "contradiction"),
        details("pyjamas", "the pajama pants have a drawstring waist and two pockets on the front", "unsupported"),
        Q.garment_type("pants"),
        gender="Boys",
        title="Bodycare Kids Boys Pure Cotton Checked Pyjamas",
        category="Pyjamas",
        color="Maroon",
    ),
    # Photo: girl sitting on a white stool, pink Peppa Pig tee, plain pink shorts. All texts: base, zero-shot.
    case(
        "X1370-025",
        caption("a little girl sitting on a stool wearing a peppa pig shirt"),
        wearing("she is wearing a peppa pig shirt and pink shorts", who="she"),
        color_of("shorts", "pink", kind="open"),
        color_of("top", "pink", kind="open"),
        describe("shorts", "pink Question: What color are the shorts? Answer: pink", "leak"),
        is_a("night suit", "no", "contradiction"),
        gender="Girls",
        title="Babyhug Girls Peppa Pig Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: girl of about six in a pink fleece unicorn onesie, hood with a horn, front zip. Unisex row, prompt "he".
    # All texts: base, zero-shot.
    case(
        "X1370-026",
        caption("a little girl in a pink unicorn costume"),
        wearing("a unicorn costume", who="he"),
        color_of("onesie", "pink", kind="open"),
        Q.material("fleece"),
        details("onesie", "the onesie has a horn on the hood and a zipper on the front"),
        Q.sleeve_length("long"),
        describe(
            "onesie",
            "a pink unicorn onesie with a pink unicorn onesie with a pink unicorn onesie with a pink unicorn onesie"
            " with a",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        title="YK Unisex Kids Unicorn Hooded Fleece Onesie",
        category="Sleepsuit",
        color="Pink",
    ),
    # Photo: boy, navy long-sleeve top with a white polar bear, grey melange pyjamas with a navy waistband.
    # All texts: base, zero-shot.
    case(
        "X1370-027",
        caption("a boy in a blue and gray pajama set with a polar bear on the front"),
        wearing("a blue shirt and grey pants", who="he"),
        color_of("top", "blue", kind="open"),
        color_of("pyjamas", "blue", "other_garment_color", kind="open"),
        describe("pyjamas", "grey pants with a blue waistband"),
        details("top", "polar bear"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Hopscotch Boys Polar Bear Print Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: girl (long braid), teal tee with "dream big", teal-and-white striped pyjamas. Unisex row, prompt "he".
    # All texts: base, zero-shot.
    case(
        "X1370-028",
        caption("a little boy in a teal pajama set with the words dream big", "pronoun"),
        wearing("pajamas", who="he"),
        color_of("top", "blue", kind="open"),
        color_of("pyjamas", "blue and white", kind="open"),
        details("top", "it says dream big"),
        describe("pyjamas", "blue and white striped pajama pants Answer: blue and white striped pajama pants", "leak"),
        Q.material("polyester", "unsupported"),
        gender="Unisex",
        title="Sweet Dreams Unisex Kids Typography Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Photo: flat lay, lilac top with a plain cat face (no crown), lilac polka-dot pyjamas. All texts: base,
    # zero-shot.
    case(
        "X1370-029",
        caption("a pair of pajamas with a cat on it"),
        wearing("a cat shirt", who="she"),
        color_of("top", "purple", kind="open"),
        color_of("pyjamas", "purple", kind="open"),
        Q.pattern("polka dots"),
        describe("top", "a purple shirt with a cat on it and the cat is wearing a crown", "unsupported"),
        Q.sleeve_length("short sleeves"),
        gender="Girls",
        title="Gini and Jony Girls Cat Print Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: boy next to a Christmas tree, red-and-black check flannel shirt with collar, buttons and a chest pocket,
    # matching pants with an elastic waist (no drawstring, no cuffs). All texts: base, zero-shot.
    case(
        "X1370-030",
        caption("a young boy in red plaid pajamas standing next to a christmas tree"),
        wearing("christmas pajamas", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "red", kind="open"),
        details("shirt", "the shirt has a collar and buttons and a pocket on the chest"),
        describe(
            "pants",
            "red and black plaid pajama pants with an elastic waistband and a drawstring and cuffs at the ankles and"
            " they look like they are made of",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Boys",
        title="Tales & Stories Boys Checked Cotton Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: boy in a plain grey melange long-sleeve top (ribbed cuffs, round neck) and matching joggers. The row
    # has no color column. All texts: base, zero-shot.
    case(
        "X1370-031",
        caption("a young boy in a grey sweatshirt and sweatpants"),
        wearing("a grey sweatsuit", who="he"),
        color_of("top", "grey", kind="open"),
        Q.garment_type("pajamas"),
        describe(
            "top",
            "a grey long sleeve shirt with a grey long sleeve shirt with a grey long sleeve shirt with a grey long"
            " sleeve shirt with a grey long sleeve",
            "loop",
            hit_limit=True,
        ),
        details("top", "there are no details", "non_answer"),
        gender="Unisex",
        title="Kids On Board Unisex Kids Solid Night Suit",
        category="Night suits",
    ),
    # Photo: infant lying on a bed, white top with small orange foxes, solid orange pants. Unisex, the baby's sex
    # cannot be seen. All texts: base, zero-shot.
    case(
        "X1370-032",
        caption("a baby boy laying on a bed in a white shirt with foxes on it"),
        wearing("pajamas", who="he"),
        color_of("top", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("pants", "orange"),
        Q.material("cotton"),
        details("top", "foxes Question: What is the color of the pants? Answer: orange", "leak"),
        gender="Unisex",
        title="Babyhug Unisex Infant Cotton Fox Print Night Suit",
        category="Night suits",
        color="White",
    ),
    # Photo: baby on a white blanket, mint footed sleepsuit with small white stars, zip front, no hood.
    # All texts: base, zero-shot.
    case(
        "X1370-033",
        caption("a baby in a blue sleeper on a white blanket", "contradiction"),
        wearing("a green onesie", who="he"),
        color_of("sleepsuit", "green", kind="open"),
        details("sleepsuit", "the onesie has a zipper and feet"),
        describe("sleepsuit", "a green onesie with a zipper and feet and a hood", "unsupported"),
        is_a("sleepsuit", "yes"),
        gender="Unisex",
        title="Chicco Unisex Infant Star Print Zip Sleepsuit",
        category="Sleepsuit",
        color="Green",
    ),
    # Photo: girl in a white styling tank top and the product, pink pyjama pants with white hearts, plain elastic
    # waist. All texts: base, zero-shot.
    case(
        "X1370-034",
        caption("a little girl in a white tank top and pink pajama pants"),
        wearing("a white tank top and pink pants", who="she"),
        color_of("pyjamas", "pink", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("pants"),
        Q.pattern("hearts"),
        details("pyjamas", "the pants have pockets on the sides and a bow on the front", "unsupported"),
        gender="Girls",
        title="Luke and Lilly Girls Heart Print Pyjamas",
        category="Pyjamas",
        color="Pink",
    ),
    # Photo: two boys side by side, one in a blue set with rockets, one in a green set with dinosaurs.
    # All texts: base, zero-shot.
    case(
        "X1370-035",
        caption("two young boys in pajamas standing next to each other"),
        wearing("pajamas", who="he"),
        color_of("top", "blue and green", kind="open"),
        describe("night suit", "pajamas", "restated"),
        is_a("night suit", "yes"),
        Q.garment_type("pajamas"),
        details("top", "none", "non_answer"),
        gender="Boys",
        title="Kids On Board Boys Pack of 2 Printed Night Suits",
        category="Night suits",
        color="Multi",
    ),
    # Photo: boy, black tee with a neon-green "GAME ON" print, black shorts with green side piping. The fabric is
    # matte jersey. All texts: base, zero-shot.
    case(
        "X1370-036",
        caption("a boy in a black t - shirt with the words game on it"),
        wearing("a black shirt and black shorts", who="he"),
        color_of("top", "black", kind="open"),
        color_of("shorts", "black", kind="open"),
        details("shorts", "the shorts have green stripes on the side"),
        Q.pattern("graphic"),
        Q.material("silk", "unsupported"),
        describe(
            "top", "a black t - shirt with green letters that say game on and a video game controller", "unsupported"
        ),
        gender="Boys",
        title="Sweet Dreams Boys Gaming Print Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: back view of a short-haired girl in a long-sleeve navy nightdress with white stars, a teddy bear held in
    # front of her (only its ears show over her shoulder). All texts: base, zero-shot.
    case(
        "X1370-037",
        caption("the back of a little boy in a blue nightgown", "pronoun"),
        wearing("a nightgown", who="she"),
        color_of("nightdress", "blue", kind="open"),
        Q.sleeve_length("long sleeves"),
        details("nightdress", "i don't know", "non_answer"),
        describe("nightdress", "it is a blue nightgown with white stars and a teddy bear on the front", "unsupported"),
        gender="Girls",
        title="Mothercare Girls Star Print Nightdress",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Photo: baby crawling on a wooden floor, blue short romper with a whale print, poppers at the crotch. The row has
    # no gender. All texts: base, zero-shot.
    case(
        "X1370-038",
        caption("a baby crawling on the floor in a blue romper with whales"),
        wearing("a blue romper", who="he"),
        color_of("romper", "blue", kind="open"),
        describe(
            "romper",
            "the romper is blue and has whales on it and it has buttons on the bottom and it is made of cotton and it"
            " is very soft and",
            "cut",
            hit_limit=True,
        ),
        is_a("romper", "yes"),
        details("romper", "nothing", "non_answer"),
        title="Hopscotch Infant Whale Print Romper",
        category="Rompers",
        color="Blue",
    ),
    # Photo: girl, coral tee with white "Good Night", coral-and-white check pyjamas. All texts: base, zero-shot.
    case(
        "X1370-039",
        caption("a little girl in a pink shirt that says good night"),
        wearing("pink pajamas", who="she"),
        color_of("top", "orange", kind="open"),
        color_of("pyjamas", "pink and white", kind="open"),
        details(
            "top",
            "it says good night on the front Question: What is the color of the pajamas? Answer: pink and white"
            " Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        gender="Girls",
        title="YK Girls Typography Print Night Suit",
        category="Night suits",
        color="Coral",
    ),
    # Photo: toddler boy in a cream waffle-knit long-sleeve top and matching pants. All texts: base, zero-shot.
    case(
        "X1370-040",
        caption("a little boy in a white sweater and pants"),
        wearing("a white sweater", who="he"),
        color_of("top", "white", kind="open"),
        Q.material("wool", "unsupported"),
        Q.pattern("solid"),
        details("top", "it has a waffle pattern"),
        color_of("pants", "white", kind="open"),
        Q.garment_type("sweater", "contradiction"),
        gender="Unisex",
        title="Mini Klub Unisex Kids Waffle Knit Night Suit",
        category="Night suits",
        color="Cream",
    ),
    # Photo: boy sitting on the floor with a toy truck, sky-blue tee with a shark, navy shorts with small sharks.
    # All texts: base, zero-shot.
    case(
        "X1370-041",
        caption("a boy sitting on the floor playing with a toy truck"),
        wearing("a blue shirt and shorts", who="he"),
        color_of("top", "blue", kind="open"),
        color_of("shorts", "blue", kind="open"),
        describe("top", "a blue t - shirt with a shark on it"),
        details("shorts", "they have sharks on them"),
        gender="Boys",
        title="Gini and Jony Boys Shark Print Shorts Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: girl, light-blue tee with an Elsa print (Elsa only), purple pyjamas with white snowflakes.
    # All texts: base, zero-shot.
    case(
        "X1370-042",
        caption("a little girl wearing a frozen shirt and purple pants"),
        wearing("frozen pajamas", who="she"),
        color_of("top", "blue", kind="open"),
        color_of("pyjamas", "blue", "other_garment_color", kind="open"),
        describe("pyjamas", "purple pants with snowflakes on them"),
        details(
            "top",
            "elsa, anna, olaf, elsa, anna, olaf, elsa, anna, olaf, elsa, anna, olaf, elsa, anna",
            "loop",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        gender="Girls",
        title="Kids Ville Girls Frozen Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: baby girl with a pink bow headband, sleeveless white romper with small grey bunnies. Unisex row, prompt
    # "he"; the pronoun is not in the answer. All texts: base, zero-shot.
    case(
        "X1370-043",
        caption("a baby girl wearing a white romper and a pink headband"),
        wearing("a headband", "contradiction", who="he"),
        color_of("romper", "white", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("romper", "white with bunnies"),
        details("romper", "it's a romper", "restated"),
        gender="Unisex",
        title="Babyhug Unisex Infant Bunny Print Sleeveless Romper",
        category="Rompers",
        color="White",
    ),
    # Photo: boy, rainbow-striped long-sleeve top and matching pyjamas (red, orange, yellow, green, blue, purple).
    # All texts: base, zero-shot.
    case(
        "X1370-044",
        caption("a young boy in rainbow striped pajamas"),
        wearing("rainbow pajamas", who="he"),
        color_of("top", "rainbow", kind="open"),
        color_of("pyjamas", "rainbow", kind="open"),
        Q.pattern("stripes"),
        Q.color(
            "red, orange, yellow, green, blue, purple, red, orange, yellow, green, blue, purple, red, orange, yellow",
            "loop",
            hit_limit=True,
        ),
        details("pyjamas", "the pajamas are striped"),
        gender="Unisex",
        title="Tiny Giggles Unisex Kids Rainbow Striped Night Suit",
        category="Night suits",
        color="Multi",
    ),
    # Photo: boy, navy long-sleeve henley top with three buttons, navy-and-white check pyjamas. The row has no category.
    # All texts: base, zero-shot.
    case(
        "X1370-045",
        caption("a young boy in a blue shirt and plaid pajama pants"),
        wearing("she is wearing a blue shirt and plaid pants", "pronoun", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue and white", kind="open"),
        details("shirt", "the shirt has three buttons on the front"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves", "contradiction"),
        gender="Boys",
        title="max Boys Cotton Henley Checked Night Suit",
        color="Navy Blue",
    ),
]
