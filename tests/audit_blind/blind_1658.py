"""BLIND_1658 (45 products; Myntra kids' sleepwear, rompers and night suits, base zero-shot, pronoun questions): written
blind in the sixty-seventh session. Measured blind at 96772b2 (the session's first rules): 43/69 failures found
(62.3%) and 27/210 correct texts flagged (12.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' sleepwear (night suits, pyjamas, nightdresses, sleepsuits, rompers and bodysuits for
infants to about twelve), mostly unisex rows with some Boys and Girls rows. Photos are the usual catalog shots: a child
standing or sitting on a plain white backdrop, infants lying on a blanket, flat lays for packs and infant wear, one back
view, now and then a prop (teddy, toy rocket, rattle, rubber duck, Santa hat) or styling clothes that are not sold
(a tee over pyjama bottoms, a hoodie, sneakers, a cap). Columns: title, category (Myntra article type), color (base
colour), gender; one row lacks the colour, one the category, one the gender, as feeds do.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, no adapter: the
caption from an empty prompt (50 new tokens at most), the answers from "Question: ... Answer:" (30 new tokens at most).
The wearing question takes its pronoun from the gender column: Girls -> "What is she wearing?", Boys -> "What is he
wearing?"; Unisex and blank rows get the job's fallback, "What is she wearing?", whoever is in the photo. The color
question names a garment taken from the category or the set (shirt/pants/shorts for night suits); color answers are
free generation, stored open; the closed questions (type, pattern, sleeve length) keep the raw text.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near hues count as right
(navy/blue, peach/pink, coral/orange, cream/white, teal/blue, maroon/red, lilac or lavender/purple, mint/green). A
color answer naming the other piece of the set, or the styling tee/hoodie, is other_garment_color. A wrong garment
type (dress for a romper, sweater for a knitted romper, hoodie or t-shirt when the styling piece was answered), a bib,
mask or hat answered as the garment, a wrong sleeve length or pattern, and a yes/no that denies the catalog's type
are contradiction. A material the title does not state and a photo cannot show ("cotton" on a title silent about it,
"silk" for satin, "wool" for fleece or plain knit) is unsupported, as are details not in the photo (a bow, a dog on a
plain back). Captions calling the child a boy/girl against the gender column, or against the photo on unisex rows,
are pronoun; a baby whose sex the photo does not show is only marked when the gender column contradicts. "pajamas" or
"it is a romper" for Describe is restated; "they are pants", "nothing" are non_answer. The back-view shot answered
"solid" for a printed set is marked contradiction: the product is printed, the camera just did not show it. "a bear
costume" for a bear-eared onesie is left right in the caption and wearing answer (that is what the photo looks like)
but marked in the garment-type answer. "a red hoodie" for a boy in styling hoodie and sold pyjamas is true and left
unmarked. The two-set H&M flat lay captioned "a pair of pajamas" (one set) is marked contradiction against the pack
of two. Short answers that name only one piece of a set ("a pikachu shirt", "overalls") are left right. Texts the
untuned model stops by itself are short; only the loops, the cut answers and the leaks that keep generating reached
the token limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1658 = [
    # Boy of about six on white: navy half-sleeve tee with a grey rocket print, grey melange pyjamas with navy cuffs,
    # barefoot. Base zero-shot wrote every text.
    case(
        "X1658-001",
        caption("a young boy in a blue shirt and grey pants"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("shirt", "it has a rocket on it"),
        Q.sleeve_length("short sleeves"),
        gender="Boys",
        title="Sweet Dreams Boys Navy Blue & Grey Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Girl of about four holding a stuffed bunny: pink full-sleeve top with a white unicorn print, matching pink
    # pyjamas with small unicorns all over. Base zero-shot wrote every text.
    case(
        "X1658-002",
        caption("a little girl in pink pajamas holding a stuffed animal"),
        wearing("pajamas", who="she"),
        color_of("pajamas", "pink", kind="open"),
        describe("pajamas", "they are pink and have unicorns on them"),
        Q.material("cotton"),
        Q.pattern("floral", "contradiction"),
        gender="Girls",
        title="YK Girls Pink Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Flat lay of two short-sleeve envelope-neck rompers with crotch snaps: one white with small grey stars, one plain
    # grey. No person. Base zero-shot wrote every text.
    case(
        "X1658-003",
        caption("two baby onesies on a white background"),
        wearing("a baby onesie", who="she"),
        color_of("romper", "white and grey", kind="open"),
        is_a("romper", "yes"),
        details("romper", "there are stars on it"),
        describe("romper", "romper", "restated"),
        Q.garment_type("onesie"),
        gender="Unisex",
        title="Mothercare Infants Unisex Pack of 2 Cotton Rompers",
        category="Rompers",
        color="Grey",
    ),
    # Boy of about eight with collar-length hair: blue and white vertical-stripe button-down shirt, full sleeves, notch
    # collar, chest pocket with navy piping, matching striped pyjamas. Base zero-shot wrote every text.
    case(
        "X1658-004",
        caption("a little girl in blue and white striped pajamas", "pronoun"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        describe("shirt", "it is a blue and white striped shirt"),
        details("shirt", "it has a pocket on the front"),
        Q.sleeve_length("long sleeves"),
        gender="Boys",
        title="Gini and Jony Boys Blue Striped Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Girl of about seven with a short bob: yellow short-sleeve tee with a big Pikachu face, navy pyjamas with small
    # yellow lightning bolts. Base zero-shot wrote every text.
    case(
        "X1658-005",
        caption("a young boy wearing a yellow pikachu shirt and blue pants", "pronoun"),
        wearing("a pikachu shirt", who="she"),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.material("cotton", "unsupported"),
        gender="Unisex",
        title="Nap Chief Kids Yellow & Blue Pikachu Printed Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Boy of about five: grey melange pullover sweatshirt-style top (no zip) with red ribbed cuffs, grey jogger
    # pyjamas with red cuffs, white socks. Base zero-shot wrote every text.
    case(
        "X1658-006",
        caption("a little boy in a grey sweatshirt and sweatpants"),
        wearing("a sweatshirt and sweatpants", who="she"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.material("fleece"),
        color_of("sweatshirt", "grey", kind="open"),
        details("sweatshirt", "it has a zipper on the front", "unsupported"),
        gender="Unisex",
        title="Anthrilo Kids Grey Melange & Red Solid Fleece Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Flat lay of two short pyjama sets: green dinosaur tee with green shorts, grey tee with a green dinosaur and grey
    # shorts, elastic waists visible. Base zero-shot wrote every text.
    case(
        "X1658-007",
        caption("a pair of pajamas with dinosaurs on them", "contradiction"),
        wearing("pajamas", who="he"),
        color_of("shorts", "green", kind="open"),
        describe("pajamas", "dinosaur pajamas"),
        details("shorts", "they are shorts", "non_answer"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="H&M Boys Pack Of 2 Printed Pyjama Sets",
        category="Night suits",
        color="Green",
    ),
    # Baby of about nine months sitting on a white floor, sex not apparent: peach sleeveless romper with frilled
    # shoulders, small white bunny print, snaps at the crotch, barefoot. Base zero-shot wrote every text.
    case(
        "X1658-008",
        caption("a baby sitting on the floor in a pink romper"),
        wearing("a romper", who="she"),
        color_of("romper", "pink", kind="open"),
        describe("romper", "it is a pink romper with bunnies on it"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("cotton"),
        gender="Unisex",
        title="Lil Tomatoes Infants Unisex Peach Printed Cotton Romper",
        category="Rompers",
        color="Peach",
    ),
    # Girl of about ten: lavender satin button-down shirt with white piping, full sleeves, matching long pants.
    # Base zero-shot wrote every text.
    case(
        "X1658-009",
        caption("a girl in purple pajamas standing in front of a white wall"),
        wearing("pajamas", who="she"),
        color_of("shirt", "purple", kind="open"),
        Q.material("silk", "unsupported"),
        details("shirt", "it has buttons down the front"),
        describe("pants", "they are purple pajama pants"),
        gender="Girls",
        title="Hopscotch Girls Lavender Solid Satin Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Boy of about six: navy pyjama pants with a white star print (the product), styled with a plain white tee.
    # Base zero-shot wrote every text.
    case(
        "X1658-010",
        caption("a young boy in a white t-shirt and blue pajama pants"),
        wearing("pajama pants", who="she"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("pants", "they are blue with white stars"),
        is_a("pair of pants", "yes"),
        Q.garment_type("t-shirt", "contradiction"),
        details("pants", "they are pajama pants", "restated"),
        gender="Unisex",
        title="Marks & Spencer Kids Navy Star Print Cotton Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Flat lay: white full-sleeve footed sleepsuit with a blue elephant print and a front zip. No person.
    # Base zero-shot wrote every text.
    case(
        "X1658-011",
        caption("a white baby onesie with blue elephants on it"),
        wearing("a white onesie", who="she"),
        color_of("sleepsuit", "white", kind="open"),
        details("sleepsuit", "it has a zipper"),
        describe("sleepsuit", "a baby's sleepsuit", "restated"),
        Q.pattern("printed"),
        gender="Unisex",
        title="Babyhug Unisex Infants White Elephant Print Sleepsuit",
        category="Sleepsuit",
        color="White",
    ),
    # Boy of about seven: black short-sleeve tee with a red and blue Spider-Man print on the front (plain back, not
    # shown), black shorts with a red side stripe. Base zero-shot wrote every text.
    case(
        "X1658-012",
        caption("a young boy wearing a spiderman shirt and black shorts"),
        wearing("spiderman shirt", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("shorts", "black", kind="open"),
        describe(
            "shirt",
            "a black t-shirt with spiderman on the front and spiderman on the back and spiderman on the front and"
            " spiderman on the back and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        gender="Boys",
        title="Kids Ville Boys Black Spider-Man Printed Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Flat lay of three sleeveless bodysuits: mint, yellow, and white with "little star" lettering. No person.
    # Base zero-shot wrote every text.
    case(
        "X1658-013",
        caption("three baby onesies with different colors"),
        wearing("onesies", who="she"),
        color_of("bodysuit", "green", kind="open"),
        Q.garment_type("onesie"),
        details("bodysuit", "they say little star"),
        Q.sleeve_length("short sleeves", "contradiction"),
        gender="Unisex",
        title="Moms Love Infants Pack of 3 Sleeveless Bodysuits",
        category="Bodysuit",
        color="Multi",
    ),
    # Girl of about six: olive full-sleeve tee with a small orange fox at the chest, olive pyjamas with an all-over
    # orange fox print. Base zero-shot wrote every text.
    case(
        "X1658-014",
        caption("a little girl in green pajamas with a fox on her shirt"),
        wearing("green pajamas", who="she"),
        color_of("pajamas", "green", kind="open"),
        Q.material("cotton"),
        details("pajamas", "pajamas", "restated"),
        describe("pajamas", "they are green and have a fox on the front"),
        gender="Unisex",
        title="Ed-a-Mamma Kids Olive Organic Cotton Fox Print Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Boy of about nine: red and navy checked button-front flannel shirt, full sleeves, solid navy pyjamas.
    # Base zero-shot wrote every text.
    case(
        "X1658-015",
        caption("a boy in a red plaid shirt and blue pants"),
        wearing("plaid pajamas", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.pattern("plaid"),
        details("pants", "they are plaid", "contradiction"),
        gender="Boys",
        title="YK Boys Red & Navy Checked Flannel Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Girl of about seven holding a teddy: knee-length white sleeveless nightdress with small pink hearts, plain hem.
    # Base zero-shot wrote every text.
    case(
        "X1658-016",
        caption("a little girl in a white dress holding a teddy bear"),
        wearing("a nightgown", who="she"),
        color_of("nightdress", "white", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("nightdress", "white with pink hearts"),
        Q.material("cotton", "unsupported"),
        details("nightdress", "it has lace on the bottom", "unsupported"),
        gender="Girls",
        title="Sweet Dreams Girls White & Pink Heart Print Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Baby boy lying on his back on a white sheet: blue and white striped short-sleeve romper with short legs, a
    # white cotton cap (styling, not sold). Base zero-shot wrote every text.
    case(
        "X1658-017",
        caption("a baby boy laying on a bed wearing a blue and white striped outfit"),
        wearing("a onesie and a hat", who="he"),
        color_of("romper", "blue and white", kind="open"),
        is_a("romper", "yes"),
        Q.garment_type("onesie"),
        details("romper", "it has a hat", "contradiction"),
        gender="Boys",
        title="Mini Klub Boys Blue Striped Cotton Romper",
        category="Rompers",
        color="Blue",
    ),
    # Toddler girl with a short crop, standing: teal full-length zip sleepsuit, footless, with an orange dinosaur
    # print. Base zero-shot wrote every text.
    case(
        "X1658-018",
        caption("a little boy in a blue onesie with dinosaurs on it", "pronoun"),
        wearing("a onesie", who="she"),
        color_of("sleepsuit", "blue", kind="open"),
        details("sleepsuit", "it has a zipper in the front"),
        Q.pattern("dinosaur"),
        Q.material("polyester", "unsupported"),
        gender="Unisex",
        title="Superbottoms Kids Teal Dinosaur Print Zipper Sleepsuit",
        category="Sleepsuit",
        color="Teal",
    ),
    # Girl of about five: maroon full-sleeve top with a white star print and "Sweet Dreams" lettering, solid maroon
    # pyjamas. Base zero-shot wrote every text; the wearing answer ran on into a question of its own.
    case(
        "X1658-019",
        caption("a little girl in red pajamas with stars on them"),
        wearing("pajamas Question: what is the color of her pajamas? Answer: red", "leak", who="she"),
        color_of("pajamas", "red", kind="open"),
        describe("top", "it says sweet dreams"),
        details("top", "stars"),
        Q.sleeve_length("long sleeves"),
        gender="Girls",
        title="Bodycare Kids Girls Maroon Printed Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Back view of a boy of about six: mustard tee (the grey car print is on the front, not seen; the back is plain),
    # grey shorts. Base zero-shot wrote every text.
    case(
        "X1658-020",
        caption("the back of a young boy in a yellow shirt and grey shorts"),
        wearing("a yellow shirt and grey shorts", who="he"),
        color_of("shirt", "yellow", kind="open"),
        details("shirt", "it has a picture of a dog on the back", "unsupported"),
        Q.pattern("solid", "contradiction"),
        color_of("shorts", "grey", kind="open"),
        gender="Boys",
        title="Hopscotch Boys Mustard & Grey Car Print Night Suit",
        category="Night suits",
        color="Mustard",
    ),
    # Girl of about four: coral sleeveless romper with shorts and a tie belt at the waist, white sneakers (styling).
    # Base zero-shot wrote every text.
    case(
        "X1658-021",
        caption("a little girl in an orange jumpsuit and white sneakers"),
        wearing("a romper", who="she"),
        color_of("romper", "orange", kind="open"),
        is_a("romper", "yes"),
        describe("romper", "it is a romper", "restated"),
        details("romper", "it has a belt"),
        Q.garment_type("dress", "contradiction"),
        gender="Girls",
        title="Gini and Jony Girls Coral Solid Cotton Romper",
        category="Rompers",
        color="Coral",
    ),
    # Boy of about eight: navy fleece pyjama pants (the product) with a red hoodie (styling), white backdrop.
    # Base zero-shot wrote every text.
    case(
        "X1658-022",
        caption("a young boy in a red hoodie and blue pants"),
        wearing("a red hoodie", who="he"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.garment_type("hoodie", "contradiction"),
        Q.material("fleece"),
        details("pants", "they are blue"),
        gender="Boys",
        title="Anthrilo Boys Navy Blue Solid Fleece Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Two children side by side: a boy in a blue and white dinosaur set, a girl in a pink and white butterfly set.
    # The feed has no colour for this row. Base zero-shot wrote every text.
    case(
        "X1658-023",
        caption("two children in pajamas standing next to each other"),
        wearing("pink pajamas", who="she"),
        color_of("pajamas", "pink and blue", kind="open"),
        describe("pajamas", "pajamas", "restated"),
        is_a("pair of pajamas", "yes"),
        Q.garment_type("pajamas"),
        gender="Unisex",
        title="YK Kids Pack of 2 Printed Night Suits",
        category="Night suits",
    ),
    # Boy of about ten with glasses: royal blue full-sleeve tee with a yellow Hogwarts crest, blue and black checked
    # pyjamas. Base zero-shot wrote every text.
    case(
        "X1658-024",
        caption("a young boy wearing glasses and a harry potter shirt"),
        wearing("a harry potter shirt and pajama pants", who="she"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        details("shirt", "hogwarts"),
        details("pants", "they are plaid"),
        Q.material("flannel", "unsupported"),
        gender="Unisex",
        title="Nap Chief Kids Blue Harry Potter Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Infant girl of about six months on white, sex not apparent from the photo: pink long-sleeve romper with a small
    # floral print and a white Peter Pan collar, white socks. Base zero-shot wrote every text.
    case(
        "X1658-025",
        caption("a baby boy in a pink outfit with flowers on it", "pronoun"),
        wearing("a pink onesie", who="she"),
        color_of("romper", "pink", kind="open"),
        describe("romper", "it has a collar and flowers"),
        Q.pattern("floral"),
        details(
            "romper",
            "it has a white collar with a white collar with a white collar with a white collar with a white collar with"
            " a white collar with",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Mothercare Infant Girls Pink Floral Print Romper",
        category="Rompers",
        color="Pink",
    ),
    # Girl of about five: grey melange hooded all-in-one pyjama with bear ears on the hood (hood up), front zip,
    # full length. Base zero-shot wrote every text.
    case(
        "X1658-026",
        caption("a little girl in a grey bear costume"),
        wearing("a bear costume", who="she"),
        color_of("sleepsuit", "grey", kind="open"),
        details("sleepsuit", "it has a hood with ears"),
        Q.garment_type("costume", "contradiction"),
        Q.sleeve_length("long sleeves"),
        gender="Unisex",
        title="H&M Kids Grey Melange Bear All-in-one Pyjamas",
        category="Sleepsuit",
        color="Grey Melange",
    ),
    # Boy of about seven: green and black camouflage short-sleeve tee, solid black pyjamas. Base zero-shot wrote every
    # text; its shirt-color answer ran on into the next question, and the pants got the same green.
    case(
        "X1658-027",
        caption("a young boy in a camouflage shirt and black pants"),
        wearing("camouflage", who="he"),
        color_of("shirt", "green Question: what is the color of the pants? Answer: green", "leak", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        Q.pattern("camouflage"),
        describe("pants", "black pants"),
        gender="Boys",
        title="Lil Tomatoes Boys Green & Black Camouflage Print Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Girl of about six: light blue full-sleeve top with an Elsa and Anna print, lilac pyjamas with white snowflakes.
    # Base zero-shot wrote every text.
    case(
        "X1658-028",
        caption("a little girl in a frozen shirt and purple pants"),
        wearing("frozen pajamas", who="she"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("shirt", "it has elsa and anna on it"),
        details("pants", "snowflakes"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Kids Ville Frozen Girls Blue Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Flat lay: yellow sleeveless romper with a front button placket and a small embroidered duck on the chest, a
    # rubber duck beside it (prop). Base zero-shot wrote every text.
    case(
        "X1658-029",
        caption("a yellow baby romper with a rubber duck"),
        wearing("a yellow onesie", who="she"),
        color_of("romper", "yellow", kind="open"),
        details("romper", "it has a duck on it"),
        describe("romper", "a yellow romper"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("cotton"),
        gender="Unisex",
        title="Babyhug Unisex Infants Yellow Solid Cotton Romper",
        category="Rompers",
        color="Yellow",
    ),
    # Boy of about twelve: grey short-sleeve tee with black "GAME ON" lettering and a game-controller print, black
    # jogger pyjamas with a white side stripe. Base zero-shot wrote every text.
    case(
        "X1658-030",
        caption("a young man in a grey shirt and black pants"),
        wearing("a t-shirt that says game on", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe("shirt", "it says game on"),
        details("pants", "nothing", "non_answer"),
        gender="Boys",
        title="Sweet Dreams Boys Grey & Black Printed Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Girl of about eight: cream long-sleeve ankle-length nightdress with a tiny blue floral sprig print and a frill
    # at the hem. Base zero-shot wrote every text.
    case(
        "X1658-031",
        caption("a little girl in a white nightgown"),
        wearing("a nightgown", who="she"),
        color_of("nightdress", "white", kind="open"),
        describe("nightdress", "it is a long nightgown with long sleeves and a ruffle at the bottom"),
        Q.material("cotton"),
        Q.pattern("solid", "contradiction"),
        gender="Girls",
        title="Marks & Spencer Girls Cream-Coloured Pure Cotton Nightdress",
        category="Nightdress",
        color="Cream",
    ),
    # Baby boy of about one sitting: blue short-sleeve romper with a white whale print, matching white bib with a
    # whale (sold with it). Base zero-shot wrote every text.
    case(
        "X1658-032",
        caption("a baby in a blue outfit with a bib"),
        wearing("a blue romper and a bib", who="he"),
        color_of("romper", "blue", kind="open"),
        details("romper", "whales"),
        is_a("romper", "yes"),
        Q.garment_type("bib", "contradiction"),
        gender="Boys",
        title="YK Infants Boys Blue & White Whale Print Romper With Bib",
        category="Rompers",
        color="Blue",
    ),
    # Girl of about nine: peach short-sleeve top with a white ice-cream print and white piping at the sleeves, white
    # shorts with peach ice-cream cones. Base zero-shot wrote every text.
    case(
        "X1658-033",
        caption("a young girl in a peach shirt and white shorts"),
        wearing("pajamas", who="she"),
        color_of("shorts", "peach", "other_garment_color", kind="open"),
        color_of("top", "peach", kind="open"),
        describe(
            "top",
            "it is a peach colored shirt with ice cream cones on it and it has a white trim on the sleeves and the"
            " collar and the bottom of the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        gender="Girls",
        title="Gini and Jony Girls Peach & White Ice Cream Print Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Baby of about one standing, sex not apparent: charcoal grey hooded full-length fleece romper with a front zip,
    # hood down showing a white sherpa lining. Base zero-shot wrote every text.
    case(
        "X1658-034",
        caption("a baby in a grey hooded onesie"),
        wearing("a onesie", who="she"),
        color_of("romper", "grey", kind="open"),
        Q.material("wool", "unsupported"),
        details("romper", "it has a hood"),
        is_a("romper", "no", "contradiction"),
        gender="Unisex",
        title="Anthrilo Unisex Kids Charcoal Grey Solid Fleece Hooded Romper",
        category="Rompers",
        color="Charcoal",
    ),
    # Girl of about six with a pixie cut: white and blue striped pyjama pants (one pair of the pack of two shown), a
    # plain navy tee (styling). Base zero-shot wrote every text.
    case(
        "X1658-035",
        caption("a little boy in striped pants and a blue shirt", "pronoun"),
        wearing("pajamas", who="she"),
        color_of("pants", "blue and white", kind="open"),
        Q.pattern("striped"),
        details("pants", "they are striped"),
        describe("pants", "they are pants", "non_answer"),
        gender="Unisex",
        title="Bodycare Kids Unisex Pack of 2 Striped Pyjamas",
        category="Pyjamas",
        color="Blue",
    ),
    # Flat lay: lavender full-sleeve footed sleepsuit with white clouds and moons and snap buttons, a rattle beside it
    # (prop). The feed has no category for this row. Base zero-shot wrote every text.
    case(
        "X1658-036",
        caption("a purple onesie with clouds and moons on it next to a rattle"),
        wearing("a onesie", who="she"),
        color_of("sleepsuit", "purple", kind="open"),
        details("sleepsuit", "it has a feet"),
        Q.garment_type("pajamas"),
        Q.material("fleece", "unsupported"),
        gender="Girls",
        title="Mini Klub Infant Girls Lavender Cloud Print Sleepsuit",
        color="Lavender",
    ),
    # Boy of about five holding a toy rocket: light blue long-sleeve top with a white rocket and planet print, dark
    # blue pyjamas. Base zero-shot wrote every text.
    case(
        "X1658-037",
        caption("a little boy holding a toy rocket in his hand"),
        wearing("pajamas with rockets on them", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe(
            "pajamas",
            "they are blue and have rockets on them and planets and stars and rockets and planets and stars and"
            " rockets and planets and stars and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        gender="Boys",
        title="H&M Boys Printed Jersey Pyjamas",
        category="Night suits",
        color="Blue",
    ),
    # Boy of about four sitting cross-legged on the floor: white tee with a small red and blue car print, red shorts.
    # Base zero-shot wrote every text.
    case(
        "X1658-038",
        caption("a little boy sitting on the floor in a white shirt and red shorts"),
        wearing("a white shirt and red shorts", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        is_a("pair of shorts", "yes"),
        details("shirt", "cars"),
        describe("shirt", "a shirt", "restated"),
        gender="Unisex",
        title="Hopscotch Kids White & Red Printed Cotton Night Suit",
        category="Night suits",
        color="White",
    ),
    # Girl of about three: mint sleeveless shorts romper with a pineapple print and a ruffled waist; no bow.
    # Base zero-shot wrote every text.
    case(
        "X1658-039",
        caption("a little girl in a green romper with pineapples on it"),
        wearing("a romper", who="she"),
        color_of("romper", "green", kind="open"),
        Q.pattern("pineapple"),
        details("romper", "it has pineapples on it and it has a bow on the front", "unsupported"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Girls",
        title="Lil Tomatoes Girls Mint Green Pineapple Print Cotton Romper",
        category="Rompers",
        color="Sea Green",
    ),
    # Boy of about three with curls: red tee with a Mickey Mouse print, black shorts with white polka dots.
    # Base zero-shot wrote every text.
    case(
        "X1658-040",
        caption("a little girl in a red mickey mouse shirt", "pronoun"),
        wearing("a mickey mouse shirt", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        details("shorts", "polka dots"),
        describe("shirt", "mickey mouse"),
        gender="Boys",
        title="Sweet Dreams Boys Red Mickey Mouse Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Baby of about six months lying on a white blanket: cream cable-knit long-sleeve romper with shoulder buttons,
    # white knit booties (styling). Base zero-shot wrote every text.
    case(
        "X1658-041",
        caption("a baby laying on a white blanket"),
        wearing("a sweater", "contradiction", who="she"),
        color_of("romper", "white", kind="open"),
        Q.garment_type("sweater", "contradiction"),
        describe("romper", "it is a knitted romper with buttons"),
        Q.material("wool", "unsupported"),
        gender="Unisex",
        title="Mothercare Unisex Infants Cream Cable Knit Romper",
        category="Rompers",
        color="Cream",
    ),
    # Boy of about eight: navy pyjama pants with a white drawstring (the product), a grey and white striped tee
    # (styling). The feed has no gender for this row, so the fallback pronoun was asked. Base zero-shot wrote every
    # text.
    case(
        "X1658-042",
        caption("a young boy in a striped shirt and blue pants"),
        wearing("a striped shirt", who="she"),
        color_of("pants", "blue", kind="open"),
        Q.pattern("striped", "contradiction"),
        details("pants", "they have a drawstring"),
        describe("pants", "blue pants with a white drawstring"),
        title="Gini and Jony Boys Navy Blue Solid Cotton Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Girl of about eight: yellow short-sleeve top with "Sleepy Head" lettering and a sloth, yellow and white striped
    # shorts, a matching sloth eye mask pushed up on her forehead. Base zero-shot wrote every text.
    case(
        "X1658-043",
        caption("a girl wearing a yellow shirt and a sleep mask"),
        wearing("a sleep mask", who="she"),
        color_of("shirt", "yellow", kind="open"),
        describe("shirt", "it says sleepy head"),
        Q.garment_type("mask", "contradiction"),
        color_of("shorts", "yellow and white", kind="open"),
        gender="Girls",
        title="YK Girls Yellow Printed Night Suit With Eye Mask",
        category="Night suits",
        color="Yellow",
    ),
    # Girl of about five in a Santa hat (prop): red full-sleeve top with a red-nosed reindeer in a green scarf holding
    # a gift and "Merry Christmas", red and green tartan pyjamas. Base zero-shot wrote every text.
    case(
        "X1658-044",
        caption("a little girl wearing a santa hat and christmas pajamas"),
        wearing("christmas pajamas", who="she"),
        color_of("shirt", "red", kind="open"),
        color_of(
            "pants",
            "red and green Question: what is the color of the shirt? Answer: red Question: what is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "it says merry christmas and has a reindeer on it with a red nose and a green scarf and the reindeer is"
            " holding a",
            "cut",
            hit_limit=True,
        ),
        details("pants", "they are plaid"),
        Q.material("cotton", "unsupported"),
        gender="Unisex",
        title="Bodycare Kids Unisex Red & Green Christmas Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Toddler boy standing: grey melange dungaree romper with shorts and two strap buttons, over a white tee with blue
    # stripes (sold with it). Base zero-shot wrote every text.
    case(
        "X1658-045",
        caption("a little boy in overalls and a striped shirt"),
        wearing("overalls", who="he"),
        color_of("romper", "white", "other_garment_color", kind="open"),
        Q.garment_type("overalls"),
        details("romper", "it has two buttons on the straps"),
        gender="Boys",
        title="Mini Klub Infant Boys Grey Melange Dungaree Romper with T-shirt",
        category="Rompers",
        color="Grey Melange",
    ),
]
