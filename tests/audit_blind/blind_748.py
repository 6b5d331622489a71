"""BLIND_748 (46 products; Myntra infant/kids wear; captions, extractive QA): written blind in the fifty-fifth session.
Measured blind at 77cd110 (the session's third rules): 84/134 failures found (62.7%) and 10/197 correct texts flagged
(5.1%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed (Rompers, Bodysuit, Night suits, Clothing Set, Dresses). Photos are catalog shots on a
white backdrop: infants lying or sitting, toddlers and kids standing, some flat lays with no child at all, props
(teddies, pillows, wooden toys, a stool), caps, headbands, socks, leggings and inner tees worn with the product.

Who wrote what: every caption is BLIP-2 OPT-2.7b free generation (50 new tokens), from one of three sources named in
each photo comment: RA = the retrained caption adapter (learned its end token; DeepFashion template wording - "The
lady wears a sleeveless romper with dot patterns", "is with cotton fabric" - but keeps the base model's hue words;
stops on its own); E3 = the original epoch-3 caption adapter, no end token, so it always runs to the limit and loops,
stops mid-phrase or goes on into the "Question: ... Answer:" format it saw in training; BASE = the untuned base,
short plain captions ("a little boy wearing a white shirt and blue shorts") that often omit the garment's details.
Open answers (wearing, description, details, material) are extractive QA (mdeberta-v3 squad2) over that caption: a
span of the caption, or empty when it finds none, so they inherit every mistake of the caption and never add words.
Closed answers (garment_type, color, pattern, sleeve_length, color of one piece, "Is this a ...?") are enrich's
reference engine ranking candidates with the base model: one clean value, sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One label per text, the one I judge most salient; where a text has a gender word wrong for the row's gender
  (Boys/Girls) I label it pronoun even if it also invents something. hit_limit=True on every E3 caption, whatever
  its label; extractive answers never carry hit_limit, even when they are cut because their caption was.
- "lady", "gentleman", "female" for a child is template wording, not a failure, as long as the sex matches the row.
  On Unisex rows and rows without a gender no pronoun is a failure.
- Bodysuits: "romper", "bodysuit", "onesie" are correct; calling the product a T-shirt, shirt, tank top or dress
  is a contradiction (the seller says Bodysuit and the snap crotch is visible). For a Clothing Set or Night suit,
  naming any one piece of the set (T-shirt, shorts, pants, shirt) is correct.
- Colour: shade families count as the same colour (maroon = red, lavender = purple, peach = pink, navy = navy blue,
  never black). A colour that belongs to another worn item (cap, headband, tights, inner tee, cardigan) or to the
  other piece of a set, given to the product, is other_garment_color; a colour taken from a prop, the print on the
  product itself or the backdrop is contradiction. On a multi-colour pack, a colour one piece has is correct.
- A sleeve length or pattern that belongs to another worn garment (the cardigan's long sleeves, the inner tee's
  stripes) is contradiction, not other_garment_color (that kind is for colours only).
- Invented things (a bag, a hat, sunglasses, a belt, a pocket, shorts that are not there, an accessory) and a
  fabric the photo or title do not support (chiffon, denim, wooden) are unsupported. "cotton" on a plain knit
  baby garment is taken as correct: the photo shows jersey knit and nothing says otherwise.
- Empty extractive answers are non_answer, even on a flat lay where "What is the person wearing?" has no person; so
  is a span that names nothing about the garment ("The upper clothing", "playing with a wooden toy", "sitting on a
  white background") or only says the shorts are short. A one-word span that names a real visible detail
  ("sparkles") is correct.
- A span that only gives back the question's own words ("The person wears", a leaked "What cloth is the person
  wearing?") is restated; a span carrying "Question:"/"Answer:" text is leak.
- A template-like caption that calls a checked print "lattice", a print "graphic patterns" and a solid
  "pure color patterns" is correct; "pure color" for a printed or dotted garment is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_748 = [
    # photo: infant boy lying, top view, sky-blue short-sleeve romper with white car print, front snaps; white
    # backdrop; nothing else worn. Caption RA, open extractive QA, closed reference.
    case(
        "X748-001",
        caption(
            "The baby wears a short-sleeve blue romper with graphic patterns. The romper is with cotton fabric and it"
            " has a round neckline. There are buttons on the front."
        ),
        Q.wearing("a short-sleeve blue romper with graphic patterns"),
        Q.garment_type("romper"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.details("buttons on the front"),
        Q.material("cotton"),
        title="Babyhug Infant Boys Blue Car Print Romper",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: infant girl, front view, pink sleeveless bodysuit with frilled shoulders and white polka dots, white
    # headband with a bow; white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. There"
            " is an accessory on her head.",
            "contradiction",
        ),
        Q.wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("romper"),
        Q.color("white", "other_garment_color"),
        Q.pattern("polka dot"),
        Q.sleeve_length("sleeveless"),
        Q.details("an accessory on her head"),
        title="Little Kangaroos Infant Girls Pink Polka Dot Bodysuit",
        category="Bodysuit",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy of about five standing, navy long-sleeve tee with a yellow dinosaur print, navy-and-yellow striped
    # pyjama pants; white backdrop. Caption E3 (ran to the limit, looping), open extractive QA, closed reference.
    case(
        "X748-003",
        caption(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with"
            " cotton fabric. The pants are with cotton fabric and striped patterns, striped patterns, striped"
            " patterns, striped patterns, striped",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve T-shirt with graphic patterns and a long pants"),
        Q.description("The gentleman wears a long-sleeve T-shirt with graphic patterns and a long pants"),
        Q.color("navy blue"),
        color_of("pants", "navy blue"),
        Q.pattern("graphic"),
        Q.details("striped patterns, striped patterns, striped patterns, striped patterns", "loop"),
        Q.material("cotton fabric"),
        title="Doodle Boys Navy Blue Dinosaur Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl of about three, yellow sleeveless A-line frock with white daisy print and a yellow waist bow, white
    # sandals; empty hands, white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-004",
        caption(
            "The girl is wearing a sleeveless yellow dress with floral patterns. The dress is of knee length and it has"
            " a round neckline. She is holding a bag.",
            "unsupported",
        ),
        Q.wearing("a sleeveless yellow dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("polka dot", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.description("The dress is of knee length"),
        Q.details("She is holding a bag", "unsupported"),
        title="Hopscotch Girls Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: toddler boy, white half-sleeve shirt with small navy anchor print, navy shorts, white socks; front view,
    # white backdrop. Caption BASE, open extractive QA, closed reference.
    case(
        "X748-005",
        caption("a little boy wearing a white shirt and blue shorts"),
        Q.wearing("a white shirt and blue shorts"),
        Q.garment_type("shirt"),
        color_of("shirt", "white"),
        color_of("shorts", "white", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.details("", "non_answer"),
        title="Gini and Jony Boys White & Navy Blue Printed Clothing Set",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: flat lay, no child: grey melange long-sleeve footed sleepsuit with small white stars, front zip; white
    # backdrop. Caption E3 (ran to the limit, stopped mid-phrase), open extractive QA, closed reference.
    case(
        "X748-006",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The"
            " lower clothing is of long length. The fabric is cotton and it has graphic patterns. There is an"
            " accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The upper clothing", "non_answer"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.details("There is an accessory on", "cut"),
        Q.material("The fabric is cotton"),
        title="Mothercare Unisex Infant Grey Melange Star Print Sleepsuit",
        category="Rompers",
        color="Grey Melange",
        gender="Unisex",
    ),
    # photo: flat lay of a pack of three short-sleeve envelope-neck bodysuits: white with a small whale print, light
    # blue, grey; no child, white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-007",
        caption(
            "There are three short-sleeve bodysuits with pure color patterns. They are with cotton fabric and have"
            " envelope necklines."
        ),
        Q.wearing("three short-sleeve bodysuits"),
        Q.garment_type("romper"),
        Q.color("white"),
        Q.description("three short-sleeve bodysuits with pure color patterns"),
        Q.material("cotton fabric"),
        is_a("bodysuit", "yes"),
        title="Babyhug Infant Boys Pack of 3 Bodysuits",
        category="Bodysuit",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl of about six standing, lavender short-sleeve top with a white-and-gold unicorn print, lavender
    # shorts with white dots, no pockets; white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-008",
        caption(
            "The girl wears a short-sleeve purple T-shirt with graphic patterns and purple shorts with dot patterns."
            " Her shorts are of short length and have a pocket.",
            "unsupported",
        ),
        Q.wearing("a short-sleeve purple T-shirt with graphic patterns and purple shorts"),
        Q.color("pink", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.details("dot patterns"),
        title="Tiny Girl Girls Lavender Unicorn Print Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: infant girl lying, peach sleeveless romper with frilled leg hems and a white Peter Pan collar; white
    # backdrop. Caption E3 (ran on into the training format), open extractive QA, closed reference.
    case(
        "X748-009",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and its"
            " neckline is lapel. Question: What is the color of the romper? Answer: pink. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless romper with pure color patterns"),
        Q.garment_type("romper"),
        Q.color("peach"),
        Q.description("Question: What is the color of the romper? Answer: pink", "leak"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.details("its neckline is lapel"),
        Q.material("Answer: pink", "leak"),
        title="Toffyhouse Infant Girls Peach Solid Romper with Collar",
        category="Rompers",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl in a red-and-white gingham short-sleeve frock with a white collar and red bow, white tights, black
    # shoes, no jewellery; white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-010",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric and it has a"
            " lapel neckline. The lady wears white tights. There is a ring on her finger.",
            "unsupported",
        ),
        Q.wearing("a short-sleeve dress with lattice patterns"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves"),
        Q.details("a lapel neckline"),
        Q.material("cotton fabric"),
        title="Nauti Nati Girls Red Checked Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: baby sitting, mustard-yellow long-sleeve ribbed bodysuit, beige knit cap; white backdrop. Caption
    # BASE, open extractive QA, closed reference.
    case(
        "X748-011",
        caption("a baby wearing a yellow sweater and a beige hat sitting on a white background", "contradiction"),
        Q.wearing("a yellow sweater and a beige hat", "contradiction"),
        Q.garment_type("romper"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.details("", "non_answer"),
        title="Luke and Lilly Unisex Baby Mustard Ribbed Bodysuit",
        category="Bodysuit",
        color="Mustard",
        gender="Unisex",
    ),
    # photo: girl standing, white sleeveless top with a pink flamingo print, plain pink shorts; white backdrop.
    # Caption RA, open extractive QA, closed reference.
    case(
        "X748-012",
        caption(
            "The female wears a sleeveless tank top with graphic patterns and a pink shorts. The tank top is with"
            " cotton fabric. The shorts are of short length and with pure color patterns."
        ),
        Q.wearing("a sleeveless tank top with graphic patterns and a pink shorts"),
        color_of("top", "pink", "other_garment_color"),
        color_of("shorts", "pink"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.details("The shorts are of short length", "non_answer"),
        Q.material("cotton fabric"),
        title="Cucumber Girls White & Pink Flamingo Print Top with Shorts",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: toddler boy, blue washed-denim sleeveless short romper with two front pockets, worn over a white-and-red
    # striped short-sleeve tee (styling, not sold); white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-013",
        caption(
            "The boy wears a short-sleeve T-shirt with striped patterns and a denim romper. The romper is of short"
            " length and it has two pockets. The T-shirt is with cotton fabric."
        ),
        Q.wearing("a short-sleeve T-shirt with striped patterns and a denim romper"),
        Q.color("white", "other_garment_color"),
        color_of("romper", "red", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.details("two pockets"),
        Q.material("cotton fabric", "contradiction"),
        is_a("romper", "yes"),
        title="612 league Infant Boys Blue Washed Denim Romper",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl standing, white full-sleeve top with red heart print and red pyjamas with white hearts; white
    # backdrop. Caption E3 (ran to the limit, repeating a sentence), open extractive QA, closed reference.
    case(
        "X748-014",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton"
            " fabric. The trousers are with cotton fabric and graphic patterns. The trousers are with cotton fabric"
            " and graphic patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with graphic patterns and a long trousers"),
        Q.color("white"),
        color_of("trousers", "white", "other_garment_color"),
        Q.details(
            "The trousers are with cotton fabric and graphic patterns. The trousers are with cotton fabric", "loop"
        ),
        Q.material(
            "cotton fabric and graphic patterns. The trousers are with cotton fabric and graphic patterns", "loop"
        ),
        title="Sweet Dreams Girls White & Red Heart Print Night Suit",
        category="Night suits",
        color="White",
        gender="Girls",
    ),
    # photo: girl in a navy blue sleeveless party frock, silver-sequinned bodice, tulle skirt, silver hairband; white
    # backdrop. Caption BASE, open extractive QA, closed reference.
    case(
        "X748-015",
        caption("a little girl in a blue dress with sparkles"),
        Q.wearing("a blue dress with sparkles"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.details("sparkles"),
        Q.material("", "non_answer"),
        title="Toy Balloon Kids Girls Navy Blue Embellished Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: infant girl lying, top view, white long-sleeve romper with a pink-and-green floral print and a matching
    # plain pink cap; white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-016",
        caption(
            "The baby wears a long-sleeve pink romper with floral patterns and a pink hat. The romper is with cotton"
            " fabric.",
            "other_garment_color",
        ),
        Q.wearing("The baby wears", "restated"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.description("a long-sleeve pink romper", "other_garment_color"),
        Q.material("cotton"),
        title="Mothercare Infant Girls White Floral Print Romper with Cap",
        category="Rompers",
        color="White",
        gender="Girls",
    ),
    # photo: baby boy sitting, sleeveless green bodysuit with "Little Brother" in white letters; legs bare, nothing
    # else worn; white backdrop. Caption E3 (ran to the limit), open extractive QA, closed reference.
    case(
        "X748-017",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and it has"
            " a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color"
            " patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a three-point shorts", "unsupported"),
        Q.color("green"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.details("graphic patterns"),
        is_a("bodysuit", "yes"),
        title="Babyhug Infant Boys Green Little Brother Printed Bodysuit",
        category="Bodysuit",
        color="Green",
        gender="Boys",
    ),
    # photo: boy standing, grey melange pullover hoodie (no zip), blue racing-car print, navy joggers; white backdrop.
    # Caption RA, open extractive QA, closed reference.
    case(
        "X748-018",
        caption(
            "The gentleman wears a long-sleeve hoodie with graphic patterns and a long pants. The hoodie is with"
            " cotton fabric. There is a zipper on the front. The pants are with cotton fabric and pure color"
            " patterns.",
            "unsupported",
        ),
        Q.wearing("a long-sleeve hoodie with graphic patterns and a long pants"),
        Q.description("a long-sleeve hoodie with graphic patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("navy blue", "other_garment_color"),
        color_of("pants", "navy blue"),
        Q.details("graphic patterns"),
        Q.material("cotton fabric"),
        title="Gini and Jony Boys Grey Melange & Navy Blue Sweatshirt with Joggers",
        category="Clothing Set",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: boy, orange half-sleeve tee with "Dream Big" lettering, grey shorts with orange piping; white backdrop.
    # Caption BASE, open extractive QA, closed reference.
    case(
        "X748-019",
        caption("a young boy wearing an orange t - shirt and grey shorts"),
        Q.wearing("an orange t - shirt and grey shorts"),
        Q.color("orange"),
        color_of("shorts", "orange", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.details("young boy", "non_answer"),
        title="Kids Ville Boys Orange & Grey Printed Night Suit",
        category="Night suits",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a pink short-sleeve knee-length smocked frock with a white lace yoke, white socks, holding a
    # stuffed bunny; white backdrop. Caption E3 (ran to the limit, stopped mid-phrase), open extractive QA.
    case(
        "X748-020",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it has"
            " a round neckline. The lady holds a toy in her hand. The dress is of knee length and its neckline is"
            " round. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with pure color patterns"),
        Q.color("pink"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description("The dress is of knee length and its neckline is round"),
        Q.details("a round neckline"),
        Q.material("cotton fabric"),
        is_a("dress", "yes"),
        title="Little Kangaroos Girls Pink Smocked A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby sitting, teal-and-white horizontally striped short-sleeve romper with shoulder buttons, white
    # socks, bare head; white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-021",
        caption(
            "The person wears a short-sleeve romper with striped patterns. The romper is with cotton fabric and it has"
            " a round neckline. There is a hat on the head.",
            "unsupported",
        ),
        Q.wearing("The person wears", "restated"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.details("a hat on the head", "unsupported"),
        Q.material("cotton"),
        title="Hopscotch Unisex Baby Teal & White Striped Romper",
        category="Rompers",
        color="Teal",
        gender="Unisex",
    ),
    # photo: flat lay, no child: lilac long-sleeve bodysuit with ruffled shoulders and a white bunny applique; white
    # backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-022",
        caption("The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline."),
        Q.wearing("The upper clothing", "non_answer"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("purple"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.description("long sleeves, cotton fabric and graphic patterns"),
        title="Toffyhouse Infant Girls Lavender Bunny Applique Bodysuit",
        category="Bodysuit",
        color="Lavender",
        gender="Girls",
    ),
    # photo: girl standing, mint-green sleeveless top with a rainbow print, plain white leggings; white backdrop.
    # Caption E3 (ran on into the training format), open extractive QA, closed reference.
    case(
        "X748-023",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long leggings. The tank top is with"
            " cotton fabric. Question: What is the lady wearing? Answer: The lady wears a sleeveless tank top with"
            " graphic patterns",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("What is the lady wearing?", "restated"),
        Q.color("white", "other_garment_color"),
        color_of("leggings", "white"),
        Q.pattern("graphic"),
        Q.description("a sleeveless tank top with graphic patterns and a long leggings"),
        Q.details("Question: What is the lady wearing? Answer:", "leak"),
        title="Cucumber Girls Green Rainbow Print Top with Leggings",
        category="Clothing Set",
        color="Green",
        gender="Girls",
    ),
    # photo: girl sitting on a white cube, sky-blue long-sleeve night suit, top and pyjama both with white clouds and
    # stars; white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-024",
        caption(
            "The girl wears a long-sleeve blue shirt with graphic patterns and long blue pants. He is sitting on a"
            " white chair.",
            "pronoun",
        ),
        Q.wearing("a long-sleeve blue shirt with graphic patterns and long blue pants"),
        Q.color("white", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.details("He is sitting on a white chair", "pronoun"),
        title="Doodle Girls Blue Cloud Print Night Suit",
        category="Night suits",
        color="Blue",
        gender="Girls",
    ),
    # photo: baby boy lying on a grey blanket, top view, maroon-and-grey colour-block long-sleeve footed sleepsuit
    # with a zip. Caption BASE, open extractive QA, closed reference.
    case(
        "X748-025",
        caption("a baby laying on a bed wearing a red and grey onesie"),
        Q.wearing("a red and grey onesie"),
        Q.color("maroon"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        Q.details("red and grey"),
        Q.material("", "non_answer"),
        is_a("romper", "yes"),
        title="Mothercare Infant Boys Maroon Colourblocked Sleepsuit",
        category="Rompers",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a white sleeveless cotton frock with multicolour flowers embroidered at the hem, an open pink
    # long-sleeve shrug over it (not sold); white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-026",
        caption(
            "The lady wears a long-sleeve pink cardigan with pure color patterns and a white dress. The dress is with"
            " cotton fabric and has floral patterns."
        ),
        Q.wearing("a long-sleeve pink cardigan with pure color patterns and a white dress"),
        Q.garment_type("dress"),
        Q.color("pink", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("a white dress"),
        Q.details("floral patterns"),
        Q.material("cotton"),
        title="Babyhug Girls White Embroidered Frock",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: baby sitting, plain white short-sleeve envelope-neck bodysuit, grey knit pants (not sold); white
    # backdrop. Caption E3 (ran to the limit, repeating), open extractive QA, closed reference.
    case(
        "X748-027",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The"
            " pants are of long length. The pants are of long length",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with pure color patterns and a long pants", "contradiction"),
        Q.color("white"),
        color_of("pants", "grey"),
        Q.details("The pants are of long length. The pants are of long length", "loop"),
        Q.material("cotton fabric and its", "cut"),
        title="Luke and Lilly Unisex Baby White Solid Bodysuit",
        category="Bodysuit",
        color="White",
        gender="Unisex",
    ),
    # photo: boy in a three-piece party set: navy waistcoat, white full-sleeve shirt, beige trousers, navy bow tie;
    # white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. He wears a vest."
            " There is a tie on his neck."
        ),
        Q.wearing("The gentleman wears", "restated"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        color_of("trousers", "beige"),
        Q.description("a long-sleeve shirt with pure color patterns and a long trousers"),
        Q.details("There is a tie on his neck"),
        Q.material("", "non_answer"),
        title="Babyhug Boys Navy Blue Waistcoat with Shirt, Trousers and Bow Tie Set",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: toddler girl sitting, red sleeveless knit romper with white polka dots and a frilled neckline, red hair
    # clip; white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-029",
        caption(
            "The lady wears a sleeveless red romper with dot patterns. The romper is with chiffon fabric and it has a"
            " ruffle neckline.",
            "unsupported",
        ),
        Q.wearing("a sleeveless red romper with dot patterns"),
        Q.color("red"),
        Q.pattern("polka dot"),
        Q.details("a ruffle neckline"),
        Q.material("chiffon fabric", "unsupported"),
        title="Nauti Nati Girls Red Polka Dot Print Romper",
        category="Rompers",
        color="Red",
        gender="Girls",
    ),
    # photo: boy, black long-sleeve tee with a white skeleton print, black pyjamas with a bone print, no watch or
    # band; white backdrop. Caption E3 (ran to the limit), open extractive QA, closed reference.
    case(
        "X748-030",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton"
            " fabric. The pants are with cotton fabric and graphic patterns. There is an accessory on her wrist. The"
            " lady wears a pair of",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve T-shirt with graphic patterns and a long pants"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.description("The lady wears a pair of", "pronoun"),
        Q.details("an accessory on her wrist", "pronoun"),
        title="Nite Flite Boys Black Skeleton Print Night Suit",
        category="Night suits",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a mustard sleeveless corduroy pinafore frock over a white long-sleeve turtleneck (not sold),
    # brown boots; white backdrop. Caption BASE, open extractive QA, closed reference.
    case(
        "X748-031",
        caption("a little girl wearing a yellow dress and white shirt"),
        Q.wearing("a yellow dress and white shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        Q.details("white shirt", "other_garment_color"),
        Q.material("", "non_answer"),
        is_a("dress", "yes"),
        title="Hopscotch Girls Mustard Corduroy Pinafore Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: baby boy lying, navy long-sleeve bodysuit printed with a white collar and a red bow tie; white backdrop.
    # Caption RA, open extractive QA, closed reference.
    case(
        "X748-032",
        caption(
            "The baby wears a long-sleeve black shirt with a red bow tie. The shirt is with cotton fabric and its"
            " neckline is lapel.",
            "contradiction",
        ),
        Q.wearing("a long-sleeve black shirt with a red bow tie", "contradiction"),
        Q.garment_type("romper"),
        Q.color("navy blue"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.details("a red bow tie"),
        title="Babyhug Infant Boys Navy Blue Bow Tie Print Bodysuit",
        category="Bodysuit",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat lay, no child: white short-sleeve bodysuit with "Hello World" print, plain yellow knit pants and a
    # yellow cap; white backdrop. Caption E3 (ran to the limit, stopped mid-phrase), open extractive QA.
    case(
        "X748-033",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The"
            " lower clothing is of long length. The fabric is denim and it has pure color patterns. There is a hat in",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("", "non_answer"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("yellow"),
        color_of("pants", "yellow"),
        Q.sleeve_length("short sleeves"),
        Q.details("There is a hat in", "cut"),
        Q.material("denim", "unsupported"),
        title="Mothercare Unisex Infant Yellow & White Clothing Set of 3",
        category="Clothing Set",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: infant girl, pink-and-white gingham sleeveless romper with a ruffle hem, white headband with a fabric
    # flower; white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-034",
        caption(
            "The lady wears a sleeveless romper with lattice patterns. The romper is with cotton fabric. There is an"
            " accessory on her head."
        ),
        Q.wearing("a sleeveless romper with lattice patterns"),
        Q.color("pink"),
        Q.pattern("striped", "contradiction"),
        Q.description("a sleeveless romper with", "cut"),
        Q.details("an accessory on her head"),
        Q.material("cotton fabric"),
        title="Little Kangaroos Infant Girls Pink Checked Romper",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl holding a white pillow, peach short-sleeve tee with "Sleepy Head" lettering, no pocket, peach-and-
    # white striped capri pyjamas; white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-035",
        caption(
            "The girl wears a short-sleeve pink T-shirt with graphic patterns and striped pants. The T-shirt has a"
            " chest pocket. She holds a pillow.",
            "unsupported",
        ),
        Q.wearing("a short-sleeve pink T-shirt with graphic patterns and striped pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.description("a short-sleeve pink T-shirt"),
        Q.details("a chest pocket", "unsupported"),
        title="Tiny Girl Girls Peach Printed Night Suit",
        category="Night suits",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl in a maroon velvet long-sleeve party frock with a gold foil star print, gold belt, black tights;
    # white backdrop. Caption E3 (ran to the limit, repeating), open extractive QA, closed reference.
    case(
        "X748-036",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and it has a"
            " round neckline. There is an accessory on her waist. There is an accessory on her waist. There is an"
            " accessory on her waist. There",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with graphic patterns"),
        Q.color("red"),
        color_of("dress", "black", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.details("There is an accessory on her waist. There is an accessory on her waist", "loop"),
        Q.material("chiffon fabric", "unsupported"),
        title="Toy Balloon Kids Girls Maroon Velvet Party Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: baby boy sitting, olive green half-sleeve romper with a chest pocket and a dinosaur patch, playing with
    # a wooden toy; white backdrop. Caption BASE (says nothing of the romper), open extractive QA, closed reference.
    case(
        "X748-037",
        caption("a baby boy sitting on the floor playing with a wooden toy"),
        Q.wearing("", "non_answer"),
        Q.garment_type("romper"),
        Q.color("green"),
        Q.details("playing with a wooden toy", "non_answer"),
        Q.material("wooden", "unsupported"),
        title="Gini and Jony Infant Boys Olive Green Romper",
        category="Rompers",
        color="Olive",
        gender="Boys",
    ),
    # photo: infant girl, white sleeveless bodysuit with an attached pink tulle tutu, pink flower headband; white
    # backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length and it has a"
            " round neckline. There is an accessory on her head.",
            "contradiction",
        ),
        Q.wearing("a sleeveless dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.details("an accessory on her head"),
        title="Babyhug Infant Girls White & Pink Tutu Bodysuit",
        category="Bodysuit",
        color="White",
        gender="Girls",
    ),
    # photo: girl, red-and-white striped sleeveless top, beltless blue denim shorts; white backdrop. Caption RA, open
    # extractive QA, closed reference.
    case(
        "X748-039",
        caption(
            "The lady wears a sleeveless tank top with striped patterns and a denim shorts. The tank top is with cotton"
            " fabric. The shorts are of short length and have a belt.",
            "unsupported",
        ),
        Q.wearing("a sleeveless tank top with striped patterns and a denim shorts"),
        Q.color("blue", "other_garment_color"),
        color_of("shorts", "blue"),
        Q.pattern("striped"),
        Q.description("The shorts are of short length", "non_answer"),
        Q.details("a belt", "unsupported"),
        Q.material("denim"),
        title="Pepe Jeans Kids Girls Red Striped Top with Denim Shorts",
        category="Clothing Set",
        color="Red",
        gender="Girls",
    ),
    # photo: boy, grey sleeveless vest with a blue shield print, plain blue shorts; white backdrop. Caption E3 (ran on
    # into the training format), open extractive QA, closed reference.
    case(
        "X748-040",
        caption(
            "The gentleman wears a sleeveless tank top with graphic patterns and a three-point shorts. The tank top is"
            " with cotton fabric. Question: What cloth is the person wearing? Answer: tank top. Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("What cloth is the person wearing?", "restated"),
        Q.color("grey"),
        color_of("shorts", "grey", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description("a sleeveless tank top with graphic patterns and a three-point shorts"),
        Q.details("Answer: tank top. Question: Is this a", "leak"),
        Q.material("cotton fabric"),
        title="Kids Ville Boys Grey Superhero Print Night Suit",
        category="Night suits",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl, teal sleeveless calf-length frock with white embroidered bodice and a layered skirt, no belt,
    # silver sandals; white backdrop. Caption RA, open extractive QA, closed reference.
    case(
        "X748-041",
        caption(
            "The girl wears a sleeveless blue dress with pure color patterns. The dress is of long length and it has a"
            " round neckline. The dress has a belt.",
            "unsupported",
        ),
        Q.wearing("a sleeveless blue dress with pure color patterns"),
        Q.color("blue"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("The dress is of long length"),
        Q.details("The dress has a belt", "unsupported"),
        title="Babyhug Girls Teal Blue Layered Party Frock",
        color="Teal",
        gender="Girls",
    ),
    # photo: flat lay, no child: white long-sleeve newborn romper with fold-over mittens and a small green leaf
    # print, matching white cap beside it. Caption E3 (ran to the limit, stopped mid-phrase), open extractive QA.
    case(
        "X748-042",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The lower"
            " clothing is of long length. The fabric is cotton and it has floral patterns. There are two mittens on"
            " the",
            "cut",
            hit_limit=True,
        ),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.description("It has a round neckline"),
        Q.details("two mittens on the", "cut"),
        Q.material("cotton fabric"),
        title="Mothercare Unisex Newborn White Leaf Print Romper",
        color="White",
        gender="Unisex",
    ),
    # photo: baby boy sitting, red short-sleeve bodysuit with "Mumma's Boy" in white, blue denim shorts (not sold);
    # white backdrop. Caption BASE, open extractive QA, closed reference.
    case(
        "X748-043",
        caption("a baby boy in a red shirt and jeans shorts sitting on a white background", "contradiction"),
        Q.wearing("a red shirt and jeans shorts", "contradiction"),
        Q.color("red"),
        color_of("bodysuit", "blue", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.details("sitting on a white background", "non_answer"),
        title="Babyhug Infant Boys Red Printed Bodysuit",
        category="Bodysuit",
        color="Red",
        gender="Boys",
    ),
    # photo: boy, white pique polo tee with navy collar tipping, navy shorts, no glasses; white backdrop. Caption RA,
    # open extractive QA, closed reference.
    case(
        "X748-044",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns and a three-point shorts. The polo"
            " shirt is with cotton fabric and its neckline is lapel. He wears a pair of sunglasses.",
            "unsupported",
        ),
        Q.wearing("a short-sleeve polo shirt with pure color patterns and a three-point shorts"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        color_of("shorts", "navy blue"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.details("He wears a pair of sunglasses", "unsupported"),
        Q.material("cotton fabric"),
        title="U.S. Polo Assn. Kids Boys White Polo T-shirt with Shorts",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: infant girl, yellow-and-white vertically striped long-sleeve romper with a sunflower embroidered on the
    # chest, yellow socks; white backdrop. Caption E3 (ran to the limit), open extractive QA, closed reference.
    case(
        "X748-045",
        caption(
            "The gentleman wears a long-sleeve romper with striped patterns. The romper is with cotton fabric and it"
            " has a round neckline. There is an accessory on his chest. The gentleman wears socks. The romper is of"
            " long length. The",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve romper with striped patterns"),
        Q.color("yellow"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.description("The romper is of long length. The", "cut"),
        Q.details("an accessory on his chest", "pronoun"),
        Q.material("cotton fabric and it", "cut"),
        title="Hopscotch Infant Girls Yellow Striped Romper",
        category="Rompers",
        color="Yellow",
        gender="Girls",
    ),
    # photo: child holding a teddy bear, pink long-sleeve top with a white bunny print, pink-and-white checked
    # pyjamas; white backdrop. Caption RA, open extractive QA, closed reference. The feed row has no gender.
    case(
        "X748-046",
        caption(
            "The lady wears a long-sleeve pink shirt with graphic patterns and a long pants with lattice patterns. She"
            " is holding a teddy bear."
        ),
        Q.wearing("a long-sleeve pink shirt with graphic patterns and a long pants with lattice patterns"),
        Q.color("pink"),
        color_of("pants", "pink"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("a long-sleeve pink shirt"),
        Q.details("holding a teddy bear", "non_answer"),
        title="Sweet Dreams Girls Pink Bunny Print Night Suit",
        category="Night suits",
        color="Pink",
    ),
]
