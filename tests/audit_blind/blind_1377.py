"""BLIND_1377 (45 products; Myntra women's winterwear worn over other clothes, base model zero-shot): written blind in
the sixty-fourth session. Measured blind at bfeca02 (the session's second rules): 47/59 failures found (79.7%) and
18/237 correct texts flagged (7.6%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (sweaters, cardigans, shrugs, coats, jackets). Almost every photo is a
model on a plain backdrop wearing the product over something else (a tee, a shirt with its collar out, a hoodie, a
dress) with jeans, trousers, leggings or a skirt; a few flat lays, two back views, props now and then (a coffee cup, a
handbag, a coat draped over the shoulders as styling). Catalog columns as the feed has them: title, category (Myntra's
article type: Sweaters, Shrug, Jackets, Coats), color (base colour), gender; a column is missing on a few rows.
Who wrote what: every text is Salesforce/blip2-opt-2.7b, untuned, zero-shot, greedy, one generate per prompt. The
caption is the empty-prompt caption (50 new tokens at most); the answers use `Question: ... Answer:` (30 new tokens
at most) and the experiments' questionnaire with the garment slot filled from the article type: "What is she
wearing?", "What is the color of the <garment>?" (free generation, stored open), "Describe the <garment>.", "What
are the <garment> details?", the VQA data's "Is this a <garment>?", and where the photo shows them the color of the
jeans / pants or of the shirt under the layer. Generation stops on the newline, so most answers are short; the
failures are the base model's: colors taken from the layer underneath, one color for the jeans too, details that say
nothing or are invented, a man or "he" for a woman, now and then a run-on that loops or hits the limit, and twice the
model went on writing the prompt format.
Labeling conventions and judgement calls: judged against the photo as I imagined it and the title. Near colors are right
(mustard -> yellow, navy -> blue, cream / off white -> white, mauve / lavender -> purple, burgundy / maroon -> red,
camel -> tan or brown, peach -> pink). A color answer for the product that is the color of the garment under or beside
it is other_garment_color; the jeans or pants given the product's color (or any wrong color another text or the photo
contradicts) is contradiction; "no" to "Is this a <article type>?" when it is one is contradiction, and so is "Describe
the sweater" answered with the styling coat. A multicolour cardigan answered "red" is contradiction (the seller says
Multi, the caption "colorful"). "What is she wearing?" answered with only the inner or outer garment that she really
wears ("a black top", "a dress", "a coat") is left correct: true of the photo, only incomplete. On a flat lay "a
sweater" for "What is she wearing?" is left correct. An invented feature (a hood, a belt, pockets, fur or wool, long
sleeves on a short-sleeved shrug, a v-neck seen from the back, the dress's print given to the jacket) is unsupported.
"it is a cardigan" / "it is a shrug" / "it's a jacket" / "the sweater is a sweater" / "the back of the sweater" / an
empty string, a bare "no" or "a cardigan" as details or description is non_answer; a longer sentence that only says the
question back is restated. A run-on that repeats is loop even when it also hit the limit; a run-on cut at the limit
without repeating is cut. A caption that says "a man" or an answer that says "he" for a woman is pronoun. Answers that
are thin but true ("it is a yellow sweater", "zipper", "buttons") are correct. About one text in five is wrong, fewer
than the usual four in ten: the untuned model stops on the newline and answers short questions well (the colors of
single garments, the yes/no garment question), so its failures gather where the layers are and in the describe / details
answers.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_1377 = [
    # Front, grey backdrop: mustard crew-neck pullover, blue skinny jeans, white sneakers. Base zero-shot wrote all.
    case(
        "X1377-001",
        caption("a woman wearing a yellow sweater and jeans"),
        wearing("a yellow sweater", who="she"),
        color_of("sweater", "yellow", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "it is a yellow sweater"),
        details("sweater", "the sweater is a sweater", "non_answer"),
        is_a("sweater", "yes"),
        gender=W,
        title="Roadster Women Mustard Yellow Solid Pullover Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # Front: navy cable-knit button cardigan worn open over a white tee, light blue jeans. Base zero-shot wrote all;
    # the color answer is the tee's.
    case(
        "X1377-002",
        caption("a woman wearing a navy cardigan and white shirt"),
        wearing("a cardigan", who="she"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        describe("cardigan", "a blue cardigan with buttons"),
        details("cardigan", "cable knit"),
        is_a("cardigan", "yes"),
        gender=W,
        title="HERE&NOW Women Navy Blue Self Design Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Front: maroon longline open-front shrug, 3/4 sleeves, over a black sleeveless top and black leggings. Base
    # zero-shot wrote all; the color is the top's, and the model does not know the word shrug.
    case(
        "X1377-003",
        caption("a woman wearing a black top and a maroon cardigan"),
        wearing("a black top", who="she"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        describe("shrug", "a long cardigan with 3/4 sleeves"),
        details("shrug", "it is open in the front"),
        is_a("shrug", "no", "contradiction"),
        gender=W,
        title="DressBerry Women Maroon Solid Open Front Shrug",
        category="Shrug",
        color="Maroon",
    ),
    # Walking pose: beige double-breasted belted longline overcoat over a black turtleneck, black trousers, black
    # ankle boots, a tan handbag. Base zero-shot wrote all; the pants got the coat's color.
    case(
        "X1377-004",
        caption("a woman in a beige coat and black pants holding a bag"),
        wearing("a trench coat", who="she"),
        color_of("coat", "beige", kind="open"),
        color_of("pants", "beige", "contradiction", kind="open"),
        describe("coat", "a long beige coat with a belt"),
        details("coat", "the coat has a belt and buttons"),
        is_a("coat", "yes"),
        gender=W,
        title="Tokyo Talkies Women Beige Solid Longline Overcoat",
        category="Coats",
        color="Beige",
    ),
    # Flat lay on white: grey melange button-front cardigan with two patch pockets, no person. Base zero-shot wrote
    # all; the details ran on to the limit repeating one word.
    case(
        "X1377-005",
        caption("a grey cardigan on a white background"),
        wearing("a grey sweater", who="she"),
        color_of("cardigan", "grey", kind="open"),
        describe("cardigan", "it is a grey cardigan with pockets"),
        details(
            "cardigan",
            "pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, "
            "pockets, pockets, pockets, pockets",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        gender=W,
        title="Mast & Harbour Women Grey Melange Solid Cardigan",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Front: olive bomber, ribbed cuffs and hem, zipped half way, over a white crop tee, black jeans. Base zero-shot
    # wrote all; the jeans got the jacket's green.
    case(
        "X1377-006",
        caption("a woman wearing a green jacket and black jeans"),
        wearing("a green bomber jacket", who="she"),
        color_of("jacket", "green", kind="open"),
        color_of("jeans", "green", "contradiction", kind="open"),
        describe("jacket", "a green bomber jacket with a zipper"),
        details("jacket", "zipper"),
        is_a("jacket", "yes"),
        gender=W,
        title="Sassafras Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Front: model with a short crop, black quilted hooded puffer zipped up, hood down, grey joggers. Base zero-shot
    # wrote all; it took her for a man twice.
    case(
        "X1377-007",
        caption("a man in a black puffer jacket", "pronoun"),
        wearing("a black jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("jacket", "he is wearing a black puffer jacket with a hood", "pronoun"),
        details("jacket", "it has a hood"),
        is_a("jacket", "yes"),
        gender=W,
        title="Campus Sutra Women Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Front: pink cable-knit high-neck pullover tucked into white wide trousers. Base zero-shot wrote all; the
    # details ran to the limit (the back is not in the photo).
    case(
        "X1377-008",
        caption("a woman in a pink sweater and white pants"),
        wearing("a pink sweater", who="she"),
        color_of("sweater", "pink", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("sweater", "it is a pink sweater with a cable knit pattern"),
        details(
            "sweater",
            "the sweater has a cable knit pattern on the front and the back of the sweater and the sleeves of the "
            "sweater and the neck of the",
            "cut",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        gender=W,
        title="Madame Women Pink Cable Knit Sweater",
        category="Sweaters",
        color="Pink",
    ),
    # Back view: camel trench coat, belt tied at the back, back vent, blue jeans; no hood. Base zero-shot wrote all;
    # the hood is invented. No gender column on this row.
    case(
        "X1377-009",
        caption("the back of a woman in a brown coat"),
        wearing("a trench coat", who="she"),
        color_of("coat", "brown", kind="open"),
        describe("coat", "a long brown coat with a belt and buttons"),
        details("coat", "the coat has a hood", "unsupported"),
        is_a("coat", "yes"),
        title="ONLY Women Camel Brown Solid Trench Coat",
        category="Coats",
        color="Camel Brown",
    ),
    # Front: red pullover with a white reindeer-and-snowflake jacquard band across the chest, black slim trousers.
    # Base zero-shot wrote all; the pants got red.
    case(
        "X1377-010",
        caption("a woman wearing a red sweater with a reindeer on it"),
        wearing("a christmas sweater", who="she"),
        color_of("sweater", "red and white", kind="open"),
        color_of("pants", "red", "contradiction", kind="open"),
        describe("sweater", "a red christmas sweater with reindeer and snowflakes"),
        details("sweater", "reindeer"),
        is_a("sweater", "yes"),
        gender=W,
        title="Monte Carlo Women Red Self Design Pullover",
        category="Sweaters",
        color="Red",
    ),
    # Front: black longline open shrug over a white floral midi dress. Base zero-shot wrote all; the color is the
    # dress's and the details say nothing.
    case(
        "X1377-011",
        caption("a woman wearing a white floral dress and a black cardigan"),
        wearing("a floral dress and a black cardigan", who="she"),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        describe("shrug", "it is a black shrug"),
        details("shrug", "it is a shrug", "non_answer"),
        is_a("shrug", "yes"),
        gender=W,
        title="Harpa Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Front: navy padded jacket with a faux-fur trimmed hood, zip front, blue jeans; no belt. Base zero-shot wrote
    # all; navy jacket and blue jeans really are both blue. The belt is invented.
    case(
        "X1377-012",
        caption("a woman wearing a blue jacket with a fur hood"),
        wearing("she is wearing a blue jacket and blue jeans", who="she"),
        color_of("jacket", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "a navy blue jacket with a fur hood"),
        details("jacket", "it has a belt", "unsupported"),
        is_a("jacket", "yes"),
        gender=W,
        title="Fort Collins Women Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Front: off-white ribbed button cardigan, buttoned and tucked into a black midi skirt; she holds a coffee cup.
    # Base zero-shot wrote all; "no" to the cardigan question.
    case(
        "X1377-013",
        caption("a woman holding a cup of coffee"),
        wearing("a white sweater and a black skirt", who="she"),
        color_of("cardigan", "white", kind="open"),
        describe("cardigan", "a white knit cardigan with buttons"),
        details("cardigan", "buttons"),
        is_a("cardigan", "no", "contradiction"),
        gender=W,
        title="Vero Moda Women Off-White Ribbed Cardigan",
        category="Sweaters",
        color="Off White",
    ),
    # Front: black faux-fur cropped jacket worn open over a white crop top, blue mom jeans. Base zero-shot wrote all;
    # "real fox fur" against the title's faux fur.
    case(
        "X1377-014",
        caption("a woman in a black fur coat and jeans"),
        wearing("a fur coat", who="she"),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "it is a black fur jacket"),
        details("jacket", "the jacket is made of real fox fur", "unsupported"),
        is_a("jacket", "yes"),
        gender=W,
        title="Berrylush Women Black Faux Fur Cropped Jacket",
        category="Jackets",
        color="Black",
    ),
    # Front: mid-blue washed denim jacket over a black hoodie with the hood out, black jeans. Base zero-shot wrote
    # all; the color is the hoodie's, and the hoodie's hood is given to the jacket.
    case(
        "X1377-015",
        caption("a woman wearing a denim jacket and a black hoodie"),
        wearing("a denim jacket", who="she"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("jacket", "a blue denim jacket with a hood", "unsupported"),
        details("jacket", "buttons"),
        is_a("jacket", "yes"),
        gender=W,
        title="Levis Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Front: lavender fuzzy cropped cardigan buttoned over a white cami, high-waist white jeans. Base zero-shot wrote
    # all; the jeans got the cardigan's purple, and the details say nothing.
    case(
        "X1377-016",
        caption("a woman wearing a purple sweater and white jeans"),
        wearing("a purple cardigan", who="she"),
        color_of("cardigan", "purple", kind="open"),
        color_of("jeans", "purple", "contradiction", kind="open"),
        describe("cardigan", "a fuzzy purple cardigan"),
        details("cardigan", "a cardigan", "non_answer"),
        is_a("cardigan", "yes"),
        gender=W,
        title="FOREVER 21 Women Lavender Fuzzy Cropped Cardigan",
        category="Sweaters",
        color="Lavender",
    ),
    # Front: rust long-sleeve open-front shrug over a black tank top, blue jeans, white sneakers. Base zero-shot
    # wrote all; the description ran to the limit.
    case(
        "X1377-017",
        caption("a woman wearing an orange cardigan and jeans"),
        wearing("a cardigan", who="she"),
        color_of("shrug", "orange", kind="open"),
        describe(
            "shrug",
            "a long sleeve open front cardigan in orange with a black tank top underneath and a pair of blue jeans "
            "and a pair of white",
            "cut",
            hit_limit=True,
        ),
        details("shrug", "open front"),
        is_a("shrug", "yes"),
        gender=W,
        title="Tokyo Talkies Women Rust Orange Solid Open Front Shrug",
        category="Shrug",
        color="Rust",
    ),
    # Front: teal v-neck pullover over a white collared shirt (collar and cuffs out), black trousers. Base zero-shot
    # wrote all; all right.
    case(
        "X1377-018",
        caption("a woman wearing a green sweater over a white shirt"),
        wearing("a sweater and a shirt", who="she"),
        color_of("sweater", "green", kind="open"),
        color_of("shirt", "white", kind="open"),
        describe("sweater", "a green v-neck sweater"),
        details("sweater", "v neck"),
        is_a("sweater", "yes"),
        gender=W,
        title="Globus Women Teal Green Solid V-Neck Pullover Sweater",
        category="Sweaters",
        color="Teal",
    ),
    # Front: camel overcoat worn open over a white chunky sweater, blue jeans, grey backdrop. Base zero-shot wrote
    # all; the color is the sweater's, and the details loop over the outfit.
    case(
        "X1377-019",
        caption("a woman wearing a tan coat and white sweater"),
        wearing("a coat", who="she"),
        color_of("coat", "white", "other_garment_color", kind="open"),
        describe("coat", "a long tan coat"),
        details(
            "coat",
            "the coat is tan and the sweater is white and the jeans are blue and the coat is tan and the sweater is "
            "white and the jeans are blue and",
            "loop",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        gender=W,
        title="MANGO Women Camel Brown Solid Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Front: black faux-leather biker jacket with an asymmetric zip over a grey tee, black jeans. Base zero-shot
    # wrote all; black jacket and black jeans really are both black.
    case(
        "X1377-020",
        caption("a woman in a black leather jacket"),
        wearing("a leather jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("jacket", "a black leather jacket with zippers"),
        details("jacket", "zippers"),
        is_a("jacket", "yes"),
        gender=W,
        title="SASSAFRAS Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Flat lay on white: cream cable-knit button cardigan, no person. Base zero-shot wrote all; the description says
    # nothing.
    case(
        "X1377-021",
        caption("a white knitted cardigan on a white background"),
        wearing("a sweater", who="she"),
        color_of("cardigan", "white", kind="open"),
        describe("cardigan", "it is a cardigan", "non_answer"),
        details("cardigan", "cable knit"),
        is_a("cardigan", "yes"),
        gender=W,
        title="Marks & Spencer Women Cream-Coloured Cable Knit Cardigan",
        category="Sweaters",
        color="Cream",
    ),
    # Front: maroon longline open cardigan with two side pockets over a white-and-black striped tee, blue jeans. Base
    # zero-shot wrote all; the color answer is the tee's stripes, and there is no belt.
    case(
        "X1377-022",
        caption("a woman wearing a striped shirt and a red cardigan"),
        wearing("a striped shirt", who="she"),
        color_of("cardigan", "striped", "other_garment_color", kind="open"),
        color_of("shirt", "white and black", kind="open"),
        describe("cardigan", "a long maroon cardigan with a belt", "unsupported"),
        details("cardigan", "pockets"),
        is_a("cardigan", "yes"),
        gender=W,
        title="Roadster Women Maroon Solid Longline Open Front Cardigan",
        category="Sweaters",
        color="Maroon",
    ),
    # Front: navy crew-neck sweater in a diamond texture knit, white shirt collar out, beige chinos. Base zero-shot
    # wrote all; the pants got the sweater's blue.
    case(
        "X1377-023",
        caption("a woman wearing a blue sweater and khaki pants"),
        wearing("she is wearing a blue sweater and khaki pants", who="she"),
        color_of("sweater", "blue", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        describe("sweater", "a blue sweater with a diamond pattern"),
        details("sweater", "diamond pattern"),
        is_a("sweater", "yes"),
        gender=W,
        title="Allen Solly Woman Navy Blue Self Design Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Front: olive parka with a faux-fur trimmed hood and drawstring waist over a black turtleneck, black jeans,
    # boots. Base zero-shot wrote all; the jeans got the parka's green, the description loops to the limit.
    case(
        "X1377-024",
        caption("a woman in a green parka with a fur hood"),
        wearing("a parka", who="she"),
        color_of("jacket", "green", kind="open"),
        color_of("jeans", "green", "contradiction", kind="open"),
        describe(
            "jacket",
            "a green parka with a fur hood and a drawstring waist and a fur hood and a drawstring waist and a fur "
            "hood and a drawstring waist and",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "fur hood"),
        is_a("jacket", "yes"),
        gender=W,
        title="Fort Collins Women Olive Green Hooded Parka Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Front: charcoal jersey waterfall shrug with a draped front over a black bodycon dress. Base zero-shot wrote
    # all; the description went on writing the prompt format.
    case(
        "X1377-025",
        caption("a woman wearing a black dress and grey cardigan"),
        wearing("a black dress", who="she"),
        color_of("shrug", "grey", kind="open"),
        describe("shrug", "grey Question: What is the color of the dress? Answer: black", "leak"),
        details("shrug", "it has a draped front"),
        is_a("shrug", "yes"),
        gender=W,
        title="Vero Moda Women Charcoal Grey Solid Waterfall Shrug",
        category="Shrug",
        color="Charcoal",
    ),
    # Front: red quilted jacket with a stand collar and a small embroidered logo on the chest, zipped, over a black
    # sweater, blue jeans. Base zero-shot wrote all; the jeans got red, and the details say nothing.
    case(
        "X1377-026",
        caption("a woman wearing a red jacket and jeans"),
        wearing("a red jacket and a black sweater", who="she"),
        color_of("jacket", "red", kind="open"),
        color_of("jeans", "red", "contradiction", kind="open"),
        describe("jacket", "a red quilted jacket"),
        details("jacket", "it's a jacket", "non_answer"),
        is_a("jacket", "yes"),
        gender=W,
        title="U.S. Polo Assn. Women Red Quilted Jacket",
        category="Jackets",
        color="Red",
    ),
    # Front: peach sherpa (teddy) button jacket over a white tee, blue jeans. Base zero-shot wrote all; "wool" is
    # invented (the fleece is synthetic, the title says nothing of wool), and "no" to the jacket question. No
    # category column on this row.
    case(
        "X1377-027",
        caption("a woman wearing a pink teddy bear coat"),
        wearing("a teddy bear coat", who="she"),
        color_of("jacket", "pink", kind="open"),
        describe("jacket", "a fluffy pink jacket"),
        details("jacket", "it is made of wool", "unsupported"),
        is_a("jacket", "no", "contradiction"),
        gender=W,
        title="Tokyo Talkies Women Peach-Coloured Solid Sherpa Teddy Jacket",
        color="Peach",
    ),
    # Front: white knit bolero shrug with puff sleeves over a black bodycon dress. Base zero-shot wrote all; the color
    # is the dress's.
    case(
        "X1377-028",
        caption("a woman in a black dress and white sweater"),
        wearing("a black dress with a white sweater", who="she"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        describe("shrug", "a white shrug with puff sleeves"),
        details("shrug", "puff sleeves"),
        is_a("shrug", "yes"),
        gender=W,
        title="DressBerry Women White Solid Crop Shrug",
        category="Shrug",
        color="White",
    ),
    # Front: model with a buzz cut, oversized olive utility jacket with four flap pockets over a black tee, black
    # cargo pants. Base zero-shot wrote all; the caption calls her a man.
    case(
        "X1377-029",
        caption("a man wearing a green jacket and black pants", "pronoun"),
        wearing("a green jacket", who="she"),
        color_of("jacket", "green", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("jacket", "it is a green military jacket with pockets"),
        details("jacket", "pockets"),
        is_a("jacket", "yes"),
        gender=W,
        title="Roadster Women Olive Solid Oversized Utility Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Front: black-and-white houndstooth longline coat over a black turtleneck, black trousers. Base zero-shot wrote
    # all; the details came back empty (newline first).
    case(
        "X1377-030",
        caption("a woman in a black and white checkered coat"),
        wearing("a coat", who="she"),
        color_of("coat", "black and white", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("coat", "a black and white plaid coat"),
        details("coat", "", "non_answer"),
        is_a("coat", "yes"),
        gender=W,
        title="AND Women Black & White Checked Longline Coat",
        category="Coats",
        color="Black",
    ),
    # Back view: pink oversized crew-neck sweater, white wide-leg trousers. Base zero-shot wrote all; the v-neck
    # cannot be seen (and the front is a crew neck), the details say nothing.
    case(
        "X1377-031",
        caption("a woman in a pink sweater and white pants"),
        wearing("a pink sweater", who="she"),
        color_of("sweater", "pink", kind="open"),
        describe("sweater", "a pink sweater with a v-neck", "unsupported"),
        details("sweater", "the back of the sweater", "non_answer"),
        is_a("sweater", "yes"),
        gender=W,
        title="H&M Women Pink Oversized Knitted Jumper",
        category="Sweaters",
        color="Pink",
    ),
    # Front: burgundy belted wrap coat over a white shirt, blue jeans, a black sling bag. Base zero-shot wrote all;
    # "purple" against the caption's red and the seller's burgundy; the details say the question back.
    case(
        "X1377-032",
        caption("a woman in a red coat with a black bag"),
        wearing("a red coat", who="she"),
        color_of("coat", "purple", "contradiction", kind="open"),
        describe("coat", "a red coat"),
        details("coat", "the coat details are the details of the coat, the coat is a red coat", "restated"),
        is_a("coat", "yes"),
        gender=W,
        title="FabAlley Women Burgundy Solid Belted Wrap Coat",
        category="Coats",
        color="Burgundy",
    ),
    # Front: navy-and-white horizontal striped button cardigan open over a white tee, white jeans. Base zero-shot
    # wrote all; all right.
    case(
        "X1377-033",
        caption("a woman wearing a striped sweater and white jeans"),
        wearing("a striped cardigan", who="she"),
        color_of("cardigan", "blue and white", kind="open"),
        color_of("jeans", "white", kind="open"),
        describe("cardigan", "a blue and white striped cardigan with buttons"),
        details("cardigan", "stripes"),
        is_a("cardigan", "yes"),
        gender=W,
        title="ONLY Women Navy Blue & White Striped Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Front: bright yellow cropped puffer over a black hoodie, black joggers. Base zero-shot wrote all; the details
    # loop to the limit.
    case(
        "X1377-034",
        caption("a woman wearing a yellow jacket"),
        wearing("a yellow jacket and black pants", who="she"),
        color_of("jacket", "yellow", kind="open"),
        describe("jacket", "it is a puffer jacket"),
        details(
            "jacket",
            "the jacket is yellow and the jacket is yellow and the jacket is yellow and the jacket is yellow and the "
            "jacket is yellow and the",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender=W,
        title="Campus Sutra Women Yellow Solid Cropped Puffer Jacket",
        category="Jackets",
        color="Yellow",
    ),
    # Front: sea-green (mint) fine-knit button cardigan, buttoned, over a floral midi skirt. Base zero-shot wrote
    # all; "blue" against the caption's green and the seller's sea green; "no" for the details.
    case(
        "X1377-035",
        caption("a woman in a green cardigan and floral skirt"),
        wearing("a cardigan and a skirt", who="she"),
        color_of("cardigan", "blue", "contradiction", kind="open"),
        describe("cardigan", "a light green cardigan with buttons"),
        details("cardigan", "no", "non_answer"),
        is_a("cardigan", "yes"),
        gender=W,
        title="Marks & Spencer Women Sea Green Solid Cardigan",
        category="Sweaters",
        color="Sea Green",
    ),
    # Front: black cropped denim jacket over a red floral dress. Base zero-shot wrote all; the dress's print is given
    # to the jacket. No gender column on this row.
    case(
        "X1377-036",
        caption("a woman wearing a red floral dress and a black denim jacket"),
        wearing("a dress", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "it is a jean jacket"),
        details("jacket", "floral", "unsupported"),
        is_a("jacket", "yes"),
        title="Mast & Harbour Women Black Solid Cropped Denim Jacket",
        category="Jackets",
        color="Black",
    ),
    # Front: brown corduroy shacket worn open over a white tank, blue jeans. Base zero-shot wrote all; "he" for her.
    case(
        "X1377-037",
        caption("a woman wearing a brown jacket over a white top"),
        wearing("he is wearing a brown jacket and jeans", "pronoun", who="she"),
        color_of("jacket", "brown", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "a brown corduroy jacket"),
        details("jacket", "corduroy"),
        is_a("jacket", "yes"),
        gender=W,
        title="Roadster Women Brown Solid Corduroy Shacket",
        category="Jackets",
        color="Brown",
    ),
    # Front: mauve cowl-neck sweater, black faux-leather leggings, black boots, hair loose. Base zero-shot wrote all;
    # the description ran to the limit, and the leggings got the sweater's purple.
    case(
        "X1377-038",
        caption("a woman in a purple sweater and black leggings"),
        wearing("a purple sweater", who="she"),
        color_of("sweater", "purple", kind="open"),
        color_of("pants", "purple", "contradiction", kind="open"),
        describe(
            "sweater",
            "a purple sweater with a cowl neck and long sleeves, she is wearing black leggings and black boots, her "
            "hair is in a",
            "cut",
            hit_limit=True,
        ),
        details("sweater", "turtle neck"),
        is_a("sweater", "yes"),
        gender=W,
        title="Globus Women Mauve Solid Cowl Neck Sweater",
        category="Sweaters",
        color="Mauve",
    ),
    # Front: black double-breasted overcoat, buttoned, notch lapels (no fur), over a grey turtleneck, black jeans; a
    # takeaway coffee in hand. Base zero-shot wrote all; the fur collar is invented.
    case(
        "X1377-039",
        caption("a woman in a black coat holding a cup of coffee"),
        wearing("a black coat", who="she"),
        color_of("coat", "black", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("coat", "a black coat with a fur collar", "unsupported"),
        details("coat", "double breasted"),
        is_a("coat", "yes"),
        gender=W,
        title="Vero Moda Women Black Solid Double-Breasted Overcoat",
        category="Coats",
        color="Black",
    ),
    # Front: chunky patchwork-stripe cardigan in red, blue, yellow, green and orange, over a black top, black jeans.
    # Base zero-shot wrote all; one of its colors for the whole, and the details loop (with purple and pink it has
    # not).
    case(
        "X1377-040",
        caption("a woman wearing a colorful sweater"),
        wearing("a rainbow sweater", who="she"),
        color_of("cardigan", "red", "contradiction", kind="open"),
        describe("cardigan", "a colorful striped cardigan"),
        details(
            "cardigan",
            "the stripes are red, blue, yellow, green, orange, purple, pink, red, blue, yellow, green, orange, "
            "purple, pink, red, blue,",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        gender=W,
        title="Sztori Women Multicoloured Striped Chunky Cardigan",
        category="Sweaters",
        color="Multi",
    ),
    # Front: pink short-sleeve crop shrug over a white crop top, blue jeans. Base zero-shot wrote all; the long
    # sleeves are invented and the details only say the question back.
    case(
        "X1377-041",
        caption("a woman wearing a pink cardigan"),
        wearing("a pink top and jeans", who="she"),
        color_of("shrug", "pink", kind="open"),
        describe("shrug", "a pink sweater with long sleeves", "unsupported"),
        details("shrug", "the shrug is a shrug that is pink", "restated"),
        is_a("shrug", "yes"),
        gender=W,
        title="Athena Women Pink Solid Short Sleeve Crop Shrug",
        category="Shrug",
        color="Pink",
    ),
    # Front: maroon puffer with a high collar, zipped, black jeans. Base zero-shot wrote all; the description went
    # on to write the next question and answer it.
    case(
        "X1377-042",
        caption("a woman wearing a maroon puffer jacket and black jeans"),
        wearing("a puffer jacket", who="she"),
        color_of("jacket", "maroon", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe(
            "jacket", "a red puffer jacket Question: What are the jacket details? Answer: it has a zipper", "leak"
        ),
        details("jacket", "zipper"),
        is_a("jacket", "yes"),
        gender=W,
        title="Fort Collins Women Maroon Solid Puffer Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Front: white ribbed turtleneck sweater, a camel coat draped over the shoulders as styling (not sold), blue
    # jeans. Base zero-shot wrote all; the description is of the coat.
    case(
        "X1377-043",
        caption("a woman wearing a white sweater and a tan coat"),
        wearing("a coat", who="she"),
        color_of("sweater", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "a brown coat", "contradiction"),
        details("sweater", "turtle neck"),
        is_a("sweater", "yes"),
        gender=W,
        title="Roadster Women White Ribbed Turtle Neck Sweater",
        category="Sweaters",
        color="White",
    ),
    # Front: black longline cardigan without pockets over a white tee, black jeans. Base zero-shot wrote all; the
    # caption looped to the limit and the pockets are invented.
    case(
        "X1377-044",
        caption(
            "a woman wearing a long black cardigan with a white shirt and black pants and a black cardigan with a "
            "white shirt and black pants and a black cardigan with a white shirt and black pants and a black cardigan "
            "with a white shirt and black pants and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a black cardigan", who="she"),
        color_of("cardigan", "black", kind="open"),
        color_of("shirt", "white", kind="open"),
        describe("cardigan", "a long black cardigan"),
        details("cardigan", "it has pockets", "unsupported"),
        is_a("cardigan", "yes"),
        gender=W,
        title="Tokyo Talkies Women Black Solid Longline Cardigan",
        category="Sweaters",
        color="Black",
    ),
    # Front, grey backdrop: grey windowpane-check overcoat with a grey collar over a black dress, black tights,
    # boots. Base zero-shot wrote all; the black collar is invented. No gender column on this row.
    case(
        "X1377-045",
        caption("a woman in a grey coat standing against a grey wall"),
        wearing("a grey coat and black boots", who="she"),
        color_of("coat", "grey", kind="open"),
        describe("coat", "it is a grey plaid coat with a black collar", "unsupported"),
        details("coat", "plaid"),
        is_a("coat", "yes"),
        title="Kazo Women Grey Checked Overcoat",
        category="Coats",
        color="Grey",
    ),
]
