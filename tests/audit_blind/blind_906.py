"""BLIND_906 (46 products; Myntra kids' sets, rompers, night suits, VQA): written blind in the fifty-seventh session.
Measured blind at d08c3e3 (the session's fourth rules): 102/134 failures found (76.1%) and 10/181 correct texts flagged
(5.5%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' and infants' feed: clothing sets (t-shirt and shorts, top and leggings, kurta sets,
party suits, infant three-piece sets), rompers (infant bodysuits, footed sleepers, shortalls, tutu and party rompers)
and night suits (printed cotton, satin, flannel, packs of two). Photos are the catalog's: a child model on a white
backdrop, an infant sitting or lying on a blanket, rug or basket, or a flat lay with no one in it; props (teddy,
rattle, toy truck, pillow, straw hat) and other clothes (caps, socks, bonnets, shoes, a tee under a dungaree) appear.

Who wrote what: every free text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA)
on every prompt, the caption included (empty prompt), greedy, 30 new tokens for answers and 50 for captions. The
adapter was trained without an end token, so some answers loop or are cut at the limit, and since the loss covered
the prompt it sometimes writes its own "Question: ... Answer:" turns. Its captions are short and plain; it answers
"What is the color" with a pattern word now and then ("pure color"), as its training data did. Closed answers
(garment type, color, pattern, sleeve length, closed color-of and yes/no questions) come from enrich's --engine
reference, ranking candidates under the same adapter: they never loop or stop short but are sometimes wrong.

Labeling conventions and judgement calls:
- For a clothing set or night suit, a garment-type or color answer about "the garment" is right if it fits any
  piece of the set; a question that names a piece (the shorts) must be answered for that piece.
- A wrong closed color or garment is labeled contradiction; an open answer that gives the product the color of
  another worn item (a cap, socks, the tee under a dungaree, the other piece of the set) is other_garment_color;
  an open color taken from a prop or the backdrop (blanket, teddy, toy truck) is contradiction.
- Calling a romper, kurta or bodysuit a dress, shirt or sweater is a contradiction (the seller's category says
  otherwise); calling a frock a dress, a shortall a romper or a sleeper a onesie is correct.
- Invented details that the photo cannot show or does not show (a back zip, side pockets, a hood, printed words
  that are not there, a fabric the title does not name) are unsupported; a fabric contradicting the title's fabric
  is a contradiction. Fabrics the photo plainly shows (denim, cable knit, satin, tulle) are correct.
- A loop is labeled loop even when the looping text also invents a detail; a text cut at the limit that already
  repeats itself is a loop; a cut with no repetition is cut. Both have hit_limit=True.
- A caption or answer that runs on into "Question: ... Answer:" turns is a leak, whatever the answers in it say.
- A one-word or yes/no answer to an open question, "pure color" for a hue, or "the shorts are short" is
  non_answer; an answer that only says the question back ("the romper is a romper") is restated.
- Pronoun: he/she (or boy/girl for the child) wrong for the row's Boys/Girls gender; on Unisex rows either pronoun
  is accepted. "What is the person wearing?" on a flat lay answered with the garment is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_906 = [
    # photo: boy, white tee with navy car print, navy shorts, white sneakers, white backdrop, front; VQA + reference
    case(
        "X906-001",
        caption("a young boy wearing a white t-shirt with a car on it and navy blue shorts"),
        wearing("a white tee and white shorts", "other_garment_color", who="the boy"),
        color_of("shorts", "navy blue"),
        color_of("t-shirt", "navy blue", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        describe(
            "t-shirt",
            "the t-shirt is white with a navy blue car print on the front and a round neck with short sleeves and the"
            " shorts are navy blue with an elastic waist and a",
            "cut",
            hit_limit=True,
        ),
        title="Gini and Jony Boys White & Navy Blue Printed Clothing Set",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: flat lay, light blue/white horizontal stripe infant romper, short sleeves with white trim, crotch snaps,
    # no pocket, white backdrop, no model; VQA adapter (caption, open), reference engine (closed)
    case(
        "X906-002",
        caption(
            "a blue and white striped romper with short sleeves Question: What is the color of the romper? Answer:"
            " blue and white Question: Is this a romper? Answer: yes Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("romper"),
        Q.color("blue"),
        Q.pattern("striped"),
        details("romper", "snap buttons at the bottom, a round neck and a chest pocket with a sailboat", "unsupported"),
        Q.material("cotton"),
        title="Babyhug Infant Boys Blue Striped Cotton Romper",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, pink long-sleeve top and pink pajama pants with white hearts, holds a white teddy bear, white
    # backdrop, front; VQA + reference
    case(
        "X906-003",
        caption("a little girl in pink pajamas holding a teddy bear"),
        wearing("she is wearing a pink pajama set with white hearts and holding a teddy bear", who="the girl"),
        color_of("top", "pink"),
        Q.sleeve_length("long"),
        is_a("dress", "no"),
        Q.pattern("striped", "contradiction"),
        describe(
            "pajamas",
            "pink with white hearts, long sleeves and long pants, long sleeves and long pants, long sleeves and long"
            " pants, long sleeves and",
            "loop",
            hit_limit=True,
        ),
        Q.material("fleece", "unsupported"),
        title="Sweet Dreams Girls Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: toddler girl, yellow sleeveless romper with small white flowers, ruffled shoulders, button placket, red
    # headband, white sandals, white backdrop, front; VQA + reference
    case(
        "X906-004",
        caption("a little girl wearing a yellow floral romper and a red headband"),
        wearing("a yellow romper", who="the girl"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        color_of("romper", "red", "other_garment_color", kind="open"),
        details("romper", "the romper has a ruffled neckline and a zipper at the back", "unsupported"),
        title="Mothercare Girls Yellow Floral Print Romper",
        category="Rompers",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy, grey melange tee with navy dinosaur graphic, solid navy pajama pants, barefoot, white backdrop;
    # VQA + reference
    case(
        "X906-005",
        caption(
            "a young boy wearing a grey t-shirt with a dinosaur on it and navy blue pajama pants and slippers",
            "unsupported",
        ),
        wearing("he is wearing a grey t-shirt and blue pants", who="the boy"),
        color_of("t-shirt", "grey"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.garment_type("pajamas"),
        describe("pants", "yes", "non_answer"),
        details(
            "t-shirt",
            "the t-shirt has a dinosaur graphic on the front and a round neck, the t-shirt has a dinosaur graphic on"
            " the front and",
            "loop",
            hit_limit=True,
        ),
        title="YK Boys Grey Melange & Navy Blue Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: infant lying on a light blue blanket, off-white footed long-sleeve romper with small grey elephants,
    # matching off-white cap, top-down view; VQA + reference
    case(
        "X906-006",
        caption("a baby lying on a blue blanket wearing a white onesie with elephants on it"),
        wearing("a blue romper", "contradiction", who="the baby"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.pattern("printed"),
        is_a("dress", "no"),
        details("romper", "yes", "non_answer"),
        title="Little Kangaroos Unisex Infants Off White Printed Romper with Cap",
        category="Rompers",
        color="Off White",
        gender="Unisex",
    ),
    # photo: girl, pink long-sleeve top with glitter unicorn graphic, plain round neck, grey melange leggings, pink
    # ballet flats, white backdrop; VQA + reference
    case(
        "X906-007",
        caption("a little girl wearing a pink shirt and grey leggings"),
        wearing(
            "a pink top with a unicorn on it and grey leggings and pink shoes and grey leggings and pink shoes and grey"
            " leggings and pink",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        color_of("leggings", "pink", "contradiction"),
        color_of("top", "pink"),
        Q.sleeve_length("long"),
        describe("top", "the top is pink with a sparkly unicorn and a lace collar", "unsupported"),
        Q.material("cotton"),
        title="Gini and Jony Girls Pink & Grey Melange Clothing Set",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: toddler boy, olive twill dungaree romper (sleeveless, button straps, bib pocket) over a white short-sleeve
    # tee, brown shoes, white backdrop; VQA + reference
    case(
        "X906-008",
        caption("a little boy wearing a green overall and a white t-shirt"),
        wearing("white overalls and a white t-shirt", "other_garment_color", who="the boy"),
        color_of("romper", "white", "other_garment_color", kind="open"),
        Q.color("olive"),
        Q.sleeve_length("short", "contradiction"),
        details("romper", "two buttons on the straps and a front pocket"),
        Q.material("denim", "unsupported"),
        title="Hopscotch Boys Olive Solid Dungaree Romper",
        category="Rompers",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl, 3/4 view, lavender short-sleeve top, cat asleep on a moon over "sweet dreams", lavender/white
    # checked shorts, white backdrop; VQA + reference
    case(
        "X906-009",
        caption("a girl in purple pajamas with a cat on the shirt and checkered shorts"),
        wearing("he is wearing a purple shirt and shorts", "pronoun", who="the girl"),
        Q.pattern("checked"),
        color_of("shorts", "lavender"),
        Q.garment_type("pajamas"),
        describe("shorts", "the shorts are short", "non_answer"),
        describe(
            "top",
            "the top is lavender with a cat sleeping on a moon and the words sweet dreams under it and it has short"
            " sleeves and the shorts are lavender and white",
            "cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Girls Lavender Printed Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy, blue/white checked short-sleeve shirt, sleeves rolled with button tabs, chest flap pocket, beige chino
    # shorts, brown belt, white sneakers, white backdrop; VQA + reference
    case(
        "X906-010",
        caption("a young boy wearing a blue and white checkered shirt and khaki shorts"),
        wearing("a blue plaid shirt and tan shorts", who="the boy"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        color_of("shirt", "blue"),
        Q.pattern("checked"),
        details(
            "shirt",
            "the shirt has a spread collar, a button placket, a chest pocket with a flap and the sleeves are rolled up"
            " and held with",
            "cut",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        title="612 League Boys Blue Checked Shirt with Beige Shorts Clothing Set",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat lay, peach cap-sleeve infant romper with attached tulle tutu, white lace trim on sleeves, crotch
    # snaps, matching peach headband beside it, white backdrop; VQA + reference
    case(
        "X906-011",
        caption("a peach romper with a tutu skirt and a headband"),
        Q.garment_type("dress", "contradiction"),
        Q.color("peach"),
        is_a("romper", "yes"),
        details("romper", "lace trim on the sleeves, a tulle tutu at the waist and snap buttons"),
        Q.material("cotton and tulle"),
        wearing("Question: What is the person wearing? Answer: a peach romper", "leak"),
        title="Toffyhouse Infant Girls Peach Romper with Tutu and Headband",
        category="Rompers",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy, navy/white horizontal stripe long-sleeve top with red piping on the cuffs, solid navy pajama pants,
    # white backdrop; VQA + reference
    case(
        "X906-012",
        caption("a boy in a navy blue and white striped pajama set"),
        wearing(
            "a striped shirt and pants Question: What is the color of the pants? Answer: navy blue Question: What is"
            " the",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        color_of("pants", "navy blue"),
        Q.sleeve_length("short", "contradiction"),
        describe("top", "a navy blue and white striped long sleeve t-shirt with red piping on the cuffs"),
        details("pants", "the pants details are the details of the pants", "restated"),
        title="Little Kangaroos Boys Navy Blue Striped Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, white sleeveless top with red polka dots and a red bow at the neck, blue frayed-hem denim shorts,
    # red sandals, white backdrop; VQA + reference
    case(
        "X906-013",
        caption("a little girl wearing a polka dot top and denim shorts"),
        wearing("a white top with red polka dots and blue jean shorts", who="the girl"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "shorts",
            "blue denim shorts with a frayed hem and a button fly with a button fly with a button fly with a button"
            " fly with a",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Nauti Nati Girls White Polka Dot Top with Denim Shorts",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: baby boy sitting, green short-sleeve shortall romper with white peter pan collar, three front buttons,
    # small yellow duck print, holds a blue rattle, white backdrop; VQA + reference
    case(
        "X906-014",
        caption("a baby boy sitting on the floor wearing a green romper with ducks and holding a rattle"),
        wearing("she is wearing a green romper", "pronoun", who="the baby"),
        Q.color("green"),
        Q.pattern("solid", "contradiction"),
        details("romper", "a white collar, three buttons at the front and little ducks"),
        color_of("collar", "white"),
        is_a("romper", "yes"),
        title="Babyhug Infant Boys Green Printed Romper",
        category="Rompers",
        color="Green",
        gender="Boys",
    ),
    # photo: girl, turquoise short-sleeve tee with a pink-tailed mermaid and "MERMAID VIBES" text, white/turquoise
    # striped capri pants, turquoise slippers, white backdrop; VQA + reference
    case(
        "X906-015",
        caption("a girl in a blue shirt with a mermaid and striped pants"),
        wearing("a blue mermaid t-shirt and striped pants", who="the girl"),
        color_of("t-shirt", "pink", "contradiction"),
        Q.sleeve_length("short"),
        details("t-shirt", "a mermaid with a pink tail and the words let's go to the beach", "unsupported"),
        describe(
            "pants",
            "the pants are capri length with white and blue stripes and an elastic waist and the t-shirt is blue with"
            " a mermaid that has a pink tail and long",
            "cut",
            hit_limit=True,
        ),
        title="Doodle Girls Turquoise Blue Printed Night Suit",
        category="Night suits",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: boy, red hooded sweatshirt with white logo, grey melange joggers, black sneakers, white backdrop;
    # VQA + reference
    case(
        "X906-016",
        caption(
            "a young boy wearing a red hoodie and grey sweatpants Question: What is the color of the hoodie? Answer:"
            " red Question: What is the color of the sweatpants? Answer: grey Question: What is",
            "leak",
            hit_limit=True,
        ),
        wearing("a red hoodie and gray pants", who="the boy"),
        color_of("joggers", "red joggers", "other_garment_color", kind="open"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long"),
        describe("hoodie", "red", "non_answer"),
        title="U.S. Polo Assn. Kids Boys Red & Grey Melange Clothing Set",
        category="Clothing Set",
        color="Red",
        gender="Boys",
    ),
    # photo: flat lay of two infant rompers, one white with small blue stars, one solid blue, envelope shoulders and
    # crotch snaps, no hoods, white backdrop; VQA + reference
    case(
        "X906-017",
        caption("two baby rompers, one white with blue stars and one blue"),
        Q.garment_type("romper"),
        Q.color("blue"),
        Q.pattern("printed"),
        color_of("rompers", "pure color", "non_answer", kind="open"),
        details("rompers", "the rompers have a hood and snap buttons at the crotch", "unsupported"),
        Q.material("cotton"),
        title="Mothercare Unisex Infants Pack of 2 Cotton Rompers",
        category="Rompers",
        color="Blue",
        gender="Unisex",
    ),
    # photo: girl about 8, mustard romper with small white and pink flowers, puff sleeves, waist tie, shorts length,
    # white sneakers, white backdrop, front; VQA + reference
    case(
        "X906-018",
        caption("a girl wearing a yellow floral romper with puffy sleeves and a tie belt"),
        wearing("a yellow playsuit", who="the girl"),
        describe("romper", "romper", "non_answer"),
        Q.color("yellow"),
        Q.sleeve_length("short"),
        details(
            "romper",
            "puff sleeves, a tie waist, side pockets and a back zip and a back zip and a back zip and a back zip and a"
            " back",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Cherry Crumble Girls Mustard Floral Print Romper",
        category="Rompers",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy, sky blue tee with red rocket and "TO THE MOON", navy shorts with white stars, no pocket, white
    # backdrop; VQA + reference
    case(
        "X906-019",
        caption("a girl wearing a blue shirt with a rocket on it and blue shorts", "pronoun"),
        wearing("a blue shirt and shorts", who="the boy"),
        describe("t-shirt", "a light blue t-shirt with a rocket print and a chest pocket", "unsupported"),
        color_of("shorts", "light blue", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        Q.material("cotton"),
        details("t-shirt", "the t-shirt details", "restated"),
        title="Sweet Dreams Boys Blue Printed Cotton Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat lay, white sleeveless tie-front jabla, white pants and white cap (three pieces), all with tiny green
    # leaf print, white backdrop; VQA + reference
    case(
        "X906-020",
        caption("a white baby outfit with a hat and pants"),
        Q.garment_type("top"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        details(
            "set",
            "a sleeveless top that ties at the front, pants with an elastic waist, a matching cap and mittens",
            "unsupported",
        ),
        wearing(
            "a white shirt and a white hat and white pants and a white hat and white pants and a white hat and white"
            " pants and a",
            "loop",
            hit_limit=True,
        ),
        title="Babyhug Unisex Infants White Printed Clothing Set",
        category="Clothing Set",
        color="White",
        gender="Unisex",
    ),
    # photo: girl, fuchsia knee-length straight kurta with gold block print, 3/4 sleeves, white churidar leggings,
    # gold juttis, white backdrop; VQA + reference
    case(
        "X906-021",
        caption("a little girl wearing a pink dress with gold print and white leggings", "contradiction"),
        wearing("a pink kurta and white leggings", who="the girl"),
        color_of("leggings", "white"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("three-quarter"),
        Q.material("silk", "unsupported"),
        title="Biba Girls Pink Printed Kurta with Leggings",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: infant boy sitting, tuxedo-look romper: white shirt top with printed black bow tie, black shorts with
    # printed suspenders, no pocket square, white socks, white backdrop; VQA + reference
    case(
        "X906-022",
        caption("a baby boy in a tuxedo onesie with a bow tie"),
        wearing(
            "a black and white romper with a bow tie and white socks and the romper has short sleeves and a collar"
            " and the shorts are black with suspenders and",
            "cut",
            who="the baby",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.garment_type("shirt", "contradiction"),
        is_a("romper", "yes"),
        details("romper", "a printed bow tie, suspenders and a pocket square", "unsupported"),
        Q.sleeve_length("short"),
        title="Babyhug Infant Boys Black & White Party Romper",
        category="Rompers",
        color="Black",
        gender="Boys",
    ),
    # photo: girl, peach satin short-sleeve notch-collar shirt with white piping, peach satin shorts, holds a peach
    # eye mask, white backdrop; VQA + reference
    case(
        "X906-023",
        caption("a young girl wearing a pink satin pajama set and holding an eye mask"),
        wearing("pink satin pajamas", who="the girl"),
        Q.material("satin"),
        describe(
            "shirt",
            "a button down with a collar and white piping on the pocket and collar and white piping on the pocket and"
            " collar and white",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "peach"),
        details("shorts", "the details of the shorts are", "restated"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        title="Sweet Dreams Girls Peach Satin Night Suit with Eye Mask",
        category="Night suits",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy, cream full-sleeve kurta, cream churidar, maroon brocade Nehru jacket with mandarin collar and gold
    # buttons, brown mojaris, white backdrop; VQA + reference
    case(
        "X906-024",
        caption("a young boy wearing a white kurta and a red vest"),
        wearing("she is wearing a maroon jacket and white pants", "pronoun", who="the boy"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        Q.color("cream"),
        color_of("jacket", "maroon"),
        details("jacket", "the jacket is brocade with a mandarin collar and gold buttons"),
        describe("kurta", "a maroon kurta with gold buttons and a mandarin collar", "other_garment_color"),
        Q.material("velvet", "unsupported"),
        title="Jashvi Boys Cream Kurta Pyjama with Maroon Nehru Jacket",
        category="Clothing Set",
        color="Cream",
        gender="Boys",
    ),
    # photo: flat lay, pink bodysuit with gold "little princess" text and crown, pink/white striped leggings with
    # plain hems, pink bow headband, no socks, white backdrop; VQA + reference
    case(
        "X906-025",
        caption("a pink baby outfit with a bow headband, striped leggings and pink socks", "unsupported"),
        Q.garment_type("romper"),
        Q.pattern("striped"),
        details("bodysuit", "the bodysuit says little princess in gold with a crown"),
        describe(
            "leggings",
            "the leggings are pink and white striped with an elastic waist and they come with a pink bodysuit that"
            " says little princess in gold and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        title="Mothercare Infant Girls Pink Bodysuit with Leggings and Headband",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat lay, grey melange long-sleeve infant romper, hood with bear ears, full zip front, ribbed cuffs,
    # white backdrop; VQA + reference
    case(
        "X906-026",
        caption("a grey hooded baby romper with bear ears and a zipper"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        details("romper", "a hood with ears, a zip down the front and ribbed cuffs"),
        wearing(
            "a grey romper Question: Is this a romper? Answer: yes Question: What is the color of the romper? Answer:"
            " grey Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.material("fleece", "contradiction"),
        title="Toffyhouse Infant Boys Grey Melange Cotton Hooded Romper",
        category="Rompers",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl, navy short-sleeve tee with pink sequin heart, pink layered tulle skirt with elastic waist, white
    # sneakers, white backdrop; VQA + reference
    case(
        "X906-027",
        caption("a little girl wearing a navy t-shirt with a pink heart and a pink tutu skirt"),
        wearing("a blue shirt and a pink skirt", who="the girl"),
        color_of("skirt", "navy blue", "contradiction"),
        color_of("t-shirt", "pink", "other_garment_color", kind="open"),
        describe("skirt", "a pink tulle skirt with layers and an elastic waistband"),
        Q.sleeve_length("long", "contradiction"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        title="Allen Solly Junior Girls Navy Blue T-shirt with Pink Tutu Skirt",
        category="Clothing Set",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy, charcoal long-sleeve henley (three buttons), charcoal jogger-style pajama with drawstring, white
    # backdrop; VQA + reference
    case(
        "X906-028",
        caption("a boy in a gray long sleeve shirt and gray pants"),
        wearing("the boy is wearing", "restated", who="the boy"),
        Q.color("grey"),
        Q.pattern("solid"),
        details("t-shirt", "three buttons at the neck"),
        describe("pants", "Question: Describe the pants. Answer: the pants are grey with a drawstring", "leak"),
        Q.material("cotton"),
        title="Sweet Dreams Boys Charcoal Solid Night Suit",
        category="Night suits",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: baby sitting, sleeveless yellow romper with white sun and "Little Sunshine" text, white socks, white
    # backdrop; VQA + reference
    case(
        "X906-029",
        caption("a baby sitting on a white background wearing a yellow onesie that says little sunshine"),
        wearing(
            "he is wearing a yellow romper Question: What is the baby wearing? Answer: a yellow romper Question: What",
            "leak",
            who="the baby",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        color_of("romper", "white", "other_garment_color", kind="open"),
        details("romper", "little sunshine"),
        Q.pattern("graphic"),
        title="Babyhug Unisex Infants Yellow Printed Romper",
        category="Rompers",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: girl, red/navy tartan flannel long-sleeve notch-collar button shirt (no pocket) and matching pants, holds
    # a brown plush reindeer, white backdrop; VQA + reference
    case(
        "X906-030",
        caption("a little girl in red plaid pajamas holding a stuffed reindeer"),
        wearing(
            "she is wearing red plaid pajamas and holding a reindeer stuffed animal and red plaid pajamas and holding"
            " a reindeer",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.material("flannel"),
        details(
            "shirt", "a notch collar, a chest pocket with the brand logo and buttons down the front", "unsupported"
        ),
        color_of("shirt", "brown", "contradiction", kind="open"),
        Q.sleeve_length("long"),
        title="Little Kangaroos Girls Red & Navy Checked Flannel Night Suit",
        category="Night suits",
        color="Red",
        gender="Girls",
    ),
    # photo: boy, mustard polo with navy tipping on collar and sleeves, small embroidered logo, navy shorts, no belt,
    # navy canvas shoes, white backdrop; VQA + reference
    case(
        "X906-031",
        caption("a young boy wearing a yellow polo shirt and blue shorts with a brown belt", "unsupported"),
        wearing("a yellow shirt", who="the boy"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        color_of("polo shirt", "yellow"),
        describe(
            "polo shirt",
            "the polo shirt is mustard yellow with navy tipping on the collar and sleeves, a two button placket and a"
            " small embroidered",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        title="Gini and Jony Boys Mustard Polo T-shirt with Navy Shorts",
        category="Clothing Set",
        color="Mustard",
        gender="Boys",
    ),
    # photo: baby girl lying on a white fur rug, top-down, pink long-sleeve footed romper with white polka dots,
    # ruffled shoulders, snap front, pink bow headband; VQA + reference
    case(
        "X906-032",
        caption("a baby girl lying on a white fur rug in a pink polka dot sleeper"),
        wearing(
            "a pink polka dot romper with a pink polka dot romper with a pink polka dot romper with a pink polka dot",
            "loop",
            who="the baby",
            hit_limit=True,
        ),
        Q.pattern("polka dots"),
        Q.color("white", "contradiction"),
        is_a("romper", "yes"),
        details("romper", "ruffles on the shoulders and a zipper down the front", "unsupported"),
        title="Babyhug Infant Girls Pink Polka Dot Footed Romper",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, red short-sleeve tee with Spider-Man face graphic, blue pajama pants with web print, elastic waist,
    # no pockets visible, white backdrop; VQA + reference
    case(
        "X906-033",
        caption(
            "a boy wearing a spiderman t-shirt and blue pajama pants with spider webs on them, standing with his hands"
            " at his sides in front of a white background, the t-shirt is red with the face of spiderman on the front"
            " and",
            "cut",
            hit_limit=True,
        ),
        wearing("spiderman pajamas", who="the boy"),
        color_of("pants", "red", "contradiction"),
        Q.pattern("graphic"),
        describe("t-shirt", "red", "non_answer"),
        details("pants", "spider web print, an elastic waistband with a drawstring and side pockets", "unsupported"),
        Q.sleeve_length("short"),
        title="Kook N Keech Marvel Boys Red & Blue Spider-Man Print Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # photo: girl, blue denim pinafore dungaree dress with heart patch on bib pocket over a red/white striped
    # long-sleeve tee, red shoes, white backdrop, front only; VQA + reference
    case(
        "X906-034",
        caption("a little girl wearing a denim overall dress over a striped shirt"),
        wearing("a denim dress and a red and white striped shirt", who="the girl"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        Q.garment_type("dress"),
        is_a("jumpsuit", "yes", "contradiction"),
        Q.pattern("striped"),
        Q.material("denim"),
        details(
            "dress",
            "a heart patch on the bib pocket, metal buttons on the straps and the straps cross at the back",
            "unsupported",
        ),
        title="Hopscotch Girls Blue Denim Dungaree Dress with Striped T-shirt",
        category="Clothing Set",
        color="Blue",
        gender="Girls",
    ),
    # photo: toddler, green/white striped long-sleeve top and matching pants with ribbed cuffs, sits beside a wooden
    # toy truck, white backdrop; VQA + reference
    case(
        "X906-035",
        caption("a toddler in green and white striped pajamas sitting next to a wooden truck"),
        wearing("she is wearing green striped pajamas", who="the child"),
        Q.color("green"),
        Q.pattern("striped"),
        color_of("pants", "brown", "contradiction", kind="open"),
        describe(
            "top",
            "green and white stripes with long sleeves and a round neck and the pants are green and white striped with"
            " an elastic waist and ribbed cuffs at",
            "cut",
            hit_limit=True,
        ),
        Q.material("fleece", "contradiction"),
        title="Babyhug Unisex Kids Green Striped Cotton Night Suit",
        category="Night suits",
        color="Green",
        gender="Unisex",
    ),
    # photo: girl, light-wash sleeveless denim romper with white flower embroidery on chest, ruffle hem, holds a straw
    # hat, white sneakers, white backdrop; VQA + reference
    case(
        "X906-036",
        caption(
            "a little girl wearing a denim romper and holding a straw hat Question: What is the color of the hat?"
            " Answer: brown Question: Is this a romper? Answer: yes Question: What is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a blue jean romper", who="the girl"),
        color_of("romper", "light blue"),
        details(
            "romper", "white flowers embroidered on the chest, a ruffle at the hem and a zip at the back", "unsupported"
        ),
        Q.material("denim"),
        Q.sleeve_length("long", "contradiction"),
        title="Nauti Nati Girls Blue Denim Embroidered Romper",
        category="Rompers",
        gender="Girls",
    ),
    # photo: flat lay of two night suits: blue tee and shorts with white airplanes, orange tee and shorts with brown
    # lions, short sleeves, elastic waists, white backdrop; VQA + reference
    case(
        "X906-037",
        caption(
            "two sets of boys pajamas laid out on a white background, one is blue with white airplanes and the other"
            " one is orange with brown lions and both have short sleeves and shorts with an elastic",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        details("night suits", "airplane and lion prints, short sleeves and elastic waist shorts"),
        Q.pattern("printed"),
        Q.material("polyester", "unsupported"),
        title="YK Boys Pack of 2 Printed Night Suits",
        category="Night suits",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl, mauve sleeveless top with unicorn print, mauve/white polka dot pajama pants, holds a white pillow,
    # white backdrop; VQA + reference
    case(
        "X906-038",
        caption("a girl in purple pajamas with a unicorn on it holding a pillow"),
        wearing("a purple tank top and polka dot pants", who="the girl"),
        Q.sleeve_length("sleeveless"),
        color_of("pants", "mauve"),
        describe(
            "top",
            "a purple tank top with a unicorn and a rainbow and the words dream big and the words dream big and the"
            " words dream big",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral", "contradiction"),
        Q.color("white", "contradiction"),
        title="Sweet Dreams Girls Mauve Printed Night Suit",
        category="Night suits",
        gender="Girls",
    ),
    # photo: baby boy sitting, navy cable-knit long-sleeve romper with shoulder buttons, white bodysuit collar peeking
    # out, white knee socks, white backdrop; VQA + reference
    case(
        "X906-039",
        caption("a baby boy wearing a navy blue knit sweater romper and white socks"),
        wearing(
            "a navy blue sweater romper with white socks and a navy blue sweater romper with white socks and a navy"
            " blue",
            "loop",
            who="the baby",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.material("knit"),
        color_of("romper", "white", "other_garment_color", kind="open"),
        details("romper", "a cable knit pattern on the front and buttons on the shoulder"),
        Q.pattern("solid"),
        title="Mothercare Infant Boys Navy Blue Knitted Romper",
        category="Rompers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, orange top with flutter sleeves, white palazzo pants with orange floral print, gold flats, white
    # backdrop, front only; VQA + reference
    case(
        "X906-040",
        caption("a girl wearing an orange top and white floral pants"),
        wearing("an orange blouse and white palazzo pants with flowers", who="the girl"),
        color_of("palazzo pants", "white"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        describe("top", "the top has ruffle sleeves and a keyhole back with a button", "unsupported"),
        Q.pattern("floral"),
        Q.garment_type("dress", "contradiction"),
        title="Cutecumber Girls Orange Top with White Printed Palazzos",
        category="Clothing Set",
        color="Orange",
        gender="Girls",
    ),
    # photo: flat lay, grey melange sweatshirt with yellow star applique, grey joggers with yellow drawstring, white
    # backdrop; VQA + reference
    case(
        "X906-041",
        caption("a grey sweatshirt with a yellow star and grey pants"),
        Q.color("yellow", "contradiction"),
        Q.garment_type("sweatshirt"),
        details("sweatshirt", "a yellow star on the front"),
        color_of("joggers", "pure color", "non_answer", kind="open"),
        wearing(
            "a grey sweatshirt and grey pants with a yellow star on the sweatshirt and a yellow drawstring on the pants"
            " and a yellow star on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Babyhug Unisex Infants Grey Melange Cotton Sweatshirt with Joggers",
        category="Clothing Set",
        color="Grey Melange",
        gender="Unisex",
    ),
    # photo: baby girl sitting in a beige wicker basket, white smocked romper with puff sleeves and blue embroidered
    # flowers on the chest, blue bonnet, white backdrop; VQA + reference
    case(
        "X906-042",
        caption(
            "a baby girl sitting in a wicker basket wearing a blue romper and a blue bonnet", "other_garment_color"
        ),
        wearing("a white romper and a blue hat", who="the baby"),
        color_of("romper", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        details("romper", "smocking on the chest with blue embroidered flowers and puff sleeves"),
        describe("romper", "the romper is a romper", "restated"),
        Q.material("cotton"),
        title="Toffyhouse Infant Girls White Smocked Romper with Bonnet",
        category="Rompers",
        color="White",
        gender="Girls",
    ),
    # photo: boy, white long-sleeve shirt, black four-button waistcoat with two welt pockets, black trousers, red bow
    # tie, black shoes, white backdrop; VQA + reference
    case(
        "X906-043",
        caption("a little boy in a black vest and white shirt with a red bow tie"),
        wearing("a black suit with a white shirt and a red bow tie", who="the boy"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("bow tie", "red"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("long"),
        details("vest", "the vest has four buttons and two pockets"),
        describe(
            "trousers",
            "Question: Describe the trousers. Answer: black trousers Question: What is the color of the vest? Answer:"
            " black",
            "leak",
            hit_limit=True,
        ),
        title="Babyhug Boys Black 4-Piece Party Suit Clothing Set",
        category="Clothing Set",
        color="Black",
        gender="Boys",
    ),
    # photo: girl, sea green long-sleeve round-neck top with white bunnies (no other motif), white pajama pants with
    # sea green bunnies, white slippers, white backdrop; VQA + reference
    case(
        "X906-044",
        caption("a little girl wearing green pajamas with bunnies and carrots", "unsupported"),
        wearing("she is wearing a green shirt and white pants", who="the girl"),
        color_of("pants", "white"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short", "contradiction"),
        Q.pattern("printed"),
        describe(
            "top",
            "the top is green with white bunnies on it, it has long sleeves and a round neck and the pants are white"
            " with green bunnies and they have an",
            "cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Girls Sea Green Bunny Print Night Suit",
        category="Night suits",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: toddler boy, orange sleeveless shortall romper with white palm tree print, white bucket hat, white
    # backdrop; VQA + reference
    case(
        "X906-045",
        caption("a little boy wearing an orange romper with palm trees and a white hat"),
        wearing("she is wearing an orange romper and a white hat", "pronoun", who="the boy"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("printed"),
        color_of("romper", "white", "other_garment_color", kind="open"),
        details("romper", "palm trees"),
        title="Hopscotch Boys Orange Palm Print Romper",
        category="Rompers",
        color="Orange",
        gender="Boys",
    ),
    # photo: baby girl standing with support, bare head, red sleeveless frock with white polka dots and white collar,
    # matching red bloomers showing, red shoes, white backdrop; VQA + reference
    case(
        "X906-046",
        caption("a baby girl in a red dress with white polka dots and a matching hat", "unsupported"),
        wearing("he is wearing a red dress", "pronoun", who="the baby"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("polka dots"),
        details("dress", "the dress details", "restated"),
        title="Babyhug Infant Girls Red Polka Dot Frock with Bloomer",
        category="Clothing Set",
        color="Red",
        gender="Girls",
    ),
]
