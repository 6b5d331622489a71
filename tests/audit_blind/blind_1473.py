"""BLIND_1473 (45 products; Myntra women's winterwear over other clothes, base zero-shot): written blind in the sixty-
fifth session. Measured blind at af418ff (the session's third rules): 53/61 failures found (86.9%) and 17/204 correct
texts flagged (8.3%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (articleType Sweaters, Jackets, Shrug, Coats; cardigans are filed under
Sweaters as Myntra files them), baseColour as Myntra names it (Navy Blue, Grey Melange, Camel Brown, Off White...),
gender "Women", now and then a column missing. The photos are the catalog's usual shots: a model on a plain studio
backdrop wearing the product over a top or shirt, with jeans, trousers, a skirt or a dress; two flat lays, two back
views, a few props (a coffee cup, a phone, a handbag). Layering is the point of this feed: the inner top, the shirt
collar, the hoodie under a jacket and the dress under a shrug are all in frame and often more visible than the
product (shrugs are thin and small; open cardigans show a wide strip of the top).
Who wrote what: every text is the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, batch size 1. The caption is
the unprompted caption (50 new tokens at most). The answers come from the experiments' questionnaire with the
garment word taken from the articleType (sweater, jacket, shrug, coat; so a cardigan is asked about "the sweater"):
"What is she wearing?" ("the person" where the gender column is missing), "What is the color of the <garment>?",
now and then "What is the <garment> color?", "Describe the <garment>.", "What are the <garment> details?", and the
bottoms' color question ("What is the color of the jeans / pants?") when jeans or trousers are in frame. Free
generation, so the color questions are stored open; 30 new tokens at most. The base model mostly stops on its own
after a few words; it runs to the limit only when it loops or rambles on a describe/details prompt.
Labeling conventions and judgement calls: judged against the photo I imagined (in the comment above each case) and
the title. Near hues count as right: maroon "red", mustard "yellow", camel "brown" or "beige" or "tan", teal
"green" or "blue" (both given for one teal shrug, both left unmarked), mauve "purple" or "pink", peach "pink",
magenta "pink", cream/off-white "white", khaki "beige". Navy read as "black" is marked contradiction; olive read
as "brown" likewise. A color of the top, shirt, hoodie or dress underneath given as the product's color is
other_garment_color (also when it is the only word of a describe answer); the product's color given to the jeans or
pants is contradiction. A "What is she wearing?" answer that names only the clothes under a thin shrug ("a black
dress") is true of the photo and left unmarked, even though it misses the product. A hood, collar or pattern that
belongs to the garment underneath attributed to the product is unsupported (hood, collar) or contradiction (a
"floral" details answer for a solid shrug over a floral dress; "long sleeves" for a sleeveless gilet). "Leather
jacket" for a PU biker jacket is left unmarked as a style name, but "the jacket is made of leather" is marked
unsupported, as are "100% wool", "nylon", "soft, stretchy fabric" claims the photo and title cannot support; "made
of wool" for a title that says Wool Blend is left unmarked. A caption that calls a short-haired woman "a man" is
pronoun. A dictionary definition of a shrug and "the back of the sweater" are non_answer; "the shrug is a shrug"
and "the jacket is a jacket" are restated. A loop or a ramble cut at the limit is loop or cut (hit_limit) even when
it also invents details. Flat lays: "a jacket" to "What is she wearing?" is left unmarked (it names the product).
About a quarter of the texts are wrong, fewer than the adapters' runs: the untuned base answers short questions
briefly and mostly right here; its errors gather on the product's color under layering, the bottoms' color and the
details prompt, which is where this feed puts them.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing


def garment_color(garment: str):
    """The experiments' other wording of the color question: "What is the shirt color?"."""
    return question(f"{garment}_color", f"What is the {garment} color?", "open")


