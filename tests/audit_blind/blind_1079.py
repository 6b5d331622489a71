"""BLIND_1079 (46 products; Myntra kids' casual wear, base BLIP-2 zero-shot): written blind in the fifty-ninth session.
Measured blind at b845312 (the session's eighth rules): 111/130 failures found (85.4%) and 2/173 correct texts flagged
(1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' casual wear feed (Boys and Girls: t-shirts, polos, shirts, shorts, jeans, dresses,
tops). Catalog photos of a child model on a white or light grey studio backdrop, mostly front view, a few side or
back views and two flat lays with no child. The labelled product is worn with other clothes (shorts or jeans under
a tee, a tee under an open shirt, a top over leggings), so the photos always show two or more colors.

Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b, no adapter (zero-shot).
Captions and open answers are greedy free generation (50 and 30 new tokens); closed answers (garment type, color,
pattern, sleeve length, the yes/no "Is this a ...?" questions, and the color questions marked closed) come from
enrich's --engine reference, which picks one candidate value. The base model's habits: short lowercase answers,
"t - shirt" spaced the BLIP way in some captions, one color given to every garment, "a boy" for girls with short
hair or caps, invented pockets, logos, buttons and fabrics, a yes/no or a single word where a description was asked,
and now and then the prompt format continued ("... Question: ... Answer: ...") or a phrase repeated to the limit.
Loops and cuts are rarer here than with the experiments' adapters, since the base model has its newline terminator.

Labeling conventions and judgement calls:
- The product is the garment the seller's category names; "the shirt" in a question about a polo or tee is read as
  that product. A color that belongs to another visible garment given to the product is other_garment_color; a
  wrong color that no visible garment has, a wrong garment type, pattern or sleeve length, or a yes to the wrong
  garment is contradiction.
- Shades are accepted: navy for navy blue, green for olive, pink for peach-pink, grey for grey melange, blue for
  denim, blue for teal; "dark blue" jeans for a seller's Navy Blue is correct. Orange for a seller's Peach is a
  contradiction (another color family), though peach leans orange. A print's color given to the whole product
  (red for a blue tee with a red Spider-Man face) is contradiction: the seller's color is the ground.
- Material: "denim" for jeans and denim shorts and "cotton" for a plain knit tee or a cotton-titled garment are
  accepted readings; a named fiber the photo cannot show (silk, wool, polyester, linen, spandex, a percentage) with
  no title support is unsupported; a fabric the title contradicts (cotton for a "Rayon" dress) is contradiction.
- Invented parts (pockets, zips, buttons, hoods, logos, lace, text on a plain tee) and props or backdrops not in the
  photo are unsupported, even when the rest of the sentence is right.
- A single garment word or yes/no to an open question (describe, details, wearing) is non_answer; a sentence that
  only turns the question's words back ("the details of the shirt are the shirt details") is restated.
- "he"/"boy" for a Girls product, "she"/"girl" for a Boys product is pronoun, in captions as in answers; a caption
  that names the child right and one garment wrong is labelled by the garment error.
- A text that ran to the token limit is hit_limit=True: loops, cuts, and leaks that kept writing question and answer
  pairs. A leak that stopped on its own is not.
- One label per text: when a text has two faults, the one a reader notices first (a loop over the color it repeats,
  a leak over the wrong color inside it).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1079 = [
    # photo: boy, front view, white backdrop; navy blue round-neck tee with a yellow-and-white dinosaur print and the
    # word ROAR in white, grey melange knit shorts, white sneakers. All texts: base model zero-shot.
    case(
        "X1079-001",
        caption("a young boy wearing a blue t - shirt with a dinosaur on it"),
        wearing("a blue t-shirt and grey shorts", who="the boy"),
        color_of("t-shirt", "black", "contradiction"),
        Q.pattern("graphic"),
        describe("t-shirt", "it is a blue t-shirt with a yellow dinosaur and the word roar"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        Q.material("cotton and polyester", "unsupported"),
        title="Gini and Jony Boys Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy, front view, hands in the pockets of mid-blue denim jeans; red pique polo with white tipping on the
    # collar and sleeve hems and a small white embroidered horse logo; white backdrop. Base model zero-shot.
    case(
        "X1079-002",
        caption("a young boy in a red polo shirt and jeans"),
        wearing("a red shirt and blue jeans", who="the boy"),
        color_of("shirt", "blue", "other_garment_color"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short sleeves"),
        describe(
            "shirt",
            "it is a red polo shirt with white stripes on the collar and white stripes on the collar and white stripes "
            "on the collar and white",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a button down collar and two chest pockets", "unsupported"),
        title="U.S. Polo Assn. Kids Boys Red Solid Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; white tee with a large red and blue racing car graphic, olive cargo
    # shorts with side pockets, barefoot. Base model zero-shot.
    case(
        "X1079-003",
        caption("a boy in a white t - shirt with a car on it and green shorts"),
        wearing("he is wearing a white t-shirt and shorts", who="the boy"),
        color_of("t-shirt", "green", "other_garment_color"),
        describe("t-shirt", "t-shirt", "non_answer"),
        details("t-shirt", "red car print on the front"),
        Q.pattern("solid", "contradiction"),
        title="Palm Tree Boys White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy, front view, light grey backdrop; mustard yellow tee with thin navy horizontal stripes, navy chino
    # shorts, a navy cap. Base model zero-shot.
    case(
        "X1079-004",
        caption("a little boy wearing a yellow and blue striped shirt and a blue hat"),
        wearing("a striped shirt, shorts and a hat", who="the boy"),
        color_of("t-shirt", "yellow"),
        Q.pattern("solid", "contradiction"),
        describe("t-shirt", "the t-shirt is blue and white striped", "contradiction"),
        details("t-shirt", "she is wearing a t-shirt with stripes", "pronoun"),
        Q.material("cotton"),
        title="YK Boys Mustard Yellow & Navy Striped Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; black tee with a white "GAME ON" slogan and a green game-controller
    # print, charcoal grey track shorts with white side piping. Base model zero-shot.
    case(
        "X1079-005",
        caption("a boy in a black t - shirt that says game on"),
        wearing("black t-shirt and grey shorts", who="the boy"),
        color_of("t-shirt", "black"),
        Q.garment_type("sweatshirt", "contradiction"),
        describe("t-shirt", "a black t-shirt with a video game controller on it"),
        details(
            "t-shirt",
            "game on game on game on game on game on game on game on game on game on game on game on game on game",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "no"),
        title="612 league Boys Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; royal blue tee with a white and red Spider-Man face print, blue
    # denim shorts in a lighter wash. Base model zero-shot.
    case(
        "X1079-006",
        caption("a young boy wearing a spiderman shirt and jean shorts"),
        wearing("a spider man t-shirt and denim shorts", who="the boy"),
        color_of("t-shirt", "red", "contradiction"),
        Q.pattern("graphic"),
        describe("t-shirt", "it has spiderman on it"),
        details("t-shirt", "the t-shirt has a spiderman mask with red eyes and a web on the back", "unsupported"),
        Q.material("polyester", "unsupported"),
        title="Marvel by Kidsville Boys Blue Spider-Man Printed T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; grey melange hooded tee (short sleeves, drawstring hood) with a small
    # orange chest print, black jogger shorts. Base model zero-shot.
    case(
        "X1079-007",
        caption("a boy in a grey hooded t - shirt and black shorts"),
        wearing("grey hooded t-shirt and black shorts", who="the boy"),
        color_of("t-shirt", "black", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("t-shirt", "the t-shirt is grey with a hood"),
        details("t-shirt", "Question: What are the t-shirt details? Answer: grey hood", "leak"),
        title="Jack & Jones Junior Boys Grey Melange Hooded T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: flat lay on a white surface, no child; olive green tee with a white palm-tree print. Base model
    # zero-shot.
    case(
        "X1079-008",
        caption("a green t - shirt with palm trees on it"),
        wearing("a green t-shirt"),
        color_of("t-shirt", "olive"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "green t-shirt with white palm trees, laid on a wooden table", "unsupported"),
        Q.material("cotton"),
        title="Nauti Nati Boys Olive Green Printed T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; orange tee with a Chhota Bheem cartoon print (Bheem in orange dhoti,
    # yellow and brown), blue jeans. Base model zero-shot.
    case(
        "X1079-009",
        caption("a boy wearing an orange shirt with a cartoon character on it holding a ball", "unsupported"),
        wearing("an orange t-shirt and blue jeans", who="the boy"),
        color_of("t-shirt", "orange"),
        describe("t-shirt", "an orange t-shirt with a cartoon boy on it"),
        details(
            "t-shirt",
            "chhota bheem chhota bheem chhota bheem chhota bheem chhota bheem chhota bheem chhota bheem chhota",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Chhota Bheem Kids Boys Orange Printed T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: boy, side view turned to the left, white backdrop; maroon round-neck tee, plain, black track pants.
    # Base model zero-shot.
    case(
        "X1079-010",
        caption("a boy in a maroon shirt and black pants"),
        wearing("a t-shirt", who="the boy"),
        color_of("t-shirt", "black", "other_garment_color"),
        Q.pattern("solid"),
        describe("t-shirt", "it is a maroon t-shirt with the nike logo on the chest", "unsupported"),
        details("t-shirt", "what are the t-shirt details", "restated"),
        title="Proline Boys Solid Maroon T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; white and light blue small-check cotton shirt, half sleeves, buttoned,
    # one chest pocket on the left, over khaki shorts. Base model zero-shot.
    case(
        "X1079-011",
        caption("a young boy wearing a blue and white checkered shirt and khaki shorts"),
        wearing("a plaid shirt and shorts", who="the boy"),
        color_of("shirt", "khaki", "other_garment_color"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves"),
        describe("shirt", "a blue and white checked shirt with short sleeves"),
        details(
            "shirt",
            "the shirt has buttons down the front and a chest pocket on the left side and the sleeves are short and "
            "the collar is",
            "cut",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        title="U.S. Polo Assn. Kids Boys Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; open red-and-black buffalo check flannel shirt, full sleeves rolled to
    # the elbow, over a plain white tee, dark blue jeans. Base model zero-shot.
    case(
        "X1079-012",
        caption("a boy wearing a red and black plaid shirt over a white t - shirt"),
        wearing("a plaid shirt, white t-shirt and jeans", who="the boy"),
        color_of("shirt", "white", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        describe("shirt", "the shirt is red and black plaid"),
        details(
            "shirt",
            "the shirt has a red and black plaid pattern with a white t-shirt underneath and a pair of jeans and a "
            "pair of black and",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", "contradiction"),
        title="Cherokee Kids Boys Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; light blue chambray denim shirt, full sleeves, two flap chest pockets,
    # with white shorts. Base model zero-shot.
    case(
        "X1079-013",
        caption("a little boy in a blue denim shirt and white shorts"),
        wearing("a denim shirt and white shorts", who="the boy"),
        color_of("shirt", "light blue"),
        Q.sleeve_length("long sleeves"),
        describe("shirt", "a white shirt with two pockets", "contradiction"),
        details("shirt", "two pockets on the front with flaps"),
        Q.material("cotton"),
        title="Pepe Jeans Kids Boys Light Blue Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy, front view, light grey backdrop; white shirt with an all-over red anchor print, half sleeves,
    # mandarin collar, navy shorts. Base model zero-shot.
    case(
        "X1079-014",
        caption("a boy wearing a white shirt with anchors on it and navy shorts"),
        color_of("shirt", "navy blue", "other_garment_color"),
        Q.pattern("printed"),
        describe("shirt", "it is white with red anchors"),
        details("shirt", "nothing", "non_answer"),
        wearing("she is wearing a white shirt with anchors and blue shorts", "pronoun", who="the child"),
        Q.material("cotton"),
        title="Gini and Jony Boys White Anchor Print Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; olive green solid shirt, full sleeves, buttoned, over black jeans.
    # Base model zero-shot.
    case(
        "X1079-015",
        caption("a young boy in a black shirt and black jeans", "other_garment_color"),
        wearing("a green shirt and black jeans", who="the boy"),
        color_of("shirt", "olive"),
        Q.pattern("solid"),
        describe("shirt", "shirt", "non_answer"),
        details("shirt", "the shirt has a hood and a zipper", "unsupported"),
        title="Allen Solly Junior Boys Olive Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy, back view, white backdrop; pink and white vertical striped shirt, half sleeves, beige shorts; the
    # collar shows from behind. Base model zero-shot.
    case(
        "X1079-016",
        caption("the back of a boy wearing a pink and white striped shirt"),
        wearing("a pink striped shirt and beige shorts", who="the boy"),
        color_of("shirt", "red", "contradiction"),
        Q.pattern("striped"),
        describe("shirt", "a pink shirt with white stripes and a pocket on the front", "unsupported"),
        details("shirt", "the shirt is striped. Question: What are the shorts details? Answer: beige", "leak"),
        title="UCB Kids Boys Pink & White Striped Casual Shirt",
        category="Shirts",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; navy blue cotton twill chino shorts with a brown belt, tucked-in white
    # polo on top. Base model zero-shot.
    case(
        "X1079-017",
        caption("a boy in a white polo shirt and navy shorts"),
        wearing("a white polo shirt and blue shorts", who="the boy"),
        color_of("shorts", "white", "other_garment_color"),
        Q.garment_type("pants", "contradiction"),
        describe("shorts", "they are shorts", "non_answer"),
        details("shorts", "the shorts have a belt and pockets"),
        Q.material("cotton"),
        title="Gini and Jony Boys Navy Blue Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; khaki beige cargo shorts with flap pockets on the sides, worn with a
    # green graphic tee. Base model zero-shot.
    case(
        "X1079-018",
        caption("a boy wearing a green t - shirt and khaki shorts"),
        wearing("clothes", "non_answer", who="the boy"),
        color_of("shorts", "green", "other_garment_color"),
        describe("shorts", "khaki cargo shorts with pockets on the side"),
        details("shorts", "the shorts are made of leather", "unsupported"),
        Q.pattern("solid"),
        title="Palm Tree Boys Khaki Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; mid-blue denim shorts with a frayed hem, worn with a white tee with a
    # small black print. Base model zero-shot.
    case(
        "X1079-019",
        caption("a young boy in a white shirt and denim shorts"),
        wearing("she is wearing a white t-shirt and jean shorts", "pronoun", who="the boy"),
        color_of("shorts", "blue"),
        Q.garment_type("jeans", "contradiction"),
        describe("shorts", "denim shorts"),
        details("shorts", "frayed edges at the bottom"),
        Q.material("denim"),
        is_a("pair of shorts", "yes"),
        title="Pepe Jeans Kids Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy, side view, white backdrop; black track shorts with two white side stripes, with a red tee.
    # Base model zero-shot.
    case(
        "X1079-020",
        caption("a boy in a red shirt and black shorts playing soccer on a field", "unsupported"),
        wearing("he is wearing a red shirt and black shorts", who="the boy"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        describe("shorts", "black shorts with two white stripes on the side"),
        details("shorts", "the shorts details are shorts", "restated"),
        title="Jack & Jones Junior Boys Black Striped Sports Shorts",
        category="Shorts",
        color="Black",
        gender="Boys",
    ),
    # photo: boy, front view, light grey backdrop; grey melange knit shorts with a drawstring waist, with a navy tee.
    # Base model zero-shot.
    case(
        "X1079-021",
        caption("a boy wearing a navy t - shirt and grey shorts"),
        wearing("navy blue shirt and gray shorts", who="the boy"),
        color_of("shorts", "grey"),
        describe(
            "shorts",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "shorts", "non_answer"),
        Q.material("wool", "unsupported"),
        title="Proline Boys Grey Melange Knitted Shorts",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; dark blue slim jeans with light whiskering, worn with a yellow tee.
    # Base model zero-shot.
    case(
        "X1079-022",
        caption("a young boy in a yellow shirt and black jeans", "contradiction"),
        wearing("a yellow t-shirt and jeans", who="the boy"),
        color_of("jeans", "yellow", "other_garment_color"),
        Q.garment_type("jeans"),
        describe("jeans", "dark blue slim jeans"),
        details("jeans", "the jeans have rips on the knees", "unsupported"),
        Q.material("denim"),
        title="Pepe Jeans Kids Boys Navy Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; black jeans with a faded wash, worn with a white and grey raglan tee.
    # Base model zero-shot.
    case(
        "X1079-023",
        caption("a boy in a white shirt and black jeans"),
        wearing("white shirt and black jeans", who="the boy"),
        color_of("jeans", "black"),
        describe("jeans", "the jeans are black and white", "other_garment_color"),
        details("jeans", "jeans", "non_answer"),
        Q.material("denim"),
        title="UCB Kids Boys Black Faded Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; mid-blue jeans with rips at both knees, a grey hoodie on top.
    # Base model zero-shot.
    case(
        "X1079-024",
        caption("a boy wearing a grey sweatshirt and ripped jeans"),
        wearing("a gray hoodie and ripped blue jeans", who="the boy"),
        color_of("jeans", "grey", "other_garment_color"),
        describe("jeans", "blue jeans with holes in the knees"),
        details(
            "jeans",
            "rips on the knees Question: What is the color of the jeans? Answer: blue Question: What is the color of "
            "the hoodie? Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Mothercare Boys Blue Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop; light blue jeans with an elastic waistband, a white and navy striped
    # tee tucked in. Base model zero-shot.
    case(
        "X1079-025",
        caption("a little girl in a striped shirt and jeans", "pronoun"),
        wearing("a striped t-shirt and jeans", who="the child"),
        color_of("jeans", "light blue"),
        Q.pattern("striped", "contradiction"),
        describe("jeans", "they are light blue jeans"),
        details(
            "jeans",
            "the jeans have an elastic waist and a white and blue striped t-shirt tucked into the jeans and the boy is",
            "cut",
            hit_limit=True,
        ),
        title="Doodle Boys Light Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop; pink fit-and-flare sleeveless dress with a white polka dot print and a
    # bow at the waist, white sandals. Base model zero-shot.
    case(
        "X1079-026",
        caption("a little girl in a pink polka dot dress"),
        wearing("a pink dress", who="the girl"),
        color_of("dress", "pink"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "pink with white polka dots and a bow"),
        details("dress", "the dress has lace on the sleeves", "unsupported"),
        Q.material("silk", "unsupported"),
        title="612 league Girls Pink Polka Dot Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl, front view, light grey backdrop; yellow cotton A-line dress with an all-over small white daisy
    # print, cap sleeves. Base model zero-shot.
    case(
        "X1079-027",
        caption("a girl wearing a yellow dress with flowers on it"),
        wearing("a white dress with yellow flowers", "contradiction", who="the girl"),
        color_of("dress", "yellow"),
        Q.pattern("floral"),
        describe("dress", "it is a dress", "non_answer"),
        details("dress", "he is wearing a yellow dress with white flowers", "pronoun"),
        Q.material("cotton"),
        title="Tiny Girl Girls Yellow Floral Print A-Line Cotton Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; navy blue tiered cotton midi dress with short flutter sleeves, solid,
    # worn alone with white canvas shoes. Base model zero-shot.
    case(
        "X1079-028",
        caption("a young girl in a blue dress"),
        wearing("a navy blue dress and white shoes", who="the girl"),
        color_of("dress", "white", "other_garment_color"),
        Q.garment_type("dress"),
        describe("dress", "a tiered dress with ruffles"),
        details("dress", "ruffle sleeves and a zipper on the back", "unsupported"),
        Q.material("rayon", "contradiction"),
        title="Nauti Nati Girls Navy Blue Tiered Cotton Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; red and white gingham check sleeveless dress with a round neck,
    # red hairband. Base model zero-shot.
    case(
        "X1079-029",
        caption("a little girl wearing a red and white checkered dress"),
        wearing("he is wearing a checkered dress and a headband", "pronoun", who="the girl"),
        color_of("dress", "red"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("dress", "red gingham dress"),
        details("dress", "the dress has a white collar and buttons down the front", "unsupported"),
        title="Cherokee Kids Girls Red & White Checked Sleeveless Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl, side view, white backdrop; mint green skater dress, solid, round neck, short sleeves, white
    # leggings underneath. Base model zero-shot.
    case(
        "X1079-030",
        caption("a young girl in a green dress and white leggings standing in a garden", "unsupported"),
        wearing("green dress, white tights", who="the girl"),
        color_of("dress", "white", "other_garment_color"),
        Q.pattern("solid"),
        describe("dress", "a light green skater dress with a flared skirt"),
        details("dress", "what are the dress details? the dress details are the details of the dress", "restated"),
        title="Lilliput Girls Mint Green Skater Dress",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; black viscose rayon dress with an all-over butterfly print in blue,
    # yellow and white, short sleeves, pink sneakers (the only pink in the photo). Base model zero-shot.
    case(
        "X1079-031",
        caption("a little girl in a black dress with butterflies"),
        wearing("black butterfly dress and pink shoes", who="the girl"),
        color_of("dress", "pink", "other_garment_color"),
        describe("dress", "a black dress with colorful butterflies"),
        details("dress", "the dress has butterflies on it and a belt at the waist", "unsupported"),
        Q.material("cotton", "contradiction"),
        is_a("dress", "yes"),
        title="YK Girls Black Butterfly Print Viscose Rayon A-Line Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; white cotton top with pink ruffled shoulders and a small pink
    # embroidered heart, blue denim shorts. Base model zero-shot.
    case(
        "X1079-032",
        caption("a girl in a white top and denim shorts"),
        wearing("white top and blue shorts", who="the girl"),
        color_of("top", "blue", "other_garment_color"),
        Q.garment_type("top"),
        describe("top", "white top with pink ruffles on the shoulders"),
        details("top", "a pink heart on the front Answer: a pink heart", "leak"),
        Q.material("denim", "unsupported"),
        title="Tiny Girl Girls White Ruffled Top with Heart Embroidery",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: girl, front view, light grey backdrop; lavender top with puff sleeves and smocking at the chest, white
    # jeans. Base model zero-shot.
    case(
        "X1079-033",
        caption("a girl wearing a purple shirt and white pants"),
        wearing("a white top and white jeans", "other_garment_color", who="the girl"),
        color_of("top", "lavender"),
        Q.sleeve_length("short sleeves"),
        describe("top", "a purple top with puffy sleeves"),
        details("top", "yes", "non_answer"),
        Q.garment_type("dress", "contradiction"),
        title="Lilliput Girls Lavender Puff Sleeve Smocked Top",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; peach top with an all-over small white and green leaf print and a
    # tie-up hem, white shorts. Base model zero-shot.
    case(
        "X1079-034",
        caption("a little girl in a peach top and white shorts"),
        wearing("an orange shirt and white shorts", "contradiction", who="the girl"),
        color_of("top", "peach"),
        Q.pattern("solid", "contradiction"),
        describe("top", "the top is peach with leaves and is tied at the bottom"),
        details(
            "top",
            "the top has a knot at the bottom and the top has a knot at the bottom and the top has a knot at the",
            "loop",
            hit_limit=True,
        ),
        title="Gini and Jony Girls Peach Leaf Print Tie-Up Top",
        category="Tops",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; red and navy horizontal striped long-sleeve top, blue jeggings,
    # red ballet flats. Base model zero-shot.
    case(
        "X1079-035",
        caption("a boy in a red and blue striped shirt and jeans", "pronoun"),
        wearing("Answer: a striped shirt and blue jeans", "leak", who="the child"),
        color_of("top", "red"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("striped"),
        describe("top", "it is a red and blue striped long sleeve top"),
        details("top", "the top has a pocket on the chest with a white button", "unsupported"),
        title="UCB Kids Girls Red & Navy Striped Top",
        category="Tops",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; black crop top with a gold glitter "DREAM BIG" print, a grey melange
    # jogger below. Base model zero-shot.
    case(
        "X1079-036",
        caption("a girl in a black shirt that says dream big"),
        wearing("a black crop top and gray pants", who="the girl"),
        color_of("top", "grey", "other_garment_color"),
        describe("top", "the top is black with sparkly gold letters that say dream big"),
        details("top", "top", "non_answer"),
        Q.material("spandex", "unsupported"),
        title="YK Girls Black Typography Print Crop Top",
        category="Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; teal sleeveless top with a white lace panel at the yoke, white leggings.
    # Base model zero-shot.
    case(
        "X1079-037",
        caption("a little girl in a blue top and white leggings"),
        wearing("blue tank top and leggings", who="the girl"),
        color_of("top", "what is the color of the top", "restated", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("top", "a teal top with white lace at the neck"),
        details("top", "Answer: the top has lace", "leak"),
        title="Tiny Girl Girls Teal Lace Yoke Top",
        category="Tops",
        color="Teal",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; mustard yellow woven top with short flutter sleeves and a white floral
    # embroidery at the neckline, blue denim skirt. Base model zero-shot.
    case(
        "X1079-038",
        caption("a girl in a yellow top and a blue skirt"),
        wearing("yellow top and jean skirt", who="the girl"),
        color_of("top", "mustard"),
        Q.garment_type("skirt", "contradiction"),
        describe(
            "top",
            "yellow top with white embroidered flowers around the neck and short frilly sleeves and the girl is "
            "wearing a blue denim skirt and",
            "cut",
            hit_limit=True,
        ),
        details("top", "no", "non_answer"),
        Q.material("cotton"),
        title="Nauti Nati Girls Mustard Embroidered Top",
        category="Tops",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl, back view, white backdrop; maroon top with a keyhole button at the back neck, black leggings.
    # Base model zero-shot.
    case(
        "X1079-039",
        caption("the back of a girl in a red shirt and black pants"),
        color_of("top", "black", "other_garment_color"),
        describe("top", "a maroon top with a button on the back"),
        details("top", "the top has a keyhole and a button on the back and a bow on the front", "unsupported"),
        wearing("he is wearing a red shirt and black pants", "pronoun", who="the child"),
        title="Cherokee Kids Girls Maroon Keyhole Back Top",
        category="Tops",
        color="Maroon",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; white tee with a pink unicorn and rainbow print, lavender shorts.
    # Base model zero-shot.
    case(
        "X1079-040",
        caption("a little girl wearing a white shirt with a unicorn on it"),
        wearing("a unicorn t-shirt and purple shorts", who="the girl"),
        color_of("t-shirt", "purple", "other_garment_color"),
        Q.pattern("graphic"),
        describe("t-shirt", "describe the t-shirt. it is a t-shirt", "restated"),
        details("t-shirt", "the t-shirt has a unicorn and a rainbow and glitter stars on the sleeves", "unsupported"),
        title="Doodle Girls White Unicorn Print T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: girl with short bob hair, front view, light grey backdrop; plain light blue tee, navy shorts, white
    # sneakers. Base model zero-shot.
    case(
        "X1079-041",
        caption("a young boy in a light blue t - shirt and blue shorts", "pronoun"),
        wearing("light blue shirt and navy shorts", who="the child"),
        color_of("t-shirt", "navy blue", "other_garment_color"),
        Q.pattern("solid"),
        describe("t-shirt", "a plain light blue t-shirt with short sleeves"),
        details("t-shirt", "he is wearing a blue t-shirt", "pronoun"),
        is_a("t-shirt", "yes"),
        title="Proline Girls Light Blue Solid T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat lay on a white surface, no child; fuchsia pink tee with a white cat face print and sequins on the
    # cat's ears. Base model zero-shot.
    case(
        "X1079-042",
        caption("a pink t - shirt with a cat face on it"),
        color_of("t-shirt", "magenta"),
        Q.garment_type("sweatshirt", "contradiction"),
        describe("t-shirt", "a pink t-shirt with a white cat and sequins"),
        details(
            "t-shirt",
            "the t-shirt is pink with a white cat on it and a pink cat on the back and a cat",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="612 league Girls Pink Cat Print Sequinned T-shirt",
        category="Tshirts",
        color="Magenta",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; denim shorts in a light wash with rolled hems, worn with a coral tee.
    # Base model zero-shot.
    case(
        "X1079-043",
        caption("a little girl wearing an orange shirt and denim shorts"),
        wearing("orange shirt and jean shorts", who="the girl"),
        color_of("shorts", "orange", "other_garment_color"),
        Q.garment_type("skirt", "contradiction"),
        describe("shorts", "blue denim shorts with rolled up edges"),
        details("shorts", "they are short", "non_answer"),
        Q.material("denim"),
        title="Pepe Jeans Kids Girls Light Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; white cotton shorts with a red, green and orange tropical fruit
    # print and a white elastic waist, yellow tee tucked in. Base model zero-shot.
    case(
        "X1079-044",
        caption("a girl in a yellow shirt and white shorts with fruit on them"),
        wearing("a yellow shirt and printed shorts", who="the girl"),
        color_of("shorts", "yellow", "other_garment_color"),
        Q.pattern("printed"),
        describe("shorts", "white shorts with fruits and a pocket on each side", "unsupported"),
        details(
            "shorts",
            "the shorts have an elastic waistband. Question: What is she wearing? Answer: a yellow shirt and white "
            "shorts. Question: What is",
            "leak",
            hit_limit=True,
        ),
        title="Tiny Girl Girls White Tropical Print Shorts",
        category="Shorts",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; dark blue skinny jeans with a pink embroidered flower on one pocket,
    # white top. Base model zero-shot.
    case(
        "X1079-045",
        caption("a girl in a white shirt and blue jeans"),
        wearing("a white top and jeans", who="the girl"),
        color_of("jeans", "white", "other_garment_color"),
        describe("jeans", "dark blue jeans with a flower on the pocket"),
        details("jeans", "the details of the jeans are the jeans", "restated"),
        Q.material("denim"),
        is_a("pair of leggings", "yes", "contradiction"),
        title="Lilliput Girls Navy Blue Skinny Jeans with Embroidery",
        category="Jeans",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop; white cotton shirt with navy pinstripes, full sleeves, tied at the
    # waist over light grey leggings. Base model zero-shot.
    case(
        "X1079-046",
        caption("a girl wearing a white shirt and grey leggings"),
        wearing("a striped shirt and leggings", who="the girl"),
        color_of("shirt", "grey", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        describe("shirt", "describe the shirt", "restated"),
        details("shirt", "the shirt is tied at the waist"),
        title="UCB Kids Girls White & Navy Striped Tie-Up Shirt",
        category="Shirts",
        color="White",
        gender="Girls",
    ),
]
