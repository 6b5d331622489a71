"""BLIND_1116 (46 products; Myntra kids' casual wear, base BLIP-2 zero-shot): written blind in the sixtieth session.
Measured blind at 796126b (the session's fourth rules): 118/138 failures found (85.5%) and 2/184 correct texts flagged
(1.1%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' feed (gender Boys or Girls, category Tshirts, Shirts, Shorts, Jeans, Dresses or Tops,
the seller's color and title). The photos are catalog shots: a child model standing front-on against a plain studio
backdrop (white for most, a grey, a pale blue and a pastel pink one), the sold garment worn with the outfit's other
pieces (shorts under a t-shirt, a t-shirt under an open shirt, a top over leggings or jeans); one is a flat lay with
no child. A few rows lack a column (one has no title, one no category, one no color, one no gender).

Who wrote what: every text comes from the base Salesforce/blip2-opt-2.7b with no adapter. Captions are the base
model's unprompted captions; open answers are its free generation to `Question: ... Answer:` (greedy, 30 new
tokens); closed answers (garment_type, color, pattern, sleeve_length, is_a and the experiments' closed color
question) come from enrich's `--engine reference`, which picks one candidate. The base model is terse: short
lowercase answers, often a bare noun, now and then an echo of the question; it repeats one color for every garment
and takes the backdrop's or the print's color for the garment's, gets the child's gender wrong when a boy has longer
hair or a girl wears jeans, invents pockets, logos, belts and bows, and guesses fabrics. It mostly stops on its own,
so loops and cuts are rarer than with the fine-tuned adapters, but greedy decoding still loops on a list of details
now and then and a long description runs to the 30-token limit; a few answers go on into a new
`Question: ... Answer:` turn or start with `Answer:`.

Labeling conventions and judgement calls:
- The photo is the truth, not the seller: a row's color says what the seller typed; where a seller's color is a
  group name for a multicolored print (Multi) the dominant base color of the garment is a correct color answer.
- other_garment_color: a free-generated text (caption or open answer) that gives the sold garment the color of
  another garment worn in the photo. A closed answer that picks another garment's color, the backdrop's color or the
  print's color is labeled contradiction, and so is an open answer that takes the backdrop's or the print's color
  (neither is a garment).
- contradiction also covers a wrong garment type, a wrong pattern or sleeve length, and a wrong yes to "Is this a
  ...?".
- unsupported: a detail or object the photo does not show (a pocket, logo, belt, bow, zipper, hat, surfboard, a
  child in a flat lay), and a fabric the photo contradicts or cannot show (silk, wool, leather, chiffon, denim for
  chino or knit shorts). "cotton" for a jersey t-shirt or a knit, "denim" for jeans or denim shorts, "linen" where
  the title says linen and "lace" for a lace top are counted correct.
- non_answer: an empty answer, a yes/no, "clothes", "i don't know" or a bare single word (a garment noun, a color)
  given to an open question. restated: an answer that only echoes the question's words ("the shirt is a shirt", "the
  details of the dress", "what is the girl wearing").
- pronoun: he/she, or boy/girl, that is wrong for the row's gender and the child in the photo. Not used for the
  row without a gender.
- A blue-green (teal) answered "green" and a chambray shirt called "denim" are counted correct; peach answered
  "pink", maroon answered "red" and mustard answered "yellow" are correct shades.
- A text with two faults carries one label, the one that makes it wrong first: a loop or cut over its content, a
  leak over its content.
- hit_limit=True only on texts that ran to the 30-token limit (loops, cuts, two leaks that kept going).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1116 = [
    # photo: a boy front-on on a white backdrop in a navy blue round-neck short-sleeved t-shirt with a white and
    # orange skateboard graphic on the chest, grey cotton shorts, white sneakers. Base model, all texts.
    case(
        "X1116-001",
        caption("a young boy in a blue t-shirt and grey shorts standing on a white background"),
        wearing("a navy blue t-shirt and grey shorts"),
        D.garment_type("t-shirt"),
        D.color("grey", "contradiction"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        describe("t-shirt", "it is a blue t-shirt with a picture of a skateboard on it"),
        details("t-shirt", "the t-shirt has a skateboard print on the front and a logo on the sleeve", "unsupported"),
        D.sleeve_length("short sleeves"),
        title="Gini and Jony Boys Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a sleeveless pink fit-and-flare dress with a small white and yellow floral
    # print and a white sash at the waist, pink hairband, front view, nothing else worn. Base model.
    case(
        "X1116-002",
        caption("a little girl in a pink dress with flowers on it"),
        wearing("a pink dress", who="she"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        describe("dress", "the dress is pink with white flowers and a white bow at the back", "unsupported"),
        details("dress", "pink", "non_answer"),
        title="Peppermint Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in khaki cotton chino shorts with belt loops and slant side pockets, a white
    # t-shirt with a small blue print, white shoes, front view. Base model.
    case(
        "X1116-003",
        caption("a boy wearing a white t-shirt and khaki shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        wearing("he is wearing a white t-shirt and beige shorts", who="he"),
        D.garment_type("shorts"),
        details("shorts", "the shorts have pockets on the sides and a belt loop"),
        describe("shorts", "they are shorts", "restated"),
        B.material("denim", "unsupported"),
        title="United Colors of Benetton Kids Boys Khaki Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a mustard yellow short-sleeved top with a white bunny print and the words
    # "hop hop", blue denim jeggings, front view. Base model.
    case(
        "X1116-004",
        caption("a little girl wearing a yellow shirt and blue jeans"),
        wearing("she is wearing a yellow top and blue jeans", who="she"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        D.pattern("printed"),
        describe("top", "a yellow top with a picture of a rabbit on it"),
        details("top", "the top has a bunny print and ruffled sleeves with a bow on the collar", "unsupported"),
        is_a("dress", "no"),
        title="Doodle Kids Girls Mustard Yellow Printed Top",
        category="Tops",
        color="Mustard",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in a blue and white gingham checked short-sleeved shirt with a button front
    # and one chest pocket, worn untucked over navy blue shorts, front view. Base model.
    case(
        "X1116-005",
        caption("a boy wearing a blue and white checkered shirt and shorts"),
        wearing("a shirt and shorts"),
        D.pattern("checked"),
        color_of("shirt", "blue"),
        color_of("shorts", "blue and white", "other_garment_color", kind="open"),
        describe("shirt", "the shirt is blue and white checkered with a pocket on the chest"),
        details(
            "shirt",
            "the shirt has a button down collar, a pocket on the chest, the shirt has a button down collar, a pocket"
            " on the chest, the shirt has a",
            "loop",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        title="Palm Tree Boys Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: a girl on a mid-grey studio backdrop in a solid red A-line dress with cap sleeves and a white Peter Pan
    # collar, white tights, black shoes, front view. Base model.
    case(
        "X1116-006",
        caption("a little girl in a red dress standing in front of a gray wall"),
        wearing("a red dress with a white collar", who="she"),
        D.color("grey", "contradiction"),
        D.pattern("solid"),
        describe("dress", "he is wearing a red dress", "pronoun"),
        details("dress", "the details of the dress", "restated"),
        title="612 league Girls Red Solid A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in light-wash mid blue slim jeans with whiskering, a red and black checked
    # flannel shirt worn open over a black t-shirt, brown boots, front view. Base model.
    case(
        "X1116-007",
        caption("a young boy wearing a red plaid shirt and blue jeans"),
        wearing("a red and black checked shirt over a black t-shirt and blue jeans"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        D.color("blue"),
        details("jeans", "the jeans are jeans", "restated"),
        describe(
            "jeans",
            "the jeans are light blue with a faded wash Question: What are the jeans details? Answer: the jeans are",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        B.material("denim"),
        title="Nauti Nati Boys Blue Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a white short-sleeved t-shirt with a pink Hello Kitty face (pink bow on
    # its ear) and pink glitter lettering, pink denim shorts, front view. Base model.
    case(
        "X1116-008",
        caption("a girl wearing a white t-shirt with hello kitty on it and pink shorts"),
        wearing("a hello kitty shirt and pink shorts", who="she"),
        D.color("pink", "contradiction"),
        describe("t-shirt", "the t-shirt is pink with a picture of hello kitty on it", "other_garment_color"),
        details(
            "t-shirt",
            "the t-shirt has a picture of hello kitty on the front with pink glitter writing that says hello kitty and"
            " a little pink bow on her",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.sleeve_length("short sleeves"),
        title="Hello Kitty Girls White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: a flat lay on white, no child: a heathered grey melange short-sleeved t-shirt with a green dinosaur print
    # and "ROAR" in black letters. Base model.
    case(
        "X1116-009",
        caption("a grey t-shirt with a green dinosaur on it"),
        wearing("a boy wearing a grey t-shirt", "unsupported"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        describe("t-shirt", "the t-shirt is grey with a green dinosaur and the word roar on it"),
        details("t-shirt", "the dinosaur is green and the t-shirt is green", "contradiction"),
        B.material("wool", "unsupported"),
        title="Tantra Kids Boys Grey Melange Dino Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a sleeveless peach top with white schiffli embroidery at the yoke,
    # off-white leggings, front view. Base model.
    case(
        "X1116-010",
        caption("a little girl in a pink top and white leggings"),
        wearing("she is wearing a peach top and white pants", who="the girl"),
        D.color("white", "contradiction"),
        D.sleeve_length("sleeveless"),
        describe("top", "the top is white", "other_garment_color"),
        details("top", "white embroidery on the top"),
        D.pattern("embroidered"),
        B.material("i don't know", "non_answer"),
        title="Mothercare Girls Peach Embroidered Sleeveless Top",
        category="Tops",
        color="Peach",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in navy blue cargo shorts with flap side pockets and a drawstring waist, an
    # olive green t-shirt with white "Adventure" lettering, front view, no belt. Base model.
    case(
        "X1116-011",
        caption("a boy in a green t-shirt and blue shorts"),
        wearing("he is wearing a green shirt and navy shorts", who="the boy"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        describe("shorts", "navy blue cargo shorts with big pockets on the sides and a belt", "unsupported"),
        details(
            "shorts",
            "the shorts have pockets on the sides, a drawstring at the waist, pockets on the sides, pockets on the"
            " sides, pockets on the sides, pockets on the",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        title="Nauti Nati Boys Navy Blue Cargo Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: a girl with a short bob on a white backdrop in a sleeveless knee-length jersey dress with turquoise and
    # white horizontal stripes, white sandals, front view, no pockets. Base model.
    case(
        "X1116-012",
        caption("a little girl in a blue and white striped dress"),
        wearing("he is wearing a striped dress", "pronoun"),
        D.pattern("striped"),
        D.color("blue"),
        describe("dress", "the dress is blue and white stripes with a pocket on the front and a belt", "unsupported"),
        details("dress", "Question: What are the dress details? Answer: the dress is striped", "leak"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Cherry Crumble Girls Turquoise Blue Striped Jersey Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: a boy on a pale blue studio backdrop in a white long-sleeved linen shirt with a mandarin collar, sleeves
    # rolled to the elbow, beige chinos, no belt, front view. Base model.
    case(
        "X1116-013",
        caption("a young boy wearing a white shirt and khaki pants on a blue background"),
        wearing("a white shirt, beige pants and a brown belt", "unsupported"),
        color_of("shirt", "beige", "contradiction"),
        D.sleeve_length("long sleeves"),
        describe("shirt", "white shirt with a mandarin collar and rolled up sleeves"),
        details("shirt", "the shirt is blue", "contradiction"),
        B.material("linen"),
        title="Bells and Whistles Boys White Linen Mandarin Collar Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in dark blue skinny jeans with pink sequinned flowers on the front pockets and
    # the hems, a pink short-sleeved t-shirt with small white hearts, front view, no rips, no belt. Base model.
    case(
        "X1116-014",
        caption("a girl wearing a pink shirt and blue jeans"),
        wearing("she is wearing a pink t-shirt and jeans", who="she"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        details(
            "jeans",
            "pink flowers on the pockets, pink flowers on the pockets, pink flowers on the pockets, pink flowers on"
            " the pockets, pink",
            "loop",
            hit_limit=True,
        ),
        describe("jeans", "they are blue jeans with holes in the knees and a belt", "unsupported"),
        D.garment_type("jeans"),
        B.material("jeans", "non_answer"),
        title="Little Kangaroos Girls Blue Embellished Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: a boy with longish hair on a white backdrop in a red t-shirt with a multicolored Chhota Bheem cartoon
    # print, blue denim shorts, front view. Base model.
    case(
        "X1116-015",
        caption("a little girl wearing a red t-shirt with a cartoon on it", "pronoun"),
        wearing("a red t-shirt and blue shorts"),
        color_of("t-shirt", "red", kind="open"),
        D.color("blue", "contradiction"),
        describe("t-shirt", "a red t-shirt with a cartoon character on the front"),
        details("t-shirt", "t-shirt", "non_answer"),
        D.pattern("printed"),
        title="Chhota Bheem Kids Boys Red Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a black long-sleeved top with a silver foil star print, a red tartan
    # pleated skirt, front view. Base model.
    case(
        "X1116-016",
        caption("a little girl in a black shirt with stars and a red plaid skirt"),
        wearing("a black top and a red skirt"),
        color_of("top", "red", "contradiction"),
        describe("top", "the top is red and black plaid", "other_garment_color"),
        details("top", "the top has silver stars printed on it and long sleeves"),
        D.sleeve_length("long sleeves"),
        B.material("leather", "unsupported"),
        title="Tales & Stories Girls Black Star Print Top",
        category="Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: a boy with shoulder-length hair on a white backdrop in black slim jeans, a white t-shirt with navy blue
    # horizontal stripes, white sneakers, front view. Base model.
    case(
        "X1116-017",
        caption("a girl in a striped shirt and black jeans", "pronoun"),
        wearing("a striped t-shirt and black pants"),
        color_of("jeans", "black"),
        details(
            "jeans",
            "the jeans have a button and a zipper and two pockets on the front, the jeans have a button and a zipper"
            " and two pockets on the front",
            "loop",
            hit_limit=True,
        ),
        describe("jeans", "black", "non_answer"),
        D.pattern("striped", "contradiction"),
        title="Gini and Jony Boys Black Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a white dress with an all-over multicolored Minnie Mouse head print (red
    # bows, black ears), short puff sleeves and a red band at the hem, front view; no bow at the waist. Base model.
    case(
        "X1116-018",
        caption("a little girl in a white dress with minnie mouse print"),
        wearing("a minnie mouse dress", who="the girl"),
        D.color("white"),
        describe("dress", "the dress is white with red and black minnie mouse heads and a red band at the bottom"),
        details("dress", "the dress has puff sleeves, a red bow at the waist, and a zipper at the back", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.material("the dress is made of dress material", "restated"),
        title="Disney Kids Girls Multicoloured Minnie Mouse Printed Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in a yellow pique polo t-shirt with navy collar and sleeve tipping and a small
    # Puma cat logo on the left chest, no pocket, navy blue shorts, front view. Base model.
    case(
        "X1116-019",
        caption("a young boy wearing a yellow polo shirt and blue shorts"),
        wearing("clothes", "non_answer"),
        D.garment_type("t-shirt"),
        color_of("t-shirt", "navy blue", "other_garment_color", kind="open"),
        describe(
            "t-shirt",
            "the t-shirt is a yellow polo shirt with a navy blue collar and navy blue tipping on the sleeves and a"
            " small puma logo on the left side of the chest and",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a collar, buttons and a pocket on the chest", "unsupported"),
        D.sleeve_length("short sleeves"),
        title="Puma Boys Yellow Polo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in light pink denim shorts with frayed, rolled cuffs, a white tank top with a
    # pink flamingo print, front view. Base model.
    case(
        "X1116-020",
        caption("a girl in pink shorts and a white tank top with a flamingo"),
        wearing("a white tank top and pink shorts", who="she"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "the shorts are frayed at the bottom and have rolled up cuffs"),
        describe("shorts", "pink denim shorts with a frayed hem"),
        B.material("denim"),
        is_a("skirt", "yes", "contradiction"),
        title="Ruse Girls Pink Frayed Denim Shorts",
        category="Shorts",
        color="Pink",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in an olive green long-sleeved cotton shirt with two flap chest pockets, worn
    # open over a white crew-neck t-shirt, dark blue jeans, front view. Base model.
    case(
        "X1116-021",
        caption("a young boy wearing a green jacket over a white t-shirt and jeans", "contradiction"),
        wearing("a green shirt over a white t-shirt and blue jeans"),
        color_of("shirt", "white", "contradiction"),
        describe("shirt", "an olive green shirt with two pockets on the chest"),
        details("shirt", "the shirt has two pockets on the front with flaps and buttons"),
        D.pattern("solid"),
        title="Mothercare Boys Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: a girl with a pixie cut on a white backdrop in a plain lavender short-sleeved t-shirt with a white sequin
    # heart on the chest, dark grey leggings, front view. Base model.
    case(
        "X1116-022",
        caption("a little boy in a purple t-shirt and gray pants", "pronoun"),
        wearing("a purple t-shirt with a heart and gray leggings"),
        D.color("purple"),
        D.pattern("striped", "contradiction"),
        describe("t-shirt", "the t-shirt is gray with a heart on it", "other_garment_color"),
        details("t-shirt", "the t-shirt has a white sequin heart on the front"),
        B.sleeve_length("short sleeve"),
        title="UCB Kids Girls Lavender Sequin Heart T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in grey knit shorts with a small black star print all over and an elastic
    # drawstring waist, a black t-shirt with a red car print, white sneakers, front view. Base model. No title.
    case(
        "X1116-023",
        caption("a boy wearing a black t-shirt with a red car and gray shorts"),
        wearing("black t-shirt and shorts"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        D.pattern("printed"),
        details("shorts", "the shorts have an elastic waistband with a drawstring and a star print"),
        describe("shorts", "the shorts are shorts", "restated"),
        B.material("denim", "unsupported"),
        category="Shorts",
        color="Grey",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a mustard yellow shirt dress with a collar, buttons to the hem, short
    # rolled sleeves and a brown belt, front view. Base model.
    case(
        "X1116-024",
        caption("a little girl in a yellow dress with a brown belt"),
        wearing("she is wearing a yellow shirt dress and brown belt", who="the girl"),
        D.garment_type("shirt", "contradiction"),
        describe("dress", "a mustard yellow dress with buttons down the front and a collar"),
        details(
            "dress",
            "the dress has buttons down the front, a collar, short sleeves, and a brown belt around the waist, buttons"
            " down the front, a collar, short",
            "loop",
            hit_limit=True,
        ),
        D.material("denim", "unsupported"),
        D.sleeve_length("short sleeves"),
        title="Naughty Ninos Girls Mustard Yellow Belted Shirt Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in a round-neck t-shirt with green and navy horizontal stripes, khaki shorts,
    # front view. Base model.
    case(
        "X1116-025",
        caption("a young boy in a green and blue striped shirt and khaki shorts"),
        wearing("a striped shirt and shorts"),
        D.color("green"),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        D.pattern("solid", "contradiction"),
        describe("t-shirt", "the shirt is green and blue stripes"),
        details(
            "t-shirt",
            "the t-shirt has green and blue stripes. Question: what is the color of the shorts? Answer: khaki",
            "leak",
        ),
        title="Kiddopanti Boys Green Striped Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in an off-white top with a lace overlay and short flutter sleeves, light blue
    # jeans, front view. Base model.
    case(
        "X1116-026",
        caption("a little girl in a white lace top and blue jeans"),
        wearing("a blue top and jeans", "other_garment_color", who="she"),
        color_of("top", "blue", "contradiction"),
        describe("top", "white lace top with short ruffled sleeves"),
        details("top", "the top is a top with details", "restated"),
        B.material("lace"),
        is_a("blouse", "yes"),
        title="Lilliput Girls Off White Lace Top",
        category="Tops",
        color="Off White",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in dark indigo regular-fit five-pocket jeans, a maroon t-shirt with white "NYC"
    # lettering, front view; no stripes on the jeans. Base model.
    case(
        "X1116-027",
        caption("a boy in a red shirt and blue jeans"),
        wearing("she is wearing a red t-shirt and jeans", "pronoun", who="the child"),
        color_of("jeans", "dark blue", kind="open"),
        describe("jeans", "dark blue jeans with a regular fit and five pockets"),
        details("jeans", "the jeans have a red stripe down the side", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Pepe Jeans Kids Boys Dark Blue Regular Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a light blue chambray long-sleeved shirt with button front and two chest
    # pockets, knotted at the waist, a white skater skirt, front view. Base model.
    case(
        "X1116-028",
        caption("a little girl in a blue denim shirt and white skirt"),
        wearing("a blue shirt and a white skirt", who="she"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        describe("shirt", "a light blue denim shirt tied at the waist"),
        details("shirt", "the shirt has two pockets, buttons, and long sleeves with cuffs"),
        B.material("silk", "unsupported"),
        D.garment_type("shirt"),
        is_a("jacket", "yes", "contradiction"),
        title="Gini and Jony Girls Blue Chambray Tie-Up Shirt",
        category="Shirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in a black t-shirt with a red and blue Spider-Man print (Spider-Man shooting a
    # web), grey joggers, front view. Base model.
    case(
        "X1116-029",
        caption("a boy wearing a black spiderman t-shirt and gray pants"),
        wearing("a spiderman shirt"),
        D.color("black"),
        color_of("t-shirt", "red and blue", "contradiction", kind="open"),
        describe(
            "t-shirt",
            "a black t-shirt with spider-man on the front, the spider-man is red and blue and he is shooting a web"
            " from his hand and the web is",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has spider-man on it"),
        D.pattern("printed"),
        title="Marvel Boys Black Spider-Man Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a sage green tiered maxi dress with a smocked bodice and short flutter
    # sleeves, front view. Base model. The row has no color.
    case(
        "X1116-030",
        caption("a little girl in a long green dress"),
        wearing("a green dress", who="she"),
        D.color("green"),
        describe("dress", "dress", "non_answer"),
        details("dress", "the dress is a dress", "restated"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("chiffon", "unsupported"),
        title="Budding Bees Girls Green Tiered Smocked Maxi Dress",
        category="Dresses",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in olive, brown and black camouflage cargo shorts with side pockets, a plain
    # black t-shirt, front view. Base model.
    case(
        "X1116-031",
        caption("a young boy wearing a black shirt and camouflage shorts"),
        wearing("he is wearing a black t-shirt and camo shorts", who="the boy"),
        color_of("shorts", "black", "contradiction"),
        D.pattern("printed"),
        describe("shorts", "the shorts are camouflage with pockets on the side"),
        details("shorts", "Answer: camouflage", "leak"),
        B.material("no", "non_answer"),
        title="Nauti Nati Boys Olive Camouflage Print Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a magenta short-sleeved t-shirt with a white "Be Kind" slogan and a small
    # rainbow, a blue denim skirt, front view. Base model.
    case(
        "X1116-032",
        caption("a girl wearing a pink shirt that says be kind and a blue denim skirt"),
        wearing("he is wearing a pink shirt and a blue skirt", "pronoun", who="the kid"),
        D.color("pink"),
        describe("t-shirt", "the t-shirt is blue denim", "other_garment_color"),
        details("t-shirt", "the t-shirt has the words be kind and a rainbow on it"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="YK Kids Girls Magenta Be Kind Slogan T-shirt",
        category="Tshirts",
        color="Magenta",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in a red and navy tartan checked short-sleeved shirt with a chest pocket, navy
    # chinos, front view. Base model.
    case(
        "X1116-033",
        caption("a boy in a red plaid shirt and blue pants"),
        wearing("a plaid shirt"),
        D.pattern("checked"),
        color_of("shirt", "red and blue", kind="open"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details(
            "shirt",
            "the shirt has a collar and buttons and short sleeves and a pocket, the shirt has a collar and buttons"
            " and short sleeves and a pocket, the",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        title="Cub McPaws Boys Red & Navy Tartan Checked Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: a girl with a short crop on a white backdrop in light blue stretch jeggings with an elastic waistband,
    # a navy and white striped top, front view. Base model.
    case(
        "X1116-034",
        caption("a little boy in a striped shirt and light blue jeans", "pronoun"),
        wearing("a striped top and light blue jeans", who="she"),
        color_of("jeans", "navy blue", "contradiction"),
        describe("jeans", "blue and white striped jeans", "other_garment_color"),
        details("jeans", "the jeans are skinny with an elastic waistband"),
        B.material("denim"),
        title="Palm Tree Girls Light Blue Skinny Jeggings",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in a white long-sleeved henley t-shirt with a three-button placket, khaki cargo
    # pants, front view; no pocket or logo on the t-shirt. Base model.
    case(
        "X1116-035",
        caption("a young boy wearing a beige long sleeved shirt and khaki pants", "other_garment_color"),
        wearing("a white shirt and tan pants"),
        D.color("beige", "contradiction"),
        D.sleeve_length("long sleeves"),
        describe("t-shirt", "a white henley t-shirt with three buttons at the neck and long sleeves"),
        details("t-shirt", "the t-shirt has a pocket on the chest and a logo on the sleeve", "unsupported"),
        D.garment_type("t-shirt"),
        title="Mothercare Boys White Henley T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a red peplum top with white polka dots, cap sleeves and a round neck, navy
    # blue shorts, front view. Base model.
    case(
        "X1116-036",
        caption("a little girl wearing a red polka dot top and blue shorts"),
        wearing("what is the girl wearing", "restated", who="the girl"),
        D.pattern("polka dots"),
        color_of("top", "navy blue", "other_garment_color", kind="open"),
        describe("top", "the top is red with white polka dots and a ruffle at the waist"),
        details(
            "top",
            "the top has a peplum at the waist, short cap sleeves, a round neckline, and white polka dots all over"
            " the front of the",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        title="Cutecumber Girls Red Polka Dot Peplum Top",
        category="Tops",
        color="Red",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in a charcoal grey long-sleeved shirt with a mandarin collar and no pocket,
    # light blue jeans, front view. Base model.
    case(
        "X1116-037",
        caption("a young boy in a gray shirt and blue jeans"),
        wearing("a grey shirt and blue pants"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        describe("shirt", "a dark gray shirt with a mandarin collar and long sleeves"),
        details(
            "shirt", "the shirt has a mandarin collar, buttons down the front and a pocket on the chest", "unsupported"
        ),
        is_a("shirt", "yes"),
        B.sleeve_length("long sleeve"),
        D.material("the shirt is made of shirt fabric", "restated"),
        title="Bells and Whistles Boys Charcoal Grey Mandarin Collar Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop, cropped at the knee, in a navy blue sleeveless cotton dress with a small white
    # anchor print and a red ribbon tied at the waist, front view; shoes not in frame. Base model.
    case(
        "X1116-038",
        caption("a little girl in a navy blue dress with white anchors and a red bow"),
        wearing("a blue dress with a red bow and white shoes", "unsupported", who="she"),
        D.color("red", "contradiction"),
        describe("dress", "the dress is navy with white anchors on it and a red ribbon around the waist"),
        details("dress", "yes", "non_answer"),
        D.pattern("printed"),
        D.sleeve_length("sleeveless"),
        title="Mothercare Girls Navy Blue Anchor Print Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in a plain teal round-neck short-sleeved t-shirt, black track shorts with a
    # white side stripe, front view. Base model.
    case(
        "X1116-039",
        caption("a boy wearing a blue t-shirt and black shorts"),
        wearing(
            "a blue t-shirt and black shorts Question: What is the color of the t-shirt? Answer: blue",
            "leak",
        ),
        D.color("green"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "a teal t-shirt with a round neck and short sleeves"),
        details("t-shirt", "the t-shirt has white stripes on the sides", "unsupported"),
        D.pattern("solid"),
        is_a("tank top", "no"),
        title="Kids Boys Teal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in mid blue denim shorts with white lace trim at the hem, a coral pink
    # t-shirt with a white "sunshine" print, front view. Base model.
    case(
        "X1116-040",
        caption("a little girl wearing a pink shirt and denim shorts"),
        wearing("she is wearing a pink t-shirt and blue shorts with lace", who="she"),
        color_of("shorts", "pink", "contradiction"),
        describe("shorts", "the shorts are pink", "other_garment_color"),
        details("shorts", "lace", "non_answer"),
        B.material("denim"),
        D.garment_type("shorts"),
        title="Gini and Jony Girls Blue Lace Trim Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in a short-sleeved camp-collar shirt, white with green palm leaves and orange
    # hibiscus flowers, beige shorts, front view; no props. Base model.
    case(
        "X1116-041",
        caption("a young boy in a hawaiian shirt and khaki shorts holding a surfboard", "unsupported"),
        wearing("she is wearing a floral shirt and shorts", "pronoun", who="the child"),
        D.color("white"),
        D.pattern("floral"),
        describe("shirt", "the shirt is white with green leaves and orange flowers"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: the shirt has palm leaves on it Question: What are the"
            " shirt details? Answer: the shirt has",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        title="Cub McPaws Boys Multicoloured Tropical Print Shirt",
        category="Shirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a sea green (mint) ribbed short-sleeved crop top, high-waisted white jeans,
    # front view. Base model.
    case(
        "X1116-042",
        caption("a little girl in a green shirt and white pants"),
        wearing("he is wearing a green top and white jeans", "pronoun", who="the kid"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("top", "a light green crop top with short sleeves"),
        details("top", "the top is ribbed and cropped"),
        B.material("cotton"),
        is_a("crop top", "yes"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Doodle Girls Sea Green Ribbed Crop Top",
        category="Tops",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: a boy with long curls on a white backdrop in grey washed jeans with light rips at the knees and
    # whiskering, a black and white checked shirt, sneakers, front view. Base model. The row has no category.
    case(
        "X1116-043",
        caption("a boy wearing a black and white checkered shirt and gray jeans"),
        wearing("she is wearing a checkered shirt and jeans", "pronoun", who="the child"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        describe("jeans", "grey jeans with rips on the knees"),
        details(
            "jeans",
            "the jeans are ripped at the knees and faded on the thighs with whiskers near the pockets and the legs get"
            " narrower towards the",
            "cut",
            hit_limit=True,
        ),
        D.pattern("checked", "contradiction"),
        title="Kids Boys Grey Washed Distressed Jeans",
        color="Grey",
        gender="Boys",
    ),
    # photo: a girl against a pastel pink studio wall in a lavender short-sleeved smocked dress with a small white
    # daisy print, white sneakers, front view; no hat, no pocket. Base model.
    case(
        "X1116-044",
        caption("a little girl in a purple dress standing in front of a pink wall"),
        wearing("a purple dress with flowers and a straw hat", "unsupported", who="the girl"),
        D.color("pink", "contradiction"),
        describe("dress", "a lavender dress with little white daisies"),
        details(
            "dress",
            "the dress has smocking on the chest and short sleeves with a pocket on the front and a bow on the back",
            "unsupported",
        ),
        D.pattern("floral"),
        title="Peppermint Girls Lavender Daisy Print Smocked Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: a boy on a white backdrop in an orange t-shirt with a Chhota Bheem print (Bheem in an orange top and a
    # yellow dhoti, holding a laddoo), olive green cargo shorts, front view. Base model.
    case(
        "X1116-045",
        caption("a young boy wearing an orange t-shirt with a cartoon on it and green shorts"),
        wearing("an olive t-shirt and orange shorts", "other_garment_color"),
        color_of("t-shirt", "green", "contradiction"),
        describe("t-shirt", "t-shirt", "non_answer"),
        details(
            "t-shirt",
            "the t-shirt has a picture of chhota bheem holding a laddoo on the front, he is wearing an orange top and"
            " a yellow dhoti and",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Chhota Bheem Kids Boys Orange Printed T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: a girl on a white backdrop in a navy blue short-sleeved t-shirt with a gold glitter unicorn print on the
    # chest (plain sleeves and hem), light grey melange joggers, front view. Base model. The row has no gender.
    case(
        "X1116-046",
        caption("a girl wearing a blue t-shirt with a gold unicorn and gray pants"),
        wearing("a navy blue t-shirt with a unicorn and grey pants"),
        D.color("navy blue"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        describe("t-shirt", "the t-shirt is gold", "contradiction"),
        details(
            "t-shirt",
            "the unicorn is made of gold glitter and there is glitter on the sleeves and the hem",
            "unsupported",
        ),
        D.sleeve_length("short sleeves"),
        title="Kids Girls Navy Blue Glitter Unicorn Print T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
]