BLIND_1473 = [
    # Truth: front shot, mustard cable-knit crew-neck pullover, mid-blue jeans, white sneakers, grey backdrop.
    # Base OPT-2.7b zero-shot wrote every text (caption unprompted). All correct.
    case(
        "X1473-001",
        caption("a woman wearing a yellow sweater and jeans"),
        wearing("a yellow sweater and jeans", who="she"),
        color_of("sweater", "yellow", kind="open"),
        describe("sweater", "it is a yellow cable knit sweater"),
        details("sweater", "cable knit"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Roadster Women Mustard Yellow Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # Truth: long black open-front cardigan over a white crew-neck tee, light blue jeans; the tee is a wide white strip
    # down the middle of the frame. Base zero-shot wrote every text; the color answer takes the tee's white.
    case(
        "X1473-002",
        caption("a woman wearing a black cardigan and white shirt"),
        wearing("a black cardigan", who="she"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        describe("sweater", "it is a black cardigan with a white shirt underneath"),
        details("sweater", "the sweater is a cardigan"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="ONLY Women Black Solid Open Front Longline Cardigan",
        category="Sweaters",
        color="Black",
    ),
    # Truth: sheer pink crochet shrug (elbow sleeves) over a black sleeveless bodycon dress; the dress fills the frame.
    # Base zero-shot wrote every text. The describe answer is a definition, not this shrug.
    case(
        "X1473-003",
        caption("a woman wearing a black dress and pink cardigan"),
        wearing("a black dress", who="she"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        describe("shrug", "a shrug is a type of jacket that is worn over the shoulders", "non_answer"),
        details("shrug", "lace"),
        garment_color("shrug")("pink"),
        gender="Women",
        title="DressBerry Women Pink Self Design Crochet Open Front Shrug",
        category="Shrug",
        color="Pink",
    ),
    # Truth: olive bomber jacket, ribbed collar and cuffs, half zipped over a white tee, black skinny jeans.
    # Base zero-shot wrote every text; the jeans answer repeats the jacket's green.
    case(
        "X1473-004",
        caption("a woman in a green bomber jacket and black jeans"),
        wearing("a green jacket", who="she"),
        color_of("jacket", "green", kind="open"),
        describe("jacket", "it is a green bomber jacket with a zipper"),
        details("jacket", "the jacket is a bomber jacket"),
        color_of("jeans", "green", "contradiction", kind="open"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Truth: camel wrap overcoat, single tie belt, no buttons visible, knee length, over a black turtleneck and black
    # trousers; hands in pockets. Base zero-shot wrote every text; "dress" for the belted coat, and an invented
    # double-breasted front.
    case(
        "X1473-005",
        caption("a woman in a long camel coat"),
        wearing("a brown dress", "contradiction", who="she"),
        color_of("coat", "brown", kind="open"),
        describe("coat", "the coat is a long, double breasted coat with a belt", "unsupported"),
        details("coat", "belt"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Sera Women Camel Brown Solid Longline Wrap Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Truth: grey melange crew-neck pullover, front-tucked into white straight jeans, white backdrop.
    # Base zero-shot wrote every text; the jeans get the sweater's grey.
    case(
        "X1473-006",
        caption("a woman wearing a grey sweater and white jeans"),
        wearing("a sweater", who="she"),
        color_of("sweater", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe("sweater", "a grey sweater"),
        details("sweater", "tucked in"),
        gender="Women",
        title="HERE&NOW Women Grey Melange Solid Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Truth: navy longline coat with a faint grey windowpane check, notch lapels, open over a white shirt and blue
    # jeans; a tan handbag on the forearm. Base zero-shot wrote every text; navy read as black once, blue once.
    case(
        "X1473-007",
        caption("a woman wearing a blue plaid coat and holding a brown purse"),
        wearing("a coat and jeans", who="she"),
        color_of("coat", "black", "contradiction", kind="open"),
        describe("coat", "it is a long coat with a plaid pattern"),
        details("coat", "plaid"),
        garment_color("coat")("blue"),
        gender="Women",
        title="Vero Moda Women Navy Blue Checked Longline Coat",
        category="Coats",
        color="Navy Blue",
    ),
    # Truth: maroon ribbed button-front cardigan worn buttoned as a top, blue jeans. Base zero-shot wrote every text;
    # the describe answer only says it is a sweater.
    case(
        "X1473-008",
        caption("a woman in a red sweater and jeans"),
        wearing("a red sweater", who="she"),
        color_of("sweater", "red", kind="open"),
        describe("sweater", "it is a sweater", "non_answer"),
        details("sweater", "buttons"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Maroon Ribbed Cardigan",
        category="Sweaters",
        color="Maroon",
    ),
    # Truth: black hooded puffer jacket zipped to the chin, black leggings, white sneakers; the model has a very short
    # pixie cut. Base zero-shot wrote every text; the caption calls her a man.
    case(
        "X1473-009",
        caption("a man wearing a black puffer jacket", "pronoun"),
        wearing("a black jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black puffer jacket with a hood"),
        details("jacket", "the jacket has a hood and a zipper"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Puma Women Black Solid Hooded Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Truth: cream pointelle-knit crew-neck sweater over a light blue collared shirt (collar and cuffs out), beige
    # trousers. Base zero-shot wrote every text; the shirt's blue and the shirt's collar go to the sweater.
    case(
        "X1473-010",
        caption("a woman wearing a white sweater and a blue shirt"),
        wearing("a sweater and a shirt", who="she"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        describe("sweater", "a white sweater with a collar", "unsupported"),
        details("sweater", "the sweater has a pattern of holes"),
        garment_color("sweater")("white"),
        gender="Women",
        title="Marks & Spencer Women Cream-Coloured Self Design Pointelle Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # Truth: flat lay, navy quilted jacket with stand collar, zipped, on a white surface; no person.
    # Base zero-shot wrote every text; the plain color question reads the navy as black.
    case(
        "X1473-011",
        caption("a navy blue quilted jacket on a white background"),
        wearing("a jacket", who="she"),
        color_of("jacket", "black", "contradiction", kind="open"),
        describe("jacket", "a navy blue quilted jacket with a zipper"),
        details("jacket", "quilted"),
        gender="Women",
        title="Fort Collins Women Navy Blue Solid Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Truth: peach cropped open-front shrug, three-quarter sleeves, over a white printed crop top, blue jeans.
    # Base zero-shot wrote every text.
    case(
        "X1473-012",
        caption("a woman wearing a pink jacket and white top"),
        wearing("a pink top and jeans", who="she"),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        describe("shrug", "the shrug is a shrug", "restated"),
        details("shrug", "the shrug is made of a soft, stretchy fabric that is comfortable to wear", "unsupported"),
        gender="Women",
        title="Harpa Women Peach-Coloured Solid Cropped Shrug",
        category="Shrug",
        color="Peach",
    ),
    # Truth: off-white cable-knit turtleneck sweater, brown corduroy A-line skirt, knee boots. Base zero-shot wrote
    # every text. All correct.
    case(
        "X1473-013",
        caption("a woman wearing a white sweater and brown skirt"),
        wearing("a sweater and skirt", who="she"),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "a white turtleneck sweater"),
        details("sweater", "cable knit"),
        garment_color("sweater")("white"),
        gender="Women",
        title="Roadster Women Off-White Cable Knit Turtle Neck Sweater",
        category="Sweaters",
        color="Off White",
    ),
    # Truth: red V-neck sweater over a white collared shirt, navy chinos. Base zero-shot wrote every text; the pants
    # get the sweater's red (the caption had them blue).
    case(
        "X1473-014",
        caption("a woman wearing a red sweater and blue pants"),
        wearing("a red sweater and blue pants", who="she"),
        color_of("sweater", "red", kind="open"),
        color_of("pants", "red", "contradiction", kind="open"),
        describe("sweater", "it is a red sweater with a v neck"),
        details("sweater", "the sweater has a v-neck and the shirt has a collar"),
        gender="Women",
        title="U.S. Polo Assn. Women Red Solid V-Neck Sweater",
        category="Sweaters",
        color="Red",
    ),
    # Truth: mid-blue washed denim jacket, open, over a black turtleneck, black jeans. Base zero-shot wrote every
    # text; the second wording of the color question answers with the turtleneck's black.
    case(
        "X1473-015",
        caption("a woman wearing a denim jacket and black pants"),
        wearing("a denim jacket", who="she"),
        color_of("jacket", "blue", kind="open"),
        describe("jacket", "a denim jacket with a black turtleneck"),
        details("jacket", "the jacket has a collar, buttons, and pockets"),
        color_of("jeans", "black", kind="open"),
        garment_color("jacket")("black", "other_garment_color"),
        gender="Women",
        title="Kraus Jeans Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Truth: back view, black belted longline coat with a detachable faux-fur collar, the model looking over her
    # shoulder; black boots. Base zero-shot wrote every text; details loops to the limit.
    case(
        "X1473-016",
        caption("the back of a woman wearing a black coat with fur collar"),
        wearing("a black coat", who="she"),
        color_of("coat", "black", kind="open"),
        describe("coat", "a black coat with a fur collar"),
        details(
            "coat",
            "fur collar, fur collar, fur collar, fur collar, fur collar, fur collar, fur collar, fur collar, fur "
            "collar, fur",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Madame Women Black Solid Longline Coat with Faux Fur Collar",
        category="Coats",
        color="Black",
    ),
    # Truth: long beige rib-knit open cardigan, no pockets, over a black camisole and black jeans; she holds a
    # takeaway coffee cup. Base zero-shot wrote every text.
    case(
        "X1473-017",
        caption("a woman in a beige cardigan holding a cup of coffee"),
        wearing("a beige cardigan and black pants", who="she"),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        describe("sweater", "a long beige cardigan"),
        details("sweater", "it has pockets", "unsupported"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="H&M Women Beige Rib-Knit Longline Cardigan",
        category="Sweaters",
        color="Beige",
    ),
    # Truth: lavender crew-neck pullover, white jeans, a phone in her hand. Base zero-shot wrote every text; the jeans
    # answer repeats the sweater's purple.
    case(
        "X1473-018",
        caption("a woman in a purple sweater holding a cell phone"),
        wearing("purple sweater", who="she"),
        color_of("sweater", "purple", kind="open"),
        color_of("jeans", "purple", "contradiction", kind="open"),
        describe("sweater", "the sweater is purple"),
        details("sweater", "the sweater is a crew neck sweater"),
        gender="Women",
        title="Campus Sutra Women Lavender Solid Pullover Sweater",
        category="Sweaters",
        color="Lavender",
    ),
    # Truth: teal longline open shrug over a white tank top and blue jeans. No gender column. Base zero-shot wrote
    # every text. All correct: teal is "green" to one wording and "blue" to the other.
    case(
        "X1473-019",
        caption("a woman wearing a green cardigan and jeans"),
        wearing("a green cardigan", who="the person"),
        color_of("shrug", "green", kind="open"),
        describe("shrug", "it is a long green shrug"),
        details("shrug", "it is long"),
        garment_color("shrug")("blue"),
        title="Okane Women Teal Solid Longline Shrug",
        category="Shrug",
        color="Teal",
    ),
    # Truth: black PU biker jacket with asymmetric zip, over a grey tee, mid-blue ripped jeans. Base zero-shot wrote
    # every text; "made of leather" for PU, and the jeans answer takes the jacket's black.
    case(
        "X1473-020",
        caption("a woman wearing a black leather jacket and ripped jeans"),
        wearing("a leather jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black leather jacket with zippers"),
        details("jacket", "the jacket is made of leather", "unsupported"),
        color_of("jeans", "black", "contradiction", kind="open"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Truth: grey puffer jacket, open, over a mustard crew-neck sweater, black jeans. Base zero-shot wrote every text.
    case(
        "X1473-021",
        caption("a woman wearing a grey jacket and yellow sweater"),
        wearing("a jacket and a sweater", who="she"),
        color_of("jacket", "yellow", "other_garment_color", kind="open"),
        describe("jacket", "a grey puffer jacket"),
        details("jacket", "the jacket is made of nylon", "unsupported"),
        color_of("jeans", "black", kind="open"),
        gender="Women",
        title="Pepe Jeans Women Grey Solid Puffer Jacket",
        category="Jackets",
        color="Grey",
    ),
    # Truth: navy boat-neck pullover with white horizontal stripes, white trousers. Base zero-shot wrote every text.
    # All correct.
    case(
        "X1473-022",
        caption("a woman in a blue and white striped sweater"),
        wearing("a striped sweater", who="she"),
        color_of("sweater", "blue and white", kind="open"),
        describe("sweater", "a blue and white striped sweater"),
        details("sweater", "stripes"),
        color_of("pants", "white", kind="open"),
        gender="Women",
        title="Allen Solly Woman Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Truth: rust longline open shrug over a black tee and black trousers; black fills most of the frame. Base
    # zero-shot wrote every text; the color and the describe answers are the top's black.
    case(
        "X1473-023",
        caption("a woman wearing a black top and orange cardigan"),
        wearing("a black top and black pants", who="she"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        describe("shrug", "black", "other_garment_color"),
        details("shrug", "the shrug is long"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="SASSAFRAS Women Rust Solid Longline Shrug",
        category="Shrug",
        color="Rust",
    ),
    # Truth: baby-pink faux-fur (teddy) jacket, no hood, over a white tee, blue jeans. No category column. Base
    # zero-shot wrote every text; one answer runs on into the next prompt.
    case(
        "X1473-024",
        caption("a woman wearing a pink fur coat"),
        wearing("a pink fur coat", who="she"),
        color_of("jacket", "pink Question: what is the color of the jacket? Answer: pink", "leak", kind="open"),
        describe("jacket", "a fluffy pink jacket with a hood", "unsupported"),
        details("jacket", "fur"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="FOREVER 21 Women Pink Faux Fur Jacket",
        color="Pink",
    ),
    # Truth: olive hooded parka with faux-fur trim, drawstring waist, two flap pockets, zip and snap placket, over a
    # grey sweater and black jeans. Base zero-shot wrote every text; the caption reads olive as brown, the describe
    # answer rambles to the limit.
    case(
        "X1473-025",
        caption("a woman wearing a brown parka with fur hood", "contradiction"),
        wearing("a parka", who="she"),
        color_of("jacket", "green", kind="open"),
        describe(
            "jacket",
            "it is a green parka with a fur hood and a drawstring waist, it has two large pockets on the front and a "
            "zipper and snap buttons down the",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "the jacket has a drawstring at the waist"),
        color_of("jeans", "black", kind="open"),
        gender="Women",
        title="Wildcraft Women Olive Green Hooded Parka Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Truth: grey V-neck cardigan, five buttons, buttoned, a white shirt collar at the neck, grey trousers (same
    # grey). Base zero-shot wrote every text. All correct: the pants really are grey.
    case(
        "X1473-026",
        caption("a woman wearing a grey cardigan and grey pants"),
        wearing("a grey sweater", who="she"),
        color_of("sweater", "grey", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("sweater", "a grey cardigan with buttons"),
        details("sweater", "the sweater has five buttons"),
        gender="Women",
        title="Monte Carlo Women Grey Solid Cardigan",
        category="Sweaters",
        color="Grey",
    ),
    # Truth: black single-breasted overcoat, open, over a red crew-neck sweater and blue jeans; the model has a short
    # crop. Base zero-shot wrote every text.
    case(
        "X1473-027",
        caption("a man in a black coat and red sweater", "pronoun"),
        wearing("a black coat and red sweater", who="she"),
        color_of("coat", "black", kind="open"),
        describe("coat", "the coat is black"),
        details("coat", "the coat is made of wool"),
        garment_color("coat")("red", "other_garment_color"),
        gender="Women",
        title="Vero Moda Women Black Solid Wool Blend Overcoat",
        category="Coats",
        color="Black",
    ),
    # Truth: thin mustard open-front shrug, solid, over a white floral-print midi dress. Base zero-shot wrote every
    # text; the describe answer loops, the details answer gives the dress's print.
    case(
        "X1473-028",
        caption("a woman wearing a floral dress and a yellow cardigan"),
        wearing("a floral dress", who="she"),
        color_of("shrug", "yellow", kind="open"),
        describe(
            "shrug",
            "the shrug is a shrug that is worn over the shoulders of the dress. it is a shrug that is worn over the "
            "shoulders of the",
            "loop",
            hit_limit=True,
        ),
        details("shrug", "floral", "contradiction"),
        gender="Women",
        title="Style Quotient Women Mustard Solid Open Front Shrug",
        category="Shrug",
        color="Mustard",
    ),
    # Truth: khaki double-breasted trench, belted, epaulettes, over a white tee, blue jeans, white sneakers; mid-stride
    # pose on a plain studio backdrop. Base zero-shot wrote every text; the caption invents a street.
    case(
        "X1473-029",
        caption("a woman in a trench coat walking down the street", "unsupported"),
        wearing("a trench coat", who="she"),
        color_of("coat", "beige", kind="open"),
        describe("coat", "it is a beige trench coat with a belt"),
        details(
            "coat",
            "double breasted, belt, epaulettes, belt, belt, belt, belt, belt, belt, belt, belt, belt, belt",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Qurvii Women Khaki Solid Double-Breasted Trench Coat",
        category="Coats",
        color="Khaki",
    ),
    # Truth: magenta cropped button cardigan worn buttoned, high-waist black trousers. Base zero-shot wrote every
    # text; the details prompt returned nothing.
    case(
        "X1473-030",
        caption("a woman wearing a pink sweater and black pants"),
        wearing("a pink sweater and black pants", who="she"),
        color_of("sweater", "pink", kind="open"),
        color_of("pants", "pink", "contradiction", kind="open"),
        describe("sweater", "a pink sweater"),
        details("sweater", "", "non_answer"),
        gender="Women",
        title="AND Women Magenta Solid Cropped Cardigan",
        category="Sweaters",
        color="Magenta",
    ),
    # Truth: maroon padded jacket, zipped, stand collar, no hood, black jeans. Base zero-shot wrote every text.
    case(
        "X1473-031",
        caption("a woman wearing a red puffer jacket"),
        wearing("she is wearing a red jacket", who="she"),
        color_of("jacket", "red", kind="open"),
        describe("jacket", "a red puffer jacket"),
        details("jacket", "the jacket has a zipper and a hood", "unsupported"),
        garment_color("jacket")("maroon"),
        gender="Women",
        title="Roadster Women Maroon Solid Padded Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Truth: red double-breasted peacoat, buttoned, black tights and a black skirt hem below, white backdrop.
    # Base zero-shot wrote every text; the details answer runs on into a made-up next prompt.
    case(
        "X1473-032",
        caption("a woman wearing a red coat"),
        wearing("a red coat", who="she"),
        color_of("coat", "red", kind="open"),
        describe("coat", "a red double breasted coat"),
        details(
            "coat", "the coat has a collar and buttons Question: What is the color of the coat? Answer: red", "leak"
        ),
        gender="Women",
        title="DressBerry Women Red Solid Double-Breasted Peacoat",
        category="Coats",
        color="Red",
    ),
    # Truth: styled flat lay, white chunky cable-knit sweater (acrylic) with blue jeans and tan boots laid beside it;
    # no person. No gender column. Base zero-shot wrote every text.
    case(
        "X1473-033",
        caption("a white sweater, jeans and boots on a white background"),
        wearing("a white sweater and jeans", who="the person"),
        color_of("sweater", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "a white knit sweater"),
        details("sweater", "the sweater is made of 100% wool", "unsupported"),
        title="ONLY Women White Cable Knit Pullover",
        category="Sweaters",
        color="White",
    ),
    # Truth: green and white checked shacket, open, over a black tee, blue jeans. Base zero-shot wrote every text.
    case(
        "X1473-034",
        caption("a woman wearing a green plaid shirt and jeans"),
        wearing("a plaid shirt", who="she"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        describe("jacket", "the jacket is a jacket", "restated"),
        details("jacket", "the shirt has buttons and pockets"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="HERE&NOW Women Green & White Checked Shacket",
        category="Jackets",
        color="Green",
    ),
    # Truth: brown and black houndstooth longline coat, open, over a black turtleneck, black trousers, black ankle
    # boots. Base zero-shot wrote every text; the caption calls it black and white, the pants get the coat's brown.
    case(
        "X1473-035",
        caption("a woman wearing a black and white checkered coat", "contradiction"),
        wearing("a coat", who="she"),
        color_of("coat", "brown", kind="open"),
        describe("coat", "it is a long coat with a houndstooth pattern"),
        details("coat", "houndstooth"),
        color_of("pants", "brown", "contradiction", kind="open"),
        gender="Women",
        title="Sera Women Brown & Black Houndstooth Longline Overcoat",
        category="Coats",
        color="Brown",
    ),
    # Truth: navy longline shrug with a small white floral print, over a white top and white palazzo pants. Base
    # zero-shot wrote every text; the caption loops to the 50-token limit.
    case(
        "X1473-036",
        caption(
            "a woman in a blue and white floral print jacket with white pants and a white top and white pants and a "
            "white top and white pants and a white top and white pants and a white top and white pants and a white "
            "top and",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue floral jacket and white pants", who="she"),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        describe("shrug", "it is a long shrug with a floral print"),
        details("shrug", "floral print"),
        color_of("pants", "white", kind="open"),
        gender="Women",
        title="Vishudh Women Navy Blue Printed Longline Shrug",
        category="Shrug",
        color="Navy Blue",
    ),
    # Truth: black denim trucker jacket with a white sherpa collar, open over a white hoodie (hood out over the
    # collar), mid-blue jeans. Base zero-shot wrote every text; the hoodie's hood goes to the jacket, the jeans get
    # the jacket's black.
    case(
        "X1473-037",
        caption("a woman in a black denim jacket with a white fur collar"),
        wearing("a black jacket and a white hoodie", who="she"),
        color_of("jacket", "black and white", kind="open"),
        describe("jacket", "a black denim jacket with a white sherpa collar"),
        details("jacket", "the jacket has a hood", "unsupported"),
        color_of("jeans", "black", "contradiction", kind="open"),
        gender="Women",
        title="Levis Women Black Solid Sherpa Collar Trucker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Truth: camel longline belted cardigan over a cream top, blue jeans, brown boots. No gender column, so the
    # wearing prompt asks about "the person". Base zero-shot wrote every text.
    case(
        "X1473-038",
        caption("a woman wearing a brown cardigan and jeans"),
        wearing("clothes", "non_answer", who="the person"),
        color_of("sweater", "brown", kind="open"),
        describe("sweater", "it is a long cardigan with a belt"),
        details("sweater", "belt"),
        color_of("jeans", "blue", kind="open"),
        title="Marks & Spencer Women Camel Brown Solid Longline Belted Cardigan",
        category="Sweaters",
        color="Camel Brown",
    ),
    # Truth: sheer black georgette open shrug over a red camisole top, blue jeans. Base zero-shot wrote every text;
    # one wording of the color question gets the top's red, the other the shrug's black.
    case(
        "X1473-039",
        caption("a woman wearing a red top and black jacket"),
        wearing("a red top and jeans", who="she"),
        color_of("shrug", "red", "other_garment_color", kind="open"),
        describe("shrug", "the shrug is a black shrug"),
        details("shrug", "it is see through"),
        garment_color("shrug")("black"),
        gender="Women",
        title="Tokyo Talkies Women Black Sheer Open Front Shrug",
        category="Shrug",
        color="Black",
    ),
    # Truth: royal blue zip-up fleece jacket, zipped, one chest zip pocket, black leggings; the model has cropped hair
    # and stands hands on hips. Base zero-shot wrote every text.
    case(
        "X1473-040",
        caption("a man in a blue fleece jacket", "pronoun"),
        wearing("a blue fleece jacket", who="she"),
        color_of("jacket", "blue", kind="open"),
        describe("jacket", "a blue fleece jacket with a zipper"),
        details(
            "jacket",
            "the jacket has a zipper on the front and a zipper on the pocket and a zipper on the sleeve and a zipper "
            "on the back and a zipper",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Columbia Women Blue Solid Fleece Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Truth: grey wool-blend longline coat, no belt, open over a white sweater and light blue jeans; a black handbag.
    # Base zero-shot wrote every text; the details answer invents a belt.
    case(
        "X1473-041",
        caption("a woman in a grey coat with a black purse"),
        wearing("a grey coat and white sweater", who="she"),
        color_of("coat", "grey", kind="open"),
        describe("coat", "it is a long grey coat"),
        details("coat", "the coat has a collar and a belt", "unsupported"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="MANGO Women Grey Solid Wool Blend Longline Coat",
        category="Coats",
        color="Grey",
    ),
    # Truth: back view, mauve brushed (fuzzy) pullover with balloon sleeves, blue jeans. Base zero-shot wrote every
    # text; the details answer only names the view.
    case(
        "X1473-042",
        caption("the back of a woman wearing a pink sweater"),
        wearing("a pink sweater and jeans", who="she"),
        color_of("sweater", "purple", kind="open"),
        describe("sweater", "a fuzzy pink sweater"),
        details("sweater", "the back of the sweater", "non_answer"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Roadster Women Mauve Brushed Balloon Sleeve Pullover",
        category="Sweaters",
        color="Mauve",
    ),
    # Truth: red, white and navy Fair Isle cardigan (snowflakes and zigzag bands, no animals), buttoned, over a white
    # tee, black jeans. Base zero-shot wrote every text; the details answer invents reindeer.
    case(
        "X1473-043",
        caption("a woman wearing a red and white christmas sweater"),
        wearing("a christmas sweater", who="she"),
        color_of("sweater", "red", kind="open"),
        describe("sweater", "a red and white sweater with a snowflake pattern"),
        details("sweater", "reindeer", "unsupported"),
        color_of("jeans", "black", kind="open"),
        gender="Women",
        title="Sera Women Multicoloured Fair Isle Cardigan",
        category="Sweaters",
        color="Multi",
    ),
    # Truth: black sleeveless padded gilet over a grey hoodie (grey sleeves and hood show), black joggers. Base
    # zero-shot wrote every text; the color answer and the sleeves belong to the hoodie.
    case(
        "X1473-044",
        caption("a woman wearing a black vest and grey hoodie"),
        wearing("a black vest and a grey hoodie", who="she"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        describe("jacket", "a black puffer vest"),
        details("jacket", "the jacket has long sleeves", "contradiction"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Puma Women Black Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Truth: cream teddy (sherpa) longline coat, open, over a black turtleneck, black jeans, white sneakers. Base
    # zero-shot wrote every text; the describe answer rambles and is cut at the limit.
    case(
        "X1473-045",
        caption("a woman wearing a white fur coat and black pants"),
        wearing("a white fur coat", who="she"),
        color_of("coat", "white", kind="open"),
        describe(
            "coat",
            "the coat is made of faux fur and it is very warm and soft to the touch. it is a long coat that goes down "
            "to the knees and it is",
            "cut",
            hit_limit=True,
        ),
        details("coat", "fur"),
        color_of("jeans", "black", kind="open"),
        gender="Women",
        title="SASSAFRAS Women Cream-Coloured Solid Teddy Longline Coat",
        category="Coats",
        color="Cream",
    ),
]
