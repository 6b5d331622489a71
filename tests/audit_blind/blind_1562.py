"""BLIND_1562 (45 products; Myntra kids' sleepwear, rompers and night suits, base zero-shot, pronoun questions): written
blind in the sixty-sixth session. Measured blind at d0844da (the session's third rules): 46/60 failures found (76.7%)
and 36/213 correct texts flagged (16.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear (night suits, pyjama sets, nightdresses, rompers, sleepsuits, bodysuits,
lounge pants and shorts), for boys, girls and unisex. The photos are the catalog's usual shots: a child model on a
plain white or grey backdrop, often wearing a tee or cap that is not the product, now and then with a plush toy or an
eye mask as a prop, two siblings in matching sets, a back view, and flat lays for most infant rompers, sleepsuits and
packs. Columns as the feed has them: title, category (Myntra article type), color (base colour), gender (Boys, Girls,
Unisex); a few rows lack one of them.
Who wrote what: everything is the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy: the caption with an empty
prompt (50 new tokens) and every answer with "Question: ... Answer:" (30 new tokens), one generate per prompt. The
wearing question uses a pronoun chosen from the gender column: "What is she wearing?" for Girls, "What is he
wearing?" for Boys, Unisex and a missing gender. The closed questions (garment type, color, pattern, sleeve length,
"Is this a ...?") were also generated freely and stored closed with the raw text kept; the garment color questions are
stored open. Generation mostly stops on the newline; where it did not, the model went on into a new "Question:".
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near shades count as right: peach or coral called pink or orange, lavender called purple, navy called blue, teal
called blue or green, maroon called red, grey melange called gray. "Onesie" for a romper, sleepsuit or bodysuit,
"nightgown" or "dress" for a nightdress, "pajamas" for a night suit or pyjama set, and "sweater" for a fleece night suit
top are right. "Pajamas" to the wearing question on a flat lay is right (it names the product). A color taken from a
tee, cap or other worn item that is not the product is other_garment_color; a color taken from a blanket, a plush toy or
a print's accent, or a wrong shade with no source in the photo, is contradiction. A wrong garment kind, sleeve length, a
"no" to the product's own kind, or one item described for a pack, is contradiction. A detail that is not in the photo (a
pocket, a hood, a back print on a front shot) or a fabric against the title is unsupported; "fabric" or "i don't know"
to the material question, "nothing" to the wearing question on a flat lay and an empty answer are non_answer; printed
text misread ("sleep more") or a print animal that is not there is unsupported; an answer that only gives the garment
back ("it is a night suit") is restated. A caption that calls a Girls product's child a boy, or the reverse, is pronoun;
for Unisex rows boy or girl is judged only against the photo. A text that ran into a new "Question:" is leak even when
its first words are right; loops and cut answers ran to the limit. Fewer than four in ten texts are wrong here: the
untuned model's short answers (pajamas, onesie, a color, yes) are mostly right on these simple catalog shots; its errors
gather in second-garment colors, sleeves, invented details and the longer answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1562 = [
    # Boy on a white backdrop, grey melange short-sleeve tee with a dinosaur print, navy pyjama pants with small
    # dinosaurs, barefoot. All texts: base BLIP-2 zero-shot.
    case(
        "X1562-001",
        caption("a young boy wearing a dinosaur pajama set"),
        wearing("pajamas", who="he"),
        color_of("top", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.pattern("dinosaur"),
        Q.sleeve_length("short sleeves"),
        gender="Boys",
        title="YK Boys Navy Blue & Grey Melange Dinosaur Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Girl holding a plush unicorn; pink full-sleeve top with a white unicorn print, white pyjamas with pink hearts; no
    # bow or hair accessory anywhere.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-002",
        caption("a little girl in pink pajamas holding a stuffed unicorn"),
        wearing("pajamas", who="she"),
        color_of("pajamas", "pink", kind="open"),
        describe("night suit", "a pink and white night suit with a unicorn and a pink bow", "unsupported"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        gender="Girls",
        title="Sweet Dreams Girls Pink & White Unicorn Printed Night suit",
        category="Night suits",
        color="Pink",
    ),
    # Boy, black short-sleeve tee with a Star Wars logo, plain grey pyjama pants; front view only.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-003",
        caption("a boy wearing a star wars t - shirt and pants"),
        wearing("star wars pajamas", who="he"),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details(
            "night suit",
            "the night suit has a star wars logo on the front and a darth vader mask on the back",
            "unsupported",
        ),
        is_a("night suit", "yes"),
        gender="Unisex",
        title="Nap Chief Kids Unisex Black & Grey Star Wars Printed Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Flat lay on white: yellow half-sleeve romper with a giraffe print and snap buttons at the crotch, no hood.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-004",
        caption("a yellow baby onesie with giraffes on it"),
        wearing("a onesie", who="he"),
        Q.garment_type("romper"),
        Q.color("yellow"),
        Q.pattern("giraffe"),
        describe("romper", "a yellow onesie with a giraffe on it and a hood", "unsupported"),
        Q.material("cotton"),
        gender="Unisex",
        title="BUMZEE Infants Kids Unisex Yellow Giraffe Printed Pure Cotton Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Girl in a knee-length sleeveless lavender cotton-jersey nightdress with a frill at the hem, white backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-005",
        caption("a little girl in a purple dress standing in front of a white wall"),
        wearing("a purple dress", who="she"),
        color_of("nightdress", "purple", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("nightdress", "ruffles at the bottom"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Hopscotch Girls Lavender Solid Cotton Nightdress",
        category="Nightdress",
        color="Lavender",
    ),
    # Two boys side by side, one in a blue Spider-Man full-sleeve pyjama set, the other in a red one.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-006",
        caption("two young boys wearing spiderman pajamas"),
        wearing("spiderman pajamas", who="he"),
        color_of("pajamas", "blue and red", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        details(
            "pyjama set",
            "spiderman on the front and spiderman on the back and spiderman on the sleeves and spiderman on the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Marks & Spencer Boys Pack of 2 Pure Cotton Spider-Man Printed Pyjama Sets",
        category="Night suits",
        color="Blue",
    ),
    # Flat lay: grey melange footed all-in-one sleepsuit, long sleeves, front zip, small white stars.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-007",
        caption("a gray baby onesie with white stars on it"),
        wearing("a onesie", who="he"),
        Q.color("gray"),
        Q.pattern("stars"),
        details("sleepsuit", "it has a zipper on the front and feet"),
        Q.sleeve_length("short sleeves", "contradiction"),
        gender="Unisex",
        title="H&M Kids Grey Melange Star Print Footed Sleepsuit",
        category="Sleepsuit",
        color="Grey Melange",
    ),
    # Boy in a blue-and-white striped full-sleeve pyjama shirt with a notch collar and buttons, no pocket, and
    # matching striped pants. All texts: base BLIP-2 zero-shot.
    case(
        "X1562-008",
        caption("a little boy in blue and white striped pajamas"),
        wearing("pajamas", who="he"),
        Q.pattern("striped"),
        color_of("shirt", "blue and white", kind="open"),
        describe("shirt", "a blue and white striped pajama shirt with a collar and buttons"),
        details("shirt", "the shirt has a pocket on the left chest", "unsupported"),
        Q.material("cotton"),
        gender="Boys",
        title="mackly Boys Blue & White Striped Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Girl in a peach short-sleeve tee with a Frozen (Elsa and Anna) print and peach-and-white checked shorts.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-009",
        caption("a little girl wearing a frozen t - shirt and shorts"),
        wearing("frozen pajamas", who="she"),
        color_of("t-shirt", "pink", kind="open"),
        color_of("shorts", "pink", kind="open"),
        Q.sleeve_length("short sleeves"),
        is_a("dress", "yes", "contradiction"),
        gender="Girls",
        title="Kids Ville Girls Peach-Coloured Frozen Printed Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Flat lay: white footed sleepsuit with a blue elephant print, envelope neck, long sleeves. The feed row has no
    # category. All texts: base BLIP-2 zero-shot.
    case(
        "X1562-010",
        caption("a white baby onesie with elephants on it"),
        wearing("a onesie", who="he"),
        color_of("sleepsuit", "white", kind="open"),
        describe("sleepsuit", "a white baby onesie with elephants on it"),
        Q.material("fabric", "non_answer"),
        Q.sleeve_length("long"),
        gender="Unisex",
        title="Babyhug Unisex Kids White Elephant Printed Full Sleeves Footed Sleepsuit",
        color="White",
    ),
    # Girl with a short bob, navy long-sleeve top with white moons, clouds and stars, navy pants with the same print.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-011",
        caption("a young boy in navy blue pajamas with clouds and moons", "pronoun"),
        wearing("pajamas", who="she"),
        color_of("top", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        Q.pattern("moon and stars"),
        details("pyjama set", "the pajamas have a moon and stars on them"),
        gender="Girls",
        title="Mothercare Girls Navy Blue Moon & Cloud Printed Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Boy in a white tee printed "SLEEP MODE ON" in olive letters and olive green cuffed pyjama joggers.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-012",
        caption("a boy wearing a white t - shirt and green pants"),
        wearing("a t - shirt and pants", who="he"),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("t-shirt", "it says sleep more", "unsupported"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="YK Boys White & Olive Green Typography Printed T-shirt with Pyjamas",
        category="Night suits",
        color="White",
    ),
    # Flat lay: teal sleeveless romper with short legs, white whale print, snaps on the shoulders.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-013",
        caption("a baby romper with whales on it"),
        wearing("a romper", who="he"),
        color_of("romper", "blue", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("romper", "it's a romper", "restated"),
        Q.garment_type("romper"),
        gender="Boys",
        title="Superminis Infant Boys Teal Whale Printed Sleeveless Cotton Romper",
        category="Rompers",
        color="Teal",
    ),
    # Girl holding a teddy bear, red-and-white gingham short-sleeve collared shirt with buttons, matching shorts.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-014",
        caption("a little girl in red and white checkered pajamas holding a teddy bear"),
        wearing("pajamas", who="she"),
        Q.pattern("plaid"),
        color_of("shorts", "red and white", kind="open"),
        describe("night suit", "the night suit is a night suit", "restated"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="Cherry Crumble Girls Red & White Checked Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Boy in a plain white tee (not the product) and grey melange joggers with a drawstring and side pockets.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-015",
        caption("a young boy in a white t - shirt and gray sweatpants"),
        wearing("a white t - shirt and gray pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("white", "other_garment_color"),
        details("pants", "drawstring waist and pockets"),
        Q.material("cotton"),
        gender="Boys",
        title="Bodycare Kids Boys Grey Melange Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Girl (a unisex product) in a maroon long-sleeve fleece top with a reindeer print and maroon cuffed pants.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-016",
        caption("a little girl in a maroon christmas sweater and pants"),
        wearing("a christmas sweater", who="he"),
        color_of("top", "red", kind="open"),
        Q.material("fleece"),
        Q.pattern("reindeer"),
        Q.sleeve_length("short sleeves", "contradiction"),
        gender="Unisex",
        title="Anthrilo Kids Unisex Maroon Reindeer Printed Fleece Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Back view: boy in a plain white tee (not the product) and charcoal grey shorts with an elastic waist.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-017",
        caption("the back of a boy wearing a white shirt and gray shorts"),
        wearing("shorts", who="he"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details(
            "shorts",
            "elastic waist Question: What is the color of the shirt? Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        Q.material("cotton"),
        gender="Boys",
        title="Pantaloons Junior Boys Charcoal Grey Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Charcoal",
    ),
    # Flat lay: two short-sleeve rompers side by side, one blue with a car print, one white with blue stripes.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-018",
        caption("two baby onesies with cars on them"),
        wearing("onesies", who="he"),
        Q.color("blue"),
        Q.pattern("cars"),
        is_a("romper", "yes"),
        details(
            "rompers",
            "there are two onesies, one is blue and one is white, one is blue and one is white, one is blue and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Miniklub Infant Boys Pack of 2 Printed Pure Cotton Rompers",
        category="Rompers",
        color="Blue",
    ),
    # Girl in a calf-length pink long-sleeve nightdress with a white frill collar and a bunny print.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-019",
        caption("a little girl in a pink nightgown with bunnies on it"),
        wearing("a nightgown", who="she"),
        color_of("nightdress", "pink", kind="open"),
        Q.sleeve_length("long sleeves"),
        describe("nightdress", "a pink nightgown with bunnies on it and a white collar"),
        Q.material("polyester", "unsupported"),
        gender="Girls",
        title="Marks & Spencer Girls Pink Bunny Print Cotton Rich Frill Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Boy in a navy crew-neck lounge tee with a small chest logo, worn with grey shorts (not the product).
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-020",
        caption("a boy wearing a navy blue t - shirt and gray shorts"),
        wearing("a t - shirt", who="he"),
        color_of("t-shirt", "navy blue", kind="open"),
        Q.sleeve_length("short"),
        details("t-shirt", "a logo on the chest"),
        describe("t-shirt", "a navy blue t - shirt with a white polo collar", "unsupported"),
        Q.garment_type("t - shirt"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Navy Blue Solid Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
    ),
    # Girl with short hair, blue short-sleeve tee with a cat print, blue-and-white checked pyjamas.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-021",
        caption("a young boy in blue pajamas with a cat on the shirt", "pronoun"),
        wearing("blue pajamas", who="she"),
        color_of("pajamas", "blue", kind="open"),
        Q.pattern("cat"),
        is_a("night suit", "no", "contradiction"),
        Q.sleeve_length("short sleeves"),
        gender="Girls",
        title="Sweet Dreams Girls Blue Cat Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Baby sitting on a blue blanket, white short-sleeve romper with a small green leaf embroidered on the chest.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-022",
        caption("a baby sitting on a blue blanket"),
        wearing("a white onesie", who="he"),
        color_of("romper", "blue", "contradiction", kind="open"),
        Q.material("cotton"),
        details("romper", "it has a leaf on the chest"),
        Q.sleeve_length("short sleeves"),
        gender="Unisex",
        title="Nino Bambino Infant Kids Unisex White Organic Cotton Romper",
        category="Rompers",
        color="White",
    ),
    # Boy in a green short-sleeve tee with a dinosaur print and white shorts with small green dinosaurs; front only.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-023",
        caption("a boy wearing a green t - shirt with dinosaurs and white shorts"),
        wearing("dinosaur pajamas", who="he"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        color_of("t-shirt", "green", kind="open"),
        Q.material("cotton"),
        describe(
            "night suit",
            "a green and white dinosaur night suit with a dinosaur on the front and a dinosaur on the back and a "
            "dinosaur on the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Hopscotch Boys Green & White Dinosaur Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Girl in a pink-and-white horizontally striped full-sleeve top and pants set, plain backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-024",
        caption("a little girl wearing pink and white striped pajamas"),
        wearing("pajamas", who="she"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        color_of("pajamas", "pink and white", kind="open"),
        details("pajamas", "", "non_answer"),
        gender="Girls",
        title="Babyhug Girls Pink & White Full Sleeves Striped Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Boy in a black short-sleeve tee with a yellow Batman logo and black pyjama pants with a small bat print.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-025",
        caption("a young boy wearing a batman shirt and pants"),
        wearing("batman pajamas", who="he"),
        color_of("shirt", "yellow", "contradiction", kind="open"),
        color_of("pants", "black", kind="open"),
        Q.sleeve_length("short"),
        is_a("night suit", "yes"),
        gender="Boys",
        title="Kids Ville Boys Black Batman Printed Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Girl in a white knee-length short-sleeve nightdress with a rainbow and cloud print.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-026",
        caption("a little girl wearing a white nightgown with a rainbow on it"),
        wearing(
            "a nightgown Question: What is the color of the nightgown? Answer: white Question: What is",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("nightdress", "white", kind="open"),
        Q.pattern("rainbow"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Girls",
        title="YK Girls White Rainbow Printed Pure Cotton Nightdress",
        category="Nightdress",
        color="White",
    ),
    # A boy and a girl in matching sets: maroon short-sleeve tees with a Hogwarts crest, maroon-and-gold checked pants.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-027",
        caption("two children wearing harry potter pajamas"),
        wearing("harry potter pajamas", who="he"),
        color_of("t-shirt", "red", kind="open"),
        color_of("pants", "red and yellow", kind="open"),
        Q.pattern("plaid"),
        details("night suit", "the hogwarts crest on the front of the shirt"),
        Q.material("fabric", "non_answer"),
        gender="Unisex",
        title="Nap Chief Kids Unisex Maroon Harry Potter Printed Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Boy in a plain white tee (not the product) and blue pyjama bottoms with a rocket print and elastic cuffs.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-028",
        caption("a boy in white shirt and blue pajama pants with rockets"),
        wearing("pajamas", who="he"),
        Q.color("white", "other_garment_color"),
        Q.pattern("rockets"),
        is_a("pair of pajamas", "yes"),
        Q.material("denim", "unsupported"),
        gender="Boys",
        title="H&M Boys Blue Rocket Print Cotton Pyjama Bottoms",
        category="Pyjamas",
        color="Blue",
    ),
    # Flat lay: two pairs of lounge shorts, a pink pair with white polka dots and a grey pair with pink hearts. The
    # feed row has no color. All texts: base BLIP-2 zero-shot.
    case(
        "X1562-029",
        caption("two pairs of shorts with hearts and polka dots"),
        wearing("shorts", who="she"),
        color_of("shorts", "pink and gray", kind="open"),
        Q.pattern("polka dots"),
        details("shorts", "they are shorts", "restated"),
        Q.material("cotton"),
        gender="Girls",
        title="Bodycare Kids Girls Pack Of 2 Printed Cotton Lounge Shorts",
        category="Lounge Shorts",
    ),
    # Boy with long curly hair, navy long-sleeve henley pyjama top (three navy buttons, no collar, no pocket) and
    # plain navy pants. All texts: base BLIP-2 zero-shot.
    case(
        "X1562-030",
        caption("a little girl in navy blue pajamas", "pronoun"),
        wearing("pajamas", who="he"),
        color_of("pajamas", "blue", kind="open"),
        describe("pyjama set", "navy blue pajamas with a white collar and white buttons and a pocket", "unsupported"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Boys",
        title="Marks & Spencer Boys Navy Blue Solid Pure Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Flat lay: two footed sleepsuits, mint green with white stars and white with green stripes, snap fronts.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-031",
        caption("two baby onesies laid out on a white surface"),
        wearing("onesies", who="he"),
        Q.color("green and white"),
        describe(
            "sleepsuits",
            "two baby onesies, one is green with white stars and the other is white with green stripes, they both "
            "have feet and snaps on the",
            "cut",
            hit_limit=True,
        ),
        is_a("sleepsuit", "yes"),
        gender="Unisex",
        title="Zeezeezoo Infant Kids Unisex Pack of 2 Footed Cotton Sleepsuits",
        category="Sleepsuit",
        color="Green",
    ),
    # Girl in a lavender short-sleeve tee printed "dream big" and lavender pants with white stars.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-032",
        caption("a girl wearing purple pajamas with stars"),
        wearing("purple pajamas", who="she"),
        details("t-shirt", "it says dream big"),
        color_of("pants", "purple", kind="open"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("pajamas"),
        gender="Girls",
        title="Cherry Crumble Girls Lavender Typography Printed Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Flat lay: three short-sleeve bodysuits with snaps at the crotch, one white, one grey, one blue with a bear.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-033",
        caption("three baby onesies"),
        wearing("onesies", who="he"),
        Q.color("white"),
        Q.pattern("bear"),
        describe("bodysuits", "a white onesie with a bear on it", "contradiction"),
        details("bodysuits", "they have snaps at the bottom"),
        gender="Boys",
        title="Mothercare Infant Boys Pack of 3 Short Sleeves Pure Cotton Bodysuits",
        category="Bodysuit",
        color="White",
    ),
    # Girl in a coral short-sleeve top with a cat print and coral-and-white striped capris.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-034",
        caption("a little girl wearing an orange shirt and striped pants"),
        wearing("a dress", "contradiction", who="she"),
        color_of("top", "orange", kind="open"),
        color_of("pants", "orange and white", kind="open"),
        Q.sleeve_length("short sleeves"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="YK Girls Coral & White Printed Top with Striped Capris Night Suit",
        category="Night suits",
        color="Coral",
    ),
    # Baby sitting on the floor in a mustard footless full-sleeve romper with a fox print, white socks and a white cap.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-035",
        caption("a baby in a yellow onesie sitting on the floor"),
        wearing("a yellow onesie and a white hat", who="he"),
        color_of("romper", "white", "other_garment_color", kind="open"),
        Q.material("i don't know", "non_answer"),
        Q.pattern("dogs", "unsupported"),
        Q.sleeve_length("long sleeves"),
        gender="Unisex",
        title="BUMZEE Infants Kids Unisex Mustard Fox Printed Full Sleeves Romper",
        category="Rompers",
        color="Mustard",
    ),
    # Girl with a navy eye mask pushed up on her forehead; navy long-sleeve top with white llamas, white pants with navy
    # llamas. All texts: base BLIP-2 zero-shot.
    case(
        "X1562-036",
        caption("a little girl in pajamas with a sleep mask on her head"),
        wearing("pajamas and a sleep mask", who="she"),
        color_of("top", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("pyjama set", "llamas"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="Mothercare Girls Navy Blue & White Llama Printed Pyjama Set with Eye Mask",
        category="Night suits",
        color="Navy Blue",
    ),
    # Boy, front view only: red short-sleeve tee with the Avengers logo, black pyjama pants with a small red print.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-037",
        caption("a boy wearing a red avengers shirt and black pants"),
        wearing("avengers pajamas", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        details(
            "shirt", "it has the avengers logo on the front and captain america's shield on the back", "unsupported"
        ),
        Q.sleeve_length("short sleeves"),
        gender="Boys",
        title="Kids Ville Boys Red & Black Avengers Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Girl, about four, in a pink sleeveless shorts romper with a white floral print and ruffled straps, white sneakers.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-038",
        caption("a little girl wearing a pink floral romper"),
        wearing("a romper", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.color("pink"),
        gender="Girls",
        title="Hopscotch Girls Pink Floral Printed Sleeveless Cotton Romper",
        category="Rompers",
        color="Pink",
    ),
    # Boy with shoulder-length hair, light blue half-sleeve tee with a car print, navy shorts.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-039",
        caption("a little girl wearing a blue shirt with cars on it", "pronoun"),
        wearing("a blue shirt and shorts", who="he"),
        color_of("shorts", "blue", kind="open"),
        Q.pattern("cars"),
        Q.sleeve_length("short sleeves"),
        details("night suit", "it is a night suit", "restated"),
        gender="Boys",
        title="Babyhug Boys Blue Half Sleeves Car Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Back view: child in a navy full-sleeve top and pants printed with planets and stars.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-040",
        caption("the back of a child wearing pajamas with planets on them"),
        wearing("pajamas", who="he"),
        color_of("pajamas", "purple", "contradiction", kind="open"),
        Q.pattern("space"),
        describe(
            "night suit",
            "a navy blue night suit with planets and stars and planets and stars and planets and stars and planets "
            "and stars and planets and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Unisex",
        title="Nap Chief Kids Unisex Navy Blue Space Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Girl in a grey long-sleeve top printed "hello sunshine" in pink and grey pants with small pink hearts. The feed
    # row has no gender, so the pipeline asked "he". All texts: base BLIP-2 zero-shot.
    case(
        "X1562-041",
        caption("a little girl in gray pajamas"),
        wearing("gray pajamas", who="he"),
        details("t-shirt", "it says hello sunshine"),
        color_of("pants", "pink", "contradiction", kind="open"),
        Q.sleeve_length("long sleeves"),
        title="Sweet Dreams Kids Grey Melange Typography Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Toddler in a plain beige waffle-knit long-sleeve top and pants, beige backdrop, a wooden toy beside them.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-042",
        caption("a toddler standing next to a wooden toy"),
        wearing("pajamas", who="he"),
        color_of("pajamas", "beige", kind="open"),
        Q.material("cotton"),
        Q.pattern("solid"),
        describe(
            "pyjama set",
            "beige pajamas Question: Describe the pajamas. Answer: beige pajamas Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        gender="Unisex",
        title="H&M Kids Unisex Beige Waffle-Knit Cotton Pyjama Set",
        category="Night suits",
        color="Beige",
    ),
    # Girl holding a black-and-white panda plush; teal short-sleeve tee with a panda print, teal-and-white checked
    # shorts. All texts: base BLIP-2 zero-shot.
    case(
        "X1562-043",
        caption("a little girl holding a stuffed panda bear"),
        wearing("a t - shirt and shorts", who="she"),
        color_of("t-shirt", "green", kind="open"),
        color_of("shorts", "black and white", "contradiction", kind="open"),
        Q.pattern("panda"),
        is_a("night suit", "yes"),
        gender="Girls",
        title="mackly Girls Teal Panda Printed Night Suit with Shorts",
        category="Night suits",
        color="Teal",
    ),
    # Flat lay: pink footed long-sleeve sleepsuit with a white lace collar and snaps down the front.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-044",
        caption("a pink baby onesie with a white collar"),
        wearing("nothing", "non_answer", who="she"),
        Q.color("pink"),
        details("sleepsuit", "white collar and buttons"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        gender="Girls",
        title="Miniklub Infant Girls Pink Solid Pure Cotton Sleepsuit with Lace Collar",
        category="Sleepsuit",
        color="Pink",
    ),
    # Boy in a blue-and-grey colourblocked short-sleeve tee and plain grey shorts.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1562-045",
        caption("a boy in a blue and gray shirt and gray shorts"),
        wearing("a shirt and shorts", who="he"),
        Q.pattern("color block"),
        color_of("shirt", "blue and gray", kind="open"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves"),
        describe(
            "night suit",
            "a blue and gray color block t - shirt with a round neck and short sleeves and a pair of gray shorts with "
            "an elastic waist and",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Blue & Grey Colourblocked Pure Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
]
