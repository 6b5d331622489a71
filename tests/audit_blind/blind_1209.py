"""BLIND_1209 (45 products; Myntra women's winterwear layered over other clothes, base model zero-shot): written blind
in the sixty-first session. Measured blind at 1ef79ed (the session's sixth rules): 43/51 failures found (84.3%) and
16/204 correct texts flagged (7.8%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (article types Sweaters, Cardigan, Shrug, Coats, Jackets), catalog shots
of a model on a plain backdrop wearing the product over other clothes (tees, turtlenecks, shirts with the collar out,
dresses, jeans, trousers), now and then a flat lay, a back view or a prop (handbag, coffee cup, sunglasses). The
system is the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, with the experiments' questionnaire: a caption
from an empty prompt, "What is she wearing?" ("the person" where the feed has no gender), "What is the color of the
<garment>?" stored open (free generation), now and then the questionnaire's bottom question ("What is the color of
the jeans / pants / shorts?"), "Describe the <garment>.", "What are the <garment> details?" and the VQA data's
"Is this a <garment>?". The pipeline puts the product's garment noun (sweater, cardigan, shrug, coat, jacket, taken
from the article type) where the experiments had "shirt". Columns: title, category (Myntra articleType), color
(baseColour), gender; a few rows lack one of them.
Who wrote what: every text is the base model's own output, no adapter, no extractive QA. The base model answers short
and usually stops on the newline, so loops, cuts and leaks are rare and come from the open "Describe" and "details"
prompts; its usual failures here are colors (the inner top's, the dress's or the hoodie's color given for the outer
layer, the outer layer's color repeated for the jeans or shorts, navy read as black, a prop's color), "no" to "Is
this a shrug / cardigan / jacket?", details invented or borrowed from the garment underneath (the shirt's collar, the
shirt's sleeves under a sweater vest, the hoodie's hood under a denim jacket), "a man" in a caption for a short-haired
model, and empty restatements.
About one text in five is wrong, fewer than the tuned adapters would give: short answers to "Is this a jacket?" and
"What is the color of the coat?" are mostly right, and seven products come through with no failure at all.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near-synonym colors are
accepted: maroon/rust as red/orange/maroon, camel as tan, cream/off-white as white, peach/mauve/lavender as
pink/purple, teal as blue, charcoal as grey; navy called "black" is marked wrong (the photo shows blue and the feed
says navy). For a multicolor product one of its main colors is accepted. A shrug called a cardigan is accepted (the
base model has no word for a shrug); a shacket called a shirt in the caption is accepted. "What is she wearing?"
answered with the clothes underneath only (dress, top and jeans) is true of the photo and left unmarked even though it
misses the product. The bottom-garment color questions are judged on the bottom: "grey" jeans under a grey sweater
when the jeans are blue is a contradiction. The outer layer given the color of the garment under it is
other_garment_color; given a prop's color (the handbag) it is contradiction. A detail that belongs to the garment
underneath (collar, hood) is unsupported, except long sleeves for a sweater vest, which the title contradicts
(marked contradiction). "it's a cardigan" / "the shrug is a shrug" are restated; "the cardigan", "the back of the
shrug" (saying nothing) are non_answer. A caption or answer that loops to the limit is loop (hit_limit), one that
runs long and stops mid-sentence at 30 tokens is cut. A flat lay answered "a pink sweater" to "What is she wearing?"
is left unmarked.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1209 = [
    # truth: mustard crew-neck pullover, ribbed cuffs and hem, worn with blue skinny jeans, white sneakers, grey
    # backdrop. All texts: base blip2-opt-2.7b zero-shot (caption from an empty prompt).
    case(
        "X1209-001",
        caption("a woman wearing a yellow sweater and jeans"),
        wearing("a yellow sweater and jeans", who="she"),
        color_of("sweater", "yellow", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("sweater", "ribbed cuffs"),
        is_a("sweater", "yes"),
        gender="Women",
        title="Roadster Women Mustard Yellow Solid Pullover Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # truth: navy open-front cardigan (no buttons) over a white tee, black trousers. Base model zero-shot; the
    # cardigan's color is the tee's, the description invents buttons.
    case(
        "X1209-002",
        caption("a woman wearing a blue cardigan and black pants"),
        wearing("a blue cardigan and black pants", who="she"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        describe("cardigan", "a long sleeved cardigan with buttons", "unsupported"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="HERE&NOW Women Navy Blue Solid Open Front Cardigan",
        category="Cardigan",
        color="Navy Blue",
    ),
    # truth: black cropped knit shrug, 3/4 sleeves, over a red sleeveless midi dress, black heels. Base model
    # zero-shot; the shrug takes the dress's color and the model says it is not a shrug.
    case(
        "X1209-003",
        caption("a woman in a red dress and a black cardigan"),
        wearing("a red dress", who="she"),
        color_of("shrug", "red", "other_garment_color", kind="open"),
        details("shrug", "three quarter sleeves"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Cropped Shrug",
        category="Shrug",
        color="Black",
    ),
    # truth: flat lay, pink cable-knit pullover on a white surface, no person. Base model zero-shot; all correct.
    case(
        "X1209-004",
        caption("a pink knitted sweater on a white background"),
        wearing("a pink sweater", who="she"),
        color_of("sweater", "pink", kind="open"),
        describe("sweater", "it is a pink sweater with a cable knit pattern"),
        details("sweater", "cable knit"),
        is_a("sweater", "yes"),
        gender="Women",
        title="DressBerry Women Pink Cable Knit Pullover",
        category="Sweaters",
        color="Pink",
    ),
    # truth: beige longline open-front shrug over a black tank top and black jeans. Base model zero-shot; the
    # shrug's color is the top's, the details answer restates the question.
    case(
        "X1209-005",
        caption("a woman wearing a black top and a beige cardigan"),
        wearing("a beige cardigan and black jeans", who="she"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        describe("shrug", "a long beige cardigan"),
        details("shrug", "the shrug is a shrug", "restated"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Sassafras Women Beige Solid Longline Open Front Shrug",
        category="Shrug",
        color="Beige",
    ),
    # truth: maroon double-breasted overcoat, no belt, over a black turtleneck and black trousers, tan handbag in
    # hand. Base model zero-shot; the description invents a belt.
    case(
        "X1209-006",
        caption("a woman in a red coat holding a brown purse"),
        wearing("a red coat and black pants", who="she"),
        color_of("coat", "red", kind="open"),
        describe("coat", "the coat is a long coat with a belt", "unsupported"),
        details("coat", "double breasted with buttons"),
        is_a("coat", "yes"),
        gender="Women",
        title="Madame Women Maroon Solid Double-Breasted Overcoat",
        category="Coats",
        color="Maroon",
    ),
    # truth: grey melange pullover with thin white stripes, a white shirt collar out at the neck, mid-blue jeans.
    # Base model zero-shot; the jeans get the sweater's grey.
    case(
        "X1209-007",
        caption("a woman wearing a grey and white striped sweater"),
        wearing("a sweater and jeans", who="she"),
        color_of("sweater", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        details("sweater", "stripes"),
        is_a("sweater", "yes"),
        gender="Women",
        title="Allen Solly Woman Grey Melange Striped Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # truth: black hooded puffer jacket, zipped halfway, white sweatshirt under it, blue jeans. Base model
    # zero-shot; the description invents a belt.
    case(
        "X1209-008",
        caption("a woman wearing a black puffer jacket and jeans"),
        wearing("a black jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black puffer jacket with a hood and a belt", "unsupported"),
        details("jacket", "zipper and hood"),
        is_a("jacket", "yes"),
        gender="Women",
        title="ONLY Women Black Solid Hooded Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # truth: off-white crochet open-knit shrug over a black camisole and light blue denim shorts. Base model
    # zero-shot; the shorts get the shrug's white.
    case(
        "X1209-009",
        caption("a woman wearing a white crochet cardigan and denim shorts"),
        wearing("a white cardigan and shorts", who="she"),
        color_of("shrug", "white", kind="open"),
        color_of("shorts", "white", "contradiction", kind="open"),
        describe("shrug", "a white crochet cardigan"),
        details("shrug", "crochet"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Harpa Women Off-White Open Knit Crochet Shrug",
        category="Shrug",
        color="Off White",
    ),
    # truth: olive parka, faux-fur trimmed hood, zip and snap front, over a cream sweater, black leggings. Base
    # model zero-shot; the description loops on "a zipper" to the 30-token limit.
    case(
        "X1209-010",
        caption("a woman in a green jacket with a fur hood"),
        wearing("a green jacket", who="she"),
        color_of("jacket", "green", kind="open"),
        describe(
            "jacket",
            "a green jacket with a fur hood and a zipper and a zipper and a zipper and a zipper and a zipper and a"
            " zipper and a zipper",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "fur hood"),
        gender="Women",
        title="FOREVER 21 Women Olive Green Solid Parka Jacket with Faux Fur Hood",
        category="Jackets",
        color="Olive",
    ),
    # truth: back view, navy self-design (textured knit) button cardigan over a white shirt, grey trousers. Base
    # model zero-shot; from the back the model says it is not a cardigan.
    case(
        "X1209-011",
        caption("the back of a woman wearing a blue sweater"),
        wearing("a blue sweater and grey pants", who="she"),
        color_of("cardigan", "blue", kind="open"),
        details("cardigan", "a knitted pattern on the back"),
        is_a("cardigan", "no", "contradiction"),
        gender="Women",
        title="Monte Carlo Women Navy Blue Self Design Cardigan",
        category="Cardigan",
        color="Navy Blue",
    ),
    # truth: maroon bomber jacket, ribbed collar, cuffs and hem, over a black tee, black jeans; the model has a
    # short pixie cut. Base model zero-shot; the caption calls her a man.
    case(
        "X1209-012",
        caption("a man wearing a maroon bomber jacket", "pronoun"),
        wearing("a maroon jacket and black pants", who="she"),
        color_of("jacket", "maroon", kind="open"),
        details("jacket", "ribbed collar and cuffs"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Fort Collins Women Maroon Solid Bomber Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # truth: mid-blue denim jacket (no hood) over a white hoodie with the hood out, black jeans. Base model
    # zero-shot; the jacket gets the hoodie's color and the hoodie's hood.
    case(
        "X1209-013",
        caption("a woman wearing a denim jacket and a white hoodie"),
        wearing("a denim jacket and a white hoodie", who="she"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        describe("jacket", "a blue denim jacket"),
        details("jacket", "the jacket has a hood", "unsupported"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Levis Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # truth: red cropped quilted puffer jacket over a black turtleneck, blue jeans, grey backdrop. Base model
    # zero-shot; all correct.
    case(
        "X1209-014",
        caption("a woman in a red puffer jacket"),
        wearing("a red jacket and jeans", who="she"),
        color_of("jacket", "red", kind="open"),
        describe("jacket", "it is a red jacket"),
        details("jacket", "quilted"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Campus Sutra Women Red Cropped Puffer Jacket",
        category="Jackets",
        color="Red",
    ),
    # truth: cream cable-knit jumper, white shirt collar out, brown corduroy trousers, a paper coffee cup in hand.
    # Base model zero-shot; the trousers get the sweater's white.
    case(
        "X1209-015",
        caption("a woman in a white sweater holding a cup of coffee"),
        wearing("a sweater", who="she"),
        color_of("sweater", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        details("sweater", "cable knit"),
        is_a("sweater", "yes"),
        gender="Women",
        title="Marks & Spencer Women Cream Cable Knit Jumper",
        category="Sweaters",
        color="Cream",
    ),
    # truth: camel belted trench coat, buttons, over a white tee and blue jeans. Base model zero-shot; all correct.
    case(
        "X1209-016",
        caption("a woman wearing a tan trench coat and jeans"),
        wearing("a trench coat", who="she"),
        color_of("coat", "tan", kind="open"),
        describe("coat", "a long tan trench coat with a belt"),
        details("coat", "belt and buttons"),
        is_a("coat", "yes"),
        gender="Women",
        title="Vero Moda Women Camel Brown Solid Belted Trench Coat",
        category="Coats",
        color="Camel Brown",
    ),
    # truth: lavender cropped button cardigan worn buttoned, black pleated midi skirt. Base model zero-shot; the
    # description repeats its last clause to the 30-token limit.
    case(
        "X1209-017",
        caption("a woman in a purple sweater and black skirt"),
        wearing("a purple sweater and a black skirt", who="she"),
        color_of("cardigan", "purple", kind="open"),
        describe(
            "cardigan",
            "the cardigan is purple and it has buttons on the front and it is a cropped cardigan and it is a cropped"
            " cardigan and it is a cropped",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Lavender Solid Cropped Cardigan",
        category="Cardigan",
        color="Lavender",
    ),
    # truth: black faux-leather biker jacket, asymmetric zip, over a white tee, blue jeans. Base model zero-shot;
    # the jeans get the jacket's black.
    case(
        "X1209-018",
        caption("a woman wearing a black leather jacket and jeans"),
        wearing("a black leather jacket and jeans", who="she"),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        describe("jacket", "a black leather jacket with a zipper"),
        details("jacket", "zippers"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Qurvii Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # truth: peach single-button tailored coat, flap pockets, over a white top and white wide-leg trousers. Base
    # model zero-shot; the coat is given the white of the outfit under it.
    case(
        "X1209-019",
        caption("a woman in a pink coat and white pants"),
        wearing("a pink coat and white pants", who="she"),
        color_of("coat", "white", "other_garment_color", kind="open"),
        color_of("pants", "white", kind="open"),
        details("coat", "pockets"),
        is_a("coat", "yes"),
        gender="Women",
        title="Zink London Women Peach Solid Tailored Coat",
        category="Coats",
        color="Peach",
    ),
    # truth: rust ribbed open shrug over a white crop top and blue jeans, sunglasses in hand. Base model zero-shot;
    # all correct (the wearing answer names only what is under the shrug, which is true of the photo).
    case(
        "X1209-020",
        caption("a woman wearing an orange cardigan and a white top"),
        wearing("a white top and jeans", who="she"),
        color_of("shrug", "orange", kind="open"),
        details("shrug", "ribbed"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Kassually Women Rust Ribbed Open Front Shrug",
        category="Shrug",
        color="Rust",
    ),
    # truth: grey melange crew-neck pullover worn over a black satin slip dress. Base model zero-shot; the
    # description gives it a v-neck.
    case(
        "X1209-021",
        caption("a woman wearing a grey sweater over a black dress"),
        wearing("a sweater and a dress", who="she"),
        color_of("sweater", "grey", kind="open"),
        describe("sweater", "a grey sweater with a v-neck", "unsupported"),
        is_a("sweater", "yes"),
        gender="Women",
        title="MANGO Women Grey Melange Knitted Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # truth: olive quilted high-neck jacket, zip front, over a grey sweater, black trousers. Base model zero-shot;
    # the jacket gets the sweater's grey, the description restates.
    case(
        "X1209-022",
        caption("a woman wearing a green jacket"),
        wearing("a green jacket and black pants", who="she"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        describe("jacket", "it is a jacket", "restated"),
        details("jacket", "quilted with a zipper"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Woodland Women Olive Quilted High Neck Jacket",
        category="Jackets",
        color="Olive",
    ),
    # truth: navy turtleneck sweater, clearly blue under studio light, black trousers. Base model zero-shot; the
    # color answer reads the navy as black, the caption has it right.
    case(
        "X1209-023",
        caption("a woman wearing a blue turtleneck sweater"),
        wearing("a sweater and black pants", who="she"),
        color_of("sweater", "black", "contradiction", kind="open"),
        details("sweater", "turtleneck"),
        is_a("sweater", "yes"),
        gender="Women",
        title="Duke Women Navy Blue Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # truth: black longline hooded puffer jacket over a red sweater, side view, the model has short cropped hair.
    # Base model zero-shot; the caption calls her a man.
    case(
        "X1209-024",
        caption("a man in a black jacket with a hood", "pronoun"),
        wearing("a black jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        details("jacket", "a hood and a zipper"),
        is_a("coat", "yes"),
        gender="Women",
        title="Wildcraft Women Black Longline Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # truth: light beige fine-knit button cardigan worn open over a black top, blue jeans. Base model zero-shot; the
    # cardigan takes the top's black, the description restates.
    case(
        "X1209-025",
        caption("a woman wearing a beige cardigan and black top and jeans"),
        wearing("a cardigan and jeans", who="she"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        describe("cardigan", "it's a cardigan", "restated"),
        details("cardigan", "buttons"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="H&M Women Beige Fine-Knit Cardigan",
        category="Cardigan",
        color="Beige",
    ),
    # truth: white and navy Fair Isle pullover (snowflake bands, no animals), ribbed trims, blue jeans. Base model
    # zero-shot; the description invents a reindeer, the details answer runs on and is cut at 30 tokens.
    case(
        "X1209-026",
        caption("a woman wearing a white and blue sweater"),
        wearing("a sweater and jeans", who="she"),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "a white sweater with a reindeer on it", "unsupported"),
        details(
            "sweater",
            "the sweater has a snowflake pattern on the front and the sleeves, a ribbed collar, ribbed cuffs and a"
            " ribbed hem. the pattern is white and blue and the",
            "cut",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        gender="Women",
        title="Roadster Women White & Navy Blue Fair Isle Pullover",
        category="Sweaters",
        color="White",
    ),
    # truth: flat lay, charcoal grey single-breasted overcoat, buttons, two flap pockets, no person. Base model
    # zero-shot; all correct. The feed row has no gender, so the pipeline asked about "the person".
    case(
        "X1209-027",
        caption("a grey coat on a white background"),
        wearing("a coat"),
        color_of("coat", "grey", kind="open"),
        describe("coat", "a grey coat"),
        details("coat", "pockets and buttons"),
        is_a("coat", "yes"),
        title="CODE by Lifestyle Women Charcoal Grey Solid Overcoat",
        category="Coats",
        color="Charcoal",
    ),
    # truth: teal ribbed pullover, white trousers, a brown leather handbag on the arm. Base model zero-shot; the
    # color answer gives the handbag's brown.
    case(
        "X1209-028",
        caption("a woman in a blue sweater holding a brown bag"),
        wearing("a blue sweater and white pants", who="she"),
        color_of("sweater", "brown", "contradiction", kind="open"),
        details("sweater", "ribbed"),
        is_a("sweater", "yes"),
        gender="Women",
        title="SASSAFRAS Women Teal Blue Ribbed Pullover",
        category="Sweaters",
        color="Teal",
    ),
    # truth: black longline open shrug, long sleeves, over a multicolor floral maxi dress. Base model zero-shot; the
    # description describes the dress.
    case(
        "X1209-029",
        caption("a woman wearing a floral dress and a black cardigan"),
        wearing("a floral dress and a black cardigan", who="she"),
        color_of("shrug", "black", kind="open"),
        describe("shrug", "a floral dress", "contradiction"),
        details("shrug", "long sleeves"),
        is_a("shrug", "yes"),
        gender="Women",
        title="AND Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # truth: red wool-blend overcoat, notched lapels, no fur anywhere, over a black sweater and black trousers. Base
    # model zero-shot; the details answer invents a fur collar.
    case(
        "X1209-030",
        caption("a woman in a red coat"),
        wearing("a red coat and black pants", who="she"),
        color_of("coat", "red", kind="open"),
        details("coat", "the coat is made of wool and has a fur collar", "unsupported"),
        is_a("coat", "yes"),
        gender="Women",
        title="MANGO Women Red Solid Wool Blend Overcoat",
        category="Coats",
        color="Red",
    ),
    # truth: brown and beige checked shacket, two chest pockets, worn open over a white tee, black jeans. Base model
    # zero-shot; it says the shacket is no jacket, and the details answer runs on into the prompt format.
    case(
        "X1209-031",
        caption("a woman wearing a plaid shirt and black jeans"),
        wearing("a plaid shirt and black jeans", who="she"),
        color_of("jacket", "brown", kind="open"),
        details(
            "jacket",
            "checked pattern with two chest pockets Question: what is the color of the jacket? Answer: brown",
            "leak",
        ),
        is_a("jacket", "no", "contradiction"),
        gender="Women",
        title="Globus Women Brown & Beige Checked Shacket",
        category="Jackets",
        color="Brown",
    ),
    # truth: white sherpa teddy jacket, patch pockets, over a black top and blue jeans. Base model zero-shot; the
    # jeans get the jacket's white.
    case(
        "X1209-032",
        caption("a woman wearing a white fluffy jacket"),
        wearing("a white jacket and blue jeans", who="she"),
        color_of("jacket", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        describe("jacket", "it is a white fluffy jacket with pockets"),
        details("jacket", "fluffy"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Vero Moda Women White Solid Sherpa Teddy Jacket",
        category="Jackets",
        color="White",
    ),
    # truth: green cable-knit sweater vest (sleeveless) over a white long-sleeved shirt, beige trousers. Base model
    # zero-shot; the vest gets the shirt's white and the shirt's sleeves.
    case(
        "X1209-033",
        caption("a woman wearing a green sweater vest over a white shirt"),
        wearing("a green vest and a white shirt", who="she"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        details("sweater", "long sleeves", "contradiction"),
        is_a("sweater", "yes"),
        gender="Women",
        title="HERE&NOW Women Green Cable Knit Sweater Vest",
        category="Sweaters",
        color="Green",
    ),
    # truth: back view, mauve open-front shrug over a white top, blue jeans. Base model zero-shot; the description
    # says nothing.
    case(
        "X1209-034",
        caption("the back of a woman in a pink cardigan"),
        wearing("a pink cardigan and jeans", who="she"),
        color_of("shrug", "pink", kind="open"),
        describe("shrug", "the back of the shrug", "non_answer"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Chemistry Women Mauve Solid Open Front Shrug",
        category="Shrug",
        color="Mauve",
    ),
    # truth: navy sleeveless puffer gilet, zip front, over a grey hoodie, black leggings. Base model zero-shot; the
    # gilet takes the hoodie's grey, and the model says the sleeveless jacket is no jacket.
    case(
        "X1209-035",
        caption("a woman wearing a navy vest and a grey hoodie"),
        wearing("a blue vest and a grey hoodie", who="she"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        describe("jacket", "a navy blue puffer vest with a zipper"),
        details("jacket", "sleeveless"),
        is_a("jacket", "no", "contradiction"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Sleeveless Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # truth: black and white horizontally striped button cardigan, worn open over a black tee, black jeans. Base
    # model zero-shot; the caption loops to the 50-token limit.
    case(
        "X1209-036",
        caption(
            "a woman wearing a black and white striped cardigan with a black and white striped cardigan with a black"
            " and white striped cardigan with a black and white striped cardigan with a black and white striped"
            " cardigan with a black and white striped cardigan with a black and",
            "loop",
            hit_limit=True,
        ),
        wearing("a striped cardigan and black jeans", who="she"),
        color_of("cardigan", "black and white", kind="open"),
        details("cardigan", "stripes"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="Harpa Women Black & White Striped Cardigan",
        category="Cardigan",
        color="Black",
    ),
    # truth: camel-beige longline coat, notched lapels, single button, over a white turtleneck and white trousers.
    # Base model zero-shot; the coat is given the white of the outfit, the description is cut at 30 tokens.
    case(
        "X1209-037",
        caption("a woman in a beige coat and white pants"),
        wearing("a beige coat and white pants", who="she"),
        color_of("coat", "white", "other_garment_color", kind="open"),
        color_of("pants", "white", kind="open"),
        describe(
            "coat",
            "the coat is a long beige coat with a notched lapel collar and two front pockets. it has a single button"
            " closure at the front and the sleeves are long and",
            "cut",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        gender="Women",
        title="Mast & Harbour Women Beige Solid Longline Coat",
        category="Coats",
        color="Beige",
    ),
    # truth: charcoal grey turtleneck sweater, black trousers, the model has very short hair. Base model zero-shot;
    # the caption calls her a young man.
    case(
        "X1209-038",
        caption("a young man wearing a grey turtleneck sweater", "pronoun"),
        wearing("a grey sweater and black pants", who="she"),
        color_of("sweater", "grey", kind="open"),
        details("sweater", "turtleneck"),
        is_a("sweater", "yes"),
        gender="Women",
        title="Van Heusen Woman Charcoal Grey Turtle Neck Sweater",
        category="Sweaters",
        color="Charcoal",
    ),
    # truth: flat lay, maroon cable-knit button cardigan, folded, on a white surface. Base model zero-shot; the
    # details answer gives the garment's name back. The row has no color column.
    case(
        "X1209-039",
        caption("a red sweater folded on a white surface"),
        wearing("a red sweater", who="she"),
        color_of("cardigan", "red", kind="open"),
        describe("cardigan", "a red sweater with a pattern on it"),
        details("cardigan", "the cardigan", "non_answer"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="Monte Carlo Women Maroon Cable Knit Cardigan",
        category="Cardigan",
    ),
    # truth: black faux-fur jacket, shawl collar, over a black knit dress, black boots. Base model zero-shot; the
    # description loops to the 30-token limit.
    case(
        "X1209-040",
        caption("a woman in a black fur coat"),
        wearing("a black fur coat", who="she"),
        color_of("jacket", "black", kind="open"),
        describe(
            "jacket",
            "a black fur coat with a black fur collar and black fur sleeves and black fur cuffs and black fur pockets"
            " and black fur",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "fur"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Sassafras Women Black Faux Fur Jacket",
        category="Jackets",
        color="Black",
    ),
    # truth: lime green oversized crew-neck sweater over blue denim shorts. Base model zero-shot; the shorts get the
    # sweater's green.
    case(
        "X1209-041",
        caption("a woman wearing a green sweater and shorts"),
        wearing("a green sweater", who="she"),
        color_of("sweater", "green", kind="open"),
        color_of("shorts", "green", "contradiction", kind="open"),
        describe("sweater", "a green oversized sweater"),
        is_a("sweater", "yes"),
        gender="Women",
        title="Kook N Keech Women Lime Green Oversized Pullover",
        category="Sweaters",
        color="Lime Green",
    ),
    # truth: cream cropped rib-knit cardigan worn buttoned as a top, brown trousers. Base model zero-shot; buttoned
    # up, the model says it is no cardigan.
    case(
        "X1209-042",
        caption("a woman wearing a white sweater and brown pants"),
        wearing("a white sweater and brown pants", who="she"),
        color_of("cardigan", "white", kind="open"),
        describe("cardigan", "a white cropped sweater with buttons"),
        details("cardigan", "buttons"),
        is_a("cardigan", "no", "contradiction"),
        gender="Women",
        title="H&M Women Cream-Coloured Rib-Knit Cardigan",
        category="Cardigan",
        color="Cream",
    ),
    # truth: back view, black hooded padded jacket, black leggings. Base model zero-shot; all correct. The row has
    # no gender, so the pipeline asked about "the person".
    case(
        "X1209-043",
        caption("the back of a woman in a black jacket"),
        wearing("a black jacket"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black puffer jacket with a hood"),
        details("jacket", "hood"),
        is_a("jacket", "yes"),
        title="Roadster Women Black Solid Hooded Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # truth: mustard short open shrug over a navy blue dress. Base model zero-shot; the description runs into the
    # prompt format and asks itself about the dress; the model says it is no shrug.
    case(
        "X1209-044",
        caption("a woman wearing a yellow cardigan over a blue dress"),
        wearing("a yellow cardigan and a blue dress", who="she"),
        color_of("shrug", "yellow", kind="open"),
        describe("shrug", "a yellow cardigan Question: what is the color of the dress? Answer: blue", "leak"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="all about you Women Mustard Yellow Solid Shrug",
        category="Shrug",
        color="Mustard",
    ),
    # truth: red and navy striped crew-neck sweater, a white shirt collar out at the neck, white jeans. Base model
    # zero-shot; the jeans get the sweater's red, the details answer gives the shirt's collar. No category column.
    case(
        "X1209-045",
        caption("a woman wearing a red and blue striped sweater and white jeans"),
        wearing("a striped sweater and white jeans", who="she"),
        color_of("sweater", "red", kind="open"),
        color_of("jeans", "red", "contradiction", kind="open"),
        details("sweater", "a white collar", "unsupported"),
        is_a("sweater", "yes"),
        gender="Women",
        title="Tommy Hilfiger Women Red & Navy Blue Striped Sweater",
        color="Red",
    ),
]
